"""The candidate index proposes every pair that can relate, and few that cannot."""

from __future__ import annotations

import importlib.util
from collections import Counter
from itertools import combinations
from pathlib import Path
from typing import Any

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

import newsdiff
from newsdiff.article import load
from newsdiff.clean import clean
from newsdiff.features import SentenceFeatures, featurize
from newsdiff.index import MAX_COPY_PARTNERS, CandidateIndex, Ref
from newsdiff.relate import relate_features
from newsdiff.segment import segment


def cluster(articles: int, sentences: int, *, seed: int) -> dict[str, Any]:
    """A generated cluster from the benchmarks' generator (outlets borrowing from a neighbour)."""
    path = Path(__file__).resolve().parents[1] / "benchmarks" / "synthetic.py"
    spec = importlib.util.spec_from_file_location("newsdiff_synthetic", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.cluster(articles, sentences, seed=seed)


def _index(*articles: list[str]) -> CandidateIndex:
    index = CandidateIndex()
    for a, sentences in enumerate(articles):
        for s, text in enumerate(sentences):
            index.add(a, s, featurize(text))
    return index


def _features(record: dict[str, Any]) -> list[list[SentenceFeatures]]:
    return [[featurize(span.text) for span in segment(clean(article.text))] for article in load(record["articles"])]


def test_sentences_sharing_rare_words_across_articles_are_proposed() -> None:
    index = _index(
        ["The ministers met in Reykjavik to discuss Arctic shipping.", "Snow closed the airport."],
        ["Arctic shipping was on the table when the ministers met in Reykjavik.", "Fishing quotas were set."],
    )
    assert list(index.candidates()) == [((0, 0), (1, 0))]


def test_the_same_short_sentence_is_proposed_when_all_its_words_are_common() -> None:
    # Every content word but one is in most sentences of this small cluster, so none of them is
    # informative; the same sentence, and the same with a word added, must still be proposed.
    talks = [f"Brell and Varga discussed {topic} at length." for topic in ("trade", "visas", "the Arctic", "staff")]
    index = _index(
        ["Varga met Brell.", "Brell thanked Varga.", *talks],
        ["Varga met Brell.", "Brell thanked Varga warmly.", *talks],
    )
    proposed = set(index.candidates())
    assert {((0, 0), (1, 0)), ((0, 1), (1, 1))} <= proposed
    assert ((0, 0), (1, 1)) not in proposed


def test_the_same_sentence_in_every_article_of_many_short_ones_is_proposed_but_repeated_lines_are_not() -> None:
    # Twelve two-sentence briefs carry one wire sentence: half of all sentences, so none of its words is
    # informative, but one copy per article is the same wire copy, not boilerplate.
    index = CandidateIndex()
    for a in range(12):
        index.add(a, 0, featurize("The ferry resumed service on Monday."))
        index.add(a, 1, featurize(f"Brief {a} adds a detail about quay{a}."))
    assert {(first, second) for first, second in index.candidates()} >= {
        ((a, 0), (b, 0)) for a in range(12) for b in range(a + 1, 12)
    }
    # One brief that also carries the wire sentence in its standfirst leaves it wire copy, proposed in every brief.
    index.add(0, 2, featurize("The ferry resumed service on Monday."))
    assert {(first, second) for first, second in index.candidates()} >= {
        ((a, 0), (b, 0)) for a in range(12) for b in range(a + 1, 12)
    } | {((0, 2), (b, 0)) for b in range(1, 12)}
    # A line repeated through two articles, beyond the limit, is boilerplate: its copies are not proposed.
    index = CandidateIndex()
    for a in range(2):
        for s in range(10):
            index.add(a, s, featurize("Subscribe for the latest ferry news."))
        index.add(a, 10, featurize(f"Brief {a} adds a detail about quay{a}."))
    assert not [(first, second) for first, second in index.candidates() if first[1] < 10 or second[1] < 10]
    # So is a sign-off at the top and the foot of each of twelve briefs.
    index = CandidateIndex()
    for a in range(12):
        index.add(a, 0, featurize("Follow the Kessel Courier for ferry news."))
        index.add(a, 1, featurize(f"Brief {a} adds a detail about quay{a}."))
        index.add(a, 2, featurize("Follow the Kessel Courier for ferry news."))
    assert not [(first, second) for first, second in index.candidates() if first[1] != 1 or second[1] != 1]


def test_sentences_of_one_article_are_never_paired() -> None:
    index = _index(["The ministers met in Reykjavik.", "The ministers met in Reykjavik again."], ["Rain fell."])
    assert list(index.candidates()) == []


def test_a_short_quote_inside_a_long_sentence_is_proposed() -> None:
    long = (
        "“We worry about the growing military build-up along the northern coast that raises the risk of "
        "accidents and threatens a calm future for the region,” the envoy said during a visit to Oslo."
    )
    short = "The envoy said on Tuesday he was worried about “the growing military build-up” and called for talks."
    index = _index([long], [short], ["Farmers in the south expect a poor harvest this autumn."])
    assert ((0, 0), (1, 0)) in list(index.candidates())
    assert relate_features(featurize(long), featurize(short), index.idf).label == "shared"


def test_every_related_pair_is_a_candidate() -> None:
    features = _features(cluster(5, 16, seed=3))
    index = CandidateIndex()
    for a, sentences in enumerate(features):
        for s, f in enumerate(sentences):
            index.add(a, s, f)
    candidates = set(index.candidates())
    refs = [(a, s) for a, sentences in enumerate(features) for s in range(len(sentences))]
    related = {
        (x, y)
        for x, y in combinations(refs, 2)
        if x[0] != y[0] and relate_features(features[x[0]][x[1]], features[y[0]][y[1]], index.idf).label != "unrelated"
    }
    assert related, "the synthetic cluster should hold related pairs"
    assert related <= candidates


def test_candidates_grow_with_related_pairs_not_with_all_pairs() -> None:
    def count(articles: int) -> int:
        index = CandidateIndex()
        for a, sentences in enumerate(_features(cluster(articles, 20, seed=1))):
            for s, f in enumerate(sentences):
                index.add(a, s, f)
        return sum(1 for _ in index.candidates())

    small, large = count(5), count(20)
    # Four times the articles: all pairs grow sixteenfold, related pairs fourfold in these clusters.
    assert large <= 6 * small


def test_candidates_come_once_each_in_sorted_order() -> None:
    index = _index(
        ["Brell met Varga in Kessel.", "Varga praised Norland."],
        ["Varga and Brell met in Kessel.", "Norland welcomed Varga warmly."],
        ["In Reykjavik, Brell and Varga met."],
    )
    pairs = list(index.candidates())
    assert pairs == sorted(set(pairs))
    assert all(first < second and first[0] != second[0] for first, second in pairs)


def test_candidates_come_once_each_in_sorted_order_whatever_order_the_sentences_were_added_in() -> None:
    # The same sentence in two articles, the later article added first: the pair came twice, once reversed.
    index = CandidateIndex()
    index.add(1, 0, featurize("The ferry to Kessel resumed service on Monday."))
    index.add(1, 1, featurize("Rain fell in Lund."))
    index.add(0, 0, featurize("The ferry to Kessel resumed service on Monday."))
    index.add(0, 1, featurize("Snow fell in Varn."))
    assert list(index.candidates()) == [((0, 0), (1, 0))]


def test_a_claim_reworded_by_each_of_many_articles_of_one_sentence_is_proposed_between_every_two() -> None:
    wordings = [
        "The mayor of Kessel opened the new harbour bridge on Monday.",
        "Kessel's mayor opened the new harbour bridge on Monday morning.",
        "The new harbour bridge in Kessel was opened by its mayor on Monday.",
    ]
    articles = [[wordings[n % 3]] for n in range(12)]
    # Every word is in more than a quarter of the sentences, as the claim every outlet carries is: the rewordings
    # were never proposed, and the claim split into one group per wording.
    assert set(_index(*articles).candidates()) == set(combinations([(n, 0) for n in range(12)], 2))


def test_idf_follows_sentences_added_after_it_was_read() -> None:
    index = _index(["Glaciers are melting fast."], ["Glaciers shrank again."])
    before = index.idf("glacier")
    index.add(2, 0, featurize("Fishermen went out at dawn."))
    index.add(3, 0, featurize("Fishermen came back late."))
    assert index.idf("glacier") > before


WORDS = ["harbour", "minister", "storm", "ferry", "council", "budget", "strike", "river", "bridge", "mayor", "police"]


def _by_definition(index: CandidateIndex, features: list[list[SentenceFeatures]]) -> set[tuple[Ref, Ref]]:
    """The documented rule applied to every cross-article pair, the slow way."""
    refs = [(a, s) for a, sentences in enumerate(features) for s in range(len(sentences))]
    limit = max(8, int(index.max_share * len(refs)), len(features))
    informative = {
        k for k in {k for r in refs for k in features[r[0]][r[1]].content} if 2 <= index.document_frequency(k) <= limit
    }

    def weight(keys: frozenset[str]) -> float:
        return sum(index.idf(k) for k in keys)

    def quoted_in(x: SentenceFeatures, y: SentenceFeatures) -> bool:
        quotes = [x.content.intersection(q) for q in x.quotes]
        # The words met must include an informative one: a quotation met in common words alone is met by chance.
        return any(
            bool(q & y.content & informative) and weight(q & y.content) >= index.quote_containment * weight(q) - 1e-9
            for q in quotes
            if q
        )

    carriers = Counter(features[r[0]][r[1]].content for r in refs)
    # Boilerplate: carried by more than the limit, twice or more per article on average; mostly once, it is wire copy.
    articles_carrying: dict[frozenset[str], set[int]] = {}
    for r in refs:
        articles_carrying.setdefault(features[r[0]][r[1]].content, set()).add(r[0])
    boilerplate = {c for c, n in carriers.items() if n > limit and n >= 2 * len(articles_carrying[c])}
    pairs = set()
    for first, second in combinations(refs, 2):
        x, y = features[first[0]][first[1]], features[second[0]][second[1]]
        # A sentence without content words (stop words or punctuation alone) shares nothing with any other.
        if first[0] == second[0] or not x.content or not y.content:
            continue
        if x.content and x.content == y.content and x.content not in boilerplate:
            pairs.add((first, second))
            continue
        common = x.content & y.content
        fewest = max(min(len(x.content & informative), len(y.content & informative)), 1)
        if len(common & informative) < min(index.min_common, fewest, len(x.content), len(y.content)):
            continue
        lighter = min(weight(x.content), weight(y.content))
        strict = weight(common) >= index.min_containment * lighter - 1e-9
        loose = (
            len(common & informative) >= index.loose_common
            and weight(common) >= index.loose_containment * lighter - 1e-9
        )
        if strict or loose or quoted_in(x, y) or quoted_in(y, x):
            pairs.add((first, second))
    return pairs


sentence = st.lists(st.sampled_from(WORDS), min_size=1, max_size=7).map(
    lambda words: " ".join(words[:2]) + (f' said "{" ".join(words[2:])}".' if len(words) > 4 else " ".join(words[2:]))
)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.lists(sentence, min_size=1, max_size=5), min_size=2, max_size=4))
# A quotation whose share in the other sentence is exactly the bound (one word of five of equal weight).
@example(
    [
        ["harbour", "harbour harbourharbour", 'harbour minister said "storm ferry council".', "storm"],
        [
            "minister ferry",
            "council",
            'minister minister said "storm ferry council".',
            'harbour harbour said "harbour minister storm ferry council".',
        ],
    ]
)
# A quotation ("harbour harbour harbour") met only in a word every sentence carries, in a pair sharing one informative
# word besides: the probe cannot find it, and the rule no longer admits it.
@example(
    [
        [
            "harbour",
            "harbour",
            "harbour minister",
            "harbour minister",
            'harbour minister said "harbour harbour harbour".',
        ],
        ["harbour", "harbour", "harbour minister", "minister harbourharbour harbour"],
    ]
)
def test_prefix_filtering_proposes_exactly_the_pairs_the_rule_admits(articles: list[list[str]]) -> None:
    _assert_exact(articles)


