"""Figures over many clusters: how much of each outlet's coverage is shared, paraphrased or its own, and
which outlets carry which others' sentences, read from the output of a batch.

One cluster says how five outlets covered one event; a corpus of thousands says how the outlets cover
the news: who runs the wire copy, who writes its own. The figures are sums of sentence counts, so a
corpus of any size is read line by line in constant memory.
"""

from __future__ import annotations

import json
import os
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import asdict, dataclass
from dataclasses import fields as fields_of
from pathlib import Path
from typing import Any, Literal

from ._version import __version__
from .batch import (
    STANDARD_INPUT,
    Settings,
    being_written,
    input_start,
    numbered_lines,
    other_schema,
    output_record,
    recorded_settings,
    result_lines,
    result_parts,
)
from .compare import progress_stream
from .errors import InputError
from .files import write_atomically
from .result import (
    COMPARISON_START,
    REPR_ARTICLES,
    Comparison,
    as_tuples,
    counted,
    csv_text,
    json_indent,
    made_with,
    page_path,
    percent_shares,
    plain,
    read_comparison,
    scoring,
)

#: The version of :meth:`CorpusSummary.to_dict`'s layout; a change to it gets a new number.
CORPUS_SCHEMA = 1
_LABELS = ("shared", "paraphrased", "unique")
_REPEATED_NAMED = 5  # ids a warning names before it counts the rest
#: How many reasons for clusters failing a summary keeps, the commonest first.
FAILURE_REASONS = 10
_REASON_SHOWN = 100  # characters of a reason the text shows


@dataclass(frozen=True)
class OutletFigures:
    """One outlet over the corpus: the clusters and articles it has, and its sentences by label."""

    name: str
    clusters: int
    articles: int
    sentences: int
    shared: int
    paraphrased: int
    unique: int


@dataclass(frozen=True)
class Carried:
    """How much of ``outlet``'s coverage ``by`` carries, over the ``clusters`` both outlets cover.

    ``sentences`` are ``outlet``'s sentences in those clusters; ``shared`` and ``paraphrased`` count those
    that ``by`` says too, each under its strongest match there.
    """

    outlet: str
    by: str
    clusters: int
    sentences: int
    shared: int
    paraphrased: int

    @property
    def share(self) -> float:
        """The part of ``outlet``'s sentences that ``by`` carries, in [0, 1]."""
        return (self.shared + self.paraphrased) / self.sentences if self.sentences else 0.0


@dataclass(frozen=True)
class FailureReason:
    """Why ``clusters`` of the corpus failed: the ``reason`` their error records give, without the cluster's name."""

    reason: str
    clusters: int


@dataclass(frozen=True)
class ComparedWith:
    """One way clusters of the corpus were compared: the newsdiff ``version`` that compared them, with the batch
    ``settings`` recorded beside their results (None when none were), and how many ``clusters`` it compared."""

    version: str
    settings: Settings | None
    clusters: int

    def __str__(self) -> str:
        # Results that did not record their version read back as of "unknown": "newsdiff unknown" read as a release.
        told = made_with(self.version)
        if self.settings is not None:
            told += f", {self.settings.engine} engine"
            if self.settings.threshold is not None:
                told += f", threshold {self.settings.threshold}"
            if self.settings.floor is not None:
                told += f", floor {self.settings.floor}"
        return f"{told} ({self.clusters:,} cluster{'' if self.clusters == 1 else 's'})"


