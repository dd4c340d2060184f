// Plain results of the grammar's entry points. The rules themselves stay private to
// their instantiation units (see *_def.hpp); callers only see these structs.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace unxref::grammar {

// A resolution or decision number as written: 68/192, S-27/2, 43/222 A to E,
// 2334 (2016), 217 A (III), 3362 (S-VII).
struct NumberMatch {
    const char* begin = nullptr;
    const char* end = nullptr;
    std::string session;  // "68", "S-27", "ES-10", "2013"; empty for the n (YYYY|ROMAN) forms
    std::string number;   // "192", "2334"
    std::string letters;  // "", "A", "A-E"
    std::string paren;    // "2016", "III", "S-VII"; empty for the n/m forms
};

// A date phrase after a citation: "of 20 December 2006", "vom 30. Juli 2010",
// "du 20 décembre 2006", "de 20 de diciembre de 2006". Zero fields are absent.
struct DateMatch {
    const char* end = nullptr;
    int year = 0;
    int month = 0;
    int day = 0;
};

// The part of a Treaty Series citation from the volume on:
// "vol. 2225, No. 39574", "vols. 2225 and 2237, No. 39574", "vol. 999, p. 171".
struct TreatyMatch {
    const char* end = nullptr;
    std::vector<std::string> volumes;
    std::vector<std::string> numbers;  // registration numbers (ranges expanded)
    std::vector<std::string> pages;
    bool malformed = false;  // the number or page label is missing ("vol. 3175, 612")
};

}  // namespace unxref::grammar
