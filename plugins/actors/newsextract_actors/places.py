"""Where a name is no mention: a place only as a location, an office, a label.

"shootings in Chicago", "seeking the White House", "the Republican nominee"
(a party adjective), "Mexican trucks" (a demonym that only classifies).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from . import gazetteer, phrases, titles
from .affiliation import is_role_noun
from .cluster import ORG_WORDS
from .conjuncts import conjuncts, first_adjective, first_conjunct
from .countries import country_index
from .mentions import Mention
from .state import BuilderState

if TYPE_CHECKING:
    from spacy.tokens import Token

_ARRIVALS = frozenset({"arrive", "land", "travel", "fly", "return", "visit", "stop", "touch"})
_RULERS = frozenset({"leader", "leaders", "lawmaker", "lawmakers", "policymakers"})
#: Prepositions whose object may act or be acted upon ("led by West Virginia").
_ACTING_PREPS = frozenset({"by", "with", "against", "between", "on", "toward", "towards"})
#: Verbs whose object is an office sought or a building ("occupy the White House").
_SOUGHT_VERBS = frozenset(
    {
        "seek",
        "win",
        "occupy",
        "leave",
        "enter",
        "reach",
        "take",
        "capture",
        "want",
        "run",
        # a majority held or lost: "keep the White House", "lose the Senate"
        "keep",
        "retain",
        "lose",
        "regain",
        "flip",
    }
)
#: Heads of "to" that make a seat of office where someone gets: "make it to the White
#: House", "elevated his father to the White House", "the road to the White House"
#: (not "calls to the White House", where it is addressed).
_WAYS_TO_OFFICE = frozenset(
    {
        "make",
        "follow",
        "elevate",
        "propel",
        "carry",
        "return",
        "go",
        "come",
        "ascend",
        "rise",
        "road",
        "path",
        "way",
        "route",
        "march",
        "ride",
        "bid",
    }
)
_OCCUPANTS = frozenset({"resident", "occupant", "tenant", "keys", "race", "control"})
#: Envoys: "to" names the state they are posted to, part of the title ("ambassador to Israel").
_ENVOYS = frozenset({"ambassador", "ambassadors", "envoy", "envoys", "emissary"})
#: A state's posts abroad: "in" names where they are ("the U.S. Embassy in Tripoli").
_POSTS = frozenset({"embassy", "consulate", "consulate-general"})
#: Assaults that happen somewhere rather than against a state: "the attacks in
#: Brussels", "the bombings in New York" (military ones, "the offensive in
#: Ukraine", are against the place's state).
_ATTACKS_SOMEWHERE = frozenset({"attack", "bombing"})
#: People named by where they live: "the people of Scranton", "the voters of Iowa".
_INHABITANTS = frozenset({"people", "voter", "resident", "folk", "folks", "citizen", "taxpayer"})
#: Nouns a place's name spells out after "of": "the state of Ohio", "the city of Flint".
_PLACE_NOUNS = frozenset(
    {"state", "city", "town", "village", "county", "island", "borough", "hometown"}
)
#: The chambers of Congress: an office sought ("running for the Senate") as well as a body.
_CHAMBERS = frozenset({"Congress", "Senate", "House", "House of Representatives"})
_CHAMBER_KEYS = frozenset({"congress", "senate", "house", "house of representatives"})
#: Heads of "in" that make a chamber the seat someone holds: "represented New York in the
#: Senate", "we want her back in the statehouse" ("to serve in Congress" is marked in gold).
_SERVING = frozenset({"represent", "back"})
#: Heads of "for" that make a chamber the seat sought: "running for Congress", "her Senate bid".
_BIDS = frozenset({"run", "bid", "race", "campaign", "candidate", "candidacy", "contender"})
#: Other nouns of a race a chamber may classify ("Senate seat", "Senate efforts" of a PAC).
_RACE_NOUNS = frozenset({"seat", "effort", "election", "primary", "nominee", "hopeful"})
#: Verbs and nouns of people or goods moving somewhere: their "to"/"into" object, and
#: the object of "enter", is where they go ("immigrated to the United States", "entry
#: into the U.S."), not a state acting. Visits are left out: a host is a participant
#: (the round-2 ruling on visits). Going back or being sent somewhere is no visit
#: ("could not return to Canada", "deported to South Korea", "headed to
#: Syria", "sent back to Turkey", session 25: gold marks none of 21 such places in B).
_MOVEMENTS = frozenset(
    {
        "return",
        "head",
        "back",
        "deport",
        "deportation",
        "repatriate",
        "repatriation",
        "come",
        "immigrate",
        "emigrate",
        "migrate",
        "flee",
        "bring",
        "cross",
        "move",
        "smuggle",
        "resettle",
        "relocate",
        "enter",
        "entry",
        "immigration",
        "migration",
        "arrival",
        "influx",
        "flow",
        "pour",
        "sneak",
    }
)


#: People who work for a person, and the person's machine: a name before them says whose
#: they are ("a Clinton aide", "Clinton campaign officials", "the Koch operation"); it
#: names no act of the person (gold marks none of 21 on the tuning articles).
_STAFF = frozenset(
    {
        "aide",
        "adviser",
        "advisor",
        "official",
        "strategist",
        "staffer",
        "operative",
        "pollster",
        "confidant",
        "loyalist",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "operation",
        "organization",
    }
)

#: What a party's name before it only sorts: races and their contenders ("a Democratic
#: effort to ..." is the party acting).
_PARTY_KINDS_OF = (_BIDS | _RACE_NOUNS | {"poll", "runner", "front-runner", "frontrunner"}) - {
    "effort"
}

#: Things that carry a person's name or are theirs: "the Trump brand", "Trump
#: headquarters", "a Rubio sign" (the session-12 ruling: an object named after X is no
#: mention of X; gold marks none of 10 on the tuning articles).
_BELONGINGS = frozenset(
    {
        "headquarters",
        "brand",
        "name",
        "stamp",
        "logo",
        "sign",
        "book",
        "memoir",
        "website",
        "building",
        "plane",
        "jet",
        "hat",
        # a person's mail as documents ("1,300 Clinton emails", "an archive of Clinton
        # emails"): what was sent, not the sender acting (gold marks none of 11; "the
        # Clinton email scandal" ends on the affair and stays)
        "email",
        "emails",
        "e-mail",
        "e-mails",
    }
)


class Places(BuilderState):
    """Predicates on name mentions: kept, dropped as a location, or cut to a phrase."""

    def _demonym_span(self, m: Mention) -> tuple[int, int] | None:
        """What a demonym mention covers in the output, ``None`` when it names no actor.

        "the Mexican government" stands for the state: the mention is
        "Mexican government". "Russian troops" keeps "Russian" (the troops are
        the state's, later stages read the modifier). "Mexican trucks" or "the
        American elections" only describe: no mention of the country; nor does a
        second adjective ("Russian and Chinese hackers") nor a predicate ("the judge
        is Mexican"), which says what someone is (gold marks none of 6 on the tuning
        articles).
        """
        doc = self.doc
        token = first_adjective(doc[m.end - 1])
        head = token.head
        if token.dep_ == "acomp":
            return None  # "the judge is Mexican", "100 percent American": a nationality
        if token.dep_ not in {"amod", "compound", "nmod"} or not m.end <= head.i <= m.end + 1:
            return (m.start_char, m.end_char)  # "Americans", "the Mexicans"
        words = {head.lemma_.lower(), head.lower_}
        if token.i != m.end - 1 and words & (gazetteer.STATE_STAND_INS | gazetteer.STATE_FORCES):
            return (m.start_char, m.end_char)  # "the Mexican and Canadian governments"
        if words & gazetteer.STATE_STAND_INS and head.i == m.end:
            return (m.start_char, head.idx + len(head.text))
        if words & gazetteer.STATE_FORCES:
            return (m.start_char, m.end_char)
        return None

    def _only_where(self, m: Mention, *, town: bool) -> bool:
        """A place named only as where something is: "shootings in Chicago".

        "Officials in Washington" are the state's: a capital after the people
        who govern stands for the state. "Arrived in Beijing" names where a
        visit goes, which makes the place's state its host, and "the offensive
        in Ukraine" is against it; "the attacks in Paris" (terror, in the news)
        only happened there. A ``town`` (a city, region or continent,
        not a state) acts only as a subject, object, possessor or agent: not
        after other prepositions ("plans for Europe"), nor as the state after
        a town ("Flint, Mich.") or the home of a person ("Rawlings, of Ashton").
        A second conjunct is where its first one is ("in Ferguson and Charlotte"),
        and "the state of Ohio" is where "the state" is ("in his home state of Ohio").
        A town after a locative preposition is always where (a visit's host, the
        officials who govern, are its state's: gold marks none of 30 such towns on the
        tuning articles); a state a candidate wins, loses or crisscrosses is a result
        or a route, no actor (the session-14 ruling on states that go for a candidate);
        a country after a town ("Benghazi, Libya") is where the town is.
        """
        root = first_conjunct(titles.span_root(self.doc, m.start, m.end))
        if town:
            root = _place_noun(root) or root
        if any(w in ORG_WORDS for w in m.text.split()):
            return False  # "a scholar at the Center for Strategic Studies" (tagged a place)
        if self.place_modifier(m, town=town):
            return True
        if town and (_home_of(root) or _parts_of(root)):
            return True
        if town and root.dep_ in {"appos", "npadvmod"} and root.head.pos_ == "PROPN":
            return True
        if _town_first(root):
            return True
        if town and root.dep_ == "dobj" and root.head.lemma_.lower() in _RESULTS:
            return True
        if _moved_to(root) or _filed_from(root):
            return True
        if town and _listed_places(root):
            return True
        if root.dep_ != "pobj" or root.head.dep_ != "prep":
            return False
        prep = root.head
        owner = prep.head
        if prep.lower_ == "of" and owner.pos_ == "NOUN" and owner.lower_ in gazetteer.PERSON_ROLES:
            return True  # "the president of the United States", "governor of Ohio": a title
        if prep.lower_ == "to" and owner.pos_ in {"NOUN", "PROPN"} and owner.lower_ in _ENVOYS:
            return True  # "the U.S. ambassador to Israel": where the post is (round 21's titles)
        if town and prep.lower_ == "of" and owner.pos_ == "NOUN" and owner.lemma_.lower() in _AREAS:
            return True  # "the streets of Nice", "parts of Florida": a stretch of the place
        if town and prep.lower_ == "of" and owner.lemma_.lower() in _INHABITANTS:
            return True  # "the voters of Iowa": the people are the actor, the town their home
        if town and prep.lower_ == "on" and root.ent_type_ in _PLACE_ENTS and _on_a_place(owner):
            return True
        if prep.lower_ not in gazetteer.LOCATIVE_PREPOSITIONS:
            return (
                town
                and prep.lower_ not in _ACTING_PREPS
                and not (
                    prep.lower_ == "of"
                    and owner.pos_ == "NOUN"  # "the attorney general of Oklahoma"
                )
            )
        words = {owner.lemma_.lower(), owner.lower_}
        if words & _POSTS:
            return True  # "the U.S. Embassy in Tripoli": where the post is, not the host acting
        if town:
            return True  # "a campaign stop in Flint", "leaders in Maine", "arrived in Cleveland"
        if words & _ARRIVALS or words & (gazetteer.ASSAULT_NOUNS - _ATTACKS_SOMEWHERE):
            return False
        return not (words & (gazetteer.STATE_FORCES | gazetteer.STATE_STAND_INS | _RULERS))

    def place_modifier(self, m: Mention, *, town: bool) -> bool:
        """A town, state or capital before a noun it only classifies ("Iowa polls",
        "the Paris agreement"), also where the noun is one a name usually does
        ("a CNN poll"): a place does not poll or agree."""
        if not (town or m.role == "capital") or any(w in ORG_WORDS for w in m.text.split()):
            return False
        return _classifies(first_conjunct(titles.span_root(self.doc, m.start, m.end)))

    def adjective_before_noun(self, m: Mention) -> bool:
        """ "Russian meddling", "Republican claims", "the Iranian nuclear deal", "a Muslim
        ban", "Russian planes": an adjective of origin, party or faith before the noun it
        modifies, an act or a thing alike, is no mention (the session-14 ruling: "Russian
        planes" is no mention; gold marks 3 of 29 on the tuning articles). The state is
        still the agent by clear reference: the builder keeps a country so named as an
        actor without that mention, for the events to find. A name ("U.S. sanctions", "the
        IMF report") stays the doer, and so does a state's policy only as a topic (see
        :meth:`state_policy`). A call or demand keeps its asker ("renewed Republican calls
        for a prosecutor", marked in gold and pinned since session 13): the events read it
        as the requester, and a request names who asks, not what it is about."""
        token = first_adjective(self.doc[m.end - 1])
        return (
            token.tag_ == "JJ"
            and token.dep_ == "amod"
            and token.head.i >= m.end
            and token.head.lemma_.lower() not in _REQUESTS
        )

    def second_adjective(self, m: Mention) -> bool:
        """ "Palestinian" of "Israeli and Palestinian negotiators": a demonym coordinated
        after a first adjective, which says what the first one's noun is (see
        :meth:`_demonym_span`)."""
        token = self.doc[m.end - 1]
        return first_adjective(token) is not token

    def contest_ground(self, m: Mention) -> bool:
        """ "Ohio would be a battleground", "Oregon and Utah, the two richest winner-take-all
        prizes", "Iowa looms larger for Carson", "Idaho and Maine are acting like
        battleground states", "A top target is Ohio": a state said to be a race's ground is
        where votes are won, like "won Ohio" (the session-14 ruling on results); gold marks
        none of 11 on the tuning articles. A state owning a race ("South Carolina's turnout
        numbers", "California's delegate rules") is the same ground: gold marks none of 23
        such possessives on half B. Only below the state level: a country called a
        target may be one to attack."""
        root = first_conjunct(titles.span_root(self.doc, m.start, m.end))
        head = root.head
        if root.dep_ == "poss" and head.i != root.i and _race_noun(head):
            return True  # "New York's April 19 primary", "Ohio's Senate race", "Ohio's bellwether status"
        if root.dep_ == "nsubj":
            if head.lemma_.lower() == "loom":
                return True
            if head.lemma_.lower() == "behave":  # not "Texas behaved badly toward its workers"
                return any(
                    c.dep_ == "prep" and c.lower_ == "like" and _contest_noun(o)
                    for c in head.children
                    for o in c.children
                    if o.dep_ == "pobj"
                )
            if head.lemma_ in _LINKING and any(
                c.dep_ == "acomp" and c.lemma_.lower() in _STAKES for c in head.children
            ):
                return True  # "Ohio matters so much to Doe", "Iowa looks good for him"
            return head.lemma_ == "be" and any(
                c.dep_ == "attr" and _contest_noun(c) for c in head.children
            )
        if root.dep_ == "attr" and head.lemma_ == "be":
            return any(c.dep_ == "nsubj" and _contest_noun(c) for c in head.children)
        return any(c.dep_ == "appos" and _contest_noun(c) for c in root.children)

    def state_policy(self, m: Mention) -> bool:
        """ "U.S. foreign policy", "United States policy": a state's policy as a topic of the
        text, no act of the state (the session-14 ruling on places as topics; gold marks 1
        of 10 on the tuning articles)."""
        token = self.doc[m.end - 1]
        head = token.head
        return (
            token.dep_ in phrases.MODIFIER_DEPS
            and not phrases.is_possessor(token)
            and head.i >= m.end
            and head.lemma_.lower() == "policy"
        )

    def names_staff(self, m: Mention) -> bool:
        """ "a former Clinton aide", "Clinton campaign officials", "an influential Trump
        adviser", "the Trump brand": a person's name before the people who work for
        them or the things that are theirs says whose they are, no mention. Through a run of compounds ("Clinton White House aide"); not a
        possessive ("Clinton's aides" is hers, the guidelines split it) and not a title
        before a name ("Trump adviser Roger Roe", which titles handle)."""
        token = self.doc[m.end - 1]
        if token.dep_ not in phrases.MODIFIER_DEPS or phrases.is_possessor(token):
            return False
        head = token.head
        for _ in range(titles.WINDOW):
            if head.dep_ != "compound" or head.head.i <= head.i:
                break
            head = head.head
        words = {head.lemma_.lower(), head.lower_}  # "headquarters" lemmatised at times
        return head.i >= m.end and head.pos_ == "NOUN" and bool(words & (_STAFF | _BELONGINGS))

    def party_before_noun(self, m: Mention) -> bool:
        """ "the GOP front-runner", "a Republican candidate", "the Democratic presidential
        campaign", "a GOP poll": a party's name before a person's role or a race says
        which kind, not the party acting (gold marks none of 13 on the tuning articles).
        Before an act ("renewed Republican calls for ...") the party may be the doer (the
        session-7 ruling on names as modifiers), and its possessive ("the GOP's
        nomination") stays the party's."""
        if m.canonical not in gazetteer.PARTIES or m.end - m.start != 1:
            return False
        token = self.doc[m.start]
        head = token.head
        if (
            token.dep_ not in phrases.MODIFIER_DEPS
            or phrases.is_possessor(token)
            or head.i <= token.i
            or head.pos_ != "NOUN"
        ):
            return False
        words = {head.lemma_.lower(), head.lower_}
        return bool(words & _PARTY_KINDS_OF) or is_role_noun(head.lower_)

    def _the_office(self, m: Mention) -> bool:
        """ "seeking the White House", "a contender for the White House", "left the
        White House": the office or the building, not the presidency acting.

        A chamber of Congress is an office only when sought, kept, lost or held
        ("running for Congress", "keep the Senate", "represented Ohio in the Senate"):
        "in the Senate" is also its members acting, which the annotators mark.
        """
        root = titles.span_root(self.doc, m.start, m.end)
        if root.dep_ == "dobj":
            return root.head.lemma_.lower() in _SOUGHT_VERBS
        if m.role != "seat":
            return (
                (
                    root.dep_ == "pobj"
                    and (
                        (root.head.lower_ == "for" and root.head.head.lemma_.lower() in _BIDS)
                        or (root.head.lower_ == "in" and root.head.head.lemma_.lower() in _SERVING)
                    )
                )
                or _races_for(first_conjunct(root))
                or (
                    # not "a majority in Congress and Congress will pass the bill", where
                    # the parser hangs the second "Congress" on the first
                    not (root.dep_ == "conj" and _subject_of_next_verb(root))
                    and _chamber_held(first_conjunct(root))
                )
            )
        if root.dep_ == "pobj" and root.head.dep_ == "prep":
            prep = root.head
            if prep.lower_ == "of":  # "the next resident of the White House", not "out of"
                return prep.head.pos_ == "NOUN" and prep.head.lemma_.lower() in _OCCUPANTS
            if prep.lower_ == "to" and prep.head.lemma_.lower() in _WAYS_TO_OFFICE:
                return True  # "following him to the White House": reaching the office
            return prep.lower_ in {"for", "at", "into", "in", "inside"}
        return False

    def is_chamber(self, m: Mention) -> bool:
        """ "the Senate", "the U.S. House": a chamber of Congress, which may be an office."""
        if m.org_country != "USA":
            return False
        # the parser's own "U.S. Senate" has no gazetteer name, only the rest of its key
        return (m.canonical or m.text) in _CHAMBERS or m.rest_key in _CHAMBER_KEYS

    def _party_class(self, m: Mention) -> bool:
        """ "we're Democrats", "registered Democrats", "registered as Republicans":
        the party's plural says what people are (a class of voters), not the party acting;
        "two Democrats" are two members (a plural reference to two actors is none; see
        :func:`_counted`).
        """
        token = self.doc[m.end - 1]
        if m.canonical not in gazetteer.PARTIES or not m.text.endswith("s"):
            return False
        if any(c.lower_ == "registered" for c in token.children):
            return True
        if _counted(token) or _the_rest(token):
            return True
        if token.dep_ == "attr":  # not a cleft: "it's Democrats who could face a battle"
            return not any(
                c.dep_ in {"nsubj", "expl"} and c.lower_ == "it" for c in token.head.children
            )
        head = token.head
        return (
            token.dep_ == "pobj"
            and head.lower_ == "as"
            and head.head.lemma_.lower() in {"register", "identify"}
        )

    def _party_modifier(self, m: Mention) -> bool:
        """ "the Republican nominee", "a Democratic tax aide": a party adjective
        says what someone is, it names no act of the party.

        A party's singular word ("a Democrat", "vote Republican", "the
        Democratic front-runner") names a member or a leaning, never the party
        acting: only the plural and the party's name do ("Democrats said").
        """
        if m.canonical not in gazetteer.PARTIES or m.end - m.start != 1:
            return False
        if m.text in gazetteer.PARTY_SINGULARS or self._party_class(m):
            return True
        token = self.doc[m.start]
        head = token.head
        return (
            token.dep_ in {"amod", "compound", "nmod"}
            and not phrases.is_possessor(token)  # "the GOP’s nomination" is the party's
            and head.i > token.i
            and head.pos_ == "NOUN"
            and head.tag_ in {"NN", "NNS"}
            # "the Republican nominee" stays the party's (tests/test_actors.py)
            and not is_role_noun(head.lower_)
        )


#: What a state is in a race: "a battleground", "the biggest prize", "a swing state".
_CONTESTS = frozenset({"battleground", "prize", "target", "swing", "bellwether", "tossup"})


#: What a state's race is made of: "New York's primary", "Iowa's caucuses", "Florida's 99
#: delegates", "South Carolina's turnout numbers".
_RACE_PARTS = frozenset(
    {"primary", "caucus", "caucuses", "race", "contest", "delegate", "turnout", "electorate"}
)


#: Noun modifiers that make any noun a race's ("California's delegate rules", "Ohio's
#: bellwether status"); not "race" ("Michigan's race relations") nor "primary" ("Ohio's
#: primary industry"), which say a race only as the noun itself.
_RACE_MODIFIERS = frozenset(
    {"delegate", "caucus", "turnout", "electorate", "bellwether", "battleground", "swing", "tossup"}
)


def _race_noun(noun: Token) -> bool:
    """A noun that is a state's race or part of it ("New York's primary", "Ohio's Senate
    race"), or one a race-only compound modifies ("Ohio's bellwether status", "California's
    delegate rules")."""
    if {noun.lemma_.lower(), noun.lower_} & (_RACE_PARTS | _CONTESTS):
        return True
    return any(
        (c.dep_ == "compound" and c.lemma_.lower() in _RACE_MODIFIERS)
        or (c.lower_ == "primary" and c.i > 0 and c.doc[c.i - 1].ent_type_ == "DATE")
        for c in noun.children
    )  # "New York's April 19 primary looming": a dated "primary" the parser made a modifier


#: Verbs that only link a state to what it is in a race.
_LINKING = frozenset({"be", "look", "remain", "seem", "become"})
#: What a state is in a race: "Ohio and Iowa matter so much to Hale", "New York is
#: pivotal for Clinton", "Iowa and Nevada look good for Doe", "Oregon and
#: New Hampshire are now firmly Democratic", "Texas has been loyal to Republicans" (session
#: 19: the ground of the race, like "a battleground"; gold marks none of 9 on half B).
_STAKES = frozenset(
    {
        "important",
        "pivotal",
        "crucial",
        "critical",
        "key",
        "decisive",
        "competitive",
        "winnable",
        "good",
        "loyal",
        "uncalled",
        "democratic",
        "republican",
        "red",
        "blue",
        "purple",
        "safe",
    }
)


def _contest_noun(noun: Token) -> bool:
    """ "a battleground", "one of the swing states", "the winner-take-all prizes".

    A target with an "of"-phrase is one only through that phrase: "the target of a
    lawsuit", "a target of the new rule" name what aims at the state, no race."""
    words = {noun.lemma_.lower()}
    of_words: set[str] = set()
    for c in noun.children:
        if c.dep_ in {"compound", "amod"}:
            words.add(c.lemma_.lower())
        elif c.dep_ == "prep" and c.lower_ == "of":  # "one of the quintessential swing states"
            of_words.update(
                t.lemma_.lower() for o in c.children if o.dep_ == "pobj" for t in (o, *o.children)
            )
    if noun.lemma_.lower() == "target" and any(
        c.dep_ == "prep" and c.lower_ == "of" for c in noun.children
    ):
        return bool(of_words & _CONTESTS)
    return bool((words | of_words) & _CONTESTS)


#: Tags of a finite verb or its first auxiliary: "will pass", "votes", "passed".
_FINITE = frozenset({"MD", "VBD", "VBP", "VBZ"})


def _subject_of_next_verb(token: Token) -> bool:
    """Whether a finite verb with no subject of its own follows ``token`` directly
    ("... and Congress will pass the bill"): the parser's conjunct is that verb's subject.
    Only the second of two: the last of a list ("losses in Maryland, Delaware and
    Pennsylvania won't prompt shifts") is the list's."""
    head = token.head
    if head.dep_ == "conj" or any(c.dep_ == "punct" for c in head.children):
        return False
    nxt = token.right_edge.i + 1
    if nxt >= len(token.doc) or token.doc[nxt].tag_ not in _FINITE:
        return False
    first = token.doc[nxt]
    verb = first.head if first.dep_ in {"aux", "auxpass"} else first
    return (
        verb.i >= nxt
        and verb.pos_ in {"VERB", "AUX"}
        and not any(c.dep_ in {"nsubj", "nsubjpass", "expl", "csubj"} for c in verb.children)
    )


#: Requests, whose adjective is the one who asks ("Republican calls for a prosecutor").
_REQUESTS = frozenset({"call", "demand", "request", "plea", "appeal"})

#: Verbs whose object is a state won or lost in a vote, or a place travelled through:
#: "won Ohio", "Takes Wisconsin", "crisscrossed Nevada", "scheduled to leave New Hampshire".
_RESULTS = gazetteer.RACE_GROUND_VERBS | {"leave"}


#: Stretches of a place: "the streets of Nice", "the outskirts of Disneyland", "parts of
#: Florida", "the south side of Des Moines", "the heart of Europe", "the shores of Lake
#: Michigan". What happens there happens in the place, which does nothing (session 19).
_AREAS = frozenset(
    {
        "street",
        "outskirts",
        "outskirt",
        "suburb",
        "shore",
        "heart",
        "island",
        "neighborhood",
        "neighbourhood",
        "water",
        "part",
        "portion",
        "tip",
        "fringe",
        "edge",
        "corner",
        "side",
        "rest",
        "middle",
        "province",
        "region",
        "area",
        "coast",
        "border",
        "countryside",
        "interior",
        "downtown",
    }
)
#: How many coordinated places make a list of places rather than actors.
_LIST_LENGTH = 3


def _listed_places(root: Token) -> bool:
    """ "Michigan, Pennsylvania, Virginia, Florida, Ohio", "Paris, Brussels, Beirut and
    Bamako", "Louisiana, Maryland, New Jersey and Wisconsin": towns or states listed three
    or more at a time are a map of where something is, won or lost (the battlegrounds a
    party cannot win, cities struck by attacks, states with the highest tuition), not
    actors doing one thing (session 19: gold marks 1 of 35 such towns and states on half
    B). Two ("South Carolina and South Dakota passed laws") may act and stay, and so do
    lists with a country ("Egypt, Jordan and South Korea", "Europe, Japan and China"),
    which are mostly states acting together (gold marks 28 of 43 on half B)."""
    run = conjuncts(root)
    if len(run) < _LIST_LENGTH or any(t.ent_type_ not in _PLACE_ENTS for t in run):
        return False
    index = country_index()
    return not any(index.by_name(_entity_text(t)) for t in run)  # "Egypt, Jordan and Israel"


def _entity_text(token: Token) -> str:
    """The whole named entity ``token`` ends ("New Jersey" for "Jersey")."""
    start = token.i
    while start > 0 and token.doc[start].ent_iob_ == "I":
        start -= 1
    return token.doc[start : token.i + 1].text


def _town_first(root: Token) -> bool:
    """ "Benghazi, Libya", "Acapulco, Mexico": a state named after a town says where the
    town is, as "Flint, Mich." does; it is no actor (towns are checked by the caller)."""
    if root.dep_ == "punct" and root.i >= 2:
        # "a rally in Binghamton, N.Y. 'Secretary ...": a state abbreviation ending the
        # sentence is read as its full stop, hung on the verb; it follows its town still
        town = root.doc[root.i - 2]
        return (
            root.doc[root.i - 1].text == ","
            and town.pos_ == "PROPN"
            and town.ent_type_ in {"GPE", "LOC"}
        )
    head = root.head
    return (
        root.dep_ in {"appos", "npadvmod"}
        and head.i < root.i
        and head.pos_ == "PROPN"
        and head.ent_type_ in {"GPE", "LOC"}
        and root.doc[root.i - 1].text == ","
        and root.i - head.i <= 2
    )


#: The parser's labels of places (not a service "on Netflix").
_PLACE_ENTS = frozenset({"GPE", "LOC", "FAC"})
#: What is done on a town as to it: "the effect on Atlantic City", "attacks on Aleppo", "called
#: on Detroit to act", "a new tax on Chicago", "relied on Ohio", "pressure on Flint".
_ON_TARGETS = frozenset(
    {
        "effect",
        "impact",
        "attack",
        "strike",
        "bombing",
        "pressure",
        "war",
        # asked, urged or counted upon
        "call",
        "urge",
        "prevail",
        "rely",
        "depend",
        "count",
        # burdens laid on it
        "impose",
        "tax",
        "levy",
        "tariff",
        "fine",
        "sanction",
        "embargo",
        "ban",
        "restriction",
        "crackdown",
        "blame",
        "turn",
        "pick",
    }
)
#: What runs on a channel the parser may tag a place: "debuts on Netflix", "a hit on Hulu".
_ON_CHANNELS = frozenset({"debut", "air", "stream", "premiere", "hit", "appear", "show"})


def _on_a_place(owner: Token) -> bool:
    """ "a hospital on Long Island", "the duplex on the Upper East Side", "focusing on Iowa",
    "banking on New Hampshire": a town after "on" is where something is or where a
    campaign puts its effort (gold marks 4 of 24 on the tuning articles: effects on it,
    attacks on it and a channel the parser tags a place, which stay). A town asked, relied
    upon or burdened ("called on Detroit", "a tax on Chicago") is the one acted upon, which
    the head of "on" or its object says (:data:`_ON_TARGETS`)."""
    words = {owner.lemma_.lower(), owner.lower_}
    words |= {c.lemma_.lower() for c in owner.children if c.dep_ == "dobj"}
    return not words & (_ON_TARGETS | _ON_CHANNELS | gazetteer.ASSAULT_NOUNS)


#: Heads of "in"/"of" that make a chamber the seats held, not the body acting: a
#: majority or control of it ("their majorities in both chambers of Congress", "control of the
#: Senate", "the GOP's lead in the House").
_HELD = frozenset({"majority", "lead", "control"})


def _chamber_held(root: Token) -> bool:
    """ "majorities in Congress", "control of the Senate": the chamber's seats (gold marks
    1 of 8 on the tuning articles), not the chamber acting ("a vote in the House",
    "passed the Senate" stay). A member's time there ("24 years in Congress") and "members
    of Congress" were left: the annotators of the dev rounds mark them, later rounds not."""
    prep = root.head
    if root.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in {"in", "of"}:
        return False
    owner = prep.head
    if owner.dep_ == "nsubj" or (owner.dep_ == "pobj" and owner.head.lower_ == "by"):
        return False  # "rejected by large majorities in Congress": the members voting
    return owner.pos_ == "NOUN" and owner.lemma_.lower() in _HELD


def _counted(token: Token) -> bool:
    """ "two Democrats", "the two Republicans", "a dozen Republicans": members counted,
    several people the text names or could, not the party (a plural reference to several
    actors is none; gold marks none of 7 on the tuning articles). "many", "some" and
    "other" stay: the gold splits them."""
    return any(
        c.dep_ == "nummod"
        and 0 < token.i - c.i <= 3  # not "a 73-to-25 victory marked Republicans' margin"
        and (c.like_num or c.lower_ == "dozen")
        for c in token.children
    )


#: Quantifiers that pick some members of a party against others ("other Republicans",
#: "many Democrats", "several Democrats", "his fellow Republicans").
_SOME_OF = frozenset({"other", "most", "many", "few", "several", "fellow"})


def _the_rest(token: Token) -> bool:
    """ "Other Republicans joined", "criticism from other Democrats", "opposed by most
    Republicans": some members set against the rest, not the party (gold marks none of
    12 as the party; the annotators mark "other Republicans" as a group or leave it).
    "many", "several", "few" and "fellow" pick members too (session 21, half B: 18 such
    mentions the gold lacks against 3 it marks as the party); "some" is left: about as
    often the party as not. The parser makes "several" a determiner, "many" a modifier.
    After a named member the party stays: "Obama, Clinton and other Democrats" is the
    party (3 of 4)."""
    if token.dep_ == "conj":
        return False
    return any(
        c.dep_ in {"amod", "det"} and c.lower_ in _SOME_OF and c.i < token.i for c in token.children
    )


def _place_noun(root: Token) -> Token | None:
    """ "the state" of "the state of Ohio", "his home state of Florida", "the town
    of Scranton": the noun the place's name only spells out, whose role the name takes."""
    prep = root.head
    if root.dep_ != "pobj" or prep.lower_ != "of" or prep.head.lemma_.lower() not in _PLACE_NOUNS:
        return None
    return first_conjunct(prep.head)


def _classifies(root: Token) -> bool:
    """A town, state or capital as a noun modifier: "Iowa polls", "the Nevada
    caucuses", "the Paris agreement", "the Benghazi attack", "Texas Congressman".

    The place says where the thing is or happens, or which one it is; it does
    nothing. Countries are left out: whether "U.S. policy" is a mention of the
    state is the annotators' known disagreement, and "Iran deal" is one.
    A possessive ("Ohio's procedure") is the place's own and stays.
    """
    if root.dep_ not in {"compound", "nmod", "amod"} or phrases.is_possessor(root):
        return False
    head = root.head
    return head.i > root.i and head.pos_ in {"NOUN", "PROPN"}


def _home_of(root: Token) -> bool:
    """A state or town before a person's name: "Missouri's Roy Blunt", "Ohio's
    John Kasich" says where the person is from or whom they represent, as a title does."""
    if root.dep_ != "poss":
        return False
    head = root.head
    return head.i > root.i and head.pos_ == "PROPN" and head.ent_type_ == "PERSON"


#: What a state or town has as a place, not as an actor: "Florida's early voters",
#: "Ohio's 66 delegates", "Iowa's 99 counties", "New York's mayor", "California's polls"
#: (the possessive twin of "the voters of Iowa").
_PLACE_PARTS = _INHABITANTS | {
    "electorate",
    "delegate",
    "population",
    "county",
    "district",
    "mayor",
    "senator",
    "governor",
    "seat",
    "primary",
    "caucus",
    "poll",
}


def _parts_of(root: Token) -> bool:
    """A place's possessive before its people, seats or polls ("Florida's voters"), or
    before a place inside it ("New York's Hudson Valley", "Chicago's South Side",
    "Florida's 9th Congressional District", "Ohio's three biggest cities"): where that
    place is, like "Flint, Mich." (session 19: gold marks none of 12 on half B)."""
    if root.dep_ != "poss":
        return False
    head = root.head
    if head.i <= root.i:
        return False
    if head.pos_ == "PROPN":
        return head.ent_type_ in _PLACE_ENTS or head.lemma_.lower() in _PLACE_PARTS | _PLACE_NOUNS
    return head.pos_ == "NOUN" and head.lemma_.lower() in _PLACE_PARTS | _PLACE_NOUNS


def _races_for(root: Token) -> bool:
    """ "his 2012 Senate campaign", "Senate and House races", "its Senate efforts": a
    chamber before a race for its seats is the seat sought, not the chamber acting."""
    head = root.head
    return (
        root.dep_ in {"compound", "nmod", "amod"}
        and head.i > root.i
        and head.lemma_.lower() in _BIDS | _RACE_NOUNS
    )


#: People a place after "from" is the origin of: "people from China", "children from
#: Honduras" (session 19: gold marks none of 9 such places on half B).
_NATIVES = frozenset(
    {"people", "person", "child", "family", "mother", "father", "woman", "man", "national"}
)

#: Verbs of a reporter's sign-off: "Costa reported from Washington".
_FILING_VERBS = frozenset({"report", "contribute", "file", "write"})


def _filed_from(root: Token) -> bool:
    """ "X reported from Washington", "contributed reporting from Des Moines": where the
    reporter was when filing, a sign-off like the byline, not the state acting."""
    if root.dep_ != "pobj" or root.head.lower_ != "from":
        return False
    verb = root.head.head
    if verb.lemma_.lower() == "reporting" or verb.lower_ == "reporting":
        verb = verb.head  # "contributed reporting from"
    return verb.pos_ == "VERB" and verb.lemma_.lower() in _FILING_VERBS


def _moved_to(root: Token) -> bool:
    """A place as where people or goods go or come from: "immigrated to the United
    States", "entering the U.S.", "smuggled into the country", "refugees from Syria"."""
    if root.dep_ == "dobj":
        return root.head.lemma_.lower() == "enter"
    if root.dep_ != "pobj" or root.head.dep_ != "prep":
        return False
    prep = root.head
    if prep.lower_ == "from":  # "refugees from Syria", "came from India": where they left
        owner = prep.head
        if owner.lemma_.lower() in _MOVEMENTS | gazetteer.MOVER_NOUNS | _NATIVES:
            return True  # "people from Spain": where they come from
        # "taking in refugees from Syria", "stopped people from El Salvador": the parser
        # hangs "from" on the verb; its object says whose origin the place is
        return owner.pos_ == "VERB" and any(
            c.dep_ == "dobj" and c.lemma_.lower() in gazetteer.MOVER_NOUNS | _NATIVES
            for c in owner.children
        )
    return prep.lower_ in {"to", "into"} and prep.head.lemma_.lower() in _MOVEMENTS
