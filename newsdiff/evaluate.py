"""Measure relation quality: score :func:`relate` on labelled sentence pairs, and an alignment on a gold file.

Sentence pairs come in the Microsoft Research Paraphrase Corpus layout (tab-separated ``Quality``,
``#1 ID``, ``#2 ID``, ``#1 String``, ``#2 String``, a header line or none, perhaps a byte-order mark). A pair
labelled 1 counts as matched when newsdiff says ``shared`` or ``paraphrased``. Word weights are the
inverse document frequencies over all sentences of the file, as :func:`newsdiff.compare` weighs words
over the sentences of a cluster; a file of fewer than :data:`OWN_WEIGHTS_FROM` sentences is weighed as
:func:`newsdiff.relate` weighs two sentences, by the frequencies shipped with the model. The alignment
gold format is described in ``docs/evaluation.md``.
"""

from __future__ import annotations

import difflib
import json
import math
import os
import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from ._version import __version__
from .align import RELATED_TOGETHER
from .article import Source, decode, given_twice, json_kind, json_object
from .compare import Prepared, prepare, relate_prepared, unrelated
from .errors import InputError
from .features import SentenceFeatures, featurize
from .invisible import (
    DIRECTION_MARKS,
    GRAPHEME_JOINER,
    INVISIBLE_OPERATORS,
    MONGOLIAN_VOWEL_SEPARATOR,
    SOFT_HYPHEN,
    ZERO_WIDTH,
)
from .noise import NoiseRule
from .relate import Relater, Relation, background_weights, idf_weights, relate_many, relater_for
from .result import ArticleResult, Comparison, Reason, Scoring

#: Version of the layout of the scores' JSON (:meth:`PairScores.to_dict`, :meth:`AlignmentScores.to_dict`);
#: a change to it other programs would notice gets a new number.
EVALUATION_SCHEMA = 1


@dataclass(frozen=True)
class LabelledPair:
    """Two sentences and whether they are paraphrases (``True``) or not, as a gold file says."""

    paraphrase: bool
    first: str
    second: str


@dataclass(frozen=True)
class PairScores:
    """Accuracy, precision, recall and F1 of matched-versus-not, with the confusion counts.

    ``labels`` gives, for each label newsdiff said, the pairs it said it of that are gold paraphrases and those
    that are not. Scores hash by their confusion counts, which ``labels`` only breaks down (a dict hashes not).
    """

    true_positive: int
    false_positive: int
    false_negative: int
    true_negative: int
    labels: dict[str, tuple[int, int]] = field(default_factory=dict, hash=False)

    @property
    def total(self) -> int:
        """Number of pairs scored."""
        return self.true_positive + self.false_positive + self.false_negative + self.true_negative

    @property
    def accuracy(self) -> float:
        """Share of pairs judged right."""
        return (self.true_positive + self.true_negative) / self.total if self.total else 0.0

    @property
    def precision(self) -> float:
        """Share of pairs said to match that are gold paraphrases."""
        said = self.true_positive + self.false_positive
        return self.true_positive / said if said else 0.0

    @property
    def recall(self) -> float:
        """Share of gold paraphrases said to match."""
        gold = self.true_positive + self.false_negative
        return self.true_positive / gold if gold else 0.0

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall."""
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def to_dict(self) -> dict[str, Any]:
        """The figures as JSON-ready data (layout version :data:`EVALUATION_SCHEMA`); a ratio with nothing to
        divide is 0, as in the text."""
        return {
            "evaluation_schema": EVALUATION_SCHEMA,
            "newsdiff": __version__,
            "pairs": self.total,
            "accuracy": self.accuracy,
            "precision": self.precision,
            "recall": self.recall,
            "f1": self.f1,
            "true_positive": self.true_positive,
            "false_positive": self.false_positive,
            "false_negative": self.false_negative,
            "true_negative": self.true_negative,
            "labels": {label: {"gold_1": one, "gold_0": zero} for label, (one, zero) in self.labels.items()},
        }

    def __str__(self) -> str:
        lines = [
            (
                f"pairs {self.total}  accuracy {self.accuracy:.3f}  precision {self.precision:.3f}  "
                f"recall {self.recall:.3f}  F1 {self.f1:.3f}"
            ),
            f"{'newsdiff says':<14}{'gold 1':>8}{'gold 0':>8}",
        ]
        for label, (positive, negative) in self.labels.items():
            lines.append(f"{label:<14}{positive:>8}{negative:>8}")
        return "\n".join(lines)


#: The MSRP layout's columns, as its header line names them.
_COLUMNS = "Quality, #1 ID, #2 ID, #1 String, #2 String"


def _read_text(path: Path, what: str) -> str:
    """The text of the file ``path`` (``what`` it should be), decoded as articles are: UTF-16, binary data or a
    stray Latin-1 byte is named with its line and a fix."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"{path}: cannot read {what} ({exc.strerror or exc})") from None
    return decode(data, str(path))


def read_pairs(path: str | Path) -> list[LabelledPair]:
    """Read a sentence-pair file in the MSRP layout; :class:`InputError` names the file and the bad line."""
    path = Path(path)
    text = _read_text(path, "the sentence-pair file")
    # Records end at line feeds only: a sentence may hold a line separator or a form feed. Fields are split
    # at tabs alone (no quoting, as in MSRP), unless the file was written with CSV quoting (_quoted_rows); the csv
    # module would also refuse a sentence over its field limit.
    if not text.strip():
        raise InputError(f"{path}: is empty; expected sentence pairs in the MSRP layout ({_COLUMNS})")
    _refuse_other_layout(text, path)
    lines = [line.split("\t") for line in text.split("\n")]
    numbered = (
        _quoted_rows(text, path)
        if any(_CSV_QUOTED.fullmatch(cell) for row in lines for cell in row)
        else list(enumerate(lines, start=1))
    )
    rows = [(number, row) for number, row in numbered if any(cell.strip() for cell in row)]
    # MSRP's files open with a header line, but the same layout is often written without one: the first line
    # is a header when its first field is "Quality", and otherwise must be a pair.
    header = _is_header(rows[0][1])
    # A header line may name columns of the file's own after MSRP's five (a source, a note): they are left aside.
    width = _header_width(rows[0][1], f"{path}:{rows[0][0]}") if header else 5
    pairs = []
    for number, row in rows[header:]:
        # A header line further down is that of a file joined on (`cat train.txt test.txt`), its BOM and all.
        if _is_header(row):
            continue
        row = [row[0].lstrip("\ufeff"), *row[1:]]  # a pair file joined on without a header opens with its BOM
        while len(row) > width and not row[-1].strip():  # a tab ending the row (a spreadsheet's export) adds nothing
            row.pop()
        if width > 5:
            if len(row) != width:
                names = ", ".join(cell.strip().lstrip("\ufeff").strip() for cell in rows[0][1][:width])
                raise InputError(
                    f"{path}:{number}: expected {width} tab-separated fields, as the header line names ({names}), "
                    f"found {len(row)}"
                )
            row = row[:5]
        # A record whose line break was lost is glued to the previous one ("...last words.0<TAB>id<TAB>...").
        records = []
        while len(row) > 5 and (len(row) - 5) % 4 == 0 and row[4][-1:] in ("0", "1"):
            head, row = row[:5], [row[4][-1], *row[5:]]
            head[4] = head[4][:-1]
            records.append(head)
        for record in [*records, row]:
            problem = _row_problem(record)
            if problem is not None:
                if number == rows[0][0] and not header:  # perhaps the header of another layout
                    problem = f"expected the header line of the MSRP layout or a pair; {problem}"
                raise InputError(f"{path}:{number}: {problem}")
            pairs.append(LabelledPair(record[0].strip() == "1", record[3], record[4]))
    if not pairs:
        raise InputError(
            f"{path}: holds only the header line; give a sentence pair on each line after it, tab-separated "
            f"({_COLUMNS})"
        )
    return pairs


