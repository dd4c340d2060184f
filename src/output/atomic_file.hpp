// An output file that appears whole or not at all: written to a hidden temporary file in
// the same folder (".NAME.tmp.XXXXXX", with the permissions the umask gives), renamed over
// the target on commit, removed if never committed (or if a signal ends the run). A
// symbolic link is kept: the file it leads to is replaced. A target that exists and is no
// regular file (/dev/null, a FIFO, a terminal) cannot be replaced and is written in place;
// so is a descriptor named by path (/dev/stdout, /dev/fd/N), appended to.
#pragma once

#include <cstdio>
#include <string>

namespace unxref {

class AtomicFile {
public:
    explicit AtomicFile(std::string path);  // throws std::runtime_error if it cannot be created
    ~AtomicFile();
    AtomicFile(const AtomicFile&) = delete;
    AtomicFile& operator=(const AtomicFile&) = delete;

    std::FILE* stream() const { return stream_; }
    void commit();  // flush, close and rename; throws std::runtime_error on failure

private:
    std::string path_;       // as the user gave it, for messages
    std::string target_;     // the file replaced on commit: path_ with its links resolved
    std::string temporary_;
    std::FILE* stream_ = nullptr;
    bool committed_ = false;
};

}  // namespace unxref
