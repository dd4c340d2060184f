#include "refs/scanner.hpp"

#include <algorithm>
#include <optional>
#include <cstring>
#include <fmt/compile.h>
#include <fmt/format.h>

#include "grammar.hpp"
#include "refs/act_id.hpp"
#include "refs/anchors.hpp"
#include "refs/organ.hpp"
#include "refs/relation.hpp"
#include "refs/symbol.hpp"
#include "text/chars.hpp"
#include "text/markdown_link.hpp"

namespace unxref {

using namespace std::string_view_literals;

namespace {

using chars::is_letter_byte;
bool is_symbol_byte(char c) { return chars::is_alnum(c) || c == '.' || c == '-'; }

using chars::skip_gap;

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
// Russian "резолюция" in any case form, Arabic "قرار" with its article, prepositions and
// endings ("القرار", "بالقرار", "قراره", "القرارين"): the word around a non-Latin anchor.
std::optional<Keyword> non_latin_keyword(std::string_view text, std::size_t anchor) {
    auto is_word_byte = [](char c) { return static_cast<unsigned char>(c) >= 0x80 && c != '\xC2'; };
    std::size_t begin = anchor, end = anchor;
    while (begin > 0 && anchor - begin < 10 && is_word_byte(text[begin - 1])) --begin;
    while (end < text.size() && end - anchor < 24 && is_word_byte(text[end])) ++end;
    if ((begin > 0 && is_word_byte(text[begin - 1])) || (end < text.size() && is_word_byte(text[end])))
        return std::nullopt;
    std::string_view word = text.substr(begin, end - begin);
    for (std::string_view stem : {"\xD1\x80\xD0\xB5\xD0\xB7\xD0\xBE\xD0\xBB\xD1\x8E\xD1\x86\xD0\xB8"sv,    // резолюци
                                  "\xD0\xA0\xD0\xB5\xD0\xB7\xD0\xBE\xD0\xBB\xD1\x8E\xD1\x86\xD0\xB8"sv}) {  // Резолюци
        if (word.starts_with(stem) && word.size() <= stem.size() + 6) return Keyword{begin, end, false};
    }
    std::string_view qarar = "\xD9\x82\xD8\xB1\xD8\xA7\xD8\xB1";  // قرار
    std::size_t at = word.find(qarar);
    if (at == std::string_view::npos) return std::nullopt;
    std::string_view prefix = word.substr(0, at), suffix = word.substr(at + qarar.size());
    constexpr std::string_view prefixes[] = {"", "\xD8\xA7\xD9\x84", "\xD8\xA8", "\xD9\x84", "\xD9\x88",
                                             "\xD8\xA8\xD8\xA7\xD9\x84", "\xD9\x84\xD9\x84",
                                             "\xD9\x88\xD8\xA7\xD9\x84", "\xD9\x88\xD8\xA8"};  // ال ب ل و بال لل وال وب
    constexpr std::string_view suffixes[] = {"", "\xD9\x87", "\xD9\x8A\xD9\x86", "\xD8\xA7\xD8\xAA",
                                             "\xD8\xA7\xD8\xAA\xD9\x87", "\xD9\x8A\xD9\x87",
                                             "\xD9\x87\xD8\xA7", "\xD8\xA7", "\xD9\x8A"};  // ه ين ات اته يه ها, the dual before a noun: ا ي
    bool known_prefix = std::find(std::begin(prefixes), std::end(prefixes), prefix) != std::end(prefixes);
    bool known_suffix = std::find(std::begin(suffixes), std::end(suffixes), suffix) != std::end(suffixes);
    if (known_prefix && known_suffix) return Keyword{begin, end, false};
    return std::nullopt;
}

std::optional<Keyword> keyword_around(std::string_view text, std::size_t anchor) {
    if (static_cast<unsigned char>(text[anchor]) >= 0x80 && static_cast<unsigned char>(text[anchor]) != 0xC3)
        return non_latin_keyword(text, anchor);
    std::size_t begin = anchor;
    while (begin > 0 && anchor - begin < 4 && (text[begin - 1] == 'r' || text[begin - 1] == 'R' ||
                                                text[begin - 1] == 'd' || text[begin - 1] == 'D'))
        --begin;
    // punctuation such as an em dash or a quote ("Jerusalem—resolutions 465 (1980)") is
    // no letter even though its bytes are >= 0x80
    auto punctuation_before = [&](std::size_t at) {
        for (std::string_view mark : {"\xE2\x80\x94"sv, "\xE2\x80\x93"sv, "\xE2\x80\x9C"sv, "\xE2\x80\x98"sv, "\xC2\xAB"sv, "\xC2\xA0"sv})
            if (at >= mark.size() && text.substr(at - mark.size(), mark.size()) == mark) return true;
        return false;
    };
    if (begin > 0 && is_letter_byte(text[begin - 1]) && !punctuation_before(begin)) return std::nullopt;
    std::size_t end = anchor;
    // the word ends before an apostrophe and before a no-break space ("resolution\u00A070/1")
    while (end < text.size() && is_letter_byte(text[end]) && text.compare(end, 3, "\xE2\x80\x99") != 0 &&
           !chars::wide_space_length(text, end))
        ++end;
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
    if (d.month == 0) return fmt::format(FMT_COMPILE("{:04}"), d.year);
    if (d.day == 0) return fmt::format(FMT_COMPILE("{:04}-{:02}"), d.year, d.month);
    return fmt::format(FMT_COMPILE("{:04}-{:02}-{:02}"), d.year, d.month, d.day);
}

// "](#)" after a number written as a Markdown link text.
std::size_t skip_link_tail(std::string_view text, std::size_t pos) {
    auto tail = markdown_link_tail(text, pos);
    return tail ? tail->end : pos;
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
    // ',' or the Arabic comma '،' ("2118 (2013)، و 2139 (2014)")
    std::size_t comma = p < text.size() && text[p] == ',' ? 1 : text.compare(p, 2, "\xD8\x8C") == 0 ? 2 : 0;
    p = skip_gap(text, p + comma);
    for (std::string_view word : {"and"sv, "und"sv, "et"sv, "y"sv, "as well as"sv, "sowie"sv, "\xD0\xB8"sv, "\xD9\x88"sv}) {  // и, و
        if (text.compare(p, word.size(), word) == 0 && p + word.size() < text.size() &&
            (!is_letter_byte(text[p + word.size()]) || chars::wide_space_length(text, p + word.size()))) {
            return skip_gap(text, p + word.size());
        }
    }
    if (comma) return p;
    return std::nullopt;
}

class Scanner {
public:
    Scanner(std::string_view text, Organ home, const Layout* layout) : text_(text), home_(home), layout_(layout) {}

