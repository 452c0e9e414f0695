"""Which PolNeAR dev articles get actor/event gold annotations (issue 4).

Chosen by a seeded random sample, not by hand, so the annotated set is not the
articles where the extractors look good. Articles the rule authors had read
while writing rules are left out, and very short or long ones (annotating
every pronoun of a 20,000-character article is a day's work).

    python scripts/sample_annotation_articles.py ../shared/data/polnear/dev/text

prints every annotated article with its round, in the order drawn. Rounds
continue the same draw (``random.sample`` with one seed gives the same first
articles whatever the count), so a new round is the next stretch of it:

- round 1 (27 articles, ``tests/data/annotations/polnear-dev/``): the
  tuning set of the extractors;
- round 2 (30 articles, ``tests/data/annotations/polnear-dev-round2/``):
  annotated before the rules of the following session were written, and kept
  unseen by their authors, so it measures the rules on articles nobody tuned
  on;
- round 3 (the last 14 articles of the pool,
  ``tests/data/annotations/polnear-dev-round3/``): annotated at the start of the
  fourth session, before its rule changes, while rounds 1 and 2 became the
  tuning set; the unseen test set of that session.

The draw is then used up. Round 4 (``tests/data/annotations/polnear-dev-round4/``,
annotated at the start of the fifth session, before its rule changes) takes
what the length band left out: every remaining dev article of at most
``ROUND4_MAX_CHARS`` characters, three very short and three long ones, all
of them, so no choice is made by hand either.

Dev is then used up (but for three articles of 17,000-22,000 characters and the
four read first). Round 5 (``tests/data/annotations/polnear-train-round5/``,
annotated at the start of the sixth session, before its rule changes) is drawn
from the PolNeAR *train* split, which has no event gold of its own, with a new
seed (the session's date) and the same length band:

    python scripts/sample_annotation_articles.py ../shared/data/polnear/dev/text \
        ../shared/data/polnear/train/text

Rule authors had read some train articles to check where rules fire; that is a
weaker leak than tuning on gold, and the fresh seed makes the draw independent
of what they read.

Session 7 draws again from the train articles round 5 did not take, with its
own seed (``SESSION7_SEED``): the first ``ROUND6`` articles are round 6
(``tests/data/annotations/polnear-train-round6/``), the unseen test set of that
session, annotated before its changes (its first six, in draw order, annotated
a second time blind: ``polnear-train-round6-second/``); the next ``POOL`` articles
(``tests/data/annotations/polnear-train-pool/``) are training and tuning
material for the events trigger tagger. ``more_pool`` puts every remaining
train article in one seeded order (a full permutation, so its first K are the
same whatever K): the pool takes its first ``MORE_POOL`` articles, and round 6
its next ``ROUND6_MORE`` (annotated once the rule authors had started, and
removed from what they could read), so round 6 holds 30 articles; a later
round continues the same order. Nothing is picked by hand.

Session 8's unseen test set, round 7 (``tests/data/annotations/polnear-train-round7/``,
annotated at the start of the session, before its rule changes), is the next
``ROUND7`` articles of that order; its first six (in that order) were annotated
a second time blind (``polnear-train-round7-second/``). Round 6 then joined
the tuning set.

Session 9's unseen test set, round 8 (``tests/data/annotations/polnear-train-round8/``,
annotated at the start of the session, before its rule changes), is the next
``ROUND8`` articles of the same order; round 7 then joined the tuning set. No
second annotation this round: five rounds of blind second annotations already
measure agreement (B3 95-99, events 78-87 F1).

Session 10's unseen test set, round 9 (``tests/data/annotations/polnear-train-round9/``,
annotated at the start of the session, before its rule changes), is the next
``ROUND9`` articles of the same order; round 8 then joined the tuning set.

Session 11's unseen test set, round 10 (``tests/data/annotations/polnear-train-round10/``,
annotated at the start of the session, before its rule changes), is the next
``ROUND10`` articles of the same order; round 9 then joined the tuning set.

Session 12's unseen test set, round 11 (``tests/data/annotations/polnear-train-round11/``,
annotated at the start of the session, before its rule changes), is the next
``ROUND11`` articles of the same order; round 10 then joined the tuning set.

Session 13's unseen test set, round 12 (``tests/data/annotations/polnear-train-round12/``,
annotated at the start of the session, before its rule changes), is the next
``ROUND12`` articles of the same order; round 11 then joined the tuning set.

Session 14's unseen test set, round 13 (``tests/data/annotations/polnear-train-round13/``,
annotated at the start of the session, before its rule changes), is the next
``ROUND13`` articles of the same order; round 12 then joined the tuning set.

Session 15's unseen test set, round 14 (``tests/data/annotations/polnear-train-round14/``,
annotated at the start of the session, before its rule changes), is the next
``ROUND14`` articles of the same order; round 13 then joined the tuning set.

Session 16's unseen test set, round 15 (``tests/data/annotations/polnear-train-round15/``,
annotated at the start of the session, before its rule changes), is the next
``ROUND15`` articles of the same order; round 14 then joined the tuning set.

Session 17's unseen test set, round 16 (``tests/data/annotations/polnear-train-round16/``,
annotated at the start of the session, before its rule changes), is the next
``ROUND16`` articles of the same order; round 15 then joined the tuning set.

Session 18's unseen test set, round 17 (``tests/data/annotations/polnear-train-round17/``,
annotated at the start of the session, before its rule changes), is the next
``ROUND17`` articles of the same order; round 16 then joined the tuning set.

Session 19's unseen test set, round 18 (``tests/data/annotations/polnear-train-round18/``,
annotated at the start of the session, before its rule changes), is the next
``ROUND18`` articles of the same order; round 17 then joined the tuning set.

Session 20's unseen test set, round 19 (``tests/data/annotations/polnear-train-round19/``,
annotated at the start of the session, before its rule changes), is the next
``ROUND19`` articles of the same order; round 18 then joined the tuning set.

Session 21's unseen test set, round 20 (``tests/data/annotations/polnear-train-round20/``,
annotated at the start of the session, before its rule changes), is the next
``ROUND20`` articles of the same order; round 19 then joined the tuning set.

Session 22's unseen test set, round 21 (``tests/data/annotations/polnear-train-round21/``,
annotated at the start of the session, before its rule changes), is the next
``ROUND21`` articles of the same order; round 20 then joined the tuning set.

Session 23's unseen test set, round 22 (``tests/data/annotations/polnear-train-round22/``,
annotated at the start of the session, before its rule changes), is the next
``ROUND22`` articles of the same order; round 21 then joined the tuning set.

Session 24's unseen test set, round 23 (``tests/data/annotations/polnear-train-round23/``,
annotated at the start of the session, before its rule changes), is the next
``ROUND23`` articles of the same order; round 22 then joined the tuning set.

Session 25's unseen test set, round 24 (``tests/data/annotations/polnear-train-round24/``,
annotated at the start of the session, before its rule changes), is the last
``ROUND24`` articles of the same order that no rule author has read: ``more_pool``
positions 586-610. Positions 611 on were read by rule authors in earlier sessions
(unannotated train articles checked by hand), so they cannot serve as unseen
articles; after round 24 the in-band train split is used up and a later round must
come from outside the length band (as round 4 did for dev). Round 23 then joined
the tuning set.

Session 26's unseen test set, round 25 (``tests/data/annotations/polnear-train-round25/``,
annotated at the start of the session, before its rule changes), comes from outside
the band, as round 4 did for dev: ``long_train`` puts the train articles of
``MAX_CHARS`` to ``ROUND4_MAX_CHARS`` bytes in one seeded order (``SESSION26_SEED``,
a full permutation, so a later round continues it), and round 25 takes its first
``ROUND25``. They are about 1.4 times as long as in-band articles, so fewer of them
make a round of the usual size. No round has annotated them and no rule author was
pointed at them; helpers who grepped the whole train split for a construction may
have seen sentences of them (the weaker leak round 5 accepted). The 36 train articles
under ``MIN_CHARS`` stay out (wire briefs with few events). Round 24 then joined the
tuning set.
"""

