#include "refs/footnotes.hpp"

#include <algorithm>
#include <cstring>
#include <set>
#include <string>

#include "grammar.hpp"
#include "text/chars.hpp"

namespace unxref {

using namespace std::string_view_literals;

namespace {

using chars::is_ascii_letter;
using chars::is_digit;
using chars::is_letter_byte;

// (A marker's status is set when the markers are paired with the notes, below.)
Reference make(Kind kind, const std::string& label, std::size_t begin, std::size_t end, std::string status = {}) {
    Reference r;
    r.kind = kind;
    r.id = "fn:" + label;
    r.begin = begin;
    r.end = end;
    r.footnote = label;
    r.status = std::move(status);
    return r;
}

class CitationSpans {
public:
    explicit CitationSpans(const std::vector<Reference>& citations) {
        for (auto const& c : citations) spans_.emplace_back(c.begin, c.end);
        std::sort(spans_.begin(), spans_.end());
    }
    bool contains(std::size_t pos) const {
        auto it = std::upper_bound(spans_.begin(), spans_.end(), std::make_pair(pos, SIZE_MAX));
        while (it != spans_.begin()) {
            --it;
            if (it->first <= pos && pos < it->second) return true;
            if (pos - it->first > 200) break;
        }
        return false;
    }

private:
    std::vector<std::pair<std::size_t, std::size_t>> spans_;
};

// Words after which a spaced number is a count, paragraph, item or page, never a note marker:
// labels ("paragraph 6"), prepositions and articles ("from 13", "de 15").
bool counted_word_before(std::string_view text, std::size_t at) {
    std::size_t end = at;
    while (end > 0 && text[end - 1] == ' ') --end;
    std::size_t begin = end;
    while (begin > 0 && (is_letter_byte(text[begin - 1]) || text[begin - 1] == '.')) --begin;
    std::string_view word = text.substr(begin, end - begin);
    static constexpr std::string_view counted[] = {"paragraph", "paragraphs", "para.", "paras.", "item", "items", "Goal", "Goals", "Agenda",
                               "chapter", "annex", "resolution", "resolutions", "decision", "Article", "article",
                               "section", "vol.", "p.", "No.", "Nr.", "Ziffer", "Ziff.", "Artikel", "Rule", "rule",
                               "Principle", "principle", "target", "Target", "SDG", "regulation", "Regulation",
                               "Table", "table", "Figure", "figure", "phase", "Phase", "level", "Level", "Part",
                               "number", "Number", "page", "pages", "note", "footnote", "line", "option", "Option",
                               "step", "Step", "tier", "Tier", "category", "Category", "Annex", "Appendix",
                               "appendix", "Chapter", "Section", "Paragraph", "year", "years", "days", "hours",
                               "months", "minutes", "per", "cent", "to", "from", "and", "or", "of", "by", "than",
                               "about", "over", "under", "at", "on", "in", "with", "for", "the", "some", "all",
                               "only", "least", "nearly", "approximately", "between", "within", "until", "since",
                               "after", "before", "around", "another", "Resolution", "Decision", "bis", "und", "vom", "am",
                               "et", "y", "de", "du", "le", "la", "los", "las", "des", "les", "del", "en", "au"};
    return std::find(std::begin(counted), std::end(counted), word) != std::end(counted);
}

// after_date: a number set off after a date's year, which may also be a count ("as at
// 31 December 2023 2 countries"): taken only where no other place fits.
enum class Fit { none, after_date, spaced, glued };

// A four-digit year (19xx, 20xx) ends at `end`, not itself part of a longer number or symbol.
bool year_ends_at(std::string_view text, std::size_t end) {
    std::size_t run = end;
    while (run > 0 && is_digit(text[run - 1])) --run;
    bool year = end - run == 4 && (text.compare(run, 2, "19") == 0 || text.compare(run, 2, "20") == 0);
    return year && (run == 0 || !(is_digit(text[run - 1]) || text[run - 1] == '/' || text[run - 1] == '.'));
}

// The year ending at `end` is a date's or an act's ("7 October 2021", "Substances of 1971",
// "… for the Exploration of the Sea, 1964"): the word before it is a month's name (the date
// grammar's) or "of", or a comma sets it off after a name.
bool dated_year(std::string_view text, std::size_t end) {
    std::size_t p = end - 4;
    while (p > 0 && (text[p - 1] == ' ' || text[p - 1] == '\n' || text[p - 1] == '\r')) --p;
    if (p >= 2 && text[p - 1] == ',' && is_letter_byte(text[p - 2])) return true;
    std::size_t word_end = p;
    while (p > 0 && is_letter_byte(text[p - 1])) --p;
    std::string_view word = text.substr(p, word_end - p);
    return word == "of" || grammar::month_number(word) > 0;
}

// What may follow a marker set off after a date: the clause going on in lower case, the next
// session-numbered resolution of a list ("18/15"), the list's comma ("2019 1, 46/17", which
// the scanner's list reading passes too), or the line's end.
bool clause_goes_on(std::string_view text, std::size_t after) {
    std::size_t a = after;
    while (a < text.size() && text[a] == ' ') ++a;
    if (a >= text.size() || text[a] == '\n' || text[a] == '\r') return true;
    if (a == after) return text[a] == ',';
    if (text[a] >= 'a' && text[a] <= 'z') return true;
    std::size_t d = a;
    while (d < text.size() && is_digit(text[d])) ++d;
    return d > a && d + 1 < text.size() && text[d] == '/' && is_digit(text[d + 1]);
}

// How well the number at [at, at+len) fits a footnote marker.
Fit marker_fit(std::string_view text, std::size_t at, std::size_t len) {
    std::size_t after = at + len;
    if (after < text.size()) {
        char c = text[after];
        if (is_digit(c) || is_ascii_letter(c) || c == '/' || c == '-' || c == '%') return Fit::none;
        if ((c == '.' || c == ',') && after + 1 < text.size() && is_digit(text[after + 1])) return Fit::none;
    }
    if (at == 0) return Fit::none;
    char before = text[at - 1];
    // glued to a year ("Weltgipfel 20052") or to a name that ends in a number ("Agenda 218",
    // "COVID-193": Agenda 21 and note 8)
    if (is_digit(before)) {
        for (std::string_view name : {"Agenda 21"sv, "COVID-19"sv, "COVID\xE2\x80\x91" "19"sv})
            if (at >= name.size() && text.compare(at - name.size(), name.size(), name) == 0) return Fit::glued;
        return year_ends_at(text, at) ? Fit::glued : Fit::none;
    }
    if (before == '.' || before == ',') {
        // "Convention.5", "Convention,1" are markers; after digits only a year's comma is, or a
        // session-numbered resolution's: "1974,12 ships", "July 2015,10", "resolution 5/14,120 and"
        // (never "1,000" or "2,5")
        if (at < 2 || !is_digit(text[at - 2])) return Fit::glued;
        bool spaced_after = after >= text.size() || text[after] == ' ' || text[after] == '\n' || text[after] == '\r';
        std::size_t run = at - 1;
        while (run > 0 && is_digit(text[run - 1])) --run;
        bool session_numbered = before == ',' && run >= 2 && text[run - 1] == '/' && is_digit(text[run - 2]);
        return (year_ends_at(text, at - 1) || session_numbered) && spaced_after ? Fit::glued : Fit::none;
    }
    if (is_letter_byte(before) || before == ')' || before == ']' || before == ';' || before == ':' || before == '"')
        return Fit::glued;
    if (before == ' ') {
        std::size_t b = at - 1;
        while (b > 0 && text[b - 1] == ' ') --b;
        if (b == 0) return Fit::none;
        char word_end = text[b - 1];
        // after a date's year, as PDF text spaces a superscript: "7 October 2021 9 and",
        // "March 2008, 6 18/15", "Substances of 1971, 3 the" (the UN's text glues these)
        std::size_t year_end = word_end == ',' ? b - 1 : b;
        if (year_ends_at(text, year_end) && dated_year(text, year_end) && clause_goes_on(text, after)) return Fit::after_date;
        bool after_clause = word_end == ',' || word_end == ';' || word_end == ':' || word_end == ')' ||
                            is_letter_byte(word_end);
        if (!after_clause || counted_word_before(text, b)) return Fit::none;
        // set off at the end of a line or by a double space: "Agenda 21, 6 \n", "Peoples 8  in"
        std::size_t a = after;
        std::size_t spaces = 0;
        while (a < text.size() && text[a] == ' ') ++a, ++spaces;
        bool line_end = a >= text.size() || text[a] == '\n' || text[a] == '\r';
        // or after a clause comma of a word: "Underwater Cultural Heritage, 18 and" (not "17, 18 and")
        bool after_word_comma = (word_end == ',' || word_end == ';') && b >= 2 &&
                                (is_letter_byte(text[b - 2]) || text[b - 2] == ')');
        // or between two words: "rules of procedure 28 and the", "COVID-19 pandemic 58 and"
        bool between_words = is_letter_byte(word_end) && spaces == 1 && a < text.size() && text[a] >= 'a' &&
                             text[a] <= 'z';
        return line_end || spaces >= 2 || after_word_comma || between_words ? Fit::spaced : Fit::none;
    }
    return Fit::none;
}

void markdown_markers(std::string_view text, const Layout& layout, FootnoteResult& out) {
    std::set<std::size_t> definition_starts;
    for (auto const& d : layout.definitions) definition_starts.insert(d.begin);
    for (std::size_t pos = text.find("<sup>"); pos != std::string_view::npos; pos = text.find("<sup>", pos + 5)) {
        if (definition_starts.count(pos)) continue;
        std::size_t close = text.find("</sup>", pos + 5);
        if (close == std::string_view::npos || close - pos > 9) continue;
        std::string label(text.substr(pos + 5, close - pos - 5));
        if (label.empty() || !(std::all_of(label.begin(), label.end(), is_digit) || label == "*")) continue;
        out.markers.push_back(make(Kind::footnote_marker, label, pos, close + 6));
    }
}

// Every '*' glued to the end of a title or agenda line ("Tagesordnung*", "item 75*"), not
// italics, in file order: read once for all '*' notes (once per note was quadratic on a
// Markdown list of '* ' bullets, each a candidate note).
std::vector<std::size_t> star_markers(std::string_view text, const Layout& layout) {
    std::vector<std::size_t> found;
    for (std::size_t line = 0; line < layout.line_count(); ++line) {
        if (!layout.is_body(line)) continue;
        std::string_view t = trimmed_line(text, layout, line);
        if (t.size() < 2 || t.back() != '*') continue;
        if (std::count(t.begin(), t.end(), '*') != 1) continue;  // *italic* lines have pairs
        char before = t[t.size() - 2];
        if (!(is_letter_byte(before) || is_digit(before) || before == ')')) continue;
        found.push_back(static_cast<std::size_t>(t.data() - text.data()) + t.size() - 1);
    }
    return found;
}

// The first `label` (a few digits) in [from, to), or npos: memchr for its first digit, the
// rest compared here (string_view::find made a memcmp call for every digit it met).
std::size_t find_label(std::string_view text, std::string_view label, std::size_t from, std::size_t to) {
    to = std::min(to, text.size());
    while (from + label.size() <= to) {
        auto const* hit = static_cast<const char*>(std::memchr(text.data() + from, label[0], to - from));
        if (!hit) break;
        auto at = static_cast<std::size_t>(hit - text.data());
        if (at + label.size() > to) break;
        std::size_t k = 1;
        while (k < label.size() && text[at + k] == label[k]) ++k;
        if (k == label.size()) return at;
        from = at + 1;
    }
    return std::string_view::npos;
}

void plain_markers(std::string_view text, const Layout& layout, const CitationSpans& spans, FootnoteResult& out) {
    std::size_t window_begin = 0;
    for (auto const& def : layout.definitions) {
        if (def.label == "*") continue;
        std::optional<std::size_t> glued, spaced, after_date;
        const std::string& label = def.label;
        // a marker ends before its definition starts
        for (std::size_t at = find_label(text, label, window_begin, def.begin + label.size() - 1);
             at != std::string_view::npos; at = find_label(text, label, at + 1, def.begin + label.size() - 1)) {
            Fit fit = marker_fit(text, at, label.size());  // before the line lookup: most digits are no marker
            if (fit == Fit::none || !layout.is_body(layout.line_of(at)) || spans.contains(at)) continue;
            if (fit == Fit::glued) {
                glued = at;
                break;
            }
            if (fit == Fit::after_date) {
                if (!after_date) after_date = at;
            } else if (!spaced) {
                spaced = at;
            }
        }
        auto at = glued ? glued : spaced ? spaced : after_date;
        if (!at) continue;
        out.markers.push_back(make(Kind::footnote_marker, label, *at, *at + label.size()));
        window_begin = *at + label.size();
    }
}


// Where a definition's marker may be that the pairing above did not place (PDF text: a bare
// number after another number, "16 April 2004 4  and"): its label standing alone somewhere in
// the body of its page, between the previous page's footnote block and its own (definitions
// separated by blank space form one block). Not a marker's place, so no marker record: the
// definition's status says "unlocated" rather than "unreferenced".
bool label_in_page_body(std::string_view text, const std::vector<Reference>& definitions, std::size_t k) {
    auto blank = [&](std::size_t from, std::size_t to) {
        return std::all_of(text.begin() + static_cast<long>(from), text.begin() + static_cast<long>(to),
                           [](char c) { return c == ' ' || c == '\n' || c == '\r'; });
    };
    std::size_t i = k;
    while (i > 0 && definitions[i - 1].end <= definitions[i].begin && blank(definitions[i - 1].end, definitions[i].begin))
        --i;
    std::size_t from = i > 0 ? definitions[i - 1].end : 0, to = definitions[i].begin;
    const std::string& label = definitions[k].footnote;
    if (label == "*") {
        for (std::size_t at = text.find('*', from); at != std::string_view::npos && at < to; at = text.find('*', at + 1)) {
            // barcodes are "*2516535*"; a star after digits alone marks a reissue ("A/C.1/80/L.23*")
            std::size_t run = at;
            while (run > from && is_digit(text[run - 1])) --run;
            bool barcode = (at + 1 < text.size() && is_digit(text[at + 1])) || (run < at && run > 0 && text[run - 1] == '*');
            if (!barcode) return true;
        }
        return false;
    }
    // (between two definitions: no place here is inside a note)
    for (std::size_t at = find_label(text, label, from, to + label.size() - 1); at != std::string_view::npos;
         at = find_label(text, label, at + 1, to + label.size() - 1)) {
        std::size_t after = at + label.size();
        // glued to the end of a symbol or name: "decision 1/CP.2731" (note 31), "COVID-1916" (note 16)
        std::size_t run = at;
        while (run > from && is_digit(text[run - 1])) --run;
        bool symbol_tail = run < at && run > 0 &&
                           (text[run - 1] == '.' || text[run - 1] == '/' || text[run - 1] == '-' ||
                            static_cast<unsigned char>(text[run - 1]) >= 0x80);  // "COVID‑19" with U+2011
        if (at > 0 && ((is_digit(text[at - 1]) && !symbol_tail) || text[at - 1] == '/')) continue;
        if (after < text.size() && is_digit(text[after])) continue;
        return true;
    }
    return false;
}

}  // namespace

FootnoteResult find_footnotes(std::string_view text, const Layout& layout, const std::vector<Reference>& citations) {
    FootnoteResult out;
    out.markers.reserve(layout.definitions.size());  // about one marker per definition
    out.definitions.reserve(layout.definitions.size());
    CitationSpans spans(citations);
    if (layout.markdown) markdown_markers(text, layout, out);
    else plain_markers(text, layout, spans, out);

    // '*' notes: a definition needs its marker, or (in Markdown) it was only a bullet point
    std::vector<const FootnoteDefinition*> definitions;
    std::optional<std::vector<std::size_t>> stars;  // read at the first '*' note
    std::size_t stars_before = 0;  // how many stand on lines before the current note's (notes are in file order)
    for (auto const& def : layout.definitions) {
        if (def.label == "*") {
            if (!stars) stars = star_markers(text, layout);
            std::size_t note_line_start = layout.line_starts[layout.line_of(def.begin)];
            while (stars_before < stars->size() && (*stars)[stars_before] < note_line_start) ++stars_before;
            if (stars_before == 0 && layout.markdown) continue;
            if (stars_before > 0) {
                std::size_t star = (*stars)[stars_before - 1];  // the last one before the note
                out.markers.push_back(make(Kind::footnote_marker, "*", star, star + 1));
            }
        }
        definitions.push_back(&def);
    }

    // the labels as sorted lists (a std::set of strings allocated a node per footnote)
    std::vector<std::string_view> marked, defined;
    for (auto const& m : out.markers) marked.push_back(m.footnote);
    for (auto const* d : definitions) defined.push_back(d->label);
    std::sort(marked.begin(), marked.end());
    std::sort(defined.begin(), defined.end());
    auto has = [](const std::vector<std::string_view>& labels, std::string_view label) {
        return std::binary_search(labels.begin(), labels.end(), label);
    };
    for (auto& m : out.markers) m.status = has(defined, m.footnote) ? "paired" : "unpaired";
    for (auto const* d : definitions)
        out.definitions.push_back(
            make(Kind::footnote, d->label, d->begin, d->end, has(marked, d->label) ? "paired" : "unreferenced"));
    // Markdown exports mark every note with <sup>: there "unreferenced" is final
    for (std::size_t k = 0; k < out.definitions.size(); ++k) {
        auto& d = out.definitions[k];
        if (d.status == "unreferenced" && text.compare(d.begin, 5, "<sup>") != 0 &&
            label_in_page_body(text, out.definitions, k))
            d.status = "unlocated";
    }
    return out;
}

}  // namespace unxref
