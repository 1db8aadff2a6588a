"""Comparing articles end to end: labels, matches, groups, removals and the JSON contract."""

from __future__ import annotations

import dataclasses
import importlib
import io
import json
import re
import sys
import threading
from collections.abc import Callable
from decimal import Decimal
from fractions import Fraction
from pathlib import Path
from typing import Any

import pytest
from conftest import HARBOUR_A, HARBOUR_B
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from tqdm import tqdm

import newsdiff
from newsdiff.relate import CLUSTER_THRESHOLD


@pytest.fixture(scope="module")
def harbour() -> newsdiff.Comparison:
    return newsdiff.compare([{"id": "a", "text": HARBOUR_A}, {"id": "b", "text": HARBOUR_B}])


def sentence(result: newsdiff.Comparison, article: str, starts: str) -> newsdiff.Sentence:
    matches = [s for s in result.article(article).sentences if s.text.startswith(starts)]
    assert len(matches) == 1, f"expected one sentence starting {starts!r} in {article}"
    return matches[0]


def test_same_quote_with_other_attribution_is_shared(harbour: newsdiff.Comparison) -> None:
    quote = sentence(harbour, "a", "“We will not sign")
    assert quote.label == "shared"
    assert [(m.article, m.label) for m in quote.matches] == [("b", "shared")]


def test_reworded_fact_is_paraphrased(harbour: newsdiff.Comparison) -> None:
    assert sentence(harbour, "a", "Port Minister Lena Varga and union leader").label == "paraphrased"
    assert sentence(harbour, "b", "Forty cargo ships").label == "paraphrased"


def test_detail_only_one_outlet_has_is_unique(harbour: newsdiff.Comparison) -> None:
    assert sentence(harbour, "a", "Fishing crews").label == "unique"
    assert sentence(harbour, "b", "The city council").label == "unique"
    assert sentence(harbour, "b", "The city council").matches == ()


def test_matches_are_symmetric(harbour: newsdiff.Comparison) -> None:
    for article in harbour.articles:
        for s in article.sentences:
            for m in s.matches:
                back = harbour.article(m.article).sentences[m.sentence].matches
                assert (article.id, s.index, m.label, m.score) in {
                    (b.article, b.sentence, b.label, b.score) for b in back
                }


def test_noise_and_metadata_are_reported_and_absent_from_sentences(harbour: newsdiff.Comparison) -> None:
    removed_a = {(r.reason, r.text) for r in harbour.article("a").removed}
    removed_b = {(r.reason, r.text) for r in harbour.article("b").removed}
    assert ("promo", "Read more") in removed_a
    assert ("metadata", "date 2026-03-14") in removed_a
    assert {("gallery", "Full Screen"), ("gallery", "1 / 6"), ("metadata", "outlet: Coastal Courier")} <= removed_b
    for article in harbour.articles:
        texts = " ".join(s.text for s in article.sentences)
        assert "Read more" not in texts and "Full Screen" not in texts


def test_metadata_reaches_the_result(harbour: newsdiff.Comparison) -> None:
    a, b = harbour.articles
    assert (a.title, a.date) == ("Harbour talks set for Friday", "2026-03-14")
    assert (b.outlet, b.title) == ("Coastal Courier", "Strike talks in Kessel")


def test_offsets_slice_the_loaded_text(harbour: newsdiff.Comparison) -> None:
    for article in harbour.articles:
        for s in article.sentences:
            assert " ".join(article.text[s.start : s.end].split()) == s.text
        for r in article.removed:
            assert article.text[r.start : r.end] == r.text


def test_to_dict_follows_schema_1(harbour: newsdiff.Comparison) -> None:
    data = json.loads(harbour.to_json())
    assert data == harbour.to_dict()
    assert data["schema"] == 1 and data["newsdiff"] == newsdiff.__version__
    article = data["articles"][0]
    assert list(article) == ["id", "outlet", "title", "date", "source", "sentences", "removed"]
    assert list(article["sentences"][0]) == ["index", "text", "start", "end", "label", "matches"]
    assert list(article["removed"][0]) == ["text", "start", "end", "reason"]
    assert {g["label"] for g in data["groups"]} <= {"shared", "paraphrased"}


def test_groups_collect_the_same_claim_across_articles(harbour: newsdiff.Comparison) -> None:
    quote_a = sentence(harbour, "a", "“We will not sign").index
    quote_b = sentence(harbour, "b", "Brell said on Thursday").index
    [claim] = [g for g in harbour.groups if ("a", quote_a) in g.members]
    assert claim.members == (("a", quote_a), ("b", quote_b))
    assert claim.label == "shared"


def test_a_sentence_may_match_two_sentences_elsewhere() -> None:
    whole = (
        "“The harbour will reopen on Monday, and every crane will be back in service by the end of the month,” "
        "Varga said."
    )
    split = (
        "“The harbour will reopen on Monday,” Varga said. "
        "“Every crane will be back in service by the end of the month.”"
    )
    result = newsdiff.compare([{"id": "whole", "text": whole}, {"id": "split", "text": split}])
    [one] = result.article("whole").sentences
    assert sorted((m.sentence, m.label) for m in one.matches) == [(0, "shared"), (1, "shared")]


def test_a_claim_carried_inside_a_longer_sentence_is_matched() -> None:
    carrier = (
        "Union leader Tomas Brell, who has led the dock workers since 2019 and faces a difficult vote among members "
        "in the spring, said on Tuesday that the strike had left forty cargo ships stranded outside the harbour of "
        "Kessel, while Port Minister Lena Varga blamed the union for the mounting losses of local traders and called "
        "for new talks under a mediator from the capital. The ferry line to the islands still runs twice a day. "
        "Fishermen have joined the picket at the northern gate."
    )
    claim = (
        "Forty cargo ships remain stranded outside the harbour of Kessel. Traders in the old town report empty "
        "shelves. The council will meet again on Thursday."
    )
    result = newsdiff.compare([{"id": "long", "text": carrier}, {"id": "short", "text": claim}])
    assert [(m.article, m.sentence, m.label) for m in result.article("long").sentences[0].matches] == [
        ("short", 0, "paraphrased")
    ]
    assert [s.label for s in result.article("short").sentences] == ["paraphrased", "unique", "unique"]


def test_a_claim_in_the_first_clauses_of_a_quote_is_matched_though_its_words_recur_at_the_end() -> None:
    # The speaker and the day close both quotes, so the stretch from the first to the last common word is nearly
    # the whole sentence; the run of the quote's first two clauses carries the claim. As a whole the pair scores
    # below the cut and would link only as each other's best match.
    quote = (
        "Dock workers in Kessel marched to the harbour on Monday. “If the harbour stays shut and the fines keep "
        "rising, then it is probably not a deal we can accept, and we will not judge the ministry's offer of new "
        "talks by its words about the northern fleet and its crews,” Brell told reporters on Monday. The strike is "
        "in its third week."
    )
    translation = (
        "Brell spoke to reporters at the harbour gate on Monday. “However, if this means a shut harbour and rising "
        "fines, that is not a deal we accept,” Brell told reporters Monday. Dock cranes stood idle."
    )
    result = newsdiff.compare([{"id": "quote", "text": quote}, {"id": "translation", "text": translation}])
    [match] = result.article("quote").sentences[1].matches
    assert (match.article, match.sentence, match.label) == ("translation", 1, "paraphrased")
    assert match.score >= CLUSTER_THRESHOLD
    assert [s.label for s in result.article("translation").sentences] == ["unique", "paraphrased", "unique"]


def test_lexical_overlap_alone_is_not_a_match() -> None:
    result = newsdiff.compare(
        [
            "The meeting comes as much of the region is focused on the flooding in the north.",
            "The meeting comes ahead of plans for an expected summit between the two presidents in the autumn.",
        ]
    )
    assert [s.label for a in result.articles for s in a.sentences] == ["unique", "unique"]