    ScanResult run(const std::vector<Anchor>& anchors) {
        // about one citation per anchor: no regrowth moving them (but no more than a citation
        // every 8 bytes could give: a file of 50 MB of '/' has 50 million anchors)
        result_.citations.reserve(std::min(anchors.size(), text_.size() / 8 + 1));
        for (auto const& anchor : anchors) {
            if (is_covered(anchor.pos)) continue;
            switch (anchor.kind) {
                case AnchorKind::slash: on_slash(anchor.pos); break;
                case AnchorKind::act_keyword: on_keyword(anchor.pos); break;
                case AnchorKind::act_suffix: on_chinese_citation(anchor.pos); break;
                case AnchorKind::treaty: on_treaty(anchor.pos); break;
                case AnchorKind::ibid: on_ibid(anchor.pos); break;
            }
        }
        collect_links();
        // table rows are emitted with their heading, before the anchors inside them (the sort
        // moves six strings per reference: only when needed)
        auto by_begin = [](const Reference& a, const Reference& b) { return a.begin < b.begin; };
        if (!std::is_sorted(result_.citations.begin(), result_.citations.end(), by_begin))
            std::stable_sort(result_.citations.begin(), result_.citations.end(), by_begin);
        return std::move(result_);
    }

private:
    const CouncilMentions& council_mentions() {
        if (!council_mentions_) council_mentions_.emplace(text_);
        return *council_mentions_;
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
        if (is_covered(start)) return;
        auto hit = symbol_at(text_, start);
        if (!hit) return;
        emit(kind_of_id(hit->id), hit->id, hit->begin, hit->end, "ok", organ_of_symbol(hit->id));
        cover(hit->end);
    }

