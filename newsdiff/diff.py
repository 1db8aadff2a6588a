"""Word-level differences between two sentences, computed with diff-match-patch.

diff-match-patch diffs characters; we map each word, space run and punctuation mark to one private
character first (as its line mode does for lines), so the edit script is made of whole words. Chinese
and Japanese, written without spaces, are diffed character by character; a mark or an emoji made of
several code points (a flag, a skin tone, a family joined by zero-width joiners) is one piece, as a
reader sees it, so a change never splits it.

The minimal script costs time that grows with the product of the two lengths when they differ throughout.
Sentences (segmenting cuts one at 2,000 characters) always get it. For longer texts the search is counted in
steps, not seconds, and stops after :data:`SEARCH_STEPS`: what it has not reached is shown deleted and
inserted whole. Two unrelated articles of 4,000 words take a second or two instead of a minute, and since
steps are counted, not timed, the script is the same on any machine however busy.
"""

from __future__ import annotations

import math
import sys
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal, get_args

import regex
from diff_match_patch import diff_match_patch

from .errors import InputError, require_strings
from .features import (
    ADDRESS,
    APOSTROPHES,
    GROUPING_SPACES,
    SENTENCE_AFTER,
    SPACE_GROUPED,
    UNSEEN,
    UNSPACED_LETTERS,
    plain_figure,
)
from .invisible import JOINERS