def test_identical_articles_are_all_shared() -> None:
    result = newsdiff.compare([{"id": "x", "text": HARBOUR_B}, {"id": "y", "text": HARBOUR_B}])
    assert {s.label for a in result.articles for s in a.sentences} == {"shared"}


def test_identical_short_articles_whose_names_recur_in_every_sentence_are_all_shared() -> None:
    # In a cluster this small, names in every sentence are too common to propose pairs by; the same
    # sentence in both articles is shared all the same.
    text = (
        "Varga met Brell. Brell thanked Varga. Varga and Brell spoke for two hours. "
        "Brell said Varga was frank. Varga told Brell that Tavaria wanted stable ties. "
        "Brell and Varga agreed to keep talking. Varga and Brell shook hands."
    )
    result = newsdiff.compare([{"id": "x", "text": text}, {"id": "y", "text": text}])
    assert [s.label for a in result.articles for s in a.sentences] == ["shared"] * 14


def test_word_diff_of_a_pair(harbour: newsdiff.Comparison) -> None:
    [pair] = [p for p in harbour.pairs("a", "b") if p.first.text.startswith("Port Minister")]
    inserted = {d.text.strip() for d in pair.diff if d.op == "insert"}
    deleted = {d.text.strip() for d in pair.diff if d.op == "delete"}
    assert "slated" in " ".join(inserted) and "due" in " ".join(deleted)
    rebuilt_first = "".join(d.text for d in pair.diff if d.op != "insert")
    rebuilt_second = "".join(d.text for d in pair.diff if d.op != "delete")
    assert (rebuilt_first, rebuilt_second) == (pair.first.text, pair.second.text)


def test_fewer_than_two_articles_is_an_input_error() -> None:
    # The message says what to give, not only how many were given.
    with pytest.raises(newsdiff.InputError, match=r"got 1; give two or more articles about the same event$"):
        newsdiff.compare(["Only one article."])
    with pytest.raises(newsdiff.InputError, match=r"got 0; give two or more articles about the same event$"):
        newsdiff.compare([])
    # One string is one article, not a sequence of one-letter articles.
    with pytest.raises(newsdiff.InputError, match="at least two articles to compare, got 1"):
        newsdiff.compare("Only one article, given without a list.")


def test_same_file_twice_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "a,b.txt"  # a comma in the name once let the file through
    path.write_text(HARBOUR_A, encoding="utf-8")
    (tmp_path / "link.txt").symlink_to(path)
    (tmp_path / "sub").mkdir()
    for second in (path, tmp_path / "link.txt", tmp_path / "sub" / ".." / "a,b.txt"):
        with pytest.raises(newsdiff.InputError, match="given twice"):
            newsdiff.compare(newsdiff.load([path, second]))


def test_one_article_object_given_twice_is_refused() -> None:
    article = newsdiff.Article(HARBOUR_A, id="herald")
    # It was compared with itself as "herald" and "herald-2", every sentence shared.
    with pytest.raises(newsdiff.InputError, match=r"^herald: given twice \(the same Article\); an article compared"):
        newsdiff.compare([article, newsdiff.Article(HARBOUR_B), article])
    # Two articles of the same text are two outlets' copies of it.
    assert len(newsdiff.compare([article, newsdiff.Article(HARBOUR_A, id="herald")]).articles) == 2


def test_one_article_object_given_twice_by_a_generator_is_refused_as_in_a_list() -> None:
    article = newsdiff.Article(HARBOUR_A, id="herald")
    other = newsdiff.Article(HARBOUR_B, id="courier")
    # Given through a generator or a dict's values, it was compared with itself as "herald" and "herald-2".
    for articles in (
        (one for one in [article, other, article]),
        {"first": article, "second": other, "third": article}.values(),
        map(lambda one: one, [article, other, article]),
    ):
        with pytest.raises(newsdiff.InputError, match=r"^herald: given twice \(the same Article\)"):
            newsdiff.compare(articles)
    assert [a.id for a in newsdiff.compare(one for one in [article, other]).articles] == ["herald", "courier"]


def test_records_of_one_jsonl_file_are_distinct_articles(tmp_path: Path) -> None:
    path = tmp_path / "cluster.jsonl"
    path.write_text("\n".join(json.dumps({"text": text}) for text in (HARBOUR_A, HARBOUR_B)), encoding="utf-8")
    result = newsdiff.compare(newsdiff.load([path]))
    assert [a.id for a in result.articles] == ["cluster-1", "cluster-2"]


@pytest.mark.parametrize(
    "records",
    [
        [{"id": "post", "outlet": "Velmor Post"}, {"id": "ledger", "outlet": "Velmor Ledger"}],
        [{}, {}],  # numbered by the file's name, as records without ids are
    ],
)
def test_records_of_one_file_with_the_same_text_are_two_outlets_wire_copy(tmp_path: Path, records: list[dict]) -> None:
    path = tmp_path / "wire.jsonl"
    path.write_text("\n".join(json.dumps({**record, "text": HARBOUR_A}) for record in records), encoding="utf-8")
    result = newsdiff.compare(newsdiff.load([path]))
    assert len(result.articles) == 2
    assert {s.label for a in result.articles for s in a.sentences} == {"shared"}
    # The file itself given twice is still refused.
    with pytest.raises(newsdiff.InputError, match="given twice"):
        newsdiff.compare(newsdiff.load([path, path]))


@pytest.mark.parametrize("ids", [("wire", "wire"), ("wire-1", "wire-1-2"), ("draft", "draft-2")])
def test_records_of_one_file_with_the_same_text_and_like_ids_are_two_articles(
    tmp_path: Path, ids: tuple[str, str]
) -> None:
    # Ids such as a repeat's or a renumbered one's do not make the second record the first one given again.
    path = tmp_path / "wire.jsonl"
    path.write_text("\n".join(json.dumps({"id": ident, "text": HARBOUR_A}) for ident in ids), encoding="utf-8")
    result = newsdiff.compare(newsdiff.load([path]))
    assert len(result.articles) == 2
    assert {s.label for a in result.articles for s in a.sentences} == {"shared"}


def test_a_loaded_article_given_again_under_another_id_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "harbour.txt"
    path.write_text(HARBOUR_A, encoding="utf-8")
    [article] = newsdiff.load([path])
    with pytest.raises(newsdiff.InputError, match=r"harbour\.txt: given twice"):
        newsdiff.compare([article, dataclasses.replace(article, id="copy", outlet="Copy")])


def test_a_loaded_article_and_an_edit_of_it_are_two_articles(tmp_path: Path) -> None:
    path = tmp_path / "harbour.txt"
    path.write_text(HARBOUR_A, encoding="utf-8")
    [article] = newsdiff.load([path])
    edited = dataclasses.replace(article, text=article.text.replace("Friday evening", "Saturday evening"))
    assert edited.text != article.text
    assert len(newsdiff.compare([article, edited]).articles) == 2


def test_loading_records_where_an_article_came_from_without_showing_it(tmp_path: Path) -> None:
    path = tmp_path / "wire.jsonl"
    path.write_text("\n".join(json.dumps({"id": "wire", "text": HARBOUR_A}) for _ in range(2)), encoding="utf-8")
    first, second = newsdiff.load([path])
    assert (first.origin, second.origin) == ((str(path.resolve()), 0), (str(path.resolve()), 1))
    assert "origin" not in repr(first)
    assert dataclasses.replace(first, id="x") == dataclasses.replace(second, id="x")


def test_article_that_is_all_noise_is_named() -> None:
    with pytest.raises(newsdiff.InputError, match="article-2: no sentences left"):
        newsdiff.compare(["The talks began.", "Full Screen\n1 / 4\nRead more\n"])


