"""The ``recoupe_attribution`` component: who each sentence is attributed to.

Cues, in French news: "selon X", "d'après X", "de source X"; a reporting verb whose subject is
the source ("X indique que", "X estime que", "X alerte sur", "X a dénoncé"); an inverted
subject ("…, a indiqué X"); "X, cité par Y". Inside the source phrase the real author is
taken out ("une étude réalisée par l'OSC" → OSC, "les experts de l'ISW" → ISW). "D'après ce
rapport" points back to the last source, and an attribution to a study carries over to the
next sentences of the same paragraph that report its figures.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import Optional

from spacy.language import Language
from spacy.tokens import Doc, Span

from recoupe.lang.fr import cues
from recoupe.lang.fr import time_words as tw
from recoupe.nlp import extensions  # noqa: F401  (declares the Doc extensions)
from recoupe.nlp.textnorm import fold, phrase_pattern

_PREP = re.compile(rf"(?<![\w\-'])(?P<cue>{phrase_pattern(cues.SOURCE_PREPOSITIONS)})\s+")
_PHRASE_END = re.compile(r"[,;:!?\n«»—–]|\.(?:\s|$)")
_CITED = re.compile(rf",?\s*(?P<cue>{phrase_pattern(cues.CITED_BY)})\s+(?P<via>[^,;:.]+)")
_STRIP = re.compile(rf"^(?:(?:{phrase_pattern(cues.NAME_STRIP)})(?:\s+|(?<=')))+")
_REPORT = re.compile(rf"^(?:{phrase_pattern(cues.REPORT_NOUNS)})(?![\w])")
_SPOKES = re.compile(rf"^(?:{phrase_pattern(cues.SPOKESPERSON_NOUNS)})(?![\w])")
_AGENT = re.compile(r"\b(?:par)\s+")
_OF_ANY = re.compile(r"\s(?:du|de la|de l'|des|de|d')\s*")
_OF_NAME = re.compile(r"\s(?:du|de la|de l'|des|de|d')\s*(?=[A-ZÀ-ÝŒ])")
_ANAPHORA = re.compile(rf"^(?:{phrase_pattern(cues.ANAPHORIC_SOURCES)})(?![\w])")
_COMPLEMENT = re.compile(rf"(?:{phrase_pattern(cues.VERB_COMPLEMENTS)})")
_ADVERBS = {fold(a) for a in cues.INTERVENING_ADVERBS}
_AUX = {fold(a) for a in cues.AUXILIARIES}
_REPORTING = tuple(fold(s) for s in cues.REPORTING_VERB_STEMS)
_STANCE = tuple(fold(s) for s in cues.STANCE_VERB_STEMS)
_PRONOUNS = {"lui", "eux", "il", "elle", "ils", "elles", "on", "nous", "je", "j'", "ce", "cela", "ceci", "qui",
             "celui-ci", "celle-ci", "tous", "certains", "beaucoup", "tout", "vous", "c'"}
_PERSONAL = {"il", "elle", "ils", "elles", "lui", "eux"}
_QUANTIFYING = tuple(fold(s) for s in cues.QUANTIFYING_VERB_STEMS)
_QUANT_PHRASE = re.compile(r"(?:fai\w*|fon\w*|fass\w*)\s+état|tabl\w*\s+sur")
_QUANT_COMPLEMENTS = {fold(w) for w in cues.QUANTIFYING_COMPLEMENTS}
_COMPLEMENTS = {fold(w) for w in cues.VERB_COMPLEMENTS}
_NEXT_WORD = re.compile(r"qu'|[«:\"]|[\w\-]+")
_SPACES = re.compile(r"\s+")
_ADVERB_RE = re.compile(rf"(?:{phrase_pattern(cues.INTERVENING_ADVERBS)})(?![\w])\s*")
_NP_DETS = {fold(w) for w in cues.NP_DETERMINERS}
_MEDIA = re.compile(rf"(?:{phrase_pattern(cues.MEDIA_NOUNS)})(?:\s+\w+)?\s+(?=[A-ZÀ-Ý])", re.IGNORECASE)
_NON_SOURCE = re.compile(rf"(?:{phrase_pattern(cues.NON_SOURCES)})(?![\w])")
_QUANT_A = tuple(fold(s) for s in cues.QUANTIFYING_A_STEMS)
_LATE_QUE = re.compile(r"(?:[^,;.!?]{0,50}?\s)?(?:que|qu')(?![\w])")
_TRAILING_NEGATION = re.compile(r"\s+(?:n'en|ne|n'|n'y)\s*$")
_NAME_END = re.compile(rf"\s(?:{phrase_pattern(cues.NAME_ENDERS)})(?![\w])|\s(?:en|le|au|à la mi|début|fin)\s+(?:\d|{phrase_pattern(tw.MONTHS)})")
_SPLIT_PARTS = re.compile(r"\s+et\s+|\s*,\s*")
_MAX_WORDS = 16  # a subject longer than this is not a source phrase
_MAX_PHRASE_WORDS = 30  # "selon une analyse publiée le … par les services de …"


def _strip_span(text: str, start: int, end: int) -> tuple[int, int]:
    """Trim spaces, punctuation and leading articles from ``text[start:end]``."""
    while start < end and (text[start].isspace() or text[start] in "-–—•*\"«"):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:.»\"-–"):
        end -= 1
    m = _STRIP.match(fold(text[start:end]))
    if m and m.end() < end - start:
        start += m.end()
    return start, end


def _words(s: str) -> int:
    return len(s.split())


def author_of(text: str, start: int, end: int) -> tuple[int, int, str]:
    """The author inside a source phrase: ``(start, end, kind)``; kind is "study" when the
    phrase names a report, survey or investigation."""
    start, end = _strip_span(text, start, end)
    phrase = text[start:end]
    folded = fold(phrase)
    kind = "other"
    if _REPORT.match(folded):
        kind = "study"
        by = _AGENT.search(folded)
        if by:
            return (*_strip_span(text, start + by.end(), end), kind)
        of = _OF_NAME.search(phrase)
        if of:
            return (*_strip_span(text, start + of.end(), end), kind)
        return start, end, kind
    if _SPOKES.match(folded):
        # "les experts du Institute …", "les analystes du renseignement britannique".
        of = _OF_NAME.search(phrase) or _OF_ANY.search(phrase, _SPOKES.match(folded).end())
        if of:
            return (*_strip_span(text, start + of.end(), end), kind)
    return start, end, kind


def name_parts(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Split "Reuters et le Open Source Centre" into the names it joins."""
    phrase = text[start:end]
    parts: list[tuple[int, int]] = []
    pos = 0
    for m in list(_SPLIT_PARTS.finditer(phrase)) + [None]:
        a = pos
        b = m.start() if m else len(phrase)
        s, e = _strip_span(text, start + a, start + b)
        if e > s:
            parts.append((s, e))
        if m:
            pos = m.end()
    # Only split when every part names something (a capital letter), not "ports et aéroports".
    if len(parts) > 1 and all(any(c.isupper() for c in text[s:e]) for s, e in parts):
        return parts
    return [(start, end)]


