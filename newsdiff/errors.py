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


def require_strings(function: str, **arguments: object) -> None:
    """Raise :class:`TypeError` naming the first of ``arguments`` that is not a string."""
    for name, value in arguments.items():
        if not isinstance(value, str):
            raise TypeError(f"{function}() compares two strings; {name} is {type(value).__name__}")
