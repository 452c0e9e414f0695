"""Common nouns that name people: one vocabulary shared by the plugins.

The actors plugin (is this noun phrase an actor, a single person?) and the
events plugin (is this participant an actor, is this agent one person?) ask
the same question of the same words. Each used to keep its own list, and the
two lists disagreed, so an article's "nominee" or "wife" could be a person to
one plugin and not to the other. The words live here, in the core package,
because plugins may import the core but never each other.

Where the plugins' questions really differ the sets stay distinct, under
names that say what each is for, and are built from shared parts by union so
the differences are visible in one place rather than in two files.
"""

from __future__ import annotations

from functools import cache
from importlib import resources
from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = [
    "ACTING_GROUP_NOUNS",
    "ACTOR_NOUNS",
    "COLLECTIVE_NOUNS",
    "ENTOURAGE_NOUNS",
    "FAMILY_NOUNS",
    "GROUP_NOUNS",
    "KIN_NOUNS",
    "MILITARY_RANKS",
    "MILITARY_SERVICES",
    "PARTICIPANT_NOUNS",
    "SIDE_NOUNS",
    "SINGLE_PERSON_NOUNS",
    "SOCIAL_GROUP_NOUNS",
    "UNIT_NOUNS",
    "UNSUFFIXED_PERSON_NOUNS",
    "is_thing_noun",
    "military_rank",
    "military_service",
    "names_people",
    "rank_after_service",
]


def _words(text: str) -> frozenset[str]:
    """A word list written as one string (long vocabularies stay readable)."""
    return frozenset(text.split())


#: The immediate family: kin nouns that both plugins read as one person.
FAMILY_NOUNS: Final[frozenset[str]] = _words(
    "wife husband father mother son daughter brother sister"
)

#: Kinship nouns that, with a possessor, name one person ("his wife", "her widower").
KIN_NOUNS: Final[frozenset[str]] = FAMILY_NOUNS | _words(
    """
    widow widower spouse grandfather grandmother grandson granddaughter uncle aunt
    nephew niece fiancee fiancée fiance stepfather stepmother stepson stepdaughter
    ex-wife ex-husband
    """
)

#: Role nouns of politics and business that both plugins read as a person.
_ROLE_NOUNS: Final[frozenset[str]] = _words(
    "businessman businesswoman candidate nominee lawmaker politician opponent"
)

#: People nouns without an office or agent suffix: the actors plugin reads a noun
#: as a person when it is a title, a relation, one of these, or ends in an agent
#: suffix ("-er", "-ist"), so these are the people nouns the suffix misses.
UNSUFFIXED_PERSON_NOUNS: Final[frozenset[str]] = _ROLE_NOUNS | _words(
    """
    doctor physician lawyer judge official executive employee voter donor citizen
    soldier agent member staff people delegate colleague lady mate
    """
)

#: Singular nouns for one person, a closed list: in the events plugin a violent
#: verb with one of them as agent is a verbal attack, and a participant headed
#: by one is a person, not a group.
SINGLE_PERSON_NOUNS: Final[frozenset[str]] = (
    _ROLE_NOUNS
    | FAMILY_NOUNS
    | _words(
        """
        president senator governor mayor billionaire congressman congresswoman rival
        challenger incumbent secretary spokesman spokeswoman chairman chairwoman
        commentator host friend
        """
    )
)

#: Plurals of people acting for a state, a court or a cause, that both plugins
#: read as a group that acts ("police said", "federal prosecutors charged").
_ACTING_PLURALS: Final[frozenset[str]] = _words(
    """
    police officials authorities diplomats investigators prosecutors lawmakers
    legislators senators soldiers troops protesters demonstrators rebels
    militants insurgents fighters gunmen attackers leaders
    """
)

#: Singular heads of institutions that both plugins read as a body that acts.
_INSTITUTION_NOUNS: Final[frozenset[str]] = _words(
    """
    military army navy court committee delegation firm company agency ministry embassy
    parliament council party union coalition group government administration regime
    """
)

