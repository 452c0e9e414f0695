"""The HTML view: highlights, escaping, and a real headless browser."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from newsextract.render import render_html

EVIL = (
    "date 2023-02-28 <script>document.body.setAttribute('data-pwned','1')</script> "
    'Mao Ning said "the US has no right <b>to</b> point fingers," at a briefing in Beijing. '
    "<img src=x onerror=\"document.body.setAttribute('data-pwned','2')\"> "
    "China accused Washington of fuelling the conflict."
)


def test_every_record_is_highlighted(seed) -> None:  # type: ignore[no-untyped-def]
    page = render_html(seed)
    for actor in seed.actors:
        assert f'data-id="{actor.id}"' in page
        assert len(re.findall(rf'data-ids="[^"]*\b{actor.id}\b', page)) >= 1
    for record in [*seed.quotes, *seed.allegations, *seed.events]:
        assert f'data-id="{record.id}"' in page
        assert re.search(rf'data-ids="[^"]*\b{record.id}\b', page), record.id


def test_visible_text_is_the_article(seed) -> None:  # type: ignore[no-untyped-def]
    import html as html_lib

    page = render_html(seed)
    main = page.split("<main>", 1)[1].split("</main>", 1)[0]
    assert html_lib.unescape(re.sub(r"<[^>]+>", "", main)) == seed.text


def test_article_markup_is_escaped(pipeline) -> None:  # type: ignore[no-untyped-def]
    page = render_html(pipeline.extract(EVIL, doc_id="<evil>"))
    assert "<script>document" not in page
    assert "&lt;script&gt;" in page
    assert "<img" not in page
    assert "<title>&lt;evil&gt;</title>" in page


def _chromium() -> str | None:
    return shutil.which("chromium") or shutil.which("chromium-browser")


def test_page_in_headless_chromium(pipeline, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    browser = _chromium()
    if browser is None:
        if os.environ.get("CI"):
            pytest.fail("CI must install Debian's chromium for the browser test (see .ci/run)")
        pytest.skip("chromium is not installed (CI installs it)")
    extraction = pipeline.extract(EVIL, doc_id="evil")
    page = tmp_path / "view.html"
    page.write_text(render_html(extraction), encoding="utf-8")
    result = subprocess.run(
        [
            browser, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
            "--no-first-run", "--disable-background-networking", "--disable-component-update",
            "--disable-sync", f"--user-data-dir={tmp_path / 'profile'}", "--dump-dom",
            page.as_uri(),
        ],
        capture_output=True, text=True, timeout=90, check=False,
    )  # fmt: skip
    dom = result.stdout
    assert "<main>" in dom, result.stderr[-2000:]
    records = sum(1 for _ in extraction.records())
    assert f'data-records="{records}"' in dom, "the page's own script ran"
    assert "data-pwned" not in dom.split("<main>")[0], "no script from the article ran"
    assert 'class="actor' in dom
    assert dom.count('class="rec"') == records
