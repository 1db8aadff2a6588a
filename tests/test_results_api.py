"""Comparison.relate: whether and why a comparison matched two of its sentences, scored as it scored them."""

from __future__ import annotations

import bz2
import datetime
import io
import json
import lzma
import os
import re
import sys
import tracemalloc
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from conftest import EXAMPLE_CLUSTER

import newsdiff
from newsdiff import align as align_module
from newsdiff.clean import Removal, clean
from newsdiff.relate import cluster_cuts
from newsdiff.result import ROW_FIELDS, Scoring, display_names


@pytest.fixture(scope="module")
def cluster() -> list[newsdiff.Article]:
    return newsdiff.load(sorted(EXAMPLE_CLUSTER.glob("*.txt")))


@pytest.fixture(scope="module")
def example(cluster: list[newsdiff.Article]) -> newsdiff.Comparison:
    return newsdiff.compare(cluster)


def _every_pair(result: newsdiff.Comparison, first: str, second: str) -> list[newsdiff.Verdict]:
    return [
        result.relate((first, s.index), (second, o.index))
        for s in result.article(first).sentences
        for o in result.article(second).sentences
    ]


def _recorded(result: newsdiff.Comparison, verdict: newsdiff.Verdict) -> newsdiff.Match | None:
    (article, index), (other, other_index) = verdict.first, verdict.second
    found = [m for m in result.sentence(article, index).matches if (m.article, m.sentence) == (other, other_index)]
    return found[0] if found else None


def test_a_comparison_records_how_it_scored(cluster: list[newsdiff.Article]) -> None:
    threshold, floor = cluster_cuts("lexical")
    assert newsdiff.compare(cluster[:2]).scoring == Scoring("lexical", threshold, floor)
    assert newsdiff.compare(cluster[:2], threshold=0.5, floor=0.2).scoring == Scoring("lexical", 0.5, 0.2)


def test_relate_agrees_with_every_match_of_the_example_cluster(example: newsdiff.Comparison) -> None:
    pairs = list(example.pairs())
    verdicts = [example.relate((p.first_article, p.first.index), (p.second_article, p.second.index)) for p in pairs]
    assert [(v.matched, v.label, v.score) for v in verdicts] == [(True, p.label, p.score) for p in pairs]
    # Each rule that matches sentences is met, the floor's among them.
    assert {v.reason for v in verdicts} == {"shared", "above-threshold", "mutual-best"}
    threshold, floor = example.scoring.threshold, example.scoring.floor  # type: ignore[union-attr]
    for v in verdicts:
        if v.reason == "mutual-best":
            assert floor <= v.score < threshold
            assert str(v).startswith("paraphrased: ") and "best match" in str(v)


def test_relate_is_the_same_either_way_round(example: newsdiff.Comparison) -> None:
    pair = next(example.pairs())
    one = example.relate((pair.first_article, pair.first.index), (pair.second_article, pair.second.index))
    two = example.relate((pair.second_article, pair.second.index), (pair.first_article, pair.first.index))
    assert (one.label, one.score, one.reason) == (two.label, two.score, two.reason)


def test_relate_says_why_unmatched_pairs_are_not_matched(cluster: list[newsdiff.Article]) -> None:
    # Under a low threshold the floor is lower still, and best matches elsewhere leave pairs above it unmatched.
    result = newsdiff.compare(cluster, threshold=0.1)
    first = result.articles[0].id
    verdicts = [v for other in result.articles[1:] for v in _every_pair(result, first, other.id)]
    for v in verdicts:
        recorded = _recorded(result, v)
        assert v.matched == (recorded is not None)
        if not v.matched:
            assert v.label == "unrelated" and str(v).startswith("not matched: ")
    reasons = {v.reason for v in verdicts if not v.matched}
    assert {"not-mutual-best", "below-floor", "not-candidate"} <= reasons
    for v in verdicts:
        if v.reason == "not-mutual-best":
            assert result.scoring is not None and result.scoring.floor <= v.score < result.scoring.threshold
            assert "better (" in str(v)
        elif v.reason == "below-floor":
            assert result.scoring is not None and v.score < result.scoring.floor


