"""Full-text search over document text, profile and notes, Chinese included.

SQLite's unicode61 tokenizer treats a run of CJK characters as one token, so 大模型 inside a
sentence would never match.  We index CJK text one character per token and turn every CJK query
term into a phrase query, which matches those characters consecutively: a substring search for
Chinese, while Latin words keep word and prefix matching and bm25 ranking.
"""

from __future__ import annotations

import json
import re
from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session

from parsing.profile import PROVENANCE_KEYS

_CJK = re.compile(r"([\u2e80-\u2fdf\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff])")


def index_text(value: str) -> str:
    """Text as stored in the index: every CJK character its own token."""
    return _CJK.sub(r" \1 ", value)


def fts_query(query: str) -> str:
    """Turn what the user typed into an FTS5 query: every term must match, prefixes allowed."""
    phrases = []
    for term in query.split():
        spaced = " ".join(index_text(term).split()).replace('"', " ")
        if spaced.strip():
            phrases.append(f'"{spaced}"*')
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


def search_ids(session: Session, query: str) -> list[int]:
    """Candidate ids matching *query*, best first (bm25; profile and notes weigh more)."""
    match = fts_query(query)
    if not match:
        return []
    rows = session.execute(
        text(
            "SELECT rowid FROM search_index WHERE search_index MATCH :q "
            "ORDER BY bm25(search_index, 1.0, 2.0, 2.0)"
        ),
        {"q": match},
    )
    return [row[0] for row in rows]