    void on_keyword(std::size_t anchor) {
        auto keyword = keyword_around(text_, anchor);
        if (!keyword) return;
        if (mandate_table(*keyword)) return;
        std::size_t p = skip_gap(text_, keyword->end);
        // the organ may stand between the keyword and the numbers: "resoluciones del Consejo de
        // Seguridad 822 (1993), …", Arabic "قرار مجلس الأمن التابع للأمم المتحدة 1325 (2000)"
        OrganHint between;
        std::optional<Item> item = item_at_page(p);
        if (!item) {
            between = organ_after(text_, p);
            if (between.end > 0) {
                std::size_t q = skip_gap(text_, between.end);
                if ((item = item_at_page(q))) p = q;
                else between = {};
            }
        }
        // each number is parsed once: the look past a separator keeps what it found
        std::vector<Item> items;
        while (item) {
            items.push_back(std::move(*item));
            const Item* current = &items.back();
            auto next = separator_at(text_, after_date_marker(*current));
            if (!next) next = past_topic(*current);
            if (!next) break;
            // the separator only belongs to the list if another number follows it, on this
            // page or, past the page foot (footnotes, running header), on the next
            std::optional<Item> following = item_at_page(*next);
            if (!following) {
                // a footnote marker after the separator ("of 14 July 2023,3 52/31 of …") is passed over
                std::size_t digits = marker_digits_at(*next);
                if (digits && *next + digits < text_.size() &&
                    (text_[*next + digits] == ' ' || text_[*next + digits] == '\n' || text_[*next + digits] == '\r')) {
                    next = skip_gap(text_, *next + digits);
                    following = item_at_page(*next);
                }
            }
            if (!following) {
                // only a list in the body runs on past the page foot (one in a footnote ends there)
                bool in_body = layout_ && layout_->is_body(layout_->line_of(current->begin));
                std::size_t resumed = in_body ? after_page_foot(*next) : *next;
                if (resumed == *next || !(following = item_at_page(resumed))) break;
                page_feet_.push_back({*next, resumed});
                next = resumed;
            }
            p = *next;
            item = std::move(following);
        }
        if (items.empty()) return;
        cover(items.back().consumed);

        OrganHint hint = between.found() ? between : organ_before(text_, keyword->begin);
        bool bare_council = hint.bare_council && home_ != Organ::security_council &&
                            home_ != Organ::human_rights_council && home_ != Organ::ecosoc;
        if (!hint.found()) hint = organ_after(text_, items.front().end);
        if (!hint.found()) hint = organ_after(text_, items.front().consumed);
        if (!hint.found() && items.size() > 1) hint = organ_after(text_, items.back().consumed);
        // "Council" alone in a document of the Assembly (or of no organ), no organ named after the
        // numbers ("the Council resolution 52/5 of the Human Rights Council"): the council named last
        if (!hint.found() && bare_council) {
            if (auto named = council_mentions().named_before(keyword->begin)) {
                hint.organ = *named;
                hint.foreign = *named == Organ::unknown;  // the Trusteeship Council's, the Governing Council's
                hint.bare_council = true;
            }
        }
        // "Human Rights Council decision 18/120 … and resolutions 24/14 of …, 27/21": a list that names
        // no organ, with a number the document's own organ cannot have, goes on with the council
        // cited last in the same sentence: the whole list (its numbers are one organ's), but for
        // a number no council session reaches
        std::optional<Organ> carried;
        if (!hint.found() && (carried = council_of_sentence(keyword->begin)) && fits_home(items, keyword->decision))
            carried.reset();
        // "Resolution 2013/41 des Wirtschafts- und Sozialrats vom 25. Juli 2013": the date after the organ
        if (items.size() == 1 && items.front().date.empty() && hint.end > 0) {
            grammar::DateMatch date;
            std::size_t d = skip_gap(text_, hint.end);
            if (grammar::parse_date(text_.data() + d, text_.data() + text_.size(), date))
                items.front().date = iso_date(date);
        }
        OrganHint carried_hint{carried.value_or(Organ::unknown)};
        carried_hint.bare_council = true;  // a number the council cannot have keeps its own form's id
        for (auto const& item : items)
            emit_act(item, carried && council_may_number(item, keyword->decision) ? carried_hint : hint,
                     keyword->decision);
    }

    // No council session has adopted more than a hundred resolutions, no Assembly session four
    // hundred (decisions run higher).
    static constexpr int most_council_resolutions = 100, most_assembly_resolutions = 400;
    static bool council_may_number(const Item& item, bool decision) {
        return decision || chars::parse_int(item.number.number) <= most_council_resolutions;
    }

    // Whether every number of the list is one the document's own organ (or the number's form) gives an id.
    bool fits_home(const std::vector<Item>& items, bool decision) const {
        return std::all_of(items.begin(), items.end(), [&](const Item& item) {
            return act_id(item.number, Organ::unknown, home_, decision).has_value();
        });
    }

    // The council (Human Rights Council, Economic and Social Council, Commission on Human Rights)
    // whose act is the last one cited before `pos` (none when that is another organ's), in the same sentence: within 1,500 bytes, in the same
    // paragraph (relation.hpp's, which goes on across a page foot), and no ';' or sentence end
    // (". " before a capital, not after an abbreviation such as "para." or "chap.") between.
    std::optional<Organ> council_of_sentence(std::size_t pos) const {
        constexpr std::size_t longest_sentence = 1500;
        auto after = std::upper_bound(acts_cited_.begin(), acts_cited_.end(), pos,
                                      [](std::size_t p, const std::pair<std::size_t, Organ>& c) { return p < c.first; });
        // the last act in the same stream: a body citation's sentence is not broken by the notes
        // at a page foot between its parts, nor a note's by the body
        auto in_body = [&](std::size_t offset) { return !layout_ || layout_->is_body(layout_->line_of(offset)); };
        bool body = in_body(pos);
        while (after != acts_cited_.begin() && pos - std::prev(after)->first <= longest_sentence &&
               in_body(std::prev(after)->first - 1) != body)
            --after;
        if (after == acts_cited_.begin()) return std::nullopt;
        auto [end, organ] = *std::prev(after);
        bool council = organ == Organ::human_rights_council || organ == Organ::ecosoc ||
                       organ == Organ::commission_on_human_rights;
        if (!council || pos - end > longest_sentence) return std::nullopt;
        if (layout_ && !same_paragraph(end - 1, pos, longest_sentence)) return std::nullopt;
        for (std::size_t i = end; i < pos; ++i) {
            if (text_[i] == ';') return std::nullopt;
            if (text_[i] == '.' && sentence_ends_at(text_, i)) return std::nullopt;
        }
        return organ;
    }

