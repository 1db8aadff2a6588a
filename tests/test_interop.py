"""newsdiff inside someone else's program: values that pickle, copy and hash, compare() from threads and worker
processes, inputs of every iterable kind, and errors a pipeline can catch and read."""

from __future__ import annotations

import copy
import dataclasses
import datetime
import gzip
import json
import math
import os
import pickle
import re
import struct
import subprocess
import sys
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
from decimal import Decimal
from fractions import Fraction
from pathlib import Path
from typing import Any

import pytest
import regex
from click.testing import CliRunner

import newsdiff
from newsdiff import Article, InputError, NoiseRule
from newsdiff import result as result_module
from newsdiff.clean import Removal
from newsdiff.cli import main
from newsdiff.evaluate import AlignmentScores, PairScores
from newsdiff.result import PAIR_FIELDS

HARBOUR = (
    "Dock workers in Kessel walked out on Monday after talks on night shifts broke down. "
    "The port authority said no ship would be unloaded before Thursday. "
    "Union leader Mara Tolven said the strike would last as long as it had to."
)
WIRE = (
    "Dock workers in Kessel walked out on Monday after talks on night shifts broke down. "
    "No ship will be unloaded before Thursday, the port authority said. "
    "Fish prices at the Kessel market rose by a third."
)
COAST = (
    "Kessel's dockers went on strike on Monday. "
    "Union leader Mara Tolven said the strike would last as long as it had to. "
    "Ferries to the islands still run."
)


def write_articles(folder: Path) -> list[Path]:
    paths = []
    for name, text in (("harbour", HARBOUR), ("wire", WIRE), ("coast", COAST)):
        path = folder / f"{name}.txt"
        path.write_text(text + "\n", encoding="utf-8")
        paths.append(path)
    return paths


@pytest.fixture(scope="module")
def result() -> newsdiff.Comparison:
    return newsdiff.compare([Article(HARBOUR, id="harbour"), Article(WIRE, id="wire"), Article(COAST, id="coast")])


def public_values(result: newsdiff.Comparison) -> dict[str, object]:
    """One value of each public result and input type."""
    matched = next(s for a in result.articles for s in a.sentences if s.matches)
    return {
        "Article": Article(HARBOUR, id="harbour", outlet="Harbour Gazette", date="2026-03-02"),
        "Comparison": result,
        "ArticleResult": result.articles[0],
        "Sentence": matched,
        "Match": matched.matches[0],
        "Group": result.groups[0],
        "AlignedPair": next(iter(result.pairs())),
        "Relation": newsdiff.relate("The port is shut until Thursday.", "Until Thursday the port is shut."),
        "DiffOp": newsdiff.word_diff("The port is shut.", "The port is closed.")[0],
        "NoiseRule": NoiseRule("promo", r"(?i)subscribe now"),
        "PairScores": PairScores(3, 1, 1, 5, {"shared": (2, 0), "paraphrased": (1, 1), "unrelated": (1, 5)}),
        "AlignmentScores": AlignmentScores(4, 3, 2, 2, 5, 4, 6, 1, ("harbour[2]",), (("high", 3, 3),)),
        "CorpusSummary": newsdiff.summarize([result, result]),
        "Scoring": result.scoring,
        "Verdict": result.relate(result.groups[0].members[0], result.groups[0].members[1]),
    }


def test_there_is_a_comparison_with_claims_to_try(result: newsdiff.Comparison) -> None:
    assert result.groups and any(s.matches for a in result.articles for s in a.sentences)


PUBLIC = [
    "Article",
    "Comparison",
    "ArticleResult",
    "Sentence",
    "Match",
    "Group",
    "AlignedPair",
    "Relation",
    "DiffOp",
    "NoiseRule",
    "PairScores",
    "AlignmentScores",
    "CorpusSummary",
    "Scoring",
    "Verdict",
]


def test_the_list_of_public_values_is_whole(result: newsdiff.Comparison) -> None:
    # Every class the package exports (errors aside) is among them, so that a new one is pickled and hashed here too.
    exported = {
        name
        for name in newsdiff.__all__
        if isinstance(getattr(newsdiff, name), type) and not issubclass(getattr(newsdiff, name), BaseException)
    }
    assert exported <= set(PUBLIC)
    assert sorted(public_values(result)) == sorted(PUBLIC)


@pytest.mark.parametrize("name", PUBLIC)
def test_every_public_value_pickles_copies_and_hashes(result: newsdiff.Comparison, name: str) -> None:
    """A worker process sends results back pickled; a cache deep-copies or keys on them: each comes back equal, and
    a frozen value hashes like every value equal to it."""
    value = public_values(result)[name]
    for again in (pickle.loads(pickle.dumps(value)), copy.deepcopy(value), copy.copy(value)):
        assert again == value
        assert hash(again) == hash(value)


def test_asking_a_comparison_about_its_sentences_again_does_not_hash_its_articles_again(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # relate() keeps what it prepares keyed on the comparison: each question hashed every article again (its text,
    # sentences and matches), the most of each answer's time on a large cluster.
    compared = newsdiff.compare([Article(HARBOUR, id="harbour"), Article(WIRE, id="wire"), Article(COAST, id="coast")])
    hashed = []
    hash_article = newsdiff.ArticleResult.__hash__

    def counted(article: newsdiff.ArticleResult) -> int:
        hashed.append(article.id)
        return hash_article(article)

    monkeypatch.setattr(newsdiff.ArticleResult, "__hash__", counted)
    compared.relate(("harbour", 0), ("wire", 0))
    assert sorted(hashed) == ["coast", "harbour", "wire"]
    hashed.clear()
    for index in range(3):
        compared.relate(("harbour", index), ("wire", index))
    assert hash(compared) == hash(dataclasses.replace(compared))
    assert hashed == ["harbour", "wire", "coast"]  # the replaced one's hash alone


def test_a_comparison_hashed_then_pickled_hashes_as_its_equals_where_it_is_read(result: newsdiff.Comparison) -> None:
    # A string's hash differs from one process to the next: a hash kept with the comparison would be wrong there, and
    # a dict or set of comparisons in the process that read it would not find the equal one.
    hash(result)
    code = (
        "import dataclasses, pickle, sys\n"
        "read = pickle.loads(sys.stdin.buffer.read())\n"
        "print({read: 'found'}.get(dataclasses.replace(read)))\n"
    )
    root = Path(newsdiff.__file__).parent.parent
    seed = "1" if os.environ.get("PYTHONHASHSEED") != "1" else "2"
    done = subprocess.run(
        [sys.executable, "-c", code],
        input=pickle.dumps(result),
        capture_output=True,
        env={**os.environ, "PYTHONHASHSEED": seed, "PYTHONPATH": str(root)},
        check=True,
        timeout=120,
    )
    assert done.stdout.decode().strip() == "found"


def test_compare_from_threads_at_once_gives_what_it_gives_alone(result: newsdiff.Comparison) -> None:
    """A server compares for several requests at once: no cache or setting of one comparison leaks into another."""
    clusters = [[HARBOUR, WIRE, COAST], [WIRE, COAST], [HARBOUR, COAST]]
    alone = [newsdiff.compare(texts) for texts in clusters]
    with ThreadPoolExecutor(max_workers=6) as pool:
        together = list(pool.map(newsdiff.compare, clusters * 4))
    assert together == alone * 4


def test_compare_in_a_fresh_worker_process_gives_what_it_gives_here(result: newsdiff.Comparison) -> None:
    """What joblib or a process pool does: articles pickled to a process that starts afresh, the result pickled back."""
    import multiprocessing

    articles = [Article(HARBOUR, id="harbour"), Article(WIRE, id="wire"), Article(COAST, id="coast")]
    with ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("spawn")) as pool:
        assert pool.submit(newsdiff.compare, articles).result() == result


