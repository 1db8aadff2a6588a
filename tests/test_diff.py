"""Word diffs: whole words, marks and characters as a reader sees them, and each side given back exactly."""

from __future__ import annotations

import unicodedata
from itertools import pairwise

import pytest
import regex
from hypothesis import example, given
from hypothesis import strategies as st

import newsdiff
from newsdiff import DiffOp, word_diff
from newsdiff.diff import _PIECE
from newsdiff.features import APOSTROPHES, UNSEEN, tokenize
from newsdiff.segment import INVISIBLE


def sides(ops: tuple[DiffOp, ...]) -> tuple[str, str]:
    """The first and the second text, read back from a diff."""
    return "".join(d.in_first for d in ops), "".join(d.in_second for d in ops)


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


@pytest.mark.parametrize("space", ["\u00a0", "\u202f", "\u2007", "\t", "  ", " \u00a0", "\u3000"])
def test_white_space_within_a_line_is_equal_whatever_its_characters(space: str) -> None:
    # A no-break space (a page's &nbsp;), a tab or two spaces between the same words are the same words: the diff
    # showed a change a reader cannot see, and the report marked a blank. Each side keeps its own spelling.
    first, second = f"The ferry{space}left Kessel.", "The ferry left Kessel."
    assert word_diff(first, second) == (DiffOp("equal", first, second),)
    ops = word_diff(first, "The ferry left Varn.")
    assert changed(ops) == [("delete", "Kessel"), ("insert", "Varn")]
    assert sides(ops) == (first, "The ferry left Varn.")


@pytest.mark.parametrize("line_end", ["\n", "\r\n", " \n ", "\u2029"])
def test_a_line_break_against_a_space_is_still_a_change(line_end: str) -> None:
    assert changed(word_diff(f"The ferry{line_end}left.", "The ferry left.")) == [("delete", line_end), ("insert", " ")]


@pytest.mark.parametrize(("line_end", "other"), [("\r\n", "\n"), ("\r", "\n"), (" \n", "\n"), ("\u2028", "\r\n")])
def test_a_line_break_however_a_system_ends_its_lines_is_equal(line_end: str, other: str) -> None:
    # Text from Windows ends its lines with \r\n: the same lines were shown changed at every break.
    first, second = f"The ferry left.{line_end}Crews stayed.", f"The ferry left.{other}Crews stayed."
    assert word_diff(first, second) == (DiffOp("equal", first, second),)
    assert changed(word_diff(f"The ferry left.{line_end}{line_end}Crews stayed.", second)) == [
        ("delete", line_end * 2),
        ("insert", other),
    ]


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


@pytest.mark.parametrize(
    ("first", "second", "kept"),
    [
        ("The ferry sank near the port.", "A boat sank close to the harbour.", " sank "),
        ("Police held two men on Friday.", "Officers detained two suspects on Friday.", " two "),
    ],
)
def test_a_word_both_share_between_changes_stays_equal(first: str, second: str, kept: str) -> None:
    # However long the changes around it, a shared word is not shown deleted and inserted again.
    ops = word_diff(first, second)
    assert any(op.op == "equal" and op.text == kept for op in ops)
    assert sides(ops) == (first, second)


# Sentences drawn from a few words, marks and spaces, so that two of them share enough for equal runs to show up,
# with the odd accent, emoji sequence, unspaced or right-to-left script among them.
_PIECES = [
    *(
        "the",
        "ferry",
        "port",
        "said",
        "no",
        "4",
        "four",
        "3.5",
        "3\u00b75",
        "co-operate",
        "Zu\u0308rich",
        "Z\u00fcrich",
    ),
    "don't",
    *(" ", " ", " ", "  ", ",", ".", '"', "\u201c", "\u201d", "(", ")", "\u2014", "-", "%"),
    *("\U0001f44d\U0001f3fd", "\U0001f1eb\U0001f1f7", "\u6771\u4eac", "\u05e9\u05dc\u05d5\u05dd", "e\u0301", "\u0301"),
    # A family joined by zero-width joiners, a keycap, Arabic with and without its vowel mark, Thai, a Persian word
    # with a zero-width non-joiner, a right-to-left mark, Korean, half-width kana and its sound mark, a CRLF line end.
    *("\U0001f468\u200d\U0001f469\u200d\U0001f467", "1\ufe0f\u20e3", "\u0642\u0627\u0644\u064e", "\u0642\u0627\u0644"),
    *(
        "\u0e40\u0e23\u0e37\u0e2d",
        "\u0645\u06cc\u200c\u0631\u0648\u062f",
        "\u200f",
        "\ud55c\uad6d",
        "\uff8a\uff9f",
        "\r\n",
        # Characters that show nothing (a zero-width space, a soft hyphen), and a no-break space.
        "\u200b",
        "\u00ad",
        "\u00a0",
    ),
]
_SENTENCE = st.lists(st.sampled_from(_PIECES), max_size=14).map("".join)


@given(_SENTENCE, _SENTENCE)
def test_joining_the_pieces_of_sentences_in_any_script_gives_back_each_side(first: str, second: str) -> None:
    # Random text seldom holds a joined emoji, a run of Thai or a word with its vowel marks: these do.
    assert sides(word_diff(first, second)) == (first, second)


def _grapheme_ends(text: str) -> set[int]:
    return {match.end() for match in regex.finditer(r"\X", text)} | {0}


