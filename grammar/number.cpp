// Instantiation unit of the resolution number rules.
#include "grammar.hpp"
#include "number_def.hpp"

namespace unxref::grammar {

std::string roman_numeral(int n) {
    static constexpr std::pair<int, const char*> values[] = {{100, "C"}, {90, "XC"}, {50, "L"}, {40, "XL"}, {10, "X"},
                                                              {9, "IX"},  {5, "V"},   {4, "IV"},  {1, "I"}};
    std::string roman;
    for (auto [value, letters] : values)
        for (; n >= value; n -= value) roman += letters;
    return roman;
}

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
