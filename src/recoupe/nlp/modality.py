"""The ``recoupe_modality`` component: is a figure asserted as fact, or hedged?

Two readings, both stored:

- per clause (``doc._.recoupe_modality``, a list of clauses per sentence), for claims with no
  figure: the conditional mood, modal verbs, the future tense and hedging words anywhere in
  the clause. Clauses are cut at ";", ":" and contrastive conjunctions.
- per figure (``q["hedged"]``, ``q["modality"]``, ``q["hedge_cues"]`` on each item of
  ``doc._.recoupe_quantities``): the verbs count only on the figure's own path in the parse,
  from the figure up to the head of its clause and on through the verbs that govern it as a
  complement ("les pertes pourraient atteindre 30 %"), never across a relative, adverbial or
  parenthetical clause. So in "132 otages sont retenus, dont au moins 25 ne seraient plus en
  vie" only the 25 is hedged. Hedging words and forecasts ("vraisemblablement", "table sur")
  still count for the whole clause; a figure in a hypothesis ("si une centaine de candidats se
  retirent") is hedged by its "si".

The conditional is read from the morphologizer's ``Mood=Cnd`` and from the verb's ending,
because the model tags "dépasseraient" or "justifierait" as indicative. The tables (forms,
endings, words) are the language's ``cues`` module.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from types import ModuleType
from typing import Any, Optional

import numpy
from spacy.attrs import IDX, POS
from spacy.language import Language
from spacy import symbols
from spacy.tokens import Doc, Span, Token

from recoupe import lang
from recoupe.nlp import extensions, guard
from recoupe.nlp.textnorm import fold, phrase_pattern

# Severity order when there are several kinds of evidence.
_ORDER = ("conditional", "possible", "prediction", "hedged")
# Where a figure's clause ends on the way up the parse: a relative, adverbial, parenthetical
# or apposed clause is a statement of its own.
_CLAUSE_DEPS = ("acl:relcl", "advcl", "parataxis", "appos", "discourse", "vocative", "dislocated")
_SUBJECT_DEPS = ("nsubj", "nsubj:pass", "csubj", "expl:subj")
_AUX_DEPS = ("aux", "aux:tense", "aux:pass", "aux:caus", "cop")


# How far before a figure the words telling it as told first may stand, in its sentence.
FIRST_REACH = 100
_SENTENCE_BREAK = re.compile(r"[.!?]\s|\n")
_DIGIT = re.compile(r"\d")


def _sentence_from(folded: str, start: int, reach: int) -> int:
    """Where the words before ``start`` that stay in its sentence begin, ``reach`` characters
    back at most."""
    lo = max(0, start - reach)
    for brk in _SENTENCE_BREAK.finditer(folded, lo, start):
        lo = brk.end()
    return lo


def _lead(folded: str, start: int, end: int) -> int:
    """Where a figure's number starts: its span may hold the words before it ("estimé à 30
    millions")."""
    digit = _DIGIT.search(folded, start, end)
    return digit.start() if digit is not None else start


def _words(cues: ModuleType, table: str, before: str, after: str) -> "re.Pattern[str]":
    """A pattern of the phrases of one of the language's tables between ``before`` and
    ``after``; one that never matches when the language has no such table."""
    words = getattr(cues, table, ())
    return re.compile(rf"{before}(?:{phrase_pattern(words)}){after}" if words else r"(?!)")


