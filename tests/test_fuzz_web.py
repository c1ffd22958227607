"""Property-based tests (Hypothesis) of ``recoupe serve``: random paths, query strings and
methods, and random review forms, against a ledger of two example texts built once.

Invariants: never a 500; every response, errors included, carries the security headers;
HEAD answers like GET without a body; a review form is stored (303) exactly when it names a
fact of the ledger with values the review rules accept — the expectation is computed here
from the rules, independently of the app — and a refused form (400, with its reason on the
page) changes nothing in the ledger; the pages still render after any stored review.

Example counts scale with the Hypothesis profile (``conftest.py``).
"""

from __future__ import annotations

import re
import sqlite3
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Optional
from urllib.parse import quote, urlencode

import pytest
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

import recoupe
from conftest import deadline
from recoupe.review import ACTIONS, QUALIFIERS, TARGETS
from recoupe.web.app import CSP, create_app

BASE = "http://127.0.0.1"
EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
HEADERS = {"content-security-policy": CSP, "x-content-type-options": "nosniff", "x-frame-options": "DENY"}


def scaled(fraction: float, floor: int = 10) -> int:
    return max(floor, int(settings().max_examples * fraction))


@dataclass
class Facts:
    """What the ledger holds, for building requests that name real things."""

    docs: list[str]
    spans: dict[tuple[str, str], list[tuple[int, int]]]  # (document, target) → spans
    claims: list[str]
    measures: list[str]
    entities: list[str]


