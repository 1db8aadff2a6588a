"""Specifications of the evaluation harness: reading MSRP-layout files, scoring pairs and alignments."""

import importlib
import io
import json
import os
import re
import threading
import weakref
from pathlib import Path

import pytest
from click.testing import CliRunner

import newsdiff
from newsdiff import InputError, compare, relate
from newsdiff.align import RELATED_TOGETHER
from newsdiff.cli import main
from newsdiff.evaluate import (
    LabelledPair,
    PairScores,
    check_gold_articles,
    corpus_idf,
    evaluate_pairs,
    read_gold,
    read_pairs,
    relate_pairs,
    score_alignment,
    score_pairs,
)
from newsdiff.features import SentenceFeatures, featurize
from newsdiff.invisible import (
    DIRECTION_MARKS,
    GRAPHEME_JOINER,
    INVISIBLE_OPERATORS,
    MONGOLIAN_VOWEL_SEPARATOR,
    SOFT_HYPHEN,
    ZERO_WIDTH,
)
from newsdiff.relate import Pair, Relater, Relation, Weights, relate_features, relate_many, relater_for

HEADER = "Quality\t#1 ID\t#2 ID\t#1 String\t#2 String\n"
ROWS = [
    ("1", "The talks are due Wednesday evening.", "The talks are slated for Wednesday night."),
    ("0", "Heavy rain flooded the harbour town overnight.", "The central bank raised interest rates again."),
    ("1", "“We will respond,” the minister said.", "The minister told reporters: “We will respond.”"),
]


def write_pairs(tmp_path: Path, bom: bool = True) -> Path:
    path = tmp_path / "pairs.tsv"
    body = "".join(f"{q}\t{n}\t{n + 100}\t{a}\t{b}\n" for n, (q, a, b) in enumerate(ROWS))
    path.write_text(("\ufeff" if bom else "") + HEADER + body, encoding="utf-8")
    return path


def test_reads_msrp_layout_with_bom(tmp_path: Path) -> None:
    pairs = read_pairs(write_pairs(tmp_path))
    assert [p.paraphrase for p in pairs] == [True, False, True]
    assert pairs[0].second == ROWS[0][2]


def test_record_glued_to_the_previous_line_is_split(tmp_path: Path) -> None:
    path = tmp_path / "glued.tsv"
    path.write_text(
        HEADER + "1\t1\t2\tA dog ran.\tA dog ran fast.0\t3\t4\tRain fell.\tBanks closed.\n", encoding="utf-8"
    )
    pairs = read_pairs(path)
    assert [(p.paraphrase, p.second) for p in pairs] == [(True, "A dog ran fast."), (False, "Banks closed.")]


@pytest.mark.parametrize("end", ["\t", "\t\t", "\t \r"], ids=["one-tab", "two-tabs", "tab-space-crlf"])
@pytest.mark.parametrize("header", [HEADER, ""], ids=["with-header", "without-header"])
def test_tabs_at_the_end_of_a_row_are_left_aside(tmp_path: Path, end: str, header: str) -> None:
    # A spreadsheet's export may end a row with a tab, an empty field after the fifth: the row was refused as
    # "found 6; a tab inside a sentence splits it: put a space in its place", though no sentence held one.
    path = tmp_path / "pairs.tsv"
    path.write_text(header + f"1\t1\t2\tThe ferry left.\tIt left.{end}\n0\t3\t4\tRain fell.\tBanks closed.\n", "utf-8")
    pairs = read_pairs(path)
    assert [(p.paraphrase, p.first, p.second.strip()) for p in pairs] == [
        (True, "The ferry left.", "It left."),
        (False, "Rain fell.", "Banks closed."),
    ]


def test_a_sixth_field_that_is_not_empty_is_still_refused(tmp_path: Path) -> None:
    path = tmp_path / "pairs.tsv"
    path.write_text(HEADER + "1\t1\t2\tThe ferry left.\tIt left.\tsource-a\n", "utf-8")
    with pytest.raises(InputError, match=re.escape(f"{path}:2: expected five tab-separated fields")):
        read_pairs(path)


@pytest.mark.parametrize("blank", ["", "\n\n"], ids=["first-line", "after-blank-lines"])
def test_a_pair_file_without_the_header_line_is_read_from_its_first_line(tmp_path: Path, blank: str) -> None:
    with_header = read_pairs(write_pairs(tmp_path, bom=False))
    path = tmp_path / "headless.tsv"
    path.write_text(blank + write_pairs(tmp_path).read_text(encoding="utf-8-sig").removeprefix(HEADER), "utf-8")
    assert read_pairs(path) == with_header


def test_the_header_of_another_layout_is_named_as_neither_header_nor_pair(tmp_path: Path) -> None:
    path = tmp_path / "pairs.tsv"
    path.write_text("label\tsentence1\tsentence2\n1\tThe ferry left.\tIt left.\n", encoding="utf-8")
    with pytest.raises(InputError, match=re.escape(f"{path}:1: expected the header line of the MSRP layout or a pair")):
        read_pairs(path)


def test_scores_count_shared_and_paraphrased_as_matched() -> None:
    pairs = [LabelledPair(True, "a", "b"), LabelledPair(True, "c", "d"), LabelledPair(False, "e", "f")]
    relations = [Relation("shared", 0.9), Relation("unrelated", 0.1), Relation("paraphrased", 0.6)]
    scores = score_pairs(pairs, relations)
    assert (scores.true_positive, scores.false_negative, scores.false_positive, scores.true_negative) == (1, 1, 1, 0)
    assert scores.accuracy == pytest.approx(1 / 3)
    assert scores.f1 == pytest.approx(0.5)
    assert scores.labels["paraphrased"] == (0, 1)


def test_evaluate_pairs_on_easy_file_is_right(tmp_path: Path) -> None:
    scores = evaluate_pairs(write_pairs(tmp_path))
    assert scores.total == 3
    assert scores.accuracy == 1.0
    assert "accuracy 1.000" in str(scores)


def test_cli_evaluate_prints_the_scores(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["evaluate", str(write_pairs(tmp_path))])
    assert result.exit_code == 0
    assert "F1" in result.output


def test_alignment_gold_is_scored() -> None:
    comparison = compare(
        [
            "Officials said the bridge would reopen on Friday after repairs. A dog barked at the crowd.",
            "Officials said the bridge would reopen on Friday after repairs. The mayor wore a red hat.",
        ]
    )
    ids = [a.id for a in comparison.articles]
    gold = {
        "pairs": [
            {"a": ids[0], "a_text": "bridge would reopen", "b": ids[1], "b_text": "bridge would", "label": "shared"}
        ],
        "unique": [{"article": ids[0], "text": "A dog barked"}, {"article": ids[1], "text": "red hat"}],
    }
    scores = score_alignment(comparison, gold)
    assert (scores.pairs, scores.aligned, scores.labelled) == (1, 1, 1)
    assert (scores.uniques, scores.unique, scores.extra) == (2, 2, 0)


def test_a_gold_file_may_name_articles_by_their_file_names(tmp_path: Path) -> None:
    one, two = tmp_path / "one.txt", tmp_path / "two.txt"
    one.write_text("Officials said the bridge would reopen on Friday after repairs. A dog barked.", encoding="utf-8")
    two.write_text("Officials said the bridge would reopen on Friday after repairs. The mayor wore red.", "utf-8")
    comparison = compare([str(one), str(two)])
    pair = {"a": "one.txt", "a_text": "bridge would", "b": "two", "b_text": "bridge would", "label": "shared"}
    scores = score_alignment(comparison, {"pairs": [pair], "unique": [{"article": "two.txt", "text": "mayor"}]})
    assert (scores.aligned, scores.labelled, scores.unique, scores.extra) == (1, 1, 1, 0)
    with pytest.raises(InputError, match=r"three\.txt"):
        score_alignment(comparison, {"unique": [{"article": "three.txt", "text": "mayor"}]})


@pytest.mark.parametrize("pairs", [{}, {"pairs": []}], ids=["no-pairs-key", "empty-pairs"])
def test_a_gold_listing_no_pairs_judges_no_match_wrong(pairs: dict[str, list[object]]) -> None:
    comparison = compare(
        [
            "Officials said the bridge would reopen on Friday after repairs. A dog barked at the crowd.",
            "Officials said the bridge would reopen on Friday after repairs. The mayor wore a red hat.",
        ]
    )
    ids = [a.id for a in comparison.articles]
    scores = score_alignment(comparison, {**pairs, "unique": [{"article": ids[1], "text": "red hat"}]})
    assert (scores.matches, scores.extra, scores.unique) == (1, None, 1)
    assert scores.to_dict()["extra"] is None
    assert str(scores).splitlines()[-1] == "matches not in gold    not judged of 1: the gold lists no pairs"


def test_alignment_scores_are_broken_down_by_the_gold_pairs_confidence() -> None:
    comparison = compare(
        [
            "Officials said the bridge would reopen on Friday after repairs. A dog barked in the square.",
            "Officials said the bridge would reopen on Friday after repairs. The mayor wore a red hat.",
        ]
    )
    ids = [a.id for a in comparison.articles]
    pairs = [
        {"a": ids[0], "a_text": "bridge", "b": ids[1], "b_text": "bridge", "label": "shared", "confidence": "high"},
        {"a": ids[0], "a_text": "dog", "b": ids[1], "b_text": "mayor", "label": "paraphrased", "confidence": "medium"},
        {"a": ids[0], "a_text": "dog", "b": ids[1], "b_text": "bridge", "label": "paraphrased"},
    ]
    scores = score_alignment(comparison, {"pairs": pairs})
    assert (scores.pairs, scores.aligned) == (3, 1)
    assert scores.by_confidence == (("high", 1, 1), ("medium", 1, 0))
    assert "high confidence      1/1 = 100.0%" in str(scores)
    assert "medium confidence    0/1 = 0.0%" in str(scores)


GOLD_PAIR = {"a": "article-1", "a_text": "bridge would", "b": "article-2", "b_text": "bridge would"}


@pytest.mark.parametrize(
    ("gold", "message"),
    [
        (
            {"pairs": [{**GOLD_PAIR, "lable": "shared"}]},
            "pairs entry 1: key 'lable' is not one newsdiff reads; did you mean 'label'?",
        ),
        (
            {"pairs": [{**GOLD_PAIR, "Confidence": "high"}]},
            "pairs entry 1: key 'Confidence' is not one newsdiff reads; did you mean 'confidence'?",
        ),
        (
            {"pairs": [GOLD_PAIR], "uniques": [{"article": "article-1", "text": "dog"}]},
            "gold: key 'uniques' is not one newsdiff reads; did you mean 'unique'?",
        ),
        (
            {"unique": [{"article": "article-1", "txt": "dog"}]},
            "unique entry 1: key 'txt' is not one newsdiff reads; did you mean 'text'?",
        ),
    ],
    ids=["label", "confidence", "unique-list", "unique-text"],
)
def test_a_gold_key_misspelt_is_named_rather_than_its_value_left_out(gold: dict[str, object], message: str) -> None:
    comparison = compare(["The bridge would reopen on Friday. A dog barked.", "The bridge would reopen on Friday."])
    with pytest.raises(InputError, match=re.escape(message)):
        score_alignment(comparison, gold)


def test_a_gold_key_that_is_a_note_is_left_alone() -> None:
    comparison = compare(["The bridge would reopen on Friday. A dog barked.", "The bridge would reopen on Friday."])
    gold = {"about": "a note", "pairs": [{**GOLD_PAIR, "label": "shared", "note": "same wire copy"}]}
    assert score_alignment(comparison, gold).labelled == 1


