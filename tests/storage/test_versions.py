"""Differences between the versions of one person's résumé: degree, dates, papers."""

from __future__ import annotations

from storage.versions import VersionDifference, differences
from tests.conftest import make_profile

CHINESE = make_profile(
    "王思远",
    education=[{"institution": "清华大学", "studyType": "博士", "startDate": "2018-09", "endDate": "2023-06"}],
    work=[{"name": "字节跳动", "startDate": "2023-07"}],
    publications=[{"name": "Scaling Laws for Sparse Experts"}, {"name": "Long-Context Retrieval"}],
)


def test_versions_that_agree_show_no_difference() -> None:
    english = make_profile(
        "Siyuan Wang",
        education=[{"institution": "Tsinghua University", "studyType": "Ph.D.", "startDate": "2018", "endDate": "2023"}],
        work=[{"name": "ByteDance", "startDate": "2023-07"}],
        publications=[{"name": "Long-context retrieval"}, {"name": "Scaling laws for sparse experts."}],
    )
    assert differences(CHINESE, [("en.pdf", english)]) == []


def test_a_different_degree_dates_and_a_missing_paper_are_marked() -> None:
    english = make_profile(
        "Siyuan Wang",
        education=[{"institution": "Tsinghua University", "studyType": "M.S.", "startDate": "2018", "endDate": "2021-06"}],
        work=[{"name": "ByteDance", "startDate": "2023-07"}],
        publications=[{"name": "Scaling Laws for Sparse Experts"}, {"name": "A Third Paper"}],
    )
    assert differences(CHINESE, [("en.pdf", english)]) == [
        VersionDifference(("education", 0, "endDate"), "en.pdf", "2021-06"),
        VersionDifference(("education", 0, "studyType"), "en.pdf", "M.S."),
        VersionDifference(("publications", 1, "name"), "en.pdf", ""),
        VersionDifference(("publications",), "en.pdf", "A Third Paper"),
    ]


def test_a_version_without_papers_says_nothing_about_them() -> None:
    assert differences(CHINESE, [("short.pdf", make_profile("王思远"))]) == []
