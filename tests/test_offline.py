"""The offline promise, watched from inside a fresh interpreter: a comparison opens no network connection, reads
nothing from the user's home or the working directory it was not given, and writes only the report it was asked for.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT

from newsdiff.embeddings import available

# Runs the command line under an audit hook (PEP 578) that refuses network look-ups and connections, and records
# them together with every file opened and every folder made; the record is written as JSON when the run ends.
WATCHED_RUN = """
import atexit, json, os, socket, sys, tempfile

# The standard library tests the temporary folder by writing and removing a file of a random name there, once,
# when a library first asks for it: done here, before the watch, it is not taken for the package's writing.
tempfile.gettempdir()

sys.dont_write_bytecode = True  # Python's own bytecode caches are not the package's doing
record_path, *arguments = sys.argv[1:]
record = {"network": [], "read": [], "written": [], "made": []}
# Entries of the import path that are not folders (an editable install's "__editable__...__path_hook__") read
# as names in the working directory when a library probes them: they are the interpreter's, not the user's files.
record["import path"] = [os.path.abspath(entry) for entry in sys.path if entry and not os.path.isabs(entry)]
WRITING = os.O_WRONLY | os.O_RDWR | os.O_CREAT | os.O_APPEND


def watch(event, args):
    if record is None:
        return
    if event in ("socket.getaddrinfo", "socket.gethostbyname", "socket.gethostbyname_ex"):
        record["network"].append(f"{event} {args[0]}")
        raise OSError("network refused by the test")
    if event == "socket.connect" and args[0].family in (socket.AF_INET, socket.AF_INET6):
        record["network"].append(f"{event} {args[1]}")
        raise OSError("network refused by the test")
    if event == "open" and isinstance(args[0], (str, bytes, os.PathLike)):
        path = os.path.abspath(os.fsdecode(args[0]))
        record["written" if (args[2] or 0) & WRITING else "read"].append(path)
    if event == "os.mkdir":
        record["made"].append(os.path.abspath(os.fsdecode(args[0])))


sys.addaudithook(watch)


@atexit.register
def save():
    global record
    seen, record = record, None
    with open(record_path, "w", encoding="utf-8") as stream:
        json.dump(seen, stream)


from newsdiff.cli import main

sys.argv = ["newsdiff", *arguments]
main()
"""


def run_watched(tmp_path: Path, *arguments: str) -> dict[str, list[str]]:
    """Run ``newsdiff ARGUMENTS`` in an empty working directory with an empty home, and return what it touched."""
    home, work, record = tmp_path / "home", tmp_path / "work", tmp_path / "record.json"
    home.mkdir()
    work.mkdir()
    # Where NLTK would look for its data first: a package that read it would be caught reading under home.
    (home / "nltk_data").mkdir()
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("HF_", "TRANSFORMERS_", "SENTENCE_TRANSFORMERS_", "NLTK_", "XDG_"))
    }
    env.update(HOME=str(home), PYTHONPATH=str(ROOT))
    done = subprocess.run(
        [sys.executable, "-c", WATCHED_RUN, str(record), *arguments],
        cwd=work,
        env=env,
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stderr
    touched: dict[str, list[str]] = json.loads(record.read_text(encoding="utf-8"))
    touched["home or working directory"] = [
        path
        for path in touched["read"] + touched["written"] + touched["made"]
        if (Path(path).is_relative_to(home) or Path(path).is_relative_to(work)) and path not in touched["import path"]
    ]
    return touched


def only_the_report(touched: dict[str, list[str]], report: Path) -> list[str]:
    """Files written other than the report and the temporary file it is first written to, beside it (devices such as
    /dev/null, which a library's subprocess may be given, are not files)."""
    return [
        path
        for path in touched["written"]
        if Path(path) != report
        and not (Path(path).parent == report.parent and Path(path).name.startswith("."))
        and not path.startswith("/dev/")
    ]


def test_a_comparison_stays_offline_and_writes_only_its_report(tmp_path: Path, example_paths: list[Path]) -> None:
    report = tmp_path / "out" / "report.html"
    report.parent.mkdir()
    touched = run_watched(tmp_path, "compare", *map(str, example_paths), "-o", str(report))
    assert report.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert touched["network"] == []
    assert touched["home or working directory"] == []
    assert only_the_report(touched, report) == []
    assert touched["made"] == []
    assert set(map(str, example_paths)) <= set(touched["read"])  # the watch sees the files that are read


@pytest.mark.slow  # loads PyTorch and the model in a fresh interpreter
@pytest.mark.skipif(not available(), reason="needs newsdiff[embeddings]")
def test_the_embeddings_engine_loads_its_model_without_the_network(tmp_path: Path, example_paths: list[Path]) -> None:
    report = tmp_path / "out" / "report.json"
    report.parent.mkdir()
    touched = run_watched(tmp_path, "compare", "--engine", "embeddings", *map(str, example_paths), "-o", str(report))
    assert json.loads(report.read_text(encoding="utf-8"))["schema"] == 1
    assert touched["network"] == []
    assert touched["home or working directory"] == []
    assert only_the_report(touched, report) == []
