// The readers of PDF, Word .docx and HTML input behind one table. Their libraries (poppler,
// libzip, libxml2 and what they pull in) take 4 ms to map at every start, more than a run
// over a folder of text files needs for its work; so the CLI loads them as a module at the
// first such input (format_loader.cpp), while the tests link them in (format_linked.cpp).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <variant>

#include "text/visible_text.hpp"

namespace unxref {

struct FormatReaders {
    // The visible text, or why there is none. `max_part_bytes` bounds a .docx's XML parts.
    using Read = std::variant<VisibleText, std::string> (*)(std::string_view bytes, std::size_t max_part_bytes);
    Read pdf = nullptr;
    Read docx = nullptr;
    Read html = nullptr;
};

// The readers, linked or loaded at the first call.
const FormatReaders& format_readers();

}  // namespace unxref

// What the module exports (C linkage, so that it is found by this name).
extern "C" const unxref::FormatReaders* unxref_format_readers_v1();
