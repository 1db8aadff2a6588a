"""The result of a comparison: articles, their sentences with labels and matches, removals, claims.

Everything here is a frozen value. :meth:`Comparison.to_dict` produces the JSON contract (schema 1)
that other programs read; word-level differences are computed on demand from the stored sentences.
"""

from __future__ import annotations

import csv
import datetime
import difflib
import errno
import io
import json
import math
import numbers
import operator
import os
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from ._version import __version__
from .article import Article, given_date, id_problem, json_kind, json_object, printable
from .clean import Removal, opening
from .compression import GZIP_START, compression_of
from .diff import DiffOp, word_diff
from .errors import InputError, NotFoundError
from .files import write_atomically
from .invisible import DIRECTION_MARKS, shows_nothing
from .relate import ENGINES, check_scores, cluster_cuts

if TYPE_CHECKING:
    from .relate import Relation

SCHEMA = 1
#: The :attr:`Comparison.version` of a comparison read back from schema-1 data without a ``newsdiff`` field, or with
#: one that is null: the version that compared it is not known, and is not taken to be the one installed.
UNKNOWN_VERSION = "unknown"

#: How a comparison's JSON begins, as :meth:`Comparison.to_json` writes it (after a byte-order mark, if any): its
#: schema comes first. Told from a file's first bytes, so that an article or a cluster is not mistaken for one.
COMPARISON_START = re.compile(rb'\A(?:\xef\xbb\xbf)?\s*\{\s*"schema"\s*:')


SentenceLabel = Literal["shared", "paraphrased", "unique"]
#: The columns of :meth:`Comparison.to_rows` and :meth:`Comparison.to_csv`, in order.
ROW_FIELDS = (
    "article",
    "outlet",
    "date",
    "sentence",
    "start",
    "end",
    "label",
    "text",
    "matches",
    "matched_articles",
    "best_article",
    "best_sentence",
    "best_score",
)
#: The keys of :meth:`AlignedPair.to_row`, in order.
PAIR_FIELDS = (
    "first_article",
    "first_sentence",
    "first_text",
    "second_article",
    "second_sentence",
    "second_text",
    "label",
    "score",
)
#: The first characters that make a spreadsheet (Excel, LibreOffice, Google Sheets) take a cell for a formula, as
#: OWASP's "CSV injection" page lists them, with the null character its ASVS (V1.2.10) adds.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\x00")


