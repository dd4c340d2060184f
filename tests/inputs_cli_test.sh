#!/usr/bin/env bash
# Inputs at scale: thread count does not change the output, @LIST and - (standard input),
# extraction JSONL refused by extract and merged by graph (the reduce step of a
# distributed run). Usage: inputs_cli_test.sh UNXREF REPO_ROOT
set -u
unxref=$1 root=$2
tmp=$(mktemp -d) && trap 'rm -rf "$tmp"' EXIT
fail=0
check() { if ! eval "$2"; then echo "FAIL: $1"; fail=1; else echo "ok: $1"; fi; }
cd "$root"

"$unxref" extract -j1 examples tests/data > "$tmp/j1.jsonl" 2>/dev/null
"$unxref" extract -j2 examples tests/data > "$tmp/j2.jsonl" 2>/dev/null
"$unxref" extract -j7 examples tests/data > "$tmp/j7.jsonl" 2>/dev/null
check "the output does not depend on the thread count" "cmp -s '$tmp/j1.jsonl' '$tmp/j2.jsonl' && cmp -s '$tmp/j1.jsonl' '$tmp/j7.jsonl'"
# the audit runs each document's checks in the worker that read it: the same findings, in input order
"$unxref" audit --corpus --format json -j1 examples tests/data > "$tmp/a1.json" 2>/dev/null
"$unxref" audit --corpus --format json -j3 examples tests/data > "$tmp/a3.json" 2>/dev/null
check "audit findings do not depend on the thread count" "[ -s '$tmp/a1.json' ] && cmp -s '$tmp/a1.json' '$tmp/a3.json'"
check "folders give every file" "[ \$(grep -c '\"type\":\"document\"' '$tmp/j1.jsonl') -ge 20 ]"

"$unxref" extract examples > "$tmp/once.jsonl" 2>/dev/null
"$unxref" extract examples examples/A_RES_68_192.de.md ./examples/A_CONF.231_3.de.md > "$tmp/twice.jsonl" 2> "$tmp/err.txt"
check "a file named twice is read once, and said so" "cmp -s '$tmp/once.jsonl' '$tmp/twice.jsonl' && grep -q 'A_CONF.231_3.de.md: named more than once, read once' '$tmp/err.txt'"
"$unxref" text examples/A_RES_68_192.de.md ./examples/A_RES_68_192.de.md > "$tmp/twice.txt" 2> "$tmp/err.txt"
check "text too: printed once, and said so" "cmp -s '$tmp/twice.txt' examples/A_RES_68_192.de.md && grep -q 'A_RES_68_192.de.md: named more than once, read once' '$tmp/err.txt'"
printf '# the German examples\nexamples/A_RES_68_192.de.md\n\nexamples/A_CONF.231_3.de.md\n' > "$tmp/list.txt"
"$unxref" extract "@$tmp/list.txt" > "$tmp/list.jsonl"
"$unxref" extract examples/A_RES_68_192.de.md examples/A_CONF.231_3.de.md > "$tmp/args.jsonl"
check "@LIST reads the paths a file lists" "cmp -s '$tmp/list.jsonl' '$tmp/args.jsonl'"
"$unxref" extract "@$tmp/missing.txt" > /dev/null 2> "$tmp/err.txt"; code=$?
check "a missing list is named, exit 1" "[ $code -eq 1 ] && grep -q 'missing.txt: cannot read the list' '$tmp/err.txt'"
printf '\xef\xbb\xbf  examples/A_RES_68_192.de.md \r\n  # indented comment\r\n\r\nexamples/A_CONF.231_3.de.md\n' > "$tmp/bom.txt"
"$unxref" extract "@$tmp/bom.txt" > "$tmp/bom.jsonl"
check "@LIST with a byte order mark, CRLF, spaces and an indented comment" "cmp -s '$tmp/bom.jsonl' '$tmp/args.jsonl'"
"$unxref" extract @<(printf 'examples/A_RES_68_192.de.md\nexamples/A_CONF.231_3.de.md\n') > "$tmp/pipe_list.jsonl"
check "@LIST from a pipe (process substitution)" "cmp -s '$tmp/pipe_list.jsonl' '$tmp/args.jsonl'"
"$unxref" extract @examples examples/A_RES_68_192.de.md > "$tmp/at_dir.jsonl" 2> "$tmp/err.txt"; code=$?
check "a folder given as @LIST is refused with the reason, the rest read, exit 1" "[ $code -eq 1 ] && grep -q 'examples: a folder, not a list of inputs' '$tmp/err.txt' && grep -q 'A/RES/61/180' '$tmp/at_dir.jsonl'"
timeout 20 "$unxref" extract @/dev/zero > /dev/null 2> "$tmp/err.txt"; code=$?
check "a list that is no list of paths (/dev/zero) is refused, exit 1" "[ $code -eq 1 ] && grep -q 'not a list of inputs' '$tmp/err.txt'"
mkfifo "$tmp/fifo"
timeout 20 "$unxref" extract "$tmp/fifo" examples/A_RES_68_192.de.md > "$tmp/fifo.jsonl" 2> "$tmp/err.txt"; code=$?
check "a named pipe as input is refused without waiting for a writer, the rest read, exit 1" "[ $code -eq 1 ] && grep -q 'fifo: not a regular file' '$tmp/err.txt' && grep -q 'A/RES/61/180' '$tmp/fifo.jsonl'"
timeout 20 "$unxref" stats "$tmp/fifo" examples/A_RES_68_192.de.md > /dev/null 2> "$tmp/err.txt"; code=$?
check "graph and the analyses refuse a named pipe too (no wait in the JSONL peek), exit 1" "[ $code -eq 1 ] && grep -q 'fifo: not a regular file' '$tmp/err.txt'"

