"""Did it happen? Modality of an event from its clause.

Event-data users count what happened; a planned visit, a threatened
invasion "if ..." or a denied attack must not be counted as one. The clause
is read from the trigger up through the verbs that embed it ("was expected
to arrive", "refused to criticise", "may join"), a bounded walk:

- negated: "not"/"never" on the clause, an embedding "refuse/decline/fail to",
  or "no" on an event noun;
- hypothetical: a modal of possibility (may, might, could, would), or the
  clause sits in a condition ("if ...", "unless ...", "in case ...");
- planned: "will", "is going to", an embedding plan/expectation verb
  ("plans to", "is set to", "was expected to", "scheduled"), or an event noun
  marked planned/upcoming;
- alleged: the trigger lies inside the claim of an allegation found earlier;
- asserted otherwise.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsextract.dependents import child_table
from newsextract.records import Modality

from .lexicon import words
from .linking import SpanIndex
from .syntax import Tree
from .triggers import Trigger

__all__ = ["modality_of"]

_NEGATING = frozenset({"refuse", "decline", "fail", "deny", "avoid", "stop", "cease", "halt"})
_HYPOTHETICAL_MODALS = frozenset({"may", "might", "could", "would", "should", "can", "ought"})
_FUTURE_MODALS = frozenset({"will", "shall", "'ll", "wo"})
#: "Would" contracted, the conditional of speech ("he'd welcome X", "I'd support X over Y"):
#: a reported plan is written out ("said he would visit"); only before a bare verb, not the
#: "had" of "he'd barely campaigned" (which the parser may still tag as a modal).
_CONTRACTED_WOULD = frozenset({"'d", "\u2019d"})
#: Adverbs that hedge a reported "would" into a possibility ("said she would rather vote for
#: X", "said she would likely campaign with him"), not a plan.
_HEDGES = frozenset({"rather", "probably", "likely", "possibly", "perhaps", "maybe"})
_CONDITION_MARKS = frozenset({"if", "unless", "whether"})
_PLANNING = frozenset(
    [
        "plan",
        "expect",
        "intend",
        "schedule",
        "set",
        "due",
        "prepare",
        "aim",
        "hope",
        "want",
        "seek",
        "vow",
        "pledge",
        "promise",
        "decide",
        "agree",
        "announce",
    ]
)
#: Verbs of weighing an act not yet chosen ("is considering abandoning X", "would consider
#: sending troops to fight Y"): the act only might happen (gold hypothetical), not a plan.
_WEIGHING = frozenset({"consider", "mull", "contemplate", "weigh", "ponder"})
#: Adjectives of readiness or capacity whose "to"-clause is an act that only might happen
#: ("is willing to be interviewed", "is well positioned to block X", "will be able to win
#: the vote for him"); "was able to" reports the act done (see :func:`_ready_for`).
_READY = frozenset(
    {"willing", "ready", "eager", "prepared", "positioned", "poised", "able", "likely", "keen"}
)
#: Adjectives of the opposite: the act of the "to"-clause is not done ("will be unable to set
#: the board against X", "was unwilling to meet Y").
_UNREADY = frozenset({"unable", "unwilling"})
#: Nouns that, with "no", say the act of their clause is not intended or not happening: "has
#: no plans to endorse X", "no intention of voting for Y", "no chance that X will withdraw",
#: "no sign of backing down" (not "no way to", as often a possibility as a refusal).
_NO_ACT_NOUNS = words(
    """plan intention intent chance sign indication desire interest inclination"""
)
#: "has yet to apologize": the act is not done (not the necessity of "has to").
_YET = frozenset({"yet"})
#: Verbs and nouns of learning a fact: a "would" under them is the future of a past that the
#: writer tells as fact ("learned that the mayor would campaign in X", "news that the
#: department would sue X", "was appalled that he would disparage Y"), not a plan. Lemmas,
#: and the participle "appalled", which the tagger reads as an adjective.
_FACTIVE = frozenset({"learn", "discover", "realize", "news", "appal", "appall", "appalled"})
#: Verbs whose "to"-clause or object is only proposed, threatened or wished for (the
#: guidelines' "contents of threats and proposals"): "threatened to sue X", "proposed
#: banning X", "wants to meet X" are hypothetical, not planned.
_PROPOSING = frozenset({"propose", "threaten", "want"})
#: Verbs of necessity whose "to"-clause is only what should happen ("needs to persuade X",
#: "has to win"), like a modal "must": not reported as done.
_NECESSITY = frozenset({"need", "have"})
_PLANNED_MODIFIERS = frozenset(
    {
        "planned",
        "upcoming",
        "scheduled",
        "proposed",
        "expected",
        "future",
        "forthcoming",
    }
)
#: Modifiers of an event noun that only might happen: "potential Russian aggression".
_POSSIBLE_MODIFIERS = frozenset({"possible", "potential", "prospective", "hypothetical"})
_MAX_UP = 5
_REPORTING = frozenset(
    {"say", "announce", "tell", "state", "confirm", "add", "insist", "report", "promise", "vow"}
)
_PLAN_NOUNS = frozenset(
    {"plan", "proposal", "pledge", "promise", "vow", "intention", "decision", "bid", "attempt"}
)
_REQUEST_NOUNS = frozenset({"call", "demand", "request", "appeal", "threat", "push", "effort"})
#: Nouns of what only might happen, whose "of" object or "to"-clause is an act not done: "the
#: possibility of another attack", "the risk of being sued", "a willingness to meet X" ("a
#: chance to" is left out: as often a chance taken).
_POSSIBILITY_NOUNS = words(
    """possibility prospect likelihood probability risk danger specter spectre threat fear
    willingness readiness eagerness"""
)
#: Verbs of deciding whose act, decided in the past, was carried out ("decided to back X"),
#: unlike a plan ("planned to back X").
_DONE_WHEN_PAST = frozenset({"decide"})
_PREVENTING = frozenset(
    {"refrain", "abstain", "prevent", "stop", "bar", "keep", "ban", "block", "shy"}
)
#: Verbs that ask for the act of their "to"-clause (not implicative ones such as "force",
#: "convince": "forced him to resign" reports the resignation).
_REQUESTING = words(
    """urge ask call demand request press encourage implore beg tell order instruct advise
    command invite warn push pressure lobby exhort challenge entreat beseech"""
)
_DECIDING = frozenset({"decide", "choose", "opt", "vote", "rule"})
#: Verbs whose object (or "for"-object) is asked for, not done: "called for his dismissal",
#: "demanded the release of", "sought a meeting".
_ASKING_FOR = frozenset(
    {"call", "ask", "push", "press", "appeal", "plead", "lobby", "clamor", "clamour", "beg"}
)
_ASKING = frozenset({"demand", "seek", "request", "urge"})
#: Verbs that let the act of their "to"-clause happen ("would allow X to sue").
_PERMITTING = frozenset({"allow", "let", "enable", "permit", "authorize", "empower"})
#: "stopped attacking X", "ceased criticizing": the gerund's act was going on, not negated.
_ENDING = frozenset({"stop", "cease", "quit"})
#: Adverbs with which an "of" complement is avoided: "stopped short of calling",
#: "steered clear of criticizing".
_AVOIDING = frozenset({"short", "clear"})
_NO = frozenset({"no"})
#: Determiners of a subject that nobody of it did the act: "No state shall expel",
#: "Neither X nor Y attacked Z".
_NO_SUBJECT_DETS = frozenset({"no", "neither"})
#: Subjects that say nobody did the act: "None of his rivals attacked him", "Nobody
#: criticized the governor".
_NOBODY = frozenset({"none", "nobody", "neither"})
_NEVER = frozenset({"never"})
#: Event types that wrong their target: told by the one wronged, they are his accusation.
_WRONGING = frozenset({"ACCUSE", "ASSAULT", "COERCE", "THREATEN", "SANCTION", "REJECT"})
#: Verbs that report speech (their "that"-clause or quotation is the speaker's word only).
_SAYING = words(
    """say tell state complain claim charge argue contend insist add write allege assert
    maintain declare"""
)
#: The speaker's own side as the one wronged: "attacked me", "insulted our veterans".
_SPEAKERS_SIDE = frozenset({"me", "us", "my", "our"})
#: The speaker told of in the third person ("X complained that Y attacked him").
_THIRD_OBJECTS = frozenset({"him", "her", "them"})
_FIRST_SUBJECTS = frozenset({"i", "we"})


def _chain(trig: Trigger) -> list[Token]:
    """The trigger's clause and the clauses embedding it through control/raising ("expected to")."""
    start = trig.governor if trig.governor is not None else trig.token
    nodes = [trig.token] if trig.governor is not None else []
    node = start
    for _ in range(_MAX_UP):
        nodes.append(node)
        if node.dep_ in ("xcomp", "conj") and node.head.pos_ in ("VERB", "AUX", "ADJ"):
            node = node.head
            continue
        if node.dep_ == "acomp":  # "is ready to", "is due to"
            node = node.head
            continue
        if _permitted(node) or _purpose(node) or _bare_infinitive(node):
            node = node.head
            continue
        if _means(node):
            node = node.head.head
            continue
        break
    if nodes and nodes[-1].dep_ == "xcomp":
        nodes.append(nodes[-1].head)
    return nodes


