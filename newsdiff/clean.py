"""Removal of scraping noise, reported span by span so that nothing is dropped silently.

Rules are data (:class:`NoiseRule`): a *line* rule removes whole lines it matches (gallery widgets, promos, credits,
separators), a *list* rule removes a line that heads a list of links ("More on this story") and the linked headlines
under it, up to the first line of prose or one set further below them than they stand apart, and an *inline* rule
removes a stretch inside a line (a trailing "Read more", the headlines a hyperlinked name expands into). Markdown
markup below the headline (a heading's hashes, emphasis marks, a link's brackets and target, an image, block-quote and
list marks, a table's pipes and delimiter row, a code block's fences) is removed the same way, its words kept; the code
of a fenced block, or of a block indented four columns in a text with other markup, is no noise, and no rule looks at
it. Removed text is blanked in a copy of the article of the same length, so every later offset still points into the
loaded text.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

import regex

from .article import PAGE_COUNT, read_metadata
from .errors import InputError
from .noise import NoiseRule, default_rules, line_rule, plain_spaces

#: A linked headline under a list heading ("More on this story") is a short line; a line of prose
#: ends in a full stop, an exclamation mark, a colon, a semicolon or a comma (a question may be a
#: headline: "Will the ferries run?"), before any closing quotation marks and brackets: English ones, German ones
#: („…“, ‚…‘) and guillemets, which French sets apart with a space (« … »).
_LINK_LINE_MAX_CHARS = 160
_LINK_LINE_MAX_WORDS = 20
_PROSE_END = regex.compile(r"[.!:;,](?:\s*+[\"”’'“‘»›)\]])*+$")
#: What a line of prose has and a linked headline has not, when the line lost its full stop: a sentence ended inside it
#: after a word in lower case ("The crew left. Work resumes in May"; not an abbreviation such as "vs.", "Sen." or
#: "Sept."), a quotation given to its speaker in the past tense ("“We will rebuild,” the mayor said", where a headline
#: says "says"), or two first words in lower case, a line of a paragraph broken in two ("and said the ferry would run").
_PROSE_INSIDE = regex.compile(
    r"(?<!\p{L})\p{Ll}{3,}+[.!][\"”’']?\s+[\"“‘']?\p{Lu}"
    r"|,[\"”’']\s+(?:[\p{L}.'’-]+\s+){0,4}?(?:said|told|added|wrote|explained)\b"
    r"|^\p{Ll}++,?\s+\p{Ll}"
)
#: A page's title is often the headline followed by the site's name after a bar or a dash ("Ferry returns |
#: Kessel Post"); the headline above the article then stands without it.
_SITE_NAME = regex.compile(r"\s+[|\-–—]\s+[^|\-–—\n]{1,60}$")
#: A headline's words before the site's name, at least this many, count as the headline repeated.
_SITE_TITLE_MIN_WORDS = 3
#: The reason the shipped rules give Markdown markup (``**``, a link's target, a heading's hashes).
_MARKDOWN = "markdown"
#: A count alone on its line ("12", "1.2k", "(3)"): under a share button or a comment link, its count, set apart; or a
#: length in minutes ("3 min", "(4 minutes)"): under a player's "Listen to this article", its length.
_COUNT_LINE = regex.compile(r"\(?\d[\d,.]*[kKmM]?\)?|\(?\d{1,3}[^\S\n]*(?i:min(?:ute)?s?)\.?\)?")
#: The reasons of the lines whose counts may stand on the line below them: share bars, comment links, players.
_COUNTED = frozenset({"widget", "promo"})
#: A Markdown heading's hashes, before and after its words: a heading that repeats the headline is a duplicate.
_HEADING_MARKS = regex.compile(r"^#{1,6}\s+|\s+#+$")
#: A Markdown list item's mark: a bullet (``-``, ``*``, ``+``) or a number (``1.``, ``2)``) and a space at the start of
#: a line. A plain article writes lists the same way, so the marks are only taken from a text with other markup.
_MARKDOWN_LIST_MARK = regex.compile(r"^[^\S\n]{0,3}([-*+]|\d{1,3}[.)])[^\S\n]+(?=\S)", regex.MULTILINE)
#: A Markdown table's delimiter row, under its header row: cells of dashes with optional colons, between pipes
#: (``|---|:--:|``, or ``--- | ---`` without the outer ones). At least one pipe: ``---`` alone is a separator. Indented
#: or not alike, as in a list item: a table in an indented code block is code, and not looked at.
_TABLE_DELIMITER = regex.compile(
    r"^[^\S\n]*+(?=[^\n]*\|)\|?[^\S\n]*+:?-++:?[^\S\n]*+(?:\|[^\S\n]*+:?-++:?[^\S\n]*+)*+\|?[^\S\n]*+$", regex.MULTILINE
)
#: A pipe that divides a table's cells: not one escaped with a backslash, which stands for itself in a cell.
_TABLE_PIPE = regex.compile(r"(?<!\\)\|")
#: A code block's opening fence, as the shipped Markdown rule removes it: three or more backticks and an info string
#: without one, or three or more tildes and anything after them.
_FENCE_OPENING = regex.compile(r"(?P<fence>`{3,})[^`]*|(?P<fence>~{3,}).*")
#: A code block's closing fence: its marks alone.
_FENCE_CLOSING = regex.compile(r"`{3,}|~{3,}")
#: A line of an indented code block: four columns of white space (a tab reaches the next fourth column) before its code.
_CODE_INDENT = regex.compile(r"(?: {4}| {0,3}\t)[^\S\n]*\S")
#: An indented line after a blank one (or at the very start), the only place an indented code block may begin: a quick
#: test before the text is read line by line.
_INDENTED_AFTER_BLANK = regex.compile(r"(?:\A|\n[^\S\n]*\n)(?: {4}| {0,3}\t)[^\S\n]*\S")
#: A line break other than ``\n``: a lone carriage return (an old Mac file, or a string built with one), and the line
#: and paragraph separators of Unicode, which sentence splitting takes as line breaks too.
_OTHER_LINE_BREAK = regex.compile(r"\r(?!\n)|[\u2028\u2029]")
#: Quotation marks folded to plain ones when headlines are compared: a page may set its title with other quotes.
_PLAIN_QUOTES = str.maketrans("‘’‛“”‟", "'''\"\"\"")


#: What to say of a text given as bytes, before saying to give the text itself.
_GIVE_TEXT = {
    bytes: "decode it first (data.decode('utf-8')), or ",
    bytearray: "decode it first (data.decode('utf-8')), or ",
}


#: How much of a text a repr shows: a removed caption or a sentence may run to hundreds of characters.
_OPENING = 40


def opening(text: str) -> str:
    """The start of ``text`` for a repr, cut at a word with an ellipsis when longer than :data:`_OPENING`."""
    if len(text) <= _OPENING:
        return text
    return text[: _OPENING + 1].rsplit(" ", 1)[0] + " …"  # a word ending at the cut is kept whole


@dataclass(frozen=True, repr=False)
class Removal:
    """A span of the loaded text removed as noise or metadata, with the reason."""

    start: int
    end: int
    reason: str
    text: str

    def __repr__(self) -> str:
        # A removed caption or list of links ran to hundreds of characters: the span and its opening say which it is.
        return f"Removal(start={self.start!r}, end={self.end!r}, reason={self.reason!r}, text={opening(self.text)!r})"


@dataclass(frozen=True, repr=False)
class CleanText:
    """An article's loaded text, the same text with removals blanked out, and the removals.

    ``kept`` breaks every line with ``\\n``, where ``source`` may break one with a lone carriage return or a Unicode
    line separator: one character stands for one, so each offset points into both.
    """

    source: str
    kept: str
    removals: tuple[Removal, ...]

    def __repr__(self) -> str:
        # The text twice and every removal in full filled a notebook cell with thousands of characters: the text is
        # counted, and the removals by reason, which is what cleaning found.
        source = repr(self.source) if len(self.source) <= _OPENING else f"<{len(self.source):,} characters>"
        reasons = Counter(removal.reason for removal in self.removals)
        found = f" ({', '.join(f'{count} {reason}' for reason, count in reasons.items())})" if reasons else ""
        return f"CleanText(source={source}, removals={len(self.removals)}{found})"


def clean(text: str, rules: Sequence[NoiseRule] | None = None, *, metadata: bool = True) -> CleanText:
    """Find metadata and noise in ``text`` and return it with every removal blanked and reported.

    ``rules`` defaults to :func:`default_rules`; pass ``default_rules() + extra`` to extend them. Whole lines are
    removed before stretches inside them; where two line rules match a line, or two inline rules a stretch, a rule
    newsdiff does not ship wins over a shipped one wherever it stands in ``rules`` (so a caller's rule is seen to work,
    under its own reason), and otherwise the first in ``rules`` wins. A table's pipes go only with the shipped
    ``markdown`` rules among ``rules``.

    ``rules=()`` removes no noise, but the metadata still goes, as loading reads it for the article's date and title:
    a leading date line and front matter (``metadata``), the headline (``headline``) and any line that repeats it
    (``headline-duplicate``), and a page's count (``page-count``: ``Page 1 of 3``, ``Seite 2/4``). ``metadata=False``
    keeps those lines in the text but for the page's counts, which are no part of it, so ``clean(text, rules=(),
    metadata=False)`` removes nothing.

    >>> cleaned = clean("Talks began.\\nRead more\\nThey ended.")
    >>> [(r.reason, r.text) for r in cleaned.removals]
    [('promo', 'Read more')]
    """
    if not isinstance(text, str):
        # None or a number failed with "'NoneType' object has no attribute 'startswith'", deep in reading metadata.
        raise InputError(
            f"text to clean must be a string, not {type(text).__name__}; {_GIVE_TEXT.get(type(text), '')}"
            "give the article's text"
        )
    if rules is not None and (isinstance(rules, (NoiseRule, str, dict)) or not isinstance(rules, Iterable)):
        # A lone rule failed with "'NoiseRule' object is not iterable", a string was taken letter by letter, and a rule
        # written as data (a dict) key by key.
        written = " (newsdiff.noise.rules_from_data reads rules written as data)" if isinstance(rules, dict) else ""
        got = type(rules).__name__
        raise InputError(f"rules must be a list of NoiseRule objects, got {got}; give a list such as [rule]{written}")
    rules = default_rules() if rules is None else tuple(rules)
    for rule in rules:
        if not isinstance(rule, NoiseRule):
            raise InputError(
                f"noise rules must be NoiseRule objects (see newsdiff.load_rules), not {type(rule).__name__}"
            )
    source = text
    text = _lines_broken(text)
    spans: list[tuple[int, int, str]] = []
    applied = _callers_first(rules)
    headlines: set[str] = set()
    if metadata or rules:
        read = read_metadata(text, rules)
        for span in read.spans:
            # A page's count (Page 1 of 3) is read with the metadata, as no headline, but is the site's furniture:
            # kept with metadata=False, it stayed as a sentence of its own, matched or reported unique.
            if metadata or span.reason == PAGE_COUNT:
                spans.append((span.start, span.end, span.reason))
            if metadata and span.reason == "headline":
                headlines.update(_headline_forms(text[span.start : span.end]))
        if metadata and "title" in read.fields:
            headlines.update(_headline_forms(read.fields["title"]))
    longest = max(map(len, headlines), default=0)
    taken = _mask(text, spans)
    # Code is no noise: "Read more" read as a promo, and "# load" as a heading's hashes. Every rule, and the table and
    # list marks, look past it; only a fenced block's fence lines go.
    code = _fenced_code(taken) if "```" in taken or "~~~" in taken else []
    if code:
        taken = _mask(taken, code)
    indented = _indented_code(taken) if _INDENTED_AFTER_BLANK.search(taken) is not None else []
    # A table shown in an indented code block is code, and lost its pipes and delimiter row: tables are looked for
    # outside the blocks first, and among their lines only when they are no code (a plain page's indented text).
    table = _table_marks(_mask(taken, indented) if indented else taken) if "|" in taken else []
    if indented and (code or table or _has_markup(_mask(text, indented))):
        code.extend(indented)
        taken = _mask(taken, indented)
    elif indented and "|" in taken:
        table = _table_marks(taken)
    if _markup_rules().isdisjoint(rules):
        table = []  # a table tells code from text all the same, but its markup goes only with the Markdown rules
    if table:
        spans.extend(table)
        taken = _mask(taken, table)

    line_rules = [rule for rule in applied if rule.scope != "inline"]
    markup = _markup_rules()
    marked = bool(table)  # whether a table or a shipped rule found Markdown markup: its list marks then go too
    listing: str | None = None  # the reason of the list heading whose link lines are being taken
    # The blank lines above the list's first link: its links stand so far apart, and a line further below the last one
    # is the article going on, ended without a full stop as a headline is ("The mayor thanked the crew").
    spacing: int | None = None
    blanks = 0  # the blank lines above this one
    counted = False  # whether the line above, blank lines apart, was a widget or promo a count may stand under
    offset = 0
    for line in taken.split("\n"):
        stripped = line.strip()
        if stripped:
            start = offset + len(line) - len(line.lstrip())
            end = start + len(stripped)
            matched = line_rule(stripped, line_rules)
            # Only a line about a headline's length is folded to compare: an article may be one line of megabytes.
            if len(stripped) <= 2 * longest and _folded(_HEADING_MARKS.sub("", stripped)) in headlines:
                reason: str | None = "headline-duplicate"
            elif matched is not None:
                reason = matched.reason
                marked = marked or matched in markup
            elif listing is not None and _is_link_line(stripped) and (spacing is None or blanks <= spacing):
                reason = listing
                spacing = blanks if spacing is None else spacing
            elif counted and _COUNT_LINE.fullmatch(stripped) is not None:
                reason = "widget"  # "Share" over "12": the count went into the text as a sentence, "0" shared by all
            else:
                reason = None
            counted = matched is not None and matched.reason in _COUNTED
            if matched is not None and matched.scope == "list":
                listing = matched.reason
                spacing = None
            elif reason is None:
                listing = None  # the first line of prose ends the list
            if reason is not None:
                spans.append((start, end, reason))
            blanks = 0
        else:
            blanks += 1
        offset += len(line) + 1
    taken = _mask(text, [*spans, *code])

    seen = plain_spaces(taken)  # what the inline rules read: "Read\u00a0more" as "Read more", offset for offset
    odd = seen is not taken
    for rule in applied:
        if rule.scope == "inline":
            found = _trimmed(text, [(s, e, rule.reason) for s, e in rule.spans(seen)])
            if found:  # blanking is additive: only the new spans need blanking in what is left
                spans.extend(found)
                taken = _mask(taken, found)
                seen = _mask(seen, found) if odd else taken
                marked = marked or rule in markup
    if marked:
        marks = [(m.start(1), m.end(1), _MARKDOWN) for m in _MARKDOWN_LIST_MARK.finditer(taken)]
        spans.extend(marks)
        taken = _mask(taken, marks)

    removals = tuple(
        Removal(start, end, reason, source[start:end]) for start, end, reason in _outermost(_trimmed(text, spans))
    )
    return CleanText(source=source, kept=_mask(text, spans) if code else taken, removals=removals)


def _lines_broken(text: str) -> str:
    """``text`` with each line break written otherwise (:data:`_OTHER_LINE_BREAK`) as ``\\n``, one character for one.

    Rules and the headline are read line by line, and the lines split at ``\\n`` alone: an article whose lines a lone
    carriage return broke was one line, and no line rule removed a "Read more" in it. The kept text breaks its lines
    so too, for the sentences to end at them.
    """
    if "\r" not in text and "\u2028" not in text and "\u2029" not in text:
        return text
    broken: str = _OTHER_LINE_BREAK.sub("\n", text)
    return broken


def _callers_first(rules: tuple[NoiseRule, ...]) -> tuple[NoiseRule, ...]:
    """``rules`` with those newsdiff does not ship before the shipped ones, each kind in its order.

    A caller's rule is more specific than the shipped ones, written for one site: run after them, a line both match
    was reported under the shipped reason ("promo" for the caller's "paywall") and an inline rule found its stretch
    already removed, so the caller could not see the rule take effect.
    """
    shipped = _shipped_rules()
    return tuple(rule for rule in rules if rule not in shipped) + tuple(rule for rule in rules if rule in shipped)


@lru_cache(maxsize=1)
def _shipped_rules() -> frozenset[NoiseRule]:
    """The rules newsdiff ships, to tell a caller's own from them."""
    return frozenset(default_rules())


@lru_cache(maxsize=1)
def _markup_rules() -> frozenset[NoiseRule]:
    """The shipped rules for Markdown markup: only they say a text is Markdown, not a caller's rule of that reason."""
    return frozenset(rule for rule in default_rules() if rule.reason == _MARKDOWN)


def _table_marks(text: str) -> list[tuple[int, int, str]]:
    """The markup of each Markdown table in ``text``: its delimiter row, and the pipes of its header and body rows.

    A table is a header row with as many cells as the delimiter row under it, and the rows below with a pipe, up to
    the first line without one; the cells' words are kept. A line of prose with a ``|`` has no delimiter row under
    it, and is left alone.
    """
    marks: list[tuple[int, int, str]] = []
    for delimiter in _TABLE_DELIMITER.finditer(text):
        header_end = delimiter.start() - 1
        if header_end < 0:
            continue
        header_start = text.rfind("\n", 0, header_end) + 1
        header = text[header_start:header_end]
        if _cell_count(header) != _cell_count(delimiter.group()) or not header.strip(" |"):
            continue
        marks.append((delimiter.start(), delimiter.end(), _MARKDOWN))
        rows = [(header_start, header)]
        row_start = delimiter.end() + 1
        while row_start < len(text):
            row_end = text.find("\n", row_start)
            row_end = len(text) if row_end < 0 else row_end
            row = text[row_start:row_end]
            if _TABLE_PIPE.search(row) is None:
                break
            rows.append((row_start, row))
            row_start = row_end + 1
        for start, row in rows:
            marks.extend((start + pipe.start(), start + pipe.end(), _MARKDOWN) for pipe in _TABLE_PIPE.finditer(row))
    return marks


def _fenced_code(text: str) -> list[tuple[int, int, str]]:
    """The code of each closed Markdown code block in ``text``: the lines between its opening fence (```` ``` ```` or
    ``~~~``, three or more, with any info string) and a closing fence of the same mark at least as long.

    A fence that is never closed guards nothing: a stray ```` ``` ```` in a scraped page would otherwise shield all
    the noise after it.
    """
    blocks: list[tuple[int, int, str]] = []
    opening: regex.Match[str] | None = None
    code_start = 0
    offset = 0
    for line in text.split("\n"):
        if opening is None:
            opening = _FENCE_OPENING.fullmatch(line.strip())
            code_start = offset + len(line) + 1
        else:
            closing = _FENCE_CLOSING.fullmatch(line.strip())
            fence = opening.group("fence")
            if closing is not None and closing.group()[0] == fence[0] and len(closing.group()) >= len(fence):
                if code_start < offset:
                    blocks.append((code_start, offset, "code"))
                opening = None
        offset += len(line) + 1
    return blocks


def _indented_code(text: str) -> list[tuple[int, int, str]]:
    """The code of each indented Markdown code block in ``text``: lines indented four columns or more, after a blank
    line, up to the first line indented less.

    As in Markdown, an indented line right under a line of prose continues its paragraph, and one in a list (after a
    line with a list mark, up to the next paragraph without one) continues the list item: neither is code.
    """
    blocks: list[tuple[int, int, str]] = []
    block: tuple[int, int] | None = None  # the start of the block being read, and the end of its last line of code
    after_blank = True  # the start of the text counts as a blank line above
    in_list = False
    offset = 0
    for line in text.split("\n"):
        blank = not line.strip()
        indented = not blank and _CODE_INDENT.match(line) is not None
        if block is not None and not blank and not indented:
            blocks.append((block[0], block[1], "code"))
            block = None
        if indented and (block is not None or (after_blank and not in_list)):
            block = (offset if block is None else block[0], offset + len(line))
        elif not blank and not indented:
            in_list = _MARKDOWN_LIST_MARK.match(line) is not None or (in_list and not after_blank)
        after_blank = blank
        offset += len(line) + 1
    if block is not None:
        blocks.append((block[0], block[1], "code"))
    return blocks


def _has_markup(text: str) -> bool:
    """Whether a shipped rule finds Markdown markup in ``text`` (a heading's hashes, emphasis, a link, a block quote).

    Indentation alone does not make code: a page's text taken from its HTML may indent its lines, furniture and all.
    """
    return any(next(iter(rule.spans(text)), None) is not None for rule in _markup_rules() if rule.scope == "inline")


def _cell_count(row: str) -> int:
    """How many cells a table row has: its pipes divide them, and a pipe at either end only closes the row."""
    row = row.strip()
    row = row[1:] if row.startswith("|") else row
    row = row[:-1] if row.endswith("|") and not row.endswith("\\|") else row
    return len(_TABLE_PIPE.findall(row)) + 1


def _headline_forms(headline: str) -> set[str]:
    """The folded forms in which ``headline`` may stand again in the text: whole, and without a site's name."""
    forms = {_folded(headline)}
    site = _SITE_NAME.search(headline)
    if site is not None and len(headline[: site.start()].split()) >= _SITE_TITLE_MIN_WORDS:
        forms.add(_folded(headline[: site.start()]))
    forms.discard("")
    return forms


def _folded(line: str) -> str:
    """``line`` as headlines are compared: plain quotation marks, single spaces, no case."""
    return " ".join(line.translate(_PLAIN_QUOTES).split()).casefold()


def _is_link_line(line: str) -> bool:
    """Whether ``line`` reads as a linked headline: short, not ended like a sentence of prose, and without what only
    prose has inside it (:data:`_PROSE_INSIDE`): the article's last line, its full stop lost, went with the links above
    it when no blank line set it apart."""
    return (
        len(line) <= _LINK_LINE_MAX_CHARS
        and len(line.split()) <= _LINK_LINE_MAX_WORDS
        and _PROSE_END.search(line) is None
        and _PROSE_INSIDE.search(line) is None
    )


def _trimmed(text: str, spans: Iterable[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Spans without surrounding white space; empty ones dropped."""
    result = []
    for start, end, reason in spans:
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if start < end:
            result.append((start, end, reason))
    return result


def _outermost(spans: Iterable[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """``spans`` in order, without those inside another: a table's pipe inside a row removed whole as a share bar
    (``| Facebook | Twitter |``) was reported twice, once alone and once in the row's text."""
    result: list[tuple[int, int, str]] = []
    reach = -1  # the end of the furthest span kept so far
    for start, end, reason in sorted(spans, key=lambda span: (span[0], -span[1], span[2])):
        if end <= reach:
            continue
        result.append((start, end, reason))
        reach = end
    return sorted(result)


def _mask(text: str, spans: Iterable[tuple[int, int, str]]) -> str:
    """``text`` with the given spans blanked (newlines kept), so offsets are unchanged."""
    # Built from slices rather than a list of every character, which took eight bytes a character (0.8 GB for an
    # article of 100 MB) and a step of Python per character removed.
    pieces = []
    kept_from = 0  # where the text not yet copied starts
    for start, end, _ in sorted(spans):
        start = max(start, kept_from)  # spans may overlap
        if start >= end:
            continue
        pieces.append(text[kept_from:start])
        pieces.append("\n".join(" " * len(line) for line in text[start:end].split("\n")))
        kept_from = end
    pieces.append(text[kept_from:])
    return "".join(pieces)
