"""Fuzz: a review export with any one value replaced is restored whole and exports again, or is refused in one line
with nothing written."""

from __future__ import annotations

import json
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from storage.export import FORMATS, render
from storage.library import Library
from storage.review_import import import_review
from tests.storage.test_export import pdf, reviewed
from tests.storage.test_review_import import export, state

__all__ = ["export", "pdf", "reviewed"]

# Any JSON value, with numbers far out of range, non-finite floats and nesting.
JSON_VALUES = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(min_value=-(10**40), max_value=10**40)
    | st.floats(allow_nan=True, allow_infinity=True)
    | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3),
    max_leaves=8,
)


def value_paths(value: Any, prefix: tuple[str | int, ...] = ()) -> Iterator[tuple[str | int, ...]]:
    """The path of every value inside *value*, itself first."""
    yield prefix
    items = value.items() if isinstance(value, dict) else enumerate(value) if isinstance(value, list) else ()
    for key, inner in items:
        yield from value_paths(inner, (*prefix, key))


def replaced(export: dict[str, Any], path: tuple[str | int, ...], new: Any) -> bytes:
    """The export's bytes with the value at *path* replaced by *new*."""
    spoiled = json.loads(json.dumps(export))
    parent = spoiled
    for key in path[:-1]:
        parent = parent[key]
    parent[path[-1]] = new
    return json.dumps(spoiled, ensure_ascii=False, allow_nan=True).encode()


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_a_mutated_review_export_is_restored_whole_or_refused_in_one_line(export: dict[str, Any], data: st.DataObject) -> None:
    path = data.draw(st.sampled_from(list(value_paths(export))[1:]), label="path")
    payload = replaced(export, path, data.draw(JSON_VALUES, label="value"))
    with tempfile.TemporaryDirectory() as folder:
        library = Library(Path(folder) / "fuzz.shortlist")
        try:
            empty = state(library)
            outcome = import_review(library, payload, "fuzz.json")
            if outcome.status == "failed":
                assert outcome.message and "\n" not in outcome.message
                assert state(library) == empty  # nothing half-restored
            else:
                assert outcome.status == "imported" and outcome.candidate_id is not None
                for fmt in FORMATS:  # a restored candidate exports again in every format
                    assert render(library, outcome.candidate_id, fmt)
        finally:
            library.close()