#: Modals that leave a negated act open ("may not make a deal", "should not resign"); not
#: "would", "can" and "could", whose negation is mostly a refusal or an inability ("said he
#: would not change his position", "declared that he cannot support X", "could not support
#: Trump"): not done.
_OPEN_MODALS = frozenset({"may", "might", "should", "ought"})


def _only_possible_negation(chain: list[Token], tree: Tree) -> bool:
    """Whether a negated clause is only possible, asked for or conditional: "may not want to make
    the deal", "if they did not vote for Z", "asked them not to stage protests": what might not
    happen has not been told as not done, and annotators mark it hypothetical like the
    positive clause."""
    if any(_conditional(node, tree) and not _concessive(node, tree) for node in chain[:2]):
        return True
    for i, node in enumerate(chain):
        auxes = tree.kids(node, "aux")
        if any(a.lower_ in _OPEN_MODALS for a in auxes) and not any(
            a.lemma_ == "have" for a in auxes
        ):
            return True  # not "should not have called X a lightweight": regret of an act done
        if i > 0 and chain[i - 1].dep_ == "xcomp" and node.lemma_.lower() in _REQUESTING:
            return True
    return False


def _concessive(node: Token, tree: Tree) -> bool:
    """Whether the clause's condition is concessive ("even if X happened, he would not change
    his position"): the negated act is told as not done whatever happens."""
    clauses = [node, *tree.kids(node, "advcl")]
    return any(
        m.lower_ == "if" and any(a.lower_ == "even" for a in tree.kids(clause, "advmod"))
        for clause in clauses
        for m in tree.kids(clause, "mark")
    )


