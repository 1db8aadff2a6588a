"""A user's own noise rules: a rules file that is not what it should be is refused naming the rule and why."""

from __future__ import annotations

import json
import re
import warnings
from pathlib import Path

import pytest
from click.testing import CliRunner

import newsdiff
from newsdiff import noise
from newsdiff.clean import clean
from newsdiff.cli import main
from newsdiff.noise import NoiseRule, default_rules, load_rules, rules_from_data


@pytest.mark.parametrize(
    ("rule", "told"),
    [
        ({"reason": "promo", "patern": "Tide Club offer"}, "unknown key 'patern' (did you mean 'pattern'?"),
        (
            {"reason": "promo", "pattern": "Tide Club offer", "scpoe": "inline"},
            "unknown key 'scpoe' (did you mean 'scope'?",
        ),
        ({"reason": "promo", "pattern": "Tide Club offer", "flags": "i"}, "unknown key 'flags' (a rule has 'reason'"),
    ],
)
def test_a_rule_with_an_unknown_key_is_refused_naming_it_and_the_key_meant(
    tmp_path: Path, rule: dict[str, str], told: str
) -> None:
    """A misspelt 'scope' was ignored, and the rule removed whole lines instead of stretches inside them."""
    path = tmp_path / "rules.json"
    path.write_text(json.dumps({"rules": [{"pattern": "Subscribe now"}, rule]}), encoding="utf-8")
    with pytest.raises(newsdiff.InputError) as caught:
        load_rules(path)
    assert str(caught.value).startswith(f"{path}, rule 2: {told}")


def test_a_rule_may_say_what_it_is_for() -> None:
    [rule] = rules_from_data([{"reason": "promo", "pattern": "Tide Club offer", "about": "the Gazette's box"}])
    assert rule == NoiseRule("promo", "Tide Club offer")


def test_a_rule_that_is_no_object_is_refused_saying_what_it_is() -> None:
    with pytest.raises(newsdiff.InputError, match=r"^rules, rule 1: is str, not an object with 'pattern'"):
        rules_from_data(["Tide Club offer"])


def test_a_rule_without_a_pattern_says_so() -> None:
    with pytest.raises(newsdiff.InputError, match=r"^rules, rule 1: has no 'pattern'"):
        rules_from_data([{"reason": "promo"}])


@pytest.mark.parametrize("reason", [5, None, ["promo"]])
def test_a_rule_in_a_file_whose_reason_is_no_string_is_refused(reason: object) -> None:
    """The number 5 was taken as the reason '5', and null as 'None'."""
    with pytest.raises(newsdiff.InputError, match=r"^rules, rule 1: .*reason must be a string"):
        rules_from_data([{"reason": reason, "pattern": "Tide Club offer"}])


@pytest.mark.parametrize("reason", ["", "  "])
def test_a_blank_reason_is_refused(reason: str) -> None:
    """A removal with a blank reason says nothing of why its text went, in the JSON or on the page."""
    with pytest.raises(newsdiff.InputError, match="reason is blank"):
        NoiseRule(reason, "Tide Club offer")


@pytest.mark.parametrize(
    ("pattern", "scope"),
    [(".*", "line"), ("(?s).*", "inline"), ("", "line"), ("(?i)(?:read on)?", "inline"), ("^", "inline")],
)
def test_a_pattern_that_matches_the_empty_string_is_refused(pattern: str, scope: str) -> None:
    """'.*' as a line rule blanked every line: the articles were refused as having no sentences, naming no rule."""
    with pytest.raises(newsdiff.InputError, match=r"^noise rule 'oops': pattern .* matches the empty string"):
        NoiseRule("oops", pattern, scope)  # type: ignore[arg-type]


