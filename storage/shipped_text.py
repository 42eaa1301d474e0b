"""The Chinese text of the data Shortlist ships (default rubric, topic lexicon), looked up by its English text.

The library stores the English text; the UI shows the Chinese one in its Chinese language for as
long as the stored text is still the shipped one (a label the reviewer edited is shown as edited).
"""

from __future__ import annotations

from functools import cache
from typing import Any

from storage.review import shipped_rubrics
from storage.suggestions import lexicon


def _pairs(item: dict[str, Any], *fields: str) -> list[tuple[str, str]]:
    """(English, Chinese) for each field that has a `<field>_zh` twin; lists pair item by item."""
    pairs: list[tuple[str, str]] = []
    for field in fields:
        english, chinese = item.get(field), item.get(f"{field}_zh")
        if isinstance(english, list) and isinstance(chinese, list):
            pairs += [(str(e), str(c)) for e, c in zip(english, chinese, strict=True)]
        elif english and chinese:
            pairs.append((str(english), str(chinese)))
    return pairs


@cache
def chinese_text() -> dict[str, str]:
    """Shipped English text → its Chinese: rubric names, descriptions, area labels and levels; topic names."""
    pairs: list[tuple[str, str]] = []
    for rubric in shipped_rubrics():
        pairs += _pairs(rubric, "name", "description")
        for area in rubric.get("areas", []):
            pairs += _pairs(area, "label", "description", "levels")
    for topic in lexicon():
        pairs += _pairs(topic, "name")
    return dict(pairs)
