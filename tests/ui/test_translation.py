"""The Simplified Chinese UI: it reaches menus, lists and vocabulary labels, is complete, and English stays the default."""

from __future__ import annotations

import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import PySide6
import pytest
from PySide6.QtCore import QLocale, Qt, QTranslator
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QTabWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

import resources
from storage import papers, vocab
from storage.compare import EDUCATION_LEVELS, build_comparison
from storage.export import FORMATS
from storage.papers import PublicationFacts
from tests.conftest import add_candidate, make_profile
from ui.app import install_translators, ui_language
from ui.candidate_model import CandidateTableModel
from ui.export_actions import ScopeDialog
from ui.labels import STORAGE_LABELS, fact_text, shipped, translated
from ui.main_window import MainWindow
from ui.profile_widgets import Field
from ui.settings import Settings

ROOT = Path(__file__).resolve().parents[2]
TS = resources.path("translations/shortlist_zh_CN.ts")
STATUS_COLUMN = [key for key, _ in CandidateTableModel.COLUMNS].index("status")


def _messages(ts: Path) -> list[tuple[str, str, str | None, str]]:
    """(context, source, translation type, translation) for every message of a .ts file."""
    root = ET.parse(ts).getroot()
    return [
        (context.findtext("name", ""), message.findtext("source", ""), translation.get("type"), translation.text or "")
        for context in root.iter("context")
        for message in context.iter("message")
        for translation in message.iter("translation")
    ]


@pytest.fixture
def chinese(qapp: QApplication, monkeypatch: pytest.MonkeyPatch) -> Iterator[list[QTranslator]]:
    """The translators the app installs for SHORTLIST_LANG=zh_CN, removed again after the test."""
    monkeypatch.setenv("SHORTLIST_LANG", "zh_CN")
    translators = install_translators(qapp, ui_language(Settings()))
    yield translators
    for translator in translators:
        qapp.removeTranslator(translator)
        translator.setParent(None)


