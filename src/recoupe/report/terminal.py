"""Terminal output with rich: the run summary, the measures and one claim."""

from __future__ import annotations

from collections import defaultdict

from rich.console import Console
from rich.markup import escape
from rich.table import Table

from recoupe.api import AnalyzeResult
from recoupe.report.formatting import value_text
from recoupe.model import Claim, Consensus, Quantity
from recoupe.store import Ledger


def print_run(console: Console, result: AnalyzeResult, ledger: Ledger) -> None:
    """What ``analyze`` did, then the ledger's claims with figures, grouped by document."""
    claims = ledger.claims()
    grades = ledger.grades()
    added = {d.id for d in result.added}
    for doc in ledger.documents():
        if doc.id not in added:
            continue
        mine = [c for c in claims if c.document == doc.id and c.quantities]
        table = Table(title=f"{escape(doc.path)}  ({doc.published or 'undated'}, {doc.published_how or '-'})",
                      show_lines=False, expand=console.is_terminal)
        for col in ("figure", "value", "source", "hedged", "when", "grade"):
            table.add_column(col, overflow="fold")
        for c in mine:
            for q in c.quantities:
                t = c.event_time() or (c.times[0] if c.times else None)
                when = f"{t.from_}..{t.to}" if t else "-"
                g = grades.get(c.id or "")
                table.add_row(escape(q.text), escape(value_text(q)), escape(c.source.name) if c.source else "-",
                              "yes" if c.hedged else "", when, g.label if g else "")
        console.print(table)
    counts = ledger.counts()
    console.print(f"[bold]{len(result.added)}[/] document(s) added, {len(result.unchanged)} already in the ledger, "
                  f"{len(result.errors)} failed. Ledger: {counts['documents']} documents, {counts['claims']} claims, "
                  f"{counts['quantities']} figures, {counts['entities']} entities, {counts['links']} links, "
                  f"{counts['checks']} checks.")
    ch = result.changes
    if ch is not None and result.added:
        console.print(f"New links: {len(ch.new_links)}, new conflicts: {len(ch.new_conflicts)}, "
                      f"changed grades: {len(ch.changed_grades)}.")
        for l in ch.new_conflicts[:10]:
            console.print(f"  [red]conflict[/] {l.a} ~ {l.b}: {escape(l.explanation)}")
        for cid, before, after in ch.changed_grades[:10]:
            console.print(f"  grade of {cid}: {before} → {after}")


def print_measures(console: Console, ledger: Ledger, min_estimates: int = 1) -> None:
    """Every measure, led by its consensus per occurrence, with its estimates in time order and
    the links between them."""
    measures = ledger.measures()
    claims = {q.id: (c, q) for c in ledger.claims() for q in c.quantities}
    docs = {d.id: d for d in ledger.documents()}
    grades = ledger.grades()
    links = ledger.links()
    consensus: dict[str, list[Consensus]] = defaultdict(list)
    for c in ledger.consensus():
        consensus[c.measure].append(c)
    by_measure: dict[str, list[str]] = defaultdict(list)
    for qid, (key, _) in measures.items():
        by_measure[key].append(qid)
    order = sorted(by_measure, key=lambda k: -len(by_measure[k]))
    for key in order:
        qids = by_measure[key]
        if len(qids) < min_estimates:
            continue
        label = measures[qids[0]][1]

        def when(qid: str) -> str:
            c, _ = claims[qid]
            d = docs[c.document]
            t = c.event_time()
            return str(d.published or (t.to if t else "") or "")

        table = Table(title=f"{escape(label)}  {escape('[' + key + ']')}", expand=console.is_terminal)
        for c in consensus.get(key, []):
            console.print(f"[bold]{escape(label)}[/]: {'[green]agree[/]' if c.agree else '[red]disagree[/]'} — "
                          f"{escape(c.explanation)} (latest {c.latest})")
        for col in ("id", "date", "value", "source", "hedged", "grade", "document"):
            table.add_column(col, overflow="fold")
        for qid in sorted(qids, key=when):
            c, q = claims[qid]
            g = grades.get(c.id or "")
            table.add_row(qid, when(qid), escape(value_text(q)), escape(c.source.name) if c.source else "(own voice)",
                          "yes" if c.hedged else "", g.label if g else "", escape(docs[c.document].path.rsplit("/", 1)[-1]))
        console.print(table)
        for l in links:
            if l.measure == key:
                ind = {True: "independent", False: "not independent", None: "independence unknown"}[l.independent]
                console.print(f"  {l.a} ~ {l.b}: [bold]{l.relation}[/] ({ind}) — {escape(l.explanation)}")


def print_claim(console: Console, ledger: Ledger, claim: Claim) -> None:
    """One claim: text, provenance, figures, source, grade and its reasons, links."""
    from recoupe.review import corrected_quantity, verdicts

    doc = ledger.document(claim.document)
    grades = ledger.grades()
    # What reviewers said of this claim, its source and each of its figures.
    reviewed = {k: v for k, v in verdicts(ledger.reviews(claim.document)).items() if v.active}
    said = reviewed.get((claim.document, "claim", claim.start, claim.end))
    console.print(f"[bold]{claim.id}[/] in {escape(doc.path if doc else claim.document)} \\[{claim.start}:{claim.end}]"
                  + (f"  [red]{escape(said.describe())}[/]" if said else ""))
    console.print(f"  « {escape(claim.text)} »")
    console.print(f"  source: {escape(claim.source.name + ' (' + claim.source.cue + ')') if claim.source else 'none (own voice)'}")
    said = reviewed.get((claim.document, "source", claim.start, claim.end))
    if said:
        console.print(f"    reviewed: {escape(said.describe())}")
    console.print(f"  modality: {claim.modality}{' — hedged: ' + escape(', '.join(claim.hedge_cues)) if claim.hedged else ''}")
    for t in claim.times:
        console.print(f"  time ({t.role}): {escape(repr(t.text))} → {t.from_} .. {t.to}")
    measures = ledger.measures()
    for q in claim.quantities:
        console.print(f"  {q.id}: {escape(repr(q.text))} \\[{q.start}:{q.end}] = {escape(value_text(q))} ({q.qualifier})"
                      f"  measure: {escape(measures.get(q.id or '', ('-', '-'))[1])}")
        said = reviewed.get((claim.document, "quantity", q.start, q.end))
        if said:
            # The figure as the ledger uses it: left out when marked wrong, else corrected.
            now = "left out of the measures and links" if said.wrong else \
                f"now {value_text(corrected_quantity(q, said))} ({corrected_quantity(q, said).qualifier})"
            console.print(f"    reviewed: {escape(said.describe())}; {escape(now)}")
    g = grades.get(claim.id or "")
    if g:
        console.print(f"  grade {g.label} ({g.meaning()}): " + escape("; ".join(g.reasons)))
    qids = {q.id for q in claim.quantities}
    for l in ledger.links():
        if l.a in qids or l.b in qids:
            console.print(f"  link {l.a} ~ {l.b}: {l.relation} (independent: {l.independent}) — {escape(l.explanation)}")
