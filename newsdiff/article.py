"""Articles and how they are loaded: text files, JSON/JSONL records and Python strings.

Loading only decodes and recognises metadata (a leading ``date YYYY-MM-DD`` token, ``key: value``
front matter, a headline line); the metadata text stays in :attr:`Article.text` so that offsets always
refer to what was loaded, and the cleaning stage reports it as removed rather than dropping it.
"""

from __future__ import annotations

import base64
import binascii
import calendar
import datetime
import errno
import glob
import json
import math
import os
import re
import shlex
import unicodedata
import urllib.parse
import warnings
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from itertools import islice
from pathlib import Path
from typing import Any, Union
from urllib.parse import urlsplit

from .compression import compression_of
from .errors import InputError
from .invisible import (
    DIRECTION_MARKS,
    INVISIBLE_OPERATORS,
    JOINERS,
    MONGOLIAN_VOWEL_SEPARATOR,
    SOFT_HYPHEN,
    ZERO_WIDTH,
    shows_nothing,
)
from .noise import NoiseRule, default_rules, is_noise_line
from .shipped import punkt_data

#: Anything :func:`load` accepts as one source.
Source = Union[str, "os.PathLike[str]", Mapping[str, Any], "Article"]

_RECORD_FIELDS = ("text", "id", "outlet", "title", "date", "url")
_PATH_SUFFIXES = (".txt", ".text", ".md", ".json", ".jsonl", ".ndjson")
#: Suffixes of files that loading refuses with what to give instead: a string of one word ending in one is a path.
_REFUSED_SUFFIXES = (
    *(".html", ".htm", ".xhtml", ".xml", ".rss", ".atom", ".csv", ".tsv", ".pdf"),
    *(".rtf", ".doc", ".docx", ".odt"),  # word processors' documents
)
#: ``date 2021-05-19``, with the time of an ISO timestamp after it if there is one (``T10:00:00Z``). A time after a
#: space, as Ruby and Jekyll write it (``2021-05-19 10:00:00 -0500``, ``10:00 UTC``, ``10:00 CET``), or after a comma
#: (``2021-05-19, 10:00``), is read when it ends the line, as front matter's date is: before more words, it may be the
#: first sentence's (``10:30 The ferry``).
_DATE_TOKEN = re.compile(
    r"[ \t]*((?i:date)[ \t]+(\d{4}-\d{2}-\d{2})(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?"
    r"|,? \d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?: ?(?:Z|[+-]\d{2}:?\d{2})| [A-Z]{2,5})?(?=[ \t]*(?:\n|\Z)))?)\b"
)
#: ``date`` before a date with the month in words (``date 5 November 2026``), read as :func:`given_date` reads it when
#: it is the whole line: before more words, the line may be a headline (``Date night at the pier``). Such a date is
#: short (``Thursday, November 5, 2026, 10:00 AM EST``): a longer line is not tried.
_WRITTEN_DATE_LINE = re.compile(r"[ \t]*((?i:date)[ \t]+(\S(?:[^\n]{0,58}\S)?))[ \t]*(?=\n|\Z)")
#: A line that may be a date alone (``3 March 2026``, ``Tuesday, March 3, 2026, 10:14 AM EST``), read as
#: :func:`given_date` reads it: short, as the line of ``date`` before one is.
_BARE_DATE_LINE = re.compile(r"[ \t]*(\S(?:[^\n]{0,58}\S)?)[ \t]*(?=\n|\Z)")


#: How many noise lines (a byline) are looked past under a headline for a date alone on its line.
_NOISE_OVER_DATE = 2


def _bare_date(text: str, pos: int, rules: Sequence[NoiseRule] = ()) -> tuple[int, int, str, str] | None:
    """Where the line at ``pos`` starts and ends, the day it gives and what it is (``timestamp``, or ``byline`` for a
    byline with the date after it), when it is a date alone or such a byline, else None; past a line or two that a
    rule of ``rules`` takes as noise (``By Ona Vask`` between the headline and the date)."""
    for _ in range(_NOISE_OVER_DATE + 1):
        line = _BARE_DATE_LINE.match(text, pos)
        # A front matter line of a field (``published: 2026-03-14``) is front matter's to read, with its key.
        key = _FRONT_MATTER_LINE.fullmatch(line[1]) if line is not None else None
        if key is not None and _field(key.group(1)) is not None:
            return None
        if line is not None and ((day := given_date(line[1])) is not None or (day := _year_first_day(line[1]))):
            return line.start(1), line.end(1), day, "timestamp"
        if (byline := _BYLINE_LINE.match(text, pos)) is not None and (day := _byline_date(byline[1])) is not None:
            return byline.start(1), byline.end(1), day, "byline"
        line_end = text.find("\n", pos)
        if line_end < 0 or not rules or not is_noise_line(text[pos:line_end], rules):
            return None
        pos = _skip_blank_lines(text, line_end + 1)
    return None


#: A byline with the date after it on its line (``By Jo Marr, 3 March 2026``, ``By Jo Marr | March 3, 2026``): ``By``
#: and a name that opens with a capital, then a separator before the date, on a short line.
_BYLINE_LINE = re.compile(r"[ \t]*((?i:by)[ \t]+[^\W\d_][^\n]{0,138}\S)[ \t]*(?=\n|\Z)")
_BYLINE_SEPARATOR = re.compile(r"[ \t]*(?:[,|·•–—]|[ \t]-)[ \t]*")
#: The most characters a byline's names run to before its date.
_BYLINE_MAX_CHARS = 80


def _byline_date(line: str) -> str | None:
    """The day that ``line`` gives when it is a byline with a date after it, else None: the date is the article's,
    and the line, the page's, is no text (the byline rule reads no day before its month: ``By Jo Marr, 3 March``)."""
    if not line[3:].lstrip()[:1].isupper():
        return None  # "by the harbour, 3 March 2026" is a sentence's words
    for separator in _BYLINE_SEPARATOR.finditer(line, 3, _BYLINE_MAX_CHARS):
        if (day := given_date(line[separator.end() :])) is not None:
            return day
    return None


#: ``date`` before a date in another form (``date 2024/02/10``, ``date 10.02.2024``, ``date 20240210``): its writer
#: meant a date, which read as text would be the headline or the first sentence's words.
_OTHER_DATE_TOKEN = re.compile(r"[ \t]*(?i:date)[ \t]+(\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}|\d{8})(?![\w.-])")
#: A byte-order mark, which a file joined to another (``cat head.md story.txt``) keeps at the start of its first line:
#: before a front matter key or fence it is no part of the line, as at the start of the text.
_BOM = "\ufeff"
#: The value runs to the line's last character other than a space or a tab: taken greedily, so that a run of
#: white space inside it is crossed once, not tried as the end of the value at each of its characters.
_FRONT_MATTER_LINE = re.compile(r"[ \t\ufeff]*([A-Za-z][A-Za-z_-]{0,19})[ \t]*:[ \t]*((?:.*[^ \t\n])?)[ \t]*")
#: ``by`` is a byline's (``By: Ona Vask``), which was taken for the headline over the story.
_FRONT_MATTER_KEYS = {"id", "outlet", "title", "date", "url", "source", "author", "byline", "by", "section"}
#: Other names that sites and feeds give the same fields (``published``, ``publisher``, ``headline``); a field
#: given under its own name wins over one given under another, and two other names that disagree are refused.
_KEY_ALIASES = {
    **dict.fromkeys(
        (
            "published",
            "pubdate",
            "publish_date",
            "publication_date",
            "date_published",
            "published_at",
            "published_time",
        ),
        "date",
    ),
    **dict.fromkeys(("publisher", "publication", "site_name"), "outlet"),
    "headline": "title",
    **dict.fromkeys(("link", "permalink", "canonical", "canonical_url"), "url"),
}
#: Those names run together, as JSON APIs and JSON-LD write them in camel case (``publishedAt``, ``datePublished``,
#: ``siteName``, Hugo's ``publishDate``) and front matter's keys are read in lower case (``sitename``).
_KEY_ALIASES_RUN_TOGETHER = {key.replace("_", ""): field for key, field in _KEY_ALIASES.items()}


def _alias_field(key: str) -> str | None:
    """The field that ``key``, another name sites and feeds give it, is read as (``published`` and ``datePublished``
    give the date), or None: a name is read in any case, and with or without ``_`` or ``-`` between its words."""
    return _KEY_ALIASES_RUN_TOGETHER.get(key.lower().replace("-", "").replace("_", ""))


#: A front matter value is a short phrase: a longer one, or one with a sentence inside, is prose.
_FRONT_MATTER_MAX_CHARS = 160
#: The line that opens and closes a fenced (YAML-style) front matter block.
_FENCE = "---"
#: The line that opens and closes a TOML front matter block (Hugo's), whose lines are ``key = value``.
_TOML_FENCE = "+++"
#: YAML's end of a document, which closes a block as well as a second ``---`` does.
_DOCUMENT_END = "..."
#: Line breaks other than ``\n`` (line and paragraph separators, next line, vertical tab, form feed).
_LINE_BREAKS = str.maketrans(dict.fromkeys("\u2028\u2029\x85\x0b\x0c", "\n"))
#: Those line breaks, looked for before translating: ``str.translate`` steps through every character in Python's
#: slow path, and most texts hold none of them.
_OTHER_LINE_BREAK = re.compile("[\u2028\u2029\x85\x0b\x0c]")
#: A carriage return that is no part of a CRLF line end: a line break of its own.
_LONE_CARRIAGE_RETURN = re.compile(r"\r(?!\n)")
#: A lone UTF-16 surrogate (left by cut JSON escapes or undecodable file names): no text can hold it.
_SURROGATE = re.compile("[\ud800-\udfff]")
_HEADLINE_MAX_CHARS = 160
_HEADLINE_MAX_WORDS = 25
#: A sentence end inside a line: a word of two letters or more, its punctuation, then a capitalised word (looked at,
#: not taken, as it may be the next match's abbreviation: ``Ill. Gov. Pell``).
_SENTENCE_INSIDE = re.compile(r"(?<!\w)(?P<word>\w{2,})(?P<mark>[.!?])[\"”’]?\s+(?=(?P<next>[A-Z]\w*))")
#: What ends a sentence or a clause, so that a line ending in it is no headline: a dateline ("KESSEL (Wire) —") ends
#: in a dash; Chinese and Japanese (full-width and ideographic marks), Arabic, Urdu and Hindi write their own.
_FINAL_PUNCTUATION = ".!?…:;,-–—。．！？；：，、｡؟؛،۔।"
#: Closing quotes and brackets: what stands before them tells whether a line ends a sentence (``said."``)
#: or is a headline that ends in a quotation or an aside (``Mayor vows: "We will rebuild"``, ``(video)``).
_CLOSERS = "\"”’'»)]」』）】》〉〕］"


#: The longest text an article's repr shows whole, and the fields it shows when given.
_REPR_TEXT = 60
_REPR_FIELDS = ("id", "outlet", "title", "date", "url", "source")


@dataclass(frozen=True, repr=False)
class Article:
    """One outlet's article about the event: its loaded text plus optional metadata.

    ``text`` is kept exactly as loaded (after decoding and newline normalisation); sentence offsets
    in a comparison refer to it. ``date`` is ``YYYY-MM-DD``: an ISO timestamp is read as its date, and so is a date
    with the month in words (``May 19, 2021``, RSS's ``Wed, 19 May 2021 10:00:00 GMT``), by the Article itself as by
    loading; other forms (``05/06/2021`` could be May or June, ``next week``) raise :class:`InputError`. The white
    space and zero-width characters (a zero-width space) around an ``id``, ``outlet``, ``title`` or ``url`` are no part
    of it (``" ferry-01 "`` is ``ferry-01``); an id of white space or invisible characters alone is refused. A
    ``url`` is kept as given, but the report links only a whole http or https address: loading warns of another (see
    :func:`url_problem`).
    ``origin`` is set by loading a file: its real path and the record's position in it (0 for a text file), so that a
    comparison tells one record given twice from two records with the same text; it takes no part in equality or
    the repr. A lone surrogate in a metadata field (a file name that is not UTF-8, as Python reads it) becomes U+FFFD,
    as loading makes it in the text: no UTF-8 output can hold it.
    """

    text: str
    id: str | None = None
    outlet: str | None = None
    title: str | None = None
    date: str | None = None
    url: str | None = None
    source: str | None = field(default=None, compare=False)
    origin: tuple[str, int] | None = field(default=None, compare=False, repr=False)

    def __post_init__(self) -> None:
        if not isinstance(self.text, str):
            raise InputError(
                f"article {self.id or '(unnamed)'}: text must be a string, "
                f"not {type(self.text).__name__}{_text_as_string(self.text)}"
            )
        for name in ("id", "outlet", "title", "date", "url", "source"):
            value = getattr(self, name)
            if value is not None and not isinstance(value, str):
                raise InputError(
                    f"article {self.id or '(unnamed)'}: {name} must be a string or None, "
                    f"not {type(value).__name__}{_as_string(value, name)}"
                )
        for name in _REPR_FIELDS:
            # A lone surrogate (a file name that is not UTF-8, as Python reads it) cannot be written as UTF-8: a
            # comparison's JSON and report would fail on it. The text's are replaced by loading, with the line breaks.
            value = getattr(self, name)
            if value is not None and _SURROGATE.search(value):
                object.__setattr__(self, name, printable(value))
        for name in ("id", "outlet", "title", "url"):
            # A record's "ferry-01 " or " Quay Post" (a spreadsheet's cell, a scraped field) is what front matter's
            # line gives stripped: kept, one id or outlet would be two, and a title's line end would reach the JSON.
            # A zero-width space or joiner at an end, which a page's copy keeps, shows as nothing: it goes
            # too. An id of white space or invisible characters alone is kept, to be refused; another field so is
            # empty, as a record's is.
            value = getattr(self, name)
            if value and (name != "id" or not all(map(shows_nothing, value))) and (trimmed := _trimmed(value)) != value:
                object.__setattr__(self, name, trimmed)
        for name in ("outlet", "title"):
            # A name and a headline are one line: a scraped title's line end (or a line separator, U+2028) inside it
            # would break the line a message, a summary or a report's heading gives it.
            value = getattr(self, name)
            if value and _LINE_BREAK_INSIDE.search(value):
                object.__setattr__(self, name, _LINE_BREAK_INSIDE.sub(" ", value))
        if self.id and (problem := id_problem(self.id)) is not None:
            raise InputError(f"article id {self.id!r}: {problem}")
        if self.date and self.date.strip():
            # Loading gives every date as YYYY-MM-DD, and a comparison's JSON promises it: an Article made by hand
            # holds to it too, its date read as loading reads one, rather than carry "next week" into the output.
            if (day := given_date(self.date)) is None:
                raise InputError(f"article {self.id or '(unnamed)'}: date {self.date!r} {_date_read(self.date)}")
            object.__setattr__(self, "date", day)

    def __repr__(self) -> str:
        # A whole article would fill a notebook cell: a short text is shown, a longer one counted. Metadata is shown
        # when given.
        text = repr(self.text) if len(self.text) <= _REPR_TEXT else f"<{len(self.text):,} characters>"
        given = [f"{name}={getattr(self, name)!r}" for name in _REPR_FIELDS if getattr(self, name) is not None]
        return f"Article({', '.join([*given, f'text={text}'])})"

    @property
    def name(self) -> str:
        """How messages refer to this article: its id, source or a placeholder."""
        return self.id or self.source or "(unnamed article)"


#: A line break of any kind inside a value, with the white space around it: read as one space in a one-line field.
_LINE_BREAK_INSIDE = re.compile(r"[ \t]*[\n\r\x0b\x0c\x85\u2028\u2029]\s*")


#: What a value loses at its ends beside white space: the characters that show as nothing and change nothing of how
#: the rest shows (a zero-width space or joiner, a word joiner, a byte-order mark, a soft hyphen). Direction marks,
#: embeddings and isolates stay: one at an end may set how the whole value reads, or close one opened at the other.
_TRIMMED_INVISIBLE = frozenset(SOFT_HYPHEN + ZERO_WIDTH + JOINERS + INVISIBLE_OPERATORS + MONGOLIAN_VOWEL_SEPARATOR)


def _trimmed(value: str) -> str:
    """``value`` without the white space and the invisible characters of :data:`_TRIMMED_INVISIBLE` at its ends."""
    start, end = 0, len(value)
    while start < end and (value[start].isspace() or value[start] in _TRIMMED_INVISIBLE):
        start += 1
    while end > start and (value[end - 1].isspace() or value[end - 1] in _TRIMMED_INVISIBLE):
        end -= 1
    return value[start:end]


#: What an id cannot hold: a control character (a line end, a tab) or a line or paragraph separator. An id is
#: written on one line in messages, in a batch's files and in a report's anchors.
_NOT_IN_ID = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029]+")


def id_problem(ident: str) -> str | None:
    """What is wrong with the non-empty id ``ident``, with what to give instead; None for a good id."""
    if not ident.strip():
        return "an id of white space alone names nothing; give it a visible name, or leave the id out"
    if all(character.isspace() or unicodedata.category(character) == "Cf" for character in ident):
        # A zero-width space or a direction mark shows as nothing: every message and report would name no article.
        return "an id of invisible characters alone names nothing; give it a visible name, or leave the id out"
    if _NOT_IN_ID.search(ident):
        one_line = " ".join(part for part in _NOT_IN_ID.split(ident.strip()) if part)
        return f"an id is one line with no control character (a line end, a tab); give it as {one_line!r}"
    return None


#: A site's name with the rest of an address after it but no scheme (``news.example/ferry``, ``www.quay.example``).
_BARE_HOST = re.compile(r"(?:[^\W_][\w-]*\.)+[^\W\d_][\w-]*(?::\d+)?(?:[/?#]\S*)?")


def url_problem(url: str) -> str | None:
    """Why the report does not link ``url``, with what to give instead; None for a whole http or https address (with
    a host), the only kind a report links: another scheme (``javascript:``, ``data:``) could run or hide what a link
    opens, and a path or a name without a scheme would lead somewhere on the reader's own machine.

    >>> url_problem("news.example/ferry")
    "has no scheme; give it as 'https://news.example/ferry'"
    """
    address = url.strip()
    if len(address) > 2 and (address[0], address[-1]) in _URL_WRAPPERS and url_problem(address[1:-1]) is None:
        # Markdown's autolink (<https://…>) or a quoted address: whole, but for the marks around it.
        around = "angle brackets" if address[0] == "<" else "quotes"
        return f"is in {around}; give it as {address[1:-1].strip()!r}"
    if _BARE_HOST.fullmatch(address) and not address.lower().startswith(("http:", "https:")):
        return f"has no scheme; give it as {'https://' + address!r}"
    try:
        parts = urlsplit(address)
    except ValueError:
        return f"is not a valid address; {_WHOLE_ADDRESS}"
    scheme = parts.scheme.lower()
    if scheme in ("http", "https"):
        if parts.netloc:
            return None
        # One slash after the scheme, or three: an address made a path (pathlib and os.path.normpath join "//" as "/").
        after = address[len(scheme) + 1 :]
        if _BARE_HOST.fullmatch(rest := after.lstrip("/")):
            slashes = len(after) - len(rest)
            given = {0: "no slash", 1: "one slash"}.get(slashes, f"{slashes} slashes")
            return f"has {given} after '{address[: len(scheme)]}:', not two; give it as {f'{scheme}://{rest}'!r}"
        return f"has no host; {_WHOLE_ADDRESS}"
    if address.startswith("//") and parts.netloc:
        return f"has no scheme; give it as {'https:' + address!r}"
    if address.startswith("/"):
        return f"is a path on a site, not a whole address; {_WHOLE_ADDRESS}"
    if scheme and not any(character.isspace() for character in address):
        return f"uses the {scheme}: scheme, and only http and https addresses are linked; {_WHOLE_ADDRESS}"
    return f"is not a web address; {_WHOLE_ADDRESS}"


_WHOLE_ADDRESS = "give the article's whole address (https://...), or leave the url out"
#: The marks a whole address may be given between: Markdown's angle brackets, and quotes.
_URL_WRAPPERS = {("<", ">"), ('"', '"'), ("'", "'"), ("“", "”")}


def _as_string(value: object, field: str = "") -> str:
    """How to give ``value`` as the string the field ``field`` needs, when there is a plain way (a date object's
    isoformat, a date written as a number's digits, another number's digits: an id of 7.5, a title of 2026)."""
    if isinstance(value, datetime.date):  # a datetime too, and pandas' Timestamp
        return f"; give it as a string, such as {value.isoformat()!r} from .isoformat()"
    if isinstance(value, (bytes, bytearray, memoryview)):
        # A file's or a response's bytes (requests' .content where .text was meant), as loading a source of bytes says.
        return "; decode it to a string first, for example with .decode('utf-8')"
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if field == "date":
            return _date_as_string(value)
        if math.isfinite(value):
            return f"; give it as a string, such as {str(value)!r}"
    if isinstance(value, (list, tuple)) and value and all(isinstance(item, str) for item in value):
        # A scraper's list of one or more values (outlet: ["Quay Post"]): which one is meant is the writer's to say.
        if len(value) == 1:
            return f"; give its one value as a string: {value[0]!r}"
        return f"; it lists {len(value)} and a field holds one: give the one meant as a string, such as {value[0]!r}"
    if isinstance(value, Mapping) and isinstance(name := value.get("name"), str) and name.strip():
        # A JSON-LD object ("publisher": {"@type": "Organization", "name": "Quay Post"}), as sites' metadata gives it.
        return f"; give its name as a string: {name.strip()!r}"
    return ""


#: The range of Unix timestamps in seconds, and in milliseconds, taken for dates in a message: 1973 to 2286.
_TIMESTAMP_SECONDS = (10**8, 10**10)
_TIMESTAMP_MILLISECONDS = (10**11, 10**13)