@dataclass(frozen=True, repr=False)
class CorpusSummary:
    """Figures of a corpus of compared clusters, per outlet and per ordered pair of outlets.

    Outlets come most articles first; an article is counted under its outlet, or its id when it names none.
    Outlet names that differ only in case or white space are one outlet, shown as most of its articles spell it.
    ``compared_with`` says how the clusters were compared, most clusters first; see :attr:`mixed`. ``running``
    names the results files a batch was still writing as they were read: their figures are partial.
    ``repeated`` names the cluster ids read more than once (a results file and its copy both read, say), in the
    order first seen: each reading was counted. ``failure_reasons`` says why clusters failed, the commonest reasons
    first (at most :data:`FAILURE_REASONS` of them), each with how many of the ``failed`` clusters it stopped.
    """

    clusters: int
    failed: tuple[str, ...]
    outlets: tuple[OutletFigures, ...]
    carried: tuple[Carried, ...]
    version: str = __version__
    compared_with: tuple[ComparedWith, ...] = ()
    running: tuple[str, ...] = ()
    repeated: tuple[str, ...] = ()
    failure_reasons: tuple[FailureReason, ...] = ()

    def __post_init__(self) -> None:
        # As a comparison's parts: built by hand from lists, a summary neither equalled the one from_dict reads back
        # nor hashed, and a string for a list of ids was taken a character at a time.
        as_tuples(self, "failed", "outlets", "carried", "compared_with", "running", "repeated", "failure_reasons")

    @property
    def mixed(self) -> bool:
        """Whether the clusters were compared by more than one newsdiff version, or with more than one recorded
        engine, threshold or floor: figures made differently, summed as though alike."""
        known = {c.settings for c in self.compared_with if c.settings is not None}
        return len({c.version for c in self.compared_with}) > 1 or len(known) > 1

    def mixed_warning(self) -> str:
        """What :attr:`mixed` warns of, with each way the clusters were compared; empty when they were alike."""
        if not self.mixed:
            return ""
        ways = "; ".join(str(c) for c in self.compared_with)
        return f"the results were compared in different ways, and their figures are summed as one: {ways}"

    def running_warning(self) -> str:
        """What :attr:`running` warns of, naming the files; empty when no batch was writing what was read."""
        if not self.running:
            return ""
        files = ", ".join(self.running)
        return (
            f"{files}: a batch is still writing {'it' if len(self.running) == 1 else 'them'}, so the figures are "
            "partial (the line being written is left out); summarize again when the batch has ended"
        )

    def repeated_warning(self) -> str:
        """What :attr:`repeated` warns of, naming the first few ids; empty when every cluster was read once."""
        if not self.repeated:
            return ""
        named = ", ".join(self.repeated[:_REPEATED_NAMED])
        more = len(self.repeated) - _REPEATED_NAMED
        if more > 0:
            named += f" and {more:,} more"
        many = len(self.repeated) > 1
        return (
            f"{len(self.repeated):,} cluster id{'s were' if many else ' was'} read more than once ({named}), and "
            f"{'each' if many else 'it'} was counted every time; read each results file once, and give each batch "
            "input an output of its own"
        )

    def to_dict(self) -> dict[str, Any]:
        """The figures as JSON-ready data (layout version :data:`CORPUS_SCHEMA`), with what the text warns of:
        ``compared_with`` and ``mixed``, ``running`` and ``repeated``, so that a pipeline reading it loses no warning.
        """
        return {
            "corpus_schema": CORPUS_SCHEMA,
            "newsdiff": self.version,
            "clusters": self.clusters,
            "failed": list(self.failed),
            "outlets": [asdict(o) for o in self.outlets],
            "carried": [asdict(c) for c in self.carried],
            # Added to schema 1 after its first keys: a reader of those keeps working, so the number is unchanged.
            "compared_with": [asdict(c) for c in self.compared_with],
            "mixed": self.mixed,
            "running": list(self.running),
            "repeated": list(self.repeated),
            "failure_reasons": [asdict(f) for f in self.failure_reasons],
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> CorpusSummary:
        """The summary :meth:`to_dict` gave (``json.loads`` of ``newsdiff summary --format json``), to draw its page
        or compare it with another; JSON written before the warnings were added reads as warning of nothing.

        Raises :class:`newsdiff.InputError` for data that is not a corpus summary of layout :data:`CORPUS_SCHEMA`.
        """
        if isinstance(data, (str, bytes, bytearray)):
            raise InputError("CorpusSummary.from_dict takes data, not JSON text: read the text with from_json")
        if not isinstance(data, Mapping) or "corpus_schema" not in data:
            raise InputError(
                f"expected a corpus summary (an object with 'corpus_schema'), got {type(data).__name__}; give "
                "json.loads of what newsdiff summary --format json wrote"
            )
        layout = data["corpus_schema"]
        if layout == CORPUS_SCHEMA and (isinstance(layout, bool) or not isinstance(layout, int)):  # true, 1.0
            raise InputError(
                f"this corpus summary has layout {layout!r}, not the whole number {CORPUS_SCHEMA}; give json.loads of "
                "what newsdiff summary --format json wrote"
            )
        if layout != CORPUS_SCHEMA:
            raise InputError(
                f"this corpus summary has layout {data['corpus_schema']!r}, and newsdiff {__version__} reads layout "
                f"{CORPUS_SCHEMA}; read it with the newsdiff that wrote it"
            )
        try:
            return cls(
                clusters=_whole(data["clusters"], "clusters"),
                failed=_strings(data["failed"], "failed"),
                outlets=tuple(
                    _row(OutletFigures, row, f"outlets[{n}]") for n, row in enumerate(_list(data["outlets"], "outlets"))
                ),
                carried=tuple(
                    _row(Carried, row, f"carried[{n}]") for n, row in enumerate(_list(data["carried"], "carried"))
                ),
                version=_string(data["newsdiff"], "newsdiff"),
                compared_with=tuple(
                    _compared_with(way, f"compared_with[{n}]")
                    for n, way in enumerate(_list(data.get("compared_with", []), "compared_with"))
                ),
                running=_strings(data.get("running", []), "running"),
                repeated=_strings(data.get("repeated", []), "repeated"),
                failure_reasons=tuple(
                    _row(FailureReason, row, f"failure_reasons[{n}]")
                    for n, row in enumerate(_list(data.get("failure_reasons", []), "failure_reasons"))
                ),
            )
        except KeyError as exc:
            raise InputError(f"not a corpus summary of layout {CORPUS_SCHEMA}: it has no {exc.args[0]!r}") from None
        except (TypeError, AttributeError) as exc:
            raise InputError(f"not a corpus summary of layout {CORPUS_SCHEMA} ({exc})") from None

    @classmethod
    def from_json(cls, text: str | bytes) -> CorpusSummary:
        """:meth:`from_dict` of a JSON document, as :meth:`to_json` and ``newsdiff summary --format json`` write it:
        text (a byte-order mark before it is passed over) or bytes, UTF-8 as JSON is written. Text that is not JSON, or
        JSON that is not a corpus summary, is an :class:`newsdiff.InputError` saying what to give."""
        if isinstance(text, os.PathLike) or not isinstance(text, (str, bytes, bytearray)):
            given = f"a path: give Path({os.fspath(text)!r}).read_bytes()" if isinstance(text, os.PathLike) else None
            raise InputError(
                "CorpusSummary.from_json takes JSON text (a str or bytes), not "
                + (given or f"{type(text).__name__}; for data, use from_dict")
            )
        if isinstance(text, str):
            text = text.removeprefix("\ufeff")  # json.loads refuses it in text, though it skips it in bytes
        try:
            data = json.loads(text)
        except (ValueError, RecursionError) as exc:
            empty = isinstance(exc, json.JSONDecodeError) and not exc.doc.strip()
            problem = "empty text" if empty else f"not a JSON document ({exc})"
            raise InputError(f"{problem}; give what newsdiff summary --format json wrote") from None
        return cls.from_dict(data)

    def to_json(self, *, indent: int | str | None = 2) -> str:
        """:meth:`to_dict` as a JSON document, which :meth:`from_json` reads back; ``indent`` is checked as
        :meth:`Comparison.to_json` checks it."""
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=json_indent(indent))

    def to_csv(self, table: Literal["outlets", "carried"] = "outlets", *, escape_formulas: bool = True) -> str:
        """One table of the figures as CSV text, a header line and then a line per row, for a spreadsheet or pandas.

        ``outlets`` has a row per outlet (its :class:`OutletFigures`); ``carried`` a row per ordered pair of
        outlets that met (its :class:`Carried`), the long form of the page's matrix. Counts only: shares are
        one division away, and a spreadsheet makes them as it likes. An outlet's name that a spreadsheet would run
        as a formula begins with ``'``, as in :meth:`Comparison.to_csv`, unless ``escape_formulas`` is false.
        """
        rows: tuple[Any, ...]
        if table == "outlets":
            rows, fields = self.outlets, [f.name for f in fields_of(OutletFigures)]
        elif table == "carried":
            rows, fields = self.carried, [f.name for f in fields_of(Carried)]
        else:
            raise InputError(f"table must be 'outlets' or 'carried', not {table!r}")
        return csv_text(
            fields, ([getattr(row, name) for name in fields] for row in rows), escape_formulas=escape_formulas
        )

    def to_html(self) -> str:
        """A self-contained page: outlet figures as bars, and the outlet × outlet matrix of what is carried."""
        from .report.corpus import render_corpus

        return render_corpus(self)

    def save_html(self, path: str | os.PathLike[str]) -> Path:
        """Write :meth:`to_html` to ``path`` (whole or not at all) and return the path; an existing file that is
        read-only is refused (:class:`PermissionError`) and left as it was, and a directory, or a path in a folder that
        is not there, as ``open(path, "w")`` refuses it."""
        return write_atomically(page_path(path), self.to_html())

    def _repr_html_(self) -> str:
        from .report.corpus import render_corpus

        return render_corpus(self, page=False)

    def __repr__(self) -> str:
        # Every ordered pair of outlets that met is a row of ``carried``: listed, forty outlets' repr ran to 150 kB.
        names = [o.name for o in self.outlets[:REPR_ARTICLES]]
        more = len(self.outlets) - len(names)
        shown = ", ".join(map(repr, names)) + (f", ... {more} more" if more else "")
        return (
            f"CorpusSummary(clusters={self.clusters}, failed={len(self.failed)}, outlets=[{shown}], "
            f"carried=<{len(self.carried):,} pairs>, version={self.version!r}, mixed={self.mixed})"
        )

    def __str__(self) -> str:
        failed = f" ({len(self.failed):,} failed)" if self.failed else ""
        counts = f"{counted(self.clusters, 'cluster')}{failed}, {counted(len(self.outlets), 'outlet')}"
        # The version (read back, from a summary's JSON) and the warnings' versions, files and cluster ids come from
        # data another tool may have written: printed to a terminal, as the outlets' names, they must not drive it.
        lines = [f"newsdiff {plain(self.version)}: {counts}"]
        lines.extend(
            f"  warning: {plain(warning)}"
            for warning in (self.mixed_warning(), self.running_warning(), self.repeated_warning())
            if warning
        )
        names = [plain(o.name) for o in self.outlets]  # printed to a terminal: no control character of a page's
        width = min(30, max(map(len, names), default=6))
        lines.append(f"  {'outlet':<{width}}  clusters  sentences  shared  paraphrased  unique")
        # The page's shares, which add up to 100 as its bars must: rounded one by one, an outlet's could add up to 101.
        for o, name in zip(self.outlets, names, strict=True):
            shares = percent_shares({label: getattr(o, label) for label in _LABELS})
            parts = [f"{shares[label]}%" if o.sentences else "-" for label in _LABELS]
            lines.append(
                f"  {_cut(name, width):<{width}}  {o.clusters:>8,}  {o.sentences:>9,}  {parts[0]:>6}  {parts[1]:>11}"
                f"  {parts[2]:>6}"
            )
        if self.failure_reasons:
            lines.append("  why clusters failed, the commonest reasons first:")
            lines.extend(f"  {f.clusters:>8,}  {plain(_cut(f.reason, _REASON_SHOWN))}" for f in self.failure_reasons)
            others = len(self.failed) - sum(f.clusters for f in self.failure_reasons)
            if others > 0:
                lines.append(f"  {others:>8,}  (other reasons)")
        return "\n".join(lines)


