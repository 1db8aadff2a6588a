"""Specifications of the pairwise relation: labels, scores, the model data and the engine switch."""

import difflib
import json
import os
import re
import subprocess
import sys
from functools import partial
from importlib import import_module, resources

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import newsdiff
from newsdiff import InputError, relate, word_diff
from newsdiff.features import featurize, loose_key
from newsdiff.relate import (
    CLAUSE_RUNS_KEPT,
    CLUSTER_THRESHOLD,
    FEATURES,
    STRETCH_DISCOUNT,
    _edit_distance,
    _model,
    background_weights,
    carried_whole,
    clause_runs,
    expand,
    pair_features,
    relate_features,
    relater_for,
    stretch,
    within_longer,
)


def test_same_quote_with_other_attribution_is_shared() -> None:
    relation = relate(
        "“We will respond firmly,” the minister said.", "The minister told reporters: “We will respond firmly.”"
    )
    assert relation.label == "shared"


def test_wire_copy_with_a_small_edit_is_shared() -> None:
    first = "The two ministers met for two hours in the capital and agreed to meet again next month."
    second = "The two ministers met for two hours in the capital and agreed to meet again in June."
    assert relate(first, second).label == "shared"


@pytest.mark.parametrize(("first", "second"), [("He did.", "She did not."), ("That is all.", "That was all.")])
def test_sentences_without_a_content_word_are_related_only_when_reused(first: str, second: str) -> None:
    # The model has nothing to weigh in these; it used to call them paraphrases (0.71 and 0.77).
    relation = relate(first, second)
    assert (relation.label, relation.score) == ("unrelated", 0.0)
    assert relate("It was all over, he said.", "It was all over, he said.").label == "shared"


@pytest.mark.parametrize("bad", [None, 3, b"bytes"])
def test_relate_and_word_diff_name_an_argument_that_is_not_a_string(bad: object) -> None:
    with pytest.raises(TypeError, match="sentence_b is"):
        relate("The talks began.", bad)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="first is"):
        word_diff(bad, "The talks began.")  # type: ignore[arg-type]


def test_reworded_sentence_is_paraphrased_not_shared() -> None:
    relation = relate("The talks are due Wednesday evening.", "The talks are slated for Wednesday night.")
    assert relation.label == "paraphrased"


def test_sentences_about_different_things_are_unrelated() -> None:
    relation = relate("Heavy rain flooded the harbour town overnight.", "The central bank raised interest rates again.")
    assert relation.label == "unrelated"
    assert relation.score < 0.2


def test_score_is_a_probability_and_symmetric_in_label() -> None:
    first = "Officials said the bridge would reopen on Friday after repairs."
    second = "The bridge is expected to reopen Friday, officials said."
    forward, backward = relate(first, second), relate(second, first)
    assert 0.0 <= forward.score <= 1.0
    assert forward.label == backward.label


def test_close_rewording_scores_higher_than_loose_topic_overlap() -> None:
    anchor = "The foreign ministers will meet in Reykjavik on Wednesday."
    close = relate(anchor, "The foreign ministers are set to meet Wednesday in Reykjavik.")
    loose = relate(anchor, "Reykjavik hosts the council's ministers every two years for a vote on fisheries.")
    assert close.score > loose.score


def test_empty_sentence_is_unrelated() -> None:
    assert relate("", "Something happened.").label == "unrelated"


def test_pair_features_follow_the_declared_names() -> None:
    vector = pair_features(featurize("Prices rose 5 percent."), featurize("Prices fell 7 percent."))
    assert len(vector) == len(FEATURES)
    assert vector[FEATURES.index("numbers_disagree")] == 1.0


@pytest.mark.parametrize(
    ("first", "second", "figure", "other"),
    [
        (
            "Floods left 8.3m people in the Tamsin valley without power.",
            "Floods cut power to {} people in the Tamsin valley.",
            "8,300,000",
            "8,600,000",
        ),
        (
            "The Dorran bridge repairs will cost $1.2bn, the council said.",
            "The council said repairs to the Dorran bridge would cost {} dollars.",
            "1.2 billion",
            "1.6 billion",
        ),
        (
            "The Kessel ferry board sold 1,800 tickets on Sunday.",
            "On Sunday, {} tickets were sold by the Kessel ferry board.",
            "1800",
            "1900",
        ),
    ],
)
def test_a_figure_written_two_ways_agrees(first: str, second: str, figure: str, other: str) -> None:
    # 8.3m and 8,300,000 were numbers that disagree, as much as two different figures: the same claim scored as low.
    agreeing, differing = featurize(second.format(figure)), featurize(second.format(other))
    vector = dict(zip(FEATURES, pair_features(featurize(first), agreeing), strict=True))
    assert vector["numbers_disagree"] == vector["numbers_unmatched"] == vector["numbers_unmatched_count"] == 0.0
    assert relate_features(featurize(first), agreeing).score > relate_features(featurize(first), differing).score


def test_a_figure_that_differs_still_disagrees() -> None:
    vector = pair_features(featurize("Repairs cost 8.3 million."), featurize("Repairs cost 8.6 million."))
    assert vector[FEATURES.index("numbers_unmatched")] > 0


def test_shipped_model_matches_the_features() -> None:
    data = json.loads(resources.files("newsdiff").joinpath("data/relate_model.json").read_text(encoding="utf-8"))
    assert data["features"] == list(FEATURES)
    assert len(data["weights"]) == len(expand([0.0] * len(FEATURES)))


def test_idf_weights_change_the_score() -> None:
    a = featurize("Brell met Varga in Reykjavik.")
    b = featurize("Varga met reporters in Washington.")
    rare = {"brell": 5.0, "reykjavik": 5.0, "washington": 5.0, "report": 5.0}
    assert relate_features(a, b, lambda k: rare.get(k, 0.5)).score != relate_features(a, b).score


