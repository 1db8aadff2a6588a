"""The project's own gates: documentation builds without warnings and its examples run; lint and types are clean."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT


def run(*command: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, cwd=cwd, capture_output=True, text=True)


@pytest.mark.slow
@pytest.mark.parametrize("builder", ["html", "doctest"])
def test_docs_build_without_warnings(builder: str, tmp_path: Path) -> None:
    done = run(
        sys.executable, "-m", "sphinx", "-W", "--keep-going", "-q", "-b", builder, "docs", str(tmp_path / builder)
    )
    assert done.returncode == 0, done.stdout + done.stderr


@pytest.mark.slow
def test_package_is_lint_clean() -> None:
    ruff = shutil.which("ruff")
    assert ruff is not None, "ruff is part of the test extra"
    done = run(ruff, "check", "newsdiff", "tests", "benchmarks", "scripts", "examples", "docs")
    assert done.returncode == 0, done.stdout + done.stderr
    done = run(ruff, "format", "--check", "newsdiff", "tests", "benchmarks", "scripts", "examples", "docs")
    assert done.returncode == 0, done.stdout + done.stderr


@pytest.mark.slow
def test_package_type_checks() -> None:
    done = run(sys.executable, "-m", "mypy", "newsdiff")
    assert done.returncode == 0, done.stdout + done.stderr


@pytest.mark.slow
def test_benchmarks_run_in_quick_mode() -> None:
    done = run(sys.executable, str(ROOT / "benchmarks" / "run.py"), "--quick")
    assert done.returncode == 0, done.stdout + done.stderr
    assert "growth: compare 40x40 / compare 10x40" in done.stdout
    assert "speed-up over all-pairs difflib ratio" in done.stdout
