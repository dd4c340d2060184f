#!/usr/bin/env bash
# Whole-process throughput of `unxref extract` beside its baselines, on the same files in
# the same run (`make bench`):
#   memchr   bench/memchr_scan: read every file and pass memchr over it (the physical limit)
#   rg       rg -j1 -c -f ../shared/bench/rg-patterns.txt (match only; unxref parses,
#            resolves and writes)
#   unxref   unxref extract to JSONL, one thread (-j1) and all threads
# on ../shared/corpus/ga and the General Debate speeches (unpacked into BUILD/bench-corpus).
# Median of RUNS runs after a warm-up, the files read before each run (warm page cache);
# peak memory from /usr/bin/time.
#
# Usage: bench/extract_throughput.sh [BUILD_DIR] [RUNS]    (defaults: build, 5)
set -euo pipefail
die() { echo "extract_throughput.sh: error: $*" >&2; exit 1; }

ROOT=$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")/.." && pwd)
BUILD=$(cd -- "${1:-$ROOT/build}" && pwd)
RUNS=${2:-5}
SHARED=$ROOT/../shared
UNXREF=$BUILD/unxref
MEMCHR=$BUILD/bench/memchr_scan
PATTERNS=$SHARED/bench/rg-patterns.txt
[[ "$RUNS" =~ ^[1-9][0-9]*$ ]] || die "RUNS must be a positive integer"
for tool in hyperfine rg python3 /usr/bin/time; do command -v "$tool" >/dev/null || die "$tool not found"; done
[[ -x $UNXREF && -x $MEMCHR ]] || die "build first: cmake -DUNXREF_BENCH=ON and build unxref and memchr_scan"
[[ -f $PATTERNS ]] || die "missing $PATTERNS"

SPEECHES=$BUILD/bench-corpus/ungdc
if [[ ! -d $SPEECHES ]]; then
    mkdir -p "$BUILD/bench-corpus"
    tar -xJf "$SHARED/corpus/bench/ungdc.tar.xz" -C "$BUILD/bench-corpus"
fi
THREADS=$(nproc)
RESULTS=$BUILD/bench-results
mkdir -p "$RESULTS"

echo "# unxref extract throughput ($(date -u +%Y-%m-%d))"
echo
echo "- Machine: $(awk -F': *' '/^model name/ {print $2; exit}' /proc/cpuinfo), $THREADS cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo)"
echo "- Tools: $(hyperfine --version), $(rg --version | sed -n 1p), unxref $("$UNXREF" --version)"
echo "- Method: hyperfine --warmup 1 --runs $RUNS, median wall time; every file read before each run (page cache warm); output to /dev/null"
echo

for corpus in "$SHARED/corpus/ga" "$SPEECHES"; do
    corpus=$(cd -- "$corpus" && pwd)
    name=$(basename "$corpus")
    files=$(find "$corpus" -type f | wc -l)
    bytes=$(find "$corpus" -type f -printf '%s\n' | awk '{s += $1} END {print s}')
    json=$RESULTS/$name.json
    # the files read again before every timed run: this VM's DAMON reclaim (kdamond, action
    # pageout) evicts page-cache pages a few seconds cold, and a run that meets them waits on the disk
    hyperfine --warmup 1 --runs "$RUNS" -i --style none --export-json "$json" \
        --prepare "find '$corpus' -type f -exec cat {} + > /dev/null" \
        -n memchr "$MEMCHR $corpus" \
        -n "rg -j1" "rg -j1 -c -f $PATTERNS $corpus" \
        -n "unxref -j1" "$UNXREF extract -j1 --no-progress $corpus > /dev/null" \
        -n "unxref -j$THREADS" "$UNXREF extract -j$THREADS --no-progress $corpus > /dev/null" >/dev/null
    peak1=$(/usr/bin/time -f %M "$UNXREF" extract -j1 --no-progress "$corpus" 2>&1 >/dev/null | tail -n1)
    peakn=$(/usr/bin/time -f %M "$UNXREF" extract -j"$THREADS" --no-progress "$corpus" 2>&1 >/dev/null | tail -n1)
    echo "## $name: $files files, $(awk -v b="$bytes" 'BEGIN {printf "%.1f", b / 1e6}') MB"
    echo
    python3 - "$json" "$bytes" "$THREADS" "$peak1" "$peakn" <<'PY'
import json, sys
path, size, threads, peak1, peakn = sys.argv[1], int(sys.argv[2]), sys.argv[3], int(sys.argv[4]), int(sys.argv[5])
results = {r["command"]: r for r in json.load(open(path))["results"]}
for name, r in results.items():  # -i lets rg's "no match" exit 1 through; nothing else may fail
    if any(code not in (0, 1) for code in r["exit_codes"]) or (name.startswith("unxref") and any(r["exit_codes"])):
        sys.exit(f"{name} failed: exit codes {sorted(set(r['exit_codes']))}")
rg = results["rg -j1"]["median"]
print("| command | median s | MB/s | throughput vs rg -j1 |")
print("|---|---:|---:|---:|")
for name, r in results.items():
    m = r["median"]
    print(f"| {name} | {m:.3f} | {size / 1e6 / m:.0f} | {rg / m:.2f}x |")
one, many = results["unxref -j1"]["median"], results[f"unxref -j{threads}"]["median"]
print()
print(f"- unxref -j1 vs rg -j1: {rg / one:.2f}x rg's throughput (target >= 1.5x)")
print(f"- unxref -j{threads} vs -j1: {one / many:.2f}x faster (target >= 1.8x)")
print(f"- peak RSS: {peak1 / 1024:.1f} MiB with -j1, {peakn / 1024:.1f} MiB with -j{threads} (target < 64 MiB on the speeches)")
print()
PY
done
echo "Raw hyperfine results: $RESULTS/*.json"
