"""A paper's authors: the list split from its citation, and the candidate's place among them."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import cache

from parsing import vocab
from parsing.cjk import IDEOGRAPH, IDEOGRAPHS, cjk_count

# Equal-contribution, corresponding-author and affiliation marks printed after a name ("\*" is
# Markdown's escaped star, left as printed by some converters).
MARKERS = "*†‡✉#＊\\"
# a sentence ends at a full stop, but not after an initial ("J. Chen"; an acronym such as "RL." may end one)
SENTENCE = re.compile(
    rf"(?<!\b[A-Z])(?<!\bDr)(?<!\bProf)\.\s+(?=[A-Za-z\[(“\"{IDEOGRAPHS}])|(?<=[)”\"])\s*[,.]?\s+(?=[A-Z(])"
)
_NAME_WORD = r"[A-Z\u00c0-\u00de][A-Za-z\u00c0-\u024f'\-]*\.?(?:-[A-Z]\.)?"  # "Li", "W.", "S.-Y.", "Tomás"
_NAME_LATIN = re.compile(rf"^{_NAME_WORD}(?:\s+(?:{_NAME_WORD}|van|von|de|der|da|di|le)){{0,3}}$")
_NAME_CJK = re.compile(rf"^{IDEOGRAPH}{{2,4}}$")
_AUTHOR_SPLIT = re.compile(r"\s*(?:,|，|、|;|\band\b|&)\s*")
_ET_AL = re.compile(r"(?i)^(?:et\.?\s*al\.?|等)$")
_BRACKETED = re.compile(r"\s*(?:\[[^\[\]]*\]|[(（][^()（）]*[)）])\s*")
_LATIN_THEN_CJK = re.compile(rf"(?<=[A-Za-z])(?={IDEOGRAPH})")
_YEAR_TOKEN = re.compile(r"^(?:19|20)\d{2}$")
_ET_AL_TAIL = re.compile(r"(?i)\s*,?\s*(?:et\.?\s*al\.?|等)\s*$")


def plain(name: str) -> str:
    """An author's name without its marks."""
    return name.strip(MARKERS + " ")


def is_name(text: str) -> bool:
    """Whether *text* reads as one person's name ("Li W.", "Mingyu Xu*", "王思远")."""
    text = plain(text).strip()
    if any(vocab.venues().short_pattern.fullmatch(word) for word in text.split()):  # "TKDE", "Hao Wu AAAI"
        return False
    return bool(_NAME_LATIN.match(text) or _NAME_CJK.match(text))


def is_author_list(text: str) -> bool:
    """Whether *text* is a list of names (a single name only when marked or shortened with et al.)."""
    shortened = _ET_AL_TAIL.search(text) is not None  # "M. Bianchi et al."
    text = _ET_AL_TAIL.sub("", text)
    parts = [p for p in _AUTHOR_SPLIT.split(text) if p.strip()]
    if not parts:
        return False
    parts = _names(parts)  # up to the venue line below: "Hao Wu AAAI 2023"
    names = sum(1 for p in parts if is_name(p))
    return (len(parts) >= 2 and names >= 0.6 * len(parts)) or (
        len(parts) == 1 and names == 1 and (shortened or any(m in text for m in MARKERS))
    )


def without_brackets(text: str) -> str:
    """*text* with every bracketed aside left out, nested ones too ("(NeurIPS2025 Workshop（已录用）)")."""
    while True:
        shorter = _BRACKETED.sub(" ", text)
        if shorter == text:
            return text
        text = shorter


def attach_roles(text: str) -> str:
    """ "Ping Luo（通讯作者）" → "Ping Luo✉": a role in brackets right after a name marks that author, not the candidate."""
    return _attached_role().sub("✉ ", text)


@cache
def _attached_role() -> re.Pattern[str]:
    words = "|".join(re.escape(w) for w in sorted(vocab.words("corresponding_author"), key=len, reverse=True))
    return re.compile(rf"(?<=[A-Za-z{IDEOGRAPHS}.])\s*[(（]\s*(?:{words})\s*[)）]", re.IGNORECASE)


def author_list(text: str) -> list[str]:
    """The first run of *text* that lists names, split into names (marks kept); [] when there is none."""
    text = _LATIN_THEN_CJK.sub(" ", without_brackets(text))  # "Hao Wu投稿至ICML": a line joined without a space
    chunks = [c for segment in re.split(r"[“\"”•\t]|\s[-–—]\s", text) for c in SENTENCE.split(segment)]
    for chunk in chunks:
        chunk = re.sub(r"^.*?\b(?:by|作者)\s*[:：]?\s*", "", chunk.strip(" ,."))
        if is_author_list(chunk):
            chunk = _ET_AL_TAIL.sub("", chunk)
            return _names(p.strip() for p in _AUTHOR_SPLIT.split(chunk) if p.strip() and not _ET_AL.match(p.strip()))
    return []


def _names(parts: Iterable[str]) -> list[str]:
    """The names of a list, up to one that runs into the venue on the next line ("Bo Lin ACL 2024")."""
    out: list[str] = []
    for part in parts:
        head = None if is_name(part) else _name_before_venue(part)
        if head:
            out.append(head)
            break
        out.append(part)
    return out


