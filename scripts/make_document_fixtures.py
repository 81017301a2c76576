#!/usr/bin/env python3
"""Writes the hand-built and hostile document fixtures into tests/fixtures/documents/.

Called by scripts/make_document_fixtures.sh after LibreOffice has converted the .fodt sources.
Standard library only. The files:

- word-features.docm: a Word package written by hand (as Word writes it, not LibreOffice), for what
  LibreOffice never writes: a restart through w:startOverride, w:lvlRestart, legal numbering
  (w:isLgl), numbering inherited through a style's basedOn chain, headings numbered through the
  w:pStyle link in numbering.xml, tracked changes, an image, a footnote, hidden text, a field code,
  a nested table, a table of contents, and a VBA project (never run; it is junk bytes here).
- truncated.docx: accommodation-spec.docx cut in half.
- bomb.docx: one entry that honestly declares 120 MB of zeros (over the 100 MB cap).
- bomb-lying.docx: the same entry with its headers patched to claim 1,000 bytes.
- legacy.doc: an OLE compound file header and junk (what an old .doc starts with).
- spec.rtf: a small Rich Text file.
"""

import io
import struct
import sys
import zipfile
from pathlib import Path

OUT = Path(sys.argv[1] if len(sys.argv) > 1 else "tests/fixtures/documents")

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS = (
    f'xmlns:w="{W}" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"'
)

CONTENT_TYPES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.ms-word.document.macroEnabled.main+xml"/>
<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>
<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>
<Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/>
</Types>"""

ROOT_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
</Relationships>"""

DOC_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>
<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/>
<Relationship Id="rId4" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/>
</Relationships>"""


def style(style_id, name, based_on=None, num_id=None, ilvl=None, outline=None, default=False):
    parts = [f'<w:name w:val="{name}"/>']
    if based_on:
        parts.append(f'<w:basedOn w:val="{based_on}"/>')
    ppr = []
    if num_id is not None or ilvl is not None:
        num = ""
        if ilvl is not None:
            num += f'<w:ilvl w:val="{ilvl}"/>'
        if num_id is not None:
            num += f'<w:numId w:val="{num_id}"/>'
        ppr.append(f"<w:numPr>{num}</w:numPr>")
    if outline is not None:
        ppr.append(f'<w:outlineLvl w:val="{outline}"/>')
    if ppr:
        parts.append(f"<w:pPr>{''.join(ppr)}</w:pPr>")
    default_attr = ' w:default="1"' if default else ""
    return f'<w:style w:type="paragraph"{default_attr} w:styleId="{style_id}">{"".join(parts)}</w:style>'


STYLES = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles {NS}>
{style("Normal", "Normal", default=True)}
{style("Heading1", "heading 1", "Normal", num_id=3, outline=0)}
{style("Heading2", "heading 2", "Normal", num_id=3, ilvl=1, outline=1)}
{style("ClauseBase", "Clause base", "Normal", num_id=1, ilvl=0)}
{style("Clause", "Clause", "ClauseBase")}
{style("Subclause", "Subclause", "ClauseBase", ilvl=1)}
{style("TOC1", "toc 1", "Normal")}
</w:styles>"""


def level(ilvl, fmt, text, start=1, restart=None, legal=False, pstyle=None):
    extra = ""
    if restart is not None:
        extra += f'<w:lvlRestart w:val="{restart}"/>'
    if pstyle:
        extra += f'<w:pStyle w:val="{pstyle}"/>'
    if legal:
        extra += "<w:isLgl/>"
    return (
        f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="{start}"/>{extra}<w:numFmt w:val="{fmt}"/>'
        f'<w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/>'
        f'<w:pPr><w:ind w:left="{720 * (ilvl + 1)}" w:hanging="720"/></w:pPr></w:lvl>'
    )


BULLET = "\uf0b7"  # Word's Symbol-font bullet

