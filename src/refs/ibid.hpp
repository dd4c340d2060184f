// Resolving Ibid./Ebd./Ibíd. to the one citable reference of the previous footnote.
#pragma once

#include <vector>

#include "refs/reference.hpp"

namespace unxref {

// `citations` carry their footnote labels and are in text order; `definitions` are the
// footnote records in file order. Each ibid record gets the id it stands for and status
// "resolved", or status "unresolved: <why>" and no id: an Ibid. is never guessed.
void resolve_ibids(std::vector<Reference>& citations, const std::vector<Reference>& definitions);

}  // namespace unxref
