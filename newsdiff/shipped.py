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


@lru_cache(maxsize=1)
def news_counts() -> Mapping[str, Any]:
    """The shipped counts of words over sentences of news (``data/relate_idf.json``): ``documents``, how many
    sentences, and ``frequency``, in how many of them each word's key is. Relations weigh words by them, and word
    features leave a word news writes often as it is spelt."""
    text = resources.files("newsdiff").joinpath("data/relate_idf.json").read_text(encoding="utf-8")
    data: dict[str, Any] = json.loads(text)
    return data
