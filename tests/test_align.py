"""Grouping links into claims: widest first, no chaining of different claims through one loose link."""

from __future__ import annotations

from newsdiff.align import Link, group
from newsdiff.relate import Relation


def link(a: tuple[int, int], b: tuple[int, int], label: str = "paraphrased", score: float = 0.6) -> Link:
    return Link(a, b, Relation(label, score))  # type: ignore[arg-type]


def test_claim_carried_by_three_articles_comes_first() -> None:
    claims = group([link((0, 5), (1, 5)), link((0, 1), (1, 1)), link((0, 1), (2, 0)), link((1, 1), (2, 0))])
    assert [c.members for c in claims] == [((0, 1), (1, 1), (2, 0)), ((0, 5), (1, 5))]


def test_one_loose_link_does_not_chain_two_claims() -> None:
    quote = [
        link((0, 0), (1, 0), "shared", 0.9),
        link((0, 0), (2, 0), "shared", 0.9),
        link((1, 0), (2, 0), "shared", 0.9),
    ]
    other = [
        link((0, 3), (1, 3), "shared", 0.9),
        link((0, 3), (2, 3), "shared", 0.9),
        link((1, 3), (2, 3), "shared", 0.9),
    ]
    bridge = [link((0, 0), (1, 3), "paraphrased", 0.45)]
    claims = group(quote + other + bridge)
    assert sorted(c.members for c in claims) == [((0, 0), (1, 0), (2, 0)), ((0, 3), (1, 3), (2, 3))]
    assert {c.label for c in claims} == {"shared"}


def test_split_quote_joins_both_halves() -> None:
    claims = group([link((0, 2), (1, 4), "shared", 0.9), link((0, 2), (1, 5), "shared", 0.8)])
    assert [c.members for c in claims] == [((0, 2), (1, 4), (1, 5))]


def test_claim_with_a_paraphrased_member_is_paraphrased() -> None:
    claims = group(
        [
            link((0, 0), (1, 0), "shared", 0.9),
            link((1, 0), (2, 0), "paraphrased", 0.7),
            link((0, 0), (2, 0), "paraphrased", 0.6),
        ]
    )
    assert [(c.label, c.members) for c in claims] == [("paraphrased", ((0, 0), (1, 0), (2, 0)))]


def test_claims_started_after_a_merge_stay_apart() -> None:
    links = [
        link((0, 0), (1, 0), "shared", 0.9),
        link((0, 0), (2, 0), "shared", 0.9),
        link((1, 0), (2, 0), "shared", 0.9),
        link((0, 4), (1, 4), "paraphrased", 0.5),
        link((0, 4), (2, 4), "paraphrased", 0.5),
        link((1, 4), (2, 4), "paraphrased", 0.5),
        link((0, 7), (3, 7), "paraphrased", 0.45),
    ]
    claims = group(links)
    assert sorted(c.members for c in claims) == [((0, 0), (1, 0), (2, 0)), ((0, 4), (1, 4), (2, 4)), ((0, 7), (3, 7))]
