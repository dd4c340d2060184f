#include "render.hpp"

#include <graphviz/gvc.h>

#include <fmt/format.h>

#include <memory>
#include <stdexcept>

#include "output/output_to.hpp"

namespace unxref {
namespace {

struct ContextCloser {
    void operator()(GVC_t* gvc) const { gvFreeContext(gvc); }
};

}  // namespace

const char* layout_engine(std::size_t nodes) {
    if (nodes <= dot_limit) return "dot";
    if (nodes <= draw_limit) return "sfdp";
    return "";
}

void render(Agraph_t* g, const char* engine, const std::string& format, const std::string& path) {
    std::unique_ptr<GVC_t, ContextCloser> gvc(gvContext());
    if (!gvc) throw std::runtime_error("Graphviz (gvc) could not start");
    if (std::string(engine) == "sfdp") {
        // spread the force-directed layout so that labels do not overlap
        agattr(g, AGRAPH, const_cast<char*>("overlap"), const_cast<char*>("prism"));
        agattr(g, AGRAPH, const_cast<char*>("outputorder"), const_cast<char*>("edgesfirst"));
    }
    if (gvLayout(gvc.get(), g, engine) != 0)
        throw std::runtime_error(fmt::format("Graphviz could not lay the graph out with {}", engine));
    struct LayoutGuard {
        GVC_t* gvc;
        Agraph_t* g;
        ~LayoutGuard() { gvFreeLayout(gvc, g); }
    } guard{gvc.get(), g};
    // rendered in memory, then written: Graphviz's own writer ends the process on a failed
    // write (exit 1, the temporary file left behind) instead of returning an error
    char* data = nullptr;
    unsigned int length = 0;
    if (gvRenderData(gvc.get(), g, format.c_str(), &data, &length) != 0 || !data)
        throw std::runtime_error(fmt::format("Graphviz could not render {} as {}", path, format));
    std::unique_ptr<char, void (*)(char*)> rendered(data, gvFreeRenderData);
    output_text(path, std::string_view(rendered.get(), length));
}

}  // namespace unxref
