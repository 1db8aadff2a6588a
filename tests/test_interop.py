"""newsdiff inside someone else's program: values that pickle, copy and hash, compare() from threads and worker
processes, inputs of every iterable kind, and errors a pipeline can catch and read."""

from __future__ import annotations

import copy
import pickle
from pathlib import Path

import pytest

import newsdiff
from newsdiff import Article, NoiseRule
from newsdiff.evaluate import AlignmentScores, PairScores

HARBOUR = (
    "Dock workers in Kessel walked out on Monday after talks on night shifts broke down. "
    "The port authority said no ship would be unloaded before Thursday. "
    "Union leader Mara Tolven said the strike would last as long as it had to."
)
WIRE = (
    "Dock workers in Kessel walked out on Monday after talks on night shifts broke down. "
    "No ship will be unloaded before Thursday, the port authority said. "
    "Fish prices at the Kessel market rose by a third."
)
COAST = (
    "Kessel's dockers went on strike on Monday. "
    "Union leader Mara Tolven said the strike would last as long as it had to. "
    "Ferries to the islands still run."
)


def write_articles(folder: Path) -> list[Path]:
    paths = []
    for name, text in (("harbour", HARBOUR), ("wire", WIRE), ("coast", COAST)):
        path = folder / f"{name}.txt"
        path.write_text(text + "\n", encoding="utf-8")
        paths.append(path)
    return paths


@pytest.fixture(scope="module")
def result() -> newsdiff.Comparison:
    return newsdiff.compare([Article(HARBOUR, id="harbour"), Article(WIRE, id="wire"), Article(COAST, id="coast")])


def public_values(result: newsdiff.Comparison) -> dict[str, object]:
    """One value of each public result and input type."""
    matched = next(s for a in result.articles for s in a.sentences if s.matches)
    return {
        "Article": Article(HARBOUR, id="harbour", outlet="Harbour Gazette", date="2026-03-02"),
        "Comparison": result,
        "ArticleResult": result.articles[0],
        "Sentence": matched,
        "Match": matched.matches[0],
        "Group": result.groups[0],
        "AlignedPair": next(iter(result.pairs())),
        "Relation": newsdiff.relate("The port is shut until Thursday.", "Until Thursday the port is shut."),
        "DiffOp": newsdiff.word_diff("The port is shut.", "The port is closed.")[0],
        "NoiseRule": NoiseRule("promo", r"(?i)subscribe now"),
        "PairScores": PairScores(3, 1, 1, 5, {"shared": (2, 0), "paraphrased": (1, 1), "unrelated": (1, 5)}),
        "AlignmentScores": AlignmentScores(4, 3, 2, 2, 5, 4, 6, 1, ("harbour[2]",), (("high", 3, 3),)),
        "CorpusSummary": newsdiff.summarize([result, result]),
    }


def test_there_is_a_comparison_with_claims_to_try(result: newsdiff.Comparison) -> None:
    assert result.groups and any(s.matches for a in result.articles for s in a.sentences)


PUBLIC = [
    "Article",
    "Comparison",
    "ArticleResult",
    "Sentence",
    "Match",
    "Group",
    "AlignedPair",
    "Relation",
    "DiffOp",
    "NoiseRule",
    "PairScores",
    "AlignmentScores",
    "CorpusSummary",
]


def test_the_list_of_public_values_is_whole(result: newsdiff.Comparison) -> None:
    assert sorted(public_values(result)) == sorted(PUBLIC)


@pytest.mark.parametrize("name", PUBLIC)
def test_every_public_value_pickles_copies_and_hashes(result: newsdiff.Comparison, name: str) -> None:
    """A worker process sends results back pickled; a cache deep-copies or keys on them: each comes back equal, and
    a frozen value hashes like every value equal to it."""
    value = public_values(result)[name]
    for again in (pickle.loads(pickle.dumps(value)), copy.deepcopy(value), copy.copy(value)):
        assert again == value
        assert hash(again) == hash(value)
