"""``recoupe serve``: server-rendered pages over a ledger, with human review.

    from recoupe.web.app import create_app
    app = create_app("recoupe.db")          # then: uvicorn.run(app, host="127.0.0.1", port=8000)

Pages: ``/`` overview, ``/documents`` and ``/documents/<sha256>``, ``/claims`` (filters,
full-text search), ``/claims/<c12|q40>``, ``/measures`` and ``/measures/<key>``,
``/conflicts``, ``/entities`` and ``/entities/<id>``, ``/reviews``. Every list is paged in
SQL (``?page=N``, ``?size=K`` rows, up to 500; a page past the last shows the last), so a
page costs what it shows, not what the ledger holds (``recoupe.web.views``). The writes are
``POST /reviews`` and ``POST /measures``.

Safety: every page is a Jinja2 template with autoescape on, and document text is never
marked safe (``recoupe.web.highlight`` escapes each slice). A strict Content-Security-Policy
allows only our own script and stylesheet. Anything not matching a route's exact shape is a
404, so path tricks (``..``, encoded slashes) find nothing. Reviews are protected against
cross-site requests: a random session id in an HttpOnly, SameSite=Strict cookie, and in the
form an HMAC of it under a per-process secret; a POST without the pair, or from another
origin, gets 403. The Host header must name this machine (DNS rebinding). All ledger access
goes through ``Ledger``'s parameterised API; each request opens its own connection.
"""

from __future__ import annotations

import hashlib
import hmac
import math
import re
import secrets
import sqlite3
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Iterator, Optional, Sequence
from urllib.parse import urlencode, urlsplit

from fastapi import FastAPI, Form, Request
from fastapi.responses import HTMLResponse, PlainTextResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from starlette.exceptions import HTTPException
from starlette.middleware.trustedhost import TrustedHostMiddleware

from recoupe.review import QUALIFIERS, MeasureReview, Review, ReviewError, locate, measure_choices, parse_number
from recoupe.store import Ledger, LedgerError, open_ledger
from recoupe.web.chart import legend, measure_chart
from recoupe.web.highlight import highlight
from recoupe.web.templating import STATIC, environment
from recoupe.web.views import PER_PAGE as VIEW_PAGE, LedgerView, Page, measure_path, page_number

CSRF_COOKIE = "recoupe_session"
PER_PAGE = 25
#: The most rows a list shows on one page (``?size=``).
MAX_PAGE = 500
#: Conflicts the overview lists (the rest on /conflicts).
OVERVIEW_CONFLICTS = 20
LOCAL_HOSTS = ["127.0.0.1", "localhost", "::1", "[::1]"]
CSP = ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
       "form-action 'self'; frame-ancestors 'none'; base-uri 'none'")

_DOC_ID = re.compile(r"^[0-9a-f]{64}$")
_CLAIM_ID = re.compile(r"^[cq][0-9]{1,12}$")
_ENTITY_ID = re.compile(r"^[0-9]{1,12}$")
_SESSION = re.compile(r"^[A-Za-z0-9_-]{32,128}$")


