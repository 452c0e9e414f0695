"""Train the learned role scorer's weights (newsextract_events/data/role_weights.json).

Usage (from the repository root)::

    pip install "numpy" "scipy>=1.10"        # training only; NOT runtime dependencies
    python plugins/events/scripts/train_event_roles.py \
        --annotations tests/data/annotations --texts ../shared/data/polnear/train/text \
        --out plugins/events/newsextract_events/data/role_weights.json

What it does (the session 17 experiment, /tmp/dev17/s17l: oracle_collect.py, build.py,
model.py, exp.py, ported):

1. Training documents: every annotation of the B folders ``polnear-train-round5`` ...
   ``polnear-train-round24`` and ``polnear-train-pool`` (661 articles; session 18 trained
   on rounds 5-16, session 25 added rounds 17-23, session 26 round 24, each an earlier
   session's unseen set). Round 25 is session 26's unseen test set: this tool never opens
   it (the folder list is fixed). ``--hold-out FOLDER`` leaves listed folders out, to
   measure the weights on them.
2. The "oracle-trigger world": the pipeline (``events.learned_roles=off``) runs with the
   rules' triggers plus every gold trigger head the rules missed (gold type), so the roles
   are learned on as many real events as possible with the rules' own role reading; this
   trained better than the rules' events alone (+0.6-0.8 F1 in 5-fold CV).
3. Per event aligned with a gold event (type + trigger, the evaluator's matching),
   candidates and features from :func:`newsextract_events.learned_roles.event_views`
   (the shipped code, so training and use cannot drift); the label of a role is NULL or
   every candidate whose actor has a mention overlapping the gold participant's actor.
   Events whose gold participant is not among the candidates are left out.
4. Conditional logit per role (softmax over NULL + candidates, the probability of the
   gold set maximised), L2 ``--lam`` (10), features seen at least twice, L-BFGS-B from
   zero (scipy, 500 iterations); weights with ``|w| < 0.01`` are left out.

The weights depend on the rules (their triggers and roles are features) and on the spaCy
model: retrain after large rule changes and re-measure. ``--parses``/``--records`` reuse a
cached ``DocBin`` of the same texts (development; the parse must be the pipeline's).
``--dump``/``--load`` keep the collected events (with their folder) in a JSONL file, to refit
with other settings or hold-outs without running the pipeline again (the oracle world does
not depend on the weights: the scorer is off while collecting).
The metrics in the header are carried over from ``--metrics-from`` unless ``--metrics``
gives the new weights' own (measured outside this tool, which does not score).

numpy and scipy are imported lazily and only here; the plugin itself needs neither.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from newsextract_events import learned_roles as lr

_HERE = Path(__file__).resolve().parent
if str(_HERE) not in sys.path:  # also when a test loads this file by its path
    sys.path.insert(0, str(_HERE))
from training_data import (  # noqa: E402  (the helpers beside this script)
    TRAIN_FOLDERS,
    Row,
    add_data_arguments,
    cached_parses,
    document_manifest,
    published_of,
    rows_of,
    training_files,
    training_folders,
)

Group = list[list[str]]


def _oracle_triggers(heads: dict[int, str]) -> Any:
    """Patch the events plugin's trigger finder: the rules' triggers plus the gold heads
    (``token index -> PLOVER type``) the rules left, as bare senses (oracle_collect.py)."""
    import newsextract_events.extract as ex
    from newsextract_events.lexicon import Sense
    from newsextract_events.triggers import Trigger, governor_of

    rules_find = ex.find_triggers

    def make(tok: Any, typ: str) -> Any:
        if tok.pos_ == "VERB":
            return Trigger(tok, Sense(typ), False)
        if tok.pos_ == "ADJ":
            return Trigger(tok, Sense(typ), True, tok.head)
        return Trigger(tok, Sense(typ), True, governor_of(tok))

    def patched(doc: Any) -> list[Any]:
        rules = rules_find(doc)
        taken = {t.token.i for t in rules} | {t.governor.i for t in rules if t.governor is not None}
        extra = [make(doc[i], typ) for i, typ in heads.items() if i not in taken]
        return sorted([*rules, *extra], key=lambda t: t.token.i)

    ex.find_triggers = patched
    return rules_find


def collect(args: argparse.Namespace) -> Iterator[Row]:
    """Per aligned event and role of every document of :data:`TRAIN_FOLDERS` (all folders:
    the hold-out split is applied when fitting): role, feature groups ``f``, 0/1 labels
    ``y`` (None when the gold participant is no candidate), document and folder."""
    import newsextract_events.extract as ex

    import newsextract
    from newsextract.documents import coerce_document
    from newsextract.evaluation.annotations import load_gold_dir
    from newsextract.evaluation.events_actors import _match_events
    from newsextract.parsing import parse

    pipe = newsextract.Pipeline(settings={"events": {"learned_roles": "off"}})
    gold = {}
    folder_of: dict[str, str] = {}
    for folder in TRAIN_FOLDERS:
        for g in load_gold_dir(args.annotations / folder, args.texts):
            gold[g.doc_id] = g
            folder_of[g.doc_id] = folder
    cached = cached_parses(args, pipe.nlp.vocab, gold)
    rules_find = ex.find_triggers
    t0 = time.time()
    for n, (doc_id, g) in enumerate(sorted(gold.items())):
        text = g.text
        doc = cached.get(doc_id) or parse(
            pipe.nlp, text, pipe.chunk_chars, truecase_headlines=pipe.truecase_headlines
        )
        assert doc.text == text
        heads: dict[int, str] = {}
        for ge in g.events:
            sp = doc.char_span(ge.trigger[0], ge.trigger[1], alignment_mode="expand")
            if sp is None or len(sp) == 0:
                continue
            h = next((t for t in sp if not (sp.start <= t.head.i < sp.end) or t.head is t), sp.root)
            heads.setdefault(h.i, ge.type)
        ex.find_triggers = rules_find
        _oracle_triggers(heads)
        document = coerce_document({"id": doc_id, "text": text, "published": published_of(doc_id)})
        ext = pipe._extract_doc(doc, document)
        ex.find_triggers = rules_find
        _, _, matches = _match_events(g, ext)
        aligned = {pi: gi for gi, pi in matches["type_trigger"]}
        gm = {a.id: a.mentions for a in g.actors}
        spans = {a.id: [(s.start, s.end) for s in a.mentions] for a in ext.actors}
        for ev in lr.event_views(ext, doc):
            if ev is None or ev.index not in aligned:
                continue
            ge = g.events[aligned[ev.index]]
            for role in lr.ROLES:
                gid = ge.agent if role == "agent" else ge.target
                if gid is None:
                    y: list[int] | None = [1] + [0] * len(ev.cands)
                else:
                    q = gm.get(gid, ())
                    hit = [
                        int(any(s[0] < b and a < s[1] for s in spans[c.actor] for a, b in q))
                        for c in ev.cands
                    ]
                    y = [0, *hit] if any(hit) else None
                yield {
                    "role": role,
                    "f": lr.feature_groups(ev, role),
                    "y": y,
                    "doc": doc_id,
                    "folder": folder_of[doc_id],
                }
        if (n + 1) % 50 == 0:
            print(f"{n + 1} documents, {time.time() - t0:.0f}s", file=sys.stderr, flush=True)


def role_data(
    rows: Sequence[Row], folders: Sequence[str]
) -> dict[str, tuple[list[Group], list[list[int]]]]:
    """Per role, the feature groups and labels to fit: the rows of the training folders
    (a held-out folder's rows are collected and dumped too, so one dump serves every
    hold-out) whose gold participant is among the candidates (``y`` is not None)."""
    data: dict[str, tuple[list[Group], list[list[int]]]] = {r: ([], []) for r in lr.ROLES}
    keep = set(folders)
    for row in rows:
        if row["y"] is not None and row["folder"] in keep:
            data[row["role"]][0].append(row["f"])
            data[row["role"]][1].append(row["y"])
    return data


def fit(groups: list[Group], labels: list[list[int]], lam: float, min_count: int = 2) -> Any:
    """L2-regularised conditional logit; returns (vocabulary, weights array)."""
    import numpy as np
    import scipy.sparse as sp
    from scipy.optimize import minimize

    count: dict[str, int] = {}
    for g in groups:
        for fl in g:
            for x in fl:
                count[x] = count.get(x, 0) + 1
    vocab = {x: i for i, x in enumerate(sorted(k for k, v in count.items() if v >= min_count))}
    rows, cols, r, offs = [], [], 0, [0]
    for g in groups:
        for fl in g:
            for x in fl:
                j = vocab.get(x)
                if j is not None:
                    rows.append(r)
                    cols.append(j)
            r += 1
        offs.append(r)
    X = sp.csr_matrix((np.ones(len(rows)), (rows, cols)), shape=(r, len(vocab)))
    o = np.array(offs)
    y = np.array([v for yy in labels for v in yy], dtype=float)
    seg = np.repeat(np.arange(len(groups)), np.diff(o))

    def loss_grad(w: Any) -> tuple[float, Any]:
        s = X @ w
        m = np.maximum.reduceat(s, o[:-1])
        e = np.exp(s - m[seg])
        z = np.add.reduceat(e, o[:-1])
        p = e / z[seg]
        ppos = np.add.reduceat(p * y, o[:-1])
        loss = -np.sum(np.log(ppos + 1e-12)) + 0.5 * lam * w @ w
        q = p * y / (ppos[seg] + 1e-12)
        return loss, X.T @ (p - q) + lam * w

    res = minimize(
        loss_grad, np.zeros(len(vocab)), jac=True, method="L-BFGS-B", options={"maxiter": 500}
    )
    return vocab, res.x


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    add_data_arguments(ap, "events")
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--lam", type=float, default=10.0)
    ap.add_argument(
        "--threshold",
        type=float,
        help="the override threshold of the decision (default: --metrics-from's, else 0.7)",
    )
    ap.add_argument(
        "--metrics", type=Path, help="JSON of measured numbers for the manifest (replaces the old)"
    )
    ap.add_argument(
        "--metrics-from",
        type=Path,
        default=Path(__file__).resolve().parents[1] / "newsextract_events/data/role_weights.json",
    )
    args = ap.parse_args()
    folders = training_folders(args.hold_out)
    files = training_files(args.annotations, folders)
    rows = rows_of(args, collect)
    data = role_data(rows, folders)
    weights: dict[str, dict[str, float]] = {}
    info: dict[str, dict[str, int]] = {"events": {}, "features": {}, "kept_weights": {}}
    for role in lr.ROLES:
        vocab, w = fit(data[role][0], data[role][1], args.lam)
        weights[role] = {
            k: round(float(w[i]), 5) for k, i in sorted(vocab.items()) if abs(w[i]) >= 0.01
        }
        info["events"][role] = len(data[role][0])
        info["features"][role] = len(vocab)
        info["kept_weights"][role] = len(weights[role])
        print(role, {k: v[role] for k, v in info.items()}, file=sys.stderr)
    previous: dict[str, Any] = {}
    if args.metrics_from and args.metrics_from.exists():
        previous = json.loads(args.metrics_from.read_text(encoding="utf-8"))
    root = args.annotations.resolve().parents[2]
    decision = previous.get("decision", {"rule": "fill+override", "threshold": 0.7})
    out = {
        "format_version": lr.FORMAT_VERSION,
        "model": "conditional logit: softmax over NULL + candidate actors, one weight vector "
        "per role, joint decode agent != target",
        "lam": args.lam,
        "min_count": 2,
        "optimizer": "L-BFGS-B (scipy), maxiter 500, w0 = 0",
        "prune": "weights with |w| < 0.01 left out; values rounded to 5 decimals",
        "feature_set": "full (with the rules' choices), preposition whitelist",
        "feature_hash": lr.FEATURE_HASH,
        "decision": {**decision, "threshold": args.threshold}
        if args.threshold is not None
        else decision,
        "training": {
            "world": "oracle triggers: the rules' events plus every gold trigger head the rules "
            "missed (gold type), roles and actors as the rules read them; labels = the gold "
            "agent/target actor among the candidates (events aligned on type+trigger)",
            "code": "scripts/train_event_roles.py",
            "folders": folders,
            "held_out": list(args.hold_out),
            **info,
            "texts": "PolNeAR train articles (../shared/data/polnear/train/text)",
            "documents": document_manifest(files, root),
        },
        "metrics": json.loads(args.metrics.read_text(encoding="utf-8"))
        if args.metrics
        else previous.get("metrics", {}),
        "provenance": previous.get("provenance", ""),
        "weights": weights,
    }
    args.out.write_text(json.dumps(out, indent=0, ensure_ascii=True), encoding="utf-8")


if __name__ == "__main__":
    main()
