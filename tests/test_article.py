"""Loading articles: files, strings, records, metadata, and the errors for bad input."""

from __future__ import annotations

import base64
import datetime
import glob
import json
import os
import re
import subprocess
import sys
import tracemalloc
import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import newsdiff
import newsdiff.article as article_module
from newsdiff.article import read_metadata
from newsdiff.clean import clean
from newsdiff.segment import segment


def test_leading_date_token_is_read_as_metadata() -> None:
    meta = read_metadata(" date 2021-05-19 Talks began on Monday.")
    assert meta.fields["date"] == "2021-05-19"
    assert [(s.start, s.end, s.reason) for s in meta.spans] == [(1, 16, "metadata")]


def test_front_matter_and_headline_are_read() -> None:
    text = "outlet: Coastal Courier\ndate: 2026-03-14\n\nStrike talks in Kessel\nThe talks began.\n"
    meta = read_metadata(text)
    assert meta.fields == {"outlet": "Coastal Courier", "date": "2026-03-14", "title": "Strike talks in Kessel"}
    assert [text[s.start : s.end] for s in meta.spans] == [
        "outlet: Coastal Courier",
        "date: 2026-03-14",
        "Strike talks in Kessel",
    ]


@pytest.mark.parametrize("head", ["", "---\n"])
def test_a_front_matter_value_keeps_the_white_space_inside_it_and_loses_the_white_space_after(head: str) -> None:
    outlet = "Coastal" + " " * 40 + "\tCourier"
    text = f"{head}outlet: \t{outlet} \t\ndate: 2026-03-14\n{head}\nThe talks began.\n"
    assert read_metadata(text).fields["outlet"] == outlet


def test_a_first_line_ending_in_a_period_is_not_a_headline() -> None:
    assert "title" not in read_metadata("The talks began.\nThey ended.\n").fields


def test_a_long_run_of_noise_at_the_top_is_looked_past_not_taken_for_the_headline() -> None:
    widgets = "\n".join(["Full Screen", "1 / 11", "Read more", "Recommended Videos"] * 5)
    text = f"{widgets}\nFerry returns to Kessel\nThe ferry returned on Monday. It was full.\n"
    assert read_metadata(text).fields["title"] == "Ferry returns to Kessel"


def test_the_headline_search_does_not_run_the_noise_rules_over_the_last_line(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # A last line is never a headline, whether noise or not; an article scraped onto one long line is all last line.
    checked: list[str] = []

    def is_noise_line(line: str, rules: object) -> bool:
        checked.append(line)
        return line == "Share"

    monkeypatch.setattr(article_module, "is_noise_line", is_noise_line)
    one_line = "The ferry returned to Kessel on Monday. " * 50
    assert "title" not in read_metadata(one_line).fields
    assert read_metadata(f"Share\n{one_line}").fields == {}
    assert checked == ["Share"]


def test_file_with_bom_crlf_and_nbsp_loads(tmp_path: Path) -> None:
    path = tmp_path / "courier.txt"
    path.write_bytes("\ufeffHeadline here\r\n\r\nThe talks\u00a0began.\r\n".encode())
    [article] = newsdiff.load([path])
    assert article.id == "courier"
    assert article.text == "Headline here\n\nThe talks\u00a0began.\n"
    assert article.title == "Headline here"
    assert article.source == str(path)


@pytest.mark.parametrize(
    ("source", "kept_mark"),
    [
        ("\ufeffdate 2021-05-03 The talks began.", False),
        ({"text": "\ufeffdate 2021-05-03 The talks began."}, False),
        (newsdiff.Article("\ufeffdate 2021-05-03 The talks began."), True),  # an Article's text stays as given
    ],
    ids=["string", "record", "article"],
)
def test_a_byte_order_mark_in_a_string_does_not_hide_the_date(source: object, kept_mark: bool) -> None:
    [article] = newsdiff.load([source])
    assert article.date == "2021-05-03"
    assert article.text == "\ufeff" * kept_mark + "date 2021-05-03 The talks began."


def test_strings_are_text_and_get_numbered_ids() -> None:
    articles = newsdiff.load(["The talks began.", "The talks started."])
    assert [a.id for a in articles] == ["article-1", "article-2"]
    assert articles[1].text == "The talks started."


def test_jsonl_records_carry_metadata(tmp_path: Path) -> None:
    path = tmp_path / "cluster.jsonl"
    records = [
        {"id": "a", "text": "The talks began.", "outlet": "Courier", "url": "https://example.org/a"},
        {"id": "b", "text": "The talks started.", "date": "2026-03-14"},
    ]
    path.write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")
    a, b = newsdiff.load([path])
    assert (a.id, a.outlet, a.url) == ("a", "Courier", "https://example.org/a")
    assert (b.id, b.date) == ("b", "2026-03-14")


def test_json_file_with_articles_list(tmp_path: Path) -> None:
    path = tmp_path / "cluster.json"
    path.write_text(json.dumps({"articles": [{"text": "One."}, {"text": "Two."}]}), encoding="utf-8")
    assert [a.id for a in newsdiff.load([path])] == ["cluster-1", "cluster-2"]


def test_repeated_ids_are_made_distinct() -> None:
    with pytest.warns(UserWarning, match=r"^article 'x-2': its id 'x' is the id of article 'x' as well"):
        articles = newsdiff.load([{"id": "x", "text": "One."}, {"id": "x", "text": "Two."}])
    assert [a.id for a in articles] == ["x", "x-2"]


def test_one_file_given_twice_gets_no_warning_of_its_id_before_compare_refuses_it(tmp_path: Path) -> None:
    # The warning that two articles shared an id named the same file on both sides, just before compare's own
    # error said plainly that the file was given twice.
    path = tmp_path / "quay.txt"
    path.write_text("The ferry returned on Monday.\n", encoding="utf-8")
    other = tmp_path / "pier.txt"
    other.write_text("The ferry came back on Monday.\n", encoding="utf-8")
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        loaded = newsdiff.load([path, path, other])
    assert [a.id for a in loaded] == ["quay", "quay-2", "pier"]
    with pytest.raises(newsdiff.InputError, match="given twice"):
        newsdiff.compare(loaded)


def test_an_id_taken_by_another_article_is_suffixed_with_a_warning_naming_both(tmp_path: Path) -> None:
    # Article(id="quay") beside quay.txt, or two folders' quay.txt, gave quay and quay-2 without a word of which was
    # which: the report's "quay-2" could be either outlet's.
    for folder in ("east", "west"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "quay.txt").write_text("The ferry returned on Monday.\n", encoding="utf-8")
    east, west = tmp_path / "east" / "quay.txt", tmp_path / "west" / "quay.txt"
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        loaded = newsdiff.load([newsdiff.Article(text="The ferry sailed.", id="quay"), east, west])
    assert [(a.id, a.source) for a in loaded] == [("quay", None), ("quay-2", str(east)), ("quay-3", str(west))]
    assert [str(w.message).split("; give")[0] for w in caught] == [
        f"article 'quay-2' ({east}): its id 'quay' is the id of article 'quay' as well, so it is named 'quay-2'",
        f"article 'quay-3' ({west}): its id 'quay' is the id of article 'quay' as well, so it is named 'quay-3'",
    ]
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # loaded again (as compare loads what load gave), nothing is renamed or told
        assert [a.id for a in newsdiff.load(loaded)] == ["quay", "quay-2", "quay-3"]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "empty"),
        (b"   \n\t\n", "empty"),
        ("\u200b\u200b\n\u2060".encode(), "no words"),
        (b"... !!! ---", "no words"),
        (b"<!DOCTYPE html>\n<html><body><p>Brell met Varga.</p></body></html>", "looks like HTML"),
        (b"<p>Brell met Varga.</p><p>They spoke.</p><p>Then they left.</p>", "looks like HTML"),
        (b"\x00\x01binary", "binary"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "is a PDF; extract its text first"),
        # A word processor's document: RTF is ASCII, and was loaded as an article of its markup.
        (
            b"{\\rtf1\\ansi\\deff0 {\\fonttbl {\\f0 Times;}}\n\\f0 Brell met Varga.\\par\n}",
            "is an RTF document.*plain text",
        ),
        (b"PK\x03\x04\x14\x00\x06\x00\x08\x00", "is a ZIP archive \\(a Word .docx.*plain text"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1\x00\x00", "is an old Word \\(.doc\\).*plain text"),
        ("caf\u00e9 au lait".encode("latin-1"), "not valid UTF-8"),
    ],
)
def test_bad_files_raise_input_error_naming_the_file(tmp_path: Path, content: bytes, message: str) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    with pytest.raises(newsdiff.InputError, match=message) as caught:
        newsdiff.load([path])
    assert str(path) in str(caught.value)


def test_an_article_that_mentions_a_few_tags_is_text() -> None:
    prose = "The browser maker said pages written with <p> and <div> tags, or a stray <br>, would load faster. "
    [article] = newsdiff.load([prose * 3 + "Engineers welcomed the change, which had been expected for months. " * 20])
    assert article.text.startswith("The browser maker")


def test_missing_file_is_named(tmp_path: Path) -> None:
    with pytest.raises(newsdiff.InputError, match=r"missing\.txt: no such file"):
        newsdiff.load([tmp_path / "missing.txt"])
    # Without a suffix, a string with a path separator and no space is still a path, not a one-word article.
    with pytest.raises(newsdiff.InputError, match=r"cluster/herald: no such file"):
        newsdiff.load([str(tmp_path / "cluster" / "herald")])
    assert newsdiff.load(["Talks and/or strikes: the port weighs its options."])[0].text.startswith("Talks")


@pytest.mark.parametrize(
    ("record", "message"),
    [
        ({"id": "a"}, "no 'text' field"),
        ({"text": 42}, "'text' must be a string"),
        ({"text": "One.", "outlet": ["x"]}, "'outlet' must be a string"),
        (["text"], "expected an object"),
    ],
)
def test_records_with_unexpected_types_are_refused(record: object, message: str, tmp_path: Path) -> None:
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(record), encoding="utf-8")
    with pytest.raises(newsdiff.InputError, match=message):
        newsdiff.load([path])


def test_invalid_json_names_line(tmp_path: Path) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text('{"text": "One."}\n{"text": \n', encoding="utf-8")
    with pytest.raises(newsdiff.InputError, match="line 2: invalid JSON"):
        newsdiff.load([path])


def test_a_lone_surrogate_becomes_a_replacement_character(tmp_path: Path) -> None:
    # A cut JSON escape ("\ud83d" without its pair) decodes to a lone surrogate, which no file can hold.
    path = tmp_path / "cut.json"
    path.write_text(
        '{"text": "Ferry \\ud83d service resumed on Monday.", "outlet": "Tide \\udc00 News"}', encoding="utf-8"
    )
    [article] = newsdiff.load([path])
    assert article.text == "Ferry \ufffd service resumed on Monday."
    assert article.outlet == "Tide \ufffd News"
    result = newsdiff.compare([article, "Ferry service resumed on Monday."])
    result.to_json().encode("utf-8")  # raised UnicodeEncodeError before
    result.to_html().encode("utf-8")


def test_a_lone_surrogate_in_an_articles_metadata_becomes_a_replacement_character() -> None:
    # An Article built from a file name that is not UTF-8 (os.listdir's "\udce9") kept it in its source, which the
    # comparison's JSON then failed to encode.
    article = newsdiff.Article(
        "The ferry to Skerrow Isle ran late on Monday.", source="tide-\udce9.txt", url="https://tide.example/\udce9"
    )
    assert article.source == "tide-\ufffd.txt"
    assert article.url == "https://tide.example/\ufffd"
    result = newsdiff.compare([article, newsdiff.Article("The ferry to Skerrow Isle ran on time.", source="quay.txt")])
    assert result.articles[0].source == "tide-\ufffd.txt"
    result.to_json().encode("utf-8")
    result.to_html().encode("utf-8")


@pytest.mark.parametrize(
    ("source", "message"),
    [
        (
            "The ferry left Skerrow Isle.\nIt ran\x00 late.",
            r"article 1: text holds a NUL character \(line 2, column 7 of the text\); remove it",
        ),
        (
            {"id": "quay", "text": "The\x00 ferry ran\x00 late."},
            r"record 1 \(id 'quay'\): text holds 2 NUL characters \(the first at line 1, column 4 of the text\); "
            r"remove them, for example with text\.replace",
        ),
    ],
)
def test_a_nul_in_a_given_text_is_named_by_its_line_and_column(source: object, message: str) -> None:
    # "text contains NUL characters" left the writer to search a long text for an invisible character.
    with pytest.raises(newsdiff.InputError, match=message):
        newsdiff.load([source])


def test_deeply_nested_json_is_an_input_error(tmp_path: Path) -> None:
    path = tmp_path / "deep.json"
    path.write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    with pytest.raises(newsdiff.InputError, match=r"deep\.json: JSON nested too deeply"):
        newsdiff.load([path])


def test_unicode_line_separators_are_line_breaks() -> None:
    [article] = newsdiff.load(["Harbour reopens\u2028The harbour reopened on Monday.\u2029It rained.\x0cThe end came."])
    assert article.text == "Harbour reopens\nThe harbour reopened on Monday.\nIt rained.\nThe end came."
    assert article.title == "Harbour reopens"


@pytest.mark.parametrize(
    "top",
    [
        "Source: Ashford Telegraph\n\nFerry returns\n",
        "Ferry returns\nSource: Ashford Telegraph\n\n",
        "---\ntitle: Ferry returns\nsource: Ashford Telegraph\n---\n",
    ],
)
def test_a_source_named_in_front_matter_is_the_outlet_where_none_is_given(top: str) -> None:
    # Read as metadata and removed from the text, the outlet's name went nowhere: the article was compared unnamed.
    [article] = newsdiff.load([f"{top}The ferry came back on Monday. It was full.\n"])
    assert (article.outlet, article.title) == ("Ashford Telegraph", "Ferry returns")


@pytest.mark.parametrize("outlet_line", ["outlet: Quay Post", "publisher: Quay Post"])
def test_an_outlet_given_beside_a_source_wins_over_it(outlet_line: str) -> None:
    # A wire's story names the wire as its source and the paper that ran it as its outlet.
    for lines in (["source: Kessel Wire", outlet_line], [outlet_line, "source: Kessel Wire"]):
        text = "---\n{}\n---\nThe ferry came back on Monday. It was full.\n".format("\n".join(lines))
        assert newsdiff.load([text])[0].outlet == "Quay Post"


@pytest.mark.parametrize("value", ["https://ashford.example/ferry", "ashford.example", "[Kessel Wire, Quay Post]"])
def test_a_source_that_is_an_address_or_a_list_names_no_outlet(value: str) -> None:
    [article] = newsdiff.load([f"---\nsource: {value}\n---\nThe ferry came back on Monday. It was full.\n"])
    assert article.outlet is None


@pytest.mark.parametrize(
    "value", ["Getty Images", "AFP/Getty Images", "Shutterstock", "Alamy Stock Photo", "PA Images", "Reuters Pictures"]
)
def test_a_source_that_is_a_picture_agency_names_no_outlet(value: str) -> None:
    # The credit of the picture over the story: the agency that sold the photo did not publish the article.
    [article] = newsdiff.load([f"Ferry returns\nSource: {value}\n\nThe ferry came back on Monday. It was full.\n"])
    assert (article.outlet, article.title) == (None, "Ferry returns")


def test_prose_after_a_known_key_is_not_front_matter() -> None:
    text = "Source: officials at the port said the ferry would run again on Monday. Fares stay the same.\nIt rained."
    meta = read_metadata(text)
    assert meta.fields == {} and meta.spans == ()


@pytest.mark.parametrize("key", ["title", "Headline"])
def test_a_front_matter_title_longer_than_any_headline_is_read(key: str) -> None:
    # Over 160 characters, the line was no front matter: it stayed in the first sentence, "title:" and all, and the
    # article went untitled.
    title = (
        "Harbour council votes to keep the island ferry running through the winter after months of debate over "
        "costs, crews and the state of the old quay at Kessel and the new one at Brell"
    )
    text = f"{key}: {title}\noutlet: Quay Post\n\nThe ferry left the quay at dawn. It came back at noon."
    [article] = newsdiff.load([text])
    assert len(title) > 160 and (article.title, article.outlet) == (title, "Quay Post")
    assert [r.reason for r in clean(text).removals] == ["metadata", "metadata"]


def test_fenced_front_matter_is_read() -> None:
    text = "---\noutlet: Harbour Herald\ntitle: Ferry returns\nlayout: story\n---\nThe ferry returned on Monday.\n"
    meta = read_metadata(text)
    assert meta.fields == {"outlet": "Harbour Herald", "title": "Ferry returns"}
    assert [text[s.start : s.end] for s in meta.spans] == [
        "---",
        "outlet: Harbour Herald",
        "title: Ferry returns",
        "layout: story",
        "---",
    ]


def test_the_lines_under_an_unclosed_fence_are_read_as_front_matter_without_fences() -> None:
    # Its closing line left out, the block was no front matter: its lines stayed in the first sentence, and the
    # outlet and date they gave were lost without a word, though the same lines without the fence are read.
    text = "---\noutlet: Harbour Herald\ndate: 2024-02-10\n\nThe ferry returned on Monday.\n"
    meta = read_metadata(text)
    assert meta.fields == {"outlet": "Harbour Herald", "date": "2024-02-10"}
    assert [text[s.start : s.end] for s in meta.spans] == ["outlet: Harbour Herald", "date: 2024-02-10"]
    assert [(r.reason, r.text) for r in clean(text).removals] == [
        ("separator", "---"),
        ("metadata", "outlet: Harbour Herald"),
        ("metadata", "date: 2024-02-10"),
    ]


def test_toml_front_matter_between_plus_lines_is_read() -> None:
    # Hugo writes its front matter as TOML between "+++" lines: the fields were lost and its lines left in the
    # first sentence ('+++ title = "Ferry returns" ...').
    head = "+++\ntitle = \"Ferry returns\"\ndate = 2024-02-10T09:30:00Z\noutlet = 'Quay Post'\n+++\n"
    text = head + "\nThe ferry returned to Port Brell on Monday.\n"
    [article] = newsdiff.load([text])
    assert (article.title, article.date, article.outlet) == ("Ferry returns", "2024-02-10", "Quay Post")
    assert "".join(r.text for r in clean(text).removals) == head.replace("\n", "")


def test_a_toml_table_s_keys_and_a_multi_line_array_are_taken_in_but_not_read() -> None:
    head = '+++\ntitle = "Ferry returns"\ntags = [\n  "ferry",\n]\n[params]\nurl = "https://quay.example/a"\n+++\n'
    [article] = newsdiff.load([head + "\nThe ferry returned to Port Brell on Monday.\n"])
    assert (article.title, article.url) == ("Ferry returns", None)


def test_a_date_that_is_no_date_in_toml_front_matter_is_refused() -> None:
    with pytest.raises(newsdiff.InputError, match=r"article 1, line 2: date '2024-02-30' is not a date"):
        newsdiff.load(['+++\ndate = "2024-02-30"\n+++\nThe ferry returned to Port Brell on Monday.\n'])


def test_a_date_that_is_no_date_under_an_unclosed_fence_is_refused() -> None:
    with pytest.raises(newsdiff.InputError, match=r"article 1, line 2: date '2024-02-30' is not a date"):
        newsdiff.load(["---\ndate: 2024-02-30\ntitle: Ferry returns\n\nThe ferry returned on Monday.\n"])


@pytest.mark.parametrize(
    "text",
    ["---\nThe ferry returned on Monday.\nIts crew cheered.\n", "---\nBreaking: Ferry returns\nThe crew cheered.\n"],
)
def test_prose_under_a_separator_line_is_no_front_matter(text: str) -> None:
    assert "outlet" not in read_metadata(text).fields and "date" not in read_metadata(text).fields


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("date 2024-13-45 The ferry returned.", None),
        ("Date 2024-03-01 The ferry returned.", "2024-03-01"),
        ("date: last Tuesday\nThe ferry returned.", None),
        ("date: 2024-03-01T09:30:00Z\nThe ferry returned.", "2024-03-01"),
        ("date: March 1, 2024\nThe ferry returned.", "2024-03-01"),
        ("date: 1. März 2024\nThe ferry returned.", "2024-03-01"),
        ("date: 1. Mörz 2024\nThe ferry returned.", None),
        ("date 1. March 2024\n\nThe ferry returned.", "2024-03-01"),
        ("date 2024-03-01T09:30:00Z The ferry returned.", "2024-03-01"),
        ("date 2024-03-01T09:30+02:00 The ferry returned.", "2024-03-01"),
    ],
)
def test_only_real_dates_are_read(text: str, date: str | None) -> None:
    assert read_metadata(text).fields.get("date") == date


@pytest.mark.parametrize(
    ("given", "read"),
    [
        ("2026-03-14", "2026-03-14"),
        ("2026-03-14T09:30:00Z", "2026-03-14"),
        ("2026-03-14T09:30:00+02:00", "2026-03-14"),
        ("March 14, 2026", "2026-03-14"),
        ("14 Mar 2026", "2026-03-14"),
        ("Sat, 14 Mar 2026 09:30:00 GMT", "2026-03-14"),
        ("Saturday, Sept. 5, 2026", "2026-09-05"),
        ("March 14, 2026, 9:30 AM EDT", "2026-03-14"),
        ("2026-03-14T09:30", "2026-03-14"),
        ("2026-03-14T09:30:00.250-05:00", "2026-03-14"),
        ("2026-03-14 09:30:00+00:00", "2026-03-14"),  # Python's str() of a datetime
        ("2026-03-14T0930Z", "2026-03-14"),  # ISO 8601's basic format
        # Ruby's str() of a time, which Jekyll's front matter has: a space before the offset, or UTC.
        ("2026-03-14 09:30:00 -0500", "2026-03-14"),
        ("2026-03-14 09:30:00 UTC", "2026-03-14"),
        # A day written as an ordinal, and a comma after the month, as people write them in front matter.
        ("November 5th, 2026", "2026-11-05"),
        ("5th November 2026", "2026-11-05"),
        ("Sunday, March 22nd, 2026", "2026-03-22"),
        ("Nov. 1st 2026", "2026-11-01"),
        ("3rd Mar 2026", "2026-03-03"),
        ("5 November, 2026", "2026-11-05"),
        # A stop after the day, as German and Scandinavian pages write it, and hyphens or slashes, as feeds and
        # databases write a date with its month cut short.
        ("5. November 2026", "2026-11-05"),
        ("Thursday, 5. Nov. 2026", "2026-11-05"),
        ("05-Nov-2026", "2026-11-05"),
        ("05/Nov/2026 09:30", "2026-11-05"),
    ],
)
def test_a_given_date_reaches_the_result_as_year_month_day(given: str, read: str) -> None:
    # The JSON contract's date is YYYY-MM-DD, as a date line in the text gives it; a record's timestamp was kept whole.
    record = {"id": "a", "text": "The talks began.", "date": given}
    article = newsdiff.Article("The talks started.", id="b", date=given)
    assert [a.date for a in newsdiff.load([record, article])] == [read, read]


@pytest.mark.parametrize(
    "given",
    [
        *("14/03/2026", "2026-02-30", "yesterday", "May 32, 2026", "Mayo 14, 2026", "May 5x, 2026", "31st Feb 2026"),
        *("31. Feb. 2026", "05-Nov/2026", "Nov-05-2026", "5-Nov 2026"),
    ],
)
def test_a_given_date_that_is_not_year_month_day_is_an_input_error(given: str) -> None:
    with pytest.raises(newsdiff.InputError, match=re.escape(f"record 1 (id 'a'): date {given!r} is not")):
        newsdiff.load([{"id": "a", "text": "The talks began.", "date": given}])


def test_a_record_whose_text_is_null_is_an_input_error(tmp_path: Path) -> None:
    path = tmp_path / "feed.json"
    path.write_text('[{"id": "herald", "text": "The ferry returned."}, {"id": "tide", "text": null}]', encoding="utf-8")
    with pytest.raises(newsdiff.InputError, match=r"feed\.json, record 2 \(id 'tide'\): .*'text' is null"):
        newsdiff.load([path])


@pytest.mark.parametrize(
    ("sources", "message"),
    [
        (None, "cannot load None"),
        (42, "cannot load an int"),
        (b"The ferry returned.", r"cannot load bytes \(decode them"),
        (bytearray(b"The ferry returned."), r"cannot load bytearray \(decode them"),
        ([b"herald.txt"], r"source 1: cannot load bytes \(decode them"),
    ],
)
def test_sources_of_the_wrong_kind_are_an_input_error_saying_what_load_takes(sources: object, message: str) -> None:
    with pytest.raises(newsdiff.InputError, match=message) as caught:
        newsdiff.load(sources)  # type: ignore[arg-type]
    assert "give a path, a string" in str(caught.value)


@pytest.mark.parametrize("data", [b"The ferry returned.", bytearray(b"The ferry returned."), memoryview(b"The ferry")])
def test_a_record_or_article_given_bytes_for_its_text_is_told_to_decode_them(data: object) -> None:
    # load(bytes) said to decode them; a record's or an Article's text of bytes was only "must be a string".
    with pytest.raises(newsdiff.InputError, match=r"record 1: field 'text' must be a string, .*\.decode\('utf-8'\)"):
        newsdiff.load([{"text": data}])
    with pytest.raises(newsdiff.InputError, match=r"text must be a string, .*decode it to a string first"):
        newsdiff.Article(text=data)  # type: ignore[arg-type]


_ENCODED_STORY = "The ferry returned to Brell on Monday.\n\nIt was an hour late, its captain said."


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (base64.b64encode(_ENCODED_STORY.encode()).decode(), r"looks like Base64 .*base64\.b64decode\(text\)"),
        (base64.encodebytes(_ENCODED_STORY.encode() * 4).decode(), r"looks like Base64 \(it decodes to 'The ferry"),
        # Its "_" and "-" for "/" and "+" (as URLs and JWTs have it): b64decode would refuse them.
        (base64.urlsafe_b64encode(f"Caf\u00e9 \u201cquay\u201d ~ {_ENCODED_STORY}".encode()).decode(), "urlsafe_b64"),
        (str(_ENCODED_STORY.encode()), r"Python's repr of bytes \(b'...'\), .*\.decode\('utf-8'\)"),
    ],
)
def test_a_text_of_bytes_in_base64_or_in_their_repr_is_told_to_be_decoded(text: str, message: str) -> None:
    # An API's Base64 or str() of a response's bytes loaded as the article: one long word, or its line ends as "\n".
    with pytest.raises(newsdiff.InputError, match=rf"record 1: text .*{message}"):
        newsdiff.load([{"text": text}])


