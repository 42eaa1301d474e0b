"""The candidate list: model correctness, speed with many rows, sorting, selection, keys and layout."""

from __future__ import annotations

import time
from datetime import datetime, timedelta

from PySide6.QtCore import QItemSelectionModel, QPoint, Qt
from PySide6.QtWidgets import QApplication

from storage.records import CandidateSummary
from tests.conftest import add_candidate, make_profile
from ui.candidate_model import CANDIDATE_ID_ROLE, CandidateFilterProxy, CandidateTableModel
from ui.main_window import MainWindow

MANY = 2000
PUBS_COLUMN = 3


def _summaries(count: int) -> list[CandidateSummary]:
    start = datetime(2026, 1, 1)
    statuses = ("new", "reviewing", "shortlisted", "rejected")
    return [
        CandidateSummary(
            id=number,
            display_name=f"候选人 {number:04d}" if number % 2 else f"Candidate {number:04d}",
            status=statuses[number % len(statuses)],
            organization=f"Org {number % 37}",
            highest_degree=("博士", "Master", "本科")[number % 3],
            publication_count=number % 11,
            score=None if number % 5 == 0 else (number % 50) / 10,
            recommendation=(None, "yes", "no", "strong_yes")[number % 4],
            file_name=f"cv{number}.pdf",
            imported_at=start + timedelta(minutes=number),
            tags=("python",) if number % 7 == 0 else (),
        )
        for number in range(1, count + 1)
    ]


def _three(window: MainWindow) -> list[int]:
    ids = [
        add_candidate(window.library, "résumé one", make_profile("Ann", publications=[{"name": "p"}] * 2)),
        add_candidate(window.library, "résumé two", make_profile("Bo")),
        add_candidate(window.library, "résumé three", make_profile("Cy", publications=[{"name": "p"}])),
    ]
    window.reload_candidates()
    return ids


