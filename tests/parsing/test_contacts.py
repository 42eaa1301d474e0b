"""Phones, e-mails and links as printed; a link is never cut out of an e-mail address."""

from __future__ import annotations

import pytest

from parsing.contacts import emails, links, network, phones, username


@pytest.mark.parametrize(
    "text",
    [
        "(+86) 138-0000-4172",
        "+86 137-0000-6290",
        "13900001827",
        "152-0000-9134",
        "+86-186 0000 3301",
        "+1 (555) 014-2287",
        "+44 20 7946 0311",
        "+1 555 013 9902",
        "(555) 010-7734",
    ],
)
def test_phones_kept_as_printed(text: str) -> None:
    assert [p.value for p in phones(f"电话:{text} · 邮箱")] == [text]


@pytest.mark.parametrize("text", ["2020.09-2023.06", "申请号: 202310000000.X", "CTR +0.8%", "GPA 3.78/4.0", "1998.11"])
def test_numbers_that_are_not_phones(text: str) -> None:
    assert phones(text) == []


def test_emails() -> None:
    found = emails("Email: lwj.research@example.com | 邮箱:qygu21@example.edu.cn.")
    assert [e.value for e in found] == ["lwj.research@example.com", "qygu21@example.edu.cn"]


def test_links_never_come_out_of_an_email() -> None:
    text = (
        "hansy@github.com · https://github.com/example-xzw · linkedin.com/in/example-moneill · 主页: xclu.example.com"
    )
    assert [link.value for link in links(text)] == [
        "https://github.com/example-xzw",
        "linkedin.com/in/example-moneill",
        "xclu.example.com",
    ]


def test_link_offsets_point_at_the_link() -> None:
    text = "GitHub: https://github.com/example-lwj."
    (link,) = links(text)
    assert text[link.begin : link.end] == link.value == "https://github.com/example-lwj"


def test_networks_and_usernames() -> None:
    assert network("https://github.com/example-lwj") == "GitHub"
    assert network("https://www.linkedin.com/in/someone") == "LinkedIn"
    assert network("https://scholar.google.com/citations?user=abc") == "Google Scholar"
    assert network("https://qygu.example.com") is None
    assert username("https://www.linkedin.com/in/someone") == "someone"