def _permitted(node: Token) -> bool:
    """ "a bill that would allow families to sue": what is let happen is as real as the
    letting (the parser makes "families to sue" the permitting verb's clause)."""
    return (
        node.dep_ == "ccomp"
        and node.head.lemma_.lower() in _PERMITTING
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in node.children)
    )


def _bare_infinitive(node: Token) -> bool:
    """ "a deal under which she would endorse him", "made X resign": a bare infinitive after
    a verb of perception or causing is as real as that verb."""
    return (
        node.dep_ == "ccomp"
        and node.tag_ == "VB"
        and node.head.pos_ == "VERB"
        and not any(c.dep_ in ("aux", "mark") for c in node.children)
    )


def _means(node: Token) -> bool:
    """ "might achieve more by cooperating with X", "won by attacking X": the means is as real
    as the act it serves (only possible, planned or done with it); not under a perfect ("may
    have broken the rules by leaning on X": what is only possible is the reading of an act
    done)."""
    prep = node.head
    return (
        node.dep_ == "pcomp"
        and prep.lower_ == "by"
        and prep.dep_ == "prep"
        and prep.head.pos_ in ("VERB", "AUX")
        and not any(c.dep_ == "aux" and c.lemma_ == "have" for c in prep.head.children)
    )


def _on_condition(node: Token) -> bool:
    """ "offered to debate upon the condition that X donate", "agreed on condition that X
    fund": the "that"-clause of "condition" is what must happen first, not what happened."""
    return (
        node.dep_ == "acl"
        and node.head.lemma_.lower() == "condition"
        and any(c.dep_ == "mark" and c.lower_ == "that" for c in node.children)
    )


