// Shared X3 configuration: every rule runs over the raw bytes of the file, so the
// iterator is a plain pointer and every match position is a byte offset.
#pragma once

#include <boost/spirit/home/x3.hpp>

namespace unxref::grammar {
namespace x3 = boost::spirit::x3;
using iterator_type = const char*;
}  // namespace unxref::grammar