Op = Literal["equal", "insert", "delete"]
_STEPS: tuple[Op, ...] = get_args(Op)
# Letters of scripts written without spaces between words (the features' list: Han, kana, Thai…): a grapheme cluster
# each (with their marks, the half-width kana's sound marks ﾞ and ﾟ, Thai's vowel signs), since no word ends show
# in them. Other letters and marks make words, and digits numbers, joined by an apostrophe however written (don't,
# O´Neill: the features' list), a full stop (U.S.), a zero-width (non-)joiner (Persian writes one inside many words)
# or a character that shows nothing (a soft hyphen), and digits by a comma or the Arabic thousands separator and
# decimal point (3,500, ٣٬٥٠٠, ٣٫٥: a changed number is shown whole, not as "3," kept and "500" changed) and the
# middle dot that British print sets for a decimal point (3·5, which is 3.5 to a reader, as to relations), and by the
# colon of a time or a score (10:30, 3:1: one numeral to relations, changed whole, not as "10:" kept); anything
# else is one grapheme cluster. White space is taken a grapheme at a time, so that a mark written after a space (a
# stray accent) stays with it rather than joining the next word. Korean has spaces between its words, so they are
# words here.
_CJK = rf"{UNSPACED_LETTERS}--\p{{Hangul}}"
_LETTER = rf"[[\p{{L}}\p{{M}}]--[{_CJK}]]"
_DIGIT = rf"[\p{{N}}--[{_CJK}]]"
# A word holds the joiners and other extending marks that are part of its characters (Malayalam ends a word with a
# virama and a zero-width joiner, U+200D; a vowel sign of a script diffed a character at a time may follow a digit),
# and those that lead one (the Arabic number sign before its digits), so that no piece splits a character as a reader
# sees it. A number ends before the letters written against it, as relations read them: a number then agrees with
# itself however a page spaces its unit (12km, 12 km: only the space changed), and a word a scraped page glued after
# it (2026Ferry) is a word of its own. Letters take the digits after them: a code (A320, G7, H5N1) is one word, and
# changes whole, but where the other text writes the same letters and number apart (Ferry12, Ferry 12, Ferry-12),
# they are two words on both sides, so that only the space or hyphen is shown changed: see _unglued.
_JOINED = r"[\p{Grapheme_Cluster_Break=Extend}\p{Grapheme_Cluster_Break=SpacingMark}\u200d]"
_WORD = (
    rf"\p{{Grapheme_Cluster_Break=Prepend}}*"
    rf"(?:{_LETTER}(?:{_LETTER}|{_DIGIT}|{_JOINED})*|{_DIGIT}(?:{_DIGIT}|{_JOINED})*)"
)
# A full stop inside a word (U.S, e.g, 3.5, www.site.com, ASP.NET, Ph.D) joins it, but not one that a scraped page
# left without its space before the next sentence (end.The, St.Louis, end.A): the features' SENTENCE_AFTER, so that
# relations and word diffs read the same words.
# Characters that show nothing (a zero-width space where a line may break, a byte-order mark, a soft hyphen, a mark of
# writing direction: the features' UNSEEN) go with the piece they touch, a word, white space or a mark (after it, or
# before the first), so that they are never a step of their own; only a text of nothing else is one piece of them.
# Next to what joins a word (1,\u200b200, don\u200b't) they join it still.
# Digits join across a no-break, thin or figure space before a group of three (1\u202f200, 12\u00a0500\u00a0000), as
# French and German type set their thousands (the features' GROUPING_SPACES): such a number changes whole, as 1,200
# does, and relations read it as one figure.
_SPACES = rf"(?:(?=\s)\X)+(?:[{UNSEEN}]+(?:(?=\s)\X)+)*"
_JOINT = (
    rf"[{UNSEEN}]*(?:[{APOSTROPHES}{JOINERS}]|\.(?![{UNSEEN}]*(?:{SENTENCE_AFTER}))"
    rf"|(?<=\d[{UNSEEN}]*)[,:\u066b\u066c\u00b7](?=[{UNSEEN}]*\d)"
    rf"|(?<=\d[{UNSEEN}]*)[{GROUPING_SPACES}](?=[{UNSEEN}]*\d{{3}}(?!\d)))[{UNSEEN}]*"
    # Alone, they join no number to the letters after it (12\u200bkm), which are a word of their own, as ever.
    rf"|(?<!{_DIGIT})[{UNSEEN}]+|[{UNSEEN}]+(?!{_LETTER})"
)
# A web address (https://…, www.…) or an e-mail address is one piece, as relations read it (the features' ADDRESS):
# one changed character in it shows the address changed, not a word of it. A run of three full stops or more is one
# piece too, and so is one that holds an ellipsis, which a page sets as one character (…) or as three (see
# _MARK_AS_READ): an ellipsis after an abbreviation's full stop or before a sentence's (U.S.…, U.S....) is then
# equal however set, where the first three stops were taken for the ellipsis. Style books (Chicago's, legal and
# academic print) space its stops (. . .): they are one piece too, keyed as the stops unspaced (see _SPACED_STOPS).
# A number whose thousands plain spaces group (12 500 000, as relations read it: the features' SPACE_GROUPED) is one
# piece too, and changes whole.
_SPACED_ELLIPSIS = rf"\.(?:[\x20{GROUPING_SPACES}]\.){{2,}}"
_PIECE = regex.compile(
    rf"(?:^[{UNSEEN}]*)?(?:{_SPACES}|{ADDRESS}|(?=[{_CJK}])\X|{SPACE_GROUPED}(?!(?:{_JOINT}){_WORD})"
    rf"|{_WORD}(?:(?:{_JOINT}){_WORD})*|[.\u2026]*\u2026[.\u2026]*"
    rf"|{_SPACED_ELLIPSIS}|\.{{3,}}|\X)[{UNSEEN}]*",
    regex.V1,
)
_FIRST_PRIVATE = 0xF0000
_OPS: dict[int, Op] = {0: "equal", 1: "insert", -1: "delete"}
#: Texts whose pieces (words, spaces, marks) multiply to at most this get the minimal script however long it
#: takes: two sentences of 2,000 characters, the most a sentence holds, take a second or two at worst.
MINIMAL_PIECES = 2000 * 2000
#: Longer texts: the search stops after this many steps (a diagonal of the edit graph each, about two
#: seconds), and what is left is deleted and inserted whole. A few edits in long texts take far fewer.
SEARCH_STEPS = 4_000_000