def _name_before_venue(part: str) -> str | None:
    """The name at the start of *part* when what follows it is no name: a year, a venue and a year,
    words such as "Accepted at", or anything after a marked name ("Kowalczyk† Accepted …")."""
    tokens = [t.strip(",.;") for t in part.split()]
    for end in range(len(tokens) - 1, 0, -1):  # the longest name: "Yutong Cao† arXiv preprint"
        rest = tokens[end:]
        venue = vocab.venues().short_pattern.fullmatch(rest[0])  # no name holds a venue's acronym
        # "Accepted at", "Under review", "In Proceedings", or Chinese words after a Latin name ("投稿至ICML")
        phrase = (len(rest) > 1 and rest[1][:1].islower()) or (cjk_count(rest[0][:1]) > 0 and not cjk_count(tokens[0]))
        marked = any(m in tokens[end - 1] for m in MARKERS)
        if (_YEAR_TOKEN.match(rest[0]) or venue or phrase or marked) and is_name(" ".join(tokens[:end])):
            return " ".join(part.split()[:end])
    return None


def position(text: str, authors: Sequence[str], bold: Sequence[str], own_names: Sequence[str]) -> str | None:
    """first / co-first / corresponding / other, from statements, bold or the candidate's name; None when untold."""
    lower = text.lower()
    if any(w in lower for w in vocab.words("co_first_author")):
        return "co-first"
    if any(w in lower for w in vocab.words("first_author")):
        return "first"
    index = own_index(authors, bold, own_names)
    if index is None:
        return "corresponding" if any(w in lower for w in vocab.words("corresponding_author")) else None
    # a mark several authors share is equal contribution (co-first when the first author has it too);
    # a mark only the candidate has is the corresponding author's
    marks = _marks(authors[index])
    shared = {m for m in marks if sum(m in _marks(a) for a in authors) >= 2}
    if shared & _marks(authors[0]):
        return "co-first"
    if index == 0:
        return "first"
    if marks - shared or any(w in lower for w in vocab.words("corresponding_author")):
        return "corresponding"
    return "other"


def _marks(author: str) -> set[str]:
    return {"*" if m == "＊" else m for m in author if m in MARKERS and m != "\\"}


def own_index(authors: Sequence[str], bold: Sequence[str], own_names: Sequence[str]) -> int | None:
    """Where the candidate stands among *authors*: the bold name, else a form of their own name."""
    names = [plain(a) for a in authors]
    bold_names = {b.strip(MARKERS + " ,") for b in bold}
    for index, name in enumerate(names):
        if name in bold_names:
            return index
    # a name set in bold word by word (TeX writes one span per word): the one author all of whose words are bold
    bold_words = {w.strip(MARKERS + " ,.") for b in bold for w in b.split()}
    in_bold = [i for i, name in enumerate(names) if name.split() and all(w in bold_words for w in name.split())]
    if len(in_bold) == 1:
        return in_bold[0]
    for own in own_names:
        for index, name in enumerate(names):
            if _same_person(name, own) or _romanized_as(name, own):
                return index
    return None


@cache
def _pinyin(name: str) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
    """(surname spellings, given-name syllables) of a Chinese name in pinyin; None for other names."""
    if not _NAME_CJK.match(name):
        return None
    from pypinyin import lazy_pinyin  # on first use only: loading its reading table takes ~0.1 s

    surname = next((s for s in vocab.words("compound_surnames") if name.startswith(s)), name[0])
    reading = vocab.table("surname_readings").get(surname) or "".join(lazy_pinyin(surname))
    given = tuple(lazy_pinyin(name[len(surname) :]))
    # ü is written v by pypinyin and lyu, lu or lv in papers (吕 → Lyu)
    spellings = {reading, reading.replace("v", "u"), reading.replace("v", "yu")}
    return tuple(sorted(spellings)), tuple(s.replace("v", "u") for s in given)


def _romanized_as(author: str, name: str) -> bool:
    """ "Wang S", "S. Wang", "Wang SY", "Siyuan Wang", "Wang Si-Yuan" are 王思远 in an English author list."""
    parts = _pinyin(name)
    if parts is None or cjk_count(author):
        return False
    surnames, given = parts
    tokens = [t for t in re.split(r"[\s.\-]+", plain(author)) if t]
    if len(tokens) < 2 or not given:
        return False
    for head, rest in ((tokens[0], tokens[1:]), (tokens[-1], tokens[:-1])):
        if head.lower() not in surnames:
            continue
        joined = "".join(rest)
        initials = "".join(s[0] for s in given).upper()
        if joined.lower() == "".join(given) or (joined.isupper() and joined in (initials, initials[0])):
            return True
    return False


def _same_person(author: str, name: str) -> bool:
    """ "H. M. Voss" is "Helena M. Voss", "Xu M" is "Mingyu Xu"; Chinese names compare exactly."""
    if author.replace(" ", "") == name.replace(" ", ""):
        return True
    a, b = author.replace(".", " ").split(), name.replace(".", " ").split()
    if len(a) < 2 or len(b) < 2:
        return False
    if a[-1].lower() == b[-1].lower():
        return all(x[0].lower() == y[0].lower() for x, y in zip(a[:-1], b[:-1], strict=False))
    # surname first with initials: "Xu M", "Xu MY"
    initials = a[-1]
    return (
        a[0].lower() == b[-1].lower()
        and initials.isupper()
        and len(initials) == len(b) - 1
        and all(x == y[0].upper() for x, y in zip(initials, b[:-1], strict=True))
    )
