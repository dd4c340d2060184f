# The two commands a new machine needs: `make demo` and `make test` (see README.md).
BUILD   ?= build
JOBS    ?= $(shell nproc)
CMAKE_FLAGS ?= -DCMAKE_BUILD_TYPE=Release

.PHONY: all deps build demo test test-corpus bench bench-graph clean

all: build

deps:
	@scripts/install-deps.sh

build: deps
	@cmake -S . -B $(BUILD) $(CMAKE_FLAGS) >/dev/null
	@cmake --build $(BUILD) -j $(JOBS)

# The main job on the shipped examples.
demo: build
	$(BUILD)/unxref extract --format text examples/
	$(BUILD)/unxref graph examples/ -o $(BUILD)/examples.dot

# The whole default test suite (fast: unit, golden and CLI tests).
test: build
	cd $(BUILD) && ctest --output-on-failure -j $(JOBS) -LE corpus

# Long runs over ../shared/corpus (not part of `make test`; needs the shared corpus beside the repo).
test-corpus: build
	cd $(BUILD) && ctest --output-on-failure -L corpus

# Extraction throughput beside memchr and ripgrep on ga/ and the 199 MB speeches (BENCHMARKS.md).
bench: deps
	@scripts/install-deps.sh ripgrep hyperfine time libbenchmark-dev
	@cmake -S . -B $(BUILD) $(CMAKE_FLAGS) -DUNXREF_BENCH=ON >/dev/null
	@cmake --build $(BUILD) -j $(JOBS) --target unxref memchr_scan
	bench/extract_throughput.sh $(BUILD)

bench-graph: deps
	@scripts/install-deps.sh libbenchmark-dev
	@cmake -S . -B $(BUILD) $(CMAKE_FLAGS) -DUNXREF_BENCH=ON >/dev/null
	@cmake --build $(BUILD) -j $(JOBS) --target graph_bench
	$(BUILD)/bench/graph_bench

clean:
	rm -rf $(BUILD)
