"""Word diffs: whole words, marks and characters as a reader sees them, and each side given back exactly."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsdiff import DiffOp, word_diff


def sides(ops: tuple[DiffOp, ...]) -> tuple[str, str]:
    """The first and the second text, read back from a diff."""
    first = "".join(d.text for d in ops if d.op != "insert")
    second = "".join(d.text for d in ops if d.op != "delete")
    return first, second


def changed(ops: tuple[DiffOp, ...]) -> list[tuple[str, str]]:
    return [(d.op, d.text) for d in ops if d.op != "equal"]


@given(st.text(), st.text())
def test_joining_the_pieces_gives_back_each_side(first: str, second: str) -> None:
    assert sides(word_diff(first, second)) == (first, second)


@pytest.mark.parametrize(
    ("first", "second", "change"),
    [
        # A family, a flag and a skin tone are one character to a reader, though several code points each.
        ("Fans 👨‍👩‍👧 cheered.", "Fans 👨‍👩‍👦 cheered.", [("delete", "👨‍👩‍👧"), ("insert", "👨‍👩‍👦")]),
        ("Flags 🇫🇷 waved.", "Flags 🇫🇮 waved.", [("delete", "🇫🇷"), ("insert", "🇫🇮")]),
        ("Thumbs 👍🏽 up.", "Thumbs 👍🏿 up.", [("delete", "👍🏽"), ("insert", "👍🏿")]),
    ],
)
def test_an_emoji_sequence_changes_whole(first: str, second: str, change: list[tuple[str, str]]) -> None:
    assert changed(word_diff(first, second)) == change


def test_chinese_and_japanese_differ_character_by_character() -> None:
    # Written without spaces, a sentence would otherwise be one word, all replaced for a changed place name.
    assert changed(word_diff("会议在东京举行。", "会议在大阪举行。")) == [("delete", "东京"), ("insert", "大阪")]
    assert changed(word_diff("東京で会議が開かれた。", "大阪で会議が開かれた。")) == [
        ("delete", "東京"),
        ("insert", "大阪"),
    ]


def test_punctuation_attached_to_a_word_is_a_piece_of_its_own() -> None:
    ops = word_diff("The port reopened, officials said.", "The port reopened officials said!")
    assert changed(ops) == [("delete", ","), ("delete", "."), ("insert", "!")]


def test_a_word_with_a_combining_accent_is_one_word() -> None:
    assert changed(word_diff("Mayor Rene\u0301 left.", "Mayor Rene left.")) == [
        ("delete", "Rene\u0301"),
        ("insert", "Rene"),
    ]


def test_a_change_of_white_space_alone_is_shown() -> None:
    assert changed(word_diff("The ferry  left.", "The ferry left.")) == [("delete", "  "), ("insert", " ")]


@pytest.mark.parametrize(
    ("first", "second", "expected"),
    [
        ("", "", ()),
        ("", "The ferry left.", (DiffOp("insert", "The ferry left."),)),
        ("The ferry left.", "", (DiffOp("delete", "The ferry left."),)),
        ("The ferry left.", "The ferry left.", (DiffOp("equal", "The ferry left."),)),
    ],
)
def test_an_empty_or_identical_side(first: str, second: str, expected: tuple[DiffOp, ...]) -> None:
    assert word_diff(first, second) == expected


def _unrelated(words: int, seed: str) -> str:
    return " ".join(f"{seed}{n * 7919 % 10007}" for n in range(words))


def test_two_long_texts_that_differ_throughout_are_diffed_in_bounded_steps(monkeypatch: pytest.MonkeyPatch) -> None:
    # The minimal script of two unrelated 3,000-word texts walks some 36 million diagonals (about twenty seconds);
    # the search now stops once its budget is spent, overrunning it by at most the edit distance it was at.
    from newsdiff.diff import _StepDeadline

    walked = []
    counted = _StepDeadline.__lt__

    def counting(deadline: _StepDeadline, now: float) -> bool:
        walked.append(2 * deadline.distance + 1)
        return counted(deadline, now)

    monkeypatch.setattr(_StepDeadline, "__lt__", counting)
    monkeypatch.setattr("newsdiff.diff.SEARCH_STEPS", 20_000)
    first, second = _unrelated(3000, "harbour"), _unrelated(3000, "ferry")
    ops = word_diff(first, second)
    assert 20_000 < sum(walked) <= 20_000 + 2 * 6000 + len(walked)
    assert sides(ops) == (first, second)


def test_when_the_search_stops_the_common_start_and_end_stay_equal(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("newsdiff.diff.SEARCH_STEPS", 0)
    start, end = _unrelated(1500, "dock"), _unrelated(1500, "crane")
    first = f"{start} {_unrelated(40, 'strike')} {end}"
    second = f"{start} {_unrelated(40, 'talks')} {end}"
    ops = word_diff(first, second)
    assert sides(ops) == (first, second)
    assert [op.op for op in ops] == ["equal", "delete", "insert", "equal"]
    assert ops[0].text.startswith(start) and ops[-1].text.endswith(end)


def test_sentences_get_the_minimal_script_however_few_steps_are_left(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("newsdiff.diff.SEARCH_STEPS", 0)
    first = "Port Minister Lena Varga and Tomas Brell are due to meet Friday evening in Kessel. " * 12
    second = first.replace("due", "slated").replace("evening", "night")
    assert len(first) < 2000
    assert (
        changed(word_diff(first, second))
        == [("delete", "due"), ("insert", "slated"), ("delete", "evening"), ("insert", "night")] * 12
    )


def test_thai_is_diffed_character_by_character_as_chinese_is() -> None:
    # Thai writes no spaces between words: a changed word made its whole run between spaces one change.
    ops = word_diff("เรือข้ามฟากหยุดวิ่งเพราะลมแรง", "เรือข้ามฟากหยุดวิ่งเพราะพายุ")
    assert ops[0] == DiffOp("equal", "เรือข้ามฟากหยุดวิ่งเพราะ")
    assert sides(ops) == ("เรือข้ามฟากหยุดวิ่งเพราะลมแรง", "เรือข้ามฟากหยุดวิ่งเพราะพายุ")


@pytest.mark.parametrize(
    ("first", "second", "change"),
    [
        # Straight quotes made curly: the quoted word did not change, so it must not be shown deleted and inserted.
        (
            'He said "no".',
            "He said \u201cno\u201d.",
            [("delete", '"'), ("insert", "\u201c"), ("delete", '"'), ("insert", "\u201d")],
        ),
        (
            "Brakk (Vessen) agreed.",
            "Brakk [Vessen] agreed.",
            [("delete", "("), ("insert", "["), ("delete", ")"), ("insert", "]")],
        ),
    ],
)
def test_a_word_between_changed_marks_stays_equal(first: str, second: str, change: list[tuple[str, str]]) -> None:
    ops = word_diff(first, second)
    assert changed(ops) == change
    assert sides(ops) == (first, second)


def test_a_space_between_changed_words_is_still_folded_into_one_change() -> None:
    # Two neighbouring words replaced read best as one change, not as two around an unchanged space.
    assert changed(word_diff("The harbour master left.", "A new pilot left.")) == [
        ("delete", "The harbour master"),
        ("insert", "A new pilot"),
    ]
