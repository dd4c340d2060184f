#include "cli/document_stream.hpp"

#include <CLI/CLI.hpp>
#include <fmt/format.h>
#include <unistd.h>

#include <algorithm>
#include <charconv>
#include <cerrno>
#include <cstdint>
#include <cstring>
#include <chrono>
#include <condition_variable>
#include <exception>
#include <fstream>
#include <istream>
#include <mutex>
#include <new>
#include <streambuf>
#include <optional>
#include <stdexcept>
#include <system_error>
#include <thread>
#include <variant>

#include "cli/inputs.hpp"
#include "output/read_jsonl.hpp"
#include "refs/extract.hpp"

namespace unxref {
namespace {

// What one input became. JSONL extraction files are streamed when they are delivered (they
// may hold a whole corpus), so a worker only recognises them.
struct Outcome {
    std::optional<Extraction> extraction;
    std::string text;
    std::optional<LoadError> error;
    bool extraction_file = false;
    std::size_t bytes = 0;
    std::optional<std::any> mapped;  // when a map ran in the worker (extraction and text dropped)
};

// Standard input whose first bytes were read to tell what it is: those bytes, then the rest.
class StandardInputAfter : public std::streambuf {
public:
    explicit StandardInputAfter(std::string head) : head_(std::move(head)) {
        setg(head_.data(), head_.data(), head_.data() + head_.size());
    }

    int error() const { return error_; }  // errno of a failed read, or 0

protected:
    int_type underflow() override {
        if (gptr() < egptr()) return traits_type::to_int_type(*gptr());
        ssize_t r = read_some(STDIN_FILENO, buffer_, sizeof buffer_);
        if (r < 0) error_ = errno;
        if (r <= 0) return traits_type::eof();
        setg(buffer_, buffer_, buffer_ + r);
        return traits_type::to_int_type(*gptr());
    }

private:
    std::string head_;
    int error_ = 0;
    char buffer_[1 << 16];
};

Outcome extract_source(std::variant<Source, LoadError> loaded) {
    Outcome out;
    if (auto* error = std::get_if<LoadError>(&loaded)) {
        out.error = std::move(*error);
        return out;
    }
    auto& source = std::get<Source>(loaded);
    out.bytes = source.bytes.size();
    out.extraction = extract(source);  // (an exception is this file's error: see guarded)
    out.text = std::move(source.bytes);
    return out;
}

// The error of an input whose reading or extraction threw (called in the catch block).
LoadError failure_of(const std::string& path) {
    try {
        throw;
    } catch (const std::bad_alloc&) {
        return {path, "out of memory while reading it"};
    } catch (const std::exception& e) {
        return {path, fmt::format("internal error (please report): {}", e.what())};
    }
}

Outcome process_unguarded(const std::string& path, const InputOptions& options, const detail::AnyMap& map) {
    if (path == "-") return {};  // standard input: read when delivered
    // extraction output may be larger than any document: recognise it before reading it whole
    std::variant<Source, LoadError> loaded;
    FileHead head;
    if (options.accept_extractions) head = peek_regular_file(path, extraction_peek);
    if (looks_like_extraction_jsonl(head.bytes)) {
        Outcome out;
        out.extraction_file = true;
        return out;
    }
    // a document is read on from its head, not again
    if (options.accept_extractions) loaded = load_peeked(path, std::move(head), options.max_bytes);
    else loaded = load_document(path, options.max_bytes);
    Outcome out = extract_source(std::move(loaded));
    if (map && out.extraction) {
        out.mapped = map(*out.extraction, out.text);
        out.extraction.reset();
        out.text = std::string();
    }
    return out;
}

// Runs `work` for one input. Whatever goes wrong in it (a reader's exception, memory
// exhausted by a hostile file, a bug of ours in extraction) becomes this input's error: the
// other inputs go on.
template <class Work>
Outcome guarded(const std::string& path, Work&& work) {
    try {
        return work();
    } catch (const std::exception&) {
        Outcome out;
        out.error = failure_of(path);
        return out;
    }
}

Outcome process(const std::string& path, const InputOptions& options, const detail::AnyMap& map) {
    return guarded(path, [&] { return process_unguarded(path, options, map); });
}

// A one-line progress report on a terminal, at most five times a second, after the
// first second (short runs stay quiet).
class Progress {
public:
    Progress(bool wanted, std::size_t total) : on_(wanted && ::isatty(STDERR_FILENO)), total_(total) {}
    ~Progress() { clear(); }
    // Before any other message on standard error, so that it does not share the line.
    void clear() {
        if (shown_) fmt::print(stderr, "\r\033[K");
        shown_ = false;
    }
    void done(std::size_t files, std::size_t bytes) {
        if (!on_) return;
        auto now = std::chrono::steady_clock::now();
        if (now - start_ < std::chrono::seconds(1) || now - last_ < std::chrono::milliseconds(200)) return;
        last_ = now;
        shown_ = true;
        double seconds = std::chrono::duration<double>(now - start_).count();
        fmt::print(stderr, "\r\033[Kunxref: {}/{} files, {:.0f} MB, {:.0f} MB/s", files, total_, bytes / 1e6,
                   bytes / 1e6 / seconds);
    }

private:
    bool on_;
    std::size_t total_;
    bool shown_ = false;
    std::chrono::steady_clock::time_point start_ = std::chrono::steady_clock::now(), last_{};
};

// Workers claim inputs in order, a chunk of consecutive files at a time, and may run at most
// `window` chunks ahead of delivery. The worker that completes the next chunk to deliver also
// delivers it (and any ready ones after it), one worker at a time: no thread waits to hand
// results on, which cost a thread switch per chunk when a separate thread did it.
class OrderedPool {
public:
    static constexpr std::size_t chunk_files = 8;
    using Deliver = std::function<void(std::size_t file, Outcome&&)>;

