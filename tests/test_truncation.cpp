// Extraction of any prefix of a real document: a file can end anywhere (a truncated
// download, a PDF page cut), and every rule that looks ahead must stop at the end.
// Security Council resolution 869 (1993) ends in "Decision" with no line break: the
// mandate-table check once read past the end there and aborted a whole corpus run. Each
// prefix ends where the process may no longer read: a read past it is a crash, not luck.
#include <catch2/catch.hpp>

#include <sys/mman.h>
#include <sys/wait.h>
#include <unistd.h>

#include <csignal>
#include <cstdint>
#include <cstring>
#include <stdexcept>
#include <string>
#include <string_view>

#include "helpers.hpp"
#include "text/chars.hpp"

using namespace unxref;

namespace {

// Every reference lies inside the text and has a 1-based place.
bool in_bounds(const Extraction& x, std::size_t size) {
    for (auto const& r : x.references)
        if (r.begin > r.end || r.end > size || r.line < 1 || r.column < 1) return false;
    return true;
}

// A cut right after a word of six letters or more ("Decision", "resolution", "Series"):
// where keyword rules start looking ahead.
bool after_long_word(const std::string& text, std::size_t k) {
    if (k < 6 || (k < text.size() && chars::is_letter_byte(text[k]))) return false;
    for (std::size_t i = k - 6; i < k; ++i)
        if (!chars::is_letter_byte(text[i])) return false;
    return true;
}

// Text placed so that its last byte is the last readable one: a page the process may not
// read follows, so a rule that reads one byte past the end crashes the test instead of
// reading whatever a larger buffer held there.
class GuardedText {
public:
    explicit GuardedText(std::size_t capacity) {
        page_ = static_cast<std::size_t>(::sysconf(_SC_PAGESIZE));
        readable_ = (capacity + page_ - 1) / page_ * page_ + page_;
        void* region = ::mmap(nullptr, readable_ + page_, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
        if (region == MAP_FAILED) throw std::runtime_error("mmap failed");
        region_ = static_cast<char*>(region);
        if (::mprotect(region_ + readable_, page_, PROT_NONE) != 0) {
            ::munmap(region_, readable_ + page_);
            throw std::runtime_error("mprotect failed");
        }
    }
    ~GuardedText() { ::munmap(region_, readable_ + page_); }
    GuardedText(const GuardedText&) = delete;
    GuardedText& operator=(const GuardedText&) = delete;

    // `text` copied to end at the guard page.
    std::string_view place(std::string_view text) {
        char* at = region_ + readable_ - text.size();
        std::memcpy(at, text.data(), text.size());
        return {at, text.size()};
    }

private:
    char* region_ = nullptr;
    std::size_t page_ = 0, readable_ = 0;
};

}  // namespace

TEST_CASE("the guard page follows the placed text, and reading it kills the reader") {
    GuardedText guarded(10);
    std::string_view placed = guarded.place("resolution");
    CHECK(placed == "resolution");
    CHECK(reinterpret_cast<std::uintptr_t>(placed.data() + placed.size()) % static_cast<std::uintptr_t>(::sysconf(_SC_PAGESIZE)) == 0);
    // one byte past the end, read in a child process: it must die of SIGSEGV
    pid_t child = ::fork();
    REQUIRE(child >= 0);
    if (child == 0) {
        ::signal(SIGSEGV, SIG_DFL);  // not Catch's handler: it would report a failure from the child
        volatile const char* past = placed.data() + placed.size();
        char byte = *past;
        ::_exit(byte == 0 ? 0 : 1);
    }
    int status = 0;
    REQUIRE(::waitpid(child, &status, 0) == child);
    CHECK(WIFSIGNALED(status));
    CHECK((WIFSIGNALED(status) && WTERMSIG(status) == SIGSEGV));
}

TEST_CASE("every prefix that ends after a long word extracts without error", "[robustness]") {
    auto file = GENERATE(as<std::string>{}, "examples/A_RES_68_192.de.md", "examples/A_CONF.231_3.de.md",
                         "tests/data/A_RES_80_110.en.txt", "tests/data/S_RES_869_(1993).en.txt",
                         "tests/data/A_80_604_Add.6.en.txt", "tests/data/multilingual/S_2015_52.ar.txt",
                         "tests/data/multilingual/S_2015_52.ru.txt", "tests/data/multilingual/S_2015_52.zh.txt");
    const std::string text = test::read_repo_file(file);
    REQUIRE(!text.empty());
    GuardedText guarded(text.size());
    std::size_t cuts = 0;
    for (std::size_t k = 1; k <= text.size(); ++k) {
        // and cuts inside words, numbers and UTF-8 sequences: every one in a short fragment
        bool step = text.size() < 4096 || k % 211 == 0;
        if (!after_long_word(text, k) && !step) continue;
        std::string_view prefix = guarded.place(std::string_view(text).substr(0, k));
        INFO(file << " cut at byte " << k);
        Extraction x;
        REQUIRE_NOTHROW(x = extract(file, prefix));
        REQUIRE(in_bounds(x, k));
        ++cuts;
    }
    CHECK(cuts > text.size() / 211);
}
