// Canonical ids of resolutions and decisions from the number as written and the organ.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "matches.hpp"
#include "refs/reference.hpp"

namespace unxref {

struct ActId {
    std::string id;  // A/RES/68/192, S/RES/2334(2016), E/RES/2013/41, A/HRC/RES/23/5, A/DEC/78/560, …
    Organ organ = Organ::unknown;
};

// `named` is the organ the clause names (unknown if none), `home` the organ of the citing
// document (used for "its resolution 23/5" in a Human Rights Council text). Returns nothing
// when the number cannot be an act of these organs (2/56, 84/2005 in a gazette, 150/3).
std::optional<ActId> act_id(const grammar::NumberMatch& number, Organ named, Organ home, bool decision);

// The value of a Roman session number ("XXIX" -> 29), or -1.
int roman_value(std::string_view roman);

}  // namespace unxref
