"""Word (.docx) to the HTML of its rendition: headings, bold runs, sizes, lists, tables, text boxes."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterable, Iterator
from html import escape

import docx
from docx.document import Document as WordDocument
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.exceptions import PackageNotFoundError
from docx.oxml.ns import qn
from docx.oxml.text.paragraph import CT_P
from docx.styles.style import BaseStyle, CharacterStyle, ParagraphStyle
from docx.table import Table, _Cell
from docx.text.hyperlink import Hyperlink
from docx.text.paragraph import Paragraph
from docx.text.run import Run
from lxml import etree

from parsing.errors import CorruptDocument
from parsing.rendition import table_cell
from parsing.text import GAP

# A tab in Word separates fields on one line; three em spaces keep the gap visible and become
# the cell separator (TAB) when the rendition is read back.
_TAB = GAP
_ALIGN = {WD_ALIGN_PARAGRAPH.CENTER: "center", WD_ALIGN_PARAGRAPH.RIGHT: "right"}
# python-docx reports broken parts and malformed XML with these, depending on where they sit.
_DAMAGED = (PackageNotFoundError, KeyError, ValueError, AttributeError, zipfile.BadZipFile, etree.XMLSyntaxError)


def docx_to_html(data: bytes) -> str:
    """The document body in reading order (the first page header first, where résumés keep contacts)."""
    try:
        document = docx.Document(io.BytesIO(data))
        converter = _Converter(document)
        parts: list[str] = []
        if document.sections and not document.sections[0].header.is_linked_to_previous:
            header = document.sections[0].header
            parts.extend(converter.blocks(_content(header._element, header)))
        parts.extend(converter.blocks(_content(document.element.body, document._body)))
    except _DAMAGED as error:
        raise CorruptDocument("The Word document is damaged and cannot be read.") from error
    return "\n".join(parts)


class _Converter:
    """Paragraphs and tables to HTML, with styles looked up once (python-docx's lookup is slow)."""

    def __init__(self, document: WordDocument) -> None:
        self._styles: dict[str, BaseStyle] = {s.style_id: s for s in document.styles if s.style_id}
        self._default: BaseStyle | None = document.styles.default(WD_STYLE_TYPE.PARAGRAPH)

    def blocks(self, content: Iterable[Paragraph | Table]) -> Iterator[str]:
        """HTML for each paragraph and table in order; consecutive list paragraphs form one list."""
        open_list = ""  # "ul" or "ol" while inside a list
        for block in content:
            tag = self._list_tag(block) if isinstance(block, Paragraph) else ""
            if tag != open_list:
                if open_list:
                    yield f"</{open_list}>"
                if tag:
                    yield f"<{tag}>"
                open_list = tag
            if isinstance(block, Table):
                yield self._table(block)
                continue
            html = self._paragraph(block)
            if html:
                yield f"<li>{html}</li>" if tag else html
            for inner in _text_box_paragraphs(block):
                yield self._paragraph(Paragraph(inner, block._parent))
        if open_list:
            yield f"</{open_list}>"

    def _style(self, paragraph: Paragraph) -> BaseStyle | None:
        style_id = paragraph._p.style
        return self._styles.get(style_id, self._default) if style_id else self._default

    def _paragraph(self, paragraph: Paragraph, inner: bool = False) -> str:
        """A paragraph as <hN> or <p> (or bare, inside a list item or cell), with bold runs and sizes."""
        style = self._style(paragraph)
        body = "".join(self._runs(paragraph, bool(_inherited(style, "bold"))))
        if not body.strip() or inner:
            return body if body.strip() else ""
        level = _heading_level(style.name.lower() if style is not None and style.name else "")
        alignment = paragraph.paragraph_format.alignment or _inherited(style, "alignment")
        align = _ALIGN.get(alignment) if isinstance(alignment, WD_ALIGN_PARAGRAPH) else None
        css = f' style="text-align: {align}"' if align else ""
        if level:
            return f"<h{level}{css}>{body}</h{level}>"
        return body if self._list_tag(paragraph) else f"<p{css}>{body}</p>"

    def _runs(self, paragraph: Paragraph, style_bold: bool) -> Iterator[str]:
        for item in paragraph.iter_inner_content():
            for run in item.runs if isinstance(item, Hyperlink) else [item]:
                yield self._run(run, style_bold)
            if isinstance(item, Hyperlink) and item.url:
                address = item.url.removeprefix("mailto:")
                if address not in item.text:
                    yield escape(f" ({address})")

    def _run(self, run: Run, style_bold: bool) -> str:
        text = escape(run.text).replace("\t", _TAB).replace("\n", "<br/>")
        if not text:
            return ""
        bold = run.bold
        if bold is None:
            character_style = self._styles.get(run._r.style) if run._r.style else None
            bold = bool(_inherited(character_style, "bold")) if character_style is not None else style_bold
        if run.font.size is not None:
            text = f'<span style="font-size: {run.font.size.pt:.1f}pt">{text}</span>'
        if run.italic:
            text = f"<i>{text}</i>"
        return f"<b>{text}</b>" if bold else text

    def _table(self, table: Table) -> str:
        rows = []
        for row in table.rows:
            cells: list[_Cell] = []
            for cell in row.cells:
                if not cells or cell._tc is not cells[-1]._tc:  # a merged cell repeats itself
                    cells.append(cell)
            rows.append("<tr>" + "".join(table_cell("td", self._cell(cell), cell.text) for cell in cells) + "</tr>")
        return "<table>" + "".join(rows) + "</table>"

    def _cell(self, cell: _Cell) -> str:
        lines = [self._paragraph(p, inner=True) for p in cell.paragraphs]
        return "<br/>".join(line for line in lines if line)

    def _list_tag(self, paragraph: Paragraph) -> str:
        """"ol" for a numbered list paragraph, "ul" for another list paragraph, "" for none."""
        style = self._style(paragraph)
        name = style.name.lower() if style is not None and style.name else ""
        properties = paragraph._p.pPr
        if name.startswith("list") or (properties is not None and properties.numPr is not None):
            return "ol" if "number" in name else "ul"
        return ""


def _content(element: etree._Element, parent: object) -> Iterator[Paragraph | Table]:
    """Paragraphs and tables in document order, also inside content controls (w:sdt).

    Résumé templates put their fields in content controls, which python-docx's own iteration skips.
    """
    for child in element.iterchildren():
        if child.tag == qn("w:p"):
            yield Paragraph(child, parent)  # type: ignore[arg-type]
        elif child.tag == qn("w:tbl"):
            yield Table(child, parent)  # type: ignore[arg-type]
        elif child.tag == qn("w:sdt"):
            for content in child.iterchildren(qn("w:sdtContent")):
                yield from _content(content, parent)


def _text_box_paragraphs(paragraph: Paragraph) -> Iterator[CT_P]:
    """Paragraphs inside text boxes anchored in *paragraph* (the VML fallback copy skipped)."""
    for box in paragraph._p.iter(qn("w:txbxContent")):
        if any(ancestor.tag == qn("mc:Fallback") for ancestor in box.iterancestors()):
            continue
        # python-docx's parser makes every w:p a CT_P; the check tells the type checker so.
        yield from (child for child in box.iterchildren(qn("w:p")) if isinstance(child, CT_P))


def _heading_level(style: str) -> int:
    """The HTML heading level of a Word style: Title is <h1>, Heading 1 <h2>, and so on."""
    if style == "title":
        return 1
    if style == "subtitle":
        return 3
    if style.startswith("heading "):
        digits = style.removeprefix("heading ").strip()
        return min(int(digits) + 1, 6) if digits.isdigit() else 2
    return 0


def _inherited(style: BaseStyle | None, attribute: str) -> object:
    """A font or paragraph-format attribute (bold, alignment) from *style* or the styles it is based on."""
    # Only character and paragraph (and table) styles carry formatting; a numbering style ends the chain.
    while isinstance(style, CharacterStyle):
        if attribute == "bold":
            source = style.font
        else:
            source = style.paragraph_format if isinstance(style, ParagraphStyle) else None
        value = getattr(source, attribute, None) if source is not None else None
        if value is not None:
            return value
        style = style.base_style
    return None
