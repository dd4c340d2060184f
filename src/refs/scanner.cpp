#include "refs/scanner.hpp"

#include <algorithm>
#include <array>
#include <cstring>
#include <fmt/format.h>

#include "grammar.hpp"
#include "refs/act_id.hpp"
#include "refs/organ.hpp"
#include "refs/symbol.hpp"
#include "text/chars.hpp"

namespace unxref {
namespace {

enum class AnchorKind { slash, act_keyword, treaty, ibid };
struct Anchor {
    std::size_t pos;
    AnchorKind kind;
    bool operator<(const Anchor& other) const { return pos < other.pos; }
};

using chars::is_letter_byte;
bool is_symbol_byte(char c) { return chars::is_alnum(c) || c == '.' || c == '-'; }

void collect(std::string_view text, std::string_view needle, AnchorKind kind, std::vector<Anchor>& out) {
    const char* base = text.data();
    std::size_t from = 0;
    while (from < text.size()) {
        auto* hit = static_cast<const char*>(
            ::memmem(base + from, text.size() - from, needle.data(), needle.size()));
        if (!hit) break;
        out.push_back({static_cast<std::size_t>(hit - base), kind});
        from = static_cast<std::size_t>(hit - base) + needle.size();
    }
}

// Spaces (no-break ones too) and at most one line break.
std::size_t skip_gap(std::string_view text, std::size_t pos) {
    bool newline_seen = false;
    while (pos < text.size()) {
        char c = text[pos];
        if (c == ' ' || c == '\t' || c == '\r') {
            ++pos;
        } else if (c == '\n' && !newline_seen) {
            newline_seen = true;
            ++pos;
        } else if (text.compare(pos, 2, "\xC2\xA0") == 0) {
            pos += 2;
        } else if (text.compare(pos, 3, "\xE2\x80\xAF") == 0) {
            pos += 3;
        } else {
            break;
        }
    }
    return pos;
}

constexpr std::string_view resolution_words[] = {
    "resolution",  "resolutions",  "Resolution",  "Resolutions",  "RESOLUTION",  "Resolutionen",
    "r\xC3\xA9solution", "r\xC3\xA9solutions", "R\xC3\xA9solution", "R\xC3\xA9solutions",
    "resoluci\xC3\xB3n", "resoluciones", "Resoluci\xC3\xB3n", "Resoluciones", "RESOLUTIONS", "Ratsresolution"};
constexpr std::string_view decision_words[] = {
    "decision",  "decisions",   "Decision",   "Decisions",  "d\xC3\xA9" "cision", "d\xC3\xA9" "cisions",
    "D\xC3\xA9" "cision", "D\xC3\xA9" "cisions", "decisi\xC3\xB3n", "decisiones", "Decisi\xC3\xB3n", "Decisiones",
    "Beschluss", "Beschl\xC3\xBCsse", "Beschlusses", "Beschl\xC3\xBCssen"};

struct Keyword {
    std::size_t begin = 0;
    std::size_t end = 0;
    bool decision = false;
};

// The anchor sits inside the keyword ("esolu" in "resolution"): find the word around it.
std::optional<Keyword> keyword_around(std::string_view text, std::size_t anchor) {
    std::size_t begin = anchor;
    while (begin > 0 && anchor - begin < 4 && (text[begin - 1] == 'r' || text[begin - 1] == 'R' ||
                                                text[begin - 1] == 'd' || text[begin - 1] == 'D'))
        --begin;
    if (begin > 0 && is_letter_byte(text[begin - 1])) return std::nullopt;
    std::size_t end = anchor;
    while (end < text.size() && is_letter_byte(text[end]) && text.compare(end, 3, "\xE2\x80\x99") != 0) ++end;
    std::string_view word = text.substr(begin, end - begin);
    for (auto w : resolution_words)
        if (word == w) return Keyword{begin, end, false};
    for (auto w : decision_words)
        if (word == w) return Keyword{begin, end, true};
    return std::nullopt;
}

struct Item {
    grammar::NumberMatch number;
    std::size_t begin = 0;
    std::size_t end = 0;       // end of the number as written
    std::size_t consumed = 0;  // after the link tail and date
    std::string date;
};

std::string iso_date(const grammar::DateMatch& d) {
    if (d.year == 0) return {};
    if (d.month == 0) return fmt::format("{:04}", d.year);
    if (d.day == 0) return fmt::format("{:04}-{:02}", d.year, d.month);
    return fmt::format("{:04}-{:02}-{:02}", d.year, d.month, d.day);
}

// "](#)" after a number written as a Markdown link text.
std::size_t skip_link_tail(std::string_view text, std::size_t pos) {
    if (text.compare(pos, 2, "](") != 0) return pos;
    auto close = text.find(')', pos + 2);
    auto newline = text.find('\n', pos + 2);
    if (close == std::string_view::npos || close > newline) return pos;
    return close + 1;
}

// One number of a list, optionally in a Markdown link, with its date.
std::optional<Item> item_at(std::string_view text, std::size_t pos) {
    std::size_t start = pos;
    if (start < text.size() && text[start] == '[') ++start;
    Item item;
    if (!grammar::parse_number(text.data() + start, text.data() + text.size(), item.number)) return std::nullopt;
    item.begin = start;
    item.end = static_cast<std::size_t>(item.number.end - text.data());
    std::size_t q = item.end;
    if (start != pos) q = skip_link_tail(text, q);
    grammar::DateMatch date;
    std::size_t d = skip_gap(text, q);
    if (grammar::parse_date(text.data() + d, text.data() + text.size(), date)) {
        item.date = iso_date(date);
        q = static_cast<std::size_t>(date.end - text.data());
    }
    item.consumed = q;
    return item;
}

// ", " "and" "und" "et" "y" "as well as" "sowie" between the numbers of a list.
std::optional<std::size_t> separator_at(std::string_view text, std::size_t pos) {
    std::size_t p = pos;
    while (p < text.size() && text[p] == ' ') ++p;
    bool comma = p < text.size() && text[p] == ',';
    if (comma) p = skip_gap(text, p + 1);
    else p = skip_gap(text, p);
    for (std::string_view word : {"and", "und", "et", "y", "as well as", "sowie"}) {
        if (text.compare(p, word.size(), word) == 0 && p + word.size() < text.size() &&
            !is_letter_byte(text[p + word.size()])) {
            return skip_gap(text, p + word.size());
        }
    }
    if (comma) return p;
    return std::nullopt;
}

class Scanner {
public:
    Scanner(std::string_view text, Organ home) : text_(text), home_(home) {}

