"""The HTML report: built from view objects, escaped in one place, self-contained, and written by the CLI."""

from __future__ import annotations

import _pyio
import functools
import html
import os
import re
import shutil
import subprocess
import tracemalloc
import unicodedata
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from hypothesis import given
from hypothesis import strategies as st

import newsdiff
from newsdiff.cli import main
from newsdiff.corpus import Carried, CorpusSummary, FailureReason, OutletFigures
from newsdiff.diff import word_diff
from newsdiff.files import write_atomically
from newsdiff.report.corpus import REASON_SHOWN, render_corpus
from newsdiff.report.render import (
    LABELS,
    NOTEBOOK_SIDE_BY_SIDE,
    SideBySide,
    _chain,
    _distinct_shorts,
    _pieces,
    _short,
    build_report,
    counted,
    render_html,
    render_notebook,
)

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE_CLUSTER = sorted((ROOT / "examples" / "cluster").glob("*.txt"))

TALKS = (
    "Port Minister Lena Varga and union leader Tomas Brell are due to meet Friday evening in Kessel to end the strike."
)
TALKS_REWORDED = (
    "Union leader Tomas Brell and Port Minister Lena Varga will meet on Friday night in Kessel to end the strike."
)
QUOTE = "“We will not sign anything that cuts a single job,” Brell told reporters on Thursday."
SHIPS = "The strike has kept 40 cargo ships waiting outside the harbour for nine days."
FERRY = "The city council voted to open a second ferry line."
ICE = "Fishing crews said they had run out of ice."
HOSTILE = '<script>alert("owned")</script> The <img src=x onerror="alert(1)"> mayor spoke & left.'


def _harbour() -> newsdiff.Comparison:
    first = newsdiff.Article(
        text=f"{TALKS}\n{QUOTE}\n{SHIPS}\n{ICE}\n", id="quay", outlet="Quay Post", url="https://quay.example/strike"
    )
    second = newsdiff.Article(
        text=f"{TALKS_REWORDED}\n{QUOTE}\n{FERRY}\n{SHIPS}\n", id="coast", outlet="Coastal Courier", date="2026-03-14"
    )
    third = newsdiff.Article(
        text=f"{QUOTE}\n{HOSTILE}\n", id="bay", outlet="Bay <b>Times</b>", url="javascript:alert(1)"
    )
    with pytest.warns(UserWarning, match=r"article 'bay': url 'javascript:alert\(1\)' is kept, but the report will"):
        return newsdiff.compare([first, second, third])


@pytest.fixture(scope="module")
def harbour() -> newsdiff.Comparison:
    return _harbour()


@pytest.fixture(scope="module")
def page(harbour: newsdiff.Comparison) -> str:
    return render_html(harbour)