def _trim_name(text: str, start: int, end: int) -> tuple[int, Optional[str]]:
    """Cut a name before a participle or a date: "l'UE daté de mars" → "l'UE"."""
    # fold() keeps lengths, so folding the slice keeps the offsets (relative to start).
    m = _NAME_END.search(fold(text[start:end]))
    if m and m.start() > 0:
        end = start + m.start()
    while end > start and text[end - 1] in " ,;:":
        end -= 1
    return end, text[start:end] or None


def _clean_via(text: str, via: Optional[str]) -> Optional[str]:
    """The intermediary's name without article or media noun: "l'agence Yonhap" → "Yonhap"."""
    if not via:
        return None
    v = via.strip(" ,;:")
    m = _STRIP.match(fold(v))
    if m and m.end() < len(v):
        v = v[m.end():]
    m = _MEDIA.match(fold(v))
    if m and m.end() < len(v) and v[m.end():].strip()[:1].isupper():
        v = v[m.end():].strip()
    return v or None


def _record(text: str, start: int, end: int, cue: str, via: Optional[str] = None,
            max_words: int = _MAX_WORDS) -> Optional[dict]:
    s, e = _strip_span(text, start, end)
    if e <= s or _words(text[s:e]) > max_words:
        return None
    if fold(text[s:e]) in _PRONOUNS:
        return None
    via_found = _clean_via(text, via) if via else None
    cited = _CITED.search(text, s, e)
    if cited and cited.start() > s:
        via_found = via_found or _clean_via(text, _trim_name(text, cited.start("via"), e)[1])
        e = cited.start()
    a, b, kind = author_of(text, s, e)
    b = _trim_name(text, a, b)[0]
    via = via_found
    return {"start": s, "end": e, "text": text[s:e], "name": text[a:b], "name_start": a,
            "name_end": b, "cue": cue, "kind": kind, "via": via,
            "parts": [list(p) for p in name_parts(text, a, b)]}


