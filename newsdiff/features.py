"""Sentence features computed once per sentence: normalised tokens, stems, content words, numbers.

Normalisation folds what differs between outlets but not in meaning: Unicode quotes and dashes, HTML
character references left in scraped text (``&amp;``), case, ``U.S.``/``US``, possessive ``'s``, number words
(``two``/``2``), digits of other scripts (``٨٣٠٠``/``8300``), accents on Latin letters (``Zürich``/``Zurich``),
and transliteration variants of names (``Sergei``/``Sergey``, ``Anthony``/``Antony``, ``Mueller``/``Müller``) through a
loose spelling key.
Numbers are compared as the figures they give, however written (``8.3m``/``8,300,000``, ``$1.2bn``/``1.2 billion``,
``12 500``/``12500`` with a narrow or a plain space, ``3½``/``3.5``), with their sign (``-15`` is not ``15``): see
:func:`figures_of`.

Chinese, Japanese and Thai put no space between words (and Korean none between a word and its
particles), and no word list ships for them, so a run of such letters is read as its overlapping pairs
of characters: ``渡轮停航`` gives ``渡轮``, ``轮停``, ``停航``. Most Chinese words are two characters long, so
the pairs carry the words among some noise that weighting by frequency makes light; single characters
would match unrelated sentences through their commonest characters (``的``, ``市``), and whole runs match
only when everything between two punctuation marks is the same. A quotation shared inside two different
sentences is then a run of shared pairs, as it is a run of shared words in English.
"""

from __future__ import annotations

import html
import math
import unicodedata
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import cached_property, lru_cache
from importlib import resources
from itertools import pairwise
from typing import TYPE_CHECKING

import regex

from .invisible import DIRECTION_MARKS, GRAPHEME_JOINER, INVISIBLE_OPERATORS, JOINERS, SOFT_HYPHEN, ZERO_WIDTH
from .shipped import news_counts, punkt_data

if TYPE_CHECKING:  # NLTK is imported when the first word is stemmed: see _stemmer
    from nltk.stem.snowball import SnowballStemmer

#: A full stop that a scraped page left without its space before the next sentence, as what follows it: a capitalised
#: word (end.The, U.S.The, St.Louis), or a capital after a word of three letters or more ending in a small one (end.A,
#: but not z.B, e.V nor Ph.D). It ends its word, as it would with the space, for relations and word diffs alike.
SENTENCE_AFTER = r"\p{Lu}\p{M}*\p{Ll}|(?<=(?:\p{L}\p{M}*){2}\p{Ll}\p{M}*\.)\p{Lu}"
#: Characters written for an apostrophe inside a word: the straight one, the typographic ones (didn’t, didnʼt, and
#: O‘Neill curled the wrong way, or low: didn‚t), and the acute accent and backtick that some keyboards and pages put
#: for it (O´Neill, don`t). A word is the same word whichever it holds, in relations and word diffs alike.
APOSTROPHES = "'\u2019\u2018\u201a\u201b\u02bc\u00b4`"
#: Characters that show nothing and are no part of a word: a soft hyphen where a word may break, a zero-width space, a
#: word joiner, a byte-order mark, marks of writing direction (left-to-right, right-to-left, the Arabic letter mark,
#: embeddings and isolates), invisible mathematical operators and the combining grapheme joiner. Pasted and scraped
#: text leaves them inside words and numbers (1\u200e200): a word or a number is the same without them.
UNSEEN = SOFT_HYPHEN + ZERO_WIDTH + DIRECTION_MARKS + INVISIBLE_OPERATORS + GRAPHEME_JOINER
# A number's separators include Arabic's decimal and thousands separators (٫ and ٬), and a minus sign (a hyphen or a
# dash, folded to one) before it, at its start, is its sign (-15, (−3.5)); after a word or a number it is no sign
# (COVID-19, 2020-2021). Apostrophes are straight here. An abbreviation's possessive (the U.S.'s envoy) is part of
# it, as a word's is: read apart, it left a word "s" that "the US's envoy" lacked.
_TOKEN = regex.compile(
    rf"(?:(?<![^\s(\[{{\"])-(?=\p{{N}}))?\p{{N}}+(?:[.,:\u066b\u066c]\p{{N}}+)*|[\p{{L}}\p{{M}}]+(?:(?:'|\.(?!{SENTENCE_AFTER}))[\p{{L}}\p{{M}}]+)*(?:\.(?:'[sS](?![\p{{L}}\p{{M}}]))?)?",
    regex.V0,
)
#: A web address (https://…, www.…) or an e-mail address, to the white space after it but for the marks that end a
#: sentence or a quotation there. It is one word, in relations and word diffs alike: read as words, www.kessel.gov/ferry
#: was the words ``wwwkesselgov`` and ``ferry``, and an e-mail address a name and a site that matched others' words.
#: An e-mail address's name and labels are looked for as far as they may run (64 and 63 characters), so that a long
#: run of words joined by hyphens is not read again from each of its words.
ADDRESS = (
    r"(?:(?i:https?://|ftp://|www\.)|[\w.+-]{1,64}+@(?=[\w-]{1,63}\.\w))[^\s<>]*(?<![.,;:!?)\]}'\"\u00bb\u201d\u2019])"
)
_ADDRESS = regex.compile(ADDRESS, regex.V0)
_TOKEN_OR_ADDRESS = regex.compile(rf"{ADDRESS}|{_TOKEN.pattern}", regex.V0)
#: What an address starts with that names no other place: its scheme and a leading ``www.``.
_ADDRESS_START = regex.compile(r"^(?:(?:https?|ftp)://)?(?:www\.)?", regex.IGNORECASE)
# NFKC writes an acute accent alone as a space and a combining accent, which would cut O´Neill in two and put the
# accent on the second half: it is made an apostrophe first.
_ACUTE_APOSTROPHE = str.maketrans({"\u00b4": "'"})
# Quotation marks are all the straight one here, for words; a word diff still shows a changed quotation mark (“, „ for
# ") as a change of a mark, which a reader sees. Apostrophes are folded as word diffs key them: see APOSTROPHES.
# fmt: off
_FOLD = str.maketrans(
    {
        "“": '"', "”": '"', "„": '"', "‟": '"', "«": '"', "»": '"',
        "–": "-", "—": "-", "‒": "-", "―": "-", "\u2212": "-", "\u00a0": " ",
    }
    | dict.fromkeys(APOSTROPHES.replace("'", ""), "'")
    # Invisible characters and the zero-width joiners would otherwise cut a word in two: "offi\u00adcials" is
    # "officials", and "1\u200e200" is 1200.
    | dict.fromkeys(UNSEEN + JOINERS)
)
_NUMBER_WORDS = {
    "zero": "0", "one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6",
    "seven": "7", "eight": "8", "nine": "9", "ten": "10", "eleven": "11", "twelve": "12",
    "twenty": "20", "hundred": "100", "thousand": "1000", "million": "1000000", "billion": "1000000000",
}
#: Ordinals in words are the numbers of the day or the rank they give (the fourth of May, the 4th of May): read as no
#: number, a copy with its day changed (the 3rd, the fourth) seemed the same words. After ``a`` or ``one`` an ordinal is
#: a fraction (a third of the river, one fifth), and no number. First and second are left words (at first, a second of
#: time, number nothing) but in a date: see :data:`_DAY_ORDINALS`.
_ORDINAL_WORDS = {
    "third": "3", "fourth": "4", "fifth": "5", "sixth": "6", "seventh": "7", "eighth": "8", "ninth": "9",
    "tenth": "10", "eleventh": "11", "twelfth": "12", "thirteenth": "13", "fourteenth": "14", "fifteenth": "15",
    "sixteenth": "16", "seventeenth": "17", "eighteenth": "18", "nineteenth": "19", "twentieth": "20",
    "thirtieth": "30",
}
#: Numbers past twelve written as one word, but for twenty (a key of :data:`_NUMBER_WORDS`, as the relation model was
#: trained), a dozen (12) and the ordinals: their keys stay the words, and they are numbers only to agree with others
#: (see :func:`featurize`).
_LONE_NUMBER_WORDS = {
    "thirteen": "13", "fourteen": "14", "fifteen": "15", "sixteen": "16", "seventeen": "17", "eighteen": "18",
    "nineteen": "19", "thirty": "30", "forty": "40", "fifty": "50", "sixty": "60", "seventy": "70", "eighty": "80",
    "ninety": "90", "dozen": "12",
} | _ORDINAL_WORDS
_LONE_NUMBERS = frozenset(_LONE_NUMBER_WORDS)
# fmt: on
_DOUBLE = regex.compile(r"(.)\1+")
#: Letters of scripts written without spaces between words (the word diff shows them one at a time, all but
#: Korean's, whose words are spaced). The prolonged sound mark (ー) belongs to no script of its own, but only ever
#: lengthens a kana.
UNSPACED_LETTERS = r"\p{Han}\p{Hiragana}\p{Katakana}\u30fc\p{Hangul}\p{Thai}\p{Lao}\p{Khmer}\p{Myanmar}"
_UNSPACED = regex.compile(rf"((?:[{UNSPACED_LETTERS}]\p{{M}}*)+)")
_CHARACTER = regex.compile(r"\X")  # a grapheme cluster: a letter with its marks


