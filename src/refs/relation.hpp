// The relation a citation expresses, from the clause verb that governs it
// ("Recalling", "Reaffirms", "unter Begrüßung", "Prenant note", "on the report of …").
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include "refs/reference.hpp"
#include "text/layout.hpp"

namespace unxref {

// Where the paragraph holding `offset` starts, but no earlier than line `floor` (the walk
// back stops there: a speech of short lines has no blank line for hundreds of lines). A
// paragraph starts after a blank line; one that follows a page foot (footnotes, running
// header) and begins in lower case continues the paragraph before it.
std::size_t paragraph_start(std::string_view text, const Layout& layout, std::size_t offset, std::size_t floor);

// Whether `word` is one of the clause verbs that give a relation ("Recalling", "Welcomes", …).
bool is_clause_verb(std::string_view word);

// Reads the clause verbs of a text for citations met in text order: each byte of a
// paragraph is read once however many citations it holds (a speech may be one long
// paragraph). Queries out of order are answered too, by reading the paragraph again.
class ClauseReader {
public:
    ClauseReader(std::string_view text, const Layout& layout) : text_(text), layout_(layout) {}
    // The nearest clause verb before `offset` within its paragraph (a paragraph broken by a
    // page foot continues on the next page), or based_on_report after "on the report of"
    // within the same bracket, or Relation::other.
    Relation at(std::size_t offset);

private:
    void restart(std::size_t clause);
    void advance(std::size_t offset);

    std::string_view text_;
    const Layout& layout_;
    std::size_t origin_ = std::string_view::npos;  // where reading started
    std::size_t scanned_ = 0;
    Relation best_ = Relation::other;  // the last verb read, at best_at_
    std::size_t best_at_ = 0;
    std::size_t last_report_ = 0;   // start of the last report phrase read, or npos
    std::size_t report_bound_ = 0;  // the first '[' or line break after it (npos: none)
    std::vector<std::size_t> places_;  // where the scanner saw a key, reused from call to call
    // the paragraph start last walked back to, for a line and floor line
    std::size_t paragraph_line_ = std::string_view::npos, paragraph_floor_ = 0, paragraph_start_ = 0;
};

}  // namespace unxref
