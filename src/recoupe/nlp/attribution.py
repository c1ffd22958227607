"""The ``recoupe_attribution`` component: one source per figure, read from the dependency parse.

The recognisers are data (``recoupe.lang.<xx>.attribution``): a ``Matcher`` finds the words that
open a source phrase ("selon", "d'après", "de source"), a ``DependencyMatcher`` finds verbs of
saying and counting with their subject ("X a indiqué que", "…, a précisé X", "X revendique N")
and agents ("un bilan communiqué par X"). Each match is a *cue*: the head of a source noun
phrase and the part of the sentence it governs (its *scope*). A figure takes the cue of its own
comma-delimited segment if one opens a source there ("1,2 million selon le ministère,
3 millions selon la CGT"), else the innermost cue whose scope holds it.

A small resolver then turns each cue into a source record: the noun phrase read from the
parse (never a clause fragment, a date or a figure), the person behind a role ("le porte-parole
de l'armée, Y" is Y), the author behind a report ("selon les chiffres du ministère"), the origin
behind a relay ("X, cité par Y", "d'après Y, qui s'appuie sur X", a dateline's agency),
pronouns and definite descriptions pointing back ("a-t-elle précisé", "l'institut"), and the
carry-over of a source to the next sentence of its paragraph that reports more of its figures.

Results, as plain values on the ``Doc``:
- ``doc._.recoupe_quantities[i]["source"]``: the source record of each figure, or None when the
  article states it in its own voice;
- ``doc._.recoupe_sources``: one record (or None) per sentence, for its main clause.
A record is ``{start, end, text, name, name_start, name_end, cue, kind, via, role, anonymous,
parts, entity_keys}``; ``kind`` is "study", "count" or "other" (how it carries over).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from typing import Any, Iterable, Optional

from spacy.language import Language
from spacy.matcher import DependencyMatcher, Matcher
import numpy
from spacy.attrs import POS
from spacy.tokens import Doc, Span, Token

from recoupe import gazetteer, lang
from recoupe.layout import headline_end
from recoupe.nlp import extensions, guard  # noqa: F401  (extensions declares the Doc extensions)
from recoupe.nlp.phrases import FixedPhrases
from recoupe.nlp.spans import Spans

# Punctuation that closes a comma segment: "1,2 million selon X, 3 millions selon Y".
_SEGMENT_BREAKS = {",", ";", ":", "(", ")", "«", "»", "—", "–", "\"", "“", "”"}
# Dependencies that stay inside a source's noun phrase.
_NP_DEPS = {"det", "amod", "nmod", "flat:name", "flat:foreign", "flat", "fixed", "compound", "case",
            "nummod", "appos", "cc", "conj", "punct", "advmod", "dep"}
_SUBJECT_DEPS = ("nsubj", "nsubj:pass", "expl:subj")
_MAX_NAME_TOKENS = 16

_NEWLINE = re.compile("\n")


@dataclass
class Cue:
    """A place in a sentence that attributes: the source's head and the tokens it governs."""

    label: str  # the ledger's cue: "selon", "verb:indiquer", "agent:communiquer"…
    kind: str  # "prep", "verb", "agent"
    cue_i: int
    source_i: int
    scope: frozenset[int]
    lemma: str = ""
    np: tuple[int, int] = (0, 0)  # token range of the source's noun phrase
    record: Optional[dict[str, Any]] = None
    fixed_np: Optional[tuple[int, int]] = None  # the phrase, when read from the surface, not the parse
    clause: frozenset[int] = frozenset()  # the clause of its own a closing "selon X" belongs to


def _without_clauses_of_their_own(sent: Span, verb: Token, scope: frozenset[int],
                                  joins_words: frozenset[str]) -> frozenset[int]:
    """``scope`` less each coordinated clause with a subject of its own, from the word that
    joins it on ("Le gouvernement a débloqué 25 millions d'euros, et quelque 600 personnels sont
    mobilisés": the 600 are no sum the government granted). A clause that shares the subject
    stays ("Enedis a mobilisé 2 800 techniciens et se fixe pour objectif 80 %"). ``joins_words``:
    the language's words that join a clause on."""
    doc = sent.doc
    out = set(scope)
    for t in sent:
        if t.i == verb.i or t.dep_ not in ("conj", "acl", "advcl", "parataxis") or t.pos_ not in ("VERB", "AUX") \
                or not any(c.dep_ in ("nsubj", "nsubj:pass", "aux:pass") and c.morph.get("PronType") != ["Rel"]
                           for c in t.children):
            continue  # (the parse may hang such a clause on the object: "une aide …, et 600 … sont mobilisés")
        words = [x.i for x in t.subtree]
        # (Its join: ", et", ", mais" or ";" before it, past the "et" of a list in its subject:
        # "…, et quelque 600 personnels de la sécurité civile, des armées et d'EDF sont mobilisés".)
        joins = [k for k in range(verb.i + 1, min(words)) if doc[k].text == ";"
                 or (doc[k].lower_ in joins_words or doc[k].text == ",") and doc[k - 1].text == ","]
        joins = joins or [k for k in range(verb.i + 1, min(words)) if doc[k].lower_ in joins_words
                          or doc[k].text == ","]
        if joins:
            out -= set(range(joins[-1], max(words) + 1))
    return frozenset(out)


@dataclass
class _History:
    """The sources named so far in the document, most recent last, for pronouns and
    definite descriptions. Each question is answered from the last record of each sort
    (kept as records come), not by reading the records back: a long report names thousands."""

    records: list[tuple[dict[str, Any], str, str, str]] = field(default_factory=list)  # (rec, head lemma, gender, number)
    _classes: dict[tuple[str, str, bool], int] = field(default_factory=dict)  # (gender, number, person) → last index
    _kinds: dict[str, int] = field(default_factory=dict)
    _heads: dict[str, int] = field(default_factory=dict)
    _prefixes: dict[str, int] = field(default_factory=dict)  # of the lower-cased names, up to _PREFIX characters
    _roles: dict[str, int] = field(default_factory=dict)  # words of the roles
    _person: int = -1
    _named_body: int = -1

    _PREFIX = 40

    def add(self, rec: dict[str, Any], head: Token) -> None:
        if rec.get("anonymous") or rec.get("pronoun"):
            return
        gender = (head.morph.get("Gender") or [""])[0]
        number = (head.morph.get("Number") or [""])[0]
        lemma = head.lemma_.lower()
        k = len(self.records)
        self.records.append((rec, lemma, gender, number))
        self._classes[(gender, number, bool(rec.get("person")))] = k
        self._kinds[rec["kind"]] = k
        self._heads[lemma] = k
        name = rec["name"].lower()
        for n in range(min(len(name), self._PREFIX) + 1):
            self._prefixes[name[:n]] = k
        for word in (rec.get("role") or "").lower().split():
            self._roles[word] = k
        if rec.get("person"):
            self._person = k
        elif rec.get("named"):
            self._named_body = k

    def pronoun(self, gender: str, number: str) -> Optional[dict[str, Any]]:
        """The last source a pronoun can stand for: agreeing in gender and number if one does
        (a role noun's gender is often unknown or wrong: "la ministre"), else the last one."""
        agreeing = [k for (g, n, person), k in self._classes.items()
                    if (not g or not gender or g == gender) and (not n or n == number or person)]
        if agreeing:
            return self.records[max(agreeing)][0]
        return self.records[-1][0] if self.records else None

    def described(self, lemma: str, generic: Iterable[str], bare: bool = True,
                  before: Optional[int] = None) -> Optional[dict[str, Any]]:
        """The last source a definite description ("l'institut", "le groupe") names, named
        before ``before`` when given (not one its own sentence names after it: "2 800 selon cet
        organisme, plus de 4 000 selon le gouvernement régional"). A generic noun points back
        only bare and singular: "les autorités", "les autorités israéliennes" are sources of
        their own."""
        found = self._described(lemma, generic, bare)
        if found is None or before is None or found["start"] <= before:
            return found
        back = [self.records[k] for k in range(len(self.records) - 1, max(-1, len(self.records) - 1 - self._BACK), -1)
                if self.records[k][0]["start"] <= before]
        return next((rec for rec, head, _, _ in back if head == lemma or rec["name"].lower().startswith(lemma)
                     or lemma in (rec.get("role") or "").lower().split()), None) \
            or next((rec for rec, _, _, _ in back if bare and lemma in generic and rec.get("named")
                     and not rec.get("person")), None)

    # How many sources back a description named after it in its sentence is looked past.
    _BACK = 64

    def _described(self, lemma: str, generic: Iterable[str], bare: bool = True) -> Optional[dict[str, Any]]:
        if len(lemma) <= self._PREFIX:
            named = self._prefixes.get(lemma, -1)
        else:  # a name starting with a lemma this long: read back
            named = next((k for k in range(len(self.records) - 1, -1, -1)
                          if self.records[k][0]["name"].lower().startswith(lemma)), -1)
        k = max(self._heads.get(lemma, -1), named, self._roles.get(lemma, -1))
        if k >= 0:
            return self.records[k][0]
        if bare and lemma in generic and self._named_body >= 0:
            # "le groupe" after "Verlan Industries": the last body named by its name.
            return self.records[self._named_body][0]
        return None

    def last_person(self) -> Optional[dict[str, Any]]:
        return self.records[self._person][0] if self._person >= 0 else None

    def last(self, kinds: tuple[str, ...] = ()) -> Optional[dict[str, Any]]:
        if not kinds:
            return self.records[-1][0] if self.records else None
        k = max((self._kinds.get(kind, -1) for kind in kinds), default=-1)
        return self.records[k][0] if k >= 0 else None


# How a body named in the sentence before hangs on its verb when it speaks or acts there.
_ACTOR_DEPS = ("nsubj", "nsubj:pass", "obj", "obl:agent")