from __future__ import annotations

import itertools
import random
import sys
from pathlib import Path

SEED = 20261126
#: How many articles each round took from the draw, in order.
ROUNDS = (27, 30, 14)
#: Read by the authors of the actors/events rules before the first round.
SEEN = (
    "breitbart_2016-09-25_pence",
    "politico_2016-09-16_sanders",
    "wash-post_2016-09-26_charlotte",
    "nyt_2016-09-20_examining",
)
MIN_CHARS, MAX_CHARS = 1_000, 9_000
#: Round 4 takes the articles outside the band up to this length; the three longer
#: dev articles (17,000-22,000 characters) stay out.
ROUND4_MAX_CHARS = 12_000
#: Round 5 comes from the train split, drawn with its own seed.
TRAIN_SEED = 20261127
TRAIN_ROUND = 10
#: Session 7: round 6 (unseen test) and the training pool, one draw after round 5.
SESSION7_SEED = 2026112707
ROUND6 = 10
POOL = 30
#: How much of ``more_pool``'s order went to the pool, then to round 6.
MORE_POOL = 56
ROUND6_MORE = 20
#: Session 8: round 7, the unseen test set, continues ``more_pool``'s order.
ROUND7 = 30
#: Session 9: round 8, the next unseen test set, continues the same order.
ROUND8 = 30
#: Session 10: round 9, the next unseen test set, continues the same order.
ROUND9 = 30
#: Session 11: round 10, the next unseen test set, continues the same order.
ROUND10 = 30
#: Session 12: round 11, the next unseen test set, continues the same order.
ROUND11 = 30
#: Session 13: round 12, the next unseen test set, continues the same order.
ROUND12 = 30
#: Session 14: round 13, the next unseen test set, continues the same order.
ROUND13 = 30
#: Session 15: round 14, the next unseen test set, continues the same order.
ROUND14 = 30
#: Session 16: round 15, the next unseen test set, continues the same order.
ROUND15 = 30
#: Session 17: round 16, the next unseen test set, continues the same order.
ROUND16 = 30
#: Session 18: round 17, the next unseen test set, continues the same order.
ROUND17 = 30
#: Session 19: round 18, the next unseen test set, continues the same order.
ROUND18 = 30
#: Session 20: round 19, the next unseen test set, continues the same order.
ROUND19 = 30
#: Session 21: round 20, the next unseen test set, continues the same order.
ROUND20 = 30
#: Session 22: round 21, the next unseen test set, continues the same order.
ROUND21 = 30
#: Session 23: round 22, the next unseen test set, continues the same order.
ROUND22 = 30
#: Session 24: round 23, the next unseen test set, continues the same order.
ROUND23 = 30
#: Session 25: round 24, the last 25 in-band train articles no rule author has read.
ROUND24 = 25
#: Round 25: the first of the long train articles (outside the band), in their own seeded order.
SESSION26_SEED = 20261129
ROUND25 = 20


