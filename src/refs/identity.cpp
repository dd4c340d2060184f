#include "refs/identity.hpp"

#include "grammar.hpp"
#include "refs/act_id.hpp"
#include "refs/organ.hpp"
#include "refs/symbol.hpp"

namespace unxref {
namespace {

constexpr std::size_t masthead_lines = 40;

std::string_view trim(std::string_view s) {
    auto is_space = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '#' || c == '*'; };
    while (!s.empty() && is_space(s.front())) s.remove_prefix(1);
    while (!s.empty() && is_space(s.back())) s.remove_suffix(1);
    return s;
}

// "68/192. Title" or "Resolution 549 (1984)" at the start of a line.
std::string title_act(std::string_view line, Organ home) {
    bool keyword = false;
    for (std::string_view word : {"Resolution ", "RESOLUTION ", "Decision ", "DECISION "}) {
        if (line.starts_with(word)) {
            line.remove_prefix(word.size());
            keyword = true;
            break;
        }
    }
    grammar::NumberMatch number;
    if (!grammar::parse_number(line.data(), line.data() + line.size(), number)) return {};
    std::string_view rest(number.end, static_cast<std::size_t>(line.data() + line.size() - number.end));
    bool title = rest.starts_with(". ") || rest.starts_with(".\t") || rest == ".";
    if (!title && !(keyword && (trim(rest).empty() || rest.starts_with(" of ") || rest.starts_with(" du ")))) return {};
    auto id = act_id(number, Organ::unknown, home, false);
    return id ? id->id : std::string{};
}

}  // namespace

Identity find_identity(std::string_view text, std::string_view path) {
    Identity identity;
    std::size_t pos = 0;
    for (std::size_t line = 0; line < masthead_lines && pos < text.size(); ++line) {
        std::size_t end = text.find('\n', pos);
        if (end == std::string_view::npos) end = text.size();
        std::string_view t = trim(text.substr(pos, end - pos));
        if (identity.symbol.empty() && !t.empty()) {
            auto hit = symbol_at(t, 0);
            if (hit && hit->end == t.size()) identity.symbol = hit->id;
        }
        if (identity.act_id.empty() && !t.empty())
            identity.act_id = title_act(t, organ_of_symbol(identity.symbol));
        pos = end + 1;
    }
    if (identity.symbol.empty()) identity.symbol = identity.act_id;
    if (identity.symbol.empty())
        if (auto from_name = symbol_from_file_name(path)) identity.symbol = *from_name;
    return identity;
}

}  // namespace unxref