def spreadsheet_cell(value: Any) -> Any:
    """``value`` as a CSV cell that a spreadsheet shows as text: a string that would start a formula gets a leading
    ``'``, as OWASP advises, so that scraped text such as ``=HYPERLINK(...)`` cannot run when the file is opened.
    Numbers and other strings are left as they are."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


#: The characters JSON takes for white space between its tokens (RFC 8259): an indent of others is no JSON.
JSON_SPACE = frozenset(" \t\n\r")


def json_indent(indent: Any) -> int | str | None:
    """``indent``, as :meth:`Comparison.to_json` takes it, checked: ``None``, a whole number of spaces (numpy's too) or
    a string of JSON's white space. Each other was refused by :func:`json.dumps` as "can't multiply sequence by
    non-int of type 'float'", or written: True as one space, and a string such as ``"2"`` before every line, so that
    the text was no JSON."""
    if indent is None or (isinstance(indent, str) and set(indent) <= JSON_SPACE):
        return indent
    wanted = "a whole number of spaces, white space such as '\\t', or None for one line"
    if isinstance(indent, str):
        number = indent.strip()
        advice = f"give {number}, the number" if number.isascii() and number.isdigit() else f"give {wanted}"
        raise InputError(
            f"indent {indent!r:.80} is no white space: before every line, it makes the text no JSON; {advice}"
        )
    if not isinstance(indent, bool):
        try:
            return operator.index(indent)
        except TypeError:
            pass
    advice = f"; give {int(indent)}" if isinstance(indent, float) and indent.is_integer() else ""
    raise InputError(f"indent must be {wanted}, not {_a(type(indent).__name__)}: {indent!r:.80}{advice}")


def csv_text(header: Sequence[str], rows: Iterable[Sequence[Any]], *, escape_formulas: bool) -> str:
    """CSV text of ``header`` and ``rows``: lines end in a line feed, ``None`` is an empty field, and a field is
    quoted as RFC 4180 does when it holds a comma, a quote or a line break; with ``escape_formulas``, each cell
    as :func:`spreadsheet_cell` makes it."""
    if not isinstance(escape_formulas, bool):
        # Taken for its truth, escape_formulas="no" or "False" escaped the cells it was meant to keep as they are.
        raise InputError(
            f"escape_formulas must be True or False, not {escape_formulas!r:.80}: True begins a cell that a "
            "spreadsheet would run as a formula with ', False keeps every cell as it is"
        )
    buffer = io.StringIO()
    plain = csv.writer(buffer, lineterminator="\n")
    # The csv module quotes a field for a carriage return only when the line terminator holds one; left bare, a
    # reader ends the row there. A row with one is written quoted throughout.
    quoted = csv.writer(buffer, lineterminator="\n", quoting=csv.QUOTE_ALL)
    plain.writerow(header)
    for row in rows:
        cells = [spreadsheet_cell(value) for value in row] if escape_formulas else list(row)
        (quoted if any(isinstance(value, str) and "\r" in value for value in cells) else plain).writerow(cells)
    return buffer.getvalue()


MatchLabel = Literal["shared", "paraphrased"]
#: The least score of a ``shared`` match: every engine scores verbatim reuse at least this (see
#: :func:`newsdiff.relate.relate_with_model`), and schema 1 promises it.
SHARED_SCORE = 0.5
#: The decimals a match's score is held and written to, as every relation engine rounds its scores: schema 1 promises
#: them, and a score given with more (numpy's float32, read from a DataFrame) is held as the JSON would round it.
SCORE_DECIMALS = 4


@dataclass(frozen=True, repr=False)
class Match:
    """A counterpart of a sentence: another article's sentence, how it relates, and the score.

    ``article`` is the other article's id and ``sentence`` its sentence's ``index``; ``score`` is the relation
    engine's confidence in [0, 1], at least :data:`SHARED_SCORE` for a ``shared`` match. The counterpart lists the
    same match back, with the same label and score.
    """

    article: str
    sentence: int
    label: MatchLabel
    score: float

    def __post_init__(self) -> None:
        # A comparison of a big cluster builds a match per matched pair: what compare builds is seen to be fine at once.
        score = self.score
        if not (
            type(self.article) is str
            and type(self.sentence) is int
            and type(self.label) is str
            and self.label in _MATCH_LABELS
            and type(score) is float
            and 0.0 <= score <= 1.0
            and (score or not _negative_zero(score))
            and score == round(score, SCORE_DECIMALS)
            and (score >= SHARED_SCORE or self.label != "shared")
            and not _LONE_SURROGATE.search(self.article)
        ):
            self._check()

    def _check(self) -> None:
        """Refuse a field schema 1 cannot hold, naming it, and hold a whole number or a real one as ``int`` and
        ``float``, as JSON writes them."""
        # The score is the one number of the JSON contract: NaN or infinity there is not JSON other tools can read.
        where = "match" + ("" if self.article is None else f" with {self.article!r:.80}")
        where += "" if self.sentence is None else f" sentence {self.sentence!s:.80}"
        _built_strings(self, where, "article")
        _built_printable(self, "article")
        _built_wholes(self, where, "sentence")
        _built_label(self, where, _MATCH_LABELS)
        score = _real_score(self.score)
        if score is None:
            # A string such as "0.9" was told it was not between 0 and 1.
            raise _wrong(where, "score", "a number between 0 and 1", self.score)
        if not 0.0 <= score <= 1.0:
            raise InputError(f"{where}: score must be between 0 and 1, got {self.score!r}")
        # float32 holds 0.9 as 0.8999999761581421: held so, the JSON wrote it, and the counterpart's match of 0.9 was
        # refused as not matched back. Rounded as the engines round, it is the score the comparison gave.
        # A score of -0.0 (a cosine a hair under 0, rounded) was written "score": -0.0, which some readers keep.
        score = round(score, SCORE_DECIMALS) + 0.0
        if self.label == "shared" and score < SHARED_SCORE:
            # Verbatim reuse is scored at least this by every engine: a lower score is a paraphrase's, and a table or
            # report sorting matches by score put the copy under looser rewordings.
            raise InputError(
                f"{where}: a shared match scores at least {SHARED_SCORE}, got {self.score!r}; label it 'paraphrased', "
                "or give the score the comparison gave"
            )
        if type(self.score) is not float or score != self.score or _negative_zero(self.score):
            # numpy's float32 (a score taken from a DataFrame) was refused as out of range, and is no number json
            # writes; a whole 1 is written 1.0, as a comparison's scores are.
            object.__setattr__(self, "score", score)

    def __repr__(self) -> str:
        return (
            f"Match(article={_name_repr(self.article)}, sentence={self.sentence!r}, label={self.label!r}, "
            f"score={self.score!r})"
        )


def _negative_zero(value: Any) -> bool:
    """Whether ``value``, a score, is a zero with a minus sign (``-0.0``), which equals 0 but is written ``-0.0``."""
    return value == 0 and not isinstance(value, bool) and math.copysign(1.0, value) < 0


def _date_object(value: Any) -> str | None:
    """What the date object ``value`` is, with the string to give instead, for a result built by hand; None when it is
    no date object. A DataFrame's column of dates holds pandas' Timestamps, numpy's ``datetime64`` once taken out
    with ``to_numpy()``, and a missing date as ``NaT`` (whose ``strftime`` fails), told only "is not a string"."""
    kind = _a(type(value).__name__)
    if isinstance(value, datetime.date):
        try:
            day = value.strftime("%Y-%m-%d")
        except ValueError:  # pandas' NaT, a date object that is none
            return f"{kind}, which marks a missing date: give None"
        return f"{kind}; give it as {day!r}, as .strftime('%Y-%m-%d') writes it"
    if type(value).__name__ == "datetime64":  # numpy's, named so that numpy need not be imported to tell it
        if str(value) == "NaT":  # numpy's missing date
            return "numpy's datetime64 'NaT', which marks a missing date: give None"
        day = str(value)[:10]
        given = repr(day) if _ISO_DAY.fullmatch(day) else "a string written YYYY-MM-DD"
        return f"numpy's datetime64; give it as {given}, as numpy.datetime_as_string(date, unit='D') writes it"
    return None


def _real_score(value: Any) -> float | None:
    """``value``, a score given by hand, as a float when it is a real number of any type (numpy's float32, a Decimal
    read from a database, a Fraction); None when it is none (a string, True)."""
    if isinstance(value, bool) or not isinstance(value, (numbers.Real, Decimal)):
        return None
    if isinstance(value, Decimal) and value.is_nan():
        return math.nan  # a signalling NaN raised in float() and in comparisons, where a NaN score is refused as one
    return float(value)


#: How far a score given in numpy's float32 (a DataFrame's column of scores) may be from the float of the comparison it
#: stands for: float32 holds about seven digits, and its scores, made floats again, differ from the recorded ones there.
_FLOAT32_TOLERANCE = 1e-6


@dataclass(frozen=True, repr=False)
class Sentence:
    """One sentence of an article: cleaned text, span of the loaded text, label and matches.

    ``index`` counts from 0 in reading order; ``text`` is the cleaned form of the loaded text's
    ``[start:end]``; ``label`` is the strongest label among ``matches``, or ``unique`` when there are none.
    """

    index: int
    text: str
    start: int
    end: int
    label: SentenceLabel
    matches: tuple[Match, ...] = ()

    def __post_init__(self) -> None:
        as_tuples(self, "matches")
        # A sentence is built for each of every article's: what compare builds is seen to be fine at once.
        if not (
            type(self.index) is int
            and type(self.start) is int
            and type(self.end) is int
            and type(self.text) is str
            and type(self.label) is str
            and self.label in _SENTENCE_LABELS
            and self.index >= 0
            and 0 <= self.start <= self.end
            and all(type(match) is Match for match in self.matches)
            and not _LONE_SURROGATE.search(self.text)
        ):
            self._check()

    def _check(self) -> None:
        """Refuse a field schema 1 cannot hold, or a match that is none, naming it; hold whole numbers as ``int``."""
        _held_of(self, "matches", Match)
        where = _of("sentence", self.index)
        _built_wholes(self, where, "index", "start", "end")
        _built_strings(self, where, "text")
        _built_printable(self, "text")
        _built_label(self, where, _SENTENCE_LABELS)
        if self.index < 0:
            raise InputError(f"{where}: index {self.index} is no sentence's, which counts from 0 in reading order")
        if not 0 <= self.start <= self.end:
            raise InputError(
                f"{where}: start {self.start} and end {self.end} are not a span of the text: give 0 <= start <= end"
            )

    def __repr__(self) -> str:
        # A line carried by many outlets has a match for each, and the text may run long: echoed in a notebook, every
        # match in full filled the screen. The opening and the count say which sentence it is and how far it is carried.
        return (
            f"Sentence(index={self.index!r}, text={opening(self.text)!r}, start={self.start!r}, end={self.end!r}, "
            f"label={self.label!r}, matches={len(self.matches)})"
        )


#: A lone surrogate, as Python reads bytes that are not UTF-8 (a file name, text decoded with "surrogateescape").
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def _built_printable(value: Any, *names: str) -> None:
    """Keep each named string field of the frozen ``value``, a result built by hand, with every lone surrogate made
    U+FFFD, as loading and :meth:`Comparison.from_json` make it (the length unchanged, so offsets still hold): UTF-8
    cannot hold one, and writing :meth:`Comparison.to_json`'s text, the CSV or the report to a file failed on it."""
    for name in names:
        held = getattr(value, name)
        if isinstance(held, str) and _LONE_SURROGATE.search(held):
            object.__setattr__(value, name, printable(held))


def _built_wholes(value: Any, where: str, *names: str) -> None:
    """Keep each named field of the frozen ``value``, a result built by hand, as the ``int`` schema 1 writes: a whole
    number of another type (numpy's ``int64``, as a DataFrame of :meth:`Comparison.to_rows` holds) made
    :meth:`Comparison.to_json` fail, as json cannot write it; what is no whole number is refused naming the field."""
    for name in names:
        held = getattr(value, name)
        if type(held) is not int:
            object.__setattr__(value, name, _whole_built(held, where, name))


def _built_strings(value: Any, where: str, *names: str, optional: bool = False) -> None:
    """Refuse a named field of ``value``, a result built by hand, that is no string (nor ``None``, when ``optional``):
    :meth:`Comparison.to_json` wrote a number or null where schema 1 holds text, and from_json refused it."""
    for name in names:
        held = getattr(value, name)
        if not isinstance(held, str) and not (optional and held is None):
            raise _wrong(where, name, "a string or None" if optional else "a string", held)


def _whole_built(value: Any, where: str, name: str) -> int:
    """``value``, the ``name`` of a result built by hand, as an ``int``; an :class:`InputError` saying so if it is no
    whole number (True is none, though Python takes it for 1)."""
    try:
        if isinstance(value, bool):
            raise TypeError(value)
        return operator.index(value)
    except TypeError:
        raise _wrong(where, name, "a whole number", value) from None


def _built_member(where: str, k: int, member: Any) -> tuple[str, int]:
    """The ``k``-th member of a claim built by hand as the (article id, sentence index) tuple it holds: a list, as
    JSON gives one, is taken; what is no pair (a string was taken letter by letter) is refused naming it."""
    if isinstance(member, (str, bytes, Mapping)) or not isinstance(member, Iterable) or len(pair := tuple(member)) != 2:
        raise InputError(
            f"{where}: members[{k}] must be an (article id, sentence index) pair, such as ('herald', 3); "
            f"got {member!r:.80}"
        )
    if not isinstance(pair[0], str):
        raise _wrong(where, f"members[{k}]'s article id", "a string", pair[0])
    return printable(pair[0]), _whole_built(pair[1], where, f"members[{k}]'s sentence index")


def _built_label(value: Any, where: str, labels: tuple[str, ...]) -> None:
    """Refuse the frozen ``value``, a result built by hand, with a label schema 1 does not hold:
    :meth:`Comparison.to_json` wrote it, and :meth:`Comparison.from_json` refused the file, or the report drew it as no
    label at all. A label of a ``str`` subclass (numpy's ``str_``) is held as the ``str`` it equals."""
    try:
        label = _label(value.label, labels)
    except ValueError as exc:
        raise InputError(f"{where}: {exc}") from None
    if type(value.label) is not str:
        object.__setattr__(value, "label", label)


def as_tuples(value: Any, *names: str) -> None:
    """Keep each named field of the frozen ``value`` as a tuple: a result built by hand from lists would otherwise
    neither equal the same result read back nor hash (and :meth:`Comparison.relate` keys a cache on it)."""
    for name in names:
        held = getattr(value, name)
        if type(held) is tuple:
            continue
        if held is None:
            # "must be a tuple or list, got None" read as though None had been given on purpose.
            raise TypeError(f"{type(value).__name__}.{name} is missing (None); give a tuple or list, () for none")
        if isinstance(held, (str, bytes, Mapping)) or not isinstance(held, Iterable):
            raise TypeError(f"{type(value).__name__}.{name} must be a tuple or list, got {held!r:.80}")
        object.__setattr__(value, name, tuple(held))


def _held_of(value: Any, name: str, kind: type) -> None:
    """Refuse an item of the named tuple field of the frozen ``value`` that is not a ``kind``: an :class:`Article`
    given as a compared article, or a dict, was kept, and the repr, :meth:`Comparison.to_json` and the report failed
    far from here on an attribute it has not."""
    for n, item in enumerate(getattr(value, name)):
        if item is None:
            raise TypeError(f"{type(value).__name__}.{name}[{n}] is missing (None); give {_a(kind.__name__)}")
        if not isinstance(item, kind):
            given = type(item).__name__
            advice = (
                ": give the articles to newsdiff.compare, which makes a Comparison of them"
                if isinstance(item, Article)
                else ""
            )
            raise TypeError(
                f"{type(value).__name__}.{name}[{n}] must be {_a(kind.__name__)}, not {_a(given)}: {item!r:.80}{advice}"
            )


def _of(noun: str, value: Any) -> str:
    """``noun`` and the ``value`` that names what a message is about (``sentence 3``, ``article 'herald'``); the noun
    alone when the value is missing (None), where it read as though something were named None."""
    return noun if value is None else f"{noun} {value!r:.80}"


def _wrong(where: str, name: str, wanted: str, value: Any) -> InputError:
    """The error for a field ``name`` of what is at ``where``, built by hand, that is not ``wanted``: said to be
    missing when it is None ("must be a string, not a NoneType: None" said it twice, in Python's words)."""
    if value is None:
        return InputError(f"{where}: {name} is missing (None); give {wanted}")
    return InputError(f"{where}: {name} must be {wanted}, not {_a(type(value).__name__)}: {value!r:.80}")


def _a(noun: str) -> str:
    """``noun`` after its indefinite article: "an Article", "a Match"."""
    return f"an {noun}" if noun[:1] in "AEIOUaeiou" else f"a {noun}"


#: A repr names at most this many articles: a notebook echoing a result of a large cluster shows a line, not pages.
REPR_ARTICLES = 5
#: An error naming the articles or claims there are names at most this many.
REPR_IDS = 10
#: A repr shows at most this many characters of an id or a name: one of a thousand (a page's address made an id)
#: filled the screen for each article or match a repr names.
REPR_NAME = 60


def _name_repr(name: str | None) -> str:
    """The repr of ``name`` (an id, an outlet, a version) for an object's repr: cut, with an ellipsis, when longer
    than :data:`REPR_NAME` characters."""
    if name is not None and len(name) > REPR_NAME:
        name = name[: REPR_NAME - 1] + "…"
    return repr(name)


@dataclass(frozen=True, repr=False)
class ArticleResult:
    """One compared article: its metadata, loaded text, sentences and what cleaning removed."""

    id: str
    outlet: str | None
    title: str | None
    date: str | None
    source: str | None
    url: str | None
    text: str
    sentences: tuple[Sentence, ...]
    removed: tuple[Removal, ...]

    def __post_init__(self) -> None:
        as_tuples(self, "sentences", "removed")
        _held_of(self, "sentences", Sentence)
        _held_of(self, "removed", Removal)
        _built_strings(self, _of("article", self.id), "id", "text")
        _built_strings(self, _of("article", self.id), "outlet", "title", "source", "url", optional=True)
        _built_printable(self, "id", "text", "outlet", "title", "source", "url")
        # An id is one Article takes, as from_dict reads one back: kept, a line end or control character in it was
        # written by to_json, and from_json refused the file.
        if (problem := _id_fault(self.id)) is not None:
            raise InputError(f"article id {self.id!r}: {problem}")
        self._check_spans()
        if any(_LONE_SURROGATE.search(f"{removal.text}{removal.reason}") for removal in self.removed):
            printed = (replace(r, text=printable(r.text), reason=printable(r.reason)) for r in self.removed)
            object.__setattr__(self, "removed", tuple(printed))
        # A date is one schema 1 can hold, as Article holds it: to_dict would write what from_dict then refuses.
        if (problem := _date_object(self.date)) is not None:
            raise InputError(f"article {self.id!r}: date must be a string or None, not {problem}")
        try:
            _date(self.date)
        except ValueError as exc:
            raise InputError(f"article {self.id!r}: date {exc}") from None

    def _check_spans(self) -> None:
        """Refuse a removal that is no span of the text (offsets negative, reversed, not whole numbers, or past the end
        of a text held), whose reason or text is no string, or whose text is not that of its span (of another length,
        or other than a text held there), and a sentence's span past the end of a text held: each was kept, to_json
        wrote what from_json refuses, and a program slicing the text by them got the wrong stretch. Whole numbers of
        another type (numpy's) are held as ``int``, as json writes them. A text read back from JSON is empty, and
        bounds no span."""
        size = len(self.text)
        removed = list(self.removed)
        for k, removal in enumerate(self.removed):
            where = f"article {self.id!r}: removed[{k}]"
            _built_strings(removal, where, "reason", "text")
            start, end = (_whole_built(getattr(removal, name), where, name) for name in ("start", "end"))
            if not 0 <= start <= end:
                raise InputError(
                    f"{where}: start {start} and end {end} are not a span of the text: give 0 <= start <= end"
                )
            if size and end > size:
                raise InputError(f"{where}: end {end} is past the end of the article's text, of {size:,} characters")
            # What cleaning removed is the text of its span, as a program reading "removed" takes it: other text was
            # kept, and the report showed as removed what the article does not hold there.
            if (problem := _removed_text(removal.text, start, end)) is not None:
                raise InputError(f"{where}: {problem}")
            if size and (held := self.text[start:end]) != printable(removal.text):
                raise InputError(
                    f"{where}: text {opening(removal.text)!r} is not the article's text from {start} to {end}, "
                    f"{opening(held)!r}; give the text of the span"
                )
            if type(removal.start) is not int or type(removal.end) is not int:
                removed[k] = replace(removal, start=start, end=end)
        object.__setattr__(self, "removed", tuple(removed))
        if size and (past := next((s for s in self.sentences if s.end > size), None)) is not None:
            raise InputError(
                f"article {self.id!r}: sentence {past.index} ends at {past.end}, past the end of the article's text, "
                f"of {size:,} characters; give offsets into the text, or text='' when it is not kept"
            )

    @property
    def name(self) -> str:
        """The outlet when known, else the id: how a reader knows this article. An outlet that shows nothing (a
        direction mark alone, as a page's copy or another tool's JSON may hold) is not known: a report named the
        article by it as nothing at all, or as its id's brackets alone, "(a)"."""
        return self.id if self.outlet is None or not _seen(self.outlet) else self.outlet

    def counts(self) -> dict[str, int]:
        """Number of sentences per label."""
        counts = {"shared": 0, "paraphrased": 0, "unique": 0}
        for sentence in self.sentences:
            counts[sentence.label] += 1
        return counts

    def __repr__(self) -> str:
        # The loaded text and every sentence would fill a notebook cell; the counts say what is inside.
        return (
            f"ArticleResult(id={_name_repr(self.id)}, outlet={_name_repr(self.outlet)}, date={self.date!r}, "
            f"sentences={len(self.sentences)}, removed={len(self.removed)}, text=<{len(self.text):,} characters>)"
        )


@dataclass(frozen=True, repr=False)
class Group:
    """A claim: sentences of several articles that say the same thing.

    ``members`` are (article id, sentence index) pairs in the comparison's order. ``label`` is ``shared`` when
    every member shares wording verbatim with another member, else ``paraphrased``.
    """

    id: int
    label: MatchLabel
    members: tuple[tuple[str, int], ...]

    def __post_init__(self) -> None:
        as_tuples(self, "members")
        where = _of("claim", self.id)
        _built_wholes(self, where, "id")
        if self.id < 0:
            raise InputError(f"{where}: id {self.id} is no claim's, which counts from 0")
        _built_label(self, where, _MATCH_LABELS)
        if not all(
            type(member) is tuple
            and len(member) == 2
            and isinstance(member[0], str)
            and type(member[1]) is int
            and not _LONE_SURROGATE.search(member[0])
            for member in self.members
        ):
            object.__setattr__(self, "members", tuple(_built_member(where, k, m) for k, m in enumerate(self.members)))

    def __repr__(self) -> str:
        # A claim of a line run by a whole cluster has a member per article: the first few say which it is.
        shown = ", ".join(f"({_name_repr(a)}, {s!r})" for a, s in self.members[:REPR_ARTICLES])
        more = len(self.members) - REPR_ARTICLES
        if more > 0:
            shown += f", ... {more} more"
        elif len(self.members) == 1:
            shown += ","
        return f"Group(id={self.id!r}, label={self.label!r}, members=({shown}))"


@dataclass(frozen=True, repr=False)
class AlignedPair:
    """Two matched sentences of two articles, with their word-level difference."""

    first: Sentence
    second: Sentence
    first_article: str
    second_article: str
    label: MatchLabel
    score: float

    def __post_init__(self) -> None:
        # One built by hand was kept as given: sentence indexes in place of sentences failed in to_row, and a label or
        # score the first sentence's match does not hold was written to a table of pairs as though compared.
        for name in ("first", "second"):
            held = getattr(self, name)
            if not isinstance(held, Sentence):
                raise TypeError(
                    f"AlignedPair.{name} must be a Sentence, not {_a(type(held).__name__)}: {held!r:.80}; "
                    "take pairs from Comparison.pairs"
                )
        where = f"pair of sentence {self.first.index}" + (
            "" if self.first_article is None else f" of {self.first_article!r}"
        )
        where += f" and {self.second.index}" + ("" if self.second_article is None else f" of {self.second_article!r}")
        _built_strings(self, where, "first_article", "second_article")
        _built_printable(self, "first_article", "second_article")
        _built_label(self, where, _MATCH_LABELS)
        score = _real_score(self.score)
        if score is None:
            if self.score is None:
                raise _wrong(where, "score", "a number between 0 and 1", None)
            raise InputError(f"{where}: score must be a number between 0 and 1, not {_a(type(self.score).__name__)}")
        if self.first_article == self.second_article:
            raise InputError(f"{where}: both are of one article; a pair is of sentences of two articles")
        recorded = next(
            (m for m in self.first.matches if m.article == self.second_article and m.sentence == self.second.index),
            None,
        )
        if recorded is None:
            raise InputError(
                f"{where}: the first sentence lists no match of the second; a pair is of matched sentences, as "
                "Comparison.pairs gives them"
            )
        # A score held in float32 and made a float again (a DataFrame column's tolist()) is the recorded one but for
        # float32's rounding, and a Decimal's is not the float's binary fraction: each was refused as another score.
        if recorded.label != self.label or not math.isclose(
            score, recorded.score, rel_tol=0, abs_tol=_FLOAT32_TOLERANCE
        ):
            raise InputError(
                f"{where}: label {self.label!r} and score {self.score!r} are not those of the first sentence's match "
                f"of the second, {recorded.label!r} at {recorded.score!r}; take pairs from Comparison.pairs"
            )
        if self.score != recorded.score or type(self.score) is not float or _negative_zero(self.score):
            object.__setattr__(self, "score", recorded.score)

    @property
    def diff(self) -> tuple[DiffOp, ...]:
        """Word-level edit script from the first sentence to the second."""
        return word_diff(self.first.text, self.second.text)

    def to_row(self) -> dict[str, Any]:
        """The pair as one flat row, as :meth:`Comparison.to_rows` gives one per sentence: each sentence's article id,
        index and text, then the pair's label and score, under the keys :data:`PAIR_FIELDS` lists. For a table of pairs
        without pandas a dependency: ``pandas.DataFrame([pair.to_row() for pair in result.pairs()],
        columns=PAIR_FIELDS)``, whose columns are there when no pair is (``pandas.DataFrame([])`` has none, and
        ``df["label"]`` fails).

        >>> import newsdiff
        >>> result = newsdiff.compare(["The talks began in Kessel. It rained.",
        ...                            "The talks began in Kessel. Snow fell."])
        >>> next(result.pairs()).to_row()  # doctest: +NORMALIZE_WHITESPACE
        {'first_article': 'article-1', 'first_sentence': 0, 'first_text': 'The talks began in Kessel.',
         'second_article': 'article-2', 'second_sentence': 0, 'second_text': 'The talks began in Kessel.',
         'label': 'shared', 'score': 1.0}
        """
        return {
            "first_article": self.first_article,
            "first_sentence": self.first.index,
            "first_text": self.first.text,
            "second_article": self.second_article,
            "second_sentence": self.second.index,
            "second_text": self.second.text,
            "label": self.label,
            "score": self.score,
        }

    def __repr__(self) -> str:
        # Both sentences in full, with all their matches, ran to a thousand characters: each is named by its article
        # and index, with the start of its text.
        return (
            f"AlignedPair({_name_repr(self.first_article)}[{self.first.index}] {opening(self.first.text)!r}, "
            f"{_name_repr(self.second_article)}[{self.second.index}] {opening(self.second.text)!r}, "
            f"label={self.label!r}, score={self.score!r})"
        )


@dataclass(frozen=True)
class Scoring:
    """How a comparison scored sentence pairs: its ``engine``, the ``threshold`` from which a pair is paraphrased,
    and the ``floor`` from which a pair under it is matched when each sentence is the other's best match.

    A floor at or above the threshold is allowed on purpose: no pair is then matched for being a best match alone,
    as ``--floor`` turns that off on the command line."""

    engine: str
    threshold: float
    floor: float

    def __post_init__(self) -> None:
        # One built by hand was kept: a threshold given as text failed in relate() on "'<' not supported", and one
        # outside [0, 1] gave verdicts no comparison could have made.
        _check_given_engine(self.engine, "scoring: ")
        cluster_cuts(self.engine)  # an unknown engine is refused, naming the engines there are
        for name in ("threshold", "floor"):
            if getattr(self, name) is None:
                raise InputError(
                    f"scoring: {name} must be a score between 0 and 1, not None; see newsdiff.result.scoring"
                )
        check_scores(self.threshold, self.floor)


def _check_given_engine(engine: Any, where: str = "") -> None:
    """Refuse an engine left None, naming the field: it was told "unknown engine None", as though an engine named
    None had been asked for."""
    if engine is None:
        engines = " or ".join(map(repr, ENGINES))
        raise InputError(f"{where}engine is missing (None); give {engines}")


def scoring(engine: str = "lexical", threshold: float | None = None, floor: float | None = None) -> Scoring:
    """The engine, threshold and floor :func:`newsdiff.compare` scores with, given its options; refused naming the
    option at fault (an unknown engine, a threshold or floor outside [0, 1]). Here, beside :class:`Scoring`, so that
    :meth:`Comparison.scored_with` need not reach up to compare."""
    _check_given_engine(engine)
    check_scores(threshold, floor)
    default_threshold, default_floor = cluster_cuts(engine)
    if floor is None:
        # The engine's floor is set for its own threshold. Left there under a raised threshold, it would keep every
        # best-match pair the threshold is raised to drop (at 0.9, pairs scoring 0.14): it keeps its share of it.
        floor = default_floor if threshold is None else default_floor * (threshold / default_threshold)
    threshold = default_threshold if threshold is None else threshold
    return Scoring(engine, threshold, floor)


#: Why a comparison matched two sentences, or did not (see :class:`Verdict`).
Reason = Literal[
    "shared", "above-threshold", "mutual-best", "not-best", "not-mutual-best", "below-floor", "not-candidate"
]


@dataclass(frozen=True, repr=False)
class Verdict:
    """Whether and why a comparison matched two of its sentences, as :meth:`Comparison.relate` finds it.

    ``first`` and ``second`` are (article id, sentence index); ``label`` is the match's (``unrelated`` when
    there is none) and ``score`` the comparison's score of the pair. ``reason`` says why: ``shared`` (a verbatim
    run), ``above-threshold``, ``mutual-best`` (under the threshold, at or above the floor, each the other's best
    match); or why not: ``not-best`` (above the threshold, but both sentences match better ones),
    ``not-mutual-best``, ``below-floor``, ``not-candidate`` (too little in common to be scored at all).
    ``relation`` is the engine's evidence, and ``str()`` says it all in a sentence.
    """

    first: tuple[str, int]
    second: tuple[str, int]
    label: Literal["shared", "paraphrased", "unrelated"]
    score: float
    reason: Reason
    because: str
    relation: Relation = field(repr=False)

    @property
    def matched(self) -> bool:
        """Whether the comparison matched the two sentences."""
        return self.label != "unrelated"

    def __str__(self) -> str:
        return self.because

    def __repr__(self) -> str:
        # Each sentence is named by its article's id, cut as other reprs cut one; str() gives the reason whole.
        first, second = ((_name_repr(a), s) for a, s in (self.first, self.second))
        return (
            f"Verdict(first=({first[0]}, {first[1]!r}), second=({second[0]}, {second[1]!r}), label={self.label!r}, "
            f"score={self.score!r}, reason={self.reason!r}, because={self.because!r})"
        )


@dataclass(frozen=True, repr=False)
class Comparison:
    """Everything newsdiff found about a cluster of articles.

    ``articles`` come in the order they were given, ``groups`` are the claims carried by more than one
    article (the most widely carried first), and ``version`` is the newsdiff that compared them
    (:data:`UNKNOWN_VERSION` for one read back from data that does not say). ``print()`` gives a summary per
    article, and a notebook shows the report. ``scoring`` is how :func:`newsdiff.compare` scored
    sentence pairs; ``None`` for a comparison read back from JSON, which does not record it (see :meth:`scored_with`).

    One built by hand holds what schema 1 promises, as :meth:`from_dict` lists it (matches matched back, labels that
    follow them, claims that they link); what breaks it is an :class:`InputError` saying where.
    """

    articles: tuple[ArticleResult, ...]
    groups: tuple[Group, ...]
    version: str = __version__
    scoring: Scoring | None = field(default=None, compare=False)

    def __post_init__(self) -> None:
        as_tuples(self, "articles", "groups")
        _held_of(self, "articles", ArticleResult)
        _held_of(self, "groups", Group)
        # Printed as "newsdiff None", written as null and read back as of another version, or failing in relate().
        if self.version is None:
            raise InputError(
                "comparison: version is missing (None); give the newsdiff version that compared it, or "
                f"{UNKNOWN_VERSION!r} when it is not known"
            )
        if not isinstance(self.version, str):
            wrong = _wrong("comparison", "version", "a string", self.version)
            raise InputError(f"{wrong}; give {UNKNOWN_VERSION!r} when the newsdiff that compared it is not known")
        if not self.version.strip():
            # Printed as "newsdiff " and written as "" where schema 1 holds the version that compared it.
            raise InputError(
                f"comparison: version {self.version!r} is blank; give the newsdiff version that compared it, or "
                f"{UNKNOWN_VERSION!r} when it is not known"
            )
        _built_printable(self, "version")
        if self.scoring is not None and not isinstance(self.scoring, Scoring):
            raise InputError(
                f"comparison: scoring must be a Scoring or None, not {_a(type(self.scoring).__name__)}: "
                f"{self.scoring!r:.80}; say how it was scored with scored_with, such as result.scored_with('lexical')"
            )
        # Two of one id were kept: article() found the first alone, and to_json wrote what from_json refuses.
        if (n := _repeated_id(self.articles)) is not None:
            raise InputError(
                f"articles[{n}]: two articles have the id {self.articles[n].id!r}; give every article its own id"
            )
        # A comparison built by hand that breaks schema 1 (a match not matched back, a label its matches do not make)
        # was kept: to_json wrote what from_json refuses, and pairs() and the report failed far from here on it.
        try:
            _check_contract(self.articles, self.groups)
        except _Broken as exc:
            refused = InputError(
                f"comparison breaks newsdiff's JSON schema {SCHEMA}: {exc}; build a Comparison only of what schema 1 "
                "holds, as newsdiff.compare makes one"
            )
            refused.broken = str(exc)  # type: ignore[attr-defined]  # for read_comparison to say in its own terms
            raise refused from None

    def article(self, article_id: str | ArticleResult) -> ArticleResult:
        """The article with this id, or else the one article of this outlet (as ``print()`` names it, case and spaces
        aside), or one of :attr:`articles` itself; :class:`NotFoundError` (a ``KeyError``) naming the known ids
        otherwise, or the articles an outlet has when it has several. So :meth:`sentence` and :meth:`pairs` take an
        article as it is found in :attr:`articles` too."""
        if isinstance(article_id, ArticleResult):
            # result.pairs(result.articles[0]) was "no article ArticleResult(id='herald', ...) in this comparison".
            given = article_id
            found = next((a for a in self.articles if a.id == given.id), None)
            if found is not None and found == given:
                return found
            problem = f"article {given.id!r} is another comparison's" if found else f"no article {given.id!r} here"
            listed = _listed([a.id for a in self.articles])
            raise NotFoundError(f"{problem} (articles: {listed}); give one of this comparison's articles or its id")
        if not isinstance(article_id, str):
            # Compared with each id first, a numpy array failed on its truth value, or one of an id was taken for it.
            raise NotFoundError(_not_an_id(article_id, [a.id for a in self.articles]))
        for article in self.articles:
            if article.id == article_id:
                return article
        folded = " ".join(article_id.split()).casefold()
        of_outlet = [a for a in self.articles if a.outlet and " ".join(a.outlet.split()).casefold() == folded]
        if len(of_outlet) == 1:
            return of_outlet[0]
        if of_outlet:
            ids = _listed([a.id for a in of_outlet])
            raise NotFoundError(f"{article_id!r} has {len(of_outlet)} articles here ({ids}); give one of their ids")
        known = [a.id for a in self.articles]
        # Among many ids the one meant may be past those listed: one close to the id asked for is named.
        near = difflib.get_close_matches(str(article_id), known, n=1)
        hint = f"; did you mean {near[0]!r}?" if near else ""
        raise NotFoundError(f"no article {article_id!r} in this comparison (articles: {_listed(known)}){hint}")

    def sentence(self, article_id: str | ArticleResult, index: int) -> Sentence:
        """The sentence of article ``article_id`` at ``index`` (a whole number: an ``int``, or numpy's, as a DataFrame
        of :meth:`to_rows` holds), as a :class:`Match` or a claim names it;
        :class:`NotFoundError` (a ``KeyError``) saying which ids and indexes there are otherwise.

        >>> import newsdiff
        >>> result = newsdiff.compare(["The talks began in Kessel. It rained.",
        ...                            "The talks began in Kessel. Snow fell."])
        >>> [result.sentence(m.article, m.sentence).text for m in result.sentence("article-1", 0).matches]
        ['The talks began in Kessel.']
        """
        article = self.article(article_id)
        sentences = article.sentences
        if isinstance(article_id, ArticleResult):
            article_id = article.id  # named in what follows by its id, not its repr
        if not sentences:  # an article read back from JSON may have none
            raise NotFoundError(f"article {article_id!r} has no sentences, so no sentence {index!r}")
        try:
            # A numpy integer, as a DataFrame of to_rows holds, is a whole number though not an int; True is not one.
            position = None if isinstance(index, bool) else operator.index(index)
        except TypeError:
            position = None
        if position is None:
            given = "None" if index is None else f"{index!r:.80}: {_a(type(index).__name__)}"
            raise NotFoundError(
                f"article {article_id!r} has sentences 0 to {len(sentences) - 1}, not {given}; give a whole number"
            )
        if not 0 <= position < len(sentences):
            raise NotFoundError(f"article {article_id!r} has sentences 0 to {len(sentences) - 1}, not {index!r}")
        return sentences[position]

    def members(self, claim: Group | int) -> tuple[tuple[ArticleResult, Sentence], ...]:
        """The articles and sentences of a claim, given as one of :attr:`groups` or its ``id``, in its order;
        :class:`NotFoundError` (a ``KeyError``) naming the claim ids there are otherwise.

        >>> import newsdiff
        >>> result = newsdiff.compare(["The talks began in Kessel. It rained.",
        ...                            "The talks began in Kessel. Snow fell."])
        >>> [(article.id, sentence.text) for article, sentence in result.members(0)]
        [('article-1', 'The talks began in Kessel.'), ('article-2', 'The talks began in Kessel.')]
        """
        wanted = claim.id if isinstance(claim, Group) else _whole_number(claim)
        if wanted is None:
            # A numpy array failed on its truth value, and None or "0" was told there was no such claim.
            given = "None" if claim is None else f"{_a(type(claim).__name__)}: {claim!r:.80}"
            raise NotFoundError(f"a claim is given by its id, a whole number, or as one of groups, not {given}")
        found = next((g for g in self.groups if g.id == wanted), None)
        if found is None or (isinstance(claim, Group) and claim != found):
            known = _listed([str(g.id) for g in self.groups])
            problem = (
                f"claim {wanted!r} is another comparison's" if found else f"no claim {wanted!r} in this comparison"
            )
            raise NotFoundError(f"{problem} (claim ids here: {known})")
        return tuple((self.article(a), self.sentence(a, s)) for a, s in found.members)

    def pairs(
        self, first: str | ArticleResult | None = None, second: str | ArticleResult | None = None
    ) -> Iterator[AlignedPair]:
        """Every matched sentence pair once, in reading order: all of them, those of article ``first`` with any
        other, or those between ``first`` and ``second`` (none when they are the same article), each given by its
        id, its outlet or itself as :meth:`article` finds it. An unknown id is an :class:`InputError`, raised at the
        call.

        A pair keeps the comparison's order whatever order the ids are given in: its ``first`` sentence is from
        the article that comes earlier in :attr:`articles`.

        >>> import newsdiff
        >>> result = newsdiff.compare(["The talks began in Kessel. It rained.",
        ...                            "The talks began in Kessel. Snow fell."])
        >>> [(pair.first_article, pair.second_article, pair.label) for pair in result.pairs("article-2", "article-1")]
        [('article-1', 'article-2', 'shared')]
        """
        if first is None and second is not None:
            first, second = second, None
        # Each given by its id or its outlet, as article() finds it, which raises naming the known ids.
        first = None if first is None else self.article(first).id
        second = None if second is None else self.article(second).id
        if first is not None and first == second:
            return iter(())  # sentences of one article never match one another
        return self._pairs(first, second)

    def _pairs(self, first: str | None, second: str | None) -> Iterator[AlignedPair]:
        order = {a.id: n for n, a in enumerate(self.articles)}
        # Each match's article found by its place: looked up with article(), which reads the articles in turn, the pairs
        # of a cluster of 2,000 articles took 5 s, growing with the square of their number.
        articles = self.articles
        for article in articles:
            for sentence in article.sentences:
                for match in sentence.matches:
                    if order[match.article] <= order[article.id]:
                        continue
                    ids = {article.id, match.article}
                    if (first is not None and first not in ids) or (second is not None and second not in ids):
                        continue
                    other = articles[order[match.article]].sentences[match.sentence]
                    yield AlignedPair(sentence, other, article.id, match.article, match.label, match.score)

    def relate(self, first: tuple[str, int], second: tuple[str, int]) -> Verdict:
        """Whether and why this comparison matched two of its sentences, each given as (article id or outlet, index)
        as a claim's members are: scored as the comparison scored them (its engine, threshold and floor, and its
        cluster's word weights), which :func:`newsdiff.relate` of their texts does not do.

        Raises :class:`InputError` for two sentences of one article, and for a comparison read back from JSON until
        :meth:`scored_with` says how it was scored.

        >>> import newsdiff
        >>> result = newsdiff.compare(["The talks began in Kessel on Monday. It rained.",
        ...                            "The talks began in Kessel on Monday. Snow fell."])
        >>> print(result.relate(("article-1", 0), ("article-2", 0)))
        shared: scores 1.00, with a verbatim run of 7 words
        >>> result.relate(("article-1", 1), ("article-2", 1)).reason
        'not-candidate'
        """
        refs = []
        for name, ref in (("first", first), ("second", second)):
            if isinstance(ref, str) or not isinstance(ref, (tuple, list)) or len(ref) != 2:  # JSON's members are lists
                raise InputError(
                    f"{name} must be an (article id, sentence index) pair, such as ('herald', 3); got {ref!r}"
                )
            article = self.article(ref[0])
            refs.append((article.id, self.sentence(article.id, ref[1]).index))
        if refs[0][0] == refs[1][0]:
            raise InputError(
                f"both sentences are of article {refs[0][0]!r}: a comparison matches sentences of different articles; "
                "relate their texts with newsdiff.relate"
            )
        if self.scoring is None:
            raise InputError(
                "this comparison does not record how it scored sentence pairs (one read back from JSON does not); "
                "say how with scored_with, such as result.scored_with('lexical') for compare's defaults"
            )
        from .compare import verdict  # compare imports this module: imported when asked

        return verdict(self, refs[0], refs[1])

    def scored_with(
        self, engine: str = "lexical", *, threshold: float | None = None, floor: float | None = None
    ) -> Comparison:
        """This comparison, recording that it was compared with ``engine``, ``threshold`` and ``floor`` as
        :func:`newsdiff.compare` takes them (so that :meth:`relate` can score as it did): for one read back from JSON.
        :meth:`relate` raises :class:`InputError` where the settings do not give a match the comparison holds."""
        return replace(self, scoring=scoring(engine, threshold, floor))

    def word_diff(self, article: str, sentence: int, other_article: str, other_sentence: int) -> tuple[DiffOp, ...]:
        """Word-level difference from one sentence of the comparison to another, each named by its article's id
        and its ``index``; see :func:`newsdiff.word_diff`."""
        return word_diff(self.sentence(article, sentence).text, self.sentence(other_article, other_sentence).text)

    def overlap_matrix(self) -> list[list[dict[str, int]]]:
        """For each ordered pair of articles, how many of the first's sentences match the second, by label.

        Rows and columns follow :attr:`articles`. Each cell counts ``shared`` and ``paraphrased`` sentences
        of the row's article, and gives that article's number of ``sentences``, so that a share can be
        drawn. A sentence counts once per other article, under its strongest match there; the diagonal
        counts none.

        >>> import newsdiff
        >>> result = newsdiff.compare(["The talks began in Kessel. It rained.",
        ...                            "The talks began in Kessel. Snow fell."])
        >>> result.overlap_matrix()[0]
        [{'shared': 0, 'paraphrased': 0, 'sentences': 2}, {'shared': 1, 'paraphrased': 0, 'sentences': 2}]
        """
        order = {a.id: n for n, a in enumerate(self.articles)}
        size = len(self.articles)
        matrix = [
            [{"shared": 0, "paraphrased": 0, "sentences": len(a.sentences)} for _ in range(size)] for a in self.articles
        ]
        for row, article in enumerate(self.articles):
            for sentence in article.sentences:
                strongest: dict[int, str] = {}
                for match in sentence.matches:
                    column = order[match.article]
                    if strongest.get(column) != "shared":
                        strongest[column] = match.label
                for column, label in strongest.items():
                    matrix[row][column][label] += 1
        return matrix

    def to_dict(self) -> dict[str, Any]:
        """The result as JSON-ready data, in the documented schema 1."""
        return {
            "schema": SCHEMA,
            "newsdiff": self.version,
            "articles": [_article_data(a) for a in self.articles],
            "groups": [_group_data(g) for g in self.groups],
        }

    def to_json(self, *, indent: int | str | None = 2) -> str:
        """The schema-1 JSON text (UTF-8 characters kept as they are), as ``json.dumps(self.to_dict(),
        ensure_ascii=False, indent=indent)`` writes it: ``indent=None`` gives it on one line. An ``indent`` that is
        neither a whole number nor JSON's white space (``2.0``, ``True``, ``"2"``) is an :class:`InputError`.

        Keys come in the schema's order, set here whatever order data read back had: ``schema`` first, by which the
        command line and :func:`newsdiff.summarize` tell a comparison's file from other JSON, so no ``sort_keys`` is
        offered.
        For another of :func:`json.dumps`'s options, give it ``to_dict()``. The text is built an article at a time:
        a comparison of many long articles takes about twice its length in memory, not the whole data's copy and a
        piece of text for each of its values.
        """
        return "".join(self._json_pieces(json_indent(indent)))

    def _json_pieces(self, indent: int | str | None) -> Iterator[str]:
        """:meth:`to_json`'s text in pieces, an article or a claim at a time, laid out as :func:`json.dumps` lays out
        the whole: each part is dumped alone and indented to its depth (a string in JSON holds no line break)."""
        if indent is None:
            sep, pad = ", ", ""
        else:
            sep, pad = ",", indent if isinstance(indent, str) else " " * indent

        def line(depth: int) -> str:
            return "" if indent is None else "\n" + pad * depth

        def dumped(value: Any, depth: int) -> str:
            if indent is None:
                return json.dumps(value, ensure_ascii=False)
            if "\n" not in pad:
                return json.dumps(value, ensure_ascii=False, indent=indent).replace("\n", line(depth))
            # An indent holding a line feed was taken for a line's start too: dumped with a null character for it,
            # which JSON text holds nowhere else (a string escapes it), each line is indented, then the nulls made it.
            text = json.dumps(value, ensure_ascii=False, indent="\x00")
            return text.replace("\n", "\n" + "\x00" * depth).replace("\x00", pad)

        def listed(items: Iterable[dict[str, Any]]) -> Iterator[str]:
            opened = False
            for item in items:
                yield (sep if opened else "[") + line(2) + dumped(item, 2)
                opened = True
            yield line(1) + "]" if opened else "[]"

        yield "{" + line(1) + f'"schema": {dumped(SCHEMA, 1)}{sep}' + line(1) + f'"newsdiff": {dumped(self.version, 1)}'
        yield sep + line(1) + '"articles": '
        yield from listed(_article_data(a) for a in self.articles)
        yield sep + line(1) + '"groups": '
        yield from listed(_group_data(g) for g in self.groups)
        yield line(0) + "}"

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Comparison:
        """A comparison read back from :meth:`to_dict`'s data, such as one result of a batch, to report on or query.

        Schema 1 keeps neither an article's loaded text nor its URL, so they come back empty (``""`` and
        ``None``); everything else is as it was. Data of another schema or shape, or that breaks what schema 1
        promises (unique article ids that :class:`newsdiff.Article` takes, dates written ``YYYY-MM-DD``, offsets
        that are spans of the text, removed text as long as its span, matches that name a sentence of another article
        once and are matched back, shared ones scoring at least 0.5, labels that follow the matches, claims of unique
        ids, each of sentences there in two articles or more that matches link, labelled as those matches make it, no
        sentence in two claims), is an :class:`InputError` saying where.
        """
        return read_comparison(data)

    @classmethod
    def from_json(cls, text: str | bytes | bytearray | memoryview) -> Comparison:
        """:meth:`from_dict` of a JSON document, as :meth:`to_json` writes it; text that begins with a byte-order mark
        (a file saved on Windows and read with ``read_text``) is read as the file's bytes are. Bytes (a ``bytearray`` or
        a ``memoryview`` too) are UTF-8, as JSON is written (or UTF-16 or UTF-32, which :func:`json.loads` tells
        apart); bytes in another encoding, or compressed (gzip, bzip2, xz, zstd or zip), are an :class:`InputError`
        saying so, as is an object that gives a key twice (of which :func:`json.loads` keeps the last value without a
        word), named by its JSON path."""
        if isinstance(text, os.PathLike):
            raise _path_given(text)
        if isinstance(text, Mapping):
            raise InputError(
                "Comparison.from_json takes JSON text (a str or bytes), not data: read data with from_dict"
            )
        if isinstance(text, Comparison):
            raise InputError("Comparison.from_json takes JSON text (a str or bytes), not a Comparison: use it as it is")
        if isinstance(text, memoryview):
            # A view of a buffer (a shared memory block, a slice of a larger read) was refused as no JSON text.
            text = text.tobytes()
        if not isinstance(text, (str, bytes, bytearray)):
            given = "None" if text is None else f"{_a(type(text).__name__)}: {text!r:.80}"
            raise InputError(f"Comparison.from_json takes JSON text (a str or bytes), not {given}")
        if isinstance(text, str):
            text = text.removeprefix("\ufeff")  # json.loads refuses it in text, though it skips it in bytes
        try:
            # Each object remembers a key given twice, of which json keeps the last value: read_comparison refuses it.
            data = json.loads(text, object_pairs_hook=json_object)
        except (ValueError, RecursionError) as exc:
            if isinstance(text, (bytes, bytearray)) and text.startswith(GZIP_START):
                raise InputError(
                    "not a JSON document but gzip-compressed data: give gzip.decompress(data), or the file's path to "
                    "newsdiff report, which reads it either way"
                ) from None
            if isinstance(text, (bytes, bytearray)) and (packed := compression_of(bytes(text[:8]))) is not None:
                # A .json.bz2 or .json.xz read with read_bytes was told it was not UTF-8, and to save it as UTF-8.
                kind, command = packed
                raise InputError(
                    f"not a JSON document but {kind}-compressed data: give it uncompressed (as `{command} FILE` "
                    "writes it)"
                ) from None
            if isinstance(exc, UnicodeDecodeError) and exc.encoding == "utf-8":
                # JSON is UTF-8 (RFC 8259): a file saved in a local code page is JSON all the same, only not decodable.
                raise InputError(
                    f"not UTF-8: byte {exc.object[exc.start]:#04x} at offset {exc.start:,} is not UTF-8, as JSON is "
                    "written; save the file as UTF-8, or give its text decoded from the encoding it was saved in"
                ) from None
            if isinstance(text, str) and _names_a_file(text):
                raise _path_given(text) from None
            if _BATCH_OUTPUT_START.match(
                text if isinstance(text, str) else bytes(text[:100]).decode("utf-8", "replace")
            ):
                raise InputError(
                    "not a JSON document but newsdiff batch's output, a cluster a line: read one with "
                    "newsdiff.batch.read_result(path, cluster)"
                ) from None
            if isinstance(exc, json.JSONDecodeError) and (other := _other_export(exc.doc)) is not None:
                # The CSV or the report saved beside the JSON, read back in its place, was told only "Expecting value:
                # line 1 column 1 (char 0)".
                raise InputError(
                    f"not a JSON document but {other}, which is not read back: give the comparison's JSON, as "
                    "Comparison.to_json or newsdiff compare --format json writes it"
                ) from None
            if isinstance(exc, json.JSONDecodeError) and not exc.doc.strip():
                # Python's "Expecting value: line 1 column 1 (char 0)" said nothing of an empty file: one that was
                # never written (a command that failed before writing it), or read before it was.
                raise InputError(
                    "not a JSON document but empty text: nothing was written there (or it was read before it was); "
                    "give the JSON newsdiff wrote"
                ) from None
            if isinstance(exc, json.JSONDecodeError):
                # JSON that stops where more was due: a file written in part (a run stopped, a disk filled) or
                # copied in part, which "Expecting ',' delimiter" did not say. A string left open runs to the end.
                place = f"line {exc.lineno}, column {exc.colno}"
                stops = (
                    f"it stops in a string begun at {place}"
                    if exc.msg.startswith("Unterminated string")
                    else f"it stops at {place}, where more was due"
                    if exc.pos >= len(exc.doc.rstrip())
                    else ""
                )
                if stops:
                    raise InputError(
                        f"not a whole JSON document: {stops}, so it was cut short (written or copied in part); write "
                        "it again, or give all of it"
                    ) from None
                if exc.msg == "Extra data":
                    # Two results written to one file, or text after one, said only "Extra data".
                    rest = exc.doc[exc.pos :]
                    if COMPARISON_START.match(rest.encode("utf-8", "replace")):
                        raise InputError(
                            f"not one JSON document but several: another comparison's follows the first at {place}; "
                            "give one comparison at a time (a file of them, one a line, is read a line at a time)"
                        ) from None
                    raise InputError(
                        f"not one JSON document: text follows it at {place} ({rest[:20]!r}); give the document alone"
                    ) from None
            raise InputError(f"not a JSON document ({exc}); give the JSON newsdiff wrote") from None
        if isinstance(data, str) and COMPARISON_START.match(data.encode("utf-8", "replace")):
            # JSON text written again as a JSON string (json.dumps of to_json, as a store of strings may keep it) was
            # told to be read with from_json, which is what had been called.
            raise InputError(
                "not a comparison's JSON but a JSON string that holds it (the JSON was encoded twice): give "
                "Comparison.from_json the string itself, json.loads(text)"
            )
        return read_comparison(data)

    def to_rows(self) -> list[dict[str, Any]]:
        """One flat row per sentence, in reading order, for ``pandas.DataFrame(rows, columns=ROW_FIELDS)`` or a
        spreadsheet: the columns are named so that a comparison of no sentences (its articles all noise, or read back
        without them) still gives a table with them, as ``pandas.DataFrame([])`` does not.

        A row holds the article (``article``, its id; ``outlet``; ``date``), the sentence (``sentence``, its index;
        ``start``; ``end``; ``label``; ``text``), how many sentences match it (``matches``), the ids of the articles
        they are in, in the comparison's order (``matched_articles``, a tuple), and its best match (``best_article``,
        ``best_sentence``, ``best_score``): the strongest, as the sentence's label counts them (``shared`` over
        ``paraphrased``), then the highest score, then the first; ``None`` for a unique sentence. The keys come in
        that order, as :data:`ROW_FIELDS` lists them. For one row per matched pair, see :meth:`AlignedPair.to_row`.

        pandas' own ``DataFrame.to_csv`` writes text as it is: for a file to open in a spreadsheet, :meth:`to_csv`
        writes these rows with cells that would run as formulas escaped.
        """
        order = {a.id: n for n, a in enumerate(self.articles)}
        rows = []
        for article in self.articles:
            for s in article.sentences:
                best = max(s.matches, key=lambda m: (m.label == "shared", m.score), default=None)
                rows.append(
                    {
                        "article": article.id,
                        "outlet": article.outlet,
                        "date": article.date,
                        "sentence": s.index,
                        "start": s.start,
                        "end": s.end,
                        "label": s.label,
                        "text": s.text,
                        "matches": len(s.matches),
                        "matched_articles": tuple(sorted({m.article for m in s.matches}, key=order.__getitem__)),
                        "best_article": best.article if best else None,
                        "best_sentence": best.sentence if best else None,
                        "best_score": best.score if best else None,
                    }
                )
        return rows

    def to_csv(self, *, escape_formulas: bool = True) -> str:
        """:meth:`to_rows` as CSV text: a header line, then one line per sentence.

        Fields are quoted as RFC 4180 does (a sentence may hold commas, quotes and line breaks); lines end
        in a line feed; ``None`` is an empty field. The matched articles are joined by ``;``, as one CSV line with
        that delimiter, so that an id holding a ``;`` or a ``"`` is quoted and read back whole by
        ``next(csv.reader([cell], delimiter=";"))`` (a plain ``split(";")`` serves other ids). A text cell that
        begins with ``=``, ``+``, ``-``, ``@``, a tab, a carriage return or a null character, which a spreadsheet
        would run as a formula, begins with ``'`` instead: article text comes from the web. ``escape_formulas=False``
        keeps every cell as :meth:`to_rows` has it, for a program that reads the file; another value than True or False
        (``"no"``, which is true) is an :class:`InputError`.
        """
        rows = (
            [_id_list(row[name]) if name == "matched_articles" else row[name] for name in ROW_FIELDS]
            for row in self.to_rows()
        )
        return csv_text(ROW_FIELDS, rows, escape_formulas=escape_formulas)

    def to_html(self) -> str:
        """A self-contained HTML report of this comparison."""
        from .report.render import render_html  # the report sits downstream; imported only when asked

        return render_html(self)

    def save_html(self, path: str | Path) -> Path:
        """Write the HTML report to ``path`` atomically and return the path.

        An existing file that is read-only is refused (:class:`PermissionError`) and left as it was; a directory, or
        a path in a folder that is not there, is refused as ``open(path, "w")`` refuses it, before the report is drawn.
        """
        return write_atomically(page_path(path), self.to_html())

    def __hash__(self) -> int:
        # Comparison.relate keeps what it prepares keyed on the comparison: hashed anew at each question, every
        # article's sentences and matches were walked again, the most of each answer's time on a large cluster. The
        # fields are frozen, so the hash is found once.
        held = self.__dict__.get("_hash")
        if held is None:
            held = hash((self.articles, self.groups, self.version))
            object.__setattr__(self, "_hash", held)
        return held

    def __getstate__(self) -> dict[str, Any]:
        # A string's hash differs from one process to the next: a pickled comparison is hashed again where it is read.
        return {name: value for name, value in self.__dict__.items() if name != "_hash"}

    def _repr_html_(self) -> str:
        from .report.render import render_notebook

        return render_notebook(self)

    def __repr__(self) -> str:
        # A result holds every article's text and sentences: its repr names them and counts the rest.
        ids = [a.id for a in self.articles[:REPR_ARTICLES]]
        more = len(self.articles) - len(ids)
        shown = ", ".join(map(_name_repr, ids)) + (f", ... {more} more" if more else "")
        sentences = sum(len(a.sentences) for a in self.articles)
        return (
            f"Comparison(articles=[{shown}], sentences={sentences}, groups={len(self.groups)}, "
            f"version={_name_repr(self.version)})"
        )

    def __str__(self) -> str:
        def count(number: int, noun: str) -> str:
            return f"{number} {noun}" if number == 1 else f"{number} {noun}s"

        lines = [
            # The version, as the names, may come from another tool's JSON: printed, it must not drive the terminal.
            f"{plain(made_with(self.version))}: {count(len(self.articles), 'article')}, "
            f"{count(len(self.groups), 'claim')} carried by more than one"
        ]
        for article, name in zip(self.articles, display_names(self.articles), strict=True):
            counts = article.counts()
            lines.append(
                f"  {plain(name)}: {count(len(article.sentences), 'sentence')}, {counts['shared']} shared, "
                f"{counts['paraphrased']} paraphrased, {counts['unique']} unique, "
                f"{count(len(article.removed), 'removal')}"
            )
        return "\n".join(lines)


def page_path(path: str | os.PathLike[str]) -> Path:
    """``path`` to write a page to, refused as ``open(path, "w")`` refuses it, naming it: a directory, a path in a
    folder that is not there (or is a file), a path ending in a separator, an empty path. Written through a temporary
    file beside it, the page failed naming that file (``Is a directory: '/tmp/.out.3f2a.tmp' -> '/tmp/out'``), which
    the caller never gave."""
    given = os.fspath(path)
    target = Path(given)
    if not given:
        raise FileNotFoundError(errno.ENOENT, os.strerror(errno.ENOENT), given)
    if target.is_dir():
        raise IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR), given)
    if not target.parent.exists():
        raise FileNotFoundError(errno.ENOENT, os.strerror(errno.ENOENT), given)
    if not target.parent.is_dir():
        raise NotADirectoryError(errno.ENOTDIR, os.strerror(errno.ENOTDIR), given)
    if given.endswith((os.sep, os.altsep or os.sep)):
        # Path drops the final separator: "reports/" was written as a file named "reports", and "notes.txt/" wrote
        # over notes.txt, where a path ending so names a folder.
        raise IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR), given)
    return target