class _Fspath(os.PathLike[str]):
    """A caller's own path type: newsdiff reads it through ``os.fspath`` alone."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def __fspath__(self) -> str:
        return str(self.path)


@pytest.mark.parametrize(
    "given",
    [
        list,
        tuple,
        lambda paths: (str(p) for p in paths),
        lambda paths: iter(map(_Fspath, paths)),
        lambda paths: map(Article, (p.read_text(encoding="utf-8") for p in paths)),
    ],
    ids=["list of Path", "tuple", "generator of str", "once-only iterator of PathLike", "map of Articles"],
)
def test_compare_takes_any_iterable_of_sources(tmp_path: Path, given: object) -> None:
    paths = write_articles(tmp_path)
    expected = newsdiff.compare(paths)
    assert len(expected.groups) >= 1
    assert labelled(newsdiff.compare(given(paths))) == labelled(expected)  # type: ignore[operator]


def labelled(result: newsdiff.Comparison) -> list[list[tuple[str, str, list[tuple[int, str]]]]]:
    """Each article's sentences with their labels and matches, the articles' ids (which differ by source) aside."""
    order = {a.id: n for n, a in enumerate(result.articles)}
    return [
        [(s.text, s.label, [(order[m.article], m.label) for m in s.matches]) for s in a.sentences]
        for a in result.articles
    ]


@pytest.mark.parametrize(
    ("pattern", "told"),
    [
        (re.compile("(?i)subscribe now"), "not Pattern; give its source, such as '(?i)subscribe now'"),
        (regex.compile("(?i)subscribe now"), "not Pattern; give its source, such as '(?i)subscribe now'"),
        (b"Subscribe now", "not bytes"),
        (None, "not NoneType"),
    ],
)
def test_a_noise_rule_of_a_pattern_that_is_not_a_string_is_refused_naming_it(pattern: object, told: str) -> None:
    """A caller's compiled pattern was a TypeError of the regex package naming no rule, and a bytes pattern was taken,
    to fail with a TypeError at the first line cleaned."""
    with pytest.raises(InputError, match=re.escape(f"noise rule 'promo': pattern must be a string, {told}")):
        NoiseRule("promo", pattern)  # type: ignore[arg-type]


@pytest.mark.parametrize("reason", [None, 7, ("promo",)])
def test_a_noise_rule_whose_reason_is_not_a_string_is_refused(reason: object) -> None:
    """The reason is what a removal reports: one that is no string made results that Comparison.from_json refuses."""
    with pytest.raises(InputError, match=f"noise rule {re.escape(repr(reason))}: reason must be a string"):
        NoiseRule(reason, "Kessel Gazette promo box")  # type: ignore[arg-type]


def test_a_removal_by_a_callers_rule_reads_back_from_json() -> None:
    rule = NoiseRule("house ad", "Kessel Gazette promo box")
    result = newsdiff.compare(["Kessel Gazette promo box\n" + HARBOUR, WIRE], extra_rules=[rule])
    assert [r.reason for r in result.articles[0].removed] == ["house ad"]
    assert newsdiff.Comparison.from_json(result.to_json()).articles[0].removed == result.articles[0].removed


@pytest.mark.parametrize("given", [str, Path])
def test_summarize_given_a_list_of_paths_says_it_takes_one(tmp_path: Path, given: type) -> None:
    """A list of results files was read as a list of records, and refused as one that is no batch record."""
    output = tmp_path / "results.jsonl"
    output.write_text("", encoding="utf-8")
    with pytest.raises(InputError) as raised:
        newsdiff.summarize([given(output)])
    assert str(raised.value) == (
        f"record 1: is a path ({os.fspath(output)!r}), not a batch record; summarize() reads one path: give the "
        "file, a directory of parts or a glob of them (such as 'results/*.jsonl') rather than a list"
    )


def test_summarize_given_lines_of_json_says_to_parse_them() -> None:
    line = '{"cluster": "kessel-strike", "error": "article 2: article is empty"}'
    with pytest.raises(InputError, match=r"^record 1: is JSON text, not a batch record; give summarize\(\) the file's"):
        newsdiff.summarize([line])
    assert newsdiff.summarize([json.loads(line)]).failed == ("kessel-strike",)


@pytest.mark.parametrize(
    ("given", "told"),
    [
        (lambda r: r.to_dict(), "a dict; read it with newsdiff.Comparison.from_dict first"),
        (lambda r: r.to_json(), "a str; read it with newsdiff.Comparison.from_json first"),
        (lambda r: r.to_json().encode(), "a bytes; read it with newsdiff.Comparison.from_json first"),
        (lambda r: r.articles, "a tuple; give the Comparison that newsdiff.compare returns"),
    ],
    ids=["dict", "JSON", "JSON bytes", "articles"],
)
def test_score_alignment_of_what_is_no_comparison_says_how_to_make_one(
    result: newsdiff.Comparison, given: object, told: str
) -> None:
    """A pipeline that keeps results as JSON got AttributeError: 'dict' object has no attribute 'articles'."""
    with pytest.raises(InputError) as raised:
        newsdiff.score_alignment(given(result), {"pairs": []})  # type: ignore[operator]
    assert str(raised.value) == f"score_alignment() scores a newsdiff.Comparison, not {told}"


def test_compare_and_its_outputs_warn_print_and_log_nothing(
    example_paths: list[Path], tmp_path: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    """A library run inside another program leaves its output, its warnings filters and its logging alone, and
    closes every file it opens (an unclosed one is a ResourceWarning when collected)."""
    import gc
    import logging
    import warnings

    handlers = list(logging.getLogger().handlers)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        result = newsdiff.compare(newsdiff.load(example_paths))
        result.save_html(tmp_path / "report.html")
        (tmp_path / "result.json").write_text(result.to_json(), encoding="utf-8")
        newsdiff.summarize([newsdiff.Comparison.from_json((tmp_path / "result.json").read_text(encoding="utf-8"))])
        gc.collect()
    assert [str(w.message) for w in caught] == []
    assert capfd.readouterr() == ("", "")
    assert logging.getLogger().handlers == handlers
    assert logging.getLogger("newsdiff").handlers == []


def test_a_result_built_from_lists_equals_hashes_and_relates_as_one_of_tuples(result: newsdiff.Comparison) -> None:
    """A caller who builds a result by hand writes lists, as Python code does: they are kept as tuples, so that the
    value equals and hashes like the one compare made, and relate (which keys a cache on it) works."""
    articles = [
        newsdiff.ArticleResult(
            a.id,
            a.outlet,
            a.title,
            a.date,
            a.source,
            a.url,
            a.text,
            [newsdiff.Sentence(s.index, s.text, s.start, s.end, s.label, list(s.matches)) for s in a.sentences],
            list(a.removed),
        )
        for a in result.articles
    ]
    groups = [newsdiff.Group(g.id, g.label, [list(member) for member in g.members]) for g in result.groups]
    built = newsdiff.Comparison(articles, groups, scoring=result.scoring)
    assert built == result and hash(built) == hash(result)
    assert isinstance(built.articles, tuple) and isinstance(built.groups[0].members[0], tuple)
    pair = next(result.pairs())
    refs = (pair.first_article, pair.first.index), (pair.second_article, pair.second.index)
    assert built.relate(*refs) == result.relate(*refs)


@pytest.mark.parametrize("given", ["herald", {"herald": 0}])
def test_a_result_field_that_is_no_sequence_is_refused_naming_it(given: object) -> None:
    # None was kept, to fail far from here; a string would have become a tuple of its letters.
    with pytest.raises(TypeError, match=r"Sentence\.matches must be a tuple or list, got"):
        newsdiff.Sentence(0, "The ferry ran late.", 0, 19, "unique", given)  # type: ignore[arg-type]


def test_an_article_given_to_a_comparison_as_a_compared_one_is_refused_saying_to_compare_it() -> None:
    # It was kept, and echoing the comparison failed: "'Article' object has no attribute 'sentences'".
    told = (
        r"^Comparison\.articles\[1\] must be an ArticleResult, not an Article: Article\(id='wire', .*\): give the "
        r"articles to newsdiff\.compare, which makes a Comparison of them$"
    )
    with pytest.raises(TypeError, match=told):
        newsdiff.Comparison([*_compared([HARBOUR]), Article(WIRE, id="wire")], ())  # type: ignore[list-item]


@pytest.mark.parametrize(
    ("build", "told"),
    [
        (
            lambda: newsdiff.Comparison((), [{"id": 0}]),
            r"Comparison\.groups\[0\] must be a Group, not a dict: \{'id': 0\}",
        ),
        (
            lambda: _compared(["The ferry ran late."], sentences=["The ferry ran late."]),
            r"ArticleResult\.sentences\[0\] must be a Sentence, not a str: 'The ferry ran late\.'",
        ),
        (
            lambda: _compared([HARBOUR], removed=[(0, 5, "promo")]),
            r"ArticleResult\.removed\[0\] must be a Removal, not a tuple: \(0, 5, 'promo'\)",
        ),
        (
            lambda: newsdiff.Sentence(0, "The ferry ran late.", 0, 19, "shared", [("wire", 0)]),
            r"Sentence\.matches\[0\] must be a Match, not a tuple: \('wire', 0\)",
        ),
    ],
)
def test_a_result_holding_what_is_not_its_part_is_refused_naming_it(build: Callable[[], object], told: str) -> None:
    # Each was kept, to fail far from here on an attribute it has not.
    with pytest.raises(TypeError, match=f"^{told}$"):
        build()


def _compared(texts: list[str], **fields: Any) -> list[newsdiff.ArticleResult]:
    """Compared articles of ``texts`` built by hand, with ``fields`` given to each."""
    built: dict[str, Any] = {"outlet": None, "title": None, "date": None, "source": None, "url": None}
    built.update({"sentences": (), "removed": ()}, **fields)
    return [newsdiff.ArticleResult(id=f"article-{n}", text=text, **built) for n, text in enumerate(texts, 1)]


def test_the_pairs_of_a_cluster_of_many_articles_find_each_match_without_reading_the_articles_in_turn(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Each match's article was looked up by its id among all the articles: the pairs of a cluster of 2,000 articles
    # took 5 s, growing with the square of their number.
    articles = []
    for n in range(40):
        neighbours = [other for other in (n - 1, n + 1) if 0 <= other < 40]
        matches = tuple(newsdiff.Match(f"outlet-{other}", 0, "paraphrased", 0.6) for other in neighbours)
        sentence = newsdiff.Sentence(0, "The ferry left Kessel.", 0, 22, "paraphrased", matches)
        articles.append(newsdiff.ArticleResult(f"outlet-{n}", None, None, None, None, None, "", (sentence,), ()))
    chain = newsdiff.Comparison(tuple(articles), ())
    looked_up = []
    find = newsdiff.Comparison.article

    def counted(comparison: newsdiff.Comparison, article_id: str) -> newsdiff.ArticleResult:
        looked_up.append(article_id)
        return find(comparison, article_id)

    monkeypatch.setattr(newsdiff.Comparison, "article", counted)
    pairs = list(chain.pairs())
    assert [(pair.first_article, pair.second_article) for pair in pairs] == [
        (f"outlet-{n}", f"outlet-{n + 1}") for n in range(39)
    ]
    assert all(pair.second.matches[0].article == f"outlet-{n}" for n, pair in enumerate(pairs))
    assert looked_up == []
    assert len(list(chain.pairs("outlet-7"))) == 2
    assert looked_up == ["outlet-7"]


def test_each_pair_gives_a_flat_row_for_a_table_of_pairs(result: newsdiff.Comparison) -> None:
    # A notebook user makes a DataFrame of pairs from these rows; pandas is no dependency, so a row is plain values.
    pairs = list(result.pairs())
    rows = [pair.to_row() for pair in pairs]
    assert len(rows) == len(pairs) >= 2
    for row, pair in zip(rows, pairs, strict=True):
        assert all(isinstance(value, (str, int, float)) for value in row.values())
        assert result.sentence(row["first_article"], row["first_sentence"]).text == row["first_text"]
        assert result.sentence(row["second_article"], row["second_sentence"]).text == row["second_text"]
        assert (row["label"], row["score"]) == (pair.label, pair.score)
    assert (
        list(rows[0])
        == list(PAIR_FIELDS)
        == [
            "first_article",
            "first_sentence",
            "first_text",
            "second_article",
            "second_sentence",
            "second_text",
            "label",
            "score",
        ]
    )


@pytest.mark.parametrize(
    ("method", "fields"), [(newsdiff.Comparison.to_rows, "ROW_FIELDS"), (newsdiff.AlignedPair.to_row, "PAIR_FIELDS")]
)
def test_a_table_of_rows_is_made_with_its_columns_named_so_that_no_rows_still_have_them(
    method: Callable[..., Any], fields: str
) -> None:
    # pandas.DataFrame([]) has no columns: a comparison of no sentences, or no pairs, gave a table where df["label"]
    # failed. The way each page gives to make the table names the columns, which are the rows' keys.
    doc = " ".join((method.__doc__ or "").split())
    assert re.search(rf"pandas\.DataFrame\(.*, columns={fields}\)", doc)


@pytest.mark.parametrize(
    ("change", "error", "told"),
    [
        ({"first": 0}, TypeError, r"^AlignedPair\.first must be a Sentence, not an int: 0; take pairs from"),
        ({"second_article": 2}, InputError, r": second_article must be a string, not an int: 2$"),
        (
            {"label": "copied"},
            InputError,
            r"^pair of sentence \d+ of '\w+' and \d+ of '\w+': label 'copied' is not one",
        ),
        ({"score": "0.9"}, InputError, r": score must be a number between 0 and 1, not a str$"),
        ({"second_article": "harbour"}, InputError, r": both are of one article; a pair is of sentences of two"),
        ({"score": 0.25}, InputError, r": label '\w+' and score 0\.25 are not those of the first sentence's match"),
    ],
)
def test_a_pair_built_by_hand_is_refused_unless_its_first_sentence_so_matches_the_second(
    result: newsdiff.Comparison, change: dict[str, Any], error: type[Exception], told: str
) -> None:
    # Each was kept: sentence indexes in place of sentences failed in to_row, and a label or score never given by the
    # comparison went into a table of pairs as though it had been.
    pair = next(result.pairs("harbour", "wire"))
    with pytest.raises(error, match=told):
        dataclasses.replace(pair, **change)
    unmatched = next(s for s in result.article("wire").sentences if not s.matches)
    with pytest.raises(InputError, match=r": the first sentence lists no match of the second; a pair is of matched"):
        dataclasses.replace(pair, second=unmatched)
    assert dataclasses.replace(pair, score=Fraction(pair.score)) == pair  # a number of another type is held as a float


def test_a_pair_built_by_hand_takes_its_score_in_any_numeric_type_and_holds_the_comparisons_float(
    result: newsdiff.Comparison,
) -> None:
    # A score from a DataFrame's float32 column, made a float again by tolist(), was refused as not the match's score,
    # and a Decimal (a database's NUMERIC column) as no number at all.
    pair = next(p for p in result.pairs() if p.score not in (0.0, 1.0) and p.score != round(p.score, 2))
    as_float32 = struct.unpack("f", struct.pack("f", pair.score))[0]
    assert as_float32 != pair.score
    for given in (as_float32, Decimal(str(pair.score))):
        held = dataclasses.replace(pair, score=given)
        assert type(held.score) is float and held.score == pair.score and held == pair
    with pytest.raises(InputError, match=r"score Decimal\('0\.5'\) are not those of the first sentence's match"):
        dataclasses.replace(pair, score=Decimal("0.5"))


@pytest.mark.parametrize("given", [Decimal("0.9"), Fraction(9, 10)])
def test_a_match_built_by_hand_takes_a_score_in_any_numeric_type_as_a_float(given: object) -> None:
    match = newsdiff.Match("wire", 0, "paraphrased", given)  # type: ignore[arg-type]
    assert type(match.score) is float and match.score == 0.9


@pytest.mark.parametrize("given", [Decimal("NaN"), Decimal("sNaN"), Decimal("1.5")])
def test_a_match_built_by_hand_with_a_decimal_score_out_of_range_is_refused_naming_it(given: Decimal) -> None:
    with pytest.raises(InputError, match=r"^match with 'wire' sentence 0: score must be between 0 and 1, got Decimal"):
        newsdiff.Match("wire", 0, "paraphrased", given)  # type: ignore[arg-type]


def _one_sentence_each(first: newsdiff.Sentence, second: newsdiff.Sentence) -> list[newsdiff.ArticleResult]:
    """Two compared articles built by hand, ``herald`` of the sentence ``first`` and ``wire`` of ``second``."""
    blank: Any = {"outlet": None, "title": None, "date": None, "source": None, "url": None, "text": "", "removed": ()}
    return [
        newsdiff.ArticleResult(id=name, sentences=(sentence,), **blank)
        for name, sentence in (("herald", first), ("wire", second))
    ]


LINE = "The ferry ran late."


@pytest.mark.parametrize(
    ("first", "second", "told"),
    [
        (
            newsdiff.Sentence(0, LINE, 0, 19, "shared", [newsdiff.Match("wire", 0, "shared", 1.0)]),
            newsdiff.Sentence(0, LINE, 0, 19, "unique"),
            r"articles\[0\]\.sentences\[0\]\.matches\[0\]: sentence 0 of article 'herald' matches sentence 0 of "
            r"'wire', which does not match it back",
        ),
        (
            newsdiff.Sentence(0, LINE, 0, 19, "shared", [newsdiff.Match("wire", 3, "shared", 1.0)]),
            newsdiff.Sentence(0, LINE, 0, 19, "unique"),
            r"articles\[0\]\.sentences\[0\]\.matches\[0\]: sentence 0 of article 'herald' matches sentence 3 of "
            r"'wire', which is not in the data",
        ),
        (
            newsdiff.Sentence(0, LINE, 0, 19, "shared"),
            newsdiff.Sentence(0, LINE, 0, 19, "unique"),
            r"articles\[0\]\.sentences\[0\]\.label: sentence 0 of article 'herald' is labelled 'shared', but its "
            r"matches make it 'unique'",
        ),
        (
            newsdiff.Sentence(0, LINE, 0, 19, "unique"),
            newsdiff.Sentence(2, LINE, 0, 19, "unique"),
            r"articles\[1\]\.sentences\[0\]\.index: sentence 2 of article 'wire' stands at 0",
        ),
    ],
)
def test_a_result_built_by_hand_that_breaks_the_json_contract_is_refused_saying_where(
    first: newsdiff.Sentence, second: newsdiff.Sentence, told: str
) -> None:
    # Each was kept: to_json wrote what from_json refuses, and pairs() or the report failed far from here on it.
    with pytest.raises(InputError, match=f"^comparison breaks newsdiff's JSON schema 1: {told}.*; build a Comparison"):
        newsdiff.Comparison(_one_sentence_each(first, second), ())


def test_a_claim_built_by_hand_of_sentences_that_match_nothing_is_refused() -> None:
    unique = newsdiff.Sentence(0, LINE, 0, 19, "unique")
    with pytest.raises(InputError, match=r"groups\[0\]\.members\[0\]: group 0 holds sentence 0 of 'herald', which "):
        newsdiff.Comparison(
            _one_sentence_each(unique, unique), [newsdiff.Group(0, "shared", [("herald", 0), ("wire", 0)])]
        )


def test_a_result_built_by_hand_within_the_contract_reads_back_as_it_was() -> None:
    matched = [
        newsdiff.Sentence(0, LINE, 0, 19, "paraphrased", [newsdiff.Match(other, 0, "paraphrased", 0.5)])
        for other in ("wire", "herald")
    ]
    built = newsdiff.Comparison(
        _one_sentence_each(*matched), [newsdiff.Group(0, "paraphrased", [("herald", 0), ("wire", 0)])]
    )
    assert newsdiff.Comparison.from_json(built.to_json()) == built
    assert [(p.first_article, p.second_article) for p in built.pairs()] == [("herald", "wire")]


def test_reading_a_result_back_checks_the_contract_once(monkeypatch: pytest.MonkeyPatch) -> None:
    # from_json checked it, then the Comparison it built checked it again, as it checks one built by hand.
    matched = [
        newsdiff.Sentence(0, LINE, 0, 19, "paraphrased", [newsdiff.Match(other, 0, "paraphrased", 0.5)])
        for other in ("wire", "herald")
    ]
    text = newsdiff.Comparison(_one_sentence_each(*matched), []).to_json()
    checked: list[int] = []
    check = result_module._check_contract

    def counted(articles: Any, groups: Any) -> None:
        checked.append(len(articles))
        check(articles, groups)

    monkeypatch.setattr(result_module, "_check_contract", counted)
    assert newsdiff.Comparison.from_json(text).article("wire").sentences[0].label == "paraphrased"
    assert checked == [2]


def test_a_result_built_by_hand_with_lone_surrogates_writes_utf8_and_reads_back_as_it_holds() -> None:
    # Text decoded with "surrogateescape" (a file name, a page that is not UTF-8) kept its lone surrogates: to_json's
    # text could not be written to a file ("surrogates not allowed"), nor the CSV, nor the report.
    odd = "caf\udce9"
    matched = [
        newsdiff.Sentence(0, f"{odd} ferry", 0, 10, "shared", [newsdiff.Match(f"{odd}-{other}", 0, "shared", 1.0)])
        for other in ("wire", "herald")
    ]
    blank: Any = {"outlet": odd, "title": odd, "date": None, "source": odd, "url": None}
    articles = [
        newsdiff.ArticleResult(
            id=f"{odd}-{name}",
            text=f"{odd} ferry",
            sentences=(sentence,),
            removed=(Removal(0, 4, odd, odd),),
            **blank,
        )
        for name, sentence in (("herald", matched[0]), ("wire", matched[1]))
    ]
    claim = newsdiff.Group(0, "shared", [(f"{odd}-herald", 0), (f"{odd}-wire", 0)])
    built = newsdiff.Comparison(articles, [claim], version=odd)
    for written in (built.to_json(), built.to_csv(), str(built)):
        assert "\ufffd" in written.encode("utf-8").decode("utf-8")
    assert built.articles[0].id == "caf\ufffd-herald" and built.groups[0].members[0] == ("caf\ufffd-herald", 0)
    assert built.articles[0].text == "caf\ufffd ferry" and built.articles[1].removed[0].text == "caf\ufffd"
    assert newsdiff.Comparison.from_json(built.to_json()) == dataclasses.replace(
        built, articles=tuple(dataclasses.replace(a, text="") for a in built.articles)
    )


@pytest.mark.parametrize(
    ("removal", "told"),
    [
        (Removal(9, 4, "promo", "Read more"), r"removed\[0\]: start 9 and end 4 are not a span of the text"),
        (Removal(-3, 6, "promo", "Read more"), r"removed\[0\]: start -3 and end 6 are not a span of the text"),
        (Removal(20, 29, "promo", "Read more"), r"removed\[0\]: end 29 is past the end of the article's text, of 19 "),
        (Removal(0, 2.5, "promo", "Re"), r"removed\[0\]: end must be a whole number, not a float: 2\.5"),  # type: ignore[arg-type]
        (Removal(0, 9, None, "Read more"), r"removed\[0\]: reason is missing \(None\); give a string"),  # type: ignore[arg-type]
        (
            Removal(4, 9, "promo", "Read more"),
            r"removed\[0\]: text 'Read more' is 9 characters long, but the span from ",
        ),
        (Removal(4, 9, "promo", "river"), r"removed\[0\]: text 'river' is not the article's text from 4 to 9, 'ferry'"),
    ],
)
def test_a_removal_built_by_hand_that_is_no_span_of_the_text_is_refused_naming_it(removal: Removal, told: str) -> None:
    # Each was kept: to_json wrote what from_json refuses, and a program slicing the text by it got the wrong stretch.
    with pytest.raises(InputError, match=f"^article 'article-1': {told}"):
        _compared([LINE], removed=[removal])


def test_a_sentence_built_by_hand_past_the_end_of_the_text_is_refused_unless_the_text_is_not_kept() -> None:
    past = newsdiff.Sentence(0, LINE, 0, 40, "unique")
    with pytest.raises(InputError, match=r"^article 'article-1': sentence 0 ends at 40, past the end of the article's"):
        _compared([LINE], sentences=[past])
    assert _compared([""], sentences=[past])[0].sentences == (past,)  # read back from JSON, the text is not kept


def test_a_removal_built_with_whole_numbers_of_another_type_holds_ints_that_json_writes() -> None:
    class Position:
        """A whole number that is not an ``int``, as numpy's ``int64`` in a DataFrame is."""

        def __init__(self, value: int) -> None:
            self.value = value

        def __index__(self) -> int:
            return self.value

    [article] = _compared([LINE], removed=[Removal(Position(0), Position(3), "promo", "The")])  # type: ignore[arg-type]
    assert article.removed == (Removal(0, 3, "promo", "The"),)
    assert '"start": 0, "end": 3' in newsdiff.Comparison([article], ()).to_json(indent=None)


