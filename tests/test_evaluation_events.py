"""Scoring actors and events against JSON annotations, on small made-up articles."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

import newsextract
from newsextract.cli import main
from newsextract.evaluation import as_extraction, events_command
from newsextract.evaluation.annotations import (
    AnnotationError,
    GoldDoc,
    load_gold_dir,
    parse_annotation,
    sha256_text,
)
from newsextract.evaluation.events_actors import (
    b_cubed,
    evaluate_events_actors,
    format_events_report,
    mention_kind,
    muc,
)
from newsextract.records import Actor, Event, Extraction, Participant, Span, TimeRef

TEXT = (
    "Russia attacked Ukraine on Monday. Germany met France in Paris. "
    "Students protested outside the embassy. Chile and Peru signed a deal."
)


def at(word: str, text: str = TEXT) -> list[int]:
    start = text.index(word)
    return [start, start + len(word)]


def last(word: str, text: str) -> list[int]:
    start = text.rindex(word)
    return [start, start + len(word)]


def gold_doc(text: str = TEXT) -> dict[str, Any]:
    names = ["Russia", "Ukraine", "Germany", "France", "Students", "Chile", "Peru"]
    actors = [
        {"id": n.lower(), "name": n, "type": "country", "mentions": [at(n, text)]} for n in names
    ]
    actors[4]["type"] = "group"
    return {
        "doc_id": "d1",
        "text_sha256": sha256_text(text),
        "published": "2024-03-06",
        "actors": actors,
        "events": [
            {
                "type": "ASSAULT",
                "trigger": at("attacked", text),
                "agent": "russia",
                "target": "ukraine",
                "when": {"start": "2024-03-04", "end": "2024-03-04", "precision": "day"},
                "modality": "asserted",
            },
            {"type": "CONSULT", "trigger": at("met", text), "agent": "germany", "target": "france"},
            {"type": "PROTEST", "trigger": at("protested", text), "agent": "students"},
            {"type": "AGREE", "trigger": at("signed", text), "agent": "chile", "target": "peru"},
        ],
    }


def span(word: str) -> Span:
    start, end = at(word)
    return Span.of(TEXT, start, end)


def pred_event(
    i: int, type_: str, trigger: str, agent: str | None, target: str | None, **extra: Any
) -> Event:
    participants = [
        Participant(role=role, actor=name.lower(), mention=span(name))  # type: ignore[arg-type]
        for role, name in (("agent", agent), ("target", target))
        if name is not None
    ]
    return Event(id=f"e{i}", type=type_, trigger=span(trigger), participants=participants, **extra)


def predictions() -> Extraction:
    names = ["Russia", "Ukraine", "Germany", "France", "Chile", "Peru"]
    actors = [Actor(id=n.lower(), name=n, type="country", mentions=[span(n)]) for n in names]
    monday = TimeRef(start=dt.date(2024, 3, 4), end=dt.date(2024, 3, 4), precision="day")
    friday = TimeRef(start=dt.date(2024, 3, 1), end=dt.date(2024, 3, 1), precision="day")
    events = [
        pred_event(1, "ASSAULT", "attacked", "Russia", "Ukraine", when=monday),
        pred_event(2, "CONSULT", "met", "Germany", "France", when=friday, modality="planned"),
        pred_event(3, "PROTEST", "protested", None, None),  # agent missed
        pred_event(4, "COOPERATE", "signed", "Chile", "Peru"),  # wrong type
    ]
    return Extraction(doc_id="d1", text=TEXT, actors=actors, events=events)


def verified(data: dict[str, Any], text: str = TEXT) -> GoldDoc:
    doc = parse_annotation(data)
    doc.text = text
    return doc


def test_b_cubed_and_muc_on_a_hand_computed_case() -> None:
    a, b, c, d, e = (0, 1), (2, 3), (4, 5), (6, 7), (8, 9)
    gold = [frozenset({a, b, c}), frozenset({d, e})]
    pred = [frozenset({a, b}), frozenset({c, d})]  # e missed, c wrongly joined to d
    b3 = b_cubed(gold, pred)
    # recall: ({a,b,c}: (2² + 1²)/3) + ({d,e}: 1²/2) over 5 gold mentions
    assert b3.r == pytest.approx((5 / 3 + 1 / 2) / 5)
    # precision: ({a,b}: 2²/2) + ({c,d}: (1² + 1²)/2) over 4 predicted mentions
    assert b3.p == pytest.approx(3 / 4)
    m = muc(gold, pred)
    assert m.r == pytest.approx(1 / 3)  # {a,b,c} keeps 1 of 2 links, {d,e} none of 1
    assert m.p == pytest.approx(1 / 2)  # {a,b} keeps its link, {c,d} not
    perfect = b_cubed(gold, gold)
    assert perfect.f1 == pytest.approx(1.0)
    assert muc(gold, gold).f1 == pytest.approx(1.0)


def test_the_three_event_matchings_differ_and_accuracies() -> None:
    report = evaluate_events_actors([verified(gold_doc())], [predictions()])
    events = report.events
    assert events["type_agent_target"].f1 == pytest.approx(2 / 4)
    assert events["type_trigger"].f1 == pytest.approx(3 / 4)
    assert events["trigger"].f1 == pytest.approx(4 / 4)
    assert report.matched == 2
    assert report.date_accuracy == pytest.approx(1 / 2)  # Friday is not Monday
    assert report.modality_accuracy == pytest.approx(1 / 2)  # "planned" is not asserted


def test_scores_per_plover_type() -> None:
    report = evaluate_events_actors([verified(gold_doc())], [predictions()])
    by_type = report.events_by_type
    # ASSAULT and CONSULT found with their participants; PROTEST found without its agent
    for event_type in ("ASSAULT", "CONSULT"):
        assert by_type[event_type]["type_agent_target"].f1 == pytest.approx(1.0)
    assert by_type["PROTEST"]["type_agent_target"].f1 == 0.0
    assert by_type["PROTEST"]["type_trigger"].f1 == pytest.approx(1.0)
    # "signed" typed COOPERATE: a miss for AGREE and a spurious COOPERATE, under both matchings
    assert by_type["AGREE"]["type_trigger"].r == 0.0
    assert by_type["AGREE"]["type_trigger"].r_den == 1
    assert by_type["COOPERATE"]["type_trigger"].p_den == 1
    assert by_type["COOPERATE"]["type_trigger"].p == 0.0
    # the per-type true positives add up to the overall ones
    for name in ("type_agent_target", "type_trigger"):
        assert sum(s[name].r_num for s in by_type.values()) == report.events[name].r_num
    listed = report.to_dict()["events"]["by_type"]
    assert set(listed) == {"ASSAULT", "CONSULT", "PROTEST", "AGREE", "COOPERATE"}
    table = format_events_report(report)
    assert "  PROTEST" in table and "  SANCTION" not in table


def test_actor_mentions_and_clustering() -> None:
    report = evaluate_events_actors([verified(gold_doc())], [predictions()])
    # "Students" is missed; every predicted actor is a correct singleton
    assert report.mentions_exact.p == pytest.approx(1.0)
    assert report.mentions_exact.r == pytest.approx(6 / 7)
    assert report.b3.r == pytest.approx(6 / 7)
    assert report.muc.f1 == 0.0  # no links to find among singletons
    assert report.clustering_f1 == pytest.approx(report.b3.f1)  # B3 is the headline


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("he", "pronoun"),
        ("Their", "pronoun"),
        ("HIM", "pronoun"),
        ("Angela Merkel", "name"),
        ("Foreign Ministry", "name"),
        ("German chancellor", "description"),
        ("E.U. leaders", "description"),
        ("the ministry", "description"),
        ("appeals court", "description"),
    ],
)
def test_mention_kinds(text: str, kind: str) -> None:
    assert mention_kind(text) == kind


def test_mentions_by_kind_and_clustering_on_shared_mentions() -> None:
    text = "Angela Merkel met the ministry. She said it agreed."
    merkel, she, ministry = at("Angela Merkel", text), at("She", text), at("ministry", text)
    it = at(" it ", text)
    it = [it[0] + 1, it[1] - 1]
    data = {
        "doc_id": "d1",
        "text_sha256": sha256_text(text),
        "published": "2024-03-06",
        "actors": [
            {"id": "m", "name": "Merkel", "type": "person", "mentions": [merkel, she]},
            {"id": "x", "name": "ministry", "type": "organization", "mentions": [ministry, it]},
        ],
    }
    doc = verified(data, text)

    def actor(aid: str, *spans: list[int]) -> Actor:
        mentions = [Span.of(text, a, b) for a, b in spans]
        return Actor(id=aid, name=aid, type="person", mentions=mentions)

    # the ministry is missed; "it" is wrongly put with Merkel
    pred = Extraction(doc_id="d1", text=text, actors=[actor("a", merkel, she, it)])
    report = evaluate_events_actors([doc], [pred])
    kinds = report.mentions_by_kind
    assert (kinds["name"].p, kinds["name"].r) == (1.0, 1.0)
    assert (kinds["pronoun"].p, kinds["pronoun"].r) == (1.0, 1.0)
    assert (kinds["description"].p_den, kinds["description"].r) == (0.0, 0.0)
    # on the three mentions both found, gold is {Merkel, She} {it}, predicted all three together
    assert report.b3_shared.r == pytest.approx(1.0)
    assert report.b3_shared.p == pytest.approx((2 * 2 / 3 + 1 / 3) / 3)
    assert report.b3.r == pytest.approx((2 + 1 / 2) / 4)  # the missed ministry costs recall
    assert report.to_dict()["actors"]["mentions_by_kind"]["pronoun"]["f1"] == 1.0


def test_participant_matches_through_any_overlapping_mention() -> None:
    text = "The Kremlin said Moscow attacked Ukraine."
    data = {
        "doc_id": "d2",
        "text_sha256": sha256_text(text),
        "actors": [
            {"id": "ru", "name": "Russia", "type": "country",
             "mentions": [at("Kremlin", text), at("Moscow", text)]},
            {"id": "ua", "name": "Ukraine", "type": "country", "mentions": [at("Ukraine", text)]},
        ],
        "events": [
            {"type": "ASSAULT", "trigger": at("attacked", text), "agent": "ru", "target": "ua"}
        ],
    }  # fmt: skip
    kremlin = Span.of(text, *at("The Kremlin", text))
    ukraine = Span.of(text, *at("Ukraine", text))
    extraction = Extraction(
        doc_id="d2",
        text=text,
        actors=[
            Actor(id="a1", name="Kremlin", type="organization", mentions=[kremlin]),
            Actor(id="a2", name="Ukraine", type="country", mentions=[ukraine]),
        ],
        events=[
            Event(
                id="e1",
                type="ASSAULT",
                trigger=Span.of(text, *at("attacked", text)),
                participants=[
                    Participant(role="agent", actor="a1", mention=kremlin),
                    Participant(role="target", actor="a2", mention=ukraine),
                ],
            )
        ],
    )
    report = evaluate_events_actors([verified(data, text)], [extraction])
    assert report.events["type_agent_target"].f1 == pytest.approx(1.0)
    assert report.mentions_exact.r == pytest.approx(1 / 3)
    assert report.mentions_overlap.r == pytest.approx(2 / 3)


def test_missing_extraction_counts_as_nothing_found() -> None:
    report = evaluate_events_actors([verified(gold_doc())], [])
    assert report.docs_missing == ["d1"]
    assert report.events["trigger"].r == 0.0
    assert report.gold_events == 4


def write_fixture(folder: Path, doc_id: str, text: str, data: dict[str, Any]) -> None:
    (folder / "gold").mkdir(exist_ok=True)
    (folder / "texts").mkdir(exist_ok=True)
    (folder / "texts" / f"{doc_id}.txt").write_text(text, encoding="utf-8")
    (folder / "gold" / f"{doc_id}.json").write_text(json.dumps(data), encoding="utf-8")


def test_sha_mismatch_is_a_clear_error(tmp_path: Path) -> None:
    write_fixture(tmp_path, "d1", TEXT, gold_doc())
    (tmp_path / "texts" / "d1.txt").write_text(TEXT.replace("Monday", "Sunday"), encoding="utf-8")
    with pytest.raises(AnnotationError, match="SHA-256"):
        load_gold_dir(tmp_path / "gold", tmp_path / "texts")
    result = CliRunner().invoke(
        main, ["evaluate-events", str(tmp_path / "gold"), "--texts", str(tmp_path / "texts")]
    )
    assert result.exit_code == 1
    assert "SHA-256" in result.output


def test_bad_reference_is_rejected() -> None:
    data = gold_doc()
    data["events"][0]["agent"] = "nobody"
    with pytest.raises(AnnotationError, match="nobody"):
        parse_annotation(data)


def test_command_end_to_end(
    tmp_path: Path, pipeline: newsextract.Pipeline, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(events_command, "_make_pipeline", lambda model: pipeline)
    first = "Barack Obama met Angela Merkel in Berlin on Tuesday. Obama praised the talks."
    second = "Police arrested three protesters in Madrid on Friday."
    write_fixture(
        tmp_path,
        "a1",
        first,
        {
            "doc_id": "a1",
            "text_sha256": sha256_text(first),
            "published": "2016-05-06",
            "actors": [
                {"id": "obama", "name": "Barack Obama", "type": "person",
                 "mentions": [at("Barack Obama", first), last("Obama", first)]},
                {"id": "merkel", "name": "Angela Merkel", "type": "person",
                 "mentions": [at("Angela Merkel", first)]},
            ],
            "events": [
                {"type": "CONSULT", "mode": "visit", "trigger": at("met", first),
                 "agent": "obama", "target": "merkel",
                 "when": {"start": "2016-05-03", "end": "2016-05-03", "precision": "day"}},
            ],
        },
    )  # fmt: skip
    write_fixture(
        tmp_path,
        "a2",
        second,
        {
            "doc_id": "a2",
            "text_sha256": sha256_text(second),
            "published": "2016-05-09",
            "actors": [
                {"id": "police", "name": "Police", "type": "organization",
                 "mentions": [at("Police", second)]},
                {"id": "protesters", "name": "protesters", "type": "group",
                 "mentions": [at("three protesters", second)]},
            ],
            "events": [
                {"type": "COERCE", "mode": "arrest", "trigger": at("arrested", second),
                 "agent": "police", "target": "protesters",
                 "when": {"start": "2016-05-06", "end": "2016-05-06", "precision": "day"}},
            ],
        },
    )  # fmt: skip
    out = tmp_path / "report.json"
    result = CliRunner().invoke(
        main,
        [
            "evaluate-events",
            str(tmp_path / "gold"),
            "--texts",
            str(tmp_path / "texts"),
            "--json-out",
            str(out),
        ],
        catch_exceptions=False,
    )
    assert result.exit_code == 0, result.output
    assert "events: type + agent + target" in result.output
    report = json.loads(out.read_text(encoding="utf-8"))
    assert report["docs"] == 2
    assert report["docs_missing"] == []
    assert report["events"]["gold"] == 2
    assert report["actors"]["gold_mentions"] == 5
    # the actor extractor finds at least one of the plainly named people
    assert report["actors"]["mentions_overlap"]["r"] > 0


def test_a_span_in_two_actors_is_rejected() -> None:
    data = gold_doc()
    data["actors"][1]["mentions"].append(data["actors"][0]["mentions"][0])
    with pytest.raises(AnnotationError, match="belongs to both"):
        parse_annotation(data)


@pytest.mark.parametrize("shift", [(0, 0), (1, 0), (0, -1)], ids=["same", "inside", "prefix"])
def test_overlapping_mentions_of_one_actor_are_rejected(shift: tuple[int, int]) -> None:
    """A nested span ("Jacobs" inside "Sam Jacobs") would count one mention twice."""
    data = gold_doc()
    mentions = data["actors"][0]["mentions"]
    start, end = mentions[0]
    assert end - start > 2
    mentions.append([start + shift[0], end + shift[1]])
    with pytest.raises(AnnotationError, match="overlap"):
        parse_annotation(data)


def test_check_and_saved_predictions(tmp_path: Path) -> None:
    write_fixture(tmp_path, "d1", TEXT, gold_doc())
    gold, texts = str(tmp_path / "gold"), str(tmp_path / "texts")
    checked = CliRunner().invoke(main, ["evaluate-events", gold, "--texts", texts, "--check"])
    assert checked.exit_code == 0, checked.output
    assert "1 annotation files valid: 7 actors, 4 events" in checked.output
    pred = tmp_path / "pred.jsonl"
    line = json.loads(predictions().to_json())
    line["sentiments"] = []  # a plugin's record kind whose plugin is not loaded
    pred.write_text(json.dumps(line) + "\n", encoding="utf-8")
    out = tmp_path / "report.json"
    result = CliRunner().invoke(
        main,
        ["evaluate-events", gold, "--texts", texts, "--pred", str(pred), "--json-out", str(out)],
    )
    assert result.exit_code == 0, result.output
    report = json.loads(out.read_text(encoding="utf-8"))
    assert report["events"]["type_agent_target"]["f1"] == pytest.approx(0.5)
    assert report["events"]["date_accuracy"] == pytest.approx(0.5)
    errors = tmp_path / "errors.jsonl"
    listed = CliRunner().invoke(
        main,
        ["evaluate-events", gold, "--texts", texts, "--pred", str(pred), "--errors", str(errors)],
    )
    assert listed.exit_code == 0, listed.output
    (listing,) = [json.loads(x) for x in errors.read_text(encoding="utf-8").splitlines()]
    assert [m["gold"]["trigger"] for m in listing["missed"]] == ["protested", "signed"]
    # the wrongly typed "signed" was found at the right trigger, and the listing says so
    assert listing["missed"][1]["trigger_match"]["type"] == "COOPERATE"
    assert [p["pred"]["trigger"] for p in listing["spurious"]] == ["protested", "signed"]
    assert [w["gold"]["trigger"] for w in listing["wrong_date"]] == ["met"]
    assert [w["pred"]["modality"] for w in listing["wrong_modality"]] == ["planned"]
    pred.write_text("{not json\n", encoding="utf-8")
    bad = CliRunner().invoke(main, ["evaluate-events", gold, "--texts", texts, "--pred", str(pred)])
    assert bad.exit_code == 1
    assert "pred.jsonl:1" in bad.output


def test_several_rounds_are_scored_as_one_set(tmp_path: Path) -> None:
    write_fixture(tmp_path, "d1", TEXT, gold_doc())
    other_text = TEXT.replace("Monday", "Friday")
    round2 = gold_doc(other_text)
    round2["doc_id"], round2["text_sha256"] = "d2", sha256_text(other_text)
    (tmp_path / "texts" / "d2.txt").write_text(other_text, encoding="utf-8")
    (tmp_path / "round2").mkdir()
    (tmp_path / "round2" / "d2.json").write_text(json.dumps(round2), encoding="utf-8")
    gold, second_round, texts = (str(tmp_path / n) for n in ("gold", "round2", "texts"))
    checked = CliRunner().invoke(
        main, ["evaluate-events", gold, second_round, "--texts", texts, "--check"]
    )
    assert checked.exit_code == 0, checked.output
    assert "2 annotation files valid: 14 actors, 8 events" in checked.output
    # the same document in two folders would be counted twice: refused, naming both
    (tmp_path / "round2" / "d1.json").write_bytes((tmp_path / "gold" / "d1.json").read_bytes())
    twice = CliRunner().invoke(main, ["evaluate-events", gold, second_round, "--texts", texts])
    assert twice.exit_code == 1
    assert "d1 is annotated in both" in twice.output
    assert "round2" in twice.output


def test_an_annotation_agrees_with_itself_perfectly() -> None:
    doc = verified(gold_doc())
    report = evaluate_events_actors([doc], [as_extraction(doc)])
    assert report.b3.f1 == report.mentions_exact.f1 == 1.0
    assert report.muc.r_den == 0  # all singletons: MUC has no links to count
    assert all(prf.f1 == 1.0 for prf in report.events.values())
    assert report.date_accuracy == report.modality_accuracy == 1.0


def test_second_annotator_agreement_through_the_cli(tmp_path: Path) -> None:
    write_fixture(tmp_path, "d1", TEXT, gold_doc())
    other = gold_doc()
    other["events"][3]["type"] = "COOPERATE"  # the second annotator types the deal otherwise
    other["events"][1]["modality"] = "planned"
    second = tmp_path / "second"
    second.mkdir()
    (second / "d1.json").write_text(json.dumps(other), encoding="utf-8")
    out = tmp_path / "agreement.json"
    gold, texts = str(tmp_path / "gold"), str(tmp_path / "texts")
    result = CliRunner().invoke(
        main,
        [
            "evaluate-events",
            gold,
            "--texts",
            texts,
            "--second",
            str(second),
            "--json-out",
            str(out),
        ],
    )
    assert result.exit_code == 0, result.output
    assert "second annotator" in result.output
    report = json.loads(out.read_text(encoding="utf-8"))
    assert report["events"]["type_agent_target"]["f1"] == pytest.approx(0.75)
    assert report["events"]["trigger"]["f1"] == 1.0
    assert report["events"]["modality_accuracy"] == pytest.approx(2 / 3)
    both = CliRunner().invoke(
        main,
        ["evaluate-events", gold, "--texts", texts, "--second", str(second), "--pred", str(out)],
    )
    assert both.exit_code != 0
    assert "pick one" in both.output
