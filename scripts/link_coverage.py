#!/usr/bin/env python3
"""Measure how well unxref's extraction covers the UN's own hyperlinks.

The corpus folder holds pairs of files:

  X.en.txt         the text of a UN report
  X.en.links.json  the hyperlinks the UN put in the original, as a list of
                   {start, end, text, target}; start/end are code-point
                   offsets into X.en.txt

Only links whose target names a UN document count (the path after the host,
with an optional language segment such as "en/" removed, contains a '/' and
starts with a letter).  Duplicate links (same start, end and target) count
once.

unxref is run as `unxref extract --format jsonl <the *.en.txt files>`; its
references of kind resolution, decision, document and treaty (whose begin/end
are byte offsets) are matched against the links:

  coverage     links overlapped by at least one such reference / all links
  id agreement covered links where an overlapping reference's id equals the
               link's symbol (case-insensitive, spaces removed) / covered links

It exits 0 when it ran, 1 when a figure is below --min-coverage/--min-same-id
(both optional), and 2 on usage errors or when unxref is missing or fails to
produce output.

Usage: scripts/link_coverage.py [--unxref PATH] [--corpus DIR] [--verbose]
                                [--misses] [--min-coverage PCT] [--min-same-id PCT]
"""

from __future__ import annotations

import argparse
import bisect
import json
import os
import re
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import unquote, urlsplit

SCRIPT_DIR = Path(__file__).resolve().parent
REPO_ROOT = SCRIPT_DIR.parent
DEFAULT_UNXREF = REPO_ROOT / "build" / "unxref"
DEFAULT_CORPUS = REPO_ROOT.parent / "shared" / "corpus" / "reports"

COUNTED_KINDS = frozenset({"resolution", "decision", "document", "treaty"})

# A leading language segment of a docs.un.org / undocs.org path: "en/", "fr/",
# "zh/"... (two letters, optionally a region such as "zh-cn").
LANGUAGE_SEGMENT = re.compile(r"^[a-z]{2}(?:-[a-z]{2,4})?/", re.IGNORECASE)

CONTEXT_CHARS = 40


def normalise_symbol(symbol: str) -> str:
    """Spaces removed, upper case: the form ids are compared in."""
    return re.sub(r"\s+", "", symbol).upper()


def target_symbol(target: str) -> str | None:
    """The UN symbol a link target names, or None when it names none.

    "https://docs.un.org/en/A/RES/78/250B" -> "A/RES/78/250B"
    "http://www.un.org/en/delegate"        -> None
    """
    parts = urlsplit(target.strip())
    path = unquote(parts.path) if parts.scheme else unquote(target.strip())
    path = path.lstrip("/")
    path = LANGUAGE_SEGMENT.sub("", path, count=1)
    path = path.rstrip("/")
    path = re.sub(r"\s+", "", path)
    if not path or "/" not in path or not path[0].isalpha():
        return None
    return path.upper()


@dataclass
class Link:
    start: int  # code points
    end: int
    text: str
    target: str
    symbol: str
    byte_begin: int = 0
    byte_end: int = 0


@dataclass
class Reference:
    kind: str
    id: str
    text: str
    begin: int  # bytes
    end: int


@dataclass
class FileResult:
    name: str
    links: int = 0
    covered: int = 0
    same_id: int = 0
    # (link, overlapping counted references, overlapping other references)
    missed: list = field(default_factory=list)
    mismatched: list = field(default_factory=list)


class Text:
    """A file's text with code-point -> byte and code-point -> line maps."""

    def __init__(self, path: Path):
        with path.open(encoding="utf-8", newline="") as f:
            self.text = f.read()
        # byte offset of every code point, plus one past the end
        offsets = [0] * (len(self.text) + 1)
        b = 0
        for i, ch in enumerate(self.text):
            offsets[i] = b
            o = ord(ch)
            b += 1 if o < 0x80 else 2 if o < 0x800 else 3 if o < 0x10000 else 4
        offsets[len(self.text)] = b
        self.byte_offsets = offsets
        self.line_starts = [0] + [m.end() for m in re.finditer("\n", self.text)]

    def to_bytes(self, cp: int) -> int:
        cp = max(0, min(cp, len(self.text)))
        return self.byte_offsets[cp]

    def line_of(self, cp: int) -> int:
        return bisect.bisect_right(self.line_starts, cp)

    def context(self, start: int, end: int) -> str:
        lo = max(0, start - CONTEXT_CHARS)
        hi = min(len(self.text), end + CONTEXT_CHARS)
        before = self.text[lo:start]
        inside = self.text[start:end]
        after = self.text[end:hi]
        snippet = f"{before}[[{inside}]]{after}"
        # keep line breaks visible (table rows are one line each)
        snippet = re.sub(r"[ \t\r\f\v]*\n\s*", " ⏎ ", snippet)
        snippet = re.sub(r"[^\S\n]+", " ", snippet).strip()
        return ("..." if lo > 0 else "") + snippet + ("..." if hi < len(self.text) else "")


