"""Every example of the README and the docs that a reader would run is run by a test, and where a page shows what a
command prints, the command prints that.

The README's and the pages' ``python`` blocks run as scripts at the top of a checkout, with the bundled examples;
their ``{doctest}`` blocks run under Sphinx's doctest builder and in tests/test_examples.py. A console block that
shows output (lines after a ``$ `` command line, up to the next one; an indented line right under a command, as in
a synopsis, continues the command) is run here, command by command, in a copy of the examples with two small
articles ``a.txt`` and ``b.txt``, and each command must print what the page shows (``...`` stands for any text, as
in a doctest); a command shown without output must succeed.

A block that is not meant to run says so on the line just above its fence, where the page hides it:
``<!-- not run: the reason -->``."""

from __future__ import annotations

import doctest
import os
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from conftest import ROOT

PAGES = (ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md")))
NOT_RUN = re.compile(r"<!-- not run: \S.*-->")
PYTHON_INFOS = {"python", "py", "python3", "pycon", "ipython", "{doctest}"}

# Python blocks that tests/test_examples.py runs with checks of their own (what they print, what they write):
# (page, which python block of the page, from 0): the test there.
RUN_WITH_OWN_CHECKS = {
    ("README.md", 0): "test_readme_python_example_runs_from_a_checkout",
    ("docs/scale.md", 0): "test_scale_page_python_example_runs_on_the_example_corpus",
}

A_TXT = "Ferry talks resume\n\nThe ferry crews of Kessel met the port board on Friday. They asked for two more boats.\n"
B_TXT = "Crews meet port board\n\nKessel's ferry crews met the port board on Friday and asked for more boats.\n"


@dataclass(frozen=True)
class Block:
    """A fenced block of a page: where it opens, what its fence says it holds, its text, and whether it is marked
    as not meant to run."""

    page: str
    line: int
    info: str
    body: str
    not_run: bool

    def __str__(self) -> str:
        return f"{self.page} line {self.line} ({self.info or 'no info string'})"


def fenced_blocks(page: Path) -> list[Block]:
    """The fenced blocks of a Markdown page, in order (``` and ~~~ fences; a longer fence closes only as long a
    one)."""
    lines = page.read_text(encoding="utf-8").splitlines()
    name = page.relative_to(ROOT).as_posix() if page.is_relative_to(ROOT) else page.name
    found = []
    n = 0
    while n < len(lines):
        opening = re.match(r"^(`{3,}|~{3,})\s*(\S*)", lines[n])
        if not opening:
            n += 1
            continue
        fence, info = opening.groups()
        end = next(
            (k for k in range(n + 1, len(lines)) if re.match(rf"^{fence[0]}{{{len(fence)},}}\s*$", lines[k])),
            len(lines),
        )
        above = next((lines[k] for k in range(n - 1, -1, -1) if lines[k].strip()), "")
        found.append(Block(name, n + 1, info, "\n".join(lines[n + 1 : end]) + "\n", bool(NOT_RUN.search(above))))
        n = end + 1
    return found


def python_blocks(page: Path) -> list[Block]:
    return [block for block in fenced_blocks(page) if block.info == "python"]


def test_every_python_example_is_in_a_block_that_runs() -> None:
    # A ```py or ```pycon block, or one with no info string holding >>> prompts, is shown but run by no test; the
    # README is no Sphinx page, so a {doctest} block there is not run either.
    unrun = []
    for page in PAGES:
        for block in fenced_blocks(page):
            looks_like_python = block.info in PYTHON_INFOS or re.search(r"^\s*>>> |^import newsdiff", block.body, re.M)
            runs = block.info == "python" or (block.info == "{doctest}" and block.page.startswith("docs/"))
            if looks_like_python and not runs and not block.not_run:
                unrun.append(str(block))
    assert not unrun, f"Python examples no test runs (make them ```python, or ```{{doctest}} on a docs page): {unrun}"


def test_python_blocks_run_with_their_own_checks_are_still_there() -> None:
    tests = (ROOT / "tests" / "test_examples.py").read_text(encoding="utf-8")
    for (page, number), test in RUN_WITH_OWN_CHECKS.items():
        assert len(python_blocks(ROOT / page)) > number, f"{page} has no python block {number} for {test} to run"
        assert f"def {test}(" in tests, f"tests/test_examples.py no longer has {test}, which ran {page}'s example"


def _checkout(tmp_path: Path) -> Path:
    """A directory laid out as the top of a checkout for the examples: the bundled examples, two small articles,
    and a ``newsdiff`` command on the PATH that runs this checkout's package."""
    shutil.copytree(ROOT / "examples", tmp_path / "examples", ignore=shutil.ignore_patterns("output", "*.ipynb"))
    (tmp_path / "a.txt").write_text(A_TXT, encoding="utf-8")
    (tmp_path / "b.txt").write_text(B_TXT, encoding="utf-8")
    bin_dir = tmp_path / ".bin"
    bin_dir.mkdir()
    command = bin_dir / "newsdiff"
    command.write_text(f"#!{sys.executable}\nfrom newsdiff.__main__ import main\n\nmain()\n", encoding="utf-8")
    command.chmod(0o755)
    return tmp_path


def _environment(checkout: Path) -> dict[str, str]:
    return {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "PATH": f"{checkout / '.bin'}{os.pathsep}{os.environ['PATH']}",
        "COLUMNS": "120",
    }


def run_python_block(block: Block, checkout: Path) -> str:
    """Run a python block as a reader's script at ``checkout``; the failure, or "" when it ran."""
    script = checkout / "example.py"
    script.write_text(block.body, encoding="utf-8")
    done = subprocess.run(
        [sys.executable, str(script)], cwd=checkout, capture_output=True, text=True, env=_environment(checkout)
    )
    return "" if done.returncode == 0 else f"{block} exited {done.returncode}:\n{done.stderr}"


def _python_blocks_run_here() -> list[Block]:
    return [
        block
        for page in PAGES
        for number, block in enumerate(python_blocks(page))
        if (block.page, number) not in RUN_WITH_OWN_CHECKS and not block.not_run
    ]


# Today every python block is one of RUN_WITH_OWN_CHECKS, and pytest reports this test skipped for want of blocks.
@pytest.mark.parametrize("block", _python_blocks_run_here(), ids=str)
def test_every_other_python_block_runs(block: Block, tmp_path: Path) -> None:
    failure = run_python_block(block, _checkout(tmp_path))
    assert not failure, failure


def test_a_python_block_that_fails_is_reported_naming_its_page_and_line(tmp_path: Path) -> None:
    # The runner of the pages' blocks, on a page of our own: it must not pass what a reader would see fail.
    page = tmp_path / "page.md"
    page.write_text("Intro.\n\n```python\nimport newsdiff\n\nnewsdiff.compare([])\n```\n", encoding="utf-8")
    (block,) = fenced_blocks(page)
    failure = run_python_block(block, _checkout(tmp_path / "checkout"))
    assert failure.startswith("page.md line 3 (python) exited 1:") and "InputError" in failure, failure


@dataclass(frozen=True)
class Shown:
    """A command of a console block and what the page shows it printing (empty when it shows nothing)."""

    command: str
    output: str


def shown_commands(block: Block) -> list[Shown]:
    """The ``$ `` commands of a console block, each with the lines shown under it (an indented line right under a
    command continues the command)."""
    shown: list[Shown] = []
    for line in block.body.splitlines():
        if line.startswith("$ "):
            shown.append(Shown(line.removeprefix("$ "), ""))
        elif shown and not shown[-1].output and line[:1].isspace():
            # an indented line under a command continues it: a synopsis too long for one line
            shown[-1] = Shown(f"{shown[-1].command} {line.strip()}", "")
        elif shown:
            shown[-1] = Shown(shown[-1].command, shown[-1].output + line + "\n")
    return shown


def output_faults(block: Block, checkout: Path) -> list[str]:
    """Run a console block's commands in order at ``checkout``; what any printed that the page does not show."""
    faults = []
    checker = doctest.OutputChecker()
    for shown in shown_commands(block):
        done = subprocess.run(
            ["bash", "-c", shown.command],
            cwd=checkout,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            env=_environment(checkout),
        )
        if shown.output and not checker.check_output(shown.output, done.stdout, doctest.ELLIPSIS):
            faults.append(f"{block}: $ {shown.command}\nthe page shows:\n{shown.output}it printed:\n{done.stdout}")
        elif not shown.output and done.returncode != 0:
            faults.append(f"{block}: $ {shown.command} exited {done.returncode}:\n{done.stdout}")
    return faults


def _blocks_that_show_output() -> list[Any]:
    params: list[Any] = []
    for page in PAGES:
        for block in fenced_blocks(page):
            if block.info == "console" and not block.not_run and any(s.output for s in shown_commands(block)):
                # a batch of the example corpus takes tens of seconds on a busy machine
                slow = any(s.command.startswith("newsdiff batch") for s in shown_commands(block))
                params.append(pytest.param(block, id=f"{block.page}:{block.line}", marks=[pytest.mark.slow] * slow))
    return params


@pytest.mark.skipif(shutil.which("bash") is None, reason="the pages' commands are shell commands")
@pytest.mark.parametrize("block", _blocks_that_show_output())
def test_console_block_prints_what_the_page_shows(block: Block, tmp_path: Path) -> None:
    faults = output_faults(block, _checkout(tmp_path))
    assert not faults, "\n".join(faults)


def test_the_pages_show_output_of_some_command() -> None:
    # Guards the parametrisation above: a change to how blocks are read must not leave it checking nothing.
    assert {block.page for block in (param.values[0] for param in _blocks_that_show_output())} >= {"docs/cli.md"}


@pytest.mark.skipif(shutil.which("bash") is None, reason="the pages' commands are shell commands")
def test_a_command_that_prints_other_than_the_page_shows_is_reported(tmp_path: Path) -> None:
    page = tmp_path / "page.md"
    page.write_text(
        "```console\n$ newsdiff compare a.txt missing.txt\nnewsdiff: error: missing.txt: not found\n"
        "$ newsdiff compare a.txt b.txt --format json > result.json\n```\n",
        encoding="utf-8",
    )
    (block,) = fenced_blocks(page)
    checkout = _checkout(tmp_path / "checkout")
    (fault,) = output_faults(block, checkout)
    assert "the page shows:\nnewsdiff: error: missing.txt: not found\n" in fault, fault
    assert "it printed:\nnewsdiff: error: missing.txt: no such file\n" in fault, fault
    assert (checkout / "result.json").read_text(encoding="utf-8").startswith("{")
