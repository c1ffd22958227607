"""The ledger's schema, as a numbered list of append-only migrations.

Each migration is a function registered with ``@migration`` and named ``mNNN_what`` with
NNN one more than the previous one. ``recoupe.store`` applies the missing ones in order,
inside one write transaction, and records each in the ``_migrations`` table
(``name``, ``applied_at``); ``PRAGMA user_version`` holds how many have been applied.

Rules for whoever adds the next one:

* never edit or reorder a migration that has shipped: ledgers in the wild already ran it.
  Change the schema by appending ``m00N_...`` instead;
* a migration must not depend on live code that can change (e.g. ``model.QUALIFIERS``):
  copy values in as literals, so replaying it later builds the same schema;
* run one statement per ``conn.execute`` (or use ``_script``), never
  ``conn.executescript``: that commits the surrounding transaction and would make a
  failed migration half-applied;
* foreign keys are switched off while migrations run (SQLite's documented procedure for
  rebuilding a table) and checked with ``PRAGMA foreign_key_check`` before commit.

All SQL of recoupe lives here and in ``recoupe.store``.
"""

from __future__ import annotations

import re
import sqlite3
from datetime import datetime, timezone
from typing import Callable

Migration = Callable[[sqlite3.Connection], None]

#: Every known migration, in the order they must be applied.
MIGRATIONS: list[Migration] = []

_NAME = re.compile(r"^m(\d{3})_[a-z0-9_]+$")


def migration(fn: Migration) -> Migration:
    """Register ``fn`` as the next migration; its name must be ``mNNN_...`` in sequence."""
    match = _NAME.match(fn.__name__)
    if not match:
        raise ValueError(f"migration name {fn.__name__!r} must look like m001_initial")
    expected = len(MIGRATIONS) + 1
    if int(match.group(1)) != expected:
        raise ValueError(f"migration {fn.__name__!r} is out of sequence (expected number {expected:03d})")
    MIGRATIONS.append(fn)
    return fn


def known_version() -> int:
    """The schema version this code builds: the number of registered migrations."""
    return len(MIGRATIONS)


def names() -> list[str]:
    """The names of the registered migrations, in order."""
    return [fn.__name__ for fn in MIGRATIONS]


def apply(conn: sqlite3.Connection, current: int) -> list[str]:
    """Apply the migrations after the first ``current`` ones; return their names.

    The caller owns the transaction (``BEGIN IMMEDIATE`` … ``COMMIT``) so a failure in any
    migration leaves the ledger exactly as it was, ``user_version`` included (it is stored
    in the database header, which SQLite rolls back with everything else).
    """
    conn.execute(
        "CREATE TABLE IF NOT EXISTS _migrations ("
        " name TEXT PRIMARY KEY,"
        " applied_at TEXT NOT NULL"
        ")"
    )
    applied: list[str] = []
    for number, fn in enumerate(MIGRATIONS[current:], start=current + 1):
        fn(conn)
        conn.execute(
            "INSERT INTO _migrations (name, applied_at) VALUES (?, ?)",
            (fn.__name__, datetime.now(timezone.utc).isoformat(timespec="seconds")),
        )
        # PRAGMAs take no bound parameters; ``number`` is an int we computed, not input.
        conn.execute(f"PRAGMA user_version = {int(number)}")
        applied.append(fn.__name__)
    return applied


def _script(conn: sqlite3.Connection, sql: str) -> None:
    """Run several ``;``-separated statements one by one inside the current transaction.

    ``sqlite3.complete_statement`` understands ``CREATE TRIGGER … BEGIN … END;`` bodies,
    so the semicolons inside a trigger do not split it.
    """
    pending = ""
    for line in sql.splitlines(keepends=True):
        pending += line
        if sqlite3.complete_statement(pending):
            conn.execute(pending)
            pending = ""
    if pending.strip():
        raise ValueError(f"incomplete SQL statement in migration: {pending.strip()[:60]!r}")


