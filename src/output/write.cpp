#include "output/write.hpp"

#include <cstdint>
#include <cstring>

#include <fmt/format.h>

#include <algorithm>

#include "text/utf8.hpp"

namespace unxref {

using namespace std::string_view_literals;

// Hand-written rather than nlohmann::json: a record is written per reference on the hot
// path, and building a json object per record costs allocations the writer does not need.
// Everything appends to one buffer per document.
namespace {

// Whether any of the eight bytes of `word` needs a JSON escape: '"', '\\' or a control
// character (the classic "has a byte less than n" and "has a zero byte" bit tricks).
bool needs_escape(std::uint64_t word) {
    constexpr std::uint64_t ones = 0x0101010101010101ull, highs = 0x8080808080808080ull;
    auto has_zero = [&](std::uint64_t v) { return (v - ones) & ~v & highs; };
    std::uint64_t below_space = (word - ones * 0x20) & ~word & highs;
    return below_space | has_zero(word ^ (ones * '"')) | has_zero(word ^ (ones * '\\'));
}

}  // namespace

void append_json_string(std::string& out, std::string_view s) {
    out += '"';
    std::size_t plain = 0;  // runs of bytes that need no escape are appended at once
    std::size_t i = 0;
    while (i < s.size()) {
        // eight bytes at a time while none needs an escape (footnote texts run long)
        std::uint64_t word;
        if (i + 8 <= s.size() && (std::memcpy(&word, s.data() + i, 8), !needs_escape(word))) {
            i += 8;
            continue;
        }
        char c = s[i];
        bool escape = c == '"' || c == '\\' || static_cast<unsigned char>(c) < 0x20;
        if (!escape) {
            ++i;
            continue;
        }
        out.append(s.data() + plain, i - plain);
        plain = i + 1;
        switch (c) {
            case '"': out += "\\\""; break;
            case '\\': out += "\\\\"; break;
            case '\n': out += "\\n"; break;
            case '\r': out += "\\r"; break;
            case '\t': out += "\\t"; break;
            default: out += fmt::format("\\u{:04x}", static_cast<unsigned char>(c));
        }
        ++i;
    }
    out.append(s.data() + plain, s.size() - plain);
    out += '"';
}

std::string json_string(std::string_view s) {
    std::string out;
    out.reserve(s.size() + 2);
    // a file name in another encoding: JSON is UTF-8, so each invalid byte becomes U+FFFD
    if (first_invalid_utf8(s) == std::string_view::npos) append_json_string(out, s);
    else append_json_string(out, valid_utf8(s));
    return out;
}

std::string json_nullable(std::string_view s) { return s.empty() ? "null" : json_string(s); }

namespace {

void append_nullable(std::string& out, std::string_view s) {
    if (s.empty()) out += "null";
    else append_json_string(out, s);
}

void append_number(std::string& out, std::size_t n) {
    fmt::format_int digits(n);
    out.append(digits.data(), digits.size());
}

// One reference record; `quoted_path` is the document's path already as a JSON string.
void append_reference_json(std::string& out, std::string_view quoted_path, std::string_view text, const Reference& r) {
    out += R"({"type":"reference","path":)"sv;
    out += quoted_path;
    out += R"(,"kind":")"sv;
    out += to_string(r.kind);
    out += R"(","id":)"sv;
    append_json_string(out, r.id);
    out += R"(,"text":)"sv;
    append_json_string(out, text.substr(r.begin, r.end - r.begin));
    out += R"(,"begin":)"sv;
    append_number(out, r.begin);
    out += R"(,"end":)"sv;
    append_number(out, r.end);
    out += R"(,"line":)"sv;
    append_number(out, r.line);
    out += R"(,"column":)"sv;
    append_number(out, r.column);
    out += R"(,"relation":)"sv;
    append_nullable(out, to_string(r.relation));
    out += R"(,"footnote":)"sv;
    append_nullable(out, r.footnote);
    out += R"(,"pinpoint":)"sv;
    append_nullable(out, r.pinpoint);
    out += R"(,"status":)"sv;
    append_json_string(out, r.status);
    if (r.organ != Organ::unknown) {
        out += R"(,"organ":")"sv;
        out += to_string(r.organ);
        out += '"';
    }
    if (r.series) out += R"(,"series":true)"sv;
    if (!r.date.empty()) {
        out += R"(,"date":)"sv;
        append_json_string(out, r.date);
    }
    if (r.kind == Kind::link) {
        out += R"(,"target":)"sv;
        append_json_string(out, r.target);
    }
    out += '}';
}

}  // namespace

std::string document_json(const DocumentInfo& d) {
    std::string json = R"({"type":"document","path":)";
    json += json_string(d.path);
    json += R"(,"symbol":)"sv;
    append_nullable(json, d.symbol);
    json += R"(,"language":)"sv;
    append_json_string(json, d.language);
    json += R"(,"bytes":)"sv;
    json += fmt::format_int(d.bytes).str();
    if (!d.title.empty()) {  // additive field
        json += R"(,"title":)"sv;
        append_json_string(json, d.title);
    }
    json += '}';
    return json;
}

std::string error_json(const LoadError& e) {
    return fmt::format(R"({{"type":"error","path":{},"message":{}}})", json_string(e.path), json_string(e.message));
}

void ExtractionWriter::begin() {
    if (format_ == Format::json) std::fputs("[\n", out_);
}

std::string render_extraction(const Extraction& x, std::string_view text, Format format) {
    std::string out;
    if (format != Format::text) {
        // records separated as the format wants; the writer adds what goes between documents
        std::string_view separator = format == Format::json ? ",\n" : "\n";
        out.reserve(256 * (x.references.size() + 1));
        out += document_json(x.document);
        const std::string quoted_path = json_string(x.document.path);  // once, not per record
        for (auto const& r : x.references) {
            out += separator;
            append_reference_json(out, quoted_path, text, r);
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

void ExtractionWriter::write(const LoadError& e) {
    if (format_ == Format::text) {
        fmt::print(out_, "{}: error: {}\n", e.path, e.message);
        return;
    }
    std::string record = error_json(e);
    if (format_ == Format::jsonl) record += '\n';  // as render_extraction ends a JSONL document
    write_rendered(record);
}

void ExtractionWriter::finish() {
    if (format_ == Format::json) std::fputs(first_ ? "]\n" : "\n]\n", out_);
    std::fflush(out_);
}

}  // namespace unxref