    // Whether `from` and `to` (after it, at most `reach` bytes) lie in one paragraph of the body
    // (relation.hpp's paragraph) or in one footnote.
    bool same_paragraph(std::size_t from, std::size_t to, std::size_t reach) const {
        bool body = layout_->is_body(layout_->line_of(to));
        if (body != layout_->is_body(layout_->line_of(from))) return false;
        if (body) return paragraph_start(text_, *layout_, to, layout_->line_of(to > reach ? to - reach : 0)) <= from;
        auto const& notes = layout_->definitions;  // by begin
        auto note = std::upper_bound(notes.begin(), notes.end(), to,
                                     [](std::size_t p, const FootnoteDefinition& d) { return p < d.begin; });
        return note != notes.begin() && std::prev(note)->begin <= from && to < std::prev(note)->end;
    }

    // Whether the '.' at `dot` ends a sentence: a capital (Latin or Cyrillic) follows after a
    // gap, and the word before is no abbreviation ("para.", "chap. IV", "No."; "a vote. Resolution"
    // ends one: a short word is not therefore an abbreviation).
    static bool sentence_ends_at(std::string_view s, std::size_t dot) {
        static constexpr std::string_view abbreviations[] = {
            "para", "paras", "chap", "sect", "art", "Art", "arts", "No", "Nos", "no", "vol", "Vol", "p", "pp",
            "Rev", "Corr", "Add", "Nr", "Kap", "Ziff", "Abschn", "cap", "secc", "Sect", "Mr", "Ms", "Mrs", "Dr",
            "St", "cf", "e", "g", "i", "al", "etc", "resp", "Suppl", "Sess"};
        std::size_t next = skip_gap(s, dot + 1);
        if (next == dot + 1 || next >= s.size()) return false;
        bool capital = chars::is_upper(s[next]) ||
                       (s[next] == '\xD0' && next + 1 < s.size() && static_cast<unsigned char>(s[next + 1]) >= 0x81 &&
                        static_cast<unsigned char>(s[next + 1]) <= 0xAF);  // А–Я, Ё
        std::size_t word = dot;
        while (word > 0 && chars::is_letter_byte(s[word - 1])) --word;
        std::string_view before = s.substr(word, dot - word);
        bool abbreviation = std::find(std::begin(abbreviations), std::end(abbreviations), before) != std::end(abbreviations);
        return capital && !abbreviation;
    }

    // After an item whose date a footnote marker follows, glued to the year ("of 23 March
    // 202115 and 55/18": the date ends after 2021) or spaced as PDF text spaces it ("of 22
    // March 2019 31 and 46/17"), the end of the marker's digits: the list goes on past them.
    std::size_t after_date_marker(const Item& item) const {
        std::size_t p = item.consumed;
        if (item.date.empty() || p == 0 || !chars::is_digit(text_[p - 1])) return p;
        if (std::size_t glued = marker_digits_at(p)) return p + glued;
        std::size_t q = p;
        while (q < text_.size() && text_[q] == ' ') ++q;
        std::size_t spaced = q > p ? marker_digits_at(q) : 0;
        // set off on both sides, the line perhaps ending after it ("4 April 2024 34\n and 58/17")
        bool ends = spaced && q + spaced < text_.size() &&
                    (text_[q + spaced] == ' ' || text_[q + spaced] == ',' || text_[q + spaced] == '\n' ||
                     text_[q + spaced] == '\r');
        return ends ? q + spaced : p;
    }

    // "resolutions 63/71 of 2 December 2008 on the Convention on Cluster Munitions and 70/54 of
    // 7 December 2015, 71/45 of …": a list goes on past the topic of a dated number to the next
    // dated number after a list separator, when the topic is short, in the same sentence and
    // paragraph, and names no other number or act. Where that number starts, or nothing.
    std::optional<std::size_t> past_topic(const Item& item) {
        constexpr std::size_t longest_topic = 300;
        if (item.date.empty()) return std::nullopt;
        std::size_t p = skip_gap(text_, after_date_marker(item));
        if (text_.compare(p, 3, "on ") != 0 && text_.compare(p, 9, "entitled ") != 0) return std::nullopt;
        for (std::size_t q = p, end = std::min(text_.size(), p + longest_topic); q < end; ++q) {
            char c = text_[q];
            if (c == ';' || c == ':' || c == '/' || (c == '.' && sentence_ends_at(text_, q))) return std::nullopt;
            // another act named in the topic is the scanner's to read from its own keyword
            if (c == 'e' && (text_.compare(q, 9, "esolution") == 0 || text_.compare(q, 7, "ecision") == 0))
                return std::nullopt;
            if (c != ',' && c != ' ') continue;
            auto at = separator_at(text_, q);
            if (!at || *at >= text_.size() || !chars::is_digit(text_[*at])) continue;
            if (layout_ && !same_paragraph(item.end, *at, longest_topic)) return std::nullopt;
            std::optional<Item> following = item_at(text_, *at);
            if (!following || following->date.empty()) return std::nullopt;
            return at;
        }
        return std::nullopt;
    }

