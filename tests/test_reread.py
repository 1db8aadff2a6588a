"""Results read back: a comparison's JSON, or one cluster of a batch's output, drawn again as a report."""

from __future__ import annotations

import gzip
import json
import re
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import HARBOUR_A, HARBOUR_B
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

import newsdiff
from newsdiff import Article, Comparison
from newsdiff.batch import batch_file, read_result
from newsdiff.cli import main
from newsdiff.result import UNKNOWN_VERSION

KESSEL = [
    {"id": "herald", "text": HARBOUR_A},
    {"id": "courier", "text": HARBOUR_B},
    {
        "id": "wire",
        "outlet": "Wire",
        "text": "Dock workers walked out in Kessel. Brell is due to meet Varga on Friday.",
    },
]
BRIDGE = [
    {"id": "post", "text": "The old bridge in Marrow will close for repairs in June. Buses will detour."},
    {"id": "ledger", "text": "The old bridge in Marrow will close for repairs in June, the council said."},
]


@pytest.fixture(scope="module")
def kessel() -> Comparison:
    return newsdiff.compare([newsdiff.Article(**a) for a in KESSEL])


@pytest.fixture
def output(tmp_path: Path) -> Path:
    source = tmp_path / "clusters.jsonl"
    clusters = [
        {"id": "kessel", "articles": KESSEL},
        {"id": "bridge", "articles": BRIDGE},
        {"id": "alone", "articles": BRIDGE[:1]},
    ]
    source.write_text("".join(json.dumps(c) + "\n" for c in clusters), encoding="utf-8")
    batch_file(source, tmp_path / "out.jsonl", workers=1)
    return tmp_path / "out.jsonl"


def test_a_comparison_read_back_from_its_json_is_the_same_but_for_text_and_url(kessel: Comparison) -> None:
    again = Comparison.from_json(kessel.to_json())
    assert again.to_dict() == kessel.to_dict()
    assert [a.text for a in again.articles] == ["", "", ""] and kessel.articles[0].text
    assert list(again.pairs()) == list(kessel.pairs())
    assert again.to_html() == kessel.to_html()  # no article here has a URL, the one thing the page loses
    assert Comparison.from_dict(json.loads(kessel.to_json(indent=None))) == again


@pytest.mark.parametrize("left_out", [True, False], ids=["missing", "null"])
def test_data_that_does_not_say_which_newsdiff_wrote_it_is_read_back_as_of_an_unknown_version(
    kessel: Comparison, left_out: bool
) -> None:
    # Another tool's schema-1 data may leave the field out, or write null for a version it does not know: it was not
    # compared by the newsdiff reading it.
    data = kessel.to_dict()
    if left_out:
        del data["newsdiff"]
    else:
        data["newsdiff"] = None
    again = Comparison.from_dict(data)
    assert again.version == UNKNOWN_VERSION != newsdiff.__version__
    assert str(again).startswith("newsdiff (version not recorded): 3 articles")
    assert again.to_dict() == {**data, "newsdiff": UNKNOWN_VERSION}
    assert Comparison.from_json(again.to_json()) == again


def test_a_version_read_back_is_printed_with_its_control_characters_escaped(kessel: Comparison) -> None:
    # Another tool's JSON may name any version; print() of the comparison escapes the names' control characters (a
    # page's could recolour the terminal), and the version's now as well.
    again = Comparison.from_dict({**kessel.to_dict(), "newsdiff": "9.9\x1b]0;owned\x07"})
    assert again.version == "9.9\x1b]0;owned\x07"
    assert str(again).startswith("newsdiff 9.9\\x1b]0;owned\\x07: 3 articles")
    assert "\x1b" not in str(again)


@pytest.mark.parametrize("version", [3, ["0.1.0"], True])
def test_a_version_that_is_neither_a_string_nor_null_is_refused_naming_it(kessel: Comparison, version: object) -> None:
    data = {**kessel.to_dict(), "newsdiff": version}
    with pytest.raises(
        newsdiff.InputError, match=rf"newsdiff is not as to_dict writes it \({re.escape(repr(version))} is not"
    ):
        Comparison.from_dict(data)


