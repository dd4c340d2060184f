// Writing audit findings for people (compiler style) and for programs (JSON, SARIF 2.1.0).
#pragma once

#include <string>
#include <vector>

#include "analyses/audit/finding.hpp"

namespace unxref {

// "file:line:col: severity[code]: message [begin,end)", then "  fix: …" when there is one.
std::string findings_text(const std::vector<audit::Finding>& findings);

// One JSON array of finding objects.
std::string findings_json(const std::vector<audit::Finding>& findings);

// A SARIF 2.1.0 log with one run: the rule catalogue and every finding with its region
// (lines, code-point columns, byte offset and length) and fix.
std::string findings_sarif(const std::vector<audit::Finding>& findings, const std::string& tool_version);

// A relative or absolute path as a URI reference (percent-encoding what RFC 3986 does not allow).
std::string path_uri(const std::string& path);

}  // namespace unxref
