// Instantiation unit of the date phrase rules.
#include "grammar.hpp"
#include "date_def.hpp"

namespace unxref::grammar {

bool parse_date(const char* first, const char* last, DateMatch& out) {
    out = DateMatch{};
    const char* it = first;
    auto const parser = x3::with<date_rules::out_tag>(std::ref(out))[date_rules::date];
    if (!x3::parse(it, last, parser)) return false;
    out.end = it;
    return true;
}

}  // namespace unxref::grammar