class _Elements(HTMLParser):
    """Collects tags with their attributes, and the text inside <script> and <style>."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.raw: dict[str, list[str]] = {"script": [], "style": []}
        self._inside: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        self._inside = tag if tag in self.raw else None

    def handle_endtag(self, tag: str) -> None:
        self._inside = None

    def handle_data(self, data: str) -> None:
        if self._inside:
            self.raw[self._inside].append(data)


def _parse(html: str) -> _Elements:
    parser = _Elements()
    parser.feed(html)
    return parser


def _cell_tooltips(page: str, kind: str) -> list[str]:
    """The tooltip of each matrix cell of class ``kind``: its own title, or that of the glyph in it."""
    cells = re.findall(r'<td class="([^"]*)"([^>]*)>(.*?)</td>', page, re.DOTALL)
    titles = [re.search(r' title="([^"]*)"', attrs + inside) for cls, attrs, inside in cells if kind in cls.split()]
    return [html.unescape(title.group(1)) if title else "" for title in titles]


class _TextById(HTMLParser):
    """The text inside each element that has an id (what ``aria-labelledby`` and ``aria-describedby`` read)."""

    def __init__(self) -> None:
        super().__init__()
        self.text: dict[str, str] = {}
        self._open: list[str | None] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in _Spoken.VOID:
            self._open.append(dict(attrs).get("id"))

    def handle_endtag(self, tag: str) -> None:
        if tag not in _Spoken.VOID and self._open:
            self._open.pop()

    def handle_data(self, data: str) -> None:
        for id in filter(None, self._open):
            self.text[id] = self.text.get(id, "") + data


def _text_by_id(html: str) -> dict[str, str]:
    parser = _TextById()
    parser.feed(html)
    return parser.text


def test_article_markup_is_shown_as_text_never_as_tags(page: str) -> None:
    elements = _parse(page)
    assert [attrs for tag, attrs in elements.tags if tag == "img"] == []
    assert not any(name.startswith("on") for _, attrs in elements.tags for name in attrs)
    assert "&lt;script&gt;alert(&#34;owned&#34;)&lt;/script&gt;" in page
    assert "Bay &lt;b&gt;Times&lt;/b&gt;" in page
    assert len(elements.raw["script"]) == 1 and "owned" not in elements.raw["script"][0]


def test_only_http_urls_become_links(page: str) -> None:
    hrefs = [attrs.get("href") or "" for tag, attrs in _parse(page).tags if tag == "a"]
    assert [href for href in hrefs if not href.startswith("#")] == ["https://quay.example/strike"]
    assert not any("javascript:" in value for _, attrs in _parse(page).tags for value in attrs.values() if value)


def test_an_address_the_page_does_not_link_is_shown_as_text(page: str) -> None:
    # Loading keeps it with a warning; the outlet list shows it, escaped, where a linked address would be.
    row = re.search(r'<tr><th scope="row"><a href="#article-2">.*?</tr>', page, re.DOTALL)
    assert row is not None
    assert '<bdi class="unlinked" title="not linked: only http and https addresses are">javascript:alert(1)</bdi>' in (
        row.group()
    )


@pytest.mark.parametrize(
    ("url", "shown"),
    [
        ("ftp://files.example/a&b<c>.txt", "ftp://files.example/a&amp;b&lt;c&gt;.txt"),
        ("news.example/ferry", "news.example/ferry"),
        ("/local/\u202egnp.exe", "/local/%E2%80%AEgnp.exe"),
        ("\"quoted\" 'name'", "&#34;quoted&#34; &#39;name&#39;"),
    ],
)
def test_an_unlinked_address_is_escaped_and_hides_nothing(url: str, shown: str) -> None:
    articles = [
        newsdiff.Article(text=f"{TALKS}\n{SHIPS}\n", id="one", outlet="One", url=url),
        newsdiff.Article(text=f"{TALKS}\n{FERRY}\n", id="two", outlet="Two"),
    ]
    with pytest.warns(UserWarning, match="will not link it"):
        page = render_html(newsdiff.compare(articles))
    assert f'<bdi class="unlinked" title="not linked: only http and https addresses are">{shown}</bdi>' in page


def test_the_inlined_style_and_script_leave_out_their_comments_and_indentation(page: str) -> None:
    # A third of what each page inlined was the files' comments and indentation, which no reader sees.
    elements = _parse(page)
    [css], [js] = elements.raw["style"], elements.raw["script"]
    assert "/*" not in css and "/*" not in js
    assert not [line for line in js.splitlines() if line.startswith("//")]
    assert not [line for line in (css + js).splitlines() if line[:1] in (" ", "\t", "")]
    # Every rule is still there (and the page's own after them): the file's blocks, and its last rule.
    source = (ROOT / "newsdiff" / "report" / "static" / "report.css").read_text(encoding="utf-8")
    assert css.count("{") >= source.count("{") and css.count("}") >= source.count("}")
    assert "mark, ins, del { border-color: var(--fg); }" in css


@pytest.mark.skipif(shutil.which("node") is None, reason="checking the script's syntax needs Node.js")
def test_the_inlined_script_is_still_valid_javascript(page: str, tmp_path: Path) -> None:
    [js] = _parse(page).raw["script"]
    script = tmp_path / "report.js"
    script.write_text(js, encoding="utf-8")
    node = shutil.which("node")
    assert node is not None
    checked = subprocess.run([node, "--check", str(script)], capture_output=True, text=True, check=False)
    assert checked.returncode == 0, checked.stderr


def test_nothing_is_loaded_from_outside_the_file(page: str) -> None:
    elements = _parse(page)
    for tag, attrs in elements.tags:
        assert "src" not in attrs, tag
        if tag == "link":
            pytest.fail(f"external resource: {attrs}")
    assert not re.search(r"url\((?!#)", "".join(elements.raw["style"])), "CSS may only reference in-page fragments"
    assert "@import" not in "".join(elements.raw["style"])


def test_policy_allows_exactly_the_inline_style_and_script(page: str) -> None:
    import base64
    import hashlib

    elements = _parse(page)
    policy = next(
        a["content"] for t, a in elements.tags if t == "meta" and a.get("http-equiv") == "Content-Security-Policy"
    )
    assert policy is not None
    directives = dict(d.strip().split(" ", 1) for d in policy.split(";"))
    assert directives["default-src"] == "'none'"
    assert "unsafe" not in policy

    def digest(text: str) -> str:
        return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode()).digest()).decode() + "'"

    assert directives["style-src"] == digest(elements.raw["style"][0])
    assert directives["script-src"] == digest(elements.raw["script"][0])
    assert not any("style" in attrs for _, attrs in elements.tags), "a style attribute would be blocked by the policy"


def test_page_names_title_outlets_dates_and_version(page: str, harbour: newsdiff.Comparison) -> None:
    for text in ("Quay Post", "Coastal Courier", "2026-03-14", f"newsdiff {harbour.version}"):
        assert text in page


def _nothing_in_common() -> newsdiff.Comparison:
    return newsdiff.compare(
        [
            newsdiff.Article("The ferry to Kell Island sails again on Monday.", id="ferry", outlet="Quay Post"),
            newsdiff.Article("Snow closed the mountain pass above Orvel overnight.", id="pass", outlet="Hill Times"),
        ]
    )


def _section(page: str, id: str) -> str:
    return page.split(f'<section id="{id}"', 1)[1].split("</section>", 1)[0]


def test_a_page_with_no_claim_says_so_without_the_hint_about_claims() -> None:
    # The hint spoke of each claim's wordings and of lighting up counterparts, on a page that has neither.
    claims = _section(_nothing_in_common().to_html(), "claims")
    assert "No claim is carried by more than one article." in claims
    assert "Each claim once" not in claims and "light up its counterparts" not in claims


def test_a_pair_that_shares_nothing_is_not_explained_with_rows_marks_and_arrows_it_cannot_have() -> None:
    pair = _section(_nothing_in_common().to_html(), "side-by-side")
    assert "These two articles share no sentence" in pair
    assert "Matched sentences share a row" not in pair


def test_a_pair_that_shares_sentences_explains_its_rows_marks_and_arrows(harbour: newsdiff.Comparison) -> None:
    assert "Matched sentences share a row" in _section(harbour.to_html(), "side-by-side")


def test_every_sentence_appears_in_the_articles_view_with_its_label(harbour: newsdiff.Comparison) -> None:
    report = build_report(harbour)
    for view, article in zip(report.articles, harbour.articles, strict=True):
        assert [(s.text, s.label) for s in view.sentences] == [(s.text, s.label) for s in article.sentences]
        assert sum(view.counts.values()) == len(article.sentences)


def test_counterparts_point_at_the_matched_sentences(harbour: newsdiff.Comparison) -> None:
    report = build_report(harbour)
    quote = next(s for s in report.articles[0].sentences if s.text == QUOTE)
    assert quote.label == "shared"
    assert set(quote.counterparts.split()) == {"1-1", "2-0"}
    assert report.articles[1].sentences[1].text == QUOTE and report.articles[2].sentences[0].text == QUOTE


def test_each_sentence_lists_its_counterparts_once_in_the_page(page: str, harbour: newsdiff.Comparison) -> None:
    # A sentence appears in several views (claims, side by side, its article); repeating its list of
    # counterparts on every copy made a page of many related articles several times larger.
    listed = [attrs["data-s"] for tag, attrs in _parse(page).tags if "data-m" in attrs]
    every = [f"{n}-{s.index}" for n, article in enumerate(harbour.articles) for s in article.sentences]
    assert sorted(listed) == sorted(every)
    copies = [attrs["data-s"] for tag, attrs in _parse(page).tags if tag == "span" and "data-s" in attrs]
    assert len(copies) > len(every), "the sentences do appear more than once"


def test_matrix_cells_count_the_row_articles_matched_sentences(harbour: newsdiff.Comparison) -> None:
    matrix = build_report(harbour).matrix
    quay_in_coast = matrix[0][1]
    assert (quay_in_coast.shared, quay_in_coast.paraphrased, quay_in_coast.sentences) == (2, 1, 4)
    assert quay_in_coast.percent == 75 and quay_in_coast.level == 8
    assert matrix[0][0].diagonal and not matrix[0][1].diagonal
    assert (matrix[2][0].shared, matrix[2][0].paraphrased) == (1, 0)


def test_claims_are_sorted_by_how_many_outlets_carry_them(harbour: newsdiff.Comparison) -> None:
    claims = build_report(harbour).claims
    assert [c.carriers for c in claims] == sorted((c.carriers for c in claims), reverse=True)
    assert claims[0].carriers == 3 and claims[0].label == "shared"
    assert [w.article for w in claims[0].wordings] == ["Quay Post", "Coastal Courier", "Bay <b>Times</b>"]
    assert all(s.text == QUOTE for w in claims[0].wordings for s in w.sentences)


def test_claims_mark_the_words_a_wording_adds_to_the_first_one() -> None:
    result = newsdiff.compare(
        [
            "Port Minister Lena Varga and union leader Tomas Brell are due to meet on Friday evening. It rained.",
            "Port Minister Lena Varga and union leader Tomas Brell are slated to meet on Friday night. Ferries ran.",
        ]
    )
    [claim] = build_report(result).claims
    first, second = claim.wordings
    assert first.pieces == (None,)
    [pieces] = second.pieces
    assert "".join(p.text for p in pieces) == second.sentences[0].text
    assert {p.text for p in pieces if p.changed} == {"slated", "night"}
    assert "<ins>slated</ins>" in render_html(result)


def test_side_by_side_keeps_every_sentence_once_in_order(harbour: newsdiff.Comparison) -> None:
    pair = build_report(harbour).pairs[0]
    left = [row.left.number for row in pair.rows if row.left]
    right = [row.right.number for row in pair.rows if row.right]
    assert left == [1, 2, 3, 4] and right == [1, 2, 3, 4]
    kinds = [
        (row.kind, row.left.number if row.left else None, row.right.number if row.right else None) for row in pair.rows
    ]
    assert kinds == [("pair", 1, 1), ("pair", 2, 2), ("right", None, 3), ("pair", 3, 4), ("left", 4, None)]


def test_side_by_side_marks_only_the_words_the_other_side_lacks(harbour: newsdiff.Comparison) -> None:
    row = build_report(harbour).pairs[0].rows[0]
    left_changed = "".join(p.text for p in row.left_pieces if p.changed)
    right_changed = "".join(p.text for p in row.right_pieces if p.changed)
    assert "".join(p.text for p in row.left_pieces) == TALKS
    assert "".join(p.text for p in row.right_pieces) == TALKS_REWORDED
    assert "evening" in left_changed and "night" in right_changed
    assert "Kessel" not in left_changed + right_changed


class _ChangedRuns(HTMLParser):
    """Each run of changed words (in <mark>, <ins> or <del>) with its tag and where it stands: a pair's left or right
    column, the claims, or elsewhere (a hint)."""

    PLACES = frozenset({"left", "right", "claims"})

    def __init__(self) -> None:
        super().__init__()
        self.runs: list[tuple[str, str, str]] = []
        self._open: list[tuple[str, str | None]] = []
        self._run: tuple[str, str] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _Spoken.VOID:
            return
        classes = (dict(attrs).get("class") or "").split()
        place = next((c for c in classes if c in self.PLACES), None)
        self._open.append((tag, place))
        if tag in ("mark", "ins", "del"):
            where = next((p for _, p in reversed(self._open) if p), "elsewhere")
            self._run = (tag, where)
            self.runs.append((tag, where, ""))

    def handle_endtag(self, tag: str) -> None:
        if tag not in _Spoken.VOID and self._open:
            self._open.pop()
        if tag in ("mark", "ins", "del"):
            self._run = None

    def handle_data(self, data: str) -> None:
        if self._run:
            tag, where, text = self.runs[-1]
            self.runs[-1] = (tag, where, text + data)


def test_changed_words_are_deletions_on_the_left_and_insertions_on_the_right_and_in_claims(
    harbour: newsdiff.Comparison,
) -> None:
    # <mark> is read at best as "highlighted"; a deletion or insertion says which side lacks the words.
    parser = _ChangedRuns()
    parser.feed(render_html(harbour))
    kinds = {(tag, where) for tag, where, _ in parser.runs}
    assert kinds == {("del", "left"), ("ins", "right"), ("ins", "claims"), ("mark", "elsewhere")}
    left = {text for tag, where, text in parser.runs if where == "left"}
    right = {text for tag, where, text in parser.runs if where == "right"}
    assert any("evening" in text for text in left) and any("night" in text for text in right)
    # Only the two hints show a mark, as a sample of how the changed words look.
    assert [text for tag, _, text in parser.runs if tag == "mark"] == ["marked", "marked words"]


def _generated(style: str) -> dict[str, str]:
    """Each rule of ``style`` that generates text before an element: its selector and the text, escapes decoded."""
    rules = re.findall(r'^(\S[^{}\n]*::before) \{ content: ((?:"[^"]*" ?)+); \}$', style, re.MULTILINE)
    decode = functools.partial(re.sub, r"\\([0-9a-f]{1,6}) ?", lambda m: chr(int(m.group(1), 16)))
    return {
        selector: "".join(decode(string=text) for text in re.findall(r'"([^"]*)"', content))
        for selector, content in rules
    }


def test_the_hidden_bounds_of_a_changed_run_name_the_article_that_lacks_it() -> None:
    # They said "not in the other article" and "not in the first wording", leaving a listener to work out which.
    # The name goes into the style as a CSS string: quotes, backslashes and a closing tag stay inside it.
    hostile = 'Quay "Post" \\ </style><script>alert(1)</script>'
    first = newsdiff.Article(text=f"{TALKS}\n{QUOTE}\n", id="quay", outlet=hostile)
    second = newsdiff.Article(text=f"{TALKS_REWORDED}\n{QUOTE}\n", id="coast", outlet="Coastal Courier")
    elements = _parse(render_html(newsdiff.compare([first, second])))
    assert len(elements.raw["style"]) == 1 and len(elements.raw["script"]) == 1
    assert "alert" not in elements.raw["script"][0]
    generated = _generated(elements.raw["style"][0])
    assert generated['.pair[data-pair^="0-"] ins::before'] == f" [not in {hostile}: "
    assert generated['.pair[data-pair$="-1"] del::before'] == " [not in Coastal Courier: "
    assert generated['.claim[data-first="0"] ins::before'] == f" [not in the wording of {hostile}: "
    claims = [attrs for tag, attrs in elements.tags if tag == "li" and "claim" in (attrs.get("class") or "").split()]
    assert claims and all(attrs.get("data-first") == "0" for attrs in claims)


def test_a_pair_of_one_aligned_sentence_says_sentence() -> None:
    # It read "0 verbatim and 1 paraphrased sentences aligned."
    first = newsdiff.Article(text=f"{TALKS}\n", id="quay", outlet="Quay Post")
    second = newsdiff.Article(text=f"{TALKS_REWORDED}\n", id="coast", outlet="Coastal Courier")
    page = render_html(newsdiff.compare([first, second]))
    assert re.findall(r'<p class="pair-sum">(.*?)</p>', page) == ["0 verbatim and 1 paraphrased sentence aligned."]


def test_a_shared_pair_or_claim_whose_words_differ_is_not_called_verbatim() -> None:
    # A shared pair of sentences may differ by a few words, which the page marks; the page called it "verbatim"
    # all the same, in the pair's summary, the claim's heading and each sentence's label.
    retold = QUOTE.replace("on Thursday", "late on Thursday")
    assert newsdiff.relate(QUOTE, retold).label == "shared"
    first = newsdiff.Article(text=f"{QUOTE}\n{SHIPS}\n", id="quay", outlet="Quay Post")
    second = newsdiff.Article(text=f"{retold}\n{SHIPS}\n", id="coast", outlet="Coastal Courier")
    page = render_html(newsdiff.compare([first, second]))
    assert re.findall(r'<p class="pair-sum">(.*?)</p>', page) == [
        "2 shared (1 verbatim, 1 nearly) and 0 paraphrased sentences aligned."
    ]
    head = r"<b>(\w[\w ]*)</b>, carried by 2 of 2 outlets</p>\n<dl>\n<dt>[^\n]*\n<dd>[^\n]*\n<bdi lang=\"\">(\S+)"
    heads = dict(re.findall(head, page))
    assert heads == {"Nearly verbatim": "“We", "Verbatim": "The"}
    # Each sentence says its label in words once, in the style's hidden words (report.css), which its classes choose.
    said = {
        (where, classes, html.unescape(text))
        for where, classes, text in re.findall(
            r'<(dd|div class="cell \w+")>[^\n]*?<span class="s ([a-z ]+)"[^>]*>\n<bdi lang="">(\S+)', page
        )
    }
    assert said == {
        ("dd", "shared nearly", "“We"),
        ("dd", "shared", "The"),
        ('div class="cell left"', "shared nearly", "“We"),
        ('div class="cell right"', "shared nearly", "“We"),
        ('div class="cell left"', "shared", "The"),
        ('div class="cell right"', "shared", "The"),
    }


def test_a_shared_sentence_in_its_article_is_called_verbatim_only_when_a_counterpart_says_it_word_for_word() -> None:
    # In the articles and their strips every shared sentence read "shared verbatim", though the side by side and the
    # claims mark the words its only shared counterpart words otherwise.
    retold = QUOTE.replace("on Thursday", "late on Thursday")
    assert newsdiff.relate(QUOTE, retold).label == "shared"
    first = newsdiff.Article(text=f"{QUOTE}\n{SHIPS}\n", id="quay", outlet="Quay Post")
    second = newsdiff.Article(text=f"{retold}\n{SHIPS}\n", id="coast", outlet="Coastal Courier")
    page = render_html(newsdiff.compare([first, second]))
    articles = page.split('<section id="articles"')[1]
    said = {
        (classes, html.unescape(text))
        for classes, text in re.findall(r'<li><span class="s ([a-z ]+)"[^>]*>\n<bdi lang="">(\S+)', articles)
    }
    assert said == {("shared nearly", "“We"), ("shared", "The")}
    ticks = re.findall(r'<a class="tick shared" href="#a(\d)-s(\d)" title="([^"]*)"', page)
    assert ticks == [
        ("0", "0", "sentence 1: shared, nearly verbatim"),
        ("0", "1", "sentence 2: shared verbatim"),
        ("1", "0", "sentence 1: shared, nearly verbatim"),
        ("1", "1", "sentence 2: shared verbatim"),
    ]


def test_a_nearly_verbatim_sentence_is_not_called_verbatim_where_it_is_shown_beside_a_paraphrase() -> None:
    # Its article called it nearly verbatim, but a claim or a row of paraphrase, whose words it does not compare with
    # those of its shared counterpart, called it "shared verbatim".
    retold = QUOTE.replace("on Thursday", "late on Thursday")
    reworded = "Brell told reporters on Thursday that the union would not sign anything cutting a single job."
    assert newsdiff.relate(QUOTE, retold).label == "shared"
    assert newsdiff.relate(QUOTE, reworded).label == "paraphrased"
    articles = [
        newsdiff.Article(text=f"{QUOTE}\n", id="quay", outlet="Quay Post"),
        newsdiff.Article(text=f"{retold}\n", id="coast", outlet="Coastal Courier"),
        newsdiff.Article(text=f"{reworded}\n", id="bay", outlet="Bay Ledger"),
    ]
    page = render_html(newsdiff.compare(articles))
    copies = re.findall(r'<span class="s ([a-z ]+)" data-s="0-0"', page)
    assert len(copies) >= 4, "in its article, a claim and its pairs"
    assert set(copies) == {"shared nearly"}


def test_a_sentence_with_one_verbatim_counterpart_is_verbatim_however_another_words_it() -> None:
    retold = QUOTE.replace("on Thursday", "late on Thursday")
    articles = [
        newsdiff.Article(text=f"{QUOTE}\n", id="quay", outlet="Quay Post"),
        newsdiff.Article(text=f"{retold}\n", id="coast", outlet="Coastal Courier"),
        newsdiff.Article(text=f"{QUOTE}\n", id="bay", outlet="Bay Ledger"),
    ]
    report = build_report(newsdiff.compare(articles))
    assert [a.sentences[0].nearly for a in report.articles] == [False, True, False]


@pytest.mark.parametrize("shown", ["e\u0301", "\U0001f469\u200d\U0001f692"])  # e and an acute accent; a ZWJ emoji
def test_a_long_failure_reason_is_cut_on_the_corpus_page_without_splitting_a_character(shown: str) -> None:
    # The cut fell between a letter and its combining accent: "é" (e, U+0301) showed as a bare "e" before the ellipsis,
    # and the accent, left at the end of the text, was lost.
    start = "x" * (REASON_SHOWN - 2)
    reason = f"{start}{shown} and the rest of a long error"
    summary = CorpusSummary(
        clusters=1, failed=("c1",), outlets=(), carried=(), failure_reasons=(FailureReason(reason, 1),)
    )
    cells = re.findall(r'<table class="reasons">.*?<td><bdi>([^<]*)</bdi></td>', render_corpus(summary), re.DOTALL)
    assert len(cells) == 1
    cut = html.unescape(cells[0])
    assert len(cut) <= REASON_SHOWN and cut.endswith("…")
    assert cut in (f"{start}…", f"{start}{shown}…"), "the character is kept whole or left out whole"


def test_a_changed_run_adds_no_words_to_the_sentence_s_text(page: str) -> None:
    # The words that tell a screen reader where a run starts and ends are the style's generated text, never
    # the page's, so that a copied sentence is the sentence.
    bodies = re.findall(r'<span class="s [a-z ]+"[^>]*>\n<bdi lang="">(.*?)</bdi>', page)
    marked = [body for body in bodies if "<del>" in body or "<ins>" in body]
    assert marked, "the harbour report has sentences with changed words"
    texts = {html.unescape(re.sub(r"</?(?:ins|del)>", "", body)) for body in marked}
    assert TALKS in texts and TALKS_REWORDED in texts
    assert all("not in the" not in body for body in bodies)


def test_a_sentence_holds_its_own_text_alone_and_its_label_once(page: str) -> None:
    # The label in words was written into each sentence, where a copied sentence took it along ("shared
    # verbatim:The meeting ..."), and again in its tooltip, which a screen reader read a second time: the style
    # gives it instead, as generated words a screen reader reads and a copy leaves out.
    spans = re.findall(r'<span class="s ([a-z ]+)"([^>]*)>(.*?)<bdi lang="">', page, re.DOTALL)
    assert len(spans) > 10
    assert all(before.strip() == "" for _, _, before in spans), "nothing precedes the sentence's own text"
    assert all(" title=" not in attributes for _, attributes, _ in spans)
    [style] = _parse(page).raw["style"]
    for classes, words in (
        ("shared", "shared verbatim"),
        ("shared.nearly", "shared, nearly verbatim"),
        ("paraphrased", "paraphrased"),
        ("unique", "unique"),
    ):
        assert f'.s.{classes} > bdi::before {{ content: "{words}: "; }}' in style


def test_crossing_matches_stay_in_place_marked_as_elsewhere() -> None:
    first = newsdiff.Article(text=f"{TALKS}\n{SHIPS}\n{QUOTE}\n", id="a")
    second = newsdiff.Article(text=f"{QUOTE}\n{TALKS}\n{SHIPS}\n", id="b")
    pair = build_report(newsdiff.compare([first, second])).pairs[0]
    lone = [row for row in pair.rows if row.kind != "pair"]
    assert len(lone) == 2 and all(row.elsewhere for row in lone)
    assert {(row.left or row.right).text for row in lone} == {QUOTE}  # type: ignore[union-attr]


class _Spoken(HTMLParser):
    """The text a screen reader reads out of each element of one class: what ``aria-hidden`` leaves, not titles."""

    VOID = frozenset({"br", "hr", "img", "input", "meta", "link", "wbr"})

    def __init__(self, name: str) -> None:
        super().__init__()
        self.name = name
        self.spoken: list[str] = []
        self._open: list[tuple[bool, bool]] = []  # per open tag: starts a wanted element, is hidden

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self.VOID:
            return
        found = dict(attrs)
        wanted = self.name in (found.get("class") or "").split()
        hidden = found.get("aria-hidden") == "true" or any(h for _, h in self._open)
        if wanted:
            self.spoken.append("")
        self._open.append((wanted, hidden))

    def handle_endtag(self, tag: str) -> None:
        if tag not in self.VOID and self._open:
            self._open.pop()

    def handle_data(self, data: str) -> None:
        if any(w for w, _ in self._open) and not any(h for _, h in self._open):
            self.spoken[-1] += data


def test_a_sentence_told_in_another_order_says_so_in_words_not_only_with_an_arrow() -> None:
    first = newsdiff.Article(text=f"{TALKS}\n{SHIPS}\n{QUOTE}\n", id="a", outlet="Quay Post")
    second = newsdiff.Article(text=f"{QUOTE}\n{TALKS}\n{SHIPS}\n", id="b", outlet="Coastal Courier")
    reader = _Spoken("moved")
    reader.feed(render_html(newsdiff.compare([first, second])))
    assert len(reader.spoken) == 2
    assert sorted(" ".join(text.split()) for text in reader.spoken) == [
        "has a counterpart in Coastal Courier, told in another order",
        "has a counterpart in Quay Post, told in another order",
    ]


def test_the_half_of_a_sentence_split_in_two_points_to_the_row_of_the_whole_not_to_another_order() -> None:
    # One article says in one sentence what the other says in two: the second half, in a row of its own under the row
    # that pairs the whole with the first half, was said to be "told in another order", where it is told in order.
    whole = TALKS.removesuffix(".") + ", which has kept 40 cargo ships waiting outside the harbour for nine days."
    one = newsdiff.Article(text=f"{whole}\n{FERRY}\n", id="one", outlet="Quay Post")
    two = newsdiff.Article(text=f"{TALKS}\n{SHIPS}\n{FERRY}\n", id="two", outlet="Coastal Courier")
    for articles, other in (([one, two], "Quay Post"), ([two, one], "Quay Post")):
        comparison = newsdiff.compare(articles)
        assert len(comparison.article("one").sentences[0].matches) == 2, "the whole matches both halves"
        reader = _Spoken("moved")
        reader.feed(render_html(comparison))
        assert [" ".join(text.split()) for text in reader.spoken] == [f"has a counterpart in {other}, in a row above"]


def test_a_sentence_told_in_another_order_is_read_out_once() -> None:
    # The note's tooltip, on the note itself, was its description to a screen reader: read again after its words.
    first = newsdiff.Article(text=f"{TALKS}\n{SHIPS}\n{QUOTE}\n", id="a", outlet="Quay Post")
    second = newsdiff.Article(text=f"{QUOTE}\n{TALKS}\n{SHIPS}\n", id="b", outlet="Coastal Courier")
    notes = re.findall(r'<span class="moved".*?</span></span>', render_html(newsdiff.compare([first, second])))
    assert len(notes) == 2
    for note in notes:
        titled = re.findall(r"<span([^>]*) title=", note)
        assert titled == [' aria-hidden="true"'], f"only the arrow, which a screen reader skips, has a tooltip: {note}"


@pytest.mark.parametrize("name", ["heat", "meta"])
def test_counts_are_read_out_in_words_not_as_glyphs(page: str, name: str) -> None:
    # "3 = · 1 ≈" would be read as "3 equals, 1 almost equal to"; the glyphs are for the eye.
    reader = _Spoken(name)
    reader.feed(page)
    assert reader.spoken
    for text in reader.spoken:
        assert not set("=≈◇") & set(text), text
    spoken = " ".join(reader.spoken)
    assert "verbatim" in spoken or "shared" in spoken
    assert "paraphrased" in spoken


def test_each_bar_gives_its_figures_to_a_screen_reader_once(page: str, harbour: newsdiff.Comparison) -> None:
    # The bar's name and the hidden words beside it said the same figures, so they were read twice.
    bars = [attrs for tag, attrs in _parse(page).tags if tag == "svg" and attrs.get("class") == "bar"]
    names = [attrs.get("aria-label") or "" for attrs in bars]
    beside = _Spoken("bar-text")
    beside.feed(page)
    assert len(names) == len(beside.spoken) == len(harbour.articles)
    for name, text in zip(names, beside.spoken, strict=True):
        assert re.fullmatch(r"\d+% shared, \d+% paraphrased, \d+% unique", name)
        assert "%" not in text and "shared" not in text, text


def test_the_matrix_scrolling_box_is_reached_from_the_keyboard_and_named(page: str) -> None:
    # A box that scrolls but takes no focus cannot be scrolled without a mouse in every browser.
    tags = _parse(page).tags
    [box] = [attrs for _, attrs in tags if "scroll" in (attrs.get("class") or "").split()]
    assert box.get("tabindex") == "0" and box.get("role") == "region"
    named = [attrs for _, attrs in tags if attrs.get("id") == box.get("aria-labelledby")]
    assert len(named) == 1, "the region is named by the matrix's caption"


def test_the_matrix_table_is_named_and_described_by_its_figures_caption(page: str) -> None:
    # The caption names the figure, not the table in it: a screen reader met an unnamed table of figures.
    [table] = [attrs for tag, attrs in _parse(page).tags if tag == "table" and "matrix" in (attrs.get("class") or "")]
    assert table.get("aria-labelledby") and table.get("aria-describedby"), "the table has a name and a description"
    text = _text_by_id(page)
    assert " ".join(text[id] for id in (table["aria-labelledby"] or "").split()) == "Who shares what."
    description = " ".join(text[id] for id in (table["aria-describedby"] or "").split())
    assert description.startswith("Each cell: the share of the row outlet's sentences")
    assert "Who shares what" not in description, "the name is not read again as the description"


def test_a_sentences_mark_gives_its_number_and_label_not_its_outlet(page: str) -> None:
    # The outlet is named once per strip: repeated in each of thousands of marks, it made a fifth of a long cluster's
    # page. A sentence itself has no tooltip (its label is read in words, see report.css).
    ticks = [attrs for _, attrs in _parse(page).tags if "tick" in (attrs.get("class") or "").split()]
    titles = [attrs.get("title") or "" for attrs in ticks]
    assert titles, "the page shows sentences"
    assert [
        t for t in titles if not re.fullmatch(r"sentence \d+: (shared(, nearly)? verbatim|paraphrased|unique)", t)
    ] == []


def test_a_strips_mark_names_its_sentence_once_by_its_link(page: str) -> None:
    # Each mark carried its sentence's key (data-s="0-3") beside the link to it (href="#a0-s3"): the script finds the
    # sentence the link leads to instead.
    tags = _parse(page).tags
    marks = [attrs for _, attrs in tags if "tick" in (attrs.get("class") or "").split()]
    keys = {attrs["id"]: attrs.get("data-s") for _, attrs in tags if "data-m" in attrs and attrs.get("id")}
    assert marks and all("data-s" not in attrs for attrs in marks)
    assert sorted("#" + anchor for anchor in keys) == sorted(attrs.get("href") or "" for attrs in marks)


def test_sentences_of_claims_and_pairs_are_described_by_their_outlets_name(
    page: str, harbour: newsdiff.Comparison
) -> None:
    # There the arrow keys pass from one outlet's sentence to another's: each must still say whose it is.
    report = build_report(harbour)
    names = [a.name for a in report.articles]
    text = _text_by_id(page)
    described = [
        (attrs.get("data-s") or "", attrs.get("aria-describedby") or "")
        for _, attrs in _parse(page).tags
        if "s" in (attrs.get("class") or "").split() and "aria-describedby" in attrs
    ]
    in_claims = sum(len(w.sentences) for c in report.claims for w in c.wordings)
    in_pairs = sum((row.left is not None) + (row.right is not None) for p in report.pairs for row in p.rows)
    assert len(described) == in_claims + in_pairs > 0
    for key, heading in described:
        assert text[heading].strip() == names[int(key.split("-")[0])], key


def test_each_strip_of_marks_is_named_for_its_outlet_once(page: str, harbour: newsdiff.Comparison) -> None:
    tags = _parse(page).tags
    text = _text_by_id(page)
    strips = [attrs for _, attrs in tags if attrs.get("class") == "strip"]
    assert [attrs.get("role") for attrs in strips] == ["group"] * len(harbour.articles)
    names = [a.name for a in build_report(harbour).articles]
    assert [text[attrs.get("aria-labelledby") or ""] for attrs in strips] == names
    marks = [attrs for _, attrs in tags if "tick" in (attrs.get("class") or "").split()]
    assert len(marks) == sum(len(a.sentences) for a in harbour.articles)
    # The title names the mark, once: an aria-label saying the same would double it.
    titles = [attrs.get("title") or "" for attrs in marks if "aria-label" not in attrs]
    assert len(titles) == len(marks)
    assert [
        t for t in titles if not re.fullmatch(r"sentence \d+: (shared(, nearly)? verbatim|paraphrased|unique)", t)
    ] == []


def test_removed_noise_is_listed_collapsed() -> None:
    noisy = newsdiff.Article(text=f"{TALKS}\nRead more\n{SHIPS}\n", id="noisy")
    plain = newsdiff.Article(text=f"{TALKS}\n{FERRY}\n", id="plain")
    comparison = newsdiff.compare([noisy, plain])
    assert comparison.articles[0].removed, "the fixture must contain noise the shipped rules remove"
    html = render_html(comparison)
    details = re.search(r'<details class="removed">(.*?)</details>', html, re.DOTALL)
    assert details is not None and "Read more" in details.group(1)
    assert "open" not in re.search(r'<details class="removed"[^>]*>', html).group(0)  # type: ignore[union-attr]


def test_a_removed_passage_is_set_apart_without_quotation_marks_whatever_its_direction() -> None:
    # In <q>, a Hebrew passage got English quotation marks, which read reversed around it (”...“ from its right).
    comparison = newsdiff.compare(
        [
            newsdiff.Article(text=f"{TALKS}\nקראו עוד בעמוד הבא\nRead more\n", id="noisy"),
            newsdiff.Article(text=f"{TALKS}\n{FERRY}\n", id="plain"),
        ],
        extra_rules=[newsdiff.NoiseRule("promo", r"קראו עוד.*")],
    )
    removed = re.search(r'<details class="removed">(.*?)</details>', render_html(comparison), re.DOTALL)
    assert removed is not None
    passages = re.findall(
        r'<li( dir="rtl")?><span class="reason">[^<]*</span> <bdi class="passage" lang="">([^<]*)</bdi>',
        removed.group(1),
    )
    assert sorted(passages) == [("", "Read more"), (' dir="rtl"', "קראו עוד בעמוד הבא")]
    assert "<q" not in removed.group(1)


def test_notebook_output_is_the_page_in_a_sandboxed_frame(harbour: newsdiff.Comparison) -> None:
    fragment = render_notebook(harbour)
    frames = [attrs for tag, attrs in _parse(fragment).tags if tag == "iframe"]
    assert len(frames) == 1 and frames[0]["sandbox"] == "allow-scripts"
    assert frames[0]["srcdoc"] == render_html(harbour, framed=True)
    assert "<script>" not in fragment and harbour._repr_html_() == fragment


def test_only_the_framed_page_takes_its_own_address_as_the_base_of_its_links(harbour: newsdiff.Comparison) -> None:
    # In a srcdoc frame, "#claims" would resolve against the notebook's address when no script is there to
    # catch the click; in a file, the file's own address is the right base and none may be set.
    def base_and_policy(html: str) -> tuple[list[str | None], str]:
        tags = _parse(html).tags
        policy = next(a["content"] for t, a in tags if t == "meta" and a.get("http-equiv") == "Content-Security-Policy")
        base = dict(d.strip().split(" ", 1) for d in (policy or "").split(";"))["base-uri"]
        return [a.get("href") for t, a in tags if t == "base"], base

    assert base_and_policy(render_html(harbour)) == ([], "'none'")
    [frame] = [attrs for tag, attrs in _parse(render_notebook(harbour)).tags if tag == "iframe"]
    assert base_and_policy(frame["srcdoc"] or "") == (["about:srcdoc"], "about:")


def test_notebook_frame_keeps_quotes_and_ampersands_of_the_page() -> None:
    text = "Brell's \"last\" offer & the port's reply: <b>no</b>.\n" + SHIPS + "\n"
    quay, other = newsdiff.Article(text=text, id="quay's"), newsdiff.Article(text=f"{SHIPS}\n", id="b")
    comparison = newsdiff.compare([quay, other])
    [frame] = [attrs for tag, attrs in _parse(render_notebook(comparison)).tags if tag == "iframe"]
    assert frame["srcdoc"] == render_html(comparison, framed=True)
    assert "&lt;b&gt;no&lt;/b&gt;" in render_html(comparison), "the article's markup is shown as text inside the page"


def test_notebook_draws_fewer_pairs_side_by_side_and_stays_small() -> None:
    if len(EXAMPLE_CLUSTER) < 3:
        pytest.skip("the example cluster (examples/cluster/*.txt) is not in this checkout")
    articles = newsdiff.load(EXAMPLE_CLUSTER)
    # Seven articles: the example's five and two of them again under other names, 21 pairs in all.
    extra = [newsdiff.Article(text=a.text, id=f"{a.id}-again") for a in articles[:2]]
    comparison = newsdiff.compare([*articles, *extra])
    fragment = render_notebook(comparison)
    [frame] = [attrs for tag, attrs in _parse(fragment).tags if tag == "iframe"]
    assert frame["srcdoc"] == render_html(comparison, side_by_side=NOTEBOOK_SIDE_BY_SIDE, framed=True)
    assert frame["srcdoc"].count('class="pair"') == 10 and 'id="pairs-left-out"' in frame["srcdoc"]
    full = render_html(comparison)
    assert full.count('class="pair"') == 21
    # The frame's escaping adds little to the page it carries.
    assert len(fragment) < 1.15 * len(frame["srcdoc"]) < len(full)


def _long_articles(count: int, sentences: int) -> newsdiff.Comparison:
    """``count`` articles of ``sentences`` sentences each, all their own but for one they share."""
    return newsdiff.compare(
        [
            newsdiff.Article(
                text=f"{TALKS}\n"
                + "".join(f"The ferry{k}x{n} to Marr{k}x{n} left Kessel{k}x{n}.\n" for n in range(sentences)),
                id=f"long-{k}",
            )
            for k in range(count)
        ]
    )


def test_long_articles_draw_fewer_pairs_side_by_side_in_a_notebook_cell() -> None:
    # Each pair draws both its articles whole: three pairs of 400-sentence articles make 2,400 rows, too many
    # for a cell kept to about a megabyte; one pair is drawn there, and the page says the others are left out.
    comparison = _long_articles(3, 400)
    [frame] = [attrs for tag, attrs in _parse(render_notebook(comparison)).tags if tag == "iframe"]
    page = frame["srcdoc"] or ""
    assert page.count('class="pair"') == 1 and "the other 2 pairs are left out" in page
    assert render_html(comparison).count('class="pair"') == 3, "a report file has room for all three"


def test_a_pair_longer_than_the_budget_is_drawn_when_it_is_the_only_one() -> None:
    report = build_report(_long_articles(2, 30), side_by_side=SideBySide(sentences=10))
    assert [(p.first.id, p.second.id) for p in report.pairs] == [("long-0", "long-1")] and not report.pairs_left_out


def test_pairs_too_long_for_the_budget_are_passed_over_for_shorter_ones() -> None:
    articles = [
        newsdiff.Article(text=f"{TALKS}\n" + "".join(f"The tug{k}x{n} sailed.\n" for n in range(size)), id=name)
        for k, (name, size) in enumerate([("long", 60), ("short", 2), ("brief", 2)])
    ]
    report = build_report(newsdiff.compare(articles), side_by_side=SideBySide(sentences=70))
    drawn = [(p.first.id, p.second.id) for p in report.pairs]
    assert len(drawn) == 2 and ("short", "brief") in drawn and report.pairs_left_out == 1


def test_report_of_the_example_cluster_has_every_view() -> None:
    if len(EXAMPLE_CLUSTER) < 3:
        pytest.skip("the example cluster (examples/cluster/*.txt) is not in this checkout")
    comparison = newsdiff.compare(newsdiff.load(EXAMPLE_CLUSTER))
    html = render_html(comparison)
    for section in ('id="overview"', 'id="claims"', 'id="side-by-side"', 'id="articles"'):
        assert section in html
    size = len(comparison.articles)
    assert html.count('class="pair"') == size * (size - 1) // 2
    assert html.count('class="tick ') == sum(len(a.sentences) for a in comparison.articles)


def test_many_articles_draw_only_the_pairs_sharing_most_side_by_side() -> None:
    if len(EXAMPLE_CLUSTER) < 3:
        pytest.skip("the example cluster (examples/cluster/*.txt) is not in this checkout")
    comparison = newsdiff.compare(newsdiff.load(EXAMPLE_CLUSTER))
    size = len(comparison.articles)
    report = build_report(comparison, side_by_side=SideBySide(pairs=3))
    assert len(report.pairs) == 3 and report.pairs_left_out == size * (size - 1) // 2 - 3
    drawn = {(p.first.id, p.second.id) for p in report.pairs}
    aligned = {
        (a.id, b.id): sum(1 for _ in comparison.pairs(a.id, b.id))
        for i, a in enumerate(comparison.articles)
        for b in comparison.articles[i + 1 :]
    }
    assert min(aligned[key] for key in drawn) >= max(n for key, n in aligned.items() if key not in drawn)
    html = render_html(comparison, side_by_side=SideBySide(pairs=3))
    assert html.count('class="pair"') == 3
    assert f"the other {size * (size - 1) // 2 - 3} pairs are left out" in html
    assert 'id="pairs-left-out"' not in render_html(comparison)


def test_no_pair_is_drawn_side_by_side_when_the_limit_is_none() -> None:
    report = build_report(_long_articles(3, 2), side_by_side=SideBySide(pairs=0))
    assert report.pairs == () and report.pairs_left_out == 3


def test_a_page_that_draws_no_pair_says_so_rather_than_that_it_needs_two_articles() -> None:
    # With the limit at none, the page said "Side by side needs at least two articles" of three articles.
    page = render_html(_long_articles(3, 2), side_by_side=SideBySide(pairs=0))
    part = page[page.index('id="side-by-side"') : page.index('id="articles"')]
    assert "needs at least two articles" not in part
    note = re.search(r'<p class="hint" id="pairs-left-out">(.*?)</p>', part)
    assert note is not None and "Of these 3 articles, no pair is drawn here; the 3 pairs are left out" in note.group(1)
    assert "compare them on their own" in note.group(1) and 'class="pair"' not in part


@pytest.mark.parametrize("limits", [{"pairs": -1}, {"sentences": -5}, {"pairs": 2.5}, {"sentences": True}])
def test_side_by_side_limits_that_are_not_counts_are_refused_by_name(limits: dict[str, Any]) -> None:
    [(field, value)] = limits.items()
    with pytest.raises(ValueError, match=f"{field} must be a whole number of 0 or more, not {value!r}"):
        SideBySide(**limits)


def test_write_atomically_replaces_the_file_and_leaves_no_temporary(tmp_path: Path) -> None:
    target = tmp_path / "report.html"
    target.write_text("old", encoding="utf-8")
    assert write_atomically(target, "new ✓") == target
    assert target.read_text(encoding="utf-8") == "new ✓"
    assert [p.name for p in tmp_path.iterdir()] == ["report.html"]


def test_write_atomically_does_not_hold_the_text_a_second_time_as_its_bytes(tmp_path: Path) -> None:
    # The whole text was encoded at once: a report of 8 MB took 8 MB more to write.
    text = "The ferry left the quay at dawn. " * 250_000
    tracemalloc.start()
    try:
        write_atomically(tmp_path / "report.html", text)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < len(text) // 2
    assert (tmp_path / "report.html").read_text(encoding="utf-8") == text


def test_write_atomically_makes_the_new_file_durable_before_it_replaces_the_old(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Without fsync a power cut just after the rename could leave the report's name on an empty file.
    done: list[str] = []
    real_fsync, real_replace = os.fsync, os.replace

    def fsync(descriptor: int) -> None:
        done.append("fsync")
        real_fsync(descriptor)

    def replace(source: str, target: Path) -> None:
        done.append(f"replace from {Path(source).parent}")
        real_replace(source, target)

    monkeypatch.setattr(os, "fsync", fsync)
    monkeypatch.setattr(os, "replace", replace)
    write_atomically(tmp_path / "report.html", "new ✓")
    assert done == ["fsync", f"replace from {tmp_path}"]
    assert (tmp_path / "report.html").read_text(encoding="utf-8") == "new ✓"


def test_write_atomically_that_fails_to_encode_leaves_the_old_file_and_no_temporary(tmp_path: Path) -> None:
    target = tmp_path / "report.html"
    target.write_text("kept", encoding="utf-8")
    with pytest.raises(UnicodeEncodeError):
        write_atomically(target, "a" * 3_000_000 + "\ud800")  # fails in a later piece than the first
    assert target.read_text(encoding="utf-8") == "kept"
    assert [p.name for p in tmp_path.iterdir()] == ["report.html"]


@pytest.mark.skipif(os.name != "posix", reason="file modes")
def test_a_new_file_written_atomically_has_the_mode_the_umask_gives_and_the_umask_stays(tmp_path: Path) -> None:
    # Read by setting it (there is no other way), so the test restores it; the writer must not change it at all.
    mask = os.umask(0o027)
    try:
        written = write_atomically(tmp_path / "report.html", "new")
        during = os.umask(0o027)
    finally:
        os.umask(mask)
    assert written.stat().st_mode & 0o777 == 0o640
    assert during == 0o027


def test_write_atomically_writes_the_same_bytes_where_lines_end_in_crlf(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Windows, simulated: the pure-Python io honours os.linesep, as the C io does there.
    monkeypatch.setattr(os, "linesep", "\r\n")
    monkeypatch.setattr(os, "fdopen", _pyio.open)
    target = write_atomically(tmp_path / "matches.csv", 'id,text\n1,"two\nlines"\r\n')
    assert target.read_bytes() == b'id,text\n1,"two\nlines"\r\n'


@pytest.mark.skipif(os.name != "posix", reason="file modes")
def test_write_atomically_refuses_a_read_only_file_by_name_and_leaves_it_as_it_was(tmp_path: Path) -> None:
    target = tmp_path / "report.html"
    target.write_text("kept", encoding="utf-8")
    target.chmod(0o444)
    with pytest.raises(PermissionError, match=r"read-only \(mode 0o444\): make it writable") as raised:
        write_atomically(target, "new")
    assert raised.value.filename == str(target)
    assert target.read_text(encoding="utf-8") == "kept" and target.stat().st_mode & 0o777 == 0o444
    assert [p.name for p in tmp_path.iterdir()] == ["report.html"]


@pytest.mark.skipif(os.name != "posix", reason="file modes")
def test_write_atomically_refuses_a_read_only_file_reached_through_a_link(tmp_path: Path) -> None:
    target = tmp_path / "report.html"
    target.write_text("kept", encoding="utf-8")
    target.chmod(0o400)
    (tmp_path / "latest.html").symlink_to(target)
    with pytest.raises(PermissionError, match="read-only"):
        write_atomically(tmp_path / "latest.html", "new")
    assert target.read_text(encoding="utf-8") == "kept"


@pytest.mark.skipif(os.name != "posix", reason="file modes")
def test_cli_refuses_to_write_over_a_read_only_report_and_says_what_to_do(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(f"{TALKS}\n{QUOTE}\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text(f"{TALKS_REWORDED}\n{QUOTE}\n", encoding="utf-8")
    out = tmp_path / "report.html"
    out.write_text("kept", encoding="utf-8")
    out.chmod(0o444)
    result = CliRunner().invoke(main, ["compare", str(tmp_path / "a.txt"), str(tmp_path / "b.txt"), "-o", str(out)])
    assert result.exit_code == 2
    assert f"{out}: cannot write (the file is read-only (mode 0o444): make it writable" in result.output
    assert "Traceback" not in result.output and out.read_text(encoding="utf-8") == "kept"


def test_cli_open_writes_then_opens_the_report(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    opened: list[tuple[Path, bool]] = []

    def opener(page: Path) -> str | None:  # the opener the platform has (xdg-open, Click's launch): None, it opened
        opened.append((page, page.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")))
        return None

    monkeypatch.setattr("newsdiff.cli._unopened", opener)
    (tmp_path / "a.txt").write_text(f"{TALKS}\n{QUOTE}\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text(f"{TALKS_REWORDED}\n{QUOTE}\n", encoding="utf-8")
    out = tmp_path / "report.html"
    result = CliRunner().invoke(
        main, ["compare", str(tmp_path / "a.txt"), str(tmp_path / "b.txt"), "-o", str(out), "--open"]
    )
    assert result.exit_code == 0, result.output
    assert opened == [(out, True)]  # the report was whole on disk when it was handed over
    assert out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


def test_cli_open_without_an_html_file_is_a_usage_error(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(TALKS, encoding="utf-8")
    result = CliRunner().invoke(main, ["compare", str(tmp_path / "a.txt"), str(tmp_path / "a.txt"), "--open"])
    assert result.exit_code == 2
    assert "--open needs" in result.output


class _Isolation(HTMLParser):
    """Collects each stretch of text in <body> with whether an element around it isolates its direction."""

    VOID = frozenset({"meta", "br", "img", "input", "link", "hr", "wbr"})

    def __init__(self) -> None:
        super().__init__()
        self.open: list[tuple[str, dict[str, str | None]]] = []
        self.texts: list[tuple[str, bool, str | None]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in self.VOID:
            self.open.append((tag, dict(attrs)))

    def handle_endtag(self, tag: str) -> None:
        while self.open and self.open.pop()[0] != tag:
            pass

    def handle_data(self, data: str) -> None:
        if not any(tag == "body" for tag, _ in self.open):
            return
        isolated = any(tag == "bdi" or attrs.get("dir") == "auto" for tag, attrs in self.open)
        lang = next((attrs["lang"] for _, attrs in reversed(self.open) if "lang" in attrs), None)
        self.texts.append((data, isolated, lang))


def test_article_text_and_names_keep_their_own_direction_and_claim_no_language() -> None:
    outlet, title, sentence = "חדשות הנמל", "הנמל ייפתח מחדש", "הנמל ייפתח מחדש במאי לאחר חודשים של תיקונים."
    comparison = newsdiff.compare(
        [
            newsdiff.Article(text=f"{sentence}\n{FERRY}\n", id="hanamal", outlet=outlet, title=title),
            newsdiff.Article(text=f"{sentence}\n{ICE}\n", id="other", outlet="Coastal Courier"),
        ]
    )
    parser = _Isolation()
    parser.feed(render_html(comparison))
    hebrew = [(text, isolated, lang) for text, isolated, lang in parser.texts if re.search("[\u0590-\u05ff]", text)]
    assert len(hebrew) > 10
    assert [text for text, isolated, _ in hebrew if not isolated] == [], "each sits in <bdi> or dir=auto"
    assert [text for text, _, lang in hebrew if (text in (title, sentence)) and lang != ""] == [], (
        "headlines and sentences do not claim to be English"
    )


def test_articles_of_one_outlet_are_told_apart_by_their_id() -> None:
    comparison = newsdiff.compare(
        [
            newsdiff.Article(text=f"{TALKS}\n{QUOTE}\n", id="morning", outlet="Quay Post"),
            newsdiff.Article(text=f"{TALKS}\n{SHIPS}\n", id="evening", outlet="Quay Post"),
            newsdiff.Article(text=f"{TALKS}\n{ICE}\n", id="coast", outlet="Coastal Courier"),
        ]
    )
    report = build_report(comparison)
    assert [a.name for a in report.articles] == ["Quay Post (morning)", "Quay Post (evening)", "Coastal Courier"]
    assert report.matrix[0][1].column == "Quay Post (evening)"
    assert report.articles[1].sentences[0].article == "Quay Post (evening)"
    assert {w.article for c in report.claims for w in c.wordings} >= {"Quay Post (morning)", "Quay Post (evening)"}


def test_originality_percentages_add_up_to_a_hundred() -> None:
    first = newsdiff.Article(text=f"{TALKS}\n{QUOTE}\n{ICE}\n", id="thirds")
    second = newsdiff.Article(text=f"{TALKS_REWORDED}\n{QUOTE}\n{FERRY}\n", id="other")
    report = build_report(newsdiff.compare([first, second]))
    thirds = report.articles[0]
    assert thirds.counts == {"shared": 1, "paraphrased": 1, "unique": 1}, "the fixture splits the article in thirds"
    assert sum(thirds.percents.values()) == 100
    assert sorted(thirds.percents.values()) == [33, 33, 34]


@dataclass(frozen=True)
class _At:
    index: int


@dataclass(frozen=True)
class _Match:
    """What the side-by-side chain reads of an aligned pair: where it sits on each side, and its score."""

    first: Any  # an _At, or anything with an index
    second: Any
    score: float


def _heaviest_chain_by_scanning(pairs: list[_Match]) -> list[_Match]:
    """The chain as a scan of every earlier pair finds it: the heaviest, the earliest pair on a tie."""
    ordered = sorted(pairs, key=lambda p: (p.first.index, p.second.index))
    best: list[float] = []
    previous: list[int] = []
    for i, pair in enumerate(ordered):
        best.append(pair.score)
        previous.append(-1)
        for j in range(i):
            before = ordered[j].first.index < pair.first.index and ordered[j].second.index < pair.second.index
            if before and best[j] + pair.score > best[i]:
                best[i], previous[i] = best[j] + pair.score, j
    if not ordered:
        return []
    links = [max(range(len(ordered)), key=best.__getitem__)]
    while previous[links[-1]] >= 0:
        links.append(previous[links[-1]])
    return [ordered[i] for i in reversed(links)]


_MATCHES = st.lists(
    st.builds(
        lambda i, j, score: _Match(_At(i), _At(j), score),
        st.integers(0, 12),
        st.integers(0, 12),
        st.sampled_from([0.25, 0.5, 0.75, 1.0]),  # sums exact in binary, so ties are real ties
    ),
    max_size=40,
    unique_by=lambda m: (m.first.index, m.second.index),
)


@given(_MATCHES)
def test_side_by_side_rows_follow_the_heaviest_chain_of_matches(pairs: list[_Match]) -> None:
    assert _chain(pairs) == _heaviest_chain_by_scanning(pairs)


def test_the_side_by_side_chain_of_long_articles_reads_each_match_a_few_times() -> None:
    reads = 0

    class Counted:
        def __init__(self, index: int) -> None:
            self._index = index

        @property
        def index(self) -> int:
            nonlocal reads
            reads += 1
            return self._index

    count = 2000
    # Two long articles telling the same story: every sentence matched, in order, plus a few crossings.
    pairs: list[Any] = [_Match(Counted(n), Counted(n), 1.0) for n in range(count)]
    pairs += [_Match(Counted(n), Counted(n + 7), 0.5) for n in range(0, count - 7, 50)]
    chain = _chain(pairs)
    assert [p.score for p in chain] == [1.0] * count
    assert reads < 40 * len(pairs), f"{reads} reads for {len(pairs)} matches: each is not compared with all others"


GAZETTE = " ".join(["The Weekly Harbour and Fisheries Gazette of the Northern Coast"] * 8)


def _gazette_and_its_copy(sentences: int) -> str:
    """The page of two articles telling the same ``sentences`` sentences, one from an outlet of a very long name."""
    text = "".join(f"The ferry{n} to Marr{n} waited at Kessel{n} for the tug{n} all night.\n" for n in range(sentences))
    return render_html(
        newsdiff.compare(
            [newsdiff.Article(text=text, id="gazette", outlet=GAZETTE), newsdiff.Article(text=text, id="copy")]
        )
    )


def test_a_long_outlet_name_is_written_out_per_article_not_per_sentence() -> None:
    short, long = _gazette_and_its_copy(4), _gazette_and_its_copy(40)
    assert long.count(GAZETTE) == short.count(GAZETTE), "ten times the sentences, as many copies of the name"
    # Each side-by-side column is named once (for the rows of a phone's stacked view), shortened.
    who = re.findall(r'data-who="([^"]*)"', long)
    assert len(who) == 2 and who == re.findall(r'data-who="([^"]*)"', short)
    assert len(who[0]) <= 60 and who[0].startswith("The Weekly") and who[0].endswith("…")


def _three_harbour_articles(**first: str) -> str:
    """The page of three short articles, the first with the given metadata (an outlet, a title)."""
    base = "Port Minister Lena Varga will meet the union on Friday to end the strike.\n"
    return render_html(
        newsdiff.compare(
            [
                newsdiff.Article(text=f"{base}The ferry stays in port.\n", id="quay", **first),
                newsdiff.Article(text=f"{base}Traders say fish is running out.\n", id="coast", title="Talks"),
                newsdiff.Article(text=f"{base}It rained all day in Kessel.\n", id="bay", outlet="Bay Times"),
            ]
        )
    )


@pytest.mark.parametrize("field", ["outlet", "title"])
def test_a_huge_name_or_headline_adds_about_its_own_size_to_the_page_once(field: str) -> None:
    # Written whole in each place that names the article (matrix, bars, strips, headings, pickers, tooltips), a
    # megabyte's name made a page of tens of megabytes. It is written whole once, in the outlet list.
    huge = "The Harbour Weekly " * 50_000
    page, plain = _three_harbour_articles(**{field: huge}), _three_harbour_articles(**{field: "Harbour Weekly"})
    assert len(page) - len(plain) < 1.2 * len(huge)
    assert page.count(huge.strip()) == 1
    outlet_list = page[page.index('<table class="outlets">') : page.index("</table>")]
    assert huge.strip() in outlet_list, "the outlet list gives it whole"
    assert "The Harbour Weekly The Harbour Weekly" in page.split("</table>", 1)[1], "it is still shown elsewhere, cut"


@pytest.mark.parametrize(
    ("name", "kept"),
    [
        # Thai writes no spaces between words; a vowel sign would be cut from its consonant.
        ("ก" * 58 + "ข่าวเหนือ", "ก" * 58),
        # A decomposed é (e and a combining acute) would lose its accent.
        ("X" * 58 + "e\u0301tudes", "X" * 58),
        # A family emoji is one picture of several code points joined by zero-width joiners.
        ("Z" * 55 + "👩\u200d👩\u200d👧 Daily", "Z" * 55),
        # A flag is a pair of regional indicators; one alone is another letter.
        ("Y" * 58 + "🇳🇴 News", "Y" * 58),
    ],
)
def test_a_name_cut_short_keeps_each_character_whole(name: str, kept: str) -> None:
    assert _short(name, 60) == kept + "…"


def test_each_notebook_frame_is_named_for_what_it_shows() -> None:
    # A screen reader lists a notebook's frames by their titles: two comparisons in one notebook, and a
    # corpus summary beside them, must not all be "newsdiff report".
    def frame(cell: str) -> dict[str, str | None]:
        [attrs] = [attrs for tag, attrs in _parse(cell).tags if tag == "iframe"]
        return attrs

    strike = newsdiff.compare(
        [
            newsdiff.Article(text=f"{TALKS}\n{SHIPS}\n", id="a", title="Dock strike <enters> day nine"),
            newsdiff.Article(text=f"{TALKS_REWORDED}\n{ICE}\n", id="b"),
        ]
    )
    ferry = newsdiff.compare([newsdiff.Article(text=f"{FERRY}\n", id="c"), newsdiff.Article(text=f"{ICE}\n", id="d")])
    assert frame(strike._repr_html_())["title"] == "newsdiff report: Dock strike <enters> day nine"
    assert frame(ferry._repr_html_())["title"] == "newsdiff report: 2 articles compared"
    corpus = newsdiff.summarize([strike, ferry])
    assert frame(corpus._repr_html_())["title"] == "newsdiff corpus: 2 clusters, 4 outlets"


def test_the_matrix_cells_without_a_figure_are_read_out_in_words() -> None:
    # The diagonal's dash and the corpus's dot for two outlets that never meet were read as "em dash" and
    # "middle dot", or not at all; their titles, which say what they mean, are not read.
    story = "Dock workers in Kessel walked out on Monday. The port is shut."
    herald, courier = (
        newsdiff.Article(story, id="a", outlet="Herald"),
        newsdiff.Article(story, id="b", outlet="Courier"),
    )
    first = newsdiff.compare([herald, courier])
    second = newsdiff.compare([herald, newsdiff.Article(story, id="c", outlet="Wire")])
    report = _Spoken("diag")
    report.feed(render_html(first))
    assert [" ".join(text.split()) for text in report.spoken] == ["2 sentences", "2 sentences"]
    corpus = _Spoken("diag")
    corpus.feed(render_corpus(newsdiff.summarize([first, second])))
    spoken = sorted(" ".join(text.split()) for text in corpus.spoken)
    assert spoken == ["2 sentences", "2 sentences", "4 sentences", *["never in the same cluster"] * 2]


def test_the_matrix_cells_without_a_figure_are_read_out_once() -> None:
    # Their tooltips, on the cells, were the cells' descriptions to a screen reader: "2 sentences", then "Herald: 2
    # sentences"; "never in the same cluster" twice. The tooltip is the glyph's, which a screen reader skips.
    story = "Dock workers in Kessel walked out on Monday. The port is shut."
    first = newsdiff.compare([newsdiff.Article(story, id="a", outlet="Herald"), newsdiff.Article(story, id="b")])
    second = newsdiff.compare([newsdiff.Article(story, id="a", outlet="Herald"), newsdiff.Article(story, id="c")])
    empty = _with_an_empty_article()
    for page in (render_html(first), render_corpus(newsdiff.summarize([first, second])), render_html(empty)):
        cells = re.findall(r'<td class="(?:diag|heat na)"[^>]*>.*?</td>', page)
        assert len(cells) >= 2
        for cell in cells:
            assert re.findall(r"<(\w+)([^>]*) title=", cell) == [("span", ' aria-hidden="true"')], cell
        assert _cell_tooltips(page, "diag") and all(_cell_tooltips(page, "diag"))


def test_a_matrix_cell_s_figures_are_read_out_once() -> None:
    # The tooltip naming both outlets was the cell's: a screen reader read "50% 1 verbatim, 0 paraphrased", then, as
    # the cell's description, "Courier carries 1 of 2 sentences of Herald: 1 verbatim, 0 paraphrased" again. It is
    # the figures' now, which a screen reader skips, and the words say once what they show.
    story = "Dock workers in Kessel walked out on Monday. The port is shut."
    comparison = newsdiff.compare(
        [
            newsdiff.Article(story, id="a", outlet="Herald"),
            newsdiff.Article("Dock workers in Kessel walked out on Monday. Fish rots on the quay.", id="b"),
        ]
    )
    corpus = render_corpus(newsdiff.summarize([comparison]))
    for page, where in ((render_html(comparison), ""), (corpus, " in the clusters both cover")):
        cells = re.findall(r'<td class="heat h\d+"[^>]*>.*?</td>', page)
        assert len(cells) == 2
        for cell in cells:
            assert re.findall(r"<(\w+)([^>]*) title=", cell) == [("span", ' aria-hidden="true"')], cell
        spoken = _Spoken("heat")
        spoken.feed(page)
        assert [" ".join(text.split()) for text in spoken.spoken] == [
            f"50%: 1 of 2 sentences{where}, 1 verbatim, 0 paraphrased"
        ] * 2
        assert _cell_tooltips(page, "heat")[0] == (
            f"\u2068b\u2069 carries 1 of 2 sentences of \u2068Herald\u2069{where}: 1 verbatim, 0 paraphrased"
        )


def test_a_bar_of_no_sentences_draws_no_share_and_says_so() -> None:
    # Its shares are all 0: the unique part took the rest of the bar, the whole of it, beside "0% ◇ unique".
    summary = CorpusSummary(
        clusters=1,
        failed=(),
        outlets=(OutletFigures("Ashby Crier", 1, 1, 4, 2, 1, 1), OutletFigures("Quiet Lantern", 1, 1, 0, 0, 0, 0)),
        carried=(),
    )
    tags = _parse(render_corpus(summary)).tags
    bars = [attrs for tag, attrs in tags if tag == "svg" and attrs.get("class") == "bar"]
    assert [attrs.get("aria-label") for attrs in bars] == ["50% shared, 25% paraphrased, 25% unique", "no sentences"]
    widths = [float(attrs.get("width") or 0) for tag, attrs in tags if tag == "rect" and attrs.get("class") in LABELS]
    assert widths == [50, 25, 25], "the empty bar draws no part"


def _corpus_of(name: str, others: int) -> str:
    """The corpus page of an outlet called ``name`` and ``others`` more, each pair carrying the other a little."""
    names = [name, *(f"Post {n}" for n in range(others))]
    return render_corpus(
        CorpusSummary(
            clusters=1,
            failed=(),
            outlets=tuple(OutletFigures(n, 1, 1, 4, 2, 1, 1) for n in names),
            carried=tuple(Carried(a, b, 1, 4, 1, 1) for a in names for b in names if a != b),
        )
    )


@pytest.mark.parametrize("others", [2, 45], ids=["bars only", "a table of every outlet"])
def test_a_huge_outlet_name_adds_about_its_own_size_to_the_corpus_page_once(others: int) -> None:
    # Its bar, matrix row and column and the table of every outlet each wrote it twice (the text and its tooltip).
    huge = "The Harbour Weekly " * 50_000
    page, plain = _corpus_of(huge, others), _corpus_of("Harbour Weekly", others)
    assert len(page) - len(plain) < 1.2 * len(huge)
    assert page.count(huge.strip()) == 1, "written whole once"


def test_a_sentence_takes_the_direction_of_its_first_strong_letter_not_of_its_hidden_label() -> None:
    hebrew = "הנמל ייפתח מחדש במאי לאחר חודשים של תיקונים."
    quoted = "«Vela» היא המעבורת החדשה של הנמל."
    comparison = newsdiff.compare(
        [
            newsdiff.Article(text=f"{hebrew}\n{quoted}\n", id="hanamal", outlet="חדשות הנמל"),
            newsdiff.Article(text=f"{hebrew}\n{ICE}\n", id="other", outlet="Coastal Courier"),
        ]
    )
    page = render_html(comparison)
    directions = dict(re.findall(r'<span class="s [a-z]+" data-s="([0-9]+-[0-9]+)"( dir="rtl")?', page))
    assert directions == {"0-0": ' dir="rtl"', "0-1": "", "1-0": ' dir="rtl"', "1-1": ""}


_LONG_OUTLET = "The Northern Harbour and Islands Daily Courier, Kessel and Vale Regional Desk"


def _two_editions(morning: str, evening: str, ids: tuple[str, str] = ("am", "pm")) -> newsdiff.Comparison:
    return newsdiff.compare(
        [
            newsdiff.Article(text=f"{TALKS}\n{SHIPS}\n", id=ids[0], outlet=morning),
            newsdiff.Article(text=f"{TALKS}\n{ICE}\n", id=ids[1], outlet=evening),
        ]
    )


def test_two_long_names_that_differ_only_at_the_end_stay_distinct_when_cut() -> None:
    # Cut at 60 characters, "... - morning edition" and "... - evening edition" both read as the same start in
    # every matrix cell, claim and column heading: the part that told the two articles apart was gone.
    report = build_report(_two_editions(f"{_LONG_OUTLET} - morning edition", f"{_LONG_OUTLET} - evening edition"))
    first, second = report.articles
    assert first.short_name != second.short_name
    assert first.short_name.endswith("… morning edition") and second.short_name.endswith("… evening edition")
    assert first.short_name.startswith("The Northern Harbour") and len(first.short_name) <= 60
    assert {cell.column for cell in report.matrix[0]} == {first.short_name, second.short_name}


def test_long_names_whose_different_ends_do_not_fit_are_told_apart_by_their_ids() -> None:
    tail = " for the readers of the coast, the islands and the hills beyond them"
    report = build_report(_two_editions(f"{_LONG_OUTLET}, morning{tail}", f"{_LONG_OUTLET}, evening{tail}"))
    assert [a.short_name.rsplit(" ", 1)[-1] for a in report.articles] == ["(am)", "(pm)"]
    assert all(len(a.short_name) <= 60 for a in report.articles)


def test_huge_names_that_differ_past_the_longest_shown_stay_distinct_where_cut() -> None:
    start = "The Harbour Weekly " * 100
    report = build_report(_two_editions(f"{start}morning", f"{start}evening"))
    first, second = report.articles
    assert first.name != second.name and first.name.endswith("… morning") and second.name.endswith("… evening")
    assert first.short_name != second.short_name


def test_the_corpus_page_keeps_cut_outlet_names_distinct() -> None:
    names = [f"{_LONG_OUTLET} - morning edition", f"{_LONG_OUTLET} - evening edition"]
    page = render_corpus(
        CorpusSummary(
            clusters=1,
            failed=(),
            outlets=tuple(OutletFigures(n, 1, 1, 4, 2, 1, 1) for n in names),
            carried=tuple(Carried(a, b, 1, 4, 1, 1) for a in names for b in names if a != b),
        )
    )
    # Each cell's tooltip names its two outlets by their short names, which both read as the same start.
    cells = _cell_tooltips(page, "heat")
    assert len(cells) == 2
    assert all("… morning edition" in str(title) and "… evening edition" in str(title) for title in cells), cells


def test_names_that_start_alike_are_told_apart_where_the_overview_shows_three_short_lines() -> None:
    # Matrix headings, bars and strips show about 24 characters; beyond that, names that share them read the same.
    report = build_report(_two_editions("Vale County Herald, morning desk", "Vale County Herald, evening desk"))
    assert [a.narrow_name for a in report.articles] == ["Vale… morning desk", "Vale… evening desk"]
    assert [a.name for a in report.articles] == ["Vale County Herald, morning desk", "Vale County Herald, evening desk"]
    plain = build_report(_two_editions("Vale County Herald, morning desk", "Harbour Wire"))
    assert [a.narrow_name for a in plain.articles] == [a.name for a in plain.articles], "names apart stay whole"


def test_a_name_shown_whole_stays_whole_when_a_longer_one_is_cut_to_read_as_it() -> None:
    # "Harbour Gazette of the North…" is a whole name, which the longer one's cut reads as: it was cut as well,
    # to "Harbour Gazette of the… …". Only the cut name needs telling apart.
    whole, longer = "Harbour Gazette of the North…", "Harbour Gazette of the North and the South"
    assert _distinct_shorts([whole, longer], ["a", "b"], 30) == [whole, "Harbour Gazette… and the South"]


def test_the_footer_says_when_the_version_that_compared_the_articles_is_not_recorded(
    harbour: newsdiff.Comparison,
) -> None:
    # A comparison read back without its version was "Made with newsdiff unknown".
    data = harbour.to_dict()
    data.pop("newsdiff")
    page = render_html(newsdiff.Comparison.from_dict(data))
    footer = re.search(r"<footer>(.*?)</footer>", page, re.DOTALL)
    assert footer is not None and "Made with newsdiff (version not recorded)." in footer.group(1)
    # The page's generator tag and the line under its title say the same, never "newsdiff unknown".
    assert '<meta name="generator" content="newsdiff (version not recorded)">' in page
    assert "newsdiff unknown" not in page
    known = re.search(r"<footer>(.*?)</footer>", render_html(harbour), re.DOTALL)
    assert known is not None and f"Made with newsdiff {newsdiff.__version__}." in known.group(1)


def _picker_options(page: str) -> dict[str, list[tuple[str, str | None]]]:
    """Each side-by-side picker's options, as (the text a closed picker shows, the option's title)."""
    pickers: dict[str, list[tuple[str, str | None]]] = {}
    for picker, options in re.findall(r'<select id="(pair-[a-z]+)">(.*?)</select>', page, re.DOTALL):
        pickers[picker] = []
        for attributes, text in re.findall(r"<option ([^>]*)>(.*?)</option>", options):
            title = re.search(r'title="([^"]*)"', attributes)
            pickers[picker].append((html.unescape(text), html.unescape(title.group(1)) if title else None))
    return pickers


def test_the_pickers_tell_apart_long_names_that_differ_only_at_the_end() -> None:
    # A closed picker shows some 24 characters (a phone's) to 35; both editions read "The Northern Harbour and
    # Islands Daily Cou" there, and a reader could not tell which pair the view showed.
    names = [f"{_LONG_OUTLET} - morning edition", f"{_LONG_OUTLET} - evening edition"]
    report = build_report(_two_editions(*names))
    pickers = _picker_options(render_html(_two_editions(*names)))
    assert set(pickers) == {"pair-left", "pair-right"}
    for options in pickers.values():
        shown = [text for text, _ in options]
        assert len({text[:24] for text in shown}) == 2, shown
        assert shown == [a.narrow_name for a in report.articles]
        assert [title for _, title in options] == names, "the whole name is the option's title"


def test_the_pickers_show_names_that_differ_early_as_they_are() -> None:
    pickers = _picker_options(render_html(_two_editions("Vale County Herald", "Harbour Wire")))
    assert pickers["pair-left"] == [("Vale County Herald", None), ("Harbour Wire", None)]


def _with_an_empty_article() -> newsdiff.Comparison:
    """Two editions read back from JSON with the second's sentences gone, as a hand-edited file may hold them."""
    data = _two_editions("Quay Post", "Coastal Courier").to_dict()
    data["articles"][1]["sentences"] = []
    data["groups"] = []
    for sentence in data["articles"][0]["sentences"]:
        sentence.update(label="unique", matches=[])
    return newsdiff.Comparison.from_dict(data)


