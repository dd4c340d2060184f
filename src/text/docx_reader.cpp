#include "text/docx_reader.hpp"

#include <map>
#include <optional>
#include <vector>

#include "text/text_builder.hpp"
#include "text/xml_tree.hpp"
#include "text/zip_archive.hpp"

namespace unxref {
namespace {

using Relationships = std::map<std::string, std::string>;  // r:id -> target

constexpr const char* relationship_ns = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
constexpr const char* strict_relationship_ns = "http://purl.oclc.org/ooxml/officeDocument/relationships";

// Transitional (…/2006/main) and Strict (…/wordprocessingml/main) Word namespaces.
bool is_word(const xmlNode* node, std::string_view name) {
    if (node->type != XML_ELEMENT_NODE || local_name(node) != name) return false;
    std::string_view ns = namespace_of(node);
    return ns.ends_with("/wordprocessingml/2006/main") || ns.ends_with("/ooxml/wordprocessingml/main");
}

bool is_markup_compatibility(const xmlNode* node, std::string_view name) {
    return node->type == XML_ELEMENT_NODE && local_name(node) == name &&
           namespace_of(node) == "http://schemas.openxmlformats.org/markup-compatibility/2006";
}

std::string word_attribute(const xmlNode* node, const char* name) {
    std::string_view ns = namespace_of(node);
    return attribute(node, name, std::string(ns).c_str());
}

std::string relationship_id(const xmlNode* node) {
    std::string id = attribute(node, "id", relationship_ns);
    return id.empty() ? attribute(node, "id", strict_relationship_ns) : id;
}

// The target of a field instruction `HYPERLINK "url" \l "anchor" \o "tip"`, or nothing.
std::optional<std::string> hyperlink_field_target(std::string_view instruction) {
    std::vector<std::string> tokens;
    for (std::size_t i = 0; i < instruction.size();) {
        if (instruction[i] == ' ' || instruction[i] == '\t') {
            ++i;
        } else if (instruction[i] == '"') {
            std::size_t close = instruction.find('"', i + 1);
            if (close == std::string_view::npos) close = instruction.size();
            tokens.emplace_back(instruction.substr(i + 1, close - i - 1));
            i = close + 1;
        } else {
            std::size_t end = instruction.find_first_of(" \t", i);
            if (end == std::string_view::npos) end = instruction.size();
            tokens.emplace_back(instruction.substr(i, end - i));
            i = end;
        }
    }
    if (tokens.empty() || tokens[0] != "HYPERLINK") return std::nullopt;
    std::string url, anchor;
    for (std::size_t i = 1; i < tokens.size(); ++i) {
        if (tokens[i] == "\\l" && i + 1 < tokens.size()) anchor = tokens[++i];
        else if (tokens[i].starts_with("\\") && tokens[i].size() == 2) ++i;  // \o "tip", \t "frame", …
        else if (url.empty()) url = tokens[i];
    }
    return anchor.empty() ? url : url + "#" + anchor;
}

struct Footnotes {
    std::map<std::string, int> number_of;  // w:id -> the number Word shows
    std::vector<std::string> in_order;     // w:ids by number
};

enum class Context { body, cell, note };

// Walks one part (document.xml or footnotes.xml) into the builder.
class PartWalker {
public:
    PartWalker(TextBuilder& out, const Relationships& relationships, Footnotes& footnotes)
        : out_(out), relationships_(relationships), footnotes_(footnotes) {}

    void block(const xmlNode* parent, Context context) {
        for (const xmlNode* n = parent->children; n; n = n->next) block_child(n, context);
    }

    // One child of a block: a paragraph, a table, or a wrapper whose content shows.
    void block_child(const xmlNode* n, Context context) {
        if (is_word(n, "p")) {
            paragraph(n, context);
        } else if (is_word(n, "tbl")) {
            table(n, context);
        } else if (is_word(n, "sectPr") || is_word(n, "del") || is_word(n, "moveFrom")) {
            return;
        } else if (n->type == XML_ELEMENT_NODE) {
            block(n, context);  // w:sdt, w:sdtContent, w:customXml, w:ins
        }
    }

private:
    struct Field {
        std::string instruction;
        bool showing_result = false;
        bool link = false;
    };

    void paragraph(const xmlNode* p, Context context) {
        inline_content(p, context);
        if (context == Context::body) out_.blank_line();
        else if (context == Context::note) out_.line_break();
        else out_.space();
    }

