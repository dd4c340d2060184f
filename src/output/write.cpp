#include "output/write.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace unxref {

// Hand-written rather than nlohmann::json: a record is written per reference on the hot
// path, and building a json object per record costs allocations the writer does not need.
std::string json_string(std::string_view s) {
    std::string out;
    out.reserve(s.size() + 2);
    out += '"';
    for (char c : s) {
        switch (c) {
            case '"': out += "\\\""; break;
            case '\\': out += "\\\\"; break;
            case '\n': out += "\\n"; break;
            case '\r': out += "\\r"; break;
            case '\t': out += "\\t"; break;
            default:
                if (static_cast<unsigned char>(c) < 0x20) out += fmt::format("\\u{:04x}", static_cast<unsigned char>(c));
                else out += c;
        }
    }
    out += '"';
    return out;
}

namespace {
std::string nullable(std::string_view s) { return s.empty() ? "null" : json_string(s); }
}  // namespace

std::string reference_json(std::string_view path, std::string_view text, const Reference& r) {
    std::string json = fmt::format(
        R"({{"type":"reference","path":{},"kind":"{}","id":{},"text":{},"begin":{},"end":{},"line":{},"column":{},)"
        R"("relation":{},"footnote":{},"pinpoint":{},"status":{})",
        json_string(path), to_string(r.kind), json_string(r.id), json_string(text.substr(r.begin, r.end - r.begin)),
        r.begin, r.end, r.line, r.column, nullable(to_string(r.relation)), nullable(r.footnote), nullable(r.pinpoint),
        json_string(r.status));
    if (r.organ != Organ::unknown) json += fmt::format(R"(,"organ":"{}")", to_string(r.organ));
    if (!r.date.empty()) json += fmt::format(R"(,"date":"{}")", r.date);
    if (r.kind == Kind::link) json += fmt::format(R"(,"target":{})", json_string(r.target));
    json += '}';
    return json;
}

std::string document_json(const DocumentInfo& d) {
    std::string json = fmt::format(R"({{"type":"document","path":{},"symbol":{},"language":"{}","bytes":{})",
                                   json_string(d.path), nullable(d.symbol), d.language, d.bytes);
    if (!d.title.empty()) json += fmt::format(R"(,"title":{})", json_string(d.title));  // additive field
    json += '}';
    return json;
}

std::string error_json(const LoadError& e) {
    return fmt::format(R"({{"type":"error","path":{},"message":{}}})", json_string(e.path), json_string(e.message));
}

void ExtractionWriter::begin() {
    if (format_ == Format::json) std::fputs("[\n", out_);
}

void ExtractionWriter::record(const std::string& json) {
    if (format_ == Format::json && !first_) std::fputs(",\n", out_);
    first_ = false;
    std::fwrite(json.data(), 1, json.size(), out_);
    if (format_ == Format::jsonl) std::fputc('\n', out_);
}

std::string render_extraction(const Extraction& x, std::string_view text, Format format) {
    std::string out;
    if (format != Format::text) {
        // records separated as the format wants; the writer adds what goes between documents
        std::string_view separator = format == Format::json ? ",\n" : "\n";
        out += document_json(x.document);
        for (auto const& r : x.references) {
            out += separator;
            out += reference_json(x.document.path, text, r);
        }
        if (format == Format::jsonl) out += '\n';
        return out;
    }
    out += fmt::format("{}: {} ({}, {} bytes, {} references)\n", x.document.path,
                       x.document.symbol.empty() ? "(no symbol)" : x.document.symbol, x.document.language,
                       x.document.bytes, x.references.size());
    for (auto const& r : x.references) {
        std::string shown(text.substr(r.begin, std::min<std::size_t>(r.end - r.begin, 60)));
        for (char& c : shown)
            if (c == '\n' || c == '\r' || c == '\t') c = ' ';
        out += fmt::format("  {}:{}:{}: {:<15} {:<22} {}", x.document.path, r.line, r.column, to_string(r.kind), r.id,
                           json_string(shown));
        if (r.relation != Relation::none) out += fmt::format(" [{}]", to_string(r.relation));
        if (!r.footnote.empty() && r.kind != Kind::footnote && r.kind != Kind::footnote_marker)
            out += fmt::format(" in note {}", r.footnote);
        if (!r.pinpoint.empty()) out += fmt::format(", {}", r.pinpoint);
        if (r.status != "ok") out += fmt::format(" ({})", r.status);
        out += '\n';
    }
    return out;
}

void ExtractionWriter::write_rendered(std::string_view rendered) {
    if (format_ == Format::json && !first_) std::fputs(",\n", out_);
    first_ = false;
    std::fwrite(rendered.data(), 1, rendered.size(), out_);
}

void ExtractionWriter::write(const Extraction& x, std::string_view text) {
    write_rendered(render_extraction(x, text, format_));
}

void ExtractionWriter::write(const LoadError& e) {
    if (format_ == Format::text) {
        fmt::print(out_, "{}: error: {}\n", e.path, e.message);
        return;
    }
    record(error_json(e));
}

void ExtractionWriter::finish() {
    if (format_ == Format::json) std::fputs(first_ ? "]\n" : "\n]\n", out_);
    std::fflush(out_);
}

}  // namespace unxref
