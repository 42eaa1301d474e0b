"""What "fit width" fits: a page's content (its text and images, plus a small margin), not the paper.

A résumé's paper margins are a sixth of its width; fitting the content instead makes the text of
an A4 page about a fifth larger in the same pane.
"""

from __future__ import annotations

from collections import Counter

import pymupdf

CONTENT_MARGIN = (2.0, 10.0)  # points left and right of the content; the right one holds a note's ✎ tab
SCANNED_PAGES = 8  # the first pages decide (a 200-page document is not read through to open it)
MIN_SHARE = 0.5  # a page with little on it is fitted at no less than half its width


def content_span(document: pymupdf.Document) -> tuple[float, float]:
    """The left and right edge (points) of the text and images on the first pages, with the margin; the paper when empty."""
    width = max((page.rect.width for page in document.pages(0, min(SCANNED_PAGES, document.page_count))), default=0.0)
    left, right = width, 0.0
    for number in range(min(SCANNED_PAGES, document.page_count)):
        for block in document[number].get_text("blocks"):
            left, right = min(left, block[0]), max(right, block[2])
    if right <= left:
        return 0.0, width
    left, right = max(left - CONTENT_MARGIN[0], 0.0), min(right + CONTENT_MARGIN[1], width)
    missing = width * MIN_SHARE - (right - left)
    if missing > 0:
        left, right = max(left - missing / 2, 0.0), min(right + missing / 2, width)
    return left, right


def body_size(page: pymupdf.Page) -> float:
    """The font size (points) most of a page's characters are set in; 0 for a page without text."""
    sizes: Counter[float] = Counter()
    for block in page.get_text("dict")["blocks"]:
        for line in block.get("lines", ()):
            for span in line["spans"]:
                sizes[round(span["size"], 1)] += len(span["text"].strip())
    return sizes.most_common(1)[0][0] if sizes else 0.0