class Modality:
    """The hedging tables of one language, compiled."""

    def __init__(self, code: str) -> None:
        cues = lang.tables(code, "cues")
        self.cues: ModuleType = cues
        self.hedges = re.compile(rf"(?<![\w\-])(?:{phrase_pattern(cues.HEDGE_WORDS)})(?![\w\-])")
        # "plus forte que prévu" compares with an expectation: no forecast.
        compared = "".join(f"(?<!{re.escape(w)} )" if not w.endswith("'") else f"(?<!{re.escape(w)})"
                           for w in getattr(cues, "NOT_PREDICTION_AFTER", ()))
        self.prediction = re.compile(rf"(?<![\w\-]){compared}(?:{phrase_pattern(cues.PREDICTION_WORDS)})")
        # (a poll's shares are forecasts when it speaks of a vote, unless it was taken as people
        # voted; a promise told as the whole of its outcome is one)
        self.polls = _words(cues, "POLL_WORDS", r"(?<![\w\-])", r"(?![\w\-])")
        self.exit_polls = _words(cues, "EXIT_POLL_WORDS", r"(?<![\w\-])", "")
        self.poll_votes = _words(cues, "POLL_VOTE_WORDS", r"(?<![\w\-])", r"(?![\w\-])")
        self.whole_before = _words(cues, "WHOLE_BEFORE_PROMISE", r"(?<![\w\-])", r"\s+$")
        self.promised = _words(cues, "FORECAST_AFTER_FIGURE", r"\s+", r"(?![\w\-])")
        # "ne recensait que 14 morts", "n'avait confirmé que 12 décès": a count told of before
        negations, restrictives = getattr(cues, "EARLIER_NEGATIONS", ()), getattr(cues, "EARLIER_RESTRICTIVES", ())
        self.earlier = re.compile(
            rf"(?<![\w\-])(?:{phrase_pattern(negations)})\s*(?:(?:{phrase_pattern(cues.EARLIER_AUXILIARIES)})\s+\w+"
            rf"|\w+(?:{'|'.join(cues.EARLIER_ENDINGS)}))\s+(?:(?:{phrase_pattern(cues.EARLIER_ADVERBS)})\s+)?"
            rf"(?:{phrase_pattern(restrictives)})\s*$") if negations and restrictives else re.compile(r"(?!)")
        # "avaient d'abord annoncé neuf morts": a count told first, in the imperfect or the pluperfect
        self.earlier_first = _words(cues, "EARLIER_FIRST", r"(?<![\w\-])", r"(?![\w\-])")
        self.past_form = re.compile(
            rf"(?<![\w\-])(?:(?:{phrase_pattern(cues.EARLIER_AUXILIARIES)})|\w+(?:{'|'.join(cues.EARLIER_ENDINGS)}))(?![\w\-])"
            if negations and restrictives else r"(?!)")
        # "et non 17", "contre 31 annoncés", "faisait état de 48 morts": a figure set aside for a later one
        between = getattr(cues, "SET_ASIDE_BETWEEN", ())
        before = rf"\s+(?:(?:{phrase_pattern(between)})\s*){{0,2}}$" if between else r"\s+$"
        self.corrected = _words(cues, "CORRECTED_BEFORE", r"(?<![\w\-])", before)
        self.compared = _words(cues, "COMPARED_BEFORE", r"(?<![\w\-])", before)
        self.past_states = _words(cues, "TOLD_PAST_STATES", r"(?<![\w\-])", r"\s+$")
        deed_links, deed_verbs = getattr(cues, "DEED_LINKS", ()), getattr(cues, "DEED_VERBS", ())
        self.deed = re.compile(
            rf"\s+(?:[^\W\d][\w\-]*\s+){{0,2}}?(?:{phrase_pattern(deed_links)})\s+(?:{phrase_pattern(deed_verbs)}"
            rf"|[^\W\d]+(?:{'|'.join(cues.INFINITIVE_ENDINGS)}))(?![\w\-'])") if deed_links and deed_verbs else re.compile(r"(?!)")
        told_after, compared_after = getattr(cues, "TOLD_AFTER", ()), getattr(cues, "COMPARED_AFTER", ())
        # (a word or two between, its noun, not a verb: "une prime de 10 000 euros est promise" is promised now)
        verbs = getattr(cues, "TOLD_AFTER_NOT_BETWEEN", ())
        not_verb = rf"(?!(?:{phrase_pattern(verbs)})(?![\w\-]))" if verbs else ""
        gap = rf"\s*(?:{not_verb}[^\W\d][\w\-']*\s+){{0,{getattr(cues, 'TOLD_AFTER_WORDS', 0)}}}?"
        self.told_after = re.compile(rf"{gap}(?:{phrase_pattern(told_after)})(?![\w\-])(?!\s+par\b)") \
            if told_after else re.compile(r"(?!)")
        # (the words read as the figure's own noun: "250 000 espérés")
        self.told_as_noun = re.compile(rf"(?<=\s)(?:{phrase_pattern(told_after)})$") if told_after else re.compile(r"(?!)")
        self.compared_after = re.compile(rf"[\s,]*(?:[^\W\d][\w\-']*[\s,]+){{0,6}}?(?:{phrase_pattern(compared_after)})(?![\w\-])") \
            if compared_after else re.compile(r"(?!)")
        past, participles = getattr(cues, "TOLD_PAST_VERBS", ()), getattr(cues, "TOLD_PAST_PARTICIPLES", ())
        self.told_past = re.compile(
            rf"(?<![\w\-])(?:{phrase_pattern(past)}|(?:{phrase_pattern(cues.EARLIER_AUXILIARIES)})\s+(?:[\w\-']+\s+)?"
            rf"(?:{phrase_pattern(participles)}))(?![\w\-])[^,;:.!?\n]*$") if past and participles else re.compile(r"(?!)")
        self.told_past_reach = getattr(cues, "TOLD_PAST_REACH", 0)
        participle = rf"[^\W\d][\w\-]*(?:{'|'.join(getattr(cues, 'PARTICIPLE_ENDINGS', ()))})"
        links = phrase_pattern(getattr(cues, "TOLD_FIRST_LINKS", ()))
        first = [rf"(?:{phrase_pattern(cues.TOLD_FIRST_ADVERBS)})[\s,]+(?:[^\W\d][\w\-']*\s+){{0,2}}?{participle}\s*(?:{links})"
                 if getattr(cues, "TOLD_FIRST_ADVERBS", ()) else "",
                 rf"(?:{phrase_pattern(cues.TOLD_FIRST_NOUNS)})\s*(?:{links})" if getattr(cues, "TOLD_FIRST_NOUNS", ()) else "",
                 rf"(?:{phrase_pattern(cues.TOLD_FIRST_AFTER_INFINITIVE)})\s+{participle}(?:\s*(?:{links}))?"
                 if getattr(cues, "TOLD_FIRST_AFTER_INFINITIVE", ()) else ""]
        first = [f for f in first if f] if links and getattr(cues, "PARTICIPLE_ENDINGS", ()) else []
        self.told_first_words = re.compile(rf"(?<![\w\-])(?:{'|'.join(first)})\s*(?:(?:{phrase_pattern(between)})\s+)?$") \
            if first else re.compile(r"(?!)")
        # (the usual state, another year: no telling set aside)
        self.not_set_aside = re.compile(rf"[^.;!?\n]{{0,40}}?(?:(?<![\w\-])(?:{phrase_pattern(cues.SET_ASIDE_NOT_AFTER)})(?![\w\-])"
                                        r"|(?<!\d)(?:1[89]|2\d)\d\d(?!\d))") \
            if getattr(cues, "SET_ASIDE_NOT_AFTER", ()) else re.compile(r"(?!)")
        self.clause_cut = re.compile(cues.CLAUSE_CUT)
        self.cond_suffix = re.compile(rf"({'|'.join(cues.CONDITIONAL_SUFFIXES)})$")
        self.suffixes = tuple(cues.CONDITIONAL_SUFFIXES)
        self.suffix_words = re.compile(rf"\w+(?:{'|'.join(cues.CONDITIONAL_SUFFIXES)})\b", re.IGNORECASE)
        self.verb_pos = numpy.array([symbols.VERB, symbols.AUX], dtype="uint64")
        self.imperfect_stems = frozenset(cues.IMPERFECT_R_STEMS)
        self.stems = frozenset(cues.CONDITIONAL_STEMS)
        self.endings = tuple(cues.CONDITIONAL_ENDINGS)
        self.modal_forms: dict[str, str] = dict(cues.MODAL_FORMS)
        self.state_stems = tuple(fold(w) for w in getattr(cues, "MODAL_STATE_STEMS", ()))
        self.hypothesis = frozenset(cues.HYPOTHESIS_MARKERS)
        self.prediction_lemmas = frozenset(cues.PREDICTION_LEMMAS)
        self.intent_lemmas = frozenset(cues.INTENT_LEMMAS)
        self.not_with_duration = frozenset(cues.NOT_PREDICTION_WITH_DURATION)
        self.duration_words = frozenset(cues.DURATION_WORDS)
        self.provision_lemmas = frozenset(getattr(cues, "PROVISION_LEMMAS", ()))
        self.provision_subjects = frozenset(getattr(cues, "PROVISION_SUBJECTS", ()))
        self.first_group = re.compile(rf"(\w+?)(?:{'|'.join(sorted(cues.FIRST_GROUP_ENDINGS, key=len, reverse=True))})")

    # -- verb forms -------------------------------------------------------------------------

    def is_conditional_form(self, word: str) -> bool:
        """Whether ``word`` reads as a conditional verb form by its shape alone."""
        w = fold(word)
        m = self.cond_suffix.search(w)
        if not m or len(w) < 5:
            return False
        stem = w[: m.start()]
        if stem in self.stems:
            return True
        if not stem.endswith("r"):
            return False
        # An imperfect of a verb whose stem ends in r ("livrait", "tirait") looks the same.
        if stem in self.imperfect_stems:
            return False
        return w.endswith(self.endings)

    def verb_evidence(self, tok: Token) -> Optional[tuple[str, str]]:
        """``(kind, word)`` when the token is a hedging verb form, else None."""
        verb = tok.pos_ in ("VERB", "AUX")
        if not verb and not tok.lower_.endswith(self.suffixes):
            return None  # the common case, without folding the word
        conditional_shape = self.is_conditional_form(tok.text)
        if not verb and not conditional_shape:
            return None
        low = fold(tok.text)
        if low in self.modal_forms:
            # "150 000 patients pourraient être concernés": a state now, told with a hedge, not
            # what may come ("pourraient être évacués").
            nxt = tok.doc[tok.i + 1:tok.i + 3]
            if len(nxt) == 2 and nxt[0].lower_ == "être" and fold(nxt[1].text).startswith(self.state_stems):
                return "conditional", tok.text
            return self.modal_forms[low], tok.text
        mood = tok.morph.get("Mood")
        if "Cnd" in mood or (tok.pos_ in ("VERB", "AUX", "NOUN", "ADJ") and conditional_shape):
            return "conditional", tok.text
        if "Fut" in tok.morph.get("Tense") and "Ind" in mood:
            return "prediction", tok.text
        return None

    # -- clauses ----------------------------------------------------------------------------

    def clause_spans(self, sent: Span, text: str) -> list[tuple[int, int]]:
        """Character spans of the clauses of ``sent``."""
        body = text[sent.start_char:sent.end_char]
        cuts = [0] + [m.end() for m in self.clause_cut.finditer(body)] + [len(body)]
        spans = [(sent.start_char + a, sent.start_char + b) for a, b in zip(cuts, cuts[1:]) if body[a:b].strip()]
        return spans or [(sent.start_char, sent.end_char)]

    def word_evidence(self, text: str, start: int, end: int, folded: Optional[str] = None) -> list[tuple[str, str, int]]:
        """``(kind, words, offset)`` of the hedging words and forecasts in ``text[start:end]``
        (``folded``: the whole text folded, when the caller has it; folding keeps offsets)."""
        if folded is None:
            folded, base = fold(text[start:end]), start
            lo, hi = 0, end - start
        else:
            base, lo, hi = 0, start, end
        found = [("hedged", text[base + m.start():base + m.end()], base + m.start())
                 for m in self.hedges.finditer(folded, lo, hi)]
        found += [("prediction", text[base + m.start():base + m.end()], base + m.start())
                  for m in self.prediction.finditer(folded, lo, hi)]
        if not self.exit_polls.search(folded, lo, hi) and self.poll_votes.search(folded, lo, hi):
            found += [("prediction", text[base + m.start():base + m.end()], base + m.start())
                      for m in self.polls.finditer(folded, lo, hi)]
        return found

    def verb_evidences(self, doc: Doc, text: str) -> dict[int, tuple[str, str]]:
        """Every hedging verb form of the document, by token index: the verbs and auxiliaries,
        and the words shaped like a conditional whatever their tag (found in the text, so
        that the other words are not looked at one by one)."""
        candidates = set(numpy.nonzero(numpy.isin(doc.to_array(POS), self.verb_pos))[0].tolist())
        starts = doc.to_array(IDX).tolist()
        for m in self.suffix_words.finditer(text):
            k = bisect_right(starts, m.start()) - 1
            if k >= 0:
                candidates.add(k)
        found = {}
        for i in sorted(candidates):
            e = self.verb_evidence(doc[i])
            if e is not None:
                found[i] = e
        return found

    def clause(self, doc: Doc, start: int, end: int, text: str,
               evidences: Optional[dict[int, tuple[str, str]]] = None, folded: Optional[str] = None) -> dict[str, Any]:
        """``{start, end, hedged, modality, cues, word_cues}`` for ``text[start:end]``."""
        span = doc.char_span(start, end, alignment_mode="expand")
        if evidences is None:
            found = [e for e in (self.verb_evidence(t) for t in (span if span is not None else [])) if e]
        else:
            found = [e for i, e in evidences.items() if span is not None and span.start <= i < span.end]
        words = self.word_evidence(text, start, end, folded)
        return _summary(found + [(k, w) for k, w, _ in words], start=start, end=end, word_cues=words)

    # -- figures ----------------------------------------------------------------------------

    def figure(self, doc: Doc, span: Span, clause: Optional[dict[str, Any]],
               evidences: Optional[dict[int, tuple[str, str]]] = None,
               source: Optional[tuple[int, int]] = None) -> dict[str, Any]:
        """``{hedged, modality, cues}`` for one figure, from its path in the parse; a hedging
        word in the figure's source phrase counts too ("selon des sources non confirmées")."""
        found: list[tuple[str, str]] = []
        on_path: set[int] = set()
        provisions: set[int] = set()  # what a plan "prévoit" it provides for: no forecast
        path = self._path(span)
        for prev, t in zip([None, *path], path):
            on_path.add(t.i)
            # The auxiliaries, and a verb the parse hung as a fixed word of the subject: "Il y
            # aurait 300 morts" gives "Il" with "y aurait" fixed to it.
            fixed = [g for c in t.children if c.dep_ in _SUBJECT_DEPS + ("dep", "expl", "expl:comp")
                     for g in c.children if g.dep_ == "fixed"]
            for u in [t, *(c for c in t.children if c.dep_ in _AUX_DEPS), *fixed]:
                on_path.add(u.i)
                e = self.verb_evidence(u) if evidences is None else evidences.get(u.i)
                if e is not None:
                    found.append(e)
            lemma = self._predicts(t) if t.pos_ in ("VERB", "AUX", "NOUN", "ADJ") and t.i > 0 else None
            if lemma in self.not_with_duration and any(u.lower_ in self.duration_words for u in t.subtree if u.i > t.i):
                lemma = None  # "les patients attendent en moyenne 6 h 40": they wait
            if lemma in self.provision_lemmas and self._provides(t):
                provisions.add(t.i)
                lemma = None
            if lemma and (lemma not in self.intent_lemmas or (prev is not None and prev.dep_ in ("xcomp", "ccomp"))):
                found.append(("prediction", t.text))  # "Mirelle envisage de fermer trois usines"
            if any(c.dep_ == "mark" and c.lower_ in self.hypothesis for c in t.children):
                found.append(("conditional", next(c.text for c in t.children if c.lower_ in self.hypothesis)))
        # A hedging word counts where it is attached: "81 missiles ont été abattus, tandis que 23
        # autres ont été perdus, probablement neutralisés" hedges the 23 only.
        for kind, words, offset in (clause or {}).get("word_cues") or []:
            tok = doc.char_span(offset, offset + len(words), alignment_mode="expand")
            if tok is not None and len(tok) and tok[0].i not in provisions and (self._governs(tok[0], on_path, span)
                                                 or self._in_source(tok[0], source)):
                found.append((kind, words))
        return _summary(found)

    def _provides(self, t: Token) -> bool:
        """Whether a verb of forecasts says what a plan, an agreement or a law provides for:
        its subject is such a text ("le plan prévoit"), or the relative it heads hangs on one
        ("un accord qui prévoit")."""
        subjects = [c for c in t.children if c.dep_ in _SUBJECT_DEPS]
        if t.dep_ == "acl:relcl" and (not subjects or subjects[0].pos_ == "PRON"):
            subjects = [t.head]
        return any(s.lemma_.lower() in self.provision_subjects or s.lower_ in self.provision_subjects
                   for s in subjects)

    def _predicts(self, t: Token) -> Optional[str]:
        """The lemma of ``t`` when it is a verb or noun of plans and forecasts, read from the
        lemmatizer or, where it left the form as it was ("cherche"), from the stem of a
        first-group verb."""
        lemma = t.lemma_.lower()
        if lemma in self.prediction_lemmas:
            return lemma
        if t.pos_ not in ("VERB", "AUX"):
            return None
        m = self.first_group.fullmatch(t.lower_)
        return m.group(1) + "er" if m and m.group(1) + "er" in self.prediction_lemmas else None

    @staticmethod
    def _in_source(tok: Token, source: Optional[tuple[int, int]]) -> bool:
        """Whether a word is in the source's phrase, or hangs on it ("des sources | non
        confirmées")."""
        if source is None:
            return False
        t = tok
        for _ in range(3):
            if source[0] <= t.idx < source[1]:
                return True
            if t.head.i == t.i:
                return False
            t = t.head
        return False

    @staticmethod
    def _governs(tok: Token, on_path: set[int], span: Span) -> bool:
        """Whether a hedging word bears on the figure: it, or the predicate it hangs from (up
        to three steps through nouns and function words), is on the figure's path or in it."""
        t = tok
        for _ in range(4):
            if t.i in on_path or span.start <= t.i < span.end:
                return True
            if t.pos_ in ("VERB", "AUX") and t is not tok or t.head.i == t.i or t.dep_ in _CLAUSE_DEPS:
                return False  # its own predicate, or the edge of its clause, is not the figure's
            t = t.head
        return False

    def _path(self, span: Span) -> list[Token]:
        """The figure's head, then the words governing it up to its clause's head and through
        the verbs that take that clause as a complement."""
        t = span.root
        path = [t]
        while t.head.i != t.i:
            if t.dep_ in _CLAUSE_DEPS:
                break
            if t.dep_ == "conj" and ("Fin" in t.morph.get("VerbForm") or any(c.dep_ in _SUBJECT_DEPS for c in t.children)):
                break  # "…, et le Japon pourrait en fournir 3 millions", "… et réclame 500 millions": a clause of its own
            if t.dep_.startswith("acl") and t.pos_ not in ("VERB", "AUX"):
                break
            t = t.head
            path.append(t)
        return path


