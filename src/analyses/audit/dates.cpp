// Dates against the session or year a number names, and Security Council numbers against their year.
#include <fmt/format.h>

#include "analyses/audit/checks.hpp"
#include "analyses/audit/sessions.hpp"

namespace unxref::audit {
namespace {

bool is_act(const Reference& r) { return r.kind == Kind::resolution || r.kind == Kind::decision; }

// The extractor takes "n/m" for a General Assembly resolution unless the clause names the Human
// Rights Council; regional commissions, the Environment Assembly or the Commission on the Status
// of Women number theirs the same way ("by the Economic and Social Commission for Asia and the
// Pacific … of resolution 72/7 of 19 May 2016"). When another body is named in the clause
// before the number, a date that does not fit says nothing about the General Assembly.
bool other_body_named_before(std::string_view text, const Reference& r) {
    if (r.organ != Organ::general_assembly) return false;
    std::size_t from = r.begin > 160 ? r.begin - 160 : 0;
    std::string_view window = text.substr(from, r.begin - from);
    for (std::string_view stop : {";", ". ", ".\n", "\n\n"}) {
        auto at = window.rfind(stop);
        if (at != std::string_view::npos) window.remove_prefix(at + stop.size());
    }
    std::size_t general = window.rfind("General Assembly");
    for (std::string_view body : {"Council", "Commission", "Conference", "Board", "Assembly", "Organization",
                                  "Forum", "Meeting of", "Parties"}) {
        auto at = window.rfind(body);
        if (at == std::string_view::npos) continue;
        if (general != std::string_view::npos && (at == general + 8 || at < general)) continue;  // named before
        return true;
    }
    return false;
}

// A date far from the session in every digit ("54/18 of 12 October 2023") is another body's
// resolution that the clause named earlier; a typo changes one digit or swaps two ("70/202 of
// 22 December 2025" for 2015, "72/256 of 24 December 2107" for 2017).
bool typo_of(int written, int year) {
    std::string a = fmt::format("{:04}", written), b = fmt::format("{:04}", year);
    int differ = 0;
    for (std::size_t i = 0; i < 4; ++i) differ += a[i] != b[i];
    if (differ <= 1) return true;
    for (std::size_t i = 0; i + 1 < 4; ++i) {
        std::string swapped = a;
        std::swap(swapped[i], swapped[i + 1]);
        if (swapped == b) return true;
    }
    return false;
}

bool plausible_typo(const Window& date, const Window& session) {
    return typo_of(date.first / 12, session.first / 12) || typo_of(date.first / 12, session.last / 12);
}

// An act's date against the session or year its number belongs to.
void check_date(const Reference& r, const ActTime& time, std::string_view text, Findings& out) {
    if (time.series == Series::sc_number && !sc_number_fits_year(time.number, time.year))
        out.push_back(make_finding("sc-number-year", r.begin, r.end,
                                   fmt::format("Security Council resolution {} cannot be of {}: the numbers "
                                               "known for the years around it do not allow it",
                                               time.number, time.year)));
    if (r.date.empty()) return;
    auto date = date_window(r.date);
    if (!date || (date->last >= time.window.first && date->first <= time.window.last)) return;
    if (other_body_named_before(text, r)) return;
    if (time.series == Series::ga_session || time.series == Series::hrc_session) {
        if (!plausible_typo(*date, time.window)) return;
        out.push_back(make_finding(
            "date-session", r.begin, r.end,
            fmt::format("{} is dated {}, but its {} session ran from {} to {}", r.id, r.date,
                        time.series == Series::ga_session ? "General Assembly" : "Human Rights Council",
                        month_name(time.window.first), month_name(time.window.last))));
    } else if (time.year) {
        out.push_back(make_finding("date-year", r.begin, r.end,
                                   fmt::format("{} is dated {}, but its number carries the year {}", r.id, r.date,
                                               time.year)));
    }
}

// The citing document's own time from its symbol; a cited act is later when it belongs to a later
// session or number of the same series, or when its earliest possible month follows the citing
// document's latest one.
void check_chronology(const Extraction& x, const Reference& r, const ActTime& cited, const ActTime& own,
                      std::string_view text, Findings& out) {
    bool later = false;
    if (cited.series == own.series && own.series != Series::none && own.series != Series::year_numbered)
        later = cited.number > own.number;
    else
        later = cited.window.first > own.window.last;
    if (!later || other_body_named_before(text, r)) return;
    out.push_back(make_finding("cites-later", r.begin, r.end,
                               fmt::format("{} cites {}, which was adopted after it (not before {})",
                                           x.document.symbol, r.id, month_name(cited.window.first))));
}

}  // namespace

void check_dates(const Extraction& x, std::string_view text, Findings& out) {
    auto own = act_time(x.document.symbol);
    for (auto const& r : x.references) {
        if (!is_act(r)) continue;
        auto time = act_time(r.id);  // once per act for both checks
        if (!time) continue;
        check_date(r, *time, text, out);
        if (own) check_chronology(x, r, *time, *own, text, out);
    }
}

}  // namespace unxref::audit