    ScanResult run() {
        std::vector<Anchor> anchors;
        anchors.reserve(text_.size() / 256);
        collect_slashes(anchors);
        for (std::string_view needle : {"esolu", "\xC3\xA9solu", "ecisi", "\xC3\xA9" "cisi", "Beschl"})
            collect(text_, needle, AnchorKind::act_keyword, anchors);
        for (std::string_view needle : {"Treaty Series", "Recueil des Trait"}) collect(text_, needle, AnchorKind::treaty, anchors);
        for (std::string_view needle : {"Ibid", "ibid.", "Ebd.", "Ib\xC3\xAD" "d."}) collect(text_, needle, AnchorKind::ibid, anchors);
        std::sort(anchors.begin(), anchors.end());
        for (auto const& anchor : anchors) {
            if (anchor.pos < covered_) continue;
            switch (anchor.kind) {
                case AnchorKind::slash: on_slash(anchor.pos); break;
                case AnchorKind::act_keyword: on_keyword(anchor.pos); break;
                case AnchorKind::treaty: on_treaty(anchor.pos); break;
                case AnchorKind::ibid: on_ibid(anchor.pos); break;
            }
        }
        collect_links();
        // table rows are emitted with their heading, before the anchors inside them
        std::stable_sort(result_.citations.begin(), result_.citations.end(),
                         [](const Reference& a, const Reference& b) { return a.begin < b.begin; });
        return std::move(result_);
    }

private:
    void collect_slashes(std::vector<Anchor>& anchors) const {
        const char* base = text_.data();
        const char* p = base;
        const char* end = base + text_.size();
        while ((p = static_cast<const char*>(std::memchr(p, '/', static_cast<std::size_t>(end - p))))) {
            anchors.push_back({static_cast<std::size_t>(p - base), AnchorKind::slash});
            ++p;
        }
    }

    void emit(Kind kind, std::string id, std::size_t begin, std::size_t end, std::string status = "ok",
              Organ organ = Organ::unknown, std::string date = {}) {
        Reference r;
        r.kind = kind;
        r.id = std::move(id);
        r.begin = begin;
        r.end = end;
        r.status = std::move(status);
        r.organ = organ;
        r.date = std::move(date);
        result_.citations.push_back(std::move(r));
    }

