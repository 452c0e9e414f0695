"""The events plugin: PLOVER types, participants, time, place, modality and links.

Sentences are made up for the tests; each test checks one behaviour so a
regression names itself.
"""

from __future__ import annotations

import datetime as dt

import pytest

import newsextract
from newsextract import Event, Extraction

from .events_helpers import only

TUESDAY = dt.date(2023, 2, 28)


@pytest.fixture(scope="module")
def events_pipeline(nlp) -> newsextract.Pipeline:  # type: ignore[no-untyped-def]
    return newsextract.Pipeline(nlp=nlp, enable=["actors", "events"])


@pytest.fixture(scope="module")
def run(events_pipeline: newsextract.Pipeline):  # type: ignore[no-untyped-def]
    def extract(text: str, published: dt.date | None = TUESDAY) -> Extraction:
        return events_pipeline.extract(text, published=published)

    return extract


def role_texts(event: Event, role: str) -> list[str]:
    return [p.mention.text for p in event.participants if p.role == role]


def actor_name(x: Extraction, actor_id: str | None) -> str | None:
    actor = x.actor(actor_id)
    return actor.name if actor else None


@pytest.mark.parametrize(
    ("sentence", "type_", "trigger"),
    [
        ("The president met German Chancellor Olaf Scholz in Berlin.", "CONSULT", "met"),
        ("Egypt and Israel signed a peace treaty in 1979.", "AGREE", "signed"),
        ("Hungary strongly backed Poland in the dispute.", "SUPPORT", "backed"),
        ("Russian troops attacked the city of Kharkiv.", "ASSAULT", "attacked"),
        ("Rebels killed twelve soldiers near the border.", "ASSAULT", "killed"),
        ("A court convicted the opposition leader of fraud.", "SANCTION", "convicted"),
        ("The army deployed troops to the northern province.", "MOBILIZE", "deployed"),
        ("The minister condemned the decision by Turkey.", "ACCUSE", "condemned"),
        ("Iran rejected the proposal from France.", "REJECT", "rejected"),
        ("North Korea threatened Japan with missile tests.", "THREATEN", "threatened"),
        ("Thousands of workers protested against the government.", "PROTEST", "protested"),
        ("The United States withdrew its forces from Syria.", "RETREAT", "withdrew"),
        ("The mayor urged residents to stay indoors.", "REQUEST", "urged"),
        ("Police arrested the journalist in Minsk.", "COERCE", "arrested"),
        ("Germany will cooperate with Poland on energy.", "COOPERATE", "cooperate"),
        ("The government called on Israel to halt the strikes.", "REQUEST", "called"),
        ("Japan provided humanitarian aid to Turkey.", "AID", "provided"),
    ],
)
def test_verbal_triggers_by_category(run, sentence: str, type_: str, trigger: str) -> None:  # type: ignore[no-untyped-def]
    event = only(run(sentence), type_, trigger)
    assert event.trigger.text == trigger
    assert event.participants, "an event needs someone taking part"


@pytest.mark.parametrize(
    ("sentence", "type_", "trigger"),
    [
        ("The invasion of Iraq began in March 2003.", "ASSAULT", "invasion"),
        ("The European Union extended sanctions against Iran.", "SANCTION", "sanctions"),
        ("Macron paid a state visit to Senegal.", "CONSULT", "visit"),
        ("Canada announced military assistance for Ukraine.", "AID", "assistance"),
        ("Ministers held talks with Chinese officials.", "CONSULT", "talks"),
    ],
)
def test_nominal_triggers(run, sentence: str, type_: str, trigger: str) -> None:  # type: ignore[no-untyped-def]
    event = only(run(sentence), type_, trigger)
    assert event.participants


@pytest.mark.parametrize(
    "sentence",
    [
        "He came back home after the game.",
        "She signed the guest book at the entrance.",
        "The deal was a big one for the company.",
        "The storm killed the power in the whole valley.",
        "Prices rose sharply last year.",
        "",
        "   ",
        "“Unbalanced quotes, and an attack 🙂 with no one to do it",
        "The veteran shot himself in the parking lot.",
        "The party did not meet the polling threshold.",
        "The senator called her mother on Friday.",
        "He has made a big deal of the tax issue.",
        "The plan was met with opposition in the state.",
        "Hackers sanctioned by the government read the files.",
        "Leaders must come to the aid of their party.",
        "The lawyers appealed the ruling last week.",
        "Leaders could call on their help in emergencies.",
        "In some ways the rural vote sanctioned her career.",
        "He worked for a big accounting firm that defended mutual fund companies.",
        "The talks in Geneva ended without a statement.",
    ],
)
def test_no_event_without_an_event_sense_or_a_participant(run, sentence: str) -> None:  # type: ignore[no-untyped-def]
    assert run(sentence).events == []


def test_politicians_attacking_each_other_is_criticism(run) -> None:  # type: ignore[no-untyped-def]
    x = run("Senator John Smith attacked Governor Mary Jones over the budget.")
    event = only(x, "ACCUSE", "attacked")
    assert event.mode == "disapprove"