"$unxref" extract - < examples/A_RES_68_192.de.md > "$tmp/stdin.jsonl"
check "- reads standard input" "grep -q '\"path\":\"-\".*\"id\":\"A/RES/61/180\"' '$tmp/stdin.jsonl'"
timeout 20 "$unxref" extract --max-bytes 1000 - < /dev/zero > "$tmp/zero.jsonl" 2> "$tmp/err.txt"; code=$?
check "standard input past --max-bytes is refused without reading it all, exit 1" "[ $code -eq 1 ] && grep -q -- '-: too large (more than 1000 bytes' '$tmp/err.txt'"
timeout 20 "$unxref" text --max-bytes 1000 - < /dev/zero > /dev/null 2> "$tmp/err.txt"; code=$?
check "text - past --max-bytes is refused too" "[ $code -eq 1 ] && grep -q -- '-: too large' '$tmp/err.txt'"
# a file whose size the system gives as 0 (/proc) is read to its end, by extract as by stats (the review's case)
if [ -r /proc/version ]; then
    "$unxref" extract /proc/version > "$tmp/proc.jsonl" 2> "$tmp/err.txt"; code=$?
    check "a /proc file (size 0 in stat) is read, not called empty" "[ $code -eq 0 ] && grep -q '\"path\":\"/proc/version\"' '$tmp/proc.jsonl' && ! grep -q 'empty file' '$tmp/err.txt'"
    "$unxref" extract --max-bytes 10 /proc/version > /dev/null 2> "$tmp/err.txt"; code=$?
    check "a /proc file past --max-bytes: more than the limit, not a size it does not know" "[ $code -eq 1 ] && grep -q 'file too large (more than 10 bytes' '$tmp/err.txt'"
fi
# standard input that cannot be read (a folder): the input's error, not an internal one (the review's case)
"$unxref" text - < examples > /dev/null 2> "$tmp/err.txt"; code=$?
check "text - that cannot be read: its reason, exit 1" "[ $code -eq 1 ] && grep -q -- '-: cannot read standard input' '$tmp/err.txt' && ! grep -q 'internal error' '$tmp/err.txt'"
"$unxref" extract - examples/A_RES_68_192.de.md < examples > "$tmp/unreadable.jsonl" 2> /dev/null; code=$?
check "extract - that cannot be read: its error record, the other files read, exit 1" "[ $code -eq 1 ] && grep -q '\"path\":\"-\",\"message\":\"cannot read standard input' '$tmp/unreadable.jsonl' && grep -q 'A/RES/61/180' '$tmp/unreadable.jsonl'"