@dataclass(frozen=True)
class DiffOp:
    """One step of a word diff: text in both (``equal``), only in the second (``insert``) or only in the first.

    An ``equal`` step's ``text`` is as the first writes it. Words that differ only in how Unicode composes them (é as
    one code point, or as e and a combining accent: text pasted from another system), in their apostrophes (didn't,
    didn’t: house style), in the width of their letters and digits (１２, 12), in ligatures (ﬁ, fi) or in characters
    that show nothing (a soft hyphen) are equal, as a reader sees them, and so are a hyphen however encoded (or set as
    an en dash: 2020–21), an ellipsis however its stops are set (…, ..., . . .), a number however its thousands are
    grouped (3,500, 3500, 3 500) and white space within a line whatever its characters and length (a no-break space, a
    tab, two spaces), and line breaks however a system ends its lines (\\r\\n, \\n); where the second writes the step
    so, ``second_text`` holds its form, else it is None. :attr:`in_first` and :attr:`in_second` give each side's text
    of any step.
    """

    op: Op
    text: str
    second_text: str | None = None

    def __post_init__(self) -> None:
        if self.op not in _STEPS:
            raise InputError(f"DiffOp: op is {self.op!r}; a step is one of {', '.join(map(repr, _STEPS))}")
        if not isinstance(self.text, str) or not isinstance(self.second_text, str | None):
            name, value = ("text", self.text) if not isinstance(self.text, str) else ("second_text", self.second_text)
            raise TypeError(f"DiffOp: {name} is {type(value).__name__}; a step's texts are strings")
        if self.second_text is not None and self.op != "equal":
            raise InputError(
                f"DiffOp: only an equal step has a second_text, not {self.op!r}: an insertion's or a deletion's text "
                "is its own side's"
            )
        if self.second_text == self.text:  # one form on both sides: a step equal to the same step made by word_diff
            object.__setattr__(self, "second_text", None)

    @property
    def in_first(self) -> str:
        """This step's text as the first writes it: ``""`` for an insertion."""
        return "" if self.op == "insert" else self.text

    @property
    def in_second(self) -> str:
        """This step's text as the second writes it: ``""`` for a deletion."""
        if self.op == "delete":
            return ""
        return self.text if self.second_text is None else self.second_text

    def __repr__(self) -> str:
        # second_text is rare (two forms of one word): a repr of every step naming it as None would hide the text.
        second = "" if self.second_text is None else f", second_text={self.second_text!r}"
        return f"DiffOp(op={self.op!r}, text={self.text!r}{second})"


def word_diff(first: str, second: str) -> tuple[DiffOp, ...]:
    """Word-level edit script turning ``first`` into ``second``.

    Joining the steps' :attr:`~DiffOp.in_first` texts in order gives ``first`` back exactly, and their
    :attr:`~DiffOp.in_second` texts ``second``, white space included. Words that differ only in how Unicode
    composes them, in their apostrophes (didn't, didn’t), in their width (１２, 12), in ligatures (ﬁ), in a decimal
    point set as a middle dot (3·5, 3.5), in how their thousands are grouped (3,500, 3 500), in the full stop of a
    time before am or pm (10.30am, 10:30am) or in characters that show nothing (a soft hyphen) are equal, and so is
    white space within a line (a no-break space, a tab or two spaces for one space) and a line break however a system
    ends its lines (\\r\\n for \\n); such a step keeps the second's form in :attr:`~DiffOp.second_text`.

    The script is minimal for sentences (a few milliseconds each); for longer texts that differ throughout, its
    search is cut short after a bounded number of steps (a second or two), and the rest is shown deleted and inserted
    whole, the same on every machine.

    >>> [(d.op, d.text) for d in word_diff("due to meet Friday evening", "slated to meet Friday night")]
    [('delete', 'due'), ('insert', 'slated'), ('equal', ' to meet Friday '), ('delete', 'evening'), ('insert', 'night')]
    """
    require_strings("word_diff", first=first, second=second)
    # A piece is keyed by its composed form (NFC), a word's apostrophes straight and its invisible characters left
    # out, so that two forms of one word are one piece; each side keeps its own pieces as written, and the steps are
    # spelt from them.
    vocabulary: dict[str, str] = {}
    keys: list[str] = []

    def encode(pieces: list[str]) -> str:
        chars = []
        for key in _keys(pieces):
            if key not in vocabulary:
                # Private-use plane 15/16 code points: never in the text, 131,072 of them.
                if _FIRST_PRIVATE + len(keys) > sys.maxunicode:
                    raise InputError(
                        f"word_diff: the two texts hold more than {len(keys):,} distinct words and marks; "
                        "diff them a paragraph or a sentence at a time"
                    )
                vocabulary[key] = chr(_FIRST_PRIVATE + len(keys))
                keys.append(key)
            chars.append(vocabulary[key])
        return "".join(chars)

    if first != second and not first.translate(_UNSEEN) and not second.translate(_UNSEEN):
        # Neither shows anything (a lone soft hyphen against nothing): no piece of either has a counterpart to be
        # equal to, yet a reader sees no change.
        return (DiffOp("equal", first, second),)
    first_pieces, second_pieces = _PIECE.findall(first), _PIECE.findall(second)
    first_pieces, second_pieces = _unglued(first_pieces, second_pieces), _unglued(second_pieces, first_pieces)
    encoded_first, encoded_second = encode(first_pieces), encode(second_pieces)
    bounded = len(encoded_first) * len(encoded_second) > MINIMAL_PIECES
    engine = _CountedSearch(SEARCH_STEPS if bounded else math.inf)
    encoded = engine.diff_main(encoded_first, encoded_second, False)
    # diff-match-patch's semantic cleanup, its first step (folding short unchanged runs) sparing words between marks.
    words = {vocabulary[key] for key in keys if _HOLDS_A_WORD.match(key)}
    if _fold_small_equalities(encoded, words):
        engine.diff_cleanupMerge(encoded)
    engine.diff_cleanupSemanticLossless(encoded)
    _split_overlaps(engine, encoded)
    return _spelt(encoded, first_pieces, second_pieces)