def test_unknown_engine_is_an_input_error() -> None:
    with pytest.raises(InputError, match="unknown engine"):
        relater_for("quantum")
    with pytest.raises(InputError, match="unknown engine 'quantum'; choose 'lexical' or 'embeddings'"):
        relate("The talks began.", "The talks started.", engine="quantum")


def test_an_engine_of_none_is_called_missing_not_unknown() -> None:
    with pytest.raises(InputError, match=r"engine is missing \(None\); choose 'lexical' or 'embeddings'"):
        relate("The talks began.", "The talks started.", engine=None)  # type: ignore[arg-type]


def test_relate_with_the_embeddings_engine_not_installed_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    import newsdiff.embeddings

    monkeypatch.setattr(newsdiff.embeddings, "available", lambda: False)
    with pytest.raises(InputError, match=r'pip install "newsdiff\[embeddings\]"'):
        relate("The talks began.", "The talks started.", engine="embeddings")


def test_lower_threshold_turns_a_weak_pair_into_a_paraphrase() -> None:
    a = featurize("The ministers will meet in Reykjavik on Wednesday to discuss the Arctic.")
    b = featurize("The Arctic Council was founded in 1996 in Ottawa.")
    relation = relate_features(a, b)
    assert relation.label == "unrelated"
    # The score is rounded to four places; a cut just below it admits the pair.
    assert relate_features(a, b, threshold=max(relation.score - 1e-4, 0.0)).label == "paraphrased"


# The trap: the same opening words, two different claims.
_TOPICAL = (
    "The meeting comes as much of the region is focused on the flooding in the north.",
    "The meeting comes ahead of plans for an expected summit between the two presidents.",
)


@pytest.mark.parametrize(
    ("first", "second", "label"),
    [
        (
            "“We will not sign anything that cuts a single job,” Brell said.",
            "Brell told reporters: “We will not sign anything that cuts a single job.”",
            "shared",
        ),
        (
            "The strike has kept 40 cargo ships waiting outside the harbour of Kessel for nine days, "
            "the port authority said.",
            "The strike has kept 40 cargo ships waiting outside the harbour of Kessel for nine days, "
            "port officials said.",
            "shared",
        ),
        (
            "Port Minister Lena Varga and union leader Tomas Brell are due to meet on Friday evening "
            "to end the strike.",
            "Varga and Brell are slated to meet Friday night to end the strike.",
            "paraphrased",
        ),
        (*_TOPICAL, "unrelated"),
        ("Forty ships wait outside the harbour.", "The council opened a ferry line.", "unrelated"),
    ],
)
def test_relation_label(first: str, second: str, label: str) -> None:
    assert relate(first, second).label == label


def test_a_restructured_paraphrase_aligns_in_a_cluster_and_outscores_a_topical_overlap() -> None:
    # Reworded and reordered, this pair sits near the cut calibrated on MSRP; a cluster's cut admits it.
    a = featurize(
        "Port Minister Lena Varga and union leader Tomas Brell are due to meet on Friday evening to end the strike."
    )
    b = featurize(
        "The strike could end when Brell, the union leader, sits down with Varga, the minister, late on Friday."
    )
    relation = relate_features(a, b, threshold=CLUSTER_THRESHOLD)
    assert relation.label == "paraphrased"
    first, second = map(featurize, _TOPICAL)
    trap = relate_features(first, second, threshold=CLUSTER_THRESHOLD)
    assert trap.label == "unrelated"
    assert relation.score > 2 * trap.score


_CARRIER = (
    "Union leader Tomas Brell, who has led the dock workers since 2019 and faces a vote in the spring, said the strike "
    "has left forty cargo ships stranded outside the harbour of Kessel, while Port Minister Lena Varga blamed the "
    "union for the losses and called for new talks."
)


def test_a_claim_inside_a_longer_sentence_is_related_through_its_stretch() -> None:
    carrier, claim = featurize(_CARRIER), featurize("Forty cargo ships are stranded outside the harbour of Kessel.")
    relater = partial(relate_features, threshold=CLUSTER_THRESHOLD)
    weight = background_weights()
    assert relater(carrier, claim, weight).label == "unrelated"  # the whole sentence says much else
    part = stretch(carrier, claim.content)
    assert part is not None
    assert part.text == "forty cargo ships stranded outside the harbour of Kessel,"
    within = within_longer(relater, CLUSTER_THRESHOLD)
    relation = within(carrier, claim, weight)
    assert relation.label == "paraphrased"
    assert relation.score == round(STRETCH_DISCOUNT * relater(claim, part, weight).score, 4)
    assert within(claim, carrier, weight) == relation


def test_a_stretch_needs_enough_shared_words_and_must_leave_some_out() -> None:
    carrier = featurize(_CARRIER)
    assert stretch(carrier, featurize("Forty ships wait at Kessel.").content) is None  # three shared words
    assert stretch(carrier, carrier.content) is None  # the stretch would be the whole sentence
    topical = within_longer(partial(relate_features, threshold=CLUSTER_THRESHOLD), CLUSTER_THRESHOLD)
    first, second = map(featurize, _TOPICAL)
    trap = topical(first, second, background_weights())
    assert trap.label == "unrelated"


_QUOTE = (
    "“If the harbour stays shut and the fines keep rising, then it is probably not a deal we can accept, and we will "
    "not judge the ministry's offer of new talks by its words about the northern fleet and its crews,” Brell told "
    "reporters on Monday."
)


def test_a_claim_is_related_through_a_run_of_clauses_when_the_stretch_is_the_whole_sentence() -> None:
    quote = featurize(_QUOTE)
    claim = featurize(
        "If that means a shut harbour and rising fines, it is not a deal we accept, Brell told reporters on Monday."
    )
    assert stretch(quote, claim.content) is None  # from "harbour" to "reporters": all but two words
    assert [run.text for run in clause_runs(quote, claim.content)] == [
        "“If the harbour stays shut and the fines keep rising,",
        "“If the harbour stays shut and the fines keep rising, then it is probably not a deal we can accept,",
    ]
    relater = partial(relate_features, threshold=CLUSTER_THRESHOLD)
    weight = background_weights()
    assert relater(quote, claim, weight).label == "unrelated"
    relation = within_longer(relater, CLUSTER_THRESHOLD)(quote, claim, weight)
    assert relation.label == "paraphrased"
    best = max(relater(claim, run, weight).score for run in clause_runs(quote, claim.content))
    assert relation.score == round(STRETCH_DISCOUNT * best, 4)


