"""The Review tab: position, weighted score, recommendation, tags, rubric ratings and a summary note.

`ReviewPanel` and its `RatingAreaWidget`s only show data and emit what the reviewer did;
`ReviewFeature` (installed into the main window) reads the library and pushes undo commands.
"""

from __future__ import annotations

import itertools
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QPoint, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent, QPalette, QResizeEvent, QUndoCommand
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QScrollArea,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from storage.records import (
    HighlightRecord,
    Passage,
    PositionRecord,
    RatingRecord,
    RubricAreaRecord,
    RubricRecord,
    TagRecord,
    TagSuggestion,
)
from storage.vocab import RATING_LABELS, RECOMMENDATIONS
from ui import review_commands as commands
from ui.labels import rating_label, recommendation_label
from ui.plain_text import plain_label, plain_tooltip
from ui.rubric_editor import RubricEditor
from ui.tag_editor import FlowLayout, TagEditor, evidence_text

if TYPE_CHECKING:
    from ui.main_window import MainWindow

# Highlight colours (indexes into HIGHLIGHT_COLORS) given to passages made evidence.
EVIDENCE_COLOR = {"strength": 0, "concern": 1}
RATING_KEYS = {getattr(Qt.Key, f"Key_{n}"): n for n in RATING_LABELS}
SUMMARY_HEIGHT = 110
COMPACT_BUTTON_WIDTH = 28
AREA_MARGIN = 8
BUTTON_PADDING = 16  # a tool button's width beyond its text


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


