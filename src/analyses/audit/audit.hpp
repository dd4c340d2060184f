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

// What one document brings to the closed-world check: its own symbol, and the first citation
// (placed) of each document it cites. A pure function of the document: it runs where the
// document is read, in parallel with the others.
struct CorpusEntry {
    std::string symbol;
    struct Cited {
        std::string id;
        Finding finding;
    };
    std::vector<Cited> cited;
};
CorpusEntry corpus_entry(const Extraction& x, std::string_view text);

// The closed-world check: documents' entries are added as they are read; the citations of
// symbols that none of them carries are reported at the end.
class CorpusCheck {
public:
    void add(CorpusEntry entry);
    std::vector<Finding> findings() const;  // grouped by file, in the order files were added

private:
    std::set<std::string> read_;
    std::vector<CorpusEntry::Cited> cited_;
};

}  // namespace unxref::audit
