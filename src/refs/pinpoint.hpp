// Pinpoints: the part of a cited document a citation points at — after it
// ("resolution 69/283, annex II", "(A/63/403, para. 14)", "Kap. V, Abschn. A") or before it
// ("Ziffer 6 b) der Resolution 72/244", "paragraph 5 of resolution 68/192").
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace unxref {

std::string pinpoint_after(std::string_view text, std::size_t end);
std::string pinpoint_before(std::string_view text, std::size_t begin);

}  // namespace unxref