def _article_data(a: ArticleResult) -> dict[str, Any]:
    """One article of :meth:`Comparison.to_dict`'s data."""
    return {
        "id": a.id,
        "outlet": a.outlet,
        "title": a.title,
        "date": a.date,
        "source": a.source,
        "sentences": [
            {
                "index": s.index,
                "text": s.text,
                "start": s.start,
                "end": s.end,
                "label": s.label,
                "matches": [
                    {"article": m.article, "sentence": m.sentence, "label": m.label, "score": m.score}
                    for m in s.matches
                ],
            }
            for s in a.sentences
        ],
        "removed": [{"text": r.text, "start": r.start, "end": r.end, "reason": r.reason} for r in a.removed],
    }


def _group_data(g: Group) -> dict[str, Any]:
    """One claim of :meth:`Comparison.to_dict`'s data."""
    return {
        "id": g.id,
        "label": g.label,
        "members": [{"article": article, "sentence": sentence} for article, sentence in g.members],
    }


def _id_list(ids: Sequence[str]) -> str:
    """``ids`` joined by ``;`` for one CSV cell, each quoted as CSV quotes a field when it holds a ``;`` or a ``"``:
    an id may hold either (a file named ``north;south.txt``), and joined bare it would read as two."""
    buffer = io.StringIO()
    # An id holds no line end (ArticleResult refuses one), so the one line the writer ends is the cell.
    csv.writer(buffer, delimiter=";", lineterminator="\r\n").writerow(ids)
    return buffer.getvalue().removesuffix("\r\n")


