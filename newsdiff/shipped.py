"""Data shipped in the package (``newsdiff/data``), read once and shared by the stages that need it.

Kept apart from those stages so that one reads a file another also uses without importing it: loading
reads the Punkt abbreviations for its headline test, and importing sentence splitting would import NLTK.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from functools import lru_cache
from importlib import resources
from typing import Any


@lru_cache(maxsize=1)
def punkt_data() -> Mapping[str, Any]:
    """The shipped Punkt parameters as stored, one list per key (``abbrev_types``, ``title_types``,
    ``sent_starters`` and the others the file's ``about`` describes); read, never changed, as every caller shares
    them."""
    text = resources.files("newsdiff").joinpath("data/punkt_english.json").read_text(encoding="utf-8")
    data: dict[str, Any] = json.loads(text)
    return data
