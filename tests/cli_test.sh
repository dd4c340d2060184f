#!/usr/bin/env bash
# CLI contract: exit codes, bad input reported by name and reason, other files still
# processed, no half-written output. Usage: cli_test.sh UNXREF REPO_ROOT
set -u
unxref=$1 root=$2
tmp=$(mktemp -d) && trap 'rm -rf "$tmp"' EXIT
fail=0
check() { if ! eval "$2"; then echo "FAIL: $1"; fail=1; else echo "ok: $1"; fi; }

cp "$root/examples/A_RES_68_192.de.md" "$tmp/good.md"
: > "$tmp/empty.txt"
printf 'abc\0def' > "$tmp/binary.txt"
printf 'resolution 68/192 \xff\n' > "$tmp/latin1.txt"
head -c 4096 /dev/urandom > "$tmp/garbage.bin"

"$unxref" extract "$tmp" > "$tmp/out.jsonl" 2> "$tmp/err.txt"; code=$?
check "exit code 1 when some inputs are bad" "[ $code -eq 1 ]"
check "empty file named with its reason" "grep -q 'empty.txt: empty file' '$tmp/err.txt'"
check "binary file named with its reason" "grep -q 'binary.txt: binary file' '$tmp/err.txt'"
check "non-UTF-8 file named with its reason" "grep -q 'latin1.txt: not UTF-8' '$tmp/err.txt'"
check "error records in the JSONL" "[ \$(grep -c '\"type\":\"error\"' '$tmp/out.jsonl') -ge 4 ]"
check "the good file is still processed" "grep -q '\"id\":\"A/RES/61/180\"' '$tmp/out.jsonl'"
check "every line is JSON" "python3 -c 'import json,sys; [json.loads(l) for l in open(sys.argv[1])]' '$tmp/out.jsonl'"

"$unxref" extract "$tmp/good.md" > /dev/null; check "exit code 0 on good input" "[ $? -eq 0 ]"
"$unxref" extract --format bogus "$tmp/good.md" > /dev/null 2>&1; check "exit code 2 on bad arguments" "[ $? -eq 2 ]"
for bad in "extract --max-bytes -1" "extract --max-bytes 0" "extract --max-bytes 99999999999999999999999" "extract -j -1" "text --max-bytes -5" "compare --max-bytes -1 $tmp/good.md" "stats --top -1" "lineage 68/192 --depth -1"; do
    $unxref $bad "$tmp/good.md" > /dev/null 2> "$tmp/err.txt"; code=$?
    check "exit 2 on $bad (negative or overflowing numbers were taken as no limit)" "[ $code -eq 2 ] && grep -q 'is not a whole number from' '$tmp/err.txt'"
