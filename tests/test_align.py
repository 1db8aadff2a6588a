"""Grouping links into claims: widest first, no chaining of different claims through one loose link."""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator
from dataclasses import replace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import newsdiff
from newsdiff import align as align_module
from newsdiff.align import KEPT, Link, Rivals, align, group
from newsdiff.features import SentenceFeatures, featurize
from newsdiff.index import Ref, _copies_paired
from newsdiff.relate import Relation, relate_features


def link(a: tuple[int, int], b: tuple[int, int], label: str = "paraphrased", score: float = 0.6) -> Link:
    return Link(a, b, Relation(label, score))  # type: ignore[arg-type]


def test_claim_carried_by_three_articles_comes_first() -> None:
    claims = group([link((0, 5), (1, 5)), link((0, 1), (1, 1)), link((0, 1), (2, 0)), link((1, 1), (2, 0))])
    assert [c.members for c in claims] == [((0, 1), (1, 1), (2, 0)), ((0, 5), (1, 5))]


def test_one_loose_link_does_not_chain_two_claims() -> None:
    quote = [
        link((0, 0), (1, 0), "shared", 0.9),
        link((0, 0), (2, 0), "shared", 0.9),
        link((1, 0), (2, 0), "shared", 0.9),
    ]
    other = [
        link((0, 3), (1, 3), "shared", 0.9),
        link((0, 3), (2, 3), "shared", 0.9),
        link((1, 3), (2, 3), "shared", 0.9),
    ]
    bridge = [link((0, 0), (1, 3), "paraphrased", 0.45)]
    claims = group(quote + other + bridge)
    assert sorted(c.members for c in claims) == [((0, 0), (1, 0), (2, 0)), ((0, 3), (1, 3), (2, 3))]
    assert {c.label for c in claims} == {"shared"}


def test_split_quote_joins_both_halves() -> None:
    claims = group([link((0, 2), (1, 4), "shared", 0.9), link((0, 2), (1, 5), "shared", 0.8)])
    assert [c.members for c in claims] == [((0, 2), (1, 4), (1, 5))]


def test_claim_with_a_paraphrased_member_is_paraphrased() -> None:
    claims = group(
        [
            link((0, 0), (1, 0), "shared", 0.9),
            link((1, 0), (2, 0), "paraphrased", 0.7),
            link((0, 0), (2, 0), "paraphrased", 0.6),
        ]
    )
    assert [(c.label, c.members) for c in claims] == [("paraphrased", ((0, 0), (1, 0), (2, 0)))]


def test_claims_started_after_a_merge_stay_apart() -> None:
    links = [
        link((0, 0), (1, 0), "shared", 0.9),
        link((0, 0), (2, 0), "shared", 0.9),
        link((1, 0), (2, 0), "shared", 0.9),
        link((0, 4), (1, 4), "paraphrased", 0.5),
        link((0, 4), (2, 4), "paraphrased", 0.5),
        link((1, 4), (2, 4), "paraphrased", 0.5),
        link((0, 7), (3, 7), "paraphrased", 0.45),
    ]
    claims = group(links)
    assert sorted(c.members for c in claims) == [((0, 0), (1, 0), (2, 0)), ((0, 4), (1, 4), (2, 4)), ((0, 7), (3, 7))]


def _aligned(
    articles: list[list[str]], scores: dict[tuple[str, str], float], floor: float | None
) -> set[tuple[str, str]]:
    """Align with a relater that reads scores off a table (cut 0.18), as the texts of the linked pairs."""
    features = [[featurize(text) for text in sentences] for sentences in articles]

    def relater(a: SentenceFeatures, b: SentenceFeatures, weight: object) -> Relation:
        score = scores.get((a.text, b.text), scores.get((b.text, a.text), 0.0))
        return Relation("paraphrased" if score >= 0.18 else "unrelated", score)

    links = align(features, relater=relater, floor=floor)
    assert all(link.relation.label == "paraphrased" for link in links)
    return {(articles[link.a[0]][link.a[1]], articles[link.b[0]][link.b[1]]) for link in links}