"$unxref" extract "$tmp/args.jsonl" > /dev/null 2> "$tmp/err.txt"; code=$?
check "extract refuses its own output, exit 1" "[ $code -eq 1 ] && grep -q 'already unxref extraction output' '$tmp/err.txt'"
"$unxref" extract - < "$tmp/args.jsonl" > /dev/null 2> "$tmp/err.txt"; code=$?
check "extract refuses its own output on standard input too, exit 1" "[ $code -eq 1 ] && grep -q -- '-: already unxref extraction output' '$tmp/err.txt'"
"$unxref" text - < examples/A_RES_68_192.de.md > "$tmp/stdin_text.md"
check "text - prints standard input as read" "cmp -s '$tmp/stdin_text.md' examples/A_RES_68_192.de.md"

# map: one shard per document; reduce: graph over the shards equals graph over the documents
"$unxref" extract examples/A_RES_68_192.de.md -o "$tmp/shard1.jsonl"
"$unxref" extract examples/A_CONF.231_3.de.md -o "$tmp/shard2.jsonl"
"$unxref" graph examples/A_RES_68_192.de.md examples/A_CONF.231_3.de.md -o "$tmp/direct.dot" 2>/dev/null
"$unxref" graph "$tmp/shard1.jsonl" "$tmp/shard2.jsonl" -o "$tmp/merged.dot" 2>/dev/null
check "graph over JSONL shards equals graph over the documents" "cmp -s '$tmp/direct.dot' '$tmp/merged.dot'"
cat "$tmp/shard1.jsonl" "$tmp/shard2.jsonl" | "$unxref" graph - -o "$tmp/piped.dot" 2>/dev/null
check "graph reads extraction JSONL from standard input" "cmp -s '$tmp/direct.dot' '$tmp/piped.dot'"
cat "$tmp/shard1.jsonl" "$tmp/shard2.jsonl" | "$unxref" graph --max-bytes 1000 - -o "$tmp/piped_small.dot" 2>/dev/null
check "extraction JSONL on standard input is streamed: --max-bytes limits documents, not shards" "cmp -s '$tmp/direct.dot' '$tmp/piped_small.dot'"
"$unxref" stats "$tmp/shard1.jsonl" > "$tmp/stats_shard.txt" 2>&1
"$unxref" stats examples/A_RES_68_192.de.md > "$tmp/stats_doc.txt" 2>&1
check "stats over a JSONL shard equals stats over the document" "grep -q 'nodes 32' '$tmp/stats_shard.txt' && cmp -s '$tmp/stats_shard.txt' '$tmp/stats_doc.txt'"
# the series a text names travel in the shard ("series":true): lineage --series is the same
series_docs="tests/data/A_RES_78_190.en.txt tests/data/A_RES_79_160.en.txt tests/data/A_RES_80_192.en.txt"
"$unxref" extract $series_docs -o "$tmp/series.jsonl"
"$unxref" lineage A/RES/80/192 --series "$tmp/series.jsonl" > "$tmp/series_shard.txt" 2>&1
"$unxref" lineage A/RES/80/192 --series $series_docs > "$tmp/series_docs.txt" 2>&1
check "lineage --series over a JSONL shard equals lineage over the documents" "grep -q 'A/RES/68/150' '$tmp/series_shard.txt' && cmp -s '$tmp/series_shard.txt' '$tmp/series_docs.txt'"
# a shard rewritten by another JSON writer (Python's json.dumps: spaces after colons), with a
# byte order mark and CRLF line ends, is still extraction output, not a text document
python3 -c 'import json,sys; lines=[json.dumps(json.loads(l), sort_keys=True) for l in open(sys.argv[1])]; open(sys.argv[2],"w",encoding="utf-8-sig",newline="\r\n").write("\n".join(lines)+"\n\n")' "$tmp/shard1.jsonl" "$tmp/python.jsonl"
"$unxref" stats "$tmp/python.jsonl" > "$tmp/stats_python.txt" 2>&1; code=$?
check "a shard from another JSON writer (spaces, keys sorted, BOM, CRLF) is read as extraction output" "[ $code -eq 0 ] && cmp -s '$tmp/stats_python.txt' '$tmp/stats_doc.txt'"
# its first line past the 4 KiB once peeked (keys sorted: "type" after a 5,000-byte title):
# the file's head, the whole file and standard input give the same answer
python3 -c 'import json,sys; lines=[json.loads(l) for l in open(sys.argv[1])]; lines[0]["title"]="T"*5000; open(sys.argv[2],"w").write("".join(json.dumps(l, sort_keys=True)+"\n" for l in lines))' "$tmp/shard1.jsonl" "$tmp/long.jsonl"
"$unxref" stats "$tmp/long.jsonl" > "$tmp/stats_long.txt" 2>&1; code=$?
"$unxref" stats - < "$tmp/long.jsonl" > "$tmp/stats_long_in.txt" 2>&1; code_in=$?
check "a shard whose first line is long is extraction output, file or standard input" "[ $code -eq 0 ] && [ $code_in -eq 0 ] && cmp -s '$tmp/stats_long.txt' '$tmp/stats_doc.txt' && cmp -s '$tmp/stats_long_in.txt' '$tmp/stats_doc.txt'"
"$unxref" extract - < "$tmp/long.jsonl" > /dev/null 2> "$tmp/err.txt"; code=$?
check "extract refuses it from standard input as from a file" "[ $code -eq 1 ] && grep -q -- '-: already unxref extraction output' '$tmp/err.txt'"
printf '{"type":"document","path":"x","symbol":null,"language":"en","bytes":3}\nnot json\n' > "$tmp/bad.jsonl"
"$unxref" graph "$tmp/bad.jsonl" -o "$tmp/bad.dot" 2> "$tmp/err.txt"; code=$?
check "a broken JSONL line is named with its number, exit 1" "[ $code -eq 1 ] && grep -q 'bad.jsonl: line 2: not an extraction record (parse error' '$tmp/err.txt'"