def test_a_batch_result_that_does_not_say_which_newsdiff_wrote_it_does_not_take_the_batchs_scoring(
    output: Path, tmp_path: Path
) -> None:
    # The record beside a batch's output says how this newsdiff scored the clusters; a result without its version
    # may have been compared otherwise, so relate asks to be told, as for any result read back from JSON.
    assert read_result(output, "kessel").scoring is not None
    records = [json.loads(line) for line in output.read_text(encoding="utf-8").splitlines()]
    for record in records:
        record.get("result", {}).pop("newsdiff", None)
    output.write_text("".join(json.dumps(record) + "\n" for record in records), encoding="utf-8")
    again = read_result(output, "kessel")
    assert (again.version, again.scoring) == (UNKNOWN_VERSION, None)
    with pytest.raises(newsdiff.InputError, match="say how with scored_with"):
        again.relate(("herald", 0), ("courier", 0))


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda d: d.update(schema=2), r"not newsdiff's JSON schema 1 \(schema: 2\)"),
        (
            lambda d: d["articles"][1]["sentences"][0].update(label="copied"),
            r"articles\[1\]\.sentences\[0\]\.label is not",
        ),
        (
            lambda d: d["articles"][0]["sentences"][1].update(index=7),
            r"articles\[0\]\.sentences\[1\]\.index is not as to_dict writes it \(index 7, where sentences are "
            r"numbered from 0 in order: 1\)",
        ),
        (
            lambda d: d["articles"][2].pop("removed"),
            r"articles\[2\] is not as to_dict writes it \(it has no 'removed'\)",
        ),
        (lambda d: d["groups"].append({"id": 9}), r"groups\[\d+\] is not as to_dict writes it \(it has no 'label'\)"),
        (
            lambda d: d["articles"][0]["sentences"][0]["matches"].append(
                {"article": "wire", "sentence": 40, "label": "shared", "score": 1.0}
            ),
            r"articles\[0\]\.sentences\[0\]\.matches\[\d+\]: sentence 0 of article 'herald' matches sentence 40 of "
            r"'wire', which is not in the data",
        ),
        # Offsets are a span of the loaded text: a program slicing by them would get nothing, or the wrong text.
        (
            lambda d: d["articles"][0]["sentences"][1].update(start=-5, end=-2),
            r"articles\[0\]\.sentences\[1\]\.start is not as to_dict writes it \(start -5 and end -2 are not a span "
            r"of the text: give 0 <= start <= end\)",
        ),
        (
            lambda d: d["articles"][1]["sentences"][0].update(start=30, end=12),
            r"articles\[1\]\.sentences\[0\]\.end is not as to_dict writes it \(start 30 and end 12 are not a span",
        ),
        (
            lambda d: d["articles"][2]["removed"].append(
                {"text": "Read more", "start": 90, "end": 81, "reason": "promo"}
            ),
            r"articles\[2\]\.removed\[\d+\]\.end is not as to_dict writes it \(start 90 and end 81 are not a span",
        ),
        (
            lambda d: d["groups"][0]["members"].append(dict(d["groups"][0]["members"][0])),
            r"groups\[0\]\.members\[\d+\]: group 0 holds sentence \d+ of '\w+' twice; give what Comparison\.to_dict "
            r"wrote$",
        ),
    ],
)
def test_data_that_is_not_schema_1_is_an_input_error_saying_where(kessel: Comparison, change, message: str) -> None:
    data = kessel.to_dict()
    change(data)
    with pytest.raises(newsdiff.InputError, match=message):
        Comparison.from_dict(data)


@pytest.mark.parametrize(
    ("change", "path", "problem"),
    [
        (
            lambda d: d["articles"][2]["sentences"][1].update(start="12"),
            "articles[2].sentences[1].start",
            "'12' is not",
        ),
        (lambda d: d["articles"][1].update(sentences=None), "articles[1].sentences", "null, not a list"),
        (lambda d: d["articles"][0].update(removed="none"), "articles[0].removed", "a string, not a list"),
        (lambda d: d["articles"][0]["sentences"].append([1, 2]), "articles[0].sentences[", "a list, not an object"),
        (lambda d: _first_match(d).pop("article"), "articles[0].sentences[0].matches[0]", "it has no 'article'"),
        (lambda d: _first_match(d).update(sentence=1.0), "articles[0].sentences[0].matches[0].sentence", "1.0 is"),
        (lambda d: _first_match(d).update(score=7), "articles[0].sentences[0].matches[0].score", "not between 0"),
        (lambda d: d["groups"][0].update(members={"a": 1}), "groups[0].members", "an object, not a list"),
        (lambda d: d["groups"][0]["members"][1].update(sentence=None), "groups[0].members[1].sentence", "is null"),
        (lambda d: d["groups"][0].update(id=-1), "groups[0].id", "-1 is not a claim's id, which counts from 0"),
        (lambda d: d.pop("groups"), "the data", "it has no 'groups'"),
    ],
)
def test_a_field_of_the_wrong_type_deep_inside_is_refused_naming_its_json_path(
    kessel: Comparison, change, path: str, problem: str
) -> None:
    # It named only the sentence or the article (or "groups"), with Python's own words: "string indices must be
    # integers", "'NoneType' object is not iterable"; a negative claim id was read.
    data = kessel.to_dict()
    change(data)
    with pytest.raises(newsdiff.InputError) as refused:
        Comparison.from_dict(data)
    told = str(refused.value)
    assert told.startswith(f"not newsdiff's JSON schema 1: {path}") and problem in told, told
    assert told.endswith("; give what Comparison.to_dict wrote")