def test_alignment_gold_text_not_found_is_an_input_error(tmp_path: Path) -> None:
    comparison = compare(["Talks began on Monday. It rained.", "Talks began on Monday. Snow fell."])
    gold = tmp_path / "gold.json"
    gold.write_text(json.dumps({"unique": [{"article": comparison.articles[0].id, "text": "hail"}]}), encoding="utf-8")
    with pytest.raises(InputError, match="hail"):
        score_alignment(comparison, gold)


@pytest.mark.parametrize(
    ("gold", "message"),
    [
        ([], "expected a JSON object with a 'pairs' list"),
        ({"notes": "none"}, "expected a JSON object with a 'pairs' list"),
        ({"pairs": {}}, "'pairs' must be a list, not an object"),
        ({"pairs": None}, "'pairs' must be a list, not null"),
        ({"pairs": ["a"]}, "pairs entry 1: expected an object, got a string"),
        ({"unique": [["a", "It rained"]]}, "unique entry 1: expected an object, got a list"),
        ({"pairs": [{"a": "one", "a_text": "Talks"}]}, "pairs entry 1: needs a non-empty string in 'b', 'b_text'"),
        ({"unique": [{"article": 1, "text": "It rained"}]}, "unique entry 1: needs a non-empty string in 'article'"),
        (
            {"pairs": [{"a": "one", "a_text": "Talks", "b": "two", "b_text": "Talks", "label": "same"}]},
            "label 'same' is not 'shared' or 'paraphrased'",
        ),
    ],
)
def test_a_gold_file_not_in_the_documented_layout_is_named_with_its_wrong_entry(
    tmp_path: Path, gold: object, message: str
) -> None:
    comparison = compare(["Talks began on Monday. It rained.", "Talks began on Monday. Snow fell."])
    path = tmp_path / "gold.json"
    path.write_text(json.dumps(gold), encoding="utf-8")
    with pytest.raises(InputError, match=re.escape(message)) as caught:
        score_alignment(comparison, path)
    assert str(caught.value).startswith(str(path))
    (tmp_path / "one.txt").write_text("Talks began on Monday. It rained.", encoding="utf-8")
    (tmp_path / "two.txt").write_text("Talks began on Monday. Snow fell.", encoding="utf-8")
    articles = [str(tmp_path / "one.txt"), str(tmp_path / "two.txt")]
    result = CliRunner().invoke(main, ["evaluate", "--gold", str(path), *articles])
    assert result.exit_code == 2 and message in result.output


@pytest.mark.parametrize("gold", [{"pairs": []}, {"unique": []}, {"pairs": [], "unique": []}])
def test_a_gold_of_no_entries_is_refused_rather_than_scored_nought_of_nought(tmp_path: Path, gold: object) -> None:
    # Scored, every figure read 0/0, as if a blank gold (its entries not yet written) were a result.
    comparison = compare(["Talks began on Monday. It rained.", "Talks began on Monday. Snow fell."])
    path = tmp_path / "gold.json"
    path.write_text(json.dumps(gold), encoding="utf-8")
    told = f"{path}: lists no pairs and no unique sentences, so there is nothing to score; give the 'pairs' of"
    with pytest.raises(InputError, match=re.escape(told)):
        score_alignment(comparison, path)
    with pytest.raises(InputError, match="alignment gold: lists no pairs and no unique sentences"):
        score_alignment(comparison, gold)  # type: ignore[arg-type]
    for name in ("one.txt", "two.txt"):
        (tmp_path / name).write_text("Talks began on Monday. It rained.", encoding="utf-8")
    result = CliRunner().invoke(
        main, ["evaluate", "--gold", str(path), str(tmp_path / "one.txt"), str(tmp_path / "two.txt")]
    )
    assert result.exit_code == 2
    assert result.output.startswith(f"newsdiff: error: {told}")
    assert result.output.count("\n") == 1


MSRP = Path(__file__).resolve().parents[2] / "shared" / "data" / "msrp_train.tsv"


@pytest.mark.skipif(not MSRP.exists(), reason="MSRP training split not beside the repository")
def test_default_engine_on_msrp_training_split_beats_lexical_baselines() -> None:
    scores = evaluate_pairs(MSRP)
    assert scores.total > 3000
    assert scores.accuracy > 0.73
    assert scores.f1 > 0.81


def test_a_sentence_may_hold_a_line_separator_or_form_feed(tmp_path: Path) -> None:
    path = tmp_path / "pairs.tsv"
    path.write_text(HEADER + "1\t1\t2\tThe ferry left\u2028at dawn.\tThe ferry\x0cleft at dawn.\n", encoding="utf-8")
    [pair] = read_pairs(path)
    assert (pair.first, pair.second) == ("The ferry left\u2028at dawn.", "The ferry\x0cleft at dawn.")


def test_an_empty_sentence_in_a_pair_is_named_with_its_line(tmp_path: Path) -> None:
    path = tmp_path / "pairs.tsv"
    path.write_text(HEADER + "1\t1\t2\tThe ferry left.\tIt left.\n0\t3\t4\t \tRain fell.\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"pairs\.tsv:3: a sentence of the pair is empty"):
        read_pairs(path)


def test_a_gold_file_may_start_with_a_byte_order_mark_and_its_errors_name_it(tmp_path: Path) -> None:
    comparison = compare(["Talks began on Monday. It rained.", "Talks began on Monday. Snow fell."])
    gold = tmp_path / "gold.json"
    unique = {"article": comparison.articles[0].id, "text": "It rained"}
    gold.write_text("\ufeff" + json.dumps({"unique": [unique]}), encoding="utf-8")
    assert score_alignment(comparison, gold).unique == 1
    gold.write_text(json.dumps({"unique": [{**unique, "article": "nowhere"}]}), encoding="utf-8")
    with pytest.raises(InputError, match=re.escape(f"{gold}, unique entry 1: names article 'nowhere'")):
        score_alignment(comparison, gold)


def test_a_file_name_two_articles_share_names_neither(tmp_path: Path) -> None:
    for folder, extra in (("east", "It rained."), ("west", "Snow fell.")):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "herald.txt").write_text(f"Talks began on Monday in Kessel. {extra}", encoding="utf-8")
    comparison = compare([tmp_path / "east" / "herald.txt", tmp_path / "west" / "herald.txt"])
    with pytest.raises(
        InputError, match=re.escape("'herald.txt' is the file name of herald and herald-2; name them by id")
    ):
        score_alignment(comparison, {"unique": [{"article": "herald.txt", "text": "Snow fell"}]})


def test_a_sentence_longer_than_the_csv_field_limit_is_read(tmp_path: Path) -> None:
    # The csv module refuses fields over 131,072 characters; a pair file is plain tab-separated text.
    long_sentence = "The ferry left at dawn and " * 6000 + "returned."
    path = tmp_path / "pairs.tsv"
    path.write_text(HEADER + f"1\t1\t2\t{long_sentence}\tThe ferry returned.\n", encoding="utf-8")
    [pair] = read_pairs(path)
    assert (pair.first, pair.second) == (long_sentence, "The ferry returned.")
    result = CliRunner().invoke(main, ["evaluate", str(path)])
    assert result.exit_code == 0 and "pairs 1" in result.output


def test_a_gold_file_nested_too_deeply_is_an_input_error(tmp_path: Path) -> None:
    comparison = compare(["Talks began on Monday. It rained.", "Talks began on Monday. Snow fell."])
    gold = tmp_path / "gold.json"
    gold.write_text("[" * 100_000, encoding="utf-8")
    with pytest.raises(InputError, match=re.escape(f"{gold}: cannot read the alignment gold as JSON")):
        score_alignment(comparison, gold)


def test_a_gold_text_found_in_two_sentences_is_an_input_error_naming_them() -> None:
    comparison = compare(
        [
            "The bridge would reopen on Friday, the mayor said. A dog barked at the crowd, the mayor said.",
            "Officials said the bridge would reopen on Friday. The mayor wore a red hat.",
        ]
    )
    first = comparison.articles[0].id
    # Taking the first sentence that holds it would count the shared sentence 0 as the gold-unique one.
    with pytest.raises(InputError, match=re.escape(f"'the mayor said' is in sentences 0 and 1 of {first}")):
        score_alignment(comparison, {"unique": [{"article": first, "text": "the mayor said"}]})
    assert score_alignment(comparison, {"unique": [{"article": first, "text": "dog barked"}]}).unique == 1


def test_a_gold_text_that_is_a_whole_sentence_names_it_though_a_longer_one_quotes_it() -> None:
    comparison = compare(
        [
            'Her note said only "The dog barked." in red ink, the harbour officials said on Monday. The dog barked.',
            "The harbour officials said on Monday that her note was in red ink. Snow fell.",
        ]
    )
    first = comparison.articles[0].id
    # A whole sentence cannot be quoted at more length: it names that sentence, not the one quoting it.
    assert score_alignment(comparison, {"unique": [{"article": first, "text": "The dog  barked."}]}).unique == 1


@pytest.mark.parametrize("invisible", list(SOFT_HYPHEN + ZERO_WIDTH))
def test_a_gold_text_copied_from_the_file_with_an_invisible_character_finds_its_sentence(invisible: str) -> None:
    # A sentence's text leaves out the soft hyphens and zero-width spaces of its file; a gold text copied from the
    # file keeps them, and was said to be in no sentence.
    comparison = compare(
        [
            f"The ferry to Kessel was cancelled on Mon{invisible}day. A dog barked at the crowd.",
            "The ferry to Kessel was called off on Monday. The mayor wore a red hat.",
        ]
    )
    one, two = (a.id for a in comparison.articles)
    gold = {"pairs": [{"a": one, "a_text": f"cancelled on Mon{invisible}day", "b": two, "b_text": "called off"}]}
    assert score_alignment(comparison, gold).aligned == 1
    unique = {"unique": [{"article": one, "text": f"A dog bar{invisible}ked"}]}
    assert score_alignment(comparison, unique).unique == 1


@pytest.mark.parametrize(
    "invisible", list(DIRECTION_MARKS + INVISIBLE_OPERATORS + GRAPHEME_JOINER + MONGOLIAN_VOWEL_SEPARATOR)
)
def test_a_gold_text_typed_without_an_invisible_character_of_the_article_finds_its_sentence(invisible: str) -> None:
    # A sentence's text keeps the marks of writing direction and other characters that show nothing, as its file
    # has them; a gold written by reading the article has none, and its text was said to be in no sentence.
    comparison = compare(
        [
            f"The ferry to Kessel was cancelled on Mon{invisible}day. A dog barked at the crowd.",
            "The ferry to Kessel was called off on Monday. The mayor wore a red hat.",
        ]
    )
    one, two = (a.id for a in comparison.articles)
    assert invisible in comparison.sentence(one, 0).text
    for typed in ("cancelled on Monday", f"cancelled on Mon{invisible}day"):
        gold = {"pairs": [{"a": one, "a_text": typed, "b": two, "b_text": "called off"}]}
        assert score_alignment(comparison, gold).aligned == 1


def test_a_gold_text_of_invisible_characters_alone_is_refused_as_empty() -> None:
    comparison = compare(["The ferry was cancelled. A dog barked.", "The ferry was called off. It rained."])
    one = comparison.articles[0].id
    with pytest.raises(InputError, match="unique entry 1: needs a non-empty string in 'text'"):
        score_alignment(comparison, {"unique": [{"article": one, "text": "\u200b\u00ad"}]})


