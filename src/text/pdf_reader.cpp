#include "text/pdf_reader.hpp"

#include <poppler-document.h>
#include <poppler-global.h>
#include <poppler-page.h>

#include <climits>
#include <memory>
#include <mutex>

#include "text/utf8.hpp"

namespace unxref {
namespace {

// poppler reports every repaired cross-reference table on stderr; our error says it once.
void silence_poppler() {
    static std::once_flag once;
    std::call_once(once, [] { poppler::set_debug_error_function([](const std::string&, void*) {}, nullptr); });
}

bool is_layout_space(char c) { return c == ' ' || c == '\n' || c == '\r' || c == '\f'; }

// Poppler ends each page with a form feed; ours go at the start of the next page.
std::string page_text(const poppler::page& page) {
    poppler::byte_array utf8 = page.text().to_utf8();
    std::string text(utf8.begin(), utf8.end());
    while (!text.empty() && is_layout_space(text.back())) text.pop_back();
    for (char& c : text)  // font-encoding garbage: keep the offsets, lose the control bytes
        if (static_cast<unsigned char>(c) < 0x20 && c != '\n' && c != '\t') c = ' ';
    return text;
}

}  // namespace

std::variant<VisibleText, std::string> read_pdf(std::string_view bytes) {
    silence_poppler();
    if (bytes.size() > static_cast<std::size_t>(INT_MAX)) return "PDF too large for poppler";
    std::unique_ptr<poppler::document> document(
        poppler::document::load_from_raw_data(bytes.data(), static_cast<int>(bytes.size())));
    if (!document) return "damaged PDF: poppler cannot read its structure";
    if (document->is_locked()) return "encrypted PDF: it needs a password to be read";
    int pages = document->pages();
    if (pages <= 0) return "damaged PDF: no pages";
    VisibleText visible;
    bool any_text = false;
    for (int i = 0; i < pages; ++i) {
        std::unique_ptr<poppler::page> page(document->create_page(i));
        std::string text = page ? page_text(*page) : std::string{};
        any_text = any_text || text.find_first_not_of(" \t\n") != std::string::npos;
        if (i > 0) visible.text += '\f';
        visible.text += text;
        visible.text += '\n';
    }
    if (!any_text) return "PDF without a text layer (a scan?): run OCR on it first";
    // a broken ToUnicode map can yield lone surrogates: mark those characters as unknown
    for (std::size_t from = 0;;) {
        std::size_t bad = first_invalid_utf8(std::string_view(visible.text).substr(from));
        if (bad == std::string_view::npos) break;
        visible.text.replace(from + bad, 1, "\xEF\xBF\xBD");
        from += bad + 3;
    }
    return visible;
}

}  // namespace unxref