#: Two articles that open with their metadata: a date line or front matter, the same headline, and a line repeating it.
HEADED = [
    {
        "id": "herald",
        "text": "date 2026-03-14\nFerry talks resume in Kessel\n\nThe ferry talks resumed on Monday.\n"
        "Read more\nThe union asked for a new timetable.\n",
    },
    {
        "id": "courier",
        "text": "date: 2026-03-15\n\nFerry talks resume in Kessel\n\nFerry talks resume in Kessel\n"
        "Negotiators met in Kessel on Monday.\nThe mayor was not there.\n",
    },
]


def test_metadata_false_keeps_the_date_line_front_matter_and_headline_as_sentences() -> None:
    """compare had no way to ask for clean's metadata=False: the headlines two outlets share could not be compared."""
    result = newsdiff.compare(HEADED, metadata=False)
    herald, courier = result.articles
    assert [s.text for s in herald.sentences][:2] == ["date 2026-03-14", "Ferry talks resume in Kessel"]
    assert [s.text for s in courier.sentences][:3] == ["date: 2026-03-15", *["Ferry talks resume in Kessel"] * 2]
    assert herald.sentences[1].label == "shared"
    assert [(r.reason, r.text) for r in herald.removed] == [("promo", "Read more")]
    assert courier.removed == ()
    # What loading reads is read all the same.
    assert (herald.title, herald.date, courier.date) == ("Ferry talks resume in Kessel", "2026-03-14", "2026-03-15")


def test_metadata_is_removed_and_reported_by_default() -> None:
    herald, courier = newsdiff.compare(HEADED).articles
    assert [r.reason for r in herald.removed] == ["metadata", "headline", "promo"]
    assert [r.reason for r in courier.removed] == ["metadata", "headline", "headline-duplicate"]
    assert all("Ferry talks resume" not in s.text for article in (herald, courier) for s in article.sentences)


@pytest.mark.parametrize("value", ["no", "False", 0, None])
def test_a_metadata_option_that_is_not_true_or_false_is_an_input_error(value: object) -> None:
    """Taken for its truth, metadata="no" removed the metadata it asked to keep."""
    with pytest.raises(newsdiff.InputError, match=rf"^metadata must be True or False, not {re.escape(repr(value))}: "):
        newsdiff.compare(HEADED, metadata=value)  # type: ignore[arg-type]


@pytest.mark.parametrize("value", ["no", "False", 0, None])
def test_a_progress_option_that_is_not_true_or_false_is_an_input_error(value: object) -> None:
    """Taken for its truth, progress="no" drew the bar it asked to leave out."""
    with pytest.raises(newsdiff.InputError, match=rf"^progress must be True or False, not {re.escape(repr(value))}: "):
        newsdiff.compare(["no such file.txt"], progress=value)  # type: ignore[arg-type]


def test_str_summarises_per_article(harbour: newsdiff.Comparison) -> None:
    text = str(harbour)
    assert "2 articles" in text and "Coastal Courier:" in text
    one = str(newsdiff.compare(["The harbour talks began in Kessel.", "The harbour talks began in Kessel."]))
    assert "1 claim carried" in one and ": 1 sentence, 1 shared" in one and "0 removals" in one


def test_str_tells_apart_two_articles_of_one_outlet() -> None:
    result = newsdiff.compare(
        [
            newsdiff.Article("The ferry to Marrow sailed at dawn.", id="morning", outlet="Harbour Herald"),
            newsdiff.Article("The ferry to Marrow sailed at dawn, late.", id="evening", outlet="Harbour Herald"),
            newsdiff.Article("The ferry to Marrow sailed at dawn.", id="wire", outlet="Wire"),
        ]
    )
    lines = str(result).splitlines()[1:]
    assert [line.split(":")[0].strip() for line in lines] == [
        "Harbour Herald (morning)",
        "Harbour Herald (evening)",
        "Wire",
    ]


def test_example_cluster_compares_with_every_label(example_paths: list[Path]) -> None:
    result = newsdiff.compare(newsdiff.load(example_paths))
    labels = {s.label for a in result.articles for s in a.sentences}
    assert labels == {"shared", "paraphrased", "unique"}
    assert all(a.removed for a in result.articles)


def _pairs(result: newsdiff.Comparison) -> dict[tuple[str, int, str, int], newsdiff.Match]:
    return {(a.id, s.index, m.article, m.sentence): m for a in result.articles for s in a.sentences for m in s.matches}


def test_threshold_and_floor_trade_matches_for_sureness(example_paths: list[Path]) -> None:
    from newsdiff.relate import CLUSTER_FLOOR, CLUSTER_THRESHOLD

    articles = newsdiff.load(example_paths)
    default = _pairs(newsdiff.compare(articles))
    # Mutual best matches below the cut are what the floor adds; at the cut it adds none.
    without_floor = _pairs(newsdiff.compare(articles, floor=CLUSTER_THRESHOLD))
    assert set(without_floor) < set(default)
    assert all(m.score >= CLUSTER_THRESHOLD for m in without_floor.values() if m.label == "paraphrased")
    assert any(CLUSTER_FLOOR <= m.score < CLUSTER_THRESHOLD for m in default.values())
    # A higher threshold keeps fewer, surer paraphrases.
    strict = _pairs(newsdiff.compare(articles, threshold=0.5, floor=0.5))
    assert set(strict) < set(without_floor)
    assert all(m.score >= 0.5 for m in strict.values() if m.label == "paraphrased")
    loose = _pairs(newsdiff.compare(articles, threshold=0.1))
    assert set(loose) > set(without_floor)


def test_a_higher_threshold_alone_gives_fewer_surer_matches(example_paths: list[Path]) -> None:
    from newsdiff.relate import CLUSTER_FLOOR, CLUSTER_THRESHOLD

    articles = newsdiff.load(example_paths)
    default = _pairs(newsdiff.compare(articles))
    strict = _pairs(newsdiff.compare(articles, threshold=0.5))
    assert set(strict) < set(default)
    # The floor rises with the threshold: no pair below the engine's own cut is kept as a best match at 0.5.
    assert min(m.score for m in strict.values() if m.label == "paraphrased") >= CLUSTER_THRESHOLD
    # At the engine's own threshold, the floor is the engine's too.
    assert _pairs(newsdiff.compare(articles, threshold=CLUSTER_THRESHOLD)) == default
    assert _pairs(newsdiff.compare(articles, threshold=CLUSTER_THRESHOLD, floor=CLUSTER_FLOOR)) == default


@pytest.mark.parametrize(
    ("option", "value"), [("threshold", 1.5), ("floor", -0.1), ("threshold", "0.5"), ("floor", True)]
)
def test_a_threshold_outside_0_to_1_is_an_input_error(option: str, value: object) -> None:
    with pytest.raises(newsdiff.InputError, match=f"{option} must be a score between 0 and 1, got {value!r}"):
        newsdiff.compare([HARBOUR_A, HARBOUR_B], **{option: value})


@pytest.mark.parametrize("value", [Decimal("0.3"), Fraction(3, 10)])
def test_a_threshold_that_is_not_a_float_is_named_for_its_type(value: object) -> None:
    # The value is between 0 and 1; saying only that it must be would leave the caller puzzled.
    expected = rf"got {re.escape(repr(value))}: a {type(value).__name__}, not a float; give a float"
    with pytest.raises(newsdiff.InputError, match=expected):
        newsdiff.compare([HARBOUR_A, HARBOUR_B], threshold=value)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("option", "value", "named"),
    [("extra_rules", None, "NoneType"), ("rules", "Read more", "str"), ("extra_rules", "rule", "NoiseRule")],
)
def test_rules_that_are_not_a_list_are_an_input_error_naming_the_option(option: str, value: object, named: str) -> None:
    value = newsdiff.default_rules()[0] if value == "rule" else value
    with pytest.raises(newsdiff.InputError, match=rf"^{option} must be a list of NoiseRule objects, got {named}; give"):
        newsdiff.compare([HARBOUR_A, HARBOUR_B], **{option: value})


