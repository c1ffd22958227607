"""Reading inputs (``recoupe.ingest``), telling languages apart (``recoupe.langdetect``) and
finding near-duplicates (``recoupe.dedup``). No spaCy model is loaded here."""

from __future__ import annotations

import io
import json
import os
from datetime import date
from pathlib import Path
from typing import Callable

import pytest

from recoupe import dedup, ingest, langdetect
from recoupe.ingest import InputError, SourceDocument, document_id, read_all, read_document
from recoupe.model import Analysis, Document
from recoupe.store import open_ledger

FR = (
    "Selon le ministère ukrainien de la Défense, 1 200 soldats ont été blessés la semaine "
    "dernière dans la région de Donetsk. Moscou affirme avoir abattu 15 drones dans la nuit."
)
EN = "According to the Ukrainian defence ministry, 1,200 soldiers were wounded last week near Donetsk."

ARTICLE_HTML = """<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8">
<title>Ukraine : 1 200 blessés selon Kiev - Le Journal</title>
<meta property="og:site_name" content="Le Journal">
<meta name="author" content="Marie Dupont">
<meta property="article:published_time" content="2024-03-12T08:00:00+01:00">
</head><body><nav><a href="/">Accueil</a> <a href="/monde">Monde</a></nav>
<article><h1>Ukraine : 1 200 blessés selon Kiev</h1>
<p>Selon le ministère ukrainien de la Défense, 1 200 soldats ont été blessés la semaine dernière dans la région de Donetsk.</p>
<p>Moscou affirme de son côté avoir abattu 15 drones dans la nuit de lundi à mardi, a indiqué l'agence TASS.</p>
<p>Le bilan n'a pas pu être vérifié de manière indépendante.</p></article>
<footer>© Le Journal 2024. Tous droits réservés.</footer></body></html>"""


def one(result: SourceDocument | InputError) -> SourceDocument:
    assert isinstance(result, SourceDocument), str(result)
    return result


def failed(result: SourceDocument | InputError, *words: str) -> InputError:
    """Assert ``result`` is a one-line error naming its file, containing ``words``."""
    assert isinstance(result, InputError), f"expected an error, got a document: {result.text[:60]!r}"
    line = str(result)
    assert "\n" not in line and "\r" not in line
    assert line.startswith(f"{result.path}: ")
    for w in words:
        assert w in result.reason, f"{w!r} not in {result.reason!r}"
    return result


# -- text and encodings -------------------------------------------------------------------


def test_utf8_text_kept_as_is(tmp_path: Path) -> None:
    text = "Titre court\n\n" + FR + "\r\nDeuxième ligne\u202favec espace fine.\n"
    p = tmp_path / "a.txt"
    p.write_bytes(text.encode("utf-8"))
    doc = one(read_document(p))
    assert doc.text == text  # offsets are offsets into exactly this
    assert doc.id == document_id(text)
    assert doc.title == "Titre court" and doc.lang == "fr" and doc.encoding == "utf-8"
    assert doc.format == "text" and doc.pages is None and doc.copy_of is None


def test_invisible_characters_are_dropped(tmp_path: Path) -> None:
    """A zero-width space, a word joiner, a stray byte-order mark or a soft hyphen inside a
    word or a number would split it: the text as read is without them."""
    p = tmp_path / "a.txt"
    p.write_text("Selon le ministère, 1\u200b200\u200b000 personnes ont mani\u00adfesté.\u2060\ufeff Fin.",
                 encoding="utf-8")
    doc = one(read_document(p))
    assert doc.text == "Selon le ministère, 1200000 personnes ont manifesté. Fin."
    assert doc.id == document_id(doc.text)


def test_invisible_characters_in_a_pdf_keep_page_offsets() -> None:
    from recoupe.ingest import _drop_invisible

    text = "Page\u200b un.\n\nPage deux\u00ad.\n\nTrois."
    pages = [0, text.index("Page deux"), text.index("Trois")]
    clean, moved = _drop_invisible(text, pages)
    assert moved is not None and clean[moved[1]:].startswith("Page deux.") and clean[moved[2]:] == "Trois."


@pytest.mark.parametrize("encoding", ["cp1252", "latin-1", "utf-16", "utf-8-sig"])
def test_legacy_and_bom_encodings(tmp_path: Path, encoding: str) -> None:
    text = "L'état-major français a déployé 300 soldats en Estonie en février, à Tapa.\n" + FR
    if encoding != "latin-1":
        text += " Le cœur du dispositif coûte 12 M€."
    p = tmp_path / "legacy.txt"
    p.write_bytes(text.encode(encoding))
    doc = one(read_document(p))
    assert doc.text == text
    assert doc.id == document_id(text)


def test_cyrillic_in_cp1251_is_russian(tmp_path: Path) -> None:
    text = "По данным министерства обороны, на прошлой неделе в Донецкой области были ранены 1200 солдат."
    p = tmp_path / "ru.txt"
    p.write_bytes(text.encode("cp1251"))
    doc = one(read_document(p))
    assert doc.text == text and doc.lang == "ru"


def test_invalid_bytes_in_utf8_file(tmp_path: Path) -> None:
    p = tmp_path / "broken.txt"
    p.write_bytes(("Les blessés sont évacués vers l'hôpital. " * 5).encode() + b"\xff\xfe" + "Fin été.".encode())
    err = failed(read_document(p), "invalid UTF-8", "offset")
    assert err.path == str(p)


