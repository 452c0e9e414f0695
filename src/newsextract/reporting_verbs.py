"""Verbs of saying: one list for the plugins that read who said what.

The quotes plugin takes such a verb next to a quotation as its cue; the actors
plugin takes its subject as the speaker of an adjacent quotation (for "I" and
"we" inside it). Both ask "is this a verb of saying?", so the words live here,
in the core package, which plugins may import (they never import each other);
each plugin adds the few verbs only its own question needs. The verbs of
committing oneself whose object does not control their infinitive
(:data:`SUBJECT_CONTROL_VERBS`) live here for the same reason: the actors and
events plugins both bind pronouns through them.
"""

from __future__ import annotations

from typing import Final

__all__ = ["SAY_VERBS", "SUBJECT_CONTROL_VERBS"]

#: Verbs that report speech whatever follows them.
SAY_VERBS: Final[frozenset[str]] = frozenset(
    [
        "say",
        "tell",
        "add",
        "write",
        "ask",
        "note",
        "report",
        "announce",
        "explain",
        "claim",
        "insist",
        "warn",
        "promise",
        "acknowledge",
        "admit",
        "declare",
        "state",
        "tweet",
        "post",
        "assert",
        "contend",
        "maintain",
        "stress",
        "emphasize",
        "emphasise",
        "reiterate",
        "confirm",
        "deny",
        "complain",
        "concede",
        "respond",
        "reply",
        "answer",
        "comment",
        "remark",
        "observe",
        "mention",
        "allege",
        "testify",
        "inform",
        "assure",
        "vow",
        "pledge",
        "threaten",
        "predict",
        "conclude",
        "caution",
        "counter",
        "retort",
        "joke",
        "quip",
        "boast",
        "lament",
        "proclaim",
        "recall",
        "argue",
        "suggest",
        "continue",
        "shout",
        "yell",
        "whisper",
        "muse",
        "wonder",
        "urge",
    ]
)


#: Verbs of committing oneself whose object does not control their infinitive ("promised
#: voters to cut taxes": the promiser cuts them, where "urged voters to" has the voters act).
#: The actors plugin's pronoun binding and the events plugin's participant pronouns both ask
#: it and must agree, so the words live here.
SUBJECT_CONTROL_VERBS: Final[frozenset[str]] = frozenset({"promise", "vow", "pledge"})