def test_a_shared_attribution_or_names_alone_make_no_clause_run() -> None:
    sentence = featurize(
        "The talks will resume in Kessel next week, spokesman Ivo Marek said in a statement on Tuesday."
    )
    attribution = featurize("Spokesman Ivo Marek said on Tuesday that the strike was over.")
    assert clause_runs(sentence, attribution.content) == []
    assert clause_runs(sentence, featurize("The talks will resume.").content) == []  # two words: too few
    claim = featurize("Negotiators expect the talks to resume next week.")
    assert [run.text for run in clause_runs(sentence, claim.content)] == ["The talks will resume in Kessel next week,"]


def test_a_long_list_of_clauses_keeps_only_its_densest_runs_in_order() -> None:
    listing = featurize(
        ", ".join(["ships wait at the harbour gate"] * 10 + ["cargo ships and harbour cranes wait idle"])
    )
    runs = clause_runs(listing, featurize("Ships and cranes wait at the harbour.").content)
    assert len(runs) == CLAUSE_RUNS_KEPT  # of 21 runs: one and two clauses from each of the eleven
    assert runs[-1].text == "cargo ships and harbour cranes wait idle"  # four of its seven words: the densest
    assert all(run.text.startswith("ships wait at the harbour gate,") for run in runs[:-1])


def test_synonyms_count_as_matched_words() -> None:
    a = featurize("The embassy may no longer hire local staff.")
    synonym = _named(pair_features(a, featurize("The embassy may no longer employ local staff."), _one))
    other = _named(pair_features(a, featurize("The embassy may no longer praise local staff."), _one))
    assert synonym["weighted_dice"] == other["weighted_dice"] < 1.0
    assert synonym["synonym_dice"] == synonym["synonym_containment_shorter"] == 1.0
    assert synonym["synonym_unmatched_more"] == 0.0
    assert other["synonym_dice"] == other["weighted_dice"]
    assert other["synonym_unmatched_more"] > 0.0


def _one(key: str) -> float:
    return 1.0


def _named(vector: tuple[float, ...]) -> dict[str, float]:
    return dict(zip(FEATURES, vector, strict=True))


def test_sentences_on_their_own_weigh_words_by_shipped_frequencies() -> None:
    weight = background_weights()
    assert weight(loose_key("said")) < weight(loose_key("president")) < weight(loose_key("reykjavik"))
    a, b = map(featurize, _TOPICAL)
    assert relate_features(a, b).score == relate_features(a, b, weight).score
    assert relate_features(a, b).score < relate_features(a, b, lambda key: 1.0).score


def _plain_edit_distance(first: list[str], second: list[str]) -> int:
    row = list(range(len(second) + 1))
    for i, x in enumerate(first, 1):
        previous, row[0] = row[0], i
        for j, y in enumerate(second, 1):
            previous, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, previous + (x != y))
    return row[-1]


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.sampled_from("abcde"), max_size=70),
    st.lists(st.sampled_from("abcdef"), max_size=70),
)
def test_bit_parallel_edit_distance_equals_the_textbook_one(first: list[str], second: list[str]) -> None:
    assert _edit_distance(first, second) == _plain_edit_distance(first, second)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            "Brill police said fire crews reached the depot before the storm.",
            "The storm hit before fire crews from Brill reached the depot, police said.",
        ),
        ("The ferry left Kessel at dawn with forty cars.", "With forty cars aboard, the ferry left Kessel at dawn."),
    ],
)
def test_relate_gives_one_answer_in_either_order(first: str, second: str) -> None:
    assert relate(first, second) == relate(second, first)
    assert pair_features(featurize(first), featurize(second)) == pair_features(featurize(second), featurize(first))


# Words of one fictional story, and what scraped or pasted text brings: curly and straight quotes, numbers and
# their spellings, a soft hyphen, a zero-width space, an HTML reference, emoji, Chinese, punctuation alone.
_WORDS = (
    *("The", "ferry", "left", "Kessel", "at", "dawn", "with", "forty", "40", "1,000", "cars.", "Brell", "Varga"),
    *("said", "told", "reporters:", "not", "won't", "U.S.", "US", "Sergei", "Sergey", "“We", "will", "respond,”"),
    *('"We', 'respond,"', "offi\u00adcials", "har\u200bbour", "&amp;", "😀", "渡轮停航", "—", "!!!", "(ships)"),
)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(_WORDS), max_size=20), st.lists(st.sampled_from(_WORDS), max_size=20))
def test_any_two_texts_relate_alike_either_way_with_a_label_that_fits_the_score(
    first_words: list[str], second_words: list[str]
) -> None:
    first, second = " ".join(first_words), " ".join(second_words)
    relation = relate(first, second)
    assert relation == relate(second, first) == relate(first, second)
    assert 0.0 <= relation.score <= 1.0  # never NaN either: NaN fails both comparisons
    assert 0.0 <= relation.verbatim <= 1.0 and 0.0 <= relation.overlap <= 1.0 and relation.longest_run >= 0
    cut = _model().threshold
    assert (
        relation.score >= 0.5
        if relation.label == "shared"
        else (relation.label == "paraphrased") == (relation.score >= cut)
    )


_FEATURES_OF_ONE_PAIR = """
from newsdiff.features import featurize
from newsdiff.relate import pair_features
a = featurize("Ferry crews hired pilots near the quay at dawn.")
b = featurize("Harbour staff employed divers along the pier by night.")
weights = dict(zip(sorted(a.content | b.content), [0.1, 0.2, 0.7, 1.3, 0.3, 2.9, 0.6, 1.1, 0.9, 1.7, 0.4, 2.3]))
print(repr(pair_features(a, b, lambda key: weights.get(key, 1.0))))
"""