def _whole(value: Any, name: str) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or value < 0:
        raise InputError(f"not a corpus summary: {name} must be a count (a whole number from 0), not {value!r}")
    return value


def _string(value: Any, name: str) -> str:
    if not isinstance(value, str):
        raise InputError(f"not a corpus summary: {name} must be a string, not {value!r}")
    return value


def _list(values: Any, where: str) -> list[Any]:
    if not isinstance(values, list):
        raise InputError(f"not a corpus summary: {where} must be a list, not {values!r:.80}")
    return values


def _field(node: Any, key: str, where: str) -> Any:
    """The field ``key`` of the object at ``where``: Python's own words ("string indices must be integers") named
    neither the field nor what was wrong with it."""
    if not isinstance(node, Mapping):
        raise InputError(f"not a corpus summary: {where} must be an object, not {node!r:.80}")
    if key not in node:
        raise InputError(f"not a corpus summary: {where} has no {key!r}")
    return node[key]


def _strings(values: Any, name: str) -> tuple[str, ...]:
    if not isinstance(values, list):
        raise InputError(f"not a corpus summary: {name} must be a list of strings, not {values!r}")
    return tuple(_string(value, f"each of {name}") for value in values)


def _row(kind: type[Any], row: Any, where: str) -> Any:
    """The row at ``where`` (``outlets[3]``) of a corpus summary's JSON as ``kind``, each field checked and named by
    its path. Keys it does not know are passed over, as the scale page asks of a reader: a later newsdiff may add a
    figure to layout 1's rows, as it added keys to the layout itself."""
    return kind(
        **{
            f.name: (_string if f.type == "str" else _whole)(_field(row, f.name, where), f"{where}.{f.name}")
            for f in fields_of(kind)
        }
    )


