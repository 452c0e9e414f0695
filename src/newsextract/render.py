"""A self-contained HTML view of an extraction, for checking records against the text.

The article is shown with every actor mention, quote, cue, allegation claim and
event trigger highlighted; hovering or clicking a record in the side panel
lights up its spans. Overlapping annotations are handled by cutting the text at
every span boundary and giving each piece the classes of all spans covering it
(one sweep, O(n log n)). All article text is HTML-escaped and the records are
embedded as JSON with ``<`` escaped, so markup or a ``<script>`` in an article
stays inert text.
"""

from __future__ import annotations

import html
import itertools
import json
from collections import defaultdict
from typing import Any

from .records import Extraction, Span

__all__ = ["render_html"]

_PALETTE = ["#fde68a", "#bfdbfe", "#c7f9cc", "#fbcfe8", "#ddd6fe", "#fed7aa", "#a7f3d0", "#e5e7eb"]

_CSS = """
body{font:15px/1.6 system-ui,sans-serif;margin:0;display:flex;color:#111}
main{flex:3;padding:1.5rem 2rem;white-space:pre-wrap;max-width:52rem}
aside{flex:2;padding:1rem;border-left:1px solid #ddd;height:100vh;overflow:auto;position:sticky;top:0;font-size:13px}
h2{font-size:14px;margin:1rem 0 .3rem}
.actor{border-radius:3px}
.quote{text-decoration:underline 2px #2563eb;text-underline-offset:3px}
.cue{font-weight:600;color:#1d4ed8}
.claim{background-image:linear-gradient(#fecaca,#fecaca);background-size:100% 35%;background-position:0 100%;background-repeat:no-repeat}
.trigger{outline:1px dashed #9333ea;outline-offset:1px}
.lit{outline:2px solid #f97316 !important;background-color:#ffedd5 !important}
.rec{cursor:pointer;padding:2px 4px;border-radius:3px;margin:1px 0}
.rec:hover,.rec.on{background:#ffedd5}
.meta{color:#666}
"""

_JS = """
(function(){
  var data = JSON.parse(document.getElementById('nx-data').textContent);
  function light(id, on){
    document.querySelectorAll('[data-ids~="'+id+'"]').forEach(function(el){
      el.classList.toggle('lit', on);
    });
  }
  document.querySelectorAll('.rec').forEach(function(el){
    el.addEventListener('mouseenter', function(){ light(el.dataset.id, true); });
    el.addEventListener('mouseleave', function(){ if(!el.classList.contains('on')) light(el.dataset.id, false); });
    el.addEventListener('click', function(){ var on = !el.classList.contains('on'); el.classList.toggle('on', on); light(el.dataset.id, on); });
  });
  document.body.setAttribute('data-records', String(data.count));
})();
"""


def _annotations(extraction: Extraction) -> list[tuple[Span, str, str]]:
    """Every span to highlight with its CSS class and the id of its record."""
    marks: list[tuple[Span, str, str]] = []
    for actor in extraction.actors:
        marks.extend((m, "actor", actor.id) for m in actor.mentions)
    for quote in extraction.quotes:
        marks.extend((c, "quote", quote.id) for c in quote.content)
        if quote.cue:
            marks.append((quote.cue, "cue", quote.id))
    for allegation in extraction.allegations:
        marks.append((allegation.claim, "claim", allegation.id))
        if allegation.cue:
            marks.append((allegation.cue, "cue", allegation.id))
    for event in extraction.events:
        marks.append((event.trigger, "trigger", event.id))
    return [m for m in marks if m[0].end > m[0].start]


