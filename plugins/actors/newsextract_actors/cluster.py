"""Clustering mentions into one actor per real-world entity.

Every decision is a dict look-up on a normalised key, never a comparison of
all mention pairs, so a long article costs no more per mention than a short
one:

- countries cluster on their ISO code (names, capitals, seats and demonyms
  all resolve to it first);
- a person's full name clusters on the full key and on (first, last) name;
  a lone surname or first name joins the most-mentioned person who has it
  (ties: the one named first), so "Clinton" after "Hillary Clinton" and
  "Chelsea Clinton" goes to the article's main Clinton;
- an organisation clusters on its name, and an acronym on the initials of a
  longer name ("FBI" -> "Federal Bureau of Investigation"); "Senate" joins
  "U.S. Senate" when the article names only one state's Senate;
- a name the small model tagged ORG/GPE/NORP that is the surname of a person
  named in the article is that person ("Trump" as ORG, "Carly Fiorina" as ORG);
- "the Post" / "the Times" is the one outlet of the article whose name ends so.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Final

from . import gazetteer, names
from .countries import normalise as normalise_key
from .mentions import ActorKind, Mention

_SMALL_WORDS: Final[frozenset[str]] = frozenset({"of", "the", "and", "for", "on", "in", "&", "de"})
_MISTYPED_LABELS: Final[frozenset[str]] = frozenset({"ORG", "GPE", "NORP", "LOC", "FAC"})
#: Words that make a name an organisation's, whatever else it contains.
ORG_WORDS: Final[frozenset[str]] = gazetteer.STATE_ORGAN_HEADS | frozenset(
    {
        "Party",
        "Inc",
        "Corp",
        "Co",
        "Company",
        "Group",
        "Foundation",
        "Institute",
        "University",
        "College",
        "School",
        "Center",
        "Centre",
        "Association",
        "Union",
        "Bank",
        "Times",
        "Post",
        "News",
        "Network",
        "League",
        "Club",
        "Church",
        "Fund",
        "Trust",
        "Partners",
        "Media",
        "Press",
        "Society",
        "Coalition",
        "Alliance",
        "Team",
        "Campaign",
        "Project",
        "Hospital",
        "Airlines",
        "Motors",
        "Capital",
        "Holdings",
        "Caucus",
        "Board",
        "Administration",
        "Organization",
        "Organisation",
        "Federation",
    }
)


@dataclass
class Cluster:
    """The mentions of one actor and what is known about it."""

    kind: ActorKind
    key: str
    mentions: list[int] = field(default_factory=list)  #: indexes into the mention list
    code: str | None = None

    @property
    def first(self) -> int:
        return self.mentions[0]


def initials(words: list[str]) -> str:
    """The acronym of a multi-word name: capitals of its significant words."""
    letters = [w[0] for w in words if w and w.casefold() not in _SMALL_WORDS and w[0].isalpha()]
    return "".join(letters).upper()


#: Words that open a surname ("Bill de Blasio" is "De Blasio", not a "De" of the Blasios).
SURNAME_PARTICLES: Final[frozenset[str]] = frozenset(
    {"de", "del", "della", "di", "da", "du", "von", "der", "den", "le", "ter"}
)
#: Heads of a government body whose short form drops them: "VA" for the
#: "Department of Veterans Affairs", "HUD" for "Housing and Urban Development".
_BODY_HEADS: Final[frozenset[str]] = frozenset({"department", "ministry", "office", "bureau"})


def acronyms(words: list[str]) -> list[str]:
    """The initials a multi-word organisation name may be written as.

    Its significant words' capitals, and for "Department of X" also X's
    (two letters at least).
    """
    out = [initials(words)]
    if len(words) > 3 and words[0].casefold() in _BODY_HEADS and words[1].casefold() == "of":
        short = initials(words[2:])
        if len(short) >= 2:
            out.append(short)
    return out


def name_key(word: str) -> str:
    """A surname or forename as a look-up key: "O’Neill" and "O'Neill" are one name."""
    return word.replace("\u2019", "'")


def _is_acronym(text: str) -> bool:
    letters = text.replace(".", "")
    return 2 <= len(letters) <= 6 and letters.isalpha() and letters.isupper()


#: Last words that make a name an organisation's even when tagged PERSON ("Our Principles PAC").
_ORG_LAST_WORDS: Final[frozenset[str]] = ORG_WORDS | frozenset({"PAC", "Patrol"})


def _unpersoned(mentions: list[Mention]) -> None:
    """Names tagged PERSON that end in an organisation's head word: "Border Patrol", "John Birch Society".

    No person's name ends in "Society", "Foundation" or "PAC"; typed as
    people they would take "he" and block "it" and "they". Only names: a
    role description ("Secret Service agent") ends in its role.
    """
    for m in mentions:
        words = m.text.split()
        named = m.kind == "person" and m.role == "name" and m.label == "PERSON"
        if named and len(words) > 1 and words[-1] in _ORG_LAST_WORDS and not m.honorifics:
            m.kind = "organization"
            m.key = normalise_key(m.text)
            m.name_tokens = ()


def _retype(mentions: list[Mention]) -> None:
    """Names the parser mistyped as ORG/GPE/NORP that are people.

    Two signals, both about the article itself: the name ends in the surname
    of someone tagged PERSON ("Carly Fiorina" as ORG next to PERSON "Fiorina"),
    or its last word is used alone elsewhere ("Keith Lamont Scott" ... "Scott"),
    which is how news shortens people and almost never organisations.
    """
    tagged = [m for m in mentions if m.kind == "person" and m.label == "PERSON"]
    surnames = {key for m in tagged for key in m.surname_keys}
    full_names = {m.key for m in tagged if len(m.name_tokens) > 1}
    singles = {
        m.text.casefold()
        for m in mentions
        if len(m.text.split()) == 1 and m.canonical is None and m.kind in ("person", "organization")
    }
    surnames.discard("")
    movable = [
        m
        for m in mentions
        if m.kind not in ("person", "country", "media")
        and m.canonical is None
        and m.label in _MISTYPED_LABELS
    ]
    for m in movable:
        words = m.text.split()
        if not (2 <= len(words) <= 3 and all(_name_like(w) for w in words)):
            continue
        if any(w in ORG_WORDS for w in words):
            continue
        last = words[-1].casefold()
        if last in surnames or last in singles or m.key in full_names or _forename_first(m, words):
            m.kind = "person"
            m.name_tokens = tuple(words)
            m.key = " ".join(words).casefold()
            surnames.add(last)
    # "Melania" tagged a place after "Melania Trump": a first name of the article's people
    forenames = {
        m.name_tokens[0].casefold()
        for m in mentions
        if m.kind == "person"
        and len(m.name_tokens) > 1
        and m.name_tokens[0].isalpha()
        and not any(w.casefold() in gazetteer.PERSON_ROLES for w in m.name_tokens)
    }  # not "Charlotte Mayor", a place and a title the parser took for a name
    forenames -= _PLACE_NAMES
    for m in movable:
        word = m.text.casefold()
        if m.kind != "person" and _name_like(m.text) and (word in surnames or word in forenames):
            m.kind = "person"
            m.name_tokens = (m.text,)
            m.key = m.text.casefold()


#: One-word names of places that are also given names ("Virginia", "Georgia").
_PLACE_NAMES: Final[frozenset[str]] = frozenset(
    w.casefold()
    for w in gazetteer.US_STATES | frozenset(c for cs in gazetteer.CAPITALS.values() for c in cs)
)


def _forename_first(m: Mention, words: list[str]) -> bool:
    """Whether an ORG-tagged name opens with a listed given name: "Sean Hannity", "Carly Fiorina".

    The small model tags many people it has not seen as organisations; a
    name that starts with a common given name is a person's (its surname
    need not recur in the article). Places keep their tag ("Virginia Beach"
    is no listed name, and GPE/LOC/FAC tags are left alone).
    """
    first = words[0].casefold()
    return m.label == "ORG" and (first in names.MALE or first in names.FEMALE)


def _name_like(word: str) -> bool:
    """A capitalised word of letters, apostrophes and hyphens: "DuVernay", "O'Neill"."""
    core = word.replace("'", "").replace("’", "").replace("-", "")
    return word[:1].isupper() and core.isalpha()


def _qualify(mentions: list[Mention]) -> None:
    """Give "Senate" the key of "U.S. Senate" when only one state's Senate is named."""
    codes: dict[str, set[str]] = defaultdict(set)
    for m in mentions:
        if m.rest_key is not None and m.org_country is not None:
            codes[m.rest_key].add(m.org_country)
    for m in mentions:
        if m.kind == "organization" and m.org_country is None and m.canonical is None:
            found = codes.get(m.key)
            if found is not None and len(found) == 1:
                code = next(iter(found))
                m.org_country, m.rest_key, m.key = code, m.key, f"{code}:{m.key}"


