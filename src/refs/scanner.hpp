// Finding citations in running text: a cheap pass collects anchor positions
// ('/', "esolu", "ecisi", "Treaty Series", "Ibid", "Ebd.", '['), the grammar runs only there.
#pragma once

#include <string_view>
#include <vector>

#include "refs/anchors.hpp"
#include "refs/reference.hpp"
#include "text/layout.hpp"

namespace unxref {

struct MarkdownLink {
    std::size_t begin = 0;       // '['
    std::size_t text_begin = 0;  // after '['
    std::size_t text_end = 0;    // at ']'
    std::size_t end = 0;         // after ')'
    std::string target;
};

struct ScanResult {
    // resolution, decision, document, treaty and ibid records (ibid unresolved, id empty),
    // in text order; relation, footnote, pinpoint and line/column are filled in later.
    std::vector<Reference> citations;
    std::vector<MarkdownLink> links;
};

// `home` is the organ of the scanned document, for "its resolution 23/5" in Council texts.
// With the page `layout` (may be null), a list of numbers continues past a page foot.
// `anchors` are find_anchors(text).
ScanResult scan_citations(std::string_view text, Organ home, const Layout* layout, const std::vector<Anchor>& anchors);

}  // namespace unxref