TALKS = "Harbour talks on Kessel tariffs open Monday in Caravel."
TALKS_LATER = "The Kessel tariffs talks in Caravel could ease the harbour dispute, officials said."
STRIKE = "Harbour pilots in Caravel struck over Kessel tariffs on Monday."
OTHER = "Officials said the dispute over Kessel tariffs could ease before the harbour season in Caravel."


def test_a_weak_pair_aligns_when_each_sentence_is_the_others_best_match() -> None:
    scores = {(TALKS, TALKS_LATER): 0.14, (TALKS, STRIKE): 0.05}
    articles = [[TALKS], [TALKS_LATER, STRIKE]]
    assert _aligned(articles, scores, floor=None) == set()
    assert _aligned(articles, scores, floor=0.1) == {(TALKS, TALKS_LATER)}
    assert _aligned(articles, scores, floor=0.15) == set()


def test_a_weak_pair_is_dropped_when_one_sentence_has_a_better_match_there() -> None:
    # TALKS_LATER's best match in the first article is OTHER, so TALKS and TALKS_LATER are not mutual.
    scores = {(TALKS, TALKS_LATER): 0.14, (OTHER, TALKS_LATER): 0.16, (OTHER, STRIKE): 0.02}
    articles = [[TALKS, OTHER], [TALKS_LATER, STRIKE]]
    assert _aligned(articles, scores, floor=0.1) == {(OTHER, TALKS_LATER)}
    # A link above the cut counts as a better match too.
    scores[(OTHER, TALKS_LATER)] = 0.4
    assert _aligned(articles, scores, floor=0.1) == {(OTHER, TALKS_LATER)}


def test_claims_do_not_depend_on_the_order_of_the_articles() -> None:
    texts = {
        "a": "A public consultation will open in March, and The mayor of Dornick announced a tram line on Monday.",
        "b": "Critics cautioned that the budget could double, and A public consultation will open in March.",
        "c": "A public consultation will open in March officials said.\n"
        "Critics cautioned that the budget could double officials said.",
        "d": "Critics warned that the budget could double.",
    }
    claims = set()
    for order in itertools.permutations(texts):
        result = newsdiff.compare([newsdiff.Article(texts[key], id=key) for key in order])
        claims.add(frozenset(frozenset(group.members) for group in result.groups))
    assert len(claims) == 1


def test_links_do_not_depend_on_how_many_candidate_pairs_are_related_together(monkeypatch: pytest.MonkeyPatch) -> None:
    sign_off = "Reporting by the Kessel Courier harbour desk in Caravel."
    articles = [
        [TALKS, STRIKE, sign_off],
        [TALKS_LATER, OTHER, sign_off],
        ["Kessel tariffs talks open in Caravel on Monday, harbour officials said.", sign_off],
    ]
    features = [[featurize(text) for text in sentences] for sentences in articles]
    related: list[tuple[str, str]] = []

    def relater(a: SentenceFeatures, b: SentenceFeatures, weight: Callable[[str], float]) -> Relation:
        related.append((a.text, b.text))
        return relate_features(a, b, weight, threshold=0.18)

    at_once = align(features, relater=relater, floor=0.1)
    related_at_once = sorted(related)
    related.clear()
    monkeypatch.setattr(align_module, "RELATED_TOGETHER", 2)
    assert align(features, relater=relater, floor=0.1) == at_once
    # The sign-off's three copies fall in different batches; its pair of texts is still related once.
    assert len(related) > 4 and sorted(related) == related_at_once
    assert related.count((sign_off, sign_off)) == 1


