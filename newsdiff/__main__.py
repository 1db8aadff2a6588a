"""``python -m newsdiff`` and the ``newsdiff`` command: the command line, imported where Ctrl-C is handled."""

from __future__ import annotations

import contextlib
import os
import sys

#: The names the installed command runs by: the script an installer writes, and Windows' launcher and its script.
_COMMAND_NAMES = ("newsdiff", "newsdiff.exe", "newsdiff-script.py")


def main() -> None:
    """Run the command line, importing it first (Click and the commands): Ctrl-C while that takes its moment ends
    the command with one line and status 130, as it does later, rather than with a traceback. (The package, which
    Python imports before this module, ends the same way: see :func:`end_if_starting`.)"""
    try:
        from .cli import main as command
    except KeyboardInterrupt:
        _end_interrupted()
    command()


def end_if_starting() -> None:
    """End the process as the command line ends on Ctrl-C (one line, status 130) when it is the ``newsdiff`` command
    starting, or ``python -m newsdiff``; return otherwise. The package calls it when Ctrl-C stops its import, which
    comes before this module's, and so before :func:`main` can handle it: a program that imports the package keeps
    its KeyboardInterrupt."""
    if _starting():
        _end_interrupted()


def _starting() -> bool:
    """Whether this process is the command starting: run as ``python -m newsdiff`` (while Python imports the package
    to find this module, its first argument is ``-m``), or as the script an installer writes, named after it."""
    if sys.argv and sys.argv[0] == "-m":
        options: list[str] = list(getattr(sys, "orig_argv", ()))[1:]
        for number, option in enumerate(options):
            if option == "-m":
                return options[number + 1 : number + 2] == ["newsdiff"]
            if option.startswith("-m"):
                return option[2:] == "newsdiff"
        return False
    return bool(sys.argv) and os.path.basename(sys.argv[0]).lower() in _COMMAND_NAMES


def _end_interrupted() -> None:
    """Say what the command line's own handler says on Ctrl-C, which is not there yet, and exit with status 130."""
    with contextlib.suppress(OSError, ValueError, AttributeError):
        terminal = sys.stderr.isatty()
        sys.stderr.write(("\n" if terminal else "") + "newsdiff: interrupted\n")
        sys.stderr.flush()
    raise SystemExit(130) from None


if __name__ == "__main__":
    main()
