#include "text/source.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <fmt/format.h>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "text/docx_reader.hpp"
#include "text/html_reader.hpp"
#include "text/pdf_reader.hpp"

namespace unxref {

std::size_t first_invalid_utf8(std::string_view bytes) {
    auto const* s = reinterpret_cast<const unsigned char*>(bytes.data());
    std::size_t n = bytes.size();
    std::size_t i = 0;
    while (i < n) {
        // ASCII fast path, eight bytes at a time
        while (i + 8 <= n) {
            std::uint64_t word;
            std::memcpy(&word, s + i, 8);
            if (word & 0x8080808080808080ull) break;
            i += 8;
        }
        if (i >= n) break;
        unsigned char c = s[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        std::size_t len;
        unsigned char lo = 0x80, hi = 0xBF;
        if (c >= 0xC2 && c <= 0xDF) {
            len = 2;
        } else if (c >= 0xE0 && c <= 0xEF) {
            len = 3;
            if (c == 0xE0) lo = 0xA0;
            if (c == 0xED) hi = 0x9F;  // no surrogates
        } else if (c >= 0xF0 && c <= 0xF4) {
            len = 4;
            if (c == 0xF0) lo = 0x90;
            if (c == 0xF4) hi = 0x8F;
        } else {
            return i;
        }
        if (i + len > n) return i;
        if (s[i + 1] < lo || s[i + 1] > hi) return i;
        for (std::size_t k = 2; k < len; ++k)
            if ((s[i + k] & 0xC0) != 0x80) return i;
        i += len;
    }
    return std::string_view::npos;
}

namespace {

// Control characters other than tab, line feed, carriage return and form feed. Sixteen
// bytes at a time where the CPU allows: this runs over every byte of every input.
std::size_t count_control_bytes(std::string_view bytes) {
    auto is_control = [](unsigned char c) {
        return (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') || c == 0x7F;
    };
    std::size_t controls = 0, i = 0;
#if defined(__SSE2__)
    auto same = [](__m128i v, char c) { return _mm_cmpeq_epi8(v, _mm_set1_epi8(c)); };
    for (; i + 16 <= bytes.size(); i += 16) {
        __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(bytes.data() + i));
        // signed: bytes >= 0x80 are negative, so keep only the ASCII ones below 0x20
        __m128i low = _mm_andnot_si128(_mm_cmplt_epi8(v, _mm_setzero_si128()), _mm_cmplt_epi8(v, _mm_set1_epi8(0x20)));
        __m128i allowed = _mm_or_si128(_mm_or_si128(same(v, '\t'), same(v, '\n')), _mm_or_si128(same(v, '\r'), same(v, '\f')));
        __m128i bad = _mm_or_si128(_mm_andnot_si128(allowed, low), same(v, 0x7F));
        // add up the flagged bytes (0xFF each, masked to 1) with the sum of absolute differences
        __m128i sums = _mm_sad_epu8(_mm_and_si128(bad, _mm_set1_epi8(1)), _mm_setzero_si128());
        controls += static_cast<std::size_t>(_mm_cvtsi128_si32(sums) + _mm_extract_epi16(sums, 4));
    }
#endif
    for (; i < bytes.size(); ++i) controls += is_control(static_cast<unsigned char>(bytes[i]));
    return controls;
}

std::string too_large(std::size_t size, std::size_t max_bytes) {
    return fmt::format("file too large ({} bytes; the limit is {} bytes, see --max-bytes)", size, max_bytes);
}

}  // namespace

std::optional<std::string> check_text(std::string_view bytes) {
    std::size_t controls = count_control_bytes(bytes);  // NUL counts as one: looked for only then
    if (auto nul = controls ? bytes.find('\0') : std::string_view::npos; nul != std::string_view::npos)
        return fmt::format("binary file: NUL byte at offset {}", nul);
    if (controls * 20 > bytes.size())  // more than 5%: no text a UN document would be
        return fmt::format("not text: {} of {} bytes are control characters", controls, bytes.size());
    if (auto bad = first_invalid_utf8(bytes); bad != std::string_view::npos)
        return fmt::format("not UTF-8: invalid byte 0x{:02X} at offset {}", static_cast<unsigned char>(bytes[bad]),
                           bad);
    return std::nullopt;
}

std::variant<Source, LoadError> load_source(const std::string& path, std::size_t max_bytes) {
    auto fail = [&](std::string message) { return LoadError{path, std::move(message)}; };
    int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) return fail(fmt::format("cannot open: {}", std::strerror(errno)));
    struct stat st {};
    if (::fstat(fd, &st) != 0) {
        int err = errno;
        ::close(fd);
        return fail(fmt::format("cannot stat: {}", std::strerror(err)));
    }
    if (!S_ISREG(st.st_mode)) {
        ::close(fd);
        return fail("not a regular file");
    }
    auto size = static_cast<std::size_t>(st.st_size);
    if (size > max_bytes) {
        ::close(fd);
        return fail(too_large(size, max_bytes));
    }
    Source source{path, std::string(size, '\0')};
    std::size_t got = 0;
    while (got < size) {
        ssize_t r = ::read(fd, source.bytes.data() + got, size - got);
        if (r < 0 && errno == EINTR) continue;
        if (r < 0) {
            int err = errno;
            ::close(fd);
            return fail(fmt::format("cannot read: {}", std::strerror(err)));
        }
        if (r == 0) break;  // the file shrank while we read it
        got += static_cast<std::size_t>(r);
    }
    ::close(fd);
    source.bytes.resize(got);
    return read_source(std::move(source.path), std::move(source.bytes), max_bytes);
}

std::variant<Source, LoadError> read_source(std::string path, std::string bytes, std::size_t max_bytes) {
    auto fail = [&](std::string message) { return LoadError{path, std::move(message)}; };
    if (bytes.empty()) return fail("empty file");
    if (bytes.size() > max_bytes) return fail(too_large(bytes.size(), max_bytes));
    Sniffed sniffed = sniff_format(bytes, path);
    if (!sniffed.refusal.empty()) return fail("binary file: " + sniffed.refusal);
    std::variant<VisibleText, std::string> visible;
    switch (sniffed.format) {
        case SourceFormat::pdf: visible = read_pdf(bytes); break;
        case SourceFormat::docx: visible = read_docx(bytes, 4 * max_bytes); break;
        case SourceFormat::html: visible = read_html(bytes); break;  // any charset: the parser converts
        case SourceFormat::txt:
        case SourceFormat::md:
            if (auto problem = check_text(bytes)) return fail(*problem);
            return Source{std::move(path), std::move(bytes), sniffed.format, {}};
    }
    if (auto* problem = std::get_if<std::string>(&visible)) return fail(*problem);
    auto& text = std::get<VisibleText>(visible);
    return Source{std::move(path), std::move(text.text), sniffed.format, std::move(text.links)};
}

}  // namespace unxref
