"""Read inputs into ``Document`` objects, or say in one line why an input cannot be read.

Inputs:

* text files (``.txt``, ``.text``, ``.md``, or no suffix) in any common encoding: UTF-8
  (with or without BOM), UTF-16/32 with a BOM, otherwise whatever charset-normalizer finds
  (cp1252, Latin-9, cp1251, …). The decoded text is kept exactly as it is (a leading BOM
  aside), so every offset is an offset into it;
* HTML pages (``.html``, ``.htm``, ``.xhtml``, or any file that starts like HTML): the main
  text, title, site name and author through trafilatura, the publication date through
  htmldate (``published_how="html"``). The headline is the first line of the text;
* PDF files, page by page through pypdf: the text is the pages joined with ``"\\n\\n"``,
  and ``SourceDocument.pages`` holds the offset where each page starts;
* ``-``: standard input, in any of the forms above;
* folders, walked recursively (hidden files and folders skipped), in name order;
* manifests (``.csv``/``.tsv`` with a header, or JSON Lines ``.jsonl``/``.ndjson``) listing
  files with their ``url``, ``outlet``, ``title``, ``date`` and optionally ``lang``; paths
  are relative to the manifest. A manifest's date is ``published_how="given"``.

The language is detected (``recoupe.langdetect``) and kept in ``Document.lang``: recoupe
stores a text in another language than French but does not analyse it.

Every problem with one input — missing, vanished while the run went on, empty, binary,
invalid bytes, too large, truncated or encrypted PDF, HTML without an article, a bad
manifest line — is an ``InputError`` holding one line that names the input and the reason;
the other inputs go on.
"""

from __future__ import annotations

import codecs
import csv
import hashlib
import io
import json
import logging
import os
import re
import stat
import sys
import unicodedata
import warnings
from bisect import bisect_left
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any, BinaryIO, Iterable, Iterator, Optional, Union

from recoupe import dates, langdetect
from recoupe.model import Document

__all__ = [
    "InputError", "SourceDocument", "ManifestEntry", "document_id", "decode", "expand",
    "read_document", "read_manifest", "read_all", "MAX_BYTES", "MAX_CHARS", "STDIN",
]

TEXT_SUFFIXES = (".txt", ".text", ".md")
HTML_SUFFIXES = (".html", ".htm", ".xhtml")
PDF_SUFFIXES = (".pdf",)
DOCUMENT_SUFFIXES = TEXT_SUFFIXES + HTML_SUFFIXES + PDF_SUFFIXES
MANIFEST_SUFFIXES = (".csv", ".tsv", ".jsonl", ".ndjson")

#: Inputs larger than this are refused without being read.
MAX_BYTES = 20 * 1024 * 1024
#: Texts longer than this are refused (spaCy's own limit for one document).
MAX_CHARS = 1_000_000
#: The path that means standard input, and the name it gets in the ledger and in messages.
STDIN = "-"
STDIN_NAME = "<stdin>"

# Below this share of control characters a text is text; above, it is binary.
_MAX_CONTROL_SHARE = 0.01
_ALLOWED_CONTROLS = frozenset("\t\n\r\f\v\x1a")
# The control characters (Unicode category Cc: U+0000–U+001F, U+007F–U+009F) not allowed.
_CONTROLS = re.compile("[" + "".join(re.escape(chr(c)) for c in (*range(0x20), *range(0x7F, 0xA0))
                                     if chr(c) not in _ALLOWED_CONTROLS) + "]")

_MAGIC = (
    (b"PK\x03\x04", "ZIP archive or office document"),
    (b"\x1f\x8b", "gzip archive"),
    (b"\x89PNG", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF8", "GIF image"),
    (b"\xd0\xcf\x11\xe0", "old Microsoft Office document"),
    (b"\x7fELF", "executable"),
    (b"SQLite format 3\x00", "SQLite database"),
    (b"7z\xbc\xaf\x27\x1c", "7-Zip archive"),
    (b"Rar!", "RAR archive"),
    (b"{\\rtf", "RTF document"),
)
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# Preferred, in this order, among encodings that decode a text equally well.
_WESTERN = ("cp1252", "iso8859_15", "latin_1")
# A well-formed multi-byte UTF-8 sequence.
_UTF8_SEQ = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]|\xe0[\xa0-\xbf][\x80-\xbf]|[\xe1-\xec\xee\xef][\x80-\xbf]{2}"
    rb"|\xed[\x80-\x9f][\x80-\xbf]|\xf0[\x90-\xbf][\x80-\xbf]{2}|[\xf1-\xf3][\x80-\xbf]{3}"
    rb"|\xf4[\x80-\x8f][\x80-\xbf]{2}"
)
_HTML_START = re.compile(rb"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b",
                         re.IGNORECASE | re.DOTALL)
