#!/usr/bin/env bash
# unxref compare from the command line: exit code 0 when the versions agree, 1 when they
# differ, 2 when the run fails; text and JSON reports. Usage: compare_cli_test.sh UNXREF REPO_ROOT
set -u
unxref=$1 root=$2
tmp=$(mktemp -d) && trap 'rm -rf "$tmp"' EXIT
fail=0
check() { if ! eval "$2"; then echo "FAIL: $1"; fail=1; else echo "ok: $1"; fi; }
data=$root/tests/data/multilingual

"$unxref" compare "$data/S_2015_52.en.txt" "$data/S_2015_52.fr.txt" > "$tmp/agree.txt"; code=$?
check "exit code 0 when the versions agree" "[ $code -eq 0 ]"
check "the summary says they agree" "grep -q 'the versions agree' '$tmp/agree.txt'"

"$unxref" compare "$data/S_2015_126.en.txt" "$data/S_2015_126.fr.txt" > "$tmp/differ.txt"; code=$?
check "exit code 1 when references differ" "[ $code -eq 1 ]"
check "compiler-style line with severity and code" \
      "grep -q '^$data/S_2015_126.en.txt:4:[0-9]*: warning\[missing\]: resolution S/RES/2140(2014)' '$tmp/differ.txt'"
check "the place in the translation follows" "grep -q '^$data/S_2015_126.fr.txt:4:1: note: paragraph 4 in the translation' '$tmp/differ.txt'"

"$unxref" compare --format json -o "$tmp/r.json" "$data/S_2015_126.en.txt" "$data/S_2015_126.fr.txt"; code=$?
check "-o with --format json: exit code 1, one JSON document" \
      "[ $code -eq 1 ] && python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); assert d[\"findings\"][0][\"code\"]==\"missing\"' '$tmp/r.json'"

"$unxref" compare "$data/S_2015_126.en.txt" "$tmp/none.txt" > /dev/null 2> "$tmp/err.txt"; code=$?
check "exit code 2 when a file cannot be read" "[ $code -eq 2 ] && grep -q 'none.txt' '$tmp/err.txt'"
"$unxref" compare "$data/S_2015_126.en.txt" > /dev/null 2>&1
check "exit code 2 without a translation" "[ $? -eq 2 ]"
"$unxref" compare --format sarif "$data/S_2015_126.en.txt" "$data/S_2015_126.fr.txt" > /dev/null 2>&1
check "exit code 2 on an unknown format" "[ $? -eq 2 ]"
"$unxref" extract "$data/S_2015_126.en.txt" > "$tmp/shard.jsonl"
"$unxref" compare "$tmp/shard.jsonl" "$tmp/shard.jsonl" > /dev/null 2> "$tmp/err.txt"; code=$?
check "extraction JSONL is refused like in audit: exit 2" "[ $code -eq 2 ] && grep -q 'already unxref extraction output' '$tmp/err.txt'"
[ $fail -eq 0 ] && echo "cli_compare: all checks passed"
exit $fail
