"""Noise rules as data: what scraping noise looks like, line by line or inside a line.

The rules ship as ``data/noise_rules.json`` and callers can add their own (:func:`load_rules`).
Loading uses them to look past noise for an article's headline; cleaning applies them (``clean``).
"""

from __future__ import annotations

import difflib
import json
import warnings
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, Literal

import regex

from .compression import compression_of
from .errors import InputError
from .invisible import ZERO_WIDTH

#: How a rules file in the shipped format begins (its "about", then its "rules"), to tell one given as an article.
RULES_START = regex.compile(rb'\A(?:\xef\xbb\xbf)?\s*\{\s*(?:"about"\s*:\s*"(?:[^"\\]|\\.)*"\s*,\s*)?"rules"\s*:\s*\[')

#: "line" removes whole lines, "list" a whole line and the link lines listed under it, "inline" stretches.
Scope = Literal["line", "list", "inline"]

#: White space other than a plain space and a line break (a no-break space, a thin space, a tab), and the invisible
#: marks a page leaves between words (a zero-width space, a byte order mark), each read as one plain space: scraped
#: text writes "Read&nbsp;more" and "Got&nbsp;it", and the rules are written with plain spaces.
_PLAIN_SPACES = {
    ord(char): " " for char in map(chr, range(0x3001)) if char.isspace() and char not in " \n"
} | dict.fromkeys(map(ord, ZERO_WIDTH), " ")
#: Whether a text holds any of them, to leave it as it is when it holds none.
_ODD_SPACE = regex.compile(rf"[^\S\n ]|[{ZERO_WIDTH}]")


#: Icons a page sets before a button's label ("📧 Sign up", "▶ Play video", "➡️ Follow us"), or after it ("Share 📘 🐦"):
#: pictographs, arrows and other symbols outside ASCII, with their variation selectors and joiners, and the white
#: space after them.
_ICON = r"(?![\x00-\x7f])[\p{So}\p{Sk}\p{Sm}\p{Co}\u200d\ufe0f]"
_LEADING_ICONS = regex.compile(rf"(?:{_ICON}++\s*+)++")
#: Icons set as words between a row's labels ("\uf09a Facebook \uf099 Twitter", an icon font's glyphs), with the white
#: space after them: the row without them is the share bar a rule knows.
_ICONS_BETWEEN_WORDS = regex.compile(rf"(?<=\s)(?:{_ICON}++\s++)++")


def without_icons(line: str) -> str:
    """``line`` without the icons that open or close it ("📧 Sign up" as "Sign up", "Share 📘 🐦 ✉️" as "Share") or
    stand between its words, or ``line`` itself when it has none.

    A share row sets its buttons' icons after its label or before each button, and the labels alone are the widget a
    rule knows.
    """
    icons = _LEADING_ICONS.match(line)
    bare = line[icons.end() :] if icons is not None else line
    words = bare.rstrip()
    if words and not words[-1].isascii():
        # The icons at the end, read backwards as those at the start are read forwards: a match anchored at the start
        # of the reversed line is tried once, where a search for icons before its end would be tried at every character.
        closing = _LEADING_ICONS.match(words[::-1])
        if closing is not None:
            bare = words[: len(words) - closing.end()].rstrip()
    if not bare.isascii():
        bare = _ICONS_BETWEEN_WORDS.sub("", bare)
    return bare if len(bare) != len(line) else line


def plain_spaces(text: str) -> str:
    """``text`` with each white space but a line break, and each zero-width mark, as a plain space: the rules see
    "Read more" in "Read\\u00a0more". One character stands for one, so every offset still points into ``text``."""
    return text.translate(_PLAIN_SPACES) if _ODD_SPACE.search(text) is not None else text