def in_band(text_dir: Path) -> list[str]:
    """Articles of a manageable length not read before the first round, sorted."""
    return [
        path.stem
        for path in sorted(text_dir.glob("*.txt"))
        if not path.stem.startswith(SEEN) and MIN_CHARS <= path.stat().st_size <= MAX_CHARS
    ]


def sample(text_dir: Path, how_many: int = sum(ROUNDS)) -> list[str]:
    """The first ``how_many`` articles of the seeded draw."""
    return random.Random(SEED).sample(in_band(text_dir), how_many)


def train_round(train_dir: Path) -> list[str]:
    """Round 5: a fresh draw from the train split, whose articles no round used."""
    return random.Random(TRAIN_SEED).sample(in_band(train_dir), TRAIN_ROUND)


def session7_draw(train_dir: Path) -> tuple[list[str], list[str]]:
    """Round 6 and the training pool: a new draw among the train articles round 5 left."""
    taken = set(train_round(train_dir))
    rest = [doc_id for doc_id in in_band(train_dir) if doc_id not in taken]
    drawn = random.Random(SESSION7_SEED).sample(rest, ROUND6 + POOL)
    return drawn[:ROUND6], drawn[ROUND6:]


def more_pool(train_dir: Path) -> list[str]:
    """The train articles left after rounds 5, 6 and the first pool, in a seeded order."""
    taken = set(train_round(train_dir)).union(*session7_draw(train_dir))
    rest = [doc_id for doc_id in in_band(train_dir) if doc_id not in taken]
    return random.Random(SESSION7_SEED + 1).sample(rest, len(rest))


