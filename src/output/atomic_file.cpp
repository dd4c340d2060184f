#include "output/atomic_file.hpp"

#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <stdexcept>

#include <fmt/format.h>

namespace unxref {

namespace {

[[noreturn]] void cannot_write(const std::string& path, int err) {
    throw std::runtime_error(fmt::format("cannot write {}: {}", path, std::strerror(err)));
}

}  // namespace

AtomicFile::AtomicFile(std::string path) : path_(std::move(path)) {
    struct stat target {};
    if (::stat(path_.c_str(), &target) == 0 && !S_ISREG(target.st_mode)) {
        // Renaming over a device or FIFO would replace it with a plain file.
        stream_ = std::fopen(path_.c_str(), "w");
        if (!stream_) cannot_write(path_, errno);
        return;
    }
    target_ = path_;
    if (char* real = ::realpath(path_.c_str(), nullptr)) {  // an existing file, through any links
        target_ = real;
        std::free(real);
    }
    std::string pattern = target_ + ".tmp.XXXXXX";
    int fd = ::mkstemp(pattern.data());
    if (fd < 0) cannot_write(path_, errno);
    ::fchmod(fd, 0644);  // mkstemp creates 0600; an output file is an ordinary file
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
    bool ok = std::fflush(stream_) == 0 && !std::ferror(stream_);
    ok = (std::fclose(stream_) == 0) && ok;
    int err = errno;
    stream_ = nullptr;
    committed_ = true;
    if (temporary_.empty()) {
        if (!ok) cannot_write(path_, err);
        return;
    }
    if (!ok || std::rename(temporary_.c_str(), target_.c_str()) != 0) {
        err = errno;
        ::unlink(temporary_.c_str());
        cannot_write(path_, err);
    }
}

}  // namespace unxref
