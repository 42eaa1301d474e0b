"""Which person a new document belongs to: joined on a shared e-mail or phone, suggested on a shared name.

A name alone never joins (two people share a name); it is suggested when a school or employer of
one document also appears in the other, and a Chinese name matches its pinyin in either order
(王思远 = Siyuan Wang = Wang Siyuan = WANG Si-Yuan).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from typing import Any

from parsing.cjk import cjk_count
from storage import profile_facts

_SEPARATORS = re.compile(r"[\s\-.,·•_]+")
_CN_MOBILE = re.compile(r"1[3-9]\d{9}")


def _texts(values: Any) -> list[str]:
    return [str(v).strip() for v in values if isinstance(v, str) and str(v).strip()]


def _basics(profile: dict[str, Any]) -> dict[str, Any]:
    basics = profile.get("basics")
    return basics if isinstance(basics, dict) else {}


def email_key(email: str) -> str:
    """An e-mail address as compared: trimmed, lower case."""
    return email.strip().strip("<>").casefold()


def phone_key(phone: str) -> str:
    """A phone number as compared: its digits, without the +86 / 0086 country code of a Chinese number."""
    digits = re.sub(r"\D", "", phone)
    for prefix in ("0086", "86"):
        rest = digits.removeprefix(prefix)
        if rest != digits and _CN_MOBILE.fullmatch(rest):
            return rest
    return digits


def contact_keys(profile: dict[str, Any]) -> frozenset[str]:
    """Every e-mail and phone a profile states, normalised ("email:…", "phone:…")."""
    basics = _basics(profile)
    emails = _texts([basics.get("email"), *(basics.get("x-emails") or [])])
    phones = _texts([basics.get("phone"), *(basics.get("x-phones") or [])])
    keys = {f"email:{email_key(e)}" for e in emails if "@" in e}
    keys |= {f"phone:{key}" for key in map(phone_key, phones) if len(key) >= 7}
    return frozenset(keys)


@cache
def name_key(name: str) -> frozenset[str]:
    """A name as compared, order-free: 王思远, Siyuan Wang and Wang Si-Yuan all give {wang, siyuan}."""
    name = name.strip()
    if not name:
        return frozenset()
    if cjk_count(name) == len(name.replace(" ", "")):
        from pypinyin import lazy_pinyin  # on first use only: loading its reading table takes ~0.1 s

        syllables = [s.replace("v", "u") for s in lazy_pinyin(name.replace(" ", ""))]
        if len(syllables) < 2:
            return frozenset({name})
        surname_length = 2 if len(syllables) == 4 else 1  # 欧阳娜娜: a compound surname
        return frozenset({"".join(syllables[:surname_length]), "".join(syllables[surname_length:])})
    tokens = [t for t in re.split(r"[\s,]+", name.casefold()) if t]
    return frozenset("".join(_SEPARATORS.split(t)) for t in tokens)


def organizations(profile: dict[str, Any]) -> list[str]:
    """The schools and employers a profile names."""
    names = [e.get("institution") for e in profile_facts.entries(profile, "education")]
    names += [e.get("name") for e in profile_facts.entries(profile, "work")]
    return list(dict.fromkeys(_texts(names)))


def _squeezed(value: str) -> str:
    return _SEPARATORS.sub("", value).casefold()


def share_organization(first: tuple[dict[str, Any], str], second: tuple[dict[str, Any], str]) -> bool:
    """Whether a school or employer of one (profile, document text) appears in the other's profile or text.

    The text counts because a résumé often glosses its schools (清华大学 (Tsinghua University)).
    """
    for (profile, _), (other_profile, other_text) in ((first, second), (second, first)):
        haystack = _squeezed(other_text + " " + " ".join(organizations(other_profile)))
        if any(len(key) >= 4 and key in haystack for key in map(_squeezed, organizations(profile))):
            return True
    return False


@dataclass(frozen=True)
class Known:
    """What the library knows of one stored document, for matching: its id, contacts and name."""

    document_id: int
    contacts: frozenset[str]
    name: frozenset[str]


def known(document_id: int, basics: dict[str, Any]) -> Known:
    """A stored document's matching keys from its profile's basics."""
    profile = {"basics": basics}
    return Known(document_id, contact_keys(profile), name_key(str(basics.get("name") or "")))


def matches(profile: dict[str, Any], stored: Iterable[Known]) -> tuple[list[int], list[int]]:
    """The stored documents sharing a contact with *profile*, and (when none does) those sharing only its name."""
    contacts = contact_keys(profile)
    shared = [k.document_id for k in stored if contacts & k.contacts]
    if shared:
        return shared, []
    name = name_key(str(_basics(profile).get("name") or ""))
    return [], [k.document_id for k in stored if name and k.name == name]