def _body(extraction: Extraction, colours: dict[str, str]) -> str:
    text = extraction.text
    marks = _annotations(extraction)
    starts: dict[int, list[int]] = defaultdict(list)
    ends: dict[int, list[int]] = defaultdict(list)
    for index, (span, _, _) in enumerate(marks):
        starts[span.start].append(index)
        ends[span.end].append(index)
    cuts = sorted({0, len(text), *starts, *ends})
    active: set[int] = set()
    pieces: list[str] = []
    for left, right in itertools.pairwise(cuts):
        active.difference_update(ends.get(left, ()))
        active.update(starts.get(left, ()))
        chunk = html.escape(text[left:right])
        if not active:
            pieces.append(chunk)
            continue
        covering = sorted(active)
        classes = sorted({marks[i][1] for i in covering})
        ids = sorted({marks[i][2] for i in covering})
        actor_ids = [marks[i][2] for i in covering if marks[i][1] == "actor"]
        style = f' style="background:{colours[actor_ids[0]]}"' if actor_ids else ""
        title = html.escape(" ".join(ids), quote=True)
        pieces.append(
            f'<span class="{" ".join(classes)}" data-ids="{title}" title="{title}"{style}>'
            f"{chunk}</span>"
        )
    return "".join(pieces)


def _panel(extraction: Extraction, colours: dict[str, str]) -> str:
    def name(actor_id: str | None) -> str:
        actor = extraction.actor(actor_id)
        return html.escape(actor.name) if actor else "?"

    def item(record_id: str, label: str, style: str = "") -> str:
        rid = html.escape(record_id, quote=True)
        return f'<div class="rec" data-id="{rid}"{style}>{label}</div>'

    rows = [f"<h2>Actors ({len(extraction.actors)})</h2>"]
    for a in extraction.actors:
        extra = f' <span class="meta">{html.escape(a.type)}{" " + a.code if a.code else ""}</span>'
        rows.append(item(a.id, html.escape(a.name) + extra, f' style="background:{colours[a.id]}"'))
    rows.append(f"<h2>Quotes ({len(extraction.quotes)})</h2>")
    for q in extraction.quotes:
        via = f" via {name(q.via)}" if q.via else ""
        content = html.escape(" … ".join(c.text for c in q.content)[:140])
        rows.append(item(q.id, f"<b>{name(q.speaker)}</b>{via} → “{content}”"))
    rows.append(f"<h2>Allegations ({len(extraction.allegations)})</h2>")
    for al in extraction.allegations:
        accused = ", ".join(name(i) for i in al.accused) or "?"
        rows.append(
            item(
                al.id,
                f"<b>{name(al.accuser)}</b> → {accused} <span class='meta'>{al.stance}</span>: "
                + html.escape(al.claim.text[:140]),
            )
        )
    rows.append(f"<h2>Events ({len(extraction.events)})</h2>")
    for e in extraction.events:
        who = ", ".join(f"{p.role}: {html.escape(p.mention.text)}" for p in e.participants)
        when = f" · {e.when.start}" if e.when and e.when.start else ""
        rows.append(
            item(
                e.id,
                f"<b>{e.type}</b> {html.escape(e.trigger.text)} "
                f"<span class='meta'>{e.modality}{when}</span> {who}",
            )
        )
    return "\n".join(rows)


def render_html(extraction: Extraction, *, title: str | None = None) -> str:
    """A standalone HTML page (no external resources) showing the extraction."""
    colours = {a.id: _PALETTE[i % len(_PALETTE)] for i, a in enumerate(extraction.actors)}
    page_title = html.escape(title or extraction.doc_id or "newsextract")
    payload: dict[str, Any] = {"count": sum(1 for _ in extraction.records())}
    data = json.dumps(payload).replace("<", "\\u003c")
    return (
        "<!DOCTYPE html>\n<html lang='en'><head><meta charset='utf-8'>"
        f"<title>{page_title}</title><style>{_CSS}</style></head><body>"
        f"<main>{_body(extraction, colours)}</main>"
        f"<aside><div class='meta'>{page_title} · published {extraction.published or 'unknown'}"
        f"</div>{_panel(extraction, colours)}</aside>"
        f"<script type='application/json' id='nx-data'>{data}</script>"
        f"<script>{_JS}</script></body></html>\n"
    )
