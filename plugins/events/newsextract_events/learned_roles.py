"""A learned scorer that fills event roles the rules left empty (the last ``refine`` step).

Why: the rules read agent and target from the dependency tree and leave a role
empty whenever no pattern fits; a linear model trained on the project's own
PolNeAR annotations picks, per event and role, one of the candidate actors or
NULL (session 17). Measured on the final Extraction, "fill + override at
p >= 0.7" raised events type+agent+target F1 on half A 51.69 -> 52.49 and on a
B hold-out 29.77 -> 31.47; nearly every change fills an empty role.

What it sees: only the final :class:`~newsextract.Extraction` (actors, their
mentions, events and participants) and the spaCy parse. Candidates of an event
are the actors with a mention whose head is in the trigger's sentence or the one
before, plus the actors the rules chose and the speaker of the quote the trigger
is in (session 18; "quotation" means the quotes plugin's content spans). Features
carry NO content words:
dependency labels, POS/tags, entity labels, mention kind, actor type,
distances, quotation flags, negation, passive, the rules' own choices, and the
closed-class prepositions in :data:`PREPOSITIONS` (every other word on a path
is ``X``). Model: conditional logit, a softmax over NULL + candidates per role
(separate weights for agent and target), decoded jointly so agent != target.

Everything mirrors the experiment's ``build.py`` (features, with ``PREPWL=1``),
``model.py`` (scores) and ``exp.py`` (decision rules) exactly, so the weights
in ``data/role_weights.json`` mean what they meant when they were measured;
:data:`FEATURE_SPEC` is hashed into the weights file and checked on loading.
The work is linear in the document: sentence, quotation and mention-head
indexes are built once, and each event looks only at two sentences.
"""

from __future__ import annotations

import functools
import hashlib
import itertools
import json
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from importlib import resources
from typing import Any, Literal

from spacy.tokens import Doc, Token

from newsextract import Event, Extraction, Participant, Quote, Span

__all__ = [
    "CONTROVERSY_MODE",
    "FEATURE_HASH",
    "FORMAT_VERSION",
    "MODES",
    "NULL_AGENT_MODES",
    "NULL_TARGET_MODES",
    "OFFICE_MODE",
    "PRESSED_MODE",
    "UNADDRESSED_MODE",
    "UNNAMED_MODE",
    "Weights",
    "apply_learned_roles",
    "load_weights",
    "role_probabilities",
]

#: Values of the ``learned_roles`` setting: ``off`` leaves the rules' output
#: untouched, ``fill`` fills empty roles (and overrides a filled one only at
#: p >= the threshold in the weights file), ``replace`` takes the scorer's choice.
MODES = ("off", "fill", "replace")
#: The event mode of a job or office held with no employer named (rulings of rounds 19-20:
#: "served as U.S. attorney", "X, a law professor"): its null target is the gold's reading,
#: which the scorer, trained before those rulings, would fill with a nearby actor.
OFFICE_MODE = "office"
#: The event mode of a refusal or an advocacy addressed to nobody: a question or an attack
#: evaded, a demurral (rulings of rounds 5 and 10: "evades reporter's question" is REJECT with
#: no target even when the asker is named), an authorless proposition rejected ("rejected the
#: idea that X would lose": the scorer would take X), a plan championed or floated ("Sanders
#: championed the idea", rounds 14-15: REQUEST with no addressee).
UNADDRESSED_MODE = "unaddressed"
#: The event mode of backing or money for a candidate no one in particular is ("free to
#: support either candidate", "donated to candidates"; `roles.without_any_candidate`): a
#: null target the gold codes, which the scorer would fill with the story's candidate.
UNNAMED_MODE = "unnamed"
#: Event modes whose empty target the scorer must leave empty.
NULL_TARGET_MODES = frozenset({OFFICE_MODE, UNADDRESSED_MODE, UNNAMED_MODE})
#: The event mode of a controversy about someone ("the controversy over X's ties"): criticism
#: by nobody in particular, whose null agent is the gold's reading (rounds 17-21); the scorer
#: would fill it with a nearby actor.
CONTROVERSY_MODE = "controversy"
#: The event mode of pressure someone is under, feels or faces ("the administration, under
#: growing pressure", "Ryan is feeling some pressure", "has faced little pressure"): with no
#: "from"-phrase the gold's agent is null (round 12: "pressure with no one applying it" is
#: REQUEST with no agent); the scorer would fill a nearby actor (an ally named in the next
#: clause, a pronoun of the one pressed).
PRESSED_MODE = "pressed"
#: Event modes whose empty agent the scorer must leave empty.
NULL_AGENT_MODES = frozenset({CONTROVERSY_MODE, PRESSED_MODE})
Mode = Literal["off", "fill", "replace"]
#: Version of the weights file layout this module reads.
FORMAT_VERSION = 1
ROLES = ("agent", "target")