def _date_as_string(value: float) -> str:
    """How to give a date that a feed or a data frame gave as a number: its digits (``20240210``) or a Unix timestamp
    (``1707523200``, or milliseconds as JavaScript counts them)."""
    if 10_000_000 <= value < 100_000_000 and value == int(value):
        digits = str(int(value))
        if (date := given_date(f"{digits[:4]}-{digits[4:6]}-{digits[6:]}")) is not None:
            return f"; give it as {date!r}"
    if (timestamp := _timestamp_date(value)) is not None:
        return f"; if it is a Unix timestamp in {timestamp[1]}, give its date as a string: {timestamp[0]!r} in UTC"
    return "; give it as a string, YYYY-MM-DD"


def _timestamp_date(value: float) -> tuple[str, str] | None:
    """The day in UTC (``YYYY-MM-DD``) and the unit (seconds, or milliseconds as JavaScript counts them) of ``value``
    read as a Unix timestamp of this century or the last, else None."""
    for (low, high), per_second in ((_TIMESTAMP_SECONDS, 1), (_TIMESTAMP_MILLISECONDS, 1000)):
        if low <= value < high:
            utc = datetime.datetime.fromtimestamp(value / per_second, datetime.timezone.utc).date().isoformat()
            return utc, "seconds" if per_second == 1 else "milliseconds"
    return None


def _text_as_string(value: object) -> str:
    """How to give ``value`` as an article's text: a scraper's list of paragraphs is joined."""
    if isinstance(value, list) and value and all(isinstance(item, str) for item in value):
        return "; join its paragraphs into one string, with a blank line between them ('\\n\\n'.join(paragraphs))"
    return _as_string(value)


def normalise_text(text: str) -> str:
    """Loaded text without a leading byte-order mark (nor a second one, as a tool that adds one to a text that had
    one writes it) and with ``\n`` for CRLF and CR (these change its length, so an :class:`Article` given ready-made
    keeps its own; the one-for-one replacements are :func:`_with_metadata`'s, for every source)."""
    return text.lstrip(_BOM).replace("\r\n", "\n").replace("\r", "\n")


def same_file(path: str | os.PathLike[str], other: str | os.PathLike[str] | None) -> bool:
    """Whether ``path`` and ``other`` are one existing file, by any path, symbolic or hard link."""
    if other is None:
        return False
    try:
        return os.path.samefile(path, other)
    except OSError:
        return False  # one of them does not exist (yet)


def printable(value: str) -> str:
    """``value`` with each lone surrogate replaced, so that it can be written as UTF-8 (length unchanged)."""
    return _SURROGATE.sub("\ufffd", value)


@dataclass(frozen=True)
class MetadataSpan:
    """A span of the loaded text that holds metadata rather than article prose."""

    start: int
    end: int
    reason: str  # "metadata", "headline", "page-count"; "timestamp" or "byline" for a date line or a byline with one


@dataclass(frozen=True)
class Metadata:
    """Metadata recognised at the top of an article's text (and page counts under it), and where it stands."""

    fields: Mapping[str, str]
    spans: tuple[MetadataSpan, ...]
    #: Dates given at the top that are no real date (``date 2024-02-30``, ``published: next week``), as (offset,
    #: value, key), even beside a date that is read: loading refuses them rather than drop what the writer meant to say.
    unread_dates: tuple[tuple[int, str, str], ...] = ()
    #: Fields that front matter gives twice with different values, under one key or two of the field's other names
    #: (``published:`` and ``pubdate:``), as (offset of the second, the field, the keys): JSON's way, keeping the
    #: last, or taking the first would drop the other without a word.
    repeated: tuple[tuple[int, str, tuple[str, ...]], ...] = ()
    #: Two dates at the top that disagree (``date: 2024-02-10`` in front matter, then ``date 2024-02-11``), as (offset,
    #: value) of each: which one the article has is for its writer to say.
    date_conflict: tuple[tuple[int, str], tuple[int, str]] | None = None
    #: Front matter keys that a field is read from given a list or nested keys (``outlet: [Quay Post, Tide]``), as
    #: (offset, key): a field holds one value, and taking the first item, or the brackets as text, would be a guess.
    listed: tuple[tuple[int, str], ...] = ()


def read_metadata(text: str, rules: Sequence[NoiseRule] | None = None) -> Metadata:
    """Recognise a leading ``date`` token, ``key: value`` front matter and a headline line, and a page's count
    (``Page 2 of 3``) on a line of its own anywhere.

    The headline is looked for past lines that a line rule of ``rules`` (default: the shipped noise
    rules) takes as noise, such as "Skip to content" or a byline above it; a first line that is noise only for
    its capitals or a "Video:" label, with prose under it, is the headline.

    >>> read_metadata("date 2021-05-19 The talks began.").fields["date"]
    '2021-05-19'
    """
    fields: dict[str, str] = {}
    spans: list[MetadataSpan] = []
    unread: list[tuple[int, str, str]] = []
    repeated: list[tuple[int, str, tuple[str, ...]]] = []
    listed: list[tuple[int, str]] = []
    dated: dict[str, Any] = {}  # where the date was read ("at") and a second one that disagrees ("conflict")
    pos = 1 if text.startswith("\ufeff") else 0  # a byte-order mark left in a string is not text
    # The three may come in any order at the top (a headline above the date line is common).
    for _ in range(3):
        before = len(spans)
        # Under the headline, a byline may stand over the date: looked past, it is left to cleaning.
        headlined = any(span.reason == "headline" for span in spans)
        top = _skip_blank_lines(text, pos)
        match = _DATE_TOKEN.match(text, top)
        date = _iso_date(text[match.start(2) : match.end(1)]) if match else None
        if match is None and (written := _WRITTEN_DATE_LINE.match(text, top)) is not None:
            date = given_date(written[2])
            match = written if date is not None else None
        if match and date:
            # A second date line under the first or under front matter's date is metadata too, refused if it disagrees.
            if "date" in fields and date != fields["date"]:
                dated.setdefault("conflict", ((dated["at"], fields["date"]), (match.start(2), match.group(2))))
            fields.setdefault("date", date)
            dated.setdefault("at", match.start(2))
            spans.append(MetadataSpan(match.start(1), match.end(1), "metadata"))
            pos = match.end()
        elif match and "date" not in fields and not unread:
            unread.append((match.start(2), text[match.start(2) : match.end(1)], "date"))
        elif "date" not in fields and not unread and (other := _OTHER_DATE_TOKEN.match(text, top)) is not None:
            unread.append((other.start(1), other.group(1), "date"))
        elif (
            bare := _bare_date(text, top, (default_rules() if rules is None else rules) if headlined else ())
        ) is not None and fields.setdefault("date", bare[2]) == bare[2]:
            # A date alone on its line at the top (``3 March 2026`` under the headline) is the article's, as a page
            # sets it; one that disagrees with a date read already is left to cleaning: a page's update time may be.
            # Removed as cleaning removes a page's timestamp, as it was before its date was read.
            dated.setdefault("at", bare[0])
            spans.append(MetadataSpan(bare[0], bare[1], bare[3]))
            pos = bare[1]
        pos = _read_front_matter(text, pos, fields, spans, unread, repeated, dated, listed)
        found = any(s.reason == "headline" for s in spans)
        rules = default_rules() if rules is None else rules
        # A page's count (Page 1 of 3) at the top, or among the noise over the headline, is metadata, not the headline.
        for start, end in _page_counts(text, pos):
            spans.append(MetadataSpan(start, end, PAGE_COUNT))
            pos = end
        headline = None if found else _headline_span(text, pos, rules)
        if headline is not None:
            start, end = headline
            spans.extend(MetadataSpan(first, last, PAGE_COUNT) for first, last in _page_counts(text, pos, start))
            # A section's label or a wire's name (Politics, Reuters, WORLD NEWS) is set over the headline;
            # above another headline-like line, the headline is the line under it.
            if _label_shaped(text[start:end]) and (below := _headline_span(text, end, rules)) is not None:
                spans.append(MetadataSpan(start, end, "metadata"))
                start, end = below
            fields.setdefault("title", _title_of(text[start:end]))
            spans.append(MetadataSpan(start, end, "headline"))
            pos = end
        if len(spans) == before:
            break
    # A page's count between two pages of a story copied whole is the site's furniture as much as one at the top.
    taken = {span.start for span in spans}
    spans.extend(
        MetadataSpan(start, end, PAGE_COUNT) for start, end in _page_counts_below(text, pos) if start not in taken
    )
    return Metadata(fields, tuple(spans), tuple(unread), tuple(repeated), dated.get("conflict"), tuple(listed))


#: A Markdown (ATX) heading's marks: the hashes and a space before its text, and any hashes closing it.
_HEADING_MARKS = re.compile(r"#{1,6}[ \t]+(?P<text>.*?)(?:[ \t]+#+)?")


#: Markdown's strong emphasis around a whole line (``**Ferry returns**``, ``__Ferry returns__``), as a page converted
#: to Markdown sets a headline that was no heading.
_STRONG_LINE = re.compile(r"(?P<mark>\*\*|__)(?P<text>[^\s*_](?:.*[^\s*_])?)(?P=mark)")


def _title_of(headline: str) -> str:
    """The title a headline line gives: without a Markdown heading's marks, and without the strong emphasis around it
    (``**Ferry returns**`` is titled "Ferry returns"), which the report would show as asterisks."""
    title = _without_heading_marks(headline)
    strong = _STRONG_LINE.fullmatch(title)
    return strong["text"] if strong is not None and strong["mark"] not in strong["text"] else title


def _without_heading_marks(line: str) -> str:
    """A headline line without a Markdown heading's marks (``# Ferry returns`` is titled "Ferry returns"); a hashtag
    (``#BrellFerry``), with no space after its hash, is part of the headline."""
    heading = _HEADING_MARKS.fullmatch(line)
    return heading["text"] if heading is not None and heading["text"] else line


def _read_front_matter(
    text: str,
    pos: int,
    fields: dict[str, str],
    spans: list[MetadataSpan],
    unread: list[tuple[int, str, str]],
    repeated: list[tuple[int, str, tuple[str, ...]]],
    dated: dict[str, Any],
    listed: list[tuple[int, str]],
) -> int:
    """Consume a run of short ``key: value`` lines at ``pos`` when one of them has a known key, or a block of
    them between two ``---`` lines (any keys there); the known keys and their other names are read. A ``---`` line
    that opens no closed block is looked past, for the run of lines under it.

    An unfenced run opens with a known key; a line of another key joins it when the key is in lower case
    (``layout: story``, ``updated: 2021-05-20``) and its value is no sentence (has no final stop), so that a
    label ("Breaking: Ferry returns") or a line of prose ("Update: The ferry is back.") under the front
    matter stays text. Where the date is read goes in ``dated["at"]``; a date that disagrees with one read above
    the block, in ``dated["conflict"]``. A key of a field given a list or nested keys goes in ``listed``, unread.
    """
    start = _skip_blank_lines(text, pos)
    fence = _line_at(text, start).replace(_BOM, "").strip()
    fenced = fence in (_FENCE, _TOML_FENCE)
    block = _fenced_block(text, start, toml=fence == _TOML_FENCE) if fenced else None
    if fenced and block is None:
        # Not a closed block: a separator line, read as noise later, or a block whose closing line was left out,
        # whose lines are read as front matter without fences rather than left in the first sentence.
        fenced = False
        start = _skip_blank_lines(text, _next_line(text, start))
    if block is not None:
        lines = block
    else:
        lines = []
        cursor = start
        while cursor < len(text):
            line_end = _next_line(text, cursor) - 1
            match = _FRONT_MATTER_LINE.fullmatch(text[cursor:line_end])
            if match is None or not _short_value(value := match.group(2), match.group(1)):
                break
            key = match.group(1)
            if _field(key) is None and (not lines or not key.islower() or not value or value[-1] in ".!?"):
                break  # see the docstring
            lines.append((cursor, line_end, key.lower(), value))
            cursor = line_end + 1
        if not lines:
            return pos
    aliased: dict[str, tuple[str, str]] = {}  # the first other name each field is given under, and its value
    renamed: list[tuple[int, str, tuple[str, ...]]] = []  # a field given two other names with different values
    own: set[str] = set()  # the fields given under their own names
    given: dict[str, str] = {}  # the value of each key read, to see one given twice
    days: list[tuple[int, str, str]] = []  # each date read, as (line start, key, day), under any of its names
    source_name = ""  # a source's name (``Source: Quay Post``): the outlet, where none is given under another key
    for index, (line_start, line_end, key, value) in enumerate(lines):
        yaml = fenced and fence == _FENCE
        under = _value_lines(text, (line_start, line_end), lines[index + 1 :]) if yaml and key else []
        if _EMPTY_COLLECTION.fullmatch(value) or _COMMENT_ALONE.match(value):
            # An empty list or mapping, as a tool writes a field it found nothing for, or a comment alone (``date: #
            # none yet``): no value, as null is. A hashtag (``title: #BrellFerry``) has no space after its hash.
            value = ""
        if _field(key) in _RECORD_FIELDS and _holds_many(value, lines[index + 1 : -1] if yaml else [], text, fence):
            listed.append((line_start, key))
            value = ""
        if (header := _block_scalar_header(value) if yaml else None) is not None:
            # The value is on the lines under it: folded into one line (>) or kept as lines (|).
            value = (" " if header["style"] == ">" else "\n").join(under).strip()
        elif yaml and value and under:
            # A long value that YAML wrapped onto the lines under its key (PyYAML's dump wraps at 80 characters).
            value = _yaml_value(" ".join([value, *(line for line in under if line)]))
        elif _field(key) == "id" and _QUOTED_BLANK.fullmatch(value):
            value = value[1:-1]  # white space quoted as the id: refused by loading, as a record's is, not read as none
        else:
            value = (
                _yaml_value(value) if fenced else "" if value in _YAML_NULLS else _unquoted(_uncommented(value, key))
            )
        field = _field(key)
        if field == "source" and value and not source_name and _outlet_name(value):
            source_name = value
        if field == "date" and value:
            if (date := given_date(value)) is None:
                unread.append((max(text.find(value, line_start, line_end), line_start), value, key))
            else:
                days.append((line_start, key, date))
            value = date or ""
            if date and "at" not in dated:
                dated["at"] = line_start
            elif date and "date" in fields and date != fields["date"] and "at" in dated and dated["at"] < start:
                dated.setdefault("conflict", ((dated["at"], fields["date"]), (line_start, date)))
        if field in _RECORD_FIELDS and value and given.setdefault(key, value) != value:  # two authors are fine
            repeated.append((line_start, key, (key,)))
        if value and field == key:
            fields[key] = value
            own.add(key)
        elif value and field is not None:
            first_key, first_value = aliased.setdefault(field, (key, value))
            if first_key != key and first_value != value:  # a date's value is its day already
                renamed.append((line_start, field, (first_key, key)))
        line = text[line_start:line_end]
        if line.strip():  # a blank line inside a fenced block is no span
            first = line_start + len(line) - len(line.lstrip())
            spans.append(MetadataSpan(first, line_start + len(line.rstrip()), "metadata"))
    # Which of two other names to take would be a guess; the field's own name wins over both, as a record's does.
    repeated.extend(found for found in renamed if found[1] not in own)
    # A date is one fact whatever its name: two days, under its own name and another (``date:`` and ``published:``),
    # leave which one the article has to its writer, as two date lines do; of other fields the own name wins.
    if "date" in own and (other := next(((at, key) for at, key, day in days if day != fields["date"]), None)):
        own_at = max(at for at, key, _ in days if key == "date")
        keys = ("date", other[1]) if own_at < other[0] else (other[1], "date")
        repeated.append((max(own_at, other[0]), "date", keys))
    for field, (_, value) in aliased.items():
        fields.setdefault(field, value)
    if source_name:
        # Weaker than the outlet's other names: a wire's story (source: a wire) may be given under its publisher too.
        fields.setdefault("outlet", source_name)
    return min(lines[-1][1] + 1, len(text))


#: A picture agency's name or a word that says a name is one (``Getty Images``, ``Alamy Stock Photo``, ``Reuters
#: Pictures``): a ``Source:`` line over a story that names one credits the picture, not the outlet.
_PICTURE_AGENCY = re.compile(
    r"(?i)\b(?:images?|photos?|photography|pictures?|getty|shutterstock|alamy|istock(?:photo)?|imago|unsplash"
    r"|picture[ -]alliance)\b"
)


def _outlet_name(value: str) -> bool:
    """Whether a ``source`` key's ``value`` names the outlet (``Quay Post``) rather than giving an address or a path
    (``https://quay.example/ferry``, ``quay.example``, ``/archive/ferry.html``), a list (``[Wire, Quay Post]``),
    which name no one outlet, or a picture agency (``Getty Images``), which sold the photo, not the story."""
    if _PICTURE_AGENCY.search(value):
        return False
    return not (_BARE_HOST.fullmatch(value) or "://" in value or value.startswith(("/", "www.", "[", "{")))


#: A YAML flow sequence or mapping as a whole value (``[Quay Post, Tide]``, ``{name: Quay Post}``), perhaps before a
#: comment; ``[Update] Ferry returns`` is a title.
_FLOW_COLLECTION = re.compile(r"(?:\[[^\[\]]*\]|\{[^{}]*\})(?:[ \t]+#.*)?")
#: An empty one (``outlet: []``), which holds no value rather than many.
_EMPTY_COLLECTION = re.compile(r"(?:\[[ \t]*\]|\{[ \t]*\})(?:[ \t]+#.*)?")
#: A value that is a YAML comment alone: a hash before white space or nothing.
_COMMENT_ALONE = re.compile(r"#(?:[ \t]|\Z)")


def _holds_many(value: str, following: list[tuple[int, int, str, str]], text: str, fence: str) -> bool:
    """Whether the raw ``value`` of a front matter line is a list or nested keys rather than one value: a flow
    sequence or mapping (``[Quay Post, Tide]``; in a TOML block any array or table, which may go on over lines),
    or, empty, a YAML block's ``- item`` lines or indented lines under it (``following``, its block's lines after it).
    """
    if fence == _TOML_FENCE:
        return value.startswith(("[", "{"))
    if _FLOW_COLLECTION.fullmatch(value):
        return True
    if value:
        return False
    for line_start, line_end, key, _ in following:
        line = text[line_start:line_end].strip()
        if key:
            return False
        if line and not line.startswith("#"):
            return True  # a list's item or a nested key: a key's own value is on its own line
    return False


def _field(key: str) -> str | None:
    """The metadata field a front matter key gives (``published`` gives the date), or None for other keys."""
    key = key.lower().replace("-", "_")
    return key if key in _FRONT_MATTER_KEYS else _alias_field(key)


#: A line of a fenced block: a YAML key (digits, dots, underscores allowed: ``og_image2``) and its value.
_FENCED_KEY_LINE = re.compile(r"[ \t\ufeff]*([A-Za-z_][\w.-]{0,39})[ \t]*:[ \t]*((?:.*[^ \t\n])?)[ \t]*")
#: A line of a TOML block: ``key = value``.
_TOML_KEY_LINE = re.compile(r"[ \t\ufeff]*([A-Za-z_][\w.-]{0,39})[ \t]*=[ \t]*((?:.*[^ \t\n])?)[ \t]*")
#: How far a closing ``---`` is looked for: front matter is a page's head, not its body.
_FENCED_MAX_LINES = 60


def _fenced_block(text: str, start: int, *, toml: bool = False) -> list[tuple[int, int, str, str]] | None:
    """The lines of a YAML-style block opened by the ``---`` line at ``start`` (TOML's by ``+++``), as (start, end,
    key, value) with the fences and lines that are not ``key: value`` given key ``""``; None when it is not one.

    Top-level ``key: value`` lines are read; YAML's ``-`` list lines, comments and blank lines are taken in too, and
    the lines indented under a key whatever they hold (a nested key, a list, a block scalar's or a wrapped value's
    lines), as its value's. A block with more than short ``key: value`` lines (long values, lists, comments, nested
    lines) needs a known key to be front matter, so that prose between two separators stays prose. A TOML block
    (``toml``, Hugo's) has ``key = value`` lines; the lines of an array over several lines, and of a table from its
    ``[name]`` on, are taken in but not read (a table's keys are not the page's).
    """
    lines = [(start, _next_line(text, start) - 1, "", "")]
    cursor = lines[0][1] + 1
    plain, known, table = True, False, False
    keys_indent: int | None = None  # how far YAML's top-level keys are indented: the first key's indentation
    for _ in range(_FENCED_MAX_LINES):
        if cursor >= len(text):
            return None
        line_end = _next_line(text, cursor) - 1
        line = text[cursor:line_end]
        if not toml and keys_indent is not None and line.strip() and _indent(line) > keys_indent:
            # A line under a key: a nested key (an author's url is not the page's), a list's item, a block scalar's line
            # or the next line of a long value that YAML wrapped. It is part of the key's value, whatever it holds: a
            # `---` there is a line of a block scalar's text, not the closing fence, which stands where the keys do.
            plain = False
            lines.append((cursor, line_end, "", ""))
            cursor = line_end + 1
            continue
        if line.replace(_BOM, "").strip() in ((_TOML_FENCE,) if toml else (_FENCE, _DOCUMENT_END)):
            lines.append((cursor, line_end, "", ""))
            break
        match = (_TOML_KEY_LINE if toml else _FENCED_KEY_LINE).fullmatch(line)
        if match is not None and keys_indent is None:
            keys_indent = _indent(line)
        table = table or (toml and line.lstrip().startswith("["))
        if match is not None and not table:
            key, value = match.group(1).lower(), match.group(2)
            known = known or _field(key) is not None
            plain = plain and _short_value(value, key) and (toml or _FRONT_MATTER_LINE.fullmatch(line) is not None)
            lines.append((cursor, line_end, key, value))
        elif table or not line.strip() or line.lstrip().startswith(("[", "]", '"', "'", "#") if toml else ("-", "#")):
            plain = False
            lines.append((cursor, line_end, "", ""))
        else:
            return None
        cursor = line_end + 1
    else:
        return None
    return lines if plain or known else None