class RatingAreaWidget(QFrame):
    """One rubric area: five labelled rating buttons, the chosen level's meaning, comment, evidence.

    Keys 1–5 rate the area while it (or one of its buttons) has focus; 0 clears the rating.

    Signals:
        rating_chosen(int, object): area id and the value 1–5 (None clears).
        comment_edited(int, str): area id and the comment as typed.
        evidence_requested(int): attach the document's selected text to this area.
        evidence_removed(int, int): area id, highlight id.
        evidence_clicked(int): a highlight id to show.
    """

    rating_chosen = Signal(int, object)
    comment_edited = Signal(int, str)
    evidence_requested = Signal(int)
    evidence_removed = Signal(int, int)
    evidence_clicked = Signal(int)

    def __init__(self, area: RubricAreaRecord, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.area = area
        self.value: int | None = None
        self.setObjectName(f"ratingArea:{area.key}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setProperty("current", False)
        self.setEnabled(not area.archived)

        title = area.label + (self.tr(" (removed from the rubric)") if area.archived else "")
        self.title = plain_label(title, wrap=True, name="ratingTitle")
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.title.setToolTip(plain_tooltip(area.description))
        weight = plain_label(self.tr("weight {weight:g}").format(weight=area.weight))
        weight.setForegroundRole(QPalette.ColorRole.PlaceholderText)  # muted, yet readable (disabled text is not)
        self.buttons: dict[int, QToolButton] = {}
        buttons_row = QHBoxLayout()
        buttons_row.setSpacing(2)
        for value in RATING_LABELS:
            button = QToolButton()
            button.setObjectName(f"rate:{value}")
            button.setText(rating_label(value))
            button.setCheckable(True)
            button.setProperty("choice", True)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            button.setMinimumWidth(COMPACT_BUTTON_WIDTH)  # narrow panes switch to numbers, see resizeEvent
            level = area.levels[value - 1] if value <= len(area.levels) else ""
            button.setToolTip(f"{value} · {rating_label(value)}" + (f"\n{level}" if level else ""))
            button.clicked.connect(lambda _=False, v=value: self._on_button_clicked(v))
            buttons_row.addWidget(button)
            self.buttons[value] = button
        self.meaning = plain_label(wrap=True, name="ratingMeaning")
        self.meaning.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.comment = QLineEdit()
        self.comment.setObjectName("ratingComment")
        self.comment.setPlaceholderText(self.tr("Comment"))
        self.attach = QToolButton()
        self.attach.setObjectName("attachEvidence")
        self.attach.setText(self.tr("Attach selection"))
        self.attach.setToolTip(self.tr("Highlight the text selected in the document and keep it as evidence for this rating"))
        self._evidence_box = QWidget()
        self._evidence_flow = FlowLayout(self._evidence_box)

        header = QHBoxLayout()
        header.addWidget(self.title, 1)
        header.addWidget(weight)
        comment_row = QHBoxLayout()
        comment_row.addWidget(self.comment, 1)
        comment_row.addWidget(self.attach)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(AREA_MARGIN, 6, AREA_MARGIN, 6)
        layout.setSpacing(4)
        layout.addLayout(header)
        layout.addLayout(buttons_row)
        layout.addWidget(self.meaning)
        layout.addLayout(comment_row)
        layout.addWidget(self._evidence_box)

        self.comment.textEdited.connect(lambda text: self.comment_edited.emit(self.area.id, text))
        self.attach.clicked.connect(lambda: self.evidence_requested.emit(self.area.id))

    def set_rating(self, rating: RatingRecord | None, highlights: Mapping[int, HighlightRecord]) -> None:
        """Show a rating (None: unrated), keeping the comment the reviewer is typing."""
        self.value = rating.value if rating else None
        for value, button in self.buttons.items():
            button.setChecked(value == self.value)
        if self.value is not None:
            level = self.area.levels[self.value - 1] if self.value <= len(self.area.levels) else ""
            self.meaning.setText(f"{self.value} · {rating_label(self.value)}" + (f" — {level}" if level else ""))
        else:
            self.meaning.setText(self.area.description)
        comment = rating.comment if rating else ""
        if self.comment.text() != comment:
            self.comment.setText(comment)
        self._evidence_flow.clear()
        for highlight_id in rating.evidence if rating else ():
            highlight = highlights.get(highlight_id)
            if highlight is not None:
                self._evidence_flow.addWidget(self._evidence_chip(highlight))
        self._evidence_box.setVisible(self._evidence_flow.count() > 0)
        self._evidence_box.updateGeometry()

    def evidence_chip(self, highlight_id: int) -> QToolButton | None:
        """The chip of one evidence highlight."""
        return self._evidence_box.findChild(QToolButton, f"evidence:{highlight_id}")

    def _evidence_chip(self, highlight: HighlightRecord) -> QToolButton:
        chip = QToolButton()
        chip.setObjectName(f"evidence:{highlight.id}")
        chip.setText(evidence_text(highlight))
        tip = self.tr("Show in the document (right-click to remove):\n{text}").format(text=highlight.text)
        chip.setToolTip(plain_tooltip(tip))
        chip.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        chip.clicked.connect(lambda: self.evidence_clicked.emit(highlight.id))
        chip.customContextMenuRequested.connect(lambda pos: self._on_chip_menu(chip, highlight.id, pos))
        return chip

    def _on_chip_menu(self, chip: QToolButton, highlight_id: int, pos: QPoint) -> None:
        menu = QMenu(chip)
        remove = menu.addAction(self.tr("Remove Evidence"))
        remove.triggered.connect(lambda: self.evidence_removed.emit(self.area.id, highlight_id))
        menu.exec(chip.mapToGlobal(pos))

    def set_current(self, current: bool) -> None:
        """Mark the area the keys 1–5 rate."""
        if self.property("current") != current:
            self.setProperty("current", current)
            self.style().unpolish(self)
            self.style().polish(self)

    def _on_button_clicked(self, value: int) -> None:
        # Clicking the chosen level again clears the rating.
        self.setFocus(Qt.FocusReason.OtherFocusReason)
        self.rating_chosen.emit(self.area.id, None if value == self.value else value)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        value = RATING_KEYS.get(Qt.Key(event.key()))
        plain = event.modifiers() in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)
        if plain and value is not None:
            self.rating_chosen.emit(self.area.id, value)
        elif plain and event.key() == Qt.Key.Key_0:
            self.rating_chosen.emit(self.area.id, None)
        else:
            super().keyPressEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt API
        # Too narrow for the five labels: show 1–5 (the chosen label is spelled out below them).
        super().resizeEvent(event)
        metrics = self.fontMetrics()
        full = sum(metrics.horizontalAdvance(rating_label(value)) + BUTTON_PADDING for value in RATING_LABELS)
        compact = self.contentsRect().width() - 2 * AREA_MARGIN < full
        for value, button in self.buttons.items():
            button.setText(str(value) if compact else rating_label(value))

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt API
        super().focusInEvent(event)
        self.set_current(True)


class ReviewPanel(QWidget):
    """Position, score, recommendation, tags, one widget per rubric area, and the summary note.

    Signals:
        rating_chosen(int, object), comment_edited(int, str), rating_evidence_requested(int),
        rating_evidence_removed(int, int): as RatingAreaWidget's, for any area.
        evidence_clicked(int): a highlight id to show.
        recommendation_chosen(object): a RECOMMENDATIONS key, or None for no decision.
        summary_edited(str): the summary as typed.
        position_chosen(object): a position id, or None for the default rubric.
        new_position_requested(): the reviewer wants a new position.
        edit_rubric_requested(): the reviewer wants to edit the rubric shown.
    """

    rating_chosen = Signal(int, object)
    comment_edited = Signal(int, str)
    rating_evidence_requested = Signal(int)
    rating_evidence_removed = Signal(int, int)
    evidence_clicked = Signal(int)
    recommendation_chosen = Signal(object)
    summary_edited = Signal(str)
    position_chosen = Signal(object)
    new_position_requested = Signal()
    edit_rubric_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reviewPanel")
        self.state: ReviewState | None = None
        self._loading = False
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
        self.summary.setObjectName("summaryEdit")
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
        self.summary.textChanged.connect(self._on_summary_text_changed)
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
        self._loading = True
        try:
            self.setEnabled(state is not None)
            if state is None:
                self._rebuild_areas(())
                self.summary.setPlainText("")
                self.score.setText("")
                return
            self._show_positions(state)
            self._show_score(state)
            key = state.recommendation or "none"
            for button in self.recommendation.buttons():
                button.setChecked(button.objectName() == f"recommend:{key}")
            if self.summary.toPlainText() != state.summary:
                self.summary.setPlainText(state.summary)
            ratings = {r.area_id: r for r in state.ratings}
            shown = tuple(a for a in state.rubric.areas if a.id in ratings)
            if shown != tuple(w.area for w in self.areas.values()):  # another rubric: same one keeps its widgets
                self._rebuild_areas(shown)
            for area_id, widget in self.areas.items():
                widget.set_rating(ratings.get(area_id), state.highlights)
            self._order_tab_stops()
        finally:
            self._loading = False

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
        self.position.setToolTip(self.tr("Rated on the rubric “{name}”").format(name=state.rubric.name))

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
            widget.comment_edited.connect(self.comment_edited)
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

    def _on_summary_text_changed(self) -> None:
        if not self._loading and self.state is not None:
            self.summary_edited.emit(self.summary.toPlainText())

    def _on_app_focus_changed(self, _old: QWidget | None, now: QWidget | None) -> None:
        if now is None or not self.isAncestorOf(now):
            return
        for widget in self.areas.values():
            widget.set_current(widget is now or widget.isAncestorOf(now))


class ReviewFeature(QObject):
    """Wires the Review tab into the main window: reads the library, pushes undo commands."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self._model = window.library_model
        self.panel = ReviewPanel()
        self.tag_editor = self.panel.tag_editor
        self.rubric_editor: RubricEditor | None = None
        window.side_tabs.addTab(self.panel, self.tr("Review"))
        self.tag_filter = QComboBox()
        self.tag_filter.setObjectName("tagFilter")
        self.tag_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.recommendation_filter = QComboBox()
        self.recommendation_filter.setObjectName("recommendationFilter")
        self.recommendation_filter.addItem(self.tr("Any recommendation"), None)
        for key in RECOMMENDATIONS:
            self.recommendation_filter.addItem(recommendation_label(key), key)
        self.recommendation_filter.addItem(recommendation_label(None), "")
        window.main_toolbar.addWidget(self.tag_filter)
        window.main_toolbar.addWidget(self.recommendation_filter)

        panel = self.panel
        panel.rating_chosen.connect(self._on_panel_rating_chosen)
        panel.comment_edited.connect(self._on_panel_comment_edited)
        panel.rating_evidence_requested.connect(self._on_panel_rating_evidence_requested)
        panel.rating_evidence_removed.connect(self._on_panel_rating_evidence_removed)
        panel.evidence_clicked.connect(self.jump_to)
        panel.recommendation_chosen.connect(self._on_panel_recommendation_chosen)
        panel.summary_edited.connect(self._on_panel_summary_edited)
        panel.position_chosen.connect(self._on_panel_position_chosen)
        panel.new_position_requested.connect(self._on_panel_new_position_requested)
        panel.edit_rubric_requested.connect(self.edit_rubric)
        tags = self.tag_editor
        tags.tag_added.connect(self._on_tags_tag_added)
        tags.suggestion_accepted.connect(self.accept_suggestion)
        tags.tag_removed.connect(self._on_tags_tag_removed)
        tags.evidence_requested.connect(self._on_tags_evidence_requested)
        tags.evidence_removed.connect(self._on_tags_evidence_removed)
        tags.evidence_clicked.connect(self.jump_to)
        tags.tag_edited.connect(self._on_tags_tag_edited)
        tags.tags_merged.connect(self._on_tags_tags_merged)
        window.candidate_changed.connect(self._on_window_candidate_changed)
        model = self._model
        model.review_changed.connect(self._on_library_candidate_changed)
        model.highlights_changed.connect(self._on_library_candidate_changed)
        model.tags_changed.connect(self._on_library_tags_changed)
        model.rubric_changed.connect(self._on_library_rubric_changed)
        window.document_view.context_menu_about_to_show.connect(self._on_document_context_menu)
        self.tag_filter.currentIndexChanged.connect(self._on_tag_filter_changed)
        self.recommendation_filter.currentIndexChanged.connect(self._on_recommendation_filter_changed)
        self.reload()

    # -- reading ----------------------------------------------------------------------------

    def reload(self) -> None:
        """Show the current candidate's review as the library has it."""
        window, library = self._window, self._window.library
        cid = window.candidate_id
        try:
            snapshot = library.review_snapshot(cid) if cid else None
        except KeyError:  # just removed from the library; the window shows another candidate next
            snapshot = None
        tags = snapshot.tags if snapshot is not None else tuple(library.tags())
        self._reload_tag_filter(tags)
        if window.candidate_id != cid:  # the filter hid the candidate; showing the next one reloaded already
            return
        if snapshot is None:
            self.panel.show_review(None)
            self.tag_editor.set_tags((), tags, (), {})
            return
        highlights = {h.id: h for h in snapshot.highlights}
        self.panel.show_review(
            ReviewState(
                candidate_id=cid,
                rubric=snapshot.rubric,
                ratings=snapshot.ratings,
                positions=snapshot.positions,
                position_id=snapshot.position_id,
                recommendation=snapshot.recommendation,
                summary=snapshot.summary,
                score=snapshot.score,
                highlights=highlights,
            )
        )
        self.tag_editor.set_tags(snapshot.candidate_tags, snapshot.tags, snapshot.suggestions, highlights)
        if self.rubric_editor is not None:
            self.rubric_editor.set_rubric(snapshot.rubric)

    def _on_window_candidate_changed(self, _candidate_id: int) -> None:
        self.reload()

    def _on_library_candidate_changed(self, candidate_id: int) -> None:
        if candidate_id == self._window.candidate_id:
            self.reload()

    def _on_library_tags_changed(self, _candidate_ids: list[int]) -> None:
        self.reload()  # the tag filter lists every tag, whoever carries it

    def _on_library_rubric_changed(self, _rubric_id: int) -> None:
        self.reload()  # the positions offered, or the areas shown, changed

    def _reload_tag_filter(self, tags: Sequence[TagRecord]) -> None:
        current = self.tag_filter.currentData()
        self.tag_filter.blockSignals(True)
        self.tag_filter.clear()
        self.tag_filter.addItem(self.tr("All tags"), None)
        for tag in tags:
            self.tag_filter.addItem(tag.name, tag.name)
        self.tag_filter.setCurrentIndex(max(0, self.tag_filter.findData(current)))
        self.tag_filter.blockSignals(False)
        if self.tag_filter.currentData() != current:
            self._on_tag_filter_changed(self.tag_filter.currentIndex())

    def selection_passage(self) -> Passage | None:
        """The text selected in the document, as a passage to highlight."""
        selection = self._window.document_view.selection()
        if selection is None or not selection.text.strip():
            return None
        return selection

    def jump_to(self, highlight_id: int) -> None:
        """Show an evidence highlight in the document."""
        self._window.highlights.jump_to(highlight_id)

    def _push(self, command: QUndoCommand) -> None:
        self._window.undo_stack.push(command)

    def _no_selection(self) -> None:
        self._window.statusBar().showMessage(self.tr("Select text in the document first."), 5000)

    # -- ratings, recommendation, summary, position -----------------------------------------

    def _on_panel_rating_chosen(self, area_id: int, value: int | None) -> None:
        self._push(commands.SetRatingCommand(self._model, self._window.candidate_id, area_id, value))

    def _on_panel_comment_edited(self, area_id: int, comment: str) -> None:
        self._push(commands.SetRatingCommentCommand(self._model, self._window.candidate_id, area_id, comment))

    def _on_panel_rating_evidence_requested(self, area_id: int) -> None:
        passage = self.selection_passage()
        if passage is None:
            self._no_selection()
            return
        self._push(
            commands.AttachSelectionCommand(self._model, self._window.candidate_id, passage, EVIDENCE_COLOR["strength"], area_id=area_id
            )
        )

    def _on_panel_rating_evidence_removed(self, area_id: int, highlight_id: int) -> None:
        state = self.panel.state
        rating = next((r for r in state.ratings if r.area_id == area_id), None) if state else None
        if rating is not None:
            kept = [h for h in rating.evidence if h != highlight_id]
            self._push(commands.SetRatingEvidenceCommand(self._model, self._window.candidate_id, area_id, kept))

    def _on_panel_recommendation_chosen(self, recommendation: str | None) -> None:
        if recommendation != self._window.library.review(self._window.candidate_id).recommendation:
            self._push(commands.SetRecommendationCommand(self._model, self._window.candidate_id, recommendation))

    def _on_panel_summary_edited(self, summary: str) -> None:
        self._push(commands.SetSummaryCommand(self._model, self._window.candidate_id, summary))

    def _on_panel_position_chosen(self, position_id: int | None) -> None:
        if position_id != self._window.library.review(self._window.candidate_id).position_id:
            self._push(commands.SetPositionCommand(self._model, self._window.candidate_id, position_id))

    def _on_panel_new_position_requested(self) -> None:
        name, ok = QInputDialog.getText(
            self.panel, self.tr("New position"), self.tr("Name of the position (it gets a copy of the current rubric):")
        )
        if ok and name.strip():
            self.add_position(name.strip())

    def add_position(self, name: str) -> None:
        """Create a position with a copy of the candidate's rubric and review the candidate against it."""
        if any(p.name == name for p in self._window.library.positions()):
            self._window.statusBar().showMessage(self.tr("A position named “{name}” exists.").format(name=name), 5000)
            return
        cid = self._window.candidate_id
        rubric = self._window.library.candidate_rubric(cid)
        self._push(commands.AddPositionCommand(self._model, cid, name, rubric.id))

    def edit_rubric(self) -> RubricEditor:
        """Open the editor of the rubric the current candidate is rated on."""
        if self.rubric_editor is None:
            self.rubric_editor = RubricEditor(self._window)
            editor = self.rubric_editor
            editor.area_added.connect(lambda label: self._push(commands.AddAreaCommand(self._model, editor.rubric_id, label)))
            editor.area_edited.connect(
                lambda area_id, changes: self._push(commands.EditAreaCommand(self._model, editor.rubric_id, area_id, **changes))
            )
            editor.area_moved.connect(
                lambda area_id, index: self._push(commands.MoveAreaCommand(self._model, editor.rubric_id, area_id, index))
            )
            editor.area_archived.connect(
                lambda area_id, archived: self._push(commands.ArchiveAreaCommand(self._model, editor.rubric_id, area_id, archived))
            )
        self.rubric_editor.set_rubric(self._window.library.candidate_rubric(self._window.candidate_id))
        if self.rubric_editor.isVisible():
            self.rubric_editor.raise_()
        else:
            self.rubric_editor.show()
        return self.rubric_editor

    # -- tags -------------------------------------------------------------------------------

    def _on_tags_tag_added(self, name: str, kind: str) -> None:
        cid = self._window.candidate_id
        if cid and not any(t.tag.name.lower() == name.lower() for t in self._window.library.candidate_tags(cid)):
            self._push(commands.AddTagCommand(self._model, cid, name, kind))

    def accept_suggestion(self, suggestion: TagSuggestion) -> None:
        """Tag the candidate with a suggestion, highlighting its passages as the evidence."""
        self._push(
            commands.AddTagCommand(self._model, self._window.candidate_id, suggestion.name, suggestion.kind,
                suggestion.passages, EVIDENCE_COLOR[suggestion.kind],
            )
        )

    def tag_selection(self, name: str, kind: str) -> None:
        """Highlight the selected text and tag the candidate with it as the evidence: one undo step."""
        passage = self.selection_passage()
        if passage is None:
            self._no_selection()
            return
        cid = self._window.candidate_id
        self._push(commands.AddTagCommand(self._model, cid, name, kind, (passage,), EVIDENCE_COLOR[kind]))
        self._window.document_view.clear_selection()

    def _on_tags_tag_removed(self, tag_id: int) -> None:
        cid = self._window.candidate_id
        record = next((t for t in self._window.library.candidate_tags(cid) if t.tag.id == tag_id), None)
        if record is not None:
            self._push(commands.RemoveTagCommand(self._model, cid, record.tag))

    def _on_tags_evidence_requested(self, tag_id: int) -> None:
        passage = self.selection_passage()
        if passage is None:
            self._no_selection()
            return
        tag = next(t for t in self._window.library.tags() if t.id == tag_id)
        self._push(
            commands.AttachSelectionCommand(self._model, self._window.candidate_id, passage, EVIDENCE_COLOR[tag.kind], tag_id=tag_id
            )
        )

    def _on_tags_evidence_removed(self, tag_id: int, highlight_id: int) -> None:
        cid = self._window.candidate_id
        evidence = self._window.library.tag_assignments(tag_id).get(cid, ())
        kept = [h for h in evidence if h != highlight_id]
        self._push(commands.SetTagEvidenceCommand(self._model, cid, tag_id, kept))

    def _on_tags_tag_edited(self, tag_id: int, changes: dict[str, str]) -> None:
        library = self._window.library
        tag = next(t for t in library.tags() if t.id == tag_id)
        new_name = changes.get("name")
        other = library.find_tag(new_name) if new_name else None
        if other is not None and other.id != tag_id:
            self._push(commands.MergeTagsCommand(self._model, tag, other))
            return
        self._push(commands.EditTagCommand(self._model, tag, **changes))

    def _on_tags_tags_merged(self, source_id: int, target_id: int) -> None:
        tags = {t.id: t for t in self._window.library.tags()}
        self._push(commands.MergeTagsCommand(self._model, tags[source_id], tags[target_id]))

    def _on_document_context_menu(self, menu: QMenu) -> None:
        if not self._window.candidate_id or self.selection_passage() is None:
            return
        menu.addSeparator()
        for kind, text in (("strength", self.tr("Tag as Strength…")), ("concern", self.tr("Tag as Concern…"))):
            action = menu.addAction(text)
            action.setObjectName(f"actionTagSelection_{kind}")
            action.triggered.connect(lambda _=False, k=kind: self._ask_tag_for_selection(k))

    def _ask_tag_for_selection(self, kind: str) -> None:
        names = [t.name for t in self._window.library.tags() if t.kind == kind]
        title = self.tr("Tag as strength") if kind == "strength" else self.tr("Tag as concern")
        name, ok = QInputDialog.getItem(
            self._window, title, self.tr("Tag (pick one or type a new one):"), names, 0, True
        )
        if ok and name.strip():
            self.tag_selection(name.strip(), kind)

    # -- list filters -----------------------------------------------------------------------

    def _on_tag_filter_changed(self, _index: int) -> None:
        self._window.proxy.set_tag(self.tag_filter.currentData())

    def _on_recommendation_filter_changed(self, _index: int) -> None:
        self._window.proxy.set_recommendation(self.recommendation_filter.currentData())


def install(window: MainWindow) -> ReviewFeature:
    """Add the Review tab, the tag and recommendation filters, and the document's tag actions."""
    return ReviewFeature(window)
