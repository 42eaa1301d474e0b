"""`main.py screenshots DIR` renders the tour's views from the bundled samples at 1280×800."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QImage

from ui.screenshots import render


def test_screenshots_render_the_main_views_at_1280_by_800(tmp_path: Path) -> None:
    shots = render(tmp_path / "tour")
    assert [p.stem for p in shots] == ["library", "review", "notes", "compare", "blind", "export", "chinese"]
    for path in shots:
        image = QImage(str(path))
        assert not image.isNull()
        if path.stem != "export":  # a dialog, at its own size
            assert (image.width(), image.height()) == (1280, 800)
            colours = {image.pixel(x, y) for x in range(0, 1280, 40) for y in range(0, 800, 40)}
            assert len(colours) > 8  # text, pages and controls drawn, not a blank window
