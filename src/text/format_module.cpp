// The entry point of the input-format readers, in the module and when linked in.
#include "text/docx_reader.hpp"
#include "text/format_readers.hpp"
#include "text/html_reader.hpp"
#include "text/pdf_reader.hpp"

extern "C" __attribute__((visibility("default"))) const unxref::FormatReaders* unxref_format_readers_v1() {
    using namespace unxref;
    static const FormatReaders readers{
        [](std::string_view bytes, std::size_t) { return read_pdf(bytes); },
        [](std::string_view bytes, std::size_t max_part_bytes) { return read_docx(bytes, max_part_bytes); },
        [](std::string_view bytes, std::size_t) { return read_html(bytes); },
    };
    return &readers;
}