def _refuse_other_layout(text: str, path: Path) -> None:
    """Refuse a file that cannot be pairs in the MSRP layout, saying what it is: JSON (an alignment gold given without
    ``--gold``), or a file with no tab (comma-separated, or an article). Read a line at a time, each was told as its
    first line's "found 1 field; join a sentence broken over two lines", which says nothing of the mistake."""
    if text.lstrip("\ufeff \t\r\n")[:1] in ("{", "["):  # no MSRP line begins so: its first field is 0, 1 or Quality
        try:
            data = json.loads(text.lstrip("\ufeff"))
        except (ValueError, RecursionError):
            data = None
        if isinstance(data, dict) and {"pairs", "unique"} & data.keys():
            raise InputError(
                f"{path}: is an alignment gold (JSON), not a sentence-pair file; score the alignment of the articles "
                f"it labels with newsdiff evaluate --gold {path} A.txt B.txt ..."
            )
        if data is not None:
            raise InputError(f"{path}: is JSON, not a sentence-pair file in the MSRP layout (tab-separated {_COLUMNS})")
    if "\t" in text:
        return
    problem = f"{path}: holds no tab; a sentence-pair file gives five tab-separated fields on each line ({_COLUMNS})"
    first = next(line for line in text.split("\n") if line.strip()).lstrip("\ufeff").split(",")
    if len(first) >= 5 and first[0].strip().strip('"').lower() in ("quality", "0", "1"):
        problem += "; its lines are comma-separated: write it with tabs (pandas: to_csv(path, sep='\\t', index=False))"
    raise InputError(problem)


def _header_width(header: Sequence[str], where: str) -> int:
    """How many fields the rows under the MSRP header line ``header`` have: five, or as many columns as it names when
    it names more, MSRP's five first; more columns in another order are refused, ``where`` named."""
    names = [cell.strip().lstrip("\ufeff").strip() for cell in header]
    while names and not names[-1]:  # a tab at the end of the line names no column
        names.pop()
    if len(names) <= 5:
        return 5
    if [name.casefold() for name in names[:5]] != [name.casefold() for name in _COLUMNS.split(", ")]:
        raise InputError(
            f"{where}: the header line names {len(names)} columns ({', '.join(names)}); the MSRP layout's five come "
            f"first ({_COLUMNS}), in that order: put them so, or leave the other columns out"
        )
    return len(names)


#: A field as CSV writers (Python's csv module, pandas' ``to_csv``) write one that holds a quotation mark: wrapped in
#: quotation marks, each one inside doubled. MSRP's sentences open and close with quotation marks of their own, but
#: never double one.
_CSV_QUOTED = re.compile(r'"(?:[^"]|"")*""(?:[^"]|"")*"')
#: A quoted field, from its opening quotation mark to its closing one.
_QUOTED_FIELD = re.compile(r'"((?:[^"]|"")*)"')


def _quoted_rows(text: str, path: Path) -> list[tuple[int, list[str]]]:
    """The records of ``text`` written with CSV quoting, each with the line it starts on: a field that opens with a
    quotation mark runs to the one that closes it, tabs and line breaks inside included, with each doubled one read
    as one. Such a file, read a line at a time, kept the quoting in its sentences and split them at their tabs."""
    rows: list[tuple[int, list[str]]] = []
    line, at, row = 1, 0, []
    start = line
    while True:
        quoted = _QUOTED_FIELD.match(text, at) if text.startswith('"', at) else None
        if quoted is not None and (quoted.end() == len(text) or text[quoted.end()] in "\t\n"):
            row.append(quoted[1].replace('""', '"'))
            line += quoted[0].count("\n")
            at = quoted.end()
        elif text.startswith('"', at):
            raise InputError(
                f"{path}:{line}: a quotation mark opens a field and none closes it before a tab or a line end, as CSV "
                'quoting does (the file is read as quoted so: a field doubles its quotation marks, ""); double each '
                "quotation mark inside that field"
            )
        else:
            end = min((n for n in (text.find("\t", at), text.find("\n", at)) if n >= 0), default=len(text))
            row.append(text[at:end])
            at = end
        if at == len(text) or text[at] == "\n":
            rows.append((start, row))
            if at == len(text):
                return rows
            line += 1
            start, row = line, []
        at += 1


def _is_header(row: Sequence[str]) -> bool:
    """Whether ``row`` is the MSRP layout's header line: its first field ``Quality``, perhaps after a BOM."""
    return row[0].strip().lstrip("\ufeff").strip().lower() == "quality"


def _row_problem(record: Sequence[str]) -> str | None:
    """What is wrong with a record's fields for the MSRP layout, or None when they fit it."""
    if len(record) != 5:
        # Too many: a tab inside a sentence; too few: a sentence broken over two lines, or a column left out.
        fix = (
            "a tab inside a sentence splits it: put a space in its place"
            if len(record) > 5
            else "join a sentence broken over two lines, or give the column left out"
        )
        return f"expected five tab-separated fields ({_COLUMNS}), found {len(record)}; {fix}"
    if record[0].strip() not in ("0", "1"):
        return f"Quality must be 0 or 1, not {record[0].strip()!r}"
    if not record[3].strip() or not record[4].strip():
        return "a sentence of the pair is empty"
    return None


def sentence_frequencies(sentences: Iterable[SentenceFeatures]) -> tuple[int, dict[str, int]]:
    """How many sentences there are, and in how many of them each content key occurs."""
    frequency: dict[str, int] = {}
    total = 0
    for features in sentences:
        total += 1
        for key in features.content:
            frequency[key] = frequency.get(key, 0) + 1
    return total, frequency


def corpus_idf(sentences: Iterable[SentenceFeatures]) -> Callable[[str], float]:
    """Inverse document frequency of each content key over ``sentences``, smoothed as the candidate index does."""
    return idf_weights(*sentence_frequencies(sentences))


