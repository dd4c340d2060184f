#include "cli/inputs.hpp"

#include <fmt/format.h>

#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <stdexcept>
#include <string_view>
#include <system_error>
#include <unordered_set>

namespace unxref {

namespace {

// "@LIST": the paths in LIST, one a line, spaces around them dropped; blank lines and lines
// starting with '#' skipped. LIST may be a pipe (`@<(find …)`). Returns why it cannot be
// read, or "".
std::string read_list(const std::string& list, std::vector<std::string>& out) {
    std::error_code ec;
    if (std::filesystem::is_directory(list, ec)) return "a folder, not a list of inputs (give the folder without @)";
    std::ifstream in(list, std::ios::binary);
    if (!in) return fmt::format("cannot read the list of inputs: {}", std::strerror(errno));
    constexpr std::size_t longest_path = 4096;  // PATH_MAX: a longer line is no path (a binary file, /dev/zero)
    std::vector<std::string> paths;
    std::string line;
    for (std::size_t number = 1; in; ++number) {
        line.clear();
        for (int c; (c = in.get()) != std::char_traits<char>::eof() && c != '\n';) {
            if (line.size() == longest_path)
                return fmt::format("not a list of inputs: line {} is longer than any path", number);
            line += static_cast<char>(c);
        }
        if (number == 1 && line.starts_with("\xEF\xBB\xBF")) line.erase(0, 3);  // a byte order mark
        auto first = line.find_first_not_of(" \t\r"), last = line.find_last_not_of(" \t\r");
        if (first == std::string::npos || line[first] == '#') continue;
        paths.push_back(line.substr(first, last - first + 1));
    }
    out.insert(out.end(), paths.begin(), paths.end());
    return {};
}

// A file named twice ("ga/ ga/A_80_L.1.en.txt", "x.txt ./x.txt") is read once, where it
// first comes: read twice, its citations would count twice in the graph and its findings
// repeat. Paths are compared as absolute, normalised names (no file system calls).
void drop_repeated(Inputs& inputs) {
    std::unordered_set<std::string> seen;
    std::vector<std::string> kept;
    for (auto& file : inputs.files) {
        if (file != "-" && !seen.insert(std::filesystem::absolute(file).lexically_normal().string()).second) {
            inputs.repeated.push_back(std::move(file));
            continue;
        }
        kept.push_back(std::move(file));
    }
    inputs.files = std::move(kept);
}

}  // namespace

Inputs collect_inputs(const std::vector<std::string>& arguments) {
    namespace fs = std::filesystem;
    Inputs inputs;
    std::vector<std::string> paths;
    for (auto const& argument : arguments) {
        if (argument.size() > 1 && argument[0] == '@') {
            if (auto problem = read_list(argument.substr(1), paths); !problem.empty())
                inputs.errors.push_back({argument.substr(1), std::move(problem)});
        } else {
            paths.push_back(argument);
        }
    }
    inputs.named = paths;
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
    if (paths.size() > 1) drop_repeated(inputs);
    return inputs;
}

void report_skipped(const Inputs& inputs) {
    for (auto const& file : inputs.repeated) fmt::print(stderr, "unxref: {}: named more than once, read once\n", file);
    for (auto const& file : inputs.set_aside) fmt::print(stderr, "unxref: {}: the output file (-o), not read\n", file);
}

namespace {

// Whether `path` ("-": standard input) is the existing regular file `output`, by device and
// inode; nullopt when `output` is no such file (nothing to protect).
class OutputFile {
public:
    explicit OutputFile(const std::string& output) {
        exists_ = !output.empty() && output != "-" && ::stat(output.c_str(), &out_) == 0 && S_ISREG(out_.st_mode);
    }
    bool exists() const { return exists_; }
    bool is(const std::string& path) const {
        struct stat in {};
        int status = path == "-" ? ::fstat(STDIN_FILENO, &in) : ::stat(path.c_str(), &in);
        return exists_ && status == 0 && in.st_dev == out_.st_dev && in.st_ino == out_.st_ino;
    }

private:
    struct stat out_ {};
    bool exists_ = false;
};

void refuse_among(const OutputFile& out, const std::vector<std::string>& named) {
    for (auto const& path : named)
        if (out.is(path))
            throw std::runtime_error(fmt::format("{} is an input and the output (-o): it would be overwritten",
                                                 path == "-" ? "standard input" : path));
}

}  // namespace

void refuse_output_among(const std::vector<std::string>& named, const std::string& output) {
    refuse_among(OutputFile(output), named);
}

void set_aside_output(Inputs& inputs, const std::string& output) {
    OutputFile out(output);
    if (!out.exists()) return;
    refuse_among(out, inputs.named);
    // a named file is not the output (refuse_among has just asked): only the files found in
    // folders are asked, so that a long @LIST is not stat'd over again
    std::unordered_set<std::string_view> named(inputs.named.begin(), inputs.named.end());
    auto is_output = [&](const std::string& path) { return path != "-" && !named.count(path) && out.is(path); };
    std::vector<std::string> kept;
    for (auto& file : inputs.files) {
        if (is_output(file)) inputs.set_aside.push_back(std::move(file));
        else kept.push_back(std::move(file));
    }
    inputs.files = std::move(kept);
}

}  // namespace unxref
