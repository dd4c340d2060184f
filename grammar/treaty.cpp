// Instantiation unit of the Treaty Series rules.
#include "grammar.hpp"
#include "treaty_def.hpp"

namespace unxref::grammar {

bool parse_treaty(const char* first, const char* last, TreatyMatch& out) {
    out = TreatyMatch{};
    const char* it = first;
    auto const parser = x3::with<treaty_rules::out_tag>(std::ref(out))[treaty_rules::treaty];
    if (!x3::parse(it, last, parser)) return false;
    out.end = it;
    return true;
}

}  // namespace unxref::grammar
