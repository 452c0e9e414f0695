"""The output does not depend on the process's string hashing (session 20 review).

``PYTHONHASHSEED`` changes the iteration order of sets of strings from one process to
the next. A rule that lets such an order reach its output (the order of records, their
ids, a tie broken by whichever comes first) writes another JSON in another process, which
the in-process determinism tests cannot see: two runs in one process share the seed. Two
subprocesses with different seeds extract one short made-up article with every plugin
and must write the same bytes. They run side by side, so the test costs about one model
load (a few seconds) and stays in the default run.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

#: A made-up article that gives every plugin something: names, pronouns, a candidate's
#: "we", quotations, an allegation, dated events, an organisation's "its".
TEXT = """Walsh Accuses Reed of Lying About Budget

DAYTON, Ohio - Senator Mary Walsh accused Governor Tom Reed on Monday of lying about the \
state budget, and she demanded an apology from him.

"We are ahead in the polls in every county, and we will win this race," Walsh told \
supporters at a rally. "He knows the numbers are wrong."

Reed rejected the charge. "The senator is making things up," he said in a statement on \
Tuesday. His campaign said it would ask the Ohio Ethics Commission to investigate her.

The Meridian Foundation, which backs Reed, raised its budget for ads, and the group's \
director praised the governor. Democrats in Washington criticized the foundation.
"""
#: Two random hash seeds (0 would switch the randomisation off).
SEEDS = ("1", "2718")


def _extraction(seed: str) -> subprocess.Popen[str]:
    """``newsextract extract -`` of :data:`TEXT` in a process hashing with ``seed``."""
    return subprocess.Popen(
        [sys.executable, "-m", "newsextract", "extract", "-", "--format", "jsonl",
         "--published", "2023-03-01"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        encoding="utf-8",
        env={**os.environ, "PYTHONHASHSEED": seed},
    )  # fmt: skip


def test_the_output_is_the_same_under_another_hash_seed() -> None:
    processes = [_extraction(seed) for seed in SEEDS]  # started together: one load's wait
    outputs = []
    for process in processes:
        out, err = process.communicate(TEXT, timeout=300)
        assert process.returncode == 0, err
        outputs.append(out)
    first, second = outputs
    extraction = json.loads(first)
    for kind in ("actors", "quotes", "allegations", "events"):
        assert extraction[kind], kind  # the article gives every plugin something to do
    assert first == second
