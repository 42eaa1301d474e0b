"""Benchmark (not a test): load_document + parse against PyMuPDF's own extraction, on the same files.

Prints, for the bundled samples and for a generated set of 1,000 documents (50 distinct synthetic
résumés of one or two pages, each read 20 times): median ms per document and per page for
`load_document` + `parse`, the median for PyMuPDF `open` + `get_text("dict")` on every page, and
the ratio of the two.  Run with `make bench`.
"""

from __future__ import annotations

import io
import random
import statistics
import sys
import tempfile
import time
from html import escape
from pathlib import Path

import pymupdf

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from parsing import load_document, parse  # noqa: E402

SAMPLES = ROOT / "resources" / "samples"
DISTINCT = 50
REPEATS = 20
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英"
SCHOOLS = ["清华大学", "北京大学", "浙江大学", "复旦大学", "Stanford University", "University of Oxford"]
COMPANIES = ["字节跳动", "阿里巴巴", "腾讯", "Google DeepMind", "Microsoft Research", "美团"]
WORDS = "模型 训练 推理 数据 系统 优化 检索 推荐 分布式 大语言模型 pipeline latency throughput GPU".split()


def synthetic_pdf(seed: int) -> bytes:
    """A one- or two-page résumé: name, contacts, education and work rows with right-aligned dates."""
    rng = random.Random(seed)
    name = rng.choice(SURNAMES) + rng.choice(GIVEN) + rng.choice(GIVEN)
    rows = []
    for section, orgs in (("教育背景", SCHOOLS), ("工作经历", COMPANIES), ("项目经历", COMPANIES)):
        rows.append(f"<h2>{section}</h2>")
        for _ in range(rng.randint(2, 4)):
            start = rng.randint(2012, 2022)
            rows.append(
                f'<table style="width:100%"><tr><td><b>{escape(rng.choice(orgs))}</b> 算法工程师</td>'
                f'<td style="text-align:right">{start}.09 - {start + 2}.06</td></tr></table>'
            )
            for _ in range(rng.randint(2, 6 if seed % 2 else 3)):
                rows.append("<p>• " + " ".join(rng.choice(WORDS) for _ in range(rng.randint(12, 30))) + "</p>")
    html = f"<h1>{name}</h1><p>电话:138-0000-{seed:04d} · 邮箱:user{seed}@example.com</p>" + "".join(rows)
    story = pymupdf.Story(html, user_css="body{font-size:10pt} td{padding:0}")
    buffer = io.BytesIO()
    writer = pymupdf.DocumentWriter(buffer)
    page = pymupdf.paper_rect("a4")
    more = True
    while more:
        device = writer.begin_page(page)
        more, _ = story.place(page + (50, 50, -50, -50))
        story.draw(device)
        writer.end_page()
    writer.close()
    return buffer.getvalue()


def ours(path: Path) -> tuple[float, float, int]:
    """Milliseconds for load_document and for parse, and the page count."""
    start = time.perf_counter()
    document = load_document(path)
    loaded = time.perf_counter()
    parse(document)
    return (loaded - start) * 1000, (time.perf_counter() - loaded) * 1000, document.page_count


def pymupdf_floor(path: Path) -> float:
    """Milliseconds PyMuPDF alone takes to open the file and get_text("dict") on every page."""
    start = time.perf_counter()
    with pymupdf.open(path) as pdf:
        for page in pdf:
            page.get_text("dict")
    return (time.perf_counter() - start) * 1000


def report(title: str, paths: list[Path]) -> None:
    """Time both readers on each path (interleaved, so both see the same machine load) and print medians."""
    load_ms, total_ms, per_page, two_page, floor_ms, pdf_load, pdf_total = [], [], [], [], [], [], []
    for path in paths:
        load, parsing, pages = ours(path)
        load_ms.append(load)
        total_ms.append(load + parsing)
        per_page.append((load + parsing) / pages)
        if pages == 2:
            two_page.append(load + parsing)
        if path.suffix.lower() == ".pdf":
            floor_ms.append(pymupdf_floor(path))
            pdf_load.append(load)
            pdf_total.append(load + parsing)
    median = statistics.median
    print(f"\n{title}: {len(paths)} documents")
    print(f"  load_document + parse: median {median(total_ms):6.2f} ms/document, {median(per_page):6.2f} ms/page "
          f"(load_document alone {median(load_ms):6.2f} ms/document)")
    if two_page:
        print(f"  two-page documents:    median {median(two_page):6.2f} ms/document")
    if floor_ms:
        print(f"  PyMuPDF open + get_text('dict') on every page: median {median(floor_ms):6.2f} ms/document")
        print(f"  ratio on PDFs, load_document + parse / PyMuPDF: {median(pdf_total) / median(floor_ms):.2f} "
              f"(load_document alone: {median(pdf_load) / median(floor_ms):.2f})")


def main() -> None:
    samples = sorted(p for p in SAMPLES.glob("*") if p.suffix.lower() in {".pdf", ".docx", ".md", ".txt"})
    if samples:
        for path in samples:  # warm-up: imports, font tables, first-use caches
            ours(path)
        report("Bundled samples", samples * 5)
    else:
        print(f"No samples in {SAMPLES}; skipped.")
    with tempfile.TemporaryDirectory() as folder:
        distinct = []
        for seed in range(DISTINCT):
            path = Path(folder) / f"synthetic-{seed:02d}.pdf"
            path.write_bytes(synthetic_pdf(seed))
            distinct.append(path)
        ours(distinct[0])
        report(f"Generated set ({DISTINCT} distinct × {REPEATS})", distinct * REPEATS)


if __name__ == "__main__":
    main()
