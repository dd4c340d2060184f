// The name of a treaty as a citing text gives it, read back from the footnote marker.
#include <algorithm>
#include <string>
#include <vector>

#include "analyses/treaties.hpp"
#include "text/chars.hpp"

namespace unxref {
namespace {

// Words that head a treaty's name, in the four languages read; German compounds are matched
// inside the word ("Seerechtsübereinkommen", "Fakultativprotokoll").
constexpr std::string_view heads[] = {
    "Convention", "Covenant", "Protocol", "Treaty", "Agreement", "Charter", "Statute", "Constitution",
    "Amendment", "Pacte", "Protocole", "Trait\xC3\xA9", "Accord", "Statut", "Charte", "Convenci\xC3\xB3n",
    "Convenio", "Pacto", "Protocolo", "Tratado", "Acuerdo", "Estatuto", "Carta", "bereinkommen", "rotokoll",
    "Vertrag", "vertrag", "Abkommen", "abkommen", "Pakt", "Konvention", "konvention", "Satzung", "Charta"};

bool is_space(char c) { return c == ' ' || c == '\n' || c == '\r' || c == '\t'; }

// Start of the clause that ends at `end`: after ';' or ':', a blank line, or `limit`.
std::size_t clause_start(std::string_view text, std::size_t end, std::size_t limit) {
    std::size_t from = end > 400 ? std::max(limit, end - 400) : limit;
    std::size_t start = from;
    for (std::size_t i = from; i < end; ++i) {
        char c = text[i];
        if (c == ';' || c == ':') start = i + 1;
        if (c == '\n') {
            std::size_t j = i + 1;
            while (j < end && (text[j] == ' ' || text[j] == '\r' || text[j] == '\t')) ++j;
            if (j < end && text[j] == '\n') start = j + 1;
        }
    }
    return start;
}

bool capitalised_word_before(std::string_view text, std::size_t at, std::size_t start, std::size_t& word_begin) {
    std::size_t end = at;
    while (end > start && is_space(text[end - 1])) --end;
    if (end == at || end == start) return false;
    std::size_t b = end;
    while (b > start && (chars::is_letter_byte(text[b - 1]) || text[b - 1] == '-')) --b;
    if (b == end) return false;
    unsigned char first = static_cast<unsigned char>(text[b]);
    // capital ASCII or a capital in Latin-1 (Ü, É: U+00C0–U+00DE as C3 80–C3 9E)
    bool capital = chars::is_upper(text[b]) || (first == 0xC3 && b + 1 < end &&
                                                static_cast<unsigned char>(text[b + 1]) < 0x9F);
    if (!capital) return false;
    word_begin = b;
    return true;
}

std::string tidy(std::string_view s) {
    std::string out;
    bool space = false;
    for (std::size_t i = 0; i < s.size(); ++i) {
        char c = s[i];
        if (c == '*' || c == '_' || c == '[' || c == ']') continue;
        if (is_space(c)) {
            space = !out.empty() && out.back() != '-';
            continue;
        }
        if (space) out += ' ';
        space = false;
        out += c;
    }
    while (!out.empty() && (out.back() == ',' || out.back() == '.' || out.back() == ' ')) out.pop_back();
    return out;
}

}  // namespace

std::string treaty_name_before(std::string_view text, std::size_t marker, std::size_t limit) {
    std::size_t end = std::min(marker, text.size());
    std::size_t start = clause_start(text, end, std::min(limit, end));
    std::string_view clause = text.substr(start, end - start);
    // every treaty word in the clause; the name is the last one that is not the object of another
    // ("Protocol … supplementing the United Nations Convention …", "Zusatzprotokoll … zum Übereinkommen")
    std::vector<std::size_t> found;
    for (auto h : heads) {
        bool whole_word = chars::is_upper(h[0]);  // capitalised heads start their word; German parts need not
        for (auto at = clause.find(h); at != std::string_view::npos; at = clause.find(h, at + 1))
            if (!whole_word || at == 0 || !chars::is_letter_byte(clause[at - 1])) found.push_back(at);
    }
    std::sort(found.begin(), found.end());
    std::size_t head = found.empty() ? std::string_view::npos : found.front();
    for (auto it = found.rbegin(); it != found.rend(); ++it) {
        std::size_t begin = start + *it, word;
        while (begin > start && chars::is_letter_byte(text[begin - 1])) --begin;
        while (capitalised_word_before(text, begin, start, word)) begin = word;
        std::string_view before = text.substr(start, begin - start);
        while (!before.empty() && is_space(before.back())) before.remove_suffix(1);
        bool object = false;
        for (std::string_view c : {" to the", " supplementing the", " under the", " of the", "(the", " zum", " zur",
                                   " des", " au", " \xC3\xA0 la", " del", " al"})
            object = object || before.ends_with(c);
        if (!object) {
            head = *it;
            break;
        }
    }
    if (head == std::string_view::npos) {
        // no treaty word: the last eight words of the clause
        std::size_t b = clause.size(), words = 0;
        while (b > 0 && words < 8) {
            while (b > 0 && is_space(clause[b - 1])) --b;
            while (b > 0 && !is_space(clause[b - 1])) --b;
            ++words;
        }
        return tidy(clause.substr(b));
    }
    std::size_t begin = start + head;
    while (begin > start && chars::is_letter_byte(text[begin - 1])) --begin;  // the compound's start
    std::size_t word;
    while (capitalised_word_before(text, begin, start, word)) begin = word;
    return tidy(text.substr(begin, end - begin));
}

}  // namespace unxref
