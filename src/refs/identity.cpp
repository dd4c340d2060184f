#include "refs/identity.hpp"

#include <cstring>
#include <optional>
#include <unordered_map>

#include "grammar.hpp"
#include "refs/act_id.hpp"
#include "refs/anchors.hpp"
#include "refs/organ.hpp"
#include "refs/symbol.hpp"
#include "text/chars.hpp"

namespace unxref {

using namespace std::string_view_literals;

namespace {

constexpr std::size_t masthead_lines = 40;

std::string_view trim(std::string_view s) {
    auto is_space = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '#' || c == '*'; };
    while (!s.empty() && is_space(s.front())) s.remove_prefix(1);
    while (!s.empty() && is_space(s.back())) s.remove_suffix(1);
    return s;
}

// "68/192. Title" or "Resolution 549 (1984)" at the start of a line (also "Резолюция 2203
// (2015),", "القرار 2203 (2015)", and "第2203(2015)号决议" alone on its line).
std::string title_act(std::string_view line, Organ home) {
    bool keyword = false;
    if (line.starts_with(chinese_ordinal) && line.ends_with(chinese_resolution)) {
        line = line.substr(chinese_ordinal.size(), line.size() - chinese_ordinal.size() - chinese_resolution.size());
        keyword = true;
    }
    for (std::string_view word : {"Resolution "sv, "RESOLUTION "sv, "Decision "sv, "DECISION "sv, "R\xC3\xA9solution "sv,
                                  "R\xC3\x89SOLUTION "sv, "Resoluci\xC3\xB3n "sv, "RESOLUCI\xC3\x93N "sv, "D\xC3\xA9" "cision "sv,
                                  "Decisi\xC3\xB3n "sv,
                                  "\xD0\xA0\xD0\xB5\xD0\xB7\xD0\xBE\xD0\xBB\xD1\x8E\xD1\x86\xD0\xB8\xD1\x8F "sv,  // Резолюция
                                  "\xD8\xA7\xD9\x84\xD9\x82\xD8\xB1\xD8\xA7\xD8\xB1 "sv}) {                           // القرار
        if (line.starts_with(word)) {
            line.remove_prefix(word.size());
            keyword = true;
            break;
        }
    }
    // no number ends at a full stop or comma: "1. Mr. President," is a numbered paragraph (the
    // grammar itself dismisses lines that start with no digit, "S-" or "ES-")
    std::size_t digits = 0;
    while (digits < line.size() && chars::is_digit(line[digits])) ++digits;
    if (digits == line.size() || line[digits] == '.' || line[digits] == ',') return {};
    grammar::NumberMatch number;
    if (!grammar::parse_number(line.data(), line.data() + line.size(), number)) return {};
    std::string_view rest(number.end, static_cast<std::size_t>(line.data() + line.size() - number.end));
    bool title = rest.starts_with(". ") || rest.starts_with(".\t") || rest == ".";
    // (Russian puts a comma after the number: "Резолюция 2203 (2015)," | "принятая Советом …")
    if (!title && !(keyword && (trim(rest).empty() || rest == "," || rest.starts_with(" of ") || rest.starts_with(" du "))))
        return {};
    auto id = act_id(number, Organ::unknown, home, false);
    return id ? id->id : std::string{};
}

// The title after "80/192. ": that line's rest and the lines wrapped after it, up to a blank
// line, spaces collapsed (the series of a resolution is told by its title).
std::string title_after(std::string_view text, std::size_t line_begin) {
    std::string title;
    std::size_t pos = line_begin;
    for (int lines = 0; lines < 6 && pos < text.size(); ++lines) {
        std::size_t end = text.find('\n', pos);
        if (end == std::string_view::npos) end = text.size();
        std::string_view t = trim(text.substr(pos, end - pos));
        pos = end + 1;
        if (lines == 0) {
            std::size_t dot = t.find(". ");
            // "80/192. " or "78/250 B. ", not "Resolution 549 (1984) of 1 Dec. 1984"
            if (dot == std::string_view::npos || dot > 12 || t[0] < '0' || t[0] > '9') return {};
            t = trim(t.substr(dot + 2));
        }
        if (t.empty()) break;
        for (char c : t) {
            bool space = c == ' ' || c == '\t';
            if (space && (title.empty() || title.back() == ' ')) continue;
            title += space ? ' ' : c;
        }
        if (!title.empty() && title.back() != ' ') title += ' ';
    }
    while (!title.empty() && title.back() == ' ') title.pop_back();
    return title;
}

// A symbol that is a whole line, or the last piece of one after a wide gap
// ("United Nations      A/C.3/80/L.2" in physical-layout PDF text).
std::optional<std::string> line_symbol(std::string_view t) {
    for (std::size_t from : {std::size_t{0}, t.rfind("  ")}) {
        if (from == std::string_view::npos) continue;
        std::string_view piece = trim(t.substr(from));
        auto hit = symbol_at(piece, 0);
        if (hit && hit->end == piece.size()) return hit->id;
    }
    return std::nullopt;
}

// The symbol of a meeting record that running headers repeat on every page of a speech
// ("01/10/2015 A/70/PV.22", "A/63/PV.13"): a symbol on two or more short lines of at most
// three words. Only asked when neither masthead nor title line names the document.
std::string repeated_header_symbol(std::string_view text, const std::vector<Anchor>& anchors) {
    constexpr std::size_t longest_header = 60;
    std::unordered_map<std::string, int> seen;
    // only lines with a '/' can hold a symbol: go from slash to slash (the anchor pass found
    // them; searching the text for them again read every speech a second time), not line by line
    std::size_t line_end = 0;  // end of the last line read: its other slashes are passed over
    for (auto const& anchor : anchors) {
        if (anchor.kind != AnchorKind::slash || (line_end > 0 && anchor.pos <= line_end)) continue;
        std::size_t slash = anchor.pos;
        auto* before = static_cast<const char*>(::memrchr(text.data(), '\n', slash));
        std::size_t pos = before ? static_cast<std::size_t>(before - text.data()) + 1 : 0;
        std::size_t end = std::min(text.find('\n', slash), text.size());
        line_end = end;
        std::string_view t = trim(text.substr(pos, end - pos));
        if (t.empty() || t.size() > longest_header) continue;
        std::size_t words = 0;
        for (std::size_t at = 0; at < t.size();) {
            std::size_t word_end = std::min(t.find(' ', at), t.size());
            if (word_end > at) {
                ++words;
                std::string_view word = t.substr(at, word_end - at);
                auto hit = symbol_at(word, 0);
                if (hit && hit->end == word.size() && words <= 3) ++seen[hit->id];
            }
            at = word_end + 1;
        }
    }
    std::string best;
    int most = 1;
    for (auto const& [id, count] : seen)
        if (count > most || (count == most && count > 1 && id < best)) best = id, most = count;
    return best;
}

}  // namespace

