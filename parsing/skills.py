"""Skills sections split into individual skill names; languages and research interests."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from parsing import vocab
from parsing.entries import split_items
from parsing.profile import Interest, Language, SkillGroup
from parsing.rows import Row, bullet_length, cjk_count, join_lines, rows_sources

_GROUP = re.compile(
    r"(?:^|(?<=\s\s)|(?<=\t)|(?<=[;；。]))\s*"
    r"([A-Z][\w&/+.\- ]{0,28}?|[\u3400-\u9fff][\u3400-\u9fff\w&/+\- ]{0,18}?)\s*[:：]\s*"
)
_SEPARATORS = re.compile(r"\s*(?:[,，、/;；|｜]|\band\b|\s{2,}|\t)\s*")
_LATIN_RUN = re.compile(r"(?<![A-Za-z0-9])[A-Za-z][A-Za-z0-9+#.\-]*(?:[ ][A-Za-z0-9][A-Za-z0-9+#.\-]*)*")
_MAX_WORDS = 4


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
        cells = [row.cells for row in item]
        label_cell = None
        first = cells[0]
        listed = any(re.search(r"[,，、/]", c) for c in first[1:])
        if len(first) > 1 and (item[0].starts_bold() or listed) and ":" not in first[0] and len(first[0]) <= 30:
            label_cell = first[0]
            cells[0] = first[1:]
        levels = [c for row_cells in cells for c in row_cells if vocab.fold(c) in _proficiency()]
        text = join_lines("\t".join(c for c in row_cells if c not in levels) for row_cells in cells)
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


def _segments(text: str, label: str | None) -> list[tuple[str | None, str]]:
    """(label, values) pairs of a line that may hold several "Label: values" groups."""
    matches = list(_GROUP.finditer(text))
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
        if part and len(part.split()) <= _MAX_WORDS:
            out.append(part)
    seen: set[str] = set()
    kept = []
    for keyword in out:
        keyword = keyword.strip(" .-")
        key = vocab.fold(keyword)
        if not key or key in seen or key in _proficiency() or key in _certificates() or key.isdigit():
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