#: Words that negate what a sentence says; contracted forms (``won't``, ``isn't``) are one word ending in ``n't``.
_NEGATIONS = frozenset({"not", "no", "never", "nor", "without", "cannot"})


@dataclass(frozen=True)
class SentenceFeatures:
    """What relation scoring needs of one sentence, computed once.

    ``tokens`` are the normalised words in order (for verbatim runs); ``keys`` the same words as
    loose stems (for overlap); ``content`` the keys of content words; ``numbers`` the numerals.
    The n-gram sets are kept too, since a sentence is compared with many others. They are made when
    first read: only sentences that the candidate index pairs are related, and in a long article most
    are not (two generated articles of 4,000 sentences relate 2,332 pairs), so making them for every
    sentence cost time and most of a comparison's memory.
    """

    text: str
    tokens: tuple[str, ...]
    keys: tuple[str, ...]
    content: frozenset[str]
    numbers: frozenset[str]
    capitalised: frozenset[str]
    quotes: tuple[tuple[str, ...], ...]
    key_set: frozenset[str]
    token_set: frozenset[str]

    @cached_property
    def negated(self) -> bool:
        """Whether the sentence says no: a word of negation, or one contracted (``won't``, ``didn't``)."""
        return bool(_NEGATIONS & self.token_set) or any(token.endswith("n't") for token in self.token_set)

    @cached_property
    def figures(self) -> dict[str, frozenset[str]]:
        """Each of :attr:`numbers` with the figures it is part of, written one way (see :func:`figures_of`)."""
        return figures_of(self.tokens, self.keys)

    @cached_property
    def key_bigrams(self) -> frozenset[tuple[str, ...]]:
        """The runs of two successive keys."""
        return ngrams(self.keys, 2)

    @cached_property
    def key_trigrams(self) -> frozenset[tuple[str, ...]]:
        """The runs of three successive keys."""
        return ngrams(self.keys, 3)

    @cached_property
    def char_trigrams(self) -> frozenset[str]:
        """The runs of three characters of the tokens joined by spaces."""
        joined = " ".join(self.tokens)
        return frozenset({joined[i : i + 3] for i in range(len(joined) - 2)})