def _split_points(ops: tuple[DiffOp, ...], dropped: str) -> list[int]:
    points, offset = [], 0
    for op in ops:
        if op.op != dropped:
            offset += len(op.in_first if dropped == "insert" else op.in_second)
            points.append(offset)
    return points


@given(_SENTENCE, _SENTENCE)
@example("a \u0301b", "a b")  # a stray accent after a space is one grapheme with it, not part of the next word
def test_no_op_splits_a_grapheme_on_either_side(first: str, second: str) -> None:
    ops = word_diff(first, second)
    assert set(_split_points(ops, "insert")) <= _grapheme_ends(first)
    assert set(_split_points(ops, "delete")) <= _grapheme_ends(second)


@given(_SENTENCE, _SENTENCE)
def test_ops_are_never_empty_and_never_follow_one_of_their_own_kind(first: str, second: str) -> None:
    ops = word_diff(first, second)
    # An empty text against one that shows nothing is one equal step, whose text is the first's: empty, but not its
    # second's (see test_texts_that_show_nothing_are_equal).
    assert all(op.in_first or op.in_second for op in ops)
    assert all(a.op != b.op for a, b in pairwise(ops))


@given(_SENTENCE, _SENTENCE)
def test_a_change_neither_starts_nor_ends_with_a_word_both_sides_share(first: str, second: str) -> None:
    # Were a deletion and the insertion beside it to start (or end) with the same word, that word is unchanged and
    # belongs to the equal run next to them.
    ops = word_diff(first, second)
    for a, b in pairwise(ops):
        if {a.op, b.op} == {"delete", "insert"}:
            words_a, words_b = (_PIECE.findall(unicodedata.normalize("NFC", op.text)) for op in (a, b))
            assert words_a[0] != words_b[0]
            assert words_a[-1] != words_b[-1]


@given(_SENTENCE, _SENTENCE)
def test_the_same_two_texts_give_the_same_diff(first: str, second: str) -> None:
    word_diff(second, first)  # a call before must not change the next one
    assert word_diff(first, second) == word_diff(first, second)


@pytest.mark.parametrize(
    ("first", "second", "change"),
    [
        # A number written with thousands separators is one number: its head is not left standing as unchanged.
        ("Some 3,500 fans came.", "Some 3,600 fans came.", [("delete", "3,500"), ("insert", "3,600")]),
        ("It cost 1,000.5 crowns.", "It cost 1,000 crowns.", [("delete", "1,000.5"), ("insert", "1,000")]),
        # Arabic digits with the Arabic thousands separator and decimal point (the price, 3,500 riyals; 3.5 percent).
        ("السعر ٣٬٥٠٠ ريال", "السعر ٤٬٥٠٠ ريال", [("delete", "٣٬٥٠٠"), ("insert", "٤٬٥٠٠")]),
        ("نسبة ٣٫٥ بالمئة", "نسبة ٣٫٧ بالمئة", [("delete", "٣٫٥"), ("insert", "٣٫٧")]),
        # A time or a score, one numeral to relations: "10:" was shown kept and "30" changed.
        ("It left at 10:30 today.", "It left at 10:45 today.", [("delete", "10:30"), ("insert", "10:45")]),
        ("Kessel won 3:1.", "Kessel won 3:2.", [("delete", "3:1"), ("insert", "3:2")]),
        ("Il a dit : 3 fois.", "Il a dit : 4 fois.", [("delete", "3"), ("insert", "4")]),
    ],
)
def test_a_number_with_thousands_separators_changes_whole(
    first: str, second: str, change: list[tuple[str, str]]
) -> None:
    assert changed(word_diff(first, second)) == change


@pytest.mark.parametrize("space", ["\u202f", "\u00a0", "\u2009", "\u2007"])
def test_a_number_whose_thousands_a_narrow_or_no_break_space_groups_changes_whole(space: str) -> None:
    # French and German set 12 500 000 so: its head was shown kept and its last group changed, as 3,500 once was.
    first, second = f"Le port a payé 12{space}500{space}000 euros.", f"Le port a payé 12{space}600{space}000 euros."
    assert changed(word_diff(first, second)) == [
        ("delete", f"12{space}500{space}000"),
        ("insert", f"12{space}600{space}000"),
    ]
    assert word_diff(first, first.replace(space, "\u202f")) == (DiffOp("equal", first, first.replace(space, "\u202f")),)


def test_a_decimal_point_set_as_a_middle_dot_joins_its_number_and_reads_as_a_full_stop() -> None:
    # British print sets 3.5 as 3\u00b75: its whole part was shown kept and its decimals changed, and against 3.5 the
    # number changed though a reader, and relations, read the same figure.
    first = "Fares rose 3\u00b75 per cent."
    assert changed(word_diff(first, "Fares rose 3\u00b77 per cent.")) == [
        ("delete", "3\u00b75"),
        ("insert", "3\u00b77"),
    ]
    assert word_diff(first, "Fares rose 3.5 per cent.") == (DiffOp("equal", first, "Fares rose 3.5 per cent."),)
    assert tokenize(first) == tokenize("Fares rose 3.5 per cent.")
    # Between words, or spaced from the digits, it is a mark of its own.
    assert changed(word_diff("Route 3 \u00b7 5 stops", "Route 3 \u00b7 6 stops")) == [("delete", "5"), ("insert", "6")]
    assert "\u00b7" in _PIECE.findall("col\u00b7lecci\u00f3 and 3\u00b7 5")