    // The length of a footnote marker's number at `p`: a run of one to three digits (no more
    // digits after it), else 0.
    std::size_t marker_digits_at(std::size_t p) const {
        std::size_t digits = 0;
        while (p + digits < text_.size() && digits < 4 && chars::is_digit(text_[p + digits])) ++digits;
        return digits <= 3 ? digits : 0;
    }

    // item_at, and when a date's first word ends the page's last body line ("68/150 of" | the
    // page foot | "18 December 2013, 69/160 of …"), the date read across the page foot.
    std::optional<Item> item_at_page(std::size_t pos) {
        auto item = item_at(text_, pos);
        if (!item || !item->date.empty() || !layout_) return item;
        std::size_t d = skip_gap(text_, item->consumed);
        for (std::string_view word : grammar::date_openings) {
            if (text_.compare(d, word.size(), word) != 0) continue;
            std::size_t eol = d + word.size();
            while (eol < text_.size() && (text_[eol] == ' ' || text_[eol] == '\r')) ++eol;
            if (eol >= text_.size() || text_[eol] != '\n') continue;
            std::size_t resumed = after_page_foot(eol + 1);
            if (resumed == eol + 1) continue;  // no page foot in between
            std::string joined = std::string(word) + " " + std::string(text_.substr(resumed, 64));
            grammar::DateMatch date;
            if (!grammar::parse_date(joined.data(), joined.data() + joined.size(), date)) continue;
            item->date = iso_date(date);
            item->consumed = resumed + static_cast<std::size_t>(date.end - joined.data()) - (word.size() + 1);
            page_feet_.push_back({eol + 1, resumed});
            break;
        }
        return item;
    }


    // The numbers from the 第 at `start` when they run up to `suffix` ("号决议"), else none.
    std::vector<Item> chinese_list(std::size_t start, std::size_t suffix) const {
        constexpr std::string_view number_mark = "\xE5\x8F\xB7";  // 号
        constexpr std::string_view joiners[] = {"\xE5\x92\x8C", "\xE3\x80\x81", "\xE5\x8F\x8A", "\xEF\xBC\x8C"};  // 和 、 及 ，
        std::vector<Item> items;
        std::size_t p = start + chinese_ordinal.size();
        while (auto item = item_at(text_, p)) {
            if (item->end > suffix) break;
            items.push_back(*item);
            p = item->end;
            if (p == suffix) return items;
            if (text_.compare(p, number_mark.size(), number_mark) == 0) p += number_mark.size();
            auto joiner = std::find_if(std::begin(joiners), std::end(joiners),
                                       [&](std::string_view j) { return text_.compare(p, j.size(), j) == 0; });
            if (joiner == std::end(joiners)) break;
            p += joiner->size();
            if (text_.compare(p, chinese_ordinal.size(), chinese_ordinal) == 0) p += chinese_ordinal.size();
        }
        return {};
    }

    // Chinese puts the numbers between "第" and "号决议": "安全理事会第1325(2000)号决议",
    // "第874(1993)号和第884(1993)号决议", "第1267(1999)和1989(2011)号决议". The list starts at
    // the earliest 第 (within a list's length) whose numbers run up to this 号决议.
    void on_chinese_citation(std::size_t suffix) {
        constexpr std::size_t longest_list = 160;
        std::size_t start = text_.find(chinese_ordinal, suffix > longest_list ? suffix - longest_list : 0);
        std::vector<Item> items;
        for (; start < suffix; start = text_.find(chinese_ordinal, start + 1))
            if (!is_covered(start) && !(items = chinese_list(start, suffix)).empty()) break;
        if (items.empty()) return;
        cover(suffix + chinese_resolution.size());
        OrganHint hint;
        // a date may stand between the organ and 第 ("…经济委员会2014年5月9日第683(XXXV)号决议")
        std::string_view before = chinese_without_date(text_.substr(0, start));
        // another body's: a commission, conference or organization ("拉丁美洲和加勒比经济委员会")
        for (std::string_view body : {"\xE5\xA7\x94\xE5\x91\x98\xE4\xBC\x9A"sv, "\xE4\xBC\x9A\xE8\xAE\xAE"sv,
                                      "\xE7\xBB\x84\xE7\xBB\x87"sv})  // 委员会 会议 组织
            if (before.ends_with(body)) return;
        if (before.ends_with("\xE4\xBA\xBA\xE6\x9D\x83\xE7\x90\x86\xE4\xBA\x8B\xE4\xBC\x9A"))  // 人权理事会
            hint.organ = Organ::human_rights_council;
        else if (before.ends_with("\xE7\xBB\x8F\xE7\xA4\xBE\xE7\x90\x86\xE4\xBA\x8B\xE4\xBC\x9A") ||  // 经社理事会
                 before.ends_with("\xE7\xBB\x8F\xE6\xB5\x8E\xE5\x8F\x8A\xE7\xA4\xBE\xE4\xBC\x9A"
                                  "\xE7\x90\x86\xE4\xBA\x8B\xE4\xBC\x9A"))  // 经济及社会理事会
            hint.organ = Organ::ecosoc;
        else if (before.ends_with("\xE5\xA4\xA7\xE4\xBC\x9A"))  // 大会
            hint.organ = Organ::general_assembly;
        for (auto const& item : items) emit_act(item, hint, false);
    }