@dataclass(frozen=True)
class NoiseRule:
    """One kind of noise: a pattern, its scope (a whole ``line``, a ``list`` of links, or ``inline``), and the reason.

    A ``list`` rule matches a whole line that heads a list of links ("More on this story"); cleaning
    removes the line and the headline-like lines under it (see :func:`newsdiff.clean.clean`).
    A pattern that matches the empty string is refused (``.*`` would take every line), and one newsdiff does not
    ship gives up, with an error naming it, after some seconds on a line it tries in countless ways (``(a|a)+$``), or
    when it calls itself without end (``(?R)``). An inline rule that matches an empty stretch (``(?=Read more)``), or
    whose groups named ``noise`` capture nothing, warns, as it removes nothing there. Patterns are read in version 0
    of the ``regex`` syntax unless they ask for version 1 (``(?V1)``). Groups named ``noise`` are for an inline rule; a
    line or list rule with them is refused, as it would remove the whole line all the same.

    >>> NoiseRule("promo", r"(?i)subscribe now").matches_line("  Subscribe now ")
    True
    """

    reason: str
    pattern: str
    scope: Scope = "line"
    compiled: Any = field(init=False, repr=False, compare=False)
    #: Seconds-bounded matching, for a pattern not shipped: see :func:`_timeout`.
    _bounded: bool = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        # A reason that is no string would be written into results that Comparison.from_json then refuses.
        if not isinstance(self.reason, str):
            raise InputError(f"noise rule {self.reason!r}: reason must be a string, not {type(self.reason).__name__}")
        if not self.reason.strip():
            # The reason is all a removal says of why its text went: a blank one leaves the reader guessing.
            raise InputError(f"noise rule {self.reason!r}: reason is blank; give a word for the noise, such as 'promo'")
        if not isinstance(self.pattern, str):
            raise InputError(f"noise rule {self.reason!r}: pattern must be a string, {_given_pattern(self.pattern)}")
        if self.scope not in ("line", "list", "inline"):
            raise InputError(
                f"noise rule {self.reason!r}: scope must be 'line', 'list' or 'inline', not {self.scope!r}"
            )
        # Version 0 of the regex syntax, whatever the package's default, unless the pattern asks for version 1 itself:
        # given both, the package failed with a KeyError that named no rule.
        version = 0 if _SETS_VERSION.search(self.pattern) else regex.V0
        try:
            compiled = regex.compile(self.pattern, regex.MULTILINE | version)
        except regex.error as exc:
            raise InputError(f"noise rule {self.reason!r}: invalid pattern {self.pattern!r} ({exc})") from None
        try:
            # Bounded: a pattern that calls itself first ("(?R)") took seconds and half a gigabyte to fail here.
            empty = compiled.search("", timeout=_EMPTY_TIMEOUT_SECONDS) is not None
        except (TimeoutError, MemoryError, RecursionError):
            raise _recurses(self.reason, self.pattern, "") from None
        if empty:
            # ".*" matches every line: a line rule of it blanked whole articles, reported only as "no sentences left".
            raise InputError(
                f"noise rule {self.reason!r}: pattern {self.pattern!r} matches the empty string, so it matches "
                "anywhere (a line rule, every line); make it need at least one character of the noise (such as '.+' "
                "for '.*', or no '?' after it all)"
            )
        if self.scope != "inline" and "noise" in compiled.groupindex:
            # A line rule removes the whole line it matches: the groups were ignored, and the words the caller meant
            # to keep went with the rest.
            raise InputError(
                f"noise rule {self.reason!r}: a {self.scope} rule removes whole lines, so its groups named 'noise' "
                "would remove nothing less; give it the scope 'inline' to remove only what they capture, or name the "
                "groups otherwise"
            )
        object.__setattr__(self, "compiled", compiled)
        # Bounding a match costs a few microseconds a call, as much again as a shipped rule's whole match on a line.
        object.__setattr__(self, "_bounded", self.pattern not in _shipped_patterns())

    def matches_line(self, line: str) -> bool:
        """Whether this rule removes ``line`` as a whole (white space around it ignored)."""
        line = line.strip()
        if not self._bounded:
            return self.compiled.fullmatch(line) is not None
        try:
            return self.compiled.fullmatch(line, timeout=_timeout(line)) is not None
        except TimeoutError:
            raise self._too_slow(line) from None
        except (MemoryError, RecursionError):
            raise _recurses(self.reason, self.pattern, line) from None

    def spans(self, text: str) -> Iterable[tuple[int, int]]:
        """Spans of ``text`` an inline rule removes: each match, or what its ``noise`` groups captured.

        A pattern may name several groups ``noise`` to remove pieces apart and keep what stands between them (a
        Markdown link's ``[`` and ``](target)`` around its text).
        """
        group = "noise" if "noise" in self.compiled.groupindex else 0
        # Only a caller's rule is watched: no shipped rule matches an empty stretch.
        watched = self._bounded
        try:
            for match in self.compiled.finditer(text, timeout=_timeout(text) if self._bounded else None):
                removed = False
                for start, end in zip(match.starts(group), match.ends(group), strict=True):
                    if start < end:
                        removed = True
                        yield start, end
                if watched and not removed:
                    watched = False  # once a call; Python's warning filters show it once a rule by default
                    warnings.warn(self._empty_match(match.start() < match.end()), UserWarning, stacklevel=2)
        except TimeoutError:
            raise self._too_slow(text) from None
        except (MemoryError, RecursionError):
            if not self._bounded:
                raise
            raise _recurses(self.reason, self.pattern, text) from None

    def _empty_match(self, grouped: bool) -> str:
        """The warning for an inline rule that matched and removed nothing there, without a word: its match was empty,
        or (``grouped``) its groups named ``noise`` captured nothing.

        A pattern of lookarounds alone (``(?=Read more)``, ``\\b``) matches text and consumes none of it; a pattern
        that matches the empty string anywhere is refused when the rule is made, but one that does so only beside
        some text cannot be told from its source, so it is caught where it matches.
        """
        if grouped:
            return (
                f"noise rule {self.reason!r}: inline pattern {self.pattern!r} matched text, but its groups named "
                "'noise' captured none of it, so it removed nothing there; put the noise inside a group named 'noise' "
                "(such as 'Read (?P<noise>more)'), or name no group 'noise' to remove the whole match"
            )
        return (
            f"noise rule {self.reason!r}: inline pattern {self.pattern!r} matched an empty stretch of the text, so it "
            "removed nothing there; make it match the noise itself (such as 'Read more' rather than "
            "'(?=Read more)'), or capture it in a group named 'noise'"
        )

    def _too_slow(self, text: str) -> InputError:
        """The error for a pattern that gave up on ``text``: it backtracks, and would have hung the comparison."""
        return InputError(
            f"noise rule {self.reason!r}: pattern {self.pattern!r} took over {_seconds(_timeout(text))} s on "
            f"{len(text):,} characters of text, as a pattern does that tries them in countless ways (a repeat of "
            "alternatives or repeats that can match the same text, such as (a|a)+); write it so that each character "
            "can be matched one way only"
        )