_HTML_CHARSET = re.compile(rb"<meta[^>]+charset\s*=\s*[\"']?\s*([A-Za-z0-9_.:-]+)", re.IGNORECASE)
_WHITESPACE = re.compile(r"\s+")


# -- results ------------------------------------------------------------------------------


@dataclass(frozen=True)
class InputError:
    """An input that could not be read, and why, in one line a user understands."""

    path: str
    reason: str

    def __post_init__(self) -> None:
        object.__setattr__(self, "path", display_path(self.path))
        object.__setattr__(self, "reason", _one_line(self.reason))

    def __str__(self) -> str:
        return f"{self.path}: {self.reason}"


@dataclass
class SourceDocument(Document):
    """A ``Document`` with what reading it taught us besides the text."""

    author: Optional[str] = None
    # Offset in ``text`` where each page starts (PDF only).
    pages: Optional[list[int]] = None
    format: str = "text"  # text, markdown, html, pdf
    encoding: Optional[str] = None
    # What was wrong but did not stop the reading ("bad date …"): one line each.
    warnings: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class ManifestEntry:
    """What a manifest says about one file."""

    path: Path
    url: Optional[str] = None
    outlet: Optional[str] = None
    title: Optional[str] = None
    published: Optional[date] = None
    lang: Optional[str] = None
    line: int = 0
    published_precision: str = "day"
    warning: Optional[str] = None  # a bad date: said once, the file is still read


def display_path(path: Union[Path, str]) -> str:
    """``path`` as text that can be stored and printed: bytes of a file name that are not
    UTF-8 (a Latin-1 ``é``) shown as ``\\xe9``, line breaks as ``\\n``."""
    try:
        raw = os.fsencode(path)
    except UnicodeEncodeError:  # an unpaired surrogate ("\ud800", from a manifest's JSON)
        raw = str(path).encode("utf-8", errors="backslashreplace")
    text = raw.decode("utf-8", errors="backslashreplace")
    return text.replace("\n", "\\n").replace("\r", "\\r")


def document_id(text: str) -> str:
    """The sha256 of the text: the same text is the same document, wherever it comes from."""
    return hashlib.sha256(text.encode("utf-8", errors="surrogatepass")).hexdigest()


def _one_line(text: object, limit: int = 300) -> str:
    line = _WHITESPACE.sub(" ", str(text)).strip()
    return line if len(line) <= limit else line[: limit - 1] + "…"


def _mb(size: int) -> str:
    return f"{size / (1024 * 1024):.0f} MB"


# -- decoding -----------------------------------------------------------------------------


def _control_share(text: str) -> float:
    if not text:
        return 0.0
    return len(_CONTROLS.findall(text)) / len(text)


def _mostly_utf8(data: bytes) -> bool:
    """True when ``data`` reads as UTF-8 apart from a few bad bytes (a corrupt UTF-8 file,
    not a file in a legacy 8-bit encoding, where valid UTF-8 pairs almost never occur)."""
    seqs = _UTF8_SEQ.findall(data)
    valid_bytes = sum(len(s) for s in seqs)
    high = sum(1 for b in data if b >= 0x80)
    return len(seqs) >= 2 and (high - valid_bytes) < len(seqs)