REPEATED = [
    "The ferry to Kessel was cancelled on Monday. A dog barked. The ferry to Kessel was cancelled on Monday.",
    "The ferry to Kessel was called off on Monday. It rained.",
]


def test_a_gold_text_of_a_sentence_an_article_repeats_asks_for_its_number_not_more_of_its_text() -> None:
    comparison = compare(REPEATED)
    one = comparison.articles[0].id
    whole = {"unique": [{"article": one, "text": "The ferry to Kessel was cancelled on Monday."}]}
    # Quoting more of a sentence the article gives twice word for word tells the two apart no better.
    message = f"is in sentences 0 and 2 of {one}, which are the same; give the number of the one meant as sentence"
    with pytest.raises(InputError, match=re.escape(message)):
        score_alignment(comparison, whole)
    whole["unique"][0]["sentence"] = 2
    assert score_alignment(comparison, whole).uniques == 1


def test_a_gold_number_beside_a_text_in_several_sentences_says_which_they_are() -> None:
    comparison = compare(REPEATED)
    one = comparison.articles[0].id
    gold = {"unique": [{"article": one, "text": "ferry to Kessel", "sentence": 5}]}
    # Leaving the number out, as the message said, only made the text name two sentences.
    message = f"sentence: 5 disagrees with the text, 'ferry to Kessel', which is in sentences 0 and 2 of {one}; mend "
    with pytest.raises(InputError, match=re.escape(message) + "[^(]*$"):
        score_alignment(comparison, gold)


BRIDGE = [
    "Officials said the bridge would reopen on Friday after repairs. A dog barked at the crowd.",
    "Officials said the bridge would reopen on Friday after repairs. The mayor wore a red hat.",
]


@pytest.mark.parametrize("reverse", [False, True])
def test_a_gold_pair_listed_twice_is_an_input_error(reverse: bool) -> None:
    comparison = compare(BRIDGE)
    one, two = (a.id for a in comparison.articles)
    pair = {"a": one, "a_text": "bridge would", "b": two, "b_text": "bridge would", "label": "shared"}
    again = {"a": two, "a_text": "reopen on Friday", "b": one, "b_text": "after repairs"} if reverse else pair
    # Counted twice, one link made "2/2 pairs aligned".
    with pytest.raises(InputError, match=re.escape(f"pairs entry 2: links {one}#0 and {two}#0, as entry 1 does")):
        score_alignment(comparison, {"pairs": [pair, again]})


def test_a_gold_pair_within_one_article_is_an_input_error() -> None:
    comparison = compare(BRIDGE)
    one = comparison.articles[0].id
    pair = {"a": one, "a_text": "bridge would", "b": one, "b_text": "dog barked", "label": "paraphrased"}
    # newsdiff matches sentences of different articles only: such a pair could never be aligned.
    with pytest.raises(InputError, match=re.escape(f"pairs entry 1: both sentences are in {one}")):
        score_alignment(comparison, {"pairs": [pair]})


def test_a_gold_unique_sentence_listed_twice_is_an_input_error() -> None:
    comparison = compare(BRIDGE)
    one = comparison.articles[0].id
    entries = [{"article": one, "text": "dog barked"}, {"article": one, "text": "at the crowd"}]
    # Counted twice, one sentence made "2/2 unique labelled unique".
    with pytest.raises(InputError, match=re.escape(f"unique entry 2: names {one}#1, as entry 1 does")):
        score_alignment(comparison, {"unique": entries})


def test_a_gold_unique_sentence_that_a_gold_pair_links_is_an_input_error() -> None:
    comparison = compare(BRIDGE)
    one, two = (a.id for a in comparison.articles)
    pair = {"a": one, "a_text": "bridge would", "b": two, "b_text": "bridge would", "label": "shared"}
    # The gold would contradict itself: no comparison could score full marks on it.
    with pytest.raises(InputError, match=re.escape(f"unique entry 1: {one}#0 is in pairs entry 1")):
        score_alignment(comparison, {"pairs": [pair], "unique": [{"article": one, "text": "reopen on Friday"}]})


def test_a_gold_pair_with_a_null_confidence_has_none() -> None:
    comparison = compare(BRIDGE)
    one, two = (a.id for a in comparison.articles)
    pair = {"a": one, "a_text": "bridge would", "b": two, "b_text": "bridge would", "confidence": None}
    scores = score_alignment(comparison, {"pairs": [pair]})
    # It was counted under a confidence named "None".
    assert (scores.aligned, scores.by_confidence) == (1, ())


def test_a_gold_confidence_given_as_a_number_is_one_level_however_written() -> None:
    comparison = compare(BRIDGE)
    one, two = (a.id for a in comparison.articles)
    pair = {"a": one, "a_text": "bridge would", "b": two, "b_text": "bridge would", "confidence": 1}
    other = {"a": one, "a_text": "crowd", "b": two, "b_text": "mayor", "confidence": 1.0}
    scores = score_alignment(comparison, {"pairs": [pair, other]})
    # A tool writing levels as numbers may write 1 or 1.0: they were counted as two levels, "1" and "1.0".
    assert scores.by_confidence == (("1", 2, 1),)


@pytest.mark.parametrize("confidence", [True, ["high"], {"level": "high"}, float("nan"), float("inf")])
def test_a_gold_confidence_that_is_not_a_name_is_an_input_error(confidence: object) -> None:
    comparison = compare(BRIDGE)
    one, two = (a.id for a in comparison.articles)
    pair = {"a": one, "a_text": "bridge would", "b": two, "b_text": "bridge would", "confidence": confidence}
    with pytest.raises(InputError, match=re.escape("pairs entry 1: confidence must be a name such as 'high'")):
        score_alignment(comparison, {"pairs": [pair]})


@pytest.mark.parametrize(
    ("glued", "message"),
    [
        ("2\t1\t2\tA dog ran.\tA dog ran fast.0\t3\t4\tRain fell.\tBanks closed.", "Quality must be 0 or 1"),
        ("1\t1\t2\tA dog ran.\t0\t3\t4\tRain fell.\tBanks closed.", "a sentence of the pair is empty"),
    ],
)
def test_a_record_glued_to_the_next_is_checked_as_any_other(tmp_path: Path, glued: str, message: str) -> None:
    # The first record of a glued line was taken unchecked: Quality 2 as 0, an empty sentence as a sentence.
    path = tmp_path / "glued.tsv"
    path.write_text(HEADER + "1\t5\t6\tThe ferry left.\tIt left.\n" + glued + "\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"glued\.tsv:3: .*" + re.escape(message)):
        read_pairs(path)


@pytest.mark.parametrize("gold", [[], None, 5])
def test_parsed_gold_that_is_not_an_object_is_an_input_error(gold: object) -> None:
    # Anything but a dict was taken for a path, and Path() raised a TypeError.
    comparison = compare(BRIDGE)
    with pytest.raises(InputError, match=re.escape("alignment gold: expected a JSON object with a 'pairs' list")):
        score_alignment(comparison, gold)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (
            (HEADER + "1\t1\t2\tThe ferry left.\tIt left.\n0\t3\t4\tThe caf\xe9 shut.\tRain fell.\n").encode("latin-1"),
            "is not valid UTF-8 (byte 84, line 3)",
        ),
        ((HEADER + "1\t1\t2\tThe ferry left.\tIt left.\n").encode("utf-16"), "is UTF-16, not UTF-8"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "looks like a binary file"),
    ],
    ids=["latin-1", "utf-16", "binary"],
)
def test_a_pair_file_not_in_utf8_is_named_with_where_and_how_to_convert_it(
    tmp_path: Path, data: bytes, message: str
) -> None:
    # Only the decoder's complaint was passed on ("'utf-8' codec can't decode byte 0xe9 in position 84"):
    # no line, and a UTF-16 or binary file was called a bad byte at position 0.
    path = tmp_path / "pairs.tsv"
    path.write_bytes(data)
    with pytest.raises(InputError, match=re.escape(f"{path}: {message}")):
        read_pairs(path)


def test_a_pair_file_that_is_a_directory_is_named_once(tmp_path: Path) -> None:
    folder = tmp_path / "pairs.tsv"
    folder.mkdir()
    result = CliRunner().invoke(main, ["evaluate", str(folder)])
    assert result.exit_code == 2
    assert result.output.count(str(folder)) == 1
    assert "is a directory; give the sentence-pair file in it" in result.output


@pytest.mark.parametrize(
    ("row", "message"),
    [
        (
            "1\t1\t2\tThe ferry left at dawn.",
            "expected five tab-separated fields (Quality, #1 ID, #2 ID, #1 String, #2 String), found 4; "
            "join a sentence broken over two lines, or give the column left out",
        ),
        (
            "1\t1\t2\tThe ferry left.\tIt\tleft.",
            "expected five tab-separated fields (Quality, #1 ID, #2 ID, #1 String, #2 String), found 6; "
            "a tab inside a sentence splits it: put a space in its place",
        ),
        ("2\t1\t2\tThe ferry left.\tIt left.", "Quality must be 0 or 1, not '2'"),
        ("yes\t1\t2\tThe ferry left.\tIt left.", "Quality must be 0 or 1, not 'yes'"),
    ],
    ids=["four-fields", "six-fields", "quality-2", "quality-word"],
)
def test_a_bad_row_is_named_with_its_line_and_what_is_wrong_with_it(tmp_path: Path, row: str, message: str) -> None:
    # One message served every case ("five tab-separated fields with Quality 0 or 1"): a row with a tab
    # inside a sentence read as if its Quality were wrong.
    path = tmp_path / "pairs.tsv"
    path.write_text(HEADER + "1\t5\t6\tThe ferry left.\tIt left.\n" + row + "\n", encoding="utf-8")
    with pytest.raises(InputError, match=re.escape(f"{path}:3: {message}")):
        read_pairs(path)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", ": is empty"),
        ("\n\n", ": is empty"),
        (HEADER, ": holds only the header line; give a sentence pair"),
    ],
    ids=["empty", "blank-lines", "header-only"],
)
def test_a_pair_file_without_pairs_or_header_says_which(tmp_path: Path, text: str, message: str) -> None:
    path = tmp_path / "pairs.tsv"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(InputError, match=re.escape(f"{path}{message}")):
        read_pairs(path)


def test_an_alignment_gold_given_as_the_pair_file_says_to_give_it_with_gold(tmp_path: Path) -> None:
    # --gold left out: the gold was read as a pair file, and its first line told "found 1 field; join a sentence
    # broken over two lines", which says nothing of the mistake.
    gold = tmp_path / "gold.json"
    pair = {"a": "herald", "a_text": "The ferry left.", "b": "courier", "b_text": "It left."}
    gold.write_text(json.dumps({"pairs": [pair]}, indent=2), encoding="utf-8")
    done = CliRunner().invoke(main, ["evaluate", str(gold)])
    assert done.exit_code == 2 and done.stdout == ""
    assert done.stderr.splitlines() == [
        f"newsdiff: error: {gold}: is an alignment gold (JSON), not a sentence-pair file; score the alignment of the "
        f"articles it labels with newsdiff evaluate --gold {gold} A.txt B.txt ..."
    ]


@pytest.mark.parametrize("data", [{"schema": 1, "articles": []}, [["1", "The ferry left.", "It left."]]])
def test_other_json_given_as_the_pair_file_is_named_as_json(tmp_path: Path, data: object) -> None:
    path = tmp_path / "pairs.json"
    path.write_text("\ufeff" + json.dumps(data), encoding="utf-8")
    with pytest.raises(InputError) as refused:
        read_pairs(path)
    assert str(refused.value) == (
        f"{path}: is JSON, not a sentence-pair file in the MSRP layout (tab-separated Quality, #1 ID, #2 ID, "
        "#1 String, #2 String)"
    )


