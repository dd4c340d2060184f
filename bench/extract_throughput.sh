#!/usr/bin/env bash
# Whole-process throughput of `unxref extract` against ripgrep on one corpus folder.
#
# Usage: bench/extract_throughput.sh [UNXREF_BINARY] [CORPUS_DIR] [RUNS]
#   UNXREF_BINARY  default: build/unxref           (relative to the repo root)
#   CORPUS_DIR     default: ../shared/corpus/ga    (relative to the repo root)
#   RUNS           default: 7
# Paths given on the command line are taken relative to the current directory.
#
# Needs hyperfine, rg and python3; /usr/bin/time (package `time`) is optional
# and used only for the peak-memory line.
set -euo pipefail

die() { echo "extract_throughput.sh: error: $*" >&2; exit 1; }

SCRIPT_DIR=$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")" && pwd)
REPO_ROOT=$(cd -- "$SCRIPT_DIR/.." && pwd)

if [[ $# -gt 3 ]]; then
    echo "Usage: $0 [UNXREF_BINARY] [CORPUS_DIR] [RUNS]" >&2
    exit 2
fi

UNXREF=${1:-$REPO_ROOT/build/unxref}
CORPUS=${2:-$REPO_ROOT/../shared/corpus/ga}
RUNS=${3:-7}

[[ "$RUNS" =~ ^[1-9][0-9]*$ ]] || die "RUNS must be a positive integer, got '$RUNS'"

for tool in hyperfine rg python3; do
    command -v "$tool" >/dev/null 2>&1 || die "'$tool' not found in PATH"
done

[[ -e "$UNXREF" ]] || die "unxref binary not found: $UNXREF (build it first, e.g. cmake --build build)"
[[ -f "$UNXREF" && -x "$UNXREF" ]] || die "not an executable file: $UNXREF"
[[ -d "$CORPUS" ]] || die "corpus folder not found: $CORPUS"

# Absolute, normalised paths so the printed commands are exact and cwd-independent.
UNXREF=$(cd -- "$(dirname -- "$UNXREF")" && pwd)/$(basename -- "$UNXREF")
CORPUS=$(cd -- "$CORPUS" && pwd)

FILE_COUNT=$(find "$CORPUS" -type f | wc -l | tr -d ' ')
TOTAL_BYTES=$(find "$CORPUS" -type f -printf '%s\n' | awk '{s += $1} END {printf "%d\n", s}')
[[ "$FILE_COUNT" -gt 0 && "$TOTAL_BYTES" -gt 0 ]] || die "corpus folder has no non-empty files: $CORPUS"

q_corpus=$(printf '%q' "$CORPUS")
q_unxref=$(printf '%q' "$UNXREF")
PATTERN='[0-9]+/[0-9]+'

NAME_RG="rg"
NAME_RG1="rg -j1"
NAME_UNX="unxref extract"
CMD_RG="rg -c '$PATTERN' $q_corpus"
CMD_RG1="rg -j1 -c '$PATTERN' $q_corpus"
CMD_UNX="$q_unxref extract --format jsonl $q_corpus > /dev/null"

# Pre-flight: hyperfine -i (needed because rg exits 1 when nothing matches)
# applies to every command, so check real failures here and again in the JSON.
rc=0; rg -c "$PATTERN" "$CORPUS" >/dev/null || rc=$?
[[ $rc -le 1 ]] || die "rg failed (exit $rc) on $CORPUS"
rc=0; "$UNXREF" extract --format jsonl "$CORPUS" >/dev/null || rc=$?
[[ $rc -eq 0 ]] || die "unxref extract failed (exit $rc) on $CORPUS"

JSON=$(mktemp "${TMPDIR:-/tmp}/extract_throughput.XXXXXX.json")
trap 'rm -f -- "$JSON"' EXIT

hyperfine --warmup 2 --runs "$RUNS" -i --style basic --export-json "$JSON" \
    -n "$NAME_RG" "$CMD_RG" \
    -n "$NAME_RG1" "$CMD_RG1" \
    -n "$NAME_UNX" "$CMD_UNX" >&2

CPU_MODEL=$(awk -F': *' '/^model name/ {print $2; exit}' /proc/cpuinfo 2>/dev/null || true)
[[ -n "$CPU_MODEL" ]] || CPU_MODEL="unknown"

echo
echo "## unxref extract throughput"
echo
echo "- Corpus: \`$CORPUS\`"
echo "- Input: $TOTAL_BYTES bytes in $FILE_COUNT files ($(awk -v b="$TOTAL_BYTES" 'BEGIN {printf "%.2f", b / 1e6}') MB)"
echo "- CPU: $CPU_MODEL"
echo "- nproc: $(nproc)"
echo "- Tools: $(hyperfine --version | head -n1), $(rg --version | head -n1), unxref $("$UNXREF" --version 2>/dev/null | head -n1 || echo '?')"
echo "- Runs: $RUNS (hyperfine --warmup 2 --runs $RUNS -i)"
echo

python3 - "$JSON" "$TOTAL_BYTES" "$NAME_RG1" "$NAME_UNX" <<'PY'
import json, sys

path, total_bytes, rg1_name, unx_name = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4]
with open(path) as f:
    results = json.load(f)["results"]

by_name = {r["command"]: r for r in results}

# -i hides failures from hyperfine; reject them here instead.
bad = []
for r in results:
    codes = r.get("exit_codes") or []
    allowed = {0} if r["command"] == unx_name else {0, 1}
    if any(c not in allowed for c in codes):
        bad.append(f'{r["command"]}: exit codes {sorted(set(codes))}')
if bad:
    sys.exit("benchmark command failed during timing: " + "; ".join(bad))

rg1_median = by_name[rg1_name]["median"]
print("| command | median (s) | MB/s | ratio to rg -j1 |")
print("|---|---:|---:|---:|")
for r in results:
    med = r["median"]
    mbps = total_bytes / 1e6 / med
    ratio = med / rg1_median
    print(f'| `{r["command"]}` | {med:.4f} | {mbps:.1f} | {ratio:.2f}x |')
print()
print("MB = 10^6 bytes; MB/s = input bytes / median wall time; ratio = median / median of `rg -j1`.")
PY

echo
echo "Exact commands (run by hyperfine through a shell):"
echo
echo '```'
echo "$CMD_RG"
echo "$CMD_RG1"
echo "$CMD_UNX"
echo '```'
echo

if [[ -x /usr/bin/time ]] && /usr/bin/time -v true >/dev/null 2>&1; then
    TIME_LOG=$(mktemp "${TMPDIR:-/tmp}/extract_throughput.XXXXXX.time")
    trap 'rm -f -- "$JSON" "$TIME_LOG"' EXIT
    rc=0
    /usr/bin/time -v -o "$TIME_LOG" "$UNXREF" extract --format jsonl "$CORPUS" >/dev/null || rc=$?
    [[ $rc -eq 0 ]] || die "unxref extract failed (exit $rc) under /usr/bin/time"
    PEAK_KB=$(awk -F': *' '/Maximum resident set size/ {print $2}' "$TIME_LOG")
    echo "Peak memory (one unxref run, /usr/bin/time -v max RSS): $PEAK_KB KB ($(awk -v k="$PEAK_KB" 'BEGIN {printf "%.1f", k / 1024}') MiB)"
else
    echo "Peak memory: skipped (/usr/bin/time with -v not available; install package 'time')"
fi
