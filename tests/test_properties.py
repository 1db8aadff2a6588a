"""Invariants that hold for any input text (hypothesis), and edge cases that once were risky."""

from __future__ import annotations

import dataclasses
import pickle
import re

import pytest
from conftest import HARBOUR_A
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import newsdiff
from newsdiff.segment import INVISIBLE

ANCHOR = {"id": "anchor", "text": HARBOUR_A}

# Text built from pieces that exercise the cleaner and segmenter, mixed with arbitrary Unicode.
NEWSY = st.sampled_from(
    [
        "The talks began.",
        "T he talks",
        " ",
        "\n",
        "\n\n",
        "Read more",
        "“We will respond,” he said.",
        "U.S.",
        "Aug. 1",
        "Full Screen\n1 / 4\n",
        "___",
        "© Wire",
        "Varga",
        "VargaVarga",
        " MORE ",
        "9:15 p.m. GMT.",
        "\t",
        "\u00a0",
        "\u200f",
        "مرحبا بالعالم.",
        "世界你好。",
        "🙂",
        "\x00",
        "\x07",
        "\r\n",
        "date 2026-01-01 ",
    ]
)
ARBITRARY = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=60)
TEXT = st.lists(st.one_of(NEWSY, ARBITRARY), max_size=25).map("".join)


#: A space before closing punctuation or after opening punctuation, which a sentence's text may leave out where a
#: removal's blank stood.
_HUGGED = re.compile(r" (?=[,.;:!?)\]}”’»…%])|(?<=[(\[{“‘«]) ")

#: The space after a sentence's opening capital, which a drop cap's join leaves out of its text.
_DROP_CAP_SPACE = re.compile(r"(?<=^[A-Z]) (?=[a-z])")


def check_invariants(result: newsdiff.Comparison) -> None:
    for article in result.articles:
        covered = [False] * len(article.text)
        # Noise removed from inside a sentence (linked-name debris) is blanked out of its text, nothing else is.
        blanked = list(article.text)
        for removal in article.removed:
            assert article.text[removal.start : removal.end] == removal.text
            blanked[removal.start : removal.end] = " " * (removal.end - removal.start)
            for i in range(removal.start, removal.end):
                covered[i] = True
        for sentence in article.sentences:
            assert 0 <= sentence.start < sentence.end <= len(article.text)
            # Its text is the span with removals blanked, white space folded and invisible characters left out; a
            # removal's blank next to punctuation may be left out too, so spaces there are not compared.
            span = "".join(blanked[sentence.start : sentence.end])
            folded = " ".join(span.translate(dict.fromkeys(map(ord, INVISIBLE))).split())
            # A drop cap set apart by a space from the rest of its opening word (T he talks) is joined to it.
            unspaced = _DROP_CAP_SPACE.sub("", folded, count=1)
            assert _HUGGED.sub("", sentence.text) in (_HUGGED.sub("", folded), _HUGGED.sub("", unspaced))
            assert len(sentence.text) <= len(folded)
            for i in range(sentence.start, sentence.end):
                covered[i] = True
            for removal in article.removed:
                # A removal is outside the sentence or wholly inside it, never straddling its edge.
                outside = removal.end <= sentence.start or removal.start >= sentence.end
                assert outside or sentence.start <= removal.start < removal.end <= sentence.end
        lost = [ch for ch, seen in zip(article.text, covered, strict=True) if not seen and not ch.isspace()]
        assert lost == [], f"{article.id}: characters neither in a sentence nor removed: {lost!r}"
        for sentence in article.sentences:
            assert sentence.label in ("shared", "paraphrased", "unique")
            for match in sentence.matches:
                back = result.article(match.article).sentences[match.sentence].matches
                assert any(b.article == article.id and b.sentence == sentence.index for b in back)


def check_round_trip(result: newsdiff.Comparison) -> None:
    """JSON and pickle give the result back: whole through pickle (a worker process sends it so), and through
    JSON but for what schema 1 does not keep (the loaded text and the URL)."""
    assert pickle.loads(pickle.dumps(result)) == result
    kept = dataclasses.replace(
        result, articles=tuple(dataclasses.replace(a, text="", url=None) for a in result.articles)
    )
    for text in (result.to_json(), result.to_json(indent=None)):
        again = newsdiff.Comparison.from_json(text)
        assert again == kept and hash(again) == hash(kept)
        assert again.to_json() == result.to_json() and again.to_rows() == result.to_rows()