def round6(train_dir: Path) -> list[str]:
    """Round 6: the first draw's ten, then its share of ``more_pool``."""
    return [*session7_draw(train_dir)[0], *_stretch(train_dir, 1)]


#: The stretches of ``more_pool`` in the order they were taken: the pool's share, round 6's
#: share, then rounds 7 onwards. A new round appends its size here and gets a one-line
#: ``roundN`` below.
MORE_POOL_STRETCHES = (
    MORE_POOL,
    ROUND6_MORE,
    ROUND7,
    ROUND8,
    ROUND9,
    ROUND10,
    ROUND11,
    ROUND12,
    ROUND13,
    ROUND14,
    ROUND15,
    ROUND16,
    ROUND17,
    ROUND18,
    ROUND19,
    ROUND20,
    ROUND21,
    ROUND22,
    ROUND23,
    ROUND24,
)


def _stretch(train_dir: Path, index: int) -> list[str]:
    """The ``index``-th stretch of ``more_pool``: the articles after every earlier stretch,
    so no two rounds share an article and each round continues the same seeded order."""
    start = sum(MORE_POOL_STRETCHES[:index])
    return more_pool(train_dir)[start : start + MORE_POOL_STRETCHES[index]]


def round7(train_dir: Path) -> list[str]:
    """Round 7: the stretch of ``more_pool`` after the pool's and round 6's shares."""
    return _stretch(train_dir, 2)


def round8(train_dir: Path) -> list[str]:
    """Round 8: the stretch of ``more_pool`` after round 7's."""
    return _stretch(train_dir, 3)


def round9(train_dir: Path) -> list[str]:
    """Round 9: the stretch of ``more_pool`` after round 8's."""
    return _stretch(train_dir, 4)


def round10(train_dir: Path) -> list[str]:
    """Round 10: the stretch of ``more_pool`` after round 9's."""
    return _stretch(train_dir, 5)


def round11(train_dir: Path) -> list[str]:
    """Round 11: the stretch of ``more_pool`` after round 10's."""
    return _stretch(train_dir, 6)


def round12(train_dir: Path) -> list[str]:
    """Round 12: the stretch of ``more_pool`` after round 11's."""
    return _stretch(train_dir, 7)


def round13(train_dir: Path) -> list[str]:
    """Round 13: the stretch of ``more_pool`` after round 12's."""
    return _stretch(train_dir, 8)


def round14(train_dir: Path) -> list[str]:
    """Round 14: the stretch of ``more_pool`` after round 13's."""
    return _stretch(train_dir, 9)


def round15(train_dir: Path) -> list[str]:
    """Round 15: the stretch of ``more_pool`` after round 14's."""
    return _stretch(train_dir, 10)


def round16(train_dir: Path) -> list[str]:
    """Round 16: the stretch of ``more_pool`` after round 15's."""
    return _stretch(train_dir, 11)