def test_a_rule_that_matches_the_empty_string_is_refused_before_any_article_is_read(tmp_path: Path) -> None:
    path = tmp_path / "rules.json"
    path.write_text(
        json.dumps([{"reason": "promo", "pattern": "Tide Club offer"}, {"pattern": ".*"}]), encoding="utf-8"
    )
    with pytest.raises(
        newsdiff.InputError, match=f"^{re.escape(str(path))}, rule 2: noise rule 'noise': pattern '.\\*'"
    ):
        load_rules(path)


@pytest.mark.parametrize("pattern", [r"(?=Read more)", r"\b", r"(?<=Tide )(?:Club)?"])
def test_an_inline_rule_that_matches_an_empty_stretch_warns_naming_it(pattern: str) -> None:
    """Such a rule matched "Read more" and removed nothing, without a word: the caller took the noise for removed."""
    text = "The ferry left at noon. Read more about the Tide fleet.\nIt docked at six.\n"
    with pytest.warns(UserWarning) as caught:
        cleaned = clean(text, [NoiseRule("teaser", pattern, "inline")])
    assert cleaned.removals == ()
    assert len(caught) == 1  # once, however many empty stretches it matched
    message = str(caught[0].message)
    assert message.startswith(f"noise rule 'teaser': inline pattern {pattern!r} matched an empty stretch")
    assert "group named 'noise'" in message  # says what to change


@pytest.mark.parametrize("pattern", [r"Read more(?P<noise>)", r"Read more(?P<noise>!)?"])
def test_an_inline_rule_whose_noise_groups_capture_nothing_warns_naming_it(pattern: str) -> None:
    """The match was "Read more", but only what the groups captured goes: nothing went, without a word."""
    text = "The ferry left at noon. Read more about the Tide fleet.\nIt docked at six.\n"
    with pytest.warns(UserWarning) as caught:
        cleaned = clean(text, [NoiseRule("teaser", pattern, "inline")])
    assert cleaned.removals == ()
    assert len(caught) == 1
    message = str(caught[0].message)
    assert message.startswith(f"noise rule 'teaser': inline pattern {pattern!r} matched text, but its groups named")
    assert "put the noise inside a group named 'noise'" in message


@pytest.mark.parametrize(
    "rule",
    [
        NoiseRule("teaser", r"Read more(?= about)", "inline"),
        NoiseRule("teaser", r"(?<=\. )(?P<noise>Read more)", "inline"),
        NoiseRule("teaser", r"(?=Read more)", "line"),  # a line rule matches a whole line or nothing
    ],
)
def test_a_rule_that_consumes_what_it_matches_does_not_warn(rule: NoiseRule) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        clean("The ferry left at noon. Read more about the Tide fleet.\nRead more\n", [rule])


def test_the_shipped_rules_do_not_warn() -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        clean("# Ferry talks\n\nThe **ferry** left. Read more\n\n- [Dock](https://x.example/a) news\n> Quote.\n")


#: A pattern that tries a run of "a" in 2 ** n ways before it fails on the "!": 26 of them take minutes.
BACKTRACKS = r"(a|a)+$"
RUN = "a" * 26 + "!"


@pytest.mark.parametrize("scope", ["line", "inline"])
def test_a_rule_that_backtracks_without_end_is_an_error_naming_it(monkeypatch: pytest.MonkeyPatch, scope: str) -> None:
    """Such a rule hung the comparison on one line of the article, saying nothing of which rule or why."""
    monkeypatch.setattr(noise, "_TIMEOUT_SECONDS", 0.05)  # the bound is seconds; this pattern needs minutes
    rule = NoiseRule("boiler", BACKTRACKS, scope)  # type: ignore[arg-type]
    text = f"The ferry left at noon.\n{RUN}\nIt docked at six.\n"
    with pytest.raises(newsdiff.InputError) as caught:
        clean(text, [rule])
    assert str(caught.value).startswith(f"noise rule 'boiler': pattern {BACKTRACKS!r} took over 0.05 s on ")
    assert "(a|a)+" in str(caught.value).split("; ")[0]  # says what kind of pattern does it