NUMBERING = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering {NS}>
<w:abstractNum w:abstractNumId="10"><w:multiLevelType w:val="multilevel"/>
{level(0, "decimal", "%1.")}{level(1, "decimal", "%1.%2")}{level(2, "lowerLetter", "%3)")}
</w:abstractNum>
<w:abstractNum w:abstractNumId="11"><w:multiLevelType w:val="multilevel"/>
{level(0, "upperRoman", "%1.")}{level(1, "decimal", "%1.%2", legal=True)}{level(2, "upperLetter", "%3.", restart=0)}
</w:abstractNum>
<w:abstractNum w:abstractNumId="12"><w:multiLevelType w:val="multilevel"/>
{level(0, "decimal", "%1", pstyle="Heading1")}{level(1, "decimal", "%1.%2", pstyle="Heading2")}
</w:abstractNum>
<w:abstractNum w:abstractNumId="13"><w:multiLevelType w:val="hybridMultilevel"/>
{level(0, "bullet", BULLET)}
</w:abstractNum>
<w:abstractNum w:abstractNumId="14"><w:multiLevelType w:val="singleLevel"/>
{level(0, "lowerRoman", "(%1)", start=4)}
</w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="10"/></w:num>
<w:num w:numId="2"><w:abstractNumId w:val="10"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>
<w:num w:numId="3"><w:abstractNumId w:val="12"/></w:num>
<w:num w:numId="4"><w:abstractNumId w:val="11"/></w:num>
<w:num w:numId="5"><w:abstractNumId w:val="13"/></w:num>
<w:num w:numId="6"><w:abstractNumId w:val="14"/></w:num>
<w:num w:numId="7"><w:abstractNumId w:val="10"/></w:num>
</w:numbering>"""


def run(text, extra=""):
    return f'<w:r>{extra}<w:t xml:space="preserve">{text}</w:t></w:r>'


def para(body, style_id=None, num=None):
    ppr = ""
    if style_id or num:
        inner = f'<w:pStyle w:val="{style_id}"/>' if style_id else ""
        if num:
            inner += f'<w:numPr><w:ilvl w:val="{num[1]}"/><w:numId w:val="{num[0]}"/></w:numPr>'
        ppr = f"<w:pPr>{inner}</w:pPr>"
    return f"<w:p>{ppr}{body}</w:p>"


def cell(*paragraphs):
    return f'<w:tc><w:tcPr><w:tcW w:w="4000" w:type="dxa"/></w:tcPr>{"".join(paragraphs)}</w:tc>'


def table(*rows):
    grid = '<w:tblGrid><w:gridCol w:w="4000"/><w:gridCol w:w="4000"/></w:tblGrid>'
    body = "".join(f"<w:tr>{''.join(cells)}</w:tr>" for cells in rows)
    return f'<w:tbl><w:tblPr><w:tblW w:w="8000" w:type="dxa"/></w:tblPr>{grid}{body}</w:tbl>'


DRAWING = (
    '<w:r><w:drawing><wp:inline><wp:extent cx="1000" cy="1000"/><wp:docPr id="1" name="Logo"/>'
    '<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture"/>'
    "</a:graphic></wp:inline></w:drawing></w:r>"
)

TOC = (
    '<w:sdt><w:sdtPr><w:docPartObj><w:docPartGallery w:val="Table of Contents"/><w:docPartUnique/>'
    "</w:docPartObj></w:sdtPr><w:sdtContent>"
    + para(run("Contents"), "TOC1")
    + para(run("1 Scope") + "<w:r><w:tab/></w:r>" + run("1"), "TOC1")
    + "</w:sdtContent></w:sdt>"
)

BODY = "".join(
    [
        TOC,
        para(DRAWING + run("Approved Premises Move-On Service"), None),
        para(run("Scope"), "Heading1"),
        para(run("This schedule applies to move-on accommodation from approved premises."), "Clause"),
        para(run("Move-on support starts eight weeks before the planned departure date."), "Subclause"),
        para(
            run("The Provider shall agree a move-on plan with the person")
            + '<w:ins w:id="1" w:author="Commissioner" w:date="2026-11-02T10:00:00Z">'
            + run(" and their Probation Practitioner")
            + "</w:ins>"
            + '<w:del w:id="2" w:author="Commissioner" w:date="2026-11-02T10:00:00Z">'
            + '<w:r><w:delText xml:space="preserve"> where possible</w:delText></w:r></w:del>'
            + run("."),
            "Subclause",
        ),
        para(run("Plans are reviewed at least monthly."), None, (1, 2)),
        para(run("Plans are shared with the person in writing."), None, (1, 2)),
        para(run("The Provider shall record the outcome of each plan."), "Clause"),
        para(run("Referrals"), "Heading1"),
        para(run("Local arrangements"), "Heading2"),
        para(
            run("Referrals are accepted from approved premises staff")
            + '<w:r><w:footnoteReference w:id="1"/></w:r>'
            + run(" secret draft wording", "<w:rPr><w:vanish/></w:rPr>")
            + run(" and from probation practitioners."),
            None,
            (2, 0),
        ),
        para(
            run("A referral is complete when it includes ")
            + '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
            + '<w:r><w:instrText xml:space="preserve"> REF risk_summary </w:instrText></w:r>'
            + '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
            + run("the risk summary")
            + '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
            + run("."),
            None,
            (2, 0),
        ),
        para(run("Legal numbering"), "Heading2"),
        para(run("Part one of the charging schedule."), None, (4, 0)),
        para(run("Charges are agreed annually."), None, (4, 1)),
        para(run("First level-three item."), None, (4, 2)),
        para(run("Part two of the charging schedule."), None, (4, 0)),
        para(run("Charges are paid monthly in arrears."), None, (4, 1)),
        para(run("Second level-three item, continuing."), None, (4, 2)),
        para(run("Other items"), "Heading2"),
        para(run("Accommodation must be within reach of the person's probation office."), None, (5, 0)),
        para(run("Continues the roman list from four."), None, (6, 0)),
        para(run("And the next one."), None, (6, 0)),
        para(run("Shares the first list's counters, so numbering continues."), None, (7, 0)),
        table(
            [cell(para(run("Outcome"))), cell(para(run("Measure")))],
            [
                cell(para(run("Settled accommodation at exit"), None, (7, 0))),
                cell(
                    para(run("Percentage of completions")),
                    table(
                        [cell(para(run("Target"))), cell(para(run("70%")))],
                        [cell(para(run("Minimum"))), cell(para(run("55%")))],
                    ),
                ),
            ],
        ),
        para(run("")),
        '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr>',
    ]
)

DOCUMENT = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document {NS}><w:body>{BODY}</w:body></w:document>"""