def load_links(path: Path, text: Text) -> list[Link]:
    with path.open(encoding="utf-8") as f:
        raw = json.load(f)
    seen = set()
    links = []
    for item in raw:
        key = (item["start"], item["end"], item["target"])
        if key in seen:
            continue
        seen.add(key)
        symbol = target_symbol(item["target"])
        if symbol is None:
            continue
        link = Link(item["start"], item["end"], item.get("text", ""), item["target"], symbol)
        link.byte_begin = text.to_bytes(link.start)
        link.byte_end = text.to_bytes(link.end)
        links.append(link)
    links.sort(key=lambda l: (l.start, l.end))
    return links


def run_unxref(unxref: Path, files: list[Path]) -> dict[str, list[Reference]]:
    """References per file (keyed by resolved path) from unxref's JSON Lines."""
    cmd = [str(unxref), "extract", "--format", "jsonl", *map(str, files)]
    try:
        proc = subprocess.run(cmd, capture_output=True, text=True, encoding="utf-8")
    except OSError as e:
        print(f"link_coverage: cannot run {unxref}: {e}", file=sys.stderr)
        sys.exit(2)
    if proc.returncode != 0:
        sys.stderr.write(proc.stderr)
        if not proc.stdout.strip():
            print(f"link_coverage: {unxref} exited with {proc.returncode} and no output",
                  file=sys.stderr)
            sys.exit(2)
        print(f"link_coverage: warning: {unxref} exited with {proc.returncode}",
              file=sys.stderr)
    refs: dict[str, list[Reference]] = {}
    for n, line in enumerate(proc.stdout.splitlines(), 1):
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as e:
            print(f"link_coverage: warning: unxref output line {n} is not JSON: {e}",
                  file=sys.stderr)
            continue
        if rec.get("type") != "reference":
            continue
        key = os.path.realpath(rec.get("path", ""))
        refs.setdefault(key, []).append(Reference(
            kind=rec.get("kind", ""),
            id=rec.get("id") or "",
            text=rec.get("text") or "",
            begin=int(rec.get("begin", 0)),
            end=int(rec.get("end", 0)),
        ))
    return refs


def overlaps(link: Link, ref: Reference) -> bool:
    if link.byte_begin == link.byte_end:  # empty link: inside the reference
        return ref.begin <= link.byte_begin < ref.end
    return ref.begin < link.byte_end and link.byte_begin < ref.end


def measure(txt: Path, links_path: Path, refs: list[Reference]) -> tuple[FileResult, Text]:
    text = Text(txt)
    result = FileResult(txt.name)
    links = load_links(links_path, text)
    counted = sorted((r for r in refs if r.kind in COUNTED_KINDS), key=lambda r: r.begin)
    others = [r for r in refs if r.kind not in COUNTED_KINDS]
    for link in links:
        result.links += 1
        hits = [r for r in counted if overlaps(link, r)]
        if not hits:
            result.missed.append((link, [], [r for r in others if overlaps(link, r)]))
            continue
        result.covered += 1
        if any(normalise_symbol(r.id) == link.symbol for r in hits):
            result.same_id += 1
        else:
            result.mismatched.append((link, hits, []))
    return result, text


def hrc_row_linked_as_ga(link: Link, hits: list[Reference]) -> bool:
    """A Human Rights Council resolution or decision (unxref's id, from the table heading) that
    the UN linked to the General Assembly act with the same numbers: an error of the answer key."""
    if not link.symbol.startswith(("A/RES/", "A/DEC/")):
        return False
    numbers = link.symbol[len("A/RES/"):]
    council = {"A/HRC/RES/" + numbers, "A/HRC/DEC/" + numbers}
    return any(normalise_symbol(r.id) in council for r in hits)


def pct(n: int, d: int) -> str:
    return f"{100.0 * n / d:.1f}%" if d else "n/a"


