"""``recoupe serve`` in process: every route, filters, reviews, CSRF, path tricks, escaping."""

from __future__ import annotations

import re
import sqlite3
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import quote

import pytest
from markupsafe import escape

from fastapi.testclient import TestClient  # noqa: E402

import recoupe  # noqa: E402
from recoupe.review import Review, apply_reviews, review_grades, reviewed_ids  # noqa: E402
from recoupe.web.app import CSRF_COOKIE, create_app  # noqa: E402
from recoupe.web.views import LedgerView, value_text  # noqa: E402
from conftest import Whole  # noqa: E402

BASE = "http://127.0.0.1"

HOSTILE = """Publié le 3 mars 2024
<script>alert(1)</script> Bilan <img src=x onerror=alert(1)>

Selon le ministère <img src=x onerror=alert(1)> de la Défense, 1 200 soldats <script>alert(2)</script> ont été tués en mars 2024.
Le <a href="javascript:alert(1)">Pentagone</a> estime à environ 3 000 le nombre de blessés, voir [ici](javascript:alert(1)) ou "><svg onload=alert(1)>.
D'après l'agence <b onmouseover=alert(1)>Yonhap</b>, plus de 10 000 conteneurs ont été livrés depuis 2023 ' onfocus='alert(1).
"""


# -- helpers ------------------------------------------------------------------------------