#: How a batch's output begins (after a byte-order mark, if any): a record naming its cluster.
_BATCH_OUTPUT_START = re.compile(r'\A\ufeff?\s*\{\s*"cluster"\s*:')


def _other_export(text: str) -> str | None:
    """What other export of a comparison ``text``, which is not JSON, is, said for a message: the CSV of
    :meth:`Comparison.to_csv` (told by its header) or an HTML page such as the report; None when it is neither."""
    head = text[:200].lstrip("\ufeff \t\r\n")
    if head.startswith(",".join(ROW_FIELDS)):
        return "the CSV of a comparison's sentences (Comparison.to_csv)"
    if head[:14].casefold().startswith(("<!doctype html", "<html")):
        return "an HTML page (such as newsdiff's report)"
    return None


def _names_a_file(text: str) -> bool:
    """Whether ``text``, which is not JSON, is rather a file's name: one short line, not JSON's start, that ends in
    ``.json`` or ``.jsonl`` or names a file there is."""
    line = text.strip()
    if not line or len(line) > 4096 or "\n" in line or line[0] in '{["':
        return False
    return line.casefold().endswith((".json", ".jsonl")) or os.path.isfile(line)


def _path_given(path: str | os.PathLike[str]) -> InputError:
    return InputError(
        f"Comparison.from_json takes JSON text, not a path: give Path({os.fspath(path)!r}).read_bytes() (for one "
        "cluster of a batch's output, newsdiff.batch.read_result reads the file)"
    )