@pytest.mark.parametrize(
    "text", ["On 12\u00a0May 2026 it sailed.", "Pages 10\u00a01234 were read.", "In 2026\u00a0five sailed."]
)
def test_a_no_break_space_after_a_number_but_before_no_group_of_three_digits_is_a_space(text: str) -> None:
    assert "\u00a0" in _PIECE.findall(text)


def test_a_comma_between_words_or_after_a_number_is_still_a_mark_of_its_own() -> None:
    assert changed(word_diff("In 2024, the port reopened.", "In 2024 the port reopened.")) == [("delete", ",")]
    assert changed(word_diff("ferries,buses", "ferries, buses")) == [("insert", " ")]


def test_a_word_with_a_zero_width_non_joiner_is_one_word() -> None:
    # Persian writes a zero-width non-joiner inside words (the prefix of "goes" / "went"); a changed verb was shown
    # as its prefix kept and its stem changed.
    ops = word_diff("او به بندر می\u200cرود.", "او به بندر می\u200cرفت.")
    assert changed(ops) == [("delete", "می\u200cرود"), ("insert", "می\u200cرفت")]


def test_a_word_ending_in_a_joiner_keeps_it() -> None:
    # Malayalam writes a word-final consonant (a chillu) as consonant, virama and zero-width joiner: one character to
    # a reader. A changed word was shown without its joiner, which stood in the unchanged run after it, cut from its
    # character, and the word was drawn wrong on both sides of it.
    ops = word_diff(
        "\u0d05\u0d35\u0d28\u0d4d\u200d \u0d35\u0d28\u0d4d\u0d28\u0d41.",
        "\u0d05\u0d35\u0d33\u0d4d\u200d \u0d35\u0d28\u0d4d\u0d28\u0d41.",
    )
    assert changed(ops) == [("delete", "\u0d05\u0d35\u0d28\u0d4d\u200d"), ("insert", "\u0d05\u0d35\u0d33\u0d4d\u200d")]


@given(st.text())
@example("a\u200d\U0001f44d")  # a joiner after a letter is part of its character, though no emoji joins it
@example("\u0600\u0661\u0662")  # the Arabic number sign is part of the character after it
@example("0\u103b")  # a vowel sign of a script diffed a character at a time, after a digit: one character with it
@example("a\u0e33")
def test_no_piece_splits_a_grapheme(text: str) -> None:
    assert {match.end() for match in _PIECE.finditer(text)} <= _grapheme_ends(text)


def test_a_half_width_katakana_and_its_sound_mark_change_together() -> None:
    # Half-width katakana writes a voiced or semi-voiced sound as a mark after its letter (ﾊﾟ, ﾊﾞ): one character to
    # a reader, so a change of the mark is a change of the character, not of the mark alone (party / bar).
    assert changed(word_diff("ﾊﾟｰﾃｨｰ", "ﾊﾞｰﾃｨｰ")) == [("delete", "ﾊﾟ"), ("insert", "ﾊﾞ")]


_FORMS = st.sampled_from(["NFC", "NFD"])


def test_a_word_composed_in_one_sentence_and_decomposed_in_the_other_is_equal() -> None:
    # relate takes "café" written as é and as e with a combining accent for one word; a diff showing it deleted and
    # inserted, the two looking the same, told a reader of a change there was not.
    composed, decomposed = "The caf\u00e9 in Lorvik reopened.", "The cafe\u0301 in Lorvik reopened."
    ops = word_diff(composed, decomposed)
    assert ops == (DiffOp("equal", composed, decomposed),)
    assert (ops[0].in_first, ops[0].in_second) == (composed, decomposed)


def test_a_change_beside_a_word_written_in_two_forms_is_still_shown_in_each_sides_form() -> None:
    ops = word_diff("Mayor Ren\u00e9 left Lorvik.", "Mayor Rene\u0301 left Varn.")
    assert changed(ops) == [("delete", "Lorvik"), ("insert", "Varn")]
    assert ops[0] == DiffOp("equal", "Mayor Ren\u00e9 left ", "Mayor Rene\u0301 left ")
    assert sides(ops) == ("Mayor Ren\u00e9 left Lorvik.", "Mayor Rene\u0301 left Varn.")


@given(_SENTENCE | st.text(), _FORMS, _FORMS)
def test_a_text_against_itself_in_another_unicode_form_changes_nothing(text: str, form: str, other: str) -> None:
    first, second = unicodedata.normalize(form, text), unicodedata.normalize(other, text)
    ops = word_diff(first, second)
    assert changed(ops) == []
    assert sides(ops) == (first, second)


@given(_SENTENCE, _SENTENCE, _FORMS, _FORMS)
@example(first="\r\n", second=" \r\n", form="NFC", other="NFC")
@example(first="3\u00b75", second="3.5", form="NFC", other="NFC")
def test_joining_each_sides_steps_gives_it_back_as_written_in_any_unicode_form(
    first: str, second: str, form: str, other: str
) -> None:
    first, second = unicodedata.normalize(form, first), unicodedata.normalize(other, second)
    ops = word_diff(first, second)
    assert sides(ops) == (first, second)
    # Only an equal step carries the second's form, and only when it is another form of the first's (its white space
    # within a line and its characters that show nothing aside).
    for op in ops:
        if op.second_text is not None:
            assert op.op == "equal" and op.second_text != op.text
            assert _as_read(op.second_text) == _as_read(op.text)


def _nfkc(match: regex.Match[str]) -> str:
    return unicodedata.normalize("NFKC", match.group())


