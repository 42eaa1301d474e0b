"""The editable profile beside the document: every section, undoable edits saved at once, provenance.

Widgets are pooled: switching candidates refills the same line edits (and only creates entry
editors when a profile has more entries than any shown before), which keeps a switch well inside
the 100 ms budget. Document text is only ever put in plain-text widgets.

Signals (ProfileEditor):
    sources_requested(list): provenance rectangles ([{"page", "rect"}]) to flash in the document.
    status_chosen(str): the reviewer picked a status in the header combo.
    blind_refused(): "Use as" aimed at a field blind review hides, and nothing was changed.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from parsing.profile import FIELD_SOURCES_KEY, SOURCE_KEY, UNCERTAIN_KEY
from storage import papers
from storage.papers import PublicationFacts
from storage.profile_paths import Path, get_path
from storage.records import CandidateSummary
from storage.vocab import STATUSES
from ui.blind_mode import BlindMode
from ui.commands import SetStatusCommand
from ui.labels import fact_text, status_label, translated
from ui.library_command import end_macro
from ui.library_model import LibraryModel
from ui.page_text import TextSelection
from ui.plain_text import plain_tooltip
from ui.profile_commands import FieldEditCommand, InsertEntryCommand, MoveEntryCommand, RemoveEntryCommand
from ui.profile_form import BASICS_FIELDS, SECTIONS, USE_AS_TARGETS, SectionSpec
from ui.profile_widgets import CollapsibleSection, ElidedLabel, EntryEditor, Field, SectionEditor
from ui.shell import Shell
from ui.text_commit import COMMIT_DELAY_MS
from ui.version_marks import mark_versions, other_versions, version_note_label


def _mapping(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def selection_sources(selection: TextSelection) -> list[dict[str, Any]]:
    """A document selection as provenance rectangles."""
    return [{"page": int(selection.page), "rect": [float(v) for v in rect]} for rect in selection.rects]


def selection_text(selection: TextSelection) -> str:
    """The selected text on one line, whitespace collapsed."""
    return " ".join(str(selection.text).split())


def parsed_counterpart(parsed: list[Any], entries: list[Any], index: int) -> dict[str, Any] | None:
    """The parsed entry an edited entry came from: same provenance, else same place when neither has any."""
    entry = entries[index]
    source = entry.get(SOURCE_KEY) if isinstance(entry, dict) else None
    if source:
        return next((p for p in parsed if isinstance(p, dict) and p.get(SOURCE_KEY) == source), None)
    if index < len(parsed) and isinstance(parsed[index], dict) and not parsed[index].get(SOURCE_KEY):
        return parsed[index]  # type: ignore[no-any-return]
    return None


class ProfileEditor(QWidget):
    """Edits a candidate's profile; every change is an undo command saved through the library."""

    sources_requested = Signal(list)
    status_chosen = Signal(str)
    blind_refused = Signal()

    def __init__(self, library_model: LibraryModel, undo_stack: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("profileEditor")
        self.library_model = library_model
        self.undo_stack = undo_stack
        self.selection_provider: Callable[[], TextSelection | None] = lambda: None
        self.blind: BlindMode | None = None  # blind review's state, when the window has one
        self._candidate_id = 0
        self._document_id: int | None = None  # None: the person's newest document
        self._other_versions: list[tuple[str, dict[str, Any]]] = []
        self._profile: dict[str, Any] = {}
        self._parsed: dict[str, Any] = {}
        self._dirty: set[Field] = set()
        self._burst = 0
        self._current_entry: tuple[tuple[str, ...], int] | None = None
        self._content_shown: bool | None = None
        self._commit_timer = QTimer(self)
        self._commit_timer.setSingleShot(True)
        self._commit_timer.setInterval(COMMIT_DELAY_MS)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        header = QWidget()
        header.setObjectName("profileHeader")
        header_layout = QHBoxLayout(header)
        header_layout.setContentsMargins(8, 6, 8, 6)
        self.name_label = ElidedLabel()
        self.name_label.setObjectName("profileName")
        font = self.name_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.name_label.setFont(font)
        header_layout.addWidget(self.name_label, 1)
        self.status_combo = QComboBox()
        self.status_combo.setObjectName("statusCombo")
        self.status_combo.setToolTip(self.tr("Status (Alt+1 … Alt+7)"))
        for key in STATUSES:
            self.status_combo.addItem(status_label(key), key)
        policy = self.status_combo.sizePolicy()
        policy.setRetainSizeWhenHidden(True)  # the header keeps its height while no one is shown
        self.status_combo.setSizePolicy(policy)
        header_layout.addWidget(self.status_combo)
        outer.addWidget(header)

        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget()
        body_layout = QVBoxLayout(body)
        body_layout.setContentsMargins(8, 4, 8, 8)
        self.placeholder = QLabel(self.tr("Select a candidate to see the profile."))
        self.placeholder.setTextFormat(Qt.TextFormat.PlainText)
        body_layout.addWidget(self.placeholder)
        self.version_note = version_note_label()
        body_layout.addWidget(self.version_note)
        self.basics = CollapsibleSection(self.tr("Contact"), False)
        self.basics.setObjectName("section_basics")
        basics_form = QFormLayout()
        basics_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        basics_form.setVerticalSpacing(3)
        self.basic_fields: list[Field] = []
        for spec in BASICS_FIELDS:
            field = Field(spec, self.basics.body)
            field.item_path = ("basics",)
            self._wire_field(field)
            self.basic_fields.append(field)
            basics_form.addRow(translated(spec.label), field.box)
        self.basics.body_layout.addLayout(basics_form)
        body_layout.addWidget(self.basics)
        self.sections: dict[tuple[str, ...], SectionEditor] = {}
        self.publication_facts = QLabel()
        self.publication_facts.setObjectName("publicationFacts")
        self.publication_facts.setTextFormat(Qt.TextFormat.PlainText)
        self.publication_facts.setWordWrap(True)
        for section_spec in SECTIONS:
            section = SectionEditor(section_spec, self)
            assert section.add_button is not None
            section.add_button.setToolTip(self.tr("Add {noun}").format(noun=translated(section_spec.noun).lower()))
            section.add_button.clicked.connect(self._on_add_clicked)
            self.sections[section_spec.path] = section
            if section_spec.path == (papers.SECTION,):
                section.body_layout.addWidget(self.publication_facts)
            # Links live in the contact group; the other sections stand on their own.
            (self.basics.body_layout if section_spec.path[0] == "basics" else body_layout).addWidget(section)
        body_layout.addStretch(1)
        self.scroll_area.setWidget(body)
        outer.addWidget(self.scroll_area, 1)

        library_model.profile_changed.connect(self._on_library_profile_changed)
        self._commit_timer.timeout.connect(self._on_commit_timer_timeout)
        self.status_combo.activated.connect(self._on_status_combo_activated)
        self._show_content(False)

    # -- public -----------------------------------------------------------------------------

    @property
    def candidate_id(self) -> int:
        """The candidate whose profile is shown (0 when none)."""
        return self._candidate_id

    def show_candidate(self, candidate_id: int, document_id: int | None = None) -> None:
        """Show the profile of a person's document (the newest by default; 0: none); an edit being typed is saved first."""
        self.commit_pending()
        self._burst += 1
        self._current_entry = None
        self._candidate_id, self._document_id = candidate_id, document_id
        if not candidate_id:
            self._profile, self._parsed = {}, {}
            self._show_content(False)
            return
        focused = QApplication.focusWidget()
        library = self.library_model.library
        self._other_versions = self._versions(candidate_id, document_id)
        profile, self._parsed = library.profiles(candidate_id, document_id)
        self._populate(profile)
        self._show_content(True)
        self.scroll_area.verticalScrollBar().setValue(0)
        if focused is not None and self.isAncestorOf(focused) and not focused.isVisibleTo(self):
            self.scroll_area.setFocus()  # the field typed in is gone (fewer entries): keep the keys in this pane

    def show_summary(self, summary: CandidateSummary) -> None:
        """Show the list's facts about the candidate shown: display name and status."""
        if summary.id != self._candidate_id:
            return
        blind = self.blind is not None and self.blind.active
        self.name_label.set_full_text(self.blind.name(summary.id, summary.display_name) if self.blind else summary.display_name)
        self.name_label.setToolTip("" if blind else plain_tooltip(summary.file_name))
        index = self.status_combo.findData(summary.status)
        if index >= 0:
            self.status_combo.setCurrentIndex(index)
        if summary.document_count != len(self._other_versions) + 1:  # a version joined (or left) the person
            self._other_versions = self._versions(self._candidate_id, self._document_id)
            self._mark_versions(self._profile)

    def commit_pending(self) -> None:
        """Save every field edited since its last save (one undo step per field)."""
        self._commit_timer.stop()
        for field in list(self._dirty):
            self._commit(field)

    def field(self, path: Path) -> Field | None:
        """The field editing *path* in the profile shown."""
        return next((f for f in self._all_fields() if f.path == path), None)

    def current_entry(self) -> tuple[tuple[str, ...], int] | None:
        """The entry last focused (section path, index): where "Use as" puts entry fields."""
        return self._current_entry

    def revert_field(self, field: Field) -> None:
        """Set a field back to its parsed value (undoable)."""
        self.commit_pending()
        if not field.changed or not self._candidate_id or field.masked:  # blind review: a hidden field stays as it is
            return
        self._push_field(field.path, field.parsed_value, self.tr("Revert {field}").format(field=translated(field.spec.label)))

    def add_entry(self, section: tuple[str, ...], entry: dict[str, Any] | None = None, text: str = "") -> int | None:
        """Append an entry to a section (undoable); returns its index (None when it could not be saved)."""
        self.commit_pending()
        spec = self.sections[section].spec
        index = len(get_path(self._profile, section) or [])
        self.undo_stack.push(
            InsertEntryCommand(
                self.library_model,
                self._candidate_id,
                section,
                index,
                entry or {},
                text or self.tr("Add {noun}").format(noun=translated(spec.noun)),
                self._document_id,
            )
        )
        if index >= len(get_path(self._profile, section) or []):
            return None
        self._set_current_entry((section, index))
        return index

    def remove_entry(self, section: tuple[str, ...], index: int) -> None:
        """Remove an entry (undoable)."""
        self.commit_pending()
        spec = self.sections[section].spec
        self._current_entry = None
        self.undo_stack.push(
            RemoveEntryCommand(
                self.library_model, self._candidate_id, section, index, self.tr("Remove {noun}").format(noun=translated(spec.noun)),
                self._document_id,
            )
        )

    def move_entry(self, section: tuple[str, ...], index: int, step: int) -> None:
        """Move an entry up (-1) or down (+1) (undoable)."""
        self.commit_pending()
        count = len(get_path(self._profile, section) or [])
        target = index + step
        if not (0 <= index < count and 0 <= target < count):
            return
        spec = self.sections[section].spec
        text = self.tr("Move {noun} Up") if step < 0 else self.tr("Move {noun} Down")
        self.undo_stack.push(
            MoveEntryCommand(
                self.library_model, self._candidate_id, section, index, target, text.format(noun=translated(spec.noun)),
                self._document_id,
            )
        )
        self._set_current_entry((section, target))

    def use_selection_as(self, target: str, selection: TextSelection) -> None:
        """Put a document selection into a "Use as" target (by its label, e.g. "Institution"), undoably.

        Entry fields go into the current entry of that section, or a new entry when there is none.
        """
        self.commit_pending()
        label, section, key = next(t for t in USE_AS_TARGETS if t[0] == target)
        text, sources = selection_text(selection), selection_sources(selection)
        if not self._candidate_id or not text:
            return
        step = self.tr("Use as {field}").format(field=translated(label))
        target_path: Path = ("basics", key) if section is None else (*section, 0, key)
        if self.blind is not None and self.blind.field_text(self._candidate_id, target_path, text) is not None:
            self.blind_refused.emit()  # blind review: a hidden field is neither shown nor replaced
            return
        if section is None:
            self._put_value(("basics",), (key,), text, sources, step)
        elif self._current_entry is not None and self._current_entry[0] == section:
            self._put_value(section + (self._current_entry[1],), (key,), text, sources, step)
        else:
            self.add_entry(section, {key: text, SOURCE_KEY: sources, FIELD_SOURCES_KEY: {key: sources}}, step)

    def use_selection_in_field(self, field: Field, selection: TextSelection) -> None:
        """Put a document selection into one field (undoable)."""
        if field.masked:  # blind review: a hidden field is neither shown nor replaced
            self.blind_refused.emit()
            return
        self.commit_pending()
        text = selection_text(selection)
        if not self._candidate_id or not text:
            return
        step = self.tr("Use as {field}").format(field=translated(field.spec.label))
        self._put_value(field.item_path, field.spec.key, field.value_from_text(text), selection_sources(selection), step)

    def field_menu(self, field: Field) -> QMenu:
        """A field's context menu: the editing actions, revert, and use the document selection."""
        widget = field.widget
        menu = widget.createStandardContextMenu() if isinstance(widget, (QLineEdit, QPlainTextEdit)) else QMenu(widget)
        for action in menu.actions():
            if action.objectName() in ("edit-undo", "edit-redo"):
                menu.removeAction(action)  # the window's undo stack owns undo
        menu.addSeparator()
        revert = menu.addAction(self.tr("Revert to Parsed Value"))
        revert.setObjectName("actionRevertField")
        revert.setEnabled(field.changed)
        revert.triggered.connect(lambda: self.revert_field(field))
        selection = self.selection_provider()
        use = menu.addAction(self.tr("Use Document Selection"))
        use.setObjectName("actionUseSelectionInField")
        use.setEnabled(field.spec.kind != "choice" and selection is not None and bool(selection_text(selection)))
        if selection is not None:
            use.triggered.connect(lambda: self.use_selection_in_field(field, selection))
        return menu

    def fill_use_as_menu(self, menu: QMenu, selection: TextSelection | None) -> None:
        """Add the "Use as" submenu for a document selection to the document's context menu."""
        submenu = menu.addMenu(self.tr("Use as"))
        submenu.setObjectName("useAsMenu")
        usable = bool(self._candidate_id and selection is not None and selection_text(selection))
        submenu.setEnabled(usable)
        for label, _section, _key in USE_AS_TARGETS:
            action = submenu.addAction(translated(label))
            action.setData(label)
            action.setEnabled(usable)
        if usable:
            assert selection is not None
            submenu.triggered.connect(lambda action: self.use_selection_as(str(action.data()), selection))

    # -- building and filling ---------------------------------------------------------------

    def _show_content(self, shown: bool) -> None:
        if self._content_shown is shown:
            return
        self._content_shown = shown
        self.placeholder.setVisible(not shown)
        self.basics.setVisible(shown)
        for path, section in self.sections.items():
            if path[0] != "basics":
                section.setVisible(shown)
        self.status_combo.setEnabled(shown)
        self.status_combo.setVisible(shown)  # a status for nobody would read as "New"
        if not shown:
            self.name_label.clear()

    def _wire_field(self, field: Field) -> None:
        field.edited.connect(self._on_field_edited)
        field.focused.connect(self._on_field_focused)
        field.left.connect(self._on_field_left)
        field.menu_requested.connect(self._on_field_menu_requested)
        field.revert_requested.connect(self._on_field_revert_requested)

    def _make_entry(self, spec: SectionSpec) -> EntryEditor:
        editor = EntryEditor(spec)
        for field in editor.fields:
            self._wire_field(field)
        editor.move_requested.connect(self._on_entry_move_requested)
        editor.remove_requested.connect(self._on_entry_remove_requested)
        editor.clicked.connect(self._on_entry_clicked)
        return editor

    def _all_fields(self) -> list[Field]:
        fields = list(self.basic_fields)
        for section in self.sections.values():
            for editor in section.entries[: section.shown]:
                fields.extend(editor.fields)
        return fields

    def _populate(self, profile: dict[str, Any]) -> None:
        self._profile = profile
        if self._current_entry is not None and get_path(profile, self._current_entry[0] + (self._current_entry[1],)) is None:
            self._current_entry = None  # undone or removed
        basics, parsed_basics = (_mapping(p.get("basics")) for p in (profile, self._parsed))
        for field in self.basic_fields:
            self._fill(field, basics, parsed_basics)
        grew = False
        for path, section in self.sections.items():
            entries = [e if isinstance(e, dict) else {} for e in get_path(profile, path) or []]
            parsed = get_path(self._parsed, path) or []
            grew = section.ensure(len(entries), self._make_entry) or grew
            for index, entry in enumerate(entries):
                editor = section.entries[index]
                editor.bind(index, len(entries), self._shown_entry(editor, entry))
                editor.set_current(self._current_entry == (path, index))
                counterpart = parsed_counterpart(parsed, entries, index)
                for field in editor.fields:
                    self._fill(field, entry, counterpart)
        if grew:
            self._order_tabs()
        self._mark_versions(profile)
        self.publication_facts.setText(self._facts_text(PublicationFacts.of(profile)))

    def _versions(self, candidate_id: int, document_id: int | None) -> list[tuple[str, dict[str, Any]]]:
        """The person's other documents; numbered, not named, in blind review (a file name can carry a name)."""
        library = self.library_model.library
        found = other_versions(library, candidate_id, document_id)
        if self.blind is None or not self.blind.active or not found:
            return found
        documents = library.documents(candidate_id)  # newest first, as the picker numbers them
        shown = document_id or documents[0].id
        numbers = [number for number, d in enumerate(documents, start=1) if d.id != shown]
        return [(self.blind.file_label(number, name), profile) for number, (name, profile) in zip(numbers, found, strict=False)]

    def _mark_versions(self, profile: dict[str, Any]) -> None:
        """The ≠ marks and the note above the profile; in blind review their quotes of other versions are masked."""
        fields = self._all_fields()
        mark_versions(fields, self.version_note, profile, self._other_versions)
        if self.blind is None or not self.blind.active:
            return
        self.version_note.setText(self.blind.scrub(self._candidate_id, self.version_note.text()))
        for field in fields:
            if field.version_mark is not None and not field.masked:
                field.version_mark.setToolTip(self.blind.scrub(self._candidate_id, field.version_mark.toolTip()))

    def _facts_text(self, facts: PublicationFacts) -> str:
        """The key facts of the papers, as every view counts them ('' without papers)."""
        if not facts.papers:
            return ""
        return self.tr("Papers {papers} · published {published} · first or co-first author {first} · CCF-A {top}").format(
            papers=facts.papers,
            published=facts.published,
            first=fact_text(facts.first_author_text()),
            top=facts.top_venue,
        )

    def _shown_entry(self, editor: EntryEditor, entry: dict[str, Any]) -> dict[str, Any]:
        """The entry as its title line may show it: blind review masks what it hides."""
        if self.blind is None or not self.blind.active:
            return entry
        shown = dict(entry)
        for field in editor.fields:
            value = get_path(entry, field.spec.key)
            if field.spec.key[0] in entry and isinstance(value, str):
                masked = self.blind.field_text(self._candidate_id, field.path, value)
                shown[field.spec.key[0]] = value if masked is None else masked
        return shown

    def _fill(self, field: Field, item: dict[str, Any], parsed_item: dict[str, Any] | None) -> None:
        value = get_path(item, field.spec.key)
        masked = self.blind.field_text(self._candidate_id, field.path, field.text_of(value)) if self.blind else None
        if masked is None and field not in self._dirty:
            field.set_value(value)
        field.set_masked(masked)
        parsed_value = get_path(parsed_item, field.spec.key) if parsed_item is not None else None
        changed = parsed_item is not None and not field.same(value, parsed_value)
        raw_doubts = item.get(UNCERTAIN_KEY)
        doubts: list[Any] = raw_doubts if isinstance(raw_doubts, list) else []
        field.set_marks(changed, not changed and field.spec.key[0] in doubts, parsed_value)

    def _order_tabs(self) -> None:
        widgets: list[QWidget] = [self.status_combo]
        widgets += [f.widget for f in self.basic_fields]
        for section in self.sections.values():
            for editor in section.entries:
                widgets += [f.widget for f in editor.fields]
        for first, second in itertools.pairwise(widgets):
            QWidget.setTabOrder(first, second)

    def _set_current_entry(self, entry: tuple[tuple[str, ...], int] | None) -> None:
        if entry == self._current_entry:
            return
        for key in (self._current_entry, entry):
            if key is not None and key[0] in self.sections:
                editors = self.sections[key[0]].entries
                if key[1] < len(editors):
                    editors[key[1]].set_current(key == entry)
        self._current_entry = entry

    # -- edits ------------------------------------------------------------------------------

    def _commit(self, field: Field) -> None:
        self._dirty.discard(field)
        if not self._candidate_id or field.masked:
            return
        old, new = get_path(self._profile, field.path), field.value()
        if field.same(old, new):
            return
        self._push_field(field.path, new, self.tr("Edit {field}").format(field=translated(field.spec.label)), self._burst)

    def _push_field(self, path: Path, value: Any, text: str, burst: int = 0) -> None:
        old = get_path(self._profile, path)
        self.undo_stack.push(
            FieldEditCommand(self.library_model, self._candidate_id, path, old, value, text, burst, self._document_id)
        )

    def _put_value(self, item_path: Path, key: tuple[str, ...], value: Any, sources: list[dict[str, Any]], text: str) -> None:
        """Set a field and its provenance as one undo step."""
        self.undo_stack.beginMacro(text)
        self._push_field(item_path + key, value, text)
        self._push_field(item_path + (FIELD_SOURCES_KEY, key[0]), sources, text)
        end_macro(self.undo_stack)

    def _on_library_profile_changed(self, candidate_id: int) -> None:
        if candidate_id == self._candidate_id:
            self._populate(self.library_model.library.profile(candidate_id, self._document_id))

    # -- slots ------------------------------------------------------------------------------

    def _on_field_edited(self, field: Field) -> None:
        self._dirty.add(field)
        if isinstance(field.widget, QComboBox):
            self._commit(field)
        else:
            self._commit_timer.start()

    def _on_commit_timer_timeout(self) -> None:
        self.commit_pending()

    def _on_field_left(self, field: Field) -> None:
        if field in self._dirty:
            self._commit(field)

    def _on_field_focused(self, field: Field) -> None:
        self._burst += 1
        item = get_path(self._profile, field.item_path)
        if len(field.item_path) > 1 and isinstance(field.item_path[-1], int):
            self._set_current_entry((tuple(str(p) for p in field.item_path[:-1]), field.item_path[-1]))
        if isinstance(item, dict):
            sources = _mapping(item.get(FIELD_SOURCES_KEY)).get(field.spec.key[0]) or item.get(SOURCE_KEY)
            if sources:
                self.sources_requested.emit(list(sources))

    def _on_field_menu_requested(self, field: Field, position: QPoint) -> None:
        menu = self.field_menu(field)
        menu.exec(position)
        menu.deleteLater()

    def _on_field_revert_requested(self, field: Field) -> None:
        self.revert_field(field)

    def _on_add_clicked(self) -> None:
        section = next(s for s in self.sections.values() if s.add_button is self.sender())
        index = self.add_entry(section.spec.path)
        if index is None:
            return
        editor = section.entries[index]
        self.scroll_area.ensureWidgetVisible(editor)
        editor.fields[0].widget.setFocus()

    def _on_entry_move_requested(self, editor: EntryEditor, step: int) -> None:
        self.move_entry(editor.spec.path, editor.index, step)

    def _on_entry_remove_requested(self, editor: EntryEditor) -> None:
        self.remove_entry(editor.spec.path, editor.index)

    def _on_entry_clicked(self, editor: EntryEditor) -> None:
        self._set_current_entry((editor.spec.path, editor.index))
        entry = get_path(self._profile, editor.spec.path + (editor.index,))
        if isinstance(entry, dict) and entry.get(SOURCE_KEY):
            self.sources_requested.emit(list(entry[SOURCE_KEY]))

    def _on_status_combo_activated(self, index: int) -> None:
        self.status_chosen.emit(str(self.status_combo.itemData(index)))


class ProfileFeature(QObject):
    """The Profile tab: shows the candidate's profile and connects it to the list rows, status and document."""

    def __init__(self, shell: Shell) -> None:
        super().__init__(shell)
        self._shell = shell
        self.editor = ProfileEditor(shell.library_model, shell.undo_stack)
        shell.add_side_tab(self.editor, self.tr("Profile"))
        view = shell.document_view
        self.editor.selection_provider = view.selection
        self.editor.blind = shell.blind
        self.editor.blind_refused.connect(self._on_editor_blind_refused)
        shell.blind.changed.connect(self._on_blind_changed)
        self.editor.status_chosen.connect(self._on_editor_status_chosen)
        self.editor.sources_requested.connect(view.flash_sources)
        shell.candidate_changed.connect(self._on_shell_candidate_changed)
        shell.document_changed.connect(self._on_shell_document_changed)
        shell.closing.connect(self.editor.commit_pending)
        shell.candidates.dataChanged.connect(self._on_candidates_data_changed)
        shell.candidates.modelReset.connect(self._show_summary)
        shell.library_model.candidates_changed.connect(self._on_library_candidates_changed)
        view.context_menu_about_to_show.connect(self._on_document_context_menu_about_to_show)

    def _show_summary(self) -> None:
        row = self._shell.candidates.row_of(self.editor.candidate_id)
        if row is not None:
            self.editor.show_summary(self._shell.candidates.summary_at(row))

    def _on_blind_changed(self) -> None:
        self.editor.show_candidate(self._shell.candidate_id, self._shell.document_id or None)
        self._show_summary()

    def _on_editor_blind_refused(self) -> None:
        self._shell.show_message(self.tr("Blind review hides this field: turn it off to change it."))

    def _on_editor_status_chosen(self, status: str) -> None:
        if self.editor.candidate_id:
            self._shell.undo_stack.push(SetStatusCommand(self._shell.library_model, [self.editor.candidate_id], status))

    def _on_shell_candidate_changed(self, candidate_id: int) -> None:
        self.editor.show_candidate(candidate_id, self._shell.document_id or None)
        self._show_summary()

    def _on_shell_document_changed(self, document_id: int) -> None:
        self.editor.show_candidate(self._shell.candidate_id, document_id)

    def _on_library_candidates_changed(self, ids: list[int]) -> None:
        # Also announced after a refused write: the status combo goes back to the stored status.
        if self.editor.candidate_id in ids:
            self._show_summary()

    def _on_candidates_data_changed(self, top_left: QModelIndex, bottom_right: QModelIndex, _roles: object = None) -> None:
        row = self._shell.candidates.row_of(self.editor.candidate_id)
        if row is not None and top_left.row() <= row <= bottom_right.row():
            self.editor.show_summary(self._shell.candidates.summary_at(row))

    def _on_document_context_menu_about_to_show(self, menu: QMenu) -> None:
        self.editor.fill_use_as_menu(menu, self._shell.document_view.selection())


def install(shell: Shell) -> ProfileFeature:
    """Add the Profile tab, connected to the list, the document and the status actions."""
    return ProfileFeature(shell)
