// Reading every input the user named and extracting its references: the loop every
// command shares. Files are extracted in parallel; results reach the caller in input
// order, whatever the thread count, with a bounded number in flight (memory stays flat).
#pragma once

#include <any>
#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <variant>
#include <type_traits>
#include <vector>

#include "refs/reference.hpp"
#include "text/source.hpp"

namespace CLI {
class App;
class Option;
class Validator;
}

namespace unxref {

struct InputOptions {
    std::vector<std::string> paths;  // files, folders, "-" (standard input), "@LIST" (one path a line)
    std::size_t max_bytes = default_max_bytes;
    unsigned threads = 0;            // 0: one per core
    bool progress = true;            // a progress line on standard error when it is a terminal
    bool accept_extractions = false; // read `unxref extract` JSONL as extraction results (graph, analyses)
    std::string output;              // the command's -o FILE ("" or "-": standard output); no input may be it
};

// Why a command that needs the documents refuses extraction output given in their place.
inline constexpr std::string_view extraction_output_refused =
    "already unxref extraction output (JSONL): graph, lineage and stats read it; this command needs the documents";

// A document to read, as every command reads one: load_input, refusing extraction output,
// and whatever goes wrong while reading it (a reader's exception, memory exhausted by a
// hostile file) as its error rather than the end of the run.
std::variant<Source, LoadError> load_document(const std::string& path, std::size_t max_bytes);

// Adds PATH... and the input options shared by every command to `command`.
void add_input_options(CLI::App& command, InputOptions& options);

// Adds --max-bytes N (a whole number, at least 1).
void add_max_bytes_option(CLI::App& command, std::size_t& max_bytes);

// Checks that an option's value is a whole number from `least` to `most`. (CLI11 takes "-1"
// for an unsigned option as its largest value, and its range check prints a 300-digit bound.)
CLI::Validator whole_number(unsigned long long least, unsigned long long most);

// Adds -o/--output FILE: written atomically; "-" or none is standard output (output_to).
// A command that reads PATHs binds it to InputOptions::output, so that no input can be it.
CLI::Option* add_output_option(CLI::App& command, std::string& output,
                               const std::string& description = "Write to FILE (atomically) instead of standard output (-)");

// Adds --format, one of `choices` (the default is what `format` holds).
void add_format_option(CLI::App& command, std::string& format, std::vector<std::string> choices);

// `text` is what the offsets point into; empty for documents read back from JSONL.
using OnDocument = std::function<void(const Extraction&, std::string_view text)>;
using OnLoadError = std::function<void(const LoadError&)>;

// Extracts every input and calls `on_document` (or `on_error`, after the error has been
// reported on standard error) once per document, in input order, one call at a time (from
// the worker threads; never two at once). Returns how many inputs failed.
std::size_t for_each_document(const InputOptions& options, const OnDocument& on_document,
                              const OnLoadError& on_error = {});

// The same, with `map` run in the worker threads on each extraction (formatting it, or
// auditing it) and only its result handed to `on_mapped`, in input order: the per-document
// work scales with the threads instead of waiting for the one that delivers. Documents read
// back from JSONL are mapped where they are delivered.
template <class Map, class OnMapped>
std::size_t for_each_mapped(const InputOptions& options, Map map, OnMapped on_mapped, const OnLoadError& on_error = {});

namespace detail {
using AnyMap = std::function<std::any(const Extraction&, std::string_view text)>;
using OnAnyMapped = std::function<void(std::any&&)>;
std::size_t for_each_mapped_any(const InputOptions& options, const AnyMap& map, const OnAnyMapped& on_mapped,
                                const OnLoadError& on_error);
}  // namespace detail

template <class Map, class OnMapped>
std::size_t for_each_mapped(const InputOptions& options, Map map, OnMapped on_mapped, const OnLoadError& on_error) {
    using Result = std::invoke_result_t<Map&, const Extraction&, std::string_view>;
    return detail::for_each_mapped_any(
        options, [map](const Extraction& x, std::string_view text) -> std::any { return map(x, text); },
        [on_mapped](std::any&& result) { on_mapped(std::any_cast<Result&&>(std::move(result))); }, on_error);
}

}  // namespace unxref