PRONOUNS = frozenset(
    [
        "i",
        "me",
        "my",
        "we",
        "us",
        "our",
        "you",
        "your",
        "he",
        "him",
        "his",
        "she",
        "her",
        "it",
        "its",
        "they",
        "them",
        "their",
        "himself",
        "herself",
        "themselves",
        "itself",
        "who",
        "whom",
        "whose",
        "which",
        "that",
        "ourselves",
        "mine",
        "ours",
        "theirs",
        "hers",
    ]
)
#: Closed-class words allowed inside path features; any other word is "X" (so a
#: name the parser takes for a preposition never reaches the weights).
PREPOSITIONS = frozenset(
    [
        "about",
        "according",
        "after",
        "against",
        "along",
        "among",
        "around",
        "as",
        "at",
        "because",
        "before",
        "behind",
        "between",
        "beyond",
        "by",
        "despite",
        "during",
        "following",
        "for",
        "from",
        "in",
        "including",
        "into",
        "like",
        "of",
        "on",
        "out",
        "over",
        "through",
        "to",
        "toward",
        "towards",
        "under",
        "with",
        "without",
        "within",
        "upon",
        "across",
        "than",
        "since",
        "until",
        "via",
        "per",
        "amid",
    ]
)
MAX_PATH = 4
#: Sentences longer than this (in tokens) keep the rules' roles. A run-on "sentence" (a list,
#: a transcript without full stops, bad input) holds many events and many mentions, and
#: comparing every event with every mention through their dependency paths would grow with
#: the square of its length; news sentences stay far below it (none of the tuning articles'
#: event sentences reaches it), so the scores do not move.
MAX_SENTENCE_TOKENS = 150
_DIST_EDGES = (0, 1, 2, 3, 5, 8, 12, 20)
_PLEN_EDGES = (0, 1, 2, 3, 4, 6)
_NSAME_EDGES = (0, 1, 2, 4)
_NCAND_EDGES = (0, 1, 2, 3, 5, 8)

#: Everything that decides which feature strings exist; its hash is stored with the
#: weights so a change here cannot silently meet old weights.
FEATURE_SPEC = json.dumps(
    {
        "version": "s18-quotes-speaker",
        "tokens": "compared by index (rel, grel, tih, gpos live)",
        "pronouns": sorted(PRONOUNS),
        "prepositions": sorted(PREPOSITIONS),
        "max_path": MAX_PATH,
        "edges": [_DIST_EDGES, _PLEN_EDGES, _NSAME_EDGES, _NCAND_EDGES],
        "candidate": "path rel t|rel tpos|rel pas|rel pas|path grel tdep|grel t|tdep|grel "
        "first t|first last t|last ups plen dist side tpos|side t|side pas|side win kind "
        "kind|rel atype t|atype ent hdep hpron mq sameq tq|mq nsame tih tdep|tih rank t|rank "
        "tpos|rank neg|rel ra rt t|ra t|rt ra|rel rt|rel ra|win rt|win ra|rt ra|kind rt|kind "
        "t|path tpos|path bias_cand spk t|spk tq|spk kind|spk",
        "null": "NULL t tpos tdep pas subj obj ncand tq gpos t|subj t|obj neg rnull t|rnull "
        "onull rnull|onull tpos|rnull",
        "window": "trigger sentence + previous; rule actors outside as 'out'; the speaker "
        "of the quote around the trigger as 'speaker'",
        "quotes": "content spans of the quotes plugin, innermost speaker",
        "path": "ancestor chains cut at max_path; longer paths LONG",
    },
    sort_keys=True,
)
FEATURE_HASH = hashlib.sha256(FEATURE_SPEC.encode("utf-8")).hexdigest()[:16]


