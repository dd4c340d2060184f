#!/usr/bin/env bash
# `unxref lineage` and `unxref stats` from the command line: formats, exit codes, atomic
# output, the stats of the German examples against their golden file.
# Usage: graph_cli_test.sh UNXREF REPO_ROOT
set -u
unxref=$1 root=$2
tmp=$(mktemp -d) && trap 'rm -rf "$tmp"' EXIT
fail=0
check() { if ! eval "$2"; then echo "FAIL: $1"; fail=1; else echo "ok: $1"; fi; }
data="$root/tests/data"
series="$data/A_RES_78_190.en.txt $data/A_RES_79_160.en.txt $data/A_RES_80_192.en.txt"

(cd "$root" && "$unxref" stats examples/) > "$tmp/stats.txt"; code=$?
check "stats exits 0" "[ $code -eq 0 ]"
if [ -n "${UNXREF_UPDATE_GOLDEN:-}" ]; then cp "$tmp/stats.txt" "$root/tests/golden/graph/stats_examples.txt"; fi
check "stats of the examples match the golden file" "diff -u '$root/tests/golden/graph/stats_examples.txt' '$tmp/stats.txt'"
(cd "$root" && "$unxref" stats --format json examples/) > "$tmp/stats.json"
check "stats --format json: the text report's figures" "python3 - '$tmp/stats.json' <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
assert (d['nodes'], d['read'], d['edges'], d['citations']) == (36, 2, 34, 36), d
assert d['by_kind']['resolution'] == {'nodes': 23, 'read': 1} and d['by_organ']['GA'] == 25
assert d['edges_by_relation']['recalls'] == 20 and len(d['most_cited']) == 10 and len(d['pagerank']['top']) == 10
assert d['most_cited'][0] == {'id': 'A/68/127', 'citing_acts': 1} and d['cycles'] == []
PY"

"$unxref" lineage A/RES/80/192 $series --series > "$tmp/tree.txt"; code=$?
check "lineage --series exits 0" "[ $code -eq 0 ]"
check "the series names 79/160 and 78/190" "grep -q '^series: A/RES/80/192 ← A/RES/79/160 ← A/RES/78/190' '$tmp/tree.txt'"
"$unxref" lineage 80/192 $series --ancestors --depth 1 -o "$tmp/l.json"
check "-o FILE.json writes JSON" "python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); assert d[\"root\"]==\"A/RES/80/192\"' '$tmp/l.json'"
check "-o leaves no temporary" "[ -z \"\$(find '$tmp' -name '*.tmp.*')\" ]"
(ulimit -f 2; "$unxref" lineage A/RES/80/192 $series --series --format svg -o "$tmp/limited.svg" 2> "$tmp/err.txt"; echo $? > "$tmp/code")
check "a drawing past a file size limit: exit 2 with the reason, no file, no temporary (Graphviz's writer exited 1)" "[ \$(cat '$tmp/code') -eq 2 ] && grep -q 'cannot write .*limited.svg: File too large' '$tmp/err.txt' && [ ! -e '$tmp/limited.svg' ] && [ -z \"\$(find '$tmp' -name '*.tmp.*')\" ]"
"$unxref" lineage A/RES/80/192 $series --series -o "$tmp/s.svg"
check "-o FILE.svg draws an SVG" "grep -q '<svg' '$tmp/s.svg' && grep -q 'A/RES/79/160' '$tmp/s.svg'"
"$unxref" lineage A/RES/80/192 $series --series --format png -o "$tmp/s.png"
check "--format png draws a PNG" "head -c 4 '$tmp/s.png' | grep -q PNG"
"$unxref" lineage A/RES/80/192 $series --format dot -o "$tmp/s.dot"
check "--format dot writes DOT" "grep -q '^digraph citations' '$tmp/s.dot'"

"$unxref" lineage A/RES/1/1 $series 2> "$tmp/err.txt"; code=$?
check "unknown ID exits 2" "[ $code -eq 2 ]"
check "unknown ID is named" "grep -q 'A/RES/1/1 is not in the citation graph' '$tmp/err.txt'"
"$unxref" lineage A/RES/80/192 $series --ancestors --descendants > /dev/null 2>&1
check "--ancestors with --descendants exits 2" "[ $? -eq 2 ]"
"$unxref" lineage A/RES/80/192 $series --series --format svg > /dev/null 2>&1
check "an image without -o exits 2" "[ $? -eq 2 ]"
"$unxref" lineage A/RES/80/192 $series "$tmp/missing.txt" > /dev/null 2>&1
check "an unreadable input exits 1" "[ $? -eq 1 ]"
exit $fail
