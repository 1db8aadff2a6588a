"""Redraw ``docs/images/report.png``: the top of the example cluster's report, as Chromium shows it.

Needs Playwright (``pip install -e ".[browser]"``) and a Chromium on the machine (Debian's ``chromium``, or
the path in ``NEWSDIFF_CHROMIUM``). Usage::

    python scripts/report_screenshot.py
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from playwright.sync_api import sync_playwright  # noqa: E402 (after the path set-up above)

import newsdiff  # noqa: E402 (after the path set-up above)

WIDTH, HEIGHT = 1280, 1500


def main() -> None:
    chromium = os.environ.get("NEWSDIFF_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
    result = newsdiff.compare(newsdiff.load(sorted((ROOT / "examples" / "cluster").glob("*.txt"))))
    with tempfile.TemporaryDirectory() as folder:
        page_path = Path(folder) / "report.html"
        result.save_html(page_path)
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=chromium, args=["--headless", "--no-sandbox"])
            page = browser.new_page(viewport={"width": WIDTH, "height": HEIGHT})
            page.goto(page_path.as_uri())
            page.screenshot(path=str(ROOT / "docs" / "images" / "report.png"))
            browser.close()
    print(f"wrote docs/images/report.png ({WIDTH}x{HEIGHT})")


if __name__ == "__main__":
    main()