@lru_cache(maxsize=65536)  # words recur: in a sentence, a cluster and its articles
def _key(piece: str) -> str:
    """What a piece is to a reader: its composed form (NFC), a word's apostrophes straight and its invisible
    characters left out, white space within a line one space; two forms of one word have one key."""
    key = unicodedata.normalize("NFC", piece)
    if len(key) > 1 and _HOLDS_A_WORD.match(key):
        key = key.translate(_AS_A_READER_SEES_IT)
        if _GROUPED_NUMERAL.fullmatch(key):
            # Its thousands grouped in another house style (3,500, 3500, 3 500, 3.500.000): one figure to a reader,
            # as to relations. 3.500 stays as written: it is 3.5 in English.
            return plain_figure(key)
        return str(_JOINS_NOTHING.sub("", key)) if "\u200c" in key or "\u200d" in key else key
    key = key.translate(_MARK_AS_READ)
    if _SPACED_STOPS.fullmatch(key):
        return key.translate(_NO_SPACES)
    if _SPACE_IN_A_LINE.fullmatch(key):
        return " "
    if key.isspace():
        # Line breaks, however a system ends its lines (\r\n, \n, \r, a line separator), with the spaces beside them,
        # which show nothing at a line's end or start: only how many lines break is seen.
        return "\n" * len(_LINE_BREAK.findall(key))
    return key


def _keys(pieces: list[str]) -> list[str]:
    """The key of each piece (see :func:`_key`), an apostrophe at a word's edge keyed as the straight one: after a
    word ending in s (the Kessels’ boat, the Kessels' boat: a plural's possessive), before a number (’90s, '90s), and
    a right single quotation mark before a word and the one closing that word (let ’em go, rock ’n’ roll), which
    elide.

    Such an apostrophe is no part of its word's piece, since a quotation mark stands there too (‘no’ against 'no' is
    still shown changed, and so is ‘yes’ against 'yes': a mark that closes a quotation opened before it is no
    apostrophe), but there it is the word's apostrophe, which house style curls or not: not an edit.
    """
    keys = [_key(piece) for piece in pieces]
    for at, key in enumerate(keys):
        # A time as British print writes it (10.30am, 7.15 p.m.) is the time written with a colon, as relations read
        # it; before no am or pm, 10.30 is a decimal.
        if "." in key and _DOTTED_TIME.fullmatch(key):
            following = keys[at + 1 : at + 3]
            if following[:1] == [" "]:
                following = following[1:]
            if following and _AM_OR_PM.fullmatch(following[0]):
                keys[at] = key.replace(".", ":")
    quoting = False  # whether a single quotation mark opened before and is not yet closed
    elided: int | None = None  # where the last apostrophe that elides the start of a word stands (’em, ’n’)
    for at, piece in enumerate(pieces):
        if len(piece) != 1 or piece not in APOSTROPHES:
            continue
        before = keys[at - 1] if at else ""
        after = pieces[at + 1] if at + 1 < len(pieces) else ""
        if _HOLDS_A_WORD.match(before):
            if _HOLDS_A_WORD.match(after):
                continue
            if elided == at - 2:  # the end of a word elided at both ends: rock ’n’ roll
                keys[at] = "'"
                continue
            if not quoting and before[-1:] in ("s", "S"):
                keys[at] = "'"
            quoting = False
        elif _NUMBER.match(after):
            keys[at] = "'"
        elif piece == "\u2019" and _HOLDS_A_WORD.match(after):
            # A right single quotation mark opens no quotation (‘ does): before a word, it elides the word's start
            # (let ’em go, ’til dawn, rock ’n’ roll).
            keys[at] = "'"
            elided = at
        elif _HOLDS_A_WORD.match(after):
            quoting = True
    return keys