def _compared_with(way: Any, where: str) -> ComparedWith:
    settings = _field(way, "settings", where)
    if settings is not None:
        at = f"{where}.settings"
        if not isinstance(settings, Mapping):
            raise InputError(f"not a corpus summary: {at} must be an object or null, not {settings!r:.80}")
        engine = _string(_field(settings, "engine", at), "engine")
        settings = Settings(
            engine, *(_setting(_field(settings, name, at), f"{at}.{name}") for name in ("threshold", "floor"))
        )
    return ComparedWith(
        _string(_field(way, "version", where), "version"), settings, _whole(_field(way, "clusters", where), "clusters")
    )


def _setting(value: Any, where: str) -> float | None:
    """A threshold or floor of a way the clusters were compared: a score's cut, in [0, 1], or null for the engine's
    own. JSON's reader takes NaN and Infinity, which to_json would then write, and no JSON reader takes."""
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0 <= value <= 1:  # NaN too
        raise InputError(f"not a corpus summary: {where} must be a number from 0 to 1 or null, not {value!r}")
    return value


def _cut(name: str, width: int) -> str:
    return name if len(name) <= width else name[: width - 1] + "…"


Record = Mapping[str, Any] | Comparison


def summarize(results: str | os.PathLike[str] | Iterable[Record], *, progress: bool = False) -> CorpusSummary:
    """Sum up compared clusters: a batch's output (a JSONL file, a directory of parts, a glob, or ``-`` for standard
    input; gzip-compressed or not), or records.

    Records are what :func:`newsdiff.batch` yields (``{"cluster": id, "result": …}``, whose result may also be a
    :class:`newsdiff.Comparison`, or ``{"cluster": id, "error": …}``), or comparisons, whose engine, threshold and
    floor count as a batch's
    recorded settings do: comparisons made in different ways are summed with the same warning
    (:attr:`CorpusSummary.mixed`). With ``progress``, a bar on standard error counts the clusters read once reading
    takes more than a moment. Raises :class:`newsdiff.InputError` for input that is not a batch's output, naming the
    file and line, and for ``results`` that are neither a path nor a list of results (JSON text, one comparison, ``-``
    when standard input is a terminal or brings no results), saying what to give.
    """
    _refuse_one(results)
    tally = _Tally()
    records: Iterable[tuple[str, Any, Settings | None]]
    if isinstance(results, (str, os.PathLike)):
        records = _read_records(results, tally.running)
    else:
        records = ((f"record {n}", r, None) for n, r in enumerate(results, start=1))
    stream = progress_stream() if progress else None
    if stream is not None:
        from tqdm import tqdm  # type: ignore[import-untyped]

        from .compare import PROGRESS_DELAY  # read when asked, so that one setting serves every bar

        records = tqdm(records, desc="newsdiff summary", unit="cluster", delay=PROGRESS_DELAY, leave=False, file=stream)
    for where, record, settings in records:
        tally.add(record, where, settings)
    return tally.summary()


