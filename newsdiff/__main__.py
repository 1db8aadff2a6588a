"""``python -m newsdiff`` and the ``newsdiff`` command: the command line, imported where Ctrl-C is handled."""

from __future__ import annotations

import contextlib
import sys


def main() -> None:
    """Run the command line, importing it first (Click and the commands): Ctrl-C while that takes its moment ends
    the command with one line and status 130, as it does later, rather than with a traceback. (The package, which
    Python imports before this module, is not covered: what its ``__init__`` imports is the rest of the start.)"""
    try:
        from .cli import main as command
    except KeyboardInterrupt:
        # The command line's own handler is not there yet; say what it says.
        with contextlib.suppress(OSError, ValueError, AttributeError):
            terminal = sys.stderr.isatty()
            sys.stderr.write(("\n" if terminal else "") + "newsdiff: interrupted\n")
            sys.stderr.flush()
        raise SystemExit(130) from None
    command()


if __name__ == "__main__":
    main()
