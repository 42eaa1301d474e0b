"""load_document: typed errors for bad files, format dispatch, DOCX/TXT/Markdown renditions, clean-up."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Sequence
from pathlib import Path

import docx
import pymupdf
import pytest
from docx.oxml import OxmlElement
from hypothesis import given, settings
from hypothesis import strategies as st

import parsing.load
import parsing.pdf
from parsing import Document, load_document
from parsing.errors import (
    CorruptDocument,
    DocumentError,
    DocumentTooLarge,
    EmptyDocument,
    EncryptedDocument,
    NoTextLayer,
    UnsupportedDocument,
)
from parsing.load import load_bytes
from parsing.normalize import clean_text

Text = tuple[float, float, str]  # x, baseline y, text


def make_pdf(pages: Sequence[Sequence[Text]], size: float = 10, bold: Sequence[str] = ()) -> bytes:
    """A PDF whose pages carry *pages*' texts at the given positions (CJK in the built-in CJK font)."""
    pdf = pymupdf.open()
    for texts in pages:
        page = pdf.new_page(width=595, height=842)
        for x, y, text in texts:
            font = "china-s" if any(ord(c) > 0x2E80 for c in text) else ("hebo" if text in bold else "helv")
            page.insert_text((x, y), text, fontsize=size, fontname=font)
    return pdf.tobytes()


def right_aligned(text: str, right: float = 540, size: float = 10) -> float:
    """The x at which *text* in Helvetica ends at *right*."""
    return right - pymupdf.get_text_length(text, fontname="helv", fontsize=size)


def load(tmp_path: Path, data: bytes, name: str = "resume.pdf") -> Document:
    path = tmp_path / name
    path.write_bytes(data)
    return load_document(path)


def texts(document: Document) -> list[str]:
    return [line.text for line in document.lines()]


def assert_rects_on_pages(document: Document) -> None:
    for page in document.pages:
        for line in page.lines:
            for box in (line.bbox, *(span.bbox for span in line.spans)):
                assert 0 <= box[0] <= box[2] <= page.width and 0 <= box[1] <= box[3] <= page.height, (line, box)


def assert_error(tmp_path: Path, data: bytes, error: type[DocumentError], name: str = "resume.pdf") -> str:
    with pytest.raises(error) as raised:
        load(tmp_path, data, name)
    message = str(raised.value)
    assert message and "\n" not in message and raised.value.kind != DocumentError.kind
    return message


# -- bad input -----------------------------------------------------------------------------------


def test_encrypted_pdf(tmp_path: Path) -> None:
    pdf = pymupdf.open(stream=make_pdf([[(72, 72, "Jane Roe")]]))
    encrypted = pdf.tobytes(encryption=pymupdf.PDF_ENCRYPT_AES_256, user_pw="secret", owner_pw="owner")
    assert "password" in assert_error(tmp_path, encrypted, EncryptedDocument)


