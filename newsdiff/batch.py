"""Many clusters at once: one JSON line in, one JSON line out, in input order, resumable.

A cluster line is ``{"id": "cluster-17", "articles": [record, ...]}`` where each record is what
:func:`newsdiff.load` accepts as a mapping (``text`` plus optional ``id``, ``outlet``, ``title``,
``date``, ``url``, and ``source``, which its result names). Each output line wraps the schema-1 result so
that the schema stays intact:
``{"cluster": "cluster-17", "result": {...}}``, or ``{"cluster": "cluster-17", "error": "..."}`` when
the cluster cannot be compared; the batch goes on. A line without an ``id`` is named after a hash of
its text, so every backend names it the same and a rerun recognises it.

:func:`process_line` turns one input line into one output line and is a pure function of the line,
which is what lets the local process pool and the Dask backend produce byte-identical output.
"""

from __future__ import annotations

import codecs
import difflib
import errno
import glob
import gzip
import hashlib
import heapq
import io
import json
import multiprocessing
import numbers
import os
import pickle
import re
import select
import shutil
import signal
import stat
import sys
import tempfile
import threading
import time
import warnings
import zlib
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures import TimeoutError as FuturesTimeout
from concurrent.futures.process import BrokenProcessPool
from contextlib import ExitStack, contextmanager, suppress
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import chain
from multiprocessing.context import BaseContext
from pathlib import Path
from typing import Any, BinaryIO

from ._version import __version__
from .article import (
    Article,
    article_from_record,
    given_twice,
    id_problem,
    json_kind,
    json_object,
    looks_like_path,
    normalise_text,
    printable,
    same_file,
)
from .compare import check_metadata, compare, progress_stream, refuse_given_twice
from .compression import COMPRESSED, GZIP_START
from .errors import EngineError, InputError, MainGuardError, NewsdiffError
from .files import refuse_read_only
from .noise import RULES_START, NoiseRule
from .relate import check_engine, check_scores
from .result import COMPARISON_START, SCHEMA, Comparison, read_comparison

#: How many clusters per worker may be in flight at once; bounds memory whatever the input size.
IN_FLIGHT_PER_WORKER = 4

#: What :func:`decode_input` leaves for a byte that is not UTF-8.
_UNDECODED = re.compile("[\udc80-\udcff]")

#: The source that stands for standard input: ``newsdiff batch - -o out.jsonl`` reads the clusters piped in.
STANDARD_INPUT = "-"

#: The UTF-8 byte-order mark, allowed (and skipped) at the start of an input file.
BOM = b"\xef\xbb\xbf"
#: How a line of a batch's output begins, as the batch writes it: its cluster's id, then its result or its error (an
#: article record may have a "cluster" field of its own, but then not these).
RESULTS_START = re.compile(
    rb'\A(?:\xef\xbb\xbf)?\s*\{\s*"cluster"\s*:\s*"(?:[^"\\]|\\.)*"\s*,\s*"(?:result|error)"\s*:'
)

#: How compressed files begin (a batch reads gzip files as they are, but neither gzip piped in nor the other kinds).
_COMPRESSED = COMPRESSED
#: What reading an input file may raise: beside the system's errors, a gzip file cut short or corrupt.
_UNREADABLE = (OSError, EOFError, zlib.error)

#: The file in the Dask backend's output directory that records the settings the parts were written with.
SETTINGS_RECORD = "settings.json"

#: The exit status of a worker process that found itself running the batch again while importing the caller's
#: script (see :class:`MainGuardError`); the batch's process reads it to say so once, rather than per cluster.
RERAN_MAIN = 87
#: Seconds a broken pool's workers are given to end before their exit statuses are read.
REAPING_WAIT = 2.0


@dataclass(frozen=True)
class BatchSummary:
    """What a batch run did: clusters compared, failed (error records written) and skipped on resume.

    ``foreign`` counts the output's earlier lines that no cluster of this input answered to: more than a
    few, and the output was likely written from another input, whose clusters of the same ids were skipped.
    ``retried`` counts the earlier error records taken out to compare their clusters again (``retry_failed``);
    those clusters are among ``written`` or ``failed``. ``earlier_failed`` counts the error records that earlier runs
    left in the output and this one kept (of clusters skipped as done, or foreign): with ``failed``, the failures the
    output holds once the run has ended.
    """

    written: int
    failed: int
    skipped: int
    foreign: int = 0
    retried: int = 0
    earlier_failed: int = 0


@dataclass(frozen=True)
class Settings:
    """How every cluster of a batch is compared: the relation engine, and its threshold and floor when set."""

    engine: str = "lexical"
    threshold: float | None = None
    floor: float | None = None

    def check(self) -> None:
        """Refuse an unknown engine or a score outside [0, 1] before any cluster is read, not once per cluster."""
        check_engine(self.engine)
        check_scores(self.threshold, self.floor)

    def recorded(self) -> dict[str, Any]:
        """The settings as recorded beside an output, with the newsdiff version (which may change results too)."""
        return {"newsdiff": __version__, "relations": self.engine, "threshold": self.threshold, "floor": self.floor}


@dataclass(frozen=True)
class BatchSettings(Settings):
    """:class:`Settings` with the noise ``rules`` a batch adds to the shipped ones (:func:`newsdiff.compare`'s
    ``extra_rules``): they change what is cleaned, not how a result read back is scored, which is all that the
    settings recorded for a results file tell its readers (summary, report)."""

    rules: tuple[NoiseRule, ...] = ()
    metadata: bool = True  # False: the metadata is kept in each text, compared as sentences (compare's ``metadata``)

    def check(self) -> None:
        """Refuse what :meth:`Settings.check` refuses, a ``metadata`` that is not True or False, and a rule that is not
        a :class:`NoiseRule`, before any cluster is read."""
        super().check()
        check_metadata(self.metadata)
        for number, rule in enumerate(self.rules, start=1):
            if not isinstance(rule, NoiseRule):
                raise InputError(
                    f"extra_rules, rule {number}: is {type(rule).__name__}, not a NoiseRule; read a rules file with "
                    "newsdiff.noise.load_rules, or build NoiseRule(reason, pattern, scope)"
                )

    def recorded(self) -> dict[str, Any]:
        """The settings as recorded beside an output; the extra noise rules are recorded whole, as a rules file holds
        them, so a reader can tell that they were used and use them again (none: null)."""
        rules = [{"reason": r.reason, "pattern": r.pattern, "scope": r.scope} for r in self.rules] or None
        return {**super().recorded(), "rules": rules, "metadata": self.metadata}


#: The lexical engine with its own threshold and floor.
DEFAULT_SETTINGS = BatchSettings()


def batch_settings(
    engine: str,
    threshold: float | None,
    floor: float | None,
    extra_rules: Iterable[NoiseRule],
    *,
    metadata: bool = True,
) -> BatchSettings:
    """The checked :class:`Settings` of a batch with these options, or an :class:`InputError` naming what is wrong."""
    if isinstance(extra_rules, (NoiseRule, str, Mapping)) or not isinstance(extra_rules, Iterable):
        raise InputError(
            f"extra_rules must be a list of NoiseRule objects, got {type(extra_rules).__name__}; give a list such as "
            "newsdiff.noise.load_rules('rules.json')"
        )
    settings = BatchSettings(engine, threshold, floor, tuple(extra_rules), metadata)
    settings.check()
    return settings


def cluster_id(line: str) -> str:
    """The id a cluster line is known by: its ``id`` field, else ``unnamed-`` and a hash of the line."""
    record, _ = _parsed(line)
    return _ident(record, line)


def compare_cluster(
    record: Mapping[str, Any] | str,
    *,
    engine: str = "lexical",
    threshold: float | None = None,
    floor: float | None = None,
    extra_rules: Sequence[NoiseRule] = (),
    metadata: bool = True,
) -> dict[str, Any]:
    """Compare one cluster (a record or its JSON line) and return its output record; failures become errors.

    An engine that cannot run (:class:`newsdiff.EngineError`) is raised instead, since it fails every cluster.
    ``engine``, ``threshold``, ``floor``, ``extra_rules`` and ``metadata`` are :func:`newsdiff.compare`'s.
    """
    if isinstance(record, OverlongLine):
        return {"cluster": record.ident, "error": record.problem}
    line = record if isinstance(record, str) else _dump(record)
    parsed, problem = _parsed(line)
    ident = _ident(parsed, line)
    named = _named(parsed, line)
    undecoded = _UNDECODED.search(line)
    if undecoded is not None:
        byte = ord(undecoded.group()) - 0xDC00
        problem = f"not valid UTF-8 (byte 0x{byte:02x} at column {undecoded.start() + 1})"
        return {"cluster": ident, "error": f"{named}: {problem}; give UTF-8 JSON lines"}
    if problem is not None:
        return {"cluster": ident, "error": f"{named}: {problem}; each line must be one cluster object"}
    bad_id = _id_problem(parsed)
    if bad_id is not None:
        return {"cluster": ident, "error": f"{named}: {bad_id}"}
    try:
        result = compare(
            _sourced(_articles(parsed)),
            extra_rules=extra_rules,
            metadata=metadata,
            engine=engine,
            threshold=threshold,
            floor=floor,
        )
        return {"cluster": ident, "result": result.to_dict()}
    except EngineError:
        raise  # no cluster could be compared: the batch stops rather than fail each one
    except NewsdiffError as exc:
        return {"cluster": ident, "error": f"{named}: {exc}"}
    except Exception as exc:
        return {"cluster": ident, "error": f"{named}: internal error ({type(exc).__name__}: {exc})"}


def _parsed(line: str) -> tuple[Any, str | None]:
    """The JSON value of a cluster line, or what is wrong with it and the value it starts with, if any."""
    try:
        # Each object remembers the keys it gives twice, which the cluster and its article records refuse.
        return json.loads(line, object_pairs_hook=json_object), None
    except json.JSONDecodeError as exc:
        # json's own words may end "at" ("Unterminated string starting at"), which read "at at column" here.
        why = f"{exc.msg.removesuffix(' at')} at column {exc.colno}"
        problem = f"invalid JSON ({why})"
        if exc.msg != "Extra data":
            return None, problem
        # A whole value and more: most often two lines joined (by `cat`, after a file whose last line had no
        # newline). Its error record is named after the first cluster, so it can be found by its id.
        first = json.JSONDecoder(object_pairs_hook=json_object).raw_decode(line.lstrip())[0]
        joined = "; two lines joined?" if line[exc.pos :].startswith("{") else ""
        return first, f"invalid JSON ({why}{joined})"
    except RecursionError:
        # Thousands of nested brackets exhaust the parser's stack; that line, not the batch, has failed.
        return None, _TOO_DEEP
    except ValueError:
        # Python refuses to read an integer of more than 4,300 digits (a denial-of-service guard); as above.
        return None, _TOO_LONG_NUMBER


#: What :func:`_parsed` says of a line that may well be JSON, but one Python's reader refuses to read.
_TOO_DEEP = "invalid JSON (nested too deeply)"
_TOO_LONG_NUMBER = "invalid JSON (a number too long to read)"


def _why(problem: str) -> str:
    """What :func:`_parsed` found wrong with a line, without its "invalid JSON" wrapping."""
    return problem.removeprefix("invalid JSON (").removesuffix(")")


def _given_id(record: Any) -> str | None:
    """The id a cluster record gives itself, read as an article's id is: its ``id`` when a string that names something
    (stripped of the white space around it) or a whole number (``7``, or ``7.0`` as pandas writes a column of integers
    with an empty cell), else None; :func:`_id_problem` says what is wrong with an id that is there but not read."""
    if isinstance(record, Mapping):
        ident = record.get("id")
        if isinstance(ident, str) and ident.strip() and id_problem(ident.strip()) is None:
            return ident.strip()
        if isinstance(ident, int) and not isinstance(ident, bool):
            return str(ident)
        if isinstance(ident, float) and ident.is_integer():
            return str(int(ident))
    return None


def _id_problem(record: Any) -> str | None:
    """What is wrong with the ``id`` a cluster record gives, when one is given but cannot name it (a list, true, 2.5, a
    string of white space or with a line break in it), which its error record says; None when it is good or absent."""
    if not isinstance(record, Mapping) or _given_id(record) is not None:
        return None
    ident = record.get("id")
    if ident is None or ident == "":  # as an article's: no id, named after a hash of its line
        return None
    if isinstance(ident, str):
        return f"its 'id' {ident!r}: {id_problem(ident.strip() or ident)}"
    return (
        f"its 'id' must be a string or a whole number, not {type(ident).__name__} ({json.dumps(ident)[:_QUOTED]}); "
        "give the cluster's id as a string"
    )


def _ident(record: Any, line: str) -> str:
    if isinstance(line, OverlongLine):
        return line.ident
    given = _given_id(record)
    if given is not None:
        return given
    return "unnamed-" + hashlib.sha256(line.strip().encode("utf-8", "surrogatepass")).hexdigest()[:16]


#: How many characters of a line without an id its error record quotes.
_QUOTED = 40


def _named(record: Any, line: str) -> str:
    """How an error record names its cluster: by id, or by the hash and how the line starts when it gives none."""
    given = _given_id(record)
    if given is not None:
        return f"cluster {given}"
    ident = _ident(record, line)
    # A hash of the line names it stably but cannot be searched for; the line's first characters can, and its number
    # in the input, when known, finds it at once.
    # A byte that is not UTF-8, kept as a lone surrogate, is quoted as U+FFFD, as the errors of loading show it, not as
    # Python's escape for the surrogate, which the line holds nowhere to be searched for.
    text = printable(line.strip())
    start = text[:_QUOTED] + ("…" if len(text) > _QUOTED else "")
    if isinstance(line, NumberedLine):
        return f"cluster {ident} ({line.where}, which starts {start!r})"
    return f"cluster {ident} (the line that starts {start!r})"


class NumberedLine(str):
    """A cluster line read from an input, with where it was read (:attr:`where`, such as ``line 7 of a.jsonl``), which
    the error record of a line without an id (not JSON, say) names, so it is found at once in a large input."""

    where: str

    def __new__(cls, text: str, where: str) -> NumberedLine:
        line = super().__new__(cls, text)
        line.where = where
        return line

    def __reduce__(self) -> tuple[Any, ...]:
        return (NumberedLine, (str(self), self.where))


def numbered(text: str, number: int, name: str) -> NumberedLine:
    """The cluster line ``text``, line ``number`` of the input ``name``, as :class:`NumberedLine` tells it."""
    return NumberedLine(text, f"line {number:,} of {name}")


def process_line(line: str, settings: BatchSettings = DEFAULT_SETTINGS) -> str:
    """One input line to one output line (JSON, no trailing newline)."""
    return _dump(
        compare_cluster(
            line,
            engine=settings.engine,
            threshold=settings.threshold,
            floor=settings.floor,
            extra_rules=settings.rules,
            metadata=settings.metadata,
        )
    )