def _headline_future(node: Token) -> bool:
    """ "Clinton to call for X", "Obama to visit Hiroshima": a "to"-infinitive as the main verb
    of a sentence (a headline's future), with its subject or as the subject noun's clause."""
    if node.tag_ != "VB" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in node.children):
        return False
    if node.dep_ == "ROOT":
        return any(c.dep_ == "nsubj" for c in node.children)
    head = node.head
    return node.dep_ == "acl" and head.dep_ == "ROOT" and head.pos_ == "PROPN"


def _for_to(node: Token) -> bool:
    """ "difficult for Trump to attack them", "time for X to act": a "for ... to" clause names
    an act that only might happen."""
    # from the document's child table, not ``Token.children``: the first verb of a run-on
    # coordination heads thousands of conjuncts, and each of their events asks about it
    table = child_table(node.doc)
    return any(c.lower_ == "for" for c in table.kids(node.i, "mark")) and any(
        c.lower_ == "to" for c in table.kids(node.i, "aux")
    )


def _asked_for_act(node: Token) -> bool:
    """ "called for banning X", "pushed for building a wall": the gerund's act is asked for."""
    prep = node.head
    return node.dep_ == "pcomp" and prep.lower_ == "for" and prep.head.lemma_.lower() in _ASKING_FOR


def _asked_of(node: Token) -> bool:
    """ "called for a special prosecutor to investigate X", "demanded an inquiry to examine
    X": the infinitive of the noun asked for is what is asked, not done (the parser hangs it
    on the noun as a relative or adjectival clause)."""
    if node.dep_ not in ("acl", "relcl") or node.tag_ != "VB" or not _to_clause(node):
        return False
    return _asked_for(node.head)


def _to_clause(node: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in node.children)


def _purpose(node: Token) -> bool:
    """ "could risk deviating from her message to fact-check him", "went on television to
    blame X": a purpose is as real as the act done for it (said, planned, only possible)."""
    return (
        node.dep_ == "advcl"
        and node.tag_ == "VB"
        and node.head.pos_ in ("VERB", "AUX")
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in node.children)
        and not any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in node.children)
    )


def _is_condition(node: Token, tree: Tree) -> bool:
    return any(m.lower_ in _CONDITION_MARKS for m in tree.kids(node, "mark"))


def _conditional(token: Token, tree: Tree) -> bool:
    """Whether the clause is a condition or depends on one.

    "if it was attacked", "in case it was attacked", "comes ... to kill" inside an
    "if" clause, and the consequent "X will join if ..." all count; the walk
    stops at a reporting verb (ccomp), whose own clause is not conditional.
    """
    if any(_is_condition(c, tree) for c in tree.kids(token, "advcl")):
        return True
    node = token
    for _ in range(_MAX_UP):
        if _is_condition(node, tree):
            return True
        head = node.head
        if node.dep_ in ("acl", "relcl", "pobj") and head.lower_ == "case":
            return True
        if _on_condition(node):
            return True
        if head.i == node.i or node.dep_ not in ("conj", "xcomp", "acl", "advcl", "prep", "pobj"):
            return False
        node = head
    return False


def _none_intended(node: Token, tree: Tree) -> bool:
    """ "has no plans to endorse X", "no intention of voting for Y", "no chance Clinton will
    withdraw": the clause of a noun of intent or likelihood under "no" is an act that is not
    happening (the noun's "to"-clause, relative clause or "of" gerund)."""
    if node.dep_ in ("acl", "relcl"):
        noun = node.head
    elif node.dep_ == "pcomp" and node.head.lower_ == "of":
        noun = node.head.head
    else:
        return False
    return (
        noun.pos_ == "NOUN" and noun.lemma_.lower() in _NO_ACT_NOUNS and tree.has(noun, "det", _NO)
    )


