// The translator's check: the references of two language versions of one document,
// paired paragraph by paragraph and footnote by footnote, and what differs.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "analyses/severity.hpp"
#include "refs/reference.hpp"

namespace unxref {

enum class FindingCode { missing, extra, changed, footnote_count, ibid_vs_full };

std::string_view to_string(FindingCode code);

// A place in one of the two files: a reference, or (when the other file has none there)
// the paragraph or footnote where it would be.
struct Place {
    std::size_t begin = 0;  // byte span [begin, end)
    std::size_t end = 0;
    std::size_t line = 1;    // 1-based
    std::size_t column = 1;  // 1-based, in code points
    std::string id;          // the reference's canonical id; "" when the place is not a reference
    std::string where;       // "paragraph 12", "footnote 4", "document"
};

struct Finding {
    FindingCode code = FindingCode::missing;
    Severity severity = Severity::warning;
    Place original;
    Place translation;
    std::string message;
};

struct Comparison {
    DocumentInfo original;
    DocumentInfo translation;
    std::vector<Finding> findings;  // ordered by place in the original, then in the translation
    std::size_t references_original = 0;     // references compared (citations, Ibid., markers)
    std::size_t references_translation = 0;
    std::size_t matched = 0;                 // paired with the same id
    std::size_t footnotes_original = 0;
    std::size_t footnotes_translation = 0;

    // The versions agree when nothing above a note was found (Ibid. for a full citation is a note).
    bool agree() const;
};

// Pure: both extractions with the bytes they were extracted from.
Comparison compare(const Extraction& original, std::string_view original_text, const Extraction& translation,
                   std::string_view translation_text);

}  // namespace unxref
