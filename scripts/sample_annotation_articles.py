"""Which PolNeAR dev articles get actor/event gold annotations (issue 4).

Chosen by a seeded random sample, not by hand, so the annotated set is not the
articles where the extractors look good. Articles the rule authors had read
while writing rules are left out, and very short or long ones (annotating
every pronoun of a 20,000-character article is a day's work).

    python scripts/sample_annotation_articles.py ../shared/data/polnear/dev/text

prints the 27 articles of the first annotation round (November 2026), in the
order they were drawn.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

SEED = 20261126
HOW_MANY = 27
#: Read by the authors of the actors/events rules before the annotation.
SEEN = (
    "breitbart_2016-09-25_pence",
    "politico_2016-09-16_sanders",
    "wash-post_2016-09-26_charlotte",
    "nyt_2016-09-20_examining",
)
MIN_CHARS, MAX_CHARS = 1_000, 9_000


def sample(text_dir: Path) -> list[str]:
    pool = [
        path.stem
        for path in sorted(text_dir.glob("*.txt"))
        if not path.stem.startswith(SEEN) and MIN_CHARS <= path.stat().st_size <= MAX_CHARS
    ]
    return random.Random(SEED).sample(pool, HOW_MANY)


if __name__ == "__main__":
    for doc_id in sample(Path(sys.argv[1])):
        print(doc_id)