@pytest.mark.parametrize("option", [{"engine": "lexicall"}, {"extra_rules": None}, {"metadata": "no"}])
def test_a_bad_option_is_refused_before_any_article_is_read(option: dict[str, object]) -> None:
    # The second article is all noise: reading it first would report it, not the option at fault.
    with pytest.raises(newsdiff.InputError, match=str(next(iter(option.values())))):
        newsdiff.compare(["The talks began.", "Full Screen\n1 / 4\n"], **option)  # type: ignore[arg-type]


@pytest.mark.parametrize(("option", "value"), [("extra_rules", ["Read more"]), ("rules", [None])])
def test_a_list_of_rules_holding_what_is_no_rule_is_refused_naming_the_option_before_any_article_is_read(
    tmp_path: Path, option: str, value: list[object]
) -> None:
    # It was refused only as the articles were cleaned, as "noise rules" whichever option held it: a file missing
    # from the list was reported first.
    missing = tmp_path / "missing.txt"
    named = type(value[0]).__name__
    with pytest.raises(newsdiff.InputError, match=rf"^{option}, rule 1: is {named}, not a NoiseRule"):
        newsdiff.compare([missing, HARBOUR_B], **{option: value})  # type: ignore[arg-type]


def test_rules_written_as_data_are_refused_naming_how_to_read_them() -> None:
    # A dict was taken key by key: {} compared with no rules at all, without a word.
    for value in ({}, {"pattern": "Read more", "reason": "promo"}):
        with pytest.raises(newsdiff.InputError, match=r"^rules must be a list of NoiseRule objects, got dict; .*data"):
            newsdiff.compare([HARBOUR_A, HARBOUR_B], rules=value)  # type: ignore[arg-type]


def test_one_article_given_without_a_list_is_told_to_give_a_list() -> None:
    with pytest.raises(newsdiff.InputError, match=r"got 1: articles is a single Article, not a list; give a list"):
        newsdiff.compare(newsdiff.Article("The harbour reopened on Monday."))  # type: ignore[arg-type]


def test_texts_given_as_a_dict_by_id_are_told_how_to_give_them() -> None:
    texts = {"herald": "The talks began in Kessel. It rained.", "courier": "The talks began in Kessel. Snow fell."}
    message = (
        r"^articles is one dict without a 'text' field \(keys: herald, courier\): .*; to compare texts by id, give \["
    )
    with pytest.raises(newsdiff.InputError, match=message):
        newsdiff.compare(texts)  # type: ignore[arg-type]
    # The list the message gives compares them.
    result = newsdiff.compare([newsdiff.Article(text, id=key) for key, text in texts.items()])
    assert [a.id for a in result.articles] == ["herald", "courier"]


def test_articles_or_paths_given_as_a_dict_by_name_are_told_how_to_give_them(tmp_path: Path) -> None:
    # Read as one record, such a dict was said to have no 'text' field, which says nothing of the mistake.
    herald, courier = tmp_path / "herald.txt", tmp_path / "courier.txt"
    herald.write_text("The talks began in Kessel. It rained.", encoding="utf-8")
    courier.write_text("The talks began in Kessel. Snow fell.", encoding="utf-8")
    given = [
        {"herald": newsdiff.Article(herald.read_text(encoding="utf-8"), id="herald"), "courier": courier},
        {"herald": herald, "courier": str(courier)},
    ]
    for articles in given:
        message = (
            r"^articles is one dict without a 'text' field \(keys: herald, courier\): .*list\(articles.values\(\)\)"
        )
        with pytest.raises(newsdiff.InputError, match=message):
            newsdiff.compare(articles)  # type: ignore[arg-type]
        # What the message says to give compares them.
        result = newsdiff.compare(list(articles.values()))
        assert [a.id for a in result.articles] == ["herald", "courier"]


def test_pairs_of_one_article_are_all_its_pairs() -> None:
    line = "The harbour of Kessel reopened on Monday after a long strike by the dock workers."
    result = newsdiff.compare([newsdiff.Article(line, id=name) for name in ("a", "b", "c")])
    everything = list(result.pairs())
    assert len(everything) == 3
    for name in ("a", "b", "c"):
        mine = [p for p in everything if name in (p.first_article, p.second_article)]
        assert list(result.pairs(name)) == mine == list(result.pairs(second=name))
    assert [(p.first_article, p.second_article) for p in result.pairs("c", "a")] == [("a", "c")]


@pytest.mark.parametrize(("first", "second"), [("nowhere", None), ("a", "nowhere")])
def test_pairs_of_an_unknown_article_is_an_input_error(first: str, second: str | None) -> None:
    result = newsdiff.compare([newsdiff.Article("The harbour reopened on Monday.", id=n) for n in ("a", "b")])
    with pytest.raises(newsdiff.InputError, match="no article 'nowhere'"):
        list(result.pairs(first, second))


@pytest.mark.parametrize("index", [-1, 1, True, "0"])
def test_word_diff_of_a_sentence_that_is_not_there_is_an_input_error(index: object) -> None:
    result = newsdiff.compare([newsdiff.Article("The harbour reopened on Monday.", id=n) for n in ("a", "b")])
    with pytest.raises(newsdiff.InputError, match="article 'a' has sentences 0 to 0"):
        result.word_diff("a", index, "b", 0)  # type: ignore[arg-type]


@pytest.mark.parametrize("threshold", [0.99, 1.0])
def test_a_high_threshold_still_finds_the_same_sentence_shared(threshold: float) -> None:
    line = "The harbour of Kessel reopened on Monday after the strike ended."
    result = newsdiff.compare([f"{line} Gulls returned.", f"{line} Snow fell."], threshold=threshold, floor=threshold)
    assert [s.label for s in result.articles[0].sentences] == ["shared", "unique"]


def test_rows_are_one_per_sentence_with_its_best_match(harbour: newsdiff.Comparison) -> None:
    rows = harbour.to_rows()
    assert [(r["article"], r["sentence"]) for r in rows] == [
        (a.id, s.index) for a in harbour.articles for s in a.sentences
    ]
    quote = sentence(harbour, "a", "“We will not sign")
    [row] = [r for r in rows if r["article"] == "a" and r["sentence"] == quote.index]
    assert (row["label"], row["text"], row["start"], row["end"]) == ("shared", quote.text, quote.start, quote.end)
    assert row["matches"] == len(quote.matches) and row["matched_articles"] == ("b",)
    strongest = max(quote.matches, key=lambda m: (m.label == "shared", m.score))
    assert (row["best_article"], row["best_sentence"], row["best_score"]) == ("b", strongest.sentence, strongest.score)
    unique = sentence(harbour, "a", "Fishing crews")
    [row] = [r for r in rows if r["article"] == "a" and r["sentence"] == unique.index]
    assert row["matches"] == 0 and row["matched_articles"] == ()
    assert row["best_article"] is row["best_sentence"] is row["best_score"] is None


