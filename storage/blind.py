"""Blind review: what of a person is hidden (name, contacts, personal details, optionally schools) and the blinded profile.

Pure data, no Qt: the window, the exports and the command line all hide the same strings.
Where those strings are printed on a page is storage/redaction.py's business.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING, Any

from parsing import authors, contacts
from parsing.cjk import cjk_count
from parsing.profile import FIELD_SOURCES_KEY, SOURCE_KEY
from storage.people import name_key
from storage.profile_facts import entries, text

if TYPE_CHECKING:
    from storage.library import Library

PSEUDONYM = "Candidate {number}"
MASK = "■■■"  # what stands in for a hidden string that is not the name
# Basics fields that identify or contact the person; each is dropped from a blinded profile.
CONTACT_FIELDS = ("email", "phone", "url", "profiles", "location", "image", "x-emails", "x-phones")
# Personal details a Chinese or English résumé prints as "label: value" (the parser keeps none of them).
_PERSONAL_LABELS = (
    r"性\s*别|出生年月|出生日期|出\s*生|生\s*日|年\s*龄|民\s*族|籍\s*贯|政治面貌|婚姻状况|婚\s*否"
    r"|(?<![A-Za-z])(?:Gender|Sex|Date of Birth|Birth ?date|Born|Age|Marital Status|Nationality)"
)
_PERSONAL = re.compile(
    rf"(?:{_PERSONAL_LABELS})\s*[:：]\s*[^|｜·•,，;；\n]{{1,24}}?(?=\s{{2,}}|\s*[|｜·•,，;；\n]|\s+\S+\s*[:：]|$)"
    r"|(?<!\d)\d{2}\s*岁",
    re.IGNORECASE | re.MULTILINE,
)
_LATIN = re.compile(r"[A-Za-z]")
_GLOSS = r"(?:[A-Z][A-Za-z.&'-]*\s){0,5}?(?:University|College|Institute|School|Academy)(?:\s+of(?:\s+[A-Z][A-Za-z&-]*){1,4})?"


@dataclass(frozen=True)
class BlindOptions:
    """What a blind review hides beyond identity and contacts."""

    schools: bool = False


def pseudonym(candidate_id: int) -> str:
    """'Candidate 7': stable, from the person's id."""
    return PSEUDONYM.format(number=candidate_id)


def file_label(index: int, file_name: str) -> str:
    """'document 2.pdf': a file name can carry the person's name, so a blind view numbers the files."""
    suffix = file_name.rpartition(".")[2].lower() if "." in file_name else "pdf"
    return f"document {index}.{suffix}"


@dataclass(frozen=True)
class Hidden:
    """One person's strings to hide: forms of the name, and everything else (contacts, details, schools)."""

    names: tuple[str, ...] = ()
    others: tuple[str, ...] = ()

    @cached_property
    def _pattern(self) -> re.Pattern[str] | None:
        phrases = self.phrases  # longest first: an address wins over the name inside it
        return re.compile("|".join(_phrase_pattern(p) for p in phrases), re.IGNORECASE) if phrases else None

    @cached_property
    def _name_keys(self) -> frozenset[str]:
        return frozenset(n.casefold() for n in self.names)

    @cached_property
    def phrases(self) -> tuple[str, ...]:
        """Every hidden string, longest first."""
        return tuple(sorted({*self.names, *self.others}, key=len, reverse=True))

    def shows(self, value: str) -> bool:
        """Whether *value* contains a hidden string, or any e-mail address or phone number."""
        return (self._pattern is not None and self._pattern.search(value) is not None) or bool(_contact_spans(value))

    def scrub(self, value: str, stand_in: str) -> str:
        """*value* with each form of the name replaced by *stand_in* (the pseudonym), the rest and any contact by a mask."""
        if not value:
            return value
        if self._pattern is not None:
            value = self._pattern.sub(lambda m: stand_in if m.group(0).casefold() in self._name_keys else MASK, value)
        for begin, end in reversed(_contact_spans(value)):  # a number printed only in a footer, a note quoting one
            value = value[:begin] + MASK + value[end:]
        return value


def _contact_spans(value: str) -> list[tuple[int, int]]:
    """Where *value* holds an e-mail address or a phone number, in order, not overlapping."""
    spans = sorted((f.begin, f.end) for find in (contacts.emails, contacts.phones) for f in find(value))
    kept: list[tuple[int, int]] = []
    for begin, end in spans:
        if not kept or begin >= kept[-1][1]:
            kept.append((begin, end))
    return kept


def _phrase_pattern(phrase: str) -> str:
    """A phrase as a regular expression: Latin text as whole words (Li is not in Linear), CJK anywhere."""
    escaped = re.escape(phrase)
    if _LATIN.search(phrase[:1]) or _LATIN.search(phrase[-1:]):
        return rf"(?<![A-Za-z0-9]){escaped}(?![A-Za-z0-9])"
    return escaped


def name_forms(name: str) -> list[str]:
    """The name, its given name and, for a Chinese name, its pinyin both ways round (许文哲: Wenzhe Xu, Xu Wenzhe)."""
    name = name.strip()
    if not name:
        return []
    forms = [name]
    compact = name.replace(" ", "")
    if cjk_count(compact) == len(compact) and len(compact) >= 2:
        surname_length = 2 if len(compact) == 4 else 1  # 欧阳娜娜: a compound surname
        if len(compact) - surname_length >= 2:
            forms.append(compact[surname_length:])
        from pypinyin import lazy_pinyin  # on first use only: loading its reading table takes ~0.1 s

        syllables = [s.replace("v", "u") for s in lazy_pinyin(compact)]
        family, given = "".join(syllables[:surname_length]).title(), "".join(syllables[surname_length:]).title()
        forms += [f"{given} {family}", f"{family} {given}", given]
    else:  # a Latin name's parts stand alone in footers and headers ("Raman — CV"); initials do not
        forms += [part for part in re.split(r"[\s,]+", name) if len(part.strip(".")) >= 2]
    return list(dict.fromkeys(forms))


