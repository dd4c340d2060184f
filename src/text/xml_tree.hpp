// libxml2 documents as owned values, and the few node questions the readers ask.
#pragma once

#include <libxml/tree.h>

#include <memory>
#include <string>
#include <string_view>
#include <variant>

namespace unxref {

struct XmlDocumentFree {
    void operator()(xmlDoc* document) const { xmlFreeDoc(document); }
};
using XmlDocument = std::unique_ptr<xmlDoc, XmlDocumentFree>;

// A well-formed XML document (no network, no entity expansion), or "line N: what is wrong".
std::variant<XmlDocument, std::string> parse_xml(std::string_view bytes);

// An HTML document: libxml2's forgiving HTML parser never fails on tag soup.
// UTF-8 is assumed when the bytes are valid UTF-8, else the document's own <meta charset>.
std::variant<XmlDocument, std::string> parse_html(std::string_view bytes);

inline std::string_view local_name(const xmlNode* node) {
    return node->name ? reinterpret_cast<const char*>(node->name) : std::string_view{};
}

// The namespace URI of an element ("" when it has none).
inline std::string_view namespace_of(const xmlNode* node) {
    return node->ns && node->ns->href ? reinterpret_cast<const char*>(node->ns->href) : std::string_view{};
}

// An attribute's value, or "" when absent; `ns` null for an unqualified attribute.
std::string attribute(const xmlNode* node, const char* name, const char* ns = nullptr);

}  // namespace unxref
