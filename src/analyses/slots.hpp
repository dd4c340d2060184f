// One language version of a document cut into the places a translator pairs up:
// paragraphs of the body and footnotes, each with the references it carries.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "refs/reference.hpp"

namespace unxref {

// A reference as compared across languages: the canonical id (language-independent),
// with whether this version reached it through Ibid./Ebd. rather than a full citation.
struct Item {
    std::size_t ref = 0;  // index into Extraction::references (the citation, or the ibid record)
    Kind kind = Kind::document;  // Kind::ibid only for an Ibid. that carries no citation of its own
    std::string id;              // "" for an unresolved Ibid.
    bool via_ibid = false;
};

enum class SlotKind { paragraph, footnote };

struct Slot {
    SlotKind kind = SlotKind::paragraph;
    std::string label;         // footnotes: the label ("4"); paragraphs: ""
    std::size_t ordinal = 0;   // 1-based: paragraph number in the body, or footnote number in file order
    std::size_t begin = 0;     // byte span of the paragraph or footnote definition
    std::size_t end = 0;
    std::vector<Item> items;   // in text order
};

struct Span {
    std::size_t begin = 0;
    std::size_t end = 0;
};

struct Slots {
    std::vector<Span> all_paragraphs;  // every paragraph, by ordinal - 1 (to place what is missing)
    std::vector<Slot> paragraphs;  // only those that carry at least one item
    std::vector<Slot> footnotes;   // every footnote definition, with or without items
    std::size_t markers = 0;       // footnote markers in the body
};

// Paragraphs are blocks of lines between blank lines, a numbered line ("12. ", "(a) ")
// starting a new one; a text without any blank line (one sentence a line, as in the UN
// Parallel Corpus) has one paragraph per line. Links and gazettes are not compared: they
// are formatting and national law, not part of what a translation must carry over.
Slots cut_slots(const Extraction& extraction, std::string_view text);

}  // namespace unxref
