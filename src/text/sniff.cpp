#include "text/sniff.hpp"

#include <algorithm>
#include <cctype>

namespace unxref {
namespace {

bool ends_with_ci(std::string_view s, std::string_view suffix) {
    if (s.size() < suffix.size()) return false;
    return std::equal(suffix.begin(), suffix.end(), s.end() - static_cast<std::ptrdiff_t>(suffix.size()),
                      [](char a, char b) { return std::tolower(static_cast<unsigned char>(a)) == b; });
}

// `<html` or `<!doctype html` after a BOM, white space and comments, within the first KiB.
bool looks_like_html(std::string_view bytes) {
    // plain text (nearly every input) is told at its first byte, before any copy
    std::string_view start = bytes.substr(bytes.starts_with("\xEF\xBB\xBF") ? 3 : 0);
    auto first_byte = start.find_first_not_of(" \t\r\n\f");
    if (first_byte == std::string_view::npos || start[first_byte] != '<') return false;
    std::string head(bytes.substr(0, 1024));
    std::transform(head.begin(), head.end(), head.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    std::string_view h = head;
    if (h.starts_with("\xEF\xBB\xBF")) h.remove_prefix(3);
    while (!h.empty()) {
        auto first = h.find_first_not_of(" \t\r\n\f");
        if (first == std::string_view::npos) return false;
        h.remove_prefix(first);
        if (h.starts_with("<!--")) {  // a comment before the root element
            auto close = h.find("-->");
            if (close == std::string_view::npos) return false;
            h.remove_prefix(close + 3);
            continue;
        }
        if (h.starts_with("<?xml")) {  // XHTML's declaration
            auto close = h.find("?>");
            if (close == std::string_view::npos) return false;
            h.remove_prefix(close + 2);
            continue;
        }
        return h.starts_with("<html") || h.starts_with("<!doctype html");
    }
    return false;
}

}  // namespace

std::string_view to_string(SourceFormat format) {
    switch (format) {
        case SourceFormat::txt: return "txt";
        case SourceFormat::md: return "md";
        case SourceFormat::html: return "html";
        case SourceFormat::pdf: return "pdf";
        case SourceFormat::docx: return "docx";
    }
    return "txt";
}

Sniffed sniff_format(std::string_view bytes, std::string_view path) {
    if (bytes.starts_with("%PDF-")) return {SourceFormat::pdf, {}};
    if (bytes.starts_with("PK\x03\x04")) {
        // member names are stored uncompressed in each local header, so a damaged or truncated
        // .docx still shows its main part
        if (bytes.find("word/document.xml") != std::string_view::npos) return {SourceFormat::docx, {}};
        return {SourceFormat::txt, "ZIP archive that is not a Word .docx (no word/document.xml member)"};
    }
    if (bytes.starts_with("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"))
        return {SourceFormat::txt, "old Word .doc (or other OLE Office file) is not supported; save it as .docx"};
    if (looks_like_html(bytes) || ends_with_ci(path, ".html") || ends_with_ci(path, ".htm"))
        return {SourceFormat::html, {}};
    if (ends_with_ci(path, ".md")) return {SourceFormat::md, {}};
    return {SourceFormat::txt, {}};
}

}  // namespace unxref
