"""The project's own gates: documentation builds without warnings and its examples run; lint and types are clean;
the sdist and the wheel carry what they should.
"""

from __future__ import annotations

import ast
import configparser
import glob
import importlib
import re
import shutil
import subprocess
import sys
import tarfile
import typing
import zipfile
from dataclasses import dataclass
from importlib.metadata import packages_distributions
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


def test_every_public_name_is_in_the_api_page() -> None:
    # autodoc documents only what the page names: a name added to __all__ and not to the page is missing from the docs.
    import newsdiff

    page = (ROOT / "docs" / "api.md").read_text(encoding="utf-8")
    missing = [name for name in newsdiff.__all__ if not re.search(rf"newsdiff\.{re.escape(name)}\b", page)]
    assert not missing, f"not in docs/api.md: {missing}"


def _documented(dotted: str) -> object:
    """The object that ``dotted`` names as the API page writes it: ``newsdiff.batch`` is the function the package
    exports, and ``newsdiff.batch.batch_file`` a name of the module."""
    import newsdiff

    found: object = newsdiff
    for part in dotted.split(".")[1:]:
        if not hasattr(found, part):
            module, _, last = dotted.rpartition(".")
            return getattr(importlib.import_module(module), last)
        found = getattr(found, part)
    return found


def _newsdiff_classes(hint: object) -> set[type]:
    """The classes of newsdiff that a type hint names, at any depth (``tuple[Miss, ...] | None`` names Miss)."""
    own = {hint} if isinstance(hint, type) and hint.__module__.startswith("newsdiff") else set()
    return own.union(*(_newsdiff_classes(arg) for arg in typing.get_args(hint)))


def test_every_class_a_documented_name_hands_out_is_in_the_api_page() -> None:
    # A class met as a field, argument or result of a documented name (AlignmentScores.misses holds Miss objects) is
    # part of the API even when the package does not export it; autodoc documents only the names the page gives.
    import newsdiff

    page = (ROOT / "docs" / "api.md").read_text(encoding="utf-8")
    names = re.findall(r"^\.\. auto(?:class|function|exception):: ([\w.]+)", page, flags=re.MULTILINE)
    documented = {_documented(name) for name in names}
    undocumented = {}
    for name in names:
        item = _documented(name)
        typed = [item]
        if isinstance(item, type):
            members = [key for key in vars(item) if not key.startswith("_")]
            typed += [vars(item)[k].fget if isinstance(vars(item)[k], property) else getattr(item, k) for k in members]
        for each in typed:
            if callable(each):
                for hint in typing.get_type_hints(each, localns=vars(newsdiff)).values():
                    for found in _newsdiff_classes(hint):
                        if found not in documented:
                            undocumented.setdefault(f"{found.__module__}.{found.__qualname__}", name)
    assert not undocumented, f"not in docs/api.md (class: where it is met): {undocumented}"


def test_the_schema_page_names_every_reason_text_is_removed_for() -> None:
    # A pipeline reading a result's "removed" list is told its reasons by the schema page: a shipped rule of a new
    # reason (Markdown's) left out of the page's list is a value the contract never announced.
    import newsdiff

    page = (ROOT / "docs" / "schema.md").read_text(encoding="utf-8")
    listed = re.search(r"^- `removed` lists every span.*?Removed text never appears", page, re.MULTILINE | re.DOTALL)
    assert listed, "docs/schema.md no longer has the bullet that lists the removal reasons"
    reasons = {rule.reason for rule in newsdiff.default_rules()} | {"metadata", "headline", "headline-duplicate"}
    missing = sorted(reasons - set(re.findall(r"`([\w-]+)`", listed[0])))
    assert not missing, f"removal reasons not in docs/schema.md: {missing}"


def test_the_scale_page_counts_the_rules_that_ship() -> None:
    # The benchmarks' note on the noise rules says how many ship now; rules added without it make the figure stale.
    import newsdiff

    page = (ROOT / "docs" / "scale.md").read_text(encoding="utf-8")
    counted = re.search(r"The noise rules grew too \(from \d+ to \d+; there are (\d+) since", page)
    assert counted, "docs/scale.md no longer says how many noise rules ship"
    assert int(counted[1]) == len(newsdiff.default_rules())


# A command written in the docs, up to the end of its line, a comment, a shell pipe or the end of inline code.
DOCUMENTED_COMMAND = re.compile(r"newsdiff (compare|batch|report|summary|evaluate)\b([^\n`#]*)")


