"""Acceptance: what the seed article must yield, checked by running the CLI (issue 2)."""

from __future__ import annotations

import json
from typing import Any

import pytest
from click.testing import CliRunner

from newsextract.cli import main

from .conftest import SEED


@pytest.fixture(scope="module")
def out() -> dict[str, Any]:
    result = CliRunner().invoke(main, ["extract", str(SEED)], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    data: dict[str, Any] = json.loads(result.stdout)
    return data


def actor(out: dict[str, Any], name: str) -> dict[str, Any]:
    matches = [a for a in out["actors"] if a["name"] == name]
    assert len(matches) == 1, f"one actor named {name!r}: {[a['name'] for a in out['actors']]}"
    return matches[0]


def mentions(a: dict[str, Any]) -> set[str]:
    return {m["text"] for m in a["mentions"]}


def test_actors(out: dict[str, Any]) -> None:
    luka = actor(out, "Alexander Lukashenko")
    assert luka["type"] == "person"
    assert "Belarusian President" in luka["titles"]
    assert "Lukashenko" in mentions(luka) | set(luka["aliases"])
    assert actor(out, "Vladimir Putin")["type"] == "person"
    mao = actor(out, "Mao Ning")
    assert "Foreign Ministry spokesperson" in mao["titles"]
    china = actor(out, "China")
    assert mao["affiliation"] == china["id"]
    for name in ("Russia", "Belarus", "Ukraine", "United States"):
        assert actor(out, name)["type"] == "country"
    assert "Kyiv" in mentions(actor(out, "Ukraine"))
    assert {"US", "Washington"} <= mentions(actor(out, "United States"))
    assert actor(out, "NATO")["type"] == "organization"
    assert actor(out, "AFP")["type"] == "media"
    kyiv_people = [a for a in out["actors"] if a["type"] == "person" and "Kyiv" in mentions(a)]
    assert kyiv_people == []


def test_quotes(out: dict[str, Any]) -> None:
    ids = {a["id"]: a["name"] for a in out["actors"]}
    by_start = {q["content"][0]["text"][:30]: q for q in out["quotes"]}
    mao = next(q for k, q in by_start.items() if k.startswith("The US has no right"))
    assert ids[mao["speaker"]] == "Mao Ning" and mao["cue"]["text"] == "said"
    assert mao["style"] == "direct"
    luka = next(q for k, q in by_start.items() if k.startswith("I'm ready to fight"))
    assert ids[luka["speaker"]] == "Alexander Lukashenko"
    assert ids[luka["via"]] == "AFP"
    assert len(out["quotes"]) >= 4, "the mixed quotation marks do not cost the other quotes"


def test_allegations(out: dict[str, Any]) -> None:
    ids = {a["id"]: a["name"] for a in out["actors"]}
    found = {
        (ids.get(a["accuser"]), tuple(sorted(ids[i] for i in a["accused"])), a["stance"]): a
        for a in out["allegations"]
    }
    fuel = found[("China", ("United States",), "asserted")]
    assert "fuelling the conflict" in fuel["claim"]["text"]
    provoke = found[("China", ("NATO", "United States"), "asserted")]
    assert "provoking the conflict" in provoke["claim"]["text"]
    denied = [a for a in out["allegations"] if a["stance"] == "denied"]
    assert any(
        ids.get(a["accuser"]) == "United States" and ids.get(a["denied_by"]) == "China"
        for a in denied
    )


def test_state_visit_event(out: dict[str, Any]) -> None:
    ids = {a["id"]: a["name"] for a in out["actors"]}
    visits = [e for e in out["events"] if e["type"] == "CONSULT" and e["modality"] == "planned"]
    visit = next(e for e in visits if e["when"] and e["when"]["start"] == "2023-02-28")
    agents = {ids.get(p["actor"]) for p in visit["participants"] if p["role"] == "agent"}
    assert "Alexander Lukashenko" in agents
    assert visit["where"] is None or "Beijing" in visit["where"]["mention"]["text"]


def test_denial_names_the_denier(out: dict[str, Any]) -> None:
    denied = [a for a in out["allegations"] if a["stance"] == "denied"]
    assert denied
    assert all(a["denied_by_mention"] is not None for a in denied if a["denied_by"])
    assert any(a["denied_by_mention"]["text"] == "China" for a in denied)
