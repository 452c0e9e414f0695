"""The built-in actors plugin: each clustering, typing and title rule on made-up news sentences."""

from __future__ import annotations

import json
import time

import pytest
from newsextract_actors.build import ActorBuilder, is_generic_organ, is_role_noun
from newsextract_actors.countries import country_index

import newsextract
from newsextract import Actor, Extraction


@pytest.fixture(scope="module")
def actors_only(nlp) -> newsextract.Pipeline:  # type: ignore[no-untyped-def]
    return newsextract.Pipeline(nlp=nlp, enable=["actors"])


@pytest.fixture(scope="module")
def run(actors_only: newsextract.Pipeline):  # type: ignore[no-untyped-def]
    def _run(text: str) -> Extraction:
        return actors_only.extract(text, doc_id="t")

    return _run


def by_name(extraction: Extraction, name: str) -> Actor:
    found = [a for a in extraction.actors if a.name == name]
    assert found, f"no actor named {name!r} in {[a.name for a in extraction.actors]}"
    assert len(found) == 1, f"{name!r} split into {len(found)} actors"
    return found[0]


def texts(actor: Actor) -> list[str]:
    return [m.text for m in actor.mentions]


# -- country look-up (no parse needed) ---------------------------------------------------


@pytest.mark.parametrize(
    ("demonym", "code"),
    [
        ("Ukrainian", "UKR"),
        ("Belarusian", "BLR"),
        ("Kenyan", "KEN"),
        ("Iranian", "IRN"),
        ("Chinese", "CHN"),
        ("Americans", "USA"),
        ("Israeli", "ISR"),
    ],
)
def test_demonyms_resolve_by_rule_or_table(demonym: str, code: str) -> None:
    assert country_index().by_demonym(demonym) == code


@pytest.mark.parametrize("word", ["Republican", "Democrats", "Muslim", "Christian", "European"])
def test_non_national_groups_are_not_demonyms(word: str) -> None:
    assert country_index().by_demonym(word) is None


def test_country_names_use_newsroom_short_forms() -> None:
    index = country_index()
    assert index.name("RUS") == "Russia"
    assert index.name("USA") == "United States"
    assert index.name("KOR") == "South Korea"
    assert index.by_name("U.S.") == "USA"
    assert index.by_name("the United States") == "USA"
    assert index.by_name("Russian Federation") == "RUS"
    assert index.by_place("Kremlin") == "RUS"


def test_generic_organs() -> None:
    assert is_generic_organ("Foreign Ministry")
    assert is_generic_organ("Ministry of Foreign Affairs")
    assert not is_generic_organ("Atlantic Council")
    assert not is_generic_organ("Google")


# -- rules on made-up sentences ---------------------------------------------------------------


def test_capitals_stand_for_their_country(run) -> None:  # type: ignore[no-untyped-def]
    x = run(
        "Officials in Washington and Moscow traded accusations on Tuesday. "
        "The United States said Russia had broken the treaty, while Beijing stayed silent."
    )
    us = by_name(x, "United States")
    assert {"Washington", "United States"} <= set(texts(us))
    assert us.type == "country" and us.code == "USA"
    russia = by_name(x, "Russia")
    assert {"Moscow", "Russia"} <= set(texts(russia))
    china = by_name(x, "China")  # named only through its capital
    assert texts(china) == ["Beijing"] and china.code == "CHN"


def test_seat_of_government_is_the_state(run) -> None:  # type: ignore[no-untyped-def]
    x = run("The Kremlin rejected the report. Russia has denied any role in the attack.")
    russia = by_name(x, "Russia")
    assert "Kremlin" in texts(russia)
    assert not [a for a in x.actors if a.name == "Kremlin"]


def test_us_variants_cluster(run) -> None:  # type: ignore[no-untyped-def]
    x = run(
        "The U.S. imposed new tariffs. The United States says America will not back down, "
        "and US sanctions followed."
    )
    us = by_name(x, "United States")
    assert {"U.S.", "United States", "America", "US"} <= set(texts(us))


