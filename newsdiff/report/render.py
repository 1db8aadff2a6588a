"""Render a comparison into one self-contained HTML file with Jinja2 (autoescaping always on).

As in coverage.py's HTML report, the page is data first: :func:`build_report` turns a
:class:`~newsdiff.result.Comparison` into plain view objects (per article, per pair of articles, per
claim) holding only what the templates show, and the templates lay them out. Escaping happens in one
place, Jinja2's autoescape; only our own CSS and JavaScript are inlined unescaped, and the page's
Content-Security-Policy allows exactly those two blocks (by hash) and nothing else, no request at all.
"""

from __future__ import annotations

import base64
import hashlib
import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from pathlib import PurePath
from urllib.parse import urlsplit

import regex
from jinja2 import Environment, PackageLoader, select_autoescape
from markupsafe import Markup

from ..diff import DiffOp, word_diff

# The file helpers lived here once: still importable from here, as code written then imports them.
from ..files import refuse_read_only as refuse_read_only
from ..files import write_atomically as write_atomically
from ..result import AlignedPair, ArticleResult, Comparison, Sentence, counted, display_names, made_with, percent_shares

LABELS = ("shared", "paraphrased", "unique")


@dataclass(frozen=True)
class Piece:
    """A stretch of a sentence in the side-by-side view; ``changed`` when the other article lacks it."""

    text: str
    changed: bool


@dataclass(frozen=True)
class SentenceView:
    """A sentence as shown: its key (``"article-sentence"``), label, text and its counterparts' keys.

    ``named_by`` is the id of the heading that names its article, to which the sentence refers rather than
    repeating the name (see :class:`ArticleView`). ``direction`` is ``"rtl"`` for a sentence that reads from
    the right (see :func:`_direction`), else empty. ``nearly`` is true for a shared sentence none of whose shared
    counterparts says it word for word: its article calls it nearly verbatim, not verbatim.
    """

    key: str
    anchor: str
    number: int
    label: str
    text: str
    counterparts: str
    article: str
    named_by: str
    direction: str = ""
    nearly: bool = False


@dataclass(frozen=True)
class RemovalView:
    """A stretch removed by cleaning, with the reason; ``direction`` is ``"rtl"`` when it reads from the right."""

    reason: str
    text: str
    direction: str = ""


@dataclass(frozen=True)
class ArticleView:
    """One article's header facts, figures and sentences.

    ``name`` is written out once per place that introduces the article; ``short_name``, cut to at most
    :data:`SHORT_NAME` characters, wherever it recurs per row, per claim or per matrix cell. ``name`` and ``title``
    are cut to :data:`LONGEST_SHOWN` characters; ``whole_name`` and ``whole_title``, never cut, are written once, in
    the outlet list. ``named_by`` is the id of the heading that names the article in the page, the one place each
    sentence refers to. ``narrow_name`` is what the narrowest places (matrix headings, bars, strips) show in their
    three lines, and a closed side-by-side picker in its one: ``name``, or, where names start alike, a cut that tells
    them apart (see :func:`_narrow_names`).
    ``title_direction`` is ``"rtl"`` when the headline reads from the right, else empty. ``url`` is the address the
    page links (plain http or https, see :func:`_safe_url`); ``unlinked`` is any other the article gives, which the
    page shows as text rather than lose (see :func:`_shown_url`).
    """

    index: int
    id: str
    name: str
    whole_name: str
    short_name: str
    named_by: str
    title: str | None
    whole_title: str | None
    date: str | None
    url: str | None
    source: str | None
    sentences: tuple[SentenceView, ...]
    removed: tuple[RemovalView, ...]
    counts: dict[str, int]
    percents: dict[str, int]
    title_direction: str = ""
    narrow_name: str = ""
    unlinked: str | None = None


@dataclass(frozen=True)
class CellView:
    """One cell of the outlet × outlet matrix: how much of the row article the column article carries."""

    row: str
    column: str
    shared: int
    paraphrased: int
    sentences: int
    percent: int
    level: int
    diagonal: bool


@dataclass(frozen=True)
class WordingView:
    """How one article words a claim: its sentences in that claim.

    ``pieces`` hold, per sentence, its words with those the claim's first wording lacks marked (``None``
    for the first wording itself, the reference the others are read against). ``direction`` is ``"rtl"`` when
    every one of its sentences reads from the right, so that the wording lines up on the right and its second
    sentence follows the first leftwards; else empty.
    """

    article: str
    sentences: tuple[SentenceView, ...]
    pieces: tuple[tuple[Piece, ...] | None, ...]

    @property
    def direction(self) -> str:
        return "rtl" if all(s.direction == "rtl" for s in self.sentences) else ""