    // The text before 第 without a date right before it ("2014年5月9日", "1946年2月16日").
    static std::string_view chinese_without_date(std::string_view before) {
        auto strip_number_then = [&](std::string_view unit) {
            if (!before.ends_with(unit)) return false;
            std::string_view rest = before.substr(0, before.size() - unit.size());
            std::size_t digits = 0;
            while (digits < rest.size() && digits < 4 && chars::is_digit(rest[rest.size() - 1 - digits])) ++digits;
            if (digits == 0) return false;
            before = rest.substr(0, rest.size() - digits);
            return true;
        };
        std::string_view saved = before;
        // 日 (day), 月 (month), 年 (year), from the end
        if (strip_number_then("\xE6\x97\xA5") && strip_number_then("\xE6\x9C\x88") && strip_number_then("\xE5\xB9\xB4"))
            return before;
        before = saved;
        return before;
    }

    void emit_act(Item item, const OrganHint& organ, bool decision) {
        if (organ.foreign) return;  // another body's resolutions: not ours to number
        bool council = organ.organ == Organ::human_rights_council ||
                       (organ.organ == Organ::unknown && home_ == Organ::human_rights_council);
        split_glued_marker(item, decision, council ? most_council_resolutions : most_assembly_resolutions);
        // the organ's id, or the number's own form first (OrganHint says when): a council read back
        // or carried to whose numbers this cannot be ("Council resolution 2025/4" after the Security
        // Council was named) leaves the number's form to decide, as before
        auto by_form = [&] { return act_id(item.number, Organ::unknown, home_, decision); };
        auto id = organ.form_first ? by_form() : std::nullopt;
        if (!id) id = act_id(item.number, organ.organ, home_, decision);
        if (!id && organ.bare_council) id = by_form();
        if (!id) return;
        // kept by position: a mandate table's rows are read before the keywords inside them
        auto at = std::upper_bound(acts_cited_.begin(), acts_cited_.end(), item.end,
                                   [](std::size_t p, const std::pair<std::size_t, Organ>& c) { return p < c.first; });
        acts_cited_.insert(at, {item.end, id->organ});
        emit(decision ? Kind::decision : Kind::resolution, id->id, item.begin, item.end, "ok", id->organ, item.date);
    }

    // A footnote marker glued to a session-numbered resolution ("resolution 77/2285 and …",
    // note 5; "55/2831", note 31): no GA session has adopted 400 resolutions, no Human Rights
    // Council session 100, so the last one or two digits are the marker and are left to the
    // footnote stage. (Decisions run to the 500s and 600s: not split.)
    static void split_glued_marker(Item& item, bool decision, int most_resolutions_in_a_session) {
        auto& n = item.number;
        bool session_numbered = !n.session.empty() && n.paren.empty() && n.letters.empty() &&
                                n.session.size() <= 2 && std::all_of(n.session.begin(), n.session.end(), chars::is_digit);
        if (decision || !session_numbered || n.number.size() < 4 || item.end != item.begin + n.session.size() + 1 + n.number.size())
            return;
        for (int digits = 0; digits < 2 && std::stoi(n.number) > most_resolutions_in_a_session; ++digits) {
            n.number.pop_back();
            --item.end;
        }
    }