@lru_cache(maxsize=1)
def stopwords() -> frozenset[str]:
    """The shipped English stopword list."""
    text = resources.files("newsdiff").joinpath("data/stopwords_english.txt").read_text(encoding="utf-8")
    return frozenset(line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#"))


@lru_cache(maxsize=1)
def synonym_groups() -> dict[str, list[int]]:
    """For each word key (see :func:`loose_key`), the numbers of the synonym groups it belongs to
    (``data/synonyms_english.txt``, from WordNet). Two keys are synonyms when they share a group.
    """
    groups: dict[str, list[int]] = {}
    for key, numbers in _shipped_synonyms().items():
        # The list holds stem keys (see stem_key); a word spelling a vowel's umlaut out is folded after (anaemia is
        # found under the key its sentences give it, as anemia is under its own).
        groups.setdefault(_umlaut_folded(key), []).extend(numbers)
    return {key: sorted(set(numbers)) for key, numbers in groups.items()}


@lru_cache(maxsize=1)
def _shipped_synonyms() -> dict[str, list[int]]:
    """The synonym groups as the shipped list writes them: for each stem key (see :func:`stem_key`), its groups."""
    text = resources.files("newsdiff").joinpath("data/synonyms_english.txt").read_text(encoding="utf-8")
    groups: dict[str, list[int]] = {}
    lines = (line for line in text.splitlines() if line and not line.startswith("#"))
    for number, line in enumerate(lines):
        for key in line.split():
            groups.setdefault(key, []).append(number)
    return groups


#: Words that negate too, for telling a copy from its opposite (the relation model was trained on the list above):
#: pronouns of negation, and contractions whose apostrophe a scraped page lost (not ``wont`` nor ``cant``, words).
_NEGATING = (
    _NEGATIONS
    | {"nobody", "nothing", "none", "neither", "nowhere"}
    | {
        f"{verb}nt"
        for verb in ("do", "does", "did", "is", "are", "was", "were", "has", "have", "had", "could", "would")
    }
)


def negates(key: str) -> bool:
    """Whether a word's key (see :func:`loose_key`) negates: ``not``, ``no``, ``never``, ``nobody``, ``without``,
    ``cannot`` and the like, or a contraction (``won't``, ``didn't``, ``isnt``)."""
    return key in _negating_keys() or key.endswith("n't")


@lru_cache(maxsize=1)
def _negating_keys() -> frozenset[str]:
    return frozenset(map(loose_key, _NEGATING))


@lru_cache(maxsize=1)
def _stopword_keys() -> frozenset[str]:
    return frozenset(loose_key(t) for t in stopwords())


@lru_cache(maxsize=1)
def _stemmer() -> SnowballStemmer:
    # Imported here: importing any part of NLTK imports the whole of it (seconds where SciPy is installed).
    from nltk.stem.snowball import SnowballStemmer

    return SnowballStemmer("english")


#: An HTML character reference left in scraped text: named (``&amp;``, ``&rsquo;``) or numbered (``&#8217;``).
#: Only with its semicolon, so that ``AT&T`` or ``R&D`` stay as written.
_ENTITY = regex.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")


def unescape_entities(text: str) -> str:
    """``text`` with its HTML character references replaced by the characters they stand for (``&amp;`` is ``&``).

    Text copied from a page's source keeps them; read as words, ``&amp;`` was a word ``amp``, ``&nbsp;`` one
    ``nbsp`` and ``&rsquo;s`` cut a possessive off its word.
    """
    return _ENTITY.sub(lambda entity: html.unescape(entity.group()), text) if "&" in text else text


def normalise(text: str) -> str:
    """Fold HTML character references, Unicode compatibility forms, quotes, apostrophes, dashes and no-break spaces;
    drop invisible characters; case-fold."""
    return _casefolded(_folded(text))


def _casefolded(text: str) -> str:
    """``text`` case-folded, the dotted capital I (İstanbul) as i: its fold is i and a combining dot above, which made
    it another word than the one an outlet writes Istanbul."""
    folded = text.casefold()
    return folded.replace("i\u0307", "i") if "\u0307" in folded else folded


def _folded(text: str) -> str:
    """``text`` normalised (see :func:`normalise`) but for its case, which tells where a sentence begins."""
    text = unescape_entities(text).translate(_ACUTE_APOSTROPHE)
    if _GROUPING_SPACE.search(text):
        if "," in text and _DECIMAL_COMMA_AFTER_SPACES.search(text):
            text = _DECIMAL_COMMA_AFTER_SPACES.sub(".", text)
        text = _GROUPING_SPACE.sub("", text)
    if " " in text and _SPACE_GROUPED.search(text):
        # A decimal comma after thousands grouped by spaces (1 200,50, as French writes 1,200.50) is a decimal point.
        text = _SPACE_GROUPED.sub(lambda number: number.group().replace(" ", "").replace(",", "."), text)
    if _VULGAR_FRACTION.search(text):
        text = _VULGAR_FRACTION.sub(_as_decimal, text)
    if "/" in text and _SLASHED_FRACTION.search(text):
        text = _SLASHED_FRACTION.sub(_slashed_as_decimal, text)
    if _RAISED_AFTER_A_LETTER.search(text):
        text = _RAISED_AFTER_A_LETTER.sub("", text)
    if _RAISED_AFTER_A_DIGIT.search(text):
        text = _RAISED_AFTER_A_DIGIT.sub(r" \g<0>", text)
    if _ORDINAL_ENDING.search(text):
        text = _ORDINAL_ENDING.sub("", text)
    if ("%" in text or "ent" in text or "ENT" in text or "pc" in text or "PC" in text) and _PER_CENT.search(text):
        text = _PER_CENT.sub(_percent, text)
    if "\u00b7" in text and _MIDDLE_DOT_DECIMAL.search(text):
        text = _MIDDLE_DOT_DECIMAL.sub(".", text)
    if _TENS_AND_UNITS.search(text):
        text = _TENS_AND_UNITS.sub(_tens_and_units, text)
    if "." in text and _DOTTED_TIME.search(text):
        text = _DOTTED_TIME.sub(":", text)
    if "." in text and _BARE_DECIMAL_POINT.search(text):
        text = _BARE_DECIMAL_POINT.sub("0.", text)
    if ("o." in text or "\u2116" in text) and _NUMBER_SIGN.search(text):
        text = _NUMBER_SIGN.sub("number", text)
    if _YEARS.search(text):
        text = _YEARS.sub(_years_in_full, text)
    return unicodedata.normalize("NFKC", text).translate(_FOLD)


#: A number ending in a fraction of one character (3½, ¼): compatibility forms write ½ as 1⁄2, so 3½ read as the
#: numbers 31 and 2. It is looked for from a run of digits' start only: looked for from each of its digits, a long run
#: (a table or a code pasted whole) took time that grew with the square of its length, a minute for 50,000 digits.
_VULGAR_FRACTION = regex.compile(r"(?<![0-9])([0-9]*)([\u00bc-\u00be\u2150-\u215e\u2189])")


#: A whole number and a fraction written with a slash, as AP style writes 2½ (2 1/2, 1 1/2 million): read as words, it
#: was the numbers 2, 1 and 2, and 1 1/2 million the figure 2,000,000. A fraction alone (3/4) may be a day and a month,
#: and is left as written.
_SLASHED_FRACTION = regex.compile(
    r"(?<![\p{N}.,/:]|\p{N}\x20)([0-9]{1,3})\x20([1-9])/(2|4|5|8|10)(?![\p{N}/]|[.,]\p{N})"
)


def _slashed_as_decimal(match: regex.Match[str]) -> str:
    """The number :data:`_SLASHED_FRACTION` finds as a decimal (2 1/2 is 2.5), where its fraction is less than one."""
    whole, numerator, denominator = match.groups()
    if int(numerator) >= int(denominator):
        return str(match.group())
    return format((Decimal(whole) + Decimal(numerator) / Decimal(denominator)).normalize(), "f")


#: Superscript digits written against a word: a unit's power (km², m³) or a note's mark (said¹). They are no number in
#: the text, yet compatibility forms write them as digits, and km² was the numbers of ``12 km²`` with 12: a sentence
#: giving 15 km² then had a number, 2, in common with it and seemed to agree with its figure.
_RAISED_AFTER_A_LETTER = regex.compile(r"(?<=\p{L}\p{M}*)[\u00b2\u00b3\u00b9\u2070\u2074-\u2079]+")


#: Superscript digits written against a number: its power (4², 10⁶) or a note's mark (1,200¹). Compatibility forms
#: write them as digits, and 4² was the number 42, which a sentence giving 42 then seemed to agree with: they are a
#: number of their own.
_RAISED_AFTER_A_DIGIT = regex.compile(r"(?<=\p{Nd})[\u00b2\u00b3\u00b9\u2070\u2074-\u2079]+")


#: The letters that make a numeral an ordinal (3rd, 21st, 4TH): read as a word of their own, ``rd`` or ``st``, they
#: were a content word that "March 3" lacked against "March 3rd", and ``st`` matched St (a street, a saint).
_ORDINAL_ENDING = regex.compile(r"(?<=(?<![\p{L}\p{N}.,])[0-9]+)(?i:st|nd|rd|th)(?!\p{L})")


#: A decimal point with no digit before it (.5, $.75, -.3): read as words, the point was lost and .5 was the number 5.
#: Not after a letter, a digit or another mark (U.S..5, 5. 5, ...5), where it ends a word or a sentence.
_BARE_DECIMAL_POINT = regex.compile(r"(?<=^|[\s(\[{\p{Sc}+\-\u2212\u2012-\u2015\"'\u201c\u2018«])\.(?=\p{Nd})")


#: A percentage's sign after its number (20%, 20 %) and what British print writes for it (20 per cent or 20 per-cent,
#: and 20pc against its number; not 20 pcs, pieces), and the wires' abbreviation (20 pct, 20pct): the word American
#: print writes (20 percent), so that one figure given by six house styles reads as the same words.
_PER_CENT = regex.compile(
    r"(?<=\p{Nd}\x20?)(?:%|(?i:pct)\b)|(?<=\p{Nd})pc\b|\b(?i:per)(?:\s+|[\-\u2010\u2011])(?i:cent)\b"
)


def _percent(match: regex.Match[str]) -> str:
    """The word ``percent`` for what :data:`_PER_CENT` finds, a word apart from the number, capitalised as written."""
    found = match.group()
    return " percent" if found in ("%", "pc") or found.casefold() == "pct" else found[0] + "ercent"


#: A middle dot between digits: the decimal point as British print sets it (3·5 per cent, £1·2bn). Read as no part of a
#: number, 3·5 was the numbers 3 and 5, and £1·2bn the figure 2bn.
_MIDDLE_DOT_DECIMAL = regex.compile(r"(?<=\p{Nd})\u00b7(?=\p{Nd})")


#: A number from 21 to 99 written in words, its tens and its units joined by a hyphen or a space (thirty-five, Forty
#: two): read as two words, it was the number 5 and a word, and a sentence giving 35 seemed unrelated to it.
#: Not "twenty one-year-olds", where the units begin another word.
_TENS = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
_UNITS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
#: The units of an ordinal of tens and units (twenty-first, thirty-first): its number, as 21st is. Not second: a
#: twenty-second delay lasts twenty seconds.
_ORDINAL_UNITS = {"first": 1, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9}
_ANY_UNITS = "|".join((*_UNITS, *_ORDINAL_UNITS))
_TENS_AND_UNITS = regex.compile(
    rf"(?i)\b({'|'.join(_TENS)})(?:[-\u2010\u2011]|\x20(?=(?:{_ANY_UNITS})\b(?![-\u2010\u2011])))({_ANY_UNITS})\b"
)


def _tens_and_units(match: regex.Match[str]) -> str:
    """The numeral of a number :data:`_TENS_AND_UNITS` finds: ``thirty-five`` is ``35``, ``twenty-first`` ``21``."""
    tens, units = match.group(1).casefold(), match.group(2).casefold()
    return str(10 * (_TENS.index(tens) + 2) + (_ORDINAL_UNITS.get(units) or _UNITS.index(units) + 1))


#: The full stop of a time of day as British print writes it (10.30am, 7.15 p.m.): read as a decimal point, 10.30am was
#: the figure 10.3, which the same time written 10:30am disagreed with. Only before am or pm, where it is no decimal.
_DOTTED_TIME = regex.compile(r"(?<=(?<![\p{N}.,:])(?:1[0-2]|0?[0-9]))\.(?=[0-5][0-9]\s?(?i:[ap]\.?m\b))")


#: The abbreviation of "number" before one (No. 10, no.1, № 5): read as the word "no", it made the sentence say no,
#: and "Ferry No. 5 left" seemed to deny what "Ferry number 5 left" says.
_NUMBER_SIGN = regex.compile(r"\b[Nn]o\.(?=\s?\p{Nd})|\u2116")


#: A range of years whose last is written with its last two digits (2020-21, 2020–21, the 2020/21 season): read as
#: written, its end was the number 21, and the same season written 2020-2021 disagreed with it.
_YEARS = regex.compile(
    r"(?<![\p{N}.,:/\-\u2010-\u2015\u2212])((?:1[89]|20)[0-9]{2})([\-\u2010-\u2015\u2212/])([0-9]{2})"
    r"(?![\p{N}]|[\-\u2010-\u2015\u2212/.,:]\p{N})"
)


def _years_in_full(match: regex.Match[str]) -> str:
    """The range of years :data:`_YEARS` finds with its last year in full (2020-21 is 2020-2021, 1999-00 1999-2000),
    where that is a year of the ten after the first; else the range as written (2020-19, a count or a score)."""
    first, between, last = match.groups()
    year = int(first) // 100 * 100 + int(last)
    if year <= int(first):
        year += 100
    return f"{first}{between}{year}" if year - int(first) <= 10 else match.group()


def _as_decimal(match: regex.Match[str]) -> str:
    """The number ``match`` finds written as a decimal (3½ is 3.5) where one gives it exactly, else its whole part
    and its fraction apart (3⅓ is 3 ⅓, three and one third)."""
    whole, fraction = match.groups()
    numerator, _, denominator = unicodedata.normalize("NFKC", fraction).partition("\u2044")
    if denominator not in ("2", "4", "5", "8", "10"):  # a third, a sixth: no decimal gives it
        return f"{whole} {fraction}" if whole else fraction
    return format((Decimal(whole or 0) + Decimal(numerator) / Decimal(denominator)).normalize(), "f")


#: Spaces that group a number's thousands before three digits, as French and German type set them (1\u202f200,
#: 12\u00a0500\u00a0000): no-break, thin and figure spaces. The number is one figure, 1200, not the numbers 1 and 200.
GROUPING_SPACES = "\u00a0\u2007\u2009\u202f"
_GROUPING_SPACE = regex.compile(rf"(?<=\p{{Nd}})[{GROUPING_SPACES}](?=\p{{Nd}}{{3}}(?!\p{{Nd}}))")
#: The comma after thousands that such a space groups (1\u202f200,50): a decimal comma, as French and German write
#: 1,200.50. Read as written, the figure was 1200,50, which agreed with neither 1.200,50 nor 1,200.50.
_DECIMAL_COMMA_AFTER_SPACES = regex.compile(rf"(?<=\p{{Nd}}[{GROUPING_SPACES}]\p{{Nd}}{{3}}),(?=\p{{Nd}})")


#: The months written out, in the order of the year.
MONTH_NAMES = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
               "november", "december")  # fmt: skip