def batch(
    clusters: Iterable[Mapping[str, Any] | str],
    *,
    workers: int | None = None,
    isolate: bool = False,
    timeout: float | None = None,
    engine: str = "lexical",
    threshold: float | None = None,
    floor: float | None = None,
    extra_rules: Iterable[NoiseRule] = (),
    metadata: bool = True,
) -> Iterator[dict[str, Any]]:
    """Compare many clusters (records or JSON lines, such as an open file's in text or binary mode) and yield one
    output record per cluster, in order.

    ``workers`` processes compare clusters in parallel (default: one per CPU). A cluster that kills its
    worker process (out of memory, a crash) becomes an error record and the batch goes on. ``workers=1``
    compares in this process instead, where such a cluster ends the batch (as a debugger, or a daemonic
    process that may not start others, needs), unless ``isolate`` asks for one worker process. A cluster still
    being compared ``timeout`` seconds after its turn came is stopped (its worker killed) and becomes an error
    record too; the limit needs worker processes.
    Only a bounded window of clusters is in flight, so memory does not grow with the input. Where Python forks
    worker processes by default, they are forked only while this process runs no other thread, and otherwise start
    afresh (see ``docs/scale.md``), which imports the caller's script: run the batch under
    ``if __name__ == "__main__":``.
    ``engine``, ``threshold``, ``floor``, ``extra_rules`` (noise rules added to the shipped ones, as from
    :func:`newsdiff.noise.load_rules`) and ``metadata`` are :func:`newsdiff.compare`'s, checked before any cluster is
    read, and reach every worker.
    A cluster's ``articles`` may hold what :func:`newsdiff.compare` takes: records, texts, paths (read by the worker,
    from this process's working directory) and :class:`Article` objects, carried to the worker as their records, with
    their ``source`` (an article record's ``source`` is its result's, in a file of clusters too). What is not a
    cluster (an :class:`Article`, a :class:`Comparison`, a list, an open article whose first line is not JSON) is
    refused with an :class:`InputError` naming it, when it is reached.

    >>> [r["cluster"] for r in batch([{"id": "c1", "articles": [{"text": "It rained."}, {"text": "It rained."}]}],
    ...                              workers=1)]
    ['c1']
    """
    if isinstance(clusters, (str, bytes, os.PathLike, Mapping, Article, Comparison)):
        raise InputError(
            f"batch() takes an iterable of clusters, not one {type(clusters).__name__}: "
            "wrap one cluster in a list, or give a file to batch_file (from newsdiff.batch import batch_file)"
        )
    if not isinstance(clusters, Iterable):
        raise TypeError(
            "batch() takes an iterable of clusters (records, or JSON lines such as an open file's), "
            f"not {type(clusters).__name__}"
        )
    settings = batch_settings(engine, threshold, floor, extra_rules, metadata=metadata)
    worker_count(workers)
    # Checked above at the call, not when the first record is asked for: the records come from a generator.
    check_timeout(timeout, workers, isolate)
    check_sendable(settings, workers, isolate)
    clusters = _binary_pipe(clusters)
    lines = _cluster_lines(clusters)
    ready = arrival_check(clusters)
    outputs = _ordered(lines, workers, settings, isolate=isolate, timeout=timeout, ready=ready)
    return (json.loads(output) for output in outputs)


def _cluster_lines(clusters: Iterable[Any]) -> Iterator[str]:
    """The clusters given to :func:`batch` as JSON lines, read as from a file (an open one, in text or binary mode, is
    the usual iterable): blank lines skipped, a byte-order mark dropped, and an input whose first line cannot start
    clusters refused as a file's is (see :func:`not_cluster_lines`). What is not a cluster at all (an
    :class:`Article`, a :class:`Comparison`, a list) is refused naming it and what a batch takes."""
    source = getattr(clusters, "name", None)
    first = True
    for number, cluster in enumerate(clusters, start=1):
        where = f"{source}, line {number}" if isinstance(source, str) else f"batch() item {number}"
        if isinstance(cluster, (bytes, bytearray)):
            cluster = decode_input(bytes(cluster))
        if isinstance(cluster, str):
            line = cluster.removeprefix("\ufeff")
            if is_blank(line):
                continue
            if first:
                problem = not_cluster_lines(line.encode("utf-8", "surrogatepass"))
                if problem is not None:
                    raise InputError(f"{where}: {problem}")
            first = False
            ended = line.endswith("\n")
            line = line.rstrip("\n").rstrip("\r")
            if not isinstance(source, str):
                yield NumberedLine(line, f"item {number:,} given to batch()")
            elif ended:
                yield numbered(line, number, source)
            else:
                # The last line of an open file, or of a pipe whose writer stopped mid-line: named and told as
                # batch_file tells it, not as invalid JSON under a hash of its half.
                name = "standard input" if source == "<stdin>" else source
                yield _unended(numbered(line, number, name), number, name)
            continue
        first = False
        if isinstance(cluster, Mapping):
            yield _serialised(cluster)
            continue
        raise InputError(f"{where}: {_not_a_cluster(cluster)}")


def _not_a_cluster(given: Any) -> str:
    """What :func:`batch` says of an item that is not a cluster, with what it takes instead."""
    takes = 'a batch takes clusters, each {"id": ..., "articles": [...]} (a dict) or its JSON line'
    if isinstance(given, Article):
        return (
            f"is an Article, not a cluster; {takes}: put the articles of one event in a cluster's "
            "'articles', or compare them with newsdiff.compare()"
        )
    if isinstance(given, Comparison):
        return f"is a Comparison, a result already compared, not a cluster; {takes} (newsdiff.summarize() sums results)"
    return f"is {type(given).__name__}, not a cluster; {takes}"


def batch_file(
    source: str | os.PathLike[str],
    output: str | os.PathLike[str],
    *,
    workers: int | None = None,
    isolate: bool = False,
    timeout: float | None = None,
    resume: bool = True,
    retry_failed: bool = False,
    progress: bool = False,
    engine: str = "lexical",
    threshold: float | None = None,
    floor: float | None = None,
    extra_rules: Iterable[NoiseRule] = (),
    metadata: bool = True,
    max_line_bytes: int | None = None,
) -> BatchSummary:
    """Compare every cluster of ``source`` (a JSONL file, a directory of them, a glob, or ``-`` for standard input)
    into ``output``.

    Lines are written in input order and flushed one by one (a read-only ``output`` is refused with
    :class:`PermissionError`); with ``resume`` a rerun keeps what an earlier run wrote, drops a partial last line
    it left, and skips the clusters already written.
    ``retry_failed`` also compares again the clusters whose earlier records are errors (a timeout, a worker
    killed): their error records are taken out first, and their new records appended after the others.
    ``workers``, ``isolate`` and ``timeout`` are :func:`batch`'s; ``engine``, ``threshold``, ``floor``,
    ``extra_rules`` and ``metadata`` are :func:`newsdiff.compare`'s; they are recorded beside ``output``, and resuming
    with others is refused (an output recorded before ``metadata`` was had it True, the only way then). A line over
    ``max_line_bytes`` bytes (by default :func:`line_limit`'s) is passed over unread, and is its cluster's error
    record.
    """
    settings = batch_settings(engine, threshold, floor, extra_rules, metadata=metadata)
    limit = line_limit(max_line_bytes)  # a limit set wrong is refused before anything is read
    worker_count(workers)  # before the settings are recorded beside the output, which a wrong count left behind
    check_timeout(timeout, workers, isolate)
    check_sendable(settings, workers, isolate)
    check_retry(retry_failed, resume)
    if retry_failed and os.fspath(source) == STANDARD_INPUT:
        # Which failed clusters this input holds is known only by reading it before comparing it.
        raise InputError(
            "retry_failed reads the clusters twice, and standard input can be read once: give the clusters as a file"
        )
    target = output_path(output, "a JSONL file")
    if target.is_dir():
        raise InputError(
            f"{target}: is a directory; give a file in it, such as {target / 'results.jsonl'} (the local backend "
            "writes one JSONL file; parts in a directory: --backend dask)"
        )
    if target.exists() and not target.is_file():
        # Read to resume, a pipe or a terminal waited for input that never came; a settings record went beside it.
        raise InputError(
            f"{target}: is a device or a pipe, not a file a batch can resume; write into it with "
            f"batch_stream(source, open({str(target)!r}, 'wb'))"
        )
    refuse_compressed_output(target)
    # Appended to by a process run as root, a read-only results file took the new lines whatever its mode.
    refuse_read_only(target)
    lines, parts = source_lines(source, output=target, limit=limit)
    if not resume:
        refuse_to_rewrite(target)
    with sole_writer(target), ExitStack() as held:
        check_settings(settings_record(target), target, settings, fresh=not resume or not has_results(target))
        retried = held.enter_context(failures_dropped(target, read_lines(parts, limit))) if retry_failed else 0
        bar = _progress_bar(parts, progress, limit)
        try:
            summary = write_results(
                lines,
                target,
                workers=workers,
                isolate=isolate,
                timeout=timeout,
                resume=resume,
                progress=bar,
                settings=settings,
                ready=_standard_input_arrival(source),
            )
        finally:
            if bar is not None:
                bar.close()
        return replace(summary, retried=retried)


def output_path(output: str | os.PathLike[str], what: str) -> Path:
    """``output`` as a path, or an :class:`InputError` when it is empty: ``Path("")`` is the working directory, which
    a batch would fill (the dask backend with its parts), or refuse as a directory without saying why."""
    if not os.fspath(output).strip():
        raise InputError(f"output is {os.fspath(output)!r}, which names no file; give the path of {what} to write")
    if isinstance(output, str) and output == STANDARD_INPUT:
        # The source "-" is standard input, and the command line's -o - standard output: here it made a file named -.
        raise InputError(
            f"output is '-', standard output on the command line but a file named - here; give the path of {what} "
            "(Path('-') for a file of that name), or write the results to standard output with "
            "newsdiff.batch.batch_stream(source, sys.stdout.buffer)"
        )
    return Path(output)


def refuse_compressed_output(output: Path) -> None:
    """Refuse an ``output`` that is gzip-compressed (results compressed after an earlier run, given again): a batch
    appends plain lines to its output, and took its compressed bytes for lines not a batch's, which the user was told
    to remove, or (``--no-resume``) for no batch's output."""
    if is_gzip(output):
        named = output.name.lower().endswith(".gz") and len(output.name) > 3
        plain = output.with_name(output.name[:-3]) if named else output.with_name(output.name + ".jsonl")
        how = f"gunzip -k {output}" if named else f"zcat {output} > {plain}"
        raise InputError(
            f"{output}: is gzip-compressed, and a batch writes its output as plain JSON lines; decompress it first "
            f"({how}) and give {plain}, or give another output"
        )


def check_retry(retry_failed: bool, resume: bool) -> None:
    """Refuse ``retry_failed`` without ``resume``: a run from scratch compares every cluster again anyway."""
    if retry_failed and not resume:
        raise InputError(
            "retry_failed compares again the failed clusters of an output it resumes, and resume=False (--no-resume) "
            "rewrites the output from scratch: give one or the other"
        )


@contextmanager
def failures_dropped(output: Path, lines: Iterable[str]) -> Iterator[int]:
    """Take out of the results file ``output`` the error records of the clusters among ``lines``, so that resuming
    compares them again; yields how many were taken out. Use it inside :func:`sole_writer`.

    The lines kept are written to a new file beside ``output`` that then replaces it in one step, so an
    interruption leaves the old output or the new one, never a result lost nor a line twice (rewritten in place,
    a crash midway would leave both). A lock belongs to a file, not its name: the new file is locked before it
    replaces the old one and held until the context ends, so ``output`` stays held for this batch throughout.
    An output with other names (hard links) would be parted from them by a new file, and is instead written over
    from the new file, which is kept beside it until that is done (see :func:`finish_rewriting`).
    """
    wanted = Counter(cluster_id(line) for line in lines)
    real = Path(os.path.realpath(output))  # a link to the results stays a link to them
    if not _retried(real, wanted, None):
        yield 0
        return
    try:
        descriptor, copy = tempfile.mkstemp(dir=real.parent, prefix=f".{real.name}.", suffix=".retry")
    except OSError as exc:
        raise InputError(f"{output}: cannot write a new copy beside it to retry ({exc.strerror or exc})") from None
    with open(descriptor, "wb") as handle:
        try:
            with suppress(OSError):
                _lock(handle)  # nobody else knows this file yet: it cannot be held; no locks here: unguarded
            dropped = _retried(real, wanted, handle)
            handle.flush()
            os.fsync(handle.fileno())
            shutil.copymode(real, copy)
            if os.stat(real).st_nlink > 1:
                # Named whole only once it is whole: a crash before leaves the output as it was, and one after it is
                # finished by the next batch on this output.
                os.replace(copy, _rewriting(real))
                _sync_folder(real.parent)
                finish_rewriting(real)
            else:
                os.replace(copy, real)
        except BaseException as exc:
            with suppress(OSError):
                os.unlink(copy)
            if isinstance(exc, OSError):
                raise InputError(f"{output}: cannot be rewritten to retry ({exc.strerror or exc})") from None
            raise
        _sync_folder(real.parent)
        yield dropped


def _rewriting(output: Path) -> Path:
    """Where a retry keeps the new content of a hard-linked ``output`` while writing it over ``output``."""
    return output.with_name(f".{output.name}.rewriting")


def finish_rewriting(output: Path) -> None:
    """Write over ``output`` in place the content a retry kept beside it for that (:func:`failures_dropped`), if any,
    and remove it: a batch stopped while doing so left ``output`` half written. Use it inside :func:`sole_writer`."""
    real = Path(os.path.realpath(output))
    pending = _rewriting(real)
    try:
        with open(pending, "rb") as source, open(real, "r+b") as target:
            shutil.copyfileobj(source, target)
            target.truncate()
            target.flush()
            os.fsync(target.fileno())
        os.unlink(pending)
    except FileNotFoundError:
        return  # nothing was left to finish
    except OSError as exc:
        raise InputError(
            f"{output}: cannot be written over with the retried results kept in {pending} ({exc.strerror or exc}); "
            f"copy that file over it (cp {pending} {real}) and remove it"
        ) from None
    _sync_folder(real.parent)


