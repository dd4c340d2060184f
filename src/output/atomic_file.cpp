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

AtomicFile::AtomicFile(std::string path) : path_(std::move(path)) {
    std::string pattern = path_ + ".tmp.XXXXXX";
    int fd = ::mkstemp(pattern.data());
    if (fd < 0) throw std::runtime_error(fmt::format("cannot write {}: {}", path_, std::strerror(errno)));
    ::fchmod(fd, 0644);  // mkstemp creates 0600; an output file is an ordinary file
    temporary_ = pattern;
    stream_ = ::fdopen(fd, "w");
    if (!stream_) {
        ::close(fd);
        ::unlink(temporary_.c_str());
        throw std::runtime_error(fmt::format("cannot write {}: {}", path_, std::strerror(errno)));
    }
}

AtomicFile::~AtomicFile() {
    if (committed_) return;
    if (stream_) std::fclose(stream_);
    ::unlink(temporary_.c_str());
}

void AtomicFile::commit() {
    bool ok = std::fflush(stream_) == 0 && !std::ferror(stream_);
    ok = (std::fclose(stream_) == 0) && ok;
    stream_ = nullptr;
    if (!ok || std::rename(temporary_.c_str(), path_.c_str()) != 0) {
        int err = errno;
        ::unlink(temporary_.c_str());
        committed_ = true;
        throw std::runtime_error(fmt::format("cannot write {}: {}", path_, std::strerror(err)));
    }
    committed_ = true;
}

}  // namespace unxref