def test_an_article_without_sentences_shares_nothing_not_zero_percent_in_the_matrix() -> None:
    # Read back from a comparison's JSON, an article may hold no sentence: its row read "0%", as if it shared
    # nothing, where it has nothing to share. An article beside it that shares nothing still reads 0%.
    page = render_html(_with_an_empty_article())
    assert _cell_tooltips(page, "heat") == [
        "\u2068Coastal Courier\u2069 carries 0 of 2 sentences of \u2068Quay Post\u2069: 0 verbatim, 0 paraphrased",
        "\u2068Coastal Courier\u2069 has no sentences, so nothing to share",
    ]
    spoken = _Spoken("heat")
    spoken.feed(page)
    assert [" ".join(text.split()) for text in spoken.spoken] == [
        "0%: 0 of 2 sentences, 0 verbatim, 0 paraphrased",
        "not applicable: no sentences to share",
    ]
    shown = re.findall(r'<td class="heat[^"]*"[^>]*>(.*?)</td>', page)
    assert "0%" in shown[0] and "0%" not in shown[1] and "—" in shown[1], "the eye is shown a dash, not a share"


def test_an_outlet_with_nothing_of_its_own_is_a_line_not_a_disclosure_that_opens_onto_nothing() -> None:
    # A copy of the wire story says nothing of its own: its list of unique sentences was a disclosure to open, and
    # opened, it showed nothing.
    copy = newsdiff.Article(text=f"{TALKS}\n{SHIPS}\n", id="copy", outlet="Quay Post")
    own = newsdiff.Article(text=f"{TALKS}\n{SHIPS}\n{ICE}\n", id="own", outlet="Coastal Courier")
    page = render_html(newsdiff.compare([copy, own]))
    lists = re.search(r'<div id="unique-lists">(.*?)</div>', page, re.DOTALL)
    assert lists is not None
    summaries = re.findall(r"<summary>(.*?)</summary>", lists.group(1))
    assert summaries == ["<bdi>Coastal Courier</bdi>: 1 unique sentence"]
    lines = re.findall(r'<p class="uniques none-of-its-own">(.*?)</p>', lists.group(1))
    assert lines == ["<bdi>Quay Post</bdi>: 0 unique sentences"]


