"""The window under bad input and a refusing library: clear reports, no crash, an honest undo stack."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtGui import QTextDocumentFragment
from PySide6.QtWidgets import QLabel, QMenu, QMessageBox, QToolButton, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import event

import storage.library
from storage.library import Library
from tests.fixtures import sample_path
from tests.test_robustness import BAD_FILES, docx_bytes
from tests.ui.test_compare_view import child, click_segment, open_compare, select_rows
from tests.ui.test_import import run_import
from ui.compare_widgets import RatingBar
from ui.main_window import MainWindow

LINES = ["王小明 大模型算法工程师", "负责 MoE 预训练与长上下文扩展", "Built distributed training on 1024 GPUs"]
LOCK_WAIT = 0.05  # seconds a write waits for another program's lock (the app waits 5)


@pytest.fixture(autouse=True)
def short_lock_wait(monkeypatch: pytest.MonkeyPatch) -> None:
    """The window's library gives up on a lock at once, so a locked write fails fast."""
    monkeypatch.setattr(storage.library, "BUSY_TIMEOUT", LOCK_WAIT)


# -- the library refuses writes ---------------------------------------------------------------


@contextmanager
def locked_by_another_program(path: Path) -> Iterator[None]:
    """Another process holds the library's write lock (as sqlite3 in a terminal would)."""
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")
    try:
        yield
    finally:
        other.execute("ROLLBACK")
        other.close()