def test_surname_joins_full_name_with_title(run) -> None:  # type: ignore[no-untyped-def]
    x = run(
        "German Chancellor Olaf Scholz met officials in Paris on Monday. "
        "Scholz said the talks had been productive."
    )
    scholz = by_name(x, "Olaf Scholz")
    assert scholz.type == "person"
    assert texts(scholz) == ["Olaf Scholz", "Scholz"]
    assert "Scholz" in scholz.aliases
    assert "German Chancellor" in scholz.titles
    germany = by_name(x, "Germany")  # created from the demonym alone
    # a name inside a title is no mention (the guidelines' ruling); the country
    # stays as the person's affiliation
    assert texts(germany) == []
    assert scholz.affiliation == germany.id
    assert scholz.code == "DEU"


def test_lone_surname_goes_to_the_main_bearer(run) -> None:  # type: ignore[no-untyped-def]
    x = run(
        "Hillary Clinton spoke in Ohio. Hillary Clinton later met voters with her daughter "
        "Chelsea Clinton. Clinton told reporters she felt fine."
    )
    hillary = by_name(x, "Hillary Clinton")
    chelsea = by_name(x, "Chelsea Clinton")
    assert "Clinton" in texts(hillary)
    assert "Clinton" not in texts(chelsea)


def test_demonym_gives_affiliation(run) -> None:  # type: ignore[no-untyped-def]
    x = run("Belarusian President Alexander Lukashenko arrived in Beijing on Tuesday.")
    belarus = by_name(x, "Belarus")
    luka = by_name(x, "Alexander Lukashenko")
    assert belarus.code == "BLR"
    assert luka.affiliation == belarus.id
    assert "Belarusian President" in luka.titles


def test_media_gazetteer(run) -> None:  # type: ignore[no-untyped-def]
    x = run(
        "The minister spoke to AFP on Sunday. Reuters and the Associated Press reported "
        "the same figures, citing Xinhua."
    )
    for name in ("AFP", "Reuters", "Associated Press", "Xinhua"):
        assert by_name(x, name).type == "media"


def test_international_organisations(run) -> None:  # type: ignore[no-untyped-def]
    x = run("NATO and the UN condemned the strike. The United Nations called for a ceasefire.")
    assert by_name(x, "NATO").type == "organization"
    un = by_name(x, "United Nations")
    assert un.type == "organization"
    assert {"UN", "United Nations"} <= set(texts(un))


def test_capitals_are_never_people(run) -> None:  # type: ignore[no-untyped-def]
    x = run(
        "Kyiv said the attack was repelled. Kyiv's forces moved east, and Belarus denied "
        "involvement. Ukraine thanked its allies."
    )
    assert not [a for a in x.actors if a.type == "person"]
    ukraine = by_name(x, "Ukraine")
    assert texts(ukraine).count("Kyiv") == 2
    assert by_name(x, "Belarus").type == "country"


def test_apposition_title(run) -> None:  # type: ignore[no-untyped-def]
    x = run("Barack Obama, the president, said on Monday that the economy was growing.")
    obama = by_name(x, "Barack Obama")
    assert any("president" in t for t in obama.titles)


def test_unqualified_state_organ_belongs_to_focal_country(run) -> None:  # type: ignore[no-untyped-def]
    x = run(
        "Japan has protested the launch. Japan said it would raise the issue at the UN. "
        '"This is unacceptable," Foreign Ministry spokesman Hikariko Ono said.'
    )
    japan = by_name(x, "Japan")
    ono = next(a for a in x.actors if a.type == "person")
    assert ono.affiliation == japan.id
    assert ono.code == "JPN"
    assert any("spokesman" in t for t in ono.titles)


