"""Why annotated events were missed: where in the events plugin they fall out (development aid).

Usage::

    newsextract evaluate-events tests/data/annotations/polnear-dev \
        --texts ../shared/data/polnear/dev/text --errors /tmp/errors.jsonl
    python plugins/events/scripts/missed_triggers.py /tmp/errors.jsonl [/tmp/errors2.jsonl ...] \
        ../shared/data/polnear/dev/text [--show] [--rank [--top N]]

For every missed gold event that no predicted trigger overlaps, says which of
three stages lost it, because each needs different work:

- *not in the lexicon*: no word of the trigger is a lexicon entry (coverage);
- *no trigger*: a lexicon word, but ``find_triggers`` did not fire on it
  (sense conditions, part of speech, particles);
- *dropped*: ``find_triggers`` fired, and the event was dropped after its
  roles were read (no participant with an actor, the ``needs`` filters, merging).

``--show`` lists the triggers per stage; ``--rank`` ranks, per stage, the
trigger lemmas (or, for dropped events, the ``needs`` condition of the sense)
by the number of different documents they are missed in: a fix worth making
recurs across documents. Several ``--errors`` files (e.g. both halves of a tuning
set) are read as one set. On articles kept unseen for measuring, print the
counts only.
"""

from __future__ import annotations

import argparse
import collections
import json
from pathlib import Path

from newsextract_events import lexicon, noun_lexicon
from newsextract_events.triggers import find_triggers

from newsextract.model import load_model

_KNOWN = (
    set(lexicon.VERBS)
    | set(lexicon.VERB_SENSES)
    | set(noun_lexicon.NOUNS)
    | set(noun_lexicon.ADJECTIVES)
    | {verb for verb, _particle in lexicon.PHRASAL}
)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "errors", type=Path, nargs="+", help="the --errors file(s) of evaluate-events"
    )
    parser.add_argument("texts", type=Path, help="folder of <doc_id>.txt")
    parser.add_argument("--show", action="store_true", help="list the triggers per stage")
    parser.add_argument(
        "--context", action="store_true", help="with --show: each trigger in its sentence"
    )
    parser.add_argument(
        "--rank", action="store_true", help="per stage, lemmas or conditions by documents"
    )
    parser.add_argument("--top", type=int, default=25, help="with --rank: rows per stage")
    args = parser.parse_args()
    nlp = load_model()
    stages: collections.Counter[str] = collections.Counter()
    examples: dict[str, list[str]] = collections.defaultdict(list)
    # stage -> lemma or condition -> documents it is missed in
    documents: dict[str, dict[str, set[str]]] = collections.defaultdict(
        lambda: collections.defaultdict(set)
    )
    lines = [line for path in args.errors for line in path.read_text(encoding="utf-8").splitlines()]
    for line in lines:
        record = json.loads(line)
        missed = [e["gold"] for e in record["missed"] if e["trigger_match"] is None]
        if not missed:
            continue
        path = args.texts / f"{record['doc_id']}.txt"
        with path.open(encoding="utf-8", newline="") as handle:
            doc = nlp(handle.read())
        fired = {trigger.token.i: trigger for trigger in find_triggers(doc)}
        for gold in missed:
            start, end = gold["at"]
            tokens = [t for t in doc if t.idx < end and t.idx + len(t) > start]
            known = [t for t in tokens if t.lemma_.lower() in _KNOWN]
            if not known:
                stage = "not in the lexicon"
            elif any(t.i in fired for t in tokens):
                stage = "dropped after its roles were read"
            else:
                stage = f"no trigger ({known[0].pos_})"
            stages[stage] += 1
            label = f"{gold['type']}:{gold['trigger']}"
            senses = [fired[t.i].sense for t in tokens if t.i in fired]
            if senses:
                # which condition the participants had to meet ("actor", "owned", ...)
                label += f" [{senses[0].type} needs={senses[0].needs}]"
            key = (
                f"{senses[0].type} needs={senses[0].needs}"
                if senses
                else " ".join(t.lemma_.lower() for t in tokens if not t.is_punct)
            )
            documents[stage][key].add(record["doc_id"])
            if args.context and tokens:
                sent = tokens[0].sent
                text = doc.text
                label = (
                    f"{label}  | {text[sent.start_char : start]}[[{text[start:end]}]]"
                    f"{text[end : sent.end_char]}".replace("\n", " ")
                )
            examples[stage].append(label)
    for stage, count in stages.most_common():
        print(f"{count:5d}  {stage}")
        if args.show and args.context:
            print("\n".join("       " + example for example in examples[stage]))
        elif args.show:
            print("       " + ", ".join(examples[stage]))
        if args.rank:
            ranked = sorted(documents[stage].items(), key=lambda item: (-len(item[1]), item[0]))
            print(
                "\n".join(f"       {len(docs):3d} docs  {key}" for key, docs in ranked[: args.top])
            )


if __name__ == "__main__":
    main()
