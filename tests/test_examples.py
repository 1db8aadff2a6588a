"""The examples run: the report script writes its files, the notebook executes with its report inline, the
example corpus tells the story its README tells, and the Python examples and the commands of the README, the
example corpus's README and the docs run as a reader types them."""

from __future__ import annotations

import doctest
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT


def test_write_report_script_writes_html_and_json(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, str(ROOT / "examples" / "write_report.py"), str(tmp_path)],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "report.html").read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert json.loads((tmp_path / "result.json").read_text(encoding="utf-8"))["schema"] == 1
    # it prints the summary, then where the files went, as its docstring and examples/README.md say
    assert re.match(r"newsdiff \S+: 5 articles", done.stdout), done.stdout
    assert done.stdout.splitlines()[-1] == f"wrote {tmp_path / 'report.html'} and {tmp_path / 'result.json'}"


@pytest.mark.slow
def test_quickstart_notebook_executes_and_shows_the_report(monkeypatch: pytest.MonkeyPatch) -> None:
    import nbclient
    import nbformat

    monkeypatch.setenv("PYTHONPATH", str(ROOT))

    notebook = nbformat.read(ROOT / "examples" / "quickstart.ipynb", as_version=4)
    nbclient.NotebookClient(notebook, timeout=300, resources={"metadata": {"path": str(ROOT / "examples")}}).execute()
    cells = [cell for cell in notebook.cells if cell.cell_type == "code"]
    outputs = [output for cell in cells for output in cell.outputs]
    assert not [o for o in outputs if o.output_type == "error"]
    # every step shows the reader something: a cell that prints nothing has lost its point
    assert all(cell.outputs for cell in cells), [cell.source for cell in cells if not cell.outputs]
    html = [
        o["data"]["text/html"]
        for o in outputs
        if o.output_type == "execute_result" and "text/html" in o.get("data", {})
    ]
    assert any("newsdiff" in h and "shared" in h for h in html)
    printed = "".join(o.get("text", "") for o in outputs if o.output_type == "stream")
    shown = "".join(o["data"].get("text/plain", "") for o in outputs if o.output_type == "execute_result")
    assert re.search(r"^newsdiff \S+: 5 articles", printed, flags=re.MULTILINE), printed
    assert "'article': '01-harbor-herald'" in shown and "'matched_articles':" in shown, shown
    assert "Match(article=" in printed and "Relation(label=" in shown, (printed, shown)
    assert re.search(r"^pairs aligned +\d+/\d+", printed, flags=re.MULTILINE), printed


@pytest.mark.slow
def test_example_corpus_batch_and_summary_show_each_outlets_habit(tmp_path: Path) -> None:
    import newsdiff
    from newsdiff.batch import batch_file

    results = tmp_path / "results.jsonl"
    done = batch_file(ROOT / "examples" / "corpus" / "clusters.jsonl", results, workers=1)
    assert (done.written, done.failed) == (6, 0)
    summary = newsdiff.summarize(results)
    assert summary.clusters == 6 and summary.failed == ()

    outlets = {o.name: o for o in summary.outlets}
    wire, copier, rewriter, reporter = "Northgate Press", "Ashford Telegraph", "Saltmarsh Observer", "Fenwick Gazette"
    assert set(outlets) == {wire, copier, rewriter, reporter, "Brightwater Post"}
    assert outlets[wire].clusters == 6

    def share(label: str) -> dict[str, float]:
        return {name: getattr(o, label) / o.sentences for name, o in outlets.items()}

    for label, outlet in (("shared", wire), ("paraphrased", rewriter), ("unique", reporter)):
        shares = share(label)
        assert max(shares, key=shares.__getitem__) == outlet, (label, shares)
    # no cluster is all unique: every article shares or rewords something with another
    for line in results.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        for article in record["result"]["articles"]:
            assert any(s["matches"] for s in article["sentences"]), (record["cluster"], article["id"])
    # the copier carries the wire's sentences mostly verbatim, the rewriter mostly reworded
    carried = {(c.outlet, c.by): c for c in summary.carried}
    assert carried[wire, copier].shared > carried[wire, copier].paraphrased
    assert carried[wire, rewriter].paraphrased > carried[wire, rewriter].shared


def _fenced(page: Path, info: str) -> list[str]:
    """The bodies of the fenced blocks of a Markdown page opened with ``info`` (``python``, ``{doctest}``)."""
    text = page.read_text(encoding="utf-8")
    return re.findall(rf"^```{re.escape(info)}\n(.*?)^```", text, flags=re.MULTILINE | re.DOTALL)


def _run_python(code: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", code],
        cwd=cwd,
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )


