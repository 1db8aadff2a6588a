"""The ``newsdiff`` command: a thin shell over the public functions."""

from __future__ import annotations

import contextlib
import difflib
import glob
import html
import json
import math
import os
import re
import signal
import stat
import subprocess
import sys
import tempfile
import threading
import warnings
from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any, BinaryIO, TextIO, TypeVar, cast

import click
from click.core import ParameterSource

from ._version import __version__
from .article import Article, decode, load, normalise_text, printable, read_metadata, same_file
from .compare import compare
from .errors import NewsdiffError
from .files import refuse_read_only, write_atomically
from .noise import RULES_START, default_rules, load_rules
from .relate import ENGINES, check_engine, cluster_cuts
from .result import COMPARISON_START, Comparison, scoring

F = TypeVar("F", bound=Callable[..., Any])

#: The characters that make a file name a pattern, as :mod:`glob` reads it.
_PATTERN = re.compile(r"[*?[]")


#: The characters a message shows escaped: control characters (a newline or carriage return would break the one
#: line, an ESC or a C1 CSI would start a terminal sequence), the line and paragraph separators, and the
#: bidirectional marks, embeddings, overrides and isolates (U+202E shows the rest of a line backwards).
_UNSHOWN = re.compile("[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]")


def _escaped(text: str) -> str:
    """``text`` with each character of :data:`_UNSHOWN` as Python's repr writes it (``\\n``, ``\\x1b``, ``\\u202e``),
    and every other one, accents, CJK and emoji too, as it is."""
    return _UNSHOWN.sub(lambda found: repr(found.group())[1:-1], text)


def _say(message: str) -> None:
    """Tell ``message`` on standard error in one line, after the program's name: a file name's control characters
    and bidirectional marks show escaped (``a\\nb.txt``), and one that is not UTF-8 shows its odd bytes as U+FFFD,
    as the errors of loading do, not as Python's escapes ("\\udce9")."""
    # With standard error closed (2>&-) the message is lost, but the work done and the exit status stand.
    with contextlib.suppress(OSError):
        click.echo(_escaped(printable(f"newsdiff: {message}")), err=True)


#: Where the command's context keeps whether -q/--quiet was given.
_QUIET = "newsdiff.quiet"


def _quiet() -> bool:
    """Whether the running command was given -q/--quiet (False outside a command)."""
    ctx = click.get_current_context(silent=True)
    return ctx is not None and bool(ctx.meta.get(_QUIET))


def _note(message: str) -> None:
    """Tell ``message`` (a note or a warning, not an error) as :func:`_say` does, unless the command is quiet: a
    script that runs it wants its errors alone on standard error."""
    if not _quiet():
        _say(message)


def _shown(progress: bool | None) -> bool:
    """Whether to draw a progress bar: as --progress/--no-progress says, else when standard error is a terminal and
    the command is not quiet."""
    return progress if progress is not None else _error_terminal() and not _quiet()


def _keep_quiet(ctx: click.Context, param: click.Parameter, value: bool) -> None:
    """Remember -q/--quiet for the messages the command tells while it runs."""
    if value:
        ctx.meta[_QUIET] = True


def _quiet_option(notes: str, *, progress: bool = True) -> Callable[[F], F]:
    """The -q/--quiet option, on every command; ``notes`` names those it silences, and ``progress`` says whether the
    command draws a progress bar, which it then leaves out too."""
    bar = ", and no progress bar unless --progress is given" if progress else ""
    return click.option(
        "-q",
        "--quiet",
        is_flag=True,
        is_eager=True,
        expose_value=False,
        callback=_keep_quiet,
        help=f"Tell errors alone on standard error: no notes ({notes}), no warnings{bar}.",
    )


class _Fail(click.ClickException):
    """A one-line error and exit status 2, never a traceback."""

    exit_code = 2

    def show(self, file: object = None) -> None:
        _say(f"error: {self.format_message()}")


class _Given(click.Path):
    """A path that is not empty: an empty argument is most often a shell variable left unset, and as a path it is
    the current folder, which summary and report would read every result in, and -o would call a directory."""

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        if value == "":
            self.fail("is empty (a shell variable left unset?); give a path", param, ctx)
        return super().convert(value, param, ctx)


class _Output(_Given):
    """A file to write: one whose name ends with a separator (``-o out/``) names a folder, and is refused when there
    is no such folder; as a path, it was the file ``out``, written in the current folder without a word."""

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        missing = _missing_folder(value) if isinstance(value, str) else None
        if missing is not None:
            self.fail(missing, param, ctx)
        return super().convert(value, param, ctx)


def _missing_folder(value: str) -> str | None:
    """Why the output ``value`` is refused when it ends with a separator, and so names a folder, that is not there
    (None when it does not): as a path, ``out/`` is the file ``out``."""
    ends = tuple(sep for sep in (os.sep, os.altsep) if sep)
    if not value.endswith(ends) or os.path.isdir(value):
        return None
    folder = value.rstrip("".join(ends)) or value
    return (
        f"{value}: ends with {value[-1]}, so names a folder, and there is no folder {folder}; create it first and "
        "give a file in it"
    )


class _Once(click.Option):
    """An option for a file of which the command takes one (``-o``, ``--rules``, ``--gold``): given twice, two were
    most likely meant (two reports, both rules files), and taking the last, as Click does for any option, dropped the
    first without a word; ``once`` says why one, and what to do. Other options keep the POSIX custom, the last given
    wins, which lets a command line override an alias or a script."""

    def __init__(self, *args: Any, once: str, **kwargs: Any) -> None:
        kwargs["multiple"] = True  # each value kept, to tell two from one
        super().__init__(*args, **kwargs)
        self.once = once

    def process_value(self, ctx: click.Context, value: Any) -> Any:
        given = super().process_value(ctx, value)
        if len(given) > 1:
            named = ", ".join(str(one) for one in given[:-1]) + f" and {given[-1]}"
            times = "twice" if len(given) == 2 else f"{len(given)} times"
            raise click.BadParameter(f"given {times}, {named}; {self.once}", ctx, self)
        return given[0] if given else None


#: Why each command takes one -o, --rules and --gold, and what to do.
_ONE_OUTPUT = "a command writes one output: give -o once, and run the command again for another file"
_ONE_RULES = "noise rules are read from one file: give --rules once, with the rules of both in it"
_ONE_GOLD = "an alignment is scored against one gold: give --gold once, and run the command again for another"


class _Address(click.types.StringParamType):
    """A server's address that is not empty: an empty one is most often a shell variable left unset, and the message
    of a client refusing it began with the address, nothing, and a colon."""

    name = "address"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        if isinstance(value, str) and not value.strip():
            self.fail(
                "is empty (a shell variable left unset?); give the scheduler's address, such as tcp://host:8786, or "
                "leave the option out to start a local cluster",
                param,
                ctx,
            )
        return super().convert(value, param, ctx)


class _WholeNumber(click.IntRange):
    """A whole number in a range, refused as "not a valid whole number" when it is none: Click named the type
    "integer range", as if a range were to be given."""

    name = "whole number"


class _Number(click.FloatRange):
    """A number in a range, refused as "not a valid number" when it is none (Click's words: "float range"), and
    naming the option when it is ``nan``: Click's range let it through (it is neither below nor above a bound), and
    the library's refusal did not say which option was wrong."""

    name = "number"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        number = super().convert(value, param, ctx)
        if math.isnan(number):
            self.fail(f"{value} is not a number in the range {self._describe_range()}", param, ctx)
        return number


class _Seconds(_Number):
    """A time limit in seconds, more than 0: one longer than the longest wait the system can keep (``inf``, ``1e400``)
    is refused naming the option, with how to set no limit."""

    def __init__(self) -> None:
        super().__init__(min=0, min_open=True)

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        seconds = super().convert(value, param, ctx)
        if seconds > threading.TIMEOUT_MAX:
            self.fail(
                f"{value} is longer than the longest time limit, {threading.TIMEOUT_MAX:.0f} seconds; leave the option "
                "out for no limit",
                param,
                ctx,
            )
        return seconds


class _Choice(click.Choice[str]):
    """One of a few words, taken in any case: ``--format JSON`` names json as plainly as ``--format json`` does, and
    was refused as "not one of 'html', 'json', 'csv'"; the value the command gets is the word as listed."""

    def __init__(self, choices: Sequence[str]) -> None:
        super().__init__(choices, case_sensitive=False)


class _Read(_Given):
    """A file read whole by its path (noise rules, a gold): a directory is refused naming it and what to give, rather
    than as a file that "cannot be read (Is a directory)"."""

    def __init__(self, what: str, *, piped: str | None = None) -> None:
        super().__init__(path_type=Path)
        self.what = what
        self.piped = piped  # why ``-`` is refused, when the command does not say so itself

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        if value == "-" and self.piped is not None:
            self.fail(self.piped, param, ctx)
        path = super().convert(value, param, ctx)
        if isinstance(path, Path) and str(path) != "-" and path.is_dir():
            self.fail(f"{path}: is a directory; give {self.what}", param, ctx)
        return path


_PATH = _Given(path_type=Path)
_OUTPUT = _Output(path_type=Path)
_NAME = _Given()  # a file, a directory or a pattern, kept as given


class _Misused(_Fail):
    """A usage mistake (an unknown option, a bad value, a missing argument) in one line, as every other error is,
    rather than Click's usage, hint and message over four lines; it says where the help is."""

    def __init__(self, mistake: click.UsageError, ctx: click.Context, args: list[str] | None = None) -> None:
        message = _unknown_option(mistake, args or []) or mistake.format_message().rstrip(".")
        where = (mistake.ctx or ctx).command_path
        super().__init__(f"{message[:1].lower()}{message[1:]} (see {where} --help)")


