"""The pictures in ``docs/images``: each is shown by a page, and each is a PNG small enough to carry.

They are drawn by ``scripts/docs_images.py``, a maintainer tool that needs Chromium; these tests only read them.
"""

from __future__ import annotations

import re
import struct
from pathlib import Path

import pytest
from conftest import ROOT

IMAGES = ROOT / "docs" / "images"
PAGES = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
# Every version of every picture stays in the history and each sdist carries one: the script's pictures of the
# examples weigh about 150 KiB; a screenshot saved straight from a browser at a large window weighs twice that.
MOST_BYTES = 200 * 1024
# Wider than this, a picture is scaled down in the docs' text column and its text becomes hard to read.
MOST_WIDTH = 1400


def shown(page: Path) -> set[Path]:
    """The pictures a Markdown page shows, as files."""
    targets = re.findall(r"!\[[^\]]*\]\(([^)\s]+)", page.read_text("utf-8"))
    return {(page.parent / target).resolve() for target in targets}


def test_every_picture_is_shown_by_a_page() -> None:
    # A picture no page shows is left behind when the page changes, and goes on being carried and redrawn for nothing.
    on_pages = set().union(*(shown(page) for page in PAGES))
    unshown = [path.name for path in sorted(IMAGES.iterdir()) if path.resolve() not in on_pages]
    assert not unshown, f"pictures in docs/images that no page shows: {unshown}"


@pytest.mark.parametrize("picture", sorted(IMAGES.glob("*.png")), ids=lambda path: path.name)
def test_every_picture_is_a_small_png(picture: Path) -> None:
    data = picture.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and data[12:16] == b"IHDR", f"{picture.name} is not a PNG"
    width, _ = struct.unpack(">II", data[16:24])
    assert width <= MOST_WIDTH, f"{picture.name} is {width} pixels wide; redraw it with scripts/docs_images.py"
    assert len(data) <= MOST_BYTES, f"{picture.name} is {len(data)} bytes; redraw it with scripts/docs_images.py"


def test_only_pngs_in_the_images_folder() -> None:
    # The size check reads PNG headers; another format would pass by not being checked at all.
    others = [path.name for path in IMAGES.iterdir() if path.suffix != ".png"]
    assert not others, f"not PNG: {others}"