def _as_read(text: str) -> str:
    """``text`` composed, without the characters that show nothing (a zero-width joiner that joins no letters of a
    script that shapes them among them), and its white space within a line one space."""
    shown = unicodedata.normalize("NFC", text).translate(dict.fromkeys(map(ord, UNSEEN)))
    shown = regex.sub(r"[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a\ufb00-\ufb06]", _nfkc, shown)
    shown = regex.sub(r"[\u2010\u2011]", "-", shown)
    shown = regex.sub(
        r"(?<![[\p{L}\p{M}]--[\p{Latin}\p{Greek}\p{Cyrillic}\p{Common}\p{Inherited}]]\p{M}*)[\u200c\u200d]",
        "",
        shown,
        flags=regex.V1,
    )
    shown = regex.sub(r"(?<=\d)\u00b7(?=\d)", ".", shown)  # a decimal point set as a middle dot
    # White space that breaks lines is its line breaks, however a system ends them, the spaces beside them unseen.
    shown = regex.sub(r"\s*(?:\r\n|[\n\v\f\r\x85\u2028\u2029])\s*", _line_breaks, shown)
    return regex.sub(r"[\s--[\n\v\f\r\x85\u2028\u2029]]+", " ", shown, flags=regex.V1)


def _line_breaks(match: regex.Match[str]) -> str:
    return "\n" * len(regex.findall(r"\r\n|[\n\v\f\r\x85\u2028\u2029]", match.group()))


@pytest.mark.parametrize("apostrophe", ["\u2019", "\u02bc", "\u201a"])
def test_a_word_written_with_a_typographic_apostrophe_is_equal_to_it_written_straight(apostrophe: str) -> None:
    # One outlet's house style curls its apostrophes: the word is the same word (relate takes it so), and showing
    # every contraction deleted and inserted buried the edits a reader looks for among changes that are not.
    first, second = (
        "The crew didn't sail, Ruun's mayor said.",
        f"The crew didn{apostrophe}t sail, Ruun{apostrophe}s mayor said.",
    )
    ops = word_diff(first, second)
    assert ops == (DiffOp("equal", first, second),)
    assert sides(word_diff(first + " Fine.", second + " Good.")) == (first + " Fine.", second + " Good.")


@pytest.mark.parametrize("invisible", ["\u00ad", "\u200b", "\u2060", "\ufeff"])
def test_a_word_with_an_invisible_character_in_it_is_equal_to_it_without(invisible: str) -> None:
    # A page's soft hyphens (where a long word may break) and zero-width spaces come through scraping inside words:
    # the word read the same and relate took it as the same, but the diff showed it deleted and inserted.
    first, second = f"Die Hafen{invisible}beh\u00f6rde schloss.", "Die Hafenbeh\u00f6rde schloss."
    assert word_diff(first, second) == (DiffOp("equal", first, second),)
    ops = word_diff(first, "Die Hafenbeh\u00f6rde blieb.")
    assert changed(ops) == [("delete", "schloss"), ("insert", "blieb")]
    assert sides(ops) == (first, "Die Hafenbeh\u00f6rde blieb.")


@pytest.mark.parametrize(
    "written",
    [
        "1\u200b200",  # a zero-width space where a page let a long number break
        "1\u200e200",  # a left-to-right mark pasted from a page in Arabic or Hebrew
        "1\u2066200\u2069",  # a direction isolate
        "1\u034f200",  # a combining grapheme joiner
        "1\u200d200",  # a zero-width joiner: digits join nothing
        "1,\u200b200",  # beside the thousands separator
        "1\u200b,200",
    ],
)
def test_a_number_with_an_invisible_character_in_it_is_equal_to_it_without(written: str) -> None:
    # The number reads the same and relations take it as the same; the diff showed it deleted and inserted.
    plain = written.translate(dict.fromkeys(map(ord, UNSEEN + "\u200d")))
    first, second = f"The port paid {written} crowns.", f"The port paid {plain} crowns."
    assert word_diff(first, second) == (DiffOp("equal", first, second),)
    ops = word_diff(first, "The port paid 1,300 crowns.")
    assert changed(ops) == [("delete", written), ("insert", "1,300")]


@pytest.mark.parametrize(
    "first",
    [
        "The \u2066Kessel\u2069 crew didn't sail.",
        "The Kes\u200fsel crew didn\u200b't sail.",
        "The Kes\u200dsel crew didn't sail.",
    ],
)
def test_a_word_with_a_mark_of_direction_or_a_joiner_that_joins_nothing_is_equal_to_it_without(first: str) -> None:
    second = "The Kessel crew didn't sail."
    assert word_diff(first, second) == (DiffOp("equal", first, second),)