MORE_WORDS = [*WORDS, "tariff", "dock", "union", "vote", "court", "rain", "wheat", "school", "tunnel"]
long_sentence = st.lists(st.sampled_from(MORE_WORDS), min_size=4, max_size=14, unique=True).map(" ".join)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.lists(long_sentence, min_size=2, max_size=6), min_size=2, max_size=4))
def test_prefix_filtering_is_exact_for_the_loose_band_too(articles: list[list[str]]) -> None:
    # Longer sentences over more words, so that pairs sharing five words or more at a share between the
    # loose and the strict one come up often.
    _assert_exact(articles)


CHINESE_WORDS = ["渡轮", "港口", "市长", "大风", "停航", "明天", "恢复", "票价", "学生", "面包"]
# Chinese and English words in one sentence: halved weights of character pairs beside whole ones of words.
mixed_sentence = st.lists(st.sampled_from([*CHINESE_WORDS, *WORDS]), min_size=2, max_size=10).map(
    lambda words: "".join(w if w in CHINESE_WORDS else f" {w} " for w in words)
)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.lists(mixed_sentence, min_size=1, max_size=5), min_size=2, max_size=4))
# A halved pair (港口, informative) weighs less than an English word too common to be informative (harbour): in
# an order by weight alone the pair's first shared word was the common one, which is never looked up.
@example(
    [
        ["渡轮渡轮", "渡轮渡轮", "渡轮渡轮", "渡轮 harbour ", "港口渡轮 harbour "],
        ["渡轮渡轮", "渡轮港口", "港口 harbour "],
        ["渡轮渡轮", "渡轮渡轮", "渡轮 harbour ", "渡轮港口 harbour ", "渡轮 harbour "],
        ["渡轮 harbour ", "渡轮 harbour ", "港口 harbour "],
    ]
)
def test_prefix_filtering_is_exact_for_chinese_mixed_with_english(articles: list[list[str]]) -> None:
    _assert_exact(articles)


