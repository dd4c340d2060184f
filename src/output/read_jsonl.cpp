#include "output/read_jsonl.hpp"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <optional>

namespace unxref {
namespace {

using nlohmann::json;

template <class Enum, std::size_t N>
std::optional<Enum> from_name(std::string_view name, const Enum (&all)[N]) {
    for (Enum e : all)
        if (to_string(e) == name) return e;
    return std::nullopt;
}

constexpr Kind kinds[] = {Kind::resolution, Kind::decision, Kind::document, Kind::treaty, Kind::footnote_marker,
                          Kind::footnote,   Kind::ibid,     Kind::link,     Kind::gazette};
constexpr Relation relations[] = {Relation::recalls,    Relation::reaffirms,       Relation::welcomes,
                                  Relation::takes_note, Relation::based_on_report, Relation::other};
constexpr Organ organs[] = {Organ::general_assembly, Organ::security_council, Organ::ecosoc,
                            Organ::human_rights_council, Organ::commission_on_human_rights};

std::string text_or_empty(const json& object, const char* key) {
    auto it = object.find(key);
    return it != object.end() && it->is_string() ? it->get<std::string>() : std::string{};
}

Reference reference_from(const json& r) {
    Reference out;
    auto kind = from_name(r.at("kind").get<std::string>(), kinds);
    if (!kind) throw std::runtime_error("unknown kind \"" + r.at("kind").get<std::string>() + "\"");
    out.kind = *kind;
    out.id = r.at("id").get<std::string>();
    out.begin = r.at("begin").get<std::size_t>();
    out.end = r.at("end").get<std::size_t>();
    out.line = r.at("line").get<std::size_t>();
    out.column = r.at("column").get<std::size_t>();
    out.relation = from_name(text_or_empty(r, "relation"), relations).value_or(Relation::none);
    out.organ = from_name(text_or_empty(r, "organ"), organs).value_or(Organ::unknown);
    out.footnote = text_or_empty(r, "footnote");
    out.pinpoint = text_or_empty(r, "pinpoint");
    out.status = text_or_empty(r, "status");
    out.target = text_or_empty(r, "target");
    out.date = text_or_empty(r, "date");
    out.series = r.value("series", false);
    return out;
}

}  // namespace

bool looks_like_extraction_jsonl(std::string_view bytes) {
    // as unxref writes it, or as another JSON writer does (Python's json.dumps puts spaces
    // after the colons, jq -S sorts the keys; a byte order mark may come first): the first
    // line is one JSON object whose "type" is an extraction record's
    bytes = bytes.substr(0, extraction_peek);
    if (bytes.starts_with("\xEF\xBB\xBF")) bytes.remove_prefix(3);
    std::size_t start = bytes.find_first_not_of(" \t\r\n");
    if (start == std::string_view::npos || bytes[start] != '{') return false;
    bytes.remove_prefix(start);
    if (bytes.starts_with(R"({"type":"document")") || bytes.starts_with(R"({"type":"reference")") ||
        bytes.starts_with(R"({"type":"error")"))
        return true;
    std::size_t line_end = bytes.find('\n');
    if (line_end == std::string_view::npos) return false;  // a first line longer than was read
    json record = json::parse(bytes.substr(0, line_end), nullptr, false);
    if (record.is_discarded() || !record.is_object()) return false;
    auto type = record.find("type");
    return type != record.end() && type->is_string() &&
           (*type == "document" || *type == "reference" || *type == "error");
}

std::string read_extraction_jsonl(std::istream& in, const std::function<void(Extraction&&)>& on_document,
                                  const std::function<void(LoadError&&)>& on_error) {
    std::optional<Extraction> current;
    auto flush = [&] {
        if (current) on_document(std::move(*current));
        current.reset();
    };
    std::string line;
    for (std::size_t number = 1; std::getline(in, line); ++number) {
        if (number == 1 && line.starts_with("\xEF\xBB\xBF")) line.erase(0, 3);
        if (line.find_first_not_of(" \t\r") == std::string::npos) continue;  // blank, also with CRLF line ends
        try {
            json record = json::parse(line);
            std::string type = record.at("type").get<std::string>();
            if (type == "document") {
                flush();
                current = Extraction{};  // (emplace made GCC 12 warn of a maybe-uninitialized vector)
                current->document.path = record.at("path").get<std::string>();
                current->document.symbol = text_or_empty(record, "symbol");
                current->document.language = text_or_empty(record, "language");
                current->document.title = text_or_empty(record, "title");
                current->document.bytes = record.value("bytes", std::size_t{0});
            } else if (type == "reference") {
                if (!current || record.at("path").get<std::string>() != current->document.path)
                    throw std::runtime_error("a reference before its document record");
                current->references.push_back(reference_from(record));
            } else if (type == "error") {
                flush();
                on_error({record.at("path").get<std::string>(), record.at("message").get<std::string>()});
            } else {
                throw std::runtime_error("unknown record type \"" + type + "\"");
            }
        } catch (const std::exception& e) {  // json::exception or ours: name the line, keep what came before
            flush();
            std::string_view why = e.what();
            if (why.starts_with("[json.exception.")) why.remove_prefix(std::min(why.size(), why.find("] ") + 2));
            return fmt::format("line {}: not an extraction record ({})", number, why);
        }
    }
    flush();
    return {};
}

}  // namespace unxref
