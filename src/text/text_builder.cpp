#include "text/text_builder.hpp"

#include <algorithm>

namespace unxref {
namespace {

constexpr std::size_t unset = std::string::npos;

bool ascii_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

}  // namespace

bool TextBuilder::at_line_start() const { return out_.empty() || out_.back() == '\n' || pending_newlines_ > 0; }

void TextBuilder::put(std::string_view visible) {
    if (visible.empty()) return;
    if (!out_.empty() && pending_newlines_ > 0) out_.append(static_cast<std::size_t>(pending_newlines_), '\n');
    else if (pending_space_ && !at_line_start()) out_ += ' ';
    pending_newlines_ = 0;
    pending_space_ = false;
    for (auto& link : open_)
        if (link.begin == unset) link.begin = out_.size();
    out_ += visible;
}

void TextBuilder::text(std::string_view s) {
    std::size_t run = 0;
    for (std::size_t i = 0; i <= s.size(); ++i) {
        unsigned char c = i < s.size() ? static_cast<unsigned char>(s[i]) : '\n';
        bool control = c < 0x20 && c != '\t';
        if (!control && i < s.size()) continue;
        put(s.substr(run, i - run));
        if (i < s.size()) {
            if (c == '\n') line_break();
            else if (c != '\r') put(" ");
        }
        run = i + 1;
    }
}

void TextBuilder::collapsible(std::string_view s) {
    std::size_t i = 0;
    while (i < s.size()) {
        if (ascii_space(s[i])) {
            space();
            while (i < s.size() && ascii_space(s[i])) ++i;
            continue;
        }
        std::size_t word = i;
        while (i < s.size() && !ascii_space(s[i])) ++i;
        text(s.substr(word, i - word));
    }
}

void TextBuilder::space() { pending_space_ = true; }

void TextBuilder::cell_separator() {
    space();
    put("|");  // also after an empty first cell, so that the columns keep their places
    space();
}

void TextBuilder::line_break() {
    pending_space_ = false;
    pending_newlines_ = std::max(pending_newlines_, 1);
}

void TextBuilder::blank_line() {
    pending_space_ = false;
    pending_newlines_ = 2;
}

void TextBuilder::open_link(std::string target) { open_.push_back({unset, unset, std::move(target)}); }

void TextBuilder::close_link() {
    if (open_.empty()) return;
    ExplicitLink link = std::move(open_.back());
    open_.pop_back();
    if (link.begin == unset) return;
    link.end = out_.size();
    links_.push_back(std::move(link));
}

VisibleText TextBuilder::finish() {
    while (!open_.empty()) close_link();
    if (!out_.empty()) out_ += '\n';
    std::stable_sort(links_.begin(), links_.end(),
                     [](const ExplicitLink& a, const ExplicitLink& b) { return a.begin < b.begin; });
    return {std::move(out_), std::move(links_)};
}

}  // namespace unxref
