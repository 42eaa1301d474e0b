"""The search box: searched off the GUI thread, the newest query wins, a pasted page cannot freeze the window."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from storage.library import Library
from storage.search import MAX_QUERY_CHARS, SearchCancelled
from tests.conftest import add_candidate, make_profile
from ui.candidate_model import CANDIDATE_ID_ROLE
from ui.main_window import MainWindow

SLOW_SEARCH_S = 6.0  # how long the spied search would take if nothing cancelled it


def shown_ids(window: MainWindow) -> list[int]:
    """The candidate ids in the list, top to bottom."""
    return [window.proxy.index(row, 0).data(CANDIDATE_ID_ROLE) for row in range(window.proxy.rowCount())]


class SearchSpy:
    """Wraps Library.search: records where and what it searched, and makes queries starting with "slow" slow."""

    def __init__(self, library: Library) -> None:
        self.real = library.search
        self.calls: list[tuple[str, bool]] = []  # (query, on the GUI thread)
        self.cancelled: list[str] = []

    def __call__(self, query: str, status: str | None = None, cancelled: Callable[[], bool] | None = None) -> Any:
        self.calls.append((query, threading.current_thread() is threading.main_thread()))
        if query.startswith("slow"):
            end = time.monotonic() + SLOW_SEARCH_S
            while time.monotonic() < end:
                if cancelled is not None and cancelled():
                    self.cancelled.append(query)
                    raise SearchCancelled
                time.sleep(0.005)
        return self.real(query, status, cancelled)


@pytest.fixture
def spy(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> SearchSpy:
    """The window's library search, spied on; three candidates, one mentioning Stanford."""
    add_candidate(window.library, "Built search at Baidu", make_profile("甲"))
    add_candidate(window.library, "PhD Stanford, slowly built pretraining", make_profile("乙"))
    add_candidate(window.library, "负责大模型预训练", make_profile("丙"))
    window.reload_candidates()
    spy = SearchSpy(window.library)
    monkeypatch.setattr(window.library, "search", spy)
    return spy


def settled(window: MainWindow, qtbot: QtBot) -> None:
    """Wait until the newest search's result is in the list."""
    qtbot.waitUntil(lambda: not window.library_search.is_busy(), timeout=5000)


def test_typing_searches_off_the_gui_thread_and_a_newer_query_cancels_a_slow_one(
    window: MainWindow, qtbot: QtBot, spy: SearchSpy
) -> None:
    window.search_box.setFocus()
    qtbot.keyClicks(window.search_box, "slow")
    qtbot.waitUntil(lambda: ("slow", False) in spy.calls)  # the slow search is running now
    started = time.monotonic()
    window.search_box.setText("大模型")
    settled(window, qtbot)
    assert time.monotonic() - started < SLOW_SEARCH_S / 2  # neither the window nor the result waited for it
    assert spy.cancelled == ["slow"]
    assert spy.calls and not any(on_gui_thread for _query, on_gui_thread in spy.calls)
    assert [window.model.summary_at(window.model.row_of(cid)).display_name for cid in shown_ids(window)] == ["丙"]
    window.search_box.clear()  # an empty box shows everyone at once, without a search
    assert len(shown_ids(window)) == 3


def test_keystrokes_in_a_burst_make_one_search(window: MainWindow, qtbot: QtBot, spy: SearchSpy) -> None:
    window.search_box.setFocus()
    qtbot.keyClicks(window.search_box, "Stanford")
    settled(window, qtbot)
    assert [query for query, _ in spy.calls] == ["Stanford"]
    assert len(shown_ids(window)) == 1


def test_a_pasted_ten_thousand_character_query_is_cut_and_answered(
    window: MainWindow, qtbot: QtBot, spy: SearchSpy
) -> None:
    pasted = ("Stanford pretraining " * 600)[:10_000]
    started = time.monotonic()
    window.search_box.setText(pasted)
    settled(window, qtbot)
    assert time.monotonic() - started < 2.0
    assert [len(query) <= MAX_QUERY_CHARS for query, _ in spy.calls] == [True]
    assert len(shown_ids(window)) == 1


def test_the_shown_candidate_stays_selected_when_a_search_keeps_it(
    window: MainWindow, qtbot: QtBot, spy: SearchSpy
) -> None:
    baidu, stanford, _chinese = window.library.candidate_ids()
    assert window.select_candidate(stanford)
    window.search_box.setText("built")  # matches both English résumés, Baidu's first
    settled(window, qtbot)
    assert sorted(shown_ids(window)) == sorted([baidu, stanford])
    assert window.candidate_id == stanford
    assert window.selected_candidate_ids() == [stanford]
    window.search_box.setText("大模型")  # hides it: the first match is shown instead, once typing pauses
    settled(window, qtbot)
    qtbot.waitUntil(lambda: window.candidate_id == shown_ids(window)[0] != stanford)


def test_a_result_filters_the_list_at_once_and_the_shown_candidate_is_replaced_only_when_typing_pauses(
    window: MainWindow, qtbot: QtBot, spy: SearchSpy, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Loading another résumé takes longer than a keystroke: it waits until the reviewer stops typing."""
    baidu, stanford, chinese = window.library.candidate_ids()
    assert window.select_candidate(stanford)
    loaded: list[int] = []
    show = window.shell.show_candidate
    monkeypatch.setattr(window.shell, "show_candidate", lambda cid: (loaded.append(cid), show(cid)))
    seen: list[tuple[list[int], int]] = []  # (the list, the candidate shown) as each result has been applied

    def on_found(_ids: object) -> None:
        seen.append((shown_ids(window), window.candidate_id))
        if window.search_box.text() == "大":
            window.search_box.setText("大模型")  # the reviewer types on before pausing

    window.library_search.found.connect(on_found)  # after the window's own handler
    window.search_box.setText("built")
    settled(window, qtbot)
    assert seen == [([baidu, stanford], stanford)] and loaded == []  # still in the results: kept, not reloaded
    window.search_box.setText("大")
    qtbot.waitUntil(lambda: window.candidate_id == chinese)
    assert seen[1:] == [([chinese], stanford), ([chinese], stanford)]  # filtered at once, the résumé kept meanwhile
    assert loaded == [chinese]  # loaded once, after the last result
    assert window.selected_candidate_ids() == [chinese]