def _retried(output: Path, wanted: Counter[str], kept: BinaryIO | None) -> int:
    """How many error records of ``output`` answer to the ``wanted`` input clusters (ids with how many lines);
    the other lines are written to ``kept``, when given.

    The n-th output line with an id answers to the n-th input line with it (see :func:`write_results`), so once
    one is taken out, so are the later ones with its id that the input has, which are compared again after it.
    A partial last line, which resuming would cut off, is left out.
    """
    seen: Counter[str] = Counter()
    retrying: set[str] = set()
    dropped = 0
    try:
        with open(output, "rb") as handle:
            for number, raw in _whole_lines(handle):
                if raw.strip():
                    ident = _answered_id(raw, output, number)
                    seen[ident] += 1
                    failed = seen[ident] <= wanted[ident] and _is_error_record(raw)
                    if failed or (ident in retrying and seen[ident] <= wanted[ident]):
                        dropped += failed
                        retrying.add(ident)
                        continue
                if kept is not None:
                    kept.write(raw)
    except FileNotFoundError:
        return 0
    except OSError as exc:
        raise InputError(f"{output}: cannot be read to retry ({exc.strerror or exc})") from None
    return dropped


def is_error_record(line: bytes | str) -> bool:
    """Whether the output ``line`` (bytes, or text) is an error record. Deprecated: it is the batch's own helper, and
    not part of the API; read the line as JSON, and an error record is the one with an ``"error"`` key."""
    warnings.warn(
        "newsdiff.batch.is_error_record is deprecated and will be removed; read the line as JSON: an error record "
        "is the one with an 'error' key",
        DeprecationWarning,
        stacklevel=2,
    )
    return _is_error_record(line.encode("utf-8", "surrogateescape") if isinstance(line, str) else line)


def _is_error_record(raw: bytes) -> bool:
    """Whether the output line ``raw`` is an error record, as the batch writes it or as another tool rewrote it."""
    text = decode_input(raw).rstrip("\r\n")
    if text.startswith('{"cluster":'):
        with suppress(ValueError):
            return is_error(text)
    record, _ = _parsed(text)
    return isinstance(record, dict) and "error" in record


def _sync_folder(folder: Path) -> None:
    """Make a file's replacement in ``folder`` survive a power cut, where the system allows it (not Windows)."""
    with suppress(OSError, AttributeError):
        descriptor = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(descriptor)
        finally:
            os.close(descriptor)


def batch_stream(
    source: str | os.PathLike[str],
    stream: BinaryIO,
    *,
    name: str = "the output stream",
    workers: int | None = None,
    isolate: bool = False,
    timeout: float | None = None,
    progress: bool = False,
    engine: str = "lexical",
    threshold: float | None = None,
    floor: float | None = None,
    extra_rules: Iterable[NoiseRule] = (),
    metadata: bool = True,
    max_line_bytes: int | None = None,
) -> BatchSummary:
    """Compare every cluster of ``source`` (as :func:`batch_file`) and write the output lines to ``stream``, in UTF-8.

    For a pipeline reading standard output: each line is flushed as soon as it is written, in input
    order. Nothing is resumed, since a stream keeps no record of what an earlier run wrote; ``name``
    says which stream an error is about. A reader that stops early raises :class:`BrokenPipeError`.
    ``workers``, ``isolate`` and ``timeout`` are :func:`batch`'s; ``engine``, ``threshold``, ``floor``,
    ``extra_rules`` and ``metadata`` are :func:`newsdiff.compare`'s; ``max_line_bytes`` is :func:`batch_file`'s.
    """
    settings = batch_settings(engine, threshold, floor, extra_rules, metadata=metadata)
    limit = line_limit(max_line_bytes)
    worker_count(workers)
    check_timeout(timeout, workers, isolate)
    check_sendable(settings, workers, isolate)
    lines, parts = source_lines(source, limit=limit)
    bar = _progress_bar(parts, progress, limit)
    try:
        written, failed = _write_lines(
            lines,
            stream,
            workers=workers,
            isolate=isolate,
            timeout=timeout,
            settings=settings,
            progress=bar,
            ready=_standard_input_arrival(source),
        )
    except _Unwritten as stop:
        # The reader having gone (`| head`) is not a fault of the batch: BrokenPipeError passes, and a command line
        # stops quietly on it.
        raise InputError(f"{name}: cannot write ({_reason(stop.error)})") from None
    finally:
        if bar is not None:
            bar.close()
    return BatchSummary(written - failed, failed, 0)


def write_results(
    lines: Iterable[str],
    output: Path,
    *,
    workers: int | None = None,
    isolate: bool = False,
    timeout: float | None = None,
    resume: bool = True,
    progress: Any = None,
    settings: BatchSettings = DEFAULT_SETTINGS,
    ready: Callable[[], bool] | None = None,
) -> BatchSummary:
    """Compare the cluster ``lines`` into ``output``, one flushed line each, skipping ids written before.

    ``workers``, ``isolate`` and ``timeout`` are :func:`batch`'s; ``progress`` is a bar of
    :func:`progress_bar_class`, or None; ``ready`` tells whether more lines have arrived (see :func:`arrival_check`).
    """
    done, earlier_failed = _read_done(output) if resume else (Counter(), 0)
    seen: Counter[str] = Counter()
    skipped = 0

    def pending() -> Iterator[str]:
        # The n-th line of the input with an id answers to the n-th output line with it, so an id
        # given twice is compared twice, on a fresh run and on a resumed one alike.
        nonlocal skipped
        for line in lines:
            if done:
                ident = cluster_id(line)
                seen[ident] += 1
                if seen[ident] <= done[ident]:
                    skipped += 1
                    if progress is not None:
                        progress.skip(1)
                    continue
            _refuse_removed(out, output)  # before comparing another cluster for nobody
            yield line

    try:
        out = open(output, "ab" if resume else "wb")  # noqa: SIM115 (closed below, quietly after a failed write)
    except OSError as exc:
        raise InputError(cannot_write(output, exc)) from None
    try:
        written, failed = _write_lines(
            pending(),
            out,
            workers=workers,
            isolate=isolate,
            timeout=timeout,
            settings=settings,
            progress=progress,
            ready=ready,
        )
        _refuse_removed(out, output)
    except _Unwritten as stop:
        raise InputError(_stopped_writing(output, stop.error, resume)) from None
    finally:
        # Every line was flushed as it was written, so closing has nothing left to write; after a failed write, what
        # the buffer still holds is written if it can be, and a partial line left is cut off on resuming.
        with suppress(OSError):
            out.close()
    foreign = sum((done - seen).values())
    return BatchSummary(written - failed, failed, skipped, foreign, earlier_failed=earlier_failed)


@contextmanager
def sole_writer(output: Path) -> Iterator[None]:
    """Hold the results file ``output`` for this batch alone while it runs, or refuse it if another batch holds it.

    Two batches writing one output at once (a scheduled run that starts before the last one ended, say) would
    each compare the clusters the other has not written yet and append them twice, and one could cut off the
    line the other is writing as a partial last line. The hold is an advisory lock that ends with the process;
    where the system or a network mount has no such locks, the batch runs unguarded, as it did before.
    """
    existed = output.exists()
    record = settings_record(output)
    recorded = record.exists()
    with ExitStack() as stack:
        try:
            handle = stack.enter_context(open(output, "ab"))
        except OSError as exc:
            raise InputError(cannot_write(output, exc)) from None
        try:
            _lock(handle)
        except BlockingIOError:
            raise InputError(_held(output)) from None
        except OSError:
            pass  # no locks on this file system: unguarded
        try:
            finish_rewriting(output)
            yield
        except BaseException:
            # A batch refused or stopped before it wrote a line leaves nothing behind that it created: no empty output,
            # and no record of the settings of an output that is not there.
            with suppress(OSError):
                if not existed and output.stat().st_size == 0:
                    output.unlink()
                    if not recorded:
                        record.unlink(missing_ok=True)
            raise


def refuse_if_held(output: Path) -> None:
    """Refuse ``output`` while another batch holds it (see :func:`sole_writer`), without holding or making it."""
    if being_written(output):
        raise InputError(_held(output))


def _held(output: Path) -> str:
    return f"{output}: another batch is writing it now; let that one finish, or give another output"


def _lock(handle: BinaryIO) -> None:
    """Lock the open file ``handle`` for this process alone, at once or with :class:`BlockingIOError`."""
    try:
        import fcntl
    except ImportError:  # Windows has no flock; there the batch runs unguarded
        return
    fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)


def being_written(path: Path) -> bool:
    """Whether a batch holds the results file ``path`` now (see :func:`sole_writer`), so that its last line may be
    one it is still writing; False where the system or mount has no such locks, or the file cannot be opened.

    Asking takes a shared hold for an instant and lets it go: a batch starting on ``path`` at that instant is
    refused as though another batch held it.
    """
    try:
        import fcntl
    except ImportError:  # Windows has no flock, and a batch there holds nothing
        return False
    try:
        with open(path, "rb") as handle:
            try:
                fcntl.flock(handle, fcntl.LOCK_SH | fcntl.LOCK_NB)
            except BlockingIOError:
                return True
            fcntl.flock(handle, fcntl.LOCK_UN)
    except OSError:
        pass  # unreadable (the reading will say so), or no locks on this file system
    return False


def _write_lines(
    lines: Iterable[str],
    out: BinaryIO,
    *,
    workers: int | None,
    isolate: bool,
    timeout: float | None,
    settings: BatchSettings,
    progress: Any,
    ready: Callable[[], bool] | None = None,
) -> tuple[int, int]:
    """Compare ``lines`` into ``out``, one UTF-8 line each, flushed at once; how many were written, and failed.

    A line that cannot be written is :class:`_Unwritten`, told apart from what starting the workers raises (their
    :class:`NewsdiffError`), except :class:`BrokenPipeError`: a reader that has gone, which is no fault.
    """
    written = failed = 0
    for line in _ordered(lines, workers, settings, isolate=isolate, timeout=timeout, ready=ready):
        try:
            out.write(line.encode("utf-8") + b"\n")
            out.flush()
        except BrokenPipeError:
            raise
        except OSError as exc:
            raise _Unwritten(exc) from exc
        written += 1
        failed += is_error(line)
        if progress is not None:
            progress.update(1)
    return written, failed


def _refuse_removed(out: BinaryIO, output: Path) -> None:
    """Stop the batch with an :class:`InputError` if its open output file ``out`` has been removed (or its folder):
    the lines written to it still went somewhere, to a file no name leads to, and were lost as the batch ended."""
    try:
        removed = os.fstat(out.fileno()).st_nlink == 0
    except (OSError, ValueError):
        return  # no such count here: unguarded
    if removed:
        raise InputError(
            f"{output}: was removed while the batch wrote it (the file, or a folder above it), and the lines written "
            "went with it; run the batch again to compare them into a file that stays"
        )


class _Unwritten(Exception):
    """An output line that could not be written (a full disk, say), with the system's :attr:`error`."""

    def __init__(self, error: OSError) -> None:
        super().__init__(error)
        self.error = error


#: The system's errors that say an output has no room left: the disk is full, or the user's quota is spent.
_NO_ROOM = {errno.ENOSPC, errno.EDQUOT}


def _stopped_writing(output: Path, error: OSError, resume: bool) -> str:
    """What a batch says when writing a line to ``output`` failed: why, and that resuming goes on from where it
    stopped, since every line written before it is whole and flushed (a partial last one is cut off on resuming)."""
    then = "make room" if error.errno in _NO_ROOM else f"once {output} can be written"
    again = "run the same batch again" if resume else "run the batch again without --no-resume (resume=False)"
    return (
        f"{output}: cannot write ({_reason(error)}); the batch stopped, and {output} keeps every cluster finished: "
        f"{then}, then {again} to resume"
    )


def _cannot_start(error: OSError) -> NewsdiffError:
    """Worker processes that the system will not start (too many processes, no memory, no shared memory for their
    locks): no cluster and no output is at fault, so the batch stops on it, saying so."""
    return NewsdiffError(
        f"cannot start the batch's worker processes ({_reason(error)}); give fewer workers (--workers N), free "
        "memory or processes, or compare in this process (workers=1 in Python)"
    )


def check_sendable(settings: BatchSettings, workers: int | None, isolate: bool) -> None:
    """Refuse ``settings`` that cannot be sent to worker processes (an extra noise rule of a class defined inside a
    function, say), naming the rule, before any cluster is read; nothing is sent when clusters are compared here."""
    if _in_this_process(workers, isolate):
        return
    try:
        pickle.dumps(settings)
    except Exception as exc:
        for number, rule in enumerate(settings.rules, start=1):
            try:
                pickle.dumps(rule)
            except Exception as problem:
                raise InputError(
                    f"extra_rules, rule {number} ({rule.reason}): cannot be sent to the worker processes "
                    f"({type(problem).__name__}: {problem}); define its class at the top level of a module, give a "
                    "NoiseRule itself, or compare in this process (workers=1)"
                ) from None
        raise InputError(
            f"the batch's settings cannot be sent to the worker processes ({type(exc).__name__}: {exc})"
        ) from None