def create_app(db_path: str | Path, *, ratings: Optional[dict[str, str]] = None,
               allowed_hosts: Optional[Sequence[str]] = None, relink_on_review: bool = True) -> FastAPI:
    """The web app over the ledger at ``db_path`` (which must exist).

    ``ratings`` (source → A–F, as ``recoupe.link.grades.load_ratings`` reads them) are used
    when a review re-links the ledger; ``allowed_hosts`` are the Host names accepted
    (default: this machine's loopback names); ``relink_on_review`` recomputes measures,
    links and grades after each review so they reflect it.
    """
    db = Path(db_path)
    if not db.is_file():
        raise LedgerError(f"{db}: no such ledger (run 'recoupe analyze' first)")
    with open_ledger(db):
        pass  # refuse early a file that is not a ledger, and migrate it (reviews table)
    secret = secrets.token_bytes(32)
    templates = Jinja2Templates(env=environment())
    app = FastAPI(title="recoupe", docs_url=None, redoc_url=None, openapi_url=None)
    app.state.db_path = db
    app.mount("/static", StaticFiles(directory=str(STATIC)), name="static")
    app.add_middleware(TrustedHostMiddleware, allowed_hosts=list(allowed_hosts or LOCAL_HOSTS))

    @app.middleware("http")
    async def security_headers(request: Request, call_next: Any) -> Response:
        head = request.scope["method"] == "HEAD"
        if head:
            request.scope["method"] = "GET"  # HEAD is GET without the body (RFC 9110)
        response: Response = await call_next(request)
        if head:
            async for _ in response.body_iterator:  # let the page finish, then send none of it
                pass
            bare = Response(status_code=response.status_code)
            bare.raw_headers = list(response.raw_headers)
            response = bare
        return _secure(response)

    # -- helpers --------------------------------------------------------------------------

    @contextmanager
    def ledger_view() -> Iterator[LedgerView]:
        # One connection per request, opened and closed in the handler's own thread, and
        # one snapshot: a page never mixes documents and claims of two moments.
        with open_ledger(db) as ledger, ledger.reading():
            yield LedgerView(ledger)

    def sign(session: str) -> str:
        return hmac.new(secret, session.encode("ascii"), hashlib.sha256).hexdigest()

    def session_of(request: Request) -> tuple[str, bool]:
        sid = request.cookies.get(CSRF_COOKIE, "")
        if _SESSION.match(sid):
            return sid, False
        return secrets.token_urlsafe(32), True

    def page(request: Request, name: str, context: dict[str, Any], status: int = 200) -> HTMLResponse:
        sid, new = session_of(request)
        context = {"db_name": db.name, "csrf_token": sign(sid), "qualifiers": QUALIFIERS,
                   "next": _local_path(str(request.url.path)), **context}
        response = templates.TemplateResponse(request, name, context, status_code=status)
        if new:
            response.set_cookie(CSRF_COOKIE, sid, httponly=True, samesite="strict", path="/")
        response.headers["Cache-Control"] = "no-store"
        return response

    def not_found(what: str) -> HTTPException:
        return HTTPException(status_code=404, detail=what)

    @app.exception_handler(sqlite3.DatabaseError)
    @app.exception_handler(LedgerError)
    async def ledger_error(request: Request, exc: Exception) -> Response:
        # A ledger damaged, or a disk failing, while the server runs: say so, in one line.
        return page(request, "error.html", {"status": 503, "reason": "Ledger unreadable",
                                            "message": f"The ledger cannot be read: {exc}"}, status=503)

    @app.exception_handler(Exception)
    async def internal_error(request: Request, exc: Exception) -> Response:
        # Answered outside the middleware stack, so the security headers are set here.
        return _secure(PlainTextResponse("Internal error.", status_code=500))

    @app.exception_handler(HTTPException)
    async def http_error(request: Request, exc: HTTPException) -> Response:
        reasons = {400: "Bad request", 403: "Forbidden", 404: "Not found", 405: "Method not allowed"}
        message = exc.detail if isinstance(exc.detail, str) else ""
        return page(request, "error.html", {"status": exc.status_code,
                                            "reason": reasons.get(exc.status_code, "Error"),
                                            "message": message}, status=exc.status_code)

    # -- pages ----------------------------------------------------------------------------

    def pager(request: Request, page: Page[Any], **params: str) -> dict[str, Any]:
        """What the pager of a list shows: its page (a number past the last gives the last),
        and the address of page ``n`` (the same filters and page size)."""
        size = request.query_params.get("size", "")
        kept = {**{k: v for k, v in params.items() if v}, **({"size": page.size} if size else {})}

        def query(n: int, after: Optional[int] = None) -> str:
            return request.url.path + "?" + urlencode({**kept, "page": n, **({"after": after} if after else {})})

        return {"pg": page, "query": query}

    @app.get("/", response_class=HTMLResponse)
    def overview(request: Request) -> HTMLResponse:
        with ledger_view() as v:
            latest = v.latest_documents(8)
            return page(request, "overview.html", {
                "counts": v.counts, "latest": latest, "stats": v.doc_stats(d.id for d in latest),
                "measures": v.measures_page(1, size=10, sample=6).rows, "n_measures": v.ledger.measure_total(),
                "conflicts": v.conflicts_page(1, size=OVERVIEW_CONFLICTS),
                "sources": v.sources(12), "n_sources": v.source_total(), "n_reviews": len(v.reviews),
                "reviews": list(reversed(v.reviews))[:8],
            })

    @app.get("/documents", response_class=HTMLResponse)
    def documents(request: Request) -> HTMLResponse:
        with ledger_view() as v:
            pg = v.documents_page(page_number(request.query_params.get("page")), page_size(request))
            return page(request, "documents.html", {"documents": pg.rows, "stats": v.doc_stats(d.id for d in pg.rows),
                                                    **pager(request, pg)})

    @app.get("/documents/{doc_id}", response_class=HTMLResponse)
    def document(request: Request, doc_id: str) -> HTMLResponse:
        if not _DOC_ID.match(doc_id):
            raise not_found("No such document.")
        with ledger_view() as v:
            doc = v.document(doc_id)
            if doc is None:
                raise not_found("No such document.")
            mentions = v.ledger.mentions(doc_id)
            rows = v.doc_claims(doc_id)
            return page(request, "document.html", {
                "doc": doc, "rows": rows, "n_facts": sum(len(r.facts) for r in rows),
                "highlighted": highlight(doc.text, v.spans(doc_id, rows, mentions)),
                "orphans": v.orphaned_reviews(doc_id, rows, mentions),
            })

    @app.get("/claims", response_class=HTMLResponse)
    def claims(request: Request, q: str = "", source: str = "", entity: str = "", unit: str = "",
               hedged: str = "", grade: str = "", date_from: str = "", date_to: str = "", figures: str = "",
               document: str = "") -> HTMLResponse:
        filters = {"q": q[:500], "source": source[:300], "entity": entity[:300], "unit": unit[:100],
                   "hedged": hedged if hedged in ("yes", "no") else "",
                   "grade": grade if grade in {"1", "2", "3", "4", "5", "6"} else "",
                   "date_from": date_from if _is_date(date_from) else "",
                   "date_to": date_to if _is_date(date_to) else "",
                   "figures": figures if figures in ("yes", "no") else "",
                   "document": document if _DOC_ID.match(document) else ""}
        with ledger_view() as v:
            after = request.query_params.get("after", "")
            pg = v.claims_page(page_number(request.query_params.get("page")), page_size(request, PER_PAGE),
                               after=int(after) if after.isascii() and after.isdigit() and len(after) < 13 else None,
                               **filters)
            return page(request, "claims.html", {
                "rows": pg.rows, "total": pg.total, "page": pg.number, "pages": pg.pages, "f": filters,
                "choices": v.claim_choices(filters), **pager(request, pg, **filters),
            })

    @app.get("/claims/{claim_id}", response_class=HTMLResponse)
    def claim(request: Request, claim_id: str) -> HTMLResponse:
        if not _CLAIM_ID.match(claim_id):
            raise not_found("No such claim.")
        with ledger_view() as v:
            r = v.find_claim(claim_id)
            if r is None:
                raise not_found("No such claim or figure.")
            c = r.original
            mentions = [m for m in v.ledger.mentions(r.doc.id) if c.start <= m.start and m.end <= c.end]
            spans = v.spans(r.doc.id, [r], mentions)
            qids = [f.id for f in r.facts]
            history = [h for h in v.reviews if h.document == c.document and (
                (h.target in ("claim", "source") and (h.start, h.end) == (c.start, c.end))
                or (h.target == "quantity" and any((q.start, q.end) == (h.start, h.end) for q in c.quantities))
                or (h.target == "time" and any((t.start, t.end) == (h.start, h.end) for t in c.times)))]
            keys = set(r.claim.entity_keys) | set(r.claim.source.entity_keys if r.claim.source else [])
            return page(request, "claim.html", {
                "r": r, "highlighted": highlight(c.text, spans, offset=c.start),
                "links": v.fact_links(qids), "checks": v.fact_checks(qids), "history": history,
                "entity_by_key": v.entities_of(keys), "next": f"/claims/{claim_id}",
            })

    @app.get("/conflicts", response_class=HTMLResponse)
    def conflicts(request: Request) -> HTMLResponse:
        with ledger_view() as v:
            pg = v.conflicts_page(page_number(request.query_params.get("page")), page_size(request))
            return page(request, "conflicts.html", {"conflicts": pg, **pager(request, pg)})

    @app.get("/measures", response_class=HTMLResponse)
    def measures(request: Request) -> HTMLResponse:
        with ledger_view() as v:
            pg = v.measures_page(page_number(request.query_params.get("page")), page_size(request))
            return page(request, "measures.html", {"measures": pg.rows,
                                                   "link_counts": v.ledger.link_counts(m.key for m in pg.rows),
                                                   **pager(request, pg)})

    # (":path": an analyst's name for a measure may hold a "/", which the client sends as "%2F".)
    @app.get("/measures/{key:path}", response_class=HTMLResponse)
    def measure(request: Request, key: str) -> HTMLResponse:
        with ledger_view() as v:
            mv = v.measure(key) if len(key) < 500 else None
            if mv is None:
                raise not_found("No such measure.")
            links = v.measure_links(key, mv.facts)
            colors = v.source_colors(mv.facts)
            chart = measure_chart(mv.facts, [l for l, _, _ in links], colors, href=lambda f: f"/claims/{f.id}",
                                  title=mv.label)
            merges = measure_choices(v.ledger.measure_reviews()).merges
            return page(request, "measure.html", {"mv": mv, "links": links, "n_links": v.link_total(key),
                                                  "colors": colors, "chart": chart,
                                                  "consensus": v.consensus(key),
                                                  "n_consensus": v.ledger.consensus_total(key),
                                                  "merged_here": sorted(k for k, into in merges.items() if into == key),
                                                  "other_keys": [k for k in v.measure_keys() if k != key],
                                                  "fact_href": lambda f: f"/claims/{f.id}",
                                                  "legend": legend(colors)})

    @app.get("/entities", response_class=HTMLResponse)
    def entities(request: Request) -> HTMLResponse:
        with ledger_view() as v:
            pg = v.entities_page(page_number(request.query_params.get("page")), page_size(request))
            return page(request, "entities.html", {"entities": [e for e, _ in pg.rows],
                                                   "claim_counts": {e.key: n for e, n in pg.rows},
                                                   **pager(request, pg)})

    @app.get("/entities/{entity_id}", response_class=HTMLResponse)
    def entity(request: Request, entity_id: str) -> HTMLResponse:
        if not _ENTITY_ID.match(entity_id):
            raise not_found("No such entity.")
        with ledger_view() as v:
            e = v.entity(int(entity_id))
            if e is None:
                raise not_found("No such entity.")
            number = page_number(request.query_params.get("page"))
            mentioning, attributed = v.entity_claims(e, number, page_size(request))
            biggest = mentioning if mentioning.pages >= attributed.pages else attributed
            return page(request, "entity.html", {"e": e, "mentioning": mentioning, "attributed": attributed,
                                                 "documents": v.entity_documents(e), **pager(request, biggest)})

    @app.get("/reviews", response_class=HTMLResponse)
    def reviews(request: Request) -> HTMLResponse:
        with ledger_view() as v:
            return page(request, "reviews.html", {"reviews": v.review_rows()})

    # -- the writes ---------------------------------------------------------------------------

    def check_form(request: Request, csrf_token: str) -> None:
        _check_origin(request)
        sid = request.cookies.get(CSRF_COOKIE, "")
        if not _SESSION.match(sid) or not hmac.compare_digest(csrf_token.encode(), sign(sid).encode()):
            raise HTTPException(status_code=403, detail="This form has expired or came from another site. "
                                                        "Reload the page and submit it again.")

    @app.post("/measures")
    def choose_measure(
        request: Request,
        csrf_token: str = Form(""), action: str = Form(""), measure: str = Form(""), into: str = Form(""),
        document: str = Form(""), start: str = Form(""), end: str = Form(""), note: str = Form(""),
    ) -> Response:
        """An analyst's merge of a measure into another, split of a figure off its measure, or
        withdrawal of either; kept through re-analysis, and the ledger re-linked."""
        check_form(request, csrf_token)
        figure = bool(document or start or end)
        if figure and (not _DOC_ID.match(document) or not (start.isascii() and start.isdigit() and end.isascii()
                                                            and end.isdigit()) or len(start + end) > 20):
            raise HTTPException(status_code=400, detail="The choice does not name a figure.")
        choice = MeasureReview(action=action, measure=_clean(measure, 300) or "", into=_clean(into, 300),
                               document=document if figure else None, start=int(start) if figure else None,
                               end=int(end) if figure else None, note=_clean(note, 500) or "")
        try:
            choice.validate()
        except ReviewError as exc:
            raise HTTPException(status_code=400, detail=str(exc))
        with open_ledger(db) as ledger:
            def known(key: Optional[str]) -> bool:
                return bool(key) and ledger.measure_size(key or "") > 0

            if not known(choice.measure) and not (action == "clear" and not figure):
                raise HTTPException(status_code=400, detail="No such measure.")
            if action == "merge" and not known(choice.into):
                raise HTTPException(status_code=400, detail="No such measure to merge into.")
            if action == "split" and "|" in (choice.into or "") and not known(choice.into):
                raise HTTPException(status_code=400, detail="No such measure (a new measure's name has no '|').")
            if figure and not _fact_exists(ledger, Review(document, "quantity", int(start), int(end), "wrong")):
                raise HTTPException(status_code=400, detail="No such figure in this document.")
            try:
                ledger.add_measure_review(choice)
            except (LedgerError, ReviewError) as exc:
                raise HTTPException(status_code=400, detail=str(exc))
            if relink_on_review:
                from recoupe.link import relink

                relink(ledger, ratings)
            where = choice.into if action == "merge" else choice.measure
            if figure:  # the measure the figure is in now
                qid = next((q.id for c in ledger.claims(document) for q in c.quantities
                            if (q.start, q.end) == (int(start), int(end))), None)
                where = ledger.measures_of([qid]).get(qid, (where,))[0] if qid else where
            if not known(where):
                return RedirectResponse("/measures", status_code=303)
        return RedirectResponse(measure_path(where or ""), status_code=303)

    @app.post("/reviews")
    def add_review(
        request: Request,
        csrf_token: str = Form(""), document: str = Form(""), target: str = Form(""),
        start: str = Form(""), end: str = Form(""), action: str = Form(""),
        low: str = Form(""), high: str = Form(""), qualifier: str = Form(""), unit: str = Form(""),
        per: str = Form(""), source: str = Form(""), note: str = Form(""), next: str = Form(""),
    ) -> Response:
        check_form(request, csrf_token)
        if not _DOC_ID.match(document) or not (start.isascii() and start.isdigit() and end.isascii() and end.isdigit()) or len(start + end) > 20:
            raise HTTPException(status_code=400, detail="The review does not name a fact.")
        try:
            review = Review(
                document=document, target=target, start=int(start), end=int(end), action=action,
                low=parse_number(low) if action == "correct" else None,
                high=parse_number(high) if action == "correct" else None,
                qualifier=(qualifier or None) if action == "correct" else None,
                unit=_clean(unit, 60) if action == "correct" else None,
                per=_clean(per, 30) if action == "correct" else None,
                source=_clean(source, 300) if action == "correct" else None,
                note=_clean(note, 500) or "",
            )
            review.validate()
        except ReviewError as exc:
            raise HTTPException(status_code=400, detail=str(exc))
        with open_ledger(db) as ledger:
            if not _fact_exists(ledger, review):
                raise HTTPException(status_code=400, detail="No such fact in this document.")
            try:
                ledger.add_review(review)
            except (LedgerError, ReviewError) as exc:
                raise HTTPException(status_code=400, detail=str(exc))
            from recoupe.api import remeasure

            remeasure(ledger, document)  # a corrected unit changes what its figure counts
            if relink_on_review:
                from recoupe.link import relink

                relink(ledger, ratings)
        where = _local_path(next) or f"/documents/{document}"
        anchor = "" if "#" in where else ("#fact-" if target == "quantity" else "#claim-")
        if anchor and where.startswith("/documents/"):
            with open_ledger(db) as ledger:
                found = locate(ledger.claims(document), review)
            where += anchor + found if found else ""
        return RedirectResponse(where, status_code=303)

    return app


