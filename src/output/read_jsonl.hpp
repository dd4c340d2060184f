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

// True when `bytes` begin like extraction output (a JSON object with "type" "document",
// "reference" or "error").
bool looks_like_extraction_jsonl(std::string_view bytes);

// Calls `on_document` once per document record with its references, and `on_error` per
// error record, in file order. Returns an empty string, or "line N: why" for the first
// line that is not an extraction record (everything before it was delivered).
std::string read_extraction_jsonl(std::istream& in, const std::function<void(Extraction&&)>& on_document,
                                  const std::function<void(LoadError&&)>& on_error);

}  // namespace unxref