class Tags(HTMLParser):
    """Every start tag with its attributes, and the text inside each highlight mark."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.open_marks: list[tuple[str, str]] = []
        self.mark_text: dict[tuple[str, str], str] = {}

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        self.tags.append((tag, a))
        if tag == "mark":
            key = (a.get("data-kind") or "", a.get("data-ref") or "")
            self.open_marks.append(key)
            self.mark_text.setdefault(key, "")

    def handle_endtag(self, tag: str) -> None:
        if tag == "mark" and self.open_marks:
            self.open_marks.pop()

    def handle_data(self, data: str) -> None:
        for key in set(self.open_marks):
            self.mark_text[key] += data


def parse(html: str) -> Tags:
    p = Tags()
    p.feed(html)
    p.close()
    return p


def assert_inert(html: str) -> None:
    """No markup from a document made it into the page as markup."""
    for tag, attrs in parse(html).tags:
        assert tag not in ("img", "iframe", "object", "embed", "base"), (tag, attrs)
        if tag == "script":
            assert attrs == {"src": "/static/recoupe.js", "defer": None}, attrs
        if tag == "a":
            href = (attrs.get("href") or "").strip().lower()
            assert not href.startswith(("javascript:", "data:", "vbscript:")), attrs
        for name in attrs:
            assert not name.lower().startswith("on"), (tag, attrs)
    assert "<script>alert" not in html
    assert "<img" not in html


def csrf_of(html: str) -> str:
    m = re.search(r'name="csrf_token" value="([0-9a-f]+)"', html)
    assert m, "no CSRF token in the page"
    return m.group(1)


@pytest.fixture(scope="module")
def client(example_db: Path, tmp_path_factory: pytest.TempPathFactory) -> TestClient:
    """A read-only client over the examples (no test here writes through it)."""
    from conftest import copy_ledger

    db = copy_ledger(example_db, tmp_path_factory.mktemp("web") / "ro.db")
    return TestClient(create_app(db), base_url=BASE)


@pytest.fixture(scope="module")
def view(example_db: Path):  # type: ignore[no-untyped-def]
    with recoupe.open_ledger(example_db) as ledger:
        yield Whole(ledger)


@pytest.fixture
def writer(ledger_copy: Path) -> tuple[TestClient, Path]:
    """A client over a private copy, for tests that post reviews."""
    return TestClient(create_app(ledger_copy), base_url=BASE), ledger_copy


# -- every route --------------------------------------------------------------------------


def test_every_route_answers(client: TestClient, view: Whole) -> None:
    urls = ["/", "/documents", "/claims", "/measures", "/entities", "/reviews", "/static/style.css",
            "/static/recoupe.js"]
    urls += [f"/documents/{d.id}" for d in view.documents]
    with_figures = [r for r in view.claims if r.facts]
    urls += [f"/claims/{r.id}" for r in with_figures[:5]] + [f"/claims/{with_figures[0].facts[0].id}"]
    urls += [m.path for m in view.measures_]
    urls += [f"/entities/{e.id}" for e in view.entities[:8]]
    for url in urls:
        r = client.get(url)
        assert r.status_code == 200, (url, r.status_code, r.text[:500])
        if url.startswith("/static/"):
            continue
        assert r.headers["content-type"].startswith("text/html")
        assert "script-src 'self'" in r.headers["content-security-policy"]
        assert r.headers["x-content-type-options"] == "nosniff"
        assert_inert(r.text)


def test_overview_counts_documents_measures(client: TestClient, view: Whole) -> None:
    html = client.get("/").text
    assert f"<b>{view.counts['documents']}</b> documents" in html
    assert f"<b>{view.counts['claims']}</b> claims" in html
    top = view.measures_[0]
    assert f'href="{top.path}"' in html
    for d in view.latest_documents(3):
        assert f"/documents/{d.id}" in html


def test_document_highlights_every_fact_at_its_text(client: TestClient, view: Whole) -> None:
    for d in view.documents:
        page = parse(client.get(f"/documents/{d.id}").text)
        rows = view.doc_claims(d.id)
        for row in rows:
            for f in row.facts:
                assert page.mark_text.get(("quantity", f.id)) == d.text[f.original.start:f.original.end], f.id
        kinds = {k for k, _ in page.mark_text}
        if any(r.facts for r in rows):
            assert "quantity" in kinds
        if any(r.claim.times for r in rows):
            assert "time" in kinds
        if any(r.claim.source for r in rows):
            assert "source" in kinds
    # The tooltip of a figure gives value, bounds, unit, source, modality and grade.
    row = next(r for r in view.claims if r.facts and r.claim.source)
    f = row.facts[0]
    tags = parse(client.get(f"/documents/{row.doc.id}").text).tags
    title = next(a["title"] for t, a in tags if t == "mark" and a.get("data-ref") == f.id)
    assert title is not None
    for word in ("value: " + value_text(f.q), "bounds: low", "unit: ", "source: " + row.claim.source.name,
                 "modality: " + row.claim.modality, f"grade {row.grade}"):
        assert word in title, (word, title)


def test_claims_filters(client: TestClient, view: Whole) -> None:
    def count(**params: str) -> int:
        html = client.get("/claims", params=params).text
        m = re.search(r'<p id="claim-count"><b>(\d+)</b>', html)
        assert m, html[:300]
        return int(m.group(1))

    everything = count()
    assert everything == len(view.claims)
    hedged = sum(1 for r in view.claims if r.claim.hedged)
    assert count(hedged="yes") == hedged
    assert count(hedged="no") == everything - hedged
    for g in {r.grade for r in view.claims if r.grade is not None}:
        assert count(grade=str(g)) == sum(1 for r in view.claims if r.grade == g)
    unit = next(f.q.unit for f in view.facts.values() if f.q.unit)
    assert count(unit=unit) == sum(1 for r in view.claims if any(f.q.unit == unit for f in r.facts))
    src = next(r.claim.source for r in view.claims if r.claim.source)
    assert count(source=src.name) == sum(1 for r in view.claims if r.source_name == src.name)
    ent = view.claims[0].claim.entity_keys[0] if view.claims[0].claim.entity_keys else view.entities[0].key
    assert count(entity=ent) >= 1
    d = view.documents[0]
    assert count(date_from=str(d.published), date_to=str(d.published)) == sum(
        1 for r in view.claims if r.as_of == d.published)
    assert count(document=d.id) == len(view.doc_claims(d.id))
    # full text through the ledger's FTS5 index, accents ignored
    assert count(q="obus") == len(view.ledger.search("obus", limit=100_000))
    assert 0 < count(q="obus") < everything
    assert count(q="blesses") == count(q="blessés") > 0
    assert count(q='l\'armée "') >= 0  # broken FTS syntax is searched as a phrase, not a 500
    # nonsense filters are ignored, not errors
    assert count(grade="abc", hedged="maybe", date_from="yesterday", page="-3") == everything


def test_claims_pagination(client: TestClient, view: Whole) -> None:
    first = client.get("/claims").text
    second = client.get("/claims", params={"page": "2"}).text
    ids1 = re.findall(r'data-claim="(c\d+)"', first)
    ids2 = re.findall(r'data-claim="(c\d+)"', second)
    assert len(ids1) == 25 and ids2 and not set(ids1) & set(ids2)
    assert 'rel="next"' in first and 'rel="prev"' in second
    last = client.get("/claims", params={"page": "9999"}).text  # clamped to the last page
    assert re.findall(r'data-claim="(c\d+)"', last)[-1] == view.claims[-1].id


def _listed(html: str, table: str, pattern: str) -> list[str]:
    """What one list table of a page shows, in order: each match of ``pattern``."""
    found = re.search(rf'<table (?:id|class)="{table}">(.*?)</table>', html, re.S)
    return re.findall(pattern, found.group(1)) if found else []


def _entity_order(view: Whole) -> list[str]:
    counts = view.entity_claim_counts()
    return [str(e.id) for e in sorted(view.entities, key=lambda e: (-counts.get(e.key, 0), e.name.lower(), e.id))]


# Each list page, the table it fills, what identifies a row, and the rows the whole ledger
# holds in the list's order (None: compared as a set, the order being SQLite's collation).
LISTS = [
    ("/claims", "claims", r'data-claim="(c\d+)"', lambda v: [r.id for r in v.claims], True),
    ("/documents", "documents", r'href="/documents/([0-9a-f]{64})"',
     lambda v: [d.id for d in v.latest_documents(len(v.documents))], True),
    ("/measures", "measures", r'<a href="(/measures/[^"]+)"', lambda v: [m.path for m in v.measures_], True),
    ("/entities", "entities", r'href="/entities/(\d+)"', _entity_order, False),
]


@pytest.mark.parametrize(("url", "table", "pattern", "expected", "ordered"), LISTS, ids=[l[0] for l in LISTS])
@pytest.mark.parametrize("size", [1, 3, 7])
def test_a_list_pages_through_every_row_once(client: TestClient, view: Whole, url: str, table: str, pattern: str,
                                             expected, ordered: bool, size: int) -> None:  # type: ignore[no-untyped-def]
    """Page by page, a list shows each row of the whole ledger once, in the list's order; the
    first page has no "previous", the last no "next", and a page past the last is the last."""
    want = expected(view)
    pages = -(-len(want) // size)
    if pages < 2:
        pytest.skip(f"{len(want)} rows fill one page of {size}")
    seen: list[str] = []
    for n in range(1, pages + 1):
        r = client.get(url, params={"page": str(n), "size": str(size)})
        assert r.status_code == 200, (url, n)
        rows = _listed(r.text, table, pattern)
        assert len(rows) == (size if n < pages else len(want) - size * (pages - 1)), (url, n)
        assert ('rel="prev"' in r.text) == (n > 1) and ('rel="next"' in r.text) == (n < pages), (url, n)
        assert f"page {n} of {pages}" in r.text
        seen += rows
    assert seen == want if ordered else (sorted(seen) == sorted(want) and len(set(seen)) == len(seen))
    past = client.get(url, params={"page": str(pages + 5), "size": str(size)})
    assert past.status_code == 200 and _listed(past.text, table, pattern) == _listed(
        client.get(url, params={"page": str(pages), "size": str(size)}).text, table, pattern)
    # The pager's own links keep the page size; following "next" (read by key on the
    # claims) walks the same rows as the numbered pages.
    walked: list[str] = []
    html = client.get(url, params={"size": str(size)}).text
    while True:
        walked += _listed(html, table, pattern)
        nxt = re.search(r'rel="next" href="([^"]+)"', html)
        if not nxt:
            break
        assert f"size={size}" in nxt.group(1) and ("after=" in nxt.group(1)) == (url == "/claims")
        html = client.get(nxt.group(1).replace("&amp;", "&")).text
    assert walked == seen


# Filters of the claims list, and the same filter over the whole ledger's reviewed claims.
FILTERS = [
    ({}, lambda r, k: True),
    ({"source": "Agence de relecture"}, lambda r, k: r.source_name == "Agence de relecture"),
    ({"source": "OLD"}, lambda r, k: r.source_name == k["old_source"]),
    ({"unit": "tonne"}, lambda r, k: any(f.q.unit == "tonne" and not f.wrong for f in r.facts)),
    ({"unit": "UNIT"}, lambda r, k: any(f.q.unit == k["unit"] and not f.wrong for f in r.facts)),
    ({"hedged": "yes", "unit": "UNIT"},
     lambda r, k: r.claim.hedged and any(f.q.unit == k["unit"] and not f.wrong for f in r.facts)),
    ({"figures": "no"}, lambda r, k: not r.facts),
    ({"grade": "2"}, lambda r, k: r.grade == 2),
    ({"entity": "ENTITY"}, lambda r, k: k["entity"] in r.claim.entity_keys
     or (r.claim.source is not None and k["entity"] in r.claim.source.entity_keys)),
    ({"q": "obus", "source": "OLD"}, lambda r, k: r.id in k["obus"] and r.source_name == k["old_source"]),
    ({"source": "(own voice)"}, lambda r, k: r.claim.source is None),
    ({"source": "SILENCED"}, lambda r, k: r.source_name == k["silenced"]),
]


@pytest.mark.parametrize(("params", "keep"), FILTERS, ids=[str(f[0]) for f in FILTERS])
def test_claim_filters_judge_reviewed_claims_on_their_reviewed_values(ledger_copy: Path, params: dict,
                                                                     keep) -> None:  # type: ignore[no-untyped-def]
    """SQL filters the stored values; the claims a reviewer changed (a renamed source, a
    corrected unit, a figure or claim marked wrong) are judged on what the reviewer said,
    and the paged list equals the whole ledger filtered in Python."""
    with recoupe.open_ledger(ledger_copy) as ledger:
        claims = ledger.claims()
        named = [c for c in claims if c.source is not None and c.quantities]
        renamed, other = named[0], next(c for c in named[1:] if c.source.name != named[0].source.name)
        ledger.add_review(Review(document=renamed.document, target="source", start=renamed.start, end=renamed.end,
                                 action="correct", source="Agence de relecture"))
        q = other.quantities[0]
        ledger.add_review(Review(document=other.document, target="quantity", start=q.start, end=q.end,
                                 action="correct", unit="tonne"))
        wrong = next(c for c in claims if c.quantities and c.quantities[0].unit == q.unit and c is not other)
        w = wrong.quantities[0]
        ledger.add_review(Review(document=wrong.document, target="quantity", start=w.start, end=w.end, action="wrong"))
        gone = next(c for c in claims if c.entity_keys and c not in (renamed, other, wrong))
        ledger.add_review(Review(document=gone.document, target="claim", start=gone.start, end=gone.end,
                                 action="wrong"))
        silenced = next(c for c in named if c not in (renamed, other, wrong, gone))
        ledger.add_review(Review(document=silenced.document, target="source", start=silenced.start,
                                 end=silenced.end, action="wrong"))
        whole = Whole(ledger)
        known = {"old_source": renamed.source.name, "unit": q.unit, "entity": gone.entity_keys[0],
                 "silenced": silenced.source.name, "obus": {f"c{i}" for i in ledger.search("obus", limit=100_000)}}
        real = {k: known["old_source"] if v == "OLD" else known["unit"] if v == "UNIT"
                else known["entity"] if v == "ENTITY" else known["silenced"] if v == "SILENCED" else v
                for k, v in params.items()}
        want = [r.id for r in whole.claims if keep(r, known)]
        page = LedgerView(ledger).claims_page(1, 10_000, **real)
        got = [r.id for r in page.rows]
        assert page.total == len(got)
        assert (sorted(got) if "q" in real else got) == (sorted(want) if "q" in real else want), real
        if "q" not in real and len(want) > 2:  # read by key from the second claim on
            after = LedgerView(ledger).claims_page(2, 1, after=int(want[1][1:]), **real)
            assert [r.id for r in after.rows] == want[2:3], real


def test_an_entity_page_lists_the_claims_a_reviewer_attributed_to_it(ledger_copy: Path) -> None:
    """A source renamed by a reviewer to an entity's name (its case aside, accents included)
    is listed under that entity, and no longer under the entity it had; a source marked wrong
    is attributed to nobody."""
    with recoupe.open_ledger(ledger_copy) as ledger:
        claims = ledger.claims()
        entities = {e.key: e for e in ledger.entities()}
        before = next(c for c in claims if c.source is not None and c.source.entity_keys)
        old_key = before.source.entity_keys[0]
        new = next(e for e in entities.values() if e.key != old_key and e.key not in before.entity_keys
                   and any(not ch.isascii() for ch in e.name)) if any(
            not ch.isascii() for e in entities.values() for ch in e.name) else next(
            e for e in entities.values() if e.key != old_key)
        ledger.add_review(Review(document=before.document, target="source", start=before.start, end=before.end,
                                 action="correct", source=new.name.upper()))
        silenced = next(c for c in claims if c.source is not None and old_key in c.source.entity_keys
                        and c is not before)
        ledger.add_review(Review(document=silenced.document, target="source", start=silenced.start,
                                 end=silenced.end, action="wrong"))
        whole = Whole(ledger)
        v = LedgerView(ledger)
        for key in (old_key, new.key):
            e = entities[key]
            mentioning, attributed = v.entity_claims(e, 1, 10_000)
            want_mentioning, want_attributed = whole.entity_claims(key)
            assert [r.id for r in attributed.rows] == [r.id for r in want_attributed] and \
                attributed.total == len(want_attributed), key
            assert [r.id for r in mentioning.rows] == [r.id for r in want_mentioning], key
        _, attributed = v.entity_claims(new, 1, 10_000)
        assert before.id in {r.id for r in attributed.rows}
        _, attributed = v.entity_claims(entities[old_key], 1, 10_000)
        assert before.id not in {r.id for r in attributed.rows} and silenced.id not in {r.id for r in attributed.rows}


def test_an_empty_list_is_one_empty_page(client: TestClient) -> None:
    for params in ({"q": "zzqxwv"}, {"q": "zzqxwv", "page": "3"}, {"source": "no such source"}):
        r = client.get("/claims", params=params)
        assert r.status_code == 200 and '<p id="claim-count"><b>0</b>' in r.text
        assert not _listed(r.text, "claims", r'data-claim="(c\d+)"') and 'rel="next"' not in r.text


def test_conflicts_page_through_every_conflict(client: TestClient, view: Whole) -> None:
    want = sorted((l.a, l.b) for l, _, _ in view.conflicts())
    shown = []
    for n in range(1, len(want) + 2):
        html = client.get("/conflicts", params={"page": str(n), "size": "2"}).text
        rows = re.findall(r"<tr><td>.*?</tr>", re.search(r'<table id="conflicts">(.*?)</table>', html, re.S).group(1),
                          re.S) if want else []
        shown += [tuple(re.findall(r'href="/claims/(q\d+)"', row)) for row in rows] if n <= -(-len(want) // 2) else []
    assert sorted(shown) == want
    if not want:
        assert "No two estimates" in client.get("/conflicts").text


def test_measure_page_chart_has_one_mark_per_estimate(client: TestClient, view: Whole) -> None:
    for mv in view.measures_:
        html = client.get(mv.path).text
        marks = re.findall(r'<g class="mark" data-q="(q\d+)"', html)
        assert sorted(marks) == sorted(f.id for f in mv.plotted), mv.key
        assert html.count("<tr class=") - html.count('<tr class="wrong"') >= len(mv.estimates)
        for l, _, _ in view.measure_links(mv.key):
            assert str(escape(l.explanation)) in html


def test_measure_page_leads_with_its_consensus(client: TestClient, view: Whole) -> None:
    shown = 0
    for mv in view.measures_:
        html = client.get(mv.path).text
        found = view.consensus(mv.key)
        assert html.index('id="consensus"') < html.index('id="chart"')
        for c, latest, _ in found:
            assert str(escape(c.explanation)) in html
            assert latest is not None and f'href="/claims/{latest.id}"' in html
            shown += 1
        if not found:
            assert "No consensus" in html
    assert shown > 0


def test_entity_page(client: TestClient, view: Whole) -> None:
    counts = view.entity_claim_counts()
    e = max(view.entities, key=lambda e: counts.get(e.key, 0))
    html = client.get(f"/entities/{e.id}").text
    for alias in e.aliases:
        assert str(escape(alias)) in html
    mentioning, attributed = view.entity_claims(e.key)
    assert f"Claims mentioning it ({len(mentioning)})" in html
    assert f"Claims attributed to it ({len(attributed)})" in html
    source_entity = next((k for r in view.claims if r.claim.source for k in r.claim.source.entity_keys), None)
    if source_entity:
        s = view.entity_by_key[source_entity]
        html = client.get(f"/entities/{s.id}").text
        assert "Claims attributed to it (0)" not in html


# -- what must be a 404 -------------------------------------------------------------------


@pytest.mark.parametrize("url", [
    "/documents/..%2F..%2F..%2Fetc%2Fpasswd",
    "/documents/%2e%2e%2f%2e%2e%2fetc%2fpasswd",
    "/documents/" + "0" * 64,
    "/documents/" + "A" * 64,
    "/claims/..%2F..%2Fetc%2Fpasswd",
    "/claims/c999999",
    "/claims/x1",
    "/claims/c1%2F..%2F..",
    "/measures/..%2F..%2Fetc%2Fpasswd",
    "/measures/%2e%2e",
    "/measures/no%7Csuch%7Cmeasure",
    "/entities/..%2F1",
    "/entities/999999",
    "/entities/-1",
    "/static/..%2F..%2F..%2F..%2Fetc%2Fpasswd",
    "/static/%2e%2e/%2e%2e/%2e%2e/%2e%2e/etc/passwd",
    "/static/..%5c..%5capp.py",
    "/static/../app.py",
    "/static/%2e%2e/app.py",
    "/static//etc/passwd",
    "/..%2F..%2Fetc%2Fpasswd",
    "/%2e%2e/%2e%2e/etc/passwd",
    "/nothing-here",
])
def test_path_tricks_are_404(client: TestClient, url: str) -> None:
    r = client.get(url)
    assert r.status_code == 404, (url, r.status_code)
    assert "root:" not in r.text and "create_app" not in r.text


def test_foreign_host_refused(example_db: Path, tmp_path: Path) -> None:
    from conftest import copy_ledger

    app = create_app(copy_ledger(example_db, tmp_path / "h.db"))
    assert TestClient(app, base_url="http://evil.example").get("/").status_code == 400
    assert TestClient(app, base_url="http://localhost:8000").get("/").status_code == 200


def test_missing_ledger_refused(tmp_path: Path) -> None:
    with pytest.raises(recoupe.LedgerError):
        create_app(tmp_path / "nope.db")
    assert not (tmp_path / "nope.db").exists()


# -- reviews and CSRF ---------------------------------------------------------------------


def _review_form(view: Whole, token: str, **extra: str) -> dict[str, str]:
    f = next(f for r in view.claims for f in r.facts if f.measure and f.q.low is not None)
    form = {"csrf_token": token, "document": f.doc.id, "target": "quantity", "start": str(f.original.start),
            "end": str(f.original.end), "action": "wrong", "next": f"/documents/{f.doc.id}"}
    form.update(extra)
    return form


def test_csrf(writer: tuple[TestClient, Path], view: Whole) -> None:
    client, db = writer
    page = client.get("/")
    assert CSRF_COOKIE in page.cookies
    set_cookie = page.headers["set-cookie"].lower()
    assert "httponly" in set_cookie and "samesite=strict" in set_cookie
    token = csrf_of(client.get(f"/documents/{view.documents[0].id}").text)
    ok = _review_form(view, token)

    # no token, a wrong token, a token of another session, no cookie: 403, nothing stored
    assert client.post("/reviews", data={**ok, "csrf_token": ""}, follow_redirects=False).status_code == 403
    assert client.post("/reviews", data={**ok, "csrf_token": "0" * 64}, follow_redirects=False).status_code == 403
    other = TestClient(client.app, base_url=BASE)
    other_token = csrf_of(other.get(f"/documents/{view.documents[0].id}").text)
    assert client.post("/reviews", data={**ok, "csrf_token": other_token}, follow_redirects=False).status_code == 403
    bare = TestClient(client.app, base_url=BASE)
    assert bare.post("/reviews", data=ok, follow_redirects=False).status_code == 403
    # the right pair, but the browser says it comes from another site
    assert client.post("/reviews", data=ok, headers={"Origin": "http://evil.example"},
                       follow_redirects=False).status_code == 403
    assert client.post("/reviews", data=ok, headers={"Sec-Fetch-Site": "cross-site"},
                       follow_redirects=False).status_code == 403
    with recoupe.open_ledger(db) as ledger:
        assert ledger.reviews() == []
    # and finally the real thing
    r = client.post("/reviews", data=ok, headers={"Origin": BASE, "Sec-Fetch-Site": "same-origin"},
                    follow_redirects=False)
    assert r.status_code == 303, r.text[:300]
    assert r.headers["location"].startswith(f"/documents/{ok['document']}#fact-q")
    with recoupe.open_ledger(db) as ledger:
        assert [(x.target, x.action) for x in ledger.reviews()] == [("quantity", "wrong")]


def test_review_validation(writer: tuple[TestClient, Path], view: Whole) -> None:
    client, db = writer
    token = csrf_of(client.get(f"/documents/{view.documents[0].id}").text)
    ok = _review_form(view, token)
    bad = [
        {"target": "nonsense"},
        {"action": "destroy"},
        {"start": "-1"},
        {"start": "abc"},
        {"document": "../../etc/passwd"},
        {"document": "0" * 64},
        {"start": "0", "end": "1"},  # not a fact
        {"action": "correct"},  # nothing to correct
        {"action": "correct", "low": "douze"},
        {"action": "correct", "low": "10", "high": "5"},
        {"action": "correct", "qualifier": "'; DROP TABLE reviews; --"},
        {"start": "²"},  # a digit to str.isdigit, not a number
        {"action": "correct", "low": "9" * 400},  # would be stored as infinity
        {"action": "correct", "low": "4e30"},
        {"action": "correct", "high": "2000000000000000000"},
    ]
    for change in bad:
        r = client.post("/reviews", data={**ok, **change}, follow_redirects=False)
        assert r.status_code == 400, (change, r.status_code)
        assert_inert(r.text)
    # an open redirect is not offered: a foreign "next" falls back to the document
    r = client.post("/reviews", data={**ok, "next": "//evil.example/x"}, follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"].startswith("/documents/")
    r = client.post("/reviews", data={**ok, "next": "https://evil.example/"}, follow_redirects=False)
    assert r.headers["location"].startswith("/documents/")


def test_review_is_reflected_everywhere(writer: tuple[TestClient, Path], view: Whole) -> None:
    client, db = writer
    mv = next(m for m in view.measures_ if len(m.plotted) >= 2)
    f = mv.plotted[0]
    g = mv.plotted[1]
    token = csrf_of(client.get(f"/claims/{f.id}").text)
    base = {"csrf_token": token, "document": f.doc.id, "target": "quantity", "start": str(f.original.start),
            "end": str(f.original.end), "next": f"/claims/{f.id}"}
    # correct the value: the claim page shows both, the chart draws the new one
    r = client.post("/reviews", data={**base, "action": "correct", "low": "123 456", "note": "typo in the wire"})
    assert r.status_code == 200 and r.url.path == f"/claims/{f.id}"
    assert "123 456" in r.text and "corrected" in r.text and "typo in the wire" in r.text
    html = client.get(mv.path).text
    assert re.search(rf'data-q="{f.id}"[^>]*><title>{f.id}: 123 456', html)
    # mark another one wrong: one mark fewer, struck out in the table, listed in /reviews
    other = {**base, "document": g.doc.id, "start": str(g.original.start), "end": str(g.original.end)}
    client.post("/reviews", data={**other, "action": "wrong"})
    html = client.get(mv.path).text
    marks = re.findall(r'<g class="mark" data-q="(q\d+)"', html)
    assert g.id not in marks and f.id in marks and len(marks) == len(mv.plotted) - 1
    assert f'<tr class="wrong" data-q="{g.id}">' in html
    doc_html = client.get(f"/documents/{g.doc.id}").text
    assert re.search(rf'<mark class="hl hl-quantity wrong"[^>]*data-ref="{g.id}"', doc_html)
    listing = client.get("/reviews").text
    assert listing.count("<tr><td") == 2 and f'href="/claims/{g.id}"' in listing
    # reviewed values win for grades and exports
    with recoupe.open_ledger(db) as ledger:
        reviews = ledger.reviews()
        claims = ledger.claims()
        reviewed = {q.id: q for c in apply_reviews(claims, reviews) for q in c.quantities}
        assert reviewed[f.id].low == reviewed[f.id].high == 123456 and g.id not in reviewed
        assert set(reviewed_ids(claims, reviews)) >= {f.id, g.id}
        grades = review_grades(ledger.grades(), claims, reviews)
        g_claim = next(c for c in claims if any(q.id == g.id for q in c.quantities))
        if len(g_claim.quantities) == 1:
            assert grades[g_claim.id][0] == 5
    # withdrawing restores the parsed value
    client.post("/reviews", data={**base, "action": "clear"})
    html = client.get(mv.path).text
    assert re.search(rf'data-q="{f.id}"[^>]*><title>{re.escape(str(escape(f.id + ": " + value_text(f.original))))}',
                     html)


def test_source_and_claim_reviews(writer: tuple[TestClient, Path], view: Whole) -> None:
    client, db = writer
    row = next(r for r in view.claims if r.facts and r.claim.source)
    token = csrf_of(client.get(f"/claims/{row.id}").text)
    base = {"csrf_token": token, "document": row.doc.id, "start": str(row.original.start),
            "end": str(row.original.end), "next": f"/claims/{row.id}"}
    r = client.post("/reviews", data={**base, "target": "source", "action": "correct", "source": "Reuters"})
    assert r.status_code == 200 and "<b>Reuters</b>" in r.text
    claims_page = client.get("/claims", params={"source": "Reuters"}).text
    assert f'data-claim="{row.id}"' in claims_page
    r = client.post("/reviews", data={**base, "target": "claim", "action": "wrong"})
    assert "marked wrong" in r.text
    with recoupe.open_ledger(db) as ledger:
        assert row.id not in {c.id for c in apply_reviews(ledger.claims(), ledger.reviews())}


def test_reviews_survive_reanalysis(ledger_copy: Path, tmp_path: Path) -> None:
    """Reviews are keyed by document and span: new row ids, same text, same review."""
    from conftest import EXAMPLES

    with recoupe.open_ledger(ledger_copy) as ledger:
        claims = ledger.claims()
        c = next(c for c in claims if c.quantities and c.document != claims[0].document)
        q = c.quantities[0]
        ledger.add_review(Review(document=c.document, target="quantity", start=q.start, end=q.end,
                                 action="correct", low=42.0, high=42.0, unit="widget"))
    # analysing the same texts again changes nothing and keeps the review
    recoupe.analyze([EXAMPLES], db=ledger_copy)
    with recoupe.open_ledger(ledger_copy) as ledger:
        (review,) = ledger.reviews()
        again = {x.id: x for cl in apply_reviews(ledger.claims(), ledger.reviews()) for x in cl.quantities}
        assert again[q.id].low == 42.0 and again[q.id].unit == "widget"
    # a fresh analysis in another order gives other row ids; the same review finds the same span
    files = sorted(p for p in EXAMPLES.iterdir() if p.suffix in (".txt", ".md"))[::-1]
    other = tmp_path / "other.db"
    recoupe.analyze(files, db=other)
    with recoupe.open_ledger(other) as ledger:
        review.id = None
        ledger.add_review(review)
        fresh = [x for cl in apply_reviews(ledger.claims(), ledger.reviews()) for x in cl.quantities
                 if cl.document == c.document and (x.start, x.end) == (q.start, q.end)]
        assert len(fresh) == 1 and fresh[0].low == 42.0 and fresh[0].unit == "widget"
        assert fresh[0].id != q.id or len(files) == 1


def test_measure_key_is_url_safe(client: TestClient, view: Whole) -> None:
    for mv in view.measures_:
        assert mv.path == "/measures/" + quote(mv.key, safe="")
        assert "/" not in mv.path[len("/measures/"):]


# -- hostile text -------------------------------------------------------------------------


@pytest.fixture(scope="module")
def hostile_client(tmp_path_factory: pytest.TempPathFactory, example_db: Path) -> tuple[TestClient, Path]:
    from conftest import copy_ledger

    root = tmp_path_factory.mktemp("hostile")
    db = copy_ledger(example_db, root / "hostile.db")
    (root / "hostile.txt").write_text(HOSTILE, encoding="utf-8")
    result = recoupe.analyze([root / "hostile.txt"], db=db)
    assert result.added and not result.errors
    return TestClient(create_app(db), base_url=BASE), db


def test_hostile_article_renders_inert(hostile_client: tuple[TestClient, Path]) -> None:
    client, db = hostile_client
    with recoupe.open_ledger(db) as ledger:
        v = Whole(ledger)
        doc = next(d for d in v.documents if "<script>" in d.text)
        rows = v.doc_claims(doc.id)
        measures = [m.path for m in v.measures() if any(f.doc.id == doc.id for f in m.facts)]
        entities = {k for r in rows for k in r.claim.entity_keys} | {m.key for m in ledger.mentions(doc.id)}
        entity_ids = [v.entity_by_key[k].id for k in entities if k in v.entity_by_key]
    assert rows, "the hostile article should still yield claims"
    urls = ["/", "/documents", f"/documents/{doc.id}", "/claims", "/claims?q=alert", "/claims?q=script",
            "/measures", "/entities", "/reviews"]
    urls += [f"/claims/{r.id}" for r in rows] + measures + [f"/entities/{i}" for i in entity_ids]
    for url in urls:
        r = client.get(url)
        assert r.status_code == 200, url
        assert_inert(r.text)
    html = client.get(f"/documents/{doc.id}").text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "&lt;img src=x onerror=alert(1)&gt;" in html
    # the page title (from the text's first line) is escaped too
    assert "<title>&lt;script&gt;alert(1)&lt;/script&gt; Bilan" in html
    # a review whose note is hostile is shown as text
    token = csrf_of(html)
    row = next(r for r in rows if r.facts)
    f = row.facts[0]
    r = client.post("/reviews", data={"csrf_token": token, "document": doc.id, "target": "quantity",
                                      "start": str(f.original.start), "end": str(f.original.end),
                                      "action": "correct", "unit": "<script>alert(3)</script>",
                                      "note": "<img src=x onerror=alert(4)>", "next": f"/claims/{row.id}"})
    assert r.status_code == 200
    assert_inert(r.text)
    for url in ("/", "/reviews", f"/documents/{doc.id}", "/claims"):
        assert_inert(client.get(url).text)


# -- the review module on its own ---------------------------------------------------------


def test_review_fold_and_values() -> None:
    from recoupe.model import Claim, Quantity, Source
    from recoupe.review import ReviewError, parse_number, resolve_value, verdicts

    assert parse_number("20 000") == 20000 and parse_number("4,8") == 4.8 and parse_number("3 millions") == 3e6
    assert parse_number("") is None and parse_number(None) is None
    with pytest.raises(ReviewError):
        parse_number("douze")
    assert resolve_value(5.0, None, None) == (5.0, 5.0, "exact")
    assert resolve_value(5.0, 9.0, None) == (5.0, 9.0, "range")
    assert resolve_value(5.0, None, "at_least") == (5.0, None, "at_least")
    assert resolve_value(None, 7.0, "up_to") == (None, 7.0, "up_to")

    doc = "d" * 64
    q = Quantity(start=10, end=15, text="1 200", low=1200.0, high=1200.0, qualifier="exact", unit="soldier", id="q1")
    c = Claim(document=doc, start=0, end=40, text="x" * 40, quantities=[q], id="c1",
              source=Source(start=0, end=5, text="Kiev", name="Kiev", cue="selon"))

    def r(action: str, t: str, **kw: object) -> Review:
        s, e = (10, 15) if t == "quantity" else (0, 40)
        return Review(document=doc, target=t, start=s, end=e, action=action, created_at=f"2024-01-0{kw.pop('n')}",
                      **kw)  # type: ignore[arg-type]

    history = [r("correct", "quantity", n=1, low=1300.0), r("correct", "quantity", n=2, unit="wounded"),
               r("correct", "source", n=3, source="Moscou")]
    (out,) = apply_reviews([c], history)
    assert (out.quantities[0].low, out.quantities[0].unit) == (1300.0, "wounded")  # corrections merge
    assert out.source is not None and out.source.name == "Moscou" and out.source.cue == "review"
    assert c.quantities[0].low == 1200.0 and c.source.name == "Kiev"  # the input is untouched
    assert apply_reviews([c], history + [r("clear", "quantity", n=4)])[0].quantities[0].low == 1200.0
    assert apply_reviews([c], history + [r("wrong", "quantity", n=5)])[0].quantities == []
    assert apply_reviews([c], [r("wrong", "claim", n=1)]) == []
    assert apply_reviews([c], [r("wrong", "source", n=1)])[0].source is None
    v = verdicts(history + [r("wrong", "quantity", n=5)])[(doc, "quantity", 10, 15)]
    assert v.wrong and v.status == "wrong" and len(v.history) == 3
    grades = review_grades({"c1": (2, ["ok"])}, [c], [r("wrong", "quantity", n=1)])
    assert grades["c1"][0] == 5
    grades = review_grades({"c1": (2, ["ok"])}, [c], history)
    assert grades["c1"][0] == 2 and any("corrected by a reviewer" in why for why in grades["c1"][1])
    for bad in (Review(doc, "quantity", 10, 15, "correct"), Review(doc, "time", 1, 2, "correct"),
                Review(doc, "quantity", 5, 2, "wrong"), Review(doc, "nope", 1, 2, "wrong"),
                Review(doc, "source", 0, 40, "correct", source="  ")):
        with pytest.raises(ReviewError):
            bad.validate()


def test_bounds_of_any_correction_are_checked_before_storing() -> None:
    # Found by tests/test_fuzz_web.py: a source correction posted with low > high reached
    # the reviews table's CHECK and came back as an SQL message.
    from recoupe.review import ReviewError

    review = Review(document="f" * 64, target="source", start=0, end=9, action="correct", source="AFP",
                    low=20000, high=12)
    with pytest.raises(ReviewError, match="lower bound is above the upper bound"):
        review.validate()


def test_ledger_refuses_reviews_of_unknown_documents(ledger_copy: Path) -> None:
    with recoupe.open_ledger(ledger_copy) as ledger:
        with pytest.raises(recoupe.LedgerError):
            ledger.add_review(Review(document="0" * 64, target="claim", start=0, end=1, action="wrong"))
        d = ledger.documents()[0]
        with pytest.raises(recoupe.LedgerError):
            ledger.add_review(Review(document=d.id, target="claim", start=0, end=len(d.text) + 1, action="wrong"))
        rid = ledger.add_review(Review(document=d.id, target="claim", start=0, end=3, action="wrong", note="n"))
        (stored,) = ledger.reviews(d.id)
        assert stored.id == rid and stored.created_at and stored.note == "n"
        assert ledger.reviews("f" * 64) == []


def test_a_page_number_that_is_no_number_gives_the_first_page(client: TestClient) -> None:
    for page in ("²", "٣", "-1", "1e9", "9" * 40):
        r = client.get(f"/claims?page={page}")
        assert r.status_code == 200, (page, r.status_code)


def test_head_is_answered_like_get_without_a_body(client: TestClient) -> None:
    for path in ("/", "/claims", "/no-such-page"):
        got, head = client.get(path), client.head(path)
        assert head.status_code == got.status_code, path
        assert head.content == b"" and head.headers.get("x-content-type-options") == "nosniff"


def test_a_page_reads_one_snapshot_while_a_run_writes(ledger_copy: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Pages used to read the documents, then the claims, outside one snapshot: a document
    stored in between by a run gave a 500 (KeyError). Here another connection stores one
    right after the page has read the documents."""
    from recoupe.ingest import document_id
    from recoupe.model import Analysis, Claim, Document, Quantity
    from recoupe.store import Ledger

    text = "Selon la préfecture, 4 500 personnes ont manifesté samedi à Rennes."
    new = Document(id=document_id(text), path="rennes.txt", text=text)
    claim = Claim(document=new.id, start=0, end=len(text), text=text,
                  quantities=[Quantity(start=21, end=26, text="4 500", low=4500, high=4500, qualifier="exact",
                                       unit="person")])
    read_documents = Ledger.documents
    written: list[bool] = []

    def documents_then_a_run_writes(self: Ledger, *args: object) -> list[Document]:
        docs = read_documents(self, *args)
        if not written:
            written.append(True)
            with recoupe.open_ledger(ledger_copy) as other:
                assert other.add_analysis(Analysis(document=new, claims=[claim], mentions=[], entities=[]))
        return docs

    monkeypatch.setattr(Ledger, "documents", documents_then_a_run_writes)
    client = TestClient(create_app(ledger_copy), base_url=BASE)
    first = client.get("/claims")
    assert first.status_code == 200 and written and "Rennes" not in first.text
    assert "Rennes" in client.get("/claims?q=Rennes").text  # the next request sees the new document