def test_relate_weighs_words_as_the_comparison_did_not_as_relate_of_texts(example: newsdiff.Comparison) -> None:
    # newsdiff.relate of the texts uses the shipped cut and weights: the floor's matches are unrelated to it.
    for pair in example.pairs():
        verdict = example.relate((pair.first_article, pair.first.index), (pair.second_article, pair.second.index))
        if verdict.reason == "mutual-best":
            assert newsdiff.relate(pair.first.text, pair.second.text).label == "unrelated"
            return
    pytest.fail("the example cluster has no pair matched by the floor")


def test_a_comparison_read_back_from_json_must_be_told_how_it_scored(example: newsdiff.Comparison) -> None:
    back = newsdiff.Comparison.from_json(example.to_json())
    assert back.scoring is None
    pair = next(example.pairs())
    refs = (pair.first_article, pair.first.index), (pair.second_article, pair.second.index)
    with pytest.raises(newsdiff.InputError, match=r"does not record how it scored.*read back from JSON.*scored_with"):
        back.relate(*refs)
    told = back.scored_with("lexical")
    assert told.scoring == example.scoring
    assert all(
        told.relate((p.first_article, p.first.index), (p.second_article, p.second.index)).score == p.score
        for p in example.pairs()
    )


def test_settings_that_do_not_give_the_comparisons_matches_are_refused(example: newsdiff.Comparison) -> None:
    strict = newsdiff.Comparison.from_json(example.to_json()).scored_with("lexical", threshold=0.6)
    with pytest.raises(newsdiff.InputError, match=r"the comparison holds paraphrased at .* threshold 0\.60 .* gives"):
        for p in example.pairs():
            strict.relate((p.first_article, p.first.index), (p.second_article, p.second.index))


def test_relate_takes_an_article_by_its_outlet_and_names_it_by_id() -> None:
    result = newsdiff.compare(
        [
            newsdiff.Article("The ferry to Marrow sailed at dawn.", id="morning", outlet="Harbour Herald"),
            newsdiff.Article("The ferry to Marrow sailed at dawn.", id="wire", outlet="Wire"),
        ]
    )
    verdict = result.relate(("Harbour Herald", 0), ("wire", 0))
    assert (verdict.first, verdict.second, verdict.label) == (("morning", 0), ("wire", 0), "shared")


def test_relate_refuses_two_sentences_of_one_article(example: newsdiff.Comparison) -> None:
    first = example.articles[0].id
    with pytest.raises(newsdiff.InputError, match=f"both sentences are of article '{first}'.*newsdiff.relate"):
        example.relate((first, 0), (first, 1))


@pytest.mark.parametrize("ref", ["herald", ("herald",), 3])
def test_relate_refuses_a_reference_that_is_not_an_article_and_index(example: newsdiff.Comparison, ref: object) -> None:
    with pytest.raises(newsdiff.InputError, match=r"first must be an \(article id, sentence index\) pair"):
        example.relate(ref, (example.articles[1].id, 0))  # type: ignore[arg-type]


def test_relate_names_an_unknown_article_or_sentence(example: newsdiff.Comparison) -> None:
    with pytest.raises(newsdiff.NotFoundError, match="no article 'nowhere'"):
        example.relate(("nowhere", 0), (example.articles[1].id, 0))
    with pytest.raises(newsdiff.NotFoundError, match="has sentences 0 to"):
        example.relate((example.articles[0].id, 999), (example.articles[1].id, 0))


BRIDGE_A = (
    "The harbour bridge closed on Tuesday so that engineers could replace its rusted cables. "
    "Drivers must take the coast road while engineers work on the harbour bridge cables. "
    "Fishing crews said they had run out of ice. A choir sang at the old chapel on Sunday. Tram fares will rise in "
    "June. The museum reopened its glass wing. Snow is forecast for the hills. A new bakery opened on Quay Street."
)
BRIDGE_B = (
    "Engineers began replacing the rusted cables of the harbour bridge, closed since Tuesday. "
    "While the harbour bridge is shut for its cables, drivers are sent along the coast road. "
    "The ferry to Marrow was late again. Students marched for cheaper rents. The zoo welcomed two otters. "
    "Heavy rain flooded a car park. The library extended its hours. A cyclist won the coastal race."
)


def test_relate_says_a_paraphrase_above_the_threshold_is_dropped_for_better_ones() -> None:
    # Each of the two opening sentences is related to both of the other article's: each keeps its better one.
    result = newsdiff.compare([{"id": "a", "text": BRIDGE_A}, {"id": "b", "text": BRIDGE_B}])
    verdicts = [result.relate(("a", i), ("b", j)) for i in range(2) for j in range(2)]
    assert [v.matched for v in verdicts] == [_recorded(result, v) is not None for v in verdicts]
    dropped = [v for v in verdicts if v.reason == "not-best"]
    assert dropped
    for v in dropped:
        assert not v.matched and v.score >= result.scoring.threshold  # type: ignore[union-attr]
        assert "at or above the threshold" in str(v) and "better (" in str(v)