def test_a_broken_result_refused_in_a_worker_reads_the_same_when_sent_back() -> None:
    # A worker process sends its error back pickled: made again of its message, it said the problem twice.
    unique = newsdiff.Sentence(0, LINE, 0, 19, "shared")
    with pytest.raises(InputError) as caught:
        newsdiff.Comparison(_one_sentence_each(unique, unique), ())
    sent = pickle.loads(pickle.dumps(caught.value))
    assert isinstance(sent, InputError) and str(sent) == str(caught.value)


@pytest.mark.parametrize("blank", ["", "   "])
def test_a_comparison_of_a_blank_version_is_refused_built_or_read_back(result: newsdiff.Comparison, blank: str) -> None:
    # It was kept: printed as "newsdiff : 3 articles", and written where schema 1 holds the version that compared it.
    with pytest.raises(InputError, match=r"^comparison: version '\s*' is blank; give .* or 'unknown' when it is not"):
        dataclasses.replace(result, version=blank)
    data = result.to_dict() | {"newsdiff": blank}
    with pytest.raises(InputError, match=r"^not newsdiff's JSON schema 1: newsdiff is not as to_dict writes it \("):
        newsdiff.Comparison.from_dict(data)
    assert newsdiff.Comparison.from_dict(result.to_dict() | {"newsdiff": None}).version == "unknown"