def _own_author_names(profile: dict[str, Any], own: list[str]) -> list[str]:
    """The candidate as printed in their papers' author lists ('Xu W', 'W. Xu')."""
    found = []
    for paper in entries(profile, "publications"):
        listed = [str(a) for a in paper.get("x-authors") or [] if isinstance(a, str)]
        index = authors.own_index(listed, [], own)
        if index is not None:
            found.append(authors.plain(listed[index]))
    return found


def personal_details(document_text: str) -> list[str]:
    """Birth date, age, gender and the like as printed ('性别：男', 'Date of Birth: 1998-05')."""
    return [m.group(0).strip() for m in _PERSONAL.finditer(document_text)]


def page_contacts(document_text: str) -> list[str]:
    """Every e-mail, phone and link printed in a text (a footer's too), as printed."""
    return [f.value for find in (contacts.emails, contacts.phones, contacts.links) for f in find(document_text)]


def schools(profile: dict[str, Any]) -> list[str]:
    """The schools a profile names."""
    return [text(e.get("institution")) for e in entries(profile, "education") if text(e.get("institution"))]


def school_glosses(document_text: str, school: str) -> list[str]:
    """The English name printed right after a school's Chinese one (复旦大学 Fudan University, 北京大学（Peking University）)."""
    gloss = re.compile(rf"{re.escape(school)}\s*[（(]?\s*({_GLOSS})")
    return [m.group(1).strip() for m in gloss.finditer(document_text)] if cjk_count(school) else []


def hidden_strings(profiles: Iterable[dict[str, Any]], texts: Iterable[str] = (), options: BlindOptions = BlindOptions()) -> Hidden:
    """What to hide of a person, from their documents' profiles and texts."""
    profiles = list(profiles)
    names: list[str] = []
    others: list[str] = []
    for profile in profiles:
        basics = profile.get("basics") or {}
        name = text(basics.get("name"))
        label = text(basics.get("label"))
        romanised = bool(label and name and label != name and name_key(label) == name_key(name))  # 许文哲 / Wenzhe Xu
        own = [name] + ([label] if romanised else [])
        names += name_forms(name) + own[1:]  # not a romanisation's parts: a bare Xu is every co-author Xu
        names += _own_author_names(profile, [n for n in own if n])
        others += [text(v) for v in (basics.get("email"), basics.get("phone"), basics.get("url")) if text(v)]
        others += [text(v) for key in ("x-emails", "x-phones") for v in basics.get(key) or []]
        for item in basics.get("profiles") or []:
            if isinstance(item, dict):
                others += [text(item.get(k)) for k in ("url", "username") if text(item.get(k))]
        location = basics.get("location") or {}
        if isinstance(location, dict):  # a city alone is not hidden: 北京 would take 北京大学 with it
            others += [text(location.get(k)) for k in ("address", "postalCode") if text(location.get(k))]
        if options.schools:
            others += schools(profile)
    for document_text in texts:
        others += page_contacts(document_text) + personal_details(document_text)
        if options.schools:
            others += [g for profile in profiles for school in schools(profile) for g in school_glosses(document_text, school)]
    names = [n for n in dict.fromkeys(names) if n]
    return Hidden(tuple(names), tuple(o for o in dict.fromkeys(others) if o and o not in names))


def _scrubbed(value: Any, hidden: Hidden, stand_in: str) -> Any:
    if isinstance(value, str):
        return hidden.scrub(value, stand_in)
    if isinstance(value, list):
        return [_scrubbed(v, hidden, stand_in) for v in value]
    if isinstance(value, dict):
        return {k: v if k in (SOURCE_KEY, FIELD_SOURCES_KEY) else _scrubbed(v, hidden, stand_in) for k, v in value.items()}
    return value


def blind_profile(profile: dict[str, Any], hidden: Hidden, stand_in: str, options: BlindOptions = BlindOptions()) -> dict[str, Any]:
    """The profile as a blind reviewer may see it: the pseudonym for the name, no contacts, hidden strings masked."""
    blinded = copy.deepcopy(profile)
    basics = blinded.setdefault("basics", {})
    for key in CONTACT_FIELDS:
        basics.pop(key, None)
    basics["name"] = stand_in
    dropped = set(CONTACT_FIELDS) | {"name"}
    if isinstance(basics.get(FIELD_SOURCES_KEY), dict):
        basics[FIELD_SOURCES_KEY] = {k: v for k, v in basics[FIELD_SOURCES_KEY].items() if k not in dropped}
    if options.schools:
        for entry in entries(blinded, "education"):
            entry.pop("institution", None)
            if isinstance(entry.get(FIELD_SOURCES_KEY), dict):
                entry[FIELD_SOURCES_KEY].pop("institution", None)
    scrubbed: dict[str, Any] = _scrubbed(blinded, hidden, stand_in)
    return scrubbed


def person_hidden(library: Library, candidate_id: int, options: BlindOptions) -> Hidden:
    """What to hide of a person: from every one of their documents, each profile as edited and as parsed, and its text."""
    readings = library.profiles_and_texts(candidate_id)
    profiles = [profile for edited, parsed, _text in readings for profile in (edited, parsed)]
    texts = [text for _edited, _parsed, text in readings]
    # The list's name: the file name's stem when no document states a name (张伟_简历), hidden whole.
    shown = library.summary(candidate_id).display_name
    found = hidden_strings(profiles, texts, options)
    return Hidden(tuple(dict.fromkeys((*found.names, shown))), found.others)
