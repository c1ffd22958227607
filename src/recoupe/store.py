"""The ledger: a SQLite file holding every document, claim, figure and link recoupe found.

The tables are plain and named for what they hold, so the ledger can be read with
``sqlite3 ledger.db`` or ``datasette ledger.db`` without recoupe. Claims and their facts
use integer row ids; the model objects handed back carry them as ``"c<rowid>"`` (claims)
and ``"q<rowid>"`` (quantities), which is also what ``Link``/``Check``/grades/measures use.

Guarantees:

* one write transaction per document (``BEGIN IMMEDIATE`` … ``COMMIT``): a failure while
  storing an analysis leaves nothing of it behind;
* the same text is stored once (the document id is the sha256 of the text), so analysing
  it again is a no-op;
* one entity per key across the whole ledger, aliases unioned;
* foreign keys on, WAL journal (readers such as Datasette do not block the writer), a busy
  timeout so concurrent writers wait instead of failing;
* the schema is migrated forward on open (see ``recoupe.migrations``) and a ledger written
  by a newer recoupe is refused rather than misread.

All SQL of recoupe lives here and in ``recoupe.migrations``; every user value is bound as
a parameter.
"""

from __future__ import annotations

import json
import sqlite3
import contextlib
from collections import Counter
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator, Optional, Protocol

from recoupe import migrations
from recoupe.model import (
    Analysis,
    Check,
    Claim,
    Document,
    Entity,
    Grade,
    Link,
    Mention,
    Quantity,
    Source,
    TimeSpan,
    Consensus,
    Measure,
)

__all__ = ["BUSY_TIMEOUT_MS", "Ledger", "LedgerError", "open_ledger"]

#: How long a writer waits for another one before giving up.
BUSY_TIMEOUT_MS = 15_000

_SQLITE_HEADER = b"SQLite format 3\x00"

# Tables reported by ``counts()``; a fixed list, so interpolating the names is safe.
_COUNTED = (
    "documents",
    "entities",
    "aliases",
    "mentions",
    "claims",
    "claim_sources",
    "claim_entities",
    "quantities",
    "times",
    "links",
    "checks",
    "grades",
    "measures",
)


@dataclass
class ClaimWhere:
    """Which claims a page lists (``Ledger.claim_ids``): every given filter must hold.

    ``text`` is searched in the full-text index; ``source`` is a source's name or the key of
    one of its entities; ``entity`` the key of an entity the claim names or is attributed
    to; ``date_from``/``date_to`` bound the day the claim speaks of (ISO dates). Claims a
    reviewer changed are judged on their reviewed values by the caller: their ids go in
    ``overridden``, and those that match in ``included``.
    """

    text: str = ""
    document: str = ""
    source: str = ""
    unattributed: bool = False  # the claims no source is named for (the writer's own voice)
    entity: str = ""
    names: str = ""  # an entity the claim names (not as its source)
    attributed_to: str = ""  # an entity the claim is attributed to
    unit: str = ""
    hedged: Optional[bool] = None
    grade: Optional[int] = None
    figures: Optional[bool] = None
    date_from: str = ""
    date_to: str = ""
    overridden: set[int] = field(default_factory=set)
    included: set[int] = field(default_factory=set)


class LedgerError(Exception):
    """The ledger cannot be opened or written: wrong file, newer schema, locked, bad ids."""


def open_ledger(path: str | Path) -> "Ledger":
    """Open (creating and migrating if needed) the ledger at ``path``."""
    return Ledger(path)


@dataclass
class _Batch:
    """Per-transaction state of ``add_analysis``: entity ids resolved so far, new row ids."""

    entity_ids: dict[str, int] = field(default_factory=dict)
    entity_hints: dict[str, tuple[str, str]] = field(default_factory=dict)
    claim_ids: list[tuple[Claim, int]] = field(default_factory=list)
    quantity_ids: list[tuple[Quantity, int]] = field(default_factory=list)
    entities: list[tuple[Entity, int]] = field(default_factory=list)


class EntityIndex(Protocol):
    """How entities find one another when grouped (``recoupe.entities`` is one)."""

    def probes(self, entity: Entity) -> set[str]: ...

    def neighbours(self, entity: Entity) -> tuple[set[str], set[str], set[str]]: ...


