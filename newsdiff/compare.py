"""The pipeline in one call: load → clean → segment → featurize → candidates → relate → align → group."""

from __future__ import annotations

import math
import os
import sys
import weakref
from collections import defaultdict
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from typing import Any, Literal

from ._version import __version__
from .align import KEPT, Link, Rivals, align, group
from .article import Article, Source, load
from .clean import CleanText, Removal, clean
from .errors import InputError
from .features import SentenceFeatures, featurize
from .index import CandidateIndex, Ref
from .noise import NoiseRule, default_rules
from .relate import Relater, check_engine, relate_many, relater_for, within_longer
from .result import (
    UNKNOWN_VERSION,
    ArticleResult,
    Comparison,
    Group,
    Match,
    MatchLabel,
    Reason,
    Scoring,
    Sentence,
    SentenceLabel,
    Verdict,
    scoring,
)
from .segment import SentenceSpan, segment


def compare(
    articles: Iterable[Source],
    *,
    rules: Sequence[NoiseRule] | None = None,
    extra_rules: Sequence[NoiseRule] = (),
    metadata: bool = True,
    engine: str = "lexical",
    threshold: float | None = None,
    floor: float | None = None,
    progress: bool = False,
) -> Comparison:
    """Compare two or more articles about one event, sentence by sentence.

    ``articles`` are :class:`Article` objects or anything :func:`load` accepts. ``rules`` replaces the shipped noise
    rules; ``extra_rules`` adds to them. ``metadata=False`` keeps in each text what loading reads as its metadata (a
    leading date line, front matter, the headline and any line that repeats it), to be compared as sentences; the
    article's date and title are read all the same. ``engine`` relates sentences: ``"lexical"`` (default) or
    ``"embeddings"`` (needs ``newsdiff[embeddings]``). ``threshold`` is the score from which two sentences are
    paraphrases, and ``floor`` the lower score from which they are when each is the other's best match in the other
    article (defaults: the engine's, see ``docs/evaluation.md``; a threshold given alone moves the floor in proportion:
    the lexical engine's 0.1 under 0.18 becomes 0.2 under 0.36; a floor at or above the threshold turns that second
    rule off). Raise the threshold for fewer, surer matches; lower it to find looser ones. ``progress`` shows a bar on
    standard error while sentence pairs are related, once that takes more than a moment. Raises :class:`InputError`
    naming the article when one cannot be compared, or naming the option at fault (an unknown engine, a threshold or
    floor outside [0, 1], rules that are not a list of rules, a ``metadata`` or ``progress`` other than True or False)
    before any article is read, and :class:`EngineError` when the embeddings engine's model cannot be loaded.

    >>> result = compare(["The harbour talks began in Kessel on Monday. It rained.",
    ...                   "The harbour talks began in Kessel on Monday. Snow fell."])
    >>> [s.label for s in result.articles[0].sentences]
    ['shared', 'unique']
    """
    # Every option is checked before any article is read: a typo in one fails at once, not after a big cluster's
    # cleaning, and not as whichever article failed first; an engine not installed, too.
    check_engine(engine)
    check_progress(progress)
    scored = scoring(engine, threshold, floor)
    prepared = prepare(articles, rules=rules, extra_rules=extra_rules, metadata=metadata)
    return relate_prepared(prepared, scored, progress=progress)


@dataclass(frozen=True)
class Prepared:
    """Articles as :func:`compare` relates them: loaded, cleaned of noise and split into sentences."""

    articles: tuple[Article, ...]
    cleaned: tuple[CleanText, ...]
    spans: tuple[tuple[SentenceSpan, ...], ...]


def check_metadata(metadata: Any) -> None:
    """Refuse a ``metadata`` that is not True or False: any value was taken for its truth, so metadata="no" or "False"
    removed the metadata it was meant to keep."""
    if not isinstance(metadata, bool):
        raise InputError(
            f"metadata must be True or False, not {metadata!r}: True removes each article's leading date line, front "
            "matter and headline as metadata, False keeps them in the text"
        )


def check_progress(progress: Any) -> None:
    """Refuse a ``progress`` that is not True or False: any value was taken for its truth, so progress="no" or
    "False" drew the bar it meant to leave out."""
    if not isinstance(progress, bool):
        raise InputError(
            f"progress must be True or False, not {progress!r}: True shows a bar on standard error while sentence "
            "pairs are related, False shows none"
        )


