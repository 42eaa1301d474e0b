"""Dates and ranges in every format résumés print, normalised to YYYY / YYYY-MM / present."""

from __future__ import annotations

import pytest

from parsing.dates import find_dates, first_range, is_date_only, latest_year


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("2021.9 - 至今", "2021-09", "present"),
        ("2023.11-至今", "2023-11", "present"),
        ("2021.09 -- 2025.06", "2021-09", "2025-06"),
        ("2025 年 11 月 - 至今", "2025-11", "present"),
        ("2019年9月至2023年6月", "2019-09", "2023-06"),
        ("Sep. 2023 – Mar. 2024", "2023-09", "2024-03"),
        ("September 2019 - June 2023", "2019-09", "2023-06"),
        ("Summer 2012 – Fall 2013", "2012", "2013"),
        ("2019–Present", "2019", "present"),
        ("03/2021 - now", "2021-03", "present"),
        ("06/2020 – Present", "2020-06", "present"),
        ("2017 – 2021", "2017", "2021"),
        ("2018-2022", "2018", "2022"),
        ("2023.09—2026.06", "2023-09", "2026-06"),
        ("2024.3 - NOW", "2024-03", "present"),
        ("2020/09 ~ 2024/06", "2020-09", "2024-06"),
        ("Jan 2022 to Current", "2022-01", "present"),
        ("2023.08.06 - 2023.08.10, 美国长滩", "2023-08", "2023-08"),
        ("2022年九月 – 2026年六月(预计)", "2022-09", "2026-06"),
        ("2019年十二月—2020年十一月", "2019-12", "2020-11"),
        ("Sept 2019 - June 2023", "2019-09", "2023-06"),
        ("2021/09-now", "2021-09", "present"),
        ("2020 – 2022 (expected)", "2020", "2022"),
    ],
)
def test_ranges(text: str, start: str, end: str) -> None:
    span = first_range(text)
    assert span is not None
    assert (span.start, span.end) == (start, end)


@pytest.mark.parametrize(
    ("text", "value"),
    [("2020.1", "2020-01"), ("Oct 2023", "2023-10"), ("2022", "2022"), ("2019 年", "2019"), ("Summer 2012", "2012")],
)
def test_single_dates(text: str, value: str) -> None:
    found = find_dates(text)
    assert [(d.start, d.end) for d in found] == [(value, None)]


def test_a_range_printed_backwards_is_put_in_order() -> None:
    span = first_range("2023.06 - 2021.09")
    assert span is not None and (span.start, span.end) == ("2021-09", "2023-06")


@pytest.mark.parametrize("text", ["arXiv:2502.01234", "3.78/4.0", "138-0000-4172", "7B 参数", "CET-6(586)", "12/34"])
def test_numbers_that_are_not_dates(text: str) -> None:
    assert not [d for d in find_dates(text) if d.start.startswith(("25", "41", "34"))]
    assert first_range(text) is None


def test_latest_of_several_years() -> None:
    assert latest_year("2023, 2024") == "2024"
    assert latest_year("no year here") is None


def test_date_only_cells() -> None:
    assert is_date_only("2021.9 - 至今")
    assert is_date_only("06/2020 -")
    assert not is_date_only("2024国家奖学金")


def test_a_cell_that_begins_with_yue_after_the_dates_keeps_it() -> None:
    # 月之暗面 in the cell after "2026.09": the 月 is the company's, not the month's sign
    text = "2025.03—2026.09\t月之暗面\t机器学习工程师"
    found = find_dates(text)
    assert [(d.start, d.end) for d in found] == [("2025-03", "2026-09")]
    assert text[found[0].stop :].strip().startswith("月之暗面")