@pytest.mark.parametrize("apostrophe", APOSTROPHES)
def test_word_diffs_and_features_read_the_same_apostrophes(apostrophe: str) -> None:
    # Relations read the low one (didn‚t, from a German keyboard's quotation mark) as an apostrophe, but the diff
    # showed the word cut in three and changed: one list serves both.
    first, second = f"The crew didn{apostrophe}t sail.", "The crew didn't sail."
    assert tokenize(first) == tokenize(second)
    assert word_diff(first, second) == (DiffOp("equal", first, second),)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("The Kessels\u2019 boat sank.", "The Kessels' boat sank."),
        ("The ferry crews\u00b4 pay rose.", "The ferry crews\u2019 pay rose."),
        ("Ferries of the \u201990s were slow.", "Ferries of the '90s were slow."),
    ],
)
def test_an_apostrophe_at_a_words_edge_written_otherwise_is_equal_to_it_straight(first: str, second: str) -> None:
    # A plural's possessive (Kessels') and an elided century ('90s) curled by house style were shown changed.
    assert word_diff(first, second) == (DiffOp("equal", first, second),)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("The crews let \u2019em sail.", "The crews let 'em sail."),
        ("They waited \u2019til dawn.", "They waited 'til dawn."),
        ("A night of rock \u2019n\u2019 roll in Kessel.", "A night of rock 'n' roll in Kessel."),
        ("\u2018Fish \u2019n\u2019 chips,\u2019 she said.", "\u2018Fish 'n' chips,\u2019 she said."),
    ],
)
def test_an_apostrophe_eliding_a_words_start_curled_is_equal_to_it_straight(first: str, second: str) -> None:
    # A right single quotation mark opens no quotation: before a word it elides (’em, ’n’), and house style curls it.
    assert word_diff(first, second) == (DiffOp("equal", first, second),)


def test_a_closing_mark_after_a_texts_first_word_elides_nothing() -> None:
    # Only a mark that closes a word elided at its start (rock ’n’ roll) is its apostrophe; none opened one here.
    assert changed(word_diff("Kessel\u2019", "Kessel'")) == [("delete", "\u2019"), ("insert", "'")]


def test_a_possessive_apostrophe_dropped_or_a_closing_quotation_mark_changed_is_still_a_change() -> None:
    assert changed(word_diff("The Kessels\u2019 boat sank.", "The Kessels boat sank.")) == [("delete", "\u2019")]
    assert changed(word_diff("He said \u2018yes\u2019 twice.", "He said 'yes' twice.")) == [
        ("delete", "\u2018"),
        ("insert", "'"),
        ("delete", "\u2019"),
        ("insert", "'"),
    ]


def test_a_low_quotation_mark_around_a_word_is_still_a_change_of_a_mark() -> None:
    assert changed(word_diff("He said \u201ano\u2018 and \u201eyes\u201c.", "He said 'no' and \"yes\".")) == [
        ("delete", "\u201a"),
        ("insert", "'"),
        ("delete", "\u2018"),
        ("insert", "'"),
        ("delete", "\u201e"),
        ("insert", '"'),
        ("delete", "\u201c"),
        ("insert", '"'),
    ]


@pytest.mark.parametrize(
    ("address", "other"),
    [
        ("www.ferry2.com", "www.ferry3.com"),
        ("www.kessel-port.org", "www.kessel-port.net"),
        ("https://kessel.example/news/ferry-12?page=2", "https://kessel.example/news/ferry-13?page=2"),
        ("HTTP://KESSEL.EXAMPLE/FERRY", "http://kessel.example/ferry"),
        ("ann.lee@kessel-port.org", "bo.lee@kessel-port.org"),
        ("press+ferry@site2.example", "press+ferry@site3.example"),
    ],
)
def test_a_web_or_e_mail_address_changes_whole(address: str, other: str) -> None:
    # Cut at its full stops, hyphens, slashes and @, an address was shown as a few of its parts kept and others changed.
    assert [piece for piece in _PIECE.findall(f"(see {address}).") if piece not in "(). "] == ["see", address]
    assert changed(word_diff(f"Details: {address}.", f"Details: {other}.")) == [("delete", address), ("insert", other)]


@pytest.mark.parametrize("after", [".", ",", ")", "\u201d", "'", "!", "?\u2019"])
def test_the_marks_after_an_address_are_marks_of_their_own(after: str) -> None:
    assert _PIECE.findall(f"See www.kessel.example/ferry{after} now")[2] == "www.kessel.example/ferry"


def test_an_at_sign_between_words_that_are_no_address_is_a_mark_of_its_own() -> None:
    assert _PIECE.findall("Kessel@Varn and @harbour_news") == [
        "Kessel",
        "@",
        "Varn",
        " ",
        "and",
        " ",
        "@",
        "harbour",
        "_",
        "news",
    ]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("The ferry left on the １２th with ５ crews of ＫＰＡ.", "The ferry left on the 12th with 5 crews of KPA."),
        ("The ﬁre ofﬁcials ﬂed.", "The fire officials fled."),
        ("A well\u2011known and well\u2010loved port.", "A well-known and well-loved port."),
        ("The port froze at \u22125\u00b0C.", "The port froze at -5\u00b0C."),
    ],
)
def test_letters_digits_and_hyphens_in_another_form_that_reads_alike_are_equal(first: str, second: str) -> None:
    # Relations read them alike (through compatibility forms); the diff showed each word deleted and inserted, though
    # a reader sees the same words.
    assert word_diff(first, second) == (DiffOp("equal", first, second),)
    ops = word_diff(first, second.replace("crews", "boats").replace("fled", "left").replace("port", "pier"))
    assert len(changed(ops)) == 2


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("The 2020\u201321 season ended.", "The 2020-21 season ended."),
        ("The Brell\u2013Varga talks ended.", "The Brell-Varga talks ended."),
        ("Read pages 10\u201212 \u2013 then sail.", "Read pages 10-12 - then sail."),
    ],
)
def test_an_en_or_figure_dash_for_a_hyphen_is_equal(first: str, second: str) -> None:
    # House styles set an en dash where a keyboard types a hyphen; relations read them alike, and the word diff showed
    # a mark changed where a reader sees the same words.
    assert changed(word_diff(first, second)) == []
    assert sides(word_diff(first, second)) == (first, second)


