"""The pages in a real browser: Playwright drives Debian's Chromium against a local server.

Skipped, with the reason, only when Playwright for Python or /usr/bin/chromium is missing
(``make test`` installs both). Screenshots land in each test's ``tmp_path``.
"""

from __future__ import annotations

import re
import socket
import threading
import time
from pathlib import Path
from typing import Iterator

import pytest

CHROMIUM = Path("/usr/bin/chromium")
LAUNCH_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
               "--disable-component-update", "--disable-sync", "--no-first-run"]

sync_api = pytest.importorskip("playwright.sync_api", reason="Playwright for Python is not installed "
                                                               "(pip install playwright)")
if not CHROMIUM.exists():
    pytest.skip(f"{CHROMIUM} is missing (apt-get install chromium)", allow_module_level=True)

import uvicorn  # noqa: E402

import recoupe  # noqa: E402
from recoupe.report.html import write_html  # noqa: E402
from recoupe.web.app import create_app  # noqa: E402
from recoupe.web.views import value_text  # noqa: E402
from conftest import Whole  # noqa: E402

HOSTILE = """Publié le 3 mars 2024
<script>alert(1)</script> Bilan <img src=x onerror=alert(1)>

Selon le ministère <img src=x onerror=alert('img')> de la Défense, 1 200 soldats <script>alert(2)</script> ont été tués en mars 2024.
Le <a href="javascript:alert(1)">Pentagone</a> estime à environ 3 000 le nombre de blessés, voir [ici](javascript:alert(1)) ou "><svg onload=alert(1)>.
D'après l'agence <b onmouseover=alert(1)>Yonhap</b>, plus de 10 000 conteneurs ont été livrés depuis 2023 ' onfocus='alert(1)' autofocus x='.
<iframe src="javascript:alert(5)"></iframe><details open ontoggle=alert(6)>
"""


class Server:
    """uvicorn serving ``create_app(db)`` on a free loopback port, in a background thread."""

    def __init__(self, db: Path) -> None:
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            self.port = s.getsockname()[1]
        config = uvicorn.Config(create_app(db), host="127.0.0.1", port=self.port, log_level="warning",
                                lifespan="off")
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, daemon=True)
        self.url = f"http://127.0.0.1:{self.port}"

    def __enter__(self) -> "Server":
        self.thread.start()
        deadline = time.monotonic() + 20
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                raise RuntimeError("the test server did not start")
            time.sleep(0.05)
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.should_exit = True
        self.thread.join(10)


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=LAUNCH_ARGS)
        yield b
        b.close()


@pytest.fixture(scope="module")
def served(example_db: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Server, Path]]:
    from conftest import copy_ledger

    db = copy_ledger(example_db, tmp_path_factory.mktemp("browser") / "ledger.db")
    with Server(db) as server:
        yield server, db


