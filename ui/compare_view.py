"""The compare view: two candidates in aligned columns, section by section, or their documents side by side."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from storage.compare import (
    CompareRow,
    CompareSection,
    CompareSide,
    Comparison,
    RatingRow,
    RatingSection,
    build_comparison,
)
from storage.vocab import RECOMMENDATIONS, TAG_KINDS
from ui.blind_mode import BlindMode
from ui.candidate_model import CANDIDATE_ID_ROLE, CandidateTableModel
from ui.compare_widgets import ChipFlow, CommitTextEdit, RatingBar, ScrollSafeComboBox
from ui.document_view import DocumentView
from ui.labels import fact_text, recommendation_label, shipped, status_label, translated
from ui.plain_text import plain_label, plain_tooltip

if TYPE_CHECKING:
    from storage.library import Library

LABEL_WIDTH = 180
PREVIEW_ROWS = 4  # a longer list section shows this many rows until the reviewer expands it
FOLDING_SECTIONS = ("education", "work", "publications")
POSITIONAL_SECTIONS = ("work", "publications")  # paired by position: one side's extra entry is not "unique"
BIG_DIFFERENCE = 2  # rating areas this far apart are emphasised
CHIP_SECTIONS = ("skills", "tags")
SIDES = ("left", "right")

RowBuilder = Callable[[QGridLayout, int], None]


def _cell(text: str) -> QLabel:
    """A wrapping, selectable plain-text label: every cell of the comparison."""
    return plain_label(text, wrap=True, selectable=True)


def _muted(text: str) -> QLabel:
    label = _cell(text)
    label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
    return label


def _set_columns(grid: QGridLayout) -> None:
    """Label column, then two equal candidate columns: the header and the body share these."""
    grid.setColumnMinimumWidth(0, LABEL_WIDTH)
    grid.setColumnStretch(0, 0)
    grid.setColumnStretch(1, 1)
    grid.setColumnStretch(2, 1)
    grid.setHorizontalSpacing(16)


class CompareView(QWidget):
    """Two candidates side by side; pickers, swap and the documents toggle never leave the view.

    Signals:
        back_requested(): the reviewer pressed Esc or Back.
        rating_chosen(int, int, object): candidate id, rubric area id, value (1–5, None clears).
        recommendation_chosen(int, object): candidate id, recommendation key (None: no decision).
        summary_edited(int, str): candidate id, the new summary note.
    """

    back_requested = Signal()
    rating_chosen = Signal(int, int, object)
    recommendation_chosen = Signal(int, object)
    summary_edited = Signal(int, str)

    def __init__(self, library: Library, candidates: CandidateTableModel, blind: BlindMode, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("compareView")
        self._library = library
        self._blind = blind
        self._candidates = candidates
        self._ids = (0, 0)
        self._expanded: set[str] = set()

        self.back_button = QPushButton(self.tr("Back"))
        self.back_button.setObjectName("compareBack")
        self.back_button.setToolTip(self.tr("Back to the candidate (Esc)"))
        self.swap_button = QPushButton(self.tr("Swap ⇄"))
        self.swap_button.setObjectName("compareSwap")
        self.documents_toggle = QPushButton(self.tr("Original Documents"))
        self.documents_toggle.setObjectName("compareDocumentsToggle")
        self.documents_toggle.setCheckable(True)
        self.documents_toggle.setToolTip(self.tr("Show both original documents side by side"))
        self.pickers = {"left": self._picker("compareLeftPicker"), "right": self._picker("compareRightPicker")}
        self.infos = {side: _muted("") for side in SIDES}
        for side, info in self.infos.items():
            info.setObjectName(f"compareInfo:{side}")

        self.scroll_area = QScrollArea()
        self.scroll_area.setObjectName("compareScroll")
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)  # columns keep their x
        self.documents = {side: DocumentView() for side in SIDES}
        splitter = QSplitter(Qt.Orientation.Horizontal)
        for side, view in self.documents.items():
            view.setObjectName(f"compareDocument:{side}")
            splitter.addWidget(view)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.scroll_area)
        self.pages.addWidget(splitter)

        self._build_layout()
        self._escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        self._escape.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)

        self.back_button.clicked.connect(self._on_back_clicked)
        self._escape.activated.connect(self._on_back_clicked)
        self.swap_button.clicked.connect(self.swap)
        self.documents_toggle.toggled.connect(self._on_documents_toggled)
        self.pickers["left"].activated.connect(lambda row: self._on_picker_activated("left", row))
        self.pickers["right"].activated.connect(lambda row: self._on_picker_activated("right", row))
        for signal in (candidates.modelReset, candidates.rowsInserted, candidates.rowsRemoved, candidates.dataChanged):
            signal.connect(self._sync_pickers)

    def _picker(self, name: str) -> QComboBox:
        picker = QComboBox()
        picker.setObjectName(name)
        picker.setModel(self._candidates)
        picker.setModelColumn(0)
        picker.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        picker.setMinimumContentsLength(12)
        picker.setToolTip(self.tr("Compare with another candidate"))
        return picker

    def _build_layout(self) -> None:
        bar = QHBoxLayout()
        bar.addWidget(self.back_button)
        title = _cell(self.tr("Compare candidates"))
        title.setWordWrap(False)
        font = QFont(title.font())
        font.setBold(True)
        title.setFont(font)
        bar.addWidget(title)
        bar.addStretch(1)
        bar.addWidget(self.documents_toggle)
        self.button_bar = bar  # other features add their buttons here (export)

        # The header uses the body's column widths, so each picker sits over its column.
        header = QGridLayout()
        _set_columns(header)
        header.setContentsMargins(0, 0, self.scroll_area.verticalScrollBar().sizeHint().width(), 0)
        header.setVerticalSpacing(2)
        header.addWidget(self.swap_button, 0, 0, Qt.AlignmentFlag.AlignRight)
        for column, side in enumerate(SIDES, start=1):
            header.addWidget(self.pickers[side], 0, column)
            header.addWidget(self.infos[side], 1, column)
        self._header = header

        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addLayout(header)
        layout.addWidget(self.pages, 1)

    # -- the pair ---------------------------------------------------------------------------

    @property
    def left_id(self) -> int:
        """The candidate in the left column."""
        return self._ids[0]

    @property
    def right_id(self) -> int:
        """The candidate in the right column."""
        return self._ids[1]

    def set_pair(self, left_id: int, right_id: int) -> None:
        """Compare two candidates (left and right column)."""
        self._ids = (left_id, right_id)
        self._sync_pickers()
        self.refresh()
        if self.documents_toggle.isChecked():
            self.load_documents()

    def swap(self) -> None:
        """Exchange the two columns."""
        self.set_pair(self.right_id, self.left_id)

    def refresh(self) -> None:
        """Read both candidates again (after an edit or an undo) and redraw, keeping scroll and focus."""
        if not (self.left_id and self.right_id):
            return
        self.commit_notes()
        comparison = build_comparison(self._library, self.left_id, self.right_id, blind=self._blind.options)
        focus = QApplication.focusWidget()
        focus_name = focus.objectName() if focus is not None and self.scroll_area.isAncestorOf(focus) else ""
        scrolled = self.scroll_area.verticalScrollBar().value()
        old = self.scroll_area.takeWidget()
        if old is not None:
            old.deleteLater()  # later: a click that caused this refresh may still be on its way to it
        self.scroll_area.setWidget(self._build_body(comparison))
        self._update_infos(comparison)
        body = self.scroll_area.widget()
        assert body is not None and (layout := body.layout()) is not None
        layout.activate()
        self.scroll_area.verticalScrollBar().setValue(scrolled)
        if focus_name:
            target = body.findChild(QWidget, focus_name)
            if target is not None:
                target.setFocus(Qt.FocusReason.OtherFocusReason)

    def commit_notes(self) -> None:
        """Save a summary note being typed (before leaving, or before a redraw)."""
        body = self.scroll_area.widget()
        if body is not None:
            for editor in body.findChildren(CommitTextEdit):
                editor.commit()

    def _update_infos(self, comparison: Comparison) -> None:
        for side, record in zip(SIDES, (comparison.left, comparison.right), strict=True):
            self.infos[side].setText(self._side_info(record))

    def _side_info(self, record: CompareSide) -> str:
        if record.score is None:
            score = self.tr("not scored")
        else:
            score = self.tr("score {score:.1f}").format(score=record.score)
        file_name = self._blind.file_label(1, record.file_name) if self._blind.active else record.file_name
        return " · ".join((status_label(record.status), score, shipped(record.rubric_name), file_name))

    def _sync_pickers(self) -> None:
        for side, candidate_id in zip(SIDES, self._ids, strict=True):
            row = self._candidates.row_of(candidate_id)
            picker = self.pickers[side]
            if row is not None and picker.currentIndex() != row:
                picker.setCurrentIndex(row)

    def _on_picker_activated(self, side: str, row: int) -> None:
        chosen = int(self._candidates.index(row, 0).data(CANDIDATE_ID_ROLE))
        left, right = self._ids
        if side == "left":
            self.set_pair(chosen, left if chosen == right else right)
        else:
            self.set_pair(right if chosen == left else left, chosen)

    def _on_back_clicked(self) -> None:
        self.commit_notes()
        self.back_requested.emit()

    # -- documents --------------------------------------------------------------------------

    def _on_documents_toggled(self, shown: bool) -> None:
        self.commit_notes()
        self.pages.setCurrentIndex(1 if shown else 0)
        self._header.setColumnMinimumWidth(0, 0 if shown else LABEL_WIDTH)
        if shown:
            self.load_documents()

    def load_documents(self) -> None:
        """Show both candidates' documents (with blind review's boxes while it is on)."""
        for side, candidate_id in zip(SIDES, self._ids, strict=True):
            record = self._library.document(candidate_id)
            view = self.documents[side]
            view.set_document(record)
            view.set_redactions(self._blind.boxes(candidate_id, record.document_id or 0, view.fitz_document))

    def clear_documents(self) -> None:
        """Let go of the rendered documents (when the view closes)."""
        for view in self.documents.values():
            view.set_document(None)

    # -- the aligned body -------------------------------------------------------------------

    def _build_body(self, comparison: Comparison) -> QWidget:
        body = QWidget()
        body.setObjectName("compareBody")
        grid = QGridLayout(body)
        _set_columns(grid)
        grid.setContentsMargins(0, 0, 0, 12)
        grid.setVerticalSpacing(6)
        row = 0
        for section in comparison.sections:
            builders = self._row_builders(section, comparison)
            collapsible = section.key in FOLDING_SECTIONS and len(builders) > PREVIEW_ROWS + 1
            expanded = not collapsible or section.key in self._expanded
            grid.addWidget(self._section_header(section, len(builders), collapsible, expanded), row, 0, 1, 3)
            row += 1
            for build in builders if expanded else builders[:PREVIEW_ROWS]:
                build(grid, row)
                row += 1
            if not expanded:
                more = QToolButton()
                more.setObjectName(f"compareMore:{section.key}")
                more.setText(self.tr("Show all {count}").format(count=len(builders)))
                more.setAutoRaise(True)
                more.clicked.connect(lambda _checked=False, key=section.key: self._on_section_toggled(key, True))
                grid.addWidget(more, row, 1, 1, 2, Qt.AlignmentFlag.AlignLeft)
                row += 1
        grid.setRowStretch(row, 1)
        return body

    def _section_header(
        self, section: CompareSection | RatingSection, rows: int, collapsible: bool, expanded: bool
    ) -> QWidget:
        title = translated(section.title)
        if not collapsible:
            header: QWidget = _cell(title)
        else:
            button = QToolButton()
            button.setText(self.tr("{title} ({count})").format(title=title, count=rows))
            button.setCheckable(True)
            button.setChecked(expanded)
            button.setArrowType(Qt.ArrowType.DownArrow if expanded else Qt.ArrowType.RightArrow)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            button.setAutoRaise(True)
            button.setToolTip(self.tr("Show fewer") if expanded else self.tr("Show all"))
            button.toggled.connect(lambda on, key=section.key: self._on_section_toggled(key, on))
            header = button
        header.setObjectName(f"compareSection:{section.key}")
        font = QFont(header.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.1)
        header.setFont(font)
        header.setContentsMargins(0, 10, 0, 2)
        return header

    def _on_section_toggled(self, key: str, expanded: bool) -> None:
        if expanded:
            self._expanded.add(key)
        else:
            self._expanded.discard(key)
        self.refresh()

    def _row_builders(self, section: CompareSection | RatingSection, comparison: Comparison) -> list[RowBuilder]:
        if isinstance(section, RatingSection):
            return self._rating_builders(section, comparison)
        if section.key in CHIP_SECTIONS:
            return self._chip_builders(section)
        if section.key == "notes":
            return [self._notes_builder(comparison)]
        if section.key == "recommendation":
            return [self._recommendation_builder(comparison)]
        if not section.rows:
            return [lambda grid, row: grid.addWidget(_muted(self.tr("Neither lists any")), row, 1, 1, 2)]
        return [functools.partial(self._text_row, section=section.key, data=r) for r in section.rows]

    def _text_row(self, grid: QGridLayout, row: int, section: str, data: CompareRow) -> None:
        label = _cell(translated(data.label) if section in ("facts", "education") else shipped(data.label))
        grid.addWidget(label, row, 0, Qt.AlignmentFlag.AlignTop)
        for column, (side, text) in enumerate(zip(SIDES, (data.left, data.right), strict=True), start=1):
            cell = _cell(shipped(fact_text(text) if section == "facts" else text)) if text else _muted("—")
            cell.setObjectName(f"compareCell:{data.key}:{side}")
            if data.match == f"{side}_only" and section not in POSITIONAL_SECTIONS:
                cell.setProperty("unique", True)
                accent = cell.palette().color(QPalette.ColorRole.Highlight)
                cell.setStyleSheet(
                    f"QLabel {{ border-left: 3px solid {accent.name()}; padding-left: 6px;"
                    f" background: rgba({accent.red()}, {accent.green()}, {accent.blue()}, 28); }}"
                )
            grid.addWidget(cell, row, column, Qt.AlignmentFlag.AlignTop)

    def _chip_builders(self, section: CompareSection) -> list[RowBuilder]:
        shared = [(shipped(r.left), "shared") for r in section.rows if r.match == "same"]
        own = {
            side: [
                (shipped(getattr(r, side)), "concern" if r.label == TAG_KINDS["concern"] else "unique")
                for r in section.rows if r.match == f"{side}_only"
            ]
            for side in SIDES
        }
        if not section.rows:
            empty = self.tr("No tags yet") if section.key == "tags" else self.tr("Neither lists any")
            return [lambda grid, row: grid.addWidget(_muted(empty), row, 1, 1, 2)]

        def chips_row(
            grid: QGridLayout, row: int, label: str, kind: str, chips: dict[str, list[tuple[str, str]]]
        ) -> None:
            grid.addWidget(_cell(label), row, 0, Qt.AlignmentFlag.AlignTop)
            for column, side in enumerate(SIDES, start=1):
                cell: QWidget = ChipFlow(chips[side]) if chips[side] else _muted("—")
                cell.setObjectName(f"compareChips:{section.key}:{kind}:{side}")
                grid.addWidget(cell, row, column)

        builders: list[RowBuilder] = []
        if shared:
            label = self.tr("Shared ({count})").format(count=len(shared))
            builders.append(lambda grid, row: chips_row(grid, row, label, "shared", {"left": shared, "right": shared}))
        if own["left"] or own["right"]:
            builders.append(lambda grid, row: chips_row(grid, row, self.tr("Not shared"), "unique", own))
        return builders

    def _rating_builders(self, section: RatingSection, comparison: Comparison) -> list[RowBuilder]:
        builders: list[RowBuilder] = [
            functools.partial(self._rating_row, data=r, comparison=comparison) for r in section.rows
        ]

        def score_row(grid: QGridLayout, row: int) -> None:
            grid.addWidget(_cell(self.tr("Weighted score")), row, 0)
            for column, side in enumerate((comparison.left, comparison.right), start=1):
                text = f"{side.score:.1f} / 5" if side.score is not None else self.tr("not scored")
                grid.addWidget(_cell(text), row, column)

        builders.append(score_row)
        if section.not_comparable:
            only = {
                side: ", ".join(shipped(r.label) for r in section.not_comparable if getattr(r, f"{side}_area_id") is not None)
                for side in SIDES
            }
            text = self.tr("Different rubrics ({left} / {right}): only the shared areas are comparable.").format(
                left=shipped(comparison.left.rubric_name), right=shipped(comparison.right.rubric_name)
            )
            parts = [text] + [
                self.tr("Only {name}'s rubric: {areas}.").format(name=self._blind.name(record.candidate_id, record.name), areas=only[side])
                for side, record in zip(SIDES, (comparison.left, comparison.right), strict=True) if only[side]
            ]

            def note_row(grid: QGridLayout, row: int) -> None:
                note = _cell(" ".join(parts))
                note.setObjectName("compareNotComparable")
                grid.addWidget(note, row, 0, 1, 3)

            builders.append(note_row)
        return builders

    def _rating_row(self, grid: QGridLayout, row: int, data: RatingRow, comparison: Comparison) -> None:
        emphasised = (data.difference or 0) >= BIG_DIFFERENCE
        if emphasised:
            band = QFrame()
            band.setObjectName(f"compareEmphasis:{data.key}")
            band.setStyleSheet("QFrame { background: rgba(255, 170, 0, 45); border-radius: 4px; }")
            grid.addWidget(band, row, 0, 1, 3)
        text = shipped(data.label)
        if data.difference:
            text = self.tr("{area}  (Δ {difference})").format(area=text, difference=data.difference)
        label = _cell(text)
        label.setObjectName(f"compareRatingLabel:{data.key}")
        if emphasised:
            font = QFont(label.font())
            font.setBold(True)
            label.setFont(font)
        grid.addWidget(label, row, 0)
        sides = (
            (comparison.left, data.left_area_id, data.left, data.left_comment),
            (comparison.right, data.right_area_id, data.right, data.right_comment),
        )
        for column, (side, (record, area_id, value, comment)) in enumerate(zip(SIDES, sides, strict=True), start=1):
            if area_id is None:
                cell: QWidget = _muted(self.tr("Not in this rubric"))
            else:
                bar = RatingBar(value)
                bar.set_emphasised(emphasised)
                if comment:
                    bar.setToolTip(plain_tooltip(comment))
                bar.rating_chosen.connect(
                    lambda value, cid=record.candidate_id, area=area_id: self.rating_chosen.emit(cid, area, value)
                )
                cell = bar
            cell.setObjectName(f"compareRating:{side}:{data.key}")
            grid.addWidget(cell, row, column)

    def _recommendation_builder(self, comparison: Comparison) -> RowBuilder:
        def build(grid: QGridLayout, row: int) -> None:
            grid.addWidget(_cell(self.tr("Recommendation")), row, 0)
            for column, (side, record) in enumerate(zip(SIDES, (comparison.left, comparison.right), strict=True), start=1):
                combo = ScrollSafeComboBox()
                combo.setObjectName(f"compareRecommendation:{side}")
                combo.addItem(recommendation_label(None), None)
                for key in RECOMMENDATIONS:
                    combo.addItem(recommendation_label(key), key)
                combo.setCurrentIndex(max(combo.findData(record.recommendation), 0))
                combo.activated.connect(
                    lambda index, box=combo, cid=record.candidate_id:
                    self.recommendation_chosen.emit(cid, box.itemData(index))
                )
                grid.addWidget(combo, row, column, Qt.AlignmentFlag.AlignLeft)

        return build

    def _notes_builder(self, comparison: Comparison) -> RowBuilder:
        def build(grid: QGridLayout, row: int) -> None:
            grid.addWidget(_cell(self.tr("Summary")), row, 0, Qt.AlignmentFlag.AlignTop)
            for column, (side, record) in enumerate(zip(SIDES, (comparison.left, comparison.right), strict=True), start=1):
                editor = CommitTextEdit(record.summary)
                editor.setObjectName(f"compareSummary:{side}")
                editor.setPlaceholderText(self.tr("Summary note on {name}").format(name=self._blind.name(record.candidate_id, record.name)))
                # blind review masked part of the note: editing the masked text would lose what it hides
                editor.setReadOnly(record.summary != self._library.review(record.candidate_id).summary)
                editor.setFixedHeight(110)
                editor.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
                editor.text_committed.connect(lambda text, cid=record.candidate_id: self.summary_edited.emit(cid, text))
                grid.addWidget(editor, row, column)

        return build


