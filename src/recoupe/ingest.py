"""Read input files into ``Document`` objects, or say in one line why a file cannot be read.

Accepts ``.txt`` and ``.md`` files and folders of them (walked recursively). A file that is
missing, empty, binary, not valid UTF-8 or of another type is reported, never fatal: the
other inputs go on.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Iterable, Iterator

from recoupe.model import Document

TEXT_SUFFIXES = (".txt", ".md")
MAX_BYTES = 20 * 1024 * 1024


@dataclass(frozen=True)
class InputError:
    """A file that could not be read, and why, in words a user understands."""

    path: str
    reason: str

    def __str__(self) -> str:
        return f"{self.path}: {self.reason}"


def document_id(text: str) -> str:
    """The sha256 of the text: the same text is the same document, wherever it comes from."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _title(text: str, suffix: str) -> str | None:
    for line in text.splitlines()[:5]:
        line = line.strip()
        if not line:
            continue
        if suffix == ".md" and line.startswith("#"):
            return line.lstrip("#").strip() or None
        if suffix == ".md":
            continue
        # A short first line without a final period reads as a title; a dateline does not.
        if len(line) <= 160 and not line.endswith((".", "!", "?")) and not re.match(r"(?i)publi", line):
            return line
    return None


def expand(paths: Iterable[str | Path]) -> Iterator[Path | InputError]:
    """Each path, with folders replaced by the text files under them, in name order."""
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            found = sorted(f for f in p.rglob("*") if f.is_file() and f.suffix.lower() in TEXT_SUFFIXES
                           and not any(part.startswith(".") for part in f.relative_to(p).parts))
            if not found:
                yield InputError(str(p), "folder holds no .txt or .md file")
            yield from found
        else:
            yield p


def read_document(path: Path, published: date | None = None) -> Document | InputError:
    """The ``Document`` in ``path``, or the reason it cannot be read."""
    name = str(path)
    if not path.exists():
        return InputError(name, "no such file")
    if not path.is_file():
        return InputError(name, "not a regular file")
    suffix = path.suffix.lower()
    if suffix not in TEXT_SUFFIXES:
        return InputError(name, f"unsupported file type '{suffix or '(none)'}' (expected .txt or .md)")
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            return InputError(name, f"file too large ({size // (1024 * 1024)} MB, limit {MAX_BYTES // (1024 * 1024)} MB)")
        data = path.read_bytes()
    except OSError as exc:
        return InputError(name, f"cannot read: {exc.strerror or exc}")
    if b"\x00" in data[:8192]:
        return InputError(name, "binary file, not text")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        return InputError(name, f"not valid UTF-8 text (byte {exc.start})")
    if text.startswith("\ufeff"):
        text = text[1:]
    if not text.strip():
        return InputError(name, "empty file")
    return Document(
        id=document_id(text), path=name, text=text, lang="fr", title=_title(text, suffix),
        published=published, published_how="given" if published else None,
    )


def read_all(paths: Iterable[str | Path], published: date | None = None) -> tuple[list[Document], list[InputError]]:
    """All readable documents under ``paths`` and the errors for the rest."""
    docs: list[Document] = []
    errors: list[InputError] = []
    for item in expand(paths):
        if isinstance(item, InputError):
            errors.append(item)
            continue
        result = read_document(item, published)
        (errors if isinstance(result, InputError) else docs).append(result)  # type: ignore[arg-type]
    return docs, errors