@pytest.mark.parametrize(
    ("text", "hint"),
    [
        ("Quality,#1 ID,#2 ID,#1 String,#2 String\n1,5,6,The ferry left.,It left.\n", "comma"),
        ("The ferry left the harbour at dawn.\n\nIt came back at noon.\n", ""),
    ],
    ids=["comma-separated", "an-article"],
)
def test_a_pair_file_with_no_tab_says_so_rather_than_name_a_field_count(tmp_path: Path, text: str, hint: str) -> None:
    # Told as the first line's "found 1 field; join a sentence broken over two lines, or give the column left out",
    # which sent the reader looking for a broken sentence in a file that was comma-separated, or not pairs at all.
    path = tmp_path / "pairs.csv"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(InputError) as refused:
        read_pairs(path)
    told = (
        f"{path}: holds no tab; a sentence-pair file gives five tab-separated fields on each line (Quality, #1 ID, "
        "#2 ID, #1 String, #2 String)"
    )
    if hint:
        told += "; its lines are comma-separated: write it with tabs (pandas: to_csv(path, sep='\\t', index=False))"
    assert str(refused.value) == told


@pytest.mark.parametrize("header", [HEADER, ""], ids=["with-header", "without-header"])
def test_a_pair_file_given_as_the_gold_says_to_score_it_without_gold(tmp_path: Path, header: str) -> None:
    # Told only as "cannot read the alignment gold as JSON (Expecting value: line 1 column 1 (char 0))".
    pairs = tmp_path / "pairs.tsv"
    pairs.write_text(header + "1\t5\t6\tThe ferry left.\tIt left.\n", encoding="utf-8")
    with pytest.raises(InputError) as refused:
        read_gold(pairs)
    assert str(refused.value) == (
        f"{pairs}: is a sentence-pair file (MSRP layout), not an alignment gold (JSON); score its pairs with "
        f"newsdiff evaluate {pairs}, without --gold"
    )


@pytest.mark.parametrize("unlabelled", [{}, {"label": None}], ids=["no-label", "null-label"])
def test_a_gold_pair_without_a_label_is_scored_for_its_alignment_alone(unlabelled: dict[str, None]) -> None:
    comparison = compare([*BRIDGE, "Officials said the bridge would reopen on Friday after repairs. Snow fell."])
    one, two, three = (a.id for a in comparison.articles)
    bridge = {"a_text": "bridge would", "b_text": "bridge would"}
    pairs = [{"a": one, "b": two, **bridge, "label": "paraphrased"}, {"a": one, "b": three, **bridge, **unlabelled}]
    scores = score_alignment(comparison, {"pairs": pairs})
    # Both are aligned as shared; the unlabelled pair was counted a right label, so "1/2 = 50.0%".
    assert (scores.aligned, scores.label_given, scores.labelled) == (2, 1, 0)
    assert "label correct          0/1 = 0.0% (of aligned pairs the gold labels)" in str(scores)


@pytest.mark.parametrize(
    ("wrong", "message"),
    [
        ({"b": "nowhere"}, "pairs entry 2: names article 'nowhere', not in the comparison"),
        ({"b_text": "hailstones"}, "pairs entry 2: text 'hailstones' is in no sentence of"),
        ({"a_text": "the"}, "pairs entry 2: text 'the' is in sentences 0 and 1 of"),
    ],
    ids=["unknown-article", "text-in-no-sentence", "text-in-two-sentences"],
)
def test_a_gold_sentence_not_found_is_named_with_its_entry(wrong: dict[str, str], message: str) -> None:
    comparison = compare(BRIDGE)
    one, two = (a.id for a in comparison.articles)
    right = {"a": one, "a_text": "bridge would", "b": two, "b_text": "bridge would"}
    again = {"a": one, "a_text": "dog barked", "b": two, "b_text": "red hat", **wrong}
    # Only the file was named: in a gold of many pairs, the one to mend had to be searched for.
    with pytest.raises(InputError, match=re.escape(f"alignment gold, {message}")):
        score_alignment(comparison, {"pairs": [right, again]})


