#include "text/layout.hpp"

#include <algorithm>
#include <cstdint>
#include <unordered_map>

#if defined(__x86_64__)
#include <immintrin.h>
#endif

#include "refs/symbol.hpp"
#include "text/chars.hpp"
#include "text/cpu.hpp"
#include "text/markdown_link.hpp"

namespace unxref {
namespace {

using chars::is_digit;

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\n'; }

std::string_view trim(std::string_view s) {
    while (!s.empty() && is_space(s.back())) s.remove_suffix(1);
    while (!s.empty() && is_space(s.front())) s.remove_prefix(1);
    // wide spaces at the edges, told by their edge bytes first (a space's bytes are >= 0x80)
    if (!s.empty() && (static_cast<unsigned char>(s.front()) >= 0x80 || static_cast<unsigned char>(s.back()) >= 0x80)) {
        while (std::size_t n = chars::wide_space_length(s, 0)) s.remove_prefix(n);
        while (std::size_t n = chars::wide_space_ending(s)) s.remove_suffix(n);
    }
    return s;
}

bool all_digits(std::string_view s) { return !s.empty() && std::all_of(s.begin(), s.end(), is_digit); }

// 25-20236, 25-20236 (E)
bool is_job_number(std::string_view s) {
    if (s.size() < 8 || !is_digit(s[0]) || !is_digit(s[1]) || s[2] != '-') return false;
    std::size_t i = 3;
    while (i < s.size() && is_digit(s[i])) ++i;
    if (i - 3 < 4 || i - 3 > 6) return false;
    std::string_view rest = trim(s.substr(i));
    return rest.empty() || (rest.size() == 3 && rest[0] == '(' && rest[2] == ')');
}

// *2520236*
bool is_barcode(std::string_view s) {
    return s.size() >= 8 && s.front() == '*' && s.back() == '*' && all_digits(s.substr(1, s.size() - 2));
}

// 2/56
bool is_page_counter(std::string_view s) {
    if (s.size() < 3 || s.size() > 7 || !is_digit(s[0])) return false;
    auto slash = s.find('/');
    return slash != std::string_view::npos && slash <= 3 && all_digits(s.substr(0, slash)) &&
           all_digits(s.substr(slash + 1)) && s.size() - slash - 1 <= 3;
}

// 050124: the release date (ddmmyy) printed beside the job number.
bool is_release_code(std::string_view s) { return s.size() == 6 && all_digits(s); }

// Where two spaces follow each other, or npos. (string_view::find("  ") calls memchr
// once per single space: the costliest part of reading a page's lines.)
std::size_t wide_gap(std::string_view line) {
    for (std::size_t i = 1; i < line.size(); ++i)
        if (line[i] == ' ' && line[i - 1] == ' ') return i - 1;
    return std::string_view::npos;
}

// Calls visit(piece) for each piece of a line that wide gaps (two or more spaces) separate:
// physical-layout PDF text puts page furniture side by side ("10/19     23-26041",
// "A/RES/78/187     Rights of the child"). Stops early when visit returns false.
template <typename Visit>
void for_each_wide_gap_piece(std::string_view line, Visit&& visit) {
    while (!line.empty()) {
        std::size_t gap = wide_gap(line);
        if (!visit(trim(line.substr(0, gap))) || gap == std::string_view::npos) return;
        line = trim(line.substr(gap));
    }
}

// "<sup>", "](target)" or a "# " heading: the marks of a Markdown export, at `i`.
bool markdown_mark_at(std::string_view text, std::size_t i) {
    switch (text[i]) {
        case '<': return text.substr(i, 5) == "<sup>";
        case ']': {
            // a link with a destination: PDF and OCR text has brackets beside parentheses too
            // (A/CN.4/680 in Arabic: "المادة [18]() من")
            auto tail = markdown_link_tail(text, i);
            return tail && tail->target_end > tail->target_begin;
        }
        case '#': return (i == 0 || text[i - 1] == '\n') && text.substr(i, 2) == "# ";
        default: return false;
    }
}

// The lines' starts and whether the text has Markdown marks, in one pass over the bytes
// (this runs over every byte of every input; a memchr call per line cost more than the pass).
struct LineScan {
    std::vector<std::size_t> line_starts;
    bool markdown = false;
};

void scan_lines_portable(std::string_view text, std::size_t from, LineScan& scan) {
    for (std::size_t i = from; i < text.size(); ++i) {
        if (text[i] == '\n' && i + 1 < text.size()) scan.line_starts.push_back(i + 1);
        if (!scan.markdown && markdown_mark_at(text, i)) scan.markdown = true;
    }
}

#if defined(__x86_64__)
// 32 bytes at a time; returns where the scalar pass takes over.
__attribute__((target("avx2"))) std::size_t scan_lines_avx2(std::string_view text, LineScan& scan) {
    const __m256i newline = _mm256_set1_epi8('\n'), angle = _mm256_set1_epi8('<'), bracket = _mm256_set1_epi8(']'),
                  hash = _mm256_set1_epi8('#');
    const char* data = text.data();
    std::size_t i = 0;
    for (; i + 32 <= text.size(); i += 32) {
        __m256i v = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(data + i));
        for (auto mask = static_cast<std::uint32_t>(_mm256_movemask_epi8(_mm256_cmpeq_epi8(v, newline))); mask;
             mask &= mask - 1) {
            std::size_t start = i + static_cast<std::size_t>(__builtin_ctz(mask)) + 1;
            if (start < text.size()) scan.line_starts.push_back(start);
        }
        if (scan.markdown) continue;
        __m256i marks = _mm256_or_si256(_mm256_or_si256(_mm256_cmpeq_epi8(v, angle), _mm256_cmpeq_epi8(v, bracket)),
                                        _mm256_cmpeq_epi8(v, hash));
        for (auto mask = static_cast<std::uint32_t>(_mm256_movemask_epi8(marks)); mask && !scan.markdown; mask &= mask - 1)
            scan.markdown = markdown_mark_at(text, i + static_cast<std::size_t>(__builtin_ctz(mask)));
    }
    return i;
}
#endif

LineScan scan_lines(std::string_view text) {
    LineScan scan;
    scan.line_starts.reserve(text.size() / 48 + 1);
    scan.line_starts.push_back(0);
    std::size_t i = 0;
#if defined(__x86_64__)
    if (cpu_has_avx2()) i = scan_lines_avx2(text, scan);
#endif
    scan_lines_portable(text, i, scan);
    return scan;
}

// Page furniture is short: a running title beside the symbol is the longest kind.
constexpr std::size_t longest_furniture_line = 200;

enum class Furniture { none, piece, page_foot, own_header };  // page_foot: beside a job number

// A line of page furniture: job number, barcode, page counter, the document's own symbol
// (a running header, also beside the running title), or several of these side by side.
Furniture furniture_line(std::string_view t, std::string_view own_symbol) {
    if (t.size() > longest_furniture_line) return Furniture::none;
    // every piece of furniture starts with a digit or '*', or is the own symbol (first or
    // last, beside the running title): most body lines are told by their two ends
    constexpr std::size_t compared = 3;  // characters of the own symbol compared at either end
    bool own_first = !own_symbol.empty() && t.front() == own_symbol.front() &&
                     may_start_canonical_symbol(t, own_symbol, compared);
    bool own_last = !own_symbol.empty() && t.back() == own_symbol.back() &&  // not "A/C.3/80/L.29*": a marker
                    may_end_canonical_symbol(t, own_symbol, compared);
    bool digit_or_star = is_digit(t.front()) || t.front() == '*';
    if (!digit_or_star && !own_first && !own_last) return Furniture::none;
    // a piece that starts with digits is a job number, page counter or release code: the
    // digits go on with '-', '/', a space or nothing ("1. Decides", "2)" are body text)
    if (is_digit(t.front()) && !own_first && !own_last) {
        std::size_t digits = 0;
        while (digits < t.size() && is_digit(t[digits])) ++digits;
        if (digits < t.size() && t[digits] != '-' && t[digits] != '/' && t[digits] != ' ') return Furniture::none;
    }
    auto own = [&](std::string_view piece) {
        return !own_symbol.empty() && !piece.empty() && piece[0] == own_symbol[0] && is_canonical_symbol(piece, own_symbol);
    };
    if (own(t)) return Furniture::own_header;
    if (is_job_number(t)) return Furniture::page_foot;
    if (is_barcode(t) || is_page_counter(t)) return Furniture::piece;
    // Side by side, the first piece is furniture (a few dozen bytes at most: the own symbol,
    // perhaps spaced out, a job number, a page counter) unless the own symbol ends the line
    // after a running title: only then is a wide gap looked for past the first piece's reach
    // (reading every body line that starts with a digit to its end cost a third of the layout).
    std::size_t reach = own_last || t.front() == '*' ? t.size() : 2 * own_symbol.size() + 42;
    if (wide_gap(t.substr(0, reach)) == std::string_view::npos) return Furniture::none;
    std::size_t pieces = 0;
    bool job = false, has_own = false;
    std::string_view first, last;
    for_each_wide_gap_piece(t, [&](std::string_view piece) {
        if (pieces++ == 0) first = piece;
        last = piece;
        job = job || is_job_number(piece);
        has_own = has_own || own(piece);
        return true;
    });
    // the running header beside the running title; a title naming no symbol loses no citation
    if (pieces == 2 && (own(first) || own(last)))
        if ((own(first) ? last : first).find('/') == std::string_view::npos) return Furniture::own_header;
    bool all_furniture = true;
    for_each_wide_gap_piece(t, [&](std::string_view piece) {
        all_furniture = is_job_number(piece) || is_barcode(piece) || is_page_counter(piece) || own(piece) ||
                        (job && is_release_code(piece));
        return all_furniture;
    });
    if (!all_furniture) return Furniture::none;
    if (has_own) return Furniture::own_header;
    return job ? Furniture::page_foot : Furniture::piece;
}

bool is_separator(std::string_view s) {
    return s.size() >= 5 && std::all_of(s.begin(), s.end(), [](char c) { return c == '_'; });
}

// "<sup>4</sup> text" (Markdown export): the label and where the text starts.
bool markdown_definition(std::string_view line, std::string& label, std::size_t& text_at) {
    if (!line.starts_with("<sup>")) return false;
    std::size_t close = line.find("</sup>");
    if (close == std::string_view::npos || close <= 5 || close > 9) return false;
    std::string_view number = line.substr(5, close - 5);
    if (!all_digits(number) && number != "*") return false;
    label = std::string(number);
    text_at = close + 6;
    while (text_at < line.size() && is_space(line[text_at])) ++text_at;
    return text_at < line.size();
}

// Footnote numbers run to four digits: long reports pass note 999 (the numbers must still
// follow the page's previous note, so years at a page foot are not taken for labels).
constexpr std::size_t longest_label = 4;

// "4  United Nations, …" or "* Reissued …" at the foot of a page: the label and where the text starts.
bool plain_definition(std::string_view line, std::string& label, std::size_t& text_at) {
    std::size_t i = 0;
    if (!line.empty() && line[0] == '*') {
        i = 1;
    } else {
        while (i < line.size() && i <= longest_label && is_digit(line[i])) ++i;
        if (i == 0 || i > longest_label) return false;
    }
    if (i >= line.size() || !is_space(line[i])) return false;
    label = std::string(line.substr(0, i));
    text_at = i;
    while (text_at < line.size() && is_space(line[text_at])) ++text_at;
    return text_at < line.size();
}

// "4" or "*" alone on its line (physical-layout PDF text): the definition's text follows on the next line.
bool lone_label(std::string_view line, std::string& label) {
    bool label_like = line == "*" || (!line.empty() && line.size() <= longest_label && all_digits(line));
    if (label_like) label = std::string(line);
    return label_like;
}

}  // namespace

