"""Replace article text quoted in annotation notes by offsets into the article.

The annotation files are in the repository and the PolNeAR articles may not
be, but annotators' ``note`` strings quoted the sentences they explain. This
rewrites each note so that it refers to the article instead:

1. every quoted passage (straight or curly quotes) whose words occur in the
   article becomes ``[start-end]``, with ``text[start:end]`` the passage (for a
   passage found several times, the occurrence nearest the item's own spans);
2. then every unquoted run of ``--min-words`` (5) or more words of the article
   is replaced the same way.

The rest of the note (the annotator's reasoning) is kept, and the files are
rewritten in their own JSON style, so a diff shows only the notes.
``newsextract evaluate-events --check`` reports notes still quoting 6+ words.

Usage (texts as for ``evaluate-events --texts``, one split per call)::

    python scripts/scrub_annotation_notes.py --texts ../shared/data/polnear/train/text \\
        tests/data/annotations/polnear-train-round25
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path
from typing import Any

from newsextract.evaluation.annotations import load_gold_dir
from newsextract.evaluation.notes import (
    ArticleWords,
    iter_notes,
    note_words,
    reference,
    runs,
)

#: A quoted passage: "…", “…”, ‘…’ or '…' (an apostrophe inside a word does not close it).
QUOTED = re.compile(
    r"\"(?P<d>[^\"]+)\"|\u201c(?P<c>[^\u201d]+)\u201d|\u2018(?P<s>[^\u2019]+)\u2019"
    r"|(?<!\w)'(?P<q>.+?)'(?!\w)"
)
#: An ellipsis inside a quote: the parts on either side are referenced separately.
ELLIPSIS = re.compile(r"\s*(?:\[\.\.\.\]|\.\.\.|\u2026)\s*")


class Counts:
    """What a run changed, for the report (no dataclass: tests load this file without a module)."""

    def __init__(self) -> None:
        self.files = self.notes = self.quotes = self.runs = 0


def nearest(spans: list[tuple[int, int]], anchors: list[tuple[int, int]]) -> tuple[int, int]:
    """The span closest to any of the item's own spans (the first one if the item has none)."""

    def gap(span: tuple[int, int]) -> int:
        return min(
            (max(0, a[0] - span[1], span[0] - a[1]) for a in anchors),
            default=0,
        )

    return min(spans, key=lambda span: (gap(span), span))


def _place(passage: str, article: ArticleWords, anchors: list[tuple[int, int]]) -> str | None:
    """``passage`` as references, or None if any of its parts is not article text."""
    refs = []
    for part in ELLIPSIS.split(passage):
        forms = [w.form for w in note_words(part)]
        if not forms:
            continue
        spans = article.occurrences(forms)
        if not spans:
            return None
        # after an ellipsis, the part nearest the one before it
        span = nearest(spans, anchors)
        anchors = [span]
        refs.append(reference(*span))
    return " ... ".join(refs) if refs else None


def scrub_note(
    note: str, article: ArticleWords, anchors: list[tuple[int, int]], min_words: int = 5
) -> tuple[str, int, int]:
    """The note with article passages as references, and how many quotes and runs were replaced."""
    quotes = 0
    pieces = []
    position = 0
    for match in QUOTED.finditer(note):
        passage = next(g for g in match.groups() if g is not None)
        refs = _place(passage, article, anchors)
        if refs is None:
            continue
        pieces += [note[position : match.start()], refs]
        position = match.end()
        quotes += 1
    note = "".join(pieces) + note[position:]
    words = note_words(note)
    found = runs(words, article, min_words)
    for i, j in reversed(found):
        span = nearest(article.occurrences([w.form for w in words[i:j]]), anchors)
        note = note[: words[i].start] + reference(*span) + note[words[j - 1].end :]
    return note, quotes, len(found)


def anchors_of(owner: dict[str, Any]) -> list[tuple[int, int]]:
    """The item's own spans (an actor's mentions, an event's trigger): where its note looks."""
    spans = owner.get("mentions") or ([owner["trigger"]] if "trigger" in owner else [])
    return [(s[0], s[1]) for s in spans if isinstance(s, list) and len(s) == 2]


def json_style(raw: str, data: Any) -> dict[str, Any] | None:
    """The ``json.dumps`` arguments (and final newline) that reproduce ``raw``, if any do."""
    for indent in (1, 2, None):
        for ensure_ascii in (False, True):
            for newline in ("", "\n"):
                if json.dumps(data, indent=indent, ensure_ascii=ensure_ascii) + newline == raw:
                    return {"indent": indent, "ensure_ascii": ensure_ascii, "newline": newline}
    return None


def scrub_file(path: Path, text: str, counts: Counts, min_words: int = 5) -> bool:
    """Rewrite the notes of one annotation file in place; False if nothing changed."""
    raw = path.read_text(encoding="utf-8")
    data = json.loads(raw)
    style = json_style(raw, data)
    if style is None:
        raise SystemExit(f"{path}: cannot reproduce its JSON formatting; not rewritten")
    article = ArticleWords(text)
    changed = False
    for _where, owner, key in iter_notes(data):
        new, quotes, found = scrub_note(owner[key], article, anchors_of(owner), min_words)
        if new != owner[key]:
            owner[key] = new
            counts.notes += 1
            counts.quotes += quotes
            counts.runs += found
            changed = True
    if changed:
        newline = style.pop("newline")
        path.write_text(json.dumps(data, **style) + newline, encoding="utf-8")
        counts.files += 1
    return changed


def main(argv: list[str] | None = None) -> int:
    """Scrub every annotation file of the folders given; print what changed (counts only)."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folders", nargs="+", type=Path, help="annotation folders")
    parser.add_argument("--texts", required=True, type=Path, help="folder with DOC_ID.txt")
    parser.add_argument("--min-words", type=int, default=5, help="unquoted runs this long or more")
    args = parser.parse_args(argv)
    counts = Counts()
    for folder in args.folders:
        # the evaluator's own loading: the hash is checked, so offsets refer to this text
        texts = {doc.doc_id: doc.text or "" for doc in load_gold_dir(folder, args.texts)}
        for path in sorted(folder.glob("*.json")):
            doc_id = json.loads(path.read_text(encoding="utf-8"))["doc_id"]
            scrub_file(path, texts[doc_id], counts, args.min_words)
    print(
        f"{counts.files} files, {counts.notes} notes rewritten: "
        f"{counts.quotes} quoted passages and {counts.runs} unquoted runs now offsets",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