@pytest.mark.parametrize(
    "text", ["Supercalifragilistic", "ABCDEFGHIJKLMNOPQRSTUVWX", base64.b64encode(bytes(range(64))).decode(), "b'ok'"]
)
def test_a_text_of_one_long_word_is_not_taken_for_base64_unless_it_decodes_to_words(text: str) -> None:
    assert newsdiff.load([{"text": text}])[0].text == text


@pytest.mark.parametrize(
    ("path", "message"),
    [
        ("herald\x00.txt", "cannot hold a NUL character"),
        ("h" * 300 + ".txt", r"cannot be read \(File name too long\)"),
    ],
    ids=["nul", "too-long"],
)
def test_a_path_the_system_refuses_is_an_input_error(path: str, message: str) -> None:
    for source in (path, Path(path)):
        with pytest.raises(newsdiff.InputError, match=message):
            newsdiff.load([source])


def test_a_file_name_that_is_not_utf8_gives_an_id_that_can_be_written(tmp_path: Path) -> None:
    path = Path(os.fsdecode(os.fsencode(tmp_path) + b"/tide-\xff.txt"))  # as Python reads such a name
    try:
        path.write_text("The ferry returned on Monday.", encoding="utf-8")
    except (OSError, UnicodeEncodeError):
        pytest.skip("this file system takes only UTF-8 names")
    [article] = newsdiff.load([path])
    assert article.id == "tide-\ufffd"
    result = newsdiff.compare([path, "The ferry returned on Monday. It rained."])
    result.to_json().encode("utf-8")  # a lone surrogate in the id raised UnicodeEncodeError


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ('"The ferry returned."', r"holds a string; give a record with 'text', a list of such records, or an object"),
        ("null", "holds null; give a record"),
        ('{"articles": "The ferry returned."}', "'articles' must be a list of records with 'text', not a string"),
    ],
)
def test_a_json_file_of_the_wrong_shape_says_which_shapes_are_read(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "feed.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(newsdiff.InputError, match=message):
        newsdiff.load([path])


def test_a_cluster_given_as_one_article_is_pointed_to_its_articles_list(tmp_path: Path) -> None:
    cluster = {"id": "ferry", "articles": [{"text": "The ferry returned."}, {"text": "The ferry came back."}]}
    path = tmp_path / "clusters.jsonl"
    path.write_text(json.dumps(cluster) + "\n", encoding="utf-8")
    for source, name in ((path, r"clusters\.jsonl, line 1 \(id 'ferry'\)"), (cluster, r"record 1 \(id 'ferry'\)")):
        with pytest.raises(newsdiff.InputError, match=f"{name}: is a cluster of articles.*'articles' list.*batch"):
            newsdiff.load([source])


def test_json_and_jsonl_under_each_others_suffix_are_named_for_what_they_are(tmp_path: Path) -> None:
    records = [{"text": "The ferry returned."}, {"text": "The ferry came back."}]
    lines = tmp_path / "feed.json"
    lines.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    with pytest.raises(newsdiff.InputError, match=r"feed\.json: invalid JSON .*one record per line.*name it \.jsonl"):
        newsdiff.load([lines])
    pretty = tmp_path / "feed.jsonl"
    pretty.write_text(json.dumps(records, indent=2), encoding="utf-8")
    with pytest.raises(newsdiff.InputError, match=r"feed\.jsonl, line 1: invalid JSON .*name it \.json$"):
        newsdiff.load([pretty])


def test_fenced_front_matter_with_yaml_lists_comments_and_long_values_is_read() -> None:
    text = (
        "---\n"
        "# exported by the site\n"
        'title: "Ferry returns: the full story"\n'
        "tags:\n"
        "  - ferry\n"
        "  - kessel\n"
        "\n"
        "og_image2: ferry.png\n"
        "description: The ferry came back to Kessel on Monday. Crowds met it at the old quay.\n"
        "outlet: 'Harbour Herald'\n"
        "---\n"
        "The ferry returned on Monday.\n"
    )
    meta = read_metadata(text)
    assert meta.fields == {"title": "Ferry returns: the full story", "outlet": "Harbour Herald"}
    block = text[: text.index("The ferry returned")]
    assert [text[s.start : s.end] for s in meta.spans] == [line.strip() for line in block.splitlines() if line.strip()]


@pytest.mark.parametrize(
    ("line", "outlet"),
    [
        ('outlet: "Quay Post"  # the print edition', "Quay Post"),
        ("outlet: Quay Post # the print edition", "Quay Post"),
        ("outlet: 'Quay''s Post' # its own spelling", "Quay's Post"),
        ('outlet: "The \\"Quay\\" Post"', 'The "Quay" Post'),
        ("outlet: Quay#Post", "Quay#Post"),
    ],
)
def test_a_comment_after_a_fenced_value_is_no_part_of_it(line: str, outlet: str) -> None:
    # YAML reads a "#" after white space as a comment; the quotes are YAML's, not the outlet's.
    meta = read_metadata(f"---\n{line}\n---\nThe ferry returned on Monday.\n")
    assert meta.fields == {"outlet": outlet}


@pytest.mark.parametrize(
    ("value", "title"),
    [
        # PyYAML's yaml.dump writes each character outside ASCII as an escape in double quotes.
        ('"Ferry\\u2019s return to Caf\\xE9 Kessel"', "Ferry’s return to Café Kessel"),
        ('"Ferry \\U0001F6A2 back"', "Ferry \U0001f6a2 back"),
        ('"Quay\\\\Post \\"live\\""', 'Quay\\Post "live"'),
        # Single quotes escape nothing.
        ("'Caf\\xE9'", "Caf\\xE9"),
    ],
)
def test_an_escape_in_a_double_quoted_fenced_value_is_the_character_it_stands_for(value: str, title: str) -> None:
    meta = read_metadata(f"---\ntitle: {value}\n---\nThe ferry returned on Monday.\n")
    assert meta.fields == {"title": title}


@pytest.mark.parametrize(
    ("value", "title"),
    [
        ("'Ferry's back'", "Ferry's back"),  # YAML would have the apostrophe doubled
        ("'O'Neill's ferry'  # the harbour master", "O'Neill's ferry"),
        ("'Ferry' and 'boat'", "'Ferry' and 'boat'"),  # two quotations, not one value in quotes
    ],
)
def test_a_fenced_value_in_single_quotes_with_a_word_s_apostrophe_inside_loses_its_quotes(
    value: str, title: str
) -> None:
    # The quotes stayed in the title ("'Ferry's back'"), though the unfenced form of the same line lost them.
    meta = read_metadata(f"---\ntitle: {value}\n---\nThe ferry returned on Monday.\n")
    assert meta.fields == {"title": title}


@pytest.mark.parametrize("null", ["~", "null", "NULL"])
def test_a_fenced_field_given_as_yamls_null_is_not_given(null: str) -> None:
    # YAML's null is no value, as a record's null is not: not an outlet or an id spelt "null", nor a date refused.
    text = f"---\nid: {null}\noutlet: {null}\ndate: {null}\ntitle: Ferry returns\n---\nThe ferry returned on Monday.\n"
    (article,) = newsdiff.load([text])
    assert (article.id, article.outlet, article.date, article.title) == ("article-1", None, None, "Ferry returns")
    assert read_metadata(text).fields == {"title": "Ferry returns"}
    # Quoted, it is the word.
    assert read_metadata('---\noutlet: "null"\n---\nThe ferry returned on Monday.\n').fields == {"outlet": "null"}


_FOLDED = "Ferry returns: the full story of its week away"
_LITERAL = "Ferry returns: the full story\nof its week away"


@pytest.mark.parametrize(
    ("header", "title"), [(">", _FOLDED), (">-", _FOLDED), ("|", _LITERAL), ("|-  # lines", _LITERAL)]
)
def test_a_fenced_field_given_as_a_yaml_block_scalar_is_read_from_its_lines(header: str, title: str) -> None:
    # A long title is written on the indented lines under "title: >" (folded into one line) or "title: |" (kept as
    # lines); its value is those lines, not the ">" or "|" that says how to read them.
    text = (
        f"---\ntitle: {header}\n  Ferry returns: the full story\n  of its week away\n\noutlet: Quay Post\n---\n"
        "The ferry returned on Monday.\n"
    )
    meta = read_metadata(text)
    assert meta.fields == {"title": title, "outlet": "Quay Post"}
    block = text[: text.index("The ferry returned")]
    assert [text[s.start : s.end] for s in meta.spans] == [line.strip() for line in block.splitlines() if line.strip()]
    # Quoted, ">" is the title itself; an indented line under another key (a list's item) is no value of it.
    assert read_metadata("---\ntitle: '>'\ntags:\n  - ferry\n---\nThe ferry returned on Monday.\n").fields == {
        "title": ">"
    }


@pytest.mark.parametrize("marker", ["---", "...", "  ---  "])
def test_a_fence_inside_a_block_scalars_lines_does_not_close_the_front_matter(marker: str) -> None:
    # A summary that holds a line of dashes closed the block there: the keys under it were lost, and the rest of
    # the summary and the closing fence became the article's first lines (or, with the summary first, the block was
    # not read at all and "summary: |" was the headline).
    text = (
        f"---\nsummary: |\n  The ferry is back.\n  {marker}\n  Crowds met it.\noutlet: Quay Post\n"
        "title: Ferry returns\n---\nThe ferry returned to Kessel on Monday after a week away.\n"
    )
    (article,) = newsdiff.load([text])
    assert (article.outlet, article.title) == ("Quay Post", "Ferry returns")
    sentences = newsdiff.compare([text, "The ferry came back on Monday."]).articles[0].sentences
    assert [s.text for s in sentences] == ["The ferry returned to Kessel on Monday after a week away."]
    # Where the keys stand, the fence closes the block, indented with them or not.
    indented = "---\n  title: Ferry returns\n  ---\nThe ferry came back to Kessel.\n"
    assert [indented[s.start : s.end] for s in read_metadata(indented).spans] == ["---", "title: Ferry returns", "---"]


def test_a_long_fenced_value_wrapped_onto_the_next_line_is_read_whole_and_kept_out_of_the_text() -> None:
    # PyYAML's dump wraps a value at 80 characters onto an indented line: the block was not read as front matter,
    # the title was cut at the wrap, and the description's last words became a sentence of the article.
    text = (
        "---\ntitle: Ferry returns to Kessel after a week of repairs at the yard in Port Brell, its\n"
        "  owners said\ndescription: The ferry came back to Kessel on Monday after a week away, and\n"
        "  crowds met it at the old quay.\n---\nThe ferry returned on Monday.\n"
    )
    (article,) = newsdiff.load([text])
    assert article.title == "Ferry returns to Kessel after a week of repairs at the yard in Port Brell, its owners said"
    sentences = newsdiff.compare([text, "The ferry returned on Monday."]).articles[0].sentences
    assert [s.text for s in sentences] == ["The ferry returned on Monday."]


def test_a_nested_fenced_key_is_not_read_as_the_pages() -> None:
    # An author's url or an image's title, indented under its key, was read as the article's (and a nested title
    # beside the page's was refused as a title given twice).
    text = (
        "---\ntitle: Ferry returns\nauthor:\n  name: Jo Marr\n  url: https://jo.example/about\n"
        "image:\n  path: ferry.png\n  title: The ferry at dawn\n---\nThe ferry returned on Monday.\n"
    )
    (article,) = newsdiff.load([text])
    assert (article.title, article.url) == ("Ferry returns", None)
    # Keys indented alike are the block's own.
    assert read_metadata("---\n  title: Ferry returns\n  outlet: Quay Post\n---\nThe ferry came back.\n").fields == {
        "title": "Ferry returns",
        "outlet": "Quay Post",
    }


def test_prose_between_two_separators_at_the_top_is_not_front_matter() -> None:
    for body in ("Update: the ferry returned on Monday. It was full.", "- The ferry returned on Monday."):
        assert read_metadata(f"---\n{body}\n---\nCrowds met it.\n").spans == ()


def test_a_suffixed_repeat_does_not_take_an_id_given_to_another_article() -> None:
    articles = newsdiff.load(
        [{"id": "x", "text": "One."}, {"id": "x", "text": "Two."}, {"id": "x-2", "text": "Three."}]
    )
    assert [a.id for a in articles] == ["x", "x-3", "x-2"]
    unnamed = newsdiff.load(["The ferry returned.", {"id": "article-1", "text": "The ferry came back."}])
    assert [a.id for a in unnamed] == ["article-1-2", "article-1"]


@pytest.mark.parametrize("encoding", ["utf-16", "utf-32"])
def test_a_utf16_or_utf32_file_is_named_for_its_encoding_not_called_binary(tmp_path: Path, encoding: str) -> None:
    path = tmp_path / "tide.txt"
    path.write_bytes("The ferry returned on Monday.".encode(encoding))  # with the byte-order mark Windows writes
    with pytest.raises(newsdiff.InputError, match=rf"tide\.txt: is {encoding.upper()}, not UTF-8.*iconv"):
        newsdiff.load([path])


def test_a_byte_that_is_not_utf8_after_a_byte_order_mark_is_placed_where_it_is_in_the_file(tmp_path: Path) -> None:
    path = tmp_path / "tide.txt"
    data = b"\xef\xbb\xbf" + "The ferry returned.\nThe caf\u00e9 opened.\n".encode("cp1252")
    path.write_bytes(data)
    with pytest.raises(
        newsdiff.InputError, match=rf"tide\.txt: is not valid UTF-8 \(byte {data.index(0xE9)}, line 2\)"
    ):
        newsdiff.load([path])


def test_a_byte_that_is_not_utf8_is_placed_by_its_line(tmp_path: Path) -> None:
    path = tmp_path / "tide.txt"
    path.write_bytes("The ferry returned.\nIt was full.\nThe caf\u00e9 opened.\n".encode("cp1252"))
    with pytest.raises(newsdiff.InputError, match=r"tide\.txt: is not valid UTF-8 \(byte 40, line 3\)"):
        newsdiff.load([path])


def _refused_on_load(path: Path, content: str, message: str) -> None:
    """Write ``content`` to ``path`` and check that loading it is refused with a message matching ``message``."""
    path.write_text(content, encoding="utf-8")
    with pytest.raises(newsdiff.InputError, match=message):
        newsdiff.load([path])


@pytest.mark.parametrize(
    ("file_name", "content", "message"),
    [
        ("feed.csv", "id,text\nherald,The ferry returned.\n", r"feed\.csv: is a table \(CSV\).*\.jsonl"),
        ("feed.tsv", "id\ttext\nherald\tThe ferry returned.\n", r"feed\.tsv: is a table \(TSV\)"),
        ("page.html", "<h1>Ferry returns</h1>\n<p>The ferry returned.</p>", r"page\.html: is an HTML file; extract"),
    ],
)
def test_tables_and_html_files_are_refused_by_their_suffix(
    tmp_path: Path, file_name: str, content: str, message: str
) -> None:
    _refused_on_load(tmp_path / file_name, content, message)


def test_plain_text_saved_with_an_html_suffix_loads(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text("The ferry returned on Monday. Fares rose by 5 < 10 percent.", encoding="utf-8")
    assert newsdiff.load([path])[0].text.startswith("The ferry returned")


def test_a_jekyll_date_in_front_matter_is_read() -> None:
    # Jekyll writes a post's date as Ruby prints a time, with a space before the offset: it was refused as no date.
    text = (
        "---\nlayout: post\ntitle: Ferry returns\ndate: 2026-03-14 09:30:00 -0500\n---\nThe ferry returned on Monday.\n"
    )
    assert newsdiff.load([text])[0].date == "2026-03-14"


def test_a_date_token_with_a_time_is_metadata_as_a_whole() -> None:
    text = "date 2024-03-01T09:30:00Z The ferry returned on Monday."
    [span] = read_metadata(text).spans
    assert text[span.start : span.end] == "date 2024-03-01T09:30:00Z"


@pytest.mark.parametrize(
    "timestamp", ["2024-03-01 09:30:00 -0500", "2024-03-01 09:30:00 UTC", "2024-03-01 09:30", "2024-03-01 09:30+02:00"]
)
def test_a_date_line_with_a_time_after_a_space_is_metadata_as_a_whole(timestamp: str) -> None:
    # As front matter reads "date: 2024-03-01 09:30:00 -0500", so a date line: its time and offset were left in the
    # text as the first sentence ("09:30:00 -0500"), and the headline under it was lost.
    text = f"date {timestamp}\nFerry returns to Brell\n\nThe ferry returned on Monday.\n"
    metadata = read_metadata(text)
    assert metadata.fields["date"] == "2024-03-01"
    assert [text[s.start : s.end] for s in metadata.spans] == [f"date {timestamp}", "Ferry returns to Brell"]
    assert metadata.fields["title"] == "Ferry returns to Brell"


@pytest.mark.parametrize("rest", ["09:30 The ferry left on time.", "09:30:00 -0500 The ferry left on time."])
def test_a_time_after_a_space_before_more_words_stays_in_the_text(rest: str) -> None:
    # Before more words, the time may be the first sentence's own: only the date is read.
    text = f"date 2024-03-01 {rest}"
    [span] = read_metadata(text).spans
    assert text[span.start : span.end] == "date 2024-03-01"


def test_a_date_line_with_a_time_that_is_none_is_refused() -> None:
    # As "2024-03-01T25:00" is: the hour is no hour, so the date may be wrong too.
    with pytest.raises(newsdiff.InputError, match=r"article 1, line 1: date '2024-03-01 25:00' is not a date"):
        newsdiff.load(["date 2024-03-01 25:00\nThe ferry returned on Monday.\n"])


def test_jsonl_files_joined_with_their_byte_order_marks_load(tmp_path: Path) -> None:
    path = tmp_path / "joined.jsonl"
    path.write_text("".join("\ufeff" + json.dumps({"text": t}) + "\n" for t in ("One ferry.", "Two ferries.")), "utf-8")
    assert [a.text for a in newsdiff.load([path])] == ["One ferry.", "Two ferries."]


def test_a_null_in_a_list_of_records_is_named_as_null(tmp_path: Path) -> None:
    path = tmp_path / "feed.json"
    path.write_text('[{"text": "The ferry returned."}, null]', encoding="utf-8")
    with pytest.raises(
        newsdiff.InputError, match=r"feed\.json, record 2: expected an object with a 'text' field, got null"
    ):
        newsdiff.load([path])


@pytest.mark.parametrize(
    "headline", ['Mayor vows: "We will rebuild"', "Mayor vows: \u201cWe will rebuild\u201d", "Ferry returns (video)"]
)
def test_a_headline_that_ends_in_a_quotation_or_an_aside_is_a_headline(headline: str) -> None:
    assert read_metadata(f"{headline}\nThe ferry returned on Monday.\n").fields["title"] == headline


@pytest.mark.parametrize("line", ['He said: "We will rebuild."', "The ferry is back (at last)."])
def test_a_first_line_whose_sentence_ends_inside_quotes_or_brackets_is_no_headline(line: str) -> None:
    assert "title" not in read_metadata(f"{line}\nThe ferry returned on Monday.\n").fields


@pytest.mark.parametrize(
    "line",
    ["Brell told reporters: \u201c", "Brell said: \u201cWe will not give up", 'Brell said the ferry "will not sail'],
)
def test_a_first_line_that_leaves_a_quotation_open_is_no_headline_and_stays_text(line: str) -> None:
    # The quotation runs on into the next line: the line is the start of a sentence, not a headline over one.
    text = f"{line}\nagain this year,\u201d she added. The vote is on Monday.\n"
    [article] = newsdiff.load([text])
    assert article.title is None
    assert not clean(text).removals


def test_a_date_object_is_refused_with_the_string_to_give_instead() -> None:
    when = datetime.datetime(2026, 3, 14, 9, 30)
    with pytest.raises(
        newsdiff.InputError, match=r"field 'date' must be a string, not datetime; .*'2026-03-14T09:30:00'"
    ):
        newsdiff.load([{"text": "The ferry returned.", "date": when}])
    with pytest.raises(newsdiff.InputError, match=r"date must be a string or None, not date; .*'2026-03-14'"):
        newsdiff.Article("The ferry returned.", date=when.date())  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "headline",
    ["Gov. Pell signs ferry bill", "Storm closes Mt. Ardo pass", "Lind vs. Rell: the final", "Rep. Ana Pell to retire"],
)
def test_a_headline_with_an_abbreviation_before_a_capital_is_a_headline(headline: str) -> None:
    # "Gov. Pell" is a title and a name, not the end of one sentence and the start of another.
    assert read_metadata(f"{headline}\nThe ferry returned on Monday.\n").fields["title"] == headline


def test_a_front_matter_title_with_an_abbreviation_before_a_capital_is_read() -> None:
    text = "title: Gov. Pell signs ferry bill\noutlet: Tarnby Tribune\n\nThe ferry returned on Monday.\n"
    assert read_metadata(text).fields == {"title": "Gov. Pell signs ferry bill", "outlet": "Tarnby Tribune"}


@pytest.mark.parametrize("line", ["Pell quits. Council in shock", "Talks fail in Valmora. Ferries stop"])
def test_a_first_line_with_two_sentences_is_still_no_headline(line: str) -> None:
    assert "title" not in read_metadata(f"{line}\nThe ferry returned on Monday.\n").fields


@pytest.mark.parametrize("label", ["Politics", "BUSINESS", "Europe"])
def test_a_one_word_label_above_the_headline_is_metadata_and_the_line_under_it_the_headline(label: str) -> None:
    text = f"{label}\nTarnby ferry fares to rise in March\nThe council voted on Monday. It was close.\n"
    meta = read_metadata(text)
    assert meta.fields["title"] == "Tarnby ferry fares to rise in March"
    assert [(s.reason, text[s.start : s.end]) for s in meta.spans] == [
        ("metadata", label),
        ("headline", "Tarnby ferry fares to rise in March"),
    ]


@pytest.mark.parametrize("label", ["WORLD NEWS", "US POLITICS", "MIDDLE EAST"])
def test_a_short_label_in_capitals_above_the_headline_is_metadata_and_the_line_under_it_the_headline(
    label: str,
) -> None:
    text = f"{label}\nTarnby ferry fares to rise in March\nThe council voted on Monday. It was close.\n"
    meta = read_metadata(text)
    assert meta.fields["title"] == "Tarnby ferry fares to rise in March"
    assert [(s.reason, text[s.start : s.end]) for s in meta.spans] == [
        ("metadata", label),
        ("headline", "Tarnby ferry fares to rise in March"),
    ]


@pytest.mark.parametrize("headline", ["FERRY CHAOS", "Ferry chaos"])
def test_a_short_headline_above_prose_is_the_headline(headline: str) -> None:
    assert read_metadata(f"{headline}\nThe ferry stopped on Monday. It was full.\n").fields["title"] == headline


def test_a_short_question_alone_over_a_blank_line_is_the_headline() -> None:
    meta = read_metadata("Will the ferry sail again?\n\nThe ferry stopped on Monday. It was full.\n")
    assert meta.fields["title"] == "Will the ferry sail again?"


def test_a_short_question_over_the_first_paragraph_is_the_headline_where_lines_are_paragraphs() -> None:
    # A text whose paragraphs are set apart by line breaks alone has no blank line under its headline either: the
    # question stayed the first sentence, and the article went untitled.
    text = "Will the ferry sail again?\nThe ferry stopped at Brell on Monday. It was full.\nThe crew went home.\n"
    meta = read_metadata(text)
    assert meta.fields["title"] == "Will the ferry sail again?"
    assert [(span.start, span.end, span.reason) for span in meta.spans] == [(0, 26, "headline")]


@pytest.mark.parametrize("question", ["Will the Ferry Sail Again?", "WILL THE FERRY SAIL AGAIN?", "Can Brell Recover?"])
def test_a_question_in_title_case_over_the_first_paragraph_is_the_headline(question: str) -> None:
    # Paragraphs set apart by blank lines, and the headline right over the first: it was read as the story's opening
    # question, and the article went untitled. Title case is a headline's: no sentence capitalises its every word.
    text = f"{question}\nThe ferry stopped at Brell on Monday. It was full.\n\nThe crew went home.\n"
    meta = read_metadata(text)
    assert meta.fields["title"] == question
    assert [(span.start, span.end, span.reason) for span in meta.spans] == [(0, len(question), "headline")]


@pytest.mark.parametrize(
    "text",
    [
        "Will the ferry sail again? Nobody in Brell knew on Monday.\n\nThe ferry stopped. It was full.\n",
        "Will the ferry sail again?\nNobody in Brell knew on Monday.\n\nThe ferry stopped. It was full.\n",
        "What happened?\n\nThe ferry stopped on Monday.\n\nWho was aboard?\n\nForty people.\n",  # an explainer
        "will the ferry sail again?\n\nThe ferry stopped on Monday. It was full.\n",
        "Who is Ona Vask?\nShe runs the ferry at Brell on Monday.\n\nThe crew went home.\n",  # capitals of a name
        # paragraphs that are lines: a question's attribution, a wrapped line, an explainer's questions
        "Will the ferry sail again?\nasked the mayor of Brell on Monday, as the crew went home.\nIt rained.\n",
        "Will the ferry sail again?\nNobody knew.\nThe ferry stopped on Monday. It was full.\n",
        "What happened?\nThe ferry stopped on Monday in the bay.\nWho was aboard?\nForty people, the crew said.\n",
    ],
)
def test_a_question_that_opens_the_story_is_no_headline(text: str) -> None:
    meta = read_metadata(text)
    assert "title" not in meta.fields
    assert not any(span.reason == "headline" for span in meta.spans)


@pytest.mark.parametrize(
    "top",
    [
        "A\u00ad\nnother ferry stopped on Monday.",  # a word broken after its first letter by a soft hyphen
        "Ferry re\u00ad\nturns to Brell after the storm.",  # a word broken further on
        "T\nhe ferry stopped on Monday.",  # a drop cap set on a line of its own
    ],
)
def test_a_first_line_that_breaks_a_word_or_holds_one_letter_is_no_headline_and_stays_text(top: str) -> None:
    # Taken for the headline, the letters went into the title and out of the text the sentences are read from.
    text = f"{top} It was full.\n"
    meta = read_metadata(text)
    assert "title" not in meta.fields
    assert meta.spans == ()


@pytest.mark.parametrize(
    "text",
    [
        "The ferry stopped at Port Brell on Monday after\nthe storm. The crew said the engine had\nfailed.\n",
        "Why did the ferry stop at Port Brell on Monday\nmorning? The crew said the engine had failed.\n\nIt rained.\n",
    ],
)
def test_the_first_line_of_a_hard_wrapped_paragraph_is_no_headline(text: str) -> None:
    # A text broken at a width (a mail's, a plain text file's) has a first line without final punctuation: taken for
    # the headline, its words went out of the first sentence.
    meta = read_metadata(text)
    assert "title" not in meta.fields and meta.spans == ()


@pytest.mark.parametrize("below", ["by Ona Vask", "The ferry stopped at Port Brell on Monday\nafter the storm."])
def test_a_headline_over_a_line_that_is_no_wrapped_part_of_it_stays_the_headline(below: str) -> None:
    meta = read_metadata(f"Ferry stops at Brell\n{below}\n\nThe crew went home. It rained.\n")
    assert meta.fields["title"] == "Ferry stops at Brell"


def test_a_one_word_headline_above_the_text_is_the_headline() -> None:
    assert read_metadata("Stranded\nThe ferry stopped on Monday. It was full.\n").fields["title"] == "Stranded"


@pytest.mark.parametrize(
    "line",
    [
        "渡轮公司负责人林晓岚周二表示，前往维尔岛的航线将于下周恢复。她说，码头将在月底前修复。",  # a full stop
        "フェリーは来週再開すると林氏は述べた！",  # a full-width exclamation mark
        "码头何时修复？",  # a full-width question mark
        "她说：「码头将在月底前修复。」",  # a full stop inside corner brackets
        "هل يعود العبّارة الأسبوع المقبل؟",  # an Arabic question mark
    ],
)
def test_a_first_paragraph_ending_in_another_script_s_punctuation_is_no_headline_and_stays_text(line: str) -> None:
    # Without spaces a Chinese paragraph is one "word", short enough for a headline: its punctuation is what
    # says it is a sentence. Taken for the headline, it was dropped from the text and the next one made the title.
    text = f"{line}\n\n岛上居民表示，他们一直在等待好消息。\n\n渔民要求赔偿。"
    [article] = newsdiff.load([text])
    assert article.title is None
    comparison = newsdiff.compare([article, newsdiff.Article(text="The ferry is back. It sails.")])
    kept = "".join(sentence.text for sentence in comparison.articles[0].sentences).replace(" ", "")
    assert kept.startswith(line.replace(" ", ""))


@pytest.mark.parametrize(
    "line",
    [
        "The ferry left the harbour. 🚢",  # an emoji after the stop
        "The ferry is back! 🎉👍🏽",  # two, one with a skin tone
        "The port reopened on Monday.⚓️",  # glued, with a variation selector
        'She said: "We are home." 👨‍👩‍👧',  # after a closing quote, a family joined by U+200D
    ],
)
def test_a_first_sentence_with_an_emoji_after_its_stop_is_no_headline_and_stays_text(line: str) -> None:
    # The emoji was the line's last character, and no final punctuation: the sentence was taken for the headline.
    [article] = newsdiff.load([f"{line}\nIt sailed at dawn. It was full.\n"])
    assert article.title is None
    comparison = newsdiff.compare([article, newsdiff.Article(text="The ferry is back. It sails.")])
    assert comparison.articles[0].sentences[0].text.startswith(line.split(".")[0])


@pytest.mark.parametrize("line", ["Ferry returns 🚢", "Hafen wieder offen ⚓️", "Ferry (video) 🎥"])
def test_a_headline_with_an_emoji_after_its_words_is_still_the_headline(line: str) -> None:
    [article] = newsdiff.load([f"{line}\nIt sailed at dawn. It was full.\n"])
    assert article.title == line


def test_a_chinese_headline_without_final_punctuation_is_still_the_headline() -> None:
    [article] = newsdiff.load(["渡轮航线下周恢复\n\n渡轮公司负责人林晓岚周二表示，航线将于下周恢复。"])
    assert article.title == "渡轮航线下周恢复"


def test_a_jsonl_record_after_blank_lines_is_named_by_its_line(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    path.write_text('\n{"text": "The ferry returned."}\n\n{"body": "The ferry is back."}\n', encoding="utf-8")
    with pytest.raises(newsdiff.InputError, match=r"feed\.jsonl, line 4: record has no 'text' field \(fields: body\)"):
        newsdiff.load([path])


@pytest.mark.parametrize("key", ["body", "content", "maintext", "Article_Body"])
def test_a_record_without_text_names_the_field_that_may_hold_it(key: str) -> None:
    # A scraper's "content" or "maintext" was met with "give the article's text as a string", as if it had none.
    record = {"id": "quay", "headline": "Ferry returns to Brell", key: "The ferry returned on Monday. It was late."}
    told = rf"record has no 'text' field \(fields: id, headline, {key}\); if its '{key}' holds the article's text, name"
    with pytest.raises(newsdiff.InputError, match=told + " that field 'text'$"):
        newsdiff.load([record])


@pytest.mark.parametrize("key", ["data", "results", "items"])
def test_a_json_file_of_records_under_another_name_than_articles_says_where_they_are(key: str, tmp_path: Path) -> None:
    # An API's response ({"data": [...]}) was read as one record without a text, its records unmentioned.
    path = tmp_path / "feed.json"
    path.write_text(
        json.dumps({"status": "ok", key: [{"text": "The ferry returned.", "id": "quay"}]}), encoding="utf-8"
    )
    told = rf"record 1: record has no 'text' field \(fields: status, {key}\), but its '{key}' is a list of records"
    with pytest.raises(newsdiff.InputError, match=told + " with 'text'; give that list, or name it 'articles'$"):
        newsdiff.load([path])


def test_a_comparison_s_article_record_is_not_taken_for_a_list_of_records() -> None:
    record = {"id": "quay", "outlet": "Quay Post", "sentences": [{"index": 0, "text": "The ferry returned."}]}
    with pytest.raises(newsdiff.InputError, match=r"\(fields: id, outlet, sentences\); give the article's text as a"):
        newsdiff.load([record])


def test_a_record_without_text_or_a_field_of_prose_says_only_what_it_has() -> None:
    record = {
        "id": "quay",
        "headline": "Ferry returns to Brell at last",
        "source": "feeds/quay post.xml",
        "tag": "ferry",
    }
    with pytest.raises(
        newsdiff.InputError, match=r"\(fields: id, headline, source, tag\); give the article's text as a"
    ):
        newsdiff.load([record])


def test_a_record_field_that_is_nan_is_missing_as_a_data_frame_s_empty_cell_is(tmp_path: Path) -> None:
    row = {"id": "herald", "text": "The ferry returned on Monday.", "outlet": float("nan"), "date": float("nan")}
    path = tmp_path / "rows.jsonl"
    path.write_text(json.dumps(row) + "\n", encoding="utf-8")  # Python's json writes NaN as it is
    for source in (row, path):
        [article] = newsdiff.load([source])
        assert (article.id, article.outlet, article.date) == ("herald", None, None)


def test_a_record_whose_text_is_nan_is_named_as_such() -> None:
    with pytest.raises(
        newsdiff.InputError, match=r"record 1 \(id 'tide'\): record has no 'text' field \(its 'text' is NaN\)"
    ):
        newsdiff.load([{"id": "tide", "text": float("nan")}])


def test_a_jsonl_file_is_read_a_line_at_a_time_not_held_whole_beside_its_articles(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    text = "The Kessel ferry returned to the quay on Monday after the repairs. " * 30
    path.write_text("".join(json.dumps({"id": f"a{n}", "text": text}) + "\n" for n in range(1000)), "utf-8")
    size = path.stat().st_size
    newsdiff.load([text])  # the shipped rules and abbreviations, read once, are not the file's to count
    tracemalloc.start()
    try:
        articles = newsdiff.load([path])
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert len(articles) == 1000
    # The articles' texts are about the file's size; the whole file, its lines and its parsed records held at
    # once beside them came to more than four times that.
    assert peak < 2 * size


def _peak_loading(path: Path) -> int:
    """The most memory loading the file ``path`` held at once, in bytes (the shipped data, read once, not counted)."""
    newsdiff.load(["The Kessel ferry returned.\nIt docked at noon."])
    tracemalloc.start()
    try:
        newsdiff.load([path])
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def _long_story(lines: int) -> str:
    return "Kessel ferry returns to the quay\n" + "".join(
        f"The ferry crossed the bay for the {n}th time since the repairs, its captain said.\n" for n in range(lines)
    )


def test_a_large_json_file_is_not_held_as_bytes_text_and_records_at_once(tmp_path: Path) -> None:
    path = tmp_path / "stories.json"
    path.write_text(json.dumps([{"id": f"s{n}", "text": _long_story(8000)} for n in range(5)]), "utf-8")
    # Its text and its parsed records are held at once while it is parsed (about twice its size); its bytes beside
    # them as well came to three times.
    assert _peak_loading(path) < 2.5 * path.stat().st_size


def test_a_large_text_file_is_not_held_as_bytes_and_text_at_once(tmp_path: Path) -> None:
    path = tmp_path / "story.txt"
    path.write_text(_long_story(40000), "utf-8")
    # Its bytes and its text are held at once while it is decoded; its bytes kept beside the text, and a copy of the
    # text under the headline made to see that the story goes on, came to four times its size.
    assert _peak_loading(path) < 2.5 * path.stat().st_size


@pytest.mark.parametrize("content", ["", "\ufeff \n\n"])
def test_an_empty_json_file_is_named_empty_not_cut_short(tmp_path: Path, content: str) -> None:
    # It was "invalid JSON (Expecting value at line 1, column 1); the file ends inside its JSON, as a file cut short".
    path = tmp_path / "scrape.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(newsdiff.InputError) as refused:
        newsdiff.load([path])
    assert str(refused.value) == (
        f"{path}: is empty; give a record with 'text', a list of such records, or an object with an 'articles' list "
        "of them"
    )


def test_loading_reads_the_shipped_abbreviations_without_importing_nltk() -> None:
    # Splitting sentences imports NLTK (seconds where SciPy is installed); loading reads its shipped file alone.
    script = (
        "import sys, newsdiff\n"
        "[a] = newsdiff.load(['Gov. Pell signs ferry bill\\nThe ferry returned on Monday.'])\n"
        "assert a.title == 'Gov. Pell signs ferry bill', a.title\n"
        "assert 'nltk' not in sys.modules, sorted(m for m in sys.modules if m.startswith('nltk'))[:5]\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env={**os.environ})
    assert done.returncode == 0, done.stderr


def test_a_fenced_block_may_close_with_yamls_document_end() -> None:
    text = "---\noutlet: Harbour Herald\ntitle: Ferry returns\n...\nThe ferry returned on Monday.\nIt rained.\n"
    meta = read_metadata(text)
    assert meta.fields == {"outlet": "Harbour Herald", "title": "Ferry returns"}
    assert [text[s.start : s.end] for s in meta.spans][-1] == "..."


def test_other_lower_case_keys_in_a_run_of_front_matter_are_metadata_too() -> None:
    text = "outlet: Quay Post\nlayout: story\nupdated: 2024-03-02\n\nThe ferry returned on Monday.\nIt rained.\n"
    meta = read_metadata(text)
    assert meta.fields == {"outlet": "Quay Post"}
    assert [text[s.start : s.end] for s in meta.spans] == ["outlet: Quay Post", "layout: story", "updated: 2024-03-02"]


@pytest.mark.parametrize(
    ("head", "fields"),
    [
        ("published: March 1, 2024\npublisher: Quay Post", {"date": "2024-03-01", "outlet": "Quay Post"}),
        (
            "headline: Ferry returns\nlink: https://quay.example/ferry",
            {"title": "Ferry returns", "url": "https://quay.example/ferry"},
        ),
        ("Publish-Date: 2024-03-01", {"date": "2024-03-01"}),
        # A field under its own name wins over another name for it, in either order (a date, one fact, is refused).
        ("headline: Ferry is back\ntitle: Ferry returns", {"title": "Ferry returns"}),
        ("title: Ferry returns\nheadline: Ferry is back", {"title": "Ferry returns"}),
        ("---\npublished: 2024-03-01\ntags: [ferry, harbour]\n---", {"date": "2024-03-01"}),
    ],
)
def test_other_names_sites_give_a_field_are_read_as_it(head: str, fields: dict[str, str]) -> None:
    assert read_metadata(f"{head}\n\nThe ferry returned on Monday.\nIt rained.\n").fields == fields


@pytest.mark.parametrize(
    "line", ["Breaking: Ferry returns", "update: the ferry is back.", "Update: The ferry is back."]
)
def test_a_label_or_prose_under_front_matter_stays_text(line: str) -> None:
    text = f"outlet: Quay Post\n{line}\nThe ferry returned on Monday.\nIt rained.\n"
    meta = read_metadata(text)
    assert [text[s.start : s.end] for s in meta.spans if s.reason == "metadata"] == ["outlet: Quay Post"]


@pytest.mark.parametrize(
    ("text", "line", "value"),
    [
        ("date 2024-02-30 The ferry returned on Monday.", 1, "2024-02-30"),
        ("outlet: Quay Post\ndate: next week\n\nThe ferry returned on Monday.", 2, "next week"),
        ("---\noutlet: Quay Post\ndate: 05/06/2024\n---\nThe ferry returned on Monday.", 3, "05/06/2024"),
        # A date token in another form was the headline ("date 2024/02/10") or the first sentence's words.
        ("date 2024/02/10\n\nThe ferry returned on Monday.", 1, "2024/02/10"),
        ("Ferry returns\ndate 10.02.2024\n\nThe ferry returned on Monday.", 2, "10.02.2024"),
        ("date 20240210 The ferry returned on Monday.", 1, "20240210"),
    ],
)
def test_a_date_at_the_top_that_is_no_date_is_refused_with_its_line(text: str, line: int, value: str) -> None:
    with pytest.raises(newsdiff.InputError) as caught:
        newsdiff.load([text])
    assert f"article 1, line {line}: date {value!r} is not a date" in str(caught.value)
    assert "YYYY-MM-DD" in str(caught.value)


@pytest.mark.parametrize("text", ["Date 1.5 million riders took the ferry.", "Date night on the ferry\nIt sailed."])
def test_prose_that_opens_with_the_word_date_is_no_date_token(text: str) -> None:
    [article] = newsdiff.load([text])
    assert article.date is None and article.text == text


def test_a_date_given_beside_the_text_leaves_an_unread_one_in_it_alone() -> None:
    [article] = newsdiff.load([{"text": "date: next week\n\nThe ferry returned on Monday.", "date": "2024-03-01"}])
    assert article.date == "2024-03-01"


def test_a_record_that_gives_every_field_is_loaded_without_reading_its_text_for_metadata(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    record = {
        "text": "outlet: Other Post\nFerry returns\n\nThe ferry returned on Monday.",
        "id": "quay-1",
        "outlet": "Quay Post",
        "title": "Ferry back in Kessel",
        "date": "May 19, 2026",
        "url": "https://quay.example/ferry",
    }
    read: list[str] = []
    monkeypatch.setattr(article_module, "read_metadata", lambda text: read.append(text) or read_metadata(text))
    [article] = newsdiff.load([record])
    assert read == []
    assert (article.id, article.outlet, article.title, article.date, article.url) == (
        "quay-1", "Quay Post", "Ferry back in Kessel", "2026-05-19", "https://quay.example/ferry"
    )  # fmt: skip
    [partial] = newsdiff.load([{key: value for key, value in record.items() if key != "title"}])
    assert read == [record["text"]]
    assert (partial.outlet, partial.title) == ("Quay Post", "Ferry returns")


_STORY = "Hundreds were stranded at Kessel on Monday when ferry crews walked out. Talks resume today.\nIt rained.\n"


@pytest.mark.parametrize(
    "headline",
    ["FERRY CHAOS AS STRIKE BITES", "Video: Ferry chaos as strike bites", "Watch: Ferry chaos as strike bites"],
)
def test_a_headline_at_the_top_in_capitals_or_under_a_player_label_is_the_headline(headline: str) -> None:
    text = f"{headline}\n\n{_STORY}"
    [article] = newsdiff.load([text])
    assert article.title == headline
    assert [(r.reason, r.text) for r in clean(text).removals] == [("headline", headline)]


@pytest.mark.parametrize(
    "line", ["FERRY CHAOS AS STRIKE BITES", "Video: Ferry chaos as strike bites", "Watch: Ferry chaos as strike bites"]
)
def test_a_promo_like_line_above_a_headline_stays_noise_and_the_line_under_it_is_the_headline(line: str) -> None:
    text = f"{line}\nTarnby ferry crews walk out\n{_STORY}"
    assert read_metadata(text).fields["title"] == "Tarnby ferry crews walk out"
    assert [r.text for r in clean(text).removals if r.reason != "headline"] == [line]


@pytest.mark.parametrize("line", ["SUBSCRIBE TO OUR NEWSLETTER", "BREAKING NEWS", "Video: Read more"])
def test_a_line_at_the_top_that_is_noise_in_any_case_is_no_headline_above_prose(line: str) -> None:
    text = f"{line}\n{_STORY}"
    assert "title" not in read_metadata(text).fields
    assert [r.text for r in clean(text).removals] == [line]


def test_an_articles_repr_counts_a_long_text_and_shows_the_metadata_given() -> None:
    # A notebook echoing load(paths)[0] printed the whole article, two thousand characters of it.
    long = newsdiff.Article("The ferry returned to Kessel on Monday. " * 50, id="herald", outlet="Harbour Herald")
    assert repr(long) == "Article(id='herald', outlet='Harbour Herald', text=<2,000 characters>)"
    assert repr(newsdiff.Article("The ferry returned.")) == "Article(text='The ferry returned.')"


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        (
            "story.json",
            '{"text": "The ferry left.", "text": "The ferry returned."}',
            r"story\.json, record 1: 'text' is given twice",
        ),
        (
            "stories.json",
            '[{"text": "The ferry returned."}, {"outlet": "Quay Post", "outlet": "Tarn Times", "text": "y"}]',
            r"stories\.json, record 2: 'outlet' is given twice",
        ),
        (
            "cluster.jsonl",
            '{"id": "quay", "text": "The ferry returned.", "id": "tarn"}\n',
            r"cluster\.jsonl, line 1 .*'id' is given twice",
        ),
        (
            "cluster.json",
            '{"articles": [{"text": "The ferry left."}], "articles": [{"text": "The ferry returned."}]}',
            r"cluster\.json: 'articles' is given twice",
        ),
    ],
)
def test_a_field_given_twice_in_a_record_is_refused_not_read_as_its_last_value(
    tmp_path: Path, name: str, content: str, message: str
) -> None:
    # JSON keeps the last of a repeated key: the first text, outlet or id would be dropped without a word.
    _refused_on_load(tmp_path / name, content, message)


def test_a_repeated_key_that_newsdiff_does_not_read_is_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "story.json"
    path.write_text('{"tag": "ferry", "tag": "strike", "text": "The ferry returned."}', encoding="utf-8")
    assert [a.text for a in newsdiff.load([path])] == ["The ferry returned."]


def test_json_object_remembers_the_keys_given_twice() -> None:
    parsed = json.loads('{"a": 1, "b": 2, "a": 3}', object_pairs_hook=article_module.json_object)
    assert parsed == {"a": 3, "b": 2}
    assert parsed.repeated == ("a",)


@pytest.mark.parametrize(("files", "pattern"), [(["quay.txt", "tarn.txt"], "*.txt"), (["day1.jsonl"], "*.jsonl")])
def test_a_directory_given_as_an_article_is_answered_with_a_pattern_for_its_files(
    tmp_path: Path, files: list[str], pattern: str
) -> None:
    folder = tmp_path / "ferry"
    folder.mkdir()
    for name in files:
        (folder / name).write_text("The ferry returned.\n", encoding="utf-8")
    with pytest.raises(
        newsdiff.InputError, match=rf"ferry: is a directory; .*such as {re.escape(str(folder / pattern))}"
    ):
        newsdiff.load([folder])


@pytest.mark.parametrize("files", [[], ["notes.csv", "photo.jpg"], ["day1/quay.txt"]])
def test_a_directory_that_holds_no_article_files_is_said_to_hold_none(tmp_path: Path, files: list[str]) -> None:
    # It was answered "give the article files inside it, such as ferry/*.txt", a pattern that matches nothing.
    folder = tmp_path / "ferry"
    for name in files:
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_text("The ferry returned.\n", encoding="utf-8")
    folder.mkdir(exist_ok=True)
    told = "ferry: is a directory, and holds no article files (names ending in .txt, .text, .md, .json, .jsonl or "
    with pytest.raises(newsdiff.InputError, match=re.escape(told) + r"\.ndjson\); give the articles' files$"):
        newsdiff.load([folder])


def test_a_directory_looked_through_only_in_part_is_not_said_to_hold_no_article_files(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(article_module, "_DIRECTORY_LOOK", 2)
    folder = tmp_path / "ferry"
    folder.mkdir()
    for name in ("a.csv", "b.csv", "c.csv"):
        (folder / name).write_text("x\n", encoding="utf-8")
    with pytest.raises(newsdiff.InputError, match=r"ferry: is a directory; .*such as .*ferry.\*\.txt$"):
        newsdiff.load([folder])


def test_a_broken_symbolic_link_is_named_as_a_link_to_a_missing_file(tmp_path: Path) -> None:
    link = tmp_path / "quay.txt"
    try:
        link.symlink_to(tmp_path / "saved" / "quay-post.txt")
    except OSError:
        pytest.skip("symbolic links cannot be made here")
    with pytest.raises(
        newsdiff.InputError, match=r"quay\.txt: is a symbolic link to .*quay-post\.txt, which does not exist"
    ):
        newsdiff.load([link])


_RSS = (
    '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel><title>Quay Post</title>\n'
    "<item><title>Ferry returns</title><description>The ferry returned to Brell.</description></item>\n"
    "</channel></rss>\n"
)
_ATOM = (
    '<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom"><title>Quay Post</title>\n'
    "<entry><title>Ferry returns</title><content>The ferry returned to Brell.</content></entry></feed>\n"
)


@pytest.mark.parametrize(
    ("name", "content"), [("quay.xml", _RSS), ("quay.txt", _ATOM), ("quay.rss", _RSS.split("\n", 1)[1])]
)
def test_an_rss_or_atom_feed_given_as_an_article_is_refused_as_a_feed(tmp_path: Path, name: str, content: str) -> None:
    # Read as text, the feed was one article titled '<?xml version="1.0" encoding="UTF-8"?>', its tags as words.
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    with pytest.raises(newsdiff.InputError, match=rf"{re.escape(name)}: looks like an RSS or Atom feed"):
        newsdiff.load([path])


def test_an_xml_document_of_another_kind_is_refused_as_xml() -> None:
    with pytest.raises(newsdiff.InputError, match=r"article 1: looks like XML, not an article's text"):
        newsdiff.load(['<?xml version="1.0"?>\n<story><body>The ferry returned to Brell.</body></story>\n'])


def test_prose_that_opens_with_an_angle_bracket_is_still_text() -> None:
    [article] = newsdiff.load(["<rss> and <feed> are the tags a news feed opens with, the course notes said."])
    assert article.text.startswith("<rss>")


@pytest.mark.parametrize(
    ("text", "codec", "encoding"),
    [
        ("\u201cWe are back,\u201d said Ona Vask \u2013 the ferry\u2019s captain.\n", "cp1252", "CP1252"),
        ("The caf\u00e9 on the quay in Brell reopened on Monday.\n", "cp1252", "LATIN1"),
        # Mac OS Roman's curly quotes and dashes are Windows-1252's \u00d2 to \u00d5, \u00d0 and \u00d1: converted
        # from Windows-1252, "don\u2019t" became "don\u00d5t" without an error.
        ("\u201cWe are back,\u201d said Ona Vask \u2013 the ferry\u2019s captain.\n", "mac_roman", "MACINTOSH"),
        ("The caf\u00e9 on the quay reopened: \u201cat last,\u201d said its owner.\n", "mac_roman", "MACINTOSH"),
        # Latin-1's capitals in those bytes, in a word of capitals, stay Latin-1.
        ("ESPA\u00d1A: the ma\u00f1ana ferry left Brell at dawn.\n", "latin-1", "LATIN1"),
        ("A \u00d4 sign, then caf\u00e9 and cr\u00e8me on the quay.\n", "latin-1", "LATIN1"),
    ],
)
def test_a_file_in_a_one_byte_encoding_is_told_which_encoding_to_convert_from(
    tmp_path: Path, text: str, codec: str, encoding: str
) -> None:
    # Windows-1252 keeps its curly quotes and dashes in bytes that Latin-1 reads as control characters: converted
    # from Latin-1 as the message said, a saved Word article lost every quotation mark without an error.
    path = tmp_path / "quay.txt"
    path.write_bytes(text.encode(codec))
    with pytest.raises(newsdiff.InputError, match=rf"quay\.txt: is not valid UTF-8 .*`iconv -f {encoding} -t UTF-8`"):
        newsdiff.load([path])


_RUSSIAN = "Паром вернулся в порт в понедельник. Он опоздал на час.\n"
_JAPANESE = "フェリーが月曜日に港へ戻った。乗組員は戻ったと話した。\n"


@pytest.mark.parametrize(
    ("text", "codec", "encoding"),
    [
        (_RUSSIAN, "cp1251", "CP1251"),
        (_RUSSIAN, "koi8_r", "KOI8-R"),
        (_JAPANESE, "shift_jis", "SHIFT_JIS"),
        (_JAPANESE, "euc_jp", "EUC-JP"),
        ("여객선이 월요일에 항구로 돌아왔다. 선원들은 돌아왔다고 말했다.\n", "euc_kr", "EUC-KR"),
        ("渡轮周一返回港口。船员说他们回来了，乘客很高兴。\n", "gb18030", "GB18030"),
    ],
)
def test_a_file_in_an_older_encoding_of_another_script_is_told_that_encoding(
    tmp_path: Path, text: str, codec: str, encoding: str
) -> None:
    # Russian in Windows-1251 was told to be converted from Latin-1, and Japanese in Shift_JIS called UTF-16: either
    # conversion runs without an error and gives a text of nonsense, compared as an article.
    path = tmp_path / "quay.txt"
    path.write_bytes(text.encode(codec))
    with pytest.raises(newsdiff.InputError, match=rf"it seems to be in {encoding}; .*`iconv -f {encoding} -t UTF-8`$"):
        newsdiff.load([path])


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        (
            "The caf\u00c3\u00a9 on the quay reopened. \u00e2\u20ac\u0153We are back,\u00e2\u20ac\u009d she said.",
            "'\u00c3\u00a9' for '\u00e9'",
        ),
        (
            "\u00d0\u00bf\u00d0\u00b0\u00d1\u20ac\u00d0\u00be\u00d0\u00bc: the ferry returned to Brell.",
            "'\u00d0\u00bf' for '\u043f'",
        ),
    ],
)
def test_a_text_of_utf_8_read_as_windows_1252_and_saved_again_is_warned_of(text: str, shown: str) -> None:
    # A scraper that guessed a page's encoding wrong gives "caf\u00c3\u00a9" for "caf\u00e9": loaded without a word,
    # its words matched no other outlet's.
    with pytest.warns(UserWarning, match=rf"article 'article-1': its text seems to be UTF-8 .*\({shown}\).*ftfy"):
        [article] = newsdiff.load([text])
    assert article.text == text  # kept as given: the warning says how to repair it


@pytest.mark.parametrize(
    "text",
    [
        "The caf\u00e9 on the quay reopened. \u201cWe are back,\u201d said its owner.",
        "\u00ab Voil\u00e0\u00a0\u00bb, dit-il. \u00ab Voil\u00e0\u00a0\u00bb. CAF\u00c9\u00a0! CAF\u00c9\u00a0!",
        "The M\u00c3\u00b6we returned to Brell.",  # one may be a name
    ],
)
def test_a_text_with_accents_and_quotes_of_its_own_is_not_warned_of(text: str) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        newsdiff.load([text])


#: Polish with letters that the two Central European encodings give other bytes (\u015b, \u0105): told apart by them.
_POLISH = "Prom wr\u00f3ci\u0142 do portu. Za\u0142oga jest szcz\u0119\u015bliwa, \u017ce wr\u00f3ci\u0142a.\n"


def _assert_told(tmp_path: Path, data: bytes, encoding: str) -> None:
    """Load ``data`` from a file and expect the error to end in the ``iconv`` command converting from ``encoding``."""
    path = tmp_path / "quay.txt"
    path.write_bytes(data)
    with pytest.raises(newsdiff.InputError, match=rf"`iconv -f {re.escape(encoding)} -t UTF-8`$"):
        newsdiff.load([path])


@pytest.mark.parametrize(("codec", "encoding"), [("cp1250", "CP1250"), ("iso8859_2", "ISO-8859-2")])
def test_a_file_in_a_central_european_encoding_is_told_that_encoding(tmp_path: Path, codec: str, encoding: str) -> None:
    # Told to convert from Windows-1252 or Latin-1, Polish gave "Za³oga" and "mo¿e" for "Za\u0142oga" and "mo\u017ce"
    # without an error.
    _assert_told(tmp_path, _POLISH.encode(codec), encoding)


@pytest.mark.parametrize(
    ("text", "codec", "encoding"),
    [
        ("Już nie, powiedział.\n", "cp1250", "CP1250"),  # "Ju¿ nie, powiedzia³" as Windows-1252
        ("The crew said: Michał stays.\n", "cp1250", "CP1250"),  # "Micha³"
        ("Oni są tutaj.\n", "iso8859_2", "ISO-8859-2"),  # "s±" as Latin-1
        ("The ferry left today, dziś.\n", "iso8859_2", "ISO-8859-2"),  # "dzi¶"
    ],
)
def test_a_polish_file_whose_letters_outside_ascii_end_its_words_is_told_its_encoding(
    tmp_path: Path, text: str, codec: str, encoding: str
) -> None:
    # Polish's ż, ł, ą and ś often end a word, where they are no symbol inside one read in a Western encoding: the
    # file was told Latin-1, and converted so, "już" became "ju¿".
    _assert_told(tmp_path, text.encode(codec), encoding)


@pytest.mark.parametrize(
    "text",
    [
        "The crew of five (päť in Slovak) came home.\n",  # ť ends the word
        "The ferry left for Ťahanovce on Monday.\n",  # Ť opens it
        "Rzeka Źródlana flows to the sea.\n",  # Polish's Ź
    ],
)
def test_a_file_in_windows_1250_with_a_byte_windows_1252_leaves_undefined_is_told_windows_1250(
    tmp_path: Path, text: str
) -> None:
    # Windows-1252 has no character for the byte of ť, Ť or Ź, so the file was told Latin-1, which reads it as a
    # control character: at a word's end or start it was no symbol inside a word, and converted so, "päť" lost its ť.
    _assert_told(tmp_path, text.encode("cp1250"), "CP1250")


@pytest.mark.parametrize(
    "text",
    [
        "Trajekt se vrátil, řekl Tomáš Růžička. Žádná loď už nečeká.\n",  # Czech: "Tomáą Růľička" as Windows-1250
        "Ľudia v Košiciach čakajú na ťažký deň.\n",  # Slovak: "Koąiciach", "»aľký"
        "Załoga z Łodzi mówi, że święto się odbędzie. Źródło: gazeta.\n",  # Polish without ą: "¶więto", "¬ródło"
    ],
)
@pytest.mark.parametrize(("codec", "encoding"), [("cp1250", "CP1250"), ("iso8859_2", "ISO-8859-2")])
def test_a_file_whose_letters_both_central_european_encodings_read_is_told_the_one_that_spells_it(
    tmp_path: Path, text: str, codec: str, encoding: str
) -> None:
    # Without a byte that only one of the two gives a letter, both read the file with no symbol inside a word, and
    # ISO-8859-2 was told Windows-1250: converted so, Czech's š and ž became ą and ľ without an error.
    _assert_told(tmp_path, text.encode(codec), encoding)


@pytest.mark.parametrize(
    "text",
    [
        "Trajekt se v pondělí vrátil do přístavu. Řidiči řekli, že je klidný večer.\n",  # Czech
        "A komp hétfőn visszatért a kikötőbe. A legénység űrlapot töltött ki.\n",  # Hungarian
        "The ferry's captain, Řehoř, said the crossing would resume.\n",  # one Czech name: "Øehoø", no language
        "The ferry's captain, Jan Dvořák, said the crossing would resume.\n",  # "Dvoøák", Faroese's letters
        "The ferry's captain, Novak Đoković, said the crossing would resume.\n",  # "Ðokoviæ": Icelandic's letters
        "The ferry's captain, Zofia Łukasiewicz, said the crossing would resume.\n",  # "£ukasiewicz"
    ],
)
def test_a_file_in_windows_1250_without_symbols_inside_words_is_told_that_encoding(tmp_path: Path, text: str) -> None:
    # Czech's ř, ě, č and Hungarian's ő, ű are letters in Latin-1 too (ø, ì, è, õ, û): told to convert from it, the file
    # gave "pøístavu" and "hétfõn" without an error.
    _assert_told(tmp_path, text.encode("cp1250"), "CP1250")


@pytest.mark.parametrize(
    "text",
    [
        "The ferry took the children of the škola home on Monday.\n",  # "¹kola" as Latin-1, "ąkola" as Windows-1250
        "Minister povedal: Všetci odisli.\n",  # "V¹etci", "Vąetci"
    ],
)
def test_an_iso_8859_2_file_whose_only_central_european_letter_is_s_caron_is_told_that_encoding(
    tmp_path: Path, text: str
) -> None:
    # Latin-1 gives š as a footnote's ¹ and Windows-1250 as Polish's ą: converted as told, the word lost its letter.
    _assert_told(tmp_path, text.encode("iso8859_2"), "ISO-8859-2")


_ICONV_CODECS = {"CP1250": "cp1250", "ISO-8859-2": "iso8859_2", "LATIN1": "latin-1", "CP1252": "cp1252"}


@pytest.mark.parametrize(
    "text",
    [
        "A komp hétfőn Győrbe ért. A sofőr szerint az út jó volt.\n",  # "hétfõn", "Gyõrbe": Portuguese's letters
        "Győr és Pécs között a vonat késett, mondta a sofőr.\n",
    ],
)
@pytest.mark.parametrize("codec", ["cp1250", "iso8859_2"])
def test_a_hungarian_file_whose_only_central_european_letter_is_o_double_acute_is_told_an_encoding_that_reads_it(
    tmp_path: Path, text: str, codec: str
) -> None:
    # Latin-1 gives ő as õ, a letter of Portuguese, so that no word mixed two languages' letters: the file was told
    # Latin-1, and converted so, Győr became Gyõr without an error.
    path = tmp_path / "komp.txt"
    path.write_bytes(text.encode(codec))
    with pytest.raises(newsdiff.InputError, match=r"`iconv -f (\S+) -t UTF-8`$") as refused:
        newsdiff.load([path])
    told = re.search(r"`iconv -f (\S+) -t UTF-8`$", str(refused.value))
    assert told is not None
    assert text.encode(codec).decode(_ICONV_CODECS[told[1]]) == text


@pytest.mark.parametrize(
    "text",
    [
        "As eleições e as orações de Camões, disse José à Sónia.\n",  # Portuguese spells õ before e alone
        "Sõber ütles, et café on täna väga hea.\n",  # Estonian, with its ä
    ],
)
def test_a_western_file_with_o_tilde_as_portuguese_or_estonian_spells_it_is_still_told_latin_1(
    tmp_path: Path, text: str
) -> None:
    _assert_told(tmp_path, text.encode("latin-1"), "LATIN1")


@pytest.mark.parametrize(
    "text",
    [
        "The ferry from Ålesund reached Málaga and Zürich's lake steamer on Monday.\n",
        "Le café où l'équipage français a fêté Noël à Genève.\n",
        "Søren and Bjørn Høeg sailed from Tromsø to Øystese and Føroyar.\n",
        "¡Qué bien! said Guðrún and Sigurður, who paid £5m, ¥300 and £12bn for the ferry in Þingvellir.\n",
        # Letters outside ASCII standing among ASCII ones.
        "Die Gr\u00f6\u00dfe der F\u00e4hre: \u00c4rger \u00fcber \u00d6l in Br\u00fcssel.\n",
        # A unit or a footnote mark after a word is no Polish letter ending it.
        "The tank holds 40 m³, or 0.04 dam³, of water.\n",
        "The ferry¹ and the port² (cm³).\n",
        # Catalan's l\u00b7l is a symbol between letters in every one of these encodings: no reason to name another.
        "La col\u00b7lecci\u00f3 del port va tornar dilluns.\n",
        "The caf\u00e9 at 5\u00b0C, \u00bd full.\n",
    ],
)
def test_a_western_file_whose_words_each_spell_one_language_is_still_told_latin_1(tmp_path: Path, text: str) -> None:
    _assert_told(tmp_path, text.encode("latin-1"), "LATIN1")


@pytest.mark.parametrize(
    ("text", "codec", "encoding"),
    [
        ("Το πλοίο έφτασε στο λιμάνι τη Δευτέρα.\n", "cp1253", "CP1253"),
        ("Ο Άρης είπε ότι το πλοίο έφτασε.\n", "iso8859_7", "ISO-8859-7"),
        ("המעבורת חזרה לנמל ביום שני לפנות ערב.\n", "cp1255", "CP1255"),
    ],
)
def test_a_file_in_greek_or_hebrew_in_a_one_byte_encoding_is_told_that_encoding(
    tmp_path: Path, text: str, codec: str, encoding: str
) -> None:
    path = tmp_path / "quay.txt"
    path.write_bytes(text.encode(codec))
    with pytest.raises(newsdiff.InputError, match=rf"it seems to be in {encoding}; .*`iconv -f {encoding} -t UTF-8`$"):
        newsdiff.load([path])


@pytest.mark.parametrize(
    ("text", "codec", "script", "encoding"),
    [
        ("The ferry reached Πειραιάς, its crew said ευχαριστώ.\n", "cp1253", "Greek", "CP1253"),
        ("The ferry reached חיפה and the sign said שלום עליכם.\n", "cp1255", "Hebrew", "CP1255"),
    ],
)
def test_a_latin_file_with_a_few_words_in_greek_or_hebrew_is_told_their_encoding(
    tmp_path: Path, text: str, codec: str, script: str, encoding: str
) -> None:
    # Told to convert from Latin-1, the words became accented nonsense ("ÐåéñáéÜò").
    path = tmp_path / "quay.txt"
    path.write_bytes(text.encode(codec))
    with pytest.raises(newsdiff.InputError, match=rf"another script, {script}: it seems to be in {encoding};"):
        newsdiff.load([path])


_FEW_RUSSIAN_WORDS = "The ferry from Brell reached Балтийск on Monday, said its captain, Сергей Иванов.\nIt was late.\n"


@pytest.mark.parametrize(("codec", "encoding"), [("koi8_r", "KOI8-R"), ("cp1251", "CP1251")])
def test_a_latin_file_with_a_few_words_in_cyrillic_is_told_their_encoding(
    tmp_path: Path, codec: str, encoding: str
) -> None:
    # Its letters are mostly ASCII, so it was told to convert from Latin-1 (or Mac OS Roman): the Russian words became
    # accented nonsense without an error.
    path = tmp_path / "quay.txt"
    path.write_bytes(_FEW_RUSSIAN_WORDS.encode(codec))
    with pytest.raises(newsdiff.InputError, match=rf"seems to be in {encoding}; .*`iconv -f {encoding} -t UTF-8`$"):
        newsdiff.load([path])


@pytest.mark.parametrize(
    ("text", "codec"),
    [("عادت العبارة إلى الميناء يوم الاثنين. قال الطاقم إنها تأخرت.\n", "cp1256")],
)
def test_a_file_in_another_script_whose_encoding_is_not_told_apart_is_not_given_a_wrong_one(
    tmp_path: Path, text: str, codec: str
) -> None:
    path = tmp_path / "quay.txt"
    path.write_bytes(text.encode(codec))
    with pytest.raises(newsdiff.InputError, match=r"find its encoding .* `iconv -f ENCODING -t UTF-8`$") as refused:
        newsdiff.load([path])
    assert not re.search(r"LATIN1|MACINTOSH|CP1252|seems", str(refused.value))


@pytest.mark.parametrize(
    ("line", "title"),
    [
        ("# Ferry returns to Brell", "Ferry returns to Brell"),
        ("## Ferry returns to Brell ##", "Ferry returns to Brell"),
        ("#BrellFerry crews walk out", "#BrellFerry crews walk out"),
        # Ending in punctuation, its hashes still mark it a headline: it was read as the first sentence, without a
        # title, and compared as prose.
        ("# Is the ferry back?", "Is the ferry back?"),
        ("## Ferry returns to Brell!", "Ferry returns to Brell!"),
        ("# Ferry returns to Brell.", "Ferry returns to Brell."),
        ("### Brell ferry: what we know so far:", "Brell ferry: what we know so far:"),
    ],
)
def test_a_markdown_heading_as_the_headline_gives_the_title_without_its_marks(line: str, title: str) -> None:
    text = f"{line}\n\nThe ferry returned to Port Brell on Monday. Its captain said the crossing was calm.\n"
    [article] = newsdiff.load([text])
    assert article.title == title
    assert [(r.reason, r.text) for r in clean(text).removals] == [("headline", line)]


@pytest.mark.parametrize(
    ("line", "title"),
    [
        ("**Ferry returns to Brell**", "Ferry returns to Brell"),
        ("__Ferry returns to Brell__", "Ferry returns to Brell"),
        ("# **Ferry returns to Brell**", "Ferry returns to Brell"),
        ("**Ferry** returns to **Brell**", "**Ferry** returns to **Brell**"),
    ],
)
def test_a_headline_set_in_strong_emphasis_gives_the_title_without_its_asterisks(line: str, title: str) -> None:
    # A page converted to Markdown sets its headline in bold: the title was "**Ferry returns to Brell**", asterisks and
    # all, in the report and the JSON.
    text = f"{line}\n\nThe ferry returned to Port Brell on Monday. Its captain said the crossing was calm.\n"
    [article] = newsdiff.load([text])
    assert article.title == title
    assert [(r.reason, r.text) for r in clean(text).removals] == [("headline", line)]


def test_a_markdown_heading_with_punctuation_under_front_matter_is_the_headline() -> None:
    text = "---\noutlet: Quay Post\n---\n# Is the ferry back?\n\nThe ferry returned to Port Brell on Monday.\n"
    [article] = newsdiff.load([text])
    assert (article.outlet, article.title) == ("Quay Post", "Is the ferry back?")


@pytest.mark.parametrize(
    ("line", "title"),
    [("#1 seed wins the Brell cup", "#1 seed wins the Brell cup"), ("#1 seed wins the Brell cup again.", None)],
)
def test_a_first_line_that_opens_with_a_hash_and_a_digit_is_no_markdown_heading(line: str, title: str | None) -> None:
    # No space after the hash: a plain line, whose hash is part of the title, and which final punctuation makes prose.
    [article] = newsdiff.load([f"{line}\n\nThe ferry returned to Port Brell on Monday.\n"])
    assert article.title == title


def test_a_record_s_fields_under_the_names_sites_use_are_read(tmp_path: Path) -> None:
    # A scraper's record gives "headline", "published", "publisher" and "link": front matter reads these names,
    # but a record's were dropped without a word, and its article had no title, date, outlet or url.
    record = {
        "headline": "Ferry returns to Brell",
        "published": "2024-02-10T09:30:00Z",
        "publisher": "Quay Post",
        "link": "https://quay.example/ferry",
        "text": "The ferry returned to Port Brell on Monday.",
    }
    path = tmp_path / "scraped.jsonl"
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    [article] = newsdiff.load([path])
    assert (article.title, article.date, article.outlet, article.url) == (
        "Ferry returns to Brell",
        "2024-02-10",
        "Quay Post",
        "https://quay.example/ferry",
    )


def test_a_news_api_record_s_source_object_gives_its_name_as_the_outlet(tmp_path: Path) -> None:
    # A news API gives the outlet as "source": {"id": ..., "name": ...}: its name was dropped without a word.
    records = [
        {"source": {"id": "quay-post", "name": " Quay Post "}, "content": "x", "text": "The ferry returned."},
        {"source": {"id": None, "name": "Tarn Times"}, "publisher": "Tarn Media", "text": "The ferry is back."},
        {"source": {"id": "wire", "name": None}, "text": "A ferry returned."},
    ]
    path = tmp_path / "api.jsonl"
    path.write_text("".join(json.dumps(record) + "\n" for record in records), encoding="utf-8")
    assert [article.outlet for article in newsdiff.load([path])] == ["Quay Post", "Tarn Media", None]


def test_a_record_s_field_under_its_own_name_wins_over_another_name() -> None:
    [article] = newsdiff.load([{"text": "The ferry returned.", "headline": "Ferry back", "title": "Ferry returns"}])
    assert article.title == "Ferry returns"


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("published", "3 hours ago", r"field 'published' \(read as the date\), '3 hours ago', is not a date"),
        ("published", 1707553800, r"field 'published' \(read as the date\) must be a string, not int"),
        ("link", {"href": "https://quay.example"}, r"field 'link' \(read as the url\) must be a string, not dict"),
    ],
)
def test_a_record_s_field_under_another_name_that_cannot_be_read_is_refused(
    field: str, value: object, message: str
) -> None:
    with pytest.raises(newsdiff.InputError, match=rf"record 1: {message}"):
        newsdiff.load([{"text": "The ferry returned to Port Brell on Monday.", field: value}])