#: Plurals that name people acting for a state, a court, a cause or a campaign,
#: by CAMEO's agent codes (police COP, government GOV, judiciary JUD, military
#: MIL, legislators LEG, opposition OPP, rebels REB, criminals CRM) and the
#: actors of an election: unnamed, they are still a group that acts ("police
#: said", "federal prosecutors charged"), unlike demographic classes ("voters",
#: "women", "families"), which news mostly uses generically. The actors plugin
#: makes them actors on their own; the events plugin's wider
#: :data:`ACTOR_NOUNS` and :data:`PARTICIPANT_NOUNS` make people nouns actors
#: only as event participants. "Activists" is not here: news uses it for the
#: class ("activists say"); bare "activists" and "judges" were never a group the
#: annotators made an actor on the tuning set (0 of 16 on both halves), but
#: "judges" stays for counted groups ("at least 70 judges").
ACTING_GROUP_NOUNS: Final[frozenset[str]] = _ACTING_PLURALS | _words(
    """
    officers troopers cops deputies sheriffs regulators administrators negotiators
    ministers judges jurors congressmen generals admirals commanders marines protestors
    rioters dissidents petitioners challengers plaintiffs hackers donors contributors
    moderators organizers
    """
)

#: Demographic nouns that are a group when race or orientation qualifies them
#: ("black voters", "the gay community", "communities of color"), though not bare.
SOCIAL_GROUP_NOUNS: Final[frozenset[str]] = _words(
    "voters people men women americans community communities"
)

#: Singular collectives that are a group after a name ("Tulsa police").
COLLECTIVE_NOUNS: Final[frozenset[str]] = _words("police people public electorate")

#: Plurals (lemmas) that make a group after a name: "E.U. nations", "Tulsa police".
GROUP_NOUNS: Final[frozenset[str]] = _words(
    """
    nation country state government people group community troop force soldier police
    family company firm business bank party union ally authority agency organization
    official lawmaker legislator member voter donor delegate citizen resident worker
    executive leader diplomat negotiator general commander politician candidate student
    veteran farmer insider aide adviser advisor staffer activist protester supporter
    militant rebel fighter prosecutor investigator officer agent
    """
)

#: Singular heads that make an organisation after a name: "the U.S. military",
#: "a Senate subcommittee", "the Texas delegation".
UNIT_NOUNS: Final[frozenset[str]] = _INSTITUTION_NOUNS | _words(
    """
    subcommittee consulate legislature board commission office department journal
    newspaper bank team alliance cabinet lobby establishment mission authorities
    leadership
    """
)

#: The people around a person, named by their tie to them ("his aides").
ENTOURAGE_NOUNS: Final[frozenset[str]] = _words(
    """
    aides advisers advisors surrogates staff staffers supporters backers allies
    lawyers attorneys loyalists lieutenants associates spokesmen spokespeople
    """
)

#: The people who side with, face or watch someone, and an audience's collectives
#: ("security guards", "his rivals", "the crowd"): in the events plugin a group of its
#: own when it takes part, which no name stands for. Plurals and the collectives only:
#: "a rival" or "his friend" is one person the actors plugin may know by name.
SIDE_NOUNS: Final[frozenset[str]] = _words(
    """
    crowd crowds audience audiences rivals friends followers backers contenders surrogates
    superdelegates guards detractors colleagues fans loyalists attendees spectators onlookers
    hecklers bystanders constituents
    """
)

#: Common nouns that, in the events plugin, denote an actor even without a name
#: ("the army", "protesters"): singular and plural, people, bodies and states,
#: and the machines that strike for them ("drones").
ACTOR_NOUNS: Final[frozenset[str]] = (
    _ACTING_PLURALS
    | _INSTITUTION_NOUNS
    | _words(
        """
        forces force official leader president minister prime chancellor king queen
        spokesman spokeswoman spokesperson protester rebel militant soldier fighter gunman
        attacker country countries state states nation nations ally allies opposition
        congress senate judge prosecutor workers students groups militia jets warplanes
        planes drones ambassador envoy senator governor mayor campaign candidate people
        civilians residents journalists prisoners hostages man men woman women person
        suspect suspects victim victims boy boys girl girls teenager teenagers refugees
        migrants immigrants voters supporters opponents critics activists
        """
    )
)

