"""`main.py screenshots DIR`: the main views at 1280×800, rendered from the bundled samples, for the README's tour."""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QWidget

import resources
from storage.importer import import_paths
from storage.library import Library
from ui.app import install_translators
from ui.export_actions import ScopeDialog
from ui.main_window import MainWindow
from ui.settings import Settings

SIZE = (1280, 800)
REVIEWED = "01_zh_phd_llm_pretraining.pdf"  # the Chinese PhD résumé, reviewed with highlights in the tour
COMPARED = "04_en_ml_engineer.pdf"
# (first word of the passage on page 1, note) for the highlights the review screenshot shows.
HIGHLIGHTS = (
    ("Curriculum", "一作 ICLR：问路由设计的动机"),
    ("Proxy-Guided", "共同一作：面试时问清楚数据配比搜索是谁提出的、代理模型有多大、迁移到大模型时效果是否一致"),
    ("Scaling", ""),
    ("Seed", "训练规模？核实 7B 配比实验"),
)
RATINGS = {"research_depth": 4, "publication_record": 5, "engineering_systems": 3}


def _save(widget: QWidget, folder: Path, name: str) -> Path:
    QApplication.processEvents()
    path = folder / f"{name}.png"
    widget.grab().save(str(path))
    return path


def _window(library_path: Path, settings: Settings) -> MainWindow:
    window = MainWindow(Library(library_path), settings)
    window.setWindowState(Qt.WindowState.WindowNoState)  # exactly SIZE, whatever screen renders it
    window.resize(*SIZE)
    window.reset_pane_widths()
    window.show()
    return window


def _review(window: MainWindow, candidate_id: int) -> None:
    """Highlights with notes, a few ratings and an accepted suggested tag on the candidate."""
    window.select_candidate(candidate_id)
    view = window.document_view
    for word, note in HIGHLIGHTS:
        token = next((t for t in view.tokens(0) if t.text.startswith(word)), None)
        if token is not None and view.select_text_at(0, token.rect) is not None:
            highlight_id = window.highlights.create_from_selection()
            if highlight_id is not None and note:
                window.highlights.set_note(highlight_id, note)
    rubric = window.library.candidate_rubric(candidate_id)
    for area in rubric.areas:
        if area.key in RATINGS:
            window.library_model.set_rating(candidate_id, area.id, RATINGS[area.key])
    for suggestion in window.library.suggested_tags(candidate_id)[:2]:
        window.review_panel.accept_suggestion(suggestion)


def render(folder: Path) -> list[Path]:
    """Write library, review, notes, compare, blind-review, export and Chinese-UI screenshots into *folder*; returns their paths."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    folder.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as scratch:
        library_path = Path(scratch) / "tour.shortlist"
        settings = Settings(QSettings(str(Path(scratch) / "settings.ini"), QSettings.Format.IniFormat))  # not the reviewer's
        library = Library(library_path)
        samples = sorted(p for p in resources.path("samples").iterdir() if p.suffix in (".pdf", ".docx", ".md"))
        outcomes = {Path(o.path).name: o.candidate_id for o in import_paths(library, samples)}
        library.close()
        window = _window(library_path, settings)
        reviewed, compared = outcomes[REVIEWED], outcomes[COMPARED]
        assert reviewed is not None and compared is not None
        _review(window, reviewed)
        shots = [_save(window, folder, "library")]
        window.side_tabs.setCurrentWidget(window.review_panel.panel)
        shots.append(_save(window, folder, "review"))
        sizes = window.splitter.sizes()
        window.splitter.setSizes([0, sizes[0] + sizes[1], sizes[2]])  # the list shut: room for the notes beside the page
        QApplication.processEvents()  # the notes follow the pane once it has been laid out
        first = window.library.highlights(reviewed)[0]
        window.document_view.scroll_to(first.page, first.rects[0])
        shots.append(_save(window, folder, "notes"))
        window.reset_pane_widths()
        window.compare.open(reviewed, compared)
        shots.append(_save(window, folder, "compare"))
        window.compare.close()
        blind = window.findChild(QAction, "actionBlind")
        assert isinstance(blind, QAction)
        blind.setChecked(True)
        window.side_tabs.setCurrentIndex(0)  # the profile: the hidden name and contacts
        shots.append(_save(window, folder, "blind"))
        blind.setChecked(False)
        export = ScopeDialog(window.exports.scopes(), with_format=True, parent=window)
        export.show()
        shots.append(_save(export, folder, "export"))
        export.close()
        export.deleteLater()
        window.close()
        window.deleteLater()
        translators = install_translators(app, "zh_CN")
        chinese = _window(library_path, settings)
        chinese.select_candidate(reviewed)
        chinese.side_tabs.setCurrentWidget(chinese.review_panel.panel)
        shots.append(_save(chinese, folder, "chinese"))
        chinese.close()
        chinese.deleteLater()
        for translator in translators:
            app.removeTranslator(translator)
            translator.setParent(None)
    return shots