def test_acronym_joins_full_name(run) -> None:  # type: ignore[no-untyped-def]
    x = run(
        "The Federal Bureau of Investigation opened an inquiry into the leak. "
        "The FBI declined to comment."
    )
    fbi = [a for a in x.actors if "FBI" in texts(a)]
    assert len(fbi) == 1
    assert "Federal Bureau of Investigation" in texts(fbi[0])
    assert fbi[0].code == "USA"


def test_codes_from_pycountry(run) -> None:  # type: ignore[no-untyped-def]
    x = run("Iran and South Korea signed a deal with Vietnam.")
    assert by_name(x, "Iran").code == "IRN"
    assert by_name(x, "South Korea").code == "KOR"
    assert by_name(x, "Vietnam").code == "VNM"


def test_party_names_cluster_and_affiliate(run) -> None:  # type: ignore[no-untyped-def]
    x = run(
        "Republican presidential candidate Mark Dalton attacked Democrats on Tuesday. "
        "The GOP nominee said the Democratic Party had failed, and Republicans cheered."
    )
    gop = by_name(x, "Republican Party")
    # a party inside a title or a description is no mention of it (guidelines)
    assert texts(gop) == ["Republicans"]
    dems = by_name(x, "Democratic Party")
    assert {"Democrats", "Democratic Party"} <= set(texts(dems))
    dalton = by_name(x, "Mark Dalton")
    assert dalton.affiliation == gop.id
    assert "GOP nominee" in texts(dalton)


def test_state_qualified_body_and_short_form(run) -> None:  # type: ignore[no-untyped-def]
    x = run("She won a seat in the U.S. Senate in 2010. The Senate later confirmed her.")
    senate = [a for a in x.actors if "Senate" in texts(a)]
    assert len(senate) == 1
    assert "U.S. Senate" in texts(senate[0])
    assert senate[0].code == "USA"


def test_dotted_acronyms_are_the_same_body(run) -> None:  # type: ignore[no-untyped-def]
    x = run("The C.I.A. briefed senators. The Central Intelligence Agency declined to comment.")
    cia = [a for a in x.actors if "C.I.A." in texts(a)]
    assert len(cia) == 1 and cia[0].code == "USA"
    assert "Central Intelligence Agency" in texts(cia[0])


def test_title_completing_word_is_not_an_organisation(run) -> None:  # type: ignore[no-untyped-def]
    x = run("Secretary of State John Kerry met his Russian counterpart in Geneva.")
    assert not [a for a in x.actors if a.name == "State"]
    assert by_name(x, "John Kerry").type == "person"


def test_person_named_with_a_role_is_a_person(run) -> None:  # type: ignore[no-untyped-def]
    x = run(
        "Spokeswoman Haley Morris said the campaign would move staff to Iowa. "
        "Morris declined to give numbers."
    )
    morris = by_name(x, "Haley Morris")
    assert morris.type == "person"
    assert texts(morris) == ["Haley Morris", "Morris"]


def test_dateline_is_not_the_state(run) -> None:  # type: ignore[no-untyped-def]
    x = run("WASHINGTON (AP) — Lawmakers met on Friday to discuss the budget.")
    assert not [a for a in x.actors if a.type == "country"]


def test_names_keep_their_spelling(run) -> None:  # type: ignore[no-untyped-def]
    x = run("President Bashar al-Assad spoke in Damascus. Assad denied the charges.")
    assad = [a for a in x.actors if a.type == "person"]
    assert [a.name for a in assad] == ["Bashar al-Assad"]
    assert "President" in assad[0].titles