def cluster_mentions(mentions: list[Mention]) -> list[Cluster]:
    """Group mentions into clusters, ordered by first mention."""
    _unpersoned(mentions)
    _retype(mentions)
    _qualify(mentions)
    clusters: list[Cluster] = []
    by_key: dict[tuple[str, str], int] = {}
    by_first_last: dict[tuple[str, str], int] = {}
    surname: dict[str, list[int]] = defaultdict(list)
    forename: dict[str, list[int]] = defaultdict(list)
    org_initials: dict[str, int] = {}
    media_last: dict[str, set[int]] = defaultdict(set)  #: "post" -> {New York Post}
    assigned: list[int] = [-1] * len(mentions)

    def new(kind: ActorKind, key: str, code: str | None = None) -> int:
        clusters.append(Cluster(kind=kind, key=key, code=code))
        by_key[(_space(kind), key)] = len(clusters) - 1
        return len(clusters) - 1

    # Pass 1: everything that names its entity fully.
    for i, m in enumerate(mentions):
        if m.kind == "person" and m.canonical is not None:  # a user dictionary name
            c = by_key.get(("person", m.key))
            if c is None:
                c = new("person", m.key, m.code)
            canonical_words = m.canonical.split()
            if len(canonical_words) > 1:
                last = canonical_words[-1].casefold()
                by_first_last.setdefault((canonical_words[0].casefold(), last), c)
                if c not in surname[last]:
                    surname[last].append(c)
            assigned[i] = c
        elif m.kind == "person":
            if len(m.name_tokens) < 2 or not m.surname or m.forename in SURNAME_PARTICLES:
                continue  # "De Blasio" waits for pass 2, a surname like "Clinton"
            first, last = name_key(m.forename), name_key(m.surname)
            c = by_key.get(("person", m.key))
            if c is None:
                c = by_first_last.get((first, last))
            if c is None:
                c = new("person", m.key)
            by_key.setdefault(("person", m.key), c)
            by_first_last.setdefault((first, last), c)
            for key in map(name_key, m.surname_keys):
                if c not in surname[key]:
                    surname[key].append(c)
            if c not in forename[first]:
                forename[first].append(c)
            assigned[i] = c
        elif _deferred(m):
            continue
        else:
            c = by_key.get((_space(m.kind), m.key))
            if c is None:
                c = new(m.kind, m.key, m.code)
            words = m.text.split()
            if m.kind == "organization" and len(words) > 1:
                for short in acronyms(words):
                    org_initials.setdefault(short, c)
            if m.kind == "media" and len(words) > 1:
                media_last[words[-1].casefold()].add(c)
            assigned[i] = c

    counts: dict[int, int] = defaultdict(int)
    first_seen: dict[int, int] = {}
    for i, c in enumerate(assigned):
        if c >= 0:
            counts[c] += 1
            first_seen.setdefault(c, i)

    def weight(c: int) -> tuple[int, int]:
        return counts[c], -first_seen.get(c, len(mentions))

    genders: dict[int, Counter[str]] = defaultdict(Counter)
    for i, c in enumerate(assigned):
        m = mentions[i]
        if c >= 0 and m.kind == "person":
            cue = names.gender_of_forename(m.forename) if len(m.name_tokens) > 1 else None
            for word in m.honorifics:
                cue = cue or names.gender_of_honorific(word)
            if cue:
                genders[c][cue] += 1

    def gender_of(c: int) -> str | None:
        votes = genders.get(c)
        if not votes or votes["m"] == votes["f"]:
            return None
        return "m" if votes["m"] > votes["f"] else "f"

    # Pass 2: short forms, resolved against the full names found in pass 1.
    for i, m in enumerate(mentions):
        if assigned[i] >= 0:
            continue
        word = name_key(m.surname) if m.kind == "person" else m.text.casefold()
        candidates = surname.get(word) or (forename.get(word) if m.kind == "person" else None)
        c = -1
        outlets = media_last.get(word) if m.kind != "person" else None
        if outlets is not None and len(outlets) == 1:
            c = next(iter(outlets))  # "the Post" after "The Washington Post"
        elif candidates:
            if m.gender is not None and len(candidates) > 1:
                # "Trump said he": of Donald and Ivanka Trump, the one it can be
                agreeing = [k for k in candidates if gender_of(k) in (m.gender, None)]
                candidates = agreeing or candidates
            c = max(candidates, key=weight)
        elif _is_acronym(m.text) and m.kind in ("organization", "other", "group", "person"):
            c = org_initials.get(m.text.replace(".", "").upper(), -1)
            if c < 0:
                kind: ActorKind = "organization" if m.kind != "group" else "group"
                c = by_key.get((_space(kind), m.key), -1)
                if c < 0:
                    c = new(kind, m.key, m.code)
        if c < 0:
            c = by_key.get((_space(m.kind), m.key), -1)
            if c < 0:
                c = new(m.kind, m.key, m.code)
        assigned[i] = c

    _merge_short_forms(mentions, clusters, assigned)
    for i, c in enumerate(assigned):
        clusters[c].mentions.append(i)
    ordered = sorted((c for c in clusters if c.mentions), key=lambda c: c.first)
    for cluster in ordered:
        if _space(cluster.kind) == _NAME_SPACE:
            kinds = Counter(mentions[i].kind for i in cluster.mentions)
            first_kind = mentions[cluster.first].kind
            cluster.kind = max(kinds, key=lambda k: (kinds[k], k == first_kind))
    return ordered