@pytest.fixture
def page(browser):  # type: ignore[no-untyped-def]
    """A fresh page; any dialog (alert, confirm, prompt) or console error fails the test."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    pg = context.new_page()
    pg.dialogs = []
    pg.errors = []

    def on_dialog(dialog) -> None:  # type: ignore[no-untyped-def]
        pg.dialogs.append(dialog.message)
        dialog.dismiss()

    pg.on("dialog", on_dialog)
    pg.on("console", lambda m: pg.errors.append(m.text) if m.type == "error" else None)
    pg.on("pageerror", lambda e: pg.errors.append(str(e)))
    yield pg
    context.close()
    assert pg.dialogs == [], f"a script ran and opened a dialog: {pg.dialogs}"
    assert pg.errors == [], f"console errors: {pg.errors}"


def view_of(db: Path) -> Whole:
    ledger = recoupe.open_ledger(db)
    v = Whole(ledger)
    ledger.close()
    return v


def mark_text(pg, kind: str, ref: str) -> str:  # type: ignore[no-untyped-def]
    """The text of a highlight (joined, if overlapping spans split it in pieces)."""
    return "".join(pg.locator(f'#doctext mark[data-kind="{kind}"][data-ref="{ref}"]').all_inner_texts())


def test_overview_then_document_highlights(served: tuple[Server, Path], page, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    server, db = served
    v = view_of(db)
    page.goto(server.url + "/")
    assert page.locator("h1").inner_text() == "Overview"
    assert page.locator("#counts").inner_text().startswith(f"{v.counts['documents']}\ndocuments")
    page.screenshot(path=str(tmp_path / "overview.png"), full_page=True)

    doc = max(v.documents, key=lambda d: sum(len(r.facts) for r in v.doc_claims(d.id)))
    page.locator(f'#latest-documents a[href="/documents/{doc.id}"]').click()
    page.wait_for_url(f"**/documents/{doc.id}")
    facts = [f for r in v.doc_claims(doc.id) for f in r.facts]
    assert page.locator('#doctext mark[data-kind="quantity"]').count() >= len(facts) > 0
    for f in facts:
        assert mark_text(page, "quantity", f.id) == doc.text[f.original.start:f.original.end]
    times = [t for r in v.doc_claims(doc.id) for t in r.claim.times]
    if times:
        shown = page.locator('#doctext mark[data-kind="time"]').all_inner_texts()
        assert any(t.text in shown or doc.text[t.start:t.end] in shown for t in times)
    assert page.locator('#doctext mark[data-kind="entity"]').count() > 0

    # hover shows a tooltip (title); a click pins the details in the side panel
    f = facts[0]
    first = page.locator(f'#doctext mark[data-kind="quantity"][data-ref="{f.id}"]').first
    title = first.get_attribute("title") or ""
    assert f"value: {value_text(f.q)}" in title and "modality: " in title and "source: " in title
    first.click()
    panel = page.locator("#info")
    assert f"value: {value_text(f.q)}" in panel.inner_text()
    assert "grade" in panel.inner_text()
    page.screenshot(path=str(tmp_path / "document.png"))


def test_claims_filters(served: tuple[Server, Path], page, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    server, db = served
    v = view_of(db)
    page.goto(server.url + "/claims")
    assert page.locator("table.claims tbody tr").count() == min(25, len(v.claims))
    page.select_option('#claim-filters select[name="hedged"]', "yes")
    page.locator('#claim-filters button[type="submit"]').click()
    page.wait_for_url(re.compile(r".*hedged=yes.*"))
    hedged = [r for r in v.claims if r.claim.hedged]
    assert page.locator("#claim-count b").inner_text() == str(len(hedged))
    rows = page.locator("table.claims tbody tr")
    assert rows.count() == min(25, len(hedged))
    for i in range(rows.count()):
        assert rows.nth(i).locator(".tag.hedged").count() == 1
    # full-text search from the header box, accents ignored
    page.fill('header input[name="q"]', "blesses")
    page.press('header input[name="q"]', "Enter")
    page.wait_for_url(re.compile(r".*q=blesses.*"))
    found = int(page.locator("#claim-count b").inner_text())
    assert found > 0
    assert all("bless" in t.lower() for t in page.locator("table.claims tbody tr td:nth-child(4)").all_inner_texts())
    # unit filter, then reset
    unit = next(f.q.unit for f in v.facts.values() if f.q.unit)
    page.goto(server.url + "/claims")
    page.select_option('#claim-filters select[name="unit"]', unit)
    page.locator('#claim-filters button[type="submit"]').click()
    page.wait_for_url(re.compile(rf".*unit={re.escape(unit)}.*"))
    expected = sum(1 for r in v.claims if any(f.q.unit == unit for f in r.facts))
    assert page.locator("#claim-count b").inner_text() == str(expected)
    page.screenshot(path=str(tmp_path / "claims.png"), full_page=True)


def test_measure_chart_has_a_mark_per_estimate(served: tuple[Server, Path], page, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    server, db = served
    v = view_of(db)
    mv = v.measures_[0]
    page.goto(server.url + "/measures")
    page.locator(f'#measures a[href="{mv.path}"]').click()
    page.wait_for_url("**" + mv.path)
    chart = page.locator("#chart svg.chart")
    assert chart.count() == 1
    marks = chart.locator("g.mark")
    assert marks.count() == len(mv.plotted) > 0
    assert sorted(marks.evaluate_all("els => els.map(e => e.dataset.q)")) == sorted(f.id for f in mv.plotted)
    assert chart.locator('g.mark[data-hedged="1"]').count() == sum(1 for f in mv.plotted if f.hedged)
    for f in mv.plotted:
        shape = chart.locator(f'g.mark[data-q="{f.id}"]').get_attribute("data-shape")
        if f.q.low is not None and f.q.high is not None:
            assert shape == ("point" if f.q.low == f.q.high else "range")
        else:
            assert shape == ("lower-bound" if f.q.high is None else "upper-bound")
    box = chart.bounding_box()
    assert box and box["width"] > 300 and box["height"] > 150
    assert page.locator("#estimates tbody tr").count() == len(mv.facts)
    page.screenshot(path=str(tmp_path / "measure.png"), full_page=True)
    # a mark links to its claim
    marks.first.click()
    page.wait_for_url(re.compile(r".*/claims/q\d+"))


def test_review_from_the_document_page(served: tuple[Server, Path], page, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    server, db = served
    v = view_of(db)
    mv = next(m for m in v.measures_ if len(m.plotted) >= 2)
    f = mv.plotted[-1]
    page.goto(f"{server.url}/documents/{f.doc.id}")
    page.locator(f'#doctext mark[data-kind="quantity"][data-ref="{f.id}"]').first.click()
    page.locator("#info a", has_text="Review it").click()
    fact = page.locator(f"#fact-{f.id}")
    assert fact.evaluate("el => el.open")
    form = fact.locator("form.review")
    form.locator('input[name="low"]').fill("654 321")
    form.locator('input[name="note"]').fill("checked against the original")
    form.locator('button[value="correct"]').click()
    page.wait_for_url(re.compile(rf".*/documents/{f.doc.id}#fact-{f.id}$"))
    fact = page.locator(f"#fact-{f.id}")
    assert fact.evaluate("el => el.open")  # reopened on arrival
    summary = fact.locator("summary").inner_text()
    assert "654 321" in summary and "corrected" in summary
    mark = page.locator(f'#doctext mark[data-kind="quantity"][data-ref="{f.id}"]').first
    assert "corrected" in (mark.get_attribute("class") or "")
    assert "654 321" in (mark.get_attribute("title") or "")
    page.screenshot(path=str(tmp_path / "reviewed-document.png"))

    # the chart draws the reviewed value; marking it wrong takes it off the chart
    page.goto(server.url + mv.path)
    title = page.locator(f'svg.chart g.mark[data-q="{f.id}"] title').text_content() or ""
    assert title.startswith(f"{f.id}: ") and "654 321" in title
    page.goto(f"{server.url}/claims/{f.id}")
    page.locator(f'#fact-{f.id} form.review button[value="wrong"]').click()
    page.wait_for_url(f"**/claims/{f.id}")
    assert "marked wrong" in page.locator(f"#fact-{f.id}").inner_text()
    page.goto(server.url + mv.path)
    assert page.locator("svg.chart g.mark").count() == len(mv.plotted) - 1
    assert page.locator(f'#estimates tr.wrong[data-q="{f.id}"]').count() == 1
    page.goto(server.url + "/reviews")
    assert page.locator("#reviews tbody tr").count() == 2
    page.screenshot(path=str(tmp_path / "reviews.png"), full_page=True)


def test_hostile_article_runs_no_script(example_db: Path, browser, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from conftest import copy_ledger

    db = copy_ledger(example_db, tmp_path / "hostile.db")
    (tmp_path / "hostile.txt").write_text(HOSTILE, encoding="utf-8")
    result = recoupe.analyze([tmp_path / "hostile.txt"], db=db)
    assert result.added and not result.errors
    v = view_of(db)
    doc = next(d for d in v.documents if "<script>" in d.text)
    rows = v.doc_claims(doc.id)
    assert rows
    report = tmp_path / "report.html"
    with recoupe.open_ledger(db) as ledger:
        write_html(ledger, report)

    context = browser.new_context(viewport={"width": 1280, "height": 900})
    dialogs: list[str] = []
    requests: list[str] = []
    pg = context.new_page()
    pg.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    pg.on("request", lambda r: requests.append(r.url))
    with Server(db) as server:
        urls = [f"/documents/{doc.id}", "/", "/documents", "/claims", "/claims?q=alert", "/reviews", "/entities"]
        urls += [f"/claims/{r.id}" for r in rows]
        urls += [m.path for m in v.measures_ if any(f.doc.id == doc.id for f in m.facts)]
        for url in urls:
            pg.goto(server.url + url)
            pg.wait_for_load_state("load")
            assert pg.evaluate("document.images.length") == 0, url
            assert pg.locator('a[href^="javascript:"], iframe, [onerror], [onload], [onmouseover]').count() == 0
            if url.startswith("/documents/"):
                text = pg.locator("#doctext").inner_text()
                assert "<script>alert(1)</script>" in text and "<img src=x onerror=alert(1)>" in text
                assert pg.locator("h1").inner_text().startswith("<script>alert(1)</script>")
                marks = pg.locator("#doctext mark")
                for i in range(marks.count()):
                    marks.nth(i).hover()
                    marks.nth(i).click()
                assert "<" in pg.locator("#info").inner_text() or marks.count() > 0
                pg.screenshot(path=str(tmp_path / "hostile-document.png"))
        # a review carrying markup, through the real form
        pg.goto(f"{server.url}/claims/{next(r for r in rows if r.facts).id}")
        form = pg.locator("form.review[data-target=quantity]").first
        form.locator('input[name="unit"]').fill("<img src=x onerror=alert('unit')>")
        form.locator('input[name="note"]').fill("<script>alert('note')</script>")
        form.locator('button[value="correct"]').click()
        pg.wait_for_load_state("load")
        assert "<script>alert('note')</script>" in pg.locator("body").inner_text()
        assert pg.evaluate("document.images.length") == 0
        pg.goto(server.url + "/reviews")
        pg.goto(f"{server.url}/documents/{doc.id}")
        for i in range(min(pg.locator("#doctext mark").count(), 40)):
            pg.locator("#doctext mark").nth(i).click()
    # the report, opened from disk: nothing runs, nothing is fetched
    requests.clear()
    pg.goto(report.as_uri())
    pg.wait_for_load_state("load")
    assert pg.evaluate("document.images.length") == 0
    assert "<script>alert(1)</script>" in pg.locator("#texts").inner_text() or pg.locator("#texts details").count()
    for d in pg.locator("#texts details").all():
        d.locator("summary").click()
    assert "<script>alert(1)</script>" in pg.locator("#texts").inner_text()
    pg.screenshot(path=str(tmp_path / "hostile-report.png"))
    assert [u for u in requests if not u.startswith("file://")] == []
    context.close()
    assert dialogs == [], f"a script from the article ran: {dialogs}"


def test_report_opens_offline(example_db: Path, browser, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    report = tmp_path / "report.html"
    with recoupe.open_ledger(example_db) as ledger:
        write_html(ledger, report)
        measures = Whole(ledger).measures()
    context = browser.new_context(viewport={"width": 1280, "height": 900}, offline=True)
    pg = context.new_page()
    fetched: list[str] = []
    pg.on("request", lambda r: fetched.append(r.url))
    pg.goto(report.as_uri())
    assert pg.locator("svg.chart").count() == len(measures)
    assert pg.locator("svg.chart g.mark").count() == sum(len(m.plotted) for m in measures)
    # the stylesheet is inline and applied
    assert pg.locator("header.top").evaluate("el => getComputedStyle(el).backgroundColor") == "rgb(29, 35, 48)"
    pg.screenshot(path=str(tmp_path / "report.png"))
    pg.locator("#m1").scroll_into_view_if_needed()
    pg.screenshot(path=str(tmp_path / "report-measure.png"))
    assert [u for u in fetched if not u.startswith("file://")] == []
    context.close()


def test_malformed_fragment_is_no_error(served: tuple[Server, Path], page) -> None:  # type: ignore[no-untyped-def]
    """A fragment that is not valid percent-encoding used to throw in the page script; the
    ``page`` fixture fails on any script error."""
    server, db = served
    v = view_of(db)
    row = next(r for r in v.claims if r.facts)
    page.goto(f"{server.url}/claims/{row.facts[0].id}#%E0%A4%A")
    page.evaluate("location.hash = '#%E0%A4%A%'")
    page.goto(f"{server.url}/claims/{row.facts[0].id}#fact-{row.facts[0].id}")
    assert page.locator(f"details#fact-{row.facts[0].id}").get_attribute("open") is not None