def test_models_pass_the_model_tester(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    model = CandidateTableModel()
    model.set_rows(_summaries(60))
    qtmodeltester.check(model)
    proxy = CandidateFilterProxy()
    proxy.setSourceModel(model)
    proxy.sort(PUBS_COLUMN, Qt.SortOrder.DescendingOrder)
    proxy.set_status("reviewing")
    qtmodeltester.check(proxy)
    assert proxy.rowCount() == 15


def test_two_thousand_rows_load_sort_and_scroll_quickly(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    rows = _summaries(MANY)
    started = time.perf_counter()
    window.model.set_rows(rows)
    loaded = time.perf_counter() - started
    started = time.perf_counter()
    window.candidate_list.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    sorted_in = time.perf_counter() - started
    started = time.perf_counter()
    window.candidate_list.scrollToBottom()
    window.candidate_list.viewport().repaint()
    painted = time.perf_counter() - started
    print(f"\n{MANY} rows: set_rows {loaded * 1000:.1f} ms, sort {sorted_in * 1000:.1f} ms, scroll+paint {painted * 1000:.1f} ms")
    assert window.proxy.rowCount() == MANY
    assert window.proxy.index(0, 0).data() == "Candidate 0002"
    assert loaded < 0.1 and sorted_in < 0.3 and painted < 0.3


def test_sorting_by_clicking_a_header(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    _three(window)
    window.list_columns.set_shown(PUBS_COLUMN, True)  # hidden until chosen from the header menu
    header = window.candidate_list.horizontalHeader()
    x = header.sectionViewportPosition(PUBS_COLUMN) + header.sectionSize(PUBS_COLUMN) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    counts = [window.proxy.index(r, PUBS_COLUMN).data() for r in range(3)]
    assert counts in (["0", "1", "2"], ["2", "1", "0"])
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    assert [window.proxy.index(r, PUBS_COLUMN).data() for r in range(3)] == counts[::-1]


def test_tags_column_shows_and_sorts_by_tag(window) -> None:  # type: ignore[no-untyped-def]
    a = add_candidate(window.library, "tagged doc A", make_profile("甲"))
    b = add_candidate(window.library, "tagged doc B", make_profile("乙"))
    c = add_candidate(window.library, "untagged doc C", make_profile("丙"))
    window.library.add_candidate_tag(b, "RLHF")
    window.library.add_candidate_tag(a, "Scaling laws")
    window.reload_candidates()
    column = [key for key, _ in CandidateTableModel.COLUMNS].index("tags")
    window.candidate_list.sortByColumn(column, Qt.SortOrder.AscendingOrder)
    shown = [(window.proxy.index(r, 0).data(CANDIDATE_ID_ROLE), window.proxy.index(r, column).data()) for r in range(3)]
    assert shown == [(b, "RLHF"), (a, "Scaling laws"), (c, "")]


def test_multi_select_and_set_status_from_the_list(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    ids = _three(window)
    view = window.candidate_list
    view.setFocus()
    window.select_row(0)
    qtbot.keyClick(view, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(view, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    assert window.selected_candidate_ids() == ids
    window.status_actions["interview"].trigger()
    assert {window.library.review(i).status for i in ids} == {"interview"}
    assert [window.proxy.index(r, 4).data() for r in range(3)] == ["Interview"] * 3
    assert window.action_undo.text().endswith("Set status to Interview")
    window.undo_stack.undo()
    assert {window.library.review(i).status for i in ids} == {"new"}


def test_next_and_previous_keep_the_focus_in_the_list(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    ids = _three(window)
    view = window.candidate_list
    window.activateWindow()
    view.setFocus()
    assert window.candidate_id == ids[0]
    qtbot.keyClick(view, Qt.Key.Key_J)
    assert window.candidate_id == ids[1]
    qtbot.keyClick(view, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert window.candidate_id == ids[2]
    qtbot.keyClick(view, Qt.Key.Key_J)  # the last row stays
    assert window.candidate_id == ids[2]
    qtbot.keyClick(view, Qt.Key.Key_K)
    qtbot.keyClick(view, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert window.candidate_id == ids[0]
    assert QApplication.focusWidget() is view
    assert view.selectionModel().isRowSelected(0)


def test_j_and_k_type_into_the_search_box(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    ids = _three(window)
    window.activateWindow()
    window.search_box.setFocus()
    qtbot.keyClicks(window.search_box, "jk")
    assert window.search_box.text() == "jk"
    assert window.candidate_id == ids[0]


def test_ctrl_down_from_a_profile_field_switches_and_keeps_the_edit(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    ids = _three(window)
    window.activateWindow()
    field = window.profile_editor.field(("basics", "label"))
    assert field is not None
    field.widget.setFocus()
    qtbot.keyClicks(field.widget, "Engineer")
    qtbot.keyClick(field.widget, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert window.candidate_id == ids[1]
    assert window.library.profile(ids[0])["basics"]["label"] == "Engineer"


def test_the_current_row_follows_selection_changes(window) -> None:  # type: ignore[no-untyped-def]
    ids = _three(window)
    selection = window.candidate_list.selectionModel()
    selection.setCurrentIndex(window.proxy.index(2, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect)
    assert window.candidate_id == window.proxy.index(2, 0).data(CANDIDATE_ID_ROLE) == ids[2]


def test_splitter_sizes_persist(window, reopen) -> None:  # type: ignore[no-untyped-def]
    # The offscreen screen is narrow enough that the panes sit at their minimum widths,
    # so the check collapses the list pane, which a fresh layout never does.
    sizes = window.splitter.sizes()
    window.splitter.setSizes([0, sizes[0] + sizes[1], sizes[2]])
    assert window.splitter.sizes()[0] == 0
    reopened = reopen(window)
    assert reopened.splitter.sizes()[0] == 0
    assert reopened.splitter.sizes()[1] > 0 and reopened.splitter.sizes()[2] > 0


def test_sorted_rows_move_when_they_change_and_search_keeps_its_rank(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    model = CandidateTableModel()
    rows = _summaries(5)
    model.set_rows(rows)
    proxy = CandidateFilterProxy()
    proxy.setSourceModel(model)
    proxy.sort(PUBS_COLUMN, Qt.SortOrder.DescendingOrder)
    ids = [proxy.index(r, 0).data(CANDIDATE_ID_ROLE) for r in range(5)]
    assert [proxy.index(r, PUBS_COLUMN).data() for r in range(5)] == ["5", "4", "3", "2", "1"]
    first = rows[ids[-1] - 1]
    model.upsert([CandidateSummary(**{**first.__dict__, "publication_count": 9})])
    assert proxy.index(0, 0).data(CANDIDATE_ID_ROLE) == first.id  # re-sorted live
    proxy.sort(-1)
    proxy.set_search_result([4, 2, 5])
    assert [proxy.index(r, 0).data(CANDIDATE_ID_ROLE) for r in range(proxy.rowCount())] == [4, 2, 5]
    proxy.sort(0, Qt.SortOrder.AscendingOrder)
    assert [proxy.index(r, 0).data() for r in range(3)] == ["Candidate 0002", "Candidate 0004", "候选人 0005"]
    qtmodeltester.check(proxy)
