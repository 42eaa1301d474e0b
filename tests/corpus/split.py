"""Which documents are held out: every document of a held-out person and every document of a held-out layout."""

from __future__ import annotations

SPLITS = ("tune", "heldout")
HELDOUT_PEOPLE = frozenset({"p04", "p11", "p18", "p25", "p32"})  # every seventh person, whatever the language
HELDOUT_LAYOUTS = frozenset({"mcv_banking", "tex_leftheads", "lo_tabstops", "html_grid"})  # one per producer family


def split_of(person: str, layout: str) -> str:
    """'heldout' or 'tune' for the document of *person* in *layout*; the rule never changes once published."""
    return "heldout" if person in HELDOUT_PEOPLE or layout in HELDOUT_LAYOUTS else "tune"