def _yet_to(node: Token, tree: Tree) -> bool:
    """ "has yet to apologize", "had yet to endorse X": the act has not happened (unlike the
    necessity of "has to back him")."""
    return node.lemma_.lower() == "have" and tree.has(node, "advmod", _YET)


def _ready_for(node: Token) -> bool:
    """ "is willing to meet X", "is well positioned to block Y", "will be able to make the
    case": readiness or capacity names an act that only might happen; "was able to get into
    the rally" (the copula in the past, no modal) reports it done."""
    if node.lower_ not in _READY:
        return False
    if node.lower_ != "able" or node.dep_ != "acomp":
        return True
    copula = node.head
    return copula.tag_ != "VBD" or any(c.dep_ == "aux" for c in copula.children)


def _learned_fact(node: Token) -> bool:
    """ "learned that Trump would campaign in X", "news that the department would sue Y", "was
    appalled that he would disparage Z": the "would" of a clause learned or reacted to is the
    past's future the writer tells as fact, not a plan nor a possibility."""
    head = node.head
    return node.dep_ in ("ccomp", "acl") and (
        head.lemma_.lower() in _FACTIVE or head.lower_ in _FACTIVE
    )


def _reported_future(node: Token) -> bool:
    return node.dep_ == "ccomp" and node.head.lemma_.lower() in _REPORTING


def _intended_by_noun(node: Token) -> str | None:
    """ "Trump's plan to deport", "a call to ban", "a call for the US to accept" (parsed as
    an adverbial or relative clause of the noun): the event is what a noun intends."""
    if node.dep_ == "pcomp" and node.head.lower_ == "for" and node.head.head.pos_ == "NOUN":
        # "a call for providing weapons to X", "the push for building a wall"
        return "hypothetical" if node.head.head.lemma_.lower() in _REQUEST_NOUNS else None
    if node.dep_ not in ("acl", "advcl", "relcl") or node.tag_ != "VB" or node.head.pos_ != "NOUN":
        return None
    if node.head.dep_ == "pobj" and node.head.head.lower_ == "in":
        return None  # "in a bid to persuade X", "in an effort to": a purpose, as real as its act
    head = node.head.lemma_.lower()
    if head in _PLAN_NOUNS:
        return "planned"
    if head in _REQUEST_NOUNS or head in _POSSIBILITY_NOUNS:
        return "hypothetical"
    return None


def _only_possible(token: Token) -> bool:
    """ "the possibility of another attack", "the risk of a lawsuit": an event noun that is
    the "of" object of a noun of possibility only might happen."""
    prep = token.head
    return (
        token.dep_ == "pobj"
        and prep.lower_ == "of"
        and prep.head.pos_ == "NOUN"
        and prep.head.lemma_.lower() in _POSSIBILITY_NOUNS
    )


#: Participles that set an event noun on a schedule: "a rally scheduled for Friday evening",
#: "talks planned for Friday", "a vote slated for next week".
_SCHEDULING = frozenset({"schedule", "plan", "set"})
#: Subjects of a "was to"/"is to" arrangement: a person or party named or referred to ("Biden
#: was to travel to Ohio"), not a thing ("The goal is to defeat X", an aim, not a schedule).
_ARRANGED_SUBJECTS = frozenset({"PROPN", "PRON"})
#: Pronouns of things, whose "is to" is an aim ("the case he makes, which is to ask X").
_THING_PRONOUNS = frozenset({"it", "this", "that", "which", "what"})


def _scheduled(noun: Token, tree: Tree) -> bool:
    """ "had a rally scheduled for Friday evening", "talks planned for Friday": an event noun set on
    a schedule by its participle is planned (a relative clause, "a rally that was planned
    months ago", tells of one that may have happened). Not a participle set off as an aside
    ("The talks, planned for months, finally began") nor that of the subject of a verb told
    in the past ("Talks planned for months began on Monday"): the clause tells it happened."""
    head = noun.head
    if (
        noun.dep_ in ("nsubj", "nsubjpass")
        and head.tag_ == "VBD"
        and head.lemma_ not in _STATE_VERBS
    ):
        return False
    return any(
        c.tag_ == "VBN"
        and (c.lemma_.lower() in _SCHEDULING or c.lower_ in _PLANNING_FORMS)
        and not (c.i > 0 and c.doc[c.i - 1].text == ",")
        for c in tree.kids(noun, "acl")
    )