FOOTNOTES = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:footnotes {NS}>
<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>
<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>
<w:footnote w:id="1"><w:p><w:r><w:footnoteRef/></w:r>{run(" Approved premises are listed in Annex C.")}</w:p></w:footnote>
</w:footnotes>"""


def write_word_features(path):
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", CONTENT_TYPES)
        z.writestr("_rels/.rels", ROOT_RELS)
        z.writestr("word/_rels/document.xml.rels", DOC_RELS)
        z.writestr("word/document.xml", DOCUMENT)
        z.writestr("word/styles.xml", STYLES)
        z.writestr("word/numbering.xml", NUMBERING)
        z.writestr("word/footnotes.xml", FOOTNOTES)
        # Not a real VBA project: the reader only notices that one is there.
        z.writestr("word/vbaProject.bin", b"\xcc\x61" + b"junk, never run" * 4)


BOMB_BYTES = 120 * 1024 * 1024


def bomb_zip():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        z.writestr("[Content_Types].xml", CONTENT_TYPES)
        z.writestr("_rels/.rels", ROOT_RELS)
        with z.open("word/document.xml", "w", force_zip64=True) as entry:
            chunk = b"\0" * (1024 * 1024)
            for _ in range(BOMB_BYTES // len(chunk)):
                entry.write(chunk)
    return buffer.getvalue()


def lying_bomb(data):
    """Patches the bomb's size fields (local header and central directory) to claim 1,000 bytes."""
    data = bytearray(data)
    name = b"word/document.xml"
    # Local file header: signature, then the uncompressed size at offset 22 (or in zip64 extra).
    local = data.find(b"PK\x03\x04" + bytes(0), 0)
    while local != -1:
        name_len, extra_len = struct.unpack_from("<HH", data, local + 26)
        if data[local + 30 : local + 30 + name_len] == name:
            patch_sizes(data, local + 22, local + 30 + name_len, extra_len, local=True)
        local = data.find(b"PK\x03\x04", local + 4)
    central = data.find(b"PK\x01\x02")
    while central != -1:
        name_len, extra_len = struct.unpack_from("<HH", data, central + 28)
        if data[central + 46 : central + 46 + name_len] == name:
            patch_sizes(data, central + 24, central + 46 + name_len, extra_len, local=False)
        central = data.find(b"PK\x01\x02", central + 4)
    return bytes(data)


def patch_sizes(data, size_at, extra_at, extra_len, local):
    claimed = 1000
    if struct.unpack_from("<I", data, size_at)[0] != 0xFFFFFFFF:
        struct.pack_into("<I", data, size_at, claimed)
        return
    # Zip64: the real sizes are in the extra field (header id 1), uncompressed size first.
    end = extra_at + extra_len
    while extra_at + 4 <= end:
        header, size = struct.unpack_from("<HH", data, extra_at)
        if header == 1:
            struct.pack_into("<Q", data, extra_at + 4, claimed)
            return
        extra_at += 4 + size
    del local


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    write_word_features(OUT / "word-features.docm")
    spec = (OUT / "accommodation-spec.docx").read_bytes()
    (OUT / "truncated.docx").write_bytes(spec[: len(spec) // 2])
    bomb = bomb_zip()
    (OUT / "bomb.docx").write_bytes(bomb)
    (OUT / "bomb-lying.docx").write_bytes(lying_bomb(bomb))
    ole = bytes([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1])
    (OUT / "legacy.doc").write_bytes(ole + b"\0" * 24 + b"\x3e\x00\x03\x00\xfe\xff" + b"\0" * 474)
    (OUT / "spec.rtf").write_bytes(
        b"{\\rtf1\\ansi\\deff0{\\fonttbl{\\f0 Arial;}}\\f0\\fs22 "
        b"1. The Provider shall deliver the Service in Welsh on request.\\par }\n"
    )


if __name__ == "__main__":
    main()
