"""Compare the bundled example cluster, print its summary, and write its HTML report and JSON result.

Run it as ``python examples/write_report.py [OUTPUT_DIR]``; the files go into ``OUTPUT_DIR``, by default the
folder ``output`` beside this script (``examples/output``, which version control ignores).
"""

from __future__ import annotations

import sys
from pathlib import Path

import newsdiff


def main(output_dir: Path) -> None:
    """Compare the example articles and write ``report.html`` and ``result.json`` into ``output_dir``."""
    cluster = sorted((Path(__file__).parent / "cluster").glob("*.txt"))
    result = newsdiff.compare(newsdiff.load(cluster))
    print(result)
    output_dir.mkdir(parents=True, exist_ok=True)
    result.save_html(output_dir / "report.html")
    (output_dir / "result.json").write_text(result.to_json(), encoding="utf-8")
    print(f"wrote {output_dir / 'report.html'} and {output_dir / 'result.json'}")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).parent / "output")