def _first_match(data: dict) -> dict:
    return next(m for s in data["articles"][0]["sentences"] for m in s["matches"])


@pytest.mark.parametrize("schema", [True, 1.0])
def test_a_schema_equal_to_1_but_not_the_integer_is_refused_naming_it(kessel: Comparison, schema: object) -> None:
    # Python's True == 1 == 1.0 let both through as schema 1, though neither is what to_dict writes.
    kind = " a boolean," if schema is True else ""  # named as JSON spells it, true, not as Python does
    with pytest.raises(
        newsdiff.InputError,
        match=rf"^not newsdiff's JSON schema 1 \(schema: {json.dumps(schema)},{kind} not the whole number 1\); give",
    ):
        Comparison.from_dict({**kessel.to_dict(), "schema": schema})
    text = kessel.to_json().replace('"schema": 1', f'"schema": {json.dumps(schema)}', 1)
    with pytest.raises(newsdiff.InputError, match=r"not the whole number 1"):
        Comparison.from_json(text)


def test_data_that_breaks_the_contract_is_refused_saying_what_to_give(kessel: Comparison) -> None:
    # A reason alone ("... which is not in the data") left a user who had edited the file to guess what would do.
    data = kessel.to_dict()
    data["articles"][0]["sentences"][0]["matches"][0]["sentence"] = 40
    with pytest.raises(newsdiff.InputError, match=r"which is not in the data; give what Comparison\.to_dict wrote$"):
        Comparison.from_dict(data)
    data = kessel.to_dict()
    data["articles"][0]["sentences"][0]["text"] = None
    told = r"\(it is null, so its value is missing; give a string\); give what Comparison\.to_dict wrote$"
    with pytest.raises(newsdiff.InputError, match=told):
        Comparison.from_dict(data)


@pytest.mark.parametrize("encoding", ["cp1252", "latin-1"])
def test_json_saved_in_a_code_page_other_than_utf8_says_so_rather_than_call_it_no_json(encoding: str) -> None:
    # A tool on Windows may save the JSON in its code page: it is JSON all the same, and telling the user it is not
    # (and to give the JSON newsdiff wrote) sends them looking in the wrong place.
    comparison = newsdiff.compare(
        [
            Article("The caf\u00e9 in Lorvik reopened on Monday. It rained.", id="post"),
            Article("The caf\u00e9 in Lorvik reopened on Monday. Snow fell.", id="ledger"),
        ]
    )
    data = comparison.to_json().encode(encoding)
    offset = data.index(b"\xe9")
    with pytest.raises(newsdiff.InputError, match=rf"^not UTF-8: byte 0xe9 at offset {offset:,} is not UTF-8.*save"):
        Comparison.from_json(data)
    assert Comparison.from_json(data.decode(encoding)) == Comparison.from_json(comparison.to_json())


def test_gzip_compressed_json_given_to_from_json_says_to_decompress_it(kessel: Comparison) -> None:
    # Its first byte after the gzip signature is no UTF-8: the complaint was of a byte 0x8b, not of compression.
    data = gzip.compress(kessel.to_json().encode("utf-8"))
    with pytest.raises(newsdiff.InputError, match=r"gzip-compressed data: give gzip\.decompress\(data\)"):
        Comparison.from_json(data)
    assert Comparison.from_json(gzip.decompress(data)) == Comparison.from_json(kessel.to_json())


def test_json_text_given_to_from_dict_or_data_to_from_json_says_which_reads_it(kessel: Comparison) -> None:
    # Each is an easy slip for the other; the errors said only "it holds a string" and "not {'schema': 1, ...".
    for text in (kessel.to_json(), kessel.to_json().encode("utf-8")):
        with pytest.raises(newsdiff.InputError, match=r"but JSON text: read it with Comparison\.from_json$"):
            Comparison.from_dict(text)  # type: ignore[arg-type]
    with pytest.raises(newsdiff.InputError, match=r"not data: read data with from_dict$"):
        Comparison.from_json(kessel.to_dict())  # type: ignore[arg-type]
    with pytest.raises(newsdiff.InputError, match=r"but a Comparison already: use it as it is$"):
        Comparison.from_dict(kessel)  # type: ignore[arg-type]
    with pytest.raises(newsdiff.InputError, match=r"not a Comparison: use it as it is$"):
        Comparison.from_json(kessel)  # type: ignore[arg-type]