def prepare(
    articles: Iterable[Source],
    *,
    rules: Sequence[NoiseRule] | None = None,
    extra_rules: Sequence[NoiseRule] = (),
    metadata: bool = True,
) -> Prepared:
    """Load, clean and split ``articles`` as :func:`compare` does (its ``rules``, ``extra_rules`` and ``metadata``),
    the one way to; a step of its own (then :func:`relate_prepared`) so that a gold's sentences can be checked against
    them before the relating, which may take minutes. Raises :class:`InputError` as :func:`compare` does for the rules,
    ``metadata`` and the articles."""
    noise_rules = (default_rules() if rules is None else _rule_list("rules", rules)) + _rule_list(
        "extra_rules", extra_rules
    )
    check_metadata(metadata)
    if isinstance(articles, Mapping) and "text" not in articles and articles:
        _refuse_dict_by_name(articles)
    if isinstance(articles, Iterator):
        # A generator (or map, or iter) gives its articles once: they are held, to be checked as a list's are.
        articles = list(articles)
    if isinstance(articles, Collection) and not isinstance(articles, (str, bytes, bytearray, Mapping)):
        _refuse_same_object(articles)  # a list, a tuple, a dict's values alike
    loaded = _distinct(load(articles), articles)  # one string or path is one article, not a sequence of them

    cleaned = [clean(article.text, noise_rules, metadata=metadata) for article in loaded]
    spans = [segment(c) for c in cleaned]
    for article, sentences, kept in zip(loaded, spans, cleaned, strict=True):
        if not sentences:
            # A file is named by its path too: its id alone ("noise-2") may name no file.
            name = f"{article.source} (id {article.id!r})" if article.source else article.name
            raise InputError(f"{name}: no sentences left after removing noise{_removed_by(kept.removals)}")
    return Prepared(tuple(loaded), tuple(cleaned), tuple(spans))


def _refuse_dict_by_name(articles: Mapping[Any, Any]) -> None:
    """Refuse a notebook's natural {id: text}, {id: Article} or {name: path}, which reads as one record without a
    text: the load's message would say only that, and not how to give the articles it holds."""
    values = list(articles.values())
    keys = ", ".join(map(str, articles))
    opening = f"articles is one dict without a 'text' field (keys: {keys}): a record gives its article's text as 'text'"
    if all(isinstance(value, str) for value in values):
        raise InputError(
            f"{opening}; to compare texts by id, give "
            "[newsdiff.Article(text, id=key) for key, text in articles.items()]"
        )
    if all(isinstance(value, (str, Article, os.PathLike)) for value in values):
        raise InputError(
            f"{opening}; to compare the articles and files it holds, give list(articles.values()) (an Article keeps "
            "its own id, a file is named by its name)"
        )


def relate_prepared(prepared: Prepared, scored: Scoring, *, progress: bool = False) -> Comparison:
    """The comparison of the ``prepared`` articles (:func:`prepare`): their sentences related and aligned as
    ``scored`` (:func:`scoring`) says, as :func:`compare` relates them."""
    features = [[featurize(s.text) for s in sentences] for sentences in prepared.spans]
    with _progress_bar(progress) as told:
        links = align(features, relater=_relater(scored), floor=scored.floor, progress=told)
    return _assembled(prepared, links, scored)


def unrelated(prepared: Prepared) -> Comparison:
    """The ``prepared`` articles as a comparison that matched no sentence: their ids, sentences and removed noise as
    :func:`compare` gives them, without relating any (it records no scoring)."""
    return _assembled(prepared, [], None)


def _assembled(prepared: Prepared, links: Sequence[Link], scored: Scoring | None) -> Comparison:
    """The comparison of the ``prepared`` articles whose sentences ``links`` link, scored as ``scored`` says."""
    loaded, spans, cleaned = prepared.articles, prepared.spans, prepared.cleaned
    matches: dict[tuple[int, int], list[Match]] = defaultdict(list)
    for link in links:
        match_label: MatchLabel = "shared" if link.relation.label == "shared" else "paraphrased"
        for mine, other in ((link.a, link.b), (link.b, link.a)):
            matches[mine].append(Match(loaded[other[0]].id or "", other[1], match_label, link.relation.score))

    results = []
    for a, (article, sentences, cleaned_text) in enumerate(zip(loaded, spans, cleaned, strict=True)):
        built = []
        for s, span in enumerate(sentences):
            found = tuple(sorted(matches.get((a, s), ()), key=lambda m: (-m.score, m.article, m.sentence)))
            label: SentenceLabel = (
                "unique" if not found else ("shared" if any(m.label == "shared" for m in found) else "paraphrased")
            )
            built.append(Sentence(s, span.text, span.start, span.end, label, found))
        results.append(
            ArticleResult(
                id=article.id or f"article-{a + 1}",
                outlet=article.outlet,
                title=article.title,
                date=article.date,
                source=article.source,
                url=article.url,
                text=article.text,
                sentences=tuple(built),
                removed=cleaned_text.removals,
            )
        )
    ids = [r.id for r in results]
    groups = tuple(
        Group(n, "shared" if claim.label == "shared" else "paraphrased", tuple((ids[a], s) for a, s in claim.members))
        for n, claim in enumerate(group(links, ids))
    )
    return Comparison(tuple(results), groups, scoring=scored)


