"""Plain text and Markdown to the HTML of their rendition (every piece of document text escaped)."""

from __future__ import annotations

import codecs
import re
import unicodedata
from html import escape

from parsing.rendition import table_cell

_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
_UNDERLINE = re.compile(r"^\s*([-=_~])\1{2,}\s*$")
_PADDED = re.compile(r"\S {3,}\S")
GAP = "\u2003\u2003\u2003"  # three em spaces: read back as a cell separator (TAB)
_TEXT_WIDTH = 487.0  # points: A4 minus the rendition margins
_MONO_ADVANCE = 0.6  # a monospace character is 0.6 em wide

_ATX = re.compile(r"^ {0,3}(#{1,6})\s+(.*?)(?:\s+#+)?\s*$")
_SETEXT = re.compile(r"^ {0,3}(=+|-+)\s*$")
_RULE = re.compile(r"^ {0,3}([-*_])(?:\s*\1){2,}\s*$")
_ITEM = re.compile(r"^(\s*)([-*+•]|\d{1,3}[.)])\s+(.*)$")
_TABLE_SEPARATOR = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$")
_FENCE = re.compile(r"^ {0,3}(```|~~~)")
_ESCAPED = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|>~])")
_CODE = re.compile(r"`([^`]+)`")
_IMAGE = re.compile(r"!\[([^\]]*)\]\([^)]*\)")
_LINK = re.compile(r"\[([^\]]+)\]\(\s*([^)\s]+)(?:\s+&quot;[^)]*&quot;)?\s*\)")
_AUTOLINK = re.compile(r"&lt;((?:https?://|mailto:)[^\s&]+)&gt;")
_STRONG = re.compile(r"\*\*(?=\S)(.+?)(?<=\S)\*\*|__(?=\S)(.+?)(?<=\S)__")
_EMPHASIS = re.compile(r"(?<![*\w])\*(?=[^\s*])(.+?)(?<=[^\s*])\*(?!\*)|(?<![_\w])_(?=\S)(.+?)(?<=\S)_(?![_\w])")
_LONGEST_MARKED_UP_LINE = 2_000  # the inline patterns backtrack: on longer lines they would take quadratic time
_MARKDOWN_SIGNS = re.compile(r"^(?:#{1,6}\s+\S|\s*\|?\s*:?-{3,}:?\s*\|)|\*\*\S", re.MULTILINE)


def decode_text(data: bytes) -> str | None:
    """The text of a plain-text file (UTF-8, UTF-16 with BOM, or GB18030), or None if it is binary."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data.decode(encoding, errors="replace")
    if b"\x00" in data:
        return None
    for encoding in ("utf-8", "gb18030"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        # Real text has almost no control characters; binary data decoded by luck has many.
        if len(_CONTROL.findall(text)) <= len(text) // 200:
            return text
    return None


def looks_like_markdown(text: str) -> bool:
    """Whether text without a telling file name uses Markdown headings, tables or bold."""
    return _MARKDOWN_SIGNS.search(text) is not None


def text_to_html(text: str) -> str:
    """Plain text, line for line in a monospace face; a line underlined by ---- or ==== is a heading.

    The font size is chosen so that the widest space-padded line (right-aligned dates) fits.
    """
    lines = text.expandtabs(8).splitlines()
    padded = [_columns(line) for line in lines if _PADDED.search(line.strip())]
    # 0.95: pre-wrap breaks a line that fills the measure exactly; floor to the 0.1 pt written below.
    fitted = int(_TEXT_WIDTH * 0.95 / (_MONO_ADVANCE * max(padded, default=1)) * 10) / 10
    size = max(6.5, min(9.0, fitted))
    pre = f'<pre style="font-size: {size:.1f}pt">'
    parts: list[str] = []
    block: list[str] = []
    index = 0
    while index < len(lines):
        line = lines[index]
        following = lines[index + 1] if index + 1 < len(lines) else ""
        if line.strip() and not _UNDERLINE.match(line) and _UNDERLINE.match(following):
            if block:
                parts.append(pre + escape("\n".join(block)) + "</pre>")
                block = []
            parts.append(f'<pre class="heading" style="font-size: {size + 1.5:.1f}pt">{escape(line.strip())}</pre>')
            index += 2
            continue
        block.append(line.rstrip())
        index += 1
    if block:
        parts.append(pre + escape("\n".join(block)) + "</pre>")
    return "".join(parts)


def _columns(line: str) -> int:
    """How many monospace columns *line* takes (CJK characters take two)."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in line.rstrip())


