"""The ledger as one self-contained HTML file: ``recoupe report --html FILE``.

Inline CSS and SVG only: no script, no external stylesheet, font or image, nothing fetched
(a Content-Security-Policy meta tag forbids it), so the file opens offline and can be
mailed. Sections: overview (counts, documents, sources, measures), one chart per measure
with its estimates and links, the conflicts, the arithmetic checks, the claims table, and
each document's text with its facts highlighted (hover for details).

Reviews are applied as on the pages: corrected figures show the reviewer's value, figures
marked wrong are struck out and left out of the charts. Everything from the documents is
escaped (Jinja2 autoescape; ``recoupe.web.highlight`` escapes each slice).
"""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

from markupsafe import Markup

from recoupe.store import Ledger
from recoupe.web.chart import legend, measure_chart
from recoupe.web.highlight import highlight
from recoupe.web.templating import environment, stylesheet
from recoupe.web.views import LedgerView

CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; form-action 'none'; base-uri 'none'"


def render_html(ledger: Ledger) -> str:
    """The report as a string: the whole ledger, read through the pages' read model."""
    v = LedgerView(ledger)
    documents = v.ledger.document_page(limit=None)
    doc_index = {d.id: i for i, d in enumerate(documents, start=1)}
    claims = v.all_claims()
    by_doc: dict[str, list] = {}
    for r in claims:
        by_doc.setdefault(r.doc.id, []).append(r)
    sections = []
    for i, mv in enumerate(v.all_measures(), start=1):
        links = v.measure_links(mv.key, mv.facts, limit=None)
        colors = v.source_colors(mv.facts)
        chart = measure_chart(mv.facts, [l for l, _, _ in links], colors, href=lambda f: f"#{f.claim.id}",
                              title=mv.label)
        sections.append({"mv": mv, "anchor": f"m{i}", "links": links, "colors": colors, "chart": chart,
                         "legend": legend(colors), "consensus": v.consensus(mv.key, limit=None)})
    measure_anchor = {s["mv"].key: s["anchor"] for s in sections}
    texts = []
    for d in documents:
        rows = by_doc.get(d.id, [])
        texts.append({"doc": d, "anchor": f"d{doc_index[d.id]}",
                      "highlighted": highlight(d.text, v.spans(d.id, rows, ledger.mentions(d.id)), interactive=False)})
    stats = {d: (len(rows), sum(len(r.facts) for r in rows)) for d, rows in by_doc.items()}
    template = environment().get_template("report.html")
    return template.render(
        css=Markup(stylesheet()), csp=CSP, generated=datetime.now(timezone.utc).isoformat(timespec="seconds"),
        ledger_name=Path(str(ledger.path)).name, v=v, documents=documents, counts=v.counts, stats=stats,
        sources=v.sources_of(claims), measures=sections, measure_anchor=measure_anchor,
        conflicts=v.all_conflicts(), checks=ledger.checks(), claims=claims, texts=texts,
        fact_href=lambda f: f"#{f.claim.id}", doc_anchor={d.id: f"d{doc_index[d.id]}" for d in documents},
    )


def write_html(ledger: Ledger, path: str | Path) -> None:
    """Write the report to ``path`` (UTF-8)."""
    with ledger.reading():  # one snapshot, even while a run writes
        page = render_html(ledger)
    Path(path).write_text(page, encoding="utf-8")


__all__ = ["render_html", "write_html"]
