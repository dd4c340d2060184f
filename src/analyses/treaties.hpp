// Every United Nations Treaty Series instrument the documents cite, with the name the citing
// text gives it (the words before the footnote marker whose note holds the citation).
#pragma once

#include <cstddef>
#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "refs/reference.hpp"

namespace unxref {

struct TreatyCitation {
    std::string path;
    std::string document;  // the citing document's symbol ("" if unknown)
    std::string footnote;  // the note holding the citation ("" in running text)
    std::string name;      // as the citing text gives it, "" if no marker precedes the note
    std::size_t line = 0, column = 0, begin = 0, end = 0;
    bool through_ibid = false;  // "Ibid., vol. 2237, No. 39574"
};

struct Treaty {
    std::string id;      // UNTS:2225:39574 or UNTS:999:p171
    std::string volume;  // "2225"
    std::string number;  // registration number, "" for page citations
    std::string page;    // "171" for "vol. 999, p. 171"
    std::string name;    // the name given most often (first on a tie)
    std::vector<TreatyCitation> citations;  // in input order
};

// The treaty name written just before the footnote marker at `marker`, reading back no further
// than `limit` (the previous marker): from the first treaty word (Convention, Übereinkommen,
// Pacte, Protocolo, …) and the capitalised words before it ("United Nations Convention …").
std::string treaty_name_before(std::string_view text, std::size_t marker, std::size_t limit);

// One document's Treaty Series citations with the names its text gives them, as (id,
// citation): a pure function of the document, so it runs where the document is read.
std::vector<std::pair<std::string, TreatyCitation>> treaty_citations(const Extraction& x, std::string_view text);

class TreatyIndex {
public:
    void add(std::vector<std::pair<std::string, TreatyCitation>> citations);  // one document's, in input order
    // Sorted by volume, then registration number, then page.
    std::vector<Treaty> treaties() const;

private:
    std::map<std::string, std::vector<TreatyCitation>> cited_;  // by id
};

}  // namespace unxref