def _recurses(reason: str, pattern: str, text: str) -> InputError:
    """The error for a pattern that gave up on ``text`` out of memory: it calls itself before it matches a character,
    and so without end."""
    where = f" on {len(text):,} characters of text" if text else ""
    return InputError(
        f"noise rule {reason!r}: pattern {pattern!r} calls itself without end{where}, as a pattern does that calls "
        "itself ((?R), (?1)) before it has matched any character; match at least one character before the call"
    )


#: Matching the empty string, as every pattern is tried once, takes microseconds unless the pattern calls itself first.
_EMPTY_TIMEOUT_SECONDS = 0.5


#: A pattern that sets its own version of the regex syntax: ``(?V1)``, alone or among other flags.
_SETS_VERSION = regex.compile(r"\(\?[a-zA-Z]*V[01]")

#: A rule's match gives up after this many seconds, and this many more for each million characters it searches: a
#: pattern that backtracks catastrophically ("(a|a)+$") would otherwise hang on one line, where the shipped rules take
#: microseconds a line and well under a second a megabyte.
_TIMEOUT_SECONDS = 5.0
_TIMEOUT_SECONDS_PER_MILLION_CHARS = 10.0


def _seconds(seconds: float) -> str:
    """``seconds`` for a message: ``5``, ``0.05``, ``15.2``."""
    return f"{seconds:.2f}".rstrip("0").rstrip(".")


def _timeout(text: str) -> float:
    """How long a rule may search ``text`` before it is taken to backtrack without end."""
    return _TIMEOUT_SECONDS + _TIMEOUT_SECONDS_PER_MILLION_CHARS * len(text) / 1_000_000


def _given_pattern(pattern: object) -> str:
    """What ``pattern`` is, for a message, and its source when it is a compiled regular expression."""
    source = getattr(pattern, "pattern", None)
    if isinstance(source, str):
        return f"not {type(pattern).__name__}; give its source, such as {source!r} (with any flags written in it: (?i))"
    return f"not {type(pattern).__name__}"


