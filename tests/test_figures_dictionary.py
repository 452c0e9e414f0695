"""Known figures by their role, from actor dictionaries (session 18).

"the Vermont senator" names Sanders to a reader of 2016 news; the actors plugin knows such
roles from dated dictionary entries: the built-in figures of the 2016 race
(``newsextract_actors/data/figures_us_2016.json``) and a user's own entries with ``roles``,
so a corpus of another place or year gets its figures without code."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from newsextract_actors import dictionary
from newsextract_actors.offices import BUILTIN_FIGURES, figures_on

import newsextract

from .actors_helpers import holder_name

_TEXT = (
    "Ann Cole won the Ohio primary on Monday. Mark Diaz raised more money than Cole in May. "
    "The Ohio senator received more donations than Diaz did."
)


@pytest.fixture
def coders(tmp_path: Path) -> Path:
    path = tmp_path / "coders.json"
    entry = {
        "canonical": "Ann Cole",
        "type": "person",
        "names": ["Cole"],
        "roles": [{"role": "the Ohio senator", "from": "2021-01-03", "until": "2027-01-03"}],
    }
    path.write_text(json.dumps([entry]), encoding="utf-8")
    return path


def _run(nlp, coders: Path, published: str) -> newsextract.Extraction:  # type: ignore[no-untyped-def]
    pipeline = newsextract.Pipeline(
        nlp=nlp, enable=["actors"], settings={"actors": {"dictionary": str(coders)}}
    )
    return pipeline.extract(_TEXT, published=published, doc_id="t")


def test_a_users_dated_role_names_its_figure(nlp, coders: Path) -> None:  # type: ignore[no-untyped-def]
    assert holder_name(_run(nlp, coders, "2023-05-10"), "Ohio senator") == "Ann Cole"


def test_outside_its_dates_the_role_names_no_one_in_particular(nlp, coders: Path) -> None:  # type: ignore[no-untyped-def]
    assert holder_name(_run(nlp, coders, "2028-05-10"), "Ohio senator") != "Ann Cole"


def test_without_the_dictionary_the_role_is_not_known(run_dated) -> None:  # type: ignore[no-untyped-def]
    assert holder_name(run_dated(_TEXT, "2023-05-10"), "Ohio senator") != "Ann Cole"


def test_roles_read_from_strings_and_objects() -> None:
    entry = dictionary.parse_entry(
        {"canonical": "Ann Cole", "type": "person", "roles": ["the Kremlin critic"]}, "here"
    )
    assert [r.words for r in entry.roles] == ["Kremlin critic"]
    assert entry.roles[0].start is None and entry.roles[0].end is None


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        ({"canonical": "Acme", "type": "organization", "roles": ["the firm"]}, "persons only"),
        ({"canonical": "A B", "type": "person", "roles": [{"role": "x", "from": "May"}]}, "date"),
        (
            {
                "canonical": "A B",
                "type": "person",
                "roles": [{"role": "x", "from": "2020-01-01", "until": "2019-01-01"}],
            },
            "ends before",
        ),
        ({"canonical": "A B", "type": "person", "roles": [{"from": "2020-01-01"}]}, "words"),
        ({"canonical": "A B", "type": "person", "roles": 3}, "list"),
        ({"canonical": "A B", "type": "person", "roles": ["governor of Ohio"]}, "Ohio governor"),
        ({"canonical": "Madonna", "type": "person", "roles": ["pop star"]}, "Given Surname"),
    ],
)
def test_malformed_roles_are_named_errors(raw: dict[str, object], message: str) -> None:
    with pytest.raises(dictionary.DictionaryError, match=message) as error:
        dictionary.parse_entry(raw, "coders.json[0]")
    assert str(error.value).startswith("coders.json[0]: ")  # names where it came from


def test_a_csv_dictionary_cannot_give_roles(tmp_path: Path) -> None:
    path = tmp_path / "coders.csv"
    path.write_text("name,canonical,type,roles\nSanders,Bernie Sanders,person,Vermont senator\n")
    with pytest.raises(dictionary.DictionaryError, match=r"coders\.csv: roles need dates"):
        dictionary.read_file(path)


def test_the_builtin_figures_parse_and_hold_only_during_the_race() -> None:
    import datetime as dt

    raw = json.loads((Path(dictionary.__file__).parent / BUILTIN_FIGURES).read_text("utf-8"))
    entries = [dictionary.parse_entry(e, "builtin") for e in raw]
    assert entries and all(e.type == "person" and e.roles for e in entries)
    during = {(f.given, f.surname) for f in figures_on(dt.date(2016, 4, 10))}
    assert ("Bernie", "Sanders") in during
    assert figures_on(dt.date(2019, 4, 10)) == []
