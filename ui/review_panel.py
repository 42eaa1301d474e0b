"""The Review tab: position, weighted score, recommendation, tags, rubric ratings and a summary note.

`ReviewPanel` and its `RatingAreaWidget`s only show data and emit what the reviewer did;
`ReviewFeature` (ui/review_feature.py) reads the library and pushes undo commands.
"""

from __future__ import annotations

import itertools
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QScrollArea,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from storage.records import (
    HighlightRecord,
    PositionRecord,
    RatingRecord,
    RubricAreaRecord,
    RubricRecord,
)
from storage.vocab import RECOMMENDATIONS
from ui.labels import recommendation_label, shipped
from ui.plain_text import plain_label, plain_tooltip
from ui.rating_area import RatingAreaWidget
from ui.tag_editor import FlowLayout, TagEditor
from ui.text_commit import TextCommitter

SUMMARY_HEIGHT = 110


@dataclass(frozen=True)
class ReviewState:
    """Everything the panel shows for one candidate."""

    candidate_id: int
    rubric: RubricRecord
    ratings: tuple[RatingRecord, ...]
    positions: tuple[PositionRecord, ...]
    position_id: int | None
    recommendation: str | None
    summary: str
    score: float | None
    highlights: Mapping[int, HighlightRecord]


class ReviewPanel(QWidget):
    """Position, score, recommendation, tags, one widget per rubric area, and the summary note.

    Signals:
        rating_chosen(int, object), rating_evidence_requested(int), rating_evidence_removed(int, int):
            as RatingAreaWidget's, for any area.
        comment_edited(int, int, str): candidate id, area id and the comment as typed.
        evidence_clicked(int): a highlight id to show.
        recommendation_chosen(object): a RECOMMENDATIONS key, or None for no decision.
        summary_edited(int, str): a candidate id and the summary as typed (at a pause, or when the focus leaves).
        position_chosen(object): a position id, or None for the default rubric.
        new_position_requested(): the reviewer wants a new position.
        edit_rubric_requested(): the reviewer wants to edit the rubric shown.
    """

    rating_chosen = Signal(int, object)
    comment_edited = Signal(int, int, str)
    rating_evidence_requested = Signal(int)
    rating_evidence_removed = Signal(int, int)
    evidence_clicked = Signal(int)
    recommendation_chosen = Signal(object)
    summary_edited = Signal(int, str)
    position_chosen = Signal(object)
    new_position_requested = Signal()
    edit_rubric_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reviewPanel")
        self.state: ReviewState | None = None
        self.areas: dict[int, RatingAreaWidget] = {}

        self.position = QComboBox()
        self.position.setObjectName("positionCombo")
        self.position.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.position.setMinimumContentsLength(6)
        self.position.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.new_position = QToolButton()
        self.new_position.setObjectName("newPositionButton")
        self.new_position.setText(self.tr("New…"))
        self.new_position.setToolTip(self.tr("A new position, with its own copy of this rubric"))
        self.edit_rubric = QToolButton()
        self.edit_rubric.setObjectName("editRubricButton")
        self.edit_rubric.setText(self.tr("Rubric…"))
        self.score = plain_label(wrap=True, name="scoreLabel")
        font = self.score.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.score.setFont(font)
        self.recommendation = QButtonGroup(self)
        self.recommendation.setExclusive(True)
        recommend_box = QWidget()
        recommend_row = FlowLayout(recommend_box, spacing=2)
        for key in [*RECOMMENDATIONS, "none"]:
            button = QToolButton()
            button.setText(recommendation_label(None if key == "none" else key))
            button.setObjectName(f"recommend:{key}")
            button.setCheckable(True)
            button.setProperty("choice", True)
            button.setProperty("recommendation", None if key == "none" else key)
            self.recommendation.addButton(button)
            recommend_row.addWidget(button)
        self.tag_editor = TagEditor()
        self.summary = QPlainTextEdit()
        self.summary.setObjectName("reviewSummary")
        self.summary_committer = TextCommitter(self.summary)
        self.summary.setPlaceholderText(self.tr("Summary: why this candidate, or why not…"))
        self.summary.setFixedHeight(SUMMARY_HEIGHT)
        self.summary.setTabChangesFocus(True)
        self._areas_layout = QVBoxLayout()
        self._areas_layout.setSpacing(6)

        content = QWidget()
        content.setObjectName("reviewContent")
        position_row = QHBoxLayout()
        position_row.addWidget(plain_label(self.tr("Position:")))
        position_row.addWidget(self.position, 1)
        position_row.addWidget(self.new_position)
        position_row.addWidget(self.edit_rubric)
        layout = QVBoxLayout(content)
        layout.addLayout(position_row)
        layout.addWidget(self.score)
        layout.addWidget(self._heading(self.tr("Recommendation")))
        layout.addWidget(recommend_box)
        layout.addWidget(self._heading(self.tr("Tags")))
        layout.addWidget(self.tag_editor)
        layout.addWidget(self._heading(self.tr("Ratings (keys 1–5 rate the selected area)")))
        layout.addLayout(self._areas_layout)
        layout.addWidget(self._heading(self.tr("Summary")))
        layout.addWidget(self.summary)
        layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setObjectName("reviewScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        # The chosen level must stand out at a glance; the area the keys 1–5 rate is outlined.
        self.setStyleSheet(
            "RatingAreaWidget[current=\"true\"] { border: 2px solid palette(highlight); border-radius: 4px; }"
            "QToolButton[choice=\"true\"]:checked { background: palette(highlight); color: palette(highlighted-text);"
            " border: 1px solid palette(dark); border-radius: 3px; padding: 3px; }"
        )

        self.position.activated.connect(self._on_position_activated)
        self.new_position.clicked.connect(self.new_position_requested)
        self.edit_rubric.clicked.connect(self.edit_rubric_requested)
        self.recommendation.buttonClicked.connect(self._on_recommendation_clicked)
        self.summary_committer.committed.connect(self._on_summary_committed)
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        app.focusChanged.connect(self._on_app_focus_changed)

    @staticmethod
    def _heading(text: str) -> QLabel:
        label = plain_label(text)
        font = label.font()
        font.setBold(True)
        label.setFont(font)
        label.setContentsMargins(0, 6, 0, 0)
        return label

    # -- showing ----------------------------------------------------------------------------

    def show_review(self, state: ReviewState | None) -> None:
        """Show a candidate's review (None: nothing to review), keeping text being typed."""
        self.state = state
        self.setEnabled(state is not None)
        if state is None:
            self._rebuild_areas(())
            self.summary_committer.show("")
            self.score.setText("")
            return
        self._show_positions(state)
        self._show_score(state)
        key = state.recommendation or "none"
        for button in self.recommendation.buttons():
            button.setChecked(button.objectName() == f"recommend:{key}")
        self.summary_committer.show(state.summary)
        ratings = {r.area_id: r for r in state.ratings}
        shown = tuple(a for a in state.rubric.areas if a.id in ratings)
        if shown != tuple(w.area for w in self.areas.values()):  # another rubric: same one keeps its widgets
            self._rebuild_areas(shown)
        for area_id, widget in self.areas.items():
            widget.set_rating(ratings.get(area_id), state.highlights)
        self._order_tab_stops()

    def set_notes_locked(self, locked: bool) -> None:
        """Make the summary and comments read-only (blind review masked part of them: saving that would lose it)."""
        self.summary.setReadOnly(locked)
        for widget in self.areas.values():
            widget.comment.setReadOnly(locked)

    def show_notes(self, summary: str, ratings: Sequence[RatingRecord]) -> None:
        """Show a changed summary and rating comments (what else the review shows stays)."""
        if self.state is None:
            return
        self.state = replace(self.state, summary=summary, ratings=tuple(ratings))
        self.summary_committer.show(summary)
        for rating in ratings:
            widget = self.areas.get(rating.area_id)
            if widget is not None:
                widget.comment_committer.show(rating.comment)

    def _order_tab_stops(self) -> None:
        # Widgets made after the panel (rating areas, chips) join the end of the window's Tab
        # chain; Tab should walk the panel as it reads, the areas between the tags and the summary.
        stops = [self.position, self.new_position, self.edit_rubric, *self.recommendation.buttons()]
        for widget in (self.tag_editor, *self.areas.values()):
            stops += [
                w for w in (widget, *widget.findChildren(QWidget))
                if w.focusPolicy() & Qt.FocusPolicy.TabFocus and w.window() is self.window()  # not a completer popup
            ]
        stops.append(self.summary)
        for first, second in itertools.pairwise(stops):
            QWidget.setTabOrder(first, second)

    def _show_positions(self, state: ReviewState) -> None:
        self.position.clear()
        self.position.addItem(self.tr("No position (default rubric)"), None)
        for position in state.positions:
            self.position.addItem(position.name, position.id)
        self.position.setCurrentIndex(max(0, self.position.findData(state.position_id)))
        self.position.setToolTip(plain_tooltip(self.tr("Rated on the rubric “{name}”").format(name=shipped(state.rubric.name))))

    def _show_score(self, state: ReviewState) -> None:
        current = [r for r in state.ratings if not r.archived]
        rated = sum(1 for r in current if r.value is not None)
        if state.score is None:
            self.score.setText(self.tr("Not scored yet: rate an area below (keys 1–5)."))
        else:
            self.score.setText(
                self.tr("Score {score:.1f} / 5 · {rated} of {total} areas rated").format(
                    score=state.score, rated=rated, total=len(current)
                )
            )

    def _rebuild_areas(self, areas: tuple[RubricAreaRecord, ...]) -> None:
        for widget in self.areas.values():
            widget.hide()
            widget.setParent(None)  # so findChild no longer sees it before it is deleted
            widget.deleteLater()
        self.areas = {}
        for area in areas:
            widget = RatingAreaWidget(area)
            widget.rating_chosen.connect(self.rating_chosen)
            widget.comment_edited.connect(self._on_area_comment_edited)
            widget.evidence_requested.connect(self.rating_evidence_requested)
            widget.evidence_removed.connect(self.rating_evidence_removed)
            widget.evidence_clicked.connect(self.evidence_clicked)
            self._areas_layout.addWidget(widget)
            self.areas[area.id] = widget

    def area_widget(self, key: str) -> RatingAreaWidget | None:
        """The widget of an area, by key."""
        return next((w for w in self.areas.values() if w.area.key == key), None)

    # -- reacting ---------------------------------------------------------------------------

    def _on_position_activated(self, index: int) -> None:
        self.position_chosen.emit(self.position.itemData(index))

    def _on_recommendation_clicked(self, button: QToolButton) -> None:
        self.recommendation_chosen.emit(button.property("recommendation"))

    def commit_pending(self) -> None:
        """Report the summary and comments still being typed (before another candidate is shown)."""
        self.summary_committer.commit()
        for widget in self.areas.values():
            widget.comment_committer.commit()

    def _on_area_comment_edited(self, area_id: int, text: str) -> None:
        if self.state is not None:
            self.comment_edited.emit(self.state.candidate_id, area_id, text)

    def _on_summary_committed(self, text: str) -> None:
        if self.state is not None:
            self.summary_edited.emit(self.state.candidate_id, text)

    def _on_app_focus_changed(self, _old: QWidget | None, now: QWidget | None) -> None:
        if now is None or not self.isAncestorOf(now):
            return
        for widget in self.areas.values():
            widget.set_current(widget is now or widget.isAncestorOf(now))


