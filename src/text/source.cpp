#include "text/source.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <fmt/format.h>

#include <algorithm>

#if defined(__x86_64__)
#include <immintrin.h>
#endif

#include "text/cpu.hpp"
#include "text/format_readers.hpp"
#include "text/utf8.hpp"

namespace unxref {

namespace {

// Control characters other than tab, line feed, carriage return and form feed.
bool is_control(unsigned char c) { return (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') || c == 0x7F; }


// What check_text needs to know of every byte of every input, in one pass: the control
// characters, and the first byte that is no valid UTF-8.
struct ByteCensus {
    std::size_t controls = 0;
    std::size_t first_invalid = std::string_view::npos;
};

// From `i` to the end, one byte at a time.
void census_tail(const unsigned char* s, std::size_t i, std::size_t n, ByteCensus& census) {
    while (i < n) {
        if (s[i] < 0x80 || census.first_invalid != std::string_view::npos) {
            census.controls += is_control(s[i]);
            ++i;
            continue;
        }
        std::size_t len = utf8_char_length(s, i, n);
        if (len == 0) {
            census.first_invalid = i;
            ++i;
        } else {
            i += len;
        }
    }
}

#if defined(__x86_64__)
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wpsabi"  // AVX values pass only between AVX2 functions inlined here
__attribute__((target("avx2"))) inline __m256i bytes_equal(__m256i v, char c) {
    return _mm256_cmpeq_epi8(v, _mm256_set1_epi8(c));
}

// 32 bytes at a time: controls counted in the vector; UTF-8 checked character by character
// only in blocks that hold a byte >= 0x80 (English text has few). Returns where the tail starts.
__attribute__((target("avx2,popcnt"))) std::size_t census_avx2(const unsigned char* s, std::size_t n,
                                                               ByteCensus& census) {
    std::size_t i = 0;
    while (i + 32 <= n) {
        __m256i v = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(s + i));
        // signed: bytes >= 0x80 are negative, so "below 0x20 and not negative" is ASCII only
        __m256i low = _mm256_andnot_si256(_mm256_cmpgt_epi8(_mm256_setzero_si256(), v),
                                          _mm256_cmpgt_epi8(_mm256_set1_epi8(0x20), v));
        __m256i allowed = _mm256_or_si256(_mm256_or_si256(bytes_equal(v, '\t'), bytes_equal(v, '\n')),
                                          _mm256_or_si256(bytes_equal(v, '\r'), bytes_equal(v, '\f')));
        __m256i bad = _mm256_or_si256(_mm256_andnot_si256(allowed, low), bytes_equal(v, 0x7F));
        census.controls += static_cast<std::size_t>(__builtin_popcount(static_cast<unsigned>(_mm256_movemask_epi8(bad))));
        auto high = static_cast<unsigned>(_mm256_movemask_epi8(v));
        std::size_t next = i + 32;
        if (high && census.first_invalid == std::string_view::npos) {
            // a character may run past the block: the next block starts after it (the bytes
            // skipped are continuation bytes, never controls)
            for (std::size_t j = i + static_cast<std::size_t>(__builtin_ctz(high)); j < i + 32;) {
                if (s[j] < 0x80) {
                    ++j;
                    continue;
                }
                std::size_t len = utf8_char_length(s, j, n);
                if (len == 0) {
                    census.first_invalid = j;
                    break;
                }
                j += len;
                next = std::max(next, j);
            }
        }
        i = next;
    }
    return i;
}
#pragma GCC diagnostic pop

#endif

ByteCensus census_of(std::string_view bytes) {
    auto const* s = reinterpret_cast<const unsigned char*>(bytes.data());
    ByteCensus census;
    std::size_t i = 0;
#if defined(__x86_64__)
    if (cpu_has_avx2()) i = census_avx2(s, bytes.size(), census);
#endif
    census_tail(s, i, bytes.size(), census);
    return census;
}

std::string too_large(std::size_t size, std::size_t max_bytes) {
    return fmt::format("file too large ({} bytes; the limit is {} bytes, see --max-bytes)", size, max_bytes);
}

}  // namespace

std::optional<std::string> check_text(std::string_view bytes) {
    ByteCensus census = census_of(bytes);
    std::size_t controls = census.controls;  // NUL counts as one: looked for only then
    if (auto nul = controls ? bytes.find('\0') : std::string_view::npos; nul != std::string_view::npos)
        return fmt::format("binary file: NUL byte at offset {}", nul);
    if (controls * 20 > bytes.size())  // more than 5%: no text a UN document would be
        return fmt::format("not text: {} of {} bytes are control characters", controls, bytes.size());
    if (auto bad = census.first_invalid; bad != std::string_view::npos)
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
        case SourceFormat::pdf: visible = format_readers().pdf(bytes, 0); break;
        case SourceFormat::docx: visible = format_readers().docx(bytes, 4 * max_bytes); break;
        case SourceFormat::html: visible = format_readers().html(bytes, 0); break;  // any charset: the parser converts
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
