#!/usr/bin/env python3
"""Runs `unxref compare` on every group of ../shared/corpus/multilingual (English against
each other language) and prints how many pairs agree and which findings the others have.

Usage: compare_multilingual.py [--unxref build/unxref] [--corpus DIR] [--show CODE:LANG]
"""
import argparse
import collections
import json
import os
import subprocess
import sys

LANGS = ["fr", "es", "ru", "ar", "zh"]


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    parser = argparse.ArgumentParser()
    parser.add_argument("--unxref", default=os.path.join(here, "..", "build", "unxref"))
    parser.add_argument("--corpus", default=os.path.join(here, "..", "..", "shared", "corpus", "multilingual"))
    parser.add_argument("--show", action="append", default=[], help="print findings with CODE in LANG, e.g. changed:fr")
    args = parser.parse_args()

    groups = sorted(f[: -len(".en.txt")] for f in os.listdir(args.corpus) if f.endswith(".en.txt"))
    show = {tuple(s.split(":")) for s in args.show}
    print(f"{len(groups)} groups")
    print("lang  agree  differ  failed  with refs  agree with refs  en refs  matched  missing  extra  changed  "
          "ibid_vs_full  footnote_count")
    for lang in LANGS:
        agree = differ = failed = refs = matched = with_refs = agree_with_refs = 0
        codes = collections.Counter()
        for g in groups:
            a = os.path.join(args.corpus, f"{g}.en.txt")
            b = os.path.join(args.corpus, f"{g}.{lang}.txt")
            run = subprocess.run([args.unxref, "compare", "--format", "json", a, b], capture_output=True, text=True)
            if run.returncode not in (0, 1):
                failed += 1
                print(f"  failed: {g}.{lang}: {run.stderr.strip()}", file=sys.stderr)
                continue
            report = json.loads(run.stdout)
            agree += report["agree"]
            differ += not report["agree"]
            summary = report["summary"]
            if summary["references_original"] or summary["references_translation"]:
                with_refs += 1
                agree_with_refs += report["agree"]
            refs += report["summary"]["references_original"]
            matched += report["summary"]["matched"]
            for f in report["findings"]:
                codes[f["code"]] += 1
                if (f["code"], lang) in show:
                    print(f"  {g}.{lang}: {f['message']}")
        print(f"{lang:4}  {agree:5}  {differ:6}  {failed:6}  {with_refs:9}  {agree_with_refs:15}  {refs:7}  {matched:7}  "
              f"{codes['missing']:7}  "
              f"{codes['extra']:5}  {codes['changed']:7}  {codes['ibid_vs_full']:12}  {codes['footnote_count']:14}")


if __name__ == "__main__":
    main()
