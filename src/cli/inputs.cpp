#include "cli/inputs.hpp"

#include <algorithm>
#include <filesystem>
#include <system_error>

namespace unxref {

Inputs collect_inputs(const std::vector<std::string>& paths) {
    namespace fs = std::filesystem;
    Inputs inputs;
    for (auto const& path : paths) {
        std::error_code ec;
        auto status = fs::status(path, ec);
        if (ec || !fs::exists(status)) {
            inputs.files.push_back(path);  // reported by the reader with its reason
            continue;
        }
        if (!fs::is_directory(status)) {
            inputs.files.push_back(path);
            continue;
        }
        std::vector<std::string> found;
        fs::recursive_directory_iterator it(path, fs::directory_options::skip_permission_denied, ec), end;
        if (ec) {
            inputs.errors.push_back(path + ": cannot read folder: " + ec.message());
            continue;
        }
        for (; it != end; it.increment(ec)) {
            if (ec) {
                inputs.errors.push_back(path + ": " + ec.message());
                break;
            }
            auto name = it->path().filename().string();
            if (!name.empty() && name[0] == '.') {
                if (it->is_directory(ec)) it.disable_recursion_pending();
                continue;
            }
            if (it->is_regular_file(ec)) found.push_back(it->path().string());
        }
        std::sort(found.begin(), found.end());
        inputs.files.insert(inputs.files.end(), found.begin(), found.end());
    }
    return inputs;
}

}  // namespace unxref