std::size_t Layout::line_of(std::size_t offset) const {
    auto it = std::upper_bound(line_starts.begin(), line_starts.end(), offset);
    return static_cast<std::size_t>(it - line_starts.begin()) - 1;
}

std::size_t Layout::line_end(std::size_t line) const {
    return line + 1 < line_starts.size() ? line_starts[line + 1] - 1 : size;
}

std::string_view trimmed_line(std::string_view text, const Layout& layout, std::size_t line) {
    auto [begin, size] = layout.trimmed[line];
    return text.substr(begin, size);
}

Layout analyse_layout(std::string_view text, std::string_view own_symbol) {
    Layout layout;
    layout.size = text.size();
    // Markdown exports: explicit <sup> notes, [text](target) links or # headings
    LineScan scan = scan_lines(text);
    layout.line_starts = std::move(scan.line_starts);
    layout.markdown = scan.markdown;
    std::size_t lines = layout.line_count();
    layout.furniture.assign(lines, 0);
    layout.footnote.assign(lines, 0);
    // each line trimmed once: every later stage asks for lines trimmed, some many times
    layout.trimmed.reserve(lines);
    for (std::size_t i = 0; i < lines; ++i) {
        std::size_t begin = layout.line_starts[i];
        std::size_t end = i + 1 < lines ? layout.line_starts[i + 1] : text.size();
        std::string_view t = trim(text.substr(begin, end - begin));
        layout.trimmed.emplace_back(static_cast<std::size_t>(t.data() - text.data()), t.size());
    }

    auto line_text = [&](std::size_t i) { return trimmed_line(text, layout, i); };
    auto line_offset = [&](std::string_view trimmed) { return static_cast<std::size_t>(trimmed.data() - text.data()); };

    // Page furniture and the running title next to a repeated symbol header.
    std::unordered_map<std::string_view, int> next_to_header;
    std::vector<std::size_t> header_lines;
    std::vector<std::size_t> separator_lines;  // "_____" above a page's footnotes
    for (std::size_t i = 0; i < lines; ++i) {
        std::string_view t = line_text(i);
        if (t.empty()) continue;
        if (t.front() == '_' && is_separator(t)) separator_lines.push_back(i);
        Furniture kind = furniture_line(t, own_symbol);
        if (kind != Furniture::none || (layout.markdown && t == "---"))
            layout.furniture[i] = kind == Furniture::page_foot ? Layout::page_foot : Layout::furniture_line;
        if (kind == Furniture::own_header) header_lines.push_back(i);
    }
    // the lines around a header: two before, and the running title after it, which may wrap
    // over several lines up to the next blank one
    constexpr std::size_t longest_running_title = 6;
    auto neighbours = [&](std::size_t i, auto&& visit) {
        for (std::size_t j = i > 2 ? i - 2 : 0; j < i; ++j)
            if (!layout.furniture[j] && !line_text(j).empty()) visit(j);
        for (std::size_t j = i + 1; j < lines && j <= i + longest_running_title && !line_text(j).empty(); ++j)
            if (!layout.furniture[j]) visit(j);
    };
    for (std::size_t i : header_lines) neighbours(i, [&](std::size_t j) { ++next_to_header[line_text(j)]; });
    for (std::size_t i : header_lines)
        neighbours(i, [&](std::size_t j) {
            if (next_to_header[line_text(j)] >= 2 && j > 20) layout.furniture[j] = Layout::furniture_line;
        });

    // Footnote definitions.
    int last = 0;
    std::string label;
    std::size_t text_at = 0;
    if (layout.markdown) {
        for (std::size_t i = 0; i < lines; ++i) {
            std::string_view t = line_text(i);
            if (!markdown_definition(t, label, text_at)) continue;
            std::size_t begin = line_offset(t);
            layout.definitions.push_back({label, begin, begin + text_at, begin + t.size()});
            layout.footnote[i] = 1;
        }
        // "* note" lines: kept as candidates, paired (or dropped) with their marker later
        for (std::size_t i = 0; i < lines; ++i) {
            std::string_view t = line_text(i);
            if (!t.starts_with("* ") || t.size() > 400) continue;
            std::size_t begin = line_offset(t);
            layout.definitions.push_back({"*", begin, begin + 2, begin + t.size()});
            layout.footnote[i] = 1;
        }
        std::sort(layout.definitions.begin(), layout.definitions.end(),
                  [](auto const& a, auto const& b) { return a.begin < b.begin; });
        return layout;
    }
    for (std::size_t next_line = 0; std::size_t i : separator_lines) {
        if (i < next_line) continue;  // read as part of the footnotes below an earlier separator
        layout.footnote[i] = 1;
        bool in_definition = false;
        bool awaiting_text = false;  // after a lone label
        std::size_t j = i + 1;
        for (; j < lines; ++j) {
            std::string_view t = line_text(j);
            if (t.empty()) {
                in_definition = false;
                layout.footnote[j] = 1;
                continue;
            }
            if (layout.furniture[j]) break;
            if (awaiting_text) {
                auto& definition = layout.definitions.back();
                definition.text_begin = line_offset(t);
                definition.end = line_offset(t) + t.size();
                awaiting_text = false;
                in_definition = true;
                layout.footnote[j] = 1;
                continue;
            }
            bool alone = false;
            bool starts = plain_definition(t, label, text_at) || (alone = lone_label(t, label));
            int n = starts && label != "*" ? chars::parse_int(label) : -1;
            bool expected = starts && (label == "*" || n == last + 1 || n == 1 || (n > last && n <= last + 5));
            if (expected && (!in_definition || n == last + 1 || label == "*")) {
                std::size_t begin = line_offset(t);
                if (alone) text_at = t.size();
                layout.definitions.push_back({label, begin, begin + text_at, begin + t.size()});
                if (n > 0) last = n;
                in_definition = !alone;
                awaiting_text = alone;
                layout.footnote[j] = 1;
            } else if (in_definition) {
                layout.definitions.back().end = line_offset(t) + t.size();  // a wrapped definition line
                layout.footnote[j] = 1;
            } else {
                break;  // the page's text resumes
            }
        }
        next_line = j;
    }
    return layout;
}

}  // namespace unxref