def _unglued(pieces: list[str], other: list[str]) -> list[str]:
    """``pieces`` with each word whose letters end in digits (Ferry12) cut in two, letters and number, where the
    ``other`` side writes that word and that number apart (Ferry 12, or Ferry-12), so that only the space (or the
    hyphen) is shown changed.

    Such a word is otherwise one piece, as a code is (A320, w12: changed whole); relations read it as the two
    words the other side spaces.
    """
    glued = [_GLUED.fullmatch(piece) for piece in pieces]
    wanted = {(_key(match["word"]), _key(match["number"])) for match in glued if match}
    if not wanted:
        return pieces
    # The number first: most pieces are none, and a key is costlier to make than a match.
    spaced = wanted & {
        (_key(word), _key(number))
        for word, space, number in zip(other, other[1:], other[2:], strict=False)
        if _NUMBER.fullmatch(number) and _key(space) in (" ", "-")
    }
    if not spaced:
        return pieces
    unglued: list[str] = []
    for piece, match in zip(pieces, glued, strict=True):
        if match and (_key(match["word"]), _key(match["number"])) in spaced:
            unglued += [match["word"], match["number"]]
        else:
            unglued.append(piece)
    return unglued


def _spelt(encoded: list[tuple[int, str]], first: list[str], second: list[str]) -> tuple[DiffOp, ...]:
    """The steps of the encoded script, each spelt from the pieces of its side as written (``first`` and ``second``
    in order): the script's steps take each side's pieces in order, a piece each."""
    ops = []
    at_first = at_second = 0
    for op, chars in encoded:
        if not chars:
            continue
        if op == 1:
            ops.append(DiffOp("insert", "".join(second[at_second : at_second + len(chars)])))
            at_second += len(chars)
            continue
        text = "".join(first[at_first : at_first + len(chars)])
        at_first += len(chars)
        if op == -1:
            ops.append(DiffOp("delete", text))
            continue
        second_text = "".join(second[at_second : at_second + len(chars)])
        at_second += len(chars)
        ops.append(DiffOp("equal", text, None if second_text == text else second_text))
    return tuple(ops)