def test_untagged_surname_is_found(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Senator Marco Rubio spoke in Miami on Monday. Later, Rubio left.")
    # Make the parser "miss" the second Rubio, as the small model often does.
    doc.ents = [e for e in doc.ents if not (e.text == "Rubio" and e.start > 3)]
    assert [e.text for e in doc.ents].count("Rubio") == 0
    ctx = newsextract.ExtractionContext(doc)
    actors = ActorBuilder(doc, ctx.text).actors(ctx)
    rubio = [a for a in actors if a.name == "Marco Rubio"]
    assert len(rubio) == 1
    assert texts(rubio[0]) == ["Marco Rubio", "Rubio"]


def test_outlet_short_form(run) -> None:  # type: ignore[no-untyped-def]
    x = run("The New York Post reports that the team avoided the hospital, The Post has learned.")
    post = by_name(x, "New York Post")
    assert post.type == "media"
    assert texts(post) == ["New York Post", "Post"]


def actors_with_ents(nlp, text: str, ents: list[tuple[str, str]]) -> list[Actor]:  # type: ignore[no-untyped-def]
    """Actors of ``text`` when the parser's entities are exactly ``ents`` (surface, label).

    Lets a test reproduce a given NER mistake of the small model instead of
    hoping the model makes it on a made-up sentence.
    """
    from spacy.tokens import Span as SpacySpan

    doc = nlp(text)
    spans = []
    cursor = 0
    for surface, label in ents:  # in text order; each found after the previous one
        start = text.index(surface, cursor)
        cursor = start + len(surface)
        span = doc.char_span(start, start + len(surface), label=label)
        assert span is not None, surface
        spans.append(span)
    doc.ents = [SpacySpan(doc, s.start, s.end, label=s.label_) for s in spans]
    ctx = newsextract.ExtractionContext(doc)
    return ActorBuilder(doc, ctx.text).actors(ctx)


def test_ner_correction_capital_and_country(nlp) -> None:  # type: ignore[no-untyped-def]
    actors = actors_with_ents(
        nlp,
        "Kyiv denied the claim, and Belarus said nothing.",
        [("Kyiv", "PERSON"), ("Belarus", "ORG")],
    )
    assert [(a.name, a.type, a.code) for a in actors] == [
        ("Ukraine", "country", "UKR"),
        ("Belarus", "country", "BLR"),
    ]


def test_ner_correction_person_tagged_org(nlp) -> None:  # type: ignore[no-untyped-def]
    actors = actors_with_ents(
        nlp,
        "Keith Lamont Scott was shot on Tuesday. Police said Scott had a gun.",
        [("Keith Lamont Scott", "ORG"), ("Scott", "ORG")],
    )
    people = [a for a in actors if a.type == "person"]
    assert [(a.name, len(a.mentions)) for a in people] == [("Keith Lamont Scott", 2)]


def test_ner_correction_organisation_is_not_a_person(nlp) -> None:  # type: ignore[no-untyped-def]
    actors = actors_with_ents(
        nlp,
        "The Clinton Foundation said on Monday that Clinton had left its board.",
        [("Clinton Foundation", "ORG"), ("Clinton", "PERSON")],
    )
    assert sorted(a.type for a in actors) == ["organization", "person"]


def test_entity_run_on_is_trimmed(nlp) -> None:  # type: ignore[no-untyped-def]
    actors = actors_with_ents(
        nlp,
        "The Minnesota Vikings - while trailing - won the game.",
        [("Minnesota Vikings - while", "ORG")],
    )
    assert [a.mentions[0].text for a in actors] == ["Minnesota Vikings"]


def test_one_name_under_two_labels_is_one_actor(nlp) -> None:  # type: ignore[no-untyped-def]
    actors = actors_with_ents(
        nlp,
        "Concord voted early on Monday. Concord said turnout was high.",
        [("Concord", "GPE"), ("Concord", "ORG")],
    )
    assert [(a.name, len(a.mentions)) for a in actors] == [("Concord", 2)]


def test_hyphenated_surnames(run) -> None:  # type: ignore[no-untyped-def]
    x = run(
        "Economist Douglas Holtz-Eakin criticised the plan on Friday. "
        "Holtz-Eakin said the numbers did not add up."
    )
    people = [a for a in x.actors if a.type == "person"]
    assert [(a.name, len(a.mentions)) for a in people] == [("Douglas Holtz-Eakin", 2)]


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("spokesperson", True),
        ("strongman", True),
        ("president", True),
        ("critic", True),
        ("nominee", True),
        ("debate", False),
        ("action", False),
        ("tuesday", False),
    ],
)
def test_role_nouns(word: str, expected: bool) -> None:
    assert is_role_noun(word) is expected


