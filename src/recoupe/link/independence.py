"""Are two agreeing claims really independent, or do they go back to one original source?

Not independent when the same source entity stands behind both, when one cites the other
("X, cité par Y"), or when one text copies the other (near-duplicate passages, found with
word shingles). Independent only when both sources are known and established as different;
an unnamed source is never independent, and an anonymous one, though another origin, never
counts as an independent confirmation in a grade.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from recoupe import gazetteer
from recoupe.model import Claim, Quantity

SHINGLE = 4
COPY_THRESHOLD = 0.5
_WORD = re.compile(r"\w+")


@lru_cache(maxsize=1 << 14)
def shingles(text: str, n: int = SHINGLE) -> frozenset[int]:
    """Hashes of the ``n``-word sequences of ``text``, case and accents ignored (cached: a
    claim is compared with up to 25 others)."""
    words = _WORD.findall(gazetteer.normalise_name(text))
    return frozenset(hash(" ".join(words[i:i + n])) for i in range(max(1, len(words) - n + 1)))


def jaccard(a: frozenset[int], b: frozenset[int]) -> float:
    if not a or not b:
        return 0.0
    return len(a & b) / len(a | b)


def source_keys(claim: Claim) -> set[str]:
    """The entities behind a claim's source, with the intermediary of "X, cité par Y"."""
    keys = set(claim.source.entity_keys) if claim.source else set()
    if claim.source and claim.source.via:
        keys.add(f"org:{gazetteer.normalise_name(claim.source.via)}")
    return keys


def _origins(claim: Claim) -> set[str]:
    """The entities a claim's source names, without its relay."""
    return set(claim.source.entity_keys) if claim.source else set()


def origin_of(claim: Claim) -> frozenset[str]:
    """What a claim's figure goes back to, as one key set: its source's entities, else its
    relay, else its own document (an unsourced figure is its article's). A relay is no origin
    of a source it relays: two origins one agency relays stay two."""
    keys = _origins(claim) or source_keys(claim)
    return frozenset(keys) if keys else frozenset({f"doc:{claim.document}"})


def _names(keys: set[str]) -> set[str]:
    return {k.split(":", 1)[-1] for k in keys}


_GENERIC = {"l", "le", "la", "les", "de", "du", "des", "d", "agence", "quotidien", "journal", "chaine",
            "radio", "site", "magazine", "media", "the"}


@lru_cache(maxsize=1 << 14)
def _core(name: str) -> frozenset[str]:
    """A name's own words: no article, no kind of outlet, no state's adjective ("protection
    civile italienne" is the "protection civile" an article on Italy names)."""
    words = [w for w in re.split(r"[\s'’\-]+", name) if w and w not in _GENERIC]
    own = [w for w in words if not gazetteer.demonym_country(w)]
    return frozenset(own or words)


def _same_names(a: set[str], b: set[str]) -> set[str]:
    return set(_shared_names(frozenset(a), frozenset(b)))


@lru_cache(maxsize=1 << 14)
def _shared_names(a: frozenset[str], b: frozenset[str]) -> frozenset[str]:
    """Names shared by two key sets, allowing a longer form ("l'agence yonhap" ~ "yonhap")."""
    shared = set()
    for x in _names(a):
        for y in _names(b):
            cx, cy = _core(x), _core(y)
            sx, sy = _states_named(x), _states_named(y)
            if sx and sy and sx != sy:
                continue  # "ministère russe de la défense", "ministère sud-coréen de la défense": two states'
            if x == y or (cx and cy and (cx <= cy or cy <= cx)):
                shared.add(min(x, y, key=len))
    return frozenset(shared)


@lru_cache(maxsize=1 << 14)
def _states_named(name: str) -> frozenset[str]:
    """The states whose adjective a name holds ("protection civile italienne": Italy)."""
    return frozenset(filter(None, (gazetteer.demonym_country(w) for w in re.split(r"[\s'’]+", name) if w)))


def _same_figures(a: list[Quantity], b: list[Quantity]) -> bool:
    """Whether two claims' figures hold one figure with the very same bounds."""
    return any((x.low, x.high) == (y.low, y.high) and x.unit == y.unit for x in a for y in b)


def one_reading(x: Quantity, y: Quantity) -> bool:
    """Whether two figures of one measure are the very same reading: two significant digits or
    more, the same bounds, told the same way ("environ 580" twice; not "60 millions" and
    "environ 60 millions", nor "4 millions" twice, which two estimates may both round to).
    Two estimates made apart seldom land on it: "530 cas" from Santé publique France and from
    the AFP, "21 %" from the management and from a union's delegate, are one count told under
    two names."""
    return (x.low, x.high, x.qualifier) == (y.low, y.high, y.qualifier) and _specific(x)


ONE_READING = "both give the very same figure: one count told under two names, not shown independent"


def _specific(q: Quantity) -> bool:
    """Whether a figure has two significant digits or more: 530, 14 500, 21 %, 4,2 %."""
    v = q.low if q.low is not None else q.high
    if v is None or v == 0:
        return False
    digits = f"{abs(v):.6g}".split("e")[0].replace(".", "").lstrip("0").rstrip("0")
    return len(digits) >= 2


