// What extraction produces: immutable records with their place in the original file.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace unxref {

enum class Kind { resolution, decision, document, treaty, footnote_marker, footnote, ibid, link, gazette };
enum class Relation { none, recalls, reaffirms, welcomes, takes_note, based_on_report, other };
// The body that adopted a resolution or decision.
enum class Organ { unknown, general_assembly, security_council, ecosoc, human_rights_council, commission_on_human_rights };

// A citation of a resolution, decision, document or treaty (not a marker, note, Ibid. or link).
constexpr bool is_citation(Kind kind) {
    return kind == Kind::resolution || kind == Kind::decision || kind == Kind::document || kind == Kind::treaty;
}

// The kind a canonical id names: UNTS:… a treaty, …/RES/… a resolution, …/DEC/… a decision,
// anything else a document.
Kind kind_of_id(std::string_view id);

std::string_view to_string(Kind kind);
std::string_view to_string(Relation relation);  // "" for none
std::string_view to_string(Organ organ);

// The status words that carry a reason ("unresolved: no previous footnote", "malformed: …",
// "mismatch: …"): the extractor writes them and the audit reads them through these.
namespace status {
inline constexpr std::string_view unresolved = "unresolved", malformed = "malformed", mismatch = "mismatch";
// "word: reason"
std::string with_reason(std::string_view word, std::string_view reason);
// The reason after `word` ("" for the word alone), or nullopt when the status is another one.
std::optional<std::string_view> reason(std::string_view status, std::string_view word);
}  // namespace status

struct Reference {
    Kind kind = Kind::document;
    std::string id;  // canonical: A/RES/68/192, S/RES/2334(2016), UNTS:2225:39574, fn:4, ...
    std::size_t begin = 0;  // byte offsets into the original file, [begin, end)
    std::size_t end = 0;
    std::size_t line = 0;    // 1-based
    std::size_t column = 0;  // 1-based, in characters (code points) from the line start
    Relation relation = Relation::none;
    Organ organ = Organ::unknown;
    std::string footnote;  // label of the footnote the reference sits in, or the marker's/definition's own
    std::string pinpoint;  // "annex II", "para. 14", "Ziffer 6 b)"
    std::string status;    // "ok", "resolved", "unresolved: …", "paired", "unpaired", "placeholder", "malformed: …"
    std::string target;    // links: the link target as written
    std::string date;      // the date the text gives for the cited act, ISO (YYYY-MM-DD, YYYY-MM or YYYY)
    bool series = false;   // the text names it as an earlier resolution of the document's own series
};

struct DocumentInfo {
    std::string path;
    std::string symbol;    // the document's own symbol, or "" when it cannot be told
    std::string language;  // en, fr, es, de, ar, ru, zh, or "und"
    std::size_t bytes = 0;
    std::string title;     // the title its title line gives ("80/192. Title" → "Title"), or ""
    // read through a PDF, Word or HTML reader: offsets point into the text `unxref text` prints,
    // not into the file's bytes (not written to the JSONL)
    bool visible_text = false;
};

struct Extraction {
    DocumentInfo document;
    std::vector<Reference> references;  // sorted by (begin, -end, kind, id)
};

}  // namespace unxref
