"""Corpus figures: a batch's output summed per outlet and per ordered pair of outlets."""

from __future__ import annotations

import base64
import csv
import gzip
import hashlib
import importlib
import io
import json
import re
import subprocess
import sys
import threading
from dataclasses import asdict
from itertools import pairwise
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import tags_of

import newsdiff
from newsdiff.batch import Settings, batch_file, read_result, sole_writer
from newsdiff.cli import main
from newsdiff.corpus import FAILURE_REASONS, Carried, CorpusSummary, FailureReason, OutletFigures

STRIKE = [
    {"id": "h1", "outlet": "Harbour Gazette", "text": "Dock workers walked out in Kessel on Monday. The port is shut."},
    {"id": "w1", "outlet": "Wire", "text": "Dock workers walked out in Kessel on Monday. Ferries still run."},
    {"id": "c1", "outlet": "Coast Post", "text": "Kessel's dock workers went on strike on Monday. Fish prices rose."},
]
# Two articles from one outlet: what they share with each other is not one outlet carrying another.
BRIDGE = [
    {
        "id": "w2",
        "outlet": "Wire",
        "text": "The old bridge in Marrow will close for repairs in June. Buses will detour.",
    },
    {"id": "h2", "outlet": "Harbour Gazette", "text": "The old bridge in Marrow will close for repairs in June."},
    {
        "id": "h3",
        "outlet": "Harbour Gazette",
        "text": "Marrow's mayor opposed the closing. The old bridge in Marrow will shut for repairs in June.",
    },
]
CLUSTERS = [
    {"id": "strike", "articles": STRIKE},
    {"id": "bridge", "articles": BRIDGE},
    {"id": "lonely", "articles": STRIKE[:1]},
]


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return list(newsdiff.batch(CLUSTERS, workers=1))


def _matches(record: dict) -> dict[tuple[str, int], set[tuple[str, str]]]:
    return {
        (a["id"], s["index"]): {(m["article"], m["label"]) for m in s["matches"]}
        for a in record["result"]["articles"]
        for s in a["sentences"]
    }


def test_outlet_and_pair_figures_add_up_the_clusters_sentence_by_sentence(records: list[dict]) -> None:
    # What the figures below are worked out from, by hand.
    assert _matches(records[0])[("h1", 0)] == {("w1", "shared"), ("c1", "paraphrased")}
    assert _matches(records[0])[("h1", 1)] == set() and _matches(records[0])[("c1", 1)] == set()
    bridge = _matches(records[1])
    assert bridge[("w2", 0)] == {("h2", "shared"), ("h3", "shared")} and bridge[("w2", 1)] == set()
    assert bridge[("h3", 0)] == set() and ("w2", "shared") in bridge[("h3", 1)]

    summary = newsdiff.summarize(records)

    assert (summary.clusters, summary.failed) == (3, ("lonely",))
    assert summary.outlets == (  # most articles first
        OutletFigures("Harbour Gazette", clusters=2, articles=3, sentences=5, shared=3, paraphrased=0, unique=2),
        OutletFigures("Wire", clusters=2, articles=2, sentences=4, shared=2, paraphrased=0, unique=2),
        OutletFigures("Coast Post", clusters=1, articles=1, sentences=2, shared=0, paraphrased=1, unique=1),
    )
    carried = {(c.outlet, c.by): c for c in summary.carried}
    assert carried.keys() == {
        (a, b)
        for a in ("Harbour Gazette", "Wire", "Coast Post")
        for b in ("Harbour Gazette", "Wire", "Coast Post")
        if a != b
    }
    # Wire's bridge sentence is in both Gazette articles: one sentence carried, not two.
    assert carried["Wire", "Harbour Gazette"] == Carried("Wire", "Harbour Gazette", 2, 4, 2, 0)
    assert carried["Harbour Gazette", "Wire"] == Carried("Harbour Gazette", "Wire", 2, 5, 3, 0)
    assert carried["Harbour Gazette", "Coast Post"] == Carried("Harbour Gazette", "Coast Post", 1, 2, 0, 1)
    assert carried["Coast Post", "Wire"].share == pytest.approx(0.5)


def test_a_cluster_of_one_article_per_outlet_gives_the_comparisons_own_overlap_matrix() -> None:
    comparison = newsdiff.compare([newsdiff.Article(**a) for a in STRIKE])
    summary = newsdiff.summarize([comparison])  # Comparison objects are records too
    carried = {(c.outlet, c.by): c for c in summary.carried}
    for row, article in enumerate(comparison.articles):
        for column, other in enumerate(comparison.articles):
            if row != column:
                cell = comparison.overlap_matrix()[row][column]
                pair = carried[article.name, other.name]
                assert (pair.sentences, pair.shared, pair.paraphrased) == (
                    cell["sentences"],
                    cell["shared"],
                    cell["paraphrased"],
                )


def test_an_article_without_an_outlet_is_counted_under_its_id(records: list[dict]) -> None:
    plain = [{"id": a["id"], "text": a["text"]} for a in STRIKE]
    summary = newsdiff.summarize(newsdiff.batch([{"id": "strike", "articles": plain}], workers=1))
    assert [o.name for o in summary.outlets] == ["c1", "h1", "w1"]  # one article each: by name


def test_outlet_names_that_differ_only_in_case_or_spaces_are_one_outlet_under_its_commonest_spelling() -> None:
    spelt = [
        {**STRIKE[0], "outlet": "Harbour Gazette"},
        {**STRIKE[1], "outlet": " harbour  GAZETTE "},
        {**STRIKE[2], "outlet": "Coast Post"},
    ]
    bridge = [{**BRIDGE[0], "outlet": "Harbour  Gazette"}, {**BRIDGE[1], "outlet": "coast post\t"}]
    clusters = [{"id": "strike", "articles": spelt}, {"id": "bridge", "articles": bridge}]
    summary = newsdiff.summarize(newsdiff.batch(clusters, workers=1))
    assert [(o.name, o.clusters, o.articles) for o in summary.outlets] == [
        ("Harbour Gazette", 2, 3),  # two spellings of three, with the spaces collapsed
        ("Coast Post", 2, 2),  # one each: the first in code point order
    ]
    # Two articles of one outlet, however spelt, are not one outlet carrying another.
    assert [(c.outlet, c.by, c.clusters) for c in summary.carried] == [
        ("Harbour Gazette", "Coast Post", 2),
        ("Coast Post", "Harbour Gazette", 2),
    ]


def test_an_outlet_of_spaces_alone_is_no_outlet_and_the_article_counts_under_its_id() -> None:
    blank = [{**STRIKE[0], "outlet": "  "}, STRIKE[1]]
    summary = newsdiff.summarize(newsdiff.batch([{"id": "strike", "articles": blank}], workers=1))
    assert [o.name for o in summary.outlets] == ["Wire", "h1"]


def test_a_file_a_directory_of_parts_and_the_records_give_the_same_figures(records: list[dict], tmp_path: Path) -> None:
    whole = tmp_path / "out.jsonl"
    whole.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    parts = tmp_path / "parts"
    parts.mkdir()
    for n, record in enumerate(records):
        (parts / f"part-{n}.jsonl").write_text(json.dumps(record) + "\n\n", encoding="utf-8")
    expected = newsdiff.summarize(records)
    assert newsdiff.summarize(whole) == expected
    assert newsdiff.summarize(str(parts)) == expected
    assert newsdiff.summarize(str(tmp_path / "*.jsonl")) == expected


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ('{"cluster": "a", "result": {"articles": [', r"out\.jsonl, line 2: is not a JSON line.*run the batch again"),
        (
            '{"id": "a", "articles": []}',
            r"out\.jsonl, line 2: is not a newsdiff batch record.*run newsdiff batch on it",
        ),
        ("[1, 2]", r"out\.jsonl, line 2: is not a newsdiff batch record.*give the output of newsdiff batch"),
        ('{"cluster": "a", "result": {"articles": 3}}', r"out\.jsonl, line 2: its result is not newsdiff's JSON"),
    ],
)
def test_input_that_is_not_a_batch_output_is_an_input_error_naming_the_line(
    records: list[dict], tmp_path: Path, content: str, message: str
) -> None:
    path = tmp_path / "out.jsonl"
    path.write_text(json.dumps(records[0]) + "\n" + content + "\n", encoding="utf-8")
    with pytest.raises(newsdiff.InputError, match=message):
        newsdiff.summarize(path)


def test_a_partial_last_line_is_called_cut_short_by_summary_as_by_report(records: list[dict], tmp_path: Path) -> None:
    path = tmp_path / "out.jsonl"
    written = [json.dumps(record, separators=(",", ":")) for record in records[:2]]  # as the batch writes them
    path.write_text(written[0] + "\n" + written[1][:60], encoding="utf-8")  # and a run stopped mid-line
    message = r"out\.jsonl, line 2: is cut short; run the batch again to finish it"
    with pytest.raises(newsdiff.InputError, match=message):
        newsdiff.summarize(path)
    with pytest.raises(newsdiff.InputError, match=message):
        read_result(path, "bridge")


def _being_written(records: list[dict], path: Path) -> None:
    """Write ``records`` to ``path`` as a batch that is writing its third line now has."""
    written = [json.dumps(record, separators=(",", ":")) for record in records]
    path.write_text(written[0] + "\n" + written[1] + "\n" + written[2][:40], encoding="utf-8")


def test_summary_of_a_batch_still_writing_leaves_out_its_unfinished_line_and_says_the_figures_are_partial(
    records: list[dict], tmp_path: Path
) -> None:
    path = tmp_path / "out.jsonl"
    _being_written(records, path)
    with sole_writer(path):  # the hold a running batch has on its output
        summary = newsdiff.summarize(path)
    assert summary.clusters == 2 and summary.failed == () and summary.running == (str(path),)
    assert summary.to_dict() == {**newsdiff.summarize(records[:2]).to_dict(), "running": [str(path)]}
    assert "a batch is still writing" in str(summary) and "the figures are partial" in str(summary)
    assert "a batch was still writing the results" in summary.to_html()


