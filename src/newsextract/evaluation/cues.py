"""The accusation-cue lexicon: which gold attributions count as allegations.

PolNeAR does not label allegations; it labels attributions with a cue. An
attribution is scored as an allegation when its cue contains one of these word
forms. The list is kept here, and only here, so that the gold side and the
prediction side of the allegation subset are always decided by the same rule.

It holds verbs and nouns that impute wrongdoing (accuse, allege, blame,
charge, criticise, condemn, denounce, attack, slam, smear, sue, indict ...)
and those that report the denial of an imputation (deny, reject, dispute,
refute). Plain assertion verbs ("claim", "say", "believe") are left out on
purpose: "claimed that" is usually neutral in news prose, and counting it would
make the subset mostly ordinary quotes. Word forms are listed explicitly rather
than matched by prefix, because prefixes misfire ("sue" would match "suggest").
"""

from __future__ import annotations

import re

__all__ = ["ACCUSATION_CUE_WORDS", "is_accusation_cue"]


def _forms(*groups: str) -> frozenset[str]:
    return frozenset(word for group in groups for word in group.split())


#: Lower-case word forms whose presence in a cue makes the attribution an allegation.
ACCUSATION_CUE_WORDS: frozenset[str] = _forms(
    "accuse accuses accused accusing accusation accusations accuser accusers accusatory",
    "allege alleges alleged alleging allegation allegations allegedly",
    "blame blames blamed blaming",
    "charge charges charged charging",
    "criticise criticises criticised criticising criticize criticizes criticized criticizing",
    "criticism criticisms critic critics critical",
    "condemn condemns condemned condemning condemnation condemnations",
    "denounce denounces denounced denouncing denunciation",
    "decry decries decried decrying",
    "deplore deplores deplored deploring",
    "lambast lambasts lambasted lambasting lambaste lambastes lambasting",
    "slam slams slammed slamming",
    "blast blasts blasted blasting",
    "attack attacks attacked attacking",
    "assail assails assailed assailing",
    "rebuke rebukes rebuked rebuking",
    "smear smears smeared smearing",
    "fault faults faulted faulting",
    "indict indicts indicted indicting indictment",
    "sue sues sued suing lawsuit lawsuits",
    "impugn impugns impugned impugning",
    "deny denies denied denying denial denials",
    "reject rejects rejected rejecting rejection",
    "refute refutes refuted refuting",
    "dispute disputes disputed disputing",
    "wrongdoing misconduct",
)

_WORD = re.compile(r"[^\W\d_]+")


def is_accusation_cue(cue_text: str) -> bool:
    """Whether a cue's words include an accusation or a denial of one."""
    return any(word.lower() in ACCUSATION_CUE_WORDS for word in _WORD.findall(cue_text))
