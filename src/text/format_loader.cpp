// The input-format readers loaded from the module libunxref_formats.so beside the
// executable, at the first PDF, Word or HTML input. Without the module, those inputs are
// refused with the reason; text and Markdown need nothing of it.
#include <dlfcn.h>
#include <unistd.h>

#include <filesystem>
#include <fmt/format.h>
#include <system_error>

#include "text/format_readers.hpp"

namespace unxref {
namespace {

constexpr const char* module_name = "libunxref_formats.so";

std::string& load_error() {
    static std::string error;
    return error;
}

std::variant<VisibleText, std::string> unavailable(std::string_view, std::size_t) {
    return fmt::format("cannot read this format: {}", load_error());
}

// Beside the executable (the build tree), or in ../lib/unxref from it (an installed tree).
FormatReaders load() {
    std::error_code ec;
    std::filesystem::path exe = std::filesystem::read_symlink("/proc/self/exe", ec);
    std::string tried;
    if (!ec) {
        for (auto dir : {exe.parent_path(), exe.parent_path() / ".." / "lib" / "unxref"}) {
            std::filesystem::path path = dir / module_name;
            if (void* module = ::dlopen(path.c_str(), RTLD_NOW | RTLD_LOCAL)) {
                using Entry = const FormatReaders* (*)();
                if (auto entry = reinterpret_cast<Entry>(::dlsym(module, "unxref_format_readers_v1")))
                    return *entry();
                tried += fmt::format("{}{}: no reader table in it", tried.empty() ? "" : "; ", path.string());
                continue;
            }
            const char* why = ::dlerror();
            tried += fmt::format("{}{}", tried.empty() ? "" : "; ", why ? why : path.string());
        }
    } else {
        tried = fmt::format("cannot tell the executable's folder: {}", ec.message());
    }
    load_error() = fmt::format("the PDF/Word/HTML module {} could not be loaded ({})", module_name, tried);
    return {unavailable, unavailable, unavailable};
}

}  // namespace

const FormatReaders& format_readers() {
    static const FormatReaders readers = load();
    return readers;
}

}  // namespace unxref