# a .docx whose document.xml claims 4 GB (its size field patched): with a limit that lets it
# through and memory capped, the allocation fails; that file is reported, the other is read
(ulimit -v 2000000; "$unxref" extract -j2 --max-bytes 2000000000 tests/data/oversized_claim.docx examples/A_RES_68_192.de.md > "$tmp/claim.jsonl" 2> "$tmp/err.txt"); code=$?
check "memory exhausted by one file is that file's error, exit 1" "[ $code -eq 1 ] && grep -q 'oversized_claim.docx: out of memory' '$tmp/err.txt' && grep -q 'A/RES/61/180' '$tmp/claim.jsonl'"
(ulimit -v 2000000; "$unxref" text --max-bytes 2000000000 tests/data/oversized_claim.docx examples/A_RES_68_192.de.md > "$tmp/claim.txt" 2> "$tmp/err.txt"); code=$?
check "text too: that file's error, the other printed, exit 1" "[ $code -eq 1 ] && grep -q 'oversized_claim.docx: out of memory' '$tmp/err.txt' && cmp -s '$tmp/claim.txt' examples/A_RES_68_192.de.md"

# Word XML is read a paragraph at a time: damage before, inside or after the body is still
# found, and named with its line
python3 - "$tmp" <<'PY'
import sys, zipfile
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
p = '<w:p><w:r><w:t>Recalling its resolution {}/1,</w:t></w:r></w:p>'
parts = {
    "good": f'<w:document {W}><w:body>{p.format(70)}<w:sdt><w:sdtContent>{p.format(71)}</w:sdtContent></w:sdt>{p.format(72)}</w:body></w:document>',
    "inside": f'<w:document {W}><w:body>{p.format(70)}\n<w:p><w:r></w:p></w:body></w:document>',
    "after": f'<w:document {W}><w:body>{p.format(70)}</w:body>\n\n</w:documentx>',
    "nobody": f'<w:document {W}><w:text>{p.format(70)}</w:text></w:document>',
    "empty": f'<w:document {W}><w:body/></w:document>',
    "cut": f'<w:document {W}><w:body>{p.format(70)}\n<w:p><w:r><w:t>text cut he',
    "hugerun": f'<w:document {W}><w:body><w:p><w:r><w:t>{"x" * 10_000_100}</w:t></w:r></w:p></w:body></w:document>',
}
for name, xml in parts.items():
    with zipfile.ZipFile(f"{sys.argv[1]}/{name}.docx", "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("word/document.xml", xml)
PY
"$unxref" text "$tmp/good.docx" > "$tmp/good.txt"
check "a Word body streamed: paragraphs and a wrapper's content in order" "[ \"\$(grep -c 'Recalling' '$tmp/good.txt')\" = 3 ] && grep -A2 '70/1' '$tmp/good.txt' | grep -q '71/1'"
"$unxref" extract "$tmp/inside.docx" "$tmp/after.docx" "$tmp/nobody.docx" "$tmp/empty.docx" examples/A_RES_68_192.de.md > "$tmp/damaged.jsonl" 2> "$tmp/err.txt"; code=$?
check "Word XML broken inside the body is named with its line" "grep -q 'inside.docx: damaged Word .docx: word/document.xml is not well-formed XML (line 2: ' '$tmp/err.txt'"
check "Word XML broken after the body is found too" "grep -q 'after.docx: damaged Word .docx: word/document.xml is not well-formed XML (line 3: ' '$tmp/err.txt'"
"$unxref" extract "$tmp/cut.docx" "$tmp/hugerun.docx" > /dev/null 2> "$tmp/err2.txt"
check "Word XML cut short is said to be cut short, with its line" "grep -q 'cut.docx: damaged Word .docx: word/document.xml is not well-formed XML (line 2: the XML stops inside an element (cut short))' '$tmp/err2.txt'"
check "a run of text past libxml2's limit is that limit, not damage" "grep -q \"hugerun.docx: Word .docx that cannot be read: word/document.xml, line 1: a run of text longer than libxml2's limit\" '$tmp/err2.txt'"
check "libxml2 prints nothing of its own" "! grep -qv '^unxref: ' '$tmp/err.txt' && ! grep -qv '^unxref: ' '$tmp/err2.txt'"
check "Word XML without a body, or with an empty one, is named" "grep -q 'nobody.docx: damaged Word .docx: word/document.xml has no w:body' '$tmp/err.txt' && grep -q 'empty.docx: .*Word .docx without any text' '$tmp/err.txt'"
check "the damaged Word files are error records, the other file is read, exit 1" "[ $code -eq 1 ] && [ \$(grep -c '\"type\":\"document\"' '$tmp/damaged.jsonl') = 1 ] && [ \$(grep -c '\"type\":\"error\",\"path\":\"[^\"]*docx' '$tmp/damaged.jsonl') = 4 ]"

# PDF, Word and HTML readers come from the module beside the executable, loaded at the
# first such input: a copy of the program without it still reads text, and says why not PDF
cp "$unxref" "$tmp/unxref-alone"
"$tmp/unxref-alone" extract tests/data/A_RES_80_6.en.pdf examples/A_RES_68_192.de.md > "$tmp/alone.jsonl" 2> "$tmp/err.txt"; code=$?
check "without the format module a PDF is refused with the reason, exit 1" "[ $code -eq 1 ] && grep -q 'A_RES_80_6.en.pdf: cannot read this format: the PDF/Word/HTML module libunxref_formats.so could not be loaded' '$tmp/err.txt'"
check "without the format module text files are still read" "grep -q '\"id\":\"A/RES/61/180\"' '$tmp/alone.jsonl'"
mkdir "$tmp/broken" && cp "$unxref" "$tmp/broken/" && echo "not a library" > "$tmp/broken/libunxref_formats.so"
"$tmp/broken/unxref" extract tests/data/A_RES_80_6.en.pdf > /dev/null 2> "$tmp/err.txt"; code=$?
check "a module that is there but broken is named with the loader's reason" "[ $code -eq 1 ] && grep -q 'could not be loaded (.*broken/libunxref_formats.so: file too short' '$tmp/err.txt'"
"$unxref" extract tests/data/A_RES_80_6.en.pdf > "$tmp/pdf.jsonl" 2> "$tmp/err.txt"; code=$?
check "with the module beside it the PDF is read" "[ $code -eq 0 ] && grep -q '\"type\":\"reference\"' '$tmp/pdf.jsonl'"

[ $fail -eq 0 ] && echo "inputs: all checks passed"
exit $fail
