// Writing extraction results: JSON Lines (the contract other tools read), one JSON
// document, or a human-readable listing.
#pragma once

#include <cstdio>
#include <string>
#include <string_view>

#include "refs/reference.hpp"
#include "text/source.hpp"

namespace unxref {

enum class Format { jsonl, json, text };

class ExtractionWriter {
public:
    ExtractionWriter(std::FILE* out, Format format);
    void begin();
    // A document already rendered with render_extraction() in this writer's format
    // (worker threads render; the writer only puts the pieces in order).
    void write_rendered(std::string_view rendered);
    void write(const LoadError& error);
    void finish();

private:
    void put(std::string_view bytes);
    void flush_pending();

    std::FILE* out_;
    Format format_;
    bool first_ = true;
    // Output gathered up to 1 MiB before one fwrite(): a corpus's output is megabytes, and
    // stdio's own 4 KiB buffer made one or two write() calls per document (1,855 for ga/, now
    // 30). A terminal gets each document as it comes.
    bool terminal_;
    std::string pending_;
};

// One document's records in `format`: JSON objects separated by ",\n" (json) or lines
// (jsonl, with the final line break), or the text listing.
std::string render_extraction(const Extraction& extraction, std::string_view text, Format format);

// JSON string literal with the quotes, escaping what RFC 8259 requires; bytes that are not
// UTF-8 (a file name in another encoding) become U+FFFD.
std::string json_string(std::string_view s);
// `s` as a JSON string, or null when it is empty.
std::string json_nullable(std::string_view s);
// json_string appended to `out`, for text already known to be UTF-8 (the documents' text
// is checked when read): the writer's hot path.
void append_json_string(std::string& out, std::string_view s);
std::string document_json(const DocumentInfo& document);
std::string error_json(const LoadError& error);

}  // namespace unxref
