"""File → Document → Profile: Shortlist's résumé parser (pure Python, no Qt, deterministic)."""

from __future__ import annotations

from parsing.document import Document, Line, Page, Span
from parsing.errors import DocumentError
from parsing.load import load_document
from parsing.parse import PARSER_VERSION, parse

__all__ = ["PARSER_VERSION", "Document", "DocumentError", "Line", "Page", "Span", "load_document", "parse"]