    void on_slash(std::size_t slash) {
        std::size_t start = slash;
        while (start > 0 && slash - start < 24 && is_symbol_byte(text_[start - 1])) --start;
        while (start < slash && (text_[start] == '.' || text_[start] == '-')) ++start;
        if (start < covered_) return;
        auto hit = symbol_at(text_, start);
        if (!hit) return;
        Kind kind = Kind::document;
        if (hit->id.find("/RES/") != std::string::npos) kind = Kind::resolution;
        else if (hit->id.find("/DEC/") != std::string::npos) kind = Kind::decision;
        emit(kind, hit->id, hit->begin, hit->end, "ok", organ_of_symbol(hit->id));
        covered_ = hit->end;
    }

    void on_keyword(std::size_t anchor) {
        auto keyword = keyword_around(text_, anchor);
        if (!keyword) return;
        if (mandate_table(*keyword)) return;
        std::size_t p = skip_gap(text_, keyword->end);
        std::vector<Item> items;
        while (auto item = item_at(text_, p)) {
            items.push_back(*item);
            auto next = separator_at(text_, item->consumed);
            if (!next) break;
            // the separator only belongs to the list if another number follows it
            grammar::NumberMatch probe;
            std::size_t q = *next < text_.size() && text_[*next] == '[' ? *next + 1 : *next;
            if (!grammar::parse_number(text_.data() + q, text_.data() + text_.size(), probe)) break;
            p = *next;
        }
        if (items.empty()) return;
        covered_ = items.back().consumed;

        OrganHint hint = organ_before(text_, keyword->begin);
        if (!hint.found()) hint = organ_after(text_, items.front().end);
        if (!hint.found()) hint = organ_after(text_, items.front().consumed);
        if (!hint.found() && items.size() > 1) hint = organ_after(text_, items.back().consumed);
        for (auto const& item : items) emit_act(item, hint, keyword->decision);
    }

    void emit_act(const Item& item, const OrganHint& organ, bool decision) {
        if (organ.foreign) return;  // another body's resolutions: not ours to number
        auto id = act_id(item.number, organ.organ, home_, decision);
        if (!id) return;
        emit(decision ? Kind::decision : Kind::resolution, id->id, item.begin, item.end, "ok", id->organ, item.date);
    }

    struct Line {
        std::size_t first, last, next;  // trimmed [first, last), start of the next line
    };
    Line line_at(std::size_t pos) const {
        std::size_t end = text_.find('\n', pos);
        if (end == std::string_view::npos) end = text_.size();
        std::size_t first = pos, last = end;
        while (first < last && (text_[first] == ' ' || text_[first] == '\t')) ++first;
        while (last > first && (text_[last - 1] == ' ' || text_[last - 1] == '\r' || text_[last - 1] == '\t')) --last;
        return {first, last, end + 1};
    }

    // Mandate tables in Secretariat reports: a short heading line ending in the keyword names the
    // organ and the kind ("General Assembly resolutions", "Economic and Social Council resolutions
    // and decisions"); the rows below start with bare numbers ("78/322; 80/146 | Multidimensional
    // Vulnerability Index", "1540 (2004) |"). Returns false when the keyword heads no table.
    bool mandate_table(const Keyword& keyword) {
        std::size_t line_start = text_.rfind('\n', keyword.begin);
        Line heading = line_at(line_start == std::string_view::npos ? 0 : line_start + 1);
        std::string_view after = text_.substr(keyword.end, heading.last - keyword.end);
        bool decision = keyword.decision;
        if (after == " and decisions") decision = false;
        else if (!after.empty()) return false;
        if (heading.last - heading.first > 90) return false;
        // a table has cells: a wrapped line of running text that happens to end in "resolutions" does not
        Line first_row = line_at(heading.next);
        while (first_row.first == first_row.last && first_row.next < text_.size()) first_row = line_at(first_row.next);
        if (text_.substr(first_row.first, first_row.last - first_row.first).find('|') == std::string_view::npos)
            return false;
        covered_ = heading.last;  // "decisions" in "resolutions and decisions" heads nothing more
        OrganHint organ = organ_before(text_, keyword.begin);
        for (std::size_t pos = heading.next; pos < text_.size();) {
            Line line = line_at(pos);
            if (line.first < line.last && !table_row(line, organ, decision)) break;
            pos = line.next;
        }
        return true;
    }

