// The extraction pipeline for one document: a pure function of its path and bytes.
#pragma once

#include <string_view>
#include <vector>

#include "refs/reference.hpp"
#include "text/source.hpp"
#include "text/visible_text.hpp"

namespace unxref {

// identity -> layout -> citations -> footnotes -> Ibid. -> relations, pinpoints, links.
// `path` is used for the document record and, when the text names no symbol, its file name.
// `links` are the hyperlinks a Word or HTML file carries (offsets into `text`).
Extraction extract(std::string_view path, std::string_view text, const std::vector<ExplicitLink>& links = {});

// A file as read (text/source): its text and links, and whether the offsets point into the
// visible text of a PDF, Word or HTML file rather than into the file's bytes.
Extraction extract(const Source& source);

}  // namespace unxref
