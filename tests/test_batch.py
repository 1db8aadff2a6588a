"""Batches of clusters: one output line per cluster, in input order, errors recorded, resumable."""

from __future__ import annotations

import errno
import gzip
import importlib
import io
import json
import multiprocessing
import os
import re
import select
import subprocess
import sys
import threading
import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from conftest import interrupt_when_written

import newsdiff
from newsdiff.batch import (
    IN_FLIGHT_PER_WORKER,
    arrival_check,
    batch_file,
    batch_stream,
    cannot_write,
    cluster_id,
    input_parts,
    process_line,
    read_done,
    read_lines,
    read_result,
    settings_record,
)
from newsdiff.cli import main
from newsdiff.embeddings import available as embeddings_available
from newsdiff.noise import NoiseRule
from newsdiff.result import scoring

#: The module, which ``newsdiff.batch`` does not name (it is the function).
batch_module = importlib.import_module("newsdiff.batch")

TALKS = [
    {
        "id": "wire",
        "outlet": "Wire",
        "text": "The ministers met in Reykjavik on Wednesday. They discussed Arctic shipping.",
    },
    {
        "id": "daily",
        "outlet": "Daily",
        "text": "The ministers met in Reykjavik on Wednesday. Protesters gathered outside.",
    },
]
HARVEST = [
    {"id": "farm", "text": "Farmers expect a poor harvest after the dry summer. Prices may rise."},
    {"id": "market", "text": "A poor harvest is expected after the dry summer, farmers say. Bread could cost more."},
]


def _clusters() -> list[dict]:
    return [
        {"id": "talks", "articles": TALKS},
        {"id": "lonely", "articles": [TALKS[0]]},
        {"id": "harvest", "articles": HARVEST},
    ]


def _write_jsonl(path: Path, records: list) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def test_each_cluster_yields_its_schema_1_result_under_its_id_in_input_order() -> None:
    records = list(newsdiff.batch(_clusters(), workers=1))
    assert [r["cluster"] for r in records] == ["talks", "lonely", "harvest"]
    assert records[0]["result"] == newsdiff.compare(TALKS).to_dict()
    assert records[2]["result"]["schema"] == 1


def test_a_cluster_that_fails_yields_an_error_naming_it_and_the_batch_goes_on() -> None:
    records = list(newsdiff.batch(_clusters(), workers=1))
    assert set(records[1]) == {"cluster", "error"}
    assert "lonely" in records[1]["error"] and "two articles" in records[1]["error"]
    assert "result" in records[2]


def test_a_process_pool_gives_the_same_lines_in_the_same_order() -> None:
    many = [{"id": f"c{n}", "articles": TALKS if n % 2 else HARVEST} for n in range(12)]
    assert list(newsdiff.batch(many, workers=2)) == list(newsdiff.batch(many, workers=1))


def test_a_line_that_is_not_json_becomes_an_error_record_with_a_stable_name() -> None:
    first = json.loads(process_line("{not json"))
    assert first["cluster"].startswith("unnamed-") and "invalid JSON" in first["error"]
    assert json.loads(process_line("{not json")) == first
    assert cluster_id('{"id": 17, "articles": []}') == "17"


def test_a_cluster_id_written_as_a_whole_float_names_the_cluster_as_an_article_id_does() -> None:
    # pandas writes a column of integer ids with an empty cell as floats: 7.0 was named after a hash of its line.
    assert cluster_id('{"id": 7.0, "articles": []}') == cluster_id('{"id": 7, "articles": []}') == "7"
    assert newsdiff.load([{"id": 7.0, "text": "It rained."}])[0].id == "7"
    [record] = newsdiff.batch([{"id": 7.0, "articles": TALKS}], workers=1)
    assert record["cluster"] == "7" and "result" in record