class AttributionFinder:
    """Gives each figure its source and each sentence the source of its main clause."""

    def __init__(self, nlp: Language, carry_over: int = 1) -> None:
        self.data = lang.tables(nlp.lang, "attribution")
        d = self.data
        self.carry_over = carry_over
        self._text = ""  # the text of the Doc being read
        self._ents: list[tuple[int, int, str]] = []  # and its entities
        self._first_person: Optional[Span] = None  # and the first person they name
        self._quotes: list[tuple[int, int]] = []  # and its quotations (character spans)
        self._figures: list[tuple[int, int]] = []  # and its figures (character spans)
        self._quote_starts: list[int] = []  # where its quotations start, in order
        self._figure_starts: list[int] = []  # where its figures start, sorted
        self._after_figures: frozenset[int] = frozenset()  # where a word right after one may start
        self._cue_at: list[tuple[int, int]] = []  # (offset, index) of its cues, sorted
        self.prepositions = FixedPhrases(nlp.vocab, d.PREPOSITION_PATTERNS)
        self.openers = Matcher(nlp.vocab)
        self.openers.add("name_verb", d.OPENING_NAME_PATTERNS)
        # The patterns must stay valid for spaCy's DependencyMatcher: check them once.
        DependencyMatcher(nlp.vocab).add("check", [p for ps in d.DEPENDENCY_PATTERNS.values() for p in ps])
        self.say = set(d.SAY_VERBS)
        self.inverted_only = set(d.INVERTED_ONLY_VERBS)
        self.stance = set(d.STANCE_VERBS)
        self.deeds = set(d.DEED_VERBS)
        self.clause_joins = frozenset(d.CLAUSE_JOINS)
        self.count = set(d.COUNT_VERBS) | self.deeds
        self.count_object = set(d.COUNT_OBJECT_VERBS)
        self.events_counted = set(d.EVENT_COUNT_NOUNS)
        self.forecast = set(d.FORECAST_VERBS)
        self.announcing = set(d.ANNOUNCING_VERBS)
        self.means = set(d.MEANS_NOUNS)
        self.relay = set(d.RELAY_VERBS)
        self.origin = set(d.ORIGIN_VERBS)
        self.cited = set(d.CITED_PARTICIPLES)
        self.cited_forms = {p for lemma in d.CITED_PARTICIPLES for p in _participles(lemma)}
        self.authors = set(d.AUTHOR_PARTICIPLES) | set(d.COUNTED_BY_PARTICIPLES)
        self.roles = set(d.ROLE_NOUNS)
        self.spokes = set(d.SPOKESPERSON_NOUNS)
        self.anonymous = set(d.ANONYMOUS_HEADS)
        self.indefinite = set(d.INDEFINITE_DETERMINERS)
        self.strip = set(d.NAME_STRIP)
        self.possessive = set(d.POSSESSIVES)
        self.demonstrative = set(d.DEMONSTRATIVES)
        self.definite = set(d.ANAPHORIC_DETERMINERS)
        self.media = set(d.MEDIA_NOUNS)
        self.generic = set(d.KIND_NOUNS)
        self.body_heads = set(d.BODY_WITH_COMPLEMENT)
        self.non_subjects = set(d.NON_SOURCE_SUBJECTS)
        self.people = set(d.SPEAKING_PEOPLE)
        self.nouns = lang.tables(nlp.lang, "units").COUNT_NOUNS
        self.non_phrases = tuple(d.NON_SOURCE_PHRASES)
        self.agencies = d.DATELINE_AGENCIES
        table_verbs = (set(d.SAY_VERBS) | set(d.COUNT_VERBS) | set(d.AUTHOR_PARTICIPLES) | set(d.CITED_PARTICIPLES)
                       | set(d.ORIGIN_VERBS) | set(d.STANCE_VERBS) | set(d.INVERTED_ONLY_VERBS)
                       | set(d.COUNT_OBJECT_VERBS) | set(d.DEED_VERBS))
        self._all_verbs = set(table_verbs)
        for patterns in d.DEPENDENCY_PATTERNS.values():  # the verbs the patterns start from ("faire")
            for pattern in patterns:
                lemma = pattern[0]["RIGHT_ATTRS"].get("LEMMA")
                self._all_verbs.update(lemma["IN"] if isinstance(lemma, dict) else [lemma] if lemma else [])
        self._verbish_pos = numpy.array([nlp.vocab.strings[p] for p in ("VERB", "AUX", "NOUN", "ADJ")], dtype="uint64")
        self._noun_pos = {nlp.vocab.strings[p] for p in ("NOUN", "ADJ")}
        self._propn = nlp.vocab.strings["PROPN"]
        self.verb_forms = _verb_forms(table_verbs, d.IRREGULAR_STEMS)
        first_group = [v for v in table_verbs | self.count | self.say if v.endswith("er") and " " not in v]
        self.present_forms = frozenset(v[:-2] + e for v in first_group for e in ("e", "ent"))
        self._dateline = re.compile(
            r"^[\s\-–—•*#]*[A-ZÀ-Ý][A-ZÀ-Ý'’ ./\-]{1,40}(?:\s*\([^()\n]{2,30}\))?(?:\s*,\s*[^()\n]{0,40})?\s*\((?P<agency>"
            + "|".join(re.escape(a) for a in sorted(self.agencies, key=len, reverse=True))
            + r")\)\s*[-–—]", re.MULTILINE)

    # -- the component ---------------------------------------------------------------------

    def __call__(self, doc: Doc) -> Doc:
        guard.check()
        quantities = doc._.recoupe_quantities or []
        sents = list(doc.sents)
        if not doc.has_annotation("DEP"):
            doc._.recoupe_sources = [None] * len(sents)
            for q in quantities:
                q["source"] = None
            return doc
        text = self._text = extensions.text_of(doc)
        self._ents = [(e.start, e.end, e.label_) for e in doc.ents]  # and Doc.ents likewise
        self._first_person = next((e for e in doc.ents if e.label_ == "PER" and len(e) >= 2), None)
        self._quotes = _quote_regions(text)
        newlines = [m.start() for m in _NEWLINE.finditer(text)]
        times = Spans((t["start"], t["end"]) for t in (doc._.recoupe_times or []))
        self._figures = [(q["start"], q["end"]) for q in quantities]
        self._figure_starts = sorted(a for a, _ in self._figures)
        # Where a word right after a figure may start ("220 millions pour la douane").
        self._after_figures = frozenset(b + gap for _, b in self._figures for gap in (0, 1))
        qspans = Spans(self._figures)
        self._quote_starts = [a for a, _ in self._quotes]
        cues = self._cues(doc, sents, times)
        # The cues of each sentence, read once (cues come in no particular order).
        cue_starts = [s.start for s in sents]
        cues_of: list[list[Cue]] = [[] for _ in sents]
        for c in cues:
            k = bisect_right(cue_starts, c.cue_i) - 1
            if k >= 0 and c.cue_i < sents[k].end:
                cues_of[k].append(c)
        # Where each cue stands in the text, for the quotations' speakers.
        self._cue_at = sorted((doc[c.cue_i].idx, n) for n, c in enumerate(cues))
        via = self._dateline_agency(text)
        history = _History()
        sentence_sources: list[Optional[dict[str, Any]]] = []
        starts = [s.start_char for s in sents]
        by_sentence: list[list[dict[str, Any]]] = [[] for _ in sents]
        for q in quantities:
            si = bisect_right(starts, q["start"]) - 1
            if si >= 0:
                by_sentence[si].append(q)
            q["source"] = None
        listed: Optional[dict[str, Any]] = None  # the source of a list being read, item by item
        carried: Optional[dict[str, Any]] = None  # what the previous sentence said, and where
        carried_from = (-1, -1)
        lead: Optional[int] = None  # the paragraph of the lead, under the headline
        head_end = headline_end(text)
        crossed = False  # whether the lead's report was carried into the paragraph after it
        quotes = self._quotes
        for si, sent in enumerate(sents):
            guard.check()
            if listed is not None and not self._bullet(sent):
                listed = None  # the list is over
            mine = sorted(cues_of[si], key=lambda c: c.cue_i)
            # Names first, then what points back to them ("selon ses projections", "il").
            for c in sorted(mine, key=lambda c: self._points_back(doc, c)):
                c.record = self._resolve(doc, sent, c, history, times, qspans, via)
                if c.record is not None and not c.record.get("own"):
                    history.add(c.record, doc[c.source_i])
            live = [c for c in mine if c.record is not None]
            segments = _segments(sent) if live and by_sentence[si] else {}
            paragraph = bisect_right(newlines, sent.start_char)
            if lead is None and sent.start_char >= head_end:
                lead = paragraph  # (the first paragraph under the headline and its date line)
            if carried is not None and carried_from[0] == lead and paragraph != lead and not crossed \
                    and carried.get("kind") in ("study", "count") and carried.get("named") \
                    and carried.get("name", "")[:1].isupper() and not any(times.holds(t.idx) for t in sent):
                # The results or the report a lead names with their author ("selon les résultats
                # publiés lundi par le CNE") are what the paragraph after it details when it
                # names no source (and no day of its own: "Le 7 février, à Bessans, une coulée a
                # emporté cinq skieurs" turns to one occurrence the report counted).
                carried_from, crossed = (paragraph, si), True
            own: Optional[dict[str, Any]] = None
            own_cue: Optional[Cue] = None
            for q in by_sentence[si]:
                span = doc.char_span(q["start"], q["end"], alignment_mode="expand")
                if span is None:
                    continue
                cue = self._choose(span, live, segments) or self._before_colon(doc, span, live)
                relayed = self._origin_and_relay(span, cue, live)
                if relayed is not None:
                    # "L'Office a recensé 1 240 arrivées, a rapporté la BBC": the body that
                    # counted is the origin, the outlet that reported it relays it.
                    origin, relay = relayed
                    q["source"] = dict(origin.record, via=relay.record["name"])  # type: ignore[index]
                    own = origin.record
                    continue
                if cue is not None:
                    q["source"] = cue.record
                    if cue.lemma not in self.deeds:  # (a deed is no report the next sentence goes on with)
                        own, own_cue = cue.record, cue
                    continue
                quoted = self._quoted_speaker(doc, q["start"], quotes, cues)
                if quoted is not None:
                    q["source"] = quoted
                    continue
                # A forecast ("l'entourage table sur 60 %") is not a report the next sentence goes
                # on with, unless that sentence points back to its author ("Son appel s'élève à …").
                if carried is not None and carried_from[0] == paragraph and si - carried_from[1] <= self.carry_over \
                        and not live and (not carried.get("forecast") or doc[sent.start].lower_ in self.possessive):
                    q["source"] = dict(carried, cue="carry-over", forecast=False)
                elif listed is not None and not live:
                    q["source"] = dict(listed, cue="carry-over", forecast=False)  # an item of a list the source opened
            main = self._choose(sent, live, segments, figure=False) if live else None
            sentence_sources.append(main.record if main is not None else None)
            # "Selon le ministère, les taux sont les suivants :" then "- voie générale : 93,1 %":
            # the items of a list take the source of the line that opened it.
            if sent.text.rstrip().endswith(":"):
                listed = main.record if main is not None else None
            # What carries over is a source that gave figures, or a study or count announced
            # before its figures ("Selon une étude de l'OSC, … . Entre 2023 et 2025, 16 000 …").
            if own is not None and own_cue is not None and own_cue.kind == "agent" and main is not None \
                    and main.kind == "verb" and main.record is not own:
                # "Le ministère a révisé le bilan : 12 morts, deux victimes ayant été comptabilisées
                # par le CHU de Cocody": the ministry, whose report the next sentence goes on with,
                # not the agent of the aside.
                own = main.record
            said = own or (main.record if main is not None and (main.record["kind"] in ("study", "count")
                                                                 or main.lemma in self.announcing) else None)
            if said is not None:
                carried, carried_from = said, (paragraph, si)
            elif carried_from[0] != paragraph:
                carried = None
        offices: dict[int, dict[str, Any]] = {}
        for rec in [q["source"] for q in quantities] + sentence_sources:
            if rec is not None and id(rec) not in offices:
                offices[id(rec)] = rec
                rec.update(self._office(rec))
        # A described office of a remit with no state said is of the state of the last office of
        # that remit named before it: "un porte-parole militaire" after "l'armée israélienne".
        # (Not "les autorités": any office may be theirs.)
        last_state: dict[str, str] = {}
        for rec in sorted(offices.values(), key=lambda r: r["start"]):
            remit = rec.get("office")
            if not remit:
                continue
            if rec.get("country"):
                last_state[remit] = rec["country"]
            elif rec.get("described") and remit != "state" and remit in last_state:
                rec["country"] = last_state[remit]
        doc._.recoupe_sources = sentence_sources
        return doc

    def _office(self, rec: dict[str, Any]) -> dict[str, Any]:
        """The public office a source is, from its name: remit, state, and whether it is only
        described. "les autorités sanitaires libanaises" → health, LB, described; "le
        ministère de l'Intérieur" → interior, named; "Séoul" → the South Korean state."""
        none = {"office": None, "country": None, "described": False}
        name = rec.get("name") or ""
        words = [w for w in re.split(r"[\s'’]+", name) if w]
        if rec.get("anonymous") or rec.get("person") or not words:
            return none
        place = gazetteer.resolve_place(name)
        state = place.country if place is not None and place.kind == "capital" else gazetteer.state_metonym(name)
        if state is not None:  # a capital or a seat of power stands for its state
            return {"office": "state", "country": state, "described": True}
        lowered = [w.lower() for w in words]
        text = " ".join(lowered)
        remits = [r for w, r in self.data.REMIT_WORDS.items() if f" {w} " in f" {text} "]
        head = self._masculine(lowered[0]) if lowered else ""
        if any(w in self.data.NOT_OFFICE_WORDS for w in lowered):
            return none
        office = self.data.OFFICE_HEADS.get(lowered[0]) or self.data.OFFICE_HEADS.get(lowered[0].rstrip("s")) \
            or self.data.OFFICE_HEADS.get(head)
        if office is None and words[0][:1].isupper() \
                and any(text.startswith(h) for h in self.data.OFFICE_CAPITALISED):
            office = "state"
        if office is None and lowered[0] in self.data.OFFICE_VOICES and remits:
            office = "state"
        if office is None:
            return none
        if remits and office == "state":
            office = remits[0]
        country = next((c for c in map(gazetteer.demonym_country, words[1:]) if c), None)
        return {"office": office, "country": country, "described": not rec.get("named")}

    def _house_after_on(self, doc: Doc, verb: Token, sent: Span) -> Optional[Token]:
        """The body after "-t-on à" / "-on chez": "…, précise-t-on à la direction de l'hôpital"."""
        k = verb.i + 1
        while k < min(sent.end, verb.i + 3) and doc[k].text.startswith("-") and doc[k].lower_ != "-on":
            k += 1
        if k >= sent.end or doc[k].lower_ != "-on":
            return None
        k += 1
        if k >= sent.end or doc[k].lower_ not in self.data.HOUSE_AFTER_ON:
            return None
        head = next((u for u in doc[k + 1:min(sent.end, k + 5)] if u.pos_ in ("NOUN", "PROPN")), None)
        return head if head is not None and (_named(head) or self._can_speak(head)) else None

    @staticmethod
    def _bullet(sent: Span) -> bool:
        """Whether a sentence is an item of a list: "- voie générale : 93,1 %", "• …"."""
        return sent.text.lstrip()[:1] in _BULLETS

    def _before_colon(self, doc: Doc, span: Span, cues: list[Cue]) -> Optional[Cue]:
        """A source that announces what follows its colon: "La direction vient de publier son
        taux de participation : 27,4 % des cheminots …"."""
        colon = next((t.i for t in reversed(doc[span.sent.start:span.start]) if t.text == ":"), None)
        if colon is None:
            return None
        before = [c for c in cues if c.kind == "verb" and c.cue_i < colon
                  and (c.lemma in self.announcing or c.lemma in self.say)]
        return before[-1] if before else None

    def _first_person_named(self, doc: Doc, sent: Span) -> Optional[dict[str, Any]]:
        """The first person the document names before ``sent`` (the one an interview is with):
        a name the recogniser tags as a person, with its role."""
        # (the document's first person ends before any other: entities do not overlap)
        ent = self._first_person
        if ent is None or ent.end > sent.start:
            return None
        s, e, name = self._clean(doc, ent.start, ent.end)
        return {"start": doc[ent.start].idx, "end": doc[ent.end - 1].idx + len(doc[ent.end - 1].text), "text": ent.text,
                "name": name, "name_start": s, "name_end": e, "cue": "anaphora", "kind": "other", "via": None,
                "role": None, "anonymous": False, "person": True, "forecast": False, "parts": [[s, e]], "named": True}

    def _points_back(self, doc: Doc, c: Cue) -> bool:
        head = doc[c.source_i]
        if head.pos_ == "PRON":
            return True
        return any(t.dep_ == "det" and t.lower_ in self.possessive | self.demonstrative for t in head.children)

    # -- finding cues ----------------------------------------------------------------------

    def _verb_lemma(self, t: Token) -> str:
        """The lemma of a verb of the tables, from the lemmatizer or from the form's stem."""
        known = self.verb_forms
        lemma = t.lemma_.lower()
        clitic = self.data.CLITIC_VERBS.get(lemma)
        if clitic is not None:
            # "s'en tient à": the clitic stands right before it or hangs on it
            with_clitic = any(c.lower_ == clitic[0] for c in t.children) or (t.i > 0 and t.doc[t.i - 1].lower_ == clitic[0])
            return clitic[1] if with_clitic else lemma
        if lemma in self.say or lemma in self.count or lemma in self.stance or lemma in known.values():
            return lemma
        for stem in _prefixes(t.lower_):
            if stem in known:
                return known[stem]
        return lemma

    def _cues(self, doc: Doc, sents: list[Span], times: Spans) -> list[Cue]:
        out: list[Cue] = []

        def is_time(t: Token) -> bool:
            return times.holds(t.idx) or t.like_num or t.pos_ == "NUM"

        starts = [s.start for s in sents]

        def sent_of(i: int) -> Optional[Span]:
            k = bisect_right(starts, i) - 1
            return sents[k] if k >= 0 and i < sents[k].end else None

        # The verbs of the tables, found once: every later pass looks at these tokens only.
        verbs = self._candidates(doc)
        say_like = self.say | self.inverted_only
        speaking = self.say | self.count | self.stance | self.count_object
        # Prepositions: "selon X", "d'après X", "de source militaire", "Pour X, …".
        for match_id, start, end in self.prepositions(doc):
            label = doc.vocab.strings[match_id]
            sent = sent_of(start)
            if sent is None:
                continue
            head = self._prep_object(doc, start, end, sent, label)
            if head is None:
                own = self._own_reporting(doc, end, sent)
                if own is not None:  # "selon nos informations": the outlet's own reporting
                    out.append(Cue("own", "prep", start, own.i, self._prep_scope(doc, sent, start, end, own)))
                continue
            scope = self._prep_scope(doc, sent, start, end, head, label)
            if scope:
                out.append(Cue(label, "prep", start, head.i, scope, clause=self._prep_clause(sent, start, head)))
        # Verbs and agents, from the parse: the dependency patterns, tried on those verbs.
        for label, roles in self._dependency_matches(verbs):
            verb, source = doc[roles["cue"]], doc[roles["source"]]
            sent = sent_of(verb.i)
            if sent is None or sent_of(source.i) is not sent or is_time(source):
                continue
            lemma = "faire état" if label == "faire_etat" else verb.lemma_.lower()
            if label == "by_agent":
                if source.lemma_.lower() in self.means or not self._can_speak(source) or self._press_at_large(source):
                    continue  # "déclaré par visioconférence", "traversées effectuées par quatre navires"
                scope = self._verb_scope(sent, verb, source)
                if verb.dep_.startswith("acl") and verb.head.pos_ in ("NOUN", "PROPN"):
                    # "le seuil de 15 % fixé par l'OMS": the participle speaks for the whole phrase
                    scope = scope | frozenset(t.i for t in verb.head.subtree if sent.start <= t.i < sent.end)
                out.append(Cue(f"agent:{lemma}", "agent", verb.i, source.i, scope, lemma))
                continue
            if label == "verb_subject":
                if any(g.dep_ == "case" for g in source.children):
                    continue  # "avant la première annonce, Washington confirmait": a phrase with a preposition is no subject
                source = self._named_before_apposition(doc, source, sent)
                if self._quoted_before(source, verb) or not self._is_cue_verb(verb, source):
                    continue  # "« … huit personnes qui perdent la vie … », a déploré X": not "personnes"
            scope = self._verb_scope(sent, verb, source)
            if lemma in self.deeds:
                if any(c.morph.get("Polarity") == ["Neg"] for c in verb.children):
                    continue  # "L'État ne versera pas les 5 millions réclamés par les pirates": another's figure
                scope = _without_clauses_of_their_own(sent, verb, scope, self.clause_joins)
            out.append(Cue(f"verb:{lemma}", "verb", verb.i, source.i, scope, lemma))
        # "un chantier évalué entre 40 et 50 millions d'euros par Brest Métropole": a participle
        # and its agent, wherever the parse hung "par X".
        agents = {c.cue_i for c in out if c.kind == "agent"}
        for t in verbs:
            # (A participle the tagger took for an adjective too: "des 2 800 hectares avancés
            # mardi par la préfecture".)
            participle = t.pos_ == "VERB" and "Part" in t.morph.get("VerbForm") or t.pos_ == "ADJ" and _agent_after(doc, t)
            if t.i in agents or not participle or t.lemma_ not in self.say and t.lemma_ not in self.authors:
                continue
            sent = sent_of(t.i)
            if sent is None:
                continue
            for u in doc[t.i + 1:min(sent.end, t.i + 12)]:
                if u.text in _SEGMENT_BREAKS or u.pos_ in ("VERB", "AUX", "SCONJ"):
                    break
                if u.lower_ == "par" and u.head.pos_ in ("NOUN", "PROPN") and u.head.i > u.i and not is_time(u.head) \
                        and u.head.lemma_.lower() not in self.means and self._can_speak(u.head) \
                        and not self._press_at_large(u.head):
                    segment = _segments(sent)
                    scope = frozenset(i for i, g in segment.items() if g == segment[t.i])
                    out.append(Cue(f"agent:{t.lemma_}", "agent", t.i, u.head.i, scope, t.lemma_))
                    out += self._coordinated_agents(doc, t, u.head, scope, sent, is_time)
                    break
        # A name opening the sentence, then a verb the parser did not tie to it: "Bercy chiffre à…".
        have = {c.cue_i for c in out if c.kind == "verb"}
        for match_id, start, end in self.openers(doc):
            sent = sent_of(start)
            if sent is None:
                continue
            # At the start of the sentence, or after a fronted phrase with no verb of its own
            # ("Pour 2025, la direction table sur …").
            fronted = start > sent.start + 1 and doc[start - 1].text == "," and not any(
                t.pos_ in ("VERB", "AUX") for t in doc[sent.start:start - 1])
            # (Or a clause of its own after a semicolon: "La direction compte 120 grévistes ;
            # FO en dénombre 300".)
            # (And one coordinated after a count of its own: "… en revendique 60 000 et FO en
            # annonce 50 000".)
            joined = doc[start - 1].lower_ == "et" and start >= 2 and (doc[start - 2].like_num or doc[start - 2].pos_ == "NOUN") \
                and doc[end - 2].lower_ in self.data.OBJECT_CLITICS
            if start > sent.start + 1 and not fronted and doc[start - 1].text != ";" and not joined:
                continue
            verb = doc[end - 1]
            lemma = self._verb_lemma(verb)
            if verb.i in have or lemma not in speaking:
                continue
            # A bare participle is an aside, not the subject's verb ("Karim B., 34 ans,
            # présenté comme le gérant").
            if "Part" in verb.morph.get("VerbForm") and not any(t.pos_ == "AUX" for t in doc[start:end - 1]):
                continue
            # The name ends at its apposition's comma or at a clitic right before the verb.
            name_end = next((t.i for t in doc[start + 1:end - 1] if t.text == "," or (
                t.lower_ in self.data.OBJECT_CLITICS and all(x.pos_ in ("AUX", "ADV") for x in doc[t.i + 1:end - 1]))),
                end - 1)
            names = [t.i for t in doc[start:name_end] if t.pos_ == "PROPN"] \
                or [t.i for t in doc[start:name_end] if t.pos_ == "NOUN"][:1] \
                or [t.i for t in doc[start:name_end] if t.pos_ != "DET" and t.text[:1].isupper()]
            if doc[start].pos_ == "NOUN" and doc[start].is_title and len(names) < name_end - start:
                names = [start]  # "Santé publique France": the name's head opens it, not its state
            elif len(names) > 1 and gazetteer.resolve_place(doc[names[-1]].text) is not None:
                names = names[:1]  # "Air France", "Électricité de France": a body, not the state
            if not names or not self._is_cue_verb(verb, doc[names[-1]], surface=True):
                continue
            np_end = max(names[-1] + 1, max((t.i + 1 for t in doc[start:name_end] if t.pos_ == "ADJ"
                                             or t.i > names[-1] and t.text[:1].isupper()), default=0))
            # A clause after a semicolon tells its own figures only, up to the next semicolon.
            lo, hi = sent.start, sent.end
            if doc[start - 1].text == ";" or joined:
                lo, hi = start, next((t.i for t in doc[end:sent.end] if t.text == ";"), sent.end)
            cue = Cue(f"verb:{lemma}", "verb", verb.i, names[-1],
                      (_without_clauses_of_their_own(sent, verb, frozenset(range(lo, hi)), self.clause_joins)
                       if lemma in self.deeds else frozenset(range(lo, hi)))
                      - frozenset(range(start, np_end)), lemma)
            cue.fixed_np = (start, np_end)
            out.append(cue)
            have.add(verb.i)
        # A subject opening the sentence, its relative clause between commas, then its verb,
        # however the parse hung them: "Le Sdis 33, dont les équipes arpentent les lisières,
        # estime la surface à 1 500 hectares" (the parse made "arpentent" the root).
        for sent in sents:
            found = self._subject_before_relative(doc, sent, speaking, have)
            if found is None:
                continue
            verb, subject, np_end, aside_end = found
            lemma = self._verb_lemma(verb)
            scope = frozenset(range(aside_end, sent.end))
            cue = Cue(f"verb:{lemma}", "verb", verb.i, subject.i,
                      _without_clauses_of_their_own(sent, verb, scope, self.clause_joins) if lemma in self.deeds
                      else scope, lemma)
            cue.fixed_np = (sent.start, np_end)
            out.append(cue)
            have.add(verb.i)
        # A subject, its relative clause between commas, then its verb, which the parser hung on
        # a noun of that clause, leaving the subject as the sentence's root: "L'intersyndicale,
        # qui avait appelé à une journée de grève dans les écoles, collèges et lycées, en a
        # compté 250 000".
        for t in verbs:
            if t.i in have or t.pos_ != "VERB" or not t.dep_.startswith("acl") or t.lemma_ not in speaking:
                continue
            sent = sent_of(t.i)
            root = sent.root if sent is not None else None
            if root is None or root.pos_ not in ("NOUN", "PROPN") or root.i >= t.i or t.i == root.i \
                    or any(c.dep_ in _SUBJECT_DEPS or c.morph.get("PronType") == ["Rel"] for c in t.children):
                continue
            # The root opens the sentence and a relative clause of its own ends at a comma before the verb.
            relative = [c for c in root.children if c.dep_ == "acl:relcl" and c.i < t.i]
            k = t.i - 1
            while k > sent.start and doc[k].pos_ in ("PRON", "AUX", "ADV") and t.i - k <= 3:
                k -= 1  # ", en a compté", ", a ensuite précisé"
            if not relative or doc[k].text != ",":
                continue
            if any(x.pos_ in ("VERB", "AUX") for x in doc[sent.start:root.i]) or not self._is_cue_verb(t, root):
                continue
            out.append(Cue(f"verb:{t.lemma_}", "verb", t.i, root.i, self._verb_scope(sent, t, root), t.lemma_))
            have.add(t.i)
        # Inverted subjects the parser took for an object: "…, a déclaré à l'AFP la directrice".
        for t in verbs:
            # A verb the tagger took for a noun counts right after a quotation: "», avance X".
            after_quote = t.i >= 2 and doc[t.i - 1].text == "," and doc[t.i - 2].text in _CLOSING_QUOTES
            if t.i in have or t.lemma_ not in say_like or (t.pos_ != "VERB" and not after_quote):
                continue
            sent = sent_of(t.i)
            if sent is None or any(c.dep_ in _SUBJECT_DEPS and c.i > t.i for c in t.children) or not _after_comma(t):
                continue
            # "…, précise-t-on à la direction", "indique-t-on chez Enedis": the house "on" speaks for.
            house = self._house_after_on(doc, t, sent)
            if house is not None:
                out.append(Cue(f"verb:{t.lemma_}", "verb", t.i, house.i, self._verb_scope(sent, t, house), t.lemma_))
                have.add(t.i)
                continue
            # "…, a-t-elle précisé": the clitic subject the parser hung on the auxiliary.
            clitic = next((x for x in [*doc[max(sent.start, t.i - 4):t.i], *doc[t.i + 1:min(sent.end, t.i + 3)]]
                           if x.text.startswith("-") and x.lower_.lstrip("-") in self.data.PRONOUNS), None)
            if clitic is not None:
                out.append(Cue(f"verb:{t.lemma_}", "verb", t.i, clitic.i, self._verb_scope(sent, t, clitic), t.lemma_))
                have.add(t.i)
                continue
            # What is published is no speaker: "…, n'a jamais publié le moindre chiffre".
            published = t.lemma_ in self.announcing
            subject = next((c for c in t.rights if c.pos_ in ("NOUN", "PROPN") and not is_time(c)
                            and (c.dep_ in ("obj", "nmod", "obl:mod", "appos", "dep", "conj")
                                 or (c.dep_ == "advmod" and c.pos_ == "PROPN"))
                            and not any(g.dep_ == "case" for g in c.children) and self._can_speak(c)
                            and not (published and c.lemma_.lower() in self.data.DATA_NOUNS)), None)
            if subject is None:
                # "…, a précisé à l'AFP le commandant X": the parse hung the speaker on the addressee.
                subject = next((a for c in t.rights if c.dep_.startswith("obl") and c.pos_ in ("NOUN", "PROPN")
                                and any(g.lower_ == "à" and g.dep_ == "case" for g in c.children)
                                for a in c.children if a.dep_ == "appos" and a.i > c.i and a.pos_ in ("NOUN", "PROPN")
                                and not any(g.dep_ == "case" for g in a.children) and self._can_speak(a)), None)
            if subject is None:
                # "…, relève l'Office national des forêts.": the speaker right after the verb,
                # whatever the parse hung it on.
                # "…, affirme vendredi le quotidien The Times": past a day or an adverb too.
                k = t.i + 1
                while k < min(sent.end, t.i + 6) and (doc[k].pos_ in ("DET", "ADV") or is_time(doc[k])):
                    k += 1
                u = doc[k] if k < sent.end else None
                if u is not None and k > t.i and u.pos_ in ("NOUN", "PROPN") and not is_time(u) \
                        and not any(g.dep_ == "case" for g in u.children) and self._can_speak(u) \
                        and not (published and u.lemma_.lower() in self.data.DATA_NOUNS):
                    subject = u
            if subject is None and after_quote:
                # "», avance de son côté Martine Lebrun": the first speaker past the asides.
                subject = next((u for u in doc[t.i + 1:min(sent.end, t.i + 8)] if u.pos_ in ("NOUN", "PROPN")
                                and not is_time(u) and not any(g.dep_ == "case" for g in u.children)
                                and self._can_speak(u)), None)
            if subject is not None:
                out.append(Cue(f"verb:{t.lemma_}", "verb", t.i, subject.i, self._verb_scope(sent, t, subject), t.lemma_))
                have.add(t.i)
        # A subject the parser hung on the auxiliary, past an aside: "Le HCR a, pour sa part,
        # recensé quelque 255 000 arrivées".
        for t in verbs:
            if t.i in have or t.lemma_ not in speaking or t.pos_ != "VERB":
                continue
            sent = sent_of(t.i)
            subject = next((s for a in t.children if a.dep_.startswith("aux") and a.i < t.i
                            for s in a.children if s.dep_ in _SUBJECT_DEPS and s.i < a.i), None)
            if subject is None and t.dep_ == "xcomp" and t.head.pos_ in ("VERB", "AUX") and t.head.i < t.i \
                    and t.head.lemma_.lower() in self.data.CONTROL_VERBS:
                # "La direction vient de publier …", "le ministre a tenu à préciser que …": the
                # subject of the verb that governs it.
                subject = next((s for s in t.head.children if s.dep_ in _SUBJECT_DEPS and s.i < t.head.i), None)
            if subject is None and sent is not None and "Part" in t.morph.get("VerbForm"):
                aux = _aux_before_aside(doc, t, sent)  # the parse lost the auxiliary too
                found = self._left_subject(doc, aux, sent, is_time) if aux is not None else None
                subject = doc[found[2]] if found is not None else None
            if sent is None or subject is None or not sent.start <= subject.i < sent.end:
                continue
            subject = self._named_before_apposition(doc, subject, sent)
            if self._is_cue_verb(t, subject):
                out.append(Cue(f"verb:{t.lemma_}", "verb", t.i, subject.i, self._verb_scope(sent, t, subject), t.lemma_))
                have.add(t.i)
        # A verb coordinated to one whose subject it shares: "La préfecture se refuse à avancer
        # un chiffre et évoque « plusieurs dizaines » de disparus". What it says is what follows
        # it in its clause, wherever the parse hung it.
        for t in verbs:
            if t.i in have or t.lemma_ not in speaking or t.pos_ != "VERB" or t.dep_ != "conj" \
                    or t.head.pos_ not in ("VERB", "AUX") or t.head.i >= t.i \
                    or any(c.dep_ in _SUBJECT_DEPS for c in t.children):
                continue
            sent = sent_of(t.i)
            subject = next((c for c in t.head.children if c.dep_ in _SUBJECT_DEPS and c.i < t.head.i), None)
            if sent is None or subject is None or not sent.start <= subject.i < sent.end \
                    or any(g.dep_ == "case" for g in subject.children) or not self._is_cue_verb(t, subject):
                continue
            lo, hi = self._np(doc, subject, sent)
            scope = frozenset(range(t.i, _clause_end(sent, t.i))) - frozenset(range(lo, hi))
            out.append(Cue(f"verb:{t.lemma_}", "verb", t.i, subject.i, scope, t.lemma_))
            have.add(t.i)
        # A subject the parser lost, read from the words before the verb: "le Service de
        # Renseignement National sud-coréen indiquait que …".
        for t in verbs:
            if t.i in have or t.lemma_ not in speaking:
                continue
            sent = sent_of(t.i)
            if sent is None or (t.pos_ != "VERB" and not self._verb_after_name(doc, t, sent)):
                continue
            if any(c.dep_ in _SUBJECT_DEPS and self._can_speak(c) and not any(g.dep_ == "case" for g in c.children)
                   for c in t.children) and t.pos_ == "VERB":
                continue
            participle = t.lower_.endswith("ant") and t.dep_ in ("acl", "advcl")
            says_that = t.i + 1 < sent.end and doc[t.i + 1].lower_ in ("que", "qu'", "qu’", ":")
            subordinate = t.dep_ == "advcl" and t.pos_ == "VERB"
            # "Le service Copernicus, activé par la France, évalue …": a finite verb the parse
            # hung on the subject it lost, which it made the root.
            main = t.dep_ == "acl" and "Fin" in t.morph.get("VerbForm") and t.head.dep_ == "ROOT" \
                and t.head.pos_ in ("NOUN", "PROPN")
            # "Le cabinet Sahel Risk Analytics estime à 5 120 …": a finite verb the parse hung on a
            # word of a foreign name before it, which it made the root.
            main = main or "Fin" in t.morph.get("VerbForm") and t.head.dep_ == "ROOT" and t.head.i < t.i \
                and bool(t.head.ent_type_) and t.head.pos_ in ("PROPN", "X", "NOUN")
            found = self._left_subject(doc, t, sent, is_time)
            if found is None:
                continue
            lo, hi, head = found
            # "L'OIM a porté à 1 390 son décompte, quand l'ONG Mar Abierto avance le chiffre de
            # 3 600": a subject right after a conjunction opens a clause of its own, wherever
            # the parse hung its verb.
            conjoined = lo > sent.start + 1 and doc[lo - 1].pos_ == "SCONJ" and t.pos_ == "VERB" \
                and any(doc[k].text == "," for k in range(max(sent.start, lo - 3), lo - 1))
            if t.dep_ not in ("ROOT", "ccomp", "conj", "parataxis") and not participle and not says_that \
                    and t.pos_ == "VERB" and not subordinate and not main and not conjoined:
                continue
            if subordinate and not (lo > sent.start and doc[lo - 1].pos_ == "SCONJ") \
                    and not any(doc[k].lower_ in self.data.RELATIVE_PRONOUNS for k in range(hi, t.i)):
                continue  # "… quand Kiev en revendique 4 500": a subject right after its conjunction
            if not self._is_cue_verb(t, doc[head], surface=True):
                continue
            told = range(sent.start, sent.end) if t.dep_ == "ROOT" else (
                range(t.i, _clause_end(sent, t.i)) if t.pos_ in ("NOUN", "ADJ") else (x.i for x in t.subtree))
            scope = frozenset(i for i in told if not lo <= i < hi)
            cue = Cue(f"verb:{t.lemma_}", "verb", t.i, head, scope, t.lemma_)
            cue.fixed_np = (lo, hi)
            out.append(cue)
            have.add(t.i)
        out += self._gapped(doc, out, sent_of, is_time)
        return out

    def _data_kind(self, noun: Token) -> Optional[str]:
        """The kind of report or count a noun names ("les chiffres", "les relevés", whose
        lemma the lemmatizer may give as a verb's), or None."""
        lemma = self._masculine(noun.lemma_.lower())
        kind = self.data.DATA_NOUNS.get(lemma)
        if kind is None and noun.lower_.endswith(("s", "x")):
            kind = self.data.DATA_NOUNS.get(noun.lower_[:-1])
        return kind if kind is not None else self.data.DATA_NOUNS.get(noun.lower_)

    def _subject_before_relative(self, doc: Doc, sent: Span, speaking: set[str], have: set[int]
                                 ) -> Optional[tuple[Token, Token, int, int]]:
        """(verb, subject, end of the subject's phrase, end of the aside) for a sentence that
        opens on a noun phrase, a relative clause between commas ("…, dont les équipes …,",
        "…, qui s'appuie sur …,"), then a verb of saying or counting; None otherwise."""
        first_comma = next((t.i for t in sent if t.text == ","), None)
        if first_comma is None or first_comma + 1 >= sent.end or doc[sent.start].pos_ not in ("DET", "NOUN", "PROPN") \
                or doc[first_comma + 1].lower_ not in self.data.RELATIVE_PRONOUNS:
            return None
        if any(t.pos_ in ("VERB", "AUX") and not _named(t) for t in doc[sent.start:first_comma]):
            return None  # a clause of its own before the comma
        second = next((t.i for t in doc[first_comma + 2:sent.end] if t.text == ","), None)
        if second is None:
            return None
        k = second + 1
        while k < sent.end and (doc[k].lower_ in self.data.OBJECT_CLITICS or doc[k].pos_ in ("AUX", "ADV")) \
                and k - second <= 3:
            k += 1
        if k >= sent.end or k in have or self._verb_lemma(doc[k]) not in speaking:
            return None
        heads = [t for t in doc[sent.start:first_comma] if t.pos_ in ("NOUN", "PROPN")
                 and not (sent.start <= t.head.i < first_comma)]
        subject = heads[0] if heads else next((t for t in doc[sent.start:first_comma] if t.pos_ in ("NOUN", "PROPN")), None)
        if subject is None or not self._is_cue_verb(doc[k], subject, surface=True):
            return None
        return doc[k], subject, first_comma, second + 1

    def _coordinated_agents(self, doc: Doc, verb: Token, first: Token, scope: frozenset[int], sent: Span,
                            is_time: Any) -> list[Cue]:
        """The agents coordinated after a participle's first one, each with the figure before
        it: "La participation est estimée à 34 % par Vigie Opinion et à 33 % par Sondéa"."""
        out: list[Cue] = []
        at = first.i + 1
        while at < sent.end and at in scope:
            joint = next((k for k in range(at, min(sent.end, at + 4)) if doc[k].lower_ == "et"), None)
            if joint is None:
                break
            agent = None
            for u in doc[joint + 1:min(sent.end, joint + 10)]:
                if u.pos_ in ("VERB", "AUX", "SCONJ") or u.text in _SEGMENT_BREAKS:
                    break
                if u.lower_ == "par" and u.head.i > u.i and u.head.pos_ in ("NOUN", "PROPN") \
                        and not is_time(u.head) and self._can_speak(u.head):
                    agent = u.head
                    break
            if agent is None:
                break
            out.append(Cue(f"agent:{verb.lemma_}", "agent", verb.i, agent.i,
                           frozenset(range(joint, agent.i + 1)) & scope | {agent.i}, verb.lemma_))
            at = agent.i + 1
        return out

    def _gapped(self, doc: Doc, cues: list[Cue], sent_of: Any, is_time: Any) -> list[Cue]:
        """A second source whose verb the sentence leaves out, after a comma or "et": "Le
        ministère a compté 95 000 manifestants, la CGT 250 000", "L'institut le crédite de 37 %,
        Sondéa de 35,5 %", "La DGAC l'évalue à 205 000, Airlines for Europe à près de 270 000".
        The second figure is the second source's, told with the first one's verb (a few words
        between them, only a preposition or adverbs, and no verb)."""
        out: list[Cue] = []
        for c in cues:
            if c.kind != "verb":
                continue
            sent = sent_of(c.cue_i)
            if sent is None:
                continue
            k = c.cue_i + 1
            while k < sent.end:
                if doc[k].text not in (",", ";") and doc[k].lower_ != "et":
                    k += 1
                    continue
                j = k + 1
                while j < sent.end and doc[j].pos_ == "DET":
                    j += 1
                # (a foreign name the tagger could not read is "X": "Airlines for Europe")
                if j >= sent.end or not (doc[j].pos_ in ("PROPN", "NOUN") or doc[j].pos_ == "X" and doc[j].is_title) \
                        or is_time(doc[j]) \
                        or not self._can_speak(doc[j]) or self._press_at_large(doc[j]):
                    k += 1
                    continue
                head, end = j, j + 1
                while end < sent.end and (doc[end].pos_ in ("PROPN", "ADJ", "X")
                                          or doc[end].pos_ in ("ADP", "X") and end + 1 < sent.end
                                          and doc[end + 1].pos_ == "PROPN" and doc[end].lower_ != "à"):
                    end += 1  # "Airlines for Europe", "la CGT Énergie"
                m = end
                while m < sent.end and m - end < 4 and (doc[m].pos_ in ("ADP", "ADV", "DET")
                                                       or doc[m].lower_ in self.data.GAP_DEMONSTRATIVES) \
                        and not doc[m].like_num:
                    m += 1  # ("la police celui d'environ 50 000": the figure the first one's noun names)
                figure = m < sent.end and (doc[m].like_num or doc[m].pos_ == "NUM" or doc[m].text[:1].isdigit())
                if not figure or any(t.pos_ in ("VERB", "AUX") for t in doc[k + 1:m]):
                    k += 1
                    continue
                stop = next((x for x in range(m, sent.end) if doc[x].text in _SEGMENT_BREAKS or doc[x].lower_ == "et"),
                            sent.end)
                cue = Cue(c.label, "verb", c.cue_i, head, frozenset(range(head, stop)), c.lemma)
                cue.fixed_np = (k + 1 if doc[k + 1].pos_ == "DET" else head, end)
                out.append(cue)
                k = stop
        return out

    def _quoted_before(self, subject: Token, verb: Token) -> bool:
        """Whether a subject stands in a quotation the verb follows: the quoted words are the
        speaker's, the speaker is named after the verb."""
        at = subject.idx
        quote = self._quote_at(at)
        return quote is not None and quote[1] <= verb.idx

    def _quote_at(self, at: int) -> Optional[tuple[int, int]]:
        """The quotation that holds offset ``at`` (quotations do not overlap), or None."""
        k = bisect_right(self._quote_starts, at) - 1
        return self._quotes[k] if k >= 0 and at < self._quotes[k][1] else None

    def _dependency_matches(self, verbs: list[Token]) -> Iterable[tuple[str, dict[str, int]]]:
        """The ``DEPENDENCY_PATTERNS`` matched from each candidate verb.

        The patterns are spaCy ``DependencyMatcher`` patterns (kept as data in the language's
        tables) whose nodes hang from the first by ``>``; matching them from the candidate verbs
        only costs what those verbs cost, where running the matcher over every token of every
        document would cost a fifth of the model's own time.
        """
        for label, patterns in self.data.DEPENDENCY_PATTERNS.items():
            for pattern in patterns:
                root = pattern[0]
                for verb in verbs:
                    if not _token_matches(verb, root["RIGHT_ATTRS"]):
                        continue
                    found: list[dict[str, int]] = [{root["RIGHT_ID"]: verb.i}]
                    for node in pattern[1:]:
                        grown = []
                        for roles in found:
                            parent = verb.doc[roles[node["LEFT_ID"]]]
                            for child in parent.children:
                                if _token_matches(child, node["RIGHT_ATTRS"]):
                                    grown.append({**roles, node["RIGHT_ID"]: child.i})
                        found = grown
                    for roles in found:
                        yield label, roles

    def _candidates(self, doc: Doc) -> list[Token]:
        """The tokens that may be a verb of the tables: verbs by their lemma (mended where the
        lemmatizer missed it) and nouns or adjectives the tagger took for one ("Agreste
        chiffre la récolte", "L'intersyndicale revendique")."""
        pos_ids = doc.to_array(POS)
        out: list[Token] = []
        # A word the tagger took for a name though written in lower case: "la CGT Bretagne chiffre à".
        lower_propn = [i for i in numpy.nonzero(pos_ids == self._propn)[0].tolist() if doc[i].text.islower()]
        for i in sorted(set(numpy.nonzero(numpy.isin(pos_ids, self._verbish_pos))[0].tolist()) | set(lower_propn)):
            pos = pos_ids[i]
            t = doc[i]
            if pos in self._noun_pos and not (t.dep_ == "ROOT" or any(c.dep_ in _SUBJECT_DEPS for c in t.children)
                                              or (i > 0 and (_named(doc[i - 1]) or doc[i - 1].text == ","))
                                              or (i > 1 and doc[i - 1].text == ")" and _named(doc[i - 2]))
                                              or self._present_after_noun(doc, t) or _agent_after(doc, t)
                                              or _after_clitic_en(doc, t)):
                continue
            lemma = self._verb_lemma(t)
            if i > 0 and doc[i - 1].lemma_ == "faire" and f"faire {lemma}" in self._all_verbs:
                lemma = f"faire {lemma}"  # "a fait valoir le ministère": the phrase, read on its verb
            if lemma in self._all_verbs:
                if pos == self._propn:
                    t.pos_ = "VERB"  # a verb of the tables in lower case is no name: "le ministère anticipe …"
                if t.lemma_ != lemma:
                    t.lemma_ = lemma
                out.append(t)
        return out

    def _present_after_noun(self, doc: Doc, t: Token) -> bool:
        """A present form of a first-group verb of the tables the tagger took for an adjective
        of the noun before it: "L'état-major de l'armée | revendique pour sa part 1 200 …"."""
        return (t.pos_ == "ADJ" and t.lower_ in self.present_forms and t.i > 0 and doc[t.i - 1].pos_ in ("NOUN", "PROPN")
                and t.i + 1 < len(doc) and doc[t.i + 1].pos_ in ("DET", "ADP", "NUM", "ADV"))

    def _verb_after_name(self, doc: Doc, t: Token, sent: Span) -> bool:
        """A noun the tagger took for a verb right after a name: "Agreste chiffre la récolte à …"."""
        prev = doc[t.i - 1] if t.i > sent.start else None
        if prev is not None and prev.text == "," and t.lower_ in self.present_forms \
                and t.i + 1 < sent.end and doc[t.i + 1].pos_ in ("DET", "ADP", "NUM", "ADV", "PUNCT") \
                and self._aside_before(doc, prev.i, sent) is not None:
            return True  # "Le SNES, à l'origine de l'appel, revendique pour sa part …"
        if prev is not None and prev.text in (",", ")") and t.i - 2 >= sent.start:
            prev = doc[t.i - 2]  # "La directrice générale, Anne Quéré, table sur …", "(Fnaim) table sur"
        if self._present_after_noun(doc, t) or _after_clitic_en(doc, t):
            return True
        return ((t.pos_ == "NOUN" or t.pos_ == "PROPN" and t.text.islower()) and prev is not None and _named(prev)
                and t.i + 1 < sent.end
                and doc[t.i + 1].pos_ in ("DET", "ADP", "NUM", "ADV", "PUNCT"))

    def _left_subject(self, doc: Doc, verb: Token, sent: Span, is_time: Any) -> Optional[tuple[int, int, int]]:
        """The noun phrase just before a verb (past its auxiliaries, adverbs and clitics)."""
        if any(c.dep_ == "aux:pass" for c in verb.children):
            return None  # "412 cas ont été relevés": the noun before a passive is what was counted
        i = verb.i - 1
        while i >= sent.start and (doc[i].pos_ in ("AUX", "ADV") or doc[i].dep_.startswith(("aux", "expl", "advmod"))
                                   or doc[i].lower_ in ("ne", "n'", "n’", "se", "s'", "s’", "lui", "leur", "y", "en")):
            i -= 1
        if i > sent.start and doc[i].text == ",":
            # "Le rapport de la CCAN, rendu public lundi, fait état de …": past a participle's aside.
            k = next((k for k in range(i - 1, max(sent.start, i - 10), -1) if doc[k].text == ","), None)
            if k is not None and k + 1 < i and doc[k + 1].pos_ == "VERB" and "Part" in doc[k + 1].morph.get("VerbForm"):
                i = k - 1
        if i > sent.start and doc[i].text == ",":
            # "Le SNES, à l'origine de l'appel, revendique …", "La CGT, pour sa part, estime …":
            # past an aside that opens with a preposition, to the noun phrase before it.
            k = self._aside_before(doc, i, sent)
            if k is not None:
                i = k - 1
        if i > sent.start and doc[i].text == ",":
            # "Médecins sans frontières (MSF), qui soutient l'hôpital, dit avoir reçu …": past the
            # relative clause to the noun phrase it describes.
            rel = next((k for k in range(i - 1, max(sent.start, i - 30), -1)
                        if doc[k].lower_ in self.data.RELATIVE_PRONOUNS and doc[k - 1].text == ","), None)
            if rel is not None and rel - 2 >= sent.start:
                i = rel - 2
        acronym_end = 0
        if i - 2 > sent.start and doc[i].text == ")" and doc[i - 2].text == "(":
            acronym_end = i + 1  # "L'Office des migrations (OFM) a …": past the acronym, kept in the name
            i -= 3
        if i > sent.start and doc[i].text == "," and _named(doc[i - 1]):
            # "La directrice générale, Anne Quéré, table sur …": the name apposed to a role.
            end = i
            j = i - 1
            while j - 1 >= sent.start and _named(doc[j - 1]):
                j -= 1
            if not (j - 1 >= sent.start and doc[j - 1].pos_ == "ADP"):
                return j, end, end - 1
            # "L'agence, basée à Varsovie, table sur …": a place in an aside; the subject is before it.
            comma = next((k for k in range(j - 1, max(sent.start, j - 10) - 1, -1) if doc[k].text == ","), None)
            if comma is None:
                return None
            i = comma - 1
        if i < sent.start or doc[i].pos_ not in ("NOUN", "PROPN", "ADJ") or is_time(doc[i]):
            return None
        end = i + 1
        j = i
        while j - 1 >= sent.start:
            p = doc[j - 1]
            if p.pos_ == "NUM" or p.like_num or p.text == "%":
                return None  # "62 % des Français estiment": a figure, not a source
            if p.is_punct or p.pos_ in ("VERB", "AUX", "SCONJ", "CCONJ", "PRON") or is_time(p):
                break
            if p.pos_ == "ADP" and p.lower_ not in ("de", "d'", "d’", "du", "des", "pour") \
                    and p.ent_type_ not in ("ORG", "MISC") and not (p.lower_ in ("par", "sans") and doc[j].pos_ == "NOUN"):
                break  # (inside a name it is part of it: "Médecins sans frontières", "cartographie par satellite")
            j -= 1
        while j < end and doc[j].pos_ == "ADP":
            j += 1
        head = next((k for k in range(j, end) if doc[k].pos_ in ("NOUN", "PROPN")), None)
        if head is None:
            return None
        return j, max(end, acronym_end), head

    @staticmethod
    def _aside_before(doc: Doc, comma: int, sent: Span) -> Optional[int]:
        """The comma that opens an aside ending at ``comma`` when the aside opens with a
        preposition and holds no verb ("Le SNES, à l'origine de l'appel, revendique") and a
        noun phrase stands before it; else None."""
        k = next((k for k in range(comma - 1, max(sent.start, comma - 12) - 1, -1) if doc[k].text == ","), None)
        if k is None or k + 1 >= comma or k - 1 < sent.start or doc[k + 1].pos_ != "ADP" \
                or doc[k - 1].pos_ not in ("NOUN", "PROPN") \
                or any(t.pos_ in ("VERB", "AUX") or t.like_num for t in doc[k + 1:comma]):
            return None
        return k

    def _masculine(self, word: str) -> str:
        """A role or people noun in the masculine singular, as the tables list them."""
        if word in self.roles or word in self.people or word in self.spokes or word in self.nouns:
            return word
        for fem, masc in self.data.FEMININE_ENDINGS:
            if word.endswith(fem) and len(word) > len(fem) + 2:
                cand = word[: len(word) - len(fem)] + masc
                if cand in self.roles or cand in self.people or cand in self.spokes or cand in self.nouns:
                    return cand
        return word

    def _named_before_apposition(self, doc: Doc, subject: Token, sent: Span) -> Token:
        """"L'AFAD, la protection civile turque, a recensé": the subject the parser gave is the
        apposition; the source is the name before it."""
        lo = min(t.i for t in subject.subtree)
        hi = max(t.i for t in subject.subtree)
        if lo - 1 > sent.start and doc[lo - 1].text == "," and hi + 1 < sent.end and doc[hi + 1].text == ",":
            before = doc[lo - 2]
            first = doc[sent.start:lo - 1]
            if _named(before) and before.pos_ in ("PROPN", "NOUN") and not any(t.pos_ == "ADP" and t.i < before.i
                                                                             and t.head.i == before.i for t in first):
                return before
        return subject

    def _is_cue_verb(self, verb: Token, subject: Token, surface: bool = False) -> bool:
        """Whether ``verb`` attributes what it says or counts to ``subject``; ``surface`` when
        the verb was read from the words, not the parse (then a tagger's "noun" may be it)."""
        lemma = (self._verb_lemma(verb) if surface else "") or verb.lemma_.lower()
        if verb.pos_ in ("NOUN", "ADJ") and verb.dep_ != "ROOT" and not surface:
            return False
        if not self._can_speak(subject):
            return False
        if surface and subject.lemma_.lower() in self.data.DATA_NOUNS and self._author(subject, subject.sent) is None:
            return False  # read from the words: "un bilan provisoire faisait état de 8 morts" names nobody
        inverted = (subject.i > verb.i or subject.text.startswith("-")) and _after_comma(verb)
        if inverted and (lemma in self.say or lemma in self.inverted_only):
            return True  # "…, a précisé le préfet", "…, a lancé le ministre"
        if lemma in self.say and (any(c.dep_ in ("ccomp", "parataxis", "xcomp") for c in verb.children)
                                  or any(t.text in (":", "«", "\"") for t in verb.doc[verb.i + 1:verb.i + 4])
                                  or any(t.lower_ in ("que", "qu'", "qu’") for t in verb.doc[verb.i + 1:verb.i + 7])):
            return True  # "X a indiqué que …", "X a déclaré : « … »"
        if lemma in self.stance:
            return True  # "X a dénoncé l'envoi de …", "X alerte sur …"
        if lemma in self.count_object:
            # "a porté à 58 morts le bilan": the verb counts only when a count is its object.
            # (The parse may hang it on a day before it: "a alourdi mercredi le bilan".)
            # ("à 310 le nombre de morts" may be read as one phrase: "à … nombre".)
            objects = [c for c in verb.children if c.dep_ in ("obj", "obl:mod", "obl:arg")]
            if verb.dep_.startswith("acl") and verb.head.lemma_.lower() in self.data.DATA_NOUNS \
                    and any(c.lower_ in ("que", "qu'", "qu’") for c in verb.children):
                return True  # "un chiffre que les organisateurs portent à 40 000": the count is "que"
            return any((o.lemma_.lower() in self.data.DATA_NOUNS or o.lemma_.lower() in self.data.COUNT_OBJECT_NOUNS)
                       and not any(g.dep_ == "case" and g.lower_ != "à" for g in o.children)
                       for o in objects + [g for c in objects for g in c.children if g.dep_ == "nmod"])
        if lemma not in self.count:
            return False
        if lemma in self.data.NOT_WITH_DURATION and any(t.lower_ in self.data.DURATION_WORDS for t in verb.subtree
                                                        if t.i > verb.i):
            return False  # "les patients ont attendu 4 h 15": they waited, they count nothing
        # A counting verb attributes the figure it governs ("la CGT revendique 3 millions"),
        # not its subject's own doings: it needs an object, an "à" figure or a "que" clause,
        # and a subject that can count (not "la ville compte 3 000 habitants").
        # A region the recogniser knows, with its article ("la Bretagne affiche"): not "Bercy
        # chiffre", where a seat of power stands for its ministry.
        # (Not a body the recogniser took for a place: "L'Institut géophysique du Pérou a mesuré".)
        region = subject.ent_type_ == "LOC" and any(c.dep_ == "det" for c in subject.children) \
            and not subject.text.isupper() and not any(c.dep_.startswith("flat") for c in subject.children) \
            and subject.lower_ not in self.generic
        place = gazetteer.resolve_place(subject.text) if subject.pos_ == "PROPN" else None
        if subject.pos_ == "PROPN" and ((place is not None and place.kind != "capital"
                                           and (place.kind != "country" or lemma not in self.announcing))
                                          or (place is None and region)) \
                and not gazetteer.state_metonym(subject.text):
            return False  # "la ville compte 3 000 habitants", "la France a enregistré 5 000 cas": what is
            # counted, not a source (but "la France a annoncé 110 M€" is the state speaking)
        if place is not None and place.kind == "capital" and not self._figure_under(verb):
            return False  # "Kiev revendique 4 500 tués" is a state's figure; "Pyongyang a dévoilé un sous-marin" a deed
        if verb.lower_ in self.data.COMPOSITION_FORMS and verb.doc[verb.i - 1].lower_ != "en" \
                and not any(c.dep_.startswith("aux") for c in verb.children) and not self._person_like(subject) \
                and not any(o.dep_ in ("obj", "obl:arg") and (o.lemma_.lower() in self.events_counted
                                                 or o.lower_ in self.events_counted) for o in verb.children):
            return False  # "le conseil municipal compte 55 sièges": what it is made of, not a count it gives
        if surface and (verb.pos_ in ("NOUN", "ADJ") or verb.pos_ == "PROPN" and verb.text.islower()):
            return True  # "Agreste chiffre la récolte à …": what follows is its object
        # (A figure the parse hung on its adverb counts: "en a compté environ 110 000", where
        # "110 000" is "fixed" under "environ".)
        return any(c.dep_ in ("obj", "obl:arg", "ccomp", "xcomp", "obl:mod", "obl", "dep", "iobj") or c.like_num
                   or c.dep_ == "advmod" and any(g.like_num for g in c.children if g.dep_ == "fixed")
                   for c in verb.children)

    def _figure_under(self, verb: Token) -> bool:
        """Whether one of the document's figures stands after ``verb`` in what it governs."""
        lo = verb.idx + len(verb.text)
        hi = max(t.idx + len(t.text) for t in verb.subtree)
        k = bisect_left(self._figure_starts, lo)
        return k < len(self._figure_starts) and self._figure_starts[k] < hi

    def _person_like(self, subject: Token) -> bool:
        """A person: a name the recogniser tags as one, a role, a pronoun."""
        lemma = self._masculine(subject.lemma_.lower())
        return subject.ent_type_ == "PER" or subject.pos_ == "PRON" or lemma in self.roles or lemma in self.spokes

    def _antecedent(self, noun: Token) -> Token:
        """The body a relative clause hung on its place stands for: "la préfecture du Var, qui
        évoque …" is the prefecture's, though the parse ties "qui" to "Var"."""
        while noun.dep_ == "nmod" and noun.head.pos_ in ("NOUN", "PROPN") and noun.head.i < noun.i \
                and (noun.ent_type_ in ("LOC", "GPE") or gazetteer.resolve_place(noun.text) is not None
                     or noun.text[:1].isupper() and noun.ent_type_ not in ("ORG", "PER")) \
                and noun.head.text[:1].islower() and self._can_speak(noun.head):
            noun = noun.head
        return noun

    def _relative_antecedent(self, pronoun: Token) -> Token:
        """What a relative pronoun subject stands for: the name right before its comma ("un
        chiffre supérieur à celui de l'Indeci, qui recense …", whatever noun the parse hung the
        clause on), the owner of a "celui de" ("celui de l'Insee qui recense"), else the noun
        the clause describes."""
        doc = pronoun.doc
        if pronoun.i >= 2 and doc[pronoun.i - 1].text == "," and doc[pronoun.i - 2].pos_ == "PROPN":
            return self._antecedent(doc[pronoun.i - 2])
        noun = pronoun.head.head
        if noun.pos_ == "PRON" and noun.lower_ in self.data.DEMONSTRATIVE_PRONOUNS:
            noun = next((c for c in noun.children if c.dep_ == "nmod" and c.pos_ in ("NOUN", "PROPN")), noun)
        return self._antecedent(noun)

    def _can_speak(self, subject: Token) -> bool:
        """Whether a subject can be a source: a name, a person or body, a pronoun."""
        if subject.pos_ == "PRON" and subject.morph.get("PronType") == ["Rel"] and subject.head.dep_.startswith("acl"):
            subject = self._relative_antecedent(subject)  # "Francis-Le Blé, qui compte 15 200 places": the antecedent
            if subject.ent_type_ in ("LOC", "GPE"):
                return False
        if subject.pos_ in ("PROPN", "PRON") or subject.ent_type_ in ("PER", "ORG") or _named(subject):
            return True
        if subject.text[:1].isupper() and subject.ent_type_ in ("LOC", "MISC") and subject.lower_ not in self.nouns \
                and subject.lemma_.lower() not in self.nouns:
            return True  # "Vigicrues prévoit …": a name the tagger took for a noun, opening the sentence
        if subject.is_title and subject.pos_ == "NOUN" and subject.i == subject.sent.start \
                and any(c.pos_ == "PROPN" and subject.i < c.i <= subject.i + 3
                        and not any(t.is_punct for t in subject.doc[subject.i:c.i]) for c in subject.children):
            return True  # "Santé publique France dénombrait …": a body's name, opening the sentence
        if any(c.dep_ in ("flat:name", "appos", "nmod", "flat", "amod") and _named(c) and c.i == subject.i + 1
               for c in subject.children):
            return True  # "la place Beauvau", "l'agence Frontex"
        lemma = self._masculine(subject.lemma_.lower())
        if lemma in self.roles or lemma in self.spokes or lemma in self.generic or lemma in self.anonymous \
                or lemma in self.data.DATA_NOUNS or lemma in self.media or subject.lower_ in self.roles:
            return True
        if lemma in self.body_heads and any(c.dep_ in ("nmod", "amod") and c.i > subject.i for c in subject.children):
            return True  # "la chambre d'agriculture", "la Caisse centrale de réassurance"
        if any(c.dep_ in ("appos", "nmod") and c.i > subject.i and c.text.isupper() and len(c.text) > 1
               and subject.doc[c.i - 1].text == "(" for c in subject.children):
            return True  # "le département américain de l'Agriculture (USDA)": a body with its acronym
        if any(c.dep_ == "nmod" and c.i > subject.i and _named(c) and c.ent_type_ not in ("LOC", "GPE", "PER")
               and any(g.dep_ == "case" for g in c.children) for c in subject.children):
            return True  # "le département américain de l'Agriculture": a body named by its remit
        # A body named by a noun and its adjective: "la protection civile", "la police nationale".
        adjective = next((c for c in subject.children if c.dep_ == "amod" and c.i == subject.i + 1), None)
        if adjective is not None and f"{lemma} {adjective.lower_}" in self.people:
            return True
        # People and bodies: "les syndicats", "les garde-côtes", "des analystes".
        entry = self.nouns.get(subject.lower_) or self.nouns.get(lemma)
        return lemma in self.people or (entry is not None and entry[2] in ("person", "organization"))

    def _prep_object(self, doc: Doc, start: int, end: int, sent: Span, label: str) -> Optional[Token]:
        """The head of the noun phrase after a source preposition, or None."""
        if label == "de source":
            head = doc[end - 1]  # "de source policière": the phrase itself names the source
            return head
        cue = doc[start]
        head: Optional[Token] = None
        if cue.dep_ in ("case", "fixed", "mark") and cue.head.i >= end - 1 and cue.head.i < sent.end:
            head = cue.head
            if head.i == end - 1 and head.dep_ == "fixed":
                head = head.head
        if head is None or head.i < end or head.pos_ not in ("NOUN", "PROPN", "PRON", "X", "ADJ"):
            head = next((t for t in doc[end:min(sent.end, end + 8)] if t.pos_ in ("NOUN", "PROPN", "PRON")), None)
        if head is None:
            return None
        if label == "pour qui":
            # "le Gisti, pour qui « … »": the nearest name or speaker before the comma.
            return next((t for t in reversed(doc[sent.start:start]) if t.pos_ in ("NOUN", "PROPN") and self._can_speak(t)), None)
        phrase = doc[end:head.i + 1].text.lower()
        if any(phrase == p or phrase.endswith(" " + p) for p in self.non_phrases) \
                and not (head.lemma_.lower() in self.media and any(c.dep_ == "amod" and c.i > head.i for c in head.children)):
            return None  # (but "selon la presse espagnole" names whose press)
        if any(t.dep_ == "det" and t.lower_ in self.data.OWN_POSSESSIVES for t in head.children):
            return None  # "selon nos informations", "d'après nos calculs": the article's own voice
        if label in self.data.HOUSE_PREPOSITIONS:
            lo, hi = self._np(doc, head, sent)
            if hi + 1 >= sent.end or doc[hi].text != "," or doc[hi + 1].lower_ not in self.data.IMPERSONAL_SUBJECTS \
                    or not (_named(head) or self._can_speak(head)):
                return None
            place = gazetteer.resolve_place(doc[lo:hi].text)
            if place is not None and place.kind != "capital":
                return None  # "À Lyon, on compte …": a town, not a house that speaks
        if label in self.data.FIGURE_PREPOSITIONS:
            # "220 millions d'euros pour la douane, environ 370 millions pour le parquet": right
            # after a figure, naming a body, when another figure of the sentence has its own.
            after_figure = [t for t in sent if t.lower_ == cue.lower_ and t.i > sent.start and t.idx in self._after_figures]
            if cue not in after_figure or len(after_figure) < 2:
                return None
            lo, hi = self._np(doc, head, sent)
            if gazetteer.resolve_place(doc[lo:hi].text) is not None or gazetteer.subdivision(doc[lo:hi].text):
                return None  # "12 % pour la France": a place, no source
            if not (_named(head) or head.lemma_.lower() in self.generic
                    or head.lemma_.lower() in self.data.FIGURE_PREPOSITION_BODIES):
                return None
            return head
        if label in self.data.WEAK_PREPOSITIONS:
            # "Pour le Pentagone, …": at the start of a sentence, naming someone, then a comma.
            lo, hi = self._np(doc, head, sent)
            if hi >= sent.end or doc[hi].text != "," or hi - lo > 8:
                return None
            if not (any(t.pos_ == "PROPN" or t.ent_type_ in ("ORG", "PER") for t in doc[lo:hi])
                    or head.lemma_.lower() in self.roles or head.lemma_.lower() in self.spokes):
                return None
        return head

    def _press_at_large(self, head: Token) -> bool:
        """"la presse", "les médias" with nothing to say whose: no source one can check (but "la
        presse espagnole" is)."""
        return head.lemma_.lower() in self.media and not any(
            c.dep_ in ("amod", "nmod", "appos", "flat:name") and c.i > head.i for c in head.children) \
            and any(c.dep_ == "det" and c.lower_ in ("la", "les", "l'", "l’") for c in head.children) \
            and head.lemma_.lower() in ("presse", "média")

    def _own_reporting(self, doc: Doc, end: int, sent: Span) -> Optional[Token]:
        """The noun of "selon nos informations" / "d'après nos sources" right after a source
        preposition, or None."""
        if end + 1 >= sent.end or doc[end].lower_ not in self.data.OWN_POSSESSIVES:
            return None
        noun = doc[end + 1]
        return noun if noun.lower_ in self.data.OWN_REPORTING else None

    def _prep_scope(self, doc: Doc, sent: Span, start: int, end: int, head: Token, label: str = "") -> frozenset[int]:
        everything = frozenset(range(sent.start, sent.end))
        if label in self.data.PARENTHESIS_PREPOSITIONS:
            # "celui de la préfecture de police (95 000)": the parenthesis after the name, when
            # "celui" stands for a count ("un chiffre proche de celui de …"), not for what is
            # counted ("un score supérieur à celui du Rassemblement national (12,1 %)").
            stands_for = next((t for t in reversed(doc[max(sent.start, start - 8):start]) if t.pos_ == "NOUN"), None)
            if stands_for is None or stands_for.lemma_.lower() not in self.data.DATA_NOUNS:
                return frozenset()
            opening = next((t.i for t in doc[head.i + 1:min(sent.end, head.i + 8)] if t.text == "("), None)
            if opening is None or any(t.pos_ in ("VERB", "AUX") or t.text in (",", ";") for t in doc[head.i + 1:opening]):
                return frozenset()
            closing = next((t.i for t in doc[opening:min(sent.end, opening + 12)] if t.text == ")"), opening)
            return frozenset(range(opening, closing + 1))
        if doc[start].text == "," and head.i < start:
            return frozenset(range(end, sent.end))  # ", pour qui « … »": what follows
        if doc[start].lower_ in self.data.HOUSE_PREPOSITIONS:
            return frozenset(range(start, sent.end))  # "…: chez Oddo BHF, on anticipe …"
        first = next((t.i for t in sent if not t.is_punct and not t.is_space), sent.start)
        if start <= first + 1:
            return everything  # "Selon X, …" frames the whole sentence
        if not any("Fin" in t.morph.get("VerbForm") for t in doc[end:sent.end]):
            return everything  # "…, selon X, le service …." closes it: no clause of its own follows
        governor = head.head
        if governor.i == head.i or governor.dep_ == "ROOT" and governor.pos_ in ("VERB", "AUX"):
            return everything
        return frozenset(t.i for t in governor.subtree if sent.start <= t.i < sent.end)

    @staticmethod
    def _prep_clause(sent: Span, start: int, head: Token) -> frozenset[int]:
        """The clause a closing "…, selon X" belongs to, when it is a clause of its own: in
        "…, a indiqué l'office, alors qu'il atteignait 7,6 % en France, selon l'Insee", the
        figure is the Insee's, not the office's."""
        governor = head.head
        if governor.pos_ in ("VERB", "AUX") and governor.dep_ in ("advcl", "conj", "acl:relcl") \
                and governor.i < start and sent.start <= governor.i < sent.end:
            return frozenset(t.i for t in governor.subtree if sent.start <= t.i < sent.end)
        return frozenset()

    def _verb_scope(self, sent: Span, verb: Token, subject: Token) -> frozenset[int]:
        everything = range(sent.start, sent.end)
        inverted = (subject.i > verb.i or subject.text.startswith("-")) and _after_comma(verb)
        if inverted and verb.dep_ != "ROOT":
            root = verb.head
            while root.dep_ not in ("ROOT",) and root.head.i != root.i and sent.start <= root.head.i < sent.end:
                root = root.head
            tokens = set(t.i for t in root.subtree)
        elif verb.dep_ in ("ROOT",) or self._opens_main_clause(sent, verb, subject):
            tokens = set(everything)
        elif verb.pos_ in ("NOUN", "ADJ") and subject.i < verb.i:
            # A verb the tagger took for a noun has no clause of its own in the parse: what
            # follows its subject is what it says ("…, Agreste chiffre la récolte à …").
            tokens = set(range(subject.i, _clause_end(sent, verb.i)))
        else:
            tokens = set(t.i for t in verb.subtree)
        lo, hi = self._np(verb.doc, subject, sent)
        return frozenset(i for i in tokens if not lo <= i < hi and sent.start <= i < sent.end)

    def _opens_main_clause(self, sent: Span, verb: Token, subject: Token) -> bool:
        """"Le ministère a fait état d'un mort, …, et de 17 blessés": a subject opening the sentence
        and its verb, the first of the sentence, govern the whole sentence whatever the parse says."""
        if subject.i > verb.i:
            return False
        first_word = next((t for t in sent if not (t.is_punct or t.is_space)), None)
        start = min(t.i for t in subject.subtree)
        if first_word is None or start > first_word.i + 1:
            return False
        return not any(t.pos_ == "VERB" and t.i != verb.i for t in verb.doc[start:verb.i])

    # -- choosing a cue for a figure ---------------------------------------------------------

    def _choose(self, span: Span, cues: list[Cue], segments: dict[int, int], figure: bool = True) -> Optional[Cue]:
        """The cue of a figure (or, with ``figure=False``, of a sentence's main clause)."""
        anchor = span.root.i
        inside = set(range(span.start, span.end)) if figure else set()

        def distance(c: Cue) -> int:
            lo, hi = c.np
            return min(abs(i - j) for i in (lo, hi - 1, c.cue_i) for j in (span.start, span.end - 1))

        if not figure:
            # The main clause's source: the cue that governs the most of the sentence.
            return max(cues, key=lambda c: (len(c.scope), -c.cue_i)) if cues else None
        usable = [c for c in cues if not (c.np[0] <= anchor < c.np[1])
                  and (c.cue_i not in inside or c.kind == "agent")]  # "estimée à 9 millions d'euros par X"
        seg = segments.get(span.start)
        local = [c for c in usable if c.kind == "prep" and (segments.get(c.cue_i) == seg or _closing_quote_between(span, c))
                 and (c.label not in self.data.PARENTHESIS_PREPOSITIONS or anchor in c.scope)
                 and not _new_clause_between(span.doc, c.np[1], span.start)]
        if local:
            return min(local, key=distance)
        holding = [c for c in usable if anchor in c.scope]
        if holding:
            # A place that "a enregistré" or "compte" figures is weaker than a source named
            # with "selon" ("La France a enregistré 161 740 demandes, selon le ministère").
            return min(holding, key=lambda c: (self._weak(c), len(c.clause) if anchor in c.clause else len(c.scope),
                                               distance(c)))
        return None

    def _origin_and_relay(self, span: Span, cue: Optional[Cue], live: list[Cue]) -> Optional[tuple[Cue, Cue]]:
        """(origin, relay) when the figure ``cue`` was chosen for is one a body counted, or a
        source told with a preposition, and an outlet reported after it with a relaying verb ("X a
        recensé 1 240 arrivées, a rapporté la BBC", "Selon X, …, a rapporté la BBC"), else None."""
        if cue is None or cue.record is None:
            return None
        anchor = span.root.i
        holding = [c for c in live if c.record is not None and anchor in c.scope]
        relay = next((c for c in holding if c.kind == "verb" and c.lemma in self.relay and c.source_i > span.end),
                     None)
        origin = next((c for c in holding if c.source_i < span.start and c.lemma not in self.relay
                       and (c.kind == "prep" or c.kind == "verb" and c.lemma in self.count)), None)
        if relay is None or origin is None or cue not in (relay, origin) \
                or origin.record.get("name") == relay.record.get("name"):  # type: ignore[union-attr]
            return None
        return origin, relay

    def _weak(self, c: Cue) -> bool:
        if c.kind != "verb" or c.lemma in self.say or c.record is None:
            return False
        if c.lemma in self.data.MEASURED_VERBS:
            return True  # "l'académie affiche 90,2 % d'admis, a indiqué le rectorat"
        place = gazetteer.resolve_place(c.record["name"])
        if place is None:
            # A region or a department that "compte" figures: "Le Rhône en compte 142, selon l'ARS".
            return gazetteer.subdivision(c.record["name"]) is not None
        return place.kind != "capital"  # a capital speaks for its state: "Kiev revendique"

    def _quoted_speaker(self, doc: Doc, at: int, quotes: list[tuple[int, int]], cues: list[Cue]
                        ) -> Optional[dict[str, Any]]:
        """The speaker of the quotation a figure stands in: "« … 230 cas … », a déclaré X".
        ``cues`` are the document's cues, as ``self._cue_at`` places them."""
        quote = self._quote_at(at)
        if quote is None:
            return None
        a, b = quote
        # The cues up to 80 characters before the quotation or after it, in the order of ``cues``.
        near = sorted(n for lo, hi in ((a - 80, a), (b, b + 80))
                      for _, n in self._cue_at[bisect_left(self._cue_at, (lo, -1)):bisect_right(self._cue_at, (hi, len(cues)))])
        best = None
        for n in near:
            c = cues[n]
            if c.record is None or c.kind != "verb" or c.lemma not in self.say:
                continue
            ci = doc[c.cue_i].idx
            gap = ci - b if ci >= b else a - ci
            if 0 <= gap <= 80 and (best is None or gap < best[0]):
                best = (gap, c.record)
        return best[1] if best else None

    # -- reading the source's noun phrase ----------------------------------------------------

    def _np(self, doc: Doc, head: Token, sent: Span, exclude: frozenset[int] = frozenset()) -> tuple[int, int]:
        """The token range of the noun phrase headed by ``head``: its determiners, adjectives,
        complements and names, never a clause, a date, a figure or a description after a comma."""
        keep = {head.i}
        stack = [head]
        # (a phrase after a preposition is no verb's subject: a noun coordinated to it that a
        # finite verb follows opens a clause of its own)
        prepositional = any(g.dep_ == "case" for g in head.children)
        while stack:
            t = stack.pop()
            for c in t.children:
                if c.i in exclude or not (sent.start <= c.i < sent.end) or c.is_space:
                    continue  # (the line break after a headline's last word is no part of it)
                dep = c.dep_
                if dep == "acl" and c.lower_ in self.data.NAME_PARTICIPLES and c.i > t.i:
                    keep.update(x.i for x in c.subtree if sent.start <= x.i < sent.end and x.i not in exclude)
                    continue  # "le ministère chargé du Commerce extérieur": part of the name
                if t.i == head.i and dep in ("case", "mark", "cc"):
                    continue  # the phrase's own preposition: "selon", "d'après", "sur"
                if dep not in _NP_DEPS and not (t.pos_ == "ADJ" and dep in ("obl:arg", "obl:mod", "obl")):
                    continue
                if dep == "appos" and not (c.i > 0 and doc[c.i - 1].text == "(" or c.pos_ == "PROPN" and c.i > t.i
                                           and not any(x.is_punct for x in doc[t.i + 1:c.i])):
                    continue  # a description after a comma is not the name
                if dep.startswith("acl") and c.i > 0 and doc[c.i - 1].text == ",":
                    continue  # nor is an aside: "l'office, basé à Luxembourg, …"
                if dep == "punct" and c.text not in ("(", ")", "-", "'", "’", "."):
                    continue
                if dep == "conj" and c.pos_ not in ("PROPN", "NOUN"):
                    continue
                if dep == "conj" and prepositional and _subject_of_next_verb(c, sent):
                    continue  # "selon la direction et des patients ont passé …": a clause of its own
                if dep == "advmod" and c.i > t.i:
                    continue
                if dep == "nmod" and (c.pos_ == "NUM" or c.like_num):
                    continue
                if dep == "nummod" and c.i > t.i:
                    continue
                keep.add(c.i)
                stack.append(c)
        lo = hi = head.i
        while lo - 1 in keep:
            lo -= 1
        while hi + 1 in keep:
            hi += 1
        if head.pos_ == "NOUN" and head.text[:1].islower() and hi == head.i:
            # A name written right after its body's noun, whatever the parse made of its words:
            # "selon l'association Remontées Mécaniques Suisses".
            end = hi + 1
            while end < sent.end and end not in exclude and (
                    _capitalised_word(doc[end]) or doc[end].lower_ in _NAME_LINKS and end + 1 < sent.end
                    and end > hi + 1 and _capitalised_word(doc[end + 1])):
                end += 1
            while end - 1 > hi and doc[end - 1].lower_ in _NAME_LINKS:
                end -= 1
            hi = end - 1
        # A complement that is a date or a figure ends the phrase: "le ministère mardi".
        return lo, hi + 1

    def _resolve(self, doc: Doc, sent: Span, c: Cue, history: _History, times: Spans,
                 qspans: Spans, via: Optional[str]) -> Optional[dict[str, Any]]:
        """The source record of a cue, or None when it names nobody."""
        head = doc[c.source_i]
        if c.label == "own":
            # The article's own voice, backed by its outlet (named when the document is stored).
            c.np = (head.i - 1, head.i + 1)
            return {"start": doc[head.i - 1].idx, "end": head.idx + len(head.text), "text": doc[head.i - 1:head.i + 1].text,
                    "name": "", "name_start": head.idx, "name_end": head.idx + len(head.text), "cue": "own",
                    "kind": "count", "via": None, "role": None, "anonymous": False, "person": False,
                    "forecast": False, "parts": [], "named": False, "own": True}
        low = head.lower_.lstrip("-").replace("t-", "") if head.pos_ == "PRON" else head.lower_
        verb = doc[c.cue_i]
        # A name the tagger took for a pronoun (the recogniser knows better): "Kiev affirme que …".
        misread = (head.pos_ == "PRON" and head.text[:1].isupper() and bool(head.ent_type_) and low not in self.data.PRONOUNS
                   and low not in ("qui", "que", "dont", "lequel", "laquelle") and head.morph.get("PronType") != ["Rel"])
        if (head.pos_ == "PRON" or low in self.data.PRONOUNS) and not misread:
            c.np = (head.i, head.i + 1)
            if head.morph.get("PronType") == ["Rel"] or low in ("qui", "que", "dont", "lequel", "laquelle"):
                if verb.dep_.startswith("acl") and verb.head.pos_ in ("NOUN", "PROPN", "PRON"):
                    return self._record(doc, sent, self._relative_antecedent(head), c, history, times, qspans, via)
                return None
            if low in self.data.FIRST_PERSON and self._quote_at(head.idx) is None:
                # An interview's answers, outside quotation marks: "Nous estimons que 2 600 décès
                # …" is the person interviewed, the last person named so far.
                speaker = history.last_person() or self._first_person_named(doc, sent)
                if speaker is None:
                    return None
                c.np = (head.i, head.i + 1)
                return dict(speaker, cue="anaphora", forecast=c.lemma in self.forecast, start=head.idx,
                            end=head.idx + len(head.text), text=head.text)
            if low in self.non_subjects:
                return None
            gender, number = self.data.PRONOUNS.get(low, ("", ""))
            if not gender and not number:
                return None
            found = None
            if sent.start > 0 and head.i == sent.start and "\n" not in doc[sent.start - 1].text_with_ws:
                # "Agreste, le service statistique du ministère, a revu sa copie. Il estime …":
                # a sentence's subject pronoun stands first for the subject of the sentence before.
                found = self._previous_subject(doc, sent, history, (gender, number))
            if found is None:
                # "Le réseau Habitat Conseil persiste à voir le verre à moitié plein : selon lui, …":
                # the subject of its sentence's clause before a colon.
                found = self._subject_before_colon(doc, sent, head.i, (gender, number))
            if found is None:
                found = history.pronoun(gender, number)
            if found is None:
                found = self._previous_subject(doc, sent, history)
            if found is None:
                return None
            return dict(found, cue="anaphora", forecast=c.lemma in self.forecast, start=head.idx, end=head.idx + len(head.text), text=head.text)
        return self._record(doc, sent, head, c, history, times, qspans, via)

    def _record(self, doc: Doc, sent: Span, head: Token, c: Cue, history: _History,
                times: Spans, qspans: Spans, via: Optional[str],
                depth: int = 0) -> Optional[dict[str, Any]]:
        lo, hi = c.fixed_np if c.fixed_np and depth == 0 else self._np(doc, head, sent)
        if depth == 0 and head.ent_type_ == "PER" and lo >= sent.start + 2 and doc[lo - 1].text == ",":
            # "Le président de la FTI, Didier Fontanel, revendique …", the parse making the name
            # the subject and the role a subject of its own: the role's phrase is the name's.
            role = self._role_before(doc, lo - 1, sent)
            if role is not None:
                head, lo = role, role.left_edge.i
        if hi > lo:
            # "le Haut-Commissariat des Nations | unies pour les réfugiés": the rest of the name
            # the recogniser read as one organisation.
            ent_end = max([hi] + [e for s, e, label in self._ents if label in ("ORG", "MISC") and s <= hi - 1 < e <= sent.end
                                  and s >= lo])
            # ... but never over the verb that says it ("la Caisse centrale de réassurance | avance").
            hi = next((i for i in range(hi, ent_end) if i == c.cue_i or doc[i].pos_ in ("VERB", "AUX")), ent_end)
        if hi > lo and (_named(doc[hi - 1]) or (hi < sent.end and _named(doc[hi]) and doc[hi].pos_ in ("NOUN", "PROPN", "ADJ", "X")
                                                 and doc[hi].i != c.cue_i)):
            # "l'Open Source | Center (OSC)", "le service de prévision des crues | Vigicrues": the
            # rest of a name, or the name the parse left after its description
            hi = _extend_name(doc, hi, sent)
        lo, hi = self._cut_at_facts(doc, head, lo, hi, times, qspans)
        c.np = (lo, hi)
        if hi <= lo:
            return None
        tokens = doc[lo:hi]
        text = tokens.text
        lemma = self._masculine(head.lemma_.lower())
        words = [t.lower_ for t in tokens]
        has_name = any(_named(t) for t in tokens)
        det = words[0] if words and doc[lo].pos_ == "DET" or words and words[0] in self.strip else ""
        kind = "other"
        role: Optional[str] = None
        relay: Optional[str] = None
        # "X, cité par Y", "les analystes interrogés par LSEG": Y relays X. (A relative clause
        # right after the phrase is its own, wherever the parse hung it: "selon la BBC, qui cite
        # des chiffres du Home Office".)
        after = [doc[hi + 1].head] if hi + 1 < sent.end and doc[hi].text == "," \
            and doc[hi + 1].lower_ == "qui" and doc[hi + 1].head.dep_.startswith("acl") \
            and doc[hi + 1].head not in head.children else []
        for child in list(head.children) + after:
            agent = next((g for g in child.children if g.dep_.startswith("obl")
                          and any(x.lower_ == "par" for x in g.children)), None)
            if child.dep_.startswith("acl") and agent is not None \
                    and (child.lemma_.lower() in self.cited or child.lower_ in self.cited_forms):
                relay = self._name_only(doc, agent, sent)
            elif child.dep_.startswith("acl") and child.lemma_.lower() in self.origin and agent is None:
                # "d'après Y, qui s'appuie sur X": X is the origin, Y the relay.
                origin = next((g for g in child.children if g.dep_ in ("obl:arg", "obl", "obl:mod", "obj")
                               and g.pos_ in ("NOUN", "PROPN")
                               # "qui s'appuie sur X", "qui cite X" (not "basée à Varsovie")
                               and all(x.lower_ in self.data.ORIGIN_PREPOSITIONS for x in g.children
                                       if x.dep_ == "case")), None)
                if origin is not None and depth < 2:
                    inner = self._record(doc, sent, origin, c, history, times, qspans, via, depth + 1)
                    # (Readings nobody is named as making, or what cannot speak, are the relay's
                    # own: "selon la préfecture, qui s'appuie sur les relevés effectués par avion",
                    # "Mediazona, qui s'appuie sur les avis de décès".)
                    if inner is not None and not _named(origin) and (
                            self._author(origin, sent) is None if self._data_kind(origin) is not None
                            else not self._can_speak(origin)):
                        inner = None
                    if inner is not None:
                        inner["via"] = self._clean(doc, lo, hi)[2]
                        c.np = (lo, hi)
                        return inner
        if relay is None:
            relay = self._cited_after(doc, hi, sent)
        # A report or a count: its author is the source ("les chiffres du ministère").
        data_kind = self._data_kind(head) if head.pos_ == "NOUN" or not has_name else None
        if data_kind is not None:
            kind = data_kind
            author = self._author(head, sent)
            if author is not None and det in self.possessive and author.pos_ == "NOUN" \
                    and not any(g.dep_ == "det" for g in author.children):
                author = None  # "selon sa note de conjoncture": the owner's note, "conjoncture" its kind
            if author is not None and depth < 3:
                inner = self._record(doc, sent, author, c, history, times, qspans, via, depth + 1)
                if inner is not None:
                    inner["kind"] = kind if inner["kind"] == "other" else inner["kind"]
                    inner.update(start=doc[lo].idx, end=doc[hi - 1].idx + len(doc[hi - 1].text), text=text)
                    c.np = (lo, hi)
                    return inner
        # What points back: "selon ses propres projections" (the subject's), "d'après ce
        # rapport", "selon la même source", "son directeur" (speaks for the body named before).
        if not has_name and depth == 0:
            owner: Optional[dict[str, Any]] = None
            speaker = lemma in self.roles or lemma in self.spokes
            if any(t.lower_ in self.data.SAME_WORDS for t in tokens):
                owner = history.last() or self._previous_subject(doc, sent, history)  # "selon la même source"
            elif det in self.possessive and data_kind is not None:
                owner = self._owner(doc, c, sent, history)
            elif det in self.possessive and speaker and self._person(doc, head, lo, hi, sent) is None:
                owner = history.last()
                owner = None if owner is not None and owner.get("person") else owner
                role = lemma
            elif det in self.demonstrative and data_kind is not None:
                owner = history.last(("study", "count")) or history.last()
            if owner is not None:
                return dict(owner, cue="anaphora", forecast=c.lemma in self.forecast, kind=data_kind or owner["kind"], role=role or owner.get("role"),
                            start=doc[lo].idx, end=doc[hi - 1].idx + len(doc[hi - 1].text), text=text)
        # "la directrice de l'ARS, Marie Dupont", "le député sud-coréen Lee X": the person.
        person = self._person(doc, head, lo, hi, sent)
        name_lo, name_hi = lo, hi
        spoken_for: Optional[tuple[int, int]] = None  # the body a named spokesperson speaks for
        if person is not None:
            p_lo, p_hi = person
            if not (lo <= p_lo and p_hi <= hi) or (p_lo, p_hi) != (lo, hi):
                role_tokens = [t for t in doc[lo:hi] if not (p_lo <= t.i < p_hi)]
                role = " ".join(t.text for t in role_tokens if t.lower_ not in self.strip and not t.is_punct) or None
                # "le porte-parole du Croissant-Rouge, Babak Rahimi", "le président de la FTI,
                # Didier Fontanel": his figures are the Red Crescent's, the federation's too.
                voice = next((t for t in role_tokens
                              if (lemma := self._masculine(t.lemma_.lower())) in self.spokes or lemma in self.roles), None)
                body = self._body_of(voice, lo, hi) if voice is not None else None
                if body is not None and _named(body) and not p_lo <= body.i < p_hi:
                    spoken_for = self._body_span(doc, body, sent, lo, hi, before=p_lo)
            if spoken_for is None:
                spoken_for = self._apposed_body(doc, p_hi, sent)
            name_lo, name_hi = p_lo, p_hi
        elif (lemma in self.spokes or lemma in self.media) and not _named(head) \
                and self._body_of(head, lo, hi) is not None:
            # "les experts de l'ISW" is the ISW; "l'agence Yonhap" is Yonhap.
            body = self._body_of(head, lo, hi)
            if body is not None:
                b_lo, b_hi = self._np(doc, body, sent)
                b_lo = max(b_lo, lo)
                b_hi = min(b_hi, hi)
                while b_lo < b_hi and doc[b_lo].dep_ == "case":
                    b_lo += 1
                b_hi = _extend_name(doc, b_hi, sent)
                hi = max(hi, b_hi)
                role = head.lemma_
                name_lo, name_hi = b_lo, b_hi
        elif det in self.definite and not has_name and depth == 0 \
                and next((k for k in range(lo, hi) if doc[k].text == ","), hi) - lo <= 3:  # "l'office, basé à …"
            # "l'institut", "le groupe", "le bureau onusien": the body named before, first among
            # the names of this sentence and the one before ("L'Office français … a accordé …,
            # a précisé l'office"), then among the sources so far.
            named = self._named_like(doc, sent, lemma, lo)
            short = next((k for k in range(lo, hi) if doc[k].text == ","), hi)
            bare = short - lo == 2 and doc[short - 1].morph.get("Number") != ["Plur"]
            # (A singular kind and one epithet that names no state points back too: "La veille,
            # l'organisation humanitaire comptait 150 morts", "l'agence onusienne".)
            bare = bare or (short - lo == 3 and doc[lo + 1].morph.get("Number") != ["Plur"]
                            and doc[lo + 2].pos_ == "ADJ" and doc[lo + 2].is_lower
                            and not gazetteer.demonym_country(doc[lo + 2].lower_))
            if named is None and bare and lemma in self.generic:
                named = self._body_named_before(doc, sent, lo)  # "À la RATP, …, selon la régie"
            if named is not None:
                a, b = named
                s2, e2, name2 = self._clean(doc, a, b)
                return {"start": doc[lo].idx, "end": doc[hi - 1].idx + len(doc[hi - 1].text), "text": text,
                        "name": name2, "name_start": s2, "name_end": e2, "cue": "anaphora", "kind": kind,
                        "via": via, "role": None, "anonymous": False, "person": False, "forecast": c.lemma in self.forecast,
                        "parts": [[s2, e2]], "named": True}
            earlier = history.described(lemma, self.generic, bare, doc[lo].idx)
            if earlier is not None:
                return dict(earlier, cue="anaphora", forecast=c.lemma in self.forecast, start=doc[lo].idx,
                            end=doc[hi - 1].idx + len(doc[hi - 1].text), text=text)
        # "une source sécuritaire à Beyrouth": a place in the phrase says where the source is,
        # not who it is.
        placed_only = has_name and all(t.ent_type_ in ("LOC", "GPE") for t in tokens if _named(t))
        anonymous = ((not has_name or placed_only) and person is None and lemma in self.anonymous
                     and (det in self.indefinite or c.label == "de source" or not det))
        s, e, name = self._clean(doc, name_lo, name_hi)
        if not name or len(name.split()) > _MAX_NAME_TOKENS:
            return None
        parts = [[s, e]]
        if spoken_for is not None:
            s2, e2, body_name = self._clean(doc, *spoken_for)
            if body_name:
                parts.append([s2, e2])
        if has_name and person is None:
            # "Reuters et le Open Source Centre": two authors, wherever the parse hung the second.
            for a, b in self._coordinated(doc, name_hi, sent):
                s2, e2, other = self._clean(doc, a, b)
                if other:
                    parts.append([s2, e2])
                    e = e2
                    hi = max(hi, b)
            name = self._text[s:e]
        rec = {"start": doc[lo].idx, "end": doc[hi - 1].idx + len(doc[hi - 1].text), "text": text,
               "name": name, "name_start": s, "name_end": e, "cue": c.label, "kind": kind,
               "via": relay or via, "role": role, "anonymous": anonymous, "person": person is not None,
               "forecast": c.lemma in self.forecast, "parts": parts, "named": has_name}
        if relay and via and relay != via:
            rec["via"] = relay
        return rec

    def _apposed_body(self, doc: Doc, after: int, sent: Span) -> Optional[tuple[int, int]]:
        """The body a named person speaks for, told by the role in apposition after the name:
        "a déclaré Claire Mahieu, responsable de la veille sanitaire à l'ARS" → the ARS."""
        if after + 1 >= sent.end or doc[after].text != ",":
            return None
        voice = doc[after + 1]
        if voice.pos_ == "DET" and after + 2 < sent.end:
            voice = doc[after + 2]
        # (the word as written too: the tagger lemmatises "porte-parole" as "porter")
        if not any(w in self.spokes or w in self.roles
                   for w in (self._masculine(voice.lemma_.lower()), self._masculine(voice.lower_))):
            return None
        hi = voice.i + 1
        while hi < sent.end and doc[hi].text not in (",", ".", ";", ":", "«", "»", "(") and doc[hi].pos_ != "VERB":
            hi += 1
        body = self._body_of(voice, voice.i, hi)
        if body is None or not _named(body):
            return None
        return self._body_span(doc, body, sent, voice.i + 1, hi)

    def _body_span(self, doc: Doc, body: Token, sent: Span, lo: int, hi: int,
                   before: Optional[int] = None) -> Optional[tuple[int, int]]:
        """The tokens naming the body a person speaks for, within ``lo``..``hi`` (and before
        the person's name at ``before`` when it comes after them): its noun phrase and name,
        without the words before it ("de l'") or a closing mark."""
        b_lo, b_hi = self._np(doc, body, sent)
        b_lo = max(b_lo, lo)
        while b_lo < b_hi and doc[b_lo].pos_ in ("ADP", "DET"):
            b_lo += 1
        b_hi = min(_extend_name(doc, b_hi, sent), before if before is not None and before > b_lo else hi)
        while b_hi > b_lo and doc[b_hi - 1].is_punct:
            b_hi -= 1
        return (b_lo, b_hi) if b_hi > b_lo else None

    def _body_of(self, head: Token, lo: int, hi: int) -> Optional[Token]:
        """The body a spokesperson speaks for: "les experts de l'ISW" → ISW, "les services de
        renseignement du ministère britannique de la Défense" → the ministry (the first named
        complement down the chain, else the nearest one: "les analystes du renseignement")."""
        def complements(t: Token) -> list[Token]:
            return [g for g in t.children if lo <= g.i < hi and g.i > t.i and g.pos_ in ("NOUN", "PROPN")
                    and (g.dep_ in ("flat:name", "appos", "flat") or g.dep_ == "nmod" and (
                        g.pos_ == "PROPN" or any(x.dep_ == "case" and x.lower_ in ("de", "du", "des", "d'", "d’")
                                                 for x in g.children)))]
        first = complements(head)
        if not first:
            return None
        queue = list(first)
        while queue:
            node = queue.pop(0)
            if gazetteer.is_local_place(node.text):
                return None  # "l'agence régionale de santé des Hauts-de-France": the region's agency itself
            if _named(node) or node.ent_type_ in ("ORG", "PER"):
                return node
            queue.extend(complements(node))
        # A name at the end of the phrase, however the parse hung it: "le service de
        # prévision des crues Vigicrues".
        doc = head.doc
        named = [doc[k] for k in range(head.i + 1, hi) if _named(doc[k]) and doc[k].pos_ in ("NOUN", "PROPN", "ADJ", "X")
                 and doc[k - 1].pos_ not in ("ADP", "VERB", "PUNCT")]  # not "basée à Varsovie"
        if named:
            return None if gazetteer.is_local_place(named[-1].text) else named[-1]
        if any(c.dep_ == "amod" and c.i > head.i for c in head.children):
            return None  # "le service départemental d'incendie et de secours": a body of its own
        return first[0]

    def _body_named_before(self, doc: Doc, sent: Span, before: int) -> Optional[tuple[int, int]]:
        """The last organisation named earlier in the sentence or in the one before it (a name
        the model tags as one, or an acronym), not a place: what "la régie" or "le syndicat"
        stands for there ("Un chiffre que conteste la CGT. D'après le syndicat, …")."""
        start = sent.start
        if sent.start > 0 and any(u.pos_ in ("VERB", "AUX") for u in doc[sent.start - 1].sent):
            start = doc[sent.start - 1].sent.start  # not a headline or a date line ("LE MANS, … (AFP) -")
        for t in reversed(doc[start:before]):
            if t.pos_ != "PROPN" or not (t.ent_type_ == "ORG" or (len(t.text) > 1 and t.text.isupper())):
                continue
            own = t.sent
            lo = t.i
            while lo - 1 >= own.start and doc[lo - 1].pos_ == "PROPN":
                lo -= 1
            hi = _extend_name(doc, t.i + 1, own)
            if gazetteer.resolve_place(doc[lo:hi].text):
                continue
            if t.i < sent.start and not any(doc[k].dep_ in _ACTOR_DEPS and doc[k].head.pos_ in ("VERB", "AUX")
                                            for k in range(lo, hi)):
                # In the sentence before, only a body that speaks or acts there ("que conteste la
                # CGT", which the parse may read as the object): "l'annonce de la SNCF" does not
                # make the SNCF "le syndicat".
                continue
            return lo, hi
        return None

    def _named_like(self, doc: Doc, sent: Span, lemma: str, before: int) -> Optional[tuple[int, int]]:
        """A name in this sentence or the one before that starts with ``lemma``: "l'office" is
        "l'Office français de protection des réfugiés et apatrides (Ofpra)"."""
        start = doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
        for t in reversed(doc[start:before]):
            if t.lower_ == lemma and t.text[:1].isupper() and t.i > 0:
                hi = _extend_name(doc, t.i + 1, doc[t.i].sent)
                lo2, hi2 = self._np(doc, t, doc[t.i].sent)
                hi = max(hi, hi2)
                if hi - t.i >= 2:
                    return t.i, hi
        return None

    def _cited_after(self, doc: Doc, end: int, sent: Span) -> Optional[str]:
        """"Selon le député X, cité par l'agence Yonhap, …": the relay in the apposition that
        follows the name, wherever the parse hung it."""
        if end + 2 >= sent.end or doc[end].text != ",":
            return None
        verb = doc[end + 1]
        if verb.lower_ not in self.cited_forms or doc[end + 2].lower_ != "par":
            return None
        head = next((t for t in doc[end + 3:min(sent.end, end + 8)] if t.pos_ in ("NOUN", "PROPN")), None)
        return self._name_only(doc, head, sent) if head is not None else None

    def _coordinated(self, doc: Doc, end: int, sent: Span) -> list[tuple[int, int]]:
        """Names coordinated after a name ending at ``end``: "… et le Open Source Centre"."""
        out: list[tuple[int, int]] = []
        i = end
        while i < sent.end and doc[i].lower_ in ("et", "ainsi"):
            j = i + 1
            if doc[i].lower_ == "ainsi" and j < sent.end and doc[j].lower_ == "que":
                j += 1
            while j < sent.end and doc[j].lower_ in self.strip:
                j += 1
            k = j
            while k < sent.end and (_named(doc[k]) or (k > j and doc[k].pos_ == "ADJ" and not doc[k].is_punct)
                                    or (k > j and doc[k].lower_ in ("de", "du", "des", "d'", "d’", "la", "l'", "l’")
                                        and k + 1 < sent.end and _named(doc[k + 1]))):
                k += 1
            if k == j or not _named(doc[j]):
                break
            out.append((j, k))
            i = k
        return out

    def _cut_at_facts(self, doc: Doc, head: Token, lo: int, hi: int, times: Spans,
                      qspans: Spans) -> tuple[int, int]:
        """Cut the phrase where a date or a figure starts: a source is never one."""
        for i in range(head.i + 1, hi):
            t = doc[i]
            if times.holds(t.idx) or qspans.holds(t.idx):
                hi = i
                break
        for i in range(head.i - 1, lo - 1, -1):
            t = doc[i]
            if times.holds(t.idx) or qspans.holds(t.idx):
                lo = i + 1
                break
        while hi > lo and (doc[hi - 1].is_punct and doc[hi - 1].text not in (")",) or doc[hi - 1].dep_ in ("case", "cc", "det")):
            hi -= 1
        return lo, hi

    def _clean(self, doc: Doc, lo: int, hi: int) -> tuple[int, int, str]:
        """Offsets and text of a name without leading determiners or trailing punctuation
        ("Le Parisien", "Les Échos" keep theirs: a capital inside a sentence is the name's)."""
        while lo < hi and (doc[lo].lower_ in self.strip or doc[lo].is_punct and doc[lo].text != "("):
            if doc[lo].text[:1].isupper() and not doc[lo].is_sent_start and lo + 1 < hi and _named(doc[lo + 1]) \
                    and not doc[lo - 1].is_punct:
                break
            lo += 1
        while hi > lo and doc[hi - 1].is_punct and doc[hi - 1].text != ")":
            hi -= 1
        if hi <= lo:
            return 0, 0, ""
        s, e = doc[lo].idx, doc[hi - 1].idx + len(doc[hi - 1].text)
        if doc[hi - 1].text == ")" and "(" not in self._text[s:e]:
            e = doc[hi - 2].idx + len(doc[hi - 2].text) if hi - 2 >= lo else e
        return s, e, self._text[s:e].strip()

    def _name_only(self, doc: Doc, head: Token, sent: Span) -> Optional[str]:
        lo, hi = self._np(doc, head, sent)
        tokens = doc[lo:hi]
        if head.lemma_.lower() in self.media:
            names = [t for t in tokens if t.pos_ == "PROPN"]
            if names:
                return doc[names[0].i:names[-1].i + 1].text
        return self._clean(doc, lo, hi)[2] or None

    def _author(self, head: Token, sent: Span) -> Optional[Token]:
        """The author of a report or count: "du ministère", "réalisée par l'OSC", "publiées
        lundi par le Parlement européen", "son bulletin publié mardi, Santé publique France"."""
        doc = head.doc
        for child in head.children:
            if child.dep_ == "appos" and any(_named(t) for t in child.subtree) and sent.start <= child.i < sent.end:
                return child
        # "publiées lundi matin par X": past a date the parse may hang "par X" anywhere.
        for t in doc[head.i + 1:min(sent.end, head.i + 4)]:
            # The participle, even tagged as a noun: "un bilan provisoire communiqué lundi par X".
            if (t.pos_ == "VERB" or t.dep_.startswith("acl")) and (self._verb_lemma(t) or t.lemma_.lower()) in self.authors:
                for u in doc[t.i + 1:min(sent.end, t.i + 10)]:
                    if u.pos_ in ("VERB", "AUX", "SCONJ") or u.text in (",", ";", ":"):
                        break
                    if u.lower_ == "par" and u.head.pos_ in ("NOUN", "PROPN") and u.head.i > u.i:
                        return u.head if self._agent_like(u.head) else None
                break
        for child in head.children:
            if not (sent.start <= child.i < sent.end):
                continue
            if child.dep_ == "nmod" and child.pos_ in ("NOUN", "PROPN") and child.i > head.i \
                    and any(g.dep_ == "case" and g.lower_ in ("de", "d'", "d’", "du", "des") for g in child.children) \
                    and self._can_speak(child) and (_named(child) or any(
                        g.dep_ == "det" or g.dep_ == "case" and g.lower_ in ("du", "des") for g in child.children)):
                return child  # "les chiffres du ministère" (not "les avis de décès", "les données de vol": what they are of)
            if child.dep_ in ("nmod", "obl:agent") and child.pos_ in ("NOUN", "PROPN") and child.i > head.i \
                    and any(g.dep_ == "case" and g.lower_ == "par" for g in child.children) and self._agent_like(child):
                return child  # "une analyse publiée le 24 octobre par les services de …"
            if child.dep_.startswith("acl") and (self._verb_lemma(child) or child.lemma_.lower()) in self.authors:
                agent = next((g for g in child.children if g.dep_.startswith("obl")
                              and any(x.lower_ == "par" for x in g.children)), None)
                if agent is not None and self._agent_like(agent):
                    return agent
        return None

    def _agent_like(self, t: Token) -> bool:
        """Whether what "par" introduces can be who made a report: a name, or a noun with its
        determiner; not a bare noun, which is the means ("effectués par avion", "par écrit")."""
        if t.lemma_.lower() in self.means or t.lower_ in self.means:
            return False
        if any(g.dep_ == "det" and g.lower_ in self.possessive for g in t.children):
            return False  # "effectués par ses agents": the teller's own, no author of their own
        return _named(t) or t.pos_ == "PROPN" or any(g.dep_ == "det" for g in t.children)

    def _owner(self, doc: Doc, c: Cue, sent: Span, history: _History) -> Optional[dict[str, Any]]:
        """Whose "ses projections": the subject of the clause, else the last source."""
        head = doc[c.source_i]
        verb = head.head
        while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
            verb = verb.head
        subject = next((t for t in verb.children if t.dep_ in _SUBJECT_DEPS and t.pos_ in ("NOUN", "PROPN")), None)
        if subject is None:
            for t in sent:
                if t.dep_ in _SUBJECT_DEPS and t.pos_ == "PROPN":
                    subject = t
                    break
        if subject is not None and not self._can_speak(subject):
            # "La récolte atteindrait …, selon sa note": no report of the harvest's own; the
            # body its sentence's clause before a colon is about ("Le réseau livre un diagnostic
            # opposé : d'après ses propres données, les prix …"), else the sentence before
            # ("Agreste a publié ses prévisions.").
            return self._subject_before_colon(doc, sent, head.i, ("", "")) \
                or self._previous_subject(doc, sent, history, ("", "")) or history.last()
        found = self._subject_record(doc, subject, sent) if subject is not None else None
        return found or history.last()

    def _role_before(self, doc: Doc, comma: int, sent: Span) -> Optional[Token]:
        """The role whose phrase opens the sentence and ends right before ``comma`` ("Le
        président de la FTI", "La directrice de l'ARS"), if one does."""
        # (The phrase is closed: each of its words but the role hangs on a word of it, wherever
        # the parse hung the role.)
        role = next((t for t in doc[sent.start:comma] if t.pos_ == "NOUN"), None)
        if role is None or role.i > sent.start + 1:
            return None
        lemma = self._masculine(role.lemma_.lower())
        if lemma not in self.roles and lemma not in self.spokes:
            return None
        if any(t.i != role.i and not sent.start <= t.head.i < comma for t in doc[sent.start:comma]):
            return None
        return role

    def _person(self, doc: Doc, head: Token, lo: int, hi: int, sent: Span) -> Optional[tuple[int, int]]:
        """The named person of a phrase headed by a role, inside it or apposed after a comma."""
        if head.ent_type_ == "PER" and head.pos_ == "PROPN":
            ent = next((e for e in self._ents if e[0] <= head.i < e[1]), None)
            return (max(ent[0], lo), min(ent[1], hi)) if ent is not None else None
        role = head.lemma_.lower() in self.roles or head.lower_ in self.roles or head.lemma_.lower() in self.spokes
        for start, end, label in self._ents:
            if label == "PER" and lo <= start and end <= hi and start > head.i:
                if role or head.pos_ == "PROPN":
                    return start, end
        if not role:
            return None
        # "la porte-parole de l'ONU, Andrea Lind," — a name after the comma that closes the phrase,
        # or before the verb ("Porte-parole du gouvernement, Prisca Thevenot a affirmé …").
        j = hi
        if j < sent.end and doc[j].text == ",":
            ent = next((e for e in self._ents if e[0] == j + 1 and e[2] == "PER"), None)
            if ent is not None and (ent[1] >= sent.end or doc[ent[1]].is_punct or doc[ent[1]].pos_ in ("AUX", "VERB")):
                return ent[0], ent[1]
            nxt = j + 1
            if nxt < sent.end and doc[nxt].pos_ == "PROPN" and doc[nxt].dep_ in ("appos", "flat:name", "conj", "nsubj", "obj"):
                end = nxt + 1
                while end < sent.end and doc[end].pos_ == "PROPN" and doc[end].dep_ in ("flat:name", "flat"):
                    end += 1
                if end >= sent.end or doc[end].is_punct or doc[end].pos_ in ("AUX", "VERB"):
                    return nxt, end
        return None

    def _previous_subject(self, doc: Doc, sent: Span, history: _History,
                          agreeing: Optional[tuple[str, str]] = None) -> Optional[dict[str, Any]]:
        """For "Il estime que…" with no source named yet: the body the sentence before was
        about (with ``agreeing``, a (gender, number) its subject must not contradict)."""
        if sent.start == 0:
            return None
        prev = doc[sent.start - 1].sent
        if agreeing is not None and history.records \
                and prev.start_char <= history.records[-1][0].get("start", -1) < prev.end_char:
            return None  # "…, a indiqué l'armée de l'air. Elle dit …": the one who spoke there
        if agreeing is not None:
            # The subject of the sentence before, a body or a person that agrees; of a role and
            # a name, the named person ("Le président ukrainien Volodymyr Zelensky a reçu … Il a
            # annoncé …", two subjects in the parse).
            subjects = [t for t in prev if t.dep_ in _SUBJECT_DEPS and t.pos_ in ("NOUN", "PROPN")
                        and _agrees(t, *agreeing) and self._can_speak(t)]
            if not subjects:
                return None
            chosen = next((t for t in subjects if t.ent_type_ == "PER"), subjects[0])
            person = next((x for x in chosen.subtree if x.ent_type_ == "PER" and x.pos_ == "PROPN"), None)
            return self._subject_record(doc, person if person is not None else chosen, prev)
        for t in prev:
            if t.dep_ in _SUBJECT_DEPS and (t.pos_ == "PROPN" or t.ent_type_ in ("ORG", "PER")):
                found = self._subject_record(doc, t, prev)
                if found is not None:
                    return found
        return None

    def _subject_before_colon(self, doc: Doc, sent: Span, at: int,
                              agreeing: tuple[str, str]) -> Optional[dict[str, Any]]:
        """The subject of the clause a colon closes before token ``at`` in its sentence, when it
        agrees with ``agreeing`` and can speak ("Le réseau Habitat Conseil livre un diagnostic
        opposé : d'après ses propres données, …")."""
        colon = next((k for k in range(at - 1, sent.start, -1) if doc[k].text in (":", ";")), None)
        if colon is None:
            return None
        # (a subject, or the noun the sentence opens on when the parse made it the root)
        subject = next((t for t in doc[sent.start:colon] if (t.dep_ in _SUBJECT_DEPS or t.dep_ == "ROOT" and t.i <= sent.start + 1)
                        and t.pos_ in ("NOUN", "PROPN") and _agrees(t, *agreeing)
                        and ((self._can_speak(t) and (t.pos_ == "PROPN" or t.ent_type_ in ("PER", "ORG") or _named(t)))
                             or self._name_in_phrase(t) is not None)), None)  # (a name: not "le marché parisien")
        if subject is None:
            return None
        # ("Le réseau d'agences Habitat Conseil": the body by the name in its phrase)
        name = self._name_in_phrase(subject) if not self._can_speak(subject) else None
        if name is None:
            return self._subject_record(doc, subject, sent)
        end = name.i + 1  # (its capitalised words only: "Habitat Conseil", not "persiste" the parse hung on it)
        while end < sent.end and doc[end].text[:1].isupper() and not doc[end].is_punct:
            end += 1
        s, e = name.idx, doc[end - 1].idx + len(doc[end - 1].text)
        return _pointed_back(s, e, doc.text[s:e], False)

    def _name_in_phrase(self, noun: Token) -> Optional[Token]:
        """The name a common noun's phrase gives right after it ("le réseau d'agences Habitat
        Conseil"), if any."""
        for t in noun.subtree:
            if noun.i < t.i <= noun.i + 4 and _named(t) and t.dep_ in ("appos", "nmod", "flat:name", "flat") \
                    and not any(x.is_punct for x in noun.doc[noun.i:t.i]):
                return t
        return None

    def _subject_record(self, doc: Doc, subject: Token, sent: Span) -> Optional[dict[str, Any]]:
        """The source record of a subject a pronoun or a description points back to."""
        lo, hi = self._np(doc, subject, sent)
        s, e, name = self._clean(doc, lo, hi)
        if not name:
            return None
        return _pointed_back(s, e, name, subject.ent_type_ == "PER")

    def _dateline_agency(self, text: str) -> Optional[str]:
        """"PARIS (AFP) -": the agency relays the whole dispatch."""
        m = self._dateline.search(text[:600])
        return m.group("agency") if m else None