@migration
def m001_initial(conn: sqlite3.Connection) -> None:
    """Documents, entities, claims and their facts, links, checks, grades, measures, FTS."""
    _script(
        conn,
        """
        CREATE TABLE documents (
            id TEXT PRIMARY KEY,               -- sha256 of text
            path TEXT NOT NULL,
            text TEXT NOT NULL,
            lang TEXT NOT NULL DEFAULT 'fr',
            title TEXT,
            outlet TEXT,
            url TEXT,
            published TEXT,                    -- ISO date, YYYY-MM-DD
            published_how TEXT,                -- given, text, inferred
            added_at TEXT NOT NULL,            -- ISO timestamp, UTC
            copy_of TEXT REFERENCES documents(id) ON DELETE SET NULL
        );

        CREATE TABLE entities (
            id INTEGER PRIMARY KEY,
            key TEXT NOT NULL UNIQUE,
            name TEXT NOT NULL,
            type TEXT NOT NULL,
            country TEXT                       -- ISO 3166 alpha-2
        );

        CREATE TABLE aliases (
            entity_id INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
            alias TEXT NOT NULL,
            UNIQUE (entity_id, alias)
        );

        CREATE TABLE mentions (
            id INTEGER PRIMARY KEY,
            document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            entity_id INTEGER NOT NULL REFERENCES entities(id),
            start INTEGER NOT NULL,
            end INTEGER NOT NULL,
            text TEXT NOT NULL,
            label TEXT NOT NULL,
            CHECK (start <= end)
        );
        CREATE INDEX mentions_document ON mentions (document_id, start);
        CREATE INDEX mentions_entity ON mentions (entity_id);

        CREATE TABLE claims (
            id INTEGER PRIMARY KEY,
            document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            start INTEGER NOT NULL,
            end INTEGER NOT NULL,
            text TEXT NOT NULL,
            paragraph INTEGER NOT NULL DEFAULT 0,
            sentence INTEGER NOT NULL DEFAULT 0,
            hedged INTEGER NOT NULL DEFAULT 0 CHECK (hedged IN (0, 1)),
            modality TEXT NOT NULL DEFAULT 'asserted',
            hedge_cues TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(hedge_cues)),
            source_name TEXT,                  -- NULL when the claim is unattributed
            source_text TEXT,
            source_start INTEGER,
            source_end INTEGER,
            source_cue TEXT,
            source_kind TEXT,
            source_via TEXT,
            CHECK (start <= end),
            CHECK (source_start IS NULL OR source_end IS NULL OR source_start <= source_end)
        );
        CREATE INDEX claims_document ON claims (document_id, start);

        CREATE TABLE claim_sources (
            claim_id INTEGER NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
            entity_id INTEGER NOT NULL REFERENCES entities(id),
            UNIQUE (claim_id, entity_id)
        );
        CREATE INDEX claim_sources_entity ON claim_sources (entity_id);

        CREATE TABLE claim_entities (
            claim_id INTEGER NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
            entity_id INTEGER NOT NULL REFERENCES entities(id),
            UNIQUE (claim_id, entity_id)
        );
        CREATE INDEX claim_entities_entity ON claim_entities (entity_id);

        CREATE TABLE quantities (
            id INTEGER PRIMARY KEY,
            claim_id INTEGER NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
            document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            start INTEGER NOT NULL,
            end INTEGER NOT NULL,
            text TEXT NOT NULL,
            low REAL,                          -- NULL: unbounded below
            high REAL,                         -- NULL: unbounded above
            qualifier TEXT NOT NULL CHECK (qualifier IN (
                'exact', 'approx', 'range', 'at_least', 'more_than',
                'at_most', 'less_than', 'up_to', 'average', 'vague'
            )),
            unit TEXT,
            per TEXT,
            unit_text TEXT,
            unit_inherited INTEGER NOT NULL DEFAULT 0 CHECK (unit_inherited IN (0, 1)),
            CHECK (start <= end)
        );
        CREATE INDEX quantities_claim ON quantities (claim_id);
        CREATE INDEX quantities_document ON quantities (document_id);

        CREATE TABLE times (
            id INTEGER PRIMARY KEY,
            claim_id INTEGER NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
            document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            start INTEGER NOT NULL,
            end INTEGER NOT NULL,
            text TEXT NOT NULL,
            date_from TEXT,                    -- ISO, inclusive; NULL: open
            date_to TEXT,                      -- ISO, inclusive; NULL: open
            precision TEXT NOT NULL DEFAULT 'day',
            CHECK (start <= end)
        );
        CREATE INDEX times_claim ON times (claim_id);
        CREATE INDEX times_document ON times (document_id);

        CREATE TABLE links (
            id INTEGER PRIMARY KEY,
            a_quantity_id INTEGER NOT NULL REFERENCES quantities(id) ON DELETE CASCADE,
            b_quantity_id INTEGER NOT NULL REFERENCES quantities(id) ON DELETE CASCADE,
            relation TEXT NOT NULL
                CHECK (relation IN ('corroborates', 'consistent', 'conflicts', 'updates')),
            independent INTEGER CHECK (independent IS NULL OR independent IN (0, 1)),
            explanation TEXT NOT NULL DEFAULT '',
            measure TEXT NOT NULL DEFAULT ''
        );
        CREATE INDEX links_a ON links (a_quantity_id);
        CREATE INDEX links_b ON links (b_quantity_id);

        CREATE TABLE checks (
            id INTEGER PRIMARY KEY,
            facts TEXT NOT NULL CHECK (json_valid(facts)),   -- JSON list of quantities.id
            verdict TEXT NOT NULL,             -- consistent, inconsistent
            explanation TEXT NOT NULL DEFAULT '',
            kind TEXT NOT NULL DEFAULT 'part_of_whole'
        );

        CREATE TABLE grades (
            claim_id INTEGER PRIMARY KEY REFERENCES claims(id) ON DELETE CASCADE,
            grade INTEGER NOT NULL,
            reasons TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(reasons))
        );

        CREATE TABLE measures (
            quantity_id INTEGER PRIMARY KEY REFERENCES quantities(id) ON DELETE CASCADE,
            measure_key TEXT NOT NULL,
            label TEXT NOT NULL
        );

        -- External-content FTS5 index over claims.text. content="claims" (double quotes)
        -- is the spelling Datasette looks for to offer a search box on the claims table.
        -- remove_diacritics 2 lets "blesses" find "blessés" and the other way round.
        CREATE VIRTUAL TABLE claims_fts USING fts5 (
            text,
            content="claims",
            content_rowid="id",
            tokenize="unicode61 remove_diacritics 2"
        );

        -- Triggers keep the index in step with every write, cascaded deletes included.
        CREATE TRIGGER claims_ai AFTER INSERT ON claims BEGIN
            INSERT INTO claims_fts (rowid, text) VALUES (new.id, new.text);
        END;
        CREATE TRIGGER claims_ad AFTER DELETE ON claims BEGIN
            INSERT INTO claims_fts (claims_fts, rowid, text) VALUES ('delete', old.id, old.text);
        END;
        CREATE TRIGGER claims_au AFTER UPDATE OF text ON claims BEGIN
            INSERT INTO claims_fts (claims_fts, rowid, text) VALUES ('delete', old.id, old.text);
            INSERT INTO claims_fts (rowid, text) VALUES (new.id, new.text);
        END;
        """,
    )


