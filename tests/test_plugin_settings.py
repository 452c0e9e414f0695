"""Per-plugin settings: declared by the plugin, given per pipeline, checked by the core."""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from typing import Any

import pytest
from click.testing import CliRunner

import newsextract
from newsextract import Actor, ExtractionContext, NewsExtractError, PluginError
from newsextract.cli import main
from newsextract.registry import build_plugin_manager, describe_plugins
from newsextract.settings import parse_assignment


class Shouter:
    """Names one actor after its settings, so a test can see what the plugin was given."""

    name = "shouter"

    @newsextract.hookimpl
    def plugin_settings(self) -> dict[str, str]:
        return {"word": "the actor's name", "times": "how often to repeat it"}

    @newsextract.hookimpl
    def extract_actors(self, ctx: ExtractionContext) -> list[Actor]:
        got = ctx.settings("shouter")
        name = str(got.get("word", "nobody")) * int(got.get("times", 1))
        return [Actor(id=ctx.new_id("actor"), name=name, type="other", mentions=[])]


class BrokenDeclaration:
    name = "broken"

    @newsextract.hookimpl
    def plugin_settings(self) -> Any:
        return ["not", "a", "mapping"]


def _pipeline(nlp: Any, settings: Mapping[str, Mapping[str, Any]] | None) -> newsextract.Pipeline:
    return newsextract.Pipeline(nlp=nlp, plugins=[Shouter()], entrypoints=False, settings=settings)


def test_a_plugin_reads_its_own_settings(nlp: Any) -> None:
    result = _pipeline(nlp, {"shouter": {"word": "ab", "times": 2}}).extract("Some text.")
    assert [a.name for a in result.actors] == ["abab"]
    assert _pipeline(nlp, None).extract("Some text.").actors[0].name == "nobody"


def test_settings_are_read_only_for_plugins(nlp: Any) -> None:
    pipeline = _pipeline(nlp, {"shouter": {"word": "x"}})
    with pytest.raises(TypeError):
        pipeline.settings["shouter"]["word"] = "y"  # type: ignore[index]


@pytest.mark.parametrize(
    ("settings", "fragment"),
    [
        ({"shoutr": {"word": "x"}}, "'shoutr', which is not a loaded plugin; loaded: shouter"),
        ({"shouter": {"wrod": "x"}}, "no setting 'wrod'; the settings it reads: times, word"),
        ({"shouter": "x"}, "must be a mapping"),
    ],
)
def test_a_mistyped_setting_is_an_error_not_ignored(nlp: Any, settings: Any, fragment: str) -> None:
    with pytest.raises(NewsExtractError, match=re.escape(fragment)):
        _pipeline(nlp, settings)


def test_a_bad_declaration_names_the_plugin(nlp: Any) -> None:
    with pytest.raises(PluginError, match="broken"):
        newsextract.Pipeline(nlp=nlp, plugins=[BrokenDeclaration()], entrypoints=False)


def test_the_plugin_listing_shows_declared_settings() -> None:
    (info,) = describe_plugins(build_plugin_manager(plugins=[Shouter()], entrypoints=False))
    assert info.settings == {"word": "the actor's name", "times": "how often to repeat it"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("actors.dictionary=coders.csv", ("actors", "dictionary", "coders.csv")),
        ("events.strict=true", ("events", "strict", True)),
        ("events.window = 3", ("events", "window ", 3)),
        ('x.names=["a", "b"]', ("x", "names", ["a", "b"])),
        ("x.empty=", ("x", "empty", "")),
    ],
)
def test_set_values_are_json_when_they_parse(text: str, expected: tuple[str, str, Any]) -> None:
    plugin, key, value = parse_assignment(text)
    assert (plugin, key, value) == (expected[0], expected[1].strip(), expected[2])


@pytest.mark.parametrize("text", ["actors", "actors=1", ".key=1", "actors.=1"])
def test_a_malformed_set_says_how_to_write_it(text: str) -> None:
    with pytest.raises(NewsExtractError, match=r"PLUGIN\.KEY=VALUE"):
        parse_assignment(text)


def test_the_cli_rejects_a_setting_no_plugin_reads(tmp_path: Any) -> None:
    article = tmp_path / "a.txt"
    article.write_text("The mayor spoke on Monday.", encoding="utf-8")
    result = CliRunner().invoke(main, ["extract", str(article), "--set", "quotes.nope=1"])
    assert result.exit_code == 2
    assert "plugin 'quotes' has no setting 'nope'" in result.output


def test_the_cli_lists_plugins_as_json_with_settings() -> None:
    result = CliRunner().invoke(main, ["plugins", "--json"])
    assert result.exit_code == 0
    infos = {info["name"]: info for info in json.loads(result.output)}
    assert all("settings" in info for info in infos.values())
    assert "dictionary" in infos["actors"]["settings"]  # the built-in actors plugin declares it


def test_worker_processes_get_the_same_settings(nlp: Any) -> None:
    """`--workers` rebuilds the pipeline from its config in each process."""
    pipeline = _pipeline(nlp, {"shouter": {"word": "w"}})
    assert pipeline.config["settings"] == {"shouter": {"word": "w"}}
    json.dumps(pipeline.config["settings"])  # plain values, picklable and printable