def test_best_match_prefers_a_shared_match_to_a_higher_scored_paraphrase() -> None:
    first = newsdiff.Sentence(
        0, "x", 0, 1, "shared", (newsdiff.Match("b", 4, "paraphrased", 0.9), newsdiff.Match("c", 2, "shared", 0.7))
    )
    # The counterparts match it back, as a comparison's matches do.
    back = {"b": (4, "paraphrased", 0.9), "c": (2, "shared", 0.7)}
    others = {
        name: tuple(
            newsdiff.Sentence(i, "x", 0, 1, label, (newsdiff.Match("a", 0, label, score),))
            if i == index
            else newsdiff.Sentence(i, "x", 0, 1, "unique")
            for i in range(index + 1)
        )
        for name, (index, label, score) in back.items()
    }
    articles = tuple(
        newsdiff.ArticleResult(name, None, None, None, None, None, "x", sentences, ())
        for name, sentences in (("a", (first,)), *others.items())
    )
    row = newsdiff.Comparison(articles, ()).to_rows()[0]
    assert (row["best_article"], row["best_sentence"], row["best_score"]) == ("c", 2, 0.7)


def test_csv_reads_back_as_the_rows(harbour: newsdiff.Comparison) -> None:
    import csv
    import io

    rows = list(csv.DictReader(io.StringIO(harbour.to_csv(), newline="")))
    expected = harbour.to_rows()
    for got, want in zip(rows, expected, strict=True):
        assert got["text"] == want["text"] and got["label"] == want["label"]
        assert int(got["sentence"]) == want["sentence"] and int(got["start"]) == want["start"]
        assert got["matched_articles"].split(";") == list(want["matched_articles"]) or (
            got["matched_articles"] == "" and want["matched_articles"] == ()
        )
        assert got["best_score"] == ("" if want["best_score"] is None else str(want["best_score"]))


def test_a_file_that_is_all_noise_is_named_by_its_path(tmp_path: Path) -> None:
    # Named by its id alone ("noise-2"), the file was hard to find: two folders' noise.txt are noise and noise-2.
    for folder in ("east", "west"):
        (tmp_path / folder).mkdir()
    (tmp_path / "east" / "noise.txt").write_text("The talks began on Monday in Kessel.", encoding="utf-8")
    (tmp_path / "west" / "noise.txt").write_text("Full Screen\n1 / 4\nRead more\n", encoding="utf-8")
    path = str(tmp_path / "west" / "noise.txt")
    with pytest.raises(newsdiff.InputError, match=re.escape(f"{path} (id 'noise-2'): no sentences left")):
        newsdiff.compare([tmp_path / "east" / "noise.txt", path])


def test_progress_shows_a_bar_on_standard_error_and_nothing_when_off(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    compare_module = importlib.import_module("newsdiff.compare")  # the package name "compare" is the function

    monkeypatch.setattr(compare_module, "PROGRESS_DELAY", 0)  # a small comparison is quicker than the usual delay
    quiet = newsdiff.compare([HARBOUR_A, HARBOUR_B])
    assert capsys.readouterr() == ("", "")
    shown = newsdiff.compare([HARBOUR_A, HARBOUR_B], progress=True)
    out, err = capsys.readouterr()
    assert out == "" and "newsdiff compare" in err and "pair" in err
    assert shown.to_json() == quiet.to_json()


def _big_result(articles: int) -> newsdiff.Comparison:
    """A hand-built result of many long articles, each sentence matching the next article's and the one before's."""
    text = "The ferry to Kessel left at noon. " * 300
    built = []
    for n in range(articles):
        others = sorted({f"outlet-{(n + 1) % articles}", f"outlet-{(n - 1) % articles}"})
        matches = [tuple(newsdiff.Match(other, i, "shared", 1.0) for other in others) for i in range(300)]
        sentences = tuple(
            newsdiff.Sentence(i, "The ferry to Kessel left at noon.", 34 * i, 34 * i + 33, "shared", matches[i])
            for i in range(300)
        )
        built.append(newsdiff.ArticleResult(f"outlet-{n}", None, None, None, None, None, text, sentences, ()))
    return newsdiff.Comparison(tuple(built), ())


def test_repr_of_a_large_result_names_a_few_articles_and_counts_the_rest() -> None:
    result = _big_result(40)
    text = repr(result)
    assert len(text) < 400, f"repr is {len(text):,} characters"
    assert "'outlet-0'" in text and "'outlet-4'" in text and "'outlet-5'" not in text
    assert "35 more" in text and "sentences=12000" in text
    article = repr(result.articles[0])
    assert len(article) < 300 and "sentences=300" in article and "10,200 characters" in article


def test_pairs_between_an_article_and_itself_are_none() -> None:
    line = "The harbour of Kessel reopened on Monday after a long strike by the dock workers."
    result = newsdiff.compare([newsdiff.Article(line, id=name) for name in ("a", "b")])
    assert len(list(result.pairs("a"))) == 1
    assert list(result.pairs("a", "a")) == []


def test_pairs_of_an_unknown_article_is_an_input_error_at_the_call() -> None:
    result = newsdiff.compare([newsdiff.Article("The harbour reopened on Monday.", id=n) for n in ("a", "b")])
    with pytest.raises(newsdiff.InputError, match="no article 'nowhere'"):
        result.pairs("nowhere")


@pytest.mark.parametrize("score", [float("nan"), float("inf"), -0.1, 1.5, Fraction(3, 2)])
def test_a_match_scored_outside_0_to_1_is_an_input_error(score: object) -> None:
    # Else a hand-built result's to_json would write NaN or Infinity, which is not JSON.
    with pytest.raises(newsdiff.InputError, match=r"match with 'b' sentence 2: score must be between 0 and 1, got "):
        newsdiff.Match("b", 2, "shared", score)  # type: ignore[arg-type]


@pytest.mark.parametrize(("score", "kind"), [("0.9", "str"), (True, "bool")])
def test_a_match_scored_with_what_is_no_number_is_refused_naming_its_type(score: object, kind: str) -> None:
    # A string was told it was not between 0 and 1.
    told = (
        rf"^match with 'b' sentence 2: score must be a number between 0 and 1, not a {kind}: {re.escape(repr(score))}$"
    )
    with pytest.raises(newsdiff.InputError, match=told):
        newsdiff.Match("b", 2, "shared", score)  # type: ignore[arg-type]


@pytest.mark.parametrize("score", [Fraction(1, 2), Decimal("0.5"), 1, 0])
def test_a_match_scored_with_any_real_number_holds_it_as_a_float_json_writes(score: object) -> None:
    # A real number that is no float, as numpy's float32 in a DataFrame's score column is, was refused as out of range,
    # and json cannot write every one.
    match = newsdiff.Match("b", 2, "paraphrased", score)  # type: ignore[arg-type]
    assert type(match.score) is float and match.score == float(score)  # type: ignore[arg-type]
    assert json.dumps(match.score) == repr(float(score))  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("build", "told"),
    [
        (lambda: newsdiff.Sentence(3, "Talks began.", 0, 12, "Shared"), "sentence 3: label 'Shared' is not one of "),
        (lambda: newsdiff.Match("b", 2, "unique", 0.5), "match with 'b' sentence 2: label 'unique' is not one of "),
        (lambda: newsdiff.Group(0, "unrelated", (("a", 0), ("b", 2))), "claim 0: label 'unrelated' is not one of "),
    ],
)
def test_a_result_built_with_a_label_schema_1_does_not_hold_is_refused_naming_it(
    build: Callable[[], object], told: str
) -> None:
    # It was kept: to_json wrote it, and from_json refused the file it wrote.
    with pytest.raises(newsdiff.InputError, match=f"^{re.escape(told)}"):
        build()


def test_json_of_a_result_is_strict_json(harbour: newsdiff.Comparison) -> None:
    def refuse(constant: str) -> None:
        raise AssertionError(f"{constant} in the JSON")

    assert json.loads(harbour.to_json(), parse_constant=refuse) == harbour.to_dict()