@migration
def m002_reviews(conn: sqlite3.Connection) -> None:
    """Human reviews of facts, keyed by document and span so they outlive row ids.

    No foreign key to claims or quantities (their row ids change when a document is analysed
    again) and none to documents either: a review must survive the document being deleted
    and stored again. Rows are append-only; the effective review of a fact is the fold of
    its rows in order (see ``recoupe.review``).
    """
    _script(
        conn,
        """
        CREATE TABLE reviews (
            id INTEGER PRIMARY KEY,
            document_id TEXT NOT NULL,         -- sha256 of the document's text
            target TEXT NOT NULL
                CHECK (target IN ('quantity', 'source', 'claim', 'time', 'mention')),
            start INTEGER NOT NULL,            -- span of the fact (the claim's for source/claim)
            end INTEGER NOT NULL,
            action TEXT NOT NULL CHECK (action IN ('wrong', 'correct', 'clear')),
            low REAL,
            high REAL,
            qualifier TEXT CHECK (qualifier IS NULL OR qualifier IN (
                'exact', 'approx', 'range', 'at_least', 'more_than',
                'at_most', 'less_than', 'up_to', 'average', 'vague'
            )),
            unit TEXT,
            per TEXT,
            source TEXT,
            note TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,          -- ISO timestamp, UTC
            CHECK (start <= end),
            CHECK (low IS NULL OR high IS NULL OR low <= high)
        );
        CREATE INDEX reviews_fact ON reviews (document_id, target, start, end);
        """,
    )