def _unknown_option(mistake: click.UsageError, args: list[str]) -> str | None:
    """An unknown option told in one sentence (None for another mistake): Click's "No such option '--flor'. Did you
    mean '--floor'?" stops mid-line; and when the option, as given among ``args`` (before any ``--``), is the name of
    a file (``-x.txt``), how to give it as one, which is what was most likely meant."""
    if not isinstance(mistake, click.exceptions.NoSuchOption):
        return None
    told = mistake.message.rstrip(".")
    options = args[: args.index("--")] if "--" in args else args
    named = next((arg for arg in options if arg.startswith(mistake.option_name) and os.path.lexists(arg)), None)
    if named is not None:
        return f"{told}; {named} is a file: to read it, give it after -- or as ./{named}"
    if not mistake.possibilities:
        return told
    meant = ", ".join(repr(possibility) for possibility in mistake.possibilities)
    return f"{told}; did you mean {'one of ' if len(mistake.possibilities) > 1 else ''}{meant}?"


def _misused(message: str) -> click.UsageError:
    """A usage mistake that a command finds itself (options that do not go together, a missing one): told as Click's
    are, with where the help is, which the group adds when it is raised from the command."""
    return click.UsageError(message)


def _given(ctx: click.Context, name: str) -> bool:
    """Whether the option ``name`` was given on the command line, rather than left at its default."""
    return ctx.get_parameter_source(name) is ParameterSource.COMMANDLINE


#: Click's "no arguments: show the help" (8.2 on; before, the help ended the command without an error).
_NO_ARGS_HELP: tuple[type[Exception], ...] = (
    (click.exceptions.NoArgsIsHelpError,) if hasattr(click.exceptions, "NoArgsIsHelpError") else ()
)


def _printing(option: click.Parameter) -> click.Parameter:
    """``option`` (--help, --version), whose callback prints a text and ends the command, made to end it with one
    line and status 2 when standard output cannot take the text (a full disk behind ``> file``), as a report that
    cannot be written does, rather than with a traceback; a reader gone (``| head``) stays Click's to end quietly."""
    callback = option.callback
    if callback is None or getattr(callback, "_printing", False):
        return option

    def printed(ctx: click.Context, param: click.Parameter, value: Any) -> Any:
        try:
            return callback(ctx, param, value)
        except BrokenPipeError:
            raise
        except OSError as exc:
            raise _Fail(f"standard output: cannot write ({exc.strerror or exc})") from None

    printed._printing = True  # type: ignore[attr-defined]
    option.callback = printed
    return option


class _PrintedHelp(click.Command):
    """A command (or the group) whose --help ends with one line when standard output cannot take it."""

    def get_help_option(self, ctx: click.Context) -> click.Option | None:
        option = super().get_help_option(ctx)
        return None if option is None else cast(click.Option, _printing(option))