def test_an_article_without_sentences_says_so_where_its_sentences_would_be() -> None:
    # Read back from JSON, an article may hold no sentence: its text was an empty list and its strip an empty group,
    # with nothing to say that it was empty rather than missing, and its unique sentences an empty list to unfold.
    page = render_html(_with_an_empty_article())
    article = re.search(r'<article class="article" id="article-1".*?</article>', page, re.DOTALL)
    assert article is not None
    assert "<ol" not in article.group() and '<p class="none">No sentences.</p>' in article.group()
    strip = re.search(r'<span class="strip" role="group" aria-labelledby="strip-1">(.*?)</span></li>', page)
    assert strip is not None and strip.group(1) == '<span class="none">no sentences</span>'
    uniques = re.findall(r'<details class="uniques">.*?</details>', page, re.DOTALL)
    assert len(uniques) == 1 and "<ul>" in uniques[0], "no empty list to unfold"
    assert page.count('<ol class="text">') == 1, "the article with sentences lists them"


def test_an_outlet_without_sentences_in_a_cluster_shares_nothing_not_zero_percent_on_the_corpus_page() -> None:
    summary = CorpusSummary(
        clusters=1,
        failed=(),
        outlets=(OutletFigures("Ashby Crier", 1, 1, 4, 2, 1, 1), OutletFigures("Quiet Lantern", 1, 1, 0, 0, 0, 0)),
        carried=(
            Carried("Ashby Crier", "Quiet Lantern", 1, 4, 0, 0),
            Carried("Quiet Lantern", "Ashby Crier", 1, 0, 0, 0),
        ),
    )
    page = render_corpus(summary)
    empty = "\u2068Quiet Lantern\u2069 has no sentences in the clusters both cover, so nothing to share"
    assert _cell_tooltips(page, "heat")[1] == empty
    assert re.findall(r'<td class="heat[^"]*"[^>]*>.*?<strong>(.*?)</strong>', page) == ["0%"]


