// The input-format readers linked into the program (tests, and any program that embeds the
// library): no module to find.
#include "text/format_readers.hpp"

namespace unxref {

const FormatReaders& format_readers() { return *unxref_format_readers_v1(); }

}  // namespace unxref
