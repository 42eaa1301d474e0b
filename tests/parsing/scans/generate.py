"""Writes the scan the OCR tests read: a bundled sample's first page as a flatbed scanner gives it.

    python -m tests.parsing.scans.generate

150 dpi, 8-bit grey, turned by a third of a degree, with a sprinkle of dust: small enough to
commit, and not the clean rendering OCR would find too easy.  Deterministic (a seeded generator).
"""

from __future__ import annotations

from pathlib import Path

import numpy
import pymupdf
from PIL import Image

from tests.fixtures import sample_path

SCANS = Path(__file__).parent
SAMPLE = "en_ml"  # one page; its text layer parses to its truth
SCAN = SCANS / "en_ml_scan.png"
DPI = 150
TURN = 0.35  # degrees, anticlockwise: a sheet laid not quite square on the glass
DUST = 400  # dark specks on the page


def scan_image() -> Image.Image:
    """The sample's first page, rendered, turned and dusted."""
    with pymupdf.open(sample_path(SAMPLE)) as pdf:
        pixmap = pdf[0].get_pixmap(dpi=DPI, colorspace=pymupdf.csGRAY, alpha=False)
        page = Image.frombytes("L", (pixmap.width, pixmap.height), pixmap.samples)
    turned = page.rotate(TURN, resample=Image.Resampling.BICUBIC, fillcolor=255)
    pixels = numpy.array(turned)
    random = numpy.random.default_rng(16)
    ys, xs = random.integers(0, pixels.shape[0], DUST), random.integers(0, pixels.shape[1], DUST)
    pixels[ys, xs] = random.integers(40, 160, DUST)
    return Image.fromarray(pixels, "L")


def main() -> None:
    scan_image().save(SCAN, "PNG", optimize=True)
    print(SCAN)


if __name__ == "__main__":
    main()
