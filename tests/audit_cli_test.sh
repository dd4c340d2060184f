#!/usr/bin/env bash
# unxref audit and treaties from the command line: exit codes, --fail-on, --corpus, -o, SARIF.
# Usage: audit_cli_test.sh UNXREF REPO_ROOT
set -u
unxref=$(realpath "$1") root=$(cd "$2" && pwd)
tmp=$(mktemp -d) && trap 'rm -rf "$tmp"' EXIT
fail=0
check() { if ! eval "$2"; then echo "FAIL: $1"; fail=1; else echo "ok: $1"; fi; }

"$unxref" audit "$root/examples/A_RES_68_192.de.md" --fail-on note > "$tmp/clean.txt" 2>/dev/null
check "clean document: exit 0 even with --fail-on note" "[ $? -eq 0 ] && [ ! -s '$tmp/clean.txt' ]"
"$unxref" audit "$root/examples/A_CONF.231_3.de.md" > /dev/null 2>&1
check "warnings only: exit 0 with the default --fail-on error" "[ $? -eq 0 ]"
"$unxref" audit "$root/examples/A_CONF.231_3.de.md" --fail-on warning > "$tmp/w.txt" 2>/dev/null
check "warnings with --fail-on warning: exit 1" "[ $? -eq 1 ]"
check "compiler-style lines" "[ \$(grep -c '^.*A_CONF.231_3.de.md:[0-9]*:[0-9]*: warning\[link-placeholder\]: ' '$tmp/w.txt') -eq 5 ]"
"$unxref" audit "$root/tests/data/A_RES_80_110.en.txt" > /dev/null 2>&1
check "an error finding: exit 1" "[ $? -eq 1 ]"
"$unxref" audit --format sarif -o "$tmp/out.sarif" "$root/examples/" > /dev/null 2>&1
check "-o writes SARIF that parses" "python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); assert d[\"version\"]==\"2.1.0\"' '$tmp/out.sarif'"
"$unxref" audit --fail-on bogus "$root/examples/" > /dev/null 2>&1
check "bad arguments: exit 2" "[ $? -eq 2 ]"
"$unxref" audit "$root/examples/" -o "$tmp/nodir/out.txt" > /dev/null 2>&1
check "output not writable: exit 2" "[ $? -eq 2 ]"
printf 'abc\0def' > "$tmp/binary.txt"
"$unxref" audit --format json "$tmp/binary.txt" > "$tmp/b.json" 2>/dev/null
check "unreadable input: an input-unreadable error, exit 1" "[ $? -eq 1 ] && grep -q 'input-unreadable' '$tmp/b.json'"
"$unxref" audit --corpus --format json "$root/examples/" > "$tmp/c.json" 2>/dev/null
check "--corpus reports cited documents not read" "grep -q 'not-in-corpus' '$tmp/c.json'"
"$unxref" treaties --format csv "$root/examples/" > "$tmp/t.csv"
check "treaties CSV: header and four instruments" "[ \$(wc -l < '$tmp/t.csv') -eq 5 ] && head -1 '$tmp/t.csv' | grep -q '^volume,number,page,count,name,cited_by'"
"$unxref" treaties --format json "$root/examples/" > "$tmp/t.json"; code=$?
check "treaties JSON: exit 0 and four instruments" "[ $code -eq 0 ] && python3 -c 'import json,sys; assert len(json.load(open(sys.argv[1]))) == 4' '$tmp/t.json'"
(cd "$tmp" && "$unxref" audit "$root/examples/A_CONF.231_3.de.md" -o - > "$tmp/dash.txt" 2>/dev/null)
check "-o - writes to standard output, not to a file named -" "[ -s '$tmp/dash.txt' ] && [ ! -e '$tmp/-' ]"
"$unxref" audit "@$tmp/no-such-list.txt" > "$tmp/l.txt" 2>/dev/null
check "an unreadable @LIST: input-unreadable, exit 1" "[ $? -eq 1 ] && grep -q 'input-unreadable' '$tmp/l.txt'"
# HTML (likewise PDF and Word): offsets are into the visible text, so SARIF gives no byte
# offsets into the file and no fix a tool would apply to its bytes
printf '<html><body><p>Recalling its resolution 242 (1967) of 22 Novernber 1967 and A//78/111.</p></body></html>' > "$tmp/fix.html"
"$unxref" audit --format sarif "$tmp/fix.html" > "$tmp/fix.sarif" 2>/dev/null
check "SARIF for HTML: regions in its visible text, no byte offsets, no fixes" "python3 -c '
import json, sys
results = json.load(open(sys.argv[1]))[\"runs\"][0][\"results\"]
assert {r[\"ruleId\"] for r in results} == {\"date-ocr\", \"symbol-empty-component\"}, results
for r in results:
    region = r[\"locations\"][0][\"physicalLocation\"][\"region\"]
    assert \"byteOffset\" not in region and region[\"properties\"][\"textOf\"] == \"unxref text\" and \"fixes\" not in r
' '$tmp/fix.sarif'"
"$unxref" audit "$tmp/fix.html" > "$tmp/fix.txt" 2>/dev/null
check "text: the fix says its span is in the visible text" "grep -q 'fix: replace \[[0-9]*,[0-9]*) of the text .unxref text. prints with \"November\"' '$tmp/fix.txt'"
exit $fail