@pytest.mark.parametrize(
    ("name", "content", "hint"),
    [
        (
            "quay.json",
            '{"id": "quay", "text": "The ferry returned.",}',
            r"before '\}', which JSON does not allow: remove it",
        ),
        (
            "quay.json",
            '[\n  {"text": "The ferry returned."},\n]\n',
            r"before '\]', which JSON does not allow: remove it",
        ),
        ("quay.jsonl", '{"text": "The ferry returned.", }\n', r"before '\}', which JSON does not allow: remove it"),
        ("quay.jsonl", '{"text": "The ferry returned."},\n{"text": "It left."}\n', r"follows the record.*remove it"),
        ("quay.json", '{"text": "The ferry returned."},\n{"text": "It left."}\n', r"put '\[' before the first"),
    ],
)
def test_a_comma_json_has_no_place_for_is_named_with_what_to_do(
    tmp_path: Path, name: str, content: str, hint: str
) -> None:
    # A trailing comma (which JavaScript and Python allow) was told only as the parser's "Expecting property name
    # enclosed in double quotes" or "Extra data", which does not say that the comma is what to remove.
    _refused_on_load(tmp_path / name, content, rf"{re.escape(name)}(, line 1)?: invalid JSON \(.*\); .*{hint}")


def test_a_comma_with_no_item_before_it_is_left_to_the_parser_s_words(tmp_path: Path) -> None:
    path = tmp_path / "quay.json"
    path.write_text("{,}", encoding="utf-8")
    with pytest.raises(newsdiff.InputError, match=r"quay\.json: invalid JSON \([^)]*\)$"):
        newsdiff.load([path])


