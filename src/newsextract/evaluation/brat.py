"""Reading brat standoff attribution annotations (the PolNeAR layout).

A corpus folder holds ``text/NAME.txt`` and ``attributions/NAME_<annotator>.ann``;
``metadata.tsv`` (in the folder or one level up, as PolNeAR ships it) gives
publication dates. The reader is deliberately tolerant: annotation files are
hand-made, so a malformed line, a span whose offsets do not match its text or
an event pointing at a missing span is recorded as a *problem* and reading
goes on. An evaluation that crashes on one bad file measures nothing.
"""

from __future__ import annotations

import csv
import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from .tokens import Intervals, normalize_intervals

__all__ = [
    "GoldAttribution",
    "GoldCorpus",
    "GoldDocument",
    "parse_ann",
    "read_brat_dir",
    "read_metadata",
]

# A new annotation line starts with an id (T1, E2, A3, R4, #5, *) and a tab;
# anything else continues the previous line's span text, which had a newline.
_ID_LINE = re.compile(r"[A-Z#*]\w*\t")
_ROLES = ("Source", "Cue", "Content")


@dataclass(frozen=True)
class GoldAttribution:
    """One annotated attribution: who (source) said (cue) what (content).

    Each role is a possibly discontinuous span; ``source`` is empty for an
    ``Attribution-no-source`` event, or when the annotator gave none.
    """

    id: str
    content: Intervals
    cue: Intervals = ()
    source: Intervals = ()
    label: str = "Attribution"


@dataclass(frozen=True)
class GoldDocument:
    """A text with each annotator's attributions.

    Gold is the annotator whose id sorts first: a fixed, documented choice, so
    that scores do not depend on file-system order.
    """

    doc_id: str
    text: str
    annotations: Mapping[str, tuple[GoldAttribution, ...]]
    published: dt.date | None = None

    @property
    def annotator(self) -> str | None:
        return min(self.annotations) if self.annotations else None

    @property
    def attributions(self) -> tuple[GoldAttribution, ...]:
        who = self.annotator
        return self.annotations[who] if who is not None else ()


@dataclass
class GoldCorpus:
    """The documents of a corpus folder and every problem met while reading it."""

    documents: dict[str, GoldDocument] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)


def _logical_lines(data: str) -> list[str]:
    lines: list[str] = []
    for raw in data.removesuffix("\n").split("\n"):
        if _ID_LINE.match(raw) or not lines:
            lines.append(raw)
        else:
            lines[-1] += "\n" + raw
    return lines


def _parse_fragments(offsets: str) -> list[tuple[int, int]]:
    """Fragments in the order written, which is the order of brat's span text."""
    fragments: list[tuple[int, int]] = []
    for part in offsets.split(";"):
        bounds = part.split()
        if len(bounds) != 2:
            raise ValueError(f"bad fragment {part!r}")
        start, end = int(bounds[0]), int(bounds[1])
        if start < 0 or end < start:
            raise ValueError(f"bad fragment {part!r}")
        fragments.append((start, end))
    return fragments


def parse_ann(data: str, text: str, name: str, problems: list[str]) -> tuple[GoldAttribution, ...]:
    """Parse one ``.ann`` file's contents into attributions, checking spans against ``text``.

    Fragments of a discontinuous span are joined by one space in brat's span
    text, which is how the check rebuilds it. Roles with a numeric suffix
    (``Content2``) extend their base role.
    """
    spans: dict[str, Intervals] = {}
    events: list[str] = []
    for line in _logical_lines(data):
        if line.startswith("T"):
            parts = line.split("\t", 2)
            try:
                _label, offsets = parts[1].split(" ", 1)
                fragments = _parse_fragments(offsets)
            except (IndexError, ValueError):
                problems.append(f"{name}: unparsable span line {line[:80]!r}")
                continue
            furthest = max(end for _, end in fragments)
            if furthest > len(text):
                problems.append(f"{name}: {parts[0]} ends at {furthest}, past the text")
            else:
                covered = " ".join(text[s:e] for s, e in fragments)
                annotated = parts[2] if len(parts) > 2 else None
                if covered != annotated:
                    problems.append(
                        f"{name}: {parts[0]} text mismatch: "
                        f"annotation {(annotated or '')[:60]!r}, text {covered[:60]!r}"
                    )
            spans[parts[0]] = normalize_intervals(fragments)
        elif line.startswith("E"):
            events.append(line)
        elif line.strip() and not _ID_LINE.match(line):
            problems.append(f"{name}: unrecognised line {line[:80]!r}")
    return tuple(
        attribution
        for line in events
        if (attribution := _parse_event(line, spans, name, problems)) is not None
    )