    OrderedPool(const std::vector<std::string>& files, const InputOptions& options, const detail::AnyMap& map,
                const Deliver& deliver)
        : files_(files), options_(options), map_(map), deliver_(deliver),
          chunks_((files.size() + chunk_files - 1) / chunk_files) {}

    // Runs everything on `threads` workers and returns when all is delivered; rethrows the
    // first exception a delivery threw (the rest of the run is abandoned).
    void run(unsigned threads) {
        window_ = 4 * std::size_t{threads};
        slots_.assign(window_, std::nullopt);
        std::vector<std::thread> workers;
        try {
            for (unsigned t = 0; t < threads; ++t) workers.emplace_back([this] { work(); });
        } catch (const std::system_error&) {  // fewer threads than asked (a limit): go on with those
            if (workers.empty()) work();
        }
        for (auto& w : workers) w.join();
        if (failure_) std::rethrow_exception(failure_);
    }

private:
    void work() {
        std::unique_lock lock(mutex_);
        for (;;) {
            room_.wait(lock, [&] { return stopping_ || next_ >= chunks_ || next_ < delivered_ + window_; });
            if (stopping_ || next_ >= chunks_) return;
            std::size_t chunk = next_++;
            lock.unlock();
            std::vector<Outcome> out = run_chunk(chunk);
            lock.lock();
            slots_[chunk % window_] = std::move(out);
            deliver_ready(lock);
        }
    }

    // Delivers the chunks ready in order, unless another worker is already doing it (it will
    // find this one too).
    void deliver_ready(std::unique_lock<std::mutex>& lock) {
        if (delivering_) return;
        delivering_ = true;
        while (!stopping_ && delivered_ < chunks_ && slots_[delivered_ % window_].has_value()) {
            std::vector<Outcome> out = std::move(*slots_[delivered_ % window_]);
            slots_[delivered_ % window_].reset();
            std::size_t first = delivered_ * chunk_files;
            lock.unlock();
            try {
                for (std::size_t k = 0; k < out.size(); ++k) deliver_(first + k, std::move(out[k]));
            } catch (...) {
                lock.lock();
                failure_ = std::current_exception();
                stopping_ = true;
                break;
            }
            lock.lock();
            ++delivered_;
            room_.notify_all();
        }
        delivering_ = false;
        if (stopping_) room_.notify_all();
    }

    std::vector<Outcome> run_chunk(std::size_t chunk) const {
        std::vector<Outcome> out;
        std::size_t end = std::min(files_.size(), (chunk + 1) * chunk_files);
        for (std::size_t i = chunk * chunk_files; i < end; ++i) out.push_back(process(files_[i], options_, map_));
        return out;
    }