def test_summary_of_a_finished_batch_says_nothing_of_one_running(records: list[dict], tmp_path: Path) -> None:
    path = tmp_path / "out.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    summary = newsdiff.summarize(path)
    assert summary.running == () and "still writing" not in str(summary) and "still writing" not in summary.to_html()


def test_summary_command_on_a_batch_still_writing_warns_that_it_runs_rather_than_to_run_it_again(
    records: list[dict], tmp_path: Path
) -> None:
    path = tmp_path / "out.jsonl"
    _being_written(records, path)
    with sole_writer(path):
        shown = CliRunner().invoke(main, ["summary", str(path), "--format", "json"])
    assert shown.exit_code == 0, shown.output
    assert json.loads(shown.stdout)["clusters"] == 2
    assert "a batch is still writing it" in shown.stderr and "the figures are partial" in shown.stderr
    assert "run the batch again" not in shown.stderr


def test_report_on_a_batch_still_writing_finds_the_clusters_written_and_says_the_batch_runs(
    records: list[dict], tmp_path: Path
) -> None:
    path = tmp_path / "out.jsonl"
    _being_written(records, path)  # the third cluster, "lonely", is the one being written
    with sole_writer(path):
        assert read_result(path, "strike").to_dict() == records[0]["result"]
        for cluster in ("lonely", "later"):
            with pytest.raises(newsdiff.InputError) as refused:
                read_result(path, cluster)
            told = str(refused.value)
            assert f"holds no cluster {cluster!r} yet" in told and "a batch is still writing it" in told
            assert "run the batch again" not in told


def test_a_sentence_or_match_label_outside_the_schema_is_an_input_error(records: list[dict]) -> None:
    broken = json.loads(json.dumps(records[0]))
    broken["result"]["articles"][0]["sentences"][0]["label"] = "copied"
    with pytest.raises(newsdiff.InputError, match="record 1: its result is not newsdiff's JSON"):
        newsdiff.summarize([broken])
    broken = json.loads(json.dumps(records[0]))
    broken["result"]["articles"][0]["sentences"][0]["matches"][0]["label"] = "clusters"
    with pytest.raises(newsdiff.InputError, match="record 1: its result is not newsdiff's JSON"):
        newsdiff.summarize([broken])


def test_a_result_without_a_schema_gives_one_instruction(records: list[dict]) -> None:
    # It said "...(schema: None); give what Comparison.to_dict wrote; give the output of newsdiff batch".
    broken = json.loads(json.dumps(records[0]))
    del broken["result"]["schema"]
    with pytest.raises(newsdiff.InputError) as refused:
        newsdiff.summarize([broken])
    assert str(refused.value) == (
        "record 1: its result is not newsdiff's JSON schema 1 (it has no 'schema'); give the output of newsdiff batch"
    )


def test_a_result_whose_reason_says_what_to_do_gets_no_second_instruction(records: list[dict]) -> None:
    # The summary took from_dict's advice off by matching its text, then added its own to every reason: one that said
    # what to do already (a batch record nested as a result) got a second, contrary instruction after it.
    nested = {"cluster": "strike", "result": records[0]}
    with pytest.raises(newsdiff.InputError) as refused:
        newsdiff.summarize([nested])
    assert str(refused.value) == (
        "record 1: its result is not newsdiff's JSON schema 1 but a record of newsdiff batch's output, of cluster "
        "'strike': give its comparison, record['result']"
    )


def test_a_result_that_breaks_the_contract_gets_the_batch_outputs_instruction_alone(records: list[dict]) -> None:
    broken = json.loads(json.dumps(records[0]))
    broken["result"]["articles"][0]["sentences"][0]["matches"][0]["sentence"] = 40
    with pytest.raises(newsdiff.InputError) as refused:
        newsdiff.summarize([broken])
    told = str(refused.value)
    assert told.startswith("record 1: its result is not newsdiff's JSON schema 1: ")
    assert told.endswith("which is not in the data; give the output of newsdiff batch")
    assert "to_dict" not in told


def test_json_keeps_every_figure_and_text_shows_each_outlets_shares(records: list[dict]) -> None:
    summary = newsdiff.summarize(records)
    data = json.loads(summary.to_json())
    assert data["corpus_schema"] == 1 and data["clusters"] == 3 and data["failed"] == ["lonely"]
    assert data["outlets"][0] == {
        "name": "Harbour Gazette",
        "clusters": 2,
        "articles": 3,
        "sentences": 5,
        "shared": 3,
        "paraphrased": 0,
        "unique": 2,
    }
    assert len(data["carried"]) == 6
    text = str(summary)
    assert text.splitlines()[0].endswith("3 clusters (1 failed), 3 outlets")
    assert re.search(r"Harbour Gazette\s+2\s+5\s+60%\s+0%\s+40%", text)


def _policy_allows_its_style(page: str) -> bool:
    style = re.search(r"<style>(.*?)</style>", page, re.DOTALL)
    assert style is not None
    digest = base64.b64encode(hashlib.sha256(style.group(1).encode("utf-8")).digest()).decode("ascii")
    return f"style-src &#39;sha256-{digest}&#39;" in page


def test_the_page_draws_bars_and_the_matrix_escapes_names_and_runs_no_script(records: list[dict]) -> None:
    hostile = json.loads(json.dumps(records))
    for article in hostile[0]["result"]["articles"]:
        article["outlet"] = f"<script>alert('{article['id']}')</script>"
    page = newsdiff.summarize(hostile).to_html()
    assert "<script" not in page and "&lt;script&gt;alert(" in page
    assert "script-src" not in page and "default-src &#39;none&#39;" in page and _policy_allows_its_style(page)
    assert page.count('<svg class="bar"') == 5  # three strike outlets under their odd names, Wire and the Gazette
    # The strike's three outlets meet each other, Wire and the Gazette each other; no others ever meet.
    assert page.count('<td class="heat') == 3 * 2 + 2 * 1
    assert page.count('title="never in the same cluster"') == 5 * 4 - (3 * 2 + 2 * 1)


