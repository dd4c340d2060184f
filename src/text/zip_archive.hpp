// Reading named members of a ZIP archive held in memory (libzip), with bounded sizes.
#pragma once

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>

struct zip;

namespace unxref {

struct ZipMember {
    bool found = false;
    std::string bytes;
    std::string error;  // non-empty: the member exists but could not be read whole
};

class ZipArchive {
public:
    // `bytes` must outlive the archive. On failure `error()` says why (libzip's reason).
    explicit ZipArchive(std::string_view bytes);
    ~ZipArchive();
    ZipArchive(const ZipArchive&) = delete;
    ZipArchive& operator=(const ZipArchive&) = delete;

    bool ok() const { return archive_ != nullptr; }
    const std::string& error() const { return error_; }
    // Refuses members larger than `max_bytes` uncompressed (a ZIP bomb stays a ZIP bomb).
    ZipMember read(const std::string& name, std::size_t max_bytes) const;

private:
    zip* archive_ = nullptr;
    std::string error_;
};

}  // namespace unxref