def test_text_that_is_not_json_is_an_input_error() -> None:
    with pytest.raises(newsdiff.InputError, match="not a JSON document"):
        Comparison.from_json('{"schema": 1, "articles": [}')
    # In JSON's words: "NoneType" meant nothing to someone who had saved a file holding null.
    for text, kind in [("[]", "a list"), ("null", "null"), ("3", "a number")]:
        with pytest.raises(newsdiff.InputError, match=rf"schema 1 \(it holds {kind}\); give what"):
            Comparison.from_json(text)


@pytest.mark.parametrize("text", ["", b"", " \n\t", "\ufeff", b"\xef\xbb\xbf\r\n"], ids=repr)
def test_empty_text_given_to_from_json_is_called_empty(text: str | bytes) -> None:
    # An empty file (a command that failed before writing it) was "not a JSON document (Expecting value: line 1
    # column 1 (char 0))", which named nothing the user could act on.
    with pytest.raises(
        newsdiff.InputError,
        match=r"^not a JSON document but empty text: nothing was written there \(or it was read before it was\); "
        r"give the JSON newsdiff wrote$",
    ):
        Comparison.from_json(text)


def test_json_cut_short_is_refused_as_cut_short_not_as_a_missing_delimiter(kessel: Comparison) -> None:
    # It said "not a JSON document (Expecting ',' delimiter: line 88 column 1 (char 1728))", of a file a stopped
    # run or a copy had left in part.
    text = kessel.to_json()
    for cut in (text[:300], text[:-1] + "\n", text.encode("utf-8")[:1000]):
        with pytest.raises(
            newsdiff.InputError,
            match=r"^not a whole JSON document: it stops (at|in a string begun at) line \d+, column \d+, .*cut short",
        ):
            Comparison.from_json(cut)
    with pytest.raises(newsdiff.InputError, match=r"^not a JSON document \(Expecting"):
        Comparison.from_json(text.replace('"schema": 1,', '"schema": 1', 1))  # broken in the middle, not cut short


def test_json_of_two_comparisons_or_with_text_after_it_says_more_follows_and_where(kessel: Comparison) -> None:
    # It said "not a JSON document (Extra data: line 2 column 1 (char 1661))" of two results written to one file.
    one = kessel.to_json(indent=None)
    for text in (f"{one}\n{one}\n", (kessel.to_json() + kessel.to_json()).encode("utf-8")):
        with pytest.raises(
            newsdiff.InputError,
            match=r"^not one JSON document but several: another comparison's follows the first at line \d+, column "
            r"\d+; give one comparison at a time",
        ):
            Comparison.from_json(text)
    with pytest.raises(
        newsdiff.InputError,
        match=r"^not one JSON document: text follows it at line 1, column \d+ \('\\x00'\); give the document alone$",
    ):
        Comparison.from_json(one + "\x00")


def test_one_cluster_is_found_in_a_batch_output_by_its_id(output: Path, kessel: Comparison) -> None:
    assert read_result(output, "kessel").to_dict() == kessel.to_dict()
    assert [a.id for a in read_result(output, "bridge").articles] == ["post", "ledger"]
    with pytest.raises(newsdiff.InputError, match="holds no cluster 'harbour'"):
        read_result(output, "harbour")
    with pytest.raises(
        newsdiff.InputError, match=r"line 3: the cluster was not compared: cluster alone: need at least two"
    ):
        read_result(output, "alone")
    with pytest.raises(newsdiff.InputError, match=r"holds more than one cluster \('kessel', 'bridge', …\); choose one"):
        read_result(output)


def test_the_only_cluster_needs_no_id_and_a_rewritten_or_cut_line_is_still_read_or_reported(
    output: Path, tmp_path: Path
) -> None:
    first = output.read_text(encoding="utf-8").splitlines()[0]
    spaced = tmp_path / "spaced.jsonl"  # rewritten by another tool: spaces after the colons, keys reordered
    record = json.loads(first)
    spaced.write_text("\n" + json.dumps({"result": record["result"], "cluster": "kessel"}) + "\n", encoding="utf-8")
    assert read_result(spaced).to_dict() == record["result"]
    assert read_result(spaced, "kessel").to_dict() == record["result"]
    cut = tmp_path / "cut.jsonl"
    cut.write_text(first[:200], encoding="utf-8")
    with pytest.raises(newsdiff.InputError, match=r"cut\.jsonl, line 1: is cut short; run the batch again"):
        read_result(cut)
    with pytest.raises(newsdiff.InputError, match=r"line 1: is not a batch output record; give the output of newsdiff"):
        read_result(Path(__file__))