def test_every_option_the_docs_give_a_command_is_one_it_takes() -> None:
    # An option renamed or dropped in the CLI and not in the docs gives a reader a usage error.
    from newsdiff.cli import main

    pages = [
        ROOT / "README.md",
        ROOT / "examples" / "README.md",
        ROOT / "examples" / "corpus" / "README.md",
        *sorted((ROOT / "docs").glob("*.md")),
    ]
    unknown = []
    for page in pages:
        text = page.read_text(encoding="utf-8")
        for match in DOCUMENTED_COMMAND.finditer(text):
            if text.startswith("\nnewsdiff: error: no such option", match.end()):
                continue  # a mistake shown with the error it gets, on purpose
            command = main.commands[match[1]]
            takes = {"-h", "--help"} | {
                option for param in command.params for option in (*param.opts, *param.secondary_opts)
            }
            words = re.split(r"\s\|\s", match[2])[0]  # what follows a pipe is another program's
            for option in re.findall(r"(?<![\w-])--?[a-z][\w-]*", words):
                if option not in takes:
                    unknown.append(f"{page.relative_to(ROOT)}: newsdiff {match[1]} {option}")
    assert not unknown, unknown


# A path into the repository as the pages write it, in prose or in a command: `docs/cli.md`, examples/cluster/*.txt.
REPOSITORY_PATH = re.compile(r"(?<![\w/.-])((?:docs|examples|newsdiff|tests|benchmarks|scripts)/[\w./*-]*[\w/*])")
# What a documented command writes, which a fresh checkout does not have yet.
WRITTEN_BY_COMMANDS = {"docs/_build", "examples/output/"}


def test_every_link_and_path_the_pages_give_is_there() -> None:
    # A file moved or renamed and not in the pages sends a reader to nothing; Sphinx checks only its own
    # cross-references, and the README and CHANGELOG are not part of its build.
    pages = [
        ROOT / "README.md",
        ROOT / "CHANGELOG.md",
        ROOT / "examples" / "README.md",
        ROOT / "examples" / "corpus" / "README.md",
        *sorted((ROOT / "docs").glob("*.md")),
    ]
    missing = []
    for page in pages:
        text = page.read_text(encoding="utf-8")
        for target in re.findall(r"\]\(([^)\s#]+)[^)\s]*\)", text):
            if not re.match(r"[a-z][a-z+.-]*:", target) and not (page.parent / target).exists():
                missing.append(f"{page.relative_to(ROOT)}: link {target}")
        for path in REPOSITORY_PATH.findall(text):
            if path not in WRITTEN_BY_COMMANDS and not glob.glob(str(ROOT / path)):
                missing.append(f"{page.relative_to(ROOT)}: {path}")
    assert not missing, missing


@pytest.mark.slow
def test_package_is_lint_clean() -> None:
    # The ruff of this interpreter's environment (the test extra's), found even when that environment is not activated.
    ruff = (sys.executable, "-m", "ruff")
    done = run(*ruff, "check", "newsdiff", "tests", "benchmarks", "scripts", "examples", "docs")
    assert done.returncode == 0, done.stdout + done.stderr
    done = run(*ruff, "format", "--check", "newsdiff", "tests", "benchmarks", "scripts", "examples", "docs")
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


# What a source distribution must carry besides the package: enough to rebuild it and to run the whole test suite
# (the tests read the example cluster and the CHANGELOG, build the docs, lint the scripts and run the benchmarks).
# setuptools adds the README, setup.cfg, pyproject.toml and MANIFEST.in of itself; the rest only as MANIFEST.in says.
SDIST_TOP_FILES = ("LICENSE", "README.md", "CHANGELOG.md", "MANIFEST.in", "setup.cfg", "pyproject.toml", "ruff.toml")
SDIST_FOLDERS = ("newsdiff", "tests", "examples", "docs", "benchmarks", "scripts")
# Left out of the copy that is built: version control, virtual environments and what earlier builds and runs leave.
NOT_SOURCE = shutil.ignore_patterns(
    ".git",
    ".venv",
    "build",
    "dist",
    "*.egg-info",
    "__pycache__",
    "*.pyc",
    ".*_cache",
    ".hypothesis",
    ".benchmarks",
    "artifacts",
    "_build",
    "output",
)
# Debris planted in the copy, as a working tree has it after a test run and a docs build: no distribution may carry it.
JUNK = (
    "newsdiff/__pycache__/cli.cpython-311.pyc",
    "tests/__pycache__/conftest.cpython-311.pyc",
    "docs/_build/index.html",
)
BUILD = "import sys; from setuptools import build_meta; build_meta.build_{kind}(sys.argv[1])"


