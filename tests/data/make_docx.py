#!/usr/bin/env python3
"""Builds a small, valid Word .docx from a Secretariat report of ../shared/corpus/reports:
its text (paragraphs, `cell | cell` rows as real tables, the footnotes after `____` as
word/footnotes.xml with w:footnoteReference marks) and the hyperlinks the UN put on cited
symbols (links.json) as real w:hyperlink elements with relationship targets.

Two links are changed on purpose, to test what the reader and the checker do with them:
the first link on `MISMATCH_TEXT` points at another resolution (`MISMATCH_TARGET`), and the
first link on `FIELD_TEXT` is written as a HYPERLINK field instead of a w:hyperlink.

usage: make_docx.py REPORT.en.txt OUT.docx   (the links are read from REPORT.en.links.json)
"""
import json
import re
import sys
import zipfile
from xml.sax.saxutils import escape, quoteattr

MISMATCH_TEXT, MISMATCH_TARGET = "78/302", "https://docs.un.org/en/A/RES/78/303"
FIELD_TEXT = "1244 (1999)"

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
REL = "http://schemas.openxmlformats.org/package/2006/relationships"
HYPERLINK_TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink"


def runs(text):
    """w:r elements for plain text (tabs as w:tab)."""
    out = []
    for i, piece in enumerate(text.split("\t")):
        if i:
            out.append("<w:r><w:tab/></w:r>")
        if piece:
            out.append(f'<w:r><w:t xml:space="preserve">{escape(piece)}</w:t></w:r>')
    return "".join(out)


class Builder:
    def __init__(self, text, links):
        self.text = text
        self.links = links  # (start, end, target, as_field), code point offsets into text
        self.relationships = []
        self.footnote_marks = {}  # code point offset of a marker -> (label length, footnote id)

    def relationship(self, target):
        rid = f"rIdLink{len(self.relationships) + 1}"
        self.relationships.append((rid, target))
        return rid

    def inline(self, start, end):
        """Runs for text[start:end], with links and footnote marks inside it."""
        out, at = [], start
        events = sorted([(s, "link", (e, t, f)) for s, e, t, f in self.links if start <= s and e <= end] +
                        [(s, "note", m) for s, m in self.footnote_marks.items() if start <= s < end])
        for s, kind, data in events:
            if s < at:
                continue  # overlapping duplicates
            out.append(runs(self.text[at:s]))
            if kind == "link":
                e, target, as_field = data
                label = runs(self.text[s:e])
                if as_field:
                    out.append('<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
                               f'<w:r><w:instrText xml:space="preserve"> HYPERLINK {escape(quoteattr(target))} </w:instrText></w:r>'
                               f'<w:r><w:fldChar w:fldCharType="separate"/></w:r>{label}'
                               '<w:r><w:fldChar w:fldCharType="end"/></w:r>')
                else:
                    out.append(f'<w:hyperlink r:id="{self.relationship(target)}">{label}</w:hyperlink>')
                at = e
            else:
                length, note_id = data
                out.append('<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
                           f'<w:footnoteReference w:id="{note_id}"/></w:r>')
                at = s + length
        out.append(runs(self.text[at:end]))
        return "".join(out)

    def paragraph(self, start, end):
        return f"<w:p>{self.inline(start, end)}</w:p>"

    def table(self, rows):
        xml = ["<w:tbl><w:tblPr><w:tblW w:w=\"0\" w:type=\"auto\"/></w:tblPr>"]
        for start, end in rows:
            xml.append("<w:tr>")
            cell_start = start
            for m in list(re.finditer(r" \| ", self.text[start:end])) + [None]:
                cell_end = start + m.start() if m else end
                xml.append(f"<w:tc>{self.paragraph(cell_start, cell_end)}</w:tc>")
                if m:
                    cell_start = start + m.end()
            xml.append("</w:tr>")
        xml.append("</w:tbl>")
        return "".join(xml)


def line_spans(text):
    spans, at = [], 0
    for line in text.split("\n"):
        spans.append((at, at + len(line)))
        at += len(line) + 1
    return spans