    struct Line {
        std::size_t first, last, next;  // trimmed [first, last), start of the next line
    };
    Line line_at(std::size_t pos) const {
        pos = std::min(pos, text_.size());  // the line after the last one is empty
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
        // a heading is short: look no further back than its longest form for the line start
        constexpr std::size_t longest_heading = 90;
        std::size_t from = keyword.begin > longest_heading ? keyword.begin - longest_heading : 0;
        auto* line_start = static_cast<const char*>(::memrchr(text_.data() + from, '\n', keyword.begin - from));
        if (!line_start && from > 0) return false;  // the line is longer than any heading
        Line heading = line_at(line_start ? static_cast<std::size_t>(line_start - text_.data()) + 1 : 0);
        std::string_view after = text_.substr(keyword.end, heading.last - keyword.end);
        bool decision = keyword.decision;
        if (after == " and decisions") decision = false;
        else if (!after.empty()) return false;
        if (heading.last - heading.first > 90) return false;
        // a table has cells: a wrapped line of running text that happens to end in "resolutions" does not
        Line first_row = line_at(heading.next);
        while (first_row.first == first_row.last && first_row.next < text_.size()) first_row = line_at(first_row.next);
        std::string_view first_cells = text_.substr(first_row.first, first_row.last - first_row.first);
        // cells are "|"-separated (text from Word) or, in physical-layout PDF text, columns that
        // wide gaps separate, the first row starting with a number
        bool bars = first_cells.find('|') != std::string_view::npos;
        bool columns = !bars && first_cells.find("  ") != std::string_view::npos && item_at(text_, first_row.first);
        if (!bars && !columns) return false;
        cover(heading.last);  // "decisions" in "resolutions and decisions" heads nothing more
        OrganHint organ = organ_before(text_, keyword.begin);
        bool blank_before = false;
        int page_head = 0;  // lines of the next page's head still to pass over
        for (std::size_t pos = heading.next; pos < text_.size();) {
            Line line = line_at(pos);
            pos = line.next;
            if (line.first == line.last) {
                blank_before = true;
                continue;
            }
            // the page foot ("10/47      26-04944": page counter and job number) is no row, and the
            // table goes on after the next page's running header (a row of numbers alone, "58/28",
            // may look like a page counter: only a line with a job number is a page foot)
            if (layout_ && layout_->furniture[layout_->line_of(line.first)] == Layout::page_foot) {
                page_head = 4;
                continue;
            }
            bool row = bars ? table_row(line, organ, decision)
                            : column_row(line, organ, decision, blank_before && page_head == 0);
            if (page_head > 0) --page_head;
            if (!row && page_head == 0) break;
            if (row) page_head = 0;
            blank_before = false;
        }
        return true;
    }

    // The numbers in the cells of a physical-layout row ("43/222 A–E;   Pattern of conferences
    // 50/11; 78/330   Multilingualism"): each column starts after a wide gap. A row without
    // numbers continues a title cell, unless a blank line came before it (the table ended).
    bool column_row(const Line& line, const OrganHint& organ, bool decision, bool blank_before) {
        bool any = false;
        for (std::size_t cell = line.first; cell < line.last;) {
            std::size_t gap = text_.substr(0, line.last).find("  ", cell);
            std::size_t cell_end = gap == std::string_view::npos ? line.last : gap;
            any = numbers_in_cell(cell, cell_end, organ, decision) || any;
            if (gap == std::string_view::npos) break;
            cell = gap;
            while (cell < line.last && text_[cell] == ' ') ++cell;
        }
        return any || !blank_before;
    }

    // The numbers at the start of a cell, separated by ";", "," or "and".
    bool numbers_in_cell(std::size_t p, std::size_t cell_end, const OrganHint& organ, bool decision) {
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
        return any;
    }

    // One row: the numbers at the start of its first cell.
    bool table_row(const Line& line, const OrganHint& organ, bool decision) {
        std::size_t bar = text_.substr(line.first, line.last - line.first).find('|');
        std::size_t cell_end = bar == std::string_view::npos ? line.last : line.first + bar;
        return numbers_in_cell(line.first, cell_end, organ, decision) || bar != std::string_view::npos;
    }