def _assert_exact(articles: list[list[str]]) -> None:
    """The fast generation proposes exactly the pairs the rules admit when applied to every pair."""
    features = [[featurize(text) for text in sentences] for sentences in articles]
    index = CandidateIndex()
    for a, sentences in enumerate(features):
        for s, f in enumerate(sentences):
            index.add(a, s, f)
    assert set(index.candidates()) == _by_definition(index, features)


# Sentences a scraped cluster holds besides prose: stop words alone, punctuation alone, numbers alone, one word, a
# name or two, a sign-off. Drawn from a small pool per cluster, they repeat within articles and across many.
ODD_SENTENCES = [
    "And so it was, and then it was not.",
    "...",
    "—",
    "42 7 1,000.",
    "7.",
    "Harbour.",
    "Brell met Varga.",
    "Brell thanked Varga.",
    "Follow us for the latest ferry news.",
]
odd_or_plain = st.one_of(st.sampled_from(ODD_SENTENCES), sentence, long_sentence)
odd_cluster = st.lists(odd_or_plain, min_size=1, max_size=6).flatmap(
    lambda pool: st.lists(st.lists(st.sampled_from(pool), min_size=1, max_size=6), min_size=2, max_size=12)
)


@settings(max_examples=200, deadline=None)
@given(odd_cluster)
def test_prefix_filtering_is_exact_for_odd_and_repeated_sentences(articles: list[list[str]]) -> None:
    # Up to twelve articles drawing on a pool of a few sentences, so that one sentence is carried by many
    # articles, or many times by one, above and below the share that makes a word common.
    _assert_exact(articles)