# -- helpers ------------------------------------------------------------------------------


def _pointed_back(start: int, end: int, name: str, person: bool) -> dict[str, Any]:
    """The source record of a subject a pronoun or a description points back to, named
    ``name`` at ``start``–``end``."""
    return {"start": start, "end": end, "text": name, "name": name, "name_start": start, "name_end": end,
            "cue": "anaphora", "kind": "other", "via": None, "role": None, "anonymous": False,
            "person": person, "forecast": False, "parts": [[start, end]]}


def _agrees(t: Token, gender: str, number: str) -> bool:
    """Whether a token's gender and number do not contradict a pronoun's."""
    g, n = (t.morph.get("Gender") or [""])[0], (t.morph.get("Number") or [""])[0]
    return (not g or not gender or g == gender) and (not n or not number or n == number)


_ATTR_GETTERS = {"LEMMA": lambda t: t.lemma_, "LOWER": lambda t: t.lower_, "POS": lambda t: t.pos_,
                 "DEP": lambda t: t.dep_, "TEXT": lambda t: t.text}


def _token_matches(t: Token, attrs: dict[str, Any]) -> bool:
    """Whether a token meets the attributes of a pattern node: a value or ``{"IN": [...]}``."""
    for name, want in attrs.items():
        got = _ATTR_GETTERS[name](t)
        if isinstance(want, dict):
            if "IN" in want and got not in want["IN"]:
                return False
        elif got != want:
            return False
    return True