def decode(data: bytes, declared: str | None = None) -> tuple[str, str] | str:
    """``(text, encoding)``, or the reason ``data`` is not text.

    A BOM decides; then strict UTF-8; then the ``declared`` charset (an HTML ``<meta>``);
    a UTF-8 file with a few invalid bytes is refused rather than guessed at; otherwise
    charset-normalizer picks the encoding.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom):].decode(encoding), encoding
            except UnicodeDecodeError as exc:
                return f"invalid {encoding} text (bad bytes at offset {exc.start + len(bom)})"
    if b"\x00" in data:
        return "binary file, not text (it contains NUL bytes)"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as exc:
        first_bad = exc.start
    if declared:
        try:
            codec = codecs.lookup(declared).name
            if codec not in ("utf-8", "utf-16", "utf-32"):
                return data.decode(codec), codec
        except (LookupError, UnicodeDecodeError):
            pass
    if _mostly_utf8(data):
        return f"invalid UTF-8 byte at offset {first_bad} (the rest of the file is UTF-8)"
    from charset_normalizer import from_bytes

    results = list(from_bytes(data))
    if not results:
        return "binary file or unknown encoding: the bytes are not text in any known encoding"
    # Several 8-bit encodings often decode a text equally cleanly (cp1250 and cp1252 agree
    # on "é"); recoupe reads French news, so the Western ones win a tie.
    least = min(r.chaos for r in results)
    tied = [r for r in results if r.chaos <= least + 0.01]
    best = next((r for pref in _WESTERN for r in tied if r.encoding == pref), tied[0])
    return str(best), best.encoding


# -- formats ------------------------------------------------------------------------------


@dataclass
class _Read:
    """What a format reader found; ``text`` is the document text."""

    text: str
    format: str
    encoding: Optional[str] = None
    title: Optional[str] = None
    author: Optional[str] = None
    outlet: Optional[str] = None
    url: Optional[str] = None
    published: Optional[date] = None
    pages: Optional[list[int]] = None


def _title(text: str, markdown: bool) -> str | None:
    for line in text.splitlines()[:5]:
        line = line.strip()
        if not line:
            continue
        if markdown and line.startswith("#"):
            return line.lstrip("#").strip() or None
        if markdown:
            continue
        # A short first line without a final period reads as a title; a dateline does not.
        if len(line) <= 160 and not line.endswith((".", "!", "?")) and not re.match(r"(?i)publi", line):
            return line
    return None


# Characters that are not text: a zero-width space, a word joiner, a byte-order mark inside
# the text, a soft hyphen. Web pages and PDFs carry them inside words and numbers
# ("1\u200b200\u200b000", "ex\u00adtraction"), where they would split what they join.
_INVISIBLE = re.compile("[\u200b\u2060\ufeff\u00ad]")


def _drop_invisible(text: str, pages: list[int] | None) -> tuple[str, list[int] | None]:
    """``text`` without its invisible characters, and its page starts moved to match."""
    removed = [m.start() for m in _INVISIBLE.finditer(text)]
    if not removed:
        return text, pages
    if pages:
        pages = [p - bisect_left(removed, p) for p in pages]
    return _INVISIBLE.sub("", text), pages


def _read_text(data: bytes, markdown: bool) -> _Read | str:
    decoded = decode(data)
    if isinstance(decoded, str):
        return decoded
    text, encoding = decoded
    if _control_share(text) > _MAX_CONTROL_SHARE:
        return "binary file, not text (too many control characters)"
    return _Read(text=text, format="markdown" if markdown else "text", encoding=encoding,
                 title=_title(text, markdown))


def _quiet_libraries() -> None:
    # pypdf, trafilatura and htmldate log every oddity of the files they read; recoupe
    # reports what matters in one line per file.
    for name in ("pypdf", "trafilatura", "htmldate", "charset_normalizer", "courlan", "justext"):
        logging.getLogger(name).setLevel(logging.CRITICAL)


def _is_article(text: str | None) -> bool:
    """Enough running text to be an article, not a menu or an error page."""
    if not text:
        return False
    lines = [line.split() for line in text.splitlines()]
    longest = max((len(words) for words in lines), default=0)
    letters = sum(1 for c in text if c.isalpha())
    return longest >= 6 and letters >= 40


def _read_html(data: bytes) -> _Read | str:
    charset = _HTML_CHARSET.search(data[:4096])
    decoded = decode(data, charset.group(1).decode("ascii", "replace") if charset else None)
    if isinstance(decoded, str):
        return decoded
    html, encoding = decoded
    if _control_share(html) > _MAX_CONTROL_SHARE:
        return "binary file, not HTML (too many control characters)"
    if not re.search(r"(?i)<(?:html|body)\b", html[:4096]):
        html = f"<html><body>{html}</body></html>"
    _quiet_libraries()
    try:
        import htmldate
        import trafilatura

        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            found = trafilatura.bare_extraction(
                html, with_metadata=True, favor_precision=True, include_comments=False,
            )
    except Exception as exc:  # lxml and friends raise many kinds of errors on bad input
        return f"cannot parse HTML ({type(exc).__name__}: {exc})"
    text = getattr(found, "text", None) if found is not None else None
    if not _is_article(text):
        return "no article text found in the HTML page"
    assert text is not None
    title = _clean(getattr(found, "title", None))
    if title and not text.lstrip().startswith(title):
        # The headline belongs to the story: two outlets running one agency story under
        # different headlines are near-duplicates, not the same text.
        text = f"{title}\n{text}"
    published = None
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            found_date = htmldate.find_date(html, original_date=True, extensive_search=False,
                                            outputformat="%Y-%m-%d")
        if found_date:
            published = date.fromisoformat(found_date)
    except Exception:
        published = None
    return _Read(
        text=text, format="html", encoding=encoding, title=title,
        author=_clean(getattr(found, "author", None)),
        outlet=_clean(getattr(found, "sitename", None)) or _clean(getattr(found, "hostname", None)),
        url=_clean(getattr(found, "url", None)), published=published,
    )


def _clean(value: Any) -> Optional[str]:
    if not isinstance(value, str):
        return None
    value = _one_line(value, 500)
    return value or None


def _page_text(text: str) -> str:
    # Text extraction from a PDF can yield control characters (fonts without a proper
    # mapping); a space keeps the length and the page offsets.
    text = "".join(" " if c not in "\n\t" and unicodedata.category(c) == "Cc" else c for c in text)
    return text.rstrip()


def _read_pdf(data: bytes) -> _Read | str:
    if b"%%EOF" not in data[-2048:]:
        return "truncated PDF (no end-of-file marker)"
    _quiet_libraries()
    try:
        from pypdf import PdfReader
        from pypdf.errors import FileNotDecryptedError
    except ImportError:  # pragma: no cover - a dependency of recoupe
        return "cannot read PDF files: the pypdf package is not installed"
    title = author = None
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            reader = PdfReader(io.BytesIO(data), strict=False)
            if reader.is_encrypted:
                try:
                    opened = reader.decrypt("")
                except Exception as exc:
                    return f"encrypted PDF that cannot be opened ({_one_line(exc, 120)})"
                if not opened:
                    return "encrypted PDF: a password is needed to read it"
            texts = [_page_text(page.extract_text() or "") for page in reader.pages]
            try:
                meta = reader.metadata
                title, author = _clean(meta.title if meta else None), _clean(meta.author if meta else None)
            except Exception:
                pass
    except FileNotDecryptedError:
        return "encrypted PDF: a password is needed to read it"
    except Exception as exc:
        return f"unreadable PDF ({type(exc).__name__}: {exc})"
    if not texts:
        return "PDF without pages"
    if not any(t.strip() for t in texts):
        return "PDF without extractable text (scanned pages? run OCR on it first)"
    pages: list[int] = []
    offset = 0
    for t in texts:
        pages.append(offset)
        offset += len(t) + 2
    text = "\n\n".join(texts)
    return _Read(text=text, format="pdf", title=title or _title(text, False), author=author, pages=pages)


def _sniff(name: str, suffix: str, data: bytes) -> str:
    """"pdf", "html", "markdown", "text", or the reason the bytes are none of them."""
    head = data[:1024]
    if b"%PDF-" in head:
        return "pdf"
    if suffix in PDF_SUFFIXES:
        return "not a PDF file (no %PDF- header)"
    for magic, what in _MAGIC:
        if head.startswith(magic):
            return f"binary file ({what}), not text"
    if suffix in HTML_SUFFIXES or (suffix != ".md" and _HTML_START.match(head)):
        return "html"
    return "markdown" if suffix == ".md" else "text"


# -- reading one input --------------------------------------------------------------------


def _kind(mode: int) -> str:
    for test, name in ((stat.S_ISFIFO, "FIFO"), (stat.S_ISSOCK, "socket"), (stat.S_ISCHR, "character device"),
                       (stat.S_ISBLK, "block device")):
        if test(mode):
            return name
    return "special file"


def _read_bytes(path: Union[Path, str], listed: bool, stdin: BinaryIO | None) -> bytes | str:
    """The bytes of ``path`` (at most ``MAX_BYTES``), or the reason they cannot be read."""
    if path == STDIN:
        if stdin is None and (sys.stdin is None or getattr(sys.stdin, "buffer", None) is None):
            return "standard input is closed"
        stream = stdin if stdin is not None else sys.stdin.buffer
        try:
            data = stream.read(MAX_BYTES + 1)
        except (OSError, ValueError) as exc:
            return f"cannot read standard input: {exc}"
        if len(data) > MAX_BYTES:
            return f"input too large (more than {_mb(MAX_BYTES)}, the limit)"
        return data
    try:
        st = os.stat(path)
    except FileNotFoundError:
        return "file disappeared before it could be read" if listed else "no such file"
    except ValueError:  # from a manifest: "a\x00b.txt", "\ud800.txt"
        return "not a possible file name (it holds a NUL or an unpaired surrogate)"
    except PermissionError:
        return "permission denied"
    except OSError as exc:
        return f"cannot read: {exc.strerror or exc}"
    if stat.S_ISDIR(st.st_mode):
        return "is a folder"
    if not stat.S_ISREG(st.st_mode):
        return f"not a regular file (a {_kind(st.st_mode)})"
    if st.st_size > MAX_BYTES:
        return f"file too large ({_mb(st.st_size)}, limit {_mb(MAX_BYTES)})"
    try:
        # Opened without blocking and checked again: a file swapped for a FIFO between the
        # stat and the open must not block the run.
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
        with open(fd, "rb") as fh:
            if not stat.S_ISREG(os.fstat(fh.fileno()).st_mode):
                return "not a regular file"
            data = fh.read(MAX_BYTES + 1)
    except FileNotFoundError:
        return "file disappeared before it could be read"
    except PermissionError:
        return "permission denied"
    except OSError as exc:
        return f"cannot read: {exc.strerror or exc}"
    if len(data) > MAX_BYTES:
        return f"file too large (more than {_mb(MAX_BYTES)}, the limit)"
    return data


def read_document(
    path: Union[Path, str],
    published: date | None = None,
    meta: ManifestEntry | None = None,
    *,
    listed: bool = False,
    stdin: BinaryIO | None = None,
    published_precision: str = "day",
) -> SourceDocument | InputError:
    """The document in ``path`` (``"-"`` for standard input), or the reason it cannot be read.

    ``published`` is the date for a text that gives none (known to ``published_precision``);
    a manifest entry's date, an HTML page's own date, then a date in the URL come first. ``listed`` says the file was found in a folder (so
    a missing file vanished during the run).
    """
    is_stdin = path == STDIN
    name = STDIN_NAME if is_stdin else display_path(path)
    suffix = "" if is_stdin else Path(path).suffix.lower()
    if suffix and suffix not in DOCUMENT_SUFFIXES and not listed:
        return InputError(name, f"unsupported file type '{suffix}' (expected .txt, .md, .html or .pdf)")
    data = _read_bytes(path, listed, stdin)
    if isinstance(data, str):
        return InputError(name, data)
    if not data.strip():
        return InputError(name, "empty input" if is_stdin else "empty file")
    kind = _sniff(name, suffix, data)
    read: _Read | str
    if kind == "pdf":
        read = _read_pdf(data)
    elif kind == "html":
        read = _read_html(data)
    elif kind in ("text", "markdown"):
        read = _read_text(data, kind == "markdown")
    else:
        read = kind
    if isinstance(read, str):
        return InputError(name, read)
    text, read.pages = _drop_invisible(read.text, read.pages)
    if not text.strip():
        return InputError(name, "empty file" if read.format != "pdf" else "PDF without extractable text")
    if len(text) > MAX_CHARS:
        return InputError(name, f"text too long ({len(text):,} characters, limit {MAX_CHARS:,})".replace(",", " "))
    when, how, precision = None, None, "day"
    url = meta.url if meta is not None and meta.url else read.url
    from_url = dates.from_url(url)
    if meta is not None and meta.published is not None:
        when, how, precision = meta.published, "given", meta.published_precision
    elif read.published is not None:
        when, how = read.published, "html"
    elif from_url is not None:
        (when, precision), how = from_url, "url"
    elif published is not None:
        when, how = published, "given"
        precision = published_precision
    return SourceDocument(
        id=document_id(text), path=name, text=text,
        lang=langdetect.detect(text, hint=meta.lang if meta is not None else None),
        title=(meta.title if meta is not None and meta.title else read.title),
        outlet=(meta.outlet if meta is not None and meta.outlet else read.outlet),
        url=url, published=when, published_how=how, published_precision=precision,
        author=read.author, pages=read.pages, format=read.format, encoding=read.encoding,
        warnings=[meta.warning] if meta is not None and meta.warning else [],
    )


# -- manifests ----------------------------------------------------------------------------

_COLUMNS = {
    "path": ("path", "file", "filename", "fichier"),
    "url": ("url", "link", "lien"),
    "outlet": ("outlet", "source", "site", "media", "média", "sitename"),
    "title": ("title", "titre", "headline"),
    "published": ("date", "published", "publication", "published_at", "pubdate"),
    "lang": ("lang", "language", "langue"),
}
_COLUMN_OF = {alias: key for key, aliases in _COLUMNS.items() for alias in aliases}


def parse_date(value: str) -> date:
    """A manifest date's first day: ``2024-03-12``, an ISO timestamp, ``12/03/2024`` (day
    first), or a partial ``2024-03`` / ``2024`` (see ``recoupe.dates.parse``)."""
    return dates.parse(value)[0]


def _entry(row: dict[str, Any], base: Path, where: str, line: int) -> ManifestEntry | InputError:
    fields: dict[str, Optional[str]] = {}
    for key, value in row.items():
        column = _COLUMN_OF.get(str(key).strip().lower()) if key is not None else None
        if column and value is not None and str(value).strip():
            fields[column] = str(value).strip()
    if not fields.get("path"):
        return InputError(where, "no file path (a 'path' column or key is required)")
    published, precision, warning = None, "day", None
    if fields.get("published"):
        try:
            published, precision = dates.parse(fields["published"] or "")
        except ValueError:
            warning = f"{where}: bad date {fields['published']!r} (expected YYYY-MM-DD, YYYY-MM or YYYY); analysed undated"
    lang = langdetect.normalize(fields.get("lang"))
    if fields.get("lang") and lang is None:
        bad_lang = f"{where}: unknown language {fields['lang']!r}; detected from the text"
        warning = f"{warning}; {bad_lang}" if warning else bad_lang
    path = Path(fields["path"] or "")
    return ManifestEntry(
        path=path if path.is_absolute() else base / path, url=fields.get("url"),
        outlet=fields.get("outlet"), title=fields.get("title"), published=published, lang=lang, line=line,
        published_precision=precision, warning=warning,
    )


def _manifest_lines(data: bytes, name: str) -> tuple[bytes, list[InputError]]:
    """``data`` with each line that holds a NUL byte blanked (an error each), so that one
    bad line does not make the whole manifest read as binary."""
    if b"\0" not in data or data.startswith((b"\xff\xfe", b"\xfe\xff", codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):
        return data, []
    lines = data.split(b"\n")
    errors = []
    for number, line in enumerate(lines, start=1):
        if b"\0" in line:
            errors.append(InputError(f"{name} line {number}", "NUL byte in the line"))
            lines[number - 1] = b""
    return b"\n".join(lines), errors


def _inside(path: Path, folder: Path) -> bool:
    try:
        real, top = os.path.realpath(path), os.path.realpath(folder)
    except (ValueError, UnicodeError):  # no file can have this name: reading it says so
        return True
    return real == top or real.startswith(top.rstrip(os.sep) + os.sep)


def _csv_rows(text: str, delimiter: str, name: str) -> Iterator[tuple[int, list[str]] | InputError]:
    """Each entry of a CSV manifest, by the line it starts on. A cell quoted across a line
    break ("Un titre\nsur deux lignes") is read whole when the entry then has as many cells as
    the header; otherwise a quote left open is an error for its own line and does not swallow
    the lines after it. Lines end at line feeds and carriage returns only (a U+0085 or U+2028
    inside a cell is text)."""
    lines = re.split(r"\r\n|\n|\r", text)
    width: Optional[int] = None
    number = 0
    while number < len(lines):
        line = lines[number]
        number += 1
        if not line.strip():
            continue
        row: Optional[list[str]] = None
        for extra in range(_MAX_CELL_LINES):
            if number - 1 + extra >= len(lines):
                break
            try:
                rows = list(csv.reader(["\n".join(lines[number - 1:number + extra])], delimiter=delimiter, strict=True))
            except csv.Error:
                continue
            if len(rows) == 1 and (extra == 0 or width is None or len(rows[0]) == width):
                row = rows[0]
                number += extra
            break
        if row is None:
            yield InputError(f"{name} line {number}", "bad CSV (a quote is left open)")
            continue
        if width is None:
            width = len(row)
        yield number - _row_lines(row) + 1, row


# A quoted cell may run over this many lines at most (a title on two or three lines).
_MAX_CELL_LINES = 4


def _row_lines(row: list[str]) -> int:
    """How many lines a parsed CSV row spans."""
    return 1 + sum(cell.count("\n") for cell in row)


def read_manifest(path: Union[str, Path], *, allow_outside: bool = False) -> tuple[list[ManifestEntry], list[InputError]]:
    """The entries of a CSV/TSV (with a header, one entry per line) or JSON Lines manifest,
    and one error per bad line. A path outside the manifest's folder is refused unless
    ``allow_outside``."""
    name = display_path(path)
    data = _read_bytes(Path(path), False, None)
    if isinstance(data, str):
        return [], [InputError(name, data)]
    data, errors = _manifest_lines(data, name)
    decoded = decode(data)
    if isinstance(decoded, str):
        return [], errors + [InputError(name, decoded)]
    text = decoded[0].lstrip("\ufeff")
    if not text.strip():
        # Empty, or every line refused already (each with its error): not "empty" then.
        return [], errors or [InputError(name, "empty manifest")]
    base = Path(path).parent
    entries: list[ManifestEntry] = []

    def add(row: dict[str, Any], where: str, number: int) -> None:
        result = _entry(row, base, where, number)
        if isinstance(result, ManifestEntry) and not allow_outside and not _inside(result.path, base):
            result = InputError(where, f"path {display_path(result.path)} is outside the manifest's folder "
                                       "(--allow-outside reads it)")
        (errors if isinstance(result, InputError) else entries).append(result)  # type: ignore[arg-type]

    suffix = Path(path).suffix.lower()
    if suffix in (".jsonl", ".ndjson") or (suffix not in (".csv", ".tsv") and text.lstrip().startswith("{")):
        # Lines end at "\n" only: U+2028, U+0085 or a form feed may stand raw inside a JSON string.
        for number, line in enumerate(text.split("\n"), start=1):
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            where = f"{name} line {number}"
            try:
                row = json.loads(line)
            except ValueError as exc:
                errors.append(InputError(where, f"not JSON ({exc.msg})"))
                continue
            if not isinstance(row, dict):
                errors.append(InputError(where, "not a JSON object"))
                continue
            add(row, where, number)
        return entries, errors
    first = re.split(r"\r\n|\n|\r", text.lstrip(), maxsplit=1)[0]
    rows = _csv_rows(text, "\t" if suffix == ".tsv" else max(",;\t", key=first.count), name)
    header: list[str] | None = None
    for row in rows:
        if isinstance(row, InputError):
            if header is None:
                return [], errors + [InputError(name, f"bad header: {row.reason}")]
            errors.append(row)
            continue
        number, cells = row
        if header is None:
            header = cells
            if "path" not in {_COLUMN_OF.get(c.strip().lower()) for c in header}:
                return [], errors + [InputError(name, f"manifest has no 'path' column (columns: {', '.join(header)})")]
            continue
        where = f"{name} line {number}"
        if len(cells) > len(header):
            errors.append(InputError(where, f"{len(cells)} cells for {len(header)} columns"))
            continue
        add(dict(zip(header, cells)), where, number)
    return entries, errors


# -- many inputs --------------------------------------------------------------------------


def _walk(folder: Path) -> tuple[list[Path], list[InputError]]:
    found: list[Path] = []
    errors: list[InputError] = []

    def failed(exc: OSError) -> None:
        errors.append(InputError(getattr(exc, "filename", None) or str(folder),
                                 f"cannot list folder: {exc.strerror or exc}"))

    for root, dirs, files in os.walk(folder, onerror=failed):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for f in files:
            if not f.startswith(".") and Path(f).suffix.lower() in DOCUMENT_SUFFIXES:
                found.append(Path(root) / f)
    return sorted(found), errors


def _expand(paths: Iterable[Union[str, Path]],
            confine: Optional[dict[str, Path]] = None) -> Iterator[tuple[Union[Path, str], bool] | InputError]:
    """Each path, folders walked; a folder whose key is in ``confine`` yields only the files
    that lie (links resolved) inside the folder given for it, an error for each other."""
    walked: set[str] = set()
    for raw in paths:
        if str(raw) == STDIN:
            yield STDIN, False
            continue
        p = Path(raw)
        if p.is_dir():
            if _key(p) in walked:  # a folder named twice is walked (and reported) once
                continue
            walked.add(_key(p))
            found, errors = _walk(p)
            yield from errors
            if not found and not errors:
                yield InputError(str(p), "folder holds no .txt, .md, .html or .pdf file")
            inside = (confine or {}).get(_key(p))
            for f in found:
                if inside is not None and not _inside(f, inside):
                    yield InputError(display_path(f), "leads outside the manifest's folder (--allow-outside reads it)")
                else:
                    yield f, True
        else:
            yield p, False


def expand(paths: Iterable[Union[str, Path]]) -> Iterator[Union[Path, str, InputError]]:
    """Each path, with folders replaced by the document files under them, in name order."""
    for item in _expand(paths):
        yield item if isinstance(item, InputError) else item[0]


def _key(path: Union[Path, str]) -> str:
    if path == STDIN:
        return STDIN
    try:
        return os.path.realpath(path)
    except ValueError:  # a NUL or an unpaired surrogate (a manifest's path): read_document says so
        return str(path)


def is_manifest(path: Union[str, Path]) -> bool:
    """A CSV/TSV/JSON Lines file given as an input is a manifest, not a document."""
    return str(path) != STDIN and Path(path).suffix.lower() in MANIFEST_SUFFIXES


def read_all(
    paths: Iterable[Union[str, Path]],
    published: date | None = None,
    manifest: Union[str, Path, None] = None,
    *,
    stdin: BinaryIO | None = None,
    published_precision: str = "day",
    allow_outside: bool = False,
) -> tuple[list[Document], list[InputError]]:
    """All readable documents under ``paths`` and the errors for the rest.

    ``manifest`` (or any ``.csv``/``.tsv``/``.jsonl``/``.ndjson`` among ``paths``) lists
    files to read with their metadata; a file both listed and named is read once. A
    manifest's paths must lie in its folder unless ``allow_outside``.
    """
    docs: list[Document] = []
    errors: list[InputError] = []
    manifests: list[Union[str, Path]] = [manifest] if manifest is not None else []
    plain: list[Union[str, Path]] = []
    for raw in paths:
        (manifests if is_manifest(raw) else plain).append(raw)
    meta: dict[str, ManifestEntry] = {}
    warnings_of: dict[str, list[str]] = {}
    queue: list[Union[str, Path]] = []
    confine: dict[str, Path] = {}  # a manifest's folders: their files must stay inside it
    for m in manifests:
        entries, bad = read_manifest(m, allow_outside=allow_outside)
        errors.extend(bad)
        for entry in entries:
            key = _key(entry.path)
            if not allow_outside:
                confine.setdefault(key, Path(m).parent)
            meta.setdefault(key, entry)  # a file listed twice keeps its first line
            if entry.warning:
                warnings_of.setdefault(key, []).append(entry.warning)
            queue.append(entry.path)
    queue.extend(plain)
    seen: set[str] = set()
    for item in _expand(queue, confine):
        if isinstance(item, InputError):
            errors.append(item)
            continue
        path, listed = item
        key = _key(path)
        if key in seen:
            continue
        seen.add(key)
        result = read_document(path, published, meta.get(key), listed=listed, stdin=stdin,
                               published_precision=published_precision)
        if isinstance(result, SourceDocument):
            result.warnings = list(dict.fromkeys(result.warnings + warnings_of.get(key, [])))
        (errors if isinstance(result, InputError) else docs).append(result)  # type: ignore[arg-type]
    return docs, errors