@settings(max_examples=150, deadline=None)
@given(odd_cluster, st.randoms(use_true_random=False))
def test_the_candidates_do_not_depend_on_the_order_of_the_articles_or_sentences(
    articles: list[list[str]], rng: Any
) -> None:
    order = list(range(len(articles)))
    rng.shuffle(order)
    given_order = set(_index(*articles).candidates())
    shuffled = _index(*(articles[a] for a in order)).candidates()
    # Article i of the shuffled cluster is article order[i] of the given one.
    back = {tuple(sorted(((order[a], s), (order[b], t)))) for (a, s), (b, t) in shuffled}
    assert back == given_order
    # Nor on the order the sentences are added in: the same pairs, each once, lower position first.
    refs = [(a, s) for a, sentences in enumerate(articles) for s in range(len(sentences))]
    rng.shuffle(refs)
    index = CandidateIndex()
    for a, s in refs:
        index.add(a, s, featurize(articles[a][s]))
    assert list(index.candidates()) == sorted(given_order)


# Small Chinese and Japanese articles on one made-up event: a harbour town's ferry stopped by a gale.
# The mayor's words are quoted in one and told without quotation marks in the other.
FERRY_ZH_SENTENCES = [
    [
        "海湾市的渡轮昨天因大风停航。",
        "市长林海在码头对乘客说：“渡轮明天早上恢复运行，请大家放心。”",
        "渡轮公司表示，明年的票价不会提高。",
    ],
    [
        "昨天，一场大风使海湾市的渡轮全部停航。",
        "港口官员王明向记者表示渡轮明天早上恢复运行，请大家放心，但没有说明原因。",
        "许多学生只好坐公共汽车上学。",
    ],
]
FERRY_ZH = ["".join(sentences) for sentences in FERRY_ZH_SENTENCES]
# A third outlet tells half of it in a short sentence of its own.
FERRY_ZH_SHORT = "海湾市渡轮昨日停航。市长林海表示，渡轮明天早上恢复运行。当地一家面包店今天免费送出了三百个面包。"
FERRY_JA = [
    "港町のフェリーは昨日、強風のため運休した。市長の山田花子氏は「フェリーは明日の朝から運航を再開する」と述べた。"
    "港には新しい待合室が建てられる予定だ。",
    "強風の影響で、港町のフェリーが昨日運休した。港の職員は記者に「フェリーは明日の朝から運航を再開する」と説明した。"
    "多くの高校生がバスで通学した。",
]


