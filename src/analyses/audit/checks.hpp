// The check families of the audit. Each is a pure function of one document's extraction
// (and, where it needs the words, its text) that appends findings with byte spans; the
// caller fills in path, line and column.
#pragma once

#include <string_view>
#include <vector>

#include "analyses/audit/finding.hpp"
#include "refs/reference.hpp"

namespace unxref::audit {

using Findings = std::vector<Finding>;

// Markers without definitions, definitions without markers, numbering gaps, duplicates, disorder.
void check_footnotes(const Extraction& x, std::string_view text, Findings& out);
// Ibid./Ebd. that cannot be resolved.
void check_ibids(const Extraction& x, std::string_view text, Findings& out);
// Malformed Treaty Series citations, with the label the number lacks.
void check_treaties(const Extraction& x, std::string_view text, Findings& out);
// Placeholder links and links whose text names another symbol than their target.
void check_links(const Extraction& x, std::string_view text, Findings& out);
// Symbol-like tokens with look-alike letters, OCR confusions, empty components, garbled series;
// month names with OCR confusions.
void check_symbols(std::string_view text, Findings& out);
// Dates that do not fit the session or year a number names; Security Council numbers vs year;
// citations of acts adopted after the citing document.
void check_dates(const Extraction& x, std::string_view text, Findings& out);

}  // namespace unxref::audit
