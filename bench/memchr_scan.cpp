// The physical limit for a whole-process scan on this machine: read every file of a folder
// (as unxref does: open, read, close) and pass memchr over its bytes, counting line breaks.
// `make bench` times it beside ripgrep and unxref on the same files.
#include <fcntl.h>
#include <unistd.h>

#include <cstdio>
#include <cstring>
#include <filesystem>
#include <string>
#include <vector>

int main(int argc, char** argv) {
    if (argc != 2) {
        std::fprintf(stderr, "usage: memchr_scan FOLDER\n");
        return 2;
    }
    std::vector<char> buffer(1 << 20);
    std::size_t files = 0, bytes = 0, lines = 0;
    for (auto const& entry : std::filesystem::recursive_directory_iterator(argv[1])) {
        if (!entry.is_regular_file()) continue;
        int fd = ::open(entry.path().c_str(), O_RDONLY | O_CLOEXEC);
        if (fd < 0) continue;
        ssize_t got;
        while ((got = ::read(fd, buffer.data(), buffer.size())) > 0) {
            const char* p = buffer.data();
            const char* end = p + got;
            while ((p = static_cast<const char*>(std::memchr(p, '\n', static_cast<std::size_t>(end - p))))) ++p, ++lines;
            bytes += static_cast<std::size_t>(got);
        }
        ::close(fd);
        ++files;
    }
    std::printf("%zu files, %zu bytes, %zu lines\n", files, bytes, lines);
    return 0;
}
