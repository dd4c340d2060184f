#include "output/compare_report.hpp"

#include <fmt/format.h>

#include <utility>

#include "output/write.hpp"

namespace unxref {
namespace {

std::size_t count(const Comparison& c, Severity severity) {
    std::size_t n = 0;
    for (auto const& f : c.findings) n += f.severity == severity;
    return n;
}

std::string plural(std::size_t n, std::string_view noun) { return fmt::format("{} {}{}", n, noun, n == 1 ? "" : "s"); }

std::string summary_text(const Comparison& c) {
    std::size_t warnings = count(c, Severity::warning), notes = count(c, Severity::note);
    return fmt::format("{}: {}: {}; {} and {} references compared, {} the same; {} and {} footnotes\n",
                       c.original.path, c.translation.path,
                       c.agree() ? fmt::format("the versions agree ({})", plural(notes, "note"))
                                 : fmt::format("{}, {}", plural(warnings, "difference"), plural(notes, "note")),
                       c.references_original, c.references_translation, c.matched, c.footnotes_original,
                       c.footnotes_translation);
}

std::string place_json(std::string_view path, const Place& p) {
    return fmt::format(R"({{"path":{},"line":{},"column":{},"begin":{},"end":{},"id":{},"where":{}}})",
                       json_string(path), p.line, p.column, p.begin, p.end, json_nullable(p.id), json_string(p.where));
}

}  // namespace

std::string compare_text(const Comparison& c) {
    std::string out;
    for (auto const& f : c.findings) {
        // The finding is reported where its reference is: an extra one in the translation.
        bool in_translation = f.code == FindingCode::extra;
        auto const& [path, at] = in_translation ? std::pair{c.translation.path, f.translation}
                                                : std::pair{c.original.path, f.original};
        auto const& [other_path, other] = in_translation ? std::pair{c.original.path, f.original}
                                                         : std::pair{c.translation.path, f.translation};
        out += fmt::format("{}:{}:{}: {}[{}]: {}\n", path, at.line, at.column, to_string(f.severity),
                           to_string(f.code), f.message);
        out += fmt::format("{}:{}:{}: note: {} in the {}\n", other_path, other.line, other.column,
                           other.id.empty() ? other.where : other.id + ", " + other.where,
                           in_translation ? "original" : "translation");
    }
    out += summary_text(c);
    return out;
}

std::string compare_json(const Comparison& c) {
    std::string out = fmt::format(
        "{{\"original\":{},\n\"translation\":{},\n\"agree\":{},\n"
        "\"summary\":{{\"warnings\":{},\"notes\":{},\"references_original\":{},\"references_translation\":{},"
        "\"matched\":{},\"footnotes_original\":{},\"footnotes_translation\":{}}},\n\"findings\":[",
        document_json(c.original), document_json(c.translation), c.agree() ? "true" : "false",
        count(c, Severity::warning), count(c, Severity::note), c.references_original, c.references_translation,
        c.matched, c.footnotes_original, c.footnotes_translation);
    for (std::size_t i = 0; i < c.findings.size(); ++i) {
        auto const& f = c.findings[i];
        out += fmt::format("{}\n{{\"code\":\"{}\",\"severity\":\"{}\",\"message\":{},\"original\":{},\"translation\":{}}}",
                           i ? "," : "", to_string(f.code), to_string(f.severity), json_string(f.message),
                           place_json(c.original.path, f.original), place_json(c.translation.path, f.translation));
    }
    out += c.findings.empty() ? "]}\n" : "\n]}\n";
    return out;
}

}  // namespace unxref
