"""Every place the window can show document or library text shows it literally, never as rich text.

Qt guesses the format of a label, a tooltip and a message box: text that looks like HTML is rendered
as HTML, and an `<img src=…>` in it makes Qt read a local file. The test fills the window with a
hostile candidate (HTML, an image, right-to-left overrides, a 10,000-character line) and walks every
widget, item-view tooltip, action and message box it can reach.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from PySide6.QtGui import QAction
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QLabel,
    QMessageBox,
    QTabBar,
    QWidget,
)
from pytestqt.qtbot import QtBot

from tests.conftest import line_pdf, store_pdf_candidate
from ui.main_window import MainWindow

IMAGE = '<img src="hostile-probe.png">'
BOLD = "<b>hostile</b>"
RTL = "\u202eevil\u202c"
HOSTILE = f"{BOLD}{IMAGE} {RTL}"
LONG_LINE = "长" * 10_000
MARKERS = (IMAGE, BOLD)


def interprets_markup(text: str, text_format: Qt.TextFormat = Qt.TextFormat.AutoText) -> bool:
    """Whether Qt would render hostile markup in *text* as HTML instead of showing it."""
    rich = text_format == Qt.TextFormat.RichText or (
        text_format == Qt.TextFormat.AutoText and GuiQt.mightBeRichText(text)
    )
    return rich and any(marker in text for marker in MARKERS)


def _model_tips(model: QAbstractItemModel, parent: QModelIndex | None = None) -> Iterator[str]:
    parent = parent or QModelIndex()
    for row in range(model.rowCount(parent)):
        for column in range(model.columnCount(parent)):
            index = model.index(row, column, parent)
            for role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.WhatsThisRole):
                value = index.data(role)
                if isinstance(value, str):
                    yield value
        first = model.index(row, 0, parent)
        if model.rowCount(first):
            yield from _model_tips(model, first)


def _widgets(window: MainWindow) -> list[QWidget]:
    widgets = [window, *window.findChildren(QWidget)]
    for top in QApplication.topLevelWidgets():
        if top is not window:
            widgets += [top, *top.findChildren(QWidget)]
    return widgets


def rich_text_leaks(window: MainWindow) -> list[str]:
    """Every label, tooltip, tab tip, item tip and action tip that would render hostile markup."""
    leaks = []
    for widget in _widgets(window):
        name = f"{type(widget).__name__} {widget.objectName()!r}"
        if isinstance(widget, QLabel) and interprets_markup(widget.text(), widget.textFormat()):
            leaks.append(f"{name} text {widget.text()[:80]!r}")
        for kind, text in (("tooltip", widget.toolTip()), ("what's this", widget.whatsThis())):
            if interprets_markup(text):
                leaks.append(f"{name} {kind} {text[:80]!r}")
        if isinstance(widget, QTabBar):
            leaks += [f"{name} tab tooltip" for i in range(widget.count()) if interprets_markup(widget.tabToolTip(i))]
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            leaks += [f"{name} item tooltip {tip[:80]!r}" for tip in _model_tips(widget.model()) if interprets_markup(tip)]
    for action in window.findChildren(QAction):
        if interprets_markup(action.toolTip()):
            leaks.append(f"action {action.objectName()!r} tooltip {action.toolTip()[:80]!r}")
    return leaks


@pytest.fixture
def message_boxes(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, Qt.TextFormat]]:
    """The text and text format of every modal message box shown (QMessageBox.critical & co. guess the format)."""
    shown: list[tuple[str, Qt.TextFormat]] = []

    def record(answer: QMessageBox.StandardButton) -> Callable[..., QMessageBox.StandardButton]:
        def box(_parent: Any, _title: str, text: str, *_args: Any, **_kwargs: Any) -> QMessageBox.StandardButton:
            shown.append((text, Qt.TextFormat.AutoText))
            return answer

        return box

    def run(box: QMessageBox) -> int:
        shown.extend([(box.text(), box.textFormat()), (box.informativeText(), box.textFormat())])
        return int(QMessageBox.StandardButton.Ok.value)

    for name in ("critical", "warning", "information"):
        monkeypatch.setattr(QMessageBox, name, staticmethod(record(QMessageBox.StandardButton.Ok)))
    monkeypatch.setattr(QMessageBox, "question", staticmethod(record(QMessageBox.StandardButton.No)))
    monkeypatch.setattr(QMessageBox, "exec", run)
    return shown


def _hostile_candidate(window: MainWindow) -> int:
    profile = {
        "basics": {"name": HOSTILE, "label": LONG_LINE, "email": f"{BOLD}@example.com", "summary": HOSTILE},
        "work": [{"name": IMAGE, "position": HOSTILE, "summary": LONG_LINE, "highlights": [HOSTILE]}],
        "education": [{"institution": HOSTILE, "area": LONG_LINE, "studyType": BOLD}],
        "skills": [{"name": HOSTILE, "keywords": [IMAGE, RTL]}],
    }
    pdf = line_pdf(f"{BOLD} {IMAGE} {RTL}")
    cid = store_pdf_candidate(window.library, pdf, profile, file_name=f"{BOLD}{RTL}.pdf", text=HOSTILE)
    window.library.add_candidate_tag(cid, HOSTILE)
    window.library.set_summary(cid, HOSTILE)
    return cid


def _edit_field(window: MainWindow, qtbot: QtBot, path: tuple[str | int, ...], text: str) -> None:
    field = window.profile_editor.field(path)
    assert field is not None, path
    field.widget.setFocus()
    qtbot.keyClick(field.widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(field.widget, text)
    window.candidate_list.setFocus()


def test_a_hostile_candidate_reaches_qt_only_as_plain_text(
    window: MainWindow, qtbot: QtBot, message_boxes: list[tuple[str, Qt.TextFormat]], tmp_path: Path
) -> None:
    other = store_pdf_candidate(window.library, line_pdf("Wang Fang"), {"basics": {"name": "Wang Fang"}}, "other.pdf")
    cid = _hostile_candidate(window)
    window.reload_candidates()
    assert window.select_candidate(cid)
    _edit_field(window, qtbot, ("education", 0, "institution"), "Fudan")  # the revert button names the parsed value
    _edit_field(window, qtbot, ("basics", "name"), "Someone")
    window.review_panel.add_position(HOSTILE)  # the position's rubric is named after it
    window.document_view.select_text_at(0, (0, 0, 600, 800))
    window.highlights.create_from_selection(note=HOSTILE)
    assert window.profile_editor.field(("education", 0, "institution")) is not None
    leaks = rich_text_leaks(window)
    assert leaks == [], "\n".join(leaks)

    window.compare.open(cid, other)
    assert window.compare.is_open()
    leaks = rich_text_leaks(window)
    assert leaks == [], "\n".join(leaks)

    damaged = tmp_path / f"{IMAGE}.shortlist"  # a file name cannot hold the "/" of </b>
    damaged.write_bytes(b"not a library at all" * 100)
    assert window.open_library(damaged) is None
    assert any(str(damaged) in text for text, _format in message_boxes), message_boxes
    assert [text for text, text_format in message_boxes if interprets_markup(text, text_format)] == []


def test_a_ten_thousand_character_line_does_not_stretch_the_window(window: MainWindow) -> None:
    cid = _hostile_candidate(window)
    window.reload_candidates()
    width = window.width()
    assert window.select_candidate(cid)
    screen = window.screen().availableGeometry()
    assert window.minimumSizeHint().width() <= screen.width()
    assert window.width() == width
