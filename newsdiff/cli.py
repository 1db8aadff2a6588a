"""The ``newsdiff`` command: a thin shell over the public functions."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from ._version import __version__
from .article import load
from .clean import default_rules, load_rules
from .compare import compare
from .errors import NewsdiffError


class _Fail(click.ClickException):
    """A one-line error and exit status 2, never a traceback."""

    exit_code = 2

    def show(self, file: object = None) -> None:
        click.echo(f"newsdiff: error: {self.format_message()}", err=True)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="newsdiff")
def main() -> None:
    """Show how news outlets covered the same event differently."""


@main.command("compare")
@click.argument("files", nargs=-1, required=True, type=click.Path(dir_okay=False, path_type=Path))
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), help="Write the report here.")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["html", "json"]),
    default=None,
    help="Report format (default: from the -o suffix, else html).",
)
@click.option("--rules", "rules_path", type=click.Path(dir_okay=False, path_type=Path), help="Extra noise rules (JSON).")
def compare_command(files: tuple[Path, ...], output: Path | None, fmt: str | None, rules_path: Path | None) -> None:
    """Compare two or more articles (text, JSON or JSONL files) about one event."""
    if fmt is None:
        fmt = "json" if output is not None and output.suffix.lower() == ".json" else "html"
    try:
        extra = load_rules(rules_path) if rules_path is not None else ()
        comparison = compare(load(list(files)), rules=default_rules() + tuple(extra))
        text = comparison.to_json() if fmt == "json" else comparison.to_html()
    except NewsdiffError as exc:
        raise _Fail(str(exc)) from None
    if output is None:
        sys.stdout.write(text + ("\n" if not text.endswith("\n") else ""))
        return
    from .report.render import write_atomically

    try:
        write_atomically(output, text)
    except OSError as exc:
        raise _Fail(f"{output}: cannot write ({exc.strerror or exc})") from None
    click.echo(f"newsdiff: wrote {output}", err=True)


@main.command("evaluate")
@click.argument("pairs", required=False, type=click.Path(dir_okay=False, path_type=Path))
@click.option("--engine", type=click.Choice(["lexical", "embeddings"]), default="lexical", help="Relation engine.")
@click.option(
    "--gold", type=click.Path(dir_okay=False, path_type=Path), help="Score an alignment against this gold JSON instead."
)
@click.option("--articles", multiple=True, type=click.Path(dir_okay=False, path_type=Path), help="Articles for --gold.")
def evaluate_command(pairs: Path | None, engine: str, gold: Path | None, articles: tuple[Path, ...]) -> None:
    """Score relations on a sentence-pair file (MSRP layout), or an alignment of --articles against --gold."""
    from .evaluate import evaluate_pairs, score_alignment

    try:
        if gold is not None:
            if not articles:
                raise _Fail("--gold needs the articles it labels: --articles FILE (repeat for each)")
            click.echo(str(score_alignment(compare(load(list(articles)), engine=engine), gold)))
        elif pairs is not None:
            click.echo(str(evaluate_pairs(pairs, engine=engine)))
        else:
            raise _Fail("give a sentence-pair file, or --gold with --articles")
    except NewsdiffError as exc:
        raise _Fail(str(exc)) from None
