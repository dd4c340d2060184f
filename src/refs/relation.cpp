#include "refs/relation.hpp"

#include <algorithm>
#include <vector>

#include "grammar.hpp"
#include "text/chars.hpp"
#include "text/key_scan.hpp"

namespace unxref {
namespace {

// A clause verb or report phrase, found through a three-byte key at a word start within it
// (`key_at`) in scanner bucket `bucket`: keys of one bucket share bytes, since the scanner
// admits any combination of a bucket's bytes (see text/key_scan.hpp).
struct Verb {
    std::string_view text;
    Relation relation;  // Relation::based_on_report for the report phrases
    unsigned bucket;
    std::size_t key_at = 0;
};

constexpr auto recalls = Relation::recalls, reaffirms = Relation::reaffirms, welcomes = Relation::welcomes,
               takes_note = Relation::takes_note, report = Relation::based_on_report;

// From ../docs/reference-forms.md §5, in en/fr/es/de, capitalised and not; and "[on the report
// of the Third Committee (A/78/…)]", where the phrase sits right before the symbol.
constexpr Verb verbs[] = {
    {"Recalling", recalls, 0}, {"recalling", recalls, 0}, {"Recalls", recalls, 0}, {"recalls", recalls, 0},
    {"Rappelant", recalls, 1}, {"rappelant", recalls, 1}, {"Rappelle", recalls, 1}, {"rappelle", recalls, 1},
    {"Recordando", recalls, 0}, {"recordando", recalls, 0}, {"Recuerda", recalls, 0}, {"recuerda", recalls, 0},
    {"unter Hinweis", recalls, 6, 6}, {"erinnert", recalls, 6}, {"erinnernd", recalls, 6},
    {"Reaffirming", reaffirms, 0}, {"reaffirming", reaffirms, 0}, {"Reaffirms", reaffirms, 0},
    {"reaffirms", reaffirms, 0}, {"R\xC3\xA9" "affirmant", reaffirms, 1}, {"r\xC3\xA9" "affirmant", reaffirms, 1},
    {"R\xC3\xA9" "affirme", reaffirms, 1}, {"r\xC3\xA9" "affirme", reaffirms, 1}, {"Reafirmando", reaffirms, 0},
    {"reafirmando", reaffirms, 0}, {"Reafirma", reaffirms, 0}, {"reafirma", reaffirms, 0},
    {"Bekr\xC3\xA4" "ftigung", reaffirms, 5}, {"bekr\xC3\xA4" "ftigend", reaffirms, 5},
    {"bekr\xC3\xA4" "ftigt", reaffirms, 5},
    {"Welcoming", welcomes, 2}, {"welcoming", welcomes, 2}, {"Welcomes", welcomes, 2}, {"welcomes", welcomes, 2},
    {"Se f\xC3\xA9licitant", welcomes, 7, 3}, {"se f\xC3\xA9licitant", welcomes, 7, 3},
    {"Se f\xC3\xA9licite", welcomes, 7, 3}, {"se f\xC3\xA9licite", welcomes, 7, 3},
    {"Accueillant avec satisfaction", welcomes, 7}, {"accueille avec satisfaction", welcomes, 7},
    {"Acogiendo con benepl\xC3\xA1" "cito", welcomes, 7}, {"acoge con benepl\xC3\xA1" "cito", welcomes, 7},
    {"Begr\xC3\xBC\xC3\x9Fung", welcomes, 5}, {"begr\xC3\xBC\xC3\x9Ft", welcomes, 5},
    {"begr\xC3\xBC\xC3\x9F" "end", welcomes, 5},
    {"Taking note", takes_note, 2}, {"taking note", takes_note, 2}, {"Takes note", takes_note, 2},
    {"takes note", takes_note, 2}, {"Noting", takes_note, 3}, {"noting", takes_note, 3}, {"Notes", takes_note, 3},
    {"Prenant note", takes_note, 4}, {"prenant note", takes_note, 4}, {"Prend note", takes_note, 4},
    {"prend note", takes_note, 4}, {"Tomando nota", takes_note, 4}, {"tomando nota", takes_note, 4},
    {"Toma nota", takes_note, 4}, {"toma nota", takes_note, 4}, {"Kenntnis", takes_note, 3},
    {"nimmt", takes_note, 3},
    {"on the report of", report, 0, 7}, {"On the report of", report, 0, 7}, {"sur le rapport", report, 1, 7},
    {"Sur le rapport", report, 1, 7}, {"sobre la base del informe", report, 6},
    {"Sobre la base del informe", report, 6}, {"aufgrund des Berichts", report, 5, 13},
    {"Aufgrund des Berichts", report, 5, 13},
};

static_assert(keys_fit<Verb>(verbs, true), "a verb's key starts one of its words");

using chars::is_letter_byte;

}  // namespace

// (relation.hpp)
std::size_t paragraph_start(std::string_view text, const Layout& layout, std::size_t offset, std::size_t floor) {
    std::size_t line = layout.line_of(offset);
    std::size_t steps = 0;
    auto start = [&](std::size_t l) { return layout.line_starts[std::max(l, floor)]; };
    while (line > floor && steps++ < 400) {
        std::string_view t = trimmed_line(text, layout, line);
        std::string_view previous = trimmed_line(text, layout, line - 1);
        bool blank_before = previous.empty() || !layout.is_body(line - 1);
        if (layout.is_body(line) && !t.empty() && blank_before) {
            // look further back across the page foot
            std::size_t p = line - 1;
            bool crossed_page = false;
            while (p > 0 && (trimmed_line(text, layout, p).empty() || !layout.is_body(p))) {
                crossed_page = crossed_page || !layout.is_body(p);
                --p;
            }
            std::string_view first = t;
            while (!first.empty() && (first.front() == '*' || first.front() == '#')) first.remove_prefix(1);
            // a lower-case word or a number of a list ("68/150 of 18 December 2013, …") goes on
            // with the sentence the page broke; "5. Requests …" starts a paragraph
            std::string_view token = first.substr(0, first.find(' '));
            // (or a date the page broke: "68/150 of" | page foot | "18 December 2013, 69/160 of …")
            std::string_view last_before = trimmed_line(text, layout, p);
            bool broken_phrase = std::any_of(std::begin(grammar::date_openings), std::end(grammar::date_openings),
                                             [&](std::string_view word) {
                                                 return last_before.size() > word.size() && last_before.ends_with(word) &&
                                                        last_before[last_before.size() - word.size() - 1] == ' ';
                                             });
            bool lower = !first.empty() && ((first.front() >= 'a' && first.front() <= 'z') ||
                                            (first.front() >= '0' && first.front() <= '9' &&
                                             (token.find('/') != std::string_view::npos || broken_phrase)));
            bool continues = crossed_page && lower && !layout.markdown;
            bool continues_md = crossed_page && layout.markdown && !t.starts_with("*") && lower;
            if (!continues && !continues_md) return start(line);
            line = p;
            continue;
        }
        --line;
    }
    return start(line);
}

bool is_clause_verb(std::string_view word) {
    return std::any_of(std::begin(verbs), std::end(verbs), [&](const Verb& verb) { return verb.text == word; });
}

namespace {

const KeyedLiterals<Verb>& keyed_verbs() {
    static const KeyedLiterals<Verb> keyed(verbs, true);
    return keyed;
}

}  // namespace

void ClauseReader::restart(std::size_t clause) {
    origin_ = clause;
    scanned_ = clause;
    best_ = Relation::other;
    best_at_ = clause;
    last_report_ = std::string_view::npos;
}

// Accounts for every verb and report phrase that lies wholly before `offset`; one that
// would reach past it (never seen in practice) is left for a later call. Only the places the
// scanner gives are compared.
void ClauseReader::advance(std::size_t offset) {
    auto const& keyed = keyed_verbs();
    places_.clear();
    keyed.scanner().find(text_, scanned_, offset, places_);
    for (std::size_t at : places_) {
        bool past_offset = false;
        keyed.visit_at(text_, at, [&](const Verb& verb, std::size_t start) {
            std::size_t end = start + verb.text.size();
            if ((start > 0 && is_letter_byte(text_[start - 1])) || (end < text_.size() && is_letter_byte(text_[end])))
                return true;  // part of a longer word: the next verb with this key
            if (end > offset) {
                past_offset = true;
                return false;
            }
            if (verb.relation == Relation::based_on_report) {
                last_report_ = start;
                report_bound_ = text_.find_first_of("[\n", start);  // the bracket or line it governs ends here
            } else {
                best_ = verb.relation;
                best_at_ = start;
            }
            return false;
        });
        if (past_offset) {
            scanned_ = at;
            return;
        }
    }
    scanned_ = offset;
}

Relation ClauseReader::at(std::size_t offset) {
    // A clause is its paragraph, but no more than the lines of the last 4 KiB; in text whose
    // lines are not wrapped (a speech: one line per paragraph, no blank lines) the line is the
    // paragraph. Verbs several pages back govern nothing.
    constexpr std::size_t longest_clause = 4096;
    constexpr std::size_t longest_wrapped_line = 300;
    std::size_t line = layout_.line_of(offset);
    std::size_t line_start = layout_.line_starts[line];
    std::size_t clause = line_start;
    if (layout_.line_end(line) - line_start <= longest_wrapped_line) {
        std::size_t floor = offset > longest_clause ? layout_.line_of(offset - longest_clause) : 0;
        // citations of one line share its paragraph: walked back once
        if (line != paragraph_line_ || floor != paragraph_floor_) {
            paragraph_line_ = line;
            paragraph_floor_ = floor;
            paragraph_start_ = paragraph_start(text_, layout_, offset, floor);
        }
        clause = paragraph_start_;
    }
    // Reading goes on from the last query when this clause starts within what was read and
    // the offset lies ahead; verbs read before the clause's start then no longer count.
    if (clause < origin_ || clause > scanned_ || offset < scanned_) restart(clause);
    advance(offset);
    // the report a resolution was adopted on: the phrase within the same bracket and line
    if (last_report_ != std::string_view::npos && last_report_ >= clause && report_bound_ >= offset)
        return Relation::based_on_report;
    return best_at_ >= clause ? best_ : Relation::other;
}

}  // namespace unxref
