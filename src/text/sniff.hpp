// What a file is, told from its bytes first (magic numbers) and its name second.
#pragma once

#include <string>
#include <string_view>

namespace unxref {

enum class SourceFormat { txt, md, html, pdf, docx };

std::string_view to_string(SourceFormat format);

struct Sniffed {
    SourceFormat format = SourceFormat::txt;
    std::string refusal;  // non-empty: a binary format unxref does not read, with the reason
};

// `%PDF-` is a PDF; a ZIP with a word/document.xml member a Word .docx; `<html` or
// `<!DOCTYPE html` near the start HTML (as is a .html/.htm name); otherwise .md by name, else text.
// Old OLE Word files and other ZIP archives are refused.
Sniffed sniff_format(std::string_view bytes, std::string_view path);

}  // namespace unxref