def check_settings(
    record: Path, output: Path, settings: Settings, *, fresh: bool, layout: Mapping[str, Any] | None = None
) -> None:
    """Record the ``settings`` of a ``fresh`` output in the file ``record``; else refuse to resume with others.

    Lines compared with other settings (or another version) must not be appended to a results file
    silently. ``layout`` is what else a resumed output must share (the Dask backend's lines per part).
    An output written before settings were recorded (no ``record``), or before a ``layout`` entry was,
    resumes unchecked on what it does not record.
    """
    layout = layout or {}
    current = {**settings.recorded(), **layout}
    if fresh:
        if not _replaceable(record):
            # The Dask backend's record is settings.json in a directory that may hold a project's own.
            raise InputError(
                f"{record}: is not the settings record of a batch, and a batch would write its own there; "
                "give another output, or move the file"
            )
        try:
            record.write_text(json.dumps(current, indent=2) + "\n", encoding="utf-8")
        except OSError as exc:
            raise InputError(cannot_write(record, exc)) from None
        return
    try:
        earlier = json.loads(record.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return
    except (OSError, UnicodeDecodeError, json.JSONDecodeError):
        earlier = None
    if not isinstance(earlier, dict):
        raise InputError(f"{record}: cannot be read to resume {output}; remove it, or start again with --no-resume")
    earlier = {**_RECORDED_SINCE, **earlier}
    differing = [
        _rules_differ(earlier.get(name), value) if name == "rules" else _setting_changed(name, earlier.get(name), value)
        for name, value in current.items()
        if earlier.get(name) != value and (name in earlier or name not in layout)
    ]
    if differing:
        raise InputError(
            f"{output}: was written with other settings ({'; '.join(differing)}); "
            "resume with the same settings, or start again with --no-resume"
        )


def _rules_differ(earlier: Any, now: list[Any] | None) -> str:
    """How the extra noise rules an output was written with differ from ``now``'s, for a message."""

    def counted(rules: Any) -> str:
        return "none" if not rules else f"{len(rules)} rule(s)" if isinstance(rules, list) else "unreadable"

    if isinstance(earlier, list) and now and len(earlier) == len(now):
        return f"extra noise rules {counted(earlier)} unlike the {counted(now)} given now"
    return f"extra noise rules {counted(earlier)}, now {counted(now)}"


def settings_record(output: Path) -> Path:
    """Where the settings of the local backend's ``output`` file are recorded: beside it, named after it."""
    return output.with_name(output.name + ".settings.json")


def recorded_settings(results: Path) -> Settings | None:
    """The settings a batch recorded for the results file ``results`` (beside it, under its name without ``.gz`` when
    it was compressed since, or the Dask backend's record in its folder); None when there is no readable record (a
    file written before settings were recorded)."""
    recorded = _recorded(results)
    return recorded[1] if recorded is not None else None


def _recorded(results: Path) -> tuple[Any, Settings] | None:
    """The newsdiff version and the settings a batch recorded for the results file ``results``, as
    :func:`recorded_settings` finds them."""
    records = [settings_record(results), results.parent / SETTINGS_RECORD]
    if results.name.lower().endswith(".gz") and len(results.name) > 3:
        # gzip names the file it compresses results.jsonl.gz and leaves the batch's record, results.jsonl's, as it was.
        records.insert(1, settings_record(results.with_name(results.name[:-3])))
    for record in records:
        try:
            earlier = json.loads(record.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, ValueError):
            continue
        if isinstance(earlier, dict) and isinstance(earlier.get("relations"), str) and "newsdiff" in earlier:
            return earlier["newsdiff"], Settings(earlier["relations"], earlier.get("threshold"), earlier.get("floor"))
    return None


def _scored(comparison: Comparison, part: Path | str) -> Comparison:
    """``comparison`` read from the results file ``part``, with the scoring its batch recorded (so that
    :meth:`Comparison.relate` can score as the batch did), when that is certain: a record beside the file, written
    by this newsdiff, which compared the cluster too (another version's engine or defaults may score otherwise)."""
    recorded = _recorded(part) if isinstance(part, Path) else None
    if recorded is None or recorded[0] != __version__ or comparison.version != __version__:
        return comparison
    settings = recorded[1]
    try:
        return comparison.scored_with(settings.engine, threshold=settings.threshold, floor=settings.floor)
    except NewsdiffError:
        return comparison  # a record edited to an engine or score compare refuses: as though none were recorded


#: How a recorded setting is named in a message: as the option that sets it (the record keeps its first names).
_SHOWN_AS = {"relations": "engine"}

#: The settings recorded since the first records were written, each with the value it had when it could not be set.
_RECORDED_SINCE = {"metadata": True}


def _replaceable(record: Path) -> bool:
    """Whether a fresh batch may write its settings to ``record``: nothing there, an empty file, or a batch's record."""
    try:
        text = record.read_text(encoding="utf-8")
    except FileNotFoundError:
        return True
    except (OSError, UnicodeDecodeError):
        return False
    if not text.strip():
        return True
    try:
        earlier = json.loads(text)
    except ValueError:
        return False
    return isinstance(earlier, dict) and "newsdiff" in earlier and "relations" in earlier


def refuse_to_rewrite(output: Path) -> None:
    """Refuse to rewrite ``output`` from scratch (``--no-resume``) unless :func:`rewritable`."""
    if not rewritable(output):
        raise InputError(
            f"{output}: is not the output of a batch, and --no-resume would rewrite it; "
            "give another output, or remove the file first"
        )


def rewritable(output: Path) -> bool:
    """Whether ``output`` may be rewritten from scratch: absent, empty, or a batch's output as resuming reads it.

    A corpus given as the output by mistake would be lost; resuming refuses such a file as it reads it.
    """
    try:
        with open(output, "rb") as handle:
            first = handle.readline()
    except OSError:
        return True  # nothing there, or nothing to read: writing it says what is wrong
    try:
        return not first or bool(record_id(first, output, 1))
    except InputError:
        return False


def has_results(output: Path) -> bool:
    """Whether ``output`` holds at least one whole line, which a resumed run would keep."""
    try:
        with open(output, "rb") as handle:
            return handle.readline().endswith(b"\n")
    except OSError:
        return False


def _shown(value: Any) -> str:
    return "the default" if value is None else str(value)


def _setting_changed(name: str, earlier: Any, now: Any) -> str:
    """How the recorded setting ``name`` changed from ``earlier`` to ``now``, for a message: a switch by the options
    that set it, as typed on the command line and as given to the function (a resume refused for "metadata True, now
    False" named neither), and any other by its name and values."""
    switches = {True: "--metadata (metadata=True)", False: "--no-metadata (metadata=False)"}
    if name == "metadata" and isinstance(earlier, bool) and isinstance(now, bool):
        return f"{switches[earlier]}, now {switches[now]}"
    return f"{_SHOWN_AS.get(name, name)} {_shown(earlier)}, now {_shown(now)}"


def input_parts(source: str | os.PathLike[str], *, output: Path | None = None, compressed: bool = False) -> list[Path]:
    """The JSONL files named by ``source``: one file, every ``*.jsonl`` in a directory (and ``*.jsonl.gz`` when
    ``compressed`` ones can be read), or a glob.

    The ``output`` file is never an input: a directory or a glob leaves it out, and a ``source`` that is
    that file (by any path or link) is refused, since the batch would read what it writes.
    """
    if not os.fspath(source).strip():
        # Path("") is the working directory: whatever JSONL files lay there were read.
        raise InputError(
            f"the input is {os.fspath(source)!r}, which names no file; give a file, a directory of them or a glob, or "
            "- for standard input"
        )
    path = Path(source)
    if path.is_dir():
        suffixes = (".jsonl", ".ndjson", ".jsonl.gz", ".ndjson.gz") if compressed else (".jsonl", ".ndjson")
        held = sorted(p for p in path.iterdir() if p.name.lower().endswith(suffixes) and p.is_file())
        parts = [p for p in held if not same_file(p, output)]
        if not parts:
            # "but the output" was said of any directory when an output was given, one elsewhere too.
            besides = f" but the output {output}" if held else ""
            raise InputError(
                f"{path}: directory holds no .jsonl files{besides}; give a directory of cluster files, a file or a glob"
            )
        return parts
    if path.is_file():
        if same_file(path, output):
            raise InputError(f"{output}: is the input {path}; write the results to another file")
        if is_settings_record(path):
            raise InputError(
                f"{path}: is the settings record a batch keeps beside its output, neither clusters nor results; give "
                "the clusters, or the results beside it"
            )
        return [path]
    found = [Path(p) for p in glob.glob(str(source)) if Path(p).is_file() and not same_file(Path(p), output)]
    # A glob over a batch's folder ("out/*") reaches the settings the batch records beside its output, which a rerun
    # then read as a line of clusters, and summary as a line of results.
    matches = sorted(p for p in found if not is_settings_record(p))
    if found and not matches:
        raise InputError(f"{source}: matches only the settings records of batches; give the clusters or results")
    if not matches and path.exists():  # a named pipe, a device such as /dev/null or a socket: there, but no file
        raise InputError(
            f"{source}: not a regular file or a directory (a pipe, a device or a socket); give a file, a directory of"
            " them or a glob, or - to read what is piped into standard input"
        )
    if not matches:
        raise InputError(f"{source}: no such file, directory or matching files")
    return matches


def is_settings_record(path: Path) -> bool:
    """Whether ``path`` is the record of a batch's settings (see :func:`check_settings`): named as a batch names one,
    and holding one."""
    if not (path.name == SETTINGS_RECORD or path.name.endswith(".settings.json")):
        return False
    try:
        recorded = json.loads(path.read_bytes()[:1_000_000])
    except (OSError, ValueError):
        return False
    return isinstance(recorded, dict) and "newsdiff" in recorded and "relations" in recorded


def file_start(path: Path) -> bytes:
    """The first bytes of the regular file ``path``, to tell what it holds; none for anything else or a file that
    cannot be read (reading it in earnest says why)."""
    if not path.is_file():
        return b""
    try:
        with path.open("rb") as file:
            return file.read(4096)
    except OSError:
        return b""


def open_input(path: Path) -> BinaryIO:
    """The input file ``path`` open for reading bytes, uncompressed on the way when it is gzip-compressed."""
    # A file is_gzip cannot read is opened plainly, which raises what reading it meets.
    return gzip.open(path, "rb") if is_gzip(path) else open(path, "rb")  # type: ignore[return-value]


def read_input(path: Path) -> bytes:
    """The whole of the file ``path``, uncompressed when it is gzip-compressed, or an :class:`InputError` naming it."""
    try:
        with open_input(path) as handle:
            return handle.read()
    except FileNotFoundError:
        # In the words compare, batch and summary use for a file that is not there.
        raise InputError(f"{path}: no such file") from None
    except _UNREADABLE as exc:
        raise _unreadable(path, exc) from None


def is_gzip(path: Path) -> bool:
    """Whether the file ``path`` is gzip-compressed (False when it cannot be read: reading it says why)."""
    try:
        with open(path, "rb") as probe:
            return probe.read(len(GZIP_START)) == GZIP_START
    except OSError:
        return False


def input_start(path: Path) -> bytes:
    """The first bytes of the file ``path`` as a batch, report and summary read them (uncompressed when it is
    gzip-compressed); none if it is not a regular file or cannot be read (reading it in earnest says why)."""
    if not path.is_file():
        return b""
    try:
        with open_input(path) as file:
            return file.read(4096)
    except _UNREADABLE:
        return b""


def not_cluster_lines(start: bytes) -> str | None:
    """What is wrong with an input beginning with ``start`` (its first bytes or line) that cannot be clusters at all,
    for a message after its name; None when it may be clusters, or holds none (blank).

    Only the first line that is not blank is judged, so clusters with one bad line later on are compared, that line
    being its cluster's error record; an input whose first line is not even the start of a JSON object (an article,
    a web page), a JSON array, or one cluster spread over lines, would give nothing but error records.
    """
    for magic, (kind, tool) in _COMPRESSED.items():
        if start.startswith(magic):
            given = ", or give the file itself, which a batch reads as it is" if kind == "gzip" else ""
            return (
                f"is {kind}-compressed; decompress it on the way ({tool} FILE | newsdiff batch - -o results.jsonl)"
                f"{given}"
            )
    text = decode_input(start).lstrip().removeprefix("\ufeff")
    if not text:
        return None
    first = text.split("\n", 1)[0].strip()
    if first.startswith("["):
        return (
            "is a JSON array, not JSON lines; give one cluster on each line (jq -c '.[]' FILE > clusters.jsonl), "
            "or give the list to newsdiff.batch() in Python"
        )
    if first == "{":
        return (
            "holds a JSON object spread over several lines, not JSON lines; give one cluster on each line "
            "(jq -c . FILE > clusters.jsonl)"
        )
    if not first.startswith("{"):
        shown = first[:_QUOTED] + ("…" if len(first) > _QUOTED else "")
        return (
            f"is not JSON lines (it starts {shown!r}); a batch input holds one cluster on each line, "
            '{"id": ..., "articles": [{"text": ...}, ...]}; to compare the articles of one event, give them to '
            "newsdiff compare"
        )
    return None


def refuse_non_clusters(parts: Iterable[Path]) -> None:
    """Refuse an input file that holds newsdiff's output rather than clusters (a comparison's JSON, or a batch's
    results given back to batch), or that cannot be clusters at all (see :func:`not_cluster_lines`). Each of its
    lines would otherwise become an error record."""
    for part in parts:
        start = input_start(part)
        if COMPARISON_START.match(start):
            raise InputError(
                f"{part}: is a comparison's JSON (what newsdiff compare writes), not clusters to compare; give a "
                'JSONL file with a cluster on each line, {"id": ..., "articles": [...]}'
            )
        if RULES_START.match(start):
            raise InputError(
                f"{part}: is noise rules, not clusters to compare; give it as --rules {part} (extra_rules in Python)"
            )
        if RESULTS_START.match(start):
            raise InputError(
                f"{part}: is a batch's results, not clusters to compare; sum them up with newsdiff summary {part}, "
                "or draw one with newsdiff report"
            )
        problem = not_cluster_lines(start)
        if problem is not None:
            raise InputError(f"{part}: {problem}")


def read_lines(parts: Iterable[Path], limit: int | None = None) -> Iterator[str]:
    """The non-blank lines of the input files, in order, read lazily (split at ``\\n`` only, as JSONL is); a gzip
    file is uncompressed on the way, and a line over ``limit`` bytes (by default :func:`line_limit`) passed over."""
    for part in parts:
        try:
            with open_input(part) as handle:
                yield from read_stream(handle, str(part), limit)
        except _UNREADABLE as exc:
            raise _unreadable(part, exc) from None


def read_stream(handle: BinaryIO, name: str, limit: int | None = None) -> Iterator[str]:
    """The non-blank lines of one open input (a file, or standard input named ``name``), read lazily.

    An input whose first line cannot start clusters is refused (see :func:`not_cluster_lines`); a line longer
    than ``limit`` bytes (by default :func:`line_limit`) is an :class:`OverlongLine`.
    """
    first = True
    try:
        for number, raw, _ in limited_lines(handle, name, limit=limit):
            if isinstance(raw, OverlongLine):
                first = False
                yield raw
                continue
            text = decode_input(raw)
            if is_blank(text):
                continue
            if first:
                problem = not_cluster_lines(raw)
                if problem is not None:
                    raise InputError(f"{name}: {problem}")
                first = False
            yield read_line(raw, text, number, name)
    except _UNREADABLE as exc:
        raise _unreadable(name, exc) from None


def read_line(raw: bytes, text: str, number: int, name: str) -> str:
    """The cluster line ``text`` (decoded from ``raw``), line ``number`` of the input ``name``, as a
    :class:`NumberedLine`; or, when it ends the input without a newline and is not whole JSON, the stand-in that makes
    it its cluster's error record saying so.

    Such a line was cut short: the writer stopped mid-line, or is still writing (a scraper appending to the file the
    batch reads). Called invalid JSON and named by a hash of its half, its record was never matched to the whole line
    a later run read, and stayed in the output beside that cluster's result.
    """
    line = numbered(text.rstrip("\n").rstrip("\r"), number, name)
    return line if raw.endswith(b"\n") else _unended(line, number, name)


def _unended(line: NumberedLine, number: int, name: str) -> str:
    """The last ``line`` of the input ``name``, line ``number``, which ends without a newline: as it is when it is
    whole JSON, else the stand-in that makes it its cluster's error record saying it was cut short (see
    :func:`read_line`)."""
    _, problem = _parsed(line)
    if problem is None or not _ends_early(line):
        return line  # whole JSON, or not JSON that ran out (a value and more, a fault before its end): not cut short
    given = _leading_id(line)
    ident = given if given is not None else _ident(None, line)
    if name == "standard input":
        # Read once: a retry, which reads the clusters twice, needs them in a file.
        how = (
            "cut short (its writer stopped mid-line); write the clusters to a file and run the batch again on it with "
            "--retry-failed (retry_failed=True in Python)"
        )
    else:
        again = (
            "run the batch again with --retry-failed (retry_failed=True in Python) to compare it"
            if given is not None
            else "run the batch again to compare it"
        )
        how = (
            f"cut short, or is still being written (by a scraper appending to the file, say); once it is whole, {again}"
        )
    problem = (
        f"cluster {ident}: line {number:,} of {name} ends without a newline and is not whole JSON ({_why(problem)}): "
        f"it was {how}"
    )
    return CutShortLine(line, ident, problem)


def _ends_early(line: str) -> bool:
    """Whether ``line`` is the start of a JSON object that ends before it is whole: its reader ran out of it, or is
    inside a string still open; not a line that is no JSON object, nor one with a fault before its end."""
    if not line.lstrip().startswith("{"):
        return False
    try:
        json.loads(line)
    except json.JSONDecodeError as exc:
        return exc.msg.startswith("Unterminated string") or exc.pos >= len(line.rstrip())
    except (RecursionError, ValueError):
        return False
    return False


def _leading_id(text: str) -> str | None:
    """The id a cluster line gives first (``{"id": ...``), read from its start alone: a line too long to read whole,
    or cut short, still names its cluster by it."""
    opening = re.match(r'\s*\{\s*"id"\s*:\s*', text)
    if opening is None:
        return None
    with suppress(ValueError, RecursionError):
        return _given_id({"id": json.JSONDecoder().raw_decode(text, opening.end())[0]})
    return None


def _unreadable(name: Path | str, exc: BaseException) -> InputError:
    """What to raise when the input ``name`` cannot be read (``exc``): the system's or the decompressor's words, and
    for a gzip stream that ends early (:class:`EOFError`) or is corrupt, what that means and what to do."""
    told = f"{name}: cannot be read ({_reason(exc)})"
    if isinstance(exc, EOFError):
        told += (
            ": its gzip stream is cut short (the file was copied, downloaded or compressed only in part); compress or "
            "copy it again whole, or give the file it was compressed from"
        )
    elif isinstance(exc, (zlib.error, gzip.BadGzipFile)):
        told += ": its gzip stream is corrupt; compress or copy it again, or give the file it was compressed from"
    return InputError(told)


def _reason(exc: BaseException) -> str:
    """Why an input could not be read, for a message: the system's word, or the decompressor's."""
    return getattr(exc, "strerror", None) or str(exc) or type(exc).__name__


def cannot_write(path: Path | str, error: OSError) -> str:
    """Why the file ``path`` cannot be written (``error``), and what to do, in one line.

    The system's word alone left the reader stuck: a folder that takes no new files although it is there (``/proc``,
    ``/sys``) answers "No such file or directory", which said nothing of a folder that exists. A reason of newsdiff's
    own (a read-only report, see :func:`~newsdiff.files.refuse_read_only`) already says what to do and is kept as it is.
    """
    reason = _reason(error)
    if error.errno is not None and reason != os.strerror(error.errno):
        return f"{path}: cannot write ({reason})"
    folder = Path(path).parent
    if error.errno == errno.ENOENT and not folder.is_dir():
        return f"{path}: the folder {folder} does not exist; create it first, or give a path in another folder"
    if error.errno == errno.ENOENT:
        return (
            f"{path}: cannot write ({reason}: {folder} is there but takes no new file); give a path in another folder"
        )
    if error.errno == errno.ENOTDIR:
        return f"{path}: cannot write ({reason}: a folder on its path is a file); give a path in a folder"
    if error.errno in _NO_ROOM:
        return f"{path}: cannot write ({reason}); make room, or give a path on another disk"
    if error.errno == errno.EROFS:
        return f"{path}: cannot write ({reason}); give a path on a file system you can write to"
    return f"{path}: cannot write ({reason}); give a path you can write to"


#: The longest cluster line a batch reads, in bytes (256 MiB, far more than any cluster of articles needs), unless
#: the batch's ``max_line_bytes`` (``--max-line-bytes``) or the environment variable :data:`LINE_LIMIT_VARIABLE` says
#: otherwise: a longer one is its cluster's error record,
#: read no further than this, so a runaway line (a whole corpus on one line, a binary file) cannot exhaust the memory.
MAX_LINE_BYTES = 256 * 2**20
#: The environment variable that sets another longest cluster line, in bytes.
LINE_LIMIT_VARIABLE = "NEWSDIFF_MAX_LINE_BYTES"


def line_limit(max_line_bytes: int | None = None) -> int:
    """The longest cluster line a batch reads: ``max_line_bytes`` when given (a batch's setting), else
    :data:`LINE_LIMIT_VARIABLE` when set, else :data:`MAX_LINE_BYTES`; a limit that is not a whole number of bytes
    from 1 is an :class:`InputError` naming it."""
    if max_line_bytes is not None:
        if not isinstance(max_line_bytes, int) or isinstance(max_line_bytes, bool) or max_line_bytes < 1:
            raise InputError(
                "max_line_bytes must be a whole number of bytes, at least 1 (such as 536870912), "
                f"got {max_line_bytes!r}"
            )
        return min(max_line_bytes, _LONGEST_LIMIT)
    given = os.environ.get(LINE_LIMIT_VARIABLE, "").strip()
    if not given:
        return MAX_LINE_BYTES
    try:
        limit = int(given.replace("_", ""))
    except ValueError:
        limit = 0
    if limit < 1:
        raise InputError(
            f"{LINE_LIMIT_VARIABLE}={given!r}: give a whole number of bytes, at least 1 (such as 536870912)"
        )
    return min(limit, _LONGEST_LIMIT)


#: The highest limit a line is read up to: a file cannot hold a longer line, and a read of more bytes than this (one
#: past the limit) is an OverflowError, which a limit given as a string of nines to mean "no limit" ended a batch with.
_LONGEST_LIMIT = sys.maxsize - 1


#: How much of an over-long line is read at once while it is passed over.
_SKIP_BYTES = 2**20


class OverlongLine(str):
    """An input line longer than a batch reads (:func:`line_limit`), read no further than its start (this string):
    it stands for its cluster, which becomes the error record :attr:`problem` under the id :attr:`ident`."""

    ident: str
    problem: str

    def __new__(cls, start: str, ident: str, problem: str) -> OverlongLine:
        line = super().__new__(cls, start)
        line.ident = ident
        line.problem = problem
        return line

    def __reduce__(self) -> tuple[Any, ...]:
        return (OverlongLine, (str(self), self.ident, self.problem))


class CutShortLine(OverlongLine):
    """The last line of an input that ends without a newline and is not whole JSON (see :func:`read_line`): like an
    :class:`OverlongLine`, it stands for its cluster, which becomes the error record :attr:`problem` under the id
    :attr:`ident`, the one its start gives when it does, so a retry once the line is whole compares it."""

    def __reduce__(self) -> tuple[Any, ...]:
        return (CutShortLine, (str(self), self.ident, self.problem))


def limited_lines(
    handle: BinaryIO, name: str, first: int = 1, limit: int | None = None
) -> Iterator[tuple[int, bytes | OverlongLine, int]]:
    """The lines of an open input with their numbers (from ``first``) and their lengths in bytes; a line over
    ``limit`` bytes (by default :func:`line_limit`) is an :class:`OverlongLine` of input ``name``, passed over."""
    limit = line_limit() if limit is None else limit
    number = first
    while raw := handle.readline(limit + 1):
        if len(raw) <= limit or raw.endswith(b"\n"):
            yield number, raw, len(raw)
        else:
            start = raw[:4096]
            digest = _LineDigest()
            length = 0
            while raw:
                digest.update(raw)
                length += len(raw)
                if raw.endswith(b"\n"):
                    break
                raw = handle.readline(_SKIP_BYTES)
            size = length - (1 if raw.endswith(b"\n") else 0)
            yield number, _overlong(start, digest.hexdigest(), name, number, size, limit), length
        number += 1


class _LineDigest:
    """The hash that names a cluster line without an id (see :func:`_ident`), taken of the line's bytes piece by piece:
    an over-long line is never held whole, yet is named as it is when read whole (by a retry with a higher limit).

    :func:`_ident` hashes the line decoded as :func:`decode_input` decodes it, stripped of the white space around it
    (its newline too), and encoded again; so does this, holding back white space until text follows it, in a second
    hash state rather than in memory.
    """

    def __init__(self) -> None:
        self._decoder = codecs.getincrementaldecoder("utf-8")("surrogateescape")
        self._kept = hashlib.sha256()  # the line up to its last character that is not white space
        self._ahead = self._kept.copy()  # that, and the white space read after it
        self._begun = False  # whether any character has been read: a byte-order mark counts only first
        self._started = False  # whether a character that is not white space has been read

    def update(self, piece: bytes) -> None:
        """Take in the next ``piece`` of the line's bytes."""
        self._take(self._decoder.decode(piece))

    def hexdigest(self) -> str:
        """The hash of the line taken in, as :func:`_ident` hashes it; call it once, after the last piece."""
        self._take(self._decoder.decode(b"", final=True))
        return self._kept.hexdigest()

    def _take(self, text: str) -> None:
        if text and not self._begun:
            self._begun = True
            text = text.removeprefix("\ufeff")  # as decode_input drops it, before the white space is stripped
        if not self._started:
            text = text.lstrip()
            if not text:
                return
            self._started = True
        body = text.rstrip()
        if body:
            self._ahead.update(body.encode("utf-8", "surrogatepass"))
            self._kept = self._ahead.copy()
        self._ahead.update(text[len(body) :].encode("utf-8", "surrogatepass"))


def _overlong(start: bytes, digest: str, name: str, number: int, size: int, limit: int) -> OverlongLine:
    """The stand-in for line ``number`` of input ``name``, of ``size`` bytes, which begins with ``start``: named by
    the id it gives first, if it does, else by the hash of the whole line (``digest``), so a rerun recognises it."""
    text = decode_input(start).lstrip()
    given = _leading_id(text)
    ident = given if given is not None else "unnamed-" + digest[:16]
    quoted = text[:_QUOTED] + "…"
    named = f"cluster {given}" if given is not None else f"cluster {ident} (the line that starts {quoted!r})"
    problem = (
        f"{named}: line {number} of {name} is {size:,} bytes, more than a cluster line may be ({limit:,} bytes); "
        "split the cluster, or raise the limit (--max-line-bytes BYTES; max_line_bytes= in Python), then run the "
        "batch again with --retry-failed (retry_failed=True) to compare it"
    )
    return OverlongLine(text[:_QUOTED], ident, problem)


def source_lines(
    source: str | os.PathLike[str], *, output: Path | None = None, limit: int = MAX_LINE_BYTES
) -> tuple[Iterator[str], list[Path]]:
    """The cluster lines of ``source`` (as :func:`input_parts` names them, or ``-`` for standard input), and its files;
    a line over ``limit`` bytes is an :class:`OverlongLine`.

    Standard input has no files to count ahead, so a progress bar over it shows no total.
    """
    if os.fspath(source) == STANDARD_INPUT:
        return read_stream(_standard_input_bytes("the clusters"), "standard input", limit), []
    parts = input_parts(source, output=output, compressed=True)
    refuse_non_clusters(parts)
    return read_lines(parts, limit), parts


def decode_input(raw: bytes) -> str:
    """One input line as text; bytes that are not UTF-8 are kept as lone surrogates, which make their line an error.

    One badly encoded line in a corpus is that cluster's error record, not the end of the batch. A byte-order
    mark is dropped from the start of every line, not only the file's first: files joined with ``cat`` keep one
    each, and the loader reads JSONL the same way.
    """
    return raw.removeprefix(BOM).decode("utf-8", "surrogateescape")


def is_blank(line: str) -> bool:
    """Whether a decoded input line holds no cluster: nothing but whitespace, as ``str.strip`` sees it.

    Every backend skips exactly these lines, so a line of U+00A0 alone is blank everywhere.
    """
    return not line.strip()


def is_blank_raw(raw: bytes) -> bool:
    """:func:`is_blank` for one undecoded line of a file."""
    # Invalid UTF-8 is reported when the line is read; here it only has to count as a line.
    return is_blank(decode_input(raw))


def _whole_lines(handle: BinaryIO) -> Iterator[tuple[int, bytes]]:
    """The lines of an output file with their numbers, up to a partial last line: an interrupted run left it half
    written, so its cluster is compared again."""
    for number, raw in enumerate(handle, start=1):
        if not raw.endswith(b"\n"):
            return
        yield number, raw


def read_done(output: Path) -> Counter[str]:
    """Cluster ids an earlier run wrote to ``output``, with how many lines each; a partial last line is cut off.

    Reads line by line and parses only each line's leading id, so resuming costs a line's memory at most, even
    when the results run to gigabytes.
    """
    return _read_done(output)[0]


def read_failed(output: Path) -> int:
    """How many of the records in ``output`` are error records, as :func:`read_done` reads it."""
    return _read_done(output)[1]


def _read_done(output: Path) -> tuple[Counter[str], int]:
    """:func:`read_done`'s ids, and how many of the records are errors: the failures of earlier runs that a resumed
    run keeps, which its exit status tells of, counted in the one reading."""
    done: Counter[str] = Counter()
    failed = complete = 0
    try:
        with open(output, "rb") as handle:
            for number, raw in _whole_lines(handle):
                complete += len(raw)
                if raw.strip():
                    done[_answered_id(raw, output, number)] += 1
                    failed += _is_error_record(raw)
            size = handle.seek(0, os.SEEK_END)
        if complete < size:
            with open(output, "r+b") as handle:
                handle.truncate(complete)
    except FileNotFoundError:
        return Counter(), 0
    except OSError as exc:
        raise InputError(f"{output}: cannot be read to resume ({exc.strerror or exc})") from None
    return done, failed


def numbered_lines(parts: Iterable[Path]) -> Iterator[tuple[Path | str, int, bytes]]:
    """The non-blank lines of the files ``parts``, undecoded, each with its file and line number, read lazily; a
    gzip-compressed file (told by its first bytes, whatever its name) is uncompressed on the way."""
    for part in parts:
        problem = not_gzip_compressed(file_start(part))
        if problem is not None:
            raise InputError(f"{part}: {problem}")
        try:
            with open_input(part) as handle:
                yield from _numbered(handle, part)
        except _UNREADABLE as exc:
            raise _unreadable(part, exc) from None


def not_gzip_compressed(start: bytes) -> str | None:
    """What is wrong with results beginning with ``start`` that are compressed another way than gzip (which is read
    as it is), for a message after their name; None for any other start. Read as lines, such bytes were called a
    line that is not JSON, cut short by a batch that stopped."""
    for magic, (kind, tool) in _COMPRESSED.items():
        if magic != GZIP_START and start.startswith(magic):
            return (
                f"is {kind}-compressed, and only gzip-compressed results are read as they are; decompress it first "
                f"({tool} FILE > results.jsonl), or compress it with gzip"
            )
    return None


def result_parts(source: str | os.PathLike[str]) -> list[Path]:
    """The files of a batch's output ``source``, as :func:`input_parts` names them: gzip-compressed ones too."""
    return input_parts(source, compressed=True)


def result_lines(source: str | os.PathLike[str]) -> Iterator[tuple[Path | str, int, bytes]]:
    """The non-blank lines of a batch's output ``source`` (as :func:`result_parts` names it, or ``-`` for standard
    input: a batch's output piped in, gzip-compressed or not), with where each was read."""
    if os.fspath(source) != STANDARD_INPUT:
        yield from numbered_lines(result_parts(source))
        return
    buffer = _standard_input_bytes("the results")
    try:
        yield from _numbered(_uncompressed(buffer), "standard input")
    except _UNREADABLE as exc:
        raise _unreadable("standard input", exc) from None


def _standard_input_bytes(what: str | None = None) -> BinaryIO:
    """Standard input's bytes, or an :class:`InputError` that says to give ``what`` (else the file) as a file instead
    when there are none: standard input is closed, or a text-only stream (as some embedding hosts give)."""
    buffer = getattr(sys.stdin, "buffer", None)
    if buffer is None:
        instead = "give the file instead" if what is None else f"give {what} as a file"
        raise InputError(f"standard input: cannot be read as bytes here; {instead}")
    return buffer  # type: ignore[no-any-return]


def _uncompressed(stream: BinaryIO) -> BinaryIO:
    """The open ``stream`` uncompressed on the way when its first bytes, which are looked at without being taken,
    say it is gzip-compressed; else as it is."""
    start = _looked_at(stream, len(GZIP_START))
    if start is None:
        return stream
    compressed = start[: len(GZIP_START)] == GZIP_START
    return gzip.GzipFile(fileobj=stream, mode="rb") if compressed else stream  # type: ignore[return-value]


def _looked_at(stream: BinaryIO, size: int) -> bytes | None:
    """Up to about ``size`` first bytes of the open ``stream``, looked at without being taken (a peek may give more or
    fewer); None when the stream can be neither peeked at nor sought back."""
    if hasattr(stream, "peek"):
        return bytes(stream.peek(size))
    if stream.seekable():
        at = stream.tell()
        start = stream.read(size)
        stream.seek(at)
        return start
    return None


def standard_input_start() -> bytes:
    """The first bytes piped into standard input, looked at without being taken from its reader, and uncompressed
    when they are gzip-compressed, as its readers uncompress them: what report and summary tell a comparison's JSON
    from a batch's output by; none when standard input cannot be looked at (closed, or a text-only stream)."""
    buffer = getattr(sys.stdin, "buffer", None)
    start = None if buffer is None else _looked_at(buffer, 4096)
    if not start or not start.startswith(GZIP_START):
        return start or b""
    try:
        # The first block of the compressed bytes at hand; what is cut off is the reader's to uncompress.
        return zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(start, 4096)
    except zlib.error:
        return b""  # corrupt: read in earnest, it is reported as such


def read_standard_input() -> bytes:
    """The whole of standard input, uncompressed when it is gzip-compressed, or an :class:`InputError` saying why it
    cannot be read."""
    buffer = _standard_input_bytes()
    try:
        return _uncompressed(buffer).read()
    except _UNREADABLE as exc:
        raise _unreadable("standard input", exc) from None


def _numbered(handle: BinaryIO, name: Path | str) -> Iterator[tuple[Path | str, int, bytes]]:
    for number, raw in enumerate(handle, start=1):
        if not is_blank_raw(raw):
            yield name, number, raw


def read_result(output: str | os.PathLike[str], cluster: str | int | None = None) -> Comparison:
    """The comparison of ``cluster`` in a batch's ``output`` (a JSONL file, a directory of parts, a glob, or ``-`` for
    standard input; gzip-compressed or not), read back to report on; without ``cluster``, the output's only one. A
    cluster whose id was given as a number (``{"id": 17, ...}``, or ``17.0``) is found by that number (``17`` or
    ``17.0``) or by its digits.

    Only each line's leading id is parsed, so finding one in gigabytes of results costs little memory; an output that
    holds more than one record of ``cluster`` (its input gave two clusters that id) gives the first, with a warning
    naming where the others are. A cluster that is not there, or that failed, is an :class:`InputError` saying so
    (offering the ids most like the one asked for, else naming a few of those there). In a file a batch is still
    writing, the unfinished last line is the one being written, and is passed over.
    The comparison has the batch's ``scoring`` (see :meth:`Comparison.relate`) when this newsdiff wrote the file and
    its settings record; else, as any comparison read back from JSON, it is told with :meth:`Comparison.scored_with`.
    """
    if not isinstance(output, (str, os.PathLike)):
        raise InputError(
            f"read_result() takes the path of a batch's output (a JSONL file, a directory of parts, a glob, or - for "
            f"standard input), not {type(output).__name__}"
        )
    if isinstance(cluster, numbers.Integral) and not isinstance(cluster, bool):
        cluster = str(int(cluster))  # a cluster's id given as a number is written as its digits (see _given_id)
    elif isinstance(cluster, float) and cluster.is_integer():
        # 7.0, as pandas gives a column of whole numbers with an empty cell: the batch named that cluster 7.
        cluster = str(int(cluster))
    elif cluster is not None and not isinstance(cluster, str):
        raise InputError(f"cluster must be a cluster's id (a string), or None for the only one, not {cluster!r}")
    # Named in messages as the command line names it: "-" is standard input, not a file of that name.
    named = "standard input" if os.fspath(output) == STANDARD_INPUT else os.fspath(output)
    only: tuple[bytes, Path | str, int] | None = None
    only_id = ""
    files: set[Path] = set()
    others = _OtherIds(cluster or "")
    # The output is read to its end once the cluster is found: a second record of its id is told of.
    found: tuple[bytes, Path | str, int] | None = None
    again: list[str] = []
    for part, number, raw in result_lines(output):
        if isinstance(part, Path):
            files.add(part)
            if not raw.endswith(b"\n") and being_written(part):
                continue  # the line the batch is writing now, not one cut short by a run that stopped
        ident = record_id(raw, part, number)
        if cluster is None:
            if only is not None:
                raise InputError(
                    f"{named}: holds more than one cluster ({only_id!r}, {ident!r}, …); "
                    "choose one with --cluster ID (cluster= in Python)"
                )
            only, only_id = (raw, part, number), ident
        elif ident.strip() == cluster.strip():  # white space around an id names no other cluster (see _given_id)
            if found is None:
                found = (raw, part, number)
            else:
                again.append(f"{part}, line {number}")
        else:
            others.add(ident)
    if found is not None:
        if again:
            # An input that gave two clusters one id has a record for each: the first was shown as if the only one.
            lines = ", ".join(again[:_AGAIN_NAMED]) + (", …" if len(again) > _AGAIN_NAMED else "")
            warnings.warn(
                f"{named}: holds {len(again) + 1} records of cluster {cluster!r} (its input gave the id to more than "
                f"one cluster); this is the first, {found[1]}, line {found[2]}, and the others are at {lines}: give "
                "each cluster its own id to read each",
                UserWarning,
                stacklevel=2,
            )
        return _comparison(*found)
    if only is not None:
        return _comparison(*only)
    missing = f"{named}: holds no cluster {cluster!r}" if cluster is not None else f"{named}: holds no results"
    if any(being_written(part) for part in files):
        raise InputError(f"{missing} yet: a batch is still writing it; ask again once the batch has ended{others}")
    if os.fspath(output) == STANDARD_INPUT and not others.count:
        # Empty, as summary says of it: the program piping the results wrote none, or nothing was piped in.
        raise InputError(
            f"{named}: holds no results (nothing was piped in, or the program piping it wrote nothing); pipe a "
            "batch's output into it, or give its file"
        )
    raise InputError(f"{missing}{others}")


#: How many other records of a cluster read back the warning that it has more than one names.
_AGAIN_NAMED = 3


class _OtherIds:
    """The cluster ids of an output that are not the one asked for, kept as they are read for the message saying it
    is not there: the few most like it (a misspelt id), else the first few, and how many there are; a few ids'
    memory, however many clusters the output holds."""

    #: How many ids the message names at most.
    SHOWN = 3
    #: How alike an id must be to the one asked for to be offered in its place (as :func:`difflib.get_close_matches`).
    CUTOFF = 0.6

    def __init__(self, wanted: str) -> None:
        self._wanted = difflib.SequenceMatcher(b=wanted.casefold())
        self._first: list[str] = []
        self._close: list[tuple[float, int, str]] = []  # a heap of the closest, the least close first
        self.count = 0

    def add(self, ident: str) -> None:
        """Take in the id of one line read."""
        self.count += 1
        if len(self._first) < self.SHOWN:
            self._first.append(ident)
        matcher = self._wanted
        matcher.set_seq1(ident.casefold())
        if matcher.real_quick_ratio() < self.CUTOFF or matcher.quick_ratio() < self.CUTOFF:
            return
        ratio = matcher.ratio()
        if ratio >= self.CUTOFF and ident not in (close for _, _, close in self._close):
            entry = (ratio, -self.count, ident)  # of two as close, the one read first is kept
            if len(self._close) < self.SHOWN:
                heapq.heappush(self._close, entry)
            else:
                heapq.heappushpop(self._close, entry)

    def __str__(self) -> str:
        """What to tell after the message: the ids most like the one asked for, else some of those there are."""
        if self._close:
            offered = [ident for _, _, ident in sorted(self._close, reverse=True)]
            return f"; did you mean {' or '.join(repr(ident) for ident in offered)}?"
        if not self.count:
            return ""
        named = ", ".join(repr(ident) for ident in self._first)
        if self.count > len(self._first):
            return f"; its {self.count} clusters include {named}, …"
        return f"; its one cluster is {named}" if self.count == 1 else f"; its clusters are {named}"


def record_id(
    raw: bytes,
    part: Path | str,
    number: int,
    hint: str = "give the output of newsdiff batch",
    cluster_hint: str = "run newsdiff batch on it first, and give its output",
) -> str:
    """The cluster id of the output line ``raw`` (line ``number`` of ``part``), which resuming, report and summary read.

    Read from the line's start as the batch writes it, without parsing a result that may run to megabytes; else
    from the whole line, since a file rewritten by another tool may have spaces, another key order or a byte-order
    mark. A line with no id is an :class:`InputError` naming it, ending with ``hint``; a cluster to compare (a batch's
    input line, given where its output was meant) ends with ``cluster_hint`` instead.
    """
    prefix = '{"cluster":'
    text = decode_input(raw)
    if text.startswith(prefix):
        try:
            ident, _ = json.JSONDecoder().raw_decode(text, len(prefix))
        except json.JSONDecodeError:
            ident = None
        if isinstance(ident, str):
            return ident
    record, problem = _parsed(text)
    ident = record.get("cluster") if isinstance(record, dict) else None
    if isinstance(ident, str):
        return ident
    if problem in (_TOO_DEEP, _TOO_LONG_NUMBER):
        # It may be a record, but not one this reader can read: saying it is none would send the user looking
        # for the wrong fault.
        raise InputError(f"{part}, line {number}: cannot be read as JSON ({_why(problem)}); {hint}")
    binary = _binary(raw) if problem is not None else None
    if binary is not None:
        raise InputError(f"{part}, line {number}: {binary}; {hint}")
    if isinstance(record, Mapping) and "articles" in record:
        # Clusters given where results were meant (the two files mixed up): "remove the line" would lose a cluster.
        raise InputError(f"{part}, line {number}: is a cluster to compare, not a batch output record; {cluster_hint}")
    raise InputError(f"{part}, line {number}: is not a batch output record; {hint}")


def _answered_id(raw: bytes, output: Path, number: int) -> str:
    """The id of the input cluster that the line ``raw`` of a batch's ``output`` answers to, as resuming reads it: its
    :func:`record_id` stripped, since an id given with white space around it (``" c1 "``) was once written so, and is
    now read as ``c1``."""
    return record_id(
        raw,
        output,
        number,
        "give a new output file or remove the line",
        "give a new output file; this one holds the clusters to compare, which the results must not replace",
    ).strip()


def output_record(raw: bytes, part: Path | str, number: int) -> Any:
    """The JSON value of the output line ``raw`` (line ``number`` of ``part``), read back by report and summary.

    A line that is not JSON is an :class:`InputError` naming it; one without a newline is the partial last line
    of a run that was stopped, which running the batch again mends.
    """
    record, problem = _parsed(decode_input(raw))
    if problem is None:
        return record
    if problem in (_TOO_DEEP, _TOO_LONG_NUMBER):
        raise InputError(
            f"{part}, line {number}: cannot be read as JSON ({_why(problem)}); give the output of newsdiff batch"
        )
    binary = _binary(raw)
    if binary is not None:
        # An image, an archive, a gzip file uncompressed to one of those: told apart from a line cut short, which it
        # was called when it held no newline, as if running the batch again would mend it.
        raise InputError(f"{part}, line {number}: {binary}; give the output of newsdiff batch")
    if not raw.endswith(b"\n"):
        raise InputError(f"{part}, line {number}: is cut short; run the batch again to finish it")
    raise InputError(
        f"{part}, line {number}: is not a JSON line ({_why(problem)}); give the output of newsdiff batch (a run "
        "that was stopped leaves a partial last line: run the batch again to finish it)"
    )


#: What no line of JSON text holds: a byte that is not UTF-8 (as :func:`decode_input` leaves it), or a control
#: character other than white space (JSON escapes them in its strings), which a binary file's bytes are full of.
_NOT_TEXT = re.compile("[\udc80-\udcff\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def _binary(raw: bytes) -> str | None:
    """What shows that the line ``raw``, which is not JSON, is no text at all (bytes that are not UTF-8, or a control
    character), for a message after its name; None for a line of text. A line without a newline may end in a
    character cut short (a batch stopped in the middle of its bytes), which is not counted against it."""
    if raw.endswith(b"\n"):
        text = decode_input(raw)
    else:  # the bytes of a character that may have been cut short are held back
        text = codecs.getincrementaldecoder("utf-8")("surrogateescape").decode(raw.removeprefix(BOM))
    found = _NOT_TEXT.search(text)
    if found is None:
        return None
    byte = ord(found.group()) - 0xDC00 if _UNDECODED.match(found.group()) else ord(found.group())
    return f"is not a newsdiff output (not UTF-8 JSON lines: byte 0x{byte:02x} at column {found.start() + 1})"


def _comparison(raw: bytes, part: Path | str, number: int) -> Comparison:
    """The comparison on one output line, or an :class:`InputError` carrying the cluster's own error."""
    record = output_record(raw, part, number)
    if "error" in record:
        raise InputError(f"{part}, line {number}: the cluster was not compared: {record['error']}")
    newer = other_schema(record.get("result"))
    if newer is not None:
        raise InputError(f"{part}, line {number}: {newer}")
    try:
        # A batch's output, not what Comparison.to_dict wrote, is what to give a reader of one.
        comparison = read_comparison(record.get("result"), advice="give the output of newsdiff batch")
    except InputError as exc:
        raise InputError(f"{part}, line {number}: {exc}") from None
    return _scored(comparison, part)


def other_schema(result: Any) -> str | None:
    """What is wrong with an output record's ``result`` written in a JSON schema other than the one this newsdiff
    reads (by a later newsdiff, say), or None when it claims no other schema.

    Such a result is a batch's output all the same, so it is named as one, with what to do, rather than called
    something other than a batch's output.
    """
    schema = result.get("schema") if isinstance(result, Mapping) else None
    if not isinstance(schema, int) or isinstance(schema, bool) or schema == SCHEMA:
        return None
    version = result.get("newsdiff")
    written = f" by newsdiff {version}" if isinstance(version, str) else ""
    return (
        f"its result was written{written} in JSON schema {schema}, and newsdiff {__version__} reads schema "
        f"{SCHEMA}; read it with a newsdiff that reads schema {schema}"
    )


def worker_count(workers: int | None) -> int:
    """How many processes compare clusters: ``workers``, by default one per CPU; what is not a whole number of at
    least one is an :class:`InputError` naming it."""
    if workers is not None and (isinstance(workers, bool) or not isinstance(workers, numbers.Integral)):
        raise InputError(f"workers must be a whole number of processes, got {workers!r}")
    count = int(workers) if workers is not None else (os.cpu_count() or 1)
    if count < 1:
        raise InputError(f"workers must be at least 1, got {count}")
    return count


def _ordered(
    lines: Iterable[str],
    workers: int | None,
    settings: BatchSettings,
    *,
    isolate: bool = False,
    timeout: float | None = None,
    ready: Callable[[], bool] | None = None,
) -> Iterator[str]:
    """Output lines for ``lines`` in input order, computed by a process pool with a bounded window (or in this
    process, when :func:`batch`'s ``workers`` and ``isolate`` say so).

    ``ready``, where the lines arrive over time (a pipe), tells whether more have arrived (see :func:`arrival_check`):
    the first cluster is compared as soon as it comes, and the outputs in hand are given before the batch waits for
    the next one; a pool started small for clusters that came one by one grows when they back up."""
    count = worker_count(workers)
    if _in_this_process(workers, isolate):
        yield from (process_line(line, settings) for line in lines)
        return
    window: deque[tuple[str, Future[Compared]]] = deque()
    # No more processes than there are clusters: a pool that forks starts all of its workers with the first cluster,
    # and a batch of three clusters with --workers 64 started 64 of them (with --workers 100000, as many as the
    # system would fork, for one cluster). So the pool is sized by the clusters read ahead, no more than the window
    # holds anyway; of a pipe, only those that have arrived, so that the first cluster is compared as it comes.
    _stop_if_reimporting_main()  # before any cluster is read
    unreadable: list[InputError] = []
    given = _until_unreadable(lines, unreadable)
    ahead: list[str] = []
    for line in given:
        ahead.append(line)
        if len(ahead) >= count or (ready is not None and not ready()):
            break
    if unreadable and not ahead:
        raise unreadable[0]  # nothing read to finish first, and no pool to start for it
    pool = _Pool(max(len(ahead), 1), settings, timeout)
    taken = 0
    finished = False
    try:
        for line in chain(ahead, given):
            taken += 1
            window.append((line, pool.submit(line)))
            if len(window) >= pool.size * IN_FLIGHT_PER_WORKER:
                if pool.size < count:
                    # Clusters come faster than the pool compares them: once the window is out, a larger pool is
                    # started, of no more workers than the clusters already read.
                    while window:
                        yield pool.outcome(*window.popleft())
                    pool.restart(min(count, taken))
                else:
                    yield pool.outcome(*window.popleft())
            # What is done is given at once, and what is in hand before waiting on a pipe for the next cluster.
            while window and (window[0][1].done() or (ready is not None and not ready())):
                yield pool.outcome(*window.popleft())
        while window:
            yield pool.outcome(*window.popleft())
        finished = True
    finally:
        for _, future in window:
            future.cancel()
        pool.close(at_once=not finished)
    if unreadable:
        raise unreadable[0]


def _until_unreadable(lines: Iterable[str], unreadable: list[InputError]) -> Iterator[str]:
    """The ``lines``, ending where the input cannot be read further (a file gone, a gzip stream cut short), with its
    error put in ``unreadable``: raised at once, it dropped the clusters read before it that were being compared, up
    to a window of them, and a rerun compared them again; now they are compared and written first."""
    try:
        yield from lines
    except InputError as exc:
        unreadable.append(exc)


def arrival_check(stream: Any) -> Callable[[], bool] | None:
    """For a ``stream`` whose lines arrive over time (a pipe, a terminal, a socket), a check of whether more input
    has arrived that can be read without waiting; None for a file or any other iterable, read as fast as it can be.

    Without it a batch read ``--workers`` clusters from a slow pipe before it started comparing the first, and gave
    no output while it waited for the next one. Lines the stream has already read into its own buffer count as
    arrived, though the system sees nothing more to read: a burst of clusters was otherwise compared one at a time.
    """
    try:
        handle = stream.fileno()
        mode = os.fstat(handle).st_mode
    except (AttributeError, OSError, ValueError):
        return None
    if stat.S_ISREG(mode):
        return None
    buffered = stat.S_ISFIFO(mode) or stat.S_ISSOCK(mode)

    def arrived() -> bool:
        try:
            readable, _, _ = select.select([handle], [], [], 0)
        except (OSError, ValueError):  # closed, or a system whose select takes sockets alone: read on
            return True
        return bool(readable) or (buffered and _line_buffered(stream, handle))

    return arrived


def _binary_pipe(clusters: Any) -> Any:
    """The binary buffer under ``clusters`` when it is a text stream over a pipe or a socket (``sys.stdin`` piped
    into) that nothing has been read from; else ``clusters`` itself.

    A text stream takes what the pipe holds into a buffer of its own that cannot be looked into: the pipe looked empty
    after each cluster of a burst, and the clusters were compared one at a time. Its binary buffer can be looked into
    (see :func:`_line_buffered`), and its lines are read as a binary file's are. A text stream that has been read
    from may hold lines in its own buffer, which reading under it would skip: it is read as it is, waiting for each
    line. Reading it without waiting instead lost the start of a line cut inside a character (the decoder took the
    empty read for the end and refused the half character).
    """
    if not isinstance(clusters, io.TextIOWrapper) or not isinstance(
        getattr(clusters, "buffer", None), io.BufferedReader
    ):
        return clusters
    try:
        mode = os.fstat(clusters.fileno()).st_mode
    except (OSError, ValueError):
        return clusters
    if not (stat.S_ISFIFO(mode) or stat.S_ISSOCK(mode)):
        return clusters
    try:
        # Refused once the stream has decoded anything, which its own buffer may still hold; a no-op before.
        clusters.reconfigure(errors=clusters.errors)
    except (io.UnsupportedOperation, ValueError):
        return clusters
    return clusters.buffer


def _line_buffered(stream: Any, handle: int) -> bool:
    """Whether the open binary ``stream`` over the pipe or socket ``handle`` holds a whole line in its own buffer.

    ``peek`` gives what the buffer holds without reading, or reads the pipe when the buffer is empty; the pipe is made
    non-blocking for that moment, so that an empty one gives nothing rather than waiting. Only a plain buffered reader
    is looked into: a text stream's buffer cannot be, and a decompressing one (gzip) fails on a pipe with nothing to
    read. A terminal is left as it is (a line typed is read alone).
    """
    if not isinstance(stream, io.BufferedReader):
        return False
    try:
        blocking = os.get_blocking(handle)
        os.set_blocking(handle, False)
        try:
            held = stream.peek(1)
        finally:
            os.set_blocking(handle, blocking)
    except (OSError, ValueError):
        return False
    return isinstance(held, bytes) and b"\n" in held


def _standard_input_arrival(source: str | os.PathLike[str]) -> Callable[[], bool] | None:
    """:func:`arrival_check` of standard input, when ``source`` names it (``-``)."""
    if os.fspath(source) != STANDARD_INPUT:
        return None
    return arrival_check(getattr(sys.stdin, "buffer", None))


def _in_this_process(workers: int | None, isolate: bool) -> bool:
    """Whether :func:`batch`'s ``workers`` and ``isolate`` ask for clusters to be compared in this process."""
    return workers == 1 and not isolate


def check_timeout(timeout: float | None, workers: int | None, isolate: bool) -> None:
    """Refuse a ``timeout`` that is not a positive number of seconds, or one that could not be kept: a cluster is
    stopped by killing its worker process, and ``workers=1`` alone has none. A limit longer than the system can wait
    for (``inf``: Python's wait raised OverflowError once the first cluster was sent) is refused too."""
    if timeout is None:
        return
    if isinstance(timeout, bool) or not isinstance(timeout, numbers.Real):
        raise InputError(f"timeout must be a number of seconds, such as 60, got {timeout!r}")
    if not timeout > 0:
        raise InputError(f"timeout must be a positive number of seconds, got {timeout}")
    if timeout > threading.TIMEOUT_MAX:
        raise InputError(
            f"timeout must be at most {threading.TIMEOUT_MAX:.0f} seconds, got {timeout}; leave it out (no --timeout) "
            "for no limit"
        )
    if _in_this_process(workers, isolate):
        raise InputError("timeout needs worker processes, and workers=1 compares in this process: add isolate=True")


class _Pool:
    """Worker processes that outlive the death of one: the cluster it was comparing becomes an error record.

    A worker killed mid-cluster (by the out-of-memory killer, say, on a huge cluster) breaks the whole
    process pool and fails every cluster in flight, not only its own. Each of those is compared again
    in a process of its own, so the one that kills its process is known and recorded by name, and the
    batch goes on in a new pool.
    """

    def __init__(self, count: int, settings: BatchSettings, timeout: float | None = None) -> None:
        _stop_if_reimporting_main()
        check_sendable(settings, count, isolate=True)
        self._count = count
        self._settings = settings
        self._timeout = timeout
        # The warnings the workers raised that this batch has told, as Python's own registry of a module keeps them.
        self._told: dict[Any, Any] = {}
        self._executor = self._start(count)

    @property
    def size(self) -> int:
        """How many worker processes the pool may run at once."""
        return self._count

    def restart(self, count: int) -> None:
        """Replace the pool, which has no cluster in hand, with one of ``count`` workers: a pool that forks cannot add
        workers once it runs, and a fork while its threads run could copy a lock one of them held."""
        self._executor.shutdown(wait=True)
        self._count = count
        self._executor = self._start(count)

    def _start(self, count: int) -> ProcessPoolExecutor:
        try:
            return ProcessPoolExecutor(
                max_workers=count,
                mp_context=_start_method(self._settings),
                initializer=_worker_start,
                initargs=(os.getpid(),),
            )
        except OSError as exc:
            raise _cannot_start(exc) from None
        except OverflowError:  # the pool's semaphore counts workers in a C int
            raise InputError(
                f"workers: {count} is more processes than a pool can hold; give fewer workers (--workers N)"
            ) from None

    def submit(self, line: str) -> Future[Compared]:
        """Start comparing the cluster ``line`` (in a new pool if a worker's death broke this one)."""
        try:
            return self._submit(line)
        except BrokenProcessPool:
            _refuse_a_rerun_main(self._executor)
            self._executor.shutdown(wait=True, cancel_futures=True)
            self._executor = self._start(self._count)
            return self._submit(line)

    def _submit(self, line: str) -> Future[Compared]:
        try:
            # A pool that forks starts all of its worker processes with the first cluster submitted, before its
            # manager thread runs (a fork later would copy that thread's locks); one that spawns, or forks from a
            # fork server, starts one as a cluster is submitted while none is idle, up to its count.
            return self._executor.submit(_compare_in_worker, line, self._settings)
        except OSError as exc:
            raise _cannot_start(exc) from None

    def outcome(self, line: str, future: Future[Compared]) -> str:
        """The output line of the cluster ``line`` started as ``future``."""
        try:
            # Outcomes are taken in input order, and workers take clusters in that order too, so this cluster has
            # been compared at least since the one before it ended: its limit runs from now.
            output, warned = future.result(timeout=self._timeout)
        except BrokenProcessPool:
            _refuse_a_rerun_main(self._executor)
            return compare_alone(line, self._settings, self._timeout, told=self._told)
        except FuturesTimeout:
            # A pool cannot stop one task: every worker goes, and the clusters the others had in hand are
            # compared again alone (as when a worker dies), while this one is not tried again.
            _kill_workers(self._executor)
            return _timed_out(line, self._timeout)
        tell_warnings(warned, self._told)
        return output

    def close(self, *, at_once: bool = False) -> None:
        """Stop the workers once the clusters they are comparing are done, or ``at_once``; clusters not started are
        dropped."""
        if at_once:
            # The batch stopped early (its reader went, an error, Ctrl-C): what the workers are comparing will not
            # be written, and a cluster that never ends would hold the batch's end for ever.
            _kill_workers(self._executor)
        self._executor.shutdown(wait=True, cancel_futures=True)


@dataclass(frozen=True)
class WorkerWarning:
    """A warning a worker process raised while comparing a cluster, as it is carried back to the batch's process:
    its text and category, and where it was raised (the module's name too, which Python's filters match)."""

    message: str
    category: type[Warning]
    filename: str
    lineno: int
    module: str | None


#: What a worker process gives back for a cluster: its output line, and the warnings comparing it raised.
Compared = tuple[str, tuple[WorkerWarning, ...]]


def _compare_in_worker(line: str, settings: BatchSettings) -> Compared:
    """:func:`process_line` in a worker process, with the warnings it raised, which the batch's process raises
    again (:func:`tell_warnings`). Left to the worker, each printed them in Python's own format, blind to the
    caller's filters and to the command line's, once per worker process."""
    with warnings.catch_warnings(record=True) as caught:
        # Every warning is carried back: which to show, and how often, is for the batch's process's filters.
        warnings.simplefilter("always")
        output = process_line(line, settings)
    return output, carried_warnings(caught)


def carried_warnings(caught: Iterable[warnings.WarningMessage]) -> tuple[WorkerWarning, ...]:
    """The warnings ``caught`` (by :func:`warnings.catch_warnings`) in a worker, as they are sent to the batch's
    process, which raises them again with :func:`tell_warnings`."""
    return tuple(_carried_warning(warning) for warning in caught)


def _carried_warning(warning: warnings.WarningMessage) -> WorkerWarning:
    """``warning`` as it can be sent from a worker process: a category that cannot be sent (one defined in a
    function, say) is sent as the nearest one that can."""
    category = next(kind for kind in warning.category.__mro__ if _sendable(kind))
    message = str(warning.message)
    return WorkerWarning(message, category, warning.filename, warning.lineno, _module_named(warning.filename))


def _sendable(kind: type) -> bool:
    try:
        pickle.loads(pickle.dumps(kind))
    except Exception:
        return False
    return True


@lru_cache(maxsize=64)
def _module_named(filename: str) -> str | None:
    """The name of the loaded module whose source is ``filename``, as :func:`warnings.warn` names it, if any."""
    for name, module in list(sys.modules.items()):
        if getattr(module, "__file__", None) == filename:
            return name
    return None


def tell_warnings(warned: Iterable[WorkerWarning], told: dict[Any, Any]) -> None:
    """Raise again in this process the warnings a worker process raised, as though they were raised here: the
    caller's filters choose which are shown and how (the command line's on one line), and ``told``, one batch's
    registry of those already shown, makes a warning shown once per batch by default, not once per worker."""
    for warning in warned:
        try:
            raised = warning.category(warning.message)
        except Exception:
            raised = UserWarning(warning.message)  # a category made with other arguments
        warnings.warn_explicit(raised, type(raised), warning.filename, warning.lineno, warning.module, told)


def _worker_start(batch: int | None = None) -> None:
    """Let Ctrl-C or SIGTERM end a worker process at once and silently (the batch's own process reports it), and
    end it when the batch's process, ``batch``, dies however it dies."""
    # Ctrl-C signals every process of the foreground group. As KeyboardInterrupt in an idle worker it
    # printed a traceback per worker, and in a busy one it only delayed the end. A forked worker also
    # inherits the handler the command line gives SIGTERM, which is the batch's own process's to act on.
    signal.signal(signal.SIGINT, signal.SIG_DFL)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    if batch is not None:
        _die_with(batch)


def _die_with(batch: int) -> None:
    """Have the system kill this worker when the process ``batch`` that started it dies (Linux alone can).

    A batch killed outright (SIGKILL: the out-of-memory killer, a scheduler's last word) left its workers
    waiting for clusters for ever, holding its standard error open, so a pipeline reading that waited too.
    """
    if not sys.platform.startswith("linux") or os.getppid() != batch:
        return  # not Linux, or started by a fork server (Python 3.14's default), whose end is not the batch's
    import ctypes

    try:
        prctl = ctypes.CDLL(None, use_errno=True).prctl
    except (OSError, AttributeError):
        return
    prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG: this process gets SIGKILL when its parent ends
    if os.getppid() != batch:  # the batch died before the request was made
        os._exit(1)


def compare_alone(
    line: str,
    settings: BatchSettings = DEFAULT_SETTINGS,
    timeout: float | None = None,
    *,
    told: dict[Any, Any] | None = None,
) -> str:
    """The output line of one cluster compared in a worker process of its own, or an error record if that process
    dies (or is still comparing after ``timeout`` seconds, and is killed).

    The process is this cluster's alone, so a cluster that kills it (out of memory, say) is known for certain. The
    warnings it raised are raised here (see :func:`tell_warnings`, and its ``told``).
    """
    _stop_if_reimporting_main()
    check_sendable(settings, 1, isolate=True)
    try:
        single = ProcessPoolExecutor(
            max_workers=1, mp_context=_start_method(settings), initializer=_worker_start, initargs=(os.getpid(),)
        )
    except OSError as exc:
        raise _cannot_start(exc) from None
    with single:
        try:
            try:
                started = single.submit(_compare_in_worker, line, settings)  # which starts its worker process
            except OSError as exc:
                raise _cannot_start(exc) from None
            output, warned = started.result(timeout=timeout)
            tell_warnings(warned, {} if told is None else told)
            return output
        except BrokenProcessPool:
            _refuse_a_rerun_main(single)
            return _failed(line, "the worker process comparing it stopped abruptly (out of memory, or a crash)")
        except FuturesTimeout:
            _kill_workers(single)
            return _timed_out(line, timeout)


def _stop_if_reimporting_main() -> None:
    """End this process with :data:`RERAN_MAIN` if it is a worker still importing the caller's script, which has
    started a batch again: no process can be started from there (multiprocessing would raise, with a traceback
    per worker), and the batch's own process says what is wrong, once."""
    # multiprocessing's own mark of a process still being set up from its parent, which it checks to refuse.
    if not getattr(multiprocessing.current_process(), "_inheriting", False):
        return
    if _forked_by_a_fork_server():
        # A fork server's child ends with status 1 on any SystemExit, which would say nothing of this: it ends here.
        for stream in (sys.stdout, sys.stderr):
            with suppress(Exception):
                stream.flush()
        os._exit(RERAN_MAIN)
    raise SystemExit(RERAN_MAIN)


def _forked_by_a_fork_server() -> bool:
    """Whether this process was started by a fork server (``forkserver``, Python 3.14's default on Linux)."""
    from multiprocessing import forkserver

    with suppress(Exception):
        return forkserver.get_inherited_fds() is not None
    return False


def _refuse_a_rerun_main(executor: ProcessPoolExecutor) -> None:
    """Raise :class:`MainGuardError` if a worker of the broken ``executor`` ended because it ran the batch again."""
    # Before 3.14 the pool's processes are reachable only through its private table; without it, nothing is told.
    processes = list((getattr(executor, "_processes", None) or {}).values())
    # A worker is known dead (its pipe closed) a moment before it has an exit status; a broken pool's others are
    # being ended, so the wait is short, and bounded.
    deadline = time.monotonic() + REAPING_WAIT
    for process in processes:
        process.join(max(0.0, deadline - time.monotonic()))
    if not any(process.exitcode == RERAN_MAIN for process in processes):
        return
    main = getattr(sys.modules.get("__main__"), "__file__", None)
    script = f"the script {main}" if main else "the main module"
    raise MainGuardError(
        f"the worker processes ran {script} again as they started, and with it the batch: they start afresh "
        f"and import it. Put the code that runs the batch under 'if __name__ == \"__main__\":' in {script}, so that "
        "importing it runs nothing"
    )


def _timed_out(line: str, timeout: float | None) -> str:
    return _failed(line, f"still being compared after {timeout:g} s, the time limit, and stopped")


def _failed(line: str, problem: str) -> str:
    """The error record of the cluster ``line`` that its worker process could not compare."""
    record, _ = _parsed(line)
    return _dump({"cluster": _ident(record, line), "error": f"{_named(record, line)}: {problem}"})


def _kill_workers(executor: ProcessPoolExecutor) -> None:
    """Kill every worker process of ``executor`` (a cluster that runs on and on); the pool is broken after it."""
    kill = getattr(executor, "kill_workers", None)  # Python 3.14 and later
    if kill is not None:
        kill()
        return
    # Before 3.14 the pool's processes are reachable only through its private table.
    for process in list(getattr(executor, "_processes", {}).values()):
        with suppress(OSError):
            process.kill()


def _start_method(settings: Settings) -> BaseContext | None:
    """How worker processes start: Python's default, or afresh (spawned) for the embeddings engine and wherever the
    default is to fork a process that runs other threads."""
    # PyTorch cannot be used in a process forked after it was loaded, so the embeddings engine's workers start fresh.
    if settings.engine == "embeddings":
        return multiprocessing.get_context("spawn")
    # A fork copies only the thread that forks: a lock another thread held (a Dask client's, a notebook's, a logging
    # handler's) stays held for ever in the worker, which may then hang. Python 3.12 warns of such a fork
    # (DeprecationWarning) and 3.14 no longer forks by default on Linux; a process with no other thread forks safely.
    chosen = multiprocessing.get_start_method(allow_none=True) or multiprocessing.get_all_start_methods()[0]
    if chosen == "fork" and _runs_other_threads():
        return multiprocessing.get_context("spawn")
    return None


def _runs_other_threads() -> bool:
    """Whether this process runs a Python thread besides the one asking: a thread that may hold a Python lock (a
    logging handler's, an import's) when the process forks.

    Threads a native library starts outside Python are not counted: NumPy's OpenBLAS starts some on import, holds
    no Python lock in them and readies them for a fork itself; counting them made every batch in a process that had
    once compared (NLTK loads NumPy) spawn its workers, several times slower to start.
    """
    return threading.active_count() > 1


def _articles(record: Any) -> list[Mapping[str, Any]]:
    if not isinstance(record, Mapping):
        raise InputError(f"expected an object with 'id' and 'articles', got {type(record).__name__}")
    problem = given_twice(record, ("id", "articles"))
    if problem is not None:
        raise InputError(problem)
    articles = record.get("articles")
    if "articles" not in record and "text" in record:
        raise InputError(
            "is an article record (it has 'text'), not a cluster; give each cluster as "
            '{"id": ..., "articles": [article records]}'
        )
    if "articles" not in record:
        # A cluster whose articles are under another name ("docs", "Articles") was told its 'articles' had the wrong
        # type, which sent its writer looking at a field it does not have.
        fields = ", ".join(repr(str(field)) for field in record) or "none"
        raise InputError(
            f"has no 'articles' (its fields: {fields}); give the cluster's articles as a list of article records "
            "under 'articles'"
        )
    if not isinstance(articles, list):
        raise InputError(f"'articles' must be a list of article records, not {json_kind(articles)}")
    return articles


def _sourced(articles: list[Any]) -> list[Any]:
    """A cluster's ``articles`` with each record that gives a ``source`` (as :func:`_carried` writes an
    :class:`Article` loaded from a file) loaded with it, since loading a record keeps no source."""
    sourced = []
    for number, record in enumerate(articles, start=1):
        if not isinstance(record, Mapping) or "source" not in record:
            sourced.append(record)
            continue
        name = f"record {number}"
        problem = given_twice(record, ("source",))
        if problem is not None:
            raise InputError(f"{name}: {problem}")
        source = record["source"]
        if source is not None and not isinstance(source, str):
            raise InputError(f"{name}: field 'source' must be a string, not {type(source).__name__}")
        sourced.append(replace(article_from_record(record, name), source=source))
    return sourced


def _serialised(cluster: Mapping[str, Any]) -> str:
    """A cluster given in Python as its JSON line, which is what a worker process is given; its articles may be
    what :func:`newsdiff.compare` takes (records, strings, paths, :class:`Article` objects)."""
    name = cluster.get("id", "(no id)") if isinstance(cluster, Mapping) else type(cluster).__name__
    if isinstance(cluster, Mapping) and isinstance(cluster.get("articles"), (list, tuple)):
        refuse_given_twice(cluster["articles"], f"cluster {name}: ")
        articles = [
            _carried(article, f"cluster {name}, article {n}") for n, article in enumerate(cluster["articles"], 1)
        ]
        cluster = {**cluster, "articles": articles}
    try:
        return _dump(cluster)
    except (TypeError, ValueError) as exc:
        raise InputError(
            f"cluster {name}: cannot be written as JSON ({exc}); give each article as a record (a dict of strings), "
            "its text, a path or an Article"
        ) from None


def _carried(article: Any, name: str) -> Any:
    """``article`` of a cluster given in Python as it can be written in the cluster's JSON line and read the same way
    by :func:`newsdiff.load` in the worker: a path as its string, an :class:`Article` as its record."""
    if isinstance(article, os.PathLike):
        return _path_carried(os.fsdecode(article), name)
    if not isinstance(article, Article):
        return article
    if normalise_text(article.text) != article.text:
        # Its record's text would be read with \n line ends, and its sentences' offsets would not fit its own text.
        raise InputError(
            f"{name} ({article.name}): its text has CR line ends or a byte-order mark, which a batch's record would "
            "change; give Article(text=normalise_text(text)) (from newsdiff.article), or the text itself"
        )
    fields = {"text": article.text, "id": article.id, "outlet": article.outlet, "title": article.title}
    fields.update(date=article.date, url=article.url, source=article.source)
    return {key: value for key, value in fields.items() if value is not None}


def _path_carried(path: str, name: str) -> str:
    """A path as a string that loading reads as a path, not as an article's text (which a missing file's name with
    no suffix would be: ``notes`` is a one-word article); so a missing file is its cluster's error, as in compare."""
    if looks_like_path(path):
        return path
    here = os.path.join(os.curdir, path)
    if not os.path.isabs(path) and looks_like_path(here):
        return here
    raise InputError(f"{name}: {path}: no such file")


def _dump(record: Any) -> str:
    line = json.dumps(record, ensure_ascii=False, separators=(",", ":"))
    try:
        line.encode("utf-8")
    except UnicodeEncodeError:
        # A lone surrogate (a cluster id given as "\ud800", say) has no UTF-8 form; escaped, it is kept exactly,
        # so a rerun still recognises the cluster.
        return json.dumps(record, ensure_ascii=True, separators=(",", ":"))
    return line


def is_error(line: str) -> bool:
    """Whether an output line is an error record, without parsing the (large) result."""
    _, end = json.JSONDecoder().raw_decode(line, len('{"cluster":'))
    return line.startswith(',"error":', end)


def _progress_bar(parts: list[Path], enabled: bool, limit: int | None = None) -> Any:
    """A bar on standard error counting the clusters of ``parts``; None when off, or when there is no standard error
    to draw it on."""
    stream = progress_stream() if enabled else None
    if stream is None:
        return None
    total = 0
    for part in parts:
        try:
            with open_input(part) as handle:
                lines = limited_lines(handle, str(part), limit=limit)
                total += sum(isinstance(raw, OverlongLine) or not is_blank_raw(raw) for _, raw, _ in lines)
        except _UNREADABLE as exc:
            raise _unreadable(part, exc) from None
    return progress_bar_class()(total=total or None, unit="cluster", desc="newsdiff batch", file=stream)


def progress_bar_class() -> Any:
    """tqdm without its monitor thread, which would make the batch's process one that forks with a thread running
    (see :func:`_start_method`); the bar is moved on at each cluster, so it needs no monitor to stay current. Its
    ``skip`` counts the clusters a resumed batch passes over."""
    from tqdm import tqdm  # type: ignore[import-untyped]

    class Bar(tqdm):  # type: ignore[misc]
        monitor_interval = 0

        def skip(self, count: int = 1) -> None:
            """Move the bar on by ``count`` clusters an earlier run finished, as tqdm's ``initial`` counts them: in
            the total, but not in the rate or the time left, which a resumed batch of 9,000 done out of 10,000 made
            ten times too fast and too short."""
            self.initial += count
            # The rate is smoothed over the clusters counted since the bar was last drawn; these are not among them.
            self.last_print_n += count
            self.update(count)

    return Bar