@pytest.fixture
def user_dictionary(tmp_path, monkeypatch):  # type: ignore[no-untyped-def]
    """A user actor dictionary in effect for one test (and forgotten after it)."""
    from newsextract_actors import dictionary

    path = tmp_path / "actors.json"
    path.write_text(
        json.dumps(
            [
                {"canonical": "Vladimir Putin", "names": ["Putin"], "type": "person", "code": "RU"},
                {"canonical": "Wagner Group", "names": ["Wagner"], "type": "group", "code": "RUS"},
                {"canonical": "Hamas", "type": "organization", "code": "PSE"},
            ]
        ),
        encoding="utf-8",
    )
    monkeypatch.setenv(dictionary.ENV_VAR, str(path))
    dictionary.reset()
    yield path
    monkeypatch.delenv(dictionary.ENV_VAR)
    dictionary.reset()


def test_user_dictionary(run, user_dictionary) -> None:  # type: ignore[no-untyped-def]
    x = run("Putin praised Wagner on Friday. Hamas said Wagner had left the town.")
    putin = by_name(x, "Vladimir Putin")
    assert (putin.type, putin.code, texts(putin)) == ("person", "RUS", ["Putin"])
    wagner = by_name(x, "Wagner Group")
    assert (wagner.type, wagner.code, texts(wagner)) == ("group", "RUS", ["Wagner", "Wagner"])
    assert by_name(x, "Hamas").code == "PSE"


def test_bad_dictionary_entries_are_reported() -> None:
    from newsextract_actors.dictionary import DictionaryError, parse_entry

    with pytest.raises(DictionaryError, match="row 3"):
        parse_entry({"canonical": "X", "type": "robot"}, "row 3")
    with pytest.raises(DictionaryError, match="country code"):
        parse_entry({"canonical": "X", "type": "person", "code": "ZZZ"}, "row 4")