def test_evaluate_progress_goes_to_standard_error_and_leaves_the_scores_alone(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Nothing showed while thousands of pairs were related (minutes with the embeddings engine).
    monkeypatch.setattr(importlib.import_module("newsdiff.compare"), "PROGRESS_DELAY", 0)
    path = write_pairs(tmp_path)
    shown = CliRunner().invoke(main, ["evaluate", str(path), "--progress"])
    assert shown.exit_code == 0, shown.output
    assert "newsdiff evaluate" in shown.stderr and "/3 " in shown.stderr  # counting to the file's three pairs
    hidden = CliRunner().invoke(main, ["evaluate", str(path)])  # not a terminal: no bar
    assert hidden.stdout == shown.stdout and "pairs 3" in hidden.stdout and hidden.stderr == ""


def test_evaluate_with_gold_shows_the_comparison_progress(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(importlib.import_module("newsdiff.compare"), "PROGRESS_DELAY", 0)
    articles = []
    for number, text in enumerate(BRIDGE, 1):
        articles.append(tmp_path / f"article{number}.txt")
        articles[-1].write_text(text, encoding="utf-8")
    gold = tmp_path / "gold.json"
    gold.write_text(json.dumps({"unique": [{"article": "article1", "text": "dog barked"}]}), encoding="utf-8")
    shown = CliRunner().invoke(main, ["evaluate", "--gold", str(gold), *map(str, articles), "--progress"])
    assert shown.exit_code == 0, shown.output
    assert "newsdiff compare" in shown.stderr and "unique labelled unique 1/1" in shown.stdout


def test_relating_pairs_a_batch_at_a_time_gives_the_relations_of_each_pair_alone(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    evaluate = importlib.import_module("newsdiff.evaluate")
    monkeypatch.setattr(evaluate, "RELATED_TOGETHER", 2)
    monkeypatch.setattr(evaluate, "OWN_WEIGHTS_FROM", 2)  # weighed by the file itself, as a large one is
    pairs = [LabelledPair(q == "1", a, b) for q, a, b in ROWS]
    features = [(featurize(p.first), featurize(p.second)) for p in pairs]
    idf = corpus_idf(f for pair in features for f in pair)
    assert relate_pairs(pairs) == [relate_features(a, b, idf) for a, b in features]


def test_a_small_pair_file_relates_each_pair_as_relate_does(monkeypatch: pytest.MonkeyPatch) -> None:
    pairs = [LabelledPair(q == "1", a, b) for q, a, b in ROWS]
    assert 2 * len(pairs) < importlib.import_module("newsdiff.evaluate").OWN_WEIGHTS_FROM
    assert relate_pairs(pairs) == [relate(p.first, p.second) for p in pairs]
    features = [(featurize(p.first), featurize(p.second)) for p in pairs]
    own = corpus_idf(f for pair in features for f in pair)
    assert relate_pairs(pairs) != [relate_features(a, b, own) for a, b in features], (
        "a few sentences' own counts weigh words differently: the check above tells the two apart"
    )


def test_evaluate_json_gives_the_figures_the_text_gives(tmp_path: Path) -> None:
    path = tmp_path / "pairs.tsv"
    body = "".join(f"{q}\t{n}\t{n + 100}\t{a}\t{b}\n" for n, (q, a, b) in enumerate(ROWS))
    # A paraphrase no lexical engine sees, so that the figures are not all 1.
    path.write_text(HEADER + body + "1\t9\t19\tThe ferry left at dawn.\tBoats sailed early.\n", encoding="utf-8")
    text = CliRunner().invoke(main, ["evaluate", str(path)])
    shown = CliRunner().invoke(main, ["evaluate", str(path), "--format", "json"])
    assert text.exit_code == shown.exit_code == 0, shown.output
    data = json.loads(shown.stdout)
    assert (data["evaluation_schema"], data["pairs"], data["false_negative"]) == (1, 4, 1)
    for name, key in (("accuracy", "accuracy"), ("precision", "precision"), ("recall", "recall"), ("F1", "f1")):
        assert f"{name} {data[key]:.3f}" in text.stdout
    for label, counts in data["labels"].items():
        assert re.search(rf"^{label} +{counts['gold_1']} +{counts['gold_0']}$", text.stdout, re.MULTILINE)


def test_scores_json_with_nothing_to_divide_gives_zeros_not_nan() -> None:
    # No pair said to match and none a gold paraphrase: precision, recall and F1 have nothing to divide.
    data = PairScores(true_positive=0, false_positive=0, false_negative=0, true_negative=2).to_dict()
    assert (data["accuracy"], data["precision"], data["recall"], data["f1"]) == (1.0, 0.0, 0.0, 0.0)
    assert json.loads(json.dumps(data, allow_nan=False)) == data


def test_evaluate_gold_json_lists_the_gold_pairs_missed(tmp_path: Path) -> None:
    articles = []
    for number, text in enumerate(BRIDGE, 1):
        articles.append(tmp_path / f"article{number}.txt")
        articles[-1].write_text(text, encoding="utf-8")
    pairs = [
        {"a": "article1", "a_text": "bridge", "b": "article2", "b_text": "bridge", "label": "shared"},
        {"a": "article1", "a_text": "dog", "b": "article2.txt", "b_text": "mayor", "confidence": "low"},
    ]
    gold = tmp_path / "gold.json"
    gold.write_text(json.dumps({"pairs": pairs}), encoding="utf-8")
    shown = CliRunner().invoke(main, ["evaluate", "--gold", str(gold), *map(str, articles), "--format", "json"])
    assert shown.exit_code == 0, shown.output
    data = json.loads(shown.stdout)
    assert (data["pairs"], data["aligned"], data["label_given"], data["labelled"]) == (2, 1, 1, 1)
    assert data["missing"] == ["article1#1 <-> article2.txt#1"]
    missed = {"entry": 2, "a": "article1", "a_sentence": 1, "b": "article2", "b_sentence": 1, "gold_label": None}
    assert data["missing_pairs"] == [missed]
    assert data["by_confidence"] == [{"confidence": "low", "pairs": 1, "aligned": 0}]


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (
            '{"unique": [{"article": "one", "text": "caf\xe9"}]}'.encode("latin-1"),
            "is not valid UTF-8 (byte 43, line 1)",
        ),
        ('{"unique": []}'.encode("utf-16"), "is UTF-16, not UTF-8"),
    ],
    ids=["latin-1", "utf-16"],
)
def test_a_gold_file_not_in_utf8_is_named_with_where_and_how_to_convert_it(
    tmp_path: Path, data: bytes, message: str
) -> None:
    # Only the decoder's complaint was passed on: "'utf-8' codec can't decode byte 0xff in position 0".
    gold = tmp_path / "gold.json"
    gold.write_bytes(data)
    with pytest.raises(InputError, match=re.escape(f"{gold}: {message}")):
        score_alignment(compare(BRIDGE), gold)


def test_evaluate_tells_a_gold_file_in_the_wrong_layout_before_comparing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def never(*args: object, **kwargs: object) -> None:
        raise AssertionError("compared before the gold file was read")

    # The comparison ran first (minutes for a big cluster with the embeddings engine), then the gold was refused.
    monkeypatch.setattr(importlib.import_module("newsdiff.cli"), "compare", never)
    gold = tmp_path / "gold.json"
    gold.write_text(json.dumps({"pairs": [{"a": "one", "a_text": "Talks"}]}), encoding="utf-8")
    articles = [tmp_path / "one.txt", tmp_path / "two.txt"]
    for article in articles:
        article.write_text("Talks began on Monday. It rained.", encoding="utf-8")
    result = CliRunner().invoke(main, ["evaluate", "--gold", str(gold), *map(str, articles)])
    assert result.exit_code == 2
    assert f"{gold}, pairs entry 1: needs a non-empty string in 'b', 'b_text'" in result.output


@pytest.mark.parametrize(
    ("text", "message"),
    [
        # Two lists of pairs pasted into one file: the first was dropped and its pairs never scored.
        (
            '{"pairs": [{"a": "article-1", "a_text": "dog barked", "b": "article-2", "b_text": "red hat"}],\n'
            ' "pairs": [{"a": "article-1", "a_text": "bridge would", "b": "article-2", "b_text": "bridge would"}]}',
            ": key 'pairs' is given twice",
        ),
        # A label corrected below the first one: which of the two was meant is not the reader's guess.
        (
            '{"pairs": [{"a": "article-1", "a_text": "bridge would", "b": "article-2", "b_text": "bridge would",\n'
            ' "label": "shared", "label": "paraphrased"}]}',
            ", pairs entry 1: key 'label' is given twice",
        ),
    ],
    ids=["pairs", "label"],
)
def test_a_gold_key_given_twice_is_named_rather_than_its_first_value_dropped(
    tmp_path: Path, text: str, message: str
) -> None:
    path = tmp_path / "gold.json"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(InputError, match=re.escape(f"{path}{message}")):
        score_alignment(compare(BRIDGE), path)


def test_a_key_given_twice_in_a_gold_note_is_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "gold.json"
    pair = '{"a": "article-1", "a_text": "bridge would", "b": "article-2", "b_text": "bridge would"}'
    path.write_text(f'{{"about": {{"by": "one", "by": "two"}}, "pairs": [{pair}]}}', encoding="utf-8")
    assert score_alignment(compare(BRIDGE), path).aligned == 1


def test_a_long_pair_file_holds_the_features_of_one_batch_at_a_time(monkeypatch: pytest.MonkeyPatch) -> None:
    # Kept for the whole file, with what relating caches on them, features took about 40 kB a pair.
    evaluate = importlib.import_module("newsdiff.evaluate")
    made: list[weakref.ref[SentenceFeatures]] = []
    alive: list[int] = []

    def featurize_remembered(text: str) -> SentenceFeatures:
        features = featurize(text)
        made.append(weakref.ref(features))
        return features

    def relate_counting(relater: Relater, pairs: list[Pair], weight: Weights) -> list[Relation]:
        alive.append(sum(ref() is not None for ref in made))
        return relate_many(relater, pairs, weight)

    monkeypatch.setattr(evaluate, "featurize", featurize_remembered)
    monkeypatch.setattr(evaluate, "relate_many", relate_counting)
    pairs = [
        LabelledPair(n % 2 == 0, f"Ferry {n} left Olsund at dawn.", f"At dawn ferry {n} sailed from Olsund.")
        for n in range(3 * RELATED_TOGETHER)
    ]
    relations = relate_pairs(pairs)
    assert len(alive) == 3 and max(alive) <= 2 * RELATED_TOGETHER
    monkeypatch.undo()
    featurized = [(featurize(p.first), featurize(p.second)) for p in pairs]
    held = relate_many(relater_for("lexical"), featurized, corpus_idf(f for pair in featurized for f in pair))
    assert relations == held


@pytest.mark.parametrize(
    ("args", "what"), [(["-"], "a sentence-pair file"), (["--gold", "-", "one.txt", "two.txt"], "the alignment gold")]
)
def test_evaluate_asks_for_a_path_rather_than_standard_input(tmp_path: Path, args: list[str], what: str) -> None:
    # The gold's errors name its path and entry; given as -, it was looked for as a file named "-".
    for name in ("one.txt", "two.txt"):
        (tmp_path / name).write_text("Talks began on Monday. It rained.", encoding="utf-8")
    args = [str(tmp_path / arg) if arg.endswith(".txt") else arg for arg in args]
    result = CliRunner().invoke(main, ["evaluate", *args], input='{"pairs": []}')
    assert result.exit_code == 2
    assert f"-: {what} is read from its path, not standard input; save it and give that" in result.output


#: A cluster whose first sentences are shared copy in two articles and reworded in the third.
REOPENING = [
    "Officials said the bridge would reopen on Friday after repairs. A dog barked at the crowd.",
    "Officials said the bridge would reopen on Friday after repairs. The mayor wore a red hat.",
    "The bridge is to open again on Friday once repairs end, officials said. A cat slept on the wall.",
]


def reopening_gold(ids: list[str]) -> dict[str, list[dict[str, str]]]:
    """Three gold pairs: one newsdiff labels otherwise, one it aligns as the gold says, one it misses."""
    return {
        "pairs": [
            {"a": ids[0], "a_text": "bridge would", "b": ids[1], "b_text": "bridge would", "label": "paraphrased"},
            {"a": ids[0], "a_text": "bridge would", "b": ids[2], "b_text": "open again", "label": "paraphrased"},
            {"a": ids[0], "a_text": "dog", "b": ids[1], "b_text": "mayor"},
        ]
    }


def test_explained_scores_give_each_gold_pair_missed_or_labelled_otherwise_with_the_verdict_on_it() -> None:
    comparison = compare(REOPENING)
    ids = [a.id for a in comparison.articles]
    scores = score_alignment(comparison, reopening_gold(ids), explain=True)
    assert scores.misses is not None
    relabelled, missed = scores.misses
    assert (relabelled.entry, relabelled.first, relabelled.second) == (1, (ids[0], 0), (ids[1], 0))
    assert (relabelled.gold_label, relabelled.label) == ("paraphrased", "shared")
    assert relabelled.first_text == "Officials said the bridge would reopen on Friday after repairs."
    assert (missed.entry, missed.first, missed.second) == (3, (ids[0], 1), (ids[1], 1))
    assert (missed.gold_label, missed.label, missed.second_text) == (None, "unrelated", "The mayor wore a red hat.")
    for miss in scores.misses:
        verdict = comparison.relate(miss.first, miss.second)
        assert (miss.score, miss.reason, miss.because) == (verdict.score, verdict.reason, verdict.because)


def test_scores_explain_nothing_unless_asked() -> None:
    comparison = compare(REOPENING)
    scores = score_alignment(comparison, reopening_gold([a.id for a in comparison.articles]))
    assert scores.misses is None
    assert "misses" not in scores.to_dict()
    assert "labelled otherwise" not in str(scores)


def test_explaining_a_comparison_read_back_from_json_asks_how_it_was_scored() -> None:
    comparison = compare(REOPENING)
    gold = reopening_gold([a.id for a in comparison.articles])
    read_back = type(comparison).from_json(comparison.to_json())
    with pytest.raises(InputError, match=r"explain=True .*\.scored_with\('lexical'\)"):
        score_alignment(read_back, gold, explain=True)
    explained = score_alignment(read_back.scored_with("lexical"), gold, explain=True)
    assert explained.misses == score_alignment(comparison, gold, explain=True).misses


def write_reopening(tmp_path: Path) -> list[str]:
    """The cluster's articles as files, then its gold; returned as command-line arguments."""
    paths = []
    for number, text in enumerate(REOPENING, 1):
        paths.append(tmp_path / f"article{number}.txt")
        paths[-1].write_text(text, encoding="utf-8")
    gold = tmp_path / "gold.json"
    gold.write_text(json.dumps(reopening_gold(["article1", "article2", "article3"])), encoding="utf-8")
    return ["--gold", str(gold), *map(str, paths)]


def test_evaluate_explain_json_gives_each_miss_with_its_sentences_labels_score_and_reason(tmp_path: Path) -> None:
    shown = CliRunner().invoke(main, ["evaluate", *write_reopening(tmp_path), "--explain", "--format", "json"])
    assert shown.exit_code == 0, shown.output
    misses = json.loads(shown.stdout)["misses"]
    assert [(m["entry"], m["a"], m["a_sentence"], m["b"], m["b_sentence"]) for m in misses] == [
        (1, "article1", 0, "article2", 0),
        (3, "article1", 1, "article2", 1),
    ]
    assert [(m["gold_label"], m["label"], m["reason"]) for m in misses] == [
        ("paraphrased", "shared", "shared"),
        (None, "unrelated", "not-candidate"),
    ]
    assert misses[1]["a_text"] == "A dog barked at the crowd."
    assert isinstance(misses[1]["score"], float) and misses[1]["because"].startswith("not matched: ")


def test_evaluate_explain_text_lists_the_misses_under_the_scores(tmp_path: Path) -> None:
    shown = CliRunner().invoke(main, ["evaluate", *write_reopening(tmp_path), "--explain"])
    assert shown.exit_code == 0, shown.output
    scores, misses, extras = shown.stdout.split("\n\n")
    assert extras.startswith("matches counted against newsdiff: 1\narticle2#0 <-> article3#0\n")
    assert scores.startswith("pairs aligned          2/3")
    lines = misses.splitlines()
    assert lines[0] == "gold pairs missed or labelled otherwise: 2"
    assert lines[1] == "pairs entry 1: article1#0 <-> article2#0"
    assert lines[2].startswith("  gold paraphrased; shared: scores 1.00") and lines[2].endswith(" [shared]")
    assert lines[6] == "  gold unlabelled; " + lines[6].split("; ", 1)[1]
    assert lines[6].endswith(" [not-candidate]")
    assert lines[7:] == ["  a: “A dog barked at the crowd.”", "  b: “The mayor wore a red hat.”"]


def test_a_long_sentence_of_a_miss_is_cut_in_the_text_and_whole_in_the_json() -> None:
    long = (
        "The harbour authority said on Tuesday that the old swing bridge over the Marl canal would stay closed to "
        "all traffic until the engineers had replaced every one of its rusted bearings. A gull watched."
    )
    comparison = compare([long, "Nothing else happened in Pellworth that week, the clerk wrote. A gull watched."])
    ids = [a.id for a in comparison.articles]
    gold = {"pairs": [{"a": ids[0], "a_text": "swing bridge", "b": ids[1], "b_text": "Nothing else"}]}
    scores = score_alignment(comparison, gold, explain=True)
    assert scores.misses is not None
    (miss,) = scores.misses
    assert miss.first_text == comparison.sentence(ids[0], 0).text
    assert miss.to_dict()["a_text"] == miss.first_text
    shown = str(miss).splitlines()[2]
    assert shown.startswith("  a: “The harbour authority said on Tuesday") and shown.endswith(" …”")
    assert len(shown) < 110 and "rusted bearings" not in shown


def test_evaluate_explain_without_gold_says_to_give_one(tmp_path: Path) -> None:
    shown = CliRunner().invoke(main, ["evaluate", str(write_pairs(tmp_path)), "--explain"])
    assert shown.exit_code == 2
    assert "--explain" in shown.output and "--gold" in shown.output


def test_a_gold_pair_labelled_unrelated_says_to_leave_it_out() -> None:
    comparison = compare(BRIDGE)
    ids = [a.id for a in comparison.articles]
    pair = {"a": ids[0], "a_text": "dog", "b": ids[1], "b_text": "mayor", "label": "unrelated"}
    with pytest.raises(InputError, match=r"pairs entry 1: label 'unrelated'.*leave the pair out") as raised:
        score_alignment(comparison, {"pairs": [pair]})
    assert "counts against newsdiff" in str(raised.value)


@pytest.mark.parametrize(
    ("label", "meant"), [("Paraphrased", "paraphrased"), ("paraphrase", "paraphrased"), ("Shared", "shared")]
)
def test_a_gold_label_misspelt_is_named_with_the_label_meant(label: str, meant: str) -> None:
    comparison = compare(BRIDGE)
    ids = [a.id for a in comparison.articles]
    pair = {"a": ids[0], "a_text": "bridge", "b": ids[1], "b_text": "bridge", "label": label}
    with pytest.raises(
        InputError, match=rf"label '{label}' is not 'shared' or 'paraphrased'; did you mean '{meant}'\?"
    ):
        score_alignment(comparison, {"pairs": [pair]})


@pytest.mark.parametrize(
    "pair",
    [
        {"a": "article-1", "a_text": 0, "b": "article-2", "b_text": 0},
        {"a": "article-1", "a_sentence": 0, "b": "article-2", "b_sentence": 0},
    ],
    ids=["number-as-text", "sentence-key"],
)
def test_a_gold_sentence_given_by_its_number_says_to_quote_its_text(pair: dict[str, object]) -> None:
    comparison = compare(BRIDGE)
    with pytest.raises(InputError, match=r"pairs entry 1: .*'a_text'.*found by a stretch of their text, not by number"):
        score_alignment(comparison, {"pairs": [pair]})


def test_a_gold_article_named_by_its_path_says_to_name_it_by_file_name_or_id(tmp_path: Path) -> None:
    paths = []
    for number, text in enumerate(BRIDGE, 1):
        paths.append(tmp_path / f"article{number}.txt")
        paths[-1].write_text(text, encoding="utf-8")
    comparison = compare([str(p) for p in paths])
    pair = {"a": str(paths[0]), "a_text": "bridge", "b": "article2", "b_text": "bridge"}
    with pytest.raises(InputError, match=r"name it by its file name, 'article1\.txt', or its id, 'article1'"):
        score_alignment(comparison, {"pairs": [pair]})
    with pytest.raises(
        InputError, match=r"names article 'article9', .*; name one by its id, its outlet or the name of its file"
    ):
        score_alignment(comparison, {"pairs": [{**pair, "a": "article9"}]})


def test_pair_files_joined_into_one_are_read_past_the_header_of_each(tmp_path: Path) -> None:
    one = write_pairs(tmp_path).read_bytes()
    joined = tmp_path / "joined.tsv"
    joined.write_bytes(one.replace(b"\n", b"\r\n") + one)  # each file its own BOM and header line
    pairs = read_pairs(joined)
    assert [p.first for p in pairs] == [a for _, a, _ in ROWS] * 2
    assert [p.paraphrase for p in pairs] == [q == "1" for q, _, _ in ROWS] * 2


def test_straight_quotation_marks_at_a_sentence_end_stay_in_it(tmp_path: Path) -> None:
    path = tmp_path / "quoted.tsv"
    first, second = '"We will respond," the minister said.', 'The minister said: "We will respond."'
    path.write_text(f'{HEADER}1\t7\t8\t{first}\t{second}\n0\t9\t10\t"Rain"\t"Snow" fell\n', encoding="utf-8")
    assert read_pairs(path) == [LabelledPair(True, first, second), LabelledPair(False, '"Rain"', '"Snow" fell')]


def test_a_gold_text_running_across_two_sentences_names_them() -> None:
    comparison = compare(BRIDGE)
    one = comparison.articles[0].id
    gold = {"unique": [{"article": one, "text": "after repairs. A dog"}]}
    with pytest.raises(InputError, match=rf"'after repairs. A dog' runs across sentences 0 to 1 of {one}, as newsdiff"):
        score_alignment(comparison, gold)


def test_a_gold_text_in_what_cleaning_removed_says_so() -> None:
    comparison = compare(["By Orla Penhallow\n\n" + BRIDGE[0], BRIDGE[1]])
    one = comparison.articles[0]
    assert any("Orla Penhallow" in r.text for r in one.removed)
    gold = {"unique": [{"article": one.id, "text": "Orla Penhallow"}]}
    with pytest.raises(InputError, match=rf"'Orla Penhallow' is in text of {one.id} that cleaning removed \(\w+"):
        score_alignment(comparison, gold)


def test_explained_scores_give_each_match_counted_against_newsdiff_with_why_it_was_made() -> None:
    comparison = compare(REOPENING)
    ids = [a.id for a in comparison.articles]
    # The gold links the copied sentences only: the reworded one's two matches are not in it.
    gold = {"pairs": [{"a": ids[0], "a_text": "bridge would", "b": ids[1], "b_text": "bridge would"}]}
    scores = score_alignment(comparison, gold, explain=True)
    assert scores.extras is not None and len(scores.extras) == scores.extra == 2
    assert [(e.first, e.second, e.label, e.unique) for e in scores.extras] == [
        ((ids[0], 0), (ids[2], 0), "paraphrased", ()),
        ((ids[1], 0), (ids[2], 0), "paraphrased", ()),
    ]
    verdict = comparison.relate((ids[1], 0), (ids[2], 0))
    assert (scores.extras[1].score, scores.extras[1].reason) == (verdict.score, verdict.reason)
    assert scores.extras[1].second_text == comparison.sentence(ids[2], 0).text


def test_explained_scores_give_the_matches_of_a_gold_unique_sentence_though_the_gold_lists_no_pairs() -> None:
    comparison = compare(REOPENING)
    ids = [a.id for a in comparison.articles]
    gold = {"unique": [{"article": ids[1], "text": "red hat"}, {"article": ids[2], "text": "open again"}]}
    scores = score_alignment(comparison, gold, explain=True)
    assert scores.extra is None and scores.extras is not None
    assert [(e.first, e.second, e.unique) for e in scores.extras] == [
        ((ids[0], 0), (ids[2], 0), (2,)),
        ((ids[1], 0), (ids[2], 0), (2,)),
    ]
    data = scores.to_dict()["extras"]
    assert (data[0]["a"], data[0]["b_sentence"], data[0]["unique"], data[0]["label"]) == (ids[0], 0, [2], "paraphrased")
    assert f"{ids[0]}#0 <-> {ids[2]}#0 (gold unique entry 2)" in str(scores).splitlines()
    assert "extras" not in score_alignment(comparison, gold).to_dict()


def test_a_gold_may_name_an_article_by_its_outlet_as_print_does() -> None:
    comparison = compare(
        [
            "Outlet: Harbor Herald\n\n" + BRIDGE[0],
            "Outlet: Meridian Wire\n\n" + BRIDGE[1],
            "Outlet: Meridian  Wire\n\n" + REOPENING[2],
        ]
    )
    ids = [a.id for a in comparison.articles]
    assert [a.outlet for a in comparison.articles] == ["Harbor Herald", "Meridian Wire", "Meridian  Wire"]
    pair = {"a": "harbor herald", "a_text": "bridge would", "b": ids[1], "b_text": "bridge would", "label": "shared"}
    scores = score_alignment(comparison, {"pairs": [pair], "unique": [{"article": "Harbor  Herald", "text": "dog"}]})
    assert (scores.aligned, scores.labelled, scores.unique) == (1, 1, 1)
    with pytest.raises(InputError, match=rf"'Meridian Wire' is the outlet of {ids[1]} and {ids[2]}; name the one"):
        score_alignment(comparison, {"pairs": [{**pair, "b": "Meridian Wire"}]})


def test_a_pair_file_quoted_as_csv_writers_quote_it_is_read_unquoted(tmp_path: Path) -> None:
    # pandas' to_csv(sep="\t") and Python's csv module wrap a field holding a quotation mark in quotation marks and
    # double each inside; such a file was read with the quoting kept, so a quotation two sentences share showed
    # as '""We will not sign,"" Brell said' and a quoted tab split its sentence into a sixth field.
    import csv
    import io

    pairs = [
        ("1", "“We will not sign,” Brell said.", '"We will not sign," Brell said on Monday.'),
        ("0", "The ferry left\tat dawn.", "Rain fell."),
        ("1", '"Talks went on," she said.', "Talks went on."),
    ]
    written = io.StringIO()
    writer = csv.writer(written, delimiter="\t", lineterminator="\n")
    writer.writerow(["Quality", "#1 ID", "#2 ID", "#1 String", "#2 String"])
    writer.writerows([quality, "1", "2", first, second] for quality, first, second in pairs)
    path = tmp_path / "pairs.tsv"
    path.write_text(written.getvalue(), encoding="utf-8")
    assert '"""We will not sign,"" Brell said on Monday."' in path.read_text(encoding="utf-8")
    read = read_pairs(path)
    assert [(p.paraphrase, p.first, p.second) for p in read] == [(q == "1", a, b) for q, a, b in pairs]


def test_a_pair_file_in_msrps_own_layout_keeps_its_quotation_marks(tmp_path: Path) -> None:
    # MSRP's own fields open and close with quotation marks that are the sentence's, never doubled, and one may be
    # left open: the file is not read as CSV quoting unless a field doubles one.
    rows = [
        '1\t1\t2\t"We will work with the board."\tThe board will be worked with.',
        "0\t3\t4\t\"It is never fun to be fourth,'' said Kell. \"\tKell came fourth.",
    ]
    path = tmp_path / "pairs.tsv"
    path.write_text(HEADER + "\n".join(rows) + "\n", encoding="utf-8")
    assert [p.first for p in read_pairs(path)] == [
        '"We will work with the board."',
        "\"It is never fun to be fourth,'' said Kell. \"",
    ]


def test_a_csv_quoted_field_left_open_is_named_with_its_line(tmp_path: Path) -> None:
    rows = ['1\t1\t2\t"""Talks went on,"" she said."\tTalks went on.', '0\t3\t4\t"The ferry left.\tRain fell.']
    path = tmp_path / "pairs.tsv"
    path.write_text(HEADER + "\n".join(rows) + "\n", encoding="utf-8")
    with pytest.raises(InputError, match=re.escape(f"{path}:3: a quotation mark opens a field")):
        read_pairs(path)


def test_a_header_line_of_five_columns_and_a_trailing_tab_reads_rows_of_five(tmp_path: Path) -> None:
    path = tmp_path / "pairs.tsv"
    path.write_text("Quality\tID 1\tID 2\tFirst\tSecond\t\n1\t1\t2\tThe ferry left.\tIt left.\n", encoding="utf-8")
    assert [p.first for p in read_pairs(path)] == ["The ferry left."]


def test_columns_the_header_names_after_msrps_five_are_left_aside(tmp_path: Path) -> None:
    # A pair file with a column of its own after MSRP's five (a source, a note) was refused at its first pair for
    # having six fields, though its header line names the sixth.
    path = tmp_path / "pairs.tsv"
    path.write_text(
        "Quality\t#1 ID\t#2 ID\t#1 String\t#2 String\tSource\tNote\n"
        "1\t1\t2\tThe ferry left at dawn.\tAt dawn the ferry left.\tdesk\tchecked\n"
        "0\t3\t4\tRain fell.\tBanks closed.\tdesk\t\n",
        encoding="utf-8",
    )
    assert [(p.paraphrase, p.first, p.second) for p in read_pairs(path)] == [
        (True, "The ferry left at dawn.", "At dawn the ferry left."),
        (False, "Rain fell.", "Banks closed."),
    ]


@pytest.mark.parametrize(
    ("header", "row", "message"),
    [
        (
            "Quality\t#1 ID\t#2 ID\t#1 String\t#2 String\tSource\n",
            "1\t1\t2\tThe ferry left.\tIt left.",
            ":2: expected 6 tab-separated fields, as the header line names (Quality, #1 ID, #2 ID, #1 String, "
            "#2 String, Source), found 5",
        ),
        (
            "Quality\tSentence 1\tSentence 2\t#1 ID\t#2 ID\tSource\n",
            "1\tThe ferry left.\tIt left.\t1\t2\tdesk",
            ":1: the header line names 6 columns (Quality, Sentence 1, Sentence 2, #1 ID, #2 ID, Source); the MSRP "
            "layout's five come first (Quality, #1 ID, #2 ID, #1 String, #2 String)",
        ),
    ],
    ids=["row-short-of-the-header", "header-without-msrps-columns"],
)
def test_a_header_line_of_other_columns_is_named_with_its_columns(
    tmp_path: Path, header: str, row: str, message: str
) -> None:
    path = tmp_path / "pairs.tsv"
    path.write_text(header + row + "\n", encoding="utf-8")
    with pytest.raises(InputError, match=re.escape(f"{path}{message}")):
        read_pairs(path)


def test_a_gold_text_in_another_article_than_the_one_named_says_where_it_is() -> None:
    comparison = compare(BRIDGE)
    one, two = (a.id for a in comparison.articles)
    # A pair with its two articles swapped, or a unique sentence put under the wrong article, was told only to quote
    # a stretch of one sentence, as if its text were mistyped.
    gold = {"unique": [{"article": one, "text": "The mayor wore a red hat."}]}
    message = f"is in no sentence of {one}, but in sentence 1 of {two}; name the article it is in"
    with pytest.raises(InputError, match=re.escape(message)):
        score_alignment(comparison, gold)


def test_a_gold_of_other_articles_is_named_as_such_not_only_by_its_first_text() -> None:
    # A gold written for another cluster whose articles bear the same names (herald, courier) said only that its
    # first text was in no sentence, and to quote a stretch of one, as if that one entry were mistyped.
    comparison = compare(BRIDGE)
    one, two = (a.id for a in comparison.articles)
    gold = {
        "pairs": [{"a": one, "a_text": "ferry sank off", "b": two, "b_text": "ferry went down"}],
        "unique": [{"article": one, "text": "Snow closed the pass"}],
    }
    message = "none of the gold's 3 texts is in a sentence of these articles (a gold of other articles?)"
    with pytest.raises(InputError, match=re.escape(message)):
        score_alignment(comparison, gold)
    gold["unique"] = [{"article": one, "text": "dog barked"}]  # one text found: a mistyped entry, named as before
    with pytest.raises(InputError) as raised:
        score_alignment(comparison, gold)
    assert "is in no sentence of" in str(raised.value) and "other articles" not in str(raised.value)


def test_a_comparisons_json_given_as_the_gold_is_named_as_such(tmp_path: Path) -> None:
    # It said "expected a JSON object with a 'pairs' list, a 'unique' list or both".
    path = tmp_path / "comparison.json"
    path.write_text(compare(BRIDGE).to_json(), encoding="utf-8")
    with pytest.raises(InputError, match=re.escape(f"{path}: is a comparison's JSON (what compare writes)")):
        read_gold(path)


def test_progress_asked_for_without_a_standard_error_is_not_drawn(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # With standard error closed (`2>&-`, or a service that runs Python without one), sys.stderr is None, and
    # `evaluate --progress` (evaluate_pairs(progress=True)) failed writing its bar, the scores lost with it.
    import sys

    monkeypatch.setattr(importlib.import_module("newsdiff.compare"), "PROGRESS_DELAY", 0)
    path = write_pairs(tmp_path)
    monkeypatch.setattr(sys, "stderr", None)
    assert evaluate_pairs(path, progress=True) == evaluate_pairs(path)


class _ClosedDescriptor(io.StringIO):
    """Standard error as `2>&-` leaves it to a command: there, but every write fails."""

    def write(self, text: str) -> int:
        raise OSError(9, "Bad file descriptor")


def test_progress_that_cannot_be_written_leaves_the_scores_alone(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # `newsdiff evaluate pairs.tsv --progress 2>&-` ended with status 1 and printed nothing: the bar's first write
    # raised OSError (a bad file descriptor), and the scores were lost with it.
    import sys

    monkeypatch.setattr(importlib.import_module("newsdiff.compare"), "PROGRESS_DELAY", 0)
    path = write_pairs(tmp_path)
    monkeypatch.setattr(sys, "stderr", _ClosedDescriptor())
    assert evaluate_pairs(path, progress=True) == evaluate_pairs(path)
    # tqdm held its lock of every bar's when its write failed, and kept it: a bar in another thread waited for ever.
    from tqdm import tqdm

    elsewhere = threading.Thread(target=lambda: list(tqdm(range(2), file=io.StringIO(), delay=0)), daemon=True)
    elsewhere.start()
    elsewhere.join(timeout=30)
    assert not elsewhere.is_alive()


def test_header_less_pair_files_joined_with_their_byte_order_marks_are_read(tmp_path: Path) -> None:
    # `cat a.tsv b.tsv` of files saved with a byte-order mark and no header line: the second file's mark opened
    # its first pair's Quality, refused as "not '\ufeff0'".
    path = tmp_path / "joined.tsv"
    path.write_bytes(
        "\ufeff1\t1\t2\tThe ferry left.\tIt left.\n".encode() + "\ufeff0\t3\t4\tRain fell.\tBanks closed.\n".encode()
    )
    assert [(p.paraphrase, p.first) for p in read_pairs(path)] == [(True, "The ferry left."), (False, "Rain fell.")]


class _Compared(Exception):
    """Raised in place of the comparison, to show a gold was let through to it."""


def _refuse_relating(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make relating a cluster's sentences raise :class:`_Compared` (``newsdiff.compare`` is the function as an
    attribute of the package: the module is taken from the imported ones)."""

    def compared(*args: object, **kwargs: object) -> None:
        raise _Compared

    monkeypatch.setattr(importlib.import_module("newsdiff.compare"), "align", compared)


@pytest.mark.parametrize(
    ("named", "message"),
    [
        ("herald", None),
        ("herald-2", None),
        ("courier.json", None),
        ("  meridian   WIRE ", None),
        ("nowhere", "names article 'nowhere', not in the comparison (herald, herald-2, courier)"),
        ("herald.txt", "'herald.txt' is the file name of herald and herald-2; name them by id"),
        ("wire/courier.json", "names article 'wire/courier.json', a path; name it by its file name, 'courier.json'"),
    ],
)
def test_a_gold_naming_an_article_not_given_is_refused_before_the_comparison(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, named: str, message: str | None
) -> None:
    for folder, extra in (("east", "It rained in the port."), ("west", "Snow fell on the quay.")):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "herald.txt").write_text(f"Talks began on Monday in Kessel. {extra}", encoding="utf-8")
    record = {"id": "courier", "outlet": "Meridian Wire", "text": "Talks began on Monday in Kessel. Fog came."}
    (tmp_path / "courier.json").write_text(json.dumps(record), encoding="utf-8")
    articles = [str(tmp_path / "east" / "herald.txt"), str(tmp_path / "west" / "herald.txt")]
    articles.append(str(tmp_path / "courier.json"))
    gold = tmp_path / "gold.json"
    gold.write_text(json.dumps({"unique": [{"article": named, "text": "Talks began"}]}), encoding="utf-8")
    # Scoring after the comparison refuses exactly these names, with these messages.
    _assert_refused_before_relating_as_after(monkeypatch, gold, articles, message, f"{gold}, unique entry 1: ")


_KESSEL = {
    "herald": "Talks on the harbour began on Monday in Kessel. Mayor Ilse Varro said the talks would go on.\n"
    "Photo: Anna Brel/Staff\nRain fell all day.",
    "courier": "Talks on the harbour began on Monday in Kessel. The talks will go on, Mayor Ilse Varro said.",
}


@pytest.mark.parametrize(
    ("entry", "message"),
    [
        ({"article": "herald", "text": "  Rain fell \n all day "}, None),
        ({"article": "herald", "text": "harbour began"}, None),
        ({"article": "herald", "text": "the quay was shut"}, "is in no sentence of herald"),
        ({"article": "herald", "text": "Kessel. Mayor"}, "runs across sentences 0 to 1 of herald"),
        ({"article": "herald", "text": "Anna Brel"}, "is in text of herald that cleaning removed (credit)"),
        ({"article": "herald", "text": "the"}, "is in sentences 0 and 1 of herald"),
        ({"article": "courier", "text": "Rain fell"}, "is in no sentence of courier"),
    ],
)
def test_a_gold_text_in_no_sentence_is_refused_before_the_sentences_are_related(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, entry: dict[str, str], message: str | None
) -> None:
    paths = _kessel_files(tmp_path)
    gold = tmp_path / "gold.json"
    gold.write_text(json.dumps({"unique": [entry]}), encoding="utf-8")
    # Scoring after the comparison refuses exactly these texts, with these messages.
    _assert_refused_before_relating_as_after(monkeypatch, gold, paths, message, f"{gold}, unique entry 1: text ")


def _kessel_files(tmp_path: Path) -> list[str]:
    """Write the Kessel articles in ``tmp_path`` and return their paths."""
    for name, text in _KESSEL.items():
        (tmp_path / f"{name}.txt").write_text(text, encoding="utf-8")
    return [str(tmp_path / f"{name}.txt") for name in _KESSEL]


def _assert_refused_before_relating_as_after(
    monkeypatch: pytest.MonkeyPatch, gold: Path, articles: list[str], message: str | None, start: str
) -> None:
    """Check that ``evaluate --gold`` refuses ``gold`` before relating any sentence exactly as scoring refuses it
    after the comparison (a message beginning ``start`` and holding ``message``), or accepts it as scoring does."""
    if message is None:
        assert score_alignment(compare(articles), gold).uniques == 1
    else:
        with pytest.raises(InputError, match=re.escape(start)) as late:
            score_alignment(compare(articles), gold)
        assert message in str(late.value)

    _refuse_relating(monkeypatch)
    result = CliRunner().invoke(main, ["evaluate", "--gold", str(gold), *articles])
    if message is None:
        assert isinstance(result.exception, _Compared), result.output
    else:
        assert result.exit_code == 2 and not isinstance(result.exception, _Compared), result.output
        assert start in result.output and str(late.value) in " ".join(result.output.split())


def test_a_gold_checked_before_the_relating_scores_as_a_comparison_scored_after(tmp_path: Path) -> None:
    paths = _kessel_files(tmp_path)
    gold = tmp_path / "gold.json"
    pairs = [
        {"a": "herald", "a_text": "harbour began", "b": "courier", "b_text": "harbour began", "label": "shared"},
        {"a": "herald", "a_text": "Mayor Ilse", "b": "courier", "b_text": "will go on", "label": "paraphrased"},
    ]
    gold.write_text(json.dumps({"pairs": pairs, "unique": [{"article": "herald", "text": "Rain"}]}), "utf-8")
    result = CliRunner().invoke(main, ["evaluate", "--gold", str(gold), *paths, "--format", "json", "--explain"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.output) == score_alignment(compare(paths), gold, explain=True).to_dict()


@pytest.mark.skipif(not Path("/dev/fd").is_dir(), reason="needs /dev/fd, as a shell's <(...) gives")
def test_a_gold_given_as_a_pipe_is_read_once(tmp_path: Path) -> None:
    # `evaluate --gold <(unzip -p golds.zip kessel.json) ...` read the gold to check it, then again to score it, and
    # the pipe, empty by then, was "not JSON (Expecting value: line 1 column 1)".
    paths = _kessel_files(tmp_path)
    reading, writing = os.pipe()
    with os.fdopen(writing, "w", encoding="utf-8") as pipe:
        pipe.write(json.dumps({"unique": [{"article": "herald", "text": "Rain fell"}]}))
    try:
        result = CliRunner().invoke(main, ["evaluate", "--gold", f"/dev/fd/{reading}", *paths, "--format", "json"])
    finally:
        os.close(reading)
    assert result.exit_code == 0, result.output
    scores = json.loads(result.output)
    assert (scores["uniques"], scores["unique"]) == (1, 1)


# -- Checking a gold against the loaded articles, before comparing ----------------------------------------------


def _loaded_for_gold(tmp_path: Path) -> list[object]:
    """Two loaded articles, one of them from a file with an outlet, as a program checks a gold against them."""
    herald = tmp_path / "herald.txt"
    herald.write_text("outlet: Gull Herald\n\nThe ferry left the quay at dawn on Monday.\n", encoding="utf-8")
    return newsdiff.load([herald, "The ferry departed at dawn on Monday, an hour late."])


def test_check_gold_articles_accepts_every_name_scoring_accepts(tmp_path: Path) -> None:
    loaded = _loaded_for_gold(tmp_path)
    for name in ("herald", "herald.txt", "gull herald"):  # its id, its file's name, its outlet
        pair = {"a": name, "a_text": "ferry left", "b": "article-2", "b_text": "ferry departed"}
        check_gold_articles({"pairs": [pair]}, loaded)  # raises nothing


def test_check_gold_articles_refuses_an_article_not_loaded_before_any_comparison(tmp_path: Path) -> None:
    pair = {"a": "courier", "a_text": "ferry left", "b": "article-2", "b_text": "ferry departed"}
    with pytest.raises(InputError, match=r"^gold\.json, pairs entry 1: names article 'courier', not in"):
        check_gold_articles({"pairs": [pair]}, _loaded_for_gold(tmp_path), "gold.json")


@pytest.mark.parametrize(
    ("gold", "message"),
    [
        ({"pairs": [{"a": "herald", "b_text": "ferry departed"}]}, r"pairs entry 1: needs a non-empty string in"),
        ([{"a": "herald"}], r"expected a JSON object with a 'pairs' list"),
        ({"unique": "herald"}, r"'unique' must be a list"),
    ],
)
def test_check_gold_articles_refuses_parsed_json_out_of_layout_as_scoring_does(
    tmp_path: Path, gold: object, message: str
) -> None:
    # Given json.load's result rather than read_gold's, an entry missing its 'b' was a KeyError, and a list an
    # AttributeError, where score_alignment names the entry.
    with pytest.raises(InputError, match=message):
        check_gold_articles(gold, _loaded_for_gold(tmp_path))  # type: ignore[arg-type]


def test_evaluate_says_articles_need_a_gold_rather_than_asking_for_the_pair_file_given(tmp_path: Path) -> None:
    # `evaluate pairs.tsv --articles herald.txt` was told "give one sentence-pair file", which it had given.
    herald = tmp_path / "herald.txt"
    herald.write_text("The ferry left the quay at dawn on Monday.\n", encoding="utf-8")
    done = CliRunner().invoke(main, ["evaluate", str(write_pairs(tmp_path)), "--articles", str(herald)])
    assert done.exit_code == 2
    assert done.stderr == (
        "newsdiff: error: --articles gives the articles that an alignment gold labels: use it with --gold GOLD.json "
        "(see main evaluate --help)\n"
    )


def test_a_gold_s_names_label_and_confidence_are_read_without_the_white_space_around_them() -> None:
    # Loading strips an article's id ("herald " is herald), and a gold written by hand or from a spreadsheet's
    # cells named no article with "article-1 ", and refused "shared " as no label.
    comparison = compare(BRIDGE)
    one, two = (a.id for a in comparison.articles)
    pair = {"a": f" {one}", "a_text": "bridge would", "b": f"{two}\t", "b_text": "bridge would", "label": "shared "}
    gold = {"pairs": [{**pair, "confidence": " high "}], "unique": [{"article": f"{one} ", "text": "A dog barked"}]}
    scores = score_alignment(comparison, gold)
    assert (scores.aligned, scores.label_given, scores.labelled, scores.unique) == (1, 1, 1, 1)
    assert scores.by_confidence == (("high", 1, 1),)


def test_a_gold_confidence_of_white_space_alone_is_refused() -> None:
    comparison = compare(BRIDGE)
    one, two = (a.id for a in comparison.articles)
    pair = {"a": one, "a_text": "bridge would", "b": two, "b_text": "bridge would", "confidence": "  "}
    with pytest.raises(InputError, match=re.escape("pairs entry 1: confidence must be a name such as 'high' (null")):
        score_alignment(comparison, {"pairs": [pair]})


def test_articles_named_by_their_position_in_a_gold_are_told_how_to_name_them() -> None:
    # Only "needs a non-empty string in 'a', 'b'" was said, which leaves the writer guessing what string.
    comparison = compare(BRIDGE)
    pair = {"a": 0, "a_text": "bridge would", "b": 1, "b_text": "bridge would"}
    message = "pairs entry 1: needs a non-empty string in 'a', 'b'; an article is named by its id, its outlet or"
    with pytest.raises(InputError, match=re.escape(message)):
        score_alignment(comparison, {"pairs": [pair]})
    with pytest.raises(
        InputError, match=re.escape("unique entry 1: needs a non-empty string in 'article'; an article")
    ):
        score_alignment(comparison, {"unique": [{"article": 1, "text": "red hat"}]})


def test_a_sentence_number_written_as_a_whole_float_is_read_as_that_number() -> None:
    # A column of numbers with gaps (null) is written by pandas as floats, 0.0 for 0: it was refused as no number.
    comparison = compare(BRIDGE)
    one, two = (a.id for a in comparison.articles)
    pair = {
        "a": one,
        "a_text": "bridge would",
        "b": two,
        "b_text": "bridge would",
        "a_sentence": 0.0,
        "b_sentence": None,
    }
    assert score_alignment(comparison, {"pairs": [pair]}).aligned == 1
    pair["a_sentence"] = 1.0
    with pytest.raises(InputError, match=re.escape("a_sentence: 1 disagrees with the text")):
        score_alignment(comparison, {"pairs": [pair]})
    for number in (0.5, float("nan"), float("inf")):
        pair["a_sentence"] = number
        with pytest.raises(InputError, match=re.escape(f"a_sentence: {number!r} is not a sentence's number")):
            score_alignment(comparison, {"pairs": [pair]})


@pytest.mark.parametrize(
    ("entry", "message"),
    [
        (
            {"a_sentence": 1},
            "gold, pairs entry 1, a_sentence: 1 disagrees with the text, 'bridge would', which is in sentence 0 of",
        ),
        (
            {"b_index": 3},
            "gold, pairs entry 1, b_index: 3 disagrees with the text, 'bridge would', which is in sentence 0 of",
        ),
        ({"a_sentence": "0"}, "gold, pairs entry 1, a_sentence: '0' is not a sentence's number; give a whole number"),
        ({"b_sentence": True}, "gold, pairs entry 1, b_sentence: True is not a sentence's number"),
        ({"a_sentence": 0, "a_index": 1}, "gold, pairs entry 1: a_sentence 0 and a_index 1 disagree; give one of them"),
    ],
    ids=["a-other", "b-past-the-end", "a-string", "b-bool", "a-twice"],
)
def test_a_sentence_number_beside_a_gold_pair_s_text_that_disagrees_is_refused_naming_its_key(
    entry: dict[str, object], message: str
) -> None:
    # The number was left alone as a note: a gold whose text and number named two sentences was scored by the text
    # without a word, and its writer never learnt which one was wrong.
    comparison = compare(BRIDGE)
    one, two = (a.id for a in comparison.articles)
    pair = {"a": one, "a_text": "bridge would", "b": two, "b_text": "bridge would", **entry}
    with pytest.raises(InputError, match=re.escape(f"alignment {message}")):
        score_alignment(comparison, {"pairs": [pair]})


def test_a_sentence_number_beside_a_gold_text_that_agrees_is_accepted_and_chooses_among_those_holding_it() -> None:
    comparison = compare(["The talks ended. Then the talks ended again.", "The talks ended. Then rain fell."])
    one, two = (a.id for a in comparison.articles)
    pair = {"a": one, "a_text": "The talks ended", "b": two, "b_text": "talks ended", "b_sentence": 0}
    # "talks ended" is in two sentences of the first article: refused without a number, saying where to give one.
    with pytest.raises(InputError, match=re.escape("quote more of the one meant, or give its number as a_sentence")):
        score_alignment(comparison, {"pairs": [{**pair, "a_text": "talks ended"}]})
    scores = score_alignment(comparison, {"pairs": [{**pair, "a_text": "talks ended", "a_sentence": 0}]})
    assert (scores.pairs, scores.aligned) == (1, 1)
    unique = {"article": one, "text": "talks ended", "sentence": 1}
    assert score_alignment(comparison, {"unique": [unique]}).uniques == 1
    message = f"unique entry 1, index: 0 disagrees with the text, 'Then rain', which is in sentence 1 of {two};"
    with pytest.raises(InputError, match=re.escape(message)):
        score_alignment(comparison, {"unique": [{"article": two, "text": "Then rain", "index": 0}]})


@pytest.mark.parametrize(
    ("entry", "message"),
    [
        ({"article": " herald ", "text": "Rain fell", "sentence": 2}, None),
        ({"article": "herald", "text": "Rain fell", "sentence": 0}, "which is in sentence 2 of herald; mend the"),
    ],
    ids=["agrees", "disagrees"],
)
def test_a_gold_sentence_number_is_checked_before_the_sentences_are_related(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, entry: dict[str, object], message: str | None
) -> None:
    paths = _kessel_files(tmp_path)
    gold = tmp_path / "gold.json"
    gold.write_text(json.dumps({"unique": [entry]}), encoding="utf-8")
    start = f"{gold}, unique entry 1, sentence: 0 disagrees with the text, 'Rain fell'"
    _assert_refused_before_relating_as_after(monkeypatch, gold, paths, message, start)


def test_the_gold_pairs_missed_are_given_as_pairs_a_program_can_use() -> None:
    # "missing" names each pair in a line of text, "a#1 <-> b#1", with the articles as the gold names them: a
    # script had to split it, and an id holding "#" or " <-> " (or an outlet's name in the gold) split wrong.
    comparison = compare(
        [
            newsdiff.Article(BRIDGE[0], id="harbour#2", outlet="Quay Post"),
            newsdiff.Article(BRIDGE[1], id="dock <-> quay"),
        ]
    )
    pairs = [
        {"a": "harbour#2", "a_text": "bridge", "b": "dock <-> quay", "b_text": "bridge", "label": "shared"},
        {"a": "Quay Post", "a_text": "dog", "b": "dock <-> quay", "b_text": "mayor", "label": "paraphrased"},
    ]
    scores = score_alignment(comparison, {"pairs": pairs})
    assert scores.missing == ("Quay Post#1 <-> dock <-> quay#1",)
    (missed,) = scores.missing_pairs
    assert (missed.entry, missed.first, missed.second, missed.gold_label) == (
        2,
        ("harbour#2", 1),
        ("dock <-> quay", 1),
        "paraphrased",
    )
    assert comparison.sentence(*missed.first).text == "A dog barked at the crowd."
    assert scores.to_dict()["missing_pairs"] == [
        {
            "entry": 2,
            "a": "harbour#2",
            "a_sentence": 1,
            "b": "dock <-> quay",
            "b_sentence": 1,
            "gold_label": "paraphrased",
        }
    ]
    assert str(missed) == "pairs entry 2: harbour#2#1 <-> dock <-> quay#1"
