"""Which words make an allegation, and what each one expects around it.

Kept as data, apart from the syntax code, because the vocabulary is what a
user most often wants to extend and what most often goes wrong: many
accusation verbs have an innocent sense ("charged the battery", "attacked the
base"), so each verb says which complement it needs before it counts.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = [
    "ACCUSATION_NOUNS",
    "ADJECTIVES",
    "CLAIM_NOUNS",
    "DENIAL_VERBS",
    "DISMISSIVE_WORDS",
    "FIRST_PERSON",
    "NEGATING_HEADS",
    "PEOPLE_NOUNS",
    "RECEIVING_VERBS",
    "TARGETED_NOUNS",
    "VERBS",
    "WRONGDOING_NOUNS",
    "VerbCue",
]


@dataclass(frozen=True)
class VerbCue:
    """How an accusation verb carries its claim.

    ``preps`` are the prepositions that introduce the claim ("accused X *of* Y");
    ``clause`` says whether a that-clause can be the claim ("alleged that ...");
    ``needs`` names what must be present for the verb to count at all, for the
    verbs whose everyday sense is not an accusation: ``"prep"`` (the claim
    preposition), ``"clause"`` (a that-clause with its own subject), or
    ``"prep_or_clause"``; ``None`` means the verb alone is enough.
    ``party_object`` lets a named person or organisation as object stand in
    for what ``needs`` asks ("Clinton attacked Trump", "police charged Lee").
    """

    preps: tuple[str, ...] = ()
    clause: bool = False
    needs: str | None = None
    party_object: bool = False


#: Verbs that impute wrongdoing to someone, by lemma (British and US spellings).
VERBS: dict[str, VerbCue] = {
    "accuse": VerbCue(preps=("of",)),
    "allege": VerbCue(clause=True),
    "blame": VerbCue(preps=("for", "on")),
    "charge": VerbCue(preps=("with",), clause=True, needs="prep_or_clause", party_object=True),
    "claim": VerbCue(clause=True, needs="clause"),
    "criticize": VerbCue(preps=("for", "over", "as")),
    "criticise": VerbCue(preps=("for", "over", "as")),
    "condemn": VerbCue(preps=("for", "as")),
    "denounce": VerbCue(preps=("for", "as")),
    "decry": VerbCue(preps=("as",)),
    "fault": VerbCue(preps=("for",)),
    "slam": VerbCue(preps=("for", "over", "as")),
    "blast": VerbCue(preps=("for", "over", "as")),
    "lambast": VerbCue(preps=("for", "over", "as")),
    "lambaste": VerbCue(preps=("for", "over", "as")),
    "castigate": VerbCue(preps=("for",)),
    "chastise": VerbCue(preps=("for",)),
    "rebuke": VerbCue(preps=("for",)),
    "berate": VerbCue(preps=("for",)),
    "excoriate": VerbCue(preps=("for",)),
    "smear": VerbCue(preps=("as",)),
    "indict": VerbCue(preps=("on", "for"), needs="prep"),
    # "attack" is also physical: it counts with "for Y" or a named target.
    "attack": VerbCue(preps=("for", "over", "as"), needs="prep", party_object=True),
    "implicate": VerbCue(preps=("in",)),
    "trash": VerbCue(preps=("for", "as")),
    "bash": VerbCue(preps=("for", "as")),
    "assail": VerbCue(preps=("for", "as")),
    "deride": VerbCue(preps=("as", "for")),
    "vilify": VerbCue(preps=("as", "for")),
    "demonize": VerbCue(preps=("as", "for")),
    "scold": VerbCue(preps=("for",)),
    "reprimand": VerbCue(preps=("for",)),
    "censure": VerbCue(preps=("for",)),
    "admonish": VerbCue(preps=("for",)),
    "disparage": VerbCue(preps=("as",)),
    # Legal accusations: "sued the city for negligence".
    "sue": VerbCue(preps=("for", "over"), needs="prep"),
}

#: Nouns naming an accusation; the noun phrase is the allegation.
ACCUSATION_NOUNS: frozenset[str] = frozenset(
    {
        "allegation",
        "accusation",
        "criticism",
        "condemnation",
        "smear",
        "indictment",
        "blame",
    }
)

#: Nouns that are an accusation only when aimed at a named party ("attacks on Rubio"),
#: since "attacks on the base" are physical.
TARGETED_NOUNS: frozenset[str] = frozenset({"attack", "tirade", "broadside", "diatribe"})

#: Adjectives of criticism: "X was critical of Y".
ADJECTIVES: frozenset[str] = frozenset({"critical"})

#: Nouns that are an allegation only with a that-clause or against-phrase
#: ("claims that the mayor lied", "charges against him"), not "insurance claims".
CLAIM_NOUNS: frozenset[str] = frozenset({"claim", "charge"})

#: Verbs reporting that an allegation is rejected by its target.
DENIAL_VERBS: frozenset[str] = frozenset(
    {"deny", "reject", "dismiss", "refute", "rebuff", "dispute", "repudiate", "rebut"}
)

#: What a denial verb may take as object besides an accusation noun
#: ("denied any wrongdoing"); "denied entry" or "rejected the offer" are not denials.
WRONGDOING_NOUNS: frozenset[str] = frozenset(
    {
        "wrongdoing",
        "involvement",
        "responsibility",
        "guilt",
        "role",
        "link",
        "knowledge",
        "report",
        "rumor",
        "rumour",
        "suggestion",
        "wrongdoings",
        "complicity",
        "notion",
        "idea",
        "speculation",
        "assertion",
        "accusation",
    }
)

#: Words that, predicated of an allegation ("called the claims baseless"), deny it.
DISMISSIVE_WORDS: frozenset[str] = frozenset(
    {
        "smear",
        "lie",
        "baseless",
        "groundless",
        "false",
        "absurd",
        "ridiculous",
        "fabrication",
        "nonsense",
        "hoax",
        "slander",
        "fake",
        "unfounded",
        "untrue",
        "libel",
        "libelous",
        "defamatory",
        "slanderous",
        "preposterous",
        "fiction",
    }
)

#: Heads under which an accusation verb is not asserted ("refused to criticise",
#: "urged him to condemn"): refusals and requests or intentions alike.
NEGATING_HEADS: frozenset[str] = frozenset(
    {
        "refuse",
        "refusal",
        "decline",
        "avoid",
        "fail",
        "failure",
        "stop",
        "hesitate",
        "reluctant",
        "reluctance",
        "unwilling",
        "afraid",
        "refrain",
        "abandon",
        "drop",
        # Requests and intentions: "urged Sanders to criticise", "threatened to sue".
        "urge",
        "ask",
        "want",
        "plan",
        "intend",
        "pressure",
        "encourage",
        "hope",
        "threaten",
        "consider",
    }
)

#: Verbs whose subject receives the criticism named by their object ("drew criticism").
RECEIVING_VERBS: frozenset[str] = frozenset(
    {"draw", "face", "receive", "attract", "earn", "come", "meet", "invite"}
)

#: Common nouns that name people or bodies who can be blamed ("its allies", "the government").
PEOPLE_NOUNS: frozenset[str] = frozenset(
    {
        "ally",
        "administration",
        "government",
        "regime",
        "official",
        "leader",
        "leadership",
        "minister",
        "ministry",
        "president",
        "governor",
        "mayor",
        "senator",
        "lawmaker",
        "legislator",
        "congressman",
        "politician",
        "party",
        "campaign",
        "candidate",
        "rival",
        "opponent",
        "critic",
        "supporter",
        "aide",
        "adviser",
        "advisor",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "police",
        "officer",
        "army",
        "military",
        "troop",
        "force",
        "militant",
        "rebel",
        "insurgent",
        "company",
        "firm",
        "bank",
        "executive",
        "board",
        "agency",
        "authority",
        "court",
        "judge",
        "prosecutor",
        "lawyer",
        "member",
        "staff",
        "employee",
        "union",
        "group",
        "organization",
        "organisation",
        "network",
        "media",
        "press",
        "reporter",
        "journalist",
        "neighbour",
        "neighbor",
        "partner",
        "country",
        "state",
        "nation",
        "west",
        "establishment",
        "elite",
        "immigrant",
        "refugee",
        "protester",
        "activist",
        "player",
        "coach",
        "team",
        "manager",
        "director",
        "chairman",
        "chief",
        "man",
        "woman",
        "people",
        "wife",
        "husband",
        "son",
        "daughter",
        "father",
        "mother",
        "brother",
        "sister",
        "family",
    }
)

#: Pronouns that, inside a quote, stand for the quote's speaker.
FIRST_PERSON: frozenset[str] = frozenset({"i", "we", "me", "us", "my", "our"})