@dataclass(frozen=True)
class Weights:
    """The shipped model: a weight per feature string and role, and the decision rule."""

    agent: Mapping[str, float]
    target: Mapping[str, float]
    threshold: float
    header: Mapping[str, Any] = field(default_factory=dict)

    def of(self, role: str) -> Mapping[str, float]:
        return self.agent if role == "agent" else self.target


def check_weights_header(
    data: Mapping[str, Any], what: str, format_version: int, feature_hash: str, script: str
) -> dict[str, Any]:
    """The header of a learned model's weights file, once its format and feature hash match
    the code reading it (why: weights trained on other features score silently wrong; the
    role scorer and the trigger gate share this check)."""
    if data.get("format_version") != format_version:
        raise ValueError(
            f"{what} weights have format {data.get('format_version')!r}, this code reads "
            f"{format_version}"
        )
    if data.get("feature_hash") != feature_hash:
        raise ValueError(
            f"{what} weights were trained on features {data.get('feature_hash')!r}, this code "
            f"computes {feature_hash}: retrain with scripts/{script}"
        )
    return {k: v for k, v in data.items() if k != "weights"}


def weights_from_json(data: Mapping[str, Any]) -> Weights:
    """Check a weights file's header against this module and wrap its weights."""
    header = check_weights_header(
        data, "role", FORMAT_VERSION, FEATURE_HASH, "train_event_roles.py"
    )
    weights = data["weights"]
    return Weights(
        agent=dict(weights["agent"]),
        target=dict(weights["target"]),
        threshold=float(data["decision"]["threshold"]),
        header=header,
    )


@functools.cache
def load_weights() -> Weights:
    """The weights shipped in ``data/role_weights.json``, read once per process."""
    text = (
        resources.files("newsextract_events")
        .joinpath("data", "role_weights.json")
        .read_text(encoding="utf-8")
    )
    return weights_from_json(json.loads(text))


# -- features ---------------------------------------------------------------------------


def _word(tok: Token) -> str:
    w: str = tok.lower_
    return w if w in PREPOSITIONS else "X"


def _bucket(n: int, edges: Sequence[int] = _DIST_EDGES) -> str:
    for e in edges:
        if n <= e:
            return str(e)
    return "big"


def _kind(text: str) -> str:
    words = text.split()
    if not words:
        return "desc"
    if text.strip().lower() in PRONOUNS:
        return "pron"
    return "name" if words[-1][:1].isupper() else "desc"


def quote_flags(doc: Doc, quotes: Sequence[Quote]) -> tuple[list[bool], dict[int, str]]:
    """Per token: inside what a quote's content covers; and, per such token, the speaker
    of the innermost quote (an event told inside a quote is often the speaker's own).

    The quotes plugin's spans, not a scan of quotation marks: they also cover reported
    speech, and the extraction carries them already (review, session 17).
    """
    flags = [False] * len(doc)
    speaker: dict[int, str] = {}
    spans = sorted(
        ((c.start, c.end, q.speaker) for q in quotes for c in q.content),
        key=lambda x: x[0] - x[1],  # longest first, so the innermost quote's speaker wins
    )
    for start, end, who in spans:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            continue
        for i in range(span.start, span.end):
            flags[i] = True
            if who is not None:
                speaker[i] = who
    return flags, speaker


