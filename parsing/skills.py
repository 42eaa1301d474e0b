"""Skills sections split into individual skill names; languages and research interests."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from parsing import vocab
from parsing.cjk import IDEOGRAPH, IDEOGRAPHS, cjk_count
from parsing.entries import split_items
from parsing.profile import Interest, Language, SkillGroup
from parsing.rows import CELL, Row, bullet_length, join_lines, rows_sources

_GROUP = re.compile(
    r"(?:^|(?<=\s\s)|(?<=\t)|(?<=[;；。]))\s*"
    rf"([A-Z][\w&/+.\- ]{{0,28}}?|{IDEOGRAPH}[{IDEOGRAPHS}\w&/+\- ]{{0,18}}?)\s*[:：]\s*"
)
_SEPARATORS = re.compile(r"\s*(?:[,，、/;；|｜·•∙]|\band\b|\s{2,}|\t)\s*")
# a name-like word of a tag cloud ("PyTorch", "GCP", "C++", "scikit-learn"), never a plain lower-case word
_TAG_WORD = re.compile(r"\S*[A-Z0-9+#\-]\S*")
_LATIN_RUN = re.compile(r"(?<![A-Za-z0-9])[A-Za-z][A-Za-z0-9+#.\-]*(?:[ ][A-Za-z0-9][A-Za-z0-9+#.\-]*)*")
_MAX_WORDS = 4
_LIST_MARK = re.compile(r"[,，、/;；|｜·•∙]")
# "Languages & Frameworks — Python, Go, Ray": a label before a spaced dash, then a list
_DASH_LABEL = re.compile(r"^([^,，、/;；|｜:：—–]{1,30}?)\s+[—–]\s+(.+[,，、/;；|｜·].+)$")


@cache
def _proficiency() -> frozenset[str]:
    return frozenset(vocab.fold(w) for w in vocab.words("proficiency"))


@cache
def _certificates() -> frozenset[str]:
    return frozenset(vocab.fold(w) for w in vocab.words("certificates"))


@cache
def _certificate_labels() -> frozenset[str]:
    return frozenset(vocab.fold(w) for w in vocab.words("certificate_labels"))


def skill_groups(rows: Sequence[Row]) -> list[SkillGroup]:
    """One group per labelled line ("Languages: Python, Go"), keywords split into single skills."""
    groups: list[SkillGroup] = []
    for item in split_items(rows):
        source = rows_sources(item)
        cells = [_cells(row) for row in item]
        label_cell = None
        first = cells[0]
        listed = any(re.search(r"[,，、/]", c) for c in first[1:])
        if len(first) > 1 and (item[0].starts_bold() or listed) and ":" not in first[0] and len(first[0]) <= 30:
            label_cell = first[0]
            cells[0] = first[1:]
        levels = [c for row_cells in cells for c in row_cells if vocab.fold(c) in _proficiency()]
        text = _join_rows(["\t".join(c for c in row_cells if c not in levels) for row_cells in cells])
        text = text[bullet_length(text) :].strip()
        for label, values in _segments(text, label_cell):
            if label and any(word in vocab.fold(label) for word in _certificate_labels()):
                continue
            keywords = split_keywords(values, labelled=label is not None)
            if keywords:
                group = SkillGroup(source=source, name=label, level=levels[0] if levels else None, keywords=keywords)
                group.field_sources["keywords"] = source
                groups.append(group)
    return groups


def _cells(row: Row) -> list[str]:
    """The row's cells, also cut before a bold label set mid-line ("… CUDA  **Frameworks:** PyTorch")."""
    text = row.text
    for begin, end in reversed(row.bold_ranges()):
        label = text[begin:end].rstrip()
        if begin > 0 and (label.endswith((":", "：")) or text[end : end + 1] in (":", "：")):
            text = f"{text[:begin]}{CELL}{text[begin:]}"
    return [c.strip() for c in text.split(CELL) if c.strip()]


