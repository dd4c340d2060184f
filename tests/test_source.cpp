// Stage 1, text: bad input is refused with its reason.
#include <catch2/catch.hpp>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>

#include <cstdio>
#include <fstream>
#include <string>

#include <fmt/format.h>

#include "helpers.hpp"
#include "text/line_index.hpp"
#include "text/utf8.hpp"
#include "text/source.hpp"

using namespace unxref;

TEST_CASE("check_text refuses what is not UTF-8 text, with the reason") {
    struct Row {
        std::string bytes;
        std::string reason;
    };
    std::vector<Row> rows{
        {std::string("abc\0def", 7), "binary file: NUL byte at offset 3"},
        {"resolution 68/192 \xFF", "not UTF-8: invalid byte 0xFF at offset 18"},
        {"Gr\xC3\xBC\xC3", "not UTF-8: invalid byte 0xC3 at offset 4"},   // truncated sequence
        {"\xED\xA0\x80", "not UTF-8: invalid byte 0xED at offset 0"},       // a surrogate
        {std::string(100, '\x01'), "not text: 100 of 100 bytes are control characters"},
        // Windows "Unicode" text: with a byte order mark, or told by its NUL bytes
        {std::string("\xFF\xFER\0e\0s\0o\0l\0u\0t\0i\0o\0n\0", 22), "UTF-16LE text: save it as UTF-8 (iconv -f UTF-16 -t UTF-8 FILE)"},
        {std::string("\0R\0e\0s\0o\0l\0u\0t\0i\0o\0n", 20), "UTF-16BE text: save it as UTF-8 (iconv -f UTF-16 -t UTF-8 FILE)"},
    };
    for (auto const& row : rows) {
        auto problem = check_text(row.bytes);
        REQUIRE(problem.has_value());
        CHECK_THAT(*problem, Catch::StartsWith(row.reason));
    }
    CHECK_FALSE(check_text("Verbesserung der Koordinierung \xE2\x80\x9E" "Menschenhandel\xE2\x80\x9C").has_value());
}

TEST_CASE("check_text finds the same at every place of the 32-byte blocks") {
    // the checks run 32 bytes at a time where the CPU allows, with characters that run past a
    // block's end: each defect and each character put at every offset of two blocks
    const std::string chars[] = {"\xC3\xA9", "\xE2\x80\x9E", "\xF0\x9F\x98\x80", "\xD0\xB7"};
    for (std::size_t at = 0; at < 70; ++at) {
        INFO("at " << at);
        std::string lead(at, 'a');
        for (auto const& c : chars) {
            CHECK_FALSE(check_text(lead + c + std::string(70, 'b')).has_value());
            CHECK_FALSE(check_text(lead + c + c + c + "\t\n" + std::string(40, 'b')).has_value());
            // a character cut short, and a control right after a character that crosses a block
            CHECK(check_text(lead + c.substr(0, c.size() - 1) + std::string(70, 'b')) ==
                  fmt::format("not UTF-8: invalid byte 0x{:02X} at offset {}", static_cast<unsigned char>(c[0]), at));
            std::string controls = lead + c + std::string(10, '\x01') + std::string(40, 'b');
            CHECK(check_text(controls) == fmt::format("not text: 10 of {} bytes are control characters", controls.size()));
        }
        CHECK(check_text(lead + "\xFF" + std::string(70, 'b')) == fmt::format("not UTF-8: invalid byte 0xFF at offset {}", at));
        CHECK(check_text(lead + "\x7F" + std::string(10, 'b')) ==
              (at + 11 < 20 ? std::optional<std::string>(fmt::format("not text: 1 of {} bytes are control characters", at + 11))
                            : std::nullopt));
        // DEL counted inside the blocks too, a NUL and a surrogate found wherever they stand
        std::string dels = lead + std::string(10, '\x7F') + std::string(40, 'b');
        CHECK(check_text(dels) == fmt::format("not text: 10 of {} bytes are control characters", dels.size()));
        CHECK(check_text(lead + std::string(1, '\0') + std::string(40, 'b')) ==
              fmt::format("binary file: NUL byte at offset {}", at));
        CHECK(check_text(lead + "\xED\xA0\x80" + std::string(40, 'b')) ==
              fmt::format("not UTF-8: invalid byte 0xED at offset {}", at));
    }
}

