// Reading one input file and refusing what is not UTF-8 text, with the reason. PDF,
// Word .docx and HTML files are read through their readers into their visible text.
#pragma once

#include <sys/types.h>

#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "text/sniff.hpp"
#include "text/visible_text.hpp"

namespace unxref {

struct Source {
    std::string path;   // as given by the user (or found in a folder)
    std::string bytes;  // every offset points here: the file unchanged (.txt, .md), else its visible text
    SourceFormat format = SourceFormat::txt;
    std::vector<ExplicitLink> links;  // the hyperlinks a Word or HTML file carries
};

struct LoadError {
    std::string path;
    std::string message;
};

inline constexpr std::size_t default_max_bytes = 64u << 20;  // 64 MiB

// Reads `path` and checks it: readable, not empty, not larger than max_bytes. PDF, .docx
// and HTML (told from the bytes) go through their readers; other files must be text:
// not binary (NUL bytes, other ZIP or OLE files), valid UTF-8.
std::variant<Source, LoadError> load_source(const std::string& path, std::size_t max_bytes = default_max_bytes);

// load_source, but "-" is standard input (refused past max_bytes, like a file).
std::variant<Source, LoadError> load_input(const std::string& path, std::size_t max_bytes = default_max_bytes);

// At most `limit` bytes of standard input (fewer at its end), or the error that reading
// failed (a truncated input must not pass for a whole one), as "-"'s error.
std::variant<std::string, LoadError> read_standard_input(std::size_t limit);

// A document on standard input whose first bytes, `head`, were already read: all of it, or
// the error that it is larger than max_bytes (read one byte past the limit, no further).
std::variant<std::string, LoadError> standard_input_document(std::string head, std::size_t max_bytes);

class OpenFile;

// The first `limit` bytes of a regular file, whether that was all of it, and the file still
// open when it was not (load_peeked reads the rest from there, not the head again); "" (not
// whole, no file) for anything else, which load_peeked then refuses with its reason. It does
// not wait on a named pipe.
struct FileHead {
    std::string bytes;
    bool whole = false;
    std::shared_ptr<OpenFile> file;
    std::size_t size = 0;  // st_size
};
FileHead peek_regular_file(const std::string& path, std::size_t limit);

// load_source for a file whose head peek_regular_file read.
std::variant<Source, LoadError> load_peeked(const std::string& path, FileHead head,
                                            std::size_t max_bytes = default_max_bytes);

// read(2), again when a signal interrupts it.
ssize_t read_some(int fd, char* buffer, std::size_t size);

// The same for a file's bytes already in memory.
std::variant<Source, LoadError> read_source(std::string path, std::string bytes,
                                            std::size_t max_bytes = default_max_bytes);

// Why bytes that are to be read as plain text (.txt, .md) are not: a NUL byte, control
// characters, invalid UTF-8; nothing when they are text. (read_source checks emptiness,
// size and the other formats' signatures before.)
std::optional<std::string> check_text(std::string_view bytes);

}  // namespace unxref