def test_the_matrix_shows_the_outlets_with_most_articles_and_says_so(
    records: list[dict], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("newsdiff.report.corpus.MATRIX_OUTLETS", 2)
    page = newsdiff.summarize(records).to_html()
    header = re.search(r"<thead>(.*?)</thead>", page, re.DOTALL)
    assert header is not None and re.findall(r'title="([^"]+)"', header.group(1)) == ["Harbour Gazette", "Wire"]
    assert "The 2 outlets with the most articles are shown" in page


def test_summary_command_writes_text_json_or_html_by_suffix(records: list[dict], tmp_path: Path) -> None:
    source = tmp_path / "out.jsonl"
    source.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    runner = CliRunner()
    shown = runner.invoke(main, ["summary", str(source)])
    assert shown.exit_code == 0 and shown.output == str(newsdiff.summarize(source)) + "\n"
    for name, check in (
        ("c.json", lambda t: json.loads(t)["clusters"] == 3),
        ("c.html", lambda t: "Who carries whom" in t),
    ):
        done = runner.invoke(main, ["summary", str(source), "-o", str(tmp_path / name)])
        assert done.exit_code == 0 and check((tmp_path / name).read_text(encoding="utf-8"))
    piped = runner.invoke(main, ["summary", str(source), "--format", "json"])
    assert json.loads(piped.stdout) == newsdiff.summarize(source).to_dict()
    wrong = runner.invoke(main, ["summary", str(tmp_path / "c.html")])
    assert wrong.exit_code == 2 and "is not a JSON line" in wrong.output and "Traceback" not in wrong.output


def test_notebook_output_frames_the_page() -> None:
    summary = newsdiff.summarize([newsdiff.compare([newsdiff.Article(**a) for a in STRIKE])])
    cell = summary._repr_html_()
    assert cell.startswith("<iframe") and "sandbox=" in cell and "Who carries whom" in cell


def _base_and_policy(page: str) -> tuple[list[str | None], str]:
    """The page's ``<base>`` addresses and the base its policy allows."""
    tags = tags_of(page)
    policy = next(a["content"] for t, a in tags if t == "meta" and a.get("http-equiv") == "Content-Security-Policy")
    directives = dict(d.strip().split(" ", 1) for d in (policy or "").split(";"))
    return [a.get("href") for t, a in tags if t == "base"], directives["base-uri"]


def test_only_the_framed_corpus_page_takes_its_own_address_as_the_base_of_its_links(records: list[dict]) -> None:
    # In a notebook's srcdoc frame a link to a part of the page ("#carried") resolves against the notebook's
    # address; the page names its own, as the single-cluster report does. A file keeps its own and sets none.
    summary = newsdiff.summarize(records)
    assert _base_and_policy(summary.to_html()) == ([], "'none'")
    [frame] = [attrs for tag, attrs in tags_of(summary._repr_html_()) if tag == "iframe"]
    assert _base_and_policy(frame["srcdoc"] or "") == (["about:srcdoc"], "about:")
    assert "script-src" not in (frame["srcdoc"] or "") and _policy_allows_its_style(frame["srcdoc"] or "")


def test_summary_progress_goes_to_standard_error_and_leaves_the_figures_whole(
    records: list[dict], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(importlib.import_module("newsdiff.compare"), "PROGRESS_DELAY", 0)
    source = tmp_path / "out.jsonl"
    source.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    shown = CliRunner().invoke(main, ["summary", str(source), "--format", "json", "--progress"])
    assert shown.exit_code == 0 and "newsdiff summary" in shown.stderr
    assert json.loads(shown.stdout) == newsdiff.summarize(source).to_dict()
    hidden = CliRunner().invoke(main, ["summary", str(source), "--format", "json"])  # not a terminal: no bar
    assert hidden.stdout == shown.stdout and "newsdiff summary" not in hidden.stderr


def test_summary_and_report_read_a_batch_output_piped_into_standard_input(records: list[dict], tmp_path: Path) -> None:
    # As in: newsdiff batch clusters.jsonl -o - | newsdiff summary -   (or zcat results.jsonl.gz | ...)
    lines = "".join(json.dumps(r) + "\n" for r in records).encode("utf-8")
    piped = CliRunner().invoke(main, ["summary", "-", "--format", "json"], input=lines)
    assert piped.exit_code == 0, piped.output
    assert json.loads(piped.stdout) == newsdiff.summarize(records).to_dict()
    page = tmp_path / "bridge.html"
    drawn = CliRunner().invoke(main, ["report", "-", "--cluster", "bridge", "-o", str(page)], input=lines)
    assert drawn.exit_code == 0, drawn.output
    assert page.read_text(encoding="utf-8") == newsdiff.Comparison.from_dict(records[1]["result"]).to_html()
    broken = CliRunner().invoke(main, ["summary", "-"], input=lines + b'{"cluster": "cut')
    assert broken.exit_code == 2 and "standard input, line 4: is cut short" in broken.output


def test_report_reads_a_gzip_compressed_comparison_piped_in_as_it_reads_a_plain_one(
    records: list[dict], tmp_path: Path
) -> None:
    # As in: gzip -c result.json | newsdiff report - -o report.html. The compressed page of JSON was read as a
    # batch's lines: "standard input, line 1: is not a batch output record".
    pretty = json.dumps(records[1]["result"], indent=2).encode("utf-8")
    expected = newsdiff.Comparison.from_dict(records[1]["result"]).to_html()
    for name, piped in (("plain", pretty), ("compressed", gzip.compress(pretty))):
        page = tmp_path / f"{name}.html"
        done = CliRunner().invoke(main, ["report", "-", "-o", str(page)], input=piped)
        assert done.exit_code == 0, (name, done.output)
        assert page.read_text(encoding="utf-8") == expected, name


def test_report_reads_a_gzip_compressed_comparison_from_a_real_pipe(records: list[dict], tmp_path: Path) -> None:
    # A pipe is peeked at, not sought back, as CliRunner's input is.
    compressed = tmp_path / "result.json.gz"
    compressed.write_bytes(gzip.compress(json.dumps(records[0]["result"], indent=2).encode("utf-8")))
    page = tmp_path / "report.html"
    command = [sys.executable, "-m", "newsdiff", "report", "-", "-o", str(page)]
    with compressed.open("rb") as stdin:
        done = subprocess.run(command, stdin=stdin, capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    assert page.read_text(encoding="utf-8") == newsdiff.Comparison.from_dict(records[0]["result"]).to_html()


def test_summary_given_a_gzip_compressed_comparison_piped_in_points_to_report(records: list[dict]) -> None:
    piped = gzip.compress(json.dumps(records[0]["result"], indent=2).encode("utf-8"))
    done = CliRunner().invoke(main, ["summary", "-"], input=piped)
    assert done.exit_code == 2
    assert "standard input: is one comparison's JSON, not a batch's results" in done.stderr
    assert "newsdiff report - -o report.html" in done.stderr


def test_report_of_a_misspelt_cluster_offers_the_ids_most_like_it(records: list[dict], tmp_path: Path) -> None:
    # "holds no cluster 'strik'" left the user to find the ids in gigabytes of JSON.
    results = tmp_path / "results.jsonl"
    results.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    with pytest.raises(newsdiff.InputError, match=r"holds no cluster 'Strik'; did you mean 'strike'\?$"):
        read_result(results, "Strik")
    done = CliRunner().invoke(main, ["report", str(results), "--cluster", "bridges", "-o", str(tmp_path / "r.html")])
    assert done.exit_code == 2 and "holds no cluster 'bridges'; did you mean 'bridge'?" in done.stderr


def test_report_of_a_cluster_like_none_there_names_some_of_the_ids_there(records: list[dict], tmp_path: Path) -> None:
    results = tmp_path / "results.jsonl"
    more = [{"cluster": name, "error": "not compared"} for name in ("dam", "fair")]
    results.write_text("".join(json.dumps(r) + "\n" for r in [*records, *more]), encoding="utf-8")
    with pytest.raises(newsdiff.InputError, match=r"holds no cluster 'x'; its 5 clusters include 'strike', 'bridge', "):
        read_result(results, "x")
    results.write_text(json.dumps(records[0]) + "\n", encoding="utf-8")
    with pytest.raises(newsdiff.InputError, match=r"holds no cluster 'x'; its one cluster is 'strike'$"):
        read_result(results, "x")


def test_report_of_results_piped_in_names_standard_input_not_a_dash(records: list[dict], tmp_path: Path) -> None:
    # The messages began "-: holds no cluster ...", as if "-" were a file's name.
    piped = "".join(json.dumps(r) + "\n" for r in records)
    page = str(tmp_path / "r.html")
    done = CliRunner().invoke(main, ["report", "-", "--cluster", "strikes", "-o", page], input=piped)
    assert done.exit_code == 2
    assert done.stderr == "newsdiff: error: standard input: holds no cluster 'strikes'; did you mean 'strike'?\n"
    done = CliRunner().invoke(main, ["report", "-", "-o", page], input=piped)
    assert done.exit_code == 2 and "newsdiff: error: standard input: holds more than one cluster (" in done.stderr
    done = CliRunner().invoke(main, ["report", "-", "-o", page], input=b"")
    assert done.exit_code == 2
    assert done.stderr.startswith("newsdiff: error: standard input: holds no results (nothing was piped in")
    assert "pipe a batch's output into it" in done.stderr


def test_report_of_a_missing_comparison_file_says_so_as_the_other_commands_do(tmp_path: Path) -> None:
    # It said "cannot be read (No such file or directory)", where compare says "no such file".
    missing = tmp_path / "nope.json"
    done = CliRunner().invoke(main, ["report", str(missing), "-o", str(tmp_path / "r.html")])
    give = "give the JSON file that newsdiff compare --format json wrote"
    no_such = f"newsdiff: error: {missing}: no such file; {give}\n"
    assert done.exit_code == 2 and done.stderr == no_such
    compared = CliRunner().invoke(main, ["compare", str(tmp_path / "nope.txt"), str(missing)])
    assert compared.exit_code == 2 and f"{tmp_path / 'nope.txt'}: no such file" in compared.stderr


def test_a_binary_file_given_as_results_is_said_to_be_no_newsdiff_output(tmp_path: Path) -> None:
    # A picture, or gzip of binary bytes not named .gz, was "cut short" (run the batch again) or "not a JSON line".
    picture = tmp_path / "chart.png"
    picture.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01")
    packed = tmp_path / "backup.bin"
    packed.write_bytes(gzip.compress(b"\x00\x01\x02\xff\xfe no newline here"))
    for path, byte in ((picture, "0x89"), (packed, "0x00")):
        told = (
            f"newsdiff: error: {path}, line 1: is not a newsdiff output (not UTF-8 JSON lines: byte {byte} at column "
            "1); give the output of newsdiff batch\n"
        )
        done = CliRunner().invoke(main, ["summary", str(path)])
        assert done.exit_code == 2 and done.stderr == told
        piped = CliRunner().invoke(main, ["summary", "-"], input=path.read_bytes())
        assert piped.exit_code == 2 and piped.stderr == told.replace(str(path), "standard input")
    drawn = CliRunner().invoke(main, ["report", "-", "-o", str(tmp_path / "r.html")], input=picture.read_bytes())
    assert drawn.exit_code == 2 and "standard input, line 1: is not a newsdiff output" in drawn.stderr


def test_a_last_line_cut_short_in_the_middle_of_a_character_is_still_cut_short(tmp_path: Path) -> None:
    results = tmp_path / "results.jsonl"
    results.write_bytes(b'{"cluster": "a", "error": "x"}\n{"cluster": "b", "error": "caf\xc3')
    done = CliRunner().invoke(main, ["summary", str(results)])
    assert done.exit_code == 2
    assert done.stderr == f"newsdiff: error: {results}, line 2: is cut short; run the batch again to finish it\n"


def test_read_result_finds_a_cluster_numbered_by_its_number_and_refuses_what_names_none(tmp_path: Path) -> None:
    # read_result(path, 17) failed with an AttributeError ('int' object has no attribute 'casefold'), and a path
    # that was none with a TypeError.
    clusters = tmp_path / "clusters.jsonl"
    clusters.write_text(json.dumps({"id": 17, "articles": STRIKE}) + "\n", encoding="utf-8")
    out = tmp_path / "results.jsonl"
    batch_file(clusters, out, workers=1)
    assert read_result(out, 17).to_dict() == read_result(out, "17").to_dict()
    with pytest.raises(newsdiff.InputError, match=r"cluster must be a cluster's id \(a string\), or None .*not 1\.5$"):
        read_result(out, 1.5)  # type: ignore[arg-type]
    with pytest.raises(newsdiff.InputError, match=r"takes the path of a batch's output .*, not int$"):
        read_result(17)  # type: ignore[arg-type]


def test_summary_of_a_glob_over_a_batch_s_folder_sums_its_results_not_its_settings(tmp_path: Path) -> None:
    # "parts/*" reached the settings.json beside the parts, and summary stopped on it as "not a JSON line".
    clusters = tmp_path / "clusters.jsonl"
    clusters.write_text("".join(json.dumps(c) + "\n" for c in CLUSTERS), encoding="utf-8")
    folder = tmp_path / "out"
    folder.mkdir()
    batch_file(clusters, folder / "results.jsonl", workers=1)
    (folder / "settings.json").write_text(json.dumps({"newsdiff": "0.1.0", "relations": "lexical"}), encoding="utf-8")
    summed = newsdiff.summarize(f"{folder}/*")
    assert summed.clusters == 3 and summed == newsdiff.summarize(folder / "results.jsonl")
    done = CliRunner().invoke(main, ["summary", str(folder / "settings.json")])
    assert (
        done.exit_code == 2 and "settings.json: is the settings record a batch keeps beside its output" in done.stderr
    )


def test_the_figures_as_csv_give_a_row_per_outlet_or_per_pair_that_met(records: list[dict], tmp_path: Path) -> None:
    summary = newsdiff.summarize(records)
    for table, rows in (("outlets", summary.outlets), ("carried", summary.carried)):
        read = list(csv.DictReader(io.StringIO(summary.to_csv(table))))
        assert read == [{key: str(value) for key, value in asdict(row).items()} for row in rows]
    assert summary.to_csv() == summary.to_csv("outlets")
    with pytest.raises(newsdiff.InputError, match="'outlets' or 'carried'"):
        summary.to_csv("pairs")  # type: ignore[arg-type]
    results = tmp_path / "results.jsonl"
    results.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    out = tmp_path / "outlets.csv"
    done = CliRunner().invoke(main, ["summary", str(results), "-o", str(out)])
    assert done.exit_code == 0, done.output
    assert out.read_text(encoding="utf-8-sig") == summary.to_csv()


def test_results_of_one_batch_are_not_called_mixed(records: list[dict], tmp_path: Path) -> None:
    source = tmp_path / "clusters.jsonl"
    source.write_text("".join(json.dumps(c) + "\n" for c in CLUSTERS), encoding="utf-8")
    batch_file(source, tmp_path / "out.jsonl", workers=1)

    summary = newsdiff.summarize(tmp_path / "out.jsonl")

    assert not summary.mixed and "warning" not in str(summary)
    [way] = summary.compared_with
    assert (way.version, way.settings, way.clusters) == (newsdiff.__version__, Settings(), 2)  # "lonely" failed


def _results_of_two_thresholds(tmp_path: Path) -> Path:
    """A folder of the results of CLUSTERS compared twice: with the default threshold and with 0.9."""
    source = tmp_path / "clusters.jsonl"
    source.write_text("".join(json.dumps(c) + "\n" for c in CLUSTERS), encoding="utf-8")
    results = tmp_path / "results"
    results.mkdir()
    batch_file(source, results / "usual.jsonl", workers=1)
    batch_file(source, results / "strict.jsonl", workers=1, threshold=0.9)
    return results


def test_results_compared_with_other_settings_are_summed_with_a_warning_naming_each_way(tmp_path: Path) -> None:
    # Summed silently, a folder of results compared with two thresholds gave figures that belong to neither.
    results = _results_of_two_thresholds(tmp_path)
    summary = newsdiff.summarize(results)

    assert summary.mixed
    assert {(way.settings, way.clusters) for way in summary.compared_with} == {
        (Settings(), 2),
        (Settings(threshold=0.9), 2),
    }
    assert "warning: the results were compared in different ways" in str(summary)
    assert "lexical engine, threshold 0.9 (2 clusters)" in str(summary)
    assert "Warning:" in summary.to_html() and "threshold 0.9" in summary.to_html()
    done = CliRunner().invoke(main, ["summary", str(results), "-o", str(tmp_path / "corpus.json")])
    assert done.exit_code == 0 and "warning: the results were compared in different ways" in done.stderr
    assert json.loads((tmp_path / "corpus.json").read_text(encoding="utf-8")) == summary.to_dict()


def test_results_of_two_newsdiff_versions_are_summed_with_a_warning(records: list[dict]) -> None:
    older = json.loads(json.dumps(records))
    older[0]["result"]["newsdiff"] = "0.0.9"

    summary = newsdiff.summarize(older)

    assert summary.mixed
    assert [(way.version, way.clusters) for way in summary.compared_with] == [
        ("0.0.9", 1),
        (newsdiff.__version__, 1),
    ]
    assert "newsdiff 0.0.9 (1 cluster); newsdiff" in str(summary)


def test_results_that_do_not_record_their_version_are_named_so_in_the_warning(
    records: list[dict], tmp_path: Path
) -> None:
    # Read back as of version "unknown", they were called "newsdiff unknown (1 cluster)", as if a release.
    unrecorded = json.loads(json.dumps(records))
    del unrecorded[0]["result"]["newsdiff"]

    summary = newsdiff.summarize(unrecorded)

    assert summary.mixed and summary.compared_with[1].version == "unknown"
    told = f"newsdiff {newsdiff.__version__} (1 cluster); newsdiff (version not recorded) (1 cluster)"
    assert summary.mixed_warning().endswith(told) and f"warning: {summary.mixed_warning()}" in str(summary)
    assert "newsdiff unknown" not in str(summary) and "newsdiff unknown" not in summary.to_html()


def test_the_text_summary_escapes_control_characters_of_the_versions_and_ids_its_warnings_name(
    records: list[dict],
) -> None:
    # Outlet names and failure reasons were escaped, but a version or a cluster id from another tool's JSON reached the
    # terminal as it was in a warning: "\x1b]0;…\x07" retitled the window, "\x1b[2J" cleared the screen.
    odd = json.loads(json.dumps(records))
    odd[0]["result"]["newsdiff"] = "0.0.9\x1b]0;owned\x07"
    odd[1]["cluster"] = "bridge\x1b[2J"
    odd.append(odd[1])

    text = str(newsdiff.summarize(odd))

    assert "\x1b" not in text and "\x07" not in text
    assert "newsdiff 0.0.9\\x1b]0;owned\\x07 (1 cluster)" in text
    assert "read more than once (bridge\\x1b[2J)" in text
    read_back = newsdiff.CorpusSummary.from_dict({**newsdiff.summarize(records).to_dict(), "newsdiff": "1\x1b[2J"})
    assert str(read_back).startswith("newsdiff 1\\x1b[2J: 3 clusters")


def test_a_result_of_another_schema_is_named_as_such_by_summary_and_report(records: list[dict], tmp_path: Path) -> None:
    # It was called "not newsdiff's JSON schema 1 …; give the output of newsdiff batch", which it is.
    later = json.loads(json.dumps(records))
    later[1]["result"]["schema"] = 2
    later[1]["result"]["newsdiff"] = "9.0.0"
    source = tmp_path / "out.jsonl"
    source.write_text("".join(json.dumps(r) + "\n" for r in later), encoding="utf-8")
    told = (
        r"out\.jsonl, line 2: its result was written by newsdiff 9\.0\.0 in JSON schema 2, and newsdiff .* reads "
        r"schema 1; read it with a newsdiff that reads schema 2$"
    )

    with pytest.raises(newsdiff.InputError, match=told):
        newsdiff.summarize(source)
    with pytest.raises(newsdiff.InputError, match=told):
        read_result(source, "bridge")


def test_text_shows_the_shares_the_page_draws_which_add_up_to_100() -> None:
    # Rounded one by one, 19, 1 and 8 of 28 sentences were 68%, 4% and 29% in the text (101%), 28% on the page.
    summary = CorpusSummary(
        clusters=1, failed=(), outlets=(OutletFigures("Ashby Crier", 1, 1, 28, 19, 1, 8),), carried=()
    )

    assert re.search(r"Ashby Crier\s+1\s+28\s+68%\s+4%\s+28%$", str(summary))
    assert 'aria-label="68% shared, 4% paraphrased, 28% unique"' in summary.to_html()


def test_summary_command_writes_the_table_of_pairs_as_csv_when_asked(records: list[dict], tmp_path: Path) -> None:
    # The command wrote the outlets' table alone; the pairs' table was to be had only from Python.
    source = tmp_path / "out.jsonl"
    source.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    summary = newsdiff.summarize(source)

    pairs = CliRunner().invoke(main, ["summary", str(source), "-o", str(tmp_path / "pairs.csv"), "--table", "carried"])
    outlets = CliRunner().invoke(main, ["summary", str(source), "--format", "csv"])
    wrong = CliRunner().invoke(main, ["summary", str(source), "--format", "json", "--table", "carried"])

    assert pairs.exit_code == 0 and (tmp_path / "pairs.csv").read_text(encoding="utf-8-sig") == summary.to_csv(
        "carried"
    )
    assert outlets.exit_code == 0 and outlets.stdout == summary.to_csv("outlets")
    assert wrong.exit_code == 2 and "--table chooses which table a CSV holds, not json" in wrong.stderr


def _results_and_a_copy(records: list[dict], tmp_path: Path) -> None:
    """Write ``records`` as out.jsonl in ``tmp_path`` and again as its copy, out-copy.jsonl: a glob of both reads
    each cluster twice."""
    lines = "".join(json.dumps(r) + "\n" for r in records)
    (tmp_path / "out.jsonl").write_text(lines, encoding="utf-8")
    (tmp_path / "out-copy.jsonl").write_text(lines, encoding="utf-8")


def test_a_results_file_read_with_its_copy_is_counted_twice_with_a_warning_naming_the_clusters(
    records: list[dict], tmp_path: Path
) -> None:
    # A glob that matched a file and its backup doubled every figure without a word.
    _results_and_a_copy(records, tmp_path)

    once = newsdiff.summarize(tmp_path / "out.jsonl")
    twice = newsdiff.summarize(str(tmp_path / "*.jsonl"))

    assert once.repeated == () and once.repeated_warning() == "" and "more than once" not in once.to_html()
    assert twice.clusters == 2 * once.clusters and set(twice.repeated) == {"strike", "bridge", "lonely"}
    assert twice.failed == ("lonely", "lonely")  # counted every time, as the warning says
    warning = twice.repeated_warning()
    assert warning.startswith("3 cluster ids were read more than once (") and "each was counted every time" in warning
    assert f"warning: {warning}" in str(twice)
    assert twice.repeated_warning() in twice.to_html()

    result = CliRunner().invoke(main, ["summary", str(tmp_path / "*.jsonl"), "--format", "json"])
    assert result.exit_code == 0, result.output
    assert f"warning: {warning}" in result.stderr
    assert json.loads(result.stdout)["clusters"] == twice.clusters


def test_a_cluster_id_is_read_stripped_so_an_old_spelling_and_a_new_one_are_one_cluster_read_twice(
    records: list[dict], tmp_path: Path
) -> None:
    # A batch strips its clusters' ids now; an output written before may hold " strike ", one written since "strike".
    old = [{**record, "cluster": f" {record['cluster']} "} for record in records]
    (tmp_path / "old.jsonl").write_text("".join(json.dumps(r) + "\n" for r in old), encoding="utf-8")
    (tmp_path / "new.jsonl").write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")

    summary = newsdiff.summarize(str(tmp_path / "*.jsonl"))

    assert set(summary.repeated) == {"strike", "bridge", "lonely"}
    assert summary.failed == ("lonely", "lonely")


def test_the_repeated_warning_names_five_ids_and_counts_the_rest() -> None:
    summary = CorpusSummary(clusters=14, failed=(), outlets=(), carried=(), repeated=tuple("abcdefg"))
    assert "(a, b, c, d, e and 2 more)" in summary.repeated_warning()
    one = CorpusSummary(1, (), (), (), repeated=("x",))
    assert one.repeated_warning().startswith("1 cluster id was read more than once (x), and it was counted")


def _many_outlets(count: int) -> CorpusSummary:
    """A made-up corpus of ``count`` outlets, most articles first, each outlet carried by the next."""
    outlets = tuple(
        OutletFigures(
            f"Vale Courier {n}", clusters=count - n, articles=count - n, sentences=10, shared=5, paraphrased=2, unique=3
        )
        for n in range(count)
    )
    carried = tuple(Carried(a.name, b.name, 1, 10, 5, 2) for a, b in pairwise(outlets))
    return CorpusSummary(clusters=count, failed=(), outlets=outlets, carried=carried)


def _table_rows(page: str, ident: str) -> list[str]:
    table = re.search(rf'<table id="{ident}".*?</table>', page, re.DOTALL)
    assert table is not None, f"no table {ident}"
    return re.findall(r'<tr><th scope="row">.*?</tr>', table.group(0), re.DOTALL)


def test_a_corpus_of_many_outlets_draws_bars_for_the_most_covered_and_tables_every_outlet() -> None:
    # A batch of 1,500 outlets drew 1,500 bars, about 700 bytes each, and put the matrix 90,000 pixels down.
    page = _many_outlets(400).to_html()

    assert 0 < page.count('<svg class="bar"') < 50
    rows = _table_rows(page, "every-outlet-table")
    assert len(rows) == 400
    assert [re.search(r'title="([^"]+)"', row).group(1) for row in rows[:2]] == ["Vale Courier 0", "Vale Courier 1"]  # type: ignore[union-attr]
    assert re.findall(r"<td>([^<]+)</td>", rows[1]) == ["399", "399", "10", "50%", "20%", "30%"]
    # Each outlet past those drawn adds a row of the table, not a bar: a couple of hundred bytes, not 700.
    grown = len(page.encode("utf-8")) - len(_many_outlets(41).to_html().encode("utf-8"))
    assert grown / (400 - 41) < 250


def test_the_repr_of_a_large_corpus_names_a_few_outlets_and_counts_the_rest() -> None:
    # The dataclass repr listed every outlet and every pair that met: a notebook echoing a summary of forty outlets
    # printed 150 kB.
    shown = repr(_many_outlets(400))
    assert len(shown) < 400
    assert shown.startswith("CorpusSummary(clusters=400, failed=0, outlets=['Vale Courier 0', ")
    assert "... 395 more]" in shown and "carried=<399 pairs>" in shown


def test_text_of_one_cluster_and_one_outlet_says_each_in_the_singular() -> None:
    assert str(_many_outlets(1)).splitlines()[0].endswith(": 1 cluster, 1 outlet")
    assert str(_many_outlets(2)).splitlines()[0].endswith(": 2 clusters, 2 outlets")


def test_a_corpus_whose_bars_show_every_outlet_has_no_table_of_them(records: list[dict]) -> None:
    assert 'id="every-outlet"' not in newsdiff.summarize(records).to_html()


def test_the_page_links_from_its_top_to_each_of_its_sections(records: list[dict]) -> None:
    # Below thousands of outlets' bars, the matrix and the failed clusters could be found only by scrolling.
    for page, sections in (
        (newsdiff.summarize(records).to_html(), ["outlets", "carried", "failed"]),
        (_many_outlets(400).to_html(), ["outlets", "carried", "every-outlet"]),
    ):
        nav = re.search(r'<nav aria-label="Sections">(.*?)</nav>', page, re.DOTALL)
        assert nav is not None and re.findall(r'href="#([^"]+)"', nav.group(1)) == sections
        assert all(f'<section id="{section}"' in page for section in sections)


def test_a_corpus_where_every_cluster_failed_says_so_rather_than_drawing_an_empty_chart() -> None:
    # The page showed the chart's caption over nothing, as though the bars had failed to draw.
    page = CorpusSummary(clusters=2, failed=("storm-1", "storm-2"), outlets=(), carried=()).to_html()

    assert '<ul class="bars">' not in page and "<figcaption><b>Originality" not in page
    assert "No cluster was compared, so there are no outlets' figures." in page
    assert "<bdi>storm-2</bdi>" in page


def test_json_carries_the_ways_the_clusters_were_compared_and_whether_they_were_mixed(tmp_path: Path) -> None:
    # The text and the page warned of results compared in different ways; the JSON a pipeline reads did not.
    data = newsdiff.summarize(_results_of_two_thresholds(tmp_path)).to_dict()

    assert data["corpus_schema"] == 1 and data["mixed"] is True
    assert sorted(data["compared_with"], key=lambda way: str(way["settings"]["threshold"])) == [
        {
            "version": newsdiff.__version__,
            "settings": {"engine": "lexical", "threshold": 0.9, "floor": None},
            "clusters": 2,
        },
        {
            "version": newsdiff.__version__,
            "settings": {"engine": "lexical", "threshold": None, "floor": None},
            "clusters": 2,
        },
    ]
    read_as_records = newsdiff.summarize(newsdiff.batch(CLUSTERS, workers=1)).to_dict()
    assert read_as_records["mixed"] is False
    assert read_as_records["compared_with"] == [{"version": newsdiff.__version__, "settings": None, "clusters": 2}]


def test_json_names_the_clusters_read_twice_and_the_files_a_batch_is_still_writing(
    records: list[dict], tmp_path: Path
) -> None:
    _results_and_a_copy(records, tmp_path)
    twice = newsdiff.summarize(str(tmp_path / "*.jsonl"))
    assert set(twice.to_dict()["repeated"]) == {"strike", "bridge", "lonely"}
    result = CliRunner().invoke(main, ["summary", str(tmp_path / "*.jsonl"), "--format", "json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout) == twice.to_dict()

    path = tmp_path / "running" / "out.jsonl"
    path.parent.mkdir()
    _being_written(records, path)
    with sole_writer(path):
        data = newsdiff.summarize(path).to_dict()
    assert data["running"] == [str(path)] and data["repeated"] == []


def test_a_summary_read_back_from_its_json_is_the_same_summary_with_its_warnings(
    records: list[dict], tmp_path: Path
) -> None:
    _results_and_a_copy(records, tmp_path)
    summary = newsdiff.summarize(str(tmp_path / "*.jsonl"))

    again = CorpusSummary.from_dict(json.loads(summary.to_json()))

    assert again == summary and again.repeated_warning() == summary.repeated_warning()
    # JSON written before the warnings were added to it reads as warning of nothing.
    older = {
        key: value for key, value in summary.to_dict().items() if key not in ("compared_with", "mixed", "repeated")
    }
    assert CorpusSummary.from_dict(older).outlets == summary.outlets and CorpusSummary.from_dict(older).repeated == ()


def test_a_summary_built_from_lists_equals_and_hashes_like_one_read_back() -> None:
    # Built by hand from lists, as a comparison's parts may be, it equalled no summary from_dict read back and did not
    # hash; a string given for the failed ids was taken a character at a time.
    figures = OutletFigures("Wire", clusters=1, articles=1, sentences=2, shared=1, paraphrased=0, unique=1)
    built = CorpusSummary(clusters=2, failed=["storm"], outlets=[figures], carried=[], repeated=["storm"])

    again = CorpusSummary.from_dict(json.loads(built.to_json()))

    assert built == again and hash(built) == hash(again)
    assert built.failed == ("storm",) and built.outlets == (figures,)
    with pytest.raises(TypeError, match=r"^CorpusSummary\.failed must be a tuple or list, got 'storm'$"):
        CorpusSummary(clusters=1, failed="storm", outlets=(), carried=())  # type: ignore[arg-type]


def test_a_record_whose_result_is_a_comparison_counts_as_its_data_does(records: list[dict]) -> None:
    # {"cluster": id, "result": comparison}, a record built of a comparison made in Python, was refused: "its result is
    # not newsdiff's JSON schema 1 but a Comparison already: use it as it is", which it had done.
    built = [
        {**r, "result": newsdiff.Comparison.from_dict(r["result"]).scored_with("lexical")} if "result" in r else r
        for r in records
    ]
    twice = built + built[:1]

    assert newsdiff.summarize(built).outlets == newsdiff.summarize(records).outlets
    assert newsdiff.summarize(built).clusters == len(records)
    assert newsdiff.summarize(twice).repeated == (records[0]["cluster"],)  # known by its cluster id, as data is


def test_json_that_is_not_a_corpus_summary_is_refused_naming_what_is_wrong(records: list[dict]) -> None:
    data = newsdiff.summarize(records).to_dict()
    with pytest.raises(newsdiff.InputError, match="expected a corpus summary"):
        CorpusSummary.from_dict(records[0])
    with pytest.raises(newsdiff.InputError, match=r"has layout 2, and newsdiff .* reads layout 1"):
        CorpusSummary.from_dict({**data, "corpus_schema": 2})
    with pytest.raises(newsdiff.InputError, match="clusters must be a count"):
        CorpusSummary.from_dict({**data, "clusters": "3"})
    with pytest.raises(newsdiff.InputError, match=r"^not a corpus summary: outlets\[0\] has no 'clusters'$"):
        CorpusSummary.from_dict({**data, "outlets": [{"name": "Wire"}]})
    with pytest.raises(newsdiff.InputError, match="it has no 'carried'"):
        CorpusSummary.from_dict({key: value for key, value in data.items() if key != "carried"})


@pytest.mark.parametrize("layout", [True, 1.0])
def test_a_corpus_layout_equal_to_1_but_not_the_integer_is_refused_naming_it(
    records: list[dict], layout: object
) -> None:
    # Python's True == 1 == 1.0 let both through as layout 1.
    data = newsdiff.summarize(records).to_dict()
    with pytest.raises(newsdiff.InputError, match=rf"has layout {layout!r}, not the whole number 1; give json\.loads"):
        CorpusSummary.from_dict({**data, "corpus_schema": layout})


def test_a_summary_says_why_clusters_failed_the_commonest_reasons_first() -> None:
    # It counted and named the failed clusters, but the reason each error record holds was read and dropped.
    clusters = [
        {"id": "strike", "articles": STRIKE},
        {"id": "lone-1", "articles": STRIKE[:1]},
        {"id": "lone-2", "articles": BRIDGE[:1]},
        {"id": "empty", "articles": [{"id": "e1", "text": ""}, STRIKE[0]]},
        "not a cluster at all",
    ]
    summary = newsdiff.summarize(newsdiff.batch(clusters, workers=1))

    assert len(summary.failed) == 4
    assert summary.failure_reasons == (
        FailureReason(
            "need at least two articles to compare, got 1; give two or more articles about the same event", 2
        ),
        FailureReason("invalid JSON (Expecting value at column 1); each line must be one cluster object", 1),
        FailureReason("record 1 (id 'e1'): article is empty", 1),
    )
    assert summary.to_dict()["failure_reasons"][0] == {
        "reason": "need at least two articles to compare, got 1; give two or more articles about the same event",
        "clusters": 2,
    }
    assert CorpusSummary.from_dict(json.loads(summary.to_json())) == summary
    text = str(summary)
    assert "why clusters failed, the commonest reasons first:\n         2  need at least two articles" in text
    assert "         1  record 1 (id 'e1'): article is empty" in text


def test_a_line_that_is_not_json_fails_for_one_reason_wherever_it_was_read(tmp_path: Path) -> None:
    # An error record names such a line by where it was read ("line 2 of a.jsonl", "item 1 given to batch()");
    # the summary took that for part of the reason, so the same mistake counted as a new reason in every file.
    for name in ("a", "b"):
        (tmp_path / f"{name}.jsonl").write_text(
            f'{{"id": "{name}", "articles": []}}\nnot a cluster\n', encoding="utf-8"
        )
    from newsdiff.batch import batch_file

    records = list(newsdiff.batch([{"id": "c", "articles": []}, "not one either"], workers=1))
    for name in ("a", "b"):
        batch_file(tmp_path / f"{name}.jsonl", tmp_path / f"{name}.out.jsonl", workers=1)
        records += map(json.loads, (tmp_path / f"{name}.out.jsonl").read_text(encoding="utf-8").splitlines())
    reasons = newsdiff.summarize(records).failure_reasons
    invalid = "invalid JSON (Expecting value at column 1); each line must be one cluster object"
    assert FailureReason(invalid, 3) in reasons, reasons


def test_a_summary_keeps_the_commonest_failure_reasons_and_counts_the_rest() -> None:
    records = [{"cluster": f"c{n}", "error": f"cluster c{n}: reason {n % 12}"} for n in range(30)]
    records.append({"cluster": "other", "error": "written by another tool"})  # kept whole: no name to take off
    summary = newsdiff.summarize(records)

    assert len(summary.failure_reasons) == FAILURE_REASONS == 10
    assert summary.failure_reasons[0] == FailureReason("reason 0", 3)
    assert FailureReason("written by another tool", 1) not in summary.failure_reasons  # one of the rarest
    assert str(summary).endswith(f"  {31 - sum(f.clusters for f in summary.failure_reasons):>8}  (other reasons)")
    older = {key: value for key, value in summary.to_dict().items() if key != "failure_reasons"}
    assert CorpusSummary.from_dict(older).failure_reasons == ()  # JSON written before reasons were kept
    with pytest.raises(newsdiff.InputError, match=r"failure_reasons\[0\] has no 'clusters'$"):
        CorpusSummary.from_dict({**summary.to_dict(), "failure_reasons": [{"reason": "x"}]})


def _compressed(path: Path, name: str) -> Path:
    """A gzip-compressed copy of ``path`` named ``name`` beside it, as ``gzip -k`` (then a rename) makes it."""
    packed = path.with_name(name)
    packed.write_bytes(gzip.compress(path.read_bytes()))
    return packed


def test_summary_reads_gzip_compressed_results_as_it_reads_them_plain(records: list[dict], tmp_path: Path) -> None:
    # They were read as bytes of JSON lines: "line 1: is not a JSON line", and a user had to zcat them in.
    plain = tmp_path / "results.jsonl"
    plain.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    expected = newsdiff.summarize(plain)
    packed = _compressed(plain, "results.jsonl.gz")
    assert newsdiff.summarize(packed) == expected
    assert newsdiff.summarize(_compressed(plain, "results-packed")) == expected  # told by its bytes, not its name
    folder = tmp_path / "parts"
    folder.mkdir()
    (folder / "results.jsonl.gz").write_bytes(packed.read_bytes())
    assert newsdiff.summarize(folder) == expected
    shown = CliRunner().invoke(main, ["summary", str(packed), "--format", "json"])
    assert shown.exit_code == 0, shown.output
    assert json.loads(shown.stdout) == expected.to_dict()
    piped = CliRunner().invoke(main, ["summary", "-", "--format", "json"], input=gzip.compress(plain.read_bytes()))
    assert piped.exit_code == 0, piped.output
    assert json.loads(piped.stdout) == expected.to_dict()


def test_report_reads_a_cluster_of_gzip_compressed_results(records: list[dict], tmp_path: Path) -> None:
    plain = tmp_path / "results.jsonl"
    plain.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    expected = newsdiff.Comparison.from_dict(records[1]["result"]).to_html()
    for packed in (_compressed(plain, "results.jsonl.gz"), _compressed(plain, "results-packed")):
        assert read_result(packed, "bridge").to_html() == expected
        page = tmp_path / "bridge.html"
        drawn = CliRunner().invoke(main, ["report", str(packed), "--cluster", "bridge", "-o", str(page)])
        assert drawn.exit_code == 0, drawn.output
        assert page.read_text(encoding="utf-8") == expected


def test_gzip_compressed_results_with_a_bad_line_or_cut_short_are_refused_as_plain_ones_are(
    records: list[dict], tmp_path: Path
) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text(json.dumps(records[0]) + "\n[1, 2]\n", encoding="utf-8")
    packed = _compressed(bad, "bad.jsonl.gz")
    with pytest.raises(newsdiff.InputError, match=r"bad\.jsonl\.gz, line 2: is not a newsdiff batch record"):
        newsdiff.summarize(packed)
    whole = gzip.compress("".join(json.dumps(r) + "\n" for r in records).encode("utf-8"))
    cut = tmp_path / "cut.jsonl.gz"
    cut.write_bytes(whole[: len(whole) - 12])
    for run in (lambda: newsdiff.summarize(cut), lambda: read_result(cut, "lonely")):
        with pytest.raises(newsdiff.InputError, match=r"cut\.jsonl\.gz: cannot be read \(.+\)"):
            run()
    refused = CliRunner().invoke(main, ["summary", str(cut)])
    assert refused.exit_code == 2 and "cut.jsonl.gz: cannot be read" in refused.stderr


def test_gzip_results_cut_short_or_corrupt_say_so_and_what_to_do(records: list[dict], tmp_path: Path) -> None:
    # The decompressor's words alone ("Compressed file ended before the end-of-stream marker was reached") said
    # neither what was wrong with the file nor what to do.
    whole = gzip.compress("".join(json.dumps(r) + "\n" for r in records).encode("utf-8"))
    cut = tmp_path / "cut.jsonl.gz"
    cut.write_bytes(whole[: len(whole) // 2])
    for run in (lambda: newsdiff.summarize(cut), lambda: read_result(cut, "lonely")):
        with pytest.raises(
            newsdiff.InputError, match=r"its gzip stream is cut short .*; compress or copy it again whole"
        ):
            run()
    piped = CliRunner().invoke(main, ["summary", "-"], input=cut.read_bytes())
    assert piped.exit_code == 2 and "standard input: cannot be read (" in piped.stderr
    assert "its gzip stream is cut short" in piped.stderr
    mangled = tmp_path / "mangled.jsonl.gz"
    mangled.write_bytes(whole[:2] + b"\x09" + whole[3:])  # a compression method gzip does not have
    with pytest.raises(
        newsdiff.InputError, match=r"mangled\.jsonl\.gz: cannot be read \(.+\): its gzip stream is corrupt"
    ):
        newsdiff.summarize(mangled)


def test_results_compressed_after_the_batch_keep_the_settings_it_recorded(tmp_path: Path) -> None:
    # gzip renames results.jsonl to results.jsonl.gz; its settings record keeps the name the batch gave it.
    results = _results_of_two_thresholds(tmp_path)
    strict = results / "strict.jsonl"
    _compressed(strict, "strict.jsonl.gz")
    strict.unlink()
    summary = newsdiff.summarize(results)
    assert summary.mixed
    assert {(way.settings, way.clusters) for way in summary.compared_with} == {
        (Settings(), 2),
        (Settings(threshold=0.9), 2),
    }


def _compared(threshold: float | None = None) -> list[newsdiff.Comparison]:
    """The comparisons of the clusters of CLUSTERS that compare, as newsdiff.compare makes them."""
    return [newsdiff.compare(cluster["articles"], threshold=threshold) for cluster in CLUSTERS[:2]]


def test_comparisons_made_in_different_ways_are_summed_with_the_warning_their_results_files_get(
    tmp_path: Path,
) -> None:
    # Comparison objects were counted as made in no known way: lexical and embeddings figures were mixed silently.
    summary = newsdiff.summarize([*_compared(), *_compared(threshold=0.9)])
    assert summary.mixed and "warning: the results were compared in different ways" in str(summary)
    assert summary.compared_with == newsdiff.summarize(_results_of_two_thresholds(tmp_path)).compared_with
    engines = newsdiff.summarize([*_compared(), *(c.scored_with("embeddings") for c in _compared())])
    assert engines.mixed and "embeddings engine (2 clusters)" in engines.mixed_warning()


def test_comparisons_made_alike_are_one_way_as_the_results_of_one_batch_are(tmp_path: Path) -> None:
    summary = newsdiff.summarize(_compared())
    assert not summary.mixed and "warning" not in str(summary)
    assert (
        summary.compared_with == newsdiff.summarize(_results_of_two_thresholds(tmp_path) / "usual.jsonl").compared_with
    )
    # Read back from JSON, a comparison does not know how it was made, and is not called mixed for it.
    read_back = [newsdiff.Comparison.from_dict(c.to_dict()) for c in _compared(threshold=0.9)]
    assert not newsdiff.summarize([*_compared(), *read_back]).mixed


@pytest.mark.parametrize(("module", "kind"), [("bz2", "bzip2"), ("lzma", "xz")])
def test_results_compressed_another_way_than_gzip_are_refused_saying_so(
    records: list[dict], tmp_path: Path, module: str, kind: str
) -> None:
    # They were "line 1: is not a JSON line ... a run that was stopped leaves a partial last line".
    packed = tmp_path / f"results.jsonl.{module}"
    lines = "".join(json.dumps(r) + "\n" for r in records).encode("utf-8")
    packed.write_bytes(importlib.import_module(module).compress(lines))
    message = rf"results\.jsonl\.{module}: is {kind}-compressed, and only gzip-compressed results are read as they are"
    for run in (lambda: newsdiff.summarize(packed), lambda: read_result(packed, "bridge")):
        with pytest.raises(newsdiff.InputError, match=message):
            run()
    for command in (["summary", str(packed)], ["report", str(packed), "--cluster", "bridge", "-o", "-"]):
        refused = CliRunner().invoke(main, command)
        assert refused.exit_code == 2 and f"is {kind}-compressed" in refused.stderr, refused.output


class _ClosedDescriptor(io.StringIO):
    """Standard error as `2>&-` leaves it to a command: there, but every write fails."""

    def write(self, text: str) -> int:
        raise OSError(9, "Bad file descriptor")


@pytest.mark.parametrize("stderr", [_ClosedDescriptor(), None], ids=["closed", "none"])
def test_summary_progress_that_cannot_be_drawn_leaves_the_figures_and_other_bars_alone(
    stderr: io.StringIO | None, records: list[dict], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # `newsdiff summary --progress 2>&-` lost the summary to the bar's first write (OSError, or AttributeError with
    # sys.stderr None), and tqdm kept the lock every bar shares: a bar in another thread then waited for ever.
    from tqdm import tqdm

    monkeypatch.setattr(importlib.import_module("newsdiff.compare"), "PROGRESS_DELAY", 0)
    source = tmp_path / "out.jsonl"
    source.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    quiet = newsdiff.summarize(source)
    monkeypatch.setattr(sys, "stderr", stderr)
    assert newsdiff.summarize(source, progress=True) == quiet
    elsewhere = threading.Thread(target=lambda: list(tqdm(range(2), file=io.StringIO(), delay=0)), daemon=True)
    elsewhere.start()
    elsewhere.join(timeout=30)
    assert not elsewhere.is_alive()


def test_the_page_says_why_clusters_failed_as_the_text_does() -> None:
    # The text and the JSON gave the commonest reasons clusters failed; the page listed the failed clusters only.
    records = [{"cluster": f"c{n}", "error": f"cluster c{n}: reason {n % 12}"} for n in range(30)]
    records.append({"cluster": "odd", "error": "<b>written</b> by another tool & " + "more " * 100})
    summary = newsdiff.summarize(records)
    page = summary.to_html()

    table = re.search(r'<table class="reasons".*?</table>', page, re.DOTALL)
    assert table is not None
    assert '<th scope="col">Reason</th><th scope="col" class="num">Clusters</th>' in table.group(0)
    rows = re.findall(r"<tr><td>(.*?)</td><td>([\d,]+)</td></tr>", table.group(0))
    assert len(rows) == FAILURE_REASONS + 1
    assert rows[:2] == [("<bdi>reason 0</bdi>", "3"), ("<bdi>reason 1</bdi>", "3")]
    others = 31 - sum(f.clusters for f in summary.failure_reasons)
    assert rows[-1] == ("(other reasons)", str(others))
    assert f"  {others:>8}  (other reasons)" in str(summary)  # as the text counts them

    odd = newsdiff.summarize(records[-1:]).to_html()
    assert "<bdi>&lt;b&gt;written&lt;/b&gt; by another tool &amp; more more" in odd and "<b>written" not in odd
    assert "more " * 100 not in odd and "…</bdi>" in odd  # a reason another tool wrote whole is cut, as in the text
    assert "(other reasons)" not in odd


def test_a_page_without_failure_reasons_has_no_table_of_them(records: list[dict]) -> None:
    assert '<table class="reasons"' not in _many_outlets(2).to_html()  # nothing failed
    older = {key: value for key, value in newsdiff.summarize(records).to_dict().items() if key != "failure_reasons"}
    page = CorpusSummary.from_dict(older).to_html()  # JSON written before reasons were kept
    assert "<bdi>lonely</bdi>" in page and '<table class="reasons"' not in page


def _way(data: dict) -> dict:
    return data["compared_with"][0]


@pytest.mark.parametrize(
    ("name", "value"),
    [("threshold", float("nan")), ("floor", float("inf")), ("threshold", 5), ("floor", -0.25)],
)
def test_a_summary_read_back_with_a_cut_outside_0_to_1_is_refused_naming_it(
    records: list[dict], name: str, value: float
) -> None:
    # NaN and infinity were read (JSON's reader takes them), and to_json then wrote NaN, which is not JSON.
    data = json.loads(newsdiff.summarize(records).to_json())
    _way(data)["settings"] = {"engine": "lexical", "threshold": None, "floor": None, name: value}
    with pytest.raises(
        newsdiff.InputError,
        match=rf"^not a corpus summary: compared_with\[0\]\.settings\.{name} must be a number from 0 to 1 or null, "
        rf"not {re.escape(repr(value))}$",
    ):
        CorpusSummary.from_dict(data)


@pytest.mark.parametrize(
    ("change", "told"),
    [
        (lambda d: d.update(outlets=None), "outlets must be a list, not None"),
        (lambda d: d.update(outlets={}), "outlets must be a list, not {}"),
        (lambda d: d.update(carried="none"), "carried must be a list, not 'none'"),
        (lambda d: d.update(compared_with=None), "compared_with must be a list, not None"),
        (lambda d: d["compared_with"].append("lexical"), "compared_with[1] must be an object, not 'lexical'"),
        (lambda d: _way(d).update(settings=["lexical"]), "compared_with[0].settings must be an object or null"),
        (lambda d: _way(d).pop("clusters"), "compared_with[0] has no 'clusters'"),
        (lambda d: _way(d)["settings"].pop("floor"), "compared_with[0].settings has no 'floor'"),
        (lambda d: d["carried"][1].update(shared=-1), "carried[1].shared must be a count"),
        (lambda d: d["outlets"][2].update(name=7), "outlets[2].name must be a string, not 7"),
        (lambda d: d["failure_reasons"].append(["odd", 1]), "failure_reasons[1] must be an object, not ['odd', 1]"),
    ],
)
def test_a_summary_read_back_of_the_wrong_shape_is_refused_naming_the_field(records: list[dict], change, told) -> None:
    # Python's words were given instead: "'NoneType' object is not iterable", "string indices must be integers".
    data = json.loads(newsdiff.summarize(records).to_json())
    _way(data)["settings"] = {"engine": "lexical", "threshold": 0.5, "floor": None}
    CorpusSummary.from_dict(data)
    change(data)
    with pytest.raises(newsdiff.InputError, match=rf"^not a corpus summary: {re.escape(told)}"):
        CorpusSummary.from_dict(data)


def test_a_summary_read_back_passes_over_row_keys_it_does_not_know(records: list[dict]) -> None:
    # The scale page asks a reader to pass over keys it does not know, as a later newsdiff may add a figure to layout
    # 1's rows; from_dict itself refused any row with another key: "each of outlets must have the fields ...".
    summary = newsdiff.summarize(records)
    data = json.loads(summary.to_json())
    for table in ("outlets", "carried", "failure_reasons"):
        for row in data[table]:
            row["words"] = 120

    assert CorpusSummary.from_dict(data) == summary


def test_a_summary_reads_back_from_its_json_text_or_bytes(records: list[dict], tmp_path: Path) -> None:
    # There was to_json but no from_json: the text had to go through json.loads by hand, and given to from_dict it was
    # "expected a corpus summary (an object with 'corpus_schema'), got str".
    summary = newsdiff.summarize(records)
    path = tmp_path / "corpus.json"
    path.write_text("\ufeff" + summary.to_json(), encoding="utf-8")

    assert CorpusSummary.from_json(summary.to_json(indent=None)) == summary
    assert CorpusSummary.from_json(path.read_bytes()) == summary == CorpusSummary.from_json(path.read_text("utf-8"))
    with pytest.raises(newsdiff.InputError, match=r"^CorpusSummary\.from_dict takes data, not JSON text: read the te"):
        CorpusSummary.from_dict(summary.to_json())  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("given", "told"),
    [
        ("", r"^empty text; give what newsdiff summary --format json wrote$"),
        (b"  \n", r"^empty text; give what newsdiff summary --format json wrote$"),
        ('{"corpus_schema": 1', r"^not a JSON document \(Expecting .*\); give what newsdiff summary --format json wro"),
        ("[]", r"^expected a corpus summary \(an object with 'corpus_schema'\), got list"),
        (Path("corpus.json"), r"^CorpusSummary\.from_json takes JSON text \(a str or bytes\), not a path: give Path\("),
        (
            {"corpus_schema": 1},
            r"^CorpusSummary\.from_json takes JSON text \(a str or bytes\), not dict; for data, use ",
        ),
    ],
)
def test_a_summary_from_json_of_what_is_not_its_json_says_what_to_give(given: object, told: str) -> None:
    with pytest.raises(newsdiff.InputError, match=told):
        CorpusSummary.from_json(given)  # type: ignore[arg-type]


def test_summarize_given_one_comparison_or_one_record_says_to_give_a_list(records: list[dict]) -> None:
    # One Comparison failed with Python's TypeError ("'Comparison' object is not iterable"); one record was read as
    # its keys, and its first key called a path: "record 1: is a path ('cluster')".
    result = _compared()[0]
    with pytest.raises(
        newsdiff.InputError,
        match=r"^results is one Comparison, not a list of them; give a list such as \[result\]$",
    ):
        newsdiff.summarize(result)
    with pytest.raises(
        newsdiff.InputError,
        match=r"^results is one batch record \(of cluster 'strike'\), not a list of them; give a list such as "
        r"\[record\]$",
    ):
        newsdiff.summarize(records[0])
    assert newsdiff.summarize([result]).clusters == newsdiff.summarize([records[0]]).clusters == 1


def test_summarize_given_one_comparisons_json_file_says_what_it_is(tmp_path: Path) -> None:
    # Read as a batch's lines, its first was "not a JSON line ... a run that was stopped leaves a partial last line".
    one = tmp_path / "strike.json"
    one.write_text(_compared()[0].to_json(), encoding="utf-8")
    with pytest.raises(
        newsdiff.InputError,
        match=rf"^{re.escape(str(one))}: is one comparison's JSON \(what Comparison\.to_json writes\), not a batch's "
        r"results; to sum it up, give summarize\(\) \[newsdiff\.Comparison\.from_json\(path\.read_bytes\(\)\)\]$",
    ):
        newsdiff.summarize(one)


def test_the_text_summary_groups_the_thousands_of_every_count_as_its_page_does() -> None:
    # The page wrote "1,234 failed" and "1,500" while the text printed "1234 failed" and "1500" for the same summary.
    from newsdiff.corpus import CorpusSummary, FailureReason, OutletFigures

    summary = CorpusSummary(
        clusters=2_400,
        failed=tuple(f"cluster-{n}" for n in range(1_234)),
        outlets=(OutletFigures("Ashby Crier", 1_166, 1_166, 1_500, 700, 300, 500),),
        carried=(),
        failure_reasons=(FailureReason("the cluster has one article", 1_100),),
    )
    text = str(summary)
    assert text.startswith(f"newsdiff {summary.version}: 2,400 clusters (1,234 failed), 1 outlet\n")
    assert re.search(r"Ashby Crier\s+1,166\s+1,500\s+47%", text)
    assert re.search(r"\n\s+1,100  the cluster has one article\n\s+134  \(other reasons\)$", text)
    assert not re.search(r"\d{4}", text.replace(summary.version, "")), "a count of thousands ungrouped"


def test_summarize_given_a_comparisons_json_text_or_data_says_to_read_it_as_a_comparison(records: list[dict]) -> None:
    # The text was taken for a file's name (OSError "File name too long"); bytes were read a byte at a time ("record
    # 1: is not a newsdiff batch record"); one comparison's data was read as its keys ("record 1: is a path
    # ('schema')"), and a list of them called clusters still to compare.
    result = _compared()[0]
    with pytest.raises(
        newsdiff.InputError,
        match=r"^results is one comparison's JSON text, not a path nor a list of results; give "
        r"\[newsdiff\.Comparison\.from_json\(text\)\]$",
    ):
        newsdiff.summarize(result.to_json())
    with pytest.raises(newsdiff.InputError, match=r"^results is one comparison's JSON text \(bytes\), not a path"):
        newsdiff.summarize(result.to_json().encode())
    with pytest.raises(
        newsdiff.InputError,
        match=r"^results is one comparison's data \(what Comparison\.to_dict writes\), not a list of results; give "
        r"\[newsdiff\.Comparison\.from_dict\(data\)\]$",
    ):
        newsdiff.summarize(result.to_dict())
    with pytest.raises(
        newsdiff.InputError,
        match=r"^record 2: is one comparison's data \(what Comparison\.to_dict writes\), not a batch record; give "
        r"newsdiff\.Comparison\.from_dict\(data\) instead$",
    ):
        newsdiff.summarize([result, result.to_dict()])
    with pytest.raises(
        newsdiff.InputError, match=r"^record 1: is one comparison's JSON text, not a batch record; give newsdiff"
    ):
        newsdiff.summarize([result.to_json()])


def test_summarize_given_a_batchs_output_as_text_says_to_give_its_path_or_its_records(records: list[dict]) -> None:
    text = "".join(json.dumps(record) + "\n" for record in records)
    with pytest.raises(
        newsdiff.InputError,
        match=r"^results is a batch's output as text, not a path; give its file's path, or its records: "
        r"\[json\.loads\(line\) for line in text\.splitlines\(\) if line\.strip\(\)\]$",
    ):
        newsdiff.summarize(text)
    assert newsdiff.summarize([json.loads(line) for line in text.splitlines() if line.strip()]).clusters == len(records)


def test_summarize_given_an_empty_path_refuses_it_rather_than_read_the_working_directory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # "" was read as ".", the directory the program runs in, and summed up whatever results lay there.
    monkeypatch.chdir(tmp_path)
    (tmp_path / "old.jsonl").write_text("", encoding="utf-8")
    for given in ("", " "):
        with pytest.raises(
            newsdiff.InputError,
            match=rf"^results is {given!r}, which names no file; give the path of a batch's output \(a JSONL file, a "
            r"directory of parts or a glob\), '-' for standard input, or a list of results$",
        ):
            newsdiff.summarize(given)


@pytest.mark.parametrize("terminal", [True, False], ids=["terminal", "closed"])
def test_summarize_of_standard_input_that_is_a_terminal_or_closed_says_to_pipe_the_results_in(
    monkeypatch: pytest.MonkeyPatch, terminal: bool
) -> None:
    # In a Python session at a terminal, summarize("-") sat waiting for typing nobody meant to do.
    class Terminal(io.BytesIO):
        def isatty(self) -> bool:
            return True

    stream = io.TextIOWrapper(Terminal() if terminal else io.BytesIO())
    if not terminal:
        stream.close()
    monkeypatch.setattr(sys, "stdin", stream)
    told = "a terminal" if terminal else "closed"
    with pytest.raises(
        newsdiff.InputError,
        match=rf"^results '-' is standard input, which is {told} here; pipe a batch's output into it, or give its "
        "file's path",
    ):
        newsdiff.summarize("-")


@pytest.mark.parametrize("piped", [b"", b"\n  \n", gzip.compress(b"")], ids=["empty", "blank", "gzip-empty"])
def test_summarize_of_standard_input_that_brings_no_results_says_none_were_read(
    monkeypatch: pytest.MonkeyPatch, piped: bytes
) -> None:
    # `newsdiff summary - < /dev/null`, or a pipe whose writer failed, summed up to "0 clusters, 0 outlets", as if
    # the results were there and empty.
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(piped)))
    told = (
        r"^results '-' is standard input, which held no results \(nothing was piped in, or the program piping it wrote "
        r"nothing\); pipe a batch's output into it, or give its file's path or a list of results$"
    )
    with pytest.raises(newsdiff.InputError, match=told):
        newsdiff.summarize("-")
    done = CliRunner().invoke(main, ["summary", "-", "--format", "json"], input=piped)
    assert done.exit_code == 2 and done.stdout == "" and "held no results" in done.stderr


def test_a_results_file_of_no_clusters_sums_up_to_none_as_the_batch_of_none_that_wrote_it(tmp_path: Path) -> None:
    (tmp_path / "in.jsonl").write_text("", encoding="utf-8")
    batch_file(tmp_path / "in.jsonl", tmp_path / "out.jsonl", workers=1)
    summary = newsdiff.summarize(tmp_path / "out.jsonl")
    assert (summary.clusters, summary.outlets, summary.failed) == (0, (), ())


@pytest.mark.parametrize("given", [None, 3, 2.5])
def test_summarize_given_neither_a_path_nor_a_list_says_what_it_takes(given: object) -> None:
    # Python's words named neither the argument nor what to give: "'NoneType' object is not iterable".
    with pytest.raises(
        newsdiff.InputError,
        match=rf"^results must be the path of a batch's output or a list of results \(batch records or comparisons\), "
        rf"not {type(given).__name__}$",
    ):
        newsdiff.summarize(given)  # type: ignore[arg-type]


@pytest.mark.parametrize("indent", [2.0, True, "2"])
def test_summary_to_json_refuses_an_indent_that_is_no_number_of_spaces_as_a_comparison_does(
    records: list[dict], indent: object
) -> None:
    summary = newsdiff.summarize(records)
    with pytest.raises(newsdiff.InputError, match="indent"):
        summary.to_json(indent=indent)  # type: ignore[arg-type]
    assert summary.to_json(indent="\t") == json.dumps(summary.to_dict(), ensure_ascii=False, indent="\t")
