"""A synthetic but realistic French news corpus for the benchmarks.

Each document looks like the articles in ``examples/``: a ``Publié le <date>`` line, a title,
then paragraphs. The paragraphs mix (a) paragraphs of the example articles, shuffled, with
their figures perturbed, and (b) paragraphs generated from templates of sourced claims with
figures, units, rates and time expressions, plus context sentences without figures. Every
document is different (recoupe skips texts already seen by their sha256), and documents run
from 300 to 1 000 words.

    from corpus import build_corpus
    docs = build_corpus(words=200_000, seed=7)   # list of (file name, text)
"""

from __future__ import annotations

import hashlib
import random
import re
from datetime import date, timedelta
from pathlib import Path

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"

MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
          "octobre", "novembre", "décembre"]
DAYS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]

# (phrase as subject, phrase after "selon") — sources a news story cites.
SOURCES = [
    ("le Service national de renseignement sud-coréen (NIS)", "le NIS"),
    ("le Pentagone", "le Pentagone"),
    ("l'état-major interarmées sud-coréen", "l'état-major interarmées sud-coréen"),
    ("le ministère britannique de la défense", "le ministère britannique de la défense"),
    ("l'agence Yonhap", "l'agence Yonhap"),
    ("le président ukrainien, Volodymyr Zelensky", "Volodymyr Zelensky"),
    ("Kyrylo Budanov, le chef du renseignement militaire ukrainien (HUR)", "Kyrylo Budanov"),
    ("le département d'État américain", "le département d'État"),
    ("l'Institut pour l'étude de la guerre (ISW)", "l'ISW"),
    ("l'agence Reuters", "Reuters"),
    ("l'Open Source Centre", "l'Open Source Centre"),
    ("un rapport d'experts des Nations unies", "un rapport de l'ONU"),
    ("le porte-parole de la Maison Blanche, John Kirby", "la Maison Blanche"),
    ("le ministre sud-coréen de la défense, Shin Won-sik", "Shin Won-sik"),
    ("le secrétaire général de l'OTAN, Mark Rutte", "l'OTAN"),
    ("le Financial Times", "le Financial Times"),
    ("l'agence Bloomberg", "Bloomberg"),
    ("le Kremlin", "Moscou"),
    ("le ministère ukrainien de la défense", "Kiev"),
    ("le Korea Institute for Defense Analyses (KIDA)", "le KIDA"),
    ("la Commission européenne", "Bruxelles"),
    ("le Haut-Commissariat des Nations unies pour les réfugiés (HCR)", "le HCR"),
    ("l'Agence internationale de l'énergie (AIE)", "l'AIE"),
    ("le Fonds monétaire international", "le FMI"),
    ("un responsable américain s'exprimant sous couvert d'anonymat", "un responsable américain"),
    ("des sources diplomatiques européennes", "des diplomates européens"),
    ("le chef d'état-major de l'armée française, le général Thierry Burkhard", "l'état-major français"),
    ("l'analyste Ankit Panda, du Carnegie Endowment", "Ankit Panda"),
]
REPORT_VERBS = ["a affirmé", "a indiqué", "a estimé", "a déclaré", "assure", "affirme", "a précisé",
                "a rapporté", "a annoncé", "a expliqué", "soutient", "a fait savoir"]
HEDGES = ["", "", "", "environ ", "près de ", "plus de ", "au moins ", "quelque ", "jusqu'à ",
          "moins de ", "un peu plus de "]