def test_report_command_draws_a_comparison_json_or_a_batch_cluster(
    output: Path, tmp_path: Path, kessel: Comparison
) -> None:
    runner = CliRunner()
    one = tmp_path / "kessel.json"
    one.write_text(kessel.to_json(), encoding="utf-8")
    done = runner.invoke(main, ["report", str(one), "-o", str(tmp_path / "a.html")])
    assert done.exit_code == 0 and (tmp_path / "a.html").read_text(encoding="utf-8") == kessel.to_html()
    done = runner.invoke(main, ["report", str(output), "--cluster", "kessel", "-o", str(tmp_path / "b.csv")])
    assert done.exit_code == 0 and (tmp_path / "b.csv").read_text(encoding="utf-8-sig") == kessel.to_csv()
    streamed = runner.invoke(main, ["report", str(output), "--cluster", "bridge", "-o", "-"])
    assert streamed.exit_code == 0 and streamed.stdout.startswith("<!DOCTYPE html>")
    for arguments, message in (
        (["report", str(one), "--cluster", "kessel", "-o", "x.html"], "is one comparison's JSON; --cluster chooses"),
        (["report", str(output), "-o", str(tmp_path / "c.html")], "holds more than one cluster"),
        (["report", str(tmp_path / "none.json"), "-o", str(tmp_path / "c.html")], "none.json: no such file"),
    ):
        failed = runner.invoke(main, arguments)
        assert failed.exit_code == 2 and message in failed.output and "Traceback" not in failed.output
    assert not (tmp_path / "c.html").exists()


def test_report_command_asks_for_a_file_rather_than_pour_html_into_a_terminal(
    output: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("newsdiff.cli._terminal", lambda: True)
    done = CliRunner().invoke(main, ["report", str(output), "--cluster", "kessel"])
    assert done.exit_code == 2 and "add -o report.html" in done.output and "<html" not in done.output
    asked = CliRunner().invoke(main, ["report", str(output), "--cluster", "kessel", "-o", "-"])  # as the hint says
    assert asked.exit_code == 0 and asked.stdout.startswith("<!DOCTYPE html>")


def test_a_lone_surrogate_escaped_in_the_json_is_read_as_a_replacement_character(tmp_path: Path) -> None:
    # JSON reads "\udce9" (another tool's way to keep a byte that is not UTF-8), which no UTF-8 file can hold.
    data = newsdiff.compare(BRIDGE).to_dict()
    data["articles"][0]["outlet"] = "Marrow \udce9dition"
    data["articles"][1]["sentences"][0]["text"] += " \udce9"
    read = Comparison.from_json(json.dumps(data))
    assert read.articles[0].outlet == "Marrow \ufffddition"
    assert read.articles[1].sentences[0].text.endswith(" \ufffd")
    page = read.save_html(tmp_path / "report.html").read_text(encoding="utf-8")  # raised UnicodeEncodeError
    assert "Marrow \ufffddition" in page


def test_json_text_that_begins_with_a_byte_order_mark_is_read_as_its_bytes_are(
    kessel: Comparison, tmp_path: Path
) -> None:
    # An editor on Windows may save the file with a byte-order mark; read_text keeps it as U+FEFF, which json.loads
    # refuses, while the same file's bytes, and newsdiff report, read it.
    path = tmp_path / "kessel.json"
    path.write_text("\ufeff" + kessel.to_json(), encoding="utf-8")
    assert Comparison.from_json(path.read_text(encoding="utf-8")) == Comparison.from_json(path.read_bytes())
    assert Comparison.from_json(path.read_bytes()).to_dict() == kessel.to_dict()


def test_a_sentence_asked_of_an_article_read_back_without_sentences_says_it_has_none(kessel: Comparison) -> None:
    # Schema 1 may hold an article with no sentences; "has sentences 0 to -1" named a range that is not there.
    data = kessel.to_dict()
    data["articles"].append({**data["articles"][2], "id": "empty", "sentences": []})
    read = Comparison.from_dict(data)
    with pytest.raises(newsdiff.NotFoundError, match=r"^article 'empty' has no sentences, so no sentence 0$"):
        read.sentence("empty", 0)


# Names as the web gives them: right-to-left and astral characters, emoji, control characters, long runs.
NAMES = st.text(st.characters(codec="utf-8"), min_size=1, max_size=200) | st.sampled_from(
    ["שער הנמל", "مرفأ كيسل", "Harbour 🛳️ Herald", "𝔎𝔢𝔰𝔰𝔢𝔩 Post", "Wire\x1b[31m", "x" * 2000]
)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(NAMES, st.none() | NAMES, st.none() | NAMES), min_size=2, max_size=3), st.data())
def test_any_names_read_back_from_json_as_they_were(names: list[tuple[str, str | None, str | None]], data) -> None:
    articles = []
    for n, (article_id, outlet, title) in enumerate(names):
        try:
            articles.append(newsdiff.Article(KESSEL[n]["text"], id=article_id, outlet=outlet, title=title))
        except newsdiff.InputError:
            assume(False)  # an id of white space or control characters alone is refused, by name
    result = newsdiff.compare(articles)
    again = Comparison.from_json(data.draw(st.sampled_from([result.to_json(), result.to_json(indent=None)])))
    assert again.to_json() == result.to_json()
    for read, made in zip(again.articles, result.articles, strict=True):
        assert (read.id, read.outlet, read.title, read.sentences, read.removed) == (
            made.id,
            made.outlet,
            made.title,
            made.sentences,
            made.removed,
        )
    assert again.groups == result.groups