def test_truncated_pdf_is_corrupt_although_mupdf_repairs_it(tmp_path: Path) -> None:
    data = make_pdf([[(72, 72 + 14 * i, f"Line {i} of a résumé") for i in range(40)]])
    truncated = data[: len(data) * 45 // 100]
    assert pymupdf.open(stream=truncated).is_repaired
    assert_error(tmp_path, truncated, CorruptDocument)


def test_garbage_after_pdf_header_is_corrupt(tmp_path: Path) -> None:
    assert_error(tmp_path, b"%PDF-1.7\n" + bytes(range(256)) * 4, CorruptDocument)


def test_image_only_pdf_of_a_blank_page_has_no_text(tmp_path: Path) -> None:
    pdf = pymupdf.open()
    page = pdf.new_page()
    scan = pymupdf.Pixmap(pymupdf.csGRAY, pymupdf.IRect(0, 0, 40, 40), False)
    scan.clear_with(200)
    page.insert_image(pymupdf.Rect(50, 50, 300, 300), pixmap=scan)
    assert "No text could be read on the scan" in assert_error(tmp_path, pdf.tobytes(), NoTextLayer)


def test_pdf_whose_text_maps_only_to_private_use_characters(tmp_path: Path) -> None:
    pdf = pymupdf.open(stream=make_pdf([[(72, 72, "ABC")]]))
    to_unicode = pdf.get_new_xref()  # A, B, C → U+E000..U+E002, as some PDF makers write
    pdf.update_object(to_unicode, "<<>>")
    pdf.update_stream(
        to_unicode,
        b"/CIDInit /ProcSet findresource begin 12 dict begin begincmap 1 begincodespacerange <00> <FF> "
        b"endcodespacerange 3 beginbfchar <41> <E000> <42> <E001> <43> <E002> endbfchar endcmap end end",
    )
    for xref in range(1, pdf.xref_length()):
        if pdf.xref_get_key(xref, "Type")[1] == "/Font":
            pdf.xref_set_key(xref, "ToUnicode", f"{to_unicode} 0 R")
    assert "fonts" in assert_error(tmp_path, pdf.tobytes(), NoTextLayer)


def test_blank_pdf_is_empty(tmp_path: Path) -> None:
    assert_error(tmp_path, make_pdf([[]]), EmptyDocument)


@pytest.mark.parametrize("data", [b"", b"  \n\n"])
def test_empty_file(tmp_path: Path, data: bytes) -> None:
    assert_error(tmp_path, data, EmptyDocument)


@pytest.mark.parametrize(
    ("data", "name"),
    [
        (bytes(range(256)) * 8, "resume.bin"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600), "resume.doc"),
        (b"{\\rtf1\\ansi Jane Roe}", "resume.rtf"),
        (b"<!DOCTYPE html>\n<html><body>Jane Roe</body></html>", "resume.pdf"),
    ],
)
def test_unsupported(tmp_path: Path, data: bytes, name: str) -> None:
    assert_error(tmp_path, data, UnsupportedDocument, name)


def test_zip_that_is_not_a_word_document(tmp_path: Path) -> None:
    archive = io.BytesIO()
    with zipfile.ZipFile(archive, "w") as zipped:
        zipped.writestr("notes.txt", "hello")
    assert "Word" in assert_error(tmp_path, archive.getvalue(), UnsupportedDocument, "resume.docx")


