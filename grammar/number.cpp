// Instantiation unit of the resolution number rules.
#include "grammar.hpp"
#include "number_def.hpp"

namespace unxref::grammar {

bool parse_number(const char* first, const char* last, NumberMatch& out) {
    out = NumberMatch{};
    out.begin = first;
    // a number starts with a digit, or "S-"/"ES-" (special sessions)
    if (first == last || !((*first >= '0' && *first <= '9') || *first == 'S' || *first == 'E')) return false;
    const char* it = first;
    auto const parser = x3::with<number_rules::out_tag>(std::ref(out))[number_rules::number];
    if (!x3::parse(it, last, parser)) return false;
    out.end = it;
    return true;
}

}  // namespace unxref::grammar