def _join_rows(texts: Sequence[str]) -> str:
    """An item's rows as one text; the break between two rows that are each a list ("A · B" / "C · D") separates."""
    out = ""
    for text in texts:
        lists = _LIST_MARK.search(out) and _LIST_MARK.search(text)
        at_mark = re.search(r"[,，、/;；|｜·•∙]\s*$", out) or re.match(r"\s*[,，、/;；|｜·•∙]", text)
        out = f"{out}{CELL}{text}" if out and lists and not at_mark else join_lines([out, text] if out else [text])
    return out


def _segments(text: str, label: str | None) -> list[tuple[str | None, str]]:
    """(label, values) pairs of a line that may hold several "Label: values" groups."""
    matches = list(_GROUP.finditer(text))
    dashed = _DASH_LABEL.match(text)
    if not matches and label is None and dashed:
        return [(dashed.group(1).strip(), dashed.group(2))]
    if not matches:
        return [(label, text)]
    out: list[tuple[str | None, str]] = []
    if matches[0].start() > 0 and text[: matches[0].start()].strip():
        out.append((label, text[: matches[0].start()]))
    for match, following in zip(matches, [*matches[1:], None], strict=False):
        end = following.start() if following else len(text)
        out.append((match.group(1).strip(), text[match.end() : end]))
    return out


def split_keywords(text: str, *, labelled: bool) -> list[str]:
    """Individual skills in *text*: list items, or the English tool names inside Chinese prose."""
    out: list[str] = []
    for part in _SEPARATORS.split(text):
        part = part.strip(" .。:：()（）[]【】")
        if not part:
            continue
        if cjk_count(part):
            latin = _LATIN_RUN.findall(part)
            if latin:
                out.extend(latin)
            elif labelled and len(part) <= 8 and not vocab.any_pattern("skill_prose").search(part):
                out.append(part)
            continue
        part = re.sub(r"\s*[(（][^)）]*[)）]?$", "", part).strip()
        words = part.split()
        if part and len(words) <= _MAX_WORDS:
            out.append(part)
        elif all(_TAG_WORD.fullmatch(w) for w in words):
            out.extend(words)  # a tag cloud set with single spaces: "Python PyTorch Docker GCP"
    seen: set[str] = set()
    kept = []
    for keyword in out:
        keyword = keyword.strip(" .-")
        key = vocab.fold(keyword)
        # a test, also with its score: "CET-6", "CET-6 580"
        certificate = any(key.startswith(c) and (key == c or key[len(c) :].isdigit()) for c in _certificates())
        if not key or key in seen or key in _proficiency() or certificate or key.isdigit():
            continue
        seen.add(key)
        kept.append(keyword)
    return kept


def languages(rows: Sequence[Row]) -> list[Language]:
    """Spoken languages: "英语(CET-6, 雅思 7.0)", "English: fluent"."""
    out = []
    for item in split_items(rows):
        text = join_lines(row.text for row in item)
        text = text[bullet_length(text) :].strip()
        match = re.match(r"^([^:：(（,，]+?)\s*(?:[:：]\s*|[(（]|[,，]\s*|\s+[—–-]\s+)(.*?)[)）]?$", text)
        language, fluency = (match.group(1), match.group(2)) if match else (text, "")
        entry = Language(source=rows_sources(item), language=language.strip() or None, fluency=fluency.strip() or None)
        entry.field_sources["language"] = item[0].locate(language.strip())
        out.append(entry)
    return out


def interests(rows: Sequence[Row]) -> list[Interest]:
    """Research interests: a labelled bullet keeps its label, a plain list is split."""
    out = []
    for item in split_items(rows):
        text = join_lines(row.text for row in item)
        text = text[bullet_length(text) :].strip()
        name = re.split(r"[:：]", text, maxsplit=1)[0].strip()
        if name and len(name) <= 40:
            entry = Interest(source=rows_sources(item), name=name)
            entry.field_sources["name"] = item[0].locate(name)
            out.append(entry)
    return out