def _relater(scored: Scoring) -> Relater:
    """The relater a comparison aligns with: the engine at the threshold, and through the longer sentence's parts."""
    return within_longer(relater_for(scored.engine, threshold=scored.threshold), scored.threshold)


def verdict(comparison: Comparison, first: tuple[str, int], second: tuple[str, int]) -> Verdict:
    """Whether and why ``comparison`` matched two sentences of two different articles (see
    :meth:`Comparison.relate`), decided by the rules :func:`newsdiff.align.align` keeps links by
    (:class:`newsdiff.align.Rivals`).

    Only the pairs that decide it are related again: those the candidate index proposes between the two
    articles that hold one of the sentences, scored with the cluster's word weights.
    """
    scored = comparison.scoring
    assert scored is not None  # Comparison.relate refuses a comparison that does not say how it was scored
    order = {article.id: n for n, article in enumerate(comparison.articles)}
    x, y = (order[first[0]], first[1]), (order[second[0]], second[1])
    features, index, candidates = _prepared(comparison)
    # The pairs that decide x and y: each with the sentences of the other's article it is a candidate with.
    articles = {x[0], y[0]}
    around = [(p, q) for p, q in candidates if {p[0], q[0]} == articles and (x in (p, q) or y in (p, q))]
    pair = (x, y) if x < y else (y, x)
    candidate = pair in around
    if not candidate:
        around.append(pair)  # scored all the same, to show how far it is from a match
    relater = _relater(scored)
    related = relate_many(relater, [(features[p[0]][p[1]], features[q[0]][q[1]]) for p, q in around], index.idf)
    relations = dict(zip(around, related, strict=True))
    relation = relations[pair]
    score = relation.score
    # Decided by align's own rules among the pairs around this one, where its sentences' best matches all are (a pair
    # that is no candidate is decided before any rule, and its rivals are not asked).
    rivals = Rivals.among((Link(p, q, r) for (p, q), r in relations.items()), scored.floor)
    reason: Reason = rivals.reason(Link(*pair, relation)) if candidate else "not-candidate"

    def named(ref: Ref | None) -> str:
        return "none" if ref is None else f"({comparison.articles[ref[0]].id!r}, {ref[1]})"

    def outdone(paraphrase: bool) -> str:
        parts = []
        for ref, other in ((x, y), (y, x)):
            top, whom = rivals.best(ref, other[0], paraphrase=paraphrase)
            if top > score:
                parts.append(f"{named(ref)} matches {named(whom)} better ({top:.2f})")
        return " and ".join(parts)

    t, f = scored.threshold, scored.floor
    label: Literal["shared", "paraphrased", "unrelated"] = (
        "unrelated" if reason not in KEPT else "shared" if reason == "shared" else "paraphrased"
    )
    if reason == "not-candidate":
        because = f"too little in common for the comparison to score the pair (related here: {score:.2f})"
    elif reason == "shared":
        because = f"scores {score:.2f}, with a verbatim run of {relation.longest_run} words"
    elif reason == "above-threshold":
        because = f"scores {score:.2f}, at or above the threshold {t:.2f}"
    elif reason == "not-best":
        because = f"scores {score:.2f}, at or above the threshold {t:.2f}, but {outdone(paraphrase=True)}"
    elif reason == "mutual-best":
        because = (
            f"scores {score:.2f}, under the threshold {t:.2f} but at or above the floor {f:.2f}, and each "
            "sentence is the other's best match in the other's article"
        )
    elif reason == "not-mutual-best":
        because = (
            f"scores {score:.2f}, under the threshold {t:.2f} and at or above the floor {f:.2f}, "
            f"but {outdone(paraphrase=False)}"
        )
    else:
        below = f"the floor {f:.2f}" if f < t else f"the threshold {t:.2f}"
        because = f"scores {score:.2f}, under {below}"
    if relation.changed and label != "shared":
        # A copy but for one word scores high and still is not shared: the reader is told which change stopped it.
        because += f"; the same words but for {relation.changed}, so not shared"
    because = f"{label}: {because}" if label != "unrelated" else f"not matched: {because}"
    found = Verdict(first, second, label, score, reason, because, relation)
    _check_recorded(comparison, found)
    return found


