#include "output/write.hpp"

#include <cassert>
#include <cstdint>
#include <cstring>

#include <fmt/format.h>
#include <unistd.h>

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

// `s` as a JSON string at `p`, which has room for 6 * s.size() + 2 bytes (every byte a
// \u escape); returns the end.
char* put_json_string(char* p, std::string_view s) {
    *p++ = '"';
    std::size_t i = 0;
    while (i < s.size()) {
        // eight bytes at a time while none needs an escape (footnote texts run long)
        std::uint64_t word;
        if (i + 8 <= s.size() && (std::memcpy(&word, s.data() + i, 8), !needs_escape(word))) {
            std::memcpy(p, &word, 8);
            p += 8;
            i += 8;
            continue;
        }
        char c = s[i++];
        if (c != '"' && c != '\\' && static_cast<unsigned char>(c) >= 0x20) {
            *p++ = c;
            continue;
        }
        *p++ = '\\';
        switch (c) {
            case '"': *p++ = '"'; break;
            case '\\': *p++ = '\\'; break;
            case '\n': *p++ = 'n'; break;
            case '\r': *p++ = 'r'; break;
            case '\t': *p++ = 't'; break;
            default: {
                constexpr char hex[] = "0123456789abcdef";
                auto u = static_cast<unsigned char>(c);
                p = std::copy_n("u00", 3, p);
                *p++ = hex[u >> 4];
                *p++ = hex[u & 15];
            }
        }
    }
    *p++ = '"';
    return p;
}

}  // namespace

void append_json_string(std::string& out, std::string_view s) {
    std::size_t used = out.size();
    out.resize(used + 6 * s.size() + 2);
    out.resize(static_cast<std::size_t>(put_json_string(out.data() + used, s) - out.data()));
}

std::string json_string(std::string_view s) {
    std::string out;
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

// The record writer's pieces write through a raw pointer into room reserved beforehand
// (record_room): appending piece by piece to a std::string checked its capacity and called
// memcpy some twenty times a record, a tenth of `extract`'s instructions.
char* put(char* p, std::string_view s) {
    std::memcpy(p, s.data(), s.size());
    return p + s.size();
}

char* put_number(char* p, std::size_t n) {
    fmt::format_int digits(n);
    return put(p, {digits.data(), digits.size()});
}

char* put_nullable(char* p, std::string_view s) { return s.empty() ? put(p, "null") : put_json_string(p, s); }

// The most a reference record (with its separator) can take: the fixed text, the numbers and
// every string byte escaped (\u00XX). `span` is the record's text, as put_reference_json writes it.
std::size_t record_room(std::string_view quoted_path, std::string_view span, const Reference& r) {
    // every field name, four numbers of 20 digits, the longest kind, relation and organ, the
    // strings' quotes or nulls and the separator take some 320 bytes
    constexpr std::size_t fixed = 400;
    return fixed + quoted_path.size() +
           6 * (r.id.size() + span.size() + r.footnote.size() + r.pinpoint.size() + r.status.size() + r.date.size() +
                r.target.size());
}

// One reference record at `p`; `quoted_path` is the document's path already as a JSON string,
// `span` the text from r.begin to r.end.
char* put_reference_json(char* p, std::string_view quoted_path, std::string_view span, const Reference& r) {
    p = put(put(p, R"({"type":"reference","path":)"sv), quoted_path);
    p = put(put(p, R"(,"kind":")"sv), to_string(r.kind));
    p = put_json_string(put(p, R"(","id":)"sv), r.id);
    p = put_json_string(put(p, R"(,"text":)"sv), span);
    p = put_number(put(p, R"(,"begin":)"sv), r.begin);
    p = put_number(put(p, R"(,"end":)"sv), r.end);
    p = put_number(put(p, R"(,"line":)"sv), r.line);
    p = put_number(put(p, R"(,"column":)"sv), r.column);
    p = put_nullable(put(p, R"(,"relation":)"sv), to_string(r.relation));
    p = put_nullable(put(p, R"(,"footnote":)"sv), r.footnote);
    p = put_nullable(put(p, R"(,"pinpoint":)"sv), r.pinpoint);
    p = put_json_string(put(p, R"(,"status":)"sv), r.status);
    if (r.organ != Organ::unknown) {
        p = put(put(p, R"(,"organ":")"sv), to_string(r.organ));
        *p++ = '"';
    }
    if (r.series) p = put(p, R"(,"series":true)"sv);
    if (!r.date.empty()) p = put_json_string(put(p, R"(,"date":)"sv), r.date);
    if (r.kind == Kind::link) p = put_json_string(put(p, R"(,"target":)"sv), r.target);
    *p++ = '}';
    return p;
}

// The document's record; `quoted_path` is its path already as a JSON string.
std::string document_json_quoted(const DocumentInfo& d, std::string_view quoted_path) {
    std::string json = R"({"type":"document","path":)";
    json += quoted_path;
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

}  // namespace

std::string document_json(const DocumentInfo& d) { return document_json_quoted(d, json_string(d.path)); }

std::string error_json(const LoadError& e) {
    return fmt::format(R"({{"type":"error","path":{},"message":{}}})", json_string(e.path), json_string(e.message));
}

namespace {
constexpr std::size_t pending_limit = std::size_t{1} << 20;
}

ExtractionWriter::ExtractionWriter(std::FILE* out, Format format)
    : out_(out), format_(format), terminal_(::isatty(::fileno(out)) == 1) {}

void ExtractionWriter::put(std::string_view bytes) {
    pending_ += bytes;
    if (terminal_ || pending_.size() >= pending_limit) flush_pending();
}

void ExtractionWriter::flush_pending() {
    std::fwrite(pending_.data(), 1, pending_.size(), out_);
    pending_.clear();
}

void ExtractionWriter::begin() {
    if (format_ == Format::json) put("[\n");
}

std::string render_extraction(const Extraction& x, std::string_view text, Format format) {
    std::string out;
    if (format != Format::text) {
        // records separated as the format wants; the writer adds what goes between documents
        std::string_view separator = format == Format::json ? ",\n" : "\n";
        const std::string quoted_path = json_string(x.document.path);  // once, not per record
        out = document_json_quoted(x.document, quoted_path);
        out.reserve(out.size() + 280 * x.references.size() + 1);  // records average some 260 bytes
        // each record is put together in a buffer (on the stack unless it is long), then appended
        char buffer[2048];
        std::string long_record;
        for (auto const& r : x.references) {
            std::string_view span = text.substr(r.begin, r.end - r.begin);  // the bound and the writing agree
            std::size_t room = record_room(quoted_path, span, r);
            char* start = room <= sizeof buffer ? buffer : (long_record.resize(room), long_record.data());
            char* end = put_reference_json(put(start, separator), quoted_path, span, r);
            assert(static_cast<std::size_t>(end - start) <= room);
            out.append(start, static_cast<std::size_t>(end - start));
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
    if (format_ == Format::json && !first_) put(",\n");
    first_ = false;
    put(rendered);
}

void ExtractionWriter::write(const LoadError& e) {
    if (format_ == Format::text) {
        put(fmt::format("{}: error: {}\n", e.path, e.message));
        return;
    }
    std::string record = error_json(e);
    if (format_ == Format::jsonl) record += '\n';  // as render_extraction ends a JSONL document
    write_rendered(record);
}

void ExtractionWriter::finish() {
    if (format_ == Format::json) put(first_ ? "]\n" : "\n]\n");
    flush_pending();
    std::fflush(out_);
}

}  // namespace unxref
