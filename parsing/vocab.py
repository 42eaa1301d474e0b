"""The parser's vocabularies (resources/vocab/*.toml), loaded once and compiled for matching."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache

import resources

_FOLD = re.compile(r"[\s\W_]+", re.UNICODE)


def fold(text: str) -> str:
    """Lower-case *text* without spaces and punctuation: the form headings are compared in."""
    return _FOLD.sub("", text).lower()


def _load(name: str) -> dict[str, object]:
    return tomllib.loads(resources.read_text(f"vocab/{name}.toml"))


def _words_pattern(words: list[str]) -> re.Pattern[str]:
    """One case-insensitive regex matching any of *words* as a whole word (longest first)."""
    alternatives = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?<![A-Za-z0-9])(?:{alternatives})(?![A-Za-z])", re.IGNORECASE)


def _any_pattern(words: list[str]) -> re.Pattern[str]:
    """One regex matching any of *words* anywhere (for Chinese, which has no word breaks)."""
    return re.compile("|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)), re.IGNORECASE)


@dataclass(frozen=True)
class Headings:
    """Section vocabularies: keyword → kind, plus document titles."""

    kinds: dict[str, str]  # folded keyword → kind
    pattern: re.Pattern[str]  # any keyword, longest first
    modifiers: re.Pattern[str]  # words that qualify a heading ("selected", "其他")
    titles: tuple[str, ...]  # folded
    groups: frozenset[str]  # folded: sub-headings that group the papers of a publications section


@dataclass(frozen=True)
class Venue:
    """A publication venue and its CCF rank ("" when unranked)."""

    short: str
    rank: str


@dataclass(frozen=True)
class Venues:
    """The venue list compiled into one pattern for names and one for full names."""

    by_name: dict[str, Venue]  # short name or folded alias → venue
    short_pattern: re.Pattern[str]
    alias_pattern: re.Pattern[str]


@cache
def headings() -> Headings:
    """Heading keywords by section kind."""
    data = _load("headings")
    kinds: dict[str, list[str]] = data["kinds"]  # type: ignore[assignment]
    by_word = {fold(word): kind for kind, words in kinds.items() for word in words}
    pattern = re.compile("|".join(re.escape(w) for w in sorted(by_word, key=len, reverse=True)))
    titles: list[str] = data["titles"]  # type: ignore[assignment]
    modifiers: list[str] = data["modifiers"]  # type: ignore[assignment]
    modifier_pattern = re.compile("|".join(re.escape(fold(w)) for w in sorted(modifiers, key=len, reverse=True)))
    groups: list[str] = data["publication_groups"]  # type: ignore[assignment]
    return Headings(
        by_word,
        pattern,
        modifier_pattern,
        tuple(sorted((fold(t) for t in titles), key=len, reverse=True)),
        frozenset(fold(g) for g in groups),
    )


@cache
def degrees() -> tuple[tuple[re.Pattern[str], str], ...]:
    """(pattern, level) pairs, Chinese first, longest forms first within each language."""
    data = _load("degrees")
    out: list[tuple[re.Pattern[str], str]] = []
    zh: dict[str, list[str]] = data["zh"]  # type: ignore[assignment]
    en: dict[str, list[str]] = data["en"]  # type: ignore[assignment]
    zh_words = sorted(((w, level) for level, words in zh.items() for w in words), key=lambda p: -len(p[0]))
    en_words = sorted(((w, level) for level, words in en.items() for w in words), key=lambda p: -len(p[0]))
    out.extend((re.compile(re.escape(w)), level) for w, level in zh_words)
    for word, level in en_words:
        # abbreviations are case-sensitive (MS, BA); spelled-out names are not
        flags = re.IGNORECASE if " " in word or (len(word) > 6 and "." not in word) else 0
        tail = r"(?![A-Za-z])" if word.endswith(".") else r"(?![A-Za-z.])"
        # small capitals print "M.Sc." as "M.SC."
        forms = "|".join(dict.fromkeys(re.escape(w) for w in (word, word.upper() if "." in word else word)))
        out.append((re.compile(rf"(?<![A-Za-z.])(?:{forms}){tail}", flags), level))
    return tuple(out)


@cache
def networks() -> dict[str, str]:
    """Profile-network hosts and their names (github.com → GitHub)."""
    table: dict[str, str] = _load_words()["networks"]  # type: ignore[assignment]
    return table


@cache
def table(key: str) -> dict[str, str]:
    """A key → value table from words.toml."""
    values: dict[str, str] = _load_words()[key]  # type: ignore[assignment]
    return values


@cache
def words(key: str) -> tuple[str, ...]:
    """A word list from words.toml."""
    values: list[str] = _load_words()[key]  # type: ignore[assignment]
    return tuple(values)


@cache
def _load_words() -> dict[str, object]:
    return _load("words")


@cache
def any_pattern(*keys: str) -> re.Pattern[str]:
    """A pattern matching any word of the given lists anywhere."""
    return _any_pattern([w for key in keys for w in words(key)])


@cache
def mixed_pattern(*keys: str, breakable: bool = False) -> re.Pattern[str]:
    """Any word of the given lists: Chinese words anywhere, other words as whole words (ignoring case); *breakable*:
    also where a typesetter hyphenated the word at a line end ("Work-⏎shop", read as "Work-shop")."""
    listed = sorted({w for key in keys for w in words(key)}, key=lambda w: (-len(w), w))
    chinese = "|".join(re.escape(w) for w in listed if not w.isascii())
    latin = [re.escape(w) for w in listed if w.isascii()]
    other = "|".join(re.sub(r"(?<=[a-z])(?=[a-z])", "-?", w) if breakable else w for w in latin)
    parts = [p for p in (chinese, rf"(?<![A-Za-z])(?:{other})(?![A-Za-z])" if other else "") if p]
    return re.compile("|".join(parts) or r"(?!)", re.IGNORECASE)


@cache
def venues() -> Venues:
    """The venue list with ranks."""
    table: dict[str, list[str]] = _load("venues")["venues"]  # type: ignore[assignment]
    by_name: dict[str, Venue] = {}
    aliases: list[str] = []
    for short, (rank, *names) in table.items():
        venue = Venue(short, rank)
        by_name[short] = venue
        for name in names:
            by_name.setdefault(fold(name), venue)
            aliases.append(name)
    shorts = sorted(table, key=len, reverse=True)
    short_pattern = re.compile(r"(?<![A-Za-z])(?:" + "|".join(re.escape(s) for s in shorts) + r")(?![A-Za-z])")
    return Venues(by_name, short_pattern, _words_pattern(aliases))