    const std::vector<std::string>& files_;
    const InputOptions& options_;
    const detail::AnyMap& map_;
    Deliver deliver_;
    std::size_t chunks_;
    std::size_t window_ = 0;
    std::vector<std::optional<std::vector<Outcome>>> slots_;
    std::mutex mutex_;
    std::condition_variable room_;
    std::size_t next_ = 0, delivered_ = 0;
    bool delivering_ = false, stopping_ = false;
    std::exception_ptr failure_;
};

}  // namespace

std::variant<Source, LoadError> load_document(const std::string& path, std::size_t max_bytes) {
    try {
        auto loaded = load_input(path, max_bytes);
        if (auto* source = std::get_if<Source>(&loaded); source && looks_like_extraction_jsonl(source->bytes))
            return LoadError{path, std::string(extraction_output_refused)};
        return loaded;
    } catch (const std::exception&) {
        return failure_of(path);
    }
}

void add_input_options(CLI::App& command, InputOptions& options) {
    command.add_option("PATH", options.paths,
                       "Files or folders (walked recursively); - reads standard input; @LIST reads the paths in LIST")
        ->required();
    add_max_bytes_option(command, options.max_bytes);
    command.add_option("-j,--threads", options.threads, "Worker threads (0: one per core)")
        ->check(whole_number(0, 4096))
        ->capture_default_str();
    command.add_flag_callback("--no-progress", [&options] { options.progress = false; },
                              "No progress line on standard error");
}

CLI::Validator whole_number(unsigned long long least, unsigned long long most) {
    return CLI::Validator(
        [least, most](std::string& value) -> std::string {
            unsigned long long n = 0;
            auto [end, ec] = std::from_chars(value.data(), value.data() + value.size(), n);
            if (value.empty() || ec != std::errc() || end != value.data() + value.size() || n < least || n > most)
                return fmt::format("{} is not a whole number from {} to {}", value, least, most);
            return {};
        },
        "");  // the help shows the option's type
}

void add_max_bytes_option(CLI::App& command, std::size_t& max_bytes) {
    command.add_option("--max-bytes", max_bytes, "Refuse files larger than this")
        ->check(whole_number(1, SIZE_MAX))
        ->capture_default_str();
}

CLI::Option* add_output_option(CLI::App& command, std::string& output, const std::string& description) {
    return command.add_option("-o,--output", output, description);
}

void add_format_option(CLI::App& command, std::string& format, std::vector<std::string> choices) {
    command.add_option("--format", format, "Output format")->check(CLI::IsMember(std::move(choices)))->capture_default_str();
}

namespace {

// The loop behind both entry points: `map` (may be empty) runs where each file is
// extracted; the results are delivered in input order, one at a time.
std::size_t run_inputs(const InputOptions& options, const detail::AnyMap& map, const OnDocument& on_document,
                       const detail::OnAnyMapped& on_mapped, const OnLoadError& on_error) {
    Inputs inputs = collect_inputs(options.paths);
    set_aside_output(inputs, options.output);
    std::size_t failures = 0;
    Progress progress(options.progress, inputs.files.size());
    auto fail = [&](const LoadError& error) {
        progress.clear();
        fmt::print(stderr, "unxref: {}: {}\n", error.path, error.message);
        if (on_error) on_error(error);
        ++failures;
    };
    for (auto const& error : inputs.errors) fail(error);
    report_skipped(inputs);
    auto emit = [&](const Extraction& x, std::string_view text) {
        if (map) on_mapped(map(x, text));
        else on_document(x, text);
    };
    auto stream_extractions = [&](std::istream& in, const std::string& path) {
        std::string problem = read_extraction_jsonl(
            in, [&](Extraction&& x) { emit(x, {}); }, [&](LoadError&& e) { fail(e); });
        if (!problem.empty()) fail({path, problem});
    };
    auto deliver = [&](const std::string& path, Outcome&& out) {
        if (path == "-") {  // standard input: a document or extraction output (streamed, of any size)
            auto head = read_standard_input(extraction_peek);
            if (auto* error = std::get_if<LoadError>(&head)) {
                fail(*error);
                return;
            }
            std::string bytes = std::move(std::get<std::string>(head));
            if (looks_like_extraction_jsonl(bytes)) {
                if (!options.accept_extractions) {
                    fail({path, std::string(extraction_output_refused)});
                    return;
                }
                StandardInputAfter rest(std::move(bytes));
                std::istream in(&rest);
                stream_extractions(in, "-");
                if (rest.error()) fail({path, fmt::format("cannot read standard input: {}", std::strerror(rest.error()))});
                return;
            }
            auto document = standard_input_document(std::move(bytes), options.max_bytes);
            if (auto* error = std::get_if<LoadError>(&document)) {
                fail(*error);
                return;
            }
            bytes = std::move(std::get<std::string>(document));
            out = guarded(path, [&] { return extract_source(read_source(path, std::move(bytes), options.max_bytes)); });
        }
        if (out.extraction_file) {
            std::ifstream in(path, std::ios::binary);
            stream_extractions(in, path);
        } else if (out.error) {
            fail(*out.error);
        } else if (out.mapped) {
            on_mapped(std::move(*out.mapped));
        } else {
            emit(*out.extraction, out.text);
        }
    };
    std::size_t bytes = 0;
    auto handle = [&](std::size_t i, Outcome&& out) {
        bytes += out.bytes;
        deliver(inputs.files[i], std::move(out));
        progress.done(i + 1, bytes);
    };

    unsigned threads = options.threads ? options.threads : std::max(1u, std::thread::hardware_concurrency());
    threads = static_cast<unsigned>(std::min<std::size_t>(threads, std::max<std::size_t>(inputs.files.size(), 1)));
    if (threads <= 1) {  // no pool: the same work in the calling thread
        for (std::size_t i = 0; i < inputs.files.size(); ++i) handle(i, process(inputs.files[i], options, map));
        return failures;
    }
    OrderedPool(inputs.files, options, map, handle).run(threads);
    return failures;
}

}  // namespace

std::size_t for_each_document(const InputOptions& options, const OnDocument& on_document,
                              const OnLoadError& on_error) {
    return run_inputs(options, {}, on_document, {}, on_error);
}

std::size_t detail::for_each_mapped_any(const InputOptions& options, const AnyMap& map, const OnAnyMapped& on_mapped,
                                        const OnLoadError& on_error) {
    return run_inputs(options, map, {}, on_mapped, on_error);
}

}  // namespace unxref