#: Verbs whose past tells a state, not the act of their subject ("The rally scheduled for
#: Friday was a draw", "had").
_STATE_VERBS = frozenset({"be", "have"})


def _to_be_done(node: Token, tree: Tree) -> bool:
    """ "Biden was to travel to Ohio", "She is to address the convention": "be" with the
    "to"-clause of a person's act is an arrangement, planned; not a thing's ("The goal is to
    defeat X") nor a condition ("if he were to win", read as a condition first)."""
    if node.lemma_ != "be" or node.dep_ not in ("ROOT", "relcl", "ccomp", "conj"):
        return False
    subjects = tree.kids(node, "nsubj")
    return bool(subjects) and all(
        s.pos_ in _ARRANGED_SUBJECTS and s.lower_ not in _THING_PRONOUNS for s in subjects
    )


#: Forms of planning verbs the lemmatizer misreads ("slated" as "slat").
_PLANNING_FORMS = frozenset({"slated"})


def _plans(node: Token) -> bool:
    """Whether the verb plans the act of its "to"-clause ("plans to", "is expected to",
    "will decide to", "is slated to"); a decision told in the past ("decided to back X") was
    carried out."""
    lemma = node.lemma_.lower()
    if node.lower_ in _PLANNING_FORMS:
        return True
    return lemma in _PLANNING and not (lemma in _DONE_WHEN_PAST and node.tag_ == "VBD")


def _prevented(node: Token, tree: Tree) -> bool:
    """ "refrain from attacking", "prevented X from leaving", "decided against
    fact-checking", "left without meeting X", "stopped short of calling X a racist":
    the event did not happen."""
    del tree
    if node.dep_ != "pcomp":
        return False
    if node.head.lower_ == "without":
        return True
    upper = node.head.head
    if node.head.lower_ == "of":
        # "stopped short of", "fell short of", "steered clear of" (the adverb on the verb or
        # heading the "of")
        return _instead_of(node.head) or (
            upper.lower_ in _AVOIDING or any(c.lower_ in _AVOIDING for c in upper.children)
        )
    if node.head.lower_ == "against":
        return upper.lemma_.lower() in _DECIDING
    if node.head.lower_ != "from":
        return False
    return upper.lemma_.lower() in _PREVENTING  # "shied away from endorsing"


def _instead_of(prep: Token) -> bool:
    """ "Instead of complying with the demand, X sued": the act of the "of" was not done, in
    place of one told as done; not when the act chosen is only asked for or possible ("Instead
    of attacking me, they should apologize": the attacking was done)."""
    if any(c.lower_ == "instead" for c in prep.children):
        chosen = prep.head  # "sued X instead of complying"
    elif prep.head.lower_ == "instead":
        chosen = prep.head.head  # "Instead of complying, X sued"
    else:
        return False
    return chosen.pos_ in ("VERB", "AUX") and not any(
        c.dep_ == "aux" and c.lower_ in _HYPOTHETICAL_MODALS for c in chosen.children
    )


def _looked_forward(node: Token) -> bool:
    """ "I am eager to work with her": the event is planned."""
    if node.dep_ != "pcomp" or node.head.lower_ != "to":
        return False
    upper = node.head.head
    return upper.lower_ == "forward" or (
        upper.lemma_.lower() == "look" and any(c.lower_ == "forward" for c in upper.children)
    )


def _asked_for(token: Token) -> bool:
    """ "called for his dismissal", "demanded the release of X": an event noun asked for."""
    if token.dep_ == "dobj":
        return token.head.lemma_.lower() in _ASKING
    head = token.head
    return (
        token.dep_ == "pobj"
        and head.lower_ == "for"
        and head.dep_ == "prep"
        and head.head.lemma_.lower() in _ASKING_FOR
    )