def _parse_event(
    line: str, spans: Mapping[str, Intervals], name: str, problems: list[str]
) -> GoldAttribution | None:
    event_id, _, rest = line.partition("\t")
    arguments = rest.split()
    if not arguments:
        problems.append(f"{name}: {event_id} has no arguments")
        return None
    label = arguments[0].partition(":")[0]
    roles: dict[str, list[tuple[int, int]]] = {role: [] for role in _ROLES}
    for argument in arguments[1:]:
        role, _, span_id = argument.partition(":")
        base = role.rstrip("0123456789")
        if span_id not in spans:
            problems.append(f"{name}: {event_id} refers to missing span {span_id}")
        elif base not in roles:
            problems.append(f"{name}: {event_id} has unknown role {role}")
        else:
            roles[base].extend(spans[span_id])
    if not roles["Content"]:
        problems.append(f"{name}: {event_id} has no Content; skipped")
        return None
    return GoldAttribution(
        id=event_id,
        content=normalize_intervals(roles["Content"]),
        cue=normalize_intervals(roles["Cue"]),
        source=normalize_intervals(roles["Source"]),
        label=label,
    )


def read_metadata(path: Path, problems: list[str]) -> dict[str, dt.date]:
    """Publication dates by document name from a PolNeAR-style ``metadata.tsv``."""
    dates: dict[str, dt.date] = {}
    try:
        with path.open(encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE):
                name, raw = row.get("filename"), row.get("publication_date")
                if not name or not raw:
                    continue
                try:
                    dates[name] = dt.date.fromisoformat(raw.strip()[:10])
                except ValueError:
                    problems.append(f"{path.name}: {name}: bad publication_date {raw!r}")
    except (OSError, UnicodeDecodeError, csv.Error) as exc:
        problems.append(f"{path}: unreadable metadata ({exc})")
    return dates


def _find_metadata(folder: Path) -> Path | None:
    for candidate in (folder / "metadata.tsv", folder.parent / "metadata.tsv"):
        if candidate.is_file():
            return candidate
    return None


def read_brat_dir(folder: str | Path) -> GoldCorpus:
    """Read every annotated document of a corpus folder.

    Texts without an annotation file and annotation files without a text are
    reported as problems and left out: a text nobody annotated has no gold.
    """
    root = Path(folder)
    corpus = GoldCorpus()
    text_dir, ann_dir = root / "text", root / "attributions"
    if not text_dir.is_dir():
        raise FileNotFoundError(f"{text_dir} does not exist (expected DIR/text/NAME.txt)")
    texts = {path.stem: path for path in sorted(text_dir.glob("*.txt"))}
    by_doc: dict[str, dict[str, tuple[GoldAttribution, ...]]] = {}
    loaded: dict[str, str] = {}
    ann_files = sorted(ann_dir.glob("*.ann")) if ann_dir.is_dir() else []
    for ann_path in ann_files:
        stem, sep, annotator = ann_path.stem.rpartition("_")
        if not sep or stem not in texts:
            corpus.problems.append(f"{ann_path.name}: no matching text file")
            continue
        try:
            if stem not in loaded:
                loaded[stem] = texts[stem].read_text(encoding="utf-8")
            data = ann_path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            corpus.problems.append(f"{ann_path.name}: unreadable ({exc})")
            continue
        by_doc.setdefault(stem, {})[annotator] = parse_ann(
            data, loaded[stem], ann_path.name, corpus.problems
        )
    for stem in texts:
        if stem not in by_doc:
            corpus.problems.append(f"{stem}: text without annotation file")
    metadata = _find_metadata(root)
    dates = read_metadata(metadata, corpus.problems) if metadata is not None else {}
    for stem in sorted(by_doc):
        corpus.documents[stem] = GoldDocument(
            doc_id=stem, text=loaded[stem], annotations=by_doc[stem], published=dates.get(stem)
        )
    return corpus
