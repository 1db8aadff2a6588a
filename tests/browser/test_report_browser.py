"""The report in a real browser: it loads nothing, runs cleanly, renders every view, and article markup stays text."""

from __future__ import annotations

import importlib.util
import re
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from itertools import pairwise
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

import newsdiff
from newsdiff.corpus import Carried, FailureReason, OutletFigures

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE_CLUSTER = sorted((ROOT / "examples" / "cluster").glob("*.txt"))
ARTIFACTS = ROOT / "artifacts"


def _docs_images() -> ModuleType:
    """``scripts/docs_images.py``, which owns how Chromium is found and launched, for the docs' pictures and here."""
    spec = importlib.util.spec_from_file_location("docs_images", ROOT / "scripts" / "docs_images.py")
    assert spec is not None and spec.loader is not None, "scripts/docs_images.py ships with the tests"
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


_LAUNCH = _docs_images()
CHROMIUM: str = _LAUNCH.chromium()
ARGS: list[str] = list(_LAUNCH.CHROMIUM_ARGS)


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    """One Chromium for the session; the tests skip, saying why, when Playwright or Chromium is missing."""
    sync_api = pytest.importorskip(
        "playwright.sync_api", reason="browser tests need Playwright: pip install playwright"
    )
    if not Path(CHROMIUM).exists():
        pytest.skip(f"browser tests need Chromium at {CHROMIUM}: apt-get install chromium")
    with sync_api.sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield chromium
        chromium.close()


@pytest.fixture(scope="session")
def artifacts() -> Path:
    """Where screenshots go (ignored by git)."""
    ARTIFACTS.mkdir(exist_ok=True)
    return ARTIFACTS


@dataclass
class LoadedPage:
    """A page with everything it logged, requested or popped up while loading and being used."""

    page: Any
    url: str
    console: list[str] = field(default_factory=list)
    requests: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)


def _open(browser: Any, path: Path, **context: Any) -> Iterator[LoadedPage]:
    ctx = browser.new_context(**context)
    page = ctx.new_page()
    loaded = LoadedPage(page, path.resolve().as_uri())
    page.on("console", lambda message: loaded.console.append(f"{message.type}: {message.text}"))
    page.on("pageerror", lambda error: loaded.console.append(f"pageerror: {error}"))
    page.on("request", lambda request: loaded.requests.append(request.url))

    def dismiss(dialog: Any) -> None:
        loaded.dialogs.append(dialog.message)
        dialog.dismiss()

    page.on("dialog", dismiss)
    page.goto(loaded.url)
    page.wait_for_load_state("load")
    yield loaded
    ctx.close()
    # Whatever a test checks, a script error in the page fails it.
    assert [line for line in loaded.console if line.startswith("pageerror:")] == []


