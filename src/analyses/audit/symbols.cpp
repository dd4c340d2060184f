// Suspicious symbols and numbers found in the text itself (the extractor never reports them: a
// symbol with a Cyrillic С or an OCR'd "Al36/308" does not parse). Every check proposes the
// corrected form and only fires when that form is a symbol (or a number in a citation context),
// so that Russian words with a slash or "Protocol I4" (Protocol I, note 4) stay quiet.
#include <fmt/format.h>

#include <algorithm>

#include "analyses/audit/checks.hpp"
#include "grammar.hpp"
#include "refs/symbol.hpp"
#include "text/chars.hpp"

namespace unxref::audit {
namespace {

using chars::is_alnum;
using chars::is_ascii_letter;
using chars::is_digit;
using chars::is_upper;

struct LookAlike {
    char16_t code;
    char ascii;
    std::string_view script;
};

// Cyrillic and Greek letters drawn like Latin capitals (and the lower-case ones seen in symbols).
constexpr LookAlike look_alikes[] = {
    {u'\u0410', 'A', "Cyrillic"}, {u'\u0412', 'B', "Cyrillic"}, {u'\u0415', 'E', "Cyrillic"},
    {u'\u041A', 'K', "Cyrillic"}, {u'\u041C', 'M', "Cyrillic"}, {u'\u041D', 'H', "Cyrillic"},
    {u'\u041E', 'O', "Cyrillic"}, {u'\u0420', 'P', "Cyrillic"}, {u'\u0421', 'C', "Cyrillic"},
    {u'\u0422', 'T', "Cyrillic"}, {u'\u0425', 'X', "Cyrillic"}, {u'\u0423', 'Y', "Cyrillic"},
    {u'\u0405', 'S', "Cyrillic"}, {u'\u0406', 'I', "Cyrillic"}, {u'\u0408', 'J', "Cyrillic"},
    {u'\u0430', 'a', "Cyrillic"}, {u'\u0435', 'e', "Cyrillic"}, {u'\u043E', 'o', "Cyrillic"},
    {u'\u0440', 'p', "Cyrillic"}, {u'\u0441', 'c', "Cyrillic"}, {u'\u0445', 'x', "Cyrillic"},
    {u'\u0456', 'i', "Cyrillic"}, {u'\u0391', 'A', "Greek"},    {u'\u0392', 'B', "Greek"},
    {u'\u0395', 'E', "Greek"},    {u'\u0396', 'Z', "Greek"},    {u'\u0397', 'H', "Greek"},
    {u'\u0399', 'I', "Greek"},    {u'\u039A', 'K', "Greek"},    {u'\u039C', 'M', "Greek"},
    {u'\u039D', 'N', "Greek"},    {u'\u039F', 'O', "Greek"},    {u'\u03A1', 'P', "Greek"},
    {u'\u03A4', 'T', "Greek"},    {u'\u03A5', 'Y', "Greek"},    {u'\u03A7', 'X', "Greek"},
    {u'\u03BF', 'o', "Greek"},
};

// The two-byte UTF-8 character at `i` if it is a Cyrillic or Greek letter: its code point, else 0.
char16_t two_byte_at(std::string_view text, std::size_t i) {
    if (i + 1 >= text.size()) return 0;
    auto lead = static_cast<unsigned char>(text[i]), next = static_cast<unsigned char>(text[i + 1]);
    if (lead < 0xCE || lead > 0xD3 || (next & 0xC0) != 0x80) return 0;
    return static_cast<char16_t>(((lead & 0x1F) << 6) | (next & 0x3F));
}

const LookAlike* look_alike(char16_t code) {
    for (auto const& l : look_alikes)
        if (l.code == code) return &l;
    return nullptr;
}

bool token_byte(char c) { return is_alnum(c) || c == '.' || c == '-' || c == '/'; }

// Length of the token character at i (1 for ASCII symbol bytes, 2 for a Cyrillic/Greek letter), 0 if none.
std::size_t token_char_at(std::string_view text, std::size_t i) {
    if (token_byte(text[i])) return 1;
    return two_byte_at(text, i) ? 2 : 0;
}

struct Token {
    std::size_t begin, end;
};

// The run of symbol characters around the slash at `slash`, without trailing '.' or '-'.
Token token_around(std::string_view text, std::size_t slash) {
    std::size_t begin = slash;
    while (begin > 0) {
        if (token_byte(text[begin - 1])) --begin;
        else if (begin >= 2 && two_byte_at(text, begin - 2)) begin -= 2;
        else break;
    }
    std::size_t end = slash;
    while (end < text.size()) {
        std::size_t n = token_char_at(text, end);
        if (!n) break;
        end += n;
    }
    while (end > begin && (text[end - 1] == '.' || text[end - 1] == '-')) --end;
    while (begin < end && (text[begin] == '.' || text[begin] == '-')) ++begin;
    return {begin, end};
}

bool in_url(std::string_view text, Token t) {
    std::size_t from = t.begin >= 12 ? t.begin - 12 : 0;
    std::string_view around = text.substr(from, t.end - from);
    return t.begin > 0 && (text[t.begin - 1] == ':' || text[t.begin - 1] == '/' || text[t.begin - 1] == '@' ||
                           around.find("://") != std::string_view::npos || around.find("www.") != std::string_view::npos ||
                           around.find(".org") != std::string_view::npos || around.find(".int") != std::string_view::npos);
}

bool parses_whole(std::string_view candidate) {
    auto hit = symbol_at(candidate, 0);
    return hit && hit->end == candidate.size();
}

bool confusable(char c) { return c == 'O' || c == 'l' || c == 'I'; }

// Digits with O, l or I among them ("6O", "l0", "I11"): a number OCR misread.
bool ocr_number(std::string_view s) {
    return s.size() >= 2 && std::all_of(s.begin(), s.end(), [](char c) { return is_digit(c) || confusable(c); }) &&
           std::any_of(s.begin(), s.end(), is_digit) && std::any_of(s.begin(), s.end(), confusable);
}

std::string ocr_digits(std::string_view s) {
    std::string out(s);
    for (char& c : out) c = c == 'O' ? '0' : (c == 'l' || c == 'I') ? '1' : c;
    return out;
}

// A trailing "l" after digits may be a ")" just as well as a "1" ("Add.1l"): no fix then.
bool ambiguous_ocr(std::string_view s) { return s.size() >= 2 && s.back() == 'l' && is_digit(s[s.size() - 2]); }

void lookalike_token(std::string_view text, Token t, Findings& out) {
    std::string mapped;
    std::string letters;
    for (std::size_t i = t.begin; i < t.end;) {
        if (token_byte(text[i])) {
            mapped += text[i++];
            continue;
        }
        auto const* l = look_alike(two_byte_at(text, i));
        if (!l) return;  // a word of another script, not a symbol
        mapped += l->ascii;
        if (letters.find(std::string(text.substr(i, 2))) == std::string::npos)
            letters += fmt::format("{}{} {} (U+{:04X}) for {}", letters.empty() ? "" : ", ", l->script,
                                   text.substr(i, 2), static_cast<unsigned>(l->code), l->ascii);
        i += 2;
    }
    if (!parses_whole(mapped)) return;
    Finding f = make_finding("symbol-lookalike", t.begin, t.end,
                             fmt::format("symbol {} contains {}; it should read {}", text.substr(t.begin, t.end - t.begin),
                                         letters, mapped));
    f.fix = Fix{t.begin, t.end, mapped};
    out.push_back(std::move(f));
}

// "Al36/308-Sl14506": the slash after a one- or two-letter series read as "l" or "I".
bool slash_as_letter(std::string_view text, Token t, Findings& out) {
    std::string_view token = text.substr(t.begin, t.end - t.begin);
    std::string fixed(token);
    bool changed = false;
    for (std::size_t start = 0; start < fixed.size();) {
        std::size_t letters = 0;
        while (start + letters < fixed.size() && is_upper(fixed[start + letters])) ++letters;
        std::size_t at = start + letters;
        if (letters >= 1 && letters <= 2 && at + 1 < fixed.size() && (fixed[at] == 'l' || fixed[at] == 'I') &&
            is_digit(fixed[at + 1]) && is_known_series(std::string_view(fixed).substr(start, letters))) {
            fixed[at] = '/';
            changed = true;
        }
        auto dash = fixed.find('-', start);
        if (dash == std::string::npos) break;
        start = dash + 1;
    }
    if (!changed) return false;
    // "A/36/308-S/14506" is a joint symbol: each part must be one
    for (auto part : chars::split(fixed, '-'))
        if (part.find('/') != std::string_view::npos && !parses_whole(part)) return false;
    Finding f = make_finding("symbol-unknown-series", t.begin, t.end,
                             fmt::format("{} has no known series: a slash read as a letter? It should read {}", token,
                                         fixed));
    f.fix = Fix{t.begin, t.end, fixed};
    out.push_back(std::move(f));
    return true;
}

void ascii_token(std::string_view text, Token t, Findings& out) {
    std::string_view token = text.substr(t.begin, t.end - t.begin);
    auto parts = chars::split(token, '/');
    if (!is_known_series(parts[0])) {
        slash_as_letter(text, t, out);
        return;
    }
    if (std::none_of(token.begin(), token.end(), is_digit) && !(t.end < text.size() && text[t.end] == ' ')) return;

    // empty components: "A//68/1", "A/RES/68/" before punctuation (a slash at a line end is a wrapped symbol)
    if (token.find("//") != std::string_view::npos) {
        std::string fixed(token);
        for (auto at = fixed.find("//"); at != std::string::npos; at = fixed.find("//")) fixed.erase(at, 1);
        Finding f = make_finding("symbol-empty-component", t.begin, t.end,
                                 fmt::format("symbol {} has an empty component; it should read {}", token, fixed));
        if (parses_whole(fixed)) f.fix = Fix{t.begin, t.end, fixed};
        out.push_back(std::move(f));
        return;
    }
    if (token.back() == '/') {
        char next = t.end < text.size() ? text[t.end] : '\n';
        // "S/ 13697": OCR put a space after the slash
        if (next == ' ' && t.end + 1 < text.size() && is_digit(text[t.end + 1])) {
            std::size_t digits_end = t.end + 1;
            while (digits_end < text.size() && token_byte(text[digits_end])) ++digits_end;
            while (text[digits_end - 1] == '.' || text[digits_end - 1] == '-') --digits_end;
            std::string fixed = std::string(token) + std::string(text.substr(t.end + 1, digits_end - t.end - 1));
            if (!parses_whole(fixed)) return;
            Finding f = make_finding("symbol-ocr", t.begin, digits_end,
                                     fmt::format("symbol {} has a space after its slash; it should read {}",
                                                 text.substr(t.begin, digits_end - t.begin), fixed));
            f.fix = Fix{t.begin, digits_end, fixed};
            out.push_back(std::move(f));
        } else if (next == ',' || next == ';' || next == ')' || next == '.') {
            if (std::none_of(token.begin(), token.end(), is_digit)) return;
            Finding f = make_finding("symbol-empty-component", t.begin, t.end,
                                     fmt::format("symbol {} ends with an empty component", token));
            out.push_back(std::move(f));
        }
        return;
    }
    // OCR digits inside components: "A/6O/1", "L.1O", "S/RES/l234"
    std::string fixed;
    bool suspicious = false, ambiguous = false;
    for (std::size_t i = 0; i < parts.size(); ++i) {
        if (i) fixed += '/';
        auto pieces = chars::split(parts[i], '.');
        for (std::size_t k = 0; k < pieces.size(); ++k) {
            if (k) fixed += '.';
            if (i > 0 && ocr_number(pieces[k])) {
                suspicious = true;
                ambiguous = ambiguous || ambiguous_ocr(pieces[k]);
                fixed += ocr_digits(pieces[k]);
            } else {
                fixed += pieces[k];
            }
        }
    }
    if (!suspicious) return;
    Finding f = make_finding("symbol-ocr", t.begin, t.end,
                             ambiguous ? fmt::format("symbol {} mixes letters into a number (OCR?); "
                                                     "the last \"l\" may be a \"1\" or a \")\"", token)
                                       : fmt::format("symbol {} mixes letters into a number (OCR); it should read {}",
                                                     token, fixed));
    if (!ambiguous && parses_whole(fixed)) f.fix = Fix{t.begin, t.end, fixed};
    out.push_back(std::move(f));
}

void slash_tokens(std::string_view text, Findings& out) {
    std::size_t done = 0;
    for (std::size_t slash = text.find('/'); slash != std::string_view::npos; slash = text.find('/', slash + 1)) {
        if (slash < done) continue;
        Token t = token_around(text, slash);
        done = std::max(t.end, slash + 1);
        if (t.end <= t.begin || text[t.begin] == '/' || in_url(text, t)) continue;
        bool has_other_script = false;
        for (std::size_t i = t.begin; i < t.end; ++i)
            if (static_cast<unsigned char>(text[i]) >= 0x80) has_other_script = true;
        if (has_other_script) lookalike_token(text, t, out);
        else ascii_token(text, t, out);
    }
}

// Words that may precede a number of a citation: an OCR'd number there is a misread act or volume.
bool citation_context_before(std::string_view text, std::size_t at) {
    for (std::string_view w : {"resolution ", "resolutions ", "Resolution ", "decision ", "vol. ", "vols. ", "No. ",
                               "Nos. ", "No ", "r\xC3\xA9solution ", "resoluci\xC3\xB3n "})
        if (at >= w.size() && text.compare(at - w.size(), w.size(), w) == 0) return true;
    return false;
}

// ... or follow it: "I11 (1956)" (a Security Council number and year), "2l8 (XXI)".
bool year_after(std::string_view text, std::size_t end) {
    std::size_t p = end;
    if (p < text.size() && text[p] == ' ') ++p;
    if (p >= text.size() || text[p] != '(') return false;
    std::size_t close = text.find(')', p);
    if (close == std::string_view::npos || close - p > 8) return false;
    std::string_view inside = text.substr(p + 1, close - p - 1);
    bool year = inside.size() == 4 && std::all_of(inside.begin(), inside.end(), is_digit) &&
                (inside.starts_with("19") || inside.starts_with("20"));
    bool roman = !inside.empty() && std::all_of(inside.begin(), inside.end(), [](char c) {
        return c == 'I' || c == 'V' || c == 'X' || c == 'L' || c == 'S' || c == 'E' || c == '-';
    });
    return year || roman;
}

void ocr_numbers(std::string_view text, Findings& out) {
    for (std::size_t i = 0; i < text.size();) {
        if (!(is_digit(text[i]) || confusable(text[i])) || (i > 0 && (is_alnum(text[i - 1]) || text[i - 1] == '/' ||
                                                                     text[i - 1] == '.' || text[i - 1] == '-'))) {
            ++i;
            continue;
        }
        std::size_t end = i;
        while (end < text.size() && (is_digit(text[end]) || confusable(text[end]))) ++end;
        std::string_view word = text.substr(i, end - i);
        bool bounded = end >= text.size() || !(is_ascii_letter(text[end]) || text[end] == '/');
        if (bounded && ocr_number(word) && (citation_context_before(text, i) || year_after(text, end))) {
            Finding f = make_finding("symbol-ocr", i, end,
                                     fmt::format("number {} in a citation mixes letters into digits (OCR); "
                                                 "it should read {}", word, ocr_digits(word)));
            if (!ambiguous_ocr(word)) f.fix = Fix{i, end, ocr_digits(word)};
            out.push_back(std::move(f));
        }
        i = end;
    }
}

// Month names with OCR confusions: "Apri]", "Ju]y", "0ctober", "Decernber".
void ocr_months(std::string_view text, Findings& out) {
    auto is_month = [](std::string_view name) { return grammar::month_number(name) > 0; };  // the date grammar's names
    auto word_byte = [](char c) { return is_alnum(c) || c == ']'; };
    for (std::size_t i = 0; i < text.size();) {
        if (!word_byte(text[i]) || (i > 0 && (word_byte(text[i - 1]) || static_cast<unsigned char>(text[i - 1]) >= 0x80))) {
            ++i;
            continue;
        }
        std::size_t end = i;
        while (end < text.size() && word_byte(text[end])) ++end;
        std::string_view word = text.substr(i, end - i);
        i = end;
        if (word.size() < 4 || word.size() > 10 || (end < text.size() && static_cast<unsigned char>(text[end]) >= 0x80))
            continue;
        if (word.find_first_of("]10I") == std::string_view::npos && word.find("rn") == std::string_view::npos) continue;
        if (!is_ascii_letter(word[0]) && word[0] != ']' && word[0] != '0') continue;
        std::string fixed;
        for (std::size_t k = 0; k < word.size(); ++k) {
            char c = word[k];
            if (c == ']' || c == '1' || (c == 'I' && k > 0)) c = k == 0 ? 'J' : 'l';
            else if (c == '0') c = k == 0 ? 'O' : 'o';
            fixed += c;
        }
        for (auto at = fixed.find("rn"); at != std::string::npos; at = fixed.find("rn", at + 1)) {
            std::string merged = fixed.substr(0, at) + "m" + fixed.substr(at + 2);
            if (is_month(merged)) fixed = merged;
        }
        if (fixed == word || !is_month(fixed)) continue;
        Finding f = make_finding("date-ocr", static_cast<std::size_t>(word.data() - text.data()), end,
                                 fmt::format("month name {} has an OCR confusion; it should read {}", word, fixed));
        f.fix = Fix{f.begin, f.end, fixed};
        out.push_back(std::move(f));
    }
}

}  // namespace

void check_symbols(std::string_view text, Findings& out) {
    slash_tokens(text, out);
    ocr_numbers(text, out);
    ocr_months(text, out);
}

}  // namespace unxref::audit
