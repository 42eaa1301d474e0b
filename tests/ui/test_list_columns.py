"""The candidate list at 1280 px: the key columns in view, the rest a header menu away, the choice remembered."""

from __future__ import annotations

from collections.abc import Callable

from pytestqt.qtbot import QtBot

from tests.conftest import add_candidate, make_profile
from ui.list_columns import KEYS
from ui.main_window import MainWindow

KEY_COLUMNS = ("display_name", "organization", "status", "score", "recommendation", "tags")


def _in_view(window: MainWindow) -> list[str]:
    """Columns shown whole in the list's viewport."""
    view = window.candidate_list
    width = view.viewport().width()
    return [
        key for column, key in enumerate(KEYS)
        if not view.isColumnHidden(column) and 0 <= view.columnViewportPosition(column)
        and view.columnViewportPosition(column) + view.columnWidth(column) <= width + 1
    ]


def test_key_columns_fit_a_1280_window(window: MainWindow, qtbot: QtBot) -> None:
    window.resize(1280, 800)
    window.reset_pane_widths()  # the first-run layout
    add_candidate(window.library, "a", make_profile("Alexandria Papadopoulou-Nakamura"))
    window.reload_candidates()
    qtbot.waitUntil(lambda: window.candidate_list.width() < 420)  # the document keeps the room
    assert _in_view(window) == list(KEY_COLUMNS)
    assert window.candidate_list.horizontalScrollBar().maximum() == 0


def test_columns_are_chosen_from_the_header_menu_and_remembered(window: MainWindow, reopen: Callable[[MainWindow], MainWindow]) -> None:
    menu = window.list_columns.menu()
    degree = menu.findChild(type(menu.actions()[0]), "actionColumn_highest_degree")
    assert degree is not None and not degree.isChecked()
    assert not menu.actions()[0].isEnabled()  # the name always stays
    degree.trigger()
    assert not window.candidate_list.isColumnHidden(KEYS.index("highest_degree"))
    menu.actions()[KEYS.index("tags")].trigger()
    menu.deleteLater()
    again = reopen(window)
    assert not again.candidate_list.isColumnHidden(KEYS.index("highest_degree"))
    assert again.candidate_list.isColumnHidden(KEYS.index("tags"))
