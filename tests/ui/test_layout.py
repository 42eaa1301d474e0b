"""At 1280×800, in English and in Chinese, no label, button or list box is narrower than its text needs."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QAbstractButton, QApplication, QComboBox, QLabel, QPushButton, QScrollArea, QWidget
from pytestqt.qtbot import QtBot

from tests.conftest import add_candidate, make_profile
from tests.ui.test_translation import CHINESE_PROFILE
from ui.app import install_translators
from ui.export_actions import ScopeDialog
from ui.main_window import MainWindow


@pytest.fixture(params=["en", "zh_CN"])
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    """Each test runs in English, then with the Chinese translators installed."""
    translators: list[QTranslator] = install_translators(qapp, request.param) if request.param != "en" else []
    yield str(request.param)
    for translator in translators:
        qapp.removeTranslator(translator)
        translator.setParent(None)


def clipped(root: QWidget) -> list[str]:
    """Visible labels, buttons and list boxes under *root* narrower than their text needs (elided labels excepted).

    A tab bar's scroll arrows count too: they show when its tabs do not fit; so does a pane that scrolls sideways.
    """
    found = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible() or type(widget).__name__ == "ElidedLabel":
            continue
        if isinstance(widget, QLabel) and widget.wordWrap():
            continue
        if isinstance(widget, QScrollArea) and widget.horizontalScrollBar().isVisible():
            found.append(f"{type(widget).__name__} {widget.objectName()}: scrolls sideways")
        if isinstance(widget, (QLabel, QAbstractButton, QComboBox)):
            needed = widget.minimumSizeHint() if isinstance(widget, QComboBox) else widget.sizeHint()
            if needed.width() > widget.width() + 1:
                found.append(f"{type(widget).__name__} {widget.objectName()}: needs {needed.width()}, has {widget.width()}")
    return found


def test_no_control_is_clipped_at_1280_by_800(language: str, window: MainWindow, qtbot: QtBot) -> None:
    window.resize(1280, 800)
    window.reset_pane_widths()
    a = add_candidate(window.library, "简历甲", make_profile("张伟", **CHINESE_PROFILE), "张伟.pdf")
    b = add_candidate(window.library, "résumé B", make_profile("Jane Doe", **CHINESE_PROFILE), "jane.pdf")
    window.reload_candidates()
    window.select_candidate(a)
    qtbot.waitUntil(lambda: window.width() == 1280)
    for tab in range(window.side_tabs.count()):
        window.side_tabs.setCurrentIndex(tab)
        QApplication.processEvents()
        assert clipped(window) == [], window.side_tabs.tabText(tab)
    window.compare.open(a, b)
    QApplication.processEvents()
    assert clipped(window) == []
    export = ScopeDialog(window.exports.scopes(), with_format=True, parent=window)
    export.show()
    assert clipped(export) == []
    export.close()
    export.deleteLater()


def test_the_checker_sees_a_clipped_button(window: MainWindow) -> None:
    window.resize(1280, 800)
    button = QPushButton("Import a whole folder of résumés", window.statusBar())
    button.setObjectName("narrow")
    button.setFixedWidth(40)
    button.show()
    assert [line.split(":")[0] for line in clipped(window)] == ["QPushButton narrow"]
