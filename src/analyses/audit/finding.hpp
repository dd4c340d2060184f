// What the audit reports: compiler-style findings with their byte span and, where one
// is known, the replacement that fixes them.
#pragma once

#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "analyses/severity.hpp"

namespace unxref::audit {

using unxref::Severity;  // shared with the comparison of language versions
using unxref::to_string;
using unxref::parse_severity;

// Replace the bytes [begin, end) of the file with `replacement`.
struct Fix {
    std::size_t begin = 0;
    std::size_t end = 0;
    std::string replacement;
};

struct Finding {
    std::string code;  // a rule id from rules()
    Severity severity = Severity::warning;
    std::string path;
    std::size_t begin = 0, end = 0;      // byte span in the file (in its visible text, below)
    bool in_visible_text = false;        // a PDF, Word or HTML file: offsets into `unxref text FILE`
    std::size_t line = 0, column = 0;    // 1-based, column in code points (0: the whole file)
    std::size_t end_line = 0, end_column = 0;
    std::string message;
    std::optional<Fix> fix;
};

// One kind of finding, as SARIF's rule catalogue and the README's table describe it.
struct Rule {
    std::string_view code;
    Severity severity;
    std::string_view summary;
};

std::span<const Rule> rules();
const Rule& rule(std::string_view code);  // throws std::out_of_range for an unknown code

// A finding of rule `code` (its default severity) over [begin, end).
Finding make_finding(std::string_view code, std::size_t begin, std::size_t end, std::string message);

}  // namespace unxref::audit