def test_a_path_given_to_from_json_is_refused_saying_to_read_the_file(kessel: Comparison, tmp_path: Path) -> None:
    # json.loads raised its own TypeError for a path ("the JSON object must be str, bytes or bytearray"), and a
    # file name given as a string was "not a JSON document" with no word of files.
    path = tmp_path / "kessel.json"
    path.write_text(kessel.to_json(), encoding="utf-8")
    for named in (path, str(path)):
        with pytest.raises(newsdiff.InputError, match=r"JSON text, not a path: .*read_bytes\(\)"):
            Comparison.from_json(named)  # type: ignore[arg-type]
    with pytest.raises(newsdiff.InputError, match=r"takes JSON text \(a str or bytes\), not None"):
        Comparison.from_json(None)  # type: ignore[arg-type]


def test_a_batch_record_given_as_a_comparison_says_to_give_its_result(output: Path) -> None:
    # newsdiff.batch returns these records and a batch's output holds one a line: from_dict(record) is an easy slip.
    lines = output.read_text(encoding="utf-8").splitlines()
    compared, failed = json.loads(lines[0]), json.loads(lines[2])
    with pytest.raises(
        newsdiff.InputError,
        match=r"^not newsdiff's JSON schema 1 but a record of newsdiff batch's output, of cluster 'kessel': "
        r"give its comparison, record\['result'\]$",
    ):
        Comparison.from_dict(compared)
    with pytest.raises(
        newsdiff.InputError,
        match=r"^not newsdiff's JSON schema 1 but a record of newsdiff batch's output, of cluster 'alone', "
        r"which was not compared \(.*need at least two.*\)$",
    ):
        Comparison.from_json(lines[2])
    assert "result" not in failed


def test_a_batch_output_given_to_from_json_says_to_read_one_cluster_with_read_result(output: Path) -> None:
    for text in (output.read_text(encoding="utf-8"), output.read_bytes()):
        with pytest.raises(
            newsdiff.InputError,
            match=r"^not a JSON document but newsdiff batch's output, a cluster a line: read one with "
            r"newsdiff\.batch\.read_result\(path, cluster\)$",
        ):
            Comparison.from_json(text)


def test_a_corpus_summary_given_as_a_comparison_says_what_reads_it(output: Path) -> None:
    summary = newsdiff.summarize(output)
    told = (
        r"^not newsdiff's JSON schema 1 but a corpus summary: read it with newsdiff\.CorpusSummary\.from_dict \(its "
        r"text with from_json\)$"
    )
    with pytest.raises(newsdiff.InputError, match=told):
        Comparison.from_dict(summary.to_dict())
    with pytest.raises(newsdiff.InputError, match=told):  # its text, which from_dict does not read
        Comparison.from_json(summary.to_json())
    assert newsdiff.CorpusSummary.from_json(summary.to_json()) == summary


def test_a_comparison_of_a_later_schema_says_which_newsdiff_wrote_it_and_what_reads_it(kessel: Comparison) -> None:
    with pytest.raises(
        newsdiff.InputError,
        match=rf"^not newsdiff's JSON schema 1 \(schema: 2\): written by newsdiff 9\.0\.0, and newsdiff "
        rf"{re.escape(newsdiff.__version__)} reads schema 1; read it with a newsdiff that reads schema 2$",
    ):
        Comparison.from_dict({**kessel.to_dict(), "schema": 2, "newsdiff": "9.0.0"})


