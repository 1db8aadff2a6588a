"""Data flows one way: load → clean → segment → score → align → compare → render, then the tools that run many
comparisons, then the command line. These tests read every module of the package as source (nothing is imported),
list its imports of the package's own modules, at module level or inside a function, and check that none reaches
a later stage than its own except the few deliberate ones listed below, each with its reason. Nor does a module
take another's private names (``_name``) but as listed, each with its reason.

A module new to the package fails here until it is placed in a layer: say where it belongs in the flow."""

from __future__ import annotations

import ast
import shutil
from dataclasses import dataclass
from pathlib import Path

import pytest
from conftest import ROOT

PACKAGE = ROOT / "newsdiff"

# Lowest first. A module may import the modules of its own layer and of the layers below it.
LAYERS: tuple[tuple[str, frozenset[str]], ...] = (
    (
        "foundation: errors, files, shipped data, invisible characters, word features: nothing of articles",
        frozenset(
            {
                "newsdiff._version",
                "newsdiff.errors",
                "newsdiff.compression",
                "newsdiff.files",
                "newsdiff.shipped",
                "newsdiff.invisible",
                "newsdiff.features",
            }
        ),
    ),
    ("noise rules: data the loader and the cleaner both read", frozenset({"newsdiff.noise"})),
    ("load", frozenset({"newsdiff.article"})),
    ("clean", frozenset({"newsdiff.clean"})),
    ("segment", frozenset({"newsdiff.segment"})),
    ("candidates, scoring and word diffs", frozenset({"newsdiff.index", "newsdiff.relate", "newsdiff.diff"})),
    ("the embeddings engine, built on relate's model", frozenset({"newsdiff.embeddings"})),
    ("the result model: what compare builds and the report shows", frozenset({"newsdiff.result"})),
    ("align", frozenset({"newsdiff.align"})),
    ("compare: the pipeline of one cluster", frozenset({"newsdiff.compare"})),
    ("render one comparison", frozenset({"newsdiff.report", "newsdiff.report.render"})),
    (
        "many comparisons: batches, their summary, measurement",
        frozenset({"newsdiff.batch", "newsdiff.distributed", "newsdiff.corpus", "newsdiff.evaluate"}),
    ),
    ("render a corpus summary", frozenset({"newsdiff.report.corpus"})),
    ("the public API and the command line", frozenset({"newsdiff", "newsdiff.cli", "newsdiff.__main__"})),
)

# Imports of a later layer, each made inside a function so that importing the lower module does not load the
# higher one. (importer, imported): the reason. "To mend" marks one that would better go: see its reason.
ALLOWED_UPWARD: dict[tuple[str, str], str] = {
    ("newsdiff.relate", "newsdiff.embeddings"): "the optional engine is looked up by name; it builds on relate",
    ("newsdiff.result", "newsdiff.report.render"): "Comparison.to_html, save_html and _repr_html_ render themselves",
    ("newsdiff.corpus", "newsdiff.report.corpus"): "CorpusSummary.to_html, save_html and _repr_html_ render themselves",
    ("newsdiff.result", "newsdiff.compare"): (
        "Comparison.relate asks compare.verdict to judge a pair again, as compare did: only verdict, which aligns"
    ),
}


# A name with a leading underscore is its module's own. (importer, imported): the private names it may take, and why.
# "To mend" marks a module boundary that leaks: the name wants a public home, or the work a function of its own.
ALLOWED_PRIVATE: dict[tuple[str, str], tuple[frozenset[str], str]] = {
    ("newsdiff.report.corpus", "newsdiff.report.render"): (
        frozenset({"_distinct_shorts", "_environment", "_narrow_names", "_percent", "_srcdoc", "_static"}),
        "the corpus page is drawn with the comparison page's helpers, within the report package",
    ),
    ("newsdiff.embeddings", "newsdiff.relate"): (
        frozenset({"_EMBEDDING_FEATURES", "_Model"}),
        "the embeddings engine scores with relate's learned model, read from its own shipped weights",
    ),
}


@dataclass(frozen=True)
class Import:
    """One import of a module of the package by another, where it is made and whether it waits for a call."""

    importer: str
    imported: str
    line: int
    kind: str  # "module" (runs on import), "lazy" (inside a function) or "typing" (under TYPE_CHECKING)
    names: tuple[str, ...] = ()  # the names taken from the module (from ... import these), when it is not a package


def module_name(path: Path, package: Path) -> str:
    parts = path.relative_to(package.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _kind(node: ast.AST, parents: dict[ast.AST, ast.AST]) -> str:
    kind = "module"
    while node in parents:
        node = parents[node]
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)):
            return "lazy"
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            kind = "typing"
    return kind