@pytest.mark.parametrize(("name", "found"), [("quay.txt", "which exists"), ("gone.txt", "which does not exist either")])
def test_a_path_under_the_home_folder_written_with_a_tilde_is_told_to_be_expanded(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str, found: str
) -> None:
    # Python does not expand "~" as a shell does: "no such file" alone sent its writer to check a file that is there.
    monkeypatch.setenv("HOME", str(tmp_path))
    (tmp_path / "quay.txt").write_text("The ferry returned to Port Brell on Monday.\n", encoding="utf-8")
    home = re.escape(str(tmp_path / name))
    with pytest.raises(
        newsdiff.InputError, match=rf"~/{name}: no such file; .*os\.path\.expanduser\('~/{name}'\) \({home}, {found}\)"
    ):
        newsdiff.load([f"~/{name}"])


@pytest.mark.parametrize(("name", "found"), [("quay.txt", "which exists"), ("gone.txt", "which does not exist either")])
def test_a_path_with_an_environment_variable_is_told_to_be_expanded(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str, found: str
) -> None:
    # "$NEWS/quay.txt" copied from a shell script was only "no such file", though the file it names is there.
    monkeypatch.setenv("NEWS", str(tmp_path))
    (tmp_path / "quay.txt").write_text("The ferry returned to Port Brell on Monday.\n", encoding="utf-8")
    expanded = re.escape(str(tmp_path / name))
    with pytest.raises(
        newsdiff.InputError, match=rf"no such file; .*os\.path\.expandvars\('\$NEWS/{name}'\) \({expanded}, {found}\)"
    ):
        newsdiff.load([f"$NEWS/{name}"])


@pytest.mark.parametrize(("padding", "where"), [("{}\n", "end"), ("{} ", "end"), (" {}", "start")])
def test_a_path_with_white_space_around_it_is_no_article_but_told_to_be_stripped(
    tmp_path: Path, padding: str, where: str
) -> None:
    # A list of files read with readlines() keeps each line's end: each path was loaded as an article's text, compared
    # as one sentence of a path without a word of warning.
    path = tmp_path / "quay.txt"
    path.write_text("The ferry returned to Port Brell on Monday.\n", encoding="utf-8")
    given = padding.format(path)
    with pytest.raises(
        newsdiff.InputError, match=rf"no such file; the name has white space at its {where}[:,] .*, which exists$"
    ):
        newsdiff.load([given, "The ferry came back to Port Brell."])


def test_a_path_in_quotes_is_told_that_the_quotes_are_no_part_of_its_name(tmp_path: Path) -> None:
    # Windows' "Copy as path" gives a path in double quotes.
    path = tmp_path / "quay.txt"
    path.write_text("The ferry returned to Port Brell on Monday.\n", encoding="utf-8")
    with pytest.raises(newsdiff.InputError, match=rf"no such file; the quotes .*give '{re.escape(str(path))}'"):
        newsdiff.load([f'"{path}"'])


@pytest.mark.parametrize(
    ("given", "message"),
    [
        ("https://quaypost.example/ferry-returns.html", r"it is a web address, and newsdiff reads no network"),
        ("http://quaypost.example/ferry", r"it is a web address"),
        (
            "file:///srv/news/quay%20post.txt",
            r"it is a file: URL, not a path: give the file's path, '/srv/news/quay post",
        ),
    ],
)
def test_an_address_given_for_a_file_is_told_what_to_give_instead(given: str, message: str) -> None:
    # A path made of it ran its slashes together: "https:/quaypost.example/...: no such file", and nothing more.
    with pytest.raises(newsdiff.InputError, match=rf"no such file; {message}"):
        newsdiff.load([given])
    with pytest.raises(newsdiff.InputError, match=rf"no such file; {message}"):
        newsdiff.load([Path(given)])


class DataFrame:
    """A stand-in for a pandas or polars data frame (neither is a dependency): it iterates over its column names."""

    columns = ("id", "text")

    def __iter__(self) -> Iterator[str]:
        return iter(self.columns)

    def to_dict(self, orient: str = "dict") -> list[dict[str, str]]:
        return [{"id": "quay", "text": "The ferry returned to Port Brell on Monday."}]


def test_a_data_frame_is_refused_with_how_to_give_its_rows() -> None:
    # Iterated, a data frame gives its column names: "id" and "text" were loaded and compared as two articles.
    with pytest.raises(newsdiff.InputError, match=r"cannot load a DataFrame .*df\.to_dict\('records'\)"):
        newsdiff.load(DataFrame())


