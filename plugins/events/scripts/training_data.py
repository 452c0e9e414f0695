"""What the two training scripts (``train_event_roles.py``, ``train_event_triggers.py``) share:
the training folders, the command-line options for the data, the cached parses, the
``--dump``/``--load`` rows and the documents' manifest.

They were written twice, and a change to the folders (a new round joining half B, the
session's unseen round left out) had to be made in both: here it is made once. Not a
module of the plugin: the scripts import it from beside them, for training only.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import re
import sys
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

__all__ = [
    "TRAIN_FOLDERS",
    "Row",
    "add_data_arguments",
    "cached_parses",
    "document_manifest",
    "published_of",
    "rows_of",
    "training_files",
    "training_folders",
]

#: The half-B folders of session 26 (rounds 5-24 + pool); round 25 is session 26's unseen
#: test set and never listed.
TRAIN_FOLDERS = (*(f"polnear-train-round{i}" for i in range(5, 25)), "polnear-train-pool")
#: A collected row (an event's role or a trigger candidate), as ``--dump`` writes it.
Row = dict[str, Any]
#: The publication date inside a PolNeAR document id ("nyt_2016-02-18_...").
_DATE = re.compile(r"_(\d{4}-\d{2}-\d{2})_")


def training_folders(hold_out: Sequence[str] = ()) -> list[str]:
    """The folders trained on: :data:`TRAIN_FOLDERS` less the held-out ones."""
    unknown = set(hold_out) - set(TRAIN_FOLDERS)
    if unknown:
        raise SystemExit(f"--hold-out names no training folder: {', '.join(sorted(unknown))}")
    return [f for f in TRAIN_FOLDERS if f not in hold_out]


def training_files(annotations: Path, folders: Sequence[str] = TRAIN_FOLDERS) -> list[Path]:
    """The annotation files of ``folders``; exits when there are none (a wrong path)."""
    files = [p for folder in folders for p in sorted((annotations / folder).glob("*.json"))]
    if not files:
        raise SystemExit(f"no annotations under {annotations}/{{{','.join(folders)}}}")
    return files


def published_of(doc_id: str) -> dt.date | None:
    """The publication date a PolNeAR document id carries, or None."""
    m = _DATE.search(doc_id)
    return dt.date.fromisoformat(m.group(1)) if m else None


def add_data_arguments(ap: argparse.ArgumentParser, rows: str) -> None:
    """The options both scripts read their data with; ``rows`` names what is collected
    ("events", "candidates") in the help of ``--dump``/``--load``."""
    ap.add_argument("--annotations", type=Path, default=Path("tests/data/annotations"))
    ap.add_argument("--texts", type=Path, default=Path("../shared/data/polnear/train/text"))
    ap.add_argument("--parses", type=Path, help="cached DocBin of the training texts")
    ap.add_argument("--records", type=Path, help="JSONL (id, text) in the DocBin's order")
    ap.add_argument("--dump", type=Path, help=f"write the collected {rows} here")
    ap.add_argument("--load", type=Path, help=f"read {rows} --dump wrote (no pipeline run)")
    ap.add_argument(
        "--hold-out",
        action="append",
        default=[],
        metavar="FOLDER",
        help="a training folder to leave out (repeatable), to measure the weights on it",
    )


def cached_parses(args: argparse.Namespace, vocab: Any, wanted: Iterable[str]) -> dict[str, Any]:
    """The parsed documents of ``--parses`` (ids from ``--records``, in the same order) whose
    id is ``wanted``; none without ``--parses``. The parse must be the pipeline's."""
    if not args.parses:
        return {}
    from spacy.tokens import DocBin

    wanted = set(wanted)
    recs = [json.loads(line) for line in args.records.read_text(encoding="utf-8").splitlines()]
    docs = DocBin().from_disk(args.parses).get_docs(vocab)
    cached = {r["id"]: d for r, d in zip(recs, docs, strict=True) if r["id"] in wanted}
    print(f"{len(cached)} of {len(wanted)} documents parsed in the cache", file=sys.stderr)
    return cached


def rows_of(
    args: argparse.Namespace, collect: Callable[[argparse.Namespace], Iterable[Row]]
) -> list[Row]:
    """The rows ``--load`` names, else those ``collect`` gathers (written to ``--dump`` when
    given), so a refit with other settings needs no pipeline run."""
    if args.load:
        return [json.loads(x) for x in args.load.read_text(encoding="utf-8").splitlines()]
    rows = list(collect(args))
    if args.dump:
        args.dump.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return rows


def document_manifest(files: Sequence[Path], root: Path) -> list[dict[str, str]]:
    """Each training file's id, path under ``root`` and SHA-256, for the weights' header."""
    return [
        {
            "id": p.stem,
            "file": str(p.resolve().relative_to(root)),
            "sha256": hashlib.sha256(p.read_bytes()).hexdigest(),
        }
        for p in files
    ]
