#include "output/atomic_file.hpp"

#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <stdexcept>
#include <string>

#include <fmt/format.h>

namespace unxref {

namespace {

[[noreturn]] void cannot_write(const std::string& path, int err) {
    throw std::runtime_error(fmt::format("cannot write {}: {}", path, std::strerror(err)));
}
[[noreturn]] void cannot_write(const std::string& path, const std::string& reason) {
    throw std::runtime_error(fmt::format("cannot write {}: {}", path, reason));
}

// The file a symbolic link leads to, even when it does not exist yet (realpath fails then):
// the links are followed one by one, each relative to its own folder.
std::string link_target(std::string path) {
    for (int hops = 0; hops < 40; ++hops) {
        struct stat st {};
        if (::lstat(path.c_str(), &st) != 0 || !S_ISLNK(st.st_mode)) return path;
        std::string target(4096, '\0');
        ssize_t n = ::readlink(path.c_str(), target.data(), target.size());
        if (n <= 0) return path;
        target.resize(static_cast<std::size_t>(n));
        auto slash = path.rfind('/');
        path = target[0] == '/' || slash == std::string::npos ? target : path.substr(0, slash + 1) + target;
    }
    return path;
}

// Why writing failed: the errno of a failing flush, which is then fresh. A stdio error flag
// set by an earlier write outlives its errno (a later failing call, such as the isatty()
// glibc makes when it opens a file, overwrites errno): a temporary file is then asked again
// with one byte at its end, so that a full disk or a size limit says so.
std::string write_error(std::FILE* stream, bool flushed, bool temporary) {
    if (!flushed) return std::strerror(errno);
    struct stat st {};
    int fd = ::fileno(stream);
    if (fd >= 0 && ::write(fd, "", 0) < 0) return std::strerror(errno);  // a closed descriptor says so
    if (temporary && fd >= 0 && ::fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && ::pwrite(fd, "", 1, st.st_size) < 0)
        return std::strerror(errno);
    return "an earlier write failed";
}

}  // namespace

void check_standard_output() {
    bool flushed = std::fflush(stdout) == 0;
    if (!flushed || std::ferror(stdout)) cannot_write("standard output", write_error(stdout, flushed, false));
}

AtomicFile::AtomicFile(std::string path) : path_(std::move(path)) {
    struct stat target {};
    if (::stat(path_.c_str(), &target) == 0 && !S_ISREG(target.st_mode)) {
        // Renaming over a device or FIFO would replace it with a plain file.
        stream_ = std::fopen(path_.c_str(), "w");
        if (!stream_) cannot_write(path_, errno);
        return;
    }
    target_ = link_target(path_);  // a link is kept: the file it leads to is replaced or created
    // hidden (".NAME.tmp.XXXXXX"): a run whose output goes into a folder it reads must not find it
    auto slash = target_.rfind('/');
    std::string folder = slash == std::string::npos ? "" : target_.substr(0, slash + 1);
    std::string pattern = folder + "." + target_.substr(folder.size()) + ".tmp.XXXXXX";
    int fd = ::mkstemp(pattern.data());
    if (fd < 0) cannot_write(path_, errno);
    mode_t mask = ::umask(0);  // read back (no other thread creates files yet)
    ::umask(mask);
    ::fchmod(fd, 0666 & ~mask);  // mkstemp creates 0600; an output file is an ordinary file
    temporary_ = pattern;
    stream_ = ::fdopen(fd, "w");
    if (!stream_) {
        int err = errno;
        ::close(fd);
        ::unlink(temporary_.c_str());
        cannot_write(path_, err);
    }
}

AtomicFile::~AtomicFile() {
    if (committed_) return;
    if (stream_) std::fclose(stream_);
    if (!temporary_.empty()) ::unlink(temporary_.c_str());
}

void AtomicFile::commit() {
    bool flushed = std::fflush(stream_) == 0;
    std::string failure = !flushed || std::ferror(stream_) ? write_error(stream_, flushed, !temporary_.empty()) : "";
    if (std::fclose(stream_) != 0 && failure.empty()) failure = std::strerror(errno);
    stream_ = nullptr;
    committed_ = true;
    if (failure.empty() && !temporary_.empty() && std::rename(temporary_.c_str(), target_.c_str()) != 0)
        failure = std::strerror(errno);
    if (failure.empty()) return;
    if (!temporary_.empty()) ::unlink(temporary_.c_str());
    cannot_write(path_, failure);
}

}  // namespace unxref
