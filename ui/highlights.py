"""Highlights: colour-coded passages of the document with notes; their undo commands and the feature."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QObject,
    QPoint,
    Qt,
)
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QUndoCommand,
)
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QApplication,
    QInputDialog,
    QMenu,
)

from storage.records import HighlightRecord, HighlightUses, Passage
from storage.vocab import HIGHLIGHT_COLORS
from ui.document_view import DocumentView
from ui.highlight_list import HIGHLIGHT_ID_ROLE, HighlightPanel, HighlightTableModel, excerpt, menu_text, swatch_icon
from ui.labels import translated
from ui.library_command import LibraryCommand, end_macro
from ui.library_model import LibraryModel
from ui.margin_notes import MarginNotes
from ui.note_popup import NotePopup
from ui.shell import Shell

if TYPE_CHECKING:
    from storage.library import Library

NOTE_MERGE_ID = 4101  # QUndoCommand.id() of note edits: consecutive edits of one highlight's note merge


def flash_highlight(view: DocumentView, record: HighlightRecord) -> None:
    """Scroll the document to a highlight and flash it."""
    view.flash_sources([{"page": record.page, "rect": list(r)} for r in record.rects])


# -- undo commands ---------------------------------------------------------------------------


class AddHighlightCommand(LibraryCommand):
    """Highlight a passage; redo after undo restores the same id."""

    def __init__(
        self, model: LibraryModel, candidate_id: int, passage: Passage, color: int, note: str, document_id: int | None = None
    ) -> None:
        text = QCoreApplication.translate("UndoStep", "Highlight “{text}”").format(text=excerpt(passage.text))
        super().__init__(model, text)
        self._candidate_id, self._passage, self._color, self._note = candidate_id, passage, color, note
        self._document_id = document_id
        self.highlight_id: int | None = None

    def redo(self) -> None:
        self.highlight_id = self.model.add_highlight(
            self._candidate_id, self._passage, self._color, self._note, highlight_id=self.highlight_id,
            document_id=self._document_id,
        )

    def undo(self) -> None:
        assert self.highlight_id is not None
        self.model.delete_highlight(self._candidate_id, self.highlight_id)


class DeleteHighlightCommand(LibraryCommand):
    """Remove a highlight; undo puts it back with the same id, colour and note."""

    def __init__(self, model: LibraryModel, record: HighlightRecord) -> None:
        text = QCoreApplication.translate("UndoStep", "Delete highlight “{text}”")
        super().__init__(model, text.format(text=excerpt(record.text)))
        self._record = record
        self._uses = HighlightUses()

    def redo(self) -> None:
        self._uses = self.model.delete_highlight(self._record.candidate_id, self._record.id)

    def undo(self) -> None:
        r = self._record
        passage = Passage(r.page, r.rects, r.text)
        self.model.add_highlight(
            r.candidate_id, passage, r.color, r.note, highlight_id=r.id, uses=self._uses, document_id=r.document_id
        )


class EditHighlightCommand(LibraryCommand):
    """Change a highlight's colour or note; consecutive note edits of one highlight merge."""

    def __init__(self, model: LibraryModel, record: HighlightRecord, *, color: int | None = None, note: str | None = None) -> None:
        if note is not None:
            text = QCoreApplication.translate("UndoStep", "Edit highlight note")
        else:
            text = QCoreApplication.translate("UndoStep", "Change highlight colour")
        super().__init__(model, text)
        self._record = record
        self._color = color
        self._note = note

    def id(self) -> int:
        return NOTE_MERGE_ID if self._note is not None and self._color is None else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, EditHighlightCommand) or other._record.id != self._record.id:
            return False
        self._note = other._note
        return True

    def redo(self) -> None:
        self.model.update_highlight(self._record.candidate_id, self._record.id, color=self._color, note=self._note)

    def undo(self) -> None:
        self.model.update_highlight(
            self._record.candidate_id,
            self._record.id,
            color=self._record.color if self._color is not None else None,
            note=self._record.note if self._note is not None else None,
        )


class RenameCategoryCommand(LibraryCommand):
    """Rename a colour's category, library-wide."""

    def __init__(self, model: LibraryModel, color: int, name: str) -> None:
        super().__init__(model, QCoreApplication.translate("UndoStep", "Rename category to “{name}”").format(name=name))
        self._color = color
        self._new = name
        self._old = model.library.highlight_categories()[color]

    def redo(self) -> None:
        self.model.rename_highlight_category(self._color, self._new)

    def undo(self) -> None:
        self.model.rename_highlight_category(self._color, self._old)


# -- the feature -----------------------------------------------------------------------------


