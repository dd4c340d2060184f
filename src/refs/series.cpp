#include "refs/series.hpp"

#include <algorithm>
#include <charconv>
#include <cstring>
#include <optional>
#include <span>

#include "text/chars.hpp"
#include "text/key_scan.hpp"
#include "text/layout.hpp"

namespace unxref {
namespace {

char lower(char c) { return chars::is_upper(c) ? static_cast<char>(c - 'A' + 'a') : c; }

// Phrases (lower case) by which a list of resolutions says it is the document's own series,
// each found through a three-byte key at `key_at` in scanner bucket `bucket` (keys of a
// bucket share bytes: see text/key_scan.hpp).
struct SeriesPhrase {
    std::string_view text;
    std::size_t key_at;
    unsigned bucket;
};
constexpr SeriesPhrase series_phrases[] = {
    {"on this issue", 8, 0},        {"on the issue", 7, 0},           {"on this subject", 8, 1},
    {"on the subject", 7, 1},       {"on the same subject", 12, 1},   {"on this question", 8, 2},
    {"on the question", 7, 2},      {"on this matter", 8, 3},         {"on the matter", 7, 3},
    {"on this topic", 8, 4},        {"all its previous", 8, 5},       {"all previous", 4, 5},
    {"all relevant resol", 4, 5},   {"its previous resol", 4, 5},     {"subsequent resol", 0, 1},
    {"most recent of which", 0, 6}, {"latest of which", 0, 3},        {"zu dieser frage", 0, 6},
    {"zu diesem thema", 0, 6},      {"fr\xC3\xBCheren resol", 0, 7},  {"sur la question", 7, 2},
    {"ant\xC3\xA9rieures", 3, 7},   {"sobre la cuesti\xC3\xB3n", 9, 2}, {"anteriores", 5, 6},
};
static_assert(keys_fit<SeriesPhrase>(series_phrases, false));

// The preamble's body lines, clause by clause (one flat list of lines for the whole
// preamble: a pair of vectors per clause cost more allocations than the rule's reading).
struct PreambleLine {
    std::string_view text;      // trimmed
    std::size_t in_clause = 0;  // where it starts in its clause's text
};
struct Clause {
    std::span<const PreambleLine> lines;
    std::size_t size = 0;  // of the text: the lines joined by one space