_MONTHS = "|".join(MONTH_NAMES) + "|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec"
#: A number whose thousands plain spaces group, as much French and German text keyed on an ordinary keyboard does
#: (1 200, 12 500 000): a group of one to three digits, then groups of three, one space apart. Not after a month
#: (May 5 200 people is the fifth of May and 200 people) nor after another number or a letter (2021 300, A1 200), and
#: not before a decimal point (1 200.5 is no figure a page writes); a decimal comma after it is its decimal part
#: (1 200,50, as French writes 1,200.50). Word diffs read such a number as one piece.
SPACE_GROUPED = (
    rf"(?<![\p{{L}}\p{{M}}\p{{N}}.,:\u066b\u066c]|\p{{N}}[ ,]|\b(?i:{_MONTHS})\.? )"
    r"\p{Nd}{1,3}(?: \p{Nd}{3})+(?:,\p{Nd}+)?(?!\p{N}|[.,:\u066b\u066c]\p{N})"
)
_SPACE_GROUPED = regex.compile(SPACE_GROUPED)


def tokenize(text: str) -> list[str]:
    """Normalised word tokens: ``U.S.`` becomes ``us``, possessive ``'s`` is dropped; a run of an unspaced
    script (Chinese, Japanese, Thai…) gives its pairs of characters (see :func:`character_pairs`).

    >>> tokenize("The U.S. envoy’s “killer” remark")
    ['the', 'us', 'envoy', 'killer', 'remark']
    """
    tokens: list[str] = []
    # Split on the runs of unspaced scripts (a capturing split: the runs come at odd positions), so that a
    # word in Latin letters glued to Chinese ("iPhone手机") is a word of its own. Most text is ASCII and
    # has none: looking for them there made English a third slower to tokenize.
    # Words are found before case is folded, since a capital tells a sentence glued to the last one (end.The).
    folded = _folded(text)
    parts = [folded] if folded.isascii() else _UNSPACED.split(folded)
    for position, part in enumerate(parts):
        if position % 2:
            tokens.extend(character_pairs(part.casefold()))
            continue
        with_addresses = "@" in part or "www." in part.casefold() or "://" in part
        for raw in (_TOKEN_OR_ADDRESS if with_addresses else _TOKEN).findall(part):
            if with_addresses and _ADDRESS.fullmatch(raw):
                # An address names one place however written: its scheme, www. and a closing slash say nothing more.
                tokens.append(_ADDRESS_START.sub("", _casefolded(raw)).rstrip("/") or _casefolded(raw))
                continue
            token = _casefolded(raw)
            token = token.removesuffix("'s")
            if "." in token and not token.removeprefix("-")[:1].isdigit():
                token = token.replace(".", "")
            token = unaccented(token.strip("'"))
            if token:
                tokens.append(token)
    return tokens


#: Latin letters that carry their mark in the letter itself, which decomposing does not take off: as outlets write
#: them where their type lacks them (Ødegaard, Odegaard; Wałęsa, Walesa; Kırıkkale, Kirikkale).
_BARE_LETTERS = str.maketrans({"ø": "o", "ł": "l", "đ": "d", "ı": "i", "æ": "ae", "œ": "oe"})
_LATIN_MARKS = regex.compile(r"(\p{Latin})\p{Mn}+")


def unaccented(word: str) -> str:
    """``word`` (case-folded) without the accents on its Latin letters: ``zürich`` is ``zurich``, ``são`` ``sao``.

    One outlet writes a name with its accents and another without (their type, or an English house style): a word is
    the same word either way. Only Latin letters lose their marks: in other scripts (the breve of Cyrillic й, the
    vowel signs of Hindi) a mark makes another letter.
    """
    if word.isascii():
        return word
    decomposed = unicodedata.normalize("NFD", word)
    bare = _LATIN_MARKS.sub(r"\1", decomposed) if _LATIN_MARKS.search(decomposed) else decomposed
    return unicodedata.normalize("NFC", bare).translate(_BARE_LETTERS)


def character_pairs(run: str) -> list[str]:
    """The overlapping pairs of characters of a run of an unspaced script; a run of one character is itself.

    A character is what a reader sees as one (a Thai consonant with its vowel and tone marks).

    >>> character_pairs("渡轮停航")
    ['渡轮', '轮停', '停航']
    """
    characters: list[str] = _CHARACTER.findall(run)
    if len(characters) == 1:
        return characters
    return [first + second for first, second in pairwise(characters)]


def unspaced(token: str) -> bool:
    """Whether a token comes from a script written without spaces (it is then a pair of characters, or one)."""
    return not token.isascii() and _UNSPACED.match(token) is not None


def key_weight(key: str, documents: int, frequency: int) -> float:
    """The weight of ``key``, held by ``frequency`` of ``documents`` sentences: its smoothed inverse document
    frequency (at least 0.1), times its :func:`share_of_a_word`. A cluster's index and :func:`newsdiff.relate`'s
    shipped frequencies weigh words alike through it."""
    return max(math.log((documents + 1) / (frequency + 0.5)), 0.1) * share_of_a_word(key)


def share_of_a_word(key: str) -> float:
    """How much of a word ``key`` is, to weigh it by: half for a pair of characters, whole otherwise.

    Each character of an unspaced run sits in two pairs, so a pair carries about half of what a word does. The
    relation model learned on words: weighed whole, a sentence seemed to leave twice the words unmatched that it
    does, and a short sentence was not matched with a longer one that carries it.
    """
    return 0.5 if unspaced(key) else 1.0