def modality_of(trig: Trigger, claims: SpanIndex, tree: Tree) -> Modality:
    """The modality of the trigger's event (see the module docstring for the order of checks)."""
    chain = _chain(trig)
    token = trig.token
    if trig.nominal and tree.has(token, "det", _NO):
        return "negated"
    if _none_intended(chain[-1] if trig.governor is None else chain[0], tree):
        return "negated"  # "has no plans to endorse X", "no sign of backing down"
    # "did not accept the offer" is a rejection that happened: its own "not" made the sense
    own_negation = "negative" in (trig.sense.needs or "")
    for i, node in enumerate(chain):
        if own_negation and (node.i == token.i or (i == 1 and node.lemma_ == "do")):
            continue
        if tree.kids(node, "neg") or tree.has(node, "advmod", _NEVER):
            return "hypothetical" if _only_possible_negation(chain, tree) else "negated"
        if any(_nobody(subject, tree) for subject in tree.kids(node, "nsubj")):
            return "negated"  # "No state shall expel ...", "None of his rivals attacked him"
        if i > 0 and node.lemma_.lower() in _NEGATING and chain[i - 1].dep_ == "xcomp":
            if chain[i - 1].tag_ == "VBG" and node.lemma_.lower() in _ENDING:
                continue  # "stop portraying X as ...": the portraying went on
            return "negated"
        if i > 0 and chain[i - 1].dep_ == "xcomp" and node.lower_ in _UNREADY:
            return "negated"  # "will be unable to set the board against X"
        if i > 0 and chain[i - 1].dep_ == "xcomp" and _yet_to(node, tree):
            return "negated"  # "the mayor has yet to apologize to the family"
    if any(_conditional(node, tree) or _for_to(node) for node in chain[:2]):
        return "hypothetical"
    if _asked_for_act(chain[-1]) or _asked_of(chain[-1]):
        return "hypothetical"
    if _prevented(chain[-1] if trig.governor is None else chain[0], tree):
        return "negated"
    for i, node in enumerate(chain):
        if i > 0 and chain[i - 1].dep_ == "xcomp" and node.lemma_.lower() in _REQUESTING:
            return "hypothetical"  # "urged X to leave": asked for, not done
        if i > 0 and chain[i - 1].dep_ == "xcomp" and node.lower_ in _HYPOTHETICAL_MODALS:
            return "hypothetical"  # "he ought to pull back": the parser's modal head
        if i > 0 and chain[i - 1].dep_ == "xcomp" and node.lemma_.lower() in _PROPOSING:
            return "hypothetical"  # "threatened to sue X", "proposed banning X"
        if i > 0 and chain[i - 1].dep_ == "xcomp" and node.lemma_.lower() in _NECESSITY:
            return "hypothetical"  # "needs to persuade X", "has to back him"
        if i > 0 and chain[i - 1].dep_ == "xcomp" and node.lemma_.lower() in _WEIGHING:
            return "hypothetical"  # "is considering abandoning X"
        if i > 0 and chain[i - 1].dep_ == "xcomp" and _ready_for(node):
            return "hypothetical"  # "is willing to be interviewed", "positioned to block X"
    if trig.nominal and trig.governor is None and (_asked_for(token) or _only_possible(token)):
        return "hypothetical"
    planned = False
    for i, node in enumerate(chain):
        for child in tree.kids(node, "aux"):
            lower = child.lower_
            if lower in _CONTRACTED_WOULD and child.tag_ == "MD" and node.tag_ == "VB":
                return "hypothetical"  # "said he'd welcome X", "he'd support X over Y"
            if lower == "would" and _learned_fact(chain[-1]):
                continue  # "learned that Trump would campaign in X": told as fact
            if lower == "would" and _reported_future(chain[-1]):
                if tree.has(node, "advmod", _HEDGES):
                    return "hypothetical"  # "said she would rather vote for X"
                planned = True  # "said he would visit": the future of a past report
                continue
            if lower in _HYPOTHETICAL_MODALS:
                return "hypothetical"
            if lower in _FUTURE_MODALS:
                planned = True
        if i > 0 and _plans(node) and chain[i - 1].dep_ == "xcomp":
            planned = True
        if i > 0 and chain[i - 1].dep_ == "xcomp" and _to_be_done(node, tree):
            planned = True  # "Biden, who was to travel to Ohio on Wednesday"
        if node.lemma_.lower() == "go" and node.tag_ == "VBG" and i > 0:
            planned = True  # "is going to visit"
        if _headline_future(node):
            planned = True  # "Clinton to call for wider efforts"
    if trig.nominal and trig.governor is None and _scheduled(token, tree):
        planned = True  # "had a rally scheduled for Friday evening"
    modifiers = {c.lower_ for c in tree.kids(token, "amod", "compound")} if trig.nominal else set()
    if modifiers & _POSSIBLE_MODIFIERS:
        return "hypothetical"  # "to counter potential Russian aggression"
    if modifiers & _PLANNED_MODIFIERS:
        planned = True
    if trig.nominal and trig.governor is None and token.dep_ == "dobj":
        if token.head.lemma_.lower() in _PROPOSING:
            return "hypothetical"  # "proposed a ban", "threatened a lawsuit"
        planned = planned or token.head.lemma_.lower() in _PLANNING  # "announced a visit"
    if _looked_forward(chain[-1] if trig.governor is None else chain[0]):
        planned = True
    intent = _intended_by_noun(chain[-1] if trig.governor is None else chain[0])
    if intent == "hypothetical":
        return "hypothetical"
    if planned or intent == "planned":
        return "planned"
    if claims.containing(token.idx) or _victims_account(trig, chain, tree):
        return "alleged"
    return "asserted"