def test_a_cluster_named_after_its_whole_float_id_is_read_back_by_that_id(tmp_path: Path) -> None:
    # read_result(out, 7.0) was refused as "not a cluster's id", though the batch had named the cluster 7.
    clusters = tmp_path / "clusters.jsonl"
    clusters.write_text(json.dumps({"id": 7.0, "articles": TALKS}) + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    batch_file(clusters, out, workers=1)
    assert read_result(out, 7.0).to_dict() == read_result(out, "7").to_dict()
    with pytest.raises(newsdiff.InputError, match=r"not 7\.5$"):
        read_result(out, 7.5)


@pytest.mark.parametrize(
    ("ident", "problem"),
    [
        (True, "its 'id' must be a string or a whole number, not bool (true); give the cluster's id as a string"),
        (2.5, "its 'id' must be a string or a whole number, not float (2.5)"),
        (["a", "b"], 'its \'id\' must be a string or a whole number, not list (["a", "b"])'),
        ("  ", "its 'id' '  ': an id of white space alone names nothing"),
        ("a\nb", "its 'id' 'a\\nb': an id is one line"),
    ],
)
def test_a_cluster_id_that_cannot_name_it_is_an_error_record_saying_so_not_a_silent_hash(
    ident: Any, problem: str
) -> None:
    # Such an id was passed over for a hash of the line, and the cluster's results could not be found by the id given.
    [record] = newsdiff.batch([{"id": ident, "articles": TALKS}], workers=1)
    assert record["cluster"].startswith("unnamed-") and "result" not in record
    assert problem in record["error"]
    with pytest.raises(newsdiff.InputError, match=r"field 'id'"):
        newsdiff.load([{"id": ident, "text": "It rained."}])


@pytest.mark.parametrize(
    ("cluster", "problem"),
    [
        (
            {"id": "c1", "docs": TALKS},
            "cluster c1: has no 'articles' (its fields: 'id', 'docs'); give the cluster's articles as a list of "
            "article records under 'articles'",
        ),
        (
            {"id": "c1", "articles": {"wire": "It rained."}},
            "cluster c1: 'articles' must be a list of article records, not an object",
        ),
        ({"id": "c1", "articles": None}, "cluster c1: 'articles' must be a list of article records, not null"),
    ],
)
def test_a_cluster_without_a_list_of_articles_is_an_error_record_saying_what_it_has(
    cluster: dict, problem: str
) -> None:
    # A cluster with its articles under another name was told its 'articles' had the wrong type.
    [record] = newsdiff.batch([cluster], workers=1)
    assert record == {"cluster": "c1", "error": problem}


def test_two_clusters_joined_on_one_line_are_an_error_record_named_after_the_first() -> None:
    # As `cat` leaves them when a file's last line has no newline: the error says where, under the first id.
    talks, lonely, harvest = (json.dumps(c) for c in _clusters())
    records = list(newsdiff.batch([talks + harvest, lonely + " trailing words"], workers=1))
    assert records[0]["cluster"] == "talks" and records[0]["cluster"] == cluster_id(talks + harvest)
    assert f"invalid JSON (Extra data at column {len(talks) + 1}; two lines joined?)" in records[0]["error"]
    assert records[1]["cluster"] == "lonely" and "Extra data" in records[1]["error"]
    assert "joined" not in records[1]["error"]


@pytest.mark.parametrize(
    ("line", "start"),
    [
        ('{"articles": []}', '{"articles": []}'),
        ("{not json", "{not json"),
        (json.dumps({"id": None, "articles": HARVEST[:1]}), '{"id": null, "articles": [{"id": "farm",…'),
    ],
    ids=["no id", "not json", "null id"],
)
def test_the_error_record_of_a_line_without_an_id_quotes_how_the_line_starts_so_it_can_be_found(
    line: str, start: str
) -> None:
    # Its name is a hash of the line, which no one can search a corpus for.
    record = json.loads(process_line("  " + line))
    assert record["error"].startswith(f"cluster {record['cluster']} (the line that starts {start!r}): ")


@pytest.mark.parametrize(
    "line",
    ["[" * 100_000, '{"id": "deep", "articles": ' + "[" * 100_000 + "]" * 100_000 + "}"],
    ids=["array", "articles"],
)
def test_a_line_nested_too_deeply_becomes_an_error_record_and_the_batch_goes_on(line: str) -> None:
    # After a cluster: a first line that is a JSON array is refused as a whole input, as a file's is.
    given = [{"id": "talks", "articles": TALKS}, line, {"id": "harvest", "articles": HARVEST}]
    records = list(newsdiff.batch(given, workers=1))
    assert records[1]["cluster"] == cluster_id(line) and "nested too deeply" in records[1]["error"]
    assert records[2]["cluster"] == "harvest" and "result" in records[2]


@pytest.mark.parametrize(
    "line",
    [
        '{"id": 1' + "0" * 5000 + ', "articles": []}',
        '{"id": "census", "articles": [{"text": "x", "pages": 1' + "0" * 5000 + "}]}",
    ],
    ids=["id", "article field"],
)
def test_a_line_with_a_number_too_long_to_read_becomes_an_error_record_and_the_batch_goes_on(line: str) -> None:
    # Python refuses to read an integer of more than 4,300 digits; that refusal is the line's, not the batch's.
    records = list(newsdiff.batch([line, {"id": "harvest", "articles": HARVEST}], workers=1))
    assert records[0]["cluster"] == cluster_id(line) and "invalid JSON (a number too long" in records[0]["error"]
    assert records[1]["cluster"] == "harvest" and "result" in records[1]


def test_batch_file_writes_one_line_per_cluster(tmp_path: Path) -> None:
    source = _write_jsonl(tmp_path / "clusters.jsonl", _clusters())
    summary = batch_file(source, tmp_path / "out.jsonl", workers=1)
    lines = (tmp_path / "out.jsonl").read_text(encoding="utf-8").splitlines()
    assert [json.loads(line)["cluster"] for line in lines] == ["talks", "lonely", "harvest"]
    assert (summary.written, summary.failed, summary.skipped) == (2, 1, 0)


def test_a_rerun_skips_written_clusters_and_redoes_a_partial_last_line(tmp_path: Path) -> None:
    source = _write_jsonl(tmp_path / "clusters.jsonl", _clusters())
    batch_file(source, tmp_path / "full.jsonl", workers=1)
    full = (tmp_path / "full.jsonl").read_text(encoding="utf-8")
    first_line = full.split("\n")[0] + "\n"
    interrupted = tmp_path / "out.jsonl"
    interrupted.write_text(first_line + full.split("\n")[1][:25], encoding="utf-8")

    summary = batch_file(source, interrupted, workers=1)

    assert interrupted.read_text(encoding="utf-8") == full
    assert (summary.written, summary.failed, summary.skipped) == (1, 1, 1)


def test_a_cluster_id_given_twice_is_compared_twice_on_a_fresh_and_on_a_resumed_run(tmp_path: Path) -> None:
    clusters = _clusters()
    twice = [*clusters, {**clusters[0], "articles": clusters[2]["articles"]}]  # another cluster, same id
    source = _write_jsonl(tmp_path / "clusters.jsonl", twice)
    batch_file(source, tmp_path / "full.jsonl", workers=1)
    full = (tmp_path / "full.jsonl").read_text(encoding="utf-8")
    assert [json.loads(line)["cluster"] for line in full.splitlines()] == ["talks", "lonely", "harvest", "talks"]
    interrupted = tmp_path / "out.jsonl"
    interrupted.write_text("".join(full.splitlines(keepends=True)[:3]), encoding="utf-8")

    summary = batch_file(source, interrupted, workers=1)

    # A set of ids written would have taken the second "talks" for done and dropped it.
    assert interrupted.read_text(encoding="utf-8") == full
    assert (summary.written, summary.skipped) == (1, 3)


def test_reading_back_a_cluster_whose_id_two_records_share_warns_naming_where_the_other_is(tmp_path: Path) -> None:
    # The first was given as if the only one: a report of "talks" silently showed one of two clusters of that id.
    clusters = _clusters()
    twice = [*clusters, {**clusters[0], "articles": clusters[2]["articles"]}]  # another cluster, same id
    output = tmp_path / "out.jsonl"
    batch_file(_write_jsonl(tmp_path / "clusters.jsonl", twice), output, workers=1)
    with pytest.warns(UserWarning, match=rf"holds 2 records of cluster 'talks' .*at {re.escape(str(output))}, line 4"):
        first = read_result(output, "talks")
    assert first.to_dict() == newsdiff.compare(TALKS).to_dict()
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert read_result(output, "harvest").to_dict() == newsdiff.compare(HARVEST).to_dict()


def test_a_cluster_id_loses_the_white_space_around_it_as_an_article_id_does(tmp_path: Path) -> None:
    source = _write_jsonl(
        tmp_path / "clusters.jsonl",
        [{"id": " talks\t", "articles": TALKS}, {"id": "\u00a0lonely ", "articles": [TALKS[0]]}],
    )
    batch_file(source, tmp_path / "out.jsonl", workers=1)
    records = [json.loads(line) for line in (tmp_path / "out.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [r["cluster"] for r in records] == ["talks", "lonely"]
    assert records[1]["error"].startswith("cluster lonely: ")


def test_a_cluster_id_of_white_space_alone_is_no_id(tmp_path: Path) -> None:
    line = json.dumps({"id": "  ", "articles": TALKS})
    record = next(newsdiff.batch([line], workers=1))
    assert record["cluster"].startswith("unnamed-") and record["cluster"] == cluster_id(line)


def test_an_output_written_with_an_id_s_white_space_is_resumed_and_retried_under_the_stripped_id(
    tmp_path: Path,
) -> None:
    # Written by an earlier newsdiff, which kept the white space: the resumed clusters must not be compared twice.
    clusters = [{"id": " talks ", "articles": TALKS}, {"id": "harvest ", "articles": HARVEST}]
    source = _write_jsonl(tmp_path / "clusters.jsonl", clusters)
    out = tmp_path / "out.jsonl"
    talks = process_line(json.dumps({"id": "talks", "articles": TALKS})).replace('"talks"', '" talks "', 1)
    failed = json.dumps({"cluster": "harvest ", "error": "cluster harvest : still being compared after 5 s"})
    out.write_text(f"{talks}\n{failed}\n", encoding="utf-8")

    resumed = batch_file(source, out, workers=1)
    assert (resumed.written, resumed.skipped, resumed.foreign) == (0, 2, 0)
    retried = batch_file(source, out, workers=1, retry_failed=True)
    assert (retried.written, retried.skipped, retried.retried) == (1, 1, 1)
    lines = out.read_text(encoding="utf-8").splitlines()
    assert lines == [talks, process_line(json.dumps({"id": "harvest", "articles": HARVEST}))]
    assert read_result(out, "talks").articles[0].id == "wire"  # found under either spelling
    assert read_result(out, " harvest").articles[0].id == "farm"


@pytest.mark.parametrize("one", ["clusters.jsonl", {"id": "c", "articles": []}])
def test_batch_of_one_string_or_record_asks_for_an_iterable(one: object) -> None:
    # A string would otherwise be read letter by letter, each letter a cluster line.
    with pytest.raises(newsdiff.InputError, match="iterable of clusters"):
        newsdiff.batch(one, workers=1)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("settings", "message"),
    [
        ({"workers": 0}, "workers must be at least 1"),
        ({"engine": "neural"}, "neural"),
        ({"threshold": 2.0}, "threshold"),
    ],
)
def test_batch_checks_its_settings_when_called_not_when_first_read(settings: dict[str, Any], message: str) -> None:
    # A mistake found only when the results are first read shows up far from the line that made it.
    with pytest.raises(newsdiff.InputError, match=message):
        newsdiff.batch([], **settings)


@pytest.mark.parametrize("workers", [0, -2])
def test_batch_file_refuses_a_worker_count_below_one_before_writing_anything(tmp_path: Path, workers: int) -> None:
    # The count was checked only when the first cluster was started: the settings record was written beside the
    # output by then, and left there.
    source = _write_jsonl(tmp_path / "clusters.jsonl", _clusters())
    with pytest.raises(newsdiff.InputError, match=f"workers must be at least 1, got {workers}"):
        batch_file(source, tmp_path / "out.jsonl", workers=workers)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["clusters.jsonl"]


def test_batch_stream_refuses_a_worker_count_below_one_before_reading_the_clusters(tmp_path: Path) -> None:
    stream = io.BytesIO()
    with pytest.raises(newsdiff.InputError, match="workers must be at least 1, got 0"):
        batch_stream(tmp_path / "missing.jsonl", stream, workers=0)  # the count is named, not the missing input
    assert stream.getvalue() == b""


@pytest.mark.parametrize("workers", [2.5, "2", True])
def test_a_worker_count_that_is_not_a_whole_number_is_refused_by_name(tmp_path: Path, workers: Any) -> None:
    # 2.5 ended in Python's "'float' object cannot be interpreted as an integer"; True was taken for 1.
    with pytest.raises(
        newsdiff.InputError, match=re.escape(f"workers must be a whole number of processes, got {workers!r}")
    ):
        newsdiff.batch([], workers=workers)
    with pytest.raises(newsdiff.InputError, match="workers must be a whole number"):
        batch_file(tmp_path / "clusters.jsonl", tmp_path / "out.jsonl", workers=workers)


def test_without_resume_the_output_is_rewritten(tmp_path: Path) -> None:
    source = _write_jsonl(tmp_path / "clusters.jsonl", _clusters())
    out = tmp_path / "out.jsonl"
    batch_file(source, out, workers=1)
    summary = batch_file(source, out, workers=1, resume=False)
    assert summary.skipped == 0 and len(out.read_text(encoding="utf-8").splitlines()) == 3


def test_without_resume_a_file_that_is_not_batch_output_is_refused_and_kept(tmp_path: Path) -> None:
    # Another corpus given as the output by mistake: rewriting it from scratch would destroy it.
    source = _write_jsonl(tmp_path / "monday.jsonl", _clusters())
    tuesday = _write_jsonl(tmp_path / "tuesday.jsonl", _clusters()[:1])
    before = tuesday.read_bytes()
    with pytest.raises(newsdiff.InputError, match=r"tuesday\.jsonl: is not the output of a batch.*--no-resume"):
        batch_file(source, tuesday, workers=1, resume=False)
    assert tuesday.read_bytes() == before and not (tmp_path / "tuesday.jsonl.settings.json").exists()
    tuesday.write_bytes(b"")  # an empty file is rewritten, as a batch's own output is
    assert batch_file(source, tuesday, workers=1, resume=False).written == 2


def test_resuming_into_a_file_that_is_not_batch_output_is_refused(tmp_path: Path) -> None:
    out = tmp_path / "notes.jsonl"
    out.write_text("shopping list\n", encoding="utf-8")
    with pytest.raises(newsdiff.InputError, match=r"notes\.jsonl, line 1"):
        read_done(out)


def test_resuming_reads_the_ids_of_lines_another_tool_rewrote_as_report_and_summary_read_them(tmp_path: Path) -> None:
    source = _write_jsonl(tmp_path / "clusters.jsonl", _clusters())
    out = tmp_path / "out.jsonl"
    batch_file(source, out, workers=1)
    # Spaces after the colons, the keys reordered, and a byte-order mark, as an editor or jq may leave them.
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()[:2]]
    rewritten = "\ufeff" + "".join(json.dumps(dict(reversed(r.items()))) + "\n" for r in records)
    out.write_text(rewritten, encoding="utf-8")

    summary = batch_file(source, out, workers=1)

    assert (summary.written, summary.skipped) == (1, 2)
    assert [json.loads(line)["cluster"] for line in out.read_text(encoding="utf-8-sig").splitlines()] == [
        "talks",
        "lonely",
        "harvest",
    ]


def test_a_directory_of_parts_is_read_in_name_order(tmp_path: Path) -> None:
    parts = tmp_path / "in"
    parts.mkdir()
    clusters = _clusters()
    _write_jsonl(parts / "b.jsonl", clusters[2:])
    _write_jsonl(parts / "a.jsonl", clusters[:2])
    batch_file(parts, tmp_path / "out.jsonl", workers=1)
    lines = (tmp_path / "out.jsonl").read_text(encoding="utf-8").splitlines()
    assert [json.loads(line)["cluster"] for line in lines] == ["talks", "lonely", "harvest"]


def test_cli_batch_writes_results_and_shows_no_progress_bar_when_piped(tmp_path: Path) -> None:
    source = _write_jsonl(tmp_path / "clusters.jsonl", _clusters())
    result = CliRunner().invoke(main, ["batch", str(source), "-o", str(tmp_path / "out.jsonl"), "--workers", "1"])
    assert result.exit_code == 3, result.output
    assert "2 compared, 1 failed, 0 already done" in result.output
    assert "cluster/s" not in result.output
    assert len((tmp_path / "out.jsonl").read_text(encoding="utf-8").splitlines()) == 3


def test_cli_batch_names_a_missing_input_and_exits_2(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["batch", str(tmp_path / "none.jsonl"), "-o", str(tmp_path / "out.jsonl")])
    assert result.exit_code == 2
    assert result.output.strip().count("\n") == 0 and "none.jsonl" in result.output


def test_cli_batch_refuses_a_scheduler_without_the_dask_engine(tmp_path: Path) -> None:
    source = _write_jsonl(tmp_path / "clusters.jsonl", _clusters())
    result = CliRunner().invoke(
        main, ["batch", str(source), "-o", str(tmp_path / "o.jsonl"), "--scheduler", "tcp://127.0.0.1:8786"]
    )
    assert result.exit_code == 2 and "--backend dask" in result.output


def test_a_cluster_that_is_not_plain_data_is_refused_by_name_saying_what_to_give() -> None:
    odd = {"id": "odd", "articles": [{"text": "It rained.", "seen": {1, 2}}, {"text": "It rained."}]}
    with pytest.raises(newsdiff.InputError, match=r"cluster odd: cannot be written as JSON.*a path or an Article"):
        list(newsdiff.batch([odd], workers=1))


def test_a_cluster_of_paths_and_articles_gives_what_compare_gives_them(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # batch refused a cluster holding a Path or an Article ("cannot be written as JSON"), which compare accepts.
    (tmp_path / "farm.txt").write_text(HARVEST[0]["text"], encoding="utf-8")
    (tmp_path / "market.txt").write_text(HARVEST[1]["text"], encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    given = [Path("farm.txt"), "market.txt"]
    articles = [newsdiff.Article(a["text"], id=a["id"], outlet="Valley Post") for a in HARVEST]

    [of_paths, of_articles] = newsdiff.batch(
        [{"id": "paths", "articles": given}, {"id": "articles", "articles": tuple(articles)}], workers=1
    )

    assert of_paths == {"cluster": "paths", "result": newsdiff.compare(given).to_dict()}
    assert of_articles == {"cluster": "articles", "result": newsdiff.compare(articles).to_dict()}


def test_an_article_loaded_from_a_file_keeps_its_source_in_a_worker_process(tmp_path: Path) -> None:
    # Carried to the worker as its record, an Article lost its source: the result named no file, where compare names it.
    (tmp_path / "farm.txt").write_text(HARVEST[0]["text"], encoding="utf-8")
    (tmp_path / "market.txt").write_text(HARVEST[1]["text"], encoding="utf-8")
    loaded = newsdiff.load([tmp_path / "farm.txt", tmp_path / "market.txt"])

    [record] = newsdiff.batch([{"id": "c1", "articles": loaded}], workers=2)

    assert [a["source"] for a in record["result"]["articles"]] == [
        str(tmp_path / "farm.txt"),
        str(tmp_path / "market.txt"),
    ]
    assert record["result"] == newsdiff.compare(loaded).to_dict()


def test_a_cluster_records_source_must_be_a_string() -> None:
    cluster = {"id": "c1", "articles": [{"text": "It rained.", "source": 7}, {"text": "It rained."}]}
    [record] = newsdiff.batch([cluster], workers=1)
    assert record == {"cluster": "c1", "error": "cluster c1: record 1: field 'source' must be a string, not int"}


def test_a_missing_path_in_a_cluster_is_that_clusters_error_not_an_article_of_its_name(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Carried as the string "notes", a Path to a missing file with no suffix would be compared as a one-word article.
    (tmp_path / "farm.txt").write_text(HARVEST[0]["text"], encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    [record] = newsdiff.batch([{"id": "c1", "articles": [Path("farm.txt"), Path("notes")]}], workers=1)
    assert record == {"cluster": "c1", "error": "cluster c1: notes: no such file"}
    with pytest.raises(newsdiff.InputError, match="cluster c1, article 2: my notes: no such file"):
        list(newsdiff.batch([{"id": "c1", "articles": [Path("farm.txt"), Path("my notes")]}], workers=1))


def test_one_loaded_article_given_twice_is_refused_as_compare_refuses_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # As records, the two would be two articles with one text, and the article would be compared with itself.
    (tmp_path / "farm.txt").write_text(HARVEST[0]["text"], encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    [farm] = newsdiff.load(["farm.txt"])
    with pytest.raises(newsdiff.InputError, match=r"farm\.txt: given twice"):
        newsdiff.compare([farm, farm])
    with pytest.raises(newsdiff.InputError, match=r"cluster c1: farm\.txt: given twice"):
        list(newsdiff.batch([{"id": "c1", "articles": [farm, farm]}], workers=1))
    wire_copy = [newsdiff.Article(farm.text, id="a"), newsdiff.Article(farm.text, id="b")]
    assert "result" in next(newsdiff.batch([{"id": "c2", "articles": wire_copy}], workers=1))


def test_an_article_whose_text_a_record_would_change_is_refused_naming_it() -> None:
    # Read from its record, its text would have \n line ends, and its sentences offsets that do not fit it.
    cluster = {"id": "c1", "articles": [newsdiff.Article("It rained.\r\nRoads shut.", id="farm"), "It rained."]}
    with pytest.raises(newsdiff.InputError, match=r"cluster c1, article 1 \(farm\): its text has CR line ends"):
        list(newsdiff.batch([cluster], workers=1))


def test_only_a_bounded_window_of_clusters_is_read_ahead() -> None:
    pulled = 0

    def clusters() -> Iterator[dict[str, object]]:
        nonlocal pulled
        for n in range(40):
            pulled += 1
            yield {"id": f"c{n}", "articles": HARVEST}

    results = newsdiff.batch(clusters(), workers=2)
    assert next(results)["cluster"] == "c0"
    assert pulled <= 2 * IN_FLIGHT_PER_WORKER
    assert [r["cluster"] for r in results] == [f"c{n}" for n in range(1, 40)]


def test_an_unknown_relation_engine_is_refused_before_any_cluster_is_compared(tmp_path: Path) -> None:
    with pytest.raises(newsdiff.InputError, match="unknown engine 'quantum'"):
        next(newsdiff.batch(_clusters(), workers=1, engine="quantum"))
    with pytest.raises(newsdiff.InputError, match="unknown engine"):
        batch_file(_write_jsonl(tmp_path / "c.jsonl", _clusters()), tmp_path / "out.jsonl", engine="quantum")
    assert not (tmp_path / "out.jsonl").exists()


def test_cli_batch_lists_the_relation_engines_on_a_bad_choice(tmp_path: Path) -> None:
    source = _write_jsonl(tmp_path / "clusters.jsonl", _clusters())
    result = CliRunner().invoke(main, ["batch", str(source), "-o", str(tmp_path / "o.jsonl"), "--relations", "x"])
    assert result.exit_code == 2 and "lexical" in result.output and "embeddings" in result.output


def test_cli_batch_engine_names_the_relation_engine_as_compare_s_does(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # batch's --engine said where clusters are compared (local or dask), and refused compare's "embeddings".
    given: dict[str, Any] = {}

    def recording(source: str, output: Path, **options: Any) -> Any:
        given.update(options)
        return sys.modules["newsdiff.batch"].BatchSummary(0, 0, 0)

    monkeypatch.setattr(sys.modules["newsdiff.batch"], "batch_file", recording)
    source = _write_jsonl(tmp_path / "clusters.jsonl", _clusters())
    result = CliRunner().invoke(main, ["batch", str(source), "-o", str(tmp_path / "o.jsonl"), "--engine", "embeddings"])

    assert result.exit_code == 0, result.output
    assert given["engine"] == "embeddings" and "warning" not in result.stderr


def test_cli_batch_engine_dask_still_chooses_the_dask_backend_with_a_warning(tmp_path: Path) -> None:
    source = _write_jsonl(tmp_path / "clusters.jsonl", _clusters())
    result = CliRunner().invoke(main, ["batch", str(source), "-o", "-", "--engine", "dask"])

    assert result.exit_code == 2
    assert "warning: --engine dask is deprecated here, use --backend dask" in result.stderr
    assert "the dask backend writes a directory of parts" in result.stderr


@pytest.mark.parametrize(
    "options",
    [["--engine", "dask", "--backend", "dask"], ["--engine", "lexical", "--relations", "embeddings"]],
)
def test_cli_batch_refuses_two_spellings_of_one_option_given_together(options: list[str], tmp_path: Path) -> None:
    source = _write_jsonl(tmp_path / "clusters.jsonl", _clusters())
    result = CliRunner().invoke(main, ["batch", str(source), "-o", str(tmp_path / "o.jsonl"), *options])

    assert result.exit_code == 2 and "give --" in result.stderr
    assert not (tmp_path / "o.jsonl").exists()


def test_threshold_and_floor_reach_every_cluster_like_compare() -> None:
    strict = list(newsdiff.batch(_clusters(), workers=2, threshold=0.95, floor=0.95))
    assert strict[0]["result"] == newsdiff.compare(TALKS, threshold=0.95, floor=0.95).to_dict()
    assert strict[2]["result"] == newsdiff.compare(HARVEST, threshold=0.95, floor=0.95).to_dict()
    assert strict[2]["result"] != newsdiff.compare(HARVEST).to_dict()


def test_a_threshold_outside_0_to_1_is_refused_before_any_cluster_is_compared(tmp_path: Path) -> None:
    with pytest.raises(newsdiff.InputError, match="threshold"):
        next(newsdiff.batch(_clusters(), workers=1, threshold=1.2))
    with pytest.raises(newsdiff.InputError, match="floor"):
        batch_file(_write_jsonl(tmp_path / "c.jsonl", _clusters()), tmp_path / "out.jsonl", floor=-1)
    assert not (tmp_path / "out.jsonl").exists()
    source = _write_jsonl(tmp_path / "clusters.jsonl", _clusters())
    result = CliRunner().invoke(main, ["batch", str(source), "-o", str(tmp_path / "o.jsonl"), "--threshold", "3"])
    assert result.exit_code == 2 and not (tmp_path / "o.jsonl").exists()


def test_a_metadata_that_is_not_true_or_false_is_refused_once_before_any_cluster_is_compared(tmp_path: Path) -> None:
    source = _write_jsonl(tmp_path / "clusters.jsonl", _clusters())
    with pytest.raises(newsdiff.InputError, match="metadata must be True or False, not 'no'"):
        batch_file(source, tmp_path / "out.jsonl", workers=1, metadata="no")  # type: ignore[arg-type]
    assert not (tmp_path / "out.jsonl").exists()
    with pytest.raises(newsdiff.InputError, match="metadata must be True or False, not 0"):
        newsdiff.batch(_clusters(), workers=1, metadata=0)  # type: ignore[arg-type]


def test_a_line_of_unicode_whitespace_is_blank_and_skipped(tmp_path: Path) -> None:
    source = tmp_path / "clusters.jsonl"
    # U+00A0 and U+2003 are whitespace to str.strip but not to bytes.strip.
    blank = "\n\u00a0\n\u2003\t\r\n"
    source.write_bytes(("\ufeff\u00a0\n" + blank.join(json.dumps(c) for c in _clusters()) + "\n").encode("utf-8"))
    batch_file(source, tmp_path / "out.jsonl", workers=1)
    lines = (tmp_path / "out.jsonl").read_text(encoding="utf-8").splitlines()
    assert [json.loads(line)["cluster"] for line in lines] == ["talks", "lonely", "harvest"]


def test_files_joined_with_cat_keep_each_byte_order_mark_and_every_cluster_is_still_read(tmp_path: Path) -> None:
    # The loader reads such JSONL the same way, so one corpus file gives the same clusters either way.
    source = tmp_path / "joined.jsonl"
    source.write_bytes(b"".join(("\ufeff" + json.dumps(c) + "\n").encode("utf-8") for c in _clusters()))
    summary = batch_file(source, tmp_path / "out.jsonl", workers=1, progress=False)
    records = [json.loads(line) for line in (tmp_path / "out.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [r["cluster"] for r in records] == ["talks", "lonely", "harvest"]
    assert (summary.written, summary.failed) == (2, 1) and "two articles" in records[1]["error"]


def test_an_input_file_that_cannot_be_read_while_counting_for_the_progress_bar_is_an_input_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = _write_jsonl(tmp_path / "clusters.jsonl", _clusters())

    def refuse(path: Path, *args: Any, **kwargs: Any) -> Any:
        if Path(path) == source:
            raise PermissionError(13, "Permission denied")
        return open(path, *args, **kwargs)

    # newsdiff.batch is the function; its module is found by name.
    monkeypatch.setattr(sys.modules["newsdiff.batch"], "open", refuse, raising=False)
    with pytest.raises(newsdiff.InputError, match=r"clusters\.jsonl: cannot be read \(Permission denied\)"):
        batch_file(source, tmp_path / "out.jsonl", workers=1, progress=True)


def test_a_cluster_id_with_a_lone_surrogate_is_written_escaped_and_skipped_on_a_rerun(tmp_path: Path) -> None:
    clusters = _clusters()
    clusters[0] = {**clusters[0], "id": "talks\ud800"}
    source = _write_jsonl(tmp_path / "clusters.jsonl", clusters)  # json.dumps writes the escape
    out = tmp_path / "out.jsonl"
    batch_file(source, out, workers=1)
    written = out.read_bytes()
    assert written.splitlines()[0].startswith(b'{"cluster":"talks\\ud800"')
    assert [json.loads(line)["cluster"] for line in written.splitlines()] == ["talks\ud800", "lonely", "harvest"]

    summary = batch_file(source, out, workers=1)

    assert (summary.written, summary.skipped) == (0, 3) and out.read_bytes() == written


def test_a_line_with_a_lone_surrogate_and_no_id_gets_a_stable_name() -> None:
    line = '{"articles": "x\ud800"}'  # a Python string, not an escape
    assert cluster_id(line).startswith("unnamed-")
    assert next(newsdiff.batch([line], workers=1))["cluster"] == cluster_id(line)


@pytest.mark.parametrize("link", ["same", "relative", "symlink", "hardlink"])
def test_an_output_that_is_the_input_is_refused_and_the_input_kept(
    tmp_path: Path, link: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = _write_jsonl(tmp_path / "clusters.jsonl", _clusters())
    before = source.read_bytes()
    monkeypatch.chdir(tmp_path)
    output = {"same": source, "relative": Path("sub/../clusters.jsonl"), "symlink": tmp_path / "out.jsonl"}.get(
        link, tmp_path / "out.jsonl"
    )
    (tmp_path / "sub").mkdir()
    if link == "symlink":
        output.symlink_to(source)
    elif link == "hardlink":
        output.hardlink_to(source)
    with pytest.raises(newsdiff.InputError, match=str(output).replace(".", r"\.")):
        batch_file(source, output, workers=1, resume=False)
    assert source.read_bytes() == before


def test_cli_batch_refuses_to_write_over_its_input(tmp_path: Path) -> None:
    source = _write_jsonl(tmp_path / "clusters.jsonl", _clusters())
    result = CliRunner().invoke(main, ["batch", str(source), "-o", str(source), "--no-resume", "--workers", "1"])
    assert result.exit_code == 2 and "clusters.jsonl" in result.output and "another file" in result.output
    assert len(source.read_text(encoding="utf-8").splitlines()) == 3


@pytest.mark.parametrize("pattern", ["{folder}", "{folder}/*.jsonl"])
def test_an_output_inside_an_input_directory_or_glob_is_not_an_input(tmp_path: Path, pattern: str) -> None:
    folder = tmp_path / "cl"
    folder.mkdir()
    _write_jsonl(folder / "a.jsonl", _clusters())
    source = pattern.format(folder=folder)
    output = folder / "results.jsonl"
    batch_file(source, output, workers=1)
    first = output.read_bytes()

    # A rerun that read its own output while appending to it would never end.
    assert input_parts(source, output=output) == [folder / "a.jsonl"]
    summary = batch_file(source, output, workers=1)
    assert (summary.written, summary.failed, summary.skipped) == (0, 0, 3)
    assert output.read_bytes() == first


def test_resuming_with_another_threshold_is_refused_naming_it(tmp_path: Path) -> None:
    source = _write_jsonl(tmp_path / "clusters.jsonl", _clusters())
    out = tmp_path / "out.jsonl"
    batch_file(source, out, workers=1, threshold=0.95)
    written = out.read_bytes()
    out.write_bytes(written.splitlines(keepends=True)[0])  # as if interrupted
    with pytest.raises(newsdiff.InputError, match=r"out\.jsonl: .*threshold 0\.95, now the default.*--no-resume"):
        batch_file(source, out, workers=1)
    assert out.read_bytes() == written.splitlines(keepends=True)[0]
    batch_file(source, out, workers=1, threshold=0.95)
    assert out.read_bytes() == written


@pytest.mark.parametrize(
    ("name", "value", "shown"),
    [("newsdiff", "0.0.1", "newsdiff 0.0.1"), ("relations", "embeddings", "engine embeddings, now lexical")],
)
def test_resuming_output_of_another_version_or_engine_is_refused(
    tmp_path: Path, name: str, value: str, shown: str
) -> None:
    source = _write_jsonl(tmp_path / "clusters.jsonl", _clusters())
    out = tmp_path / "out.jsonl"
    batch_file(source, out, workers=1)
    record = tmp_path / "out.jsonl.settings.json"
    record.write_text(json.dumps({**json.loads(record.read_text(encoding="utf-8")), name: value}), encoding="utf-8")
    with pytest.raises(newsdiff.InputError, match=re.escape(shown)):
        batch_file(source, out, workers=1)
    assert batch_file(source, out, workers=1, resume=False).written == 2
    assert batch_file(source, out, workers=1).skipped == 3


def test_output_written_before_settings_were_recorded_resumes_unchecked(tmp_path: Path) -> None:
    source = _write_jsonl(tmp_path / "clusters.jsonl", _clusters())
    out = tmp_path / "out.jsonl"
    batch_file(source, out, workers=1)
    (tmp_path / "out.jsonl.settings.json").unlink()
    assert batch_file(source, out, workers=1, floor=0.5).skipped == 3


def test_cli_batch_refuses_to_resume_with_other_settings(tmp_path: Path) -> None:
    source = _write_jsonl(tmp_path / "clusters.jsonl", _clusters())
    out = str(tmp_path / "out.jsonl")
    assert CliRunner().invoke(main, ["batch", str(source), "-o", out, "--workers", "1"]).exit_code == 3
    result = CliRunner().invoke(main, ["batch", str(source), "-o", out, "--workers", "1", "--floor", "0.5"])
    assert result.exit_code == 2 and "floor the default, now 0.5" in result.output
    result = CliRunner().invoke(
        main, ["batch", str(source), "-o", out, "--workers", "1", "--floor", "0.5", "--no-resume"]
    )
    assert result.exit_code == 3 and "2 compared" in result.output


def test_cli_batch_with_output_dash_writes_the_lines_to_standard_output_and_no_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = _write_jsonl(tmp_path / "clusters.jsonl", _clusters())
    batch_file(source, tmp_path / "out.jsonl", workers=1)
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, ["batch", str(source), "-o", "-", "--workers", "2", "--progress"])
    assert result.exit_code == 3, result.stderr
    assert result.stdout_bytes == (tmp_path / "out.jsonl").read_bytes()
    assert "2 compared, 1 failed" in result.stderr and "standard output" in result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["clusters.jsonl", "out.jsonl", "out.jsonl.settings.json"]


def test_cli_batch_reads_clusters_piped_into_standard_input(tmp_path: Path) -> None:
    source = _write_jsonl(tmp_path / "clusters.jsonl", _clusters())
    batch_file(source, tmp_path / "expected.jsonl", workers=1)
    piped = source.read_bytes()
    result = CliRunner().invoke(main, ["batch", "-", "-o", str(tmp_path / "out.jsonl"), "--workers", "1"], input=piped)
    assert result.exit_code == 3, result.output
    assert (tmp_path / "out.jsonl").read_bytes() == (tmp_path / "expected.jsonl").read_bytes()
    # A rerun on the same input skips what is written, as it does for a file; the failure written stays in the output.
    again = CliRunner().invoke(main, ["batch", "-", "-o", str(tmp_path / "out.jsonl"), "--workers", "1"], input=piped)
    assert again.exit_code == 3 and "0 compared, 0 failed, 3 already done" in again.output
    streamed = CliRunner().invoke(main, ["batch", "-", "-o", "-", "--workers", "2", "--progress"], input=piped)
    assert streamed.exit_code == 3, streamed.stderr
    assert streamed.stdout_bytes == (tmp_path / "expected.jsonl").read_bytes()


def test_cli_batch_refuses_standard_input_with_the_dask_engine(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["batch", "-", "-o", str(tmp_path / "parts"), "--backend", "dask"], input=b"")
    assert result.exit_code == 2 and "standard input" in result.output


def test_cli_batch_refuses_output_dash_with_the_dask_engine(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    source = _write_jsonl(tmp_path / "clusters.jsonl", _clusters())
    result = CliRunner().invoke(main, ["batch", str(source), "-o", "-", "--backend", "dask"])
    assert result.exit_code == 2 and "directory" in result.output and "-o -" in result.output


def test_a_cluster_that_kills_its_worker_process_is_an_error_record_and_the_batch_goes_on(
    sinkhole_kills_its_process: list[dict[str, str]],
) -> None:
    sinkhole = sinkhole_kills_its_process
    clusters = [{"id": f"c{n}", "articles": HARVEST} for n in range(12)]
    clusters.insert(5, {"id": "sinkhole", "articles": sinkhole})

    records = list(newsdiff.batch(clusters, workers=2))

    assert [r["cluster"] for r in records] == [c["id"] for c in clusters]
    assert set(records[5]) == {"cluster", "error"} and "cluster sinkhole: the worker process" in records[5]["error"]
    assert all("result" in r for n, r in enumerate(records) if n != 5)


def test_cli_batch_with_one_worker_records_a_cluster_that_kills_its_worker_and_goes_on(
    sinkhole_kills_its_process: list[dict[str, str]], tmp_path: Path
) -> None:
    # With --workers 1 the clusters were compared in the batch's own process, so such a cluster ended the
    # whole batch, where two workers recorded it and went on.
    clusters = [{"id": "c0", "articles": HARVEST}, {"id": "sinkhole", "articles": sinkhole_kills_its_process}]
    clusters.append({"id": "c2", "articles": HARVEST})
    source = _write_jsonl(tmp_path / "clusters.jsonl", clusters)
    out = tmp_path / "out.jsonl"

    result = CliRunner().invoke(main, ["batch", str(source), "-o", str(out), "--workers", "1"])

    assert result.exit_code == 3, result.output
    assert "2 compared, 1 failed" in result.stderr
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [r["cluster"] for r in records] == ["c0", "sinkhole", "c2"]
    assert "cluster sinkhole: the worker process" in records[1]["error"] and "result" in records[2]


def test_one_worker_per_cpu_on_a_one_cpu_machine_still_compares_in_a_worker_process(
    sinkhole_kills_its_process: list[dict[str, str]], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("os.cpu_count", lambda: 1)
    clusters = [{"id": "sinkhole", "articles": sinkhole_kills_its_process}, {"id": "c1", "articles": HARVEST}]

    records = list(newsdiff.batch(clusters))

    assert "error" in records[0] and "result" in records[1]


def test_isolate_compares_even_one_worker_in_a_process_of_its_own(
    sinkhole_kills_its_process: list[dict[str, str]],
) -> None:
    clusters = [{"id": "sinkhole", "articles": sinkhole_kills_its_process}, {"id": "c1", "articles": HARVEST}]

    records = list(newsdiff.batch(clusters, workers=1, isolate=True))

    assert "cluster sinkhole: the worker process" in records[0]["error"] and "result" in records[1]


def test_cli_batch_interrupted_keeps_whole_lines_says_how_to_resume_and_a_rerun_finishes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = _write_jsonl(tmp_path / "clusters.jsonl", [{"id": f"c{n}", "articles": HARVEST} for n in range(5)])
    batch_file(source, tmp_path / "full.jsonl", workers=1)
    batch_module = sys.modules["newsdiff.batch"]
    compare = batch_module.compare
    calls = tmp_path / "calls"  # counted in a file, which the batch's worker processes share with this one

    def interrupted(articles: list[dict[str, str]], **options: object) -> object:
        with open(calls, "a") as counter:
            counter.write(".")
        if calls.stat().st_size == 3:
            raise KeyboardInterrupt  # Ctrl-C while the third cluster is compared
        return compare(articles, **options)

    monkeypatch.setattr(batch_module, "compare", interrupted)
    # Workers fork, so that they see the stand-in: a process running other threads (an earlier test's) starts them
    # afresh, and they would compare every cluster undisturbed.
    monkeypatch.setattr(batch_module, "_start_method", lambda settings: multiprocessing.get_context("fork"))
    out = tmp_path / "out.jsonl"
    command = ["batch", str(source), "-o", str(out), "--workers", "1"]
    result = CliRunner().invoke(main, command)

    assert result.exit_code == 130
    assert "interrupted" in result.stderr and "again to resume" in result.stderr and "Traceback" not in result.output
    assert out.read_bytes() == b"".join((tmp_path / "full.jsonl").read_bytes().splitlines(keepends=True)[:2])
    result = CliRunner().invoke(main, command)
    assert result.exit_code == 0 and "3 compared, 0 failed, 2 already done" in result.stderr
    assert out.read_bytes() == (tmp_path / "full.jsonl").read_bytes()


def test_cli_batch_interrupted_before_a_cluster_was_finished_does_not_point_to_an_output_it_never_wrote(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # It said "out.jsonl keeps every cluster finished; run the same command again to resume": there was no out.jsonl.
    source = _write_jsonl(tmp_path / "clusters.jsonl", [{"id": f"c{n}", "articles": HARVEST} for n in range(3)])
    batch_module = sys.modules["newsdiff.batch"]

    def interrupted(articles: list[dict[str, str]], **options: object) -> object:
        raise KeyboardInterrupt  # Ctrl-C while the first cluster is compared

    monkeypatch.setattr(batch_module, "compare", interrupted)
    monkeypatch.setattr(batch_module, "_start_method", lambda settings: multiprocessing.get_context("fork"))
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(main, ["batch", str(source), "-o", str(out), "--workers", "1"])

    assert result.exit_code == 130 and not out.exists()
    assert result.stderr.splitlines()[-1] == (
        f"newsdiff: interrupted; no cluster was finished, so {out} holds none; run the command again to start over"
    )
    # Nor is the record of its settings left, beside an output that is not there.
    assert sorted(path.name for path in tmp_path.iterdir()) == ["clusters.jsonl"]


def test_ctrl_c_stops_a_pool_batch_with_one_message_and_no_worker_tracebacks(tmp_path: Path) -> None:
    # Ctrl-C signals the whole foreground process group: the batch and every worker process.
    source = _write_jsonl(tmp_path / "clusters.jsonl", [{"id": f"c{n}", "articles": HARVEST} for n in range(20_000)])
    out = tmp_path / "out.jsonl"
    command = [sys.executable, "-m", "newsdiff", "batch", str(source), "-o", str(out), "--workers", "2"]
    status, errors = interrupt_when_written(command, lambda: out.stat().st_size if out.exists() else 0, wait=60)

    assert status == 130
    assert "Traceback" not in errors and "interrupted" in errors
    assert out.read_bytes().endswith(b"\n")


def test_a_line_that_is_not_utf8_is_an_error_record_naming_it_and_the_batch_goes_on(tmp_path: Path) -> None:
    lines = [json.dumps(c).encode("utf-8") for c in _clusters()]
    # One Latin-1 byte in an article of the middle cluster, as a badly converted scrape leaves it.
    cafe = {"id": "cafe", "articles": [{"text": "Caf\u00e9 owners met."}] * 2}
    lines[1] = json.dumps(cafe, ensure_ascii=False).encode("latin-1")
    source = tmp_path / "clusters.jsonl"
    source.write_bytes(b"\n".join(lines) + b"\n")
    out = tmp_path / "out.jsonl"

    summary = batch_file(source, out, workers=1)

    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [r["cluster"] for r in records] == ["talks", "cafe", "harvest"]
    column = lines[1].index(b"\xe9") + 1
    assert f"cluster cafe: not valid UTF-8 (byte 0xe9 at column {column})" in records[1]["error"]
    assert (summary.written, summary.failed) == (2, 1)
    assert batch_file(source, out, workers=1).skipped == 3


def test_an_output_that_is_a_directory_is_refused_before_anything_is_written(tmp_path: Path) -> None:
    source = _write_jsonl(tmp_path / "clusters.jsonl", _clusters())
    (tmp_path / "results").mkdir()
    with pytest.raises(newsdiff.InputError, match=r"results: is a directory; .*one JSONL file.*--backend dask"):
        batch_file(source, tmp_path / "results", workers=1)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["clusters.jsonl", "results"]


def test_a_resume_counts_the_output_lines_no_cluster_of_the_input_answered_to(tmp_path: Path) -> None:
    # Another corpus's output given by mistake: its "talks" is taken for done, and "lonely" and "harvest"
    # belong to no cluster of this input. Nothing tells the caller but this count.
    out = tmp_path / "out.jsonl"
    batch_file(_write_jsonl(tmp_path / "first.jsonl", _clusters()), out, workers=1)
    other = [{"id": "talks", "articles": HARVEST}, {"id": "fresh", "articles": TALKS}]
    summary = batch_file(_write_jsonl(tmp_path / "other.jsonl", other), out, workers=1)
    assert (summary.written, summary.skipped, summary.foreign) == (1, 1, 2)
    again = batch_file(_write_jsonl(tmp_path / "whole.jsonl", [*_clusters(), other[1]]), out, workers=1)
    assert (again.written, again.skipped, again.foreign) == (0, 4, 0), "its own input leaves none over"


def test_cli_batch_warns_when_the_output_it_resumes_holds_clusters_its_input_lacks(tmp_path: Path) -> None:
    out = str(tmp_path / "out.jsonl")
    first = _write_jsonl(tmp_path / "first.jsonl", _clusters())
    assert CliRunner().invoke(main, ["batch", str(first), "-o", out, "--workers", "1"]).exit_code == 3
    # The output keeps the first run's error record, so each rerun exits 3 as the first did.
    again = CliRunner().invoke(main, ["batch", str(first), "-o", out, "--workers", "1"])
    assert again.exit_code == 3 and "warning" not in again.stderr, "its own output resumes without a word"
    other = _write_jsonl(tmp_path / "other.jsonl", [{"id": "talks", "articles": HARVEST}])
    result = CliRunner().invoke(main, ["batch", str(other), "-o", out, "--workers", "1"])
    assert result.exit_code == 3
    assert f"warning: {out} holds 2 earlier result(s) of clusters this input does not have" in result.stderr
    assert "--no-resume" in result.stderr


def test_a_batch_refuses_an_output_another_batch_is_writing_and_leaves_it_as_it_was(tmp_path: Path) -> None:
    # Two batches on one output (a scheduled run starting before the last one ended) each compared the
    # clusters the other had not written yet, and appended them twice.
    fcntl = pytest.importorskip("fcntl")
    source = _write_jsonl(tmp_path / "clusters.jsonl", _clusters())
    out = tmp_path / "out.jsonl"
    batch_file(source, out, workers=1)
    with open(out, "rb") as held:
        before = out.read_bytes()
        with open(out, "ab") as second:  # what a first batch appends a line through
            second.write(b'{"cluster":"c9","res')
        fcntl.flock(held, fcntl.LOCK_EX | fcntl.LOCK_NB)  # as the running batch holds its output

        with pytest.raises(newsdiff.InputError, match=r"out\.jsonl: another batch is writing it now"):
            batch_file(source, out, workers=1)
        result = CliRunner().invoke(main, ["batch", str(source), "-o", str(out), "--no-resume"])

    assert result.exit_code == 2 and "another batch is writing it now" in result.stderr
    assert out.read_bytes() == before + b'{"cluster":"c9","res'  # its half-written line not cut off


def test_a_batch_refused_before_it_writes_leaves_no_output_it_created(tmp_path: Path) -> None:
    source = _write_jsonl(tmp_path / "clusters.jsonl", _clusters())
    (tmp_path / "out.jsonl.settings.json").write_text("my own notes\n", encoding="utf-8")

    with pytest.raises(newsdiff.InputError, match="is not the settings record of a batch"):
        batch_file(source, tmp_path / "out.jsonl", workers=1)

    assert not (tmp_path / "out.jsonl").exists()


#: A cluster whose comparison never ends, under :func:`maze_never_ends`.
MAZE = [{"id": "mirror", "text": "The hedge maze reopened."}, {"id": "echo", "text": "The hedge maze reopened today."}]


@pytest.fixture
def maze_never_ends(monkeypatch: pytest.MonkeyPatch) -> list[dict[str, str]]:
    """Comparing the :data:`MAZE` articles never ends, as a pathological input might; worker processes fork, so
    that they see the stand-in."""
    import multiprocessing
    import time

    batch_module = sys.modules["newsdiff.batch"]
    compare = batch_module.compare

    def endless(articles: list[dict[str, str]], **options: object) -> object:
        while any("maze" in article["text"] for article in articles):
            time.sleep(0.05)
        return compare(articles, **options)

    monkeypatch.setattr(batch_module, "compare", endless)
    monkeypatch.setattr(batch_module, "_start_method", lambda settings: multiprocessing.get_context("fork"))
    # Loaded here, what a first comparison loads (Punkt, the model) is not loaded again in each worker, within
    # the short limits these tests set.
    compare(HARVEST)
    return MAZE


@pytest.mark.parametrize("workers", [1, 2])
def test_a_cluster_that_runs_past_the_timeout_is_stopped_as_an_error_record_and_the_batch_goes_on(
    maze_never_ends: list[dict[str, str]], workers: int
) -> None:
    # A cluster that never ended held the whole batch forever, whatever the workers.
    clusters = [{"id": f"c{n}", "articles": HARVEST} for n in range(6)]
    clusters.insert(2, {"id": "maze", "articles": maze_never_ends})

    records = list(newsdiff.batch(clusters, workers=workers, isolate=True, timeout=1))

    assert [r["cluster"] for r in records] == [c["id"] for c in clusters]
    assert records[2] == {
        "cluster": "maze",
        "error": "cluster maze: still being compared after 1 s, the time limit, and stopped",
    }
    assert [n for n, r in enumerate(records) if "result" not in r] == [2], records


def test_cli_batch_timeout_stops_a_cluster_with_one_worker_too(
    maze_never_ends: list[dict[str, str]], tmp_path: Path
) -> None:
    clusters = [{"id": "maze", "articles": maze_never_ends}, {"id": "c1", "articles": HARVEST}]
    source = _write_jsonl(tmp_path / "clusters.jsonl", clusters)
    out = tmp_path / "out.jsonl"

    result = CliRunner().invoke(main, ["batch", str(source), "-o", str(out), "--workers", "1", "--timeout", "0.5"])

    assert result.exit_code == 3, result.output
    assert "1 compared, 1 failed" in result.stderr
    assert [json.loads(line).keys() - {"cluster"} for line in out.read_text(encoding="utf-8").splitlines()] == [
        {"error"},
        {"result"},
    ]


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"timeout": 0}, "timeout must be a positive number"),
        ({"timeout": 5, "workers": 1}, "add isolate=True"),
        # These reached the pool: "5" was a TypeError, True a limit of one second, inf and 1e300 an OverflowError.
        ({"timeout": "5"}, "timeout must be a number of seconds, such as 60, got '5'"),
        ({"timeout": True}, "timeout must be a number of seconds, such as 60, got True"),
        ({"timeout": float("inf")}, r"timeout must be at most \d+ seconds, got inf; leave it out .* for no limit"),
        ({"timeout": 1e300}, r"timeout must be at most \d+ seconds, got 1e\+300"),
    ],
)
def test_a_timeout_that_cannot_be_kept_is_refused_before_any_cluster_is_read(
    options: dict[str, Any], message: str, tmp_path: Path
) -> None:
    with pytest.raises(newsdiff.InputError, match=message):
        newsdiff.batch(_clusters(), **options)
    with pytest.raises(newsdiff.InputError, match=message):
        batch_file(_write_jsonl(tmp_path / "c.jsonl", _clusters()), tmp_path / "out.jsonl", **options)
    assert not (tmp_path / "out.jsonl").exists()


def test_cli_batch_refuses_an_endless_timeout_saying_to_leave_it_out(tmp_path: Path) -> None:
    # --timeout inf passed the option's check and ended the batch with an OverflowError's traceback.
    source = _write_jsonl(tmp_path / "c.jsonl", _clusters())
    done = CliRunner().invoke(main, ["batch", str(source), "-o", str(tmp_path / "out.jsonl"), "--timeout", "inf"])
    assert done.exit_code == 2 and "Traceback" not in done.output
    assert "invalid value for '--timeout': inf is longer than the longest time limit" in done.stderr
    assert "leave the option out for no limit" in done.stderr
    assert not (tmp_path / "out.jsonl").exists()


def test_a_rerun_over_a_glob_of_the_output_s_folder_passes_over_the_settings_recorded_there(tmp_path: Path) -> None:
    # "folder/*" reached out.jsonl.settings.json, which the first run wrote: the rerun refused it as clusters "spread
    # over several lines", and the batch could not be resumed.
    _write_jsonl(tmp_path / "clusters.jsonl", _clusters())
    first = CliRunner().invoke(main, ["batch", f"{tmp_path}/*", "-o", str(tmp_path / "out.jsonl"), "--workers", "1"])
    assert first.exit_code == 3 and (tmp_path / "out.jsonl.settings.json").exists()
    again = CliRunner().invoke(main, ["batch", f"{tmp_path}/*", "-o", str(tmp_path / "out.jsonl"), "--workers", "1"])
    # Resumed, it compares nothing; the output still holds the first run's error record, so the status says so.
    assert again.exit_code == 3 and "0 compared, 0 failed, 3 already done" in again.stderr
    assert "1 that failed in an earlier run" in again.stderr
    record = tmp_path / "out.jsonl.settings.json"
    with pytest.raises(newsdiff.InputError, match="is the settings record a batch keeps beside its output"):
        batch_file(record, tmp_path / "again.jsonl", workers=1)
    with pytest.raises(newsdiff.InputError, match=r"\*\.json: matches only the settings records of batches"):
        batch_file(f"{tmp_path}/*.json", tmp_path / "again.jsonl", workers=1)


def test_a_resumed_batch_counts_the_failures_earlier_runs_left_in_its_output(tmp_path: Path) -> None:
    # Only the command line knew them, by reading the whole output again once the batch had ended.
    source = _write_jsonl(tmp_path / "c.jsonl", _clusters())
    out = tmp_path / "out.jsonl"
    first = batch_file(source, out, workers=1)
    assert (first.failed, first.earlier_failed) == (1, 0)
    again = batch_file(_write_jsonl(tmp_path / "more.jsonl", [*_clusters(), {"id": "alone", "articles": []}]), out)
    assert (again.written, again.failed, again.skipped, again.earlier_failed) == (0, 1, 3, 1)
    retried = batch_file(source, out, workers=1, retry_failed=True)
    assert (retried.retried, retried.failed, retried.earlier_failed) == (1, 1, 1)  # "alone" is no cluster of this input


def test_an_empty_input_or_output_path_is_refused_rather_than_read_as_the_working_directory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Path("") is ".": an empty input read every JSONL file there, and an empty output was "a directory".
    monkeypatch.chdir(tmp_path)
    _write_jsonl(tmp_path / "clusters.jsonl", _clusters())
    with pytest.raises(newsdiff.InputError, match=r"^the input is '', which names no file; give a file"):
        batch_file("", tmp_path / "out.jsonl", workers=1)
    with pytest.raises(newsdiff.InputError, match=r"^output is '', which names no file; give the path of a JSONL file"):
        batch_file(tmp_path / "clusters.jsonl", "", workers=1)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["clusters.jsonl"]


def test_an_output_of_dash_is_refused_rather_than_written_to_a_file_named_dash(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The source "-" is standard input, and -o - standard output on the command line: batch_file(source, "-") wrote
    # the results to a file named - in the working directory, without a word.
    monkeypatch.chdir(tmp_path)
    source = _write_jsonl(tmp_path / "clusters.jsonl", _clusters())
    with pytest.raises(newsdiff.InputError, match=r"^output is '-', standard output on the command line but a file"):
        batch_file(source, "-", workers=1)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["clusters.jsonl"]
    batch_file(source, Path("-"), workers=1)  # a path is taken for one
    assert (tmp_path / "-").read_text(encoding="utf-8").count("\n") == len(_clusters())


def test_an_output_in_a_folder_that_does_not_exist_says_to_create_it(tmp_path: Path) -> None:
    # Python's words alone, "cannot write (No such file or directory)", left the user to guess which part was missing.
    source = _write_jsonl(tmp_path / "clusters.jsonl", _clusters())
    output = tmp_path / "missing" / "out.jsonl"
    with pytest.raises(newsdiff.InputError) as refused:
        batch_file(source, output, workers=1)
    told = f"{output}: the folder {output.parent} does not exist; create it first, or give a path in another folder"
    assert str(refused.value) == told
    assert not output.parent.exists()


def test_a_batch_stopped_early_ends_at_once_even_with_a_cluster_that_never_ends_in_hand(
    maze_never_ends: list[dict[str, str]],
) -> None:
    # Its workers were left to finish what they had in hand, so a reader that stopped (`| head`, or a loop's
    # break) waited for ever on a cluster that never ends.
    import time

    clusters = [{"id": "c0", "articles": HARVEST}, {"id": "maze", "articles": maze_never_ends}]
    records = newsdiff.batch(clusters, workers=2)
    assert next(records)["cluster"] == "c0"
    time.sleep(0.5)  # the maze well under way

    started = time.monotonic()
    records.close()

    assert time.monotonic() - started < 10


def test_batch_over_an_open_file_skips_blank_lines_and_byte_order_marks_as_batch_file_does(tmp_path: Path) -> None:
    # Iterating an open JSONL file, batch() made an error record of each blank line (and of a line behind a
    # byte-order mark), where batch_file and the command line skip them.
    lines = [json.dumps(c) for c in _clusters()]
    source = tmp_path / "clusters.jsonl"
    source.write_text("\ufeff" + lines[0] + "\n\n   \n" + lines[1] + "\n\u00a0\n" + lines[2] + "\n\n", encoding="utf-8")
    batch_file(source, tmp_path / "out.jsonl", workers=1)
    expected = [json.loads(line) for line in (tmp_path / "out.jsonl").read_text(encoding="utf-8").splitlines()]

    with open(source, encoding="utf-8") as clusters:
        records = list(newsdiff.batch(clusters, workers=1))

    assert records == expected and [r["cluster"] for r in records] == ["talks", "lonely", "harvest"]


def test_sigterm_ends_a_batch_as_ctrl_c_does_whole_lines_kept_workers_gone_and_how_to_resume(tmp_path: Path) -> None:
    # A job scheduler, a container or a service manager stops a job with SIGTERM: the batch died without a word
    # (status -15), and its worker processes lived on, finishing clusters whose results no one would write.
    import os
    import signal
    import subprocess

    children = Path(f"/proc/{os.getpid()}/task/{os.getpid()}/children")
    if not children.exists():
        pytest.skip("needs Linux's /proc to find the worker processes")
    run, out, workers = _batch_under_way(tmp_path, stderr=subprocess.PIPE)

    run.send_signal(signal.SIGTERM)
    _, errors = run.communicate(timeout=60)

    assert run.returncode == 143, errors
    assert errors.decode().endswith("again to resume\n") and "terminated; " in errors.decode()
    assert "Traceback" not in errors.decode() and out.read_bytes().endswith(b"\n")
    assert workers and not any(Path(f"/proc/{pid}").exists() for pid in workers)


def test_workers_end_with_a_batch_that_is_killed_outright(tmp_path: Path) -> None:
    # Killed with SIGKILL (the out-of-memory killer, a scheduler's last word), the batch left its workers waiting
    # for clusters for ever, and holding its standard error open, so whatever read that waited too.
    import os
    import signal
    import subprocess
    import time

    if not sys.platform.startswith("linux"):
        pytest.skip("only Linux lets a process die with its parent")
    run, _, workers = _batch_under_way(tmp_path, stderr=subprocess.DEVNULL)

    run.send_signal(signal.SIGKILL)
    run.wait(timeout=10)
    deadline = time.monotonic() + 10
    while any(_running(pid) for pid in workers) and time.monotonic() < deadline:
        time.sleep(0.05)

    alive = [pid for pid in workers if _running(pid)]
    for pid in alive:  # not to leave them running when the test fails
        os.kill(int(pid), signal.SIGKILL)
    assert workers and not alive


def _batch_under_way(tmp_path: Path, *, stderr: int) -> tuple[subprocess.Popen[bytes], Path, list[str]]:
    """A command-line batch of 20,000 clusters on two workers, once it has written 100 kB: the process, its
    output and its workers' process ids (read from Linux's /proc)."""
    import os
    import time

    source = _write_jsonl(tmp_path / "clusters.jsonl", [{"id": f"c{n}", "articles": HARVEST} for n in range(20_000)])
    out = tmp_path / "out.jsonl"
    env = {**os.environ, "PYTHONPATH": str(Path(newsdiff.__file__).parents[1])}
    command = [sys.executable, "-m", "newsdiff", "batch", str(source), "-o", str(out), "--workers", "2"]
    run = subprocess.Popen(command, env=env, stderr=stderr)
    # A bound, not a timing: on a busy machine the first 100 kB can take long, and a signal sent before the batch
    # writes would test nothing of what it is meant to.
    deadline = time.monotonic() + 300
    while (not out.exists() or out.stat().st_size < 100_000) and time.monotonic() < deadline:
        if run.poll() is not None:
            break
        time.sleep(0.05)
    if not out.exists() or out.stat().st_size < 100_000:
        run.kill()  # not to leave it running when the test fails
        run.wait()
        pytest.fail(f"the batch wrote less than 100 kB (status {run.returncode}) before it could be stopped")
    return run, out, Path(f"/proc/{run.pid}/task/{run.pid}/children").read_text().split()


def _running(pid: str) -> bool:
    """Whether the process ``pid`` runs: it exists and is not a zombie waiting to be reaped."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    return stat.rpartition(")")[2].split()[0] != "Z"


_UNGUARDED_SCRIPT = """
import newsdiff

clusters = [{"id": f"talks{n}", "articles": ARTICLES} for n in range(6)]
for record in newsdiff.batch(clusters, engine="embeddings", workers=2):
    print(record.get("error", "compared"))
"""


@pytest.mark.skipif(not embeddings_available(), reason="needs newsdiff[embeddings]")
def test_a_script_without_a_main_guard_is_told_to_add_one_at_once_rather_than_failing_every_cluster(
    tmp_path: Path,
) -> None:
    # The embeddings engine's workers start afresh (spawn) and import the script as their main module; without the
    # guard each one ran the batch again, died starting workers of its own, and every cluster was recorded as a
    # worker that "stopped abruptly (out of memory, or a crash)".
    import os
    import subprocess

    script = tmp_path / "nightly.py"
    script.write_text(f"ARTICLES = {TALKS!r}\n{_UNGUARDED_SCRIPT}", encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(Path(newsdiff.__file__).parents[1])}
    run = subprocess.run([sys.executable, str(script)], env=env, capture_output=True, text=True, timeout=300)

    assert run.returncode == 1 and run.stdout == ""
    last = run.stderr.strip().splitlines()[-1]
    assert last.startswith("newsdiff.errors.MainGuardError: ") and "nightly.py" in last
    assert 'if __name__ == "__main__":' in last
    assert "bootstrapping phase" not in run.stderr  # no worker's own traceback


def test_a_script_with_a_main_guard_compares_in_workers_that_start_afresh(tmp_path: Path) -> None:
    import os
    import subprocess

    script = tmp_path / "nightly.py"
    body = "\n".join("    " + line for line in _UNGUARDED_SCRIPT.replace('engine="embeddings", ', "").splitlines())
    # Workers that start afresh, as the embeddings engine's do, with the lighter engine.
    guarded = f"import multiprocessing\nARTICLES = {TALKS!r}\nif __name__ == '__main__':\n"
    script.write_text(guarded + "    multiprocessing.set_start_method('spawn')\n" + body, encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(Path(newsdiff.__file__).parents[1])}
    run = subprocess.run([sys.executable, str(script)], env=env, capture_output=True, text=True, timeout=300)

    assert run.returncode == 0, run.stderr
    assert run.stdout.splitlines() == ["compared"] * 6


def test_a_worker_rerunning_the_main_module_stops_without_starting_workers(monkeypatch: pytest.MonkeyPatch) -> None:
    # In a worker still importing the script (multiprocessing's bootstrapping), starting processes cannot work.
    import multiprocessing

    from newsdiff.batch import RERAN_MAIN, Settings, _Pool

    monkeypatch.setattr(multiprocessing.current_process(), "_inheriting", True, raising=False)
    with pytest.raises(SystemExit) as stopped:
        _Pool(2, Settings(engine="embeddings"))
    assert stopped.value.code == RERAN_MAIN


@pytest.mark.parametrize("indent", [2, None])
def test_a_comparisons_json_given_as_clusters_is_refused_before_anything_is_written(
    indent: int | None, tmp_path: Path
) -> None:
    # Each line of a pretty-printed comparison became an error record: hundreds of them, and no word of the mistake.
    source = tmp_path / "result.json"
    source.write_text(newsdiff.compare(TALKS).to_json(indent=indent), encoding="utf-8")
    out = tmp_path / "out.jsonl"
    with pytest.raises(newsdiff.InputError, match=r"result\.json: is a comparison's JSON .*not clusters to compare"):
        batch_file(source, out, workers=1)
    assert not out.exists() and not (tmp_path / "out.jsonl.settings.json").exists()

    result = CliRunner().invoke(main, ["batch", str(source), "-o", str(out)])
    assert result.exit_code == 2 and "is a comparison's JSON" in result.stderr and not out.exists()


def test_a_batchs_results_given_back_to_batch_are_refused_with_the_command_that_reads_them(tmp_path: Path) -> None:
    source = _write_jsonl(tmp_path / "clusters.jsonl", _clusters())
    first = tmp_path / "first.jsonl"
    batch_file(source, first, workers=1)
    again = tmp_path / "again.jsonl"
    with pytest.raises(newsdiff.InputError, match=r"first\.jsonl: is a batch's results.*newsdiff summary"):
        batch_file(first, again, workers=1)
    assert not again.exists()
    # A directory holding clusters and results alike names the results file.
    with pytest.raises(newsdiff.InputError, match=r"first\.jsonl: is a batch's results"):
        batch_file(tmp_path, tmp_path / "out", workers=1)


def test_a_cluster_or_article_record_giving_a_field_twice_is_an_error_record_naming_it() -> None:
    # JSON keeps the last of a repeated key: a second text pasted below the first was compared in its place.
    article = json.dumps(TALKS[0])[:-1]
    lines = [
        '{"id": "pasted", "articles": [' + article + ', "text": "Another text."}, ' + json.dumps(TALKS[1]) + "]}",
        '{"id": "doubled", "articles": [], "articles": ' + json.dumps(TALKS) + "}",
        json.dumps({"id": "talks", "articles": TALKS}),
    ]
    records = [json.loads(process_line(line)) for line in lines]
    assert records[0]["error"] == (
        "cluster pasted: record 1 (id 'wire'): 'text' is given twice; give it once (JSON would keep only the last)"
    )
    assert (
        records[1]["error"]
        == "cluster doubled: 'articles' is given twice; give it once (JSON would keep only the last)"
    )
    assert "result" in records[2]


def _relatable_clusters(path: Path) -> Path:
    ferry = [
        {"id": "gazette", "text": "The ferry to Kessel was cancelled on Tuesday. Storms are expected."},
        {"id": "courier", "text": "On Tuesday the Kessel ferry did not sail. Storms are expected."},
    ]
    return _write_jsonl(path, [{"id": "ferry", "articles": ferry}])


def test_a_result_read_back_from_a_batch_keeps_the_engine_threshold_and_floor_the_batch_recorded(
    tmp_path: Path,
) -> None:
    # read_result gave a comparison with no scoring, so relate() asked for scored_with though the batch had
    # recorded how it compared.
    source = _relatable_clusters(tmp_path / "clusters.jsonl")
    batch_file(source, tmp_path / "strict.jsonl", workers=1, threshold=0.9)
    batch_file(source, tmp_path / "usual.jsonl", workers=1)

    strict = read_result(tmp_path / "strict.jsonl")
    usual = read_result(tmp_path / "usual.jsonl", "ferry")

    assert strict.scoring == scoring("lexical", 0.9, None)
    assert usual.scoring == scoring("lexical", None, None)
    assert strict.relate(("gazette", 1), ("courier", 1)).label == "shared"


def test_a_result_read_back_without_a_settings_record_of_this_newsdiff_has_no_scoring(tmp_path: Path) -> None:
    source = _relatable_clusters(tmp_path / "clusters.jsonl")
    output = tmp_path / "out.jsonl"
    batch_file(source, output, workers=1, threshold=0.9)
    record = settings_record(output)
    recorded = json.loads(record.read_text(encoding="utf-8"))
    # Written by another newsdiff, whose engine or defaults may score otherwise: relate() must be told.
    record.write_text(json.dumps({**recorded, "newsdiff": "0.0.9"}), encoding="utf-8")
    assert read_result(output).scoring is None
    record.unlink()
    assert read_result(output).scoring is None
    with pytest.raises(newsdiff.InputError, match="scored_with"):
        read_result(output).relate(("gazette", 1), ("courier", 1))


#: A cluster whose first article carries a line of noise that the shipped rules do not know.
PODCAST = [
    {"id": "farm", "text": "Listen to the Valley Hour podcast.\nThe harvest in Brenn began early this year."},
    {"id": "market", "text": "The harvest in Brenn began early this year, growers said."},
]
PODCAST_RULE = NoiseRule("podcast promo", r"(?i)listen to the valley hour podcast\.?")


def _rules_file(path: Path) -> Path:
    rules = {"rules": [{"reason": PODCAST_RULE.reason, "pattern": PODCAST_RULE.pattern}]}
    path.write_text(json.dumps(rules), encoding="utf-8")
    return path


def test_extra_rules_clean_every_cluster_in_worker_processes() -> None:
    clusters = [{"id": f"c{n}", "articles": PODCAST} for n in range(3)]

    records = list(newsdiff.batch(clusters, workers=2, extra_rules=[PODCAST_RULE]))

    expected = newsdiff.compare(PODCAST, extra_rules=[PODCAST_RULE]).to_dict()
    assert [r["result"] for r in records] == [expected] * 3
    assert [r["reason"] for r in expected["articles"][0]["removed"]] == ["podcast promo"]


def test_extra_rules_that_are_not_rules_are_refused_before_any_cluster() -> None:
    with pytest.raises(newsdiff.InputError, match="extra_rules, rule 1: is dict, not a NoiseRule"):
        newsdiff.batch([], extra_rules=[{"pattern": "x"}])
    with pytest.raises(newsdiff.InputError, match="extra_rules must be a list of NoiseRule objects, got NoiseRule"):
        batch_file("clusters.jsonl", "out.jsonl", extra_rules=PODCAST_RULE)  # type: ignore[arg-type]


def test_extra_rules_are_recorded_beside_the_output_and_a_resume_without_them_is_refused(tmp_path: Path) -> None:
    source = _write_jsonl(tmp_path / "clusters.jsonl", [{"id": "c1", "articles": PODCAST}])
    out = tmp_path / "out.jsonl"
    batch_file(source, out, workers=1, extra_rules=[PODCAST_RULE])

    recorded = json.loads((tmp_path / "out.jsonl.settings.json").read_text(encoding="utf-8"))
    assert recorded["rules"] == [{"reason": "podcast promo", "pattern": PODCAST_RULE.pattern, "scope": "line"}]
    with pytest.raises(newsdiff.InputError, match=r"other settings \(extra noise rules 1 rule\(s\), now none\)"):
        batch_file(source, out, workers=1)
    other = NoiseRule("podcast promo", r"(?i)listen to .+ podcast\.?")
    with pytest.raises(newsdiff.InputError, match=r"extra noise rules 1 rule\(s\) unlike the 1 rule\(s\) given now"):
        batch_file(source, out, workers=1, extra_rules=[other])
    assert batch_file(source, out, workers=1, extra_rules=[PODCAST_RULE]).skipped == 1


def test_cli_batch_rules_clean_every_cluster_as_compare_rules_do(tmp_path: Path) -> None:
    source = _write_jsonl(tmp_path / "clusters.jsonl", [{"id": "c1", "articles": PODCAST}])
    rules = _rules_file(tmp_path / "rules.json")
    _assert_batched_with_the_rules(source, rules, tmp_path, workers=2)


def test_cli_batch_refuses_its_rules_file_among_the_inputs_or_as_the_output(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    _write_jsonl(tmp_path / "clusters.jsonl", [{"id": "c1", "articles": PODCAST}])
    _rules_file(tmp_path / "rules.json")

    among = CliRunner().invoke(main, ["batch", "*.json*", "-o", "out.jsonl", "--rules", "rules.json"])
    assert among.exit_code == 2
    assert "rules.json: is the --rules file, not clusters; leave it out of the input" in among.output
    output = CliRunner().invoke(main, ["batch", "clusters.jsonl", "-o", "rules.json", "--rules", "rules.json"])
    assert (
        output.exit_code == 2 and "rules.json: is the --rules file; write the results to another file" in output.output
    )
    assert (tmp_path / "rules.json").read_text(encoding="utf-8") == _rules_file(tmp_path / "copy.json").read_text()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["clusters.jsonl", "copy.json", "rules.json"]


def test_cli_batch_rules_with_a_directory_of_compressed_clusters_compares_them(tmp_path: Path) -> None:
    # The check for the rules file among the inputs looked for .jsonl files alone, and called a directory of
    # .jsonl.gz ones empty, though the batch reads them.
    folder = tmp_path / "clusters"
    folder.mkdir()
    (folder / "c1.jsonl.gz").write_bytes(gzip.compress(json.dumps({"id": "c1", "articles": PODCAST}).encode() + b"\n"))
    rules = _rules_file(tmp_path / "rules.json")
    _assert_batched_with_the_rules(folder, rules, tmp_path, workers=1)


def _assert_batched_with_the_rules(source: Path, rules: Path, tmp_path: Path, *, workers: int) -> None:
    """Batch ``source`` (PODCAST's one cluster) with the ``rules`` file, and check it was cleaned as compare does."""
    out = tmp_path / "out.jsonl"
    command = ["batch", str(source), "-o", str(out), "--workers", str(workers), "--rules", str(rules)]
    result = CliRunner().invoke(main, command)
    assert result.exit_code == 0, result.output
    [record] = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert record["result"] == newsdiff.compare(PODCAST, extra_rules=[PODCAST_RULE]).to_dict()


def test_cli_batch_refuses_a_compressed_input_given_as_rules_saying_it_is_clusters(tmp_path: Path) -> None:
    folder = tmp_path / "clusters"
    folder.mkdir()
    clusters = folder / "c1.jsonl.gz"
    clusters.write_bytes(gzip.compress(json.dumps({"id": "c1", "articles": PODCAST}).encode() + b"\n"))
    out = tmp_path / "out.jsonl"

    result = CliRunner().invoke(main, ["batch", str(folder), "-o", str(out), "--rules", str(clusters)])

    assert result.exit_code == 2
    assert f"{clusters}: is an input of clusters, given as --rules too; give --rules the noise rules" in result.output
    assert not out.exists()


def test_cli_batch_refuses_its_only_input_given_as_rules_saying_it_is_clusters_not_rules(tmp_path: Path) -> None:
    source = _write_jsonl(tmp_path / "clusters.jsonl", [{"id": "c1", "articles": PODCAST}])

    result = CliRunner().invoke(main, ["batch", str(source), "-o", str(tmp_path / "out.jsonl"), "--rules", str(source)])

    assert result.exit_code == 2
    assert "is an input of clusters, given as --rules too" in result.output
    assert "is the --rules file, not clusters" not in result.output


def test_a_rules_file_given_as_the_clusters_is_refused_saying_to_give_it_as_rules(tmp_path: Path) -> None:
    rules = _rules_file(tmp_path / "rules.json")
    with pytest.raises(newsdiff.InputError, match=r"rules\.json: is noise rules, not clusters to compare; give it as"):
        batch_file(rules, tmp_path / "out.jsonl", workers=1)


@pytest.fixture
def a_thread_running() -> Iterator[None]:
    """Another thread runs in this process meanwhile, as a notebook's, a Dask client's or a logging handler's does."""
    stop = threading.Event()
    thread = threading.Thread(target=stop.wait, name="another thread", daemon=True)
    thread.start()
    yield
    stop.set()
    thread.join()


def test_workers_start_afresh_rather_than_fork_a_process_that_runs_another_thread(a_thread_running: None) -> None:
    # A fork copies only the thread forking: a lock another thread holds stays held in the worker, which may hang;
    # Python 3.12 warns of it (DeprecationWarning), and the workers were forked all the same.
    if (multiprocessing.get_start_method(allow_none=True) or multiprocessing.get_all_start_methods()[0]) != "fork":
        pytest.skip("this Python does not fork its workers")
    batch_module = sys.modules["newsdiff.batch"]
    context = batch_module._start_method(batch_module.DEFAULT_SETTINGS)
    assert context is not None and context.get_start_method() == "spawn"

    records = list(newsdiff.batch([{"id": "c1", "articles": PODCAST}], workers=2, extra_rules=[PODCAST_RULE]))

    assert records[0]["result"] == newsdiff.compare(PODCAST, extra_rules=[PODCAST_RULE]).to_dict()


def test_threads_a_native_library_started_outside_python_do_not_stop_the_workers_forking() -> None:
    # NLTK loads NumPy, whose OpenBLAS starts native threads on import: counting them made every batch in a process
    # that had compared once spawn its workers, five times slower to start in the batch benchmark.
    if (multiprocessing.get_start_method(allow_none=True) or multiprocessing.get_all_start_methods()[0]) != "fork":
        pytest.skip("this Python does not fork its workers")
    pytest.importorskip("numpy")
    script = (
        "import os, threading, numpy, newsdiff\n"
        "from newsdiff.batch import DEFAULT_SETTINGS, _start_method\n"
        "print(len(os.listdir('/proc/self/task')), threading.active_count(), _start_method(DEFAULT_SETTINGS))\n"
    )
    env = {key: value for key, value in os.environ.items() if not key.endswith("_NUM_THREADS")}
    env["OPENBLAS_NUM_THREADS"] = "2"
    run = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env, check=True)
    native, python, context = run.stdout.split()
    if int(native) < 2:
        pytest.skip("this NumPy started no native thread")
    assert (python, context) == ("1", "None")


def test_the_progress_bar_starts_no_thread_of_its_own(tmp_path: Path) -> None:
    # tqdm's monitor thread made every batch with a bar a process that forks its workers with a thread running.
    source = _write_jsonl(tmp_path / "clusters.jsonl", _clusters())
    before = threading.active_count()
    bar = sys.modules["newsdiff.batch"]._progress_bar([source], True)
    try:
        assert threading.active_count() == before
    finally:
        bar.close()


def test_batch_file_refuses_a_read_only_results_file_and_leaves_it_as_it_was(tmp_path: Path) -> None:
    # The CLI refused it up front, but batch_file in Python, run as root as a container often is, appended its
    # results to a file its owner had made read-only.
    source = _write_jsonl(tmp_path / "clusters.jsonl", [{"id": "c1", "articles": HARVEST}])
    out = tmp_path / "out.jsonl"
    out.write_text("", encoding="utf-8")
    out.chmod(0o444)

    with pytest.raises(PermissionError, match="read-only"):
        batch_file(source, out, workers=1)

    assert out.read_bytes() == b""


def test_an_article_given_as_the_clusters_is_refused_naming_the_file_and_what_a_batch_input_is(tmp_path: Path) -> None:
    # Each text line of the article became an error record, and the batch ended with exit status 0.
    source = tmp_path / "article.txt"
    source.write_text(
        "Harbour strike ends\n\nDock workers in Port Elm voted to end their strike.\nMara Quill called it fair.\n",
        encoding="utf-8",
    )
    out = tmp_path / "out.jsonl"
    with pytest.raises(
        newsdiff.InputError, match=r"article\.txt: is not JSON lines \(it starts 'Harbour strike ends'\)"
    ):
        batch_file(source, out, workers=1)
    assert not out.exists()

    result = CliRunner().invoke(main, ["batch", str(source), "-o", str(out)])
    assert result.exit_code == 2, result.output
    assert "article.txt: is not JSON lines" in result.stderr and "newsdiff compare" in result.stderr
    assert not out.exists()


def test_an_article_piped_in_as_the_clusters_is_refused_too(tmp_path: Path) -> None:
    piped = b"\n\nDock workers in Port Elm voted to end their strike.\nMara Quill called it fair.\n"
    result = CliRunner().invoke(main, ["batch", "-", "-o", str(tmp_path / "out.jsonl"), "--workers", "1"], input=piped)
    assert result.exit_code == 2, result.output
    assert "standard input: is not JSON lines" in result.stderr
    assert not (tmp_path / "out.jsonl").exists()


def test_clusters_with_one_line_that_is_not_json_are_all_compared_and_that_line_recorded(tmp_path: Path) -> None:
    # Only an input that does not start as JSON lines is refused: a bad line later on is its cluster's error.
    source = tmp_path / "clusters.jsonl"
    lines = [json.dumps({"id": "talks", "articles": TALKS}), "Mara Quill called it fair.", json.dumps(_clusters()[2])]
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    summary = batch_file(source, tmp_path / "out.jsonl", workers=1)
    assert (summary.written, summary.failed) == (2, 1)
    records = [json.loads(line) for line in (tmp_path / "out.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [("error" in r) for r in records] == [False, True, False]
    assert "Mara Quill" in records[1]["error"]


def test_a_json_array_of_clusters_is_refused_saying_how_to_make_json_lines(tmp_path: Path) -> None:
    source = tmp_path / "clusters.json"
    source.write_text(json.dumps(_clusters(), indent=2), encoding="utf-8")
    with pytest.raises(newsdiff.InputError, match=r"clusters\.json: is a JSON array, not JSON lines.*jq -c"):
        batch_file(source, tmp_path / "out.jsonl", workers=1)


def test_one_cluster_spread_over_lines_is_refused_saying_to_write_it_on_one(tmp_path: Path) -> None:
    source = tmp_path / "cluster.jsonl"
    source.write_text(json.dumps({"id": "talks", "articles": TALKS}, indent=2), encoding="utf-8")
    with pytest.raises(newsdiff.InputError, match=r"cluster\.jsonl: holds a JSON object spread over several lines"):
        batch_file(source, tmp_path / "out.jsonl", workers=1)


@pytest.mark.parametrize("content", ["", "\n  \n\n"])
def test_an_input_without_clusters_writes_nothing_and_says_so(content: str, tmp_path: Path) -> None:
    source = tmp_path / "clusters.jsonl"
    source.write_text(content, encoding="utf-8")
    result = CliRunner().invoke(main, ["batch", str(source), "-o", str(tmp_path / "out.jsonl"), "--workers", "1"])
    assert result.exit_code == 0, result.output
    assert "0 compared, 0 failed" in result.stderr
    assert (tmp_path / "out.jsonl").read_bytes() == b""


def test_a_gzip_compressed_file_of_clusters_is_read_as_it_is(tmp_path: Path) -> None:
    import gzip

    plain = _write_jsonl(tmp_path / "clusters.jsonl", _clusters())
    packed = tmp_path / "packed" / "clusters.jsonl.gz"
    packed.parent.mkdir()
    packed.write_bytes(gzip.compress(plain.read_bytes()))
    batch_file(plain, tmp_path / "plain.jsonl", workers=1)
    summary = batch_file(packed, tmp_path / "packed.jsonl", workers=1)
    assert (summary.written, summary.failed) == (2, 1)
    assert (tmp_path / "packed.jsonl").read_bytes() == (tmp_path / "plain.jsonl").read_bytes()
    # A directory's compressed JSONL files are among its inputs too.
    batch_file(packed.parent, tmp_path / "folder.jsonl", workers=1)
    assert (tmp_path / "folder.jsonl").read_bytes() == (tmp_path / "plain.jsonl").read_bytes()


def test_a_gzip_file_cut_short_is_refused_naming_it_after_the_clusters_it_held(tmp_path: Path) -> None:
    import gzip

    plain = _write_jsonl(tmp_path / "clusters.jsonl", _clusters())
    packed = tmp_path / "clusters.jsonl.gz"
    whole = gzip.compress(plain.read_bytes())
    packed.write_bytes(whole[: len(whole) - 12])
    with pytest.raises(
        newsdiff.InputError, match=r"clusters\.jsonl\.gz: cannot be read \(.*\): its gzip stream is cut"
    ):
        batch_file(packed, tmp_path / "out.jsonl", workers=1)


def test_compressed_clusters_piped_in_are_refused_saying_to_decompress_them(tmp_path: Path) -> None:
    import gzip

    piped = gzip.compress(json.dumps({"id": "talks", "articles": TALKS}).encode("utf-8") + b"\n")
    result = CliRunner().invoke(main, ["batch", "-", "-o", str(tmp_path / "out.jsonl"), "--workers", "1"], input=piped)
    assert result.exit_code == 2, result.output
    assert "standard input: is gzip-compressed" in result.stderr and "zcat" in result.stderr


def test_a_script_without_a_main_guard_is_told_to_add_one_where_workers_come_from_a_fork_server(
    tmp_path: Path,
) -> None:
    # Python 3.14's default on Linux. A fork server's child ends with status 1 whatever the SystemExit it raised,
    # so the worker's mark of having run the script again was lost, and every cluster was recorded as a worker
    # that "stopped abruptly (out of memory, or a crash)".
    if "forkserver" not in multiprocessing.get_all_start_methods():
        pytest.skip("no fork server here")
    script = tmp_path / "nightly.py"
    start = "import multiprocessing\nmultiprocessing.set_start_method('forkserver', force=True)\n"
    body = _UNGUARDED_SCRIPT.replace('engine="embeddings", ', "")
    script.write_text(f"{start}ARTICLES = {TALKS!r}\n{body}", encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(Path(newsdiff.__file__).parents[1])}
    run = subprocess.run([sys.executable, str(script)], env=env, capture_output=True, text=True, timeout=300)

    assert run.returncode == 1 and run.stdout == "", (run.stdout, run.stderr)
    last = run.stderr.strip().splitlines()[-1]
    assert last.startswith("newsdiff.errors.MainGuardError: ") and "nightly.py" in last


def _with_overlong_line(path: Path) -> Path:
    """Clusters whose second line (and fourth, which gives no id) is some 6,000 bytes long, after a blank line."""
    bulky = {"id": "bulky", "articles": [{"text": "The ministers met in Reykjavik. " * 100}, TALKS[1]]}
    nameless = {"articles": [{"text": "Farmers expect a poor harvest. " * 200}, HARVEST[1]]}
    lines = [json.dumps({"id": "talks", "articles": TALKS}), "", json.dumps(bulky), json.dumps(_clusters()[2])]
    path.write_text("\n".join([*lines, json.dumps(nameless)]) + "\n", encoding="utf-8")
    return path


def test_a_line_over_the_limit_is_its_clusters_error_naming_line_and_size_and_the_batch_goes_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A 1 GB line was read whole, with no limit: here the limit is made small instead.
    monkeypatch.setenv("NEWSDIFF_MAX_LINE_BYTES", "2000")
    source = _with_overlong_line(tmp_path / "clusters.jsonl")
    sizes = [len(line.encode("utf-8")) for line in source.read_text(encoding="utf-8").split("\n")]
    out = tmp_path / "out.jsonl"
    summary = batch_file(source, out, workers=2)
    assert (summary.written, summary.failed) == (2, 2)
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [r["cluster"] for r in records][:3] == ["talks", "bulky", "harvest"]
    assert records[1]["error"] == (
        f"cluster bulky: line 3 of {source} is {sizes[2]:,} bytes, more than a cluster line may be (2,000 bytes); "
        "split the cluster, or raise the limit (--max-line-bytes BYTES; max_line_bytes= in Python), then run the "
        "batch again with --retry-failed (retry_failed=True) to compare it"
    )
    assert records[3]["cluster"].startswith("unnamed-")
    assert f"line 5 of {source} is {sizes[4]:,} bytes" in records[3]["error"]
    assert 'the line that starts \'{"articles": [{"text": "Farmers expect' in records[3]["error"]
    # A rerun knows both by their ids, and compares nothing again.
    again = batch_file(source, out, workers=1)
    assert (again.written, again.failed, again.skipped) == (0, 0, 4)


def test_a_line_over_the_limit_is_compared_by_a_retry_with_a_higher_limit_as_its_error_says(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Raising the limit alone compared nothing: the cluster's error record counts as done, and the error did not say
    # that a retry is what compares it again.
    monkeypatch.setenv("NEWSDIFF_MAX_LINE_BYTES", "2000")
    source = _with_overlong_line(tmp_path / "clusters.jsonl")
    out = tmp_path / "out.jsonl"
    batch_file(source, out, workers=1)
    assert "run the batch again with --retry-failed" in json.loads(out.read_text("utf-8").splitlines()[1])["error"]
    batch_file(source, out, workers=1, max_line_bytes=20_000, retry_failed=True)
    bulky = [json.loads(line) for line in out.read_text("utf-8").splitlines() if '"cluster":"bulky"' in line]
    assert len(bulky) == 1 and "result" in bulky[0]


def test_a_line_without_an_id_over_the_limit_is_named_as_when_read_whole_so_a_retry_replaces_its_error(
    tmp_path: Path,
) -> None:
    # Its hash took in the line's newline, which the same line read whole is named without: a retry with the limit
    # raised compared it, and left its error record beside the result under another name.
    source = _with_overlong_line(tmp_path / "clusters.jsonl")
    out = tmp_path / "out.jsonl"
    batch_file(source, out, workers=1, max_line_bytes=2000)
    retried = batch_file(source, out, workers=1, max_line_bytes=20_000, retry_failed=True)
    records = [json.loads(line) for line in out.read_text("utf-8").splitlines()]
    assert retried.retried == 2
    assert len(records) == 4 and all("result" in record for record in records)


@pytest.mark.parametrize(
    "line",
    [
        b'{"articles": [{"text": "Harbour works at Veln began. ' + b"\xc3\xa9t\xc3\xa9 " * 300 + b'"}]}\n',
        b'\xef\xbb\xbf  \t{"articles": [{"text": "' + b"Dry spell. " * 300 + b'"}]}  \r\n',
        b'{"articles": ["' + b"\xe2\x80\x94 \xff" * 500 + b'"]}\xc2\xa0 \n',
        b'   {"articles": "' + b"x " * 2000 + b'"}   ',
    ],
    ids=["multibyte", "bom-spaces-crlf", "undecodable-and-nbsp", "no-newline"],
)
def test_an_over_long_lines_name_is_the_one_it_has_when_read_whole(tmp_path: Path, line: bytes) -> None:
    source = tmp_path / "clusters.jsonl"
    source.write_bytes(line)
    whole = list(read_lines([source], limit=len(line)))
    for limit in (1, 2, 999, 1000, 1001):  # pieces cut inside a character, and inside the white space
        passed_over = list(read_lines([source], limit=limit))
        assert [cluster_id(passed) for passed in passed_over] == [cluster_id(read) for read in whole]


def test_a_line_over_the_limit_is_passed_over_without_being_held(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import tracemalloc

    from newsdiff.batch import read_lines

    monkeypatch.setenv("NEWSDIFF_MAX_LINE_BYTES", "1000")
    source = tmp_path / "clusters.jsonl"
    line = json.dumps({"id": "huge", "articles": [{"text": "It rained in Port Elm. " * 400_000}]})
    source.write_text(line + "\n" + json.dumps({"id": "talks", "articles": TALKS}) + "\n", encoding="utf-8")
    tracemalloc.start()
    try:
        lines = list(read_lines([source]))
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert len(lines) == 2 and cluster_id(lines[0]) == "huge" and cluster_id(lines[1]) == "talks"
    assert peak < len(line) // 2  # a few megabyte-long pieces of the line at most, not the line (9 MB)


def test_a_line_limit_that_is_not_a_number_of_bytes_is_refused_before_anything_is_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NEWSDIFF_MAX_LINE_BYTES", "lots")
    source = _write_jsonl(tmp_path / "clusters.jsonl", _clusters())
    with pytest.raises(newsdiff.InputError, match=r"NEWSDIFF_MAX_LINE_BYTES='lots': give a whole number of bytes"):
        batch_file(source, tmp_path / "out.jsonl", workers=1)
    assert not (tmp_path / "out.jsonl").exists()


def test_the_longest_line_is_a_setting_of_the_batch_which_outweighs_the_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # It could be set only by NEWSDIFF_MAX_LINE_BYTES, a process-wide setting that one batch could not change.
    monkeypatch.setenv("NEWSDIFF_MAX_LINE_BYTES", "1")
    source = _with_overlong_line(tmp_path / "clusters.jsonl")
    summary = batch_file(source, tmp_path / "out.jsonl", workers=1, max_line_bytes=2000)
    assert (summary.written, summary.failed) == (2, 2)
    records = [json.loads(line) for line in (tmp_path / "out.jsonl").read_text(encoding="utf-8").splitlines()]
    assert "more than a cluster line may be (2,000 bytes)" in records[1]["error"]
    assert [("result" in r) for r in records] == [True, False, True, False]


def test_the_cli_sets_the_longest_line_with_max_line_bytes(tmp_path: Path) -> None:
    source = _with_overlong_line(tmp_path / "clusters.jsonl")
    out = tmp_path / "out.jsonl"
    done = CliRunner().invoke(
        main, ["batch", str(source), "-o", str(out), "--workers", "1", "--max-line-bytes", "2000"]
    )
    assert done.exit_code == 3, done.output
    assert "2 compared, 2 failed" in done.stderr
    assert "(2,000 bytes)" in out.read_text(encoding="utf-8").splitlines()[1]
    piped = CliRunner().invoke(
        main, ["batch", "-", "-o", "-", "--workers", "1", "--max-line-bytes", "2000"], input=source.read_bytes()
    )
    assert piped.exit_code == 3, piped.output
    assert "line 3 of standard input is" in piped.stdout.splitlines()[1] and "(2,000 bytes)" in piped.stdout
    refused = CliRunner().invoke(main, ["batch", str(source), "-o", str(tmp_path / "x.jsonl"), "--max-line-bytes", "0"])
    assert refused.exit_code == 2 and "--max-line-bytes" in refused.stderr


@pytest.mark.parametrize("limit", [0, -5, True, 2.5, "2000"])
def test_a_longest_line_that_is_not_a_whole_number_of_bytes_is_refused_naming_it_before_anything_is_written(
    tmp_path: Path, limit: object
) -> None:
    source = _write_jsonl(tmp_path / "clusters.jsonl", _clusters())
    message = rf"max_line_bytes must be a whole number of bytes, at least 1 .*, got {re.escape(repr(limit))}"
    with pytest.raises(newsdiff.InputError, match=message):
        batch_file(source, tmp_path / "out.jsonl", workers=1, max_line_bytes=limit)  # type: ignore[arg-type]
    assert not (tmp_path / "out.jsonl").exists()
    with pytest.raises(newsdiff.InputError, match=message):
        batch_stream(source, io.BytesIO(), workers=1, max_line_bytes=limit)  # type: ignore[arg-type]


def test_batch_over_an_open_article_is_refused_naming_the_file_and_what_a_batch_takes(tmp_path: Path) -> None:
    # Each line of the article became an "invalid JSON" error record, as though the batch had run.
    article = tmp_path / "harbour.txt"
    article.write_text("\nThe ministers met in Reykjavik on Wednesday.\nThey discussed Arctic shipping.\n", "utf-8")
    for mode in ("r", "rb"):
        with open(article, mode) as given, pytest.raises(newsdiff.InputError) as refused:
            list(newsdiff.batch(given, workers=1))
        told = str(refused.value)
        assert told.startswith(f"{article}, line 2: is not JSON lines (it starts 'The ministers met")
        assert "one cluster on each line" in told and "newsdiff compare" in told


def test_batch_over_texts_instead_of_clusters_is_refused_naming_the_first() -> None:
    texts = [article["text"] for article in TALKS]
    with pytest.raises(newsdiff.InputError, match=r"^batch\(\) item 1: is not JSON lines \(it starts 'The ministers"):
        list(newsdiff.batch(texts, workers=1))


@pytest.mark.parametrize(
    ("given", "message"),
    [
        (
            [newsdiff.Article(TALKS[0]["text"]), newsdiff.Article(TALKS[1]["text"])],
            r"batch\(\) item 1: is an Article, not a cluster; a batch takes clusters, each \{\"id\": \.\.\., "
            r"\"articles\": \[\.\.\.\]\}.*put the articles of one event in a cluster's 'articles', or compare them",
        ),
        ([{"id": "talks", "articles": TALKS}, ["a", "b"]], r"batch\(\) item 2: is list, not a cluster; a batch takes"),
        (
            [newsdiff.compare([TALKS[0]["text"], TALKS[1]["text"]])],
            r"batch\(\) item 1: is a Comparison, a result already compared, not a cluster.*newsdiff\.summarize",
        ),
    ],
)
def test_batch_of_what_is_not_a_cluster_is_refused_naming_it_and_what_a_batch_takes(given: list, message: str) -> None:
    # An Article or a Comparison was "cluster Article: cannot be written as JSON ... give ... an Article".
    with pytest.raises(newsdiff.InputError, match=message):
        list(newsdiff.batch(given, workers=1))


@pytest.mark.parametrize("given", [None, 7])
def test_batch_of_something_not_iterable_is_a_type_error_saying_what_it_takes(given: object) -> None:
    with pytest.raises(TypeError, match=rf"batch\(\) takes an iterable of clusters .*, not {type(given).__name__}"):
        newsdiff.batch(given, workers=1)  # type: ignore[arg-type]


def test_batch_over_a_file_opened_in_binary_mode_gives_what_batch_file_gives(tmp_path: Path) -> None:
    source = _write_jsonl(tmp_path / "clusters.jsonl", _clusters())
    batch_file(source, tmp_path / "out.jsonl", workers=1)
    expected = [json.loads(line) for line in (tmp_path / "out.jsonl").read_text(encoding="utf-8").splitlines()]
    with open(source, "rb") as clusters:
        assert list(newsdiff.batch(clusters, workers=1)) == expected


def test_an_article_record_given_as_a_cluster_is_an_error_record_saying_so() -> None:
    [record] = newsdiff.batch([TALKS[0]], workers=1)
    assert "is an article record (it has 'text'), not a cluster" in record["error"]
    assert '{"id": ..., "articles": [article records]}' in record["error"]


@pytest.mark.parametrize("options", [{}, {"resume": False}, {"retry_failed": True}])
def test_a_gzip_compressed_output_is_refused_saying_to_decompress_it_and_kept(
    tmp_path: Path, options: dict[str, bool]
) -> None:
    # Resumed, its compressed bytes were "line 1: is not a batch output record; ... remove the line".
    import gzip

    source = _write_jsonl(tmp_path / "clusters.jsonl", _clusters())
    batch_file(source, tmp_path / "results.jsonl", workers=1)
    packed = tmp_path / "results.jsonl.gz"
    packed.write_bytes(gzip.compress((tmp_path / "results.jsonl").read_bytes()))
    before = packed.read_bytes()
    message = rf"results\.jsonl\.gz: is gzip-compressed.*gunzip -k {re.escape(str(packed))}\) and give .*results\.jsonl"
    with pytest.raises(newsdiff.InputError, match=message):
        batch_file(source, packed, workers=1, **options)
    assert packed.read_bytes() == before


def test_cli_batch_warns_that_an_output_named_gz_is_written_as_plain_json_lines(tmp_path: Path) -> None:
    source = _write_jsonl(tmp_path / "clusters.jsonl", _clusters())
    out = tmp_path / "results.jsonl.gz"
    done = CliRunner().invoke(main, ["batch", str(source), "-o", str(out), "--workers", "1"])
    assert done.exit_code == 3, done.output
    assert f"warning: {out}: a batch writes plain JSON lines, not gzip" in done.stderr
    assert out.read_bytes().startswith(b'{"cluster":"talks"')
    plain = CliRunner().invoke(main, ["batch", str(source), "-o", str(tmp_path / "results.jsonl"), "--workers", "1"])
    assert plain.exit_code == 3 and "warning" not in plain.stderr


class _ClosedDescriptor(io.StringIO):
    """Standard error as `2>&-` leaves it to a command: there, but every write fails."""

    def write(self, text: str) -> int:
        raise OSError(9, "Bad file descriptor")


@pytest.mark.parametrize("stderr", [_ClosedDescriptor(), None], ids=["closed", "none"])
def test_a_progress_bar_that_cannot_be_drawn_leaves_the_batch_and_other_bars_alone(
    stderr: io.StringIO | None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # `newsdiff batch --progress 2>&-` stopped with status 1 before writing a cluster: the bar's first write raised
    # (OSError, or AttributeError with sys.stderr None), and tqdm kept the lock every bar shares, so that a bar in
    # another thread then waited for ever.
    from tqdm import tqdm

    source = _write_jsonl(tmp_path / "clusters.jsonl", _clusters())
    batch_file(source, tmp_path / "quiet.jsonl", workers=1)
    monkeypatch.setattr(sys, "stderr", stderr)
    summary = batch_file(source, tmp_path / "shown.jsonl", workers=1, progress=True)
    assert (summary.written, summary.failed) == (2, 1)
    assert (tmp_path / "shown.jsonl").read_bytes() == (tmp_path / "quiet.jsonl").read_bytes()
    elsewhere = threading.Thread(target=lambda: list(tqdm(range(2), file=io.StringIO(), delay=0)), daemon=True)
    elsewhere.start()
    elsewhere.join(timeout=30)
    assert not elsewhere.is_alive()


def _bars_closed(monkeypatch: pytest.MonkeyPatch) -> list[dict[str, Any]]:
    """What every progress bar closed from now on showed last (its counts, total and the rest of tqdm's format_dict),
    with standard error a buffer to draw them on."""
    from tqdm import tqdm

    closed: list[dict[str, Any]] = []
    close = tqdm.close

    def closing(bar: Any) -> None:
        if not bar.disable:
            closed.append(dict(bar.format_dict))
        close(bar)

    monkeypatch.setattr(tqdm, "close", closing)
    monkeypatch.setattr(sys, "stderr", io.StringIO())
    return closed


def test_a_resumed_batch_s_progress_bar_counts_clusters_done_before_in_its_total_but_not_in_its_rate(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A resumed batch of 10,000 clusters with 9,000 done showed them as compared in its first seconds: a rate ten
    # times too high and a time left ten times too short.
    from tqdm import tqdm

    source = _write_jsonl(tmp_path / "clusters.jsonl", _clusters())
    out = tmp_path / "out.jsonl"
    batch_file(source, out, workers=1)
    out.write_text("".join(out.read_text(encoding="utf-8").splitlines(keepends=True)[:2]), encoding="utf-8")
    closed = _bars_closed(monkeypatch)
    summary = batch_file(source, out, workers=1, progress=True)
    assert (summary.written + summary.failed, summary.skipped) == (1, 2)
    (shown,) = closed
    assert (shown["n"], shown["initial"], shown["total"]) == (3, 2, 3)
    # The rate tqdm shows from the counts: one cluster compared in half a second, not three.
    assert "2.00cluster/s" in tqdm.format_meter(**{**shown, "elapsed": 0.5, "rate": None})


#: A rule that matches beside "Read more" and removes nothing there, which warns where it matches.
EMPTY_MATCH = NoiseRule("promo", "(?=Read more)", "inline")
BRIDGE = [
    {"id": "gazette", "text": "The old bridge reopened on Monday. Read more about the bridge."},
    {"id": "courier", "text": "The old bridge reopened on Monday after two years of repairs."},
]


def _warned(clusters: list[dict], **options: Any) -> list[tuple[type[Warning], str, str, int]]:
    """The warnings a batch of ``clusters`` raises in this process, under Python's default filters."""
    import warnings

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("default")
        records = list(newsdiff.batch(clusters, extra_rules=[EMPTY_MATCH], **options))
    assert all("result" in record for record in records)
    return [(w.category, str(w.message), w.filename, w.lineno) for w in caught]


@pytest.mark.parametrize("method", [m for m in ("spawn", "fork") if m in multiprocessing.get_all_start_methods()])
def test_a_warning_raised_in_worker_processes_reaches_the_caller_once_as_from_this_process(
    method: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Workers started afresh (as the embeddings engine's are) printed it in Python's format with our source's path,
    # blind to the caller's filters, once per worker; forked ones, once per worker too.
    batch_module = sys.modules["newsdiff.batch"]
    clusters = [{"id": f"bridge-{n}", "articles": BRIDGE} for n in range(6)]
    in_this_process = _warned(clusters, workers=1)
    assert len(in_this_process) == 1 and "'(?=Read more)'" in in_this_process[0][1]
    monkeypatch.setattr(batch_module, "_start_method", lambda settings: multiprocessing.get_context(method))
    assert _warned(clusters, workers=2) == in_this_process


@pytest.mark.parametrize("options", [{"workers": 1}, {"workers": 1, "isolate": True}, {"workers": 2}])
def test_each_warning_a_cluster_raises_reaches_the_caller_once_whichever_process_compares_it(options: dict) -> None:
    # Under "always" every warning raised is shown: one per cluster here, neither lost nor told twice (once where
    # it was raised, and once more as carried back).
    import warnings

    clusters = [{"id": f"bridge-{n}", "articles": BRIDGE} for n in range(3)]
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        records = list(newsdiff.batch(clusters, extra_rules=[EMPTY_MATCH], **options))
    assert [record["cluster"] for record in records] == ["bridge-0", "bridge-1", "bridge-2"]
    assert len([w for w in caught if "'(?=Read more)'" in str(w.message)]) == 3


def test_cli_batch_tells_a_warning_its_workers_raise_once_on_one_line(tmp_path: Path) -> None:
    source = _write_jsonl(tmp_path / "clusters.jsonl", [{"id": f"bridge-{n}", "articles": BRIDGE} for n in range(6)])
    rules = tmp_path / "rules.json"
    rules.write_text(json.dumps({"rules": [{"reason": "promo", "pattern": "(?=Read more)", "scope": "inline"}]}))
    command = [sys.executable, "-m", "newsdiff", "batch", str(source), "-o", str(tmp_path / "out.jsonl")]
    env = {**os.environ, "PYTHONPATH": str(Path(newsdiff.__file__).parents[1])}
    run = subprocess.run(
        [*command, "--workers", "2", "--rules", str(rules)], capture_output=True, text=True, env=env, check=True
    )
    told = [line for line in run.stderr.splitlines() if "'(?=Read more)'" in line]
    assert len(told) == 1 and told[0].startswith("newsdiff: warning: noise rule 'promo'")
    assert "UserWarning" not in run.stderr and "6 compared" in run.stderr


def test_a_line_that_is_not_json_in_a_large_input_is_named_by_its_line_and_the_others_are_compared(
    tmp_path: Path,
) -> None:
    # Its error record named it by a hash and its first characters alone: in a file of thousands of clusters, a
    # line that starts '{"id": "c5", "articles": [{"text": "brok…' is hard to find.
    lines = [json.dumps({"id": f"c{n}", "articles": HARVEST}) for n in range(4)]
    lines[2:2] = ["", '{"id": "c5", "articles": [{"text": "broken]}', "not json at all"]
    source = tmp_path / "clusters.jsonl"
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    summary = batch_file(source, out, workers=2)
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert (summary.written, summary.failed) == (4, 2)
    assert f"(line 4 of {source}, which starts " in records[2]["error"]
    assert "invalid JSON (Unterminated string starting at column 36)" in records[2]["error"]
    assert f"(line 5 of {source}, which starts 'not json at all'): invalid JSON" in records[3]["error"]
    piped = subprocess.run(
        [sys.executable, "-m", "newsdiff", "batch", "-", "-o", "-", "--workers", "1"],
        input=source.read_bytes(),
        capture_output=True,
        env={**os.environ, "PYTHONPATH": str(Path(newsdiff.__file__).parents[1])},
        check=False,
    )
    assert piped.returncode == 3, piped.stderr  # some clusters failed
    assert b"(line 5 of standard input, which starts 'not json at all')" in piped.stdout
    with source.open(encoding="utf-8") as handle:
        given = list(newsdiff.batch(handle, workers=1))
    assert f"(line 5 of {source}, which starts 'not json at all')" in given[3]["error"]
    given = list(newsdiff.batch(lines, workers=1))
    assert "(item 5 given to batch(), which starts 'not json at all')" in given[3]["error"]


def test_the_dask_backend_without_dask_names_the_extra_and_why_dask_cannot_be_imported(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Dask installed but broken (a dependency missing) was told only to install Dask, which it had.
    from newsdiff.distributed import batch_dask

    source = _write_jsonl(tmp_path / "clusters.jsonl", _clusters())
    monkeypatch.setitem(sys.modules, "distributed", None)  # import distributed raises ImportError, as if broken
    with pytest.raises(newsdiff.InputError, match=r"needs Dask, which cannot be imported here \(.*distributed.*\)"):
        batch_dask(source, tmp_path / "parts")
    result = CliRunner().invoke(main, ["batch", str(source), "-o", str(tmp_path / "parts"), "--backend", "dask"])
    assert result.exit_code == 2 and "pip install 'newsdiff[dask]'" in result.stderr
    assert not (tmp_path / "parts").exists()


def test_standard_input_that_cannot_be_read_as_bytes_is_named_as_the_cli_names_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The messages began "-: standard input ...", where the CLI says "standard input: ..." in a file name's place;
    # a batch reading its clusters from such a standard input failed with an AttributeError.
    from newsdiff.batch import read_standard_input

    monkeypatch.setattr(sys, "stdin", io.StringIO('{"id": "a", "articles": []}\n'))  # text only, as some hosts give
    with pytest.raises(newsdiff.InputError) as refused:
        newsdiff.summarize("-")
    assert str(refused.value) == "standard input: cannot be read as bytes here; give the results as a file"
    with pytest.raises(newsdiff.InputError) as refused:
        read_result("-", "a")
    assert str(refused.value) == "standard input: cannot be read as bytes here; give the results as a file"
    with pytest.raises(newsdiff.InputError) as refused:
        read_standard_input()
    assert str(refused.value) == "standard input: cannot be read as bytes here; give the file instead"
    with pytest.raises(newsdiff.InputError) as refused:
        batch_file("-", tmp_path / "out.jsonl", workers=1)
    assert str(refused.value) == "standard input: cannot be read as bytes here; give the clusters as a file"
    assert not (tmp_path / "out.jsonl").exists()


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_a_path_that_is_neither_a_regular_file_nor_a_directory_is_named_for_what_it_is(tmp_path: Path) -> None:
    # A named pipe (or a device, such as /dev/null) was "no such file, directory or matching files": it exists.
    pipe = tmp_path / "results.jsonl"
    os.mkfifo(pipe)
    told = (
        f"{pipe}: not a regular file or a directory (a pipe, a device or a socket); give a file, a directory of them"
        " or a glob, or - to read what is piped into standard input"
    )
    for command in (["summary", str(pipe)], ["report", str(pipe)], ["batch", str(pipe), "-o", str(tmp_path / "o")]):
        result = CliRunner().invoke(main, command)
        assert result.exit_code == 2 and result.output == f"newsdiff: error: {told}\n", command
    with pytest.raises(newsdiff.InputError) as refused:
        input_parts(pipe)
    assert str(refused.value) == told
    assert not (tmp_path / "o").exists()


def test_a_batch_result_that_cannot_be_read_back_asks_for_a_batchs_output(tmp_path: Path) -> None:
    # read_result refused with from_dict's advice, "give what Comparison.to_dict wrote", of a line of a batch's output.
    result = newsdiff.compare(TALKS).to_dict()
    unmarked = {key: value for key, value in result.items() if key != "schema"}
    broken = json.loads(json.dumps(result))
    broken["articles"][0]["sentences"][0]["matches"][0]["sentence"] = 400
    output = _write_jsonl(
        tmp_path / "out.jsonl", [{"cluster": "unmarked", "result": unmarked}, {"cluster": "broken", "result": broken}]
    )
    with pytest.raises(newsdiff.InputError) as refused:
        read_result(output, "unmarked")
    assert str(refused.value) == (
        f"{output}, line 1: not newsdiff's JSON schema 1 (it has no 'schema'); give the output of newsdiff batch"
    )
    with pytest.raises(newsdiff.InputError) as refused:
        read_result(output, "broken")
    told = str(refused.value)
    assert told.startswith(f"{output}, line 2: ") and told.endswith("; give the output of newsdiff batch")
    assert "to_dict" not in told


class _FullDisk:
    """An output file on a disk that fills up after ``room`` lines: each later write raises ENOSPC."""

    def __init__(self, real: Any, room: int) -> None:
        self._real = real
        self._room = room

    def write(self, data: bytes) -> int:
        if self._room == 0:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        self._room -= 1
        return int(self._real.write(data))

    def __getattr__(self, name: str) -> Any:
        return getattr(self._real, name)

    def __enter__(self) -> _FullDisk:
        return self

    def __exit__(self, *exc: object) -> None:
        self._real.close()


def _disk_full_after(monkeypatch: pytest.MonkeyPatch, output: Path, room: int) -> None:
    """Make the batch's writes to ``output`` fail with ENOSPC after ``room`` lines (no real device is filled)."""
    import builtins

    batch_module = sys.modules["newsdiff.batch"]

    def opened(file: Any, mode: str = "r", *args: Any, **kwargs: Any) -> Any:
        real = builtins.open(file, mode, *args, **kwargs)  # noqa: SIM115 (the batch closes it)
        return _FullDisk(real, room) if Path(file) == output and mode in ("ab", "wb") else real

    monkeypatch.setattr(batch_module, "open", opened, raising=False)


@pytest.mark.parametrize(
    ("resume", "again"),
    [(True, "run the same batch again"), (False, "run the batch again without --no-resume (resume=False)")],
)
def test_a_batch_stopped_by_a_full_disk_says_so_and_how_to_resume(
    resume: bool, again: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The error named the full disk but not, as Ctrl-C's does, that the lines written are kept and a rerun resumes.
    source = _write_jsonl(tmp_path / "clusters.jsonl", _clusters())
    whole = tmp_path / "whole.jsonl"
    batch_file(source, whole, workers=1)
    out = tmp_path / "results.jsonl"
    with monkeypatch.context() as patched:
        _disk_full_after(patched, out, room=1)
        with pytest.raises(newsdiff.InputError) as raised:
            batch_file(source, out, workers=1, resume=resume)
    assert str(raised.value) == (
        f"{out}: cannot write (No space left on device); the batch stopped, and {out} keeps every cluster finished: "
        f"make room, then {again} to resume"
    )
    assert out.read_bytes() == whole.read_bytes().splitlines(keepends=True)[0]
    summary = batch_file(source, out, workers=1)
    assert (summary.skipped, summary.written + summary.failed) == (1, 2)
    assert out.read_bytes() == whole.read_bytes()


class _NoProcesses:
    """A process pool on a system that will not start one: at once, or as its first worker is started."""

    def __init__(self, *args: Any, at_once: bool, **kwargs: Any) -> None:
        if at_once:
            raise OSError(errno.EAGAIN, os.strerror(errno.EAGAIN))

    def submit(self, *args: Any, **kwargs: Any) -> Any:
        raise OSError(errno.ENOMEM, os.strerror(errno.ENOMEM))

    def shutdown(self, *args: Any, **kwargs: Any) -> None:
        pass


@pytest.mark.parametrize(("at_once", "why"), [(True, errno.EAGAIN), (False, errno.ENOMEM)], ids=["pool", "worker"])
@pytest.mark.parametrize("workers", [1, 2])
def test_workers_that_cannot_start_are_named_as_such_not_as_an_output_that_cannot_be_written(
    at_once: bool, why: int, workers: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A pool the system would not start was reported as "results.jsonl: cannot write (Resource temporarily
    # unavailable)", sending the user to look at a disk that was fine.
    batch_module = sys.modules["newsdiff.batch"]

    monkeypatch.setattr(batch_module, "ProcessPoolExecutor", lambda *a, **k: _NoProcesses(*a, at_once=at_once, **k))
    source = _write_jsonl(tmp_path / "clusters.jsonl", _clusters())
    out = tmp_path / "results.jsonl"
    with pytest.raises(newsdiff.NewsdiffError) as raised:
        batch_file(source, out, workers=workers, isolate=True)
    assert str(raised.value) == (
        f"cannot start the batch's worker processes ({os.strerror(why)}); give fewer workers (--workers N), free "
        "memory or processes, or compare in this process (workers=1 in Python)"
    )
    assert not isinstance(raised.value, newsdiff.InputError)
    done = CliRunner().invoke(main, ["batch", str(source), "-o", str(tmp_path / "cli.jsonl"), "--workers", "2"])
    assert done.exit_code == 2
    assert "cannot start the batch's worker processes" in done.stderr and "cannot write" not in done.stderr


def test_a_rule_that_cannot_reach_the_workers_is_refused_naming_it_before_anything_is_written(tmp_path: Path) -> None:
    # A noise rule of a class defined in a function cannot be pickled: the batch ended in "AttributeError: Can't
    # pickle local object" from the first cluster's result, after the output and its settings were written.
    class Promo(NoiseRule):
        pass

    source = _write_jsonl(tmp_path / "clusters.jsonl", _clusters())
    out = tmp_path / "results.jsonl"
    rules = [NoiseRule("caption", "Photo: .*"), Promo("promo", "Subscribe now")]
    with pytest.raises(newsdiff.InputError, match=r"^extra_rules, rule 2 \(promo\): cannot be sent to the worker "):
        batch_file(source, out, workers=2, extra_rules=rules)
    assert not out.exists() and not settings_record(out).exists()
    with pytest.raises(newsdiff.InputError, match=r"rule 2 \(promo\): .*define its class at the top level"):
        newsdiff.batch(_clusters(), workers=1, isolate=True, extra_rules=rules)
    assert batch_file(source, out, workers=1, extra_rules=rules).written == 2  # compared here, nothing is sent


def test_a_batch_whose_output_folder_is_removed_while_it_runs_says_so_rather_than_report_results_lost(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Lines went on being written to the open file that no name led to any more, and the batch ended saying
    # "3 compared; results in out/results.jsonl", a file that did not exist.
    import shutil

    batch_module = sys.modules["newsdiff.batch"]
    compare = batch_module.compare
    folder = tmp_path / "out"
    folder.mkdir()
    out = folder / "results.jsonl"
    compared: list[int] = []

    def compare_then_tidy_away(*args: Any, **kwargs: Any) -> Any:
        compared.append(1)
        if len(compared) == 2:
            shutil.rmtree(folder)  # a clean-up job, or a colleague, removing the folder mid-run
        return compare(*args, **kwargs)

    monkeypatch.setattr(batch_module, "compare", compare_then_tidy_away)
    source = _write_jsonl(tmp_path / "clusters.jsonl", [{"id": f"c{n}", "articles": HARVEST} for n in range(6)])
    with pytest.raises(newsdiff.InputError) as raised:
        batch_file(source, out, workers=1)
    assert str(raised.value) == (
        f"{out}: was removed while the batch wrote it (the file, or a folder above it), and the lines written went "
        "with it; run the batch again to compare them into a file that stays"
    )
    assert len(compared) == 2  # stopped at the next cluster, not after comparing every one for nobody


FERRY = [
    {"id": "harbour-news", "text": "The new ferry to Olsby made its first crossing on Monday. It carried 80 cars."},
    {"id": "island-post", "text": "The new ferry to Olsby made its first crossing on Monday. The mayor was aboard."},
]


def test_a_half_written_last_line_is_reported_as_cut_short_and_a_retry_compares_it_once_whole(tmp_path: Path) -> None:
    # A scraper appends to the file while the batch reads it: its last line, half written, was called invalid JSON
    # under a hash of its text, which no later run recognised, so its error record stayed beside the cluster's result.
    lines = [json.dumps({"id": f"ferry-{n}", "articles": FERRY}) + "\n" for n in range(3)]
    source, output = tmp_path / "clusters.jsonl", tmp_path / "results.jsonl"
    source.write_text(lines[0] + lines[1] + lines[2][:60], encoding="utf-8")
    first = batch_file(source, output, workers=1)
    records = [json.loads(line) for line in output.read_text(encoding="utf-8").splitlines()]
    assert (first.written, first.failed) == (2, 1)
    assert records[2]["cluster"] == "ferry-2"
    assert records[2]["error"].startswith(f"cluster ferry-2: line 3 of {source} ends without a newline")
    assert "still being written" in records[2]["error"] and "retry" in records[2]["error"]

    with source.open("a", encoding="utf-8") as scraper:
        scraper.write(lines[2][60:])
    again = batch_file(source, output, workers=1, retry_failed=True)
    assert (again.written, again.failed, again.retried) == (1, 0, 1)
    assert output.read_text(encoding="utf-8").splitlines() == [process_line(line.strip()) for line in lines]


@pytest.mark.parametrize("mode", ["r", "rb"])
def test_a_half_written_last_line_of_an_open_file_given_to_batch_is_reported_as_cut_short(
    tmp_path: Path, mode: str
) -> None:
    # batch_file named it by its id and said it was cut short; batch() over the same file, open in either mode, called
    # it invalid JSON under a hash of its half, which the whole line, read later, is not named by.
    lines = [json.dumps({"id": f"ferry-{n}", "articles": FERRY}) + "\n" for n in range(2)]
    source = tmp_path / "clusters.jsonl"
    source.write_text(lines[0] + lines[1][:60], encoding="utf-8")
    with source.open(mode) as handle:
        records = list(newsdiff.batch(handle, workers=1))
    assert "result" in records[0]
    assert records[1]["cluster"] == "ferry-1"
    assert records[1]["error"].startswith(f"cluster ferry-1: line 2 of {source} ends without a newline")


def test_a_whole_last_line_without_a_newline_given_to_batch_in_a_list_is_compared() -> None:
    records = list(newsdiff.batch([json.dumps({"id": "ferry", "articles": FERRY})], workers=1))
    assert records[0]["cluster"] == "ferry" and "result" in records[0]


def test_a_whole_last_line_without_a_newline_is_compared_as_any_other(tmp_path: Path) -> None:
    source = tmp_path / "clusters.jsonl"
    source.write_text(json.dumps({"id": "ferry", "articles": FERRY}), encoding="utf-8")
    assert [json.loads(line) for line in read_lines([source])] == [{"id": "ferry", "articles": FERRY}]
    assert "result" in json.loads(process_line(next(read_lines([source]))))


def test_a_last_line_that_is_bad_json_with_more_after_it_is_not_called_cut_short(tmp_path: Path) -> None:
    source = tmp_path / "clusters.jsonl"
    source.write_text('{"id": "ferry", "articles": []} {"id"', encoding="utf-8")
    record = json.loads(process_line(next(read_lines([source]))))
    assert "invalid JSON (Extra data" in record["error"] and "newline" not in record["error"]


@pytest.mark.parametrize("last", ['{"id": "ferry" "articles": []}', "The end of the file."])
def test_a_last_line_without_a_newline_that_is_wrong_before_its_end_is_not_called_cut_short(
    tmp_path: Path, last: str
) -> None:
    source = tmp_path / "clusters.jsonl"
    source.write_text(json.dumps({"id": "first", "articles": FERRY}) + "\n" + last, encoding="utf-8")
    record = json.loads(process_line(list(read_lines([source]))[1]))
    assert "invalid JSON" in record["error"] and "newline" not in record["error"]


def test_a_half_written_last_line_piped_in_says_to_retry_from_a_file_since_standard_input_cannot_be(
    tmp_path: Path,
) -> None:
    # Its error said to rerun with --retry-failed, which a batch refuses for standard input, read once.
    piped = json.dumps({"id": "ferry", "articles": FERRY})[:50]
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(main, ["batch", "-", "-o", str(out), "--workers", "1"], input=piped)
    assert result.exit_code == 4, result.output
    error = json.loads(out.read_text(encoding="utf-8"))["error"]
    assert "line 1 of standard input ends without a newline" in error
    assert "write the clusters to a file and run the batch again on it with --retry-failed" in error


def test_a_file_of_clusters_given_as_the_output_is_refused_without_advice_to_remove_its_lines(tmp_path: Path) -> None:
    # Resumed, it was "line 1: is not a batch output record; give a new output file or remove the line": followed,
    # the advice removes a cluster from the file of clusters given as the output by mistake.
    source = _write_jsonl(tmp_path / "clusters.jsonl", _clusters())
    other = _write_jsonl(tmp_path / "more-clusters.jsonl", _clusters())
    before = other.read_bytes()
    with pytest.raises(newsdiff.InputError) as refused:
        batch_file(source, other, workers=1)
    assert "line 1: is a cluster to compare, not a batch output record; give a new output file" in str(refused.value)
    assert "remove the line" not in str(refused.value)
    assert other.read_bytes() == before


def test_reading_a_result_from_a_file_of_clusters_says_to_run_the_batch_on_it(tmp_path: Path) -> None:
    source = _write_jsonl(tmp_path / "clusters.jsonl", _clusters())
    with pytest.raises(newsdiff.InputError, match=r"line 1: is a cluster to compare, .*run newsdiff batch on it first"):
        read_result(source, "talks")


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes")
def test_cli_batch_into_a_named_pipe_writes_its_lines_there_as_into_standard_output(tmp_path: Path) -> None:
    # Read first to resume, the pipe (or /dev/stdout, a pipe or a terminal) waited for input for good, and a settings
    # record was written beside it (as root, /dev/null.settings.json).
    source = _write_jsonl(tmp_path / "clusters.jsonl", _clusters())
    batch_file(source, tmp_path / "full.jsonl", workers=1)
    pipe = tmp_path / "pipe"
    os.mkfifo(pipe)
    read: list[bytes] = []
    reader = threading.Thread(target=lambda: read.append(pipe.read_bytes()), daemon=True)
    reader.start()
    command = [sys.executable, "-m", "newsdiff", "batch", str(source), "-o", str(pipe), "--workers", "1"]
    env = {**os.environ, "PYTHONPATH": str(Path(newsdiff.__file__).parents[1])}
    try:
        done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=120)
    finally:
        if reader.is_alive():  # let the reader go, had the batch never opened the pipe for writing
            with open(pipe, "wb"):
                pass
        reader.join(10)
    assert done.returncode == 3, done.stderr  # the cluster of one article is an error record
    assert read == [(tmp_path / "full.jsonl").read_bytes()]
    assert not (tmp_path / "pipe.settings.json").exists()
    assert f"results in {pipe}; the 1 failed is an error record there, saying why\n" in done.stderr


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes")
def test_batch_file_refuses_a_named_pipe_as_its_output_rather_than_wait_to_read_it(tmp_path: Path) -> None:
    source = _write_jsonl(tmp_path / "clusters.jsonl", _clusters())
    pipe = tmp_path / "pipe"
    os.mkfifo(pipe)
    raised: list[BaseException] = []

    def run() -> None:
        try:
            batch_file(source, pipe, workers=1)
        except BaseException as exc:  # whatever it raised is what is checked
            raised.append(exc)

    batch = threading.Thread(target=run, daemon=True)  # a daemon, so a batch waiting on the pipe cannot hold pytest
    batch.start()
    batch.join(60)
    assert not batch.is_alive(), "the batch waited to read the pipe"
    assert len(raised) == 1 and isinstance(raised[0], newsdiff.InputError)
    assert re.search(r"pipe: is a device or a pipe, .* batch_stream\(source, open\(", str(raised[0]))
    assert not (tmp_path / "pipe.settings.json").exists()


def test_a_directory_without_cluster_files_is_refused_without_blaming_an_output_kept_elsewhere(tmp_path: Path) -> None:
    # The message ended "but the output" whenever an output was given, though the output lay in another folder.
    (tmp_path / "clusters").mkdir()
    (tmp_path / "clusters" / "notes.txt").write_text("not clusters\n", encoding="utf-8")
    done = CliRunner().invoke(main, ["batch", str(tmp_path / "clusters"), "-o", str(tmp_path / "out.jsonl")])
    assert done.exit_code == 2
    assert done.stderr == (
        f"newsdiff: error: {tmp_path / 'clusters'}: directory holds no .jsonl files; give a directory of cluster "
        "files, a file or a glob\n"
    )


def test_a_directory_whose_only_cluster_file_is_the_output_says_so(tmp_path: Path) -> None:
    output = _write_jsonl(tmp_path / "out.jsonl", _clusters())
    with pytest.raises(newsdiff.InputError, match=re.escape(f"holds no .jsonl files but the output {output};")):
        batch_file(tmp_path, output)


@pytest.mark.parametrize("where", ["option", "environment", "argument"])
def test_a_line_limit_beyond_any_file_reads_every_line_rather_than_overflow(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, where: str
) -> None:
    # A limit of a string of nines, meant as "no limit", ended the batch with an OverflowError's traceback: the
    # line was read up to one byte past it, more than an index can hold.
    clusters = [cluster for cluster in _clusters() if len(cluster["articles"]) > 1]
    source = _write_jsonl(tmp_path / "c.jsonl", clusters)
    output = tmp_path / "out.jsonl"
    huge = "9" * 30
    if where == "argument":
        summary = batch_file(source, output, workers=1, max_line_bytes=int(huge))
        assert (summary.written, summary.failed) == (len(clusters), 0)
    else:
        limit = ["--max-line-bytes", huge] if where == "option" else []
        if where == "environment":
            monkeypatch.setenv("NEWSDIFF_MAX_LINE_BYTES", huge)
        done = CliRunner().invoke(main, ["batch", str(source), "-o", str(output), "--workers", "1", *limit])
        assert done.exit_code == 0, done.output
    records = [json.loads(line) for line in output.read_text(encoding="utf-8").splitlines()]
    assert [record["cluster"] for record in records] == [cluster["id"] for cluster in clusters]
    assert all("result" in record for record in records)


@pytest.fixture
def started(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The worker counts of the process pools a test starts, in order."""
    counts: list[int] = []
    real = batch_module.ProcessPoolExecutor

    def counted(*args: Any, max_workers: int, **kwargs: Any) -> Any:
        counts.append(max_workers)
        return real(*args, max_workers=max_workers, **kwargs)

    monkeypatch.setattr(batch_module, "ProcessPoolExecutor", counted)
    return counts


def test_a_batch_starts_no_more_worker_processes_than_it_has_clusters(started: list[int]) -> None:
    # A pool that forks starts all its workers with the first cluster: two clusters with workers=6 started six
    # processes, and --workers 100000 as many as the system would fork, for one cluster.
    clusters = [cluster for cluster in _clusters() if len(cluster["articles"]) > 1]
    records = list(newsdiff.batch(clusters, workers=6))
    assert [record["cluster"] for record in records] == ["talks", "harvest"]
    assert all("result" in record for record in records)
    assert started == [2]


def test_cli_batch_with_more_workers_than_a_pool_can_hold_compares_a_small_input(tmp_path: Path) -> None:
    # --workers 99999999999999999999 ended in a traceback (OverflowError) before the one cluster was compared.
    source = _write_jsonl(tmp_path / "c.jsonl", _clusters()[:1])
    done = CliRunner().invoke(main, ["batch", str(source), "-o", str(tmp_path / "out.jsonl"), "--workers", "9" * 20])
    assert done.exit_code == 0, done.output
    assert "result" in json.loads((tmp_path / "out.jsonl").read_text(encoding="utf-8"))


def test_a_pool_of_more_workers_than_it_can_count_is_refused_naming_them() -> None:
    with pytest.raises(newsdiff.InputError, match=r"^workers: 1099511627776 is more processes than a pool can hold"):
        batch_module._Pool(2**40, batch_module.DEFAULT_SETTINGS)


def test_a_batch_reading_a_slow_pipe_gives_each_result_before_the_next_cluster_comes(tmp_path: Path) -> None:
    # It read --workers clusters before it compared the first, and then held each result until a window of them was
    # full: a pipe that brings a cluster now and then got no output at all until several had come.
    env = {**os.environ, "PYTHONPATH": str(Path(newsdiff.__file__).parents[1])}
    command = [sys.executable, "-m", "newsdiff", "batch", "-", "-o", "-", "--workers", "4"]
    run = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    assert run.stdin is not None and run.stdout is not None
    try:
        for name in ("first", "second"):
            run.stdin.write((json.dumps({"id": name, "articles": HARVEST}) + "\n").encode("utf-8"))
            run.stdin.flush()
            arrived, _, _ = select.select([run.stdout], [], [], 120)
            assert arrived, f"no output for the {name} cluster while the pipe stayed open"
            assert json.loads(run.stdout.readline())["cluster"] == name
        run.stdin.close()
        assert run.wait(timeout=120) == 0, run.stderr.read() if run.stderr else ""
        assert run.stdout.read() == b""
    finally:
        if run.poll() is None:
            run.kill()
            run.wait()


def test_a_pool_started_small_for_clusters_that_come_slowly_grows_to_the_workers_asked_for_as_they_back_up(
    started: list[int],
) -> None:
    # The first cluster comes alone; then the rest are there at once, more than one worker can keep up with.
    arrivals = iter([False])
    many = [json.dumps({"id": f"c{n}", "articles": TALKS if n % 2 else HARVEST}) for n in range(12)]
    outputs = list(batch_module._ordered(many, 3, batch_module.DEFAULT_SETTINGS, ready=lambda: next(arrivals, True)))
    assert outputs == [process_line(line) for line in many]
    assert started == [1, 3]


@pytest.mark.skipif(not hasattr(os, "set_blocking"), reason="pipes that can be read without waiting are POSIX")
def test_whole_lines_in_a_pipe_readers_own_buffer_count_as_arrived() -> None:
    # The system sees nothing more to read once the reader has taken a burst of lines into its buffer.
    reading, writing = os.pipe()
    try:
        with open(reading, "rb") as handle:
            arrived = arrival_check(handle)
            assert arrived is not None
            os.write(writing, b'{"id": "a"}\n{"id": "b"}\n{"id": "c", "art')
            assert handle.readline() == b'{"id": "a"}\n'
            assert arrived()  # "b" waits whole in the buffer
            assert handle.readline() == b'{"id": "b"}\n'
            assert not arrived()  # the start of "c" alone: reading it would wait
            os.write(writing, b'icles": []}\n')
            assert arrived()
            assert handle.readline() == b'{"id": "c", "articles": []}\n'
            assert not arrived()
    finally:
        os.close(writing)


@pytest.mark.skipif(not hasattr(os, "set_blocking"), reason="pipes that can be read without waiting are POSIX")
@pytest.mark.parametrize("mode", ["rb", "r"])
def test_a_burst_of_clusters_from_a_pipe_is_compared_by_as_many_workers_as_it_has_clusters(
    started: list[int], mode: str
) -> None:
    # The reader took the whole burst into its buffer at once, so the pipe looked empty after the first cluster: the
    # pool started with one worker and compared the clusters one at a time, each waited for before the next was read.
    # A text stream (sys.stdin) has a buffer of its own over the binary one, which cannot be looked into at all.
    reading, writing = os.pipe()
    names = ["first", "second", "third"]
    os.write(writing, "".join(json.dumps({"id": n, "articles": HARVEST}) + "\n" for n in names).encode("utf-8"))
    try:
        with open(reading, mode, **({} if "b" in mode else {"encoding": "utf-8"})) as handle:
            records = newsdiff.batch(handle, workers=3)
            got = [next(records)["cluster"] for _ in names]  # the pipe stays open: a fourth would be waited for
            records.close()
    finally:
        os.close(writing)
    assert got == names
    assert started == [3]


@pytest.mark.skipif(not hasattr(os, "set_blocking"), reason="pipes that can be read without waiting are POSIX")
def test_a_line_that_arrives_in_pieces_through_a_text_mode_pipe_is_read_whole() -> None:
    reading, writing = os.pipe()
    whole = json.dumps({"id": "ferry", "articles": FERRY})
    try:
        with open(reading, encoding="utf-8") as handle:
            records = newsdiff.batch(handle, workers=2)
            os.write(writing, (whole[:30]).encode("utf-8"))
            threading.Timer(0.3, lambda: os.write(writing, (whole[30:] + "\n").encode("utf-8"))).start()
            record = next(records)  # the pipe stays open: a second cluster would be waited for
            records.close()
    finally:
        os.close(writing)
    assert record["cluster"] == "ferry" and "result" in record


@pytest.mark.skipif(not hasattr(os, "set_blocking"), reason="pipes that can be read without waiting are POSIX")
def test_a_line_cut_inside_a_character_in_a_text_mode_pipe_loses_nothing() -> None:
    # Read without waiting, the text stream took the half character for the end of its input, refused it, and lost
    # the start of the line: the second cluster came out as invalid JSON under a made-up id.
    reading, writing = os.pipe()
    first = json.dumps({"id": "first", "articles": FERRY}) + "\n"
    second = json.dumps({"id": "café", "articles": FERRY}, ensure_ascii=False) + "\n"
    data = (first + second).encode("utf-8")
    cut = data.index("é".encode()) + 1
    try:
        with open(reading, encoding="utf-8") as handle:
            records = newsdiff.batch(handle, workers=2)
            os.write(writing, data[:cut])
            threading.Timer(0.3, lambda: os.write(writing, data[cut:])).start()
            got = [next(records) for _ in range(2)]
            records.close()
    finally:
        os.close(writing)
    assert [record["cluster"] for record in got] == ["first", "café"]
    assert all("result" in record for record in got)


@pytest.mark.skipif(not hasattr(os, "set_blocking"), reason="pipes that can be read without waiting are POSIX")
def test_a_text_mode_pipe_already_read_from_keeps_the_lines_its_own_buffer_holds() -> None:
    # Its own buffer holds the lines after the one read: reading under it, from the pipe, would skip them.
    reading, writing = os.pipe()
    names = ["header", "first", "second"]
    os.write(writing, "".join(json.dumps({"id": n, "articles": FERRY}) + "\n" for n in names).encode("utf-8"))
    os.close(writing)
    with open(reading, encoding="utf-8") as handle:
        assert json.loads(handle.readline())["id"] == "header"
        got = [record["cluster"] for record in newsdiff.batch(handle, workers=2)]
    assert got == ["first", "second"]


@pytest.mark.skipif(not hasattr(os, "set_blocking"), reason="pipes that can be read without waiting are POSIX")
def test_gzip_read_from_an_empty_pipe_is_waited_for_not_looked_into() -> None:
    # A decompressing reader's buffer was looked into as a plain reader's: with the pipe empty, it ended in a TypeError.
    reading, writing = os.pipe()
    try:
        with open(reading, "rb") as handle, gzip.GzipFile(fileobj=handle) as unzipped:
            arrived = arrival_check(unzipped)
            assert arrived is not None and not arrived()
            os.write(writing, gzip.compress(b'{"id": "a"}\n'))
            os.close(writing)
            writing = -1
            assert arrived()
            assert unzipped.read() == b'{"id": "a"}\n'
    finally:
        if writing != -1:
            os.close(writing)


def test_clusters_read_before_an_input_that_cannot_be_read_are_compared_and_written_before_the_batch_stops(
    tmp_path: Path,
) -> None:
    # A gzip file cut short ended the batch as it was read, and the clusters already read and being compared (the
    # last of the file before it, the whole lines of its own start) were dropped, to be compared again on a rerun.
    folder = tmp_path / "clusters"
    folder.mkdir()
    _write_jsonl(folder / "a.jsonl", [{"id": f"a{n}", "articles": HARVEST} for n in range(3)])
    whole = gzip.compress(b"".join(json.dumps({"id": f"b{n}", "articles": TALKS}).encode() + b"\n" for n in range(2)))
    (folder / "b.jsonl.gz").write_bytes(whole[:-8])  # its length and checksum lost: the lines are there, the end not
    out = tmp_path / "out.jsonl"
    with pytest.raises(newsdiff.InputError, match=r"b\.jsonl\.gz: cannot be read .*gzip stream is cut short"):
        batch_file(folder, out, workers=2)
    written = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [record["cluster"] for record in written] == ["a0", "a1", "a2", "b0", "b1"]
    assert all("result" in record for record in written)


@pytest.mark.parametrize(
    ("error", "told"),
    [
        (errno.ENOENT, "is there but takes no new file); give a path in another folder"),
        (errno.ENOSPC, "; make room, or give a path on another disk"),
        (errno.EROFS, "; give a path on a file system you can write to"),
        (errno.EACCES, "; give a path you can write to"),
    ],
)
def test_an_output_that_cannot_be_written_is_named_with_the_systems_word_and_what_to_do(
    tmp_path: Path, error: int, told: str
) -> None:
    out = tmp_path / "results.jsonl"
    message = cannot_write(out, OSError(error, os.strerror(error)))
    assert message.startswith(f"{out}: cannot write ({os.strerror(error)}")
    assert message.endswith(told)


def test_an_output_whose_folder_is_missing_is_told_so() -> None:
    out = Path("no-such-folder") / "results.jsonl"
    message = cannot_write(out, FileNotFoundError(errno.ENOENT, os.strerror(errno.ENOENT)))
    assert (
        message == f"{out}: the folder no-such-folder does not exist; create it first, or give a path in another folder"
    )


def test_a_reason_of_newsdiffs_own_is_kept_as_it_says_what_to_do(tmp_path: Path) -> None:
    reason = "the file is read-only (mode 0o444): make it writable (chmod u+w) or write elsewhere"
    assert (
        cannot_write(tmp_path / "r.jsonl", PermissionError(errno.EACCES, reason))
        == f"{tmp_path / 'r.jsonl'}: cannot write ({reason})"
    )


def test_the_error_record_of_a_line_that_is_not_utf8_quotes_its_odd_bytes_as_the_replacement_character(
    tmp_path: Path,
) -> None:
    # The record quoted the line as '\udcff\udcfe bad bytes', Python's escape for bytes it could not decode.
    source = tmp_path / "clusters.jsonl"
    good = json.dumps(_clusters()[0]).encode("utf-8")
    source.write_bytes(good + b"\n\xff\xfe bad bytes\n" + good.replace(b'"talks"', b'"again"') + b"\n")
    out = tmp_path / "out.jsonl"
    batch_file(source, out, workers=1)
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [("error" in record) for record in records] == [False, True, False]
    assert f"(line 2 of {source}, which starts '\ufffd\ufffd bad bytes'): not valid UTF-8" in records[1]["error"]
