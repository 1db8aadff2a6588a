"""The corpus page: a batch's figures per outlet and per pair of outlets, drawn as the report draws one cluster."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from markupsafe import Markup

from ..corpus import CorpusSummary, OutletFigures
from ..result import percent_shares
from .render import (
    LABELS,
    LONGEST_SHOWN,
    CellView,
    _distinct_shorts,
    _environment,
    _narrow_names,
    _percent,
    _srcdoc,
    _static,
    content_security_policy,
    whole_characters,
)

#: Outlets the matrix shows at most, those with the most articles: a matrix of hundreds of outlets is a wall
#: of cells no one reads. The JSON keeps every pair.
MATRIX_OUTLETS = 25
#: Outlets drawn as bars at most, those with the most articles: a batch of thousands of outlets drew a bar each,
#: a page of megabytes with its matrix tens of thousands of pixels down. Every outlet is in a table below.
BAR_OUTLETS = 40
#: Failed cluster ids the page lists by name; the rest are counted.
FAILED_LISTED = 20
#: Characters of a failure reason the page shows: another tool's error is kept whole, and may be a whole traceback.
REASON_SHOWN = 300


@dataclass(frozen=True)
class OutletView:
    """One outlet's row: its figures and the percentages its bar draws.

    ``shown_name`` is the name cut to :data:`~newsdiff.report.render.LONGEST_SHOWN` characters, given in each place
    that names the outlet (its bar, its matrix row and column, their tooltips); the page writes ``name`` whole once.
    ``narrow_name`` is what the bars and the matrix headings show (see ``_narrow_names``).
    """

    name: str
    shown_name: str
    short_name: str
    figures: OutletFigures
    percents: dict[str, int]
    narrow_name: str = ""


def _outlet_views(outlets: Sequence[OutletFigures]) -> list[OutletView]:
    """The outlets' rows; their cut names stay as distinct as their whole names (see ``_distinct_shorts``)."""
    names = [o.name for o in outlets]
    places = [f"outlet {n}" for n in range(1, len(names) + 1)]
    shown = _distinct_shorts(names, places, LONGEST_SHOWN, kind="outlet")
    short = _distinct_shorts(names, places, kind="outlet")
    narrow = _narrow_names(names, shown, places, kind="outlet")
    views = []
    for figures, shown_name, short_name, narrow_name in zip(outlets, shown, short, narrow, strict=True):
        counts = {label: getattr(figures, label) for label in LABELS}
        views.append(OutletView(figures.name, shown_name, short_name, figures, percent_shares(counts), narrow_name))
    return views


def _matrix(summary: CorpusSummary, outlets: Sequence[OutletView]) -> tuple[tuple[CellView | None, ...], ...]:
    """Cells of the shown outlets: the part of the row outlet's sentences the column outlet carries, where
    both cover a cluster (``None`` where they never do)."""
    names = {o.name for o in outlets}
    carried = {(c.outlet, c.by): c for c in summary.carried if c.outlet in names and c.by in names}
    rows = []
    for row in outlets:
        cells: list[CellView | None] = []
        for column in outlets:
            pair = carried.get((row.name, column.name))
            if row.name == column.name:
                cells.append(_cell(row, column, 0, 0, row.figures.sentences, diagonal=True))
            else:
                cells.append(
                    None if pair is None else _cell(row, column, pair.shared, pair.paraphrased, pair.sentences)
                )
        rows.append(tuple(cells))
    return tuple(rows)


def _cell(
    row: OutletView, column: OutletView, shared: int, paraphrased: int, sentences: int, *, diagonal: bool = False
) -> CellView:
    percent = _percent(shared + paraphrased, sentences)
    return CellView(
        row.short_name,
        column.short_name,
        shared,
        paraphrased,
        sentences,
        percent,
        min(10, (percent + 9) // 10),
        diagonal,
    )


def _cut(text: str, length: int) -> str:
    """``text`` cut to ``length`` characters, its last one an ellipsis, when it is longer.

    The cut never splits what shows as one character: an accent written as a combining mark stays with its letter
    (or goes with it), as does an emoji sequence.
    """
    return text if len(text) <= length else text[: whole_characters(text, length - 1)] + "…"


def render_corpus(summary: CorpusSummary, *, page: bool = True) -> str:
    """The corpus page, self-contained and without scripts; with ``page`` false, framed for a notebook cell.

    The framed page is made for an iframe's ``srcdoc``, where a link to a part of the page ("#failed") would
    resolve against the notebook's address and load the notebook in the frame: its base address is the frame's
    own, as in the report's.
    """
    css = _static("report.css") + _static("corpus.css")  # the corpus page's own rules come after the report's
    framed = not page
    outlets = _outlet_views(summary.outlets)
    shown = outlets[:MATRIX_OUTLETS]
    drawn = outlets[:BAR_OUTLETS]
    html = (
        _environment()
        .get_template("corpus.html.j2")
        .render(
            summary=summary,
            outlets=outlets,
            shown=shown,
            drawn=drawn,
            matrix=_matrix(summary, shown),
            failed_listed=summary.failed[:FAILED_LISTED],
            reasons=[_cut(f.reason, REASON_SHOWN) for f in summary.failure_reasons],
            # The failed clusters the reasons kept do not account for, counted as the text counts them.
            other_reasons=len(summary.failed) - sum(f.clusters for f in summary.failure_reasons),
            css=Markup(css),  # our own package file, never corpus data
            csp=content_security_policy(css, None, framed=framed),  # the page runs no script
            framed=framed,
        )
    )
    if page:
        return html
    outlets_count = f"{len(outlets):,} outlet{'' if len(outlets) == 1 else 's'}"
    clusters = f"{summary.clusters:,} cluster{'' if summary.clusters == 1 else 's'}"
    return (
        _environment()
        .get_template("notebook.html.j2")
        .render(page=_srcdoc(html), kind="corpus", title=f"{clusters}, {outlets_count}")
    )
