"""The review vocabulary stored in the library: statuses, recommendations, highlight colours."""

from __future__ import annotations

STATUSES: dict[str, str] = {
    "new": "New",
    "reviewing": "Reviewing",
    "shortlisted": "Shortlisted",
    "interview": "Interview",
    "offer": "Offer",
    "rejected": "Rejected",
    "on_hold": "On hold",
}

RECOMMENDATIONS: dict[str, str] = {
    "strong_no": "Strong no",
    "no": "No",
    "yes": "Yes",
    "strong_yes": "Strong yes",
}
NO_DECISION = "No decision"  # the label of an unset recommendation

# Zotero's eight highlight colours, with the category each one means until the reviewer renames it.
HIGHLIGHT_COLORS: tuple[tuple[str, str], ...] = (
    ("#ffd400", "Strength"),
    ("#ff6666", "Concern"),
    ("#5fb236", "Verified"),
    ("#2ea8e5", "Question"),
    ("#a28ae5", "Verify"),
    ("#e56eee", "Publication"),
    ("#f19837", "Follow up"),
    ("#aaaaaa", "Other"),
)


def status_label(key: str) -> str:
    """The display label of a status key (unknown keys shown as stored)."""
    return STATUSES.get(key, key)


def recommendation_label(key: str | None) -> str:
    """The display label of a recommendation key ('No decision' for None; unknown keys as stored)."""
    return RECOMMENDATIONS.get(key, key) if key else NO_DECISION

RATING_LABELS: dict[int, str] = {
    1: "Definitely not",
    2: "No",
    3: "Mixed",
    4: "Yes",
    5: "Strong yes",
}

TAG_KINDS: dict[str, str] = {"strength": "Strength", "concern": "Concern"}

# The colour a new tag gets by kind (the reviewer can recolour it).
TAG_COLORS: dict[str, str] = {"strength": "#4caf50", "concern": "#e53935"}
