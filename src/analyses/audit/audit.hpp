// The audit of a set of documents: every check family per document, findings placed
// (line, column) and sorted; with a closed corpus, the citations of documents not read.
#pragma once

#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "analyses/audit/finding.hpp"
#include "refs/reference.hpp"

namespace unxref::audit {

// All findings for one document, in text order, with path, line and column filled in.
std::vector<Finding> audit_document(const Extraction& x, std::string_view text);

// A finding for a file that could not be read.
Finding unreadable(std::string path, std::string reason);

// The closed-world check: documents are added as they are read; the citations of symbols
// that none of them carries are reported at the end.
class CorpusCheck {
public:
    void add(const Extraction& x, std::string_view text);
    std::vector<Finding> findings() const;  // grouped by file, in the order files were added

private:
    struct Cited {
        std::string id;
        Finding finding;
    };
    std::set<std::string> read_;
    std::vector<Cited> cited_;
};

}  // namespace unxref::audit
