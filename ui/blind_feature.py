"""Blind review's switches (View › Blind Review, and Hide Schools) and the views that follow them directly.

The list shows pseudonyms, the document view paints opaque boxes over what is hidden; the profile,
compare, highlights and exports follow `shell.blind.changed` themselves. The state is remembered
per library: a library reviewed blind opens blind.
"""

from __future__ import annotations

from PySide6.QtCore import QObject

from storage.blind import BlindOptions
from ui.shell import Shell

SETTING = "blind"  # per library: "" (off), "on", or "schools"


class BlindFeature(QObject):
    """The two checkable actions, and the list and document view kept in step with them."""

    def __init__(self, shell: Shell) -> None:
        super().__init__(shell)
        self._shell = shell
        self.action_blind = shell.add_action("actionBlind", self.tr("&Blind Review"), "Ctrl+Shift+B")
        self.action_blind.setCheckable(True)
        self.action_blind.setToolTip(self.tr("Hide names, contacts, photos and personal details"))
        self.action_schools = shell.add_action("actionBlindSchools", self.tr("Hide &Schools Too"))
        self.action_schools.setCheckable(True)
        self.action_schools.setEnabled(False)
        view_menu = shell.menus.view
        view_menu.addSeparator()
        view_menu.addAction(self.action_blind)
        view_menu.addAction(self.action_schools)
        shell.add_toolbar_action(self.action_blind)
        stored = shell.settings.library_value(shell.library.path, SETTING)
        self.action_blind.setChecked(stored in ("on", "schools"))
        self.action_schools.setChecked(stored == "schools")
        self.action_blind.toggled.connect(self._on_action_toggled)
        self.action_schools.toggled.connect(self._on_action_toggled)
        shell.blind.changed.connect(self._on_blind_changed)
        shell.candidate_changed.connect(self._show_boxes)
        shell.document_changed.connect(self._show_boxes)
        shell.library_model.profile_changed.connect(self._on_library_profile_changed)
        self._on_action_toggled()

    def _on_action_toggled(self, _checked: bool = False) -> None:
        on = self.action_blind.isChecked()
        self.action_schools.setEnabled(on)
        schools = on and self.action_schools.isChecked()
        self._shell.blind.set_options(BlindOptions(schools=schools) if on else None)
        value = ("schools" if schools else "on") if on else ""
        self._shell.settings.set_library_value(self._shell.library.path, SETTING, value)

    def _on_blind_changed(self) -> None:
        blind = self._shell.blind
        options = blind.options
        self._shell.candidates.set_blind(blind.pseudonym if options else None, bool(options and options.schools))
        self._show_boxes()

    def _show_boxes(self, _id: int = 0) -> None:
        shell = self._shell
        view = shell.document_view
        view.set_redactions(shell.blind.boxes(shell.candidate_id, shell.document_id, view.fitz_document))

    def _on_library_profile_changed(self, candidate_id: int) -> None:
        if candidate_id == self._shell.candidate_id:
            self._show_boxes()


def install(shell: Shell) -> BlindFeature:
    """Add View › Blind Review and Hide Schools Too (and the toolbar toggle)."""
    return BlindFeature(shell)