def test_dictionary_files_in_csv_and_jsonl(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from newsextract_actors.dictionary import merge, read_file

    csv_path = tmp_path / "d.csv"
    csv_path.write_text(
        "name,canonical,type,code\nPutin,Vladimir Putin,person,RUS\n"
        "V. Putin,Vladimir Putin,person,RUS\n",
        encoding="utf-8",
    )
    jsonl_path = tmp_path / "d.jsonl"
    jsonl_path.write_text('{"canonical": "Xi Jinping", "names": "Xi", "type": "person"}\n')
    entries = merge(read_file(csv_path) + read_file(jsonl_path))
    by = {e.canonical: e for e in entries}
    assert set(by["Vladimir Putin"].names) == {"Vladimir Putin", "Putin", "V. Putin"}
    assert by["Xi Jinping"].names == ("Xi Jinping", "Xi") and by["Xi Jinping"].code is None


def test_title_used_as_a_name(run) -> None:  # type: ignore[no-untyped-def]
    x = run(
        "Belarusian strongman Alexander Lukashenko arrived in Beijing on Tuesday. "
        "The visit by the Belarusian strongman was planned for months."
    )
    luka = by_name(x, "Alexander Lukashenko")
    assert texts(luka) == ["Alexander Lukashenko", "Belarusian strongman"]


def test_shared_title_is_not_resolved(run) -> None:  # type: ignore[no-untyped-def]
    x = run(
        "President Barack Obama met President Xi Jinping in Beijing. "
        "The president said the talks were useful."
    )
    for actor in x.actors:
        assert "president" not in texts(actor)


def test_heading_only_names_are_dropped(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Veto Power Impedes Peace Efforts\n\n"
        "The Security Council met on Monday, and Angela Merkel spoke.\n\n"
        "Angela Merkel Speaks Out\n"
    )
    actors = actors_with_ents(
        nlp,
        text,
        [("Veto Power Impedes Peace Efforts", "ORG"), ("Angela Merkel", "PERSON"),
         ("Angela Merkel", "PERSON")],
    )  # fmt: skip
    names = [a.name for a in actors]
    assert "Veto Power Impedes Peace Efforts" not in names
    merkel = [a for a in actors if a.name == "Angela Merkel"]
    assert len(merkel) == 1 and len(merkel[0].mentions) == 2  # kept: the body names her


def test_party_letter_after_a_name(run) -> None:  # type: ignore[no-untyped-def]
    x = run(
        "Republicans and Democrats clashed on Tuesday. Sen. Ted Cruz (R-Texas) spoke first, "
        "and Sen. Chuck Schumer (D-N.Y.) replied."
    )
    assert by_name(x, "Ted Cruz").affiliation == by_name(x, "Republican Party").id
    assert by_name(x, "Chuck Schumer").affiliation == by_name(x, "Democratic Party").id


# -- contract ------------------------------------------------------------------------


def test_actors_ordered_by_first_mention_and_deterministic(run) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Russian President Vladimir Putin met Chinese leader Xi Jinping in Moscow. "
        "Putin and Xi signed agreements, TASS reported."
    )
    first, second = run(text), run(text)
    assert first.to_json() == second.to_json()
    # a country named only in a title ("Russian President") is an affiliation without mentions
    starts = [a.mentions[0].start for a in first.actors if a.mentions]
    assert starts == sorted(starts)
    assert [a.id for a in first.actors] == [f"actor-{i + 1}" for i in range(len(first.actors))]
    for actor in first.actors:
        assert all(first.text[m.start : m.end] == m.text for m in actor.mentions)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   \n\n ",
        "🙂🙂 Putin 🙂 said “hello",
        '"Unbalanced quotes from Kyiv, Reuters said',
        "the the the",
        "U.S. U.S. U.S.",
    ],
)
def test_odd_text_does_not_crash(run, text: str) -> None:  # type: ignore[no-untyped-def]
    x = run(text)
    assert all(a.mentions for a in x.actors)


_FIRST = ["Anna", "Boris", "Carla", "David", "Elena", "Frank", "Greta", "Hugo", "Irina", "Jonas"]
_LAST = ["Keller", "Lindqvist", "Moreau", "Novak", "Ortega", "Petrov", "Quinn", "Rossi", "Schmidt"]


def _actor_cpu_per_char(nlp, text: str) -> float:  # type: ignore[no-untyped-def]
    doc = nlp(text)
    ctx = newsextract.ExtractionContext(doc)
    start = time.process_time()
    actors = ActorBuilder(doc, ctx.text).actors(ctx)
    elapsed = time.process_time() - start
    assert actors
    return elapsed / len(text)


def test_cost_per_character_does_not_grow_with_many_actors(nlp) -> None:  # type: ignore[no-untyped-def]
    """Many distinct people and a very long sentence, then four times as much.

    CPU time of this process (not wall time, so other load matters little) per
    character must not grow with the length: pronoun resolution and clustering
    compare mentions, and a quadratic pass would show here. Absolute speed
    belongs to `newsextract bench`, not to a unit test.
    """
    people = [f"{f} {last}" for f in _FIRST for last in _LAST]
    sentences = [
        f"{p} of Reuters told AFP that Washington and NATO had warned Moscow, "
        f"{p.split()[1]} said. He said his country would wait."
        for p in people
    ]
    long_sentence = ", and ".join(["Belarusian President Alexander Lukashenko met Xi"] * 50)
    unit = " ".join(sentences) + " " + long_sentence + ".\n\n"
    doc = nlp(unit)
    ctx = newsextract.ExtractionContext(doc)
    assert (
        len(ActorBuilder(doc, ctx.text).actors(ctx)) > len(people) / 2
    )  # distinct names stay distinct
    small = min(_actor_cpu_per_char(nlp, unit) for _ in range(2))
    large = _actor_cpu_per_char(nlp, unit * 4)
    assert large <= 3 * small + 2e-5, (small, large)