#: People and bodies named by a common noun that annotators make actors when they
#: take part in an event ("World leaders denounced ...", "federal prosecutors
#: charged ..."), beyond :data:`ACTOR_NOUNS`: the agentive nouns of politics, law,
#: money and the street, and the institutions that act as bodies ("a super PAC",
#: "forced universities to"). Read by the events plugin.
PARTICIPANT_NOUNS: Final[frozenset[str]] = _words(
    """
    donor donors contributor contributors prosecutor prosecutors judge judges justice
    justices jury doctor doctors physician physicians general generals admiral admirals
    veteran veterans family families proponent proponents advocate advocates critic critics
    opponent opponents challenger challengers member members delegate delegates moderator
    moderators reporter reporters journalist journalists editor editors columnist
    columnists outlet outlets panel board agencies department departments officer officers
    cop cops trooper troopers agent agents hacker hackers bomber bombers shooter shooters
    killer killers terrorist terrorists jihadist jihadists extremist extremists
    organizer organizers demonstrator leaders lawmaker legislator regulators regulator
    investigator inspector inspectors analyst analysts expert experts economist economists
    scientist scientists researcher researchers adviser advisers advisor advisors aide aides
    staff staffers employees employer employers executive executives owner owners union
    unions citizen citizens taxpayer taxpayers consumer consumers parent parents
    student teacher teachers nurse nurses worker
    pac pacs university universities college colleges school schools hospital hospitals
    bank banks corporation corporations companies firms organization organizations
    organisation organisations institute institutes foundation foundations charity
    charities newspaper newspapers network networks association associations
    """
)


#: Endings of the nouns that name someone by what they do or are ("fundraisers",
#: "lobbyist", "participants", "residents", "historians", "appointees", "businessman").
_AGENTIVE_ENDINGS: Final[tuple[str, ...]] = tuple(
    _words("er or ist yst ant ent ian ee man men person people")
)

#: Nouns with those endings that name no one: things, times, feelings and acts that
#: news text makes the subject or object of an event verb ("criticized the order",
#: "questioned the numbers", "the event drew"). Lemmas, each once; "-ment" nouns are
#: never people. (Named for what they are: the actors plugin's groups keep a different
#: list of non-people.)
_THING_NOUNS_WITH_PERSON_ENDINGS: Final[frozenset[str]] = _words(
    """
    percent number event power list border server order center centre answer summer matter
    career letter degree door favor favour labor labour quarter fee incident behavior
    behaviour paper terror gender error water danger anger sector factor character content
    dinner murder charter plant computer color colour cheer reminder barrier precedent
    disaster chapter extent intent encounter cover tree cent accident offer manner flower
    winter filibuster honor honour continent restaurant theater theatre corner counter
    coffee knee horror talent waiver tier dissent chatter cancer finger helicopter prayer
    grant chant guarantee takeover newsletter equivalent cyber mailer firepower endeavor
    mirror descent minor super marker discontent razor generator twist trigger disorder rant
    specter spectre layer beer whisper indicator fervor rumor rumour vigor swagger corridor
    sticker gutter blacklist shoulder poster ladder component current deterrent consent
    present trailer tenor pageant banner pant maneuver metaphor powder ouster transfer
    moniker fodder soccer temper silver shower liner scanner slaughter surrender tent coffer
    dent thriller pepper changer other frontier dossier catalyst omen abdomen specimen
    regimen acumen semen amen yemen german ottoman talisman merger disclaimer airliner
    jetliner freighter tanker destroyer cruiser trawler steamer patent element argument
    segment moment ingredient nutrient gradient solvent torrent percentile decree spree
    pedigree jubilee levee marquee toffee glee warrant remnant variant implant instant
    covenant pollutant stimulant lubricant coolant sealant elephant ant quadrant detergent
    coefficient lament ancient register remainder meter metre parameter filter folder header
    footer timer tower river weather rubber copper butter hunger thunder floor motor
    interior exterior humor humour flavor flavour armor armour harbor harbour meteor tractor
    vapor rigor valor manor tremor splendor candor ardor shelter cluster whomever
    """
)


@cache
def _wordnet_things() -> frozenset[str]:
    """Nouns with a person ending that mostly name things, per WordNet 3.0's counted senses
    (``data/thing_nouns.txt``, built by ``scripts/build_thing_nouns.py``): some 3,300
    words ("reactor", "checklist", "aircraft carrier") that no hand list would reach. Read
    once, on first use, so importing the package stays cheap."""
    text = resources.files("newsextract").joinpath("data/thing_nouns.txt").read_text("utf-8")
    listed = {line.strip() for line in text.splitlines() if line.strip() and line[0] != "#"}
    return frozenset(listed - _PEOPLE_DESPITE_WORDNET)