def test_progress_is_told_the_pairs_related_after_each_batch_up_to_all_candidates(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    opening = "Kessel tariffs talks open in Caravel on Monday, officials said."
    articles = [[TALKS, STRIKE], [TALKS_LATER, OTHER], [opening]]
    features = [[featurize(text) for text in sentences] for sentences in articles]
    index = align_module.CandidateIndex()
    for a, sentences in enumerate(features):
        for s, sentence in enumerate(sentences):
            index.add(a, s, sentence)
    candidates = len(list(index.candidates()))
    assert candidates >= 3, "the fixture must propose pairs in more than one batch"
    told: list[tuple[int, int]] = []
    monkeypatch.setattr(align_module, "RELATED_TOGETHER", 2)
    align(features, floor=0.1, progress=lambda done, total: told.append((done, total)))
    assert told[0] == (0, candidates) and told[-1] == (candidates, candidates)
    assert [done for done, _ in told] == sorted({done for done, _ in told})  # rising, once per batch
    assert len(told) == 1 + -(-candidates // 2)


LINKS = st.lists(
    st.tuples(
        st.tuples(st.integers(0, 3), st.integers(0, 3)),
        st.tuples(st.integers(0, 3), st.integers(0, 3)),
        st.sampled_from(["shared", "paraphrased"]),
        st.sampled_from([0.2, 0.45, 0.6, 0.9, 1.0]),
    ).filter(lambda t: t[0][0] < t[1][0]),
    max_size=25,
    unique_by=lambda t: (t[0], t[1]),
)


@settings(max_examples=200, deadline=None)
@given(LINKS, st.randoms())
def test_claims_part_the_linked_sentences_and_follow_their_links(drawn, shuffle) -> None:
    links = [link(a, b, label, score) for a, b, label, score in drawn]
    claims = group(links)
    linked = {(x.a, x.b): x.relation.label for x in links} | {(x.b, x.a): x.relation.label for x in links}
    placed = [ref for claim in claims for ref in claim.members]
    assert len(placed) == len(set(placed)), "a sentence is in one claim at most"
    for claim in claims:
        assert len({article for article, _ in claim.members}) >= 2
        assert list(claim.members) == sorted(set(claim.members))
        # Every member came in by a link to another member, and a shared claim's members by shared ones.
        inside = [[linked.get((ref, other)) for other in claim.members] for ref in claim.members]
        assert all(any(labels) for labels in inside)
        assert (claim.label == "shared") == all("shared" in labels for labels in inside)
    shuffle.shuffle(links)
    assert group(links) == claims


def test_a_sentence_matching_one_member_of_a_claim_of_three_other_articles_stays_out() -> None:
    claim = [
        link((0, 0), (1, 0), "shared", 0.9),
        link((0, 0), (2, 0), "shared", 0.9),
        link((1, 0), (2, 0), "shared", 0.9),
    ]
    part = link((0, 0), (3, 1), "paraphrased", 0.5)
    assert [c.members for c in group([*claim, part])] == [((0, 0), (1, 0), (2, 0))]


FLOOR = 0.1
DRAWN_RELATIONS = st.one_of(
    st.builds(Relation, st.just("shared"), st.sampled_from([0.5, 0.7, 1.0])),
    st.builds(Relation, st.just("paraphrased"), st.sampled_from([0.2, 0.3, 0.45, 0.6, 0.8])),
    st.builds(Relation, st.just("unrelated"), st.sampled_from([0.0, 0.05, FLOOR, 0.12, 0.15])),
)


class EveryPair(align_module.CandidateIndex):
    """An index that proposes every cross-article pair, so that drawn relations alone decide the links."""

    def candidates(self) -> Iterator[tuple[Ref, Ref]]:
        refs = sorted(self._content)
        yield from ((p, q) for p, q in itertools.combinations(refs, 2) if p[0] != q[0])


def _table_aligned(
    sizes: list[int], data: st.DataObject
) -> tuple[list[tuple[Ref, Ref]], dict[tuple[Ref, Ref], Relation], list[Link]]:
    """Every cross-article pair of articles of ``sizes`` sentences, relations drawn for them, and align's links."""
    texts = [[f"Item {a} {s} of the Kessel talks." for s in range(n)] for a, n in enumerate(sizes)]
    features = [[featurize(text) for text in sentences] for sentences in texts]
    index = EveryPair()
    for a, sentences in enumerate(features):
        for s, one in enumerate(sentences):
            index.add(a, s, one)
    candidates = list(index.candidates())
    relations = {pair: data.draw(DRAWN_RELATIONS) for pair in candidates}
    table = {(texts[p[0]][p[1]], texts[q[0]][q[1]]): relation for (p, q), relation in relations.items()}

    def relater(a: SentenceFeatures, b: SentenceFeatures, weight: object) -> Relation:
        return table[(a.text, b.text)]

    return candidates, relations, align(features, relater=relater, index=index, floor=FLOOR)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.integers(1, 3), min_size=2, max_size=3), st.data())
