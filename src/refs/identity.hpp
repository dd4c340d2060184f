// The document's own identity: masthead symbol, title line ("68/192. …", "Resolution 549 (1984)"),
// or failing both the symbol its file name stands for. Never a citation of itself.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "refs/anchors.hpp"

namespace unxref {

struct Identity {
    std::string symbol;  // the symbol reported for the document ("" if unknown)
    std::string act_id;  // the resolution/decision id its title line gives, if any
    std::string title;   // the title after "80/192. ", wrapped lines joined, spaces collapsed
    bool is(std::string_view id) const { return !id.empty() && (id == symbol || id == act_id); }
};

// `anchors`: find_anchors(text), whose '/' anchors are where a running header's symbol may be.
Identity find_identity(std::string_view text, std::string_view path, const std::vector<Anchor>& anchors);

}  // namespace unxref
