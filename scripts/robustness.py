"""Run every bad input of issue 6 through the CLI at full size and tabulate what happens.

    python scripts/robustness.py [--out docs/robustness-table.md]

Each input is run as a single file and, together with the others, in one JSONL
batch. For each: the exit code, the first line of the message (or the record
counts), and the wall time. Used to write docs/robustness.md; too slow for CI
(the 5 MB document alone takes minutes to parse).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

SEED = Path(__file__).resolve().parent.parent / "seeds" / "000_c1f042909c470a4b.txt"


def inputs() -> dict[str, bytes]:
    seed = SEED.read_text(encoding="utf-8")
    big = (seed * (5_000_000 // len(seed) + 1))[:5_000_000].encode()
    sentence = " ".join(["Officials said that the talks", *["and the ministers met again"] * 2000])
    return {
        "empty": b"",
        "whitespace only": b" \n\t \n",
        "5 MB of news text": big,
        "5 MB of news text, --max-chars 6000000": big,
        "over the limit (1,000,001 chars)": b"x" * 1_000_001,
        "invalid UTF-8": b"Obama said " + b"\xff\xfe it.",
        "binary (PNG header + bytes)": b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 64,
        "NUL and control characters": b"Obama\x00 said\x07 he was\x1b surprised.",
        "right-to-left and emoji": "الرئيس قال 🙂 Obama said he was surprised 🇺🇸.".encode(),
        "non-English (Spanish)": (
            "El presidente dijo que el gobierno no aceptará las presiones de Washington y que "
            "las conversaciones con Moscú continuarán durante la próxima semana."
        ).encode(),
        "HTML passed as text": b"<html><body><p>Mao Ning said \xe2\x80\x9cno.\xe2\x80\x9d</p><div>x</div></body></html>",
        "unbalanced quotation marks": "“The US has no right,\" Mao said. “We will not ' accept".encode(),
        "nested quotation marks": 'He said: “She told me ‘they said "no" to “us”’ again.”'.encode(),
        "10,000-word sentence": sentence.encode(),
        "CRLF line endings": seed.replace("\n", "\r\n").encode(),
    }


def _jsonl_line(name: str, data: bytes) -> bytes:
    """The input as one JSONL line; undecodable bytes go in raw, as a broken producer would."""
    try:
        return json.dumps({"id": name, "text": data.decode("utf-8")}).encode()
    except UnicodeDecodeError:
        raw = data[:200].replace(b"\n", b" ").replace(b"\r", b" ").replace(b'"', b"'")
        return b'{"id": "' + name.encode() + b'", "text": "' + raw.replace(b"\\", b"/") + b'"}'


def summarise(proc: subprocess.CompletedProcess[str]) -> str:
    if proc.returncode == 0 and proc.stdout.strip():
        data = json.loads(proc.stdout.splitlines()[0])
        counts = ", ".join(
            f"{len(data[k])} {k}" for k in ("actors", "quotes", "allegations", "events")
        )
        warnings = "; ".join(data["meta"]["warnings"]) if data.get("meta") else ""
        return f"extraction ({counts})" + (f"; warning: {warnings}" if warnings else "")
    message = (proc.stderr.strip().splitlines() or ["(no message)"])[-1]
    assert "Traceback" not in proc.stderr, proc.stderr
    return message.replace("|", "\\|")[:160]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path)
    parser.add_argument(
        "--timeout",
        type=float,
        default=1200.0,
        help="seconds one file may take (the 5 MB text takes 400-520 s alone on a 2-core machine)",
    )
    args = parser.parse_args()
    rows = ["| input | single file: exit, result | seconds |", "|---|---|---|"]
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        batch = []
        for number, (name, data) in enumerate(inputs().items()):
            path = folder / f"input{number}.txt"
            path.write_bytes(data)
            extra = ["--max-chars", "6000000"] if name.endswith("--max-chars 6000000") else []
            start = time.perf_counter()
            proc = subprocess.run(
                ["newsextract", "extract", str(path), "--format", "jsonl", *extra],
                capture_output=True, text=True, timeout=args.timeout, check=False,
            )  # fmt: skip
            seconds = time.perf_counter() - start
            rows.append(f"| {name} | {proc.returncode}: {summarise(proc)} | {seconds:.1f} |")
            print(rows[-1], file=sys.stderr, flush=True)
            batch.append(_jsonl_line(name, data))
        batch += [b"not json", b'{"id": "no text"}']
        (folder / "raw.jsonl").write_bytes(b"\n".join(batch) + b"\n")
        start = time.perf_counter()
        proc = subprocess.run(
            ["newsextract", "extract", str(folder / "raw.jsonl"), "-o", str(folder / "out.jsonl"),
             "--errors", str(folder / "errors.jsonl")],
            capture_output=True, text=True, timeout=3 * args.timeout, check=False,
        )  # fmt: skip
        seconds = time.perf_counter() - start
        done = [json.loads(x)["doc_id"] for x in (folder / "out.jsonl").read_text().splitlines()]
        failed = [json.loads(x) for x in (folder / "errors.jsonl").read_text().splitlines()]
    rows.append("")
    rows.append(
        f"One JSONL batch of all of them (plus a non-JSON line, a line without text and a line "
        f"with invalid UTF-8): exit {proc.returncode} in {seconds:.0f} s; "
        f"{len(done)} extracted, {len(failed)} reported:"
    )
    rows.append("")
    rows.extend(f"- `{f['id']}`: {f['error']}" for f in failed)
    table = "\n".join(rows) + "\n"
    if args.out:
        args.out.write_text(table, encoding="utf-8")
    print(table)


if __name__ == "__main__":
    main()