def test_a_removal_read_back_whose_text_is_not_as_long_as_its_span_is_refused_naming_it() -> None:
    # The loaded text is not kept in JSON, but the removed text is that of its span: an edited "removed" was read back.
    built = newsdiff.ArticleResult(
        id="herald",
        outlet=None,
        title=None,
        date=None,
        source=None,
        url=None,
        text=f"Read more {LINE}",
        sentences=(newsdiff.Sentence(0, LINE, 10, 29, "unique"),),
        removed=(Removal(0, 9, "promo", "Read more"),),
    )
    data = newsdiff.Comparison([built], ()).to_dict()
    assert newsdiff.Comparison.from_dict(data).articles[0].removed == built.removed
    data["articles"][0]["removed"][0]["text"] = "Read more here"
    with pytest.raises(
        InputError, match=r"articles\[0\]\.removed\[0\]\.text is not as to_dict writes it \(text 'Read "
    ):
        newsdiff.Comparison.from_dict(data)


def test_a_comparison_encoded_twice_as_a_json_string_is_told_to_be_decoded_once(result: newsdiff.Comparison) -> None:
    # json.dumps of to_json's text, as a store of strings keeps it, was told to be read with from_json: the very call.
    twice = json.dumps(result.to_json())
    with pytest.raises(
        InputError, match=r"^not a comparison's JSON but a JSON string that holds it \(the JSON was"
    ) as told:
        newsdiff.Comparison.from_json(twice)
    assert "json.loads(text)" in str(told.value)
    assert newsdiff.Comparison.from_json(json.loads(twice)) == newsdiff.Comparison.from_json(result.to_json())