#: What relating a comparison's sentences again needs, kept while the comparison is: a notebook asking about one
#: pair after another featurizes and indexes its sentences once.
_PREPARED: weakref.WeakKeyDictionary[
    Comparison, tuple[list[list[SentenceFeatures]], CandidateIndex, list[tuple[Ref, Ref]]]
] = weakref.WeakKeyDictionary()


def _prepared(comparison: Comparison) -> tuple[list[list[SentenceFeatures]], CandidateIndex, list[tuple[Ref, Ref]]]:
    """The features of ``comparison``'s sentences, its candidate index (with the cluster's word weights) and the
    pairs that index proposes, as :func:`compare` made them from the same sentences."""
    found = _PREPARED.get(comparison)
    if found is None:
        features = [[featurize(s.text) for s in article.sentences] for article in comparison.articles]
        index = CandidateIndex()
        for a, sentences in enumerate(features):
            for s, one in enumerate(sentences):
                index.add(a, s, one)
        found = _PREPARED[comparison] = (features, index, list(index.candidates()))
    return found


#: How far a score found again may be from the comparison's own and still be the same: one step of a score's rounding
#: to four places (with room for float error), which an embedding a hair different in another batch can cross.
SCORE_SLACK = 1.5e-4


def _check_recorded(comparison: Comparison, found: Verdict) -> None:
    """Refuse a verdict that is not the comparison's own match of the pair: scored with other settings than the
    comparison was (as a comparison read back from JSON may be told), or by another version of newsdiff."""
    (article, index), (other, other_index) = found.first, found.second
    recorded = next(
        (m for m in comparison.sentence(article, index).matches if (m.article, m.sentence) == (other, other_index)),
        None,
    )
    if recorded is None and not found.matched:
        return
    # An engine that embeds sentences may embed them a hair differently in another batch than the comparison's, and
    # a score so moved rounds one step away when it lies at a rounding boundary.
    if recorded and recorded.label == found.label and math.isclose(recorded.score, found.score, abs_tol=SCORE_SLACK):
        return
    held = f"{recorded.label} at {recorded.score:.2f}" if recorded else "no match"
    given = f"{found.label} at {found.score:.2f}" if found.matched else f"no match ({found.score:.2f})"
    scored = comparison.scoring
    assert scored is not None
    if comparison.version == UNKNOWN_VERSION:  # read back from data that does not say
        version = ", or by another newsdiff version (the comparison does not record which)"
    elif comparison.version != __version__:
        version = f", or by newsdiff {comparison.version}, not this {__version__}"
    else:
        version = ""
    raise InputError(
        f"the comparison holds {held} for {found.first} and {found.second}, but scoring with engine "
        f"{scored.engine!r}, threshold {scored.threshold:.2f} and floor {scored.floor:.2f} gives {given}: it was "
        f"compared with other settings{version}; give its settings to scored_with, or compare the articles again"
    )


#: Seconds a comparison runs before its progress bar appears: a quick one shows none.
PROGRESS_DELAY = 1.0


class Unfailing:
    """Standard error for a progress bar, dropping what cannot be written to it (closed by ``2>&-``, or in Python).

    tqdm passes such an error on, and the result being computed was lost with it; it also holds a lock shared by
    every bar while it writes, and kept it, so that a bar in another thread then waited for ever. Every bar of
    newsdiff's writes through this stream.
    """

    def __init__(self, stream: Any) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        try:
            return int(self._stream.write(text))
        except (OSError, ValueError):  # ValueError: a stream closed in Python
            return 0

    def flush(self) -> None:
        with suppress(OSError, ValueError):
            self._stream.flush()

    def __getattr__(self, name: str) -> Any:  # its encoding and width, as tqdm reads them
        return getattr(self._stream, name)


def progress_stream() -> Unfailing | None:
    """Standard error wrapped for a progress bar, or None when there is none (``sys.stderr`` is None): no bar."""
    return None if sys.stderr is None else Unfailing(sys.stderr)