@lru_cache(maxsize=65536)
def loose_key(token: str) -> str:
    """A stem that also folds accents (see :func:`unaccented`) and common transliteration variants (th/t, y/i, ph/f,
    doubled letters, an umlaut spelt out: ue/ü); a numeral is its own key, and a number word is its numeral. A Roman
    numeral with a doubled i or x (ii, viii, xx) is its own key too (see :data:`_ROMAN`), and a verb whose stem is
    another word is kept apart from it (colonise is no colon: see :data:`_OVERSTEMMED`)."""
    if ("ii" in token or "xx" in token) and _ROMAN.fullmatch(token):
        return token
    if "i" in token and (overstemmed := _OVERSTEMMED.fullmatch(token)):
        return stem_key(f"{overstemmed[1]}is{overstemmed[2]}")
    key = stem_key(_ABBREVIATED.get(token, token))
    if "@" in key or "/" in key or "." in key:  # an address (see ADDRESS): folded, it was another
        return key
    if token.isascii() and _BRITISH_ENDING.search(token) and not _ISE_IN_BOTH.match(token):
        key = _american_key(token, key)
    return _umlaut_folded(key)


#: A Roman numeral (case-folded), as a king, a pope, a war or a sequel is numbered. One with a doubled i or x (ii, iii,
#: viii, xx) is its own key: its doubled letters folded as a word's are, II and III had the key of I, and VIII that of
#: VI, so that a copy whose king or war changed (Charles III, Charles II; World War II, World War I) read as the same
#: sentence word for word. Only :func:`loose_key` keeps it: the shipped synonyms are written in :func:`stem_key`'s
#: keys. Not mm nor cc, which are millimetres and cubic centimetres more often than 2000 and 200.
_ROMAN = regex.compile(r"m{0,4}(?:cm|cd|d?c{0,3})(?:xc|xl|l?x{0,3})(?:ix|iv|v?i{0,3})")
#: Verbs in -ise or -ize (and their nouns in -isation) whose stem, the stemmer taking -ize off as a suffix, is another
#: word that news writes often: colonize was colon, organize and organization an organ, capitalize the capital, and
#: generalize the general an outlet writes Gen. Either spelling is keyed as the British one, whose stem keeps its
#: ending (colonis, organis): the shipped synonyms know those keys, with the verbs' other words.
_OVERSTEMMED = regex.compile(r"(colon|organ|capital|general)i[sz](e|es|ed|ing|er|ers|ation|ations|ational)")


#: Endings that British spelling writes otherwise than American: organise (organize), organisation, analyse (analyze),
#: colour (color), favourite, centre (center), centred, defence (defense). Each with the American ending.
_BRITISH_ENDING = regex.compile(
    r"(?<=[a-z]{2})is(?=(?:e|ed|es|ing|er|ers|ation|ations)$)|(?<=[a-z])ys(?=(?:e|ed|es|ing)$)"
    r"|(?<=[a-z]{2})our(?=(?:|s|ed|ing|ite|ites|able)$)|(?<=[a-z][b-df-hj-np-tv-z])re(?=[sd]?$)"
    r"|(?<=[a-z]{2})ence(?=s?$)"
)
_AMERICAN_ENDING = {"is": "iz", "ys": "yz", "our": "or", "re": "er", "ence": "ense"}
#: Words that American spelling writes with -ise too (advertise, expertise, improvise, supervise…), as the letters
#: before it: WordNet lists a rare -ize spelling of some, whose stem is another word's (improvize, improve).
_ISE_IN_BOTH = regex.compile(
    r"^(?:advert|expert|improv|superv|telev|rev|dev|comprom|exerc|enterpr|franch|merchand|chast|desp|disgu|surpr|compr"
    r"|appr|adv|prem|prom|circumc|exc|inc|conc|prec|otherw|likew|clockw)is"
)


def _american_key(token: str, key: str) -> str:
    """The key of ``token`` spelt the American way, where the shipped synonyms hold both spellings in one group (as
    WordNet lists organise with organize, colour with color); else ``key``, the key of the token as written.

    Stemmed, organized lost its ending and organised kept it, and center and centre kept theirs: one word had two keys,
    and a copy from a British outlet seemed to have changed it. Only where the list holds both as synonyms: rise is no
    rize, four no for, timbre no timber.
    """
    american = _BRITISH_ENDING.sub(lambda ending: _AMERICAN_ENDING[ending.group()], token)
    if american.endswith("erd"):  # centred is centered
        american = american.removesuffix("d") + "ed"
    other = stem_key(american)
    groups = _shipped_synonyms()
    if other != key and key in groups and other in groups and set(groups[key]) & set(groups[other]):
        return other
    return key


#: Titles and months as news abbreviates them before a name or a date (Sen. Brell, Gen. Varn, Feb. 3), and the words
#: they stand for, which other outlets write out (Senator Brell, February 3): one word, and one name, either way.
_ABBREVIATED = {
    "adm": "admiral", "atty": "attorney", "brig": "brigadier", "capt": "captain", "cmdr": "commander",
    "col": "colonel", "cpl": "corporal", "det": "detective", "dr": "doctor", "gen": "general", "gov": "governor",
    "lt": "lieutenant", "maj": "major", "prof": "professor", "rep": "representative", "reps": "representatives",
    "sen": "senator", "sens": "senators", "sgt": "sergeant", "supt": "superintendent",
    "jan": "january", "feb": "february", "mar": "march", "apr": "april", "jun": "june", "jul": "july",
    "aug": "august", "sep": "september", "sept": "september", "oct": "october", "nov": "november",
    "dec": "december",
}  # fmt: skip


def stem_key(token: str) -> str:
    """:func:`loose_key` but for an umlaut spelt out, which it folds only where the shipped synonyms do not make the
    folded word another (see :func:`_another_word`): the keys that list is written in, as what derives it reads no
    shipped list."""
    if token in _NUMBER_WORDS:
        return _NUMBER_WORDS[token]
    if token.removeprefix("-")[:1].isdigit():
        # A numeral is its own key, with its sign. Stemmed and folded as a word, its doubled digits were one: 100,000
        # and 10,000 had one key ("10,0"), as had 2.55 and 2.5.
        return token if token.isascii() else ascii_digits(token)
    if "@" in token or "/" in token or "." in token:  # an address (see ADDRESS): stemmed, it was another
        return token
    if unspaced(token):
        # A pair of characters is its own key: folding its doubled letters would make 常常 ("often") 常.
        return token
    token = unaccented(token)
    stem: str = _stemmer().stem(token) if token.isascii() else token
    stem = stem.replace("ph", "f").replace("th", "t").replace("y", "i").replace("ks", "x")
    return str(_DOUBLE.sub(r"\1", stem))


def _umlaut_folded(key: str) -> str:
    """A word's stem key with a vowel's umlaut spelt out folded (Mueller, Muller), where news seldom writes it."""
    if "e" in key and _UMLAUT_SPELT.search(key) and _news_frequency(key) < 3:
        # Müller is written Mueller where type lacks the umlaut and Muller where the dots are dropped: one name, as
        # Schröder, Jürgen and Düsseldorf are. A word news writes often is left as it is (Michael is not Michal), and
        # none is folded into one news writes (poet is not pot, duel not dull) nor into another word English knows
        # (fuel is not full, suer not sur): see _another_word.
        folded = str(_DOUBLE.sub(r"\1", _UMLAUT_SPELT.sub(r"\1", key)))
        if _news_frequency(folded) < 2 and folded not in stopwords() and not _another_word(key, folded):
            return folded
    return key


def _another_word(key: str, folded: str) -> bool:
    """Whether ``folded``, a key with its spelt-out umlaut folded, is another word than ``key`` to English: both are
    words of its list (``data/synonyms_english.txt``) and no group of it holds both.

    The list names places too (Muenchen, with Munich): a key it holds was never folded, so that München and Muenchen,
    one city, were two words. It is folded where the folded key is no word of the list, or the list's own other
    spelling of it (Wuerzburg, Wurzburg).
    """
    groups = _shipped_synonyms()
    return key in groups and folded in groups and not set(groups[key]) & set(groups[folded])


#: A vowel and the e after it that spells its umlaut (ue for ü, oe for ö, ae for ä), between consonants.
_UMLAUT_SPELT = regex.compile(r"(?<=[b-df-hj-np-tv-z])([aou])e(?=[b-df-hj-np-tv-z])")


def _news_frequency(key: str) -> int:
    """In how many of the shipped sentences of news (``data/relate_idf.json``) ``key`` is."""
    count: int = news_counts()["frequency"].get(key, 0)
    return count


#: Arabic's decimal and thousands separators, as the Latin script writes them.
_ARABIC_SEPARATORS = {"\u066b": ".", "\u066c": ","}