def _agent_after(doc: Doc, t: Token) -> bool:
    """Whether a word ending like a past participle is followed, within three words and no
    punctuation, by "par": "avancés mardi par la préfecture"."""
    if not t.lower_.endswith(("é", "és", "ée", "ées", "i", "is", "ie", "ies", "it", "its", "ite", "ites")):
        return False
    for u in doc[t.i + 1:min(len(doc), t.i + 4)]:
        if u.lower_ == "par":
            return True
        if u.is_punct:
            return False
    return False


def _after_clitic_en(doc: Doc, t: Token) -> bool:
    """A verb the tagger took for a noun after the clitic "en", itself after the subject's noun
    phrase: "le collectif d'habitants en dénombre « près de 80 »" (not "pris en compte", where
    a verb stands before "en")."""
    return t.pos_ in ("NOUN", "PROPN") and t.i >= 2 and doc[t.i - 1].lower_ == "en" \
        and doc[t.i - 2].pos_ in ("NOUN", "PROPN", "ADJ") and t.i + 1 < len(doc) \
        and doc[t.i + 1].pos_ in ("DET", "ADP", "NUM", "ADV", "PUNCT", "PRON")


def _capitalised_word(t: Token) -> bool:
    """A word written with a capital inside its sentence, no figure nor punctuation."""
    return t.text[:1].isupper() and not t.is_sent_start and not t.is_punct and not t.like_num


