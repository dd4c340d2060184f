// SARIF 2.1.0 (OASIS): what code-scanning services and editors read. Columns count code
// points (run.columnKind), byte offsets point into the file as read. For a PDF, Word or HTML
// file, lines and columns are those of its visible text, and no byte offset or fix is given.
#include <nlohmann/json.hpp>

#include <map>

#include "output/findings.hpp"

namespace unxref {
namespace {

using json = nlohmann::ordered_json;

std::string_view level(audit::Severity s) { return audit::to_string(s); }  // note, warning, error: SARIF's names

json region(const audit::Finding& f) {
    json r = {{"startLine", f.line}, {"startColumn", f.column}};
    if (f.end_line) {
        r["endLine"] = f.end_line;
        r["endColumn"] = f.end_column;
    }
    if (f.in_visible_text) {  // no byte of the PDF, Word or HTML file: the place in its visible text
        r["properties"] = {{"textOf", "unxref text"}};
        return r;
    }
    r["byteOffset"] = f.begin;
    r["byteLength"] = f.end - f.begin;
    return r;
}

}  // namespace

std::string findings_sarif(const std::vector<audit::Finding>& findings, const std::string& tool_version) {
    json rules = json::array();
    std::map<std::string_view, std::size_t> rule_index;
    for (auto const& rule : audit::rules()) {
        rule_index[rule.code] = rules.size();
        rules.push_back({{"id", rule.code},
                         {"shortDescription", {{"text", rule.summary}}},
                         {"defaultConfiguration", {{"level", level(rule.severity)}}}});
    }
    json results = json::array();
    for (auto const& f : findings) {
        json location = {{"physicalLocation", {{"artifactLocation", {{"uri", path_uri(f.path)}}}}}};
        if (f.line) location["physicalLocation"]["region"] = region(f);
        json result = {{"ruleId", f.code},
                       {"ruleIndex", rule_index.at(f.code)},
                       {"level", level(f.severity)},
                       {"message", {{"text", f.message}}},
                       {"locations", json::array({location})}};
        if (f.fix && !f.in_visible_text) {  // a tool would apply it to the file's bytes
            json replacement = {{"deletedRegion", {{"byteOffset", f.fix->begin}, {"byteLength", f.fix->end - f.fix->begin}}},
                                {"insertedContent", {{"text", f.fix->replacement}}}};
            json change = {{"artifactLocation", {{"uri", path_uri(f.path)}}},
                           {"replacements", json::array({replacement})}};
            result["fixes"] = json::array({{{"description", {{"text", "replace with \"" + f.fix->replacement + "\""}}},
                                            {"artifactChanges", json::array({change})}}});
        }
        results.push_back(std::move(result));
    }
    json log = {{"$schema", "https://json.schemastore.org/sarif-2.1.0.json"},
                {"version", "2.1.0"},
                {"runs", json::array({{{"tool", {{"driver", {{"name", "unxref"},
                                                              {"version", tool_version},
                                                              {"rules", rules}}}}},
                                       {"columnKind", "unicodeCodePoints"},
                                       {"results", results}}})}};
    return log.dump(2, ' ', false, json::error_handler_t::replace) + "\n";
}

}  // namespace unxref