def _refuse_one(results: object) -> None:
    """Refuse what is given where a path or a list of results belongs, saying what to give: one comparison or one
    batch record (iterated, a Comparison is a TypeError, and a record or a comparison's data gives its keys, the first
    of which was then called a path), JSON text (taken for a file's name, or read a byte at a time), an empty path
    (read as the working directory), and standard input that is a terminal or closed (where it would wait for typing,
    or fail in Python's words)."""
    if isinstance(results, Comparison):
        raise InputError("results is one Comparison, not a list of them; give a list such as [result]")
    if not isinstance(results, (str, os.PathLike, Iterable)):
        raise InputError(
            "results must be the path of a batch's output or a list of results (batch records or comparisons), not "
            f"{type(results).__name__}"
        )
    if isinstance(results, Mapping) and "cluster" in results:
        raise InputError(
            f"results is one batch record (of cluster {results['cluster']!r:.80}), not a list of them; give a list "
            "such as [record]"
        )
    if isinstance(results, Mapping) and "schema" in results:
        raise InputError(
            "results is one comparison's data (what Comparison.to_dict writes), not a list of results; give "
            "[newsdiff.Comparison.from_dict(data)]"
        )
    if isinstance(results, (bytes, bytearray, memoryview)) or (isinstance(results, str) and _is_json_text(results)):
        raise InputError(_json_text_given(results))
    if isinstance(results, str) and not results.strip():
        # Path("") is the working directory: whatever results lay there were summed up.
        raise InputError(
            f"results is {results!r}, which names no file; give the path of a batch's output (a JSONL file, a "
            "directory of parts or a glob), '-' for standard input, or a list of results"
        )
    if isinstance(results, (str, os.PathLike)) and os.fspath(results) == STANDARD_INPUT:
        stream = sys.stdin
        state = "closed" if stream is None or stream.closed else "a terminal" if stream.isatty() else None
        if state is not None:
            raise InputError(
                f"results '-' is standard input, which is {state} here; pipe a batch's output into it, or give its "
                "file's path or a list of results"
            )


