#include "text/xml_tree.hpp"

#include <fmt/format.h>
#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlreader.h>

#include <climits>
#include <mutex>

#include "text/utf8.hpp"

namespace unxref {
namespace {

void init_libxml() {
    static std::once_flag once;
    std::call_once(once, [] { xmlInitParser(); });
}

// What went wrong where, as every XML error is reported: "line 12: …".
std::string at_line(int line, std::string_view message) { return fmt::format("line {}: {}", line, message); }

std::string describe(const xmlError* error) {
    if (!error || !error->message) return "not well-formed";
    std::string_view message = error->message;
    while (!message.empty() && (message.back() == '\n' || message.back() == ' ')) message.remove_suffix(1);
    return at_line(error->line, message);
}

// The reader's first error, kept (a later one would replace the one that says what went
// wrong) and not printed: the caller reports it.
struct FirstError {
    std::string message;
    int code = 0;
    int line = 0;
    // libxml2 refuses a text node over 10,000,000 bytes (without XML_PARSE_HUGE, which would
    // also lift its bound on nesting depth: the readers walk trees recursively)
    bool huge_text = false;
};
void keep_first_error(void* first, xmlErrorPtr error) {
    auto* kept = static_cast<FirstError*>(first);
    if (!kept->message.empty() || !error || error->level < XML_ERR_ERROR) return;
    bool huge_text = error->message && std::string_view(error->message).find("huge text node") != std::string_view::npos;
    kept->message = huge_text ? at_line(error->line, "a run of text longer than libxml2's limit of 10,000,000 bytes")
                              : describe(error);
    kept->code = error->code;
    kept->line = error->line;
    kept->huge_text = huge_text;
}

std::string last_error() { return describe(xmlGetLastError()); }

}  // namespace

std::variant<XmlDocument, std::string> parse_xml(std::string_view bytes) {
    init_libxml();
    if (bytes.size() > static_cast<std::size_t>(INT_MAX)) return "too large for libxml2";
    xmlResetLastError();
    XmlDocument document(xmlReadMemory(bytes.data(), static_cast<int>(bytes.size()), nullptr, nullptr,
                                       XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING));
    if (!document) return last_error();
    return document;
}

XmlStream stream_children(std::string_view bytes, int container_depth,
                          const std::function<bool(const xmlNode*)>& is_container,
                          const std::function<void(const xmlNode*)>& visit) {
    init_libxml();
    XmlStream out;
    if (bytes.size() > static_cast<std::size_t>(INT_MAX)) {
        out.error = "too large for libxml2";
        return out;
    }
    xmlResetLastError();
    std::unique_ptr<xmlTextReader, decltype(&xmlFreeTextReader)> reader(
        xmlReaderForMemory(bytes.data(), static_cast<int>(bytes.size()), nullptr, nullptr,
                           XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING),
        &xmlFreeTextReader);
    if (!reader) {
        out.error = last_error();
        return out;
    }
    xmlTextReader* r = reader.get();
    FirstError first_error;
    xmlTextReaderSetStructuredErrorHandler(r, keep_first_error, &first_error);
    int depth = 0;  // of the last node read: past 0 at the end, the part was cut short
    auto read = [&](int status) {
        if (status == 1) depth = xmlTextReaderDepth(r);
        return status;
    };
    int status = read(xmlTextReaderRead(r));
    while (status == 1) {
        bool container = !out.found && xmlTextReaderNodeType(r) == XML_READER_TYPE_ELEMENT &&
                         xmlTextReaderDepth(r) == container_depth && is_container(xmlTextReaderCurrentNode(r));
        if (!container || xmlTextReaderIsEmptyElement(r)) {
            out.found = out.found || container;
            status = read(xmlTextReaderRead(r));
            continue;
        }
        out.found = true;
        status = read(xmlTextReaderRead(r));
        while (status == 1 && xmlTextReaderDepth(r) > container_depth) {
            if (xmlTextReaderNodeType(r) != XML_READER_TYPE_ELEMENT) {
                status = read(xmlTextReaderRead(r));
                continue;
            }
            const xmlNode* child = xmlTextReaderExpand(r);
            if (!child) {
                status = -1;
                break;
            }
            visit(child);
            status = read(xmlTextReaderNext(r));  // past the child's end: its tree is freed as the reader moves on
        }
    }
    if (status == -1) {
        // the reader says "Extra content at the end" where the bytes stop inside an element
        if (first_error.code == XML_ERR_DOCUMENT_END && depth > 0)
            out.error = at_line(first_error.line, "the XML stops inside an element (cut short)");
        else
            out.error = first_error.message.empty() ? last_error() : first_error.message;
        out.limit = first_error.huge_text;
    }
    return out;
}

std::variant<XmlDocument, std::string> parse_html(std::string_view bytes) {
    init_libxml();
    if (bytes.size() > static_cast<std::size_t>(INT_MAX)) return "too large for libxml2";
    const char* encoding = first_invalid_utf8(bytes) == std::string_view::npos ? "UTF-8" : nullptr;
    // XML_PARSE_HUGE: without it the parser silently drops everything nested past 256
    // elements, and legacy HTML nests unclosed <font> tags that deep (the reader bounds the depth)
    XmlDocument document(htmlReadMemory(bytes.data(), static_cast<int>(bytes.size()), nullptr, encoding,
                                        HTML_PARSE_RECOVER | HTML_PARSE_NONET | HTML_PARSE_NOERROR |
                                            HTML_PARSE_NOWARNING | HTML_PARSE_NOIMPLIED | XML_PARSE_HUGE));
    if (!document) return "the HTML parser found no document";
    return document;
}

std::string attribute(const xmlNode* node, const char* name, const char* ns) {
    auto const* xml_name = reinterpret_cast<const xmlChar*>(name);
    xmlChar* value = ns ? xmlGetNsProp(node, xml_name, reinterpret_cast<const xmlChar*>(ns))
                        : xmlGetNoNsProp(node, xml_name);
    if (!value) return {};
    std::string out(reinterpret_cast<const char*>(value));
    xmlFree(value);
    return out;
}

}  // namespace unxref