def test_an_em_dash_for_a_hyphen_is_still_a_change_of_a_mark() -> None:
    assert changed(word_diff("Kessel\u2014Varn", "Kessel-Varn")) == [("delete", "\u2014"), ("insert", "-")]


def test_a_curly_quotation_mark_is_still_a_change_of_a_mark() -> None:
    assert changed(word_diff("He said 'no'.", "He said \u2018no\u2019.")) == [
        ("delete", "'"),
        ("insert", "\u2018"),
        ("delete", "'"),
        ("insert", "\u2019"),
    ]


def test_a_step_repr_names_the_seconds_form_only_when_it_has_one() -> None:
    assert repr(DiffOp("delete", "Lorvik")) == "DiffOp(op='delete', text='Lorvik')"
    assert repr(DiffOp("equal", "caf\u00e9", "cafe\u0301")) == (
        "DiffOp(op='equal', text='caf\u00e9', second_text='cafe\u0301')"
    )


def test_a_step_given_the_same_text_for_the_second_equals_the_step_word_diff_makes() -> None:
    # A value built by hand equals and hashes like the one word_diff makes for the same step.
    assert DiffOp("equal", "Lorvik", "Lorvik") == DiffOp("equal", "Lorvik")
    assert hash(DiffOp("equal", "Lorvik", "Lorvik")) == hash(DiffOp("equal", "Lorvik"))


@pytest.mark.parametrize("op", ["insert", "delete"])
def test_only_an_equal_step_takes_a_second_text(op: str) -> None:
    with pytest.raises(newsdiff.InputError, match=rf"only an equal step has a second_text, not '{op}'"):
        DiffOp(op, "caf\u00e9", "cafe\u0301")  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("first", "second", "change"),
    [
        # Scraped text often loses the space after a full stop: the two words either side are still two words.
        (
            "The talks reached their end. The crews left.",
            "The talks reached their end.The crews left.",
            [("delete", " ")],
        ),
        (
            "The talks reached their end.The crews left.",
            "The talks reached their end. More crews left.",
            [
                ("delete", "The"),
                ("insert", " More"),
            ],
        ),
        ("Brakk met Varga in St.Louis on Friday.", "Brakk met Varga in St. Louis on Friday.", [("insert", " ")]),
        ("It ended in 2024.The crews left.", "It ended in 2024. The crews left.", [("insert", " ")]),
        ("The talks failed.A strike began.", "The talks failed. A strike began.", [("insert", " ")]),
        # An abbreviation's full stop before the next sentence, the space lost after it, as with it.
        ("Talks resumed in the U.S.The crews left.", "Talks resumed in the U.S. The crews left.", [("insert", " ")]),
    ],
)
def test_a_full_stop_without_a_space_after_it_still_ends_a_word(
    first: str, second: str, change: list[tuple[str, str]]
) -> None:
    ops = word_diff(first, second)
    assert changed(ops) == change
    assert sides(ops) == (first, second)


@pytest.mark.parametrize(
    "word",
    ["U.S.", "U.S", "e.g.", "i.e.", "z.B.", "e.V.", "3.5", "1,000.5", "www.site.com", "Node.js", "ASP.NET", "Ph.D"],
)
def test_a_full_stop_inside_an_abbreviation_a_number_or_a_name_joins_its_word(word: str) -> None:
    # Such a full stop is part of the word: the word changes whole, and its final full stop is a mark of its own.
    assert "".join(_PIECE.findall(word)[:1]) == word.removesuffix(".")
    longer = f"{word}1" if word[0].isdigit() else f"{word}x"  # a letter after a number is a word of its own
    assert changed(word_diff(f"See {word} now", f"See {longer} now")) == [("delete", word), ("insert", longer)]


@pytest.mark.parametrize("apostrophe", ["\u2019", "\u2018", "\u201a", "\u201b", "\u02bc", "\u00b4", "`"])
def test_a_name_written_with_another_apostrophe_is_the_same_name(apostrophe: str) -> None:
    # Word processors curl the apostrophe of O'Neill the wrong way (an opening quotation mark) as often as the right
    # one, and some keyboards and pages put an acute accent or a backtick for it (O´Neill, O`Neill); relate takes them
    # all for the straight one, and the diff showed the name cut in three and changed.
    first, second = "Mayor Ciara O'Neill left Kessel.", f"Mayor Ciara O{apostrophe}Neill left Kessel."
    assert word_diff(first, second) == (DiffOp("equal", first, second),)
    ops = word_diff(first, f"Mayor Ciara O{apostrophe}Neill left Varn.")
    assert changed(ops) == [("delete", "Kessel"), ("insert", "Varn")]
    assert changed(word_diff(first, "Mayor Ciara O'Neal left Kessel.")) == [("delete", "O'Neill"), ("insert", "O'Neal")]


@pytest.mark.parametrize(
    "first",
    [
        "\ufeffThe ferry left Kessel.",  # a byte-order mark at the start of a pasted text
        "The ferry\u200b left Kessel.",  # a zero-width space a page set where a line may break
        "The \u2060ferry left Kessel.",
        "The ferry left Kessel\u00ad.",
        "The ferry \u200b left Kessel.",
    ],
)
def test_an_invisible_character_at_a_words_edge_or_between_words_changes_nothing(first: str) -> None:
    # Inside a word such a character was already no change (Hafen\u00adbehörde); at its edge it was shown deleted,
    # a step a reader cannot see.
    second = "The ferry left Kessel."
    assert changed(word_diff(first, second)) == []
    ops = word_diff(first, "The ferry left Varn.")
    # The word keeps the invisible character it touches.
    assert [(op, text.translate(dict.fromkeys(map(ord, INVISIBLE)))) for op, text in changed(ops)] == [
        ("delete", "Kessel"),
        ("insert", "Varn"),
    ]
    assert sides(ops) == (first, "The ferry left Varn.")


