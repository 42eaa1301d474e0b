"""The base of undo commands that write to the library: a write the library refuses never stays on the stack.

A refused write (the file locked by another program, read-only, the disk full) raises LibraryError
in redo or undo. LibraryCommand catches it there, reports it through WRITE_FAILURES (the main
window shows it in the status bar and has the views re-read the library) and makes the command
obsolete, which QUndoStack answers by dropping it: the stack never offers to undo a change that was
not saved, nor to redo one that was not taken back. QUndoStack tries to merge a pushed command before it looks at the obsolete flag,
so an obsolete command is also never merged into the one before it. A macro (beginMacro) ends with
end_macro, which drops it when every write in it was refused.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from storage.db import LibraryError


class WriteFailures(QObject):
    """Where undo commands report the library writes that failed.

    Signals:
        write_failed(str): a change was not saved (or not taken back); the reason, for the user.
    """

    write_failed = Signal(str)


WRITE_FAILURES = WriteFailures()


def _guarded(method: Callable[..., None]) -> Callable[..., None]:
    @functools.wraps(method)
    def run(self: QUndoCommand) -> None:
        try:
            method(self)
        except LibraryError as error:
            self.setObsolete(True)
            WRITE_FAILURES.write_failed.emit(str(error))

    return run


def _merge_guarded(method: Callable[[Any, QUndoCommand], bool]) -> Callable[[Any, QUndoCommand], bool]:
    @functools.wraps(method)
    def merge(self: QUndoCommand, other: QUndoCommand) -> bool:
        return not other.isObsolete() and method(self, other)

    return merge


class LibraryCommand(QUndoCommand):
    """An undo command whose redo/undo write through the library.

    Subclasses override redo, undo and mergeWith as usual; the guard is added to them here.
    """

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        for name in ("redo", "undo"):
            if name in vars(cls):
                setattr(cls, name, _guarded(vars(cls)[name]))
        if "mergeWith" in vars(cls):
            cls.mergeWith = _merge_guarded(vars(cls)["mergeWith"])  # type: ignore[method-assign]


def end_macro(stack: QUndoStack) -> None:
    """End the macro begun on *stack*; one left empty by refused writes is dropped, not kept as a step."""
    stack.endMacro()
    macro = stack.command(stack.index() - 1)
    if macro is not None and macro.childCount() == 0:
        macro.setObsolete(True)
        stack.undo()  # QUndoStack removes an obsolete command instead of undoing it
