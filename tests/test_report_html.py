"""``recoupe report --html``: one self-contained, inert HTML file."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from markupsafe import escape

import recoupe
from recoupe.report.html import render_html, write_html
from recoupe.review import Review
from recoupe.web.views import value_text
from conftest import Whole

HOSTILE = """Publié le 5 avril 2024
<script>alert(1)</script> <img src=x onerror=alert(1)> titre

Selon le <a href="javascript:alert(1)">ministère</a> <script>alert(2)</script>, 1 500 soldats ont été tués en mars 2024 <img src=x onerror=alert(1)>.
D'après <svg onload=alert(1)> l'agence Yonhap, environ 12 000 soldats ont été déployés, voir javascript:alert(1).
"""


class Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))


def tags_of(html: str) -> list[tuple[str, dict[str, str | None]]]:
    p = Tags()
    p.feed(html)
    p.close()
    return p.tags


def assert_self_contained_and_inert(html: str) -> None:
    for tag, attrs in tags_of(html):
        assert tag not in ("script", "img", "iframe", "object", "embed", "link", "base", "form"), (tag, attrs)
        for name, value in attrs.items():
            assert not name.lower().startswith("on"), (tag, attrs)
            if name in ("src", "srcset", "action", "poster", "data"):
                raise AssertionError(f"{tag} loads something: {attrs}")
            if name in ("href", "xlink:href"):
                v = (value or "").strip().lower()
                assert not v.startswith(("javascript:", "data:", "vbscript:")), attrs
                # only in-page anchors, or a document's own http(s) address as a plain link
                assert v.startswith("#") or (v.startswith(("http://", "https://")) and tag == "a"), attrs
    assert "@import" not in html and "url(" not in html
    assert "<script" not in html.lower()


@pytest.fixture(scope="module")
def report(example_db: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[str, Whole]:
    out = tmp_path_factory.mktemp("report") / "report.html"
    with recoupe.open_ledger(example_db) as ledger:
        write_html(ledger, out)
        view = Whole(ledger)
    return out.read_text(encoding="utf-8"), view


def test_report_is_self_contained(report: tuple[str, Whole]) -> None:
    html, _ = report
    assert html.startswith("<!doctype html>")
    csp = [a["content"] for t, a in tags_of(html) if t == "meta" and a.get("http-equiv") == "Content-Security-Policy"]
    assert csp and csp[0].startswith("default-src 'none';") and "script-src" not in csp[0]
    assert "<style>" in html and ".hl-quantity" in html
    assert_self_contained_and_inert(html)


def test_report_overview(report: tuple[str, Whole]) -> None:
    html, v = report
    assert f"<b>{v.counts['documents']}</b> documents" in html
    for d in v.documents:
        assert str(escape(d.title or d.path.rsplit("/", 1)[-1])) in html
    for s in v.sources()[:5]:
        assert str(escape(s.name)) in html


def test_report_has_a_chart_per_measure_with_a_mark_per_estimate(report: tuple[str, Whole]) -> None:
    html, v = report
    assert html.count('<svg class="chart"') == len(v.measures_)
    for i, mv in enumerate(v.measures_, start=1):
        section = html.split(f'<section class="measure card" id="m{i}">', 1)[1].split("</section>", 1)[0]
        marks = re.findall(r'<g class="mark" data-q="(q\d+)"', section)
        assert sorted(marks) == sorted(f.id for f in mv.plotted), mv.key
        assert str(escape(mv.label)) in section


def test_report_claims_table_and_conflicts(report: tuple[str, Whole]) -> None:
    html, v = report
    claims = html.split('<section id="claims">', 1)[1].split("</section>", 1)[0]
    assert len(re.findall(r'<tr id="c\d+"', claims)) == len(v.claims)
    for r in v.claims[:20]:
        for f in r.facts:
            assert str(escape(value_text(f.q))) in claims
    conflicts = html.split('<section id="conflicts">', 1)[1].split("</section>", 1)[0]
    if v.conflicts():
        assert conflicts.count("<tr><td") == len(v.conflicts())
    else:
        assert "No two estimates of the same measure conflict." in conflicts


def test_report_texts_are_highlighted(report: tuple[str, Whole]) -> None:
    html, v = report
    texts = html.split('<section id="texts">', 1)[1]
    assert texts.count('<details class="fact" id="d') == len(v.documents)
    assert 'class="hl hl-quantity"' in texts and 'class="hl hl-time"' in texts
    assert 'tabindex' not in texts  # nothing to click in the report: hover only


def test_report_shows_reviewed_values(ledger_copy: Path) -> None:
    with recoupe.open_ledger(ledger_copy) as ledger:
        view = Whole(ledger)
        mv = next(m for m in view.measures() if len(m.plotted) >= 2)
        f, g = mv.plotted[0], mv.plotted[1]
        ledger.add_review(Review(document=f.doc.id, target="quantity", start=f.original.start, end=f.original.end,
                                 action="correct", low=777_777.0))
        ledger.add_review(Review(document=g.doc.id, target="quantity", start=g.original.start, end=g.original.end,
                                 action="wrong"))
        html = render_html(ledger)
    assert "777 777" in html
    marks = re.findall(r'<g class="mark" data-q="(q\d+)"', html)
    assert f.id in marks and g.id not in marks
    assert "<b>2</b> reviews" in html


def test_hostile_article_is_inert_in_report(analyse_texts, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    db = analyse_texts({"hostile.txt": HOSTILE})
    out = tmp_path / "hostile.html"
    with recoupe.open_ledger(db) as ledger:
        assert ledger.claims(), "the hostile article should still yield claims"
        write_html(ledger, out)
    html = out.read_text(encoding="utf-8")
    assert_self_contained_and_inert(html)
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "&lt;img src=x onerror=alert(1)&gt;" in html
    assert "<img" not in html