def _summary(found: list[tuple[str, str]], **extra: Any) -> dict[str, Any]:
    kinds = [k for k, _ in found]
    modality = next((k for k in _ORDER if k in kinds), "asserted")
    return {**extra, "hedged": bool(found), "modality": modality, "cues": list(dict.fromkeys(c for _, c in found))}


class ModalityTagger:
    """Clause modalities on ``doc._.recoupe_modality``; figure modalities on each figure."""

    def __init__(self, code: str) -> None:
        self.m = Modality(code)

    def __call__(self, doc: Doc) -> Doc:
        guard.check()
        text = extensions.text_of(doc)
        sents = list(doc.sents)
        evidences = self.m.verb_evidences(doc, text)
        folded = fold(text)
        clauses = []
        for sent in sents:
            guard.check()
            clauses.append([self.m.clause(doc, a, b, text, evidences, folded) for a, b in self.m.clause_spans(sent, text)])
        doc._.recoupe_modality = clauses
        published = doc._.recoupe_published
        past = [(t["start"], t["to"]) for t in doc._.recoupe_times or []
                if t.get("role") == "comparison" and t.get("to") and published and t["to"] < str(published)]
        ordered = sorted(doc._.recoupe_quantities or [], key=lambda q: q["start"])
        next_start = {id(a): b["start"] for a, b in zip(ordered, ordered[1:])}
        flat = [c for sent in clauses for c in sent]
        against: dict[int, bool] = {}  # each figure: whether words setting it against another stand before it
        starts = [c["start"] for c in flat]
        for q in doc._.recoupe_quantities or []:
            i = bisect_right(starts, q["start"]) - 1
            clause = flat[i] if i >= 0 and q["start"] < flat[i]["end"] else None
            span = doc.char_span(q["start"], q["end"], alignment_mode="expand")
            if span is None or not len(span):
                reading = {k: clause[k] for k in ("hedged", "modality", "cues")} if clause else _summary([])
            else:
                src = q.get("source")
                reading = self.m.figure(doc, span, clause, evidences,
                                        (src["start"], src["end"]) if src and src.get("cue") != "carry-over" else None)
            compared = self._past_comparison(q, past, next_start.get(id(q), len(text)))
            if reading["hedged"] and compared:
                reading = _summary([])  # "devraient dépasser 71 milliards, contre 68,4 milliards en 2024"
            promise = self.m.promised.match(folded, q["end"])
            if promise is not None and self.m.whole_before.search(folded, max(0, q["start"] - 12), q["start"]):
                # "Sur les 3 200 places promises pour 2036, 1 870 ont été livrées": the promise alone
                reading = _summary([("prediction", text[promise.start():promise.end()].strip())])
            q["hedged"], q["modality"], q["hedge_cues"] = reading["hedged"], reading["modality"], reading["cues"]
            q["earlier"] = self.m.earlier.search(folded, max(0, q["start"] - 60), q["start"]) is not None \
                or self._told_first(folded, q["start"])
            lead = _lead(folded, q["start"], q["end"])
            against[id(q)] = self.m.compared.search(folded, max(0, lead - 30), lead) is not None
            q["set_aside"] = compared or self._set_aside(folded, q["start"], q["end"], lead, against[id(q)],
                                                         reading["modality"], q["earlier"])
        for k, q in enumerate(ordered):
            # "avait recensé 61 attaques et 287 animaux tués, contre 44 attaques sur la même période
            # de 2038": the figures set against an older one are their sentence's latest, whatever
            # tense tells them.
            if not against.get(id(q)):
                continue
            for before in reversed(ordered[:k]):
                if _SENTENCE_BREAK.search(folded, before["end"], q["start"]):
                    break
                before["set_aside"] = False
        return doc

    def _set_aside(self, folded: str, start: int, end: int, lead: int, against: bool, modality: str,
                   earlier: bool) -> bool:
        """Whether a figure is told as one its article sets aside for a later one: corrected
        ("et non 17"), set against another ("contre 12 300"), followed by the words of its telling
        ("contre 31 annoncés le soir de la course"), or told by its teller in the imperfect or the
        pluperfect, in its clause ("la police, qui s'en tenait mercredi à 39 morts", "Ils étaient
        22"), unless the clause is a conditional: "ne conserverait que 35 magasins" tells of no
        count before. ``lead``: where its number starts; ``against``: whether it stands after the
        words that set a figure against another ("contre")."""
        if self.m.told_after.match(folded, end) or self.m.told_as_noun.search(folded, start, end) \
                or self.m.told_first_words.search(folded, max(0, lead - 60), lead):
            return True
        if (self.m.corrected.search(folded, max(0, lead - 30), lead)
                or against and self.m.compared_after.match(folded, end)) \
                and not self.m.not_set_aside.match(folded, end):
            return True
        if modality == "conditional":
            return False
        if earlier:
            return True
        told = self.m.told_past.search(folded, _sentence_from(folded, start, self.m.told_past_reach), start)
        if told is not None and self.m.past_states.match(folded, told.start(), start) and self.m.deed.match(folded, end):
            return False  # "Ils étaient 14 600 à avoir retiré un dossard": a deed, no telling
        return told is not None

    def _told_first(self, folded: str, start: int) -> bool:
        """Whether the sentence before a figure tells it as what was told first, in the imperfect
        or the pluperfect: "les pompiers avaient d'abord annoncé neuf morts"."""
        lo = _sentence_from(folded, start, FIRST_REACH)
        return self.m.earlier_first.search(folded, lo, start) is not None \
            and self.m.past_form.search(folded, lo, start) is not None

    @staticmethod
    def _past_comparison(q: dict[str, Any], past: list[tuple[int, str]], next_start: int) -> bool:
        """Whether a figure is the past term of a comparison: a time that compares ("en 2024"
        after "contre") closes before publication, just after the figure and before the next
        one. What was is no forecast, whatever the clause predicts."""
        return any(0 <= start - q["end"] <= 24 and start < next_start for start, _ in past)


@Language.factory(
    "recoupe_modality",
    requires=["token.morph", "token.pos", "token.dep", "token.is_sent_start"],
    assigns=["doc._.recoupe_modality"],
    default_config={},
)
def make_modality(nlp: Language, name: str) -> ModalityTagger:
    return ModalityTagger(nlp.lang)
