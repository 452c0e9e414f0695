"""Count and time the events plugin on PolNeAR texts (development aid, not shipped).

Usage::

    python plugins/events/scripts/polnear_events.py ../shared/data/polnear/dev/text \
        [--dump /tmp/events.tsv]

Prints events per PLOVER type and modality and the plugin's time as a share
of spaCy's parse time. The publication date is taken from the file name
(``publisher_YYYY-MM-DD_slug.txt``). ``--dump`` writes each event with a
short window of its article for reading by eye; keep that file outside the
repository (PolNeAR's licence does not allow redistributing the text).
"""

from __future__ import annotations

import argparse
import collections
import datetime as dt
import re
import time
from pathlib import Path

from newsextract_events.extract import extract_events

import newsextract
from newsextract import ExtractionContext

_DATE = re.compile(r"_(\d{4}-\d{2}-\d{2})_")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--dump", type=Path)
    args = parser.parse_args()
    pipeline = newsextract.Pipeline()
    types: collections.Counter[str] = collections.Counter()
    modalities: collections.Counter[str] = collections.Counter()
    parse = events_time = 0.0
    lines: list[str] = []
    files = sorted(args.folder.glob("*.txt"))
    for path in files:
        text = path.read_text(encoding="utf-8")
        match = _DATE.search(path.name)
        published = dt.date.fromisoformat(match.group(1)) if match else None
        started = time.perf_counter()
        doc = pipeline.nlp(text)
        parse += time.perf_counter() - started
        # time the plugin on the parsed document alone (no earlier records: a
        # slight underestimate, actor look-ups are logarithmic)
        started = time.perf_counter()
        extract_events(ExtractionContext(doc, published=published, doc_id=path.name))
        events_time += time.perf_counter() - started
        extraction = pipeline.extract(text, published=published, doc_id=path.name)
        for event in extraction.events:
            types[event.type] += 1
            modalities[event.modality] += 1
            if args.dump:
                window = text[max(0, event.trigger.start - 120) : event.trigger.end + 80]
                roles = "; ".join(f"{p.role}={p.mention.text}" for p in event.participants)
                lines.append(
                    f"{path.name}\t{event.type}/{event.mode}\t{event.modality}\t{roles}\t"
                    f"{' '.join(window.split())}"
                )
    print(f"{len(files)} documents, {sum(types.values())} events")
    print("by type:", dict(types.most_common()))
    print("by modality:", dict(modalities.most_common()))
    print(f"events plugin: {events_time:.2f}s = {100 * events_time / parse:.1f}% of spaCy parse")
    if args.dump:
        args.dump.write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