# (actor phrase, past verb phrase, unit noun plural, complement, value range, rate?)
FACTS = [
    ("la Corée du Nord", "a livré", "obus", "à la Russie", (200_000, 6_000_000), None),
    ("Pyongyang", "aurait expédié", "conteneurs de munitions", "vers la Russie", (1_000, 16_000), None),
    ("Pyongyang", "a envoyé", "soldats", "en Russie", (1_500, 15_000), None),
    ("le régime nord-coréen", "aurait déployé", "militaires", "dans la région de Koursk", (3_000, 14_000), None),
    ("les forces nord-coréennes", "ont perdu", "hommes", "dans les combats", (300, 6_000), None),
    ("l'armée russe", "tire", "obus", "", (8_000, 60_000), "par jour"),
    ("l'armée ukrainienne", "tire", "obus", "", (1_500, 9_000), "par jour"),
    ("la Russie", "a lancé", "drones", "contre l'Ukraine", (100, 800), "par nuit"),
    ("la Russie", "a produit", "obus", "", (1_000_000, 4_000_000), "par an"),
    ("la Corée du Nord", "aurait livré", "missiles balistiques", "à Moscou", (20, 250), None),
    ("l'Ukraine", "a exporté", "tonnes de céréales", "depuis Odessa", (1_000_000, 40_000_000), None),
    ("la Russie", "exporte", "barils de pétrole", "", (3_000_000, 8_000_000), "par jour"),
    ("l'Union européenne", "a sanctionné", "entités", "liées à l'effort de guerre russe", (50, 2_000), None),
    ("Moscou", "aurait versé", "dollars", "à Pyongyang", (1_000_000_000, 20_000_000_000), None),
    ("les forces russes", "ont perdu", "chars", "depuis le début de l'offensive", (200, 3_500), None),
    ("les autorités ukrainiennes", "ont mobilisé", "hommes", "", (50_000, 300_000), None),
    ("la Corée du Nord", "a fourni", "pièces d'artillerie", "à l'armée russe", (50, 600), None),
    ("les pays européens", "ont livré", "obus", "à Kiev", (300_000, 2_000_000), None),
    ("la guerre", "a fait", "victimes civiles", "selon les décomptes officiels", (5_000, 13_000), None),
    ("le conflit", "a déplacé", "personnes", "à l'intérieur du pays", (1_000_000, 6_000_000), None),
]
CONTEXT = [
    "Cette estimation n'a pas pu être vérifiée de manière indépendante.",
    "{actor_cap} n'a fait aucun commentaire sur ces informations.",
    "Les autorités russes ont démenti ces chiffres, qu'elles jugent « exagérés » et « sans fondement ».",
    "Les analystes restent prudents sur la fiabilité de ces données, recueillies dans un contexte de guerre.",
    "La situation sur le front reste très volatile, notamment autour de Pokrovsk et de Koupiansk.",
    "Le sujet devait être abordé lors de la réunion des ministres de la défense de l'OTAN à Bruxelles.",
    "Plusieurs images satellites publiées par des instituts privés semblent confirmer cette tendance.",
    "À Séoul, l'opposition reproche au gouvernement de ne pas communiquer davantage sur ce dossier.",
    "Les services de renseignement occidentaux partagent désormais plus volontiers leurs évaluations.",
    "Cette coopération militaire inquiète le Japon, qui a convoqué l'ambassadeur russe à Tokyo.",
    "Les experts soulignent que la qualité des munitions nord-coréennes reste très inégale.",
    "Une partie des obus livrés présenterait des défauts de fabrication, selon des soldats ukrainiens.",
    "Le Kremlin a toujours refusé de confirmer la présence de troupes étrangères sur son sol.",
    "La question des prisonniers de guerre nord-coréens capturés par l'Ukraine reste en suspens.",
    "Les négociations sur un éventuel cessez-le-feu n'ont pas progressé depuis le printemps.",
    "L'économie russe, soutenue par les dépenses militaires, montre des signes de surchauffe.",
    "Les sanctions occidentales n'ont pas empêché Moscou de contourner l'embargo par des pays tiers.",
    "Des chercheurs ont recoupé les données de trafic maritime avec des photographies commerciales.",
    "Le port de Rajin, dans le nord-est de la péninsule, concentre l'essentiel de ce trafic.",
    "Washington et Séoul ont annoncé de nouvelles manœuvres conjointes en mer Jaune.",
    "L'hiver rend les opérations plus difficiles pour les deux camps, selon les observateurs militaires.",
    "Le Parlement européen a adopté une résolution condamnant cette coopération.",
    "La Chine, premier partenaire commercial de Pyongyang, se tient officiellement à l'écart.",
    "Aucune des deux capitales n'a publié de bilan officiel de ses pertes.",
    "Ces chiffres ont été transmis aux parlementaires lors d'une séance à huis clos.",
    "La centrale nucléaire de Zaporijjia reste sous contrôle russe et préoccupe l'AIEA.",
    "Les frappes contre les infrastructures énergétiques se sont intensifiées à l'approche de l'hiver.",
    "Le gouvernement ukrainien cherche à relancer la production nationale de drones et de munitions.",
]
TITLES = [
    "Ce que révèlent les derniers chiffres du renseignement sur la guerre en Ukraine",
    "Munitions nord-coréennes : les estimations divergent encore",
    "Pertes, livraisons, sanctions : le bilan d'une semaine de guerre",
    "Guerre en Ukraine : Séoul et Kiev revoient leurs estimations",
    "L'axe Moscou-Pyongyang se renforce, selon les services occidentaux",
    "Front de Koursk : les chiffres contradictoires des belligérants",
    "Le coût humain et financier de la coopération entre la Russie et la Corée du Nord",
    "Obus, drones, missiles : la guerre d'usure en chiffres",
]

