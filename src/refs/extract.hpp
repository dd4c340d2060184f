// The extraction pipeline for one document: a pure function of its path and bytes.
#pragma once

#include <string_view>
#include <vector>

#include "refs/reference.hpp"
#include "text/visible_text.hpp"

namespace unxref {

// identity -> layout -> citations -> footnotes -> Ibid. -> relations, pinpoints, links.
// `path` is used for the document record and, when the text names no symbol, its file name.
// `links` are the hyperlinks a Word or HTML file carries (offsets into `text`).
Extraction extract(std::string_view path, std::string_view text, const std::vector<ExplicitLink>& links = {});

}  // namespace unxref