@dataclass(frozen=True)
class Built:
    source: Path
    sdist: list[str]
    wheel: list[str]
    log: str


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Built:
    """The sdist and the wheel, built by setuptools from a copy of this tree with some debris planted in it."""
    source = tmp_path_factory.mktemp("tree") / "newsdiff"
    shutil.copytree(ROOT, source, ignore=NOT_SOURCE)
    for junk in JUNK:
        (source / junk).parent.mkdir(parents=True, exist_ok=True)
        (source / junk).write_bytes(b"junk")
    out = tmp_path_factory.mktemp("dist")
    log = ""
    for kind in ("sdist", "wheel"):  # each in a process of its own, as a build frontend does
        done = run(sys.executable, "-c", BUILD.format(kind=kind), str(out), cwd=source)
        assert done.returncode == 0, done.stdout + done.stderr
        log += done.stdout + done.stderr
    (sdist,) = out.glob("*.tar.gz")
    (wheel,) = out.glob("*.whl")
    with tarfile.open(sdist) as archive:
        sdist_names = [name.partition("/")[2] for name in archive.getnames() if archive.getmember(name).isfile()]
    with zipfile.ZipFile(wheel) as archive:
        wheel_names = [name for name in archive.namelist() if not name.endswith("/")]
    return Built(source, sdist_names, wheel_names, log)


def _source_files(built: Built, *folders: str) -> set[str]:
    return {
        path.relative_to(built.source).as_posix()
        for folder in folders
        for path in (built.source / folder).rglob("*")
        if path.is_file()
    } - set(JUNK)


@pytest.mark.slow
def test_sdist_carries_what_rebuilding_and_testing_need(built: Built) -> None:
    missing = (_source_files(built, *SDIST_FOLDERS) | set(SDIST_TOP_FILES)) - set(built.sdist)
    assert not missing, f"not in the sdist: {sorted(missing)}"


@pytest.mark.slow
def test_no_distribution_carries_caches_or_build_output(built: Built) -> None:
    for names in (built.sdist, built.wheel):
        assert not [name for name in names if "__pycache__" in name or "_build/" in name or name.endswith(".pyc")]


@pytest.mark.slow
def test_wheel_carries_every_package_file_and_the_licence(built: Built) -> None:
    missing = _source_files(built, "newsdiff") - set(built.wheel)
    assert not missing, f"not in the wheel: {sorted(missing)}"
    assert "newsdiff/py.typed" in built.wheel
    assert [name for name in built.wheel if re.fullmatch(r"newsdiff-[^/]+\.dist-info/(licenses/)?LICENSE", name)]
    assert not [name for name in built.wheel if not name.startswith(("newsdiff/", "newsdiff-"))]


@pytest.mark.slow
def test_package_data_folders_are_declared_packages(built: Built) -> None:
    # Otherwise setuptools still installs the data folders, but warns that it would ignore them (older releases: that
    # installing them as data is deprecated); both warnings say "Python recognizes 'newsdiff.data' as ...".
    warnings = [line.strip() for line in built.log.splitlines() if "Python recognizes 'newsdiff." in line]
    assert not warnings


def test_supported_pythons_agree_from_the_floor_up() -> None:
    # python_requires, the classifiers PyPI shows, the pages' install lines, the version mypy checks against and the
    # syntax ruff allows all state one range; changed in one place only, they promise what is not checked (or not true).
    config = configparser.ConfigParser()
    config.read(ROOT / "setup.cfg", encoding="utf-8")
    floor = re.fullmatch(r">=\s*3\.(\d+)", config["options"]["python_requires"].strip())
    assert floor, f"python_requires is not a plain floor: {config['options']['python_requires']!r}"
    minors = sorted(
        int(m) for m in re.findall(r"Programming Language :: Python :: 3\.(\d+)", config["metadata"]["classifiers"])
    )
    assert minors == list(range(int(floor[1]), minors[-1] + 1)), (
        f"3.x classifiers {minors}, python_requires 3.{floor[1]}"
    )
    assert config["mypy"]["python_version"] == f"3.{floor[1]}"
    for page in (ROOT / "README.md", ROOT / "docs" / "quickstart.md"):
        assert f"Python 3.{floor[1]} or newer" in page.read_text(encoding="utf-8"), page.name
    assert re.search(rf'^target-version = "py3{floor[1]}"$', (ROOT / "ruff.toml").read_text(encoding="utf-8"), re.M)


# The modules that import an extra's libraries, and only when the extra is used.
OPTIONAL_MODULES = {"newsdiff/embeddings.py", "newsdiff/distributed.py"}