    void table(const xmlNode* tbl, Context context) {
        if (context == Context::body) out_.blank_line();
        for (const xmlNode* row = tbl->children; row; row = row->next) {
            if (!is_word(row, "tr")) continue;
            if (context != Context::cell) out_.line_break();
            bool first = true;
            for (const xmlNode* cell = row->children; cell; cell = cell->next) {
                if (!is_word(cell, "tc")) continue;
                if (!first) out_.cell_separator();
                first = false;
                block(cell, Context::cell);
            }
        }
        if (context == Context::body) out_.blank_line();
        else if (context == Context::note) out_.line_break();
    }

    bool hiding_instruction() const { return !fields_.empty() && !fields_.back().showing_result; }

    void inline_content(const xmlNode* parent, Context context) {
        for (const xmlNode* n = parent->children; n; n = n->next) {
            if (n->type != XML_ELEMENT_NODE) continue;
            if (is_word(n, "t")) {
                if (!hiding_instruction()) out_.text(text_of(n));
            } else if (is_word(n, "tab") || is_word(n, "ptab")) {
                if (!hiding_instruction()) out_.space();
            } else if (is_word(n, "br") || is_word(n, "cr")) {
                if (context == Context::cell) out_.space();
                else out_.line_break();
            } else if (is_word(n, "noBreakHyphen")) {
                out_.text("-");
            } else if (is_word(n, "footnoteReference")) {
                footnote_reference(n);
            } else if (is_word(n, "fldChar")) {
                field_char(word_attribute(n, "fldCharType"));
            } else if (is_word(n, "instrText")) {
                if (hiding_instruction()) fields_.back().instruction += text_of(n);
            } else if (is_word(n, "hyperlink")) {
                out_.open_link(hyperlink_target(n));
                inline_content(n, context);
                out_.close_link();
            } else if (is_word(n, "fldSimple")) {
                auto target = hyperlink_field_target(trimmed(word_attribute(n, "instr")));
                if (target) out_.open_link(*target);
                inline_content(n, context);
                if (target) out_.close_link();
            } else if (is_word(n, "p")) {  // text boxes: paragraphs inside a run's drawing
                paragraph(n, context == Context::body ? Context::note : context);
            } else if (is_word(n, "tbl")) {
                table(n, context);
            } else if (is_markup_compatibility(n, "AlternateContent")) {
                alternate_content(n, context);
            } else if (is_word(n, "rPr") || is_word(n, "pPr") || is_word(n, "del") || is_word(n, "moveFrom") ||
                       is_word(n, "delText") || is_word(n, "footnoteRef") || is_word(n, "endnoteReference") ||
                       is_word(n, "commentReference")) {
                continue;
            } else {
                inline_content(n, context);  // w:r, w:ins, w:smartTag, w:sdt, drawings, …
            }
        }
    }

    // The first choice only: the fallback repeats the same text for older readers.
    void alternate_content(const xmlNode* n, Context context) {
        for (const xmlNode* c = n->children; c; c = c->next)
            if (is_markup_compatibility(c, "Choice") || is_markup_compatibility(c, "Fallback")) {
                inline_content(c, context);
                return;
            }
    }

    void field_char(const std::string& type) {
        if (type == "begin") {
            fields_.push_back({});
        } else if (type == "separate" && !fields_.empty()) {
            Field& field = fields_.back();
            field.showing_result = true;
            if (auto target = hyperlink_field_target(trimmed(field.instruction))) {
                field.link = true;
                out_.open_link(*target);
            }
        } else if (type == "end" && !fields_.empty()) {
            if (fields_.back().link) out_.close_link();
            fields_.pop_back();
        }
    }

    void footnote_reference(const xmlNode* n) {
        if (std::string custom = word_attribute(n, "customMarkFollows"); custom == "1" || custom == "true")
            return;  // the mark is the run's own text
        std::string id = word_attribute(n, "id");
        auto [it, added] = footnotes_.number_of.try_emplace(id, static_cast<int>(footnotes_.in_order.size()) + 1);
        if (added) footnotes_.in_order.push_back(id);
        char before = out_.last_char();
        if (before >= '0' && before <= '9') out_.space();  // "78/250" + note 3 must not read "78/2503"
        out_.text(std::to_string(it->second));
    }

    std::string hyperlink_target(const xmlNode* n) const {
        std::string target;
        if (std::string id = relationship_id(n); !id.empty()) {
            auto it = relationships_.find(id);
            if (it != relationships_.end()) target = it->second;
        }
        if (std::string anchor = word_attribute(n, "anchor"); !anchor.empty()) target += "#" + anchor;
        return target;
    }

    static std::string text_of(const xmlNode* n) {
        xmlChar* content = xmlNodeGetContent(n);
        std::string s = content ? reinterpret_cast<const char*>(content) : "";
        xmlFree(content);
        return s;
    }