#: A YAML block scalar's header (``title: >-``): its value is on the indented lines under it, folded into one line
#: (``>``) or kept as lines (``|``), with how to treat its final line break and its indentation.
_BLOCK_SCALAR = re.compile(r"(?P<style>[|>])(?:[+-]?[1-9]?|[1-9][+-])")


def _block_scalar_header(value: str) -> re.Match[str] | None:
    """The block scalar header that the raw value ``value`` of a ``---`` block's line is, perhaps before a comment
    (``title: >-  # folded``); None for any other value, a quoted ``"|"`` too."""
    match = _YAML_VALUE.fullmatch(value)
    return None if match is None or match["plain"] is None else _BLOCK_SCALAR.fullmatch(match["plain"])


def _indent(line: str) -> int:
    """How many spaces and tabs ``line`` opens with."""
    return len(line) - len(line.lstrip(" \t"))


def _value_lines(text: str, key_line: tuple[int, int], following: list[tuple[int, int, str, str]]) -> list[str]:
    """The lines of ``following`` (a block's lines after the key's line ``key_line``) that hold the key's value: those
    indented deeper than the key, and blank ones between them, stripped, up to the next key or the closing fence."""
    indent = _indent(text[key_line[0] : key_line[1]])
    content: list[str] = []
    for line_start, line_end, key, _ in following:
        line = text[line_start:line_end]
        if key or (line.strip() and _indent(line) <= indent):
            break
        content.append(line.strip())
    while content and not content[-1]:
        content.pop()
    return content


#: A YAML comment after a value: a ``#`` after white space, to the line's end.
_TRAILING_COMMENT = re.compile(r"[ \t]+#.*")


def _uncommented(value: str, key: str) -> str:
    """The value of an unfenced front matter line without a comment after it (``date: 2026-03-04  # local time``),
    when its key gives the date or the url, which hold no ``#`` after a space; a title or an outlet may (``Ferry back
    #BrellFerry``), and is kept whole outside a fenced block, where YAML's reading is not promised."""
    if _field(key) not in ("date", "url"):
        return value
    return _TRAILING_COMMENT.sub("", value, count=1)


def _unquoted(value: str) -> str:
    """A YAML-style value without the quotes around it (``title: "Ferry returns: the full story"``)."""
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
        return value[1:-1].strip()
    return value


#: A YAML value: quoted (a quote inside doubled, or escaped in double quotes), or plain up to a comment.
_YAML_VALUE = re.compile(
    r"""(?:"(?P<double>(?:[^"\\]|\\.)*)"|'(?P<single>(?:[^']|'')*)'|(?P<plain>.*?))[ \t]*(?:[ \t]#.*)?"""
)


#: An escape in a double-quoted YAML value: PyYAML's ``yaml.dump`` writes every character outside ASCII so
#: (``"Ferry\u2019s return to Caf\xE9"``).
_YAML_ESCAPE = re.compile(r"\\(?:x(?P<x>[0-9A-Fa-f]{2})|u(?P<u>[0-9A-Fa-f]{4})|U(?P<U>[0-9A-Fa-f]{8})|(?P<char>.))")
#: The character each one-letter escape of YAML stands for (a letter not here stands for itself, as ``\"`` does).
_YAML_ESCAPES = {"0": "\0", "a": "\a", "b": "\b", "t": "\t", "n": "\n", "v": "\v", "f": "\f", "r": "\r", "e": "\x1b",
                 "N": "\x85", "_": "\xa0", "L": "\u2028", "P": "\u2029"}  # fmt: skip


def _unescaped(escape: re.Match[str]) -> str:
    """The character a YAML escape stands for; a code point that is none (past U+10FFFF) stays as written."""
    code = escape["x"] or escape["u"] or escape["U"]
    if code is None:
        return _YAML_ESCAPES.get(escape["char"], escape["char"])
    return chr(int(code, 16)) if int(code, 16) <= 0x10FFFF else escape[0]


#: A quoted value of white space alone (``id: " "``): an empty one (``""``) is no value, as null is.
_QUOTED_BLANK = re.compile(r"""(["'])[ \t]+\1""")
#: YAML's words for no value: a field given so (``date: null``, ``title: ~``) is not given, as a record's null is not.
_YAML_NULLS = ("~", "null", "Null", "NULL")


#: A value in single quotes whose apostrophes inside are a word's (``'Ferry's back'``), not doubled as YAML has them.
_APOSTROPHES_IN_SINGLE_QUOTES = re.compile(r"'[^']*(?:(?<=[^\W_])'(?=[^\W_])[^']*)+'")


def _yaml_value(value: str) -> str:
    """A value of a ``---`` block as YAML reads it: a comment after it (``outlet: Quay Post  # the paper``) left
    out, the quotes around it (``title: "Ferry returns: the full story"``), and empty for YAML's null (``~``)."""
    match = _YAML_VALUE.fullmatch(value)
    if match is None:  # text after a closing quote that is no comment: not YAML's quoting, so kept as given
        return value
    if match["double"] is not None:
        return _YAML_ESCAPE.sub(_unescaped, match["double"]).strip()
    if match["single"] is not None:
        return match["single"].replace("''", "'").strip()
    if _APOSTROPHES_IN_SINGLE_QUOTES.fullmatch(match["plain"]):
        return match["plain"][1:-1].strip()  # YAML would want the apostrophes doubled; what its writer meant is plain
    return "" if match["plain"] in _YAML_NULLS else match["plain"]


def _line_at(text: str, pos: int) -> str:
    return text[pos : _next_line(text, pos) - 1]


def _next_line(text: str, pos: int) -> int:
    """Where the line after the one at ``pos`` starts (one past the end of the text on the last line)."""
    end = text.find("\n", pos)
    return len(text) + 1 if end < 0 else end + 1


def _short_value(value: str, key: str = "") -> bool:
    """Whether ``value``, given the front matter key ``key``, is a value rather than prose: a short phrase with no
    sentence inside. A title (``title:``, ``headline:``) may run longer than any headline: a site's title of 200
    characters was left in the first sentence, ``title:`` and all, and the article went untitled."""
    long_allowed = _field(key) == "title"
    return (long_allowed or len(value) <= _FRONT_MATTER_MAX_CHARS) and not _has_sentence_inside(value)


@dataclass(frozen=True)
class _Abbreviations:
    """The abbreviations and titles of the shipped Punkt parameters, with the case each counts in, as the sentence
    splitter (segment.py) reads them from the same file."""

    #: Abbreviations in any case (``gov``, ``mt``, ``vs``), and titles and ranks (``sen``, ``fr``).
    any_case: frozenset[str]
    #: Abbreviations that are also words (``ill``, ``mass``, German ``hr``): abbreviations only when capitalised.
    capitalised: frozenset[str]
    #: Abbreviations that are others in capitals (French ``Pr.``, not ``PR.``): only in title case.
    titlecase: frozenset[str]
    #: Titles before a name (``Mr.``, ``Gov.``): capitalised, they end no sentence, whatever word follows.
    titles: frozenset[str]
    #: Titles only in title case (German ``Hr.``, ``Hrn.``, not ``HR.``).
    titlecase_titles: frozenset[str]
    #: Words that often open a sentence (``The``, ``He``): after an abbreviation that is no title, a sentence ends.
    starters: frozenset[str]


@lru_cache(maxsize=1)
def _abbreviations() -> _Abbreviations:
    """The shipped Punkt parameters' abbreviations, titles and sentence starters, as the sentence splitter takes
    them."""
    data = punkt_data()  # the file segment.py builds Punkt from, read without importing it (and NLTK)
    return _Abbreviations(
        any_case=frozenset(data["abbrev_types"]) | frozenset(data["title_types"]),
        capitalised=frozenset(data["capitalised_abbrev_types"]),
        titlecase=frozenset(data["titlecase_abbrev_types"]),
        titles=frozenset(data["title_types"]),
        titlecase_titles=frozenset(data["titlecase_title_types"]),
        starters=frozenset(data["sent_starters"]),
    )


#: A German doctor's faculties, which stand between the title and the name (``Dr. med. Anna Vogt``, ``Dr. rer. nat.``,
#: ``Dr. med. dent.``): after ``Dr.``, their period ends no sentence. The sentence splitter knows them too (segment.py).
DOCTORS_FACULTIES = frozenset(
    {
        "med",
        "dent",
        "vet",
        "phil",
        "jur",
        "iur",
        "rer",
        "nat",
        "pol",
        "oec",
        "soc",
        "theol",
        "techn",
        "sc",
        "habil",
        "mult",
    }
)
#: ``Dr.`` and the faculties after it, at the end of what stands before a faculty's period.
_DOCTOR_BEFORE = re.compile(rf"\bDr\.(?:\s*(?:{'|'.join(sorted(DOCTORS_FACULTIES))})\.)*\s*\Z")


def _has_sentence_inside(line: str) -> bool:
    """Whether a sentence ends inside ``line``, as the sentence splitter reads it: a period after an abbreviation
    (``Mt. Ardo``, ``Ill. Gov. Pell``, ``Pr. Lemaire``, ``Hr. Krause``, ``Dr. med. Vogt``) is no such end, unless a
    word that often opens a sentence follows one that is no title (``They attended Mass. The bishop spoke``)."""
    known = _abbreviations()
    for found in _SENTENCE_INSIDE.finditer(line):
        word, lower = found["word"], found["word"].lower()
        if found["mark"] != ".":
            return True
        if word in DOCTORS_FACULTIES and _DOCTOR_BEFORE.search(line, 0, found.start()):
            continue
        if (word[0].isupper() and lower in known.titles) or (word.istitle() and lower in known.titlecase_titles):
            continue
        abbreviation = (
            (lower in known.any_case and (lower not in known.capitalised or word[0].isupper()))
            or (word[0].isupper() and lower in known.capitalised)
            or (word.istitle() and lower in known.titlecase)
        )
        if not abbreviation or found["next"].lower() in known.starters:
            return True
    return False


#: An ISO 8601 date, with a time and an offset after it if there are (``2024-02-10T09:30:00.5+02:00``); a space for
#: the ``T`` too, as Python's ``str()`` of a datetime gives it, and before the offset or a zone's abbreviation, as
#: Ruby's gives it, Jekyll's front matter has it and sites write it (``2024-02-10 09:30:00 -0500``, ``09:30 UTC``,
#: ``09:30 CET``, ``09:30 GMT+1``); and the zone's name in brackets after the offset, as Java's ``ZonedDateTime``
#: and RFC 9557 write it (``2024-02-10T09:30:00+01:00[Europe/Berlin]``); and a comma before the time, as a site's
#: byline writes it (``2024-02-10, 09:30``), as a date with its month in words may have one.
_ISO_DATE_TIME = re.compile(
    r"(?P<date>\d{4}-\d{2}-\d{2})(?:(?:[Tt ]|,[ \t]*)"
    r"(?P<hour>\d{2})(?::?(?P<minute>\d{2})(?::?(?P<second>\d{2})(?:[.,]\d+)?)?)?"
    r"(?: ?(?:[Zz]|[+-](?P<offset_hour>\d{2})(?::?(?P<offset_minute>\d{2}))?)| [A-Z]{2,5}(?:[+-]\d{1,2}"
    r"(?::?\d{2})?)?)?(?:\[[A-Za-z][\w/+-]*\])?"
    # A time on the 12-hour clock, as a site writes it after the date: 9:30 a.m., 10 PM EST.
    r"|(?: |,[ \t]*)(?P<hour12>\d{1,2})(?::(?P<minute12>\d{2})(?::(?P<second12>\d{2}))?)? ?(?:[AaPp]\.?[Mm]\.?)"
    r"(?: ?(?:[Zz]|[+-](?P<offset_hour12>\d{2})(?::?(?P<offset_minute12>\d{2}))?)| [A-Z]{2,5}(?:[+-]\d{1,2}"
    r"(?::?\d{2})?)?)?)?"
)
#: The largest value of each part of an ISO time (a leap second is 60), and of a time on the 12-hour clock.
_TIME_LIMITS = {
    **{"hour": 23, "minute": 59, "second": 60, "offset_hour": 23, "offset_minute": 59},
    **{"hour12": 12, "minute12": 59, "second12": 60, "offset_hour12": 23, "offset_minute12": 59},
}


def _iso_date(value: str) -> str | None:
    """``YYYY-MM-DD`` when ``value`` is a real ISO date or date-time (which gives its date), else None: text after
    it (``2024-02-10garbage``) or a time that is none (``T25:00``) may hide another date, so it is not read."""
    match = _ISO_DATE_TIME.fullmatch(value)
    if match is None or any(int(match[part] or 0) > limit for part, limit in _TIME_LIMITS.items()):
        return None
    try:
        return datetime.date.fromisoformat(match["date"]).isoformat()
    except ValueError:
        return None


_MONTH_NAMES = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
                "november", "december")  # fmt: skip
#: A day of the week before a date, written out or cut short (``Tue``, ``Tues.``, ``Thurs``): only these, so that
#: another word before a date (``Hello 3 March 2026``, a place's name) does not make the line a date.
_WEEKDAY = (
    r"(?i:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues?|wed|thu(?:rs?)?|fri|sat|sun"
    # French, German, Spanish, Italian, Portuguese and Dutch, whose pages write the day before the month.
    r"|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche"
    r"|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonnabend|sonntag"
    r"|lunes|martes|mi[eé]rcoles|jueves|viernes|s[aá]bado|domingo"
    r"|luned[iì]|marted[iì]|mercoled[iì]|gioved[iì]|venerd[iì]|sabato|domenica"
    r"|segunda-feira|ter[cç]a-feira|quarta-feira|quinta-feira|sexta-feira"
    r"|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)\.?"
)
#: The label a page sets before its date (``Published 3 March 2026``, ``Last updated: March 3, 2026``, ``Publié le
#: 3 March 2026``), looked past as the date's own: the date is the article's (one that disagrees with another read
#: already is left to cleaning).
_DATE_LABELS = (
    r"(?i:published|last[ \t]+updated|updated|posted|veröffentlicht|aktualisiert|publié|mis[ \t]+à[ \t]+jour"
    r"|publicado|actualizado|atualizado|pubblicato|aggiornato|gepubliceerd|bijgewerkt)"
)
_DATE_LABEL = re.compile(rf"{_DATE_LABELS}(?:[ \t]+(?i:on|am|le|el|em|il|op))?[ \t]*:?[ \t]+")
_WRITTEN_DATE = re.compile(
    rf"(?:{_WEEKDAY},?\s+)?"  # a weekday
    # The day may be an ordinal (5th), or have a stop as German and Scandinavian pages write it (5. November), and a
    # comma may follow the month after it (5 November, 2026); day, month and year may be joined by hyphens or slashes,
    # as feeds, databases and logs write them (05-Nov-2026, 05/Nov/2026).
    # In French, German, Spanish, Italian, Portuguese and Dutch the day comes first, as an ordinal too (1er, 1º), and
    # Spanish and Portuguese set "de" between day, month and year (3 de marzo de 2026).
    r"(?:(?P<month>[A-Za-z]{3,9})\.?\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?,?"
    r"|(?P<day2>\d{1,2})(?:st|nd|rd|th|er|\.?[ºª]|\.)?\s+(?:(?i:de)\s+)?(?P<month2>[^\W\d_]{3,10})\.?,?(?:\s+(?i:de))?"
    r"|(?P<day3>\d{1,2})(?P<mark>[-/])(?P<month3>[^\W\d_]{3,10})(?P=mark))"
    r"(?:\s+|(?<=[-/]))(?P<year>\d{4})"
    # A time after it ("2021 10:00", "2021, 10:00 AM EDT", "2021 at 9 a.m.", "2021 | 10.30"), or a page's update after
    # it ("2021 Updated 10:02"), with whatever follows them; not words ("2021 will be remembered" is a sentence).
    r"(?:(?:,?\s+|,|T|\s*[|/·•–—-]\s*)(?:(?:(?i:at|à|um|a[ \t]+las|alle|às|om)\s+)?"
    r"\d{1,2}(?:[:.h]\d{2}|\s*[AaPp]\.?[Mm]\b)"
    rf"|{_DATE_LABELS}\b).*)?"
)


#: Months in French, German, Spanish, Italian, Portuguese and Dutch, written out or cut short as their pages cut them
#: (``févr.``, ``Okt.``, ``dic.``), with their accents and without; read only before the year with the day before
#: them, as these languages write a date, so that a misspelt English month (``Mayo 14, 2026``) is not taken for one.
_MONTHS_ELSEWHERE = {
    word: number
    for number, words in enumerate(
        (
            "janvier janv jänner januar enero gennaio gen janeiro januari",
            "février fevrier févr fevr fév fev februar febrero febbraio fevereiro februari",
            "mars märz märz maerz mär marzo março marco maart mrt",
            "avril avr abril aprile",
            "mai mayo maggio mag maio mei",
            "juin juni junio giugno giu junho",
            "juillet juil juli julio luglio lug julho",
            "août aout agosto ago augustus",
            "septembre septiembre setiembre settembre set setembro",
            "octobre oktober okt octubre ottobre ott outubro out",
            "novembre noviembre novembro",
            "décembre decembre déc dezember dez diciembre dic dicembre dezembro",
        ),
        1,
    )
    for word in words.split()
}


def _month(word: str, *, day_first: bool = False) -> int:
    """The number of a month written out or cut to three letters (``Sept`` too), else 0; and, with ``day_first``, of
    a month in another language (``mars``, ``März``, ``marzo``) as :data:`_MONTHS_ELSEWHERE` has it."""
    word = word.lower()
    english = next(
        (n for n, name in enumerate(_MONTH_NAMES, 1) if word in (name, name[:3]) or word == "sept" == name[:4]), 0
    )
    return english or (_MONTHS_ELSEWHERE.get(word, 0) if day_first else 0)


#: Invisible marks a scraped date may hold, which say nothing of it: direction marks and embeddings (as a page in Hebrew
#: or Arabic sets around a date in digits), a zero-width space or joiner, a byte-order mark.
_INVISIBLE_IN_DATE = re.compile(f"[{ZERO_WIDTH}{JOINERS}{DIRECTION_MARKS}]")
#: Spaces other than the plain one (a no-break space between a date and its time, a thin space before its zone).
_OTHER_SPACE = re.compile("[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]")


def _plain_date(value: str) -> str:
    """``value``, a date as given, stripped, without invisible marks and with plain spaces for others."""
    return _OTHER_SPACE.sub(" ", _INVISIBLE_IN_DATE.sub("", value)).strip()


def given_date(value: str) -> str | None:
    """``YYYY-MM-DD`` from a date as records and feeds give it, else None.

    Read: ISO dates and timestamps (``2021-05-19 10:00:00 -0500``, ``2021-05-19 10:00 CET``, ``2021-05-19, 10:00`` and
    ``2021-05-19 10:00 a.m.`` too, as Ruby, Jekyll and sites write them, and ``2021-05-19T10:00+02:00[Europe/Berlin]``
    as Java does), and dates with the month written out in English, day and year in digits, with or without a weekday
    and a time after (``May 19, 2021``, ``19 May 2021``, ``Wed, 19 May 2021 10:00:00 GMT`` as RSS has it), the day as
    an ordinal too (``May 19th, 2021``) or with a stop (``19. May 2021``), and joined by hyphens (``19-May-2021``);
    and the day before a month in French, German, Spanish, Italian, Portuguese or Dutch, as those languages write it
    (``19 mai 2021``, ``Mittwoch, 19. Mai 2021``, ``19 de mayo de 2021``, ``19 maggio 2021``).
    A page's label before either is looked past (``Published``, ``Updated``, ``Posted``, ``Last updated``,
    ``Veröffentlicht``, ``Publié le``, ``Publicado``, ``Pubblicato il`` and others, with or without a colon); another
    word before it is no weekday,
    and the value is not read. Invisible marks in it (a direction mark, a zero-width space) are looked past,
    and a no-break space is a space. Dates in digits with the year last (``05/06/2021``) are ambiguous and not read,
    even one that only one day fits (``25/06/2021``), so that a site's dates are read all or none.
    """
    value = _plain_date(value)
    if (label := _DATE_LABEL.match(value)) is not None:
        value = value[label.end() :]
    iso = _iso_date(value)
    match = _WRITTEN_DATE.fullmatch(value) if iso is None else None
    if match is None:
        return iso
    try:
        date = datetime.date(
            int(match["year"]),
            _month(match["month"]) if match["month"] else _month(match["month2"] or match["month3"], day_first=True),
            int(match["day"] or match["day2"] or match["day3"]),
        )
    except ValueError:
        return None
    return date.isoformat()


def _skip_blank_lines(text: str, pos: int) -> int:
    while pos < len(text):
        line_end = text.find("\n", pos)
        line_end = len(text) if line_end < 0 else line_end
        if text[pos:line_end].strip():
            return pos
        pos = line_end + 1
    return pos


#: A character other than white space.
_VISIBLE = re.compile(r"\S")
#: A letter, in any script.
_LETTER = re.compile(r"[^\W\d_]")


def _headline_span(text: str, pos: int, rules: Sequence[NoiseRule]) -> tuple[int, int] | None:
    """The first line after ``pos`` that is not noise, when it is short, unpunctuated and followed by more text.

    The first line itself is the headline even when a rule takes it as noise for its form alone (see
    :func:`_headline_in_noise_form`).
    """
    start = _skip_blank_lines(text, pos)
    first = True
    # However many there are (a page's top: skip links, bylines, share buttons, a gallery's widgets), noise
    # lines are looked past: stopping at some count would take the next noise line for the headline. The last
    # line is never a headline (no text follows it), so it is not run through the rules: on an article that is
    # all one line, of megabytes, that check would be nearly all the cost of loading it. A line without a letter (an
    # emoji, a year, a page's number: "🚢", "2026", "— 2 —") is no headline and no noise either: it is looked past
    # too, and the line under it is still the first line of words, for a headline in capitals.
    while (line_end := text.find("\n", start)) >= 0:
        if _LETTER.search(text, start, line_end) is not None and not _is_page_count(text, start, line_end):
            if not is_noise_line(text[start:line_end], rules):
                break
            if first and _headline_in_noise_form(text, start, line_end, rules):
                break
            first = False
        start = _skip_blank_lines(text, line_end + 1)
    if line_end < 0:
        return None
    raw = text[start:line_end]
    lead = len(raw) - len(raw.lstrip().lstrip(_BOM).lstrip())  # a joined file's byte-order mark is no part of it
    line = raw[lead:].strip()
    if not _VISIBLE.search(text, line_end):  # searched, not sliced: no copy of the text
        return None
    if not _headline_shaped(line) and not _question_headline(text, line, line_end):
        return None
    if _wrapped(text, line, line_end):
        return None
    return start + lead, start + lead + len(line)


