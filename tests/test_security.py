"""Untrusted input, field by field: nothing in an article can add markup, script or a link scheme to the report."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

import pytest
from conftest import tags_of

import newsdiff
from newsdiff.batch import read_result

PAYLOAD = '<script>window.owned=1</script><img src=x onerror="alert(1)"><a href="javascript:alert(2)">x</a>"\'&'
ARTICLE = "Port Minister Lena Varga met union leaders in Kessel on Friday to end the dock strike.\n"
OTHER = "Lena Varga met union leaders in Kessel on Friday in a bid to end the long dock strike.\n"


def assert_inert(html: str) -> None:
    tags = tags_of(html)
    assert [t for t, _ in tags].count("script") == 1, "only the report's own script"
    assert not [a for t, a in tags if t == "img"]
    assert not any(name.startswith("on") for _, attrs in tags for name in attrs)
    for _, attrs in tags:
        for value in attrs.values():
            assert not (value or "").strip().lower().startswith("javascript:")
    assert "window.owned" not in "".join(html.split("<script")[1:]).split("</script>")[0]


@pytest.mark.parametrize("field", ["text", "title", "outlet", "id", "url"])
def test_field_cannot_inject_markup(field: str) -> None:
    record = {"id": "bay", "text": ARTICLE + PAYLOAD + "\n" if field == "text" else ARTICLE}
    if field != "text":
        record[field] = PAYLOAD
    # A url that is no http(s) address is kept but never linked, and loading says so rather than drop it unseen.
    told = pytest.warns(UserWarning, match="will not link it") if field == "url" else contextlib.nullcontext()
    with told:
        result = newsdiff.compare([record, {"id": "coast", "text": OTHER}])
    html = result.to_html()
    assert_inert(html)
    assert "&lt;script&gt;" in html or field == "url", "the payload is shown, escaped"
    [(tag, attrs)] = tags_of(result._repr_html_())
    assert tag == "iframe" and attrs.get("sandbox") == "allow-scripts"
    assert_inert(attrs["srcdoc"] or "")


def test_a_date_holding_markup_is_refused_before_any_report() -> None:
    # A date is YYYY-MM-DD (schema 1), so markup in it never reaches a page.
    with pytest.raises(newsdiff.InputError, match="is not a date newsdiff reads"):
        newsdiff.compare([{"id": "bay", "text": ARTICLE, "date": PAYLOAD}, {"id": "coast", "text": OTHER}])


def test_source_path_cannot_inject_markup(tmp_path: Path) -> None:
    folder = tmp_path / "<img src=x onerror=alert(1)>"
    folder.mkdir()
    (folder / "bay.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "coast.txt").write_text(OTHER, encoding="utf-8")
    result = newsdiff.compare(newsdiff.load(sorted(folder.glob("*.txt"))))
    assert_inert(result.to_html())


def test_removed_noise_cannot_inject_markup() -> None:
    rule = newsdiff.NoiseRule("promo", r"<script>.*</script>.*", scope="inline")
    text = ARTICLE + PAYLOAD + "\n"
    result = newsdiff.compare([text, OTHER], extra_rules=[rule])
    assert any("<script>" in r.text for r in result.articles[0].removed)
    assert_inert(result.to_html())


def _longest_name(folder: Path, suffix: str) -> str:
    """The longest file name the file system under ``folder`` takes, ending in ``suffix``."""
    most = os.pathconf(folder, "PC_NAME_MAX")
    return "r" * (most - len(suffix)) + suffix


@pytest.mark.skipif(not hasattr(os, "pathconf"), reason="needs os.pathconf to know the longest file name")
@pytest.mark.parametrize("suffix", [".html", "-é.html"])
def test_a_report_may_take_the_longest_name_its_folder_allows(tmp_path: Path, suffix: str) -> None:
    # The report is written to a hidden file beside it and renamed; that file's name must fit too.
    name = _longest_name(tmp_path, suffix)
    name = name[len(os.fsencode(name)) - len(name) :]  # as many bytes as the longest name, é being two
    result = newsdiff.compare([ARTICLE, OTHER])
    written = result.save_html(tmp_path / name)
    assert written.read_text(encoding="utf-8") == result.to_html()
    assert os.listdir(tmp_path) == [name], "no temporary file is left behind"


@pytest.mark.parametrize(
    "hidden",
    [
        "\u202e",  # right-to-left override: "/\u202egnp.exe" reads as "/exe.png"
        "\u2067",  # right-to-left isolate
        "\u200b",  # zero width space
        "\u00ad",  # soft hyphen
        "\x7f",  # a control character
    ],
)
def test_a_link_shows_where_it_leads_whatever_the_url_hides(hidden: str) -> None:
    url = f"https://files.example/{hidden}gnp.exe"
    result = newsdiff.compare([{"id": "bay", "text": ARTICLE, "url": url}, {"id": "coast", "text": OTHER}])
    html = result.to_html()
    assert hidden not in html
    [link] = [attrs for tag, attrs in tags_of(html) if tag == "a" and (attrs.get("href") or "").startswith("https:")]
    encoded = "".join(f"%{byte:02X}" for byte in hidden.encode("utf-8"))
    assert link["href"] == f"https://files.example/{encoded}gnp.exe"
    assert f">{link['href']}</a>" in html, "the link reads as its address, with what was hidden made visible"
    assert result.articles[0].url == url, "the comparison keeps the address as given"


def test_a_link_keeps_letters_and_spaces_of_any_script() -> None:
    url = "https://news.example/מאמר/ä b"
    result = newsdiff.compare([{"id": "bay", "text": ARTICLE, "url": url}, {"id": "coast", "text": OTHER}])
    assert f'href="{url}"' in result.to_html()


@pytest.mark.parametrize(
    ("start", "result", "problem"),
    [
        (start, *case)
        for start in ('{"cluster":"harbour","result":', '{"result": {}, "cluster": "harbour", "other": ')
        for case in (
            ("[" * 5000 + "]" * 5000, r"cannot be read as JSON \(nested too deeply\)"),
            ("1" * 5000, r"cannot be read as JSON \(a number too long to read\)"),
        )
    ]
    + [
        (
            '{"cluster":"harbour","result":',
            '{"schema": 1,}',
            r"is not a JSON line \(Expecting property name enclosed in double quotes at column",
        )
    ],
)
def test_a_results_line_that_cannot_be_read_says_why(tmp_path: Path, start: str, result: str, problem: str) -> None:
    # A complete line of JSON nested too deeply to read is no run stopped half way, nor a file of another kind.
    results = tmp_path / "results.jsonl"
    results.write_text(start + result + "}\n", encoding="utf-8")
    with pytest.raises(newsdiff.InputError, match=rf"results\.jsonl, line 1: {problem}"):
        read_result(results)
    with pytest.raises(newsdiff.InputError, match=rf"line 1: {problem}"):
        newsdiff.summarize(results)


def test_a_name_that_overrides_the_direction_cannot_reorder_a_tooltips_words() -> None:
    # A tooltip cannot hold markup (<bdi>), so a name in one is set apart by Unicode's isolates (U+2068 to U+2069):
    # without them, "<U+202E>Bay carries 1 of 1 sentences of coast" shows the figures after the name reversed.
    name = "\u202eBay"
    late = "The talks ran late into the night.\n"
    records = [{"id": "bay", "outlet": name, "text": ARTICLE + late}, {"id": "coast", "text": late + OTHER}]
    html = newsdiff.compare(records).to_html()
    titles = [attrs["title"] or "" for _, attrs in tags_of(html) if name in (attrs.get("title") or "")]
    assert any("carries" in title for title in titles) and any("counterpart" in title for title in titles)
    for title in titles:
        assert title == name or f"\u2068{name}\u2069" in title, title


def test_names_printed_for_a_terminal_hold_no_control_character_of_the_page() -> None:
    # An outlet named on a hostile page with terminal escapes recoloured the terminal and retitled its window when
    # `newsdiff compare` or `newsdiff summary` printed their tables.
    hostile = "Bay\x1b[31m Post\x1b]0;taken\x07"
    articles = [
        newsdiff.Article("The ferry to Kessel returned on Monday. Crews cheered.", id="a", outlet=hostile),
        newsdiff.Article("The ferry to Kessel returned on Monday. Crews waved.", id="b", outlet="Courier"),
    ]
    comparison = newsdiff.compare(articles)
    for text in (str(comparison), str(newsdiff.summarize([comparison]))):
        assert "Bay\\x1b[31m Post\\x1b]0;ta" in text  # the name shown, its escapes written out
        assert not any((ord(c) < 32 and c != "\n") or 127 <= ord(c) < 160 for c in text)
