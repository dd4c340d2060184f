// A resolution's series: the earlier and later resolutions of the same organ with the same
// title (the annual "80/192 ← 79/160 ← 78/190 ← …" kind). Two sources, both needed:
//  - titles: resolutions whose text was read and whose titles are equal (series_key);
//  - the text: the earlier resolutions a resolution names as its series (mark_series),
//    which is how members whose text was not read are found.
#pragma once

#include <optional>
#include <string>
#include <utility>
#include <string_view>
#include <vector>

#include "refs/reference.hpp"
#include "text/layout.hpp"

namespace unxref {

// "A/RES/80/192" -> ("A/RES/", 80); no session for S/RES/2334(2016) and the like, no prefix
// for what is no resolution.
std::pair<std::string_view, std::optional<int>> prefix_and_session(std::string_view id);

// The title compared: letters and digits lower-cased (ASCII), everything else one space.
std::string series_key(std::string_view title);

// Sets Reference::series on each reference of `x` that the text names as an earlier
// resolution of the document's own series. The rule (README "Series"): in the preamble, a list of the
// document's own organ's resolutions is its series when
//  (a) it or the phrase heading it says so: "on this issue", "on the subject", "on the
//      question", "all its previous resolutions on …, the most recent of which", "entitled
//      “<its own title>”" (German "zu dieser Frage", "früheren Resolutionen"); or
//  (b) it is the first list of the organ's resolutions in the preamble and holds one of the
//      three previous sessions' resolutions, and does not name another title ("entitled “…”").
// `text` is the text the references' offsets point into, `layout` its page layout. Runs in
// extract().
void mark_series(Extraction& x, std::string_view text, const Layout& layout);

}  // namespace unxref
