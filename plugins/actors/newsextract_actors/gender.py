"""The gender of the persons an article names, and of the pronouns that refer to them.

The resolver (:mod:`.coref`) gives a he or she only to a person whose gender
agrees or is unknown. A person's gender comes from an honorific ("Mr.",
"Ms."), a gendered role ("congresswoman", "his wife" -> she is a wife), a
common first name, and the article itself: a he/she in a sentence where one
person only was named votes for that person's gender. The words that name a
person outvote the pronouns near their name.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from typing import TYPE_CHECKING, Final, Literal

from . import names

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from .cluster import Cluster
    from .mentions import Mention
    from .tokens import TokenTable

Gender = Literal["m", "f"]

#: Third-person pronouns: form -> (what they may refer to, reflexive).
#: "m"/"f" are persons of that gender, "n" organisations, countries and outlets.
THIRD_PERSON: Final[dict[str, tuple[str, bool]]] = {
    "he": ("m", False),
    "him": ("m", False),
    "his": ("m", False),
    "himself": ("m", True),
    "she": ("f", False),
    "her": ("f", False),
    "hers": ("f", False),
    "herself": ("f", True),
    "its": ("n", False),
    "itself": ("n", True),
}
_GENDERED: Final[frozenset[str]] = frozenset(w for w, (g, _) in THIRD_PERSON.items() if g != "n")

#: Words saying who a person is that also say their gender.
MALE_WORDS: Final[frozenset[str]] = frozenset(
    {
        "mr",
        "mr.",
        "congressman",
        "spokesman",
        "chairman",
        "businessman",
        "councilman",
        "assemblyman",
        "husband",
        "father",
        "son",
        "brother",
        "king",
        "prince",
        "actor",
        "uncle",
        "nephew",
        "grandfather",
        "boyfriend",
        "sir",
        "lord",
        "duke",
        "pope",
        "cardinal",
    }
)
FEMALE_WORDS: Final[frozenset[str]] = frozenset(
    {
        "mrs",
        "mrs.",
        "ms",
        "ms.",
        "miss",
        "congresswoman",
        "spokeswoman",
        "chairwoman",
        "businesswoman",
        "councilwoman",
        "assemblywoman",
        "wife",
        "mother",
        "daughter",
        "sister",
        "queen",
        "princess",
        "actress",
        "aunt",
        "niece",
        "grandmother",
        "girlfriend",
        "widow",
        "lady",
        "dame",
        "duchess",
    }
)


def _decide(said: Counter[str], used: Counter[str]) -> Gender | None:
    """A person's gender: what names, honorifics and roles say, else the article's pronouns.

    "Betty Shelby" stays a woman when a "Shelby said he ..." (about someone
    else) follows her name: the words that name her are evidence, a pronoun
    near her name only a guess.
    """
    for v in (said, used):
        if v["m"] != v["f"]:
            return "m" if v["m"] > v["f"] else "f"
    return None


#: Given names ending in "a" borne mostly by men ("-ah" names are left out as a class).
_MALE_IN_A: Final[frozenset[str]] = names.words(
    """
    luca nikola ezra akira sasha mustafa musa ilya misha andrea dana joshua garcia costa
    nikita kostya vasya narendra krishna surya aditya chandra rama osama usama hamza
    taha yahya zakaria isa ata cuba
    """
)


def _first_name_gender(word: str) -> Gender | None:
    """A listed given name's gender; an unlisted one ending in "a" is a woman's.

    In English, Romance and Slavic naming alike a given name in "-a" is
    overwhelmingly a woman's ("Aparna", "Malkia", "Veronica"); "-ah"
    ("Elijah", "Noah") and the known men's names are not.
    """
    key = word.casefold()
    if key in names.MALE:
        return "m"
    if key in names.FEMALE:
        return "f"
    if len(key) > 2 and key.isalpha() and key.endswith("a") and key not in _MALE_IN_A:
        return "f"
    return None


def genders(
    doc: Doc,
    table: TokenTable,
    mentions: list[Mention],
    clusters: list[Cluster],
    cluster_of: list[int],
    titles: list[list[str]],
) -> tuple[list[Gender | None], list[Gender | None]]:
    """The gender of every cluster that is a person, where the article says it.

    Returned twice: as decided (names, honorifics and roles, else the
    article's pronouns), and from the naming words alone. The second is the
    evidence a rule can trust when the pronoun it decides has itself voted:
    a capitalised word read as a person ("Undeterred, he said") takes a
    gender from the very "he" after it.
    """
    votes: list[Counter[str]] = [Counter() for _ in clusters]
    sentence = table.sentence
    for mi, m in enumerate(mentions):
        ci = cluster_of[mi]
        if clusters[ci].kind != "person":
            continue
        words = [h.casefold() for h in m.honorifics]
        if m.start > 0:
            words.append(doc[m.start - 1].lower_)
        for w in words:
            if w in MALE_WORDS:
                votes[ci]["m"] += 3
            elif w in FEMALE_WORDS:
                votes[ci]["f"] += 3
        if len(m.name_tokens) > 1:
            g = _first_name_gender(m.name_tokens[0])
            if g is not None:
                votes[ci][g] += 2
    for ci, ts in enumerate(titles):
        for title in ts:
            for w in title.casefold().split():
                if w in MALE_WORDS:
                    votes[ci]["m"] += 2
                elif w in FEMALE_WORDS:
                    votes[ci]["f"] += 2
    named = [_decide(said, Counter()) for said in votes]
    # The article's own usage: a he/she with one person it can be named just before it.
    persons_by_sentence: dict[int, set[int]] = defaultdict(set)
    first_in: dict[int, int] = {}  # sentence -> first person mention token
    for mi, m in enumerate(mentions):
        ci = cluster_of[mi]
        if clusters[ci].kind == "person":
            s = sentence[m.start]
            persons_by_sentence[s].add(ci)
            first_in.setdefault(s, m.start)
    usage: list[Counter[str]] = [Counter() for _ in clusters]
    for i in table.where_lower(_GENDERED):
        token = doc[i]
        if token.tag_ not in {"PRP", "PRP$"}:
            continue
        form = THIRD_PERSON[token.lower_]
        s = sentence[i]
        here = persons_by_sentence.get(s)
        if not here or first_in[s] > i:
            here = persons_by_sentence.get(s - 1)
        one = _only_candidate(here, named, form[0])
        if one is not None:
            usage[one][form[0]] += 1
    return [_decide(said, used) for said, used in zip(votes, usage, strict=True)], named


def _only_candidate(persons: set[int] | None, named: list[Gender | None], want: str) -> int | None:
    """The one person a he/she can be among those named with it, the others' names being of the other gender.

    "Obama met Ms. Clinton; he said ...": Clinton is a woman by her
    honorific, so "he" votes for Obama, whose name says nothing.
    """
    if not persons:
        return None
    fits = [ci for ci in persons if named[ci] in {None, want}]
    return fits[0] if len(fits) == 1 else None
