#include "text/html_reader.hpp"

#include <fmt/format.h>

#include <array>
#include <cctype>

#include "text/text_builder.hpp"
#include "text/xml_tree.hpp"

namespace unxref {
namespace {

std::string lower(std::string_view s) {
    std::string out(s);
    for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

template <std::size_t N>
bool one_of(const std::string& name, const std::array<std::string_view, N>& names) {
    for (auto n : names)
        if (name == n) return true;
    return false;
}

constexpr std::array<std::string_view, 6> hidden{"script", "style", "template", "head", "noscript", "title"};
constexpr std::array<std::string_view, 10> paragraphs{"p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote",
                                                       "table", "hr"};
constexpr std::array<std::string_view, 22> blocks{
    "div", "li", "ul", "ol", "dl", "dt", "dd", "section", "article", "header", "footer", "nav", "main",
    "aside", "figure", "figcaption", "address", "form", "fieldset", "caption", "tr", "body"};

// Legacy HTML nests unclosed tags (<font> after <font>): the walk is recursive, so the depth
// it follows is bounded well inside a thread's stack, and a deeper file is refused.
constexpr int deepest_html = 5000;

class HtmlWalker {
public:
    explicit HtmlWalker(TextBuilder& out) : out_(out) {}

    bool too_deep() const { return too_deep_; }

    void walk(const xmlNode* node) {
        if (++depth_ > deepest_html) too_deep_ = true;
        if (too_deep_) return;
        walk_children(node);
        --depth_;
    }

private:
    void walk_children(const xmlNode* node) {
        for (const xmlNode* n = node->children; n; n = n->next) {
            if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) {
                auto const* content = reinterpret_cast<const char*>(n->content);
                if (!content) continue;
                if (preformatted_ > 0) out_.text(content);
                else out_.collapsible(content);
            } else if (n->type == XML_ELEMENT_NODE) {
                element(n);
            }
        }
    }

    void element(const xmlNode* n) {
        std::string name = lower(local_name(n));
        if (one_of(name, hidden)) return;
        if (name == "br") return out_.line_break();
        if (name == "td" || name == "th") {
            if (!first_cell_) out_.cell_separator();
            first_cell_ = false;
            walk(n);
            return;
        }
        if (name == "tr") {  // a row's first cell has no separator before it, even when empty
            bool outer = first_cell_;
            first_cell_ = true;
            out_.line_break();
            walk(n);
            out_.line_break();
            first_cell_ = outer;
            return;
        }
        if (name == "a") {
            xmlAttr* href = xmlHasProp(n, reinterpret_cast<const xmlChar*>("href"));
            if (!href) return walk(n);  // a named anchor, not a link
            out_.open_link(attribute(n, "href"));
            walk(n);
            out_.close_link();
            return;
        }
        bool paragraph = one_of(name, paragraphs);
        bool block = paragraph || one_of(name, blocks) || name == "pre";
        if (block) out_.line_break();
        if (name == "pre") ++preformatted_;
        walk(n);
        if (name == "pre") --preformatted_;
        if (paragraph || name == "pre") out_.blank_line();
        else if (block) out_.line_break();
    }

    TextBuilder& out_;
    int preformatted_ = 0;
    bool first_cell_ = true;
    int depth_ = 0;
    bool too_deep_ = false;
};

}  // namespace

std::variant<VisibleText, std::string> read_html(std::string_view bytes) {
    auto parsed = parse_html(bytes);
    if (auto* error = std::get_if<std::string>(&parsed)) return "unreadable HTML: " + *error;
    auto const& document = std::get<XmlDocument>(parsed);
    TextBuilder out;
    HtmlWalker walker(out);
    const xmlNode* root = xmlDocGetRootElement(document.get());
    if (root) walker.walk(reinterpret_cast<const xmlNode*>(document.get()));
    if (walker.too_deep()) return fmt::format("unreadable HTML: elements nested more than {} deep", deepest_html);
    VisibleText visible = out.finish();
    if (visible.text.find_first_not_of(" \t\n|") == std::string::npos) return "HTML without any visible text";
    return visible;
}

}  // namespace unxref