def _named(t: Token) -> bool:
    """A word of a name: a proper noun or an entity, written with a capital ("institut" is not)."""
    if not t.text[:1].isupper():
        return False
    # A capital inside a sentence marks a name even where the tagger says noun ("Agreste").
    return t.pos_ == "PROPN" or t.ent_type_ in ("PER", "ORG", "MISC") or (
        not t.is_sent_start and t.pos_ in ("NOUN", "X", "ADJ") and t.i > 0 and not t.doc[t.i - 1].is_punct)


_CLITICS = {"se", "s'", "s’", "me", "m'", "m’", "te", "t'", "t’", "nous", "vous", "y", "en", "ne", "n'", "n’", "lui",
            "leur", "l'", "l’", "le", "la", "les"}
_NAME_LINKS = {"of", "for", "the", "and", "on", "de", "du", "des", "d'", "d’", "la", "l'", "l’", "et"}


_BULLETS = ("-", "–", "—", "•", "*", "·")


def _extend_name(doc: Doc, end: int, sent: Span) -> int:
    """Extend a name over the rest of it that the parse left out: "Institute | for the Study
    of War (ISW)", "Centre | for Strategic Studies"."""
    i = end
    while i < sent.end:
        t = doc[i]
        if _named(t) or t.pos_ == "X" or (t.pos_ == "ADJ" and gazetteer.demonym_country(t.lower_)):
            i += 1  # "Service de Renseignement National | sud-coréen"
        elif t.lower_ in _NAME_LINKS and i + 1 < sent.end and (_named(doc[i + 1]) or doc[i + 1].lower_ in _NAME_LINKS):
            i += 1
        elif t.text == "(" and i + 2 < sent.end and doc[i + 2].text == ")" and doc[i + 1].text.isupper():
            i += 3  # an acronym in parentheses
        else:
            break
    return i