def test_place_name_before_an_attack_is_where_not_who(run) -> None:  # type: ignore[no-untyped-def]
    x = run("Police studied the Kabul attack for months.")
    event = only(x, "ASSAULT", "attack")
    assert "Kabul" not in role_texts(event, "agent")


def test_passive_shared_by_coordinated_verbs(run) -> None:  # type: ignore[no-untyped-def]
    x = run("Smith, who was arrested in May and convicted of fraud, appealed.")
    event = only(x, "SANCTION", "convicted")
    assert role_texts(event, "target") == ["Smith"]
    assert role_texts(event, "agent") == []


def test_endorsement_of_someone_names_the_endorser(run) -> None:  # type: ignore[no-untyped-def]
    x = run("Senator Brown welcomed the endorsement of Governor Jane Miller.")
    event = only(x, "SUPPORT", "endorsement")
    assert role_texts(event, "agent") == ["Governor Jane Miller"]


def test_attacks_on_a_persons_record_are_criticism(run) -> None:  # type: ignore[no-untyped-def]
    x = run("She dismissed Republican attacks on her record as state treasurer.")
    assert only(x, "ACCUSE", "attacks").mode == "disapprove"


def test_a_person_attacking_is_criticism_even_unnamed(run) -> None:  # type: ignore[no-untyped-def]
    x = run("The businessman has attacked allies as well as adversaries.")
    assert only(x, "ACCUSE", "attacked").mode == "disapprove"


def test_relative_clause_agent_is_the_person_described(run) -> None:  # type: ignore[no-untyped-def]
    x = run("Smith is a former mayor and a candidate who has pledged to ban all rallies.")
    event = only(x, "COERCE", "ban")
    assert role_texts(event, "agent") == ["Smith"]
    assert event.modality == "planned"


def test_agent_and_target_of_active_and_passive_verbs(run) -> None:  # type: ignore[no-untyped-def]
    x = run("Syria was attacked by Turkey on Monday.")
    event = only(x, "ASSAULT", "attacked")
    assert role_texts(event, "agent") == ["Turkey"]
    assert role_texts(event, "target") == ["Syria"]
    assert event.when is not None and event.when.start == dt.date(2023, 2, 27)


def test_participants_carry_actor_ids(run) -> None:  # type: ignore[no-untyped-def]
    x = run("France criticized Germany on Monday.")
    event = only(x, "ACCUSE")
    agent = next(p for p in event.participants if p.role == "agent")
    target = next(p for p in event.participants if p.role == "target")
    assert agent.actor is not None and actor_name(x, agent.actor) == "France"
    assert target.actor is not None and actor_name(x, target.actor) == "Germany"


def test_nominal_agent_from_possessor_and_target_from_of(run) -> None:  # type: ignore[no-untyped-def]
    x = run("Iraq's invasion of Kuwait shocked the region.")
    event = only(x, "ASSAULT", "invasion")
    assert role_texts(event, "agent") == ["Iraq"]
    assert role_texts(event, "target") == ["Kuwait"]


def test_place_and_instrument(run) -> None:  # type: ignore[no-untyped-def]
    x = run("Gunmen attacked the police station in Kabul with grenades.")
    event = only(x, "ASSAULT")
    assert event.where is not None and event.where.name == "Kabul"
    assert role_texts(event, "instrument") == ["grenades"]
    assert "Kabul" in role_texts(event, "location")


def test_visit_targets_the_state_of_its_destination(run) -> None:  # type: ignore[no-untyped-def]
    x = run("Prime Minister Sunak will visit Paris on Friday.")
    event = only(x, "CONSULT", "visit")
    assert event.mode == "visit"
    assert event.modality == "planned"
    assert event.where is not None and event.where.name == "Paris"
    assert event.when is not None and event.when.start == dt.date(2023, 3, 3)


@pytest.mark.parametrize(
    ("sentence", "trigger", "modality"),
    [
        ("Turkey attacked the Kurdish militia on Sunday.", "attacked", "asserted"),
        ("Turkey is expected to attack the Kurdish militia.", "attack", "planned"),
        ("Turkey plans to attack the Kurdish militia.", "attack", "planned"),
        ("Turkey will attack the Kurdish militia.", "attack", "planned"),
        ("Turkey may attack the Kurdish militia if talks fail.", "attack", "hypothetical"),
        ("Turkey could attack the Kurdish militia.", "attack", "hypothetical"),
        ("If the militia advances, Turkey attacks it.", "attacks", "hypothetical"),
        ("Turkey did not attack the Kurdish militia.", "attack", "negated"),
        ("Turkey never attacked the Kurdish militia.", "attacked", "negated"),
        ("Turkey refused to attack the Kurdish militia.", "attack", "negated"),
        ("Turkey refrained from attacking the Kurdish militia.", "attacking", "negated"),
        ("Washington urged Turkey to attack the Kurdish militia.", "attack", "hypothetical"),
        ("Turkey repeated its plan to attack the Kurdish militia.", "attack", "planned"),
        ("No country shall attack the Kurdish militia.", "attack", "negated"),
        ("Officials said Turkey would attack the Kurdish militia.", "attack", "planned"),
        (
            "Officials said Turkey would attack the militia if it advanced.",
            "attack",
            "hypothetical",
        ),
    ],
)
def test_modality(run, sentence: str, trigger: str, modality: str) -> None:  # type: ignore[no-untyped-def]
    event = next(e for e in run(sentence).events if e.trigger.text == trigger)
    assert event.modality == modality