def test_a_score_found_again_a_hair_away_from_the_comparisons_is_the_same(example: newsdiff.Comparison) -> None:
    # An engine that embeds sentences may embed them a hair differently in another batch: not another scoring.
    data = example.to_dict()
    pair = next(example.pairs())
    for article, sentence, other, index in (
        (pair.first_article, pair.first.index, pair.second_article, pair.second.index),
        (pair.second_article, pair.second.index, pair.first_article, pair.first.index),
    ):
        [held] = [a for a in data["articles"] if a["id"] == article]
        for match in held["sentences"][sentence]["matches"]:
            if (match["article"], match["sentence"]) == (other, index):
                match["score"] = pair.score - 1e-9
    told = newsdiff.Comparison.from_dict(data).scored_with("lexical")
    verdict = told.relate((pair.first_article, pair.first.index), (pair.second_article, pair.second.index))
    assert verdict.matched and verdict.score == pair.score


def test_relate_decides_by_the_rules_align_keeps_links_by(monkeypatch: pytest.MonkeyPatch) -> None:
    # One owner for the rules: with the strong paraphrase's score moved, align keeps what it dropped, and relate
    # says so (a copy of the rule in relate would refuse the comparison as scored with other settings).
    before = newsdiff.compare([{"id": "a", "text": BRIDGE_A}, {"id": "b", "text": BRIDGE_B}])
    dropped = [(i, j) for i in range(2) for j in range(2) if before.relate(("a", i), ("b", j)).reason == "not-best"]
    assert dropped
    monkeypatch.setattr(align_module, "STRONG_PARAPHRASE", 0.0)
    result = newsdiff.compare([{"id": "a", "text": BRIDGE_A}, {"id": "b", "text": BRIDGE_B}])
    for i, j in dropped:
        verdict = result.relate(("a", i), ("b", j))
        assert verdict.matched and verdict.reason == "above-threshold"
        assert _recorded(result, verdict) is not None


def _long_claim(articles: int) -> tuple[newsdiff.Sentence, newsdiff.Group]:
    """A sentence of a long text matched by the same sentence of ``articles`` other articles, and their claim."""
    text = "The ferry company said on Monday that its boats would return to Kessel harbour by the end of the month."
    matches = tuple(newsdiff.Match(f"outlet-{n}", 7, "shared", 1.0) for n in range(1, articles))
    sentence = newsdiff.Sentence(7, text, 400, 400 + len(text), "shared", matches)
    group = newsdiff.Group(0, "shared", tuple((f"outlet-{n}", 7) for n in range(articles)))
    return sentence, group


def test_a_sentences_repr_gives_its_index_label_and_opening_and_counts_its_matches() -> None:
    # It listed every match in full: a line carried by forty outlets filled the screen when echoed in a notebook.
    sentence, _ = _long_claim(40)
    assert repr(sentence) == (
        "Sentence(index=7, text='The ferry company said on Monday that …', start=400, end=503, label='shared', "
        "matches=39)"
    )


def test_a_claims_repr_shows_its_first_members_and_counts_the_rest() -> None:
    _, group = _long_claim(40)
    assert repr(group) == (
        "Group(id=0, label='shared', members=(('outlet-0', 7), ('outlet-1', 7), ('outlet-2', 7), ('outlet-3', 7), "
        "('outlet-4', 7), ... 35 more))"
    )
    # A claim of a few members reads as the dataclass wrote it.
    assert repr(newsdiff.Group(2, "paraphrased", (("herald", 1), ("wire", 0)))) == (
        "Group(id=2, label='paraphrased', members=(('herald', 1), ('wire', 0)))"
    )