def _is_json_text(text: str) -> bool:
    """Whether ``text``, given as a path, is rather JSON: it begins as JSON's objects and lists do, or runs over more
    than one line, and names no file there is."""
    start = text.lstrip()[:1]
    return (start in ("{", "[") or "\n" in text.strip()) and not os.path.exists(text)


def _json_text_given(results: str | bytes | bytearray | memoryview) -> str:
    """Why JSON text (or bytes) given to :func:`summarize` as its results is refused, with what to give for what it is:
    one comparison's JSON or a batch's output."""
    data = results.encode("utf-8", "replace") if isinstance(results, str) else bytes(results)
    kind = "" if isinstance(results, str) else f" ({type(results).__name__})"
    if COMPARISON_START.match(data):
        return (
            f"results is one comparison's JSON text{kind}, not a path nor a list of results; give "
            "[newsdiff.Comparison.from_json(text)]"
        )
    if _BATCH_OUTPUT_START.match(data):
        return (
            f"results is a batch's output as text{kind}, not a path; give its file's path, or its records: "
            "[json.loads(line) for line in text.splitlines() if line.strip()]"
        )
    return (
        f"results is text{kind}, not a path nor a list of results; give the path of a batch's output, or a list of "
        "its records or of comparisons"
    )


def _read_records(source: str | os.PathLike[str], running: list[str]) -> Iterator[tuple[str, Any, Settings | None]]:
    """Each non-blank line of the batch output ``source``, parsed, with where it was read (file and line) and the
    settings recorded for its file.

    The files a batch is still writing are added to ``running``, and the unfinished last line of one is left out:
    it is the line the batch is writing now, not one cut short by a run that stopped.
    """
    settings: dict[Path | str, Settings | None] = {}
    piped = os.fspath(source) == STANDARD_INPUT
    if piped:
        lines = result_lines(source)
    else:
        parts = result_parts(source)
        for given in parts:
            # Read as a batch's lines, its first was "not a JSON line", as if a batch had been stopped writing it.
            if COMPARISON_START.match(input_start(given)):
                raise InputError(
                    f"{given}: is one comparison's JSON (what Comparison.to_json writes), not a batch's results; to "
                    "sum it up, give summarize() [newsdiff.Comparison.from_json(path.read_bytes())]"
                )
        # Asked before reading, so that a part the batch holds but has not written to yet is told of too.
        running.extend(str(part) for part in parts if being_written(part))
        lines = numbered_lines(parts)
    for part, number, raw in lines:
        if part not in settings:
            settings[part] = recorded_settings(part) if isinstance(part, Path) else None
        if not raw.endswith(b"\n") and isinstance(part, Path) and _held(part, running):
            try:
                record = output_record(raw, part, number)
            except InputError:
                continue  # the line the batch is writing now
        else:
            record = output_record(raw, part, number)
        piped = False
        yield f"{part}, line {number}", record, settings[part]
    if piped:
        # A pipe that brought nothing (its writer failed, or nothing was piped: `< /dev/null`, a closed pipe) summed up
        # to a corpus of no clusters, as if the results were there and empty; a file of none is a batch of none.
        raise InputError(
            "results '-' is standard input, which held no results (nothing was piped in, or the program piping "
            "it wrote nothing); pipe a batch's output into it, or give its file's path or a list of results"
        )


def _held(part: Path, running: list[str]) -> bool:
    """Whether a batch is writing ``part``, noted in ``running``; asked again at its last line, since a batch may
    have started on the file after reading began."""
    if str(part) not in running and being_written(part):
        running.append(str(part))
    return str(part) in running


