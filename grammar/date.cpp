// Instantiation unit of the date phrase rules.
#include "grammar.hpp"
#include "date_def.hpp"

namespace unxref::grammar {

bool parse_date(const char* first, const char* last, DateMatch& out) {
    out = DateMatch{};
    // every date phrase starts with "of", "vom", "du" or "de(l)": most places are told by one
    // byte, without entering the rules
    if (first == last || (*first != 'o' && *first != 'v' && *first != 'd')) return false;
    const char* it = first;
    auto const parser = x3::with<date_rules::out_tag>(std::ref(out))[date_rules::date];
    if (!x3::parse(it, last, parser)) return false;
    out.end = it;
    return true;
}

int month_number(std::string_view name) {
    const int* month = date_rules::months.find(name);
    return month ? *month : 0;
}

}  // namespace unxref::grammar
