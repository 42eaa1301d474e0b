"""The producer corpus (tests/corpus) is whole, split by its rule, and its truths carry the publication details."""

from __future__ import annotations

from collections import Counter

import pytest

from tests.corpus.harness import CORPUS, SUFFIXES, documents, truth_of
from tests.corpus.split import HELDOUT_LAYOUTS, HELDOUT_PEOPLE, SPLITS, split_of
from tests.parsing.publication_score import publication_details

DOCUMENTS = {split: documents(split) for split in SPLITS}
EVERY = [path for paths in DOCUMENTS.values() for path in paths]
TRUTHS = {path: truth_of(path) for path in EVERY}
KEYS = {"lang", "name", "emails", "phones", "links", "education", "work", "publications", "awards", "skills", "sections",
        "person", "layout", "producer"}
PAPER_VALUES = {
    "status": {"published", "accepted", "under-review", "submitted", "revision", "preprint", "in-press"},
    "track": {"main", "workshop", "findings", "demo", "student"},
    "presentation": {"oral", "spotlight", "poster", None},
    "authorPosition": {"first", "co-first", "corresponding", "other", None},
}


def test_the_corpus_has_enough_people_layouts_and_formats() -> None:
    people = {t["person"]: t for t in TRUTHS.values()}
    researchers = [t for t in people.values() if t["lang"] == "zh" and t["publications"]]
    assert len(EVERY) >= 120
    assert len(people) >= 30 and len(researchers) >= len(people) / 2
    assert len({t["layout"] for t in TRUTHS.values()}) >= 15
    assert {t["producer"] for t in TRUTHS.values()} >= {"xelatex", "libreoffice", "chromium"}
    assert {path.suffix for path in EVERY} == set(SUFFIXES)
    assert 0.25 <= len(DOCUMENTS["heldout"]) / len(EVERY) <= 0.45


def test_each_document_sits_in_the_split_its_rule_names() -> None:
    for split, paths in DOCUMENTS.items():
        for path in paths:
            truth = TRUTHS[path]
            assert path.stem == f"{truth['person']}_{truth['layout']}"
            assert split_of(truth["person"], truth["layout"]) == split, path.name
    tuned = [TRUTHS[path] for path in DOCUMENTS["tune"]]
    held = [TRUTHS[path] for path in DOCUMENTS["heldout"]]
    assert HELDOUT_LAYOUTS <= {t["layout"] for t in held} and not HELDOUT_LAYOUTS & {t["layout"] for t in tuned}
    assert HELDOUT_PEOPLE <= {t["person"] for t in held} and not HELDOUT_PEOPLE & {t["person"] for t in tuned}


@pytest.mark.parametrize("split", SPLITS)
def test_every_document_has_its_truth_and_nothing_else_is_there(split: str) -> None:
    names = {path.name for path in (CORPUS / split).iterdir()}
    paths = DOCUMENTS[split]
    assert names == {p.name for p in paths} | {f"{p.stem}.truth.json" for p in paths}


def test_truths_carry_the_publication_details_in_their_vocabularies() -> None:
    seen: dict[str, Counter[object]] = {key: Counter() for key in PAPER_VALUES}
    for path, truth in TRUTHS.items():
        assert set(truth) == KEYS, path.name
        for paper in truth["publications"]:
            for key, allowed in PAPER_VALUES.items():
                assert paper[key] in allowed, (path.name, paper["title"], key)
                seen[key][paper[key]] += 1
            assert (paper["authors"] is None) == (paper["authorPosition"] is None), (path.name, paper["title"])
    for key, allowed in PAPER_VALUES.items():
        assert set(seen[key]) == allowed, f"no paper with every {key}"


def test_the_publication_score_credits_each_detail() -> None:
    truth = {
        "publications": [
            {"title": "Sparse Attention for Long-Context Language Models", "authors": ["Wei Li", "Ann Lee"],
             "authorPosition": "first", "venue": "ICLR", "year": 2025, "status": "accepted", "track": "main"},
            {"title": "Calibrated Decoding without Labeled Data", "authors": None, "authorPosition": None,
             "venue": None, "year": None, "status": "under-review", "track": "main"},
        ]
    }
    profile = {
        "publications": [
            {"name": "Sparse Attention for Long-Context Language Models.", "x-authors": ["Wei Li*", "Ann Lee"],
             "x-authorPosition": "first", "x-venue": "ICLR", "releaseDate": "2025", "x-status": "published", "x-track": "main"},
            {"name": "A Reviewer for TKDE", "x-venue": "TKDE"},
        ]
    }
    details = publication_details(profile, truth)
    # one paper of two matched, out of two parsed: each right detail is worth 2 × 1 / (2 + 2)
    assert details == {"title": 0.5, "authors": 0.5, "authorPosition": 0.5, "venue": 0.5, "year": 0.5, "status": 0.0, "track": 0.5}
    assert publication_details({}, {"publications": []}) == {}
