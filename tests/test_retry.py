"""Retrying the failed clusters of a batch's output: one record per cluster, never a result lost."""

from __future__ import annotations

import json
import os
import shutil
from collections import Counter
from pathlib import Path
from typing import BinaryIO

import pytest
from click.testing import CliRunner

from newsdiff.batch import batch_file, being_written, failures_dropped, process_line, read_lines, sole_writer
from newsdiff.cli import main
from newsdiff.errors import InputError

FERRY = [
    {"id": "harbour-news", "text": "The new ferry to Olsby made its first crossing on Monday. It carried 80 cars."},
    {"id": "island-post", "text": "The new ferry to Olsby made its first crossing on Monday. The mayor was aboard."},
]
BRIDGE = [
    {"id": "valley-times", "text": "The old bridge at Marnholt will close for repairs in May. Buses will detour."},
    {"id": "river-echo", "text": "Repairs will close the old bridge at Marnholt in May. Traffic will be slow."},
]
ALONE = [{"id": "harbour-news", "text": "A lighthouse keeper retired after forty years."}]


def _line(ident: str, articles: list[dict[str, str]]) -> str:
    return json.dumps({"id": ident, "articles": articles})


def _timed_out(ident: str) -> str:
    """The error record a batch with a time limit writes for a cluster it stopped."""
    return json.dumps({"cluster": ident, "error": f"cluster {ident}: still being compared after 5 s, the time limit"})


def _setup(tmp_path: Path, inputs: list[str], outputs: list[str]) -> tuple[Path, Path]:
    source = tmp_path / "clusters.jsonl"
    source.write_text("".join(line + "\n" for line in inputs), encoding="utf-8")
    output = tmp_path / "results.jsonl"
    output.write_text("".join(line + "\n" for line in outputs), encoding="utf-8")
    return source, output


def _ids(output: Path) -> Counter[str]:
    return Counter(json.loads(line)["cluster"] for line in output.read_text(encoding="utf-8").splitlines())


def test_retry_failed_compares_the_failed_clusters_again_and_leaves_one_record_each(tmp_path: Path) -> None:
    ferry, bridge, alone = _line("ferry", FERRY), _line("bridge", BRIDGE), _line("alone", ALONE)
    source, output = _setup(
        tmp_path, [ferry, bridge, alone], [process_line(ferry), _timed_out("bridge"), process_line(alone)]
    )
    summary = batch_file(source, output, workers=1, retry_failed=True)
    lines = output.read_text(encoding="utf-8").splitlines()
    # The result kept stays first; the clusters compared again follow, the one that fails for good as an error.
    assert lines == [process_line(ferry), process_line(bridge), process_line(alone)]
    assert (summary.written, summary.failed, summary.skipped, summary.retried) == (1, 1, 1, 2)


def test_without_retry_failed_error_records_still_count_as_done(tmp_path: Path) -> None:
    ferry, bridge = _line("ferry", FERRY), _line("bridge", BRIDGE)
    source, output = _setup(tmp_path, [ferry, bridge], [process_line(ferry), _timed_out("bridge")])
    summary = batch_file(source, output, workers=1)
    assert output.read_text(encoding="utf-8").splitlines() == [process_line(ferry), _timed_out("bridge")]
    assert (summary.skipped, summary.retried) == (2, 0)


def test_retry_keeps_the_error_records_of_clusters_the_input_does_not_hold(tmp_path: Path) -> None:
    ferry = _line("ferry", FERRY)
    source, output = _setup(tmp_path, [ferry], [_timed_out("elsewhere"), _timed_out("ferry")])
    batch_file(source, output, workers=1, retry_failed=True)
    assert output.read_text(encoding="utf-8").splitlines() == [_timed_out("elsewhere"), process_line(ferry)]


def test_an_id_given_twice_whose_first_line_failed_has_both_lines_compared_again(tmp_path: Path) -> None:
    first, second = _line("twice", BRIDGE), _line("twice", FERRY)
    source, output = _setup(tmp_path, [first, second], [_timed_out("twice"), process_line(second)])
    summary = batch_file(source, output, workers=1, retry_failed=True)
    # The n-th line with an id answers to the n-th input line with it: keeping the second line's result
    # would have it taken for the first cluster's, and the first never compared.
    assert output.read_text(encoding="utf-8").splitlines() == [process_line(first), process_line(second)]
    assert (summary.written, summary.retried) == (2, 1)


def test_the_output_stays_held_by_the_batch_after_its_failures_are_taken_out(tmp_path: Path) -> None:
    ferry = _line("ferry", FERRY)
    source, output = _setup(tmp_path, [ferry], [_timed_out("ferry")])
    with sole_writer(output), failures_dropped(output, read_lines([source])) as dropped:
        assert dropped == 1 and output.read_bytes() == b""
        # The file under the name is a new one: the hold must be on it, not only on the one it replaced.
        assert being_written(output)
        with pytest.raises(InputError, match="another batch is writing it now"):
            batch_file(source, output, workers=1)


