#include "output/atomic_file.hpp"

#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <mutex>
#include <stdexcept>
#include <string>
#include <vector>

#include <fmt/format.h>

namespace unxref {

namespace {

// The temporary file being written, for a signal that ends the run (Ctrl-C, kill): it is
// removed before the signal takes its course, so an interrupted run leaves nothing behind.
// A fixed buffer and a flag: all a handler may touch.
char pending_temporary[4096];
volatile std::sig_atomic_t has_pending_temporary = 0;

void remove_pending_temporary(int signal) {
    if (has_pending_temporary) ::unlink(pending_temporary);
    std::signal(signal, SIG_DFL);
    std::raise(signal);
}

void remove_on_termination(const std::string& temporary) {
    static std::once_flag once;
    std::call_once(once, [] {
        for (int signal : {SIGINT, SIGTERM, SIGHUP}) {
            struct sigaction old {};
            if (::sigaction(signal, nullptr, &old) == 0 && old.sa_handler == SIG_IGN) continue;  // kept ignored
            struct sigaction action {};
            action.sa_handler = remove_pending_temporary;
            ::sigemptyset(&action.sa_mask);
            ::sigaction(signal, &action, nullptr);
        }
    });
    has_pending_temporary = 0;
    if (temporary.size() >= sizeof pending_temporary) return;
    std::memcpy(pending_temporary, temporary.c_str(), temporary.size() + 1);
    has_pending_temporary = 1;
}

[[noreturn]] void cannot_write(const std::string& path, int err) {
    throw std::runtime_error(fmt::format("cannot write {}: {}", path, std::strerror(err)));
}
[[noreturn]] void cannot_write(const std::string& path, const std::string& reason) {
    throw std::runtime_error(fmt::format("cannot write {}: {}", path, reason));
}

// A name of an open descriptor: /dev/stdout (and stdin, stderr), /dev/fd/N, /proc/PID/fd/N,
// /proc/PID/task/TID/fd/N. The folder is resolved first (its links, "..", /proc/self), so that
// a relative link ("../../proc/self/fd/1") or a link to the folder ("fds/1" where fds leads to
// /proc/self/fd) is told as well; the last component is kept as written (/dev/stdout is itself
// a link, to /proc/self/fd/1).
bool names_descriptor(const std::string& path) {
    namespace fs = std::filesystem;
    std::error_code error;
    fs::path folder = fs::weakly_canonical(fs::absolute(fs::path(path), error).parent_path(), error);
    if (error) return false;
    std::string name = fs::path(path).filename().string();
    if (folder == "/dev") return name == "stdin" || name == "stdout" || name == "stderr";
    std::vector<std::string> parts;
    for (auto const& part : folder) parts.push_back(part.string());  // "/", "proc", PID, "fd"
    bool proc_fd = parts.size() == 4 && parts[1] == "proc" && parts[3] == "fd";
    bool task_fd = parts.size() == 6 && parts[1] == "proc" && parts[3] == "task" && parts[5] == "fd";
    return proc_fd || task_fd;
}

// The file a symbolic link leads to, even when it does not exist yet (realpath fails then):
// the links are followed one by one, each relative to its own folder. `through_descriptor`
// says whether one of them names an open descriptor (a link to /dev/stdout, /dev/fd/3).
std::string link_target(std::string path, bool& through_descriptor) {
    through_descriptor = false;
    for (int hops = 0; hops < 40; ++hops) {
        through_descriptor = through_descriptor || names_descriptor(path);
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
    bool device = ::stat(path_.c_str(), &target) == 0 && !S_ISREG(target.st_mode);
    // /dev/stdout, /dev/fd/3, or a link to one: a descriptor the shell opened, perhaps on a
    // file it appends to; renaming over the file behind it would lose what the file held
    bool descriptor = false;
    target_ = link_target(path_, descriptor);  // a link is kept: the file it leads to is replaced or created
    if (device || descriptor) {
        // renaming over a device or FIFO would replace it with a plain file: written in place
        stream_ = std::fopen(path_.c_str(), descriptor ? "a" : "w");
        if (!stream_) cannot_write(path_, errno);
        return;
    }
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
    remove_on_termination(temporary_);
    stream_ = ::fdopen(fd, "w");
    if (!stream_) {
        int err = errno;
        ::close(fd);
        ::unlink(temporary_.c_str());
        cannot_write(path_, err);
    }
}

AtomicFile::~AtomicFile() {
    has_pending_temporary = 0;
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
    has_pending_temporary = 0;  // from here it is renamed or removed below
    if (failure.empty() && !temporary_.empty() && std::rename(temporary_.c_str(), target_.c_str()) != 0)
        failure = std::strerror(errno);
    if (failure.empty()) return;
    if (!temporary_.empty()) ::unlink(temporary_.c_str());
    cannot_write(path_, failure);
}

}  // namespace unxref