#: A pair file of at least this many sentences weighs words by their frequencies in it. In fewer, nearly
#: every word is rare, so its counts cannot tell a telling word from a common one, and the frequencies
#: shipped with the model weigh them better: on random samples of MSRP's training pairs, weighed by the
#: rest of it, accuracy rose by 4 points at 10 pairs, 1.5 at 100 and 0.3 at 300.
OWN_WEIGHTS_FROM = 1000


def relate_pairs(pairs: Sequence[LabelledPair], *, engine: str = "lexical", progress: bool = False) -> list[Relation]:
    """Relate every pair with the chosen engine, words weighed by their IDF over all sentences of ``pairs``.

    Fewer than :data:`OWN_WEIGHTS_FROM` sentences are weighed by the frequencies shipped with the model
    instead, as :func:`newsdiff.relate` weighs them. ``progress`` shows a bar on standard error counting the
    pairs related, once that takes more than a moment. The features of one batch of pairs are held at a time.
    """
    relater: Relater = relater_for(engine)  # an unknown engine is refused before a sentence is featurized
    own = 2 * len(pairs) >= OWN_WEIGHTS_FROM
    # The frequencies are counted from features made and dropped one sentence at a time, and each batch is
    # featurized again to be related. Held for the whole file, with what relating caches on them, the features
    # took about 40 kB a pair (4 GB for 100,000 pairs); on MSRP, featurizing twice takes 5 to 20% more time.
    idf = corpus_idf(featurize(text) for p in pairs for text in (p.first, p.second)) if own else background_weights()
    relations: list[Relation] = []
    with _progress_bar(progress, len(pairs)) as told:
        # Related a batch at a time, as a cluster's pairs are: an engine that embeds sentences embeds a batch's
        # in one model call, and the bar moves while it works (embedding them all first left it still).
        for start in range(0, len(pairs), RELATED_TOGETHER):
            batch = [(featurize(p.first), featurize(p.second)) for p in pairs[start : start + RELATED_TOGETHER]]
            relations += relate_many(relater, batch, idf)
            if told is not None:
                told(len(relations))
    return relations


@contextmanager
def _progress_bar(enabled: bool, total: int) -> Iterator[Callable[[int], None] | None]:
    """A tqdm bar on standard error counting the pairs related of ``total``; None when off, or when there is no
    standard error to draw it on."""
    from .compare import PROGRESS_DELAY, progress_stream  # read when asked, so that one setting serves every bar

    stream = progress_stream()
    if not enabled or stream is None:
        yield None
        return
    from tqdm import tqdm  # type: ignore[import-untyped]

    with tqdm(
        total=total,
        desc="newsdiff evaluate",
        unit="pair",
        delay=PROGRESS_DELAY,
        leave=False,
        file=stream,
    ) as bar:

        def told(done: int) -> None:
            bar.update(done - bar.n)

        yield told


def score_pairs(pairs: Sequence[LabelledPair], relations: Sequence[Relation]) -> PairScores:
    """Score relations against gold pairs: shared or paraphrased counts as a match."""
    counts = {label: [0, 0] for label in ("shared", "paraphrased", "unrelated")}
    for pair, relation in zip(pairs, relations, strict=True):
        counts[relation.label][0 if pair.paraphrase else 1] += 1
    matched = [counts["shared"][i] + counts["paraphrased"][i] for i in (0, 1)]
    return PairScores(
        true_positive=matched[0],
        false_positive=matched[1],
        false_negative=counts["unrelated"][0],
        true_negative=counts["unrelated"][1],
        labels={label: (c[0], c[1]) for label, c in counts.items()},
    )


def evaluate_pairs(path: str | Path, *, engine: str = "lexical", progress: bool = False) -> PairScores:
    """Read a sentence-pair file in the MSRP layout, relate its pairs, and score them.

    The file has a header line (its first field ``Quality``) or none, then tab-separated ``Quality``, ``#1 ID``,
    ``#2 ID``, ``#1 String`` and ``#2 String``, where ``Quality`` is 1 for a paraphrase and 0 otherwise; a pair
    counts as matched when newsdiff says ``shared`` or ``paraphrased``. ``engine`` is ``"lexical"`` (the default,
    offline, no model) or ``"embeddings"`` (needs the extra). ``progress`` shows a bar on standard error while the
    pairs are related. Raises :class:`InputError` naming the file, and the line of a row that does not fit the layout.
    """
    pairs = read_pairs(path)
    return score_pairs(pairs, relate_pairs(pairs, engine=engine, progress=progress))


def _sentences_named(
    first: tuple[str, int], first_text: str, second: tuple[str, int], second_text: str
) -> dict[str, Any]:
    """Two sentences as JSON-ready data, named as a gold pair names them: article id, index and text of each."""
    return {
        "a": first[0],
        "a_sentence": first[1],
        "a_text": first_text,
        "b": second[0],
        "b_sentence": second[1],
        "b_text": second_text,
    }


@dataclass(frozen=True)
class MissedPair:
    """A gold pair whose sentences newsdiff did not match, as a program reads it: ``entry`` is its number among the
    gold's pairs (from 1), ``first`` and ``second`` are (article id, sentence index) in the comparison, and
    ``gold_label`` the gold's label (None when it gives none). :class:`Miss` adds why, when asked to explain."""

    entry: int
    first: tuple[str, int]
    second: tuple[str, int]
    gold_label: str | None

    def to_dict(self) -> dict[str, Any]:
        """The pair as JSON-ready data, its sentences named as a gold pair and a :class:`Miss` name them."""
        return {
            "entry": self.entry,
            "a": self.first[0],
            "a_sentence": self.first[1],
            "b": self.second[0],
            "b_sentence": self.second[1],
            "gold_label": self.gold_label,
        }

    def __str__(self) -> str:
        return f"pairs entry {self.entry}: {self.first[0]}#{self.first[1]} <-> {self.second[0]}#{self.second[1]}"


@dataclass(frozen=True)
class Miss:
    """A gold pair newsdiff did not align, or aligned with another label than the gold's, and why.

    ``entry`` is the pair's number among the gold's pairs (from 1); ``first`` and ``second`` are (article id,
    sentence index), with the sentences' texts in ``first_text`` and ``second_text``. ``gold_label`` is the gold's
    label (None when it gives none), ``label`` newsdiff's (``unrelated`` when it did not align them), and ``score``,
    ``reason`` and ``because`` are the comparison's :class:`~newsdiff.Verdict` on the pair.
    """

    entry: int
    first: tuple[str, int]
    second: tuple[str, int]
    first_text: str
    second_text: str
    gold_label: str | None
    label: str
    score: float
    reason: Reason
    because: str

    def to_dict(self) -> dict[str, Any]:
        """The miss as JSON-ready data, its sentences named as a gold pair names them."""
        return {
            "entry": self.entry,
            **_sentences_named(self.first, self.first_text, self.second, self.second_text),
            "gold_label": self.gold_label,
            "label": self.label,
            "score": self.score,
            "reason": self.reason,
            "because": self.because,
        }

    def __str__(self) -> str:
        gold = f"gold {self.gold_label}" if self.gold_label is not None else "gold unlabelled"
        return "\n".join(
            [
                f"pairs entry {self.entry}: {self.first[0]}#{self.first[1]} <-> {self.second[0]}#{self.second[1]}",
                f"  {gold}; {self.because} [{self.reason}]",
                f"  a: {_short(self.first_text)}",
                f"  b: {_short(self.second_text)}",
            ]
        )