_BIG = re.compile(r"(?<![\d\u202f\u00a0])(?<!\d )(\d{1,3}(?:[ \u00a0\u202f]\d{3})+)(?!\d)")
_WORDS_MILLION = re.compile(r"\b(\d+(?:,\d+)?) (millions?|milliards?)\b")


def french_number(n: float) -> str:
    """12 000, 1,5 million, 20 milliards — as a French paper would print it."""
    if n >= 1_000_000_000:
        v = round(n / 1_000_000_000, 1)
        s = f"{v:g}".replace(".", ",")
        return f"{s} milliard{'s' if v >= 2 else ''}"
    if n >= 1_000_000:
        v = round(n / 1_000_000, 1)
        s = f"{v:g}".replace(".", ",")
        return f"{s} million{'s' if v >= 2 else ''}"
    n = int(round(n))
    digits = len(str(n))
    if digits > 2:  # two significant figures, like reported estimates
        q = 10 ** (digits - 2)
        n = max(q, round(n / q) * q)
    return f"{n:,}".replace(",", " ")


def _needs_de(num: str) -> bool:
    return num.endswith(("million", "millions", "milliard", "milliards"))


def french_date(d: date) -> str:
    return f"{'1er' if d.day == 1 else d.day} {MONTHS[d.month - 1]} {d.year}"


