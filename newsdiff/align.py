"""Alignment across articles: which sentences relate, one-to-many, and grouping into claims.

Every candidate pair from the index is related; shared links are kept, and a paraphrase link is kept
when it is the best paraphrase one of its two sentences has in the other article (or strong in its
own right), so one sentence can align with two halves of a split sentence without collecting every
loosely related neighbour. A pair scoring below the relater's cut but at or above a lower floor is kept
too when each of its sentences is the other's best match in the other article: coverage of one
event often says the same thing in sentences that carry much else besides, and that mutual choice is
better evidence than the score alone. :class:`Rivals` holds these rules, once: :func:`align` keeps
every pair by them, and :meth:`newsdiff.Comparison.relate` says by them why it kept one pair or not.
Linked sentences then merge into groups ("claims"), densely enough linked that a chain of loose
paraphrases does not join different claims.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from .features import SentenceFeatures
from .index import CandidateIndex, Ref
from .relate import Relater, Relation, relate_features, relate_many

if TYPE_CHECKING:
    from .result import Reason

#: A paraphrase link at or above this score is kept even when it is not a best match.
STRONG_PARAPHRASE = 0.6
#: Candidate pairs are related this many at a time (:func:`newsdiff.relate.relate_many`): an engine that embeds
#: sentences embeds what a batch needs in one model call, and what it makes for a batch is held for that batch only.
#: Progress is told after each batch, so a batch is small enough for a long comparison's bar to move.
RELATED_TOGETHER = 512
#: Two partial claims merge when at least this share of their cross-article sentence pairs are linked.
MERGE_DENSITY = 0.5


@dataclass(frozen=True)
class Link:
    """Two related sentences of different articles (``a`` < ``b``) and their relation."""

    a: Ref
    b: Ref
    relation: Relation


@dataclass(frozen=True)
class Claim:
    """Sentences across articles that say the same thing; ``label`` is shared or paraphrased."""

    label: str
    members: tuple[Ref, ...]


def align(
    articles: Sequence[Sequence[SentenceFeatures]],
    *,
    relater: Relater = relate_features,
    index: CandidateIndex | None = None,
    floor: float | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> list[Link]:
    """Relate the plausible sentence pairs of ``articles`` and keep the links that hold.

    ``floor`` (off by default) also keeps pairs the relater calls unrelated that score at least this
    and are each other's best match between their two articles; they are labelled paraphrased.
    ``progress``, when given, is told how many candidate pairs are related so far, and of how many.
    """
    index = index if index is not None else CandidateIndex()
    if not len(index):
        for a, sentences in enumerate(articles):
            for s, features in enumerate(sentences):
                index.add(a, s, features)
    counted: list[Link] = []
    # A sentence's features are those of its text, so two texts relate the same way wherever they stand. A
    # line repeated through the articles (a slogan, a sign-off) meets its every copy, and relating each such
    # pair again would cost the square of the copies: each pair of texts is related once.
    relations: dict[tuple[str, str], Relation] = {}
    candidates = list(index.candidates())
    if progress is not None:
        progress(0, len(candidates))
    for start in range(0, len(candidates), RELATED_TOGETHER):
        chunk = candidates[start : start + RELATED_TOGETHER]
        pairs = [(articles[first[0]][first[1]], articles[second[0]][second[1]]) for first, second in chunk]
        unseen: dict[tuple[str, str], tuple[SentenceFeatures, SentenceFeatures]] = {}
        for one, two in pairs:
            if (one.text, two.text) not in relations:
                unseen.setdefault((one.text, two.text), (one, two))
        relations.update(zip(unseen, relate_many(relater, list(unseen.values()), index.idf), strict=True))
        for (first, second), (one, two) in zip(chunk, pairs, strict=True):
            relation = relations[(one.text, two.text)]
            if _counts(relation, floor):
                counted.append(Link(first, second, relation))
        if progress is not None:
            progress(start + len(chunk), len(candidates))
    rivals = Rivals.among(counted, floor)
    reasons = [rivals.reason(link) for link in counted]
    # The links the relater made first, then those the floor keeps, labelled paraphrased.
    return [link for link, reason in zip(counted, reasons, strict=True) if reason in ("shared", "above-threshold")] + [
        replace(link, relation=replace(link.relation, label="paraphrased"))
        for link, reason in zip(counted, reasons, strict=True)
        if reason == "mutual-best"
    ]


#: The reasons :meth:`Rivals.reason` gives for a link it keeps; any other reason drops the link.
KEPT: tuple[Reason, ...] = ("shared", "above-threshold", "mutual-best")

#: The best score a sentence reaches in one other article, and with which sentence there.
Best = tuple[float, Ref | None]


def _counts(relation: Relation, floor: float | None) -> bool:
    """Whether a relation takes part in the keep rules: it is related, or the floor makes it a near match."""
    return relation.label != "unrelated" or (floor is not None and relation.score >= floor)


@dataclass(frozen=True)
class Rivals:
    """The best match each sentence has in each other article, by which the keep rules decide every link.

    Kept are: a shared link; a paraphrase link that is strong (``STRONG_PARAPHRASE``) or the best paraphrase
    one of its two sentences has in the other's article; an unrelated pair scoring at least ``floor`` when each
    sentence is the other's best match there, paraphrase and shared links counted. Scores tied for best are each a
    best match, so a sentence that matches two of another article equally keeps both links: no choice between them
    hangs on the order of the pairs. :func:`align` decides every candidate pair so, and
    :func:`newsdiff.compare.verdict` one pair from the links around it.
    """

    floor: float | None
    #: Keyed by (sentence, other article): the best paraphrase link, and the best link of any label the rules count.
    paraphrases: Mapping[tuple[Ref, int], tuple[float, Ref]]
    near: Mapping[tuple[Ref, int], tuple[float, Ref]]

    @classmethod
    def among(cls, links: Iterable[Link], floor: float | None) -> Rivals:
        """The rivals among ``links`` as the relater labelled them (unrelated ones under ``floor`` do not count)."""
        paraphrases: dict[tuple[Ref, int], tuple[float, Ref]] = {}
        near: dict[tuple[Ref, int], tuple[float, Ref]] = {}
        for link in links:
            relation = link.relation
            if not _counts(relation, floor):
                continue
            for mine, other in ((link.a, link.b), (link.b, link.a)):
                key, found = (mine, other[0]), (relation.score, other)
                # Of equal scores the later sentence is named, so that the rival does not depend on the links' order.
                if key not in near or found > near[key]:
                    near[key] = found
                if relation.label == "paraphrased" and (key not in paraphrases or found > paraphrases[key]):
                    paraphrases[key] = found
        return cls(floor, paraphrases, near)

    def best(self, ref: Ref, article: int, *, paraphrase: bool) -> Best:
        """The best score ``ref`` reaches in ``article`` (among paraphrase links only, when ``paraphrase``)."""
        return (self.paraphrases if paraphrase else self.near).get((ref, article), (0.0, None))

    def reason(self, link: Link) -> Reason:
        """Why ``link``, labelled as the relater labelled it, is kept (a reason in ``KEPT``) or dropped (``not-best``,
        ``not-mutual-best`` or ``below-floor``, the last also when there is no floor)."""
        relation, score, a, b = link.relation, link.relation.score, link.a, link.b
        if relation.label == "shared":
            return "shared"
        if relation.label == "paraphrased":
            if (
                score >= STRONG_PARAPHRASE
                or score >= self.best(a, b[0], paraphrase=True)[0]
                or score >= self.best(b, a[0], paraphrase=True)[0]
            ):
                return "above-threshold"
            return "not-best"
        if self.floor is None or score < self.floor:
            return "below-floor"
        if score >= self.best(a, b[0], paraphrase=False)[0] and score >= self.best(b, a[0], paraphrase=False)[0]:
            return "mutual-best"
        return "not-mutual-best"


def group(links: Sequence[Link], names: Sequence[str] = ()) -> list[Claim]:
    """Claims from links, widest-carried first; shared when every member has a shared link in its claim.

    Links are merged strongest first, and two partial claims join only when enough of their
    cross-article sentence pairs are linked (``MERGE_DENSITY``): one loose paraphrase cannot chain two
    different claims into one. Links of equal strength are taken in the order of the articles' ``names``
    (their ids) when given, so that the claims do not depend on the order the articles came in.
    """

    def named(ref: Ref) -> tuple[str, int, int]:
        return names[ref[0]] if names else "", *ref

    def strength(link: Link) -> tuple[bool, float, tuple[tuple[str, int, int], ...]]:
        return link.relation.label != "shared", -link.relation.score, tuple(sorted((named(link.a), named(link.b))))

    shared = {(link.a, link.b) for link in links if link.relation.label == "shared"}
    shared |= {(b, a) for a, b in shared}
    ordered = sorted(links, key=strength)
    partial = _PartialClaims([ref for link in ordered for ref in (link.a, link.b)], links)
    for link in ordered:
        first, second = partial.claim_of[link.a], partial.claim_of[link.b]
        if first != second and partial.dense(first, second):
            partial.merge(first, second)
    members = partial.members
    claims = []
    for refs in members.values():
        if len({ref[0] for ref in refs}) < 2:
            continue
        ordered_refs = tuple(sorted(refs))
        all_shared = all(any((ref, other) in shared for other in ordered_refs) for ref in ordered_refs)
        claims.append(Claim("shared" if all_shared else "paraphrased", ordered_refs))
    claims.sort(key=lambda c: (-len({m[0] for m in c.members}), -len(c.members), c.members[0]))
    return claims


class _PartialClaims:
    """The partial claims of :func:`group` while it merges them, and how many links join each two of them.

    The linked sentence pairs between two claims are counted as the claims merge, not found again at every link
    that asks whether they merge: a link between two claims too loosely linked to merge asks again at no cost,
    where walking the smaller claim's links each time cost the square of a big cluster's copies of one line.
    """

    def __init__(self, refs: Iterable[Ref], links: Iterable[Link]) -> None:
        #: Each sentence's claim, numbered in the order the sentences come; each claim's sentences; and how many
        #: each claim has in each article.
        self.claim_of: dict[Ref, int] = {}
        self.members: dict[int, list[Ref]] = {}
        self.articles: dict[int, Counter[int]] = {}
        for ref in refs:
            if ref not in self.claim_of:
                self.claim_of[ref] = len(self.claim_of)
                self.members[self.claim_of[ref]] = [ref]
                self.articles[self.claim_of[ref]] = Counter([ref[0]])
        #: For each claim, how many linked cross-article sentence pairs join it to each other claim (a pair linked
        #: twice, or both ways, counts once).
        self.linked: dict[int, Counter[int]] = defaultdict(Counter)
        pairs = {(link.a, link.b) if link.a < link.b else (link.b, link.a) for link in links}
        for x, y in pairs:
            if x[0] != y[0]:
                self.linked[self.claim_of[x]][self.claim_of[y]] += 1
                self.linked[self.claim_of[y]][self.claim_of[x]] += 1

    def dense(self, first: int, second: int) -> bool:
        """Whether at least ``MERGE_DENSITY`` of the cross-article sentence pairs between two claims are linked."""
        ours, theirs = self.articles[first], self.articles[second]
        possible = len(self.members[first]) * len(self.members[second]) - sum(
            count * theirs[article] for article, count in ours.items()
        )
        return bool(possible) and self.linked[first][second] >= MERGE_DENSITY * possible

    def merge(self, first: int, second: int) -> None:
        """Join two claims under the lower number: the other's sentences, article counts and links move to it."""
        keep, gone = min(first, second), max(first, second)
        for ref in self.members.pop(gone):
            self.claim_of[ref] = keep
            self.members[keep].append(ref)
        self.articles[keep].update(self.articles.pop(gone))
        moved = self.linked.pop(gone, Counter())
        moved.pop(keep, None)
        self.linked[keep].pop(gone, None)
        for other, count in moved.items():
            self.linked[keep][other] += count
            theirs = self.linked[other]
            theirs[keep] += theirs.pop(gone)
