"""Session 24: party members picked out by a subset word are one group span ("some
Democrats", "these Republicans"); a hyphened stance toward a person named in the article
("anti-Trump", "pro-Sanders") marks the person. Made-up sentences."""

from __future__ import annotations

from collections.abc import Callable

from newsextract import Extraction


def _spans(extraction: Extraction) -> dict[str, list[str]]:
    return {a.name: [m.text for m in a.mentions] for a in extraction.actors}


def test_some_members_are_one_group_span(run: Callable[[str], Extraction]) -> None:
    out = run("Some Democrats said they would skip the convention in Denver.")
    spans = _spans(out)
    assert "Democratic Party" not in spans
    assert any(texts[:1] == ["Some Democrats"] for texts in spans.values())


def test_demonstrative_members_are_one_group_span(run: Callable[[str], Extraction]) -> None:
    out = run("These Republicans do not trust the governor, and the Democratic Party knows it.")
    spans = _spans(out)
    assert "Republican Party" not in spans
    assert any(texts[:1] == ["These Republicans"] for texts in spans.values())


def test_many_members_take_the_quantifier(run: Callable[[str], Extraction]) -> None:
    out = run("Many Republicans criticized the plan on Monday.")
    assert any(texts[:1] == ["Many Republicans"] for texts in _spans(out).values())


def test_stance_marks_the_person_named(run: Callable[[str], Extraction]) -> None:
    text = (
        "Senator Tom Hale won the Ohio primary on Tuesday. "
        "Anti-Hale delegates met in Dayton, and a pro-Hale crowd gathered outside."
    )
    out = run(text)
    hale = next(a for a in out.actors if a.name == "Tom Hale")
    starts = [m.start for m in hale.mentions]
    assert text.index("Hale delegates") in starts
    assert text.index("Hale crowd") in starts


def test_stance_toward_no_person_is_no_mention(run: Callable[[str], Extraction]) -> None:
    text = "Senator Tom Hale spoke in Dayton. Anti-Dayton voters booed the plan."
    out = run(text)
    assert all(m.text != "Dayton" or m.start < 40 for a in out.actors for m in a.mentions)


def test_poll_class_after_among_is_no_mention(run: Callable[[str], Extraction]) -> None:
    out = run("Among Democrats, Jane Roe leads John Doe 49 percent to 41 percent.")
    assert all(m.text != "Democrats" for a in out.actors for m in a.mentions)


def test_divisions_among_a_party_keep_it(run: Callable[[str], Extraction]) -> None:
    out = run(
        "The Democratic Party has long been split, and the vote showed deep divisions "
        "among Democrats over the trade bill."
    )
    assert any(m.text == "Democrats" for a in out.actors for m in a.mentions)


def test_state_nickname_is_no_actor(run: Callable[[str], Extraction]) -> None:
    out = run("Senator Tom Hale campaigned in the Granite State on Monday.")
    assert all("Granite" not in m.text for a in out.actors for m in a.mentions)


def test_the_states_land_is_no_mention(run: Callable[[str], Extraction]) -> None:
    text = (
        "Senator Tom Hale toured Iowa on Monday. He spent the week in all areas of the "
        "state. The state sued the company on Friday."
    )
    out = run(text)
    iowa = next(a for a in out.actors if a.name == "Iowa")
    starts = [m.start for m in iowa.mentions]
    assert text.index("state.") not in starts
    assert text.index("state sued") in starts


def test_a_drive_named_group_has_no_mention_inside(run: Callable[[str], Extraction]) -> None:
    text = (
        "Senator Tom Hale won in Ohio. The stop-Hale movement met in Dayton, "
        "and the stop-Hale effort failed."
    )
    out = run(text)
    hale = next(a for a in out.actors if a.name == "Tom Hale")
    starts = [m.start for m in hale.mentions]
    assert text.index("Hale movement") not in starts
    assert text.index("Hale effort") in starts