def test_every_repr_cuts_an_id_or_outlet_of_a_thousand_characters() -> None:
    # An id made of a page's address ran whole into the repr of the comparison, of each claim, pair, match and verdict
    # naming it.
    long_id, long_outlet = "kessel-" + "x" * 993, "The " + "Harbour " * 125
    result = newsdiff.compare(
        [
            newsdiff.Article("The talks began in Kessel on Monday. It rained.", id=long_id, outlet=long_outlet),
            newsdiff.Article("The talks began in Kessel on Monday. Snow fell.", id="quay"),
        ]
    )
    article = result.articles[0]
    shown = [result, article, result.groups[0], next(result.pairs()), article.sentences[0].matches[0]]
    shown += [result.articles[1].sentences[0].matches[0], result.relate((long_id, 0), ("quay", 0))]
    for value in shown:
        assert len(repr(value)) < 250, repr(value)
    cut = repr(long_id[:59] + "\N{HORIZONTAL ELLIPSIS}")
    assert repr(result).startswith(f"Comparison(articles=[{cut}, 'quay'], sentences=4")
    assert repr(article).startswith(f"ArticleResult(id={cut}, outlet='The Harbour Harbour")
    assert repr(result.groups[0]) == f"Group(id=0, label='shared', members=(({cut}, 0), ('quay', 0)))"
    assert repr(result.articles[1].sentences[0].matches[0]) == (
        f"Match(article={cut}, sentence=0, label='shared', score=1.0)"
    )
    assert repr(shown[-1]).startswith(f"Verdict(first=({cut}, 0), second=('quay', 0), label='shared', score=1.0")
    # An id of the usual length is shown whole, as the dataclass wrote it.
    assert repr(article.sentences[0].matches[0]) == "Match(article='quay', sentence=0, label='shared', score=1.0)"


def test_a_removals_repr_gives_its_span_and_reason_and_the_opening_of_its_text() -> None:
    # A removed caption ran to hundreds of characters, each echoed whole in a notebook's list of removals.
    caption = "Photo: The ferry leaves Kessel harbour at dawn, with the gulls behind it and the pier lights still on."
    removal = clean(f"The ferry sailed on Monday.\n{caption}\nIt came back at noon.").removals[0]
    assert (
        repr(removal) == "Removal(start=28, end=130, reason='caption', text='Photo: The ferry leaves Kessel harbour …')"
    )
    # A short one reads as the dataclass wrote it.
    assert repr(Removal(4, 13, "promo", "Read more")) == "Removal(start=4, end=13, reason='promo', text='Read more')"


def test_a_cleaned_texts_repr_counts_its_characters_and_its_removals_by_reason() -> None:
    # It held the text twice and every removal in full: thousands of characters for one article.
    text = "Share\nThe ferry sailed from Kessel on Monday.\nRead more\nIt came back at noon.\nShare\n"
    assert repr(clean(text * 20)) == "CleanText(source=<1,680 characters>, removals=60 (40 widget, 20 promo))"
    # A short text is shown, and no reasons where nothing was removed.
    assert repr(clean("Talks began.")) == "CleanText(source='Talks began.', removals=0)"


def _many_long_articles(articles: int, sentences: int, outlet: str = "Harbour Echo") -> newsdiff.Comparison:
    """A hand-built comparison of ``articles`` articles, each sentence matched by the same one in every other."""
    line = "The ferry to Kessel left at noon, the harbour master said on Monday, and the gulls followed it."
    built = []
    for n in range(articles):
        ids = [f"outlet-{k}" for k in range(articles) if k != n]
        built.append(
            newsdiff.ArticleResult(
                f"outlet-{n}",
                outlet,
                None,
                "2026-03-14",
                None,
                None,
                "",
                tuple(
                    newsdiff.Sentence(
                        i, line, 100 * i, 100 * i + 96, "shared", [newsdiff.Match(o, i, "shared", 1.0) for o in ids]
                    )
                    for i in range(sentences)
                ),
                (),
            )
        )
    groups = [newsdiff.Group(i, "shared", [(f"outlet-{n}", i) for n in range(articles)]) for i in range(sentences)]
    return newsdiff.Comparison(tuple(built), tuple(groups))


@pytest.mark.parametrize("indent", [2, None, 0, 4, "\t", "\n", "\r\n"])
@pytest.mark.parametrize("shape", [(3, 2), (1, 0), (0, 0), (2, 1)])
def test_to_json_is_json_dumps_of_to_dict_with_its_indent(
    example: newsdiff.Comparison, indent: int | None, shape: tuple[int, int]
) -> None:
    for result in (example, _many_long_articles(*shape, "Harbour \u00e9cho \U0001f6f3"), newsdiff.Comparison((), ())):
        assert result.to_json(indent=indent) == json.dumps(result.to_dict(), ensure_ascii=False, indent=indent)


