#include "text/source.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <fmt/format.h>

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

std::optional<std::string> check_text(std::string_view bytes, std::size_t max_bytes) {
    if (bytes.empty()) return "empty file";
    if (bytes.size() > max_bytes)
        return fmt::format("file too large ({} bytes; the limit is {} bytes, see --max-bytes)", bytes.size(),
                           max_bytes);
    if (bytes.starts_with("%PDF-")) return "binary file: a PDF document (give its text, e.g. from pdftotext)";
    if (bytes.starts_with("PK\x03\x04")) return "binary file: a ZIP archive (Word .docx files are not read yet)";
    if (bytes.starts_with("\xD0\xCF\x11\xE0")) return "binary file: an old Office document";
    if (auto nul = bytes.find('\0'); nul != std::string_view::npos)
        return fmt::format("binary file: NUL byte at offset {}", nul);
    std::size_t controls = 0;
    for (unsigned char c : bytes)
        controls += (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') || c == 0x7F;
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
        return fail(fmt::format("file too large ({} bytes; the limit is {} bytes, see --max-bytes)", size, max_bytes));
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
    if (auto problem = check_text(source.bytes, max_bytes)) return fail(*problem);
    return source;
}

}  // namespace unxref
