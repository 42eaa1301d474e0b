"""Translated display labels for strings lupdate cannot see where they are shown (one "Labels" context)."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication

from storage import papers, vocab
from storage.shipped_text import chinese_text

CONTEXT = "Labels"


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Mark *source* for translation in *context*; it is translated where it is shown (PySide's returns object)."""
    return source


# English labels that storage/ hands the UI (storage never imports Qt, so they are marked here for lupdate).
# A label written in ui/ is marked where it is written, with QT_TRANSLATE_NOOP("Labels", ...).
STORAGE_LABELS: tuple[str, ...] = (
    # storage.vocab: statuses, recommendations, rating levels, tag kinds, highlight categories
    QT_TRANSLATE_NOOP("Labels", "New"),
    QT_TRANSLATE_NOOP("Labels", "Reviewing"),
    QT_TRANSLATE_NOOP("Labels", "Shortlisted"),
    QT_TRANSLATE_NOOP("Labels", "Interview"),
    QT_TRANSLATE_NOOP("Labels", "Offer"),
    QT_TRANSLATE_NOOP("Labels", "Rejected"),
    QT_TRANSLATE_NOOP("Labels", "On hold"),
    QT_TRANSLATE_NOOP("Labels", "Strong no"),
    QT_TRANSLATE_NOOP("Labels", "No"),
    QT_TRANSLATE_NOOP("Labels", "Yes"),
    QT_TRANSLATE_NOOP("Labels", "Strong yes"),
    QT_TRANSLATE_NOOP("Labels", "No decision"),
    QT_TRANSLATE_NOOP("Labels", "Definitely not"),
    QT_TRANSLATE_NOOP("Labels", "Mixed"),
    QT_TRANSLATE_NOOP("Labels", "Strength"),
    QT_TRANSLATE_NOOP("Labels", "Concern"),
    QT_TRANSLATE_NOOP("Labels", "Verified"),
    QT_TRANSLATE_NOOP("Labels", "Question"),
    QT_TRANSLATE_NOOP("Labels", "Verify"),
    QT_TRANSLATE_NOOP("Labels", "Publication"),
    QT_TRANSLATE_NOOP("Labels", "Follow up"),
    QT_TRANSLATE_NOOP("Labels", "Other"),
    # storage.compare: section titles and row labels
    QT_TRANSLATE_NOOP("Labels", "Recommendation"),
    QT_TRANSLATE_NOOP("Labels", "Notes"),
    QT_TRANSLATE_NOOP("Labels", "Summary"),
    QT_TRANSLATE_NOOP("Labels", "Key facts"),
    QT_TRANSLATE_NOOP("Labels", "Education"),
    QT_TRANSLATE_NOOP("Labels", "Work and internships"),
    QT_TRANSLATE_NOOP("Labels", "Projects"),
    QT_TRANSLATE_NOOP("Labels", "Publications"),
    QT_TRANSLATE_NOOP("Labels", "Awards"),
    QT_TRANSLATE_NOOP("Labels", "Skills"),
    QT_TRANSLATE_NOOP("Labels", "Tags"),
    QT_TRANSLATE_NOOP("Labels", "Ratings"),
    QT_TRANSLATE_NOOP("Labels", "Doctorate"),
    QT_TRANSLATE_NOOP("Labels", "Master's"),
    QT_TRANSLATE_NOOP("Labels", "Bachelor's"),
    QT_TRANSLATE_NOOP("Labels", "Highest degree"),
    QT_TRANSLATE_NOOP("Labels", "School"),
    QT_TRANSLATE_NOOP("Labels", "Years of experience"),
    QT_TRANSLATE_NOOP("Labels", "Published papers"),
    QT_TRANSLATE_NOOP("Labels", "unknown"),  # storage.papers.UNKNOWN: a count the document does not tell
    QT_TRANSLATE_NOOP("Labels", "First-author publications"),
    QT_TRANSLATE_NOOP("Labels", "Top-venue (CCF-A) publications"),
    QT_TRANSLATE_NOOP("Labels", "Current organisation"),
    # storage.export: format names
    QT_TRANSLATE_NOOP("Labels", "PDF report"),
    QT_TRANSLATE_NOOP("Labels", "Annotated PDF"),
    QT_TRANSLATE_NOOP("Labels", "JSON Resume with review"),
    QT_TRANSLATE_NOOP("Labels", "Markdown"),
    # storage.profile_facts and storage.suggestions: in compare lines and suggested tags
    QT_TRANSLATE_NOOP("Labels", "present"),
    QT_TRANSLATE_NOOP("Labels", "first author"),
    QT_TRANSLATE_NOOP("Labels", "co-first author"),
    QT_TRANSLATE_NOOP("Labels", "corresponding author"),
    QT_TRANSLATE_NOOP("Labels", "top-venue publications"),
)
# Words storage hands the UI alone or inside a line ("NeurIPS · CCF-A · first author", "2021-09 – present").
_LINE_WORDS = frozenset({"present", "first author", "co-first author", "corresponding author", "top-venue publications"})
_LINE_PARTS = re.compile(r"( · | – |\n)")
# Fact tags storage suggests with a number or a name in them (storage.suggestions.fact_suggestions).
_FACT_TAGS = (
    (re.compile(r"first-author CCF-A ×(?P<count>\d+)"), QT_TRANSLATE_NOOP("Labels", "first-author CCF-A ×{count}")),
    (re.compile(r"industry internship at (?P<name>.+)"), QT_TRANSLATE_NOOP("Labels", "industry internship at {name}")),
)


def fact_text(text: str) -> str:
    """A fact's value with the word storage writes for an untold count ("unknown", "3 (+1 unknown)") translated."""
    return text.replace(papers.UNKNOWN, QCoreApplication.translate(CONTEXT, "unknown"))


def translated(text: str) -> str:
    """*text* in the UI language when it is a marked label, else unchanged (e.g. a renamed category)."""
    return QCoreApplication.translate(CONTEXT, text)


def ui_is_chinese() -> bool:
    """Whether the UI speaks Chinese (the Chinese translation says so)."""
    return QCoreApplication.translate("Labels", "en", "the code of the UI's language") == "zh_CN"


def shipped(text: str) -> str:
    """Text storage or the shipped data gave the UI, in the UI language: rubric, topics, fact tags, 'present'…

    Anything else, such as a label the reviewer edited or text from a résumé, is shown as it is.
    """
    if ui_is_chinese() and text in chinese_text():
        return chinese_text()[text]
    for pattern, template in _FACT_TAGS:
        if match := pattern.fullmatch(text):
            return translated(template).format(**match.groupdict())
    return "".join(translated(part) if part in _LINE_WORDS else part for part in _LINE_PARTS.split(text))


def status_label(key: str) -> str:
    """The translated label of a status key."""
    return translated(vocab.status_label(key))


def recommendation_label(key: str | None) -> str:
    """The translated label of a recommendation key ('No decision' for None)."""
    return translated(vocab.recommendation_label(key))


def rating_label(value: int) -> str:
    """The translated meaning of a rating level (1–5)."""
    return translated(vocab.RATING_LABELS[value])


def tag_kind_label(kind: str) -> str:
    """The translated label of a tag kind (strength/concern)."""
    return translated(vocab.TAG_KINDS.get(kind, kind))


def toolbar_label(menu_text: str) -> str:
    """A menu item's text as a toolbar button's: no mnemonic (nor the "(&I)" form Chinese uses), no "…"."""
    return re.sub(r"\s*\(&[^)]\)", "", menu_text).replace("&", "").replace("…", "").strip()