@pytest.fixture(scope="module")
def ledger(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Two of the example texts, analysed once for the module."""
    db = tmp_path_factory.mktemp("fuzz-web") / "ledger.db"
    result = recoupe.analyze(sorted(EXAMPLES.glob("*.txt"))[:2], db=db)
    assert len(result.added) == 2, result.errors
    return db


@pytest.fixture(scope="module")
def facts(ledger: Path) -> Facts:
    spans: dict[tuple[str, str], list[tuple[int, int]]] = {}
    with recoupe.open_ledger(ledger) as led:
        docs = [d.id for d in led.documents()]
        claims = []
        for c in led.claims():
            claims.append(c.id or "")
            for target in ("claim", "source"):
                spans.setdefault((c.document, target), []).append((c.start, c.end))
            for q in c.quantities:
                spans.setdefault((c.document, "quantity"), []).append((q.start, q.end))
                claims.append(q.id or "")
            for t in c.times:
                spans.setdefault((c.document, "time"), []).append((t.start, t.end))
        for d in docs:
            spans[(d, "mention")] = [(m.start, m.end) for m in led.mentions(d)]
        measures = sorted(set(m for m, _ in led.measures().values()))
        entities = [str(e.id) for e in led.entities()]
    assert spans.get((docs[0], "quantity")) and measures and entities
    return Facts(docs, spans, claims, measures, entities)


def check_response(r, method: str = "GET") -> None:  # type: ignore[no-untyped-def]
    assert r.status_code < 500, (method, r.url, r.status_code, r.text[:2000])
    for name, value in HEADERS.items():
        assert r.headers.get(name) == value, (r.url, r.status_code, name, r.headers.get(name))
    if method == "HEAD":
        assert r.content == b"", r.url


# -- any path, any query ------------------------------------------------------------------

ODD = ["", ".", "..", "%2e%2e", "%2F", "%00", "%ff", "%C3%A9", "%", "%zz", "²", "٣", "-1", "0", "1e400", "nan",
       "9" * 400, "1" * 7, "c1", "q1", "c0", "q" + "9" * 12, "c" + "9" * 13, "x" * 3000, " ", "<script>", "'", '"',
       "\\", "~", "é", "🇺🇦", "\u202e", "a|b|c", "a%7Cb", "%E2%80%AE"]
odd_text = st.text(max_size=40)


def segment(facts: Facts) -> st.SearchStrategy[str]:
    real = st.sampled_from(facts.docs + facts.claims + facts.entities + [quote(m, safe="") for m in facts.measures])
    return st.one_of(st.sampled_from(ODD), real, odd_text.map(lambda t: quote(t, safe="")),
                     real.map(lambda r: r + "x"), real.map(lambda r: r.upper()), real.map(lambda r: r[:-1]))


ROUTES = ["", "documents", "claims", "measures", "entities", "reviews", "static", "nothing", "documents/x"]
PARAMS = ["page", "q", "source", "entity", "unit", "hedged", "grade", "date_from", "date_to", "figures",
          "document", "next", "x"]
VALUES = ODD + ["yes", "no", "1", "6", "7", "2024-03-12", "2024-13-45", "9999-99-99", "person", "\x00", "%00"]


@st.composite
def urls(draw, facts: Facts) -> str:  # type: ignore[no-untyped-def]
    path = "/" + draw(st.sampled_from(ROUTES))
    for s in draw(st.lists(segment(facts), max_size=3)):
        path = path.rstrip("/") + "/" + s
    if draw(st.integers(0, 5)) == 0:
        path += "/"
    query = draw(st.lists(st.tuples(st.sampled_from(PARAMS) | odd_text,
                                    st.sampled_from(VALUES) | odd_text | st.sampled_from(facts.docs)), max_size=4))
    if query:
        # Encoded, or nearly raw: "%00", "%zz" and "²" as typed (the client refuses only ASCII controls).
        raw = "&".join(f"{quote(k, safe='%?/=')}={quote(v, safe='%?/=&+')}" for k, v in query)
        path += "?" + (urlencode(query) if draw(st.booleans()) else raw)
    return path


@pytest.fixture(scope="module")
def reader(ledger: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[TestClient, Path]:
    from conftest import copy_ledger

    db = copy_ledger(ledger, tmp_path_factory.mktemp("fuzz-web-ro") / "ro.db")
    return TestClient(create_app(db), base_url=BASE, raise_server_exceptions=False), db


def test_any_path_and_query(reader: tuple[TestClient, Path], facts: Facts) -> None:
    client, db = reader
    seen: Counter[int] = Counter()

    @settings(max_examples=scaled(1.0), suppress_health_check=[HealthCheck.too_slow])
    @given(url=urls(facts), method=st.sampled_from(["GET", "GET", "GET", "HEAD", "POST", "PUT", "DELETE",
                                                    "OPTIONS", "PATCH"]))
    @example(url="/claims?page=%C2%B2", method="GET")
    @example(url="/claims?page=-1&q=%00", method="HEAD")
    @example(url="/claims?page=" + "9" * 400, method="GET")
    @example(url="/measures/" + "x" * 3000, method="GET")
    @example(url="/reviews", method="POST")
    def run(url: str, method: str) -> None:
        with deadline():
            r = client.request(method, url, follow_redirects=False)
        seen[r.status_code] += 1
        check_response(r, method)
        if method == "GET" and r.status_code == 200 and not r.url.path.startswith("/static/"):
            assert r.headers["content-type"].startswith("text/html")
            head = client.head(url, follow_redirects=False)
            check_response(head, "HEAD")
            assert head.status_code == r.status_code, url

    run()
    assert seen[200] and seen[404] and seen[405], seen  # pages, unknown things, wrong methods
    with recoupe.open_ledger(db) as led:  # no request without a form token wrote anything
        assert led.reviews() == []


# -- review forms -------------------------------------------------------------------------

# (what a reviewer types, the number it means) — None: not a number, refused.
NUMBERS: list[tuple[str, Optional[float]]] = [
    ("12", 12), ("20 000", 20000), ("20\u202f000", 20000), ("20\u00a0000", 20000), ("4,8", 4.8), ("1.5", 1.5),
    (" 7 ", 7), ("3 millions", 3e6), ("2 milliards", 2e9), ("1,2 million", 1.2e6), ("0", 0), ("-5", -5),
    ("12k", 12000), ("999 999 999 999 999", 999_999_999_999_999), ("1 000 000 000 000 000", 1e15),
    ("1e400", None), ("1e15", None), ("nan", None), ("NaN", None), ("inf", None), ("-inf", None), ("9" * 400, None),
    ("1 000 000 000 000 001", None), ("2000000000000000000", None), ("٣", None), ("１２", None), ("²", None),
    ("douze", None), ("1,2,3", None), ("--1", None), ("1.2.3", None), ("0x10", None), ("+1", None),
    ("12 %", None), ("½", None), ("1_000", None), ("\x00", None), ("millions", None),
]
OFFSETS = ["", "-1", "²", "٣", "1e400", "nan", "9" * 400, "9" * 21, " 12", "12 ", "+1", "1_0", "١٢", "0x1",
           "\x00", "00"]
TEXTS = ["", " ", "\t\n", "AFP", "l'état-major", "personne", "\x00", "<b>x</b>", "{{ 7*7 }}", "é" * 700, "🇺🇦",
         "\u202e", "'; DROP TABLE reviews; --"]


@dataclass
class Form:
    doc: int
    target: str
    span: int  # which span of the target's, when the offsets are not overridden
    start: Optional[str]  # None: the span's
    end: Optional[str]
    action: str
    low: tuple[str, Optional[float]]
    high: tuple[str, Optional[float]]
    qualifier: str
    unit: str
    per: str
    source: str
    note: str
    next: str
    document: Optional[str] = None  # overrides the real document id


def usually(common: st.SearchStrategy, rare: st.SearchStrategy) -> st.SearchStrategy:  # type: ignore[type-arg]
    """``common`` about four times in five."""
    return st.integers(0, 4).flatmap(lambda n: rare if n == 0 else common)


def forms(good: bool) -> st.SearchStrategy[Form]:
    """Review forms: ``good`` ones name real facts with accepted values; the others mix in
    anything at all."""
    blank = ("", None)
    numbers = st.sampled_from([n for n in NUMBERS if n[1] is not None]) if good else st.sampled_from(NUMBERS)
    text = st.sampled_from(TEXTS) | st.text(max_size=30)
    return st.builds(
        Form,
        doc=st.integers(0, 1),
        target=st.sampled_from(TARGETS) if good else usually(st.sampled_from(TARGETS),
                                                             st.sampled_from(["", "QUANTITY", "quantité"]) | text),
        span=st.integers(0, 1000),
        start=st.none() if good else usually(st.none(), st.sampled_from(OFFSETS) | st.integers(0, 10**6).map(str)),
        end=st.none() if good else usually(st.none(), st.sampled_from(OFFSETS) | st.integers(0, 10**6).map(str)),
        action=st.sampled_from(ACTIONS) if good else usually(st.sampled_from(ACTIONS), st.sampled_from(["", "WRONG"]) | text),
        low=st.just(blank) | numbers, high=st.just(blank) | numbers,
        qualifier=st.sampled_from(["", *QUALIFIERS]) if good else usually(st.sampled_from(["", *QUALIFIERS]),
                                                                          st.just("EXACT") | text),
        unit=text, per=text, source=text, note=text,
        next=st.sampled_from(["", "/claims", "/reviews", "//evil.example/x", "https://evil.example/", "/\x00",
                              "/documents/..", "/claims?page=²", "/%zz"]) | text,
        document=st.none() if good else usually(st.none(), st.sampled_from(["", "0" * 64, "A" * 64, "../../etc/passwd"]) | text),
    )


def _blank(value: str) -> bool:
    return not value.split()


def expected_refusal(f: Form, facts: Facts, form: dict[str, str]) -> Optional[str]:
    """Why the review rules refuse ``f`` (None: it must be stored). Written from the rules
    (``recoupe.review``'s docstring and the form), not from the app's code."""
    doc, start, end = form["document"], form["start"], form["end"]
    if doc not in facts.docs:
        return "no such document"
    if not (start.isascii() and start.isdigit() and end.isascii() and end.isdigit()) or len(start + end) > 20:
        return "offsets are not numbers"
    if f.target not in TARGETS:
        return "unknown target"
    if f.action not in ACTIONS:
        return "unknown action"
    if f.action == "correct":
        if f.low[1] is None and f.low[0] != "" or f.high[1] is None and f.high[0] != "":
            return "not a number"
        if f.qualifier and f.qualifier not in QUALIFIERS:
            return "unknown qualifier"
        if f.low[1] is not None and f.high[1] is not None and f.low[1] > f.high[1]:
            return "low above high"
        if f.target == "quantity":
            if f.low[0] == f.high[0] == "" and _blank(f.unit) and _blank(f.per) and not f.qualifier:
                return "nothing to correct"
        elif f.target == "source":
            if _blank(f.source):
                return "no source name"
        else:
            return "cannot be corrected"
    if (int(start), int(end)) not in facts.spans.get((doc, f.target), []):
        return "no such fact"
    return None


def to_form(f: Form, facts: Facts, token: str) -> dict[str, str]:
    doc = facts.docs[f.doc % len(facts.docs)]
    spans = facts.spans.get((doc, f.target)) or facts.spans[(doc, "quantity")]
    s, e = spans[f.span % len(spans)]
    return {"csrf_token": token, "document": doc if f.document is None else f.document, "target": f.target,
            "start": str(s) if f.start is None else f.start, "end": str(e) if f.end is None else f.end,
            "action": f.action, "low": f.low[0], "high": f.high[0], "qualifier": f.qualifier, "unit": f.unit,
            "per": f.per, "source": f.source, "note": f.note, "next": f.next}


def dump(db: Path) -> list[str]:
    conn = sqlite3.connect(db)
    try:
        return list(conn.iterdump())
    finally:
        conn.close()


@pytest.fixture(scope="module")
def writer(ledger: Path, facts: Facts, tmp_path_factory: pytest.TempPathFactory) -> tuple[TestClient, Path, str]:
    """A client over a private copy that reviews accumulate in, with its form token."""
    from conftest import copy_ledger

    db = copy_ledger(ledger, tmp_path_factory.mktemp("fuzz-web-rw") / "rw.db")
    client = TestClient(create_app(db), base_url=BASE, raise_server_exceptions=False)
    token = re.search(r'name="csrf_token" value="([0-9a-f]+)"', client.get(f"/documents/{facts.docs[0]}").text)
    assert token
    return client, db, token.group(1)


def post_review(writer: tuple[TestClient, Path, str], facts: Facts, f: Form, seen: Counter[int]) -> None:
    client, db, token = writer
    form = to_form(f, facts, token)
    refusal = expected_refusal(f, facts, form)
    with recoupe.open_ledger(db) as led:
        before = led.reviews()
    snapshot = dump(db) if refusal else None
    with deadline():
        r = client.post("/reviews", data=form, follow_redirects=False)
    seen[r.status_code] += 1
    check_response(r, "POST")
    if refusal is not None:
        assert r.status_code == 400, (refusal, form, r.status_code, r.headers.get("location"))
        m = re.search(r"<h1>400 · Bad request</h1>\s*<p>([^<]+)</p>", r.text)
        assert m and m.group(1).strip(), (form, r.text[-800:])  # the reason, in words
        assert dump(db) == snapshot, form  # nothing changed
        return
    assert r.status_code == 303, (form, r.status_code, r.text[-800:])
    with recoupe.open_ledger(db) as led:
        after = led.reviews()
    assert len(after) == len(before) + 1
    stored = max(after, key=lambda x: x.id or 0)
    assert (stored.document, stored.target, stored.start, stored.end, stored.action) == (
        form["document"], f.target, int(form["start"]), int(form["end"]), f.action)
    if f.action == "correct":
        assert (stored.low, stored.high) == (f.low[1], f.high[1]), (form, stored)
        if f.target == "source":
            assert stored.source == " ".join(f.source.split())[:300]
    location = r.headers["location"]
    assert location.startswith("/") and not location.startswith("//"), location
    for url in (location, f"/documents/{stored.document}", "/reviews", "/measures", "/"):
        page = client.get(url)
        check_response(page)
        assert page.status_code in (200, 404), (url, page.status_code)
        assert url == location or page.status_code == 200, url


def test_good_review_forms_are_stored(writer: tuple[TestClient, Path, str], facts: Facts) -> None:
    seen: Counter[int] = Counter()

    # Derandomized: the examples are the same on every run, so whether both outcomes came up
    # does not depend on luck (a run of 60 good forms once drew no refusal).
    @settings(max_examples=scaled(0.2), suppress_health_check=[HealthCheck.too_slow], derandomize=True)
    @given(f=forms(good=True))
    def run(f: Form) -> None:
        post_review(writer, facts, f, seen)

    run()
    assert seen[303] and seen[400], seen  # both outcomes were exercised


def test_any_review_form_is_stored_or_refused(writer: tuple[TestClient, Path, str], facts: Facts) -> None:
    seen: Counter[int] = Counter()

    # Derandomized: the examples are the same on every run, so whether both outcomes came up
    # does not depend on luck (a run of 60 good forms once drew no refusal).
    @settings(max_examples=scaled(0.6), suppress_health_check=[HealthCheck.too_slow], derandomize=True)
    @given(f=forms(good=False))
    def run(f: Form) -> None:
        post_review(writer, facts, f, seen)

    run()
    assert seen[303] and seen[400], seen  # both outcomes were exercised
