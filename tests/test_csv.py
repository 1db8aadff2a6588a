"""CSV exports as a spreadsheet or pandas meets them: cells that could run as formulas, and reading rows back."""

from __future__ import annotations

import csv
import io
import json
import operator
import re
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

import newsdiff
from newsdiff.cli import main
from newsdiff.result import FORMULA_STARTS, ROW_FIELDS

# Scraped text can begin like a formula: a spreadsheet would run these on opening the file (OWASP's "CSV injection").
RISKY = [
    '=HYPERLINK("http://example.invalid/?leak","Tariq Ossel said so") was all the ferry notice read.',
    "+12 boats were counted in the harbour of Drennick on Friday.",
    "-5 degrees fell on the town of Brindle overnight, Mara Quell said.",
    "@SUM(1+1) was painted on the dock wall in Drennick.",
]


@pytest.fixture(scope="module")
def risky() -> newsdiff.Comparison:
    shared = "The ferry to Drennick ran two hours late on Friday, Olan Vek said."
    first = newsdiff.Article("\n\n".join([*RISKY, shared]), id="=herald", outlet="@Drennick Herald", date="2025-03-07")
    second = newsdiff.Article(f"{shared} Nothing else happened in Drennick.", id="-wire", outlet="+Coast Wire")
    return newsdiff.compare([first, second])


def _read(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text, newline="")))


def test_csv_cells_that_would_start_a_formula_start_with_an_apostrophe(risky: newsdiff.Comparison) -> None:
    rows = _read(risky.to_csv())
    assert [r["text"] for r in rows[: len(RISKY)]] == ["'" + text for text in RISKY]
    assert {(r["article"], r["outlet"]) for r in rows} == {
        ("'=herald", "'@Drennick Herald"),
        ("'-wire", "'+Coast Wire"),
    }
    shared = [r for r in rows if r["label"] == "shared"]
    assert {r["matched_articles"] for r in shared} == {"'=herald", "'-wire"}
    assert {r["best_article"] for r in shared} == {"'=herald", "'-wire"}


@pytest.mark.parametrize("start", ["=", "+", "-", "@", "\t", "\r"])
def test_every_start_that_a_spreadsheet_reads_as_a_formula_is_escaped(start: str) -> None:
    sentence = newsdiff.Sentence(0, f"{start}cmd said Mara Quell.", 0, 1, "unique", ())
    article = newsdiff.ArticleResult("a", f"{start}Outlet", None, None, None, None, "x", (sentence,), ())
    [row] = _read(newsdiff.Comparison((article,), ()).to_csv())
    assert (row["outlet"], row["text"]) == (f"'{start}Outlet", f"'{start}cmd said Mara Quell.")


def test_an_outlet_that_begins_with_a_null_character_is_escaped() -> None:
    # OWASP's ASVS (V1.2.10) names a leading null among the starts to escape; an outlet of a JSON record may hold one.
    sentence = newsdiff.Sentence(0, "The ferry ran late, Mara Quell said.", 0, 1, "unique", ())
    article = newsdiff.ArticleResult("a", "\x00=cmd", None, None, None, None, "x", (sentence,), ())
    line = newsdiff.Comparison((article,), ()).to_csv().splitlines()[1]  # read as text: Python 3.10's csv refuses NUL
    assert line.startswith("a,'\x00=cmd,")


def test_csv_keeps_text_as_it_is_when_asked(risky: newsdiff.Comparison) -> None:
    rows = _read(risky.to_csv(escape_formulas=False))
    assert [r["text"] for r in rows] == [r["text"] for r in risky.to_rows()]
    assert {r["outlet"] for r in rows} == {"@Drennick Herald", "+Coast Wire"}


@pytest.mark.parametrize("given", ["no", "False", 0, None])
def test_an_escape_formulas_that_is_not_true_or_false_is_refused_naming_it(
    risky: newsdiff.Comparison, given: object
) -> None:
    # Taken for its truth, "no" or "False" escaped the cells it was meant to keep, and 0 or None kept formulas as they
    # are though a caller may have meant the default.
    told = rf"^escape_formulas must be True or False, not {re.escape(repr(given))}: True begins a cell"
    with pytest.raises(newsdiff.InputError, match=told):
        risky.to_csv(escape_formulas=given)  # type: ignore[arg-type]
    summary = newsdiff.summarize([risky])
    with pytest.raises(newsdiff.InputError, match=told):
        summary.to_csv(escape_formulas=given)  # type: ignore[arg-type]


def test_numbers_and_plain_text_are_not_escaped(risky: newsdiff.Comparison) -> None:
    escaped, kept = _read(risky.to_csv()), _read(risky.to_csv(escape_formulas=False))
    for got, want in zip(escaped, kept, strict=True):
        for field in ("date", "sentence", "start", "end", "label", "matches", "best_sentence", "best_score"):
            assert got[field] == want[field]
    assert escaped[len(RISKY)]["text"] == kept[len(RISKY)]["text"]  # the plain shared sentence


