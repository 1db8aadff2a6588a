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