def _not_an_id(given: Any, ids: Sequence[str]) -> str:
    """Why ``given``, which is no string, finds no article among ``ids``, with what to give: "no article 1 (articles:
    1, 2)" read as though the id were not there, when it was given as a number."""
    if isinstance(given, (tuple, list)) and len(given) == 2 and isinstance(given[0], str):
        return (
            f"{given!r} is an (article id, sentence index) pair, which names a sentence: give the id alone, "
            f"{given[0]!r}, or find the sentence with sentence(*pair)"
        )
    told = "an article's id is a string, not " + (
        "None" if given is None else f"{_a(type(given).__name__)}: {given!r:.80}"
    )
    return f"{told}; give {str(given)!r}" if str(given) in ids else f"{told} (articles: {_listed(ids)})"


def _listed(ids: Sequence[str]) -> str:
    """``ids`` for an error message: the first :data:`REPR_IDS` of them, and how many more there are; ``none`` when
    there are none, rather than an empty list that reads as a word left out."""
    if not ids:
        return "none"
    more = len(ids) - REPR_IDS
    # Printed as the message of an error: an id is one line, but a direction mark in it would reverse the rest.
    return ", ".join(map(plain, ids[:REPR_IDS])) + (f", … {more} more" if more > 0 else "")


#: The marks of writing direction that open or close a run (embeddings, overrides, isolates and the pops that end
#: them): printed unclosed, one reverses or reorders the rest of a terminal's line, so that a name taken from a page
#: can make the counts after it read otherwise. The lone marks (left-to-right, right-to-left) only lean the characters
#: beside them, and an outlet's name in Arabic or Hebrew may hold one.
_DIRECTION_RUNS = "".join(
    mark
    for mark in DIRECTION_MARKS
    if unicodedata.bidirectional(mark) in {"LRE", "RLE", "LRO", "RLO", "PDF", "LRI", "RLI", "FSI", "PDI"}
)
#: What :func:`plain` writes as its escape: control characters, the line and paragraph separators (which end a line
#: for ``str.splitlines`` and some terminals, so that a name read back from another tool's JSON split an article's line
#: of the summary in two) and the marks that open or close a run of writing direction.
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\N{LINE SEPARATOR}\N{PARAGRAPH SEPARATOR}" + _DIRECTION_RUNS + "]")