Identity find_identity(std::string_view text, std::string_view path, const std::vector<Anchor>& anchors) {
    Identity identity;
    std::size_t pos = 0;
    for (std::size_t line = 0; line < masthead_lines && pos < text.size(); ++line) {
        std::size_t end = text.find('\n', pos);
        if (end == std::string_view::npos) end = text.size();
        std::string_view t = trim(text.substr(pos, end - pos));
        // a masthead line is short ("United Nations      A/C.3/80/L.2"); a speech's first lines
        // are whole paragraphs, not worth reading for a symbol
        constexpr std::size_t longest_masthead_line = 160;
        if (identity.symbol.empty() && !t.empty() && t.size() <= longest_masthead_line &&
            t.find('/') != std::string_view::npos)  // every symbol has a '/'
            if (auto symbol = line_symbol(t)) identity.symbol = *symbol;
        // a title line names the act only in a resolution or decision, not in a draft or a report
        // whose masthead gave another symbol ("Resolution 217 A (III)." is then a footnote)
        bool may_be_act = identity.symbol.empty() || kind_of_id(identity.symbol) != Kind::document;
        if (identity.act_id.empty() && !t.empty() && may_be_act) {
            identity.act_id = title_act(t, organ_of_symbol(identity.symbol));
            if (!identity.act_id.empty()) identity.title = title_after(text, pos);
        }
        pos = end + 1;
    }
    if (identity.symbol.empty()) identity.symbol = identity.act_id;
    if (identity.symbol.empty()) identity.symbol = repeated_header_symbol(text, anchors);
    if (identity.symbol.empty())
        if (auto from_name = symbol_from_file_name(path)) identity.symbol = *from_name;
    return identity;
}

}  // namespace unxref
