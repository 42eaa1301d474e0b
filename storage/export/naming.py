"""Safe, unique file names for exported candidates (Chinese kept; separators, controls, reserved names not)."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Container
from pathlib import Path

# Characters no file system (Windows included) accepts in a name, and ASCII control characters.
_FORBIDDEN = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f]')
# Names Windows reserves whatever the extension (CON.pdf is as bad as CON); its serial and
# parallel ports take the digits 0-9 and the superscripts ¹ ² ³ (COM¹ is a device too).
_RESERVED = {"con", "prn", "aux", "nul", "conin$", "conout$"} | {
    f"{p}{n}" for p in ("com", "lpt") for n in [*"0123456789", "¹", "²", "³"]
}
# Bytes of UTF-8 (file systems count bytes: a Chinese character is three); leaves room under the
# usual 255-byte limit for " (12)", a suffix and the temporary name used while writing.
MAX_STEM_BYTES = 180
FALLBACK_STEM = "candidate"


def safe_stem(name: str) -> str:
    """*name* made usable as a file name stem on any system; never empty."""
    text = unicodedata.normalize("NFC", name)
    # Format characters (bidi overrides, zero-width) can disguise a name; other categories are real text.
    text = "".join(ch for ch in text if unicodedata.category(ch) not in ("Cc", "Cf"))
    text = _FORBIDDEN.sub(" ", text)
    text = re.sub(r"\s+", " ", text).strip(" .")  # Windows drops trailing dots and spaces
    text = text.encode()[:MAX_STEM_BYTES].decode(errors="ignore").rstrip(" .")
    if not text:
        return FALLBACK_STEM
    if text.split(".")[0].strip().lower() in _RESERVED:
        text = f"_{text}"
    return text


def unique_path(folder: Path, stem: str, suffix: str, taken: Container[str] = ()) -> Path:
    """folder/stem+suffix, numbered " (2)", " (3)"… when that name exists or is in *taken* (case-insensitive)."""
    stem = safe_stem(stem)
    number = 1
    while True:
        name = f"{stem}{suffix}" if number == 1 else f"{stem} ({number}){suffix}"
        path = folder / name
        if name.casefold() not in taken and not path.exists():
            return path
        number += 1