def ascii_digits(numeral: str) -> str:
    """``numeral`` written in ASCII digits, from any script's (Arabic-Indic ``٣``, Persian ``۳``, Devanagari ``३``),
    so that one figure agrees whatever digits an outlet prints it in. Full-width digits are folded before, by NFKC.

    >>> ascii_digits("٨٬٣٠٠")
    '8,300'
    """
    return "".join(
        _ARABIC_SEPARATORS.get(character, str(unicodedata.decimal(character, character))) for character in numeral
    )


#: A numeral with its thousands marked by commas: ``8,300``, ``1,250,000.5``.
_GROUPED = regex.compile(r"-?[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?")


def ungrouped(key: str) -> str:
    """A numeral's key without the commas that group its thousands (``8,300`` is ``8300``); any other key as it is.

    ``1,5`` (a decimal comma, or a list) is left alone. The relation model reads numerals as written: keyed without
    their commas, its cross-validated accuracy on MSRP fell from 78.0% to 77.6% (and to 77.9% with only the numbers
    compared without them), so this serves the rule that the same words in the same order are a copy.
    """
    return key.replace(",", "") if "," in key and _GROUPED.fullmatch(key) else key


def _numeral(key: str) -> bool:
    """Whether a word's key is a numeral: digits, perhaps with separators (``8,300``, ``2.5``, ``10:30``)."""
    return key.removeprefix("-").replace(".", "").replace(",", "").replace(":", "").isdigit()


#: Scale words as German and French write them: German abbreviates a million and a thousand million ``Mio.`` and
#: ``Mrd.`` (``Millionen``, ``Milliarden``), French writes ``milliards``. Both write a decimal comma and group thousands
#: with full stops, so the numeral before such a word is read so (``1,5 Mrd.`` is 1.5 thousand million). German's
#: ``Billionen`` are million millions, and are left out rather than read as billions.
_CONTINENTAL_SCALES = {
    "tsd": 1000, "mio": 10**6, "millionen": 10**6,
    "mrd": 10**9, "milliarde": 10**9, "milliarden": 10**9, "milliard": 10**9, "milliards": 10**9,
}  # fmt: skip


#: A numeral as German and French write one: thousands grouped by full stops, a decimal comma (``1.500``, ``1,5``,
#: ``1.200,75``). ``12.5`` is none: before ``Mio.`` it is 12.5 million, as written.
_CONTINENTAL = regex.compile(r"-?[0-9]{1,3}(?:\.[0-9]{3})*(?:,[0-9]+)?")
#: A decimal comma, which no thousands separator can be before a scale word: one or two digits after it (``1,5
#: million``, as French writes it; ``1,500 million`` is English's 1,500).
_DECIMAL_COMMA = regex.compile(r"-?[0-9]+,[0-9]{1,2}")


#: Words that multiply the figure before them (``8.3 million``, ``$1.2bn``, ``50k``, ``two dozen``), as tokens: a
#: number word alone (``a million``) is its numeral already. ``b`` is left out: "plan B", "Category 4B". Indian English
#: counts in lakhs (a hundred thousand) and crores (ten million): ``Rs 5 crore`` is 50 million rupees, as others write
#: it.
_SCALES = {
    "dozen": 12, "hundred": 100, "thousand": 1000, "k": 1000,
    "lakh": 10**5, "lakhs": 10**5, "crore": 10**7, "crores": 10**7,
    "million": 10**6, "m": 10**6, "mn": 10**6, "mln": 10**6, "mio": 10**6, "millionen": 10**6,
    "billion": 10**9, "bn": 10**9, "bln": 10**9, "mrd": 10**9, "milliarde": 10**9, "milliarden": 10**9,
    "milliard": 10**9, "milliards": 10**9,
    "trillion": 10**12, "tn": 10**12, "trn": 10**12,
} | _CONTINENTAL_SCALES  # fmt: skip


#: Words of measure after which ``m`` is a metre, not a million: a wall 2m high is two metres high, and a runner 100m
#: away is no hundred million away; so are the races run and swum over metres (the 100m sprint, the 400m freestyle).
_MEASURED = frozenset(
    {"high", "tall", "long", "wide", "deep", "thick", "across", "away"}
    | {"sprint", "hurdles", "relay", "freestyle", "backstroke", "breaststroke", "butterfly", "medley"}
)
#: The words after ``m above`` or ``m below`` that make it a height (8,848m above sea level): £2m above forecasts is
#: money.
_LEVELS = frozenset({"sea", "ground"})


def _metre(tokens: Sequence[str], at: int) -> bool:
    """Whether the token at ``at``, an ``m`` after a number, is a metre (see :data:`_MEASURED`), not a million."""
    after = tokens[at + 1 : at + 3]
    return bool(after) and (
        after[0] in _MEASURED or (len(after) == 2 and after[0] in ("above", "below") and after[1] in _LEVELS)
    )


#: The characters with which Chinese and Japanese scale the number before them: 万 (萬) ten thousand and 亿 (億) a
#: hundred million (3亿元 is 300,000,000 yuan, 5万人 50,000 people), 千 a thousand and 兆 a million million. They
#: are read as pairs of characters (see :func:`character_pairs`), so a pair that one opens scales the number before it.
_UNSPACED_SCALES = {
    "\u4e07": 10**4,
    "\u842c": 10**4,
    "\u4ebf": 10**8,
    "\u5104": 10**8,
    "\u5343": 10**3,
    "\u5146": 10**12,
}
#: 千 (a thousand) and 兆 (a million million, as Japanese and Taiwan write it: 5兆円) scale a number as 万 does, but for
#: a unit that they prefix as kilo and mega do: 5千克 is 5 kg, 3兆瓦 3 MW (a metre, a gram, a watt, a joule, a
#: calorie, a hertz, a byte, a pascal, a volt, a bit, a tonne, an ohm).
_PREFIXED_UNITS = frozenset("\u7c73\u514b\u74e6\u7126\u5361\u8d6b\u5b57\u5e15\u4f0f\u4f4d\u6bd4\u5428\u6b27")
_PREFIXES = frozenset("\u5343\u5146")


#: A numeral whose thousands full stops group, as it can be read no other way: with a decimal comma after them
#: (``1.200,50``), or two groups or more (``1.200.000``; a version is ``2.5.1``).
_GROUPED_BY_STOPS = regex.compile(r"-?[0-9]{1,3}(?:\.[0-9]{3})+,[0-9]+|-?[0-9]{1,3}(?:\.[0-9]{3}){2,}")


def plain_figure(numeral: str) -> str:
    """``numeral`` written without the separators that group its thousands, as :func:`figures_of` reads it: commas
    (``3,500``), spaces (``3 500``, ``3\u202f500``: it is taken to be one number, and a comma after them is a decimal
    comma: ``1 200,50`` is ``1200.50``) and full stops where nothing else reads so (``3.500.000``; ``1.200,50`` is
    ``1200.50``). Any other numeral (``3.500``, ``1,5``, ``10:30``) is as written."""
    if numeral.isdigit():
        return numeral
    unspaced: str = _SPACES_IN_A_NUMERAL.sub("", numeral)
    if unspaced != numeral and "," in unspaced and "." not in unspaced:
        return unspaced.replace(",", ".")
    return _as_written_in_english(ungrouped(unspaced))


_SPACES_IN_A_NUMERAL = regex.compile(rf"[\x20{GROUPING_SPACES}]")


def _as_written_in_english(numeral: str) -> str:
    """``numeral`` with its thousands ungrouped and a decimal point, where full stops group them (``1.200,50`` is
    ``1200.50``); any other numeral as it is."""
    if "." in numeral and _GROUPED_BY_STOPS.fullmatch(numeral):
        return numeral.replace(".", "").replace(",", ".")
    return numeral


#: A time of day (9:00, 09:30, 21:00): its hour and its minutes.
_TIME = regex.compile(r"([0-9]{1,2}):([0-5][0-9])")


def _times_of(numeral: str, *, afternoon: bool = False) -> set[str]:
    """The figures of a numeral that is no decimal: a time written one way (09:00 is 9:00), and a whole hour its hour
    too, as 9am and 9 o'clock give it; before pm, the time on a 24-hour clock too (9:30pm is 21:30); any other as
    written (3:1, a score)."""
    time = _TIME.fullmatch(numeral)
    if not time:
        return {numeral}
    hour, minutes = int(time[1]), time[2]
    hours = {hour, hour + 12} if afternoon and 0 < hour < 12 else {hour}
    return {f"{hour}:{minutes}" for hour in hours} | ({str(hour) for hour in hours} if minutes == "00" else set())