def _bridge() -> dict[str, object]:
    return newsdiff.compare(
        [
            newsdiff.Article("The old bridge in Marrow will close for repairs in June. Buses will detour.", id="post"),
            newsdiff.Article("The old bridge in Marrow will close for repairs in June, the council said.", id="ledger"),
        ]
    ).to_dict()


def _first_match(data: dict) -> dict:
    return data["articles"][0]["sentences"][0]["matches"][0]


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (
            lambda d: d["groups"][0]["members"].append({"article": "gone", "sentence": 0}),
            "group 0 holds sentence 0 of 'gone'",
        ),
        (
            lambda d: d["groups"][0]["members"].append({"article": "post", "sentence": 5}),
            "group 0 holds sentence 5 of 'post'",
        ),
        (lambda d: d["groups"][0].update(label="copied"), "label 'copied' is not one of shared, paraphrased"),
        (lambda d: d["articles"][1].update(id="post"), "two articles have the id 'post'"),
        (lambda d: d["articles"][1]["sentences"][0].update(matches=[]), "which does not match it back"),
        (lambda d: _first_match(d).update(score=0.5), "which does not match it back with the same label and score"),
        (
            lambda d: d["articles"][0]["sentences"][0].update(label="unique"),
            "labelled 'unique', but its matches make it",
        ),
        (lambda d: _first_match(d).update(article="post"), "matches sentence 0 of its own article"),
        (
            lambda d: d["articles"][0]["sentences"][0].update(text=None),
            r"\(it is null, so its value is missing; give a string\)",
        ),
        (lambda d: d["articles"][0].update(id=7), r"\(7 is not a string\)"),
        (lambda d: d["articles"][0]["sentences"][1].update(start=3.7), r"\(3\.7 is not a whole number\)"),
        (lambda d: d["articles"][0]["sentences"][1].update(index=True), r"\(true is a boolean, not a whole number\)"),
        (lambda d: _first_match(d).update(score="1.0"), r"\(score '1\.0' is not a number\)"),
        (lambda d: d.update(articles={}), r"articles is not as to_dict writes it \(an object, not a list\)"),
        (lambda d: d["groups"][0].update(members=[]), "group 0 holds sentences of 0 articles; a claim is"),
        (lambda d: d["groups"][0]["members"].pop(), "group 0 holds sentences of 1 article; a claim is carried by two"),
        (lambda d: d["groups"].append(dict(d["groups"][0])), "two groups have the id 0"),
        (lambda d: d["groups"].append({**d["groups"][0], "id": 1}), "sentence 0 of 'post' is in groups 0 and 1"),
        (
            lambda d: d["groups"][0]["members"].append({"article": "post", "sentence": 1}),
            "group 0 holds sentence 1 of 'post', which matches no sentence",
        ),
    ],
)
def test_a_result_read_back_is_refused_where_it_breaks_the_contract(change, message: str) -> None:
    # Each of these was read, then failed in the report (KeyError, IndexError) or became wrong data ('None', 3).
    data = _bridge()
    change(data)
    with pytest.raises(newsdiff.InputError, match=message):
        newsdiff.Comparison.from_dict(data)


@pytest.fixture(scope="module")
def talks() -> newsdiff.Comparison:
    return newsdiff.compare(
        [
            newsdiff.Article("The talks began in Kessel on Monday. It rained all day.", id="herald"),
            newsdiff.Article("The talks began in Kessel on Monday. Snow fell on the port.", id="courier"),
        ]
    )


def test_a_sentence_is_found_by_its_article_and_index_as_a_match_names_it(talks: newsdiff.Comparison) -> None:
    first = talks.sentence("herald", 0)
    assert [talks.sentence(m.article, m.sentence).text for m in first.matches] == [first.text]
    assert talks.sentence("courier", 1).text == "Snow fell on the port."


def test_a_claims_members_are_its_articles_and_sentences(talks: newsdiff.Comparison) -> None:
    claim = talks.groups[0]
    expected = (
        (talks.article("herald"), talks.sentence("herald", 0)),
        (talks.article("courier"), talks.sentence("courier", 0)),
    )
    assert talks.members(claim) == talks.members(claim.id) == expected


@pytest.mark.parametrize(
    ("look_up", "message"),
    [
        (lambda r: r.article("gazette"), r"^no article 'gazette' in this comparison \(articles: herald, courier\)$"),
        (lambda r: r.sentence("herald", 2), r"^article 'herald' has sentences 0 to 1, not 2$"),
        (lambda r: r.sentence("gazette", 0), r"^no article 'gazette'"),
        (lambda r: r.members(4), r"^no claim 4 in this comparison \(claim ids here: 0\)$"),
        (lambda r: r.members(newsdiff.Group(0, "shared", (("gazette", 0),))), r"^claim 0 is another comparison's"),
    ],
)
def test_a_lookup_of_what_is_not_there_is_a_key_error_naming_what_is(
    talks: newsdiff.Comparison, look_up, message: str
) -> None:
    # A KeyError, as a mapping raises, and still an InputError, as it was; its message is not quoted as a key.
    with pytest.raises(KeyError, match=message) as raised:
        look_up(talks)
    assert isinstance(raised.value, newsdiff.InputError)
    assert isinstance(raised.value, newsdiff.NotFoundError)  # public, to catch this and nothing else