def _targets(
    node: ast.Import | ast.ImportFrom, importer: str, is_package: bool, modules: set[str]
) -> dict[str, tuple[str, ...]]:
    """The package's modules an import statement loads, each with the names it takes from it: ``from .a import b``
    loads ``a.b`` when that is a module, and takes ``b`` from ``a`` when ``b`` is a name defined there."""
    if isinstance(node, ast.Import):
        return {alias.name: () for alias in node.names if alias.name in modules}
    if node.level:
        base = importer.split(".") if is_package else importer.split(".")[:-1]
        base = base[: len(base) - node.level + 1]
        source = ".".join(base + ([node.module] if node.module else []))
    else:
        source = node.module or ""
    found: dict[str, tuple[str, ...]] = {
        f"{source}.{alias.name}": () for alias in node.names if f"{source}.{alias.name}" in modules
    }
    defined = tuple(alias.name for alias in node.names if f"{source}.{alias.name}" not in modules)
    if defined and source in modules:
        found[source] = defined
    return found


def import_graph(package: Path) -> tuple[set[str], list[Import]]:
    """The package's modules, and every import one of them makes of another, read from source with ``ast``."""
    files = {module_name(path, package): path for path in sorted(package.rglob("*.py"))}
    modules = set(files)
    imports = []
    for name, path in files.items():
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        parents = {child: parent for parent in ast.walk(tree) for child in ast.iter_child_nodes(parent)}
        for node in ast.walk(tree):
            if isinstance(node, (ast.Import, ast.ImportFrom)):
                for target, taken in _targets(node, name, path.name == "__init__.py", modules).items():
                    if target != name:
                        imports.append(Import(name, target, node.lineno, _kind(node, parents), taken))
    return modules, imports


def placement_faults(modules: set[str]) -> list[str]:
    """Modules in no layer or in more than one, and layer entries that name no module."""
    faults = []
    for module in sorted(modules):
        homes = [title for title, members in LAYERS if module in members]
        if len(homes) != 1:
            faults.append(f"{module} is in {len(homes)} layers {homes}: place it in exactly one of LAYERS")
    listed = set().union(*(members for _, members in LAYERS))
    faults += [f"LAYERS names {name}, which is no module of the package" for name in sorted(listed - modules)]
    return faults


def layering_faults(imports: list[Import], allowed: dict[tuple[str, str], str]) -> list[str]:
    """Every import of a later layer that is not allowed, or allowed only lazily yet made at module level."""
    layer = {module: n for n, (_, members) in enumerate(LAYERS) for module in members}
    faults = []
    for found in imports:
        if found.importer not in layer or found.imported not in layer:
            continue  # reported by placement_faults
        if layer[found.imported] <= layer[found.importer]:
            continue
        where = f"{found.importer} line {found.line} imports {found.imported}"
        stages = f"({LAYERS[layer[found.importer]][0]!r} reaches up to {LAYERS[layer[found.imported]][0]!r})"
        if (found.importer, found.imported) not in allowed:
            faults.append(f"{where} {stages}: import only from earlier stages, or pass the value down")
        elif found.kind != "lazy":
            faults.append(f"{where} at {found.kind} level: the allowed upward import must wait inside a function")
    return faults


def private_faults(imports: list[Import], allowed: dict[tuple[str, str], tuple[frozenset[str], str]]) -> list[str]:
    """Every private name (``_name``, not ``__name__``) one module takes from another that is not allowed."""
    faults = []
    for found in imports:
        kept = allowed.get((found.importer, found.imported), (frozenset(), ""))[0]
        for name in found.names:
            if name.startswith("_") and not name.endswith("__") and name not in kept:
                faults.append(
                    f"{found.importer} line {found.line} takes {name} from {found.imported}, whose own it is: "
                    "make it public there, or move the work to where it is"
                )
    return faults


def test_every_module_is_in_exactly_one_layer() -> None:
    modules, _ = import_graph(PACKAGE)
    assert not placement_faults(modules), "\n".join(placement_faults(modules))


def test_no_module_imports_a_later_stage_except_as_allowed() -> None:
    _, imports = import_graph(PACKAGE)
    faults = layering_faults(imports, ALLOWED_UPWARD)
    assert not faults, "\n".join(faults)


def test_every_allowed_upward_import_is_still_made() -> None:
    # An allowance left behind when its import went would let the next such import in unremarked.
    _, imports = import_graph(PACKAGE)
    made = {(found.importer, found.imported) for found in imports}
    assert not set(ALLOWED_UPWARD) - made, f"allowed but no longer imported: {sorted(set(ALLOWED_UPWARD) - made)}"


def test_no_module_takes_another_modules_private_names_except_as_allowed() -> None:
    _, imports = import_graph(PACKAGE)
    faults = private_faults(imports, ALLOWED_PRIVATE)
    assert not faults, "\n".join(faults)


def test_every_allowed_private_name_is_still_taken() -> None:
    _, imports = import_graph(PACKAGE)
    taken = {(found.importer, found.imported, name) for found in imports for name in found.names}
    stale = [
        (importer, imported, name)
        for (importer, imported), (names, _) in ALLOWED_PRIVATE.items()
        for name in sorted(names)
        if (importer, imported, name) not in taken
    ]
    assert not stale, f"allowed but no longer taken: {stale}"


