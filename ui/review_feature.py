"""The Review feature: the Review tab wired to the library model, the tag and recommendation filters, tagging a selection."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from PySide6.QtCore import QObject
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import (
    QComboBox,
    QInputDialog,
    QMenu,
)

from storage.records import (
    Passage,
    RatingRecord,
    TagRecord,
    TagSuggestion,
)
from storage.vocab import RECOMMENDATIONS
from ui import review_commands as commands
from ui.highlights import flash_highlight
from ui.labels import recommendation_label, shipped

# Highlight colours (indexes into HIGHLIGHT_COLORS) given to passages made evidence.
from ui.review_panel import ReviewPanel, ReviewState
from ui.rubric_editor import RubricEditor
from ui.shell import Shell

# Highlight colours (indexes into HIGHLIGHT_COLORS) given to passages made evidence.
EVIDENCE_COLOR = {"strength": 0, "concern": 1}


class ReviewFeature(QObject):
    """The Review tab on the shell: reads the library, pushes undo commands, follows the library model."""

    def __init__(self, shell: Shell) -> None:
        super().__init__(shell)
        self._shell = shell
        self._model = shell.library_model
        self.panel = ReviewPanel()
        self.tag_editor = self.panel.tag_editor
        self.rubric_editor: RubricEditor | None = None
        self._suggestions: dict[TagSuggestion, TagSuggestion] = {}  # as shown -> as read from the profile
        shell.add_side_tab(self.panel, self.tr("Review"))
        self.tag_filter = QComboBox()
        self.tag_filter.setObjectName("tagFilter")
        self.tag_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.recommendation_filter = QComboBox()
        self.recommendation_filter.setObjectName("recommendationFilter")
        self.recommendation_filter.addItem(self.tr("Any recommendation"), None)
        for key in RECOMMENDATIONS:
            self.recommendation_filter.addItem(recommendation_label(key), key)
        self.recommendation_filter.addItem(recommendation_label(None), "")
        shell.add_toolbar_widget(self.tag_filter)
        shell.add_toolbar_widget(self.recommendation_filter)

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
        shell.candidate_changed.connect(self._on_shell_candidate_changed)
        shell.blind.changed.connect(self.reload)
        shell.closing.connect(self.panel.commit_pending)
        model = self._model
        model.review_changed.connect(self._on_library_candidate_changed)
        model.review_notes_changed.connect(self._on_library_notes_changed)
        model.highlights_changed.connect(self._on_library_candidate_changed)
        model.tags_changed.connect(self._on_library_tags_changed)
        model.rubric_changed.connect(self._on_library_rubric_changed)
        shell.document_view.context_menu_about_to_show.connect(self._on_document_context_menu)
        self.tag_filter.currentIndexChanged.connect(self._on_tag_filter_changed)
        self.recommendation_filter.currentIndexChanged.connect(self._on_recommendation_filter_changed)
        self.reload()

    # -- reading ----------------------------------------------------------------------------

    def reload(self) -> None:
        """Show the current candidate's review as the library has it."""
        shell, library = self._shell, self._shell.library
        cid = shell.candidate_id
        try:
            snapshot = library.review_snapshot(cid) if cid else None
        except KeyError:  # just removed from the library; the window shows another candidate next
            snapshot = None
        tags = snapshot.tags if snapshot is not None else tuple(library.tags())
        self._reload_tag_filter(tags)
        if shell.candidate_id != cid:  # the filter hid the candidate; showing the next one reloaded already
            return
        if snapshot is None:
            self.panel.show_review(None)
            self.tag_editor.set_tags((), tags, (), {})
            return
        blind = shell.blind
        highlights = {h.id: replace(h, text=blind.scrub(cid, h.text), note=blind.scrub(cid, h.note)) for h in snapshot.highlights}
        summary, ratings, locked = self._blinded_notes(cid, snapshot.summary, snapshot.ratings)
        self.panel.show_review(
            ReviewState(
                candidate_id=cid,
                rubric=snapshot.rubric,
                ratings=ratings,
                positions=snapshot.positions,
                position_id=snapshot.position_id,
                recommendation=snapshot.recommendation,
                summary=summary,
                score=snapshot.score,
                highlights=highlights,
            )
        )
        self.panel.set_notes_locked(locked)
        # Shown with hidden strings masked; accepting one takes the suggestion as it is (its passages' real text).
        self._suggestions = {
            replace(s, name=blind.scrub(cid, s.name), passages=tuple(replace(p, text=blind.scrub(cid, p.text)) for p in s.passages)): s
            for s in snapshot.suggestions
        }
        self.tag_editor.set_tags(snapshot.candidate_tags, snapshot.tags, tuple(self._suggestions), highlights)
        if self.rubric_editor is not None:
            self.rubric_editor.set_rubric(snapshot.rubric)

    def _on_shell_candidate_changed(self, _candidate_id: int) -> None:
        self.panel.commit_pending()  # typing is saved for the candidate it was typed for
        self.reload()

    def _on_library_notes_changed(self, candidate_id: int) -> None:
        # Only the summary and comments read differently: no need to rebuild the whole tab.
        if candidate_id == self._shell.candidate_id:
            library = self._shell.library
            summary, ratings, locked = self._blinded_notes(
                candidate_id, library.review(candidate_id).summary, tuple(library.ratings(candidate_id))
            )
            self.panel.show_notes(summary, ratings)
            self.panel.set_notes_locked(locked)

    def _blinded_notes(
        self, candidate_id: int, summary: str, ratings: tuple[RatingRecord, ...]
    ) -> tuple[str, tuple[RatingRecord, ...], bool]:
        """The summary and rating comments as blind review shows them, and whether it masked any (then they are not edited)."""
        blind = self._shell.blind
        shown = blind.scrub(candidate_id, summary)
        shown_ratings = tuple(replace(r, comment=blind.scrub(candidate_id, r.comment)) for r in ratings)
        return shown, shown_ratings, shown != summary or shown_ratings != ratings

    def _on_library_candidate_changed(self, candidate_id: int) -> None:
        if candidate_id == self._shell.candidate_id:
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
            self.tag_filter.addItem(shipped(tag.name), tag.name)
        self.tag_filter.setCurrentIndex(max(0, self.tag_filter.findData(current)))
        self.tag_filter.blockSignals(False)
        if self.tag_filter.currentData() != current:
            self._on_tag_filter_changed(self.tag_filter.currentIndex())

    def selection_passage(self) -> Passage | None:
        """The text selected in the document, as a passage to highlight."""
        selection = self._shell.document_view.selection()
        if selection is None or not selection.text.strip():
            return None
        return selection

    def jump_to(self, highlight_id: int) -> None:
        """Show an evidence highlight in the document it marks (another version of the résumé, maybe)."""
        record = next((h for h in self._shell.library.highlights(self._shell.candidate_id) if h.id == highlight_id), None)
        if record is not None:
            if record.document_id:
                self._shell.show_document(record.document_id)
            flash_highlight(self._shell.document_view, record)

    def _push(self, command: QUndoCommand) -> None:
        self._shell.undo_stack.push(command)

    def _no_selection(self) -> None:
        self._shell.show_message(self.tr("Select text in the document first."), 5000)

    # -- ratings, recommendation, summary, position -----------------------------------------

    def _on_panel_rating_chosen(self, area_id: int, value: int | None) -> None:
        self._push(commands.SetRatingCommand(self._model, self._shell.candidate_id, area_id, value))

    def _on_panel_comment_edited(self, candidate_id: int, area_id: int, comment: str) -> None:
        self._push(commands.SetRatingCommentCommand(self._model, candidate_id, area_id, comment))

    def _on_panel_rating_evidence_requested(self, area_id: int) -> None:
        passage = self.selection_passage()
        if passage is None:
            self._no_selection()
            return
        self._push(
            commands.AttachSelectionCommand(self._model, self._shell.candidate_id, passage, EVIDENCE_COLOR["strength"], area_id=area_id
            )
        )

    def _on_panel_rating_evidence_removed(self, area_id: int, highlight_id: int) -> None:
        state = self.panel.state
        rating = next((r for r in state.ratings if r.area_id == area_id), None) if state else None
        if rating is not None:
            kept = [h for h in rating.evidence if h != highlight_id]
            self._push(commands.SetRatingEvidenceCommand(self._model, self._shell.candidate_id, area_id, kept))

    def _on_panel_recommendation_chosen(self, recommendation: str | None) -> None:
        if recommendation != self._shell.library.review(self._shell.candidate_id).recommendation:
            self._push(commands.SetRecommendationCommand(self._model, self._shell.candidate_id, recommendation))

    def _on_panel_summary_edited(self, candidate_id: int, summary: str) -> None:
        self._push(commands.SetSummaryCommand(self._model, candidate_id, summary))

    def _on_panel_position_chosen(self, position_id: int | None) -> None:
        if position_id != self._shell.library.review(self._shell.candidate_id).position_id:
            self._push(commands.SetPositionCommand(self._model, self._shell.candidate_id, position_id))

    def _on_panel_new_position_requested(self) -> None:
        name, ok = QInputDialog.getText(
            self.panel, self.tr("New position"), self.tr("Name of the position (it gets a copy of the current rubric):")
        )
        if ok and name.strip():
            self.add_position(name.strip())

    def add_position(self, name: str) -> None:
        """Create a position with a copy of the candidate's rubric and review the candidate against it."""
        if any(p.name == name for p in self._shell.library.positions()):
            self._shell.show_message(self.tr("A position named “{name}” exists.").format(name=name), 5000)
            return
        cid = self._shell.candidate_id
        rubric = self._shell.library.candidate_rubric(cid)
        self._push(commands.AddPositionCommand(self._model, cid, name, rubric.id))

    def edit_rubric(self) -> RubricEditor:
        """Open the editor of the rubric the current candidate is rated on."""
        if self.rubric_editor is None:
            self.rubric_editor = RubricEditor(self._shell.widget)
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
        self.rubric_editor.set_rubric(self._shell.library.candidate_rubric(self._shell.candidate_id))
        if self.rubric_editor.isVisible():
            self.rubric_editor.raise_()
        else:
            self.rubric_editor.show()
        return self.rubric_editor

    # -- tags -------------------------------------------------------------------------------

    def _on_tags_tag_added(self, name: str, kind: str) -> None:
        cid = self._shell.candidate_id
        if cid and not any(t.tag.name.lower() == name.lower() for t in self._shell.library.candidate_tags(cid)):
            self._push(commands.AddTagCommand(self._model, cid, name, kind))

    def accept_suggestion(self, suggestion: TagSuggestion) -> None:
        """Tag the candidate with a suggestion, highlighting its passages as the evidence."""
        suggestion = self._suggestions.get(suggestion, suggestion)  # as the profile has it, not as blind review shows it
        self._push(
            commands.AddTagCommand(self._model, self._shell.candidate_id, suggestion.name, suggestion.kind,
                suggestion.passages, EVIDENCE_COLOR[suggestion.kind],
            )
        )

    def tag_selection(self, name: str, kind: str) -> None:
        """Highlight the selected text and tag the candidate with it as the evidence: one undo step."""
        passage = self.selection_passage()
        if passage is None:
            self._no_selection()
            return
        cid = self._shell.candidate_id
        self._push(commands.AddTagCommand(self._model, cid, name, kind, (passage,), EVIDENCE_COLOR[kind]))
        self._shell.document_view.clear_selection()

    def _on_tags_tag_removed(self, tag_id: int) -> None:
        cid = self._shell.candidate_id
        record = next((t for t in self._shell.library.candidate_tags(cid) if t.tag.id == tag_id), None)
        if record is not None:
            self._push(commands.RemoveTagCommand(self._model, cid, record.tag))

    def _on_tags_evidence_requested(self, tag_id: int) -> None:
        passage = self.selection_passage()
        if passage is None:
            self._no_selection()
            return
        tag = next(t for t in self._shell.library.tags() if t.id == tag_id)
        self._push(
            commands.AttachSelectionCommand(self._model, self._shell.candidate_id, passage, EVIDENCE_COLOR[tag.kind], tag_id=tag_id
            )
        )

    def _on_tags_evidence_removed(self, tag_id: int, highlight_id: int) -> None:
        cid = self._shell.candidate_id
        evidence = self._shell.library.tag_assignments(tag_id).get(cid, ())
        kept = [h for h in evidence if h != highlight_id]
        self._push(commands.SetTagEvidenceCommand(self._model, cid, tag_id, kept))

    def _on_tags_tag_edited(self, tag_id: int, changes: dict[str, str]) -> None:
        library = self._shell.library
        tag = next(t for t in library.tags() if t.id == tag_id)
        new_name = changes.get("name")
        other = library.find_tag(new_name) if new_name else None
        if other is not None and other.id != tag_id:
            self._push(commands.MergeTagsCommand(self._model, tag, other))
            return
        self._push(commands.EditTagCommand(self._model, tag, **changes))

    def _on_tags_tags_merged(self, source_id: int, target_id: int) -> None:
        tags = {t.id: t for t in self._shell.library.tags()}
        self._push(commands.MergeTagsCommand(self._model, tags[source_id], tags[target_id]))

    def _on_document_context_menu(self, menu: QMenu) -> None:
        if not self._shell.candidate_id or self.selection_passage() is None:
            return
        menu.addSeparator()
        for kind, text in (("strength", self.tr("Tag as Strength…")), ("concern", self.tr("Tag as Concern…"))):
            action = menu.addAction(text)
            action.setObjectName(f"actionTagSelection_{kind}")
            action.triggered.connect(lambda _=False, k=kind: self._ask_tag_for_selection(k))

    def _ask_tag_for_selection(self, kind: str) -> None:
        names = [t.name for t in self._shell.library.tags() if t.kind == kind]
        title = self.tr("Tag as strength") if kind == "strength" else self.tr("Tag as concern")
        name, ok = QInputDialog.getItem(
            self._shell.widget, title, self.tr("Tag (pick one or type a new one):"), names, 0, True
        )
        if ok and name.strip():
            self.tag_selection(name.strip(), kind)

    # -- list filters -----------------------------------------------------------------------

    def _on_tag_filter_changed(self, _index: int) -> None:
        self._shell.candidate_filter.set_tag(self.tag_filter.currentData())

    def _on_recommendation_filter_changed(self, _index: int) -> None:
        self._shell.candidate_filter.set_recommendation(self.recommendation_filter.currentData())


def install(shell: Shell) -> ReviewFeature:
    """Add the Review tab, the tag and recommendation filters, and the document's tag actions."""
    return ReviewFeature(shell)
