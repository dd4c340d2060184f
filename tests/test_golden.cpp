// Golden JSONL for the shipped examples: the whole output contract, byte for byte.
// Regenerate after an intended change with UNXREF_UPDATE_GOLDEN=1 and review the diff.
#include <catch2/catch.hpp>

#include <fmt/format.h>

#include <cstdlib>
#include <fstream>

#include "helpers.hpp"
#include "output/write.hpp"

using namespace unxref;
using namespace unxref::test;

TEST_CASE("golden JSONL of the examples") {
    for (std::string name : {"A_RES_68_192.de.md", "A_CONF.231_3.de.md"}) {
        std::string path = "examples/" + name;
        std::string text = read_repo_file(path);
        // the writer `unxref extract` uses
        check_golden("tests/golden/" + name + ".jsonl", render_extraction(extract(path, text), text, Format::jsonl));
    }
}

TEST_CASE("JSON strings escape quotes, backslashes and control characters wherever they stand") {
    // the writer skips eight bytes at a time: each escape at every offset of two words
    auto expected = [](const std::string& s) {
        std::string out = "\"";
        for (char c : s) {
            if (c == '"') out += "\\\"";
            else if (c == '\\') out += "\\\\";
            else if (c == '\n') out += "\\n";
            else if (c == '\t') out += "\\t";
            else if (c == '\x01') out += "\\u0001";
            else out += c;
        }
        return out + "\"";
    };
    for (std::size_t at = 0; at < 20; ++at) {
        for (std::string special : {"\"", "\\", "\n", "\t", "\x01", "\xC3\xBC"}) {
            std::string s = std::string(at, 'a') + special + std::string(9, 'b') + special;
            INFO("at " << at);
            CHECK(json_string(s) == expected(s));
        }
    }
    std::string tildes(40, '~');
    CHECK(json_string(tildes + "\x7F") == fmt::format("\"{}\x7F\"", tildes));
}

TEST_CASE("A record longer than the writer's stack buffer is written whole, escapes and all") {
    // a footnote of 2,100 bytes with quotes, line breaks and control bytes (each written as six,
    // the bound's worst case): the record is put together on the heap. The expected JSON is
    // spelt out here, not through the writer's own escaping.
    std::string text, escaped;
    for (int i = 0; i < 100; ++i) {
        text += "See \"note\"\nA/80/1.\x01\x1F ";
        escaped += "See \\\"note\\\"\\nA/80/1.\\u0001\\u001f ";
    }
    Extraction x;
    x.document = DocumentInfo{"long \"note\".txt", "", "en", text.size(), "", false};
    x.references.push_back(Reference{.kind = Kind::footnote, .id = "fn:1", .begin = 0, .end = text.size(), .line = 1,
                                     .column = 1, .footnote = "1", .status = "paired"});
    std::string expected = fmt::format(
        "{}\n{{\"type\":\"reference\",\"path\":\"long \\\"note\\\".txt\",\"kind\":\"footnote\",\"id\":\"fn:1\","
        "\"text\":\"{}\",\"begin\":0,\"end\":{},\"line\":1,\"column\":1,\"relation\":null,\"footnote\":\"1\","
        "\"pinpoint\":null,\"status\":\"paired\"}}\n",
        document_json(x.document), escaped, text.size());
    CHECK(text.size() == 2100);
    CHECK(render_extraction(x, text, Format::jsonl) == expected);
}