def _aux_before_aside(doc: Doc, verb: Token, sent: Span) -> Optional[Token]:
    """The auxiliary before an aside in commas before a participle: "X a, pour sa part,
    recensé …" gives "a"."""
    if verb.i - 1 <= sent.start or doc[verb.i - 1].text != ",":
        return None
    for j in range(verb.i - 2, max(sent.start, verb.i - 9), -1):
        if doc[j].text == ",":
            aux = doc[j - 1] if j - 1 >= sent.start else None
            if aux is not None and (aux.pos_ == "AUX" or aux.lemma_ in ("avoir", "être")) \
                    and "Fin" in aux.morph.get("VerbForm"):
                return aux
            return None
    return None


_CLOSING_QUOTES = ("»", "\"", "”")


def _closing_quote_between(span: Span, c: "Cue") -> bool:
    """Whether only a closing quotation mark stands between a figure and the preposition of a
    source after it: "contre « 40 000 » selon les syndicats"."""
    between = span.doc[span.end:c.cue_i]
    return c.cue_i > span.end and len(between) > 0 and all(t.text in _CLOSING_QUOTES for t in between)



def _new_clause_between(doc: Doc, start: int, end: int) -> bool:
    """Whether a clause of its own opens between a source's phrase and a figure after it: a
    noun, then a finite verb ("selon la direction et des patients ont passé jusqu'à 30
    heures"), which takes the figure out of the phrase's reach (not "selon la CGT, qui a
    compté")."""
    noun = False
    for t in doc[start:end]:
        if t.pos_ in ("NOUN", "PROPN"):
            noun = True
        elif noun and t.pos_ in ("AUX", "VERB") and "Fin" in t.morph.get("VerbForm"):
            return True
    return False


