"""The command line as a first-time user meets it: a file name that says one format while another is written,
a result that is not one (and results given to compare), usage mistakes, the help's examples, an output that is
a pipe or a device, and a terminal that is not UTF-8."""

from __future__ import annotations

import contextlib
import errno
import gzip
import json
import os
import re
import signal
import stat
import subprocess
import sys
import warnings
from pathlib import Path

import click
import pytest
from click.testing import CliRunner
from conftest import HARBOUR_A, HARBOUR_B, ROOT

from newsdiff.cli import main


@pytest.fixture
def comparison(articles: list[str], tmp_path: Path) -> Path:
    """The JSON that ``compare --format json`` wrote for the harbour articles."""
    path = tmp_path / "result.json"
    done = CliRunner().invoke(main, ["compare", *articles, "-o", str(path)])
    assert done.exit_code == 0, done.output
    return path


# -- A file named for one format while another is written -----------------------------------------------------


@pytest.mark.parametrize(
    ("options", "name", "written"),
    [
        ([], "result.txt", "html"),  # no suffix that says a format: the default, HTML
        (["--format", "json"], "report.html", "json"),
        (["--format", "csv"], "result.json", "csv"),
    ],
)
def test_compare_warns_when_the_output_name_says_another_format(
    articles: list[str], tmp_path: Path, options: list[str], name: str, written: str
) -> None:
    out = tmp_path / name
    done = CliRunner().invoke(main, ["compare", *articles, *options, "-o", str(out)])
    assert done.exit_code == 0, done.output
    warning = [line for line in done.stderr.splitlines() if "warning" in line]
    assert len(warning) == 1 and name in warning[0] and written in warning[0].lower(), done.stderr
    assert out.exists()


def test_report_warns_that_it_writes_no_json_into_a_json_name(comparison: Path, tmp_path: Path) -> None:
    out = tmp_path / "again.json"
    done = CliRunner().invoke(main, ["report", str(comparison), "-o", str(out)])
    assert done.exit_code == 0, done.output
    assert out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert "again.json" in done.stderr and "warning" in done.stderr and "html" in done.stderr.lower()


@pytest.mark.parametrize("name", ["report.html", "report.HTM", "rows.csv", "result.json"])
def test_an_output_named_for_its_format_gets_no_warning(articles: list[str], tmp_path: Path, name: str) -> None:
    done = CliRunner().invoke(main, ["compare", *articles, "-o", str(tmp_path / name)])
    assert done.exit_code == 0, done.output
    assert "warning" not in done.stderr


@pytest.fixture
def batch_output(comparison: Path, tmp_path: Path) -> Path:
    """A batch's output of one cluster, the harbour comparison, as ``newsdiff batch`` writes its lines."""
    record = {"cluster": "harbour", "result": json.loads(comparison.read_text(encoding="utf-8"))}
    path = tmp_path / "results.jsonl"
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    return path


@pytest.fixture
def pair_file(tmp_path: Path) -> Path:
    """A sentence-pair file in the MSRP layout, of two pairs."""
    path = tmp_path / "pairs.tsv"
    rows = [
        "Quality\t#1 ID\t#2 ID\t#1 String\t#2 String",
        "1\t1\t2\tThe ferry left Kessel at noon.\tAt noon the ferry left Kessel.",
        "0\t3\t4\tThe quay was closed by the storm.\tThe mayor opened a library.",
    ]
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("command", "options", "name", "written"),
    [
        ("evaluate", [], "scores.csv", "text"),  # a spreadsheet would open the table as one column of lines
        ("evaluate", ["--format", "text"], "scores.json", "text"),
        ("summary", ["--format", "json"], "corpus.txt", "json"),
        ("summary", ["--format", "text"], "corpus.html", "text"),
    ],
)
def test_summary_and_evaluate_warn_when_the_output_name_says_another_format(
    batch_output: Path, pair_file: Path, command: str, options: list[str], name: str, written: str
) -> None:
    # compare and report warned of it; summary and evaluate wrote the other format under the name in silence.
    out = batch_output.parent / name
    source = pair_file if command == "evaluate" else batch_output
    done = CliRunner().invoke(main, [command, str(source), *options, "-o", str(out)])
    assert done.exit_code == 0, done.output
    warning = [line for line in done.stderr.splitlines() if "warning" in line]
    assert len(warning) == 1 and name in warning[0] and written in warning[0].lower(), done.stderr
    assert out.exists()


@pytest.mark.parametrize(
    ("command", "name"),
    [("evaluate", "scores"), ("evaluate", "scores.txt"), ("summary", "corpus.md"), ("summary", "corpus.htm")],
)
def test_summary_and_evaluate_take_any_name_that_says_no_other_format(
    batch_output: Path, pair_file: Path, command: str, name: str
) -> None:
    source = pair_file if command == "evaluate" else batch_output
    done = CliRunner().invoke(main, [command, str(source), "-o", str(batch_output.parent / name)])
    assert done.exit_code == 0, done.output
    assert "warning" not in done.stderr


# -- report given something that is not a result -------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("herald.txt", HARBOUR_A.encode("utf-8")),  # an article: compare's input, not report's
        ("notes.md", b"# Notes\n\nThe harbour story, to do.\n"),
        ("scan.pdf", b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n"),
    ],
)
def test_report_of_a_file_that_is_no_result_says_what_report_reads(tmp_path: Path, name: str, content: bytes) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    done = CliRunner().invoke(main, ["report", str(path), "-o", str(tmp_path / "report.html")])
    assert done.exit_code == 2
    assert len(done.stderr.splitlines()) == 1 and name in done.stderr, done.stderr
    assert "compare --format json" in done.stderr and "batch" in done.stderr
    assert not (tmp_path / "report.html").exists()


@pytest.mark.parametrize(("made", "told"), [(False, "no such file"), (True, "is a directory")])
def test_report_of_a_comparison_json_that_is_not_a_file_says_so_and_what_to_give(
    tmp_path: Path, made: bool, told: str
) -> None:
    # It said "cannot be read (No such file or directory)", or "(Is a directory)", and not what report reads.
    result = tmp_path / "result é.json"
    if made:
        result.mkdir()
    done = CliRunner().invoke(main, ["report", str(result), "-o", str(tmp_path / "report.html")])
    assert done.exit_code == 2
    assert done.stderr == (
        f"newsdiff: error: {result}: {told}; give the JSON file{' in it' if made else ''} that newsdiff compare "
        "--format json wrote\n"
    )


def test_report_reads_a_comparison_whatever_its_file_is_named(comparison: Path, tmp_path: Path) -> None:
    renamed = comparison.rename(tmp_path / "result.json.txt")
    done = CliRunner().invoke(main, ["report", str(renamed), "-o", str(tmp_path / "report.html")])
    assert done.exit_code == 0, done.output
    assert (tmp_path / "report.html").read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


def test_report_reads_a_comparison_piped_from_compare(comparison: Path, tmp_path: Path) -> None:
    # `newsdiff compare A B --format json | newsdiff report - -o report.html` took the page of JSON for a batch's
    # output: "standard input, line 1: is not a batch output record".
    out = tmp_path / "piped.html"
    done = CliRunner().invoke(main, ["report", "-", "-o", str(out)], input=comparison.read_bytes())
    assert done.exit_code == 0, done.output
    page = out.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and "herald" in page and "courier" in page


def test_report_of_a_piped_comparison_refuses_a_cluster(comparison: Path, tmp_path: Path) -> None:
    done = CliRunner().invoke(
        main, ["report", "-", "--cluster", "c1", "-o", str(tmp_path / "r.html")], input=comparison.read_bytes()
    )
    assert done.exit_code == 2 and len(done.stderr.splitlines()) == 1 and "--cluster" in done.stderr


# -- Usage mistakes -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("arguments", "named"),
    [
        (["compare", "{a}", "{b}", "--threshold", "2"], "--threshold"),
        (["compare", "{a}", "{b}", "--format", "xml"], "--format"),
        (["compare", "{a}", "{b}", "--formt", "json"], "--formt"),
        (["compare", "{a}", "{b}", "-o"], "-o"),
        (["compare"], "FILES"),
        (["report", "{a}", "{b}"], "{b}"),
        (["report", "{a}", "--format", "json"], "--format"),
        (["comapre", "{a}", "{b}"], "comapre"),
        (["--colour"], "--colour"),
    ],
)
def test_a_usage_mistake_is_one_line_naming_it_and_where_the_help_is(
    articles: list[str], arguments: list[str], named: str
) -> None:
    paths = {"a": articles[0], "b": articles[1]}
    done = CliRunner().invoke(main, [part.format(**paths) for part in arguments])
    assert done.exit_code == 2
    assert done.stdout == ""
    lines = done.stderr.splitlines()
    assert len(lines) == 1, done.stderr
    assert lines[0].startswith("newsdiff: error: ") and named.format(**paths) in lines[0]
    assert lines[0].endswith("--help)")