@pytest.mark.parametrize("given", [NoiseRule("promo", "Join the Tide Club"), "Join the Tide Club", 3])
def test_clean_given_one_rule_where_a_list_belongs_says_to_give_a_list(given: object) -> None:
    """A lone rule failed with "'NoiseRule' object is not iterable", naming no option and no remedy."""
    with pytest.raises(newsdiff.InputError, match=r"^rules must be a list of NoiseRule objects, got \w+; give a list"):
        clean("The ferry left at noon.\nJoin the Tide Club\n", given)  # type: ignore[arg-type]


def test_clean_given_a_rule_written_as_data_says_to_give_a_list_and_how_to_read_it() -> None:
    """A dict was taken key by key, and refused as "not str", naming neither the list nor how to read the rule."""
    rule = {"reason": "promo", "pattern": "Join the Tide Club"}
    with pytest.raises(newsdiff.InputError) as caught:
        clean("The ferry left at noon.\nJoin the Tide Club\n", rule)  # type: ignore[arg-type]
    assert str(caught.value).startswith("rules must be a list of NoiseRule objects, got dict; give a list")
    assert "rules_from_data" in str(caught.value)


@pytest.mark.parametrize(
    ("given", "told"),
    [(None, "not NoneType; give the article's text"), (3, "not int;"), (b"Read more", "not bytes; decode it first")],
)
def test_clean_given_no_text_says_what_to_give(given: object, told: str) -> None:
    """None, a number or bytes failed with "'NoneType' object has no attribute 'startswith'", from deep inside."""
    with pytest.raises(newsdiff.InputError, match=rf"^text to clean must be a string, {re.escape(told)}"):
        clean(given)  # type: ignore[arg-type]


@pytest.mark.parametrize("scope", ["line", "list"])
def test_a_whole_line_rule_with_noise_groups_is_refused(scope: str) -> None:
    """Its groups were ignored: "Listen(?P<noise> now)" as a line rule took the whole line, "Listen" and all."""
    with pytest.raises(
        newsdiff.InputError, match=rf"^noise rule 'audio': a {scope} rule removes whole lines, .*'inline'"
    ):
        NoiseRule("audio", r"Listen(?P<noise> now)", scope)  # type: ignore[arg-type]


def test_a_pattern_that_calls_itself_first_is_refused_naming_it() -> None:
    """``(?R)`` recurses before it matches a character: the regex package gave up with a bare MemoryError after
    seconds and half a gigabyte, naming no rule."""
    with pytest.raises(newsdiff.InputError, match=r"^noise rule 'loop': pattern '\(\?R\)' calls itself without end"):
        NoiseRule("loop", "(?R)")


class _OutOfMemory:
    """A compiled pattern that runs out of memory on any text, as one that calls itself after a lookahead does
    (``(?=a)(?R)``, on a line with an "a"); the real one takes some seconds and a gigabyte to get there."""

    @property
    def groupindex(self) -> dict[str, int]:
        return {}

    def fullmatch(self, *args: object, **kwargs: object) -> None:
        raise MemoryError

    def finditer(self, *args: object, **kwargs: object) -> None:
        raise MemoryError


@pytest.mark.parametrize("scope", ["line", "inline"])
def test_a_rule_that_runs_out_of_memory_while_matching_is_an_error_naming_it(scope: str) -> None:
    rule = NoiseRule("loop", "(?=a)(?R)", scope)  # type: ignore[arg-type]
    object.__setattr__(rule, "compiled", _OutOfMemory())
    with pytest.raises(
        newsdiff.InputError, match=r"^noise rule 'loop': pattern .* calls itself without end on \d+ characters"
    ):
        clean("The ferry left at noon.\naaaa!\nIt docked at six.\n", [rule])