class _Command(_PrintedHelp):
    """A command whose usage mistakes know it, to say whose help to read (Click's parser leaves some without)."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        given = list(args)  # Click's parser takes the arguments off the list it is given
        if "--" in given:
            ctx.meta[_AFTER_DASHES] = given[given.index("--") + 1 :]
        try:
            return super().parse_args(ctx, args)
        except _NO_ARGS_HELP:
            raise
        except click.UsageError as mistake:
            raise _Misused(mistake, ctx, given) from None

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except _Fail as failure:
            hint = _dashes_hint(failure, ctx)
            if hint is None:
                raise
            raise _Fail(f"{failure.message}; {hint}") from None


#: Where a command keeps the arguments given after ``--``, which are file names whatever they look like.
_AFTER_DASHES = "newsdiff.after_dashes"


def _dashes_hint(failure: _Fail, ctx: click.Context) -> str | None:
    """What to add to ``failure``, a file that is not there, when that file was given after ``--`` and looks like an
    option of the command (``-- b.txt --format json``): that everything after ``--`` is read as a file name."""
    options = {name for param in ctx.command.params for name in (*param.opts, *param.secondary_opts)}
    for given in ctx.meta.get(_AFTER_DASHES, ()):
        if given.split("=", 1)[0] in options and failure.message.startswith(f"{given}: no such file"):
            return f"everything after -- is read as a file name, so give {given} before --"
    return None


class _Newsdiff(_PrintedHelp, click.Group):
    """The command group, which ends every command stopped by Ctrl-C, and tells every usage mistake, the same way."""

    command_class = _Command

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        given = list(args)  # Click's parser takes the arguments off the list it is given
        try:
            return super().parse_args(ctx, args)
        except _NO_ARGS_HELP:
            raise  # newsdiff alone: the help, which is what was wanted
        except click.exceptions.NoSuchOption as mistake:
            before = self._before_command(mistake.option_name, given, ctx.command_path)
            raise _Misused(mistake if before is None else click.UsageError(before), ctx) from None
        except click.UsageError as mistake:
            raise _Misused(mistake, ctx) from None

    def _before_command(self, option: str, given: list[str], program: str) -> str | None:
        """Why ``option``, unknown to the group, is refused when it is an option of its commands given before the
        command (``newsdiff -q compare A.txt B.txt``), and where it goes; None when no command takes it."""
        takers = [
            name
            for name, command in sorted(self.commands.items())
            if any(option in (*param.opts, *param.secondary_opts) for param in command.params)
        ]
        if not takers:
            return None
        named = next((arg for arg in given if arg in self.commands), None)
        example = named if named in takers else takers[0]
        return (
            f"no such option {option!r} before the command; it is {example}'s: give it after the command's name, as "
            f"in {program} {example} {option}"
        )

    def resolve_command(
        self, ctx: click.Context, args: list[str]
    ) -> tuple[str | None, click.Command | None, list[str]]:
        name = args[0]
        if not ctx.resilient_parsing and not name.startswith("-") and self.get_command(ctx, name) is None:
            raise click.UsageError(_no_such_command(name, sorted(self.commands), ctx.command_path), ctx)
        return super().resolve_command(ctx, args)

    def invoke(self, ctx: click.Context) -> Any:
        try:
            with warnings.catch_warnings():  # showwarning is put back after the command, for a program that runs it
                warnings.showwarning = _show_warning
                return super().invoke(ctx)
        except _NO_ARGS_HELP:
            raise
        except click.UsageError as mistake:  # an unknown command; or a value a command's own code refused
            raise _Misused(mistake, ctx) from None
        except KeyboardInterrupt:
            # Click would print "Aborted!" and exit 1, as for a failure; a file given with -o is written whole
            # or not at all, so there is nothing half-done to mention.
            raise _interrupted() from None


def _no_such_command(name: str, commands: list[str], program: str) -> str:
    """An unknown command ``name`` told in one sentence, with the ``commands`` it is nearest: Click's "No such command
    'compre'. Did you mean 'compare'?" stops mid-line, and says nothing when the name is an article's file
    (``newsdiff a.txt b.txt``), where the command was left out, which is what was most likely meant."""
    told = f"no such command {name!r}"
    if os.path.lexists(name):
        return f"{told}; {name} is a file: to compare articles, give the command before them: {program} compare FILES"
    meant = difflib.get_close_matches(name.lower(), commands)
    if not meant:
        return f"{told}; the commands are {', '.join(commands)}"
    return f"{told}; did you mean {'one of ' if len(meant) > 1 else ''}{', '.join(repr(one) for one in meant)}?"


def _show_warning(
    message: Warning | str,
    category: type[Warning],
    filename: str,
    lineno: int,
    file: TextIO | None = None,
    line: str | None = None,
) -> None:
    """Tell a warning raised during a command (a noise rule that removed nothing, a library's) on one line, as every
    other message: Python's own format gives the path and line of the source that warned, which mean nothing to
    the person who typed the command. Its line breaks show escaped, as its other control characters do: folded to
    a space, one in a file name it gives would make the name told not the file's."""
    _note(f"warning: {message}")


def _interrupted(detail: str = "") -> click.exceptions.Exit:
    """Say that Ctrl-C stopped the command (and ``detail``), and give the exit to raise: status 130, the shell's
    for a command stopped by Ctrl-C."""
    if _error_terminal():
        click.echo(err=True)  # the terminal echoed ^C without ending its line
    _say("interrupted" + (f"; {detail}" if detail else ""))
    return click.exceptions.Exit(130)


def _error_terminal() -> bool:
    """Whether standard error is a terminal (a person watching the messages and the progress bars); not when the
    command was started with it closed (``2>&-``), when Python has none."""
    return sys.stderr is not None and not sys.stderr.closed and sys.stderr.isatty()


@click.group(
    cls=_Newsdiff,
    context_settings={"help_option_names": ["-h", "--help"]},
    epilog="See newsdiff COMMAND --help for a command's options and examples.",
)
@click.version_option(__version__, prog_name="newsdiff")
def main() -> None:
    """Show how news outlets covered the same event differently."""


for _option in main.params:
    if _option.name == "version":
        _printing(_option)


_ENGINE_CHOICES = "lexical (offline), or embeddings (needs newsdiff[embeddings])"
_ENGINE_HELP = f"How sentences are related (default: lexical): {_ENGINE_CHOICES}."


def _output_option(text: str) -> Callable[[F], F]:
    """The -o/--output option of a command that writes one file or standard output, given once; ``text`` is its help."""
    return click.option("-o", "--output", cls=_Once, once=_ONE_OUTPUT, type=_OUTPUT, help=text)


def _rules_option(note: str) -> Callable[[F], F]:
    """The --rules option, given once wherever articles are cleaned; ``note`` follows its first clause in the help."""
    return click.option(
        "--rules",
        "rules_path",
        cls=_Once,
        once=_ONE_RULES,
        type=_Read(
            "the noise rules file (JSON) in it",
            piped="-: noise rules are read from their path, not standard input; save them and give that",
        ),
        metavar="FILE",
        help=f"Noise rules (JSON) to add to the shipped ones{note} (default: none, the shipped rules alone).",
    )


#: The --metadata/--no-metadata option, the same wherever articles are cleaned: compare's ``metadata``.
_metadata_option = click.option(
    "--metadata/--no-metadata",
    default=True,
    help="Leave each article's leading date line, front matter and headline out of the sentences compared, as "
    "metadata, or with --no-metadata compare them as sentences too (default: --metadata; the date and title are read "
    "either way).",
)


def _cut_options(command: F) -> F:
    """The --threshold and --floor options, the same wherever a cluster is aligned; their help gives each engine's
    own values, as :func:`~newsdiff.relate.cluster_cuts` has them."""
    (lexical, lexical_floor), (embeddings, embeddings_floor) = cluster_cuts("lexical"), cluster_cuts("embeddings")
    command = click.option(
        "--floor",
        type=_Number(0, 1),
        default=None,
        metavar="SCORE",
        help=(
            "Lower score from which mutual best matches align (default: the engine's, lexical "
            f"{lexical_floor}, embeddings {embeddings_floor}, moved in proportion by a --threshold given alone; at "
            "or above the threshold: off)."
        ),
    )(command)
    return click.option(
        "--threshold",
        type=_Number(0, 1),
        default=None,
        metavar="SCORE",
        help=(
            f"Score from which sentences are paraphrases (default: the engine's, lexical {lexical}, embeddings "
            f"{embeddings}; higher: fewer, surer matches)."
        ),
    )(command)


#: The examples ending compare's help; \b keeps Click from running them together into one paragraph.
_COMPARE_EXAMPLES = """\b
Examples:
  newsdiff compare herald.txt courier.txt -o report.html
  newsdiff compare "cluster/*.txt" --format json > result.json
  newsdiff compare herald.txt courier.txt -o sentences.csv
  newsdiff compare herald.txt courier.txt --threshold 0.3 -o sure.html
"""


@main.command("compare", short_help="Compare two or more articles about one event.", epilog=_COMPARE_EXAMPLES)
@click.argument("files", nargs=-1, required=True, type=_PATH)
@_output_option("Write the report here; - for standard output (default: standard output, or a summary on a terminal).")
@click.option(
    "--format",
    "fmt",
    type=_Choice(["html", "json", "csv"]),
    default=None,
    help="Report format: html, json, or csv with one row per sentence (default: from the -o suffix, else html).",
)
@_rules_option("")
@_metadata_option
@click.option(
    "--engine",
    type=_Choice(ENGINES),
    default="lexical",
    help=_ENGINE_HELP,
)
@_cut_options
@click.option("--open", "open_report", is_flag=True, help="Open the written HTML report in a browser.")
@click.option(
    "--progress/--no-progress",
    default=None,
    help="Progress bar while sentences are related, after a moment (default: when stderr is a terminal).",
)
@_quiet_option("wrote FILE")
def compare_command(
    files: tuple[Path, ...],
    output: Path | None,
    fmt: str | None,
    rules_path: Path | None,
    metadata: bool,
    engine: str,
    threshold: float | None,
    floor: float | None,
    open_report: bool,
    progress: bool | None,
) -> None:
    """Compare two or more articles (text, JSON or JSONL files; - reads one from standard input) about one event.

    With neither -o nor --format, a terminal gets a summary instead of the page's HTML.
    """
    summary_only = output is None and fmt is None and _terminal()
    files = _expanded(files)
    given = output, fmt
    output, fmt = _destination(output, fmt, {".json": "json", ".csv": "csv"}, "html")
    if any(same_file(f, output) for f in files):
        raise _Fail(f"{output}: is one of the articles; write the report to another file")
    _refuse_non_articles(files, rules_path=rules_path)
    if rules_path is not None and same_file(rules_path, output):
        raise _Fail(f"{output}: is the --rules file; write the report to another file")
    if open_report:
        _refuse_unopenable(*given, output, fmt)
    try:
        extra = load_rules(rules_path) if rules_path is not None else ()
        comparison = compare(
            load(_sources(files, "cat article.txt | newsdiff compare A.txt -")),
            rules=default_rules() + tuple(extra),
            metadata=metadata,
            engine=engine,
            threshold=threshold,
            floor=floor,
            progress=_shown(progress),
        )
        text = "" if summary_only else _render(comparison, fmt)
    except NewsdiffError as exc:
        raise _Fail(str(exc)) from None
    if summary_only:
        _show(str(comparison))
        _note("add -o report.html to write the report, or --format json for the JSON")
        return
    _warn_misnamed(output, fmt, ("html", "json", "csv"))
    _deliver(text, output, open_report=open_report, spreadsheet=fmt == "csv")


def _refuse_unopenable(given: Path | None, named: str | None, output: Path | None, fmt: str) -> None:
    """Refuse --open unless an HTML report is written to a file (``output``, in ``fmt``, from the ``-o`` and the
    ``--format`` given), saying which of the two is missing: a browser opens a page, not JSON or CSV."""
    if output is None:
        where = "to a file, not standard output (-o -)" if given is not None else "to a file"
        raise _misused(f"--open needs an HTML report written {where}: give -o report.html")
    if fmt != "html":
        why = f"as --format {named} asks" if named is not None else f"as its name ends {output.suffix}"
        raise _misused(
            f"--open opens only an HTML report, and {output} gets {fmt.upper()}, {why}: leave out --open, or "
            "write the HTML with -o report.html" + (" and no --format" if named is not None else "")
        )


def _refuse_non_articles(files: tuple[Path, ...], *, rules_path: Path | None = None, gold: Path | None = None) -> None:
    """Refuse a file among the articles that holds something else newsdiff reads or writes (the --rules or --gold
    file, noise rules, a comparison's JSON, a batch's results), naming what it is and where it goes: loaded as an
    article, each was "a record with no 'text'"."""
    from .batch import RESULTS_START, file_start

    for path in files:
        if rules_path is not None and same_file(path, rules_path):
            raise _Fail(f"{path}: is the --rules file, not an article; leave it out of the articles")
        if gold is not None and same_file(path, gold):
            raise _Fail(f"{path}: is the --gold file, not an article; leave it out of the articles")
        start = file_start(path)
        if COMPARISON_START.match(start):
            raise _Fail(f"{path}: is a comparison's result, not articles; draw its page with newsdiff report {path}")
        if RULES_START.match(start) or _looks_like_rules(path, start):
            _refuse_rules_as_article(path)
        if RESULTS_START.match(start):
            raise _Fail(
                f"{path}: is a batch's results, not articles; draw a cluster's page with newsdiff report {path} "
                "--cluster ID"
            )


#: How a JSON list begins, as a rules file of the list alone may.
_LIST_START = re.compile(rb"\A(?:\xef\xbb\xbf)?\s*\[")

#: The most of a JSON file read to tell whether it holds noise rules rather than articles (a rules file is small).
_RULES_MOST = 1 << 20


def _looks_like_rules(path: Path, start: bytes) -> bool:
    """Whether the JSON file ``path`` (beginning ``start``) holds noise rules that :data:`RULES_START` does not
    know: the list of rules alone, or a file whose ``rules`` key is misspelt (``{"rule": [...]}``) or holds no
    list. Loaded as articles, each is "a record with no 'text'", which says nothing of the mistake.

    A rule is an object with a ``pattern``; an article has a ``text``, and a file with one is never taken for rules.
    """
    if not (_OBJECT_START.match(start) or _LIST_START.match(start)):
        return False
    try:
        if path.stat().st_size > _RULES_MOST:
            return False
        data = json.loads(path.read_bytes().decode("utf-8-sig"))
    except (OSError, ValueError):  # unreadable, or not JSON: loading it as an article says what is wrong
        return False

    def rules(value: Any) -> bool:
        return (
            isinstance(value, list)
            and all(isinstance(item, dict) and "text" not in item for item in value)
            and any("pattern" in item for item in value)
        )

    if isinstance(data, dict):
        if "text" in data or "articles" in data:
            return False
        return "rules" in data or any(rules(value) for value in data.values())
    return rules(data)


def _refuse_rules_as_article(path: Path) -> None:
    """Refuse the noise rules file ``path`` given as an article, saying to give it with --rules, and what must be
    mended in it first when it would not load as rules either."""
    try:
        load_rules(path)
    except NewsdiffError as exc:
        problem = str(exc).removeprefix(f"{path}: ")
        raise _Fail(
            f"{path}: looks like noise rules, not an article, but does not load as rules either: {problem}; "
            f"mend it and give it as --rules {path}"
        ) from None
    raise _Fail(f"{path}: is noise rules, not an article; give it as --rules {path}")


def _expanded(files: tuple[Path, ...]) -> tuple[Path, ...]:
    """The article files, with each pattern that names no file (``*.txt``) replaced by the files it matches, in
    name order.

    A shell that does not expand patterns (the Windows command prompt, or a quoted one) passes it on as it is;
    batch, summary and report take patterns too. A pattern that matches nothing is an error naming it.
    """
    expanded: list[Path] = []
    for path in files:
        if str(path) == "-" or path.exists() or not _PATTERN.search(str(path)):
            expanded.append(path)
            continue
        matches = sorted(Path(match) for match in glob.glob(str(path)) if Path(match).is_file())
        if not matches:
            raise _Fail(f"{path}: no file matches this pattern; check the folder and the spelling")
        expanded.extend(matches)
    return tuple(expanded)


def _destination(
    output: Path | None, fmt: str | None, suffixes: Mapping[str, str], default: str, *, stem: str = "report"
) -> tuple[Path | None, str]:
    """The file to write (``None``: standard output, as ``-o -`` asks, like ``-`` for standard input) and the
    format: as given, else by the file's suffix, else ``default``.

    A file that plainly cannot be written is refused now, before a comparison or a reading that may take
    minutes; a directory is answered with a file name in it (``stem`` and the format's suffix).
    """
    if output is not None and str(output) == "-":
        output = None
    suffix = output.suffix.lower() if output is not None else ""
    fmt = fmt or suffixes.get(suffix, default)
    if output is not None:
        _check_writable(output, f"{stem}.{'txt' if fmt == 'text' else fmt}")
    else:
        _open_stdout()
    return output, fmt


#: The suffixes of a report file that say its format, as a browser, a spreadsheet or a file manager reads them.
_REPORT_SUFFIXES = {"html": (".html", ".htm"), "json": (".json",), "csv": (".csv",), "text": (".txt",)}


def _warn_misnamed(output: Path | None, fmt: str, formats: tuple[str, ...]) -> None:
    """Warn when the report file's name says another format than the ``fmt`` written (``-o result.txt`` gets the
    default HTML, ``--format json -o report.html`` JSON): what opens it by its name would misread it. Text (summary's,
    evaluate's) may have any name but one that says another format. ``formats`` are those the command writes, each
    suggested by its suffix."""
    if output is None or output.suffix.lower() in _REPORT_SUFFIXES[fmt] or _is_stream(output):
        return
    if fmt == "text" and not any(output.suffix.lower() in suffixes for suffixes in _REPORT_SUFFIXES.values()):
        return  # text reads as text under any name (scores, notes.md, run.log) but one that says another format
    suffix = _REPORT_SUFFIXES[fmt][0]
    if output.suffix:
        says, better = f"its name ends {output.suffix}", output.with_suffix(suffix)
    else:
        says, better = "its name has no suffix", output.with_name(output.name + suffix)
    choosing = ", ".join(_REPORT_SUFFIXES[name][0] for name in formats)
    held = "text" if fmt == "text" else fmt.upper()
    _note(
        f"warning: {output}: holds {held} but {says}; name it {better} (without --format, the name's "
        f"suffix chooses: {choosing})"
    )


def _is_stream(output: Path) -> bool:
    """Whether ``output`` is an existing file that is neither a regular file nor a directory: a device
    (``/dev/null``, ``/dev/stdout``) or a named pipe, which is written into as it is; a file renamed over it, as a
    report file is written, would replace it (as root, even ``/dev/null``) and its reader would get nothing."""
    try:
        mode = os.stat(output).st_mode
    except OSError:
        return False
    return not (stat.S_ISREG(mode) or stat.S_ISDIR(mode))


def _check_writable(output: Path, example: str) -> None:
    """Refuse ``output`` when it is a directory, a read-only file, or its folder is missing or closed to writing (the
    file is written through a temporary file beside it, so the folder must take new files); a device or a pipe must
    take writing itself."""
    if _is_stream(output):
        if not os.access(output, os.W_OK):
            raise _Fail(f"{output}: is not writable here; give a path you can write to")
        return
    folder = output.parent
    if output.is_dir():
        raise _Fail(f"{output}: is a directory; give a file to write in it, such as {output / example}")
    if folder.exists() and not folder.is_dir():
        raise _Fail(f"{output}: {folder} is a file, not a folder; give a path in a folder")
    if not folder.is_dir():
        raise _Fail(f"{output}: the folder {folder} does not exist; create it first, or give a path in another folder")
    if not os.access(folder, os.W_OK):
        raise _Fail(f"{output}: the folder {folder} is not writable here; give a path in a folder you can write to")
    try:
        refuse_read_only(output)  # else refused only when written, after the work that may take minutes
    except PermissionError as exc:
        raise _Fail(f"{output}: cannot write ({exc.strerror or exc})") from None
    _try_new_file(output)


def _try_new_file(output: Path) -> None:
    """Refuse ``output`` when its folder, though there and open to writing, takes no new file (``/proc``, ``/sys``, a
    full disk): the report is written through a new file beside it, which is made and removed here, so that the
    refusal comes now and not after the work that may take minutes."""
    from .batch import cannot_write

    try:
        handle, trial = tempfile.mkstemp(dir=output.parent, prefix=".newsdiff-", suffix=".tmp")
    except OSError as exc:
        raise _Fail(cannot_write(output, exc)) from None
    os.close(handle)
    with contextlib.suppress(OSError):
        os.unlink(trial)


def _render(comparison: Comparison, fmt: str) -> str:
    """The comparison in the chosen format."""
    if fmt == "json":
        return comparison.to_json()
    return comparison.to_csv() if fmt == "csv" else comparison.to_html()


#: How messages name what was read from standard input, where they would name a file; ``-``, the argument, is
#: named only in a message about how it was given (twice, or where a path is needed).
_STDIN_NAME = "standard input"


def _sources(files: tuple[Path, ...], example: str) -> list[Path | Article]:
    """The article files, with ``-`` read from standard input as one article (``stdin``), in UTF-8 as a file is;
    ``example`` shows how to pipe an article in, for a standard input that is closed or a terminal."""
    if sum(str(f) == "-" for f in files) > 1:
        raise _misused("-: standard input can be read once; give it as one of the articles only")
    if any(str(f) == "-" for f in files):
        _check_stdin("an article", example)
    return [_stdin_article() if str(f) == "-" else f for f in files]


def _stdin_article() -> Article:
    """The article piped into standard input, checked as a file's is, with its errors naming it "standard input"
    as they would name a file; its id is the one its front matter gives, as a file's is, else ``stdin``."""
    text = _read_stdin()
    _refuse_piped_json(text)
    try:
        article = load(Article(text=text, source=_STDIN_NAME))[0]
    except NewsdiffError as exc:
        raise _Fail(str(exc)) from None
    # Loading numbered it (article-1) unless its front matter named it. Loading it again with the others finds it
    # whole; its source stays unset, as no file holds it.
    given = read_metadata(article.text).fields.get("id")
    return replace(article, id=given or "stdin", source=None)


def _refuse_piped_json(text: str) -> None:
    """Refuse JSON piped in as an article (``text``), naming what it holds and where it goes: ``-`` reads an article's
    text, and a record, a comparison's result or noise rules were compared as sentences of braces and quotes."""
    from .batch import RESULTS_START

    start = text[:4096].encode("utf-8", "replace")
    if COMPARISON_START.match(start):
        raise _Fail(f"{_STDIN_NAME}: is a comparison's result, not an article; draw its page with newsdiff report -")
    if RESULTS_START.match(start):
        raise _Fail(
            f"{_STDIN_NAME}: is a batch's results, not an article; draw a cluster's page with newsdiff report - "
            "--cluster ID"
        )
    if RULES_START.match(start):
        raise _Fail(f"{_STDIN_NAME}: is noise rules, not an article; save them to a file and give it as --rules FILE")
    stripped = text.strip()
    if not stripped.startswith(("{", "[")):
        return
    try:
        parsed = json.loads(stripped)
    except ValueError:
        try:  # a record per line
            parsed = json.loads(stripped.split("\n", 1)[0])
        except ValueError:
            return  # an article that begins with a brace
    if isinstance(parsed, (dict, list)):
        raise _Fail(
            f"{_STDIN_NAME}: holds JSON, and - reads an article's text; save the records to a file (.json, or .jsonl "
            "for one per line) and give its path"
        )


def _check_stdin(what: str, example: str) -> None:
    """Refuse ``-`` when standard input is closed (Python has no ``sys.stdin`` then) or is a terminal, where the
    command would sit waiting for typing that nobody means to do; ``example`` shows how to pipe ``what`` in."""
    stream = sys.stdin
    if stream is None or stream.closed:
        raise _Fail(f"standard input is closed; pipe {what} into it: {example}")
    if stream.isatty():
        raise _Fail(f"standard input is a terminal; pipe {what} into it: {example}")


def _read_stdin() -> str:
    """Standard input decoded as UTF-8, as an article file is (its text layer follows the locale, which need not)."""
    buffer = getattr(sys.stdin, "buffer", None)
    if buffer is None:  # a text-only stream (some embedding hosts): already decoded
        return normalise_text(sys.stdin.read())
    return decode(buffer.read(), _STDIN_NAME)


def _deliver(text: str, output: Path | None, *, open_report: bool = False, spreadsheet: bool = False) -> None:
    """Write ``text`` to the file ``output`` whole or not at all (into it, if it is a device or a pipe; and open it,
    if asked), or to standard output.

    A ``spreadsheet`` (CSV) file starts with a UTF-8 byte-order mark: without it Excel reads the file in the local
    code page, and a sentence's curly quotes or accents turn to mojibake. A pipe, a device or standard output,
    which feed programs, get the text alone."""
    if output is None:
        _write_stdout(text, "" if text.endswith("\n") else "\n")
        return
    try:
        if _is_stream(output):
            with output.open("wb") as stream:
                _write_encoded(stream, text)
        else:
            write_atomically(output, "\ufeff" + text if spreadsheet else text)
    except OSError as exc:
        from .batch import cannot_write

        raise _Fail(cannot_write(output, exc)) from None
    _note(f"wrote {output}")
    # The report is written all the same, so a page that cannot be opened is a warning, not a failure.
    unopened = _unopened(output) if open_report else None
    if unopened is not None:
        _note(f"warning: {unopened}; open {output} in one yourself")


#: How long xdg-open is given to say whether it found a browser: a desktop's opener hands the page over at once, and
#: one still running after this is taken for a browser it started and stays with.
_OPENING_WAIT = 5.0


def _unopened(page: Path) -> str | None:
    """Open the written ``page`` in a browser; why none could be, or None when one was.

    Elsewhere than macOS and Windows, Click starts xdg-open and returns at once, as if it had opened the page: where
    xdg-open finds no browser (a server, a container) it printed a line of its own per browser it tried, after the
    command had ended, and nothing said the page was not opened. Here xdg-open's messages are kept from the terminal
    and its exit status is waited for, a moment.

    Without a graphical display (over SSH, in a container), xdg-open falls back to a text browser (w3m, lynx), which
    has no terminal here to show the page in: w3m wrote it to nowhere and ended well, and the page was taken for
    opened. So there xdg-open is not started, unless ``BROWSER`` names the browser to use or the system is WSL,
    whose opener reaches Windows' browser. With a display too, xdg-open may choose a text browser (``BROWSER=w3m``, or
    none other installed): what it writes is kept, and a page written out as text is no page opened."""
    if sys.platform in ("darwin", "win32", "cygwin"):
        return None if click.launch(page.resolve().as_uri()) == 0 else _NO_BROWSER
    if not _graphical():
        return "no graphical display here for a browser (DISPLAY and WAYLAND_DISPLAY are unset)"
    with contextlib.ExitStack() as held:
        try:
            written: BinaryIO | None = held.enter_context(tempfile.TemporaryFile())
        except OSError:  # no temporary folder to write in: what xdg-open writes goes unread, as before
            written = None
        try:
            opener = subprocess.Popen(
                ["xdg-open", str(page.resolve())],
                stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL if written is None else written,
                stderr=subprocess.DEVNULL,
                start_new_session=True,  # a browser it starts is not ended by a Ctrl-C meant for newsdiff
            )
        except OSError:  # no xdg-open
            return _NO_BROWSER
        try:
            if opener.wait(timeout=_OPENING_WAIT) != 0:
                return _NO_BROWSER
        except subprocess.TimeoutExpired:
            return None
        if written is not None:
            written.seek(0)
            if _written_as_text(written.read(_TEXT_LOOKED_AT), page):
                return _TEXT_BROWSER
        return None


#: How much of what xdg-open wrote is looked at for the page's heading: a text browser writes it near the top.
_TEXT_LOOKED_AT = 1 << 20

#: Why a report was not opened, when the system's opener gave it to a text browser, which wrote it out.
_TEXT_BROWSER = "xdg-open gave the page to a text browser, which has no terminal here to show it in"


def _written_as_text(written: bytes, page: Path) -> bool:
    """Whether ``written``, what xdg-open wrote to its standard output, holds the heading of ``page``: a text browser
    with no terminal (w3m) writes the page out as text, where a graphical browser writes none of it (Chrome says at
    most that it opened the page in a running browser)."""
    try:
        with page.open(encoding="utf-8", errors="replace") as source:
            start = source.read(_TEXT_LOOKED_AT)
    except OSError:
        return False
    heading = re.search(r"<h1\b[^>]*>(.*?)</h1>", start, re.DOTALL)
    if heading is None:
        return False
    words = " ".join(html.unescape(re.sub(r"<[^>]*>", " ", heading.group(1))).split())
    shown = " ".join(written.decode("utf-8", "replace").split())
    return bool(words) and words in shown


#: Why a report was not opened, when the system's opener found no browser.
_NO_BROWSER = "no browser could be opened here"


def _graphical() -> bool:
    """Whether xdg-open can reach a graphical browser: a display (X11, Wayland), a browser the user named in
    ``BROWSER``, or WSL's opener."""
    return any(os.environ.get(name) for name in ("DISPLAY", "WAYLAND_DISPLAY", "BROWSER", "WSL_DISTRO_NAME"))


#: How many characters of a report are encoded and written at a time: a report of hundreds of megabytes (a big
#: cluster's JSON) is not held twice, as text and as its bytes, nor a third time joined to its last line break.
_WRITTEN_AT_ONCE = 1 << 16


def _write_encoded(stream: BinaryIO, text: str) -> None:
    """Write ``text`` to ``stream`` in UTF-8, a part of :data:`_WRITTEN_AT_ONCE` characters at a time."""
    for start in range(0, len(text), _WRITTEN_AT_ONCE):
        stream.write(text[start : start + _WRITTEN_AT_ONCE].encode("utf-8"))


def _write_stdout(text: str, end: str = "") -> None:
    """Write a report, then ``end``, to standard output as UTF-8, whatever the locale: JSON travels as UTF-8, and
    the page says it is UTF-8."""
    stream = _open_stdout()
    try:
        buffer = getattr(stream, "buffer", None)
        if buffer is None:  # a text-only stream (some embedding hosts): it takes text as it is
            stream.write(text)
            stream.write(end)
            return
        stream.flush()
        _write_encoded(buffer, text)
        buffer.write(end.encode("utf-8"))
        buffer.flush()
    except BrokenPipeError:
        raise  # the reader has gone (`| head`): click ends the command quietly
    except OSError as exc:  # a full disk behind a redirection, a device error
        raise _Fail(f"standard output: cannot write ({exc.strerror or exc})") from None


def _open_stdout() -> TextIO:
    """Standard output, refused with a one-line error when the command was started with it closed (``>&-``),
    when Python has none."""
    if sys.stdout is None or sys.stdout.closed:
        raise _Fail("standard output is closed; give -o FILE to write to a file")
    return sys.stdout


def _show(text: str) -> None:
    """Print ``text`` for a person at a terminal, in the terminal's encoding: a character it lacks (a Chinese
    outlet's name on a Latin-1 console) shows as its escape, as in the messages on standard error, not as a
    UnicodeEncodeError."""
    encoding = getattr(sys.stdout, "encoding", None) or "utf-8"
    click.echo(printable(text).encode(encoding, "backslashreplace").decode(encoding))


def _terminal() -> bool:
    """Whether standard output is a terminal (a person reading, not a file or a pipe)."""
    return sys.stdout is not None and not sys.stdout.closed and sys.stdout.isatty()


#: Where batch compares its clusters: processes of this machine, or a Dask cluster.
BACKENDS = ("local", "dask")

#: The exit status of a batch some of whose clusters failed (each is an error record in its output), and of one
#: that compared none of the clusters it tried (every one failed); 0 means none failed.
BATCH_SOME_FAILED = 3
BATCH_ALL_FAILED = 4


#: The examples ending batch's help (see compare's).
_BATCH_EXAMPLES = """\b
Examples:
  newsdiff batch clusters.jsonl -o results.jsonl --workers 4
  newsdiff batch clusters.jsonl -o results.jsonl --retry-failed --timeout 600
  newsdiff batch "corpus/*.jsonl" -o parts/ --backend dask --scheduler tcp://10.0.0.5:8786
  zcat clusters.jsonl.gz | newsdiff batch - -o - > results.jsonl
"""


@main.command("batch", short_help="Compare many clusters, one per JSONL line.", epilog=_BATCH_EXAMPLES)
@click.argument("source", type=_NAME)
@click.option(
    "-o",
    "--output",
    "output_given",
    cls=_Once,
    once=_ONE_OUTPUT,
    required=True,
    type=_NAME,
    help="Results: a JSONL file or - for standard output (local backend), or a directory of parts (dask backend).",
)
@click.option(
    "--workers",
    type=_WholeNumber(min=1),
    default=None,
    metavar="N",
    help="Worker processes (default: one per CPU); a cluster that kills its worker is an error record, even with 1.",
)
@click.option(
    "--timeout",
    type=_Seconds(),
    default=None,
    metavar="SECONDS",
    help="Stop a cluster still being compared after this long: it becomes an error record (default: no limit).",
)
@click.option(
    "--backend",
    type=_Choice(BACKENDS),
    default=None,
    help="Where clusters are compared: local processes (the default), or Dask (needs newsdiff[dask]).",
)
@click.option(
    "--engine",
    type=_Choice([*ENGINES, *BACKENDS]),
    default=None,
    metavar="[lexical|embeddings]",
    help=f"{_ENGINE_HELP} (local, dask: --backend's old spelling.)",
)
@click.option(
    "--scheduler",
    type=_Address(),
    default=None,
    metavar="ADDRESS",
    help="Dask scheduler address (default: a local Dask cluster).",
)
@click.option(
    "--lines-per-part",
    type=_WholeNumber(min=1),
    default=500,
    metavar="N",
    help="Dask backend: clusters per task (default: 500).",
)
@click.option(
    "--max-line-bytes",
    type=_WholeNumber(min=1),
    default=None,
    metavar="BYTES",
    help="A longer cluster line is passed over unread, as an error record (default: 256 MiB, or "
    "NEWSDIFF_MAX_LINE_BYTES).",
)
@click.option("--resume/--no-resume", default=True, help="Skip clusters already in the output (default: resume).")
@click.option("--retry-failed", is_flag=True, help="Compare again the clusters whose records in the output are errors.")
@click.option("--progress/--no-progress", default=None, help="Progress bar (default: when stderr is a terminal).")
@click.option("--relations", type=_Choice(ENGINES), default=None, hidden=True)  # the old name of --engine
@_cut_options
@_rules_option(", as in compare")
@_metadata_option
@_quiet_option("the tally of clusters compared and failed")
def batch_command(
    source: str,
    output_given: str,
    workers: int | None,
    timeout: float | None,
    backend: str | None,
    engine: str | None,
    scheduler: str | None,
    lines_per_part: int,
    max_line_bytes: int | None,
    resume: bool,
    retry_failed: bool,
    progress: bool | None,
    relations: str | None,
    threshold: float | None,
    floor: float | None,
    rules_path: Path | None,
    metadata: bool,
) -> None:
    """Compare many clusters: SOURCE is a JSONL file (one cluster per line), a directory of them, a glob, or -
    for standard input.

    Exits 0 when no cluster in the output failed, 3 when some did (in this run or an earlier one) and 4 when all
    did (each failure is an error record in the output).
    """
    backend, relations = _backend_and_engine(backend, engine, relations)
    # The dask backend makes its directory of parts, so -o parts/ is refused only where a file is written.
    missing = _missing_folder(output_given) if backend == "local" else None
    if missing is not None:
        raise click.BadParameter(missing, param_hint="'-o' / '--output'")  # as compare's -o says it
    output = Path(output_given)
    show = _shown(progress)
    # What both backends take alike.
    options: dict[str, Any] = {
        "workers": workers,
        "resume": resume,
        "retry_failed": retry_failed,
        "progress": show,
        "engine": relations,
        "threshold": threshold,
        "floor": floor,
        "metadata": metadata,
        "max_line_bytes": max_line_bytes,
    }
    to_stdout = str(output) == "-"
    # A device or a named pipe (/dev/stdout, /dev/null, a FIFO) is written into as standard output is: read to resume,
    # it waited for input that never came, and a settings record was written beside it (/dev/null.settings.json).
    to_stream = not to_stdout and backend == "local" and _is_stream(output)
    # Told in the options' names: the batch's functions refuse these too, in the words of their arguments.
    if retry_failed and not resume:
        raise _misused(
            "--retry-failed compares again the failures in an output it resumes, and --no-resume rewrites the output "
            "from scratch: give one or the other"
        )
    if retry_failed and source == "-" and not to_stdout:
        raise _misused(
            "--retry-failed reads the clusters twice, and standard input (-) can be read once: give the clusters as a "
            "file"
        )
    previous = _sigterm_raises()
    try:
        if rules_path is not None:
            _refuse_rules_as_batch_file(rules_path, source, output)
            options["extra_rules"] = load_rules(rules_path)
        if backend == "dask":
            if timeout is not None:
                raise _misused("--timeout needs the local backend; the dask backend sets no time limit per cluster")
            if to_stdout:
                raise _misused(
                    "the dask backend writes a directory of parts, not -o - (standard output): give a directory"
                )
            if source == "-":
                raise _misused(
                    "the dask backend's workers read files, not - (standard input): give a file all can reach"
                )
            if scheduler is not None and workers is not None:
                raise _misused(
                    "--workers sets the processes of the local Dask cluster started without --scheduler; the "
                    f"scheduler at {scheduler} compares on its own workers: leave out --workers, or --scheduler"
                )
            from .distributed import batch_dask

            summary = batch_dask(source, output, scheduler=scheduler, lines_per_part=lines_per_part, **options)
        else:
            if scheduler is not None:
                raise _misused("--scheduler needs --backend dask")
            if _given(click.get_current_context(), "lines_per_part"):
                raise _misused("--lines-per-part needs --backend dask; the local backend takes --workers")
            if source == "-":
                _check_stdin("the cluster lines", "zcat clusters.jsonl.gz | newsdiff batch - -o results.jsonl")
            from .batch import batch_file, batch_stream

            if not to_stdout and not output.is_dir():  # a directory is the batch's to explain (parts: dask)
                _check_writable(output, "results.jsonl")
                _warn_plain_gz(output)
            # Even one worker is a process of its own, so that a cluster that kills it is an error record, as
            # with more workers, rather than the end of the batch.
            options["isolate"] = True
            options["timeout"] = timeout
            if to_stdout or to_stream:
                if retry_failed:
                    given = "-o - (standard output)" if to_stdout else f"{output}, a device or a pipe"
                    raise _misused(f"--retry-failed needs an output file holding the failures, not {given}")
                del options["resume"]  # a stream keeps no record of an earlier run to resume from
                del options["retry_failed"]
                if to_stdout:
                    summary = batch_stream(source, _stdout_bytes(), name="standard output", **options)
                else:
                    summary = _batch_into(output, source, options)
            else:
                summary = batch_file(source, output, **options)
    except NewsdiffError as exc:
        raise _Fail(str(exc)) from None
    except (KeyboardInterrupt, _Terminated) as stop:
        # Every line written is whole and flushed, so what was finished is kept; say how to go on from it.
        if to_stdout or to_stream:
            where = "on standard output" if to_stdout else f"written to {output}"
            kept = f"the lines {where} are whole; rerun to compare them all"
        elif _unwritten(output):
            # Stopped before a cluster was finished: there is no file to point to, and nothing to resume.
            kept = f"no cluster was finished, so {output} holds none; run the command again to start over"
        else:
            again = "the same command" if resume else "the command without --no-resume"
            kept = f"{output} keeps every cluster finished; run {again} again to resume"
        if isinstance(stop, _Terminated):
            _say(f"terminated; {kept}")
            raise click.exceptions.Exit(143) from None  # 128 + 15, the shell's status for a command SIGTERM ended
        raise _interrupted(kept) from None
    finally:
        if previous is not None:
            signal.signal(signal.SIGTERM, previous)
    # The status tells of the output, earlier runs' records in it too: see below.
    earlier = summary.earlier_failed
    failed = summary.failed + earlier
    compared = summary.written + summary.skipped + summary.foreign - earlier
    failures = ""
    if failed:  # each is an error record among the results, saying why
        # Retrying takes the failures out of the output, and reads the clusters again: both must be files.
        # --retry-failed resumes: with --no-resume, which would rewrite the output, it is refused.
        retry = (
            "the same command with --retry-failed"
            if resume
            else "the command with --retry-failed in place of --no-resume"
        )
        them = "it" if failed == 1 else "them"
        again = "" if to_stdout or to_stream or source == "-" else f"; run {retry} to compare {them} again"
        told = [f"the {summary.failed} failed"] if summary.failed else []
        told += [f"{earlier} that failed in an earlier run"] if earlier else []
        held = "is an error record there, saying why" if failed == 1 else "are error records there, each saying why"
        failures = f"; {' and '.join(told)} {held}{again}"
    _note(
        f"{summary.written} compared, {summary.failed} failed, {summary.skipped} already done"
        f"{f', {summary.retried} earlier failure(s) retried' if summary.retried else ''}; "
        f"results {'on standard output' if to_stdout else f'in {output}'}{failures}"
    )
    if summary.foreign:
        # Resume knows clusters by id alone: an output written from another input had its ids taken for done.
        _note(
            f"warning: {output} holds {summary.foreign} earlier result(s) of clusters this input does not have; "
            "if it was written from another input, its clusters of the same ids were skipped: "
            "give a new output, or --no-resume to compare every cluster again"
        )
    if failed:
        # A script or a scheduler tells partial results from whole ones by the status alone, as rsync's 23 tells a
        # partial transfer; 4, every cluster failed, most often says something is wrong with them all. The status
        # tells of the output, not of this run alone: a rerun that skips the failures of an earlier one as done
        # leaves results that are still partial.
        raise click.exceptions.Exit(BATCH_ALL_FAILED if not compared else BATCH_SOME_FAILED)


def _batch_into(output: Path, source: str, options: dict[str, Any]) -> Any:
    """Run a batch into the device or named pipe ``output``, as into standard output: its lines written as they come,
    nothing resumed, no settings record beside it."""
    from .batch import batch_stream, cannot_write

    try:
        handle = output.open("wb")
    except OSError as exc:
        raise _Fail(cannot_write(output, exc)) from None
    try:
        summary = batch_stream(source, cast(BinaryIO, handle), name=str(output), **options)
    except BaseException:
        # What a failed write left in the buffer cannot be written on closing either (/dev/full): raised from the
        # close, that second error hid the first behind a traceback.
        with contextlib.suppress(OSError):
            handle.close()
        raise
    try:
        handle.close()
    except OSError as exc:
        raise _Fail(f"{output}: cannot write ({exc.strerror or exc})") from None
    return summary


def _unwritten(output: Path) -> bool:
    """Whether a batch's ``output`` file holds nothing yet (absent, or empty); a directory of parts (dask) is not
    looked into."""
    try:
        return not output.is_dir() and output.stat().st_size == 0
    except OSError:
        return True


def _warn_plain_gz(output: Path) -> None:
    """Warn that a batch writes its ``output`` named ``.gz`` as plain JSON lines, before it starts: a tool that
    trusts the name (gunzip, zcat) would refuse the file; summary and report read it either way."""
    from .batch import is_gzip

    if output.name.lower().endswith(".gz") and not is_gzip(output):  # a compressed one is refused by the batch
        _note(
            f"warning: {output}: a batch writes plain JSON lines, not gzip, whatever the name; name it .jsonl, and "
            "compress it once the batch has ended (gzip -k FILE)"
        )


def _refuse_rules_as_batch_file(rules_path: Path, source: str, output: Path) -> None:
    """Refuse a batch whose ``--rules`` file is among its inputs (a glob that reaches it, gzip-compressed inputs too)
    or is its output, saying which the file is: noise rules read as clusters, or clusters given as the rules."""
    from .batch import STANDARD_INPUT, input_parts, input_start

    to_stdout = str(output) == "-"
    written = None if to_stdout else output
    parts = [] if source == STANDARD_INPUT else input_parts(source, output=written, compressed=True)
    if any(same_file(part, rules_path) for part in parts):
        start = input_start(rules_path)
        if RULES_START.match(start) or _looks_like_rules(rules_path, start):
            raise _Fail(f"{rules_path}: is the --rules file, not clusters; leave it out of the input")
        raise _Fail(
            f"{rules_path}: is an input of clusters, given as --rules too; give --rules the noise rules file (JSON)"
        )
    if not to_stdout and same_file(rules_path, output):
        raise _Fail(f"{output}: is the --rules file; write the results to another file")


def _backend_and_engine(backend: str | None, engine: str | None, relations: str | None) -> tuple[str, str]:
    """Where batch compares (``--backend``) and how it relates sentences (``--engine``, as compare's), from the
    options given: ``--engine local|dask`` is the old spelling of ``--backend``, and ``--relations`` of ``--engine``.
    """
    if engine in BACKENDS:
        if backend is not None:
            raise _misused(f"--engine {engine} is the old spelling of --backend {engine}; give --backend alone")
        # --engine once said where clusters are compared, and now says how sentences are related, as in compare.
        _note(f"warning: --engine {engine} is deprecated here, use --backend {engine} (--engine now means compare's)")
        backend, engine = engine, None
    if engine is not None and relations is not None and engine != relations:
        raise _misused(f"--engine {engine} and --relations {relations} disagree; give --engine alone")
    return backend or "local", engine or relations or "lexical"


class _Terminated(BaseException):
    """SIGTERM, with which a job scheduler, a container or a service manager stops a batch, raised where it runs.

    A BaseException, as KeyboardInterrupt is, so that no handler of errors takes it for a cluster's failure.
    """


def _sigterm_raises() -> Any:
    """Make SIGTERM raise :class:`_Terminated`, so that a batch stopped by it ends as one stopped by Ctrl-C does: its
    workers stopped with it, whole lines kept, and a line saying how to resume; give the handler it replaces.

    Signals reach only the main thread, so elsewhere (a batch run from a thread) SIGTERM is left as it is: None.
    """
    if threading.current_thread() is not threading.main_thread():
        return None

    def terminate(signum: int, frame: Any) -> None:
        raise _Terminated

    return signal.signal(signal.SIGTERM, terminate)


def _stdout_bytes() -> BinaryIO:
    """Standard output as bytes, for JSON lines in UTF-8 whatever the locale."""
    stream = _open_stdout()
    stream.flush()
    buffer = getattr(stream, "buffer", None)
    if buffer is None:  # a text-only stream (some embedding hosts)
        raise _Fail("standard output here takes no bytes for the JSON lines: give -o FILE instead of -o -")
    return cast(BinaryIO, buffer)


#: The examples ending report's help (see compare's).
_REPORT_EXAMPLES = """\b
Examples:
  newsdiff report result.json -o report.html
  newsdiff report results.jsonl --cluster harbour-strike -o report.html
  newsdiff report result.json -o sentences.csv
"""


@main.command("report", short_help="Draw the report of a comparison already made.", epilog=_REPORT_EXAMPLES)
@click.argument("result", type=_NAME)
@click.option(
    "--cluster",
    metavar="ID",
    help="Which cluster of a batch's output RESULT to draw (default: its only one; needed when it holds several).",
)
@_output_option(
    "Write the report here; - for standard output (default: standard output, except on a terminal, where -o is needed)."
)
@click.option(
    "--format",
    "fmt",
    type=_Choice(["html", "csv"]),
    default=None,
    help="html, or csv with one row per sentence (default: from the -o suffix, else html).",
)
@click.option("--open", "open_report", is_flag=True, help="Open the written HTML report in a browser.")
@_quiet_option("wrote FILE", progress=False)
def report_command(result: str, cluster: str | None, output: Path | None, fmt: str | None, open_report: bool) -> None:
    """Draw the report of a comparison already made: RESULT is the JSON that compare --format json wrote, or a
    batch's output (a JSONL file, a directory of parts, a glob, or - for standard input) with --cluster ID."""
    from .batch import read_result

    if output is None and fmt is None and not open_report and _terminal():  # a format named is printed, as compare's
        raise _misused("the report is a page of HTML: add -o report.html to write it (or -o - for standard output)")
    given = output, fmt
    output, fmt = _destination(output, fmt, {".csv": "csv"}, "html")
    if open_report:
        _refuse_unopenable(*given, output, fmt)
    result = _matched_comparison(result)
    try:
        one_json = _is_comparison_json(Path(result))
        example = "zcat results.jsonl.gz | newsdiff report - --cluster ID -o report.html"
        _refuse_overwriting(output, [Path(result)] if one_json else _results_read(result, example), "report")
        piped_json = result == "-" and _stdin_holds_comparison()
        if one_json or piped_json:
            if cluster is not None:
                raise _Fail(f"{result}: is one comparison's JSON; --cluster chooses among a batch's results (JSONL)")
            comparison = _comparison_stdin() if piped_json else _comparison_file(Path(result))
        else:
            comparison = read_result(result, cluster)
        text = _render(comparison, fmt)
    except NewsdiffError as exc:
        raise _Fail(str(exc)) from None
    _warn_misnamed(output, fmt, ("html", "csv"))
    _deliver(text, output, open_report=open_report, spreadsheet=fmt == "csv")


#: How any JSON object begins, as each line of a batch's output does.
_OBJECT_START = re.compile(rb"\A(?:\xef\xbb\xbf)?\s*\{")


def _matched_comparison(result: str) -> str:
    """``result`` as given, or the one file that a pattern of comparisons' JSON (``"results/*.json"``, which the
    shell left unexpanded) matches: report draws one comparison, so a pattern matching none or several is refused
    by name. A pattern of a batch's parts (``*.jsonl``) is the batch reader's."""
    path = Path(result)
    if path.suffix.lower() != ".json" or path.exists() or not _PATTERN.search(result):
        return result
    matches = sorted(match for match in glob.glob(result) if Path(match).is_file())
    if not matches:
        raise _Fail(f"{result}: no file matches this pattern; check the folder and the spelling")
    if len(matches) > 1:
        raise _Fail(
            f"{result}: matches {len(matches)} comparisons' JSON files, and report draws one: give one of them, "
            f"such as {matches[0]}"
        )
    return matches[0]


def _is_comparison_json(path: Path) -> bool:
    """Whether report should read ``path`` as one comparison's JSON rather than as a batch's output: by its
    ``.json`` suffix, or, for another file, by how it begins. A file that begins as neither (an article, a page,
    a PDF given by mistake) is refused here, with what report reads, rather than as a bad line of a batch."""
    if path.suffix.lower() == ".json":
        return True
    if path.suffix.lower() == ".jsonl":
        return False
    from .batch import input_start, not_gzip_compressed

    start = input_start(path)
    if COMPARISON_START.match(start):
        return True
    compressed = not_gzip_compressed(start)
    if compressed is not None:
        raise _Fail(f"{path}: {compressed}")
    if start.strip() and not _OBJECT_START.match(start):  # an empty output is the batch reader's to name
        raise _Fail(
            f"{path}: is not a comparison's JSON or a batch's output; report draws what newsdiff compare --format "
            "json or newsdiff batch wrote (articles go to newsdiff compare)"
        )
    return False


def _stdin_holds_comparison() -> bool:
    """Whether standard input begins as a comparison's JSON (``compare --format json | report -``) rather than a
    batch's output, told from the bytes it holds already (uncompressed when gzip-compressed), without taking them
    from the batch's reader."""
    from .batch import standard_input_start

    return COMPARISON_START.match(standard_input_start()) is not None


def _comparison_stdin() -> Comparison:
    """The comparison in the JSON piped into standard input, gzip-compressed or not."""
    from .batch import read_standard_input

    data = read_standard_input()
    try:
        return Comparison.from_json(data)
    except NewsdiffError as exc:
        raise _Fail(f"{_STDIN_NAME}: {exc}") from None


def _results_read(source: str, example: str) -> list[Path]:
    """The files of a batch's output ``source``, none for ``-`` (standard input, refused when closed or a terminal:
    ``example`` shows how to pipe results in)."""
    from .batch import STANDARD_INPUT, result_parts

    if source == STANDARD_INPUT:
        _check_stdin("a batch's output", example)
        return []
    return result_parts(source)


def _refuse_overwriting(output: Path | None, inputs: list[Path], what: str) -> None:
    """Refuse an ``output`` file that is one of the ``inputs`` (by any path or link): the results read would be
    replaced by the ``what`` drawn from them."""
    if any(same_file(path, output) for path in inputs):
        raise _Fail(f"{output}: is one of the results read; write the {what} to another file")


def _comparison_file(path: Path) -> Comparison:
    """The comparison in a JSON file that compare wrote, gzip-compressed or not; one that is not there, or is a
    directory, is refused as compare refuses such an article, rather than as a file that "cannot be read"."""
    from .batch import read_input

    if path.is_dir():
        raise _Fail(f"{path}: is a directory; give the JSON file in it that newsdiff compare --format json wrote")
    if not os.path.lexists(path):
        raise _Fail(f"{path}: no such file; give the JSON file that newsdiff compare --format json wrote")
    try:
        data = read_input(path)
    except NewsdiffError as exc:
        raise _Fail(str(exc)) from None
    try:
        return Comparison.from_json(data)
    except NewsdiffError as exc:
        raise _Fail(f"{path}: {exc}") from None


#: The examples ending summary's help (see compare's).
_SUMMARY_EXAMPLES = """\b
Examples:
  newsdiff summary results.jsonl
  newsdiff summary results.jsonl -o corpus.html
  newsdiff summary results.jsonl -o carried.csv --table carried
  newsdiff summary "parts/*.jsonl" --format json > corpus.json
"""


@main.command("summary", short_help="Figures per outlet over a batch's results.", epilog=_SUMMARY_EXAMPLES)
@click.argument("results", type=_NAME)
@_output_option("Write the figures here; - for standard output (default: standard output).")
@click.option(
    "--format",
    "fmt",
    type=_Choice(["text", "json", "html", "csv"]),
    default=None,
    help="text, json, an html page with bars and the outlet matrix, or csv with a row per outlet (default: from "
    "the -o suffix, else text).",
)
@click.option(
    "--table",
    type=_Choice(["outlets", "carried"]),
    default=None,
    help="Which table the CSV holds: a row per outlet (the default), or per pair of outlets that met.",
)
@click.option(
    "--progress/--no-progress",
    default=None,
    help="Count the clusters read, after a moment (default: when stderr is a terminal).",
)
@_quiet_option("wrote FILE")
def summary_command(
    results: str, output: Path | None, fmt: str | None, table: str | None, progress: bool | None
) -> None:
    """Figures per outlet over a batch's RESULTS (its JSONL output, a directory of parts, a glob, or - for standard
    input): how much of each outlet's coverage is shared, paraphrased or its own, and which outlets carry which
    others' sentences."""
    from .corpus import summarize

    suffixes = {".json": "json", ".html": "html", ".htm": "html", ".csv": "csv"}
    output, fmt = _destination(output, fmt, suffixes, "text", stem="summary")
    if table is not None and fmt != "csv":
        raise _misused(f"--table chooses which table a CSV holds, not {fmt}: add --format csv, or -o with a .csv name")
    try:
        parts = _results_read(results, "newsdiff batch clusters.jsonl -o - | newsdiff summary -")
        _refuse_comparisons(results, parts)
        _refuse_overwriting(output, parts, "figures")
        summary = summarize(results, progress=_shown(progress))
    except NewsdiffError as exc:
        if results == "-" and str(exc).startswith(_NOTHING_PIPED):
            # summarize() words it for a program, which may give "a list of results"; a command line cannot.
            raise _Fail(
                f"{_STDIN_NAME} held no results (nothing was piped in, or the program piping it wrote nothing); pipe "
                "a batch's output into it, or give the file of results"
            ) from None
        raise _Fail(str(exc)) from None
    if fmt == "csv":
        text = summary.to_csv("carried" if table == "carried" else "outlets")
    else:
        text = {"json": summary.to_json, "html": summary.to_html}.get(fmt, summary.__str__)()
    _warn_misnamed(output, fmt, ("text", "json", "html", "csv"))
    _deliver(text + "\n" if fmt == "text" else text, output, spreadsheet=fmt == "csv")
    if not (fmt == "text" and output is None):  # the text on standard output says it already
        for warning in (summary.mixed_warning(), summary.running_warning(), summary.repeated_warning()):
            if warning:
                _note(f"warning: {warning}")


#: How :func:`newsdiff.summarize` begins to say that standard input brought no results (empty, or blank lines).
_NOTHING_PIPED = "results '-' is standard input, which held no results"


#: The examples ending evaluate's help (see compare's).
_EVALUATE_EXAMPLES = """\b
Examples:
  newsdiff evaluate pairs.tsv
  newsdiff evaluate pairs.tsv --engine embeddings -o scores.json
  newsdiff evaluate --gold gold.json herald.txt courier.txt --explain
"""


def _refuse_comparisons(source: str, parts: list[Path]) -> None:
    """Refuse a comparison's JSON (what compare --format json wrote) given to summary as a batch's results, with the
    report command that draws it: read as a batch's lines, its first was "not a JSON line", as if a batch had been
    stopped in the middle of writing it. Standard input is told by the bytes it holds already."""
    from .batch import STANDARD_INPUT, input_start

    what = "is one comparison's JSON, not a batch's results, which summary sums up over many clusters"
    if source == STANDARD_INPUT and _stdin_holds_comparison():
        raise _Fail(f"{_STDIN_NAME}: {what}; draw its page with newsdiff report - -o report.html")
    for part in parts:
        if COMPARISON_START.match(input_start(part)):
            raise _Fail(f"{part}: {what}; draw its page with newsdiff report {part} -o report.html")


@main.command(
    "evaluate", short_help="Score relations or an alignment against labelled data.", epilog=_EVALUATE_EXAMPLES
)
@click.argument("files", nargs=-1, type=_PATH)
@click.option("--engine", type=_Choice(ENGINES), default="lexical", help=_ENGINE_HELP)
@click.option(
    "--gold",
    cls=_Once,
    once=_ONE_GOLD,
    type=_Read("the alignment gold file (JSON) in it"),
    metavar="FILE",
    help="Score the alignment of the article FILES against this gold JSON (default: none, FILES is one "
    "sentence-pair file).",
)
@click.option(
    "--articles",
    multiple=True,
    type=_PATH,
    metavar="FILE",
    help="An article for --gold, beside the FILES (repeat; default: none, the FILES alone).",
)
@_rules_option(" for the articles of --gold")
@_metadata_option
@_cut_options
@_output_option("Write the scores here; - for standard output (default: standard output).")
@click.option(
    "--format",
    "fmt",
    type=_Choice(["text", "json"]),
    default=None,
    help="text (a table), or json for other programs, with the gold pairs missed (default: from the -o suffix, "
    "else text).",
)
@click.option(
    "--progress/--no-progress",
    default=None,
    help="Count the sentence pairs related, after a moment (default: when stderr is a terminal).",
)
@click.option(
    "--explain",
    is_flag=True,
    help="With --gold, list each gold pair missed or labelled otherwise, and each match counted against newsdiff, "
    "with its sentences, score and why.",
)
@_quiet_option("wrote FILE")
def evaluate_command(
    files: tuple[Path, ...],
    engine: str,
    gold: Path | None,
    articles: tuple[Path, ...],
    rules_path: Path | None,
    metadata: bool,
    threshold: float | None,
    floor: float | None,
    output: Path | None,
    fmt: str | None,
    progress: bool | None,
    explain: bool,
) -> None:
    """Score relations on a sentence-pair file (MSRP layout), or with --gold an alignment of the FILES it labels."""
    from .evaluate import AlignmentScores, PairScores, compare_and_score, evaluate_pairs, read_gold

    files, articles = _expanded(files), _expanded(articles)
    output, fmt = _destination(output, fmt, {".json": "json"}, "text", stem="scores")
    read = (*files, *articles, *(path for path in (gold, rules_path) if path is not None))
    if any(same_file(path, output) for path in read):
        raise _Fail(f"{output}: is one of the files scored; write the scores to another file")
    shown = _shown(progress)
    try:
        if gold is not None:
            if str(gold) == "-":  # its errors name its path with the entry at fault, as a pair file's do
                raise _misused("-: the alignment gold is read from its path, not standard input; save it and give that")
            if len(files) + len(articles) < 2:
                raise _misused("--gold needs the articles it labels: give two or more article files")
            _refuse_non_articles((*files, *articles), rules_path=rules_path, gold=gold)
            # A mistake in its layout, or an article or a sentence it names that is not there, is told before the
            # sentences are related, which may take minutes.
            check_engine(engine)
            scored = scoring(engine, threshold, floor)
            checked = read_gold(gold)
            extra = load_rules(rules_path) if rules_path is not None else ()
            loaded = load(_sources((*files, *articles), "cat article.txt | newsdiff evaluate --gold gold.json A.txt -"))
            scores: PairScores | AlignmentScores = compare_and_score(
                loaded,
                checked,
                str(gold),
                scored,
                progress=shown,
                explain=explain,
                extra_rules=extra,
                metadata=metadata,
            )
        elif threshold is not None or floor is not None:
            raise _misused("--threshold and --floor set how a cluster is aligned: use them with --gold")
        elif rules_path is not None or _given(click.get_current_context(), "metadata"):
            # A sentence-pair file holds sentences, which are neither cleaned nor read for metadata.
            raise _misused("--rules and --metadata set how articles are cleaned: use them with --gold")
        elif explain:
            raise _misused("--explain tells why gold pairs of an alignment were missed: use it with --gold")
        elif articles:
            # Else refused as "give one sentence-pair file", when one was given.
            raise _misused("--articles gives the articles that an alignment gold labels: use it with --gold GOLD.json")
        elif len(files) == 1 and not articles:
            if files[0].is_dir():
                raise _Fail(f"{files[0]}: is a directory; give the sentence-pair file in it")
            if str(files[0]) == "-":
                # The pairs are read from a file: its name is what their errors give with the line at fault.
                raise _misused(
                    "-: a sentence-pair file is read from its path, not standard input; save it and give that"
                )
            scores = evaluate_pairs(files[0], engine=engine, progress=shown)
        else:
            raise _misused("give one sentence-pair file, or --gold GOLD.json with the article files it labels")
    except NewsdiffError as exc:
        raise _Fail(str(exc)) from None
    text = json.dumps(scores.to_dict(), ensure_ascii=False, indent=2) if fmt == "json" else str(scores)
    _warn_misnamed(output, fmt, ("text", "json"))
    _deliver(text + "\n", output)
