"""The Dask backend gives the local backend's lines, byte for byte once sorted; skipped without Dask."""

from __future__ import annotations

import gc
import io
import json
import logging
import re
import socket
import sys
import time
import tracemalloc
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from conftest import interrupt_when_written

import newsdiff
from newsdiff.batch import BatchSummary, batch_file
from newsdiff.cli import main
from newsdiff.distributed import Chunk, _chunk_lines, batch_dask, plan, run_chunk
from newsdiff.errors import InputError
from newsdiff.noise import NoiseRule

distributed = pytest.importorskip("distributed")
dask = pytest.importorskip("dask")

STORIES = [
    ("The ministers met in Reykjavik on Wednesday.", "They discussed Arctic shipping.", "Protesters gathered outside."),
    ("Farmers expect a poor harvest after the dry summer.", "Prices may rise.", "Bread could cost more."),
    ("The museum reopened after a long repair.", "Visitors queued for hours.", "The roof had leaked for years."),
]


def _clusters(count: int) -> list[dict]:
    clusters = []
    for n in range(count):
        first, second, third = STORIES[n % len(STORIES)]
        clusters.append(
            {
                "id": f"cluster-{n}",
                "articles": [
                    {"id": "a", "text": f"{first} {second}"},
                    {"id": "b", "text": f"{first} {third}"},
                ],
            }
        )
    clusters.insert(4, {"id": "broken", "articles": "not a list"})
    return clusters


@pytest.fixture(scope="module")
def scheduler() -> Iterator[str]:
    with distributed.LocalCluster(
        n_workers=2, processes=False, dashboard_address=None, scheduler_kwargs={"dashboard_address": "127.0.0.1:0"}
    ) as cluster:
        yield cluster.scheduler_address


def _parts(tmp_path: Path, clusters: list[dict]) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    for n in range(0, len(clusters), 4):
        lines = "".join(json.dumps(c) + "\n" for c in clusters[n : n + 4])
        (folder / f"part-{n // 4}.jsonl").write_text(lines, encoding="utf-8")
    return folder


def _written(folder: Path) -> list[Path]:
    """The output parts in ``folder`` (not the settings record beside them)."""
    return sorted(folder.glob("*.jsonl"))


def _sorted_lines(paths: list[Path]) -> list[bytes]:
    return sorted(line for path in paths for line in path.read_bytes().splitlines())


def test_dask_output_equals_the_local_engine_byte_for_byte_after_sorting(tmp_path: Path, scheduler: str) -> None:
    source = _parts(tmp_path, _clusters(10))
    batch_file(source, tmp_path / "local.jsonl", workers=1)
    summary = batch_dask(source, tmp_path / "dask", scheduler=scheduler, lines_per_part=3)
    assert (summary.written, summary.failed) == (10, 1)
    parts = _written(tmp_path / "dask")
    assert len(parts) > 3
    assert _sorted_lines(parts) == _sorted_lines([tmp_path / "local.jsonl"])


def test_a_dask_rerun_redoes_only_the_missing_part(tmp_path: Path, scheduler: str) -> None:
    source = _parts(tmp_path, _clusters(6))
    batch_dask(source, tmp_path / "dask", scheduler=scheduler, lines_per_part=2)
    parts = _written(tmp_path / "dask")
    before = _sorted_lines(parts)
    parts[0].unlink()
    summary = batch_dask(source, tmp_path / "dask", scheduler=scheduler, lines_per_part=2)
    assert summary.written + summary.failed == 2 and summary.skipped == 5
    assert _sorted_lines(_written(tmp_path / "dask")) == before


def test_cli_runs_the_dask_engine_on_a_given_scheduler(tmp_path: Path, scheduler: str) -> None:
    source = _parts(tmp_path, _clusters(5))
    out = tmp_path / "dask"
    result = CliRunner().invoke(
        main, ["batch", str(source), "-o", str(out), "--backend", "dask", "--scheduler", scheduler]
    )
    assert result.exit_code == 3, result.output
    assert "5 compared, 1 failed" in result.output
    assert len(_sorted_lines(_written(out))) == 6


def test_without_a_scheduler_a_local_dask_cluster_is_started_and_closed(tmp_path: Path) -> None:
    source = _parts(tmp_path, _clusters(3))
    summary = batch_dask(source, tmp_path / "dask", workers=1)
    batch_file(source, tmp_path / "local.jsonl", workers=1)
    assert (summary.written, summary.failed) == (3, 1)
    assert _sorted_lines(_written(tmp_path / "dask")) == _sorted_lines([tmp_path / "local.jsonl"])