def _pm(tokens: Sequence[str], at: int) -> bool:
    """Whether the token at ``at`` is pm (9pm, 9 p.m.: the tokens read p.m. as pm)."""
    return at < len(tokens) and tokens[at] == "pm"


#: A decade's first year, as the 1990s or the 2010s write it before their s.
_DECADE = regex.compile(r"(?:1[0-9]|20)[0-9]0")


#: The fraction a whole number is followed by in words (``one and a half``, ``2 and a quarter``): part of its figure.
_AND_A_FRACTION: dict[tuple[str, ...], Decimal] = {
    ("and", "a", "half"): Decimal("0.5"),
    ("and", "a", "quarter"): Decimal("0.25"),
}


def _lone_numbers_read(tokens: Sequence[str], keys: Sequence[str]) -> list[str]:
    """``keys`` with each number written as one word past twelve, a dozen and each ordinal read as its numeral (see
    :data:`_LONE_NUMBER_WORDS`), but for an ordinal after ``a`` or ``one``, a fraction (a third of the river); first
    and second are read so in a date only (see :func:`_day_of_a_month`)."""
    return [
        _DAY_ORDINALS[token]
        if token in _DAY_ORDINALS and _day_of_a_month(tokens, at)
        else key
        if token not in _LONE_NUMBER_WORDS or (token in _ORDINAL_WORDS and at and tokens[at - 1] in ("a", "one"))
        else _LONE_NUMBER_WORDS[token]
        for at, (token, key) in enumerate(zip(tokens, keys, strict=True))
    ]


#: The ordinals left words elsewhere (see :data:`_ORDINAL_WORDS`) that give a day in a date: the first of May.
_DAY_ORDINALS = {"first": "1", "second": "2"}
#: The months as tokens read them, written out or abbreviated (Sept. is sept).
_MONTH_TOKENS = frozenset(_MONTHS.split("|"))


def _day_of_a_month(tokens: Sequence[str], at: int) -> bool:
    """Whether the ordinal at ``at`` gives the day of a month: before ``of`` and a month (the first of May), or after a
    month (June second, June the second; not after may, which is a verb too: they may first ask).

    Read as no number, the first of May and the second of May seemed the same date, which the 1st of May and the 2nd
    did not, and the 1st of May and the first of May two dates.
    """
    if at + 2 < len(tokens) and tokens[at + 1] == "of" and tokens[at + 2] in _MONTH_TOKENS:
        return True
    if at >= 2 and tokens[at - 1] == "the" and tokens[at - 2] in _MONTH_TOKENS:
        return True
    return at >= 1 and tokens[at - 1] != "may" and tokens[at - 1] in _MONTH_TOKENS


def figures_of(tokens: Sequence[str], keys: Sequence[str]) -> dict[str, frozenset[str]]:
    """Each numeral of a sentence (by its key) with the figures it is part of, each written one way.

    Thousands separators go and a scale word multiplies the numeral before it, so that ``8,300,000``,
    ``8.3 million``, ``8.3m`` and ``8.3 mln`` are all ``8300000`` (``million`` is part of that figure), and
    ``$1.2bn`` and ``1.2 billion`` are ``1200000000``; thousands grouped by full stops, as German and much of Europe
    write them, go too where nothing else reads so (``1.200.000``, ``1.200,50``: not ``1.200``, which is 1.2 in
    English); a time or a decimal comma alone (``10:30``, ``1,5``) is as written. A number from thirteen to ninety
    written as one word is its numeral here (``fifteen million`` is ``15000000``, by the key ``15``), ``half a
    million`` is ``500000`` and ``one and a half million`` ``1500000``. A decade (``1990s``) is its last two digits
    too (``90``), as the ``’90s`` give it; ``minus 5`` is ``-5``, a whole hour (``9:00``, ``09:00``) is ``9`` too, as
    ``9am`` gives it, and ``9pm`` and ``9:30 p.m.`` are ``21:00`` and ``21:30`` too.

    >>> figures_of(["8.3", "million", "and", "1,200"], ["8.3", "1000000", "and", "1,200"])
    {'8.3': frozenset({'8300000'}), '1000000': frozenset({'8300000'}), '1,200': frozenset({'1200'})}
    """
    found: dict[str, set[str]] = {}
    keys = _lone_numbers_read(tokens, keys)
    position = 0
    while position < len(keys):
        start, key = position, keys[position]
        position += 1
        if not _numeral(key):
            continue
        scale = tokens[position] if position < len(tokens) else ""
        continental = (scale in _CONTINENTAL_SCALES and _CONTINENTAL.fullmatch(key)) or (
            scale in _SCALES and _DECIMAL_COMMA.fullmatch(key)
        )
        written = key.replace(".", "").replace(",", ".") if continental else _as_written_in_english(ungrouped(key))
        try:
            value = Decimal(written)
        except InvalidOperation:
            found.setdefault(key, set()).update(_times_of(key, afternoon=_pm(tokens, position)))
            continue
        if start and tokens[start - 1] == "minus" and value > 0 and not (start > 1 and _numeral(keys[start - 2])):
            value = -value  # minus 5 degrees is -5 degrees, as others write it; 10 minus 5 is a sum
        fraction = _AND_A_FRACTION.get(tuple(tokens[position : position + 3]))
        if fraction is not None and "." not in written:
            # One and a half million is 1.5 million, as others write it; a million and a half is too.
            value = value * (1 + fraction) if tokens[start] in _SCALES else value + fraction.copy_sign(value)
            position += 3
        while position < len(tokens):
            token = tokens[position]
            if token in _SCALES and not (token == "m" and _metre(tokens, position)):
                value *= _SCALES[token]
                position += 1
            elif token[:1] in _UNSPACED_SCALES and not (token[:1] in _PREFIXES and token[1:2] in _PREFIXED_UNITS):
                # A pair of characters (see character_pairs) that a scale opens: 万人, 5万 people; 万亿, a million
                # million, is this pair and the next, which 亿 opens, or this pair alone where the run ends (3千万, 30
                # million).
                value *= _UNSPACED_SCALES[token[0]]
                position += 1
                if token[1:] not in _UNSPACED_SCALES:
                    break
                if not tokens[position:] or tokens[position][:1] != token[1]:
                    value *= _UNSPACED_SCALES[token[1]]
                    break
            else:
                break
        if start >= 2 and (tokens[start - 2], tokens[start - 1]) == ("half", "a") and not tokens[start][:1].isdigit():
            value /= 2  # half a million: the number word is the million, the figure half of it
        figure = format(value.normalize(), "f")
        for part in keys[start:position]:
            if _numeral(part):
                found.setdefault(part, set()).add(figure)
        if position == start + 1 and _pm(tokens, position) and value == value.to_integral_value() and 0 < value < 12:
            found[key].update(_times_of(f"{int(value)}:00", afternoon=True))  # 9pm is 21:00, as others write it
        if position == start + 1 and position < len(tokens) and tokens[position] == "s" and _DECADE.fullmatch(key):
            # The 1990s are the '90s (or the 90s) that others write: a decade by its last two digits is its figure too,
            # which the ’90s agree with and the ’80s do not.
            found[key].add(str(int(key[2:])))
    return {numeral_key: frozenset(written) for numeral_key, written in found.items()}


def featurize(text: str) -> SentenceFeatures:
    """Compute the features of one sentence."""
    tokens = tuple(tokenize(text))
    keys = tuple(loose_key(t) for t in tokens)
    stop = stopwords()
    content = frozenset(k for t, k in zip(tokens, keys, strict=True) if t not in stop and (len(t) > 1 or t.isdigit()))
    key_set, token_set = frozenset(keys), frozenset(tokens)
    # A number from thirteen to ninety written alone is a number to agree or disagree with (fifteen, 15; not 16),
    # though its key stays the word: read as its numeral word for word, "kept 40 ships waiting" and "Forty ships
    # have been waiting" seemed copied from each other.
    numbers = frozenset(k for k in keys if _numeral(k))
    if token_set & _LONE_NUMBERS or token_set & _DAY_ORDINALS.keys():
        numbers |= {key for key in _lone_numbers_read(tokens, keys) if _numeral(key)}
    plain = unescape_entities(text)  # names and quotation marks may be written as character references
    capitalised = _names(plain)
    quotes = tuple(q for q in (tuple(loose_key(t) for t in tokenize(part)) for part in quoted_parts(plain)) if q)
    return SentenceFeatures(text, tokens, keys, content, numbers, capitalised, quotes, key_set, token_set)