def test_features_do_not_depend_on_the_order_a_set_is_walked_in() -> None:
    # Sets of words are walked in an order that changes with Python's hash seed; a plain float sum over
    # them rounded differently from run to run, and the same input gave scores that differed in the
    # fourth decimal.
    outputs = {
        subprocess.run(
            [sys.executable, "-c", _FEATURES_OF_ONE_PAIR],
            env={**os.environ, "PYTHONHASHSEED": str(seed)},
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        for seed in range(8)
    }
    assert len(outputs) == 1


def test_relate_refuses_a_text_longer_than_a_sentence_can_be() -> None:
    # Repetitive text is the slow case for common runs: at 100,000 characters this took minutes.
    article = "The ferry left Kessel at noon and the crew waved. " * 2000
    with pytest.raises(InputError, match=r"sentence_b has 20,000 words \(at most 1,000\).*newsdiff\.compare"):
        relate("The ferry left Kessel at noon.", article)
    longest = " ".join(["The ferry left Kessel at noon and the crew waved."] * 100)  # exactly 1,000 words
    assert relate(longest, longest).label == "shared"


def test_relate_refuses_a_long_text_at_once_counting_its_words_as_a_reader_does(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Flight numbers: each is one word to a reader and two word pieces (letters, digits) to the features.
    log = " ".join(f"Flight KX{n % 900} landed." for n in range(400_000))  # 1,200,000 words, 11 MB
    featurized: list[str] = []
    relate_module = import_module("newsdiff.relate")  # the package's name 'relate' is the function
    real_featurize = relate_module.featurize
    monkeypatch.setattr(relate_module, "featurize", lambda text: featurized.append(text) or real_featurize(text))
    with pytest.raises(InputError, match=r"sentence_a has 1,200,000 words \(at most 1,000\)"):
        relate(log, "The ferry left Kessel at noon.")
    assert featurized == []  # refused before any featurizing, which took four seconds for this text
    glued = ",".join(["ferry"] * 1001)  # one word by white space, 1,001 by its pieces
    with pytest.raises(InputError, match=r"sentence_b has 1,001 words"):
        relate("The ferry left Kessel at noon.", glued)
    assert featurized == ["The ferry left Kessel at noon.", glued]  # only its pieces tell, once featurized


def test_word_diff_of_texts_with_too_many_distinct_words_is_an_input_error() -> None:
    first = " ".join(f"w{i}" for i in range(70_000))
    second = " ".join(f"v{i}" for i in range(70_000))
    with pytest.raises(InputError, match="more than 131,072 distinct words"):
        word_diff(first, second)


@pytest.mark.parametrize("sentence", ["Talks collapsed.", "Varga resigned!", "Yes."])
def test_the_same_short_sentence_word_for_word_is_shared(sentence: str) -> None:
    # A verbatim run needs three words, so the same two-word sentence was only "paraphrased".
    relation = relate(sentence, sentence.upper())
    # However short, the same words are as sure a copy as a long sentence's: the score does not hang on
    # what the model makes of one or two words (it had given "Yes." 0.85).
    assert relation.label == "shared" and relation.score == 1.0
    assert relate("He did.", "He did.").label == "unrelated"  # no content word: nothing to weigh


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("市长林海昨天宣布渡轮明天恢复运行。", "林海市长宣布，渡轮将于明天恢复运行。"),
        ("港口因暴风雨关闭了两天。", "暴风雨使港口关闭两天。"),
        ("フェリーは強風のため運休した。", "強風でフェリーが運休した。"),
    ],
)
def test_chinese_and_japanese_rewordings_relate_on_their_own_as_in_a_cluster(first: str, second: str) -> None:
    # Related alone, pairs of characters were weighed as whole words (a cluster's index already halved them), so
    # each sentence seemed to leave twice the words unmatched that it does, and these came out unrelated.
    assert relate(first, second).label == "paraphrased"
    assert relate(first, "市长今天访问了一所学校。").label == "unrelated"


def test_a_relations_repr_gives_its_evidence_to_four_places_as_its_score() -> None:
    relation = relate("They are due to meet Wednesday evening.", "They are slated to meet Wednesday night.")
    shown = repr(relation)
    assert shown.startswith(f"Relation(label='paraphrased', score={relation.score!r}, ")
    assert f"verbatim={round(relation.verbatim, 4)!r}," in shown and f"overlap={round(relation.overlap, 4)!r})" in shown
    assert all(len(number) <= 6 for number in re.findall(r"\d\.\d+", shown))  # 0.4286, never 0.42857142857142855


@pytest.mark.parametrize(
    ("first", "second", "differs"),
    [
        ("The union will sign the deal on Friday.", "The union won't sign the deal on Friday.", 1.0),
        ("The ferry ran on time.", "The ferry didn't run on time.", 1.0),
        ("The union will not sign the deal on Friday.", "The union won't sign the deal on Friday.", 0.0),
        ("The mayor isn't coming.", "The mayor is not coming.", 0.0),
        ("The council cannot meet.", "The council can't meet.", 0.0),
    ],
)
def test_a_contracted_negation_negates(first: str, second: str, differs: float) -> None:
    # "won't" and "didn't" are one word each, never a word "n't": read against a list of whole words, a
    # contracted negation negated nothing, and "won't sign" agreed with "will sign".
    assert _named(pair_features(featurize(first), featurize(second)))["negation_differs"] == differs