def test_compare_command_writes_escaped_csv(risky: newsdiff.Comparison, tmp_path: Path) -> None:
    source = tmp_path / "drennick.json"
    source.write_text(risky.to_json(), encoding="utf-8")
    out = tmp_path / "rows.csv"
    done = CliRunner().invoke(main, ["report", str(source), "-o", str(out)])
    assert done.exit_code == 0, done.output
    with out.open(encoding="utf-8-sig", newline="") as stream:
        rows = list(csv.DictReader(stream))
    assert rows[0]["text"] == "'" + RISKY[0]


def test_corpus_csv_escapes_outlet_names_that_would_start_a_formula() -> None:
    shared = "The ferry to Drennick ran two hours late on Friday, Olan Vek said."
    cluster = {
        "id": "ferry",
        "articles": [
            {"id": "h", "outlet": "=Drennick Herald", "text": f"{shared} Gulls circled."},
            {"id": "w", "outlet": "-Coast Wire", "text": f"{shared} Snow fell."},
        ],
    }
    summary = newsdiff.summarize(newsdiff.batch([cluster], workers=1))
    outlets = _read(summary.to_csv())
    assert {r["name"] for r in outlets} == {"'=Drennick Herald", "'-Coast Wire"}
    carried = _read(summary.to_csv("carried"))
    assert {(r["outlet"], r["by"]) for r in carried} == {
        ("'=Drennick Herald", "'-Coast Wire"),
        ("'-Coast Wire", "'=Drennick Herald"),
    }
    assert {r["name"] for r in _read(summary.to_csv(escape_formulas=False))} == {"=Drennick Herald", "-Coast Wire"}


def test_a_carriage_return_inside_a_cell_does_not_end_the_row() -> None:
    line = "The ferry to Drennick ran two hours late on Friday, Olan Vek said."
    result = newsdiff.compare([newsdiff.Article(line, outlet="Drennick\rHerald"), line])
    rows = _read(result.to_csv(escape_formulas=False))
    assert [(r["outlet"], r["text"], r["end"], r["best_score"]) for r in rows] == [
        (r["outlet"] or "", r["text"], str(r["end"]), str(r["best_score"])) for r in result.to_rows()
    ]


def test_a_csv_file_starts_with_a_byte_order_mark_for_excel_and_standard_output_does_not(
    risky: newsdiff.Comparison, tmp_path: Path
) -> None:
    # Without the mark, Excel reads a UTF-8 file as the local code page: a news sentence's “quotes” turn to mojibake.
    source = tmp_path / "drennick.json"
    source.write_text(risky.to_json(), encoding="utf-8")
    out = tmp_path / "rows.csv"
    assert CliRunner().invoke(main, ["report", str(source), "-o", str(out)]).exit_code == 0
    assert out.read_bytes() == b"\xef\xbb\xbf" + risky.to_csv().encode("utf-8")
    printed = CliRunner().invoke(main, ["report", str(source), "--format", "csv"])
    assert printed.exit_code == 0 and printed.stdout_bytes == risky.to_csv().encode("utf-8")


def test_the_summary_csv_file_starts_with_a_byte_order_mark(tmp_path: Path) -> None:
    shared = "The ferry to Drennick ran two hours late on Friday, Olan Vek said."
    articles = [
        {"id": "h", "outlet": "Drennick Herald", "text": f"{shared} Gulls circled."},
        {"id": "w", "outlet": "Coast Wire", "text": f"{shared} Snow fell."},
    ]
    results = tmp_path / "results.jsonl"
    cluster = json.dumps({"id": "ferry", "articles": articles})
    done = CliRunner().invoke(main, ["batch", "-", "-o", str(results)], input=cluster + "\n")
    assert done.exit_code == 0, done.output
    out = tmp_path / "outlets.csv"
    assert CliRunner().invoke(main, ["summary", str(results), "-o", str(out)]).exit_code == 0
    assert out.read_bytes() == b"\xef\xbb\xbf" + newsdiff.summarize(results).to_csv().encode("utf-8")


def _documented_columns(text: str) -> list[str]:
    return re.findall(r"`(\w+)`", text)


def test_the_cli_page_names_every_csv_column_in_order(risky: newsdiff.Comparison) -> None:
    page = (Path(__file__).parent.parent / "docs" / "cli.md").read_text(encoding="utf-8")
    header = next(csv.reader(io.StringIO(risky.to_csv())))
    sentences = page[page.index("in the columns `article`") : page.index("in that order")]
    assert _documented_columns(sentences) == header == list(ROW_FIELDS)
    summary = newsdiff.summarize(newsdiff.batch([{"id": "one", "articles": ["A ferry ran.", "A ferry ran."]}]))
    outlets = page[page.index("in the columns `name`") : page.index("(with `--table carried`")]
    assert _documented_columns(outlets) == next(csv.reader(io.StringIO(summary.to_csv())))
    carried = page[page.index("in the columns `outlet`") : page.index("; `--table` is refused")]
    assert _documented_columns(carried) == next(csv.reader(io.StringIO(summary.to_csv("carried"))))


