"""The plugin API: registration, stages, validation of plugin output, refiners, selection."""

from __future__ import annotations

import json
from typing import ClassVar

import pytest

import newsextract
from newsextract import Extraction, PluginError, RecordValidationError

from .conftest import ROOT
from .helper_plugins import BadRefiner, DropQuotes, EntityActors, Faulty, OneQuote

TEXT = "Angela Merkel met Emmanuel Macron in Paris. France rejected the claims."
TUTORIAL = ROOT / "docs" / "tutorial" / "newsextract-mood"


def _load_tutorial_plugin():  # type: ignore[no-untyped-def]
    """The tutorial's plugin package, imported from its source folder."""
    import importlib.util
    import sys

    spec = importlib.util.spec_from_file_location(
        "newsextract_mood", TUTORIAL / "newsextract_mood" / "__init__.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # pydantic resolves the annotations through sys.modules
    spec.loader.exec_module(module)
    return module


sentiment_plugin = _load_tutorial_plugin()


def make(nlp, *plugins):  # type: ignore[no-untyped-def]
    return newsextract.Pipeline(nlp=nlp, plugins=list(plugins), entrypoints=False)


def test_new_record_kind_arrives_validated_in_json(nlp) -> None:
    pipeline = make(nlp, EntityActors(), sentiment_plugin)
    result = pipeline.extract(TEXT, doc_id="d1")
    data = json.loads(result.to_json())
    assert "moods" in data, "a plugin record kind is a top-level key like the built-in ones"
    assert len(data["moods"]) == len(list(pipeline.nlp(TEXT).sents))
    tones = {m["tone"] for m in data["moods"]}
    assert tones == {"neutral", "negative"}
    actor_ids = {a["id"] for a in data["actors"]}
    assert all(m["about"] in actor_ids for m in data["moods"] if m["about"])
    assert all(m["plugin"] == "mood" for m in data["moods"])
    # round trip keeps the subclass and its fields
    back = Extraction.from_json(result.to_json())
    assert back == result
    assert type(back.extensions["moods"][0]).__name__ == "Mood"


def test_later_stages_see_earlier_actors(nlp) -> None:
    pipeline = make(nlp, EntityActors(), sentiment_plugin)
    result = pipeline.extract(TEXT)
    moods = result.extensions["moods"]
    assert any(getattr(m, "about", None) for m in moods)


@pytest.mark.parametrize(
    ("how", "fragment"),
    [
        ("raise", "raised RuntimeError: boom"),
        ("wrong-type", "returned str, expected Quote"),
        ("not-iterable", "must return an iterable"),
        ("out-of-bounds", "outside the text"),
        ("wrong-text", "but the text at"),
        ("unknown-actor", "unknown actor id 'actor-999'"),
        ("duplicate-id", "not unique"),
        ("actor-kind", "returned Actor, expected Quote"),
        ("raise-in-generator", "raised RuntimeError: boom later"),
    ],
)
def test_misbehaving_plugin_is_named(nlp, how: str, fragment: str) -> None:
    pipeline = make(nlp, Faulty(how, name=f"faulty-{how}"))
    with pytest.raises(PluginError) as info:
        pipeline.extract(TEXT, doc_id="doc-7")
    message = str(info.value)
    assert f"faulty-{how}" in message
    assert "doc-7" in message
    assert fragment in message
    assert info.value.plugin == f"faulty-{how}"


def test_generator_hook_that_raises_fails_only_its_document(nlp) -> None:
    """A hook written with ``yield`` raises only when iterated: still a per-document error."""
    pipeline = make(nlp, Faulty("raise-in-generator"))
    outcomes = list(pipeline.process_many([{"id": "a", "text": TEXT}, {"id": "b", "text": TEXT}]))
    assert [o.doc_id for o in outcomes] == ["a", "b"]
    assert all(isinstance(o.error, PluginError) for o in outcomes)


class _MisspelledHook:
    name = "misspelled"

    @newsextract.hookimpl
    def extract_quote(self, ctx):  # type: ignore[no-untyped-def]
        return []


class _WrongHookArgument:
    name = "wrong-argument"

    @newsextract.hookimpl
    def extract_quotes(self, document):  # type: ignore[no-untyped-def]
        return []


def test_misspelled_hook_is_named_not_silently_skipped(nlp) -> None:
    with pytest.raises(PluginError, match="did you mean 'extract_quotes'") as info:
        make(nlp, _MisspelledHook())
    assert info.value.plugin == "misspelled"
    assert "'extract_quote', which is not a newsextract hook" in str(info.value)


def test_hook_with_unknown_argument_is_a_plugin_error(nlp) -> None:
    """pluggy's own PluginValidationError would escape ``except NewsExtractError``."""
    with pytest.raises(PluginError, match="document") as info:
        make(nlp, _WrongHookArgument())
    assert info.value.plugin == "wrong-argument"


def test_out_of_bounds_span_cannot_even_be_built() -> None:
    with pytest.raises(ValueError, match="outside"):
        newsextract.Span.of("abc", 2, 5)
    with pytest.raises(ValueError):
        newsextract.Span(start=3, end=1, text="")


def test_plugin_name_is_stamped_on_records(nlp) -> None:
    result = make(nlp, OneQuote()).extract(TEXT)
    assert [q.plugin for q in result.quotes] == ["one-quote"]


def test_refiner_sees_and_changes_the_result(nlp) -> None:
    assert make(nlp, OneQuote()).extract(TEXT).quotes
    assert make(nlp, OneQuote(), DropQuotes()).extract(TEXT).quotes == []


def test_refiner_may_not_change_text(nlp) -> None:
    with pytest.raises(RecordValidationError, match="bad-refiner"):
        make(nlp, BadRefiner()).extract(TEXT)


def test_record_kinds_outside_registration_are_rejected(nlp) -> None:
    class Stray:
        name = "stray"

        @newsextract.hookimpl
        def extract_records(self, ctx):  # type: ignore[no-untyped-def]
            return [sentiment_plugin.Mood(id="m1", sentence=ctx.span(0, 1), tone="neutral")]

    with pytest.raises(RecordValidationError, match="not a record kind registered"):
        make(nlp, Stray()).extract(TEXT)


def test_reserved_record_key_is_refused(nlp) -> None:
    class Squatter:
        name = "squatter"

        @newsextract.hookimpl
        def register_record_kinds(self, register):  # type: ignore[no-untyped-def]
            register(newsextract.Quote)

    with pytest.raises(PluginError, match="reserved"):
        make(nlp, Squatter())


def test_component_hook_adds_spacy_pipe(nlp) -> None:
    import spacy

    blank = spacy.blank("en")

    class AddsSentencizer:
        name = "adds-sentencizer"

        @newsextract.hookimpl
        def register_components(self, nlp):  # type: ignore[no-untyped-def]
            if "sentencizer" not in nlp.pipe_names:
                nlp.add_pipe("sentencizer")

    pipeline = newsextract.Pipeline(nlp=blank, plugins=[AddsSentencizer()], entrypoints=False)
    assert "sentencizer" in pipeline.nlp.pipe_names
    doc_sents = list(pipeline.nlp("One. Two.").sents)
    assert len(doc_sents) == 2


def test_enable_and_disable_by_name(nlp) -> None:
    everything = newsextract.Pipeline(nlp=nlp)
    names = [n.split("==")[0] for n in everything.plugin_names]
    assert names, "the built-in plugins are installed through entry points"
    keep = names[0]
    only = newsextract.Pipeline(nlp=nlp, enable=[keep])
    assert [n.split("==")[0] for n in only.plugin_names] == [keep]
    without = newsextract.Pipeline(nlp=nlp, disable=keep)
    assert keep not in [n.split("==")[0] for n in without.plugin_names]
    with pytest.raises(newsextract.NewsExtractError, match="unknown plugin"):
        newsextract.Pipeline(nlp=nlp, enable=["no-such-plugin"])


def test_disable_through_environment(nlp, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    names = [n.split("==")[0] for n in newsextract.Pipeline(nlp=nlp).plugin_names]
    monkeypatch.setenv("NEWSEXTRACT_DISABLE_PLUGINS", names[0])
    assert names[0] not in [n.split("==")[0] for n in newsextract.Pipeline(nlp=nlp).plugin_names]


def test_builtin_plugins_come_from_entry_points() -> None:
    from newsextract.registry import build_plugin_manager, describe_plugins

    infos = {info.name: info for info in describe_plugins(build_plugin_manager())}
    for name in ("actors", "quotes", "allegations", "events"):
        assert name in infos, f"built-in plugin {name} is not installed via entry points"
        assert infos[name].distribution == f"newsextract-{name}"
        assert infos[name].version
        assert infos[name].hooks


def test_tutorial_plugin_package_installs_and_loads_through_entry_points(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """The tutorial's package, pip-installed, is found like any third-party plugin."""
    import os
    import subprocess
    import sys

    target = tmp_path / "site"
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--no-build-isolation",
         "--target", str(target), str(TUTORIAL)],
        check=True, capture_output=True, timeout=300,
    )  # fmt: skip
    env = {**os.environ, "PYTHONPATH": str(target)}
    script = (
        "import json, sys; from click.testing import CliRunner; from newsextract.cli import main; "
        "r = CliRunner().invoke(main, ['plugins', '--json']); print(r.stdout); print('=====');"
        "r = CliRunner().invoke(main, ['extract', '-', '--format', 'jsonl'], "
        "input='Angela Merkel rejected the claims. Paris is calm.'); print(r.stdout)"
    )
    out = subprocess.run(
        [sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=300,
        check=True,
    ).stdout  # fmt: skip
    plugins_json, _, rest = out.partition("=====")
    names = {p["name"]: p for p in json.loads(plugins_json)}
    assert names["mood"]["distribution"] == "newsextract-mood"
    assert names["mood"]["hooks"] == ["extract_records", "register_record_kinds"]
    extraction = json.loads(rest.strip().splitlines()[-1])
    assert [m["tone"] for m in extraction["moods"]] == ["negative", "neutral"]


def _kind_plugin(module: str):  # type: ignore[no-untyped-def]
    """A plugin in ``module`` with its own ``Tone`` kind (key "tones"), as two packages might
    each define one: the same key and the same class name, in different modules (not "mood":
    the process-wide table of kinds must keep the tutorial's Mood for the other tests)."""
    tone = type(
        "Tone",
        (newsextract.Record,),
        {
            "__module__": module,
            "__qualname__": "Tone",
            "__annotations__": {"kind": ClassVar[str], "tone": str},
            "kind": "tone",
        },
    )

    class KindPlugin:
        name = module

        @newsextract.hookimpl
        def register_record_kinds(self, register):  # type: ignore[no-untyped-def]
            register(tone)

        @newsextract.hookimpl
        def extract_records(self, ctx):  # type: ignore[no-untyped-def]
            return [tone(id=ctx.new_id(module), tone="neutral")]

    return KindPlugin()


def test_two_plugins_registering_one_record_key_is_an_error_naming_both(nlp) -> None:
    """The later one used to replace the other silently; the other's documents then all
    failed with a raw pydantic ValidationError."""
    first, second = _kind_plugin("tone_a"), _kind_plugin("tone_b")
    with pytest.raises(PluginError) as caught:
        make(nlp, first, second)
    message = str(caught.value)
    assert "'tone_a'" in message and "'tone_b'" in message and "'tones'" in message
    assert "Traceback" not in message


def test_a_kind_redefined_elsewhere_does_not_break_its_own_pipeline(nlp) -> None:
    """The process-wide table of kinds holds the one defined last under a key; a pipeline
    with the other plugin still extracts (it used to fail every document)."""
    first = _kind_plugin("tone_c")
    _kind_plugin("tone_d")  # defined later: the process-wide "tones" is now tone_d.Tone
    result = make(nlp, first).extract(TEXT)
    assert [type(r).__module__ for r in result.extensions["tones"]] == ["tone_c"]
