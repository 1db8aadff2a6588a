"""The batch on a Dask cluster: partitioned JSONL in, one output part per input chunk, resumable.

The input files are cut into chunks of ``lines_per_part`` cluster lines (by byte range, so no worker
reads more than its chunk, and it holds one line of it at a time) and each chunk becomes one Dask task
that compares its clusters and writes its own output part, named after the input file and the chunk
number. A task is the local batch on one chunk: lines are flushed one by one and a rerun resumes each
part where it stopped, so the output is byte-identical to the local backend's once lines are sorted.
Workers read the input and write the output themselves, so on a multi-machine cluster both must be on
storage every worker can reach.

Dask is optional (``pip install newsdiff[dask]``); this module imports it only when a batch runs.
"""

from __future__ import annotations

import gc
import hashlib
import logging
import numbers
import os
import re
import signal
import socket
import tempfile
import threading
import warnings
from collections import Counter
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .article import same_file
from .batch import (
    DEFAULT_SETTINGS,
    MAX_LINE_BYTES,
    SETTINGS_RECORD,
    BatchSettings,
    BatchSummary,
    OverlongLine,
    WorkerWarning,
    batch_settings,
    cannot_write,
    carried_warnings,
    check_retry,
    check_settings,
    cluster_id,
    compare_alone,
    decode_input,
    failures_dropped,
    has_results,
    input_parts,
    is_blank,
    is_blank_raw,
    is_error,
    is_gzip,
    limited_lines,
    line_limit,
    output_path,
    progress_bar_class,
    read_done,
    read_failed,
    read_line,
    refuse_if_held,
    refuse_non_clusters,
    refuse_to_rewrite,
    rewritable,
    sole_writer,
    tell_warnings,
    worker_count,
    write_results,
)
from .compare import progress_stream
from .errors import InputError
from .noise import NoiseRule

#: Cluster lines per task and per output part.
LINES_PER_PART = 500


@dataclass(frozen=True)
class Chunk:
    """A byte range of one input file holding ``clusters`` whole cluster lines, and the output part it goes to;
    ``first_line`` is the number of its first line in the file, and ``max_line`` the longest line it reads (in
    bytes, :func:`newsdiff.batch.line_limit` when planned), so that errors read as the local backend's."""

    path: str
    start: int
    end: int
    output: str
    clusters: int
    first_line: int = 1
    max_line: int = MAX_LINE_BYTES


