"""newsdiff.relate on sentence pairs that pin down the three relations."""

from __future__ import annotations

import pytest

import newsdiff


@pytest.mark.parametrize(
    ("first", "second", "label"),
    [
        (
            "“We will not sign anything that cuts a single job,” Brell said.",
            "Brell told reporters: “We will not sign anything that cuts a single job.”",
            "shared",
        ),
        (
            "The strike has kept 40 cargo ships waiting outside the harbour of Kessel for nine days, the port authority said.",
            "The strike has kept 40 cargo ships waiting outside the harbour of Kessel for nine days, port officials said.",
            "shared",
        ),
        (
            "Port Minister Lena Varga and union leader Tomas Brell are due to meet on Friday evening to end the strike.",
            "The strike could end when Brell, the union leader, sits down with Varga, the minister, late on Friday.",
            "paraphrased",
        ),
        (
            "The meeting comes as much of the region is focused on the flooding in the north.",
            "The meeting comes ahead of plans for an expected summit between the two presidents.",
            "unrelated",
        ),
        ("Forty ships wait outside the harbour.", "The council opened a ferry line.", "unrelated"),
    ],
)
def test_relation_label(first: str, second: str, label: str) -> None:
    assert newsdiff.relate(first, second).label == label


def test_relation_is_symmetric_and_scored_in_unit_range() -> None:
    first = "Forty cargo ships have waited outside the harbour for nine days."
    second = "The strike has kept 40 cargo ships waiting outside the harbour for nine days."
    forward, backward = newsdiff.relate(first, second), newsdiff.relate(second, first)
    assert forward.label == backward.label
    assert forward.score == pytest.approx(backward.score)
    assert 0.0 <= forward.score <= 1.0


def test_empty_sentence_is_unrelated() -> None:
    assert newsdiff.relate("", "The talks began.").label == "unrelated"
