// An output file that appears whole or not at all: written to a temporary file in the
// same folder, renamed over the target on commit, removed if never committed.
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
    const std::string& temporary_path() const { return temporary_; }
    void commit();  // flush, close and rename; throws std::runtime_error on failure

private:
    std::string path_;
    std::string temporary_;
    std::FILE* stream_ = nullptr;
    bool committed_ = false;
};

}  // namespace unxref