TEST_CASE("read_source refuses empty, too large and foreign binary input before reading it as text") {
    auto reason = [](std::string bytes, std::size_t max_bytes = default_max_bytes) {
        auto read = read_source("in.txt", std::move(bytes), max_bytes);
        REQUIRE(std::holds_alternative<LoadError>(read));
        return std::get<LoadError>(read).message;
    };
    CHECK(reason("") == "empty file");
    CHECK_THAT(reason(std::string(2000, 'a'), 1000), Catch::StartsWith("file too large (2000 bytes; the limit is 1000 bytes"));
    CHECK_THAT(reason(std::string("PK\x03\x04rest", 8)), Catch::StartsWith("binary file: ZIP archive that is not a Word .docx"));
    CHECK_THAT(reason(std::string("abc\0def", 7)), Catch::StartsWith("binary file: NUL byte at offset 3"));
}

TEST_CASE("load_source names the file and the reason") {
    auto missing = load_source("/nonexistent/unxref-test.txt");
    REQUIRE(std::holds_alternative<LoadError>(missing));
    CHECK(std::get<LoadError>(missing).path == "/nonexistent/unxref-test.txt");
    CHECK_THAT(std::get<LoadError>(missing).message, Catch::StartsWith("cannot open: No such file"));

    auto folder = load_source("/");
    REQUIRE(std::holds_alternative<LoadError>(folder));
    CHECK(std::get<LoadError>(folder).message == "a folder where a file was expected");

    std::string path = unxref::test::temp_path();
    std::ofstream(path) << "Recalling its resolution 79/144 of 12 December 2024,";
    auto ok = load_source(path);
    REQUIRE(std::holds_alternative<Source>(ok));
    CHECK(std::get<Source>(ok).bytes.size() == 52);
    std::remove(path.c_str());
}

TEST_CASE("a peeked file is read on from its open head, not opened again") {
    std::string path = unxref::test::temp_path();
    std::string text;
    while (text.size() < 100000) text += "Recalling its resolution 79/144 of 12 December 2024,\n";
    std::ofstream(path) << text;
    FileHead head = peek_regular_file(path, 65536);
    CHECK(head.bytes.size() == 65536);
    CHECK_FALSE(head.whole);
    std::remove(path.c_str());  // a reading that opened the path again would fail now
    auto loaded = load_peeked(path, std::move(head));
    REQUIRE(std::holds_alternative<Source>(loaded));
    CHECK(std::get<Source>(loaded).bytes == text);
}

TEST_CASE("columns counted on from the previous offset equal columns counted from the line start") {
    // a real German document (umlauts: columns count code points), then all of it on one line
    std::string text = test::read_repo_file("examples/A_RES_68_192.de.md");
    std::string one_line = text;
    std::replace(one_line.begin(), one_line.end(), '\n', ' ');
    for (std::string_view t : {std::string_view(text), std::string_view(one_line)}) {
        LineIndex index(t);
        ColumnCounter columns(t);
        std::vector<std::size_t> offsets;
        for (std::size_t i = 0; i < t.size(); i += 7) offsets.push_back(i);
        std::vector<std::size_t> shuffled = offsets;  // file order, then a fixed scramble (backwards jumps)
        for (std::size_t i = 0; i < shuffled.size(); ++i) std::swap(shuffled[i], shuffled[(i * 7919) % shuffled.size()]);
        for (auto const* order : {&offsets, &shuffled}) {
            for (std::size_t offset : *order) {
                std::size_t line_start = t.rfind('\n', offset == 0 ? 0 : offset - 1);
                line_start = (line_start == std::string_view::npos || offset == 0) ? 0 : line_start + 1;
                std::size_t expected = column_at(t, line_start, offset);
                REQUIRE(columns.column(line_start, offset) == expected);
                REQUIRE(index.at(offset).second == expected);
            }
        }
    }
}

TEST_CASE("valid_utf8 replaces each invalid byte by U+FFFD and keeps every valid character") {
    // a real German line, with bad bytes put at each of its offsets in turn: a lone surrogate's
    // lead byte, a stray continuation byte, a truncated sequence
    std::string line = test::read_repo_file("examples/A_RES_68_192.de.md").substr(0, 400);
    REQUIRE(first_invalid_utf8(line) == std::string_view::npos);
    for (std::string bad : {std::string("\xED\xA0\x80"), std::string("\x80"), std::string("\xC3")}) {
        for (std::size_t at = 0; at <= line.size(); ++at) {
            if (at < line.size() && (static_cast<unsigned char>(line[at]) & 0xC0) == 0x80) continue;  // inside a character
            std::string damaged = line.substr(0, at) + bad + line.substr(at);
            std::string expected = line.substr(0, at);
            for (std::size_t k = 0; k < bad.size(); ++k) expected += "\xEF\xBF\xBD";  // each bad byte
            expected += line.substr(at);
            REQUIRE(valid_utf8(damaged) == expected);
        }
    }
}
