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

// Sets a link record's id and status from its target and the citations its text names:
// `placeholder` for an empty or "#" target; for a UN document link the id is the target's
// symbol and the status `ok` when a named citation is the same act or document (a
// resolution's letter part may be left out on either side), `mismatch: text names X, target
// is Y` when it names another, `unchecked: the text names no symbol` when it names none;
// `external` for other targets. Markdown and Word/HTML links are checked alike.
void check_link(Reference& link, const std::vector<const Reference*>& named);

// One record per link of a Word or HTML file (links to anchors inside the document, "#x",
// are navigation and left out), checked by check_link(). `citations` sorted by begin.
std::vector<Reference> explicit_link_records(const std::vector<ExplicitLink>& links,
                                             const std::vector<Reference>& citations);

}  // namespace unxref