def _metadata_line(line: str) -> bool:
    """Whether ``line`` (stripped) gives a field as metadata does (``date 2024-02-10``, ``outlet: Quay Post``), as a
    line of small letters under a headline may."""
    key = _FRONT_MATTER_LINE.fullmatch(line)
    return (key is not None and _field(key.group(1)) is not None) or any(
        form.match(line) is not None for form in (_DATE_TOKEN, _WRITTEN_DATE_LINE, _OTHER_DATE_TOKEN)
    )


#: How many lines under a first line are looked at to tell the width a text is wrapped at.
_WRAP_LOOK = 20
#: The narrowest width a text is taken to be wrapped at: under a short headline, a short line of small letters (``by
#: Ona Vask``) is no wrapped paragraph's.
_WRAP_MIN_WIDTH = 40


def _wrapped(text: str, line: str, line_end: int) -> bool:
    """Whether ``line``, ending at ``line_end`` in ``text``, is the first of a paragraph's lines broken at a width (a
    hard-wrapped text's), not a headline over it: the line under it goes on with its sentence (opens with a small
    letter), and that line's first word would not have fit on ``line`` within the width of the paragraph's longest
    line (see :data:`_WRAP_MIN_WIDTH`). Taken for the headline, the first words of such a text left its first
    sentence."""
    below: list[str] = []
    pos = line_end + 1
    while len(below) < _WRAP_LOOK and pos <= len(text):
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        if not (next_line := text[pos:end].strip()):
            break
        below.append(next_line)
        pos = end + 1
    if not below:
        return False
    first_word = below[0].split()[0]
    letter = _LETTER.search(first_word)
    if letter is None or not letter.group().islower() or _metadata_line(below[0]):
        return False
    width = max(len(line), *map(len, below))
    return width >= _WRAP_MIN_WIDTH and len(line) + 1 + len(first_word) > width


#: The most words of a headline that asks a question ("Will the talks resume?").
_QUESTION_HEADLINE_MAX_WORDS = 15
#: A line's end and a blank line under it.
_PARAGRAPH_END = re.compile(r"[ \t]*\n[ \t]*\n")
#: A short line standing alone between blank lines and ending in a question mark: one of a Q&A's questions.
_LONE_QUESTION = re.compile(r"\n[ \t]*\n[ \t]*[^\s?][^\n?]{0,158}\?[ \t]*\n[ \t]*\n")
#: The same in a text whose paragraphs are lines: a short line ending in a question mark, with a line under it.
_LONE_QUESTION_LINE = re.compile(r"\n[ \t]*[^\s?][^\n?]{0,158}\?[ \t]*\n")
#: A blank line, which sets paragraphs apart.
_BLANK_LINE = re.compile(r"\n[ \t]*\n")


def _question_headline(text: str, line: str, line_end: int) -> bool:
    """Whether ``line``, the first line of words, ending at ``line_end`` in ``text``, is a headline asking a question.

    A headline may end in a question mark, where a sentence's own question mark says a line is the text's first
    sentence. It is taken for one when it is short, opens with a capital, stands alone over a blank line (a question
    that opens the story runs on in its paragraph or its line), or over a line in a text whose paragraphs are lines
    (see :func:`_paragraph_of_its_own`) or over its paragraph in title case (``Will the Ferry Sail Again?``, as no
    sentence is written), and no later paragraph is such a question alone (an explainer's questions,
    the first of them no headline). Only ``?``: a Chinese or Arabic question mark ends a
    paragraph that has no spaces to count its words by, or a script without capitals to tell a headline by.
    """
    if not line.endswith("?") or line.endswith("??") or len(line.split()) > _QUESTION_HEADLINE_MAX_WORDS:
        return False
    first_letter = _LETTER.search(line)
    if first_letter is None or not first_letter.group().isupper():
        return False
    lone = _LONE_QUESTION
    if not _PARAGRAPH_END.match(text, line_end):
        if _paragraph_of_its_own(text, line, line_end):
            lone = _LONE_QUESTION_LINE
        elif not _title_cased(line):
            return False
    return _headline_shaped(line[:-1]) and lone.search(text, line_end) is None


#: Short words a headline in title case leaves in small letters between its capitalised ones.
_TITLE_SMALL_WORDS = frozenset(
    ("a", "an", "and", "as", "at", "but", "by", "for", "from", "in", "into", "of", "on", "or", "over", "the", "to")
)
#: The fewest words of a question in title case: fewer, and its capitals may be names'.
_TITLE_MIN_WORDS = 3


def _title_cased(line: str) -> bool:
    """Whether ``line`` is written in title case (``Will the Ferry Sail Again?``), as headlines are and sentences are
    not: each of its words capitalised but for short ones (``the``, ``of``), and three words or more."""
    words = [word for word in line.split() if _LETTER.search(word)]
    if len(words) < _TITLE_MIN_WORDS:
        return False
    for word in words:
        letter = _LETTER.search(word)
        if letter is not None and not letter.group().isupper() and word.lower() not in _TITLE_SMALL_WORDS:
            return False
    return True


def _paragraph_of_its_own(text: str, line: str, line_end: int) -> bool:
    """Whether ``line``, ending at ``line_end`` in ``text`` over another line, is a paragraph of its own: the text
    sets its paragraphs apart by line breaks alone (it holds no blank line after ``line``), the line under opens a
    sentence, and its first word would have fit on ``line``, so the break is no wrapping of a paragraph's lines."""
    if _BLANK_LINE.search(text, line_end) is not None:
        return False  # paragraphs set apart by blank lines: a line break inside one is part of it
    below = _line_at(text, line_end + 1).strip()
    first_letter = _LETTER.search(below)
    if first_letter is None or not first_letter.group().isupper():
        return False  # a question's attribution (asked the mayor), or no words
    return len(line) + 1 + len(below.split()[0]) <= len(below)


#: A page's count in a story split over pages (``Page 1 of 3``, ``Page 2/3``, ``(Page 1)``, ``Seite 1 von 3``,
#: ``Página 1 de 3``), and the links between its pages (``Next page``, ``« Previous | Page 2 of 3 | Next »``,
#: ``Continued from page 1``), as a site sets them above the story and a copy of its text keeps them: furniture, never
#: the headline. A line of them names a page (``Next`` alone may be a headline's word).
_PAGE_PART = (
    r"(?:page|pg\.?|seite|p[aá]gina)\s*\d{1,4}(?:\s*(?:/|of|von|de|di|sur)\s*\d{1,4})?"
    r"|(?:part|teil|parte|partie)\s*\d{1,4}\s*(?:/|of|von|de|di|sur)\s*\d{1,4}"
    r"|(?:next|previous|prev)(?:\s+page)?"
    r"|continued\s+(?:from|on)\s+(?:the\s+)?(?:page\s*\d{1,4}|next\s+page|previous\s+page)"
)
#: The reason of a page's count (``Page 1 of 3``) and the links between a story's pages: the site's furniture, not
#: the article's metadata, so removed even where the metadata is kept.
PAGE_COUNT = "page-count"
_PAGE_COUNT = re.compile(
    rf"(?i)[\s(\[«‹<|·•»›>\])–—-]*(?:{_PAGE_PART})(?:[\s(\[«‹<|·•»›>\])–—-]+(?:{_PAGE_PART}))*[\s(\[«‹<|·•»›>\])–—-]*"
)
_PAGE_WORD = re.compile(r"(?i)\b(?:page|pg|seite|p[aá]gina|part|teil|parte|partie)\b")
#: What sets a page's count apart from the site's name beside it on one line (``Page 1 of 3 | Quay Post``).
_PAGE_BAR = re.compile(r"\s+[|·•]\s+")
#: The longest line looked at as a page's count: a line of prose is never run through the pattern.
_PAGE_COUNT_MAX_CHARS = 60


def _is_page_count(text: str, start: int, end: int) -> bool:
    """Whether the line ``text[start:end]`` is a page's count (``Page 1 of 3``), or a part's in a series (``Part 1 of
    3``), perhaps with the site's or the series' name beside it after a bar (``Page 1 of 3 | Quay Post``), as a page's
    title sets it: furniture, never the headline."""
    if end - start > _PAGE_COUNT_MAX_CHARS:
        return False
    if _PAGE_COUNT.fullmatch(text, start, end) is not None and _PAGE_WORD.search(text, start, end) is not None:
        return True
    parts = _PAGE_BAR.split(text[start:end].strip())
    return len(parts) > 1 and any(_PAGE_COUNT.fullmatch(part) and _PAGE_WORD.search(part) for part in parts)


def _page_counts(text: str, pos: int, end: int | None = None) -> list[tuple[int, int]]:
    """The page-count lines after ``pos``, as (start, end) without the white space around them: those before ``end``,
    or, without one, those at the top, before the first other line that is not blank."""
    found = []
    pos = _skip_blank_lines(text, pos)
    while pos < (len(text) if end is None else end):
        line_end = _next_line(text, pos) - 1
        if _is_page_count(text, pos, line_end):
            line = text[pos:line_end]
            first = pos + len(line) - len(line.lstrip())
            found.append((first, pos + len(line.rstrip())))
        elif end is None:
            break
        pos = _skip_blank_lines(text, line_end + 1)
    return found


#: What ends a sentence, in the scripts whose stops :data:`_FINAL_PUNCTUATION` names.
_SENTENCE_END = ".!?…。．！？｡؟۔।"


def _page_counts_below(text: str, pos: int) -> list[tuple[int, int]]:
    """The page-count lines after ``pos`` that stand as lines of their own (``Page 2 of 3`` and ``Next page`` between
    the paragraphs of a story copied from its pages), as (start, end) without the white space around them.

    A line after a line that ends mid-sentence is part of that sentence, as hard-wrapped text breaks one (``the table
    on`` / ``page 3``): it is left as text. The text is searched for the words of a count, not split into lines, so
    that an article of megabytes costs one pass.
    """
    found: list[tuple[int, int]] = []
    if pos and text[pos - 1] != "\n":
        pos = _next_line(text, pos)
    while (word := _PAGE_WORD.search(text, pos)) is not None:
        start = text.rfind("\n", pos, word.start()) + 1 or pos
        end = _next_line(text, word.start()) - 1
        pos = end + 1
        if not _is_page_count(text, start, end):
            continue
        above = text.rfind("\n", 0, max(start - 1, 0)) + 1  # the line above, when there is one
        line_above = text[above : start - 1].rstrip() if start else ""
        ends_sentence = not line_above or line_above[-1] in _SENTENCE_END + _CLOSERS
        if not ends_sentence and not (found and found[-1][1] >= above):  # under another count, it stands alone too
            continue
        line = text[start:end]
        first = start + len(line) - len(line.lstrip())
        found.append((first, start + len(line.rstrip())))
    return found


#: The most words a section's label set in capitals has (WORLD NEWS, US POLITICS, MIDDLE EAST).
_LABEL_MAX_WORDS = 3


def _label_shaped(line: str) -> bool:
    """Whether a headline-shaped ``line`` may be a section's label: one word, or a few set in capitals.

    A headline of two or three words in capitals over a headline-like line goes the way of a longer one in
    capitals, which the noise rules take for a promo over the headline.
    """
    words = line.split()
    return len(words) == 1 or (len(words) <= _LABEL_MAX_WORDS and not any(ch.islower() for ch in line))


#: Double quotation marks, which open and close a quotation (a single one may be an apostrophe).
_QUOTATION_MARK = re.compile('[“”«»"]')


def inside_quotation(text: str, inside: bool = False) -> bool:
    """Whether a quotation is open at the end of ``text``, given whether one was open at its start.

    Quotation marks are read in turn, since pages mix their styles (``"We will,” Brell said``): a curly or
    angled one opens or closes as it is written, a straight one closes an open quotation or opens one.
    """
    for mark in _QUOTATION_MARK.findall(text):
        inside = mark in "“«" or (mark == '"' and not inside)
    return inside


#: The kinds of character written after a line's last word or stop that tell nothing of whether it ends a sentence:
#: an emoji and other symbols (``harbour. 🚢``), their modifiers (a skin tone), variation selectors and joiners.
_TRAILING_SYMBOL_CATEGORIES = frozenset({"So", "Sk", "Mn", "Cf"})


def _ending(line: str) -> str:
    """``line`` without the closing quotes, brackets, emoji and white space after its last word or stop: its last
    character tells whether it ends a sentence (``said."``, ``harbour. 🚢``, but ``(video)``'s ``o``)."""
    end = len(line)
    while end and (line[end - 1].isspace() or unicodedata.category(line[end - 1]) in _TRAILING_SYMBOL_CATEGORIES):
        end -= 1
    return line[:end].rstrip(_CLOSERS)


def _headline_shaped(line: str) -> bool:
    """Whether ``line`` (stripped) reads as a headline: short, with no final punctuation and no sentence inside.

    A line that leaves a quotation open is the start of a sentence that runs on into the next line. A Markdown
    heading (``# Is the ferry back?``) is marked as a headline by its writer: it may end in punctuation.
    """
    heading = _without_heading_marks(line) != line
    return not (
        not line
        or line.endswith(SOFT_HYPHEN)  # a word broken at the line's end, going on in the next ("A\u00ad" "nother")
        or len(_LETTER.findall(line, 0, 2 * _HEADLINE_MAX_CHARS)) < 2  # a drop cap set apart ("T" over "he ferry")
        or len(line) > _HEADLINE_MAX_CHARS
        or len(line.split()) > _HEADLINE_MAX_WORDS
        or not (ending := _ending(line))
        or (ending[-1] in _FINAL_PUNCTUATION and not heading)
        or not any(ch.isalpha() for ch in line)
        or _has_sentence_inside(line)
        or inside_quotation(line)
        or ((key := _FRONT_MATTER_LINE.fullmatch(line)) is not None and _field(key.group(1)) is not None)
        or _DATE_TOKEN.fullmatch(line) is not None  # a second date line, read as one
        or ((written := _WRITTEN_DATE_LINE.fullmatch(line)) is not None and given_date(written[2]) is not None)
    )


#: A player's label before a video's title ("Video: Ferry returns"), which a page also sets before a headline.
_MEDIA_LABEL = re.compile(r"(?i:video|watch)[ \t]*:[ \t]*")
#: A word long enough to be no abbreviation or initialism (``PM``, ``AFP`` stay in capitals when a line is
#: recased to see whether its capitals alone make it noise).
_LONG_WORD = re.compile(r"[^\W\d_]{4,}")


def _headline_in_noise_form(text: str, start: int, line_end: int, rules: Sequence[NoiseRule]) -> bool:
    """Whether the first line at the top, ``text[start:line_end]``, a noise line, is the headline all the same.

    A headline set in capitals ("FERRY CHAOS AS STRIKE BITES") looks like a linked promo, and one under a
    player's label ("Video: Ferry chaos as strike bites") like a player's title; at the top of the page, right
    above the story, it is the headline. So the line is the headline when it is headline-shaped, stops being
    noise without its capitals and label (so that "SUBSCRIBE TO OUR NEWSLETTER" or "Video: Read more" stays
    noise), and the next line is prose (a promo line at the top stands above the headline, not the story).
    """
    line = text[start:line_end].strip()
    if not _headline_shaped(line):
        return False
    plain = line[label.end() :] if (label := _MEDIA_LABEL.match(line)) is not None else line
    if not any(ch.islower() for ch in plain):
        plain = _LONG_WORD.sub(lambda word: word[0].capitalize(), plain)
    if plain == line or not _headline_shaped(plain) or is_noise_line(plain, rules):
        return False
    following = _skip_blank_lines(text, line_end + 1)
    below = _line_at(text, following).strip()
    return bool(below) and not _headline_shaped(below) and not is_noise_line(below, rules)


def decode(data: bytes, name: str) -> str:
    """Decode UTF-8 bytes (BOM tolerated) and normalise newlines; refuse binary or other encodings.

    The bytes are let go before the line ends are normalised (which may copy the text): given a file's bytes alone
    (``decode(path.read_bytes(), name)``), a large file is held about twice over, not three times.
    """
    if data.endswith(_END_OF_FILE):
        # The end-of-file mark old DOS and Windows editors wrote after a text (Ctrl-Z) is no part of it, as a
        # byte-order mark is none: it was compared as a sentence of its own, and a control byte in a short file's
        # ASCII made it "UTF-16 without a byte-order mark".
        data = data.rstrip(_END_OF_FILE)
    _refuse_other_formats(data, name)
    text = _utf8(data, name)
    del data
    return normalise_text(text)


#: The end-of-file mark (Ctrl-Z, SUB) that CP/M and DOS set after a text file's last line, as some Windows tools still
#: do (``copy /a``).
_END_OF_FILE = b"\x1a"


def _utf8(data: bytes, name: str, offset: int = 0, lines_before: int = 0, *, utf8_before: bool = False) -> str:
    """``data``, a part of a file ``offset`` bytes and ``lines_before`` lines into it, decoded from UTF-8; a NUL
    byte or a byte that is not UTF-8 is refused, naming that byte's place in the file and its line. ``utf8_before``
    tells that the file's part before ``data`` held UTF-8 characters outside ASCII (see :func:`_not_utf8`)."""
    if (nul := data.find(b"\x00")) >= 0:
        line = lines_before + data.count(b"\n", 0, nul) + 1
        where = f"byte {offset + nul}, line {line}"
        if _text_but_for_nul(data):
            # Stray NULs in a text file (a copy cut short and resumed): "binary file" sends its writer the wrong way.
            count = data.count(b"\x00")
            held = f"a NUL byte ({where})" if count == 1 else f"{count:,} NUL bytes (the first at {where})"
            raise InputError(
                f"{name}: holds {held} in its UTF-8 text; remove {'it' if count == 1 else 'them'}, for example with "
                "`tr -d '\\000'`"
            )
        raise InputError(f"{name}: looks like a binary file (a NUL byte at {where}); give a UTF-8 text file")
    try:
        return data.decode("utf-8")  # a byte-order mark stays a character, for the caller to drop, so bytes count
    except UnicodeDecodeError as exc:
        line = lines_before + data.count(b"\n", 0, exc.start) + 1
        where = f"{name}: is not valid UTF-8 (byte {offset + exc.start}, line {line})"
        raise InputError(where + _not_utf8(data, exc, utf8_before)) from None


def _not_utf8(data: bytes, error: UnicodeDecodeError, utf8_before: bool) -> str:
    """What to do about ``data``, which ``error`` found not UTF-8: convert it from the one-byte encoding it seems to be
    in; but not a UTF-8 file that ends inside a character (cut short), nor one whose text before the error, in
    ``data`` or before it (``utf8_before``), is UTF-8 outside ASCII: converted whole, that text would be garbled."""
    if error.reason == "unexpected end of data" and error.end == len(data):
        return (
            ": it ends inside a character, as a file cut short does; get the whole file, or remove that character's "
            "bytes from its end"
        )
    if utf8_before or not data[: error.start].replace(b"\xef\xbb\xbf", b"").isascii():  # a byte-order mark says nothing
        return (
            ", though the text before it is UTF-8, with characters outside ASCII: the file mixes encodings, and "
            "converting it whole would garble that text; convert only the lines that are not UTF-8 (perhaps from "
            f"{_lines_encoding(data[error.start :])})"
        )
    if (script := _other_script(data) or _words_of_other_script(data)) is not None:
        return script
    return f"; convert it to UTF-8 first, for example with `iconv -f {_one_byte_encoding(data)} -t UTF-8`"


def _lines_encoding(data: bytes) -> str:
    """The encoding that ``data``, the lines of a file that are not UTF-8 among lines that are, seem to be in: that of
    their words in Cyrillic, Greek or Hebrew (see :func:`_script_of_words`), or else a one-byte encoding of Latin
    text (see :func:`_one_byte_encoding`)."""
    found = _script_of_words(data)
    return found[1] if found is not None else _one_byte_encoding(data)


#: How many bytes of a file that is not UTF-8 are looked at to tell the script it is written in.
_SCRIPT_LOOK = 1 << 16
_ASCII_LETTERS = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
_HIGH_BYTES = bytes(range(128, 256))
#: The letters most frequent in Russian, Ukrainian, Bulgarian and Serbian: read in the right encoding, they are over a
#: third of the text's letters; read in another (or Greek read as Cyrillic), fewer.
_COMMON_CYRILLIC = frozenset("оеаинтОЕАИНТ")
#: The letters most frequent in Greek, with and without an accent.
_COMMON_GREEK = frozenset("αεινοτάέίόΑΕΙΝΟΤ")
#: Greek's vowels with an accent (tonos), which nearly every word of more than one syllable has in Greek since 1982.
_GREEK_ACCENTED = frozenset("άέήίόύώΆΈΉΊΌΎΏ")
_KANA = re.compile("[\u3040-\u30ff]")
_HANGUL = re.compile("[\uac00-\ud7a3]")
#: The older encodings of Chinese, Japanese and Korean text, as iconv names them, with Python's codec for each.
_EAST_ASIAN_ENCODINGS = (("SHIFT_JIS", "shift_jis"), ("EUC-JP", "euc_jp"), ("EUC-KR", "euc_kr"), ("GB18030", "gb18030"))