Step = tuple[str, str, str]


def _ancestors(t: Token, limit: int) -> list[Token]:
    """``t`` and at most ``limit`` of its ancestors (a deep tree is not walked to the root)."""
    chain = [t]
    while len(chain) <= limit and chain[-1].head.i != chain[-1].i:
        chain.append(chain[-1].head)
    return chain


def _path(a: Token, b: Token) -> list[Step] | None:
    """Dependency path from ``a`` up to the common ancestor and down to ``b``; None when it
    is longer than :data:`MAX_PATH` (a feature calls every such path "LONG" anyway, so the
    ancestor chains are cut at that depth: review, session 17)."""
    anc_a = _ancestors(a, MAX_PATH)
    anc_b = _ancestors(b, MAX_PATH)
    index_b = {t.i: k for k, t in enumerate(anc_b)}
    lca = next((k for k, t in enumerate(anc_a) if t.i in index_b), None)
    if lca is None or lca + index_b[anc_a[lca].i] > MAX_PATH:
        return None
    up = anc_a[:lca]
    down = list(reversed(anc_b[: index_b[anc_a[lca].i]]))

    def step(d: str, t: Token) -> Step:
        return (d, t.dep_, _word(t) if t.dep_ in ("prep", "agent") else "")

    return [step("U", t) for t in up] + [step("D", t) for t in down]


def _path_str(steps: list[Step] | None) -> str:
    if steps is None:
        return "LONG"
    return " ".join(f"{d}:{dep}" + (f"({w})" if w else "") for d, dep, w in steps)


def _arc(s: Step) -> str:
    return f"{s[0]}:{s[1]}" + (f"({s[2]})" if s[2] else "")


@dataclass
class Candidate:
    """One actor an event's role may take, with the mention the features describe."""

    actor: str
    mention: tuple[int, int]
    f: dict[str, str]


@dataclass
class EventView:
    """What the scorer knows of one event."""

    index: int
    f: dict[str, str]
    rule: dict[str, str | None]
    cands: list[Candidate]


@dataclass(frozen=True)
class _Mention:
    start: int
    end: int
    head: Token
    kind: str


class _DocIndex:
    """Per-document indexes, built once: sentence of each token, quotation flags,
    mention heads per actor and the mentions of each sentence."""

    def __init__(self, doc: Doc, extraction: Extraction) -> None:
        self.doc = doc
        self.sent_of = [0] * len(doc)
        self.sent_len: list[int] = []
        for si, sent in enumerate(doc.sents):
            self.sent_len.append(len(sent))
            for i in range(sent.start, sent.end):
                self.sent_of[i] = si
        self.qflags, self.speaker = quote_flags(doc, extraction.quotes)
        self.actor_order = {a.id: k for k, a in enumerate(extraction.actors)}
        self.actor_type = {a.id: a.type for a in extraction.actors}
        #: where each quote's speaker is named (a candidate for the events the quote tells)
        self.speaker_mention = {
            q.speaker: q.speaker_mention
            for q in extraction.quotes
            if q.speaker is not None and q.speaker_mention is not None
        }
        self.by_sent: dict[int, list[tuple[str, _Mention]]] = {}
        #: mentions of an actor per sentence (so no event scans an actor's every mention)
        self.count_in_sent: dict[tuple[str, int], int] = {}
        for a in extraction.actors:
            for m in a.mentions:
                h = self.head_of(m.start, m.end)
                if h is not None:
                    mention = _Mention(m.start, m.end, h, _kind(m.text))
                    si = self.sent_of[h.i]
                    self.by_sent.setdefault(si, []).append((a.id, mention))
                    self.count_in_sent[a.id, si] = self.count_in_sent.get((a.id, si), 0) + 1

    def head_of(self, start: int, end: int) -> Token | None:
        span = self.doc.char_span(start, end, alignment_mode="expand")
        if span is None or len(span) == 0:
            return None
        root: Token = span.root
        return root


