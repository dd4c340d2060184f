#include "text/source.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <algorithm>
#include <cstdint>
#include <fmt/format.h>

#include "text/format_readers.hpp"
#include "text/utf8.hpp"

namespace unxref {
namespace {

std::string too_large(std::size_t size, std::size_t max_bytes) {
    return fmt::format("file too large ({} bytes; the limit is {} bytes, see --max-bytes)", size, max_bytes);
}

// "LE"/"BE" when the bytes are UTF-16 text (Windows "Unicode" text files): a byte order mark,
// or a NUL in every other byte of the start, as ASCII text in UTF-16 has; nullptr otherwise.
const char* utf16_kind(std::string_view bytes) {
    if (bytes.starts_with("\xFF\xFE")) return "LE";
    if (bytes.starts_with("\xFE\xFF")) return "BE";
    std::size_t pairs = std::min<std::size_t>(bytes.size() / 2, 256), even = 0, odd = 0;
    for (std::size_t i = 0; i < pairs; ++i) {
        even += bytes[2 * i] == '\0';
        odd += bytes[2 * i + 1] == '\0';
    }
    if (pairs >= 4 && odd * 10 >= pairs * 9 && even == 0) return "LE";
    if (pairs >= 4 && even * 10 >= pairs * 9 && odd == 0) return "BE";
    return nullptr;
}

}  // namespace

std::optional<std::string> check_text(std::string_view bytes) {
    ByteCensus census = census_of(bytes);
    std::size_t controls = census.controls;  // NUL counts as one: looked for only then
    if (auto nul = controls ? bytes.find('\0') : std::string_view::npos; nul != std::string_view::npos) {
        if (auto utf16 = utf16_kind(bytes))
            return fmt::format("UTF-16{} text: save it as UTF-8 (iconv -f UTF-16 -t UTF-8 FILE)", utf16);
        return fmt::format("binary file: NUL byte at offset {}", nul);
    }
    if (controls * 20 > bytes.size())  // more than 5%: no text a UN document would be
        return fmt::format("not text: {} of {} bytes are control characters", controls, bytes.size());
    if (auto bad = census.first_invalid; bad != std::string_view::npos)
        return fmt::format("not UTF-8: invalid byte 0x{:02X} at offset {}", static_cast<unsigned char>(bytes[bad]),
                           bad);
    return std::nullopt;
}

std::variant<Source, LoadError> load_source(const std::string& path, std::size_t max_bytes) {
    auto fail = [&](std::string message) { return LoadError{path, std::move(message)}; };
    // O_NONBLOCK: opening a named pipe must not wait for a writer before it is refused below
    // (on a regular file the flag changes nothing)
    int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
    if (fd < 0) return fail(fmt::format("cannot open: {}", std::strerror(errno)));
    struct stat st {};
    if (::fstat(fd, &st) != 0) {
        int err = errno;
        ::close(fd);
        return fail(fmt::format("cannot stat: {}", std::strerror(err)));
    }
    if (!S_ISREG(st.st_mode)) {
        ::close(fd);
        return fail(S_ISDIR(st.st_mode) ? "a folder where a file was expected" : "not a regular file");
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

std::string read_standard_input(std::size_t limit) {
    std::string bytes;
    char buffer[1 << 16];
    while (bytes.size() < limit) {
        ssize_t r = ::read(STDIN_FILENO, buffer, std::min(sizeof buffer, limit - bytes.size()));
        if (r < 0 && errno == EINTR) continue;
        if (r <= 0) break;  // the end, or an error: what arrived is what there is
        bytes.append(buffer, static_cast<std::size_t>(r));
    }
    return bytes;
}

std::string standard_input_too_large(std::size_t max_bytes) {
    return fmt::format("too large (more than {} bytes; the limit is --max-bytes)", max_bytes);
}

std::variant<Source, LoadError> load_input(const std::string& path, std::size_t max_bytes) {
    if (path != "-") return load_source(path, max_bytes);
    // one byte past the limit tells a too large input without reading all of it
    std::string bytes = read_standard_input(max_bytes < SIZE_MAX ? max_bytes + 1 : max_bytes);
    if (bytes.size() > max_bytes) return LoadError{path, standard_input_too_large(max_bytes)};
    return read_source(path, std::move(bytes), max_bytes);
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
        case SourceFormat::docx:  // its XML may be four times the zip's size (no overflow near SIZE_MAX)
            visible = format_readers().docx(bytes, max_bytes > SIZE_MAX / 4 ? SIZE_MAX : 4 * max_bytes);
            break;
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