class Generator:
    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.articles = self._load_examples()

    @staticmethod
    def _load_examples() -> list[tuple[str, list[str]]]:
        """(title, paragraphs) of each example article."""
        out = []
        for f in sorted(EXAMPLES.iterdir()):
            if f.suffix not in (".txt", ".md") or f.name == "README.md":
                continue
            lines = f.read_text(encoding="utf-8").split("\n")
            title = lines[1].lstrip("#").strip()
            paras = [p.strip() for p in "\n".join(lines[2:]).split("\n\n") if p.strip()]
            out.append((title, paras))
        if not out:
            raise SystemExit(f"no example article in {EXAMPLES}")
        return out

    # -- pieces -------------------------------------------------------------------------
    def when(self, published: date) -> str:
        r = self.rng
        back = published - timedelta(days=r.randint(1, 400))
        start = back - timedelta(days=r.randint(60, 500))
        forms = [
            f"le {back.day} {MONTHS[back.month - 1]}",
            f"en {MONTHS[back.month - 1]} {back.year}",
            f"depuis {MONTHS[start.month - 1]} {start.year}",
            f"entre {MONTHS[start.month - 1]} {start.year} et {MONTHS[back.month - 1]} {back.year}",
            DAYS[r.randrange(7)],
            "la semaine dernière",
            f"au cours des {r.choice(['deux', 'trois', 'six'])} derniers mois",
            f"depuis le début de l'année {published.year}",
            f"à la mi-{MONTHS[back.month - 1]}",
        ]
        return r.choice(forms)

    def figure(self, lo: float, hi: float) -> str:
        r = self.rng
        n = french_number(r.uniform(lo, hi))
        if r.random() < 0.12 and not _needs_de(n):
            m = french_number(r.uniform(lo, hi))
            if m != n and not _needs_de(m):
                a, b = sorted([n, m], key=lambda s: int(s.replace(" ", "")))
                return f"entre {a} et {b}"
        return r.choice(HEDGES) + n

    def claim(self, published: date) -> str:
        r = self.rng
        actor, verb, unit, comp, (lo, hi), rate = r.choice(FACTS)
        src, short = r.choice(SOURCES)
        fig = self.figure(lo, hi)
        noun = f"de {unit}" if _needs_de(fig) else unit
        if noun.startswith("de ") and unit[0] in "aeiouéèh":
            noun = f"d'{unit}"
        rate_s = f" {rate}" if rate else ""
        comp_s = f" {comp}" if comp else ""
        when = self.when(published)
        forms = [
            f"Selon {short}, {actor} {verb} {fig} {noun}{rate_s}{comp_s} {when}.",
            f"{src[0].upper()}{src[1:]}{',' if ',' in src else ''} {r.choice(REPORT_VERBS)} que {actor} {verb} {fig} {noun}{rate_s}{comp_s} {when}.",
            f"{when[0].upper()}{when[1:]}, {actor} {verb} {fig} {noun}{rate_s}{comp_s}, selon {short}.",
            f"D'après {short}, {actor} {verb} {when} {fig} {noun}{rate_s}{comp_s}.",
            f"{actor[0].upper()}{actor[1:]} {verb} {fig} {noun}{rate_s}{comp_s} {when}, {r.choice(REPORT_VERBS)} {src}.",
        ]
        return r.choice(forms)

    def context(self) -> str:
        actor = self.rng.choice(FACTS)[0]
        return self.rng.choice(CONTEXT).format(actor_cap=actor[0].upper() + actor[1:])

    def generated_paragraph(self, published: date) -> str:
        r = self.rng
        sents = []
        for _ in range(r.randint(3, 6)):
            sents.append(self.claim(published) if r.random() < 0.6 else self.context())
        return " ".join(sents)

    def perturb(self, para: str) -> str:
        """Move the figures of an example paragraph by up to ±30 %."""
        r = self.rng

        def big(m: re.Match[str]) -> str:
            v = int(re.sub(r"\D", "", m.group(1)))
            return french_number(v * r.uniform(0.7, 1.3)) if r.random() < 0.7 else m.group(1)

        def million(m: re.Match[str]) -> str:
            if r.random() < 0.5:
                return m.group(0)
            v = float(m.group(1).replace(",", ".")) * r.uniform(0.7, 1.3)
            s = f"{max(1.0, round(v, 1)):g}".replace(".", ",")
            word = m.group(2).rstrip("s")
            return f"{s} {word}{'s' if float(s.replace(',', '.')) >= 2 else ''}"

        return _WORDS_MILLION.sub(million, _BIG.sub(big, para))

    # -- documents ----------------------------------------------------------------------
    def document(self, i: int) -> tuple[str, str]:
        r = self.rng
        published = date(2023, 1, 1) + timedelta(days=r.randint(0, 1000))
        target = r.randint(300, 1000)
        title, paras = r.choice(self.articles)
        if r.random() < 0.3:
            title = r.choice(TITLES)
        body = [paras[0]] + r.sample(paras[1:], len(paras) - 1)
        body = [self.perturb(p) for p in body]
        words = sum(len(p.split()) for p in body)
        while words < target:
            if r.random() < 0.5:
                p = self.perturb(r.choice(r.choice(self.articles)[1]))
            else:
                p = self.generated_paragraph(published)
            if words + len(p.split()) > 1000:
                break
            body.insert(r.randint(1, len(body)), p)
            words += len(p.split())
        md = r.random() < 0.2
        head = f"Publié le {french_date(published)}\n{'# ' if md else ''}{title}\n\n"
        name = f"{published.isoformat()}_{i:05d}.{'md' if md else 'txt'}"
        return name, head + "\n\n".join(body) + "\n"


def build_corpus(words: int = 200_000, seed: int = 7) -> list[tuple[str, str]]:
    """Documents (file name, text) totalling at least ``words`` words, all distinct."""
    gen = Generator(random.Random(seed))
    docs: list[tuple[str, str]] = []
    seen: set[str] = set()
    total = 0
    i = 0
    while total < words:
        name, text = gen.document(i)
        i += 1
        h = hashlib.sha256(text.encode("utf-8")).hexdigest()
        if h in seen:
            continue
        seen.add(h)
        docs.append((name, text))
        total += len(text.split())
    return docs


def write_corpus(docs: list[tuple[str, str]], folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for name, text in docs:
        p = folder / name
        p.write_text(text, encoding="utf-8")
        paths.append(p)
    return paths


if __name__ == "__main__":
    import argparse

    ap = argparse.ArgumentParser(description="Write the benchmark corpus to a folder.")
    ap.add_argument("out", type=Path)
    ap.add_argument("--words", type=int, default=200_000)
    ap.add_argument("--seed", type=int, default=7)
    a = ap.parse_args()
    d = build_corpus(a.words, a.seed)
    write_corpus(d, a.out)
    print(f"{len(d)} documents, {sum(len(t.split()) for _, t in d)} words in {a.out}")