def test_readme_python_example_runs_from_a_checkout(tmp_path: Path) -> None:
    # The reader runs it where the README's commands run, at the top of a checkout; a copy of the example cluster
    # there keeps the report it writes out of the repository.
    shutil.copytree(ROOT / "examples" / "cluster", tmp_path / "examples" / "cluster")
    (code,) = _fenced(ROOT / "README.md", "python")
    done = _run_python(code, tmp_path)
    assert done.returncode == 0, done.stderr
    assert re.match(r"newsdiff \S+: 5 articles", done.stdout), done.stdout
    assert done.stdout.splitlines()[-1].startswith("paraphrased "), done.stdout
    assert (tmp_path / "report.html").read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


def _run_commands(block: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    """Run a console block's commands in a shell as a reader types them, ``newsdiff`` being this checkout's;
    a ``pip`` line is left out (the checkout is already importable) and a leading ``$ `` prompt is dropped."""
    commands = [line.removeprefix("$ ") for line in block.splitlines() if line.strip()]
    script = "\n".join(command for command in commands if not command.startswith("pip "))
    shim = f'newsdiff() {{ "{sys.executable}" -m newsdiff "$@"; }}'
    return subprocess.run(
        ["bash", "-euc", f"{shim}\n{script}"],
        cwd=cwd,
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )


@pytest.mark.skipif(shutil.which("bash") is None, reason="the pages' commands are shell commands")
def test_quickstart_commands_write_the_report_and_the_json(tmp_path: Path) -> None:
    shutil.copytree(ROOT / "examples" / "cluster", tmp_path / "examples" / "cluster")
    for block in _fenced(ROOT / "docs" / "quickstart.md", "console"):
        done = _run_commands(block, tmp_path)
        assert done.returncode == 0, (block, done.stderr)
    assert (tmp_path / "report.html").read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert json.loads((tmp_path / "result.json").read_text(encoding="utf-8"))["schema"] == 1


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("bash") is None, reason="the README's commands are shell commands")
def test_example_corpus_readme_commands_write_what_they_say(tmp_path: Path) -> None:
    shutil.copytree(ROOT / "examples" / "corpus", tmp_path / "examples" / "corpus")
    (block,) = _fenced(ROOT / "examples" / "corpus" / "README.md", "console")
    done = _run_commands(block, tmp_path)
    assert done.returncode == 0, done.stderr
    clusters = (ROOT / "examples" / "corpus" / "clusters.jsonl").read_text(encoding="utf-8").splitlines()
    assert len((tmp_path / "results.jsonl").read_text(encoding="utf-8").splitlines()) == len(clusters)
    for page in ("corpus.html", "report.html"):
        assert (tmp_path / page).read_text(encoding="utf-8").startswith("<!DOCTYPE html>"), page


@pytest.mark.slow
@pytest.mark.parametrize("start", ["default", "spawn"])
def test_scale_page_python_example_runs_on_the_example_corpus(start: str, tmp_path: Path) -> None:
    # Run as a reader runs it, a script of its own; where worker processes are spawned (Windows, macOS), each imports
    # that script, which must not run the batch again.
    shutil.copytree(ROOT / "examples" / "corpus", tmp_path / "examples" / "corpus")
    (code,) = _fenced(ROOT / "docs" / "scale.md", "python")
    (tmp_path / "example.py").write_text(code, encoding="utf-8")
    spawn = 'multiprocessing.set_start_method("spawn"); ' if start == "spawn" else ""
    done = _run_python(
        f'import multiprocessing, runpy; {spawn}runpy.run_path("example.py", run_name="__main__")', tmp_path
    )
    assert done.returncode == 0, done.stderr
    clusters = (ROOT / "examples" / "corpus" / "clusters.jsonl").read_text(encoding="utf-8").splitlines()
    *printed, summary = done.stdout.splitlines()
    assert [line.split()[0] for line in printed] == [json.loads(line)["id"] for line in clusters]
    written = len(clusters)
    assert summary == f"BatchSummary(written={written}, failed=0, skipped=0, foreign=0, retried=0, earlier_failed=0)"
    assert len((tmp_path / "results.jsonl").read_text(encoding="utf-8").splitlines()) == len(clusters)


# Every page with examples, so that a page given its first ones is tested without being listed here.
DOCTEST_PAGES = sorted(page.name for page in (ROOT / "docs").glob("*.md") if "```{doctest}" in page.read_text("utf-8"))


@pytest.mark.parametrize("page", DOCTEST_PAGES)
def test_doc_page_examples_run_with_nothing_defined_first(page: str, monkeypatch: pytest.MonkeyPatch) -> None:
    # Sphinx runs them after a setup the page does not show; a reader typing them into Python at the top of a
    # checkout has only what the page itself defines.
    monkeypatch.chdir(ROOT)
    examples = "\n".join(_fenced(ROOT / "docs" / page, "{doctest}"))
    assert examples, f"no examples in docs/{page}"
    test = doctest.DocTestParser().get_doctest(examples, {}, page, page, 0)
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS)
    failures: list[str] = []
    runner.run(test, out=failures.append)
    assert runner.failures == 0, "".join(failures)