@pytest.mark.parametrize("op", ["replace", "Equal", "", "del"])
def test_a_step_of_another_kind_is_refused_naming_it_and_the_three_there_are(op: str) -> None:
    # Any string was taken: a "replace" step was neither side's text, and joining a diff's sides lost it silently.
    with pytest.raises(newsdiff.InputError, match=rf"op is '{op}'; a step is one of 'equal', 'insert', 'delete'"):
        DiffOp(op, "Lorvik")  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("The ferry left Kessel.\u200b", "The ferry left Kessel."),  # after the last mark
        ("\u200b(The ferry) left Kessel.", "(The ferry) left Kessel."),  # before the first
        ("The ferry left “Kessel”\u00ad.", "The ferry left “Kessel”."),  # between two marks
        ("The ferry left Kessel.", "The ferry left Kessel.\u2060"),  # in the second
    ],
)
def test_an_invisible_character_beside_a_mark_changes_nothing(first: str, second: str) -> None:
    # With no word or white space to touch, such a character was a step of its own, shown deleted or inserted.
    assert word_diff(first, second) == (DiffOp("equal", first, second),)
    ops = word_diff(first, second.replace("Kessel", "Varn"))
    assert changed(ops) == [("delete", "Kessel"), ("insert", "Varn")]
    assert sides(ops) == (first, second.replace("Kessel", "Varn"))


@pytest.mark.parametrize(("first", "second"), [("\u200b", ""), ("", "\u00ad"), ("\u00ad", "\ufeff\u200b")])
def test_texts_that_show_nothing_are_equal(first: str, second: str) -> None:
    assert word_diff(first, second) == (DiffOp("equal", first, second),)


@pytest.mark.parametrize("mark", ["\u00b4", "`"])
def test_an_accent_or_backtick_outside_a_word_is_still_a_mark_of_its_own(mark: str) -> None:
    # Only between two words' letters is it an apostrophe: quoting with it is still shown changed.
    ops = word_diff(f"They named it {mark}Lorvik{mark} then.", "They named it 'Lorvik' then.")
    assert changed(ops) == [("delete", mark), ("insert", "'"), ("delete", mark), ("insert", "'")]


@pytest.mark.parametrize(
    ("first", "second", "change"),
    [
        ("The ferry sailed 12 km.", "The ferry sailed 12km.", [("delete", " ")]),
        ("In 2026 Ferry crews struck.", "In 2026Ferry crews struck.", [("delete", " ")]),
        ("The ferry sailed 12km.", "The ferry sailed 15km.", [("delete", "12"), ("insert", "15")]),
        # A zero-width space where a page let the line break between them joins nothing.
        ("The ferry sailed 12\u200bkm.", "The ferry sailed 12 km.", [("insert", " ")]),
    ],
)
def test_a_number_written_against_a_word_is_a_number_of_its_own(
    first: str, second: str, change: list[tuple[str, str]]
) -> None:
    # As relations read it: "12km" against "12 km" showed the number changed, and a word a scraped page glued after a
    # number (2026Ferry) showed both changed, though only a space was.
    ops = word_diff(first, second)
    assert changed(ops) == change
    assert sides(ops) == (first, second)


def test_letters_with_digits_after_them_are_one_word() -> None:
    # A code (an aircraft, a virus, a summit) reads as one word and changes whole.
    assert changed(word_diff("The A320 and H5N1 cases", "The A321 and H7N9 cases")) == [
        ("delete", "A320"),
        ("insert", "A321"),
        ("delete", "H5N1"),
        ("insert", "H7N9"),
    ]


@pytest.mark.parametrize(
    ("first", "second", "change"),
    [
        ("The Ferry12 left Kessel.", "The Ferry 12 left Kessel.", [("insert", " ")]),
        ("The Ferry 12 left Kessel.", "The Ferry12 left Kessel.", [("delete", " ")]),
        ("The A320 landed.", "The A\u00a0320 landed.", [("insert", "\u00a0")]),
        ("The Fer\u00adry12 left.", "The Ferry 12 left.", [("insert", " ")]),
        ("The Ferry12 left Kessel.", "The Ferry-12 left Kessel.", [("insert", "-")]),
        ("The Ferry\u201112 left Kessel.", "The Ferry12 left Kessel.", [("delete", "\u2011")]),
    ],
)
def test_a_name_glued_to_its_number_against_it_apart_changes_only_what_parts_them(
    first: str, second: str, change: list[tuple[str, str]]
) -> None:
    # As relations read it (ferry, 12 on both sides): the whole word was shown deleted and both inserted.
    ops = word_diff(first, second)
    assert changed(ops) == change
    assert sides(ops) == (first, second)


def test_a_name_glued_to_another_number_or_spaced_with_another_changes_whole() -> None:
    assert changed(word_diff("The Ferry12 left.", "The Ferry13 left.")) == [
        ("delete", "Ferry12"),
        ("insert", "Ferry13"),
    ]
    assert changed(word_diff("The Ferry12 left.", "The Ferry 13 left.")) == [
        ("delete", "Ferry12"),
        ("insert", "Ferry 13"),
    ]