def test_a_comparisons_json_in_a_memoryview_or_bytearray_reads_as_its_bytes(result: newsdiff.Comparison) -> None:
    # A view of a buffer (shared memory, a slice of a larger read) was refused as "not <memory at 0x7f...>".
    data = result.to_json().encode("utf-8")
    read = newsdiff.Comparison.from_json(data)
    padded = b"[" + data + b"]"
    for given in (memoryview(data), bytearray(data), memoryview(padded)[1:-1]):
        assert newsdiff.Comparison.from_json(given) == read
    with pytest.raises(InputError, match=r"^not a JSON document but gzip-compressed data"):
        newsdiff.Comparison.from_json(memoryview(gzip.compress(data)))
    with pytest.raises(InputError, match=r"\(a str or bytes\), not an int: 7$"):
        newsdiff.Comparison.from_json(7)  # type: ignore[arg-type]


@pytest.mark.parametrize("count", [1, 2])
def test_a_list_of_comparisons_is_told_to_be_read_one_at_a_time(result: newsdiff.Comparison, count: int) -> None:
    # Results saved together as one JSON list were told only that the data held a list.
    listed = [result.to_dict()] * count
    with pytest.raises(
        InputError, match=r"^not newsdiff's JSON schema 1 but a list of (one comparison|2 comparisons): "
    ):
        newsdiff.Comparison.from_dict(listed)  # type: ignore[arg-type]
    with pytest.raises(InputError, match=r"read one at a time, such as the first, data\[0\]$"):
        newsdiff.Comparison.from_json(json.dumps(listed))
    assert newsdiff.Comparison.from_dict(listed[0]) == newsdiff.Comparison.from_json(result.to_json())


def test_a_shared_match_scored_under_a_half_is_refused_built_or_read_back(result: newsdiff.Comparison) -> None:
    # Every engine scores verbatim reuse at least 0.5, as schema 1 promises: a shared match at 0.3, edited or built by
    # hand, was kept, and sorted by score the copy came under looser rewordings.
    assert min(m.score for a in result.articles for s in a.sentences for m in s.matches if m.label == "shared") >= 0.5
    with pytest.raises(InputError, match=r"^match with 'wire' sentence 0: a shared match scores at least 0\.5, got 0"):
        newsdiff.Match("wire", 0, "shared", 0.3)
    assert newsdiff.Match("wire", 0, "paraphrased", 0.3).score == 0.3
    assert newsdiff.Match("wire", 0, "shared", 0.5).score == 0.5
    data = result.to_dict()
    for article in data["articles"]:
        for sentence in article["sentences"]:
            for match in sentence["matches"]:
                if match["label"] == "shared":
                    match["score"] = 0.3
    with pytest.raises(InputError, match=r"articles\[0\]\.sentences\[0\]\.matches\[0\]\.score is not as to_dict"):
        newsdiff.Comparison.from_dict(data)


def test_the_schema_page_says_a_removals_text_is_its_spans_as_compare_gives_it() -> None:
    # The reader refuses a removal whose text is not as long as its span, but the page never said that it must be.
    promo = "Read more: ferry timetables\n"
    compared = newsdiff.compare([Article(promo + HARBOUR, id="harbour"), Article(WIRE, id="wire")])
    removed = [(a, r) for a in compared.articles for r in a.removed]
    assert removed and all(a.text[r.start : r.end] == r.text for a, r in removed)
    page = (Path(__file__).parent.parent / "docs" / "schema.md").read_text(encoding="utf-8")
    bullet = page[page.index("- `removed` lists") : page.index("- `groups` are")]
    assert re.search(r"A removal's `text` is the loaded text from its\s+`start` to its `end`", bullet)
    assert "not as long as its span is refused" in bullet