def _subject_of_next_verb(noun: Token, sent: Span) -> bool:
    """Whether a noun coordinated to a source after a preposition is the subject of the finite
    verb right after its phrase ("selon la direction et des patients ont passé 30 heures"), so
    no part of it."""
    end = max(t.i for t in noun.subtree) + 1
    doc = sent.doc
    while end < sent.end and doc[end].pos_ == "ADV":
        end += 1
    return end < sent.end and doc[end].pos_ in ("AUX", "VERB") and "Fin" in doc[end].morph.get("VerbForm")


def _clause_end(sent: Span, i: int) -> int:
    """Where the words after token ``i`` stop belonging to its clause: at the first comma or
    semicolon that opens another finite verb ("…, le bilan franchit le cap …"), else the end."""
    doc = sent.doc
    cut = None
    for t in doc[i + 1:sent.end]:
        if t.text in (",", ";", ":"):
            cut = t.i
        elif cut is not None and "Fin" in t.morph.get("VerbForm") and t.pos_ in ("VERB", "AUX"):
            return cut
    return sent.end


def _after_comma(t: Token) -> bool:
    """Whether a verb (with its auxiliaries and adverbs) follows a comma or a closing quote."""
    i = t.i - 1
    doc = t.doc
    while i >= 0 and (doc[i].pos_ in ("AUX", "ADV") or doc[i].dep_.startswith(("aux", "expl")) or doc[i].text.startswith("-")
                      or doc[i].lower_ in _CLITICS or (i == t.i - 1 and doc[i].lemma_ == "faire")):
        i -= 1
    return i >= 0 and doc[i].text in (",", "»", "\"", "”", "—", "–")


