#include "cli/inputs.hpp"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <system_error>

namespace unxref {

namespace {

// "@LIST": the paths in LIST, one a line; blank lines and lines starting with '#' skipped.
bool read_list(const std::string& list, std::vector<std::string>& out) {
    std::ifstream in(list);
    if (!in) return false;
    for (std::string line; std::getline(in, line);) {
        while (!line.empty() && (line.back() == '\r' || line.back() == ' ' || line.back() == '\t')) line.pop_back();
        if (!line.empty() && line[0] != '#') out.push_back(line);
    }
    return true;
}

}  // namespace

Inputs collect_inputs(const std::vector<std::string>& arguments) {
    namespace fs = std::filesystem;
    Inputs inputs;
    std::vector<std::string> paths;
    for (auto const& argument : arguments) {
        if (argument.size() > 1 && argument[0] == '@') {
            if (!read_list(argument.substr(1), paths))
                inputs.errors.push_back({argument.substr(1), "cannot read the list of inputs"});
        } else {
            paths.push_back(argument);
        }
    }
    for (auto const& path : paths) {
        if (path == "-") {  // standard input, read when its turn comes
            inputs.files.push_back(path);
            continue;
        }
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
            inputs.errors.push_back({path, "cannot read folder: " + ec.message()});
            continue;
        }
        for (; it != end; it.increment(ec)) {
            if (ec) {
                inputs.errors.push_back({path, ec.message()});
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
