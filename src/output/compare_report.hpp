// Writing a comparison of two language versions: compiler-style text or one JSON document.
#pragma once

#include <string>

#include "analyses/compare.hpp"

namespace unxref {

// One line per finding, `FILE:line:col: severity[code]: message` at the reference (in the
// original, or in the translation for an extra one), then a `note:` line at the matching
// place in the other file; a summary line last.
std::string compare_text(const Comparison& comparison);

// {"original":…,"translation":…,"agree":…,"summary":…,"findings":[…]}, one finding a line.
std::string compare_json(const Comparison& comparison);

}  // namespace unxref