def test_english_is_the_default(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SHORTLIST_LANG", raising=False)
    assert install_translators(QApplication.instance(), "C") == []  # type: ignore[arg-type]
    assert window.findChild(QMenu, "menuFile").title() == "&File"
    cid = add_candidate(window.library, "résumé", make_profile())
    window.refresh_candidates([cid])
    assert window.model.index(0, STATUS_COLUMN).data() == "New"


def test_language_follows_env_then_settings_then_system(monkeypatch: pytest.MonkeyPatch) -> None:
    settings = Settings()
    monkeypatch.delenv("SHORTLIST_LANG", raising=False)
    assert ui_language(settings) == QLocale.system().name()
    settings.set_language("zh_CN")
    assert ui_language(settings) == "zh_CN"
    monkeypatch.setenv("SHORTLIST_LANG", "en")
    assert ui_language(settings) == "en"


def test_window_in_chinese(chinese: list[QTranslator], window: MainWindow) -> None:
    assert len(chinese) == 2  # Shortlist's own and Qt's
    assert window.findChild(QMenu, "menuFile").title() == "文件(&F)"
    assert window.action_import_files.text() == "导入文件(&I)…"
    assert window.action_import_files.shortcut().toString() == "Ctrl+I"
    assert window.status_actions["shortlisted"].text() == "已入围"
    assert window.findChild(QComboBox, "statusFilter").itemText(1) == "待筛选"
    cid = add_candidate(window.library, "简历", make_profile())
    window.refresh_candidates([cid])
    assert window.model.headerData(STATUS_COLUMN, Qt.Orientation.Horizontal) == "状态"
    assert window.model.index(0, STATUS_COLUMN).data() == "待筛选"
    window.set_status([cid], "offer")
    assert window.undo_stack.undoText() == "将状态设为录用"
    assert window.model.index(0, STATUS_COLUMN).data() == "录用"
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == "取消"


def test_language_menu_stores_the_choice(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SHORTLIST_LANG", raising=False)
    action = window.language_menu.menu.findChild(QAction, "actionLanguage_zh_CN")
    action.trigger()
    assert action.isChecked()
    assert window.settings.language() == "zh_CN" == ui_language(window.settings)
    assert "restart" in window.statusBar().currentMessage()
    window.language_menu.menu.findChild(QAction, "actionLanguage_system").trigger()
    assert window.settings.language() == ""


def test_storage_labels_are_all_translated(chinese: list[QTranslator], library_path: Path) -> None:
    from storage.library import Library

    library = Library(library_path)
    ids = [add_candidate(library, text, make_profile()) for text in ("a", "b")]
    comparison = build_comparison(library, *ids)
    shown = {
        *vocab.STATUSES.values(), *vocab.RECOMMENDATIONS.values(), vocab.NO_DECISION, *vocab.RATING_LABELS.values(),
        *vocab.TAG_KINDS.values(), *(name for _, name in vocab.HIGHLIGHT_COLORS), *(label for _, label in EDUCATION_LEVELS),
        *(spec.label for spec in FORMATS.values()), *(section.title for section in comparison.sections),
        *(row.label for row in comparison.section("facts").rows),
    }
    assert shown <= set(STORAGE_LABELS)
    untranslated = {label for label in shown if translated(label) == label and label != "Markdown"}
    assert untranslated == set()


def test_translation_file_is_complete_and_compiled(tmp_path: Path) -> None:
    # lupdate on today's code adds nothing the .ts lacks, and every message is translated...
    fresh = tmp_path / TS.name
    shutil.copy(TS, fresh)
    lupdate = Path(PySide6.__file__).parent / "lupdate"
    sources = [str(p) for p in sorted((ROOT / "ui").glob("*.py"))] + [str(ROOT / "main.py")]
    subprocess.run([str(lupdate), "-silent", "-locations", "none", "-no-obsolete", *sources, "-ts", str(fresh)], check=True)
    messages = _messages(fresh)
    assert [(c, s) for c, s, *_ in messages] == [(c, s) for c, s, *_ in _messages(TS)]
    assert [(c, s) for c, s, kind, text in messages if kind or not text.strip()] == []
    # ...and the .qm holds exactly those translations.
    compiled = QTranslator()
    assert compiled.load(str(TS.with_suffix(".qm")))
    assert [(c, s) for c, s, _, text in messages if compiled.translate(c, s) != text] == []


# Words that stay as they are in the Chinese UI: file formats, key names, venues and terms the field writes in English.
KEPT_WORDS = {
    "pdf", "json", "csv", "docx", "txt", "markdown", "esc", "enter", "shift", "ctrl", "alt", "del", "yyyy", "ccf", "neurips",
    "gpu", "qps", "rlhf", "moe", "lora", "peft", "english", "shortlist", "resume",
    "spotlight", "workshop", "findings", "demo",  # venue tracks, named in English in Chinese academia too
    "test",  # the library file in the title
}
ENGLISH_WORD = re.compile(r"[A-Za-z]{3,}")
CHINESE_PROFILE = {
    "work": [{"name": "字节跳动", "position": "算法实习生", "startDate": "2023-06", "endDate": "present"}],
    "education": [{"institution": "清华大学", "studyType": "博士", "startDate": "2021-09", "endDate": "present"}],
    "publications": [
        {"name": "大模型预训练的数据配比", "publisher": "NeurIPS", "x-rank": "CCF-A", "x-authorPosition": "first"},
    ],
    "skills": [{"name": "长上下文", "keywords": ["混合专家"]}],
}


def _shown_texts(root: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) for every text the reviewer can see under *root*: actions, labels, buttons, headers, tooltips…"""
    for action in root.findChildren(QAction):
        yield f"action {action.objectName()}", action.text()
        yield f"action tooltip {action.objectName()}", action.toolTip()
    for widget in [root, *root.findChildren(QWidget)]:
        name = f"{type(widget).__name__} {widget.objectName()}"
        yield f"tooltip of {name}", widget.toolTip()
        yield f"title of {name}", widget.windowTitle() if widget.isWindow() else ""
        if isinstance(widget, (QLabel, QAbstractButton)):
            yield name, widget.text()
        if isinstance(widget, (QLineEdit, QPlainTextEdit)):
            yield f"placeholder of {name}", widget.placeholderText()
        if isinstance(widget, QLineEdit):  # the profile's values: a stored keyword such as "present" too
            yield f"text of {name}", widget.text()
        if isinstance(widget, QComboBox):
            yield from ((f"item of {name}", widget.itemText(i)) for i in range(widget.count()))
        if isinstance(widget, QTabWidget):
            yield from ((f"tab of {name}", widget.tabText(i)) for i in range(widget.count()))
        if isinstance(widget, QMenu):
            yield name, widget.title()
        if isinstance(widget, QHeaderView) and widget.model() is not None:
            for section in range(widget.count()):
                yield f"header of {name}", str(widget.model().headerData(section, widget.orientation()) or "")


def english_left(root: QWidget) -> list[str]:
    """Texts shown under *root* that still hold an English word."""
    return sorted({
        f"{where}: {text!r}" for where, text in _shown_texts(root)
        if any(word.lower() not in KEPT_WORDS for word in ENGLISH_WORD.findall(text.replace("&", "")))
    })


def test_running_window_has_no_english_left(chinese: list[QTranslator], window: MainWindow, qtbot: QtBot) -> None:
    # A Chinese candidate on the default rubric, with suggested tags, a tag, a rating and a comparison on screen;
    # then the dialogs the reviewer opens. A string that skips tr() (or shipped text without Chinese) fails here.
    a = add_candidate(window.library, "简历甲", make_profile("张伟", **CHINESE_PROFILE), "张伟.pdf")
    b = add_candidate(window.library, "简历乙", make_profile("李娜", **CHINESE_PROFILE), "李娜.pdf")
    window.reload_candidates()
    window.select_candidate(a)
    tag = window.review_panel.panel.tag_editor.suggestion_chip("LLM pre-training")
    assert tag is not None and tag.text() == "＋ 大模型预训练"
    tag.click()
    window.side_tabs.setCurrentWidget(window.review_panel.panel)
    assert english_left(window) == []
    window.compare.open(a, b)
    assert english_left(window) == []
    window.shortcut_sheet.action.trigger()
    export = ScopeDialog(window.exports.scopes(), with_format=True, parent=window)
    for dialog in (window.shortcut_sheet.sheet, export):
        assert dialog is not None
        assert english_left(dialog) == []
        dialog.close()
    export.deleteLater()
    editor = window.review_panel.edit_rubric()
    assert english_left(editor) == []
    editor.close()


def test_the_checker_sees_a_string_without_tr(chinese: list[QTranslator], window: MainWindow) -> None:
    window.menuBar().addMenu("Tools").setObjectName("menuTools")
    assert english_left(window) == ["QMenu menuTools: 'Tools'", "action : 'Tools'", "action tooltip : 'Tools'"]


def test_shipped_rubric_and_topics_follow_the_language_until_edited(chinese: list[QTranslator], window: MainWindow) -> None:
    a = add_candidate(window.library, "简历", make_profile("张伟", **CHINESE_PROFILE), "张伟.pdf")
    window.reload_candidates()
    window.select_candidate(a)
    depth = window.review_panel.panel.area_widget("research_depth")
    assert depth is not None and depth.title.text() == "研究深度"
    assert depth.buttons[5].toolTip().endswith("有原创的研究方向；其见解被他人继续发展。")
    assert shipped("LLM pre-training") == "大模型预训练" and shipped("2021-09 – present") == "2021-09 – 至今"
    window.library_model.update_area(window.library.default_rubric_id(), depth.area.id, label="Depth of research")  # the reviewer's own words stay
    assert window.review_panel.panel.area_widget("research_depth").title.text() == "Depth of research"


def test_shipped_text_stays_english_in_the_english_ui(window: MainWindow) -> None:
    assert shipped("LLM pre-training") == "LLM pre-training"
    assert shipped("NeurIPS · CCF-A · first author") == "NeurIPS · CCF-A · first author"
    assert shipped("industry internship at 字节跳动") == "industry internship at 字节跳动"


def test_an_untold_count_reads_unknown_in_chinese(chinese: list[QTranslator]) -> None:
    assert papers.UNKNOWN in STORAGE_LABELS
    assert fact_text(PublicationFacts(3, 3, None, 3, 0).first_author_text()) == "未知"
    assert fact_text(PublicationFacts(4, 4, 3, 1, 0).first_author_text()) == "3 (+1 未知)"


def test_an_ongoing_entry_reads_and_takes_the_ui_word(chinese: list[QTranslator], window: MainWindow) -> None:
    a = add_candidate(window.library, "简历甲", make_profile("张伟", **CHINESE_PROFILE), "张伟.pdf")
    window.reload_candidates()
    window.select_candidate(a)
    line = window.findChild(QLineEdit, "field_endDate")
    assert line is not None and line.text() == "至今"
    field = next(f for f in window.findChildren(Field) if f.widget is line)
    line.setText("至今")
    assert field.value() == "present"  # stored as the keyword every export and fact understands
    line.setText("2024-06")
    assert field.value() == "2024-06"