@pytest.fixture(scope="module")
def cluster_report(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if len(EXAMPLE_CLUSTER) < 3:
        pytest.skip("the example cluster (examples/cluster/*.txt) is not in this checkout")
    return newsdiff.compare(newsdiff.load(EXAMPLE_CLUSTER)).save_html(tmp_path_factory.mktemp("report") / "report.html")


@pytest.fixture
def report(browser: Any, cluster_report: Path) -> Iterator[LoadedPage]:
    yield from _open(browser, cluster_report, viewport={"width": 1400, "height": 1000})


def test_loads_without_console_errors_or_network_requests(report: LoadedPage) -> None:
    report.page.click("#articles .s >> nth=0")
    report.page.select_option("#pair-right", "2")
    assert report.console == []
    assert report.requests == [report.url]


def test_overview_draws_matrix_originality_and_strips(report: LoadedPage) -> None:
    page = report.page
    articles = page.locator("#articles article.article").count()
    assert articles == len(EXAMPLE_CLUSTER)
    assert page.locator(".matrix td.heat").count() == articles * (articles - 1)
    assert page.locator(".matrix td.heat").first.is_visible()
    widths = page.eval_on_selector_all(".bar rect", "rects => rects.map(r => r.getBoundingClientRect().width)")
    assert len(widths) == 3 * articles and sum(widths) > 0
    ticks = page.locator(".strip .tick")
    assert ticks.count() == page.locator("#articles .s").count()
    box = ticks.first.bounding_box()
    assert box is not None and box["width"] >= 3 and box["height"] >= 10


def test_the_matrix_table_is_named_by_its_figures_title(report: LoadedPage) -> None:
    table = report.page.get_by_role("table", name="Who shares what.", exact=True)
    assert table.count() == 1
    assert table.evaluate("t => t.classList.contains('matrix')")


def test_strip_mark_leads_to_its_sentence(report: LoadedPage) -> None:
    page = report.page
    tick = page.locator(".strip .tick").nth(3)
    target = tick.get_attribute("href")
    tick.click()
    assert page.evaluate("location.hash") == target
    sentence = page.locator(f"#articles {target}")
    assert "hl" in (sentence.get_attribute("class") or "")
    assert sentence.is_visible()
    # Followed again to the address already shown, which changes nothing in the address, it lights the sentence again.
    page.keyboard.press("Escape")
    assert page.locator(".s.hl").count() == 0
    tick.click()
    assert "hl" in (sentence.get_attribute("class") or "")
    assert page.locator(f"#articles {target}[aria-pressed='true']").count() == 1


def _lit(page: Any) -> set[str]:
    return set(page.eval_on_selector_all("#articles .s.hl", "all => all.map(s => s.dataset.s)"))


def _lit_for(page: Any, anchor: str) -> set[str]:
    """The sentences a click on the sentence at this anchor lights: itself and its counterparts."""
    sentence = page.locator(f"#{anchor}")
    return {sentence.get_attribute("data-s") or "", *(sentence.get_attribute("data-m") or "").split()}


def test_a_report_opened_at_a_sentences_address_lights_it_and_its_counterparts(
    browser: Any, cluster_report: Path
) -> None:
    # A link to one sentence, shared or bookmarked, shows what following its mark in the page shows.
    for loaded in _open(browser, cluster_report, viewport={"width": 1400, "height": 1000}):
        page = loaded.page
        anchor = page.locator("#articles .s[data-m*='-']").nth(2).get_attribute("id")
        page.goto(f"{loaded.url}#{anchor}")
        page.reload()
        page.wait_for_load_state("load")
        assert len(_lit_for(page, anchor)) >= 2
        assert _lit(page) == _lit_for(page, anchor)
        assert page.locator(f"#{anchor}").get_attribute("aria-pressed") == "true"
        assert "highlighted" in page.locator("#pair-status").inner_text()
        assert loaded.console == []


def test_back_and_forward_light_the_sentence_the_address_names(report: LoadedPage) -> None:
    page = report.page
    first, second = (page.locator("#articles .s[data-m*='-']").nth(n).get_attribute("id") or "" for n in (1, 6))
    assert _lit_for(page, first) != _lit_for(page, second)
    page.locator(f".strip .tick[href='#{first}']").click()
    page.locator(f".strip .tick[href='#{second}']").click()
    page.go_back()
    page.wait_for_function(f"location.hash === '#{first}'")
    assert _lit(page) == _lit_for(page, first), "back at the first mark's address, its sentence is lit, not the second"
    page.go_forward()
    page.wait_for_function(f"location.hash === '#{second}'")
    assert _lit(page) == _lit_for(page, second)
    page.go_back()
    page.go_back()
    page.wait_for_function("location.hash === ''")
    assert _lit(page) == set(), "back where no sentence was lit, none is"
    assert report.console == []


def test_a_link_to_a_section_keeps_the_sentence_lit(report: LoadedPage) -> None:
    page = report.page
    anchor = page.locator("#articles .s[data-m*='-']").first.get_attribute("id") or ""
    page.locator(f".strip .tick[href='#{anchor}']").click()
    page.locator("nav a[href='#side-by-side']").click()
    page.wait_for_function("location.hash === '#side-by-side'")
    assert _lit(page) == _lit_for(page, anchor), "going to see the sentence side by side does not let it go"


def test_side_by_side_shows_one_pair_and_switches(report: LoadedPage, artifacts: Path) -> None:
    page = report.page
    assert page.locator("#pair-controls").is_visible()
    page.locator("#side-by-side").screenshot(path=str(artifacts / "report-side-by-side.png"))
    visible = page.locator("section.pair:visible")
    assert visible.count() == 1 and visible.get_attribute("data-pair") == "0-1"
    assert page.locator("#pair-0-1 .row.pair").count() > 0
    assert page.locator("#pair-0-1 .row.pair :is(del, ins)").count() > 0, (
        "aligned sentences show their word differences"
    )
    page.select_option("#pair-left", "3")
    page.select_option("#pair-right", "1")
    visible = page.locator("section.pair:visible")
    assert visible.get_attribute("data-pair") == "1-3"
    assert "swapped" in (visible.get_attribute("class") or "")
    left_x = page.locator("#pair-1-3 .row.head .cell.left").bounding_box()
    right_x = page.locator("#pair-1-3 .row.head .cell.right").bounding_box()
    assert left_x is not None and right_x is not None and left_x["x"] > right_x["x"], (
        "the chosen left article is on the left"
    )
    page.select_option("#pair-left", "1")
    assert page.locator("section.pair:visible").count() == 0
    assert "different" in page.locator("#pair-status").inner_text()


def test_a_pair_picked_in_reverse_is_named_in_the_order_it_is_shown(report: LoadedPage) -> None:
    # A screen reader announces the pair by its name: once the pickers put the later article on the left, the name
    # gave them in the old order, the right column's article first. It follows the columns, and back again.
    page = report.page
    names = {
        n: page.locator(f"#pair-1-3 .row.head .cell.{side}").get_attribute("data-who")
        for n, side in ((1, "left"), (3, "right"))
    }
    region = page.locator("#pair-1-3")
    page.select_option("#pair-left", "3")
    page.select_option("#pair-right", "1")
    assert region.get_attribute("aria-label") == f"{names[3]} and {names[1]}"
    assert page.get_by_role("region", name=f"{names[3]} and {names[1]}").count() == 1
    page.select_option("#pair-left", "1")
    page.select_option("#pair-right", "3")
    assert region.get_attribute("aria-label") == f"{names[1]} and {names[3]}"


def test_a_pair_picked_in_reverse_reads_and_tabs_in_the_order_it_is_shown(report: LoadedPage) -> None:
    # Left and right swapped by the pickers: a screen reader and the arrow keys follow the page's order,
    # so the article shown on the left must come first there too, not only on screen.
    page = report.page
    page.select_option("#pair-left", "3")
    page.select_option("#pair-right", "1")
    backwards = page.locator("#pair-1-3").evaluate(
        """section => [...section.querySelectorAll(".row")].filter(row => {
            const xs = [...row.children].map(cell => cell.getBoundingClientRect().left);
            return xs.some((x, n) => n > 0 && x < xs[n - 1]);
        }).length"""
    )
    assert backwards == 0, "each row's cells come in the page in the order they are shown, left to right"
    paired = page.locator("#pair-1-3 .row.pair").first
    paired.locator(".cell:first-child .s").focus()
    page.keyboard.press("ArrowRight")
    focused = page.evaluate("document.activeElement.closest('.cell').getBoundingClientRect().left")
    assert focused > paired.locator(".cell:first-child").evaluate("c => c.getBoundingClientRect().left")
    page.select_option("#pair-left", "1")
    page.select_option("#pair-right", "3")
    first = page.locator("#pair-1-3 .row.head .cell").first.get_attribute("class") or ""
    assert "left" in first, "picked the other way round again, the first article comes first again"


def test_clicking_a_sentence_highlights_all_its_counterparts(report: LoadedPage, artifacts: Path) -> None:
    page = report.page
    sentence = page.locator("#articles .s[data-m*='-']").first
    key = sentence.get_attribute("data-s")
    counterparts = (sentence.get_attribute("data-m") or "").split()
    assert counterparts
    sentence.click()
    highlighted = set(page.eval_on_selector_all("#articles .s.hl", "els => els.map(e => e.dataset.s)"))
    assert highlighted == {key, *counterparts}
    copies = page.locator(f"[data-s='{key}']").count()
    assert page.locator(f".hl[data-s='{key}']").count() == copies, "every copy of the sentence on the page lights up"
    page.locator("#articles").screenshot(path=str(artifacts / "report-highlight.png"))
    sentence.click()
    assert page.locator(".s.hl").count() == 0


@pytest.mark.parametrize("view", ["#claims", "section.pair:not([hidden])"])
def test_a_sentence_clicked_in_any_view_lights_up_its_counterparts(report: LoadedPage, view: str) -> None:
    page = report.page
    sentence = page.locator(f"{view} .s.shared").first
    key = sentence.get_attribute("data-s")
    counterparts = (page.locator(f"#articles .s[data-s='{key}']").get_attribute("data-m") or "").split()
    assert counterparts
    sentence.click()
    highlighted = set(page.eval_on_selector_all("#articles .s.hl", "els => els.map(e => e.dataset.s)"))
    assert highlighted == {key, *counterparts}


def test_the_status_says_what_a_selected_sentence_has(report: LoadedPage) -> None:
    page = report.page
    status = page.locator("#pair-status")
    matched = page.locator("#articles .s[data-m*='-']").first
    matched.click()
    count = len((matched.get_attribute("data-m") or "").split())
    assert status.inner_text() == (f"{count} counterparts highlighted" if count > 1 else "1 counterpart highlighted")
    matched.click()
    unique = page.locator("#articles .s.unique").first
    unique.click()
    assert status.inner_text() == "No counterpart: no other article says this", "not '0 counterparts highlighted'"
    unique.click()
    assert status.inner_text() == ""


_HIDDEN_COUNTERPARTS = """all => all.map(s => [s.id, s.dataset.m.split(" ").length, s.dataset.m.split(" ").filter(
    k => !document.querySelector(`#articles .s[data-s="${k}"]`).checkVisibility()).length])"""


def test_the_status_tells_apart_the_counterparts_the_label_filter_hides(report: LoadedPage) -> None:
    # With "shared" unticked, a paraphrased sentence was said to have all its counterparts highlighted, some of them
    # shared sentences out of sight.
    page = report.page
    status = page.locator("#pair-status")
    page.get_by_role("checkbox", name="shared").uncheck()
    found = page.eval_on_selector_all("#articles .s.paraphrased[data-m*='-']", _HIDDEN_COUNTERPARTS)
    some = next((f for f in found if 0 < f[2] < f[1]), None)
    every = next((f for f in found if f[2] == f[1]), None)
    assert some is not None and every is not None, "the example has both kinds of paraphrased sentence"
    anchor, total, hidden = some
    page.locator(f"#{anchor}").click()
    lit = total - hidden
    assert status.inner_text() == (
        f"{lit} counterpart{'s' if lit > 1 else ''} highlighted and {hidden} hidden by the label filter"
    )
    page.get_by_role("checkbox", name="shared").check()
    assert status.inner_text() == f"{total} counterparts highlighted", "ticked again, they are in sight"
    page.get_by_role("checkbox", name="shared").uncheck()
    anchor, total, _ = every
    page.locator(f"#{anchor}").click()
    assert status.inner_text() == (
        "Its counterpart is hidden by the label filter"
        if total == 1
        else f"Its {total} counterparts are hidden by the label filter"
    )


def test_the_status_keeps_saying_why_no_pair_is_shown_once_a_sentence_is_let_go(report: LoadedPage) -> None:
    page = report.page
    status = page.locator("#pair-status")
    page.select_option("#pair-left", "1")
    page.select_option("#pair-right", "1")
    assert status.inner_text() == "Choose two different articles."
    sentence = page.locator("#articles .s[data-m*='-']").first
    sentence.click()
    assert "highlighted" in status.inner_text()
    sentence.click()
    assert page.locator("section.pair:visible").count() == 0
    assert status.inner_text() == "Choose two different articles.", "the empty side by side is still explained"


def test_the_status_goes_on_describing_a_lit_sentence_when_a_pair_is_shown(report: LoadedPage) -> None:
    page = report.page
    status = page.locator("#pair-status")
    sentence = page.locator("#articles .s[data-m*='-']").first
    sentence.click()
    said = status.inner_text()
    assert "highlighted" in said
    page.select_option("#pair-right", "2")
    assert page.locator("section.pair:visible").count() == 1
    assert status.inner_text() == said, "the sentence is still lit, and the status still says so"
    page.select_option("#pair-left", "2")
    assert status.inner_text() == "Choose two different articles.", "the newer note is shown"


@pytest.mark.parametrize("alone", [False, True], ids=["no-pair-drawn", "one-article"])
def test_a_selected_sentence_is_announced_where_no_pair_is_drawn(browser: Any, tmp_path: Path, alone: bool) -> None:
    # The status beside the pickers told what a selected sentence has; with no pair drawn there are no pickers, and a
    # screen reader was told nothing at all.
    from newsdiff.report.render import SideBySide, render_html

    first = "The harbour strike ended on Friday after nine days of talks in Kessel."
    second = "Fishing crews in Kessel said they had run out of ice by Wednesday."
    comparison = newsdiff.compare(
        [
            newsdiff.Article(text=f"{first}\n{second}\n", id="quay", outlet="Quay Post"),
            newsdiff.Article(text=f"{first}\n", id="coast", outlet="Coastal Courier"),
        ]
    )
    if alone:
        # Read back from JSON cut down to one article, as a comparison of one is never made.
        data = comparison.to_dict()
        data["articles"], data["groups"] = data["articles"][:1], []
        for sentence in data["articles"][0]["sentences"]:
            sentence.update(label="unique", matches=[])
        comparison = newsdiff.Comparison.from_dict(data)
    path = tmp_path / "report.html"
    path.write_text(render_html(comparison, side_by_side=SideBySide(pairs=0)), encoding="utf-8")
    for loaded in _open(browser, path):
        page = loaded.page
        assert page.locator("#pair-controls").count() == 0
        status = page.locator("[role=status]:not(#filter-status)")
        assert status.count() == 1
        if not alone:
            page.locator("#articles .s[data-m*='-']").first.click()
            assert status.text_content() == "1 counterpart highlighted"
        unique = page.locator("#articles .s.unique").first
        unique.click()
        assert status.text_content() == "No counterpart: no other article says this"
        unique.click()
        assert status.text_content() == ""


def test_words_selected_in_a_sentence_to_be_quoted_do_not_press_it(report: LoadedPage) -> None:
    # Dragging across a sentence's words to copy them ends in a click on it, which lit it up (or let it go).
    page = report.page
    sentence = page.locator("#articles .s[data-m*='-']").first
    sentence.scroll_into_view_if_needed()
    box = sentence.bounding_box()
    assert box is not None
    middle = box["y"] + min(box["height"], 20) / 2
    page.mouse.move(box["x"] + 12, middle)
    page.mouse.down()
    page.mouse.move(box["x"] + min(box["width"], 200) - 4, middle, steps=5)
    page.mouse.up()
    assert page.evaluate("getSelection().toString().trim()") != "", "the words are selected"
    assert page.locator(".s.hl").count() == 0
    assert sentence.get_attribute("aria-pressed") == "false"
    # A plain click, which lets the selection go, still presses it.
    sentence.click()
    assert sentence.get_attribute("aria-pressed") == "true"
    # A word double-clicked, to be selected, leaves the sentence as it was; clicked thrice, its words are selected.
    for clicks in (2, 3):
        sentence.click(click_count=clicks, position={"x": 60, "y": min(box["height"], 20) / 2})
        assert page.evaluate("getSelection().toString().trim()") != ""
        assert sentence.get_attribute("aria-pressed") == "true"


def test_keyboard_alone_highlights_and_clears(report: LoadedPage) -> None:
    page = report.page
    sentence = page.locator("#articles .s[data-m*='-']").first
    sentence.focus()
    page.keyboard.press("Enter")
    assert page.locator("#articles .s.hl").count() >= 2
    page.keyboard.press("Escape")
    assert page.locator(".s.hl").count() == 0


@pytest.mark.parametrize("picker", ["#pair-left", "#pair-right"])
def test_escape_in_a_pair_picker_closes_the_picker_and_leaves_the_lit_sentence_lit(
    report: LoadedPage, picker: str
) -> None:
    # Escape closes a picker's open list; where the browser tells the page of that key (Firefox does, and every
    # browser for a closed picker), it also let go of the sentence the reader had lit and was choosing a pair to read.
    page = report.page
    page.locator("#articles .s[data-m*='-']").first.click()
    lit = page.locator(".s.hl").count()
    page.focus(picker)
    page.keyboard.press("Escape")
    assert page.locator(".s.hl").count() == lit >= 2
    assert page.locator("#pair-status").text_content().endswith("highlighted")
    # Elsewhere, a check box of the label filter included, Escape still lets it go.
    page.get_by_role("checkbox", name="shared").focus()
    page.keyboard.press("Escape")
    assert page.locator(".s.hl").count() == 0


def test_a_sentence_reached_in_the_claims_or_side_by_side_says_whose_it_is(report: LoadedPage) -> None:
    # The tooltip no longer names the outlet: the browser must give the name as the sentence's description.
    from playwright.sync_api import expect

    page = report.page
    for view in ("#claims dd", "section.pair:not([hidden]) .cell.right"):
        sentence = page.locator(f"{view} .s").first
        sentence.focus()
        expect(sentence).to_be_focused()
        key = sentence.get_attribute("data-s") or ""
        outlet = page.locator(f"#article-{key.split('-')[0]} h3").inner_text()
        expect(sentence).to_have_accessible_description(outlet)
    strip = page.locator(".strip").nth(1)
    expect(strip).to_have_accessible_name(page.locator(".strip-name").nth(1).inner_text())
    expect(strip.locator(".tick").first).to_have_accessible_name(re.compile(r"^sentence 1: "))


def _glyph_and_words_read(page: Any, label: str, glyph: str, words: str) -> None:
    """The first sentence of the claims with these classes draws its glyph and is read with its label in words."""
    from playwright.sync_api import expect

    sentence = page.locator(f"#claims .s.{label}").first
    drawn = sentence.evaluate("e => getComputedStyle(e, '::before').content")
    assert drawn.startswith(f'"{glyph}"'), drawn
    # Words the first wording lacks are read between the words that bound them.
    text = sentence.locator("bdi").evaluate(
        """bdi => {
            const first = bdi.closest("dl").querySelector("dt").textContent;
            return Array.from(bdi.childNodes, node => node.nodeName === "INS"
                ? ` [not in the wording of ${first}: ${node.textContent} – end] ` : node.textContent).join("");
        }"""
    )
    expect(sentence).to_have_accessible_name(" ".join(f"{words}: {text}".split()))


def test_a_sentences_glyph_is_drawn_but_its_label_is_read_in_words(report: LoadedPage) -> None:
    # Every shared sentence of the example differs from its shared counterparts by a word or more.
    _glyph_and_words_read(report.page, "shared.nearly", "=", "shared, nearly verbatim")
    _glyph_and_words_read(report.page, "paraphrased", "≈", "paraphrased")


def test_a_verbatim_sentence_is_read_as_shared_verbatim(browser: Any, tmp_path: Path) -> None:
    for loaded in _open(browser, _one_copy().save_html(tmp_path / "copy.html")):
        _glyph_and_words_read(loaded.page, "shared", "=", "shared verbatim")


def test_a_copied_sentence_is_its_own_text_while_its_label_is_still_read(report: LoadedPage) -> None:
    # The label in words was written into each sentence, hidden: a copied sentence pasted as "shared verbatim:The ...".
    from playwright.sync_api import expect

    page = report.page
    sentence = page.locator("#articles .text .s").first
    copied = sentence.evaluate(
        """s => { const words = document.createRange(); words.selectNodeContents(s.parentElement);
                  getSelection().removeAllRanges(); getSelection().addRange(words);
                  return getSelection().toString(); }"""
    )
    assert copied.strip() == sentence.locator("bdi").inner_text().strip()
    label = " ".join((sentence.get_attribute("class") or "").split()[1:])
    words = {"shared": "shared verbatim", "shared nearly": "shared, nearly verbatim"}.get(label, label)
    expect(sentence).to_have_accessible_name(re.compile("^" + re.escape(words + ": ")))
    nearly = page.locator("section.pair:not([hidden]) .s.shared.nearly").first
    expect(nearly).to_have_accessible_name(re.compile(r"^shared, nearly verbatim: "))


NAMES_ON_A_PHONE = """section => Array.from(section.querySelectorAll(".row:not(.head) .cell"))
    .filter(cell => getComputedStyle(cell).display !== "none")
    .map(cell => [cell.classList.contains("left"), getComputedStyle(cell, "::before").content])"""


@pytest.mark.parametrize("scripts", [True, False])
def test_on_a_phone_each_side_by_side_sentence_shows_whose_it_is(
    browser: Any, cluster_report: Path, scripts: bool
) -> None:
    for loaded in _open(browser, cluster_report, viewport={"width": 390, "height": 800}, java_script_enabled=scripts):
        page = loaded.page
        section = page.locator("section.pair").first
        head = section.locator(".row.head")
        first, second = (head.locator(f".cell.{side}").get_attribute("data-who") for side in ("left", "right"))
        cells = section.evaluate(NAMES_ON_A_PHONE)
        if scripts:
            # The columns stack; each sentence is headed by its outlet's name, drawn from the column's heading.
            box = head.bounding_box()
            assert box is None or box["width"] * box["height"] <= 1, "the heading takes no room"
            # Unseen, the column headings are still headings a screen reader can go to.
            headings = section.get_by_role("heading", level=3)
            assert headings.count() == 2
            assert [" ".join(headings.nth(n).inner_text().split()) for n in range(2)] == [first, second]
            assert cells and all(content == f'"{first if left else second}"' for left, content in cells), cells[:4]
        else:
            # Without the script the headings stay on top, and each row keeps both its sides in their places.
            assert head.is_visible()
            assert [left for left, _ in cells] == [True, False] * (len(cells) // 2)
        assert loaded.console == []


def test_on_a_phone_an_outlet_name_with_quotes_and_backslashes_is_shown_as_it_is(browser: Any, tmp_path: Path) -> None:
    story = "Dock workers in Kessel walked out on Monday.\nThe port is shut.\n"
    odd = 'The "Quay" Post \\ Daily'
    comparison = newsdiff.compare([newsdiff.Article(story, id="a", outlet=odd), newsdiff.Article(story, id="b")])
    path = comparison.save_html(tmp_path / "report.html")
    for loaded in _open(browser, path, viewport={"width": 390, "height": 800}):
        cell = loaded.page.locator("section.pair .row:not(.head) .cell.left").first
        drawn = cell.evaluate("cell => getComputedStyle(cell, '::before').content")
        assert drawn == '"The \\"Quay\\" Post \\\\ Daily"', drawn
        assert loaded.console == []


def test_removed_noise_is_collapsed_until_asked(report: LoadedPage) -> None:
    page = report.page
    removed = page.locator("details.removed").first
    assert removed.count() == 1
    assert not removed.locator("li").first.is_visible()
    # Asked from the keyboard: a click far down the page could land beside the summary while the sentences
    # scrolled past are laid out (content-visibility) and move it, which made this test fail now and then.
    removed.locator("summary").focus()
    page.keyboard.press("Enter")
    assert removed.get_attribute("open") is not None
    removed.locator("li").first.wait_for(state="visible", timeout=5000)


def test_article_markup_renders_as_text(browser: Any, tmp_path: Path) -> None:
    hostile = (
        "Port Minister Lena Varga will meet the union on Friday to end the strike.\n"
        '<script>alert("script ran")</script> The council <img src=x onerror="alert(1)"> voted on Friday.\n'
    )
    calm = "Port Minister Lena Varga will meet the union on Friday to end the strike.\nThe ferry line reopens in May.\n"
    with pytest.warns(UserWarning, match=r"article 'calm': url 'javascript:alert\(3\)' is kept, but the report will"):
        comparison = newsdiff.compare(
            [
                newsdiff.Article(text=hostile, id="hostile", outlet='<img src=y onerror="alert(2)">Outlet'),
                newsdiff.Article(text=calm, id="calm", url="javascript:alert(3)"),
            ]
        )
    for loaded in _open(browser, comparison.save_html(tmp_path / "hostile.html")):
        page = loaded.page
        page.click("#articles .s >> nth=0")
        _settled(page)  # the article's sentences are laid out once they are near the window, a frame later
        assert loaded.dialogs == []
        assert page.locator("img").count() == 0
        assert page.locator("script").count() == 1
        text = page.locator("#article-0").inner_text()
        assert '<script>alert("script ran")</script>' in text and 'onerror="alert(1)"' in text
        assert '<img src=y onerror="alert(2)">Outlet' in page.locator(".outlets").inner_text()
        assert page.locator("a[href^='javascript']").count() == 0
        assert loaded.console == [] and loaded.requests == [loaded.url]


@pytest.mark.parametrize(
    ("name", "context"),
    [
        ("report", {"viewport": {"width": 1280, "height": 1500}, "color_scheme": "light"}),
        ("report-dark", {"viewport": {"width": 1280, "height": 1500}, "color_scheme": "dark"}),
        ("report-narrow", {"viewport": {"width": 390, "height": 1500}, "color_scheme": "light"}),
    ],
)
def test_screenshot_and_layout_fit_the_window(
    browser: Any, cluster_report: Path, artifacts: Path, name: str, context: dict[str, Any]
) -> None:
    for loaded in _open(browser, cluster_report, **context):
        page = loaded.page
        overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
        assert overflow <= 0, "the page never scrolls sideways; wide tables scroll inside their own box"
        background = page.evaluate("getComputedStyle(document.body).backgroundColor")
        dark = context["color_scheme"] == "dark"
        assert (background != "rgb(255, 255, 255)") == dark
        page.screenshot(path=str(artifacts / f"{name}.png"))
        assert (artifacts / f"{name}.png").stat().st_size > 10_000


def test_print_layout_keeps_labels_and_hides_controls(browser: Any, cluster_report: Path) -> None:
    for loaded in _open(browser, cluster_report):
        page = loaded.page
        page.emulate_media(media="print")
        assert not page.locator("nav").is_visible()
        assert not page.locator("#pair-controls").is_visible()
        assert not page.get_by_text("Select a sentence to light up").is_visible(), "paper does not invite a selection"
        glyph = page.locator("#articles .s").first.evaluate("e => getComputedStyle(e, '::before').content")
        assert glyph.split(" / ")[0].strip('"') in "=≈◇", "labels print as glyphs, not only as colour"


def test_print_shows_every_pair_drawn_side_by_side_under_its_names(browser: Any, cluster_report: Path) -> None:
    # The pickers show one pair at a time and do not print: paper showed the pair on show alone, and nothing on it said
    # that the others had been drawn at all.
    for loaded in _open(browser, cluster_report):
        page = loaded.page
        page.select_option("#pair-right", "2")
        pairs = page.locator("section.pair")
        assert pairs.count() == len(EXAMPLE_CLUSTER) * (len(EXAMPLE_CLUSTER) - 1) // 2
        assert page.locator("section.pair:visible").count() == 1, "on screen, the picked pair alone"
        page.emulate_media(media="print")
        assert page.locator("section.pair:visible").count() == pairs.count()
        for n in range(pairs.count()):
            heads = pairs.nth(n).locator(".row.head h3")
            assert heads.count() == 2 and heads.first.is_visible() and heads.last.is_visible()
        assert not page.locator("#pair-controls").is_visible()


def test_a_line_break_marked_as_a_change_shows_as_one(browser: Any, tmp_path: Path) -> None:
    # The diff takes white space within a line as no change, but a line break for a space as one, a change of layout
    # that shows. A sentence read back from JSON may hold one: the page drew it as a space, so the pair was called
    # nearly verbatim around a marked blank that looked like any other.
    sentence = "Mayor Ilse Varga opened the new harbour on Friday."
    data = newsdiff.compare([f"{sentence} Fishers cheered.", f"{sentence} Rain fell."]).to_dict()
    data["articles"][0]["sentences"][0]["text"] = sentence.replace("new harbour", "new\nharbour")
    path = newsdiff.Comparison.from_dict(data).save_html(tmp_path / "break.html")
    for loaded in _open(browser, path, viewport={"width": 1300, "height": 900}):
        page = loaded.page
        run = page.locator("section.pair:not([hidden]) .row.pair .cell.left del")
        assert run.count() == 1 and run.text_content() == "\n"
        # The words before the break and after it: on one line as a space would leave them, or on two.
        tops = page.locator("section.pair:not([hidden]) .row.pair .cell.left bdi").evaluate(
            """bdi => [bdi.firstChild, bdi.lastChild].map(node => {
                   const words = document.createRange(); words.selectNodeContents(node);
                   const boxes = words.getClientRects();
                   return Math.round(boxes[node === bdi.firstChild ? boxes.length - 1 : 0].top); })"""
        )
        assert tops[1] > tops[0], "the words after the line break start a line of their own"


def _printed_pages(page: Any) -> int:
    """How many A4 pages the page prints on."""
    return len(re.findall(rb"/Type\s*/Page\b", page.pdf(format="A4")))


def test_print_keeps_claims_and_rows_whole_without_leaving_pages_blank(browser: Any, cluster_report: Path) -> None:
    # Each section was kept whole: one longer than a page (the claims, a pair) started on a new page and left most of
    # the one before it blank, so the example took 36 A4 pages where 31 hold it.
    for loaded in _open(browser, cluster_report):
        page = loaded.page
        page.emulate_media(media="print")
        kept = _printed_pages(page)
        style = "([s, p]) => getComputedStyle(document.querySelector(s))[p]"
        for selector in (".claim", "#side-by-side .row:not(.head)", "#articles .text li"):
            assert page.evaluate(style, [selector, "breakInside"]) == "avoid", f"{selector} prints whole"
        for selector in ("#claims-h", ".claim-head", ".row.head"):
            assert page.evaluate(style, [selector, "breakAfter"]) == "avoid", f"{selector} stays with what follows"
        free = "* { break-inside: auto !important; break-after: auto !important; }"
        page.evaluate("rule => document.styleSheets[0].insertRule(rule, document.styleSheets[0].cssRules.length)", free)
        assert kept <= _printed_pages(page) + 1, "keeping parts whole costs a page at most"


def test_print_on_a4_keeps_every_column_of_the_outlet_list(browser: Any, tmp_path: Path) -> None:
    base = "Port Minister Lena Varga will meet the union on Friday to end the strike.\n"
    source = "https://quay.example/news/2026/03/18/varga-to-meet-the-dock-union-on-friday"
    comparison = newsdiff.compare(
        [
            newsdiff.Article(
                text=base,
                id="quay",
                outlet="Quay Post",
                date="2026-03-18",
                title="Varga to meet the dock union on Friday as the strike at the port enters its third week",
                url=source,
            ),
            newsdiff.Article(text=base + "The ferry stays in port.\n", id="coast", outlet="Coastal Courier"),
        ]
    )
    # An A4 page with margins of a centimetre holds about 718 CSS pixels: narrower than a wide screen.
    for loaded in _open(browser, comparison.save_html(tmp_path / "a4.html"), viewport={"width": 718, "height": 1000}):
        page = loaded.page
        page.emulate_media(media="print")
        headings = page.eval_on_selector_all(".outlets thead th", "all => all.filter(e => e.checkVisibility()).length")
        assert headings == 5, "the outlet list prints with its headings"
        assert page.get_by_text(source).is_visible(), "the source address is on paper"
        counts = page.eval_on_selector_all(".outlets td.num", "all => all.filter(e => e.checkVisibility()).length")
        assert counts == 2, "and so is each article's count of sentences"
        aligned = page.eval_on_selector_all(
            ".outlets td.num, .outlets th.num", "all => all.map(e => getComputedStyle(e).textAlign)"
        )
        assert aligned == ["right"] * 3, "counts and their heading line up on the right"
        lines = page.eval_on_selector(".outlets td.date bdi", "e => e.getClientRects().length")
        assert lines == 1, "a date is not split across lines (2026-/03-18) to make room for the headline"


@pytest.mark.parametrize("width", [320, 400])
def test_on_a_phone_the_outlet_list_keeps_each_source_and_drops_dashes_that_name_nothing(
    browser: Any, tmp_path: Path, width: int
) -> None:
    base = "Port Minister Lena Varga will meet the union on Friday to end the strike.\n"
    source = "https://quay.example/news/2026/03/18/varga-to-meet-the-dock-union-on-friday-as-the-strike-goes-on"
    comparison = newsdiff.compare(
        [
            newsdiff.Article(text=base, id="quay", outlet="Quay Post", date="2026-03-18", title="Varga", url=source),
            newsdiff.Article(text=base + "The ferry stays in port.\n", id="coast", outlet="Coastal Courier"),
        ]
    )
    phone = {"width": width, "height": 800}
    for loaded in _open(browser, comparison.save_html(tmp_path / "phone.html"), viewport=phone):
        page = loaded.page
        link = page.locator(".outlets").get_by_role("link", name=source)
        assert link.is_visible(), "the source is shown nowhere else on the page"
        box = link.bounding_box()
        assert box is not None and box["x"] + box["width"] <= width, "a long address wraps within the window"
        assert page.evaluate("document.documentElement.scrollWidth") <= width
        shown = page.eval_on_selector_all(
            ".outlets tbody tr:nth-child(2) > *", "all => all.filter(e => e.checkVisibility()).map(e => e.innerText)"
        )
        assert shown == ["Coastal Courier"], "without its headings, the list names what an article has, not dashes"


def _partners(drawn: list[str]) -> Any:
    """For an article (its index as text), the articles it is drawn side by side with."""
    return lambda article: {b if a == article else a for a, b in (k.split("-") for k in drawn) if article in (a, b)}


def test_a_large_report_offers_only_the_pairs_it_draws(browser: Any, tmp_path: Path) -> None:
    if len(EXAMPLE_CLUSTER) < 3:
        pytest.skip("the example cluster (examples/cluster/*.txt) is not in this checkout")
    from newsdiff.report.render import SideBySide, render_html

    comparison = newsdiff.compare(newsdiff.load(EXAMPLE_CLUSTER))
    path = tmp_path / "report.html"
    path.write_text(render_html(comparison, side_by_side=SideBySide(pairs=2)), encoding="utf-8")
    for loaded in _open(browser, path):
        page = loaded.page
        drawn = page.eval_on_selector_all("section.pair", "s => s.map(e => e.getAttribute('data-pair'))")
        assert len(drawn) == 2
        assert page.locator("#pairs-left-out").is_visible()
        first, second = drawn[0].split("-")
        assert (page.input_value("#pair-left"), page.input_value("#pair-right")) == (first, second)
        assert page.locator("section.pair:visible").get_attribute("data-pair") == drawn[0]

        partners = _partners(drawn)
        articles = [str(n) for n in range(len(EXAMPLE_CLUSTER))]
        offered_left = page.eval_on_selector_all("#pair-left option:enabled", "os => os.map(o => o.value)")
        assert offered_left == [a for a in articles if partners(a)], "an article drawn with none is not offered"
        other = next(key for key in drawn[1:] if first not in key.split("-"))
        left = other.split("-")[0]
        page.select_option("#pair-left", left)
        offered_right = page.eval_on_selector_all("#pair-right option:enabled", "os => os.map(o => o.value)")
        assert set(offered_right) == partners(left) | {left}, "the right picker offers the left one's drawn pairs"
        assert page.input_value("#pair-right") in partners(left), "the right one moves to a pair that is drawn"
        assert page.locator("section.pair:visible").count() == 1
        assert loaded.console == []


def test_without_scripts_every_drawn_pair_reads_in_order_under_its_names(browser: Any, cluster_report: Path) -> None:
    # The pickers need the script: without it only the first pair showed, and the others, in the page, could not be
    # reached at all. Every pair drawn shows instead, one after another, each headed by its two outlets.
    for loaded in _open(browser, cluster_report, java_script_enabled=False):
        page = loaded.page
        assert not page.locator("#pair-controls").is_visible()
        drawn = page.eval_on_selector_all("section.pair", "s => s.map(e => e.getAttribute('data-pair'))")
        shown = page.eval_on_selector_all("section.pair:visible", "s => s.map(e => e.getAttribute('data-pair'))")
        assert len(drawn) == len(EXAMPLE_CLUSTER) * (len(EXAMPLE_CLUSTER) - 1) // 2
        assert shown == drawn, "every pair drawn shows, in the page's order"
        for key in drawn:
            assert page.locator(f"#pair-{key} .row.head h3").nth(1).is_visible()
            assert page.get_by_role("region", name=page.locator(f"#pair-{key}").get_attribute("aria-label")).count()
        assert page.locator("#articles .s").first.is_visible()


def test_with_scripts_one_pair_shows_at_a_time(report: LoadedPage) -> None:
    assert report.page.locator("section.pair:visible").count() == 1


def test_without_scripts_no_sentence_invites_a_click_that_does_nothing(browser: Any, cluster_report: Path) -> None:
    # Lighting up counterparts is the script's: without it the claims' hint told the reader to select a sentence, and
    # every sentence took the pointer of a thing to press, yet pressing one did nothing.
    for loaded in _open(browser, cluster_report, java_script_enabled=False):
        page = loaded.page
        assert "Select a sentence" not in page.locator("#claims .hint").first.inner_text()
        for view in ("#articles", "#claims", "#side-by-side"):
            assert page.locator(f"{view} .s").first.evaluate("s => getComputedStyle(s).cursor") == "auto"


def test_with_scripts_the_hint_says_a_sentence_lights_up_its_counterparts(report: LoadedPage) -> None:
    assert "Select a sentence" in report.page.locator("#claims .hint").first.inner_text()
    assert report.page.locator("#articles .s").first.evaluate("s => getComputedStyle(s).cursor") == "pointer"


def test_notebook_output_works_inside_its_sandboxed_frame(browser: Any, tmp_path: Path) -> None:
    if len(EXAMPLE_CLUSTER) < 3:
        pytest.skip("the example cluster (examples/cluster/*.txt) is not in this checkout")
    comparison = newsdiff.compare(newsdiff.load(EXAMPLE_CLUSTER))
    host = tmp_path / "notebook.html"
    host.write_text(f"<!DOCTYPE html><title>cell</title>{comparison._repr_html_()}", encoding="utf-8")
    for loaded in _open(browser, host):
        frame = loaded.page.frame_locator("iframe.newsdiff-report")
        frame.locator("#articles .s[data-m*='-']").first.click()
        assert frame.locator("#articles .s.hl").count() >= 2
        assert loaded.page.locator(".s").count() == 0, "the report's elements stay inside the frame"
        assert loaded.console == [] and loaded.requests == [loaded.url]


def _notebook_host(comparison: newsdiff.Comparison, path: Path) -> Path:
    path.write_text(f"<!DOCTYPE html><title>cell</title>{comparison._repr_html_()}", encoding="utf-8")
    return path


def test_in_page_links_scroll_within_the_notebook_frame(browser: Any, tmp_path: Path) -> None:
    if len(EXAMPLE_CLUSTER) < 3:
        pytest.skip("the example cluster (examples/cluster/*.txt) is not in this checkout")
    host = _notebook_host(newsdiff.compare(newsdiff.load(EXAMPLE_CLUSTER)), tmp_path / "notebook.html")
    for loaded in _open(browser, host, viewport={"width": 1200, "height": 900}):
        frame = loaded.page.frame_locator("iframe.newsdiff-report")
        inner = loaded.page.frames[1]
        for link, target in (
            ("nav a[href='#claims']", "#claims"),
            (".strip .tick >> nth=3", None),
            (".outlets th a >> nth=1", "#article-1"),
            ("nav a[href='#overview']", "#overview"),
        ):
            frame.locator(link).click()
            target = target or frame.locator(link).get_attribute("href")
            loaded.page.wait_for_timeout(100)
            assert inner.url == "about:srcdoc", f"{link} navigated the frame"
            top = frame.locator(target).evaluate("e => e.getBoundingClientRect().top / innerHeight")
            assert -0.01 <= top < 0.5, f"{link} scrolled {target} to the top of the frame"
        assert loaded.console == [] and loaded.requests == [loaded.url]


def test_in_page_links_stay_within_the_notebook_frame_when_its_scripts_are_blocked(
    browser: Any, tmp_path: Path
) -> None:
    # Some hosts sandbox outputs further and block the frame's scripts: the links must not then load the
    # notebook's own address inside the frame, as a srcdoc page's links resolve against it by default.
    if len(EXAMPLE_CLUSTER) < 3:
        pytest.skip("the example cluster (examples/cluster/*.txt) is not in this checkout")
    cell = newsdiff.compare(newsdiff.load(EXAMPLE_CLUSTER))._repr_html_()
    assert cell.count('sandbox="allow-scripts"') == 1
    host = tmp_path / "notebook.html"
    host.write_text(f"<!DOCTYPE html><title>cell</title>{cell.replace('allow-scripts', '')}", encoding="utf-8")
    for loaded in _open(browser, host, viewport={"width": 1200, "height": 900}):
        frame = loaded.page.frame_locator("iframe.newsdiff-report")
        inner = loaded.page.frames[1]
        for link, target in (("nav a[href='#articles']", "#articles"), (".outlets th a >> nth=1", "#article-1")):
            frame.locator(link).focus()
            loaded.page.keyboard.press("Enter")
            for _ in range(50):  # the frame runs no script to wait on: its address is watched from outside
                if inner.url.endswith(target):
                    break
                loaded.page.wait_for_timeout(50)
            assert inner.url == f"about:srcdoc{target}", f"{link} navigated the frame away"
            top = frame.locator(target).evaluate("e => e.getBoundingClientRect().top / innerHeight")
            assert -0.01 <= top < 0.5, f"{link} scrolled {target} to the top of the frame"
        assert loaded.requests == [loaded.url]


def test_a_source_address_in_the_notebook_frame_is_text_not_a_link(browser: Any, tmp_path: Path) -> None:
    comparison = newsdiff.compare(
        [
            newsdiff.Article(
                text="The ferry line reopens in May.\nIt rained.", id="a", url="https://quay.example/ferry"
            ),
            newsdiff.Article(text="The ferry line reopens in May.\nIt snowed.", id="b"),
        ]
    )
    host = _notebook_host(comparison, tmp_path / "notebook.html")
    for loaded in _open(browser, host):
        frame = loaded.page.frame_locator("iframe.newsdiff-report")
        assert frame.locator("a[href^='https:']").count() == 0, "the sandbox opens no window: no link to follow"
        frame.get_by_text("https://quay.example/ferry").click()
        assert loaded.page.frames[1].url == "about:srcdoc", "the report stays in its frame"
        assert loaded.requests == [loaded.url]


def test_the_corpus_page_in_a_notebook_frame_takes_the_frame_as_its_base_within_its_policy(
    browser: Any, tmp_path: Path
) -> None:
    # A srcdoc frame's page takes the notebook's address as its base unless it names its own: a link to a part of
    # the page would then load the notebook inside the frame. Its policy must allow the base it names.
    story = "Dock workers in Kessel walked out on Monday. The port is shut. Ferries still run to the islands."
    retold = "Kessel's dock workers walked out on Monday, shutting the port. Ferries still run to the islands."
    cluster = [newsdiff.Article(story, id="a", outlet="Herald"), newsdiff.Article(retold, id="b", outlet="Courier")]
    host = tmp_path / "notebook.html"
    cell = newsdiff.summarize([newsdiff.compare(cluster)])._repr_html_()
    host.write_text(f"<!DOCTYPE html><title>cell</title>{cell}", encoding="utf-8")
    for loaded in _open(browser, host, viewport={"width": 1200, "height": 900}):
        # On a busy machine the frame's page may not have come in yet when the host's has loaded.
        loaded.page.frame_locator("iframe").locator(".bar").first.wait_for()
        inner = loaded.page.frames[1]
        assert inner.url == "about:srcdoc" and inner.evaluate("document.baseURI") == "about:srcdoc"
        assert inner.locator(".bar rect").count() == 2 * 3
        assert loaded.console == [] and loaded.requests == [loaded.url]  # a policy violation is logged


# WCAG contrast of an element's text against its own background, from the computed colours (Chromium gives
# colour-mix results as color(srgb r g b), plain colours as rgb(r, g, b)).
CONTRAST = """(element, pseudo = null) => {
  const rgb = text => {
    const srgb = text.match(/color\\(srgb ([0-9.e-]+) ([0-9.e-]+) ([0-9.e-]+)/);
    if (srgb) { return srgb.slice(1, 4).map(Number); }
    return text.match(/rgba?\\(([0-9.]+), ([0-9.]+), ([0-9.]+)/).slice(1, 4).map(v => v / 255);
  };
  const luminance = c => {
    const [r, g, b] = c.map(v => (v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4)));
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  // The background is the element's own, or, where it has none, the nearest one behind it.
  let back = element;
  const clear = e => getComputedStyle(e).backgroundColor === "rgba(0, 0, 0, 0)";
  while (back.parentElement && clear(back)) { back = back.parentElement; }
  const colours = [getComputedStyle(element, pseudo).color, getComputedStyle(back).backgroundColor];
  const [a, b] = colours.map(c => luminance(rgb(c)));
  return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
}"""


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_every_matrix_shade_keeps_its_text_readable(browser: Any, cluster_report: Path, scheme: str) -> None:
    for loaded in _open(browser, cluster_report, color_scheme=scheme):
        cell = loaded.page.locator(".matrix td.heat").first
        for level in range(11):
            cell.evaluate("(td, level) => { td.className = 'heat h' + level; }", level)
            contrast = cell.evaluate(CONTRAST)
            assert contrast >= 4.5, f"h{level} in the {scheme} scheme: {contrast:.2f}:1"


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("label", ["shared", "paraphrased", "unique"])
def test_a_sentences_label_glyph_and_text_are_readable_on_its_tint(
    browser: Any, cluster_report: Path, scheme: str, label: str
) -> None:
    for loaded in _open(browser, cluster_report, color_scheme=scheme):
        sentence = loaded.page.locator(f"#articles .s.{label}").first
        for part, element, pseudo in (("glyph", sentence, "::before"), ("text", sentence.locator("bdi"), None)):
            contrast = element.evaluate(CONTRAST, pseudo)
            assert contrast >= 4.5, f"{part} of a {label} sentence in the {scheme} scheme: {contrast:.2f}:1"


# The colours a share bar is drawn in, and the WCAG contrast of any two of them.
BAR_COLOURS = """bar => {
  const rgb = text => text.match(/rgba?\\(([0-9.]+), ([0-9.]+), ([0-9.]+)/).slice(1, 4).map(v => v / 255);
  const luminance = text => {
    const [r, g, b] = rgb(text).map(v => (v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4)));
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const colours = {
    page: getComputedStyle(document.body).backgroundColor,
    frame: getComputedStyle(bar).borderTopColor,
    shared: getComputedStyle(bar.querySelector("rect.shared")).fill,
    stripe: getComputedStyle(document.querySelector(".hatch-fg")).fill,
    unique: getComputedStyle(bar.querySelector("rect.unique")).fill,
  };
  const ratio = (a, b) => {
    const [x, y] = [luminance(colours[a]), luminance(colours[b])];
    return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05);
  };
  const pairs = [["frame", "page"], ["unique", "frame"], ["unique", "shared"], ["unique", "stripe"]];
  return Object.fromEntries(pairs.map(([a, b]) => [a + "/" + b, ratio(a, b)]));
}"""


@pytest.mark.parametrize("scheme", ["light", "dark", "print"])
def test_the_unique_part_of_a_bar_stands_out_from_all_that_borders_it(
    browser: Any, cluster_report: Path, scheme: str
) -> None:
    # WCAG 1.4.11 asks 3:1 of the parts of a graphic against what is next to them: the unique part, a pale
    # fill, is bounded by the bar's frame (itself against the page) and by the shared or paraphrased part.
    for loaded in _open(browser, cluster_report, color_scheme="light" if scheme == "print" else scheme):
        if scheme == "print":
            loaded.page.emulate_media(media="print")
        ratios = loaded.page.locator("svg.bar").first.evaluate(BAR_COLOURS)
        low = {pair: round(ratio, 2) for pair, ratio in ratios.items() if ratio < 3}
        assert low == {}, f"below 3:1 in {scheme}"


# How each run of changed words (and the hint's sample mark) is bounded on paper: its four borders' styles, and the
# WCAG contrast of its top border against the sentence's tint behind it (the page where the run has no sentence).
RUN_BOUNDS = """selector => [...document.querySelectorAll(selector)].slice(0, 5).map(run => {
  const luminance = text => {
    const c = text.match(/rgba?\\(([0-9.]+), ([0-9.]+), ([0-9.]+)/).slice(1, 4).map(v => v / 255);
    const [r, g, b] = c.map(v => (v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4)));
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const style = getComputedStyle(run);
  const behind = getComputedStyle(run.closest(".s") || document.body).backgroundColor;
  const [x, y] = [luminance(style.borderTopColor), luminance(behind)];
  const sides = ["Top", "Right", "Bottom", "Left"].map(side => style["border" + side + "Style"]);
  return [...new Set(sides)].join(" ") + " " + ((Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05) >= 3);
})"""


def test_on_paper_each_run_of_changed_words_is_boxed_so_it_reads_without_colour(
    browser: Any, cluster_report: Path
) -> None:
    # A run was told apart by its yellow, the grey of a sentence's tint once printed in black and white, and a thin
    # dotted underline: a box in the text's colour now bounds each run.
    for loaded in _open(browser, cluster_report, viewport={"width": 1300, "height": 900}):
        loaded.page.emulate_media(media="print")
        for selector in ("#side-by-side .hint mark", ".cell.left del", ".cell.right ins", ".claims ins"):
            looks = loaded.page.evaluate(RUN_BOUNDS, selector)
            assert looks and set(looks) == {"solid true"}, (selector, looks)


@pytest.mark.parametrize("look", ["light", "dark", "forced"])
def test_on_screen_each_run_of_changed_words_is_bounded_apart_from_its_sentences_tint(
    browser: Any, cluster_report: Path, look: str
) -> None:
    # On a paraphrased sentence's tint a run's yellow differs by hue alone (1.07:1 in the light scheme, 1.8:1 in the
    # dark), so without colour (a greyscale screen, a reader who sees no hue) only a faint dotted underline told the
    # changed words apart. A box that reaches 3:1 against the tint behind it bounds each run, in every scheme.
    context = {"forced": {"forced_colors": "active"}, "dark": {"color_scheme": "dark"}}.get(look, {})
    for loaded in _open(browser, cluster_report, viewport={"width": 1300, "height": 900}, **context):
        for selector in (".s.paraphrased del", ".s.paraphrased ins", ".s.shared ins", "#side-by-side .hint mark"):
            looks = loaded.page.evaluate(RUN_BOUNDS, selector)
            assert looks and set(looks) == {"solid true"}, (selector, looks)


@pytest.mark.parametrize("width", [390, 1300])
def test_long_unbroken_strings_wrap_inside_their_boxes(browser: Any, tmp_path: Path, width: int) -> None:
    word = "Supercalifragilistic" * 15
    url = "https://harbour.example/" + "notices/" * 40
    base = "Port Minister Lena Varga will meet the union on Friday to end the strike.\n"
    comparison = newsdiff.compare(
        [
            newsdiff.Article(
                text=f"{base}The spokesman said {word} was the word of the day.\nThe notice is at {url} today.\n",
                id="id" + "Z" * 80,
                outlet="Outlet" + "X" * 80,
                title="Headline" + "Y" * 150,
                url=url,
            ),
            newsdiff.Article(text=f"{base}The spokesman said {word} was the word of the day and more.\n", id="two"),
            newsdiff.Article(text=f"{base}The notice is at {url} today.\n", id="id" + "W" * 80),
        ]
    )
    for loaded in _open(
        browser, comparison.save_html(tmp_path / "long.html"), viewport={"width": width, "height": 900}
    ):
        page = loaded.page
        page.locator("details").evaluate_all("all => all.forEach(d => { d.open = true; })")
        assert page.evaluate("document.documentElement.scrollWidth <= document.documentElement.clientWidth")
        spilled = page.eval_on_selector_all(
            ".outlets td, .outlets th, .bars li, .strips li, .claim dd, .claim dt, details, .row .cell, .article, h1",
            "boxes => boxes.filter(b => b.scrollWidth > b.clientWidth + 1).map(b => b.className || b.tagName)",
        )
        assert spilled == []


def test_a_very_long_outlet_name_takes_a_few_lines_outside_the_outlet_list(browser: Any, tmp_path: Path) -> None:
    wordy = "The " + " ".join(["very long name of a harbour weekly"] * 18)  # no space at its end: an Article strips it
    unbroken = "X" * 300
    base = "Port Minister Lena Varga will meet the union on Friday to end the strike.\n"
    comparison = newsdiff.compare(
        [
            newsdiff.Article(text=f"{base}The ferry stays in port.\n", id="wordy", outlet=wordy),
            newsdiff.Article(text=f"{base}Traders say fish is running out.\n", id="unbroken", outlet=unbroken),
            newsdiff.Article(text=f"{base}It rained all day in Kessel.\n", id="short", outlet="Kessel Post"),
        ]
    )
    path = comparison.save_html(tmp_path / "names.html")
    for loaded in _open(browser, path, viewport={"width": 1300, "height": 900}):
        page = loaded.page
        lines = page.eval_on_selector_all(
            ".matrix th, .bar-name, .strip-name, .claim dt, .row.head h3, .outlets thead th",
            """all => all.filter(e => e.checkVisibility()).map(e => [
                e.className || e.tagName, e.getBoundingClientRect().height / parseFloat(getComputedStyle(e).lineHeight)
            ])""",
        )
        tall = [(where, round(count, 1)) for where, count in lines if count > 4]
        assert tall == [], "a name takes at most three lines (and a heading of the outlet list one)"
        headings = page.eval_on_selector_all(".outlets thead th", "all => all.map(e => e.clientHeight)")
        assert max(headings) == min(headings), "no heading of the outlet list is broken into letters"
        full = page.eval_on_selector_all(".matrix thead bdi", "all => all.map(e => [e.textContent, e.title])")
        assert [wordy, wordy] in full and [unbroken, unbroken] in full, "the whole name is still there, and on hover"


def test_a_name_shown_whole_gives_no_tooltip_that_repeats_it(browser: Any, tmp_path: Path) -> None:
    # Every name where space is short had its whole name as its tooltip: one shown whole showed itself again on hover.
    wordy = "The " + " ".join(["very long name of a harbour weekly"] * 4)
    base = "Port Minister Lena Varga will meet the union on Friday to end the strike.\n"
    comparison = newsdiff.compare(
        [
            newsdiff.Article(text=f"{base}The ferry stays in port.\n", id="wordy", outlet=wordy),
            newsdiff.Article(text=f"{base}It rained all day in Kessel.\n", id="short", outlet="Kessel Post"),
        ]
    )
    path = comparison.save_html(tmp_path / "names.html")
    for loaded in _open(browser, path, viewport={"width": 1300, "height": 900}):
        page = loaded.page
        short, long = (
            page.locator(".matrix thead bdi.clamp", has_text="Kessel Post"),
            page.locator(".matrix thead bdi.clamp", has_text="very long"),
        )
        assert short.get_attribute("title") == "Kessel Post", "before the pointer reaches it, a name keeps its tooltip"
        short.hover()
        assert short.get_attribute("title") is None, "a name shown whole is not said again in a tooltip"
        long.hover()
        assert long.get_attribute("title") == wordy, "a name cut to its first lines gives the whole of it on hover"
        # Narrowed until it is cut, the name that showed whole gives its tooltip back.
        short.evaluate("name => { name.style.maxWidth = '2em'; }")
        short.hover()
        assert short.get_attribute("title") == "Kessel Post"


@pytest.mark.parametrize("width", [390, 1300])
def test_the_strip_of_a_long_article_wraps_inside_the_page(browser: Any, tmp_path: Path, width: int) -> None:
    lines = "".join(f"The ferry{n} to Marr{n} waited at Kessel{n} for the tug{n}.\n" for n in range(400))
    comparison = newsdiff.compare(
        [newsdiff.Article(text=lines, id="long"), newsdiff.Article(text="The ferry3 to Marr3 waited.\n", id="short")]
    )
    path = comparison.save_html(tmp_path / "long-article.html")
    for loaded in _open(browser, path, viewport={"width": width, "height": 900}):
        page = loaded.page
        assert page.evaluate("document.documentElement.scrollWidth <= document.documentElement.clientWidth")
        boxes = page.eval_on_selector_all(
            ".strips li:first-child .tick", "ticks => ticks.map(t => t.getBoundingClientRect().toJSON())"
        )
        strip = page.locator(".strip").first.evaluate("s => s.getBoundingClientRect().toJSON()")
        assert len(boxes) == 400
        assert all(box["right"] <= strip["right"] + 0.5 for box in boxes), "every mark is inside its strip"
        in_order = all(
            (b["top"] == a["top"] and b["left"] > a["left"]) or b["top"] > a["top"] for a, b in pairwise(boxes)
        )
        assert in_order, "the marks keep reading order, line after line"
        assert min(box["width"] for box in boxes) >= 3


def _many_articles(count: int) -> newsdiff.Comparison:
    """``count`` short articles that share a first sentence and each add two of their own."""
    # Each outlet's own sentences say different things: ones made from one pattern with another town in it are
    # copies of each other (shared), not an outlet's own.
    own = (
        (
            "Kessel",
            "Bakers in Kessel ran out of flour on Tuesday.",
            "The mayor opened the school gym to stranded drivers.",
        ),
        ("Brandt", "A choir from Brandt sang on the quay at dawn.", "Its ferry captain has retired after forty years."),
        ("Olmen", "Olmen's lighthouse keeper counted nine idle trawlers.", "Two ambulances waited for a tug."),
        ("Varn", "Students in Varn missed their exams.", "The college will hold them again in June."),
        ("Tessin", "Tessin opened a soup kitchen in the old customs hall.", "Volunteers served three hundred bowls."),
        ("Hollin", "A wedding on Hollin moved to a hotel on the mainland.", "The bride arrived by helicopter."),
        ("Marr", "Marr's fishermen blocked the slipway in sympathy.", "Police watched from a distance."),
        ("Ostend", "Ostend's museum postponed its summer exhibition.", "Paintings stuck in a crate wait at the depot."),
        ("Pell", "A herd of goats on Pell needs hay by Sunday.", "Farmers want an exception for animal feed."),
        ("Raskin", "Raskin's only pharmacy rationed insulin.", "Doctors flew supplies over in a small plane."),
        ("Sorrel", "Tourists on Sorrel camped beside the harbour wall.", "A cafe lent them blankets."),
        ("Tarn", "Tarn postponed its regatta until the autumn.", "Sailors are angry about lost sponsorship."),
    )
    return newsdiff.compare(
        [
            newsdiff.Article(
                text=(
                    "Port Minister Lena Varga will meet the union on Friday to end the strike.\n"
                    f"{own[n][1]}\nRead more\n{own[n][2]}\n"
                ),
                id=f"outlet-{n}",
                outlet=f"{own[n][0]} Evening Chronicle",
            )
            for n in range(count)
        ]
    )


def test_print_fits_the_matrix_and_opens_collapsed_sections(browser: Any, tmp_path: Path) -> None:
    path = _many_articles(12).save_html(tmp_path / "twelve.html")
    for loaded in _open(browser, path, viewport={"width": 700, "height": 1000}):
        page = loaded.page
        page.emulate_media(media="print")
        page.evaluate("dispatchEvent(new Event('beforeprint'))")
        fits = page.evaluate(
            "document.querySelector('.matrix').getBoundingClientRect().right <= document.documentElement.clientWidth"
        )
        assert fits, "the whole matrix is on the page"
        details = page.locator("details")
        assert details.count() > 12
        assert page.locator("details:not([open])").count() == 0, "collapsed sections print opened"
        assert details.last.locator("li").first.is_visible()
        page.evaluate("dispatchEvent(new Event('afterprint'))")
        assert page.locator("details[open]").count() == 0, "after printing they are as they were"


#: The words of each element's text that are broken across lines (a word drawn as more than one box).
_BROKEN_WORDS = """all => all.flatMap(e => {
    const text = e.firstChild, broken = [];
    for (const word of text.textContent.matchAll(/\\S+/g)) {
        const range = document.createRange();
        range.setStart(text, word.index);
        range.setEnd(text, word.index + word[0].length);
        if (range.getClientRects().length > 1) broken.push(word[0]);
    }
    return broken;
})"""


def test_without_scripts_collapsed_lists_print_opened(browser: Any, cluster_report: Path) -> None:
    # The script opens every collapsed list before printing; without it, paper showed each list's name alone.
    for loaded in _open(browser, cluster_report, java_script_enabled=False):
        page = loaded.page
        closed = page.locator("details:not([open])")
        assert closed.count() > 0
        assert not page.locator(".uniques li").first.is_visible(), "on screen the lists stay collapsed"
        page.emulate_media(media="print")
        for details in closed.all():
            assert details.locator("li").first.is_visible(), "each list prints its items"
            # Its triangle pointed right, as at a list still closed, above the items printed under it.
            marker = details.locator("summary").evaluate("e => getComputedStyle(e).listStyleType")
            assert marker == "disclosure-open", "its name prints as that of an open list"
        page.emulate_media(media="screen")
        assert not page.locator(".removed li").first.is_visible()
        assert page.locator(".removed summary").first.evaluate("e => getComputedStyle(e).listStyleType") != (
            "disclosure-open"
        )


def test_a_printed_matrix_of_twelve_outlets_breaks_no_word_of_a_column_name(browser: Any, tmp_path: Path) -> None:
    # Twelve columns across A4 are some 5 mm wide: "Chronicle" printed as "Chronic" over "le", and the third line
    # of "Kessel Evening Chronicle" was cut. Upright, a name breaks only between words.
    path = _many_articles(12).save_html(tmp_path / "twelve.html")
    for loaded in _open(browser, path, viewport={"width": 718, "height": 1000}):
        page = loaded.page
        page.emulate_media(media="print")
        assert page.eval_on_selector_all(".matrix thead bdi", _BROKEN_WORDS) == []
        cut = page.eval_on_selector_all(
            ".matrix thead bdi", "all => all.filter(e => e.scrollHeight > e.clientHeight + 1).map(e => e.textContent)"
        )
        assert cut == [], "each column's outlet is named in full"


@pytest.mark.parametrize("width", [390, 1300])
def test_a_column_of_the_matrix_names_an_outlet_of_24_characters_in_full(
    browser: Any, tmp_path: Path, width: int
) -> None:
    # A column was as wide as its figures: a name of 24 characters, as many as the narrowest places are meant to show
    # in their three lines, took four there and was cut ("Kessel Harbour Gazett…"), with the page's room beside it.
    names = [
        "Kessel Harbour Gazette C",
        "Bay <b>Times</b> & Sons.",
        "הארץ חדשות ערב מהדורה אב",
        "Marr Valley Evening Post",
    ]
    strike = "Port Minister Lena Varga will meet the union on Friday to end the strike.\n"
    comparison = newsdiff.compare(
        [
            newsdiff.Article(text=f"{strike}Crews in town{n} ran out of ice.\n", id=f"o{n}", outlet=name)
            for n, name in enumerate(names)
        ]
    )
    path = comparison.save_html(tmp_path / "names.html")
    for loaded in _open(browser, path, viewport={"width": width, "height": 900}):
        page = loaded.page
        shown = page.eval_on_selector_all(".matrix thead bdi", "all => all.map(e => e.textContent)")
        assert shown == names
        cut = page.eval_on_selector_all(
            ".matrix thead bdi", "all => all.filter(e => e.scrollHeight > e.clientHeight + 1).map(e => e.textContent)"
        )
        assert cut == [], "each column's outlet is named in full"
        outside = page.eval_on_selector_all(
            ".matrix thead bdi",
            """all => all.filter(e => {
                const name = e.getBoundingClientRect(), column = e.closest("th").getBoundingClientRect();
                return name.left < column.left - 1 || name.right > column.right + 1;
            }).map(e => e.textContent)""",
        )
        assert outside == [], "each name stays within its column, not under the next one"


#: The text each element shows: its characters drawn inside its box, not cut off by its clamp of lines.
_VISIBLE_TEXT = """all => all.map(e => {
    const text = e.firstChild, box = e.getBoundingClientRect(), range = document.createRange();
    let shown = "";
    for (let at = 0; at < text.length; at++) {
        range.setStart(text, at);
        range.setEnd(text, at + 1);
        const drawn = range.getBoundingClientRect();
        if (drawn.height > 0 && drawn.bottom <= box.bottom + 1) shown += text.textContent[at];
    }
    return shown;
})"""


def _two_editions(tmp_path: Path) -> Path:
    """The report of two editions of one outlet, whose long names differ only at the end."""
    desk = "The Northern Harbour and Islands Daily Courier, Kessel and Vale Regional Desk"
    strike = "Port Minister Lena Varga will meet the union on Friday to end the strike."
    return newsdiff.compare(
        [
            newsdiff.Article(text=f"{strike}\nThe ferry stays in port.\n", id="am", outlet=f"{desk} - morning edition"),
            newsdiff.Article(text=f"{strike}\nFish is running out.\n", id="pm", outlet=f"{desk} - evening edition"),
        ]
    ).save_html(tmp_path / "editions.html")


def test_two_long_outlet_names_that_differ_at_the_end_show_the_difference_in_the_overview(
    browser: Any, tmp_path: Path
) -> None:
    # The matrix, bars and strips showed the first three lines of each name, the same start for both editions
    # ("The Northern Harbou…"): there the names are cut shorter and told apart by their ids.
    path = _two_editions(tmp_path)
    for loaded in _open(browser, path, viewport={"width": 1100, "height": 900}):
        for place in (".matrix thead", ".matrix tbody th", ".bar-name", ".strip-name"):
            first, second = loaded.page.eval_on_selector_all(f"{place} bdi", _VISIBLE_TEXT)
            assert first != second, f"{place}: both names show as {first!r}"


# The width of a picker's chosen name in the picker's font, and the room its box gives text beside its arrow.
_PICKED_AND_ROOM = """select => {
    const style = getComputedStyle(select), context = document.createElement("canvas").getContext("2d");
    context.font = style.font;
    const padding = parseFloat(style.paddingLeft) + parseFloat(style.paddingRight);
    return [select.selectedOptions[0].text, context.measureText(select.selectedOptions[0].text).width,
            select.clientWidth - padding - 20];
}"""


@pytest.mark.parametrize("width", [360, 1100])
def test_closed_pickers_show_the_end_that_tells_two_long_names_apart(browser: Any, tmp_path: Path, width: int) -> None:
    # Each closed picker showed the start of the whole name, the same for both editions, and cut the rest.
    path = _two_editions(tmp_path)
    for loaded in _open(browser, path, viewport={"width": width, "height": 900}):
        left, right = (loaded.page.eval_on_selector(f"#pair-{side}", _PICKED_AND_ROOM) for side in ("left", "right"))
        assert left[0] != right[0]
        for text, needs, room in (left, right):
            assert needs <= room, f"{text!r} needs {needs:.0f} px in a picker of {room:.0f}"


def test_a_large_matrix_keeps_its_outlet_names_in_view_while_scrolled(browser: Any, tmp_path: Path) -> None:
    path = _many_articles(12).save_html(tmp_path / "twelve.html")
    for loaded in _open(browser, path, viewport={"width": 1000, "height": 520}):
        page = loaded.page
        shown = page.evaluate(
            """() => {
                const scroller = document.querySelector(".matrix").parentElement;
                scroller.scrollIntoView({ block: "end" });
                scroller.scrollTo(scroller.scrollWidth, scroller.scrollHeight);
                const seen = el => {
                    const box = el.getBoundingClientRect();
                    const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
                    return hit !== null && el.contains(hit);
                };
                const rows = document.querySelectorAll(".matrix tbody tr");
                const row = rows[rows.length - 1];
                const columns = document.querySelectorAll(".matrix thead th");
                return [seen(row.lastElementChild), seen(row.querySelector("th")), seen(columns[columns.length - 1])];
            }"""
        )
        assert shown == [True, True, True], "the farthest cell, its row's name and its column's name are all in view"


@pytest.mark.parametrize("count", [24, 40])
def test_a_printed_large_matrix_keeps_each_cell_and_name_in_its_column(
    browser: Any, tmp_path: Path, count: int
) -> None:
    def told(n: int) -> str:
        return f"The ferry{n} to Marr{n} waited at Kessel{n} for the tug{n} all night.\n"

    # Each article retells its neighbour's story; the first tells only that, so one cell reads 100%.
    comparison = newsdiff.compare(
        [
            newsdiff.Article(
                text=told(2) if n == 1 else f"{told(n)}{told(n + 1)}Traders in Olmen{n} ran out of fish.\n",
                id=f"outlet-{n}",
            )
            for n in range(1, count + 1)
        ]
    )
    path = comparison.save_html(tmp_path / "large.html")
    # The printable width of an A4 page at the browser's default margins.
    for loaded in _open(browser, path, viewport={"width": 718, "height": 1000}):
        page = loaded.page
        page.emulate_media(media="print")
        fits = page.evaluate(
            "document.querySelector('.matrix').getBoundingClientRect().right <= document.documentElement.clientWidth"
        )
        assert fits, "the whole matrix is on the page"
        spilled = page.eval_on_selector_all(
            ".matrix td, .matrix th", "all => all.filter(e => e.scrollWidth > e.clientWidth + 1).map(e => e.innerText)"
        )
        assert spilled == [], "no figure or name runs into the next column"
        cut = page.eval_on_selector_all(
            ".matrix thead bdi",
            "all => all.filter(e => e.scrollHeight > e.clientHeight + 1 || e.scrollWidth > e.clientWidth + 1)"
            ".map(e => e.textContent)",
        )
        assert cut == [], "each column's outlet is named in full"


def test_a_right_to_left_outlet_name_stays_before_its_count(browser: Any, tmp_path: Path) -> None:
    comparison = newsdiff.compare(
        [
            newsdiff.Article(text="The ferry line reopens in May.\nIt rained.", id="a", outlet="חדשות הנמל"),
            newsdiff.Article(text="The ferry line reopens in May.\nIt snowed.", id="b"),
        ]
    )
    for loaded in _open(browser, comparison.save_html(tmp_path / "rtl.html")):
        summary = loaded.page.locator("details.uniques summary").first
        name_right, colon_left = summary.evaluate(
            """summary => {
                const walker = document.createTreeWalker(summary, NodeFilter.SHOW_TEXT);
                const rect = (node, start, end) => {
                    const range = document.createRange();
                    range.setStart(node, start);
                    range.setEnd(node, end);
                    return range.getBoundingClientRect();
                };
                let name = null, colon = null;
                for (let node = walker.nextNode(); node; node = walker.nextNode()) {
                    if (!name && node.data.includes("חדשות")) { name = rect(node, 0, node.data.length); }
                    const at = node.data.indexOf(":");
                    if (!colon && at >= 0) { colon = rect(node, at, at + 1); }
                }
                return [name.right, colon.left];
            }"""
        )
        assert name_right <= colon_left + 0.5, "reads 'חדשות הנמל: 1 unique sentence', not '1 :חדשות הנמל unique'"


def test_sentences_are_pressable_buttons_reached_once_per_list(report: LoadedPage) -> None:
    page = report.page
    lists = page.locator(".claims:visible, section.pair:visible, .article .text:visible").count()
    stops = page.eval_on_selector_all(".s, .tick", "all => all.filter(e => e.tabIndex >= 0 && e.checkVisibility())")
    assert len(stops) == lists + len(EXAMPLE_CLUSTER), "one tab stop per list of sentences and per strip"
    first = page.locator("#article-0 .s").first
    assert first.get_attribute("role") == "button" and first.get_attribute("aria-pressed") == "false"
    first.focus()
    page.keyboard.press("ArrowDown")
    second = page.locator("#article-0 .s").nth(1)
    assert second.evaluate("e => e === document.activeElement"), "arrow keys move within the list"
    assert (second.get_attribute("tabindex"), first.get_attribute("tabindex")) == ("0", "-1")
    page.keyboard.press("Enter")
    assert second.get_attribute("aria-pressed") == "true"
    page.keyboard.press("Escape")
    assert page.locator(".s[aria-pressed='true']").count() == 0
    page.locator(".strip .tick").first.focus()
    page.keyboard.press("ArrowRight")
    assert page.locator(".strip .tick").nth(1).evaluate("e => e === document.activeElement")


def test_the_sentence_with_the_keyboard_focus_stands_out_from_its_lit_counterparts(report: LoadedPage) -> None:
    # Focus lights a sentence's counterparts with a dashed outline (a pressed one, a solid one), and the focused
    # sentence took the same outline as they did: in a claim, nothing told which wording the keyboard was on.
    page = report.page
    page.locator("#claims .claims .s").first.focus()
    page.keyboard.press("ArrowRight")
    look = """lit => {
        const focused = document.activeElement;
        const outline = e => {
            const s = getComputedStyle(e);
            return [s.outlineStyle, s.outlineWidth, s.outlineColor].join(" ");
        };
        const key = focused.getAttribute("data-s");
        const others = [...document.querySelectorAll(".s." + lit)].filter(e => e.getAttribute("data-s") !== key);
        return [focused.matches(".s:focus-visible"), outline(focused), [...new Set(others.map(outline))]];
    }"""
    for lit in ("hv", "hl"):
        visible, focused, others = page.evaluate(look, lit)
        assert visible and others, (lit, focused, others)
        assert focused not in others, (lit, focused, others)
        page.keyboard.press("Enter")


@pytest.mark.parametrize("keys", ["Alt+ArrowLeft", "Control+Home", "Alt+Enter"])
def test_a_key_held_with_a_modifier_is_left_to_the_browser(report: LoadedPage, keys: str) -> None:
    # Alt+Left, the browser's "back", moved to the previous mark of a strip (a mark followed keeps the focus) and
    # never went back; Control+Home, the top of the page, went to the first sentence of the list.
    page = report.page
    page.evaluate(
        """() => { window.prevented = [];
                   addEventListener("keydown", e => {
                       if (!["Alt", "Control", "Meta"].includes(e.key)) { prevented.push(e.defaultPrevented); }
                   }); }"""
    )
    item = page.locator(".strip .tick" if "Arrow" in keys else "#articles .text .s").nth(3)
    item.focus()
    focused = page.evaluate("document.activeElement.outerHTML")
    page.keyboard.press(keys)
    assert page.evaluate("prevented") == [False], "the page does not take the key"
    assert page.evaluate("document.activeElement.outerHTML") == focused, "the focus stays where it was"
    assert page.locator(".s[aria-pressed='true']").count() == 0, "nothing is pressed"


def test_moving_within_a_list_retabs_only_the_old_and_the_new_stop(report: LoadedPage) -> None:
    page = report.page
    sentences = page.locator("#article-0 .s")
    assert sentences.count() > 3
    sentences.nth(1).click()
    changed = page.evaluate(
        """() => new Promise(done => {
            let count = 0;
            const watch = new MutationObserver(records => { count += records.length; });
            watch.observe(document.body, { attributes: true, subtree: true, attributeFilter: ["tabindex"] });
            document.activeElement.dispatchEvent(new KeyboardEvent("keydown", { key: "ArrowDown", bubbles: true }));
            setTimeout(() => { watch.disconnect(); done(count); }, 50);
        })"""
    )
    assert sentences.nth(2).evaluate("e => e === document.activeElement")
    assert changed == 2, "a key press costs the same in a list of ten sentences or of thousands"
    stops = page.eval_on_selector_all("#article-0 .s", "all => all.filter(e => e.tabIndex === 0).length")
    assert stops == 1


def test_moving_the_pointer_within_a_sentence_does_not_redo_its_highlight(report: LoadedPage) -> None:
    page = report.page
    changes = page.evaluate(
        """() => new Promise(done => {
            const sentence = document.querySelector("#articles .s[data-m*='-']");
            const over = el => el.dispatchEvent(new MouseEvent("mouseover", { bubbles: true }));
            over(sentence);
            let count = 0;
            const watch = new MutationObserver(records => { count += records.length; });
            watch.observe(document.body, { attributes: true, subtree: true, attributeFilter: ["class"] });
            // The pointer crosses the sentence's text, a run of it and its glyph: the same sentence all along.
            const parts = [sentence.querySelector("bdi"), sentence.querySelector("bdi").firstChild, sentence];
            for (const part of parts) { if (part && part.nodeType === 1) { over(part); } }
            setTimeout(() => { watch.disconnect(); done([count, document.querySelectorAll(".hv").length]); }, 50);
        })"""
    )
    assert changes[0] == 0, "the highlight is already there: the page is not searched and repainted again"
    assert changes[1] >= 2, "the sentence and its counterparts stay highlighted"


def test_section_bar_stays_on_top_with_the_pair_heading_right_below(report: LoadedPage) -> None:
    page = report.page
    rows = page.locator("#pair-0-1 .row:not(.head)")
    assert rows.count() > 8
    page.evaluate("y => scrollTo(0, y)", rows.nth(8).evaluate("e => e.getBoundingClientRect().top + scrollY"))
    nav = page.locator("nav").evaluate("e => e.getBoundingClientRect().toJSON()")
    head = page.locator("#pair-0-1 .row.head").evaluate("e => e.getBoundingClientRect().toJSON()")
    assert nav["top"] == 0, "the section bar stays at the top of the window"
    assert abs(head["top"] - nav["bottom"]) <= 1, "the pair's heading sits right below it, no gap, no overlap"
    page.evaluate("scrollTo(0, document.body.scrollHeight)")
    assert page.locator("nav").evaluate("e => e.getBoundingClientRect().top") == 0


@pytest.mark.parametrize("scripts", [True, False])
def test_on_the_narrowest_phone_the_article_columns_stay_within_the_window(
    browser: Any, cluster_report: Path, scripts: bool
) -> None:
    # A folding phone's outer screen is 280 pixels wide: each article's column kept its 19rem (304 pixels) and the
    # page scrolled sideways by 35 pixels.
    viewport = {"width": 280, "height": 700}
    for loaded in _open(browser, cluster_report, viewport=viewport, java_script_enabled=scripts):
        page = loaded.page
        assert page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth") <= 0
        rights = page.eval_on_selector_all("#articles .article", "all => all.map(a => a.getBoundingClientRect().right)")
        assert len(rights) == len(EXAMPLE_CLUSTER) and max(rights) <= 280


@pytest.mark.parametrize("width", [320, 375])
def test_on_a_phone_a_section_jumped_to_from_the_bar_shows_its_heading_whole(
    browser: Any, cluster_report: Path, width: int
) -> None:
    # There the section bar takes two lines, taller than the room kept for it, and covered the heading's top.
    for loaded in _open(browser, cluster_report, viewport={"width": width, "height": 640}):
        page = loaded.page
        for link in page.locator("nav a").all():
            link.click()
            _settled(page)
            covered = page.evaluate(
                """id => {
                    const heading = document.querySelector(id + " h2");
                    const box = heading.getBoundingClientRect();
                    const seen = [box.top + 1, box.bottom - 1].map(y => document.elementFromPoint(box.left + 2, y));
                    const whole = box.top >= 0 && seen.every(e => heading.contains(e));
                    return whole ? null : [box.top, seen.map(e => e.tagName)];
                }""",
                link.get_attribute("href"),
            )
            assert covered is None, f"{link.get_attribute('href')} at {width} px: the heading is cut ({covered})"


def test_the_pair_heading_is_drawn_over_the_rows_scrolling_under_it(report: LoadedPage) -> None:
    page = report.page
    rows = page.locator("#pair-0-1 .row:not(.head)")
    page.evaluate("y => scrollTo(0, y)", rows.nth(8).evaluate("e => e.getBoundingClientRect().top + scrollY"))
    covered = page.locator("#pair-0-1 .row.head").evaluate(
        """head => [...head.querySelectorAll(".cell")].map(cell => {
            const box = cell.getBoundingClientRect();
            const seen = document.elementFromPoint(box.left + 20, box.top + box.height / 2);
            return head.contains(seen) ? null : seen.closest(".row").className;
        })"""
    )
    assert covered == [None, None], "the outlet names stay readable; the rows pass beneath them"


def _long_names_report(tmp_path: Path) -> Path:
    """Two articles whose outlets' names take three lines or more in a narrow column, sharing every other sentence."""
    told = [f"The ferry number {n} left the northern quay at dawn with forty passengers and timber." for n in range(30)]
    other = [f"A different line {n} about the gulls and the weather over the pier." for n in range(15)]
    first = newsdiff.Article(
        "\n".join(told), id="a", outlet="The Northern Coastal Harbour Gazette and Weekly Shipping Intelligence Review"
    )
    second = newsdiff.Article(
        "\n".join(told[::2] + other), id="b", outlet="Southern Riverside Evening Courier of the Lower Valley Towns"
    )
    return newsdiff.compare([first, second]).save_html(tmp_path / "long-names.html")


@pytest.mark.parametrize(
    ("width", "height", "scripts"),
    [(640, 360, False), (640, 720, False), (800, 450, True), (1280, 360, True), (1280, 360, False)],
)
def test_at_200_percent_zoom_the_sticky_headings_leave_the_rows_room_and_stay_readable(
    browser: Any, tmp_path: Path, width: int, height: int, scripts: bool
) -> None:
    # A laptop's window at 200% zoom is some 640 by 360 CSS pixels: the pair's heading, two names of three lines each
    # (one above the other where the columns stack), covered half of it, over the rows it heads.
    viewport = {"width": width, "height": height}
    for loaded in _open(browser, _long_names_report(tmp_path), viewport=viewport, java_script_enabled=scripts):
        page = loaded.page
        rows = page.locator("#pair-0-1 .row:not(.head)")
        page.evaluate("y => scrollTo(0, y)", rows.nth(6).evaluate("e => e.getBoundingClientRect().top + scrollY"))
        if scripts:
            _settled(page)  # without the script, the page evaluates no promise
        covered, lines, below = page.evaluate(
            """() => {
                const head = document.querySelector("#pair-0-1 .row.head");
                const shown = head.getBoundingClientRect().height > 1;
                const nav = document.querySelector("nav").getBoundingClientRect();
                const bottom = shown ? head.getBoundingClientRect().bottom : nav.bottom;
                const names = shown ? [...head.querySelectorAll("h3 .clamp")] : [];
                const tall = n => n.getBoundingClientRect().height / parseFloat(getComputedStyle(n).lineHeight);
                const lines = names.map(tall);
                const seen = document.elementFromPoint(innerWidth / 2, bottom + 4);
                return [bottom / innerHeight, lines, !!(seen && seen.closest(".row:not(.head)"))];
            }"""
        )
        assert covered <= 0.34, f"the section bar and the pair's heading cover {covered:.0%} of the window"
        assert all(n >= 0.95 for n in lines), f"each name shows a whole line at least: {lines}"
        assert below, "right below the headings the rows show"


def test_in_one_line_the_side_by_side_heading_still_tells_apart_names_that_start_alike(
    browser: Any, tmp_path: Path
) -> None:
    # Where the heading shows each name on one line, two editions of one outlet read as the same start there.
    start = "The Northern Coastal Harbour Gazette and Weekly Shipping Review"
    told = [f"The ferry number {n} left the northern quay at dawn with forty passengers." for n in range(12)]
    comparison = newsdiff.compare(
        [
            newsdiff.Article("\n".join(told), id="am", outlet=f"{start}, morning"),
            newsdiff.Article("\n".join(told[::2]), id="pm", outlet=f"{start}, evening"),
        ]
    )
    path = comparison.save_html(tmp_path / "editions.html")
    for width, height in ((640, 360), (1280, 360), (1280, 900)):
        viewport = {"width": width, "height": height}
        for loaded in _open(browser, path, viewport=viewport, java_script_enabled=False):
            # Whether the word that tells the edition shows within its name's box, not clipped below it.
            seen = loaded.page.eval_on_selector_all(
                "#pair-0-1 .row.head h3",
                """(all) => all.map((h, n) => {
                    const word = n === 0 ? "morning" : "evening";
                    const name = [...h.querySelectorAll(".clamp")].find(e => e.checkVisibility());
                    const text = name.firstChild;
                    const at = text.data.indexOf(word);
                    if (at < 0) { return false; }
                    const range = document.createRange();
                    range.setStart(text, at);
                    range.setEnd(text, at + word.length);
                    const box = name.getBoundingClientRect();
                    return [...range.getClientRects()].some(r => r.bottom <= box.bottom + 1 && r.top >= box.top - 1);
                })""",
            )
            assert seen == [True, True], f"at {width} by {height} each heading shows which edition it is"


@pytest.mark.parametrize("scripts", [True, False])
def test_printed_on_a4_the_side_by_side_keeps_its_two_columns(
    browser: Any, cluster_report: Path, scripts: bool
) -> None:
    # An A4 page (some 718 pixels between margins of a centimetre) is narrower than the phone's width at which the
    # columns stack: on paper each pair read as one column, its two articles' sentences one under the other.
    for loaded in _open(browser, cluster_report, viewport={"width": 718, "height": 1000}, java_script_enabled=scripts):
        page = loaded.page
        page.emulate_media(media="print")
        row = page.locator("#pair-0-1 .row.pair").first
        left, right = (row.locator(f".cell.{side}").bounding_box() for side in ("left", "right"))
        assert left is not None and right is not None
        assert right["x"] >= left["x"] + left["width"], "the second article's column stands right of the first's"
        assert abs(right["y"] - left["y"]) < 1, "a matched pair shares its row"
        heads = page.locator("#pair-0-1 .row.head h3")
        assert heads.count() == 2 and all(head.is_visible() for head in heads.all()), "each column is headed once"


def test_on_paper_the_side_by_side_heading_keeps_each_name_whole(browser: Any, tmp_path: Path) -> None:
    # An A4 page is as narrow as a window where the screen's heading shows each name on one line; paper has no
    # tooltip to give the rest, and nothing scrolls under its heading.
    report = _long_names_report(tmp_path)
    for loaded in _open(browser, report, viewport={"width": 718, "height": 1000}, java_script_enabled=False):
        page = loaded.page
        page.emulate_media(media="print")
        lines = page.eval_on_selector_all(
            "#pair-0-1 .row.head h3 .clamp",
            "all => all.map(n => n.getBoundingClientRect().height / parseFloat(getComputedStyle(n).lineHeight))",
        )
        assert lines[0] >= 1.9, f"the longer name takes its two lines: {lines}"
        whole = page.eval_on_selector_all(
            "#pair-0-1 .row.head h3 .clamp", "all => all.every(n => n.scrollHeight <= n.clientHeight + 1)"
        )
        assert whole, "no name is cut"


@pytest.mark.parametrize("where", [".claims", "#pair-0-1"])
def test_a_sentence_reached_with_the_arrow_keys_is_not_hidden_under_the_sticky_headings(
    report: LoadedPage, where: str
) -> None:
    page = report.page
    items = page.locator(f"{where} .s")
    items.last.focus()
    for _ in range(min(30, items.count() - 1)):
        page.keyboard.press("ArrowUp")
        _settled(page)
        top, cover = page.evaluate(
            """where => {
                const covers = [document.querySelector("nav"), document.querySelector(where + " .row.head")];
                const bottom = Math.max(...covers.filter(Boolean).map(e => e.getBoundingClientRect().bottom));
                return [document.activeElement.getBoundingClientRect().top, bottom];
            }""",
            where,
        )
        assert top >= cover, "the focused sentence shows below the section bar (and the pair's heading)"


def test_in_forced_colours_the_strip_marks_still_tell_the_labels_apart(browser: Any, cluster_report: Path) -> None:
    # Windows' high-contrast themes replace every colour and drop background patterns: marks drawn by their
    # fill alone would all look the same.
    for loaded in _open(browser, cluster_report, viewport={"width": 1300, "height": 900}, forced_colors="active"):
        looks = loaded.page.evaluate(
            """() => ["shared", "paraphrased", "unique"].map(label => {
                const style = getComputedStyle(document.querySelector(".strip .tick." + label));
                return style.backgroundColor + " " + style.backgroundImage;
            })"""
        )
        assert len(set(looks)) == 3, looks


def _long_article_report(tmp_path: Path) -> Path:
    """Two articles of 400 sentences of one to four lines each, side by side in the articles view, sharing a few."""
    clause = " while the tug crews of the outer harbour waited for word from the port office"

    def line(n: int, town: str) -> str:
        return f"The ferry{n} to Marr{n} waited at {town}{n} for the tug{n}{clause * (n % 4)}.\n"

    first = "".join(line(n, "Kessel") for n in range(400))
    second = "".join(line(n, "Kessel" if n in (3, 150, 390) else "Brandt") for n in range(400))
    comparison = newsdiff.compare(
        [newsdiff.Article(text=first, id="first", outlet="Kessel Ledger"), newsdiff.Article(text=second, id="second")]
    )
    return comparison.save_html(tmp_path / "long-articles.html")


def _settled(page: Any) -> None:
    """Waits until the page has drawn a few frames after the last thing done to it."""
    page.evaluate(
        """() => new Promise(done => {
            let frames = 0;
            const next = () => (++frames < 20 ? requestAnimationFrame(next) : done());
            next();
        })"""
    )


def test_a_long_report_lays_out_only_the_sentences_near_the_window(browser: Any, tmp_path: Path) -> None:
    for loaded in _open(browser, _long_article_report(tmp_path), viewport={"width": 1300, "height": 900}):
        page = loaded.page
        drawn = page.eval_on_selector_all(
            "#article-0 .text .s", "all => all.map(s => s.checkVisibility({ contentVisibilityAuto: true }))"
        )
        assert len(drawn) == 400
        assert not any(drawn), "sentences far below the window are not laid out while the page loads"
        last = page.locator("#a0-s399")
        last.scroll_into_view_if_needed()
        _settled(page)
        assert last.evaluate("s => s.checkVisibility({ contentVisibilityAuto: true })")
        assert loaded.console == []


def test_a_jump_to_a_far_sentence_lands_on_it_and_stays_there(browser: Any, tmp_path: Path) -> None:
    for loaded in _open(browser, _long_article_report(tmp_path), viewport={"width": 1300, "height": 900}):
        page = loaded.page
        for target in ("a1-s250", "a0-s120", "a1-s399", "a0-s300"):
            page.locator(f".strip .tick[href='#{target}']").click()
            _settled(page)
            top, bottom = page.locator(f"#{target}").evaluate("s => [s.getBoundingClientRect().top, innerHeight]")
            nav = page.locator("nav").evaluate("e => e.getBoundingClientRect().bottom")
            assert nav <= top < bottom - 20, f"{target} is in the window, below the section bar"
        page.locator("#a0-s10").click()
        page.keyboard.press("End")
        _settled(page)
        last = page.locator("#a0-s399")
        assert last.evaluate("s => s === document.activeElement")
        top, bottom, height = last.evaluate(
            "s => [s.getBoundingClientRect().top, s.getBoundingClientRect().bottom, innerHeight]"
        )
        assert top >= 0 and bottom <= height, "the last sentence, reached with End, is in the window"


def test_a_report_opened_at_a_far_sentence_shows_it(browser: Any, tmp_path: Path) -> None:
    path = _long_article_report(tmp_path)
    ctx = browser.new_context(viewport={"width": 1300, "height": 900})
    try:
        page = ctx.new_page()
        errors: list[str] = []
        page.on("pageerror", lambda error: errors.append(str(error)))
        page.goto(path.resolve().as_uri() + "#a1-s300")
        page.wait_for_load_state("load")
        _settled(page)
        top = page.locator("#a1-s300").evaluate("s => s.getBoundingClientRect().top")
        nav = page.locator("nav").evaluate("e => e.getBoundingClientRect().bottom")
        assert nav <= top < 900 - 20, "the sentence the address names is in the window, below the section bar"
        assert errors == []
    finally:
        ctx.close()


def test_find_in_page_reaches_sentences_not_yet_laid_out(browser: Any, tmp_path: Path) -> None:
    find = """() => {
        // Chromium's first search of a page can stop, empty, on a form control: search on to a real match.
        for (let tries = 0; tries < 3; tries++) {
            if (window.find("Kessel377") && String(getSelection()) === "Kessel377") { break; }
        }
        const element = getSelection().anchorNode.parentElement;
        const sentence = element.closest(".s");
        return [sentence.id || "elsewhere", sentence.dataset.s];
    }"""
    drawn = """s => s.checkVisibility({ contentVisibilityAuto: true })
        && s.getBoundingClientRect().top >= 0 && s.getBoundingClientRect().bottom <= innerHeight"""
    for loaded in _open(browser, _long_article_report(tmp_path), viewport={"width": 1300, "height": 900}):
        page = loaded.page
        found: list[str] = []
        while "a0-s377" not in found and len(found) < 6:
            place, key = page.evaluate(find)
            found.append(place)
            _settled(page)
            assert key == "0-377"
            assert page.evaluate(f"({drawn})(getSelection().anchorNode.parentElement)"), f"{found} is drawn, in view"
        assert found[-1] == "a0-s377", "the search goes on to the sentence in its article"


def test_a_highlight_outline_is_not_cut_by_the_sentence_boxes_that_skip_layout(report: LoadedPage) -> None:
    page = report.page
    room = page.evaluate(
        """() => {
            const px = value => parseFloat(value) || 0;
            const boxes = [...document.querySelectorAll(".text li, .row:not(.head), .claim")]
                .map(e => getComputedStyle(e)).filter(s => s.contentVisibility === "auto");
            const sentence = document.querySelector("#articles .s");
            const reach = [];
            for (const state of ["hl", "hl hl-src", "hv"]) {
                sentence.classList.add(...state.split(" "));
                const style = getComputedStyle(sentence);
                reach.push(px(style.outlineWidth) + px(style.outlineOffset));
                sentence.classList.remove(...state.split(" "));
            }
            return [boxes.length, Math.min(...boxes.map(s => px(s.overflowClipMargin))), Math.max(...reach)];
        }"""
    )
    boxes, margin, reach = room
    assert boxes > 0 and margin >= reach, "the box clips its paint no nearer than the sentence's outline reaches"


def test_printing_lays_out_every_sentence(browser: Any, tmp_path: Path) -> None:
    for loaded in _open(browser, _long_article_report(tmp_path), viewport={"width": 1300, "height": 900}):
        page = loaded.page
        page.emulate_media(media="print")
        # The browser decides which boxes are skipped at its next rendering update: wait for two frames, as a
        # print waits for the page to be laid out (a busy machine asked before it had, and saw none drawn).
        page.evaluate("() => new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done)))")
        drawn = page.eval_on_selector_all(
            "#article-0 .text .s", "all => all.filter(s => s.checkVisibility({ contentVisibilityAuto: true })).length"
        )
        assert drawn == 400, "paper shows every sentence"


@pytest.mark.parametrize("width", [390, 1280])
def test_the_corpus_page_draws_its_bars_and_matrix_within_its_policy_and_the_window(
    browser: Any, tmp_path: Path, artifacts: Path, width: int
) -> None:
    # Two clusters that share two of their three outlets: every bar, and a matrix with one pair that never meets.
    story = "Dock workers in Kessel walked out on Monday. The port is shut. Ferries still run to the islands."
    retold = "Kessel's dock workers walked out on Monday, shutting the port. Ferries still run to the islands."
    first = [newsdiff.Article(story, id="a", outlet="Herald"), newsdiff.Article(retold, id="b", outlet="Courier")]
    second = [first[0], newsdiff.Article(retold, id="c", outlet="Wire")]
    path = newsdiff.summarize([newsdiff.compare(first), newsdiff.compare(second)]).save_html(tmp_path / "corpus.html")
    for loaded in _open(browser, path, viewport={"width": width, "height": 1200}):
        page = loaded.page
        assert loaded.console == [] and loaded.requests == [loaded.url]  # a policy violation is logged
        widths = page.eval_on_selector_all(".bar rect", "rects => rects.map(r => r.getBoundingClientRect().width)")
        assert len(widths) == 3 * 3 and sum(widths) > 0
        assert page.locator(".matrix td.heat").count() == 4 and page.locator('.matrix td [title^="never"]').count() == 2
        assert page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth") <= 0
        page.screenshot(path=str(artifacts / f"corpus-{width}.png"), full_page=True)


def _corpus(names: list[str], failed: tuple[str, ...] = ()) -> newsdiff.CorpusSummary:
    """Made-up figures of outlets so named, most articles first, each outlet carried by the next."""
    outlets = tuple(OutletFigures(name, len(names) - n, len(names) - n, 10, 5, 2, 3) for n, name in enumerate(names))
    carried = tuple(Carried(a.name, b.name, 1, 10, 5, 2) for a, b in pairwise(outlets))
    return newsdiff.CorpusSummary(clusters=len(names), failed=failed, outlets=outlets, carried=carried)


def test_the_corpus_page_of_many_outlets_names_its_tables_and_the_keyboard_reaches_each_section(
    browser: Any, tmp_path: Path
) -> None:
    # Sixty made-up outlets, each carried by the next: more than the page draws as bars, so all are tabled too.
    summary = _corpus([f"Vale Courier {n}" for n in range(60)], failed=("storm-9",))
    path = summary.save_html(tmp_path / "corpus.html")
    # 320 pixels: the narrowest width a page must reflow to without scrolling sideways (WCAG 1.4.10).
    for loaded in _open(browser, path, viewport={"width": 320, "height": 800}):
        page = loaded.page
        assert loaded.console == [] and loaded.requests == [loaded.url]
        # A screen reader names a table by its own caption or label; the figure's caption names only the figure.
        assert page.get_by_role("table", name="Who carries whom").count() == 1
        assert page.get_by_role("table", name=re.compile(r"^All 60 outlets")).count() == 1
        assert page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth") <= 0
        for section, heading in (("Every outlet", "every-outlet-h"), ("Who carries whom", "carried-h")):
            page.keyboard.press("Tab")
            while page.evaluate("document.activeElement.textContent") != section:
                page.keyboard.press("Tab")
            assert page.evaluate("getComputedStyle(document.activeElement).outlineStyle") != "none"
            page.keyboard.press("Enter")
            page.wait_for_function(
                f"() => {{ const top = document.getElementById('{heading}').getBoundingClientRect().top;"
                " return top >= 0 && top < innerHeight / 2; }"
            )
            page.evaluate("window.scrollTo(0, 0); document.activeElement.blur()")


def test_the_corpus_page_s_table_of_every_outlet_fits_the_narrowest_phone(browser: Any, tmp_path: Path) -> None:
    # A folding phone's outer screen is 280 pixels wide: the seven columns, set as close as for 320, were 29 wider.
    names = ["Northfieldharbourgazetteandshippingnewsx", *(f"Vale Courier {n}" for n in range(59))]
    path = _corpus(names).save_html(tmp_path / "corpus.html")
    for loaded in _open(browser, path, viewport={"width": 280, "height": 800}):
        page = loaded.page
        assert page.locator("#every-outlet-table tbody tr").count() == 60
        assert page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth") <= 0


@pytest.mark.parametrize("width", [320, 1280])
def test_the_corpus_page_wraps_long_outlet_names_and_cluster_ids_within_the_window(
    browser: Any, tmp_path: Path, width: int
) -> None:
    # A failed cluster's id of 2,000 characters without a space widened the page by thousands of pixels.
    names = ["Q" * 3000, "صحيفة الميناء اليومية", "<b>Quay</b> & Post", *(f"Vale Courier {n}" for n in range(45))]
    # So did a reason another tool wrote whole, with no space in it, in the table of why clusters failed.
    summary = replace(_corpus(names, failed=("f" * 2000, "storm-2")), failure_reasons=(FailureReason("r" * 2000, 1),))
    path = summary.save_html(tmp_path / "corpus.html")
    for loaded in _open(browser, path, viewport={"width": width, "height": 800}):
        page = loaded.page
        assert page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth") <= 0
        assert page.get_by_role("table", name=re.compile(r"^Why they failed")).count() == 1
        assert (
            page.locator("#every-outlet-table").get_by_role("row", name=re.compile(r"^صحيفة الميناء اليومية")).count()
            == 1
        )
        assert page.locator("#every-outlet-table tbody th b").count() == 0, "markup in a name stays text"


def test_the_corpus_page_on_paper_says_that_its_crowded_matrix_shows_the_shades_alone(
    browser: Any, tmp_path: Path
) -> None:
    # On paper a matrix of 25 outlets drops its figures to fit; the page did not say so, and the cells looked blank.
    path = _corpus([f"Vale Courier {n}" for n in range(30)]).save_html(tmp_path / "corpus.html")
    for loaded in _open(browser, path, viewport={"width": 1280, "height": 900}):
        page = loaded.page
        note = page.locator("#matrix-caption .print-only")
        assert note.count() == 1 and not note.is_visible()
        page.emulate_media(media="print")
        assert page.locator(".matrix td.heat").first.evaluate("cell => getComputedStyle(cell).fontSize") == "0px"
        note.wait_for()
        assert "the darker, the larger the share" in note.inner_text()


def _hebrew_report(tmp_path: Path) -> Path:
    """A Hebrew article beside an English one: one sentence both share, one each of their own."""
    shared, own = "הנמל ייפתח מחדש במאי לאחר חודשים של תיקונים.", "דייגים אמרו שהקרח אזל בנמל כבר בשבוע שעבר."
    return newsdiff.compare(
        [
            newsdiff.Article(text=f"{shared}\n{own}\n", id="he", outlet="חדשות הנמל"),
            newsdiff.Article(text=f"{shared}\nThe council met on Tuesday.\n", id="en", outlet="Coastal Courier"),
        ]
    ).save_html(tmp_path / "rtl.html")


#: For each sentence: whether it is Hebrew, its direction, its room left and right inside the box that holds it
#: (a column, or a claim's wording), and on which side its label's rule stands.
_PLACES_IN_THEIR_BOX = """spans => spans.map(s => {
    const box = s.getBoundingClientRect(), holder = s.parentElement.getBoundingClientRect();
    const style = getComputedStyle(s), inside = getComputedStyle(s.parentElement);
    return {hebrew: /[\u0590-\u05ff]/.test(s.textContent), direction: style.direction,
            left: box.left - holder.left - parseFloat(inside.paddingLeft),
            right: holder.right - parseFloat(inside.paddingRight) - box.right,
            rule: style.borderRightStyle !== "none" ? "right" : "left"};
})"""


@pytest.mark.parametrize("where", ["#articles", "section.pair:not([hidden])"])
def test_a_right_to_left_sentence_reads_from_the_right_of_its_column(browser: Any, tmp_path: Path, where: str) -> None:
    for loaded in _open(browser, _hebrew_report(tmp_path), viewport={"width": 1300, "height": 900}):
        boxes = loaded.page.eval_on_selector_all(
            f"{where} .s",
            _PLACES_IN_THEIR_BOX,
        )
        hebrew = [box for box in boxes if box["hebrew"]]
        english = [box for box in boxes if not box["hebrew"]]
        assert hebrew and english
        for box in hebrew:
            assert box["direction"] == "rtl", "the hidden English label before it does not set its direction"
            assert box["right"] < 2 < 100 < box["left"], "it lines up on the right of its column"
            assert box["rule"] == "right", "its label's rule stands where it begins, on the right"
        for box in english:
            assert box["direction"] == "ltr" and box["left"] < 2 and box["rule"] == "left"


def test_a_right_to_left_wording_in_the_claims_reads_from_the_right(browser: Any, tmp_path: Path) -> None:
    shared, own = "הנמל ייפתח מחדש במאי לאחר חודשים של תיקונים.", "דייגים אמרו שהקרח אזל בנמל כבר בשבוע שעבר."
    council = "The council met on Tuesday to vote on the second ferry line."
    path = newsdiff.compare(
        [
            newsdiff.Article(text=f"{shared}\n{council}\n{own}\n", id="he", outlet="חדשות הנמל"),
            newsdiff.Article(text=f"{shared}\n{council}\n", id="en", outlet="Coastal Courier"),
        ]
    ).save_html(tmp_path / "rtl.html")
    for loaded in _open(browser, path, viewport={"width": 1300, "height": 900}):
        boxes = loaded.page.eval_on_selector_all(
            "#claims .claim dd .s",
            _PLACES_IN_THEIR_BOX,
        )
        hebrew = [box for box in boxes if box["hebrew"]]
        english = [box for box in boxes if not box["hebrew"]]
        assert len(hebrew) == len(english) == 2, "each claim has two wordings"
        for box in hebrew:
            assert box["direction"] == "rtl" and box["rule"] == "right"
            assert box["right"] < 2 < 100 < box["left"], "the quoted wording lines up on the right of its place"
        for box in english:
            assert box["direction"] == "ltr" and box["left"] < 2 and box["rule"] == "left"


def test_a_right_to_left_headline_heading_the_page_reads_from_the_right(browser: Any, tmp_path: Path) -> None:
    headline = "הנמל ייפתח מחדש במאי"
    path = newsdiff.compare(
        [
            newsdiff.Article(text="הנמל ייפתח מחדש במאי לאחר חודשים של תיקונים.\n", id="he", title=headline),
            newsdiff.Article(text="The council met on Tuesday.\n", id="en"),
        ]
    ).save_html(tmp_path / "rtl.html")
    for loaded in _open(browser, path, viewport={"width": 1300, "height": 900}):
        heading = loaded.page.locator("h1")
        assert heading.inner_text() == headline
        gap = heading.evaluate(
            """h => { const text = document.createRange(); text.selectNodeContents(h);
                      return h.getBoundingClientRect().right - text.getBoundingClientRect().right; }"""
        )
        assert heading.evaluate("h => getComputedStyle(h).direction") == "rtl" and gap < 2


#: For each element: whether it is Hebrew, its direction, and its text's room left and right inside it.
_TEXT_IN_ITS_BOX = """all => all.map(e => {
    const box = e.getBoundingClientRect(), style = getComputedStyle(e), text = document.createRange();
    text.selectNodeContents(e);
    const line = text.getBoundingClientRect();
    return {hebrew: /[\u0590-\u05ff]/.test(e.textContent), direction: style.direction,
            left: line.left - box.left - parseFloat(style.paddingLeft),
            right: box.right - parseFloat(style.paddingRight) - line.right};
})"""


def test_right_to_left_noise_and_headlines_line_up_on_the_right_in_the_outlet_list_and_removed_lines(
    browser: Any, tmp_path: Path
) -> None:
    shared = "הנמל ייפתח מחדש במאי לאחר חודשים של תיקונים."
    path = newsdiff.compare(
        [
            newsdiff.Article(text=f"{shared}\nקראו עוד בעמוד הבא\n", id="he", outlet="חדשות הנמל", title="הנמל נפתח"),
            newsdiff.Article(text=f"{shared}\nRead more\n", id="en", outlet="Coastal Courier", title="Port reopens"),
        ],
        extra_rules=[newsdiff.NoiseRule("promo", r"קראו עוד.*")],
    ).save_html(tmp_path / "rtl.html")
    for loaded in _open(browser, path, viewport={"width": 1300, "height": 900}):
        page = loaded.page
        page.locator("details.removed").evaluate_all("all => all.forEach(d => { d.open = true; })")
        headlines = page.eval_on_selector_all(".outlets tbody td:nth-child(2)", _TEXT_IN_ITS_BOX)
        removed = page.eval_on_selector_all(".removed li", _TEXT_IN_ITS_BOX)
        for boxes in (headlines, removed):
            hebrew = [box for box in boxes if box["hebrew"]]
            english = [box for box in boxes if not box["hebrew"]]
            assert len(hebrew) == len(english) == 1
            assert hebrew[0]["direction"] == "rtl" and hebrew[0]["right"] < 2 < 40 < hebrew[0]["left"]
            assert english[0]["direction"] == "ltr" and english[0]["left"] < 2 < 40 < english[0]["right"]
        reason = page.locator(".removed li[dir] .reason").evaluate(
            "r => r.parentElement.getBoundingClientRect().right - r.getBoundingClientRect().right"
        )
        assert reason < 2, "the reason stands first, on the right"
        # No quotation marks, which read reversed around Hebrew: a box of its own sets each passage apart.
        passages = page.eval_on_selector_all(
            ".removed li > :not(.reason)",
            """all => all.map(e => { const style = getComputedStyle(e);
                return {marks: [getComputedStyle(e, "::before").content, getComputedStyle(e, "::after").content],
                        direction: style.direction, border: style.borderTopStyle}; })""",
        )
        assert sorted(p["direction"] for p in passages) == ["ltr", "rtl"]
        for passage in passages:
            assert set(passage["marks"]) <= {"none", "normal"} and passage["border"] == "solid", passage


#: For each outlet's name (a ``<bdi>``): whether it is Hebrew, its direction, and where its text starts and ends
#: against the place that holds it (a heading, bar, strip, wording).
_NAME_IN_ITS_PLACE = """names => names.map(n => {
    const text = document.createRange(); text.selectNodeContents(n);
    const line = text.getBoundingClientRect(), place = n.parentElement.getBoundingClientRect();
    return {hebrew: /[\u0590-\u05ff]/.test(n.textContent), direction: getComputedStyle(n).direction,
            left: line.left - place.left, right: place.right - line.right};
})"""


@pytest.mark.parametrize("where", [".bar-name", ".strip-name", ".claim dt", "section.pair:not([hidden]) .row.head h3"])
def test_a_right_to_left_outlet_name_reads_in_its_direction_but_sits_where_the_others_do(
    browser: Any, tmp_path: Path, where: str
) -> None:
    # The names there are boxes of their own (cut to three lines), whose start was their name's: a Hebrew name stood
    # at the far right of its column, away from the others and from what it names.
    for loaded in _open(browser, _hebrew_report(tmp_path), viewport={"width": 1300, "height": 900}):
        names = loaded.page.eval_on_selector_all(f"{where} bdi", _NAME_IN_ITS_PLACE)
        hebrew = [n for n in names if n["hebrew"]]
        english = [n for n in names if not n["hebrew"]]
        assert hebrew and english
        for name in hebrew:
            assert name["direction"] == "rtl", "the name reads from the right"
            assert name["left"] < 2 < 20 < name["right"], "it starts where the English name starts, on the left"
        for name in english:
            assert name["direction"] == "ltr" and name["left"] < 2


def test_a_closed_picker_shows_a_right_to_left_name_where_it_shows_the_others(browser: Any, tmp_path: Path) -> None:
    for loaded in _open(browser, _hebrew_report(tmp_path), viewport={"width": 1300, "height": 900}):
        page = loaded.page
        page.select_option("#pair-left", "0")
        options = page.eval_on_selector_all(
            "#pair-left option",
            "all => all.map(o => [o.textContent, getComputedStyle(o).direction, getComputedStyle(o).textAlign])",
        )
        assert [direction for _, direction, _ in options] == ["rtl", "ltr"], "each name reads in its own direction"
        # A closed picker draws its option in the option's direction and alignment: "start" was the right for Hebrew.
        assert {align for _, _, align in options} == {"left"}, options
        assert page.locator("#pair-left").evaluate("s => getComputedStyle(s).textAlign") == "left"


FILTER = "Show in claims, side by side and articles"


def _shown_labels(page: Any) -> dict[str, int]:
    """How many sentences of each label the article columns show."""
    return page.eval_on_selector_all(
        "#articles .s",
        """all => all.filter(s => s.checkVisibility()).reduce((counts, s) => {
            const label = s.classList[1];
            counts[label] = (counts[label] || 0) + 1;
            return counts;
        }, {})""",
    )


def test_the_articles_show_only_the_labels_the_reader_keeps(report: LoadedPage) -> None:
    page = report.page
    every = _shown_labels(page)
    total = sum(every.values())
    assert set(every) == {"shared", "paraphrased", "unique"}
    assert page.locator("#label-filter").get_by_role("status").text_content() == f"Showing all {total} sentences"
    page.get_by_role("group", name=FILTER).get_by_role("checkbox", name="shared").uncheck()
    page.get_by_role("group", name=FILTER).get_by_role("checkbox", name="paraphrased").uncheck()
    assert _shown_labels(page) == {"unique": every["unique"]}, "only what this outlet alone says"
    page.get_by_role("checkbox", name="shared").check()
    assert _shown_labels(page) == {"unique": every["unique"], "shared": every["shared"]}


def _shown(page: Any, selector: str) -> dict[str, int]:
    """How many of ``selector``'s elements of each label (its label class) are shown."""
    return page.eval_on_selector_all(
        selector,
        """all => all.filter(e => e.checkVisibility()).reduce((counts, e) => {
            const label = ["shared", "paraphrased", "unique"].find(l => e.classList.contains(l));
            counts[label] = (counts[label] || 0) + 1;
            return counts;
        }, {})""",
    )


ROWS = "section.pair:not([hidden]) .row:not(.head)"


def test_the_claims_and_the_side_by_side_show_only_the_labels_the_reader_keeps(report: LoadedPage) -> None:
    page = report.page
    claims, rows = _shown(page, ".claims .claim"), _shown(page, ROWS)
    assert set(claims) == {"shared", "paraphrased"} and set(rows) == {"shared", "paraphrased", "unique"}
    page.get_by_role("checkbox", name="shared").uncheck()
    assert _shown(page, ".claims .claim") == {"paraphrased": claims["paraphrased"]}
    assert _shown(page, ROWS) == {"paraphrased": rows["paraphrased"], "unique": rows["unique"]}
    assert page.locator("#unique-lists").is_visible()
    page.get_by_role("checkbox", name="unique").uncheck()
    assert _shown(page, ROWS) == {"paraphrased": rows["paraphrased"]}
    assert not page.locator("#unique-lists").is_visible(), "the lists of unique sentences go with their label"


def test_the_status_counts_what_each_part_shows(report: LoadedPage) -> None:
    page = report.page
    total, claims = page.locator("#articles .s").count(), page.locator(".claims .claim").count()
    page.get_by_role("checkbox", name="paraphrased").uncheck()
    shown = sum(_shown_labels(page).values())
    status = page.locator("#label-filter").get_by_role("status")
    for right in ("2", "1"):  # the rows counted are those of the pair shown, whichever it is
        page.locator("#pair-right").select_option(right)
        every_row = page.locator(ROWS).count()
        assert status.text_content() == (
            f"Showing {shown} of {total} sentences, {sum(_shown(page, '.claims .claim').values())} of {claims} claims"
            f" and {sum(_shown(page, ROWS).values())} of {every_row} rows side by side"
        )
    page.locator("#pair-right").select_option("0")  # no pair is shown: no rows to count
    assert status.text_content().endswith(f" of {claims} claims")


def test_a_hidden_claim_leaves_the_numbers_of_the_others_as_they_were(report: LoadedPage) -> None:
    page = report.page
    page.get_by_role("checkbox", name="shared").uncheck()
    numbers = page.eval_on_selector_all(
        ".claims .claim", "all => all.map((c, n) => [n + 1, c.value, c.checkVisibility()]).filter(c => c[2])"
    )
    assert [n for n, _, _ in numbers] != list(range(1, len(numbers) + 1)), "a hidden claim comes before a shown one"
    assert all(number == value for number, value, _ in numbers)


def test_the_arrow_keys_in_the_side_by_side_skip_the_rows_the_filter_hides(report: LoadedPage) -> None:
    page = report.page
    page.get_by_role("checkbox", name="shared").uncheck()
    sentences = page.locator(f"{ROWS} .s")
    in_shared_row = sentences.evaluate_all("all => all.map(s => s.closest('.row').classList.contains('shared'))")
    # A shown sentence that a hidden one follows in reading order, and the next shown one.
    start = next(n for n in range(len(in_shared_row) - 1) if not in_shared_row[n] and in_shared_row[n + 1])
    after = next(n for n in range(start + 1, len(in_shared_row)) if not in_shared_row[n])
    sentences.nth(start).focus()
    page.keyboard.press("ArrowDown")
    assert sentences.nth(after).evaluate("e => e === document.activeElement")


def test_the_page_prints_claims_and_side_by_side_as_filtered(report: LoadedPage) -> None:
    page = report.page
    page.get_by_role("checkbox", name="paraphrased").uncheck()
    page.emulate_media(media="print")
    assert page.locator(".claims .claim.paraphrased").first.is_hidden()
    assert _shown(page, ".claims .claim") == {"shared": page.locator(".claims .claim.shared").count()}
    assert "paraphrased" not in _shown(page, ROWS)
    assert page.locator("#filter-status").is_visible()


def test_the_label_filter_works_from_the_keyboard_and_the_arrow_keys_skip_what_it_hides(report: LoadedPage) -> None:
    page = report.page
    shared = page.get_by_role("checkbox", name="shared")
    shared.focus()
    page.keyboard.press("Space")
    assert not shared.is_checked()
    shown = page.locator("#article-0 .s:not(.shared)")
    assert shown.count() >= 2 and page.locator("#article-0 .s.shared").count() >= 1
    stops = page.eval_on_selector_all("#article-0 .s", "all => all.filter(e => e.tabIndex === 0)")
    assert len(stops) == 1 and shown.first.get_attribute("tabindex") == "0", "the list's tab stop is a shown sentence"
    shown.first.focus()
    page.keyboard.press("ArrowDown")
    assert shown.nth(1).evaluate("e => e === document.activeElement")
    page.keyboard.press("End")
    assert shown.last.evaluate("e => e === document.activeElement")
    page.keyboard.press("Home")
    assert shown.first.evaluate("e => e === document.activeElement")


def test_a_mark_or_address_leading_to_a_hidden_sentence_shows_its_label_again(report: LoadedPage) -> None:
    page = report.page
    page.get_by_role("checkbox", name="unique").uncheck()
    tick = page.locator("#overview .tick.unique").first
    anchor = tick.get_attribute("href")[1:]
    assert not page.locator(f"[id='{anchor}']").is_visible()
    tick.click()
    assert page.locator(f"[id='{anchor}']").is_visible()
    assert page.get_by_role("checkbox", name="unique").is_checked()


def test_a_reload_shows_every_sentence_again(report: LoadedPage) -> None:
    page = report.page
    total = sum(_shown_labels(page).values())
    page.get_by_role("checkbox", name="unique").uncheck()
    page.reload()
    page.wait_for_load_state("load")
    assert page.get_by_role("checkbox", name="unique").is_checked()
    assert sum(_shown_labels(page).values()) == total


def test_the_page_prints_the_sentences_as_filtered_and_says_so(report: LoadedPage) -> None:
    page = report.page
    total = sum(_shown_labels(page).values())
    page.get_by_role("checkbox", name="unique").uncheck()
    kept = sum(_shown_labels(page).values())
    page.emulate_media(media="print")
    assert sum(_shown_labels(page).values()) == kept < total
    assert not page.get_by_role("checkbox", name="shared").is_visible()
    assert page.locator("#filter-status").is_visible(), "paper says it shows only some sentences"
    page.emulate_media(media="screen")
    page.get_by_role("checkbox", name="unique").check()
    page.emulate_media(media="print")
    assert not page.locator("#label-filter").is_visible(), "nothing to say when every sentence is shown"


def test_on_paper_the_filter_status_counts_the_rows_of_every_pair_it_prints(report: LoadedPage) -> None:
    # Paper prints every pair drawn, but the status counted only the rows of the pair on show.
    page = report.page
    status = page.locator("#filter-status")
    page.get_by_role("checkbox", name="unique").uncheck()
    on_screen = status.text_content()
    pairs = page.locator("section.pair").count()
    assert pairs > 1
    page.emulate_media(media="print")
    page.evaluate("dispatchEvent(new Event('beforeprint'))")
    every = page.locator("section.pair .row:not(.head)")
    printed = sum(every.nth(n).is_visible() for n in range(every.count()))
    assert (status.text_content() or "").endswith(
        f" and {printed} of {every.count()} rows side by side in {pairs} pairs"
    )
    page.evaluate("dispatchEvent(new Event('afterprint'))")
    page.emulate_media(media="screen")
    assert status.text_content() == on_screen, "on screen it counts the pair on show again"


def test_without_scripts_every_sentence_shows_and_no_filter_is_offered(browser: Any, cluster_report: Path) -> None:
    for loaded in _open(browser, cluster_report, java_script_enabled=False):
        page = loaded.page
        assert page.locator("#label-filter").count() == 1 and not page.locator("#label-filter").is_visible()
        assert page.locator("#articles .s:visible").count() == page.locator("#articles .s").count()


def _report_of_over_a_thousand_sentences(tmp_path: Path) -> Path:
    """Two articles of 600 short sentences each that share only a few, so that the article columns hold 1,200."""

    def barge(n: int) -> str:
        return f"The barge{n} bound for Osk{n} unloaded grain at Velm{n}.\n"

    first = "".join(barge(n) for n in range(600))
    second = "".join(
        barge(n) if n in (5, 300, 590) else f"Dockhands{n} at Tarro{n} counted salt{n}.\n" for n in range(600)
    )
    comparison = newsdiff.compare(
        [newsdiff.Article(text=first, id="first", outlet="Velm Courier"), newsdiff.Article(text=second, id="second")]
    )
    return comparison.save_html(tmp_path / "thousands.html")


def test_the_filter_status_groups_the_thousands_of_its_counts_as_the_page_does(browser: Any, tmp_path: Path) -> None:
    for loaded in _open(browser, _report_of_over_a_thousand_sentences(tmp_path), locale="de-DE"):
        page = loaded.page
        total = page.locator("#articles .s").count()
        rows = page.locator(ROWS).count()
        assert total > 1000
        status = page.locator("#filter-status")
        assert status.text_content() == f"Showing all {total:,} sentences", "grouped en-US style, whatever the locale"
        page.get_by_role("checkbox", name="shared").uncheck()
        shown = sum(_shown_labels(page).values())
        claims, shown_claims = page.locator(".claims .claim").count(), sum(_shown(page, ".claims .claim").values())
        assert status.text_content() == (
            f"Showing {shown:,} of {total:,} sentences, {shown_claims:,} of {claims:,} claims"
            f" and {sum(_shown(page, ROWS).values()):,} of {rows:,} rows side by side"
        )


def test_the_pin_status_groups_the_thousands_of_its_count(report: LoadedPage) -> None:
    # No sentence of a real report has a thousand counterparts; the one clicked is given them in the page, as the
    # script reads them, to see how it writes such a count.
    page = report.page
    sentence = page.locator("#articles .s[data-m*='-']").first
    sentence.evaluate("(e, n) => e.setAttribute('data-m', Array.from({length: n}, (_, k) => '1-' + k).join(' '))", 1200)
    sentence.click()
    assert page.locator("#pair-status").text_content() == "1,200 counterparts highlighted"


def _one_copy() -> newsdiff.Comparison:
    """Two articles of the same text: one claim, one row side by side, every sentence shared."""
    return newsdiff.compare(
        [
            newsdiff.Article(text=_VARGA, id="first", outlet="Velm Courier"),
            newsdiff.Article(text=_VARGA, id="second", outlet="Tarro Herald"),
        ]
    )


def test_the_filter_status_says_one_claim_and_one_row_in_the_singular(browser: Any, tmp_path: Path) -> None:
    comparison = _one_copy()
    for loaded in _open(browser, comparison.save_html(tmp_path / "one.html")):
        page = loaded.page
        assert page.locator(".claims .claim").count() == 1 and page.locator(ROWS).count() == 1
        page.get_by_role("checkbox", name="paraphrased").uncheck()
        assert page.locator("#filter-status").text_content() == (
            "Showing 2 of 2 sentences, 1 of 1 claim and 1 of 1 row side by side"
        )


def test_the_filter_status_says_plainly_when_it_leaves_nothing_to_show(browser: Any, tmp_path: Path) -> None:
    # With every label unticked, or only labels no sentence bears, it read "Showing 0 of 2 sentences, 0 of 1 claim
    # and 0 of 1 row side by side".
    comparison = _one_copy()
    for loaded in _open(browser, comparison.save_html(tmp_path / "shared.html")):
        page = loaded.page
        status = page.locator("#filter-status")
        assert status.text_content() == "Showing all 2 sentences"
        page.get_by_role("checkbox", name="shared").uncheck()
        assert status.text_content() == "No sentence is paraphrased or unique: nothing shown"
        page.get_by_role("checkbox", name="unique").uncheck()
        assert status.text_content() == "No sentence is paraphrased: nothing shown"
        page.get_by_role("checkbox", name="paraphrased").uncheck()
        assert status.text_content() == "No label ticked: nothing shown"
        page.get_by_role("checkbox", name="shared").check()
        assert status.text_content() == "Showing 2 of 2 sentences, 1 of 1 claim and 1 of 1 row side by side"


def test_the_filter_status_of_a_single_sentence_says_so(browser: Any, tmp_path: Path) -> None:
    # A comparison read back from JSON may hold one sentence: "Showing all 1 sentence".
    data = newsdiff.compare([_VARGA, _VARGA_AGAIN]).to_dict()
    data["articles"], data["groups"] = data["articles"][:1], []
    data["articles"][0]["sentences"][0].update(label="unique", matches=[])
    path = newsdiff.Comparison.from_dict(data).save_html(tmp_path / "one.html")
    for loaded in _open(browser, path):
        assert loaded.page.locator("#filter-status").text_content() == "Showing the one sentence"


_VARGA = "Port Minister Lena Varga met union leaders in Kessel on Friday to end the dock strike.\n"
_VARGA_AGAIN = "Lena Varga met union leaders in Kessel on Friday in a bid to end the long dock strike.\n"
#: Every field of every article hostile at once, each in its own way, for the page in a real browser.
HOSTILE = [
    {
        "id": 'a"b',
        "outlet": "</script><script>alert(1)</script>",
        "title": "<!-- {{ 7*7 }} \u202eevil\u200b",
        "url": "javascript:alert(2)",
        "text": _VARGA + "</textarea><svg onload=alert(3)>\nThe talks ran late into the night.\n",
    },
    {
        "id": "c d#e",
        "outlet": "Her\u200bald </style><style>*{display:none}</style>",
        "title": "x'\"></bdi>",
        "url": 'https://harbour.example/"><script>alert(4)</script>',
        "text": _VARGA_AGAIN + "The talks ran late into the night.\n",
    },
    {
        "id": "#x",
        "url": "data:text/html,<script>alert(5)</script>",
        "text": _VARGA_AGAIN + "Varga said she was hopeful.\n",
    },
    {"id": "../\u202eg", "outlet": '\\";}*{color:red}', "url": "https://files.example/\u202egnp.exe", "text": _VARGA},
]


def test_a_hostile_report_runs_no_script_of_its_articles(browser: Any, tmp_path: Path) -> None:
    with pytest.warns(UserWarning, match="will not link it") as told:
        path = newsdiff.compare(HOSTILE).save_html(tmp_path / "report.html")
    told_of = " ".join(str(warning.message) for warning in told)
    assert "article '#x': url 'data:" in told_of and "article 'a\"b': url 'javascript:alert(2)'" in told_of
    for loaded in _open(browser, path, viewport={"width": 1300, "height": 900}):
        page = loaded.page
        for n in range(page.locator("#articles .s").count()):
            page.locator("#articles .s").nth(n).click()
        for left, right in (("0", "3"), ("3", "1"), ("2", "1")):
            page.select_option("#pair-left", left)
            page.select_option("#pair-right", right)
        for anchor in page.eval_on_selector_all("a[href^='#']", "all => all.map(a => a.getAttribute('href'))"):
            page.evaluate("anchor => { location.hash = anchor }", anchor)
        links = page.eval_on_selector_all(
            "a[href]:not([href^='#'])", "all => all.map(a => [a.getAttribute('href'), a.innerText])"
        )
        assert page.evaluate("document.querySelectorAll('script').length") == 1
        assert page.locator("#articles .s").first.is_visible(), "no style of an article hides the page"
        assert loaded.dialogs == [] and loaded.requests == [loaded.url], "no script of an article ran, nothing loaded"
        # Only the two http(s) addresses are links, each reading as where it leads.
        assert sorted(links) == [
            ["https://files.example/%E2%80%AEgnp.exe"] * 2,
            ['https://harbour.example/"><script>alert(4)</script>'] * 2,
        ]


def test_changed_words_are_read_as_deletions_and_insertions_with_their_bounds(report: LoadedPage) -> None:
    # <mark> was read at best as "highlighted": nothing said which side lacks the words, nor where they end.
    row = report.page.locator("#pair-0-1 .row.pair").filter(has=report.page.locator("del")).first
    left = row.locator(".cell.left .s").aria_snapshot()
    right = row.locator(".cell.right .s").aria_snapshot()
    assert "- deletion:" in left and "insertion" not in left, left
    assert "- insertion:" in right and "deletion" not in right, right
    first_run = row.locator(".cell.left del").first.text_content() or ""
    assert f'"[not in Meridian Wire: {first_run.strip()} – end]"' in left, left
    assert '"[not in 01-harbor-herald: ' in right, right
    wording = report.page.locator(".claims dd").filter(has=report.page.locator("ins")).first
    first = wording.locator("xpath=../dt[1]").text_content()
    claim = wording.aria_snapshot()
    assert "- insertion:" in claim and f"[not in the wording of {first}: " in claim, claim


def test_the_bounds_of_a_changed_run_name_the_article_that_lacks_it_in_a_pair_picked_in_reverse(
    report: LoadedPage,
) -> None:
    # The hidden words said "not in the other article", which left a listener to work out which one.
    page = report.page
    page.select_option("#pair-left", "3")
    page.select_option("#pair-right", "0")
    row = page.locator("#pair-0-3 .row.pair").filter(has=page.locator("del")).first
    assert '"[not in 01-harbor-herald: ' in row.locator(".s").first.aria_snapshot(), "the left column is now the fourth"
    assert '"[not in 04-lantern-dispatch: ' in row.locator(".s").last.aria_snapshot()


def test_a_sentence_with_changed_words_copies_as_its_text(report: LoadedPage) -> None:
    # The words that bound a run are generated by the style: a selection (what a copy takes) leaves them out.
    sentence = report.page.locator("#pair-0-1 .row.pair .cell.left .s").filter(has=report.page.locator("del")).first
    copied = sentence.evaluate(
        """e => {
            const range = document.createRange();
            range.selectNodeContents(e.querySelector("bdi"));
            getSelection().removeAllRanges();
            getSelection().addRange(range);
            return getSelection().toString();
        }"""
    )
    assert copied == sentence.locator("bdi").text_content()
    assert "not in the" not in copied and "end]" not in copied


@pytest.mark.parametrize("where", ["section.pair:not([hidden])", "#article-0"])
def test_a_column_copied_whole_is_the_text_it_shows_without_the_words_for_a_screen_reader(
    report: LoadedPage, where: str
) -> None:
    # The words written for a screen reader alone (a moved sentence's "told in another order", an article's counts in
    # words after their glyphs) are unseen, yet a column selected whole and copied took them along.
    page = report.page
    copied = page.locator(where).evaluate(
        """e => {
            const range = document.createRange();
            range.selectNodeContents(e);
            getSelection().removeAllRanges();
            getSelection().addRange(range);
            return getSelection().toString();
        }"""
    )
    unseen = page.locator(where).locator(".vh").all_text_contents()
    assert unseen, "the part holds words for a screen reader alone"
    for words in unseen:
        assert words.strip() not in copied
    assert "another order" not in copied and "↕" not in copied
    assert page.locator(where).locator(".s bdi").first.text_content() in copied, "the sentences are copied"


@pytest.mark.parametrize("look", ["light", "dark", "forced", "print"])
def test_changed_words_look_as_the_hint_s_marks_do(browser: Any, cluster_report: Path, look: str) -> None:
    # Deletions and insertions are drawn as marks, not struck through or underlined as a browser draws them,
    # in a high-contrast theme (which gives a mark its own colours) and on paper too.
    context = {"forced": {"forced_colors": "active"}, "dark": {"color_scheme": "dark"}}.get(look, {})
    for loaded in _open(browser, cluster_report, viewport={"width": 1300, "height": 900}, **context):
        if look == "print":
            loaded.page.emulate_media(media="print")
        looks = loaded.page.evaluate(
            """() => ["#side-by-side .hint mark", ".cell.left del", ".cell.right ins", ".claims ins"].map(sel => {
                const s = getComputedStyle(document.querySelector(sel));
                return [s.backgroundColor, s.color, s.textDecorationLine, s.textDecorationStyle, s.borderRadius,
                        s.paddingLeft, s.paddingRight].join(" ");
            })"""
        )
        assert len(set(looks)) == 1, looks


def test_each_claim_shows_its_whole_number(report: LoadedPage) -> None:
    # A claim is laid out only near the window (content-visibility), which clips what it draws outside its box to a
    # small margin: the list marker's "1." showed as "." alone, every claim unnumbered.
    page = report.page
    claims = page.locator(".claims .claim")
    assert claims.count() >= 10
    for n in (0, 9):
        claims.nth(n).evaluate("claim => claim.scrollIntoView({ block: 'center' })")
        # The marker's digits stand left of the claim's box, ending a space before it: a point as far left as the
        # number is wide falls on them, and so on the claim, when they are drawn, and on the list beside them if not.
        hit = claims.nth(n).evaluate(
            """claim => {
                const box = claim.getBoundingClientRect();
                const context = document.createElement("canvas").getContext("2d");
                context.font = getComputedStyle(claim).font;
                const width = context.measureText(claim.value + ".").width;
                return document.elementFromPoint(box.left - width, box.top + 10) === claim;
            }"""
        )
        assert hit, f"claim {n + 1}'s number is cut off"
