"""Benchmark (not a test): the parser on the producer corpus (tests/corpus), per field and per paper detail, both splits.

Prints the per-field table (tuning and held-out split side by side), the publication-detail table of
issue #11, the overall score per layout, and the median milliseconds per document for load_document + parse.  Run with `make bench`.
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from tests.corpus.harness import Scored, detail_means, documents, field_means, scored, table  # noqa: E402
from tests.corpus.split import SPLITS  # noqa: E402


def main() -> None:
    results: dict[str, list[Scored]] = {}
    timings: list[float] = []
    for split in SPLITS:
        results[split] = []
        for path in documents(split):
            start = time.perf_counter()
            results[split].append(scored(path))
            timings.append((time.perf_counter() - start) * 1000)
    counts = ", ".join(f"{split} {len(found)}" for split, found in results.items())
    print(f"\nProducer corpus ({counts} documents): per-field scores")
    print(table({split: field_means(found) for split, found in results.items()}))
    print("\nPublication details (issue #11), documents with papers")
    print(table({split: detail_means(found) for split, found in results.items()}))
    layouts = sorted({r.truth["layout"] for found in results.values() for r in found})
    print("\nOverall per layout (mean of the documents' field means)")
    print(table({split: {
        layout: field_means(chosen)["overall"]
        for layout in layouts
        if (chosen := [r for r in found if r.truth["layout"] == layout])
    } for split, found in results.items()}, label="layout"))
    print(f"\nload_document + parse + scoring: median {statistics.median(timings):.1f} ms/document, total {sum(timings) / 1000:.1f} s")


if __name__ == "__main__":
    main()
