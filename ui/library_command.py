"""The base of undo commands: they write through the LibraryModel, and a refused write never stays on the stack.

A refused write (the file locked by another program, read-only, the disk full) raises LibraryError
in redo or undo; the LibraryModel has already reported it (write_failed) and announced the change,
so the views show what is stored. LibraryCommand catches the error and makes the command obsolete,
which QUndoStack answers by dropping it: the stack never offers to undo a change that was not
saved, nor to redo one that was not taken back. QUndoStack tries to merge a pushed command before
it looks at the obsolete flag, so an obsolete command is also never merged into the one before it.
A macro (beginMacro) ends with end_macro, which drops it when every write in it was refused.

Each redo and undo runs in one LibraryModel batch: the views hear of a command's writes once.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QUndoCommand, QUndoStack

from storage.db import LibraryError
from ui.library_model import LibraryModel


def _guarded(method: Callable[[LibraryCommand], None]) -> Callable[[LibraryCommand], None]:
    @functools.wraps(method)
    def run(self: LibraryCommand) -> None:
        try:
            with self.model.batch():
                method(self)
        except LibraryError:
            self.setObsolete(True)

    return run


def _merge_guarded(method: Callable[[Any, QUndoCommand], bool]) -> Callable[[Any, QUndoCommand], bool]:
    @functools.wraps(method)
    def merge(self: QUndoCommand, other: QUndoCommand) -> bool:
        return not other.isObsolete() and method(self, other)

    return merge


class LibraryCommand(QUndoCommand):
    """An undo command whose redo/undo write through the library model.

    Subclasses override redo, undo and mergeWith as usual; the guard is added to them here.
    """

    def __init__(self, model: LibraryModel, text: str) -> None:
        super().__init__(text)
        self.model = model

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