@contextmanager
def sqlite_refuses_writes(library: Library, message: str) -> Iterator[None]:
    """Every write statement fails with *message*, the error SQLite gives (disk full, read-only file)."""

    def refuse(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        if statement.lstrip().upper().startswith(("INSERT", "UPDATE", "DELETE", "REPLACE")):
            raise sqlite3.OperationalError(message)

    event.listen(library.engine, "before_cursor_execute", refuse)
    try:
        yield
    finally:
        event.remove(library.engine, "before_cursor_execute", refuse)


REFUSALS: dict[str, tuple[Callable[[MainWindow], Any], str]] = {
    "locked": (lambda w: locked_by_another_program(w.library.path), "locked by another program"),
    "disk full": (lambda w: sqlite_refuses_writes(w.library, "database or disk is full"), "The disk is full"),
    # Tests run as root, for whom chmod cannot make a file read-only: SQLite's error is simulated.
    "read-only": (lambda w: sqlite_refuses_writes(w.library, "attempt to write a readonly database"), "read-only"),
}


def _select_line(window: MainWindow, line: int) -> None:
    y = 90 + 18 * line
    assert window.document_view.select_text_at(0, (60, y - 4, 580, y - 2)) is not None


def _edit_profile_label(window: MainWindow, qtbot: QtBot) -> None:
    field = window.profile_editor.field(("basics", "label"))
    assert field is not None
    field.widget.setFocus()
    qtbot.keyClick(field.widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(field.widget, "Staff Engineer")
    window.candidate_list.setFocus()  # leaving the field saves it


def _rate(window: MainWindow, qtbot: QtBot) -> None:
    window.side_tabs.setCurrentWidget(window.review_panel.panel)
    widget = window.review_panel.panel.area_widget("research_depth")
    assert widget is not None
    qtbot.mouseClick(widget.buttons[4], Qt.MouseButton.LeftButton)


def _highlight_line(window: MainWindow, line: int) -> None:
    _select_line(window, line)
    window.highlights.create_from_selection()


def _highlight(window: MainWindow, _qtbot: QtBot) -> None:
    _highlight_line(window, 1)


def _set_status(window: MainWindow, _qtbot: QtBot) -> None:
    combo = window.profile_editor.status_combo  # the profile pane's header, as a reviewer picks it
    index = combo.findData("shortlisted")
    combo.setCurrentIndex(index)
    combo.activated.emit(index)


def _recommend(window: MainWindow, qtbot: QtBot) -> None:
    window.side_tabs.setCurrentWidget(window.review_panel.panel)
    button = window.review_panel.panel.findChild(QToolButton, "recommend:strong_yes")
    assert button is not None
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _use_selection_as(target: str) -> Callable[[MainWindow, QtBot], None]:
    def use(window: MainWindow, _qtbot: QtBot) -> None:
        _select_line(window, 2)
        view = window.document_view
        menu = view.build_context_menu(view.to_scene(0, view.selection().rects[0]).center())
        submenu = menu.findChild(QMenu, "useAsMenu")
        assert submenu is not None
        next(a for a in submenu.actions() if a.text() == target).trigger()
        menu.deleteLater()

    return use


def _rating_of(window: MainWindow, candidate_id: int) -> int | None:
    return next(r.value for r in window.library.ratings(candidate_id) if r.area_key == "research_depth")


def _rating(window: MainWindow) -> int | None:
    return _rating_of(window, window.candidate_id)


# name: (make the edit as the reviewer does, read the stored value, the value once saved)
EDITS: dict[str, tuple[Callable[[MainWindow, QtBot], None], Callable[[MainWindow], Any], Any]] = {
    "profile field": (
        _edit_profile_label,
        lambda w: w.library.profile(w.candidate_id)["basics"].get("label"),
        "Staff Engineer",
    ),
    "rating": (_rate, _rating, 4),
    "use as institution (a new entry)": (
        _use_selection_as("Institution"),
        lambda w: [e.get("institution") for e in w.library.profile(w.candidate_id).get("education", [])],
        [LINES[2]],
    ),
    "use as name (value and source, one step)": (
        _use_selection_as("Name"),
        lambda w: w.library.profile(w.candidate_id)["basics"].get("name"),
        LINES[2],
    ),
    "highlight": (_highlight, lambda w: [h.text for h in w.library.highlights(w.candidate_id)], [LINES[1]]),
    "status": (_set_status, lambda w: w.library.summary(w.candidate_id).status, "shortlisted"),
    "recommendation": (_recommend, lambda w: w.library.review(w.candidate_id).recommendation, "strong_yes"),
}


@pytest.mark.parametrize("refusal", sorted(REFUSALS))
@pytest.mark.parametrize("edit", sorted(EDITS))
def test_a_refused_write_is_reported_leaves_no_undo_step_and_the_next_edit_saves(
    window: MainWindow, qtbot: QtBot, add_pdf_candidate: Callable[..., int], edit: str, refusal: str
) -> None:
    add_pdf_candidate([LINES])
    make_edit, stored, saved = EDITS[edit]
    refuse, message = REFUSALS[refusal]
    before = stored(window)
    with refuse(window):
        make_edit(window, qtbot)
        assert message in window.statusBar().currentMessage()
        assert window.undo_stack.count() == 0
        assert window.undo_stack.undoText() == ""
    assert stored(window) == before
    # The widgets went back to what is stored (clicking 4 again rates 4 rather than clearing it).
    assert not window.review_panel.panel.area_widget("research_depth").buttons[4].isChecked()
    assert window.review_panel.panel.findChild(QToolButton, "recommend:none").isChecked()
    assert window.profile_editor.status_combo.currentData() == "new"

    make_edit(window, qtbot)
    assert stored(window) == saved
    assert window.undo_stack.count() == 1
    window.undo_stack.undo()
    assert stored(window) == before


def test_a_rating_refused_in_the_compare_view_is_not_shown_as_made(
    window: MainWindow, qtbot: QtBot, add_pdf_candidate: Callable[..., int]
) -> None:
    left = add_pdf_candidate([LINES], name="left.pdf")
    right = add_pdf_candidate([["Wang Fang"]], name="right.pdf")
    select_rows(window, [left, right])
    view = open_compare(window)
    with sqlite_refuses_writes(window.library, "database or disk is full"):
        click_segment(qtbot, child(view, "compareRating:left:research_depth", RatingBar), 4)
    assert "disk is full" in window.statusBar().currentMessage()
    assert window.undo_stack.count() == 0
    assert child(view, "compareRating:left:research_depth", RatingBar).value() is None
    click_segment(qtbot, child(view, "compareRating:left:research_depth", RatingBar), 4)
    assert child(view, "compareRating:left:research_depth", RatingBar).value() == 4 == _rating_of(window, left)


def test_an_undo_the_library_refuses_drops_the_step_instead_of_pretending(
    window: MainWindow, qtbot: QtBot, add_pdf_candidate: Callable[..., int]
) -> None:
    cid = add_pdf_candidate([LINES])
    _set_status(window, qtbot)
    _recommend(window, qtbot)
    with locked_by_another_program(window.library.path):
        window.undo_stack.undo()
        assert "locked by another program" in window.statusBar().currentMessage()
    # The recommendation stays (it was not taken back), and no redo offers to make it again.
    assert window.library.review(cid).recommendation == "strong_yes"
    assert (window.undo_stack.count(), window.undo_stack.index(), window.undo_stack.canRedo()) == (1, 1, False)
    window.undo_stack.undo()  # the step below is untouched
    assert window.library.summary(cid).status == "new"


def test_deleting_several_highlights_in_a_locked_library_keeps_them_and_their_undo_steps(
    window: MainWindow, qtbot: QtBot, add_pdf_candidate: Callable[..., int]
) -> None:
    cid = add_pdf_candidate([LINES])
    for line in (0, 1):
        _highlight_line(window, line)
    ids = [h.id for h in window.library.highlights(cid)]
    with locked_by_another_program(window.library.path):
        window.highlights.delete(ids)  # one undo step made of one command per highlight
    assert [h.id for h in window.library.highlights(cid)] == ids
    assert window.undo_stack.count() == 2 and window.undo_stack.canRedo() is False
    window.highlights.delete(ids)
    assert window.library.highlights(cid) == []
    window.undo_stack.undo()
    assert [h.id for h in window.library.highlights(cid)] == ids


def test_removing_a_candidate_from_a_locked_library_says_so_and_keeps_the_row(
    window: MainWindow, add_pdf_candidate: Callable[..., int]
) -> None:
    cid = add_pdf_candidate([LINES])
    with locked_by_another_program(window.library.path):
        window.action_delete.trigger()
    assert "locked by another program" in window.statusBar().currentMessage()
    assert window.model.row_of(cid) is not None and window.library.count() == 1


def test_opening_a_library_from_a_newer_shortlist_says_so_and_keeps_the_window(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    future = tmp_path / "future.shortlist"
    Library(future).close()
    with sqlite3.connect(future) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    connection.close()
    before = future.read_bytes()
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()))
    assert window.open_library(future) is None
    assert len(shown) == 1 and "made by a newer Shortlist" in shown[0]
    assert future.read_bytes() == before
    assert window.isVisible() and window.library.count() == 0  # the open library is still in use


# -- bad files --------------------------------------------------------------------------------


def test_each_bad_file_is_reported_with_its_reason_and_the_good_ones_import(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    bad_paths = []
    for name, (make, _reason) in BAD_FILES.items():
        path = tmp_path / name
        path.write_bytes(make())
        bad_paths.append(path)
    # A Word file named .pdf is read for what it is.
    disguised = tmp_path / "word-in-disguise.pdf"
    disguised.write_bytes(docx_bytes(tmp_path))
    paths = [sample_path("en_ml"), *bad_paths, disguised]
    outcomes = run_import(qtbot, window, lambda: window.import_paths(paths))
    assert [o.status for o in outcomes] == ["imported", *["failed"] * len(BAD_FILES), "imported"]
    report = window.findChild(QMessageBox, "importReport")
    assert report is not None
    qtbot.waitUntil(report.isVisible)
    assert f"2 imported, 0 duplicate, {len(BAD_FILES)} failed" in report.text()
    lines = report.detailedText().splitlines()
    assert [line.split(": ", 1)[0] for line in lines] == list(BAD_FILES)
    for line, (_make, reason) in zip(lines, BAD_FILES.values(), strict=True):
        assert reason in line
        assert "unexpected" not in line and "Traceback" not in line
    report.close()
    assert window.library.count() == 2
    assert window.library.document(outcomes[-1].candidate_id).media_type.endswith("wordprocessingml.document")
    assert window.select_candidate(outcomes[-1].candidate_id)
    assert window.document_view.page_count() == 1


# -- document text is plain text everywhere ---------------------------------------------------

MARKUP = "<b>bold</b> &amp; <img src=x>"
RAW = ("<b>bold</b>", "<img src=x>", "<u>tag</u>", "<i>note</i>")


def shown(tooltip: str) -> str:
    """What a tooltip shows: Qt renders one that looks like HTML as HTML."""
    return QTextDocumentFragment.fromHtml(tooltip).toPlainText() if GuiQt.mightBeRichText(tooltip) else tooltip


def _rich_text_leaks(window: MainWindow) -> list[str]:
    """Labels and tooltips anywhere in the window that Qt would render as HTML while holding raw markup."""
    leaks = []
    for widget in window.findChildren(QWidget):
        if isinstance(widget, QLabel) and "<" in widget.text() and widget.textFormat() != Qt.TextFormat.PlainText:
            leaks.append(f"label {widget.text()!r}")
        tip = widget.toolTip()
        if any(raw in tip and raw not in shown(tip) for raw in RAW):
            leaks.append(f"tooltip {tip!r}")
    return leaks


def test_markup_in_a_document_is_shown_literally_in_every_pane(
    window: MainWindow, qtbot: QtBot, add_pdf_candidate: Callable[..., int]
) -> None:
    other = add_pdf_candidate([["Wang Fang"]], name="other.pdf")
    cid = add_pdf_candidate([[MARKUP, "Built <i>search</i> at A&amp;B"]], name="<b>cv&amp;.pdf")
    profile = window.library.profile(cid)
    profile["basics"]["name"] = MARKUP
    profile["work"] = [{"name": "<img src=x>", "position": "<b>bold</b> lead", "summary": MARKUP}]
    window.library.save_profile(cid, profile)
    window.library.add_candidate_tag(cid, "<u>tag</u>")
    window.library.set_summary(cid, MARKUP)
    window.refresh_candidates([cid])
    window.show_candidate(cid)
    _select_line(window, 0)
    window.highlights.create_from_selection(note="<i>note</i>")

    row = window.proxy.mapFromSource(window.model.index(window.model.row_of(cid), 0)).row()
    assert window.proxy.index(row, 0).data() == MARKUP
    tip = window.proxy.index(row, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert shown(tip).startswith("<b>cv&amp;.pdf")
    proxy = window.highlights.panel.proxy
    assert any("<b>bold</b>" in str(proxy.index(r, c).data()) for r in range(proxy.rowCount()) for c in range(proxy.columnCount()))
    assert window.review_panel.panel.summary.toPlainText() == MARKUP
    window.find_bar.open_bar()
    window.find_bar.search("<b>bold</b>")
    assert len(window.find_bar.hits()) == 1
    assert _rich_text_leaks(window) == []

    window.compare.open(cid, other)
    assert window.compare.is_open()
    compare_texts = [label.text() for label in window.compare.view.findChildren(QLabel)]
    assert any("<img src=x>" in text for text in compare_texts)
    assert _rich_text_leaks(window) == []