def _outside_mention(
    aid: str,
    rule: Mapping[str, str | None],
    rule_m: Mapping[str, tuple[int, int]],
    speakers: Mapping[str, Span],
) -> tuple[int, int] | None:
    """Where an actor outside the two sentences is named: the rules' mention of the role
    it fills, else the mention of it as the speaker of the quote the trigger is in."""
    for role in ROLES:
        if aid == rule[role] and role in rule_m:
            return rule_m[role]
    named = speakers.get(aid)
    return (named.start, named.end) if named is not None else None


def _event_view(ix: _DocIndex, ei: int, e: Event, text: str) -> EventView | None:
    trig = ix.head_of(e.trigger.start, e.trigger.end)
    if trig is None:
        return None
    si = ix.sent_of[trig.i]
    if ix.sent_len[si] > MAX_SENTENCE_TOKENS:
        return None  # a run-on sentence keeps the rules' roles (see MAX_SENTENCE_TOKENS)
    rule: dict[str, str | None] = {"agent": None, "target": None}
    rule_m: dict[str, tuple[int, int]] = {}
    for p in e.participants:
        if p.role in rule and p.actor is not None and rule[p.role] is None:
            rule[p.role] = p.actor
            rule_m[p.role] = (p.mention.start, p.mention.end)
    gov = trig.head if trig.head.i != trig.i else None
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in trig.children)
    neg = any(c.dep_ == "neg" for c in trig.children) or (
        gov is not None and any(c.dep_ == "neg" for c in gov.children)
    )
    tq = ix.qflags[trig.i]
    ev = {
        "type": e.type,
        "tpos": trig.pos_,
        "ttag": trig.tag_,
        "tdep": trig.dep_,
        "gpos": gov.pos_ if gov is not None else "ROOT",
        "passive": str(passive),
        "neg": str(neg),
        "has_subj": str(any(c.dep_ in ("nsubj", "nsubjpass") for c in trig.children)),
        "has_obj": str(any(c.dep_ == "dobj" for c in trig.children)),
        "tq": str(tq),
    }
    # actors with a mention head in the trigger's sentence or the one before, in actor order
    window: dict[str, list[_Mention]] = {}
    for s in (si - 1, si):
        for aid, m in ix.by_sent.get(s, ()):
            window.setdefault(aid, []).append(m)
    speaker = ix.speaker.get(trig.i)
    extra = {a for a in (*rule.values(), speaker) if a is not None and a in ix.actor_order}
    ids = set(window) | extra
    cands: list[Candidate] = []
    for aid in sorted(ids, key=ix.actor_order.__getitem__):
        inwin = window.get(aid, [])
        best: tuple[tuple[int, int, int], _Mention, list[Step] | None, bool] | None = None
        for m in inwin:
            h = m.head
            same = ix.sent_of[h.i] == si
            st = _path(trig, h) if same else None
            plen = len(st) if st is not None else 99
            key = (0 if same else 1, plen, abs(h.i - trig.i))
            if best is None or key < best[0]:
                best = (key, m, st, same)
        if best is None:
            # an actor the rules chose outside the window: described by the rules' mention;
            # the quote's speaker, by where the quote names it
            rs = _outside_mention(aid, rule, rule_m, ix.speaker_mention)
            if rs is None:
                continue
            rh = ix.head_of(*rs)
            if rh is None:
                continue
            m = _Mention(rs[0], rs[1], rh, _kind(text[rs[0] : rs[1]]))
            best = ((2, 99, abs(rh.i - trig.i)), m, None, False)
            where = "out" if aid in rule.values() else "speaker"
        else:
            where = "same" if best[3] else "prev"
        _, m, st, _same = best
        h = m.head
        n_same = ix.count_in_sent.get((aid, si), 0)
        f: dict[str, str] = {}
        f["path"] = _path_str(st) if where == "same" else where.upper()
        f["plen"] = _bucket(len(st) if st else 99, _PLEN_EDGES)
        f["firstarc"] = _arc(st[0]) if st else where
        f["lastarc"] = _arc(st[-1]) if st else where
        f["ups"] = str(sum(1 for s in st if s[0] == "U")) if st else where
        f["dist"] = _bucket(abs(h.i - trig.i))
        f["side"] = "before" if h.i < trig.i else "after"
        f["window"] = where
        f["kind"] = m.kind
        f["atype"] = ix.actor_type[aid]
        f["ent"] = h.ent_type_ or "-"
        f["hdep"] = h.dep_
        f["hpron"] = h.lower_ if h.lower_ in PRONOUNS else "-"
        f["mq"] = str(ix.qflags[h.i])
        f["sameq"] = str(ix.qflags[h.i] == tq)
        f["nsame"] = _bucket(n_same, _NSAME_EDGES)
        rel = "-"
        if h.head.i == trig.i and h.i != trig.i:
            rel = h.dep_
        elif h.head.head.i == trig.i and h.head.dep_ in ("prep", "agent"):
            rel = f"{h.head.dep_}({_word(h.head)})>{h.dep_}"
        elif h.dep_ == "poss" and h.head.head.i == trig.i:
            rel = f"poss-of-{h.head.dep_}"
        f["rel"] = rel
        grel = "-"
        if gov is not None and h.head.i == gov.i and h.i != trig.i:
            grel = h.dep_
        elif gov is not None and h.head.head.i == gov.i and h.head.dep_ in ("prep", "agent"):
            grel = f"{h.head.dep_}({_word(h.head)})>{h.dep_}"
        f["grel"] = grel
        f["trig_is_head"] = str(trig.head.i == h.i)
        f["spk"] = str(aid == speaker)
        f["rule_a"] = str(aid == rule["agent"])
        f["rule_t"] = str(aid == rule["target"])
        cands.append(Candidate(aid, (m.start, m.end), f))
    before = sorted(
        (c for c in cands if c.f["side"] == "before" and c.f["window"] not in ("out", "speaker")),
        key=lambda c: -c.mention[0],
    )
    after = sorted(
        (c for c in cands if c.f["side"] == "after" and c.f["window"] not in ("out", "speaker")),
        key=lambda c: c.mention[0],
    )
    for k, c in enumerate(before):
        c.f["rank"] = f"b{min(k, 3)}"
    for k, c in enumerate(after):
        c.f["rank"] = f"a{min(k, 3)}"
    for c in cands:
        c.f.setdefault("rank", "x")
    ev["ncand"] = _bucket(len(cands), _NCAND_EDGES)
    return EventView(ei, ev, rule, cands)


