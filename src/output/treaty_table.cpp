#include "output/treaty_table.hpp"

#include <fmt/format.h>

#include <nlohmann/json.hpp>

namespace unxref {
namespace {

std::string where(const TreatyCitation& c) {
    std::string doc = c.document.empty() ? c.path : c.document;
    return c.footnote.empty() ? doc : fmt::format("{} fn {}", doc, c.footnote);
}

std::string csv_field(const std::string& s) {
    if (s.find_first_of(",\"\n\r") == std::string::npos) return s;
    std::string out = "\"";
    for (char c : s) out += c == '"' ? std::string("\"\"") : std::string(1, c);
    return out + "\"";
}

}  // namespace

std::string treaties_table(const std::vector<Treaty>& treaties) {
    std::string out = fmt::format("{:<7} {:<8} {:>5}  {}\n", "vol.", "No.", "cited", "name");
    for (auto const& t : treaties) {
        std::string number = t.number.empty() ? "p. " + t.page : t.number;
        out += fmt::format("{:<7} {:<8} {:>5}  {}\n", t.volume, number, t.citations.size(),
                           t.name.empty() ? "(no name before a marker)" : t.name);
        for (auto const& c : t.citations)
            out += fmt::format("                         {}{} ({}:{}:{})\n", where(c), c.through_ibid ? " (Ibid.)" : "",
                               c.path, c.line, c.column);
    }
    return out;
}

std::string treaties_csv(const std::vector<Treaty>& treaties) {
    std::string out = "volume,number,page,count,name,cited_by\n";
    for (auto const& t : treaties) {
        std::string cited_by;
        for (auto const& c : t.citations) cited_by += (cited_by.empty() ? "" : "; ") + where(c);
        out += fmt::format("{},{},{},{},{},{}\n", t.volume, t.number, t.page, t.citations.size(), csv_field(t.name),
                           csv_field(cited_by));
    }
    return out;
}

std::string treaties_json(const std::vector<Treaty>& treaties) {
    auto array = nlohmann::ordered_json::array();
    for (auto const& t : treaties) {
        auto citations = nlohmann::ordered_json::array();
        for (auto const& c : t.citations)
            citations.push_back({{"document", c.document.empty() ? nullptr : nlohmann::ordered_json(c.document)},
                                 {"path", c.path},
                                 {"footnote", c.footnote.empty() ? nullptr : nlohmann::ordered_json(c.footnote)},
                                 {"name", c.name},
                                 {"line", c.line},
                                 {"column", c.column},
                                 {"begin", c.begin},
                                 {"end", c.end},
                                 {"ibid", c.through_ibid}});
        array.push_back({{"id", t.id},
                         {"volume", t.volume},
                         {"number", t.number.empty() ? nullptr : nlohmann::ordered_json(t.number)},
                         {"page", t.page.empty() ? nullptr : nlohmann::ordered_json(t.page)},
                         {"name", t.name},
                         {"count", t.citations.size()},
                         {"citations", citations}});
    }
    return array.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) + "\n";
}

}  // namespace unxref