def test_the_json_of_a_comparison_is_the_same_under_any_hash_seed(example_paths: list[Path]) -> None:
    # Sets and dicts of words are walked in an order that changes with the hash seed from one process to the next
    # (a batch's workers, two runs): sums, ties and claims must not follow it.
    import os
    import subprocess
    import sys

    script = "import sys, newsdiff; print(newsdiff.compare(newsdiff.load(sys.argv[1:])).to_json())"
    outputs = {
        subprocess.run(
            [sys.executable, "-c", script, *map(str, example_paths)],
            env={**os.environ, "PYTHONHASHSEED": str(seed)},
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        for seed in (0, 1, 2)
    }
    assert len(outputs) == 1


class Position:
    """A whole number that is not an ``int``, as numpy's ``int64`` in a DataFrame of :meth:`to_rows` is."""

    def __init__(self, value: int) -> None:
        self.value = value

    def __index__(self) -> int:
        return self.value

    def __repr__(self) -> str:
        return f"Position({self.value})"


def test_a_result_built_with_whole_numbers_of_another_type_holds_ints_that_json_writes() -> None:
    # numpy's int64, as a DataFrame of to_rows holds, was kept, and to_json failed: "int64 is not JSON serializable".
    line = "The ferry left Kessel at noon."
    zero: Any = Position(0)
    first = newsdiff.Sentence(zero, line, zero, Position(30), "shared", [newsdiff.Match("b", zero, "shared", 1.0)])  # type: ignore[arg-type]
    second = newsdiff.Sentence(0, line, 0, 30, "shared", [newsdiff.Match("a", 0, "shared", 1.0)])
    claim = newsdiff.Group(zero, "shared", [["a", zero], ("b", 0)])
    blank: Any = {"outlet": None, "title": None, "date": None, "source": None, "url": None, "text": ""}
    articles = [
        newsdiff.ArticleResult(id=i, sentences=(s,), removed=(), **blank) for i, s in (("a", first), ("b", second))
    ]
    result = newsdiff.Comparison(articles, [claim])  # type: ignore[arg-type]
    assert [type(n) for n in (first.index, first.start, first.end, first.matches[0].sentence, claim.id)] == [int] * 5
    assert claim == newsdiff.Group(0, "shared", (("a", 0), ("b", 0)))
    assert newsdiff.Comparison.from_json(result.to_json()) == result


@pytest.mark.parametrize(
    ("build", "told"),
    [
        (
            lambda: newsdiff.Sentence(1.0, "Talks began.", 0, 12, "unique"),
            "sentence 1.0: index must be a whole number, not a float: 1.0",
        ),
        (
            lambda: newsdiff.Sentence(1, "Talks began.", True, 12, "unique"),
            "sentence 1: start must be a whole number, not a bool: True",
        ),
        (
            lambda: newsdiff.Sentence(-1, "Talks began.", 0, 12, "unique"),
            "sentence -1: index -1 is no sentence's, which counts from 0",
        ),
        (
            lambda: newsdiff.Sentence(1, "Talks began.", 12, 0, "unique"),
            "sentence 1: start 12 and end 0 are not a span of the text: give 0 <= start <= end",
        ),
        (
            lambda: newsdiff.Match("b", "2", "shared", 1.0),
            "match with 'b' sentence 2: sentence must be a whole number, not a str: '2'",
        ),
        (
            lambda: newsdiff.Group("0", "shared", (("a", 0), ("b", 0))),
            "claim '0': id must be a whole number, not a str: '0'",
        ),
        (
            lambda: newsdiff.Group(-1, "shared", (("a", 0), ("b", 0))),
            "claim -1: id -1 is no claim's, which counts from 0",
        ),
        (
            lambda: newsdiff.Group(0, "shared", ("a0", ("b", 0))),
            "claim 0: members[0] must be an (article id, sentence index) pair, such as ('herald', 3); got 'a0'",
        ),
        (
            lambda: newsdiff.Group(0, "shared", (("a", 0), ("b", 0.0))),
            "claim 0: members[1]'s sentence index must be a whole number, not a float: 0.0",
        ),
    ],
)
def test_a_result_built_with_what_is_no_index_or_span_is_refused_naming_the_field(
    build: Callable[[], object], told: str
) -> None:
    # Each was kept, and to_json wrote what from_json refused; a claim's member given as a string was read letter by
    # letter.
    with pytest.raises(newsdiff.InputError, match=f"^{re.escape(told)}"):
        build()


@pytest.mark.parametrize(
    ("build", "told"),
    [
        (lambda: _of_ids([7]), "article 7: id must be a string, not an int: 7"),
        (
            lambda: _of_ids(["herald"], outlet=3.0),
            "article 'herald': outlet must be a string or None, not a float: 3.0",
        ),
        (lambda: _of_ids(["herald"], text=None), "article 'herald': text is missing (None); give a string"),
        (lambda: newsdiff.Sentence(0, None, 0, 5, "unique"), "sentence 0: text is missing (None); give a string"),
        (
            lambda: newsdiff.Match(2, 0, "shared", 1.0),
            "match with 2 sentence 0: article must be a string, not an int: 2",
        ),
        (
            lambda: newsdiff.Group(0, "shared", ((1, 0), ("wire", 0))),
            "claim 0: members[0]'s article id must be a string, not an int: 1",
        ),
    ],
)
def test_a_result_built_with_what_is_no_text_where_schema_1_holds_text_is_refused_naming_the_field(
    build: Callable[[], object], told: str
) -> None:
    # Each was kept: to_json wrote a number or null where the schema holds a string, and from_json refused it.
    with pytest.raises(newsdiff.InputError, match=f"^{re.escape(told)}$"):
        build()


def test_a_comparison_built_with_a_version_or_scoring_of_another_type_is_refused_saying_what_to_give(
    talks: newsdiff.Comparison,
) -> None:
    # A version of None printed as "newsdiff None" and was read back as of an unknown one; a scoring given as the
    # engine's name failed in relate() with "'str' object has no attribute 'engine'".
    with pytest.raises(
        newsdiff.InputError, match=r"^comparison: version is missing \(None\); give the newsdiff version"
    ):
        dataclasses.replace(talks, version=None)
    with pytest.raises(
        newsdiff.InputError,
        match=r"^comparison: scoring must be a Scoring or None, not a str: 'lexical'; say how it was scored with ",
    ):
        dataclasses.replace(talks, scoring="lexical")


def test_a_sentence_is_found_by_any_whole_number_such_as_a_dataframes(talks: newsdiff.Comparison) -> None:
    assert talks.sentence("courier", Position(1)) == talks.sentence("courier", 1)
    assert talks.word_diff("herald", Position(0), "courier", Position(0)) == talks.word_diff("herald", 0, "courier", 0)
    with pytest.raises(newsdiff.NotFoundError, match=r"has sentences 0 to 1, not Position\(2\)$"):
        talks.sentence("courier", Position(2))


@pytest.mark.parametrize("index", [True, 1.0, "1"])
def test_a_sentence_index_that_is_not_a_whole_number_is_not_found(talks: newsdiff.Comparison, index: object) -> None:
    message = rf"has sentences 0 to 1, not {re.escape(repr(index))}: a {type(index).__name__}; give a whole number$"
    with pytest.raises(newsdiff.NotFoundError, match=message):
        talks.sentence("courier", index)  # type: ignore[arg-type]


VELMOR = st.sampled_from(
    [
        "The Velmor council approved the new ferry timetable on Tuesday.",
        "On Tuesday the Velmor council approved a new ferry timetable.",
        "Boats will leave every forty minutes.",
        "Ferries will depart every forty minutes, officials said.",
        "Mayor Ilsa Brandt called it a fair compromise.",
        "\u201cIt is a fair compromise,\u201d Mayor Ilsa Brandt said.",
        "Fares stay the same.",
        "Fishermen at the north quay said they were not consulted.",
    ]
)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.lists(VELMOR, min_size=1, max_size=4).map(" ".join), min_size=2, max_size=5))
def test_claims_of_any_cluster_part_its_matched_sentences_and_read_back(texts: list[str]) -> None:
    # Repeated sentences, within an article and across, are in the draw: a claim may hold two of one article.
    result = newsdiff.compare([newsdiff.Article(text, id=f"outlet-{n}") for n, text in enumerate(texts)])
    placed = [member for claim in result.groups for member in claim.members]
    assert len(placed) == len(set(placed))
    assert [claim.id for claim in result.groups] == list(range(len(result.groups)))
    for claim in result.groups:
        assert len({article for article, _ in claim.members}) >= 2
        assert all(result.sentence(*member).matches for member in claim.members)
    assert newsdiff.Comparison.from_dict(result.to_dict()).to_dict() == result.to_dict()


def _of_ids(ids: list[Any], **given: Any) -> newsdiff.Comparison:
    blank = {"outlet": None, "title": None, "date": None, "source": None, "url": None, "text": "", **given}
    articles = tuple(newsdiff.ArticleResult(id=i, sentences=(), removed=(), **blank) for i in ids)
    return newsdiff.Comparison(articles, ())


def test_an_unknown_article_of_a_big_comparison_names_a_few_ids_and_counts_the_rest() -> None:
    result = _of_ids([f"outlet-{n:02d}" for n in range(30)])
    with pytest.raises(newsdiff.NotFoundError) as raised:
        result.article("gazette")
    assert str(raised.value).strip("'\"") == (
        "no article 'gazette' in this comparison (articles: "
        + ", ".join(f"outlet-{n:02d}" for n in range(10))
        + ", … 20 more)"
    )


def test_an_article_asked_of_a_comparison_of_none_says_there_are_none() -> None:
    # It said "(articles: )", as though a word were left out.
    with pytest.raises(newsdiff.NotFoundError) as raised:
        _of_ids([]).article("gazette")
    assert str(raised.value) == "no article 'gazette' in this comparison (articles: none)"


def test_a_comparison_built_with_two_articles_of_one_id_is_refused_naming_it() -> None:
    # It was kept: article("herald") found the first alone, and to_json wrote what from_json refused.
    with pytest.raises(newsdiff.InputError, match=r"^articles\[2\]: two articles have the id 'herald'; give every "):
        _of_ids(["herald", "wire", "herald"])