def test_a_whole_number_id_is_read_as_its_digits_even_when_written_as_a_float(tmp_path: Path) -> None:
    # pandas writes an integer column with an empty cell as floats: the ids 7 and 12 come as 7.0 and 12.0.
    path = tmp_path / "frame.jsonl"
    path.write_text(
        '{"id": 7.0, "text": "Back."}\n{"id": 12, "text": "The ferry left."}\n{"id": NaN, "text": "Hi."}\n',
        encoding="utf-8",
    )
    assert [a.id for a in newsdiff.load([path])] == ["7", "12", "frame-3"]


@pytest.mark.parametrize("ident", ["7.5", "true", "1e400"])
def test_an_id_that_is_no_whole_number_or_string_is_refused(tmp_path: Path, ident: str) -> None:
    path = tmp_path / "frame.json"
    path.write_text(f'{{"id": {ident}, "text": "The ferry returned."}}', encoding="utf-8")
    with pytest.raises(newsdiff.InputError, match=r"field 'id' must be a string"):
        newsdiff.load([path])


@pytest.mark.parametrize(("codec", "encoding"), [("utf-16-le", "UTF-16LE"), ("utf-16-be", "UTF-16BE")])
@pytest.mark.parametrize("name", ["quay.txt", "quay.jsonl"])
def test_utf16_without_a_byte_order_mark_is_named_as_utf16_not_binary(
    tmp_path: Path, codec: str, encoding: str, name: str
) -> None:
    # Its every other byte is NUL: it was called a binary file, which sent its writer looking for the wrong fix.
    path = tmp_path / name
    path.write_bytes('{"text": "The ferry returned to Brell on Monday."}\n'.encode(codec))
    with pytest.raises(newsdiff.InputError, match=rf"{re.escape(name)}: is UTF-16 .*`iconv -f {encoding} -t UTF-8`"):
        newsdiff.load([path])


#: The same fictional report in three scripts other than Latin, whose UTF-16 has bytes other than NUL between its NULs.
_OTHER_SCRIPTS = {
    "cyrillic": "Паром вернулся\n\nПаром на остров Квиллон снова вышел в понедельник после недели ремонта.\n",
    "arabic": "عادت العبارة\n\nأبحرت العبارة إلى جزيرة كويلون مرة أخرى يوم الاثنين بعد أسبوع من الإصلاحات.\n",
    "cjk": "渡轮恢复航行\n\n经过一周的维修，前往奎隆岛的渡轮周一再次起航。\n",
    # Marks of writing direction around a number, as such pages set them: the reading was called a binary file.
    "arabic-with-isolates": "أبحرت العبارة رقم \u2066MV-12\u2069 إلى جزيرة كويلون مرة أخرى \u200fيوم الاثنين.\n",
    "cyrillic-one-word": "Паромвернулся",  # no space or line end: no NUL byte at all, only control bytes
    # No space, line end or stop: no NUL or control byte either, and bytes that are not UTF-8 (called Latin-1).
    "cjk-without-control-bytes": "港口渡轮恢复运行乘客欢迎",
}


@pytest.mark.parametrize(("codec", "encoding"), [("utf-16-le", "UTF-16LE"), ("utf-16-be", "UTF-16BE")])
@pytest.mark.parametrize("script", sorted(_OTHER_SCRIPTS))
def test_utf16_without_a_byte_order_mark_in_another_script_is_named_as_utf16(
    tmp_path: Path, codec: str, encoding: str, script: str
) -> None:
    # Its bytes between the NULs vary: it was called a binary file, and a line without a space was loaded as
    # control characters, mojibake compared as an article.
    path = tmp_path / "quay.txt"
    path.write_bytes(_OTHER_SCRIPTS[script].encode(codec))
    with pytest.raises(newsdiff.InputError, match=rf"quay\.txt: is UTF-16 without a byte-order mark.*-f {encoding} "):
        newsdiff.load([path])


@pytest.mark.parametrize(("codec", "encoding"), [("utf-16-le", "UTF-16LE"), ("utf-16-be", "UTF-16BE")])
def test_a_jsonl_file_of_utf16_in_another_script_is_named_as_utf16(tmp_path: Path, codec: str, encoding: str) -> None:
    path = tmp_path / "quay.jsonl"
    record = json.dumps({"text": _OTHER_SCRIPTS["cyrillic"]}, ensure_ascii=False)
    path.write_bytes(f"{record}\n{record}\n".encode(codec))
    with pytest.raises(newsdiff.InputError, match=rf"quay\.jsonl: is UTF-16 without a byte-order mark.*-f {encoding} "):
        newsdiff.load([path])


@pytest.mark.parametrize("script", sorted(_OTHER_SCRIPTS))
def test_utf16_with_a_byte_order_mark_in_another_script_is_named_as_utf16(tmp_path: Path, script: str) -> None:
    path = tmp_path / "quay.txt"
    path.write_bytes(_OTHER_SCRIPTS[script].encode("utf-16"))
    with pytest.raises(newsdiff.InputError, match=r"quay\.txt: is UTF-16, not UTF-8.*`iconv -f UTF-16 -t UTF-8`"):
        newsdiff.load([path])


@pytest.mark.parametrize(
    "text",
    [
        "Le café du quai à Brell a rouvert lundi après une semaine de travaux.",
        # One word, which read as UTF-16LE is ideographs: its letters make both bytes of each.
        "Straßenbahnhaltestellenschildchen",
    ],
)
def test_latin1_text_without_a_control_byte_is_not_taken_for_utf16(tmp_path: Path, text: str) -> None:
    path = tmp_path / "quay.txt"
    path.write_bytes(text.encode("latin-1"))
    with pytest.raises(newsdiff.InputError, match=r"quay\.txt: is not valid UTF-8 .*`iconv -f LATIN1 -t UTF-8`"):
        newsdiff.load([path])


def test_ascii_text_that_would_read_as_utf16_ideographs_is_loaded_as_ascii(tmp_path: Path) -> None:
    # A word of lower-case letters is ideographs read as UTF-16LE; so UTF-16 whose every byte is printable ASCII
    # cannot be told from ASCII text, and is loaded as the ASCII it reads as (see the limits page).
    assert "helloworld".encode("ascii").decode("utf-16-le") == "敨汬睯牯摬"
    path = tmp_path / "quay.txt"
    path.write_bytes(b"helloworld")
    assert newsdiff.load([path])[0].text == "helloworld"


@pytest.mark.parametrize("control", ["\x1b[1m", "\x01", "\x7f"])
def test_utf8_text_with_a_control_byte_is_not_taken_for_utf16(tmp_path: Path, control: str) -> None:
    # Only text that reads as UTF-16 is called UTF-16: a terminal's colour code in UTF-8 text is loaded as before.
    path = tmp_path / "quay.txt"
    path.write_text(
        f"{control}The ferry to Quillon sailed again on Monday after a week of repairs.\n", encoding="utf-8"
    )
    assert newsdiff.load([path])[0].text.startswith(control)


def test_a_text_file_with_stray_nul_bytes_names_the_first_and_says_to_remove_them(tmp_path: Path) -> None:
    # A UTF-8 article with a NUL in it (a copy cut short and resumed) was called a binary file, with "give a UTF-8
    # text file" for what to do, which it already is.
    text = "Ferry returns\nThe ferry to Quillon sailed on Monday.\nIts captain said the sea was calm.\n"
    path = tmp_path / "quay.txt"
    path.write_bytes(text.replace("Its", "\x00Its").encode("utf-8"))
    with pytest.raises(
        newsdiff.InputError, match=r"quay\.txt: holds a NUL byte \(byte 53, line 3\) in its UTF-8 text; "
    ):
        newsdiff.load([path])
    path.write_bytes(text.replace("sailed", "\x00sailed\x00").encode("utf-8") + text.encode("utf-8") * 2)
    with pytest.raises(newsdiff.InputError, match=r"holds 2 NUL bytes \(the first at byte 35, line 2\) .* `tr -d"):
        newsdiff.load([path])
    # In a JSONL file, the byte and the line are the file's.
    lines = tmp_path / "quay.jsonl"
    lines.write_bytes(b'{"text": "The ferry sailed."}\n{"text": "The \x00ferry returned."}\n')
    with pytest.raises(newsdiff.InputError, match=r"quay\.jsonl: holds a NUL byte \(byte 44, line 2\)"):
        newsdiff.load([lines])


def test_a_binary_file_with_nul_bytes_is_still_called_binary(tmp_path: Path) -> None:
    path = tmp_path / "quay.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00")
    with pytest.raises(newsdiff.InputError, match=r"quay\.txt: looks like a binary file"):
        newsdiff.load([path])


@pytest.mark.parametrize(
    ("content", "suffix"),
    [
        ('{"id": "quay", "text": "The ferry returned to Port Brell on Monday."}\n', ".json"),
        ('[{"text": "The ferry returned."}, {"text": "The ferry left."}]', ".json"),
        ('{"text": "The ferry returned."}\n{"text": "The ferry left."}\n', ".jsonl"),
    ],
)
def test_json_in_a_text_file_is_named_as_json_not_compared_as_prose(tmp_path: Path, content: str, suffix: str) -> None:
    # Read as text, the record's braces, keys and quotes were one article's words.
    _refused_on_load(
        tmp_path / "quay.txt", content, rf"quay\.txt: holds JSON, not an article's text; name it quay\{suffix}"
    )


def test_a_text_file_that_opens_with_a_bracket_is_prose(tmp_path: Path) -> None:
    text = "[Updated] The ferry returned to Port Brell on Monday.\n{Editor's note: times are local.}\n"
    path = tmp_path / "quay.txt"
    path.write_text(text, encoding="utf-8")
    assert [a.text for a in newsdiff.load([path])] == [text]


@pytest.mark.parametrize(
    ("head", "line"),
    [
        ("outlet: Quay Post\noutlet: Tarn Times\n", 2),
        ("---\nlayout: story\npublished: 2026-03-15\npublished: 2026-03-16\n---\n", 4),
    ],
)
def test_a_front_matter_field_given_twice_with_different_values_is_refused(head: str, line: int) -> None:
    # The last outlet won and the first was dropped without a word, as a JSON record's repeated key was.
    with pytest.raises(newsdiff.InputError, match=rf"article 1, line {line}: '\w+' is given twice in the front matter"):
        newsdiff.load([f"{head}\nThe ferry returned to Port Brell on Monday.\n"])


def test_a_front_matter_field_repeated_with_its_value_or_given_by_the_record_is_read() -> None:
    text = "outlet: Quay Post\noutlet: Quay Post\nauthor: Ona Vask\nauthor: Ilo Brand\n\nThe ferry returned to Brell.\n"
    assert newsdiff.load([text])[0].outlet == "Quay Post"
    given = newsdiff.load([{"text": text.replace("Post\n", "Times\n", 1), "outlet": "Tarn Times"}])
    assert given[0].outlet == "Tarn Times"


@pytest.mark.parametrize(
    ("head", "key", "line"),
    [
        ("---\noutlet: [Quay Post, Tarn Times]\ntitle: Ferry returns\n---\n", "outlet", 2),
        ("---\ntitle: Ferry returns\noutlet:\n  - Quay Post\n  - Tarn Times\n---\n", "outlet", 3),
        ("---\noutlet:\n- Quay Post\n---\n", "outlet", 2),
        ("---\npublisher:\n  name: Quay Post\n---\n", "publisher", 2),
        ("---\ndate: [2026-03-14]  # the print date\n---\n", "date", 2),
        ("outlet: [Quay Post, Tarn Times]\ntitle: Ferry returns\n", "outlet", 1),
        ('+++\ntitle = "Ferry returns"\noutlet = ["Quay Post", "Tarn Times"]\n+++\n', "outlet", 3),
        ('+++\nurl = [\n  "https://quay.example/a",\n]\n+++\n', "url", 2),
    ],
)
def test_a_front_matter_field_given_a_list_is_refused(head: str, key: str, line: int) -> None:
    # The brackets were read as the outlet's name, and a block list's items were dropped without a word.
    message = rf"article 1, line {line}: '{key}' in the front matter is given a list or nested keys; give it one value"
    with pytest.raises(newsdiff.InputError, match=message):
        newsdiff.load([f"{head}\nThe ferry returned to Port Brell on Monday.\n"])


def test_lists_in_front_matter_that_newsdiff_does_not_read_or_that_a_record_overrides_are_left_alone() -> None:
    head = "---\ntags: [ferry, strike]\nauthor:\n  - Ona Vask\n  - Ilo Brand\ntitle: [Update] Ferry returns\n"
    [article] = newsdiff.load([f"{head}outlet: Quay Post\n---\nThe ferry returned to Port Brell on Monday.\n"])
    assert (article.outlet, article.title) == ("Quay Post", "[Update] Ferry returns")
    text = "---\noutlet: [Quay Post, Tarn Times]\n---\nThe ferry returned to Port Brell on Monday.\n"
    assert newsdiff.load([{"text": text, "outlet": "Tarn Times"}])[0].outlet == "Tarn Times"


@pytest.mark.parametrize(
    "head",
    [
        "---\noutlet: []\ntitle: []  # none found\nurl: {}\n---\n",
        "---\noutlet: ~\ntitle: ''\nurl: null\n---\n",
        "outlet: []\ntitle: ~\nurl: null\n\n",
        "outlet: ''\ntitle: {}\nurl:\n\n",
        '+++\noutlet = []\ntitle = ""\nurl = {}\n+++\n',
    ],
)
def test_a_front_matter_field_given_empty_in_any_form_is_not_given(head: str) -> None:
    # An empty list was refused as a list, and without fences "~" and "null" were read as an outlet so named: every
    # empty form is no value, as YAML's null is, so the record's or the id's own value is kept.
    text = f"{head}The ferry returned to Port Brell on Monday after a week away.\n"
    [article] = newsdiff.load([text])
    assert (article.outlet, article.title, article.url) == (None, None, None)
    [given] = newsdiff.load([{"text": text, "outlet": "Quay Post", "title": "Ferry returns"}])
    assert (given.outlet, given.title) == ("Quay Post", "Ferry returns")
    # A list or a mapping that holds something is still refused.
    for empty, full in (("[]", "[Quay Post]"), ("{}", "{name: Quay Post}")):
        if empty in head:
            with pytest.raises(newsdiff.InputError, match=r"' in the front matter is given a list or nested keys"):
                newsdiff.load([text.replace(empty, full, 1)])


@pytest.mark.parametrize("empty", [None, "", "   ", [], {}])
def test_a_record_field_given_empty_in_any_form_is_not_given(empty: object) -> None:
    # An empty list or mapping (a scraper's field that found nothing) was refused as no string, and a string of
    # spaces was kept as the outlet's name, while front matter reads both as no value.
    text = "outlet: Quay Post\n\nThe ferry returned to Port Brell on Monday after a week away."
    fields = {"outlet": empty, "title": empty, "url": empty, "date": empty, "headline": empty}
    [article] = newsdiff.load([{"text": text, **fields}])
    assert (article.outlet, article.title, article.url, article.date) == ("Quay Post", None, None, None)
    if isinstance(empty, (list, dict)):
        assert newsdiff.load([{"text": text, "id": empty}])[0].id == "article-1"


def test_a_record_field_named_in_another_case_is_read(tmp_path: Path) -> None:
    # A table's capitalised column headers ("Title", "URL") were dropped without a word, while front matter's keys
    # and the names sites use ("Headline") are read in any case.
    record = {
        "ID": 7,
        "Text": "The ferry returned to Port Brell on Monday.",
        "Outlet": "Quay Post",
        "URL": "https://q.example/a",
    }
    path = tmp_path / "quay.json"
    path.write_text(json.dumps({**record, "Title": "Ferry returns", "DATE": "2026-03-14"}), encoding="utf-8")
    [article] = newsdiff.load([path])
    assert (article.id, article.outlet, article.title, article.date, article.url) == (
        "7",
        "Quay Post",
        "Ferry returns",
        "2026-03-14",
        "https://q.example/a",
    )
    # A message names the field as it is given.
    with pytest.raises(newsdiff.InputError, match=r"record 1 \(id '7'\): field 'Outlet' must be a string, not int;"):
        newsdiff.load([{**record, "Outlet": 3}])


@pytest.mark.parametrize(
    ("record", "told"),
    [
        ({"id": 7.5}, "field 'id' must be a string, not float; give it as a string, such as '7.5'"),
        ({"title": 2026}, "field 'title' must be a string, not int; give it as a string, such as '2026'"),
        (
            {"headline": 2026},
            "field 'headline' (read as the title) must be a string, not int; give it as a string, such",
        ),
    ],
)
def test_a_number_where_a_string_is_needed_is_refused_with_the_string_to_give(
    record: dict[str, Any], told: str
) -> None:
    # The message said what was wrong ("must be a string, not float") but not what to give.
    with pytest.raises(newsdiff.InputError, match=re.escape(told)):
        newsdiff.load([{"text": "The ferry returned to the quay.", **record}])
    with pytest.raises(
        newsdiff.InputError, match=re.escape("id must be a string or None, not int; give it as a string")
    ):
        newsdiff.Article("The ferry returned to the quay.", id=7)  # type: ignore[arg-type]


def test_two_spellings_of_a_record_field_with_different_values_are_refused() -> None:
    # The lower-case name won and the other spelling's value was dropped without a word ("Text" beside "text" lost a
    # whole article), while front matter refuses "Title:" and "title:" with different values as given twice.
    text = "The ferry returned to Port Brell on Monday."
    with pytest.raises(
        newsdiff.InputError,
        match=r"^record 1 \(id '7'\): 'outlet' is given twice, as 'Outlet' and 'outlet', with different values; "
        r"give it once$",
    ):
        newsdiff.load([{"ID": 7, "text": text, "Outlet": "Quay Post", "outlet": "Tarn Times"}])
    with pytest.raises(newsdiff.InputError, match=r"'text' is given twice, as 'text' and 'Text'"):
        newsdiff.load([{"text": text, "Text": "The ferry stayed in Port Brell."}])
    with pytest.raises(newsdiff.InputError, match=r"line 3: 'title' is given twice in the front matter"):
        newsdiff.load(["---\nTitle: Ferry returns\ntitle: Ferry is back\n---\n" + text])
    # The same value twice, or an empty one beside a value, loses nothing.
    same = {"text": text, "Title": "Ferry returns", "title": "Ferry returns", "outlet": "", "OUTLET": "Quay Post"}
    [article] = newsdiff.load([same])
    assert (article.title, article.outlet) == ("Ferry returns", "Quay Post")


def test_a_record_field_given_a_json_object_is_called_a_dict(tmp_path: Path) -> None:
    # The message named the loader's own class: "must be a string, not JSONObject".
    path = tmp_path / "quay.jsonl"
    path.write_text('{"text": "The ferry returned.", "outlet": {"name": "Quay Post"}}\n', encoding="utf-8")
    with pytest.raises(newsdiff.InputError, match=r"quay\.jsonl, line 1: field 'outlet' must be a string, not dict; "):
        newsdiff.load([path])


def test_a_path_like_object_that_gives_bytes_is_loaded(tmp_path: Path) -> None:
    # The entries of os.scandir over a folder named in bytes give their paths as bytes: loading one raised a
    # TypeError from pathlib, not an article nor an InputError.
    (tmp_path / "quay.txt").write_text("The ferry returned to Port Brell on Monday.\n", encoding="utf-8")
    with os.scandir(os.fsencode(tmp_path)) as entries:
        [article] = newsdiff.load(list(entries))
    assert (article.id, article.text) == ("quay", "The ferry returned to Port Brell on Monday.\n")


def test_a_json_object_with_both_a_text_and_an_articles_list_is_refused(tmp_path: Path) -> None:
    # The object's own text was dropped without a word, and only the articles of its list were loaded.
    path = tmp_path / "quay.json"
    record = {"text": "The mayor spoke at noon.", "articles": [{"text": "The ferry returned on Monday."}]}
    path.write_text(json.dumps(record), encoding="utf-8")
    with pytest.raises(newsdiff.InputError, match=r"quay\.json: holds both a 'text' and an 'articles' list; give"):
        newsdiff.load([path])
    # A null text is none: the list is read.
    path.write_text(json.dumps({**record, "text": None}), encoding="utf-8")
    assert [a.text for a in newsdiff.load([path])] == ["The ferry returned on Monday."]


def test_a_text_given_as_a_list_of_paragraphs_is_told_to_join_them() -> None:
    paragraphs = ["The ferry returned to Brell.", "Its captain said the crossing was calm."]
    with pytest.raises(newsdiff.InputError, match=r"field 'text' must be a string, not list; join its paragraphs"):
        newsdiff.load([{"id": "quay", "text": paragraphs}])
    with pytest.raises(newsdiff.InputError, match=r"text must be a string, not list; join its paragraphs"):
        newsdiff.Article(paragraphs)  # type: ignore[arg-type]
    # Paragraphs are joined in a text only: another field's list is told to give its one value.
    with pytest.raises(newsdiff.InputError, match=r"field 'outlet' must be a string, not list; give its one value as"):
        newsdiff.load([{"text": "The ferry returned.", "outlet": ["Quay Post"]}])


@pytest.mark.parametrize(
    ("record", "advice"),
    [
        ({"date": 20240210}, "field 'date' must be a string, not int; give it as '2024-02-10'"),
        # A feed's or an API's Unix timestamp, in seconds or in JavaScript's milliseconds.
        ({"date": 1707523200}, "not int; if it is a Unix timestamp in seconds, give its date as a string: '2024-02-10"),
        ({"published": 1707523200123.0}, "(read as the date) must be a string, not float; if it is a Unix timestamp in "
         "milliseconds, give its date as a string: '2024-02-10' in UTC"),
        ({"date": 7}, "field 'date' must be a string, not int; give it as a string, YYYY-MM-DD"),
    ],
)  # fmt: skip
def test_a_date_given_as_a_number_is_refused_with_the_string_to_give(record: dict[str, object], advice: str) -> None:
    with pytest.raises(newsdiff.InputError, match=re.escape(advice)):
        newsdiff.load([{"text": "The ferry returned to Brell on Monday.", **record}])


@pytest.mark.parametrize(
    ("date", "advice"),
    [
        ("1707523200", "if it is a Unix timestamp in seconds, give its date: '2024-02-10' in UTC"),
        ("1707523200.25", "if it is a Unix timestamp in seconds, give its date: '2024-02-10' in UTC"),
        ("1707523200123", "if it is a Unix timestamp in milliseconds, give its date: '2024-02-10' in UTC"),
    ],
)
def test_a_unix_timestamp_given_as_a_string_is_refused_with_its_date(date: str, advice: str) -> None:
    # Given as a number it was told its date; as the string a CSV file or a data frame makes of it, only "give it as
    # YYYY-MM-DD", as though it were garbled.
    told = f"record 1: date {date!r} is not a date newsdiff reads; {advice}"
    with pytest.raises(newsdiff.InputError, match=f"^{re.escape(told)}$"):
        newsdiff.load([{"text": "The ferry returned to Brell on Monday.", "date": date}])


@pytest.mark.parametrize(
    "name", ["quay.html", "quay.htm", "quay.xml", "quay.rss", "quay.csv", "quay.pdf", "quay.rtf", "quay.docx"]
)
def test_a_missing_file_of_a_kind_loading_names_is_no_such_file_not_a_one_word_article(name: str) -> None:
    # "quay.html" mistyped was compared as an article whose text was its own name.
    with pytest.raises(newsdiff.InputError, match=rf"{re.escape(name)}: no such file"):
        newsdiff.load([name])
    assert newsdiff.load([f"The Quay Post put its story online as {name} on Monday."])[0].text.startswith("The")


