"""Full-text search over document text, profile and notes, Chinese included.

SQLite's unicode61 tokenizer treats a run of CJK characters as one token, so 大模型 inside a
sentence would never match.  We index CJK text one character per token and turn every CJK query
term into a phrase query, which matches those characters consecutively: a substring search for
Chinese, while Latin words keep word and prefix matching and bm25 ranking.

A query is bounded (its first characters and distinct terms: each term costs a pass over the index)
and can be cancelled between SQLite steps, so a search replaced by a newer keystroke stops at once.
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Callable
from typing import Any, cast

from sqlalchemy import text
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from parsing.cjk import IDEOGRAPHS
from parsing.profile import PROVENANCE_KEYS

MAX_QUERY_CHARS = 200  # a pasted page is cut here; nobody types more
MAX_QUERY_TERMS = 12  # distinct terms searched; the rest of a longer query is ignored
CANCEL_CHECK_STEPS = 100  # SQLite virtual-machine steps between two looks at `cancelled`
# More matches than this are listed in library order: ranking thousands of matches of one letter costs a
# keystroke's whole budget (30 ms at 10,000 candidates) and orders nothing a reviewer reads.
RANKED_MATCHES = 2_000
_UNRANKED = text("SELECT rowid FROM search_index WHERE search_index MATCH :q")
_RANKED = text("SELECT rowid FROM search_index WHERE search_index MATCH :q ORDER BY bm25(search_index, 1.0, 2.0, 2.0)")

_CJK = re.compile(rf"([\u2e80-\u2fdf\u3040-\u30ff\uac00-\ud7af{IDEOGRAPHS}])")


def index_text(value: str) -> str:
    """Text as stored in the index: every CJK character its own token."""
    return _CJK.sub(r" \1 ", value)


class SearchCancelled(Exception):
    """A search stopped because the caller no longer wants its result."""


def fts_query(query: str) -> str:
    """Turn what the user typed into an FTS5 query: every term must match, prefixes allowed (bounded)."""
    phrases: list[str] = []
    for term in query[:MAX_QUERY_CHARS].split():
        spaced = " ".join(index_text(term).split()).replace('"', " ")
        phrase = f'"{spaced}"*'
        if spaced.strip() and phrase not in phrases:
            phrases.append(phrase)
            if len(phrases) == MAX_QUERY_TERMS:
                break
    return " ".join(phrases)


def profile_text(profile: dict[str, Any]) -> str:
    """All human-readable values of a profile, without provenance, for the index."""
    parts: list[str] = []

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            for key, value in node.items():
                if key not in PROVENANCE_KEYS:
                    walk(value)
        elif isinstance(node, list):
            for item in node:
                walk(item)
        elif isinstance(node, str):
            parts.append(node)
        elif isinstance(node, (int, float)) and not isinstance(node, bool):
            parts.append(json.dumps(node))

    walk(profile)
    return "\n".join(parts)


def reindex(session: Session, candidate_id: int, document: str, profile: str, notes: str) -> None:
    """Replace a candidate's row in the search index."""
    session.execute(text("DELETE FROM search_index WHERE rowid = :id"), {"id": candidate_id})
    session.execute(
        text("INSERT INTO search_index(rowid, document, profile, notes) VALUES (:id, :d, :p, :n)"),
        {"id": candidate_id, "d": index_text(document), "p": index_text(profile), "n": index_text(notes)},
    )


def unindex(session: Session, candidate_id: int) -> None:
    """Drop a candidate from the search index."""
    session.execute(text("DELETE FROM search_index WHERE rowid = :id"), {"id": candidate_id})


def search_ids(session: Session, query: str, cancelled: Callable[[], bool] | None = None) -> list[int]:
    """Candidate ids matching *query*, best first (bm25; profile and notes weigh more), or in library order
    when more than RANKED_MATCHES match.

    When *cancelled* turns true the search stops within a few SQLite steps and raises SearchCancelled.
    """
    match = fts_query(query)
    if not match:
        return []
    if cancelled is None:
        return _matching_ids(session, match)
    if cancelled():
        raise SearchCancelled
    connection = cast(sqlite3.Connection, session.connection().connection.driver_connection)
    connection.set_progress_handler(lambda: int(cancelled()), CANCEL_CHECK_STEPS)
    try:
        return _matching_ids(session, match)
    except OperationalError:
        if cancelled():
            raise SearchCancelled from None
        raise
    finally:
        connection.set_progress_handler(None, 0)


def _matching_ids(session: Session, match: str) -> list[int]:
    """The rowids matching an FTS5 query: best first, or in library order when there are very many."""
    ids = [row[0] for row in session.execute(_UNRANKED, {"q": match})]
    if len(ids) > RANKED_MATCHES:
        return ids
    return [row[0] for row in session.execute(_RANKED, {"q": match})]