def markdown_to_html(text: str) -> str:
    """Markdown (headings, lists, emphasis, links, pipe tables, code) as HTML.

    Every source line stays a line of its own, as résumé authors expect; CommonMark would join
    the lines of a paragraph.
    """
    lines = text.expandtabs(4).splitlines()
    out: list[str] = []
    paragraph: list[str] = []
    list_tag = ""

    def close_paragraph() -> None:
        if paragraph:
            out.append("<p>" + "<br/>".join(_inline(line.strip()) for line in paragraph) + "</p>")
            paragraph.clear()

    def close_list() -> None:
        nonlocal list_tag
        if list_tag:
            out.append(f"</{list_tag}>")
            list_tag = ""

    index = 0
    while index < len(lines):
        line = lines[index]
        following = lines[index + 1] if index + 1 < len(lines) else ""
        item = _ITEM.match(line)
        if _FENCE.match(line):
            close_paragraph()
            close_list()
            fence = _FENCE.match(line).group(1)  # type: ignore[union-attr]
            end = next((j for j in range(index + 1, len(lines)) if lines[j].strip().startswith(fence)), len(lines))
            out.append("<pre>" + escape("\n".join(lines[index + 1 : end])) + "</pre>")
            index = end + 1
            continue
        if not line.strip():
            close_paragraph()
            close_list()
        elif heading := _ATX.match(line):
            close_paragraph()
            close_list()
            level = len(heading.group(1))
            out.append(f"<h{level}>{_inline(heading.group(2))}</h{level}>")
        elif paragraph and _SETEXT.match(line) and not list_tag:
            level = 1 if line.strip().startswith("=") else 2
            title = paragraph.pop()
            close_paragraph()
            out.append(f"<h{level}>{_inline(title.strip())}</h{level}>")
        elif _RULE.match(line):
            close_paragraph()
            close_list()
            out.append("<hr/>")
        elif "|" in line and _TABLE_SEPARATOR.match(following):
            close_paragraph()
            close_list()
            rows = [line]
            index += 2
            while index < len(lines) and "|" in lines[index] and lines[index].strip():
                rows.append(lines[index])
                index += 1
            out.append(_table(rows))
            continue
        elif item:
            close_paragraph()
            tag = "ol" if item.group(2)[0].isdigit() else "ul"
            if tag != list_tag:
                close_list()
                out.append(f"<{tag}>")
                list_tag = tag
            indent = len(item.group(1)) // 2
            style = f' style="margin-left: {indent * 14}pt"' if indent else ""
            out.append(f"<li{style}>{_inline(item.group(3))}</li>")
        elif list_tag and line.startswith((" ", "\t")) and out[-1].endswith("</li>"):
            out[-1] = out[-1][: -len("</li>")] + "<br/>" + _inline(line.strip()) + "</li>"
        else:
            close_list()
            paragraph.append(re.sub(r"^\s*>\s?", "", line))
        index += 1
    close_paragraph()
    close_list()
    return "\n".join(out)


def _table(rows: list[str]) -> str:
    """A pipe table: the first row is the header."""
    html = ["<table>"]
    for number, row in enumerate(rows):
        cells = [cell.strip() for cell in row.strip().strip("|").split("|")]
        tag = "th" if number == 0 else "td"
        html.append("<tr>" + "".join(table_cell(tag, _inline(cell), cell) for cell in cells) + "</tr>")
    html.append("</table>")
    return "".join(html)


def _inline(text: str) -> str:
    """Escape *text*, then turn Markdown emphasis, code and links into HTML (a very long line stays plain)."""
    if len(text) > _LONGEST_MARKED_UP_LINE:
        return escape(text, quote=True)
    held: list[str] = []

    def hold(match: re.Match[str]) -> str:
        held.append(match.group(1))
        return f"\x00{len(held) - 1}\x00"

    text = _ESCAPED.sub(hold, text)
    # An ideographic space between fields ("腾讯,深圳　*2024.06 - 2024.09*") is a column gap.
    text = escape(text, quote=True).replace("\u3000", GAP)
    text = _CODE.sub(r"<code>\1</code>", text)
    text = _IMAGE.sub(r"\1", text)
    text = _LINK.sub(_link, text)
    text = _AUTOLINK.sub(r"\1", text)
    text = _STRONG.sub(lambda m: f"<b>{m.group(1) or m.group(2)}</b>", text)
    text = _EMPHASIS.sub(lambda m: f"<i>{m.group(1) or m.group(2)}</i>", text)
    return re.sub(r"\x00(\d+)\x00", lambda m: escape(held[int(m.group(1))]), text)


def _link(match: re.Match[str]) -> str:
    """A link shows its text and, when the text does not already say it, the address."""
    label, url = match.group(1), match.group(2)
    shown = url.removeprefix("mailto:")
    return label if shown in label or label in shown else f"{label} ({shown})"
