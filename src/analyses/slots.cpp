#include "analyses/slots.hpp"

#include <algorithm>
#include <map>
#include <set>

#include "text/chars.hpp"

namespace unxref {
namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v'; }

bool blank(std::string_view line) {
    return std::all_of(line.begin(), line.end(), is_space);
}

std::size_t indentation(std::string_view line) {
    std::size_t i = 0;
    while (i < line.size() && is_space(line[i])) ++i;
    return i;
}

// "12. ", "(a) ", "a) ": a numbered paragraph or subparagraph starts here.
bool numbered(std::string_view line) {
    line.remove_prefix(indentation(line));
    auto digits = [](std::string_view s) {
        std::size_t n = 0;
        while (n < s.size() && n < 4 && s[n] >= '0' && s[n] <= '9') ++n;
        return n;
    };
    auto letters = [](std::string_view s) {
        std::size_t n = 0;
        while (n < s.size() && n < 4 && s[n] >= 'a' && s[n] <= 'z') ++n;
        return n;
    };
    auto followed_by_space = [&](std::size_t at) { return at < line.size() && is_space(line[at]); };
    if (std::size_t n = digits(line); n > 0 && n < 4 && n < line.size() && line[n] == '.') return followed_by_space(n + 1);
    std::size_t open = !line.empty() && line[0] == '(' ? 1 : 0;
    std::size_t n = letters(line.substr(open));
    if (n == 0) n = digits(line.substr(open));
    if (n == 0 || n > 3 || open + n >= line.size() || line[open + n] != ')') return false;
    return followed_by_space(open + n + 1);
}

// The indentation most lines have: in physical-layout text (PDF) the continuation lines of
// the paragraphs, which their first lines are indented past.
std::size_t body_indentation(const std::vector<std::string_view>& lines) {
    std::vector<std::size_t> count(64, 0);
    for (auto line : lines)
        if (!blank(line)) ++count[std::min<std::size_t>(indentation(line), count.size() - 1)];
    return static_cast<std::size_t>(std::max_element(count.begin(), count.end()) - count.begin());
}

// Physical-layout text (PDF) indents a paragraph's first line, and its body, at least this far.
constexpr std::size_t layout_indent = 3;

// A paragraph's first line in physical-layout text (PDF): indented past the body (or past
// the line before) after a line that ended a clause ("resolutions," then "      Recalling
// also …"; "The General Assembly," then "      Recalling …"). A page of PDF text has no
// blank line between paragraphs: without this it was one paragraph, and the same reference
// fell in another paragraph than in another rendition or language.
bool indented_start(std::string_view previous, std::string_view line, std::size_t body) {
    std::size_t end = previous.find_last_not_of(" \t\r");
    if (end == std::string_view::npos) return false;
    // past a footnote marker set off after the clause's end: "(the Convention), 1"
    std::size_t digits = end + 1;
    while (digits > 0 && chars::is_digit(previous[digits - 1]) && end + 1 - digits < 3) --digits;
    if (digits <= end && digits > 0 && previous[digits - 1] == ' ') {
        std::size_t before = previous.find_last_not_of(' ', digits - 1);
        if (before != std::string_view::npos) end = before;
    }
    char last = previous[end];
    bool clause_ended = last == ',' || last == ';' || last == '.' || last == ':';
    return clause_ended && indentation(line) >= std::min(indentation(previous), body) + layout_indent;
}

struct Paragraph {
    std::size_t ordinal = 0;
    std::size_t begin = 0;
    std::size_t end = 0;
};

// The paragraph of every line (ordinal 0 for blank lines); `all` receives every paragraph's span.
std::vector<Paragraph> paragraphs_by_line(std::string_view text, std::vector<Span>& all) {
    std::vector<std::string_view> lines = chars::split(text, '\n');
    if (lines.size() > 1 && lines.back().empty()) lines.pop_back();  // no line after a final line break
    auto start = [&](std::size_t line) { return static_cast<std::size_t>(lines[line].data() - text.data()); };
    bool sentence_per_line = std::none_of(lines.begin(), lines.end(), blank);
    // physical layout (PDF) sets its body off from the left edge; plain text does not, and
    // an indented line there is no paragraph's start ("…,\n    and 70/1")
    std::size_t body = body_indentation(lines);
    bool physical_layout = body >= layout_indent;
    std::vector<Paragraph> of_line(lines.size());
    Paragraph current;
    std::size_t count = 0;
    std::size_t first_line = 0;
    auto close = [&](std::size_t last_line) {
        if (current.ordinal == 0) return;
        all.push_back({current.begin, current.end});
        for (std::size_t l = first_line; l <= last_line; ++l) of_line[l] = current;
        current = {};
    };
    for (std::size_t i = 0; i < lines.size(); ++i) {
        if (blank(lines[i])) {
            if (i > 0) close(i - 1);
            continue;
        }
        if (current.ordinal != 0 && (sentence_per_line || numbered(lines[i]) || (physical_layout && indented_start(lines[i - 1], lines[i], body))))
            close(i - 1);
        if (current.ordinal == 0) {
            current.ordinal = ++count;
            current.begin = start(i);
            first_line = i;
        }
        current.end = start(i) + lines[i].size();
    }
    if (!lines.empty()) close(lines.size() - 1);
    return of_line;
}

}  // namespace