def _nobody(subject: Token, tree: Tree) -> bool:
    """Whether a subject says that nobody did the act: "no state", "neither X nor Y", "none of
    his rivals", "nobody"; the act is told as not done, like one under "not"."""
    return (
        subject.lower_ in _NOBODY
        or tree.has(subject, "det", _NO_SUBJECT_DETS)
        or tree.has(subject, "preconj", _NOBODY)
    )


def _victims_account(trig: Trigger, chain: list[Token], tree: Tree) -> bool:
    """ "Trump has been disrespecting our veterans," X said; "X complained that Y had attacked
    him": a wrong told by the one who suffered it, in his own words or reported, is his
    accusation, not the writer's fact (the guidelines' "contents of accusations"). Only when
    the wronged is the speaker: his first person in the object ("me", "our veterans"), or a
    pronoun object that can only be the speaker of a reported clause whose own subject is
    another named party; a speaker telling of his own acts ("I blame X") stays asserted."""
    if trig.sense.type not in _WRONGING:
        return False
    if trig.nominal:
        return False
    verb = chain[0]  # its own clause: a verb sharing a subject ("and questioned") has none
    saying = _saying_verb(chain[-1])
    if saying is None:
        return False
    subjects = tree.kids(verb, "nsubj")
    if not subjects or any(s.lower_ in _FIRST_SUBJECTS for s in subjects):
        return False
    objects = [
        w
        for c in tree.kids(verb, "dobj", "prep")
        for w in ([c, *tree.kids(c, "pobj")] if c.dep_ == "prep" else [c])
    ]
    for obj in objects:
        if obj.lower_ in _SPEAKERS_SIDE or _speakers_own(obj, tree):
            return True
        if (
            obj.lower_ in _THIRD_OBJECTS
            and all(s.pos_ == "PROPN" for s in subjects)
            and any(s.pos_ == "PROPN" for s in tree.kids(saying, "nsubj"))
        ):
            return True  # "Trump complained Khan had attacked him": him is Trump
    return False


def _speakers_own(noun: Token, tree: Tree) -> bool:
    """ "our veterans", "our nation's generals": the noun is the speaker's side's."""
    for _ in range(_MAX_UP):
        owners = tree.kids(noun, "poss")
        if not owners:
            return False
        noun = owners[0]
        if noun.lower_ in _SPEAKERS_SIDE:
            return True
    return False


def _saying_verb(node: Token) -> Token | None:
    """The verb of saying whose reported clause (or quotation) ``node`` heads, if any."""
    if node.dep_ == "ccomp" and node.head.lemma_.lower() in _SAYING:
        return node.head
    return None