def test_a_wildcard_pattern_is_not_expanded_and_the_error_says_how_to_expand_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "harbour.txt").write_text("The ferry sailed at dawn from Kessel.", encoding="utf-8")
    (tmp_path / "courier.txt").write_text("A ferry left Kessel at dawn.", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    with pytest.raises(newsdiff.InputError, match=r"\*\.txt: no such file.*glob\.glob\('\*\.txt'\)") as caught:
        newsdiff.load("*.txt")
    assert "2 files match it" in str(caught.value)
    assert [a.id for a in newsdiff.load(sorted(glob.glob("*.txt")))] == ["courier", "harbour"]


def test_a_wildcard_pattern_that_matches_nothing_is_still_named_as_no_such_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    with pytest.raises(newsdiff.InputError, match=r"\*\.txt: no such file; load\(\) does not expand wildcards"):
        newsdiff.load(Path("*.txt"))


@pytest.mark.parametrize("pattern", ["*", "*.story", "herald-*"])
def test_a_wildcard_pattern_of_one_word_is_no_article_of_one_word(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, pattern: str
) -> None:
    # Without a suffix loading reads, "*.story" was compared as an article whose text was the pattern, and "*" was
    # "an article with no words".
    monkeypatch.chdir(tmp_path)
    with pytest.raises(newsdiff.InputError, match=rf"^{re.escape(pattern)}: no such file; load\(\) does not expand"):
        newsdiff.load([pattern])


def test_an_error_about_an_unnamed_article_object_names_its_place_in_the_list() -> None:
    # "(unnamed article)" left its writer counting which of the Articles it was.
    ferry = newsdiff.Article("The ferry returned to the quay.", id="herald")
    with pytest.raises(newsdiff.InputError, match=r"^article 2: article is empty$"):
        newsdiff.load([ferry, newsdiff.Article(" \n ")])


@pytest.mark.parametrize(
    "given",
    ["2026-03-14T25:00", "2026-03-14T09:75", "2026-03-14garbage", "2026-03-14 and 15", "2026-03-14 09:30:00 -2500"],
)
def test_a_given_date_with_more_after_it_than_a_real_time_is_refused_naming_it(given: str) -> None:
    # Only the first ten characters were read: a time that is none, or words after the date, went unseen.
    with pytest.raises(newsdiff.InputError, match=re.escape(f"record 1 (id 'a'): date {given!r} is not")):
        newsdiff.load([{"id": "a", "text": "The talks began.", "date": given}])
    with pytest.raises(newsdiff.InputError, match=re.escape(f"line 1: date {given!r} is not")):
        newsdiff.load([f"date: {given}\noutlet: Quay Post\n\nThe talks began on the quay."])


def test_a_date_token_with_a_time_that_is_none_is_refused_naming_it() -> None:
    with pytest.raises(newsdiff.InputError, match=re.escape("line 1: date '2026-03-14T25:00' is not")):
        newsdiff.load(["date 2026-03-14T25:00 The talks began on the quay."])


@pytest.mark.parametrize(
    "text", ["The figures are in the annex, see report.txt", "Ferry returns. See the timetable in notes.md"]
)
def test_a_sentence_that_ends_in_a_file_name_is_text_not_a_missing_file(text: str) -> None:
    # Its punctuation makes it prose: it was refused as "no such file".
    assert [a.text for a in newsdiff.load([text])] == [text]


def test_a_missing_file_named_with_spaces_is_refused_with_how_to_give_it_as_text(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    with pytest.raises(newsdiff.InputError) as refused:
        newsdiff.load(["See report.txt"])
    assert str(refused.value) == (
        "See report.txt: no such file; if you meant it as an article's text, give it as Article(text=...)"
    )
    assert [a.text for a in newsdiff.load([newsdiff.Article(text="See report.txt")])] == ["See report.txt"]


def test_an_existing_file_whose_name_has_sentence_punctuation_is_still_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    Path("Ferry, second draft.txt").write_text("The ferry returned to the quay.", encoding="utf-8")
    assert [a.id for a in newsdiff.load(["Ferry, second draft.txt"])] == ["Ferry, second draft"]


@pytest.mark.parametrize(
    ("ident", "problem"),
    [
        ("   ", "an id of white space alone names nothing; give it a visible name, or leave the id out"),
        ("\u200b", "an id of invisible characters alone names nothing; give it a visible name, or leave the id out"),
        (
            "\u200e \u2060",
            "an id of invisible characters alone names nothing; give it a visible name, or leave the id out",
        ),
        ("quay\nport", "an id is one line with no control character (a line end, a tab); give it as 'quay port'"),
        ("quay\tport\x07", "an id is one line with no control character (a line end, a tab); give it as 'quay port'"),
    ],
)
def test_an_id_of_white_space_or_invisible_characters_alone_or_with_a_control_character_is_refused_naming_it(
    ident: str, problem: str
) -> None:
    # It would break a one-line message, a batch's file names and a report's anchors.
    record = {"id": ident, "text": "The ferry returned to the quay."}
    with pytest.raises(newsdiff.InputError) as refused:
        newsdiff.load([{"id": "herald", "text": "The ferry came back."}, record])
    assert str(refused.value) == f"record 2 (id {ident!r}): field 'id': {problem}"
    with pytest.raises(newsdiff.InputError) as refused:
        newsdiff.Article("The ferry returned to the quay.", id=ident)
    assert str(refused.value) == f"article id {ident!r}: {problem}"


def test_ids_that_differ_only_by_white_space_around_them_are_one_id_given_twice(tmp_path: Path) -> None:
    # "ferry-01 " (a spreadsheet's cell) was a second article beside "ferry-01", named alike in every message.
    path = tmp_path / "desk.txt"
    path.write_text('---\nid: " ferry-01 "\n---\nThe ferry left the quay at dawn.', encoding="utf-8")
    articles = newsdiff.load(
        [
            {"id": "ferry-01", "text": "The ferry returned to the quay."},
            {"id": "ferry-01 ", "text": "The ferry came back to the quay."},
            newsdiff.Article("The ferry docked at noon.", id="\u00a0ferry-01\t"),
            path,
        ]
    )
    assert [a.id for a in articles] == ["ferry-01", "ferry-01-2", "ferry-01-3", "ferry-01-4"]


def test_a_records_outlet_title_and_url_lose_the_white_space_around_them() -> None:
    # They were kept as given: " Quay Post" and "Quay Post" were two outlets, and the title's line end reached the JSON.
    record = {
        "text": "The ferry returned.",
        "outlet": " Quay Post",
        "title": "Ferry back\n",
        "url": "https://q.example ",
    }
    [article] = newsdiff.load([record])
    assert (article.outlet, article.title, article.url) == ("Quay Post", "Ferry back", "https://q.example")
    [article] = newsdiff.load([newsdiff.Article("Ferry back\nThe ferry returned to the quay.", title="\t ")])
    assert article.title == "Ferry back", "a title of white space alone is none: the headline is read"


@pytest.mark.parametrize("inside", ["\n", " \r\n  ", "\u2028", "\u2029", "\x85"])
def test_a_line_break_inside_a_title_or_an_outlet_is_a_space(inside: str) -> None:
    # A scraped title kept its line break, and a line separator (U+2028) was not read as one: the title's one line in
    # a message, a summary or the JSON broke in two.
    record = {"text": "The ferry returned.", "title": f"Ferry returns{inside}to Brell", "outlet": f"Quay{inside}Post"}
    [article] = newsdiff.load([record])
    assert (article.title, article.outlet) == ("Ferry returns to Brell", "Quay Post")


def test_a_title_kept_as_lines_in_a_yaml_block_scalar_is_one_line() -> None:
    text = "---\ntitle: |\n  Ferry returns:\n  the full story\n---\nThe ferry returned on Monday.\n"
    assert newsdiff.load([text])[0].title == "Ferry returns: the full story"


def test_an_id_given_with_white_space_around_it_reaches_the_json_without_it() -> None:
    comparison = newsdiff.compare(
        [
            newsdiff.Article("The ferry returned to the quay on Monday.", id=" herald "),
            {"id": "tide\n", "text": "The ferry returned to the quay on Monday, the captain said."},
        ]
    )
    data = json.loads(comparison.to_json())
    assert [a["id"] for a in data["articles"]] == ["herald", "tide"]
    assert {m["article"] for a in data["articles"] for s in a["sentences"] for m in s["matches"]} == {"herald", "tide"}


def test_a_front_matter_id_with_a_control_character_is_refused_naming_the_article() -> None:
    with pytest.raises(newsdiff.InputError, match=re.escape("article 1: front matter id 'quay\\tport': an id is")):
        newsdiff.load(["id: quay\tport\noutlet: Quay Post\n\nThe ferry returned to the quay."])


@pytest.mark.parametrize("head", ['id: "  "\noutlet: Quay Post\n', "---\nid: ' '\noutlet: Quay Post\n---\n"])
def test_a_front_matter_id_of_white_space_alone_is_refused_as_a_records_is(head: str) -> None:
    # It was read as no id, and the article numbered, where a record's id of spaces is refused.
    with pytest.raises(newsdiff.InputError, match=re.escape("article 1: front matter id ")) as refused:
        newsdiff.load([head + "\nThe ferry returned to the quay."])
    assert str(refused.value).endswith(
        "an id of white space alone names nothing; give it a visible name, or leave the id out"
    )


def test_an_empty_id_is_no_id() -> None:
    assert [a.id for a in newsdiff.load([{"id": "", "text": "The ferry returned to the quay."}])] == ["article-1"]
    # As null is: front matter's id is read instead, and a message names the record by its place alone.
    [article] = newsdiff.load([{"id": "", "text": "id: quay\n\nThe ferry returned to the quay."}])
    assert article.id == "quay"
    with pytest.raises(newsdiff.InputError) as refused:
        newsdiff.load([{"id": "", "text": "The ferry returned.", "date": "2024-02-30"}])
    assert str(refused.value).startswith("record 1: date '2024-02-30' is not a date")


@pytest.mark.parametrize(
    ("text", "lines"),
    [
        ("---\ndate: 2026-02-10\noutlet: Quay Post\n---\ndate 2026-02-11\nThe ferry ran again after a week.", (2, 5)),
        ("date 2026-02-10\ndate 2026-02-11\nThe ferry ran again after a week.", (1, 2)),
        ("date 2026-02-10\n---\npublished: Feb 11, 2026\n---\nThe ferry ran again after a week.", (1, 3)),
    ],
)
def test_a_second_date_that_disagrees_with_the_first_is_refused_naming_both_lines(
    text: str, lines: tuple[int, int]
) -> None:
    # The second date line became the headline ("date 2026-02-11"), or front matter's date replaced the first.
    message = f"article 1, lines {lines[0]} and {lines[1]}: two dates that disagree, 2026-02-10 and 2026-02-11"
    with pytest.raises(newsdiff.InputError, match=re.escape(message)):
        newsdiff.load([text])


def test_a_second_date_that_agrees_is_metadata_not_the_headline() -> None:
    text = (
        "---\ndate: 2026-02-10\noutlet: Quay Post\n---\ndate 2026-02-10\nFerry back on the water\nThe ferry ran again."
    )
    [article] = newsdiff.load([text])
    assert (article.title, article.date) == ("Ferry back on the water", "2026-02-10")
    second = text.index("date 2026-02-10")
    assert any(span.start == second for span in read_metadata(text).spans)


def test_a_file_whose_name_holds_a_tab_gives_a_one_line_id(tmp_path: Path) -> None:
    # The id taken from the name was refused as a bad id, without naming the file.
    path = tmp_path / "quay\tport.txt"
    path.write_text("The ferry returned to the quay.", encoding="utf-8")
    blank = tmp_path / "   .txt"
    blank.write_text("The ferry came back to the quay.", encoding="utf-8")
    assert [a.id for a in newsdiff.load([path, blank])] == ["quay port", "article-2"]


@pytest.mark.parametrize(
    ("record", "names"),
    [
        ({"headline": "Ferry returns", "Headline": "Ferry is back"}, ("title", "headline", "Headline")),
        ({"published": "2026-03-14", "pubdate": "2026-03-15"}, ("date", "published", "pubdate")),
        ({"link": "https://quay.example/a", "permalink": "https://quay.example/b"}, ("url", "link", "permalink")),
        ({"publisher": "Quay Post", "site_name": "Tarn Times"}, ("outlet", "publisher", "site_name")),
    ],
)
def test_a_record_giving_a_field_under_two_other_names_with_different_values_is_refused(
    record: dict[str, str], names: tuple[str, str, str]
) -> None:
    # The first name's value was taken and the second's dropped without a word, while two spellings of the field's
    # own name ("Title" and "title") with different values were refused as given twice.
    field, first, second = names
    with pytest.raises(
        newsdiff.InputError,
        match=rf"^record 1: '{field}' is given twice, as '{first}' and '{second}', with different values; give it "
        "once$",
    ):
        newsdiff.load([{"text": "The ferry returned to Port Brell on Monday.", **record}])


def test_a_record_giving_a_field_under_two_other_names_with_one_value_is_read() -> None:
    record = {
        "text": "The ferry returned to Port Brell on Monday.",
        "headline": "Ferry returns",
        "Headline": "Ferry returns",
        # One day, written two ways: the date is all that is read of either.
        "published": "2026-03-14T09:30:00Z",
        "pubdate": "Sat, 14 Mar 2026 09:30:00 GMT",
        "publisher": "",
        "site_name": "Quay Post",
    }
    [article] = newsdiff.load([record])
    assert (article.title, article.date, article.outlet) == ("Ferry returns", "2026-03-14", "Quay Post")
    # The field's own name still wins over its other names, whatever they hold; a date of that day agrees with them.
    [own] = newsdiff.load([{**record, "title": "Ferry is back", "date": "2026-03-14"}])
    assert (own.title, own.date) == ("Ferry is back", "2026-03-14")


@pytest.mark.parametrize(
    "record",
    [
        {"publishedAt": "2026-03-14T09:30:00Z", "siteName": "Quay Post"},  # a news API's and a page reader's names
        {"datePublished": "2026-03-14", "publisher": "Quay Post"},  # JSON-LD's
        {"publishDate": "2026-03-14", "sitename": "Quay Post"},  # Hugo's, and an extractor's run together
        {"publishedTime": "2026-03-14T09:30:00+01:00", "site-name": "Quay Post"},
    ],
)
def test_a_record_giving_other_names_in_camel_case_or_run_together_is_read(record: dict[str, str]) -> None:
    # Only snake case was read (published_at, site_name): the date and outlet under these names went nowhere.
    [article] = newsdiff.load([{"text": "The ferry returned to Port Brell on Monday.", **record}])
    assert (article.date, article.outlet) == ("2026-03-14", "Quay Post")
    [text] = newsdiff.load(["".join(f"{key}: {value}\n" for key, value in record.items()) + "\nThe ferry returned.\n"])
    assert (text.date, text.outlet) == ("2026-03-14", "Quay Post")


def test_two_spellings_of_a_record_date_that_give_one_day_are_read() -> None:
    # "Date" and "date" of one day, one with its time, lose nothing: the date is all that is read.
    record = {"text": "The ferry returned to Brell on Monday.", "Date": "2026-03-14T09:30:00Z", "date": "2026-03-14"}
    assert newsdiff.load([record])[0].date == "2026-03-14"
    with pytest.raises(newsdiff.InputError, match=r"'date' is given twice, as 'Date' and 'date', with different"):
        newsdiff.load([{**record, "date": "2026-03-15"}])


@pytest.mark.parametrize(
    ("head", "line", "names"),
    [
        ("published: 2026-03-14\npubdate: 2026-03-15\n", 2, ("date", "published", "pubdate")),
        ("---\nlayout: story\nlink: https://quay.example/a\npermalink: https://quay.example/b\n---\n", 4,
         ("url", "link", "permalink")),
        ("+++\npublisher = 'Quay Post'\nsite_name = 'Tarn Times'\n+++\n", 3, ("outlet", "publisher", "site_name")),
    ],
)  # fmt: skip
def test_front_matter_giving_a_field_under_two_other_names_with_different_values_is_refused(
    head: str, line: int, names: tuple[str, str, str]
) -> None:
    field, first, second = names
    with pytest.raises(
        newsdiff.InputError,
        match=rf"^article 1, line {line}: '{field}' is given twice in the front matter, as '{first}' and '{second}', "
        "with different values; give it once$",
    ):
        newsdiff.load([f"{head}\nThe ferry returned to Port Brell on Monday.\n"])


def test_front_matter_giving_a_field_under_two_other_names_with_one_value_or_its_own_name_is_read() -> None:
    prose = "\nThe ferry returned to Port Brell on Monday.\n"
    same = "published: 2026-03-14\npubdate: March 14, 2026\npublisher: Quay Post\nsite_name: Quay Post\n"
    [article] = newsdiff.load([same + prose])
    assert (article.date, article.outlet) == ("2026-03-14", "Quay Post")
    # The field's own name wins over its other names, as in a record; a record's field wins over all of them.
    own = "headline: Ferry returns\ntitle: Ferry back at last\n"
    assert newsdiff.load([own + prose])[0].title == "Ferry back at last"
    given = newsdiff.load([{"text": "published: 2026-03-14\npubdate: 2026-03-15\n" + prose, "date": "2026-03-17"}])
    assert given[0].date == "2026-03-17"


@pytest.mark.parametrize("name", ["quay.json", "quay.jsonl"])
def test_a_record_with_a_number_too_long_for_python_to_read_is_refused_naming_it(tmp_path: Path, name: str) -> None:
    # Python refuses to read an integer of more than 4,300 digits: its ValueError came out of load() as it was, not
    # as an InputError naming the file (the command line showed a traceback).
    views = "1" + "0" * 5000
    where = r"quay\.json: " if name == "quay.json" else r"quay\.jsonl, line 1: "
    _refused_on_load(
        tmp_path / name,
        f'{{"text": "The ferry returned to Port Brell on Monday.", "views": {views}}}\n',
        rf"{where}invalid JSON \(a number of thousands of digits, too long for Python to read\); give it as a "
        r"string, or leave the field out$",
    )


_QUAY = '{"id": "quay", "text": "The ferry returned to Port Brell on Monday."}'


@pytest.mark.parametrize(
    ("content", "message"),
    [
        # A file cut short (a copy or a download that stopped), with or without a line end after the cut.
        (
            f'{_QUAY}\n{{"id": "tarn", "text": "The ferry',
            r"quay\.jsonl, line 2: invalid JSON \(Unterminated string starting at column 24\); the file ends inside "
            r"this record, as a file cut short does: complete the record, or remove the line to load the others$",
        ),
        (f'{_QUAY}\n{{"id": "tarn", "text": "The ferry."\n\n', r"line 2: invalid JSON \(Expecting ',' delimiter at "
         r"column 36\); the file ends inside this record"),
        # A write that stopped inside a record, then went on with the next.
        (f'{{"id": "tarn", "text": "The fe\n{_QUAY}\n', r"line 1: invalid JSON \(.*\); the record stops at the end of "
         r"its line, as one cut short does: complete the record, or remove the line to load the others$"),
        # A line end written into a value as it is, which JSONL writes as \n.
        (
            f'{_QUAY}\n{{"id": "tarn", "text": "The ferry left.\nIt came back.\n\nIt rained."}}\n{_QUAY}\n',
            r"line 2: invalid JSON \(.*\); the record goes on over lines 2 to 5, with line ends inside a value: "
            r"JSONL writes a line end in a value as \\n \(json\.dumps does\), so that each record is one line$",
        ),
    ],
)  # fmt: skip
def test_a_jsonl_record_cut_at_the_end_of_its_line_is_named_with_what_to_do(
    tmp_path: Path, content: str, message: str
) -> None:
    # Each was only the parser's words about line 1 of the line ("Unterminated string starting at at line 1, column
    # 23"), which did not say that the record was cut short, nor that a JSONL record is one line.
    _refused_on_load(tmp_path / "quay.jsonl", content, message)


def test_a_json_error_names_where_it_starts_once(tmp_path: Path) -> None:
    # "Unterminated string starting at at line 1, column 9": the parser's message ends in "at" already.
    _refused_on_load(
        tmp_path / "quay.json",
        '{"text": "The ferry',
        r"quay\.json: invalid JSON \(Unterminated string starting at line 1, column 10\); the file ends inside",
    )


def test_a_utf8_file_cut_inside_its_last_character_is_not_told_to_be_converted(tmp_path: Path) -> None:
    # It was told to be converted from Latin-1, which would have garbled every character outside ASCII in it.
    data = "The caf\u00e9 on the quay reopened, said the owners\u2019".encode()[:-1]
    for name, content in (("quay.txt", data), ("quay.jsonl", b'{"text": "The ferry returned."}\n' + data)):
        path = tmp_path / name
        path.write_bytes(content)
        with pytest.raises(
            newsdiff.InputError,
            match=rf"quay\.{name[5:]}: is not valid UTF-8 \(byte {len(content) - 2}, line \d\): it ends inside a "
            r"character, as a file cut short does; get the whole file, or remove that character's bytes from its end$",
        ):
            newsdiff.load([path])


@pytest.mark.parametrize("name", ["quay.txt", "quay.jsonl"])
def test_a_file_that_mixes_utf8_with_another_encoding_is_not_told_to_be_converted_whole(
    tmp_path: Path, name: str
) -> None:
    # Two files joined, one in UTF-8 and one in Windows-1252: converted whole from Windows-1252 as the message said,
    # the UTF-8 part's "café" became "cafÃ©" without an error.
    lines = ["The caf\u00e9 reopened on the quay.", "The caf\u00e9 shut \u201cfor good\u201d."]
    if name == "quay.jsonl":
        lines = [json.dumps({"text": line}, ensure_ascii=False) for line in lines]
    lines = [f"{line}\n" for line in lines]
    path = tmp_path / name
    path.write_bytes(lines[0].encode() + lines[1].encode("cp1252"))
    with pytest.raises(
        newsdiff.InputError,
        match=r"is not valid UTF-8 \(byte \d+, line 2\), though the text before it is UTF-8, with characters outside "
        r"ASCII: the file mixes encodings, and converting it whole would garble that text; convert only the lines "
        r"that are not UTF-8 \(perhaps from CP1252\)$",
    ):
        newsdiff.load([path])


@pytest.mark.parametrize(
    "head",
    ["date 5 November 2026\n", "Date: 5 November 2026\n", "Ferry returns to Brell\ndate Thu, Nov. 5, 2026\n\n"],
)
def test_a_date_line_with_the_month_in_words_is_read_as_the_date(head: str) -> None:
    # "date 5 November 2026" was taken for the headline, and the article had no date, while front matter's
    # "date: 5 November 2026" and a record's date are read so.
    [article] = newsdiff.load([f"{head}The ferry returned to Port Brell on Monday. It was full.\n"])
    assert article.date == "2026-11-05"
    assert article.title in (None, "Ferry returns to Brell")
    date_line = next(line for line in head.splitlines() if line.lower().startswith("date"))
    assert date_line in [r.text for r in clean(article.text).removals if r.reason == "metadata"]


@pytest.mark.parametrize(
    "head",
    [
        "Ferry returns to Brell\n5 November 2026\n\n",
        "Ferry returns to Brell\n\nNovember 5, 2026 10:14\n",
        "Thursday, 5 November 2026 at 10:14 GMT\nFerry returns to Brell\n",
        "Ferry returns to Brell\n2026-11-05\n",
    ],
)
def test_a_date_alone_on_its_line_at_the_top_is_read_as_the_date(head: str) -> None:
    # A page sets the date on a line of its own under the headline: it was removed as a timestamp, and the article
    # had no date.
    [article] = newsdiff.load([f"{head}The ferry returned to Port Brell on Monday. It was full.\n"])
    assert (article.title, article.date) == ("Ferry returns to Brell", "2026-11-05")
    date_line = next(line for line in head.splitlines() if "2026" in line)
    assert date_line in [r.text for r in clean(article.text).removals if r.reason == "timestamp"]


def test_a_date_alone_on_its_line_under_a_byline_under_the_headline_is_read_as_the_date() -> None:
    text = "Ferry returns to Brell\nBy Ona Vask\n5 November 2026\n\nThe ferry returned on Monday. It was full.\n"
    [article] = newsdiff.load([text])
    assert (article.title, article.date) == ("Ferry returns to Brell", "2026-11-05")
    removed = [(r.reason, r.text) for r in clean(article.text).removals]
    assert ("byline", "By Ona Vask") in removed and ("timestamp", "5 November 2026") in removed


@pytest.mark.parametrize(
    "label",
    [
        *("Published", "Published on", "Updated", "Updated:", "Posted", "Posted on", "Last updated", "Last Updated:"),
        *("Veröffentlicht", "Veröffentlicht am", "Publié le", "Publicado", "Publicado el"),
    ],
)
@pytest.mark.parametrize("day", ["5 November 2026", "Thursday, November 5, 2026", "2026-11-05"])
def test_a_date_under_a_page_s_label_is_read_as_the_date(label: str, day: str) -> None:
    # A label was read only when it fitted the weekday's place of a date in words ("Published 5 November 2026"):
    # "Last updated", "Publié le" or a label before an ISO date left the article without its date.
    text = f"Ferry returns to Brell\n{label} {day}\n\nThe ferry returned on Monday. It was full.\n"
    [article] = newsdiff.load([text])
    assert (article.title, article.date) == ("Ferry returns to Brell", "2026-11-05")
    assert newsdiff.Article(text="The ferry returned.", date=f"{label} {day}").date == "2026-11-05"


@pytest.mark.parametrize(
    "day",
    [
        *("5 novembre 2026", "jeudi 5 novembre 2026 à 10h30", "Publié le 5 nov. 2026", "Mis à jour le 5 novembre 2026"),
        *("5. November 2026", "Donnerstag, 5. November 2026, 10:30 Uhr", "Veröffentlicht am 5. Nov. 2026"),
        *("5 de noviembre de 2026", "jueves, 5 de noviembre de 2026", "Publicado el 5 de noviembre de 2026"),
        *("5 novembre 2026", "giovedì 5 novembre 2026 alle 10:30", "Pubblicato il 5 novembre 2026"),
        *("5 de novembro de 2026", "quinta-feira, 5 de novembro de 2026"),
        *("5 november 2026", "donderdag 5 november 2026"),
    ],
)
def test_a_date_with_its_month_in_another_language_is_read_as_the_date(day: str) -> None:
    # The labels of French, German and Spanish pages were looked past, but the month after them was not read: the date
    # line under the headline stayed in the first sentence, and the same date given as a record's field was refused.
    text = f"Ferry returns to Brell\n{day}\n\nThe ferry returned on Monday. It was full.\n"
    [article] = newsdiff.load([text])
    assert (article.title, article.date) == ("Ferry returns to Brell", "2026-11-05")
    assert ("timestamp", day) in [(r.reason, r.text) for r in clean(article.text).removals]
    assert newsdiff.Article(text="The ferry returned.", date=day).date == "2026-11-05"


@pytest.mark.parametrize(
    ("day", "read"),
    [
        *(("3 mars 2026", "2026-03-03"), ("1er mars 2026", "2026-03-01"), ("3 févr. 2026", "2026-02-03")),
        *(("3. März 2026", "2026-03-03"), ("3 Maerz 2026", "2026-03-03"), ("3. Okt. 2026", "2026-10-03")),
        *(("3 de marzo de 2026", "2026-03-03"), ("1º de março de 2026", "2026-03-01"), ("3 dic. 2026", "2026-12-03")),
        *(("3 marzo 2026", "2026-03-03"), ("3 maggio 2026", "2026-05-03"), ("3 maart 2026", "2026-03-03")),
        *(("3 août 2026", "2026-08-03"), ("3 aout 2026", "2026-08-03"), ("03-mars-2026", "2026-03-03")),
    ],
)
def test_a_month_in_another_language_gives_its_month(day: str, read: str) -> None:
    assert article_module.given_date(day) == read


@pytest.mark.parametrize("day", ["marzo 3, 2026", "Mayo 14, 2026", "31 février 2026", "3 mars 2026 était calme"])
def test_a_month_in_another_language_is_read_only_after_its_day_and_before_the_year(day: str) -> None:
    # These languages write the day first: a month before its day is a misspelt English one, and not read.
    assert article_module.given_date(day) is None


def test_a_byline_with_a_month_in_another_language_lower_in_the_article_stays_where_it_is() -> None:
    text = (
        "Ferry returns to Brell\n\nThe ferry returned on Monday. It was full.\n\n"
        "Par Ona Vask, 3 mars 2026\n\n3 mars 2026\n\nThe crew said the crossing was calm.\n"
    )
    [article] = newsdiff.load([text])
    assert (article.title, article.date) == ("Ferry returns to Brell", None)
    assert [s.start for s in read_metadata(text).spans] == [0]


@pytest.mark.parametrize("day", ["2026/11/05", "2026.11.05", "2026.11.5", "2026-11-5", "2026/11/05 10:30"])
def test_a_date_in_digits_with_its_year_first_alone_under_the_headline_is_read_as_the_date(day: str) -> None:
    # 05/11/2026 under the headline was removed as the page's timestamp, but 2026/11/05, which can be only one day,
    # was kept as the first sentence and the article had no date.
    text = f"Ferry returns to Brell\n{day}\n\nThe ferry returned on Monday. It was full.\n"
    [article] = newsdiff.load([text])
    assert (article.title, article.date) == ("Ferry returns to Brell", "2026-11-05")
    assert ("timestamp", day) in [(r.reason, r.text) for r in clean(article.text).removals]


@pytest.mark.parametrize("line", ["20261105", "2026/11/31", "2026/11/05 was calm"])
def test_digits_alone_under_the_headline_that_are_no_day_with_marks_stay_text(line: str) -> None:
    text = f"Ferry returns to Brell\n{line}\n\nThe ferry returned on Monday. It was full.\n"
    [article] = newsdiff.load([text])
    assert article.date is None
    assert all(line not in r.text for r in clean(article.text).removals)


@pytest.mark.parametrize("word", ["Hello", "Brell,", "Ferry"])
def test_a_word_before_a_date_that_is_no_weekday_or_label_is_no_date(word: str) -> None:
    # Any word of three to nine letters stood for the weekday: "Brell, 5 November 2026" was a date, and a record's
    # "Hello 5 November 2026" was read as one rather than refused.
    assert article_module.given_date(f"{word} 5 November 2026") is None
    with pytest.raises(newsdiff.InputError, match="date"):
        newsdiff.Article(text="The ferry returned.", date=f"{word} 5 November 2026")


@pytest.mark.parametrize(
    "byline",
    [
        "By Ona Vask, 5 November 2026",
        "By Ona Vask | Thursday 5 November 2026 10:14 GMT",
        "By Ona Vask and Jo Marr, Staff Writers, November 5, 2026",
        "BY ONA VASK — 5 November 2026",
    ],
)
@pytest.mark.parametrize("headline", ["Ferry returns to Brell\n", ""])
def test_a_byline_with_the_date_after_it_gives_the_date_and_stays_out_of_the_text(byline: str, headline: str) -> None:
    # The byline rule reads no day before its month: the line stayed in the text as its first sentence, the article
    # had no date, and at the top the byline was the headline.
    text = f"{headline}{byline}\n\nThe ferry returned on Monday. It was full.\n"
    [article] = newsdiff.load([text])
    assert (article.title, article.date) == ((headline.strip() or None), "2026-11-05")
    assert ("byline", byline) in [(r.reason, r.text) for r in clean(article.text).removals]
    kept = newsdiff.compare([article, "The ferry returned on Monday."]).articles[0].sentences
    assert [sentence.text for sentence in kept] == ["The ferry returned on Monday.", "It was full."]


@pytest.mark.parametrize("line", ["by the harbour, 5 November 2026", "By 5 November 2026, the ferry will sail"])
def test_a_line_opening_with_by_that_is_no_byline_with_a_date_stays_text(line: str) -> None:
    text = f"Ferry returns to Brell\n{line}\n\nThe ferry returned on Monday. It was full.\n"
    [article] = newsdiff.load([text])
    assert article.date is None
    kept = newsdiff.compare([article, "The ferry returned on Monday."]).articles[0].sentences
    assert line in [sentence.text for sentence in kept]


@pytest.mark.parametrize(
    "line",
    ["5 November 2026 will be remembered in Brell", "Thursday, November 5, 2026 was the worst day for the crew"],
)
def test_a_short_line_opening_with_a_date_in_words_is_prose_not_the_date(line: str) -> None:
    # Anything after the year was taken for its time: the line was read as the date and removed as a timestamp,
    # and its words were lost to the comparison without a word.
    text = f"Ferry sinks off Brell\n{line}\n\nThe crew went home.\n"
    [article] = newsdiff.load([text])
    assert article.date is None
    kept = newsdiff.compare([article, "The crew went home."]).articles[0].sentences
    assert [sentence.text for sentence in kept] == [line, "The crew went home."]
    with pytest.raises(newsdiff.InputError, match="is not a date newsdiff reads"):
        newsdiff.Article(text="The crew went home.", date=line)


@pytest.mark.parametrize(
    "given",
    [
        "5 November 2026 at 9 a.m.",
        "5 November 2026 | 10.30",
        "Nov 5, 2026 / 9:42 AM / Updated 2 hours ago",
        "Nov. 5, 2026 Updated 10:02 a.m. ET",
        "5 November 2026 - 10h14",
    ],
)
def test_a_date_in_words_with_a_time_or_an_update_after_it_is_read(given: str) -> None:
    assert newsdiff.Article(text="The crew went home.", date=given).date == "2026-11-05"


def test_a_date_alone_on_its_line_that_disagrees_with_one_given_is_no_date() -> None:
    # An updated time under the published date: the date given by its name stays, and loading goes on.
    [article] = newsdiff.load(["Published: 5 November 2026\n6 November 2026\n\nThe ferry returned on Monday.\n"])
    assert article.date == "2026-11-05"


def test_a_line_that_opens_with_the_word_date_and_no_date_is_no_date_line() -> None:
    [article] = newsdiff.load(["Date night at the pier\nThe ferry returned to Port Brell on Monday. It was full.\n"])
    assert (article.title, article.date) == ("Date night at the pier", None)


def test_a_date_line_in_words_that_disagrees_with_the_front_matter_s_date_is_refused() -> None:
    with pytest.raises(newsdiff.InputError, match=r"lines 1 and 2: two dates that disagree, 2026-11-05 and 6 November"):
        newsdiff.load(["date: 2026-11-05\ndate 6 November 2026\n\nThe ferry returned to Port Brell on Monday.\n"])


@pytest.mark.parametrize(
    ("name", "start", "kind", "tool"),
    [
        ("quay.txt.gz", b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03", "gzip", "zcat"),
        ("quay.jsonl.gz", b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03", "gzip", "zcat"),
        ("quay.txt.bz2", b"BZh91AY&SY\x00\x00", "bzip2", "bzcat"),
        ("quay.jsonl.xz", b"\xfd7zXZ\x00\x00\x04", "xz", "xzcat"),
        ("quay.txt.zst", b"\x28\xb5\x2f\xfd\x00\x48", "zstd", "zstdcat"),
    ],
)
def test_a_compressed_file_is_told_to_be_decompressed(
    tmp_path: Path, name: str, start: bytes, kind: str, tool: str
) -> None:
    # It was called "a binary file" or "not valid UTF-8", which says nothing of what to do, while noise rules and
    # batches name a compressed file with the command that writes it out.
    plain = name.rsplit(".", 1)[0]
    path = tmp_path / name
    path.write_bytes(start + bytes(range(256)))
    with pytest.raises(
        newsdiff.InputError,
        match=rf"{re.escape(name)}: is {kind}-compressed; write it out uncompressed first "
        rf"\({tool} {re.escape(name)} > {re.escape(plain)}\), and load that$",
    ):
        newsdiff.load([path])


def test_a_loop_of_symbolic_links_is_named_as_one(tmp_path: Path) -> None:
    # It was "cannot be read (Too many levels of symbolic links)", the system's words, which say nothing of what to do.
    os.symlink(tmp_path / "tarn.txt", tmp_path / "quay.txt")
    os.symlink(tmp_path / "quay.txt", tmp_path / "tarn.txt")
    for path in (tmp_path / "quay.txt", str(tmp_path / "tarn.txt")):
        with pytest.raises(
            newsdiff.InputError,
            match=r"(quay|tarn)\.txt: cannot be read: a symbolic link on its path leads back to itself, a loop of "
            r"links; point the link at the article's file$",
        ):
            newsdiff.load([path])


@pytest.mark.skipif(os.sep == "\\", reason="a backslash separates a path's parts on Windows")
@pytest.mark.parametrize("given", ["C:\\news\\quay.txt", "C:\\news", "news\\quay"])
def test_a_windows_path_on_another_system_is_no_such_file_with_how_to_write_it(given: str) -> None:
    # "C:\news" and "news\quay" were loaded as one-word articles and compared, and "C:\news\quay.txt" was only
    # "no such file": a backslash does not separate a path's parts here.
    with pytest.raises(
        newsdiff.InputError,
        match=rf"^{re.escape(given)}: no such file; a backslash separates a path's parts on Windows, not on this "
        r"system: write the path with '/'",
    ):
        newsdiff.load([given])


@pytest.mark.parametrize(
    "content",
    [
        '[\n  {"text": "The ferry returned to Port Brell on Monday."},\n  {"text": "The ferry',
        '[\n  {"text": "The ferry returned to Port Brell on Monday."},\n',
        '{"articles": [{"text": "The ferry returned to Port Brell on Monday."}\n\n',
    ],
)
def test_a_json_file_cut_short_is_named_as_one(tmp_path: Path, content: str) -> None:
    # It was only the parser's words ("Expecting value at line 3, column 1"), which did not say that the file stops
    # inside its JSON.
    _refused_on_load(
        tmp_path / "quay.json",
        content,
        r"quay\.json: invalid JSON \(.*\); the file ends inside its JSON, as a file cut short does: get the whole "
        r"file, or complete it$",
    )


def test_a_json_file_with_a_string_left_open_before_its_end_is_not_called_cut_short(tmp_path: Path) -> None:
    content = '[\n  {"text": "The ferry returned to Port Brell on Monday.},\n  {"text": "It was full."}\n]\n'
    _refused_on_load(tmp_path / "quay.json", content, r"quay\.json: invalid JSON \([^)]*\)$")


_UNREAD_PUBLISHED = "field 'published' (read as the date), 'next week',"


@pytest.mark.parametrize(
    ("head", "line", "given"),
    [
        ("---\npublished: next week\npubdate: 2026-11-05\n---\n", 2, _UNREAD_PUBLISHED),
        ("pubdate: 2026-11-05\npublished: next week\n", 2, _UNREAD_PUBLISHED),
        ("date: 2026-11-05\npublished: next week\n", 2, _UNREAD_PUBLISHED),
        ("published: 2026-11-05\ndate: 2026-13-45\n", 2, "date '2026-13-45'"),
    ],
)  # fmt: skip
def test_a_front_matter_date_that_is_no_date_is_refused_beside_one_that_is(head: str, line: int, given: str) -> None:
    # The readable date was kept and the other dropped without a word.
    with pytest.raises(newsdiff.InputError, match=rf"^article 1, line {line}: {re.escape(given)} is not a date"):
        newsdiff.load([f"{head}\nThe ferry returned to Port Brell on Monday.\n"])


@pytest.mark.parametrize(
    ("head", "line", "keys"),
    [
        ("date: 2026-11-05\npublished: 2026-11-06\n", 2, ("date", "published")),
        ("---\npubdate: Nov 6, 2026\ndate: 2026-11-05\n---\n", 3, ("pubdate", "date")),
    ],
)
def test_front_matter_dates_of_two_days_under_the_date_s_own_name_and_another_are_refused(
    head: str, line: int, keys: tuple[str, str]
) -> None:
    # The date's own name won and the other day was dropped without a word, while two date lines that disagree, or
    # two other names, were refused.
    with pytest.raises(
        newsdiff.InputError,
        match=rf"^article 1, line {line}: 'date' is given twice in the front matter, as '{keys[0]}' and '{keys[1]}', "
        "with different values; give it once$",
    ):
        newsdiff.load([f"{head}\nThe ferry returned to Port Brell on Monday.\n"])


def test_front_matter_dates_of_one_day_under_two_names_are_read() -> None:
    [article] = newsdiff.load(["date: 2026-11-05\npublished: Thu, 5 Nov 2026 10:00:00 GMT\n\nThe ferry returned.\n"])
    assert article.date == "2026-11-05"


@pytest.mark.parametrize(
    ("other", "message"),
    [
        ("next week", r"field 'published' \(read as the date\), 'next week', is not a date newsdiff reads"),
        ("2026-11-06", r"'date' is given twice, as 'Date' and 'published', with different values; give it once$"),
    ],
)
def test_a_record_s_other_date_beside_its_own_is_refused_when_no_date_or_another_day(other: str, message: str) -> None:
    # The record's "Date" won and "published" was not even looked at: an unreadable or different day was lost.
    record = {"text": "The ferry returned to Port Brell on Monday.", "Date": "2026-11-05", "published": other}
    with pytest.raises(newsdiff.InputError, match=rf"^record 1: {message}"):
        newsdiff.load([record])
    [article] = newsdiff.load([{**record, "published": "2026-11-05T08:00:00Z"}])
    assert article.date == "2026-11-05"


def test_a_bad_jsonl_line_after_records_is_named_without_reading_the_file_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A bad line near the end of a big file had the whole file read again, held whole and parsed as JSON, to ask
    # whether it was one JSON value spread over lines: which a file whose first lines are records is not.
    path = tmp_path / "feed.jsonl"
    records = [json.dumps({"id": f"q{n}", "text": "The ferry returned to Port Brell on Monday."}) for n in range(3)]
    path.write_text("\n".join([*records, '{"id": "q3", "text": "The ferry came back." oops}', ""]), "utf-8")
    opened: list[str] = []
    real_open, real_read_bytes = Path.open, Path.read_bytes

    def spy_open(self: Path, *args: Any, **kwargs: Any) -> Any:
        opened.append(f"open {self.name}")
        return real_open(self, *args, **kwargs)

    def spy_read_bytes(self: Path) -> bytes:
        opened.append(f"read_bytes {self.name}")
        return real_read_bytes(self)

    monkeypatch.setattr(Path, "open", spy_open)
    monkeypatch.setattr(Path, "read_bytes", spy_read_bytes)
    with pytest.raises(newsdiff.InputError, match=r"^.*feed\.jsonl, line 4: invalid JSON \(Expecting ',' delimiter"):
        newsdiff.load([path])
    assert opened == ["open feed.jsonl"]


@pytest.mark.parametrize("date", ["next week", "2026-13-45", "05/11/2026"])
def test_an_article_made_by_hand_refuses_a_date_that_is_no_date(date: str) -> None:
    # Article(date="next week") was made, and its date would have reached a comparison's JSON, which promises
    # YYYY-MM-DD, had loading not checked it again.
    with pytest.raises(newsdiff.InputError, match=rf"^article quay: date {re.escape(repr(date))} is not a date"):
        newsdiff.Article("The ferry returned to Port Brell.", id="quay", date=date)


@pytest.mark.parametrize(
    "date", ["2026-11-05", "2026-11-05T09:30:00Z", "November 5, 2026", "Thu, 5 Nov 2026 09:30 GMT"]
)
def test_an_article_made_by_hand_holds_its_date_as_yyyy_mm_dd(date: str) -> None:
    article = newsdiff.Article("The ferry returned to Port Brell.", date=date)
    assert article.date == "2026-11-05"
    assert article == newsdiff.Article("The ferry returned to Port Brell.", date="2026-11-05")


@pytest.mark.parametrize(
    "headline",
    [
        "Pr. Lemaire quitte l'hôpital de Brell",
        "Visite du Pr. Lemaire au port",
        "Dr. med. Anna Vogt leitet die Klinik",
        "Gespräch mit Dr. med. dent. Jonas Pell",
    ],
)
def test_a_headline_with_a_title_the_sentence_splitter_knows_by_rule_is_the_headline(headline: str) -> None:
    # French "Pr." (in title case) and a German doctor's faculty ("Dr. med.") were taken for a sentence's end inside
    # the line, so the headline was read as the first sentence's words, where the sentence splitter reads no end.
    text = f"{headline}\n\nLe port a rouvert lundi. Die Fähre kam zurück.\n"
    assert read_metadata(text).fields["title"] == headline


@pytest.mark.parametrize(
    "line", ["PR. Lemaire quitte l'hôpital de Brell", "Sie studierte med. Anna Vogt half ihr dabei"]
)
def test_a_line_with_a_period_the_splitter_ends_a_sentence_at_is_no_headline(line: str) -> None:
    # In capitals "PR." is an acronym's end, and "med." after no "Dr." a word's: a sentence ends there.
    assert "title" not in read_metadata(f"{line}\n\nLe port a rouvert lundi.\n").fields


@pytest.mark.parametrize(
    "text",
    [
        "---\n\ufefftitle: Ferry back\noutlet: Quay Post\n---\n",
        "---\ntitle: Ferry back\n\ufeffoutlet: Quay Post\n\ufeff---\n",
        "\ufefftitle: Ferry back\n\ufeffoutlet: Quay Post\n\n",
        "+++\n\ufefftitle = 'Ferry back'\noutlet = 'Quay Post'\n+++\n",
    ],
)
def test_front_matter_with_a_byte_order_mark_inside_it_is_read(text: str) -> None:
    # A file joined to another with `cat` keeps its byte-order mark at the start of its first line: the key after it
    # was not read, and a fenced block came apart (its title was "\ufefftitle: Ferry back", the outlet lost).
    [article] = newsdiff.load([f"{text}The ferry returned to Port Brell on Monday. It rained.\n"])
    assert (article.title, article.outlet) == ("Ferry back", "Quay Post")


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("quay.txt", "Ferry returns\n\nThe ferry returned on Monday.\n"),
        ("quay.json", '{"title": "Ferry returns", "text": "The ferry returned on Monday."}'),
        ("quay.jsonl", '{"title": "Ferry returns", "text": "The ferry returned on Monday."}\n'),
    ],
)
def test_a_file_that_opens_with_two_byte_order_marks_is_read_without_them(
    tmp_path: Path, name: str, content: str
) -> None:
    # A tool that adds a byte-order mark to a text that had one writes two: a JSON or JSONL file was refused with
    # Python's "Unexpected UTF-8 BOM (decode using utf-8-sig)", and a text file's article began with the second.
    path = tmp_path / name
    path.write_bytes(b"\xef\xbb\xbf" * 2 + content.encode("utf-8"))
    [article] = newsdiff.load([path])
    assert article.title == "Ferry returns"
    assert article.text.startswith(("Ferry returns\n", "The ferry")) and "\ufeff" not in article.text


def test_a_headline_after_a_byte_order_mark_inside_the_text_is_titled_without_it() -> None:
    # The title was "\ufeffFerry returns to Brell", which no reader sees and no comparison of titles matches.
    [article] = newsdiff.load(["date 2026-11-05\n\ufeffFerry returns to Brell\n\nThe ferry returned on Monday.\n"])
    assert article.title == "Ferry returns to Brell"


def test_two_ids_that_differ_only_in_how_their_accents_are_encoded_are_told_apart() -> None:
    # "café" composed and decomposed were two ids that every message and report showed as one.
    composed, decomposed = "caf\u00e9", "cafe\u0301"
    records = [{"id": composed, "text": "The ferry came back."}, {"id": decomposed, "text": "The ferry left."}]
    assert [a.id for a in newsdiff.load(records)] == [composed, f"{decomposed}-2"]


def test_an_invisible_character_at_an_end_of_a_field_is_no_part_of_it() -> None:
    # "quay" and "quay\u200b" (a zero-width space a page's copy kept) were two ids that every message showed as one.
    records = [
        {"id": "quay", "text": "The ferry came back."},
        {"id": "\u2060quay\u200b", "outlet": "Quay Post\ufeff", "title": "\u200dFerry returns", "text": "It left."},
    ]
    first, second = newsdiff.load(records)
    assert (first.id, second.id) == ("quay", "quay-2")
    assert (second.outlet, second.title) == ("Quay Post", "Ferry returns")


def test_two_ids_that_differ_only_in_an_invisible_character_inside_are_told_apart() -> None:
    records = [{"id": "quay-01", "text": "The ferry came back."}, {"id": "quay\u200b-01", "text": "The ferry left."}]
    assert [a.id for a in newsdiff.load(records)] == ["quay-01", "quay\u200b-01-2"]


def test_a_flag_s_tags_and_a_direction_isolate_at_an_end_of_a_field_are_kept() -> None:
    scotland = "\U0001f3f4\U000e0067\U000e0062\U000e0073\U000e0063\U000e0074\U000e007f"
    assert newsdiff.Article("The ferry came back.", id=f"quay {scotland}").id == f"quay {scotland}"
    isolated = "\u2067\u05d4\u05de\u05e2\u05d1\u05d5\u05e8\u05ea\u2069"  # a name in Hebrew, set apart to read right
    assert newsdiff.Article("The ferry came back.", outlet=isolated).outlet == isolated


def test_a_file_name_written_decomposed_gives_a_composed_id(tmp_path: Path) -> None:
    # macOS writes "é" in a file's name as "e" and a combining accent: the id did not match the one a user types.
    path = tmp_path / "cafe\u0301.txt"
    path.write_text("The ferry returned to the quay.", encoding="utf-8")
    assert newsdiff.load([path])[0].id == "caf\u00e9"


STORY = "The ferry returned to Port Brell on Monday after the strike.\n"


@pytest.mark.parametrize(
    ("url", "told"),
    [
        ("see print edition", "it is not a web address; give the article's whole address"),
        ("javascript:alert(1)", "it uses the javascript: scheme, and only http and https addresses are linked"),
        ("ftp://files.example/ferry", "it uses the ftp: scheme"),
        ("//quay.example/ferry", "it has no scheme; give it as 'https://quay.example/ferry'"),
        ("quay.example/ferry", "it has no scheme; give it as 'https://quay.example/ferry'"),
        ("/2026/11/ferry-returns/", "it is a path on a site, not a whole address"),
        ("https://", "it has no host"),
        # An address made a path (pathlib joins "//" as "/") was said to have no host, which it has.
        (
            "https:/quay.example/ferry",
            "it has one slash after 'https:', not two; give it as 'https://quay.example/ferry'",
        ),
        ("http:quay.example/ferry", "it has no slash after 'http:', not two; give it as 'http://quay.example/ferry'"),
        # Markdown's autolink, and a quoted address: "not a web address; give the whole address" sent its writer astray.
        ("<https://quay.example/ferry>", "it is in angle brackets; give it as 'https://quay.example/ferry'"),
        ('"https://quay.example/ferry"', "it is in quotes; give it as 'https://quay.example/ferry'"),
    ],
)
def test_a_url_the_report_will_not_link_is_kept_and_said(url: str, told: str) -> None:
    # The report links only a whole http(s) address and showed nothing in its place: the url vanished from the page
    # without a word. It is kept (the report's defences are tested with such urls), and loading says it.
    with pytest.warns(UserWarning) as caught:
        [article] = newsdiff.load([{"id": "quay", "text": STORY, "url": url}])
    assert article.url == url.strip()
    [message] = [str(warning.message) for warning in caught]
    assert message.startswith(f"article 'quay': url {url!r} is kept, but the report will not link it: {told}")


def test_a_front_matter_url_the_report_will_not_link_is_said_with_its_file(tmp_path: Path) -> None:
    path = tmp_path / "quay.md"
    path.write_text(f"title: Ferry returns\npermalink: /news/ferry/\n\n{STORY}", encoding="utf-8")
    with pytest.warns(UserWarning, match=rf"^article 'quay' \({re.escape(str(path))}\): url '/news/ferry/' is kept"):
        [article] = newsdiff.load([path])
    assert article.url == "/news/ferry/"


def test_an_article_made_by_hand_with_a_url_the_report_will_not_link_is_said_once_when_compared() -> None:
    # compare() loads what it is given again: the same article is told of once under Python's default filter.
    import warnings

    articles = [newsdiff.Article(STORY, id="quay", url="mailto:desk@quay.example"), newsdiff.Article(STORY, id="tide")]
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("default")
        newsdiff.compare(newsdiff.load(articles))
    assert [str(w.message).split(" is kept")[0] for w in caught] == ["article 'quay': url 'mailto:desk@quay.example'"]


def test_an_article_loaded_and_then_compared_is_told_of_once_whatever_the_warnings_filter() -> None:
    # compare() loads what load() gave again: under the "always" filter the same url was told of twice.
    import warnings

    articles = [newsdiff.Article(STORY, id="quay", url="mailto:desk@quay.example"), newsdiff.Article(STORY, id="tide")]
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        loaded = newsdiff.load(articles)
        newsdiff.load(loaded)
        newsdiff.compare(loaded)
    assert [str(w.message).split(" is kept")[0] for w in caught] == ["article 'quay': url 'mailto:desk@quay.example'"]


def test_an_article_made_from_a_loaded_one_is_told_of_when_loaded() -> None:
    import dataclasses
    import warnings

    [loaded] = newsdiff.load([{"id": "quay", "text": STORY, "url": "https://quay.example/ferry"}])
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        newsdiff.load([dataclasses.replace(loaded, url="ftp://files.example/ferry")])
    assert [str(w.message).split(" is kept")[0] for w in caught] == ["article 'quay': url 'ftp://files.example/ferry'"]


@pytest.mark.parametrize(
    "url", ["https://quay.example/ferry", "HTTP://quay.example/ferry?day=1#top", "https://quay.example/מאמר/ä b"]
)
def test_a_whole_http_address_loads_without_a_word(url: str) -> None:
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("error")
        [article] = newsdiff.load([{"text": STORY, "url": url}])
    assert article.url == url


@pytest.mark.parametrize(
    "headline",
    [
        "Hr. Krause besucht den Hafen",
        "Besuch von Hrn. Krause am Hafen",
        "Ill. Gov. Pell visits the port",
        "Mass. Gov. Pell signs the ferry bill",
        "They attended Mass. Pell spoke after",
    ],
)
def test_a_headline_with_an_abbreviation_the_splitter_knows_only_in_its_case_is_the_headline(headline: str) -> None:
    # German "Hr." and "Hrn." (titles only in title case) and "Ill." or "Mass." (abbreviations only capitalised) were
    # taken for a sentence's end inside the line, where the sentence splitter reads none: the headline was left as the
    # first sentence's words and the article went untitled.
    text = f"{headline}\n\nDer Hafen war am Freitag voll. The ferry returned.\n"
    assert read_metadata(text).fields["title"] == headline
    assert len(segment(clean(f"{headline}."))) == 1, "the splitter reads one sentence too"


@pytest.mark.parametrize(
    "line", ["Pilgrims attend Mass. The bishop speaks", "Ferry stops at Mt. The summit stays shut"]
)
def test_a_line_whose_abbreviation_precedes_a_sentence_opener_is_no_headline(line: str) -> None:
    # After an abbreviation that is no title, a word that often opens a sentence starts one, for the splitter too.
    assert "title" not in read_metadata(f"{line}\n\nThe ferry returned on Monday.\n").fields
    assert len(segment(clean(f"{line}."))) == 2, "the splitter reads two sentences too"


@pytest.mark.parametrize("top", ["🚢", "🚢 ⚓", "2026", "12", "— 2 —", "***  🔴"])
def test_the_headline_is_found_under_a_line_without_a_letter(top: str) -> None:
    # An emoji, a year or a page's number above the headline is no headline, and was no noise either: the headline
    # was looked for on that line alone, so the real one was left as the first sentence and the article untitled.
    text = f"{top}\nFerry returns to Brell\n\nThe ferry returned on Monday. It was late.\n"
    meta = read_metadata(text)
    assert meta.fields["title"] == "Ferry returns to Brell"
    assert [(text[span.start : span.end], span.reason) for span in meta.spans] == [
        ("Ferry returns to Brell", "headline")
    ]


@pytest.mark.parametrize(
    "count", ["Page 1 of 3", "page 2/3", "(Page 1 of 12)", "Page 3", "Seite 1 von 3", "Página 2 de 4"]
)
def test_a_page_count_at_the_top_is_metadata_and_the_line_under_it_the_headline(count: str) -> None:
    # A story split over pages keeps its "Page 1 of 3" above the headline when copied: that line was taken as the
    # headline, the article titled by its page count and the real headline left as the first sentence.
    text = f"{count}\n\nFerry returns to Brell\nThe ferry returned on Monday. It was late.\n"
    meta = read_metadata(text)
    assert meta.fields["title"] == "Ferry returns to Brell"
    assert [(text[span.start : span.end], span.reason) for span in meta.spans] == [
        (count, "page-count"),
        ("Ferry returns to Brell", "headline"),
    ]


@pytest.mark.parametrize(
    "links",
    ["Next page", "Previous page", "« Previous | Page 2 of 3 | Next »", "Continued from page 1", "Page 1 of 3 Next"],
)
def test_the_links_between_a_story_s_pages_at_the_top_are_metadata_and_the_line_under_them_the_headline(
    links: str,
) -> None:
    text = f"{links}\n\nFerry returns to Brell\nThe ferry returned on Monday. It was late.\n"
    meta = read_metadata(text)
    assert meta.fields["title"] == "Ferry returns to Brell"
    assert [(text[span.start : span.end], span.reason) for span in meta.spans] == [
        (links, "page-count"),
        ("Ferry returns to Brell", "headline"),
    ]


def test_a_page_count_above_prose_titles_nothing_and_is_removed_with_the_metadata() -> None:
    [article] = newsdiff.load(["Page 1 of 3\n\nThe ferry returned to Brell on Monday after a week of repairs.\n"])
    assert article.title is None
    sentences = newsdiff.compare([article, "The ferry came back."]).articles[0].sentences
    assert [sentence.text for sentence in sentences] == [
        "The ferry returned to Brell on Monday after a week of repairs."
    ]


@pytest.mark.parametrize("count", ["Part 1 of 3", "(Part 2/3)", "Page 1 of 3 | Quay Post", "Quay Post · Part 2 of 4"])
def test_a_series_part_or_a_page_count_beside_the_site_s_name_is_metadata_not_the_headline(count: str) -> None:
    # "Part 1 of 3" over a series' story, and a page's title of its count and the site's name, were taken as the
    # headline: the article titled "Page 1 of 3 | Quay Post" and its real headline left as the first sentence.
    text = f"{count}\nFerry returns to Brell\n\nThe ferry returned on Monday. It was late.\n"
    meta = read_metadata(text)
    assert meta.fields["title"] == "Ferry returns to Brell"
    assert [(text[span.start : span.end], span.reason) for span in meta.spans] == [
        (count, "page-count"),
        ("Ferry returns to Brell", "headline"),
    ]
    [article] = newsdiff.load([f"{count}\n\nThe ferry returned to Brell on Monday after a week of repairs.\n"])
    assert article.title is None


@pytest.mark.parametrize("headline", ["Part 3 of the ferry saga", "Part of the pier | Quay Post", "Partisans of 1900"])
def test_a_headline_that_opens_with_the_word_part_is_still_the_headline(headline: str) -> None:
    assert read_metadata(f"{headline}\nThe ferry returned on Monday. It was late.\n").fields["title"] == headline


def test_a_page_count_among_the_noise_over_the_headline_is_read_as_one_not_as_the_headline() -> None:
    text = "Skip to content\nPage 1 of 3\nFerry chaos as strike bites\nThe ferry did not sail. Crews stayed home.\n"
    meta = read_metadata(text)
    assert meta.fields["title"] == "Ferry chaos as strike bites"
    assert ("Page 1 of 3", "page-count") in [(text[span.start : span.end], span.reason) for span in meta.spans]


@pytest.mark.parametrize("count", ["Page 2 of 3", "Next page", "« Previous | Page 2 of 3 | Next »", "Part 2 of 3"])
def test_a_page_count_between_the_paragraphs_lower_down_is_metadata_not_a_sentence(count: str) -> None:
    # Only a count at the top was read: one between two pages of a story copied whole stayed a sentence of its own,
    # matched or reported unique like the story's words.
    text = f"Ferry returns to Brell\n\nThe ferry returned on Monday.\n\n{count}\n\nIt was late by an hour.\n"
    spans = [(text[span.start : span.end], span.reason) for span in read_metadata(text).spans]
    assert (count, "page-count") in spans
    sentences = newsdiff.compare([text, "The ferry came back on Monday."]).articles[0].sentences
    assert [sentence.text for sentence in sentences] == ["The ferry returned on Monday.", "It was late by an hour."]


def test_a_page_count_under_a_line_that_ends_mid_sentence_is_the_end_of_that_sentence() -> None:
    # Hard-wrapped text breaks a sentence anywhere: "page 3" under "on" is its last words, not a page's count.
    text = "Ferry returns to Brell\n\nThe timetable is printed in full on\npage 3\nof the harbour's own guide.\n"
    assert [span.reason for span in read_metadata(text).spans] == ["headline"]


@pytest.mark.parametrize(
    "headline", ["Page Six", "Page 3 girls return to the pier", "Pages of the harbour log", "Next stop Brell"]
)
def test_a_headline_that_opens_with_a_word_of_the_page_links_is_still_the_headline(headline: str) -> None:
    assert read_metadata(f"{headline}\nThe ferry returned on Monday. It was late.\n").fields["title"] == headline


def test_a_headline_in_capitals_under_an_emoji_is_still_the_first_line_of_words() -> None:
    text = "🚢\nFERRY CHAOS AS STRIKE BITES\n\nThe ferry did not sail on Monday. Crews stayed home.\n"
    assert read_metadata(text).fields["title"] == "FERRY CHAOS AS STRIKE BITES"


@pytest.mark.parametrize("top", ["🚢", "2026", "— 2 —"])
def test_a_line_without_a_letter_above_prose_is_kept_and_titles_nothing(top: str) -> None:
    [article] = newsdiff.load([f"{top}\nThe ferry returned on Monday. It was late.\n"])
    assert article.title is None
    assert top in [
        sentence.text for sentence in newsdiff.compare([article, "The ferry came back."]).articles[0].sentences
    ]


@pytest.mark.parametrize(
    "date",
    [
        "2026-03-04 10:00 CET",
        "2026-03-04 22:15:00 EST",
        "2026-03-04T10:00:00+01:00[Europe/Berlin]",
        "2026-03-04 10:00 GMT+1",  # read in "4 March 2026, 10:00 GMT+1", refused here
        "2026-03-04 10:00 UTC-05:00",
    ],
)
def test_an_iso_date_with_a_zone_after_its_time_is_read_as_its_day(date: str) -> None:
    # A site's "2026-03-04 10:00 CET" and Java's ZonedDateTime ("...+01:00[Europe/Berlin]") were refused as no date,
    # while "4 March 2026, 10:00 CET" was read: a record, front matter and an Article alike.
    assert newsdiff.load([{"text": STORY, "date": date}])[0].date == "2026-03-04"
    assert newsdiff.load([f"Date: {date}\n\n{STORY}"])[0].date == "2026-03-04"
    assert newsdiff.Article(STORY, date=date).date == "2026-03-04"


@pytest.mark.parametrize(
    "date", ["2026-03-04, 10:00", "2026-03-04,10:00", "2026-03-04, 10:00:30 UTC", "2026-03-04, 10:00 +0100"]
)
def test_an_iso_date_with_a_comma_before_its_time_is_read_as_its_day(date: str) -> None:
    # "4 March 2026, 10:00" was read, while "2026-03-04, 10:00", as a site's byline writes it, was refused as no date.
    assert newsdiff.load([{"text": STORY, "date": date}])[0].date == "2026-03-04"
    assert newsdiff.load([f"date: {date}\n\n{STORY}"])[0].date == "2026-03-04"
    assert newsdiff.load([f"---\ndate: {date}\n---\n{STORY}"])[0].date == "2026-03-04"
    assert newsdiff.Article(STORY, date=date).date == "2026-03-04"


@pytest.mark.parametrize(
    "date",
    [
        "\u200e2026-03-04",  # a left-to-right mark, as a page in Hebrew or Arabic sets around a date in digits
        "2026-03-04\u200f",
        "\u202a2026-03-04\u202c",
        "\u200b4 March 2026",
        "\ufeff2026-03-04",
        "2026-03-04\u00a010:00",  # a no-break space between the date and its time
        "2026-03-04\u202f10:00\u00a0CET",
    ],
)
def test_a_date_with_invisible_marks_or_a_no_break_space_in_it_is_read_as_its_day(date: str) -> None:
    # A scraped date with a direction mark or a no-break space in it looks like any other date, and was refused as none.
    assert newsdiff.load([{"text": STORY, "date": date}])[0].date == "2026-03-04"
    assert newsdiff.load([f"date: {date}\n\n{STORY}"])[0].date == "2026-03-04"
    assert newsdiff.Article(STORY, date=date).date == "2026-03-04"


@pytest.mark.parametrize("date", ["\u200e", "\u200e2026-02-30", "2026\u200b-03-04x"])
def test_a_date_that_is_none_without_its_invisible_marks_is_still_refused(date: str) -> None:
    with pytest.raises(newsdiff.InputError, match="is not a date newsdiff reads"):
        newsdiff.load([{"text": STORY, "date": date}])


def test_a_date_in_digits_with_the_year_first_and_a_direction_mark_is_refused_with_the_iso_date_it_means() -> None:
    with pytest.raises(
        newsdiff.InputError, match=r"is not a date newsdiff reads; give it as '2026-03-04', YYYY-MM-DD$"
    ):
        newsdiff.load([{"text": STORY, "date": "\u200e2026/03/04"}])


def test_a_date_line_with_a_comma_before_its_time_is_metadata_whole() -> None:
    text = f"date 2026-03-04, 10:00\nFerry returns to Brell\n\n{STORY}"
    meta = read_metadata(text)
    assert (meta.fields["date"], meta.fields["title"]) == ("2026-03-04", "Ferry returns to Brell")
    assert text[meta.spans[0].start : meta.spans[0].end] == "date 2026-03-04, 10:00"


@pytest.mark.parametrize("date", ["2026-03-04, 25:00", "2026-03-04, the ferry", "2026-03-04,"])
def test_an_iso_date_with_a_comma_and_no_time_after_it_is_still_refused(date: str) -> None:
    with pytest.raises(newsdiff.InputError, match="is not a date newsdiff reads"):
        newsdiff.load([{"text": STORY, "date": date}])


@pytest.mark.parametrize(
    "line", ["date: 2026-03-04 # local time", "date: '2026-03-04'  # local time", "date: 2026-03-04\t# x"]
)
def test_a_comment_after_an_unfenced_front_matter_date_is_no_part_of_it(line: str) -> None:
    # YAML's comment after a date was read as part of it outside a fenced block, and the article refused.
    assert newsdiff.load([f"{line}\n\n{STORY}"])[0].date == "2026-03-04"


def test_a_comment_after_an_unfenced_front_matter_url_is_no_part_of_it() -> None:
    [article] = newsdiff.load([f"url: https://quay.example/ferry  # canonical\n\n{STORY}"])
    assert article.url == "https://quay.example/ferry"


@pytest.mark.parametrize("head", ["date: # none yet\n", "date: #\n", "---\ndate: # none yet\n---\n", "url: # later\n"])
def test_a_front_matter_field_given_a_comment_alone_is_not_given(head: str) -> None:
    # YAML reads "date: # none yet" as no value, as null; the comment was read as the date, and the article refused.
    text = f"{head}outlet: Quay Post\n\n{STORY}"
    [article] = newsdiff.load([text])
    assert (article.date, article.url, article.outlet) == (None, None, "Quay Post")
    assert [sentence.text for sentence in newsdiff.compare([article, STORY]).articles[0].sentences] == [STORY.strip()]


@pytest.mark.parametrize("byline", ["By: Ona Vask", "BY: ONA VASK", "By: Ona Vask, Quay Post"])
def test_a_byline_with_a_colon_at_the_top_is_metadata_not_the_headline(byline: str) -> None:
    # "By: Ona Vask" over a story was its title, and the date line under it was read all the same.
    text = f"{byline}\ndate: 2026-03-04\n\n{STORY}"
    [article] = newsdiff.load([text])
    assert (article.title, article.date) == (None, "2026-03-04")
    assert [sentence.text for sentence in newsdiff.compare([article, STORY]).articles[0].sentences] == [STORY.strip()]
    headed = newsdiff.load([f"Ferry returns to Brell\n{byline}\n\n{STORY}"])[0]
    assert [s.text for s in newsdiff.compare([headed, STORY]).articles[0].sentences] == [STORY.strip()]


def test_a_front_matter_title_that_is_a_hashtag_is_kept() -> None:
    assert newsdiff.load([f"title: #BrellFerry\noutlet: Quay Post\n\n{STORY}"])[0].title == "#BrellFerry"


@pytest.mark.parametrize(
    "date",
    [
        "2026-03-04 10:00 a.m.",
        "2026-03-04 9:30 am",
        "2026-03-04, 10:15 p.m. EST",
        "2026-03-04 10 PM",
        "2026-03-04 12:05pm",
    ],
)
def test_an_iso_date_with_a_time_on_the_12_hour_clock_is_read_as_its_day(date: str) -> None:
    # Sites write "2026-03-04 10:00 a.m.": it was refused as no date, though "March 4, 2026, 10:00 a.m." was read.
    assert newsdiff.load([{"text": STORY, "date": date}])[0].date == "2026-03-04"
    assert newsdiff.load([f"date: {date}\n\n{STORY}"])[0].date == "2026-03-04"
    assert newsdiff.Article(STORY, date=date).date == "2026-03-04"


@pytest.mark.parametrize("date", ["2026-03-04 13:00 p.m.", "2026-03-04 10:75 a.m.", "2026-03-04 10:00 a.m. or so"])
def test_an_iso_date_with_a_12_hour_time_that_is_none_is_still_refused(date: str) -> None:
    with pytest.raises(newsdiff.InputError, match="is not a date newsdiff reads"):
        newsdiff.Article(STORY, date=date)


def test_a_hashtag_after_an_unfenced_front_matter_title_is_part_of_it() -> None:
    [article] = newsdiff.load([f"title: Ferry returns #BrellFerry\ndate: 2026-03-04\n\n{STORY}"])
    assert article.title == "Ferry returns #BrellFerry"


def test_a_date_line_with_a_zone_after_its_time_is_metadata_whole() -> None:
    # "10:00 CET" was left out of the date line's metadata, for the noise rules to take as a timestamp of the page.
    text = f"date 2026-03-04 10:00 CET\nFerry returns to Brell\n\n{STORY}"
    meta = read_metadata(text)
    assert (meta.fields["date"], meta.fields["title"]) == ("2026-03-04", "Ferry returns to Brell")
    assert text[meta.spans[0].start : meta.spans[0].end] == "date 2026-03-04 10:00 CET"


@pytest.mark.parametrize("date", ["2026-03-04 25:00 CET", "2026-03-04 10:00 CENTRAL", "2026-03-04 10:00 cet x"])
def test_an_iso_date_with_more_than_a_time_and_a_zone_after_it_is_still_refused(date: str) -> None:
    with pytest.raises(newsdiff.InputError, match="is not a date newsdiff reads"):
        newsdiff.load([{"text": STORY, "date": date}])


@pytest.mark.parametrize("date", ["20260304", "2026-3-4", "2026/03/04", "2026.03.04"])
def test_a_date_in_digits_with_the_year_first_is_refused_with_the_iso_date_it_means(date: str) -> None:
    # The message said "give it as YYYY-MM-DD" of a date whose ISO form is plain: it gives that form now, wherever
    # the date is given.
    told = rf"date {re.escape(repr(date))},? is not a date newsdiff reads; give it as '2026-03-04', YYYY-MM-DD$"
    with pytest.raises(newsdiff.InputError, match=rf"^record 1: {told}"):
        newsdiff.load([{"text": STORY, "date": date}])
    with pytest.raises(newsdiff.InputError, match=rf"^article 1, line 1: {told}"):
        newsdiff.load([f"date: {date}\n\n{STORY}"])
    with pytest.raises(newsdiff.InputError, match=rf"^article \(unnamed\): {told}"):
        newsdiff.Article(STORY, date=date)


@pytest.mark.parametrize(
    ("date", "why"),
    [
        ("12/03/2026", "12 March or 3 December 2026, as day and month may be either way round"),
        ("04.03.2026", "4 March or 3 April 2026, as day and month may be either way round"),
        ("12/03/26", "its year has two figures, and day and month may be either way round"),
        ("3 March 26", "its year has two figures, which may be any century's"),
        ("March 3, '26", "its year has two figures, which may be any century's"),
    ],
)
def test_a_date_with_its_year_last_or_of_two_figures_is_refused_saying_why(date: str, why: str) -> None:
    # The message said only "give it as YYYY-MM-DD", as though the date were garbled: it says what stops a reading.
    told = rf"is not a date newsdiff reads: {re.escape(why)}; give it as YYYY-MM-DD"
    with pytest.raises(newsdiff.InputError, match=rf"^record 1: date {re.escape(repr(date))} {told}"):
        newsdiff.load([{"text": STORY, "date": date}])


@pytest.mark.parametrize(
    ("date", "day"), [("25/03/2026", "2026-03-25"), ("03/03/2026", "2026-03-03"), ("13.12.2026", "2026-12-13")]
)
def test_a_date_with_its_year_last_and_one_reading_is_refused_with_the_day_to_give(date: str, day: str) -> None:
    # It is refused as 03/04/2026 is, so that a site's dates are read all or none; the message said only "give it as
    # YYYY-MM-DD", as though the date were garbled, where the one day it can be is plain.
    told = r"is not a date newsdiff reads \(a date in digits with its year last is not read, as day and month may be "
    told += rf"either way round\); give it as '{day}', YYYY-MM-DD$"
    with pytest.raises(newsdiff.InputError, match=rf"^record 1: date {re.escape(repr(date))} {told}"):
        newsdiff.load([{"text": STORY, "date": date}])
    with pytest.raises(newsdiff.InputError, match=rf"^article 1, line 1: date {re.escape(repr(date))} {told}"):
        newsdiff.load([f"date {date}\nFerry returns to Brell\n\n{STORY}"])


@pytest.mark.parametrize("date", ["2026-02-30", "04.03.2026", "2026-13-04"])
def test_a_date_in_digits_that_means_no_one_day_is_refused_without_a_guess(date: str) -> None:
    with pytest.raises(newsdiff.InputError, match=r"give it as YYYY-MM-DD \(an ISO timestamp"):
        newsdiff.load([{"text": STORY, "date": date}])


@pytest.mark.parametrize(
    ("date", "why"),
    [
        ("2026-02-30", "February 2026 has 28 days"),
        ("2024-02-30", "February 2024 has 29 days"),
        ("2026/04/31", "April 2026 has 30 days"),
        ("2026-13-04", "there is no month 13"),
        ("2026-03-00", "there is no day 0"),
    ],
)
def test_a_date_in_the_right_form_that_is_no_day_is_refused_saying_why(date: str, why: str) -> None:
    # Told only to give it as YYYY-MM-DD, the writer of 2026-02-30 was sent back to the form it was already in.
    with pytest.raises(newsdiff.InputError, match=rf"date '{re.escape(date)}' is not a date newsdiff reads: {why}; "):
        newsdiff.load([f"date: {date}\n\n{STORY}"])


@pytest.mark.parametrize(
    ("record", "told"),
    [
        (
            {"outlet": ["Quay Post"]},
            "field 'outlet' must be a string, not list; give its one value as a string: 'Quay Post'",
        ),
        (
            {"title": ["Ferry returns", "Ferry back"]},
            "field 'title' must be a string, not list; it lists 2 and a field holds one: give the one meant as a "
            "string, such as 'Ferry returns'",
        ),
        (
            {"publisher": {"@type": "Organization", "name": "Quay Post"}},
            "field 'publisher' (read as the outlet) must be a string, not dict; give its name as a string: 'Quay Post'",
        ),
    ],
)
def test_a_field_given_a_list_or_a_named_object_is_refused_with_the_string_to_give(record: dict, told: str) -> None:
    # A scraper's list of one outlet, or a page's JSON-LD publisher object, was refused with no word of what to give.
    with pytest.raises(newsdiff.InputError, match=rf"^record 1: {re.escape(told)}$"):
        newsdiff.load([{"text": STORY, **record}])


@pytest.mark.parametrize("line_end", ["\r", "\r\n"])
def test_the_headline_of_an_article_given_with_carriage_returns_is_its_title(line_end: str) -> None:
    # An Article keeps its text as given; a lone CR (an old Mac file's line end) made the whole text one line, so the
    # headline that cleaning removed was never taken for the title.
    text = line_end.join(["Ferry returns", "The ferry returned to Brell on Monday.", "It docked at noon."])
    [article] = newsdiff.load([newsdiff.Article(text, id="quay")])
    assert article.title == "Ferry returns"
    assert article.text == text


@pytest.mark.parametrize("stem", ["\u200b", "\u200e\u200b", " \u2060"])
def test_a_file_named_with_invisible_characters_alone_is_numbered(tmp_path: Path, stem: str) -> None:
    # Its name gave an id that showed nothing, refused with "leave the id out": the user had given no id to leave out.
    (tmp_path / f"{stem}.txt").write_text("The ferry returned to the quay.\n", encoding="utf-8")
    (tmp_path / f"{stem}.jsonl").write_text('{"text": "The ferry came back."}\n', encoding="utf-8")
    loaded = newsdiff.load([tmp_path / f"{stem}.txt", tmp_path / f"{stem}.jsonl"])
    assert [article.id for article in loaded] == ["article-1", "article-2"]
    assert loaded[0].source == str(tmp_path / f"{stem}.txt")


@pytest.mark.parametrize(
    ("text", "line"),
    [
        ("Ferry returns\rdate: 2024-02-30\r\rThe ferry returned.\r", "line 2: date '2024-02-30'"),
        ("Ferry returns\routlet: Quay Post\routlet: Tide\r\rThe ferry returned.\r", "line 3: 'outlet' is given twice"),
        ("Ferry returns\r\rThe ferry returned.\x00\r", r"line 3, column 20 of the text"),
    ],
)
def test_a_message_about_an_article_with_lone_carriage_returns_names_the_line(text: str, line: str) -> None:
    # Counted at line feeds alone, every line of such a text was line 1.
    with pytest.raises(newsdiff.InputError, match=re.escape(line)):
        newsdiff.load([newsdiff.Article(text)])


@pytest.mark.parametrize("suffix", [".txt", ".json", ".jsonl"])
def test_the_end_of_file_mark_of_old_dos_tools_is_no_part_of_the_text(tmp_path: Path, suffix: str) -> None:
    # Ctrl-Z after the last line was compared as a sentence of its own; a JSON file was called UTF-16 for it.
    body = '{"text": "The ferry returned to Brell."}\r\n' if suffix != ".txt" else "The ferry returned to Brell.\r\n"
    path = tmp_path / f"quay{suffix}"
    path.write_bytes(body.encode() + b"\x1a")
    [article] = newsdiff.load([path])
    assert article.text == "The ferry returned to Brell." + ("\n" if suffix == ".txt" else "")


@pytest.mark.parametrize("control", ["\x07", "\x1b[0m", "\x1a"])
def test_a_short_utf_8_file_with_a_stray_control_byte_is_not_called_utf_16(tmp_path: Path, control: str) -> None:
    # Read as UTF-16, its ASCII pairs are ideographs: it was told to convert from UTF-16BE, which gives Chinese.
    path = tmp_path / "quay.txt"
    path.write_text(f"The ferry returned to Brell.{control}\n", encoding="utf-8")
    [article] = newsdiff.load([path])
    assert control in article.text


@pytest.mark.parametrize(
    ("line", "codec", "encoding"),
    [
        ("Паром вернулся в порт в понедельник.\n", "cp1251", "CP1251"),
        ("Το πλοίο έφτασε στο λιμάνι.\n", "cp1253", "CP1253"),
    ],
)
def test_lines_in_another_script_after_utf_8_ones_are_told_their_encoding(
    tmp_path: Path, line: str, codec: str, encoding: str
) -> None:
    # Only the lines that are not UTF-8 are to be converted: they were said to be perhaps Latin-1, which turns Russian
    # or Greek into accented nonsense.
    path = tmp_path / "quay.txt"
    path.write_bytes("Le café du port rouvre.\n".encode() + line.encode(codec))
    with pytest.raises(newsdiff.InputError, match=rf"the file mixes encodings, .* \(perhaps from {encoding}\)$"):
        newsdiff.load([path])