def test_a_misspelt_option_is_answered_with_the_one_meant(articles: list[str]) -> None:
    done = CliRunner().invoke(main, ["compare", *articles, "--treshold", "0.3"])
    assert done.exit_code == 2 and "--threshold" in done.stderr and len(done.stderr.splitlines()) == 1


@pytest.mark.parametrize(
    ("spelt", "options", "meant"),
    [
        (["--format", "JSON"], [], ["--format", "json"]),
        (["--format", "Csv"], [], ["--format", "csv"]),
        (["--engine", "Lexical"], ["--format", "json"], ["--engine", "lexical", "--format", "json"]),
    ],
)
def test_a_choice_is_taken_in_any_case(
    articles: list[str], spelt: list[str], options: list[str], meant: list[str]
) -> None:
    # --format JSON was refused as "not one of 'html', 'json', 'csv'", though it names one of them.
    done = CliRunner().invoke(main, ["compare", *articles, *spelt, *options, "-o", "-"])
    assert done.exit_code == 0, done.stderr
    assert done.stdout == CliRunner().invoke(main, ["compare", *articles, *meant, "-o", "-"]).stdout


def test_summary_and_batch_take_their_choices_in_any_case(batch_output: Path, tmp_path: Path) -> None:
    summary = CliRunner().invoke(main, ["summary", str(batch_output), "--format", "JSON", "--table", "Carried"])
    assert summary.exit_code == 2 and "--table chooses which table a CSV holds, not json" in summary.stderr
    clusters = tmp_path / "clusters.jsonl"
    clusters.write_text(json.dumps({"id": "c", "articles": [HARBOUR_A, HARBOUR_B]}) + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    done = CliRunner().invoke(main, ["batch", str(clusters), "-o", str(out), "--backend", "LOCAL", "--workers", "1"])
    assert done.exit_code == 0, done.stderr
    assert json.loads(out.read_text(encoding="utf-8"))["cluster"] == "c"


# -- The help ---------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("command", ["compare", "report", "summary", "evaluate", "batch"])
def test_the_help_ends_with_examples_of_the_command_kept_on_their_own_lines(command: str) -> None:
    # batch's had none: its many options were left without one command line that puts them together.
    shown = CliRunner().invoke(main, [command, "--help"], terminal_width=80)
    assert shown.exit_code == 0
    examples = shown.output.split("Examples:\n", 1)[1].splitlines()
    lines = [line.strip() for line in examples if line.strip()]
    assert len(lines) >= 2 and all(f"newsdiff {command} " in line for line in lines), lines
    assert all(line.startswith(f"newsdiff {command} ") for line in lines if "|" not in line), lines


def test_the_list_of_commands_says_where_their_examples_are() -> None:
    shown = CliRunner().invoke(main, ["--help"], terminal_width=80)
    assert shown.exit_code == 0
    assert shown.output.rstrip().endswith("See newsdiff COMMAND --help for a command's options and examples.")


def test_the_compare_help_gives_each_valued_option_its_default() -> None:
    shown = CliRunner().invoke(main, ["compare", "--help"], terminal_width=200)
    table = shown.output.split("Options:", 1)[1].split("Examples:", 1)[0]
    entries = [line.strip() for line in table.splitlines() if line.strip().startswith("-")]
    named = {"-o,", "--format", "--engine", "--threshold", "--floor"}
    valued = [entry for entry in entries if entry.split()[0] in named]
    assert len(valued) == 5
    assert [entry for entry in valued if "default" not in entry] == []


def test_a_floor_above_the_threshold_turns_it_off_as_the_help_says(articles: list[str]) -> None:
    # --floor 0.9 --threshold 0.3 is taken, not refused: --floor 1 is a plain way to turn the floor off. The help said
    # only that a floor at the threshold is off, which left a floor above it unexplained.
    shown = CliRunner().invoke(main, ["compare", "--help"], terminal_width=400).output
    floor = next(line for line in shown.splitlines() if line.strip().startswith("--floor"))
    assert "at or above the threshold: off" in floor
    above, at = (
        CliRunner().invoke(main, ["compare", *articles, "--threshold", "0.3", "--floor", floor, "-o", "-"])
        for floor in ("0.9", "0.3")
    )
    assert above.exit_code == at.exit_code == 0
    assert above.stdout == at.stdout


# -- An output that is not a regular file -----------------------------------------------------------------------


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_an_output_that_is_a_named_pipe_is_written_into_not_replaced(articles: list[str], tmp_path: Path) -> None:
    # The report was written beside the pipe and renamed over it, so the pipe became a plain file and its reader
    # got nothing; as root, -o /dev/null replaced the device the same way.
    pipe = tmp_path / "pipe"
    os.mkfifo(pipe)
    reader = os.open(pipe, os.O_RDONLY | os.O_NONBLOCK)  # a reader waiting, so that the writer's open returns
    try:
        done = CliRunner().invoke(main, ["compare", *articles, "--format", "csv", "-o", str(pipe)])
        assert done.exit_code == 0, done.output
        assert stat.S_ISFIFO(os.stat(pipe).st_mode)
        received = b""
        with contextlib.suppress(BlockingIOError):
            while chunk := os.read(reader, 65536):
                received += chunk
    finally:
        os.close(reader)
    assert received.decode("utf-8").startswith("article,")
    assert "warning" not in done.stderr


# -- A terminal that is not UTF-8 -------------------------------------------------------------------------------


def test_the_terminal_summary_shows_a_name_its_encoding_lacks_rather_than_failing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # On a Latin-1 terminal (or a Windows console) an outlet named in another script ended the summary with
    # a UnicodeEncodeError traceback and exit status 1.
    a, b = tmp_path / "harbour.txt", tmp_path / "courier.txt"
    a.write_text("outlet: 港口日报\n\n" + HARBOUR_A, encoding="utf-8")
    b.write_text(HARBOUR_B, encoding="utf-8")
    monkeypatch.setattr("newsdiff.cli._terminal", lambda: True)
    done = CliRunner(charset="latin-1").invoke(main, ["compare", str(a), str(b)])
    assert done.exit_code == 0, done.output
    assert "\\u6e2f\\u53e3" in done.stdout and "Coastal Courier:" in done.stdout


@pytest.mark.parametrize("fmt", ["csv", "html"])
def test_report_prints_a_format_asked_for_by_name_on_a_terminal(
    comparison: Path, monkeypatch: pytest.MonkeyPatch, fmt: str
) -> None:
    # Without -o a terminal was refused as "the report is a page of HTML" even with --format csv; compare prints
    # a format asked for by name there.
    monkeypatch.setattr("newsdiff.cli._terminal", lambda: True)
    shown = CliRunner().invoke(main, ["report", str(comparison), "--format", fmt])
    assert shown.exit_code == 0, shown.output
    assert shown.stdout.startswith("article," if fmt == "csv" else "<!DOCTYPE html>")


def test_report_on_a_terminal_without_output_or_format_asks_for_a_file(
    comparison: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("newsdiff.cli._terminal", lambda: True)
    refused = CliRunner().invoke(main, ["report", str(comparison)])
    assert refused.exit_code == 2 and refused.stdout == "" and "-o report.html" in refused.stderr


def test_compare_given_a_comparison_s_json_points_to_report(comparison: Path, articles: list[str]) -> None:
    # It said "record 1 (id 'herald'): record has no 'text' field (fields: id, outlet, ..., sentences, removed)".
    done = CliRunner().invoke(main, ["compare", str(comparison), articles[0], "--format", "json"])
    assert done.exit_code == 2 and done.stdout == ""
    assert len(done.stderr.splitlines()) == 1 and comparison.name in done.stderr
    assert f"newsdiff report {comparison}" in done.stderr


def test_compare_given_a_batch_s_output_points_to_report(articles: list[str], tmp_path: Path) -> None:
    # It said "record 1: record has no 'text' field (fields: cluster, result)".
    output = tmp_path / "results.jsonl"
    output.write_text('{"cluster": "harbour", "result": {"schema": 1}}\n', encoding="utf-8")
    done = CliRunner().invoke(main, ["compare", str(output), articles[0], "--format", "json"])
    assert done.exit_code == 2 and done.stdout == ""
    assert len(done.stderr.splitlines()) == 1 and f"newsdiff report {output} --cluster" in done.stderr


def test_summary_given_a_comparison_s_json_points_to_report(comparison: Path) -> None:
    # It said "line 1: is not a JSON line (Expecting property name ...); give the output of newsdiff batch (a run
    # that was stopped leaves a partial last line ...)", of the file compare --format json had just written whole.
    done = CliRunner().invoke(main, ["summary", str(comparison)])
    assert done.exit_code == 2 and done.stdout == ""
    assert len(done.stderr.splitlines()) == 1 and "partial" not in done.stderr
    assert f"newsdiff report {comparison}" in done.stderr


def test_summary_given_a_pattern_of_comparisons_json_points_to_report(comparison: Path) -> None:
    done = CliRunner().invoke(main, ["summary", str(comparison.parent / "*.json")])
    assert done.exit_code == 2 and done.stdout == ""
    assert len(done.stderr.splitlines()) == 1 and f"newsdiff report {comparison}" in done.stderr


def test_summary_given_a_comparison_piped_from_compare_points_to_report(comparison: Path) -> None:
    done = CliRunner().invoke(main, ["summary", "-"], input=comparison.read_bytes())
    assert done.exit_code == 2 and done.stdout == ""
    assert len(done.stderr.splitlines()) == 1 and "newsdiff report -" in done.stderr


@pytest.mark.parametrize("piped", [b"", b"\n  \n", gzip.compress(b"")], ids=["empty", "blank", "gzip-empty"])
def test_summary_of_standard_input_that_brings_no_results_says_so_in_the_command_s_terms(piped: bytes) -> None:
    # It ended "or give its file's path or a list of results", summarize()'s words for a program.
    done = CliRunner().invoke(main, ["summary", "-"], input=piped)
    assert done.exit_code == 2 and done.stdout == ""
    assert done.stderr == (
        "newsdiff: error: standard input held no results (nothing was piped in, or the program piping it wrote "
        "nothing); pipe a batch's output into it, or give the file of results\n"
    )


def test_compare_reads_article_records_that_name_their_cluster(tmp_path: Path) -> None:
    records = tmp_path / "harbour.jsonl"
    records.write_text(
        "".join(
            json.dumps({"cluster": "harbour", "text": text, "outlet": outlet}) + "\n"
            for text, outlet in ((HARBOUR_A, "Kessel Herald"), (HARBOUR_B, "Coastal Courier"))
        ),
        encoding="utf-8",
    )
    done = CliRunner().invoke(main, ["compare", str(records), "--format", "json"])
    assert done.exit_code == 0, done.output
    assert [a["outlet"] for a in json.loads(done.stdout)["articles"]] == ["Kessel Herald", "Coastal Courier"]


def test_report_of_a_pattern_of_comparisons_says_it_draws_one(comparison: Path, tmp_path: Path) -> None:
    # "results/*.json" was read as a file of that name: "cannot be read (No such file or directory)".
    (tmp_path / "second.json").write_bytes(comparison.read_bytes())
    pattern = str(tmp_path / "*.json")
    done = CliRunner().invoke(main, ["report", pattern, "-o", str(tmp_path / "r.html")])
    assert done.exit_code == 2 and len(done.stderr.splitlines()) == 1
    assert "matches 2" in done.stderr and "one" in done.stderr and "No such file" not in done.stderr
    only = CliRunner().invoke(main, ["report", str(tmp_path / "seco*.json"), "-o", str(tmp_path / "r.html")])
    assert only.exit_code == 0, only.output
    missing = CliRunner().invoke(main, ["report", str(tmp_path / "none*.json"), "-o", str(tmp_path / "r.html")])
    assert missing.exit_code == 2 and "no file matches" in missing.stderr


# -- A read-only output file --------------------------------------------------------------------------------------


def _read_only(path: Path, text: str = "kept\n") -> Path:
    """``path`` written with ``text`` to keep and made read-only (mode 0o444)."""
    path.write_text(text, encoding="utf-8")
    path.chmod(0o444)
    return path


@pytest.mark.skipif(os.name != "posix", reason="file modes")
def test_compare_refuses_a_read_only_output_before_comparing(
    articles: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The file was refused only when the report was written, after a comparison that may take minutes.
    compared: list[object] = []
    monkeypatch.setattr("newsdiff.cli.compare", lambda *given, **options: compared.append(given))
    out = _read_only(tmp_path / "report.html")
    done = CliRunner().invoke(main, ["compare", *articles, "-o", str(out)])
    assert done.exit_code == 2 and compared == []
    assert (
        done.stderr == f"newsdiff: error: {out}: cannot write (the file is read-only (mode 0o444): make it "
        "writable (chmod u+w) or write elsewhere)\n"
    )
    assert out.read_text(encoding="utf-8") == "kept\n"


@pytest.mark.skipif(os.name != "posix", reason="file modes")
def test_batch_refuses_a_read_only_output_as_every_command_does(articles: list[str], tmp_path: Path) -> None:
    # batch appended its results to the file all the same when run as root (as a container often is).
    clusters = tmp_path / "clusters.jsonl"
    texts = [{"id": Path(path).stem, "text": Path(path).read_text(encoding="utf-8")} for path in articles]
    clusters.write_text(json.dumps({"id": "harbour", "articles": texts}) + "\n", encoding="utf-8")
    out = _read_only(tmp_path / "results.jsonl", "")
    done = CliRunner().invoke(main, ["batch", str(clusters), "-o", str(out), "--workers", "1"])
    assert done.exit_code == 2 and "read-only (mode 0o444)" in done.stderr, done.output
    assert out.read_text(encoding="utf-8") == ""


# -- A rules file given among the articles ------------------------------------------------------------------------

_PROMO = {"reason": "promo", "scope": "line", "pattern": "^Subscribe to the Gull Bay Gazette"}


@pytest.mark.parametrize(
    ("rules", "problem"),
    [
        ({"rule": [_PROMO]}, "unknown key 'rule' (did you mean 'rules'?"),
        ({"about": "Gazette promos", "Rules": [_PROMO]}, "unknown key 'Rules'"),
        ({"rules": _PROMO}, "expected a list of rules"),
        ({"rules": [{**_PROMO, "scpoe": "line"}]}, "'scpoe'"),
    ],
)
def test_compare_given_a_mistaken_rules_file_as_an_article_says_it_looks_like_rules_and_what_to_mend(
    articles: list[str], tmp_path: Path, rules: dict[str, object], problem: str
) -> None:
    # It said "record 1: record has no 'text' field (fields: rule)", as if an article had lost its text.
    path = tmp_path / "gazette-rules.json"
    path.write_text(json.dumps(rules), encoding="utf-8")
    done = CliRunner().invoke(main, ["compare", articles[0], str(path), "--format", "json"])
    assert done.exit_code == 2 and done.stdout == ""
    assert done.stderr.startswith(f"newsdiff: error: {path}: looks like noise rules, not an article"), done.stderr
    assert problem in done.stderr and done.stderr.endswith(f"; mend it and give it as --rules {path}\n")


def test_compare_given_a_rules_file_of_the_list_alone_as_an_article_points_to_rules(
    articles: list[str], tmp_path: Path
) -> None:
    path = tmp_path / "gazette-rules.json"
    path.write_text(json.dumps([_PROMO]), encoding="utf-8")
    done = CliRunner().invoke(main, ["compare", articles[0], str(path), "--format", "json"])
    assert done.exit_code == 2
    assert done.stderr == f"newsdiff: error: {path}: is noise rules, not an article; give it as --rules {path}\n"


@pytest.mark.parametrize(
    "record",
    [
        {"text": "Subscribe to the Gull Bay Gazette today.", "rule": [{"pattern": "^Subscribe"}]},
        {"articles": [{"id": "gazette", "text": "The ferry to Gull Bay ran late on Tuesday."}], "rules": []},
    ],
)
def test_an_article_record_with_a_rules_like_field_is_still_an_article(
    articles: list[str], tmp_path: Path, record: dict[str, object]
) -> None:
    path = tmp_path / "gazette.json"
    path.write_text(json.dumps(record), encoding="utf-8")
    done = CliRunner().invoke(main, ["compare", articles[0], str(path), "--format", "json"])
    assert done.exit_code == 0, done.stderr
    assert [article["id"] for article in json.loads(done.stdout)["articles"]] == ["herald", "gazette"]


# -- The usage in docs/cli.md -------------------------------------------------------------------------------------


def _documented_usage() -> dict[str, str]:
    """Each command's usage lines in docs/cli.md's console blocks (``$ newsdiff CMD ...`` and the indented lines
    continuing it), joined per command."""
    usage: dict[str, str] = {}
    command = None
    for line in (ROOT / "docs" / "cli.md").read_text(encoding="utf-8").splitlines():
        if line.startswith("$ newsdiff "):
            command = line.split()[2]
            usage[command] = usage.get(command, "") + " " + line
        elif command is not None and line.startswith(" ") and line.strip():
            usage[command] += " " + line
        else:
            command = None
    return usage


@pytest.mark.parametrize("name", sorted(main.commands))
def test_the_documented_usage_shows_every_option_of_the_command(name: str) -> None:
    # evaluate's usage lacked --explain and --articles.
    usage = _documented_usage()[name]
    options = [
        option
        for option in main.commands[name].params
        if isinstance(option, click.Option) and not option.hidden and "--help" not in option.opts
    ]
    missing = [
        option.opts[-1]
        for option in options
        if not any(
            re.search(rf"(?<![\w-]){re.escape(spelling)}(?![\w-])", usage)
            for spelling in (*option.opts, *option.secondary_opts)
        )
    ]
    assert options and missing == []


@pytest.mark.parametrize("name", ["compare", "batch", "evaluate"])
def test_every_command_relating_sentences_gives_the_engine_s_default_in_its_help(name: str) -> None:
    # compare's help said "(default: lexical)"; evaluate's and batch's did not, for the same option.
    shown = CliRunner().invoke(main, [name, "--help"], terminal_width=200)
    entry = next(line for line in shown.output.splitlines() if line.strip().startswith("--engine"))
    assert "(default: lexical)" in entry


# -- --open where no browser can be opened ------------------------------------------------------------------------


def _opener(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, script: str | None, *, alone: bool = False) -> Path:
    """A stand-in for xdg-open that runs the shell ``script`` (None: no xdg-open at all), in a folder of ``tmp_path``
    put first on the PATH (``alone``: the only folder on it), and with a desktop's DISPLAY set; the folder."""
    folder = tmp_path / "bin"
    folder.mkdir()
    if script is not None:
        opener = folder / "xdg-open"
        opener.write_text(f"#!/bin/sh\n{script}\n")
        opener.chmod(0o755)
    monkeypatch.setenv("PATH", str(folder) if alone else f"{folder}{os.pathsep}{os.environ['PATH']}")
    monkeypatch.setenv("DISPLAY", ":0")  # a desktop's session, where xdg-open is tried
    return folder


_NO_BROWSER = "echo 'xdg-open: no method available for opening the page' >&2; exit 3"


@pytest.mark.skipif(sys.platform in ("darwin", "win32", "cygwin"), reason="xdg-open opens pages elsewhere")
@pytest.mark.parametrize("command", ["compare", "report"])
@pytest.mark.parametrize("script", [None, _NO_BROWSER], ids=["no xdg-open", "xdg-open finds no browser"])
def test_open_says_when_no_browser_could_be_opened(
    articles: list[str],
    comparison: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capfd: pytest.CaptureFixture[str],
    command: str,
    script: str | None,
) -> None:
    # xdg-open was started and not waited for: where it found no browser, --open said nothing, and xdg-open's own
    # lines reached the terminal after the command had ended.
    _opener(tmp_path, monkeypatch, script, alone=True)  # None: a server or a container without xdg-open
    out = tmp_path / "opened.html"
    given = articles if command == "compare" else [str(comparison)]
    done = CliRunner().invoke(main, [command, *given, "-o", str(out), "--open"])
    assert done.exit_code == 0, done.output
    assert done.stderr.splitlines() == [
        f"newsdiff: wrote {out}",
        f"newsdiff: warning: no browser could be opened here; open {out} in one yourself",
    ]
    assert "no method available" not in capfd.readouterr().err


@pytest.mark.skipif(sys.platform in ("darwin", "win32", "cygwin"), reason="xdg-open opens pages elsewhere")
@pytest.mark.parametrize(
    "script", ['echo "$1" > "$(dirname "$0")/asked"', 'echo "$1" > "$(dirname "$0")/asked"; sleep 5']
)
def test_open_hands_the_page_to_xdg_open_and_says_nothing_more_when_it_opens_it(
    articles: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch, script: str
) -> None:
    # A browser that xdg-open starts and stays with (still running after a moment) counts as opened.
    monkeypatch.setattr("newsdiff.cli._OPENING_WAIT", 1.0)
    bin_folder = _opener(tmp_path, monkeypatch, script)
    out = tmp_path / "opened.html"
    done = CliRunner().invoke(main, ["compare", *articles, "-o", str(out), "--open"])
    assert done.exit_code == 0, done.output
    assert done.stderr.splitlines() == [f"newsdiff: wrote {out}"]
    assert (bin_folder / "asked").read_text().strip() == str(out.resolve())


#: A stand-in for xdg-open that, as w3m does with no terminal, writes the page out as text and ends well.
_TEXT_BROWSER = "sed -e 's/<[^>]*>//g' \"$1\"; exit 0"


@pytest.mark.skipif(sys.platform in ("darwin", "win32", "cygwin"), reason="xdg-open opens pages elsewhere")
@pytest.mark.parametrize("command", ["compare", "report"])
def test_open_says_the_page_was_not_opened_when_xdg_open_gave_it_to_a_text_browser_on_a_desktop(
    articles: list[str], comparison: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, command: str
) -> None:
    # With a display present (BROWSER=w3m, or no graphical browser installed) xdg-open ran a text browser, which
    # wrote the page to nowhere and ended well: --open said nothing, as if the page had been opened.
    monkeypatch.setattr("newsdiff.cli._OPENING_WAIT", 10.0)
    _opener(tmp_path, monkeypatch, _TEXT_BROWSER)
    out = tmp_path / "opened.html"
    given = articles if command == "compare" else [str(comparison)]
    done = CliRunner().invoke(main, [command, *given, "-o", str(out), "--open"])
    assert done.exit_code == 0, done.output
    assert done.stderr.splitlines() == [
        f"newsdiff: wrote {out}",
        "newsdiff: warning: xdg-open gave the page to a text browser, which has no terminal here to show it in; "
        f"open {out} in one yourself",
    ]


@pytest.mark.skipif(sys.platform in ("darwin", "win32", "cygwin"), reason="xdg-open opens pages elsewhere")
def test_open_hands_the_page_over_where_no_temporary_file_can_be_made(
    articles: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # What xdg-open writes is kept in a temporary file; with no folder for one, the page is still handed over.
    monkeypatch.setattr("newsdiff.cli._OPENING_WAIT", 10.0)
    bin_folder = _opener(tmp_path, monkeypatch, 'echo "$1" > "$(dirname "$0")/asked"')
    monkeypatch.setattr("tempfile.tempdir", str(tmp_path / "no-such-folder"))
    out = tmp_path / "opened.html"
    done = CliRunner().invoke(main, ["compare", *articles, "-o", str(out), "--open"])
    assert done.exit_code == 0, done.output
    assert done.stderr.splitlines() == [f"newsdiff: wrote {out}"]
    assert (bin_folder / "asked").read_text().strip() == str(out.resolve())


@pytest.mark.skipif(sys.platform in ("darwin", "win32", "cygwin"), reason="xdg-open opens pages elsewhere")
def test_open_takes_a_graphical_browser_that_says_it_used_a_running_one_for_opened(
    articles: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Chrome says this on its standard output when a browser of it already runs: the page is opened there.
    monkeypatch.setattr("newsdiff.cli._OPENING_WAIT", 10.0)
    _opener(tmp_path, monkeypatch, "echo 'Opening in existing browser session.'; exit 0")
    out = tmp_path / "opened.html"
    done = CliRunner().invoke(main, ["compare", *articles, "-o", str(out), "--open"])
    assert done.exit_code == 0, done.output
    assert done.stderr.splitlines() == [f"newsdiff: wrote {out}"]


@pytest.mark.skipif(sys.platform in ("darwin", "win32", "cygwin"), reason="xdg-open opens pages elsewhere")
@pytest.mark.parametrize("command", ["compare", "report"])
def test_open_without_a_graphical_display_says_so_rather_than_hand_the_page_to_a_text_browser(
    articles: list[str], comparison: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, command: str
) -> None:
    # Over SSH or in a container xdg-open falls back to a text browser: w3m, with no terminal to show the page in,
    # wrote it to nowhere and ended well, and --open said nothing, as if the page had been opened.
    bin_folder = _opener(tmp_path, monkeypatch, 'echo "$1" > "$(dirname "$0")/asked"')
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "BROWSER", "WSL_DISTRO_NAME"):
        monkeypatch.delenv(name, raising=False)
    out = tmp_path / "opened.html"
    given = articles if command == "compare" else [str(comparison)]
    done = CliRunner().invoke(main, [command, *given, "-o", str(out), "--open"])
    assert done.exit_code == 0, done.output
    assert done.stderr.splitlines() == [
        f"newsdiff: wrote {out}",
        "newsdiff: warning: no graphical display here for a browser (DISPLAY and WAYLAND_DISPLAY are unset); "
        f"open {out} in one yourself",
    ]
    assert out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert not (bin_folder / "asked").exists()


@pytest.mark.skipif(sys.platform in ("darwin", "win32", "cygwin"), reason="xdg-open opens pages elsewhere")
def test_open_without_a_display_still_hands_the_page_to_the_browser_named_in_browser(
    articles: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A BROWSER the user set is theirs to choose, with or without a display.
    monkeypatch.setattr("newsdiff.cli._OPENING_WAIT", 1.0)
    bin_folder = _opener(tmp_path, monkeypatch, 'echo "$1" > "$(dirname "$0")/asked"')
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "WSL_DISTRO_NAME"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("BROWSER", "my-browser")
    out = tmp_path / "opened.html"
    done = CliRunner().invoke(main, ["compare", *articles, "-o", str(out), "--open"])
    assert done.exit_code == 0, done.output
    assert done.stderr.splitlines() == [f"newsdiff: wrote {out}"]
    assert (bin_folder / "asked").read_text().strip() == str(out.resolve())


_JSON_ASKED = "{out}.json gets JSON, as --format json asks"
_CSV_ASKED = "{out}.html gets CSV, as --format csv asks"
_CSV_NAMED = "{out}.csv gets CSV, as its name ends .csv"


@pytest.mark.parametrize(
    ("command", "options", "said"),
    [
        ("compare", ["--format", "json", "-o", "{out}.json"], f"{_JSON_ASKED}: {{how}} and no --format"),
        ("compare", ["-o", "{out}.csv"], f"{_CSV_NAMED}: {{how}}"),
        ("report", ["--format", "csv", "-o", "{out}.html"], f"{_CSV_ASKED}: {{how}} and no --format"),
        ("report", ["-o", "{out}.csv"], f"{_CSV_NAMED}: {{how}}"),
    ],
)
def test_open_with_a_report_that_is_not_html_says_so_rather_than_to_add_the_o_given(
    articles: list[str], comparison: Path, tmp_path: Path, command: str, options: list[str], said: str
) -> None:
    # "--open needs an HTML report written to a file: add -o report.html", though -o was given.
    out = tmp_path / "written"
    given = articles if command == "compare" else [str(comparison)]
    done = CliRunner().invoke(main, [command, *given, *[part.format(out=out) for part in options], "--open"])
    assert done.exit_code == 2 and done.stdout == ""
    how = "leave out --open, or write the HTML with -o report.html"
    said = said.format(out=out, how=how)
    assert done.stderr == f"newsdiff: error: --open opens only an HTML report, and {said} (see main {command} --help)\n"
    assert not list(tmp_path.glob("written*"))


def test_open_with_the_report_on_standard_output_says_it_needs_a_file(articles: list[str]) -> None:
    done = CliRunner().invoke(main, ["compare", *articles, "-o", "-", "--open"])
    assert done.exit_code == 2 and done.stdout == ""
    assert done.stderr == (
        "newsdiff: error: --open needs an HTML report written to a file, not standard output (-o -): give -o "
        "report.html (see main compare --help)\n"
    )


# -- evaluate --gold given something other than articles ----------------------------------------------------------


@pytest.mark.parametrize("mistake", ["gold", "comparison", "rules"])
def test_evaluate_refuses_what_is_not_an_article_by_what_it_is(
    articles: list[str], comparison: Path, tmp_path: Path, mistake: str
) -> None:
    # A "*.json" glob that caught the gold, a comparison's JSON or a rules file was refused as "a record with no
    # 'text'", where compare names each for what it is.
    gold = tmp_path / "gold.json"
    pair = {"a": "herald", "a_text": "Harbour", "b": "courier", "b_text": "Harbour", "label": "shared"}
    gold.write_text(json.dumps({"pairs": [pair]}), encoding="utf-8")
    rules = tmp_path / "rules.json"
    rules.write_text(json.dumps({"rules": [_PROMO]}), encoding="utf-8")
    extra = {"gold": gold, "comparison": comparison, "rules": rules}[mistake]
    done = CliRunner().invoke(main, ["evaluate", "--gold", str(gold), *articles, str(extra)])
    assert done.exit_code == 2 and done.stdout == ""
    said = {"gold": "is the --gold file, not an article", "comparison": "is a comparison's result, not articles"}
    assert done.stderr.startswith(f"newsdiff: error: {extra}: {said.get(mistake, 'is noise rules, not an article')}")


# -- A warning raised during a command ------------------------------------------------------------------------------


def test_a_warning_during_a_command_is_one_line_in_the_command_s_own_words(articles: list[str], tmp_path: Path) -> None:
    # An inline rule that matches only an empty stretch warns from the library; the command printed it in Python's
    # format, with the path and line of newsdiff's own source and that source line under it.
    rules = tmp_path / "rules.json"
    rules.write_text(json.dumps([{"pattern": "(?=Friday)", "reason": "promo", "scope": "inline"}]), encoding="utf-8")
    out = tmp_path / "result.json"
    before = warnings.showwarning
    done = CliRunner().invoke(main, ["compare", *articles, "--rules", str(rules), "-o", str(out)])
    assert done.exit_code == 0, done.output
    said = done.stderr.splitlines()
    assert said[0].startswith("newsdiff: warning: noise rule 'promo': inline pattern '(?=Friday)' matched an empty"), (
        said
    )
    assert said[1:] == [f"newsdiff: wrote {out}"]
    assert warnings.showwarning is before  # a program that runs the command keeps its own way of showing warnings


@pytest.mark.parametrize(
    ("category", "message", "told"),
    [
        (FutureWarning, "the model is old;\n  load a newer one", "the model is old;\\n  load a newer one"),
        # A file name's line break was folded, with the tab beside it, into one space before the rest was escaped,
        # so the name told was not the file's: "odd b\x1b.txt" for "odd\n\tb\x1b.txt".
        (
            UserWarning,
            "cannot index odd\n\tb\x1b.txt; it is read whole",
            r"cannot index odd\n\tb\x1b.txt; it is read whole",
        ),
    ],
)
def test_a_warning_is_told_on_one_line_with_its_line_breaks_and_control_characters_escaped(
    articles: list[str], monkeypatch: pytest.MonkeyPatch, category: type[Warning], message: str, told: str
) -> None:
    import newsdiff.cli

    real = newsdiff.cli.compare

    def warning_compare(*args: object, **options: object) -> object:
        warnings.warn(message, category, stacklevel=1)
        return real(*args, **options)

    monkeypatch.setattr(newsdiff.cli, "compare", warning_compare)
    done = CliRunner().invoke(main, ["compare", *articles, "--format", "json"])
    assert done.exit_code == 0, done.output
    assert done.stderr.splitlines() == [f"newsdiff: warning: {told}"]


# -- Standard input, named as a file would be ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("piped", "problem"),
    [
        (b"", "article is empty"),  # was "stdin: article is empty"
        (b"<html><body><p>The ferry left.</p></body></html>", "looks like HTML"),  # was "stdin: ..."
        ("The ferry left the quay.".encode("utf-16"), "is UTF-16"),  # was "-: is UTF-16"
        (b"The ferry\x00 left the quay.", "NUL byte"),  # was "-: holds a NUL byte"
    ],
    ids=["empty", "html", "utf-16", "nul"],
)
def test_an_article_piped_in_is_named_standard_input_in_its_errors(
    articles: list[str], piped: bytes, problem: str
) -> None:
    # Its content's errors named it "stdin" (its id) and its encoding's "-": one input, two names, neither the
    # words of the other messages about it.
    done = CliRunner().invoke(main, ["compare", articles[0], "-", "--format", "json"], input=piped)
    assert done.exit_code == 2
    assert done.stderr.startswith("newsdiff: error: standard input: ") and problem in done.stderr, done.stderr
    assert len(done.stderr.splitlines()) == 1


def test_an_article_piped_in_keeps_the_id_stdin_and_no_source(articles: list[str]) -> None:
    piped = "The ferry left the quay at dawn on Monday, an hour late.\n"
    done = CliRunner().invoke(main, ["compare", articles[0], "-", "--format", "json"], input=piped)
    assert done.exit_code == 0, done.output
    piped_in = json.loads(done.stdout)["articles"][1]
    assert (piped_in["id"], piped_in["source"]) == ("stdin", None)
    assert piped_in["sentences"][0]["text"] == piped.strip()


def test_an_article_piped_in_keeps_the_id_its_front_matter_gives(articles: list[str], tmp_path: Path) -> None:
    # `cat gull.txt | newsdiff compare herald.txt -` called it "stdin", dropping the id its front matter gives,
    # which newsdiff compare gull.txt keeps; its outlet was kept all along.
    piped = "id: gull-gazette\noutlet: Gull Gazette\n\nThe ferry left the quay at dawn on Monday, an hour late.\n"
    done = CliRunner().invoke(main, ["compare", articles[0], "-", "--format", "json"], input=piped)
    assert done.exit_code == 0, done.output
    piped_in = json.loads(done.stdout)["articles"][1]
    assert (piped_in["id"], piped_in["outlet"]) == ("gull-gazette", "Gull Gazette")
    saved = tmp_path / "gull.txt"
    saved.write_text(piped, encoding="utf-8")
    from_file = CliRunner().invoke(main, ["compare", articles[0], str(saved), "--format", "json"])
    assert json.loads(from_file.stdout)["articles"][1]["id"] == piped_in["id"]


@pytest.mark.skipif(not hasattr(signal, "SIGXFSZ"), reason="limits the size of the files the command may write")
@pytest.mark.parametrize("arguments", [["--help"], ["--version"], ["evaluate", "--help"]])
def test_help_or_version_that_standard_output_cannot_take_is_one_line_and_status_2(
    tmp_path: Path, arguments: list[str]
) -> None:
    # `newsdiff --help > file` on a full disk ended in an OSError traceback. The file here is a regular file in a
    # temporary folder, and the child may write no byte to any file: each write fails as a full disk's does.
    def no_room() -> None:
        import resource

        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # the write then fails with EFBIG instead of killing
        resource.setrlimit(resource.RLIMIT_FSIZE, (0, 0))

    with open(tmp_path / "help.txt", "wb") as full:
        done = subprocess.run(
            [sys.executable, "-m", "newsdiff", *arguments],
            stdout=full,
            stderr=subprocess.PIPE,
            env={**os.environ, "PYTHONPATH": str(ROOT), "PYTHONDONTWRITEBYTECODE": "1"},
            preexec_fn=no_room,  # the child has no threads yet, so this is safe before exec
            timeout=120,
        )
    told = f"newsdiff: error: standard output: cannot write ({os.strerror(errno.EFBIG)})\n"
    assert (done.returncode, done.stderr.decode()) == (2, told)


@pytest.mark.parametrize(
    ("arguments", "command"),
    [
        (["evaluate"], "evaluate"),
        (["evaluate", "--explain", "{a}"], "evaluate"),
        (["evaluate", "--threshold", "0.5", "{a}"], "evaluate"),
        (["evaluate", "--gold", "{gold}", "{a}"], "evaluate"),
        (["evaluate", "{a}", "--articles", "{b}"], "evaluate"),
        (["batch", "{a}", "-o", "-", "--backend", "dask"], "batch"),
        (["batch", "{a}", "-o", "{out}", "--scheduler", "tcp://127.0.0.1:1"], "batch"),
        (["batch", "{a}", "-o", "{out}", "--engine", "local", "--backend", "dask"], "batch"),
        (["summary", "{a}", "--table", "carried"], "summary"),
        (["compare", "{a}", "{b}", "-o", "-", "--open"], "compare"),
    ],
)
def test_every_usage_mistake_says_where_the_help_is_as_clicks_own_do(
    tmp_path: Path, arguments: list[str], command: str
) -> None:
    # Options that do not go together, found by the command itself, were told without the "(see ... --help)"
    # that an unknown option or a missing argument gets, as if they were a file's fault.
    names = {"a": tmp_path / "herald.txt", "b": tmp_path / "courier.txt"}
    names["a"].write_text(HARBOUR_A, encoding="utf-8")
    names["b"].write_text(HARBOUR_B, encoding="utf-8")
    paths = {**names, "gold": tmp_path / "gold.json", "out": tmp_path / "out.jsonl"}
    given = [part.format(**paths) for part in arguments]
    done = CliRunner().invoke(main, given, prog_name="newsdiff")
    assert done.exit_code == 2 and done.stdout == ""
    assert done.stderr.startswith("newsdiff: error: ")
    assert done.stderr.endswith(f" (see newsdiff {command} --help)\n")
    assert done.stderr.count("\n") == 1
    assert not paths["out"].exists()


@pytest.mark.parametrize(
    ("option", "value", "told"),
    [
        ("--threshold", "high", "'high' is not a valid number"),
        ("--floor", "0,2", "'0,2' is not a valid number"),
        ("--workers", "two", "'two' is not a valid whole number"),
        ("--timeout", "10m", "'10m' is not a valid number"),
        ("--max-line-bytes", "1e6", "'1e6' is not a valid whole number"),
        ("--lines-per-part", "many", "'many' is not a valid whole number"),
    ],
)
def test_a_value_that_is_no_number_is_told_as_the_number_it_should_be(
    tmp_path: Path, option: str, value: str, told: str
) -> None:
    # Click called the number types "integer range" and "float range": "'two' is not a valid integer range" read as
    # if a range were wanted.
    done = CliRunner().invoke(main, ["batch", "c.jsonl", "-o", str(tmp_path / "out.jsonl"), option, value])
    assert done.exit_code == 2
    assert f"invalid value for '{option}': {told} (see " in done.stderr
    assert "range" not in done.stderr


@pytest.mark.parametrize(
    ("command", "option", "value", "told"),
    [
        ("batch", "--timeout", "nan", "nan is not a number in the range x>0"),
        ("batch", "--timeout", "inf", "inf is longer than the longest time limit"),
        ("batch", "--timeout", "1e12", "1e12 is longer than the longest time limit"),
        ("batch", "--threshold", "nan", "nan is not a number in the range 0<=x<=1"),
        ("compare", "--floor", "NaN", "NaN is not a number in the range 0<=x<=1"),
    ],
)
def test_a_number_that_is_no_value_of_the_option_is_refused_naming_the_option(
    tmp_path: Path, command: str, option: str, value: str, told: str
) -> None:
    # nan passed Click's range (it is neither below nor above a bound) and inf the timeout's, and the batch refused
    # them as "timeout must be a positive number of seconds, got nan", naming no option.
    given = ["c.jsonl", "-o", str(tmp_path / "out.jsonl")] if command == "batch" else ["a.txt", "b.txt"]
    done = CliRunner().invoke(main, [command, *given, option, value], prog_name="newsdiff")
    assert done.exit_code == 2 and done.stderr.count("\n") == 1
    assert done.stderr.startswith(f"newsdiff: error: invalid value for '{option}': {told}")
    assert done.stderr.endswith(f" (see newsdiff {command} --help)\n")
    assert ("leave the option out for no limit" in done.stderr) == ("longest" in told)


@pytest.mark.parametrize(
    ("command", "told"),
    [
        (
            ["compare", "{a}", "{b}", "--rules", "{folder}"],
            "invalid value for '--rules': {folder}: is a directory; "
            "give the noise rules file (JSON) in it (see newsdiff compare --help)",
        ),
        (
            ["batch", "{a}", "-o", "{out}", "--rules", "{folder}"],
            "invalid value for '--rules': {folder}: is a "
            "directory; give the noise rules file (JSON) in it (see newsdiff batch --help)",
        ),
        (
            ["evaluate", "--gold", "{folder}", "{a}", "{b}"],
            "invalid value for '--gold': {folder}: is a directory; "
            "give the alignment gold file (JSON) in it (see newsdiff evaluate --help)",
        ),
        (["evaluate", "{folder}"], "{folder}: is a directory; give the sentence-pair file in it"),
    ],
    ids=["compare rules", "batch rules", "gold", "pair file"],
)
def test_a_directory_given_for_a_file_read_whole_says_so_and_what_to_give(
    articles: list[str], tmp_path: Path, command: list[str], told: str
) -> None:
    # Each said "cannot read noise rules (Is a directory)", or the gold or the pair file likewise.
    folder = tmp_path / "rules and gold é"
    folder.mkdir()
    names = {"a": articles[0], "b": articles[1], "folder": str(folder), "out": str(tmp_path / "out.jsonl")}
    done = CliRunner().invoke(main, [part.format(**names) for part in command], prog_name="newsdiff")
    assert done.exit_code == 2
    assert done.stderr == f"newsdiff: error: {told.format(**names)}\n"


@pytest.mark.parametrize("command", ["compare", "batch"])
def test_rules_given_as_standard_input_are_refused_saying_to_give_their_file(
    articles: list[str], tmp_path: Path, command: str
) -> None:
    # "-: cannot read noise rules (No such file or directory)", as if a file named - were missing.
    given = [*articles] if command == "compare" else [articles[0], "-o", str(tmp_path / "out.jsonl")]
    done = CliRunner().invoke(main, [command, *given, "--rules", "-"], input="{}", prog_name="newsdiff")
    assert done.exit_code == 2
    assert done.stderr == (
        "newsdiff: error: invalid value for '--rules': -: noise rules are read from their path, not standard input; "
        f"save them and give that (see newsdiff {command} --help)\n"
    )


# -- An option given twice ----------------------------------------------------------------------------------------


@pytest.mark.parametrize("command", ["compare", "report", "summary", "evaluate", "batch"])
@pytest.mark.parametrize("second", [["-o", "{b}"], ["--output={b}"], ["-o{b}"]])
def test_an_output_given_twice_is_refused_naming_both(
    articles: list[str], tmp_path: Path, command: str, second: list[str]
) -> None:
    # The last -o was written and the first dropped without a word, where two reports were most likely meant.
    first, other = tmp_path / "first.html", tmp_path / "second.html"
    given = {"compare": articles, "evaluate": ["--gold", str(tmp_path / "gold.json"), *articles]}.get(
        command, [articles[0]]
    )
    arguments = [command, *given, "-o", str(first), *(part.format(b=other) for part in second)]
    done = CliRunner().invoke(main, arguments, prog_name="newsdiff")
    assert done.exit_code == 2 and done.stdout == ""
    assert done.stderr.splitlines() == [
        f"newsdiff: error: invalid value for '-o' / '--output': given twice, {first} and {other}; a command writes "
        f"one output: give -o once, and run the command again for another file (see newsdiff {command} --help)"
    ]
    assert not first.exists() and not other.exists()


@pytest.mark.parametrize(
    ("command", "option", "why"),
    [
        ("compare", "--rules", "noise rules are read from one file: give --rules once, with the rules of both in it"),
        ("batch", "--rules", "noise rules are read from one file: give --rules once, with the rules of both in it"),
        (
            "evaluate",
            "--gold",
            "an alignment is scored against one gold: give --gold once, and run the command again for another",
        ),
    ],
)
def test_a_rules_or_gold_file_given_twice_is_refused_naming_both(
    articles: list[str], tmp_path: Path, command: str, option: str, why: str
) -> None:
    # The first file was dropped without a word: two rules files read as if only the last had been given.
    first, other = tmp_path / "first.json", tmp_path / "second.json"
    given = {"batch": [articles[0], "-o", str(tmp_path / "out.jsonl")]}.get(command, articles)
    done = CliRunner().invoke(main, [command, *given, option, str(first), option, str(other)], prog_name="newsdiff")
    assert done.exit_code == 2 and done.stdout == ""
    assert done.stderr.splitlines() == [
        f"newsdiff: error: invalid value for '{option}': given twice, {first} and {other}; {why} "
        f"(see newsdiff {command} --help)"
    ]


@pytest.mark.parametrize("output", [["-o", "-"], []])
def test_another_option_given_twice_takes_the_last_as_posix_commands_do(
    articles: list[str], tmp_path: Path, output: list[str]
) -> None:
    # Documented in docs/cli.md: an alias or a script may set an option that the command line then overrides.
    done = CliRunner().invoke(main, ["compare", *articles, "--format", "html", "--format", "json", *output])
    assert done.exit_code == 0, done.output
    assert json.loads(done.stdout)["schema"] == 1


# -- A file name with control characters in a message ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("odd", "shown"),
    [
        ("\n", "\\n"),
        ("\r", "\\r"),
        ("\t", "\\t"),
        ("\x1b]0;x\x07", "\\x1b]0;x\\x07"),
        ("\x7f", "\\x7f"),
        ("\x9b", "\\x9b"),
        ("\u2028", "\\u2028"),
        ("\u2029", "\\u2029"),
        ("\u202e", "\\u202e"),
        ("\u2066", "\\u2066"),
    ],
)
def test_a_file_name_with_a_control_character_is_shown_escaped_in_one_line(
    articles: list[str], tmp_path: Path, odd: str, shown: str
) -> None:
    # A newline in a missing file's name split the error over two lines; an ESC let a name colour the terminal.
    missing = tmp_path / f"tide{odd}port.txt"
    done = CliRunner().invoke(main, ["compare", articles[0], str(missing)])
    assert done.exit_code == 2
    assert done.stderr == f"newsdiff: error: {tmp_path}/tide{shown}port.txt: no such file\n"


def test_a_written_file_with_a_newline_in_its_name_is_told_in_one_line(articles: list[str], tmp_path: Path) -> None:
    output = tmp_path / "tide\nreport.json"
    done = CliRunner().invoke(main, ["compare", *articles, "-o", str(output)])
    assert done.exit_code == 0, done.stderr
    assert output.exists()
    assert done.stderr == f"newsdiff: wrote {tmp_path}/tide\\nreport.json\n"


def test_an_article_named_with_an_esc_is_told_escaped_by_the_real_command(tmp_path: Path) -> None:
    # Through a real process and its own standard error, not Click's runner: no raw control character reaches it.
    named = tmp_path / "harbour\x1b]0;owned\x07.txt"
    named.write_text(HARBOUR_A, encoding="utf-8")
    environment = {**os.environ, "PYTHONPATH": str(ROOT), "PYTHONIOENCODING": "utf-8"}
    done = subprocess.run(
        [sys.executable, "-m", "newsdiff", "compare", str(named), str(tmp_path / "gone\n.txt")],
        capture_output=True,
        env=environment,
        check=False,
    )
    message = done.stderr.decode("utf-8")
    assert done.returncode == 2
    assert message == f"newsdiff: error: {tmp_path}/gone\\n.txt: no such file\n"
    assert not re.search("[\x00-\x09\x0b-\x1f\x7f-\x9f]", message)


def test_ordinary_unicode_in_a_file_name_is_shown_as_it_is(articles: list[str], tmp_path: Path) -> None:
    missing = tmp_path / "déclaration 港口 🚢 שלום.txt"
    done = CliRunner().invoke(main, ["compare", articles[0], str(missing)])
    assert done.stderr == f"newsdiff: error: {missing}: no such file\n"


# -- An article whose name begins with a dash, and an option given after -- ---------------------------------------


@pytest.mark.parametrize("name", ["-x.txt", "--output.txt"])
def test_an_unknown_option_that_is_a_file_says_how_to_give_it_as_one(
    articles: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    # "no such option '-x'" left the writer of "compare a.txt -x.txt" to guess that the file can be given at all.
    monkeypatch.chdir(tmp_path)
    (tmp_path / name).write_text(HARBOUR_B, encoding="utf-8")
    done = CliRunner().invoke(main, ["compare", articles[0], name], prog_name="newsdiff")
    assert done.exit_code == 2
    assert done.stderr.endswith(
        f"; {name} is a file: to read it, give it after -- or as ./{name} (see newsdiff compare --help)\n"
    )
    assert done.stderr.count("\n") == 1
    given = CliRunner().invoke(main, ["compare", "--format", "json", articles[0], "--", name])
    assert given.exit_code == 0, given.stderr


def test_an_unknown_option_that_is_no_file_gets_no_file_hint(articles: list[str], tmp_path: Path) -> None:
    done = CliRunner().invoke(main, ["compare", articles[0], "-x.txt"], prog_name="newsdiff")
    assert done.stderr == "newsdiff: error: no such option '-x' (see newsdiff compare --help)\n"


@pytest.mark.parametrize("option", ["--format", "--format=json", "-o"])
def test_a_missing_file_after_dashes_that_looks_like_an_option_says_dashes_end_the_options(
    articles: list[str], option: str
) -> None:
    # "compare a b -- c --format json" told only "--format: no such file".
    done = CliRunner().invoke(main, ["compare", *articles, "--", option, "json"], prog_name="newsdiff")
    assert done.exit_code == 2
    assert done.stderr == (
        f"newsdiff: error: {option}: no such file; everything after -- is read as a file name, so give {option} "
        "before --\n"
    )


def test_a_missing_file_after_dashes_that_is_no_option_is_told_as_before(articles: list[str], tmp_path: Path) -> None:
    missing = tmp_path / "--tide.txt"
    done = CliRunner().invoke(main, ["compare", *articles, "--", str(missing)])
    assert done.stderr == f"newsdiff: error: {missing}: no such file\n"


@pytest.mark.parametrize(
    ("given", "told"),
    [
        ("--treshold", "no such option '--treshold'; did you mean '--threshold'?"),
        ("--flor", "no such option '--flor'; did you mean one of '--floor', '--format'?"),
    ],
)
def test_a_misspelt_option_and_its_suggestion_are_one_sentence(articles: list[str], given: str, told: str) -> None:
    # Click's "No such option '--flor'. Did you mean ...?" left a full stop in the middle of the line.
    done = CliRunner().invoke(main, ["compare", *articles, given, "0.3"], prog_name="newsdiff")
    assert done.stderr == f"newsdiff: error: {told} (see newsdiff compare --help)\n"


@pytest.mark.parametrize(
    ("given", "told"),
    [
        (
            ["-q", "compare", "a.txt"],
            "no such option '-q' before the command; it is compare's: give it after the "
            "command's name, as in newsdiff compare -q",
        ),
        (
            ["--cluster", "c1", "report", "r.jsonl"],
            "no such option '--cluster' before the command; it is report's: "
            "give it after the command's name, as in newsdiff report --cluster",
        ),
        (
            ["--no-progress", "a.txt"],
            "no such option '--no-progress' before the command; it is batch's: give it "
            "after the command's name, as in newsdiff batch --no-progress",
        ),
        (["--colour", "compare"], "no such option '--colour'"),
    ],
)
def test_an_option_of_a_command_given_before_it_is_told_where_it_goes(given: list[str], told: str) -> None:
    # "no such option '-q'" said nothing of the option being the command's, to give after its name.
    done = CliRunner().invoke(main, given, prog_name="newsdiff")
    assert done.exit_code == 2
    assert done.stderr == f"newsdiff: error: {told} (see newsdiff --help)\n"


@pytest.mark.parametrize(
    ("given", "told"),
    [
        ("compre", "no such command 'compre'; did you mean 'compare'?"),
        ("Compare", "no such command 'Compare'; did you mean 'compare'?"),
        ("draw", "no such command 'draw'; the commands are batch, compare, evaluate, report, summary"),
    ],
)
def test_an_unknown_command_and_its_suggestion_are_one_sentence(given: str, told: str) -> None:
    # Click's "No such command 'compre'. Did you mean 'compare'?" left a full stop in the middle of the line.
    done = CliRunner().invoke(main, [given, "a.txt"], prog_name="newsdiff")
    assert done.exit_code == 2
    assert done.stderr == f"newsdiff: error: {told} (see newsdiff --help)\n"


def test_articles_given_without_a_command_are_told_to_name_it(articles: list[str]) -> None:
    # "newsdiff a.txt b.txt" was refused as "no such command 'a.txt'", as if the file were a misspelt command.
    done = CliRunner().invoke(main, articles, prog_name="newsdiff")
    assert done.exit_code == 2
    assert done.stderr == (
        f"newsdiff: error: no such command {articles[0]!r}; {articles[0]} is a file: to compare articles, give the "
        "command before them: newsdiff compare FILES (see newsdiff --help)\n"
    )


# -- JSON piped in where an article's text is read ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("piped", "told"),
    [
        (json.dumps({"id": "gull", "text": "The ferry left at noon."}), "holds JSON, and - reads an article's text"),
        ('{"id": "gull", "text": "The ferry left."}\n{"id": "tern", "text": "It left."}\n', "holds JSON"),
        (json.dumps({"rules": [_PROMO]}), "is noise rules, not an article; save them to a file and give it as --rules"),
        ('{"cluster": "c1", "result": {}}\n', "is a batch's results, not an article"),
    ],
)
def test_json_piped_in_as_an_article_is_refused_naming_what_it_holds(
    articles: list[str], piped: str, told: str
) -> None:
    # Read as an article's text, its braces and quotes were compared as sentences without a word.
    done = CliRunner().invoke(main, ["compare", articles[0], "-", "--format", "json"], input=piped)
    assert done.exit_code == 2
    assert done.stderr.startswith(f"newsdiff: error: standard input: {told}")
    assert done.stdout == ""


def test_a_comparison_piped_in_as_an_article_is_sent_to_report(articles: list[str]) -> None:
    made = CliRunner().invoke(main, ["compare", *articles, "--format", "json"])
    done = CliRunner().invoke(main, ["compare", articles[0], "-"], input=made.stdout)
    assert done.exit_code == 2
    assert done.stderr == (
        "newsdiff: error: standard input: is a comparison's result, not an article; draw its page with newsdiff "
        "report -\n"
    )


def test_an_article_piped_in_that_begins_with_a_brace_is_compared(articles: list[str]) -> None:
    piped = "{Updated} Port Minister Lena Varga will meet union leader Tomas Brell on Friday in Kessel.\n"
    done = CliRunner().invoke(main, ["compare", articles[0], "-", "--format", "json"], input=piped)
    assert done.exit_code == 0, done.stderr
    assert json.loads(done.stdout)["articles"][1]["sentences"][0]["text"].startswith("{Updated} Port Minister")


# -- A folder that is there, open to writing, and takes no new file ------------------------------------------------

#: Whether /proc is here and looks writable (as it does to root), though it takes no new file: the case the system's
#: word, "No such file or directory", left unexplained.
_PROC_LOOKS_WRITABLE = sys.platform.startswith("linux") and os.path.isdir("/proc") and os.access("/proc", os.W_OK)


@pytest.mark.skipif(not _PROC_LOOKS_WRITABLE, reason="needs a /proc that looks writable (Linux, as root)")
@pytest.mark.parametrize("command", ["compare", "batch"])
def test_an_output_in_a_folder_that_takes_no_new_file_is_refused_before_comparing_saying_what_to_do(
    articles: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch, command: str
) -> None:
    # compare said "/proc/x.html: cannot write (No such file or directory)" after the comparison, and batch that
    # the folder /proc "does not exist".
    monkeypatch.setattr("newsdiff.cli.compare", lambda *given, **options: pytest.fail("compared"))
    if command == "compare":
        given, out = articles, "/proc/newsdiff-report.html"
    else:
        source = tmp_path / "clusters.jsonl"
        texts = [Path(path).read_text(encoding="utf-8") for path in articles]
        source.write_text(json.dumps({"id": "c1", "articles": texts}) + "\n", encoding="utf-8")
        given, out = [str(source), "--workers", "1"], "/proc/newsdiff-results.jsonl"
    done = CliRunner().invoke(main, [command, *given, "-o", out])
    assert done.exit_code == 2
    assert done.stderr == (
        f"newsdiff: error: {out}: cannot write (No such file or directory: /proc is there but takes no new file); "
        "give a path in another folder\n"
    )


# -- -q/--quiet ----------------------------------------------------------------------------------------------------


def test_quiet_compare_writes_the_report_and_tells_no_note_nor_warning(articles: list[str], tmp_path: Path) -> None:
    out = tmp_path / "report.txt"  # a name that says another format than the HTML written: a warning without -q
    told = CliRunner().invoke(main, ["compare", *articles, "-o", str(out)])
    assert told.exit_code == 0 and "warning" in told.stderr and f"wrote {out}" in told.stderr
    done = CliRunner().invoke(main, ["compare", *articles, "-o", str(out), "-q"])
    assert (done.exit_code, done.stderr) == (0, "")
    assert out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


def test_quiet_batch_tells_nothing_and_its_status_says_a_cluster_failed(articles: list[str], tmp_path: Path) -> None:
    texts = [Path(path).read_text(encoding="utf-8") for path in articles]
    source = tmp_path / "clusters.jsonl"
    source.write_text(
        json.dumps({"id": "c1", "articles": texts}) + "\n" + json.dumps({"id": "c2", "articles": []}) + "\n",
        encoding="utf-8",
    )
    out = tmp_path / "results.jsonl"
    done = CliRunner().invoke(main, ["batch", str(source), "-o", str(out), "--workers", "1", "--quiet"])
    assert (done.exit_code, done.stderr) == (3, "")
    assert [json.loads(line)["cluster"] for line in out.read_text(encoding="utf-8").splitlines()] == ["c1", "c2"]


@pytest.mark.parametrize("command", ["compare", "batch", "report", "summary", "evaluate"])
def test_quiet_still_tells_an_error(command: str, tmp_path: Path) -> None:
    missing = tmp_path / "missing.txt"
    given = {"compare": [str(missing), str(missing)], "batch": [str(missing), "-o", str(tmp_path / "r.jsonl")]}
    done = CliRunner().invoke(main, [command, *given.get(command, [str(missing)]), "-q"])
    assert done.exit_code == 2
    assert done.stderr.startswith(f"newsdiff: error: {missing}: ") and len(done.stderr.splitlines()) == 1


@pytest.mark.parametrize(("options", "drawn"), [(["-q"], False), (["-q", "--progress"], True), ([], True)])
def test_quiet_draws_no_progress_bar_on_a_terminal_unless_asked(
    articles: list[str], monkeypatch: pytest.MonkeyPatch, options: list[str], drawn: bool
) -> None:
    asked: list[bool] = []

    def compared(*given: object, progress: bool, **others: object) -> None:
        asked.append(progress)
        raise KeyboardInterrupt

    monkeypatch.setattr("newsdiff.cli.compare", compared)
    monkeypatch.setattr("newsdiff.cli._error_terminal", lambda: True)
    CliRunner().invoke(main, ["compare", *articles, "--format", "json", *options])
    assert asked == [drawn]


def test_a_batch_output_that_is_a_directory_is_answered_with_a_file_in_it(articles: list[str], tmp_path: Path) -> None:
    # It said only that the local backend writes one JSONL file, where compare's -o names a file to give.
    source = tmp_path / "clusters.jsonl"
    texts = [Path(path).read_text(encoding="utf-8") for path in articles]
    source.write_text(json.dumps({"id": "c1", "articles": texts}) + "\n", encoding="utf-8")
    folder = tmp_path / "out"
    folder.mkdir()
    done = CliRunner().invoke(main, ["batch", str(source), "-o", str(folder), "--workers", "1"])
    assert done.exit_code == 2
    assert done.stderr.startswith(
        f"newsdiff: error: {folder}: is a directory; give a file in it, such as {folder / 'results.jsonl'} "
    )
    assert list(folder.iterdir()) == []