def candidate_features(ev: EventView, c: Candidate) -> list[str]:
    """The feature strings of one candidate (the same for both roles; weights differ)."""
    f, e = c.f, ev.f
    t = e["type"]
    ra, rt = f["rule_a"], f["rule_t"]
    return [
        "bias_cand",
        f"path={f['path']}",
        f"t|path={t}|{f['path']}",
        f"tpos|path={e['tpos']}|{f['path']}",
        f"rel={f['rel']}",
        f"t|rel={t}|{f['rel']}",
        f"tpos|rel={e['tpos']}|{f['rel']}",
        f"pas|rel={e['passive']}|{f['rel']}",
        f"pas|path={e['passive']}|{f['path']}",
        f"grel={f['grel']}",
        f"tdep|grel={e['tdep']}|{f['grel']}",
        f"t|tdep|grel={t}|{e['tdep']}|{f['grel']}",
        f"first={f['firstarc']}",
        f"t|first={t}|{f['firstarc']}",
        f"last={f['lastarc']}",
        f"t|last={t}|{f['lastarc']}",
        f"ups={f['ups']}",
        f"plen={f['plen']}",
        f"dist={f['dist']}",
        f"side={f['side']}",
        f"tpos|side={e['tpos']}|{f['side']}",
        f"t|side={t}|{f['side']}",
        f"pas|side={e['passive']}|{f['side']}",
        f"win={f['window']}",
        f"kind={f['kind']}",
        f"kind|rel={f['kind']}|{f['rel']}",
        f"atype={f['atype']}",
        f"t|atype={t}|{f['atype']}",
        f"ent={f['ent']}",
        f"hdep={f['hdep']}",
        f"hpron={f['hpron']}",
        f"mq={f['mq']}",
        f"sameq={f['sameq']}",
        f"tq|mq={e['tq']}|{f['mq']}",
        f"nsame={f['nsame']}",
        f"tih={f['trig_is_head']}",
        f"tdep|tih={e['tdep']}|{f['trig_is_head']}",
        f"rank={f['rank']}",
        f"t|rank={t}|{f['rank']}",
        f"tpos|rank={e['tpos']}|{f['rank']}",
        f"neg|rel={e['neg']}|{f['rel']}",
        f"ra={ra}",
        f"rt={rt}",
        f"t|ra={t}|{ra}",
        f"t|rt={t}|{rt}",
        f"ra|rel={ra}|{f['rel']}",
        f"rt|rel={rt}|{f['rel']}",
        f"ra|win={ra}|{f['window']}",
        f"rt|win={rt}|{f['window']}",
        f"ra|rt={ra}|{rt}",
        f"ra|kind={ra}|{f['kind']}",
        f"rt|kind={rt}|{f['kind']}",
        f"spk={f['spk']}",
        f"t|spk={t}|{f['spk']}",
        f"tq|spk={e['tq']}|{f['spk']}",
        f"kind|spk={f['kind']}|{f['spk']}",
    ]