def test_pipeline_without_parser_or_ner_still_finds_gazetteer_actors() -> None:
    """A user's own pipeline may lack a parser and NER; the gazetteers still work."""
    import spacy

    doc = spacy.blank("en")("AFP said Washington and the Kremlin met in Kyiv.")
    ctx = newsextract.ExtractionContext(doc)
    actors = ActorBuilder(doc, ctx.text).actors(ctx)
    assert [(a.name, a.type) for a in actors] == [
        ("AFP", "media"),
        ("United States", "country"),
        ("Russia", "country"),
        ("Ukraine", "country"),
    ]


def _cpu_per_char(nlp, text: str) -> float:  # type: ignore[no-untyped-def]
    doc = nlp(text)
    ctx = newsextract.ExtractionContext(doc)
    start = time.process_time()
    ActorBuilder(doc, ctx.text).actors(ctx)
    return (time.process_time() - start) / len(text)


@pytest.mark.parametrize(
    "unit",
    [
        "Obama, ",  # one sentence of appositions / conjuncts: deep, wide parse trees
        "Kyiv's Obama and Mr. Putin, ",
        "Belarusian President Alexander Lukashenko of Belarus, the president, ",
    ],
)
def test_degenerate_repetition_stays_linear(nlp, unit: str) -> None:  # type: ignore[no-untyped-def]
    short = unit * (600 // len(unit))
    _cpu_per_char(nlp, short)  # warm the gazetteer
    small = min(_cpu_per_char(nlp, short) for _ in range(2))
    large = _cpu_per_char(nlp, short * 8)
    assert large <= 3 * small + 2e-5


# -- the seed article ---------------------------------------------------------------------


@pytest.fixture(scope="module")
def seed_actors(actors_only: newsextract.Pipeline, seed_text: str) -> Extraction:
    return actors_only.extract(seed_text, doc_id="seed")


def test_seed_people(seed_actors: Extraction) -> None:
    luka = by_name(seed_actors, "Alexander Lukashenko")
    assert luka.type == "person"
    assert "Belarusian President" in luka.titles
    assert "Lukashenko" in luka.aliases
    assert luka.affiliation == by_name(seed_actors, "Belarus").id
    assert by_name(seed_actors, "Vladimir Putin").type == "person"
    mao = by_name(seed_actors, "Mao Ning")
    assert "Foreign Ministry spokesperson" in mao.titles
    assert mao.affiliation == by_name(seed_actors, "China").id


def test_seed_countries_and_organisations(seed_actors: Extraction) -> None:
    for name, code in [
        ("China", "CHN"),
        ("Russia", "RUS"),
        ("Belarus", "BLR"),
        ("Ukraine", "UKR"),
        ("United States", "USA"),
    ]:
        actor = by_name(seed_actors, name)
        assert actor.type == "country" and actor.code == code
    assert "Kyiv" in texts(by_name(seed_actors, "Ukraine"))
    assert {"US", "Washington"} <= set(texts(by_name(seed_actors, "United States")))
    assert by_name(seed_actors, "NATO").type == "organization"
    assert by_name(seed_actors, "AFP").type == "media"
    assert not [a for a in seed_actors.actors if a.type == "person" and "Kyiv" in texts(a)]


def test_seed_through_the_full_pipeline(seed: Extraction) -> None:
    names = {a.name for a in seed.actors if a.plugin == "actors"}
    assert {"Alexander Lukashenko", "China", "United States", "AFP"} <= names


def test_a_pipeline_setting_gives_its_own_dictionary(nlp, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Two pipelines in one process, one with a dictionary setting: each codes its own way."""
    path = tmp_path / "coders.csv"
    path.write_text("name,canonical,type,code\nWagner,Wagner Group,group,RUS\n", encoding="utf-8")
    text = "Wagner left the town on Friday."
    coded = newsextract.Pipeline(nlp=nlp, settings={"actors": {"dictionary": str(path)}})
    plain = newsextract.Pipeline(nlp=nlp)
    wagner = by_name(coded.extract(text), "Wagner Group")
    assert (wagner.type, wagner.code, texts(wagner)) == ("group", "RUS", ["Wagner"])
    assert all(a.name != "Wagner Group" for a in plain.extract(text).actors)


def test_a_bad_dictionary_setting_names_the_plugin(nlp, tmp_path) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(newsextract.PluginError, match=r"actors.*a path or a list of paths"):
        newsextract.Pipeline(nlp=nlp, settings={"actors": {"dictionary": 3}})


@pytest.mark.parametrize(
    ("name", "content", "fragment"),
    [
        ("missing.csv", None, "cannot read {path}: No such file"),
        ("coders.csv", "person,kind\nPutin,person\n", "has the columns name, canonical"),
        ("coders.csv", "nam,canonical\nPutin,Vladimir Putin\n", "found 'nam', 'canonical'"),
        ("coders.json", '[{"canonical": "Putin",', "{path} is not valid JSON"),
        ("coders.jsonl", '{"canonical": "X", "type": "robot"}\n', "type 'robot' is not one of"),
    ],
)
def test_an_unusable_dictionary_is_one_error_when_the_pipeline_is_built(  # type: ignore[no-untyped-def]
    nlp, tmp_path, name, content, fragment
) -> None:
    """It used to fail every document of a batch with the same FileNotFoundError
    (or DictionaryError): the file was first read on a document."""
    path = tmp_path / name
    if content is not None:
        path.write_text(content, encoding="utf-8")
    with pytest.raises(newsextract.PluginError) as caught:
        newsextract.Pipeline(nlp=nlp, settings={"actors": {"dictionary": str(path)}})
    message = str(caught.value)
    assert message.startswith("plugin 'actors' (check_settings): ")
    assert "setting actors.dictionary: " in message
    assert fragment.format(path=path) in message


def test_a_missing_dictionary_in_the_environment_is_named_at_start_up(  # type: ignore[no-untyped-def]
    nlp, tmp_path, monkeypatch
) -> None:
    from newsextract_actors import dictionary

    monkeypatch.setenv(dictionary.ENV_VAR, str(tmp_path / "gone.json"))
    dictionary.reset()
    try:
        with pytest.raises(newsextract.PluginError, match=r"NEWSEXTRACT_ACTOR_DICTIONARY: cannot"):
            newsextract.Pipeline(nlp=nlp)
    finally:
        monkeypatch.delenv(dictionary.ENV_VAR)
        dictionary.reset()


def test_a_bad_sitting_president_setting_is_refused_at_start_up(nlp) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(newsextract.PluginError, match="sitting_president must be true or false"):
        newsextract.Pipeline(nlp=nlp, settings={"actors": {"sitting_president": "maybe"}})


def test_a_missing_dictionary_fails_a_cli_batch_once_before_any_document(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """One clear error and exit 2, not a FileNotFoundError for every document of the batch."""
    from click.testing import CliRunner

    from newsextract.cli import main

    source, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    source.write_text(
        "".join(json.dumps({"id": f"d{i}", "text": "Putin spoke."}) + "\n" for i in range(3))
    )
    missing = tmp_path / "missing.csv"
    result = CliRunner().invoke(
        main,
        ["extract", str(source), "-o", str(out), "--set", f"actors.dictionary={missing}"],
        catch_exceptions=False,
    )
    assert result.exit_code == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, lines
    assert "plugin 'actors'" in lines[0] and "actors.dictionary" in lines[0]
    assert str(missing) in lines[0] and "extracted" not in result.stderr
    assert not out.exists() or out.read_text() == ""
