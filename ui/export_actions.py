"""Export: File › Export and the list's context menu; batches run on a worker with progress.

Signals (on `ExportActions`):
    batch_finished(object): the BatchProgress values of a finished (or cancelled) batch export.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QMenu,
    QMessageBox,
    QToolButton,
    QWidget,
)

from storage.export import (
    FORMATS,
    BatchProgress,
    ExportError,
    export_batch,
    export_candidate,
    export_comparison,
    export_csv,
    file_name,
)
from storage.export.naming import safe_stem
from storage.vocab import STATUSES
from ui.labels import status_label, translated
from ui.workers import ProgressRun, on_own_library

if TYPE_CHECKING:
    from ui.compare_feature import CompareFeature
    from ui.shell import Shell

# File dialog filters per format (the label is translated where it is shown).
_FILTERS = {"pdf": "PDF (*.pdf)", "annotated-pdf": "PDF (*.pdf)", "json": "JSON (*.json)", "md": "Markdown (*.md)"}


class ScopeDialog(QDialog):
    """Asks which candidates to export (selection, a status, everyone) and, for a batch, the format."""

    def __init__(self, scopes: Sequence[tuple[str, list[int]]], with_format: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("exportScopeDialog")
        self.setWindowTitle(self.tr("Export"))
        self.scope = QComboBox()
        self.scope.setObjectName("exportScope")
        for label, ids in scopes:
            self.scope.addItem(label, ids)
        self.format = QComboBox()
        self.format.setObjectName("exportFormat")
        for spec in FORMATS.values():
            self.format.addItem(translated(spec.label), spec.key)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        layout = QFormLayout(self)
        layout.addRow(self.tr("Candidates:"), self.scope)
        if with_format:
            layout.addRow(self.tr("Format:"), self.format)
        else:
            self.format.hide()
        layout.addRow(buttons)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

    def chosen_ids(self) -> list[int]:
        """The candidates of the chosen scope."""
        return list(self.scope.currentData() or [])

    def chosen_format(self) -> str:
        """The chosen format key."""
        return str(self.format.currentData())


class ExportActions(QObject):
    """The export actions of one window and the batch export they may start."""

    batch_finished = Signal(object)

    def __init__(self, shell: Shell, shown_pair: Callable[[], tuple[int, int] | None]) -> None:
        super().__init__(shell)
        self._shell = shell
        self._shown_pair = shown_pair
        self._run = ProgressRun(shell.widget, "exportProgress", self._progress_label)

        self.single_actions: dict[str, QAction] = {}
        labels = {
            "pdf": self.tr("Export PDF &Report…"),
            "annotated-pdf": self.tr("Export &Annotated PDF…"),
            "json": self.tr("Export &JSON…"),
            "md": self.tr("Export &Markdown…"),
        }
        names = {"pdf": "Pdf", "annotated-pdf": "AnnotatedPdf", "json": "Json", "md": "Markdown"}
        for key, text in labels.items():
            self.single_actions[key] = self._action(f"actionExport{names[key]}", text)
        self.action_csv = self._action("actionExportCsv", self.tr("Export &CSV of Shortlist…"))
        self.action_batch = self._action("actionExportBatch", self.tr("Export into &Folder…"))
        self.action_comparison = self._action("actionExportComparison", self.tr("Export C&omparison as PDF…"))

        menu = shell.menus.export
        for action in self.single_actions.values():
            menu.addAction(action)
        menu.addSeparator()
        menu.addAction(self.action_csv)
        menu.addAction(self.action_batch)
        menu.addSeparator()
        menu.addAction(self.action_comparison)
        # The list's context menu gets the same actions as one "Export" submenu.
        self.list_menu = QMenu(self.tr("&Export"), shell.widget)
        self.list_menu.setObjectName("menuListExport")
        for action in (*self.single_actions.values(), self.action_csv, self.action_batch, self.action_comparison):
            self.list_menu.addAction(action)
        self.list_menu_action = self.list_menu.menuAction()
        self.list_menu_action.setObjectName("actionListExport")
        shell.add_list_menu_action(self.list_menu_action)

        # The compare page offers its own export, next to its other buttons (install puts it there).
        self.comparison_button = QToolButton()
        self.comparison_button.setObjectName("compareExportPdf")
        self.comparison_button.setDefaultAction(self.action_comparison)
        # The toolbar's Export button opens the same menu as File › Export.
        self.toolbar_button = QToolButton()
        self.toolbar_button.setObjectName("toolbarExport")
        self.toolbar_button.setText(self.tr("Export"))
        self.toolbar_button.setToolTip(self.tr("Export the selected candidates (File › Export)"))
        self.toolbar_button.setMenu(shell.menus.export)
        self.toolbar_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        shell.add_toolbar_widget(self.toolbar_button, beside_actions=True)

        for key, action in self.single_actions.items():
            action.triggered.connect(lambda _checked=False, fmt=key: self._on_single_triggered(fmt))
        self.action_csv.triggered.connect(self._on_csv_triggered)
        self.action_batch.triggered.connect(self._on_batch_triggered)
        self.action_comparison.triggered.connect(self._on_comparison_triggered)
        self._run.run_finished.connect(self._on_run_finished)
        self._run.run_failed.connect(self._on_run_failed)
        shell.candidate_changed.connect(self._update_actions)
        shell.selection_changed.connect(self._update_actions)
        shell.page_changed.connect(self._update_actions)
        self._update_actions()

    def _action(self, name: str, text: str) -> QAction:
        return self._shell.add_action(name, text)

    # -- targets ----------------------------------------------------------------------------

    def target_ids(self) -> list[int]:
        """The selected candidates, else the one shown."""
        return self._shell.target_ids()

    def comparison_pair(self) -> tuple[int, int] | None:
        """The pair the compare view shows, else the two selected candidates."""
        shown = self._shown_pair()
        if shown is not None:
            return shown
        ids = self._shell.selected_candidate_ids()
        return (ids[0], ids[1]) if len(ids) == 2 else None

    def scopes(self) -> list[tuple[str, list[int]]]:
        """(label, ids) choices: the selection, each status that has candidates, the whole library."""
        library = self._shell.library
        choices = []
        selected = self._shell.selected_candidate_ids()
        if selected:
            choices.append((self.tr("Selected candidates ({count})").format(count=len(selected)), selected))
        for key in STATUSES:
            ids = library.search("", status=key)
            if ids:
                choices.append((self.tr("{status} ({count})").format(status=status_label(key), count=len(ids)), ids))
        everyone = library.candidate_ids()
        if everyone:
            choices.append((self.tr("Whole library ({count})").format(count=len(everyone)), everyone))
        return choices

    def _update_actions(self, *_args: object) -> None:
        has_target = bool(self.target_ids())
        for action in (*self.single_actions.values(), self.action_csv, self.action_batch):
            action.setEnabled(has_target and not self._run.is_running())
        # The compare view always shows a pair (it gets it right after the page switch that calls this).
        self.action_comparison.setEnabled(self.comparison_pair() is not None)

    # -- exports (the slots ask for paths, these do the work; tests call them directly) ------

    def export_one(self, candidate_id: int, fmt: str, path: Path) -> Path | None:
        """Export one candidate to *path*; reports a failure to the user and returns None."""
        library, blind = self._shell.library, self._shell.blind.options
        return self._write(lambda: export_candidate(library, candidate_id, fmt, path, blind=blind), self.tr("Exported to {path}"))

    def export_csv(self, candidate_ids: Sequence[int], path: Path) -> Path | None:
        """Write the CSV of these candidates to *path*."""
        library, blind = self._shell.library, self._shell.blind.options
        return self._write(
            lambda: export_csv(library, candidate_ids, path, blind),
            self.tr("Exported {count} candidate(s) to {path}"), count=len(candidate_ids),
        )

    def export_comparison(self, left_id: int, right_id: int, path: Path) -> Path | None:
        """Write the comparison of two candidates to *path* as PDF."""
        library, blind = self._shell.library, self._shell.blind.options
        return self._write(lambda: export_comparison(library, left_id, right_id, path, blind), self.tr("Exported to {path}"))

    def _write(self, write: Callable[[], Path], done: str, **fields: object) -> Path | None:
        """Run one export; the status bar then says *done* ({path} and *fields* filled in), a failure is reported."""
        try:
            written = write()
        except ExportError as error:
            self._report_error(str(error))
            return None
        self._shell.show_message(done.format(path=str(written), **fields), 8000)
        return written

    def start_batch(self, candidate_ids: Sequence[int], fmt: str, folder: Path) -> bool:
        """Export each candidate into *folder* on a worker thread, with a cancellable progress dialog."""
        if self._run.is_running() or not candidate_ids:
            return False
        ids, blind = list(candidate_ids), self._shell.blind.options  # the switch as it is now, for the worker thread
        self._run.start(
            on_own_library(self._shell.library.path, lambda library: export_batch(library, ids, fmt, folder, blind=blind)),
            len(ids),
            self.tr("Export"),
            self.tr("Exporting {count} candidate(s)…").format(count=len(ids)),
        )
        self._update_actions()
        return True

    def is_running(self) -> bool:
        """Whether a batch export is under way."""
        return self._run.is_running()

    # -- slots ------------------------------------------------------------------------------

    def _on_single_triggered(self, fmt: str) -> None:
        ids = self.target_ids()
        if len(ids) > 1:
            folder = self._ask_folder()
            if folder is not None:
                self.start_batch(ids, fmt, folder)
            return
        if not ids:
            return
        suggested = str(Path(self._shell.settings.dialog_folder("export")) / file_name(self._shell.library, ids[0], fmt, self._shell.blind.options))
        path, _ = QFileDialog.getSaveFileName(
            self._shell.widget, self.tr("Export {format}").format(format=translated(FORMATS[fmt].label)), suggested, _FILTERS[fmt]
        )
        if path:
            self._shell.settings.set_dialog_folder("export", Path(path).parent)
            self.export_one(ids[0], fmt, Path(path))

    def _on_csv_triggered(self) -> None:
        dialog = ScopeDialog(self.scopes(), with_format=False, parent=self._shell.widget)
        if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.chosen_ids():
            return
        suggested = str(Path(self._shell.settings.dialog_folder("export")) / "shortlist.csv")
        path, _ = QFileDialog.getSaveFileName(self._shell.widget, self.tr("Export CSV"), suggested, self.tr("CSV (*.csv)"))
        if path:
            self._shell.settings.set_dialog_folder("export", Path(path).parent)
            self.export_csv(dialog.chosen_ids(), Path(path))

    def _on_batch_triggered(self) -> None:
        dialog = ScopeDialog(self.scopes(), with_format=True, parent=self._shell.widget)
        if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.chosen_ids():
            return
        folder = self._ask_folder()
        if folder is not None:
            self.start_batch(dialog.chosen_ids(), dialog.chosen_format(), folder)

    def _on_comparison_triggered(self) -> None:
        pair = self.comparison_pair()
        if pair is None:
            return
        library = self._shell.library
        names = [self._shell.blind.name(cid, library.summary(cid).display_name) for cid in pair]
        suggested = str(Path(self._shell.settings.dialog_folder("export")) / f"{safe_stem(f'{names[0]} vs {names[1]}')}.pdf")
        path, _ = QFileDialog.getSaveFileName(
            self._shell.widget, self.tr("Export comparison of {left} and {right}").format(left=names[0], right=names[1]),
            suggested, self.tr("PDF (*.pdf)"),
        )
        if path:
            self._shell.settings.set_dialog_folder("export", Path(path).parent)
            self.export_comparison(pair[0], pair[1], Path(path))

    def _ask_folder(self) -> Path | None:
        folder = QFileDialog.getExistingDirectory(self._shell.widget, self.tr("Export into folder"), self._shell.settings.dialog_folder("export"))
        if not folder:
            return None
        self._shell.settings.set_dialog_folder("export", folder)
        return Path(folder)

    def _progress_label(self, done: int, progress: BatchProgress) -> str:
        name = progress.path.name if progress.path else f"#{progress.candidate_id}"
        return self.tr("Exported {done} of {total}: {name}").format(done=done, total=progress.total, name=name)

    def _on_run_finished(self, results: list[BatchProgress]) -> None:
        self._end(results)
        written = [r for r in results if r.path is not None]
        folder = str(written[0].path.parent) if written and written[0].path else ""
        self._shell.show_message(
            self.tr("Exported {count} file(s) into {folder}").format(count=len(written), folder=folder), 10000
        )
        failed = [r for r in results if r.path is None]
        if failed:
            self._report_error(
                self.tr("{count} candidate(s) were not exported: {reason}").format(count=len(failed), reason=failed[0].error)
            )

    def _on_run_failed(self, message: str, results: list[BatchProgress]) -> None:
        self._end(results)
        self._report_error(message)

    def _end(self, results: list[BatchProgress]) -> None:
        self._update_actions()
        self.batch_finished.emit(results)

    def _report_error(self, message: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Export failed"), message, QMessageBox.StandardButton.Ok, self._shell.widget)
        box.setObjectName("exportError")
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.open()


def install(shell: Shell, compare: CompareFeature) -> ExportActions:
    """Add the export actions to File › Export, the list's context menu and the compare page."""
    actions = ExportActions(shell, compare.shown_pair)
    compare.view.button_bar.addWidget(actions.comparison_button)
    return actions
