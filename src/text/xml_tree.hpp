// libxml2 documents as owned values, and the few node questions the readers ask.
#pragma once

#include <libxml/tree.h>

#include <functional>
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

// Reads a well-formed XML document as a stream: each element child of the first element at
// `container_depth` (0: the root) that `is_container` accepts is handed to `visit` as a tree
// of its own, freed before the next child is read. Memory follows the largest child, not the
// document, whose tree takes about ten times its size. `found` says whether the container
// was there; `error` is "" when the whole document was read, else "line N: what is wrong".
struct XmlStream {
    bool found = false;
    std::string error;
    bool limit = false;  // the error is a limit of libxml2's (a run of text over 10 MB), not damage
};
XmlStream stream_children(std::string_view bytes, int container_depth,
                          const std::function<bool(const xmlNode*)>& is_container,
                          const std::function<void(const xmlNode*)>& visit);

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