#: Random text now and then reads as UTF-8 taken for Windows-1252 ("Ã©"), which loading rightly warns of: not what
#: these tests look at.
QUIET_MOJIBAKE = pytest.mark.filterwarnings("ignore:.*seems to be UTF-8 that was read as Windows-1252:UserWarning")


@QUIET_MOJIBAKE
@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXT)
def test_any_text_compares_or_raises_input_error(text: str) -> None:
    try:
        result = newsdiff.compare([ANCHOR, {"id": "probe", "text": text}])
    except newsdiff.InputError as exc:
        assert "probe" in str(exc) or "article" in str(exc)
        return
    check_invariants(result)
    check_round_trip(result)


@QUIET_MOJIBAKE
@settings(max_examples=60, deadline=None)
@given(TEXT, TEXT)
def test_any_pair_of_texts_keeps_the_invariants(first: str, second: str) -> None:
    try:
        result = newsdiff.compare([{"id": "one", "text": first + " The talks began."}, {"id": "two", "text": second}])
    except newsdiff.InputError as exc:
        assert "two" in str(exc) or "one" in str(exc)
        return
    check_invariants(result)
    check_round_trip(result)


CLAIMS = st.sampled_from(
    [
        "Brell met Varga in Kessel on Friday.",
        "Varga and Brell met on Friday in Kessel.",
        "The dock strike in Kessel ended on Friday.",
        "The strike ended.",
        "Forty ships waited.",
        "40 ships were waiting outside the harbour.",
        "“We will not sign,” Brell said.",
        "Brell said: “We will not sign.”",
        "Fishing crews ran out of ice.",
    ]
)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.lists(CLAIMS, min_size=1, max_size=5).map(" ".join), min_size=2, max_size=4), st.randoms())
def test_a_comparison_does_not_depend_on_the_order_of_the_articles(texts: list[str], shuffle) -> None:
    def found(result: newsdiff.Comparison) -> tuple[set, set, list]:
        matches = {(a.id, s.index, m) for a in result.articles for s in a.sentences for m in s.matches}
        labels = {(a.id, s.index, s.label) for a in result.articles for s in a.sentences}
        return matches, labels, sorted((g.label, sorted(g.members)) for g in result.groups)

    articles = [newsdiff.Article(text, id=f"outlet-{n}") for n, text in enumerate(texts)]
    reordered = articles[:]
    shuffle.shuffle(reordered)
    assert found(newsdiff.compare(reordered)) == found(newsdiff.compare(articles))


@pytest.mark.parametrize(
    "text",
    ["", "   \n\t ", "\x00\x00", "Full Screen\n1 / 4"],
)
def test_inputs_with_nothing_to_compare_are_refused_by_name(text: str) -> None:
    with pytest.raises(newsdiff.InputError, match="probe"):
        newsdiff.compare([ANCHOR, {"id": "probe", "text": text}])


@pytest.mark.parametrize(
    "text",
    [
        "Harbour",
        "the talks began and nobody knew when they would end",
        "مرحبا بالعالم. هذه مقالة قصيرة.",
        "Talks 🙂 began\u200f in Kessel\x07 on Friday.",
        "Варга и Брелл встретятся в пятницу. 世界你好。",
    ],
)
def test_unusual_but_valid_text_compares(text: str) -> None:
    check_invariants(newsdiff.compare([ANCHOR, {"id": "probe", "text": text}]))


@pytest.mark.slow
def test_five_megabyte_paragraph_without_punctuation_compares() -> None:
    words = ["harbour", "strike", "crane", "ferry", "union", "minister", "ship", "dock", "talks", "kessel"]
    text = " ".join(f"{words[i % 10]}{i % 997}" for i in range(700_000))
    assert len(text) > 5_000_000
    result = newsdiff.compare([ANCHOR, {"id": "huge", "text": text}])
    check_invariants(result)
    assert len(result.article("huge").sentences) > 2000
