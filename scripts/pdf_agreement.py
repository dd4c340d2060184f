#!/usr/bin/env python3
"""PDF input against the text renditions of the same documents: runs `unxref extract` on each
of the 24 PDFs of ../shared/corpus/pdf (read through poppler) and on its `.en.pdftotext.txt`
(made by `pdftotext -layout`), and compares the sets of cited ids (resolutions, decisions,
documents, treaties). Also shown, for information: the same comparison with the UN pipeline's
own text of the document (ga/ or reports/ `X.en.txt`), and footnote definitions found.

Fails when the share of ids both PDF readings agree on (|both| / |either|) is below --min-agreement.
"""
import argparse
import json
import subprocess
import sys
from pathlib import Path

CITATIONS = {"resolution", "decision", "document", "treaty"}


def references(unxref, path):
    run = subprocess.run([unxref, "extract", str(path)], capture_output=True, text=True)
    ids, footnotes, errors = set(), 0, []
    for line in run.stdout.splitlines():
        record = json.loads(line)
        if record["type"] == "error":
            errors.append(record["message"])
        elif record["type"] == "reference":
            if record["kind"] in CITATIONS:
                ids.add(record["id"])
            footnotes += record["kind"] == "footnote"
    return ids, footnotes, errors


def main():
    here = Path(__file__).resolve().parent
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--unxref", default=str(here.parent / "build" / "unxref"))
    parser.add_argument("--corpus", default=str(here.parent.parent / "shared" / "corpus"))
    parser.add_argument("--min-agreement", type=float, default=0.0, help="percent")
    args = parser.parse_args()
    corpus = Path(args.corpus)
    pdfs = sorted((corpus / "pdf").glob("*.pdf"))
    if not pdfs:
        sys.exit(f"no PDFs in {corpus / 'pdf'}")

    both = either = text_both = text_either = failures = 0
    print(f"{'document':24} {'ids':>4} {'-pt':>4} {'+pt':>4} {'fn':>4} {'fn pt':>5} | {'txt':>4} {'-txt':>4} {'+txt':>4} {'fn txt':>6}")
    for pdf in pdfs:
        stem = pdf.name[: -len(".pdf")]  # A_RES_80_6.en
        ids, notes, errors = references(args.unxref, pdf)
        if errors:
            print(f"{stem}: {'; '.join(errors)}")
            failures += 1
            continue
        pt_ids, pt_notes, _ = references(args.unxref, pdf.with_name(stem + ".pdftotext.txt"))
        both += len(ids & pt_ids)
        either += len(ids | pt_ids)
        row = f"{stem[:24]:24} {len(ids):4} {len(pt_ids - ids):4} {len(ids - pt_ids):4} {notes:4} {pt_notes:5} |"
        own = [p for folder in ("ga", "reports") for p in [corpus / folder / (stem + ".txt")] if p.exists()]
        if own:
            txt_ids, txt_notes, _ = references(args.unxref, own[0])
            text_both += len(ids & txt_ids)
            text_either += len(ids | txt_ids)
            row += f" {len(txt_ids):4} {len(txt_ids - ids):4} {len(ids - txt_ids):4} {txt_notes:6}"
        print(row)

    agreement = 100.0 * both / either if either else 100.0
    print(f"\n{len(pdfs)} PDFs, {failures} unreadable")
    print(f"poppler vs pdftotext -layout: {both} of {either} ids in both ({agreement:.1f}%)")
    if text_either:
        print(f"poppler vs the UN text rendition: {text_both} of {text_either} ids in both "
              f"({100.0 * text_both / text_either:.1f}%; the budget fascicles' text comes from Word, "
              "where a two-column PDF table reads other organ phrases)")
    if failures or agreement < args.min_agreement:
        sys.exit(f"FAIL: agreement {agreement:.1f}% (floor {args.min_agreement}%), {failures} unreadable")


if __name__ == "__main__":
    main()