#: News senses WordNet's counts outvote ("agent", "bomber", "shooter" are mostly things in
#: its corpus, people in news): the vocabularies' own people nouns win over the list, and
#: "anchor" (the actors plugin's relation noun: a news anchor).
_PEOPLE_DESPITE_WORDNET: Final[frozenset[str]] = (
    PARTICIPANT_NOUNS
    | UNSUFFIXED_PERSON_NOUNS
    | GROUP_NOUNS
    | SINGLE_PERSON_NOUNS
    | _words("anchor")
)


def is_thing_noun(lemma: str, compound: str | None = None) -> bool:
    """Whether a noun whose ending looks agentive names a thing: the one exception test
    behind every "person by its ending" rule of the plugins, so the events plugin's
    participants, the actors plugin's titles and its noun phrases cannot disagree about
    "the nuclear reactor". ``compound`` is a noun modifying the head ("aircraft" in
    "aircraft carrier"), which can make a thing of a head that alone names people."""
    word = lemma.lower()
    things = _wordnet_things()
    if word in _THING_NOUNS_WITH_PERSON_ENDINGS or word in things or word.endswith("ment"):
        return True
    return compound is not None and f"{compound.lower()} {word}" in things


def names_people(lemma: str, compound: str | None = None) -> bool:
    """Whether a common noun's lemma names people by an agentive ending ("fundraisers",
    "historians", "participants", "appointees"), less the words with such an ending that
    name things (``is_thing_noun``): a rule, because the people nouns news uses are an
    open class that no word list keeps up with, while the exceptions are a closed list."""
    word = lemma.lower()
    if len(word) < 5 or is_thing_noun(word, compound):
        return False
    return word.endswith(_AGENTIVE_ENDINGS)


#: Armed services named before a rank in a person's title ("Army Capt. X", "a retired Navy
#: admiral"): the employer inside the title (round 20's "Navy SEAL Ty Woods"), which the
#: actors plugin marks and the events plugin's job rules point to.
MILITARY_SERVICES: Final[frozenset[str]] = frozenset(
    {"Army", "Navy", "Marine", "Marines", "Air Force", "Coast Guard", "National Guard"}
)
#: Military ranks after a service in a title, lowercase and without their full stop.
MILITARY_RANKS: Final[frozenset[str]] = _words(
    """capt captain lt lieutenant gen general col colonel sgt sergeant maj adm admiral cmdr
    commander cpl corporal pvt spc specialist seal"""
)


def military_rank(word: str) -> bool:
    """A rank word of a military title ("Capt.", "Lt", "general", "SEAL")."""
    return word.lower().rstrip(".") in MILITARY_RANKS


#: A country's prefix to the name of its armed service ("U.S. Army", "U.S. Air Force").
_SERVICE_PREFIXES = ("U.S. ", "US ", "American ")


def military_service(name: str) -> bool:
    """Whether a name is an armed service's, with or without its country's prefix ("Army",
    "U.S. Air Force")."""
    for prefix in _SERVICE_PREFIXES:
        name = name.removeprefix(prefix)
    return name in MILITARY_SERVICES


#: Tokens an armed service's name takes at most, its country's prefix included ("U.S. Air
#: Force"), and the words it can start with (a cheap test before the names are read).
_SERVICE_TOKENS = 3
_SERVICE_OPENERS: Final[frozenset[str]] = frozenset(
    {name.split()[0] for name in MILITARY_SERVICES} | {p.strip() for p in _SERVICE_PREFIXES}
)


def rank_after_service(doc: Doc, start: int) -> int | None:
    """The index of the rank word after an armed service named from token ``start`` ("**Army**
    Capt. X", "retired **U.S. Air Force** Gen. X"), or None when no service starts there or
    no rank follows it. The one reading of these titles for both plugins: the actors plugin
    marks the service as the officer's employer, the events plugin's rank rule makes it the
    target (the gold of rounds 20-23 codes 9 of 10 such titles so). A service after its
    country's prefix is read from the prefix and again from its own first word: both give
    the same rank."""
    if doc[start].text not in _SERVICE_OPENERS:
        return None
    for end in range(start + 1, min(start + _SERVICE_TOKENS, len(doc) - 1) + 1):
        if military_service(doc[start:end].text) and military_rank(doc[end].text):
            return end
    return None
