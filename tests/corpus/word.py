"""Word layouts written with python-docx: a 姓名：/电话：/邮箱： header table with a photo; tab stops under a text box."""

from __future__ import annotations

import io
from datetime import datetime
from html import escape

import docx
import pymupdf
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Cm, Pt, RGBColor
from docx.text.paragraph import Paragraph

from resources.samples.generate import fixed_zip
from tests.corpus.content import Document, Line, Section

FIXED_DATE = datetime(2026, 3, 1, 9, 0, 0)
LABELS = {
    "zh": ("个人简历", "姓名：", "电话：", "邮箱：", "主页："),
    "en": ("Résumé", "Name:", "Phone:", "Email:", "Web:"),
}
C1_QUOTES = ("\u0093", "\u0094")  # “ ” as a Windows-1252 file read as Latin-1 leaves them


def photo_png() -> bytes:
    """A small head-and-shoulders placeholder picture drawn with PyMuPDF."""
    pix = pymupdf.Pixmap(pymupdf.csRGB, pymupdf.IRect(0, 0, 90, 120), False)
    pix.set_rect(pix.irect, (214, 224, 235))
    pix.set_rect(pymupdf.IRect(30, 20, 60, 55), (120, 140, 165))
    pix.set_rect(pymupdf.IRect(15, 65, 75, 120), (90, 110, 140))
    return pix.tobytes("png")


def new_document(doc: Document) -> docx.document.Document:
    """An A4 document with the East Asian font set and fixed core properties."""
    word = docx.Document()
    section = word.sections[0]
    section.page_height, section.page_width = Cm(29.7), Cm(21.0)
    section.left_margin = section.right_margin = Cm(2.0)
    section.top_margin = section.bottom_margin = Cm(1.8)
    style = word.styles["Normal"]
    style.font.name = "Liberation Serif" if doc.text_lang == "en" else "Noto Sans CJK SC"
    style.font.size = Pt(10.5)
    style.element.rPr.rFonts.set(docx.oxml.ns.qn("w:eastAsia"), "Noto Sans CJK SC")
    props = word.core_properties
    props.created = props.modified = FIXED_DATE
    props.author = props.last_modified_by = "Shortlist corpus"
    props.revision = 1
    return word


def add_runs(paragraph: Paragraph, line: Line, quote_title: str = "") -> None:
    """Styled runs into *paragraph*; the run equal to *quote_title* goes inside C1 control quotes."""
    for text, style in line:
        if quote_title and text == quote_title:
            text = C1_QUOTES[0] + text + C1_QUOTES[1]
        run = paragraph.add_run(text)
        run.bold = style == "b"
        run.italic = style == "i"


def heading(word: docx.document.Document, text: str) -> None:
    """A section heading: bold, coloured, with a bottom border."""
    paragraph = word.add_paragraph()
    paragraph.paragraph_format.space_before = Pt(8)
    paragraph.paragraph_format.space_after = Pt(3)
    run = paragraph.add_run(text)
    run.bold = True
    run.font.size = Pt(13)
    run.font.color.rgb = RGBColor(0x1F, 0x4E, 0x79)
    paragraph._p.get_or_add_pPr().append(
        parse_xml(f'<w:pBdr {nsdecls("w")}><w:bottom w:val="single" w:sz="8" w:space="1" w:color="1F4E79"/></w:pBdr>')
    )


def tabbed(word: docx.document.Document, left: str, right: str, bold: bool = True) -> None:
    """'left<TAB>right' with a right-aligned tab stop at the margin."""
    paragraph = word.add_paragraph()
    paragraph.paragraph_format.tab_stops.add_tab_stop(Cm(17.0), WD_TAB_ALIGNMENT.RIGHT)
    paragraph.paragraph_format.space_after = Pt(0)
    run = paragraph.add_run(left)
    run.bold = bold
    paragraph.add_run(f"\t{right}")


def bullet(word: docx.document.Document, text: str) -> None:
    """A '•' item with a hanging indent."""
    paragraph = word.add_paragraph(f"•\t{text}")
    paragraph.paragraph_format.left_indent = Cm(0.6)
    paragraph.paragraph_format.first_line_indent = Cm(-0.4)
    paragraph.paragraph_format.space_after = Pt(0)