@migration
def m003_ingest_metadata(conn: sqlite3.Connection) -> None:
    """Author and PDF page offsets of documents; MinHash bands to find near-duplicates."""
    _script(
        conn,
        """
        ALTER TABLE documents ADD COLUMN author TEXT;
        -- JSON list of the offsets in text where each page starts (PDF inputs).
        ALTER TABLE documents ADD COLUMN pages TEXT CHECK (pages IS NULL OR json_valid(pages));
        CREATE INDEX documents_copy_of ON documents (copy_of);

        -- One row per document whose near-duplicates were looked for (see recoupe.dedup).
        CREATE TABLE document_fingerprints (
            document_id TEXT PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
            shingles INTEGER NOT NULL          -- number of distinct word 5-grams
        );

        -- Locality-sensitive hashing of the MinHash signature: documents sharing a
        -- (band, hash) pair are candidates, compared exactly on their texts.
        CREATE TABLE document_bands (
            document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            band INTEGER NOT NULL,
            hash INTEGER NOT NULL,
            PRIMARY KEY (document_id, band)
        );
        CREATE INDEX document_bands_hash ON document_bands (band, hash);
        """,
    )


@migration
def m004_units_and_sources(conn: sqlite3.Connection) -> None:
    """Units as concepts with a class, the role and anonymity of a source, partial dates.

    ``unit_mapped`` is 0 for a counted noun outside the lexicon (kept as its lemma), so the
    share of unmapped units can be counted; ``source_role`` keeps "porte-parole de l'armée"
    beside the person it names, ``source_anonymous`` marks "une source proche du dossier".
    """
    _script(
        conn,
        """
        ALTER TABLE quantities ADD COLUMN unit_class TEXT;
        ALTER TABLE quantities ADD COLUMN unit_mapped INTEGER NOT NULL DEFAULT 1 CHECK (unit_mapped IN (0, 1));
        ALTER TABLE claims ADD COLUMN source_role TEXT;
        ALTER TABLE claims ADD COLUMN source_anonymous INTEGER NOT NULL DEFAULT 0
            CHECK (source_anonymous IN (0, 1));
        -- "2023-03" in a manifest: the first day, known to the month.
        ALTER TABLE documents ADD COLUMN published_precision TEXT NOT NULL DEFAULT 'day'
            CHECK (published_precision IN ('day', 'month', 'year'));
        ALTER TABLE quantities ADD COLUMN whole REAL;
        -- What a claim's time dates: its event, its statement, a comparison, the event of its
        -- paragraph or article, or the publication date as of which it holds.
        ALTER TABLE times ADD COLUMN role TEXT NOT NULL DEFAULT 'event'
            CHECK (role IN ('event', 'statement', 'comparison', 'paragraph', 'document', 'published'));
        """,
    )



@migration
def m005_entity_groups(conn: sqlite3.Connection) -> None:
    """One real-world thing across documents: ``same_as`` points an entity at the one that
    stands for its group ("NIS" → "Service national de renseignement sud-coréen"), NULL for
    the one that stands for itself. Each document's own keys stay as analysed; the groups
    are recomputed from every stored entity at each re-link, so they do not depend on the
    order documents were added."""
    _script(
        conn,
        """
        ALTER TABLE entities ADD COLUMN same_as INTEGER REFERENCES entities(id) ON DELETE SET NULL;
        CREATE INDEX entities_same_as ON entities (same_as);
        """,
    )


@migration
def m006_copy_links(conn: sqlite3.Connection) -> None:
    """A link between a copy of a story and its original is kept, to show the copy's figures
    beside the original's, and marked so that grades leave it out: a copy adds nothing."""
    _script(conn, "ALTER TABLE links ADD COLUMN copy INTEGER NOT NULL DEFAULT 0 CHECK (copy IN (0, 1));")


@migration
def m007_consensus(conn: sqlite3.Connection) -> None:
    """The consensus of each group of linked figures (one measure, one occurrence): the range
    its current estimates support, its origins, its outliers and its latest estimate, as the
    re-link computes them. The figure lists are JSON lists of quantity row ids."""
    _script(
        conn,
        """
        CREATE TABLE consensus (
            id INTEGER PRIMARY KEY,
            measure TEXT NOT NULL,
            label TEXT NOT NULL DEFAULT '',
            members TEXT NOT NULL,
            current TEXT NOT NULL,
            low REAL,
            high REAL,
            agree INTEGER NOT NULL CHECK (agree IN (0, 1)),
            origins INTEGER NOT NULL,
            outliers TEXT NOT NULL DEFAULT '[]',
            latest INTEGER NOT NULL REFERENCES quantities(id) ON DELETE CASCADE,
            window_from TEXT,
            window_to TEXT,
            explanation TEXT NOT NULL DEFAULT ''
        );
        CREATE INDEX consensus_measure ON consensus (measure);
        """,
    )