def rules_from_data(data: Any, name: str = "rules") -> tuple[NoiseRule, ...]:
    """Build rules from parsed JSON: ``{"rules": [{"reason", "pattern", "scope"}, ...]}`` or a list."""
    items = data.get("rules") if isinstance(data, dict) else data
    if isinstance(data, dict) and "rules" not in data and "pattern" in data:
        raise InputError(
            f'{name}: is one rule; give a list of rules, [{{...}}], or an object with one: {{"rules": [...]}}'
        )
    if isinstance(data, dict):
        # A misspelt "rule" was refused only as "expected a list", and a key beside "rules" was ignored unread.
        _refuse_unknown_keys(data, _FILE_KEYS, name, "a rules file has 'rules' and may have an 'about'")
        _check_about(data, name)
    if not isinstance(items, list):
        raise InputError(f"{name}: expected a list of rules or an object with a 'rules' list")
    rules = []
    for number, item in enumerate(items, start=1):
        if not isinstance(item, dict):
            raise InputError(
                f"{name}, rule {number}: is {type(item).__name__}, not an object with 'pattern' (and 'reason', 'scope')"
            )
        # A misspelt key ("scpoe") was ignored, and the rule applied with the default in its place.
        where = f"{name}, rule {number}"
        _refuse_unknown_keys(
            item, _RULE_KEYS, where, "a rule has 'reason', 'pattern' and 'scope', and may have an 'about'"
        )
        _check_about(item, where)
        if "pattern" not in item:
            raise InputError(f"{name}, rule {number}: has no 'pattern' (the regular expression of the noise)")
        try:
            rules.append(NoiseRule(item.get("reason", "noise"), item["pattern"], item.get("scope", "line")))
        except InputError as exc:
            raise InputError(f"{name}, rule {number}: {exc}") from None
    return tuple(rules)


#: The keys a rule of a rules file may have: "about" says what the rule is for, as the file's own "about" does.
_RULE_KEYS = ("reason", "pattern", "scope", "about")
#: The keys of a rules file that is an object rather than the list of rules alone.
_FILE_KEYS = ("rules", "about")


def _refuse_unknown_keys(data: dict[Any, Any], allowed: tuple[str, ...], where: str, keys_allowed: str) -> None:
    """Refuse a key of ``data`` not in ``allowed``, naming it and the key it may have meant: ignored, it lost what it
    said without a word."""
    for key in data:
        if key not in allowed:
            close = difflib.get_close_matches(str(key), allowed, n=1)
            hint = f"did you mean {close[0]!r}? " if close else ""
            raise InputError(f"{where}: unknown key {key!r} ({hint}{keys_allowed})")


def _check_about(data: dict[Any, Any], where: str) -> None:
    """Refuse an ``about`` that is no string: it is a note for people to read, and anything else is a slip."""
    about = data.get("about")
    if about is not None and not isinstance(about, str):
        raise InputError(f"{where}: 'about' must be a string, a note for people to read, not {type(about).__name__}")


class _DuplicateKey(ValueError):
    """A key given twice in one object of a rules file, which JSON reads as the last one alone."""

    def __init__(self, key: str) -> None:
        super().__init__(key)
        self.key = key


def _refuse_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """An object of a rules file as a dict, refusing a key given twice: JSON keeps only its last value, so a second
    "rules" list silently dropped the first, and a second "pattern" the first pattern."""
    data: dict[str, Any] = {}
    for key, value in pairs:
        if key in data:
            raise _DuplicateKey(key)
        data[key] = value
    return data


def load_rules(path: str | Path) -> tuple[NoiseRule, ...]:
    """Read extra noise rules from a JSON file, in the format of the shipped ``noise_rules.json``.

    The file holds ``{"rules": [{"reason": "promo", "scope": "line", "pattern": "(?i)listen to this story"}]}``
    (or the list alone). ``pattern`` is a regular expression of the ``regex`` package; ``scope`` is ``line``
    (the default: a whole line it matches), ``inline`` (each match inside a line, or what its groups
    named ``noise`` capture) or ``list`` (a line heading a list of links, removed with the links); ``reason`` is what
    ``removed`` reports; ``about`` may say what the rule is for. Any other key is refused, naming the rule, and so is
    a key of the file's object other than ``rules`` and ``about``, or any key given twice in one object. Give them
    to :func:`newsdiff.compare` as ``extra_rules`` to add them to the shipped rules (its ``rules`` replaces those);
    where one of them and a shipped rule match the same text, it wins, and its ``reason`` is reported.
    """
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8-sig"), object_pairs_hook=_refuse_duplicate_keys)
    except _DuplicateKey as exc:
        merge = " (put all the rules in one 'rules' list)" if exc.key == "rules" else ""
        raise InputError(
            f"{path}: key {exc.key!r} is given twice in one object, and JSON keeps only the last; give it once{merge}"
        ) from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read noise rules ({exc.strerror or exc})") from None
    except ValueError as exc:  # not JSON, or not UTF-8
        raise InputError(f"{path}: {_compressed(Path(path)) or f'cannot read noise rules ({exc})'}") from None
    return rules_from_data(data, str(path))