def test_a_local_dask_cluster_starts_no_more_workers_than_the_run_has_parts(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # One part to write started one worker process per CPU (or per --workers), each taking its moment to start.
    started: list[int] = []
    real = distributed.LocalCluster

    def counted(*args: Any, n_workers: int, **kwargs: Any) -> Any:
        started.append(n_workers)
        return real(*args, n_workers=n_workers, **kwargs)

    monkeypatch.setattr(distributed, "LocalCluster", counted)
    source = _parts(tmp_path, _clusters(3))
    summary = batch_dask(source, tmp_path / "dask", workers=3)
    assert (summary.written, summary.failed) == (3, 1)
    assert started == [1]


def test_extra_rules_reach_the_worker_processes_of_a_local_dask_cluster_and_are_recorded(tmp_path: Path) -> None:
    source = _parts(tmp_path, _clusters(3))
    # "Arctic shipping" is no noise to the shipped rules; as a rule of the caller's, it must be removed on the workers.
    rule = NoiseRule("caller's rule", r"They discussed Arctic shipping\.", "inline")

    batch_dask(source, tmp_path / "dask", workers=1, extra_rules=[rule])

    batch_file(source, tmp_path / "local.jsonl", workers=1, extra_rules=[rule])
    assert _sorted_lines(_written(tmp_path / "dask")) == _sorted_lines([tmp_path / "local.jsonl"])
    assert b"caller's rule" in (tmp_path / "local.jsonl").read_bytes()
    recorded = json.loads((tmp_path / "dask" / "settings.json").read_text(encoding="utf-8"))
    assert recorded["rules"] == [{"reason": "caller's rule", "pattern": rule.pattern, "scope": "inline"}]


def test_the_dask_progress_bar_counts_clusters_not_parts(
    tmp_path: Path, scheduler: str, capsys: pytest.CaptureFixture[str]
) -> None:
    source = _parts(tmp_path, _clusters(10))  # 11 lines (one broken) in three files
    batch_dask(source, tmp_path / "dask", scheduler=scheduler, lines_per_part=3, progress=True)
    shown = capsys.readouterr().err
    assert "11/11" in shown and "cluster" in shown


def test_both_engines_skip_the_same_blank_lines_and_count_the_same_clusters(
    tmp_path: Path, scheduler: str, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    # A byte-order mark, then lines of U+00A0 alone: blank to str.strip, not to bytes.strip.
    lines = [json.dumps(c) for c in _clusters(4)]
    (folder / "a.jsonl").write_bytes(("\ufeff\u00a0\n" + "\n\u00a0\n".join(lines) + "\n").encode("utf-8"))
    batch_file(folder, tmp_path / "local.jsonl", workers=1)
    batch_dask(folder, tmp_path / "dask", scheduler=scheduler, lines_per_part=2, progress=True)
    assert "5/5" in capsys.readouterr().err
    assert _sorted_lines(_written(tmp_path / "dask")) == _sorted_lines([tmp_path / "local.jsonl"])
    assert len(_sorted_lines([tmp_path / "local.jsonl"])) == 5


def test_a_byte_order_mark_at_the_start_of_any_line_is_skipped_as_the_local_engine_skips_it(
    tmp_path: Path, scheduler: str
) -> None:
    source = tmp_path / "joined.jsonl"  # files joined with cat: each line starts with its file's mark
    source.write_bytes(b"".join(("\ufeff" + json.dumps(c) + "\n").encode("utf-8") for c in _clusters(3)))
    batch_file(source, tmp_path / "local.jsonl", workers=1)
    summary = batch_dask(source, tmp_path / "dask", scheduler=scheduler, lines_per_part=2)
    assert _sorted_lines(_written(tmp_path / "dask")) == _sorted_lines([tmp_path / "local.jsonl"])
    assert summary.written + summary.failed == 4 and summary.failed == 1  # only the cluster made to fail


def test_output_parts_in_an_input_directory_are_not_read_as_clusters_on_a_rerun(tmp_path: Path, scheduler: str) -> None:
    source = _parts(tmp_path, _clusters(6))  # 7 lines in part-0.jsonl and part-1.jsonl
    inputs = sorted(source.iterdir())
    first = batch_dask(source, source, scheduler=scheduler, lines_per_part=2)
    written = {path: path.read_bytes() for path in _written(source) if path not in inputs}
    assert first.written + first.failed == 7 and len(written) == 4

    again = batch_dask(source, source, scheduler=scheduler, lines_per_part=2)

    assert (again.written, again.failed, again.skipped) == (0, 0, 7)
    assert {path: path.read_bytes() for path in _written(source) if path not in inputs} == written


def test_the_dask_engine_passes_threshold_and_floor_on(tmp_path: Path, scheduler: str) -> None:
    reworded = [
        {"id": "farm", "text": "Farmers expect a poor harvest after the dry summer. Prices may rise."},
        {
            "id": "market",
            "text": "A poor harvest is expected after the dry summer, farmers say. Bread could cost more.",
        },
    ]
    source = _parts(tmp_path, [{"id": f"harvest-{n}", "articles": reworded} for n in range(4)])
    batch_file(source, tmp_path / "local.jsonl", workers=1, threshold=0.95, floor=0.95)
    batch_dask(source, tmp_path / "dask", scheduler=scheduler, lines_per_part=2, threshold=0.95, floor=0.95)
    assert _sorted_lines(_written(tmp_path / "dask")) == _sorted_lines([tmp_path / "local.jsonl"])
    batch_file(source, tmp_path / "default.jsonl", workers=1)
    assert _sorted_lines([tmp_path / "default.jsonl"]) != _sorted_lines([tmp_path / "local.jsonl"])


def test_a_local_dask_cluster_waits_for_a_slow_worker_to_exit_instead_of_killing_it(tmp_path: Path) -> None:
    # A worker that loaded PyTorch takes seconds to exit; a teardown that sleeps stands in for it.
    preload = tmp_path / "slow_exit.py"
    preload.write_text("import time\n\n\ndef dask_teardown(worker):\n    time.sleep(5)\n", encoding="utf-8")
    warnings: list[str] = []
    handler = logging.Handler()
    handler.emit = lambda record: warnings.append(record.getMessage())  # type: ignore[method-assign]
    logging.getLogger("distributed.nanny").addHandler(handler)
    try:
        with dask.config.set({"distributed.worker.preload": [str(preload)]}):
            summary = batch_dask(_parts(tmp_path, _clusters(2)), tmp_path / "dask", workers=1)
    finally:
        logging.getLogger("distributed.nanny").removeHandler(handler)
    assert summary.written == 2
    assert not [message for message in warnings if "still alive" in message]


def test_a_dask_rerun_with_other_settings_is_refused(tmp_path: Path, scheduler: str) -> None:
    source = _parts(tmp_path, _clusters(3))
    batch_dask(source, tmp_path / "dask", scheduler=scheduler, lines_per_part=2)
    before = _sorted_lines(_written(tmp_path / "dask"))
    with pytest.raises(InputError, match=r"floor the default, now 0\.9"):
        batch_dask(source, tmp_path / "dask", scheduler=scheduler, lines_per_part=2, floor=0.9)
    assert _sorted_lines(_written(tmp_path / "dask")) == before
    batch_dask(source, tmp_path / "dask", scheduler=scheduler, lines_per_part=2, floor=0.9, resume=False)
    # Written afresh with the new floor, the output resumes with it: every cluster is done.
    assert batch_dask(source, tmp_path / "dask", scheduler=scheduler, lines_per_part=2, floor=0.9).skipped == 4


@pytest.mark.parametrize("workers", [0, -1])
def test_dask_refuses_a_worker_count_below_one_rather_than_starting_one_per_cpu(tmp_path: Path, workers: int) -> None:
    # 0 started a local cluster of one worker per CPU, as if no count had been given.
    source = tmp_path / "clusters.jsonl"
    source.write_text(json.dumps({"id": "c1", "articles": [{"text": "A."}, {"text": "B."}]}) + "\n", encoding="utf-8")
    with pytest.raises(InputError, match=f"workers must be at least 1, got {workers}"):
        batch_dask(source, tmp_path / "parts", workers=workers)
    assert not (tmp_path / "parts").exists()


def test_a_dask_rerun_with_other_lines_per_part_is_refused_rather_than_comparing_clusters_again(
    tmp_path: Path, scheduler: str
) -> None:
    source = _parts(tmp_path, _clusters(5))  # 6 lines in part-0.jsonl and part-1.jsonl
    batch_dask(source, tmp_path / "dask", scheduler=scheduler, lines_per_part=2)
    before = _sorted_lines(_written(tmp_path / "dask"))
    # Parts cut another way hold other clusters: resumed, part-0-00000 would take all four of its
    # file's clusters and compare again the two that part-0-00001 holds.
    with pytest.raises(InputError, match=r"dask: was written with other settings \(lines_per_part 2, now 500\)"):
        batch_dask(source, tmp_path / "dask", scheduler=scheduler, lines_per_part=500)
    assert _sorted_lines(_written(tmp_path / "dask")) == before
    # An output whose record predates lines_per_part resumes unchecked on it, as before.
    record = tmp_path / "dask" / "settings.json"
    recorded = json.loads(record.read_text(encoding="utf-8"))
    del recorded["lines_per_part"]
    record.write_text(json.dumps(recorded), encoding="utf-8")
    assert batch_dask(source, tmp_path / "dask", scheduler=scheduler, lines_per_part=2).skipped == 6


def test_a_dask_run_without_resume_removes_the_parts_of_its_inputs_that_its_plan_no_longer_writes(
    tmp_path: Path, scheduler: str
) -> None:
    source = _parts(tmp_path, _clusters(5))
    out = tmp_path / "dask"
    batch_dask(source, out, scheduler=scheduler, lines_per_part=2)
    (out / "notes.jsonl").write_text("kept\n", encoding="utf-8")  # not a part of these inputs
    expected = sorted(line for line in _sorted_lines(_written(out)) if line != b"kept")

    summary = batch_dask(source, out, scheduler=scheduler, lines_per_part=500, resume=False)

    assert summary.written + summary.failed == 6
    assert [path.name for path in _written(out)] == ["notes.jsonl", "part-0-00000.jsonl", "part-1-00000.jsonl"]
    assert _sorted_lines(_written(out)) == sorted([*expected, b"kept"])  # each cluster once


def test_an_output_directory_whose_settings_json_is_not_a_batchs_is_refused_and_the_file_kept(
    tmp_path: Path, scheduler: str
) -> None:
    source = _parts(tmp_path, _clusters(3))
    project = tmp_path / "project"
    project.mkdir()
    (project / "settings.json").write_text('{"theme": "dark"}\n', encoding="utf-8")
    with pytest.raises(InputError, match=r"project/settings\.json: is not the settings record of a batch"):
        batch_dask(source, project, scheduler=scheduler, resume=False)
    assert (project / "settings.json").read_text(encoding="utf-8") == '{"theme": "dark"}\n'
    assert [path.name for path in project.iterdir()] == ["settings.json"]


def test_without_resume_a_part_that_is_not_batch_output_is_refused_and_kept(tmp_path: Path, scheduler: str) -> None:
    # In an input directory given as the output, a file named like a part of another input is not read as
    # an input (it is taken for an output part); rewriting it from scratch would destroy it if it is one.
    folder = _parts(tmp_path, _clusters(3))  # part-0.jsonl
    clusters = (folder / "part-0.jsonl").read_bytes()
    (folder / "part-0-00000.jsonl").write_bytes(clusters)
    with pytest.raises(InputError, match=r"part-0-00000\.jsonl: is not the output of a batch"):
        batch_dask(folder, folder, scheduler=scheduler, resume=False)
    assert (folder / "part-0-00000.jsonl").read_bytes() == clusters


def test_inputs_that_differ_only_in_suffix_write_parts_of_their_own(tmp_path: Path, scheduler: str) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    clusters = [c for c in _clusters(4) if c["id"] != "broken"]
    (folder / "day.jsonl").write_text("".join(json.dumps(c) + "\n" for c in clusters[:2]), encoding="utf-8")
    (folder / "day.ndjson").write_text("".join(json.dumps(c) + "\n" for c in clusters[2:]), encoding="utf-8")
    batch_dask(folder, tmp_path / "out", scheduler=scheduler, resume=False)  # each part is written afresh
    parts = _written(tmp_path / "out")
    assert len(parts) == 2
    written = [json.loads(line)["cluster"] for line in _sorted_lines(parts)]
    assert sorted(written) == sorted(c["id"] for c in clusters)


def test_a_line_that_is_not_utf8_is_the_same_error_record_on_both_engines(tmp_path: Path, scheduler: str) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    lines = [json.dumps(c).encode("utf-8") for c in _clusters(4)]
    cafe = {"id": "cafe", "articles": [{"text": "Caf\u00e9 owners met."}] * 2}
    lines[2] = json.dumps(cafe, ensure_ascii=False).encode("latin-1")  # one byte that is not UTF-8
    (folder / "a.jsonl").write_bytes(b"\n".join(lines) + b"\n")
    batch_file(folder, tmp_path / "local.jsonl", workers=1)

    summary = batch_dask(folder, tmp_path / "dask", scheduler=scheduler, lines_per_part=2)

    assert (summary.written, summary.failed) == (3, 2)
    assert _sorted_lines(_written(tmp_path / "dask")) == _sorted_lines([tmp_path / "local.jsonl"])


def test_ctrl_c_stops_a_local_dask_batch_with_its_message_and_no_worker_tracebacks(tmp_path: Path) -> None:
    # Ctrl-C signals the whole foreground process group: the batch and every Dask worker process.
    source = tmp_path / "clusters.jsonl"
    source.write_text("".join(json.dumps(c) + "\n" for c in _clusters(4000)), encoding="utf-8")
    out = tmp_path / "out"
    command = [sys.executable, "-m", "newsdiff", "batch", str(source), "-o", str(out), "--backend", "dask"]
    command += ["--workers", "2", "--lines-per-part", "2000"]
    status, errors = interrupt_when_written(
        command, lambda: sum(p.stat().st_size for p in out.glob("*.jsonl")), wait=120
    )

    assert status == 130
    # Dask may still log a line or two as it closes; no worker prints a traceback.
    assert "Traceback" not in errors
    assert errors.splitlines()[-1].startswith(f"newsdiff: interrupted; {out} keeps every cluster finished")


def test_a_local_dask_cluster_still_runs_the_worker_preloads_configured(tmp_path: Path) -> None:
    preload = tmp_path / "mark.py"
    preload.write_text(
        f"from pathlib import Path\n\n\ndef dask_setup(worker):\n    Path({str(tmp_path / 'set-up')!r}).touch()\n",
        encoding="utf-8",
    )
    with dask.config.set({"distributed.worker.preload": [str(preload)]}):
        batch_dask(_parts(tmp_path, _clusters(2)), tmp_path / "dask", workers=1)
    assert (tmp_path / "set-up").exists()


def _sinkhole_preload(tmp_path: Path) -> Path:
    """A Dask worker preload under which comparing a cluster whose text says "sinkhole" kills the worker's process."""
    preload = tmp_path / "sinkhole.py"
    preload.write_text(
        "import os\nimport signal\nimport sys\n\nimport newsdiff.batch\n\n"
        "batch = sys.modules['newsdiff.batch']\n"
        "compare = batch.__dict__.setdefault('real_compare', batch.compare)  # once, if loaded twice\n\n\n"
        "def dying(articles, **options):\n"
        "    if any('sinkhole' in article['text'] for article in articles):\n"
        "        os.kill(os.getpid(), signal.SIGKILL)\n"
        "    return compare(articles, **options)\n\n\n"
        "batch.compare = dying\n",
        encoding="utf-8",
    )
    return preload


def _batch_with_a_sinkhole(
    tmp_path: Path, articles: list[dict[str, str]], count: int, at: int, **options: Any
) -> tuple[BatchSummary, dict[str, str]]:
    """Run ``count`` clusters, with one of ``articles`` that kills its worker inserted at ``at``, on a local Dask
    cluster of one worker under :func:`_sinkhole_preload`; check each cluster has one record, return the errors."""
    clusters = _clusters(count)
    clusters.insert(at, {"id": "sinkhole", "articles": articles})
    source = _parts(tmp_path, clusters)
    config = {
        "distributed.worker.preload": [str(_sinkhole_preload(tmp_path))],
        "distributed.scheduler.allowed-failures": 0,
    }

    with dask.config.set(config):
        summary = batch_dask(source, tmp_path / "dask", workers=1, lines_per_part=2, **options)

    records = [json.loads(line) for line in _sorted_lines(_written(tmp_path / "dask"))]
    assert sorted(record["cluster"] for record in records) == sorted(cluster["id"] for cluster in clusters)
    return summary, {record["cluster"]: record["error"] for record in records if "error" in record}


def test_a_cluster_that_kills_its_dask_worker_is_the_local_engines_error_record_and_the_batch_goes_on(
    tmp_path: Path, sinkhole_kills_its_process: list[dict[str, str]]
) -> None:
    # As the out-of-memory killer would: the worker comparing this cluster is gone without a word, on
    # a Dask worker (the preload) and in the process where the batch then compares it alone.
    summary, errors = _batch_with_a_sinkhole(tmp_path, sinkhole_kills_its_process, 5, at=2)
    assert errors.keys() == {"sinkhole", "broken"}
    assert errors["sinkhole"].startswith("cluster sinkhole: the worker process comparing it stopped abruptly")
    # Clusters that a dying attempt wrote are counted as already done: no attempt lived to count them.
    assert summary.written + summary.failed + summary.skipped == 7 and summary.failed >= 1


@pytest.mark.parametrize("address", ["tcp://127.0.0.1:1", "no-port-here"])
def test_a_scheduler_that_cannot_be_reached_is_an_input_error_naming_it_and_nothing_is_written(
    tmp_path: Path, address: str
) -> None:
    source = _parts(tmp_path, _clusters(3))
    out = tmp_path / "dask"
    batch_dask(source, out, workers=1)
    before = {path.name: path.read_bytes() for path in out.iterdir()}
    connect_quickly = dask.config.set({"distributed.comm.timeouts.connect": "1s"})
    with connect_quickly, pytest.raises(InputError, match=f"{address}: cannot reach the Dask scheduler"):
        batch_dask(source, out, scheduler=address, resume=False)
    # Not even --no-resume empties the parts of a run that cannot start.
    assert {path.name: path.read_bytes() for path in out.iterdir()} == before


def test_a_scheduler_address_that_refuses_connections_is_refused_at_once_naming_it(tmp_path: Path) -> None:
    # With Dask's own connect timeout, not a shortened one: the client tried the refusing port for 30 s.
    with socket.socket() as free:
        free.bind(("127.0.0.1", 0))
        port = free.getsockname()[1]
    address = f"tcp://127.0.0.1:{port}"
    source = _parts(tmp_path, _clusters(1))
    started = time.monotonic()
    with pytest.raises(InputError) as refused:
        batch_dask(source, tmp_path / "dask", scheduler=address)
    assert time.monotonic() - started < 10
    assert str(refused.value).startswith(f"{address}: cannot reach the Dask scheduler (connection refused: ")
    assert f"port {port} of 127.0.0.1" in str(refused.value)


def test_workers_with_a_scheduler_is_refused_before_the_scheduler_is_reached(tmp_path: Path) -> None:
    # The scheduler's cluster has the workers it has: workers=8 was dropped without a word.
    source = _parts(tmp_path, _clusters(1))
    with pytest.raises(InputError, match=r"^workers=8 sets the processes of the local Dask cluster"):
        batch_dask(source, tmp_path / "dask", scheduler="tcp://127.0.0.1:1", workers=8)
    assert not (tmp_path / "dask").exists()


@pytest.mark.parametrize("address", ["", "  "])
def test_an_empty_scheduler_address_is_refused_as_empty_before_anything_is_written(
    tmp_path: Path, address: str
) -> None:
    # A variable left unset (--scheduler "$SCHEDULER") was ": cannot reach the Dask scheduler (missing port number in
    # address '')", the message starting with the address given: nothing.
    source = _parts(tmp_path, _clusters(1))
    with pytest.raises(InputError, match=r"^scheduler is empty \('\s*'\); give the Dask scheduler's address"):
        batch_dask(source, tmp_path / "dask", scheduler=address)
    command = ["batch", str(source), "-o", str(tmp_path / "dask"), "--backend", "dask", "--scheduler", address]
    done = CliRunner().invoke(main, command)
    assert done.exit_code == 2
    assert done.stderr.startswith(
        "newsdiff: error: invalid value for '--scheduler': is empty (a shell variable left unset?); give the "
        "scheduler's address, such as tcp://host:8786"
    )
    assert not (tmp_path / "dask").exists()


@pytest.mark.parametrize("address", ["tcp://127.0.0.1:1", "no-port-here"])
def test_a_scheduler_that_cannot_be_reached_leaves_no_client_half_made(tmp_path: Path, address: str) -> None:
    # A client refused an address it could not read was left connecting, its loop running, in a reference cycle:
    # collected while the next batch's client was starting, it waited for the lock that start held, and the next
    # batch (a corrected address, the next test) hung for good.
    source = _parts(tmp_path, _clusters(1))
    with dask.config.set({"distributed.comm.timeouts.connect": "1s"}), pytest.raises(InputError):
        batch_dask(source, tmp_path / "dask", scheduler=address)
    half_made = [o for o in gc.get_objects() if isinstance(o, distributed.Client) and o.status != "closed"]
    assert half_made == []


def test_a_worker_that_cannot_read_its_chunk_says_which_file_and_why(tmp_path: Path) -> None:
    # As on a worker whose machine does not see the input: the file the plan was made from is not there.
    chunk = Chunk(str(tmp_path / "gone.jsonl"), 0, 100, str(tmp_path / "gone-00000.jsonl"), 1)
    with pytest.raises(InputError, match=r"gone\.jsonl: cannot be read on a worker .*storage every worker can reach"):
        run_chunk(chunk)


def test_a_worker_holds_one_cluster_line_of_its_chunk_at_a_time(tmp_path: Path) -> None:
    # Twenty clusters of a megabyte each: a chunk read whole would hold them all, twice over.
    text = "The ministers met in Reykjavik. " * 32_000
    source = tmp_path / "big.jsonl"
    source.write_text("".join(json.dumps({"id": f"c{n}", "articles": [{"text": text}]}) + "\n" for n in range(20)))
    (chunk,) = plan([source], tmp_path / "out", 20)
    tracemalloc.start()
    try:
        lines = sum(1 for _ in _chunk_lines(chunk))
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert lines == 20
    assert peak < 10 * len(text)  # a few copies of one line, not of the twenty


def test_input_without_clusters_needs_no_dask_cluster(tmp_path: Path) -> None:
    # Nothing to compare: no scheduler is reached (this one could not be) and no local cluster is started.
    source = tmp_path / "empty.jsonl"
    source.write_text("", encoding="utf-8")
    connect_quickly = dask.config.set({"distributed.comm.timeouts.connect": "1s"})
    with connect_quickly:
        summary = batch_dask(source, tmp_path / "dask", scheduler="tcp://127.0.0.1:1")
    assert (summary.written, summary.failed, summary.skipped) == (0, 0, 0)
    assert (tmp_path / "dask").is_dir(), "the output directory is made, as for any run"


def test_a_part_another_task_is_writing_is_refused_and_left_as_it_was(tmp_path: Path) -> None:
    # Two runs on one output directory at once compared a part's clusters twice and appended them twice.
    fcntl = pytest.importorskip("fcntl")
    source = _parts(tmp_path, _clusters(3))
    out = tmp_path / "dask"
    out.mkdir()
    [chunk] = plan(sorted(source.glob("*.jsonl")), out, 10)
    part = Path(chunk.output)
    part.write_bytes(b"")
    with open(part, "ab") as held:
        fcntl.flock(held, fcntl.LOCK_EX | fcntl.LOCK_NB)  # as the task writing it holds it

        with pytest.raises(InputError, match=r"part-0-00000\.jsonl: another batch is writing it now"):
            run_chunk(chunk)

    assert part.read_bytes() == b""
    assert run_chunk(chunk).written == 3  # once the other has let it go


@pytest.mark.parametrize("held", ["part-0-00000.jsonl", "part-0-00001.jsonl"])
def test_without_resume_a_run_refuses_parts_another_run_is_writing_and_empties_none(
    tmp_path: Path, scheduler: str, held: str
) -> None:
    # --no-resume emptied every part before its tasks took their holds, so a second run started at the same moment
    # emptied the parts the first one's tasks were writing. The held part is a planned one, or a stale one (cut
    # smaller by an earlier run) that a run from scratch removes.
    pytest.importorskip("fcntl")
    from newsdiff.batch import sole_writer

    source = _parts(tmp_path, _clusters(5))
    out = tmp_path / "dask"
    batch_dask(source, out, scheduler=scheduler, lines_per_part=2)
    before = {path.name: path.read_bytes() for path in out.iterdir()}
    refused = pytest.raises(InputError, match=rf"{held}: another batch is writing it now")
    with sole_writer(out / held), refused:  # held as the other run's task writing it holds it
        batch_dask(source, out, scheduler=scheduler, lines_per_part=500, resume=False)
    assert {path.name: path.read_bytes() for path in out.iterdir()} == before


def test_a_comparisons_json_given_as_clusters_is_refused_before_any_scheduler_is_reached(tmp_path: Path) -> None:
    source = tmp_path / "result.json"
    source.write_text('{\n  "schema": 1,\n  "articles": []\n}\n', encoding="utf-8")
    with pytest.raises(InputError, match=r"result\.json: is a comparison's JSON"):
        batch_dask(source, tmp_path / "dask", scheduler="tcp://127.0.0.1:1")


def _with_error_for(part: Path, ident: str) -> None:
    """Put, in place of ``ident``'s result in ``part``, the error record a worker killed while comparing it leaves."""
    error = json.dumps(
        {"cluster": ident, "error": f"cluster {ident}: the worker process comparing it stopped abruptly"}
    )
    lines = [error if json.loads(line)["cluster"] == ident else line for line in part.read_text("utf-8").splitlines()]
    part.write_text("".join(line + "\n" for line in lines), encoding="utf-8")


def test_a_dask_retry_compares_the_failed_clusters_again_as_the_local_backend_does(
    tmp_path: Path, scheduler: str
) -> None:
    source = _parts(tmp_path, _clusters(6))
    batch_file(source, tmp_path / "local.jsonl", workers=1)
    batch_dask(source, tmp_path / "dask", scheduler=scheduler, lines_per_part=2)
    _with_error_for(tmp_path / "dask" / "part-1-00000.jsonl", "cluster-4")
    summary = batch_dask(source, tmp_path / "dask", scheduler=scheduler, lines_per_part=2, retry_failed=True)
    # "broken" fails again, for good; cluster-4 is compared this time.
    assert (summary.written, summary.failed, summary.skipped, summary.retried) == (1, 1, 5, 2)
    assert _sorted_lines(_written(tmp_path / "dask")) == _sorted_lines([tmp_path / "local.jsonl"])


def test_a_dask_retry_without_resume_is_refused_before_anything_is_written(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="give one or the other"):
        batch_dask(_parts(tmp_path, _clusters(2)), tmp_path / "dask", resume=False, retry_failed=True)
    assert not (tmp_path / "dask").exists()


def test_a_dask_retry_of_a_cluster_that_kills_its_worker_again_ends_with_its_error_record_once(
    tmp_path: Path, sinkhole_kills_its_process: list[dict[str, str]]
) -> None:
    # The failures are taken out before the tasks start, not by each task: the task Dask starts again after
    # the sinkhole killed its worker must keep the error record just written for it, not retry it for ever.
    (tmp_path / "dask").mkdir()
    sinkhole_error = json.dumps({"cluster": "sinkhole", "error": "cluster sinkhole: still being compared"})
    (tmp_path / "dask" / "part-0-00000.jsonl").write_text(sinkhole_error + "\n", encoding="utf-8")
    summary, errors = _batch_with_a_sinkhole(tmp_path, sinkhole_kills_its_process, 3, at=1, retry_failed=True)
    assert errors["sinkhole"].startswith("cluster sinkhole: the worker process comparing it stopped abruptly")
    assert summary.retried == 1


def test_inputs_whose_names_differ_only_by_case_write_parts_apart_whatever_the_file_system(tmp_path: Path) -> None:
    # On macOS or Windows, Harbour-00000.jsonl and harbour-00000.jsonl are one file: two inputs shared one part.
    upper, lower = tmp_path / "up" / "Harbour.jsonl", tmp_path / "low" / "harbour.jsonl"
    for path in (upper, lower):
        path.parent.mkdir()
        path.write_text(json.dumps(_clusters(1)[0]) + "\n", encoding="utf-8")
    outputs = [Path(chunk.output).name.casefold() for chunk in plan([upper, lower], tmp_path / "out", 10)]
    assert len(set(outputs)) == 2, outputs


def test_inputs_whose_folders_and_names_are_alike_write_parts_apart(tmp_path: Path) -> None:
    # The folder and the name told apart a.jsonl in two folders, but not two folders both named "news", nor
    # news/a.jsonl beside a file named news-a.jsonl.
    inputs = [tmp_path / "one" / "news" / "a.jsonl", tmp_path / "two" / "news" / "a.jsonl", tmp_path / "news-a.jsonl"]
    for path in inputs:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(_clusters(1)[0]) + "\n", encoding="utf-8")
    outputs = [Path(chunk.output).name for chunk in plan(inputs, tmp_path / "out", 10)]
    assert len(set(outputs)) == 3, outputs


def test_a_gzip_compressed_input_is_refused_saying_to_decompress_it(tmp_path: Path) -> None:
    import gzip

    source = tmp_path / "clusters.jsonl"
    source.write_bytes(gzip.compress(json.dumps(_clusters(1)[0]).encode("utf-8") + b"\n"))
    with pytest.raises(InputError, match=r"clusters\.jsonl: is gzip-compressed, and the dask backend .*decompress"):
        batch_dask(source, tmp_path / "out")
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize("plain_too", [False, True])
def test_compressed_inputs_in_a_directory_are_refused_by_name_not_passed_over(tmp_path: Path, plain_too: bool) -> None:
    # A directory of .jsonl.gz files "held no .jsonl files"; beside plain ones, its compressed clusters, which the
    # local backend compares, were left out without a word.
    import gzip

    folder = tmp_path / "clusters"
    folder.mkdir()
    compressed = folder / "b.jsonl.gz"
    compressed.write_bytes(gzip.compress(json.dumps(_clusters(1)[0]).encode("utf-8") + b"\n"))
    if plain_too:
        (folder / "a.jsonl").write_text(json.dumps(_clusters(2)[1]) + "\n", encoding="utf-8")
    with pytest.raises(InputError, match=rf"{re.escape(str(compressed))}: is gzip-compressed, and the dask backend"):
        batch_dask(folder, tmp_path / "out")
    assert not (tmp_path / "out").exists()


def test_a_line_over_the_limit_is_the_same_error_record_as_on_the_local_backend(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Each chunk's lines are numbered from where the chunk starts in its file, as the local backend numbers them.
    monkeypatch.setenv("NEWSDIFF_MAX_LINE_BYTES", "1000")
    bulky = {"id": "bulky", "articles": [{"text": "The ministers met in Reykjavik. " * 100}]}
    lines = [json.dumps(c) for c in _clusters(2)]
    source = tmp_path / "in.jsonl"
    source.write_text("\n\n".join([lines[0], json.dumps(bulky), lines[1]]) + "\n", encoding="utf-8")
    batch_file(source, tmp_path / "local.jsonl", workers=1)
    chunks = plan([source], tmp_path / "out", 1)
    (tmp_path / "out").mkdir()
    for chunk in chunks:
        run_chunk(chunk)
    parts = [Path(chunk.output).read_text(encoding="utf-8") for chunk in chunks]
    assert "".join(parts) == (tmp_path / "local.jsonl").read_text(encoding="utf-8")
    assert f"line 3 of {source} is" in parts[1]


def test_the_longest_line_set_for_the_batch_reaches_every_chunk(tmp_path: Path) -> None:
    bulky = {"id": "bulky", "articles": [{"text": "The ministers met in Reykjavik. " * 100}]}
    lines = [json.dumps(c) for c in _clusters(2)]
    source = tmp_path / "in.jsonl"
    source.write_text("\n".join([lines[0], json.dumps(bulky), lines[1]]) + "\n", encoding="utf-8")
    batch_file(source, tmp_path / "local.jsonl", workers=1, max_line_bytes=1000)
    chunks = plan([source], tmp_path / "out", 1, 1000)
    assert {chunk.max_line for chunk in chunks} == {1000}
    (tmp_path / "out").mkdir()
    for chunk in chunks:
        run_chunk(chunk)
    parts = [Path(chunk.output).read_text(encoding="utf-8") for chunk in chunks]
    assert "".join(parts) == (tmp_path / "local.jsonl").read_text(encoding="utf-8")
    assert "(1,000 bytes)" in parts[1]
    with pytest.raises(InputError, match="max_line_bytes must be a whole number of bytes"):
        batch_dask(source, tmp_path / "refused", max_line_bytes=0)
    assert not (tmp_path / "refused").exists()


class _Unwritable:
    """Standard error closed under the program (``2>&-``): every write fails."""

    def write(self, text: str) -> int:
        raise OSError(9, "Bad file descriptor")

    def flush(self) -> None:
        raise OSError(9, "Bad file descriptor")


@pytest.mark.parametrize("stderr", [_Unwritable(), None], ids=["closed", "none"])
def test_a_dask_progress_bar_that_cannot_be_drawn_leaves_the_batch_and_other_bars_alone(
    stderr: Any, tmp_path: Path, scheduler: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The Dask bar wrote straight to sys.stderr: with it closed the batch raised after its parts were written, and
    # tqdm kept the lock every bar shares, so that a bar in another thread then waited for ever.
    import threading

    from tqdm import tqdm

    source = _parts(tmp_path, _clusters(6))
    monkeypatch.setattr(sys, "stderr", stderr)
    summary = batch_dask(source, tmp_path / "dask", scheduler=scheduler, lines_per_part=3, progress=True)
    assert (summary.written, summary.failed) == (6, 1)
    elsewhere = threading.Thread(target=lambda: list(tqdm(range(2), file=io.StringIO(), delay=0)), daemon=True)
    elsewhere.start()
    elsewhere.join(timeout=30)
    assert not elsewhere.is_alive()


def test_a_resumed_dask_batch_s_progress_bar_counts_clusters_done_before_in_its_total_but_not_in_its_rate(
    tmp_path: Path, scheduler: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tqdm import tqdm

    source = _parts(tmp_path, _clusters(6))  # 7 lines in two files, parts of 3 lines
    batch_dask(source, tmp_path / "dask", scheduler=scheduler, lines_per_part=3)
    first = _written(tmp_path / "dask")[0]
    first.write_bytes(first.read_bytes().splitlines(keepends=True)[0])  # 1 of its 3 kept: 5 of 7 done
    closed: list[dict[str, Any]] = []
    close = tqdm.close

    def closing(bar: Any) -> None:
        if not bar.disable:  # once closed, a bar is disabled, and may be closed again
            closed.append(dict(bar.format_dict))
        close(bar)

    monkeypatch.setattr(tqdm, "close", closing)
    monkeypatch.setattr(sys, "stderr", io.StringIO())
    summary = batch_dask(source, tmp_path / "dask", scheduler=scheduler, lines_per_part=3, progress=True)
    assert (summary.written + summary.failed, summary.skipped) == (2, 5)
    (shown,) = closed
    assert (shown["n"], shown["initial"], shown["total"]) == (7, 5, 7)
    assert "4.00cluster/s" in tqdm.format_meter(**{**shown, "elapsed": 0.5, "rate": None})


def test_a_line_that_is_not_json_is_named_by_its_line_as_the_local_backend_names_it(
    tmp_path: Path, scheduler: str
) -> None:
    folder = _parts(tmp_path, _clusters(6))
    with (folder / "part-1.jsonl").open("a", encoding="utf-8") as part:
        part.write('\n{"id": "c9", "articles": [{"text": "broken]}\nnot json at all\n')
    batch_file(folder, tmp_path / "local.jsonl", workers=1)
    batch_dask(folder, tmp_path / "dask", scheduler=scheduler, lines_per_part=2)
    assert _sorted_lines(_written(tmp_path / "dask")) == _sorted_lines([tmp_path / "local.jsonl"])
    assert f"line 6 of {folder / 'part-1.jsonl'}, which starts 'not json" in (tmp_path / "local.jsonl").read_text()


def test_a_half_written_last_line_is_the_same_cut_short_record_as_on_the_local_backend(tmp_path: Path) -> None:
    whole = json.dumps(_clusters(1)[0]) + "\n"
    source = tmp_path / "in" / "growing.jsonl"
    source.parent.mkdir()
    source.write_text(whole + whole.replace("cluster-0", "cluster-1")[:50], encoding="utf-8")
    (chunk,) = plan([source], tmp_path / "dask", 10)
    (tmp_path / "dask").mkdir()
    run_chunk(chunk)
    batch_file(source, tmp_path / "local.jsonl", workers=1)
    assert Path(chunk.output).read_bytes() == (tmp_path / "local.jsonl").read_bytes()
    error = json.loads(Path(chunk.output).read_text(encoding="utf-8").splitlines()[1])
    assert error["cluster"] == "cluster-1" and "ends without a newline" in error["error"]


#: A rule that matches just before "See also" and removes nothing, which warns where it matches.
HOLLOW_RULE = NoiseRule("links", "(?=See also)", "inline")
LIBRARY = [
    {"id": "post", "text": "The town library opened a new wing on Friday. See also the opening hours."},
    {"id": "wire", "text": "The town library opened a new wing on Friday, funded by a local bequest."},
]


def _library_warnings(tmp_path: Path, action: str, count: int, **options: Any) -> list[tuple[Any, ...]]:
    """The warnings a Dask batch of ``count`` clusters raises in this process, under the filter ``action``."""
    import warnings

    folder = tmp_path / "in"
    folder.mkdir()
    lines = "".join(json.dumps({"id": f"library-{n}", "articles": LIBRARY}) + "\n" for n in range(count))
    (folder / "clusters.jsonl").write_text(lines, encoding="utf-8")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter(action)  # type: ignore[call-overload]
        summary = batch_dask(folder, tmp_path / "parts", extra_rules=[HOLLOW_RULE], lines_per_part=2, **options)
    assert (summary.written, summary.failed) == (count, 0)
    return [(w.category, str(w.message), w.filename) for w in caught if "'(?=See also)'" in str(w.message)]


def test_a_warning_raised_on_dask_worker_processes_reaches_the_caller_once(tmp_path: Path) -> None:
    # The workers printed it in their own processes, in Python's format, once per worker, blind to the caller's
    # filters; the caller saw nothing. Now it is raised again here, as the local backend's workers' warnings are.
    import warnings

    told = _library_warnings(tmp_path, "default", 4, workers=1)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("default")
        list(newsdiff.batch([{"id": "library", "articles": LIBRARY}], extra_rules=[HOLLOW_RULE], workers=1))
    assert told == [(w.category, str(w.message), w.filename) for w in caught]
    assert len(told) == 1 and told[0][0] is UserWarning


def test_each_warning_a_dask_task_raises_in_this_process_reaches_the_caller_once(
    tmp_path: Path, scheduler: str
) -> None:
    # Tasks run in threads of this process here: recorded by one task, a warning must be neither lost nor told twice.
    assert len(_library_warnings(tmp_path, "always", 5, scheduler=scheduler)) == 5


@pytest.mark.parametrize("count", ["10", 2.5, True])
def test_lines_per_part_that_is_not_a_whole_number_is_refused_before_a_scheduler_is_reached(
    tmp_path: Path, count: Any
) -> None:
    # "10" was a TypeError from a comparison, 2.5 and True were taken, as parts of 2.5 and 1 lines.
    with pytest.raises(InputError, match=f"lines_per_part must be a whole number of cluster lines, .*got {count!r}$"):
        batch_dask(
            _parts(tmp_path, _clusters(3)), tmp_path / "parts", lines_per_part=count, scheduler="tcp://nowhere:1"
        )
    assert not (tmp_path / "parts").exists()


@pytest.mark.parametrize(
    ("output", "says"),
    [
        # Path("") is ".", a directory: the parts and their settings record were written wherever the caller stood.
        ("", r"^output is '', which names no file; give the path of a directory for the"),
        # -o - is standard output on the command line: batch_dask(source, "-") made a directory named - for the parts.
        ("-", r"^output is '-', .* give the path of a directory for the parts"),
    ],
)
def test_an_empty_output_or_a_dash_is_refused_rather_than_made_a_directory_of_parts(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, output: str, says: str
) -> None:
    source = _parts(tmp_path, _clusters(3))
    monkeypatch.chdir(tmp_path)
    with pytest.raises(InputError, match=says):
        batch_dask(source, output, scheduler="tcp://nowhere:1")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in"]


def test_the_tasks_of_a_worker_of_many_threads_run_side_by_side(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Each task held one lock for its whole run while it recorded its warnings: a worker of two threads ran its tasks
    # one at a time. Each of these clusters waits here until the other has started too.
    import threading

    batch = sys.modules["newsdiff.batch"]
    both_started = threading.Barrier(2, timeout=20)
    compare = batch.compare

    def compare_once_both_run(*args: Any, **options: Any) -> Any:
        both_started.wait()
        return compare(*args, **options)

    monkeypatch.setattr(batch, "compare", compare_once_both_run)
    with distributed.LocalCluster(
        n_workers=1,
        threads_per_worker=2,
        processes=False,
        dashboard_address=None,
        scheduler_kwargs={"dashboard_address": "127.0.0.1:0"},
    ) as cluster:
        summary = batch_dask(
            _parts(tmp_path, _clusters(2)[:2]), tmp_path / "parts", lines_per_part=1, scheduler=cluster
        )
    assert (summary.written, summary.failed) == (2, 0)


def test_a_directory_of_parts_that_cannot_be_made_is_refused_before_the_scheduler_is_reached(tmp_path: Path) -> None:
    # The directory was made only after the cluster had started, and a file on its path ended the run in a traceback
    # (NotADirectoryError from mkdir).
    source = _parts(tmp_path, _clusters(1))
    blocking = tmp_path / "notes.txt"
    blocking.write_text("kept\n", encoding="utf-8")
    with socket.socket() as free:
        free.bind(("127.0.0.1", 0))
        address = f"tcp://127.0.0.1:{free.getsockname()[1]}"  # nobody listens: reaching it would be refused
    with pytest.raises(InputError) as refused:
        batch_dask(source, blocking / "parts", scheduler=address)
    assert str(refused.value) == (
        f"{blocking / 'parts'}: cannot write (Not a directory: a folder on its path is a file); give a path in a folder"
    )
    assert blocking.read_text(encoding="utf-8") == "kept\n"
