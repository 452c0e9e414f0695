"""Measure the actors plugin on PolNeAR (no gold actor clusters exist; these are proxies).

    python plugins/actors/scripts/polnear_survey.py ../shared/data/polnear/dev [--limit N] [--dump F]

Prints, over the articles (an even spread over publishers when ``--limit`` is given):

- cost: spaCy parse time vs. actor extraction time (warm);
- actors and mentions per article, actors by type, persons with an affiliation;
- named-source coverage: of PolNeAR's attribution sources that contain a
  capitalised word (a proxy for "named speaker"), the share overlapped by an
  actor mention — what the quotes stage needs from ``ctx.actor_at``;
- split audit: same-name actors and a one-word person/organisation next to a
  person with that surname (likely clustering splits).

``--dump`` writes every actor of every article for eyeballing.
"""

from __future__ import annotations

import argparse
import bisect
import collections
import re
import statistics
import time
from pathlib import Path

from newsextract_actors.build import ActorBuilder

import newsextract
from newsextract import Actor, ExtractionContext

_PRONOUNS = frozenset(
    [
        "he",
        "she",
        "they",
        "it",
        "we",
        "i",
        "you",
        "his",
        "her",
        "their",
        "who",
        "this",
        "that",
        "these",
        "those",
        "some",
        "many",
        "one",
        "others",
        "both",
        "each",
        "all",
        "most",
        "the",
    ]
)


def _sources(ann: Path) -> list[tuple[int, int, str]]:
    out = []
    for line in ann.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) < 3 or not parts[1].startswith("Source "):
            continue
        offsets = parts[1].split(" ", 1)[1]
        start = int(offsets.split()[0])
        end = int(offsets.split(";")[-1].split()[-1])
        out.append((start, end, parts[2]))
    return out


def _named(text: str) -> bool:
    words = re.findall(r"[\w.'’-]+", text)
    return any(w[:1].isupper() and w.lower() not in _PRONOUNS for w in words)


def _covered(actors: list[Actor], start: int, end: int) -> bool:
    spans = sorted((m.start, m.end) for a in actors for m in a.mentions)
    i = bisect.bisect_left([s for s, _ in spans], end)
    return any(s < end and start < e for s, e in spans[max(0, i - 50) : i])


def _splits(actors: list[Actor]) -> int:
    names = collections.Counter(a.name.casefold() for a in actors)
    count = sum(c - 1 for c in names.values() if c > 1)
    by_last: dict[str, list[Actor]] = collections.defaultdict(list)
    for a in actors:
        words = a.name.split()
        if a.type in ("person", "organization") and words:
            by_last[words[-1].casefold()].append(a)
    for group in by_last.values():
        if (
            len(group) > 1
            and any(a.type == "person" for a in group)
            and any(len(a.name.split()) == 1 for a in group)
        ):
            count += 1
    return count


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("split", type=Path, help="a PolNeAR split directory (text/, attributions/)")
    parser.add_argument("--limit", type=int, default=0)
    parser.add_argument("--dump", type=Path)
    args = parser.parse_args()
    files = sorted((args.split / "text").glob("*.txt"))
    if args.limit and args.limit < len(files):
        files = files[:: len(files) // args.limit][: args.limit]
    # "<text stem>_<4 hex>.ann" holds the attributions of "<text stem>.txt"
    anns = {p.stem[:-5]: p for p in (args.split / "attributions").glob("*.ann")}
    pipeline = newsextract.Pipeline(enable=["actors"])
    texts = [f.read_text(encoding="utf-8") for f in files]
    t0 = time.perf_counter()
    docs = list(pipeline.nlp.pipe(texts))
    parse = time.perf_counter() - t0
    ActorBuilder(docs[0]).actors(ExtractionContext(docs[0]))  # warm the gazetteers
    t0 = time.perf_counter()
    results = []
    for doc in docs:
        ctx = ExtractionContext(doc)
        results.append(ActorBuilder(doc, ctx.text).actors(ctx))
    cost = time.perf_counter() - t0

    named = covered = splits = 0
    for f, actors in zip(files, results, strict=True):
        splits += _splits(actors)
        ann = anns.get(f.stem)
        for start, end, text in _sources(ann) if ann else []:
            if _named(text):
                named += 1
                covered += _covered(actors, start, end)

    per_doc = [len(r) for r in results]
    mentions = [sum(len(a.mentions) for a in r) for r in results]
    types = collections.Counter(a.type for r in results for a in r)
    people = [a for r in results for a in r if a.type == "person"]
    print(f"{len(files)} articles; parse {parse:.1f}s, actors {cost:.2f}s "
          f"({100 * cost / parse:.1f}% of parse, {1000 * cost / len(files):.1f} ms/article)")  # fmt: skip
    print(f"actors/article mean {statistics.mean(per_doc):.1f} (median {statistics.median(per_doc)}),"
          f" mentions/article {statistics.mean(mentions):.1f}")  # fmt: skip
    print("actors by type:", dict(types.most_common()))
    print(f"persons with affiliation {sum(1 for a in people if a.affiliation)} of {len(people)};"
          f" actors with titles {sum(1 for r in results for a in r if a.titles)}")  # fmt: skip
    print(f"named sources covered by an actor mention: {covered}/{named} "
          f"({100 * covered / max(named, 1):.1f}%)")  # fmt: skip
    print(f"likely clustering splits: {splits}")
    if args.dump:
        with args.dump.open("w", encoding="utf-8") as out:
            for f, actors in zip(files, results, strict=True):
                out.write(f"=== {f.name}\n")
                for a in actors:
                    out.write(
                        f"{a.id} {a.name!r} {a.type} code={a.code} aff={a.affiliation} "
                        f"titles={a.titles} mentions={[m.text for m in a.mentions]}\n"
                    )


if __name__ == "__main__":
    main()