@pytest.mark.parametrize(
    "negated",
    [
        "The ministers will not sign the accord in Tarvel on Friday.",
        "The ministers won't sign the accord in Tarvel on Friday.",
        "The ministers will never sign the accord in Tarvel on Friday.",
        "The ministers will sign no accord in Tarvel on Friday.",
    ],
)
def test_a_copy_with_a_negation_put_in_is_not_shared(negated: str) -> None:
    # Verbatim runs covered the shorter sentence, and a shared score has a floor of 0.5: the opposite claim came
    # out "shared (1.00)", the same words to a reader. It is matched, as a paraphrase, with the negation in its diff.
    plain = "The ministers will sign the accord in Tarvel on Friday."
    for first, second in ((plain, negated), (negated, plain)):
        assert relate(first, second).label == "paraphrased"


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("The ministers will sign the accord in Tarvel on Friday.", "The ministers will sign the accord in Tarvel."),
        (
            "The ferry will not sail to Kessel on Monday, port officials said.",
            "The ferry will not sail to Kessel on Monday.",
        ),
        ("The ferry will not sail on Monday, officials said.", "The ferry will never sail on Monday, officials said."),
        ("Port officials said the ferry would not sail on Monday.", "The ferry would not sail on Monday."),
    ],
)
def test_wire_copy_with_a_harmless_edit_stays_shared(first: str, second: str) -> None:
    # Both negated, or neither: a trimmed date or attribution, or one negation for another, is an edit of the copy.
    assert relate(first, second).label == "shared"


@pytest.mark.parametrize(
    ("negated", "plain"),
    [
        ("No one was hurt in the blast at the plant in Dorn.", "One was hurt in the blast at the plant in Dorn."),
        ("Not a single ferry will sail to Kessel on Monday.", "A single ferry will sail to Kessel on Monday."),
        ("Officials said no one was hurt at the plant in Dorn.", "One was hurt at the plant in Dorn."),
    ],
)
def test_a_copy_with_a_negation_put_before_it_is_not_shared(negated: str, plain: str) -> None:
    # The negation stood before the first common run, where a clause one sentence adds is left out of the copy:
    # "No one was hurt" and "One was hurt" were "shared (1.00)".
    for first, second in ((negated, plain), (plain, negated)):
        relation = relate(first, second)
        assert relation.label != "shared"
        assert relation.changed == "a negation"


@pytest.mark.parametrize(
    "quoted",
    [
        "Brell said: “One was hurt in the blast at the plant in Dorn.”",
        "“One was hurt in the blast at the plant in Dorn,” Brell said.",
    ],
)
def test_a_quotation_with_a_negation_put_before_it_elsewhere_is_not_shared(quoted: str) -> None:
    # The quotation stood whole in the other sentence, and the stretch it lines up with began after the "no":
    # "Brell said no one was hurt" came out shared with the quotation "One was hurt".
    negated = "Brell said no one was hurt in the blast at the plant in Dorn."
    for first, second in ((quoted, negated), (negated, quoted)):
        assert relate(first, second).label == "paraphrased"
    # A "No" that is a clause of its own says nothing of the quotation.
    assert relate(quoted, "No, Brell said, one was hurt in the blast at the plant in Dorn.").label == "shared"


@pytest.mark.parametrize(
    "added",
    [
        "No, port officials said the ferry would sail to Kessel on Monday.",
        "Port officials said the ferry would sail to Kessel on Monday, not Tuesday.",
    ],
)
def test_a_negation_only_in_a_clause_added_around_a_copy_leaves_it_shared(added: str) -> None:
    # Every word of the shorter sentence stands in the longer in order; the negation is in a clause only one adds.
    # Counting negations across whole sentences made such copies paraphrases (17 MSRP pairs moved so).
    plain = "Port officials said the ferry would sail to Kessel on Monday."
    assert relate(added, plain).label == "shared"
    assert relate(plain, added).label == "shared"
    # The same negation inside the copied stretch still makes it the opposite claim.
    assert relate(plain, plain.replace("would", "would not")).label == "paraphrased"


@pytest.mark.parametrize(
    ("plain", "changed", "harmless"),
    [
        ("killed 12 people", "killed 14 people", "killed 12 people"),
        ("killed 12 people and injured 30", "killed 12 people and injured 31", "killed 12 people and injured 30"),
        ("cost $4.5 million", "cost $4.6 million", "cost $4,500,000"),
    ],
)
def test_a_copy_with_a_figure_changed_is_paraphrased_not_shared(plain: str, changed: str, harmless: str) -> None:
    # Every word but the figure lined up, so the pair was "shared (0.95)": the same words to a reader, though the
    # two give different tolls. Numbers must agree for a copy; the pair is matched as a paraphrase instead.
    template = "The storm that swept the northern coast on Tuesday night {}, port officials said on Wednesday."
    first, second = template.format(plain), template.format(changed)
    assert relate(first, second).label == "paraphrased"
    assert relate(second, first).label == "paraphrased"
    # The same figure written another way, or a date only one of them gives, is still a copy.
    assert relate(first, template.format(harmless)).label == "shared"
    assert relate(first, first.replace(" on Wednesday", " on 3 May")).label == "shared"


def test_a_copy_with_its_day_of_the_week_changed_is_paraphrased_not_shared() -> None:
    # Every word but the day lined up, so "reopen on Monday" and "reopen on Friday" were the same words, "shared".
    monday = "Port officials said the harbour in Kessel would reopen to ferries on Monday."
    friday = "Port officials said the harbour in Kessel would reopen to ferries on Friday."
    assert relate(monday, friday).label == "paraphrased"
    assert relate(friday, monday).label == "paraphrased"
    # A day only one of them gives is trimmed, not changed.
    assert relate(monday, monday.replace(" on Monday", "")).label == "shared"


@pytest.mark.parametrize(
    ("plain", "changed"),
    [
        ("Fuel prices rose sharply in Kessel", "Fuel prices fell sharply in Kessel"),
        ("The dock union accepted the final offer", "The dock union rejected the final offer"),
        ("The council voted for the new harbour fees", "The council voted against the new harbour fees"),
        ("The ferry line opened its northern route", "The ferry line closed its northern route"),
    ],
)
def test_a_copy_with_a_word_turned_to_its_opposite_is_paraphrased_not_shared(plain: str, changed: str) -> None:
    # Every word but the verb lined up, so "prices rose" and "prices fell" were "shared (0.97)": the same words to a
    # reader, though one says the opposite of the other, as a negation put in does.
    ending = " after the storm hit the refinery on the coast, port officials said."
    first, second = plain + ending, changed + ending
    assert relate(first, second).label == "paraphrased"
    assert relate(first, second).changed == "a word for its opposite"
    assert relate(second, first).label == "paraphrased"
    # A word only one of them adds is an edit of the copy.
    assert relate(first, first.replace(" sharply", "").replace(" final", "")).label == "shared"


