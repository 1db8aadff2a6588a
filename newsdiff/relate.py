"""Pairwise relation of two sentences: ``shared``, ``paraphrased`` or ``unrelated``, with a score.

``shared`` means a substantial verbatim run of words (the same quote or wire copy, allowing small
edits and a different attribution wrapper). Otherwise the score is the probability, from a small
logistic model, that the two sentences say the same thing; it reads lexical evidence computed by
:func:`pair_features` (weighted overlap as agreement and containment, word bigrams, the longest
common run, the word-level edit distance, lengths, information left unmatched, numbers, names and
negations that disagree, and overlap again counting synonyms as matches). The model's weights are
data (``data/relate_model.json``), trained on sentence pairs from news clusters by
``scripts/train_relate.py``; inference is plain Python. Words are weighed by inverse document
frequency: :func:`newsdiff.compare` counts them over the whole cluster; two sentences on their own
are weighed by frequencies shipped with the model (``data/relate_idf.json``, counted over the
sentences it was trained on), so a common word shared by both is weak evidence either way. In a
cluster, :func:`within_longer` also relates a sentence to the part of a longer one that carries it (and one
carried whole as a clause of the other is shared), and
:func:`relate_many` relates many pairs together, so that an engine embedding sentences embeds in one batch.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable, Mapping, Sequence, Set
from dataclasses import dataclass, replace
from difflib import Match, SequenceMatcher
from functools import lru_cache, partial
from importlib import resources
from itertools import accumulate, pairwise
from operator import mul
from typing import Any, Literal, NamedTuple, Protocol, runtime_checkable

from .errors import InputError, require_strings
from .features import (
    MONTH_NAMES,
    SentenceFeatures,
    featurize,
    figures_of,
    key_weight,
    loose_key,
    negates,
    synonym_groups,
    tokenize,
    ungrouped,
)
from .shipped import news_counts

Label = Literal["shared", "paraphrased", "unrelated"]
Weights = Callable[[str], float]

#: Verbatim reuse: this share of the shorter sentence covered by runs of three or more words ...
VERBATIM_COVERAGE = 0.6
#: ... or a quotation of at least this many words found nearly whole (this share) in the other sentence.
QUOTE_MIN_WORDS = 3
QUOTE_COVERAGE = 0.8
#: Score at or above which the lexical engine calls a pair paraphrased when aligning a cluster. Most candidate
#: pairs in a cluster are unrelated, unlike the labelled pairs the model's own cut is calibrated on; this cut
#: was chosen on a hand-labelled cluster of five articles (more aligned pairs, few false links).
CLUSTER_THRESHOLD = 0.18
#: Below the cut, a pair still aligns in a cluster when it scores at least this and each sentence is the
#: other's best match in the other article (see :func:`newsdiff.align.align`); chosen the same way.
CLUSTER_FLOOR = 0.1
#: The cut and the floor of the embeddings engine, chosen the same way.
EMBEDDINGS_CLUSTER_THRESHOLD = 0.3
EMBEDDINGS_CLUSTER_FLOOR = 0.12
#: In a cluster, a pair found unrelated is related again through a stretch of the longer sentence (see
#: :func:`within_longer`) when at least this many of its words are among the shorter sentence's content words ...
STRETCH_MIN_WORDS = 5
#: ... and the stretch's relation counts at this share of its score, for the words cut away. Both chosen on the
#: hand-labelled seed cluster and checked on the example cluster and on generated ones (``docs/evaluation.md``).
STRETCH_DISCOUNT = 0.8
#: ... and through a run of its clauses (see :func:`clause_runs`) holding at least this many lower-case words of
#: the shorter sentence's content, reporting words aside; chosen the same way.
CLAUSE_MIN_WORDS = 3
#: At most this many clause runs of one sentence are related, those with the most such words for their length.
CLAUSE_RUNS_KEPT = 8


@lru_cache(maxsize=1)
def _reporting() -> frozenset[str]:
    """Words of attribution: a shared one ("spokesman Ivo Marek said") is not a shared claim, so these words do
    not count for a clause run. Keyed when first needed, since keying them loads the stemmer."""
    return frozenset(
        loose_key(word)
        for word in (
            *("said", "say", "says", "told", "tell", "added", "add", "announced", "announce", "according"),
            *("statement", "statements", "spokesman", "spokeswoman", "spokesperson", "reporters"),
        )
    )


@lru_cache(maxsize=1)
def _weekdays() -> frozenset[str]:
    """The keys of the days of the week: a day changed in a copy ("reopen on Monday" / "reopen on Friday") is a date
    changed, as a figure is."""
    return frozenset(
        loose_key(day) for day in ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
    )


@lru_cache(maxsize=1)
def _months() -> frozenset[str]:
    """The keys of the months but May: a month changed in a copy ("in March" / "in April") is a date changed too.
    May is left out: its key is the key of "may", which a copy may drop or add (:func:`_months_of` tells it)."""
    return frozenset(loose_key(month) for month in MONTH_NAMES if month != "may")


def _months_of(sentence: SentenceFeatures) -> frozenset[str]:
    """The keys that name a month in ``sentence``: every month's, and May's too when it is written with a capital
    after the first word ("on 3 May"), where it is no "may" of the language ("talks may resume")."""
    words = _words(sentence.text)[0][1:]
    if any(word.strip(_QUOTE_MARKS + "([{,.;:!?)]}") == "May" for word in words):
        return _months() | {loose_key("may")}
    return _months()


def _halves_of_day(keys: Sequence[str]) -> frozenset[str]:
    """The halves of the day that follow a time in ``keys`` ("10 a.m.", "10pm" give ``am`` and ``pm``): a copy whose
    ferry sails at 10 p.m., not 10 a.m., gives another time, as one with another figure does."""
    return frozenset(key for before, key in pairwise(keys) if key in ("am", "pm") and before[:1].isdigit())


@lru_cache(maxsize=1)
def _spans() -> frozenset[str]:
    """The keys of the spans of time: "next week" and "next month", "within hours" and "within days" are two dates,
    as two months are."""
    return frozenset(loose_key(span) for span in ("hour", "day", "week", "month", "year", "decade"))


#: Words that give a count without a figure: "dozens of people" and "12 people" are two tolls, as 12 and 14 are.
_ROUGH_COUNTS = ("dozens", "hundreds", "thousands", "millions", "billions", "several", "numerous")


@lru_cache(maxsize=1)
def _rough_counts() -> frozenset[str]:
    """The keys of :data:`_ROUGH_COUNTS`, keyed when first needed (keying loads the stemmer)."""
    return frozenset(map(loose_key, _ROUGH_COUNTS))


#: Words of opposite sense, as pairs of poles: a copy with one put for the other ("prices rose" / "prices fell",
#: "the union accepted the offer" / "rejected the offer") says the opposite, as one with a negation put in does.
_OPPOSITES = (
    (
        ("rise", "rises", "rose", "risen", "increase", "increased", "climb", "climbed", "gain", "gained", "higher"),
        ("fall", "falls", "fell", "fallen", "decrease", "decreased", "decline", "declined", "drop", "dropped", "lower"),
    ),
    (("up",), ("down",)),
    (("more",), ("less", "fewer")),
    (
        ("accept", "accepted", "approve", "approved", "agree", "agreed", "backed"),
        ("reject", "rejected", "refuse", "refused", "oppose", "opposed", "veto", "vetoed"),
    ),
    (("support", "supported", "supports"), ("oppose", "opposed", "opposes")),
    (("for",), ("against",)),
    (("win", "wins", "won"), ("lose", "loses", "lost")),
    (("open", "opened", "reopen", "reopened"), ("close", "closed", "shut")),
    (("allow", "allowed", "permit", "permitted", "lift", "lifted"), ("ban", "banned", "forbid", "impose", "imposed")),
    (("raise", "raised"), ("cut", "lower", "lowered")),
    (("confirm", "confirmed", "say", "said", "says"), ("deny", "denied", "denies")),
    (("pass", "passed"), ("fail", "failed")),
    (("guilty", "convicted"), ("innocent", "acquitted")),
    (("before",), ("after",)),
    (("begin", "began", "start", "started"), ("end", "ended", "stop", "stopped")),
    (("alive",), ("dead",)),
)


@lru_cache(maxsize=1)
def _opposite_poles() -> dict[str, frozenset[tuple[int, int]]]:
    """For each key of :data:`_OPPOSITES`, the pairs it stands in, as (pair, pole); keyed when first needed."""
    poles: dict[str, set[tuple[int, int]]] = {}
    for number, pair in enumerate(_OPPOSITES):
        for side, words in enumerate(pair):
            for word in words:
                poles.setdefault(loose_key(word), set()).add((number, side))
    return {key: frozenset(found) for key, found in poles.items()}


#: Prefixes that turn a word to its opposite: "likely" / "unlikely", "legal" / "illegal", "agree" / "disagree".
_NEGATING_PREFIXES = ("un", "in", "im", "il", "ir", "dis", "non")


def _opposed(first: Set[str], second: Set[str]) -> bool:
    """Whether a key of ``first`` and one of ``second`` stand at opposite poles of one pair of :data:`_OPPOSITES`, or
    one is the other with a negating prefix (:data:`_NEGATING_PREFIXES`)."""
    poles = _opposite_poles()
    sides_first = {pole for key in first for pole in poles.get(key, ())}
    if any((number, 1 - side) in sides_first for key in second for number, side in poles.get(key, ())):
        return True
    return any(_prefixed(one, other) or _prefixed(other, one) for one in first for other in second)


def _prefixed(key: str, other: str) -> bool:
    """Whether ``key`` is ``other`` with a negating prefix, as stems give them (``unlik`` and ``like``, ``ileg`` and
    ``legal``): the rest of it and ``other`` begin alike for three letters or more."""
    rests = [key.removeprefix(prefix) for prefix in _NEGATING_PREFIXES if key.startswith(prefix)]
    if key[:2] in ("il", "im", "ir"):
        rests.append(key[1:])  # the key folds a doubled letter: "illegal" is "ileg", "legal" with one "i" before it
    return len(other) >= 3 and any(
        len(rest) >= 3 and (other.startswith(rest) or rest.startswith(other)) for rest in rests
    )


# A clause ends after a word ending in one of these, or at a dash standing alone ...
_CLAUSE_END = (",", ";", ":", ")")
# ... and begins at a word opening a bracket or a dash.
_DASHES = ("—", "–", "--")


@dataclass(frozen=True, repr=False)
class Relation:
    """How two sentences relate: ``label``, a ``score`` in [0, 1], and the evidence behind it.

    ``verbatim`` is the share of the shorter sentence in common runs of three or more words;
    ``longest_run`` the longest common run in words; ``overlap`` the weighted content overlap. ``changed`` says,
    for a pair that is one copy of the other but for one change that makes it another claim, what changed ("a
    figure or a date", "a name", "a word for its opposite", "a negation"); empty otherwise.
    """

    label: Label
    score: float
    verbatim: float = 0.0
    longest_run: int = 0
    overlap: float = 0.0
    changed: str = ""

    def __str__(self) -> str:
        return f"{self.label} ({self.score:.2f})"

    def __repr__(self) -> str:
        # Evidence to four places, as the score is: 0.42857142857142855 beside 0.8855 reads as noise.
        return (
            f"Relation(label={self.label!r}, score={round(self.score, 4)!r}, verbatim={round(self.verbatim, 4)!r}, "
            f"longest_run={self.longest_run}, overlap={round(self.overlap, 4)!r}"
            + (f", changed={self.changed!r})" if self.changed else ")")
        )


Relater = Callable[[SentenceFeatures, SentenceFeatures, Weights], Relation]


def idf_weights(documents: int, frequency: Mapping[str, int]) -> Weights:
    """Smoothed inverse document frequency of a key among ``documents`` sentences, given the sentences holding it,
    halved for a pair of characters as a cluster's index weighs it."""

    def weight(key: str) -> float:
        return key_weight(key, documents, frequency.get(key, 0))

    return weight


@lru_cache(maxsize=1)
def background_weights() -> Weights:
    """Word weights for sentences related on their own, with no cluster to count in (``data/relate_idf.json``)."""
    data = news_counts()
    return idf_weights(int(data["documents"]), data["frequency"])


#: :func:`relate` takes sentences of at most this many words. The model was trained on sentences, so its score for
#: two whole articles means nothing, and finding common runs in long repetitive texts takes minutes.
RELATE_MAX_WORDS = 1000


def relate(sentence_a: str, sentence_b: str, *, engine: str = "lexical") -> Relation:
    """Relate two sentences given as text, with the ``lexical`` engine or, given the extra, ``embeddings``.

    Words are weighed by frequencies shipped with the model, and the cut between ``paraphrased`` and
    ``unrelated`` is the one calibrated on labelled pairs (a comparison of a cluster uses its own).
    Raises :class:`InputError` for an unknown or uninstalled engine or for a text of more than 1,000
    words (compare whole articles with :func:`newsdiff.compare`), and :class:`EngineError` when the
    embeddings model cannot be loaded.

    >>> relate("“We will respond,” Brell said.", "Brell told reporters: “We will respond.”").label
    'shared'
    >>> relate("The talks are due Wednesday evening.", "The talks are slated for Wednesday night.").label
    'paraphrased'
    """
    require_strings("relate", sentence_a=sentence_a, sentence_b=sentence_b)
    relater = relater_for(engine)  # checks the engine's name and that it is installed
    texts = {"sentence_a": sentence_a, "sentence_b": sentence_b}
    for name, text in texts.items():
        # Counted by white space first, as a reader counts words: featurizing a whole book only to refuse it
        # took seconds (4 s for 5 MB), and its count of word pieces ("A320" is two) was not the reader's.
        _check_length(name, len(text.split()))
    features = featurize(sentence_a), featurize(sentence_b)
    for name, sentence in zip(texts, features, strict=True):
        _check_length(name, len(sentence.tokens))  # words glued by punctuation ("a,b,c") are counted here
    return relater(*features, background_weights())


def _check_length(name: str, words: int) -> None:
    if words > RELATE_MAX_WORDS:
        raise InputError(
            f"relate() takes sentences; {name} has {words:,} words (at most {RELATE_MAX_WORDS:,}): "
            "split it into sentences, or compare whole articles with newsdiff.compare"
        )


def relate_features(
    a: SentenceFeatures, b: SentenceFeatures, weight: Weights | None = None, *, threshold: float | None = None
) -> Relation:
    """Relate two featurized sentences; ``weight`` gives each content key its importance (default: shipped IDF).

    ``threshold`` replaces the model's cut on the score between ``paraphrased`` and ``unrelated``
    (the shipped cut suits pairs as likely to match as not, like MSRP's; a cluster may want another).
    """
    return relate_with_model(a, b, weight or background_weights(), _model(), threshold=threshold)


def relate_with_model(
    a: SentenceFeatures,
    b: SentenceFeatures,
    weight: Weights,
    model: _Model,
    extra: tuple[float, ...] = (),
    *,
    threshold: float | None = None,
) -> Relation:
    """Relate with a given model; ``extra`` features (such as embedding similarity) follow the lexical ones.

    The pair is read in one order whichever sentence comes first (``extra`` must be symmetric), so that
    relating ``a`` to ``b`` and ``b`` to ``a`` gives one answer.
    """
    if not a.tokens or not b.tokens:
        return Relation("unrelated", 0.0)
    a, b = _ordered(a, b)
    evidence = _Evidence(a, b, weight)
    probability = model.probability(evidence.vector() + extra)
    cut = model.threshold if threshold is None else threshold
    # A run of five words is reuse; so is a whole short sentence (three words or more) found verbatim. Long
    # common runs with much else around them are often not the same statement, so the model must agree;
    # a quotation found whole in the other sentence is shared whatever surrounds it.
    # The model agrees at its own calibrated cut, or the caller's lower one: a caller who asks for surer
    # paraphrases with a high threshold still gets the same sentence word for word as shared.
    run_needed = min(5, max(min(len(a.keys), len(b.keys)), 3))
    agrees = probability >= min(cut, model.threshold)
    # The same sentence word for word is reuse however short ("Talks collapsed."), once it has a content word; a
    # number written with or without commas between its thousands ("8,300", "8300") is the same word.
    same = bool(a.content) and (a.keys == b.keys or _same_but_commas(a, b))
    # A copy with a negation put in or taken out ("will sign" / "will not sign", "won't sign") says the opposite:
    # it is left to the model, which matches it as a paraphrase, so that a reader sees the two linked and the
    # changed word in their difference, and never as the same words. Only the copied stretch counts: a negation in
    # a clause one sentence adds around it ("Not surprisingly, ...") changes nothing the other says.
    # A figure changed in the copy ("killed 12 people" / "killed 14 people") is the same with its claim: left to
    # the model too, so that the pair is a paraphrase whose difference shows the figure; so is a name put for
    # another ("Brell said" / "Varga said") or a word for its opposite ("rose" / "fell").
    changed = (
        _copy_changed(a, b, evidence)
        if evidence.verbatim >= VERBATIM_COVERAGE and evidence.longest >= run_needed
        else None
    )
    copied = changed == ""
    reused = (same or copied) and agrees
    if not reused and shares_quote(a, b):
        # The same quotation given to another speaker ("“...,” Brell said." / "“...,” Varga said.") is another claim,
        # as the same words outside quotation marks with the name changed are: a paraphrase that shows the name.
        changed = _word_changed(a.keys, b.keys, evidence.runs, (_names_of(a), _names_of(b)))
        reused = not changed
    evidence_tuple = (evidence.verbatim, evidence.longest, evidence.dice)
    if reused:
        # The same words in the same order are reuse in full, however few: as sure as a long sentence's copy.
        return Relation("shared", 1.0 if same else round(max(probability, evidence.verbatim, 0.5), 4), *evidence_tuple)
    if not a.content or not b.content:
        # Without a content word on one side ("He did." / "She did not.") the model has nothing to weigh
        # and its probability is an extrapolation: only verbatim reuse relates such a pair.
        return Relation("unrelated", 0.0, *evidence_tuple)
    label: Label = "paraphrased" if probability >= cut else "unrelated"
    return Relation(label, round(probability, 4), *evidence_tuple, changed=changed or "")


def _copy_changed(a: SentenceFeatures, b: SentenceFeatures, evidence: _Evidence) -> str:
    """What the copied stretch of two sentences with long common runs changes, making it another claim: a negation,
    a figure or a date, a name or a word for its opposite; empty when it changes none of them."""
    if not _negated_alike(a.keys, b.keys, evidence.runs, _copy_stretch) or _negation_leads(a, b, evidence.runs[0]):
        return "a negation"
    months = _months_of(a), _months_of(b)
    if not _figures_alike(a.tokens, a.keys, b.tokens, b.keys, evidence.runs, _copy_stretch, months):
        return "a figure or a date"
    return _word_changed(a.keys, b.keys, evidence.runs, (_names_of(a), _names_of(b)))


def _negation_leads(a: SentenceFeatures, b: SentenceFeatures, head: Match) -> bool:
    """Whether only one sentence has words before the first common run, and the last of them is a negation of the
    copied clause: "No one was hurt ..." / "One was hurt ...", "Not a single ..." / "A single ...".

    :func:`_copy_stretch` leaves such words out as a clause one sentence adds; a negation that is a clause of its own
    ("No, officials said ...") still is one.
    """
    if (head.a == 0) == (head.b == 0):
        return False
    return _negation_before(a, head.a) if head.a else _negation_before(b, head.b)


def _negation_before(sentence: SentenceFeatures, start: int) -> bool:
    """Whether the key of ``sentence`` before ``start`` is a negation that ends no clause ("no one", not "No, ...")."""
    if not start or not negates(sentence.keys[start - 1]):
        return False
    words = sentence.text.split()
    ends = list(accumulate(len(tokenize(word)) for word in words))
    if not ends or ends[-1] != len(sentence.keys):  # words and tokens do not line up: no clause can be told
        return False
    word = next(n for n, end in enumerate(ends) if end >= start)  # the word holding the negation
    return not _ends_clause(words[word])


#: In a cluster, a sentence carried whole as a clause of another (see :func:`carried_whole`) is shared when it has
#: at least this many words, this many of them content words other than words of attribution. Two are enough, as
#: they are for the same short sentence word for word ("Talks collapsed." and "Talks collapsed, officials said.");
#: "Officials said." makes no claim. Only in a cluster: on sentence pairs labelled for paraphrase, such as MSRP's,
#: a sentence with a clause added is no paraphrase.
CARRIED_MIN_WORDS = 2
CARRIED_MIN_CONTENT = 2
# Marks that may open or close a quotation around a clause.
_QUOTE_MARKS = "\"'“”‘’«»„"


def carried_whole(a: SentenceFeatures, b: SentenceFeatures) -> bool:
    """Whether the shorter sentence's words stand whole, in order, as one or more whole clauses of the longer:
    "A." in "A, officials said on Monday after a long night.", a copy however much the longer adds.

    The run must begin the longer sentence or follow a clause's end (a comma, colon, dash, opening quotation mark),
    and end it or come before one: "It was not clear" inside "It was not clear whether the talks would resume" is
    no copy of the sentence "It was not clear.", though every word of it is there. The shorter sentence needs
    :data:`CARRIED_MIN_WORDS` words, :data:`CARRIED_MIN_CONTENT` of them content words other than words of
    attribution ("said", "told").
    """
    shorter, longer = (a, b) if (len(a.keys), a.text) <= (len(b.keys), b.text) else (b, a)
    if (
        len(shorter.keys) < CARRIED_MIN_WORDS
        or len(shorter.content - _reporting()) < CARRIED_MIN_CONTENT
        or len(shorter.keys) == len(longer.keys)
        or not shorter.key_set <= longer.key_set
    ):
        return False
    whole = [run for run in common_runs(shorter.keys, longer.keys) if run.size == len(shorter.keys)]
    if not whole:
        return False
    words = longer.text.split()
    counts = [len(tokenize(word)) for word in words]
    if sum(counts) != len(longer.keys):  # words and tokens do not line up: no clause can be told
        return False
    # The word whose first token each run may begin at, and the word whose last token it may end at.
    offsets = list(accumulate(counts, initial=0))  # one more than the words: the end of the last
    begins = {offset: n for n, (offset, count) in enumerate(zip(offsets, counts, strict=False)) if count}
    ends = {offset + count: n for n, (offset, count) in enumerate(zip(offsets, counts, strict=False)) if count}
    start = whole[0].b
    first, last = begins.get(start), ends.get(start + len(shorter.keys))
    if first is None or last is None:
        return False
    opens = first == 0 or _ends_clause(words[first - 1]) or words[first][:1] in ("(", *_DASHES, *_QUOTE_MARKS)
    closes = last == len(words) - 1 or _ends_clause(words[last]) or words[last + 1].startswith(("(", *_DASHES))
    return opens and closes


def _ends_clause(word: str) -> bool:
    """Whether a word ends a clause: a dash standing alone, or a word ending in a clause's or a sentence's mark."""
    return word in _DASHES or word.rstrip(_QUOTE_MARKS).endswith((*_CLAUSE_END, ".", "!", "?"))


def _same_but_commas(a: SentenceFeatures, b: SentenceFeatures) -> bool:
    """Whether two sentences have the same keys once their numerals' thousands commas are dropped."""
    return (
        len(a.keys) == len(b.keys)
        and any("," in number for number in a.numbers | b.numbers)
        and list(map(ungrouped, a.keys)) == list(map(ungrouped, b.keys))
    )


def pair_features(a: SentenceFeatures, b: SentenceFeatures, weight: Weights | None = None) -> tuple[float, ...]:
    """The lexical evidence the model reads, in the order of :data:`FEATURES` (for training and inspection)."""
    return _Evidence(*_ordered(a, b), weight or background_weights()).vector()


def _ordered(a: SentenceFeatures, b: SentenceFeatures) -> tuple[SentenceFeatures, SentenceFeatures]:
    """The two sentences in one order, by their text: some evidence (word order, verbatim runs) reads one side first."""
    return (a, b) if a.text <= b.text else (b, a)


FEATURES = (
    "weighted_dice",
    "containment_shorter",
    "containment_longer",
    "word_dice",
    "bigram_dice",
    "verbatim",
    "longest_run_share",
    "length_ratio",
    "unmatched_more",
    "unmatched_less",
    "numbers_disagree",
    "numbers_unmatched",
    "names_unmatched",
    "negation_differs",
    "order_agreement",
    "trigram_dice",
    "char_trigram_dice",
    "unmatched_words_more",
    "unmatched_words_less",
    "length_difference",
    "names_unmatched_count",
    "numbers_unmatched_count",
    "surface_dice",
    "word_containment",
    "word_edit_distance",
    "synonym_dice",
    "synonym_containment_shorter",
    "synonym_unmatched_more",
)

#: The embeddings engine's model reads the lexical features and then these.
_EMBEDDING_FEATURES = (*FEATURES, "embedding_cosine", "embedding_l1_distance")


class _Evidence:
    """Lexical evidence about one sentence pair, computed once and read by both the rules and the model."""

    def __init__(self, a: SentenceFeatures, b: SentenceFeatures, weight: Weights) -> None:
        self.a, self.b = a, b
        if a.key_trigrams & b.key_trigrams:
            blocks = common_runs(a.keys, b.keys)
            self.runs: list[Match] = [block for block in blocks if block.size >= 3]
            self.verbatim = sum(block.size for block in self.runs) / min(len(a.keys), len(b.keys))
            self.longest = max(block.size for block in blocks)
        else:  # no common run of three words: the longest common run can be read off the shared bigrams and words
            self.runs = []
            self.verbatim = 0.0
            self.longest = 2 if a.key_bigrams & b.key_bigrams else 1 if a.key_set & b.key_set else 0
        common = a.content & b.content
        # fsum: a set's order changes from run to run, and a plain sum's rounding with it.
        weight_a = math.fsum(weight(k) for k in a.content)
        weight_b = math.fsum(weight(k) for k in b.content)
        weight_common = math.fsum(weight(k) for k in common)
        self.dice = 2 * weight_common / (weight_a + weight_b) if weight_a + weight_b else 0.0
        self.containment = (
            (weight_common / min(weight_a, weight_b), weight_common / max(weight_a, weight_b))
            if weight_a and weight_b
            else (0.0, 0.0)
        )
        unmatched = sorted((weight_a - weight_common, weight_b - weight_common))
        self.unmatched = (math.log1p(unmatched[1]), math.log1p(unmatched[0]))
        self.common = common
        self.weight = weight
        self.synonyms = self._synonyms(weight_a, weight_b, weight_common)

    def vector(self) -> tuple[float, ...]:
        a, b = self.a, self.b
        keys_a, keys_b = a.key_set, b.key_set
        word_dice = 2 * len(keys_a & keys_b) / (len(keys_a) + len(keys_b))
        bigram_dice = _dice(a.key_bigrams, b.key_bigrams)
        left_a, left_b = _numbers_unmatched(a, b)
        numbers_disagree = float(bool(a.numbers and b.numbers and len(left_a) == len(a.numbers)))
        numbers = a.numbers | b.numbers
        numbers_unmatched = (len(left_a) + len(left_b)) / len(numbers) if numbers else 0.0
        names = (a.capitalised - keys_b) | (b.capitalised - keys_a)
        names_all = a.capitalised | b.capitalised
        names_unmatched = len(names) / len(names_all) if names_all else 0.0
        negation_differs = float(a.negated != b.negated)
        return (
            self.dice,
            self.containment[0],
            self.containment[1],
            word_dice,
            bigram_dice,
            self.verbatim,
            self.longest / min(len(a.keys), len(b.keys)),
            min(len(a.tokens), len(b.tokens)) / max(len(a.tokens), len(b.tokens)),
            self.unmatched[0],
            self.unmatched[1],
            numbers_disagree,
            numbers_unmatched,
            names_unmatched,
            negation_differs,
            (_order_agreement(a.keys, b.keys, self.common) + _order_agreement(b.keys, a.keys, self.common)) / 2,
            _dice(a.key_trigrams, b.key_trigrams),
            _dice(a.char_trigrams, b.char_trigrams),
            math.log1p(max(len(a.content - b.content), len(b.content - a.content))),
            math.log1p(min(len(a.content - b.content), len(b.content - a.content))),
            math.log1p(abs(len(a.tokens) - len(b.tokens))),
            math.log1p(len(names)),
            math.log1p(len(left_a) + len(left_b)),
            _dice(a.token_set, b.token_set),
            len(keys_a & keys_b) / min(len(keys_a), len(keys_b)),
            _edit_distance(a.keys, b.keys) / max(len(a.keys), len(b.keys)),
            *self.synonyms,
        )

    def _synonyms(self, weight_a: float, weight_b: float, weight_common: float) -> tuple[float, float, float]:
        """Weighted overlap and containment again, now counting a content word matched by a synonym in the
        other sentence (``hire``/``employ``), and the heavier side's weight left unmatched even so."""
        if not weight_a or not weight_b:
            return 0.0, 0.0, 0.0
        groups = synonym_groups()
        left_a = [(k, groups.get(k, ())) for k in self.a.content - self.common]
        left_b = [(k, groups.get(k, ())) for k in self.b.content - self.common]
        senses_a = {n for _, g in left_a for n in g}
        senses_b = {n for _, g in left_b for n in g}
        found_a = math.fsum(self.weight(k) for k, g in left_a if not senses_b.isdisjoint(g))
        found_b = math.fsum(self.weight(k) for k, g in left_b if not senses_a.isdisjoint(g))
        lighter = found_a if weight_a <= weight_b else found_b
        return (
            (2 * weight_common + found_a + found_b) / (weight_a + weight_b),
            (weight_common + lighter) / min(weight_a, weight_b),
            math.log1p(max(weight_a - weight_common - found_a, weight_b - weight_common - found_b)),
        )


def _numbers_unmatched(a: SentenceFeatures, b: SentenceFeatures) -> tuple[frozenset[str], frozenset[str]]:
    """The numerals of each sentence that the other gives in no writing: ``8,300,000``, ``8.3 million`` and ``8.3m``
    give one figure, and ``1.2 billion`` and ``$1.2bn`` another (see :func:`newsdiff.features.figures_of`).

    A numeral found as written in the other sentence is matched as before, so a figure written two ways only ever
    matches more: ``1.2 million`` and ``1.3 million`` still share their ``million``, as the model was trained.
    """
    left_a, left_b = a.numbers - b.numbers, b.numbers - a.numbers
    if not (left_a or left_b) or not (a.numbers and b.numbers):
        return left_a, left_b
    figures_a = frozenset().union(*a.figures.values())
    figures_b = frozenset().union(*b.figures.values())
    return (
        frozenset(n for n in left_a if a.figures[n].isdisjoint(figures_b)),
        frozenset(n for n in left_b if b.figures[n].isdisjoint(figures_a)),
    )


def _dice(first: Set[Any], second: Set[Any]) -> float:
    return 2 * len(first & second) / (len(first) + len(second)) if first and second else 0.0


def _edit_distance(first: Sequence[str], second: Sequence[str]) -> int:
    """Word-level Levenshtein distance (insertions, deletions, substitutions), as translation metrics use it.

    Bit-parallel (Myers, in Hyyrö's formulation): one bit per word of ``first`` holds the vertical
    differences of the dynamic-programming column, so each word of ``second`` costs a few integer operations.
    """
    if not first or not second:
        return len(first) + len(second)
    positions: dict[str, int] = {}
    for i, key in enumerate(first):
        positions[key] = positions.get(key, 0) | 1 << i
    mask, top = (1 << len(first)) - 1, 1 << (len(first) - 1)
    up, down, distance = mask, 0, len(first)  # vertical deltas +1 and -1 (the first column counts up)
    for key in second:
        equal = positions.get(key, 0)
        vertical = equal | down
        horizontal = (((equal & up) + up) ^ up) | equal
        right = down | (~(horizontal | up) & mask)
        left = up & horizontal
        if right & top:
            distance += 1
        elif left & top:
            distance -= 1
        right = (right << 1 | 1) & mask  # the first row counts up too
        left = (left << 1) & mask
        up = left | (~(vertical | right) & mask)
        down = right & vertical
    return distance


def _order_agreement(keys_a: Sequence[str], keys_b: Sequence[str], common: frozenset[str]) -> float:
    """Share of successive common content words that come in the same order in both sentences."""
    first_b = {}
    for position, key in enumerate(keys_b):
        if key in common and key not in first_b:
            first_b[key] = position
    seen = set()
    order = []
    for key in keys_a:
        if key in common and key not in seen:
            seen.add(key)
            order.append(first_b[key])
    if len(order) < 2:
        return 1.0
    return sum(1 for x, y in pairwise(order) if x < y) / (len(order) - 1)


def expand(vector: Sequence[float]) -> list[float]:
    """The features and all their pairwise products: the model is logistic in these, quadratic in the features."""
    expanded = list(vector)
    for i, first in enumerate(vector):
        expanded.extend(first * second for second in vector[i:])
    return expanded


@dataclass(frozen=True)
class _Model:
    """Logistic model, quadratic in the features; ``threshold`` on its probability means paraphrase.

    The standardisation the model was trained with is folded into the coefficients, and the pairwise
    products are summed row by row, so scoring a pair never builds the expanded vector.
    """

    intercept: float
    linear: tuple[float, ...]
    quadratic: tuple[tuple[float, ...], ...]
    threshold: float

    def probability(self, vector: Sequence[float]) -> float:
        z = self.intercept + sum(map(mul, self.linear, vector))
        for i, row in enumerate(self.quadratic):
            z += vector[i] * sum(map(mul, row, vector[i:]))
        return 1.0 / (1.0 + math.exp(-z)) if z > -500 else 0.0


def load_model(resource: str, features: Sequence[str]) -> _Model:
    """Read a model written by ``scripts/train_relate.py`` from the package data, checking its features."""
    data = json.loads(resources.files("newsdiff").joinpath(resource).read_text(encoding="utf-8"))
    n = len(features)
    if tuple(data["features"]) != tuple(features) or len(data["weights"]) != n + n * (n + 1) // 2:
        raise RuntimeError(f"{resource} was trained on other features; rerun scripts/train_relate.py")
    coefficients = [w / s for w, s in zip(data["weights"], data["scale"], strict=True)]
    intercept = float(data["bias"]) - sum(c * m for c, m in zip(coefficients, data["mean"], strict=True))
    rows, start = [], n
    for i in range(n):
        rows.append(tuple(coefficients[start : start + n - i]))
        start += n - i
    return _Model(intercept, tuple(coefficients[:n]), tuple(rows), float(data["threshold"]))


@lru_cache(maxsize=1)
def _model() -> _Model:
    return load_model("data/relate_model.json", FEATURES)


def shares_quote(a: SentenceFeatures, b: SentenceFeatures) -> bool:
    """Whether a quotation (three words or more) of either sentence stands nearly whole in the other."""
    return _quote_found(a, b) or _quote_found(b, a)


def _quote_found(a: SentenceFeatures, b: SentenceFeatures) -> bool:
    present = b.key_set
    for quote in a.quotes:
        # Runs can cover no more of the quote than its words found anywhere in the other sentence.
        if len(quote) >= QUOTE_MIN_WORDS and sum(k in present for k in quote) >= QUOTE_COVERAGE * len(quote):
            runs = [block for block in common_runs(quote, b.keys) if block.size >= 3]
            covered = sum(block.size for block in runs)
            # A quotation keeps only its keys: its figures are read off them, and the other sentence's alike.
            if (
                covered >= QUOTE_COVERAGE * len(quote)
                and _negated_alike(quote, b.keys, runs, _quote_stretch)
                # "He said no one was hurt" gives the quotation "One was hurt" a negation just before it.
                and not _negation_before(b, _quote_stretch(quote, b.keys, runs)[1].start)
                and _figures_alike(quote, quote, b.keys, b.keys, runs, _quote_stretch, (_months_of(a), _months_of(b)))
                and not _word_changed(quote, b.keys, runs, (_names_of(a), _names_of(b)))
            ):
                return True
    return False


#: Above this many pairs of words, :class:`_RunMatcher` finds a longest common run in time that grows with the two
#: stretches' lengths, not with their product; under it difflib's own search is quicker.
LINEAR_RUN_SEARCH_FROM = 40_000


def common_runs(first: Sequence[str], second: Sequence[str]) -> list[Match]:
    """The common runs of two sequences of keys, as difflib's ``get_matching_blocks`` finds them (no junk).

    The same runs, but found in time near linear in the lengths: difflib's search compares every word with each of its
    places in the other sequence, so two long repetitive sentences (a whole article in one cell of a pair file) took
    it a minute.
    """
    return _RunMatcher(first, second).get_matching_blocks()


class _RunMatcher(SequenceMatcher[str]):
    """A :class:`difflib.SequenceMatcher` without junk whose longest-match search is linear on long stretches."""

    def __init__(self, first: Sequence[str], second: Sequence[str]) -> None:
        self.first, self.second = first, second
        super().__init__(None, first, second, autojunk=False)

    def find_longest_match(self, alo: int = 0, ahi: int | None = None, blo: int = 0, bhi: int | None = None) -> Match:
        ahi = len(self.first) if ahi is None else ahi
        bhi = len(self.second) if bhi is None else bhi
        if (ahi - alo) * (bhi - blo) <= LINEAR_RUN_SEARCH_FROM:
            return super().find_longest_match(alo, ahi, blo, bhi)
        return _longest_match(self.first, alo, ahi, self.second, blo, bhi)


def _longest_match(first: Sequence[str], alo: int, ahi: int, second: Sequence[str], blo: int, bhi: int) -> Match:
    """The longest run common to ``first[alo:ahi]`` and ``second[blo:bhi]``, the earliest in ``first`` and then in
    ``second`` of those as long, as difflib picks it; ``Match(alo, blo, 0)`` when there is none.

    A suffix automaton of the second stretch (each state: the length of its longest run, its suffix link, the first
    place a run of it ends, its transitions) is walked along the first, one word at a time.
    """
    length, link, ends = [0], [-1], [-1]
    moves: list[dict[str, int]] = [{}]
    last = 0
    for place in range(blo, bhi):
        word = second[place]
        new = len(length)
        length.append(length[last] + 1)
        link.append(0)
        ends.append(place)
        moves.append({})
        state = last
        while state != -1 and word not in moves[state]:
            moves[state][word] = new
            state = link[state]
        if state != -1:
            follow = moves[state][word]
            if length[state] + 1 == length[follow]:
                link[new] = follow
            else:
                clone = len(length)
                length.append(length[state] + 1)
                link.append(link[follow])
                ends.append(ends[follow])
                moves.append(dict(moves[follow]))
                while state != -1 and moves[state].get(word) == follow:
                    moves[state][word] = clone
                    state = link[state]
                link[follow] = link[new] = clone
        last = new
    best, state, size = Match(alo, blo, 0), 0, 0
    for place in range(alo, ahi):
        word = first[place]
        while state and word not in moves[state]:
            state = link[state]
            size = length[state]
        if word in moves[state]:
            state, size = moves[state][word], size + 1
        if size > best.size:  # strictly longer: of runs as long, the earliest in ``first`` stays
            best = Match(place - size + 1, ends[state] - size + 1, size)
    return best


#: Where to compare two sentences' negations, given their common runs: the stretch of each, as a slice of its keys.
_StretchRule = Callable[[Sequence[str], Sequence[str], Sequence[Match]], tuple[slice, slice]]


def _negated_alike(first: Sequence[str], second: Sequence[str], runs: Sequence[Match], rule: _StretchRule) -> bool:
    """Whether the stretches of two runs of keys that ``rule`` picks around their common ``runs`` both negate or
    neither does; without common runs, whether the whole of each does."""
    if not runs:
        return _negate_alike(first, second)
    stretch_first, stretch_second = rule(first, second, runs)
    return _negate_alike(first[stretch_first], second[stretch_second])


def _figures_alike(
    first_tokens: Sequence[str],
    first: Sequence[str],
    second_tokens: Sequence[str],
    second: Sequence[str],
    runs: Sequence[Match],
    rule: _StretchRule,
    months: tuple[frozenset[str], frozenset[str]],
) -> bool:
    """Whether the stretches that ``rule`` picks around two sentences' common ``runs`` (without runs, the whole of
    each) give the same figures (rough counts such as ``dozens`` among them), days of the week, halves of the day
    (``a.m.``, ``p.m.``), months (the keys ``months`` gives for each, see :func:`_months_of`) and spans of time, or
    only one of them gives one the other leaves out; given as tokens and keys.

    A figure is compared however it is written (``8.3 million``, ``8,300,000``; see
    :func:`newsdiff.features.figures_of`). Each giving a figure the other does not is a figure changed: a copy
    whose death toll went from 12 to 14 is no longer the same claim, nor one whose talks moved from Monday to
    Friday. A figure only one of them gives (a date or a year trimmed) is an edit of the copy.
    """
    if runs:
        stretch_first, stretch_second = rule(first, second, runs)
        first_tokens, first = first_tokens[stretch_first], first[stretch_first]
        second_tokens, second = second_tokens[stretch_second], second[stretch_second]
    # A rough count ("dozens") is a figure too, that no figure written out gives.
    figures_first = frozenset().union(*figures_of(first_tokens, first).values(), _rough_counts().intersection(first))
    figures_second = frozenset().union(
        *figures_of(second_tokens, second).values(), _rough_counts().intersection(second)
    )
    # Days, months and figures apart: "on Wednesday" and "on 3 March" may be one date, written two ways.
    return not any(
        one - other and other - one
        for one, other in (
            (figures_first, figures_second),
            (_weekdays().intersection(first), _weekdays().intersection(second)),
            (months[0].intersection(first), months[1].intersection(second)),
            (_spans().intersection(first), _spans().intersection(second)),
            (_halves_of_day(first), _halves_of_day(second)),
        )
    )


#: A word put for another in a copy is a gap between two common runs (or before the first, or after the last, where
#: both sentences have words there) of at most this many words on each side: a longer one is a rewording.
SUBSTITUTION_MAX_WORDS = 3
#: Two names this alike in their letters (``Manzon``, ``Monzon``) are one name spelt two ways, not two people.
SAME_NAME_RATIO = 0.75


def _word_changed(
    first: Sequence[str], second: Sequence[str], runs: Sequence[Match], names: tuple[_Names, _Names]
) -> str:
    """Whether two runs of keys whose common ``runs`` line them up put a name for another ("a name") or a word for its
    opposite ("a word for its opposite") in the same place, or neither (empty); ``names`` are the keys of each
    sentence's names.

    A copy whose speaker changed ("Minister Brell said ..." / "Minister Varga said ...") or whose verb turned
    ("prices rose" / "prices fell") is no longer the same claim. Only a word put in the place of another counts (see
    :data:`SUBSTITUTION_MAX_WORDS`): a name only one of them gives, or one reworded with much else around it, is an
    edit of the copy, as is one name written two ways (see :func:`_one_name`).
    """
    names_first, names_second = names
    keys_first, keys_second = frozenset(first), frozenset(second)
    for gap_first, gap_second in _gaps(first, second, runs):
        left_first = [key for key in gap_first if key not in keys_second]
        left_second = [key for key in gap_second if key not in keys_first]
        if _opposed(set(left_first), set(left_second)):
            return "a word for its opposite"
        renamed_first = [key for key in left_first if key in names_first.sure and key not in _dates()]
        renamed_second = [key for key in left_second if key in names_second.sure and key not in _dates()]
        # A capitalised opener that is a word too ("Bush", "Smith") is a name where the other sentence puts a name in
        # its place: "Bush met the envoy" / "Rice met the envoy" name two people.
        if renamed_second and not renamed_first:
            renamed_first = [key for key in left_first if key in names_first.opener]
        elif renamed_first and not renamed_second:
            renamed_second = [key for key in left_second if key in names_second.opener]
        if renamed_first and renamed_second and not _one_name(renamed_first, renamed_second, left_first, left_second):
            return "a name"
    return ""


class _Names(NamedTuple):
    """The keys of a sentence's likely names (``sure``), and of its capitalised first word when that is a word the
    synonym list knows too and not in the plural (``opener``: "Bush", "Smith", "Police"), a name only opposite a sure
    one."""

    sure: Set[str]
    opener: Set[str]


def _names_of(sentence: SentenceFeatures) -> _Names:
    """The keys of a sentence's likely names: its capitalised words after the first (see
    :attr:`~newsdiff.features.SentenceFeatures.capitalised`), and the first too when it is capitalised and no word
    the synonym list knows ("Brell said ..." opens with a name, "Officials said ..." does not, and "Bush said ..."
    may: see :class:`_Names`)."""
    words = _words(sentence.text)[0]
    if not words or not sentence.keys or not words[0].lstrip(_QUOTE_MARKS + "(")[:1].isupper():
        return _Names(sentence.capitalised, frozenset())
    opener = sentence.keys[0]
    if not opener.isalpha() or opener not in sentence.content:
        return _Names(sentence.capitalised, frozenset())
    if opener in synonym_groups():
        # A plural ("Officials", "Witnesses") is a word of the language: a name comes in the singular.
        word = words[0].strip(_QUOTE_MARKS + "([{,.;:!?)]}").casefold()
        plural = word.endswith("s") and opener in map(loose_key, (word[:-1], word[:-2], word[:-3] + "y"))
        return _Names(sentence.capitalised, frozenset() if plural else frozenset({opener}))
    return _Names(sentence.capitalised | {opener}, frozenset())


def _gaps(first: Sequence[str], second: Sequence[str], runs: Sequence[Match]) -> list[tuple[Sequence[str], ...]]:
    """The stretches of two runs of keys that stand in each other's place around their common ``runs``: between two
    runs, and before the first or after the last where both have words, of :data:`SUBSTITUTION_MAX_WORDS` at most."""
    if not runs:
        return []
    bounds = [Match(0, 0, 0), *runs, Match(len(first), len(second), 0)]
    gaps = [
        (first[before.a + before.size : after.a], second[before.b + before.size : after.b])
        for before, after in pairwise(bounds)
    ]
    return [
        (gap_first, gap_second)
        for gap_first, gap_second in gaps
        if 0 < len(gap_first) <= SUBSTITUTION_MAX_WORDS and 0 < len(gap_second) <= SUBSTITUTION_MAX_WORDS
    ]


def _one_name(
    first: Sequence[str], second: Sequence[str], words_first: Sequence[str], words_second: Sequence[str]
) -> bool:
    """Whether two runs of name keys, put in the place of each other's ``words``, may name one thing: a name spelt
    two ways (``Manzon``, ``Monzon``; see :data:`SAME_NAME_RATIO`), one cut short (``Neb``, ``Nebraska``), or the
    initials of the other's words (``AP``, ``the Associated Press``)."""
    if any(
        one.startswith(other) or other.startswith(one) or SequenceMatcher(None, one, other).ratio() >= SAME_NAME_RATIO
        for one in first
        for other in second
    ):
        return True
    initials_first, initials_second = "".join(key[0] for key in words_first), "".join(key[0] for key in words_second)
    return any(key in (initials_first, initials_second) for key in (*first, *second))


@lru_cache(maxsize=1)
def _dates() -> frozenset[str]:
    """The keys of the months and the days of the week: capitalised, yet no name (a day changed is a date changed,
    which :func:`_figures_alike` tells)."""
    return _weekdays() | _months() | {loose_key("may")}


def _quote_stretch(quote: Sequence[str], keys: Sequence[str], runs: Sequence[Match]) -> tuple[slice, slice]:
    """A quotation whole, and the stretch of the other sentence its ``runs`` line up with.

    The stretch reaches as far past the first and last run as the quotation does, so that ``won't`` standing for
    its ``will`` counts. A quotation found nearly whole but for a ``not`` says the opposite of the other sentence.
    """
    begin = max(runs[0].b - runs[0].a, 0)
    return slice(None), slice(begin, runs[-1].b - runs[-1].a + len(quote))


def _copy_stretch(first: Sequence[str], second: Sequence[str], runs: Sequence[Match]) -> tuple[slice, slice]:
    """The stretches of two sentences whose common ``runs`` make one a copy of the other, leaving out a clause only
    one of them adds before the first run or after the last ("Not surprisingly, ...").

    Where both have words before the first run (or after the last), those words are one edit of the copy and count:
    a ``won't`` standing where the other has ``will``.
    """
    head, tail = runs[0], runs[-1]
    both_lead = head.a > 0 and head.b > 0
    both_trail = tail.a + tail.size < len(first) and tail.b + tail.size < len(second)
    return (
        slice(0 if both_lead else head.a, len(first) if both_trail else tail.a + tail.size),
        slice(0 if both_lead else head.b, len(second) if both_trail else tail.b + tail.size),
    )


def _negate_alike(first: Sequence[str], second: Sequence[str]) -> bool:
    """Whether two runs of keys both negate or neither does (``will not`` and ``won't`` alike, ``will`` not)."""
    return any(map(negates, first)) == any(map(negates, second))


#: The relation engines, for :func:`relater_for` and the ``engine`` options that reach it.
ENGINES = ("lexical", "embeddings")


def check_engine(engine: str) -> None:
    """Refuse an unknown or uninstalled relation engine before any cluster is read, not once per cluster."""
    if engine is None:
        raise InputError(f"engine is missing (None); choose {' or '.join(map(repr, ENGINES))}")
    if engine not in ENGINES:
        raise InputError(f"unknown engine {engine!r}; choose {' or '.join(map(repr, ENGINES))}")
    if engine == "embeddings":
        from .embeddings import available, not_installed

        if not available():
            raise InputError(not_installed())


def check_scores(threshold: float | None, floor: float | None) -> None:
    """Refuse a threshold or floor outside [0, 1] (``None`` stands for the engine's own)."""
    for name, value in (("threshold", threshold), ("floor", floor)):
        if value is None:
            continue
        if not isinstance(value, (int, float)) or isinstance(value, bool):
            # Decimal('0.3') or numpy's float32(0.3) is between 0 and 1: the message must say what is wrong.
            raise InputError(
                f"{name} must be a score between 0 and 1, got {value!r}: a {type(value).__name__}, "
                "not a float; give a float such as 0.3"
            )
        if not 0.0 <= value <= 1.0:
            raise InputError(f"{name} must be a score between 0 and 1, got {value!r}")


def relater_for(engine: str = "lexical", *, threshold: float | None = None) -> Relater:
    """The relation function of an engine: ``"lexical"`` (default) or ``"embeddings"`` (needs the extra).

    ``threshold`` replaces the cut calibrated on labelled pairs (a cluster takes :func:`cluster_cuts`). Many
    pairs are best related together, with :func:`relate_many`, so that an engine prepares them in one batch.
    """
    check_engine(engine)
    if engine == "embeddings":
        from .embeddings import EmbeddingRelater

        return EmbeddingRelater(threshold=threshold)
    return relate_features if threshold is None else partial(relate_features, threshold=threshold)


#: Two sentences to relate.
Pair = tuple[SentenceFeatures, SentenceFeatures]


@runtime_checkable
class ManyRelater(Protocol):
    """A relater that can also relate many pairs at once, preparing what they need together (one model call)."""

    def __call__(self, a: SentenceFeatures, b: SentenceFeatures, weight: Weights, /) -> Relation: ...

    def relate_many(self, pairs: Sequence[Pair], weight: Weights, /) -> list[Relation]: ...


def relate_many(relater: Relater, pairs: Sequence[Pair], weight: Weights) -> list[Relation]:
    """Relate ``pairs`` in order, together when ``relater`` can (:class:`ManyRelater`), else one by one.

    The relations are those of relating each pair on its own; together, an engine that embeds sentences
    embeds all the texts it has not met in one batch instead of one model call each.
    """
    if isinstance(relater, ManyRelater):
        return relater.relate_many(pairs, weight)
    return [relater(a, b, weight) for a, b in pairs]


def within_longer(relater: Relater, threshold: float) -> WithinLonger:
    """``relater`` for aligning a cluster: a sentence carried whole as a clause of the other is shared
    (:func:`carried_whole`), and a pair it calls unrelated is also related through the longer sentence's
    stretch from the first to the last of its words that the shorter sentence has too (:func:`stretch`), or,
    when there is no such stretch, through the runs of its clauses that hold those words (:func:`clause_runs`).

    Outlets often carry one another's claim inside a sentence that says much else, which a model trained on
    whole-sentence equivalence scores low. The best score of those parts, discounted by :data:`STRETCH_DISCOUNT`,
    is kept when it is higher, and makes the pair paraphrased when it reaches ``threshold``.
    """
    return WithinLonger(relater, threshold)


@dataclass(frozen=True)
class WithinLonger:
    """The relater :func:`within_longer` makes: ``relater``, then the longer sentence's parts for unrelated pairs."""

    relater: Relater
    threshold: float

    def __call__(self, a: SentenceFeatures, b: SentenceFeatures, weight: Weights) -> Relation:
        relation = self.relater(a, b, weight)
        if relation.label != "shared" and carried_whole(a, b):
            return replace(relation, label="shared", score=1.0)
        if relation.label != "unrelated":
            return relation
        shorter, parts = _parts(a, b)
        return self._through_parts(relation, [self.relater(shorter, part, weight) for part in parts])

    def relate_many(self, pairs: Sequence[Pair], weight: Weights) -> list[Relation]:
        """Relate ``pairs`` as one call each would, relating all the parts of the unrelated ones together."""
        if not isinstance(self.relater, ManyRelater):
            # Nothing is prepared for a batch: each pair's parts are made and dropped in turn, not held together.
            return [self(a, b, weight) for a, b in pairs]
        relations = [
            replace(relation, label="shared", score=1.0)
            if relation.label != "shared" and carried_whole(*pair)
            else relation
            for pair, relation in zip(pairs, self.relater.relate_many(pairs, weight), strict=True)
        ]
        found = [(n, *_parts(*pairs[n])) for n, relation in enumerate(relations) if relation.label == "unrelated"]
        part_relations = iter(
            self.relater.relate_many([(shorter, part) for _, shorter, parts in found for part in parts], weight)
        )
        for n, _, parts in found:
            relations[n] = self._through_parts(relations[n], [next(part_relations) for _ in parts])
        return relations

    def _through_parts(self, relation: Relation, through: Sequence[Relation]) -> Relation:
        """An unrelated pair's ``relation``, or the discounted best of its relations ``through`` the longer's parts."""
        if not through:
            return relation
        score = round(STRETCH_DISCOUNT * max(part.score for part in through), 4)
        if score <= relation.score:
            return relation
        return replace(relation, label="paraphrased" if score >= self.threshold else "unrelated", score=score)


def _parts(a: SentenceFeatures, b: SentenceFeatures) -> tuple[SentenceFeatures, list[SentenceFeatures]]:
    """The shorter of two sentences, and the parts of the longer to relate it to: its stretch, or its clause runs."""
    # Ties are broken by the text, so that the pair relates the same whichever sentence comes first.
    longer, shorter = (a, b) if (len(a.tokens), a.text) >= (len(b.tokens), b.text) else (b, a)
    part = stretch(longer, shorter.content)
    return shorter, [part] if part is not None else clause_runs(longer, shorter.content)


def stretch(sentence: SentenceFeatures, keys: Set[str]) -> SentenceFeatures | None:
    """The words of ``sentence`` from the first to the last whose key is in ``keys``, featurized.

    ``None`` when fewer than :data:`STRETCH_MIN_WORDS` of its words are in ``keys``, or when the stretch leaves
    out fewer than three words (it would be the sentence again).
    """
    words, word_keys = _words(sentence.text)
    hits = [i for i, found in enumerate(word_keys) if not found.isdisjoint(keys)]
    if len(hits) < STRETCH_MIN_WORDS or hits[-1] - hits[0] + 1 > len(words) - 3:
        return None
    return featurize(" ".join(words[hits[0] : hits[-1] + 1]))


def clause_runs(sentence: SentenceFeatures, keys: Set[str]) -> list[SentenceFeatures]:
    """Runs of whole clauses of ``sentence`` that hold its words whose key is in ``keys``, featurized.

    Clauses end at commas, semicolons, colons, brackets and dashes. From each clause holding such a word, the
    shortest run holding :data:`CLAUSE_MIN_WORDS` of them, and that run with the next clause too ("..., then it is
    not what we need"); a run must leave out at least three words. Only lower-case words other than reporting
    words count: names and "said" alone make no claim. This finds the claim that :func:`stretch` misses when the
    two sentences' common words recur far apart ("“...,” Brell told reporters"). At most
    :data:`CLAUSE_RUNS_KEPT` runs, the densest in such words, in the order of the sentence.
    """
    words, word_keys = _words(sentence.text)
    hits = [
        int(not found.isdisjoint(keys) and word.lstrip("\"'“‘(")[:1].islower() and not found <= _reporting())
        for word, found in zip(words, word_keys, strict=True)
    ]
    starts = [0] + [
        i
        for i in range(1, len(words))
        if words[i - 1].endswith(_CLAUSE_END) or words[i - 1] in _DASHES or words[i].startswith(("(", *_DASHES))
    ]
    bounds = [*starts, len(words)]
    clause_hits = [sum(hits[begin:end]) for begin, end in pairwise(bounds)]
    spans = []
    for first in range(len(clause_hits)):
        if not clause_hits[first]:
            continue
        total = 0
        for last in range(first, len(clause_hits)):
            total += clause_hits[last]
            if total >= CLAUSE_MIN_WORDS:
                for end in range(last, min(last + 2, len(clause_hits))):
                    begin, stop = bounds[first], bounds[end + 1]
                    if stop - begin <= len(words) - 3:
                        spans.append((-sum(hits[begin:stop]) / (stop - begin), begin, stop))
                break
    # A long list of clauses (results, names) would otherwise make hundreds of runs: the densest are kept.
    kept = sorted(sorted(spans)[:CLAUSE_RUNS_KEPT], key=lambda span: span[1:])
    return [featurize(" ".join(words[begin:stop])) for _, begin, stop in kept]


@lru_cache(maxsize=4096)
def _words(text: str) -> tuple[tuple[str, ...], tuple[frozenset[str], ...]]:
    """The white-space separated words of ``text`` and the keys of each (a sentence meets many others)."""
    words = tuple(text.split())
    return words, tuple(frozenset(loose_key(token) for token in tokenize(word)) for word in words)


def cluster_cuts(engine: str = "lexical") -> tuple[float, float]:
    """An engine's threshold and floor for aligning a cluster (:data:`CLUSTER_THRESHOLD`, :data:`CLUSTER_FLOOR`).
    An unknown engine is refused; one not installed is not: its figures are known without it (``--help`` gives them
    on every machine), and what scores with it refuses it (:func:`check_engine`)."""
    if engine not in ENGINES:
        check_engine(engine)
    if engine == "embeddings":
        return EMBEDDINGS_CLUSTER_THRESHOLD, EMBEDDINGS_CLUSTER_FLOOR
    return CLUSTER_THRESHOLD, CLUSTER_FLOOR