@pytest.mark.parametrize(
    ("bad", "told"),
    [
        ("", r"'' names no article"),
        ("   ", r"an id of white space alone names nothing"),
        ("\u200b", r"an id of invisible characters alone names nothing"),
        ("north\nquay", r"an id is one line with no control character \(a line end, a tab\); give it as 'north quay'"),
        ("north\tquay", r"an id is one line with no control character"),
    ],
)
def test_an_article_id_that_article_refuses_is_refused_read_back(
    result: newsdiff.Comparison, bad: str, told: str
) -> None:
    # No comparison gives such an id, and one edited in was read back: a message or the report named no article, and
    # a line end broke the line of a batch's files.
    data = result.to_dict()
    old = data["articles"][0]["id"]
    data["articles"][0]["id"] = bad
    for article in data["articles"]:
        for sentence in article["sentences"]:
            for match in sentence["matches"]:
                match["article"] = bad if match["article"] == old else match["article"]
    for group in data["groups"]:
        for member in group["members"]:
            member["article"] = bad if member["article"] == old else member["article"]
    with pytest.raises(
        InputError, match=rf"^not newsdiff's JSON schema 1: articles\[0\]\.id is not as .*{told}"
    ) as refused:
        newsdiff.Comparison.from_dict(data)
    assert "leave the id out" not in str(refused.value)  # as Article advises; data read back cannot


@pytest.mark.parametrize(
    ("bad", "told"),
    [
        ("", r"an empty id names no article; give it a visible name$"),
        ("   ", r"an id of white space alone names nothing"),
        ("\u200b", r"an id of invisible characters alone names nothing"),
        ("north\nquay", r"an id is one line with no control character \(a line end, a tab\); give it as 'north quay'$"),
        ("north\x07quay", r"an id is one line with no control character"),
        ("north\u2028quay", r"an id is one line with no control character"),
    ],
)
def test_an_article_id_that_article_refuses_is_refused_built_by_hand(bad: str, told: str) -> None:
    # Kept when built, to_json wrote the id, and from_json refused the very file it had written.
    with pytest.raises(InputError, match=rf"^article id {re.escape(repr(bad))}: {told}") as refused:
        newsdiff.ArticleResult(bad, None, None, None, None, None, "", (), ())
    assert "leave the id out" not in str(refused.value)


def test_an_article_id_built_by_hand_reads_back_as_it_was_written() -> None:
    # What a result built by hand holds, to_json writes and from_json reads back: the two take the same ids.
    odd = ['north;"quay"', " Coast Wire ", "caf\u00e9 \u2014 7", "=HYPERLINK(1)"]
    built = newsdiff.Comparison(
        tuple(newsdiff.ArticleResult(i, None, None, None, None, None, "", (), ()) for i in odd), ()
    )
    assert [a.id for a in newsdiff.Comparison.from_json(built.to_json()).articles] == odd


@pytest.mark.parametrize(
    ("given", "named"),
    [
        ({"id": "harbour", "text": HARBOUR}, "an article (a record with a 'text')"),
        ({"id": "strike", "articles": [HARBOUR, WIRE]}, "articles to compare"),
        ({"id": "strike", "articles": [{"id": "harbour", "text": HARBOUR}]}, "articles to compare"),
        # A file of articles as load reads one, or of clusters, was told only that it held a list.
        ([{"id": "harbour", "text": HARBOUR}, {"id": "wire", "text": WIRE}], "a list of 2 articles"),
        ([{"id": "harbour", "text": HARBOUR}], "a list of 1 article"),
        ([{"id": "strike", "articles": [HARBOUR, WIRE]}] * 2, "a list of 2 clusters"),
    ],
)
def test_articles_given_to_be_read_back_as_a_comparison_are_told_to_be_compared_first(
    tmp_path: Path, given: dict[str, Any] | list[dict[str, Any]], named: str
) -> None:
    # An article or a cluster given to newsdiff report was told "schema: None", as though its schema were null.
    tool = r"newsdiff\.batch" if "clusters" in named else r"newsdiff\.compare"
    told = rf"^not newsdiff's JSON schema 1 but {re.escape(named)}.*: compare (it|them) first, with {tool}"
    with pytest.raises(InputError, match=told) as refused:
        newsdiff.Comparison.from_dict(given)
    assert "schema: None" not in str(refused.value) and "to_dict" not in str(refused.value)
    path = tmp_path / "strike.json"
    path.write_text(json.dumps(given), encoding="utf-8")
    reported = CliRunner().invoke(main, ["report", str(path), "-o", str(tmp_path / "strike.html")])
    assert reported.exit_code == 2 and re.search("compare (it|them) first", reported.output), reported.output


def test_data_without_a_schema_is_told_so_and_a_null_schema_is_named_as_json_writes_it(
    result: newsdiff.Comparison,
) -> None:
    # Both were told "(schema: None)": data that has no schema field read as though it held one, set to None.
    unmarked = {key: value for key, value in result.to_dict().items() if key != "schema"}
    with pytest.raises(InputError) as refused:
        newsdiff.Comparison.from_dict(unmarked)
    assert str(refused.value) == (
        "not newsdiff's JSON schema 1 (it has no 'schema'); give what Comparison.to_dict wrote"
    )
    with pytest.raises(InputError) as refused:
        newsdiff.Comparison.from_json(json.dumps({**result.to_dict(), "schema": None}))
    assert str(refused.value) == "not newsdiff's JSON schema 1 (schema: null); give what Comparison.to_dict wrote"


@pytest.mark.parametrize(
    ("change", "path", "told"),
    [
        (lambda d: d["articles"][0]["sentences"].__setitem__(0, 5), r"articles\[0\]\.sentences\[0\]", "a number"),
        (lambda d: d["articles"].__setitem__(0, "herald"), r"articles\[0\]", "a string"),
        (lambda d: d["articles"][0].update(removed={}), r"articles\[0\]\.removed", "an object, not a list"),
        (lambda d: d["groups"][0].update(members=True), r"groups\[0\]\.members", "true, not a list"),
    ],
)
def test_data_of_the_wrong_kind_is_named_in_jsons_words(
    result: newsdiff.Comparison, change: Callable[[dict[str, Any]], None], path: str, told: str
) -> None:
    # Python's names told a user who edited the JSON of "a int", "a str" and "a dict", which JSON has not.
    data = json.loads(result.to_json())
    change(data)
    with pytest.raises(
        InputError, match=rf"^not newsdiff's JSON schema 1: {path} is not as to_dict writes it \({told}"
    ):
        newsdiff.Comparison.from_dict(data)


@pytest.mark.parametrize(
    ("start", "end", "path"),
    [(-4, 10, "start"), (12, 3, "end"), (-4, -9, "start")],
)
@pytest.mark.parametrize("part", ["sentences", "removed"])
def test_offsets_that_are_no_span_are_refused_naming_the_offset_at_fault(
    result: newsdiff.Comparison, part: str, start: int, end: int, path: str
) -> None:
    # The path stopped at the sentence or removal, where the schema page promises one such as
    # articles[2].sentences[5].start.
    data = json.loads(result.to_json())
    n = 1
    data["articles"][n]["removed"] = [{"text": "Read more", "start": 0, "end": 9, "reason": "promo"}]
    data["articles"][n][part][0].update(start=start, end=end)
    with pytest.raises(
        InputError, match=rf"^not newsdiff's JSON schema 1: articles\[{n}\]\.{part}\[0\]\.{path} is not as to_dict"
    ):
        newsdiff.Comparison.from_dict(data)


def test_a_match_built_from_a_float32_score_holds_and_writes_the_score_rounded_as_the_json_rounds_it() -> None:
    # A score taken from a DataFrame's float32 column, as it is or made a float again by tolist(), was held unrounded:
    # the JSON wrote 0.8999999761581421, and its counterpart's match of 0.9 was refused as not matched back.
    as_float32 = struct.unpack("f", struct.pack("f", 0.9))[0]
    assert as_float32 != 0.9
    for given in (as_float32, Decimal(as_float32)):
        match = newsdiff.Match("wire", 0, "paraphrased", given)  # type: ignore[arg-type]
        assert type(match.score) is float and match.score == 0.9
    first = newsdiff.Sentence(0, LINE, 0, 19, "paraphrased", [newsdiff.Match("wire", 0, "paraphrased", as_float32)])
    second = newsdiff.Sentence(0, LINE, 0, 19, "paraphrased", [newsdiff.Match("herald", 0, "paraphrased", 0.9)])
    text = newsdiff.Comparison(_one_sentence_each(first, second), ()).to_json()
    assert '"score": 0.9\n' in text and "0.89999" not in text
    assert newsdiff.Comparison.from_json(text).articles[0].sentences[0].matches[0].score == 0.9