@dataclass(frozen=True)
class ClaimView:
    """A claim carried by several articles, each with its wording; ``reference`` is the index of the article whose
    wording comes first, the one the others' marked words are missing from."""

    number: int
    label: str
    carriers: int
    wordings: tuple[WordingView, ...]
    reference: int = 0

    @property
    def differs(self) -> bool:
        """Whether some wording has words the first lacks: a verbatim (shared) claim is then only nearly verbatim."""
        return any(piece.changed for w in self.wordings for pieces in w.pieces if pieces for piece in pieces)


@dataclass(frozen=True)
class RowView:
    """One row of the side-by-side view: a matched pair, or a sentence of one side alone.

    ``elsewhere`` is true when the lone sentence does match the other article, but out of order; ``beside`` is
    ``"above"`` or ``"below"`` when it matches in order a sentence of the other article drawn in a row above or below
    with another (one sentence split in two in the other article), else empty.
    """

    kind: str
    label: str
    left: SentenceView | None
    right: SentenceView | None
    left_pieces: tuple[Piece, ...]
    right_pieces: tuple[Piece, ...]
    elsewhere: bool = False
    beside: str = ""

    @property
    def differs(self) -> bool:
        """Whether either side has words the other lacks: a shared pair is then only nearly verbatim."""
        return any(piece.changed for piece in (*self.left_pieces, *self.right_pieces))


@dataclass(frozen=True)
class PairView:
    """The side-by-side view of two articles (``first`` before ``second`` in the comparison)."""

    key: str
    first: ArticleView
    second: ArticleView
    rows: tuple[RowView, ...]
    shared: int
    paraphrased: int

    @property
    def nearly_shared(self) -> int:
        """How many of the ``shared`` rows have words that differ (a shared pair is nearly word for word)."""
        return sum(1 for row in self.rows if row.kind == "pair" and row.label == "shared" and row.differs)


@dataclass(frozen=True)
class ReportView:
    """Everything the page shows; ``direction`` is ``"rtl"`` when its title (a headline, cut to
    :data:`LONGEST_SHOWN` characters) reads from the right."""

    title: str
    version: str
    articles: tuple[ArticleView, ...]
    matrix: tuple[tuple[CellView, ...], ...]
    claims: tuple[ClaimView, ...]
    pairs: tuple[PairView, ...]
    pairs_left_out: int = 0
    direction: str = ""

    @property
    def made_with(self) -> str:
        """The newsdiff that compared the articles, as the page names it (see :func:`newsdiff.result.made_with`)."""
        return made_with(self.version)


def _key(article: int, sentence: int) -> str:
    return f"{article}-{sentence}"


def _percent(part: int, whole: int) -> int:
    return round(100 * part / whole) if whole else 0


def _visible(character: str) -> str:
    """``character``, or its percent-encoded UTF-8 when it shows as nothing or moves the text around it."""
    if character == " " or unicodedata.category(character)[0] not in "CZ":
        return character
    return "".join(f"%{byte:02X}" for byte in character.encode("utf-8", "surrogatepass"))


def _safe_url(url: str | None) -> str | None:
    """The URL when it is plain http(s); anything else (``javascript:``, ``data:``) is never linked.

    A link reads as its address, so what an address may hide is percent-encoded, as a browser's address bar
    shows it: bidirectional controls (a right-to-left override makes ``/\u202egnp.exe`` read ``/exe.png``,
    which RFC 3987 forbids in an address), zero-width and other invisible characters, control characters.
    The link then leads where it reads, as a browser would encode them in the address it requests anyway.
    """
    if not url:
        return None
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    return "".join(map(_visible, url.strip()))


def _shown_url(url: str | None) -> str | None:
    """An address the page does not link (see :func:`_safe_url`), to show as text so that it is not lost; what it may
    hide (an invisible or a bidirectional character) is percent-encoded, as in a link. None when it is linked or empty.
    """
    if not url or not url.strip() or _safe_url(url) is not None:
        return None
    return "".join(map(_visible, url.strip()))


#: Characters of an outlet's name given where it recurs (each sentence's tooltip, each row, each cell):
#: a name of hundreds of characters written out per sentence would double a long article's page.
SHORT_NAME = 60

#: Characters of an outlet's name or a headline given in each of the places that introduce or head an article
#: (its heading, its matrix row and column, its bar, strip and pickers, the page's heading and tab): a longer one
#: is cut there, and written whole once, in the outlet list, so that a name of a megabyte adds a megabyte to the
#: page rather than one per place.
LONGEST_SHOWN = 1_000