def ngrams(keys: tuple[str, ...], n: int) -> frozenset[tuple[str, ...]]:
    """The runs of ``n`` successive keys."""
    return frozenset({keys[i : i + n] for i in range(len(keys) - n + 1)})


@lru_cache(maxsize=65536)
def _name_key(word: str) -> str:
    """The key of a capitalised word (names recur across a cluster's sentences, so it is cached)."""
    return loose_key(unaccented(normalise(word).replace(".", "").removesuffix("'s").strip("'")))


def _names(text: str) -> frozenset[str]:
    """The keys of the likely names of a sentence (see :data:`_NAME_PATTERN`), but for stopwords and a scale word
    after a number: German capitalises and abbreviates its scale words (3 Mio. Euro, 2 Milliarden), which name no
    one, yet a singer may be called Mio."""
    names = set()
    for found in _name().finditer(text):
        key = _name_key(found.group())
        if key in _scale_keys() and text[max(found.start() - 8, 0) : found.start()].rstrip()[-1:].isdigit():
            continue
        names.add(key)
    return frozenset(names) - _stopword_keys()


@lru_cache(maxsize=1)
def _scale_keys() -> frozenset[str]:
    """The keys of the scale words (:data:`_SCALES`) as names are keyed."""
    return frozenset(map(_name_key, _SCALES))


#: A capitalised word that does not open a sentence: a likely name. In Chinese or Japanese it has no space
#: around it (据Apple公司说), so it begins after a letter of those scripts too, and ends before one. A sentence opens
#: after a full stop left without its space too, and that full stop ends the word before it (Kessel.The, as tokens
#: read it). An apostrophe between letters, however written, is part of the name as it is of the word tokens read
#: (O'Neill, OʼNeill, d'Artagnan, L'Aquila): cut there, Neill was a name no sentence had a word for, so that a
#: sentence seemed to name someone its very copy did not. A brand whose capital comes second (iPhone, eBay) is a name
#: too, as it is written in capitals (IPHONE); mRNA is none.
_NAME_PATTERN = (
    rf"(?<!^)(?:(?<=\b(?:{{titles}})\.\s)|(?<![.!?]\s))(?<![.!?])(?<!\p{{L}}[{APOSTROPHES}])(?:\b|(?<=[{UNSPACED_LETTERS}]))"
    rf"(?:\p{{Ll}}+[{APOSTROPHES}](?=\p{{Lu}})|\p{{Ll}}(?=\p{{Lu}}\p{{Ll}}))?\p{{Lu}}"
    rf"(?:[\p{{L}}--[{UNSPACED_LETTERS}\u02bc]]|\.(?!{SENTENCE_AFTER})|[{APOSTROPHES}](?=\p{{L}}))+"
)


@lru_cache(maxsize=1)
def _name() -> regex.Pattern[str]:
    """:data:`_NAME_PATTERN` with the titles that stand before a name abbreviated with a full stop (Dr. Smith, Mrs.
    Jones, Gen. Brell): the shipped sentence splitter's titles (``data/punkt_english.json``), capitalised, after which
    the stop ends no sentence. The name after one is a name, as it is after Dr Smith written without the stop; so is a
    capitalised word after German's abbreviated scale words (3 Mio. Euro), as after them written out (3 Millionen
    Euro)."""
    data = punkt_data()
    titles = sorted(
        {title[:1].upper() + title[1:] for title in (*data["title_types"], *data["titlecase_title_types"])}
        | {"Mio", "Mrd", "Tsd"}
    )
    return regex.compile(_NAME_PATTERN.replace("{titles}", "|".join(map(regex.escape, titles))), regex.V1)


# Corner brackets are the quotation marks of Japanese and of Chinese in Taiwan and Hong Kong. The white
# ones (『』) quote inside them, and name a book or a film, so they are left inside the quotation.
_QUOTE_MARK = regex.compile(r'[“”"«»„「」]')


def _opens(text: str, at: int) -> bool:
    """Whether the straight quote at ``at`` opens a quotation: after a space (or at the start), before a word.

    ``ride," said Allan`` closes one; ``said "we`` opens one, as ``sagte: »Wir`` does (not ``demain »,``).
    """
    before = text[at - 1] if at else " "
    after = text[at + 1] if at + 1 < len(text) else " "
    return (before.isspace() or before in "([{-–—") and not after.isspace()


def _closes(text: str, at: int) -> bool:
    """Whether the mark at ``at`` closes a quotation: written against the word before it, and before a space, a mark
    or the end. German and Danish quote »so« (``morgen«, sagte er``) or „so“, French and Russian «so», English “so”:
    a guillemet or a “ opens or closes by where it stands, not by which way it points."""
    before = text[at - 1] if at else " "
    after = text[at + 1] if at + 1 < len(text) else " "
    return not (before.isspace() or before in "([{-–—") and not after.isalnum()


def quoted_parts(text: str) -> list[str]:
    """The quoted stretches of a sentence; a quote left open or closed in a neighbour counts too.

    >>> quoted_parts('“We will respond,” she said. “Soon.')
    ['We will respond,', 'Soon.']
    """
    marks = list(_QUOTE_MARK.finditer(text))
    if not marks:
        return _single_quoted(text) if "\u2018" in text or "\u2019" in text else []
    first = marks[0]
    opens_first = (
        first.group() in "“«„「"
        or (first.group() == '"' and _opens(text, first.start()))
        # Swedish and Finnish open a quotation with the mark English closes one with (”Vi kommer”, sa hon).
        or (first.group() in "»”" and _opens(text, first.start()) and text[first.start() + 1 :][:1].isalnum())
    )
    if first.group() == "」" or (first.group() in "«“" and _closes(text, first.start())):
        opens_first = False
    bounds = [0] if not opens_first else []
    bounds += [m.end() if i % 2 == (0 if opens_first else 1) else m.start() for i, m in enumerate(marks)]
    if len(bounds) % 2:
        bounds.append(len(text))
    return [text[bounds[i] : bounds[i + 1]].strip() for i in range(0, len(bounds), 2) if bounds[i + 1] > bounds[i]]


def _single_quoted(text: str) -> list[str]:
    """The stretches of a sentence quoted in single curly marks, as British news quotes (‘We will respond,’ she said).

    The closing mark is an apostrophe too (didn’t, the Kessels’ boat), so a mark closes a quotation only where it
    stands after a word and before no letter or digit. A plural's possessive (``Kessels’ boat``) closes one only where
    no other mark closes it later; a quotation left open runs to the sentence's end, and one opened in the sentence
    before is closed by a mark after a comma or a full stop (``we sail,’ she said``), where no possessive stands.
    """
    openers = [at for at, mark in enumerate(text) if mark == "\u2018" and _opens(text, at)]
    closers = [at for at, mark in enumerate(text) if mark == "\u2019" and _closes(text, at)]
    parts: list[str] = []
    first_opener = openers[0] if openers else len(text)
    carried = [at for at in closers if at < first_opener and text[at - 1] in ",.;:!?…"]
    if carried:
        parts.append(text[: carried[0]])
    for number, opener in enumerate(openers):
        following = openers[number + 1] if number + 1 < len(openers) else len(text)
        # The closers between this opener and the next, found by halving: a long text of many short quotations
        # looked through all its closers for each opener, in time that grew with the square of its length.
        candidates = closers[bisect_right(closers, opener) : bisect_left(closers, following)]
        if not candidates:
            if number + 1 == len(openers):
                parts.append(text[opener + 1 :])
            continue
        possessive = {at for at in candidates if text[at - 1] in "sS" and text[at + 1 : at + 2].isspace()}
        closer = next((at for at in candidates if at not in possessive), candidates[-1])
        parts.append(text[opener + 1 : closer])
    return [part.strip() for part in parts if part.strip()]
