// Hyperlinks a Word or HTML file carries, checked against the text they sit on: each
// becomes a `link` record whose id is the UN symbol its target names.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "refs/reference.hpp"
#include "text/visible_text.hpp"

namespace unxref {

// The canonical symbol a UN document link names, or "" when it names none:
// https://undocs.org/A/RES/78/250, https://undocs.org/en/A/80/5/Add.1, https://docs.un.org/en/S/RES/2690(2023),
// http://www.un.org/ga/search/view_doc.asp?symbol=A/RES/70/1, …?symbol=A%2FRES%2F70%2F1.
std::string un_link_symbol(std::string_view target);

// The record of a link over [begin, end) to `target` whose text names the citations `named`
// (Markdown and Word/HTML links alike): their first one's relation and footnote, and an id
// and status from the target: `placeholder` for an empty or "#" target; for a UN document
// link the id is the target's symbol and the status `ok` when a named citation is the same
// act or document (a resolution's letter part may be left out on either side), `mismatch:
// text names X, target is Y` when it names another, `unchecked: the text names no symbol`
// when it names none; `external` for other targets.
Reference link_record(std::size_t begin, std::size_t end, std::string target, const std::vector<const Reference*>& named);

// One record per link of a Word or HTML file (links to anchors inside the document, "#x",
// are navigation and left out). `citations` sorted by begin.
std::vector<Reference> explicit_link_records(const std::vector<ExplicitLink>& links,
                                             const std::vector<Reference>& citations);

}  // namespace unxref