def _other_script(data: bytes) -> str | None:
    """What to do about ``data``, not UTF-8, when nearly all its letters are outside ASCII, as in text of a script other
    than Latin in an older encoding (Russian in Windows-1251 or KOI8-R, Japanese in Shift_JIS); None for Latin text,
    whose letters outside ASCII are a few accented ones. Converted from Latin-1 or Mac OS Roman, as the message for
    Latin text says, such a file gives no error but a text of accented nonsense."""
    sample = data[:_SCRIPT_LOOK]
    high = len(sample) - len(sample.translate(None, _HIGH_BYTES))
    if high <= len(sample) - len(sample.translate(None, _ASCII_LETTERS)):
        return None
    found = _east_asian_encoding(sample) or (script[1] if (script := _script_encoding(sample)) else None)
    if found is not None:
        return (
            f"; its letters are nearly all outside ASCII, as in text written in another script: it seems to be in "
            f"{found}; convert it to UTF-8 first, for example with `iconv -f {found} -t UTF-8`"
        )
    return (
        "; its letters are nearly all outside ASCII, as in text written in another script: find its encoding (such as "
        "CP1251 or KOI8-R for Russian, CP1253 for Greek, CP1256 for Arabic, GB18030, BIG5, SHIFT_JIS or EUC-KR), for "
        "example with `uchardet`, and convert it to UTF-8 with `iconv -f ENCODING -t UTF-8`"
    )


#: The one-byte encodings of scripts other than Latin that a file's letters are read in to tell its encoding, as iconv
#: names them: (script, encoding, Python's codec, the script's letters, its most frequent letters, whether it has
#: capitals, letters of which its text holds some). The most frequent letters are over a third of a text's letters read
#: in the right encoding, fewer read in another (Greek read as Cyrillic); a cased script's text is mostly in lower case,
#: which the wrong reading (KOI8-R's as Windows-1251) turns about. Greek is written with accents (ά, έ, ό), which
#: Hebrew read as Greek, all lower-case Greek letters too, never gives.
_SCRIPT_ENCODINGS: tuple[tuple[str, str, str, tuple[str, str], frozenset[str], bool, frozenset[str]], ...] = (
    ("Cyrillic", "CP1251", "cp1251", ("\u0400", "\u04ff"), _COMMON_CYRILLIC, True, frozenset()),
    ("Cyrillic", "KOI8-R", "koi8_r", ("\u0400", "\u04ff"), _COMMON_CYRILLIC, True, frozenset()),
    ("Greek", "CP1253", "cp1253", ("\u0370", "\u03ff"), _COMMON_GREEK, True, _GREEK_ACCENTED),
    ("Greek", "ISO-8859-7", "iso8859_7", ("\u0370", "\u03ff"), _COMMON_GREEK, True, _GREEK_ACCENTED),
    ("Hebrew", "CP1255", "cp1255", ("\u05d0", "\u05ea"), frozenset("אהוילמ"), False, frozenset()),
)


def _script_encoding(sample: bytes) -> tuple[str, str] | None:
    """The script and the one-byte encoding (``CP1251``, ``KOI8-R``, ``CP1253``, ``ISO-8859-7``, ``CP1255``) that the
    letters outside ASCII of ``sample`` read as Russian (Ukrainian, Bulgarian, Serbian), Greek or Hebrew in, else None.
    Of those it reads so in, the one giving the most letters (Greek's two differ in a capital and the quotes), then the
    most frequent ones (Hebrew read as Cyrillic is lower case and Cyrillic letters too)."""
    found: list[tuple[int, float, str, str]] = []
    for script, encoding, codec, (low, high), common, cased, some in _SCRIPT_ENCODINGS:
        letters = [c for c in sample.decode(codec, errors="replace") if c.isalpha() and not c.isascii()]
        if not letters or not all(low <= c <= high for c in letters):
            continue
        if cased and sum(map(str.islower, letters)) * 3 <= len(letters) * 2:
            continue
        if some and not some.intersection(letters):
            continue
        share = sum(c in common for c in letters) / len(letters)
        if share * 3 > 1:
            found.append((len(letters), share, script, encoding))
    if not found:
        return None
    _, _, script, encoding = max(found, key=lambda reading: reading[:2])
    return script, encoding


#: A word's run of bytes outside ASCII: in Latin text a letter outside ASCII stands among ASCII ones (café, Größe),
#: while a word in Cyrillic or Greek in a one-byte encoding is all such bytes.
_HIGH_RUN = re.compile(rb"[\x80-\xff]{3,}")
#: The fewest bytes in such runs that a file's words in another script are told by.
_HIGH_RUN_MIN = 8


def _words_of_other_script(data: bytes) -> str | None:
    """What to do about ``data``, Latin text that is not UTF-8, when most of its bytes outside ASCII are whole words
    in Cyrillic, Greek or Hebrew (a Russian name or a Greek quotation in an English article saved as KOI8-R or
    Windows-1253); else None. Converted from Latin-1, as the message for Latin text says, those words would become
    accented nonsense."""
    if (found := _script_of_words(data)) is None:
        return None
    script, encoding = found
    return (
        f"; its words outside ASCII are written in another script, {script}: it seems to be in {encoding}; convert it "
        f"to UTF-8 first, for example with `iconv -f {encoding} -t UTF-8`"
    )


def _script_of_words(data: bytes) -> tuple[str, str] | None:
    """The script and encoding (see :func:`_script_encoding`) of ``data``'s words outside ASCII, when most of its bytes
    outside ASCII are such whole words, else None."""
    sample = data[:_SCRIPT_LOOK]
    runs = _HIGH_RUN.findall(sample)
    in_runs = sum(map(len, runs))
    high = len(sample) - len(sample.translate(None, _HIGH_BYTES))
    if in_runs < _HIGH_RUN_MIN or in_runs * 4 < high * 3:
        return None
    return _script_encoding(b" ".join(runs))


def _east_asian_encoding(sample: bytes) -> str | None:
    """The older encoding of Chinese, Japanese or Korean that ``sample`` reads in as such text alone, with kana for
    Japanese and Hangul for Korean, else None. A sample cut inside its last character is read without it."""
    for encoding, codec in _EAST_ASIAN_ENCODINGS:
        for cut in (0, 1, 2, 3):
            try:
                text = sample[: len(sample) - cut].decode(codec)
                break
            except UnicodeDecodeError:
                continue
        else:
            continue
        text = "".join(c for c in text if not c.isascii() or c.isalpha())  # spaces, digits and stops say nothing
        if not text or not _EAST_ASIAN.fullmatch(text):
            continue
        if encoding.startswith(("SHIFT", "EUC-JP")) and len(_KANA.findall(text)) * 10 < len(text):
            continue
        if encoding == "EUC-KR" and len(_HANGUL.findall(text)) * 5 < len(text) * 4:  # Chinese in EUC-KR: half of it
            continue
        return encoding
    return None


#: The most NUL bytes, per byte of a file, that a text file with stray NULs in it (a copy cut short and resumed, a
#: field a database padded) holds: binary data holds more, and is seldom UTF-8 between them.
_STRAY_NUL_SHARE = 0.01


def _text_but_for_nul(data: bytes) -> bool:
    """Whether ``data`` is UTF-8 text but for a few NUL bytes in it: no other control byte, which binary data holds."""
    if data.count(b"\x00") > max(1, len(data) * _STRAY_NUL_SHARE) or _CONTROL_BYTE.search(data.replace(b"\x00", b"")):
        return False
    try:
        data.replace(b"\x00", b"").decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


#: Bytes that Windows-1252 gives curly quotes, dashes and the euro sign, and Latin-1 gives control characters.
_WINDOWS_1252_ONLY = re.compile(rb"[\x80-\x9f]")


def _one_byte_encoding(data: bytes) -> str:
    """The encoding to suggest converting ``data`` (not UTF-8) from: Windows-1252 when it uses the bytes that only
    Windows-1252 gives printable characters (a Word document's curly quotes), else Latin-1; Mac OS Roman when the
    file reads better so (see :func:`_mac_roman_reads_better`), and a Central European one when its words do (see
    :func:`_central_european`)."""
    try:
        encoding = "CP1252" if _WINDOWS_1252_ONLY.search(data) else "LATIN1"
        data.decode("cp1252")
    except UnicodeDecodeError:
        encoding = "LATIN1"  # a byte Windows-1252 leaves undefined
    # MACINTOSH is Mac OS Roman's name in glibc's iconv and in macOS's libiconv alike (glibc has no MACROMAN).
    if _mac_roman_reads_better(data, encoding):
        return "MACINTOSH"
    return _central_european(data, encoding) or encoding


#: A character outside ASCII that is no letter, between two letters: seldom in text (Catalan's ``l·l`` aside), but
#: what Polish in a Central European encoding shows read as Western (``Za³oga`` for ``Załoga``, ``mo¿e`` for ``może``).
_INSIDE_WORD = re.compile(r"(?<=[^\W\d_])[^\x00-\x7f](?=[^\W\d_])")
#: The categories of letters that spell words: a modifier letter (ˇ, ˘) is a mark set alone, not a word's letter.
_WORD_LETTERS = frozenset({"Ll", "Lu", "Lt", "Lo"})


#: A symbol outside ASCII that opens a word, before its letters: no currency or sign opens a word of small letters
#: (``£5``, ``£ukasz``), but Polish read as Western shows it, as Latin-1 gives ``Ł`` as ``£`` (``£ukasiewicz``).
_SYMBOL_OPENING_WORD = re.compile(r"(?<![^\W_])(?P<symbol>[^\x00-\x7f])(?P<letters>[^\W\d_]{3})")
#: The symbols' categories: currency (£, ¥) and modifiers (¯, for ``Ż``); never punctuation (Spanish ``¿qué``), nor
#: the signs that may open a word in Western text (``©copyright``).
_SYMBOLS = frozenset({"Sc", "Sk"})


#: ``¹``, which a footnote sets after a word, never before one: Latin-1 gives ISO-8859-2's ``š`` so (``¹kola``).
_SUPERSCRIPT_ONE = "\u00b9"


def _symbols_inside_words(text: str) -> int:
    """How many characters outside ASCII that are not a word's letter (³, ¿, ±, ˇ) stand between two letters, or, as
    symbols, open a word of small letters (``£ukasz``)."""
    inside = sum(unicodedata.category(found.group()) not in _WORD_LETTERS for found in _INSIDE_WORD.finditer(text))
    opening = 0
    for found in _SYMBOL_OPENING_WORD.finditer(text):
        symbol = found.group("symbol")
        opening += (unicodedata.category(symbol) in _SYMBOLS or symbol == _SUPERSCRIPT_ONE) and found.group(
            "letters"
        ).islower()
    return inside + opening


#: A control character of Latin-1's upper half: what a byte that Windows-1252 leaves undefined (Windows-1250's ``ť``,
#: ``Ť`` and ``Ź``) is read as in Latin-1, and what text never holds.
_C1_CONTROL = re.compile("[\x80-\x9f]")


#: Signs that no Western word ends in, but Polish read in a Western encoding does: Windows-1250's ``ż`` and ``ł`` read
#: as Windows-1252 (``już`` as ``ju¿``, ``Michał`` as ``Micha³``), ISO-8859-2's ``ą`` and ``ś`` read as Latin-1
#: (``są`` as ``s±``, ``dziś`` as ``dzi¶``). A unit's ``³`` follows three letters at most (``m³``, ``dam³``); a
#: footnote's ``¹`` may follow any word, so Windows-1250's ``ą`` read so (``s¹``) is no sign.
_SIGN_ENDING_WORD = re.compile("(?:(?<=[A-Za-zÀ-ÖØ-öø-ÿ]{4})³|(?<=[A-Za-zÀ-ÖØ-öø-ÿ])[¿±¶])(?![^\\W\\d_])")


def _out_of_place(text: str) -> int:
    """How many characters of ``text`` no text holds where they stand: symbols inside words (see
    :func:`_symbols_inside_words`) or ending them (see :data:`_SIGN_ENDING_WORD`), and control characters of
    Latin-1's upper half, wherever they are (Slovak's ``päť`` read as Latin-1 ends in one)."""
    return _symbols_inside_words(text) + len(_SIGN_ENDING_WORD.findall(text)) + len(_C1_CONTROL.findall(text))


#: The encodings of Central European text (Polish, Czech, Hungarian...), as iconv names them, with Python's codec.
_CENTRAL_EUROPEAN = (("CP1250", "cp1250"), ("ISO-8859-2", "iso8859_2"))


#: The letters outside ASCII of the languages written in the Latin script that the one-byte Western and Central
#: European encodings hold, in lower case. A word is spelt with the letters of one language (``tükörfúrógép``,
#: ``Příliš``); read in the wrong encoding, a word mixes those of several (``Árvíztûrõ`` for Hungarian's ``Árvíztűrő``,
#: whose ``ű`` and ``ő`` Latin-1 gives as ``û`` and ``õ``, letters of no language written with ``á`` and ``í``).
_ALPHABETS = tuple(
    frozenset(letters)
    for letters in (
        "àâæçéèêëîïôœùûüÿ",  # French
        "äöüß",  # German
        "áéíñóúü",  # Spanish
        "áâãàçéêíóôõú",  # Portuguese
        "àèéìíîòóù",  # Italian
        "àçèéíïòóúü",  # Catalan
        "áéèêëíïóöúü",  # Dutch
        "æøåéóôàü",  # Danish and Norwegian
        "åäöé",  # Swedish
        "áðéíóúýþæö",  # Icelandic
        "áðíóúýæø",  # Faroese
        "äöåšž",  # Finnish
        "äõöüšž",  # Estonian
        "çë",  # Albanian
        "áčďéěíňóřšťúůýž",  # Czech
        "áäčďéíĺľňóôŕšťúýž",  # Slovak
        "ąćęłńóśźż",  # Polish
        "áéíóöőúüű",  # Hungarian
        "čćđšž",  # Croatian, Bosnian, Serbian and Slovene
        "ăâîșşțţ",  # Romanian
        "çğıöşüâî",  # Turkish
    )
)
#: A word, of letters (and perhaps a numeric character such as ``½``, which :func:`_letters_outside_ascii` leaves out).
_LETTERS = re.compile(r"[^\W\d_]+")
#: The letters outside ASCII that Windows-1252 and Latin-1 hold: a Central European reading's other letters (``ř``,
#: ``ő``) are what tells it.
_WESTERN_LETTERS = frozenset(c for c in bytes(range(128, 256)).decode("cp1252", errors="ignore") if c.isalpha())


def _letters_outside_ascii(text: str) -> set[str]:
    """The letters outside ASCII of ``text``, in lower case."""
    return {c for c in text.lower() if c.isalpha() and not c.isascii()}


def _one_language(letters: set[str]) -> bool:
    """Whether ``letters`` are all of one language of :data:`_ALPHABETS`."""
    return any(letters <= alphabet for alphabet in _ALPHABETS)


#: ``ø`` straight after a vowel: a vowel itself, Danish and Norwegian never spell it so, while Czech's consonant ``ř``,
#: which Latin-1 gives as ``ø``, mostly stands so (``Øehoø`` for ``Řehoř``, ``Dvoøák`` for ``Dvořák``, ``Jiøí``).
_VOWEL_BEFORE_O_STROKE = re.compile("(?i)[aeiouáéíóúýàèìòùâêîôûäëïöü]ø")
#: ``ð`` opening a word: Icelandic and Faroese never spell so, while Croatian's ``Đ``, which Latin-1 gives as ``Ð``,
#: often opens one (``Ðakovo`` for ``Đakovo``).
_ETH_OPENING_WORD = re.compile("(?i)ð")


#: ``ą`` opening a word or before a vowel: Polish never spells it so, while ISO-8859-2's ``š``, which Windows-1250
#: gives as ``ą``, often stands so (``ąkola`` for ``škola``, ``Vąetci`` for ``Všetci``).
_NASAL_A_OUT_OF_PLACE = re.compile("(?i)\\Aą|ą[aeiouyąęó]")


def _words_of_no_language(text: str) -> int:
    """How many words of ``text`` mix letters outside ASCII that no language of :data:`_ALPHABETS` writes together,
    or spell ``ø`` after a vowel, open with ``ð`` or spell ``ą`` where Polish does not, as none of them does."""
    return sum(
        not _one_language(_letters_outside_ascii(word))
        or bool(
            _VOWEL_BEFORE_O_STROKE.search(word) or _ETH_OPENING_WORD.match(word) or _NASAL_A_OUT_OF_PLACE.search(word)
        )
        for word in _LETTERS.findall(text)
        if not word.isascii()
    )


#: A sign outside ASCII (a symbol, a stop other than a quote or bracket, a control character) set against a word's
#: letters: Polish in ISO-8859-2 read as Windows-1250 shows its ``ś`` and ``Ź`` so (``¶więto``, ``¬ródło``).
_SIGN_BY_LETTER = re.compile(r"[^\x00-\x7f](?=[^\W\d_])|(?<=[^\W\d_])[^\x00-\x7f]")
_SIGNS = frozenset({"Sm", "So", "Sk", "Sc", "Po", "Cc"})


def _misspelt(reading: tuple[str, str]) -> tuple[int, bool, int]:
    """How far the text of ``reading`` (an encoding's name and the text read in it) is from being spelt in one
    language: its words of no language, then whether its letters together are no one language's, then its signs set
    against letters. Read in the wrong one of the two Central European encodings, Czech gives Polish's ``ą`` for its
    ``š`` among its ``ř`` (``Koąice``), and Polish gives ``¶`` for its ``ś``."""
    text = reading[1]
    signs = sum(unicodedata.category(found.group()) in _SIGNS for found in _SIGN_BY_LETTER.finditer(text))
    return _words_of_no_language(text), not _one_language(_letters_outside_ascii(text)), signs


#: ``õ`` before a letter other than ``e``, or ending a word: Portuguese spells it only before ``e`` (``eleições``,
#: ``põe``), while Hungarian's ``ő``, which Latin-1 gives as ``õ``, stands anywhere (``Gyõr``, ``hétfõn``).
_O_TILDE_BUT_BEFORE_E = re.compile("(?i)õ(?!e)")
#: A vowel with an acute accent: Estonian, the other language that spells ``õ`` anywhere, writes none.
_ACUTE_VOWEL = re.compile("(?i)[áéíóú]")


def _hungarian_read_as_western(text: str) -> bool:
    """Whether ``text``, read in a Western encoding, spells ``õ`` as neither Portuguese nor Estonian does, as
    Hungarian's ``ő`` so read is spelt."""
    return _O_TILDE_BUT_BEFORE_E.search(text) is not None and _ACUTE_VOWEL.search(text) is not None


def _central_european(data: bytes, encoding: str) -> str | None:
    """CP1250 or ISO-8859-2 when ``data`` read in it has fewer symbols inside words (or control characters: see
    :func:`_out_of_place`) than read as ``encoding`` (Windows-1252 or Latin-1), as Polish so saved has: converted from
    that, as the message said, its ``ł``, ``ą`` and ``ż`` became ``³``, ``¹`` and ``¿`` without an error; of the two,
    the one that spells it better (see :func:`_misspelt`), as often both have no symbol inside a word. Failing that,
    the one whose words are spelt with the letters of one language where more of ``encoding``'s mix those of several,
    as Czech and Hungarian have: their ``ř``, ``ő`` and ``ű`` become letters too (``ø``, ``õ``, ``û``), of other
    languages; or, its words no help, whose letters are all one language's, two of them only Central European, where
    ``encoding``'s are no one language's, or whose letters are one language's where ``encoding``'s spell ``õ`` as
    Hungarian's ``ő`` (see :func:`_hungarian_read_as_western`). Else None."""
    sample = data[:_SCRIPT_LOOK]
    western_text = sample.decode("cp1252" if encoding == "CP1252" else "latin-1")
    western = _out_of_place(western_text)
    readings = []
    for name, codec in _CENTRAL_EUROPEAN:
        try:
            readings.append((name, sample.decode(codec)))
        except UnicodeDecodeError:
            continue  # a byte the encoding leaves undefined
    symbols = {name: _out_of_place(text) for name, text in readings}
    fewest = min([western, *symbols.values()])
    if fewest < western:
        # Czech in ISO-8859-2 has no symbol inside a word read as Windows-1250 either: its š and ž are ą and ľ there.
        return min((reading for reading in readings if symbols[reading[0]] == fewest), key=_misspelt)[0]
    readings = [(name, text) for name, text in readings if symbols[name] <= western]
    # Hungarian with no letter but ő outside Western ones (Győr, hétfőn as Gyõr, hétfõn): each word and all its
    # letters may spell one Western language, Portuguese or Estonian, as the reading in a Central European one does.
    spelt = [reading for reading in readings if _one_language(_letters_outside_ascii(reading[1]))]
    if spelt and _hungarian_read_as_western(western_text):
        return min(spelt, key=_misspelt)[0]
    best, mixed = None, _words_of_no_language(western_text)
    if not mixed and _one_language(_letters_outside_ascii(western_text)):
        return None
    for name, text in readings:
        if (words := _words_of_no_language(text)) < mixed:
            best, mixed = name, words
    if best is not None or mixed:
        return best
    for name, text in readings:
        letters = _letters_outside_ascii(text)
        if _one_language(letters) and len(letters - _WESTERN_LETTERS) >= 2:
            return name
    return None


#: Bytes that Mac OS Roman gives its dashes and curly quotes (– — “ ” ‘ ’), and Latin-1 the capitals Ð Ñ Ò Ó Ô Õ.
_MAC_ROMAN_PUNCTUATION = re.compile(rb"[\xd0-\xd5]")
#: A capital letter outside ASCII straight after a lower-case letter: seldom in text, but what a file read in the
#: wrong one-byte encoding shows (``donÕt`` for Mac OS Roman's ``don’t``, ``cafÈ`` for Latin-1's ``café``).
_CAPITAL_INSIDE_WORD = re.compile(r"(?<=[^\W\d_])[^\x00-\x7f]")