@pytest.mark.parametrize(
    ("plain", "negated"), [("likely", "unlikely"), ("legal", "illegal"), ("possible", "impossible")]
)
def test_a_copy_with_a_word_negated_by_its_prefix_is_paraphrased_not_shared(plain: str, negated: str) -> None:
    # "was likely to sail" and "was unlikely to sail" lined up but for one word, and were "shared (0.98)".
    template = "Port officials said the ferry strike in Kessel was {} to go ahead before the storm on Monday."
    first, second = template.format(plain), template.format(negated)
    assert relate(first, second).label == "paraphrased"
    assert relate(second, first).label == "paraphrased"
    assert relate(first, first.replace(" before the storm", "")).label == "shared"


def test_a_copy_with_a_name_put_for_another_is_paraphrased_not_shared() -> None:
    # "Minister Brell said ..." and "Minister Varga said ..." lined up but for the name, and were "shared (0.89)",
    # though another minister says it.
    brell = "Minister Brell said the talks on the northern border would resume in Kessel next week."
    varga = brell.replace("Brell", "Varga")
    assert relate(brell, varga).label == "paraphrased"
    assert relate(varga, brell).label == "paraphrased"
    # A first name added, a title dropped, a name spelt another way or given by its initials is the same name.
    assert relate(brell, brell.replace("Brell", "Ivo Brell")).label == "shared"
    assert relate(brell, brell.replace("Minister Brell", "Brell")).label == "shared"
    assert relate(brell, brell.replace("Brell", "Brel")).label == "shared"
    port = "The Kessel Port Authority said the ferry would sail to Dorn on Friday evening."
    assert relate(port, port.replace("Kessel Port Authority", "KPA")).label == "shared"


def test_a_copy_opening_with_another_name_is_paraphrased_not_shared() -> None:
    # A name that opens the sentence is not told by its capital letter alone: "Brell said ..." and "Varga said ..."
    # stayed "shared (0.93)".
    brell = "Brell said the talks on the northern border would resume in Kessel next week."
    assert relate(brell, brell.replace("Brell", "Varga")).label == "paraphrased"
    assert relate(brell.replace("Brell", "Varga"), brell).label == "paraphrased"
    # A word of the language that opens it is no name, and a first name added is the same name.
    assert relate(brell, brell.replace("Brell", "Officials")).label == "shared"
    assert relate(brell, brell.replace("Brell", "Ivo Brell")).label == "shared"


def test_a_copy_opening_with_a_name_that_is_also_a_word_is_paraphrased_when_another_name_takes_its_place() -> None:
    # "Bush" and "Smith" are words of the language too, so an opening "Bush" was no name and the pair was
    # "shared (0.84)": two people meeting the envoy read as one copy.
    bush, rice = "Bush met the envoy on Monday.", "Rice met the envoy on Monday."
    assert relate(bush, rice).label == "paraphrased"
    assert relate(rice, bush).changed == "a name"
    smith = "Smith said the talks on the northern border would resume in Kessel next week."
    assert relate(smith, smith.replace("Smith", "Brell")).changed == "a name"
    # Such a word is a name only opposite a name: "Meanwhile" and "Separately" are two words, "Officials" a plural.
    meanwhile = "Meanwhile the envoy met Brell in Kessel on Monday."
    assert relate(meanwhile, meanwhile.replace("Meanwhile", "Separately")).changed == ""
    assert relate(smith, smith.replace("Smith", "Officials")).label == "shared"
    assert relate(bush, bush.replace("Bush", "Witnesses")).label == "shared"


def test_a_copy_with_a_rough_count_for_a_figure_is_paraphrased_not_shared() -> None:
    # "dozens of people" and "12 people" are two tolls, as 12 and 14 are; the pair was "shared (0.99)".
    dozens = "Police said dozens of people were hurt when the stand collapsed at the stadium in Dorn."
    twelve = dozens.replace("dozens of", "12")
    assert relate(dozens, twelve).label == "paraphrased"
    assert relate(twelve, dozens).label == "paraphrased"
    assert relate(dozens, dozens.replace("dozens", "hundreds")).label == "paraphrased"
    # A count only one of them gives is trimmed, not changed.
    assert relate(dozens, dozens.replace("dozens of ", "")).label == "shared"


def test_a_copy_with_its_month_changed_is_paraphrased_not_shared() -> None:
    # Every word but the month lined up, so "reopen in March" and "reopen in April" were "shared (0.96)".
    template = "Port officials said the harbour in Kessel would reopen to ferries {}."
    assert relate(template.format("in March"), template.format("in April")).label == "paraphrased"
    assert relate(template.format("on 3 April"), template.format("on 3 March")).label == "paraphrased"
    # A month only one of them gives, one date written two ways, or a day beside a date is not a date changed.
    assert relate(template.format("in March"), template.format("soon")).label == "shared"
    assert relate(template.format("on 3 March"), template.format("on March 3")).label == "shared"
    assert relate(template.format("on Wednesday"), template.format("on 3 March")).label == "shared"


def test_a_copy_with_said_turned_to_denied_is_paraphrased_not_shared() -> None:
    # "said" had no opposite: "The mayor denied the ferry line would close" was a copy of "said", "shared (0.95)".
    said = "The mayor said that the ferry line would close its northern route to Kessel after the storm."
    for first, second in ((said, said.replace("said", "denied")), (said.replace("said", "denies"), said)):
        assert relate(first, second).changed == "a word for its opposite"
        assert relate(first, second).label == "paraphrased"
    assert relate(said, said.replace("said", "told reporters")).label == "shared"