def _segments(sent: Span) -> dict[int, int]:
    seg = 0
    out: dict[int, int] = {}
    for t in sent:
        if t.text in _SEGMENT_BREAKS:
            seg += 1
        out[t.i] = seg
    return out


_QUOTE_MARKS = re.compile("[«“»”]")


def _quote_regions(text: str) -> list[tuple[int, int]]:
    out = []
    open_at = -1
    for m in _QUOTE_MARKS.finditer(text):
        if m.group() in "«“":
            open_at = m.start()
        elif open_at >= 0:
            out.append((open_at, m.end()))
            open_at = -1
    return out


def _participles(lemma: str) -> tuple[str, ...]:
    """The past participles of a verb in -er ("citer" → cité, citée, cités, citées)."""
    if lemma.endswith("er"):
        stem = lemma[:-2] + "é"
        return (stem, stem + "e", stem + "s", stem + "es")
    if lemma.endswith("prendre"):
        stem = lemma[:-5] + "is"
        return (stem, stem + "e", stem + "es")
    return ()


def _prefixes(word: str) -> Iterable[str]:
    for n in range(min(len(word), 12), 2, -1):
        yield word[:n]


def _verb_forms(lemmas: set[str], irregular: dict[str, tuple[str, ...]]) -> dict[str, str]:
    """Stems that start the forms of each verb, for lemmas the lemmatizer gets wrong."""
    out: dict[str, str] = {}
    for lemma in sorted(lemmas):
        if " " in lemma:
            continue
        stems: tuple[str, ...]
        if lemma in irregular:
            stems = irregular[lemma]
        elif lemma.endswith("er") and len(lemma) > 4:
            stem = lemma[:-2]
            stems = (stem, stem[:-1] + "ç" if stem.endswith("c") else stem,
                     re.sub(r"é([^aeiouéè]+)$", r"è\1", stem), re.sub(r"e([^aeiouéè]+)$", r"è\1", stem),
                     stem + "e" if stem.endswith("g") else stem)
        else:
            continue
        for s in stems:
            if len(s) >= 4:
                out.setdefault(s, lemma)
    return out


@Language.factory(
    "recoupe_attribution",
    requires=["token.dep", "token.pos", "token.lemma", "token.is_sent_start", "doc._.recoupe_quantities"],
    assigns=["doc._.recoupe_sources"],
    default_config={"carry_over": 1},
)
def make_attribution(nlp: Language, name: str, carry_over: int) -> AttributionFinder:
    return AttributionFinder(nlp, carry_over=carry_over)
