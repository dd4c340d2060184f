#include "analyses/severity.hpp"

namespace unxref {

std::string_view to_string(Severity severity) {
    switch (severity) {
        case Severity::note: return "note";
        case Severity::warning: return "warning";
        case Severity::error: return "error";
    }
    return "";
}

std::optional<Severity> parse_severity(std::string_view name) {
    for (auto s : {Severity::note, Severity::warning, Severity::error})
        if (to_string(s) == name) return s;
    return std::nullopt;
}

}  // namespace unxref