def test_chinese_sentences_sharing_a_clause_inside_different_words_are_proposed_and_unrelated_ones_are_not() -> None:
    first = ["市长林海对乘客说渡轮明天早上一定恢复运行。", "渡轮公司表示明年的票价不会提高。"]
    second = ["港口官员王明表示渡轮明天早上一定恢复运行。", "许多学生只好坐公共汽车上学。"]
    # Without spaces, each sentence was one word or two, and the two first sentences shared none.
    assert set(_index(first, second).candidates()) == {((0, 0), (1, 0))}


def _matches(comparison: newsdiff.Comparison) -> set[tuple[str, int, str, int, str]]:
    return {
        (article.id, sentence.index, match.article, match.sentence, match.label)
        for article in comparison.articles
        for sentence in article.sentences
        for match in sentence.matches
        if article.id < match.article
    }


def test_a_comparison_of_two_chinese_articles_aligns_the_event_and_the_quotation() -> None:
    comparison = newsdiff.compare([newsdiff.Article(text, id=name) for name, text in zip("ab", FERRY_ZH, strict=True)])
    assert _matches(comparison) == {("a", 0, "b", 0, "paraphrased"), ("a", 1, "b", 1, "shared")}
    assert [s.label for s in comparison.articles[0].sentences] == ["paraphrased", "shared", "unique"]


def test_a_short_chinese_sentence_aligns_with_each_longer_one_that_carries_it() -> None:
    texts = [*FERRY_ZH, FERRY_ZH_SHORT]
    comparison = newsdiff.compare([newsdiff.Article(text, id=name) for name, text in zip("abc", texts, strict=True)])
    found = {(a, i, b, j) for a, i, b, j, _ in _matches(comparison)}
    assert found >= {("a", 1, "c", 1), ("b", 1, "c", 1), ("a", 0, "c", 0), ("b", 0, "c", 0)}
    assert not {match for match in found if 2 in (match[1], match[3])}  # fares, a school bus, a bakery


def test_a_comparison_of_two_japanese_articles_aligns_the_event_and_the_quotation() -> None:
    comparison = newsdiff.compare([newsdiff.Article(text, id=name) for name, text in zip("ab", FERRY_JA, strict=True)])
    assert _matches(comparison) == {("a", 0, "b", 0, "paraphrased"), ("a", 1, "b", 1, "shared")}
    assert [s.label for s in comparison.articles[1].sentences] == ["paraphrased", "shared", "unique"]


def test_the_word_diff_of_an_aligned_chinese_pair_keeps_the_quotation_equal() -> None:
    comparison = newsdiff.compare([newsdiff.Article(text, id=name) for name, text in zip("ab", FERRY_ZH, strict=True)])
    ops = comparison.word_diff("a", 1, "b", 1)
    # Character by character: the quotation is equal whole, and only the words around it change.
    assert [op.text for op in ops if op.op == "equal"] == ["渡轮明天早上恢复运行，请大家放心", "。"]
    assert [op.text for op in ops if op.op == "insert"] == ["港口官员王明向记者表示", "，但没有说明原因"]


def test_a_sentence_position_indexed_twice_is_refused_by_name() -> None:
    # Added again, the position's first words stayed in the postings: frequencies counted both sentences, and
    # generating candidates failed with a KeyError on a word ("brel") the position no longer had.
    index = _index(["Brell met Varga in Kessel."], ["Brell met Varga in Kessel on Monday."])
    with pytest.raises(ValueError, match="sentence 0 of article 0 is already indexed"):
        index.add(0, 0, featurize("Snow fell on the harbour of Lund."))
    assert list(index.candidates()) == [((0, 0), (1, 0))]
    assert index.document_frequency("brel") == 2


