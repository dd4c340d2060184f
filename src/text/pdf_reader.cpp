#include "text/pdf_reader.hpp"

#include <poppler-document.h>
#include <poppler-global.h>
#include <poppler-page.h>

#include <climits>
#include <string>
#include <vector>

#include <fmt/format.h>
#include <memory>
#include <mutex>

#include "text/utf8.hpp"

namespace unxref {
namespace {

// What poppler reported while this thread read its current PDF (it reports through one
// process-wide function, called in the thread that parses): how many, and the first (all of
// them could be millions for a hostile file).
struct PopplerMessages {
    std::size_t count = 0;
    std::string first;
};
thread_local PopplerMessages poppler_messages;

// "error (203416): Illegal character '>'<0a>" -> "Illegal character '>' at byte 203416"
std::string readable(std::string message) {
    while (message.ends_with("<0a>") || message.ends_with("\n"))
        message.erase(message.size() - (message.back() == '\n' ? 1 : 4));
    std::string at;
    if (message.starts_with("error (")) {
        auto close = message.find("): ");
        if (close != std::string::npos) {
            at = " at byte " + message.substr(7, close - 7);
            message.erase(0, close + 3);
        }
    } else if (message.starts_with("error: ")) {
        message.erase(0, 7);
    }
    return message + at;
}

// poppler would print each repair on stderr: the messages are collected instead.
void collect_poppler_messages() {
    static std::once_flag once;
    std::call_once(once, [] {
        poppler::set_debug_error_function(
            [](const std::string& message, void*) {
                if (poppler_messages.count++ == 0) poppler_messages.first = message;
            },
            nullptr);
    });
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
    collect_poppler_messages();
    poppler_messages = {};
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
    // A PDF that poppler had to repair gives text that may be cut or garbled (a third of a
    // file zeroed: "*HQHUDO $VVHPEO\" for "General Assembly"); the UN's own PDFs draw no message.
    if (poppler_messages.count)
        return fmt::format("damaged PDF: poppler reported {} problem{} (first: {}); its text would not be reliable",
                           poppler_messages.count, poppler_messages.count == 1 ? "" : "s",
                           readable(poppler_messages.first));
    // a broken ToUnicode map can yield lone surrogates: mark those characters as unknown
    if (first_invalid_utf8(visible.text) != std::string_view::npos) visible.text = valid_utf8(visible.text);
    return visible;
}

}  // namespace unxref