@pytest.mark.parametrize(
    ("indent", "told"),
    [
        (2.0, r"^indent must be a whole number of spaces, .* not a float: 2\.0; give 2$"),
        (True, r"^indent must be a whole number of spaces, .* not a bool: True$"),
        ("2", r"^indent '2' is no white space: before every line, it makes the text no JSON; give 2, the number$"),
        (
            "--",
            r"^indent '--' is no white space: .*; give a whole number of spaces, white space such as '\\t', or None",
        ),
    ],
)
def test_to_json_refuses_an_indent_that_is_no_number_of_spaces_naming_it(
    example: newsdiff.Comparison, indent: object, told: str
) -> None:
    # 2.0 failed in json on "can't multiply sequence by non-int of type 'float'"; True was taken for one space; and a
    # string such as "2" was written before every line, so that the text was no JSON and from_json refused it.
    with pytest.raises(newsdiff.InputError, match=told):
        example.to_json(indent=indent)  # type: ignore[arg-type]


def test_to_json_of_a_big_comparison_takes_about_twice_its_length_in_memory() -> None:
    # It built the whole of to_dict's data, then a piece of text for each of its values, then joined them: a 77 MB
    # text took 560 MB at its peak. Now the text and its pieces, and one article's data at a time.
    result = _many_long_articles(12, 60)
    tracemalloc.start()
    try:
        text = result.to_json()
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    size = sys.getsizeof(text)
    assert peak < 3 * size, f"{peak:,} bytes at the peak for a text of {size:,} bytes"


def test_to_rows_names_each_of_its_columns_in_order_as_the_api_page_shows_it() -> None:
    # The page said what a row holds, but not under which key: a user had to print a row to find "best_score".
    named = re.findall(r"``(\w+)``", newsdiff.Comparison.to_rows.__doc__ or "")
    assert [name for name in named if name in ROW_FIELDS] == list(ROW_FIELDS)


@pytest.mark.parametrize("where", ["folder", "missing", "file", "empty", "new folder", "file as folder"])
def test_save_html_refuses_a_path_it_cannot_write_naming_it_as_open_does(tmp_path: Path, where: str) -> None:
    # The page is written through a temporary file beside it first, and the error named that file, which the caller
    # never gave: "[Errno 21] Is a directory: '/tmp/.out.3f2a.tmp' -> '/tmp/out'".
    (tmp_path / "notes.txt").write_text("a file", encoding="utf-8")
    given = {
        "folder": str(tmp_path),
        "missing": str(tmp_path / "no" / "such" / "report.html"),
        "file": str(tmp_path / "notes.txt" / "report.html"),
        "empty": "",
        # A path that ends in a separator names a folder: Path drops the separator, and the page was written as a file
        # of the folder's name, or over the file named so.
        "new folder": str(tmp_path / "reports") + os.sep,
        "file as folder": str(tmp_path / "notes.txt") + os.sep,
    }[where]
    with pytest.raises(OSError) as told:
        open(given, "w")  # noqa: SIM115  (what Python itself says of the path)
    for value in (_many_long_articles(2, 1), newsdiff.summarize([_many_long_articles(2, 1)])):
        with pytest.raises(type(told.value)) as refused:
            value.save_html(given)
        assert str(refused.value) == str(told.value) and ".tmp" not in str(refused.value)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.txt"]
    assert (tmp_path / "notes.txt").read_text(encoding="utf-8") == "a file"


