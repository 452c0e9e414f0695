"""Peak memory of streaming N documents through the CLI, for several N.

    python scripts/memory.py 500 5000

Each run is a fresh ``newsextract extract`` process over a JSONL file of the
seed article repeated N times (distinct ids); its peak RSS is read from the
kernel's accounting of finished children. Flat memory means the 5,000-document
run peaks within a few percent of the 500-document one.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

SEED = Path(__file__).resolve().parent.parent / "seeds" / "000_c1f042909c470a4b.txt"


def peak_rss_mb(count: int, folder: Path) -> tuple[float, float]:
    text = SEED.read_text(encoding="utf-8")
    source = folder / f"in{count}.jsonl"
    with source.open("w", encoding="utf-8") as out:
        for i in range(count):
            out.write(json.dumps({"id": f"seed-{i}", "text": text}) + "\n")
    start = time.perf_counter()
    code = (
        "import resource, sys; from newsextract.cli import main; "
        "sys.argv = ['newsextract', 'extract', sys.argv[1], '-o', sys.argv[2]]\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
        "print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)"
    )
    proc = subprocess.run(
        [sys.executable, "-c", code, str(source), str(folder / f"out{count}.jsonl")],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    seconds = time.perf_counter() - start
    return int(proc.stdout.strip().splitlines()[-1]) / 1024, seconds


def main() -> None:
    counts = [int(arg) for arg in sys.argv[1:]] or [500, 5000]
    with tempfile.TemporaryDirectory() as tmp:
        results = {n: peak_rss_mb(n, Path(tmp)) for n in counts}
    base = results[counts[0]][0]
    for n, (mb, seconds) in results.items():
        print(
            f"{n:>6} documents: peak RSS {mb:7.1f} MB ({mb / base:5.1%} of {counts[0]}), {seconds:.0f} s"
        )


if __name__ == "__main__":
    main()