def null_features(ev: EventView, role: str) -> list[str]:
    """The feature strings of the NULL choice for ``role``."""
    e = ev.f
    t = e["type"]
    rn = str(ev.rule[role] is None)
    on = str(ev.rule["target" if role == "agent" else "agent"] is None)
    return [
        "NULL",
        f"N|t={t}",
        f"N|tpos={e['tpos']}",
        f"N|tdep={e['tdep']}",
        f"N|pas={e['passive']}",
        f"N|subj={e['has_subj']}",
        f"N|obj={e['has_obj']}",
        f"N|ncand={e['ncand']}",
        f"N|tq={e['tq']}",
        f"N|gpos={e['gpos']}",
        f"N|t|subj={t}|{e['has_subj']}",
        f"N|t|obj={t}|{e['has_obj']}",
        f"N|neg={e['neg']}",
        f"N|rnull={rn}",
        f"N|t|rnull={t}|{rn}",
        f"N|onull={on}",
        f"N|rnull|onull={rn}|{on}",
        f"N|tpos|rnull={e['tpos']}|{rn}",
    ]


def feature_groups(ev: EventView, role: str) -> list[list[str]]:
    """Feature lists of NULL (index 0) and of each candidate, for ``role``."""
    return [null_features(ev, role)] + [candidate_features(ev, c) for c in ev.cands]


# -- scoring and decisions -----------------------------------------------------------------


def role_probabilities(groups: Sequence[Sequence[str]], w: Mapping[str, float]) -> list[float]:
    """Softmax over the summed weights of each choice's features (unknown features weigh 0)."""
    scores = [math.fsum(w.get(x, 0.0) for x in g) for g in groups]
    top = max(scores)
    exps = [math.exp(s - top) for s in scores]
    z = sum(exps)
    return [x / z for x in exps]