class Ledger:
    """A recoupe ledger file. Use as a context manager or call ``close()``."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self._writing = False
        self._savepoints = 0
        memory = str(path) == ":memory:"
        if not memory:
            _check_is_sqlite(self.path)
            self.path.parent.mkdir(parents=True, exist_ok=True)
        try:
            # isolation_level=None: the module never opens transactions behind our back;
            # we issue BEGIN IMMEDIATE / COMMIT ourselves.
            self._conn = sqlite3.connect(
                ":memory:" if memory else str(self.path),
                timeout=BUSY_TIMEOUT_MS / 1000,
                isolation_level=None,
            )
        except sqlite3.Error as exc:
            raise LedgerError(f"cannot open ledger {self.path}: {exc}") from exc
        try:
            self._configure()
            self._migrate()
        except sqlite3.DatabaseError as exc:
            self._conn.close()
            raise LedgerError(f"{self.path} is not a usable recoupe ledger: {exc}") from exc
        except BaseException:
            self._conn.close()
            raise

    # -- lifecycle --------------------------------------------------------------------

    def close(self) -> None:
        """Close the connection (SQLite checkpoints the WAL when the last one closes)."""
        self._conn.close()

    def __enter__(self) -> "Ledger":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"Ledger({str(self.path)!r})"

    @property
    def schema_version(self) -> int:
        """The number of migrations applied to this ledger (``PRAGMA user_version``)."""
        return int(self._conn.execute("PRAGMA user_version").fetchone()[0])

    def _configure(self) -> None:
        conn = self._conn
        conn.execute("PRAGMA foreign_keys = ON")
        # PRAGMAs take no bound parameters; the value is our own constant.
        conn.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_MS)}")
        # WAL lets Datasette or sqlite3 read while recoupe writes. In-memory databases
        # answer "memory"; that is fine.
        conn.execute("PRAGMA journal_mode = WAL")
        # Names compared as Python compares them ("É" and "é" alike), which SQLite's lower()
        # does not do beyond ASCII.
        conn.create_function("casefold", 1, lambda v: v.casefold() if isinstance(v, str) else v, deterministic=True)

    def _migrate(self) -> None:
        known = migrations.known_version()
        version = self.schema_version
        self._refuse_newer(version, known)
        if version == known:
            return
        # Foreign keys off while the schema changes (SQLite's procedure for rebuilding
        # tables); the pragma is a no-op inside a transaction, so it goes before BEGIN.
        self._conn.execute("PRAGMA foreign_keys = OFF")
        try:
            with self._write():
                # Another process may have migrated between our read and our lock: read the
                # version again under the lock before judging the file.
                version = self.schema_version
                self._refuse_newer(version, known)
                if version == 0:
                    self._refuse_foreign()
                migrations.apply(self._conn, version)
                broken = self._conn.execute("PRAGMA foreign_key_check").fetchall()
                if broken:
                    raise LedgerError(f"migrating {self.path} broke foreign keys: {broken[:3]}")
        finally:
            self._conn.execute("PRAGMA foreign_keys = ON")

    def _refuse_newer(self, version: int, known: int) -> None:
        if version > known:
            raise LedgerError(
                f"{self.path} was written by a newer recoupe "
                f"(schema {version}, this one knows {known}); upgrade recoupe to open it"
            )

    def _refuse_foreign(self) -> None:
        # user_version 0 with tables in it: some other SQLite database, not a new ledger.
        # Creating our tables next to someone else's would be a surprise.
        row = self._conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name != '_migrations' LIMIT 1"
        ).fetchone()
        if row is not None:
            raise LedgerError(
                f"{self.path} is an SQLite database but not a recoupe ledger (it has a table {row[0]!r})"
            )

    @contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        """One write transaction: BEGIN IMMEDIATE, COMMIT on success, ROLLBACK on any error.

        IMMEDIATE takes the write lock up front, so two recoupe processes queue on the busy
        timeout instead of failing later with SQLITE_BUSY on lock upgrade.
        """
        if self._writing:
            # Inside this connection's own write transaction: a savepoint, so that this step
            # still succeeds or fails whole while the outer transaction goes on.
            self._savepoints += 1
            name = f"w{self._savepoints}"
            self._conn.execute(f"SAVEPOINT {name}")
            try:
                yield self._conn
            except BaseException:
                if self._conn.in_transaction:
                    self._conn.execute(f"ROLLBACK TO {name}")
                    self._conn.execute(f"RELEASE {name}")
                raise
            else:
                self._conn.execute(f"RELEASE {name}")
            return
        for attempt in range(WRITE_ATTEMPTS):
            try:
                self._conn.execute("BEGIN IMMEDIATE")
                break
            except sqlite3.OperationalError as exc:
                # Busy after the whole busy timeout: another writer holds the lock for long
                # (a big relink, a migration). Wait again rather than fail the run.
                if _is_busy(exc) and attempt + 1 < WRITE_ATTEMPTS:
                    continue
                raise LedgerError(f"cannot write to {self.path}: {exc}") from exc
        self._writing = True
        try:
            yield self._conn
        except BaseException:
            # SQLite may already have rolled back on some errors (disk full, ...).
            if self._conn.in_transaction:
                self._conn.execute("ROLLBACK")
            raise
        else:
            try:
                self._conn.execute("COMMIT")
            except BaseException:
                if self._conn.in_transaction:  # a COMMIT that failed leaves nothing half done
                    self._conn.execute("ROLLBACK")
                raise
        finally:
            self._writing = False

    def transaction(self) -> "contextlib.AbstractContextManager[sqlite3.Connection]":
        """One write transaction around several steps (a re-link reads, computes and writes
        inside one): other writers wait, readers keep their snapshot, and a failure leaves
        everything as it was. Writes inside it join it."""
        return self._write()

    @contextmanager
    def reading(self) -> Iterator["Ledger"]:
        """One read transaction: every query inside sees the same snapshot of the ledger,
        while other processes write (WAL keeps the snapshot until the end). A page reads
        its documents, claims and links inside one, so they always match."""
        if self._conn.in_transaction:  # inside another transaction: that one's snapshot holds
            yield self
            return
        self._conn.execute("BEGIN DEFERRED")
        try:
            # The snapshot starts at the first read, here, not at some later query.
            self._conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            yield self
        finally:
            if self._conn.in_transaction:
                self._conn.execute("ROLLBACK")

    # -- documents and their analyses -------------------------------------------------

    def has_document(self, doc_id: str) -> bool:
        """True when a document with this id (sha256 of its text) is stored."""
        row = self._conn.execute("SELECT 1 FROM documents WHERE id = ?", (doc_id,)).fetchone()
        return row is not None

    def lang_of(self, doc_id: str) -> Optional[str]:
        """The language a stored document was read in (None when it is not stored)."""
        row = self._conn.execute("SELECT lang FROM documents WHERE id = ?", (doc_id,)).fetchone()
        return None if row is None else str(row[0])

    def find_documents(self, ref: str) -> list[Document]:
        """The documents ``ref`` names: a whole id, the start of ids (six characters at
        least), or a stored path."""
        ref = ref.strip()
        rows = self._conn.execute(
            "SELECT id FROM documents WHERE id = ? OR path = ?"
            " OR (length(?) >= 6 AND substr(id, 1, length(?)) = lower(?)) ORDER BY rowid",
            (ref, ref, ref, ref, ref)).fetchall()
        return [d for d in (self.document(r[0]) for r in rows) if d is not None]

    def add_analysis(self, analysis: Analysis, *, replace: bool = False) -> bool:
        """Store a document with its claims, facts, mentions and entities, atomically.

        With ``replace``, a stored document's claims and mentions are dropped and the new
        analysis takes their place (its row keeps when it was added and what it copies;
        reviews name facts by span, so they apply again). Without it, this returns False,
        writing nothing, when the document is already in the ledger. On
        success the ids of the stored objects are set on the objects passed in
        (``Claim.id`` = ``"c<rowid>"``, ``Quantity.id`` = ``"q<rowid>"``, ``Entity.id``),
        so a caller can link them without reading them back.

        Keys used by mentions, claims or sources but absent from ``analysis.entities``
        are created from the mention that names them (or the key itself as a last resort)
        so that every reference resolves.

        Raises ``LedgerError`` when the schema refuses a value (an unknown qualifier, a
        span whose start is after its end, ...); nothing of the document is stored then.
        """
        batch = _Batch()
        doc = analysis.document
        try:
            with self._write():
                # Checked under the write lock: two processes adding the same text cannot
                # both decide it is new.
                replacing = self.has_document(doc.id)
                if replacing:
                    if not replace:
                        return False
                    self._clear_analysis(doc)
                else:
                    self._insert_document(doc)
                for mention in analysis.mentions:
                    batch.entity_hints.setdefault(mention.key, (mention.text, mention.label))
                for entity in analysis.entities:
                    batch.entities.append((entity, self._upsert_entity(batch, entity)))
                for mention in analysis.mentions:
                    self._insert_mention(batch, doc.id, mention)
                for claim in analysis.claims:
                    self._insert_claim(batch, doc.id, claim)
                self._conn.execute("DELETE FROM document_terms WHERE document_id = ?", (doc.id,))
                if analysis.terms:
                    self._conn.execute("INSERT INTO document_terms (document_id, terms) VALUES (?, ?)",
                                       (doc.id, json.dumps(analysis.terms, ensure_ascii=False)))
                self._mark_stale(documents=[doc.id])
                if replacing:
                    self._drop_unnamed_entities()
        except sqlite3.IntegrityError as exc:
            # A CHECK or foreign key refused a value: say which document, keep the cause.
            raise LedgerError(f"cannot store {doc.path}: {exc}") from exc
        # Only after COMMIT: a rolled-back attempt must not leave ids on the objects.
        for claim, rowid in batch.claim_ids:
            claim.id = f"c{rowid}"
        for quantity, rowid in batch.quantity_ids:
            quantity.id = f"q{rowid}"
        for entity, rowid in batch.entities:
            entity.id = rowid
        return True

    def _drop_unnamed_entities(self) -> None:
        """Delete the entities no document names any more (after an analysis is replaced), so
        that the ledger holds what its documents say, not what an earlier analysis said."""
        gone = self._conn.execute(
            "DELETE FROM entities WHERE id NOT IN (SELECT entity_id FROM mentions)"
            " AND id NOT IN (SELECT entity_id FROM claim_sources)"
            " AND id NOT IN (SELECT entity_id FROM claim_entities)").rowcount
        if gone:
            # The groups they were in, or made ambiguous, are all grouped again.
            self._conn.execute("INSERT OR IGNORE INTO stale_entities (entity_id) VALUES (0)")

    def _clear_analysis(self, doc: Document) -> None:
        """Drop a stored document's claims and mentions (their facts, links and grades go
        with them) and update its row from ``doc``."""
        self._mark_document_measures(doc.id)  # the measures its figures leave are linked again
        self._conn.execute("DELETE FROM claims WHERE document_id = ?", (doc.id,))
        self._conn.execute("DELETE FROM mentions WHERE document_id = ?", (doc.id,))
        self._conn.execute(
            "UPDATE documents SET lang = ?, title = coalesce(?, title), outlet = coalesce(?, outlet),"
            " url = coalesce(?, url), published = coalesce(?, published),"
            " published_how = CASE WHEN ? IS NULL THEN published_how ELSE coalesce(?, published_how) END,"
            " published_precision = CASE WHEN ? IS NULL THEN published_precision ELSE ? END WHERE id = ?",
            (doc.lang, doc.title, doc.outlet, doc.url, _iso_date(doc.published),
             _iso_date(doc.published), doc.published_how, _iso_date(doc.published), doc.published_precision or "day",
             doc.id))

    def _insert_document(self, doc: Document) -> None:
        self._conn.execute(
            "INSERT INTO documents (id, path, text, lang, title, outlet, url, published,"
            " published_how, added_at, published_precision) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                doc.id,
                doc.path,
                doc.text,
                doc.lang,
                doc.title,
                doc.outlet,
                doc.url,
                _iso_date(doc.published),
                doc.published_how,
                datetime.now(timezone.utc).isoformat(timespec="seconds"),
                doc.published_precision or "day",
            ),
        )

    def _upsert_entity(self, batch: _Batch, entity: Entity) -> int:
        """Insert the entity or merge it into the one with the same key; return its id.

        Whatever order documents come in, a key ends with the same name and country: the
        longest of the names seen, the smallest of equally long ones (the others are
        aliases), and the smallest of the countries. The first
        type seen is kept (the key's prefix says it already).
        """
        before = self._conn.execute("SELECT name, country, id FROM entities WHERE key = ?", (entity.key,)).fetchone()
        entity_id, name = self._conn.execute(
            "INSERT INTO entities (key, name, type, country) VALUES (?, ?, ?, ?)"
            " ON CONFLICT (key) DO UPDATE SET name = CASE WHEN length(excluded.name) > length(entities.name)"
            " OR (length(excluded.name) = length(entities.name) AND excluded.name < entities.name)"
            " THEN excluded.name ELSE entities.name END,"
            " country = coalesce(min(entities.country, excluded.country), entities.country, excluded.country)"
            " RETURNING id, name",
            (entity.key, entity.name, entity.type, entity.country),
        ).fetchone()
        self._conn.execute("INSERT OR IGNORE INTO stale_entities (entity_id) VALUES (?)", (entity_id,))
        if before is not None and entity.country and entity.country != before[1]:
            # The entity's state changed: the documents naming it place their figures anew.
            self._mark_entity_documents([int(entity_id)])
        aliases = list(entity.aliases)
        for other in (entity.name, before[0] if before else None):
            if other is not None and other != name:
                aliases.append(other)
        self._conn.executemany(
            "INSERT OR IGNORE INTO aliases (entity_id, alias) VALUES (?, ?)",
            [(entity_id, alias) for alias in aliases],
        )
        batch.entity_ids[entity.key] = entity_id
        return int(entity_id)

    def _entity_id(self, batch: _Batch, key: str) -> int:
        """The id of the entity with this key, creating a minimal one if it is unknown."""
        if key in batch.entity_ids:
            return batch.entity_ids[key]
        row = self._conn.execute("SELECT id FROM entities WHERE key = ?", (key,)).fetchone()
        if row is not None:
            batch.entity_ids[key] = int(row[0])
            return batch.entity_ids[key]
        name, label = batch.entity_hints.get(key, (key, "MISC"))
        return self._upsert_entity(batch, Entity(key=key, name=name, type=label))

    def _insert_mention(self, batch: _Batch, document_id: str, mention: Mention) -> None:
        self._conn.execute(
            "INSERT INTO mentions (document_id, entity_id, start, end, text, label)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            (
                document_id,
                self._entity_id(batch, mention.key),
                mention.start,
                mention.end,
                mention.text,
                mention.label,
            ),
        )

    def _insert_claim(self, batch: _Batch, document_id: str, claim: Claim) -> None:
        source = claim.source
        (claim_id,) = self._conn.execute(
            "INSERT INTO claims (document_id, start, end, text, paragraph, sentence, hedged,"
            " modality, hedge_cues, source_name, source_text, source_start, source_end,"
            " source_cue, source_kind, source_via, source_role, source_anonymous, source_office,"
            " source_country, source_described, told_earlier)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
            (
                document_id,
                claim.start,
                claim.end,
                claim.text,
                claim.paragraph,
                claim.sentence,
                int(bool(claim.hedged)),
                claim.modality,
                _json(claim.hedge_cues),
                source.name if source else None,
                source.text if source else None,
                source.start if source else None,
                source.end if source else None,
                source.cue if source else None,
                source.kind if source else None,
                source.via if source else None,
                source.role if source else None,
                int(bool(source and source.anonymous)),
                source.office if source else None,
                source.country if source else None,
                int(bool(source and source.described)),
                int(bool(claim.told_earlier)),
            ),
        ).fetchone()
        batch.claim_ids.append((claim, claim_id))
        if source is not None:
            self._conn.executemany(
                "INSERT OR IGNORE INTO claim_sources (claim_id, entity_id) VALUES (?, ?)",
                [(claim_id, self._entity_id(batch, key)) for key in source.entity_keys],
            )
        self._conn.executemany(
            "INSERT OR IGNORE INTO claim_entities (claim_id, entity_id) VALUES (?, ?)",
            [(claim_id, self._entity_id(batch, key)) for key in claim.entity_keys],
        )
        for quantity in claim.quantities:
            self._insert_quantity(batch, document_id, claim_id, quantity)
        for span in claim.times:
            self._insert_time(document_id, claim_id, span)

    def _insert_quantity(self, batch: _Batch, document_id: str, claim_id: int, q: Quantity) -> None:
        (rowid,) = self._conn.execute(
            "INSERT INTO quantities (claim_id, document_id, start, end, text, low, high,"
            " qualifier, unit, per, unit_text, unit_inherited, unit_class, unit_mapped, whole, set_aside)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
            (
                claim_id,
                document_id,
                q.start,
                q.end,
                q.text,
                q.low,
                q.high,
                q.qualifier,
                q.unit,
                q.per,
                q.unit_text,
                int(bool(q.unit_inherited)),
                q.unit_class,
                int(bool(q.unit_mapped)),
                q.whole,
                int(bool(q.set_aside)),
            ),
        ).fetchone()
        batch.quantity_ids.append((q, rowid))

    def _insert_time(self, document_id: str, claim_id: int, span: TimeSpan) -> None:
        self._conn.execute(
            "INSERT INTO times (claim_id, document_id, start, end, text, date_from, date_to,"
            " precision, role) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (claim_id, document_id, span.start, span.end, span.text, span.from_, span.to, span.precision,
             span.role),
        )

    # -- reading ----------------------------------------------------------------------

    def documents(self, ids: Optional[Iterable[str]] = None) -> list[Document]:
        """Every document (or those of ``ids``), in the order they were added."""
        where, params = ("WHERE id IN (SELECT value FROM json_each(?))", (_json(sorted(ids)),)) \
            if ids is not None else ("", ())
        rows = self._conn.execute(
            "SELECT id, path, text, lang, title, outlet, url, published, published_how, copy_of,"
            f" published_precision FROM documents {where} ORDER BY rowid", params
        ).fetchall()
        return [_document(row) for row in rows]

    def document(self, doc_id: str) -> Optional[Document]:
        """The document with this id, or None."""
        row = self._conn.execute(
            "SELECT id, path, text, lang, title, outlet, url, published, published_how, copy_of,"
            " published_precision FROM documents WHERE id = ?",
            (doc_id,),
        ).fetchone()
        return _document(row) if row else None

    def claims(self, document_id: Optional[str] = None, documents: Optional[Iterable[str]] = None,
               ids: Optional[Iterable[int]] = None) -> list[Claim]:
        """Claims with their quantities, times, source and entity keys.

        Ordered by document (in the order documents were added), then by offset. Pass
        ``document_id`` to get one document's claims only, ``documents`` for those of several,
        ``ids`` for the claims of these row ids.
        """
        # Fixed variants of the filter (not "? IS NULL OR ..."), so SQLite can use the
        # claims_document index; the value itself is always bound.
        where, params = ("WHERE c.document_id = ?", (document_id,)) if document_id is not None else \
            ("WHERE c.document_id IN (SELECT value FROM json_each(?))", (_json(sorted(documents)),)) \
            if documents is not None else \
            ("WHERE c.id IN (SELECT value FROM json_each(?))", (_json(sorted(set(ids))),)) \
            if ids is not None else ("", ())
        rows = self._conn.execute(
            "SELECT c.id, c.document_id, c.start, c.end, c.text, c.paragraph, c.sentence,"
            " c.hedged, c.modality, c.hedge_cues, c.source_name, c.source_text, c.source_start,"
            " c.source_end, c.source_cue, c.source_kind, c.source_via, c.source_role, c.source_anonymous,"
            " c.source_office, c.source_country, c.source_described, c.told_earlier"
            " FROM claims c JOIN documents d ON d.id = c.document_id "
            + where
            + " ORDER BY d.rowid, c.start, c.id",
            params,
        ).fetchall()
        quantities: dict[int, list[Quantity]] = {}
        for r in self._conn.execute(
            "SELECT q.claim_id, q.id, q.start, q.end, q.text, q.low, q.high, q.qualifier, q.unit,"
            " q.per, q.unit_text, q.unit_inherited, q.unit_class, q.unit_mapped, q.whole, q.set_aside"
            " FROM quantities q JOIN claims c ON c.id = q.claim_id "
            + where
            + " ORDER BY q.start, q.id",
            params,
        ):
            quantities.setdefault(r[0], []).append(
                Quantity(
                    start=r[2], end=r[3], text=r[4], low=r[5], high=r[6], qualifier=r[7], unit=r[8],
                    per=r[9], unit_text=r[10], unit_inherited=bool(r[11]), id=f"q{r[1]}",
                    unit_class=r[12], unit_mapped=bool(r[13]), whole=r[14], set_aside=bool(r[15]),
                )
            )
        times: dict[int, list[TimeSpan]] = {}
        for r in self._conn.execute(
            "SELECT t.claim_id, t.start, t.end, t.text, t.date_from, t.date_to, t.precision, t.role"
            " FROM times t JOIN claims c ON c.id = t.claim_id " + where + " ORDER BY t.id",
            params,
        ):
            times.setdefault(r[0], []).append(
                TimeSpan(start=r[1], end=r[2], text=r[3], from_=r[4], to=r[5], precision=r[6], role=r[7])
            )
        source_keys = self._claim_keys("claim_sources", where, params)
        entity_keys = self._claim_keys("claim_entities", where, params)
        claims: list[Claim] = []
        for r in rows:
            claim_id = r[0]
            source = None
            if r[10] is not None:
                source = Source(
                    start=r[12], end=r[13], text=r[11], name=r[10], cue=r[14], kind=r[15],
                    entity_keys=source_keys.get(claim_id, []), via=r[16], role=r[17], anonymous=bool(r[18]),
                    office=r[19], country=r[20], described=bool(r[21]),
                )
            claims.append(
                Claim(
                    document=r[1], start=r[2], end=r[3], text=r[4], source=source, hedged=bool(r[7]),
                    modality=r[8], hedge_cues=json.loads(r[9]), quantities=quantities.get(claim_id, []),
                    times=times.get(claim_id, []), entity_keys=entity_keys.get(claim_id, []),
                    paragraph=r[5], sentence=r[6], id=f"c{claim_id}", told_earlier=bool(r[22]),
                )
            )
        return claims

    def _claim_keys(self, table: str, where: str, params: tuple[Any, ...]) -> dict[int, list[str]]:
        # ``table`` is one of our two link tables, never user input.
        if table not in ("claim_sources", "claim_entities"):
            raise ValueError(f"not a claim link table: {table!r}")
        keys: dict[int, list[str]] = {}
        for claim_id, key in self._conn.execute(
            f"SELECT x.claim_id, e.key FROM {table} x JOIN entities own ON own.id = x.entity_id"
            " JOIN entities e ON e.id = coalesce(own.same_as, own.id)"
            " JOIN claims c ON c.id = x.claim_id " + where + " ORDER BY x.rowid",
            params,
        ):
            found = keys.setdefault(claim_id, [])
            if key not in found:  # two of a claim's entities may stand for one thing
                found.append(key)
        return keys

    def entities(self) -> list[Entity]:
        """Every entity that stands for itself, with its id and aliases: its own (in the
        order they were first seen), then the names and aliases of those that are the same
        thing (``same_as``)."""
        aliases: dict[int, list[str]] = {}
        for entity_id, alias in self._conn.execute(
            "SELECT coalesce(e.same_as, e.id), a.alias FROM aliases a JOIN entities e ON e.id = a.entity_id"
            " ORDER BY e.same_as IS NOT NULL, e.key, a.rowid"
        ):
            aliases.setdefault(entity_id, []).append(alias)
        for entity_id, name in self._conn.execute(
            "SELECT same_as, name FROM entities WHERE same_as IS NOT NULL ORDER BY key"
        ):
            aliases.setdefault(entity_id, []).append(name)
        out = []
        for id_, key, name, type_, country in self._conn.execute(
            "SELECT id, key, name, type, country FROM entities WHERE same_as IS NULL ORDER BY id"
        ):
            own = [a for a in dict.fromkeys(aliases.get(id_, [])) if a != name]
            out.append(Entity(key=key, name=name, type=type_, aliases=own, country=country, id=id_))
        return out

    def entity_groups(self) -> dict[str, str]:
        """The key of the entity each grouped entity stands with (``same_as``), by key."""
        return dict(self._conn.execute(
            "SELECT e.key, g.key FROM entities e JOIN entities g ON g.id = e.same_as ORDER BY e.key"))

    def group_entities(self, resolve: Callable[[list[Entity]], dict[str, str]],
                       index: Optional[EntityIndex] = None) -> int:
        """Recompute which entities are one thing across documents and store it.

        ``resolve`` gets stored entities, as analysed (own names and aliases), and returns,
        for each entity that belongs to another's group, that other's key. Without ``index``,
        it gets every entity. With it, only the entities stored or changed since the last
        grouping and those its rules may join them with, looked up through the index
        (``EntityIndex``): the groups come out as among every entity, read for what the new
        ones touch. Returns how many entities changed group.
        """
        stale = {r[0] for r in self._conn.execute("SELECT entity_id FROM stale_entities")}
        if index is not None and not stale:
            return 0
        same_as: dict[int, Optional[int]] = {}  # each entity's group as stored
        if index is None or 0 in stale:
            rows = self._conn.execute("SELECT id, key, name, type, country, same_as FROM entities").fetchall()
            every = self._raw_entities(rows, same_as)
            if index is not None:
                self._probe(every, index, whole=True)
        else:
            every = self._reached(stale, index, same_as)
        every.sort(key=lambda e: e.key)
        id_of = {e.key: e.id for e in every}
        groups = resolve(every)
        changed = [(id_of.get(groups[e.key]) if e.key in groups else None, e.id) for e in every
                   if (id_of.get(groups[e.key]) if e.key in groups else None) != same_as[e.id or 0]]
        with self._write() as conn:
            conn.executemany("UPDATE entities SET same_as = ? WHERE id = ?", changed)
            # The documents naming them read another entity now: their figures are linked again.
            self._mark_entity_documents([entity_id for _, entity_id in changed])
            conn.execute("DELETE FROM stale_entities")
        return len(changed)

    def _raw_entities(self, rows: list[tuple[Any, ...]], same_as: dict[int, Optional[int]]) -> list[Entity]:
        """Entities of ``rows`` (id, key, name, type, country, same_as) as analysed, with their
        own aliases in the order first seen; their stored groups go in ``same_as``."""
        aliases: dict[int, list[str]] = {}
        for entity_id, alias in self._conn.execute(
                "SELECT entity_id, alias FROM aliases WHERE entity_id IN (SELECT value FROM json_each(?))"
                " ORDER BY rowid", (_json([r[0] for r in rows]),)):
            aliases.setdefault(entity_id, []).append(alias)
        out = []
        for r in rows:
            out.append(Entity(key=r[1], name=r[2], type=r[3], aliases=aliases.get(r[0], []), country=r[4], id=r[0]))
            same_as[r[0]] = r[5]
        return out

    def _probe(self, entities: list[Entity], index: EntityIndex, whole: bool = False) -> None:
        """Store the probes of ``entities`` anew (of every entity with ``whole``)."""
        with self._write() as conn:
            if whole:
                conn.execute("DELETE FROM entity_probes")
            else:
                conn.execute("DELETE FROM entity_probes WHERE entity_id IN (SELECT value FROM json_each(?))",
                             (_json([e.id for e in entities]),))
            conn.executemany("INSERT OR IGNORE INTO entity_probes (probe, entity_id) VALUES (?, ?)",
                             [(p, e.id) for e in entities for p in sorted(index.probes(e))])

    def _reached(self, stale: set[int], index: EntityIndex, same_as: dict[int, Optional[int]]) -> list[Entity]:
        """The ``stale`` entities (probed anew), then every entity a rule may join one of them
        with, and their groups' members, and so on until none is added."""
        select = "SELECT id, key, name, type, country, same_as FROM entities WHERE id IN (SELECT value FROM json_each(?))"
        found = self._raw_entities(self._conn.execute(select, (_json(sorted(stale)),)).fetchall(), same_as)
        self._probe(found, index)
        seen = {e.id for e in found}
        frontier = found
        while frontier:
            keys: set[str] = set()
            probes: set[str] = set()
            aliases: set[str] = set()
            for e in frontier:
                k, p, a = index.neighbours(e)
                keys |= k
                probes |= p
                aliases |= a
            ids = _json(sorted(e.id for e in frontier if e.id is not None))
            near = {r[0] for r in self._conn.execute(
                "SELECT id FROM entities WHERE key IN (SELECT value FROM json_each(?1))"
                " UNION SELECT entity_id FROM entity_probes WHERE probe IN (SELECT value FROM json_each(?2))"
                " UNION SELECT entity_id FROM aliases WHERE alias IN (SELECT value FROM json_each(?3))"
                " UNION SELECT id FROM entities WHERE same_as IN (SELECT value FROM json_each(?4))"
                " UNION SELECT same_as FROM entities WHERE same_as IS NOT NULL"
                " AND id IN (SELECT value FROM json_each(?4))",
                (_json(sorted(keys)), _json(sorted(probes)), _json(sorted(aliases)), ids))} - seen
            frontier = self._raw_entities(self._conn.execute(select, (_json(sorted(near)),)).fetchall(), same_as)
            seen |= near
            found += frontier
        return found

    def document_terms(self, document_ids: Iterable[str]) -> dict[str, dict[str, float]]:
        """The words and weights stored with these documents when they were analysed, by
        document (those analysed before words were stored have none)."""
        return {d: json.loads(t) for d, t in self._conn.execute(
            "SELECT document_id, terms FROM document_terms WHERE document_id IN (SELECT value FROM json_each(?))",
            (_json(sorted(set(document_ids))),))}

    def mentions(self, document_id: str) -> list[Mention]:
        """The entity mentions of one document, by offset."""
        return [
            Mention(start=r[0], end=r[1], text=r[2], key=r[3], label=r[4])
            for r in self._conn.execute(
                "SELECT m.start, m.end, m.text, e.key, m.label FROM mentions m"
                " JOIN entities own ON own.id = m.entity_id JOIN entities e ON e.id = coalesce(own.same_as, own.id)"
                " WHERE m.document_id = ? ORDER BY m.start, m.id",
                (document_id,),
            )
        ]

    # -- results of later stages ------------------------------------------------------

    def replace_cross_checks(self, links: list[Link], grades: dict[str, tuple[int, list[str]]],
                             checks: Optional[list[Check]] = None) -> None:
        """Replace every link and grade with these, and, when given, the checks that span
        documents (a town's count against the nation's), in one transaction (a claim with no
        grade keeps none). Measures and each document's own checks are kept: they come with
        the analyses."""
        with self._write() as conn:
            conn.execute("DELETE FROM grades")
            self.replace_links(links)
            self.set_grades(grades)
            if checks is not None:
                conn.execute("DELETE FROM checks WHERE document_id IS NULL")
                self._insert_checks(checks, None)

    def replace_links(self, links: list[Link], checks: Optional[list[Check]] = None) -> None:
        """Replace all links (and, when given, all checks) with these, in one transaction.

        ``Link.a``/``Link.b`` and ``Check.facts`` are ``"q<rowid>"`` ids; an unknown
        quantity raises ``LedgerError`` and leaves the previous links and checks in place.
        Checks come with each analysis (``replace_checks``): a re-link keeps them.
        """
        with self._write() as conn:
            conn.execute("DELETE FROM links")
            self._insert_links(links)
            if checks is not None:
                conn.execute("DELETE FROM checks")
                self._insert_checks(checks, None)

    def _insert_links(self, links: list[Link]) -> None:
        self._insert_link_rows([_link_row(link) for link in links])

    def _insert_link_rows(self, rows: list[tuple[Any, ...]]) -> None:
        # Every id checked in one pass (the links of a whole ledger are many), then written at once.
        self._require("quantities", [i for r in rows for i in r[:2]], "q")
        self._conn.executemany(
            "INSERT INTO links (a_quantity_id, b_quantity_id, relation, independent,"
            " explanation, measure, copy) VALUES (?, ?, ?, ?, ?, ?, ?)", rows)

    def replace_checks(self, document_id: str, checks: list[Check]) -> None:
        """Replace the arithmetic checks of one document with these."""
        with self._write() as conn:
            conn.execute("DELETE FROM checks WHERE document_id = ?", (document_id,))
            self._insert_checks(checks, document_id)

    def _insert_checks(self, checks: list[Check], document_id: Optional[str]) -> None:
        for check in checks:
            facts = [_rowid(fact, "q") for fact in check.facts]
            # A JSON list cannot carry a foreign key, so check the ids by hand.
            self._require("quantities", facts, "q")
            self._conn.execute(
                "INSERT INTO checks (facts, verdict, explanation, kind, document_id, measure) VALUES (?, ?, ?, ?, ?, ?)",
                (_json(facts), check.verdict, check.explanation, check.kind, document_id, check.measure),
            )

    def replace_consensus(self, items: list[Consensus]) -> None:
        """Replace every stored consensus with these (figure ids are ``"q<rowid>"``)."""
        with self._write() as conn:
            conn.execute("DELETE FROM consensus")
            self._insert_consensus(items)

    def _insert_consensus(self, items: list[Consensus]) -> None:
        rows = [(c.measure, c.label, _json([_rowid(q, "q") for q in c.members]),
                 _json([_rowid(q, "q") for q in c.current]), c.low, c.high, int(c.agree), c.origins,
                 _json([_rowid(q, "q") for q in c.outliers]), _rowid(c.latest, "q"), c.window[0], c.window[1],
                 c.explanation) for c in items]
        with self._write() as conn:
            self._require("quantities", [r[9] for r in rows], "q")
            conn.executemany(
                "INSERT INTO consensus (measure, label, members, current, low, high, agree, origins, outliers,"
                " latest, window_from, window_to, explanation) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)

    def consensus(self, measure: Optional[str] = None, limit: Optional[int] = None) -> list[Consensus]:
        """The stored consensus of every group of linked figures (of one measure key), the
        best supported first (at most ``limit``)."""
        where, args = ("WHERE measure = ?", (measure,)) if measure is not None else ("", ())
        out = []
        for row in self._conn.execute(
                "SELECT measure, label, members, current, low, high, agree, origins, outliers, latest,"
                f" window_from, window_to, explanation FROM consensus {where}"
                " ORDER BY origins DESC, json_array_length(members) DESC, measure, id LIMIT ?", (*args, _limit(limit))):
            ids = [[f"q{i}" for i in json.loads(row[k])] for k in (2, 3, 8)]
            out.append(Consensus(measure=row[0], label=row[1], members=ids[0], current=ids[1], low=row[4],
                                 high=row[5], agree=bool(row[6]), origins=row[7], outliers=ids[2],
                                 latest=f"q{row[9]}", window=(row[10], row[11]), explanation=row[12]))
        return out

    def consensus_total(self, measure: str) -> int:
        """How many groups of linked figures of one measure have a consensus."""
        return int(self._conn.execute("SELECT count(*) FROM consensus WHERE measure = ?", (measure,)).fetchone()[0])

    def links(self, measures: Optional[Iterable[str]] = None, touching: Optional[Iterable[str]] = None) -> list[Link]:
        """Every stored link (of ``measures``, or touching the figures ``touching``, when
        given), by measure, in the order stored within one (the order a whole re-link gives)."""
        where, params = ("WHERE measure IN (SELECT value FROM json_each(?))", (_json(sorted(measures)),)) \
            if measures is not None else ("", ())
        if touching is not None:
            ids = _json(sorted({_rowid(q, "q") for q in touching}))
            where, params = ("WHERE a_quantity_id IN (SELECT value FROM json_each(?))"
                             " OR b_quantity_id IN (SELECT value FROM json_each(?))", (ids, ids))
        return self._links_where(where, params)

    def _links_where(self, where: str, params: tuple[Any, ...]) -> list[Link]:
        return [_link_of(row) for row in self._conn.execute(
            "SELECT a_quantity_id, b_quantity_id, relation, independent, explanation, measure, copy"
            f" FROM links {where} ORDER BY measure, id", params)]

    def checks(self) -> list[Check]:
        """Every stored check, in the order stored."""
        return [
            Check(facts=[f"q{i}" for i in json.loads(facts)], verdict=verdict, explanation=explanation, kind=kind)
            for facts, verdict, explanation, kind in self._conn.execute(
                "SELECT facts, verdict, explanation, kind FROM checks ORDER BY document_id IS NULL, document_id, measure, id"
            )
        ]

    def set_grades(self, grades: dict[str, tuple[int, list[str]]]) -> None:
        """Set (insert or overwrite) the grade and reasons of the given claims (``"c<rowid>"``):
        the credibility and reasons of each, and the reliability letter of its source when it
        is a ``Grade`` (F for a plain pair)."""
        with self._write() as conn:
            rows = [(_rowid(cid, "c"), int(g[0]), _json(list(g[1])), getattr(g, "reliability", "F"))
                    for cid, g in grades.items()]
            self._require("claims", [r[0] for r in rows], "c")
            conn.executemany(
                "INSERT INTO grades (claim_id, grade, reasons, reliability) VALUES (?, ?, ?, ?)"
                " ON CONFLICT (claim_id) DO UPDATE SET grade = excluded.grade, reasons = excluded.reasons,"
                " reliability = excluded.reliability",
                rows,
            )

    def grades(self, claims: Optional[Iterable[str]] = None) -> dict[str, Grade]:
        """Grades by claim id (``"c<rowid>"``, of ``claims`` when given): each the pair
        ``(credibility, reasons)`` with the reliability letter of the claim's source beside it
        (``Grade.reliability``, ``.label``)."""
        where, params = ("WHERE claim_id IN (SELECT value FROM json_each(?))",
                         (_json(sorted({_rowid(c, "c") for c in claims})),)) if claims is not None else ("", ())
        return {
            f"c{claim_id}": Grade(grade, json.loads(reasons), reliability)
            for claim_id, grade, reasons, reliability in self._conn.execute(
                f"SELECT claim_id, grade, reasons, reliability FROM grades {where} ORDER BY claim_id", params
            )
        }

    # -- what a re-link must look at again -----------------------------------------------

    # A measure stays partly stale only while every mark on it is partial.
    _STALE_UPSERT = " ON CONFLICT (measure) DO UPDATE SET partial = min(partial, excluded.partial)"

    def _mark_stale(self, measures: Iterable[str] = (), documents: Iterable[str] = (),
                    partial: bool = False) -> None:
        """Record measures and documents the next re-link must look at again (within the
        caller's write transaction). ``partial``: the measures only gained figures of stale
        documents; otherwise every figure of theirs is linked again."""
        self._conn.executemany("INSERT INTO stale_measures (measure, partial) VALUES (?, ?)" + self._STALE_UPSERT,
                               [(m, int(partial)) for m in measures])
        self._conn.executemany("INSERT OR IGNORE INTO stale_documents (document_id) VALUES (?)",
                               [(d,) for d in documents])

    def _mark_stale_where(self, select: str, params: tuple[Any, ...], partial: bool = False) -> None:
        """Record as stale the measure keys a query of ours (one column) returns."""
        self._conn.execute(f"INSERT INTO stale_measures (measure, partial) SELECT x.*, {int(partial)} FROM ({select}) x"
                           " WHERE true" + self._STALE_UPSERT, params)

    def _mark_document_measures(self, document_id: str) -> None:
        """Record as stale the measures of a document's figures (before they go)."""
        self._mark_stale_where(
            "SELECT m.measure_key FROM measures m JOIN quantities q ON q.id = m.quantity_id"
            " JOIN claims c ON c.id = q.claim_id WHERE c.document_id = ?", (document_id,))

    def _mark_entity_documents(self, entity_ids: list[int]) -> None:
        """Record as stale the documents that name these entities, in a mention, a claim or a source."""
        if not entity_ids:
            return
        ids = _json(sorted(set(entity_ids)))
        self._conn.execute(
            "INSERT OR IGNORE INTO stale_documents (document_id)"
            " SELECT document_id FROM mentions WHERE entity_id IN (SELECT value FROM json_each(?))"
            " UNION SELECT c.document_id FROM claim_sources x JOIN claims c ON c.id = x.claim_id"
            " WHERE x.entity_id IN (SELECT value FROM json_each(?))"
            " UNION SELECT c.document_id FROM claim_entities x JOIN claims c ON c.id = x.claim_id"
            " WHERE x.entity_id IN (SELECT value FROM json_each(?))", (ids, ids, ids))

    def mark_everything_stale(self) -> None:
        """Make the next re-link a whole one (after a change of rules or of ratings)."""
        with self._write():
            self._mark_stale(measures=["*"])

    def stale(self) -> tuple[set[str], set[str]]:
        """The measures (``"*"``: all of them) and documents recorded since the last re-link."""
        return ({r[0] for r in self._conn.execute("SELECT measure FROM stale_measures")},
                {r[0] for r in self._conn.execute("SELECT document_id FROM stale_documents")})

    def wholly_stale(self) -> set[str]:
        """The stale measures whose every figure must be linked again (``"*"``: all), as
        opposed to those that only gained figures of stale documents."""
        return {r[0] for r in self._conn.execute("SELECT measure FROM stale_measures WHERE partial = 0")}

    _ROWS = "SELECT q.id, c.document_id, q.start, d.published FROM "
    # A measure's linked figures found through documents (named, of some days, undated):
    # what those documents hold is the cost, not what the measure holds.
    _DOCUMENT_FIGURES = ("documents d CROSS JOIN claims c ON c.document_id = d.id"
                         " CROSS JOIN quantities q ON q.claim_id = c.id CROSS JOIN measures m ON m.quantity_id = q.id"
                         " WHERE m.aside = 0 AND ")
    _THROUGH_DOCUMENTS = _DOCUMENT_FIGURES + "+m.measure_key = ? AND "

    def measure_rows(self, measure: str, since: Optional[str] = None, until: Optional[str] = None,
                     figures: Optional[Iterable[str]] = None, undated: bool = False,
                     documents: Optional[Iterable[str]] = None) -> list[tuple[str, str, int, Optional[str]]]:
        """The figures of one measure that are linked (its asides left out), each as (figure
        id ``"q<rowid>"``, document, offset, the document's date or None), without their
        claims: every one; or those of documents dated from ``since`` to ``until`` (ISO dates,
        both included), read through the documents' dates so that the cost is what those
        documents hold; or those of ``figures``, of ``documents`` or of undated documents."""
        # Through the documents first (those named, of those days, or undated), then their
        # figures of the measure.
        through = self._ROWS + self._THROUGH_DOCUMENTS
        if documents is not None:
            sql = through + "d.id IN (SELECT value FROM json_each(?))"
            params: tuple[Any, ...] = (measure, _json(sorted(documents)))
        elif undated:
            sql, params = through + "d.published IS NULL", (measure,)
        elif since is not None or until is not None:
            sql = through + "d.published >= ? AND d.published <= ?"
            params = (measure, since or "0000-00-00", until or "9999-99-99")
        else:
            sql = (self._ROWS + "measures m JOIN quantities q ON q.id = m.quantity_id JOIN claims c ON c.id = q.claim_id"
                   " JOIN documents d ON d.id = c.document_id WHERE m.measure_key = ? AND m.aside = 0")
            params = (measure,)
            if figures is not None:
                sql, params = sql + " AND q.id IN (SELECT value FROM json_each(?))", (measure, _ids_json(figures))
        return [(f"q{q}", doc, start, published) for q, doc, start, published in self._conn.execute(sql, params)]

    def measures_rows(self, measures: Iterable[str], since: str, until: str) -> dict[str, list[tuple[str, str, int,
                                                                                                   Optional[str]]]]:
        """``measure_rows`` of documents dated from ``since`` to ``until`` for several
        measures at once, by measure (an empty list for one with none): the documents of
        those days are read once."""
        wanted = sorted(set(measures))
        out: dict[str, list[tuple[str, str, int, Optional[str]]]] = {k: [] for k in wanted}
        sql = ("SELECT m.measure_key, q.id, c.document_id, q.start, d.published FROM "
               + self._DOCUMENT_FIGURES + "+m.measure_key IN (SELECT value FROM json_each(?))"
               " AND d.published >= ? AND d.published <= ?")
        for key, q, doc, start, published in self._conn.execute(sql, (_json(wanted), since, until)):
            out[key].append((f"q{q}", doc, start, published))
        return out

    def measure_dated_beyond(self, measure: str, before: Optional[str] = None, after: Optional[str] = None) -> bool:
        """Whether one measure has a linked figure in a document dated before ``before`` (or
        after ``after``), found through the documents' dates."""
        sql = ("SELECT 1 FROM " + self._THROUGH_DOCUMENTS + f"d.published {'<' if before is not None else '>'} ?"
               f" ORDER BY d.published {'DESC' if before is not None else 'ASC'} LIMIT 1")
        return self._conn.execute(sql, (measure, before if before is not None else after)).fetchone() is not None

    def link_edges(self, measure: str, figures: Iterable[str]) -> list[tuple[str, str, str, bool, str, str]]:
        """The links of one measure that hold one of ``figures``, as (figure a, figure b,
        relation, copy, a's document, b's document), without their words."""
        ids = _ids_json(figures)
        return [(f"q{a}", f"q{b}", relation, bool(copy), da, db) for a, b, relation, copy, da, db in self._conn.execute(
            "SELECT l.a_quantity_id, l.b_quantity_id, l.relation, l.copy, ca.document_id, cb.document_id FROM links l"
            " JOIN quantities qa ON qa.id = l.a_quantity_id JOIN claims ca ON ca.id = qa.claim_id"
            " JOIN quantities qb ON qb.id = l.b_quantity_id JOIN claims cb ON cb.id = qb.claim_id"
            " WHERE l.measure = ? AND l.id IN (SELECT id FROM links WHERE a_quantity_id IN (SELECT value FROM json_each(?))"
            " UNION SELECT id FROM links WHERE b_quantity_id IN (SELECT value FROM json_each(?)))",
            (measure, ids, ids))]

    def consensus_members(self, measure: str, figures: Iterable[str]) -> set[str]:
        """Every figure of the stored consensus groups of one measure that hold one of ``figures``."""
        return {f"q{r[0]}" for r in self._conn.execute(
            "SELECT DISTINCT m.value FROM consensus c, json_each(c.members) m WHERE c.measure = ? AND EXISTS"
            " (SELECT 1 FROM json_each(c.members) f WHERE f.value IN (SELECT value FROM json_each(?)))",
            (measure, _ids_json(figures)))}

    # The links of one measure whose later figure is one of a list or whose figures include
    # one of another, found through the figures' indexes (not the measure's, which holds them all).
    _AROUND = ("measure = ? AND id IN (SELECT id FROM links WHERE b_quantity_id IN (SELECT value FROM json_each(?))"
               " UNION SELECT id FROM links WHERE a_quantity_id IN (SELECT value FROM json_each(?))"
               " UNION SELECT id FROM links WHERE b_quantity_id IN (SELECT value FROM json_each(?)))")

    def links_around(self, measure: str, later: Iterable[str], either: Iterable[str]) -> list[Link]:
        """The links of one measure whose later figure is one of ``later`` or whose figures
        include one of ``either``."""
        return self._links_where("WHERE " + self._AROUND, (measure, _ids_json(later), _ids_json(either), _ids_json(either)))

    def replace_links_around(self, measure: str, later: Iterable[str], either: Iterable[str], links: list[Link],
                             parts: Iterable[str], checks: list[Check]) -> list[Link]:
        """Replace the links ``links_around`` gives with these, and the checks across
        documents of this measure whose part (their second figure) is one of ``parts``; return
        the links replaced (as ``links_around`` gave them). Only what differs is written: a
        link stored and found again stays as it is, so that adding one article to a large
        ledger rewrites its few changed links, not the thousands around its figures (each a
        write in every index of the table)."""
        with self._write() as conn:
            wanted = Counter(_link_row(link) for link in links)
            gone: list[int] = []
            old: list[Link] = []
            for rowid, *row in conn.execute(
                    "SELECT id, a_quantity_id, b_quantity_id, relation, independent, explanation, measure, copy"
                    " FROM links WHERE " + self._AROUND + " ORDER BY id",
                    (measure, _ids_json(later), _ids_json(either), _ids_json(either))):
                key = tuple(row)
                old.append(_link_of(key))
                if wanted[key] > 0:
                    wanted[key] -= 1
                else:
                    gone.append(rowid)
            if gone:
                conn.execute("DELETE FROM links WHERE id IN (SELECT value FROM json_each(?))", (json.dumps(gone),))
            self._insert_link_rows(list(wanted.elements()))
            conn.execute("DELETE FROM checks WHERE document_id IS NULL AND measure = ?"
                         " AND json_extract(facts, '$[1]') IN (SELECT value FROM json_each(?))",
                         (measure, _ids_json(parts)))
            self._insert_checks(checks, None)
        return old

    def replace_consensus_touching(self, measure: str, figures: Iterable[str], items: list[Consensus]) -> None:
        """Replace the stored consensus groups of one measure that hold one of ``figures``
        with these."""
        with self._write() as conn:
            conn.execute("DELETE FROM consensus WHERE measure = ? AND EXISTS (SELECT 1 FROM json_each(consensus.members) f"
                         " WHERE f.value IN (SELECT value FROM json_each(?)))", (measure, _ids_json(figures)))
            self._insert_consensus(items)

    def documents_by_date(self, documents: Iterable[str]) -> list[str]:
        """These documents' ids in the order of their dates (the undated first), then of their ids."""
        return [r[0] for r in self._conn.execute(
            "SELECT id FROM documents WHERE id IN (SELECT value FROM json_each(?)) ORDER BY published, id",
            (_json(sorted(documents)),))]

    def measures_of_documents(self, documents: Iterable[str]) -> set[str]:
        """The measure keys of the figures of these documents."""
        return {r[0] for r in self._conn.execute(
            "SELECT DISTINCT m.measure_key FROM measures m JOIN quantities q ON q.id = m.quantity_id"
            " JOIN claims c ON c.id = q.claim_id WHERE c.document_id IN (SELECT value FROM json_each(?))",
            (_json(sorted(documents)),))}

    def documents_measuring(self, measures: Iterable[str]) -> set[str]:
        """The documents with a figure of one of these measures."""
        return {r[0] for r in self._conn.execute(
            "SELECT DISTINCT c.document_id FROM measures m JOIN quantities q ON q.id = m.quantity_id"
            " JOIN claims c ON c.id = q.claim_id WHERE m.measure_key IN (SELECT value FROM json_each(?))",
            (_json(sorted(measures)),))}

    def anonymous_figures(self, ids: Iterable[str]) -> set[str]:
        """Those of these figures (``"q<rowid>"``) whose claim's source is anonymous."""
        return {f"q{r[0]}" for r in self._conn.execute(
            "SELECT q.id FROM quantities q JOIN claims c ON c.id = q.claim_id WHERE c.source_anonymous = 1"
            " AND q.id IN (SELECT value FROM json_each(?))", (_json(sorted({_rowid(q, "q") for q in ids})),))}

    def replace_cross_checks_of(self, measures: set[str], links: list[Link], grades: dict[str, tuple[int, list[str]]],
                                checks: list[Check]) -> None:
        """Replace the links and cross-document checks of these measures with these and set the
        grades given (the others are kept), in one transaction."""
        keys = _json(sorted(measures))
        with self._write() as conn:
            conn.execute("DELETE FROM links WHERE measure IN (SELECT value FROM json_each(?))", (keys,))
            self._insert_links(links)
            conn.execute("DELETE FROM checks WHERE document_id IS NULL"
                         " AND measure IN (SELECT value FROM json_each(?))", (keys,))
            self._insert_checks(checks, None)
            self.set_grades(grades)

    def replace_consensus_of(self, measures: set[str], items: list[Consensus]) -> None:
        """Replace the stored consensus of these measures with these."""
        with self._write() as conn:
            conn.execute("DELETE FROM consensus WHERE measure IN (SELECT value FROM json_each(?))",
                         (_json(sorted(measures)),))
            self._insert_consensus(items)

    def clear_stale(self) -> None:
        """Forget what was stale: a re-link has looked at it."""
        with self._write() as conn:
            conn.execute("DELETE FROM stale_measures")
            conn.execute("DELETE FROM stale_documents")

    def set_measures(self, measures: dict[str, Measure]) -> None:
        """Set (insert or overwrite) what the given quantities (``"q<rowid>"``) measure."""
        with self._write() as conn:
            rows = [(_rowid(qid, "q"), m.key, m.label, m.event, m.unit, m.per, m.actor, int(m.increment), int(m.aside),
                     m.key) for qid, m in measures.items()]
            self._require("quantities", [r[0] for r in rows], "q")
            ids = _json([r[0] for r in rows])
            self._mark_stale_where("SELECT measure_key FROM measures WHERE quantity_id IN (SELECT value FROM json_each(?))",
                                   (ids,))  # the measures these figures leave
            conn.executemany(
                "INSERT INTO measures (quantity_id, measure_key, label, event, unit, per, actor, increment, aside,"
                " computed_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                " ON CONFLICT (quantity_id) DO UPDATE SET measure_key = excluded.measure_key,"
                " label = excluded.label, event = excluded.event, unit = excluded.unit, per = excluded.per,"
                " actor = excluded.actor, increment = excluded.increment, aside = excluded.aside,"
                " computed_key = excluded.computed_key",
                rows,
            )
            self._apply_measure_choices([r[0] for r in rows])
            # The measures they join gain figures of documents the re-link looks at again.
            self._mark_stale_where("SELECT measure_key FROM measures WHERE quantity_id IN (SELECT value FROM json_each(?))",
                                   (ids,), partial=True)
            self._conn.execute("INSERT OR IGNORE INTO stale_documents (document_id) SELECT DISTINCT c.document_id"
                               " FROM quantities q JOIN claims c ON c.id = q.claim_id"
                               " WHERE q.id IN (SELECT value FROM json_each(?))", (ids,))

    def _apply_measure_choices(self, quantity_ids: Optional[list[int]] = None) -> None:
        """Give the figures (all, or these) the measure key in force once the analyst's merges
        and splits apply to the key recoupe computed for them."""
        from recoupe.review import measure_choices

        reviews = self.measure_reviews()
        if not reviews and quantity_ids is not None:
            return  # nothing to apply: the computed keys are in force
        choices = measure_choices(reviews)
        sql = ("SELECT m.quantity_id, COALESCE(m.computed_key, m.measure_key), m.measure_key, c.document_id,"
               " q.start, q.end FROM measures m JOIN quantities q ON q.id = m.quantity_id"
               " JOIN claims c ON c.id = q.claim_id")
        found = []
        for chunk in ([quantity_ids[i:i + 500] for i in range(0, len(quantity_ids), 500)]
                      if quantity_ids is not None else [None]):
            where = f" WHERE m.quantity_id IN ({','.join('?' * len(chunk))})" if chunk is not None else ""
            found.extend(self._conn.execute(sql + where, chunk or ()).fetchall())
        changed = []
        moved: set[str] = set()  # the measures figures leave and join: both are linked again
        for qid, computed, current, doc, start, end in found:
            key = choices.key(computed, (doc, start, end))
            if key != current:
                changed.append((key, Measure.from_key(key).label, qid))
                moved.update((key, current))
        if changed:
            self._conn.executemany("UPDATE measures SET measure_key = ?, label = ? WHERE quantity_id = ?", changed)
            self._mark_stale(measures=moved)

    def add_measure_review(self, review: "MeasureReview") -> int:
        """Store an analyst's merge, split or clear (append-only), apply it to every figure,
        and return its row id. Raises ``LedgerError`` for an unknown document or a span outside
        its text, ``recoupe.review.ReviewError`` for a choice that says nothing."""
        from recoupe.review import now

        review.validate()
        if review.document is not None:
            self._check_span(review.document, review.start or 0, review.end or 0)
        created = review.created_at or now()
        try:
            with self._write() as conn:
                (rowid,) = conn.execute(
                    "INSERT INTO measure_reviews (action, measure, into_measure, document_id, start, end, note,"
                    " created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
                    (review.action, review.measure, review.into, review.document, review.start, review.end,
                     review.note or "", created),
                ).fetchone()
                self._apply_measure_choices()
        except sqlite3.IntegrityError as exc:
            raise LedgerError(f"cannot store measure choice: {exc}") from exc
        review.id, review.created_at = rowid, created
        return int(rowid)

    def _check_span(self, document: str, start: int, end: int) -> None:
        """LedgerError unless ``document`` is stored and ``start:end`` lies within its text."""
        row = self._conn.execute("SELECT length(text) FROM documents WHERE id = ?", (document,)).fetchone()
        if row is None:
            raise LedgerError(f"unknown document {document!r}")
        if end > int(row[0]):
            raise LedgerError(f"span {start}:{end} is outside the document")

    def measure_reviews(self) -> list["MeasureReview"]:
        """Every merge, split and clear, oldest first."""
        from recoupe.review import MeasureReview

        return [MeasureReview(action=r[1], measure=r[2], into=r[3], document=r[4], start=r[5], end=r[6], note=r[7],
                              created_at=r[8], id=r[0])
                for r in self._conn.execute(
                    "SELECT id, action, measure, into_measure, document_id, start, end, note, created_at"
                    " FROM measure_reviews ORDER BY created_at, id")]

    def replace_measures(self, document_id: str, measures: dict[str, Measure]) -> None:
        """Replace what the figures of one document measure with these."""
        with self._write() as conn:
            self._mark_document_measures(document_id)
            conn.execute(
                "DELETE FROM measures WHERE quantity_id IN (SELECT q.id FROM quantities q"
                " JOIN claims c ON c.id = q.claim_id WHERE c.document_id = ?)", (document_id,))
            self.set_measures(measures)

    def measure_records(self, documents: Optional[Iterable[str]] = None) -> dict[str, Measure]:
        """What each measured quantity (``"q<rowid>"``, of ``documents`` when given) measures, in parts."""
        out: dict[str, Measure] = {}
        where, params = ("WHERE quantity_id IN (SELECT q.id FROM quantities q JOIN claims c ON c.id = q.claim_id"
                         " WHERE c.document_id IN (SELECT value FROM json_each(?)))", (_json(sorted(documents)),)) \
            if documents is not None else ("", ())
        # The key holds every part that tells measures apart, the analyst's merges and splits
        # applied; whether a figure is an increment or an aside is the figure's own.
        for qid, key, increment, aside in self._conn.execute(
                f"SELECT quantity_id, measure_key, increment, aside FROM measures {where} ORDER BY quantity_id",
                params):
            out[f"q{qid}"] = Measure.from_key(key, increment=bool(increment), aside=bool(aside))
        return out

    def measures(self) -> dict[str, tuple[str, str]]:
        """Measure key and label by quantity id (``"q<rowid>"``)."""
        return {
            f"q{quantity_id}": (key, label)
            for quantity_id, key, label in self._conn.execute(
                "SELECT quantity_id, measure_key, label FROM measures ORDER BY quantity_id"
            )
        }

    def _require(self, table: str, ids: list[int], prefix: str) -> None:
        """Raise LedgerError naming the first id that is not a row of ``table``."""
        # ``table`` is "claims" or "quantities", chosen by our code, never user input.
        noun = {"claims": "claim", "quantities": "quantity"}[table]
        wanted = list(dict.fromkeys(ids))
        # One query for them all, through the key: what the ids cost, not what the table holds.
        known = {r[0] for r in self._conn.execute(
            f"SELECT id FROM {table} WHERE id IN (SELECT value FROM json_each(?))", (_json(wanted),))}
        missing = next((rowid for rowid in wanted if rowid not in known), None)
        if missing is not None:
            raise LedgerError(f"unknown {noun} {prefix}{missing}")

    # -- search and stats -------------------------------------------------------------

    def search(self, query: str, limit: int = 50) -> list[int]:
        """Claim row ids whose text matches ``query`` (FTS5 syntax), best match first.

        Accents are ignored ("blesses" finds "blessés"). A query that is not valid FTS5
        syntax (an unbalanced quote, a stray ``-`` or ``:``, "l'armée") is searched as a
        plain phrase instead of raising.
        """
        if not query.strip():
            return []
        sql = "SELECT rowid FROM claims_fts WHERE claims_fts MATCH ? ORDER BY rank LIMIT ?"
        try:
            rows = self._conn.execute(sql, (query, limit)).fetchall()
        except sqlite3.OperationalError:
            phrase = '"' + query.replace('"', '""') + '"'
            try:
                rows = self._conn.execute(sql, (phrase, limit)).fetchall()
            except sqlite3.OperationalError:
                return []
        return [int(r[0]) for r in rows]

    def counts(self) -> dict[str, int]:
        """Row counts of the main tables, e.g. ``{"documents": 3, "claims": 41, ...}``."""
        return {table: self.count(table) for table in _COUNTED}

    def count(self, table: str) -> int:
        """Rows of one of the main tables (those ``counts()`` reports)."""
        if table not in _COUNTED:
            raise ValueError(f"not a counted table: {table!r}")
        # The name is one of the fixed tuple _COUNTED; no user value is interpolated.
        return int(self._conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])

    def unit_coverage(self, top: int = 10) -> dict[str, object]:
        """How many figures have a unit written (a counted noun, a currency, a symbol:
        ``unit_text``), how many of those units the lexicons do not know (a noun kept as its
        lemma, ``unit_mapped`` 0), and the most frequent of them:
        ``{"figures", "counted", "unmapped", "share", "top": [(lemma, n), …]}``."""
        figures, counted, unmapped = self._conn.execute(
            "SELECT count(*), count(unit_text), coalesce(sum(unit_text IS NOT NULL AND NOT unit_mapped), 0)"
            " FROM quantities").fetchone()
        rows = self._conn.execute(
            "SELECT unit, count(*) FROM quantities WHERE unit_text IS NOT NULL AND NOT unit_mapped"
            " GROUP BY unit ORDER BY count(*) DESC, unit LIMIT ?", (top,)).fetchall()
        return {"figures": int(figures), "counted": int(counted), "unmapped": int(unmapped),
                "share": (unmapped / counted) if counted else 0.0, "top": [(r[0], int(r[1])) for r in rows]}

    # -- human reviews (see recoupe.review) --------------------------------------------

    def add_review(self, review: "Review") -> int:
        """Store one review (append-only) and return its row id.

        The review names its fact by document id and span, never by row id, so it applies
        again after the document is re-analysed. Sets ``review.id`` and, when missing,
        ``review.created_at``. Raises ``LedgerError`` for an unknown document or a span
        outside its text, ``recoupe.review.ReviewError`` for a review that says nothing.
        """
        from recoupe.review import now

        review.validate()
        self._check_span(review.document, review.start, review.end)
        created = review.created_at or now()
        try:
            with self._write() as conn:
                (rowid,) = conn.execute(
                    "INSERT INTO reviews (document_id, target, start, end, action, low, high, qualifier,"
                    " unit, per, source, note, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                    " RETURNING id",
                    (review.document, review.target, review.start, review.end, review.action, review.low,
                     review.high, review.qualifier, review.unit, review.per, review.source, review.note or "",
                     created),
                ).fetchone()
                # A reviewed figure may change its value, its time or its measure: every
                # figure of the measures it stands in is linked again.
                self._mark_stale(documents=[review.document])
                self._mark_document_measures(review.document)
        except sqlite3.IntegrityError as exc:
            raise LedgerError(f"cannot store review: {exc}") from exc
        review.id, review.created_at = int(rowid), created
        return int(rowid)

    def reviews(self, document_id: Optional[str] = None, documents: Optional[Iterable[str]] = None) -> list["Review"]:
        """Every review (of one document, or of ``documents``, when given), oldest first."""
        from recoupe.review import Review

        where, params = ("WHERE document_id = ?", (document_id,)) if document_id is not None else \
            ("WHERE document_id IN (SELECT value FROM json_each(?))", (_json(sorted(documents)),)) \
            if documents is not None else ("", ())
        return [
            Review(document=r[1], target=r[2], start=r[3], end=r[4], action=r[5], low=r[6], high=r[7],
                   qualifier=r[8], unit=r[9], per=r[10], source=r[11], note=r[12], created_at=r[13], id=r[0])
            for r in self._conn.execute(
                "SELECT id, document_id, target, start, end, action, low, high, qualifier, unit, per, source,"
                " note, created_at FROM reviews " + where + " ORDER BY created_at, id",
                params,
            )
        ]

    # -- paged reading: what a page or the report shows, a page at a time ------------------
    #
    # The web pages and the HTML report read the ledger through these (``recoupe.web.views``
    # builds on them): each answers one page's worth of rows with LIMIT and a keyset or an
    # offset, and counts with SQL, so a page costs what it shows, not what the ledger holds.

    def claim_ids(self, where: ClaimWhere, *, limit: Optional[int], offset: int = 0, after: Optional[int] = None) -> list[int]:
        """Row ids of the claims ``where`` selects, a page of at most ``limit``: in the order
        they were stored, after the claim ``after`` (keyset) or from ``offset``; best match
        first when it searches text."""
        sql, params = self._claims_where(where)
        if where.text:
            order = " ORDER BY s.rank, c.id"
        else:
            order = " ORDER BY c.id"
            if after is not None:
                sql += " AND c.id > ?"
                params = (*params, after)
        rows = self._conn.execute(f"SELECT c.id {sql}{order} LIMIT ? OFFSET ?",
                                  (*params, _limit(limit), max(0, offset))).fetchall()
        return [int(r[0]) for r in rows]

    def claim_total(self, where: ClaimWhere) -> int:
        """How many claims ``where`` selects."""
        sql, params = self._claims_where(where)
        return int(self._conn.execute(f"SELECT count(*) {sql}", params).fetchone()[0])

    def _claims_where(self, w: ClaimWhere) -> tuple[str, tuple[Any, ...]]:
        """``FROM … WHERE …`` of the claims ``w`` selects, with its parameters.

        The stored values are filtered here; claims a reviewer changed are decided by the
        caller, who passes their ids in ``w.overridden`` (left out of the stored filter) and
        the ones that match in ``w.included``."""
        joins, conds, params = ["FROM claims c"], [], []  # type: list[str], list[str], list[Any]
        if w.text:
            joins.append("JOIN (SELECT rowid, rank FROM claims_fts WHERE claims_fts MATCH ?) s ON s.rowid = c.id")
            query = self._fts_query(w.text)
            params.append(query or '""')
            if query is None:
                conds.append("0")
        if w.document:
            conds.append("c.document_id = ?")
            params.append(w.document)
        if w.source:
            conds.append(f"(c.source_name = ? OR c.id IN ({_GROUP_CLAIMS.format(table='claim_sources')}))")
            params += [w.source, w.source]
        if w.unattributed:
            conds.append("c.source_name IS NULL")
        for table, key in (("claim_entities", w.names), ("claim_sources", w.attributed_to)):
            if key:
                conds.append(f"c.id IN ({_GROUP_CLAIMS.format(table=table)})")
                params.append(key)
        if w.entity:
            conds.append(f"c.id IN ({_GROUP_CLAIMS.format(table='claim_entities')}"
                         f" UNION {_GROUP_CLAIMS.format(table='claim_sources')})")
            params += [w.entity, w.entity]
        if w.unit:
            conds.append("EXISTS (SELECT 1 FROM quantities q WHERE q.claim_id = c.id AND q.unit = ?)")
            params.append(w.unit)
        if w.hedged is not None:
            conds.append("c.hedged = ?")
            params.append(int(w.hedged))
        if w.grade is not None:
            conds.append("c.id IN (SELECT claim_id FROM grades WHERE grade = ?)")
            params.append(w.grade)
        if w.figures is not None:
            conds.append(("" if w.figures else "NOT ") + "EXISTS (SELECT 1 FROM quantities q WHERE q.claim_id = c.id)")
        if w.date_from or w.date_to:
            # The day a claim speaks of: its document's date, else the end of its own window.
            as_of = ("coalesce((SELECT d.published FROM documents d WHERE d.id = c.document_id),"
                     " (SELECT t.date_to FROM times t WHERE t.claim_id = c.id AND t.role IN ('event', 'paragraph', 'statement')"
                     " ORDER BY CASE t.role WHEN 'event' THEN 0 WHEN 'paragraph' THEN 1 ELSE 2 END, t.id LIMIT 1))")
            if w.date_from:
                conds.append(f"substr({as_of}, 1, 10) >= ?")
                params.append(w.date_from)
            if w.date_to:
                conds.append(f"substr({as_of}, 1, 10) <= ?")
                params.append(w.date_to)
        stored = " AND ".join(conds) or "1"
        if w.overridden:
            stored = f"({stored}) AND c.id NOT IN (SELECT value FROM json_each(?))"
            params.append(_json(sorted(w.overridden)))
        if w.included:
            stored = f"({stored}) OR c.id IN (SELECT value FROM json_each(?))"
            params.append(_json(sorted(w.included)))
            if w.text:  # a reviewed claim must still match the text searched
                stored = f"({stored})"
        return " ".join(joins) + f" WHERE ({stored})", tuple(params)

    def _fts_query(self, query: str) -> Optional[str]:
        """``query`` as FTS5 will take it: itself when valid, else the same words as a
        phrase (as ``search`` does), else None (nothing matches)."""
        for candidate in (query, '"' + query.replace('"', '""') + '"'):
            try:
                self._conn.execute("SELECT 1 FROM claims_fts WHERE claims_fts MATCH ? LIMIT 1", (candidate,)).fetchall()
                return candidate
            except sqlite3.OperationalError:
                continue
        return None

    def claim_of_quantity(self, quantity_id: str) -> Optional[str]:
        """The id (``"c<rowid>"``) of the claim holding figure ``quantity_id``, or None."""
        try:
            rowid = _rowid(quantity_id, "q")
        except ValueError:
            return None
        row = self._conn.execute("SELECT claim_id FROM quantities WHERE id = ?", (rowid,)).fetchone()
        return f"c{row[0]}" if row else None

    def claims_at(self, spans: Iterable[tuple[str, str, int, int]]) -> set[int]:
        """Row ids of the claims holding these facts, each ``(document, target, start, end)``
        as a review names it: a claim (or its source) by the claim's span, a figure, a time."""
        spans = list(spans)
        if not spans:
            return set()
        data = _json([list(s) for s in spans])
        rows = self._conn.execute(
            "WITH s (doc, target, start, end) AS (SELECT json_extract(value, '$[0]'), json_extract(value, '$[1]'),"
            " json_extract(value, '$[2]'), json_extract(value, '$[3]') FROM json_each(?))"
            " SELECT c.id FROM s JOIN claims c ON c.document_id = s.doc AND c.start = s.start AND c.end = s.end"
            " WHERE s.target IN ('claim', 'source')"
            " UNION SELECT q.claim_id FROM s JOIN quantities q ON q.document_id = s.doc AND q.start = s.start"
            " AND q.end = s.end WHERE s.target = 'quantity'"
            " UNION SELECT t.claim_id FROM s JOIN times t ON t.document_id = s.doc AND t.start = s.start"
            " AND t.end = s.end WHERE s.target = 'time'", (data,)).fetchall()
        return {int(r[0]) for r in rows}

    def claim_choices(self, top: int = 300) -> dict[str, list[tuple[str, str, int]]]:
        """What the claim filters offer, as stored, each ``(value, label, claims)``: the
        ``top`` source names most cited, the first ``top`` entities by name (their claims
        not counted: 0) and every unit (its figures), each read from an index."""
        sources = [(r[0], r[0], int(r[1])) for r in self._conn.execute(
            "SELECT source_name, count(*) FROM claims WHERE source_name IS NOT NULL GROUP BY source_name"
            " ORDER BY count(*) DESC, source_name LIMIT ?", (_limit(top),))]
        entities = [(r[0], r[1], 0) for r in self._conn.execute(
            "SELECT key, name FROM entities WHERE same_as IS NULL ORDER BY casefold(name), id LIMIT ?", (_limit(top),))]
        units = [(r[0], r[0], int(r[1])) for r in self._conn.execute(
            "SELECT unit, count(*) FROM quantities WHERE unit IS NOT NULL AND unit != ''"
            " GROUP BY unit ORDER BY unit LIMIT ?", (_limit(top),))]
        return {"source": sources, "entity": entities, "unit": units}

    def document_page(self, *, limit: Optional[int], offset: int = 0) -> list[Document]:
        """Documents, the latest published first (undated last, then the latest added)."""
        # The order is read from the date index alone; only the page's rows are read whole.
        rows = self._conn.execute(
            "SELECT id, path, text, lang, title, outlet, url, published, published_how, copy_of, published_precision"
            " FROM documents d JOIN (SELECT rowid AS r, published IS NULL AS undated, published AS p"
            " FROM documents INDEXED BY documents_published"
            " ORDER BY undated, p DESC, rowid DESC LIMIT ? OFFSET ?) o ON d.rowid = o.r"
            " ORDER BY o.undated, o.p DESC, o.r DESC", (_limit(limit), max(0, offset))).fetchall()
        return [_document(row) for row in rows]

    def document_stats(self, ids: Iterable[str]) -> dict[str, tuple[int, int]]:
        """Claims and figures of each of these documents."""
        data = _json(sorted(set(ids)))
        out = {r[0]: (int(r[1]), 0) for r in self._conn.execute(
            "SELECT document_id, count(*) FROM claims WHERE document_id IN (SELECT value FROM json_each(?))"
            " GROUP BY document_id", (data,))}
        for doc, n in self._conn.execute(
                "SELECT document_id, count(*) FROM quantities WHERE document_id IN (SELECT value FROM json_each(?))"
                " GROUP BY document_id", (data,)):
            out[doc] = (out.get(doc, (0, 0))[0], int(n))
        return out

    def measure_page(self, *, limit: Optional[int], offset: int = 0) -> list[tuple[str, str, int]]:
        """Measures, the most figures first: ``(key, label, figures)``."""
        return [(r[0], r[1], int(r[2])) for r in self._conn.execute(
            "SELECT measure_key, min(label), count(*) FROM measures GROUP BY measure_key"
            " ORDER BY count(*) DESC, min(label), measure_key LIMIT ? OFFSET ?", (_limit(limit), max(0, offset)))]

    def measure_total(self) -> int:
        return int(self._conn.execute("SELECT count(DISTINCT measure_key) FROM measures").fetchone()[0])

    def measure_keys(self, *, limit: Optional[int]) -> list[str]:
        """Measure keys in order, at most ``limit`` (a choice list)."""
        return [r[0] for r in self._conn.execute(
            "SELECT DISTINCT measure_key FROM measures ORDER BY measure_key LIMIT ?", (_limit(limit),))]

    def measure_size(self, key: str) -> int:
        """How many figures the measure counts."""
        return int(self._conn.execute("SELECT count(*) FROM measures WHERE measure_key = ?", (key,)).fetchone()[0])

    def measure_figures(self, key: str, limit: Optional[int] = None) -> list[str]:
        """The figures (``"q<rowid>"``) a measure counts, the latest stored first."""
        return [f"q{r[0]}" for r in self._conn.execute(
            "SELECT quantity_id FROM measures WHERE measure_key = ? ORDER BY quantity_id DESC LIMIT ?",
            (key, -1 if limit is None else _limit(limit)))]

    def measures_of(self, figures: Iterable[str]) -> dict[str, tuple[str, str]]:
        """Measure key and label of these figures (``"q<rowid>"``)."""
        data = _json(sorted({_rowid(q, "q") for q in figures}))
        return {f"q{r[0]}": (r[1], r[2]) for r in self._conn.execute(
            "SELECT quantity_id, measure_key, label FROM measures WHERE quantity_id IN (SELECT value FROM json_each(?))",
            (data,))}

    def claims_of_figures(self, figures: Iterable[str]) -> list[int]:
        """Row ids of the claims holding these figures."""
        data = _json(sorted({_rowid(q, "q") for q in figures}))
        return [int(r[0]) for r in self._conn.execute(
            "SELECT DISTINCT claim_id FROM quantities WHERE id IN (SELECT value FROM json_each(?))", (data,))]

    def link_page(self, *, measure: Optional[str] = None, relation: Optional[str] = None,
                  limit: Optional[int], offset: int = 0) -> list[Link]:
        """Links (of one measure, of one relation), conflicts first, then in the order stored."""
        where, params = _link_where(measure, relation)
        return [
            Link(a=f"q{a}", b=f"q{b}", relation=rel, independent=None if ind is None else bool(ind),
                 explanation=expl, measure=m, copy=bool(copy))
            for a, b, rel, ind, expl, m, copy in self._conn.execute(
                "SELECT a_quantity_id, b_quantity_id, relation, independent, explanation, measure, copy"
                f" FROM links {where} ORDER BY relation != 'conflicts', measure, id LIMIT ? OFFSET ?",
                (*params, _limit(limit), max(0, offset)))
        ]

    def link_total(self, *, measure: Optional[str] = None, relation: Optional[str] = None) -> int:
        where, params = _link_where(measure, relation)
        return int(self._conn.execute(f"SELECT count(*) FROM links {where}", params).fetchone()[0])

    def link_counts(self, measures: Iterable[str]) -> dict[str, int]:
        """Links of each of these measures."""
        return {r[0]: int(r[1]) for r in self._conn.execute(
            "SELECT measure, count(*) FROM links WHERE measure IN (SELECT value FROM json_each(?)) GROUP BY measure",
            (_json(sorted(set(measures))),))}

    def checks_of(self, figures: Iterable[str]) -> list[Check]:
        """The stored checks that hold one of these figures."""
        data = _json(sorted({_rowid(q, "q") for q in figures}))
        return [
            Check(facts=[f"q{i}" for i in json.loads(facts)], verdict=verdict, explanation=explanation, kind=kind)
            for facts, verdict, explanation, kind in self._conn.execute(
                "SELECT facts, verdict, explanation, kind FROM checks WHERE EXISTS (SELECT 1 FROM json_each(checks.facts) f"
                " WHERE f.value IN (SELECT value FROM json_each(?)))"
                " ORDER BY document_id IS NULL, document_id, measure, id", (data,))
        ]

    def source_page(self, *, limit: Optional[int], offset: int = 0) -> list[tuple[str, int, int, int]]:
        """Named sources as stored, the most claims first: ``(name, claims, figures, documents)``."""
        rows = self._conn.execute(
            "SELECT source_name, count(*), count(DISTINCT document_id) FROM claims WHERE source_name IS NOT NULL"
            " GROUP BY source_name ORDER BY count(*) DESC, lower(source_name) LIMIT ? OFFSET ?",
            (_limit(limit), max(0, offset))).fetchall()
        figures = dict(self._conn.execute(
            "SELECT c.source_name, count(*) FROM claims c JOIN quantities q ON q.claim_id = c.id"
            " WHERE c.source_name IN (SELECT value FROM json_each(?)) GROUP BY c.source_name",
            (_json([r[0] for r in rows]),)))
        return [(r[0], int(r[1]), int(figures.get(r[0], 0)), int(r[2])) for r in rows]

    def source_total(self) -> int:
        return int(self._conn.execute(
            "SELECT count(DISTINCT source_name) FROM claims WHERE source_name IS NOT NULL").fetchone()[0])

    def entities_by(self, *, keys: Iterable[str] = (), ids: Iterable[int] = ()) -> list[Entity]:
        """The entities (standing for themselves) of these keys or row ids, with their aliases."""
        data = _json(sorted(set(keys))), _json(sorted(set(ids)))
        rows = self._conn.execute(
            "SELECT id, key, name, type, country FROM entities WHERE same_as IS NULL AND"
            " (key IN (SELECT value FROM json_each(?)) OR id IN (SELECT value FROM json_each(?))) ORDER BY id",
            data).fetchall()
        return self._with_aliases(rows)

    def entities_named(self, names: Iterable[str]) -> list[Entity]:
        """The entities (standing for themselves) one of these names may stand for: by
        name or alias, letter case aside."""
        data = _json(sorted({n.strip().casefold() for n in names}))
        rows = self._conn.execute(
            "WITH n (name) AS (SELECT value FROM json_each(?1))"
            " SELECT id, key, name, type, country FROM entities WHERE same_as IS NULL AND id IN ("
            " SELECT coalesce(e.same_as, e.id) FROM entities e WHERE casefold(e.name) IN (SELECT name FROM n)"
            " UNION SELECT coalesce(e.same_as, e.id) FROM aliases a JOIN entities e ON e.id = a.entity_id"
            " WHERE casefold(a.alias) IN (SELECT name FROM n)) ORDER BY id", (data,)).fetchall()
        return self._with_aliases(rows)

    def _with_aliases(self, rows: list[tuple[Any, ...]]) -> list[Entity]:
        ids = _json([r[0] for r in rows])
        aliases: dict[int, list[str]] = {}
        for entity_id, alias in self._conn.execute(
            "SELECT coalesce(e.same_as, e.id), a.alias FROM aliases a JOIN entities e ON e.id = a.entity_id"
            " WHERE coalesce(e.same_as, e.id) IN (SELECT value FROM json_each(?))"
            " ORDER BY e.same_as IS NOT NULL, e.key, a.rowid", (ids,)):
            aliases.setdefault(entity_id, []).append(alias)
        for entity_id, name in self._conn.execute(
            "SELECT same_as, name FROM entities WHERE same_as IN (SELECT value FROM json_each(?)) ORDER BY key", (ids,)):
            aliases.setdefault(entity_id, []).append(name)
        return [Entity(key=key, name=name, type=type_, country=country, id=id_,
                       aliases=[a for a in dict.fromkeys(aliases.get(id_, [])) if a != name])
                for id_, key, name, type_, country in rows]

    def entity_page(self, *, limit: Optional[int], offset: int = 0) -> list[tuple[Entity, int]]:
        """Entities standing for themselves, the most claims first, each with its claims
        (naming it or attributed to it), counted for every group in one pass."""
        rows = self._conn.execute(
            "WITH g (gid, n) AS (SELECT coalesce(own.same_as, own.id), count(DISTINCT u.claim_id) FROM"
            " (SELECT claim_id, entity_id FROM claim_entities UNION ALL SELECT claim_id, entity_id FROM claim_sources) u"
            " JOIN entities own ON own.id = u.entity_id GROUP BY 1)"
            " SELECT e.id, e.key, e.name, e.type, e.country, coalesce(g.n, 0) AS n FROM entities e"
            " LEFT JOIN g ON g.gid = e.id WHERE e.same_as IS NULL ORDER BY n DESC, casefold(e.name), e.id"
            " LIMIT ? OFFSET ?", (_limit(limit), max(0, offset))).fetchall()
        entities = self._with_aliases([r[:5] for r in rows])
        return [(e, int(r[5])) for e, r in zip(entities, rows)]

    def entity_total(self) -> int:
        return int(self._conn.execute("SELECT count(*) FROM entities WHERE same_as IS NULL").fetchone()[0])

    def entity_documents(self, entity_id: int, *, limit: Optional[int]) -> list[tuple[str, int]]:
        """The documents mentioning the entity, most mentions first: ``(document id, mentions)``."""
        return [(r[0], int(r[1])) for r in self._conn.execute(
            "SELECT m.document_id, count(*) FROM mentions m JOIN entities own ON own.id = m.entity_id"
            " WHERE m.entity_id IN (SELECT id FROM entities WHERE id = ?1 OR same_as = ?1) GROUP BY m.document_id ORDER BY count(*) DESC, m.document_id"
            " LIMIT ?", (entity_id, _limit(limit)))]

    # -- ingest metadata and near-duplicates ------------------------------------------

    def require_writable(self) -> None:
        """Raise ``LedgerError`` (one line) unless this ledger can be written.

        Called before a long analysis, so a read-only ledger file, folder or file system is
        reported at once rather than after the NLP work, once per document.
        """
        try:
            with self._write() as conn:
                # A real write, rolled back: BEGIN IMMEDIATE alone succeeds on some
                # read-only files.
                conn.execute("INSERT INTO _migrations (name, applied_at) VALUES ('~write-probe', '')")
                raise _Probe()
        except _Probe:
            return
        except sqlite3.OperationalError as exc:
            raise LedgerError(f"cannot write to ledger {self.path}: {_why_readonly(exc)}") from exc
        except LedgerError as exc:
            cause = exc.__cause__ if isinstance(exc.__cause__, sqlite3.Error) else exc
            raise LedgerError(f"cannot write to ledger {self.path}: {_why_readonly(cause)}") from exc

    def set_document_info(
        self, doc_id: str, *, author: Optional[str] = None, pages: Optional[list[int]] = None
    ) -> bool:
        """Fill the author and PDF page offsets of a stored document where they are missing.

        Idempotent (values already stored are kept); writes only when something is missing.
        Returns True when a row changed.
        """
        row = self._conn.execute("SELECT author, pages FROM documents WHERE id = ?", (doc_id,)).fetchone()
        if row is None:
            return False
        if not ((row[0] is None and author) or (row[1] is None and pages is not None)):
            return False
        with self._write() as conn:
            cur = conn.execute(
                "UPDATE documents SET author = coalesce(author, ?), pages = coalesce(pages, ?) WHERE id = ?",
                (author or None, None if pages is None else _json([int(p) for p in pages]), doc_id),
            )
            return cur.rowcount > 0

    def document_info(self, doc_id: str) -> Optional[dict[str, Any]]:
        """``{"author", "pages", "copy_of"}`` of a stored document, or None."""
        row = self._conn.execute(
            "SELECT author, pages, copy_of FROM documents WHERE id = ?", (doc_id,)
        ).fetchone()
        if row is None:
            return None
        return {"author": row[0], "pages": json.loads(row[1]) if row[1] else None, "copy_of": row[2]}

    def copy_of(self, doc_id: str) -> Optional[str]:
        """The id of the document ``doc_id`` is a near-duplicate of, or None."""
        row = self._conn.execute("SELECT copy_of FROM documents WHERE id = ?", (doc_id,)).fetchone()
        return row[0] if row else None

    def copies(self) -> dict[str, str]:
        """``{copy id: original id}`` for every document flagged as a near-duplicate."""
        return dict(self._conn.execute(
            "SELECT id, copy_of FROM documents WHERE copy_of IS NOT NULL ORDER BY rowid"
        ).fetchall())

    def set_copy_of(self, doc_id: str, original: Optional[str]) -> None:
        """Flag ``doc_id`` as a copy of ``original`` (None clears the flag)."""
        if original == doc_id:
            raise LedgerError(f"document {doc_id} cannot be a copy of itself")
        with self._write() as conn:
            for needed in (doc_id, original):
                if needed is not None and not self.has_document(needed):
                    raise LedgerError(f"unknown document {needed}")
            conn.execute("UPDATE documents SET copy_of = ? WHERE id = ?", (original, doc_id))
            self._mark_stale(documents=[doc_id])

    def documents_without_fingerprint(self) -> list[str]:
        """Ids of the documents not yet looked at for near-duplicates, in the order stored."""
        return [r[0] for r in self._conn.execute(
            "SELECT d.id FROM documents d WHERE NOT EXISTS"
            " (SELECT 1 FROM document_fingerprints f WHERE f.document_id = d.id) ORDER BY d.rowid"
        )]

    def record_fingerprint(
        self,
        doc_id: str,
        shingle_count: int,
        bands: list[int],
        similarity: Callable[[Optional[str], Optional[bytes]], float],
        threshold: float,
        min_bands: int = 1,
        shingle_set: Optional[bytes] = None,
    ) -> list[tuple[str, Optional[str]]]:
        """Store a document's MinHash bands and flag near-duplicates, in one transaction.

        Documents sharing ``min_bands`` bands or more with ``doc_id`` are candidates;
        ``similarity(text, shingles)`` gives the similarity of each candidate to it, from the
        shingles stored with its fingerprint (``shingle_set``, as the caller wrote them), or
        from its text when it has none (a fingerprint stored before they were). Those at ``threshold`` or above, the
        document and every copy already flagged of them form one story: its earliest
        member (published first, a dated one before an undated one, then the smallest id:
        never the order stored) is the original and all others are flagged as copies of it. Returns the
        ``(document id, new copy_of)`` changes. A document already fingerprinted is left
        alone, so running this twice, or in two processes at once, is harmless.
        """
        with self._write() as conn:
            if conn.execute("SELECT 1 FROM document_fingerprints WHERE document_id = ?", (doc_id,)).fetchone():
                return []
            if not self.has_document(doc_id):
                return []
            shared: dict[str, int] = {}
            for band, value in enumerate(bands):
                for (other,) in conn.execute(
                        "SELECT document_id FROM document_bands WHERE band = ? AND hash = ?", (band, int(value))):
                    shared[other] = shared.get(other, 0) + 1
            shared.pop(doc_id, None)
            candidates = {other for other, n in shared.items() if n >= min_bands}
            matches = []
            for other in sorted(candidates):
                kept = conn.execute("SELECT shingle_set FROM document_fingerprints WHERE document_id = ?",
                                    (other,)).fetchone()
                if kept is not None and kept[0] is not None:
                    found = similarity(None, kept[0])
                else:
                    row = conn.execute("SELECT text FROM documents WHERE id = ?", (other,)).fetchone()
                    found = similarity(row[0], None) if row is not None else 0.0
                if found >= threshold:
                    matches.append(other)
            conn.execute(
                "INSERT INTO document_fingerprints (document_id, shingles, shingle_set) VALUES (?, ?, ?)",
                (doc_id, int(shingle_count), shingle_set))
            conn.executemany(
                "INSERT INTO document_bands (document_id, band, hash) VALUES (?, ?, ?)",
                [(doc_id, band, int(value)) for band, value in enumerate(bands)],
            )
            if not matches:
                return []
            marks = ",".join("?" * len(matches))
            roots = {r[0] for r in conn.execute(
                f"SELECT coalesce(copy_of, id) FROM documents WHERE id IN ({marks})", matches
            )}
            roots.add(doc_id)
            marks = ",".join("?" * len(roots))
            group = conn.execute(
                f"SELECT id, copy_of, published, rowid FROM documents WHERE id IN ({marks}) OR copy_of IN ({marks})",
                [*roots, *roots],
            ).fetchall()
            original = min(group, key=lambda r: (r[2] is None, r[2] or "", r[0]))[0]
            changes: list[tuple[str, Optional[str]]] = []
            for member, current, _, _ in group:
                wanted = None if member == original else original
                if current != wanted:
                    conn.execute("UPDATE documents SET copy_of = ? WHERE id = ?", (wanted, member))
                    changes.append((member, wanted))
            # Pairs of figures change where groups of copies merge: the members of every group
            # but the largest now copy the others' (within one group, a new original changes no
            # pair: every member still copies every other). The new document is stale already.
            before: dict[str, list[str]] = {}
            for member, current, _, _ in group:
                before.setdefault(current or member, []).append(member)
            largest = max(sorted(before), key=lambda root: len(before[root]))
            self._mark_stale(documents=[m for root, members in before.items() if root != largest for m in members])
            return changes


# -- helpers ------------------------------------------------------------------------------


def _check_is_sqlite(path: Path) -> None:
    """Refuse early, with a readable message, anything that is not an SQLite file."""
    if path.is_dir():
        raise LedgerError(f"{path} is a directory, not a ledger file")
    if not path.exists():
        return
    try:
        with path.open("rb") as fh:
            header = fh.read(len(_SQLITE_HEADER))
    except OSError as exc:
        raise LedgerError(f"cannot read ledger {path}: {exc.strerror or exc}") from exc
    # An empty file is a fresh database to SQLite; anything else must carry the header.
    if header and header != _SQLITE_HEADER:
        raise LedgerError(f"{path} is not a recoupe ledger (not an SQLite database)")


def _iso_date(value: Optional[date]) -> Optional[str]:
    if value is None:
        return None
    if isinstance(value, datetime):
        value = value.date()
    return value.isoformat()


def _link_row(link: Link) -> tuple[Any, ...]:
    """A link as the links table stores it (its columns after the id)."""
    return (_rowid(link.a, "q"), _rowid(link.b, "q"), link.relation,
            None if link.independent is None else int(link.independent), link.explanation, link.measure,
            int(link.copy))


def _link_of(row: tuple[Any, ...]) -> Link:
    """A link from its stored columns after the id (``_link_row``'s inverse)."""
    a, b, relation, independent, explanation, measure, copy = row
    return Link(a=f"q{a}", b=f"q{b}", relation=relation, independent=None if independent is None else bool(independent),
                explanation=explanation, measure=measure, copy=bool(copy))


def _ids_json(ids: Iterable[str]) -> str:
    """Figure ids (``"q<rowid>"``) as the JSON list of their row ids, for ``json_each``."""
    return _json(sorted({_rowid(q, "q") for q in ids}))


def _document(row: tuple[Any, ...]) -> Document:
    return Document(
        id=row[0],
        path=row[1],
        text=row[2],
        lang=row[3],
        title=row[4],
        outlet=row[5],
        url=row[6],
        published=date.fromisoformat(row[7]) if row[7] else None,
        published_how=row[8],
        copy_of=row[9] if len(row) > 9 else None,
        published_precision=(row[10] if len(row) > 10 and row[10] else "day"),
    )


# The claims a claim-to-entity table (claim_entities, claim_sources) ties to the entity of one
# key, or to an entity that stands with it (same_as); a key that stands with another ties none.
_GROUP_CLAIMS = ("SELECT x.claim_id FROM {table} x WHERE x.entity_id IN (SELECT o.id FROM entities g"
                 " JOIN entities o ON o.id = g.id OR o.same_as = g.id WHERE g.key = ? AND g.same_as IS NULL)")


def _link_where(measure: Optional[str], relation: Optional[str]) -> tuple[str, tuple[Any, ...]]:
    """The WHERE clause of the links of one measure and of one relation (either may be None)."""
    conds = [f"{column} = ?" for column, value in (("measure", measure), ("relation", relation)) if value is not None]
    params = tuple(value for value in (measure, relation) if value is not None)
    return ("WHERE " + " AND ".join(conds)) if conds else "", params


def _limit(limit: Optional[int]) -> int:
    """A page size as SQLite's LIMIT takes it: None or a negative size is no limit (-1)."""
    return -1 if limit is None or limit < 0 else limit


def _json(value: Any) -> str:
    # ensure_ascii=False keeps French cues readable in sqlite3 and Datasette.
    return json.dumps(value, ensure_ascii=False)


def _rowid(tag: str, prefix: str) -> int:
    """``"q12"`` → 12 (with ``prefix`` "q"); anything else raises ValueError."""
    digits = tag[len(prefix):] if isinstance(tag, str) and tag.startswith(prefix) else ""
    if digits.isascii() and digits.isdigit():
        return int(digits)
    raise ValueError(f"expected an id like {prefix}12, got {tag!r}")


class _Probe(Exception):
    """Raised inside a write transaction to roll it back (see ``require_writable``)."""


def _why_readonly(exc: BaseException) -> str:
    text = str(exc)
    if "readonly" in text or "read-only" in text:
        return "it is read-only (file, folder or file system)"
    if "unable to open" in text:
        return "its folder cannot be written"
    return text


#: How many times a writer waits ``BUSY_TIMEOUT_MS`` for the write lock before giving up.
WRITE_ATTEMPTS = 5


def _is_busy(exc: sqlite3.OperationalError) -> bool:
    code = getattr(exc, "sqlite_errorcode", None)
    if code is not None:
        return code & 0xFF in (5, 6)  # SQLITE_BUSY, SQLITE_LOCKED and their extended codes
    text = str(exc)
    return "locked" in text or "busy" in text