def batch_dask(
    source: str | os.PathLike[str],
    output: str | os.PathLike[str],
    *,
    scheduler: str | Any | None = None,
    workers: int | None = None,
    lines_per_part: int = LINES_PER_PART,
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
    """Compare every cluster of ``source`` on Dask, writing output parts into the directory ``output``.

    ``scheduler`` is a scheduler address or a ``distributed.Client``; without one a local Dask
    cluster of ``workers`` processes is started for the run and closed after it. ``retry_failed`` compares
    again the clusters whose records in the parts are errors, as :func:`newsdiff.batch.batch_file` does.
    ``engine``, ``threshold``, ``floor``, ``extra_rules`` and ``metadata`` are :func:`newsdiff.compare`'s (the workers
    need what the engine needs installed; the rules are sent to them with each task). ``max_line_bytes`` is
    :func:`newsdiff.batch.batch_file`'s, and reaches every worker with its chunk.
    """
    try:
        import distributed  # noqa: F401
    except ImportError as exc:
        # Said whole: Dask installed but broken (a dependency of it missing) is not mended by installing it again.
        raise InputError(
            f"the dask backend needs Dask, which cannot be imported here ({exc}): pip install 'newsdiff[dask]'"
        ) from None
    settings = batch_settings(engine, threshold, floor, extra_rules, metadata=metadata)
    limit = line_limit(max_line_bytes)
    worker_count(workers)  # a local cluster took 0 for "one per CPU"
    if isinstance(scheduler, str) and not scheduler.strip():
        # Most often a variable left unset (--scheduler "$SCHEDULER"): it was ": cannot reach the Dask scheduler".
        raise InputError(
            f"scheduler is empty ({scheduler!r}); give the Dask scheduler's address, such as tcp://host:8786, or None "
            "to start a local cluster"
        )
    if workers is not None and scheduler is not None:
        # A scheduler's cluster has the workers it has: the count asked for was dropped without a word.
        raise InputError(
            f"workers={workers} sets the processes of the local Dask cluster started without a scheduler; the "
            "scheduler given compares on its own workers: leave out workers, or the scheduler"
        )
    check_retry(retry_failed, resume)
    if isinstance(lines_per_part, bool) or not isinstance(lines_per_part, numbers.Integral):
        raise InputError(f"lines_per_part must be a whole number of cluster lines, such as 500, got {lines_per_part!r}")
    if lines_per_part < 1:
        raise InputError(f"lines_per_part must be at least 1, got {lines_per_part}")
    target = output_path(output, "a directory for the parts")
    if target.exists() and not target.is_dir():
        raise InputError(f"{target}: the dask backend writes a directory of parts; give a directory")
    parts = inputs(source, target)
    chunks = plan(parts, target, lines_per_part, limit)
    # Parts cut another way hold other clusters, so resuming them would compare some clusters again.
    layout = {"lines_per_part": lines_per_part}
    fresh = not resume or not any(has_results(Path(chunk.output)) for chunk in chunks)
    if not fresh:  # a resume with other settings is refused before a cluster is started for it
        check_settings(target / SETTINGS_RECORD, target, settings, fresh=False, layout=layout)
    if not resume:
        for chunk in chunks:
            refuse_to_rewrite(Path(chunk.output))
        # A run from scratch empties or removes parts that another run's tasks may be writing now: refused before
        # anything is written, the settings record included (each part is held again as it is emptied).
        outdated = _stale_parts(target, parts, chunks) if target.is_dir() else []
        for part in [Path(chunk.output) for chunk in chunks] + outdated:
            refuse_if_held(part)
    # Connected before anything is written: a scheduler that cannot be reached must not cost the output
    # a settings record, nor the parts that --no-resume empties. Input without lines needs no cluster.
    if not target.is_dir():
        _refuse_unmakeable(target)
    client, cluster = _connect(scheduler, workers, len(chunks)) if chunks else (None, None)
    quiet = _ClosedCommsUnsaid()
    if cluster is not None:
        logging.getLogger("distributed.batched").addFilter(quiet)
    bar = None
    retried = 0
    try:
        try:
            target.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise InputError(cannot_write(target, exc)) from None
        if fresh:
            check_settings(target / SETTINGS_RECORD, target, settings, fresh=True, layout=layout)
        if not resume:
            # Emptied here rather than by each task: a task that Dask gives up on before it starts, and that
            # _run then resumes, must not find the lines of an earlier run.
            # Each is held while it is emptied, as its task will hold it: a run that started on it since is refused.
            for chunk in chunks:
                with sole_writer(Path(chunk.output)):
                    _empty(Path(chunk.output))
            # A run from scratch leaves no part of its inputs that it does not write (an earlier run cut
            # them smaller, or read a longer input): its clusters would be read twice by summary and report.
            for stale in _stale_parts(target, parts, chunks):
                with sole_writer(stale):
                    _remove(stale)
        if retry_failed:
            # Taken out here rather than by each task: a task Dask starts again after its worker died would
            # take out the error record just written for the cluster that killed it, and die on it again.
            # Each part is held while it is rewritten, as its task will hold it.
            for chunk in chunks:
                if Path(chunk.output).exists():
                    with (
                        sole_writer(Path(chunk.output)),
                        failures_dropped(Path(chunk.output), _chunk_lines(chunk)) as dropped,
                    ):
                        retried += dropped
        stream = progress_stream() if progress else None
        if stream is not None:
            # Counted in clusters, moved on as each part finishes (a worker does not report within its part).
            bar = progress_bar_class()(
                total=sum(chunk.clusters for chunk in chunks), unit="cluster", desc="newsdiff batch", file=stream
            )
        summaries = []
        for summary in _run(client, chunks, settings=settings) if chunks else ():
            summaries.append(summary)
            if bar is not None:
                # Clusters an earlier run finished count toward the total, not toward the rate and time left.
                bar.skip(summary.skipped)
                bar.update(summary.written + summary.failed)
    finally:
        if bar is not None:
            bar.close()
        if client is not None and client is not scheduler:
            client.close()
        if cluster is not None:
            cluster.close()
            logging.getLogger("distributed.batched").removeFilter(quiet)
    return BatchSummary(
        sum(s.written for s in summaries),
        sum(s.failed for s in summaries),
        sum(s.skipped for s in summaries),
        retried=retried,
        earlier_failed=sum(s.earlier_failed for s in summaries),
    )


class _ClosedCommsUnsaid(logging.Filter):
    """Leaves out the note, with a traceback, that Dask logs at INFO for each worker connection closing as the local
    cluster of a batch ends: on Ctrl-C every worker ends at once, and the batch says what happened itself."""

    def filter(self, record: logging.LogRecord) -> bool:
        return record.levelno >= logging.WARNING or not record.getMessage().startswith("Batched Comm Closed")


def _connect(scheduler: str | Any | None, workers: int | None, tasks: int) -> tuple[Any, Any]:
    """A client of ``scheduler`` (an address or a client), or of a local cluster started for the run, with it: of
    no more workers than the run has ``tasks`` (parts to write), since each is a process of its own that takes its
    moment to start, and one with no task to run is started for nothing."""
    from distributed import Client, LocalCluster

    if isinstance(scheduler, Client):
        return scheduler, None
    if scheduler is not None:
        problem = _refused(scheduler) if isinstance(scheduler, str) else None
        if problem is None:
            try:
                return Client(scheduler), None
            except (OSError, ValueError) as exc:  # refused, timed out (TimeoutError is an OSError), or not an address
                problem = str(exc)
        # A client refused an address it cannot read is left half made, its event loop running, in a reference cycle
        # (and in the traceback, so outside the except block). Collected later, as a thread starts inside the next
        # client's start, it closes itself there and waits for the lock that start holds: the next batch hangs for
        # good. Collected now, it closes while no lock is held.
        gc.collect()
        raise InputError(
            f"{scheduler}: cannot reach the Dask scheduler ({problem}); give the address it listens on, "
            "such as tcp://host:8786, or leave --scheduler out to start a local cluster"
        )
    cluster = LocalCluster(
        n_workers=min(workers or os.cpu_count() or 1, tasks),
        threads_per_worker=1,
        host="127.0.0.1",
        dashboard_address=None,
        # The scheduler's HTTP endpoints would otherwise claim the dashboard's usual port.
        scheduler_kwargs={"dashboard_address": "127.0.0.1:0"},
        worker_class=_patient_nanny(),
        **_preloads(),
    )
    return Client(cluster), cluster


#: How long the scheduler's address is tried before a client is made: a refusal comes at once, and an address that
#: neither refuses nor answers in this time is left to the client and its own time limit.
_PROBE_WAIT = 5.0


def _refused(address: str) -> str | None:
    """Why nothing can listen at the TCP (or TLS) scheduler ``address`` (the connection refused, the host unknown), or
    None where that cannot be told at once.

    A Dask client tries a refusing address again and again until its connect timeout (30 s by default) and then said
    only that it timed out; a refusal is final, so it is told at once."""
    from distributed.comm.addressing import get_address_host_port, parse_address

    try:
        scheme, _ = parse_address(address, strict=False)
        host, port = get_address_host_port(address)
    except (ValueError, TypeError):
        return None  # the client says what is wrong with it
    if scheme not in ("tcp", "tls"):
        return None
    try:
        with socket.create_connection((host, port), timeout=_PROBE_WAIT):
            return None
    except ConnectionRefusedError:
        return f"connection refused: no scheduler listens on port {port} of {host}"
    except socket.gaierror as exc:
        return f"no host named {host} is known ({exc.strerror or exc})"
    except (OSError, OverflowError, ValueError):
        return None  # timed out, or unreachable for now: the client tries for as long as it is set to


def _run(client: Any, chunks: list[Chunk], *, settings: BatchSettings) -> Iterator[BatchSummary]:
    """Run the chunks on ``client``, yielding what each did, and go on past a cluster that kills its worker.

    Dask gives up on a task whose workers keep dying (``KilledWorker``), and a rerun would resume at the
    same cluster and die again. The chunk's next cluster is then compared here, alone in a process of
    its own, which tells for certain whether it is the one that kills: its output line, or the error
    record the local backend writes for such a cluster, is added to the part, and the chunk goes on after
    it. (A chunk only queued on a dying worker goes on the same way; its next cluster is compared well.)
    """
    from distributed import as_completed
    from distributed.scheduler import KilledWorker

    tasks = {client.submit(_run_chunk_warning, chunk, settings=settings, pure=False): chunk for chunk in chunks}
    # Lines added to a part here, which its chunk's run then counts as already done, and the error records among them,
    # which it counts as an earlier run's.
    added: Counter[str] = Counter()
    added_failed: Counter[str] = Counter()
    # The warnings the workers raised that this batch has told, as the local backend keeps them (see tell_warnings).
    told: dict[Any, Any] = {}
    untold: list[WorkerWarning] = []
    running = as_completed(list(tasks))
    for future in running:
        chunk = tasks.pop(future)
        try:
            summary, warned = future.result()
        except KilledWorker:
            line = _next_cluster(chunk)
            if line is None:  # the worker died after the chunk's last line: the part is whole
                earlier = read_failed(Path(chunk.output)) - added_failed.pop(chunk.output, 0)
                yield BatchSummary(0, 0, chunk.clusters - added.pop(chunk.output, 0), earlier_failed=earlier)
                continue
            alone = compare_alone(line, settings, told=told)
            _add_line(chunk, alone)
            added[chunk.output] += 1
            added_failed[chunk.output] += is_error(alone)
            yield BatchSummary(int(not is_error(alone)), int(is_error(alone)), 0)
            retry = client.submit(_run_chunk_warning, chunk, settings=settings, pure=False)
            tasks[retry] = chunk
            running.add(retry)
            continue
        # Held back while a task of a cluster in this process (processes=False) records, and told in order.
        untold.extend(warned)
        if untold and _TASK_WARNINGS.tell(untold, told, wait=False):
            untold.clear()
        # Lines that attempts which died wrote count as already done too: no attempt returned to count them.
        yield BatchSummary(
            summary.written,
            summary.failed,
            summary.skipped - added.pop(chunk.output, 0),
            earlier_failed=summary.earlier_failed - added_failed.pop(chunk.output, 0),
        )
    if untold:  # every task has ended: none of this batch records now
        _TASK_WARNINGS.tell(untold, told, wait=True)


def _next_cluster(chunk: Chunk) -> str | None:
    """The first cluster line of ``chunk`` that its output part does not hold yet (as a resumed run counts)."""
    done = read_done(Path(chunk.output))
    seen: Counter[str] = Counter()
    for line in _chunk_lines(chunk):
        ident = cluster_id(line)
        seen[ident] += 1
        if seen[ident] > done[ident]:
            return line
    return None


def _refuse_unmakeable(target: Path) -> None:
    """Refuse the directory of parts ``target``, not there yet, when it cannot be made (a file on its path, a folder
    that takes nothing new such as ``/proc``), before a scheduler is reached or a local cluster started for a run
    that would end on it, and without making it: a run that cannot reach its scheduler writes nothing."""
    folder = target.parent
    while not folder.exists() and folder != folder.parent:
        folder = folder.parent
    try:
        os.rmdir(tempfile.mkdtemp(dir=folder, prefix=".newsdiff-", suffix=".tmp"))
    except OSError as exc:
        raise InputError(cannot_write(target, exc)) from None


def _empty(part: Path) -> None:
    try:
        part.write_bytes(b"")
    except OSError as exc:
        raise InputError(cannot_write(part, exc)) from None


def _stale_parts(output: Path, parts: list[Path], chunks: list[Chunk]) -> list[Path]:
    """The output parts in ``output`` named after the inputs ``parts`` that the plan ``chunks`` does not write."""
    names = set(_part_names(parts))
    planned = {Path(chunk.output).name for chunk in chunks}
    stale = []
    for path in sorted(output.iterdir()):
        # A file named like a part that is not a batch's output (a corpus of the user's) is never removed.
        if _is_part(path, names) and path.name not in planned and path.is_file() and rewritable(path):
            stale.append(path)
    return stale


def _remove(part: Path) -> None:
    try:
        part.unlink()
    except OSError as exc:
        raise InputError(f"{part}: cannot be removed ({exc.strerror or exc}); remove it to start again") from None


def _add_line(chunk: Chunk, line: str) -> None:
    try:
        with open(chunk.output, "ab") as out:
            out.write(line.encode("utf-8") + b"\n")
    except OSError as exc:
        raise InputError(cannot_write(chunk.output, exc)) from None


def _patient_nanny() -> type:
    """A Nanny that gives its worker process time to exit before killing it.

    A worker that loaded PyTorch (the embeddings engine) takes seconds to exit, more than the 4 s a
    Nanny waits when the cluster closes, so every closing run warned that it killed the worker.
    """
    from distributed import Nanny

    class PatientNanny(Nanny):
        async def close(self, timeout: float | None = None, reason: str = "nanny-close") -> Any:
            return await super().close(timeout=30 if timeout is None else timeout, reason=reason)

    return PatientNanny


def _preloads() -> dict[str, Any]:
    """The preloads configured for workers, then this module's :func:`dask_setup` (one given would replace them)."""
    import dask

    preload = [*dask.config.get("distributed.worker.preload", []), __name__]
    argv = dask.config.get("distributed.worker.preload-argv", [])
    if argv and not isinstance(argv[0], str):  # one list of arguments per preload
        argv = [*argv, []]
    return {"preload": preload, "preload_argv": argv}


def dask_setup(worker: Any) -> None:
    """Set up a worker of the local Dask cluster a batch starts: Ctrl-C ends it at once and silently.

    Ctrl-C signals every process of the foreground group, the workers too; each printed tracebacks of
    its event loop's KeyboardInterrupt while the batch itself reported the interruption.
    """
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def inputs(source: str | os.PathLike[str], output: Path) -> list[Path]:
    """The input files of ``source`` (as :func:`newsdiff.batch.input_parts`) less the parts of ``output``.

    When the output directory is an input directory (or a glob reaches into it), the parts an earlier
    run wrote there would otherwise be read as clusters: a file in it named ``<name>-<chunk>.jsonl``,
    where ``<name>`` is another input's part name, is taken for an output part and left out. Compressed inputs,
    which the local backend reads, are named and refused rather than passed over.
    """
    parts = input_parts(source, compressed=True)
    for part in parts:
        if is_gzip(part):
            raise InputError(
                f"{part}: is gzip-compressed, and the dask backend cuts its inputs into byte ranges, which a "
                f"compressed file has not; decompress it first (gunzip -k {part}), or use the local backend"
            )
    if output.is_dir():
        names = set(_part_names(parts))
        parts = [part for part in parts if not (_is_part(part, names) and part.parent.samefile(output))]
        if not parts:
            raise InputError(f"{source}: holds no .jsonl files but the output parts in {output}")
    refuse_non_clusters(parts)
    return parts


def plan(parts: list[Path], output: Path, lines_per_part: int, limit: int | None = None) -> list[Chunk]:
    """Cut the input files into chunks of ``lines_per_part`` non-blank lines, each with its output part; a line over
    ``limit`` bytes (by default :func:`newsdiff.batch.line_limit`) is counted without being held."""
    chunks = []
    limit = line_limit() if limit is None else limit  # as the client sees it, for workers that may run elsewhere
    for part, name in zip(parts, _part_names(parts), strict=True):
        for number, (start, end, lines, first) in enumerate(_ranges(part, lines_per_part, limit)):
            output_part = str(output / _part_file(name, number))
            chunks.append(Chunk(str(part), start, end, output_part, lines, first, limit))
    # A link can still make an output part one of the inputs; the batch would then read what it writes.
    for chunk in chunks:
        if any(same_file(chunk.output, part) for part in parts):
            raise InputError(f"{chunk.output}: is an input and would be an output part; give another output directory")
    return chunks


def _part_file(name: str, number: int) -> str:
    """The file name of output part ``number`` of the input whose part name is ``name``."""
    return f"{name}-{number:05d}.jsonl"


def _is_part(path: Path, names: set[str]) -> bool:
    """Whether ``path`` is named as :func:`_part_file` names a part of an input whose part name is in ``names``."""
    named = re.fullmatch(r"(.+)-\d{5,}\.jsonl", path.name)
    return named is not None and named[1] in names


def _part_names(parts: list[Path]) -> list[str]:
    """The name each input's output parts start with: its stem, or its folder and stem when two share a stem.

    Names are told apart without regard to case, since a case-insensitive file system (macOS's, Windows') takes
    ``A-00000.jsonl`` and ``a-00000.jsonl`` for one file; two still alike are told apart by a hash of their path.
    """
    # Two inputs with the same name would write the same output parts; keep them apart, by their folder
    # and then by their suffix too (a.jsonl and a.ndjson side by side).
    names = [part.stem for part in parts]
    for longer in (lambda part: f"{part.parent.name}-{part.stem}", lambda part: f"{part.parent.name}-{part.name}"):
        names = [longer(part) if _shared(name, names) else name for part, name in zip(parts, names, strict=True)]
    # Alike still: A.jsonl beside a.jsonl, x/a.jsonl in two folders both named x, or x/a.jsonl beside x-a.jsonl.
    return [
        f"{name}-{_path_hash(part)}" if _shared(name, names) else name for part, name in zip(parts, names, strict=True)
    ]


def _shared(name: str, names: list[str]) -> bool:
    """Whether ``name`` is among ``names`` more than once, as a case-insensitive file system compares names."""
    folded = name.casefold()
    return sum(other.casefold() == folded for other in names) > 1


def _path_hash(part: Path) -> str:
    """A short, stable mark of the input file ``part`` (its absolute path), to tell apart names alike otherwise."""
    return hashlib.sha256(os.fsencode(os.path.abspath(part))).hexdigest()[:8]


def run_chunk(chunk: Chunk, *, resume: bool = True, settings: BatchSettings = DEFAULT_SETTINGS) -> BatchSummary:
    """Compare the clusters of one chunk into its output part (runs on a Dask worker)."""
    with sole_writer(Path(chunk.output)):
        return write_results(_chunk_lines(chunk), Path(chunk.output), workers=1, resume=resume, settings=settings)


class _TaskWarnings:
    """The warnings that tasks running in threads of this process raise, each kept for the task whose thread raised it.

    :func:`warnings.catch_warnings` sets the process's warning state and puts it back as it was on leaving, so two tasks
    each recording with it in threads of one worker would put back what the other set; held for a task's whole run
    instead, it made a worker of many threads run its tasks one at a time. Here the first task to record sets the state
    for all, each warning goes to the list of the thread that raised it, and the last task to end puts the state back.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._caught: dict[int, list[warnings.WarningMessage]] = {}
        self._state: warnings.catch_warnings[None] | None = None
        self._shown: Any = None

    @contextmanager
    def recorded(self) -> Iterator[list[warnings.WarningMessage]]:
        """Record every warning this thread raises (whatever the filters: which to show is for the batch's process)."""
        caught: list[warnings.WarningMessage] = []
        thread = threading.get_ident()
        with self._lock:
            if self._state is None:
                self._state = warnings.catch_warnings()
                self._state.__enter__()
                warnings.simplefilter("always")
                self._shown = warnings.showwarning
                warnings.showwarning = self._show
            self._caught[thread] = caught
        try:
            yield caught
        finally:
            with self._lock:
                del self._caught[thread]
                if not self._caught and self._state is not None:
                    self._state.__exit__(None, None, None)
                    self._state = None

    def tell(self, warned: Iterable[WorkerWarning], told: dict[Any, Any], *, wait: bool) -> bool:
        """Raise ``warned`` again here (:func:`newsdiff.batch.tell_warnings`) unless a task of this process is recording
        (Dask's ``processes=False``), whose state would show them whatever the caller's filters; ``wait`` tells them
        all the same. Whether they were told."""
        with self._lock:
            if self._caught and not wait:
                return False
            tell_warnings(warned, told)
            return True

    def _show(
        self, message: Any, category: Any, filename: str, lineno: int, file: Any = None, line: str | None = None
    ) -> None:
        caught = self._caught.get(threading.get_ident())
        if caught is None:  # a thread that runs no task: its warning is shown as it was before
            self._shown(message, category, filename, lineno, file, line)
        else:
            caught.append(warnings.WarningMessage(message, category, filename, lineno, file, line))


#: The warnings recorded by the tasks running in this process.
_TASK_WARNINGS = _TaskWarnings()


def _run_chunk_warning(
    chunk: Chunk, *, settings: BatchSettings = DEFAULT_SETTINGS
) -> tuple[BatchSummary, tuple[WorkerWarning, ...]]:
    """:func:`run_chunk` on a Dask worker, with the warnings it raised, which the batch's process raises again (as the
    local backend does): left to the worker, they were printed in its log in Python's own format, or not at all,
    blind to the caller's filters. Tasks in threads of one worker run side by side, each recording its own."""
    with _TASK_WARNINGS.recorded() as caught:
        summary = run_chunk(chunk, settings=settings)
    return summary, carried_warnings(caught)


def _ranges(path: Path, lines_per_part: int, limit: int) -> Iterator[tuple[int, int, int, int]]:
    """Byte ranges of ``lines_per_part`` non-blank lines each (the last may hold fewer), with their line counts and
    the numbers of their first lines; a line over the longest read is counted without being held."""
    try:
        with open(path, "rb") as handle:
            start = position = count = 0
            first = 1
            for number, raw, length in limited_lines(handle, str(path), limit=limit):
                position += length
                if isinstance(raw, OverlongLine) or not is_blank_raw(raw):
                    count += 1
                    if count == lines_per_part:
                        yield start, position, count, first
                        start, count, first = position, 0, number + 1
            if count:
                yield start, position, count, first
    except OSError as exc:
        raise InputError(f"{path}: cannot be read ({exc.strerror or exc})") from None


def _chunk_lines(chunk: Chunk) -> Iterator[str]:
    """The non-blank cluster lines of ``chunk``, read one at a time: a chunk of big clusters is never held whole."""
    try:
        with open(chunk.path, "rb") as handle:
            handle.seek(chunk.start)
            lines = limited_lines(handle, chunk.path, chunk.first_line, chunk.max_line)
            position = chunk.start
            # Asked for a line only while the chunk has more: a line past its end is never read.
            while position < chunk.end and (read := next(lines, None)) is not None:
                number, raw, length = read
                position += length
                if isinstance(raw, OverlongLine):
                    yield raw
                    continue
                line = decode_input(raw)
                if not is_blank(line):
                    # Numbered as the local backend numbers it, so that an error record names its line alike.
                    yield read_line(raw, line, number, chunk.path)
    except OSError as exc:
        # Read inside the writing of the part, it was reported as the part that could not be written.
        raise InputError(
            f"{chunk.path}: cannot be read on a worker ({exc.strerror or exc}); "
            "the input must be on storage every worker can reach"
        ) from None