    // Where a file offset falls in the clause's text, if it does.
    std::optional<std::size_t> at(const char* file, std::size_t file_offset) const {
        for (auto it = lines.rbegin(); it != lines.rend(); ++it) {
            auto line_offset = static_cast<std::size_t>(it->text.data() - file);
            if (file_offset >= line_offset) {
                std::size_t pos = it->in_clause + (file_offset - line_offset);
                return pos < size ? std::optional(pos) : std::nullopt;
            }
        }
        return std::nullopt;
    }
    std::size_t first_offset(const char* file) const { return static_cast<std::size_t>(lines.front().text.data() - file); }
    // The lines joined by one space, lower-cased (ASCII).
    std::string text() const {
        std::string joined(size, ' ');  // each line lowered into its place (a push_back per byte cost more)
        for (auto const& line : lines)
            std::transform(line.text.begin(), line.text.end(), joined.begin() + static_cast<long>(line.in_clause), lower);
        return joined;
    }
};

// "1. Decides …", or "1." alone on its line (PDF text often breaks after the number).
bool operative_start(std::string_view t) {
    return t.size() >= 2 && t[0] == '1' && t[1] == '.' && (t.size() == 2 || t[2] == ' ' || t[2] == '\t');
}

// Preambular clauses: a new one starts after a gap (blank line, page furniture, footnotes)
// when the text before ended a clause and the line starts one; a list broken by a page
// ("…, 67/154 of 20 December 2012," / footnotes / "68/150 of …") stays one clause.
struct Preamble {
    std::vector<PreambleLine> lines;
    std::vector<Clause> clauses;
};
Preamble preamble_clauses(std::string_view text, const Layout& layout) {
    Preamble preamble;
    std::vector<std::pair<std::size_t, std::size_t>> ranges{{0, 0}};  // [first, last) line of each clause
    std::vector<std::size_t> sizes{0};
    bool gap = false;
    char last = 0;
    for (std::size_t i = 0; i < layout.line_count(); ++i) {
        if (!layout.is_body(i)) {
            gap = true;
            continue;
        }
        std::string_view t = trimmed_line(text, layout, i);
        if (t.empty()) {
            gap = true;
            continue;
        }
        if (operative_start(t) && ranges.size() > 2) break;
        bool continues = (t[0] >= '0' && t[0] <= '9') || (t[0] >= 'a' && t[0] <= 'z');
        bool ended = last == ',' || last == ';' || last == ':' || last == '.';
        if (gap && ended && !continues && sizes.back() > 0) {
            ranges.emplace_back(preamble.lines.size(), preamble.lines.size());
            sizes.push_back(0);
        }
        std::size_t& size = sizes.back();
        if (size > 0) ++size;  // the joining space
        preamble.lines.push_back({t, size});
        ranges.back().second = preamble.lines.size();
        size += t.size();
        last = t.back();
        gap = false;
    }
    // spans into the lines, now that they no longer move
    for (std::size_t c = 0; c < ranges.size(); ++c) {
        auto [first, end] = ranges[c];
        preamble.clauses.push_back(
            {std::span<const PreambleLine>(preamble.lines).subspan(first, end - first), sizes[c]});
    }
    return preamble;
}

// The title a list names ("entitled “…”"), or nullopt.
std::optional<std::string> entitled(std::string_view segment) {
    std::size_t at = segment.find("entitled");
    if (at == std::string_view::npos) return std::nullopt;
    std::size_t open = segment.find_first_of("\"\xe2", at);  // " or the first byte of “
    if (open == std::string_view::npos || open > at + 12) return std::nullopt;
    std::size_t begin = segment[open] == '"' ? open + 1 : open + 3;
    std::size_t close = segment.find(segment[open] == '"' ? "\"" : "\xe2\x80\x9d", begin);
    return std::string(segment.substr(begin, close == std::string_view::npos ? std::string_view::npos : close - begin));
}

// Where a series phrase occurs in a clause's text: (start, end) pairs. Compared only where
// the scanner sees a phrase's key (each byte compared with the phrases that begin with it
// was still the costliest part of the series rule).
std::vector<std::pair<std::size_t, std::size_t>> series_phrase_spans(std::string_view text) {
    static const KeyedLiterals<SeriesPhrase> keyed(series_phrases, false);
    std::vector<std::size_t> places;
    keyed.scanner().find(text, 0, text.size(), places);
    std::vector<std::pair<std::size_t, std::size_t>> spans;
    for (std::size_t at : places)
        keyed.visit_at(text, at, [&](const SeriesPhrase& phrase, std::size_t start) {
            spans.emplace_back(start, start + phrase.text.size());
            return true;
        });
    return spans;
}

// Where `word` occurs in `text`, in order (memmem: string_view::find stops at every "r").
std::vector<std::size_t> occurrences(std::string_view text, std::string_view word) {
    std::vector<std::size_t> at;
    for (const char* p = text.data(), *end = text.data() + text.size();
         (p = static_cast<const char*>(::memmem(p, static_cast<std::size_t>(end - p), word.data(), word.size())));
         ++p)
        at.push_back(static_cast<std::size_t>(p - text.data()));
    return at;
}

}  // namespace

// (series.hpp) "A/RES/80/192" -> ("A/RES/", 80); no session for S/RES/2334(2016) and the like.
std::pair<std::string_view, std::optional<int>> prefix_and_session(std::string_view id) {
    std::size_t res = id.find("/RES/");
    if (res == std::string_view::npos) return {{}, std::nullopt};
    std::string_view prefix = id.substr(0, res + 5), rest = id.substr(res + 5);
    int session = 0;
    auto [end, ec] = std::from_chars(rest.data(), rest.data() + rest.size(), session);
    if (ec != std::errc() || end == rest.data() + rest.size() || *end != '/') return {prefix, std::nullopt};
    return {prefix, session};
}

std::string series_key(std::string_view title) {
    std::string key;
    for (char c : title) {
        bool word = chars::is_alnum(c) || static_cast<unsigned char>(c) >= 0x80;
        if (word) key += lower(c);
        else if (!key.empty() && key.back() != ' ') key += ' ';
    }
    while (!key.empty() && key.back() == ' ') key.pop_back();
    return key;
}

void mark_series(Extraction& x, std::string_view text, const Layout& layout) {
    auto [prefix, session] = prefix_and_session(x.document.symbol);
    if (prefix.empty()) return;  // only resolutions have series
    std::string own_key = series_key(x.document.title);
    // the own organ's resolutions cited in the body, in text order (references are sorted)
    std::vector<std::size_t> candidates;
    for (std::size_t i = 0; i < x.references.size(); ++i) {
        const Reference& r = x.references[i];
        if (r.kind == Kind::resolution && r.id.starts_with(prefix) && r.footnote.empty()) candidates.push_back(i);
    }
    if (candidates.empty()) return;
    bool first_list = true;  // rule (b) applies to the first clause citing the organ's resolutions
    std::size_t next = 0;    // the first candidate not before the current clause
    const Preamble preamble = preamble_clauses(text, layout);
    for (const Clause& clause : preamble.clauses) {
        // the clause's own-organ resolutions, by position in the clause text (clauses are in
        // file order: each candidate is looked at by the clause it may fall in and the next)
        std::vector<std::pair<std::size_t, std::size_t>> cited;  // (position, reference index)
        while (next < candidates.size() && !clause.lines.empty() &&
               x.references[candidates[next]].begin < clause.first_offset(text.data()))
            ++next;
        for (std::size_t k = next; k < candidates.size(); ++k) {
            auto pos = clause.at(text.data(), x.references[candidates[k]].begin);
            if (!pos) break;
            cited.emplace_back(*pos, candidates[k]);
        }
        if (cited.empty()) continue;
        const std::string clause_text = clause.text();
        // lists: each "resolution(s)"/"decision(s)" keyword starts one
        std::vector<std::size_t> starts{0};
        for (const char* word : {"resolution", "decision"})
            for (std::size_t p : occurrences(clause_text, word)) starts.push_back(p);
        std::sort(starts.begin(), starts.end());
        starts.push_back(clause_text.size());
        auto phrases = series_phrase_spans(clause_text);
        bool previous_empty_says = false;  // "all its previous resolutions on …, the most recent of which was resolution 79/170"
        for (std::size_t s = 0; s + 1 < starts.size(); ++s) {
            std::size_t begin = starts[s], end = starts[s + 1];
            // the list's text reaches into the next keyword ("all previous | resolutions")
            std::string_view segment =
                std::string_view(clause_text).substr(begin, std::min(end + 12, clause_text.size()) - begin);
            std::vector<std::size_t> members;
            for (auto [pos, i] : cited)
                if (pos >= begin && pos < end) members.push_back(i);
            std::size_t segment_end = begin + segment.size();
            bool says = std::any_of(phrases.begin(), phrases.end(),
                                    [&](auto span) { return span.first >= begin && span.second <= segment_end; });
            if (members.empty()) {
                previous_empty_says = previous_empty_says || says;
                continue;
            }
            auto title = entitled(segment);
            bool other_title = title && series_key(*title) != own_key;
            bool own_title = title && !own_key.empty() && series_key(*title) == own_key;
            bool recent = false;
            if (first_list && session)
                for (std::size_t i : members) {
                    auto cited_session = prefix_and_session(x.references[i].id).second;
                    recent = recent || (cited_session && *cited_session < *session && *cited_session >= *session - 3);
                }
            if (own_title || (!other_title && (says || previous_empty_says || recent)))
                for (std::size_t i : members) x.references[i].series = true;
            previous_empty_says = false;
        }
        first_list = false;
    }
}

}  // namespace unxref
