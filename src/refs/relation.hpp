// The relation a citation expresses, from the clause verb that governs it
// ("Recalling", "Reaffirms", "unter Begrüßung", "Prenant note", "on the report of …").
#pragma once

#include <cstddef>
#include <string_view>

#include "refs/reference.hpp"
#include "text/layout.hpp"

namespace unxref {

// The nearest clause verb before `offset` within its paragraph (a paragraph broken by a
// page foot continues on the next page), or Relation::other.
Relation relation_at(std::string_view text, const Layout& layout, std::size_t offset);

}  // namespace unxref