def test_event_inside_an_allegation_claim_is_alleged(nlp) -> None:  # type: ignore[no-untyped-def]
    pipe = newsextract.Pipeline(nlp=nlp, enable=["actors", "allegations", "events"])
    x = pipe.extract("China accused Japan of attacking its fishing boats.", published=TUESDAY)
    if not x.allegations:
        pytest.skip("the allegations plugin found no allegation here")
    accuse = only(x, "ACCUSE", "accused")
    assert any(r.startswith("allegation") for r in accuse.related)
    attack = next((e for e in x.events if e.trigger.text == "attacking"), None)
    assert attack is not None and attack.modality == "alleged"


def test_possessive_date_of_an_event_noun(run) -> None:  # type: ignore[no-untyped-def]
    x = run("Monday's visit to Paris by Chancellor Scholz went well.")
    event = only(x, "CONSULT", "visit")
    assert event.when is not None and event.when.start == dt.date(2023, 2, 27)
    assert role_texts(event, "agent") == ["Chancellor Scholz"]


def test_date_only_from_the_trigger_clause(run) -> None:  # type: ignore[no-untyped-def]
    x = run("Officials said on Monday that Russia attacked Ukraine.")
    event = only(x, "ASSAULT")
    assert event.when is None  # Monday is when they spoke, not when it happened


def test_relative_date_without_publication_keeps_the_mention(run) -> None:  # type: ignore[no-untyped-def]
    x = run("Turkey attacked Syria on Monday.", published=None)
    event = only(x, "ASSAULT")
    assert event.when is not None
    assert event.when.mention is not None and event.when.mention.text == "Monday"
    assert event.when.start is None
    y = run("Turkey attacked Syria on 16 February 2021.", published=None)
    assert only(y, "ASSAULT").when.start == dt.date(2021, 2, 16)  # type: ignore[union-attr]


def test_a_long_coordinated_sentence_keeps_every_event(run) -> None:  # type: ignore[no-untyped-def]
    # its cost is guarded in tests/test_linear_time.py (CPU time per character, by example)
    text = "Russia attacked Ukraine and " * 1500 + "the talks ended."
    assert len(run(text).events) >= 1000


class TestSeed:
    """Issue 2's expectations for the seed article, through every installed plugin."""

    def test_state_visit_to_beijing(self, seed: Extraction) -> None:
        visits = [e for e in seed.events if e.type == "CONSULT" and e.modality == "planned"]
        assert visits, [(e.type, e.trigger.text, e.modality) for e in seed.events]
        visit = visits[0]
        assert visit.mode == "visit"
        assert visit.when is not None and visit.when.start == dt.date(2023, 2, 28)
        agent = next(p for p in visit.participants if p.role == "agent")
        assert actor_name(seed, agent.actor) == "Alexander Lukashenko"
        target = next(p for p in visit.participants if p.role == "target")
        assert target.mention.text == "Beijing"
        assert actor_name(seed, target.actor) == "China"
        assert visit.where is not None and visit.where.name == "Beijing"

    def test_invasion_a_year_ago(self, seed: Extraction) -> None:
        dated = [e for e in seed.events if e.type == "ASSAULT" and e.when is not None]
        assert any(
            e.when is not None
            and e.when.precision == "month"
            and e.when.start == dt.date(2022, 2, 1)
            and e.when.end == dt.date(2022, 2, 28)
            for e in dated
        )

    def test_sanctions_support_and_hypothetical_offensive(self, seed: Extraction) -> None:
        sanction = next(e for e in seed.events if e.type == "SANCTION")
        assert sanction.modality == "asserted"  # condemned, but real
        assert (
            actor_name(seed, next(p.actor for p in sanction.participants if p.role == "target"))
            == "Russia"
        )
        support = next(e for e in seed.events if e.type == "SUPPORT")
        assert actor_name(seed, support.participants[0].actor) == "Belarus"
        join = [e for e in seed.events if e.trigger.text == "offensive"]
        assert join and all(e.modality == "hypothetical" for e in join)

    def test_accusations_tie_to_allegations(self, seed: Extraction) -> None:
        accusations = [e for e in seed.events if e.type == "ACCUSE" and e.trigger.text == "accused"]
        ids = {a.id for a in seed.allegations}
        assert accusations and all(set(e.related) & ids for e in accusations)

    def test_every_event_is_grounded(self, seed: Extraction) -> None:
        for event in seed.events:
            assert seed.text[event.trigger.start : event.trigger.end] == event.trigger.text
            for p in event.participants:
                assert seed.text[p.mention.start : p.mention.end] == p.mention.text
