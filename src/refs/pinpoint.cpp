#include "refs/pinpoint.hpp"

#include "grammar.hpp"

namespace unxref {

using namespace std::string_view_literals;

namespace {

constexpr std::string_view labels[] = {
    "annexes", "annex", "Annex", "annexe", "anexo", "Anlage", "appendix", "Anhang", "paras.", "para.",
    "paragraphs", "paragraph", "Ziff.", "Ziffer", "chap.", "Kap.", "sect.", "Abschn.", "art.", "Art.",
    "article", "Artikel", "p\xC3\xA1rr.", "p\xC3\xA1rrafo", "paragraphe", "chap", "secc.", "cap."};

bool is_token_byte(char c) {
    return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || c == '.' || c == '-' || c == 'b' || c == 'a';
}

// "annex II", "para. 14", "paras. 3-5", "Ziffer 6 b)", "sect. I.A", "annex" alone
std::size_t label_with_token(std::string_view text, std::size_t pos) {
    if (pos >= text.size()) return 0;
    for (std::string_view label : labels) {
        // the first byte first: pinpoint_before tries 40 places, most of them no label's start
        if (text[pos] != label[0] || text.compare(pos, label.size(), label) != 0) continue;
        std::size_t p = pos + label.size();
        if (p < text.size() && ((text[p] >= 'a' && text[p] <= 'z') || (text[p] >= 'A' && text[p] <= 'Z'))) continue;
        std::size_t q = p;
        while (q < text.size() && text[q] == ' ') ++q;
        std::size_t token = q;
        while (q < text.size() && is_token_byte(text[q]) && q - token < 12) ++q;
        // only a token that starts like a number, a Roman numeral or a letter
        if (q > token && !((text[token] >= '0' && text[token] <= '9') || (text[token] >= 'A' && text[token] <= 'Z')))
            q = token;
        while (q > token && text[q - 1] == '.') --q;  // a sentence full stop
        if (q == token) return p;
        // "6 b)" — a sub-paragraph letter in German style
        if (q + 3 <= text.size() && text[q] == ' ' && text[q + 1] >= 'a' && text[q + 1] <= 'z' && text[q + 2] == ')')
            q += 3;
        return q;
    }
    return 0;
}

}  // namespace

std::string pinpoint_after(std::string_view text, std::size_t end) {
    std::size_t p = end;
    grammar::DateMatch date;
    std::size_t d = p;
    while (d < text.size() && text[d] == ' ') ++d;
    if (grammar::parse_date(text.data() + d, text.data() + text.size(), date))
        p = static_cast<std::size_t>(date.end - text.data());
    std::string pinpoint;
    for (int parts = 0; parts < 3; ++parts) {
        if (p + 2 > text.size() || text[p] != ',') break;
        std::size_t q = p + 1;
        while (q < text.size() && (text[q] == ' ' || text[q] == '\n')) ++q;
        std::size_t stop = label_with_token(text, q);
        if (stop == 0) break;
        if (!pinpoint.empty()) pinpoint += ", ";
        pinpoint += std::string(text.substr(q, stop - q));
        p = stop;
    }
    return pinpoint;
}

std::string pinpoint_before(std::string_view text, std::size_t begin) {
    std::size_t p = begin;
    if (p > 0 && text[p - 1] == '[') --p;
    while (p > 0 && text[p - 1] == ' ') --p;
    std::size_t word_end = p;
    while (p > 0 && static_cast<unsigned char>(text[p - 1]) > ' ' && text[p - 1] != ',' && text[p - 1] != '(') --p;
    std::string_view word = text.substr(p, word_end - p);
    if (!(word.starts_with("Resolution") || word.starts_with("resolution") || word.starts_with("r\xC3\xA9solution") ||
          word.starts_with("resoluci")))
        return {};
    while (p > 0 && text[p - 1] == ' ') --p;
    bool linked = false;
    for (std::string_view connective : {" der"sv, " of"sv, " de la"sv, " du"sv, " del"sv, " de"sv, " zu"sv, " to"sv}) {
        if (p >= connective.size() && text.compare(p - connective.size(), connective.size(), connective) == 0) {
            p -= connective.size();
            linked = true;
            break;
        }
    }
    if (!linked) return {};
    std::size_t from = p > 40 ? p - 40 : 0;
    for (std::size_t at = from; at < p; ++at) {
        if (at > 0 && ((text[at - 1] >= 'a' && text[at - 1] <= 'z') || (text[at - 1] >= 'A' && text[at - 1] <= 'Z')))
            continue;
        std::size_t stop = label_with_token(text, at);
        if (stop == 0) continue;
        std::size_t rest = stop;
        while (rest < p && text[rest] == ' ') ++rest;
        if (rest == p) return std::string(text.substr(at, stop - at));
    }
    return {};
}

}  // namespace unxref