# A word whose letters end in digits, as written (an invisible character may stand in it): its letters, and its number.
_NUMBER_PIECE = rf"{_DIGIT}(?:{_DIGIT}|{_JOINED}|[{UNSEEN}])*"
_GLUED = regex.compile(
    rf"(?P<word>[{UNSEEN}]*{_LETTER}(?:{_LETTER}|{_JOINED}|[{UNSEEN}])*)(?P<number>{_NUMBER_PIECE})", regex.V1
)
_NUMBER = regex.compile(_NUMBER_PIECE, regex.V1)
# An hour of the clock and its minutes after a full stop, and the am or pm after it (as pieces: am, a.m, AM).
_DOTTED_TIME = regex.compile(r"(?:1[0-2]|0?[0-9])\.[0-5][0-9]")
_AM_OR_PM = regex.compile(r"(?i)[ap]\.?m")
# A word's key of ASCII digits with separators that may group its thousands (the spaces keyed as one).
_GROUPED_NUMERAL = regex.compile(r"[0-9]{1,3}(?:[,. ][0-9]{3})+(?:[.,][0-9]+)?")
_HOLDS_A_WORD = regex.compile(rf"[{UNSEEN}]*(?:{_WORD}|[{_CJK}])", regex.V1)
# Apostrophes inside a word written otherwise than straight (didn’t, didnʼt, O‘Neill curled the wrong way, O´Neill
# and O`Neill from some keyboards, as relate reads them) key it as the straight one does: house style, not an edit.
# Quotation marks are pieces of their own, and a curled one is still shown changed. Characters that show nothing (a
# soft hyphen where the word may break, a zero-width space) are left out of its key, as relate leaves them out.
# Letters and digits set full-width (１２, ＡＢＣ: as Chinese and Japanese type them among their characters) and the
# Latin ligatures (ﬁ, ﬂ: a typesetter's choice) key as the letters and digits they are, as relations read them, and a
# decimal point set as a middle dot (3·5) as the full stop.
_PLAIN_FORMS = {
    code: unicodedata.normalize("NFKC", chr(code))
    for code in (*range(0xFF10, 0xFF1A), *range(0xFF21, 0xFF3B), *range(0xFF41, 0xFF5B), *range(0xFB00, 0xFB07))
}
_AS_A_READER_SEES_IT = str.maketrans(
    dict.fromkeys(APOSTROPHES.replace("'", ""), "'")
    | dict.fromkeys(UNSEEN)
    | _PLAIN_FORMS
    | dict.fromkeys(GROUPING_SPACES, " ")  # a space within a line is one space, within a number as between words
    | {0xB7: "."}  # in a word's piece only between digits (see _JOINT): a decimal point set as British print sets it
)
# A zero-width (non-)joiner shapes the letters of a script that joins them or makes conjuncts (Persian, Hindi,
# Malayalam: kept in the key), but shows nothing after a digit or a Latin, Greek or Cyrillic letter (1\u200d200).
_JOINS_NOTHING = regex.compile(
    r"(?<![[\p{L}\p{M}]--[\p{Latin}\p{Greek}\p{Cyrillic}\p{Common}\p{Inherited}]]\p{M}*)[\u200c\u200d]", regex.V1
)
_UNSEEN = str.maketrans(dict.fromkeys(UNSEEN))
# A hyphen is drawn alike whichever of its characters a page writes (a no-break one keeps well‑known on one line), and
# so is a minus sign, which the keyboard's hyphen-minus stands for (−5°C, -5°C), as relations read it. So are the en
# dash and the figure dash, which house styles set where a keyboard types a hyphen (the 2020–21 season, Brell–Varga
# talks, pages 10–12, a 5–3 win): relations read them as hyphens, and the word diff showed a mark changed where a reader
# sees the same words. The em dash (—) is longer to the eye, and stays a mark of its own. An ellipsis set
# as one character (…) is the three full stops that a keyboard types for it, as it is to relations (its compatibility
# form): a typesetter's choice, not an edit.
_MARK_AS_READ = str.maketrans(
    dict.fromkeys(UNSEEN) | dict.fromkeys("\u2010\u2011\u2012\u2013\u2212", "-") | _PLAIN_FORMS | {0x2026: "..."}
)
# An ellipsis whose stops are spaced (. . .) is the three stops a keyboard types for it (...), as a reader sees it.
_SPACED_STOPS = regex.compile(_SPACED_ELLIPSIS)
_NO_SPACES = str.maketrans(dict.fromkeys(f"\x20{GROUPING_SPACES}"))
# White space that stays on one line is one space to a reader, whatever its characters and length (a no-break space, a
# tab, two spaces), as git's --word-diff takes it; a line break is kept apart, a change of layout that shows.
_SPACE_IN_A_LINE = regex.compile(r"[\s--[\n\v\f\r\x85\u2028\u2029]]+", regex.V1)
_LINE_BREAK = regex.compile(r"\r\n|[\n\v\f\r\x85\u2028\u2029]")