_NAME_SPACE: Final[str] = "name"


#: Head nouns that, capitalised and alone ("the Court said"), are the one body
#: of the article whose name ends in them ("Manhattan Supreme Court").
_HEAD_NAMES: Final[frozenset[str]] = frozenset(
    {
        "Court",
        "Committee",
        "Commission",
        "Council",
        "Department",
        "Agency",
        "Bureau",
        "Institute",
        "Foundation",
        "University",
        "Association",
        "Federation",
        "Board",
        "Fund",
        "Company",
    }
)


#: Clipped names news writes for one body named in full elsewhere in the article:
#: "the Fed" after "the Federal Reserve" (no acronym, no prefix of its words). Not a
#: gazetteer alias: the gazetteer's tables give a name its state or kind, and a clipped
#: name joins only when the article names exactly one such body in full (a general
#: prefix rule joined "Congress" to "Congressional Budget Office"); "the Federal
#: Reserve Board ... the Fed" (no "Federal Reserve" named) stays apart.
_CLIPPED: Final[dict[str, str]] = {"Fed": normalise_key("Federal Reserve")}


def _merge_short_forms(
    mentions: list[Mention], clusters: list[Cluster], assigned: list[int]
) -> None:
    """An organisation's name without its "of"/"for" phrase is the same organisation.

    "Peterson Institute" is "Peterson Institute for International Economics":
    the short form joins the one longer name it begins, when exactly one does;
    a capitalised head noun alone ("the Court's decision") joins the one name
    it ends ("Manhattan Supreme Court"); a department's name without its head
    ("Justice", "Treasury") joins the one "X Department" or "X Ministry".
    (Person names ending a longer one, "Peña Nieto", were tried and did not
    help on held-out articles.)
    """
    prefixes: dict[str, set[int]] = defaultdict(set)
    body_words: set[str] = set()  #: "justice" of "Justice Department"
    for i, m in enumerate(mentions):
        full = normalise_key(m.canonical or m.text)
        if full in _CLIPPED.values() and m.kind == "organization":
            prefixes[full].add(assigned[i])  # "Federal Reserve", which "the Fed" clips
        name = (m.canonical or m.text).split()  # a gazetteer's "Justice Department" too
        if m.kind == "organization" and len(name) == 2 and name[-1].casefold() in _BODY_HEADS:
            short = normalise_key(name[0])  # "Justice" after "Justice Department"
            prefixes[short].add(assigned[i])
            body_words.add(short)
        if m.kind == "organization" and m.canonical is None:
            words = m.text.split()
            for n, w in enumerate(words):
                if n >= 2 and w.casefold() in {"of", "for"}:
                    prefixes[normalise_key(" ".join(words[:n]))].add(assigned[i])
                    break
            if len(words) > 1 and words[-1] in _HEAD_NAMES:
                prefixes[words[-1].casefold()].add(assigned[i])  # "the Court" after "... Court"
    if not prefixes:
        return
    moves: dict[int, int] = {}
    for i, m in enumerate(mentions):
        c = assigned[i]
        if m.kind != "organization" or m.canonical is not None:
            continue
        key = normalise_key(m.text)
        clipped = _CLIPPED.get(m.text.strip())
        if clipped is not None and len(prefixes.get(clipped, ())) == 1:
            key = clipped
        elif (
            " " not in m.text.strip()
            and m.text.strip() not in _HEAD_NAMES
            and key not in body_words
        ):
            continue  # a one-word name stands for a longer one only as its head noun
        found = prefixes.get(key)
        if found and len(found) == 1:
            target = next(iter(found))
            if target != c and _space(clusters[target].kind) == _space(clusters[c].kind):
                moves[c] = target
    for i, c in enumerate(assigned):
        moved = moves.get(c)
        if moved is not None and moved not in moves:
            assigned[i] = moved


def _space(kind: ActorKind) -> str:
    """Organisations, groups and other places share one key space: the parser's
    label for the same name flips between ORG, GPE and NORP within an article."""
    return _NAME_SPACE if kind in ("organization", "other", "group") else kind


def _deferred(m: Mention) -> bool:
    """Short forms wait for pass 2: acronyms, and one-word names that may be surnames."""
    if m.kind == "organization" and _is_acronym(m.text):
        return m.canonical is None or _is_acronym(m.canonical)
    if m.canonical is not None or m.kind in ("country", "media"):
        return False
    if _is_acronym(m.text):
        return True
    return len(m.text.split()) == 1 and m.label in _MISTYPED_LABELS
