"""Keyboard shortcuts: no key is bound twice where it could fire, the real keys do what the menus say, F1 lists them."""

from __future__ import annotations

from collections import defaultdict

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QTableWidget, QWidget
from pytestqt.qtbot import QtBot

from tests.conftest import add_candidate, make_profile
from ui.main_window import MainWindow
from ui.shortcut_sheet import ShortcutSheet

CTRL, SHIFT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier
WINDOW_WIDE = (Qt.ShortcutContext.WindowShortcut, Qt.ShortcutContext.ApplicationShortcut)


def _widgets(owner: QAction | QShortcut) -> list[QWidget]:
    """The widgets a shortcut is attached to (an action's menus and buttons, a QShortcut's parent)."""
    if isinstance(owner, QShortcut):
        parent = owner.parent()
        return [parent] if isinstance(parent, QWidget) else []
    return [w for w in owner.associatedObjects() if isinstance(w, QWidget)]


def _context(owner: QAction | QShortcut) -> Qt.ShortcutContext:
    return owner.context() if isinstance(owner, QShortcut) else owner.shortcutContext()


def _within(inner: QWidget, outer: QWidget) -> bool:
    return inner is outer or outer.isAncestorOf(inner)


def _overlap(a: QAction | QShortcut, b: QAction | QShortcut) -> bool:
    """Whether two shortcuts can be live for the same focus widget (Qt then fires neither: "Ambiguous shortcut")."""
    if _context(a) in WINDOW_WIDE or _context(b) in WINDOW_WIDE:
        return True
    return any(_within(x, y) or _within(y, x) for x in _widgets(a) for y in _widgets(b))


def ambiguous_keys(window: QWidget) -> list[str]:
    """Keys bound to two enabled shortcuts (or twice to one) that can fire in the same place."""
    owners: dict[str, list[QAction | QShortcut]] = defaultdict(list)
    shortcuts: list[QAction | QShortcut] = [*window.findChildren(QAction), *window.findChildren(QShortcut)]
    for owner in shortcuts:
        if not owner.isEnabled():
            continue
        keys = owner.shortcuts() if isinstance(owner, QAction) else [owner.key(), *owner.keys()[1:]]
        for key in keys:
            if not key.isEmpty():
                owners[key.toString()].append(owner)
    clashes = []
    for key, bound in owners.items():
        pairs = [(a, b) for i, a in enumerate(bound) for b in bound[i + 1 :]]
        clashes += [f"{key}: {_name(a)} / {_name(b)}" for a, b in pairs if a is b or _overlap(a, b)]
    return sorted(set(clashes))


def _name(owner: QObject) -> str:
    return owner.objectName() or type(owner).__name__


def test_the_checker_sees_a_key_bound_twice(window: MainWindow) -> None:
    window.action_redo.setEnabled(True)
    clash = QAction("Twice", window)
    clash.setObjectName("twice")
    clash.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Shift+Z")])
    window.addAction(clash)
    assert ambiguous_keys(window) == ["Ctrl+Shift+Z: actionRedo / twice", "Ctrl+Shift+Z: twice / twice"]
    clash.setEnabled(False)
    assert ambiguous_keys(window) == []


def test_no_two_enabled_actions_share_a_key(window: MainWindow) -> None:
    for action in window.findChildren(QAction):
        action.setEnabled(True)  # the worst case: every action live at once
    assert ambiguous_keys(window) == []


def test_standard_keys_where_the_platform_has_them(window: MainWindow) -> None:
    def keys(name: str) -> set[str]:
        return {k.toString() for k in window.findChild(QAction, name).shortcuts()}

    standard = {k.toString() for k in QKeySequence.keyBindings(QKeySequence.StandardKey.Redo)}
    assert standard | {"Ctrl+Shift+Z"} == keys("actionRedo")
    assert {k.toString() for k in QKeySequence.keyBindings(QKeySequence.StandardKey.FindNext)} == keys("actionFindNext")
    assert "Ctrl+N" in keys("actionNewLibrary")


def test_real_keys_undo_redo_step_and_find(window: MainWindow, qtbot: QtBot) -> None:
    a = add_candidate(window.library, "first résumé", make_profile(name="Ada"))
    b = add_candidate(window.library, "second résumé", make_profile(name="Bo"))
    window.reload_candidates()
    window.select_candidate(a)
    window.activateWindow()
    window.candidate_list.setFocus()
    window.set_status([a], "offer")
    assert window.library.summaries([a])[0].status == "offer"
    qtbot.keyClick(window.candidate_list, Qt.Key.Key_Z, CTRL)
    assert window.library.summaries([a])[0].status == "new"
    qtbot.keyClick(window.candidate_list, Qt.Key.Key_Z, CTRL | SHIFT)
    assert window.library.summaries([a])[0].status == "offer"
    qtbot.keyClick(window.candidate_list, Qt.Key.Key_Z, CTRL)
    qtbot.keyClick(window.candidate_list, Qt.Key.Key_Y, CTRL)
    assert window.library.summaries([a])[0].status == "offer"
    qtbot.keyClick(window.candidate_list, Qt.Key.Key_J)
    assert window.candidate_id == b
    qtbot.keyClick(window.candidate_list, Qt.Key.Key_K)
    assert window.candidate_id == a
    qtbot.keyClick(window.candidate_list, Qt.Key.Key_F, CTRL)
    assert window.find_bar.isVisible() and window.find_bar.input.hasFocus()


def test_f1_and_question_mark_open_the_shortcut_sheet(window: MainWindow, qtbot: QtBot) -> None:
    window.activateWindow()
    window.candidate_list.setFocus()
    for key, modifier in ((Qt.Key.Key_F1, Qt.KeyboardModifier.NoModifier), (Qt.Key.Key_Question, Qt.KeyboardModifier.NoModifier)):
        qtbot.keyClick(window.candidate_list, key, modifier)
        sheet = window.shortcut_sheet.sheet
        assert isinstance(sheet, ShortcutSheet) and sheet.isVisible()
        table = sheet.findChild(QTableWidget)
        rows = {table.item(r, 0).text(): table.item(r, 1).text() for r in range(table.rowCount())}
        assert rows["Redo"].count("Ctrl+Shift+Z") == 1 and "Ctrl+Y" in rows["Redo"] and rows["Undo"].startswith("Ctrl+Z")
        assert rows["Next Candidate"] == "J, Ctrl+Down"
        assert rows["Find in Document"] == "Ctrl+F"
        sheet.close()
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        assert window.shortcut_sheet.sheet is None