class _Tally:
    """Running sums of the figures, one cluster at a time."""

    def __init__(self) -> None:
        self.clusters = 0
        self.failed: list[str] = []
        self.outlets: dict[str, dict[str, int]] = defaultdict(lambda: dict.fromkeys(_FIGURES, 0))
        self.pairs: dict[tuple[str, str], dict[str, int]] = defaultdict(lambda: dict.fromkeys(_PAIR_FIGURES, 0))
        # Outlets are counted under a folded key; each key's spellings, by articles, choose the name shown.
        self.spellings: dict[str, Counter[str]] = defaultdict(Counter)
        self.compared_with: Counter[tuple[str, Settings | None]] = Counter()
        self.running: list[str] = []
        # The ids read, to tell of one read twice: a few dozen bytes a cluster, the one thing kept per cluster.
        self.seen: set[str] = set()
        self.repeated: dict[str, None] = {}
        self.reasons: Counter[str] = Counter()

    def add(self, record: Any, where: str, settings: Settings | None = None) -> None:
        self.clusters += 1
        if isinstance(record, Comparison):
            self._add_comparison(record, settings if settings is not None else _settings_of(record))
            return
        if not isinstance(record, Mapping) or "cluster" not in record or not ("result" in record or "error" in record):
            if isinstance(record, Mapping) and "schema" in record:
                raise InputError(
                    f"{where}: is one comparison's data (what Comparison.to_dict writes), not a batch record; give "
                    "newsdiff.Comparison.from_dict(data) instead"
                )
            if isinstance(record, (str, bytes)) and COMPARISON_START.match(
                record.encode("utf-8", "replace") if isinstance(record, str) else record
            ):
                raise InputError(
                    f"{where}: is one comparison's JSON text, not a batch record; give "
                    "newsdiff.Comparison.from_json(text) instead"
                )
            if _is_cluster(record):
                hint = "it is a cluster to compare: run newsdiff batch on it first"
            elif isinstance(record, (str, bytes)) and record.lstrip()[:1] in ("{", b"{"):
                raise InputError(
                    f"{where}: is JSON text, not a batch record; give summarize() the file's path, or the records "
                    "parsed (json.loads of each line)"
                )
            elif isinstance(record, (str, os.PathLike)):
                raise InputError(
                    f"{where}: is a path ({os.fspath(record)!r}), not a batch record; summarize() reads one path: "
                    "give the file, a directory of parts or a glob of them (such as 'results/*.jsonl') rather than "
                    "a list"
                )
            else:
                hint = "give the output of newsdiff batch"
            raise InputError(
                f"{where}: is not a newsdiff batch record (an object with 'cluster' and 'result' or 'error'); {hint}"
            )
        # Stripped, as a batch names a cluster now: an output written before (" c1 ") and one written since ("c1")
        # hold the same cluster, which is read twice.
        cluster = str(record["cluster"]).strip()
        if cluster in self.seen:
            self.repeated[cluster] = None
        self.seen.add(cluster)
        if "error" in record:
            self.failed.append(cluster)
            self.reasons[_reason(record["error"], cluster)] += 1
            return
        if isinstance(record["result"], Comparison):
            # A record built of a comparison made here, rather than its data: refused, it was told to "use it as it
            # is", which is what it did. Counted as the comparison alone is, under the record's cluster id.
            self._add_comparison(record["result"], settings if settings is not None else _settings_of(record["result"]))
            return
        newer = other_schema(record["result"])
        if newer is not None:
            raise InputError(f"{where}: {newer}")
        try:
            # The one reader of schema 1, which checks it, telling what to give in the words of a batch's output.
            comparison = read_comparison(record["result"], advice="give the output of newsdiff batch")
        except InputError as exc:
            raise InputError(f"{where}: its result is {exc}") from None
        self._add_comparison(comparison, settings)

    def _add_comparison(self, comparison: Comparison, settings: Settings | None) -> None:
        self.compared_with[comparison.version, settings] += 1
        names = {a.id: self._outlet(a.outlet, a.id) for a in comparison.articles}
        present = set(names.values())
        for outlet in present:
            self.outlets[outlet]["clusters"] += 1
            for other in present - {outlet}:
                self.pairs[outlet, other]["clusters"] += 1
        for article in comparison.articles:
            outlet = names[article.id]
            figures = self.outlets[outlet]
            figures["articles"] += 1
            figures["sentences"] += len(article.sentences)
            for other in present - {outlet}:
                self.pairs[outlet, other]["sentences"] += len(article.sentences)
            for sentence in article.sentences:
                figures[sentence.label] += 1
                # Each other outlet counts a sentence once, under its strongest match there.
                strongest: dict[str, str] = {}
                for match in sentence.matches:
                    other = names[match.article]
                    if other != outlet and strongest.get(other) != "shared":
                        strongest[other] = match.label
                for other, label in strongest.items():
                    self.pairs[outlet, other][label] += 1

    def _outlet(self, outlet: str | None, article: str) -> str:
        """The key an article's outlet is counted under (its id when it names none), noting how it was spelt."""
        # "Harbour Gazette" and " harbour  gazette" from two scrapers are one outlet; an outlet of spaces alone is none.
        spelt = " ".join((outlet or "").split()) or article
        key = unicodedata.normalize("NFKC", spelt).casefold()
        self.spellings[key][spelt] += 1
        return key

    def summary(self) -> CorpusSummary:
        # The commonest spelling, the first in code point order on a tie: the same whatever order clusters came in.
        shown = {
            key: min(spellings.items(), key=lambda item: (-item[1], item[0]))[0]
            for key, spellings in self.spellings.items()
        }
        outlets = sorted(self.outlets.items(), key=lambda item: (-item[1]["articles"], shown[item[0]]))
        order = {key: n for n, (key, _) in enumerate(outlets)}
        pairs = sorted(self.pairs.items(), key=lambda item: (order[item[0][0]], order[item[0][1]]))
        return CorpusSummary(
            clusters=self.clusters,
            failed=tuple(self.failed),
            outlets=tuple(OutletFigures(shown[key], **figures) for key, figures in outlets),
            carried=tuple(Carried(shown[outlet], shown[by], **figures) for (outlet, by), figures in pairs),
            compared_with=tuple(
                ComparedWith(version, settings, count)
                for (version, settings), count in sorted(
                    self.compared_with.items(), key=lambda item: (-item[1], item[0][0], str(item[0][1]))
                )
            ),
            running=tuple(self.running),
            repeated=tuple(self.repeated),
            # The commonest first, then in code point order: the same whatever order the clusters came in.
            failure_reasons=tuple(
                FailureReason(reason, count)
                for reason, count in sorted(self.reasons.items(), key=lambda item: (-item[1], item[0]))[
                    :FAILURE_REASONS
                ]
            ),
        )