def test_headlines_that_differ_past_the_longest_shown_stay_distinct_where_cut() -> None:
    # Each article's card gives its headline cut to 1,000 characters: two that differ only past the cut read the
    # same there, as outlet names did, and a reader would take them for one headline.
    start = "Port talks resume in Kessel " * 40
    comparison = newsdiff.compare(
        [
            newsdiff.Article(text=f"{TALKS}\n{SHIPS}\n", id="am", title=f"{start}on Friday morning"),
            newsdiff.Article(text=f"{TALKS}\n{ICE}\n", id="pm", title=f"{start}on Friday evening"),
            newsdiff.Article(text=f"{TALKS}\n{FERRY}\n", id="copy", title=f"{start}on Friday evening"),
            newsdiff.Article(text=f"{QUOTE}\n{FERRY}\n", id="untitled"),
        ]
    )
    titles = [a.title for a in build_report(comparison).articles]
    assert titles[0] is not None and titles[1] is not None and titles[3] is None
    assert titles[0].endswith("… morning") and titles[1].endswith("… evening")
    assert titles[1] == titles[2], "the same headline reads the same"
    assert all(len(title) <= 1_000 for title in titles if title)
    page = render_html(comparison)
    shown = [html.unescape(text) for text in re.findall(r'<p class="headline"[^>]*>(.*?)</p>', page)]
    assert shown == titles[:3]