def test_an_unknown_article_id_close_to_a_known_one_is_suggested() -> None:
    result = _of_ids([f"outlet-{n:02d}" for n in range(30)] + ["Harbour-Herald"])
    with pytest.raises(newsdiff.NotFoundError, match=r"\(articles: .*, … 21 more\); did you mean 'Harbour-Herald'\?$"):
        result.article("harbour-herald")


def test_an_aligned_pairs_repr_names_its_sentences_by_article_and_index_with_their_openings() -> None:
    # It printed both sentences whole with every match of each: over a thousand characters for one pair.
    result = newsdiff.compare(
        [
            {"id": "herald", "text": "The ferry company said on Monday that its boats would return to Kessel harbour."},
            {"id": "wire", "text": "Its boats will return to Kessel harbour, the ferry company said on Monday."},
        ]
    )
    pair = next(result.pairs())
    assert repr(pair) == (
        "AlignedPair('herald'[0] 'The ferry company said on Monday that …', "
        f"'wire'[0] 'Its boats will return to Kessel harbour, …', label={pair.label!r}, score={pair.score!r})"
    )


def test_an_article_of_the_comparison_is_taken_for_its_id_and_another_comparisons_is_refused_naming_it() -> None:
    # result.pairs(result.articles[0]) was "no article ArticleResult(id='herald', ...) in this comparison".
    def compared(*texts: tuple[str, str]) -> newsdiff.Comparison:
        return newsdiff.compare([newsdiff.Article(text, id=name) for name, text in texts])

    result = compared(
        ("herald", "The ferry left Kessel at noon. It rained."), ("wire", "The ferry left Kessel at noon.")
    )
    herald, wire = result.articles
    assert result.article(wire) is wire
    assert list(result.pairs(wire)) == list(result.pairs("wire")) and result.sentence(herald, 1).text == "It rained."
    other = compared(
        ("herald", "The ferry left Kessel at dawn. It snowed."), ("post", "The ferry left Kessel at dawn.")
    )
    for article, told in (
        (other.articles[0], "article 'herald' is another comparison's"),
        (other.articles[1], "no article 'post' here"),
    ):
        with pytest.raises(newsdiff.NotFoundError) as raised:
            result.article(article)
        assert str(raised.value) == f"{told} (articles: herald, wire); give one of this comparison's articles or its id"


def test_an_article_is_found_by_its_outlet_as_print_names_it_unless_the_outlet_has_several() -> None:
    # The summary names outlets, and looking one up by that name was refused with a list of ids.
    result = newsdiff.compare(
        [
            {"id": "h1", "outlet": "Harbour Herald", "text": "The ferry returned to Kessel on Monday."},
            {"id": "w1", "outlet": "Tide Wire", "text": "The ferry came back to Kessel on Monday."},
            {"id": "w2", "outlet": "Tide Wire", "text": "The ferry was back in Kessel on Monday."},
        ]
    )
    assert result.article("Harbour Herald").id == "h1"
    assert result.article(" harbour  herald ").id == "h1"
    assert result.article("w2").id == "w2"  # an id is an id first
    assert [(p.first_article, p.second_article) for p in result.pairs("w2", "Harbour Herald")] == [("h1", "w2")]
    with pytest.raises(newsdiff.NotFoundError, match=r"'Tide Wire' has 2 articles here \(w1, w2\); give one of"):
        result.article("Tide Wire")
    with pytest.raises(newsdiff.NotFoundError, match=r"no article 'Coast Post'"):
        result.article("Coast Post")


def test_an_article_emptied_by_a_rule_names_the_rule() -> None:
    # A caller's rule that matches everything left each article without sentences, and the message named no
    # rule: the reasons of what was removed say which rule to look at.
    everything = newsdiff.NoiseRule("everything", r"(?s).+", "inline")
    with pytest.raises(newsdiff.InputError, match=r"article-1: no sentences left .*removed as 'everything' \(36 "):
        newsdiff.compare(
            ["The talks began on Monday in Kessel.", "The talks began on Monday."], extra_rules=[everything]
        )


class _ClosedDescriptor(io.StringIO):
    """Standard error as `2>&-` leaves it to a command: there, but every write fails."""

    def write(self, text: str) -> int:
        raise OSError(9, "Bad file descriptor")


@pytest.mark.parametrize("stderr", [_ClosedDescriptor(), None], ids=["closed", "none"])
def test_progress_that_cannot_be_drawn_leaves_the_comparison_and_other_bars_alone(
    stderr: io.StringIO | None, monkeypatch: pytest.MonkeyPatch
) -> None:
    # `newsdiff compare --progress 2>&-` lost the comparison to the bar's first write (OSError, or AttributeError
    # with sys.stderr None), and tqdm kept the lock every bar shares: a bar in another thread then waited for ever.
    monkeypatch.setattr(importlib.import_module("newsdiff.compare"), "PROGRESS_DELAY", 0)
    quiet = newsdiff.compare([HARBOUR_A, HARBOUR_B])
    monkeypatch.setattr(sys, "stderr", stderr)
    assert newsdiff.compare([HARBOUR_A, HARBOUR_B], progress=True).to_json() == quiet.to_json()
    elsewhere = threading.Thread(target=lambda: list(tqdm(range(2), file=io.StringIO(), delay=0)), daemon=True)
    elsewhere.start()
    elsewhere.join(timeout=30)
    assert not elsewhere.is_alive()


@pytest.mark.parametrize(
    ("recorded", "wording"),
    [
        (None, "by another newsdiff version (the comparison does not record which)"),
        ("9.0.0", f"by newsdiff 9.0.0, not this {newsdiff.__version__}"),
    ],
)
def test_a_match_scored_otherwise_names_the_version_that_compared_it_or_says_it_is_not_recorded(
    recorded: str | None, wording: str
) -> None:
    # A comparison read back without its version said it might have been compared "by newsdiff unknown".
    data = newsdiff.compare([HARBOUR_A, HARBOUR_B]).to_dict()
    data.pop("newsdiff")
    if recorded is not None:
        data["newsdiff"] = recorded
    again = newsdiff.Comparison.from_dict(data).scored_with("lexical", threshold=1.0, floor=1.0)
    article, index, match = next(
        (a.id, s.index, m) for a in again.articles for s in a.sentences for m in s.matches if m.score < 1.0
    )
    with pytest.raises(newsdiff.InputError, match="other settings") as refused:
        again.relate((article, index), (match.article, match.sentence))
    assert wording in str(refused.value) and "newsdiff unknown" not in str(refused.value)


@pytest.mark.parametrize(
    ("old", "new", "changed"),
    [("Brell", "Varga", "a name"), ("March", "April", "a figure or a date"), ("would", "would not", "a negation")],
)
def test_a_copy_but_for_one_change_is_told_why_it_is_not_shared(old: str, new: str, changed: str) -> None:
    # A pair of the same words but one scored 0.97 and was paraphrased "at or above the threshold": the reader could
    # not tell why so close a copy was not shared.
    first = "Minister Brell said the talks on the northern border would resume in Kessel in March."
    comparison = newsdiff.compare(
        [
            newsdiff.Article(f"{first} The weather in Dorn was fine.", id="herald"),
            newsdiff.Article(f"{first.replace(old, new)} Fish prices in Kessel fell.", id="courier"),
        ]
    )
    verdict = comparison.relate(("herald", 0), ("courier", 0))
    assert verdict.label == "paraphrased"
    assert verdict.because.endswith(f"the same words but for {changed}, so not shared")
    assert verdict.relation.changed == changed
    # A copy is shared and says nothing of a change.
    same = newsdiff.compare(
        [newsdiff.Article(first, id="herald"), newsdiff.Article(f"{first} Fish fell.", id="courier")]
    )
    assert "but for" not in same.relate(("herald", 0), ("courier", 0)).because
