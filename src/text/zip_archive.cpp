#include "text/zip_archive.hpp"

#include <zip.h>

#include <fmt/format.h>

namespace unxref {

ZipArchive::ZipArchive(std::string_view bytes) {
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t* source = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &error);
    if (source) {
        archive_ = zip_open_from_source(source, ZIP_RDONLY, &error);
        if (!archive_) zip_source_free(source);  // on success the archive owns the source
    }
    if (!archive_) error_ = zip_error_strerror(&error);
    zip_error_fini(&error);
}

ZipArchive::~ZipArchive() {
    if (archive_) zip_discard(archive_);
}

ZipMember ZipArchive::read(const std::string& name, std::size_t max_bytes) const {
    ZipMember member;
    if (!archive_) return member;
    zip_int64_t index = zip_name_locate(archive_, name.c_str(), 0);
    if (index < 0) return member;
    member.found = true;
    zip_stat_t stat;
    zip_stat_init(&stat);
    if (zip_stat_index(archive_, static_cast<zip_uint64_t>(index), 0, &stat) != 0 || !(stat.valid & ZIP_STAT_SIZE)) {
        member.error = zip_strerror(archive_);
        return member;
    }
    if (stat.size > max_bytes) {
        member.error = fmt::format("{} bytes uncompressed (the limit is {})", stat.size, max_bytes);
        return member;
    }
    zip_file_t* file = zip_fopen_index(archive_, static_cast<zip_uint64_t>(index), 0);
    if (!file) {
        member.error = zip_strerror(archive_);
        return member;
    }
    member.bytes.resize(static_cast<std::size_t>(stat.size));
    std::size_t got = 0;
    while (got < member.bytes.size()) {
        zip_int64_t n = zip_fread(file, member.bytes.data() + got, member.bytes.size() - got);
        if (n < 0) {
            member.error = zip_file_strerror(file);
            break;
        }
        if (n == 0) {
            member.error = fmt::format("data ends after {} of {} bytes", got, member.bytes.size());
            break;
        }
        got += static_cast<std::size_t>(n);
    }
    zip_fclose(file);
    return member;
}

}  // namespace unxref