def _member(article: str, sentence: int) -> dict:
    return {"article": article, "sentence": sentence}


@pytest.mark.parametrize(
    ("change", "message"),
    [
        # Herald's sentence 1 matches courier's sentence 1 only, and courier's 2 matches herald's 2 only.
        (
            lambda d: (
                d["groups"].pop(2),
                d["groups"][1].update(members=[_member("herald", 1), _member("courier", 2)]),
            ),
            r"^not newsdiff's JSON schema 1: groups\[1\]\.members\[0\]: group 1 holds sentence 1 of 'herald', which "
            r"matches none of the group's other members; give what Comparison\.to_dict wrote$",
        ),
        # Two pairs that each match within themselves, put in one claim that no match joins.
        (
            lambda d: (
                d["groups"].pop(2),
                d["groups"][1]["members"].extend([_member("herald", 2), _member("courier", 2)]),
            ),
            r"^not newsdiff's JSON schema 1: groups\[1\]\.members\[2\]: group 1 holds sentence 2 of 'herald', which no "
            r"chain of matches joins to sentence 1 of 'herald' \(members\[0\]\); a claim's members are linked by "
            r"matches; give what Comparison\.to_dict wrote$",
        ),
    ],
)
def test_a_claim_whose_members_do_not_match_one_another_is_refused_naming_the_member(
    kessel: Comparison, change, message: str
) -> None:
    # Such a claim was read back, and the report drew sentences as one claim that the comparison never related.
    data = kessel.to_dict()
    change(data)
    with pytest.raises(newsdiff.InputError, match=message):
        Comparison.from_dict(data)


def test_a_claim_labelled_shared_with_a_member_that_shares_no_wording_is_refused(
    kessel: Comparison, tmp_path: Path
) -> None:
    # Claim 0 is paraphrased: none of its members shares wording verbatim with another. Read back as shared, the
    # report showed a shared claim of sentences each labelled paraphrased.
    data = kessel.to_dict()
    assert data["groups"][0]["label"] == "paraphrased"
    data["groups"][0]["label"] = "shared"
    problem = (
        "groups[0].label: group 0 is labelled 'shared', but sentence 0 of 'herald' (members[0]) shares wording "
        "verbatim with no other member, which makes it 'paraphrased'"
    )
    with pytest.raises(
        newsdiff.InputError,
        match=rf"^not newsdiff's JSON schema 1: {re.escape(problem)}; give what Comparison\.to_dict wrote$",
    ):
        Comparison.from_dict(data)
    edited = tmp_path / "edited.json"
    edited.write_text(json.dumps(data), encoding="utf-8")
    done = CliRunner().invoke(main, ["report", str(edited), "-o", str(tmp_path / "edited.html")])
    assert done.exit_code == 2 and problem in done.output and "Traceback" not in done.output
    assert not (tmp_path / "edited.html").exists()


def test_a_claim_labelled_paraphrased_whose_members_all_share_wording_is_refused(kessel: Comparison) -> None:
    data = kessel.to_dict()
    assert data["groups"][1]["label"] == "shared"
    data["groups"][1]["label"] = "paraphrased"
    with pytest.raises(
        newsdiff.InputError,
        match=r"^not newsdiff's JSON schema 1: groups\[1\]\.label: group 1 is labelled 'paraphrased', but every "
        r"member shares wording verbatim with another member, which makes it 'shared'; give what "
        r"Comparison\.to_dict wrote$",
    ):
        Comparison.from_dict(data)


def test_a_match_listed_twice_is_refused_naming_it(kessel: Comparison) -> None:
    # Listed twice on both sides, it was matched back, and pairs() and the tables gave the pair twice.
    data = kessel.to_dict()
    for article, other in ((0, "courier"), (1, "herald")):
        matches = data["articles"][article]["sentences"][1]["matches"]
        assert [m["article"] for m in matches] == [other]
        matches.append(dict(matches[0]))
    with pytest.raises(
        newsdiff.InputError,
        match=r"^not newsdiff's JSON schema 1: articles\[0\]\.sentences\[1\]\.matches\[1\]: sentence 1 of article "
        r"'herald' lists sentence 1 of 'courier' again \(as matches\[0\]\); a sentence matches another once; give "
        r"what Comparison\.to_dict wrote$",
    ):
        Comparison.from_dict(data)


