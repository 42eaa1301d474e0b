"""Typed errors for documents that cannot be read; each message is for the user."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager


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


class ScannedWithoutText(NoTextLayer):
    """A PDF whose pages are images without a text layer: read by OCR."""


class UnsupportedDocument(DocumentError):
    kind = "unsupported"


class DocumentTooLarge(DocumentError):
    kind = "too_large"


DAMAGED = "The file is damaged and cannot be read."
TOO_MUCH_MEMORY = "Reading the file needs more memory than a résumé may take; it is damaged or too large."
_OUT_OF_MEMORY_WORDS = ("out of memory", "malloc", "memory allocation failed", "cannot allocate")


def as_document_error(error: Exception) -> DocumentError:
    """Any failure met while reading a file, as the DocumentError the user is shown.

    Libraries fail on damaged input in their own ways (zlib.error, EOFError, NotImplementedError,
    MuPDF's FzErrorFormat, pypdf's limits…); whatever is not already a DocumentError is a damaged file,
    or one too large for the memory a document may take.
    """
    if isinstance(error, DocumentError):
        return error
    if isinstance(error, OSError):  # the file went away or may not be read: not the document's fault
        return DocumentError(f"The file cannot be opened: {error.strerror or error}.")
    if isinstance(error, MemoryError) or any(word in str(error).lower() for word in _OUT_OF_MEMORY_WORDS):
        return DocumentTooLarge(TOO_MUCH_MEMORY)
    return CorruptDocument(DAMAGED)


@contextmanager
def one_error_boundary() -> Iterator[None]:
    """Inside it, every failure (a bug or a library's surprise included) leaves as a DocumentError."""
    try:
        yield
    except DocumentError:
        raise
    except Exception as error:
        raise as_document_error(error) from error