def describe(name: str, text: Text, link: Link, hits: list[Reference],
             others: list[Reference]) -> str:
    found = ", ".join(r.id or f"<{r.kind}>" for r in hits) or "-"
    if others:
        found += "; other kinds: " + ", ".join(f"{r.kind}:{r.id or r.text}" for r in others)
    shown = re.sub(r"\s+", " ", link.text)
    return (f"{name}:{text.line_of(link.start)}: {shown} -> {link.target} (found: {found})\n"
            f"    {text.context(link.start, link.end)}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        description="Measure how well unxref's references cover the UN's hyperlinks.")
    ap.add_argument("--unxref", type=Path, default=DEFAULT_UNXREF,
                    help=f"unxref binary (default: {DEFAULT_UNXREF})")
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS,
                    help=f"folder of X.en.txt / X.en.links.json pairs (default: {DEFAULT_CORPUS})")
    ap.add_argument("-v", "--verbose", action="store_true", help="print a line per file")
    ap.add_argument("--misses", action="store_true",
                    help="list every missed link and every link found with a different id")
    ap.add_argument("--min-coverage", type=float, default=None,
                    help="exit 1 if the covered share (percent) is below this")
    ap.add_argument("--min-same-id", type=float, default=None,
                    help="exit 1 if the same-id share of covered links (percent) is below this")
    args = ap.parse_args(argv)

    unxref: Path = args.unxref
    if not unxref.is_file() or not os.access(unxref, os.X_OK):
        print(f"link_coverage: unxref binary not found or not executable: {unxref}",
              file=sys.stderr)
        return 2
    corpus: Path = args.corpus
    if not corpus.is_dir():
        print(f"link_coverage: corpus folder not found: {corpus}", file=sys.stderr)
        return 2
    txts = sorted(p.resolve() for p in corpus.glob("*.en.txt") if p.is_file())
    if not txts:
        print(f"link_coverage: no *.en.txt files in {corpus}", file=sys.stderr)
        return 2

    refs = run_unxref(unxref, txts)

    results: list[tuple[FileResult, Text]] = []
    for txt in txts:
        links_path = txt.with_name(txt.name[: -len(".txt")] + ".links.json")
        if not links_path.is_file():
            if args.verbose:
                print(f"{txt.name}: no links file, skipped")
            continue
        results.append(measure(txt, links_path, refs.get(os.path.realpath(txt), [])))

    total = sum(r.links for r, _ in results)
    covered = sum(r.covered for r, _ in results)
    same = sum(r.same_id for r, _ in results)

    if args.verbose:
        width = max(len(r.name) for r, _ in results) if results else 0
        for r, _ in results:
            print(f"{r.name:<{width}}  links {r.links:4d}  covered {r.covered:4d} "
                  f"({pct(r.covered, r.links):>6})  same id {r.same_id:4d} "
                  f"({pct(r.same_id, r.covered):>6})")
        print()

    print(f"files: {len(results)}")
    print(f"links: {total}")
    print(f"covered: {covered} ({pct(covered, total)})")
    print(f"same id: {same} of covered ({pct(same, covered)})")
    key_errors = sum(1 for r, _ in results for link, hits, _ in r.mismatched if hrc_row_linked_as_ga(link, hits))
    print(f"same id, not counting {key_errors} Human Rights Council rows the UN linked to the GA act "
          f"with the same numbers: {same} of {covered - key_errors} ({pct(same, covered - key_errors)})")

    if args.misses:
        missed = [(r.name, t, *m) for r, t in results for m in r.missed]
        mismatched = [(r.name, t, *m) for r, t in results for m in r.mismatched]
        print()
        print(f"missed ({len(missed)}): no {'/'.join(sorted(COUNTED_KINDS))} reference overlaps")
        for name, text, link, hits, others in missed:
            print(describe(name, text, link, hits, others))
        print()
        print(f"different id ({len(mismatched)}): covered, but no overlapping reference has the link's symbol")
        for name, text, link, hits, others in mismatched:
            print(describe(name, text, link, hits, others))
    below = []
    if args.min_coverage is not None and 100.0 * covered / max(total, 1) < args.min_coverage:
        below.append(f"coverage below {args.min_coverage}%")
    if args.min_same_id is not None and 100.0 * same / max(covered, 1) < args.min_same_id:
        below.append(f"same-id share below {args.min_same_id}%")
    for message in below:
        print(f"link_coverage: {message}", file=sys.stderr)
    return 1 if below else 0


if __name__ == "__main__":
    sys.exit(main())
