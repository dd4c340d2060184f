#include "refs/relation.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <vector>

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
            // a lower-case word or a number of a list ("68/150 of 18 December 2013, …") goes on
            // with the sentence the page broke; "5. Requests …" starts a paragraph
            std::string_view token = first.substr(0, first.find(' '));
            bool lower = !first.empty() && ((first.front() >= 'a' && first.front() <= 'z') ||
                                            (first.front() >= '0' && first.front() <= '9' &&
                                             token.find('/') != std::string_view::npos));
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

// Verbs and report phrases by first byte and by the length of their first word, so that
// each word of a clause costs one table lookup and, rarely, one comparison.
struct Candidate {
    std::string_view words;
    std::size_t first_word;  // length of the first word
    Relation relation;       // Relation::based_on_report for the report phrases
};
struct VerbIndex {
    std::array<std::vector<Candidate>, 256> by_first{};
    // bit n of lengths[c]: some candidate starts with byte c and its first word has n bytes;
    // most words of a clause are dismissed by this one test
    std::array<std::uint32_t, 256> lengths{};
    bool may_start(char c, std::size_t length) const {
        return length < 32 && (lengths[static_cast<unsigned char>(c)] >> length & 1u);
    }
    VerbIndex() {
        auto add = [&](std::string_view words, Relation relation) {
            std::size_t word = 0;
            while (word < words.size() && is_letter_byte(words[word])) ++word;
            by_first[static_cast<unsigned char>(words[0])].push_back({words, word, relation});
            if (word < 32) lengths[static_cast<unsigned char>(words[0])] |= 1u << word;
        };
        for (auto phrase : report_phrases) add(phrase, Relation::based_on_report);
        for (auto const& verb : verbs) add(verb.words, verb.relation);
    }
};
const VerbIndex& verb_index() {
    static const VerbIndex index;
    return index;
}

}  // namespace

void ClauseReader::restart(std::size_t paragraph) {
    paragraph_ = paragraph;
    scanned_ = paragraph;
    best_ = Relation::other;
    last_break_ = paragraph;
    last_report_ = std::string_view::npos;
}

// Accounts for every verb and report phrase that lies wholly before `offset`; one that
// would reach past it (never seen in practice) is left for a later call. Reads word by word.
void ClauseReader::advance(std::size_t offset) {
    auto const& index = verb_index();
    while (scanned_ < offset) {
        std::size_t at = scanned_;
        char c = text_[at];
        if (!is_letter_byte(c)) {
            if (c == '[' || c == '\n') last_break_ = at;
            ++scanned_;
            continue;
        }
        std::size_t word_end = at + 1;
        while (word_end < text_.size() && is_letter_byte(text_[word_end])) ++word_end;
        bool word_start = at == paragraph_ || !is_letter_byte(text_[at - 1]);
        if (word_start && index.may_start(c, word_end - at)) {
            for (auto const& candidate : index.by_first[static_cast<unsigned char>(c)]) {
                if (candidate.first_word != word_end - at || text_.compare(at, candidate.words.size(), candidate.words))
                    continue;
                std::size_t end = at + candidate.words.size();
                if (end < text_.size() && is_letter_byte(text_[end])) continue;
                if (end > offset) return;
                if (candidate.relation == Relation::based_on_report) {
                    last_report_ = at;
                    continue;
                }
                best_ = candidate.relation;
                break;
            }
        }
        scanned_ = std::min(word_end, offset);
    }
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
        clause = paragraph_start(text_, layout_, offset);
        if (offset - clause > longest_clause)
            clause = std::max(clause, layout_.line_starts[layout_.line_of(offset - longest_clause)]);
    }
    if (clause != paragraph_ || offset < scanned_) restart(clause);
    advance(offset);
    // the report a resolution was adopted on: the phrase within the same bracket
    if (last_report_ != std::string_view::npos && last_report_ >= last_break_) return Relation::based_on_report;
    return best_;
}

}  // namespace unxref