def test_counts_of_one_are_written_in_the_singular() -> None:
    # A two-article page of one common claim read "1 claims carried by more than one", and the diagonal of an
    # article of one sentence was read out as "1 sentences".
    comparison = newsdiff.compare(
        [newsdiff.Article(text=f"{TALKS}\n", id="a"), newsdiff.Article(text=f"{TALKS}\n{ICE}\n", id="b")]
    )
    page = render_html(comparison)
    assert "2 articles · 1 claim carried by more than one ·" in page
    spoken = _Spoken("diag")
    spoken.feed(page)
    assert [" ".join(text.split()) for text in spoken.spoken] == ["1 sentence", "2 sentences"]
    assert [title.rsplit(": ", 1)[1] for title in _cell_tooltips(page, "diag")] == ["1 sentence", "2 sentences"]
    corpus = _Spoken("diag")
    corpus.feed(render_corpus(newsdiff.summarize([comparison])))
    assert sorted(" ".join(text.split()) for text in corpus.spoken) == ["1 sentence", "2 sentences"]


@pytest.mark.parametrize(
    ("drawn", "said"),
    [
        (1, "the pair that shares the most sentences is drawn here; the other 2 pairs are left out"),
        (2, "the 2 pairs that share the most sentences are drawn here; the other 1 pair is left out"),
    ],
)
def test_the_pairs_left_out_are_counted_in_the_singular_when_one(
    harbour: newsdiff.Comparison, drawn: int, said: str
) -> None:
    page = render_html(harbour, side_by_side=SideBySide(pairs=drawn))
    note = re.search(r'<p class="hint" id="pairs-left-out">(.*?)</p>', page)
    assert note is not None and f"Of these 3 articles, {said} to keep the page small." in note.group(1)