def _partners(candidates: set[tuple[Ref, Ref]]) -> Counter[Ref]:
    return Counter(ref for pair in candidates for ref in pair)


def _transcript(line: str, copies: int, filler: str) -> list[str]:
    """An article that repeats ``line`` ``copies`` times, each copy after numbered lines of its own (enough of them
    that the line is in a quarter of the sentences at most, not boilerplate)."""
    return [
        text for n in range(copies) for text in (f"{filler} {n + 100}.", f"{filler} {n + 500}.", f"{n + 900}.", line)
    ]


def test_a_line_repeated_in_two_articles_pairs_each_copy_with_a_few_copies_at_its_place_in_the_other() -> None:
    # Two transcripts that each answer "Brell nodded." forty times: every copy is still proposed with the copies
    # at about its relative place in the other article, but not with all forty (1,600 pairs that say no more).
    first = _transcript("Brell nodded.", 40, "Question")
    second = _transcript("Brell nodded.", 40, "Answer")
    features = [[featurize(text) for text in sentences] for sentences in (first, second)]
    index = _index(first, second)
    found = set(index.candidates())
    copies = {
        (a, s) for a, sentences in enumerate((first, second)) for s, text in enumerate(sentences) if "nodded" in text
    }
    assert found <= _by_definition(index, features)
    paired = {pair for pair in found if pair[0] in copies and pair[1] in copies}
    partners = _partners(paired)
    assert set(partners) == copies, "every copy keeps a partner in the other article"
    assert max(partners.values()) <= 2 * MAX_COPY_PARTNERS
    for (_, s), (_, t) in paired:
        assert abs(s - t) <= 4 * MAX_COPY_PARTNERS, "a copy is paired with copies near its own place"


def test_a_related_line_repeated_in_two_articles_is_capped_the_same_way() -> None:
    first = _transcript("Brell met Varga in Kessel.", 30, "Question")
    second = _transcript("Varga and Brell met in Kessel on Wednesday.", 30, "Answer")
    found = set(_index(first, second).candidates())
    copies = {
        (a, s) for a, sentences in enumerate((first, second)) for s, text in enumerate(sentences) if "met" in text
    }
    partners = _partners({pair for pair in found if pair[0] in copies and pair[1] in copies})
    assert set(partners) == copies
    assert max(partners.values()) <= 2 * MAX_COPY_PARTNERS


@pytest.mark.parametrize("copies", [1, 3, MAX_COPY_PARTNERS])
def test_up_to_the_cap_every_pair_of_copies_is_proposed(copies: int) -> None:
    first = _transcript("Brell nodded.", copies, "Question") + ["Varga met Brell in Kessel."] * copies
    second = _transcript("Brell nodded.", copies, "Answer") + ["Brell and Varga met in Kessel on Wednesday."] * copies
    _assert_exact([first, second])


def test_without_the_cap_many_copies_are_proposed_exactly_as_the_rules_admit(monkeypatch: pytest.MonkeyPatch) -> None:
    # The cap is the only change many copies make: raised past them, every pair the rules admit comes back.
    monkeypatch.setattr("newsdiff.index.MAX_COPY_PARTNERS", 1000)
    _assert_exact([_transcript("Brell nodded.", 30, "Question"), _transcript("Brell nodded.", 20, "Answer")])


def test_a_heavier_partner_is_found_past_a_lighter_sentence_indexed_before_it() -> None:
    # The sentence at (0, 1) finds its partner in article 1 through "Varga", whose postings also hold the lighter
    # (0, 0), indexed first. A probe stops at the first sentence lighter than its own, so the postings must come
    # heaviest first: in the order the sentences were added, (1, 0) was never reached and the pair was lost.
    index = _index(
        ["Varga and Kessel met on Monday.", "Varga and Kessel met on Monday at the harbour."]
        + [f"The harbour stayed shut for day {n}." for n in range(10)],
        ["Varga and Kessel met on Monday at the harbour to sign a pact."],
    )
    assert list(index.candidates()) == [((0, 0), (1, 0)), ((0, 1), (1, 0))]