@pytest.mark.parametrize(
    ("text", "second_text", "named"), [(None, None, "text is NoneType"), ("Lorvik", b"Lorvik", "second_text is bytes")]
)
def test_a_step_whose_text_is_not_a_string_is_refused_naming_it(text: object, second_text: object, named: str) -> None:
    # Taken as it was, the step's in_first gave None, and joining a diff's sides failed far from the step.
    with pytest.raises(TypeError, match=rf"DiffOp: {named}; a step's texts are strings"):
        DiffOp("equal", text, second_text)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("She paused\u2026 then left Kessel.", "She paused... then left Kessel."),
        ("\u201cWe wait\u2026\u201d he said.", "\u201cWe wait...\u201d he said."),
        ("Ferry\u2026Kessel", "Ferry...Kessel"),
        ("The talks stalled\u2026.", "The talks stalled...."),
        ("Talks in the U.S.\u2026", "Talks in the U.S...."),
    ],
)
def test_an_ellipsis_as_one_character_is_equal_to_three_full_stops(first: str, second: str) -> None:
    # A typesetter's choice, as relations read it: the ellipsis was shown deleted and the three stops inserted.
    ops = word_diff(first, second)
    assert changed(ops) == []
    assert sides(ops) == (first, second)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("She paused . . . then left Kessel.", "She paused ... then left Kessel."),
        ("She paused . . . then left Kessel.", "She paused \u2026 then left Kessel."),
        ("\u201cWe wait.\u00a0.\u00a0.\u201d he said.", "\u201cWe wait...\u201d he said."),
        ("The talks stalled. . . . Kessel waited.", "The talks stalled.... Kessel waited."),
    ],
)
def test_an_ellipsis_with_spaced_stops_is_equal_to_the_stops_unspaced(first: str, second: str) -> None:
    # Style books space an ellipsis's stops: the three stops and the spaces between them were shown deleted.
    ops = word_diff(first, second)
    assert changed(ops) == []
    assert sides(ops) == (first, second)


def test_two_spaced_stops_are_no_ellipsis() -> None:
    assert changed(word_diff("Kessel . . . waited.", "Kessel . . waited.")) == [("delete", ". . ."), ("insert", ". .")]


def test_a_changed_ellipsis_still_shows_its_change() -> None:
    assert changed(word_diff("She paused\u2026 then left.", "She paused. Then left.")) == [
        ("delete", "\u2026 then"),
        ("insert", ". Then"),
    ]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Some 3,500 fans came.", "Some 3500 fans came."),
        ("Some 3,500 fans came.", "Some 3\u202f500 fans came."),
        ("Some 3,500 fans came.", "Some 3 500 fans came."),
        ("Some 3 500 fans came.", "Some 3\u00a0500 fans came."),
        ("It cost 3,500,000 euros.", "It cost 3.500.000 euros."),
        ("It cost 1,200.50 euros.", "It cost 1.200,50 euros."),
        ("It cost 1 200,50 euros.", "It cost 1.200,50 euros."),
        ("It cost 1\u202f200,50 euros.", "It cost 1,200.50 euros."),
    ],
)
def test_a_number_grouped_in_another_house_style_is_equal(first: str, second: str) -> None:
    # Relations read one figure; the word diff showed the number deleted and inserted, as if it had changed.
    assert changed(word_diff(first, second)) == []
    assert sides(word_diff(first, second)) == (first, second)


@pytest.mark.parametrize(
    ("first", "second", "change"),
    [
        # 3.500 is three and a half in English, as relations read it: a change whichever convention meant it.
        ("Some 3,500 fans came.", "Some 3.500 fans came.", [("delete", "3,500"), ("insert", "3.500")]),
        ("Some 3 500 fans came.", "Some 3 600 fans came.", [("delete", "3 500"), ("insert", "3 600")]),
        ("It cost 1 200,50 euros.", "It cost 1 200,60 euros.", [("delete", "1 200,50"), ("insert", "1 200,60")]),
        ("Some 1,5 fans came.", "Some 1.5 fans came.", [("delete", "1,5"), ("insert", "1.5")]),
        # A day and a count beside it are no number grouped by a space.
        ("On May 5 200 fans came.", "On May 5 300 fans came.", [("delete", "200"), ("insert", "300")]),
    ],
)
def test_a_number_grouped_otherwise_still_shows_a_changed_figure(
    first: str, second: str, change: list[tuple[str, str]]
) -> None:
    assert changed(word_diff(first, second)) == change


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("The ferry left at 10:30am.", "The ferry left at 10.30am."),
        ("The ferry left at 7:15 p.m. today.", "The ferry left at 7.15 p.m. today."),
        ("The ferry left at 7:15 PM.", "The ferry left at 7.15 PM."),
    ],
)
def test_a_time_written_with_a_full_stop_before_am_or_pm_is_equal_to_one_with_a_colon(first: str, second: str) -> None:
    # British print writes 10.30am: relations read the time 10:30, and the word diff showed the time changed.
    assert changed(word_diff(first, second)) == []
    assert sides(word_diff(first, second)) == (first, second)


def test_a_decimal_before_no_am_or_pm_is_no_time() -> None:
    assert changed(word_diff("It rose 10.30 points.", "It rose 10:30 points.")) == [
        ("delete", "10.30"),
        ("insert", "10:30"),
    ]