@migration
def m008_measure_parts(conn: sqlite3.Connection) -> None:
    """What a figure measures is read when its document is analysed (``recoupe_measures``) and
    kept with it, in parts the linker reads without the text: the event, the unit, the rate,
    the state, and whether the figure is an increment, a part, or told aside of the story.
    Rows stored before keep their key; the parts are read back from it. The arithmetic checks,
    read in the text too, come with their document's analysis from now on."""
    _script(
        conn,
        """
        ALTER TABLE measures ADD COLUMN event TEXT;
        ALTER TABLE measures ADD COLUMN unit TEXT;
        ALTER TABLE measures ADD COLUMN per TEXT;
        ALTER TABLE measures ADD COLUMN actor TEXT;
        ALTER TABLE measures ADD COLUMN increment INTEGER NOT NULL DEFAULT 0 CHECK (increment IN (0, 1));
        ALTER TABLE measures ADD COLUMN aside INTEGER NOT NULL DEFAULT 0 CHECK (aside IN (0, 1));
        ALTER TABLE checks ADD COLUMN document_id TEXT REFERENCES documents(id) ON DELETE CASCADE;
        UPDATE checks SET document_id = (SELECT c.document_id FROM quantities q JOIN claims c ON c.id = q.claim_id
                                         WHERE q.id = json_extract(checks.facts, '$[0]'));
        CREATE INDEX checks_document ON checks (document_id);
        """,
    )


@migration
def m009_grade_reliability(conn: sqlite3.Connection) -> None:
    """Two-part grades: beside the credibility of a claim (1–6), the reliability of its
    source (A–F) from the user's ratings, F when unrated or unnamed. A grade stored before
    has its letter in its first reason ("source reliability B (usually reliable)")."""
    _script(
        conn,
        """
        ALTER TABLE grades ADD COLUMN reliability TEXT NOT NULL DEFAULT 'F'
            CHECK (reliability IN ('A', 'B', 'C', 'D', 'E', 'F'));
        UPDATE grades SET reliability = substr(json_extract(reasons, '$[0]'), 20, 1)
            WHERE json_extract(reasons, '$[0]') GLOB 'source reliability [A-F] (*';
        """,
    )


@migration
def m010_source_office(conn: sqlite3.Connection) -> None:
    """The public office a source is: its remit, its state and whether it is only described
    ("les autorités"), so that a named ministry and "les autorités" of its state are read as
    one origin. Claims stored before have none until re-analysed."""
    _script(
        conn,
        """
        ALTER TABLE claims ADD COLUMN source_office TEXT;
        ALTER TABLE claims ADD COLUMN source_country TEXT;
        ALTER TABLE claims ADD COLUMN source_described INTEGER NOT NULL DEFAULT 0
            CHECK (source_described IN (0, 1));
        """,
    )


@migration
def m011_measure_choices(conn: sqlite3.Connection) -> None:
    """An analyst's merges and splits of measures, and the key recoupe computed for each figure
    beside the key in force once those choices apply (``measure_key``)."""
    _script(
        conn,
        """
        CREATE TABLE measure_reviews (
            id INTEGER PRIMARY KEY,
            action TEXT NOT NULL CHECK (action IN ('merge', 'split', 'clear')),
            measure TEXT NOT NULL,
            into_measure TEXT,
            document_id TEXT REFERENCES documents(id) ON DELETE CASCADE,
            start INTEGER,
            end INTEGER,
            note TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            CHECK (action = 'clear' OR into_measure IS NOT NULL),
            CHECK (action != 'split' OR (document_id IS NOT NULL AND start IS NOT NULL AND end IS NOT NULL)),
            CHECK (start IS NULL OR (start >= 0 AND end >= start))
        );
        ALTER TABLE measures ADD COLUMN computed_key TEXT;
        UPDATE measures SET computed_key = measure_key;
        """,
    )


