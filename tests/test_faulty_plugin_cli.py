"""An installed plugin that fails on one document of a CLI batch.

The plugin is a real package, pip-installed into a temporary folder and found
through the entry-point group like any third-party plugin; the CLI runs in a
subprocess that sees it. The failing document must go to the errors file with
the plugin's name, the others must all be extracted; ``--strict`` stops instead.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

PLUGIN = """
import newsextract

name = "boomer"


@newsextract.hookimpl
def extract_events(ctx):
    if "BOOM" in ctx.text:
        raise ValueError("cannot stand the noise")
    return []
"""

PYPROJECT = """
[build-system]
requires = ["setuptools>=61"]
build-backend = "setuptools.build_meta"

[project]
name = "newsextract-boomer"
version = "0.0.1"
dependencies = []

[project.entry-points.newsextract]
boomer = "newsextract_boomer"
"""


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    source = tmp_path_factory.mktemp("boomer-src")
    (source / "newsextract_boomer").mkdir()
    (source / "newsextract_boomer" / "__init__.py").write_text(textwrap.dedent(PLUGIN))
    (source / "pyproject.toml").write_text(PYPROJECT)
    target = tmp_path_factory.mktemp("site")
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--no-build-isolation",
         "--target", str(target), str(source)],
        check=True, capture_output=True, timeout=300,
    )  # fmt: skip
    return target


def run_cli(site: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(site)}
    return subprocess.run(
        [sys.executable, "-m", "newsextract", *args],
        env=env, capture_output=True, text=True, timeout=300, check=False,
    )  # fmt: skip


def test_batch_reports_the_plugin_and_keeps_the_rest(site: Path, tmp_path: Path) -> None:
    source = tmp_path / "in.jsonl"
    source.write_text(
        "\n".join(
            json.dumps({"id": i, "text": t})
            for i, t in [
                ("a", "Merkel met Macron."),
                ("b", "BOOM, said Putin."),
                ("c", "Xi spoke."),
            ]
        )
        + "\n"
    )
    out, errors = tmp_path / "out.jsonl", tmp_path / "errors.jsonl"
    result = run_cli(site, "extract", str(source), "-o", str(out), "--errors", str(errors))
    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stderr
    assert [json.loads(x)["doc_id"] for x in out.read_text().splitlines()] == ["a", "c"]
    [failure] = [json.loads(x) for x in errors.read_text().splitlines()]
    assert failure["id"] == "b" and failure["plugin"] == "boomer"
    assert "plugin 'boomer' (extract_events)" in failure["error"]
    assert "cannot stand the noise" in failure["error"]

    strict = run_cli(site, "extract", str(source), "-o", str(out), "--strict")
    assert strict.returncode == 1
    assert [json.loads(x)["doc_id"] for x in out.read_text().splitlines()] == ["a"]

    without = run_cli(site, "extract", str(source), "-o", str(out), "--disable", "boomer")
    assert without.returncode == 0, without.stderr
    assert len(out.read_text().splitlines()) == 3
