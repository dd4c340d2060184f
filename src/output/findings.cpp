#include "output/findings.hpp"

#include <fmt/format.h>

#include <nlohmann/json.hpp>

namespace unxref {
namespace {

std::string shown(const std::string& s) {
    std::string out;
    for (char c : s) out += c == '\n' ? std::string("\\n") : std::string(1, c);
    return out;
}

}  // namespace

std::string findings_text(const std::vector<audit::Finding>& findings) {
    std::string out;
    for (auto const& f : findings) {
        std::string where = f.line ? fmt::format("{}:{}:{}", f.path, f.line, f.column) : f.path;  // 0: the whole file
        out += fmt::format("{}: {}[{}]: {} [{},{})\n", where, audit::to_string(f.severity), f.code, shown(f.message),
                           f.begin, f.end);
        if (f.fix)
            out += fmt::format("  fix: replace [{},{}){} with \"{}\"\n", f.fix->begin, f.fix->end,
                               f.in_visible_text ? " of the text `unxref text` prints" : "", shown(f.fix->replacement));
    }
    return out;
}

std::string findings_json(const std::vector<audit::Finding>& findings) {
    auto array = nlohmann::ordered_json::array();
    for (auto const& f : findings) {
        nlohmann::ordered_json j = {{"path", f.path},         {"line", f.line},       {"column", f.column},
                                    {"end_line", f.end_line}, {"end_column", f.end_column},
                                    {"begin", f.begin},       {"end", f.end},         {"severity", audit::to_string(f.severity)},
                                    {"code", f.code},         {"message", f.message}};
        if (f.fix) j["fix"] = {{"begin", f.fix->begin}, {"end", f.fix->end}, {"replacement", f.fix->replacement}};
        array.push_back(std::move(j));
    }
    // invalid UTF-8 cannot occur (inputs are validated), but never let a message abort the run
    return array.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) + "\n";
}

std::string path_uri(const std::string& path) {
    std::string out;
    for (unsigned char c : path) {
        bool keep = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                    std::string_view("-._~/!$&'()*+,;=:@").find(static_cast<char>(c)) != std::string_view::npos;
        out += keep ? std::string(1, static_cast<char>(c)) : fmt::format("%{:02X}", c);
    }
    return out;
}

}  // namespace unxref
