#include "refs/symbol.hpp"

#include <algorithm>
#include <array>

#include "grammar.hpp"
#include "text/chars.hpp"

namespace unxref {

using namespace std::string_view_literals;

namespace {

// Series prefixes from the Dag Hammarskjöld Library's symbol guide and the corpus.
constexpr std::string_view known_series[] = {
    "A",    "S",     "E",     "T",     "ST",    "CRC",   "CCPR",  "CEDAW", "CERD",   "CAT",   "CMW",    "CED",
    "CRPD", "DP",    "TD",    "UNEP",  "CTOC",  "SPLOS", "ESCAP", "CEB",   "UNODC",  "CD",    "ECE",    "ECA",
    "ECLAC", "ESCWA", "FCCC", "ICCD",  "HRI",   "JIU",   "ISBA",  "ITLOS", "UNW",    "IDB",   "PBC",    "ACC",
    "NPT",  "BWC",   "CCW",   "APLC",  "ATT",   "CBD",   "UNDP",  "UNFPA", "UNICEF", "WFP",   "UNHCR",  "SPC",
    "AC",   "CN",    "ICEF",  "TRANS", "UNCITRAL", "UNITAR", "UNU", "HS"};

using chars::is_alnum;
using chars::is_digit;

}  // namespace

bool is_known_series(std::string_view series) {
    return std::find(std::begin(known_series), std::end(known_series), series) != std::end(known_series);
}

namespace {

// What canonical ids drop: spaces, line breaks, the reissue star, no-break (U+00A0), narrow
// no-break (U+202F) and thin (U+2009) spaces.
bool is_ignorable_byte(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '*'; }
// The length of what canonical ids drop at text[i], or 0.
std::size_t ignorable_at(std::string_view text, std::size_t i) {
    return is_ignorable_byte(text[i]) ? 1 : chars::wide_space_length(text, i);
}

// The same, of what ends `text`.
std::size_t ignorable_before(std::string_view text) {
    if (text.empty()) return 0;
    return is_ignorable_byte(text.back()) ? 1 : chars::wide_space_ending(text);
}

// "Add.l", "Rev.I" (OCR for "Add.1", "Rev.1"): the grammar accepts them; the id says 1.
void repair_ocr_one(std::string& id) {
    for (std::size_t dot = id.find('.'); dot != std::string::npos; dot = id.find('.', dot + 1)) {
        if (dot + 1 >= id.size() || (id[dot + 1] != 'l' && id[dot + 1] != 'I')) continue;
        bool alone = dot + 2 == id.size() || id[dot + 2] == '/' || id[dot + 2] == '(' || id[dot + 2] == '-';
        bool after_modifier = false;
        for (std::string_view modifier : {"Add"sv, "Rev"sv, "Corr"sv, "Amend"sv})
            after_modifier = after_modifier || (dot >= modifier.size() && id.compare(dot - modifier.size(), modifier.size(), modifier) == 0);
        if (alone && after_modifier) id[dot + 1] = '1';
    }
}

}  // namespace

std::string canonical_symbol(std::string_view text) {
    std::string id;
    id.reserve(text.size());
    for (std::size_t i = 0; i < text.size();) {
        if (std::size_t skip = ignorable_at(text, i)) {
            i += skip;
            continue;
        }
        id += text[i++];
    }
    return id;
}

bool is_canonical_symbol(std::string_view text, std::string_view id) {
    std::size_t k = 0;
    for (std::size_t i = 0; i < text.size();) {
        if (std::size_t skip = ignorable_at(text, i)) {
            i += skip;
            continue;
        }
        if (k >= id.size() || text[i++] != id[k++]) return false;
    }
    return k == id.size();
}

bool may_start_canonical_symbol(std::string_view text, std::string_view id, std::size_t chars) {
    std::size_t k = 0;
    for (std::size_t i = 0; i < text.size() && k < id.size() && k < chars;) {
        if (std::size_t skip = ignorable_at(text, i)) {
            i += skip;
            continue;
        }
        if (text[i++] != id[k++]) return false;
    }
    return k > 0 && (k == chars || k == id.size());
}

bool may_end_canonical_symbol(std::string_view text, std::string_view id, std::size_t chars) {
    std::size_t k = 0;
    while (!text.empty() && k < id.size() && k < chars) {
        if (std::size_t skip = ignorable_before(text)) {
            text.remove_suffix(skip);
            continue;
        }
        if (text.back() != id[id.size() - 1 - k]) return false;
        text.remove_suffix(1);
        ++k;
    }
    return k > 0 && (k == chars || k == id.size());
}

std::optional<SymbolHit> symbol_at(std::string_view text, std::size_t begin) {
    if (begin > 0) {
        char before = text[begin - 1];
        if (is_alnum(before) || before == '/' || before == '.' || before == '-' || before == '_') return std::nullopt;
    }
    const char* first = text.data() + begin;
    const char* last = text.data() + text.size();
    const char* end = grammar::parse_symbol(first, last);
    if (!end) return std::nullopt;
    // A symbol never runs straight into a word, a longer number or another slash.
    if (end < last && (is_alnum(*end) || *end == '/')) return std::nullopt;
    std::string_view raw(first, static_cast<std::size_t>(end - first));
    // Trailing line-break whitespace is never part of the symbol.
    while (!raw.empty() && (raw.back() == ' ' || raw.back() == '\n' || raw.back() == '\r' || raw.back() == '\t'))
        raw.remove_suffix(1);
    std::string id = canonical_symbol(raw);
    repair_ocr_one(id);
    auto slash = id.find('/');
    std::string_view series(id.data(), slash);
    std::size_t components = static_cast<std::size_t>(std::count(id.begin(), id.end(), '/')) + 1;
    bool all_capitals = std::all_of(series.begin(), series.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
    // another body's series (CAC/COSP/2021/17, WT/L/508/Add.1, SR/CONF/45): capitals and three
    // components; a two-letter series also needs a lettered component, since "NV/78/74" (a note
    // verbale's number) or "LW/7/1" (OCR) are no symbols
    bool lettered = std::any_of(id.begin() + static_cast<long>(slash), id.end(), [](char c) { return chars::is_upper(c); });
    bool series_ok = is_known_series(series) ||
                     (all_capitals && series.size() >= 2 && components >= 3 && (series.size() >= 3 || lettered));
    if (!series_ok) return std::nullopt;
    if (std::none_of(id.begin() + static_cast<long>(slash), id.end(), is_digit)) return std::nullopt;
    // no UN symbol holds a number of more than six digits: a longer run is garbage (a 100,000-
    // digit "id" became a graph label that Graphviz refuses)
    constexpr std::size_t longest_number = 6;
    for (std::size_t run = 0, i = slash; i < id.size(); ++i)
        if ((run = is_digit(id[i]) ? run + 1 : 0) > longest_number) return std::nullopt;
    return SymbolHit{begin, begin + raw.size(), std::move(id)};
}

std::optional<std::string> symbol_from_file_name(std::string_view path) {
    auto slash = path.find_last_of('/');
    std::string_view name = slash == std::string_view::npos ? path : path.substr(slash + 1);
    // drop ".en.txt", ".de.md", ".en.pdftotext.txt": the language tag, tool tag and extension
    for (int i = 0; i < 3; ++i) {
        auto dot = name.find_last_of('.');
        if (dot == std::string_view::npos) break;
        std::string_view ext = name.substr(dot + 1);
        bool tag = ext.size() <= 10 && std::all_of(ext.begin(), ext.end(), [](char c) { return c >= 'a' && c <= 'z'; });
        if (!tag) break;
        name = name.substr(0, dot);
    }
    // a file name is weaker evidence than text: "ZWE_79_2024.en.txt" (a speech) is no symbol;
    // told by the series before the grammar runs
    if (!is_known_series(name.substr(0, name.find('_')))) return std::nullopt;
    std::string candidate(name);
    std::replace(candidate.begin(), candidate.end(), '_', '/');
    for (auto at = candidate.find("/("); at != std::string::npos; at = candidate.find("/(")) candidate.erase(at, 1);
    auto hit = symbol_at(candidate, 0);
    if (!hit || hit->end != candidate.size()) return std::nullopt;
    return hit->id;
}

}  // namespace unxref