    static std::string_view trimmed(const std::string& s) {
        std::string_view v = s;
        while (!v.empty() && (v.front() == ' ' || v.front() == '\t')) v.remove_prefix(1);
        while (!v.empty() && (v.back() == ' ' || v.back() == '\t')) v.remove_suffix(1);
        return v;
    }

    TextBuilder& out_;
    const Relationships& relationships_;
    Footnotes& footnotes_;
    std::vector<Field> fields_;
};

Relationships read_relationships(const ZipArchive& zip, const std::string& name, std::size_t max_bytes) {
    Relationships out;
    ZipMember member = zip.read(name, max_bytes);
    if (!member.found || !member.error.empty()) return out;  // a part without links
    auto parsed = parse_xml(member.bytes);
    auto* document = std::get_if<XmlDocument>(&parsed);
    const xmlNode* root = document ? xmlDocGetRootElement(document->get()) : nullptr;
    for (const xmlNode* r = root ? root->children : nullptr; r; r = r->next)
        if (r->type == XML_ELEMENT_NODE && local_name(r) == "Relationship")
            out[attribute(r, "Id")] = attribute(r, "Target");
    return out;
}

struct Part {
    XmlDocument document;
    std::string error;
};

Part read_part(const ZipArchive& zip, const std::string& name, std::size_t max_bytes) {
    ZipMember member = zip.read(name, max_bytes);
    if (!member.found) return {nullptr, ""};
    if (!member.error.empty()) return {nullptr, "damaged Word .docx: " + name + ": " + member.error};
    auto parsed = parse_xml(member.bytes);
    if (auto* error = std::get_if<std::string>(&parsed))
        return {nullptr, "damaged Word .docx: " + name + " is not well-formed XML (" + *error + ")"};
    return {std::move(std::get<XmlDocument>(parsed)), ""};
}

// The footnotes Word shows, in number order, after a separator line.
void append_footnotes(TextBuilder& out, const xmlNode* root, const Relationships& relationships, Footnotes& notes) {
    std::map<std::string, const xmlNode*> by_id;
    for (const xmlNode* n = root ? root->children : nullptr; n; n = n->next)
        if (is_word(n, "footnote")) by_id[word_attribute(n, "id")] = n;
    out.blank_line();
    out.text("__________________");
    for (std::size_t i = 0; i < notes.in_order.size(); ++i) {  // grows if a note refers to another
        auto it = by_id.find(notes.in_order[i]);
        if (it == by_id.end()) continue;
        out.line_break();
        out.text(std::to_string(i + 1) + " ");
        PartWalker(out, relationships, notes).block(it->second, Context::note);
    }
}

}  // namespace

std::variant<VisibleText, std::string> read_docx(std::string_view bytes, std::size_t max_part_bytes) {
    ZipArchive zip(bytes);
    if (!zip.ok()) return "damaged or truncated Word .docx (its ZIP directory cannot be read: " + zip.error() + ")";
    ZipMember main = zip.read("word/document.xml", max_part_bytes);
    if (!main.found) return "ZIP archive that is not a Word .docx (no word/document.xml member)";
    if (!main.error.empty()) return "damaged Word .docx: word/document.xml: " + main.error;

    TextBuilder out;
    Footnotes notes;
    Relationships relationships = read_relationships(zip, "word/_rels/document.xml.rels", max_part_bytes);
    PartWalker walker(out, relationships, notes);
    // streamed a paragraph or table at a time: a whole tree of the part takes ten times its size
    XmlStream body = stream_children(
        main.bytes, 1, [](const xmlNode* n) { return is_word(n, "body"); },
        [&](const xmlNode* child) { walker.block_child(child, Context::body); });
    if (!body.error.empty() && body.limit) return "Word .docx that cannot be read: word/document.xml, " + body.error;
    if (!body.error.empty()) return "damaged Word .docx: word/document.xml is not well-formed XML (" + body.error + ")";
    if (!body.found) return "damaged Word .docx: word/document.xml has no w:body";
    main = {};  // the part's bytes are no longer needed while the notes are read
    if (!notes.in_order.empty()) {
        Part footnotes = read_part(zip, "word/footnotes.xml", max_part_bytes);
        if (!footnotes.error.empty()) return footnotes.error;
        if (footnotes.document) {
            Relationships note_links = read_relationships(zip, "word/_rels/footnotes.xml.rels", max_part_bytes);
            append_footnotes(out, xmlDocGetRootElement(footnotes.document.get()), note_links, notes);
        }
    }
    VisibleText visible = out.finish();
    if (visible.text.find_first_not_of(" \t\n|_") == std::string::npos) return "Word .docx without any text";
    return visible;
}

}  // namespace unxref