def test_a_copy_with_its_time_moved_to_the_other_half_of_the_day_is_paraphrased_not_shared() -> None:
    # The hour lined up and "a.m." and "p.m." were no figures: a ferry sailing at 10 a.m. and one at 10 p.m. were
    # "shared (0.97)".
    template = "Port officials said the ferry would sail from Kessel at {} on Friday."
    for first, second in (("10 a.m.", "10 p.m."), ("10:30pm", "10:30 a.m.")):
        relation = relate(template.format(first), template.format(second))
        assert relation.label == "paraphrased"
        assert relation.changed == "a figure or a date"
    # A half of the day only one of them gives is a time trimmed, not changed.
    assert relate(template.format("10 p.m."), template.format("10")).label == "shared"


def test_a_copy_with_may_changed_for_another_month_is_paraphrased_not_shared() -> None:
    # May's key is the key of "may", so it was no month: "on 3 May" and "on 3 June" were "shared (0.99)".
    template = "Port officials said the harbour in Kessel may reopen to ferries {}."
    assert relate(template.format("on 3 May"), template.format("on 3 June")).changed == "a figure or a date"
    assert relate(template.format("in June"), template.format("in May")).label == "paraphrased"
    # The "may" of the language is no month, and May only one of them gives, or written two ways, is no date changed.
    assert relate(template.format("in June"), template.format("in June").replace("may", "will")).label == "shared"
    assert relate(template.format("in May"), template.format("soon")).label == "shared"
    assert relate(template.format("on 3 May"), template.format("on May 3")).label == "shared"


def test_a_copy_with_its_span_of_time_changed_is_paraphrased_not_shared() -> None:
    # "next week" and "next month" lined up but for one word, and were "shared (0.96)": two dates.
    template = "Port officials said the harbour in Kessel would reopen to ferries {}."
    assert relate(template.format("next week"), template.format("next month")).changed == "a figure or a date"
    assert relate(template.format("within days"), template.format("within hours")).label == "paraphrased"
    # A span only one of them gives, or given in other words, is an edit of the copy.
    assert relate(template.format("next week"), template.format("soon")).label == "shared"
    assert relate(template.format("within days"), template.format("within a few days")).label == "shared"


def test_a_quotation_given_to_another_speaker_is_paraphrased_not_shared() -> None:
    # A quotation found whole was shared whatever surrounded it, so "“...,” Brell said." and "“...,” Varga said."
    # were "shared (0.67)", though the same words unquoted with the name changed are paraphrased: another claim.
    quote = "“We will not yield to threats from anyone,”"
    brell = f"{quote} Brell said."
    assert relate(brell, f"{quote} Varga said.").changed == "a name"
    assert relate(f"{quote} Varga said.", brell).label == "paraphrased"
    # Another wrapper for the same speaker, or one that names no one, keeps the quotation shared.
    assert relate(brell, f"{quote} said Ivo Brell.").label == "shared"
    assert relate(brell, f"{quote} the minister said.").label == "shared"
    assert relate(brell, f"Brell told reporters: {quote}").label == "shared"


def test_a_quotation_found_whole_but_for_a_figure_is_not_shared() -> None:
    quoted = "“We lost 12 of our best men on that road last night,” the commander said."
    other = "The commander told reporters: “We lost 14 of our best men on that road last night.”"
    assert relate(quoted, other).label != "shared"
    assert relate(quoted, other.replace("14", "12")).label == "shared"


@pytest.mark.parametrize("negation", ["will not", "won't", "will never"])
def test_a_quotation_found_whole_but_for_a_negation_is_not_shared(negation: str) -> None:
    # A quotation found nearly whole in the other sentence is shared whatever surrounds it; with "not" put in, 8 of
    # its 10 words still lined up, and the quote that says the opposite was shared.
    quoted = "“We will sign the accord on Friday and then we will rest,” Brell said."
    other = f"Brell told reporters: “We {negation} sign the accord on Friday and then we will rest.”"
    assert relate(quoted, other).label != "shared"
    assert relate(quoted, other.replace(negation, "will")).label == "shared"


_NAMES = st.sampled_from(["The ministers", "Mayor Ilse Varga", "The port union", "Both ferry crews"])
_PREDICATES = st.sampled_from(
    ["sign the accord on Friday", "reopen the northern harbour next week", "raise the ferry fares in Kessel"]
)


@settings(max_examples=40, deadline=None)
@given(_NAMES, _PREDICATES, st.sampled_from(["will not", "won't", "will never", "cannot", "can't"]), st.booleans())
def test_a_sentence_and_its_negation_are_never_shared(subject: str, predicate: str, negation: str, tail: bool) -> None:
    ending = ", officials said." if tail else "."
    plain = f"{subject} will {predicate}{ending}"
    negated = f"{subject} {negation} {predicate}{ending}"
    assert relate(plain, negated).label != "shared"
    assert relate(negated, negated.replace(ending, ".")).label == "shared"  # the negated copy trimmed is a copy


@settings(max_examples=40, deadline=None)
@given(
    _NAMES,
    st.sampled_from(["hired {} dockers in Kessel last year", "sold {} tonnes of fish at the market in Dorn"]),
    st.integers(2, 99_999),
    st.integers(1, 500),
    st.booleans(),
)
def test_a_copy_whose_figure_changed_is_never_shared(
    subject: str, predicate: str, figure: int, change: int, tail: bool
) -> None:
    ending = ", officials said." if tail else "."
    plain = f"{subject} {predicate.format(figure)}{ending}"
    changed = f"{subject} {predicate.format(figure + change)}{ending}"
    assert relate(plain, changed).label != "shared"
    assert relate(changed, changed.replace(ending, ".")).label == "shared"  # the copy trimmed is still a copy