done
"$unxref" extract "$tmp/good.md" -o "$tmp/nodir/out.jsonl" > /dev/null 2>&1
check "exit code 2 when the output cannot be written" "[ $? -eq 2 ]"
"$unxref" extract "$tmp/good.md" -o "$tmp/x.jsonl"
check "-o writes the file and leaves no temporary" "[ -s '$tmp/x.jsonl' ] && [ -z \"\$(find '$tmp' -name '*.tmp.*')\" ]"
mkdir "$tmp/out" && mkfifo "$tmp/out/pipe" && ln -s ../x.jsonl "$tmp/out/link.jsonl"
timeout 20 cat "$tmp/out/pipe" > "$tmp/piped.jsonl" & reader=$!  # never hangs the test
"$unxref" extract "$tmp/good.md" -o "$tmp/out/pipe"; code=$?; wait $reader
check "-o to a FIFO writes through it and leaves it a FIFO" "[ $code -eq 0 ] && [ -p '$tmp/out/pipe' ] && cmp -s '$tmp/piped.jsonl' '$tmp/x.jsonl'"
: > "$tmp/x.jsonl"
"$unxref" extract "$tmp/good.md" -o "$tmp/out/link.jsonl"
check "-o through a symbolic link replaces its target and keeps the link" "[ -L '$tmp/out/link.jsonl' ] && [ -s '$tmp/x.jsonl' ] && cmp -s '$tmp/x.jsonl' '$tmp/piped.jsonl' && [ -z \"\$(find '$tmp' -name '*.tmp.*')\" ]"
"$unxref" extract "$tmp/good.md" >&- 2> "$tmp/err.txt"; code=$?
check "a closed standard output: exit 2 with the reason" "[ $code -eq 2 ] && grep -q 'cannot write standard output: Bad file descriptor' '$tmp/err.txt'"
ln -s "$tmp/created.jsonl" "$tmp/dangling.jsonl"
"$unxref" extract "$tmp/good.md" -o "$tmp/dangling.jsonl"
check "-o through a link to a file not yet there creates that file and keeps the link" "[ -L '$tmp/dangling.jsonl' ] && [ -s '$tmp/created.jsonl' ]"
(ulimit -f 8; "$unxref" extract "$tmp/good.md" > "$tmp/limited.jsonl" 2> "$tmp/err.txt"; echo $? > "$tmp/code")
check "standard output cut by a file size limit: exit 2" "[ \$(cat '$tmp/code') -eq 2 ] && grep -q 'cannot write standard output' '$tmp/err.txt'"
(ulimit -f 8; "$unxref" extract "$tmp/good.md" -o "$tmp/limited2.jsonl" 2> "$tmp/err.txt"; echo $? > "$tmp/code")
check "-o cut by a file size limit: exit 2, the reason, no file left" "[ \$(cat '$tmp/code') -eq 2 ] && grep -q 'limited2.jsonl: File too large' '$tmp/err.txt' && [ ! -e '$tmp/limited2.jsonl' ] && [ -z \"\$(find '$tmp' -name '*.tmp.*')\" ]"
echo previous > "$tmp/log.txt"
"$unxref" extract "$tmp/good.md" -o /dev/stdout >> "$tmp/log.txt"
check "-o /dev/stdout writes through the descriptor (appended), not over the file behind it" "[ \"\$(head -n1 '$tmp/log.txt')\" = previous ] && grep -q 'A/RES/61/180' '$tmp/log.txt'"
# by where its links lead, not by its name: a link to /dev/stdout is a descriptor; a /proc
# path that is no descriptor's is a file, replaced atomically
echo previous > "$tmp/log2.txt"
ln -s /dev/stdout "$tmp/to-stdout"
"$unxref" extract "$tmp/good.md" -o "$tmp/to-stdout" >> "$tmp/log2.txt"
check "-o through a link to /dev/stdout writes through the descriptor too" "[ \"\$(head -n1 '$tmp/log2.txt')\" = previous ] && grep -q 'A/RES/61/180' '$tmp/log2.txt'"
# a relative link into /proc, and a link to the descriptors' folder, are descriptors as well
echo previous > "$tmp/log3.txt"
(cd "$tmp" && ln -s "$(realpath -s --relative-to="$tmp" /proc/self/fd)/1" relative-stdout && ln -s /proc/self/fd fds)
"$unxref" extract "$tmp/good.md" -o "$tmp/relative-stdout" >> "$tmp/log3.txt"
"$unxref" extract "$tmp/good.md" -o "$tmp/fds/1" >> "$tmp/log3.txt"
check "-o through a relative link to /proc/self/fd/1 or a link to /proc/self/fd writes through the descriptor" "[ \"\$(head -n1 '$tmp/log3.txt')\" = previous ] && [ \$(grep -c 'A/RES/61/180' '$tmp/log3.txt') -eq 2 ]"
(cd "$tmp" && "$unxref" extract good.md -o proc.jsonl && "$unxref" extract good.md -o /proc/self/cwd/proc.jsonl)
check "-o /proc/self/cwd/FILE replaces the file, as any path does" "cmp -s '$tmp/proc.jsonl' <(\"$unxref\" extract '$tmp/good.md' 2>/dev/null | sed 's|$tmp/||')"
mkdir "$tmp/self" && cp "$tmp/good.md" "$tmp/self/"
"$unxref" extract -j1 "$tmp/self" -o "$tmp/self/out.jsonl"; code=$?
check "-o inside the folder read: its temporary file is not read as an input" "[ $code -eq 0 ] && [ \$(grep -c '\"type\":\"document\"' '$tmp/self/out.jsonl') -eq 1 ]"
"$unxref" extract -j1 "$tmp/self" -o "$tmp/self/out.jsonl" 2> "$tmp/err.txt"; code=$?
check "run again, the previous output in that folder is set aside, not read" "[ $code -eq 0 ] && grep -q 'out.jsonl: the output file (-o), not read' '$tmp/err.txt' && [ \$(grep -c '\"type\":\"document\"' '$tmp/self/out.jsonl') -eq 1 ]"
cp "$tmp/good.md" "$tmp/v1.md" && cp "$tmp/good.md" "$tmp/v2.md"
"$unxref" compare "$tmp/v1.md" "$tmp/v2.md" -o "$tmp/v2.md" 2> "$tmp/err.txt"; code=$?
check "compare -o naming a version: exit 2, the version kept" "[ $code -eq 2 ] && cmp -s '$tmp/v2.md' '$tmp/good.md'"
"$unxref" extract - -o "$tmp/v1.md" < "$tmp/v1.md" 2> "$tmp/err.txt"; code=$?
check "standard input redirected from the -o file: exit 2, the file kept" "[ $code -eq 2 ] && grep -q 'standard input is an input and the output' '$tmp/err.txt' && cmp -s '$tmp/v1.md' '$tmp/good.md'"
(umask 077; "$unxref" extract "$tmp/good.md" -o "$tmp/private.jsonl")
(umask 027; "$unxref" extract "$tmp/good.md" -o "$tmp/group.jsonl")
(umask 022; "$unxref" extract "$tmp/good.md" -o "$tmp/shared.jsonl")
check "-o follows the umask (077, 027, 022)" "[ \$(stat -c %a '$tmp/private.jsonl') = 600 ] && [ \$(stat -c %a '$tmp/group.jsonl') = 640 ] && [ \$(stat -c %a '$tmp/shared.jsonl') = 644 ]"
mkdir "$tmp/names" && cp "$tmp/good.md" "$tmp/names/$(printf 'r\xe9solution.md')"
"$unxref" extract "$tmp/names" -o "$tmp/names.jsonl"
check "a file name that is not UTF-8 still gives UTF-8 JSON (U+FFFD), which stats reads back" "python3 -c 'import json,sys; assert all(json.loads(l)[\"path\"].endswith(\"r\\ufffdsolution.md\") for l in open(sys.argv[1], encoding=\"utf-8\"))' '$tmp/names.jsonl' && '$unxref' stats '$tmp/names.jsonl' | grep -q 'nodes 32'"
cp "$tmp/good.md" "$tmp/victim.md"
for command in extract graph audit stats; do
    "$unxref" $command "$tmp/victim.md" -o "$tmp/victim.md" 2> "$tmp/err.txt"; code=$?
    check "$command -o naming one of its inputs: exit 2, the input kept" "[ $code -eq 2 ] && grep -q 'victim.md is an input and the output' '$tmp/err.txt' && cmp -s '$tmp/victim.md' '$tmp/good.md'"
