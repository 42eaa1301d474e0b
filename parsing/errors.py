"""Typed errors for documents that cannot be read; each message is for the user."""

from __future__ import annotations


class DocumentError(Exception):
    """A file that cannot be read as a résumé.  `kind` names the class of problem."""

    kind = "unreadable"


class EncryptedDocument(DocumentError):
    kind = "encrypted"


class CorruptDocument(DocumentError):
    kind = "corrupt"


class EmptyDocument(DocumentError):
    kind = "empty"


class NoTextLayer(DocumentError):
    kind = "no_text_layer"


class UnsupportedDocument(DocumentError):
    kind = "unsupported"


class DocumentTooLarge(DocumentError):
    kind = "too_large"
