"""A generated scan of a bundled sample, read by the real OCR engine, parses nearly as well as the sample's text layer."""

from __future__ import annotations

from statistics import mean

import numpy
import pytest
from PIL import Image

from parsing import load_document, parse
from tests.fixtures import sample_path, sample_truth
from tests.parsing.scans.generate import SAMPLE, SCAN, scan_image
from tests.parsing.truth_score import score


def test_the_committed_scan_is_what_its_script_makes() -> None:
    with Image.open(SCAN) as committed:
        assert committed.mode == "L"
        assert numpy.array_equal(numpy.asarray(committed), numpy.asarray(scan_image()))


@pytest.mark.ocr
def test_a_scan_of_a_sample_parses_within_a_tenth_of_its_text_layer() -> None:
    truth = sample_truth(SAMPLE)
    printed = mean(score(parse(load_document(sample_path(SAMPLE))).to_json_resume(), truth).values())
    scanned = mean(score(parse(load_document(SCAN)).to_json_resume(), truth).values())
    assert printed - scanned <= 0.10, f"text layer {printed:.3f}, scan {scanned:.3f}"
