"""Redraw the pictures in ``docs/images/`` from the bundled examples, as Chromium shows them.

- ``report.png``: the top of the example cluster's report (``examples/cluster/``).
- ``corpus.png``: the top of the corpus page that ``newsdiff summary -o`` writes for the batch of
  ``examples/corpus/clusters.jsonl``.

A maintainer tool, not part of the test suite: run it after a change to how the report or the corpus
page looks, look at the pictures, and commit them. Needs Playwright (``pip install -e ".[browser]"``)
and a Chromium on the machine (Debian's ``chromium``, or the path in ``NEWSDIFF_CHROMIUM``). Usage::

    python scripts/docs_images.py

The same checkout, Chromium and fonts give the same bytes: the window, scale, colour scheme, locale
and time zone are fixed, animations are stopped, and the PNG is re-encoded here by a fixed procedure
(no optimiser is required, so none can differ between machines).
"""

from __future__ import annotations

import math
import os
import shutil
import struct
import subprocess
import sys
import tempfile
import zlib
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
IMAGES = ROOT / "docs" / "images"
MARGIN = 20  # pixels kept below the last part shown, so that it does not end at the picture's edge
WIDTH = 1100  # wide enough for the report's two-column layout, narrow enough to read in the docs' text column
#: How Chromium runs, here and in the browser tests (tests/browser), which take it from here: headless, quiet and
#: offline (no background traffic), without the sandbox (CI runs as root).
CHROMIUM_ARGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
)
# The pictures' text is drawn the same way whatever the machine's font settings.
ARGS = [*CHROMIUM_ARGS, "--font-render-hinting=none"]


