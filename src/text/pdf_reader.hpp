// PDF files through poppler-cpp: the text of each page in its physical layout (as
// `pdftotext -layout` gives it), pages joined by a form feed at the start of each page
// after the first, so that the page-layout stage finds each page's foot.
#pragma once

#include <string>
#include <string_view>
#include <variant>

#include "text/visible_text.hpp"

namespace unxref {

// The text, or why there is none: "damaged PDF …", "encrypted PDF …", "PDF without a text layer …".
std::variant<VisibleText, std::string> read_pdf(std::string_view bytes);

}  // namespace unxref
