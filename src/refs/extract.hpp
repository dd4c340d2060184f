// The extraction pipeline for one document: a pure function of its path and bytes.
#pragma once

#include <string_view>

#include "refs/reference.hpp"

namespace unxref {

// identity -> layout -> citations -> footnotes -> Ibid. -> relations, pinpoints, links.
// `path` is used for the document record and, when the text names no symbol, its file name.
Extraction extract(std::string_view path, std::string_view text);

}  // namespace unxref