def test_damaged_word_document(tmp_path: Path) -> None:
    source = zipfile.ZipFile(io.BytesIO(word_document()))
    damaged = io.BytesIO()
    with zipfile.ZipFile(damaged, "w") as zipped:
        for name in source.namelist():
            data = source.read(name)
            zipped.writestr(name, data[: len(data) // 2] if name == "word/document.xml" else data)
    assert_error(tmp_path, damaged.getvalue(), CorruptDocument, "resume.docx")


def test_password_protected_word_file(tmp_path: Path) -> None:
    ole = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(500) + "EncryptedPackage".encode("utf-16-le")
    assert_error(tmp_path, ole, EncryptedDocument, "resume.docx")


def test_image_file_too_small_for_text(tmp_path: Path) -> None:
    png = pymupdf.Pixmap(pymupdf.csRGB, pymupdf.IRect(0, 0, 8, 8), False).tobytes("png")
    assert "8×8 pixels" in assert_error(tmp_path, png, EmptyDocument, "resume.png")


def test_too_large_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(parsing.load, "MAX_BYTES", 100)
    assert "MB" in assert_error(tmp_path, make_pdf([[(72, 72, "Jane Roe")]]), DocumentTooLarge)


def test_too_long_text_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(parsing.load, "MAX_TEXT_CHARACTERS", 10)
    assert_error(tmp_path, b"Jane Roe\nEducation: MIT", DocumentTooLarge, "resume.txt")


def test_too_many_pages(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(parsing.pdf, "MAX_PAGES", 1)
    assert "2 pages" in assert_error(tmp_path, make_pdf([[(72, 72, "a")], [(72, 72, "b")]]), DocumentTooLarge)


@settings(max_examples=60, deadline=None)
@given(
    st.sampled_from([b"", b"%PDF-1.7\n", b"PK\x03\x04", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", b"# "]),
    st.binary(max_size=2000),
    st.sampled_from(["cv.pdf", "cv.docx", "cv.md", "cv.txt", "cv"]),
)
def test_any_bytes_load_or_raise_a_document_error(head: bytes, body: bytes, name: str) -> None:
    try:
        document = load_bytes(name, head + body)
    except DocumentError as error:
        assert str(error) and "\n" not in str(error)
    else:
        assert_rects_on_pages(document)


# -- dispatch by content ---------------------------------------------------------------------------


def word_document() -> bytes:
    document = docx.Document()
    document.add_heading("张三", 0)
    intro = document.add_paragraph()
    intro.add_run("邮箱:").bold = True
    intro.add_run("zhangsan@example.com\t电话:138-0000-0000")
    document.add_heading("教育背景", 1)
    table = document.add_table(rows=2, cols=3)
    for row, cells in zip(table.rows, [("学校", "专业", "时间"), ("清华大学", "计算机科学", "2019.09 - 2023.06")], strict=True):
        for cell, text in zip(row.cells, cells, strict=True):
            cell.text = text
    document.add_paragraph("负责 <script> & 数据管线", style="List Bullet")
    # A template field: the paragraph sits inside a content control (w:sdt/w:sdtContent).
    field = document.add_paragraph("技能:Python、SQL")._p
    control, content = OxmlElement("w:sdt"), OxmlElement("w:sdtContent")
    field.addprevious(control)
    control.append(content)
    content.append(field)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def test_docx_rendition(tmp_path: Path) -> None:
    document = load(tmp_path, word_document(), "resume.docx")
    lines = {line.text: line for line in document.lines()}
    assert document.media_type == parsing.load.DOCX and document.display_pdf is not None
    assert "学校\t专业\t时间" in lines and "清华大学\t计算机科学\t2019.09 - 2023.06" in lines
    assert "邮箱:zhangsan@example.com\t电话:138-0000-0000" in lines
    assert lines["教育背景"].bold and lines["教育背景"].size > lines["清华大学\t计算机科学\t2019.09 - 2023.06"].size
    assert any(line.text.endswith("负责 <script> & 数据管线") for line in document.lines())
    assert "技能:Python、SQL" in lines
    assert pymupdf.open(stream=document.display_pdf).page_count == document.page_count
    assert_rects_on_pages(document)


def test_docx_renamed_to_pdf_is_read_as_word(tmp_path: Path) -> None:
    document = load(tmp_path, word_document(), "resume.pdf")
    assert document.media_type == parsing.load.DOCX and "教育背景" in texts(document)


def test_paragraph_styled_with_a_numbering_style_is_read(tmp_path: Path) -> None:
    # Word only puts paragraph styles in w:pStyle, but generated files may name a numbering style,
    # which has no font to inherit bold from: that once rejected the whole file as damaged.
    word = docx.Document()
    word.add_paragraph("张三")._p.style = word.styles["No List"].style_id
    buffer = io.BytesIO()
    word.save(buffer)
    assert texts(load(tmp_path, buffer.getvalue(), "resume.docx")) == ["张三"]


def test_text_renamed_to_pdf_is_read_as_text(tmp_path: Path) -> None:
    document = load(tmp_path, "张三\n电话:138-0000-0000\n".encode("gb18030"), "resume.pdf")
    assert document.media_type == parsing.load.TEXT and texts(document) == ["张三", "电话:138-0000-0000"]


def test_markdown_rendition(tmp_path: Path) -> None:
    source = (
        "# 张三\n\n## 教育背景\n\n**清华大学**, 计算机\u3000*2019.09 - 2023.06*\n- 主修: 机器学习\n\n"
        "## 竞赛\n\n| 时间 | 奖项 |\n|---|---|\n| 2020 | 国家奖学金 (top <5%) & 一等奖 |\n\n[主页](https://example.com/zs)\n"
    )
    document = load(tmp_path, source.encode(), "resume.md")
    lines = {line.text: line for line in document.lines()}
    assert document.media_type == parsing.load.MARKDOWN
    assert list(lines)[:3] == ["张三", "教育背景", "清华大学, 计算机\t2019.09 - 2023.06"]
    heading, body = lines["教育背景"], lines["清华大学, 计算机\t2019.09 - 2023.06"]
    assert heading.bold and heading.size > body.size
    assert body.spans[0].text == "清华大学" and body.spans[0].bold
    assert "2020\t国家奖学金 (top <5%) & 一等奖" in lines and "主页 (https://example.com/zs)" in lines
    assert not any("**" in text or text.startswith("#") for text in lines)
    assert_rects_on_pages(document)


def test_text_rendition(tmp_path: Path) -> None:
    source = "John Smith\n\nEducation\n---------\nMIT, B.S. in Mathematics              2012 - 2016\n"
    document = load(tmp_path, source.encode(), "resume.txt")
    lines = {line.text: line for line in document.lines()}
    assert list(lines) == ["John Smith", "Education", "MIT, B.S. in Mathematics\t2012 - 2016"]
    assert lines["Education"].bold and not lines["John Smith"].bold
    assert_rects_on_pages(document)


def test_renditions_are_deterministic(tmp_path: Path) -> None:
    first = load(tmp_path, word_document(), "a.docx")
    second = load(tmp_path, word_document(), "b.docx")
    assert first.display_pdf == second.display_pdf


# -- clean-up --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("⾠", "辰"),  # Kangxi radical (NFKC)
        ("陆星⾠", "陆星辰"),
        ("⻢上", "马上"),  # CJK radical supplement (shipped table)
        ("ﬁne-tuning", "fine-tuning"),
        ("Eﬃcient", "Efficient"),
        ("2021.9\u00a0-\u00a0至今", "2021.9 - 至今"),
        ("co\u00adoperation", "cooperation"),
        ("non\u2011blocking", "non-blocking"),
        ("a\u0085b\u0001c", "abc"),
        ("\ue000GitHub", "GitHub"),
        ("**粗体**说明", "粗体说明"),
        ('<ul style="list-style-type: none">指导老师:陈立', "指导老师:陈立"),
        ("item</li>", "item"),
        ("[paper link][code link]", "[paper link][code link]"),
        ("Engineer        06/2020 - Present", "Engineer\t06/2020 - Present"),
        ("香港中文大学（深圳）：ＡＢＣ，１２３", "香港中文大学（深圳）：ABC，123"),  # Chinese punctuation stays
    ],
)
def test_clean_text(raw: str, clean: str) -> None:
    assert clean_text(raw) == clean


@given(st.text())
def test_clean_text_leaves_no_invisible_or_private_characters(raw: str) -> None:
    cleaned = clean_text(raw)
    assert not any(c in "\u00ad\u200b\ufeff\u2011" for c in cleaned)
    assert not any(ord(c) < 0x20 and c != "\t" or 0x7F <= ord(c) < 0xA0 or 0xE000 <= ord(c) <= 0xF8FF for c in cleaned)


def test_lines_of_a_pdf_are_cleaned(tmp_path: Path) -> None:
    document = load(tmp_path, make_pdf([[(72, 72, "## 发明专利"), (72, 100, "**陆星⾠**\u00a0简历")]]))
    assert texts(document) == ["发明专利", "陆星辰 简历"]
    assert document.lines().__next__().spans[0].text == "发明专利"


# -- layout ----------------------------------------------------------------------------------------


def test_two_column_page_reads_left_column_then_right(tmp_path: Path) -> None:
    left = [(40, 100 + 15 * i, f"Sidebar {i}") for i in range(8)]
    right = [(240, 104 + 19 * i, f"Main column line {i} with a longer sentence of text") for i in range(8)]
    document = load(tmp_path, make_pdf([left + right]))
    assert texts(document) == [f"Sidebar {i}" for i in range(8)] + [right[i][2] for i in range(8)]


def test_latex_style_columns_on_a_shared_baseline_grid(tmp_path: Path) -> None:
    left = [(50, 100 + 12 * i, f"left column sentence number {i} runs wide") for i in range(10)]
    right = [(310, 100 + 12 * i, f"right column sentence number {i} runs wide") for i in range(10)]
    document = load(tmp_path, make_pdf([[(220, 60, "Full Width Title Of The Paper Spanning Both"), *left, *right]]))
    assert texts(document) == [
        "Full Width Title Of The Paper Spanning Both",
        *(text for _, _, text in left),
        *(text for _, _, text in right),
    ]


def test_right_aligned_dates_stay_on_their_entry_line(tmp_path: Path) -> None:
    texts_on_page: list[Text] = []
    entries = [("Stripe, Senior Engineer", "Mar 2022 - Present"), ("Uber, Engineer", "2019 - 2022")]
    for i, (entry, date) in enumerate(entries):
        y = 100 + 60 * i
        texts_on_page += [(72, y, entry), (right_aligned(date), y, date), (80, y + 14, f"Built system {i}.")]
        texts_on_page.append((80, y + 28, "More."))
    document = load(tmp_path, make_pdf([texts_on_page]))
    assert texts(document) == [
        "Stripe, Senior Engineer\tMar 2022 - Present",
        "Built system 0.",
        "More.",
        "Uber, Engineer\t2019 - 2022",
        "Built system 1.",
        "More.",
    ]
    assert [span.text for span in document.pages[0].lines[0].spans] == ["Stripe, Senior Engineer", "Mar 2022 - Present"]


def test_dates_drawn_after_the_text_still_join_their_rows(tmp_path: Path) -> None:
    awards = ["国家奖学金", "优秀毕业生", "数学建模竞赛一等奖", "三好学生"]
    dates = ["2019 年 7 月 - 2022 年 6 月", "2018 年 9 月 - 2019 年 6 月", "2017 年 10 月", "2016 年 5 月 - 2016 年 9 月"]
    body = [(72, 100 + 20 * i, award) for i, award in enumerate(awards)]
    cells = [(330, 100 + 20 * i, date) for i, date in enumerate(dates)]  # written last, like a second pass
    document = load(tmp_path, make_pdf([body + cells], size=10.5))
    assert texts(document) == [f"{award}\t{date}" for award, date in zip(awards, dates, strict=True)]


def test_table_row_becomes_one_line_with_cells(tmp_path: Path) -> None:
    header = [(72, 150, "学校"), (206, 150, "专业"), (300, 150, "学历"), (340, 150, "时间")]
    row = [(72, 170, "北京航空航天大学"), (206, 170, "计算机科学与技术"), (300, 170, "学士"), (340, 170, "2016.09-2020.06")]
    document = load(tmp_path, make_pdf([header + row]))
    assert texts(document) == ["学校\t专业\t学历\t时间", "北京航空航天大学\t计算机科学与技术\t学士\t2016.09-2020.06"]


def test_running_header_footer_and_page_numbers_are_dropped(tmp_path: Path) -> None:
    pages = [
        [(72, 30, "Jane Roe - Curriculum Vitae"), (72, 100, f"Body text of page {n}"), (260, 820, f"Page {n} of 2")]
        for n in (1, 2)
    ]
    document = load(tmp_path, make_pdf(pages))
    assert texts(document) == ["Body text of page 1", "Body text of page 2"]
    assert sorted(line.text for line in document.dropped_lines) == sorted(
        ["Jane Roe - Curriculum Vitae", "Page 1 of 2", "Jane Roe - Curriculum Vitae", "Page 2 of 2"]
    )


def test_a_name_at_the_top_of_a_one_page_resume_is_kept(tmp_path: Path) -> None:
    document = load(tmp_path, make_pdf([[(72, 40, "Jane Roe"), (72, 100, "Education"), (290, 820, "1")]]))
    assert texts(document) == ["Jane Roe", "Education"]


def test_letter_spaced_chinese_words_are_closed_up(tmp_path: Path) -> None:
    document = load(tmp_path, make_pdf([[(72, 72, "张 三"), (72, 100, "教 育 背 景"), (72, 128, "北京大学 计算机学院")]]))
    assert texts(document) == ["张三", "教育背景", "北京大学 计算机学院"]


def test_text_drawn_twice_for_fake_bold_is_read_once(tmp_path: Path) -> None:
    document = load(tmp_path, make_pdf([[(72, 72, "Education"), (72.4, 72, "Education"), (72, 100, "MIT")]]))
    assert texts(document) == ["Education", "MIT"]


def test_bold_and_size_are_read(tmp_path: Path) -> None:
    document = load(tmp_path, make_pdf([[(72, 72, "EDUCATION"), (72, 100, "MIT")]], bold=["EDUCATION"]))
    heading, body = document.pages[0].lines
    assert heading.bold and not body.bold and heading.size == pytest.approx(10)


def test_rotated_page_is_read_as_displayed(tmp_path: Path) -> None:
    pdf = pymupdf.open()
    page = pdf.new_page(width=595, height=842)
    page.insert_text((72, 770), "First line", fontsize=10, rotate=90)
    page.insert_text((90, 770), "Second line", fontsize=10, rotate=90)
    page.set_rotation(90)
    document = load(tmp_path, pdf.tobytes())
    assert (document.pages[0].width, document.pages[0].height) == (842, 595)
    assert texts(document) == ["First line", "Second line"]
    assert document.pages[0].lines[0].bbox[1] < 100  # near the top of the landscape page
    assert_rects_on_pages(document)


def test_text_off_the_page_is_clipped(tmp_path: Path) -> None:
    document = load(tmp_path, make_pdf([[(500, 100, "This sentence runs far beyond the right edge of the page")]]))
    assert document.pages[0].lines and document.pages[0].lines[0].text.startswith("This sentence")
    assert_rects_on_pages(document)


def test_narrow_sidebar_on_the_right_is_a_column_although_some_baselines_meet(tmp_path: Path) -> None:
    main = [(50, 100 + 14 * i, f"Main column line {i} with a longer sentence of text in it") for i in range(10)]
    side = [(420, 100 + 12 * i, f"Side {i}") for i in range(12)]
    document = load(tmp_path, make_pdf([main + side]))
    assert texts(document) == [text for _, _, text in main] + [text for _, _, text in side]


def test_emoji_are_drawn_in_the_rendition_of_text_files(tmp_path: Path) -> None:
    """MuPDF's Noto Emoji draws them; ToUnicode maps U+1F393 back whole (not U+1F39 Ἱ); ✉️'s variation selector goes."""
    document = load(tmp_path, "## 🎓 教育经历\n\n✉️ a@example.com\n".encode(), "cv.md")
    assert texts(document) == ["🎓 教育经历", "✉ a@example.com"]


def _placed_pdf(texts: Sequence[tuple[float, float, str, float]]) -> bytes:
    """A one-page PDF with each (x, baseline, text, font size) where it is placed."""
    pdf = pymupdf.open()
    page = pdf.new_page(width=595, height=842)
    for x, y, text, size in texts:
        page.insert_text((x, y), text, fontsize=size, fontname="helv")
    return pdf.tobytes()


MAIN_COLUMN = [(200.0, 100.0 + 14 * i, f"Main column line {i} with a longer sentence", 10.0) for i in range(12)]


def test_a_sidebar_line_running_into_the_gutter_leaves_the_sidebar_a_column(tmp_path: Path) -> None:
    long_line = "Frameworks: PyTorch, Ray, Megatron-"  # TeX lets the hyphenated word run past the sidebar
    side = [(34.0, 104.0 + 12 * i, f"Side {i}", 10.0) for i in range(4)]
    side += [(211 - pymupdf.get_text_length(long_line, fontsize=10), 152.0, long_line, 10.0)]
    side += [(34.0, 164.0 + 12 * i, f"Side {i}", 10.0) for i in range(5, 9)]
    document = load(tmp_path, _placed_pdf(side + MAIN_COLUMN))
    assert texts(document) == [text for *_, text, _ in side + MAIN_COLUMN]


def test_a_sidebar_with_its_own_headings_is_a_column_not_a_column_of_headings(tmp_path: Path) -> None:
    # sidebar headings set larger than the text may share a baseline with a main row; the sidebar's own
    # lines between them tell it from moderncv's column of headings, which heads the rows beside it
    side = [
        (34.0, 100.0, "Contact", 12.0), (34.0, 116.0, "(212) 555-0119", 10.0), (34.0, 128.0, "ada@example.com", 10.0),
        (34.0, 142.0, "Skills", 12.0), (34.0, 158.0, "Python, CUDA", 10.0), (34.0, 184.0, "Awards", 12.0),
    ]
    document = load(tmp_path, _placed_pdf(side + MAIN_COLUMN))
    assert texts(document) == [text for *_, text, _ in side + MAIN_COLUMN]
