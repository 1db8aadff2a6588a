"""Exceptions raised by newsdiff; every one names the input at fault."""

from __future__ import annotations


class NewsdiffError(Exception):
    """Base class of every error newsdiff raises on purpose."""


class InputError(NewsdiffError, ValueError):
    """An article or option that cannot be compared: unreadable, empty, binary or malformed."""


class NotFoundError(InputError, KeyError):
    """An article, sentence or claim that a result does not hold, asked for by its id or index.

    An :class:`InputError` as before, and a :class:`KeyError` too, as a lookup in a mapping raises; its message
    names what there is.
    """

    def __str__(self) -> str:
        # KeyError's own str() quotes the message as if it were the missing key.
        return str(self.args[0]) if self.args else ""


class EngineError(NewsdiffError):
    """A relation engine that cannot run here, such as a missing or damaged model.

    No article is at fault and no cluster could be compared, so a batch stops on it rather than
    recording it for every cluster.
    """


class MainGuardError(NewsdiffError, RuntimeError):
    """Worker processes that cannot start, because importing the caller's script runs the batch again.

    Workers that start afresh (spawned: the embeddings engine's, any on Windows or macOS, and any started while
    the caller's process runs other threads) import the main script; a script that runs its batch at its top
    level, without ``if __name__ == "__main__":``, has each one start the batch again and die trying. No cluster
    is at fault, so the batch stops on it at once.
    """


def require_strings(function: str, **arguments: object) -> None:
    """Raise :class:`TypeError` naming the first of ``arguments`` that is not a string."""
    for name, value in arguments.items():
        if not isinstance(value, str):
            raise TypeError(f"{function}() compares two strings; {name} is {type(value).__name__}")
