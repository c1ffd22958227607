"""The ``recoupe_times`` component: time expressions resolved against the publication date.

The parsing lives in ``timeexpr.py`` (plain text in, ISO intervals out). This component
decides the reference date: ``doc._.recoupe_published`` when the caller set it, otherwise a
date read from the text or inferred from its latest explicit date, and records how.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from datetime import date, timedelta

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from recoupe import dates, lang
from recoupe.nlp import extensions, guard  # noqa: F401  (extensions declares the Doc extensions)
from recoupe.layout import headline_over_body
from recoupe.nlp.textnorm import fold, phrase_pattern
from recoupe.nlp.timeexpr import find_times, infer_published


def reference_date(doc: Doc, text: str | None = None) -> tuple[date | None, str]:
    """The document's date and how precisely it is known ("day", "month", "year"), filling
    ``recoupe_published(_how)`` when the caller gave none. A partial ISO date ("2023-03")
    is known to the month."""
    given = doc._.recoupe_published
    if given:
        if not doc._.recoupe_published_how:
            doc._.recoupe_published_how = "given"
        day, precision = dates.from_iso(str(given))
        if day is not None:
            return day, precision
    found, how, precision = infer_published(extensions.text_of(doc) if text is None else text)
    if found is not None:
        doc._.recoupe_published = dates.iso(found, precision)
        doc._.recoupe_published_how = how
    return found, precision


def _folded_keys(table: dict[str, object]) -> dict[str, object]:
    """``table`` keyed by its phrases folded with single spaces, as ``_phrase`` reads a match."""
    return {_phrase(k): v for k, v in table.items()}


def _phrase(text: str) -> str:
    return re.sub(r"\s+", " ", fold(text))


def _back(iso: str, unit: str, n: int, end: bool = False) -> str:
    """``iso`` moved ``n`` units back; the last day of a month stays the last day."""
    d = date.fromisoformat(iso)
    if unit == "day":
        return (d - timedelta(days=n)).isoformat()
    months = n * 12 if unit == "year" else n
    y, m = divmod(d.year * 12 + d.month - 1 - months, 12)
    last = _interval_end(date(y, m + 1, 1), "month").day
    day = last if end and d == _interval_end(d, "month") else min(d.day, last)
    return date(y, m + 1, day).isoformat()


def _interval_end(day: date, precision: str) -> date:
    if precision == "year":
        return date(day.year, 12, 31)
    nxt = date(day.year + (day.month == 12), day.month % 12 + 1, 1)
    return date.fromordinal(nxt.toordinal() - 1)


# The role of a time that dates a noun of the sentence, not a figure: read (so that "1920" is no
# figure) and left out of the claims.
DESCRIPTION = "description"


class TimeFinder:
    """Stores ``[{start, end, text, from, to, precision, role}]`` on ``doc._.recoupe_times``.

    ``role`` says what the time dates: "event" (what the figures measure), "statement" (when
    a source spoke: "a annoncé mardi l'Insee") or "comparison" (the other term of a
    comparison: "contre 2,6 % en mai", "dix de plus qu'en 2019").
    """

    def __init__(self, nlp: Language) -> None:
        words = lang.tables(nlp.lang, "time_words")
        attribution = lang.tables(nlp.lang, "attribution")
        # Verbs whose time is when something was said or published: "a annoncé mardi",
        # "a fait état jeudi d'un bénéfice … au premier semestre", "a publié mercredi".
        self.say = set(attribution.SAY_VERBS) | set(attribution.ANNOUNCING_VERBS)
        self.founding = frozenset(words.FOUNDING_VERBS)
        self.say_phrases = {tuple(p.split()) for p in attribution.SAY_PHRASES}
        self.weekends = _folded_keys(words.WEEKEND_PHRASES)
        self.weekend = re.compile(rf"(?<![\w'])(?:{phrase_pattern(self.weekends)})(?![\w])")
        since = phrase_pattern(words.SINCE_WORDS)
        self.since = re.compile(rf"(?:{since})(?![\w])")
        # (one comma may stand between, before a date in apposition: "depuis le début de la
        # guerre, le 7 octobre 2023, …")
        self.since_before = re.compile(rf"(?<![\w])(?:{since})\s[^,;:.!?()«»\n]*(?:,\s)?$")
        self.forward = re.compile(rf"(?:{phrase_pattern(words.FORWARD_OPENERS)})(?![\w])")
        self.forward_lemmas = frozenset(getattr(words, "FORWARD_LEMMAS", ()))
        self.reflexive_only = frozenset(getattr(words, "FORWARD_REFLEXIVE_ONLY", ()))
        self.passive_only = frozenset(getattr(words, "FORWARD_PASSIVE_ONLY", ()))
        self.ahead_endings = tuple(getattr(words, "AHEAD_ENDINGS", ()))
        self.weekdays = _folded_keys(getattr(words, "WEEKDAYS", {}))
        self.weekday_alone = re.compile(rf"(?:(?:ce|le)\s+)?(?:{phrase_pattern(self.weekdays)})"
                                        rf"(?:\s+(?:{phrase_pattern(words.TIMES_OF_DAY)}))?")
        self.seasons = _folded_keys(words.SEASON_NOUNS)
        self.season_noun = re.compile(rf"(?<![\w])({phrase_pattern(self.seasons)})(?:\s+\w+){{0,2}}\s+$")
        self.trailing = re.compile(rf"(?<![\w])(?:{phrase_pattern(words.TRAILING_YEAR)})\s+(?:[^\s,;:.!?]+\s+){{0,1}}$")
        self.record = re.compile(rf"(?<![\w])(?:{phrase_pattern(words.RECORD_MARKERS)})(?![\w])[^,;:.!?]{{0,36}}"
                                 rf"(?<![\w])depuis\s+\S*$")
        self.shifted = _folded_keys(words.SHIFTED_BACK)
        self.from_the_story = {_phrase(p) for p in getattr(words, "SHIFTED_FROM_THE_STORY", ())}
        self.shift_phrases = re.compile(rf"(?<![\w'])(?:{phrase_pattern(self.shifted)})(?![\w])")
        self.eve_of = re.compile(rf"\s*(?:{phrase_pattern(getattr(words, 'EVE_OF', ()))})(?:\s|(?<='))")
        self.comparison = re.compile(rf"(?<![\w'])(?:{phrase_pattern(words.COMPARISON_MARKERS)})"
                                     r"(?:[^,;:.!?]|(?<=\d)[,.](?=\d)){0,36}$")  # "contre 47,5 % au premier tour de 2022"
        adverbs = getattr(words, "COMPARATIVE_ADVERBS", ())
        self.comparative = re.compile(rf"(?<![\w'])(?:{phrase_pattern(adverbs)})\s+(?:[^\W\d]+\s+){{1,2}}qu(?:e\s+|')$") \
            if adverbs else re.compile(r"(?!)")
        after_figure = getattr(words, "COMPARISON_AFTER_FIGURE", ())
        self.compared_figure = re.compile(rf"\d\s*%?\s+(?:[^\W\d]+\s+){{0,2}}(?:{phrase_pattern(after_figure)})\s+$") \
            if after_figure else None
        own = getattr(words, "TIME_AFTER_FIGURE", ())
        money = getattr(words, "RESULT_CURRENCIES", ())
        self.after_figure = re.compile(rf"\d[^,;:.!?\d]{{0,24}}(?<![\w])(?:{phrase_pattern(money)})(?![\w])"
                                       rf"[^,;:.!?\d]{{0,20}}\s(?:{phrase_pattern(own)})\s+$") if own and money else None
        self.own_preposition = re.compile(rf"(?:{phrase_pattern(own)})\s+") if own else None
        coordinated = getattr(words, "COORDINATED_CLAUSE", ())
        self.coordinated = re.compile(rf"(?:{phrase_pattern(coordinated)})\s+(?:[^\W\d]+['\s]+){{3}}") \
            if coordinated else None
        mean = getattr(words, "MEAN_AFTER_FIGURE", ())
        self.compared_mean = re.compile(rf"\d\s*%\s+(?:[^\W\d]+\s+){{0,4}}(?:{phrase_pattern(mean)})"
                                        r"(?:\s+[^\W\d]+){0,2}\s+$") if mean else None

    def _role(self, doc: Doc, folded: str, start: int, end: int, day: bool = True) -> str:
        """``day``: whether the time is one day ("mardi", "le 3 mars"); only a day can be when a
        source spoke: "a fait état jeudi de 18 000 cas depuis le début de l'année" is a
        statement on Thursday about an event window since January."""
        if self.comparison.search(folded, max(0, start - 40), start) \
                or self.comparative.search(folded, max(0, start - 40), start):
            return "comparison"  # (or "moins dégradé que la semaine dernière")
        if self.compared_figure is not None and self.compared_figure.search(folded, max(0, start - 40), start):
            return "comparison"  # "dépasserait de 4 % celle de 2028"
        if self.compared_mean is not None and self.compared_mean.search(folded, max(0, start - 80), start):
            return "comparison"  # "3 % en dessous de la moyenne des cinq dernières années"
        if self.record.search(folded[max(0, start - 60):start] + folded[start:start + 8]):
            return "comparison"  # "son plus bas niveau de clôture depuis début août"
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is not None and doc.has_annotation("DEP") and self._describes_a_noun(span):
            return DESCRIPTION
        if day and span is not None and doc.has_annotation("DEP"):
            head = span.root.head
            if head.pos_ == "NOUN" and (head.head.lemma_.lower(), head.lower_) in self.say_phrases:
                return "statement"  # "a fait état jeudi de …", the time hung on the phrase's noun
            lemma = head.lemma_.lower()
            said = lemma in self.say or any((lemma, c.lower_) in self.say_phrases for c in head.children)
            if head.pos_ in ("VERB", "AUX") and said and (span.root.dep_.startswith(("obl", "advmod")) or (
                    span.root.dep_ == "nmod" and "Part" in head.morph.get("VerbForm"))):
                return "statement"  # (also "une estimation publiée mardi", the parse's noun modifier)
        return "event"

    def _mark(self, folded: str, t: dict) -> None:
        """Where the comparison a time dates begins, as ``t["mark"]``: the figures between its
        marker and the time are the other term ("contre 1,12 million le 8 février")."""
        m = self.comparison.search(folded, max(0, t["start"] - 40), t["start"])
        if m is not None:
            t["mark"] = m.start()

    def _describes_a_noun(self, span: Span) -> bool:
        """Whether the time hangs on a participle of founding that describes a noun counting
        nothing: "ce poste de mesure ouvert en 1920", "l'usine, ouverte en 1998, emploie 300
        salariés" date the station and the plant, no figure (but "12 000 personnes évacuées
        mardi" dates the figure its participle describes, and "le bilan arrêté au 8 octobre"
        the figures it holds)."""
        head = span.root.head
        before = span.doc[span.start - 1] if span.start > span.sent.start else None
        if before is not None and before.pos_ == "VERB" and before.dep_ in ("amod", "acl"):
            head = before  # "ce poste de mesure ouvert en 1920", the parse hung the year elsewhere
        if head.i == span.root.i or head.pos_ != "VERB" or "Part" not in head.morph.get("VerbForm") \
                or not head.dep_.startswith(("acl", "amod")) or head.lemma_.lower() not in self.founding:
            return False
        noun = head.head
        return noun.pos_ in ("NOUN", "PROPN") and not any(c.dep_ == "nummod" or c.like_num for c in noun.children)

    def __call__(self, doc: Doc) -> Doc:
        guard.check()
        text = extensions.text_of(doc)
        ref, precision = reference_date(doc, text)
        if ref is not None and precision != "day":
            # Resolve against the interval's last day ("2023-03" → 31 March): a yearless
            # "le 25 mars" or "en avril" then falls in the right year.
            ref = min(_interval_end(ref, precision), date.today())
        folded = fold(text)
        found = [
            {"start": t.start, "end": t.end, "text": t.text, "from": t.from_, "to": t.to,
             "precision": t.precision,
             "role": self._role(doc, folded, t.start, t.end, t.precision == "day" and t.from_ == t.to)}
            for t in find_times(text, ref, precision)
        ]
        for t in found:
            if t["role"] == "comparison":
                self._mark(folded, t)
        guard.check()
        found = self._forward(folded, found, ref)
        if doc.has_annotation("DEP"):
            found = self._to_come(doc, found, ref)
            found = self._weekday_to_come(doc, folded, found, ref if precision == "day" else None)
        found = self._seasons(folded, found)
        found = self._trailing_year(folded, found)
        found = self._since(folded, found, ref)
        found = self._weekends(doc, text, folded, found, ref)
        found = self._scopes(folded, found)
        doc._.recoupe_times = self._shifted_back(doc, text, folded, found, ref if precision == "day" else None)
        return doc

    def _forward(self, folded: str, found: list[dict], ref: date | None) -> list[dict]:
        """"dès avril" written in February is the April to come: a yearless date after an
        opener of what is to come moves a year on when its last occurrence is half a year past."""
        if ref is None:
            return found
        for t in found:
            own = folded[t["start"]:t["end"]]
            if not t["from"] or not self.forward.match(own) or re.search(r"\d{4}", own):
                continue
            if date.fromisoformat(t["from"]) < ref - timedelta(days=183):
                t["from"] = _back(t["from"], "year", -1)
                t["to"] = _back(t["to"], "year", -1, end=True) if t["to"] else None
        return found

    def _to_come(self, doc: Doc, found: list[dict], ref: date | None) -> list[dict]:
        """A yearless day that falls soon after the reference day is the one to come when its
        verb does not tell the past: "le texte arrive dans l'hémicycle le 4 mars", written on
        16 February, is 4 March to come ("le 30 octobre, un navire a été aperçu", written on 24
        October, is the year before)."""
        if ref is None:
            return found
        for t in found:
            if t["precision"] != "day" or not t["from"] or t["from"] != t["to"] or re.search(r"\d{4}", t["text"]):
                continue
            day = date.fromisoformat(t["from"])
            try:
                ahead = day.replace(year=day.year + 1)
            except ValueError:  # 29 February
                continue
            if not day < ref < ahead <= ref + timedelta(days=FUTURE_DAYS):
                continue
            span = doc.char_span(t["start"], t["end"], alignment_mode="expand")
            # (Further ahead only in the future tense: "les deux finalistes s'affronteront le 10
            # avril", written on 7 February.)
            if span is not None and _tells_what_comes(span) \
                    and (ahead <= ref + timedelta(days=NEAR_DAYS) or _in_the_future(span)):
                t["from"] = t["to"] = ahead.isoformat()
        return found

    def _weekday_to_come(self, doc: Doc, folded: str, found: list[dict], ref: date | None) -> list[dict]:
        """A bare weekday that a verb of what is to come governs is the one ahead, not the one
        before: "un train sur deux est attendu jeudi", "la journée de jeudi s'annonce difficile",
        "la grève sera suivie mardi", written on a Wednesday, are of the next Thursday or Tuesday
        ("jeudi, la grève a été suivie" is the last)."""
        if ref is None:
            return found
        ahead: dict[str, str] = {}  # the weekdays moved ahead in the body, by day
        headline: list[dict] = []
        top = headline_over_body(folded)
        for t in found:
            if t["precision"] != "day" or not t["from"] or t["from"] != t["to"] \
                    or not self.weekday_alone.fullmatch(folded[t["start"]:t["end"]].strip()):
                continue
            day = date.fromisoformat(t["from"])
            if not day < ref:
                continue
            if t["start"] < top:
                headline.append(t)
                continue
            span = doc.char_span(t["start"], t["end"], alignment_mode="expand")
            if span is not None and self._tells_ahead(span):
                ahead[t["from"]] = (day + timedelta(days=7)).isoformat()
                t["from"] = t["to"] = ahead[t["from"]]
        for t in headline:
            # A headline has no verb to tell: "Grève à la RATP jeudi" is the Thursday its body
            # says is to come.
            t["from"] = t["to"] = ahead.get(t["from"], t["from"])
        return found

    def _tells_ahead(self, span: Span) -> bool:
        """Whether the verb a time hangs on is a future, a conditional, or a verb of what is to
        come in the present ("est attendu", "s'annonce"), not a past."""
        verb = _verb_of(span)
        if verb.pos_ not in ("VERB", "AUX") or "Imp" in verb.morph.get("Tense"):
            return False  # (the imperfect tells the past: "la SNCF prévoyait lundi un train sur deux")
        tense_aux = [c for c in verb.children if c.dep_ == "aux:tense"]
        if tense_aux:
            # A compound tense is a past, unless a future one ("aura été annulé"): "auraient été
            # annulés lundi" tells of the Monday before.
            return any(self._ahead(c) and "Fut" in c.morph.get("Tense") for c in tense_aux)
        modal = (verb.head,) if verb.dep_ == "xcomp" and verb.head.pos_ in ("VERB", "AUX") else ()
        if any(self._ahead(v) for v in (verb, *modal, *(c for c in verb.children if c.dep_.startswith("aux")))):
            return True  # "sera suivie jeudi", "le trafic devrait reprendre lundi"
        passive = any(c.dep_ == "aux:pass" and "Pres" in c.morph.get("Tense") for c in verb.children)
        if verb.lemma_ not in self.forward_lemmas or ("Past" in verb.morph.get("Tense") and not passive):
            return False
        reflexive = any(c.dep_ in ("expl:pv", "expl:pass", "expl:comp", "obj", "expl") and c.lower_ in ("se", "s'", "s’")
                        for c in verb.children)
        if verb.lemma_ in self.reflexive_only:
            return reflexive  # "s'annonce difficile", not "annonce 12 morts"
        if verb.lemma_ in self.passive_only:
            return passive or reflexive  # "est attendu", "s'attend à", not "2 000 passagers attendent"
        return True

    def _ahead(self, verb: Token) -> bool:
        """Whether a verb is in the future or the conditional, by its tag and its ending."""
        return ("Fut" in verb.morph.get("Tense") or "Cnd" in verb.morph.get("Mood")) \
            and verb.lower_.endswith(self.ahead_endings)

    def _seasons(self, folded: str, found: list[dict]) -> list[dict]:
        """"la campagne 2024-2025" is July 2024 to June 2025, not two whole years."""
        for t in found:
            m = re.fullmatch(r"(\d{4})\s*[-–/]\s*(\d{4})", t["text"].strip())
            if not m or int(m.group(2)) != int(m.group(1)) + 1:
                continue
            noun = self.season_noun.search(folded, max(0, t["start"] - 30), t["start"])
            if noun is None:
                continue
            first, last = self.seasons[_phrase(noun.group(1))]
            year = int(m.group(1))
            t["from"] = date(year, first, 1).isoformat()
            t["to"] = _interval_end(date(year + 1, last, 1), "month").isoformat()
            t["precision"] = "month"
        return found

    def _scopes(self, folded: str, found: list[dict]) -> list[dict]:
        """A time told right after a sum ("112 millions d'euros pour 2028"), the period of that
        result, dates no figure of a clause coordinated after it ("…, et un plan prévoyant la
        suppression de 640 postes"): where that clause begins, within the sentence, is
        ``t["scope_end"]`` (sums after it keep it: results of that period)."""
        if self.after_figure is None or self.coordinated is None:
            return found
        for t in found:
            if t["role"] != "event":
                continue
            lead = folded[max(0, t["start"] - 60):t["start"]]
            own = self.own_preposition.match(folded, t["start"], t["end"])  # the time's own "pour 2028"
            if not self.after_figure.search(lead + (own.group(0) if own else "")):
                continue
            end = min([i for i in (folded.find(c, t["end"]) for c in ".!?\n") if i >= 0] or [len(folded)])
            m = self.coordinated.search(folded, t["end"], end)
            if m is not None:
                t["scope_end"] = m.start()
        return found

    def _trailing_year(self, folded: str, found: list[dict]) -> list[dict]:
        """"sur un an à fin août": the twelve months that end with that August (not "sur un an en
        juin", a change over a year that measures June)."""
        for t in found:
            if t["to"] and t["role"] == "event" and re.match(r"(?:[aà]\s+)?fin\b", folded[t["start"]:t["end"]]) \
                    and self.trailing.search(folded, max(0, t["start"] - 40), t["start"]):
                end = date.fromisoformat(t["to"])
                t["from"] = _back(date(end.year, end.month, 1).isoformat(), "month", 11)
        return found

    def _since(self, folded: str, found: list[dict], ref: date | None) -> list[dict]:
        """"depuis leur arrivée sur le front à l'automne dernier": from that autumn up to
        publication, not the autumn alone."""
        if ref is None:
            return found
        for t in found:
            if not t["from"] or t["role"] != "event" or self.since.match(folded, t["start"]):
                continue
            m = None
            for m in self.since_before.finditer(folded, max(0, t["start"] - 80), t["start"]):
                pass
            if m is not None and t["from"] <= ref.isoformat() and (t["to"] or "") < ref.isoformat():
                t["to"] = ref.isoformat()
        return found

    @staticmethod
    def _told_past(doc: Doc, m: "re.Match[str]") -> bool:
        """Whether the verb a phrase hangs on tells the past ("ont recueilli", "avaient eu lieu")."""
        span = doc.char_span(m.start(), m.end(), alignment_mode="expand") if doc.has_annotation("DEP") else None
        if span is None:
            return False
        verb = _verb_of(span)
        return verb.pos_ in ("VERB", "AUX") and (
            _compound_past(verb) or "Past" in verb.morph.get("Tense") or "Imp" in verb.morph.get("Tense"))

    def _weekends(self, doc: Doc, text: str, folded: str, found: list[dict], ref: date | None) -> list[dict]:
        """"ce week-end", "le week-end dernier": a Saturday and a Sunday near publication."""
        if ref is None:
            return found
        out = list(found)
        for m in self.weekend.finditer(folded):
            if any(t["start"] < m.end() and m.start() < t["end"] for t in found):
                continue
            offset = self.weekends[_phrase(m.group(0))]
            # The weekend of the week holding the reference date, or the one before it when
            # that date is early in the week ("ce week-end" read on a Monday is the one past).
            saturday = ref + timedelta(days=5 - ref.weekday())  # the Saturday of that week
            if offset == -1 or (offset == 0 and (ref.weekday() <= 1 or (ref.weekday() <= 4 and self._told_past(doc, m)))):
                # (Mid-week, a weekend told in the past is the one before: "a secouru 148
                # personnes au cours du week-end", written on a Wednesday.)
                saturday -= timedelta(days=7)
            elif offset == 1 and ref.weekday() >= 5:
                saturday += timedelta(days=7)
            out.append({"start": m.start(), "end": m.end(), "text": text[m.start():m.end()],
                        "from": saturday.isoformat(), "to": (saturday + timedelta(days=1)).isoformat(),
                        "precision": "day", "role": "event"})
        return sorted(out, key=lambda t: t["start"])

    def _shifted_back(self, doc: Doc, text: str, folded: str, found: list[dict], ref: date | None = None) -> list[dict]:
        """The other term of a comparison dated from the first: "135 % au 1er juillet, contre
        128,5 % un an plus tôt" is 1 July a year before, not a year before publication. The
        phrase takes the event time before it in its sentence, moved back; without one it keeps
        its own reading, and a day or two back with none ("ont appris la veille") counts back
        from the reference day (``ref``, a day)."""
        matches = list(self.shift_phrases.finditer(folded))
        if not matches:
            return found
        # Read once, then bisected for each phrase (a text of thousands of phrases costs its
        # length): where sentences end, and the event times that can anchor a phrase.
        dots = [d.start() for d in re.finditer(r"\. ", folded)]
        lines = [d.start() for d in re.finditer(r"\n", folded)]
        anchors = [t for t in found if t["role"] == "event" and t["from"] and t["to"]]  # by start, as ``found``
        anchor_starts = [t["start"] for t in anchors]
        found_starts = [t["start"] for t in found]
        added: list[dict] = []
        for m in matches:
            unit, back = self.shifted[_phrase(m.group(0))]
            compared = self.comparison.search(folded, max(0, m.start() - 60), m.start())
            own_anchor = _phrase(m.group(0)) in self.from_the_story
            if compared is None and unit != "day" and not own_anchor:
                continue  # "l'an dernier, 3 000 …" alone is the calendar year before
            k, j = bisect_right(dots, m.start() - 2), bisect_right(lines, m.start() - 1)
            sentence = max(dots[k - 1] if k else -1, lines[j - 1] if j else -1)
            # The last event time of the sentence that ends before the phrase.
            anchor = None
            for i in range(bisect_left(anchor_starts, m.start()) - 1, -1, -1):
                if anchors[i]["start"] <= sentence:
                    break
                if anchors[i]["end"] <= m.start():
                    anchor = anchors[i]
                    break
            if anchor is None:
                k = bisect_left(found_starts, m.end()) - 1  # the time just before the phrase's end
                # "La veille, …" after a sentence dated "le 3 mars" is 2 March: the last event
                # day told before it, moved back, before the reference day.
                i = bisect_left(anchor_starts, m.start()) - 1
                while i >= 0 and anchors[i]["end"] > m.start():
                    i -= 1
                told = anchors[i] if i >= 0 else None
                paragraph = lines[j - 1] if j else -1
                if (compared is not None or own_anchor) and told is not None and told["start"] > paragraph \
                        and not (k >= 0 and found[k]["end"] > m.start()):
                    # "La mobilisation s'est tassée jeudi 15 février. La CGT en a compté
                    # 2,6 millions, après 3,2 millions une semaine plus tôt": the other term of
                    # the comparison is dated from its paragraph's day. So is a sentence a phrase
                    # that names its own anchor opens ("… organisée le 28 janvier, la Métropole a
                    # dénombré 1 140 personnes. Un an plus tôt, les bénévoles en avaient compté
                    # 980"): the paragraph's time, a year back, its role read as any time's.
                    found_at = {"start": m.start(), "end": m.end(), "text": text[m.start():m.end()],
                                "from": _back(told["from"], unit, back), "to": _back(told["to"], unit, back, end=True),
                                "precision": told["precision"]}
                    if compared is not None:
                        found_at.update(role="comparison", mark=compared.start())
                    else:
                        found_at["role"] = self._role(doc, folded, m.start(), m.end())
                    added.append(found_at)
                    continue
                if told is not None and told["precision"] != "day":
                    told = None
                if unit == "day" and back <= DAYS_BACK_ALONE and ref is not None and \
                        not (k >= 0 and found[k]["end"] > m.start()) and not self.eve_of.match(folded, m.end()):
                    day = (ref - timedelta(days=back)).isoformat()
                    frm, to = (_back(told["from"], unit, back), _back(told["to"], unit, back, end=True)) \
                        if told is not None else (day, day)
                    added.append({"start": m.start(), "end": m.end(), "text": text[m.start():m.end()], "from": frm,
                                  "to": to, "precision": "day", "role": self._role(doc, folded, m.start(), m.end())})
                continue
            frm, to = _back(anchor["from"], unit, back), _back(anchor["to"], unit, back, end=True)
            added.append({"start": m.start(), "end": m.end(), "text": text[m.start():m.end()], "from": frm, "to": to,
                          "precision": anchor["precision"], "role": "comparison"})
            if compared is not None:
                added[-1]["mark"] = compared.start()
        if not added:
            return found
        # A time the phrase overlaps gives way to it (the phrases do not overlap each other).
        a_starts = [a["start"] for a in added]

        def overlapped(t: dict) -> bool:
            k = bisect_left(a_starts, t["end"]) - 1
            return k >= 0 and added[k]["end"] > t["start"]

        return sorted([t for t in found if not overlapped(t)] + added, key=lambda t: t["start"])


# A yearless day at most this many days after the reference day may be the one to come.
NEAR_DAYS = 45
# ... and in the future tense, within this many days.
FUTURE_DAYS = 300


def _verb_of(span: Span) -> Token:
    verb = span.root.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    return verb


def _compound_past(verb: Token) -> bool:
    """Whether a verb is a participle or has an auxiliary: "a été aperçu", "avait réuni"."""
    return "Part" in verb.morph.get("VerbForm") or any(c.dep_.startswith("aux") for c in verb.children)


def _in_the_future(span: Span) -> bool:
    """Whether the verb a time hangs on is in the future tense ("s'affronteront")."""
    verb = _verb_of(span)
    return verb.pos_ in ("VERB", "AUX") and "Fut" in verb.morph.get("Tense")


def _tells_what_comes(span: Span) -> bool:
    """Whether the verb a time hangs on tells what is to come or goes on: a future, a
    conditional, a present ("arrive", "envisage"), not a past ("a été aperçu", "avait réuni")."""
    verb = _verb_of(span)
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    if _compound_past(verb):
        return False  # "a été aperçu", "avait réuni"
    tense, mood = verb.morph.get("Tense"), verb.morph.get("Mood")
    return "Fut" in tense or "Cnd" in mood or ("Pres" in tense and "Ind" in mood) or "Inf" in verb.morph.get("VerbForm")


# "la veille" and "l'avant-veille" with no time before them in their sentence count back from
# the reference day; a week back alone ("la semaine précédente") names no day.
DAYS_BACK_ALONE = 2


@Language.factory("recoupe_times", assigns=["doc._.recoupe_times", "doc._.recoupe_published"], default_config={})
def make_times(nlp: Language, name: str) -> TimeFinder:
    return TimeFinder(nlp)
