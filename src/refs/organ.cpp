#include "refs/organ.hpp"

#include <algorithm>
#include <optional>
#include <array>
#include <tuple>
#include <utility>
#include <vector>

#include "refs/relation.hpp"
#include "text/chars.hpp"
#include "text/key_scan.hpp"

namespace unxref {

using namespace std::string_view_literals;

namespace {

struct OrganName {
    std::string_view name;
    Organ organ;
};

// Longest names first where one ends another ("Economic and Social Council" before "Council").
constexpr OrganName organ_names[] = {
    {"Economic and Social Council", Organ::ecosoc},
    {"Wirtschafts- und Sozialrats", Organ::ecosoc},
    {"Wirtschafts- und Sozialrat", Organ::ecosoc},
    {"Conseil \xC3\xA9" "conomique et social", Organ::ecosoc},
    {"Consejo Econ\xC3\xB3mico y Social", Organ::ecosoc},
    {"Human Rights Council", Organ::human_rights_council},
    {"Menschenrechtsrats", Organ::human_rights_council},
    {"Menschenrechtsrat", Organ::human_rights_council},
    {"Conseil des droits de l\xE2\x80\x99homme", Organ::human_rights_council},
    {"Conseil des droits de l'homme", Organ::human_rights_council},
    {"Consejo de Derechos Humanos", Organ::human_rights_council},
    {"Commission on Human Rights", Organ::commission_on_human_rights},
    {"Menschenrechtskommission", Organ::commission_on_human_rights},
    {"Commission des droits de l\xE2\x80\x99homme", Organ::commission_on_human_rights},
    {"Commission des droits de l'homme", Organ::commission_on_human_rights},
    {"Comisi\xC3\xB3n de Derechos Humanos", Organ::commission_on_human_rights},
    // Russian in the cases a citation puts them (genitive, instrumental, nominative), Arabic
    {"\xD0\xAD\xD0\xBA\xD0\xBE\xD0\xBD\xD0\xBE\xD0\xBC\xD0\xB8\xD1\x87\xD0\xB5\xD1\x81\xD0\xBA\xD0\xBE\xD0\xB3\xD0\xBE \xD0\xB8 \xD0\xA1\xD0\xBE\xD1\x86\xD0\xB8\xD0\xB0\xD0\xBB\xD1\x8C\xD0\xBD\xD0\xBE\xD0\xB3\xD0\xBE \xD0\xA1\xD0\xBE\xD0\xB2\xD0\xB5\xD1\x82\xD0\xB0", Organ::ecosoc},  // Экономического и Социального Совета
    {"\xD0\xAD\xD0\xBA\xD0\xBE\xD0\xBD\xD0\xBE\xD0\xBC\xD0\xB8\xD1\x87\xD0\xB5\xD1\x81\xD0\xBA\xD0\xB8\xD0\xBC \xD0\xB8 \xD0\xA1\xD0\xBE\xD1\x86\xD0\xB8\xD0\xB0\xD0\xBB\xD1\x8C\xD0\xBD\xD1\x8B\xD0\xBC \xD0\xA1\xD0\xBE\xD0\xB2\xD0\xB5\xD1\x82\xD0\xBE\xD0\xBC", Organ::ecosoc},  // Экономическим и Социальным Советом
    {"\xD0\xAD\xD0\xBA\xD0\xBE\xD0\xBD\xD0\xBE\xD0\xBC\xD0\xB8\xD1\x87\xD0\xB5\xD1\x81\xD0\xBA\xD0\xB8\xD0\xB9 \xD0\xB8 \xD0\xA1\xD0\xBE\xD1\x86\xD0\xB8\xD0\xB0\xD0\xBB\xD1\x8C\xD0\xBD\xD1\x8B\xD0\xB9 \xD0\xA1\xD0\xBE\xD0\xB2\xD0\xB5\xD1\x82", Organ::ecosoc},  // Экономический и Социальный Совет
    {"\xD0\xA1\xD0\xBE\xD0\xB2\xD0\xB5\xD1\x82\xD0\xB0 \xD0\xBF\xD0\xBE \xD0\xBF\xD1\x80\xD0\xB0\xD0\xB2\xD0\xB0\xD0\xBC \xD1\x87\xD0\xB5\xD0\xBB\xD0\xBE\xD0\xB2\xD0\xB5\xD0\xBA\xD0\xB0", Organ::human_rights_council},  // Совета по правам человека
    {"\xD0\xA1\xD0\xBE\xD0\xB2\xD0\xB5\xD1\x82\xD0\xBE\xD0\xBC \xD0\xBF\xD0\xBE \xD0\xBF\xD1\x80\xD0\xB0\xD0\xB2\xD0\xB0\xD0\xBC \xD1\x87\xD0\xB5\xD0\xBB\xD0\xBE\xD0\xB2\xD0\xB5\xD0\xBA\xD0\xB0", Organ::human_rights_council},  // Советом по правам человека
    {"\xD0\xA1\xD0\xBE\xD0\xB2\xD0\xB5\xD1\x82 \xD0\xBF\xD0\xBE \xD0\xBF\xD1\x80\xD0\xB0\xD0\xB2\xD0\xB0\xD0\xBC \xD1\x87\xD0\xB5\xD0\xBB\xD0\xBE\xD0\xB2\xD0\xB5\xD0\xBA\xD0\xB0", Organ::human_rights_council},  // Совет по правам человека
    {"\xD0\xA1\xD0\xBE\xD0\xB2\xD0\xB5\xD1\x82\xD0\xB0 \xD0\x91\xD0\xB5\xD0\xB7\xD0\xBE\xD0\xBF\xD0\xB0\xD1\x81\xD0\xBD\xD0\xBE\xD1\x81\xD1\x82\xD0\xB8", Organ::security_council},  // Совета Безопасности
    {"\xD0\xA1\xD0\xBE\xD0\xB2\xD0\xB5\xD1\x82\xD0\xBE\xD0\xBC \xD0\x91\xD0\xB5\xD0\xB7\xD0\xBE\xD0\xBF\xD0\xB0\xD1\x81\xD0\xBD\xD0\xBE\xD1\x81\xD1\x82\xD0\xB8", Organ::security_council},  // Советом Безопасности
    {"\xD0\xA1\xD0\xBE\xD0\xB2\xD0\xB5\xD1\x82 \xD0\x91\xD0\xB5\xD0\xB7\xD0\xBE\xD0\xBF\xD0\xB0\xD1\x81\xD0\xBD\xD0\xBE\xD1\x81\xD1\x82\xD0\xB8", Organ::security_council},  // Совет Безопасности
    {"\xD0\x93\xD0\xB5\xD0\xBD\xD0\xB5\xD1\x80\xD0\xB0\xD0\xBB\xD1\x8C\xD0\xBD\xD0\xBE\xD0\xB9 \xD0\x90\xD1\x81\xD1\x81\xD0\xB0\xD0\xBC\xD0\xB1\xD0\xBB\xD0\xB5\xD0\xB8", Organ::general_assembly},  // Генеральной Ассамблеи
    {"\xD0\x93\xD0\xB5\xD0\xBD\xD0\xB5\xD1\x80\xD0\xB0\xD0\xBB\xD1\x8C\xD0\xBD\xD0\xBE\xD0\xB9 \xD0\x90\xD1\x81\xD1\x81\xD0\xB0\xD0\xBC\xD0\xB1\xD0\xBB\xD0\xB5\xD0\xB5\xD0\xB9", Organ::general_assembly},  // Генеральной Ассамблеей
    {"\xD0\x93\xD0\xB5\xD0\xBD\xD0\xB5\xD1\x80\xD0\xB0\xD0\xBB\xD1\x8C\xD0\xBD\xD0\xB0\xD1\x8F \xD0\x90\xD1\x81\xD1\x81\xD0\xB0\xD0\xBC\xD0\xB1\xD0\xBB\xD0\xB5\xD1\x8F", Organ::general_assembly},  // Генеральная Ассамблея
    {"\xD8\xA7\xD9\x84\xD9\x85\xD8\xAC\xD9\x84\xD8\xB3 \xD8\xA7\xD9\x84\xD8\xA7\xD9\x82\xD8\xAA\xD8\xB5\xD8\xA7\xD8\xAF\xD9\x8A \xD9\x88\xD8\xA7\xD9\x84\xD8\xA7\xD8\xAC\xD8\xAA\xD9\x85\xD8\xA7\xD8\xB9\xD9\x8A", Organ::ecosoc},  // المجلس الاقتصادي والاجتماعي
    {"\xD9\x85\xD8\xAC\xD9\x84\xD8\xB3 \xD8\xAD\xD9\x82\xD9\x88\xD9\x82 \xD8\xA7\xD9\x84\xD8\xA5\xD9\x86\xD8\xB3\xD8\xA7\xD9\x86", Organ::human_rights_council},  // مجلس حقوق الإنسان
    {"\xD9\x85\xD8\xAC\xD9\x84\xD8\xB3 \xD8\xA7\xD9\x84\xD8\xA3\xD9\x85\xD9\x86", Organ::security_council},  // مجلس الأمن
    {"\xD8\xA7\xD9\x84\xD8\xAC\xD9\x85\xD8\xB9\xD9\x8A\xD8\xA9 \xD8\xA7\xD9\x84\xD8\xB9\xD8\xA7\xD9\x85\xD8\xA9",
     Organ::general_assembly},  // الجمعية العامة
    {"Security Council", Organ::security_council},
    {"Sicherheitsrats", Organ::security_council},
    {"Sicherheitsrat", Organ::security_council},
    {"Conseil de s\xC3\xA9" "curit\xC3\xA9", Organ::security_council},
    {"Consejo de Seguridad", Organ::security_council},
    {"General Assembly", Organ::general_assembly},
    {"Generalversammlung", Organ::general_assembly},
    {"Assembl\xC3\xA9" "e g\xC3\xA9n\xC3\xA9rale", Organ::general_assembly},
    {"Asamblea General", Organ::general_assembly},
    {"Assembly", Organ::general_assembly},
    {"UNSC", Organ::security_council},
    {"UNGA", Organ::general_assembly},
    {"ECOSOC", Organ::ecosoc},
    {"Trusteeship Council", Organ::unknown},
    {"Council", Organ::unknown},  // "the Council in its resolution": the document's own council
    {"Rates", Organ::unknown},
    {"Rats", Organ::unknown},
    {"Conseil", Organ::unknown},
    {"Consejo", Organ::unknown},
    {"Commission", Organ::unknown},
    {"Assemblée", Organ::unknown},
};

// Words that end the name of a body whose resolutions are not GA/SC/ECOSOC/HRC/CHR ones.
constexpr std::string_view foreign_heads[] = {
    "Assembly",   "Conference",  "Board",      "Committee",  "Commission", "Congress",
    "Organization", "Forum",     "Parties",    "Body",       "Authority",  "Meeting",
    "Programme",  "Fund",        "Agency",     "Union",      "Convention", "Protocol",
    "Assemblée",  "Conférence",  "Comisión",   "Conferencia", "Versammlung", "Konferenz"};

using chars::is_letter_byte;
constexpr auto is_upper_ascii = chars::is_upper;

// UNSC, ECOSOC
bool is_acronym(std::string_view name) { return std::all_of(name.begin(), name.end(), is_upper_ascii); }

bool ends_with_word(std::string_view text, std::string_view word) {
    // the last byte first: most names are dismissed without a comparison call
    if (text.empty() || text.back() != word.back() || !text.ends_with(word)) return false;
    return text.size() == word.size() || !is_letter_byte(text[text.size() - word.size() - 1]) ||
           word.find(' ') != std::string_view::npos;
}

// Strips what may stand between an organ and "resolution": spaces, "’s", "its", "in its", "the";
// with `brackets`, also "[" and "(" ("Economic and Social Council [resolution 751 (XXIX)]").
std::string_view strip_connectives(std::string_view before, bool brackets) {
    bool changed = true;
    while (changed) {
        changed = false;
        while (!before.empty() && (before.back() == ' ' || before.back() == '\n' || before.back() == '\t' ||
                                   before.back() == '*' || before.back() == ',' ||
                                   (brackets && (before.back() == '[' || before.back() == '('))))
            before.remove_suffix(1), changed = true;
        for (std::string_view w : {"\xE2\x80\x99s"sv, "'s"sv, " adopted"sv, " unanimously"sv, " consensus"sv, " recently"sv, " also"sv, " has"sv, " by its"sv, " in its"sv, " its"sv, " in their"sv, " their"sv, " the"sv, " ihrer"sv,
                                   " ihre"sv, " seiner"sv, " seine"sv, " sa"sv, " su"sv, " la"sv, " der"sv, " die"sv, " des"sv, " de"sv,
                                   " en virtud"sv,  // "Consejo Económico y Social en virtud de su resolución"
                                   " \xD0\xB2 \xD0\xB5\xD0\xB3\xD0\xBE"sv,  // " в его": "Советом в его резолюции"
                                   " \xD0\xB2 \xD1\x81\xD0\xB2\xD0\xBE\xD0\xB5\xD0\xB9"sv}) {  // " в своей"
            if (!before.empty() && before.back() == w.back() && before.ends_with(w)) {
                before.remove_suffix(w.size());
                changed = true;
                break;
            }
        }
    }
    return before;
}

// "the General Assembly of the United Nations (by its resolution)": the organ's name without
// the words after it, which would read as another body's capitalised name.
std::string_view without_of_the_un(std::string_view before) {
    auto drop_word = [](std::string_view s, std::string_view word) -> std::optional<std::string_view> {
        while (!s.empty() && (s.back() == ' ' || s.back() == '\n')) s.remove_suffix(1);
        if (!s.ends_with(word) || s.size() == word.size() || is_letter_byte(s[s.size() - word.size() - 1])) return std::nullopt;
        return s.substr(0, s.size() - word.size());
    };
    auto rest = drop_word(before, "United Nations");
    if (rest) rest = drop_word(*rest, "the");
    if (rest) rest = drop_word(*rest, "of");
    if (!rest) return before;
    while (!rest->empty() && (rest->back() == ' ' || rest->back() == '\n')) rest->remove_suffix(1);
    return *rest;
}

// The UN organ whose full name (several words) ends `text`, if one does.
std::optional<OrganName> un_organ_name_ending(std::string_view text) {
    for (auto const& named : organ_names)
        if (named.organ != Organ::unknown && named.name.find(' ') != std::string_view::npos && ends_with_word(text, named.name))
            return named;
    return std::nullopt;
}

std::optional<Organ> un_organ_ending(std::string_view text) {
    auto named = un_organ_name_ending(text);
    return named ? std::optional<Organ>(named->organ) : std::nullopt;
}

// Whether a UN organ's own name ends `text`, of one word too ("Sicherheitsrats", "ECOSOC"),
// but not the bare "Assembly" nor a council or commission of no organ.
bool organ_name_ending(std::string_view text) {
    return std::any_of(std::begin(organ_names), std::end(organ_names), [&](const OrganName& named) {
        return named.organ != Organ::unknown && named.name != "Assembly" && ends_with_word(text, named.name);
    });
}

// Whether `text` ends with two UN organs joined ("the Security Council and the Economic and
// Social Council", "du Conseil de sécurité et du Conseil économique et social", "des
// Sicherheitsrats und des Wirtschafts- und Sozialrats"): a bracketed citation after them may
// be about both, adopted by another (a speech of 1964: "seats in the Security Council and the
// Economic and Social Council [resolutions 1991 A and B (XVIII)]", the Assembly's).
bool two_organs_ending(std::string_view text) {
    auto last = un_organ_name_ending(text);
    if (!last) return false;
    std::string_view rest = text.substr(0, text.size() - last->name.size());
    auto trim = [&] {
        while (!rest.empty() && (rest.back() == ' ' || rest.back() == '\n')) rest.remove_suffix(1);
    };
    auto drop = [&](std::initializer_list<std::string_view> words) {
        trim();
        for (std::string_view word : words)
            if (rest.ends_with(word)) {
                rest.remove_suffix(word.size());
                trim();
                return true;
            }
        return false;
    };
    drop({" the"sv, " du"sv, " de la"sv, " de l'"sv, " de l\xE2\x80\x99"sv, " le"sv, " la"sv, " l'"sv,
          " l\xE2\x80\x99"sv, " el"sv, " des"sv, " dem"sv, " der"sv, " del"sv});  // the second organ's article
    return drop({" and"sv, " und"sv, " et"sv, " y"sv}) && organ_name_ending(rest);
}

// The length of `name` at the start of `text`, where each space of the name may be spaces
// and one line break ("Assemblée\ngénérale" broken by the PDF's line); 0 when it is not there.
std::size_t starts_with_name(std::string_view text, std::string_view name) {
    std::size_t t = 0;
    for (std::size_t n = 0; n < name.size(); ++n) {
        if (name[n] != ' ') {
            if (t >= text.size() || text[t] != name[n]) return 0;
            ++t;
            continue;
        }
        std::size_t gap = t;
        t = chars::skip_gap(text, t);
        if (t == gap) return 0;
    }
    return t;
}

// The Cyrillic word `s` starts with ("" when it starts with none).
std::string_view cyrillic_word(std::string_view s) {
    std::size_t n = 0;
    while (n + 1 < s.size() && (s[n] == '\xD0' || s[n] == '\xD1')) n += 2;
    return s.substr(0, n);
}

// о, об, от, по, в, на, и, с, к, за, для: a clause goes on after the number, no organ follows.
bool russian_preposition(std::string_view word) {
    static constexpr std::string_view words[] = {
        "\xD0\xBE", "\xD0\xBE\xD0\xB1", "\xD0\xBE\xD1\x82", "\xD0\xBF\xD0\xBE", "\xD0\xB2", "\xD0\xBD\xD0\xB0",
        "\xD0\xB8", "\xD1\x81", "\xD0\xBA", "\xD0\xB7\xD0\xB0", "\xD0\xB4\xD0\xBB\xD1\x8F"};
    return std::find(std::begin(words), std::end(words), word) != std::end(words);
}

// Words that name a council without saying which ("the Council in its resolution").
constexpr std::string_view bare_council_words[] = {"Council", "Rates", "Rats", "Conseil", "Consejo"};

// Capitalised words before a bare "Assembly" or "Council" that name no other body: articles,
// the clause verbs (relation.hpp's, "Recalling Council resolutions 5/1 and 5/2") and the other
// verbs and prepositions that open a paragraph or a footnote ("See Assembly resolution
// 60/251"). Any other capitalised word there names one ("Trusteeship Council", "Environment
// Assembly").
constexpr std::string_view clause_openers[] = {
    "The", "La", "Le", "El", "Die", "Der", "Its",
    "Recognizing", "Recognising", "Recognizes", "Recognises", "Acknowledging", "Acknowledges", "Affirming",
    "Affirms", "Considering", "Stressing", "Stresses", "Emphasizing", "Emphasising", "Emphasizes", "Emphasises",
    "Underlining", "Underlines", "Reiterating", "Reiterates", "Endorsing", "Endorses", "Expressing",
    "Decides", "Requests", "Invites", "Urges", "Encourages", "Calls", "Implementing", "Implements",
    "See", "In", "By", "Under", "Pursuant", "Also", "Further", "And"};

bool opens_clause(std::string_view word) {
    return is_clause_verb(word) ||
           std::find(std::begin(clause_openers), std::end(clause_openers), word) != std::end(clause_openers);
}

// Councils that are not the UN organs numbered here: a bare "Council" after them is theirs.
constexpr std::string_view other_councils[] = {"Trusteeship Council", "Governing Council", "Executive Council",
                                               "Peace and Security Council", "Permanent Council"};

}  // namespace

namespace {

// The names CouncilMentions looks for: the councils' own (not UNSC, ECOSOC: acronyms are not
// read back to), then other bodies' councils (Organ::unknown). All are found in one pass of a
// scanner keyed on their first three bytes: a search per name stopped at every capital "S",
// "H", "E" or Cyrillic lead byte, 3% of the time on ga/.
struct CouncilNames {
    std::vector<OrganName> names;
    KeyScanner scanner;
};

const CouncilNames& council_names() {
    static const CouncilNames table = [] {
        std::vector<OrganName> names;
        for (auto const& [name, organ] : organ_names) {
            bool council = organ == Organ::security_council || organ == Organ::human_rights_council || organ == Organ::ecosoc;
            if (council && !is_acronym(name)) names.push_back({name, organ});
        }
        for (std::string_view name : other_councils) names.push_back({name, Organ::unknown});
        // keys that share their first byte share a bucket (the scanner admits any mix of a bucket's bytes)
        std::vector<char> firsts;
        std::vector<KeyScanner::Key> keys;
        for (auto const& n : names) {
            auto at = std::find(firsts.begin(), firsts.end(), n.name[0]);
            if (at == firsts.end()) at = firsts.insert(firsts.end(), n.name[0]);
            keys.push_back({n.name.substr(0, KeyScanner::key_size), static_cast<unsigned>(at - firsts.begin()) % 8});
        }
        return CouncilNames{std::move(names), KeyScanner(keys, false)};
    }();
    return table;
}

}  // namespace

CouncilMentions::CouncilMentions(std::string_view text) {
    auto const& table = council_names();
    std::vector<std::size_t> places;
    table.scanner.find(text, 0, text.size(), places);
    std::vector<Mention> others;
    for (std::size_t at : places)
        for (auto const& [name, organ] : table.names)
            if (name[0] == text[at])
                if (std::size_t length = starts_with_name(text.substr(at), name))
                    (organ == Organ::unknown ? others : mentions_).push_back({at, at + length, organ});
    // "Peace and Security Council" holds "Security Council": the longer name is the one named
    auto inside_another = [&](const Mention& m) {
        return std::any_of(others.begin(), others.end(), [&](const Mention& o) { return o.begin < m.begin && m.end <= o.end; });
    };
    std::erase_if(mentions_, inside_another);
    mentions_.insert(mentions_.end(), others.begin(), others.end());
    std::sort(mentions_.begin(), mentions_.end(), [](const Mention& a, const Mention& b) {
        return std::tie(a.begin, a.end, a.organ) < std::tie(b.begin, b.end, b.organ);
    });
}

std::optional<Organ> CouncilMentions::named_before(std::size_t pos, std::size_t window) const {
    auto it = std::lower_bound(mentions_.begin(), mentions_.end(), pos,
                               [](const Mention& m, std::size_t p) { return m.begin < p; });
    if (it == mentions_.begin()) return std::nullopt;
    --it;
    if (pos - it->begin > window) return std::nullopt;
    return it->organ;
}

namespace {

// The window before a keyword that organ_before reads, at most this long.
constexpr std::size_t organ_window = 120;

// `s` (at most organ_window bytes) written into `out` with each gap that chars::skip_gap
// passes (spaces, wide ones too, and at most one line break) made one space, as PDF text
// breaks and spaces names ("Human \nRights Council", "Economic and  Social Council"); a
// gap with more line breaks (a paragraph break) becomes two line breaks.
std::string_view one_space_gaps(std::string_view s, std::array<char, 2 * organ_window>& out) {
    std::size_t n = 0;
    // a gap starts with a space, tab, line break or a wide space's lead byte (C2, E2): any other
    // byte, and a single space before one, is copied without asking skip_gap (this runs for
    // every citation keyword)
    auto plain = [](char c) {
        auto u = static_cast<unsigned char>(c);
        return u > ' ' && u != 0xC2 && u != 0xE2;
    };
    for (std::size_t i = 0; i < s.size();) {
        if (plain(s[i]) || (s[i] == ' ' && i + 1 < s.size() && plain(s[i + 1]))) {
            out[n++] = s[i++];
            continue;
        }
        std::size_t gap_end = i;
        long breaks = 0;
        for (std::size_t next; gap_end < s.size() && (next = chars::skip_gap(s, gap_end)) > gap_end; gap_end = next)
            breaks += std::count(s.begin() + static_cast<long>(gap_end), s.begin() + static_cast<long>(next), '\n');
        if (gap_end == i) {
            out[n++] = s[i++];
            continue;
        }
        if (breaks > 1) out[n++] = '\n';
        out[n++] = breaks > 1 ? '\n' : ' ';
        i = gap_end;
    }
    return {out.data(), n};
}

// The keyword words a list may repeat before "in particular" ("Human Rights Council resolutions,
// in particular resolutions 7/34 …").
constexpr std::string_view repeated_keywords[] = {" resolutions", " resolution", " decisions", " decision"};

}  // namespace

OrganHint organ_before(std::string_view text, std::size_t keyword_begin) {
    std::size_t from = keyword_begin > organ_window ? keyword_begin - organ_window : 0;
    // the names compared below are written with single spaces
    std::array<char, 2 * organ_window> gaps_as_spaces;
    std::string_view window = one_space_gaps(text.substr(from, keyword_begin - from), gaps_as_spaces);
    std::string_view stripped = strip_connectives(window, false);
    std::string_view before = without_of_the_un(stripped);
    // a UN organ's name right before a bracketed citation adopted it; any other name before
    // a bracket is what the citation is about ("the Collective Measures Committee [resolution 377 (V)]")
    std::string_view before_bracket = strip_connectives(window, true);
    if (before_bracket.size() < stripped.size())
        if (auto organ = un_organ_ending(before_bracket)) {
            OrganHint hint{*organ, false};
            hint.form_first = two_organs_ending(before_bracket);
            return hint;
        }
    // "Human Rights Council, including resolutions 36/6 …": a UN organ's name before "including"
    // or "in particular" adopted them; any other name there is what they are about ("the
    // African Union, in particular resolutions 55/218 …"), no other body's resolutions
    for (std::string_view w : {" including"sv, " in particular"sv, " notably"sv, " inter alia"sv}) {
        if (!before.ends_with(w)) continue;
        std::string_view named = strip_connectives(before.substr(0, before.size() - w.size()), false);
        for (std::string_view keyword : repeated_keywords)
            if (named.ends_with(keyword)) {
                named = strip_connectives(named.substr(0, named.size() - keyword.size()), false);
                break;
            }
        if (auto organ = un_organ_ending(named)) return {*organ, false};
        return {};
    }
    for (auto const& [name, organ] : organ_names) {
        if (!ends_with_word(before, name)) continue;
        if (name.find(' ') != std::string_view::npos || name.size() > 12 || is_acronym(name)) return {organ, false};
        // a bare "Assembly", "Council", "Commission": whose it is depends on the word before.
        // "Environment Assembly", "Statistical Commission", "Trusteeship Council" are other bodies;
        // "the Assembly", "the Council" are the document's own.
        std::string_view rest = before.substr(0, before.size() - name.size());
        while (!rest.empty() && rest.back() == ' ') rest.remove_suffix(1);
        std::size_t word_begin = rest.size();
        while (word_begin > 0 && is_letter_byte(rest[word_begin - 1])) --word_begin;
        std::string_view word = rest.substr(word_begin);
        if (!word.empty() && is_upper_ascii(word[0]) && !opens_clause(word)) return {Organ::unknown, true};
        OrganHint hint{organ, false};
        hint.bare_council = std::find(std::begin(bare_council_words), std::end(bare_council_words), name) !=
                            std::end(bare_council_words);
        return hint;
    }
    // a capitalised body name or acronym right before the keyword: someone else's resolution.
    // The name is the run of capitalised words (with "on", "of", "the", "and", "for" between):
    // "Commission on Narcotic Drugs", "Conference of the Parties", "WHA".
    std::size_t end = before.size();
    bool last_word = true;
    while (end > 0) {
        std::size_t word_begin = end;
        while (word_begin > 0 && is_letter_byte(before[word_begin - 1])) --word_begin;
        std::string_view word = before.substr(word_begin, end - word_begin);
        if (word.empty()) break;
        bool joiner = word == "on" || word == "of" || word == "the" || word == "and" || word == "for";
        if (!joiner && !is_upper_ascii(word[0])) break;
        if (last_word && joiner) break;
        for (std::string_view head : foreign_heads)
            if (word == head) return {Organ::unknown, true};
        bool acronym = word.size() >= 2 && word.size() <= 8;
        for (char c : word) acronym = acronym && is_upper_ascii(c);
        if (last_word && acronym) return {Organ::unknown, true};  // WHA, UNEP, IMO resolutions
        last_word = false;
        // the next word back, past the one space a gap became (a name broken by a line, perhaps
        // indented: "Commission on Crime Prevention\n     and Criminal Justice"; not across a
        // paragraph break)
        if (word_begin < 2 || before[word_begin - 1] != ' ') break;
        end = word_begin - 1;
    }
    return {};
}

OrganHint organ_after(std::string_view text, std::size_t pos) {
    std::string_view rest = text.substr(pos, 90);
    std::size_t i = 0;
    while (i < rest.size() && (rest[i] == ' ' || rest[i] == '\n' || rest[i] == '*')) ++i;
    rest = rest.substr(i);
    static constexpr std::array<std::string_view, 12> links{"of the ", "des ",       "der ",  "du ",
                                                            "de l\xE2\x80\x99", "de l'", "de la ", "del ",
                                                            "of ",    "dudit ",     "de ",   "adopted by the "};
    bool linked = false;
    for (std::string_view l : links) {
        if (rest.starts_with(l)) {
            rest.remove_prefix(l.size());
            linked = true;
            break;
        }
    }
    // Arabic joins the organ to the keyword without a preposition ("قرار مجلس الأمن"); "قرار
    // المجلس" (of the Council) names no organ but stands between the keyword and the number
    bool arabic = !rest.empty() && static_cast<unsigned char>(rest[0]) >= 0xD8 && static_cast<unsigned char>(rest[0]) <= 0xDB;
    // Russian too, by its genitive ("резолюций Совета Безопасности 822 (1993)"); a preposition
    // first starts something else ("резолюцию 60/180 о Комиссии …", on the Commission)
    std::string_view cyrillic_first = cyrillic_word(rest);  // rest keeps it: only Latin text is skipped below
    bool cyrillic = !cyrillic_first.empty() && !russian_preposition(cyrillic_first);
    linked = linked || arabic || cyrillic;
    if (!linked) return {};
    // skip "United Nations" / "Vereinten Nationen" in "of the United Nations Environment Assembly"
    for (std::string_view skip : {"United Nations "sv, "Vereinten Nationen "sv})
        if (rest.starts_with(skip)) rest.remove_prefix(skip.size());
    for (auto const& [name, organ] : organ_names) {
        if (organ == Organ::unknown || name == "Assembly") continue;
        std::size_t matched = starts_with_name(rest, name);
        if (!matched) continue;
        std::size_t end = static_cast<std::size_t>(rest.data() - text.data()) + matched;
        // Arabic names the United Nations after the organ: "مجلس الأمن التابع للأمم المتحدة"
        constexpr std::string_view of_the_un = " \xD8\xA7\xD9\x84\xD8\xAA\xD8\xA7\xD8\xA8\xD8\xB9 "
                                               "\xD9\x84\xD9\x84\xD8\xA3\xD9\x85\xD9\x85 "
                                               "\xD8\xA7\xD9\x84\xD9\x85\xD8\xAA\xD8\xAD\xD8\xAF\xD8\xA9";
        if (text.substr(end).starts_with(of_the_un)) end += of_the_un.size();
        return {organ, false, end};
    }
    constexpr std::string_view the_council = "\xD8\xA7\xD9\x84\xD9\x85\xD8\xAC\xD9\x84\xD8\xB3";  // المجلس
    if (arabic && rest.starts_with(the_council))
        return {Organ::unknown, false, static_cast<std::size_t>(rest.data() - text.data()) + the_council.size()};
    // "of the Assembly" alone is the General Assembly ("of the Assembly of States Parties" is not)
    for (std::string_view bare : {"Assembly"sv, "Assembl\xC3\xA9" "e"sv, "Asamblea"sv}) {
        if (!rest.starts_with(bare) || (rest.size() > bare.size() && is_letter_byte(rest[bare.size()]))) continue;
        std::string_view after = rest.substr(bare.size());
        std::size_t word = after.find_first_not_of(" \t\r\n");
        bool named_on = word != std::string_view::npos &&
                        (after.substr(word).starts_with("of ") || after.substr(word).starts_with("des ") ||
                         after.substr(word).starts_with("de ") || is_upper_ascii(after[word]));
        if (!named_on)
            return {Organ::general_assembly, false, static_cast<std::size_t>(rest.data() - text.data()) + bare.size()};
    }
    // "резолюцию 70/1 Ассамблеи" alone is the General Assembly's ("Ассамблеи государств-участников"
    // is the Assembly of States Parties')
    constexpr std::string_view assembly = "\xD0\x90\xD1\x81\xD1\x81\xD0\xB0\xD0\xBC\xD0\xB1\xD0\xBB\xD0\xB5";  // Ассамбле
    if (cyrillic && rest.starts_with(assembly)) {
        std::string_view after = rest.substr(cyrillic_first.size());
        std::size_t gap = after.find_first_not_of(" \t\r\n");
        std::string_view next = gap == std::string_view::npos ? std::string_view{} : cyrillic_word(after.substr(gap));
        if (next.empty() || russian_preposition(next))
            return {Organ::general_assembly, false, static_cast<std::size_t>(rest.data() - text.data()) + cyrillic_first.size()};
    }
    // "of the Commission on Narcotic Drugs", "of the Environment Assembly"
    std::size_t end = 0;
    while (end < rest.size() && rest[end] != ',' && rest[end] != ';' && rest[end] != '.' && rest[end] != '\n') ++end;
    std::string_view phrase = rest.substr(0, std::min<std::size_t>(end, 60));
    // Russian names another body by its head noun in the genitive, often after an adjective
    // ("Экономической комиссии для Латинской Америки"): commission, conference, committee,
    // organization, assembly (the UN organs' names were matched above)
    if (cyrillic)
        for (std::string_view head : {"\xD0\xBE\xD0\xBC\xD0\xB8\xD1\x81\xD1\x81\xD0\xB8"sv,                    // омисси
                                      "\xD0\xBE\xD0\xBD\xD1\x84\xD0\xB5\xD1\x80\xD0\xB5\xD0\xBD\xD1\x86"sv,  // онференц
                                      "\xD0\xBE\xD0\xBC\xD0\xB8\xD1\x82\xD0\xB5\xD1\x82"sv,                    // омитет
                                      "\xD1\x80\xD0\xB3\xD0\xB0\xD0\xBD\xD0\xB8\xD0\xB7\xD0\xB0\xD1\x86"sv,  // рганизац
                                      "\xD1\x81\xD1\x81\xD0\xB0\xD0\xBC\xD0\xB1\xD0\xBB\xD0\xB5"sv})          // ссамбле
            if (auto at = phrase.find(head); at != std::string_view::npos && at < 40) return {Organ::unknown, true};
    if (phrase.empty() || !is_upper_ascii(phrase[0])) return {};
    for (std::string_view head : foreign_heads) {
        auto at = phrase.find(head);
        if (at != std::string_view::npos && at < 40) return {Organ::unknown, true};
    }
    return {};
}

Organ organ_of_symbol(std::string_view symbol) {
    if (symbol.starts_with("A/HRC/")) return Organ::human_rights_council;
    if (symbol.starts_with("E/CN.4/")) return Organ::commission_on_human_rights;
    if (symbol.starts_with("A/")) return Organ::general_assembly;
    if (symbol.starts_with("S/")) return Organ::security_council;
    if (symbol.starts_with("E/")) return Organ::ecosoc;
    return Organ::unknown;
}

}  // namespace unxref