def _mac_roman_reads_better(data: bytes, encoding: str) -> bool:
    """Whether ``data``, which holds bytes that Mac OS Roman gives its quotes and dashes, shows fewer capitals inside
    words read as Mac OS Roman than read as ``encoding``: converted from Windows-1252, as the message said, a
    Mac file's curly quotes became Ò Ó Ô Õ without an error."""
    if not _MAC_ROMAN_PUNCTUATION.search(data):
        return False

    def capitals_inside_words(text: str) -> int:
        return sum(found.group().isupper() for found in _CAPITAL_INSIDE_WORD.finditer(text))

    python = "cp1252" if encoding == "CP1252" else "latin-1"
    return capitals_inside_words(data.decode("mac_roman")) < capitals_inside_words(data.decode(python))


def _refuse_other_formats(head: bytes, name: str) -> None:
    """Refuse a file whose first bytes show it is not UTF-8 text: UTF-16 or UTF-32, or a PDF."""
    # Windows tools save "Unicode" text as UTF-16 with a byte-order mark; its NUL bytes are not binary data.
    utf16 = head.startswith((b"\xff\xfe", b"\xfe\xff")) and not head.startswith(b"\xff\xfe\x00\x00")
    if utf16 or head.startswith((b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")):
        encoding = "UTF-16" if utf16 else "UTF-32"
        raise InputError(
            f"{name}: is {encoding}, not UTF-8; convert it to UTF-8 first, for example with "
            f"`iconv -f {encoding} -t UTF-8`"
        )
    if (compressed := compression_of(head)) is not None and not head.startswith(b"PK"):  # a zip is a document's
        kind, tool = compressed
        file = os.path.basename(name)
        suffix = os.path.splitext(file)[1]
        plain = file[: -len(suffix)] if suffix.lower() in _COMPRESSED_SUFFIXES else "FILE"
        if name == "-":  # standard input, on the command line
            raise InputError(f"{name}: is {kind}-compressed; decompress it on the way, with {tool}")
        command = f"{tool} {shlex.quote(file)} > {shlex.quote(plain)}"
        raise InputError(f"{name}: is {kind}-compressed; write it out uncompressed first ({command}), and load that")
    if head.startswith(b"%PDF-"):  # often no NUL byte in its first pages: it would be called "not UTF-8"
        raise InputError(f"{name}: is a PDF; extract its text first (for example with `pdftotext`)")
    for signature, document in _DOCUMENT_SIGNATURES:
        if head.startswith(signature):
            raise InputError(
                f"{name}: is {document}, not plain text; save it as plain text (UTF-8) first, for example with "
                f"`libreoffice --headless --convert-to txt:Text` or your editor's Save As"
            )
    if (unmarked := _unmarked_utf16(head)) is not None:
        raise InputError(
            f"{name}: is UTF-16 without a byte-order mark, not UTF-8; convert it to UTF-8 first, for example with "
            f"`iconv -f {unmarked} -t UTF-8`"
        )


#: The suffixes of compressed files' names, which their uncompressed copies' names go without.
_COMPRESSED_SUFFIXES = (".gz", ".bz2", ".xz", ".zst", ".zstd")
#: The first bytes of word processors' files, and what they are. An RTF file is ASCII, so it was loaded as an article
#: of its markup (``{\rtf1\ansi …``); the others were called binary files, which says nothing of what to do.
_DOCUMENT_SIGNATURES = (
    (b"{\\rtf", "an RTF document"),
    (b"PK\x03\x04", "a ZIP archive (a Word .docx, OpenDocument .odt or EPUB document is one)"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Word (.doc) or other Microsoft Office document"),
)


#: How many bytes at a file's start are looked at for UTF-16 without a byte-order mark.
_UTF16_LOOK = 200
#: How many bytes a file other than one in the Latin script must have to be read as UTF-16 without a byte-order mark.
_UTF16_LEAST = 16


def _unmarked_utf16(head: bytes) -> str | None:
    """``UTF-16LE`` or ``UTF-16BE`` when ``head`` reads as text written in UTF-16 without a byte-order mark, else
    None: such a file is no binary one, and read as UTF-8 it is control characters (mojibake), not an article.

    In the Latin script every other byte is NUL. In another script (Cyrillic, Arabic, CJK) the bytes vary, but
    spaces, digits and line ends still give NUL bytes, and the letters of many scripts control bytes, which UTF-8
    text and one-byte encodings hold none of: only then is the head read as UTF-16 both ways, and taken as such
    when a reading is all printable text. A head without them is UTF-16 only as :func:`_east_asian_utf16` tells.
    """
    sample = head[: min(len(head), _UTF16_LOOK) // 2 * 2]
    if len(sample) < 4:
        return None
    first, second = sample[0::2], sample[1::2]
    if not second.strip(b"\x00") and b"\x00" not in first:
        return "UTF-16LE"
    if not first.strip(b"\x00") and b"\x00" not in second:
        return "UTF-16BE"
    if len(sample) < _UTF16_LEAST:
        return None  # too few bytes to tell text from binary data
    if not (controls := len(_CONTROL_BYTE.findall(sample))):
        return _east_asian_utf16(sample)
    if b"\x00" not in sample and controls * _STRAY_CONTROL_SHARE < len(sample) and _utf8_but_for_its_end(sample):
        # UTF-8 text with a stray control byte (a bell, a terminal's colour code): read as UTF-16, its ASCII pairs are
        # ideographs too, and it was told to be converted into them. UTF-16 gives a control byte in every other byte.
        return None
    readings = [(_scripts_spread(sample, codec), codec) for codec in ("UTF-16LE", "UTF-16BE")]
    plausible = [(spread, codec) for spread, codec in readings if spread is not None]
    # Both may read as text (Cyrillic's letters read the other way round are CJK ideographs); text in one script
    # keeps to few blocks of 256 code points, so the reading that spreads over fewer is taken.
    return min(plausible)[1] if plausible else None


#: A share of a file's bytes, as 1 in this many, under which its control bytes are stray ones in text: a script other
#: than Latin in UTF-16 has one in nearly every other byte.
_STRAY_CONTROL_SHARE = 4


def _utf8_but_for_its_end(sample: bytes) -> bool:
    """Whether ``sample``, a file's first bytes, is UTF-8, perhaps cut inside its last character."""
    try:
        sample.decode("utf-8")
    except UnicodeDecodeError as exc:
        return exc.end == len(sample) and exc.reason == "unexpected end of data"
    return True


#: Where Chinese, Japanese and Korean text has nearly all its characters: CJK punctuation, kana, the common
#: ideographs, Hangul syllables and full-width forms.
_EAST_ASIAN = re.compile("[\u3000-\u30ff\u4e00-\u9fff\uac00-\ud7a3\uff00-\uffef]+")


def _east_asian_utf16(sample: bytes) -> str | None:
    """``UTF-16LE`` or ``UTF-16BE`` when ``sample``, which holds no control byte, is not UTF-8 and reads in that
    byte order as Chinese, Japanese or Korean text alone, else None.

    Such text without a space, a line end or a stop may give no NUL or control byte, and would be called Latin-1. A
    one-byte text read as UTF-16 gives such characters only where it has no space (prose has one in every few bytes)
    and its letters make both bytes of each (a long word: ``Straßenbahnhaltestelle``), while the low bytes of
    ideographs are any bytes. Text whose bytes are all UTF-8 (ASCII) is read as it reads; that it may be UTF-16 cannot
    be told (see the limits page).
    """
    try:
        sample.decode("utf-8")
        return None
    except UnicodeDecodeError as exc:
        if exc.end == len(sample) and exc.reason == "unexpected end of data":
            return None  # UTF-8 cut inside its last character
    if sample.count(b" ") * _UTF16_LEAST > len(sample) or _east_asian_encoding(sample) is not None:
        return None  # prose, or Chinese, Japanese or Korean text in an older encoding (Shift_JIS, GB18030)
    for low, codec in enumerate(("UTF-16LE", "UTF-16BE")):
        if (
            _EAST_ASIAN.fullmatch(sample.decode(codec, errors="replace"))
            and not sample[low::2].decode("latin-1").isalpha()
        ):
            return codec
    return None


#: A NUL or control byte that is no white space (tab, line ends, form feed): no UTF-8 text holds one.
_CONTROL_BYTE = re.compile(rb"[\x00-\x08\x0e-\x1f\x7f]")
#: Characters of the general categories that text holds none of: control (other than white space), unassigned,
#: private use and surrogate code points, and invisible format characters other than those text uses (marks of
#: writing direction too: text in Arabic or Hebrew isolates the numbers and Latin words in it).
_NOT_TEXT = ("Cc", "Cn", "Co", "Cs", "Cf")
_TEXT_FORMAT = "\t\n\r\x0b\x0c" + SOFT_HYPHEN + ZERO_WIDTH + JOINERS + DIRECTION_MARKS


def _scripts_spread(sample: bytes, codec: str) -> int | None:
    """How many blocks of 256 code points ``sample`` read in ``codec`` uses, or None when the reading is no text
    (a character no text holds, or no letter at all)."""
    if 0xD8 <= sample[-1 if codec == "UTF-16LE" else -2] <= 0xDB:
        sample = sample[:-2]  # the first half of a surrogate pair cut at the sample's end
    try:
        text = sample.decode(codec)
    except UnicodeDecodeError:  # a lone surrogate
        return None
    if any(unicodedata.category(ch) in _NOT_TEXT and ch not in _TEXT_FORMAT for ch in text):
        return None
    return len({ord(ch) >> 8 for ch in text}) if any(ch.isalpha() for ch in text) else None


def article_from_record(record: Any, name: str) -> Article:
    """Build an :class:`Article` from a JSON-like mapping with ``text`` and optional metadata."""
    if not isinstance(record, Mapping):
        raise InputError(f"{name}: expected an object with a 'text' field, got {json_kind(record)}")
    ids = [
        value for key, value in record.items() if isinstance(key, str) and key.lower() == "id" and not _missing(value)
    ]
    ident = record["id"] if "id" in record and not _missing(record["id"]) else ids[0] if ids else None
    if isinstance(ident, (str, int)) and not isinstance(ident, bool) and ident != "":
        name = f"{name} (id {str(ident)!r})"  # an empty id is none: the record is named by its place alone
    _given_once(record, _RECORD_FIELDS, name)  # before the text is looked at: a repeated one may be null
    own = _own_fields(record, name)
    if "text" not in own:
        # A null text ({"text": null}, a field a scraper found empty) has no article to compare either.
        found = (
            f"its 'text' is {'null' if record['text'] is None else 'NaN'}"
            if "text" in record
            else f"fields: {', '.join(map(str, record)) or 'none'}"
        )
        if isinstance(record.get("articles"), list):
            # A cluster ({"id": ..., "articles": [...]}, a line of `newsdiff batch`) where one article was expected.
            raise InputError(
                f"{name}: is a cluster of articles, not one article ({found}); give its 'articles' list, "
                "or compare a file of such clusters with `newsdiff batch`"
            )
        if not own and "text" not in record and (listed := _records_field(record)) is not None:
            # An API's response ({"data": [...]}, {"results": [...]}): the records are there, under another name. A
            # record of an article (a comparison's, with its "sentences") is not one.
            raise InputError(
                f"{name}: record has no 'text' field ({found}), but its {listed!r} is a list of records with 'text'; "
                "give that list, or name it 'articles'"
            )
        if "text" not in record and (prose := _prose_field(record)) is not None:
            # A scraper's "body", "content" or "maintext": naming the field is what its writer needs to hear.
            raise InputError(
                f"{name}: record has no 'text' field ({found}); if its {prose!r} holds the article's text, name that "
                "field 'text'"
            )
        raise InputError(f"{name}: record has no 'text' field ({found}); give the article's text as a string")
    values: dict[str, Any] = {}
    for key, (given, value) in own.items():
        if key != "text" and _empty(value, key):
            continue
        if key == "id" and isinstance(value, int) and not isinstance(value, bool):
            value = str(value)
        elif key == "id" and isinstance(value, float) and value.is_integer():
            value = str(int(value))  # pandas writes an integer column with an empty cell as floats (7.0)
        if not isinstance(value, str):
            how = _text_as_string(value) if key == "text" else _as_string(value, key)
            raise InputError(f"{name}: field '{given}' must be a string, not {_type_name(value)}{how}")
        if key == "id" and value and (problem := id_problem(value.strip() or value)) is not None:  # as Article strips
            raise InputError(f"{name}: field '{given}': {problem}")  # the name holds the id's repr
        values[key] = value
    _read_aliases(record, values, {field: given for field, (given, _) in own.items()}, name)
    if "outlet" not in values and (source_name := _source_name(record)) is not None:
        # Weaker than the outlet's own and other names, as front matter's ``source`` is: a wire may be the source.
        values["outlet"] = source_name
    if "date" in values and given_date(values["date"]) is None:  # named by the record, before the Article refuses it
        raise InputError(f"{name}: date {values['date']!r} {_date_read(values['date'])}")
    text = normalise_text(values.pop("text"))
    return _with_metadata(Article(text=text, **values), name)


def _source_name(record: Mapping[str, Any]) -> str | None:
    """The name in ``record``'s ``source`` object (``{"id": "quay-post", "name": "Quay Post"}``), as news APIs give
    an article's outlet, or None. A ``source`` string is left alone: a record's may be the feed or file it came from."""
    for key, value in record.items():
        if isinstance(key, str) and key.lower() == "source" and isinstance(value, Mapping):
            given = value.get("name")
            if isinstance(given, str) and given.strip():
                return given
    return None


def _records_field(record: Mapping[str, Any]) -> str | None:
    """The key of ``record``'s first field that is a list of records with a ``text`` (in any case), or None."""
    for key, value in record.items():
        records = isinstance(value, list) and value and all(isinstance(item, Mapping) for item in value)
        if records and any(isinstance(field, str) and field.lower() == "text" for field in value[0]):
            return str(key)
    return None


#: The fewest words of a field that may be an article's text under another name.
_PROSE_WORDS = 3


def _prose_field(record: Mapping[str, Any]) -> str | None:
    """The key of ``record``'s longest string of a few words or more, other than its metadata fields (under their own
    names or others), which may be the article's text under another name; None when it has none."""
    prose = [
        (len(value), key)
        for key, value in record.items()
        if isinstance(key, str)
        and isinstance(value, str)
        and key.lower() not in (*_RECORD_FIELDS, "source")
        and _alias_field(key) is None
        and len(value.split()) >= _PROSE_WORDS
    ]
    return max(prose)[1] if prose else None


def _own_fields(record: Mapping[str, Any], name: str = "") -> dict[str, tuple[str, Any]]:
    """The fields ``record`` gives under their own names, as (the key as given, its value), null and NaN left out.

    A name is read in any case (``Title``, ``URL``), as front matter's keys are: a table's column headers are often
    capitalised, and a field so named was dropped without a word. Two spellings of one field (``Title`` and ``title``)
    that give different values are refused, naming the record ``name``, as front matter's ``Title:`` and ``title:``
    are: keeping either would drop the other without a word. An empty one gives way to one that is not.
    """
    spellings: dict[str, list[tuple[str, Any]]] = {}
    for key, value in record.items():
        field = key.lower() if isinstance(key, str) else None
        if field in _RECORD_FIELDS and not _missing(value):
            spellings.setdefault(field, []).append((key, value))
    found: dict[str, tuple[str, Any]] = {}
    for field in _RECORD_FIELDS:
        given = spellings.get(field, [])
        kept = [(key, value) for key, value in given if field == "text" or not _empty(value, field)] or given
        if not kept:
            continue
        for key, value in kept[1:]:
            if not _same_value(field, kept[0][1], value):
                raise InputError(
                    f"{name}: {field!r} is given twice, as {kept[0][0]!r} and {key!r}, with different values; "
                    "give it once"
                )
        found[field] = next(((key, value) for key, value in kept if key == field), kept[0])
    return found


def _type_name(value: object) -> str:
    """The name of ``value``'s type for a message: a JSON object as read is a ``dict`` (not :class:`JSONObject`)."""
    return "dict" if isinstance(value, dict) else type(value).__name__


def _read_aliases(record: Mapping[str, Any], values: dict[str, Any], own_keys: Mapping[str, str], name: str) -> None:
    """Add to ``values`` the fields ``record`` gives under the other names sites and feeds use (``headline``,
    ``published``, ``link``), as front matter's are read: a field given under its own name wins. A scraper's record
    of ``headline`` and ``published`` lost both without a word. Two other names (``headline`` and ``Headline``,
    ``published`` and ``pubdate``) that give a field different values are refused, naming both: which to take
    would be a guess, as it is for two spellings of the field's own name. A date is one fact whatever its name: one
    under another name beside the date's own (``own_keys`` names the keys those were given under) is read too, and
    refused when it is no date or another day, rather than dropped without a word."""
    taken: dict[str, str] = {}  # the key each field was read from here
    for key, value in record.items():
        field = _alias_field(key) if isinstance(key, str) else None
        if field is None or _missing(value) or _empty(value, field):
            continue
        own = field in values and field not in taken
        if own and field != "date":
            continue  # the field's own name wins; a date is one fact whatever its name, so another is checked
        if not isinstance(value, str):
            raise InputError(
                f"{name}: field '{key}' (read as the {field}) must be a string, not {_type_name(value)}"
                f"{_as_string(value, field)}"
            )
        if field == "date" and given_date(value) is None:
            raise InputError(f"{name}: field '{key}' (read as the date), {value!r}, {_date_read(value)}")
        if own or field in taken:
            if not _same_value(field, values[field], value):
                first = taken[field] if field in taken else own_keys[field]
                raise InputError(
                    f"{name}: {field!r} is given twice, as {first!r} and {key!r}, with different values; give it once"
                )
            continue
        values[field] = value
        taken[field] = key


def _same_value(field: str, one: Any, other: Any) -> bool:
    """Whether two values a record gives the field ``field`` are one: equal, or two dates of one day (``2024-02-10``
    and ``2024-02-10T09:30:00Z``), since a date is read as its day alone."""
    if one == other:
        return True
    if field != "date" or not isinstance(one, str) or not isinstance(other, str):
        return False
    day = given_date(one)
    return day is not None and day == given_date(other)


def _missing(value: Any) -> bool:
    """Whether a record's field holds no value: null, or NaN, which pandas puts in a row for an empty cell
    (``to_dict("records")``) and Python's ``json`` writes as it is."""
    return value is None or (isinstance(value, float) and math.isnan(value))


def _empty(value: Any, field: str) -> bool:
    """Whether a record's metadata field ``field`` is given empty, which is no value, as front matter's is: an empty
    list or mapping (a scraper's field that found nothing), or a string of white space alone (an id so is refused)."""
    if isinstance(value, (list, tuple, Mapping)):
        return not value
    return isinstance(value, str) and field != "id" and not value.strip()


#: A letter or digit in any script: an article without one has nothing to compare.
_WORD = re.compile(r"[^\W_]")
#: A saved web page: a doctype or root element first, or block elements closed through the text (prose
#: that mentions a tag seldom closes one).
_HTML_PAGE = re.compile(r"\A\s*(?:<\?xml[^>]*>\s*)?(?:<!doctype\s+html|<html[\s>])", re.IGNORECASE)
_HTML_TAG = re.compile(r"</?[A-Za-z][\w-]*(?:\s[^<>]*)?/?>")
_EXTRACT_TEXT = "extract the text first (for example with BeautifulSoup's get_text() or trafilatura)"
_HTML_CLOSING = re.compile(r"</(?:p|div|li|article|section|body)\s*>", re.IGNORECASE)
#: An XML document's top: its declaration, with comments and processing instructions (a feed's stylesheet) after
#: it, then the root element's name.
_XML_TOP = re.compile(
    r"\A\s*(?P<declaration><\?xml[^>]*>)?(?:\s*<!--.*?-->|\s*<\?[^>]*>)*\s*<(?P<root>[A-Za-z][\w:.-]*)[\s/>]", re.DOTALL
)
_FEED_ROOTS = ("rss", "feed", "rdf:rdf")


def _xml_kind(text: str) -> str | None:
    """What XML document ``text`` is ("an RSS or Atom feed", or "XML"), or None when it is no XML document.

    A text is one when it opens with an XML declaration, or with a feed's root element that it also closes:
    prose may open with a tag's name in angle brackets, but does not close it at its end.
    """
    top = _XML_TOP.match(text)
    if top is None:
        return None
    root = top["root"]
    feed = root.lower() in _FEED_ROOTS
    if top["declaration"] is None and not (feed and f"</{root}>" in text[-1000:]):
        return None
    return "an RSS or Atom feed" if feed else "XML"


_DATE_READ = (
    "is not a date newsdiff reads; give it as YYYY-MM-DD (an ISO timestamp, or a month written out as in "
    "'May 19, 2021', is read too) or leave it out"
)
#: A date in digits with the year first, in another form than ISO's (``20260304``, ``2026-3-4``, ``2026/03/04``,
#: ``2026.03.04``): with the year first, the month comes next in every convention, so the ISO date it means is plain.
_YEAR_FIRST = re.compile(
    r"(?P<year>\d{4})(?:(?P<month>\d{2})(?P<day>\d{2})|(?P<mark>[-/.])(?P<month2>\d{1,2})(?P=mark)(?P<day2>\d{1,2}))"
)


#: A day in digits, and a time after it if there is one (``2026/03/04 10:30``, ``2026.03.04, 10:30:05``).
_TIMED_DAY = re.compile(r"(?P<day>\d{4}[-/.]\d{1,2}[-/.]\d{1,2})(?:(?:,?[ \t]+|T)\d{1,2}:\d{2}(?::\d{2})?)?")


def _year_first_day(line: str) -> str | None:
    """``YYYY-MM-DD`` when ``line`` is a real day in digits with the year first and a mark between its parts
    (``2026/03/04``, ``2026.3.4``, with a time after it too), as a page sets its date under the headline, else None.

    Such a line is the page's date, as plain as an ISO one: kept, it was the first sentence. A value given as a date
    (``date 2026/03/04``, a record's) is refused instead, with the ISO date to give, as its writer can write that.
    """
    timed = _TIMED_DAY.fullmatch(_plain_date(line))
    found = _YEAR_FIRST.fullmatch(timed["day"]) if timed is not None else None
    if found is None or not found["mark"]:
        return None  # 20260304 alone on a line may be any number: a reference, a count
    try:
        return datetime.date(int(found["year"]), int(found["month2"]), int(found["day2"])).isoformat()
    except ValueError:
        return None


def _no_such_day(found: re.Match[str]) -> str:
    """Why the date in digits with the year first that ``found`` matched is no day of the calendar."""
    year, month = int(found["year"]), int(found["month"] or found["month2"])
    if not 1 <= month <= 12:
        return f"there is no month {month}"
    day = int(found["day"] or found["day2"])
    if day == 0:
        return "there is no day 0"
    return f"{_MONTH_NAMES[month - 1].capitalize()} {year} has {calendar.monthrange(year, month)[1]} days"


#: A Unix timestamp written in digits (``1707523200``, ``1707523200.5``, ``1707523200000``).
_UNIX_TIME = re.compile(r"\d{9,13}(?:\.\d{1,6})?")


def _date_read(value: str) -> str:
    """What to say of ``value``, a date that :func:`given_date` does not read: how to give it, as the ISO date it
    plainly means when it is written in digits with the year first (``20260304`` is ``'2026-03-04'``)."""
    found = _YEAR_FIRST.fullmatch(_plain_date(value))
    if found is not None:
        try:
            day = datetime.date(
                int(found["year"]), int(found["month"] or found["month2"]), int(found["day"] or found["day2"])
            )
        except ValueError:
            # 2024-02-30: no day to suggest, but "give it as YYYY-MM-DD" alone sends back a date given so.
            return _DATE_READ.replace(";", f": {_no_such_day(found)};", 1) if found["year"] != "0000" else _DATE_READ
        return f"is not a date newsdiff reads; give it as {day.isoformat()!r}, YYYY-MM-DD"
    if (why := _year_last(_plain_date(value))) is not None:
        return _DATE_READ.replace(";", f": {why};", 1)
    if _UNIX_TIME.fullmatch(plain := _plain_date(value)) and (timestamp := _timestamp_date(float(plain))) is not None:
        # A timestamp a data frame or a CSV file turned into a string: as a number, it was told its date already.
        utc, unit = timestamp
        return f"is not a date newsdiff reads; if it is a Unix timestamp in {unit}, give its date: {utc!r} in UTC"
    if (found := _DAY_MONTH_YEAR.fullmatch(_plain_date(value))) is not None and len(days := _readings(found)) == 1:
        # 25/03/2026 can be only one day, but 03/04/2026 from the same site could be either: neither is read, so that a
        # site's dates are read all or none, and the one day it can be is given to write instead.
        return (
            "is not a date newsdiff reads (a date in digits with its year last is not read, as day and month may be "
            f"either way round); give it as {days[0].isoformat()!r}, YYYY-MM-DD"
        )
    return _DATE_READ


#: A date in digits with the year last (``12/03/2026``, ``12.03.26``), or with the month in words and a year of two
#: figures (``3 March 26``, ``March 3, '26``).
_DAY_MONTH_YEAR = re.compile(r"(?P<one>\d{1,2})(?P<mark>[-/.])(?P<two>\d{1,2})(?P=mark)(?P<year>\d{2}|\d{4})")
_SHORT_YEAR = re.compile(
    r"(?:\d{1,2}(?:st|nd|rd|th|\.)?\s+[A-Za-z]{3,9}\.?|[A-Za-z]{3,9}\.?\s+\d{1,2}(?:st|nd|rd|th)?),?\s+['’]?\d{2}"
)


def _year_last(value: str) -> str | None:
    """Why ``value``, a date in digits with the year last or with a year of two figures, is not read, for a message:
    ``12/03/2026`` is 12 March in Europe and December 3 in the United States, and ``26`` may be any century's."""
    if _SHORT_YEAR.fullmatch(value) is not None:
        return "its year has two figures, which may be any century's"
    found = _DAY_MONTH_YEAR.fullmatch(value)
    if found is None:
        return None
    if len(found["year"]) == 2:
        return "its year has two figures, and day and month may be either way round"
    readings = _readings(found)
    if len(readings) == 2:
        first, second = (f"{day.day} {_MONTH_NAMES[day.month - 1].capitalize()}" for day in readings)
        return f"{first} or {second} {found['year']}, as day and month may be either way round"
    return None


def _readings(found: re.Match[str]) -> list[datetime.date]:
    """The days that a date in digits with its year last, as :data:`_DAY_MONTH_YEAR` found it, may be: day first
    or month first (one when the other is no day, ``25/03/2026``, or when both are the same, ``03/03/2026``)."""
    year, one, two = int(found["year"]), int(found["one"]), int(found["two"])
    readings: list[datetime.date] = []
    for day, month in ((one, two), (two, one)):
        try:
            reading = datetime.date(year, month, day)
        except ValueError:
            continue
        if reading not in readings:
            readings.append(reading)
    return readings


#: Text in Base64 (MIME's breaks its lines at 76 characters), as an API gives a document's bytes in JSON: no spaces.
_BASE64 = re.compile(r"\s*[A-Za-z0-9+/_-]{16,}={0,2}(?:\n[A-Za-z0-9+/_-]+={0,2})*\s*")
#: Python's repr of bytes (``b'The ferry...\\n'``), which ``str(response.content)`` writes where the text was meant.
_BYTES_REPR = re.compile(r"""\s*b(['"])(?=[^\n]*\\(?:x[0-9a-f]{2}|[nrt]))[^\n]*\1\s*""")
#: How much of an encoded text is decoded to show what it holds.
_ENCODED_LOOK = 4096


def _encoded_text(text: str) -> str | None:
    """What is wrong with ``text`` when it is an article's bytes written as Base64 or as Python's repr of bytes,
    which would be compared as one long word or with its line ends as ``\\n``; else None."""
    if _BYTES_REPR.fullmatch(text):
        return (
            "text is Python's repr of bytes (b'...'), as str() of bytes gives it, not the text they hold; decode the "
            "bytes instead, for example with .decode('utf-8')"
        )
    if not _BASE64.fullmatch(text):
        return None
    sample = "".join(text[:_ENCODED_LOOK].split())
    sample = sample[: len(sample) - len(sample) % 4]
    try:
        data = base64.b64decode(sample.replace("-", "+").replace("_", "/"), validate=True)
    except binascii.Error:
        return None
    # Decoded whole or cut at the look's end, inside a character perhaps: it is text when it reads as words.
    decoded = data.decode("utf-8", errors="replace")
    if (
        " " not in decoded
        or not _LETTER.search(decoded)
        or sum(not c.isprintable() for c in decoded) > 2 + decoded.count("\n")
    ):
        return None
    how = "urlsafe_b64decode" if "-" in sample or "_" in sample else "b64decode"
    return (
        f"text looks like Base64 (it decodes to {decoded.split(chr(10))[0][:40]!r}...), not an article's text; "
        f"decode it first, for example with base64.{how}(text).decode('utf-8')"
    )


def _with_metadata(article: Article, name: str) -> Article:
    # Lone surrogates become U+FFFD and other line breaks \n, one character for one, so that offsets into an
    # Article's own text still hold (its metadata fields are made so by the Article itself).
    article = replace(article, text=_with_line_feeds(printable(article.text)))
    # A lone carriage return (an old Mac file's line end, kept in an Article given ready-made, whose text keeps its
    # length) breaks a line as cleaning reads it: the metadata is read, and lines are counted, in the text so broken.
    lined = _LONE_CARRIAGE_RETURN.sub("\n", article.text) if "\r" in article.text else article.text
    if (nul := lined.find("\x00")) >= 0:
        raise InputError(f"{name}: {_nul_characters(lined, nul)}")
    if not article.text.strip():
        raise InputError(f"{name}: article is empty")
    if not _WORD.search(article.text):
        raise InputError(f"{name}: article has no words (only punctuation or invisible characters)")
    if (encoded := _encoded_text(article.text)) is not None:
        raise InputError(f"{name}: {encoded}")
    if _HTML_PAGE.match(article.text) or len(_HTML_CLOSING.findall(article.text, 0, 100_000)) >= 3:
        raise InputError(f"{name}: looks like HTML, not an article's text; {_EXTRACT_TEXT}")
    if (xml := _xml_kind(article.text)) is not None:
        what = "take each item's text from the feed (for example with feedparser)" if xml != "XML" else _EXTRACT_TEXT
        raise InputError(f"{name}: looks like {xml}, not an article's text; {what}")
    date = article.date and given_date(article.date)
    if article.date and date is None:
        raise InputError(f"{name}: date {article.date!r} {_date_read(article.date)}")
    if date and all(getattr(article, key) for key in _RECORD_FIELDS[1:]):
        # Every field is given, and a given field wins over the text's: reading the text's top would change nothing.
        return replace(article, date=date)
    metadata = read_metadata(lined)
    if not date and metadata.unread_dates:
        # The writer meant a date here: dropping it, or leaving it in the first sentence, would lose it quietly.
        offset, value, key = metadata.unread_dates[0]
        line = lined.count("\n", 0, offset) + 1
        given = f"date {value!r}" if key == "date" else f"field {key!r} (read as the date), {value!r},"
        raise InputError(f"{name}, line {line}: {given} {_date_read(value)}")
    if not date and metadata.date_conflict is not None:
        (first, one), (second, other) = metadata.date_conflict
        lines = lined.count("\n", 0, first) + 1, lined.count("\n", 0, second) + 1
        raise InputError(
            f"{name}, lines {lines[0]} and {lines[1]}: two dates that disagree, {one} and {other}; give the date once"
        )
    for offset, key, keys in metadata.repeated:
        if not getattr(article, str(_field(key))):  # a field the record gives wins over the text's anyway
            line = lined.count("\n", 0, offset) + 1
            names = f", as {keys[0]!r} and {keys[1]!r}" if len(keys) == 2 else ""
            raise InputError(
                f"{name}, line {line}: {key!r} is given twice in the front matter{names}, with different values; "
                "give it once"
            )
    for offset, key in metadata.listed:
        if not getattr(article, str(_field(key))):  # a field the record gives wins over the text's anyway
            line = lined.count("\n", 0, offset) + 1
            raise InputError(
                f"{name}, line {line}: {key!r} in the front matter is given a list or nested keys; give it one value"
            )
    meta = metadata.fields
    if not article.id and meta.get("id") and (problem := id_problem(meta["id"])) is not None:
        raise InputError(f"{name}: front matter id {meta['id']!r}: {problem}")
    return replace(
        article,
        outlet=article.outlet or meta.get("outlet"),
        title=article.title or meta.get("title"),
        date=date or meta.get("date"),
        url=article.url or meta.get("url"),
        id=article.id or meta.get("id"),
    )


def _nul_characters(text: str, first: int) -> str:
    """What is wrong with ``text``, whose first NUL character is at ``first``: the NUL's line and column in the text, as
    a file's stray NUL byte is named, so that it can be found (a field a database padded, a copy cut short)."""
    line = text.count("\n", 0, first) + 1
    column = first - text.rfind("\n", 0, first)
    count = text.count("\x00")
    where = f"line {line}, column {column} of the text"
    held = f"a NUL character ({where})" if count == 1 else f"{count:,} NUL characters (the first at {where})"
    return f"text holds {held}; remove {'it' if count == 1 else 'them'}, for example with text.replace('\\x00', '')"


def _with_line_feeds(text: str) -> str:
    """``text`` with ``\n`` for each other line break (one character for one)."""
    return text.translate(_LINE_BREAKS) if _OTHER_LINE_BREAK.search(text) else text


#: Sentence punctuation inside a string, before white space (``"Ferry returns. See report.txt"``, ``"in the annex,
#: see report.txt"``): what a writer of prose puts there, and a file's name seldom holds.
_PUNCTUATED = re.compile(r"[.!?,;:][\"”’')\]]*\s")


def looks_like_path(value: str) -> bool:
    """Whether :func:`load` reads the string ``value`` as a path rather than an article's text: it names an existing
    file, or is one line of no sentence punctuation that ends in a suffix loading reads, or is one word with a path
    separator, a suffix loading refuses or a glob's asterisk."""
    if len(value) <= 4096 and (inner := value.strip()) != value and looks_like_path(inner):
        # A path with a line's end after it (read with readlines()) or a space pasted with it: loaded as the text of
        # an article, it would be compared as one, the path's words its only sentence.
        return True
    if "\n" in value or len(value) > 4096:
        return False
    if _PUNCTUATED.search(value):
        return os.path.exists(value)
    # One token with a path separator ("clusters/herald") is a path even when it names no file: no article
    # text looks like that, and "no such file" is what its writer needs to hear.
    one_token = bool(value) and not any(c.isspace() for c in value)
    separated = "/" in value or os.sep in value or "\\" in value  # a Windows path on another system too
    refused = one_token and value.lower().endswith(_REFUSED_SUFFIXES)  # a mistyped page.html is no one-word article
    # A word with an asterisk ("*", "*.story", "herald-*") is a pattern of files, which loading does not expand.
    pattern = one_token and "*" in value
    return (
        os.path.exists(value)
        or value.lower().endswith(_PATH_SUFFIXES)
        or (one_token and separated)
        or refused
        or pattern
    )


#: What to do about a string of words read as the name of a file that does not exist.
_AS_TEXT = "; if you meant it as an article's text, give it as Article(text=...)"


def _load_path(path: Path, as_text: str = "") -> list[Article]:
    """The articles of the file ``path``; ``as_text`` is added to a "no such file" error (for a string that may have
    been meant as text)."""
    name = printable(str(path))  # a file name that is not UTF-8 still has to be written out
    if "\x00" in str(path):
        raise InputError(f"{name!r}: a file name cannot hold a NUL character; give the file's path")
    suffix = path.suffix.lower()
    text = None  # a text file's, read whole; a JSON or JSONL file's is read by its own reader
    try:
        if path.is_dir():
            if (pattern := _files_in(path)) is None:
                # A pattern for the files of a folder that holds none would only send its user to "no such file".
                raise InputError(
                    f"{name}: is a directory, and holds no article files (names ending in "
                    f"{', '.join(_PATH_SUFFIXES[:-1])} or {_PATH_SUFFIXES[-1]}); give the articles' files"
                )
            raise InputError(
                f"{name}: is a directory; give the article files inside it, such as {printable(str(pattern))}"
            )
        if suffix in _JSONL_SUFFIXES:
            articles = _jsonl_articles(path, name)
        elif suffix == ".json":
            articles = _json_articles(path, name)
        else:
            text = _read_text(path, name)
    except FileNotFoundError:
        if path.is_symlink():  # "no such file" would send its writer looking for the link, which is there
            target = printable(os.readlink(path))
            raise InputError(f"{name}: is a symbolic link to {target}, which does not exist") from None
        given = str(path)
        hint = (
            _address(given) or _padded(given) or _quoted(given) or _unexpanded(given) or _windows_path(given) or as_text
        )
        raise InputError(f"{name if given == given.strip() else repr(given)}: no such file{hint}") from None
    except OSError as exc:  # a name too long for the file system, no permission, a device error
        if exc.errno == errno.ELOOP:
            raise InputError(
                f"{name}: cannot be read: a symbolic link on its path leads back to itself, a loop of links; point "
                "the link at the article's file"
            ) from None
        raise InputError(f"{name}: cannot be read ({exc.strerror or exc})") from None
    if text is not None:
        if suffix in (".csv", ".tsv"):
            # Read as text, a table would be one "article" of rows and commas, compared without complaint.
            raise InputError(
                f"{name}: is a table ({suffix[1:].upper()}); newsdiff reads text, JSON and JSONL files: write one "
                "record with a 'text' field per row to a .jsonl file (pandas: to_json(orient='records', lines=True))"
            )
        if suffix in (".html", ".htm", ".xhtml") and _HTML_TAG.search(text):
            raise InputError(f"{name}: is an HTML file; {_EXTRACT_TEXT}")
        _refuse_json(text, path, name)
        article = _with_metadata(Article(text=text, source=name), name)
        return [replace(article, id=article.id or _stem_id(path), origin=(os.path.realpath(path), 0))]
    if not articles:
        raise InputError(f"{name}: holds no articles")
    stem = _stem_id(path)
    real = os.path.realpath(path)  # the same file by another path or link is the same origin
    return [
        replace(
            a, source=name, id=a.id or (stem if len(articles) == 1 or not stem else f"{stem}-{n}"), origin=(real, n - 1)
        )
        for n, a in enumerate(articles, start=1)
    ]


def _stem_id(path: Path) -> str | None:
    """The id a file's name gives its articles: its stem on one line (a tab or line end in a file's name is a space
    in the id, as an id holds none) and composed (NFC), or None for a stem of white space or invisible characters
    alone (a zero-width space, a direction mark), for the article to be numbered: as an id it would be refused, and
    the message would tell to leave out an id that nobody gave."""
    stem = " ".join(part for part in _NOT_IN_ID.split(printable(path.stem)) if part)
    # Composed (NFC), as ids are typed: macOS writes a file's name decomposed ("e" and a combining accent for "é").
    stem = unicodedata.normalize("NFC", stem)
    return None if all(map(shows_nothing, stem)) else stem


_JSONL_SUFFIXES = (".jsonl", ".ndjson")
#: A wildcard of a glob pattern, which the shell expands on a command line and :func:`load` does not.
_WILDCARD = re.compile(r"[*?[]")


#: A web or file address, as a path makes it (``https:/quaypost.example/ferry``: a path's parts are joined by one
#: slash, so its two are one).
_ADDRESS = re.compile(r"(?i)(?P<scheme>https?|ftp|file):/+(?P<rest>\S*)")


def _address(path: str) -> str:
    """What to do about a missing ``path`` that is a web address (newsdiff reads no network) or a ``file:`` URL; empty
    for any other path."""
    if (found := _ADDRESS.fullmatch(path)) is None:
        return ""
    if found["scheme"].lower() == "file":
        local = urllib.parse.unquote("/" + found["rest"])
        return f"; it is a file: URL, not a path: give the file's path, {printable(local)!r}"
    return (
        "; it is a web address, and newsdiff reads no network: save the article's text to a file (or extract it from "
        "the page first) and give that file"
    )


def _padded(path: str) -> str:
    """What to do about a missing ``path`` with white space at its start or end (a line's end that ``readlines()``
    keeps, a space pasted with it) when the file without it exists; empty for any other path."""
    inner = path.strip()
    if inner == path or not os.path.isfile(inner):
        return ""
    end = "end, as a line read with readlines() keeps its line end" if path.startswith(inner) else "start"
    return f"; the name has white space at its {end}: strip it, giving {printable(inner)!r}, which exists"


#: Quotes a path is given in when it is copied from a shell's command or from Windows' "Copy as path".
_PATH_QUOTES = (('"', '"'), ("'", "'"), ("“", "”"), ("‘", "’"))


def _quoted(path: str) -> str:
    """What to do about a missing ``path`` in quotes, as Windows' "Copy as path" gives one; empty for any other."""
    if len(path) < 3 or (path[0], path[-1]) not in _PATH_QUOTES:
        return ""
    inner = path[1:-1]
    return f"; the quotes around it are no part of the file's name: give {printable(inner)!r} ({_whether_there(inner)})"


def _whether_there(path: str) -> str:
    """Whether ``path``, the one a message tells its reader to give instead, is there, in the message's words."""
    return "which exists" if os.path.exists(path) else "which does not exist either"


def _windows_path(path: str) -> str:
    """What to do about a missing ``path`` written with backslashes, as Windows writes a path, on a system whose paths
    are not; empty for any other path."""
    if os.sep == "\\" or "\\" not in path:
        return ""
    return "; a backslash separates a path's parts on Windows, not on this system: write the path with '/'"


def _unexpanded(path: str) -> str:
    """What to do about a missing ``path`` that starts with ``~``, names an environment variable (``$HOME/news``) or is
    a glob pattern (``cluster/*.txt``): expand it, as the shell does for the command line; empty for any other path."""
    if path.startswith("~") and (home := os.path.expanduser(path)) != path:
        return (
            f"; load() does not expand '~' (the shell does, on a command line): give os.path.expanduser({path!r}) "
            f"({printable(home)}, {_whether_there(home)})"
        )
    if "$" in path and (expanded := os.path.expandvars(path)) != path:
        return (
            f"; load() does not expand environment variables (the shell does, on a command line): give "
            f"os.path.expandvars({path!r}) ({printable(expanded)}, {_whether_there(expanded)})"
        )
    if not _WILDCARD.search(path):
        return ""
    matches = len(glob.glob(path))
    found = (
        f"{matches:,} file{'s match' if matches != 1 else ' matches'} it" if matches else "no file matches it either"
    )
    return (
        f"; load() does not expand wildcards ({found}): give the files, such as load(sorted(glob.glob({path!r}))), "
        "or name the pattern on the command line, where the shell expands it"
    )


def _refuse_json(text: str, path: Path, name: str) -> None:
    """Refuse a text file that holds JSON (a record, a list of them, or a record per line): read as text, its braces,
    keys and quotes would be compared as one article's words."""
    opening = text.lstrip()[:1]
    if opening not in ("{", "["):
        return  # most articles: nothing to parse
    if _parses(text):
        suffix = ".json"
    elif opening == "{" and _parses(text.lstrip().split("\n", 1)[0]):
        suffix = ".jsonl"
    else:
        return
    raise InputError(f"{name}: holds JSON, not an article's text; name it {printable(path.stem)}{suffix}")


#: How many entries of a directory given as an article are looked at to suggest a pattern for its files.
_DIRECTORY_LOOK = 1000


def _files_in(folder: Path) -> Path | None:
    """A pattern for the article files in ``folder`` (``folder/*.txt``): the suffix most of them have, of those
    loading reads, looked for among its first entries; None when it holds none (a folder it cannot list is given
    ``*.txt``, as the pattern is only a suggestion)."""
    try:
        with os.scandir(folder) as entries:
            names = [entry.name for entry in islice(entries, _DIRECTORY_LOOK)]
    except OSError:
        return folder / "*.txt"  # a folder closed to reading: the pattern is only a suggestion
    suffixes = Counter(s for name in names if (s := os.path.splitext(name)[1].lower()) in _PATH_SUFFIXES)
    if not suffixes:
        # Past the entries looked at, there may be some: only a folder looked through whole is said to hold none.
        return folder / "*.txt" if len(names) == _DIRECTORY_LOOK else None
    return folder / f"*{suffixes.most_common(1)[0][0]}"


#: What a JSON file gives loading.
_JSON_HOLDS = "give a record with 'text', a list of such records, or an object with an 'articles' list of them"


def _json_articles(path: Path, name: str) -> list[Article]:
    """The articles of the JSON file ``path``: one record, a list of them, or an object with an ``articles`` list.

    The file's bytes are dropped once decoded, and its text once parsed: a large file's peak is its text and its
    records (whose strings the articles keep), about twice its size, not three times with the bytes beside them.
    """
    text = _read_text(path, name)
    # A scrape that wrote nothing: "invalid JSON ... a file cut short" would send its writer astray. Searched, not
    # stripped: a stripped copy of a large file would double the peak this reader keeps down.
    if not _VISIBLE.search(text):
        raise InputError(f"{name}: is empty; {_JSON_HOLDS}")
    try:
        parsed = _parse_json(text, name)
    except InputError as exc:
        first = text.lstrip().split("\n", 1)[0]
        if first.startswith("{") and _parses(first):  # a record per line: a JSONL file named .json
            raise InputError(f"{exc}; this file holds one record per line, which is JSONL: name it .jsonl") from None
        if _stops_at_end(text):
            raise InputError(
                f"{exc}; the file ends inside its JSON, as a file cut short does: get the whole file, or complete it"
            ) from None
        raise
    del text
    if isinstance(parsed, Mapping) and "articles" in parsed:
        _given_once(parsed, ("articles",), name)
        if "text" in _own_fields(parsed, name):  # one of the two would be dropped without a word
            raise InputError(
                f"{name}: holds both a 'text' and an 'articles' list; give one article's record with 'text', or an "
                "object whose 'articles' list holds every article, its text among them"
            )
        parsed = parsed["articles"]
        if not isinstance(parsed, (list, Mapping)):
            raise InputError(f"{name}: 'articles' must be a list of records with 'text', not {json_kind(parsed)}")
    elif not isinstance(parsed, (list, Mapping)):
        raise InputError(f"{name}: holds {json_kind(parsed)}; {_JSON_HOLDS}")
    records = parsed if isinstance(parsed, list) else [parsed]
    return [article_from_record(r, f"{name}, record {n}") for n, r in enumerate(records, start=1)]


def _read_text(path: Path, name: str) -> str:
    """The text of the file ``path``, decoded by :func:`decode`, which lets its bytes go before normalising it."""
    return decode(path.read_bytes(), name)


def _jsonl_articles(path: Path, name: str) -> list[Article]:
    """The articles of a JSONL file, one record per line, read a line at a time: a file of many articles is never
    held whole (nor its lines, nor its parsed records) beside the articles made of it."""
    articles: list[Article] = []
    lines = _jsonl_lines(path, name)
    for number, line in lines:
        if not line.strip():
            continue
        where = f"{name}, line {number}"
        try:
            record = _parse_json(line, where, line=True)
        except InputError as exc:
            # One record spread over lines (a JSON file named .jsonl) fails at its first line: after a record read,
            # the file is no one JSON value, and is not read again, whole, to ask.
            if not articles and _spread_over_lines(path):
                raise InputError(
                    f"{exc}; JSONL holds one whole record per line, and this file is JSON across lines: name it .json"
                ) from None
            if _stops_at_end(line):
                raise InputError(f"{exc}; {_cut_record(line, number, lines)}") from None
            raise
        articles.append(article_from_record(record, where))
    return articles


def _jsonl_lines(path: Path, name: str) -> Iterator[tuple[int, str]]:
    """The lines of the JSONL file ``path``, numbered from 1, each decoded and without its line end, read a line at a
    time. Line ends are read as :func:`decode` reads a whole file's (CRLF and CR end a line too), so that the messages
    name the same byte and line."""
    number = 0  # of the line read, counting every kind of line end, as records are named
    physical = offset = 0  # lines and bytes before this one, as decode counts them for a byte that is not UTF-8
    utf8 = False  # whether a line before this one held UTF-8 outside ASCII
    with path.open("rb") as stream:
        for raw in stream:
            if raw.endswith(_END_OF_FILE) and not raw.endswith(b"\n"):  # the file's last line: see decode
                raw = raw.rstrip(_END_OF_FILE)
            if not offset:
                _refuse_other_formats(raw, name)
            decoded = _utf8(raw, name, offset, physical, utf8_before=utf8)
            utf8 = utf8 or not decoded.removeprefix("\ufeff").isascii()
            offset += len(raw)
            physical += 1
            lines = decoded.replace("\r\n", "\n").replace("\r", "\n").split("\n")
            for line in lines[:-1] if decoded.endswith(("\n", "\r")) else lines:
                number += 1
                yield number, line.lstrip(_BOM)  # files joined with `cat` keep each one's byte-order mark


def _stops_at_end(text: str) -> bool:
    """Whether ``text`` (a JSONL line, or a JSON file), which is no JSON, stops inside its value: a string left open on
    its last line, or an error at its last character (a value, a comma or a closing bracket still to come)."""
    try:
        json.loads(text)
    except json.JSONDecodeError as exc:
        rest = text[exc.pos :].rstrip()
        return exc.pos >= len(text.rstrip()) or (exc.msg.startswith("Unterminated string") and "\n" not in rest)
    except (ValueError, RecursionError):
        pass
    return False


#: How many lines after a record cut at its line's end are joined to it, to see whether its value went on over them.
_CONTINUED_LINES = 50


def _cut_record(line: str, number: int, following: Iterator[tuple[int, str]]) -> str:
    """What to do about the JSONL record ``line``, line ``number`` of its file, that stops at its line's end, found from
    the lines ``following`` it: a value written with its line ends in it goes on over them, a file cut short has no
    record after it, and a write that stopped inside a record was followed by the next one."""
    rest: list[tuple[int, str]] = []
    unread = False  # lines after those read: more than are looked at, or one that is not UTF-8 (an error for later)
    try:
        rest.extend(islice(following, _CONTINUED_LINES))
        unread = len(rest) == _CONTINUED_LINES
    except InputError:
        unread = True
    joined = line
    for last, more in rest:
        joined = f"{joined}\\n{more}"
        try:
            if isinstance(json.loads(joined), dict):
                return (
                    f"the record goes on over lines {number} to {last}, with line ends inside a value: JSONL writes a "
                    "line end in a value as \\n (json.dumps does), so that each record is one line"
                )
        except (ValueError, RecursionError):
            continue
    if not unread and not any(more.strip() for _, more in rest):
        return "the file ends inside this record, as a file cut short does: " + _COMPLETE_OR_REMOVE
    return "the record stops at the end of its line, as one cut short does: " + _COMPLETE_OR_REMOVE


_COMPLETE_OR_REMOVE = "complete the record, or remove the line to load the others"


def _spread_over_lines(path: Path) -> bool:
    """Whether the file ``path`` is one JSON value (asked only once a line of it has failed as a record)."""
    try:
        return _parses(decode(path.read_bytes(), str(path)))
    except (InputError, OSError):
        return False


def json_kind(value: Any) -> str:
    """What a parsed JSON value is, in JSON's words rather than Python's (``null``, not ``NoneType``), for a message
    about a file that holds the wrong thing."""
    if isinstance(value, bool) or value is None:
        return json.dumps(value)
    kinds = {str: "a string", int: "a number", float: "a number", list: "a list"}
    return "an object" if isinstance(value, dict) else kinds.get(type(value), f"a {type(value).__name__}")


def _parses(text: str) -> bool:
    """Whether ``text`` is JSON (only asked once a reading has failed, to say what the file is instead)."""
    try:
        json.loads(text)
    except (ValueError, RecursionError):
        return False
    return True


class JSONObject(dict[str, Any]):
    """A JSON object as read, remembering the keys it gives more than once (of which JSON keeps the last value)."""

    repeated: tuple[str, ...] = ()


def json_object(items: list[tuple[str, Any]]) -> dict[str, Any]:
    """The object of ``items``, one JSON object's key-value pairs in the file's order, as ``object_pairs_hook``
    of :func:`json.loads` builds it: a :class:`JSONObject` whose ``repeated`` names the keys given twice."""
    found = JSONObject(items)
    if len(found) < len(items):
        counts = Counter(key for key, _ in items)
        found.repeated = tuple(key for key, count in counts.items() if count > 1)
    return found


def given_twice(record: Any, keys: Iterable[str] | None = None) -> str | None:
    """What is wrong with a JSON object read by :func:`json_object` that gives one of ``keys`` (any key, when None)
    twice, for a message (``'text' is given twice; …``); None when it gives each once.

    JSON keeps the last value and drops the first without a word: a second text pasted below the first, an outlet
    corrected under the one it replaces. Loading, a batch's clusters and the evaluation gold refuse it alike.
    """
    wanted = None if keys is None else set(keys)
    repeated = [key for key in getattr(record, "repeated", ()) if wanted is None or key in wanted]
    if not repeated:
        return None
    return f"{repeated[0]!r} is given twice; give it once (JSON would keep only the last)"


def _given_once(record: Mapping[str, Any], keys: Iterable[str], name: str) -> None:
    """Refuse a record that gives one of ``keys`` twice (see :func:`given_twice`), naming it."""
    problem = given_twice(record, keys)
    if problem is not None:
        raise InputError(f"{name}: {problem}")


def _parse_json(text: str, name: str, *, line: bool = False) -> Any:
    try:
        return json.loads(text, object_pairs_hook=json_object)
    except json.JSONDecodeError as exc:
        # A JSONL line has one line: the column says where. "Unterminated string starting at" ends in "at" already.
        where = f"column {exc.colno}" if line else f"line {exc.lineno}, column {exc.colno}"
        at = "" if exc.msg.endswith(" at") else " at"
        raise InputError(f"{name}: invalid JSON ({exc.msg}{at} {where}){_stray_comma(exc, line)}") from None
    except RecursionError:
        raise InputError(f"{name}: JSON nested too deeply to be an article or a list of them") from None
    except ValueError:  # an integer of more than 4,300 digits, which Python refuses to read (a guard against DoS)
        raise InputError(
            f"{name}: invalid JSON (a number of thousands of digits, too long for Python to read); give it as a "
            "string, or leave the field out"
        ) from None


def _stray_comma(error: json.JSONDecodeError, line: bool) -> str:
    """What to do about a comma that JSON has no place for, where ``error`` was found: one before a closing bracket
    (``{"text": "…",}``, which JavaScript and Python allow), or one after a whole record (a JSONL line copied from a
    list); empty for any other error, whose parser's words say enough. ``line`` tells a JSONL line from a JSON file."""
    doc, pos = error.doc, error.pos
    at, before, after = doc[pos : pos + 1], doc[max(0, pos - 200) : pos].rstrip(), doc[pos + 1 : pos + 200].lstrip()
    # Python 3.13 places a trailing comma's error at the comma, earlier versions at the bracket after it.
    closing = at if at in ("}", "]") and before.endswith(",") else after[:1] if at == "," else ""
    item = before.removesuffix(",").rstrip()[-1:] not in ("", "{", "[")  # "{,}" has no item for the comma to end
    if closing in ("}", "]") and item:
        return f"; a comma ends the last item before {closing!r}, which JSON does not allow: remove it"
    if error.msg == "Extra data" and at == ",":
        if line:
            return "; a comma follows the record, which JSONL does not allow: remove it (a line end ends a record)"
        return "; records separated by commas are a list in JSON: put '[' before the first and ']' after the last"
    return ""


def load(sources: Source | Iterable[Source]) -> list[Article]:
    """Load articles from paths, JSON/JSONL files, records (mappings), strings or Articles.

    A ``str`` is read as a path when it names an existing file, ends in a text or JSON suffix (and holds no
    sentence punctuation: ``"Ferry returns. See report.txt"`` is text), or is one word with a path separator, the
    suffix of a file loading refuses (``.html``, ``.csv``, ``.pdf``) or a glob's ``*``, and as article text
    otherwise; pass :class:`pathlib.Path` or :class:`Article` to be explicit. A ``.json`` file holds one record, a
    list of records, or an object with an ``"articles"`` list of them; a ``.jsonl`` file one record per line; a
    record is a mapping with ``text`` and optional ``id``, ``outlet``, ``title``, ``date`` and ``url`` (null, NaN as
    a data frame's empty cell gives, or empty for none), which may also be given under the names sites use
    (``headline``, ``published``, ``publisher``, ``link``) and in any case (``Title``), though not under two names
    with different values; other fields are ignored. A ``url`` that the report will not link (no whole http or https
    address) is kept, with a :class:`UserWarning` naming the article and what to give: once, as an :class:`Article`
    that loading gave is not told of again when loaded again (:func:`newsdiff.compare` loads what it is given).
    An id that another article has already (``Article(id="quay")`` beside ``quay.txt``, two folders' ``quay.txt``) is
    suffixed (``quay-2``), with a :class:`UserWarning` naming both articles.
    Raises :class:`InputError` naming the source that cannot be read.

    >>> [a.id for a in load(["The talks began.", "The talks started."])]
    ['article-1', 'article-2']
    """
    if isinstance(sources, (str, os.PathLike, Mapping, Article)):
        sources = [sources]
    elif _is_table(sources):
        # A data frame iterates over its column names: each would be loaded as a one-word article.
        raise InputError(
            f"cannot load {_kind(sources)} as it is (it gives its column names, not its rows); give its rows as "
            "records with 'text', such as df.to_dict('records') (pandas) or df.to_dicts() (polars)"
        )
    elif isinstance(sources, (bytes, bytearray)) or not isinstance(sources, Iterable):
        # Iterating bytes would give ints and blame "source 1"; None or a number is no list of sources at all.
        raise InputError(f"cannot load {_kind(sources)}; {_ACCEPTED}")
    articles: list[Article] = []
    told: set[int] = set()  # the places of the articles that loading gave and told of already
    for number, source in enumerate(sources, start=1):
        if isinstance(source, Article):
            if getattr(source, _LOADED, False):
                told.add(len(articles))
            articles.append(_with_metadata(source, source.id or source.source or f"article {number}"))
        elif isinstance(source, os.PathLike):
            # A path-like object may give bytes (os.scandir(b"dir") gives such entries): Path() refuses them.
            articles.extend(_load_path(Path(os.fsdecode(source))))
        elif isinstance(source, str) and looks_like_path(source):
            # A string of words ending in ".txt" may be a short article, not a file's name: say how to give it so.
            words = any(character.isspace() for character in source.strip())
            articles.extend(_load_path(Path(source), as_text=_AS_TEXT if words else ""))
        elif isinstance(source, str):
            text = normalise_text(source)
            articles.append(_with_metadata(Article(text=text), f"article {number}"))
        elif isinstance(source, Mapping):
            articles.append(article_from_record(source, f"record {number}"))
        else:
            raise InputError(f"source {number}: cannot load {_kind(source)}; {_ACCEPTED}")
    loaded = assign_ids(articles)
    for place, article in enumerate(loaded):
        if (renamed := _renamed(articles[place], article, loaded)) is not None:
            warnings.warn(renamed, UserWarning, stacklevel=1)
        if article.url and place not in told and (problem := url_problem(article.url)) is not None:
            # Kept, as the record, front matter or Article gave it; but the report links no other address (it shows it
            # as text): said here, so that a link expected in the page is not missing without a word. An article that
            # loading gave is not told of again when loaded again (compare loads what load gave), whatever the filter.
            where = f"article {article.id!r}" + (f" ({article.source})" if article.source else "")
            message = f"{where}: url {article.url!r} is kept, but the report will not link it: it {problem}"
            warnings.warn(message, UserWarning, stacklevel=1)
        if place not in told and (garbled := _mojibake(article.text)) is not None:
            where = f"article {article.id!r}" + (f" ({article.source})" if article.source else "")
            warnings.warn(f"{where}: {garbled}", UserWarning, stacklevel=1)
        object.__setattr__(article, _LOADED, True)
    return loaded


#: A character that UTF-8 read as Windows-1252 or Latin-1 gives for the first byte of a letter or a curly quote
#: (Ã, Â, â, Ä, Å), and those it gives for the bytes that follow: "cafÃ©" for "café", "donâ€™t" for "don’t".
_MOJIBAKE = re.compile(
    "[\u00c2-\u00f4][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc"
    "\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]{1,3}"
)
#: What such characters are taken to have been meant as.
_MEANT = re.compile("[\u00a0-\u024f\u0370-\u052f\u2010-\u20cf\u2122]")
#: How many such characters read back as one that a text holds before it is taken for garbled: one may be a name.
_MOJIBAKE_MIN = 2
#: How much of a text is looked at for them.
_MOJIBAKE_LOOK = 1 << 16


def _mojibake(text: str) -> str | None:
    """What to say of ``text`` when it is UTF-8 that was read as Windows-1252 or Latin-1 and saved again, as a
    scraper that guessed the page's encoding wrong gives it: its accents and quotes are two or three characters each,
    and its words match no other outlet's. None for other text."""
    found = []
    for match in _MOJIBAKE.finditer(text, 0, _MOJIBAKE_LOOK):
        garbled = match.group()
        for codec in ("cp1252", "latin-1"):
            try:
                meant = garbled.encode(codec).decode("utf-8")
            except (UnicodeEncodeError, UnicodeDecodeError):
                continue
            # Only a letter of the Latin, Greek or Cyrillic scripts, or a quote, dash or sign, is taken for what was
            # meant: French's "à »" with its no-break space is the bytes of a Samaritan letter, and no garbling.
            if _MEANT.fullmatch(meant):
                found.append((garbled, meant))
            break
        if len(found) >= _MOJIBAKE_MIN:
            garbled, meant = found[0]
            return (
                f"its text seems to be UTF-8 that was read as Windows-1252 and saved again ({garbled!r} for "
                f"{meant!r}), and its words will not match another article's; load the original as UTF-8, or repair "
                "the text, for example with ftfy.fix_text"
            )
    return None


#: An attribute, no field, that loading sets on each article it gives: loaded again, the article is not told of
#: twice. An article made from it (``dataclasses.replace``) is another, told of when loaded.
_LOADED = "_newsdiff_loaded"


_ACCEPTED = "give a path, a string, a mapping with 'text', an Article, or a list of these"


def _is_table(value: object) -> bool:
    """Whether ``value`` is a data frame (pandas, polars), known by its column names and ``to_dict`` without
    importing either."""
    return hasattr(value, "columns") and callable(getattr(value, "to_dict", None)) and not isinstance(value, Mapping)


def _kind(value: object) -> str:
    """What ``value`` is, for a message; bytes come with what to do about them."""
    if isinstance(value, (bytes, bytearray)):
        return f"{type(value).__name__} (decode them to a string first, for example with .decode('utf-8'))"
    kind = type(value).__name__
    return "None" if value is None else f"{'an' if kind[0] in 'aeiou' else 'a'} {kind}"


def assign_ids(articles: Sequence[Article]) -> list[Article]:
    """Give every article a distinct id: keep given ids, number the rest, suffix repeats.

    Two ids that differ only in how their accents are encoded (``café`` composed, and decomposed as macOS writes file
    names) look the same in every message and report: the second is a repeat, suffixed.
    """
    # A suffixed repeat must not take an id given to a later article: [x, x, x-2] is x, x-3, x-2.
    given = {_id_key(article.id) for article in articles if article.id}
    taken: set[str] = set()
    suffixes: dict[str, int] = {}
    result = []
    for number, article in enumerate(articles, start=1):
        base = article.id or f"article-{number}"
        ident = base
        while _id_key(ident) in taken or (ident != article.id and _id_key(ident) in given):
            suffixes[base] = suffixes.get(base, 1) + 1
            ident = f"{base}-{suffixes[base]}"
        taken.add(_id_key(ident))
        result.append(article if article.id == ident else replace(article, id=ident))
    return result


def _renamed(given: Article, named: Article, articles: Sequence[Article]) -> str | None:
    """What to say of ``given``, named ``named.id`` among ``articles`` because another article has its id, else None:
    an Article's id and a file's name (``Article(id="quay")`` beside ``quay.txt``), or two files of one name in two
    folders, were told apart by a suffix that said nothing of which was which."""
    if not given.id or given.id == named.id:
        return None
    key = _id_key(given.id)
    holder = next(article for article in articles if article.id is not None and _id_key(article.id) == key)
    where = f" ({named.source})" if named.source else ""
    other = f" ({holder.source})" if holder.source else ""
    if named.source and named.source == holder.source and named.text == holder.text:
        # One file given twice, not two files of one name: compare refuses it naming the file, and a warning
        # before that error said only what the error says better.
        return None
    return (
        f"article {named.id!r}{where}: its id {given.id!r} is the id of article {holder.id!r}{other} as well, so it "
        f"is named {named.id!r}; give the articles ids of their own (an id in the record or front matter, or files "
        "of different names) to name them yourself"
    )


def _id_key(ident: str) -> str:
    """What tells ids apart: their characters in composed form (NFC), as a reader sees them, without those that show as
    nothing (``qu\u200bay``, with a zero-width space inside, is ``quay``)."""
    if ident.isascii():
        return ident
    return unicodedata.normalize(
        "NFC", "".join(character for character in ident if not shows_nothing(character) or character.isspace())
    )
