// Instantiation unit of the symbol rules.
#include "grammar.hpp"
#include "symbol_def.hpp"

namespace unxref::grammar {

const char* parse_symbol(const char* first, const char* last) {
    const char* it = first;
    if (!x3::parse(it, last, symbol_rules::symbol)) return nullptr;
    return it;
}

}  // namespace unxref::grammar