    // "United Nations, Treaty Series, vol. 2225, No. 39574" and its French form.
    void on_treaty(std::size_t anchor) {
        std::size_t begin = anchor;
        for (std::string_view prefix : {"United Nations, *"sv, "United Nations, "sv, "Nations Unies, *"sv, "Nations Unies, "sv,
                                        "Naciones Unidas, *"sv, "Naciones Unidas, "sv, "Vereinte Nationen, "sv}) {
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
        cover(end);
        if (t.malformed) {
            emit(Kind::treaty, fmt::format(FMT_COMPILE("UNTS:{}"), t.volumes.front()), begin, end,
                 status::with_reason(status::malformed, "the registration number has no label (No., Nr., no, núm.)"));
            return true;
        }
        auto add = [&](const std::string& volume, const std::string& item) {
            emit(Kind::treaty, fmt::format(FMT_COMPILE("UNTS:{}:{}"), volume, item), begin, end, std::string(status));
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
        if (static_cast<unsigned char>(text_[anchor]) >= 0x80) {
            auto phrase = non_latin_ibid(anchor);
            if (!phrase) return;
            end = *phrase;
        } else {
            while (end < text_.size() && is_letter_byte(text_[end])) ++end;
            if (end < text_.size() && text_[end] == '.') ++end;
        }
        emit(Kind::ibid, "", anchor, end, "unresolved");
        cover(end);
        std::size_t p = end;
        if (p < text_.size() && text_[p] == ',') p = skip_gap(text_, p + 1);
        treaty_at(anchor, p, "ibid");
    }

    // Russian "там же", Chinese "同上", Arabic "المرجع نفسه" / "المرجع السابق": ordinary words, so
    // taken for Ibid. only in the place an Ibid. stands: after an opening bracket ("(там же,
    // пункт 66)", "(同上，第66段)") or first on its line after a note's number. Returns where the
    // phrase ends.
    std::optional<std::size_t> non_latin_ibid(std::size_t anchor) const {
        std::size_t end = anchor;
        for (std::string_view phrase : {"\xD1\x82\xD0\xB0\xD0\xBC \xD0\xB6\xD0\xB5"sv, "\xE5\x90\x8C\xE4\xB8\x8A"sv,
                                        "\xD8\xA7\xD9\x84\xD9\x85\xD8\xB1\xD8\xAC\xD8\xB9 \xD9\x86\xD9\x81\xD8\xB3\xD9\x87"sv,
                                        "\xD8\xA7\xD9\x84\xD9\x85\xD8\xB1\xD8\xAC\xD8\xB9 \xD8\xA7\xD9\x84\xD8\xB3\xD8\xA7\xD8\xA8\xD9\x82"sv})
            if (text_.compare(anchor, phrase.size(), phrase) == 0) end = anchor + phrase.size();
        if (end == anchor) return std::nullopt;
        // not the start of a longer word: a Latin, Cyrillic or Arabic letter after it (the
        // Arabic comma '،' and Chinese, which has no spaces, may follow)
        auto c = static_cast<unsigned char>(end < text_.size() ? text_[end] : ' ');
        bool arabic_comma = text_.compare(end, 2, "\xD8\x8C") == 0;
        if (end < text_.size() && chars::is_ascii_letter(text_[end])) return std::nullopt;
        if (c == 0xD0 || c == 0xD1 || ((c == 0xD8 || c == 0xD9) && !arabic_comma)) return std::nullopt;
        std::size_t b = anchor;
        while (b > 0 && text_[b - 1] == ' ') --b;
        if (b > 0 && text_[b - 1] == '(') return end;
        if (b >= 3 && text_.compare(b - 3, 3, "\xEF\xBC\x88") == 0) return end;  // （
        while (b > 0 && (chars::is_digit(text_[b - 1]) || text_[b - 1] == ' ')) --b;  // a note's number
        if (b == 0 || text_[b - 1] == '\n') return end;
        return std::nullopt;
    }

    // "[text](target)" on one line, the text at most 300 bytes. Each search stays within
    // the line: a document full of "[" without links must not be read once per bracket.
    void collect_links() {
        std::size_t pos = 0;
        while ((pos = text_.find('[', pos)) != std::string_view::npos) {
            std::string_view line = text_.substr(0, std::min(text_.find('\n', pos + 1), text_.size()));
            std::size_t close = line.substr(0, std::min(line.size(), pos + 302)).find("](", pos + 1);
            auto tail = close == std::string_view::npos ? std::nullopt : markdown_link_tail(text_, close);
            if (!tail) {
                ++pos;
                continue;
            }
            MarkdownLink link{pos, pos + 1, close, tail->end,
                              std::string(text_.substr(tail->target_begin, tail->target_end - tail->target_begin))};
            result_.links.push_back(std::move(link));
            pos = close;
        }
    }

    // Citations end before covered_, except in the page feet a list has jumped over: their
    // footnotes still hold citations of their own.
    bool is_covered(std::size_t pos) const {
        if (pos >= covered_) return false;
        for (auto const& [begin, end] : page_feet_)
            if (pos >= begin && pos < end) return false;
        return true;
    }
    void cover(std::size_t end) { covered_ = std::max(covered_, end); }

    // At `pos`, a line of page foot or furniture (footnote rule, notes, job number, running
    // header): the first byte of the next body line, else `pos`.
    std::size_t after_page_foot(std::size_t pos) const {
        if (!layout_ || pos >= text_.size()) return pos;
        std::size_t line = layout_->line_of(pos);
        if (layout_->is_body(line) && !trimmed_line(text_, *layout_, line).empty()) return pos;
        bool crossed = false;
        for (std::size_t steps = 0; line < layout_->line_count() && steps < 200; ++line, ++steps) {
            std::string_view t = trimmed_line(text_, *layout_, line);
            if (t.empty()) continue;
            if (!layout_->is_body(line)) {
                crossed = true;
                continue;
            }
            return crossed ? static_cast<std::size_t>(t.data() - text_.data()) : pos;
        }
        return pos;
    }

    std::string_view text_;
    Organ home_;
    const Layout* layout_ = nullptr;
    std::optional<CouncilMentions> council_mentions_;  // found at the first bare "Council"
    std::vector<std::pair<std::size_t, Organ>> acts_cited_;  // (end, organ) of each act cited by a keyword or table, by end
    std::vector<std::pair<std::size_t, std::size_t>> page_feet_;
    std::size_t covered_ = 0;
    ScanResult result_;
};

}  // namespace

ScanResult scan_citations(std::string_view text, Organ home, const Layout* layout, const std::vector<Anchor>& anchors) {
    return Scanner(text, home, layout).run(anchors);
}

}  // namespace unxref
