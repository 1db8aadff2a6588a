"""Exceptions raised by newsdiff; every one names the input at fault."""

from __future__ import annotations


class NewsdiffError(Exception):
    """Base class of every error newsdiff raises on purpose."""


class InputError(NewsdiffError, ValueError):
    """An article or option that cannot be compared: unreadable, empty, binary or malformed."""
