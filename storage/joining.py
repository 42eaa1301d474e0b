"""Storing an imported document: with the person it shares an e-mail or phone with, else as a new person."""

from __future__ import annotations

from typing import Any

from storage import people
from storage.library import Library
from storage.records import ImportOutcome


def add_document(library: Library, source: str, profile: dict[str, Any], text: str, **document: Any) -> ImportOutcome:
    """Store a parsed document; the outcome says whom it joined, or which people share only its name."""
    shared, same_name = people.matches(profile, library.matching_keys())
    owners = library.people_of(shared + same_name)
    joined = sorted({owners[d] for d in shared if d in owners})
    person_id = joined[0] if joined else None  # sharing contacts with several people: the first imported
    named = sorted({owners[d] for d in same_name if d in owners})
    suggested = tuple(
        other for other in named
        if any(people.share_organization((profile, text), stored) for stored in library.matching_documents(other))
    )
    candidate_id, created = library.add_candidate(profile=profile, text=text, person_id=person_id, **document)
    if not created:
        return ImportOutcome(source, "duplicate", candidate_id, "already in the library")
    return ImportOutcome(source, "imported", candidate_id, joined=person_id is not None, suggested=suggested)
