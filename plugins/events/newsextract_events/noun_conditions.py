"""Conditions of the noun half of the lexicon that :mod:`.triggers` does not know.

A condition name in a ``needs=`` string of :mod:`.noun_lexicon` is checked by
``triggers._condition``; names it does not recognise are asked here first, so
the noun lexicon can grow conditions of its own without the verb conditions'
module growing with it. ``None`` means "not a condition of this module" (the
trigger then stands, and participant conditions are checked later).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from . import honours, nominations, prayers, received_nouns
from .lexicon import HOSTING_PARTICIPLES, words

if TYPE_CHECKING:
    from spacy.tokens import Token

#: Places a tour goes through when they are no names: "a tour of four cities".
_TOURED = frozenset({"city", "state", "town", "country", "capital", "county", "region"})
#: Prepositions that name an agreement's other party: "a deal with Iran", "a pact between".
_PARTNER_PREPS = frozenset({"with", "between"})


def condition(token: Token, need: str, governor: Token | None) -> bool | None:
    """Whether ``token`` (a noun trigger, under ``governor`` if a light verb) meets ``need``."""
    if need == "struck":
        return _struck(token, governor)
    if need == "toured":
        return _toured(token)
    if need == "had":
        return _had(token)
    if need == "hostnamed":
        return _host_named(token, governor)
    if need == "hostedat":
        return bool(hosts_at(token, governor))
    if need == "declared":
        return governor is not None and governor.lemma_.lower() == "declare"
    if need.startswith("argued:"):
        return _argued(token, need[7:])
    if need == "toact":
        return _to_act(token)
    if need == "waged":
        return _waged(token)
    if need == "greeted":
        return _greeted(token)
    if need == "gathered":
        return _gathered(token)
    if need == "outlethost":
        return _outlet_host(token)
    if need == "unhosted":
        return not _outlet_host(token)
    if need == "spokenat":
        return _spoken_at(token)
    if need == "ownspeaker":
        return not _object_speaker(token)
    if need == "made":
        return not _danger(token)
    if need == "given":
        return _given(token, governor)
    if need == "faced":
        return _faced(token)
    if need == "undergone":
        return _undergone(token)
    if need == "voiced":
        return _voiced(token)
    if need == "described":
        return describes_someone(described_one(token))
    if need == "welcomed":
        return token.dep_ == "dobj" and token.head.lemma_.lower() in _WELCOMING
    honour = honours.condition(token, need, governor)
    if honour is not None:
        return honour
    nominated = nominations.condition(token, need, governor)
    if nominated is not None:
        return nominated
    prayed = prayers.condition(token, need, governor)
    if prayed is not None:
        return prayed
    return received_nouns.condition(token, need, governor)


def _struck(noun: Token, governor: Token | None) -> bool:
    """An agreement reached, not one only owned: "reached a deal", "a deal by the parties" stay;
    an owner's agreement with no light verb and no partner ("defended his business deals",
    "Lazar's plea agreement", "reneging on the administration's deal") is a thing the text
    refers to, whose making annotators date and fill from elsewhere or leave out (on the
    tuning halves 1 right in 7, session 16). A named partner keeps it (NOUN_SENSES: "Pfizer's
    deal with Allergan"), also where the parser hangs its "with" on the verb past a modifier
    ("defended Obama's nuclear deal with Iran")."""
    return (
        governor is not None
        or not any(c.dep_ == "poss" for c in noun.children)
        or _named_partner(noun)
    )


def _named_partner(noun: Token) -> bool:
    """A "with"/"between" party named after an agreement: the noun's own preposition, or the
    one right after it that the parser hung elsewhere."""
    doc = noun.doc
    preps = [c for c in noun.children if c.dep_ == "prep"]
    if noun.i + 1 < len(doc) and doc[noun.i + 1].dep_ == "prep":
        preps.append(doc[noun.i + 1])
    return any(
        p.lower_ in _PARTNER_PREPS
        and any(g.dep_ == "pobj" and (g.pos_ == "PROPN" or g.ent_type_) for g in p.children)
        for p in preps
    )


def _toured(noun: Token) -> bool:
    """A tour of places ("a bus tour of Iowa", "its tour of four cities"), not of an idea."""
    return any(
        g.dep_ == "pobj" and (g.ent_type_ in ("GPE", "LOC") or g.lemma_.lower() in _TOURED)
        for c in noun.children
        if c.dep_ == "prep" and c.lower_ == "of"
        for g in c.children
    )


def _had(noun: Token) -> bool:
    """Talks someone had: "he and Fox News had multiple conversations", "every conversation
    he has had with donors" ("have" is no light verb in general: "have a deal for you")."""
    if noun.dep_ == "dobj" and noun.head.lemma_.lower() == "have":
        return any(c.dep_ == "nsubj" for c in noun.head.children)
    return any(
        c.dep_ == "relcl"
        and c.lemma_.lower() == "have"
        and not any(g.dep_ == "dobj" for g in c.children)
        and any(g.dep_ == "nsubj" for g in c.children)
        for c in noun.children
    )


#: Names that can host a talk: "a speech to AIPAC", "speeches to Goldman Sachs".
_HOST_ENTS = frozenset({"ORG", "PERSON", "GPE", "NORP"})


#: Prepositions naming a talk's host: "a speech to AIPAC" ("at the Heritage Foundation" would
#: need the roles to read an "at" host).
_HOST_PREPS = frozenset({"to"})


def _host_named(noun: Token, governor: Token | None) -> bool:
    """A talk given to a host with a name ("her speech to AIPAC", "paid speeches to Goldman
    Sachs", "a speech to the lobby group, the National Dairy Producers Council"): a
    booked engagement even with no fee or date said; "a speech to workers in Dayton" names
    only a place.
    The phrase may hang on the light verb ("gave a speech to Goldman Sachs")."""
    anchors = (noun,) if governor is None else (noun, governor)  # "gave a speech to X"
    return any(
        g.dep_ == "pobj" and (g.ent_type_ in _HOST_ENTS or _named_in_apposition(g))
        for anchor in anchors
        for c in anchor.children
        if c.dep_ in ("prep", "dative") and c.lower_ in _HOST_PREPS
        for g in c.children
    )


#: Nouns of a talk given to an audience: "a speech", "an address", "remarks".
TALK_NOUNS = frozenset({"speech", "address", "remark"})
#: Gatherings a talk is given at, which host no one by themselves: "at the Sunshine Summit",
#: "at a rally". A party convention is no longer among them: rounds 17-20 mark a speech at
#: the Democratic National Convention CONSULT toward the convention (as "addressed the
#: convention" always was), where the older rounds (5-9) left it unannotated.
_GATHERINGS = frozenset({"conference", "summit", "forum", "rally", "debate", "meeting"})


def hosts_at(noun: Token, governor: Token | None) -> list[Token]:
    """The organisation a talk is given at, named: "a speech at the Harbor Literacy
    Foundation", "deliver an address at the National Press Club", "give remarks Monday at the
    Institute of Politics". Speaking at an organisation's event is CONSULT toward the host
    (round-15 ruling), as a speech to it is (round 5); a place ("at a church in Oakland", "in
    Cleveland") or a gathering (``_GATHERINGS``) hosts no one. The phrase may hang on the light
    verb ("gave a speech at X")."""
    anchors = (noun,) if governor is None else (noun, governor)
    return [
        g
        for anchor in anchors
        for c in anchor.children
        if c.dep_ == "prep" and c.lower_ == "at"
        for g in c.children
        if g.dep_ == "pobj" and g.ent_type_ == "ORG" and g.lemma_.lower() not in _GATHERINGS
    ]


def _named_in_apposition(host: Token) -> bool:
    """A host described, then named: "the lobby group, the National Dairy Producers Council"."""
    return any(c.dep_ == "appos" and c.ent_type_ in _HOST_ENTS for c in host.children)


def _argued(noun: Token, side: str) -> bool:
    """A case made for or against someone ("Obama made the case for Clinton", "making the case
    against the nominee"): advocacy (SUPPORT) or attack (ACCUSE) by the one making it. The
    "for"/"against" phrase (on the noun or on "make") must name someone, not an act ("make a
    strong case for being the chair"); whether it is an actor is judged with the roles.
    A legal "case against X" is left out: annotators mark it in one file of four."""
    if noun.dep_ != "dobj" or noun.head.lemma_.lower() != "make":
        return False
    return any(
        g.dep_ == "pobj" and g.pos_ in ("PROPN", "PRON", "NOUN")
        for anchor in (noun, noun.head)
        for c in anchor.children
        if c.dep_ == "prep" and c.lower_ == side
        for g in c.children
    )


#: Kinds of fight that are no fighting between actors: "a trade war with China", "the
#: culture war", "a war of words", "a bidding war", "a legal battle with the state".
_FIGURATIVE = frozenset(
    {
        "trade",
        "price",
        "tariff",
        "currency",
        "culture",
        "word",
        "bidding",
        "ratings",
        "turf",
        "legal",
        "court",
        "budget",
        "twitter",
        "media",
        "pr",
        "public-relations",
        "messaging",
    }
)


def _waged(noun: Token) -> bool:
    """A fight between parties, not a figure of speech: "his battles with Congress", "the war
    against ISIS"; not "a trade war with China", "a legal battle with the state", "a war of
    words"."""
    if any(
        c.dep_ in ("compound", "amod", "nmod") and c.lower_ in _FIGURATIVE for c in noun.children
    ):
        return False
    return not any(
        g.lower_ in ("words", "attrition")
        for c in noun.children
        if c.dep_ == "prep" and c.lower_ == "of"
        for g in c.children
    )


#: Prepositions that hang a crowd's cheers on the speaker's clause: "said to cheers", "spoke
#: amid cheers", "was greeted with cheers".
_GREETING_PREPS = frozenset({"to", "amid", "with"})
#: Verbs whose subject gets the cheers they take as object: "drew loud cheers".
_CHEER_GETTERS = frozenset({"draw", "get", "earn", "win", "elicit", "receive", "prompt"})


def _greeted(noun: Token) -> bool:
    """Cheers a speaker gets (round-5 ruling: applause backs the speaker): "he said to cheers
    from the crowd", "drew loud cheers", "cheers from supporters"; not the toast ("Cheers!"),
    "holiday cheer" or "a cheer squad"."""
    if any(c.dep_ == "prep" and c.lower_ == "from" for c in noun.children):
        return True
    head = noun.head
    if noun.dep_ == "dobj":
        return head.lemma_.lower() in _CHEER_GETTERS
    return (
        noun.dep_ == "pobj"
        and head.lower_ in _GREETING_PREPS
        and head.head.pos_
        in (
            "VERB",
            "AUX",
        )
    )


def _to_act(noun: Token) -> bool:
    """An infinitive right after the noun, wherever the parser hung it: "Trump's call to ban
    all Muslims" is often parsed with "to ban" under the clause's verb ("decried Trump's calls
    to ban ...") or with the noun as the infinitive's subject. Not "a call to Trump" (a
    preposition) or "a call to the Secret Service"."""
    doc = noun.doc
    if noun.i + 2 >= len(doc):
        return False
    to, verb = doc[noun.i + 1], doc[noun.i + 2]
    return to.tag_ == "TO" and to.head.i == verb.i and verb.pos_ in ("VERB", "AUX")


#: Prepositions that place a clause at a gathering: "said at a town hall", "in a Tuesday town
#: hall", "during a CNN town hall".
_AT_GATHERING = frozenset({"at", "in", "during"})
#: Verbs whose object is a gathering someone takes part in: "held a town hall".
_GATHERING_VERBS = frozenset({"hold", "host", "attend", "headline", "stage", "sponsor"})
#: Verbs of speaking a guest does at a hosted gathering: "said at a CNN town hall".
_SPEAKING = frozenset(
    {"say", "speak", "tell", "talk", "answer", "respond", "argue", "insist", "acknowledge"}
    | {"admit", "declare", "explain", "note", "add", "claim", "vow", "promise", "suggest"}
)


#: Nouns a gathering's name modifies to name the occasion itself: "a town hall meeting", "a
#: town hall forum" (the parser makes "hall" their compound). Not "event", whose own senses
#: read "spoke at a town hall event" (one event for the occasion, not two).
GATHERING_HEADS = frozenset({"meeting", "forum"})


def gathering_phrase(noun: Token) -> Token:
    """The noun that stands in the clause for a gathering named by a compound: "meeting" in
    "said during a town hall meeting in Columbus", where "hall" is only its modifier and the
    phrase's place in the clause (the "at"/"during" that sets a speech there, a hosting
    participle) hangs on the head; the noun itself otherwise."""
    if noun.dep_ == "compound" and noun.head.lemma_.lower() in GATHERING_HEADS:
        return noun.head
    return noun


def _gathered(noun: Token) -> bool:
    """A gathering as an occasion someone takes part in ("said at a town hall", "held a town
    hall", "a town hall hosted by CNN", "during a town hall meeting"), not the building ("the
    town hall in Sydney was lit")."""
    noun = gathering_phrase(noun)
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ in _AT_GATHERING:
        return True
    if noun.dep_ == "dobj" and head.lemma_.lower() in _GATHERING_VERBS:
        return True
    return _hosted_by(noun) is not None


def _hosted_by(noun: Token) -> Token | None:
    """The "by"-host of a gathering's hosting participle ("a town hall sponsored by CNN")."""
    for c in noun.children:
        if c.dep_ == "acl" and c.lemma_.lower() in HOSTING_PARTICIPLES:
            for a in c.children:
                if a.dep_ == "agent":
                    for g in a.children:
                        if g.dep_ == "pobj":
                            return g
    return None


def _outlet_host(noun: Token) -> bool:
    """A gathering hosted by a named organisation: "a Fox News town hall", "a town hall
    sponsored by CNN"; not "the Austin town hall" (a place) or "a Hillary town hall" (the
    speaker)."""
    phrase = gathering_phrase(noun)
    if any(
        c.dep_ in ("compound", "nmod", "poss") and c.ent_type_ == "ORG"
        for c in (*noun.children, *(phrase.children if phrase is not noun else ()))
    ):
        return True
    host = _hosted_by(phrase)
    return host is not None and host.ent_type_ == "ORG"


def _object_speaker(noun: Token) -> bool:
    """A setting of a clause whose speaker is another verb's object: "AFP quoted Lukashenko as
    saying in a press conference", "asked Reed to speak at a news conference". The clause has no
    subject of its own and the roles would take the quoting or asking subject for the speaker;
    "Speaking at a news conference, Reed said" (the main clause's subject speaks) stays."""
    if noun.dep_ != "pobj" or noun.head.lower_ not in _AT_GATHERING:
        return False
    verb = noun.head.head
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return False
    governor = verb.head
    if verb.dep_ == "pcomp" and governor.dep_ == "prep":
        governor = governor.head  # "quoted X as saying"
    elif verb.dep_ != "xcomp":
        return False
    return any(c.dep_ == "dobj" for c in governor.children)


def _spoken_at(noun: Token) -> bool:
    """Someone speaking at the gathering ("Hale said at a Radio Nine town hall", "spoke at a
    town hall hosted by MSNBC"), which makes the speaker its guest; an audience member's
    question ("During a CNN town hall, a mother had a question") makes no guest."""
    noun = gathering_phrase(noun)
    head = noun.head
    if noun.dep_ == "dobj":  # the parser drops a missing "at": "spoke Monday an Illinois town hall"
        return head.lemma_.lower() in _SPEAKING
    return (
        noun.dep_ == "pobj"
        and head.lower_ in _AT_GATHERING
        and head.head.lemma_.lower() in _SPEAKING
    )


#: Kinds of threat that are always someone's act: "veto threats from the White House".
_ACT_THREATS = frozenset({"veto", "death", "bomb", "legal", "lawsuit", "strike", "boycott"})


def _danger(noun: Token) -> bool:
    """A threat as a danger faced, not a threat made: "handling threats from smugglers and the
    Red Brigade", "dealt with the threat from the Acme Front", "forced to face the
    threat of terrorism". Annotators mark a threat someone issues ("Trump's threats", "issued a
    threat to the governor", "a threat to Israel from Iran", "veto threats from the White
    House", "a threat from X to sue"); where it comes "from" someone with no one it is made
    to and no act threatened, or is "faced", it is the peril an article weighs."""
    if any(c.dep_ in ("compound", "amod") and c.lower_ in _ACT_THREATS for c in noun.children):
        return False
    if any(c.dep_ in ("acl", "xcomp") and c.tag_ == "VB" for c in noun.children):
        return False  # the act threatened: "the threat from Miller to sue the city"
    if noun.dep_ == "dobj" and noun.head.lemma_.lower() == "face":
        return True
    preps = {c.lower_ for c in noun.children if c.dep_ == "prep"}
    owned = any(c.dep_ == "poss" for c in noun.children)
    return "from" in preps and not owned and not preps & {"to", "against"}


#: Verbs whose subject is the one an endorsement they take as object backs: "welcomed the
#: endorsement of X", "touting the endorsement of Rep. Y".
_WELCOMING = frozenset({"welcome", "accept", "tout", "celebrate", "hail", "cite", "trumpet"})

#: Prepositions that name who gets a gift: "a donation to the PAC", "donations for his campaign".
_RECIPIENT_PREPS = frozenset({"to", "for"})
#: Verbs whose subject gets the gift their object names: "the senator received 9,000 donations",
#: "took $5 donations from little old ladies", "returned the donations".
_GETTING_GIFTS = frozenset(
    {"receive", "accept", "take", "collect", "get", "obtain", "raise", "rake", "solicit"}
    | {"return", "refund", "keep", "reject", "refuse", "decline", "seek", "request"}
)


def _given(noun: Token, governor: Token | None) -> bool:
    """A gift with its receiver in the clause (rulings: a donation by a named giver to a named
    recipient is AID, the receiver its target): "made a $5,000 donation to the PAC", "donations
    to the Clinton Foundation", "the senator received 9,000 donations"; not a giver's gifts
    told with no one getting them ("Ms. Brainard's donations call into question ...", "its
    donations", "made donations as well"), which annotators leave out or fill from context."""
    anchors = (noun,) if governor is None else (noun, governor)
    if any(
        (c.dep_ == "prep" and c.lower_ in _RECIPIENT_PREPS) or c.dep_ == "dative"
        for anchor in anchors
        for c in anchor.children
    ):
        return True
    head = noun.head
    if noun.dep_ == "dobj" and head.lemma_.lower() in _GETTING_GIFTS:
        return True
    # "incidents of foreign donations to the Foundation": the parser hangs the receiver on
    # the noun the "of"-phrase modifies
    return (
        noun.dep_ == "pobj"
        and head.lower_ == "of"
        and any(c.dep_ == "prep" and c.lower_ in _RECIPIENT_PREPS for c in head.head.children)
    )


#: Verbs whose subject undergoes the criticism their object names: "faced scrutiny".
_UNDERGOING = frozenset({"face", "draw", "attract", "receive", "invite", "undergo", "endure"})
#: Verbs of a clause whose subject comes "under" criticism: "came under scrutiny".
_COMING_UNDER = frozenset({"come", "fall", "be", "remain", "stay", "find"})


#: Prepositions that hang pressure on the clause of the one under it ("under pressure to quit").
#: Shared with :mod:`.implicit_roles`, which makes that clause's subject the one pressed:
#: the condition and the roles must agree on which clauses they read.
PRESSED_PREPS = frozenset({"under", "amid", "despite"})
#: Verbs whose subject is the one pressed: "feeling some pressure", "resisted pressure".
PRESSED_VERBS = frozenset({"feel", "face", "resist", "rebuff", "withstand"})


def _undergone(noun: Token) -> bool:
    """Pressure the clause's subject is under or feels ("Sanders is under growing pressure
    to soften", "Ryan is feeling some pressure"), with no one named applying it; the
    subject is the one pressed (``implicit_roles``)."""
    head = noun.head
    if noun.dep_ == "dobj":
        return head.lemma_.lower() in PRESSED_VERBS
    return noun.dep_ == "pobj" and head.lower_ in PRESSED_PREPS


def _faced(noun: Token) -> bool:
    """Criticism the clause's subject undergoes ("came under intense scrutiny", "has faced public
    scrutiny", "has drawn scrutiny"), not scrutiny someone gives ("scrutiny of the budget").
    ("Facing a unique level of scrutiny" would need the roles to reach through "level of".)"""
    head = noun.head
    if noun.dep_ == "dobj":
        return head.lemma_.lower() in _UNDERGOING
    return (
        noun.dep_ == "pobj" and head.lower_ == "under" and head.head.lemma_.lower() in _COMING_UNDER
    )


#: Verbs of asking, answering or passing on a question: "responded to questions about X",
#: "refuses to answer questions about", "pose a question about", "deflected numerous questions".
_QUESTIONING = words(
    """answer respond reply ask pose field take entertain deflect decline dodge duck evade avoid
    sidestep refuse send submit email address put direct"""
)
#: Determiners that deny the attitude: "had no doubts about", "without any concern".
_DENYING = frozenset({"no"})


def _voiced(noun: Token) -> bool:
    """A doubt, worry or question held or voiced about someone ("expressed concern about X",
    "faced questions over her emails", "amid doubts about his health"), not a question asked
    or answered in an interview ("declined to respond to questions about X", "answered a
    question about his agenda") nor an attitude denied ("had no doubts about")."""
    if any(c.lower_ in _DENYING for c in noun.children if c.dep_ == "det"):
        return False
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ == "to":
        head = head.head  # "responded to a question about X"
    return not (head.pos_ == "VERB" and head.lemma_.lower() in _QUESTIONING)


def described_one(noun: Token) -> Token:
    """The title a stance noun stands in, as the parser links it to the one described: itself
    ("X, a critic of Y"), the first of coordinated titles ("X, a former senator and fierce
    critic of Y") or the "one" of "X, one of Y's critics"."""
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.dep_ == "appos":
        return noun.head.head  # "X, one of Clinton's critics"
    if noun.dep_ == "conj" and noun.head.dep_ in ("appos", "attr"):
        return noun.head  # "X, a former senator and fierce critic of Y"
    return noun


#: Verbs whose predicate noun describes their subject ("X is/became/remains a critic of Y",
#: "X has become a close Trump adviser"); shared with the roles, which take that subject as
#: the holder, so that a title the condition keeps always has one.
BECOMING_VERBS = words("be become remain")


def describes_someone(title: Token) -> bool:
    """The title is an apposition or the predicate of "be", "become" or "remain": it describes
    someone named there, not critics at large ("critics say ...")."""
    return title.dep_ == "appos" or (
        title.dep_ == "attr" and title.head.lemma_.lower() in BECOMING_VERBS
    )
