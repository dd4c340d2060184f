#include <algorithm>
#include <stdexcept>
#include <string>

#include "analyses/audit/finding.hpp"

namespace unxref::audit {
namespace {

// Errors: the text is wrong or a reader cannot follow it. Warnings: very likely wrong.
// Notes: worth a look (Ibid. that cite what unxref cannot name, the closed-world check).
constexpr Rule catalogue[] = {
    {"input-unreadable", Severity::error, "The file could not be read as UTF-8 text"},
    {"footnote-undefined", Severity::error, "Footnote marker without a definition"},
    {"footnote-unreferenced", Severity::warning, "Footnote definition that no marker refers to"},
    {"footnote-gap", Severity::warning, "Footnote numbering skips a number"},
    {"footnote-duplicate", Severity::warning, "Footnote number defined twice in a row of numbering"},
    {"footnote-order", Severity::warning, "Footnote numbers out of order"},
    {"ibid-no-previous", Severity::error, "Ibid./Ebd. with no previous footnote to refer to"},
    {"ibid-nothing-citable", Severity::note, "Ibid./Ebd. whose previous footnote cites nothing it can stand for"},
    {"ibid-ambiguous", Severity::note, "Ibid./Ebd. whose previous footnote cites several things"},
    {"treaty-malformed", Severity::error, "Malformed United Nations Treaty Series citation"},
    {"symbol-lookalike", Severity::error, "Document symbol with look-alike letters from another alphabet"},
    {"symbol-ocr", Severity::warning, "Document symbol or number with OCR confusions (O for 0, l or I for 1)"},
    {"symbol-empty-component", Severity::error, "Document symbol with an empty component (A//68/1)"},
    {"symbol-unknown-series", Severity::warning, "Symbol-like token whose series is a garbled known series"},
    {"date-ocr", Severity::warning, "Month name with an OCR confusion (Apri])"},
    {"date-session", Severity::warning, "Date outside the session that the resolution number names"},
    {"date-year", Severity::warning, "Date in another year than the one the resolution number carries"},
    {"sc-number-year", Severity::warning, "Security Council resolution number that does not fit its year"},
    {"cites-later", Severity::warning, "Citation of an act adopted after the citing document"},
    {"link-placeholder", Severity::warning, "Link whose target is empty or a placeholder (#)"},
    {"link-mismatch", Severity::error, "Link whose text names another symbol than its target"},
    {"not-in-corpus", Severity::note, "Cited document that is not among the inputs (--corpus)"},
};

}  // namespace

std::span<const Rule> rules() { return catalogue; }

const Rule& rule(std::string_view code) {
    auto it = std::find_if(std::begin(catalogue), std::end(catalogue), [&](const Rule& r) { return r.code == code; });
    if (it == std::end(catalogue)) throw std::out_of_range("unknown finding code " + std::string(code));
    return *it;
}

Finding make_finding(std::string_view code, std::size_t begin, std::size_t end, std::string message) {
    Finding f;
    f.code = std::string(code);
    f.severity = rule(code).severity;
    f.begin = begin;
    f.end = end;
    f.message = std::move(message);
    return f;
}

}  // namespace unxref::audit