#: Characters of a name that the narrowest places (the matrix's headings, the names of the bars and strips) can be
#: counted on to show within their three lines, at ten or so characters a line: two names that start with the same
#: ones read the same there, and are shown cut to this many, told apart (see :func:`_narrow_names`).
NARROW_NAME = 24

#: What shows as one character: Unicode's extended grapheme cluster (a letter and its accents, an emoji
#: sequence joined by zero-width joiners, a flag's two regional indicators).
_SHOWN_CHARACTER = regex.compile(r"\X")


def whole_characters(text: str, end: int) -> int:
    """``end``, or an earlier place, where ``text`` can be cut without splitting what shows as one character."""
    cut = 0
    for shown in _SHOWN_CHARACTER.finditer(text):
        if shown.end() > end:
            break
        cut = shown.end()
    return cut


def _short(name: str, most: int = SHORT_NAME) -> str:
    """The name, or its start cut at a word where one ends late enough, with an ellipsis, in ``most`` characters.

    The cut never splits what shows as one character (a letter and its accent, an emoji sequence, a flag).

    >>> _short("The Weekly Harbour Gazette of the Northern Coast", 30)
    'The Weekly Harbour Gazette of…'
    """
    if len(name) <= most:
        return name
    cut = name[: whole_characters(name, most - 1)]
    space = cut.rfind(" ")
    if not name[most - 1].isspace() and space >= most // 2:
        cut = cut[:space]  # back to the end of the last whole word
    return cut.rstrip() + "…"


def _word_start(text: str, at: int) -> int:
    """The start of the word that holds position ``at`` of ``text`` (``at`` itself when a space is there)."""
    return text.rfind(" ", 0, at) + 1 if at < len(text) and not text[at].isspace() else at


def _with_tail(name: str, tail: str, most: int) -> str:
    """The start of ``name``, cut at a word's end where it has one, and its ``tail``, joined by an ellipsis, in at most
    ``most`` characters."""
    head = name[: whole_characters(name, most - len(tail) - 2)]
    if name[len(head) : len(head) + 1] not in ("", " ") and " " in head.strip():
        head = head[: head.rstrip().rfind(" ")]  # back to the end of the last whole word
    return head.rstrip() + "… " + tail