#: The suffixes of compressed files' names, which the name of a rules file written out uncompressed leaves off.
_COMPRESSED_SUFFIXES = (".gz", ".bz2", ".xz", ".zst", ".zip")


def _compressed(path: Path) -> str | None:
    """What to say of a rules file that is compressed (gzip, bzip2...), with how to write it out uncompressed; None
    for any other file. Read as UTF-8, it was "cannot read noise rules ('utf-8' codec can't decode byte 0x8b...)"."""
    try:
        with path.open("rb") as file:
            start = file.read(8)
    except OSError:
        return None
    compressed = compression_of(start)
    if compressed is None:
        return None
    kind, tool = compressed
    # rules.json.gz is written out as rules.json; a name without a suffix of its kind, beside itself.
    stem = path.with_suffix("") if path.suffix.lower() in _COMPRESSED_SUFFIXES else path
    plain = stem if stem != path and stem.suffix.lower() == ".json" else path.with_name(f"{stem.stem}-plain.json")
    return (
        f"is {kind}-compressed, and noise rules are read as plain JSON; write them out uncompressed first "
        f"({tool} {path} > {plain}) and give that file"
    )


@lru_cache(maxsize=1)
def default_rules() -> tuple[NoiseRule, ...]:
    """The rules newsdiff ships, for the noise of common news sites."""
    return rules_from_data(_shipped_data(), "noise_rules.json")


@lru_cache(maxsize=1)
def _shipped_data() -> Any:
    """The shipped ``noise_rules.json``, parsed."""
    return json.loads(resources.files("newsdiff").joinpath("data/noise_rules.json").read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def _shipped_patterns() -> frozenset[str]:
    """The patterns newsdiff ships: measured on lines made to make them backtrack (benchmarks/run.py), they match
    unbounded; any other pattern gives up after :func:`_timeout`."""
    return frozenset(rule["pattern"] for rule in _shipped_data()["rules"])


#: Verdicts on recent short lines for the rule set last asked about: a site's page furniture ("Skip to content",
#: "Share", its name) tops article after article, and trying every rule on such a line is most of the time it
#: takes to load a file of many articles (the cost is inside the patterns, so joining them into one does not help).
_VERDICTS_KEPT = 4096
#: Longer lines are seldom repeated, and are not kept.
_VERDICT_MAX_CHARS = 200
_verdicts: tuple[tuple[NoiseRule, ...], dict[str, bool]] | None = None


def is_noise_line(line: str, rules: Sequence[NoiseRule]) -> bool:
    """Whether a line or list rule of ``rules`` removes ``line`` as a whole."""
    global _verdicts
    if len(line) > _VERDICT_MAX_CHARS or not isinstance(rules, tuple):  # a list may change between calls
        return _removed_whole(line, rules)
    kept = _verdicts  # read once: another thread may set it for other rules meanwhile
    if kept is None or kept[0] is not rules:
        kept = _verdicts = (rules, {})
    known = kept[1]
    verdict = known.get(line)
    if verdict is None:
        if len(known) >= _VERDICTS_KEPT:
            known.clear()
        verdict = known[line] = _removed_whole(line, rules)
    return verdict


def _removed_whole(line: str, rules: Sequence[NoiseRule]) -> bool:
    return line_rule(plain_spaces(line).strip(), [rule for rule in rules if rule.scope != "inline"]) is not None


def line_rule(line: str, rules: Sequence[NoiseRule]) -> NoiseRule | None:
    """The first of ``rules`` that matches ``line`` whole, read with plain spaces (:func:`plain_spaces`), and, when
    none does, without the icons around a button's label ("📧 Sign up", "Share 📘 🐦": :func:`without_icons`)."""
    plain = plain_spaces(line)
    matched = next((rule for rule in rules if rule.matches_line(plain)), None)
    bare = without_icons(plain) if matched is None else plain
    if bare is not plain:
        matched = next((rule for rule in rules if rule.matches_line(bare)), None)
    return matched