@pytest.mark.parametrize(("failure", "status"), [
    (lambda: sqlite3.DatabaseError("database disk image is malformed"), 503),
    (lambda: RuntimeError("a bug"), 500),
])
def test_a_failing_page_still_carries_the_security_headers(example_db: Path, monkeypatch: pytest.MonkeyPatch,
                                                            failure, status: int) -> None:  # type: ignore[no-untyped-def]
    """An unexpected error used to be answered without CSP or nosniff headers."""
    def fail(self: LedgerView, ledger: object) -> None:
        raise failure()

    client = TestClient(create_app(example_db), base_url=BASE, raise_server_exceptions=False)
    monkeypatch.setattr(LedgerView, "__init__", fail)
    for method in ("GET", "HEAD"):
        r = client.request(method, "/claims")
        assert r.status_code == status
        assert r.headers["content-security-policy"] and r.headers["x-content-type-options"] == "nosniff"
    if status == 503:
        assert "The ledger cannot be read: database disk image is malformed" in client.get("/").text


def test_an_analyst_merges_and_splits_measures_in_the_browser(writer: tuple[TestClient, Path]) -> None:
    client, db = writer
    with recoupe.open_ledger(db) as ledger:
        measures = ledger.measures()
        counts: dict[str, int] = {}
        for key, _ in measures.values():
            counts[key] = counts.get(key, 0) + 1
        first, second = sorted(counts, key=lambda k: (-counts[k], k))[:2]
        figure = next((c.document, q) for c in ledger.claims() for q in c.quantities
                      if measures.get(q.id, ("",))[0] == first)
    page = client.get(f"/measures/{quote(first, safe='')}")
    assert page.status_code == 200 and 'action="/measures"' in page.text and "Split off" in page.text
    token = csrf_of(page.text)
    merge = {"csrf_token": token, "action": "merge", "measure": second, "into": first, "note": "un seul décompte"}
    # Without the session's token nothing is stored.
    assert client.post("/measures", data={**merge, "csrf_token": "0" * 64}, follow_redirects=False).status_code == 403
    # A measure that is not in the ledger is refused.
    assert client.post("/measures", data={**merge, "measure": "rien|person||"}, follow_redirects=False).status_code == 400
    r = client.post("/measures", data=merge, follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"] == f"/measures/{quote(first, safe='')}"
    with recoupe.open_ledger(db) as ledger:
        assert second not in {k for k, _ in ledger.measures().values()}
    assert f"<code>{second}</code>" in client.get(r.headers["location"]).text  # undo offered
    doc, q = figure
    split = {"csrf_token": token, "action": "split", "measure": first, "into": "à part", "document": doc,
             "start": str(q.start), "end": str(q.end)}
    assert client.post("/measures", data={**split, "start": "0", "end": "1"}, follow_redirects=False).status_code == 400
    r = client.post("/measures", data=split, follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"] == f"/measures/{quote(first + '|#à part', safe='')}"
    page = client.get(r.headers["location"])
    assert page.status_code == 200 and "Return" in page.text
    # Withdrawn, the merge gives the measure back.
    r = client.post("/measures", data={"csrf_token": token, "action": "clear", "measure": second}, follow_redirects=False)
    assert r.status_code == 303
    with recoupe.open_ledger(db) as ledger:
        assert second in {k for k, _ in ledger.measures().values()}
        assert [c.action for c in ledger.measure_reviews()] == ["merge", "split", "clear"]


@pytest.mark.parametrize("into, status, reachable", [
    # A name of the analyst's own, whatever its characters: the page of the measure it makes answers.
    ("centre d'accueil / gymnase", 303, True),
    ("salle polyvalente", 303, True),
    ("abris ? 50 % & plus", 303, True),
    # A key of no measure in the ledger is refused, as the command line refuses it.
    ("a|b", 400, False),
    ("rien|person||", 400, False),
])
def test_a_split_names_a_measure_whose_page_answers(writer: tuple[TestClient, Path], into: str, status: int,
                                                    reachable: bool) -> None:
    client, db = writer
    with recoupe.open_ledger(db) as ledger:
        measures = ledger.measures()
        doc, q = next((c.document, q) for c in ledger.claims() for q in c.quantities if q.id in measures)
        key = measures[q.id][0]
    token = csrf_of(client.get(f"/measures/{quote(key, safe='')}").text)
    r = client.post("/measures", data={"csrf_token": token, "action": "split", "measure": key, "into": into,
                                       "document": doc, "start": str(q.start), "end": str(q.end)},
                    follow_redirects=False)
    assert r.status_code == status, r.text[:300]
    with recoupe.open_ledger(db) as ledger:
        now = ledger.measures()[q.id][0]
    assert (now != key) is reachable
    if reachable:
        assert r.headers["location"] == f"/measures/{quote(now, safe='')}"
        assert client.get(r.headers["location"]).status_code == 200