def test_an_interrupted_retry_keeps_every_result_and_writes_no_cluster_twice(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ferry, bridge, alone = _line("ferry", FERRY), _line("bridge", BRIDGE), _line("alone", ALONE)
    source, output = _setup(
        tmp_path, [ferry, bridge, alone], [_timed_out("ferry"), process_line(bridge), _timed_out("alone")]
    )
    import newsdiff.batch  # noqa: F401  (the module, which the package's batch function shadows by name)

    batch_module = __import__("sys").modules["newsdiff.batch"]
    compare = batch_module.compare

    def stopped_at_the_lighthouse(articles: list[dict[str, str]], **options: object) -> object:
        if "lighthouse" in articles[0]["text"]:
            raise KeyboardInterrupt
        return compare(articles, **options)

    monkeypatch.setattr(batch_module, "compare", stopped_at_the_lighthouse)
    with pytest.raises(KeyboardInterrupt):
        batch_file(source, output, workers=1, retry_failed=True)
    assert output.read_text(encoding="utf-8").splitlines() == [process_line(bridge), process_line(ferry)]
    monkeypatch.setattr(batch_module, "compare", compare)
    batch_file(source, output, workers=1)  # a plain resume finishes it
    assert _ids(output) == Counter(["ferry", "bridge", "alone"])


def test_a_retry_stopped_while_taking_failures_out_leaves_the_output_as_it_was(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ferry, bridge = _line("ferry", FERRY), _line("bridge", BRIDGE)
    source, output = _setup(tmp_path, [ferry, bridge], [process_line(ferry), _timed_out("bridge")])
    before = output.read_bytes()

    def interrupted(*args: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "replace", interrupted)
    with pytest.raises(KeyboardInterrupt):
        batch_file(source, output, workers=1, retry_failed=True)
    assert output.read_bytes() == before
    assert sorted(path.name for path in tmp_path.iterdir()) == ["clusters.jsonl", "results.jsonl"]  # no copy left


def test_retry_failed_follows_a_link_to_the_output_and_keeps_it_a_link(tmp_path: Path) -> None:
    ferry = _line("ferry", FERRY)
    source, output = _setup(tmp_path, [ferry], [_timed_out("ferry")])
    link = tmp_path / "latest.jsonl"
    link.symlink_to(output.name)
    batch_file(source, link, workers=1, retry_failed=True)
    assert link.is_symlink()
    assert output.read_text(encoding="utf-8").splitlines() == [process_line(ferry)]


def test_retry_failed_without_resume_is_refused(tmp_path: Path) -> None:
    ferry = _line("ferry", FERRY)
    source, output = _setup(tmp_path, [ferry], [_timed_out("ferry")])
    with pytest.raises(InputError, match="rewrites the output from scratch: give one or the other"):
        batch_file(source, output, workers=1, resume=False, retry_failed=True)
    assert output.read_text(encoding="utf-8").splitlines() == [_timed_out("ferry")]


def test_cli_retry_failed_compares_the_failures_again_and_says_how_many(tmp_path: Path) -> None:
    ferry, bridge = _line("ferry", FERRY), _line("bridge", BRIDGE)
    source, output = _setup(tmp_path, [ferry, bridge], [process_line(ferry), _timed_out("bridge")])
    result = CliRunner().invoke(main, ["batch", str(source), "-o", str(output), "--workers", "1", "--retry-failed"])
    assert result.exit_code == 0, result.output
    assert "1 compared, 0 failed, 1 already done, 1 earlier failure(s) retried;" in result.output
    assert output.read_text(encoding="utf-8").splitlines() == [process_line(ferry), process_line(bridge)]


def test_cli_retry_failed_to_standard_output_is_refused(tmp_path: Path) -> None:
    source, _ = _setup(tmp_path, [_line("ferry", FERRY)], [])
    result = CliRunner().invoke(main, ["batch", str(source), "-o", "-", "--retry-failed"])
    assert result.exit_code == 2
    assert "--retry-failed needs an output file" in result.output


def test_retry_failed_from_standard_input_is_refused_as_it_cannot_be_read_twice(tmp_path: Path) -> None:
    _, output = _setup(tmp_path, [], [_timed_out("ferry")])
    with pytest.raises(InputError, match="standard input can be read once: give the clusters as a file"):
        batch_file("-", output, workers=1, retry_failed=True)
    assert output.read_text(encoding="utf-8").splitlines() == [_timed_out("ferry")]


def test_retry_finds_the_error_records_of_lines_another_tool_rewrote(tmp_path: Path) -> None:
    ferry = _line("ferry", FERRY)
    rewritten = json.dumps({"error": "cluster ferry: still being compared", "cluster": "ferry"}, indent=None)
    source, output = _setup(tmp_path, [ferry], [rewritten])
    summary = batch_file(source, output, workers=1, retry_failed=True)
    assert output.read_text(encoding="utf-8").splitlines() == [process_line(ferry)]
    assert summary.retried == 1


def test_retry_failed_rewrites_a_hard_linked_output_in_place_so_every_link_sees_the_retried_results(
    tmp_path: Path,
) -> None:
    # Replaced by a new file, the output parted from its other names: a hard link kept the error records for ever.
    ferry, bridge = _line("ferry", FERRY), _line("bridge", BRIDGE)
    source, output = _setup(tmp_path, [ferry, bridge], [process_line(ferry), _timed_out("bridge")])
    kept = tmp_path / "kept.jsonl"
    os.link(output, kept)
    inode = output.stat().st_ino

    summary = batch_file(source, output, workers=1, retry_failed=True)

    assert summary.retried == 1
    assert output.stat().st_ino == inode and kept.stat().st_ino == inode
    assert kept.read_text(encoding="utf-8").splitlines() == [process_line(ferry), process_line(bridge)]
    assert sorted(path.name for path in tmp_path.iterdir()) == [
        "clusters.jsonl",
        "kept.jsonl",
        "results.jsonl",
    ]


def test_a_retry_stopped_while_rewriting_a_hard_linked_output_is_finished_by_the_next_run(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ferry, bridge, alone = _line("ferry", FERRY), _line("bridge", BRIDGE), _line("alone", ALONE)
    source, output = _setup(
        tmp_path, [ferry, bridge, alone], [_timed_out("ferry"), process_line(bridge), process_line(alone)]
    )
    os.link(output, tmp_path / "kept.jsonl")
    copy = shutil.copyfileobj

    def stopped_halfway(source: BinaryIO, target: BinaryIO, *args: object) -> None:
        target.write(source.read(10))  # the output is half rewritten: neither its old lines nor its new ones
        raise KeyboardInterrupt

    monkeypatch.setattr(shutil, "copyfileobj", stopped_halfway)
    with pytest.raises(KeyboardInterrupt):
        batch_file(source, output, workers=1, retry_failed=True)
    monkeypatch.setattr(shutil, "copyfileobj", copy)

    summary = batch_file(source, output, workers=1)  # a plain resume first finishes the rewriting

    assert (summary.written, summary.failed, summary.skipped) == (1, 1, 1)  # "alone" fails for good
    lines = [process_line(bridge), process_line(ferry), process_line(alone)]
    assert output.read_text(encoding="utf-8").splitlines() == lines
    assert (tmp_path / "kept.jsonl").read_bytes() == output.read_bytes()
    assert not [path.name for path in tmp_path.iterdir() if path.name.startswith(".")]


@pytest.mark.parametrize(
    ("given", "piped", "told"),
    [
        (
            ["--no-resume"],
            "",
            "--retry-failed compares again the failures in an output it resumes, and --no-resume rewrites the output "
            "from scratch: give one or the other",
        ),
        (
            [],
            "piped",
            "--retry-failed reads the clusters twice, and standard input (-) can be read once: give the clusters as a "
            "file",
        ),
    ],
    ids=["with --no-resume", "of standard input"],
)
def test_retry_failed_that_cannot_be_done_is_told_in_the_options_names(
    tmp_path: Path, given: list[str], piped: str, told: str
) -> None:
    # It was told in the batch function's words: "retry_failed ... resume=False", "retry_failed reads the clusters".
    source, output = _setup(tmp_path, [_line("bridge", BRIDGE)], [_timed_out("bridge")])
    lines = source.read_text(encoding="utf-8")
    read = "-" if piped else str(source)
    done = CliRunner().invoke(main, ["batch", read, "-o", str(output), "--retry-failed", *given], input=lines)
    assert done.exit_code == 2
    assert done.stderr == f"newsdiff: error: {told} (see main batch --help)\n"
    assert output.read_text(encoding="utf-8") == _timed_out("bridge") + "\n"


def test_a_batch_run_with_no_resume_that_leaves_failures_says_to_retry_them_without_it(tmp_path: Path) -> None:
    # "run the same command with --retry-failed" was refused with --no-resume in it, which rewrites the output.
    source, output = _setup(tmp_path, [_line("alone", ALONE), _line("ferry", FERRY)], [])
    done = CliRunner().invoke(main, ["batch", str(source), "-o", str(output), "--workers", "1", "--no-resume"])
    assert done.exit_code == 3
    # It said "with --retry-failed for --no-resume", which read as the two given together.
    assert done.stderr.rstrip().endswith(
        "run the command with --retry-failed in place of --no-resume to compare it again"
    )
    again = CliRunner().invoke(main, ["batch", str(source), "-o", str(output), "--workers", "1", "--retry-failed"])
    assert again.exit_code == 3 and "1 earlier failure(s) retried" in again.stderr


def test_is_error_record_is_deprecated_and_reads_a_line_given_as_text_as_well_as_bytes() -> None:
    # It was the batch's own helper under a public name, which took bytes alone: a line read from a results file in
    # text mode, as a user reads one, ended in a TypeError from deep inside.
    from newsdiff.batch import is_error_record

    failed = '{"cluster":"c1","error":"cluster c1: need at least two articles to compare, got 1"}\n'
    compared = '{"cluster":"c2","result":{"schema":1,"articles":[],"groups":[]}}\n'
    with pytest.warns(DeprecationWarning, match="an error record is the one with an 'error' key"):
        told = [is_error_record(failed), is_error_record(compared), is_error_record(failed.encode("utf-8"))]
    assert told == [True, False, True]
