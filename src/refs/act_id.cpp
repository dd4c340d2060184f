#include "refs/act_id.hpp"

#include <charconv>
#include <fmt/format.h>

namespace unxref {
namespace {

int to_int(const std::string& digits) {
    int value = 0;
    auto [ptr, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), value);
    if (ec != std::errc{} || ptr != digits.data() + digits.size()) return -1;
    return value;
}

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

// The highest GA session number a citation can carry (the 81st session opens in September 2026).
constexpr int max_ga_session = 81;
constexpr int max_hrc_session = 70;

}  // namespace

std::optional<ActId> act_id(const grammar::NumberMatch& m, Organ named, Organ home, bool decision) {
    int number = to_int(m.number);
    if (number <= 0) return std::nullopt;
    std::string_view nature = decision ? "DEC" : "RES";

    if (!m.paren.empty()) {
        if (decision) return std::nullopt;
        if (m.paren.size() == 4 && m.paren[0] >= '0' && m.paren[0] <= '9') {  // n (YYYY): Security Council
            int year = to_int(m.paren);
            if (year < 1946 || year > 2100 || number > 9999) return std::nullopt;
            return ActId{fmt::format("S/RES/{}({})", number, year), Organ::security_council};
        }
        // n (ROMAN): GA sessions 1-30, special S-I.., emergency ES-I..; ECOSOC before 1978
        std::string_view roman = m.paren;
        if (roman.starts_with("ES-")) roman.remove_prefix(3);
        else if (roman.starts_with("S-")) roman.remove_prefix(2);
        int session = roman_value(roman);
        if (session < 1 || session > 64) return std::nullopt;
        if (named == Organ::ecosoc) return ActId{fmt::format("E/RES/{}({})", number, m.paren), Organ::ecosoc};
        if (named != Organ::unknown && named != Organ::general_assembly) return std::nullopt;
        if (session > 30 && m.paren == roman) return std::nullopt;  // regular sessions numbered so ended in 1975
        return ActId{fmt::format("A/RES/{}({})", number, m.paren), Organ::general_assembly};
    }

    bool special = m.session.starts_with("S-") || m.session.starts_with("ES-");
    if (special) {
        if (named == Organ::human_rights_council || (named == Organ::unknown && home == Organ::human_rights_council))
            return ActId{fmt::format("A/HRC/{}/{}/{}", nature, m.session, number), Organ::human_rights_council};
        if (named != Organ::unknown && named != Organ::general_assembly) return std::nullopt;
        return ActId{fmt::format("A/{}/{}/{}{}", nature, m.session, number, m.letters), Organ::general_assembly};
    }

    int session = to_int(m.session);
    if (session >= 1946 && session <= 2100) {  // year-numbered: ECOSOC or the Commission on Human Rights
        if (named == Organ::commission_on_human_rights)
            return ActId{fmt::format("E/CN.4/{}/{}/{}", nature, session, number), Organ::commission_on_human_rights};
        if (named != Organ::unknown && named != Organ::ecosoc) return std::nullopt;
        return ActId{fmt::format("E/{}/{}/{}", nature, session, number), Organ::ecosoc};
    }
    if (session < 1) return std::nullopt;
    if (named == Organ::human_rights_council || (named == Organ::unknown && home == Organ::human_rights_council)) {
        if (session > max_hrc_session) return std::nullopt;
        return ActId{fmt::format("A/HRC/{}/{}/{}", nature, session, number), Organ::human_rights_council};
    }
    if (named != Organ::unknown && named != Organ::general_assembly) return std::nullopt;
    if (session > max_ga_session) return std::nullopt;
    return ActId{fmt::format("A/{}/{}/{}{}", nature, session, number, m.letters), Organ::general_assembly};
}

}  // namespace unxref
