"""What OCR read on a scan's pages, kept in the library by the file's hash so that no scan is read twice."""

from __future__ import annotations

from sqlalchemy import delete, select

from parsing.document import OcrLine, ScannedPage
from storage.library import Library
from storage.models import ScannedPageText


def stored_pages(library: Library, sha256: str) -> tuple[ScannedPage, ...]:
    """The pages read before of the file with this hash, in order; () when it was never read by OCR."""
    with library.session() as s:
        rows = s.scalars(select(ScannedPageText).where(ScannedPageText.sha256 == sha256).order_by(ScannedPageText.page)).all()
        return tuple(
            ScannedPage(
                row.width, row.height, tuple(OcrLine(text, (x0, y0, x1, y1), score, bold) for text, x0, y0, x1, y1, score, bold in row.lines), row.turn
            )
            for row in rows
        )


def keep_pages(library: Library, sha256: str, pages: tuple[ScannedPage, ...]) -> None:
    """Store what OCR read on each page of the file with this hash, in place of anything stored before."""
    with library.session() as s:
        s.execute(delete(ScannedPageText).where(ScannedPageText.sha256 == sha256))
        s.add_all(
            ScannedPageText(
                sha256=sha256,
                page=number,
                width=page.width,
                height=page.height,
                lines=[[line.text, *line.bbox, line.score, line.bold] for line in page.lines],
                turn=page.turn,
            )
            for number, page in enumerate(pages)
        )
