"""Derive ``newsdiff/data/synonyms_english.txt`` from the WordNet 3.0 database files.

Each line of the output is one WordNet synset reduced to newsdiff's stem keys (see
:func:`newsdiff.features.stem_key`: loose stems but for the one fold that reads this list, which
:func:`newsdiff.features.synonym_groups` makes as it loads it, so that the list never depends on
itself), kept when it still holds two different keys: words that can stand for one another.
Irregular forms (``said``, ``children``) join the groups of their base forms. Multi-word lemmas
are left out, since newsdiff compares single words. Usage::

    python scripts/derive_synonyms.py WORDNET_DICT_DIR

where ``WORDNET_DICT_DIR`` holds WordNet 3.0's ``data.noun``, ``data.verb``, ``data.adj``,
``data.adv``, the ``*.exc`` files and ``LICENSE`` (the ``dict`` folder of Princeton's release).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from newsdiff.features import stem_key  # noqa: E402 (after the path set-up above)

PARTS = ("noun", "verb", "adj", "adv")

HEADER = """\
# Synonym groups for newsdiff.relate: one WordNet 3.0 synset a line, as newsdiff's word keys (stems).
# Written by scripts/derive_synonyms.py from the WordNet 3.0 database; do not edit by hand.
# WordNet's licence asks that its notice travel with every copy of the database, modified ones included:
#
"""


def synsets(folder: Path) -> dict[str, set[str]]:
    """Each synset's single-word lemmas, by an id made of its part of speech and offset."""
    groups: dict[str, set[str]] = {}
    for part in PARTS:
        for line in (folder / f"data.{part}").read_text(encoding="latin-1").splitlines():
            if line.startswith(" "):  # the licence block at the top of each file
                continue
            fields = line.split(" | ", 1)[0].split()
            count = int(fields[3], 16)
            lemmas = {fields[4 + 2 * i].split("(", 1)[0].lower() for i in range(count)}
            groups[part + fields[0]] = {lemma for lemma in lemmas if lemma.isalpha()}
    return groups


def irregular_forms(folder: Path) -> dict[str, set[str]]:
    """Irregular inflections and their base forms (``said`` -> ``say``), from the ``*.exc`` files."""
    forms: dict[str, set[str]] = {}
    for part in PARTS:
        for line in (folder / f"{part}.exc").read_text(encoding="latin-1").splitlines():
            form, *bases = line.split()
            if form.isalpha():
                forms.setdefault(form, set()).update(bases)
    return forms


def derive(folder: Path) -> list[list[str]]:
    """Synonym groups as sorted key lists, those of two keys or more, sorted."""
    groups = synsets(folder)
    by_lemma: dict[str, set[str]] = {}
    for ident, lemmas in groups.items():
        for lemma in lemmas:
            by_lemma.setdefault(lemma, set()).add(ident)
    for form, bases in irregular_forms(folder).items():
        for base in bases:
            for ident in by_lemma.get(base, ()):
                groups[ident].add(form)
    keyed = {tuple(sorted({stem_key(lemma) for lemma in lemmas})) for lemmas in groups.values()}
    return sorted(list(keys) for keys in keyed if len(keys) >= 2)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("wordnet", type=Path, help="folder of the WordNet 3.0 database files")
    args = parser.parse_args()
    groups = derive(args.wordnet)
    licence = (args.wordnet / "LICENSE").read_text(encoding="latin-1")
    notice = "".join(f"# {line.rstrip()}".rstrip() + "\n" for line in licence.strip().splitlines())
    out = ROOT / "newsdiff" / "data" / "synonyms_english.txt"
    out.write_text(HEADER + notice + "".join(" ".join(group) + "\n" for group in groups), encoding="utf-8")
    print(f"wrote {len(groups)} groups to {out}")


if __name__ == "__main__":
    main()