def test_one_pair_decided_from_the_pairs_around_it_is_kept_as_align_keeps_it(sizes: list[int], data) -> None:
    # Comparison.relate decides one pair from the candidate pairs between its two articles that hold one of its
    # sentences: the rules must give there what align gives with every pair of the cluster in view.
    candidates, relations, links = _table_aligned(sizes, data)
    assert len(candidates) == sum(x * y for x, y in itertools.combinations(sizes, 2))
    kept = {(link.a, link.b): link.relation for link in links}
    assert len(kept) == len(links)
    for x, y in candidates:
        around = [
            Link(p, q, relations[(p, q)])
            for p, q in candidates
            if {p[0], q[0]} == {x[0], y[0]} and (x in (p, q) or y in (p, q))
        ]
        relation = relations[(x, y)]
        reason = Rivals.among(around, FLOOR).reason(Link(x, y, relation))
        assert (reason in KEPT) == ((x, y) in kept), (x, y, reason)
        if reason == "mutual-best":
            assert kept[(x, y)] == replace(relation, label="paraphrased")
        elif reason in KEPT:
            assert kept[(x, y)] == relation


def test_align_decides_only_the_pairs_the_rules_count_each_once(monkeypatch: pytest.MonkeyPatch) -> None:
    # Pairs the relater calls unrelated under the floor (most candidate pairs of a cluster) cost no more than before.
    decided: list[Link] = []
    reason = Rivals.reason

    def counting(rivals: Rivals, link: Link) -> str:
        decided.append(link)
        return reason(rivals, link)

    monkeypatch.setattr(Rivals, "reason", counting)
    scores = {(TALKS, TALKS_LATER): 0.14, (OTHER, TALKS_LATER): 0.4, (OTHER, STRIKE): 0.02, (TALKS, STRIKE): 0.05}
    articles = [[TALKS, OTHER], [TALKS_LATER, STRIKE]]
    assert _aligned(articles, scores, floor=FLOOR) == {(OTHER, TALKS_LATER)}
    texts = sorted((articles[link.a[0]][link.a[1]], articles[link.b[0]][link.b[1]]) for link in decided)
    assert texts == sorted([(TALKS, TALKS_LATER), (OTHER, TALKS_LATER)])


def _members_by_definition(links: list[Link]) -> list[tuple[Ref, ...]]:
    """The claims' members as the merge rule defines them, the slow way: strongest links first, two partial claims
    joining when at least ``MERGE_DENSITY`` of every cross-article pair of their sentences, listed, is linked."""
    linked = {(x.a, x.b) for x in links} | {(x.b, x.a) for x in links}
    claims: list[list[Ref]] = []
    for x in sorted(links, key=lambda x: (x.relation.label != "shared", -x.relation.score, x.a, x.b)):
        for ref in (x.a, x.b):
            if not any(ref in claim for claim in claims):
                claims.append([ref])
        first, second = (next(claim for claim in claims if ref in claim) for ref in (x.a, x.b))
        possible = [(p, q) for p in first for q in second if p[0] != q[0]]
        if first is not second and possible and sum(pair in linked for pair in possible) >= 0.5 * len(possible):
            keep, gone = sorted((first, second), key=claims.index)
            keep.extend(gone)
            claims.remove(gone)
    return sorted(tuple(sorted(claim)) for claim in claims if len({article for article, _ in claim}) >= 2)


