// How much a finding matters, for the audit and for the comparison of two language versions
// (SARIF's levels, by the same names).
#pragma once

#include <optional>
#include <string_view>

namespace unxref {

enum class Severity { note, warning, error };

std::string_view to_string(Severity severity);
std::optional<Severity> parse_severity(std::string_view name);

}  // namespace unxref