def round17(train_dir: Path) -> list[str]:
    """Round 17: the stretch of ``more_pool`` after round 16's."""
    return _stretch(train_dir, 12)


def round18(train_dir: Path) -> list[str]:
    """Round 18: the stretch of ``more_pool`` after round 17's."""
    return _stretch(train_dir, 13)


def round19(train_dir: Path) -> list[str]:
    """Round 19: the stretch of ``more_pool`` after round 18's."""
    return _stretch(train_dir, 14)


def round20(train_dir: Path) -> list[str]:
    """Round 20: the stretch of ``more_pool`` after round 19's."""
    return _stretch(train_dir, 15)


def round21(train_dir: Path) -> list[str]:
    """Round 21: the stretch of ``more_pool`` after round 20's."""
    return _stretch(train_dir, 16)


def round22(train_dir: Path) -> list[str]:
    """Round 22: the stretch of ``more_pool`` after round 21's."""
    return _stretch(train_dir, 17)


def round23(train_dir: Path) -> list[str]:
    """Round 23: the stretch of ``more_pool`` after round 22's."""
    return _stretch(train_dir, 18)


def round24(train_dir: Path) -> list[str]:
    """Round 24: the stretch of ``more_pool`` after round 23's (positions 586-610)."""
    return _stretch(train_dir, 19)


def long_train(train_dir: Path) -> list[str]:
    """The train articles longer than the band but short enough to annotate, in a seeded order."""
    longer = [
        path.stem
        for path in sorted(train_dir.glob("*.txt"))
        if MAX_CHARS < path.stat().st_size <= ROUND4_MAX_CHARS
    ]
    return random.Random(SESSION26_SEED).sample(longer, len(longer))


def round25(train_dir: Path) -> list[str]:
    """Round 25: the first ``ROUND25`` long train articles (outside the band, none annotated)."""
    return long_train(train_dir)[:ROUND25]


def pool(train_dir: Path) -> list[str]:
    """The training pool: the first draw's thirty, then its share of ``more_pool``."""
    return [*session7_draw(train_dir)[1], *_stretch(train_dir, 0)]


def rounds(text_dir: Path) -> list[list[str]]:
    """The draw cut into the annotation rounds."""
    drawn = sample(text_dir)
    cuts = [sum(ROUNDS[:i]) for i in range(len(ROUNDS) + 1)]
    return [drawn[a:b] for a, b in itertools.pairwise(cuts)]


def outside_band(text_dir: Path) -> list[str]:
    """Round 4: the dev articles the draw's length band left out, short enough to annotate."""
    return [
        path.stem
        for path in sorted(text_dir.glob("*.txt"))
        if not path.stem.startswith(SEEN)
        and not MIN_CHARS <= path.stat().st_size <= MAX_CHARS
        and path.stat().st_size <= ROUND4_MAX_CHARS
    ]


if __name__ == "__main__":
    text_dir = Path(sys.argv[1])
    drawn = [*rounds(text_dir), outside_band(text_dir)]
    if len(sys.argv) > 2:
        drawn.append(train_round(Path(sys.argv[2])))
        train_dir = Path(sys.argv[2])
        drawn.extend(
            [
                round6(train_dir),
                pool(train_dir),
                round7(train_dir),
                round8(train_dir),
                round9(train_dir),
                round10(train_dir),
                round11(train_dir),
                round12(train_dir),
                round13(train_dir),
                round14(train_dir),
                round15(train_dir),
                round16(train_dir),
                round17(train_dir),
                round18(train_dir),
                round19(train_dir),
                round20(train_dir),
                round21(train_dir),
                round22(train_dir),
                round23(train_dir),
                round24(train_dir),
                round25(train_dir),
            ]
        )
    names = ["1", "2", "3", "4", "5", "6", "pool", *(str(n) for n in range(7, 26))]
    for name, doc_ids in zip(names, drawn, strict=False):
        for doc_id in doc_ids:
            print(name, doc_id)