# -- request checks ---------------------------------------------------------------------------


def page_size(request: Request, default: int = VIEW_PAGE) -> int:
    """The rows per page a list shows: ``?size=`` (1 to ``MAX_PAGE``), else ``default``."""
    value = request.query_params.get("size", "")
    if value.isascii() and value.isdigit() and 0 < len(value) < 5:
        return min(max(int(value), 1), MAX_PAGE)
    return default


def _secure(response: Response) -> Response:
    """``response`` with the headers every answer carries, errors included."""
    response.headers.setdefault("Content-Security-Policy", CSP)
    response.headers.setdefault("X-Content-Type-Options", "nosniff")
    response.headers.setdefault("X-Frame-Options", "DENY")
    response.headers.setdefault("Referrer-Policy", "same-origin")
    response.headers.setdefault("Cross-Origin-Opener-Policy", "same-origin")
    response.headers.setdefault("Cross-Origin-Resource-Policy", "same-origin")
    return response


def _check_origin(request: Request) -> None:
    """403 for a POST that a browser says comes from another site."""
    if request.headers.get("sec-fetch-site", "same-origin") not in ("same-origin", "none"):
        raise HTTPException(status_code=403, detail="Cross-site request refused.")
    origin = request.headers.get("origin")
    if origin is not None:
        host = request.headers.get("host", "")
        parts = urlsplit(origin)
        if origin == "null" or parts.netloc.lower() != host.lower():
            raise HTTPException(status_code=403, detail="Cross-site request refused.")


def _fact_exists(ledger: Ledger, review: Review) -> bool:
    span = (review.start, review.end)
    if review.target == "mention":
        return any((m.start, m.end) == span for m in ledger.mentions(review.document))
    for c in ledger.claims(review.document):
        if review.target in ("claim", "source") and (c.start, c.end) == span:
            return True
        if review.target == "quantity" and any((q.start, q.end) == span for q in c.quantities):
            return True
        if review.target == "time" and any((t.start, t.end) == span for t in c.times):
            return True
    return False


def _local_path(value: str) -> str:
    """``value`` when it is a path on this site ("/claims/c3#fact-q4"), else ""."""
    if not value or not value.startswith("/") or value.startswith("//") or "\\" in value:
        return ""
    if any(ord(ch) < 32 or ch.isspace() for ch in value) or len(value) > 2000:
        return ""
    parts = urlsplit(value)
    if parts.scheme or parts.netloc:
        return ""
    return value


def _clean(value: str, limit: int) -> Optional[str]:
    text = " ".join((value or "").split())[:limit]
    return text or None


def _is_date(value: str) -> bool:
    return bool(re.fullmatch(r"\d{4}-\d{2}-\d{2}", value or ""))


__all__ = ["create_app", "CSRF_COOKIE"]
