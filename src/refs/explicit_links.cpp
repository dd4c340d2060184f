#include "refs/explicit_links.hpp"

#include <algorithm>
#include <cctype>

#include "refs/symbol.hpp"
#include "text/chars.hpp"

namespace unxref {
namespace {

using chars::is_digit;
using chars::is_lower;
using chars::is_upper;

int hex_value(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

std::string percent_decoded(std::string_view s, bool plus_is_space) {
    std::string out;
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (s[i] == '%' && i + 2 < s.size() && hex_value(s[i + 1]) >= 0 && hex_value(s[i + 2]) >= 0) {
            out += static_cast<char>(hex_value(s[i + 1]) * 16 + hex_value(s[i + 2]));
            i += 2;
        } else {
            out += plus_is_space && s[i] == '+' ? ' ' : s[i];
        }
    }
    return out;
}

bool iequals(std::string_view a, std::string_view b) {
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
               return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y));
           });
}

// The value of a query parameter that carries a symbol (symbol=, FinalSymbol=, DS=).
std::string symbol_parameter(std::string_view query) {
    while (!query.empty()) {
        std::size_t amp = query.find('&');
        std::string_view pair = query.substr(0, amp);
        std::size_t eq = pair.find('=');
        if (eq != std::string_view::npos) {
            std::string_view key = pair.substr(0, eq);
            if (iequals(key, "symbol") || iequals(key, "FinalSymbol") || iequals(key, "DS"))
                return percent_decoded(pair.substr(eq + 1), true);
        }
        if (amp == std::string_view::npos) break;
        query.remove_prefix(amp + 1);
    }
    return {};
}

// "a/81/50", "e/RES/36(IV)": links typed in lower case name the same series.
std::string upper_series(std::string symbol) {
    std::size_t begin = 0;
    while (begin < symbol.size()) {
        std::size_t end = symbol.find('/', begin);
        if (end == std::string::npos) end = symbol.size();
        bool lower_word = end > begin && std::all_of(symbol.begin() + static_cast<std::ptrdiff_t>(begin),
                                                     symbol.begin() + static_cast<std::ptrdiff_t>(end), is_lower);
        if (lower_word)
            for (std::size_t i = begin; i < end; ++i) symbol[i] = static_cast<char>(symbol[i] - 'a' + 'A');
        begin = end + 1;
    }
    return symbol;
}

// Starts with a series letter, has a slash and a digit: A/80/5(Vol.II), S/RES/2690(2023).
bool looks_like_symbol(std::string_view s) {
    return !s.empty() && is_upper(s.front()) && s.find('/') != std::string_view::npos &&
           std::any_of(s.begin(), s.end(), is_digit);
}

bool is_language_code(std::string_view s) {
    for (std::string_view code : {"en", "fr", "es", "ar", "ru", "zh", "de", "EN", "FR", "ES", "AR", "RU", "ZH"})
        if (s == code) return true;
    return false;
}

// "78/250" in the text and A/RES/78/250B as target (or the reverse) name the same act.
bool same_act(std::string_view a, std::string_view b) {
    if (a == b) return true;
    if (a.size() > b.size()) std::swap(a, b);
    if (!b.starts_with(a) || a.empty() || !is_digit(a.back())) return false;
    std::string_view part = b.substr(a.size());
    return std::all_of(part.begin(), part.end(), [](char c) { return is_upper(c) || c == '-'; });
}

}  // namespace

std::string un_link_symbol(std::string_view target) {
    std::size_t scheme = target.find("://");
    if (scheme == std::string_view::npos) return {};
    std::string_view rest = target.substr(scheme + 3);
    std::size_t slash = rest.find('/');
    std::string_view host = rest.substr(0, slash);
    auto domain = [&](std::string_view name) {  // the host or a subdomain of it ("xun.org" is not un.org)
        return host == name || (host.size() > name.size() && host.ends_with(name) && host[host.size() - name.size() - 1] == '.');
    };
    if (!domain("undocs.org") && !domain("un.org")) return {};
    if (slash == std::string_view::npos) return {};
    std::string_view path = rest.substr(slash + 1);
    if (auto hash = path.find('#'); hash != std::string_view::npos) path = path.substr(0, hash);
    std::string symbol;
    if (auto question = path.find('?'); question != std::string_view::npos) {
        symbol = symbol_parameter(path.substr(question + 1));
    } else if (domain("undocs.org") || host == "docs.un.org") {
        if (std::size_t first = path.find('/'); first != std::string_view::npos && is_language_code(path.substr(0, first)))
            path.remove_prefix(first + 1);
        symbol = percent_decoded(path, false);
    }
    symbol = upper_series(canonical_symbol(symbol));
    return looks_like_symbol(symbol) ? symbol : std::string{};
}

namespace {

void check_link(Reference& link, const std::vector<const Reference*>& named) {
    std::string symbol = un_link_symbol(link.target);
    if (!named.empty()) link.id = named.front()->id;
    if (link.target.empty() || link.target == "#") {
        link.status = "placeholder";
    } else if (symbol.empty()) {
        link.status = "external";
    } else {
        link.id = symbol;
        auto same = std::find_if(named.begin(), named.end(), [&](const Reference* c) { return same_act(c->id, symbol); });
        if (same != named.end()) link.status = "ok";
        else if (named.empty()) link.status = "unchecked: the text names no symbol";
        else link.status = status::with_reason(status::mismatch, "text names " + named.front()->id + ", target is " + symbol);
    }
}

}  // namespace

Reference link_record(std::size_t begin, std::size_t end, std::string target, const std::vector<const Reference*>& named) {
    Reference r;
    r.kind = Kind::link;
    r.begin = begin;
    r.end = end;
    r.target = std::move(target);
    if (!named.empty()) {
        r.relation = named.front()->relation;
        r.footnote = named.front()->footnote;
    }
    check_link(r, named);
    return r;
}

std::vector<Reference> explicit_link_records(const std::vector<ExplicitLink>& links,
                                             const std::vector<Reference>& citations) {
    std::vector<Reference> out;
    for (auto const& link : links) {
        if (link.target.size() > 1 && link.target.front() == '#') continue;  // navigation inside the document
        // the citations the linked text overlaps
        std::vector<const Reference*> named;
        auto first = std::lower_bound(citations.begin(), citations.end(), link.begin > 200 ? link.begin - 200 : 0,
                                      [](const Reference& c, std::size_t at) { return c.begin < at; });
        for (auto it = first; it != citations.end() && it->begin < link.end; ++it)
            if (is_citation(it->kind) && it->end > link.begin) named.push_back(&*it);
        out.push_back(link_record(link.begin, link.end, link.target, named));
    }
    return out;
}

}  // namespace unxref