def _one_line_everywhere(articles: int) -> dict:
    """Schema-1 data of ``articles`` articles of one sentence each, the same line in all, so each matches every other:
    a sign-off line through a big cluster."""
    ids = [f"outlet-{n}" for n in range(articles)]
    return {
        "schema": 1,
        "newsdiff": newsdiff.__version__,
        "articles": [
            {
                "id": ident,
                "outlet": None,
                "title": None,
                "date": None,
                "source": None,
                "sentences": [
                    {
                        "index": 0,
                        "text": "Subscribe to the Kessel Ledger for the harbour news.",
                        "start": 0,
                        "end": 52,
                        "label": "shared",
                        "matches": [
                            {"article": other, "sentence": 0, "label": "shared", "score": 1.0}
                            for other in ids
                            if other != ident
                        ],
                    }
                ],
                "removed": [],
            }
            for ident in ids
        ],
        "groups": [{"id": 0, "label": "shared", "members": [{"article": ident, "sentence": 0} for ident in ids]}],
    }


def _steps_reading(data: dict) -> int:
    """How many Python calls, generator steps included, reading ``data`` back makes in newsdiff's result module: a
    count of the work, which a timing on a busy machine is not."""
    steps = 0

    def count(frame, event: str, _arg) -> None:
        nonlocal steps
        if event == "call" and frame.f_code.co_filename.endswith("result.py"):
            steps += 1

    sys.setprofile(count)
    try:
        Comparison.from_dict(data)
    finally:
        sys.setprofile(None)
    return steps


def test_reading_back_a_line_matched_through_a_big_cluster_takes_work_in_proportion_to_its_matches() -> None:
    # Each match was looked for among its counterpart's matches one by one: the cube of the copies of one line, so
    # that reading back a 300-article cluster's result with one such line took 10 seconds, and 1,000 articles hours.
    # Three times the articles are nine times the matches, and should be about nine times the work, not 27.
    small, large = _steps_reading(_one_line_everywhere(30)), _steps_reading(_one_line_everywhere(90))
    assert large < 12 * small, (small, large)


@pytest.mark.parametrize(
    ("date", "problem"),
    [
        ("next week", "'next week' is not a date in the form YYYY-MM-DD"),
        ("2026-13-45", "'2026-13-45' is not a date in the form YYYY-MM-DD"),
        ("2026-02-30", "'2026-02-30' is not a date in the form YYYY-MM-DD"),
        ("", "'' is not a date in the form YYYY-MM-DD"),
        (20260314, "20260314 is not a string"),
        # Dates loading reads in another form, which to_dict never writes: the form it would write is named.
        ("March 14, 2026", "'March 14, 2026' is not a date in the form YYYY-MM-DD: give it as '2026-03-14'"),
        ("2026-03-14T09:30:00Z", "is not a date in the form YYYY-MM-DD: give it as '2026-03-14'"),
    ],
)
def test_an_articles_date_that_is_no_iso_day_is_refused_naming_its_json_path(
    kessel: Comparison, date: object, problem: str
) -> None:
    # "next week" and "2026-13-45" were read back and written out again, though loading, Article(date=) and the
    # schema hold a date to YYYY-MM-DD: a program reading the JSON then met what the contract promised it would not.
    data = kessel.to_dict()
    data["articles"][1]["date"] = date
    with pytest.raises(newsdiff.InputError) as refused:
        Comparison.from_dict(data)
    told = str(refused.value)
    assert told.startswith("not newsdiff's JSON schema 1: articles[1].date is not as to_dict writes it (") and (
        problem in told
    ), told


@pytest.mark.parametrize("date", ["2026-03-14", "2024-02-29", None])
def test_an_articles_date_as_to_dict_writes_it_is_read_back(kessel: Comparison, date: str | None) -> None:
    data = kessel.to_dict()
    data["articles"][1]["date"] = date
    assert Comparison.from_dict(data).articles[1].date == date


def test_an_article_result_built_with_a_date_schema_1_cannot_hold_is_refused_naming_it(kessel: Comparison) -> None:
    # Built by hand, it was kept, and to_dict wrote what from_dict then refused.
    article = kessel.articles[0]
    with pytest.raises(
        newsdiff.InputError,
        match=r"^article 'herald': date 'next week' is not a date in the form YYYY-MM-DD$",
    ):
        newsdiff.ArticleResult(article.id, None, None, "next week", None, None, "", article.sentences, ())
    with pytest.raises(
        newsdiff.InputError, match=r"^article 'herald': date '14 March 2026' .*: give it as '2026-03-14'$"
    ):
        newsdiff.ArticleResult(article.id, None, None, "14 March 2026", None, None, "", article.sentences, ())
    built = newsdiff.ArticleResult(article.id, None, None, "2026-03-14", None, None, "", article.sentences, ())
    assert built.date == "2026-03-14"
