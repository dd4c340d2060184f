#include "refs/reference.hpp"

namespace unxref {

Kind kind_of_id(std::string_view id) {
    if (id.starts_with("UNTS:")) return Kind::treaty;
    if (id.find("/RES/") != std::string_view::npos) return Kind::resolution;
    if (id.find("/DEC/") != std::string_view::npos) return Kind::decision;
    return Kind::document;
}

std::string_view to_string(Kind kind) {
    switch (kind) {
        case Kind::resolution: return "resolution";
        case Kind::decision: return "decision";
        case Kind::document: return "document";
        case Kind::treaty: return "treaty";
        case Kind::footnote_marker: return "footnote_marker";
        case Kind::footnote: return "footnote";
        case Kind::ibid: return "ibid";
        case Kind::link: return "link";
        case Kind::gazette: return "gazette";
    }
    return "";
}

std::string_view to_string(Relation relation) {
    switch (relation) {
        case Relation::none: return "";
        case Relation::recalls: return "recalls";
        case Relation::reaffirms: return "reaffirms";
        case Relation::welcomes: return "welcomes";
        case Relation::takes_note: return "takes_note";
        case Relation::based_on_report: return "based_on_report";
        case Relation::other: return "other";
    }
    return "";
}

std::string_view to_string(Organ organ) {
    switch (organ) {
        case Organ::unknown: return "";
        case Organ::general_assembly: return "GA";
        case Organ::security_council: return "SC";
        case Organ::ecosoc: return "ECOSOC";
        case Organ::human_rights_council: return "HRC";
        case Organ::commission_on_human_rights: return "CHR";
    }
    return "";
}

namespace status {

std::string with_reason(std::string_view word, std::string_view reason) {
    std::string out(word);
    out += ": ";
    out += reason;
    return out;
}

std::optional<std::string_view> reason(std::string_view status, std::string_view word) {
    if (!status.starts_with(word)) return std::nullopt;
    status.remove_prefix(word.size());
    if (status.empty()) return status;
    if (!status.starts_with(": ")) return std::nullopt;  // another word that begins alike
    return status.substr(2);
}

}  // namespace status

}  // namespace unxref
