"""One invented person's résumé as several documents (Chinese and English, TXT, Markdown, PDF, DOCX) and a namesake."""

from __future__ import annotations

from pathlib import Path

import docx
import pymupdf

CHINESE = """王思远
电话：+86 138-0000-1234 | 邮箱：Siyuan.Wang@Example.com

教育背景
2018.09 - 2023.06  清华大学（Tsinghua University）  计算机科学与技术  博士

工作经历
2023.07 - 至今  字节跳动  算法工程师
"""

ENGLISH = """Siyuan Wang
Phone: 13800001234 | Email: siyuan.wang@example.com

Education
Tsinghua University, Ph.D. in Computer Science, 2018 - 2023

Experience
ByteDance, Algorithm Engineer, 2023 - present
"""

# Same name in the other order and the same school, but another address: maybe the same person, never joined.
NAMESAKE = """Wang Siyuan
Email: wsy@example.org

Education
Tsinghua University, Ph.D. in Computer Science, 2018 - 2023
"""


def write_versions(folder: Path) -> list[Path]:
    """The person's résumé in four files: Chinese TXT, English Markdown, English PDF, Chinese DOCX."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = [folder / "wang_zh.txt", folder / "wang_en.md", folder / "wang_en.pdf", folder / "wang_zh.docx"]
    paths[0].write_text(CHINESE, encoding="utf-8")
    paths[1].write_text(ENGLISH.replace("Education", "## Education").replace("Experience", "## Experience"), encoding="utf-8")
    pdf = pymupdf.open()
    page = pdf.new_page()
    page.insert_text((72, 72), ENGLISH, fontsize=11)
    pdf.save(paths[2])
    word = docx.Document()
    for line in CHINESE.splitlines():
        word.add_paragraph(line)
    word.save(str(paths[3]))
    return paths


def write_namesake(folder: Path) -> Path:
    """Another file with only the name and school in common."""
    path = folder / "wang_siyuan_other.txt"
    path.write_text(NAMESAKE, encoding="utf-8")
    return path