def _prepositional(doc: Doc, sent: Span, folded: str, text: str) -> Optional[dict]:
    base = sent.start_char
    for m in _PREP.finditer(folded, base, sent.end_char):
        cue = re.sub(r"\s+", " ", m.group("cue"))
        if folded.count("«", base, m.start()) > folded.count("»", base, m.start()):
            continue  # inside a quotation: the quoted speaker's words, not the article's cue
        stop = _PHRASE_END.search(folded, m.end(), sent.end_char)
        end = stop.start() if stop else sent.end_char
        if cue in cues.WEAK_PREPOSITIONS:
            # "Pour le Pentagone, …" only at the start of a sentence, naming someone.
            lead = folded[base:m.start()].strip(" -–•*\n")
            phrase = text[m.end():end]
            if lead or not stop or folded[stop.start()] != "," or not any(c.isupper() for c in phrase) \
                    or _words(phrase) > 8:
                continue
        if _NON_SOURCE.match(fold(text[m.end():end]).strip()):
            continue  # "selon des informations non confirmées": no one is named
        if fold(text[m.end():end]).strip() in _PERSONAL:
            return {"pronoun": True, "cue": cue}  # "Selon lui": the person last quoted
        if cue.startswith("de source"):
            # "de source militaire ukrainienne": the phrase itself is the source.
            rec = _record(text, m.start(), end, "de source", max_words=_MAX_PHRASE_WORDS)
        else:
            rec = _record(text, m.end(), end, cue, max_words=_MAX_PHRASE_WORDS)
            if rec is not None and _ANAPHORA.match(folded[m.end():end].strip()):
                rec["anaphora"] = True
        if rec:
            cited = _CITED.search(text, rec["end"], sent.end_char)
            if cited and cited.start() <= rec["end"] + 2:
                rec["via"] = _clean_via(text, cited.group("via"))
            return rec
    return None


def _skip_adverbs(folded: str, pos: int, limit: int) -> int:
    """Skip spaces and the adverbs that may stand between a verb and what follows it."""
    while True:
        m = _SPACES.match(folded, pos, limit)
        pos = m.end() if m else pos
        adv = _ADVERB_RE.match(folded, pos, limit)
        if not adv:
            return pos
        pos = adv.end()


def _after_incise(folded: str, pos: int, limit: int) -> int:
    """Past a comma-delimited incise: "a affirmé, images satellites à l'appui, que"."""
    if pos < limit and folded[pos] == ",":
        close = folded.find(",", pos + 1, min(limit, pos + 90))
        if close > 0:
            return _skip_adverbs(folded, close + 1, limit)
    return pos


def _subject_span(text: str, folded: str, start: int, end: int) -> tuple[int, int]:
    """The noun phrase before a verb: the last comma-separated segment of ``text[start:end]``,
    stepping back over appositions ("John Kirby, porte-parole de …, a affirmé")."""
    cuts = [start]
    depth = 0
    for i in range(start, end):
        c = text[i]
        if c in "([":
            depth += 1
        elif c in ")]":
            depth = max(0, depth - 1)
        elif c in ",;:" and depth == 0 and not (c == "," and text[i - 1:i].isdigit() and text[i + 1:i + 2].isdigit()):
            cuts.append(i + 1)  # (a comma between digits is a decimal comma: "1,5 million")
    segments = [(a, b - 1 if b - 1 > a and text[b - 1] in ",;:" else b) for a, b in zip(cuts, cuts[1:] + [end + 1])]
    segments = [(a, min(b, end)) for a, b in segments]
    idx = len(segments) - 1
    while idx > 0:
        a, b = segments[idx]
        words = folded[a:b].split()
        if not words or words[0][:1].isdigit():
            idx -= 1
            continue
        first = text[a:b].split()[0]
        if first[:1].islower() and words[0] not in _NP_DETS and not words[0].startswith(("l'", "d'")):
            idx -= 1  # an apposition: the name is before it
            continue
        break
    a, b = segments[idx]
    neg = _TRAILING_NEGATION.search(folded, a, b)
    if neg:
        b = neg.start()
    return a, b


