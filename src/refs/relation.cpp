#include "refs/relation.hpp"

#include <array>

#include "text/chars.hpp"

namespace unxref {
namespace {

struct Verb {
    std::string_view words;
    Relation relation;
};

// From ../docs/reference-forms.md §5, in en/fr/es/de, capitalised and not.
constexpr Verb verbs[] = {
    {"Recalling", Relation::recalls}, {"recalling", Relation::recalls}, {"Recalls", Relation::recalls},
    {"recalls", Relation::recalls}, {"Rappelant", Relation::recalls}, {"rappelant", Relation::recalls},
    {"Rappelle", Relation::recalls}, {"rappelle", Relation::recalls}, {"Recordando", Relation::recalls},
    {"recordando", Relation::recalls}, {"Recuerda", Relation::recalls}, {"recuerda", Relation::recalls},
    {"unter Hinweis", Relation::recalls}, {"erinnert", Relation::recalls}, {"erinnernd", Relation::recalls},
    {"Reaffirming", Relation::reaffirms}, {"reaffirming", Relation::reaffirms}, {"Reaffirms", Relation::reaffirms},
    {"reaffirms", Relation::reaffirms}, {"R\xC3\xA9" "affirmant", Relation::reaffirms},
    {"r\xC3\xA9" "affirmant", Relation::reaffirms}, {"R\xC3\xA9" "affirme", Relation::reaffirms},
    {"r\xC3\xA9" "affirme", Relation::reaffirms}, {"Reafirmando", Relation::reaffirms},
    {"reafirmando", Relation::reaffirms}, {"Reafirma", Relation::reaffirms}, {"reafirma", Relation::reaffirms},
    {"Bekr\xC3\xA4" "ftigung", Relation::reaffirms}, {"bekr\xC3\xA4" "ftigend", Relation::reaffirms},
    {"bekr\xC3\xA4" "ftigt", Relation::reaffirms},
    {"Welcoming", Relation::welcomes}, {"welcoming", Relation::welcomes}, {"Welcomes", Relation::welcomes},
    {"welcomes", Relation::welcomes}, {"Se f\xC3\xA9licitant", Relation::welcomes},
    {"se f\xC3\xA9licitant", Relation::welcomes}, {"Se f\xC3\xA9licite", Relation::welcomes},
    {"se f\xC3\xA9licite", Relation::welcomes}, {"Accueillant avec satisfaction", Relation::welcomes},
    {"accueille avec satisfaction", Relation::welcomes}, {"Acogiendo con beneplácito", Relation::welcomes},
    {"acoge con beneplácito", Relation::welcomes}, {"Begr\xC3\xBC\xC3\x9Fung", Relation::welcomes},
    {"begr\xC3\xBC\xC3\x9Ft", Relation::welcomes}, {"begr\xC3\xBC\xC3\x9F" "end", Relation::welcomes},
    {"Taking note", Relation::takes_note}, {"taking note", Relation::takes_note}, {"Takes note", Relation::takes_note},
    {"takes note", Relation::takes_note}, {"Noting", Relation::takes_note}, {"noting", Relation::takes_note},
    {"Notes", Relation::takes_note}, {"Prenant note", Relation::takes_note}, {"prenant note", Relation::takes_note},
    {"Prend note", Relation::takes_note}, {"prend note", Relation::takes_note}, {"Tomando nota", Relation::takes_note},
    {"tomando nota", Relation::takes_note}, {"Toma nota", Relation::takes_note}, {"toma nota", Relation::takes_note},
    {"Kenntnis", Relation::takes_note}, {"nimmt", Relation::takes_note},
};

// "[on the report of the Third Committee (A/78/…)]": the phrase sits right before the symbol
constexpr std::array<std::string_view, 8> report_phrases{
    "on the report of", "On the report of", "sur le rapport", "Sur le rapport", "sobre la base del informe",
    "Sobre la base del informe", "aufgrund des Berichts", "Aufgrund des Berichts"};

using chars::is_letter_byte;

// Where the paragraph holding `offset` starts. A paragraph starts after a blank line;
// one that follows a page foot (footnotes, running header) and begins in lower case
// continues the paragraph before it.
std::size_t paragraph_start(std::string_view text, const Layout& layout, std::size_t offset) {
    std::size_t line = layout.line_of(offset);
    std::size_t steps = 0;
    while (line > 0 && steps++ < 400) {
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
            bool lower = !first.empty() && first.front() >= 'a' && first.front() <= 'z';
            bool continues = crossed_page && lower && !layout.markdown;
            bool continues_md = crossed_page && layout.markdown && !t.starts_with("*") && lower;
            if (!continues && !continues_md) return layout.line_starts[line];
            line = p;
            continue;
        }
        --line;
    }
    return layout.line_starts[line];
}

}  // namespace

Relation relation_at(std::string_view text, const Layout& layout, std::size_t offset) {
    std::size_t start = paragraph_start(text, layout, offset);
    std::string_view clause = text.substr(start, offset - start);
    // the report a resolution was adopted on: the phrase within the same bracket
    std::size_t bracket = clause.find_last_of("[\n");
    std::string_view tail = clause.substr(bracket == std::string_view::npos ? 0 : bracket);
    for (auto phrase : report_phrases)
        if (tail.find(phrase) != std::string_view::npos) return Relation::based_on_report;
    // one forward pass over the word starts; the last verb before the citation governs it
    Relation best = Relation::other;
    for (std::size_t at = 0; at < clause.size(); ++at) {
        if (at > 0 && is_letter_byte(clause[at - 1])) continue;
        char first = clause[at];
        if (!is_letter_byte(first)) continue;
        for (auto const& verb : verbs) {
            if (verb.words[0] != first || clause.compare(at, verb.words.size(), verb.words) != 0) continue;
            std::size_t end = at + verb.words.size();
            if (end < clause.size() && is_letter_byte(clause[end])) continue;
            best = verb.relation;
            break;
        }
    }
    return best;
}

}  // namespace unxref