def test_a_fact_the_outlet_list_lacks_is_read_out_as_none_not_as_a_dash(page: str) -> None:
    # A missing headline, date or source showed a dash, which a screen reader reads as "em dash" or skips.
    reader = _Spoken("outlets")
    reader.feed(page)
    [spoken] = reader.spoken
    assert "—" not in spoken
    assert spoken.count("none") == 6, "three headlines, two dates and one source are missing (one is not linked)"
    table = page[page.index('<table class="outlets">') : page.index("</table>")]
    assert table.count('<span aria-hidden="true">—</span>') == 6, "the eye still sees a dash"


def test_the_corpus_table_reads_the_shares_of_an_outlet_without_sentences_as_not_applicable() -> None:
    names = [f"Post {n}" for n in range(45)]
    outlets = [OutletFigures(n, 1, 1, 4, 2, 1, 1) for n in names] + [OutletFigures("Quiet Lantern", 1, 1, 0, 0, 0, 0)]
    page = render_corpus(CorpusSummary(clusters=1, failed=(), outlets=tuple(outlets), carried=()))
    row = re.search(r'<tr><th scope="row"><bdi class="clamp" title="Quiet Lantern">.*?</tr>', page)
    assert row is not None
    reader = _Spoken("vh")
    reader.feed(row.group(0))
    assert reader.spoken == ["not applicable"] * 3


def test_each_column_of_a_pair_shows_its_own_sentence_as_written_in_either_unicode_form() -> None:
    # word_diff takes café composed and café decomposed as one word; the right column drew the equal words as the
    # left writes them, so the text a reader copies from it was not the second article's.
    composed = "Mayor Ilse Varga opened the harbour café on Friday after the strike."
    decomposed = unicodedata.normalize("NFD", composed)
    assert decomposed != composed
    comparison = newsdiff.compare(
        [
            newsdiff.Article(text=composed + " The ferries ran late.", id="a"),
            newsdiff.Article(text=decomposed + " Ice closed the port.", id="b"),
        ]
    )
    [pair] = build_report(comparison).pairs
    [row] = [row for row in pair.rows if row.kind == "pair"]
    assert "".join(piece.text for piece in row.left_pieces) == composed
    assert "".join(piece.text for piece in row.right_pieces) == decomposed
    [claim] = build_report(comparison).claims
    assert "".join(piece.text for piece in claim.wordings[1].pieces[0]) == decomposed