@settings(max_examples=200, deadline=None)
@given(LINKS)
def test_claims_merge_exactly_as_the_density_rule_says(drawn) -> None:
    # group() counts a merge's linked pairs from the links, not by listing every pair: the same claims either way.
    links = [link(a, b, label, score) for a, b, label, score in drawn]
    assert sorted(claim.members for claim in group(links)) == _members_by_definition(links)


#: Links among more sentences, so that claims of several sentences meet often and many such meetings fall short of
#: the density to merge; a pair may be drawn twice and counts once.
DENSE_LINKS = st.lists(
    st.tuples(
        st.sampled_from(list(itertools.combinations(range(4), 2))),
        st.integers(0, 5),
        st.integers(0, 5),
        st.sampled_from(["shared", "paraphrased"]),
        st.sampled_from([0.45, 0.6, 1.0]),
    ).map(lambda t: ((t[0][0], t[1]), (t[0][1], t[2]), t[3], t[4])),
    min_size=10,
    max_size=70,
)


@settings(max_examples=200, deadline=None)
@given(DENSE_LINKS)
def test_claims_of_several_sentences_merge_exactly_as_the_density_rule_says(drawn) -> None:
    # The linked pairs between two claims are counted as they merge; a merge refused is asked again by a later link.
    links = [link(a, b, label, score) for a, b, label, score in drawn]
    assert sorted(claim.members for claim in group(links)) == _members_by_definition(links)


def test_copies_near_their_place_in_many_articles_merge_as_the_density_rule_says() -> None:
    # Twenty-four copies of one line in each of four articles, each linked with the copies nearest its place in the
    # others (as the candidate index pairs them): claims of nearby copies, among many merges refused between them.
    copies = [(a, s) for a in range(4) for s in range(24)]
    links = [link(x, y, "shared", 1.0) for x, y in sorted(set(_copies_paired(copies, copies)))]
    claims = [claim.members for claim in group(links)]
    assert len(claims) > 1
    assert sorted(claims) == _members_by_definition(links)


def test_a_claim_of_many_copies_merges_as_the_density_rule_says() -> None:
    # Ten copies of one line in each of three articles, every copy linked to every other: one claim of all thirty.
    copies = [(a, s) for a in range(3) for s in range(10)]
    links = [link(x, y, "shared", 1.0) for x, y in itertools.combinations(copies, 2) if x[0] != y[0]]
    assert [claim.members for claim in group(links)] == [tuple(copies)] == _members_by_definition(links)


def test_a_sentence_matching_two_of_another_article_equally_keeps_both() -> None:
    # A tie is no choice to make: both are its best match, so both links are kept, whatever order the pairs come in.
    scores = {(TALKS, TALKS_LATER): 0.3, (TALKS, STRIKE): 0.3, (OTHER, STRIKE): 0.05}
    assert _aligned([[TALKS], [TALKS_LATER, STRIKE]], scores, floor=None) == {(TALKS, TALKS_LATER), (TALKS, STRIKE)}
    assert _aligned([[TALKS], [STRIKE, TALKS_LATER]], scores, floor=None) == {(TALKS, TALKS_LATER), (TALKS, STRIKE)}
    # Under the cut, two pairs tied as each other's best match are both kept by the floor.
    weak = {(TALKS, TALKS_LATER): 0.14, (TALKS, STRIKE): 0.14}
    assert _aligned([[TALKS], [TALKS_LATER, STRIKE]], weak, floor=0.1) == {(TALKS, TALKS_LATER), (TALKS, STRIKE)}
