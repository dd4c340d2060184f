// Telling the language of a document from its script and commonest short words.
#pragma once

#include <string>
#include <string_view>

namespace unxref {

// "en", "fr", "es", "de", "ar", "ru", "zh", or "und" when it cannot be told.
std::string detect_language(std::string_view text);

}  // namespace unxref