@contextmanager
def _progress_bar(enabled: bool) -> Iterator[Callable[[int, int], None] | None]:
    """A tqdm bar on standard error counting the sentence pairs related, as ``align`` tells them; None when off, or
    when there is no standard error to draw it on."""
    stream = progress_stream() if enabled else None
    if stream is None:
        yield None
        return
    from tqdm import tqdm  # type: ignore[import-untyped]

    with tqdm(desc="newsdiff compare", unit="pair", delay=PROGRESS_DELAY, leave=False, file=stream) as bar:

        def told(done: int, total: int) -> None:
            bar.total = total
            bar.update(done - bar.n)

        yield told


def _rule_list(name: str, rules: Iterable[NoiseRule]) -> tuple[NoiseRule, ...]:
    """``rules`` as a tuple, checked before any article is read: a lone rule, None or rules written as data (a dict,
    which was taken key by key) where a list of rules belongs, or an item of the list that is no rule, is refused
    naming the option."""
    if isinstance(rules, (NoiseRule, str, Mapping)) or not isinstance(rules, Iterable):
        written = " (newsdiff.noise.rules_from_data reads rules written as data)" if isinstance(rules, Mapping) else ""
        raise InputError(
            f"{name} must be a list of NoiseRule objects, got {type(rules).__name__}; give a list such as [rule]"
            f"{written}"
        )
    checked = tuple(rules)
    for number, rule in enumerate(checked, start=1):
        if not isinstance(rule, NoiseRule):  # worded as a batch words it
            raise InputError(
                f"{name}, rule {number}: is {type(rule).__name__}, not a NoiseRule; read a rules file with "
                "newsdiff.noise.load_rules, or build NoiseRule(reason, pattern, scope)"
            )
    return checked


def _removed_by(removals: Sequence[Removal]) -> str:
    """What removed an article's text, for the message that none of it is left: the reasons, most text first, so
    that a caller's rule that matches everything is named."""
    removed: dict[str, int] = defaultdict(int)
    for removal in removals:
        removed[removal.reason] += removal.end - removal.start
    if not removed:
        return "; is it an article?"
    reasons = sorted(removed, key=lambda reason: -removed[reason])
    named = ", ".join(f"{reason!r} ({removed[reason]:,} characters)" for reason in reasons[:3])
    more = f" and {len(reasons) - 3} more" if len(reasons) > 3 else ""
    return f" (removed as {named}{more}); is it an article?"


def _distinct(articles: list[Article], given: object) -> list[Article]:
    """Refuse fewer than two articles, or one record of one file given twice (by another path or link, too).

    Loading records each article's origin, its file's real path and its position there, so two records of one
    JSON or JSONL file are two articles even with the same text (one wire copy, two outlets), while a record
    given again is refused whatever id it was given. An article loaded and then edited is another article.
    ``given`` is what the caller passed, to say so when it was one article rather than a list of them.
    """
    if len(articles) < 2:
        single = isinstance(given, (str, os.PathLike, Article, Mapping))
        # The count alone left the reader to guess what was wanted: each message says what to give.
        hint = (
            f": articles is a single {type(given).__name__}, not a list; give a list such as [first, second]"
            if single
            else "; give two or more articles about the same event"
        )
        raise InputError(f"need at least two articles to compare, got {len(articles)}{hint}")
    refuse_given_twice(articles)
    return articles


def _refuse_same_object(articles: Iterable[object]) -> None:
    """Refuse one :class:`Article` object given twice: loading would name the second anew (``herald-2``) and compare
    the article with itself. Two objects of the same text stay two articles, as two outlets' copies of a story. A
    loaded article is left to :func:`refuse_given_twice`, which names its file."""
    seen: set[int] = set()
    for article in articles:
        if isinstance(article, Article) and article.origin is None:
            if id(article) in seen:
                raise InputError(
                    f"{article.name}: given twice (the same Article); an article compared with itself says nothing"
                )
            seen.add(id(article))


def refuse_given_twice(articles: Iterable[object], where: str = "") -> None:
    """Refuse one loaded record among ``articles`` given twice (by its origin and text; see :func:`_distinct`);
    ``where`` opens the message (a batch's cluster). What is not a loaded :class:`Article` is passed over."""
    seen: set[tuple[tuple[str, int], str]] = set()
    for article in articles:
        if isinstance(article, Article) and article.origin is not None:
            key = (article.origin, article.text)
            if key in seen:
                raise InputError(f"{where}{article.source}: given twice; an article compared with itself says nothing")
            seen.add(key)