@dataclass(frozen=True)
class Extra:
    """A match newsdiff made that the gold does not list, and why newsdiff made it.

    ``first`` and ``second`` are (article id, sentence index), with the sentences' texts in ``first_text`` and
    ``second_text``; ``label``, ``score``, ``reason`` and ``because`` are the comparison's :class:`~newsdiff.Verdict`
    on the pair. ``unique`` gives the numbers (from 1) of the gold's unique entries that name one of the sentences.
    """

    first: tuple[str, int]
    second: tuple[str, int]
    first_text: str
    second_text: str
    label: str
    score: float
    reason: Reason
    because: str
    unique: tuple[int, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        """The match as JSON-ready data, its sentences named as a gold pair names them."""
        return {
            **_sentences_named(self.first, self.first_text, self.second, self.second_text),
            "label": self.label,
            "score": self.score,
            "reason": self.reason,
            "because": self.because,
            "unique": list(self.unique),
        }

    def __str__(self) -> str:
        entries = ", ".join(map(str, self.unique))
        gold = f" (gold unique entr{'ies' if len(self.unique) > 1 else 'y'} {entries})" if self.unique else ""
        return "\n".join(
            [
                f"{self.first[0]}#{self.first[1]} <-> {self.second[0]}#{self.second[1]}{gold}",
                f"  {self.because} [{self.reason}]",
                f"  a: {_short(self.first_text)}",
                f"  b: {_short(self.second_text)}",
            ]
        )


#: The characters of a sentence a miss shows in the text; the JSON gives it whole.
_SHOWN = 90


def _short(text: str) -> str:
    """``text`` on one line, cut at a word to about :data:`_SHOWN` characters, quoted."""
    text = " ".join(text.split())
    if len(text) > _SHOWN:
        text = text[: _SHOWN + 1].rsplit(" ", 1)[0].rstrip(",;:") + " …"
    return f"“{text}”"


@dataclass(frozen=True)
class AlignmentScores:
    """How an alignment fares against gold pairs and unique sentences.

    ``pairs`` and ``uniques`` count the gold's pairs and unique sentences, and ``matches`` the matches
    newsdiff made (each pair of sentences once). ``aligned``: gold pairs whose sentences newsdiff matched;
    ``label_given``: of those, the ones whose gold entry gives a label; ``labelled``: of these, the ones
    newsdiff gave that label; ``unique``: gold-unique sentences newsdiff left unique; ``extra``: matches
    between sentences that no gold pair links, or None when the gold lists no pairs (it then says which
    sentences are unique, not which links are right, so no match can be called wrong).
    ``by_confidence`` gives, for each ``confidence`` the gold pairs carry (``high``, ``medium``, ...), how
    many pairs have it and how many of them were aligned. ``misses`` lists the gold pairs newsdiff did not align
    or labelled otherwise, with why (:class:`Miss`), and ``extras`` the matches it made that are counted against
    it (:class:`Extra`: not in a gold that lists pairs, or of a gold-unique sentence), when :func:`score_alignment`
    was asked to explain; else both are None. ``missing`` names each gold pair not matched for a reader
    (``herald.txt#0 <-> courier#2``, the articles named as the gold names them), and ``missing_pairs`` gives the
    same pairs for a program (:class:`MissedPair`: the entry's number, the articles' ids in the comparison and the
    sentences' numbers), which a text cannot give without ambiguity: an id may hold a ``#`` or an arrow, ``<->``.
    """

    pairs: int
    aligned: int
    label_given: int
    labelled: int
    uniques: int
    unique: int
    matches: int
    extra: int | None
    missing: tuple[str, ...] = ()
    by_confidence: tuple[tuple[str, int, int], ...] = ()
    misses: tuple[Miss, ...] | None = None
    extras: tuple[Extra, ...] | None = None
    missing_pairs: tuple[MissedPair, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        """The counts as JSON-ready data (layout version :data:`EVALUATION_SCHEMA`), with the gold pairs missed, and
        under ``misses`` and ``extras`` each explained when they were."""
        data = {
            "evaluation_schema": EVALUATION_SCHEMA,
            "newsdiff": __version__,
            "pairs": self.pairs,
            "aligned": self.aligned,
            "label_given": self.label_given,
            "labelled": self.labelled,
            "uniques": self.uniques,
            "unique": self.unique,
            "matches": self.matches,
            "extra": self.extra,
            "missing": list(self.missing),
            "missing_pairs": [pair.to_dict() for pair in self.missing_pairs],
            "by_confidence": [
                {"confidence": name, "pairs": pairs, "aligned": aligned} for name, pairs, aligned in self.by_confidence
            ],
        }
        if self.misses is not None:
            data["misses"] = [miss.to_dict() for miss in self.misses]
        if self.extras is not None:
            data["extras"] = [extra.to_dict() for extra in self.extras]
        return data

    def __str__(self) -> str:
        def share(part: int, whole: int) -> str:
            return f"{part}/{whole} = {100 * part / whole:.1f}%" if whole else f"{part}/0"

        which = "" if self.label_given == self.aligned else " the gold labels"
        explained = []
        if self.misses is not None:
            explained = [f"\ngold pairs missed or labelled otherwise: {len(self.misses)}", *map(str, self.misses)]
        if self.extras is not None:
            explained += [f"\nmatches counted against newsdiff: {len(self.extras)}", *map(str, self.extras)]

        return "\n".join(
            [
                f"pairs aligned          {share(self.aligned, self.pairs)}",
                *(
                    f"  {name + ' confidence':<21}{share(aligned, pairs)}"
                    for name, pairs, aligned in self.by_confidence
                ),
                f"label correct          {share(self.labelled, self.label_given)} (of aligned pairs{which})",
                f"unique labelled unique {share(self.unique, self.uniques)}",
                (
                    f"matches not in gold    {self.extra} of {self.matches}"
                    if self.extra is not None
                    else f"matches not in gold    not judged of {self.matches}: the gold lists no pairs"
                ),
                *explained,
            ]
        )


#: Characters that show nothing, dropped from a gold text and from the sentences it is looked for in: a sentence's text
#: leaves out soft hyphens and zero-width spaces, and keeps marks of writing direction and the like as its file has
#: them, which a gold copied from the file keeps too and a gold typed by reading the article has not. Joiners stay:
#: they shape the letters of a word in some scripts, and are typed with it.
_SHOWING_NOTHING = (
    SOFT_HYPHEN + ZERO_WIDTH + DIRECTION_MARKS + INVISIBLE_OPERATORS + GRAPHEME_JOINER + MONGOLIAN_VOWEL_SEPARATOR
)
#: Curly quotation marks made straight, and the characters that show nothing dropped.
_QUOTES = str.maketrans({"‘": "'", "’": "'", "“": '"', "”": '"', "\u00a0": " ", **dict.fromkeys(_SHOWING_NOTHING)})


def _fold(text: str) -> str:
    return re.sub(r"\s+", " ", text.translate(_QUOTES)).strip()


_GOLD_FIELDS = {"pairs": ("a", "a_text", "b", "b_text"), "unique": ("article", "text")}
#: The keys of an entry that are read, required or not; other keys (a note) are left alone.
_GOLD_KEYS = {"pairs": (*_GOLD_FIELDS["pairs"], "label", "confidence"), "unique": _GOLD_FIELDS["unique"]}


def _misspelt(keys: Iterable[str], known: Sequence[str], where: str) -> None:
    """Refuse a key that is not read but is spelt nearly as a known key absent beside it (``lable``, ``uniques``):
    left alone as a note, it would quietly drop what it holds (a pair's label, the unique sentences)."""
    keys = list(keys)
    absent = [key for key in known if key not in keys]
    for key in keys:
        if key not in known and (close := difflib.get_close_matches(str(key), absent, n=1, cutoff=0.75)):
            raise InputError(f"{where}: key {key!r} is not one newsdiff reads; did you mean {close[0]!r}?")


def _given_once(entry: Any, where: str) -> None:
    """Refuse an object of the gold that gives a key twice (a second ``pairs`` list pasted in, a ``label`` corrected
    below the first), naming it."""
    problem = given_twice(entry)
    if problem is not None:
        raise InputError(f"{where}: key {problem}")


#: Keys a gold entry might give a sentence's number in, as the scores and the comparison's JSON number sentences.
_NUMBER_KEYS = {"sentence", "index", "a_sentence", "b_sentence", "a_index", "b_index"}
#: For each key naming an article, the keys that may give the number of its sentence beside its text: checked
#: against the sentence the text is found in, and choosing among those that hold it.
_NUMBERED = {"a": ("a_sentence", "a_index"), "b": ("b_sentence", "b_index"), "article": ("sentence", "index")}
_BY_TEXT = (
    "; sentences are found by a stretch of their text, not by number: their numbers change when the cleaning "
    "or the sentence splitting does"
)


def _numbers(numbers: Sequence[int]) -> str:
    """Two or more sentence numbers as a reader lists them: ``0 and 2``, ``0, 1 and 2``."""
    return ", ".join(map(str, numbers[:-1])) + f" and {numbers[-1]}"


def _is_number(value: object) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def _confidence_name(confidence: str | float) -> str:
    """The name of a gold pair's confidence level: a number by its value, so that 1 and 1.0 (as tools write a level
    given as a number) name one level, not two."""
    if isinstance(confidence, str):
        return confidence
    return str(int(confidence)) if float(confidence).is_integer() else str(float(confidence))


def _label_problem(label: object) -> str:
    """What is wrong with a gold pair's ``label`` that is not ``shared`` or ``paraphrased``, and what to do."""
    if isinstance(label, str) and label.strip().lower() in ("unrelated", "unique", "none"):
        # A pair marked as a trap (alike in words, not in meaning) is what the gold says by not listing it.
        return (
            f"label {label!r}: a gold pair links two sentences that should match; leave the pair out (a gold with "
            "pairs lists every link, and a match it does not list counts against newsdiff)"
        )
    known = ("shared", "paraphrased")
    close = difflib.get_close_matches(label.strip().lower(), known, n=1, cutoff=0.6) if isinstance(label, str) else []
    meant = f"; did you mean {close[0]!r}?" if close else "; give one of them, or null for no label"
    return f"label {label!r} is not 'shared' or 'paraphrased'{meant}"


def _sentence_number(entry: Mapping[str, Any], article_key: str, where: str) -> tuple[str, int] | None:
    """The key and value of the number ``entry`` gives beside the text of the sentence of its ``article_key``
    (``a_sentence`` beside ``a_text``), or None when it gives none; a number that is no sentence's (``"3"``, ``-1``,
    ``2.5``), or two that disagree (``a_sentence`` and ``a_index``), is refused, naming the key."""
    # A whole number written as a float (0.0) is that number: pandas writes a column of numbers with gaps so.
    given = [
        (key, int(value) if isinstance(value, float) and value.is_integer() else value)
        for key in _NUMBERED[article_key]
        if (value := entry.get(key)) is not None
    ]
    for key, value in given:
        if not isinstance(value, int) or isinstance(value, bool) or value < 0:
            raise InputError(
                f"{where}, {key}: {value!r} is not a sentence's number; give a whole number from 0, as the "
                "comparison's JSON numbers sentences, or leave it out"
            )
    if len(given) > 1 and given[0][1] != given[1][1]:
        (first, one), (second, other) = given
        raise InputError(f"{where}: {first} {one} and {second} {other} disagree; give one of them")
    return given[0] if given else None


def _stripped(entry: dict[str, Any]) -> dict[str, Any]:
    """A copy of a gold ``entry`` with the white space around its article names, label and confidence taken off, as
    loading takes it off an article's id and outlet: kept, ``"herald "`` named no article and ``"shared "`` was no
    label."""
    keys = (*_NUMBERED, "label", "confidence")
    return {key: value.strip() if key in keys and isinstance(value, str) else value for key, value in entry.items()}


def _check_gold(gold: Any, name: str) -> dict[str, Any]:
    """The gold, checked, its entries' names and labels stripped (:func:`_stripped`): refuse a layout that is not the
    documented one, naming the first entry that is wrong."""
    _given_once(gold, name)
    if isinstance(gold, dict) and {"schema", "articles"} <= gold.keys() and not {"pairs", "unique"} & gold.keys():
        raise InputError(
            f"{name}: is a comparison's JSON (what compare writes), not an alignment gold; give the gold's 'pairs' "
            "and 'unique' sentences, as docs/evaluation.md describes, with the articles it labels"
        )
    if isinstance(gold, dict):
        _misspelt(gold, ("pairs", "unique"), name)
    if not isinstance(gold, dict) or not ({"pairs", "unique"} & gold.keys()):
        raise InputError(f"{name}: expected a JSON object with a 'pairs' list, a 'unique' list or both")
    checked = dict(gold)
    for part, fields in _GOLD_FIELDS.items():
        entries = gold.get(part, [])
        if not isinstance(entries, list):
            raise InputError(f"{name}: '{part}' must be a list, not {json_kind(entries)}")
        checked[part] = []
        for number, entry in enumerate(entries, 1):
            where = f"{name}, {part} entry {number}"
            if not isinstance(entry, dict):
                raise InputError(f"{where}: expected an object, got {json_kind(entry)}")
            _given_once(entry, where)
            given, entry = entry, _stripped(entry)
            _misspelt(entry, _GOLD_KEYS[part], where)
            absent = [f for f in fields if not isinstance(entry.get(f), str) or not _fold(entry[f])]
            if absent:
                numbered = any(_is_number(entry.get(f)) for f in absent if f.endswith("text"))
                hint = _BY_TEXT if numbered or _NUMBER_KEYS & entry.keys() else ""
                if any(_is_number(entry.get(f)) for f in absent if not f.endswith("text")):
                    # A position (0, 1) names an article in the order given, which the gold does not know.
                    hint += (
                        "; an article is named by its id, its outlet or the name of its file, not by its place in "
                        "the list"
                    )
                raise InputError(f"{where}: needs a non-empty string in {', '.join(repr(f) for f in absent)}{hint}")
            if part == "pairs" and entry.get("label") not in (None, "shared", "paraphrased"):
                raise InputError(f"{where}: {_label_problem(entry['label'])}")
            confidence = entry.get("confidence")
            # A number names a level too (1, 2, 3), but not NaN or infinity, which JSON readers let through.
            named = isinstance(confidence, str) or (
                isinstance(confidence, (int, float)) and not isinstance(confidence, bool) and math.isfinite(confidence)
            )
            if confidence is not None and (not named or confidence == ""):
                raise InputError(
                    f"{where}: confidence must be a name such as 'high' (null for none), not {given['confidence']!r}"
                )
            for key in fields:
                if not key.endswith("text"):
                    _sentence_number(entry, key, where)
            checked[part].append(entry)
    if not gold.get("pairs") and not gold.get("unique"):
        # Scored, every figure was 0/0: a gold left blank (or its entries not yet written) read as a result.
        raise InputError(
            f"{name}: lists no pairs and no unique sentences, so there is nothing to score; give the 'pairs' of "
            "sentences that should match, the 'unique' sentences, or both, as docs/evaluation.md describes"
        )
    return checked


def read_gold(path: str | Path) -> dict[str, Any]:
    """Read an alignment gold file and check its layout (``docs/evaluation.md``); :class:`InputError` names the
    file and the first entry that is wrong. Sentences are found only when scoring, in a comparison."""
    path = Path(path)
    text = _read_text(path, "the alignment gold")
    try:
        gold = json.loads(text, object_pairs_hook=json_object)
    except ValueError as exc:
        first = next((line for line in text.split("\n") if line.strip()), "").split("\t")
        if len(first) >= 5 and (_is_header(first) or first[0].strip() in ("0", "1")):
            raise InputError(
                f"{path}: is a sentence-pair file (MSRP layout), not an alignment gold (JSON); score its pairs with "
                f"newsdiff evaluate {path}, without --gold"
            ) from None
        raise InputError(f"{path}: cannot read the alignment gold as JSON ({exc})") from None
    except RecursionError:
        raise InputError(f"{path}: cannot read the alignment gold as JSON (nested too deeply)") from None
    return _check_gold(gold, str(path))


def _kind_of_result(value: object) -> str:
    """What ``value`` is, for a message, and how to read a comparison kept as JSON data back."""
    kind = type(value).__name__
    if isinstance(value, Mapping):
        return f"{kind}; read it with newsdiff.Comparison.from_dict first"
    if isinstance(value, (str, bytes)):
        return f"{kind}; read it with newsdiff.Comparison.from_json first"
    return f"{kind}; give the Comparison that newsdiff.compare returns"


#: How many sentences in a row a gold text is looked for across, when no one sentence holds it.
_SPAN = 4


def _why_not_found(article: ArticleResult, wanted: str, name: str) -> str | None:
    """Why no sentence of ``article`` (named ``name`` in the gold) holds the folded text ``wanted``, and what to do:
    it runs across sentences the article was split into, or it is in what cleaning removed; None when it is not
    there at all."""
    texts = [_fold(s.text) for s in article.sentences]
    for start in range(len(texts)):
        for end in range(start + 1, min(start + _SPAN, len(texts))):
            if wanted in " ".join(texts[start : end + 1]):
                return (
                    f"runs across sentences {start} to {end} of {name}, as newsdiff splits it; quote a stretch of "
                    "one of them"
                )
    for removal in article.removed:
        if wanted in _fold(removal.text):
            return (
                f"is in text of {name} that cleaning removed ({removal.reason}); a gold names sentences newsdiff "
                "keeps: leave it out"
            )
    return None


def _outlet_key(outlet: str) -> str:
    """An outlet's name with case and runs of white space folded, as :meth:`Comparison.article` matches it."""
    return " ".join(outlet.split()).casefold()


class _Named(Protocol):
    """What names an article in a gold: a loaded :class:`~newsdiff.Article` or a compared one."""

    @property
    def id(self) -> str | None: ...

    @property
    def outlet(self) -> str | None: ...

    @property
    def source(self) -> str | None: ...


class _ArticleNames:
    """The names a gold may give the articles of a comparison: an id, the name of the file an article was read from,
    or its outlet; one rule for the check before comparing (:func:`check_gold_articles`) and the scoring after."""

    def __init__(self, articles: Iterable[_Named]) -> None:
        articles = list(articles)
        self.ids = [a.id or "" for a in articles]
        # A gold file may name an article by the file it was read from as well as by its id.
        # A file name that two articles share (two folders' herald.txt) names neither.
        self.files: dict[str, list[str]] = {}
        for a in articles:
            if a.source and Path(a.source).name not in self.ids:
                self.files.setdefault(Path(a.source).name, []).append(a.id or "")
        self.names = {file: ids[0] if len(ids) == 1 else None for file, ids in self.files.items()}
        self.names.update({ident: ident for ident in self.ids})
        # Or by its outlet, as print() and Comparison.article name it (case and spaces aside), when no id or file
        # has it.
        self.outlets: dict[str, list[str]] = {}
        for a in articles:
            if a.outlet:
                self.outlets.setdefault(_outlet_key(a.outlet), []).append(a.id or "")

    def resolve(self, article_id: str, where: str) -> str:
        """The id of the article ``article_id`` names; :class:`InputError` names the entry, ``where``, and says how
        to name one when it names none or several."""
        of_outlet = self.outlets.get(_outlet_key(article_id), [])
        if article_id in self.names:
            found = self.names[article_id]
        elif len(of_outlet) == 1:
            found = of_outlet[0]
        elif of_outlet:
            raise InputError(
                f"{where}: {article_id!r} is the outlet of {' and '.join(of_outlet)}; name the one meant by its id"
            )
        else:
            # A path, as typed on the command line, is not read: a gold names an article alike wherever it is run.
            base = re.split(r"[\\/]", article_id)[-1]
            if base in self.files and self.names[base] is not None:
                raise InputError(
                    f"{where}: names article {article_id!r}, a path; name it by its file name, {base!r}, or its id, "
                    f"{self.names[base]!r}"
                )
            raise InputError(
                f"{where}: names article {article_id!r}, not in the comparison ({', '.join(self.ids)}); name one by "
                "its id, its outlet or the name of its file"
            )
        if found is None:
            raise InputError(
                f"{where}: {article_id!r} is the file name of {' and '.join(self.files[article_id])}; name them by id"
            )
        return found


def check_gold_articles(gold: dict[str, Any], articles: Iterable[_Named], name: str = "alignment gold") -> None:
    """Refuse a gold (:func:`read_gold`'s, or parsed JSON, whose layout is checked first, as
    :func:`score_alignment` checks it) with an entry naming none of ``articles``, as loaded to be compared, before
    the comparison, which may take minutes: :func:`score_alignment` would refuse it only after. A name is accepted
    exactly as scoring accepts it; the sentences' texts are found only when scoring.

    It needs only the loaded articles, so a program can check a gold right after :func:`newsdiff.load`; the
    command line, which also cleans and splits the articles before relating them, checks the texts too.
    """
    gold = _check_gold(gold, name)
    names = _ArticleNames(articles)
    for part, fields in _GOLD_FIELDS.items():
        for number, entry in enumerate(gold.get(part, []), 1):
            for key in fields:
                if not key.endswith("text"):
                    names.resolve(entry[key], f"{name}, {part} entry {number}")


def score_alignment(
    comparison: Comparison, gold: dict[str, Any] | str | Path, *, explain: bool = False
) -> AlignmentScores:
    """Score a :class:`~newsdiff.Comparison` against a gold file (or its parsed JSON); see ``docs/evaluation.md``.

    ``explain`` also lists, in ``misses``, each gold pair newsdiff did not align or labelled otherwise, with the
    comparison's verdict on it (:meth:`Comparison.relate`): its score and why it was not matched as the gold says;
    and in ``extras`` each match counted against newsdiff (not in a gold that lists pairs, or of a gold-unique
    sentence), with why it was made.
    """
    if not isinstance(comparison, Comparison):
        raise InputError(f"score_alignment() scores a newsdiff.Comparison, not a {_kind_of_result(comparison)}")
    if explain and comparison.scoring is None:
        raise InputError(
            "explain=True relates the gold pairs missed again, and this comparison does not record how it scored "
            "sentence pairs (one read back from JSON does not); say how with scored_with, such as "
            "comparison.scored_with('lexical') for compare's defaults"
        )
    name = "alignment gold"
    if isinstance(gold, (str, os.PathLike)):  # anything else is parsed JSON, checked below
        name = str(gold)
        gold = read_gold(gold)
    return score_checked(comparison, _check_gold(gold, name), name, explain=explain)


def check_gold_sentences(gold: dict[str, Any], prepared: Prepared, name: str = "alignment gold") -> None:
    """Refuse a checked gold (:func:`read_gold`) that :func:`score_alignment` would refuse in a comparison of the
    ``prepared`` articles (an article or a sentence text it names that is not there, a pair within one article, an
    entry given twice), before the relating, which may take minutes: by the same rules, on the same sentences."""
    score_checked(unrelated(prepared), gold, name, explain=False)


def compare_and_score(
    articles: Iterable[Source],
    checked: dict[str, Any],
    name: str,
    scored: Scoring,
    *,
    progress: bool = False,
    explain: bool = False,
    extra_rules: Sequence[NoiseRule] = (),
    metadata: bool = True,
) -> AlignmentScores:
    """Compare ``articles`` as ``scored`` says and score the comparison against a gold already read and checked
    (:func:`read_gold`), named ``name`` in its messages: what ``newsdiff evaluate --gold`` does. The articles are
    prepared once, cleaned as :func:`newsdiff.compare` cleans them with its ``extra_rules`` and ``metadata``; a gold
    naming an article or sentence text that is not there is refused before the relating, which may take minutes, by
    the rules the scoring after applies."""
    prepared = prepare(articles, extra_rules=extra_rules, metadata=metadata)
    check_gold_sentences(checked, prepared, name)
    return score_checked(relate_prepared(prepared, scored, progress=progress), checked, name, explain=explain)


def score_checked(comparison: Comparison, checked: dict[str, Any], name: str, *, explain: bool) -> AlignmentScores:
    """:func:`score_alignment` of a gold already read and checked (:func:`read_gold`), named ``name`` in its messages:
    a gold file is read once, as one given as a pipe (``<(...)``, ``/dev/stdin``) can only be."""
    articles = {a.id: a for a in comparison.articles}
    names = _ArticleNames(comparison.articles)

    def locate(entry: Mapping[str, Any], article_key: str, where: str) -> tuple[str, int]:
        """The id of the article ``entry`` names under ``article_key`` and the index of its sentence holding the text
        beside it (``a_text`` beside ``a``), checked against the number given beside them, if one is; errors name the
        entry, ``where``."""
        article_id, text = entry[article_key], entry[f"{article_key}_text" if article_key != "article" else "text"]
        found = names.resolve(article_id, where)
        wanted = _fold(text)
        sentences = articles[found].sentences
        numbered = _sentence_number(entry, article_key, where)
        every = [s.index for s in sentences if wanted in _fold(s.text)]
        if numbered is not None and every:
            key, number = numbered
            if number in every:  # the number says which of the sentences holding the text is meant
                return found, number
            # Left out, a number beside a text that several sentences hold would leave the text naming them all.
            within, fix = (
                (f"sentence {every[0]}", ", or leave the number out (sentences are found by their text)")
                if len(every) == 1
                else (f"sentences {_numbers(every)}", "")
            )
            raise InputError(
                f"{where}, {key}: {number} disagrees with the text, {text!r}, which is in {within} of {article_id}; "
                f"mend the number or the text{fix}"
            )
        whole = [s.index for s in sentences if _fold(s.text) == wanted]
        holding = whole or every
        if not holding:
            why = _why_not_found(articles[found], wanted, article_id)
            if why is None:
                why = f"is in no sentence of {article_id}; quote a stretch of one sentence"
                texts = [
                    _fold(entry[key])
                    for part, fields in _GOLD_FIELDS.items()
                    for entry in checked.get(part, [])
                    for key in fields
                    if key.endswith("text")
                ]
                folded = [_fold(sentence.text) for article in comparison.articles for sentence in article.sentences]
                # A pair with its articles swapped, or a sentence put under the wrong article: where the text is.
                elsewhere = [
                    f"sentence {sentence.index} of {article.id}"
                    for article in comparison.articles
                    if article.id != found
                    for sentence in article.sentences
                    if wanted in _fold(sentence.text)
                ]
                if elsewhere:
                    places = " and ".join(elsewhere[:3]) + (f" and {len(elsewhere) - 3} more" if elsewhere[3:] else "")
                    why = f"is in no sentence of {article_id}, but in {places}; name the article it is in"
                elif len(texts) > 1 and not any(one in sentence for one in texts for sentence in folded):
                    # Each entry would be refused in turn: the gold is of other articles, whatever they are named.
                    why = (
                        f"is in no sentence of {article_id}, and none of the gold's {len(texts)} texts is in a "
                        "sentence of these articles (a gold of other articles?); give the articles it labels"
                    )
            raise InputError(f"{where}: text {text!r} {why}")
        if len(holding) > 1:
            # Taking the first would score a sentence the gold does not mean, and say nothing.
            # Sentences an article repeats word for word (a standfirst given again) are told apart by number alone.
            same = len({sentences[n].text for n in holding}) == 1
            fix = (
                ", which are the same; give the number of the one meant"
                if same
                else "; quote more of the one meant, or give its number"
            )
            raise InputError(
                f"{where}: text {text!r} is in sentences {_numbers(holding)} of {article_id}{fix} as "
                f"{_NUMBERED[article_key][0]}"
            )
        return found, holding[0]

    linked: dict[tuple[tuple[str, int], tuple[str, int]], str] = {}
    for article in comparison.articles:
        for sentence in article.sentences:
            for match in sentence.matches:
                key = ((article.id, sentence.index), (match.article, match.sentence))
                if linked.get(key) != "shared":
                    linked[key] = match.label
    gold_links = set()
    aligned = label_given = labelled = 0
    missing = []
    missing_pairs: list[MissedPair] = []
    misses = []
    confidences: dict[str, list[int]] = {}
    entry_of: dict[tuple[tuple[str, int], tuple[str, int]], int] = {}
    for number, pair in enumerate(checked.get("pairs", []), 1):
        where = f"{name}, pairs entry {number}"
        first = locate(pair, "a", where)
        second = locate(pair, "b", where)
        if first[0] == second[0]:
            raise InputError(f"{where}: both sentences are in {first[0]}; a pair links sentences of two articles")
        # A link listed twice (in either order) would count twice among the pairs and the aligned ones.
        key = (min(first, second), max(first, second))
        if key in entry_of:
            raise InputError(
                f"{where}: links {key[0][0]}#{key[0][1]} and {key[1][0]}#{key[1][1]}, as entry {entry_of[key]} does; "
                "list each pair once"
            )
        entry_of[key] = number
        gold_links.update({(first, second), (second, first)})
        label = linked.get((first, second))
        if pair.get("confidence") is not None:  # null: no confidence given
            counts = confidences.setdefault(_confidence_name(pair["confidence"]), [0, 0])
            counts[0] += 1
            counts[1] += label is not None
        if label is None:
            missing.append(f"{pair['a']}#{first[1]} <-> {pair['b']}#{second[1]}")
            missing_pairs.append(MissedPair(number, first, second, pair.get("label")))
        else:
            aligned += 1
            # A pair the gold does not label (no "label", or null) is scored for its alignment alone: counting
            # it as labelled right made a gold of unlabelled pairs report every label correct.
            if pair.get("label") is not None:
                label_given += 1
                labelled += label == pair["label"]
        if explain and (label is None or pair.get("label") not in (None, label)):
            misses.append(_miss(comparison, number, first, second, pair.get("label"), label or "unrelated"))
    unique = 0
    entries = checked.get("unique", [])
    in_pair: dict[tuple[str, int], int] = {}
    for key, number in entry_of.items():
        for ref in key:
            in_pair.setdefault(ref, number)
    unique_entry_of: dict[tuple[str, int], int] = {}
    for number, entry in enumerate(entries, 1):
        where = f"{name}, unique entry {number}"
        ident, index = ref = locate(entry, "article", where)
        if ref in unique_entry_of:
            raise InputError(f"{where}: names {ident}#{index}, as entry {unique_entry_of[ref]} does; list it once")
        if ref in in_pair:
            raise InputError(
                f"{where}: {ident}#{index} is in pairs entry {in_pair[ref]}; a sentence is unique or linked, not both"
            )
        unique_entry_of[ref] = number
        unique += articles[ident].sentences[index].label == "unique"
    predicted = {tuple(sorted(key)) for key in linked}
    extra = sum(1 for key in predicted if key not in gold_links) if entry_of else None
    extras = None
    if explain:
        order = {article.id: n for n, article in enumerate(comparison.articles)}

        def placed(ref: tuple[str, int]) -> tuple[int, int]:  # in the comparison's order, as a reader meets them
            return order[ref[0]], ref[1]

        against = sorted(
            (
                min(key, key[::-1], key=lambda k: placed(k[0]))
                for key in predicted
                if (entry_of and key not in gold_links) or key[0] in unique_entry_of or key[1] in unique_entry_of
            ),
            key=lambda k: (placed(k[0]), placed(k[1])),
        )
        extras = tuple(_extra(comparison, first, second, unique_entry_of) for first, second in against)
    return AlignmentScores(
        pairs=len(checked.get("pairs", [])),
        aligned=aligned,
        label_given=label_given,
        labelled=labelled,
        uniques=len(entries),
        unique=unique,
        matches=len(predicted),
        extra=extra,
        missing=tuple(missing),
        missing_pairs=tuple(missing_pairs),
        by_confidence=tuple((name, pairs, found) for name, (pairs, found) in sorted(confidences.items())),
        misses=tuple(misses) if explain else None,
        extras=extras,
    )


def _extra(
    comparison: Comparison, first: tuple[str, int], second: tuple[str, int], unique_entry_of: dict[Any, int]
) -> Extra:
    """The match of ``first`` and ``second`` the gold counts against newsdiff, with the comparison's verdict on
    why it was made and the gold's unique entries (``unique_entry_of``) that name one of its sentences."""
    verdict = comparison.relate(first, second)
    return Extra(
        first=first,
        second=second,
        first_text=comparison.sentence(*first).text,
        second_text=comparison.sentence(*second).text,
        label=verdict.label,
        score=verdict.score,
        reason=verdict.reason,
        because=verdict.because,
        unique=tuple(sorted(unique_entry_of[ref] for ref in (first, second) if ref in unique_entry_of)),
    )


def _miss(
    comparison: Comparison, entry: int, first: tuple[str, int], second: tuple[str, int], gold: str | None, label: str
) -> Miss:
    """Gold pairs entry ``entry``, linking ``first`` and ``second``, which ``comparison`` labelled ``label``, with
    the comparison's verdict on why."""
    verdict = comparison.relate(first, second)
    return Miss(
        entry=entry,
        first=first,
        second=second,
        first_text=comparison.sentence(*first).text,
        second_text=comparison.sentence(*second).text,
        gold_label=gold,
        label=label,
        score=verdict.score,
        reason=verdict.reason,
        because=verdict.because,
    )
