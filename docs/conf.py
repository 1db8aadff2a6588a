"""Sphinx configuration for the newsdiff documentation."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from newsdiff import __version__

project = "newsdiff"
author = "the newsdiff authors"
copyright = "2026, the newsdiff authors"
release = __version__
version = __version__

extensions = ["myst_parser", "sphinx.ext.autodoc", "sphinx.ext.doctest", "sphinx.ext.napoleon"]
myst_enable_extensions = ["colon_fence"]
source_suffix = {".md": "markdown", ".rst": "restructuredtext"}
exclude_patterns = ["_build"]
html_theme = "alabaster"
html_static_path: list[str] = []
autodoc_member_order = "bysource"
autodoc_typehints = "description"
nitpicky = False
suppress_warnings = ["myst.header"]
# Docstring examples run under pytest --doctest-modules; here only the pages' own examples run.
doctest_test_doctest_blocks = ""
# The pages' examples run from the top of the repository, as they say, wherever sphinx-build was started.
doctest_global_setup = """
import os
from pathlib import Path
import newsdiff
ROOT = Path(newsdiff.__file__).resolve().parent.parent
os.chdir(ROOT)
CLUSTER = sorted((ROOT / "examples" / "cluster").glob("*.txt"))
"""