@pytest.mark.parametrize(
    "longer",
    [
        "The mayor will open the new bridge on Friday, a spokesman said, adding that traffic would be light and the "
        "ceremony brief.",
        "Despite heavy rain, angry fishermen and a strike by ferry crews: the mayor will open the new bridge on "
        "Friday.",
    ],
)
def test_a_sentence_carried_whole_as_a_clause_of_a_longer_one_is_shared_in_a_cluster(longer: str) -> None:
    # Every word of it stands in the longer sentence, in order, as a clause of its own: a copy, which the model,
    # weighing all the longer sentence adds, scored near 0, and a cluster matched only as "paraphrased".
    carried = "The mayor will open the new bridge on Friday."
    for articles in ([carried, longer], [longer, carried]):
        result = newsdiff.compare(articles)
        assert [[s.label for s in article.sentences] for article in result.articles] == [["shared"], ["shared"]]
        assert result.articles[0].sentences[0].matches[0].score == 1.0


@pytest.mark.parametrize(
    "longer",
    [
        "Talks collapsed, port officials said on Monday after a long night of bargaining in Kessel.",
        "After a long night of bargaining in Kessel, talks collapsed.",
    ],
)
def test_a_two_word_sentence_carried_whole_as_a_clause_is_shared_in_a_cluster(longer: str) -> None:
    # "Talks collapsed." word for word is shared however short; with an attribution or a clause added around it, it
    # was only "paraphrased", as the rule for a sentence carried whole wanted three words.
    result = newsdiff.compare(["Talks collapsed.", longer])
    assert [[s.label for s in article.sentences] for article in result.articles] == [["shared"], ["shared"]]


def test_an_attribution_alone_is_not_carried_whole() -> None:
    # Two words, both content words, but only one that is not a word of attribution: no claim to copy.
    assert not carried_whole(featurize("Officials said."), featurize("Officials said, however, that talks failed."))
    assert carried_whole(featurize("Talks failed."), featurize("Talks failed, officials said, however."))


@pytest.mark.parametrize(
    ("carried", "longer"),
    [
        ("It was not clear to officials.", "It was not clear to officials whether the ferry would sail on Monday."),
        ("The ferry returned to Kessel.", "The ferry returned to Kessel harbour after the storm."),
    ],
)
def test_a_sentence_whose_words_run_on_into_the_longer_ones_clause_is_not_carried_whole(
    carried: str, longer: str
) -> None:
    # Its words begin a clause that goes on to say something else ("... Kessel harbour", "... whether"): no copy of
    # the sentence, though all its words are there; the model decides.
    assert not carried_whole(featurize(carried), featurize(longer))
    assert not carried_whole(featurize(longer), featurize(carried))


@pytest.mark.parametrize(
    ("grouped", "plain"),
    [
        ("The port hired 8,300 dockers last year.", "The port hired 8300 dockers last year."),
        ("Kessel paid 1,250,000.50 for the ferry.", "Kessel paid 1250000.50 for the ferry."),
        ("The port hired ٨٬٣٠٠ dockers last year.", "The port hired 8300 dockers last year."),
    ],
)
def test_a_number_with_or_without_thousands_commas_is_the_same_word(grouped: str, plain: str) -> None:
    # "8,300" and "8300" were two words, so a copy that wrote the number either way was only "paraphrased".
    relation = relate(grouped, plain)
    assert (relation.label, relation.score) == ("shared", 1.0)


def test_a_comma_that_does_not_group_thousands_is_kept() -> None:
    # "1,5" is a decimal comma or a list, not fifteen; nor is 8,30 the number 830.
    assert relate("Scores were 1,5 and 2 in Tarvel.", "Scores were 15 and 2 in Tarvel.").score < 1.0
    assert relate("The port hired 8,30 dockers.", "The port hired 830 dockers.").score < 1.0


def test_two_long_repetitive_sentences_are_related_without_comparing_every_word_with_every_other(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # A whole article in one cell of a pair file: difflib compared each word with each of its places in the other
    # sentence, and two such sentences of 20,000 words took most of a minute. Its search is now asked of short
    # stretches only, and the common runs are the same.
    searched: list[int] = []
    search = difflib.SequenceMatcher.find_longest_match

    def counted(matcher: difflib.SequenceMatcher[str], alo: int, ahi: int, blo: int, bhi: int) -> difflib.Match:
        searched.append((ahi - alo) * (bhi - blo))
        return search(matcher, alo, ahi, blo, bhi)

    story = " ".join(f"The ferry left Kessel at noon and crew {n % 7} waved." for n in range(300))  # 3,000 words
    edited = story.replace("crew 3", "the crew 3")
    relate_module = import_module("newsdiff.relate")
    wanted = difflib.SequenceMatcher(None, featurize(story).keys, featurize(edited).keys, autojunk=False)
    runs = wanted.get_matching_blocks()
    monkeypatch.setattr(difflib.SequenceMatcher, "find_longest_match", counted)
    relation = relate_features(featurize(story), featurize(edited))
    assert (relation.label, relation.longest_run) == ("shared", max(run.size for run in runs))
    assert searched and max(searched) <= relate_module.LINEAR_RUN_SEARCH_FROM
    assert relate_module.common_runs(featurize(story).keys, featurize(edited).keys) == runs


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.sampled_from("abcd"), max_size=40),
    st.lists(st.sampled_from("abcd"), max_size=40),
    st.integers(min_value=0, max_value=40),
)
def test_common_runs_are_difflibs_however_they_are_searched(first: list[str], second: list[str], cut: int) -> None:
    # Searched in linear time on every stretch (the cut at none), or on some, the runs are difflib's own.
    relate_module = import_module("newsdiff.relate")
    second = first[cut:] + second  # a copy with words added, the case common runs are for
    original = relate_module.LINEAR_RUN_SEARCH_FROM
    try:
        for limit in (0, cut * 10):
            relate_module.LINEAR_RUN_SEARCH_FROM = limit
            wanted = difflib.SequenceMatcher(None, first, second, autojunk=False).get_matching_blocks()
            assert relate_module.common_runs(first, second) == wanted
    finally:
        relate_module.LINEAR_RUN_SEARCH_FROM = original