def chromium() -> str:
    """Where Chromium is: ``NEWSDIFF_CHROMIUM``, else the ``chromium`` on the PATH, else Debian's."""
    return os.environ.get("NEWSDIFF_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"


def newsdiff(*args: str) -> None:
    """Run the command line of this checkout, as a reader of the docs would."""
    environment = {**os.environ, "PYTHONPATH": str(ROOT)}
    subprocess.run([sys.executable, "-m", "newsdiff", *args], check=True, env=environment, cwd=ROOT)


def pages(folder: Path) -> dict[str, tuple[Path, str]]:
    """Write the two pages to draw; each maps to where its picture ends (a CSS selector: "above:" the
    top of that element, or "below:" its bottom), so that it shows whole parts of the page and no more."""
    report = folder / "report.html"
    newsdiff("compare", *(str(p) for p in sorted((ROOT / "examples" / "cluster").glob("*.txt"))), "-o", str(report))
    results = folder / "results.jsonl"
    clusters = ROOT / "examples" / "corpus" / "clusters.jsonl"
    newsdiff("batch", str(clusters), "-o", str(results), "--workers", "1", "--no-progress")
    corpus = folder / "corpus.html"
    newsdiff("summary", str(results), "-o", str(corpus))
    # The report: its heading, the outlets, and the overview (matrix, originality bars, per-article strips),
    # down to the claims, which are long text. The corpus page: its heading, the bars and the whole matrix.
    return {"report.png": (report, "above:#claims"), "corpus.png": (corpus, "below:#carried")}


def bottom(page: Any, end: str) -> int:
    """Where, in pixels from the top of the page, the picture of it ends."""
    side, selector = end.split(":", 1)
    box = page.locator(selector).first.bounding_box()
    if box is None:
        raise ValueError(f"nothing on the page matches {selector!r}: the page has changed, give another end")
    return math.ceil(box["y"] if side == "above" else box["y"] + box["height"] + MARGIN)


def _unfilter(raw: bytes, width: int, height: int, channels: int) -> list[bytes]:
    """The rows of an 8-bit PNG's decompressed image data, with each row's filter undone."""
    stride = width * channels
    rows: list[bytes] = []
    previous = bytearray(stride)
    for y in range(height):
        start = y * (stride + 1)
        kind, row = raw[start], bytearray(raw[start + 1 : start + 1 + stride])
        if kind == 1:
            for i in range(channels, stride):
                row[i] = (row[i] + row[i - channels]) & 0xFF
        elif kind == 2:
            row = bytearray((a + b) & 0xFF for a, b in zip(row, previous, strict=True))
        elif kind == 3:
            for i in range(stride):
                left = row[i - channels] if i >= channels else 0
                row[i] = (row[i] + ((left + previous[i]) >> 1)) & 0xFF
        elif kind == 4:
            for i in range(stride):
                a = row[i - channels] if i >= channels else 0
                b, c = previous[i], previous[i - channels] if i >= channels else 0
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                row[i] = (row[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 0xFF
        elif kind != 0:
            raise ValueError(f"PNG row {y} has filter type {kind}, which PNG does not define")
        rows.append(bytes(row))
        previous = row
    return rows


def _chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def optimise(png: bytes) -> bytes:
    """The same picture in fewer bytes: RGB without an alpha that is always opaque, a palette when it has
    at most 256 colours, and the image data unfiltered and deflated at the highest level.

    Chromium deflates for speed; deflated at the highest level, a page's screenshot takes about a sixth
    less. Ancillary chunks (none carry anything a reader of the docs sees) are dropped.
    """
    if png[:8] != b"\x89PNG\r\n\x1a\n":
        raise ValueError("not a PNG: the screenshot should be written as PNG")
    chunks, at = [], 8
    while at < len(png):
        (length,) = struct.unpack(">I", png[at : at + 4])
        chunks.append((png[at + 4 : at + 8], png[at + 8 : at + 8 + length]))
        at += 12 + length
    width, height, depth, colour, _, _, interlace = struct.unpack(">IIBBBBB", chunks[0][1])
    if depth != 8 or colour not in (2, 6) or interlace:
        raise ValueError(f"PNG of depth {depth}, colour type {colour}, interlace {interlace}: expected 8-bit RGB(A)")
    channels = 4 if colour == 6 else 3
    rows = _unfilter(zlib.decompress(b"".join(d for k, d in chunks if k == b"IDAT")), width, height, channels)
    if channels == 4:
        if any(row[3::4].count(255) != width for row in rows):
            return png  # transparent pixels: keep it as it is rather than lose them
        rows = [bytes(b for i, b in enumerate(row) if i % 4 != 3) for row in rows]
    pixels = {row[i : i + 3] for row in rows for i in range(0, len(row), 3)}
    if len(pixels) <= 256:
        palette = sorted(pixels)  # sorted, so that the same picture gets the same palette
        index = {colour: n for n, colour in enumerate(palette)}
        data = b"".join(b"\0" + bytes(index[row[i : i + 3]] for i in range(0, len(row), 3)) for row in rows)
        header = struct.pack(">IIBBBBB", width, height, 8, 3, 0, 0, 0)
        extra = [_chunk(b"PLTE", b"".join(palette))]
    else:
        # No filter: tried on these pages, it deflates smaller than Chromium's own filters, or "sub" or
        # "up" on every row, since a screenshot is mostly long runs of one colour that deflate finds anyway.
        data = b"".join(b"\0" + row for row in rows)
        header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
        extra = []
    compressor = zlib.compressobj(9, zlib.DEFLATED, 15, 9)
    body = compressor.compress(data) + compressor.flush()
    smaller = png[:8] + _chunk(b"IHDR", header) + b"".join(extra) + _chunk(b"IDAT", body) + _chunk(b"IEND", b"")
    return smaller if len(smaller) < len(png) else png


def main() -> None:
    from playwright.sync_api import sync_playwright

    executable = chromium()
    if not Path(executable).exists():
        sys.exit(f"no Chromium at {executable}: apt-get install chromium, or set NEWSDIFF_CHROMIUM to its path")
    with tempfile.TemporaryDirectory() as folder:
        drawn = pages(Path(folder))
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=executable, args=ARGS)
            for name, (page_path, end) in drawn.items():
                context = browser.new_context(
                    viewport={"width": WIDTH, "height": 800},
                    device_scale_factor=1,
                    color_scheme="light",
                    reduced_motion="reduce",
                    locale="en-GB",
                    timezone_id="UTC",
                )
                page = context.new_page()
                page.goto(page_path.as_uri())
                page.evaluate("document.fonts.ready")
                height = bottom(page, end)
                whole = {"x": 0, "y": 0, "width": WIDTH, "height": height}
                shot = page.screenshot(full_page=True, clip=whole, animations="disabled", caret="hide")
                context.close()
                picture = optimise(shot)
                (IMAGES / name).write_bytes(picture)
                print(f"wrote docs/images/{name} ({WIDTH}x{height}, {len(picture) // 1024} KiB)")
            browser.close()


if __name__ == "__main__":
    main()