def main(report, out_path):
    text = open(report, encoding="utf-8").read()
    raw = json.load(open(report.replace(".en.txt", ".en.links.json"), encoding="utf-8"))
    seen, links = set(), []
    mismatch_done = field_done = False
    for link in sorted(raw, key=lambda l: (l["start"], l["end"])):
        key = (link["start"], link["end"])
        if key in seen:
            continue
        seen.add(key)
        target, as_field = link["target"], False
        if link["text"] == MISMATCH_TEXT and not mismatch_done:
            target, mismatch_done = MISMATCH_TARGET, True
        elif link["text"] == FIELD_TEXT and not field_done:
            as_field, field_done = True, True
        links.append((link["start"], link["end"], target, as_field))
    assert mismatch_done and field_done, "the report lacks the links this script changes"

    builder = Builder(text, links)
    spans = line_spans(text)
    # footnotes: "N  text" lines after a "____" line; each marker is the last "N" glued to a
    # word or closing bracket before the separator
    notes = []
    separator = next((i for i, (s, e) in enumerate(spans) if re.fullmatch(r"_{5,}", text[s:e])), None)
    body_lines = spans
    if separator is not None:
        body_end = spans[separator][0]
        for s, e in spans[separator + 1:]:
            m = re.match(r"(\d{1,3}) +(.*)", text[s:e])
            if not m:
                break
            label = m.group(1)
            marks = [x for x in re.finditer(rf"(?:(?<=[A-Za-z)\]])|(?<=[A-Za-z][.,;:])){label}(?![\d/])",
                                            text[:body_end])]
            assert marks, f"no marker for footnote {label}"
            note_id = len(notes) + 1
            builder.footnote_marks[marks[-1].start()] = (len(label), note_id)
            notes.append((note_id, s + m.start(2), e))
        body_lines = [sp for i, sp in enumerate(spans) if i < separator or i > separator + len(notes)]

    body, rows = [], []
    for s, e in body_lines:
        if " | " in text[s:e]:
            rows.append((s, e))
            continue
        if rows:
            body.append(builder.table(rows))
            rows = []
        body.append(builder.paragraph(s, e))
    if rows:
        body.append(builder.table(rows))

    document = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                f'<w:document xmlns:w="{W}" xmlns:r="{R}"><w:body>{"".join(body)}'
                '<w:sectPr/></w:body></w:document>')
    footnotes = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:footnotes xmlns:w="{W}" xmlns:r="{R}">'
                 '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
                 '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>')
    for note_id, s, e in notes:
        footnotes += (f'<w:footnote w:id="{note_id}"><w:p><w:r><w:footnoteRef/></w:r>'
                      f'<w:r><w:t xml:space="preserve"> </w:t></w:r>{builder.inline(s, e)}</w:p></w:footnote>')
    footnotes += "</w:footnotes>"
    rels = "".join(f'<Relationship Id="{rid}" Type="{HYPERLINK_TYPE}" Target={quoteattr(t)} TargetMode="External"/>'
                   for rid, t in builder.relationships)
    document_rels = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="{REL}">'
                     '<Relationship Id="rIdFootnotes" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/>'
                     f"{rels}</Relationships>")
    content_types = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                     '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                     '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                     '<Default Extension="xml" ContentType="application/xml"/>'
                     '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
                     '<Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/>'
                     "</Types>")
    package_rels = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="{REL}">'
                    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
                    "</Relationships>")
    with zipfile.ZipFile(out_path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in [("[Content_Types].xml", content_types), ("_rels/.rels", package_rels),
                           ("word/document.xml", document), ("word/_rels/document.xml.rels", document_rels),
                           ("word/footnotes.xml", footnotes)]:
            info = zipfile.ZipInfo(name, date_time=(2025, 1, 1, 0, 0, 0))  # reproducible bytes
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data)
    print(f"{out_path}: {len(links)} links, {len(notes)} footnotes, {len(body)} blocks")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