@migration
def m012_stale(conn: sqlite3.Connection) -> None:
    """What a re-link must look at again: the measures whose figures came, went or changed
    key, and the documents added, re-analysed, reviewed or whose entities changed group since
    the last re-link. A re-link recomputes those measures only. A check across documents
    (a town's count against the nation's) says which measure it belongs to. A ledger from
    before holds no such record: its next re-link is a whole one ('*')."""
    _script(
        conn,
        """
        CREATE TABLE stale_measures (measure TEXT PRIMARY KEY);
        CREATE TABLE stale_documents (
            document_id TEXT PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE
        );
        ALTER TABLE checks ADD COLUMN measure TEXT;
        UPDATE checks SET measure = (SELECT m.measure_key FROM measures m
                                     WHERE m.quantity_id = json_extract(checks.facts, '$[0]'))
            WHERE document_id IS NULL;
        CREATE INDEX links_measure ON links (measure);
        CREATE INDEX checks_measure ON checks (measure);
        CREATE INDEX measures_key ON measures (measure_key);
        INSERT INTO stale_measures (measure) VALUES ('*');
        """,
    )


@migration
def m013_read_indexes(conn: sqlite3.Connection) -> None:
    """Indexes the paged pages read through: documents by date, sources by name (with
    their documents), figures by unit, links by relation (the conflicts), measures with
    their label. Each lets a page count or list what it shows from an index instead of the
    whole table."""
    _script(
        conn,
        """
        CREATE INDEX documents_published ON documents (published);
        CREATE INDEX claims_source ON claims (source_name, document_id);
        CREATE INDEX quantities_unit ON quantities (unit, claim_id);
        CREATE INDEX links_relation ON links (relation, measure, id);
        CREATE INDEX measures_key_label ON measures (measure_key, label);
        """,
    )


@migration
def m014_stale_figures(conn: sqlite3.Connection) -> None:
    """Whether a stale measure only gained figures, all of them in stale documents (new or
    changed in place, their dates kept), and none left it: its re-link can then recompute the
    links of those figures' neighbourhoods in time order rather than of every figure. Any other
    change (a figure gone, moved or re-dated) leaves it wholly stale, as every record before."""
    _script(conn, "ALTER TABLE stale_measures ADD COLUMN partial INTEGER NOT NULL DEFAULT 0;")


@migration
def m015_entity_index(conn: sqlite3.Connection) -> None:
    """Entities grouped through an index rather than all read at each re-link: each entity's
    probes (the keys its rules of grouping point at, "key:org:open source centre", and a
    person's surname, "surname:poutine"), aliases looked up by their text, and the entities
    stored or changed since the last grouping (0: every entity, as after this migration, so
    that a ledger from before is probed once whole)."""
    _script(
        conn,
        """
        CREATE TABLE entity_probes (
            probe TEXT NOT NULL,
            entity_id INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
            PRIMARY KEY (probe, entity_id)
        ) WITHOUT ROWID;
        CREATE INDEX entity_probes_entity ON entity_probes (entity_id);
        CREATE INDEX aliases_alias ON aliases (alias);
        CREATE TABLE stale_entities (entity_id INTEGER PRIMARY KEY);
        INSERT INTO stale_entities (entity_id) VALUES (0);
        """,
    )


@migration
def m016_stored_shingles(conn: sqlite3.Connection) -> None:
    """Each fingerprint keeps its document's shingles, so that a new document is compared
    with its candidates without reading and cutting their texts again. A fingerprint from
    before has none: its text is read as before."""
    _script(conn, "ALTER TABLE document_fingerprints ADD COLUMN shingle_set BLOB;")


@migration
def m017_document_terms(conn: sqlite3.Connection) -> None:
    """Each document's most telling words and their weights in its language (a JSON object),
    stored when it is analysed: whether two documents tell one story is read from these
    instead of their texts. A document analysed before has none: its text is read as before."""
    _script(
        conn,
        """
        CREATE TABLE document_terms (
            document_id TEXT PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
            terms TEXT NOT NULL
        );
        """,
    )


@migration
def m018_told_earlier(conn: sqlite3.Connection) -> None:
    """Whether a claim tells an earlier, smaller count than its article's ("la police ne
    recensait que 14 morts"): a later, larger count of its measure updates it. Claims stored
    before read as not (0)."""
    _script(conn, "ALTER TABLE claims ADD COLUMN told_earlier INTEGER NOT NULL DEFAULT 0 CHECK (told_earlier IN (0, 1));")


@migration
def m019_set_aside(conn: sqlite3.Connection) -> None:
    """Whether a figure is one its article sets aside for a later one of its own ("23 ont été
    calcinés, et non 17", "contre 31 annoncés", "l'agence faisait état de 48 morts"): that later
    figure of its origin updates it. Figures stored before read as not (0)."""
    _script(conn, "ALTER TABLE quantities ADD COLUMN set_aside INTEGER NOT NULL DEFAULT 0 CHECK (set_aside IN (0, 1));")