def _NAME_BEFORE_COMMA(text: str, comma: int) -> bool:
    """Whether the comma closes an apposition naming the subject ("Le président, Volodymyr
    Zelensky, avait évoqué …"): then the verb's subject is before it, not after."""
    before = text[max(0, comma - 60):comma]
    return "«" not in before and "»" not in before and bool(re.search(r"[A-ZÀ-Ý][\w\-]+$", before))


def _stem_at(folded: str, pos: int, stems: tuple[str, ...]) -> bool:
    return folded.startswith(stems, pos)


def _verbal(doc: Doc, sent: Span, folded: str, text: str) -> Optional[dict]:
    tokens = list(sent)
    limit = sent.end_char
    for i, tok in enumerate(tokens):
        if tok.pos_ not in ("VERB", "AUX") or len(tok.text) < 3:
            continue
        pos = tok.idx
        low = fold(tok.text)
        reporting = _stem_at(folded, pos, _REPORTING)
        stance = _stem_at(folded, pos, _STANCE)
        quantifying = _stem_at(folded, pos, _QUANTIFYING)
        if not (reporting or stance or quantifying):
            continue
        verb_end = pos + len(tok.text)
        phrase = _QUANT_PHRASE.match(folded, pos)
        if phrase:
            verb_end = phrase.end()
        after = _after_incise(folded, _skip_adverbs(folded, verb_end, limit), limit)
        nxt = _NEXT_WORD.match(folded, after, limit)
        word = nxt.group(0) if nxt else ""
        has_complement = word in _COMPLEMENTS or (word == "sur" and stance) or \
            (quantifying and (word in _QUANT_COMPLEMENTS or word[:1].isdigit())) or \
            (word in ("à", "a") and _stem_at(folded, pos, _QUANT_A))
        if not has_complement and reporting and word in ("à", "auprès", "devant", "aux", "au"):
            # "a affirmé à Bloomberg que …": an indirect object before the complement.
            has_complement = bool(_LATE_QUE.match(folded, after, limit))
        # Inverted subject after the verb: "…, a déclaré lundi le ministre." / "», estime X".
        k = i - 1
        while k >= 0 and (fold(tokens[k].text) in _AUX or fold(tokens[k].text) in _ADVERBS):
            k -= 1
        inverted_ok = not has_complement or (word not in _COMPLEMENTS and not word[:1].isdigit())
        if k >= 0 and tokens[k].text in (",", "»", "\"") and inverted_ok and reporting \
                and not _NAME_BEFORE_COMMA(text, tokens[k].idx):
            start = _skip_adverbs(folded, pos + len(tok.text), limit)
            stop = re.compile(r"[,;.!?]").search(text, start, limit)
            end = stop.start() if stop else limit
            appos = re.match(r",\s*((?:[A-ZÀ-Ý][\w\-']+\s?){1,4})\s*[.!?]", text[end:limit + 1])
            if appos:
                end += appos.end(1)  # "…, a affirmé le procureur général, Andriy Kostine."
            rec = _record(text, start, end, f"verb:{low}")
            if rec and (rec["text"][:1].isupper() or fold(text[start:rec["start"]]).strip() in _NP_DETS):
                return rec
            continue
        if not (has_complement or stance):
            continue
        if k >= 0 and fold(tokens[k].text) == "en":
            # A gerund ("…, en précisant que"): the subject is the sentence's first.
            first_verb = next((t for t in tokens if t.pos_ in ("VERB", "AUX")), None)
            if first_verb is None or first_verb.i >= tok.i:
                continue
            k = first_verb.i - sent.start - 1
            while k >= 0 and fold(tokens[k].text) in _AUX | _ADVERBS:
                k -= 1
        subject_end = tokens[k].idx + len(tokens[k].text) if k >= 0 else sent.start_char
        a, b = _subject_span(text, folded, sent.start_char, subject_end)
        if b <= a:
            continue
        cited = _CITED.search(text, a, subject_end)
        if cited and cited.start() >= b:
            # "Le député X, cité par l'agence Y, affirme que": the apposition names the relay.
            rec = _record(text, a, b, f"verb:{low}", via=cited.group("via").strip())
        elif cited:
            rec = _record(text, a, cited.start(), f"verb:{low}", via=cited.group("via").strip())
        else:
            rec = _record(text, a, b, f"verb:{low}")
        if rec is None:
            subject = fold(text[a:b]).strip()
            if subject in _PERSONAL:
                return {"pronoun": True, "cue": f"verb:{low}"}
            continue
        # A subject starts with an article or a name; otherwise it is not one ("Ainsi estime…").
        first = rec["text"].split()[0]
        if fold(text[a:b]).lstrip(" -–•*#\n").startswith(("que ", "qu'", "qui ", "dont ", "où ", "ce que", "ce qui")):
            continue
        if not (first[:1].isupper() or fold(text[a:rec["start"]]).strip(" -–•*#\n") in _NP_DETS | {""}):
            continue
        return rec
    return None