STARTS = st.sampled_from(["", "=", "+", "-", "@", "\t", "\r", "'", '"', ",", "\n"])
CELLS = st.builds(operator.add, STARTS, st.text(st.characters(codec="utf-8", exclude_characters="\x00"), max_size=40))
#: Ids as an article may hold them: on one line, with no control character, but quotes, commas and ';' as any.
IDS = st.builds(
    operator.add,
    st.sampled_from(["", "=", "+", "-", "@", "'", '"', ",", ";"]),
    st.text(st.characters(codec="utf-8", exclude_categories=["Cc", "Zl", "Zp"]), max_size=40),
).map(lambda ident: f"{ident}#")


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(IDS, st.none() | CELLS, CELLS), min_size=1, max_size=3))
def test_any_cells_read_back_with_the_csv_module_as_to_rows_has_them(cells: list[tuple[str, str | None, str]]) -> None:
    """Kept as they are, cells of quotes, commas, line breaks and carriage returns come back whole; escaped, none
    begins as a formula does, and each is the kept one behind an apostrophe or the kept one itself."""
    articles = tuple(
        newsdiff.ArticleResult(
            f"{article_id}#{n}", outlet, None, None, None, None, "", (newsdiff.Sentence(0, text, 0, 1, "unique"),), ()
        )
        for n, (article_id, outlet, text) in enumerate(cells)
    )
    result = newsdiff.Comparison(articles, ())
    kept, escaped = _read(result.to_csv(escape_formulas=False)), _read(result.to_csv())
    assert [(r["article"], r["outlet"], r["text"]) for r in kept] == [
        (r["article"], r["outlet"] or "", r["text"]) for r in result.to_rows()
    ]
    for plain, safe in zip(kept, escaped, strict=True):
        for name in ROW_FIELDS:
            assert safe[name] == ("'" + plain[name] if plain[name].startswith(FORMULA_STARTS) else plain[name])


def _matched_ids(cell: str) -> list[str]:
    """The ids of a ``matched_articles`` cell, read as to_csv's docstring says to."""
    return next(csv.reader([cell], delimiter=";"))


@pytest.mark.parametrize(
    ("north", "south"),
    [("north;south", "east"), ("north", "south;east"), ('the "north"', "south"), ('"north', 'south"')],
)
def test_matched_article_ids_that_hold_the_separator_or_a_quote_read_back_whole(north: str, south: str) -> None:
    # Joined bare, ids "north;south" and "east" made the cell "north;south;east", as three ids would: one sentence
    # seemed matched in an article that is not there.
    line = "The ferry to Drennick ran two hours late on Friday, Olan Vek said."
    result = newsdiff.compare([newsdiff.Article(line, id=north), newsdiff.Article(line, id=south), line])
    rows = _read(result.to_csv(escape_formulas=False))
    assert [_matched_ids(r["matched_articles"]) for r in rows] == [
        list(r["matched_articles"]) for r in result.to_rows()
    ]
    assert _matched_ids(rows[2]["matched_articles"]) == [north, south]


def test_plain_matched_article_ids_are_joined_by_a_bare_semicolon() -> None:
    line = "The ferry to Drennick ran two hours late on Friday, Olan Vek said."
    result = newsdiff.compare([newsdiff.Article(line, id="herald"), newsdiff.Article(line, id="coast-wire"), "Snow."])
    rows = _read(result.to_csv())
    assert [r["matched_articles"] for r in rows] == ["coast-wire", "herald", ""]
    three = newsdiff.compare([newsdiff.Article(line, id=i) for i in ("herald", "coast wire", "post")])
    assert _read(three.to_csv())[2]["matched_articles"] == "herald;coast wire"


@settings(max_examples=60, deadline=None)
@given(st.lists(IDS, min_size=2, max_size=3, unique=True))
def test_any_matched_article_ids_read_back_whole(ids: list[str]) -> None:
    # Ids may hold a ';', a quote or a comma (one holding a line end is refused, built by hand or read back).
    articles = tuple(
        newsdiff.ArticleResult(
            own,
            None,
            None,
            None,
            None,
            None,
            "",
            (
                newsdiff.Sentence(
                    0, "A ferry ran.", 0, 1, "shared", [newsdiff.Match(o, 0, "shared", 1.0) for o in ids if o != own]
                ),
            ),
            (),
        )
        for own in ids
    )
    rows = _read(newsdiff.Comparison(articles, ()).to_csv(escape_formulas=False))
    assert [_matched_ids(r["matched_articles"]) for r in rows] == [[o for o in ids if o != own] for own in ids]
