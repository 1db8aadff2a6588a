"""The characters that show nothing, named once by what they do, for every stage that reads text.

Each stage keeps those it needs for its own purpose (a sentence's text drops some, a word ignores more, a date drops
the marks of writing direction too); composing them from these sets keeps the stages in step when one is added.
"""

from __future__ import annotations

import unicodedata

#: A soft hyphen: where a word may break at a line's end; it shows only there.
SOFT_HYPHEN = "\u00ad"
#: Characters of no width that part or bind words as a space would or would not: the zero-width space, the word
#: joiner and the byte-order mark (the zero-width no-break space of old).
ZERO_WIDTH = "\u200b\u2060\ufeff"
#: The zero-width non-joiner and joiner: they shape the letters of some scripts and join emoji, so they may belong to
#: a word as it is written.
JOINERS = "\u200c\u200d"
#: Marks of writing direction: left-to-right and right-to-left marks, the Arabic letter mark, embeddings, overrides
#: and the pop that ends them, and isolates.
DIRECTION_MARKS = "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
#: Invisible mathematical operators (function application, times, separator, plus), left by pasted formulas.
INVISIBLE_OPERATORS = "\u2061\u2062\u2063\u2064"
#: The combining grapheme joiner, which binds marks to a letter and shows nothing.
GRAPHEME_JOINER = "\u034f"
#: The Mongolian vowel separator, a format character of no width since Unicode 6.3.
MONGOLIAN_VOWEL_SEPARATOR = "\u180e"


def shows_nothing(character: str) -> bool:
    """Whether ``character`` is white space or shows as nothing: a format character (a zero-width space, a direction
    mark, a byte-order mark), but for the tags that end a flag's emoji (🏴 and the tags of a region)."""
    return character.isspace() or (
        unicodedata.category(character) == "Cf" and not "\U000e0000" <= character <= "\U000e007f"
    )
