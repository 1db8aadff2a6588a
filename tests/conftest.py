"""Shared fixtures: small articles we wrote, and paths to the bundled example cluster."""

from __future__ import annotations

import multiprocessing
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from html.parser import HTMLParser
from pathlib import Path

import pytest
from hypothesis import settings

ROOT = Path(__file__).resolve().parent.parent

# Property tests check what holds, not how fast: a first example that pays for a lazy import on a busy machine
# failed Hypothesis's default 200 ms deadline. Speed is measured in benchmarks/run.py.
settings.register_profile("newsdiff", deadline=None)
settings.load_profile("newsdiff")
EXAMPLE_CLUSTER = ROOT / "examples" / "cluster"


@pytest.fixture
def example_paths() -> list[Path]:
    """The bundled example cluster's article files, in name order."""
    paths = sorted(EXAMPLE_CLUSTER.glob("*.txt"))
    assert len(paths) >= 3, "the example cluster ships with the repository"
    return paths


HARBOUR_A = """Harbour talks set for Friday

date 2026-03-14

Port Minister Lena Varga and union leader Tomas Brell are due to meet Friday evening in Kessel to end the dock strike.
“We will not sign anything that cuts a single job,” Brell told reporters on Thursday.
The strike has kept 40 cargo ships waiting outside the harbour for nine days.
Read more
Fishing crews said they had run out of ice.
"""

HARBOUR_B = """outlet: Coastal Courier
title: Strike talks in Kessel

Union leader Tomas Brell and Port Minister Lena Varga are slated to sit down on Friday night in Kessel \
in a bid to settle the dock strike.
Brell said on Thursday: “We will not sign anything that cuts a single job.”
Forty cargo ships have been waiting outside the harbour for nine days because of the strike.
Full Screen
1 / 6
The city council voted to open a second ferry line.
"""


#: A cluster whose comparison kills the process comparing it, under :func:`sinkhole_kills_its_process`.
SINKHOLE = [{"id": "gazette", "text": "A sinkhole opened on Elm Street."}, {"id": "post", "text": "A sinkhole."}]


@pytest.fixture
def sinkhole_kills_its_process(monkeypatch: pytest.MonkeyPatch) -> list[dict[str, str]]:
    """Comparing the :data:`SINKHOLE` articles kills the process without a word, as the out-of-memory killer
    would; worker processes fork, so that they see the stand-in whatever this Python starts pools with."""
    import newsdiff.batch  # noqa: F401  (the module, which the package's batch function shadows by name)

    batch_module = sys.modules["newsdiff.batch"]
    compare = batch_module.compare

    def dying(articles: list[dict[str, str]], **options: object) -> object:
        if any("sinkhole" in article["text"] for article in articles):
            os.kill(os.getpid(), signal.SIGKILL)
        return compare(articles, **options)

    monkeypatch.setattr(batch_module, "compare", dying)
    monkeypatch.setattr(batch_module, "_start_method", lambda settings: multiprocessing.get_context("fork"))
    return SINKHOLE


def interrupt_when_written(command: list[str], written: Callable[[], int], *, wait: float) -> tuple[int, str]:
    """Run ``command`` as a terminal's foreground job, press Ctrl-C once ``written()`` bytes reach 100 kB (or
    ``wait`` seconds pass), and give its exit status and standard error.

    Ctrl-C signals the whole foreground process group: the command and every worker process it started.
    """
    import newsdiff

    env = {**os.environ, "PYTHONPATH": str(Path(newsdiff.__file__).parents[1])}
    run = subprocess.Popen(
        command,
        env=env,
        stderr=subprocess.PIPE,
        start_new_session=True,
        # A shell starts background jobs with Ctrl-C ignored; a terminal's foreground job has it.
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )
    deadline = time.monotonic() + wait
    while written() < 100_000 and time.monotonic() < deadline:
        time.sleep(0.1)
    os.killpg(run.pid, signal.SIGINT)
    _, errors = run.communicate(timeout=60)
    return run.returncode, errors.decode()


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))


def tags_of(html: str) -> list[tuple[str, dict[str, str | None]]]:
    """The start tags of a page, in order, each with its attributes."""
    parser = _Tags()
    parser.feed(html)
    return parser.tags


@pytest.fixture
def articles(tmp_path: Path) -> list[str]:
    """Two article files of the harbour talks, for the command line's tests."""
    a, b = tmp_path / "herald.txt", tmp_path / "courier.txt"
    a.write_text(HARBOUR_A, encoding="utf-8")
    b.write_text(HARBOUR_B, encoding="utf-8")
    return [str(a), str(b)]