#: How a batch's output begins (after a byte-order mark, if any): a record naming its cluster.
_BATCH_OUTPUT_START = re.compile(rb'\A(?:\xef\xbb\xbf)?\s*\{\s*"cluster"\s*:')

#: How a batch's error record names a cluster that gives no id, after "cluster <id>": by the start of its line, and
#: where that line was read when the batch knew it ("line 5,432 of a.jsonl", "item 5 given to batch()").
_LINE_START = re.compile(
    r""" \((?:the line that starts |(?:line|item) [\d,]+ .*?, which starts )"""
    r"""(?:'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*")\)"""
)


def _reason(error: Any, cluster: str) -> str:
    """Why a cluster failed, from its error record: the error without the cluster's name that begins it (``cluster
    17: ``, or ``cluster unnamed-… (line 5 of a.jsonl, which starts '…'): ``), so that clusters failing alike count as
    one reason. An error another tool wrote otherwise is kept whole."""
    text = " ".join(str(error).split())
    named = f"cluster {cluster}"
    if not text.startswith(named):
        return text
    rest = text[len(named) :]
    line_start = _LINE_START.match(rest)
    if line_start is not None:
        rest = rest[line_start.end() :]
    return rest[2:] if rest.startswith(": ") and len(rest) > 2 else text


def _settings_of(comparison: Comparison) -> Settings | None:
    """The settings a :class:`Comparison` was compared with, as a batch records them (an engine's own threshold or
    floor as None), so that comparisons made alike are told as one way and the figures of others warn as the JSONL
    path warns; None when the comparison does not know them (read back from JSON)."""
    made = comparison.scoring
    if made is None:
        return None
    threshold = None if made.threshold == scoring(made.engine).threshold else made.threshold
    floor = None if made.floor == scoring(made.engine, threshold).floor else made.floor
    return Settings(made.engine, threshold, floor)


def _is_cluster(record: Any) -> bool:
    """Whether ``record`` is a batch's input line (a cluster of articles) rather than its output."""
    return isinstance(record, Mapping) and "articles" in record


_FIGURES = ("clusters", "articles", "sentences", *_LABELS)
_PAIR_FIGURES = ("clusters", "sentences", "shared", "paraphrased")