    // One row: the numbers at the start of its first cell, separated by ";", "," or "and".
    bool table_row(const Line& line, const OrganHint& organ, bool decision) {
        std::size_t bar = text_.substr(line.first, line.last - line.first).find('|');
        std::size_t cell_end = bar == std::string_view::npos ? line.last : line.first + bar;
        std::size_t p = line.first;
        bool any = false;
        while (p < cell_end) {
            auto item = item_at(text_, p);
            if (!item || item->end > cell_end) break;
            any = true;
            emit_act(*item, organ, decision);
            p = item->consumed;
            while (p < cell_end && (text_[p] == ' ' || text_[p] == ';' || text_[p] == ',')) ++p;
            if (text_.compare(p, 4, "and ") == 0) p += 4;
        }
        return any || bar != std::string_view::npos;
    }

    // "United Nations, Treaty Series, vol. 2225, No. 39574" and its French form.
    void on_treaty(std::size_t anchor) {
        std::size_t begin = anchor;
        for (std::string_view prefix : {"United Nations, *", "United Nations, ", "Nations Unies, *", "Nations Unies, ",
                                        "Naciones Unidas, *", "Naciones Unidas, ", "Vereinte Nationen, "}) {
            if (anchor >= prefix.size() && text_.compare(anchor - prefix.size(), prefix.size(), prefix) == 0) {
                begin = anchor - prefix.size();
                break;
            }
        }
        std::size_t p = text_.find_first_of(",", anchor);
        if (p == std::string_view::npos || p - anchor > 24) return;
        p = skip_gap(text_, p + 1);
        treaty_at(begin, p, "ok");
    }

    // Emits the Treaty Series references of the citation whose volume label is at `vol`.
    bool treaty_at(std::size_t begin, std::size_t vol, std::string_view status) {
        grammar::TreatyMatch t;
        if (!grammar::parse_treaty(text_.data() + vol, text_.data() + text_.size(), t)) return false;
        std::size_t end = static_cast<std::size_t>(t.end - text_.data());
        covered_ = std::max(covered_, end);
        if (t.malformed) {
            emit(Kind::treaty, fmt::format("UNTS:{}", t.volumes.front()), begin, end,
                 "malformed: the registration number has no label (No., Nr., no, núm.)");
            return true;
        }
        auto add = [&](const std::string& volume, const std::string& item) {
            emit(Kind::treaty, fmt::format("UNTS:{}:{}", volume, item), begin, end, std::string(status));
        };
        std::vector<std::string> items = t.numbers;
        if (items.empty())
            for (auto const& page : t.pages) items.push_back("p" + page);
        if (t.volumes.size() == items.size()) {
            for (std::size_t i = 0; i < items.size(); ++i) add(t.volumes[i], items[i]);
        } else {
            for (auto const& volume : t.volumes)
                for (auto const& item : items) add(volume, item);
        }
        return true;
    }

    void on_ibid(std::size_t anchor) {
        if (anchor > 0 && is_letter_byte(text_[anchor - 1])) return;
        std::size_t end = anchor;
        while (end < text_.size() && is_letter_byte(text_[end])) ++end;
        if (end < text_.size() && text_[end] == '.') ++end;
        emit(Kind::ibid, "", anchor, end, "unresolved");
        covered_ = end;
        std::size_t p = end;
        if (p < text_.size() && text_[p] == ',') p = skip_gap(text_, p + 1);
        treaty_at(anchor, p, "ibid");
    }

    void collect_links() {
        std::size_t pos = 0;
        while ((pos = text_.find('[', pos)) != std::string_view::npos) {
            std::size_t close = text_.find("](", pos + 1);
            std::size_t newline = text_.find('\n', pos + 1);
            if (close == std::string_view::npos || close > newline || close - pos > 300) {
                ++pos;
                continue;
            }
            std::size_t target_end = text_.find(')', close + 2);
            if (target_end == std::string_view::npos || target_end > newline) {
                ++pos;
                continue;
            }
            MarkdownLink link{pos, pos + 1, close, target_end + 1,
                              std::string(text_.substr(close + 2, target_end - close - 2))};
            result_.links.push_back(std::move(link));
            pos = close;
        }
    }

    std::string_view text_;
    Organ home_;
    std::size_t covered_ = 0;
    ScanResult result_;
};

}  // namespace

ScanResult scan_citations(std::string_view text, Organ home) { return Scanner(text, home).run(); }

}  // namespace unxref