def _zipped(data: bytes) -> bytes:
    """``data`` as the one file of a zip archive."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("result.json", data)
    return buffer.getvalue()


@pytest.mark.parametrize(
    ("pack", "kind", "command"),
    [(bz2.compress, "bzip2", "bzcat"), (lzma.compress, "xz", "xzcat"), (_zipped, "zip", "unzip -p")],
)
def test_from_json_of_compressed_bytes_names_the_compression_rather_than_an_encoding(
    example: newsdiff.Comparison, pack: Callable[[bytes], bytes], kind: str, command: str
) -> None:
    # Only gzip was told apart: a .json.bz2 read with read_bytes was "not UTF-8: save the file as UTF-8".
    told = rf"^not a JSON document but {kind}-compressed data: give it uncompressed \(as `{command} FILE` writes it\)"
    with pytest.raises(newsdiff.InputError, match=told):
        newsdiff.Comparison.from_json(pack(example.to_json().encode("utf-8")))


@pytest.mark.parametrize(
    ("given", "told"),
    [
        (("nope", 0.5, 0.1), r"unknown engine 'nope'"),
        ((None, 0.5, 0.1), r"^scoring: engine is missing \(None\); give 'lexical' or 'embeddings'$"),
        (("lexical", "0.5", 0.1), r"threshold must be a score between 0 and 1, got '0\.5': a str"),
        (("lexical", 0.5, -0.1), r"floor must be a score between 0 and 1, got -0\.1"),
        (("lexical", float("nan"), 0.1), r"threshold must be a score between 0 and 1, got nan"),
        (("lexical", None, 0.1), r"threshold must be a score between 0 and 1, not None"),
    ],
)
def test_a_scoring_built_by_hand_is_refused_naming_what_compare_would_not_take(
    given: tuple[object, object, object], told: str
) -> None:
    # Each was kept, and relate() failed on it ("'<' not supported") or gave verdicts no comparison could have made.
    with pytest.raises(newsdiff.InputError, match=told):
        Scoring(*given)  # type: ignore[arg-type]
    assert Scoring("lexical", 0.5, 0.1) == newsdiff.result.scoring("lexical", 0.5, 0.1)


def test_scored_with_an_engine_left_none_is_told_the_engine_is_missing(example: newsdiff.Comparison) -> None:
    # "unknown engine None" read as though an engine named None had been asked for.
    read = newsdiff.Comparison.from_json(example.to_json())
    with pytest.raises(newsdiff.InputError, match=r"^engine is missing \(None\); give 'lexical' or 'embeddings'$"):
        read.scored_with(None)  # type: ignore[arg-type]


@pytest.mark.parametrize("kept", [0, 1])
def test_a_comparison_of_fewer_than_two_articles_reads_back_as_it_was_written(kept: int) -> None:
    # compare refuses fewer than two articles; data of one (a program kept one article of a comparison) or none
    # contradicts nothing, and reads back as it was written rather than as one refused.
    sentence = newsdiff.Sentence(0, "The ferry ran late.", 0, 19, "unique")
    article = newsdiff.ArticleResult("herald", None, None, None, None, None, "", (sentence,), ())
    built = newsdiff.Comparison((article,) * kept, ())
    again = newsdiff.Comparison.from_json(built.to_json())
    assert again == built and again.to_json() == built.to_json()
    assert (
        str(again).splitlines()[0]
        == f"newsdiff {built.version}: {kept} article{'' if kept == 1 else 's'}, 0 claims carried by more than one"
    )


@pytest.mark.parametrize("given", [datetime.date(2026, 3, 14), datetime.datetime(2026, 3, 14, 10, 42)])
def test_an_article_built_by_hand_with_a_date_object_is_told_the_string_to_give(given: datetime.date) -> None:
    # Told only "date datetime.date(2026, 3, 14) is not a string", as a DataFrame's column of dates gives them.
    with pytest.raises(
        newsdiff.InputError,
        match=r"^article 'herald': date must be a string or None, not a date(time)?; give "
        r"it as '2026-03-14', as \.strftime\('%Y-%m-%d'\) writes it$",
    ):
        newsdiff.ArticleResult("herald", None, None, given, None, None, "", (), ())  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("given", "told"),
    [
        (1, r"^an article's id is a string, not an int: 1; give '1'$"),
        (None, r"^an article's id is a string, not None \(articles: 1, 2\)$"),
        (("1", 0), r"^\('1', 0\) is an \(article id, sentence index\) pair, which names a sentence: give the id alone"),
    ],
)
def test_an_article_asked_for_by_what_is_no_id_is_told_what_to_give(given: object, told: str) -> None:
    # Articles of files 1.txt and 2.txt were "no article 1 in this comparison (articles: 1, 2)", as though not there.
    result = newsdiff.compare(
        [
            newsdiff.Article("The talks began in Kessel on Monday. It rained.", id="1"),
            newsdiff.Article("The talks began in Kessel on Monday. Snow fell.", id="2"),
        ]
    )
    asks = [result.article, lambda given: result.sentence(given, 0)]
    for ask in asks if given is None else [*asks, result.pairs]:  # pairs(None) gives every pair
        with pytest.raises(newsdiff.NotFoundError) as refused:
            ask(given)  # type: ignore[operator]
        assert re.search(told, refused.value.args[0])


def test_a_direction_override_in_an_outlet_or_id_is_printed_as_its_escape_not_obeyed() -> None:
    # printed as it was, a right-to-left override in a scraped outlet name reversed the rest of the terminal's line,
    # so that "1 shared, 0 paraphrased" read backwards; an id in an error's list of articles did the same.
    override, isolate = "\N{RIGHT-TO-LEFT OVERRIDE}", "\N{RIGHT-TO-LEFT ISOLATE}"
    result = newsdiff.compare(
        [
            newsdiff.Article("The talks began in Kessel on Monday. It rained.", id=f"tide{override}", outlet="Tide"),
            newsdiff.Article("The talks began in Kessel on Monday. Snow fell.", outlet=f"Quay {isolate}Post"),
        ]
    )
    printed = str(result)
    assert override not in printed and isolate not in printed
    assert "  Quay \\u2067Post: 2 sentences, 1 shared" in printed
    with pytest.raises(newsdiff.NotFoundError) as refused:
        result.article("herald")
    assert override not in str(refused.value) and "tide\\u202e" in str(refused.value)


def test_a_lone_direction_mark_in_an_outlets_name_is_printed_as_it_is() -> None:
    # A right-to-left mark leans only the characters beside it, and a name in Hebrew or Arabic may hold one.
    name = "\N{HEBREW LETTER ALEF}\N{HEBREW LETTER BET}\N{RIGHT-TO-LEFT MARK} News"
    result = newsdiff.compare(
        [
            newsdiff.Article("The talks began in Kessel on Monday. It rained.", outlet=name),
            newsdiff.Article("The talks began in Kessel on Monday. Snow fell.", outlet="Quay Post"),
        ]
    )
    assert f"  {name}: 2 sentences" in str(result)


@pytest.mark.parametrize(
    "outlet", ["\N{RIGHT-TO-LEFT OVERRIDE}", "\N{LEFT-TO-RIGHT ISOLATE}\N{POP DIRECTIONAL ISOLATE}"]
)
def test_an_outlet_that_shows_nothing_names_no_article(outlet: str) -> None:
    # Kept as an outlet, a direction mark alone named the article: print() and the report showed it as nothing, and
    # two such articles as their ids' brackets alone, "(tide)".
    result = newsdiff.compare(
        [
            newsdiff.Article("The talks began in Kessel on Monday. It rained.", id="tide", outlet=outlet),
            newsdiff.Article("The talks began in Kessel on Monday. Snow fell.", id="quay", outlet=outlet),
        ]
    )
    assert [a.name for a in result.articles] == ["tide", "quay"]
    assert display_names(result.articles) == ["tide", "quay"]
    assert str(result).splitlines()[1].startswith("  tide: 2 sentences")


def test_outlets_that_differ_only_in_a_character_that_shows_nothing_are_told_apart_by_id() -> None:
    # "Quay Post" and "Quay\u200bPost " read alike: each was shown bare, as though one outlet's name were given twice
    # and its articles could not be told apart.
    result = newsdiff.compare(
        [
            newsdiff.Article("The talks began in Kessel on Monday. It rained.", id="tide", outlet="Quay Post"),
            newsdiff.Article("The talks began in Kessel on Monday. Snow fell.", id="quay", outlet="Quay \u2060Post"),
            newsdiff.Article("The talks began in Kessel on Monday. Hail came.", id="pier", outlet="Pier News"),
        ]
    )
    assert display_names(result.articles) == ["Quay Post (tide)", "Quay \u2060Post (quay)", "Pier News"]


@pytest.mark.parametrize("separator", ["\N{LINE SEPARATOR}", "\N{PARAGRAPH SEPARATOR}"])
def test_a_line_separator_in_an_outlet_read_back_keeps_the_summary_a_line_per_article(separator: str) -> None:
    # Another tool's JSON may hold one (a name scraped from a script): the article's line of print() broke in two.
    result = newsdiff.compare(
        [
            newsdiff.Article("The talks began in Kessel on Monday. It rained.", outlet="Tide Wire"),
            newsdiff.Article("The talks began in Kessel on Monday. Snow fell.", outlet="Quay Post"),
        ]
    )
    data = result.to_dict()
    data["articles"][0]["outlet"] = f"Tide{separator}Wire"
    lines = str(newsdiff.Comparison.from_dict(data)).splitlines()
    assert len(lines) == 3
    assert lines[1].startswith(f"  Tide\\u{ord(separator):04x}Wire: 2 sentences")