class HighlightsFeature(QObject):
    """Creates, lists, draws and edits the shown candidate's highlights; every edit is undoable."""

    def __init__(self, shell: Shell) -> None:
        super().__init__(shell)
        self._shell = shell
        self._model = shell.library_model
        self.library: Library = shell.library
        self.view = shell.document_view
        self.model = HighlightTableModel(self)
        self.panel = HighlightPanel(self.model)
        self.list = self.panel.list
        self._candidate_id = 0
        self.action_highlight = shell.add_action("actionHighlight", self.tr("&Highlight Selection"), "Ctrl+H")
        self.action_highlight.setEnabled(False)
        self.action_show_list = shell.add_action("actionShowHighlights", self.tr("&Highlights"), "Ctrl+Shift+H")
        self.color_menu = QMenu(self.tr("Highlight &Colour"), shell.widget)
        self.color_menu.setObjectName("menuHighlightColor")
        self.color_group = QActionGroup(self)
        for color in range(len(HIGHLIGHT_COLORS)):
            action = self.color_menu.addAction(swatch_icon(color), "")
            action.setObjectName(f"actionHighlightColor_{color}")
            action.setCheckable(True)
            action.setData(color)
            self.color_group.addAction(action)
        self.color_group.actions()[self.current_color()].setChecked(True)
        self.reload_categories()
        self.margin_notes = MarginNotes(self.view, shell.settings)
        self.action_margin_notes = shell.add_action("actionMarginNotes", self.tr("Margin &Notes"))
        self.action_margin_notes.setCheckable(True)
        self.action_margin_notes.setChecked(shell.settings.margin_notes())
        shell.menus.view.addSeparator()
        shell.menus.view.addAction(self.action_margin_notes)
        self.note_popup = NotePopup(self.view.viewport())
        self.note_popup.note_entered.connect(self.set_note)
        self.action_highlight.triggered.connect(self._on_action_highlight_triggered)
        self.action_show_list.triggered.connect(self.show_list)
        self.action_margin_notes.toggled.connect(self._on_action_margin_notes_toggled)
        self.margin_notes.note_clicked.connect(self.select)
        self.color_group.triggered.connect(self._on_color_group_triggered)
        self.view.selection_changed.connect(self._on_view_selection_changed)
        self.view.context_menu_about_to_show.connect(self._on_view_context_menu)
        self.model.note_edited.connect(self._on_model_note_edited)
        self.list.activated.connect(self._on_list_activated)
        self.list.delete_requested.connect(self.delete_selected)
        self.list.customContextMenuRequested.connect(self._on_list_context_menu)
        self.list.selectionModel().currentRowChanged.connect(self._on_list_current_changed)
        self.panel.rename_button.clicked.connect(self._on_rename_clicked)
        shell.candidate_changed.connect(self._on_shell_candidate_changed)
        shell.blind.changed.connect(self._on_blind_changed)
        shell.document_changed.connect(self._on_shell_document_changed)
        self._model.highlights_changed.connect(self.reload)
        self._model.highlight_categories_changed.connect(self.reload_categories)

    # -- public API -------------------------------------------------------------------------

    def current_color(self) -> int:
        """The colour new highlights get (remembered between runs)."""
        return min(max(self._shell.settings.highlight_color(), 0), len(HIGHLIGHT_COLORS) - 1)

    def set_current_color(self, color: int) -> None:
        """Make *color* the default for new highlights."""
        self._shell.settings.set_highlight_color(color)
        self.color_group.actions()[color].setChecked(True)

    def create_from_selection(self, color: int | None = None, note: str = "") -> int | None:
        """Highlight the document's selected text (undoable); returns the new highlight's id."""
        selection = self.view.selection()
        if selection is None or not self._candidate_id:
            return None
        if color is None:
            color = self.current_color()
        else:
            self.set_current_color(color)
        command = AddHighlightCommand(self._model, self._candidate_id, selection, color, note, self._shell.document_id or None)
        self._shell.undo_stack.push(command)
        self.view.clear_selection()
        return command.highlight_id

    def delete(self, highlight_ids: list[int]) -> None:
        """Remove highlights (one undo step)."""
        records = [r for r in self.model.records() if r.id in set(highlight_ids)]
        if not records:
            return
        if len(records) == 1:
            self._shell.undo_stack.push(DeleteHighlightCommand(self._model, records[0]))
            return
        # A macro on the stack, not child commands: PySide does not keep a Python child command alive.
        stack = self._shell.undo_stack
        stack.beginMacro(self.tr("Delete {count} highlights").format(count=len(records)))
        for record in records:
            stack.push(DeleteHighlightCommand(self._model, record))
        end_macro(stack)

    def delete_selected(self) -> None:
        """Remove the highlights selected in the list."""
        self.delete(self.panel.selected_ids())

    def set_color(self, highlight_id: int, color: int) -> None:
        """Recolour a highlight (undoable)."""
        record = self._record(highlight_id)
        if record is not None and record.color != color:
            self._shell.undo_stack.push(EditHighlightCommand(self._model, record, color=color))

    def set_note(self, highlight_id: int, note: str) -> None:
        """Change a highlight's note (undoable)."""
        record = self._record(highlight_id)
        if record is not None and record.note != note:
            self._shell.undo_stack.push(EditHighlightCommand(self._model, record, note=note))

    def rename_category(self, color: int, name: str) -> None:
        """Rename a colour's category (undoable)."""
        name = name.strip()
        if name and name != self.library.highlight_categories()[color]:
            self._shell.undo_stack.push(RenameCategoryCommand(self._model, color, name))

    def show_list(self) -> None:
        """Bring the Highlights tab forward and put the keyboard in the list."""
        self._shell.show_side_tab(self.panel)
        self.list.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def jump_to(self, highlight_id: int) -> None:
        """Scroll the document to a highlight of the shown candidate and flash it."""
        record = self._record(highlight_id)
        if record is not None:
            flash_highlight(self.view, record)

    def select(self, highlight_id: int) -> None:
        """Make a highlight the current one in the list, which scrolls the document to it and flashes it."""
        row = self.model.row_of(highlight_id)
        index = self.panel.proxy.mapFromSource(self.model.index(row, 0)) if row is not None else None
        if index is not None and index.isValid():
            self.list.setCurrentIndex(index)
        else:  # the colour filter hides it
            self.jump_to(highlight_id)

    def reload(self, candidate_id: int) -> None:
        """Re-read a candidate's highlights after a change (redrawn when it is the one shown)."""
        if candidate_id == self._candidate_id:
            records = self._shown_records()
            self.model.set_records(records)
            self._draw(records)

    def reload_categories(self) -> None:
        """Re-read the category names into the list, filter and menus."""
        names = [translated(name) for name in self.library.highlight_categories()]
        self.model.set_categories(names)
        self.panel.set_categories(names)
        for color, action in enumerate(self.color_group.actions()):
            action.setText(menu_text(names[color]))

    # -- private ----------------------------------------------------------------------------

    def _record(self, highlight_id: int) -> HighlightRecord | None:
        row = self.model.row_of(highlight_id)
        return self.model.records()[row] if row is not None else None

    def _commit_open_editor(self) -> None:
        # A note still being typed is saved before the list changes under it.
        editor = QApplication.focusWidget()
        if self.list.state() == QAbstractItemView.State.EditingState and editor and self.list.isAncestorOf(editor):
            self.list.commitData(editor)
            self.list.closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)

    def _shown_records(self) -> list[HighlightRecord]:
        """The highlights of the document shown."""
        if not self._candidate_id:
            return []
        records = [h for h in self.library.highlights(self._candidate_id) if h.document_id == self._shell.document_id]
        blind = self._shell.blind
        if not blind.active:
            self.model.locked_notes = frozenset()
            return records
        shown = [replace(h, text=blind.scrub(self._candidate_id, h.text), note=blind.scrub(self._candidate_id, h.note)) for h in records]
        # a note blind review masked is not edited: saving the masked text would lose what it hides
        self.model.locked_notes = frozenset(h.id for h, s in zip(records, shown, strict=True) if h.note != s.note)
        return shown

    def _on_shell_candidate_changed(self, candidate_id: int) -> None:
        self._commit_open_editor()
        self._candidate_id = candidate_id
        records = self._shown_records()
        self.model.set_records(records, reset=True)
        self._draw(records)

    def _draw(self, records: list[HighlightRecord]) -> None:
        self.view.set_highlights(records)
        self.margin_notes.set_highlights(records)

    def _on_action_margin_notes_toggled(self, shown: bool) -> None:
        self._shell.settings.set_margin_notes(shown)
        self.margin_notes.update()

    def _on_blind_changed(self) -> None:
        self._on_shell_candidate_changed(self._candidate_id)

    def _on_shell_document_changed(self, _document_id: int) -> None:
        self._on_shell_candidate_changed(self._candidate_id)

    def _on_view_selection_changed(self) -> None:
        self.action_highlight.setEnabled(self.view.selection() is not None)

    def _on_action_highlight_triggered(self) -> None:
        selection = self.view.selection()
        highlight_id = self.create_from_selection()
        if highlight_id is not None and selection is not None:  # offer the note at once, under the passage
            below = self.view.to_scene(selection.page, selection.rects[-1]).bottomLeft()
            self.note_popup.open_for(highlight_id, self.view.mapFromScene(below) + QPoint(0, 4))

    def _on_color_group_triggered(self, action: QAction) -> None:
        self.set_current_color(int(action.data()))

    def _on_model_note_edited(self, highlight_id: int, note: str) -> None:
        self.set_note(highlight_id, note)

    def _on_list_activated(self, index: QModelIndex) -> None:
        self.jump_to(int(index.data(HIGHLIGHT_ID_ROLE)))

    def _on_list_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.jump_to(int(current.data(HIGHLIGHT_ID_ROLE)))

    def _on_rename_clicked(self) -> None:
        color = self.panel.color_filter.currentData()
        if color is not None:
            self._ask_category_name(int(color))

    def _ask_category_name(self, color: int) -> None:
        shown = self.model.category(color)  # translated while it is a default name
        name, accepted = QInputDialog.getText(
            self.panel,
            self.tr("Rename category"),
            self.tr("New name for this colour's category:"),
            text=shown,
        )
        if accepted and name != shown:  # keeping the shown name must not store its translation
            self.rename_category(color, name)

    def _color_menu(self, parent: QMenu, title: str, on_color: Any, checked: int | None = None) -> QMenu:
        menu = parent.addMenu(title)
        for color, name in enumerate(self.library.highlight_categories()):
            action = menu.addAction(swatch_icon(color), menu_text(translated(name)))
            action.setCheckable(checked is not None)
            action.setChecked(color == checked)
            action.triggered.connect(lambda _checked=False, c=color: on_color(c))
        return menu

    def _on_view_context_menu(self, menu: QMenu) -> None:
        if self._candidate_id and self.view.selection() is not None:
            menu.addSeparator()
            submenu = self._color_menu(menu, self.tr("&Highlight"), lambda c: self.create_from_selection(c))
            submenu.setObjectName("menuHighlightSelection")
        position = self.view.context_position()
        highlight_id = self.view.highlight_at(*position) if position is not None else None
        record = self._record(highlight_id) if highlight_id is not None else None
        if record is None:
            return
        menu.addSeparator()
        self._color_menu(menu, self.tr("Highlight C&olour"), lambda c: self.set_color(record.id, c), record.color)
        note = menu.addAction(self.tr("Edit &Note…"))
        note.triggered.connect(lambda: self._edit_note_in_list(record.id))
        delete = menu.addAction(self.tr("&Delete Highlight"))
        delete.setObjectName("actionDeleteHighlight")
        delete.triggered.connect(lambda: self.delete([record.id]))

    def _edit_note_in_list(self, highlight_id: int) -> None:
        row = self.model.row_of(highlight_id)
        if row is None:
            return
        self.show_list()
        self.panel.color_filter.setCurrentIndex(0)
        index = self.panel.proxy.mapFromSource(self.model.index(row, HighlightTableModel.NOTE))
        self.list.setCurrentIndex(index)
        self.list.edit(index)

    def _on_list_context_menu(self, position: Any) -> None:
        index = self.list.indexAt(position)
        if not index.isValid():
            return
        highlight_id = int(index.data(HIGHLIGHT_ID_ROLE))
        record = self._record(highlight_id)
        assert record is not None
        menu = QMenu(self.list)
        menu.addAction(self.tr("&Show in Document"), lambda: self.jump_to(highlight_id))
        menu.addAction(self.tr("Edit &Note"), lambda: self._edit_note_in_list(highlight_id))
        self._color_menu(menu, self.tr("&Colour"), lambda c: self.set_color(highlight_id, c), record.color)
        menu.addAction(
            self.tr("Rename Category “{name}”…").format(name=menu_text(self.model.category(record.color))),
            lambda: self._ask_category_name(record.color),
        )
        menu.addSeparator()
        menu.addAction(self.tr("&Delete"), self.delete_selected)
        menu.exec(self.list.viewport().mapToGlobal(position))
        menu.deleteLater()


def install(shell: Shell) -> HighlightsFeature:
    """Add the Highlights tab (View ▸ Highlights), Edit ▸ Highlight Selection (Ctrl+H) and the colour menu."""
    feature = HighlightsFeature(shell)
    shell.add_side_tab(feature.panel, QCoreApplication.translate("HighlightsFeature", "Highlights"))
    edit, view = shell.menus.edit, shell.menus.view
    edit.addSeparator()
    edit.addAction(feature.action_highlight)
    edit.addMenu(feature.color_menu)
    view.addSeparator()
    view.addAction(feature.action_show_list)
    return feature
