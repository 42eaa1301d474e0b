"""E-mail addresses, phone numbers and personal links, kept as printed."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from parsing import vocab

EMAIL = re.compile(r"(?<![\w.+-])[A-Za-z0-9][\w.+-]*@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}(?![\w-])")
# an address broken by a space at the "@" (text layers that split the line there): "xinghe.zhu@ example.com"
_SPLIT_EMAIL = re.compile(
    r"(?<![\w.+-])[A-Za-z0-9][\w.+-]*(?: @ ?| ?@ )[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}(?![\w-])"
)
_CN_MOBILE = r"(?:(?:\(\s*\+?86\s*\)|\+86|0086)[\s-]*)?1[3-9]\d(?:[\s-]?\d{4}){2}"
_INTERNATIONAL = r"(?:\(\s*\+\d{1,3}\s*\)|\+\d{1,3})[\s.-]*(?:\(\d{1,4}\)[\s.-]*)?\d{1,4}(?:[\s.-]*\d{2,5}){1,4}"
_NORTH_AMERICA = r"\(\d{3}\)[\s.-]*\d{3}[\s.-]\d{4}|\d{3}[.-]\d{3}[.-]\d{4}"
_CN_LANDLINE = r"0\d{2,3}-\d{7,8}"
PHONE = re.compile(rf"(?<![\w+(])(?:{_CN_MOBILE}|{_INTERNATIONAL}|{_NORTH_AMERICA}|{_CN_LANDLINE})(?![\w])")
_STOP = r"[^\s|,;，；、<>\"'()（）]"
_DOMAIN = r"[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.(?:com|org|net|io|me|dev|cn|edu|ai|site|page)"


@cache
def _url() -> re.Pattern[str]:
    hosts = "|".join(rf"{re.escape(host)}(?:\.[a-z]{{2,3}})*" for host in vocab.networks())
    return re.compile(
        rf"(?:https?://|www\.){_STOP}+"  # any link printed with its scheme
        rf"|(?<![\w@.])(?:www\.)?(?:{hosts})/{_STOP}+"  # a profile link without it
        rf"|(?<![\w@.])[\w-]+\.github\.io(?:/{_STOP}*)?"  # a GitHub Pages homepage
        rf"|(?<=[:：])\s*(?<![\w@.]){_DOMAIN}(?:/{_STOP}*)?(?![\w@])",  # "主页: name.example.com"
        re.IGNORECASE,
    )


@dataclass(frozen=True, slots=True)
class Found:
    """A contact value and where it sits in the text."""

    value: str
    begin: int
    end: int


def emails(text: str) -> list[Found]:
    """E-mail addresses in *text* (one broken by a space at its "@" is given without it)."""
    found = [Found(m.group(0), m.start(), m.end()) for m in EMAIL.finditer(text)]
    if "@" in text and not found:
        found = [Found(m.group(0).replace(" ", ""), m.start(), m.end()) for m in _SPLIT_EMAIL.finditer(text)]
    return found


def phones(text: str) -> list[Found]:
    """Phone numbers in *text* (Chinese mobiles with or without +86, international, North American)."""
    out = []
    for m in PHONE.finditer(text):
        value = m.group(0).strip(" -.")
        digits = re.sub(r"\D", "", value)
        if 7 <= len(digits) <= 15:
            out.append(Found(value, m.start(), m.start() + len(value)))
    return out


def links(text: str) -> list[Found]:
    """Web links in *text*; an address inside an e-mail is never a link."""
    masked = EMAIL.sub(lambda m: " " * len(m.group(0)), text)
    out = []
    for m in _url().finditer(masked):
        value = m.group(0).strip().rstrip(".,:;!?)]}。，")
        begin = m.start() + m.group(0).index(value[:1]) if value else m.start()
        if "." in value.split("//")[-1]:
            out.append(Found(value, begin, begin + len(value)))
    return out


def network(url: str) -> str | None:
    """The social network a link belongs to, or None for a personal homepage."""
    lower = url.lower()
    host = re.sub(r"^(?:https?://)?(?:www\.)?", "", lower).split("/")[0]
    for domain, name in vocab.networks().items():
        if host == domain or host.endswith("." + domain) or host.startswith(domain + "."):
            return name
    return None


def username(url: str) -> str | None:
    """The account name in a profile link (github.com/NAME, linkedin.com/in/NAME)."""
    path = re.sub(r"^(?:https?://)?[^/]+/?", "", url).strip("/")
    parts = [p for p in path.split("/") if p and p not in ("in", "u", "people", "citations")]
    return parts[0] if parts else None