def _distinct_shorts(
    names: Sequence[str], ids: Sequence[str], most: int = SHORT_NAME, kind: str = "article"
) -> list[str]:
    """Each name cut as :func:`_short` cuts it, except where two different names would then read the same.

    Articles of one outlet often differ only at the end of their names ("... - morning edition", "... - evening
    edition"), which a cut at the start drops. Those keep the end that tells them apart after the ellipsis; when that
    end is too long to fit, the cut name is followed by its ``ids`` entry, or by its place ("article 3") when that is
    too long as well or still clashes.

    >>> _distinct_shorts(["The Harbour Gazette, morning", "The Harbour Gazette, evening"], ["am", "pm"], 20)
    ['The Harbour… morning', 'The Harbour… evening']
    """
    shorts = [_short(name, most) for name in names]
    clashing: dict[str, list[int]] = {}
    for n, short in enumerate(shorts):
        clashing.setdefault(short, []).append(n)
    for group in clashing.values():
        whole = {names[n] for n in group}
        if len(whole) == 1:
            continue  # one name, given to several articles: display_names has already told them apart
        # The part after what every name of the group starts with, from the start of the word it falls in.
        first, last = min(whole), max(whole)  # sorted, the two that share the least of their start
        same = next((k for k, (a, b) in enumerate(zip(first, last, strict=False)) if a != b), len(first))
        start = _word_start(first, same)
        # A name short enough is shown whole (it reads as the cut of a longer one only by ending in "…").
        tails = {n: names[n][start:].lstrip() for n in group if len(names[n]) > most}
        for n in tails:
            if all(len(tail) <= most // 2 for tail in tails.values()):
                shorts[n] = _with_tail(names[n], tails[n], most)
            else:
                mark = f" ({ids[n]})" if len(ids[n]) <= most // 3 else f" ({kind} {n + 1})"
                shorts[n] = _short(names[n], most - len(mark)) + mark
    if len(set(shorts)) < len(set(names)):
        # A tail or id that reads as another name's cut: the place tells every cut name apart for certain.
        marks = [f" ({kind} {n})" for n in range(1, len(names) + 1)]
        return [n if len(n) <= most else _short(n, most - len(m)) + m for n, m in zip(names, marks, strict=True)]
    return shorts


def _narrow_names(names: Sequence[str], shown: Sequence[str], ids: Sequence[str], kind: str = "article") -> list[str]:
    """What the narrowest places show of each name: ``shown`` (which they cut by lines), except for names that start
    with the same :data:`NARROW_NAME` characters, which would read the same there: those are cut to that many and
    told apart by their ends or ids (:func:`_distinct_shorts`)."""
    narrow = _distinct_shorts(names, ids, NARROW_NAME, kind)
    return [s if n == _short(name, NARROW_NAME) else n for n, name, s in zip(narrow, names, shown, strict=True)]


def _direction(text: str) -> str:
    """``"rtl"`` when the text's first strongly directional character reads right to left, else ``""``.

    It is the rule a browser applies to ``dir="auto"``, decided here from the sentence alone: in the page a
    sentence starts with its label in hidden English words, which would make every sentence read left to right.
    """
    for character in text:
        kind = unicodedata.bidirectional(character)
        if kind == "L":
            return ""
        if kind in ("R", "AL"):
            return "rtl"
    return ""


def _verbatim(comparison: Comparison) -> set[tuple[str, int]]:
    """The sentences (article id, index) that some shared counterpart says word for word: a shared match may differ
    by a few words, and a sentence whose every shared match does is only nearly verbatim."""
    verbatim: set[tuple[str, int]] = set()
    for pair in comparison.pairs():
        if pair.label == "shared" and all(op.op == "equal" for op in pair.diff):
            verbatim.add((pair.first_article, pair.first.index))
            verbatim.add((pair.second_article, pair.second.index))
    return verbatim


def _article_view(
    index: int,
    article: ArticleResult,
    names: tuple[str, str, str, str],
    title: str | None,
    order: dict[str, int],
    verbatim: set[tuple[str, int]],
) -> ArticleView:
    """``names``: the article's name whole, cut to :data:`LONGEST_SHOWN`, cut to :data:`SHORT_NAME` characters, and
    as the narrowest places show it; ``title``: its headline as shown, cut to :data:`LONGEST_SHOWN` characters;
    ``verbatim``: the sentences some shared counterpart says word for word (see :func:`_verbatim`)."""
    counts = article.counts()
    whole_name, name, short_name, narrow_name = names
    named_by = f"name-{index}"
    sentences = tuple(
        SentenceView(
            key=_key(index, s.index),
            anchor=f"a{index}-s{s.index}",
            number=s.index + 1,
            label=s.label,
            text=s.text,
            counterparts=" ".join(_key(order[m.article], m.sentence) for m in s.matches),
            article=short_name,
            named_by=named_by,
            direction=_direction(s.text),
            nearly=s.label == "shared" and (article.id, s.index) not in verbatim,
        )
        for s in article.sentences
    )
    return ArticleView(
        index=index,
        id=article.id,
        name=name,
        whole_name=whole_name,
        short_name=short_name,
        named_by=named_by,
        title=title,
        whole_title=article.title,
        date=article.date,
        url=_safe_url(article.url),
        source=PurePath(article.source).name if article.source else None,
        sentences=sentences,
        removed=tuple(RemovalView(r.reason, r.text, _direction(r.text)) for r in article.removed),
        counts=counts,
        percents=percent_shares({label: counts[label] for label in LABELS}),
        title_direction=_direction(article.title or ""),
        narrow_name=narrow_name,
        unlinked=_shown_url(article.url),
    )


def _matrix(comparison: Comparison, articles: Sequence[ArticleView]) -> tuple[tuple[CellView, ...], ...]:
    rows = []
    for r, row in enumerate(comparison.overlap_matrix()):
        cells = []
        for c, cell in enumerate(row):
            percent = _percent(cell["shared"] + cell["paraphrased"], cell["sentences"])
            cells.append(
                CellView(
                    row=articles[r].short_name,
                    column=articles[c].short_name,
                    shared=cell["shared"],
                    paraphrased=cell["paraphrased"],
                    sentences=cell["sentences"],
                    percent=percent,
                    level=min(10, (percent + 9) // 10),
                    diagonal=r == c,
                )
            )
        rows.append(tuple(cells))
    return tuple(rows)


def _claims(comparison: Comparison, articles: Sequence[ArticleView], order: dict[str, int]) -> tuple[ClaimView, ...]:
    claims = []
    for group in comparison.groups:
        by_article: dict[int, list[SentenceView]] = {}
        for article_id, sentence in group.members:
            index = order[article_id]
            by_article.setdefault(index, []).append(articles[index].sentences[sentence])
        for wording in by_article.values():
            wording.sort(key=lambda s: s.number)  # in reading order, however the members are listed
        first, *others = sorted(by_article)
        reference = " ".join(s.text for s in by_article[first])
        wordings = (
            WordingView(articles[first].short_name, tuple(by_article[first]), (None,) * len(by_article[first])),
            *(
                WordingView(
                    articles[i].short_name,
                    tuple(by_article[i]),
                    tuple(_pieces(word_diff(reference, s.text), "second") for s in by_article[i]),
                )
                for i in others
            ),
        )
        claims.append((group, first, min(s.number for s in by_article[first]), wordings))
    # Most widely carried first; verbatim before reworded; then in the order the first article that carries them
    # tells them: by that article, then by where its wording starts in it.
    claims.sort(key=lambda item: (-len(item[3]), item[0].label != "shared", item[1], item[2]))
    return tuple(
        ClaimView(number=n, label=group.label, carriers=len(wordings), wordings=wordings, reference=first)
        for n, (group, first, _, wordings) in enumerate(claims, start=1)
    )


def _marked(text: str, changed: bool) -> tuple[Piece, ...]:
    """``text`` as pieces, a changed run's words marked and the white space around them not, so that a mark starts
    and ends at a word rather than at a blank (the diff keeps a run's space with it: " since May"). A run of white
    space alone stays marked: it is the whole of its change, and one the reader sees, as the diff takes white space
    within a line as no change; what remains is a space gained or lost beside a mark ("harbour ," for "harbour,")
    or a line break for a space, which the page shows as a line break (report.css)."""
    words = text.strip()
    if not changed or not words or words == text:
        return (Piece(text, changed),)
    start = text.index(words)
    around = (Piece(text[:start], False), Piece(words, True), Piece(text[start + len(words) :], False))
    return tuple(piece for piece in around if piece.text)


def _pieces(diff: Sequence[DiffOp], side: str) -> tuple[Piece, ...]:
    """The pieces of one side of a word diff, each as that side writes it: the first sentence keeps deletions, the
    second insertions (and its own Unicode form of an equal word); a changed run's surrounding spaces are unmarked."""
    if side == "first":
        return tuple(piece for op in diff if op.op != "insert" for piece in _marked(op.in_first, op.op != "equal"))
    return tuple(piece for op in diff if op.op != "delete" for piece in _marked(op.in_second, op.op != "equal"))


def _chain(pairs: Sequence[AlignedPair]) -> list[AlignedPair]:
    """The heaviest one-to-one chain of matches in reading order on both sides, so rows never cross.

    A heaviest increasing subsequence: matches are taken in order of their first sentence, and a
    Fenwick tree over the second sentence's position gives the heaviest chain ending before each one,
    so two long articles of n matches cost n log n steps rather than n². On a tie in weight the chain
    goes through the earlier match.
    """
    ordered = sorted(pairs, key=lambda p: (p.first.index, p.second.index))
    if not ordered:
        return []
    seconds = [p.second.index for p in ordered]
    # tree[k] holds the heaviest (weight, -position) among the chains ending at a second sentence in
    # its Fenwick range; (0.0, 1) stands for "no chain", lighter than any real one.
    tree = [(0.0, 1)] * (max(seconds) + 2)
    best: list[float] = []
    previous: list[int] = []
    start = 0
    while start < len(ordered):
        # Matches of one first sentence cannot precede each other: all look back before any is added.
        end = start
        while end < len(ordered) and ordered[end].first.index == ordered[start].first.index:
            end += 1
        for i in range(start, end):
            heaviest, k = (0.0, 1), seconds[i]
            while k > 0:
                heaviest = max(heaviest, tree[k])
                k -= k & -k
            weight, before = heaviest
            score = ordered[i].score
            if before <= 0 and weight + score > score:
                best.append(weight + score)
                previous.append(-before)
            else:
                best.append(score)
                previous.append(-1)
        for i in range(start, end):
            k = seconds[i] + 1
            while k < len(tree):
                tree[k] = max(tree[k], (best[i], -i))
                k += k & -k
        start = end
    at = max(range(len(ordered)), key=best.__getitem__)
    chain = []
    while at >= 0:
        chain.append(ordered[at])
        at = previous[at]
    return chain[::-1]


def _pair_view(comparison: Comparison, first: ArticleView, second: ArticleView) -> PairView:
    pairs = list(comparison.pairs(first.id, second.id))
    chain = _chain(pairs)
    drawn = [(p.first.index, p.second.index) for p in chain]
    # Sentences matched in this pair, side by side: what each sentence of either article matches in the other.
    matches: tuple[dict[int, list[int]], dict[int, list[int]]] = ({}, {})
    for p in pairs:
        matches[0].setdefault(p.first.index, []).append(p.second.index)
        matches[1].setdefault(p.second.index, []).append(p.first.index)
    starts = ([d[0] for d in drawn], [d[1] for d in drawn])
    row_of = (
        {d[1]: d for d in drawn},
        {d[0]: d for d in drawn},
    )  # per side: the row drawn with a sentence of the other
    rows: list[RowView] = []
    i = j = 0

    def beside(at: int, index: int, other: int) -> str:
        """Where the row drawn with sentence ``other`` of the other article stands from sentence ``index`` of this one
        (``at``: 0 for the first article, 1 for the second), if their match crosses no row drawn: the rows go down both
        articles at once (:func:`_chain`), so only the last row before ``index`` and the first after it can cross."""
        before, after = bisect_left(starts[at], index), bisect_right(starts[at], index)
        if (before and drawn[before - 1][1 - at] > other) or (after < len(drawn) and drawn[after][1 - at] < other):
            return ""
        row = row_of[at].get(other)
        return "" if row is None else "above" if row[at] < index else "below"

    def lone(side: str, sentence: Sentence) -> RowView:
        """A sentence in a row of its own. A match of it that crosses no row drawn is in order: the sentence it
        matches is drawn beside another (split in two here, or there), in a row above or below; one that crosses
        rows drawn is told in another order."""
        view = (first if side == "first" else second).sentences[sentence.index]
        at = 0 if side == "first" else 1
        found = matches[at].get(sentence.index, [])
        where = next(filter(None, (beside(at, sentence.index, other) for other in found)), "")
        elsewhere = bool(found) and not where
        pieces = (Piece(sentence.text, False),)
        if side == "first":
            return RowView("left", sentence.label, view, None, pieces, (), elsewhere, where)
        return RowView("right", sentence.label, None, view, (), pieces, elsewhere, where)

    first_sentences = comparison.article(first.id).sentences
    second_sentences = comparison.article(second.id).sentences
    for pair in chain:
        while i < pair.first.index:
            rows.append(lone("first", first_sentences[i]))
            i += 1
        while j < pair.second.index:
            rows.append(lone("second", second_sentences[j]))
            j += 1
        diff = pair.diff
        rows.append(
            RowView(
                "pair",
                pair.label,
                first.sentences[pair.first.index],
                second.sentences[pair.second.index],
                _pieces(diff, "first"),
                _pieces(diff, "second"),
            )
        )
        i, j = pair.first.index + 1, pair.second.index + 1
    rows.extend(lone("first", s) for s in first_sentences[i:])
    rows.extend(lone("second", s) for s in second_sentences[j:])
    shared = sum(1 for p in chain if p.label == "shared")
    return PairView(f"{first.index}-{second.index}", first, second, tuple(rows), shared, len(chain) - shared)


@dataclass(frozen=True)
class SideBySide:
    """How much the side-by-side view draws at most: ``pairs`` article pairs, holding ``sentences`` sentences
    in all (each pair draws both its articles whole).

    Beyond either limit, the pairs that share the most sentences are drawn and the page says how many it left
    out; the pair that shares the most is drawn whatever its length. The defaults are a report file's: every
    pair of ten articles, where every pair of sixty would make a page of tens of megabytes, and 12,000
    sentences, where 45 pairs of sixteen 300-sentence articles would draw 27,000 rows, some 14 MB.

    >>> SideBySide(pairs=3)
    SideBySide(pairs=3, sentences=12000)
    """

    pairs: int = 45
    sentences: int = 12_000

    def __post_init__(self) -> None:
        for field, value in (("pairs", self.pairs), ("sentences", self.sentences)):
            if isinstance(value, bool) or not isinstance(value, int) or value < 0:
                raise ValueError(f"SideBySide {field} must be a whole number of 0 or more, not {value!r}")


def _drawn_pairs(comparison: Comparison, order: dict[str, int], limits: SideBySide) -> list[tuple[int, int]]:
    """The article pairs to draw side by side, in page order: all of them, or those that share the most, up
    to the ``limits`` (a pair too long to fit is passed over)."""
    count = len(comparison.articles)
    every = [(i, j) for i in range(count) for j in range(i + 1, count)]
    length = [len(a.sentences) for a in comparison.articles]
    if len(every) <= limits.pairs and sum(length[i] + length[j] for i, j in every) <= limits.sentences:
        return every
    aligned: Counter[tuple[int, int]] = Counter()
    for pair in comparison.pairs():
        aligned[(order[pair.first_article], order[pair.second_article])] += 1
    drawn: list[tuple[int, int]] = []
    room = limits.sentences
    for i, j in sorted(every, key=lambda key: -aligned[key]):
        if len(drawn) == limits.pairs:
            break
        if not drawn or length[i] + length[j] <= room:
            drawn.append((i, j))
            room -= length[i] + length[j]
    return sorted(drawn)


def _title(comparison: Comparison) -> str:
    """What the page is called: the first headline (cut to :data:`LONGEST_SHOWN` characters), or how many articles
    it compares ("1 article compared", for one read back from JSON)."""
    titles = [a.title for a in comparison.articles if a.title]
    return _short(titles[0], LONGEST_SHOWN) if titles else f"{counted(len(comparison.articles), 'article')} compared"


def build_report(comparison: Comparison, *, side_by_side: SideBySide = SideBySide()) -> ReportView:
    """The view objects of the whole page, built from the comparison without any text analysis.

    ``side_by_side`` limits the article pairs drawn side by side (a report file's limits by default).
    """
    order = {a.id: n for n, a in enumerate(comparison.articles)}
    wholes = display_names(comparison.articles)
    ids = [a.id for a in comparison.articles]
    shown = _distinct_shorts(wholes, ids, LONGEST_SHOWN)
    narrow = _narrow_names(wholes, shown, ids)
    names = list(zip(wholes, shown, _distinct_shorts(wholes, ids), narrow, strict=True))
    # Headlines that differ only past the cut keep what tells them apart, as names do; the same headline reads the same.
    titles = _distinct_shorts([a.title or "" for a in comparison.articles], ids, LONGEST_SHOWN)
    verbatim = _verbatim(comparison)
    articles = tuple(
        _article_view(n, a, names[n], titles[n] if a.title else a.title, order, verbatim)
        for n, a in enumerate(comparison.articles)
    )
    drawn = _drawn_pairs(comparison, order, side_by_side)
    pairs = tuple(_pair_view(comparison, articles[i], articles[j]) for i, j in drawn)
    count = len(articles)
    title = _title(comparison)
    return ReportView(
        title=title,
        version=comparison.version,
        articles=articles,
        matrix=_matrix(comparison, articles),
        claims=_claims(comparison, articles, order),
        pairs=pairs,
        pairs_left_out=count * (count - 1) // 2 - len(pairs),
        direction=_direction(title),
    )


def isolated(text: object) -> str:
    """``text`` set apart from the words around it by Unicode's first-strong isolate (U+2068 to U+2069).

    A tooltip (a ``title``) cannot hold ``<bdi>``: there a name that reads from the right, or that overrides the
    direction (U+202E), would reorder the words and figures after it. Inside the isolate it reorders only itself.
    """
    return f"\u2068{text}\u2069"


def grouped(count: int) -> str:
    """``count`` with its thousands grouped by commas ("1,234"), as the text summary and the CLI write counts."""
    return f"{count:,}"


def _css_string(text: str) -> str:
    """``text`` as a CSS string in which what could end the string, the rule or the style element (a quote, a
    backslash, ``</style>``) is an escape, as is what shows as nothing (a control or bidirectional character)."""
    escaped = (
        f"\\{ord(c):x} " if c in '"\\<>&' or (unicodedata.category(c)[0] in "CZ" and c != " ") else c for c in text
    )
    return '"' + "".join(escaped) + '"'


def _run_bounds(report: ReportView) -> str:
    """Style rules by which the hidden words that bound a changed run name the article that lacks it, as the pair's
    heading and a claim's wording name it (``short_name``), rather than "the other article".

    The style generates those words (report.css), so that a copied sentence is only its own text; a rule per article
    that lacks runs, not words per run, keeps a long report's page the size it was. In a pair the first column's
    deletions are missing from the second article, the second column's insertions from the first, however the pickers
    order the columns; in a claim, the insertions are missing from its first wording.
    """
    lacking: dict[str, int] = {}
    for pair in report.pairs:
        lacking.setdefault(f'.pair[data-pair^="{pair.first.index}-"] ins::before', pair.first.index)
        lacking.setdefault(f'.pair[data-pair$="-{pair.second.index}"] del::before', pair.second.index)
    rules = [
        f'{selector} {{ content: " [not in " {_css_string(report.articles[n].short_name)} ": "; }}'
        for selector, n in lacking.items()
    ]
    for n in sorted({claim.reference for claim in report.claims}):
        name = _css_string(report.articles[n].short_name)
        rules.append(f'.claim[data-first="{n}"] ins::before {{ content: " [not in the wording of " {name} ": "; }}')
    return "".join(f"{rule}\n" for rule in rules)


@lru_cache(maxsize=1)
def _environment() -> Environment:
    environment = Environment(
        loader=PackageLoader("newsdiff.report", "templates"),
        autoescape=select_autoescape(default=True, default_for_string=True),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    environment.filters["isolated"] = isolated
    environment.filters["counted"] = counted
    environment.filters["grouped"] = grouped
    return environment


#: What the inlined style and script need not carry: their comments, and the indentation of their lines.
_COMMENT = re.compile(r"/\*.*?\*/[ \t]*\n?|^[ \t]*//[^\n]*\n", re.DOTALL | re.MULTILINE)
_INDENT = re.compile(r"^[ \t]+|^\n", re.MULTILINE)


def _compact(text: str) -> str:
    """Our own CSS or JavaScript without its comments (block comments, and ``//`` ones on lines of their own), blank
    lines and indentation: they are a third of what each page inlines, and no reader of the page sees them.

    The files are written so that this is safe: no string or regular expression in them holds ``/*`` or starts a
    line with ``//`` (tests/test_report.py checks that the script is still valid, and the browser tests what it does).
    """
    return _INDENT.sub("", _COMMENT.sub("", text))


@cache
def _static(name: str) -> str:
    text = _compact((resources.files("newsdiff.report") / "static" / name).read_text(encoding="utf-8"))
    closing = "</style" if name.endswith(".css") else "</script"
    if closing in text.lower():
        raise ValueError(f"static/{name} must not contain {closing!r}: it is inlined into the page")
    return text


def _hash(text: str) -> str:
    return "sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii")


def content_security_policy(css: str, js: str | None, *, framed: bool = False) -> str:
    """The page's policy: nothing may load, only our inline style and script (by hash) may apply or run; a page
    without script (``js`` None) runs none.

    A ``framed`` page may set its base address to an ``about:`` one (its own, ``about:srcdoc``: see
    :func:`render_html`) and to nothing else.
    """
    base = "about:" if framed else "'none'"
    script = "" if js is None else f"script-src '{_hash(js)}'; "
    return f"default-src 'none'; style-src '{_hash(css)}'; {script}img-src 'none'; base-uri {base}; form-action 'none'"


def render_html(comparison: Comparison, *, side_by_side: SideBySide = SideBySide(), framed: bool = False) -> str:
    """The full report page: one self-contained HTML document (``side_by_side``: as :func:`build_report`).

    A ``framed`` page is made for an iframe's ``srcdoc`` (a notebook cell), whose links would resolve against
    the host's address, so that "#claims" would load the notebook inside the frame: its base address is the
    frame's own (``about:srcdoc``), so in-page links scroll within it even where the host blocks its script.
    """
    report = build_report(comparison, side_by_side=side_by_side)
    css, js = _static("report.css") + _run_bounds(report), _static("report.js")
    return (
        _environment()
        .get_template("report.html.j2")
        .render(
            report=report,
            labels=LABELS,
            css=Markup(css),  # our own package file, and names only as escaped CSS strings (_run_bounds)
            js=Markup(js),
            csp=content_security_policy(css, js, framed=framed),
            framed=framed,
        )
    )


#: What a notebook cell draws side by side at most: ten pairs (those of five articles) holding 1,500 sentences
#: (ten pairs of 40-sentence articles). A cell's output is sent to the browser in one message and saved in the
#: notebook file, so it is kept to about a megabyte.
NOTEBOOK_SIDE_BY_SIDE = SideBySide(pairs=10, sentences=1_500)


def _srcdoc(page: str) -> Markup:
    """``page`` escaped for a single-quoted attribute: the page's markup holds thousands of double quotes
    and closing angle brackets but hardly any single quotes, so the frame costs a tenth of the page
    rather than four tenths. ``<`` is escaped as well, so no raw tag appears in the notebook's output."""
    return Markup(page.replace("&", "&amp;").replace("'", "&#39;").replace("<", "&lt;"))


def render_notebook(comparison: Comparison, *, side_by_side: SideBySide = NOTEBOOK_SIDE_BY_SIDE) -> str:
    """The report for a notebook cell: the page in a sandboxed iframe, so its script and style stay inside.

    ``side_by_side`` limits the article pairs drawn side by side (:data:`NOTEBOOK_SIDE_BY_SIDE` by default).
    """
    page = render_html(comparison, side_by_side=side_by_side, framed=True)
    return _environment().get_template("notebook.html.j2").render(page=_srcdoc(page), title=_title(comparison))