def _told_together(c: Claim) -> tuple[str, int, Optional[str]]:
    """What one source told in one sentence: a comparison's other term dated apart is a claim of
    its own ("relevé à 2,5 %, contre 2,4 % annoncé fin mars"), but is told with its figure."""
    return c.document, c.sentence, c.source.name if c.source is not None else None


def _one_office(a: Claim, b: Claim) -> Optional[str]:
    """The name of a described office that may be the other claim's office, or None: "les
    autorités" and the Interior ministry, "un porte-parole militaire" and the Israeli army,
    "Séoul" and the South Korean intelligence service. A described office of the state stands
    for any office; one with a remit, for an office of that remit; both of one state, or both
    with no state said ("les autorités" and "le ministère russe de la Défense" are not one)."""
    sa, sb = a.source, b.source
    if sa is None or sb is None or sa.anonymous or sb.anonymous or not sa.office or not sb.office:
        return None
    for d, o in ((sa, sb), (sb, sa)):
        # With no state said on either side, the story's; a state said on one side only is no match.
        if d.described and d.office in ("state", o.office) and d.country == o.country:
            return d.name
    return None


class IndependenceJudge:
    """Judges pairs of claims; caches shingles and the sources each document cites."""

    def __init__(self, claims: list[Claim], copies: dict[str, str] | None = None) -> None:
        self._shingles: dict[str, frozenset[int]] = {}
        self._cited: dict[str, set[str]] = {}
        self._copies = copies or {}
        self._verdicts: dict[tuple[str, str], tuple[bool, str, bool]] = {}
        self._together: dict[tuple[str, int, Optional[str]], list[Quantity]] = {}
        for c in claims:
            self._cited.setdefault(c.document, set()).update(source_keys(c))
            self._together.setdefault(_told_together(c), []).extend(c.quantities)

    def _sh(self, c: Claim) -> frozenset[int]:
        key = c.id or f"{c.document}:{c.start}"
        s = self._shingles.get(key)
        if s is None:
            s = self._shingles[key] = shingles(c.text)
        return s

    def judge(self, a: Claim, b: Claim) -> tuple[bool, str]:
        """(independent, reason). Independent only when established: an unnamed source never is."""
        independent, reason, _ = self.verdict(a, b)
        return independent, reason

    def verdict(self, a: Claim, b: Claim) -> tuple[bool, str, bool]:
        """(independent, reason, one origin): the third is true when the two claims are shown
        to go back to one source (a copy, a near-duplicate passage, a shared or relayed origin),
        not merely not shown to be independent. Cached per pair of stored claims: the links
        and then the consensus ask about the same pairs."""
        if a.id is None or b.id is None:
            return self._verdict(a, b)
        found = self._verdicts.get((a.id, b.id))
        if found is None:
            found = self._verdicts[(a.id, b.id)] = self._verdict(a, b)
        return found

    def _verdict(self, a: Claim, b: Claim) -> tuple[bool, str, bool]:
        if a.document != b.document:  # two sources set side by side in one article are no copies
            # Two copies of one original are no more independent than a copy and its original.
            if self._copies.get(a.document, a.document) == self._copies.get(b.document, b.document):
                return False, "the two documents are copies of one story", True
            overlap = jaccard(self._sh(a), self._sh(b))
            if overlap >= COPY_THRESHOLD:
                return False, f"the passages are near-duplicates ({overlap:.0%} of shingles shared)", True
        ka, kb = source_keys(a), source_keys(b)
        # A relay both share (the agency of a dispatch's dateline, a paper both quote) carries
        # two origins without making them one: only an origin shared, or one side's origin
        # relaying the other, ties them.
        oa, ob = _origins(a), _origins(b)
        shared = _same_names(oa, kb) | _same_names(ka, ob) if (oa and ob) else _same_names(ka, kb)
        if shared:
            names = ", ".join(sorted(shared))
            return False, f"both go back to the same source ({names})", True
        described = _one_office(a, b)
        if described is not None:
            return False, f"'{described}' may be the other's office: one official origin", True
        if ka and kb:
            if any(c.source is not None and c.source.anonymous for c in (a, b)):
                # Another origin, but one nobody can check: never an independent confirmation
                # (grades leave it out), though it may contradict.
                return True, "different sources, one of them anonymous", False
            return True, "different sources, no citation or copy between them", False
        # One side has no named source and gives exactly the same figure: a restatement of the
        # other's, not a second estimate ("310 morts" two days after "310 morts, selon…").
        if not (ka and kb) and _same_figures(self._together.get(_told_together(a), a.quantities),
                                             self._together.get(_told_together(b), b.quantities)):
            return False, "the same figure, restated without its source", True
        # One side has no named source: it may rest on a source its document cites elsewhere.
        for unsourced, other in ((a, kb), (b, ka)):
            if not source_keys(unsourced) and other & self._cited.get(unsourced.document, set()):
                names = ", ".join(sorted(k.split(":", 1)[1] for k in other & self._cited[unsourced.document]))
                return False, f"the unsourced claim's document also cites {names}", True
        return False, "a source is not named, so independence cannot be established", False
