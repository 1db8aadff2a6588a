"""Alignment across articles: which sentences relate, one-to-many, and grouping into claims.

Every candidate pair from the index is related; shared links are kept, and a paraphrase link is kept
when it is the best paraphrase one of its two sentences has in the other article (or strong in its
own right), so one sentence can align with two halves of a split sentence without collecting every
loosely related neighbour. Linked sentences form groups ("claims") by connected components.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from .features import SentenceFeatures
from .index import CandidateIndex, Ref
from .relate import Relation, relate_features

#: A paraphrase link at or above this score is kept even when it is not a best match.
STRONG_PARAPHRASE = 0.6

Relater = Callable[[SentenceFeatures, SentenceFeatures, Callable[[str], float]], Relation]


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
) -> list[Link]:
    """Relate the plausible sentence pairs of ``articles`` and keep the links that hold."""
    index = index if index is not None else CandidateIndex()
    if not len(index):
        for a, sentences in enumerate(articles):
            for s, features in enumerate(sentences):
                index.add(a, s, features)
    related: list[Link] = []
    for first, second in index.candidates():
        relation = relater(articles[first[0]][first[1]], articles[second[0]][second[1]], index.idf)
        if relation.label != "unrelated":
            related.append(Link(first, second, relation))
    return _prune(related)


def _prune(links: list[Link]) -> list[Link]:
    best: dict[tuple[Ref, int], float] = defaultdict(float)
    for link in links:
        if link.relation.label == "paraphrased":
            for mine, other in ((link.a, link.b), (link.b, link.a)):
                key = (mine, other[0])
                best[key] = max(best[key], link.relation.score)
    kept = []
    for link in links:
        relation = link.relation
        if (
            relation.label == "shared"
            or relation.score >= STRONG_PARAPHRASE
            or relation.score >= best[(link.a, link.b[0])]
            or relation.score >= best[(link.b, link.a[0])]
        ):
            kept.append(link)
    return kept


def group(links: Sequence[Link]) -> list[Claim]:
    """Connected components of the links, widest-carried first; shared when every member has a shared link."""
    parent: dict[Ref, Ref] = {}

    def find(ref: Ref) -> Ref:
        parent.setdefault(ref, ref)
        while parent[ref] != ref:
            parent[ref] = parent[parent[ref]]
            ref = parent[ref]
        return ref

    for link in links:
        root_a, root_b = find(link.a), find(link.b)
        if root_a != root_b:
            parent[max(root_a, root_b)] = min(root_a, root_b)
    components: dict[Ref, list[Ref]] = defaultdict(list)
    for ref in list(parent):
        components[find(ref)].append(ref)
    shared_members = {ref for link in links if link.relation.label == "shared" for ref in (link.a, link.b)}
    claims = [
        Claim("shared" if all(m in shared_members for m in members) else "paraphrased", tuple(sorted(members)))
        for members in components.values()
    ]
    claims.sort(key=lambda c: (-len({m[0] for m in c.members}), -len(c.members), c.members[0]))
    return claims