def _canonical(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _declared(*sections: str) -> set[str]:
    """The distributions setup.cfg names in these sections (``dask[distributed]`` names Dask and distributed)."""
    config = configparser.ConfigParser()
    config.read(ROOT / "setup.cfg", encoding="utf-8")
    names: set[str] = set()
    for section, key in (s.split(":") for s in sections):
        for line in config[section][key].strip().splitlines():
            match = re.match(r"\s*([\w.-]+)\s*(?:\[([^]]*)\])?", line)
            assert match, f"not a requirement: {line!r}"
            names |= {_canonical(n) for n in (match[1], *(match[2] or "").split(",")) if n.strip()}
    return names


def test_every_library_the_package_imports_is_a_declared_requirement() -> None:
    # Importing a library that only comes along with another one breaks when that one drops it or changes its floor.
    distributions = packages_distributions()
    core, optional = (
        _declared("options:install_requires"),
        _declared("options:install_requires", "options.extras_require:embeddings", "options.extras_require:dask"),
    )
    undeclared: set[str] = set()
    for path in sorted((ROOT / "newsdiff").rglob("*.py")):
        name = path.relative_to(ROOT).as_posix()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                modules = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                modules = [node.module]
            else:
                continue
            for top in {module.partition(".")[0] for module in modules}:
                if top in sys.stdlib_module_names or top in ("__future__", "newsdiff"):
                    continue
                owners = {_canonical(d) for d in distributions.get(top, [top])}
                if not owners & (optional if name in OPTIONAL_MODULES else core):
                    undeclared.add(f"{name}: {top}")
    assert not undeclared, sorted(undeclared)


def test_every_extra_the_docs_and_messages_name_is_declared() -> None:
    # pip warns that a package "does not provide the extra" and installs without it, so a misspelt or renamed extra
    # in an install command leaves the reader without the libraries the command was for.
    config = configparser.ConfigParser()
    config.read(ROOT / "setup.cfg", encoding="utf-8")
    declared = set(config["options.extras_require"])
    texts = [
        ROOT / "README.md",
        ROOT / "CHANGELOG.md",
        *(ROOT / "docs").glob("*.md"),
        *(ROOT / "newsdiff").rglob("*.py"),
    ]
    named = {
        (path.relative_to(ROOT).as_posix(), extra)
        for path in texts
        for extras in re.findall(r"(?:newsdiff|[\"']\.)\[([a-z][\w,-]*)\]", path.read_text(encoding="utf-8"))
        for extra in extras.split(",")
    }
    assert {extra for _, extra in named} >= {"embeddings", "dask"}, named  # the pattern finds the pages' commands
    assert not [f"{path}: [{extra}]" for path, extra in sorted(named) if extra not in declared]


def test_every_error_newsdiff_raises_can_be_caught_by_its_public_name() -> None:
    import importlib
    import pkgutil

    import newsdiff
    from newsdiff import errors

    # Every module is imported, so that an error class defined anywhere (not only in errors.py) is found.
    for module in pkgutil.walk_packages(newsdiff.__path__, "newsdiff."):
        if module.name != "newsdiff.__main__":  # that one runs the command line
            importlib.import_module(module.name)

    def subclasses(cls: type) -> set[type]:
        return {cls}.union(*(subclasses(sub) for sub in cls.__subclasses__()))

    raised = subclasses(errors.NewsdiffError)
    assert {errors.NewsdiffError, errors.InputError, errors.EngineError, errors.MainGuardError} <= raised
    for cls in raised:
        assert cls.__module__ == "newsdiff.errors", f"{cls.__name__} belongs in newsdiff/errors.py"
        assert getattr(newsdiff, cls.__name__, None) is cls and cls.__name__ in newsdiff.__all__


def test_importing_newsdiff_and_its_commands_leaves_nltk_unloaded() -> None:
    # Importing NLTK imports all of it (seconds where SciPy is installed); help, report and summary need none.
    script = (
        "import sys, newsdiff, newsdiff.cli, newsdiff.corpus, newsdiff.report, newsdiff.evaluate\n"
        "assert 'nltk' not in sys.modules, sorted(m for m in sys.modules if m.startswith('nltk'))[:5]\n"
        "newsdiff.compare([newsdiff.Article('It rained. The ferry waited.'), newsdiff.Article('It rained.')])\n"
        "assert 'nltk' in sys.modules, 'the check above looks for the right module'\n"
    )
    done = run(sys.executable, "-c", script)
    assert done.returncode == 0, done.stderr