def decide(
    ev: EventView, pa: Sequence[float], pt: Sequence[float], mode: Mode, threshold: float
) -> dict[str, str | None]:
    """The agent and target the event ends with.

    The joint choice maximises p(agent) * p(target) with agent != target. ``fill``
    keeps every role the rules filled unless the scorer's different choice has
    p >= ``threshold`` (the experiment's "fill + override"); ``replace`` takes the
    joint choice. If the result makes agent == target, the rules' reading stays.
    """
    names: list[str | None] = [None, *(c.actor for c in ev.cands)]
    best, bi = -1.0, (0, 0)
    for i, j in itertools.product(range(len(names)), range(len(names))):
        if i and j and names[i] == names[j]:
            continue
        v = pa[i] * pt[j]
        if v > best:
            best, bi = v, (i, j)
    choice = {"agent": names[bi[0]], "target": names[bi[1]]}
    probs = {"agent": pa, "target": pt}
    out: dict[str, str | None] = {}
    for role in ROLES:
        r, c = ev.rule[role], choice[role]
        if mode == "replace":
            out[role] = c
        elif mode == "fill":
            pc = probs[role][names.index(c)]
            out[role] = c if (r is None or (c != r and pc >= threshold)) else r
        else:
            out[role] = r
    if out["agent"] is not None and out["agent"] == out["target"]:
        return dict(ev.rule)
    return out


def _rebuilt(e: Event, ev: EventView, ch: Mapping[str, str | None], text: str) -> Event | None:
    """The event with the chosen roles; None when it ends with neither agent nor target
    (the experiment dropped such an event: a PLOVER event needs a participant)."""
    parts = [p for p in e.participants if p.role not in ROLES]
    for role in ROLES:
        actor = ch[role]
        if actor is None:
            continue
        if actor == ev.rule[role]:
            parts += [p for p in e.participants if p.role == role][:1]
        else:
            c = next(c for c in ev.cands if c.actor == actor)
            s, t = c.mention
            parts.append(Participant(role=role, actor=actor, mention=Span.of(text, s, t)))
    order = {"agent": 0, "target": 1}
    parts.sort(key=lambda p: order.get(p.role, 2))
    if not any(p.role in ROLES and p.actor for p in parts):
        return None
    return e.model_copy(update={"participants": parts})


def event_views(extraction: Extraction, doc: Doc) -> list[EventView | None]:
    """Candidates and features of every event (None where the trigger has no token)."""
    ix = _DocIndex(doc, extraction)
    return [_event_view(ix, ei, e, extraction.text) for ei, e in enumerate(extraction.events)]


def apply_learned_roles(
    extraction: Extraction, doc: Doc, mode: str, weights: Weights | None = None
) -> Extraction | None:
    """The extraction with agent/target chosen by the learned scorer; None if nothing changes.

    ``mode`` is the ``learned_roles`` setting (:data:`MODES`); ``off`` returns None
    so the rules' output passes unchanged.
    """
    if mode not in MODES:
        raise ValueError(f"learned_roles must be one of {', '.join(MODES)}, not {mode!r}")
    if mode == "off" or not extraction.events:
        return None
    w = weights or load_weights()
    m: Mode = "fill" if mode == "fill" else "replace"
    events: list[Event] = []
    dropped: set[str] = set()
    changed = False
    for e, ev in zip(extraction.events, event_views(extraction, doc), strict=True):
        if ev is None:
            events.append(e)
            continue
        pa = role_probabilities(feature_groups(ev, "agent"), w.agent)
        pt = role_probabilities(feature_groups(ev, "target"), w.target)
        ch = decide(ev, pa, pt, m, w.threshold)
        if e.mode in NULL_TARGET_MODES and ev.rule["target"] is None:
            ch = {**ch, "target": None}  # a null target the rules meant (an office, round 19)
        if e.mode in NULL_AGENT_MODES and ev.rule["agent"] is None:
            ch = {**ch, "agent": None}  # a null agent the rules meant (a controversy)
        if ch == ev.rule:
            events.append(e)
            continue
        changed = True
        new = _rebuilt(e, ev, ch, extraction.text)
        if new is None:
            dropped.add(e.id)
        else:
            events.append(new)
    if not changed:
        return None
    if dropped:  # no record may point at a dropped event
        events = [
            e.model_copy(update={"related": [r for r in e.related if r not in dropped]})
            if any(r in dropped for r in e.related)
            else e
            for e in events
        ]
    return extraction.model_copy(update={"events": events})