def test_a_score_read_back_with_more_than_four_decimals_is_held_as_the_json_rounds_it() -> None:
    first = newsdiff.Sentence(0, LINE, 0, 19, "paraphrased", [newsdiff.Match("wire", 0, "paraphrased", 0.9)])
    second = newsdiff.Sentence(0, LINE, 0, 19, "paraphrased", [newsdiff.Match("herald", 0, "paraphrased", 0.9)])
    data = newsdiff.Comparison(_one_sentence_each(first, second), ()).to_dict()
    for article in data["articles"]:
        article["sentences"][0]["matches"][0]["score"] = 0.90001
    assert {m.score for a in newsdiff.Comparison.from_dict(data).articles for m in a.sentences[0].matches} == {0.9}


@pytest.mark.parametrize("given", [-0.0, Decimal("-0")])
def test_a_score_of_zero_with_a_minus_sign_is_held_and_written_as_zero(given: object) -> None:
    # A cosine a hair under 0, rounded, is -0.0: it equals 0, and was held and written "score": -0.0.
    match = newsdiff.Match("wire", 0, "paraphrased", given)  # type: ignore[arg-type]
    assert math.copysign(1.0, match.score) == 1.0
    first = newsdiff.Sentence(0, LINE, 0, 19, "paraphrased", [match])
    second = newsdiff.Sentence(0, LINE, 0, 19, "paraphrased", [newsdiff.Match("herald", 0, "paraphrased", 0.0)])
    built = newsdiff.Comparison(_one_sentence_each(first, second), ())
    text = built.to_json()
    assert '"score": 0.0' in text and "-0.0" not in text
    read = newsdiff.Comparison.from_json(text.replace('"score": 0.0', '"score": -0.0'))
    assert read.to_json() == text
    pair = next(read.pairs())
    assert math.copysign(1.0, dataclasses.replace(pair, score=-0.0).score) == 1.0
    assert "-0.0" not in read.to_csv()


@pytest.mark.parametrize(
    ("change", "told"),
    [
        (lambda d: d["articles"][0]["sentences"][0].update(start=True), r"sentences\[0\]\.start is not as to_dict"),
        (lambda d: d["groups"][0]["members"][0].update(sentence=False), r"members\[0\]\.sentence is not as to_dict"),
        (lambda d: d["articles"][0]["sentences"][0]["matches"][0].update(score=True), r"matches\[0\]\.score is not as"),
    ],
)
def test_a_boolean_read_back_where_a_number_is_due_is_named_a_boolean_as_json_writes_it(
    result: newsdiff.Comparison, change: Callable[[dict[str, Any]], None], told: str
) -> None:
    # Told "True is not a whole number", which reads as a slip since True is 1 in Python; the file holds `true`.
    data = result.to_dict()
    first = next(n for n, a in enumerate(data["articles"]) if a["sentences"] and a["sentences"][0]["matches"])
    data["articles"].insert(0, data["articles"].pop(first))
    change(data)
    with pytest.raises(InputError, match=told) as refused:
        newsdiff.Comparison.from_dict(data)
    assert re.search(r"\((score )?(true|false) is a boolean, not a (whole )?number", str(refused.value))
    assert "True" not in str(refused.value) and "False" not in str(refused.value)


def test_data_read_with_decimal_scores_or_numpy_whole_numbers_reads_back_as_the_comparison() -> None:
    # json.loads(text, parse_float=Decimal) gives every score as a Decimal, which was told it "is not a number", and
    # a whole number of numpy's (data rebuilt from a DataFrame) was told it was not one; Comparison takes both.
    numpy = pytest.importorskip("numpy")
    first = newsdiff.Sentence(0, LINE, 0, 19, "shared", [newsdiff.Match("wire", 0, "shared", 0.8125)])
    second = newsdiff.Sentence(0, LINE, 0, 19, "shared", [newsdiff.Match("herald", 0, "shared", 0.8125)])
    built = newsdiff.Comparison(_one_sentence_each(first, second), ())
    data = json.loads(built.to_json(), parse_float=Decimal)
    assert isinstance(data["articles"][0]["sentences"][0]["matches"][0]["score"], Decimal)
    data["articles"][1]["sentences"][0]["end"] = numpy.int64(19)
    data["articles"][1]["sentences"][0]["matches"][0]["sentence"] = numpy.int32(0)
    again = newsdiff.Comparison.from_dict(data)
    assert again == newsdiff.Comparison.from_json(built.to_json())
    assert again.to_json() == built.to_json()


@pytest.mark.parametrize(
    ("before", "after", "path"),
    [
        ('"label": "shared",', '"label": "shared", "label": "unique",', r"articles\[\d+\]\.sentences\[\d+\]\.label"),
        ('"schema": 1,', '"schema": 2, "schema": 1,', r"schema"),
        ('"schema": 1,', '"schema": 1, "schema": 2,', r"schema"),
        ('"outlet": null,', '"outlet": "Harbour Post", "outlet": null,', r"articles\[0\]\.outlet"),
    ],
)
def test_a_key_given_twice_in_a_comparisons_json_is_refused_naming_it(
    result: newsdiff.Comparison, before: str, after: str, path: str
) -> None:
    # JSON keeps the last of the two and dropped the other without a word, as loading, batches and the gold refuse.
    text = result.to_json(indent=None)
    assert before in text
    with pytest.raises(
        InputError,
        match=rf"^not newsdiff's JSON schema 1: {path} is not as to_dict writes it \("
        r"it is given twice; give it once \(JSON would keep only the last\)\)",
    ):
        newsdiff.Comparison.from_json(text.replace(before, after, 1))
    assert newsdiff.Comparison.from_json(text) == newsdiff.Comparison.from_dict(json.loads(text))


def test_a_schema_written_as_text_is_told_to_be_the_whole_number_without_quotes(result: newsdiff.Comparison) -> None:
    # "1" in quotes, as a hand-written file may give it, was told only "(schema: '1')", in Python's quotes.
    text = result.to_json().replace('"schema": 1', '"schema": "1"', 1)
    with pytest.raises(InputError) as refused:
        newsdiff.Comparison.from_json(text)
    assert str(refused.value) == (
        'not newsdiff\'s JSON schema 1 (schema: "1", a string, not the whole number 1): write the number without '
        'quotes, "schema": 1, as to_dict writes it'
    )


@pytest.mark.parametrize(
    ("schema", "shown"), [("2", r'"2", a string'), (1.5, r"1\.5"), ([1], r"\[1\], a list"), ({}, r"\{\}, an object")]
)
def test_a_schema_that_is_no_whole_number_is_told_so_with_the_schema_read(
    result: newsdiff.Comparison, schema: object, shown: str
) -> None:
    with pytest.raises(
        InputError,
        match=rf"^not newsdiff's JSON schema 1 \(schema: {shown}, not a whole number\): .*reads schema 1; give what",
    ):
        newsdiff.Comparison.from_dict({**result.to_dict(), "schema": schema})


def test_a_schema_of_numpys_whole_numbers_reads_and_an_array_is_refused_naming_it(result: newsdiff.Comparison) -> None:
    # Data built from a DataFrame holds numpy's whole numbers, which read everywhere else; an array failed on its truth.
    numpy = pytest.importorskip("numpy")
    assert newsdiff.Comparison.from_dict({**result.to_dict(), "schema": numpy.int64(1)}).to_dict() == result.to_dict()
    with pytest.raises(InputError, match=r"^not newsdiff's JSON schema 1 \(schema: array\(\[1, 1\]\), a ndarray, not"):
        newsdiff.Comparison.from_dict({**result.to_dict(), "schema": numpy.array([1, 1])})


