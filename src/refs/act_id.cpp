#include "refs/act_id.hpp"

#include <fmt/compile.h>
#include <fmt/format.h>

#include <utility>

#include "grammar.hpp"
#include "text/chars.hpp"

namespace unxref {
namespace {

// GA resolutions of the first thirty sessions whose number and session are beyond doubt
// (all but 95 (I), the last of the first session, are cited so in the corpus: 181 (II),
// 217 (III), 1514 (XV), 3314 (XXIX) …).
// Numbers rose with the sessions, so a number below one of an earlier session or above one
// of a later session is no GA resolution of that session: "resolution 93 (IV)" of UNCTAD,
// "751 (XXIX)" of the Economic and Social Council.
struct KnownResolution {
    int number;
    int session;
};
constexpr KnownResolution known_ga[] = {
    {1, 1},      {95, 1},     {181, 2},    {217, 3},    {273, 3},    {289, 4},    {377, 5},    {502, 6},
    {637, 7},    {1236, 12},  {1386, 14},  {1514, 15},  {1721, 16},  {1803, 17},  {1962, 18},  {2106, 20},
    {2200, 21},  {2373, 22},  {2625, 25},  {2758, 26},  {3068, 28},  {3314, 29},  {3379, 30}};

bool plausible_ga(int number, int session) {
    for (auto const& known : known_ga) {
        if (known.session < session && known.number >= number) return false;
        if (known.session > session && known.number <= number) return false;
    }
    return true;
}

// The highest GA session number a citation can carry (the 81st session opens in September 2026).
constexpr int max_ga_session = 81;
constexpr int first_session_numbered_ga = 31;
// The Human Rights Council holds three regular sessions a year since its 7th (March 2008):
// the 63rd met in September 2026, the 64th opens in February 2027.
constexpr int max_hrc_session = 64;

}  // namespace

int roman_value(std::string_view roman) {
    int total = 0, previous = 0;
    for (auto it = roman.rbegin(); it != roman.rend(); ++it) {
        int v = *it == 'I' ? 1 : *it == 'V' ? 5 : *it == 'X' ? 10 : *it == 'L' ? 50 : *it == 'C' ? 100 : 0;
        if (v == 0) return -1;
        total += v < previous ? -v : v;
        previous = std::max(previous, v);
    }
    return total;
}

std::optional<ActId> act_id(const grammar::NumberMatch& m, Organ named, Organ home, bool decision) {
    int number = chars::parse_int(m.number);
    if (number <= 0) return std::nullopt;
    std::string_view nature = decision ? "DEC" : "RES";

    if (!m.paren.empty()) {
        if (decision) return std::nullopt;
        if (m.paren.size() == 4 && m.paren[0] >= '0' && m.paren[0] <= '9') {  // n (YYYY): Security Council
            int year = chars::parse_int(m.paren);
            if (year < 1946 || year > 2100 || number > 9999) return std::nullopt;
            if (named == Organ::general_assembly) {
                // "General Assembly resolutions 1514 (1960) and 2066 (1965)": the year of a resolution
                // of sessions 1-30, adopted in the session that opened that year or the year before
                for (int session : {year - 1945, year - 1946})
                    if (session >= 1 && session <= 30 && plausible_ga(number, session))
                        return ActId{fmt::format(FMT_COMPILE("A/RES/{}({})"), number, grammar::roman_numeral(session)), Organ::general_assembly};
                return std::nullopt;
            }
            if (named != Organ::unknown && named != Organ::security_council) return std::nullopt;
            return ActId{fmt::format(FMT_COMPILE("S/RES/{}({})"), number, year), Organ::security_council};
        }
        // n (ROMAN): GA sessions 1-30, special S-I.., emergency ES-I..; ECOSOC before 1978
        std::string_view roman = m.paren;
        if (roman.starts_with("ES-")) roman.remove_prefix(3);
        else if (roman.starts_with("S-")) roman.remove_prefix(2);
        int session = roman_value(roman);
        if (session < 1 || session > 64) return std::nullopt;
        bool regular = m.paren == roman;
        bool ga_possible = !regular || (session <= 30 && plausible_ga(number, session));  // numbered so until 1975
        if (named == Organ::ecosoc || (named == Organ::unknown && home == Organ::ecosoc && !ga_possible))
            return ActId{fmt::format(FMT_COMPILE("E/RES/{}({})"), number, m.paren), Organ::ecosoc};
        if (named != Organ::unknown && named != Organ::general_assembly) return std::nullopt;
        if (!ga_possible) return std::nullopt;
        return ActId{fmt::format(FMT_COMPILE("A/RES/{}({})"), number, m.paren), Organ::general_assembly};
    }

    bool special = m.session.starts_with("S-") || m.session.starts_with("ES-");
    if (special) {
        if (named == Organ::human_rights_council || (named == Organ::unknown && home == Organ::human_rights_council))
            return ActId{fmt::format(FMT_COMPILE("A/HRC/{}/{}/{}"), nature, m.session, number), Organ::human_rights_council};
        if (named != Organ::unknown && named != Organ::general_assembly) return std::nullopt;
        return ActId{fmt::format(FMT_COMPILE("A/{}/{}/{}{}"), nature, m.session, number, m.letters), Organ::general_assembly};
    }

    int session = chars::parse_int(m.session);
    if (session >= 1946 && session <= 2100) {  // year-numbered: ECOSOC or the Commission on Human Rights
        if (named == Organ::commission_on_human_rights)
            return ActId{fmt::format(FMT_COMPILE("E/CN.4/{}/{}/{}"), nature, session, number), Organ::commission_on_human_rights};
        if (named != Organ::unknown && named != Organ::ecosoc) return std::nullopt;
        return ActId{fmt::format(FMT_COMPILE("E/{}/{}/{}"), nature, session, number), Organ::ecosoc};
    }
    if (session < 1) return std::nullopt;
    if (named == Organ::human_rights_council || (named == Organ::unknown && home == Organ::human_rights_council)) {
        if (session > max_hrc_session) return std::nullopt;
        return ActId{fmt::format(FMT_COMPILE("A/HRC/{}/{}/{}"), nature, session, number), Organ::human_rights_council};
    }
    if (named != Organ::unknown && named != Organ::general_assembly) return std::nullopt;
    // the GA numbers "session/number" since its 31st session (1976): "4/1" of the Environment
    // Assembly or "7/2025" are not GA resolutions
    if (session < first_session_numbered_ga || session > max_ga_session) return std::nullopt;
    return ActId{fmt::format(FMT_COMPILE("A/{}/{}/{}{}"), nature, session, number, m.letters), Organ::general_assembly};
}

}  // namespace unxref