done
# named in an @LIST file (the review's case: it was set aside and then emptied)
echo "$tmp/victim.md" > "$tmp/victims.txt"
"$unxref" extract "@$tmp/victims.txt" -o "$tmp/victim.md" 2> "$tmp/err.txt"; code=$?
check "-o naming a file an @LIST lists: exit 2, the input kept" "[ $code -eq 2 ] && grep -q 'victim.md is an input and the output' '$tmp/err.txt' && cmp -s '$tmp/victim.md' '$tmp/good.md'"
# interrupted while its output is being written (waiting on standard input that never ends)
mkfifo "$tmp/never"
"$unxref" extract - -o "$tmp/interrupted.jsonl" < "$tmp/never" & pid=$!
exec 3> "$tmp/never"
for _ in 1 2 3 4 5 6 7 8 9 10; do [ -n "$(find "$tmp" -name '.interrupted.jsonl.tmp.*')" ] && break; sleep 0.2; done
had_temporary=$(find "$tmp" -name '.interrupted.jsonl.tmp.*' | wc -l)
kill -TERM $pid; wait $pid; code=$?; exec 3>&-
check "a run ended by SIGTERM removes its temporary output" "[ $had_temporary -eq 1 ] && [ $code -eq 143 ] && [ -z \"\$(find '$tmp' -name '*.tmp.*')\" ] && [ ! -e '$tmp/interrupted.jsonl' ]"
"$unxref" extract --format json "$tmp/good.md" > "$tmp/x.json"
check "--format json is one JSON document" "python3 -c 'import json,sys; json.load(open(sys.argv[1]))' '$tmp/x.json'"
"$unxref" graph "$tmp/good.md" -o "$tmp/g.dot" 2>/dev/null
check "graph writes DOT" "grep -q 'digraph citations' '$tmp/g.dot'"
"$unxref" --help | grep -q extract; check "--help lists the commands" "[ $? -eq 0 ]"
"$unxref" extact "$tmp/good.md" > /dev/null 2> "$tmp/err.txt"; code=$?
check "an unknown command is named with the known ones, exit 2" "[ $code -eq 2 ] && grep -q \"unknown command 'extact'; the commands are extract, graph\" '$tmp/err.txt'"
[ $fail -eq 0 ] && echo "cli: all checks passed"
exit $fail