def _fold_small_equalities(diffs: list[tuple[int, str]], words: set[str]) -> bool:
    """Turn each unchanged run no longer than the changes on both sides of it into a change, in place.

    This is the first step of diff-match-patch's semantic cleanup, counting pieces where it counts characters:
    two neighbouring words replaced read as one change rather than two around an unchanged space. A run that holds
    a word (one of ``words``, the encoded pieces that do) is always kept: folded in, a word both sides share (a
    quoted word whose quotation marks were made curly, the verb of two reworded sentences) would show deleted and
    inserted, as if it had changed. Says whether anything was folded.
    """
    folded_any = False
    equalities: list[int] = []  # indices of the unchanged runs not yet folded, the last one pending
    before = after = (0, 0)  # pieces (inserted, deleted) before and after the pending unchanged run
    index = 0
    while index < len(diffs):
        op, text = diffs[index]
        if op == 0:
            equalities.append(index)
            before, after = after, (0, 0)
        else:
            after = (after[0] + len(text), after[1]) if op == 1 else (after[0], after[1] + len(text))
            kept = diffs[equalities[-1]][1] if equalities else ""
            if kept and words.isdisjoint(kept) and len(kept) <= min(max(before), max(after)):
                folded = equalities.pop()
                diffs[folded : folded + 1] = [(-1, kept), (1, kept)]
                # The run before may now be no longer than the change after it: look at it again.
                if equalities:
                    equalities.pop()
                index = equalities[-1] if equalities else -1
                before = after = (0, 0)
                folded_any = True
        index += 1
    return folded_any


def _split_overlaps(engine: diff_match_patch, diffs: list[tuple[int, str]]) -> None:
    """Show as unchanged the pieces a deletion ends with and the insertion after it starts with (or the other way
    round), in place, when they are at least half of either: the last step of diff-match-patch's semantic cleanup,
    which runs only after its own first step, so is repeated here after :func:`_fold_small_equalities`.
    """
    index = 1
    while index < len(diffs):
        if diffs[index - 1][0] == -1 and diffs[index][0] == 1:
            deleted, inserted = diffs[index - 1][1], diffs[index][1]
            ahead, behind = engine.diff_commonOverlap(deleted, inserted), engine.diff_commonOverlap(inserted, deleted)
            shorter = min(len(deleted), len(inserted))
            if ahead >= behind and ahead * 2 >= shorter:
                kept, inserted = inserted[:ahead], inserted[ahead:]
                diffs[index - 1 : index + 1] = [(-1, deleted[: len(deleted) - ahead]), (0, kept), (1, inserted)]
                index += 1
            elif behind > ahead and behind * 2 >= shorter:
                kept, deleted = deleted[:behind], deleted[behind:]
                diffs[index - 1 : index + 1] = [(1, inserted[: len(inserted) - behind]), (0, kept), (-1, deleted)]
                index += 1
        index += 1


class _CountedSearch(diff_match_patch):  # type: ignore[misc]
    """diff-match-patch whose search stops after a number of steps, shared by all its searches, rather than at a time.

    Its time limit would make the script depend on the machine's speed and load. Its search
    (:meth:`diff_bisect`, Myers' middle snake) asks once per edit distance ``d`` whether its deadline has
    passed; here the deadline answers, counting the ``2d + 1`` diagonals that distance walks.
    """

    def __init__(self, steps: float) -> None:
        super().__init__()
        self.Diff_Timeout = 0  # no half-match shortcut either: it gives up minimality
        self.steps_left = steps

    def diff_bisect(self, text1: str, text2: str, deadline: object) -> list[tuple[int, str]]:
        return super().diff_bisect(text1, text2, _StepDeadline(self))  # type: ignore[no-any-return]


class _StepDeadline:
    """The deadline of one search: it has passed once the searches have used up their steps.

    The search compares ``time.time() > deadline``; a float cannot compare itself with this, so Python asks
    ``deadline < time``, once per edit distance, in order.
    """

    def __init__(self, search: _CountedSearch) -> None:
        self.search = search
        self.distance = 0

    def __lt__(self, now: float) -> bool:
        self.search.steps_left -= 2 * self.distance + 1
        self.distance += 1
        return self.search.steps_left < 0
