// Resolving Ibid./Ebd./Ibíd. to the one citable reference of the previous footnote.
#pragma once

#include <string_view>
#include <vector>

#include "refs/reference.hpp"

namespace unxref {

// `citations` carry their footnote labels and are in text order; `definitions` are the
// footnote records in file order. Each ibid record gets the id it stands for and status
// "resolved", or status "unresolved: <why>" and no id: an Ibid. is never guessed.
void resolve_ibids(std::vector<Reference>& citations, const std::vector<Reference>& definitions);

// The reasons an Ibid. stays unresolved, as its status gives them after "unresolved: "
// (the audit names a finding by them).
namespace ibid_reason {
inline constexpr std::string_view not_in_footnote = "not in a footnote";
inline constexpr std::string_view no_previous = "no previous footnote";
inline constexpr std::string_view malformed_treaty = "malformed Treaty Series citation";
inline constexpr std::string_view no_treaty = "has no Treaty Series citation";  // "footnote 4 has no …"
inline constexpr std::string_view cites_nothing = "cites nothing";              // "footnote 4 cites nothing"
inline constexpr std::string_view cites_several = "cites several";              // "footnote 4 cites several (…)"
}  // namespace ibid_reason

}  // namespace unxref