def counted(count: int, noun: str) -> str:
    """``count`` (its thousands grouped) and ``noun``, in the plural unless the count is one ("1 claim",
    "1,234 sentences", "0 sentences"): the pages and a corpus summary's text write counts alike."""
    return f"{count:,} {noun}" if count == 1 else f"{count:,} {noun}s"


def percent_shares(counts: dict[str, int]) -> dict[str, int]:
    """Whole percentages of the counts that add up to 100 (largest remainder), as a bar's parts must: the report's
    bars and a corpus summary's text round them alike.

    >>> percent_shares({"shared": 1, "paraphrased": 1, "unique": 1})
    {'shared': 34, 'paraphrased': 33, 'unique': 33}
    """
    total = sum(counts.values())
    if not total:
        return dict.fromkeys(counts, 0)
    shares = {label: 100 * count // total for label, count in counts.items()}
    # The points rounding down lost go to the largest remainders, the earliest label first on a tie.
    by_remainder = sorted(counts, key=lambda label: -(100 * counts[label] % total))
    for label in by_remainder[: 100 - sum(shares.values())]:
        shares[label] += 1
    return shares


def made_with(version: str) -> str:
    """The newsdiff that compared a comparison, as text shown to a reader names it: "newsdiff 0.1.0", or, for one read
    back from data that did not record it, "newsdiff (version not recorded)" rather than "newsdiff unknown"."""
    return "newsdiff (version not recorded)" if version == UNKNOWN_VERSION else f"newsdiff {version}"


def plain(text: str) -> str:
    """``text`` with each control character written as its escape (``\\x1b``), for text printed to a terminal: a
    name taken from a page could otherwise drive the terminal (recolour it, retitle its window). So is a line or
    paragraph separator (``\\u2028``), which would break the line, and each mark of writing direction that opens or
    closes a run (``\\u202e``), which would reverse the rest of it."""
    return _CONTROL.sub(lambda found: found.group().encode("unicode_escape").decode("ascii"), text)


def _seen(text: str) -> str:
    """``text`` as a reader sees it: without the characters that show nothing (format characters such as a zero-width
    space or a direction mark, but for the tags that end a flag's emoji), its runs of white space one space, trimmed."""
    return " ".join("".join(c for c in text if c.isspace() or not shows_nothing(c)).split())


def display_names(articles: Sequence[ArticleResult]) -> list[str]:
    """Each article's :attr:`~ArticleResult.name`, with its id added where articles share one as a reader sees it
    (two reports from one outlet, or names that differ only in a character that shows nothing), so that a reader can
    tell them apart."""
    repeated = Counter(_seen(a.name) for a in articles)
    return [f"{a.name} ({a.id})" if repeated[_seen(a.name)] > 1 else a.name for a in articles]


_SENTENCE_LABELS = ("shared", "paraphrased", "unique")


def _text(value: Any) -> str:
    """A string of schema-1 data as a result holds it: another tool's JSON may escape a lone surrogate ("\\udce9"),
    which JSON reads but UTF-8 cannot hold, so it becomes U+FFFD, as loading makes it."""
    if not isinstance(value, str):
        # str() would make null the text "None" and a number a name: data so written is not newsdiff's.
        raise ValueError(f"{value!r} is not a string")
    return printable(value)


def _version(value: Any) -> str:
    """The ``newsdiff`` field of schema-1 data: the version that compared it, which blank text does not name (null
    says it is not known)."""
    version = _text(value)
    if not version.strip():
        raise ValueError(f"{version!r} names no version; write the newsdiff version, or null when it is not known")
    return version


def _optional_text(value: Any) -> str | None:
    return None if value is None else _text(value)


#: A date as schema 1 holds one: ``YYYY-MM-DD`` in ASCII digits, as loading and :class:`newsdiff.Article` give it.
_ISO_DAY = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


def _date(value: Any) -> str | None:
    """An article's date in schema-1 data: null or a real day written ``YYYY-MM-DD``, which every date loading reads
    is given as. A date in another form that loading reads (``March 14, 2026``, a timestamp) is named in the form
    wanted; text that is no date (``next week``, ``2026-13-45``) would reach the report and a program reading the
    JSON as though it were one."""
    if value is None:
        return None
    day = _text(value)
    if _ISO_DAY.fullmatch(day) and given_date(day) == day:
        return day
    told = f"{day!r} is not a date in the form YYYY-MM-DD"
    read = given_date(day)
    raise ValueError(f"{told}: give it as {read!r}" if read else told)


def _whole(value: Any) -> int:
    """A count or position of schema-1 data: int() would round 2.7 down and read true as 1."""
    if isinstance(value, bool):
        # "True is not a whole number" read as a slip, as True is 1 in Python: the data holds a boolean.
        raise ValueError(f"{json.dumps(value)} is a boolean, not a whole number")
    try:
        # numpy's integers too, as data a program built from a DataFrame holds, and Comparison takes built by hand.
        return operator.index(value)
    except TypeError:
        raise ValueError(f"{value!r} is not a whole number") from None


def _span(node: Any, where: str) -> tuple[int, int]:
    """The offsets of the sentence or removal at ``where`` in schema-1 data: a span of the loaded text, which a program
    slices by. One that is none is named by the offset at fault (a negative ``start``, else the ``end``), as the JSON
    path of any other field is: a user who edited the file finds it."""
    start, end = _field(node, "start", where, _whole), _field(node, "end", where, _whole)
    if not 0 <= start <= end:
        raise _Misread(
            f"{where}.start" if start < 0 else f"{where}.end",
            f"start {start} and end {end} are not a span of the text: give 0 <= start <= end",
        )
    return start, end


def _score(value: Any) -> float:
    if isinstance(value, bool):
        raise ValueError(f"score {json.dumps(value)} is a boolean, not a number between 0 and 1")
    # A Decimal too (json.loads(text, parse_float=Decimal) reads every score so) and numpy's float32, as Match takes.
    score = _real_score(value)
    if score is None:
        raise ValueError(f"score {value!r} is not a number")
    if not 0 <= score <= 1:  # NaN too, which no comparison is true of
        raise ValueError(f"score {value!r} is not between 0 and 1")
    return round(score, SCORE_DECIMALS)  # as a Match holds it, so that a shared one is checked at that score


def _label(value: Any, labels: tuple[str, ...]) -> str:
    """A label of schema-1 data or of a result built by hand, one of ``labels``, as a ``str``."""
    if value is None:
        raise ValueError(f"label is missing (None); give one of {', '.join(labels)}")
    if not isinstance(value, str):
        # A numpy array of one label (a DataFrame's column, indexed) equals it, and was kept: to_json then failed on
        # it. One of several labels failed on its truth value, far from the field given.
        raise ValueError(f"label must be one of {', '.join(labels)}, not {_a(type(value).__name__)}: {value!r:.80}")
    if value not in labels:
        raise ValueError(f"label {value!r} is not one of {', '.join(labels)}")
    return str(value)


#: What to give instead of data :meth:`Comparison.from_dict` cannot read, where the reason does not say.
GIVE_TO_DICT = "give what Comparison.to_dict wrote"


def read_comparison(data: Any, advice: str = GIVE_TO_DICT) -> Comparison:
    """Build a :class:`Comparison` from schema-1 data, checking what the contract promises on the way.

    Data it cannot read is an :class:`InputError` of why, then ``advice`` (what to give instead) unless the reason
    already says what reads the data: a reader of results given in other terms, such as a batch's output, gives its
    own advice.
    """
    if isinstance(data, Mapping) and (repeated := getattr(data, "repeated", ())):
        # Named before the schema is read: a schema given twice was read as the last one, "a later schema".
        problem = f"{repeated[0]} is not as to_dict writes it ({_GIVEN_TWICE})"
        raise _refusal(f"not newsdiff's JSON schema {SCHEMA}: {problem}", advice)
    if not isinstance(data, Mapping) or not _is_schema_1(data.get("schema")):
        reason, has_advice = _not_schema_1(data)
        raise _refusal(reason, "" if has_advice else advice)
    try:
        articles = [_read_article(a, f"articles[{n}]") for n, a in enumerate(_items(data, "articles", ""))]
        groups = [_read_group(g, f"groups[{n}]") for n, g in enumerate(_items(data, "groups", ""))]
        # Data that does not say which newsdiff compared it was not compared by this one as far as anyone knows: a
        # version claimed here would let a batch's record beside it lend its settings (batch.read_result). A null
        # version says as much as a missing one, as JSON writes an unknown value.
        written = data.get("newsdiff")
        version = UNKNOWN_VERSION if written is None else _read("newsdiff", _version, written)
    except _Misread as exc:
        where, problem = exc.args
        reason = f"not newsdiff's JSON schema {SCHEMA}: {where} is not as to_dict writes it ({problem})"
        raise _refusal(reason, advice) from None
    if (n := _repeated_id(articles)) is not None:
        problem = f"articles[{n}].id: two articles have the id {articles[n].id!r}; every article needs its own"
        raise _refusal(f"not newsdiff's JSON schema {SCHEMA}: {problem}", advice)
    try:
        return Comparison(tuple(articles), tuple(groups), version)
    except InputError as exc:
        # The Comparison checks the contract, as it checks one built by hand; read back, what breaks it is told in the
        # terms of the data, once (the check was run twice, here and there).
        broken = getattr(exc, "broken", None)
        if broken is None:
            raise
        raise _refusal(f"not newsdiff's JSON schema {SCHEMA}: {broken}", advice) from None


class _Broken(ValueError):
    """What a comparison holds that schema 1 promises never to hold, said as where in its data it is and what."""


class _Misread(ValueError):
    """What is wrong (the second argument) at a JSON path (the first, such as ``articles[2].sentences[5].start``) of
    data read back: the path takes a user who edited the file to the very field."""


#: What is wrong with a key a JSON object gives twice: JSON keeps the last value and drops the first unseen.
_GIVEN_TWICE = "it is given twice; give it once (JSON would keep only the last)"


def _get(node: Any, key: str, where: str) -> Any:
    """The field ``key`` of the object at ``where``."""
    if not isinstance(node, Mapping):
        raise _Misread(where or "the data", f"{json_kind(node)}, not an object")
    if repeated := getattr(node, "repeated", ()):
        # A line edited by adding its new value under the old one: JSON keeps the last and drops the first unseen.
        raise _Misread(
            f"{where}.{repeated[0]}" if where else repeated[0],
            _GIVEN_TWICE,
        )
    if key not in node:
        raise _Misread(where or "the data", f"it has no {key!r}")
    return node[key]


def _items(node: Any, key: str, where: str) -> Sequence[Any]:
    """The list ``key`` of the object at ``where``: a mapping would give its keys, a string its characters."""
    value = _get(node, key, where)
    if not isinstance(value, (list, tuple)):
        raise _Misread(f"{where}.{key}" if where else key, f"{json_kind(value)}, not a list")
    return value


def _read(where: str, read: Any, *values: Any) -> Any:
    """``read(*values)``, what it refuses named at ``where``."""
    try:
        return read(*values)
    except ValueError as exc:
        raise _Misread(where, str(exc)) from None


def _field(node: Any, key: str, where: str, read: Any, *more: Any) -> Any:
    """The field ``key`` of the object at ``where``, read by ``read``; one that is null (no field read so takes null)
    is said to be missing its value, in JSON's word, with what it holds."""
    value = _get(node, key, where)
    if value is None:
        # Python's word was printed: "None is not a string", "label None is not one of shared, paraphrased".
        wanted = f"one of {', '.join(more[0])}" if read is _label else _HELD.get(read, "a value")
        raise _Misread(f"{where}.{key}", f"it is null, so its value is missing; give {wanted}")
    return _read(f"{where}.{key}", read, value, *more)


def _read_article(a: Any, where: str) -> ArticleResult:
    ident = _field(a, "id", where, _article_id)
    sentences = [_read_sentence(s, i, f"{where}.sentences[{i}]") for i, s in enumerate(_items(a, "sentences", where))]
    removed = []
    for k, r in enumerate(_items(a, "removed", where)):
        at = f"{where}.removed[{k}]"
        start, end = _span(r, at)
        text = _field(r, "text", at, _text)
        if (problem := _removed_text(text, start, end)) is not None:
            raise _Misread(f"{at}.text", problem)
        removed.append(Removal(start, end, _field(r, "reason", at, _text), text))
    fields = {key: _read(f"{where}.{key}", _optional_text, a.get(key)) for key in ("outlet", "title", "source")}
    fields["date"] = _read(f"{where}.date", _date, a.get("date"))
    return ArticleResult(id=ident, url=None, text="", sentences=tuple(sentences), removed=tuple(removed), **fields)


def _article_id(value: Any) -> str:
    """An article's id in schema-1 data: one :class:`newsdiff.Article` takes, as every comparison's ids are."""
    ident = _text(value)
    if not ident:
        raise ValueError("'' names no article; give it a visible name, as the comparison that wrote it did")
    if (problem := _id_fault(ident)) is not None:
        raise ValueError(f"{ident!r}: {problem}")
    return ident


def _id_fault(ident: str) -> str | None:
    """What is wrong with ``ident`` as a compared article's id, with what to give instead; None for one
    :class:`newsdiff.Article` takes. An empty one, or one of white space or invisible characters, named no article in
    a message or the report, and one holding a line end or a tab broke a line of a batch's files and of the report's
    anchors."""
    if not ident:
        return "an empty id names no article; give it a visible name"
    problem = id_problem(ident)
    # A compared article's id cannot be left out, as Article's message advises.
    return None if problem is None else problem.replace(", or leave the id out", "")


#: What a field read by each reader holds, for the message that it is null.
_HELD: dict[Any, str] = {
    _text: "a string",
    _whole: "a whole number",
    _score: "a score between 0 and 1",
    _article_id: "the article's id, a string",
}


def _read_sentence(s: Any, position: int, where: str) -> Sentence:
    index = _field(s, "index", where, _whole)
    if index != position:
        raise _Misread(f"{where}.index", f"index {index!r}, where sentences are numbered from 0 in order: {position}")
    matches = tuple(_read_match(m, f"{where}.matches[{k}]") for k, m in enumerate(_items(s, "matches", where)))
    label = _field(s, "label", where, _label, _SENTENCE_LABELS)
    text = _field(s, "text", where, _text)
    start, end = _span(s, where)
    return Sentence(position, text, start, end, label, matches)


def _read_match(m: Any, where: str) -> Match:
    article, sentence = _field(m, "article", where, _text), _field(m, "sentence", where, _whole)
    label, score = _field(m, "label", where, _label, _MATCH_LABELS), _field(m, "score", where, _score)
    if label == "shared" and score < SHARED_SCORE:
        raise _Misread(f"{where}.score", f"{score!r}, where a shared match scores at least {SHARED_SCORE}")
    return Match(article, sentence, label, score)


def _read_group(g: Any, where: str) -> Group:
    ident = _field(g, "id", where, _whole)
    if ident < 0:
        raise _Misread(f"{where}.id", f"{ident} is not a claim's id, which counts from 0")
    label = _field(g, "label", where, _label, _MATCH_LABELS)
    members = tuple(
        (_field(m, "article", at, _text), _field(m, "sentence", at, _whole))
        for at, m in ((f"{where}.members[{k}]", m) for k, m in enumerate(_items(g, "members", where)))
    )
    return Group(ident, label, members)


def _removed_text(text: str, start: int, end: int) -> str | None:
    """What is wrong with ``text`` as the text removed from ``start`` to ``end``, which is as long as that span (the
    loaded text is not kept when a result is read back, so its length is what can be checked); None when nothing is."""
    if len(text) == end - start:
        return None
    return (
        f"text {opening(text)!r} is {len(text):,} characters long, but the span from {start} to {end} holds "
        f"{end - start:,}; give the text of the span"
    )


def _repeated_id(articles: Sequence[ArticleResult]) -> int | None:
    """The position of the first of ``articles`` whose id an earlier one has, or ``None`` when each has its own."""
    seen: set[str] = set()
    for n, article in enumerate(articles):
        if article.id in seen:
            return n
        seen.add(article.id)
    return None


def _refusal(reason: str, advice: str) -> InputError:
    return InputError(f"{reason}; {advice}" if advice else reason)


_MATCH_LABELS = ("shared", "paraphrased")


def _is_schema_1(schema: Any) -> bool:
    """Whether ``schema`` is the whole number 1 itself (an ``int``, or numpy's, as data built from a DataFrame holds):
    ``true`` and ``1.0`` equal it in Python, but are not what :meth:`Comparison.to_dict` writes, nor what a reader in
    another language takes for schema 1."""
    return _whole_number(schema) == SCHEMA


def _whole_number(value: Any) -> int | None:
    """``value`` as an ``int`` when it is a whole number of any type (numpy's ``int64`` too), else None: True is
    none, though Python takes it for 1, and neither is ``1.0``, ``"1"`` or an array."""
    if isinstance(value, bool):
        return None
    try:
        return operator.index(value)
    except TypeError:
        return None


def _shown(value: Any) -> str:
    """``value``, a field of data read back, as JSON writes it (``"1"``, ``null``), for a message: a user who edited
    the file finds it so; what JSON cannot write (numpy's array) as Python shows it. Cut at 80 characters."""
    try:
        shown = json.dumps(value, ensure_ascii=False)
    except (TypeError, ValueError):
        shown = repr(value)
    return shown if len(shown) <= 80 else shown[:79] + "…"


def _not_schema_1(data: Any) -> tuple[str, bool]:
    """Why ``data`` is not a comparison, naming what it is when it is other JSON newsdiff writes (a batch's record, a
    corpus summary, a later schema's comparison), with what reads it: each is an easy slip for the other. The flag
    says whether the reason says what to do, so that no advice need follow it."""
    start = f"not newsdiff's JSON schema {SCHEMA}"
    if isinstance(data, (str, bytes, bytearray)) and COMPARISON_START.match(
        data.encode("utf-8", "replace") if isinstance(data, str) else bytes(data)
    ):
        return f"{start} but JSON text: read it with Comparison.from_json", True
    if isinstance(data, Comparison):
        return f"{start} but a Comparison already: use it as it is", True
    if (
        isinstance(data, (list, tuple))
        and data
        and all(isinstance(item, Mapping) and "schema" in item for item in data)
    ):
        # Several results saved as one JSON list were told only that it held a list.
        many = f"{len(data)} comparisons" if len(data) > 1 else "one comparison"
        return f"{start} but a list of {many}: read one at a time, such as the first, data[0]", True
    if (
        isinstance(data, (list, tuple))
        and data
        and all(isinstance(item, Mapping) and "schema" not in item and _to_compare(item) for item in data)
    ):
        # A file of articles, as load reads one (a JSON list of records), given in place of a comparison's was told only
        # that it held a list, where one of its records alone was told to be compared first.
        single = all(isinstance(item.get("text"), str) for item in data)
        listed = counted(len(data), "article") + " (records with a 'text')" if single else counted(len(data), "cluster")
        tool = "newsdiff.compare (newsdiff compare" if single else "newsdiff.batch (newsdiff batch"
        return (
            f"{start} but a list of {listed}: compare {'it' if len(data) == 1 else 'them'} first, with {tool} on the "
            "command line), and report on the comparison",
            True,
        )
    if not isinstance(data, Mapping):
        return f"{start} (it holds {json_kind(data)})", False
    if "schema" not in data and "cluster" in data and ("result" in data or "error" in data):
        record = f"{start} but a record of newsdiff batch's output, of cluster {data['cluster']!r:.80}"
        if "result" in data:
            return f"{record}: give its comparison, record['result']", True
        return f"{record}, which was not compared ({plain(str(data['error'])):.300})", True
    if "schema" not in data and "corpus_schema" in data:
        return (
            f"{start} but a corpus summary: read it with newsdiff.CorpusSummary.from_dict (its text with from_json)",
            True,
        )
    if "schema" not in data and (given := _to_compare(data)) is not None:
        # An article or a cluster given to be reported on (newsdiff report cluster.json) was told "schema: None", as
        # though its schema were null, and to give what to_dict wrote, which says nothing of comparing it first.
        return (
            f"{start} but {given}: compare it first, with newsdiff.compare (newsdiff compare, or newsdiff batch for "
            "clusters, on the command line), and report on the comparison",
            True,
        )
    schema = data.get("schema")
    whole = _whole_number(schema)
    if whole is not None and whole > SCHEMA:
        version = data.get("newsdiff")
        written = f"newsdiff {version}" if isinstance(version, str) else "a later newsdiff"
        return (
            f"{start} (schema: {whole}): written by {written}, and newsdiff {__version__} reads schema {SCHEMA}; "
            f"read it with a newsdiff that reads schema {whole}",
            True,
        )
    if isinstance(schema, bool):  # true is 1 in Python, and was named as Python spells it, True
        return f"{start} (schema: {json.dumps(schema)}, a boolean, not the whole number {SCHEMA})", False
    if isinstance(schema, numbers.Real) and schema == SCHEMA:  # 1.0: equal to 1 in Python, not what to_dict writes
        return f"{start} (schema: {schema!r}, not the whole number {SCHEMA})", False
    if "schema" not in data:
        # Told "schema: None", as though the data held a schema and it were null.
        return f"{start} (it has no 'schema')", False
    if schema is None:
        return f"{start} (schema: null)", False
    if whole is not None:
        return f"{start} (schema: {whole}; newsdiff {__version__} reads schema {SCHEMA})", False
    # A schema written as text ("1", as a hand-written or another tool's file may quote it) was told only that it was
    # not schema 1, which it seemed to be; a list or an array (numpy's, of data built in Python) failed on its truth.
    shown = _shown(schema)
    if isinstance(schema, str) and re.fullmatch(r"\s*[0-9]+\s*", schema):
        if int(schema) == SCHEMA:
            return (
                f"{start} (schema: {shown}, a string, not the whole number {SCHEMA}): write the number without "
                f'quotes, "schema": {SCHEMA}, as to_dict writes it',
                True,
            )
        return (
            f"{start} (schema: {shown}, a string, not a whole number): the schema is a number written without quotes, "
            f"and newsdiff {__version__} reads schema {SCHEMA}",
            False,
        )
    kind = "" if isinstance(schema, numbers.Real) else f", {json_kind(schema)}"
    return (
        f"{start} (schema: {shown}{kind}, not a whole number): the schema is a whole number, and newsdiff "
        f"{__version__} reads schema {SCHEMA}",
        False,
    )


def _to_compare(data: Mapping[str, Any]) -> str | None:
    """What articles to compare ``data`` holds, said for a message: an article (a record with a ``text``) or a cluster
    (an ``articles`` list of texts or of such records, as a comparison's articles, which hold sentences, are not);
    None when it holds neither."""
    if isinstance(data.get("text"), str):
        return "an article (a record with a 'text')"
    articles = data.get("articles")
    if isinstance(articles, list) and any(
        isinstance(item, str) or (isinstance(item, Mapping) and isinstance(item.get("text"), str)) for item in articles
    ):
        return "articles to compare (an 'articles' list of texts or records with a 'text')"
    return None


def _check_contract(articles: Sequence[ArticleResult], groups: Sequence[Group]) -> None:
    """Refuse what schema 1 promises never to hold (besides two articles of one id, which no comparison holds): a
    match or a claim member naming a sentence that is not there, a match within one article, listed twice or without
    its counterpart's match back, a label other than the strongest of the sentence's matches, a claim of fewer than
    two articles, of members its matches do not link or labelled otherwise than they make it, two claims of one id or
    sharing a sentence. A result read back is queried and drawn as one that compare made, and the report would fail
    on such data far from where it came in, or show what contradicts itself."""

    sentences = {article.id: article.sentences for article in articles}  # of one id each, as built
    # Every match as (its sentence, the sentence matched, label, score), so that each is found matched back at once: a
    # line repeated through a big cluster matches every copy, and a search of each copy's matches cost their cube.
    listed_all = {
        (article.id, sentence.index, m.article, m.sentence, m.label, m.score)
        for article in articles
        for sentence in article.sentences
        for m in sentence.matches
    }
    for n, article in enumerate(articles):
        for position, sentence in enumerate(article.sentences):
            if sentence.index != position:
                # Written as it is, it names another sentence than the one at its place, which a match or claim finds.
                raise _Broken(
                    f"articles[{n}].sentences[{position}].index: sentence {sentence.index} of article {article.id!r} "
                    f"stands at {position}, where sentences are numbered from 0 in order"
                )
            # Where in the data, as a JSON path, then which sentence it is: a user who edited the file finds it.
            at = f"articles[{n}].sentences[{sentence.index}]"
            where = f"sentence {sentence.index} of article {article.id!r}"
            listed: dict[tuple[str, int], int] = {}
            for k, match in enumerate(sentence.matches):
                where = f"{at}.matches[{k}]: sentence {sentence.index} of article {article.id!r}"
                # Listed twice on both sides it would be matched back, and every pair and table would hold it twice.
                if (match.article, match.sentence) in listed:
                    first = listed[(match.article, match.sentence)]
                    raise _Broken(
                        f"{where} lists sentence {match.sentence} of {match.article!r} again (as matches[{first}]); "
                        "a sentence matches another once"
                    )
                listed[(match.article, match.sentence)] = k
                if not 0 <= match.sentence < len(sentences.get(match.article, ())):
                    raise _Broken(
                        f"{where} matches sentence {match.sentence} of {match.article!r}, which is not in the data"
                    )
                if match.article == article.id:
                    raise _Broken(f"{where} matches sentence {match.sentence} of its own article")
                back = (match.article, match.sentence, article.id, sentence.index, match.label, match.score)
                if back not in listed_all:
                    raise _Broken(
                        f"{where} matches sentence {match.sentence} of {match.article!r}, which does not match it back "
                        "with the same label and score"
                    )
            strongest = (
                "unique"
                if not sentence.matches
                else "shared"
                if any(m.label == "shared" for m in sentence.matches)
                else "paraphrased"
            )
            if sentence.label != strongest:
                where = f"{at}.label: sentence {sentence.index} of article {article.id!r}"
                raise _Broken(f"{where} is labelled {sentence.label!r}, but its matches make it {strongest!r}")
    # Claims are made of matches and part the matched sentences: the report draws each claim from its first article
    # (a claim of none failed there), and a lookup by claim id must find one claim.
    group_of: dict[tuple[str, int], int] = {}
    ids: set[int] = set()
    for g, group in enumerate(groups):
        if group.id in ids:
            raise _Broken(f"groups[{g}].id: two groups have the id {group.id}; every claim needs its own")
        ids.add(group.id)
        for k, (article_id, index) in enumerate(group.members):
            at = f"groups[{g}].members[{k}]"
            if not 0 <= index < len(sentences.get(article_id, ())):
                raise _Broken(
                    f"{at}: group {group.id} holds sentence {index} of {article_id!r}, which is not in the data"
                )
            if not sentences[article_id][index].matches:
                raise _Broken(
                    f"{at}: group {group.id} holds sentence {index} of {article_id!r}, which matches no sentence"
                )
            if (article_id, index) in group_of:
                first = group_of[(article_id, index)]
                if first == group.id:
                    raise _Broken(f"{at}: group {group.id} holds sentence {index} of {article_id!r} twice")
                raise _Broken(
                    f"{at}: sentence {index} of {article_id!r} is in groups {first} and {group.id}; "
                    "a sentence is in one claim at most"
                )
            group_of[(article_id, index)] = group.id
        carriers = len({article_id for article_id, _ in group.members})
        if carriers < 2:
            raise _Broken(
                f"groups[{g}].members: group {group.id} holds sentences of {carriers} "
                f"article{'' if carriers == 1 else 's'}; "
                "a claim is carried by two articles or more"
            )
        _check_claim(sentences, g, group)


def _check_claim(sentences: Mapping[str, Sequence[Sentence]], g: int, group: Group) -> None:
    """Refuse a claim (``groups[g]``) that its members' matches do not make, as :func:`newsdiff.align.group` makes one
    from them: members that no chain of matches among them joins, or a label other than ``shared`` exactly when each
    member shares wording verbatim with another member. The report draws a claim as sentences that say one thing."""
    members = set(group.members)
    position = {member: k for k, member in enumerate(group.members)}
    within = {
        member: [m for m in sentences[member[0]][member[1]].matches if (m.article, m.sentence) in members]
        for member in group.members
    }
    for member in group.members:
        if not within[member]:
            raise _Broken(
                f"groups[{g}].members[{position[member]}]: group {group.id} holds sentence {member[1]} of "
                f"{member[0]!r}, which matches none of the group's other members"
            )
    # The members reached from the first by matches among them: align.group merges partial claims only along a link.
    reached = {group.members[0]}
    waiting = [group.members[0]]
    while waiting:
        for found in within[waiting.pop()]:
            if (found.article, found.sentence) not in reached:
                reached.add((found.article, found.sentence))
                waiting.append((found.article, found.sentence))
    for member in group.members:
        if member in reached:
            continue
        first = group.members[0]
        raise _Broken(
            f"groups[{g}].members[{position[member]}]: group {group.id} holds sentence {member[1]} of {member[0]!r}, "
            f"which no chain of matches joins to sentence {first[1]} of {first[0]!r} (members[0]); a claim's members "
            "are linked by matches"
        )
    alone = next((m for m in group.members if not any(x.label == "shared" for x in within[m])), None)
    where = f"groups[{g}].label: group {group.id} is labelled {group.label!r}"
    if group.label == "shared" and alone is not None:
        raise _Broken(
            f"{where}, but sentence {alone[1]} of {alone[0]!r} (members[{position[alone]}]) shares wording verbatim "
            "with no other member, which makes it 'paraphrased'"
        )
    if group.label == "paraphrased" and alone is None:
        raise _Broken(f"{where}, but every member shares wording verbatim with another member, which makes it 'shared'")