@pytest.mark.parametrize("labels", [["shared"], ["shared", "paraphrased"]])
@pytest.mark.parametrize(
    "build",
    [
        lambda label: newsdiff.Match("wire", 0, label, 0.9),
        lambda label: newsdiff.Sentence(0, "Dock workers walked out.", 0, 24, label),
        lambda label: newsdiff.Group(0, label, (("harbour", 0), ("wire", 0))),
    ],
)
def test_a_label_given_as_a_numpy_array_is_refused_naming_the_label(
    build: Callable[[Any], object], labels: list[str]
) -> None:
    # One label in an array equals it and was kept, so to_json failed on it later; two failed on its truth value.
    numpy = pytest.importorskip("numpy")
    with pytest.raises(InputError, match=r": label must be one of shared, paraphrased.*, not a ndarray: array\("):
        build(numpy.array(labels))


def test_a_label_read_from_numpy_as_its_string_type_is_held_as_a_str() -> None:
    numpy = pytest.importorskip("numpy")
    match = newsdiff.Match("wire", 0, numpy.str_("shared"), 0.9)
    assert type(match.label) is str and match == newsdiff.Match("wire", 0, "shared", 0.9)


def test_a_numpy_array_given_for_an_article_or_a_claim_is_told_what_to_give(result: newsdiff.Comparison) -> None:
    # Each was compared with every id, and failed on the array's truth value (or one of an id was taken for it).
    numpy = pytest.importorskip("numpy")
    for look_up in (result.article, result.pairs):
        with pytest.raises(newsdiff.NotFoundError, match=r"^an article's id is a string, not a ndarray: array\("):
            look_up(numpy.array(["harbour", "wire"]))
        with pytest.raises(newsdiff.NotFoundError, match=r"^an article's id is a string, not a ndarray"):
            look_up(numpy.array(["wire"]))
    with pytest.raises(newsdiff.NotFoundError, match=r"^a claim is given by its id, a whole number, .* not a ndarray"):
        result.members(numpy.array([0, 1]))
    assert result.members(numpy.int64(0)) == result.members(0)


@pytest.mark.parametrize(
    ("path", "wanted"),
    [
        ("articles[0].id", "the article's id, a string"),
        ("articles[0].sentences[0].label", "one of shared, paraphrased, unique"),
        ("articles[0].sentences[0].start", "a whole number"),
        ("articles[0].sentences[0].matches[0].score", "a score between 0 and 1"),
        ("groups[0].label", "one of shared, paraphrased"),
    ],
)
def test_a_null_field_is_told_missing_by_its_json_path_in_jsons_words(
    result: newsdiff.Comparison, path: str, wanted: str
) -> None:
    # Python's word was printed for a null: "None is not a string", "label None is not one of shared, paraphrased".
    data = json.loads(result.to_json())
    *parents, key = re.findall(r"\w+", path)
    node: Any = data
    for part in parents:
        node = node[int(part)] if part.isdigit() else node[part]
    node[key] = None
    with pytest.raises(InputError) as refused:
        newsdiff.Comparison.from_dict(data)
    assert f"{path} is not as to_dict writes it (it is null, so its value is missing; give {wanted})" in str(
        refused.value
    )
    assert "None" not in str(refused.value)


@pytest.mark.parametrize(
    ("build", "told"),
    [
        (lambda: newsdiff.Match(None, 0, "shared", 0.9), "match sentence 0: article is missing (None); give a string"),
        (lambda: newsdiff.Match("wire", None, "shared", 0.9), "match with 'wire': sentence is missing (None); give a"),
        (lambda: newsdiff.Match("wire", 0, None, 0.9), "match with 'wire' sentence 0: label is missing (None); give"),
        (lambda: newsdiff.Match("wire", 0, "shared", None), "match with 'wire' sentence 0: score is missing (None)"),
        (lambda: newsdiff.Sentence(None, "It rained.", 0, 10, "unique"), "sentence: index is missing (None); give a"),
        (lambda: newsdiff.Sentence(0, "It rained.", 0, 10, None), "sentence 0: label is missing (None); give one of"),
        (lambda: newsdiff.Group(None, "shared", ()), "claim: id is missing (None); give a whole number"),
        (
            lambda: newsdiff.ArticleResult(None, None, None, None, None, None, "", (), ()),
            "article: id is missing (None); give a string",
        ),
    ],
)
def test_a_field_built_as_none_is_told_missing_by_its_name(build: Callable[[], object], told: str) -> None:
    # "article None: id must be a string, not a NoneType: None" named the article None and said None three times.
    with pytest.raises(InputError) as refused:
        build()
    assert str(refused.value).startswith(told)
    assert str(refused.value).count("None") == 1


def test_a_date_of_numpys_is_told_as_the_string_to_give() -> None:
    # A DataFrame's column of dates, taken out with to_numpy(), holds datetime64: told only that it "is not a string".
    numpy = pytest.importorskip("numpy")
    with pytest.raises(
        InputError, match=r"^article 'harbour': date must be a string or None, not numpy's datetime64; "
    ):
        newsdiff.ArticleResult("harbour", None, None, numpy.datetime64("2026-03-14T09:30"), None, None, "", (), ())
    with pytest.raises(InputError, match=r"give it as '2026-03-14', as numpy\.datetime_as_string\(date, unit='D'\)"):
        newsdiff.ArticleResult("harbour", None, None, numpy.datetime64("2026-03-14"), None, None, "", (), ())
    with pytest.raises(InputError, match=r"not numpy's datetime64 'NaT', which marks a missing date: give None$"):
        newsdiff.ArticleResult("harbour", None, None, numpy.datetime64("NaT"), None, None, "", (), ())


def test_a_date_object_that_marks_a_missing_date_is_told_to_be_given_as_none() -> None:
    # pandas' NaT is a datetime whose strftime fails: the advice to give it as strftime writes it failed on it.
    class NaT(datetime.datetime):
        def strftime(self, format: str) -> str:
            raise ValueError("NaTType does not support strftime")

    with pytest.raises(
        InputError, match=r"^article 'harbour': date .* not a NaT, which marks a missing date: give None$"
    ):
        newsdiff.ArticleResult("harbour", None, None, NaT(2026, 3, 14), None, None, "", (), ())


@pytest.mark.parametrize(
    ("build", "told"),
    [
        (
            lambda: newsdiff.Sentence(0, "The ferry ran late.", 0, 19, "unique", None),
            "Sentence.matches is missing (None); give a tuple or list, () for none",
        ),
        (lambda: newsdiff.Comparison(None, ()), "Comparison.articles is missing (None); give a tuple or list"),
        (
            lambda: newsdiff.ArticleResult("harbour", None, None, None, None, None, "", (None,), ()),
            "ArticleResult.sentences[0] is missing (None); give a Sentence",
        ),
        (lambda: newsdiff.Comparison((), (None,)), "Comparison.groups[0] is missing (None); give a Group"),
    ],
)
def test_a_part_of_a_result_left_none_is_told_missing(build: Callable[[], object], told: str) -> None:
    # "must be a tuple or list, got None" and "must be a Group, not a NoneType: None" read as None given on purpose.
    with pytest.raises(TypeError) as refused:
        build()
    assert str(refused.value).startswith(told)


@pytest.mark.parametrize(
    ("export", "told"),
    [
        (lambda r: r.to_csv(), r"the CSV of a comparison's sentences \(Comparison\.to_csv\)"),
        (lambda r: r.to_csv().encode("utf-8-sig"), r"the CSV of a comparison's sentences \(Comparison\.to_csv\)"),
        (lambda r: r.to_html(), r"an HTML page \(such as newsdiff's report\)"),
    ],
)
def test_the_csv_or_the_report_read_back_in_place_of_the_json_is_named(
    result: newsdiff.Comparison, export: Callable[[newsdiff.Comparison], str | bytes], told: str
) -> None:
    # Saved beside the JSON and read back in its place, each was told "Expecting value: line 1 column 1 (char 0)".
    with pytest.raises(InputError, match=rf"^not a JSON document but {told}, which is not read back: give the comp"):
        newsdiff.Comparison.from_json(export(result))