def test_files_are_written_with_the_bottom_layers_helpers_not_the_renderers() -> None:
    # Writing a results file or a table needs no HTML: a stage that took its file helpers from the renderer would
    # load Jinja2 and every template to write one. The renderer still hands them on, for code written against it.
    _, imports = import_graph(PACKAGE)
    borrowed = [
        f"{found.importer} line {found.line}"
        for found in imports
        if found.imported == "newsdiff.report.render" and {"write_atomically", "refuse_read_only"} & set(found.names)
    ]
    assert not borrowed, f"take write_atomically and refuse_read_only from newsdiff.files: {borrowed}"
    from newsdiff import files
    from newsdiff.report import render

    assert (render.write_atomically, render.refuse_read_only) == (files.write_atomically, files.refuse_read_only)


def test_a_comparison_reaches_up_to_compare_only_to_judge_a_pair_again() -> None:
    # How a comparison scores (result.scoring) needs only relate's cuts and checks, below it: scored_with takes it
    # there. Only Comparison.relate's verdict, which aligns as compare does, waits for compare.
    _, imports = import_graph(PACKAGE)
    taken = {
        name
        for found in imports
        if (found.importer, found.imported) == ("newsdiff.result", "newsdiff.compare")
        for name in found.names
    }
    assert taken == {"verdict"}, f"newsdiff.result takes {sorted(taken)} from newsdiff.compare"


def test_a_planted_private_import_is_named_with_its_line(tmp_path: Path) -> None:
    package = _planted(
        tmp_path, "batch.py", "from .compare import _relater, scoring\nfrom ._version import __version__\n"
    )
    n = len((package / "batch.py").read_text(encoding="utf-8").splitlines())
    _, imports = import_graph(package)
    assert private_faults(imports, ALLOWED_PRIVATE) == [
        f"newsdiff.batch line {n - 1} takes _relater from newsdiff.compare, whose own it is: "
        "make it public there, or move the work to where it is"
    ]


def test_the_import_graph_sees_every_form_of_import_the_package_uses() -> None:
    # The checks are only as good as the graph: a relative import of a module by name, a parent-relative one,
    # a lazy one and one for type checking alone are each found, with their line.
    _, imports = import_graph(PACKAGE)
    found = {(i.importer, i.imported, i.kind) for i in imports}
    assert ("newsdiff.report.corpus", "newsdiff.corpus", "module") in found  # from ..corpus import ...
    assert ("newsdiff.report.render", "newsdiff.result", "module") in found
    assert ("newsdiff.result", "newsdiff.report.render", "lazy") in found  # from .report.render import ...
    assert ("newsdiff.align", "newsdiff.result", "typing") in found
    assert ("newsdiff.__main__", "newsdiff.cli", "lazy") in found
    assert ("newsdiff", "newsdiff.compare", "module") in found
    taken = {(i.importer, i.imported): i.names for i in imports if i.kind == "module"}
    assert "_Model" in taken["newsdiff.embeddings", "newsdiff.relate"]
    assert taken["newsdiff.report.corpus", "newsdiff.corpus"] == ("CorpusSummary", "OutletFigures")


def _planted(tmp_path: Path, module: str, line: str) -> Path:
    """A copy of the package with ``line`` added at the end of ``module`` (a path under the package)."""
    package = tmp_path / "newsdiff"
    shutil.copytree(PACKAGE, package, ignore=shutil.ignore_patterns("__pycache__", "data", "templates", "static"))
    target = package / module
    target.write_text(target.read_text(encoding="utf-8") + line, encoding="utf-8")
    return package


@pytest.mark.parametrize(
    ("module", "line", "expected"),
    [
        ("clean.py", "from .compare import compare\n", "newsdiff.clean line {n} imports newsdiff.compare"),
        (
            "segment.py",
            "def later():\n    from .report import render\n",
            "newsdiff.segment line {n} imports newsdiff.report.render",
        ),
        (
            "result.py",
            "from .report.render import render_html\n",
            "newsdiff.result line {n} imports newsdiff.report.render at module level",
        ),
        ("report/render.py", "import newsdiff.cli\n", "newsdiff.report.render line {n} imports newsdiff.cli"),
        ("article.py", "from newsdiff import load\n", "newsdiff.article line {n} imports newsdiff "),
    ],
)
def test_a_planted_upward_import_is_named_with_its_line(tmp_path: Path, module: str, line: str, expected: str) -> None:
    package = _planted(tmp_path, module, line)
    n = len((package / module).read_text(encoding="utf-8").splitlines())
    _, imports = import_graph(package)
    faults = "\n".join(layering_faults(imports, ALLOWED_UPWARD))
    assert expected.format(n=n) in faults, faults
    # an allowed pair is still refused at module level; the last plant is the package itself, in the top layer
    assert len(faults.strip().splitlines()) == 1, faults


def test_a_new_module_fails_until_it_is_placed(tmp_path: Path) -> None:
    package = _planted(tmp_path, "errors.py", "")
    (package / "summaries.py").write_text('"""A module no layer names yet."""\n', encoding="utf-8")
    modules, _ = import_graph(package)
    assert placement_faults(modules) == ["newsdiff.summaries is in 0 layers []: place it in exactly one of LAYERS"]