def test_a_pattern_that_asks_for_version_1_of_the_regex_syntax_is_used() -> None:
    """The package's version 0 was asked for beside the pattern's own ``(?V1)``: it failed with a KeyError."""
    rule = NoiseRule("code", r"(?V1)[[a-z]--[aeiou]]{4,}")
    cleaned = clean("The ferry left at noon.\nbcdfg\nIt docked at six.\n", [rule])
    assert [(r.reason, r.text) for r in cleaned.removals] == [("code", "bcdfg")]


def test_a_bounded_rule_still_removes_what_it_matches(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(noise, "_TIMEOUT_SECONDS", 0.05)
    line, inline = NoiseRule("boiler", r"(a|a)+!"), NoiseRule("aside", r"\[aside\]", "inline")
    cleaned = clean("The ferry left at noon.\naaaa!\nIt docked [aside] at six.\n", [line, inline])
    assert [(r.reason, r.text) for r in cleaned.removals] == [("boiler", "aaaa!"), ("aside", "[aside]")]


def test_the_shipped_rules_match_unbounded_and_others_bounded() -> None:
    """Bounding a match costs microseconds a call; the shipped patterns are measured on lines made to backtrack."""
    assert not any(rule._bounded for rule in default_rules())
    assert NoiseRule("promo", "Tide Club offer")._bounded


def test_a_callers_rule_named_markdown_does_not_take_a_plain_articles_list_marks() -> None:
    """The list marks of an article were taken as Markdown's whenever a removal's reason read 'markdown', so a caller's
    rule of that reason blanked the dashes of a plain article's list, reported as Markdown it does not have."""
    text = "Ferry talks resume\nThe talks began.\n- Three ferries run.\n- Two are new.\nJoin the Tide Club\n"
    for reason in ("promo", "markdown"):
        cleaned = clean(text, (*default_rules(), NoiseRule(reason, "Join the Tide Club")))
        assert [r.text for r in cleaned.removals] == ["Ferry talks resume", "Join the Tide Club"]


def test_an_article_in_markdown_still_loses_its_list_marks_beside_a_callers_rule() -> None:
    text = (
        "# Ferry talks resume\n\nThe talks **began**.\n\n- Three ferries run.\n- Two are new.\n\nJoin the Tide Club\n"
    )
    cleaned = clean(text, (*default_rules(), NoiseRule("markdown", "Join the Tide Club")))
    assert [r.text for r in cleaned.removals if r.text == "-"] == ["-", "-"]


@pytest.fixture
def two_articles(tmp_path: Path) -> list[str]:
    """Two short articles we wrote, as files."""
    paths = [tmp_path / "a.txt", tmp_path / "b.txt"]
    paths[0].write_text("The ferry left Kessel at noon.\nIt docked at six.\n", encoding="utf-8")
    paths[1].write_text("The ferry left Kessel at noon on Monday.\nIt docked at six.\n", encoding="utf-8")
    return [str(path) for path in paths]


@pytest.mark.parametrize("given_as_rules", [True, False])
@pytest.mark.parametrize(
    "content",
    [
        {"rules": [{"reason": "promo", "pattern": "Join the Tide Club"}]},
        {"about": 'The "Tide" site\'s promos.', "rules": []},
    ],
)
def test_a_rules_file_among_the_articles_is_named_as_rules(
    two_articles: list[str], tmp_path: Path, given_as_rules: bool, content: dict[str, object]
) -> None:
    """A rules file caught by a glob of the articles, or given as one for want of --rules, was read as a record and
    refused for having no 'text' field, which did not say that it was the rules."""
    rules = tmp_path / "rules.json"
    rules.write_text(json.dumps(content), encoding="utf-8")
    arguments = ["compare", *two_articles, str(rules), "--format", "json"]
    told = f"{rules}: is noise rules, not an article; give it as --rules {rules}"
    if given_as_rules:
        arguments += ["--rules", str(rules)]
        told = f"{rules}: is the --rules file, not an article; leave it out of the articles"
    done = CliRunner().invoke(main, arguments)
    assert (done.exit_code, done.output) == (2, f"newsdiff: error: {told}\n")


def test_a_record_of_an_article_is_not_taken_for_rules(two_articles: list[str], tmp_path: Path) -> None:
    record = tmp_path / "c.json"
    record.write_text(
        json.dumps({"text": "The ferry left Kessel at noon.\nIt docked at six.\n", "rules": []}), encoding="utf-8"
    )
    done = CliRunner().invoke(main, ["compare", *two_articles, str(record), "--format", "json"])
    assert done.exit_code == 0, done.output


def test_a_file_of_one_rule_not_in_a_list_says_so(tmp_path: Path) -> None:
    """It was told only that it was no list of rules, leaving the writer to wonder what the rules were."""
    path = tmp_path / "rules.json"
    path.write_text(json.dumps({"reason": "promo", "pattern": "Join the Tide Club"}), encoding="utf-8")
    with pytest.raises(newsdiff.InputError) as caught:
        load_rules(path)
    assert (
        str(caught.value)
        == f'{path}: is one rule; give a list of rules, [{{...}}], or an object with one: {{"rules": [...]}}'
    )


@pytest.mark.parametrize(
    ("content", "told"),
    [
        ({"rule": [{"pattern": "Join the Tide Club"}]}, "unknown key 'rule' (did you mean 'rules'? "),
        (
            {"rules": [{"pattern": "Join the Tide Club"}], "flags": "i"},
            "unknown key 'flags' (a rules file has 'rules' and may have an 'about')",
        ),
        (
            {"rules": [{"pattern": "Join the Tide Club"}], "pattern": "Tide Club offer"},
            "unknown key 'pattern' (a rules file has 'rules'",
        ),
    ],
)
def test_a_rules_file_with_an_unknown_key_is_refused_naming_it(
    tmp_path: Path, content: dict[str, object], told: str
) -> None:
    """A key beside "rules" was ignored, so a rule written there never ran; a misspelt "rule" was told only that it
    was no list of rules."""
    path = tmp_path / "rules.json"
    path.write_text(json.dumps(content), encoding="utf-8")
    with pytest.raises(newsdiff.InputError) as caught:
        load_rules(path)
    assert str(caught.value).startswith(f"{path}: {told}")


@pytest.mark.parametrize(
    ("content", "told"),
    [
        ('{"rules": [{"pattern": "Join the Tide Club"}], "rules": []}', "key 'rules' is given twice"),
        ('[{"reason": "promo", "pattern": "Join the Tide Club", "pattern": "Tide Club offer"}]', "key 'pattern'"),
    ],
)
def test_a_key_given_twice_in_a_rules_file_is_refused(tmp_path: Path, content: str, told: str) -> None:
    """JSON keeps a repeated key's last value: a second "rules" list dropped every rule of the first, unsaid."""
    path = tmp_path / "rules.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(newsdiff.InputError) as caught:
        load_rules(path)
    assert str(caught.value).startswith(f"{path}: {told}")
    assert "JSON keeps only the last" in str(caught.value)


@pytest.mark.parametrize(
    ("content", "where"),
    [
        ({"about": 5, "rules": [{"pattern": "Join the Tide Club"}]}, ""),
        ([{"pattern": "Join the Tide Club", "about": ["the Gazette's box"]}], ", rule 1"),
    ],
)
def test_an_about_that_is_no_string_is_refused(content: object, where: str) -> None:
    with pytest.raises(newsdiff.InputError, match=rf"^rules{where}: 'about' must be a string"):
        rules_from_data(content)


def test_a_rules_file_with_an_about_and_its_rules_loads() -> None:
    rules = rules_from_data({"about": "The Gazette's boxes.", "rules": [{"pattern": "Join the Tide Club"}]})
    assert rules == (NoiseRule("noise", "Join the Tide Club"),)


# --- Which rule a removal is reported under ------------------------------------------------------------------------
# A caller's rule is written for one site's noise: where it and a shipped rule both match, the caller's reason is the
# one reported, so the caller sees the rule take effect.

PAYWALL = NoiseRule("paywall", "(?i)subscribe now")
TEASER = NoiseRule("teaser", r"[^\S\n]Read more$", "inline")
NOISY = "The ferry left Kessel at noon.\nSubscribe now\nIt docked at six. Read more\nThe crew rested.\n"


@pytest.mark.parametrize("callers_last", [True, False])
def test_a_callers_rule_wins_over_a_shipped_rule_that_matches_the_same_text(callers_last: bool) -> None:
    """Shipped rules ran first, so these removals were reported as 'promo', as if the caller's rules did nothing."""
    rules = (*default_rules(), PAYWALL, TEASER) if callers_last else (PAYWALL, TEASER, *default_rules())
    cleaned = clean(NOISY, rules)
    assert [(r.reason, r.text) for r in cleaned.removals] == [("paywall", "Subscribe now"), ("teaser", "Read more")]


def test_the_shipped_rules_still_remove_what_a_callers_rules_do_not_match() -> None:
    cleaned = clean(NOISY, (*default_rules(), NoiseRule("paywall", "Tide Club offer")))
    assert [(r.reason, r.text) for r in cleaned.removals] == [("promo", "Subscribe now"), ("promo", "Read more")]


def test_among_a_callers_rules_the_first_that_matches_wins() -> None:
    rules = (*default_rules(), PAYWALL, NoiseRule("offer", "Subscribe now"))
    assert clean(NOISY, rules).removals[0].reason == "paywall"
    rules = (*default_rules(), NoiseRule("offer", "Subscribe now"), PAYWALL)
    assert clean(NOISY, rules).removals[0].reason == "offer"


def test_compare_reports_an_extra_rules_removal_under_its_reason() -> None:
    result = newsdiff.compare(
        [NOISY, "The ferry left Kessel at noon on Monday.\nIt docked at six.\n"], extra_rules=[PAYWALL]
    )
    assert [(r["reason"], r["text"]) for r in result.to_dict()["articles"][0]["removed"]] == [
        ("paywall", "Subscribe now"),
        ("promo", "Read more"),
    ]


@pytest.mark.parametrize(
    ("name", "kind", "plain"),
    [
        ("promo.json.gz", "gzip", "promo.json"),
        ("promo.json", "gzip", "promo-plain.json"),
        ("promo.bz2", "bzip2", "promo-plain.json"),
    ],
)
def test_a_compressed_rules_file_is_named_so_with_how_to_write_it_out(
    tmp_path: Path, name: str, kind: str, plain: str
) -> None:
    # It was "cannot read noise rules ('utf-8' codec can't decode byte 0x8b in position 1: invalid start byte)".
    import bz2
    import gzip

    rules = json.dumps([{"pattern": "Read more", "reason": "promo", "scope": "inline"}]).encode("utf-8")
    path = tmp_path / name
    path.write_bytes(gzip.compress(rules) if kind == "gzip" else bz2.compress(rules))
    tool, written = {"gzip": "zcat", "bzip2": "bzcat"}[kind], tmp_path / plain
    with pytest.raises(newsdiff.InputError) as caught:
        load_rules(path)
    assert str(caught.value) == (
        f"{path}: is {kind}-compressed, and noise rules are read as plain JSON; write them out uncompressed first "
        f"({tool} {path} > {written}) and give that file"
    )


def test_a_rules_file_neither_utf_8_nor_compressed_still_says_why_it_cannot_be_read(tmp_path: Path) -> None:
    path = tmp_path / "rules.json"
    path.write_bytes(b"\xff\xfe[]")
    with pytest.raises(newsdiff.InputError, match=r"^.*rules\.json: cannot read noise rules \('utf-8' codec"):
        load_rules(path)