Slots cut_slots(const Extraction& extraction, std::string_view text) {
    auto const& refs = extraction.references;
    Slots slots;

    // An Ibid. record that starts where a citation starts is that citation, reached through Ibid.
    std::set<std::size_t> citation_begins, ibid_begins;
    for (auto const& r : refs) {
        if (is_citation(r.kind)) citation_begins.insert(r.begin);
        if (r.kind == Kind::ibid) ibid_begins.insert(r.begin);
    }

    std::map<std::string, std::size_t> footnote_by_label;  // first definition with the label
    for (std::size_t i = 0; i < refs.size(); ++i) {
        if (refs[i].kind != Kind::footnote) continue;
        Slot slot{SlotKind::footnote, refs[i].footnote, slots.footnotes.size() + 1, refs[i].begin, refs[i].end, {}};
        footnote_by_label.emplace(slot.label, slots.footnotes.size());
        slots.footnotes.push_back(std::move(slot));
    }
    auto footnote_of = [&](const Reference& r) -> Slot* {
        for (auto& f : slots.footnotes)
            if (f.begin <= r.begin && r.end <= f.end) return &f;
        auto it = footnote_by_label.find(r.footnote);
        return it == footnote_by_label.end() ? nullptr : &slots.footnotes[it->second];
    };

    auto of_line = paragraphs_by_line(text, slots.all_paragraphs);
    std::map<std::size_t, Slot> paragraphs;  // by ordinal
    for (std::size_t i = 0; i < refs.size(); ++i) {
        auto const& r = refs[i];
        Item item{i, r.kind, r.id, false};
        if (is_citation(r.kind)) {
            item.via_ibid = ibid_begins.count(r.begin) > 0 || r.status == "ibid";
        } else if (r.kind == Kind::ibid) {
            if (citation_begins.count(r.begin)) continue;
            item.via_ibid = true;
        } else if (r.kind != Kind::footnote_marker) {
            continue;  // definitions are slots; links and gazettes are not compared
        }
        if (r.kind == Kind::footnote_marker) ++slots.markers;
        if (!r.footnote.empty() && r.kind != Kind::footnote_marker) {
            if (Slot* f = footnote_of(r)) {
                f->items.push_back(std::move(item));
                continue;
            }
        }
        std::size_t line = r.line > 0 && r.line - 1 < of_line.size() ? r.line - 1 : 0;
        Paragraph p = line < of_line.size() ? of_line[line] : Paragraph{};
        auto [it, added] = paragraphs.try_emplace(p.ordinal, Slot{SlotKind::paragraph, "", p.ordinal, p.begin, p.end, {}});
        if (p.ordinal == 0 && added) it->second.begin = it->second.end = r.begin;
        it->second.items.push_back(std::move(item));
    }
    for (auto& [ordinal, slot] : paragraphs) slots.paragraphs.push_back(std::move(slot));
    return slots;
}

}  // namespace unxref
