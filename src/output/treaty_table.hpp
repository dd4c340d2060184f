// Writing the Treaty Series instruments cited: an aligned table for people, CSV, JSON.
#pragma once

#include <string>
#include <vector>

#include "analyses/treaties.hpp"

namespace unxref {

// One row per instrument (volume, number, times cited, name), each followed by its citations.
std::string treaties_table(const std::vector<Treaty>& treaties);
// RFC 4180: one row per instrument; citing documents and notes as "A/RES/80/110 fn 12; …".
std::string treaties_csv(const std::vector<Treaty>& treaties);
// One JSON array: instruments with every citation and the name each gives.
std::string treaties_json(const std::vector<Treaty>& treaties);

}  // namespace unxref