def test_a_changed_run_marks_its_words_and_leaves_the_spaces_around_them_unmarked() -> None:
    # The diff gives " since May" and "face-to-face " with their spaces: marked whole, a highlight began or ended
    # with a blank. The words are marked; the spaces stand outside, and each side still reads as it is written.
    first = "The talks on the sidelines are the first-level contact."
    second = "The face-to-face talks on the sidelines will be the highest-level contact since May."
    row = build_report(newsdiff.compare([first, second])).pairs[0].rows[0]
    for pieces, text in ((row.left_pieces, first), (row.right_pieces, second)):
        assert "".join(p.text for p in pieces) == text
        changed = [p.text for p in pieces if p.changed]
        assert changed and all(run == run.strip() for run in changed), changed
    page = render_html(newsdiff.compare([first, second]))
    assert "<ins>face-to-face</ins> talks" in page and "contact <ins>since May</ins>." in page


def test_a_change_of_spaces_alone_stays_a_change() -> None:
    # A run of nothing but white space has no words to mark apart from it: it is kept marked, so that a sentence
    # whose only difference is its spacing is not called verbatim. Within a line the diff calls only a space that
    # shows a change, one gained or lost beside a mark; two spaces for one are no change.
    pieces = _pieces(word_diff("Kessel harbour, opened.", "Kessel harbour , opened."), "second")
    assert [p.text for p in pieces if p.changed] == [" "]
    assert not any(p.changed for p in _pieces(word_diff("Kessel harbour opened.", "Kessel  harbour opened."), "second"))


def test_the_corpus_page_groups_the_thousands_of_every_count() -> None:
    # The heading wrote "2,400 clusters" and the same page "1234 failed" and "1500 sentences": every count on it is
    # written with its thousands grouped, as the heading's are.
    summary = CorpusSummary(
        clusters=2_400,
        failed=tuple(f"cluster-{n}" for n in range(1_234)),
        outlets=(
            OutletFigures("Ashby Crier", 1_166, 1_166, 1_500, 700, 300, 500),
            OutletFigures("Quiet Lantern", 1_166, 1_166, 2_000, 900, 100, 1_000),
        ),
        carried=(
            Carried("Ashby Crier", "Quiet Lantern", 1_166, 1_500, 700, 300),
            Carried("Quiet Lantern", "Ashby Crier", 1_166, 2_000, 900, 100),
        ),
    )
    body = render_corpus(summary).split("<body>")[1]
    text = " ".join(html.unescape(re.sub(r"<[^>]+>", " ", body)).split())
    titles = " ".join(html.unescape(t) for t in re.findall(r' title="([^"]*)"', body))
    assert "1,166 clusters compared, 1,234 failed" in text
    assert "1,500 sentences" in text and "2,000 sentences" in text  # the matrix's diagonal
    assert "700 verbatim, 300 paraphrased" in text
    assert "carries 1,000 of 1,500 sentences" in titles
    assert not re.search(r"\d{4}", text.replace("newsdiff " + summary.version, "")), "a count of thousands ungrouped"


def test_a_report_counts_thousands_as_the_text_does() -> None:
    # The report's counts (an article's sentences, its unique ones, a matrix cell's) read "1,234", not "1234".
    assert counted(1_234, "sentence") == "1,234 sentences" and counted(1, "claim") == "1 claim"


def test_the_marks_of_a_long_article_number_its_sentences_as_the_page_counts() -> None:
    # Each mark of the sentence-by-sentence strip is named for its sentence: "sentence 1001", where every count of
    # the page reads "1,001".
    text = "\n".join(f"The ferry{n} to Marr{n} waited at Kessel{n} for the tug{n}." for n in range(1_001))
    told = "The ferry5 to Marr5 waited at Kessel5 for the tug5."
    page = render_html(newsdiff.compare([newsdiff.Article(text, id="long"), newsdiff.Article(told, id="short")]))
    titles = re.findall(r'<a class="tick [a-z]+" href="#a0-s\d+" title="([^"]*)"', page)
    assert len(titles) == 1_001
    assert titles[5] == "sentence 6: shared verbatim"
    assert titles[-1] == "sentence 1,001: unique"


def _unrelated() -> newsdiff.Comparison:
    return newsdiff.compare(
        [
            newsdiff.Article("The ferry to Kessel was late on Monday.", id="quay", outlet="Quay Post"),
            newsdiff.Article(
                "Gulls nested on the old lighthouse roof this spring. The mayor opened a bakery.",
                id="coast",
                outlet="Coastal Courier",
            ),
        ]
    )


def test_a_pair_that_shares_nothing_says_so_plainly() -> None:
    # "0 verbatim and 0 paraphrased sentences aligned" read as a count to work out, not as the finding it is.
    [summary] = re.findall(r'<p class="pair-sum">(.*?)</p>', render_html(_unrelated()))
    assert summary == "These two articles share no sentence, word for word or in other words."


def test_the_page_describes_itself_to_search_and_link_previews() -> None:
    # The page had a title and a generator but no description: a shared link previewed as nothing but the title.
    page = render_html(_unrelated())
    [description] = re.findall(r'<meta name="description" content="([^"]*)">', page)
    assert html.unescape(description) == (
        "How 2 articles tell one event, sentence by sentence: \u2068Quay Post\u2069 and \u2068Coastal Courier\u2069; "
        "no claim is carried by more than one."
    )
    assert '<meta name="generator" content="newsdiff ' + newsdiff.__version__ + '">' in page


def test_the_page_s_description_names_five_outlets_and_counts_the_rest() -> None:
    names = ['<b>"Q&A" Post', "Outlet 1", "Outlet 2", "Outlet 3", "Outlet 4", "Outlet 5", "Outlet 6"]
    articles = [
        newsdiff.Article(f"Crate {n} reached Kessel on Monday.", id=f"a{n}", outlet=o) for n, o in enumerate(names)
    ]
    [description] = re.findall(r'<meta name="description" content="([^"]*)">', render_html(newsdiff.compare(articles)))
    assert html.unescape(description).startswith(
        'How 7 articles tell one event, sentence by sentence: \u2068<b>"Q&A" Post\u2069, \u2068Outlet 1\u2069, '
        "\u2068Outlet 2\u2069, \u2068Outlet 3\u2069, \u2068Outlet 4\u2069, and 2 more; "
    )


def test_a_name_that_overrides_the_direction_leaves_the_rest_of_the_page_s_description_as_it_reads() -> None:
    # A name holding a right-to-left override (U+202E) reversed every word after it in a search result or a preview.
    articles = [
        newsdiff.Article("Crate 1 reached Kessel on Monday.", id="a", outlet="Quay \u202ePost"),
        newsdiff.Article("Crate 1 reached Kessel on Monday.", id="b", outlet="Coastal Courier"),
    ]
    [description] = re.findall(r'<meta name="description" content="([^"]*)">', render_html(newsdiff.compare(articles)))
    assert "\u2068Quay \u202ePost\u2069 and \u2068Coastal Courier\u2069; 1 claim is" in html.unescape(description)


@pytest.mark.parametrize(
    ("kept", "said"),
    [
        (1, "How 1 article tells one event, sentence by sentence: \u2068Quay Post\u2069; no claim is"),
        (0, "How 0 articles tell one event, sentence by sentence; no claim is"),
    ],
)
def test_the_description_of_a_comparison_read_back_with_one_article_or_none_reads_as_a_sentence(
    kept: int, said: str
) -> None:
    # Read back from JSON cut down by hand, a comparison may hold one article or none: its page was described as
    # "How 1 article tell one event", and with none as "sentence by sentence: ; no claim", naming an empty list.
    data = _two_editions("Quay Post", "Coastal Courier").to_dict()
    data["articles"] = data["articles"][:kept]
    data["groups"] = []
    for article in data["articles"]:
        for sentence in article["sentences"]:
            sentence.update(label="unique", matches=[])
    page = render_html(newsdiff.Comparison.from_dict(data))
    [description] = re.findall(r'<meta name="description" content="([^"]*)">', page)
    assert html.unescape(description).startswith(said), description


def test_a_comparison_read_back_with_no_article_says_so_rather_than_draw_empty_parts() -> None:
    # Its page drew an outlet list of headings alone, three figures of captions alone, a heading "Only one outlet says
    # it" over nothing and an empty articles section.
    data = _two_editions("Quay Post", "Coastal Courier").to_dict()
    data["articles"], data["groups"] = [], []
    page = render_html(newsdiff.Comparison.from_dict(data))
    assert '<table class="outlets">' not in page and "This comparison holds no article." in page
    assert '<table class="matrix' not in page and "<figure" not in page and "No article to draw." in page
    assert "Only one outlet says it" not in page
    [articles] = re.findall(r'<section id="articles".*?</section>', page, re.DOTALL)
    assert "No article to show." in articles
    assert 'class="columns"' not in articles


def test_a_one_sentence_article_s_cells_say_sentence_not_sentences() -> None:
    # An article of one sentence: its row's tooltips read "carries 1 of 1 sentences of ...".
    text = "Port Minister Lena Varga will meet the union on Friday to end the strike."
    page = render_html(newsdiff.compare([text, text + " The ferry ran late."]))
    titles = _cell_tooltips(page, "heat")
    assert any(" carries 1 of 1 sentence of " in t for t in titles), titles
    assert not any("1 of 1 sentences" in t for t in titles)


@pytest.mark.parametrize("kept", [0, 2])
def test_a_comparison_read_back_with_no_sentence_offers_no_label_filter(kept: int) -> None:
    # With nothing to filter its status read "Showing all 0 sentences", beside boxes that changed nothing.
    data = _two_editions("Quay Post", "Coastal Courier").to_dict()
    data["articles"], data["groups"] = data["articles"][:kept], []
    for article in data["articles"]:
        article["sentences"] = []
    page = render_html(newsdiff.Comparison.from_dict(data))
    assert 'id="label-filter"' not in page and 'id="filter-status"' not in page


def test_a_comparison_with_sentences_offers_the_label_filter() -> None:
    page = render_html(_with_an_empty_article())
    assert page.count('id="label-filter"') == 1 and page.count('id="filter-status"') == 1


@pytest.mark.parametrize(("kept", "title"), [(1, "1 article compared"), (0, "0 articles compared")])
def test_a_comparison_read_back_with_one_article_is_titled_in_the_singular(kept: int, title: str) -> None:
    # With no headline the page is named by its count of articles: one read back from JSON was "1 articles compared".
    data = _two_editions("Quay Post", "Coastal Courier").to_dict()
    data["articles"], data["groups"] = data["articles"][:kept], []
    for article in data["articles"]:
        article["title"] = None
        for sentence in article["sentences"]:
            sentence.update(label="unique", matches=[])
    page = render_html(newsdiff.Comparison.from_dict(data))
    assert f"<title>newsdiff: {title}</title>" in page
    assert f"<h1>{title}</h1>" in page


def test_claims_carried_alike_follow_the_order_the_first_article_tells_them() -> None:
    # Claims of as many outlets and the same label kept the order of the comparison's groups, which need not be the
    # reading order (a JSON written elsewhere, or the aligner's own): a claim of the fourth sentence came first.
    quake = "A small earthquake shook the valley town of Orlen at dawn on Sunday."
    school = "The school on Mill Street will stay shut until engineers check its roof."
    comparison = newsdiff.compare(
        [
            newsdiff.Article(text=f"{TALKS}\n{SHIPS}\n{quake}\n{school}\n", id="one"),
            newsdiff.Article(text=f"{TALKS}\n{SHIPS}\n{quake}\n{school}\n{ICE}\n", id="two"),
        ]
    )
    data = comparison.to_dict()
    data["groups"].reverse()
    claims = build_report(newsdiff.Comparison.from_dict(data)).claims
    assert len(claims) == 4
    assert [claim.wordings[0].sentences[0].number for claim in claims] == [1, 2, 3, 4]


def test_a_wording_of_two_sentences_reads_in_its_article_s_order_whatever_the_order_of_the_claim_s_members() -> None:
    # One sentence said in two by another article makes a claim of three members; listed in another order (a JSON
    # written elsewhere), the two sentences of one wording were shown second before first.
    joined = f"{SHIPS[:-1]}, and fishing crews said they had run out of ice."
    comparison = newsdiff.compare(
        [
            newsdiff.Article(text=f"{TALKS}\n{joined}\n", id="one"),
            newsdiff.Article(text=f"{TALKS}\n{SHIPS}\n{ICE}\n", id="two"),
        ]
    )
    data = comparison.to_dict()
    [split] = [g for g in data["groups"] if len(g["members"]) == 3]
    split["members"].reverse()
    [claim] = [c for c in build_report(newsdiff.Comparison.from_dict(data)).claims if len(c.wordings[1].sentences) == 2]
    assert [s.text for s in claim.wordings[1].sentences] == [SHIPS, ICE]
    assert [s.text for s in claim.wordings[0].sentences] == [joined]
