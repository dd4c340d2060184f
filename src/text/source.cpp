#include "text/source.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <algorithm>
#include <cstdint>
#include <memory>
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

ssize_t read_some(int fd, char* buffer, std::size_t size) {
    ssize_t r;
    do r = ::read(fd, buffer, size);
    while (r < 0 && errno == EINTR);
    return r;
}

namespace {

// What read_up_to read: the bytes, whether they are all the input holds, and errno of a failed read (0: none).
struct ReadResult {
    std::string bytes;
    bool whole = false;
    int error = 0;
};

// Reads `fd` on after the bytes already read from it (`bytes`: a head, or none) until its end
// or `limit` bytes. `size` (st_size of a regular file, 0 when unknown) sizes the buffer and,
// once that many bytes are in, ends the reading without one more read() to see the end (a
// file that grows meanwhile is read as it was); a file that says 0 (/proc, sysfs) is read to
// its end. The one read loop for files, their heads and standard input.
ReadResult read_up_to(int fd, std::size_t limit, std::size_t size, std::string bytes = {}) {
    ReadResult out;
    out.bytes = std::move(bytes);
    std::size_t got = out.bytes.size();
    constexpr std::size_t first_chunk = 1 << 16;  // for an input of unknown size
    while (got < limit) {
        if (got == out.bytes.size()) {
            std::size_t room = size > got ? size + 1 : got == 0 ? first_chunk : 2 * got;
            out.bytes.resize(std::min(limit, room));
        }
        ssize_t r = read_some(fd, out.bytes.data() + got, out.bytes.size() - got);
        if (r < 0) {
            out.error = errno;
            break;
        }
        got += static_cast<std::size_t>(r);
        if (r == 0 || (size > 0 && got == size)) {
            out.whole = true;
            break;
        }
    }
    out.bytes.resize(got);
    return out;
}

}  // namespace

// A file descriptor closed when it goes (a reader's exception, memory exhausted by the buffer
// for a huge file, must not leak it: the run goes on with the other files).
class OpenFile {
public:
    explicit OpenFile(int fd) : fd_(fd) {}
    ~OpenFile() {
        if (fd_ >= 0) ::close(fd_);
    }
    OpenFile(const OpenFile&) = delete;
    OpenFile& operator=(const OpenFile&) = delete;
    int fd() const { return fd_; }

private:
    int fd_;
};

namespace {

// Opens `path` if it is a regular file; its size, or why it cannot be read. O_NONBLOCK:
// opening a named pipe must not wait for a writer before it is refused (on a regular file
// the flag changes nothing).
std::variant<std::size_t, std::string> open_regular_file(const std::string& path, std::shared_ptr<OpenFile>& file) {
    int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
    if (fd < 0) return fmt::format("cannot open: {}", std::strerror(errno));
    file = std::make_shared<OpenFile>(fd);
    struct stat st {};
    if (::fstat(fd, &st) != 0) return fmt::format("cannot stat: {}", std::strerror(errno));
    if (S_ISDIR(st.st_mode)) return std::string("a folder where a file was expected");
    if (!S_ISREG(st.st_mode)) return std::string("not a regular file");
    return static_cast<std::size_t>(st.st_size);
}

// The document in the open `file` of `size` bytes (0: unknown), `head` already read from it.
std::variant<Source, LoadError> read_open_file(const std::string& path, const OpenFile& file, std::size_t size,
                                               std::string head, std::size_t max_bytes) {
    auto fail = [&](std::string message) { return LoadError{path, std::move(message)}; };
    if (size > max_bytes) return fail(too_large(size, max_bytes));
    // one byte past the limit tells a file that grew (or said 0) too large without reading all of it
    std::size_t limit = max_bytes < SIZE_MAX ? max_bytes + 1 : max_bytes;
    ReadResult read = read_up_to(file.fd(), limit, size, std::move(head));
    if (read.error) return fail(fmt::format("cannot read: {}", std::strerror(read.error)));
    if (read.bytes.size() > max_bytes && size == 0)  // its size is not known: only that it is larger
        return fail(fmt::format("file too large (more than {} bytes; see --max-bytes)", max_bytes));
    return read_source(path, std::move(read.bytes), max_bytes);
}

}  // namespace

FileHead peek_regular_file(const std::string& path, std::size_t limit) {
    FileHead out;
    std::shared_ptr<OpenFile> file;
    auto opened = open_regular_file(path, file);
    if (!std::holds_alternative<std::size_t>(opened)) return {};
    out.size = std::get<std::size_t>(opened);
    ReadResult head = read_up_to(file->fd(), limit, out.size);
    if (head.error) return {};
    out.bytes = std::move(head.bytes);
    out.whole = head.whole;
    if (!out.whole) out.file = std::move(file);
    return out;
}

std::variant<Source, LoadError> load_peeked(const std::string& path, FileHead head, std::size_t max_bytes) {
    if (head.whole) return read_source(path, std::move(head.bytes), max_bytes);
    if (!head.file) return load_source(path, max_bytes);  // it says why the file cannot be read
    return read_open_file(path, *head.file, head.size, std::move(head.bytes), max_bytes);
}

std::variant<Source, LoadError> load_source(const std::string& path, std::size_t max_bytes) {
    std::shared_ptr<OpenFile> file;
    auto opened = open_regular_file(path, file);
    if (auto* problem = std::get_if<std::string>(&opened)) return LoadError{path, std::move(*problem)};
    return read_open_file(path, *file, std::get<std::size_t>(opened), {}, max_bytes);
}

std::variant<std::string, LoadError> read_standard_input(std::size_t limit) {
    ReadResult read = read_up_to(STDIN_FILENO, limit, 0);
    if (read.error) return LoadError{"-", fmt::format("cannot read standard input: {}", std::strerror(read.error))};
    return std::move(read.bytes);
}

std::variant<std::string, LoadError> standard_input_document(std::string head, std::size_t max_bytes) {
    // one byte past the limit tells a too large input without reading all of it
    std::size_t limit = max_bytes < SIZE_MAX ? max_bytes + 1 : max_bytes;
    if (head.size() < limit) {
        auto rest = read_standard_input(limit - head.size());
        if (auto* error = std::get_if<LoadError>(&rest)) return std::move(*error);
        head += std::get<std::string>(rest);
    }
    if (head.size() > max_bytes)
        return LoadError{"-", fmt::format("too large (more than {} bytes; the limit is --max-bytes)", max_bytes)};
    return head;
}

std::variant<Source, LoadError> load_input(const std::string& path, std::size_t max_bytes) {
    if (path != "-") return load_source(path, max_bytes);
    auto bytes = standard_input_document({}, max_bytes);
    if (auto* error = std::get_if<LoadError>(&bytes)) return std::move(*error);
    return read_source(path, std::move(std::get<std::string>(bytes)), max_bytes);
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
