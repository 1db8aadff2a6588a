"""Word-level differences between two sentences, computed with diff-match-patch.

diff-match-patch diffs characters; we map each word, space run and punctuation mark to one private
character first (as its line mode does for lines), so the edit script is made of whole words. Chinese
and Japanese, written without spaces, are diffed character by character; a mark or an emoji made of
several code points (a flag, a skin tone, a family joined by zero-width joiners) is one piece, as a
reader sees it, so a change never splits it.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from typing import Literal

import regex
from diff_match_patch import diff_match_patch

from .errors import InputError, require_strings

Op = Literal["equal", "insert", "delete"]
# Han, hiragana and katakana: a piece each (with their marks). Other letters, marks and digits make words,
# joined by an apostrophe or a full stop (don't, U.S.); anything else is one grapheme cluster.
_CJK = r"\p{Han}\p{Hiragana}\p{Katakana}"
_WORD = rf"[[\p{{L}}\p{{M}}\p{{N}}]--[{_CJK}]]+"
_PIECE = regex.compile(rf"\s+|[{_CJK}]\p{{M}}*|{_WORD}(?:['’.]{_WORD})*|\X", regex.V1)
_FIRST_PRIVATE = 0xF0000
_OPS: dict[int, Op] = {0: "equal", 1: "insert", -1: "delete"}


@dataclass(frozen=True)
class DiffOp:
    """One step of a word diff: text in both (``equal``), only in the second (``insert``) or only in the first."""

    op: Op
    text: str


def word_diff(first: str, second: str) -> tuple[DiffOp, ...]:
    """Word-level edit script turning ``first`` into ``second``.

    Joining the ``equal`` and ``delete`` texts in order gives ``first`` back exactly, and the ``equal`` and
    ``insert`` texts ``second``, white space included. The script is minimal, so its time grows with the
    product of the two lengths: a sentence takes milliseconds, two articles of a thousand words seconds,
    and texts four times as long about sixteen times as long.

    >>> [(d.op, d.text) for d in word_diff("due to meet Friday evening", "slated to meet Friday night")]
    [('delete', 'due'), ('insert', 'slated'), ('equal', ' to meet Friday '), ('delete', 'evening'), ('insert', 'night')]
    """
    require_strings("word_diff", first=first, second=second)
    vocabulary: dict[str, str] = {}
    pieces: list[str] = []

    def encode(text: str) -> str:
        chars = []
        for piece in _PIECE.findall(text):
            if piece not in vocabulary:
                # Private-use plane 15/16 code points: never in the text, 131,072 of them.
                if _FIRST_PRIVATE + len(pieces) > sys.maxunicode:
                    raise InputError(
                        f"word_diff: the two texts hold more than {len(pieces):,} distinct words and marks; "
                        "diff them a paragraph or a sentence at a time"
                    )
                vocabulary[piece] = chr(_FIRST_PRIVATE + len(pieces))
                pieces.append(piece)
            chars.append(vocabulary[piece])
        return "".join(chars)

    engine = diff_match_patch()
    engine.Diff_Timeout = 0
    encoded = engine.diff_main(encode(first), encode(second), False)
    engine.diff_cleanupSemantic(encoded)
    decode = {char: piece for piece, char in vocabulary.items()}
    return tuple(DiffOp(_OPS[op], "".join(decode[c] for c in chars)) for op, chars in encoded if chars)
