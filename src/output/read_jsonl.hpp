// Reading `unxref extract` JSONL back: the reduce side of a distributed run. Extraction
// is a pure function of one document, so shards written anywhere merge here into the
// inputs of `graph` and the analyses.
#pragma once

#include <cstddef>
#include <functional>
#include <istream>
#include <string>
#include <string_view>

#include "refs/reference.hpp"
#include "text/source.hpp"

namespace unxref {

// How much of an input tells whether it is extraction output: its first line, if the line
// ends within these bytes (a record with a 64 KiB title is no record unxref writes).
inline constexpr std::size_t extraction_peek = 64 << 10;

// True when `bytes` begin like extraction output (a JSON object with "type" "document",
// "reference" or "error"). Only their first extraction_peek bytes are looked at, so a file's
// head and the whole file get the same answer.
bool looks_like_extraction_jsonl(std::string_view bytes);

// Calls `on_document` once per document record with its references, and `on_error` per
// error record, in file order. Returns an empty string, or "line N: why" for the first
// line that is not an extraction record (everything before it was delivered).
std::string read_extraction_jsonl(std::istream& in, const std::function<void(Extraction&&)>& on_document,
                                  const std::function<void(LoadError&&)>& on_error);

}  // namespace unxref