def section_content(word: docx.document.Document, section: Section, table_education: bool, quotes: bool) -> None:
    """Entries (education as a table when *table_education*), lines and numbered papers."""
    if table_education and section.kind == "education":
        table = word.add_table(rows=0, cols=3)
        table.style = "Table Grid"
        for e in section.entries:
            cells = table.add_row().cells
            for cell, text in zip(cells, (e.title, e.subtitle, e.dates), strict=False):
                cell.text = text
        return
    for e in section.entries:
        tabbed(word, e.title, e.dates)
        if e.subtitle:
            word.add_paragraph(e.subtitle).paragraph_format.space_after = Pt(0)
        for item in e.bullets:
            bullet(word, item)
    for line in section.lines:
        add_runs(word.add_paragraph(), line)
    for number, (paper, pub) in enumerate(zip(section.papers, section.pubs, strict=False), 1):
        if topic := section.topic(number - 1):
            word.add_paragraph().add_run(topic).bold = True
        paragraph = word.add_paragraph(f"[{number}] ")
        paragraph.paragraph_format.left_indent = Cm(0.8)
        paragraph.paragraph_format.first_line_indent = Cm(-0.8)
        paragraph.paragraph_format.space_after = Pt(2)
        for index, line in enumerate(paper):
            if index:
                paragraph.add_run().add_break()
            add_runs(paragraph, line, pub.title if quotes else "")


def with_sections(word: docx.document.Document, doc: Document, table_education: bool, quotes: bool) -> bytes:
    """The .docx bytes once every section is added under its heading (fixed zip timestamps)."""
    for section in doc.sections:
        heading(word, section.heading)
        section_content(word, section, table_education, quotes)
    buffer = io.BytesIO()
    word.save(buffer)
    return fixed_zip(buffer.getvalue())


def header_table(doc: Document) -> bytes:
    """A centred 个人简历 title, a bordered 姓名：/电话：/邮箱： table with a photo, education as a table."""
    word = new_document(doc)
    title, *labels = LABELS[doc.text_lang]
    paragraph = word.add_paragraph()
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = paragraph.add_run(title)
    run.bold = True
    run.font.size = Pt(18)
    person = doc.person
    rows = [(labels[0], doc.name + (f" ({doc.subtitle})" if doc.subtitle else ""))]
    rows += [(labels[1], phone) for phone in person.phones] + [(labels[2], email) for email in person.emails]
    rows += [(labels[3], link) for link in person.links]
    table = word.add_table(rows=len(rows), cols=3)
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    for row, (label, value) in zip(table.rows, rows, strict=False):
        row.cells[0].text, row.cells[1].text = label, value
        row.cells[0].width, row.cells[1].width, row.cells[2].width = Cm(2.4), Cm(10.6), Cm(3.0)
    photo = table.cell(0, 2).merge(table.cell(len(rows) - 1, 2))
    photo.paragraphs[0].add_run().add_picture(io.BytesIO(photo_png()), width=Cm(2.2))
    return with_sections(word, doc, table_education=True, quotes=True)


def text_box(doc: Document) -> str:
    """A VML text box (as Word 2007 writes them) holding the name and the contacts."""
    centred = '<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:rPr>{}</w:rPr><w:t xml:space="preserve">{}</w:t></w:r></w:p>'
    lines = [centred.format('<w:b/><w:sz w:val="40"/>', escape(doc.name))]
    if doc.subtitle:
        lines.append(centred.format("", escape(doc.subtitle)))
    lines.append(centred.format('<w:sz w:val="18"/>', escape("  |  ".join(doc.contacts))))
    return (
        f'<w:r {nsdecls("w")} xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office"><w:pict>'
        f'<v:shape id="namebox" type="#_x0000_t202" style="width:481pt;height:{100 if doc.subtitle else 80}pt"'
        ' fillcolor="#EAF0F6" strokecolor="#1F4E79">'
        f'<v:textbox><w:txbxContent>{"".join(lines)}</w:txbxContent></v:textbox></v:shape></w:pict></w:r>'
    )


def tab_stops(doc: Document) -> bytes:
    """The name in a text box, entries with right tab stops, a running header and a page-number footer."""
    word = new_document(doc)
    word.add_paragraph()._p.append(parse_xml(text_box(doc)))
    section = word.sections[0]
    section.header.paragraphs[0].text = f"{doc.name} · {'简历' if doc.text_lang == 'zh' else 'Résumé'}"
    section.header.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    footer = section.footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    w = nsdecls("w")
    page_field = (
        f'<w:fldChar {w} w:fldCharType="begin"/>',
        f'<w:instrText {w} xml:space="preserve"> PAGE </w:instrText>',
        f'<w:fldChar {w} w:fldCharType="end"/>',
    )
    for xml in page_field:
        footer.add_run()._r.append(parse_xml(xml))
    return with_sections(word, doc, table_education=False, quotes=False)