def _paragraph_of(newlines: list[int], offset: int) -> int:
    return bisect_right(newlines, offset)


def _previous_subject(text: str, sent: Span) -> Optional[dict]:
    """A record for the organisation or person that opens ``sent``, if one does."""
    for ent in sent.ents:
        if ent.start_char - sent.start_char <= 12:  # NER labels bodies LOC or MISC too
            rec = _record(text, ent.start_char, ent.end_char, "anaphora")
            if rec:
                return rec
    return None


def find_sources(doc: Doc) -> list[Optional[dict]]:
    """One source record (or None) per sentence of ``doc``, carry-over applied."""
    text = doc.text
    folded = fold(text)
    newlines = [i for i, c in enumerate(text) if c == "\n"]
    quantity_starts = sorted(q["start"] for q in (doc._.recoupe_quantities or []))
    sents = list(doc.sents)
    out: list[Optional[dict]] = []
    last: Optional[dict] = None
    for idx, sent in enumerate(sents):
        rec = _prepositional(doc, sent, folded, text) or _verbal(doc, sent, folded, text)
        if rec and rec.get("pronoun"):
            # "Il estime que…": the person or body last quoted, or else the one the sentence
            # before was about ("Le Pentagone a publié son bilan. Il estime que…").
            if last:
                rec = dict(last, cue="anaphora")
            else:
                rec = _previous_subject(text, sents[idx - 1]) if idx > 0 else None
        elif rec and rec.get("anaphora") and last:
            # "D'après ce rapport": the last source named.
            rec = dict(last, start=rec["start"], end=rec["end"], text=rec["text"], cue="anaphora")
        if rec is None and idx > 0 and out[-1] is not None and out[-1]["kind"] == "study":
            prev = sents[idx - 1]
            same_paragraph = _paragraph_of(newlines, prev.start_char) == _paragraph_of(newlines, sent.start_char)
            has_figure = any(sent.start_char <= s < sent.end_char for s in quantity_starts)
            if same_paragraph and has_figure:
                rec = dict(out[-1], cue="carry-over")
        out.append(rec)
        if rec is not None:
            last = rec
    return out


class AttributionFinder:
    """Stores one source record or None per sentence on ``doc._.recoupe_sources``."""

    def __call__(self, doc: Doc) -> Doc:
        doc._.recoupe_sources = find_sources(doc)
        return doc


@Language.factory(
    "recoupe_attribution",
    requires=["token.pos", "token.is_sent_start", "doc._.recoupe_quantities"],
    assigns=["doc._.recoupe_sources"],
    default_config={},
)
def make_attribution(nlp: Language, name: str) -> AttributionFinder:
    return AttributionFinder()