def test_binary_files(tmp_path: Path) -> None:
    nul = tmp_path / "nul.txt"
    nul.write_bytes(b"abc\x00def" * 100)
    failed(read_document(nul), "binary")
    png = tmp_path / "image.txt"
    png.write_bytes(b"\x89PNG\r\n\x1a\n" + os.urandom(2000))
    failed(read_document(png), "binary", "PNG")
    noise = tmp_path / "noise.txt"
    noise.write_bytes(bytes(range(1, 32)) * 50 + bytes(range(128, 256)) * 20)
    failed(read_document(noise), "binary")


def test_empty_files(tmp_path: Path) -> None:
    for name, data in [("empty.txt", b""), ("blank.md", b"  \n\t\n"), ("bom.txt", b"\xef\xbb\xbf\n")]:
        p = tmp_path / name
        p.write_bytes(data)
        failed(read_document(p), "empty")


def test_fifty_megabyte_file_refused_without_reading(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    with big.open("wb") as fh:  # sparse: takes no disk space
        fh.truncate(50 * 1024 * 1024)
    err = failed(read_document(big), "too large", "50 MB")
    assert str(ingest.MAX_BYTES // (1024 * 1024)) in err.reason


def test_text_longer_than_spacy_limit(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ingest, "MAX_CHARS", 1000)
    p = tmp_path / "long.txt"
    p.write_text(FR * 20, encoding="utf-8")
    failed(read_document(p), "too long")


def test_missing_unsupported_and_odd_names(tmp_path: Path) -> None:
    failed(read_document(tmp_path / "nope.txt"), "no such file")
    docx = tmp_path / "report.docx"
    docx.write_bytes(b"PK\x03\x04" + b"\x00" * 100)
    failed(read_document(docx), "unsupported file type '.docx'")
    weird = tmp_path / "line\nbreak.txt"
    weird.write_text("", encoding="utf-8")
    err = failed(read_document(weird), "empty")
    assert "\n" not in str(err)


def test_file_without_suffix_is_sniffed(tmp_path: Path) -> None:
    p = tmp_path / "depeche"
    p.write_text(FR, encoding="utf-8")
    assert one(read_document(p)).format == "text"
    h = tmp_path / "page"
    h.write_text(ARTICLE_HTML, encoding="utf-8")
    assert one(read_document(h)).format == "html"


# -- HTML ---------------------------------------------------------------------------------


def test_html_article(tmp_path: Path) -> None:
    p = tmp_path / "article.html"
    p.write_text(ARTICLE_HTML, encoding="utf-8")
    doc = one(read_document(p, published=date(2020, 1, 1)))
    assert doc.format == "html"
    assert doc.text.startswith("Ukraine : 1 200 blessés selon Kiev\n")
    assert "1 200 soldats ont été blessés" in doc.text
    assert "Accueil" not in doc.text and "droits réservés" not in doc.text
    assert doc.title == "Ukraine : 1 200 blessés selon Kiev"
    assert doc.outlet == "Le Journal" and doc.author == "Marie Dupont"
    # The page's own date wins over the fallback date given for texts without one.
    assert doc.published == date(2024, 3, 12) and doc.published_how == "html"
    assert doc.lang == "fr"


def test_html_headline_is_prepended_when_outside_the_article(tmp_path: Path) -> None:
    html = ARTICLE_HTML.replace("<h1>Ukraine : 1 200 blessés selon Kiev</h1>", "").replace(
        "<title>Ukraine : 1 200 blessés selon Kiev - Le Journal</title>", "<title>Kiev annonce 1 200 blessés</title>")
    p = tmp_path / "a.html"
    p.write_text(html, encoding="utf-8")
    doc = one(read_document(p))
    assert doc.text.split("\n")[0] == "Kiev annonce 1 200 blessés"


def test_html_in_cp1252_with_meta_charset(tmp_path: Path) -> None:
    p = tmp_path / "legacy.htm"
    p.write_bytes(ARTICLE_HTML.replace('charset="utf-8"', 'charset="windows-1252"').encode("cp1252"))
    doc = one(read_document(p))
    assert "ministère ukrainien de la Défense" in doc.text


def test_html_without_article(tmp_path: Path) -> None:
    pages = {
        "menu.html": "<html><head><title>Erreur 404</title></head><body><ul><li><a href=/a>Accueil</a></li>"
                     "<li><a href=/b>Monde</a></li></ul></body></html>",
        "nav.html": "<html><body><nav>Accueil Monde Sport</nav></body></html>",
        "blank.html": "<html><head><title>x</title></head><body>   </body></html>",
        "script.html": "<html><body><script>var x = 'Selon le ministère, 1 200 blessés';</script></body></html>",
    }
    for name, html in pages.items():
        p = tmp_path / name
        p.write_text(html, encoding="utf-8")
        failed(read_document(p), "no article")


def test_html_fragment(tmp_path: Path) -> None:
    p = tmp_path / "fragment.html"
    p.write_text(f"<p>{FR}</p><p>Le bilan n'a pas pu être vérifié de source indépendante.</p>", encoding="utf-8")
    assert "1 200 soldats" in one(read_document(p)).text


# -- PDF ----------------------------------------------------------------------------------


def test_pdf_pages_and_offsets(tmp_path: Path, make_pdf: Callable[..., bytes]) -> None:
    pages = ["Rapport d'étape\nSelon le ministère, 1 200 soldats ont été blessés.",
             "Deuxième page : Kiev annonce 15 drones abattus.",
             "Troisième page, été 2024."]
    p = tmp_path / "rapport.pdf"
    p.write_bytes(make_pdf(pages, title="Rapport sur la guerre"))
    doc = one(read_document(p))
    assert doc.format == "pdf" and doc.title == "Rapport sur la guerre"
    assert doc.pages is not None and len(doc.pages) == 3 and doc.pages[0] == 0
    for start, page in zip(doc.pages, pages):
        assert doc.text[start:start + len(page)] == page
    # Pages are joined with a blank line.
    for start in doc.pages[1:]:
        assert doc.text[start - 2:start] == "\n\n"
    assert doc.text.count("1 200 soldats") == 1


def test_encrypted_pdf(tmp_path: Path, make_pdf: Callable[..., bytes]) -> None:
    p = tmp_path / "secret.pdf"
    p.write_bytes(make_pdf(["Document classifié, 40 chars de combat."], password="motdepasse"))
    failed(read_document(p), "encrypted", "password")
    # Encrypted with an empty user password: opens like any viewer would.
    q = tmp_path / "open.pdf"
    q.write_bytes(make_pdf(["Selon le ministère, 1 200 soldats ont été blessés."], password=""))
    assert "1 200 soldats" in one(read_document(q)).text


def test_truncated_and_broken_pdfs(tmp_path: Path, make_pdf: Callable[..., bytes]) -> None:
    data = make_pdf(["Selon le ministère, 1 200 soldats ont été blessés.", "Deuxième page."])
    for name, cut in [("half.pdf", data[: len(data) // 2]), ("tail.pdf", data[:-40]), ("head.pdf", data[:20])]:
        p = tmp_path / name
        p.write_bytes(cut)
        failed(read_document(p), "truncated")
    garbage = tmp_path / "garbage.pdf"
    garbage.write_bytes(b"%PDF-1.7\n" + os.urandom(3000) + b"\n%%EOF\n")
    failed(read_document(garbage), "PDF")
    fake = tmp_path / "fake.pdf"
    fake.write_text(FR, encoding="utf-8")
    failed(read_document(fake), "not a PDF")
    empty = tmp_path / "empty.pdf"
    empty.write_bytes(b"")
    failed(read_document(empty), "empty")


def test_pdf_without_text(tmp_path: Path, make_pdf: Callable[..., bytes]) -> None:
    p = tmp_path / "scan.pdf"
    p.write_bytes(make_pdf(["", ""]))
    failed(read_document(p), "extractable text")


# -- stdin, folders, vanishing files ------------------------------------------------------


def test_stdin(tmp_path: Path) -> None:
    docs, errors = read_all(["-"], stdin=io.BytesIO(FR.encode("cp1252")))
    assert errors == [] and len(docs) == 1
    assert docs[0].path == ingest.STDIN_NAME and docs[0].text == FR
    docs, errors = read_all(["-"], stdin=io.BytesIO(ARTICLE_HTML.encode()))
    assert docs[0].format == "html"  # type: ignore[attr-defined]
    docs, errors = read_all(["-"], stdin=io.BytesIO(b""))
    assert docs == [] and [str(e) for e in errors] == ["<stdin>: empty input"]


def test_folder_walked_recursively(tmp_path: Path, make_pdf: Callable[..., bytes]) -> None:
    (tmp_path / "b" / "deep").mkdir(parents=True)
    (tmp_path / ".hidden").mkdir()
    (tmp_path / "a.txt").write_text(FR, encoding="utf-8")
    (tmp_path / "b" / "deep" / "c.html").write_text(ARTICLE_HTML, encoding="utf-8")
    (tmp_path / "b" / "r.pdf").write_bytes(make_pdf(["Selon Kiev, 15 drones ont été abattus."]))
    (tmp_path / "b" / "notes.docx").write_bytes(b"PK\x03\x04")
    (tmp_path / ".hidden" / "x.txt").write_text("caché", encoding="utf-8")
    (tmp_path / ".dot.txt").write_text("caché aussi", encoding="utf-8")
    (tmp_path / "b" / "empty.txt").write_text("", encoding="utf-8")
    docs, errors = read_all([tmp_path])
    assert [Path(d.path).relative_to(tmp_path).as_posix() for d in docs] == ["a.txt", "b/deep/c.html", "b/r.pdf"]
    assert [Path(e.path).name for e in errors] == ["empty.txt"]
    # The same file named twice, or inside a folder also given, is read once.
    docs2, _ = read_all([tmp_path / "a.txt", tmp_path, str(tmp_path / "a.txt")])
    assert len(docs2) == 3
    empty_dir = tmp_path / "nothing"
    empty_dir.mkdir()
    _, errors = read_all([empty_dir])
    assert "holds no" in errors[0].reason


def test_file_disappearing_during_the_run(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("a.txt", "b.txt", "c.txt"):
        (tmp_path / name).write_text(f"{name} : {FR}", encoding="utf-8")
    real = ingest.read_document

    def read_then_remove(path, *args, **kwargs):  # type: ignore[no-untyped-def]
        result = real(path, *args, **kwargs)
        if Path(path).name == "a.txt":
            (tmp_path / "b.txt").unlink()  # listed, then gone before it is read
        return result

    monkeypatch.setattr(ingest, "read_document", read_then_remove)
    docs, errors = read_all([tmp_path])
    assert [Path(d.path).name for d in docs] == ["a.txt", "c.txt"]
    assert [str(e) for e in errors] == [f"{tmp_path / 'b.txt'}: file disappeared before it could be read"]


def test_unreadable_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    p = tmp_path / "locked.txt"
    p.write_text(FR, encoding="utf-8")
    real_open = os.open

    def deny(file, *args, **kwargs):  # type: ignore[no-untyped-def]
        if str(file) == str(p):
            raise PermissionError(13, "Permission denied", str(file))
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr("os.open", deny)
    failed(read_document(p), "permission denied")


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_special_files_are_skipped_without_blocking(tmp_path: Path) -> None:
    """A FIFO (named or in a folder), a device or a folder named like a document is refused at
    once with its reason; the good file beside them is read. A FIFO opened for reading
    would block for ever."""
    import socket

    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text(FR, encoding="utf-8")
    os.mkfifo(folder / "pipe.txt")
    (folder / "dir.txt").mkdir()
    sock = socket.socket(socket.AF_UNIX)
    try:
        sock.bind(str(folder / "sock.txt"))
    except OSError:  # a path too long for a socket on this machine
        sock.close()
        sock = None  # type: ignore[assignment]
    try:
        docs, errors = read_all([folder])
        reasons = {Path(e.path).name: e.reason for e in errors}
        assert [Path(d.path).name for d in docs] == ["good.txt"]
        assert "FIFO" in reasons["pipe.txt"] and "not a regular file" in reasons["pipe.txt"]
        if sock is not None:
            assert "socket" in reasons["sock.txt"]
        failed(read_document(folder / "pipe.txt"), "not a regular file")
        failed(read_document(Path(os.devnull)), "not a regular file", "device")
        failed(read_document(folder / "dir.txt"), "folder")
    finally:
        if sock is not None:
            sock.close()


def test_file_name_that_is_not_utf8(tmp_path: Path) -> None:
    """A Latin-1 name: the document is stored under a printable path (the byte shown as
    \\xe9), beside the others, and the path can be stored and printed."""
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(FR, encoding="utf-8")
    odd = os.fsencode(folder) + b"/caf\xe9.txt"
    with open(odd, "wb") as fh:
        fh.write("Selon la préfecture, 200 personnes ont été évacuées lundi.".encode("utf-8"))
    docs, errors = read_all([folder])
    assert errors == []
    names = sorted(Path(d.path).name for d in docs)
    assert names == ["a.txt", "caf\\xe9.txt"], names
    for d in docs:
        d.path.encode("utf-8")  # storable and printable as it is


# -- manifests ----------------------------------------------------------------------------


def _two_files(tmp_path: Path) -> None:
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "a.txt").write_text(FR, encoding="utf-8")
    (tmp_path / "docs" / "b.html").write_text(ARTICLE_HTML, encoding="utf-8")


def test_csv_manifest(tmp_path: Path) -> None:
    _two_files(tmp_path)
    manifest = tmp_path / "corpus.csv"
    manifest.write_text(
        "path;url;outlet;title;date\n"
        "docs/a.txt;https://ex.fr/a;AFP;Bilan à Donetsk;2024-03-10\n"
        "docs/b.html;https://ex.fr/b;Le Monde;;12/03/2024\n"
        "docs/missing.txt;;;;\n"
        "docs/a.txt;;;;31/02/2024\n",
        encoding="cp1252",
    )
    docs, errors = read_all([], manifest=manifest)
    by_name = {Path(d.path).name: d for d in docs}
    assert set(by_name) == {"a.txt", "b.html"}
    a, b = by_name["a.txt"], by_name["b.html"]
    assert (a.url, a.outlet, a.title, a.published, a.published_how) == (
        "https://ex.fr/a", "AFP", "Bilan à Donetsk", date(2024, 3, 10), "given")
    # A manifest date is "given"; the title left empty falls back to the page's own.
    assert (b.outlet, b.published, b.published_how, b.title) == ("Le Monde", date(2024, 3, 12), "given",
                                                                 "Ukraine : 1 200 blessés selon Kiev")
    # A bad date is a warning on the document, which is still read; a missing file is an error.
    assert [str(e) for e in errors] == [f"{tmp_path / 'docs' / 'missing.txt'}: no such file"]
    assert a.warnings == [f"{manifest} line 5: bad date '31/02/2024' (expected YYYY-MM-DD, YYYY-MM or YYYY); "
                          "analysed undated"]


def test_jsonl_manifest_given_as_a_path(tmp_path: Path) -> None:
    _two_files(tmp_path)
    manifest = tmp_path / "corpus.jsonl"
    lines = [
        json.dumps({"path": "docs/a.txt", "url": "https://ex.fr/a", "outlet": "AFP", "date": "2024-03-10T09:00:00Z"}),
        "",
        "{not json",
        json.dumps(["docs/b.html"]),
        json.dumps({"url": "https://ex.fr/nofile"}),
        json.dumps({"file": "docs/b.html", "title": "Autre titre", "lang": "fr"}),
    ]
    manifest.write_text("\n".join(lines) + "\n", encoding="utf-8")
    # Named among the inputs (no --manifest needed), next to a file it also lists.
    docs, errors = read_all([manifest, tmp_path / "docs" / "a.txt"])
    assert sorted(Path(d.path).name for d in docs) == ["a.txt", "b.html"]
    a = next(d for d in docs if d.path.endswith("a.txt"))
    assert a.published == date(2024, 3, 10) and a.outlet == "AFP"
    b = next(d for d in docs if d.path.endswith("b.html"))
    assert b.title == "Autre titre" and b.published_how == "html"
    assert [e.path for e in errors] == [f"{manifest} line 3", f"{manifest} line 4", f"{manifest} line 5"]
    assert all("\n" not in str(e) for e in errors)


def test_manifest_paths_no_file_can_have(tmp_path: Path) -> None:
    # Found by tests/test_fuzz_inputs.py: a NUL or an unpaired surrogate in a JSON path
    # raised ValueError out of read_all; a raw U+2028 in a JSON string split its line.
    (tmp_path / "a.txt").write_text(FR, encoding="utf-8")
    manifest = tmp_path / "m.jsonl"
    manifest.write_text('{"path": "x\\u0000y.txt"}\n{"path": "\\ud800.txt"}\n'
                        '{"path": "a.txt", "title": "avant\u2028après\u0085fin"}\n', encoding="utf-8")
    docs, errors = read_all([manifest])
    assert [(d.path, d.title) for d in docs] == [(str(tmp_path / "a.txt"), "avant\u2028après\u0085fin")]
    assert [e.path for e in errors] == [str(tmp_path / "x\x00y.txt"), str(tmp_path / "\\ud800.txt")]
    assert all("not a possible file name" in e.reason for e in errors)


def test_folder_named_twice_is_reported_once(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    docs, errors = read_all([tmp_path / "empty", tmp_path / "empty"])
    assert docs == [] and len(errors) == 1 and "holds no" in errors[0].reason


def test_manifest_without_path_column(tmp_path: Path) -> None:
    manifest = tmp_path / "m.csv"
    manifest.write_text("url,date\nhttps://x,2024-01-01\n", encoding="utf-8")
    docs, errors = read_all([manifest])
    assert docs == [] and "no 'path' column" in errors[0].reason


def _three_texts(folder: Path) -> None:
    folder.mkdir(exist_ok=True)
    for name, text in (("a.txt", FR), ("b.txt", "Selon la CGT, 12 000 personnes ont défilé à Lyon mardi."),
                       ("c.txt", "Le séisme a fait 300 morts, selon les autorités locales.")):
        (folder / name).write_text(text, encoding="utf-8")


def test_csv_manifest_quote_left_open_costs_its_line_only(tmp_path: Path) -> None:
    """A quote left open used to swallow the lines after it into one outlet, silently."""
    _three_texts(tmp_path)
    manifest = tmp_path / "m.csv"
    manifest.write_text('path,outlet,date\na.txt,"Le Monde,2024-03-01\nb.txt,Libération,2024-03-02\n'
                        'c.txt,AFP,2024-03\n', encoding="utf-8")
    docs, errors = read_all([manifest])
    by_name = {Path(d.path).name: d for d in docs}
    assert sorted(by_name) == ["b.txt", "c.txt"]
    assert by_name["b.txt"].outlet == "Libération"
    # A date known to the month is an interval, not a reason to drop the document.
    assert (by_name["c.txt"].published, by_name["c.txt"].published_precision) == (date(2024, 3, 1), "month")
    assert [str(e) for e in errors] == [f"{manifest} line 2: bad CSV (a quote is left open)"]


def test_csv_manifest_row_with_too_many_cells(tmp_path: Path) -> None:
    _three_texts(tmp_path)
    manifest = tmp_path / "m.csv"
    manifest.write_text("path;outlet\na.txt;AFP;en trop\nb.txt;AFP\n", encoding="utf-8")
    docs, errors = read_all([manifest])
    assert [Path(d.path).name for d in docs] == ["b.txt"]
    assert [str(e) for e in errors] == [f"{manifest} line 2: 3 cells for 2 columns"]


def test_jsonl_manifest_nul_byte_costs_its_line_only(tmp_path: Path) -> None:
    """A NUL in one line used to make the whole manifest "binary"."""
    _three_texts(tmp_path)
    manifest = tmp_path / "m.jsonl"
    manifest.write_bytes(b'{"path": "a.txt", "outlet": "AFP"}\n{"path": "b.txt", "outlet": "X\x00"}\n'
                         b'{"path": "c.txt", "date": "2023"}\n')
    docs, errors = read_all([manifest])
    by_name = {Path(d.path).name: d for d in docs}
    assert sorted(by_name) == ["a.txt", "c.txt"]
    assert by_name["c.txt"].published_precision == "year"
    assert [str(e) for e in errors] == [f"{manifest} line 2: NUL byte in the line"]


@pytest.mark.parametrize("row", ["/etc/hostname", "../outside.txt", "docs/../../outside.txt", "link.txt"])
def test_manifest_paths_outside_its_folder_are_refused(tmp_path: Path, row: str) -> None:
    (tmp_path / "outside.txt").write_text(FR, encoding="utf-8")
    folder = tmp_path / "corpus"
    _three_texts(folder)
    (folder / "docs").mkdir()
    (folder / "link.txt").symlink_to(tmp_path / "outside.txt")  # a link that leads out
    manifest = folder / "m.jsonl"
    manifest.write_text(json.dumps({"path": row}) + "\n" + json.dumps({"path": "a.txt"}) + "\n", encoding="utf-8")
    docs, errors = read_all([manifest])
    assert [Path(d.path).name for d in docs] == ["a.txt"]
    assert len(errors) == 1 and errors[0].path == f"{manifest} line 1"
    assert "outside the manifest's folder" in errors[0].reason
    docs, errors = read_all([manifest], allow_outside=True)
    assert len(docs) == 2 or row == "/etc/hostname" and not os.path.exists(row)


def test_manifest_entries_get_the_same_checks_as_named_files(tmp_path: Path) -> None:
    _three_texts(tmp_path)
    (tmp_path / "data.bin").write_bytes(b"\x00\x01" * 100)
    (tmp_path / "x.txt").mkdir()
    os.mkfifo(tmp_path / "pipe.txt")
    manifest = tmp_path / "m.csv"
    manifest.write_text("path\ndata.bin\nx.txt\npipe.txt\na.txt\n", encoding="utf-8")
    docs, errors = read_all([manifest])
    assert [Path(d.path).name for d in docs] == ["a.txt"]
    reasons = {Path(e.path).name: e.reason for e in errors}
    assert reasons["data.bin"].startswith("unsupported file type")
    assert reasons["pipe.txt"].startswith("not a regular file")
    assert "x.txt" not in reasons or "folder" in reasons["x.txt"]


# -- languages ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (FR, "fr"),
        (EN, "en"),
        ("Nach Angaben des Ministeriums wurden in der vergangenen Woche 1200 Soldaten verletzt.", "de"),
        ("Según el ministerio, 1200 soldados resultaron heridos la semana pasada cerca de Donetsk.", "es"),
        ("За даними міністерства, минулого тижня поблизу Донецька було поранено 1200 солдатів.", "uk"),
        ("국방부에 따르면 지난주 도네츠크 인근에서 군인 1200명이 부상했다고 밝혔다.", "ko"),
        ("据国防部称，上周在顿涅茨克附近有一千二百名士兵受伤，官员周二表示。", "zh"),
        ("12 345 — 2024", "fr"),  # nothing to tell: French is assumed
        ("OK", "fr"),
    ],
)
def test_language_detection(text: str, lang: str) -> None:
    assert langdetect.detect(text) == lang


@pytest.mark.parametrize(
    ("text", "share"),
    [
        ("Douze morts à Lyon.\n\tSelon la préfecture.\r\n", 0.0),  # tabs and line ends are text
        ("\f\v\x1a", 0.0),  # form feeds and the DOS end of file too
        ("ab\x00\x01", 0.5),
        ("a\x7f\x85\x9f", 0.75),  # DEL and the C1 controls
        ("\u00a0\u200b\ufeff", 0.0),  # spaces and format characters are no controls
        ("", 0.0),
    ],
)
def test_control_share_counts_control_characters_only(text: str, share: float) -> None:
    assert ingest._control_share(text) == share


@pytest.mark.parametrize(
    ("text", "n", "enough"),
    [("abc", 3, True), ("ab1", 3, False), ("é ü ß", 3, True), ("12 345 — 2024", 1, False), ("", 1, False),
     ("x" * 19, 20, False), ("1 " + "x" * 20, 20, True)],
)
def test_enough_letters_to_tell_a_language(text: str, n: int, enough: bool) -> None:
    assert langdetect._has_letters(text, n) is enough


def test_french_article_quoting_english_stays_french() -> None:
    text = FR + " « We will not retreat », a déclaré le porte-parole. " + FR
    assert langdetect.detect(text) == "fr"


def test_foreign_text_read_with_its_language(tmp_path: Path) -> None:
    p = tmp_path / "en.txt"
    p.write_text(EN, encoding="utf-8")
    assert one(read_document(p)).lang == "en"


@pytest.mark.parametrize(
    ("tag", "code"),
    [("fr", "fr"), ("fr-FR", "fr"), ("fr_FR", "fr"), ("FR", "fr"), ("fra", "fr"), ("fre", "fr"), ("mul", None),
     ("und", None), ("zxx", None), ("x-klingon", None),
     ("french", "fr"), ("Français", "fr"), ("en-GB", "en"), ("anglais", "en"), ("de_AT", "de"),
     ("zz", None), ("", None), (None, None)],
)
def test_language_tags_and_names_are_normalised(tag: str | None, code: str | None) -> None:
    assert langdetect.normalize(tag) == code


@pytest.mark.parametrize(
    ("text", "hint", "lang"),
    [
        # French that names English papers, programmes or phrases stays French.
        ("Selon the Wall Street Journal, 10 000 obus.", None, "fr"),
        ("Selon the Wall Street Journal, 10 000 obus.", "fr", "fr"),
        ("D'après le Financial Times, Pyongyang a livré 6 700 conteneurs à la Russie.", None, "fr"),
        ("Le slogan « No Kings » a réuni 5 000 personnes samedi, selon les organisateurs.", None, "fr"),
        # The hint wins where the text allows it, not where the text plainly says otherwise.
        ("Selon the Wall Street Journal, 10 000 obus.", "en", "en"),
        ("The ministry said 1,200 soldiers were wounded near Donetsk last week.", "fr", "en"),
        ("The ministry said 1,200 soldiers were wounded near Donetsk last week.", None, "en"),
        # Wire credits alone, where no language stands out: French is kept.
        ("(AFP) - 12 morts. (Reuters) - 15 morts. (AP) - 14 morts. (Bloomberg) - 13 morts.", None, "fr"),
        # A language the detector does not know is taken from the hint.
        ("Segundo o ministério, 1 200 soldados ficaram feridos na semana passada.", "pt", "pt"),
        ("OK", "en", "en"),
    ],
)
def test_language_detected_with_the_manifest_as_a_hint(text: str, hint: str | None, lang: str) -> None:
    assert langdetect.detect(text, hint=hint) == lang


@pytest.mark.parametrize("tag", ["fr-FR", "fr_FR", "french", "Français", "fra"])
def test_manifest_language_tags_read_french_as_french(tmp_path: Path, tag: str) -> None:
    """Tags in any usual form used to leave a French text stored but never analysed."""
    (tmp_path / "a.txt").write_text("Selon the Wall Street Journal, 10 000 obus ont été livrés en mars.",
                                    encoding="utf-8")
    manifest = tmp_path / "m.jsonl"
    manifest.write_text(json.dumps({"path": "a.txt", "lang": tag}) + "\n", encoding="utf-8")
    docs, errors = read_all([manifest])
    assert errors == [] and [d.lang for d in docs] == ["fr"] and docs[0].warnings == []


def test_unknown_manifest_language_is_a_warning(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(FR, encoding="utf-8")
    manifest = tmp_path / "m.csv"
    manifest.write_text("path,lang\na.txt,zz\n", encoding="utf-8")
    docs, errors = read_all([manifest])
    assert errors == [] and docs[0].lang == "fr"
    assert docs[0].warnings == [f"{manifest} line 2: unknown language 'zz'; detected from the text"]


# -- near-duplicates ----------------------------------------------------------------------

STORY = (
    "Selon le ministère ukrainien de la Défense, 1 200 soldats ont été blessés la semaine dernière "
    "dans la région de Donetsk, où les combats se sont intensifiés depuis le début du mois. "
    "Moscou affirme de son côté avoir abattu 15 drones dans la nuit de lundi à mardi, a indiqué "
    "l'agence TASS. Le bilan n'a pas pu être vérifié de manière indépendante. Les autorités locales "
    "font état de coupures d'électricité dans plusieurs villes de l'oblast."
)


def _store(ledger, text: str, path: str, published: date | None = None) -> Document:  # type: ignore[no-untyped-def]
    doc = Document(id=document_id(text), path=path, text=text, published=published)
    assert ledger.add_analysis(Analysis(document=doc, claims=[], mentions=[], entities=[]))
    return doc


def test_shingles_and_jaccard() -> None:
    a = dedup.shingles("Un deux trois quatre cinq six")
    assert len(a) == 2
    assert dedup.jaccard(a, a) == 1.0 and dedup.jaccard(a, set()) == 0.0
    assert dedup.shingles("") == set() and len(dedup.shingles("Deux mots")) == 1
    same = dedup.shingles("Ukraine : Kiev fait état de 1 200 blessés\n" + STORY)
    other = dedup.shingles("Guerre : 1 200 blessés selon le ministère\n" + STORY)
    assert dedup.jaccard(same, other) > 0.8
    assert dedup.fingerprint("")[1] == []
    assert len(dedup.fingerprint(STORY)[1]) == dedup.BANDS


def test_near_duplicate_flagged_as_copy_of_the_earlier(tmp_path: Path) -> None:
    with open_ledger(tmp_path / "l.db") as ledger:
        a = _store(ledger, "Ukraine : Kiev fait état de 1 200 blessés\n" + STORY, "a.txt", date(2024, 3, 12))
        other = _store(ledger, "La Bundeswehr commande 100 chars Leopard pour un montant de 3 milliards "
                               "d'euros, a annoncé mardi le ministère allemand de la Défense à Berlin.", "o.txt")
        assert dedup.mark_copies(ledger) == []
        b = _store(ledger, "Guerre en Ukraine : 1 200 soldats blessés selon le ministère\n" + STORY, "b.txt",
                   date(2024, 3, 12))
        assert dedup.mark_copies(ledger) == [(b.id, a.id)]
        assert ledger.copy_of(b.id) == a.id and ledger.copy_of(a.id) is None and ledger.copy_of(other.id) is None
        assert ledger.copies() == {b.id: a.id}
        assert ledger.document_info(b.id)["copy_of"] == a.id  # type: ignore[index]
        # Idempotent.
        assert dedup.mark_copies(ledger) == []
        # A third copy points at the same original.
        c = _store(ledger, "Donetsk : lourd bilan\n" + STORY + " Fin de la dépêche.", "c.txt")
        assert dedup.mark_copies(ledger) == [(c.id, a.id)]


@pytest.mark.parametrize("stored_before", [False, True])
def test_a_copy_is_found_through_the_shingles_stored_with_its_original(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, stored_before: bool) -> None:
    """A new document is compared with its candidates through the shingles their
    fingerprints keep, without cutting their texts again; a fingerprint stored before they
    were kept (``stored_before``) is compared through its text, with the same result."""
    with open_ledger(tmp_path / "l.db") as ledger:
        a = _store(ledger, "Ukraine : Kiev fait état de 1 200 blessés\n" + STORY, "a.txt", date(2024, 3, 12))
        dedup.mark_copies(ledger)
        if stored_before:
            ledger._conn.execute("UPDATE document_fingerprints SET shingle_set = NULL")
            ledger._conn.commit()
        cut: list[str] = []
        shingles = dedup.shingles
        monkeypatch.setattr(dedup, "shingles", lambda text: cut.append(text) or shingles(text))
        b = _store(ledger, "Guerre en Ukraine : 1 200 soldats blessés selon le ministère\n" + STORY, "b.txt",
                   date(2024, 3, 12))
        assert dedup.mark_copies(ledger) == [(b.id, a.id)]
        assert len(cut) == (2 if stored_before else 1)  # the new text, and the original's only without its shingles
        (kept,) = ledger._conn.execute("SELECT shingle_set FROM document_fingerprints WHERE document_id = ?",
                                       (b.id,)).fetchone()
        assert dedup.unpack(kept) == dedup.shingles(b.text)


def test_original_of_copies_of_one_date_does_not_depend_on_the_order_stored(tmp_path: Path) -> None:
    texts = ["Ukraine : Kiev fait état de 1 200 blessés\n" + STORY,
             "Guerre en Ukraine : 1 200 soldats blessés selon le ministère\n" + STORY,
             "Donetsk : lourd bilan\n" + STORY + " Fin de la dépêche."]
    originals = set()
    for n, order in enumerate(([0, 1, 2], [2, 1, 0], [1, 2, 0])):
        with open_ledger(tmp_path / f"l{n}.db") as ledger:
            docs = [_store(ledger, texts[i], f"{i}.txt", date(2024, 3, 12) if i else None) for i in order]
            dedup.mark_copies(ledger)
            copies = ledger.copies()
            assert len(copies) == 2 and len(set(copies.values())) == 1
            originals.add(next(iter(copies.values())))
    # Dated texts before the undated one; between the two of one date, the smaller id.
    assert originals == {min(document_id(texts[1]), document_id(texts[2]))}


def test_copy_published_earlier_becomes_the_original(tmp_path: Path) -> None:
    with open_ledger(tmp_path / "l.db") as ledger:
        late = _store(ledger, "Titre du soir\n" + STORY, "late.txt", date(2024, 3, 13))
        dedup.mark_copies(ledger)
        early = _store(ledger, "Titre du matin\n" + STORY, "early.txt", date(2024, 3, 12))
        assert dedup.mark_copies(ledger) == [(late.id, early.id)]
        assert ledger.copies() == {late.id: early.id}


def test_copy_flag_can_be_set_by_hand(tmp_path: Path) -> None:
    from recoupe.store import LedgerError

    with open_ledger(tmp_path / "l.db") as ledger:
        a = _store(ledger, STORY, "a.txt")
        b = _store(ledger, FR, "b.txt")
        ledger.set_copy_of(b.id, a.id)
        assert ledger.copy_of(b.id) == a.id
        ledger.set_copy_of(b.id, None)
        assert ledger.copies() == {}
        with pytest.raises(LedgerError):
            ledger.set_copy_of(b.id, "nope")
        with pytest.raises(LedgerError):
            ledger.set_copy_of(a.id, a.id)


def test_document_info_is_filled_once(tmp_path: Path) -> None:
    with open_ledger(tmp_path / "l.db") as ledger:
        a = _store(ledger, STORY, "a.pdf")
        assert ledger.document_info(a.id) == {"author": None, "pages": None, "copy_of": None}
        assert ledger.set_document_info(a.id, author="AFP", pages=[0, 120]) is True
        assert ledger.set_document_info(a.id, author="Autre", pages=[0]) is False  # kept
        assert ledger.document_info(a.id) == {"author": "AFP", "pages": [0, 120], "copy_of": None}
        assert ledger.document_info("nope") is None


def test_csv_manifest_cell_quoted_over_two_lines_is_read_whole(tmp_path: Path) -> None:
    """A spreadsheet's export may quote a title over a line break: one entry, no error."""
    _three_texts(tmp_path)
    manifest = tmp_path / "m.csv"
    manifest.write_text('path,title,date\na.txt,"Un titre\nsur deux lignes",2024-03-01\nb.txt,Libé,2024-03-02\n',
                        encoding="utf-8")
    docs, errors = read_all([manifest])
    by_name = {Path(d.path).name: d for d in docs}
    assert errors == [] and sorted(by_name) == ["a.txt", "b.txt"]
    assert by_name["a.txt"].title == "Un titre\nsur deux lignes" and by_name["b.txt"].title == "Libé"


def test_manifest_folder_cannot_lead_outside_through_a_link(tmp_path: Path) -> None:
    (tmp_path / "outside.txt").write_text(FR, encoding="utf-8")
    folder = tmp_path / "corpus" / "dir"
    folder.mkdir(parents=True)
    (folder / "ok.txt").write_text("Selon la CGT, 12 000 personnes ont défilé à Lyon mardi.", encoding="utf-8")
    (folder / "inner.txt").symlink_to(tmp_path / "outside.txt")
    manifest = tmp_path / "corpus" / "list.csv"
    manifest.write_text("path\ndir\n", encoding="utf-8")
    docs, errors = read_all([manifest])
    assert [Path(d.path).name for d in docs] == ["ok.txt"]
    assert [str(e) for e in errors] == [f"{folder / 'inner.txt'}: leads outside the manifest's folder "
                                        "(--allow-outside reads it)"]
    docs, errors = read_all([manifest], allow_outside=True)
    assert sorted(Path(d.path).name for d in docs) == ["inner.txt", "ok.txt"] and errors == []
