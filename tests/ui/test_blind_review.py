"""Blind review in the window: no visible text names the candidate, boxes cover the page, and nothing hidden is lost."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from PySide6.QtGui import QAction, QColor
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGraphicsView,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from storage.importer import import_file
from tests.fixtures import PHOTO, blind_secrets, sample_truth, stamped_sample
from tests.ui.test_translation import chinese  # noqa: F401  (the fixture: the Chinese UI for one test)
from ui.main_window import MainWindow
from ui.page_text import TextSelection

ROLES = ("zh_phd", "en_research")


@pytest.fixture
def blind_window(window: MainWindow, tmp_path: Path) -> MainWindow:
    """Both stamped samples (#1 Chinese, #2 English), each with a note, a summary and a rating comment naming them."""
    library = window.library
    for role in ROLES:
        cid = import_file(library, stamped_sample(role, tmp_path)).candidate_id
        assert cid is not None
        name = sample_truth(role)["name"]
        library.add_highlight(cid, 0, [(60, 40, 200, 80)], name, color=0, note=f"{name} looks strong")
        library.set_summary(cid, f"Met {name} at a conference.")
        library.set_rating(cid, library.candidate_rubric(cid).areas[0].id, 4, f"{name} led the project")
    window.reload_candidates()
    window.select_candidate(1)
    return window


def _action(window: MainWindow, name: str) -> QAction:
    action = window.findChild(QAction, name)
    assert action is not None
    return action


def _set_blind(window: MainWindow, on: bool, schools: bool = False) -> None:
    _action(window, "actionBlind").setChecked(on)
    _action(window, "actionBlindSchools").setChecked(schools)


def _model_texts(model: QAbstractItemModel, where: str) -> Iterator[tuple[str, str]]:
    for row in range(model.rowCount(QModelIndex())):
        for column in range(model.columnCount(QModelIndex())):
            index = model.index(row, column)
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                value = index.data(role)
                if value is not None:
                    yield f"{where} cell {row},{column}", str(value)


def visible_texts(window: MainWindow) -> Iterator[tuple[str, str]]:
    """(where, text) of everything the reviewer can read: title, actions, labels, fields, items, headers, tooltips."""
    yield "window title", window.windowTitle()
    for action in window.findChildren(QAction):
        yield f"action {action.objectName()}", action.text()
        yield f"action tooltip {action.objectName()}", action.toolTip()
    for widget in [window, *window.findChildren(QWidget)]:
        if not widget.isVisibleTo(window):
            continue
        name = f"{type(widget).__name__} {widget.objectName()}"
        yield f"tooltip of {name}", widget.toolTip()
        if isinstance(widget, (QLabel, QAbstractButton)):
            yield name, widget.text()
        if isinstance(widget, QLineEdit):
            yield name, widget.text()
            yield f"placeholder of {name}", widget.placeholderText()
        if isinstance(widget, QPlainTextEdit):
            yield name, widget.toPlainText()
            yield f"placeholder of {name}", widget.placeholderText()
        if isinstance(widget, QComboBox):
            yield from ((f"item of {name}", widget.itemText(i)) for i in range(widget.count()))
        if isinstance(widget, QTabWidget):
            yield from ((f"tab of {name}", widget.tabText(i)) for i in range(widget.count()))
        if isinstance(widget, QHeaderView) and widget.model() is not None:
            for section in range(widget.count()):
                yield f"header of {name}", str(widget.model().headerData(section, widget.orientation()) or "")
        if isinstance(widget, QAbstractItemView) and not isinstance(widget, QHeaderView) and widget.model() is not None:
            yield from _model_texts(widget.model(), name)
        if isinstance(widget, QGraphicsView) and widget.scene() is not None:  # the page's note tabs and highlights
            for item in widget.scene().items():
                yield f"page item tooltip in {name}", item.toolTip()


def leaks(window: MainWindow, secrets: list[str]) -> list[str]:
    """Every visible text holding one of *secrets* (spaces ignored: a name spaced out is still the name)."""
    squeezed = [re.sub(r"\s+", "", s).casefold() for s in secrets]
    return sorted({
        f"{where}: {text[:80]!r}" for where, text in visible_texts(window)
        if any(s in re.sub(r"\s+", "", text).casefold() for s in squeezed)
    })


def _every_tab_leaks(window: MainWindow, secrets: list[str]) -> list[str]:
    found = []
    for index in range(window.side_tabs.count()):
        window.side_tabs.setCurrentIndex(index)
        found += leaks(window, secrets)
    return found


def test_no_visible_text_names_a_blind_candidate(blind_window: MainWindow, qtbot: QtBot) -> None:
    window = blind_window
    secrets = blind_secrets("zh_phd", True) + blind_secrets("en_research", True)
    assert _every_tab_leaks(window, secrets)  # the check sees them while blind review is off
    _set_blind(window, True, schools=True)
    for cid in (1, 2):
        window.select_candidate(cid)
        assert _every_tab_leaks(window, secrets) == []
    assert window.model.index(0, 0).data() == "Candidate 1"
    window.compare.open(1, 2)
    assert leaks(window, secrets) == []
    window.compare.view.documents_toggle.click()
    assert leaks(window, secrets) == []
    assert all(view.is_redacted(0, PHOTO) for view in window.compare.view.documents.values())
    window.compare.close()


def _viewport_color(window: MainWindow, page: int, rect: tuple[float, float, float, float]) -> QColor:
    """The rendered colour at the centre of a page rectangle, as the reviewer sees it."""
    view = window.document_view
    view.scroll_to(page, rect)
    center = view.mapFromScene(view.to_scene(page, rect).center())
    return view.viewport().grab().toImage().pixelColor(center)


def test_the_page_shows_opaque_boxes_and_its_words_cannot_be_picked(blind_window: MainWindow, qtbot: QtBot) -> None:
    window = blind_window
    view = window.document_view
    name = sample_truth("zh_phd")["name"]
    doc = view.fitz_document
    assert doc is not None
    places = [(page.number, tuple(r)) for page in doc for r in page.search_for(name)]
    assert len(places) >= 2  # the header and the footer
    assert _viewport_color(window, *places[0]) != QColor(0, 0, 0)
    _set_blind(window, True)
    for page, rect in [*places, (0, PHOTO)]:
        inner = (rect[0] + 1, rect[1] + 1, rect[2] - 1, rect[3] - 1)
        assert _viewport_color(window, page, inner) == QColor(0, 0, 0), (page, rect)
    words = "".join(t.text for page in range(view.page_count()) for t in view.tokens(page))
    assert name not in words and "zhiyuan.shen@example.com" not in words
    window.find_bar.search(name)
    assert window.find_bar.hits() == []
    _set_blind(window, False)
    assert _viewport_color(window, *places[0]) != QColor(0, 0, 0)
    assert name in "".join(t.text for t in view.tokens(0))


def test_turning_blind_off_restores_everything(blind_window: MainWindow) -> None:
    window = blind_window
    name, email = sample_truth("zh_phd")["name"], sample_truth("zh_phd")["emails"][0]
    _set_blind(window, True, schools=True)
    field = window.profile_editor.field(("basics", "name"))
    assert field is not None and field.widget.text() == "Candidate 1" and field.widget.isReadOnly()
    _set_blind(window, False)
    assert field.widget.text() == name and not field.widget.isReadOnly()
    email_field = window.profile_editor.field(("basics", "email"))
    assert email_field is not None and email_field.widget.text() == email
    assert window.model.index(0, 0).data() == name
    assert window.profile_editor.name_label.text() == name
    assert window.review_panel.panel.summary.toPlainText() == f"Met {name} at a conference."
    assert "&Undo" in _action(window, "actionUndo").text()


def test_edits_while_blind_keep_the_hidden_fields(blind_window: MainWindow, qtbot: QtBot) -> None:
    window = blind_window
    library = window.library
    before = library.profile(1)["basics"]
    _set_blind(window, True, schools=True)
    editor = window.profile_editor
    headline = editor.field(("basics", "label"))
    assert headline is not None and not headline.masked
    headline.widget.setFocus()
    assert isinstance(headline.widget, QLineEdit)
    headline.widget.end(False)
    qtbot.keyClicks(headline.widget, " (blind)")
    editor.commit_pending()
    selection = TextSelection(0, ((60.0, 40.0, 200.0, 80.0),), "Someone Else")
    editor.use_selection_as("Name", selection)  # refused: the name is hidden
    school = editor.field(("education", 0, "institution"))
    assert school is not None and school.masked and school.widget.isReadOnly()
    summary = window.review_panel.panel.summary
    assert summary.isReadOnly()  # the note names the candidate: masked, so not edited
    after = library.profile(1)
    assert after["basics"]["label"] == before["label"] + " (blind)"
    assert {k: after["basics"].get(k) for k in ("name", "email", "phone")} == {k: before.get(k) for k in ("name", "email", "phone")}
    assert after["education"][0]["institution"] == sample_truth("zh_phd")["education"][0]["institution"]
    assert library.review(1).summary == f"Met {sample_truth('zh_phd')['name']} at a conference."
    _set_blind(window, False)
    assert editor.field(("basics", "name")) is not None and editor.field(("basics", "name")).widget.text() == before["name"]  # type: ignore[union-attr]


def test_blind_review_is_remembered_per_library(blind_window: MainWindow, reopen) -> None:  # type: ignore[no-untyped-def]
    _set_blind(blind_window, True, schools=True)
    again = reopen(blind_window)
    assert _action(again, "actionBlind").isChecked() and _action(again, "actionBlindSchools").isChecked()
    assert again.shell.blind.options is not None and again.shell.blind.options.schools


def test_schools_switch_needs_blind_review(blind_window: MainWindow) -> None:
    schools = _action(blind_window, "actionBlindSchools")
    assert not schools.isEnabled()
    _set_blind(blind_window, True)
    assert schools.isEnabled()


@pytest.mark.usefixtures("chinese")
def test_the_chinese_ui_says_candidate_in_chinese(blind_window: MainWindow) -> None:
    _set_blind(blind_window, True)
    assert blind_window.model.index(0, 0).data() == "候选人 1"
    field = blind_window.profile_editor.field(("basics", "name"))
    assert field is not None and field.widget.text() == "候选人 1"
    assert _action(blind_window, "actionBlind").text() == "盲审(&B)"


def test_removing_while_blind_says_the_pseudonym(blind_window: MainWindow, qtbot: QtBot) -> None:
    window = blind_window
    _set_blind(window, True)
    window.select_candidate(1)
    window.activateWindow()
    window.candidate_list.setFocus()
    qtbot.keyClick(window.candidate_list, Qt.Key.Key_Delete)
    message = window.statusBar().currentMessage()
    assert message.startswith("Removed Candidate 1 — Undo")
    assert sample_truth("zh_phd")["name"] not in message + window.undo_stack.undoText()
