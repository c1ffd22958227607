"""A time and memory budget for the analysis of a document.

``recoupe.api`` arms a budget (``budget(limits)``) while the pipeline runs, and renews it each
time a document comes out; recoupe's components call ``check()`` when they start on a
document and once per sentence, and it raises ``Stopped`` when the budget is spent: the
document fails with one line ("analysis stopped: over 300 s") and the others go on. A check
reads the clock, and the resident memory at most every 20 ms; with no budget armed (the
components used in another pipeline) it returns at once.

The limits default to ``DEFAULT_SECONDS`` and ``DEFAULT_MB`` and are read from the
environment (``RECOUPE_MAX_SECONDS``, ``RECOUPE_MAX_MB``; 0 turns a limit off) unless given.
"""

from __future__ import annotations

import os
import resource
import threading
import time
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Iterator, Optional

# The longest document recoupe accepts (1 000 000 characters) takes about a minute on one
# core; a sentence-long pathological text used to take hours.
DEFAULT_SECONDS = 300.0
# What one document may add to the process's resident memory (the model itself is ~0.5 GB,
# the longest document accepted needs about 2 GB more).
DEFAULT_MB = 4000.0
_MEMORY_EVERY = 0.02  # seconds between two reads of the resident memory


class Stopped(Exception):
    """The analysis of a document went over its budget."""

    def __str__(self) -> str:
        return f"analysis stopped: {self.args[0]}"


@dataclass(frozen=True)
class Limits:
    """Seconds and megabytes (of resident memory added) one document may take; None: no limit."""

    seconds: Optional[float] = DEFAULT_SECONDS
    mb: Optional[float] = DEFAULT_MB

    @classmethod
    def from_env(cls, seconds: Optional[float] = None, mb: Optional[float] = None) -> "Limits":
        """The limits given, else those of ``RECOUPE_MAX_SECONDS`` / ``RECOUPE_MAX_MB``, else
        the defaults; 0 (or less) means no limit."""
        def pick(given: Optional[float], var: str, default: float) -> Optional[float]:
            if given is None:
                raw = os.environ.get(var, "").strip()
                try:
                    given = float(raw) if raw else default
                except ValueError:
                    raise ValueError(f"{var}={raw!r} is not a number") from None
            return given if given > 0 else None

        return cls(pick(seconds, "RECOUPE_MAX_SECONDS", DEFAULT_SECONDS), pick(mb, "RECOUPE_MAX_MB", DEFAULT_MB))


_PAGE_MB = os.sysconf("SC_PAGE_SIZE") / 2**20 if hasattr(os, "sysconf") else 4 / 1024


def rss_mb() -> float:
    """The process's resident memory now (Linux), else its peak so far."""
    try:
        with open("/proc/self/statm", "rb") as f:
            return int(f.read().split()[1]) * _PAGE_MB
    except (OSError, ValueError, IndexError):
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        return peak / 2**20 if os.uname().sysname == "Darwin" else peak / 1024


class _State(threading.local):
    limits: Optional[Limits] = None
    deadline = float("inf")
    ceiling = float("inf")
    next_memory = 0.0


_state = _State()


def renew() -> None:
    """Start the budget again (a document came out: the next one gets the whole budget)."""
    st = _state
    if st.limits is None:
        return
    now = time.monotonic()
    st.deadline = now + st.limits.seconds if st.limits.seconds else float("inf")
    st.ceiling = rss_mb() + st.limits.mb if st.limits.mb else float("inf")
    st.next_memory = now + _MEMORY_EVERY


@contextmanager
def budget(limits: Optional[Limits]) -> Iterator[None]:
    """Check ``limits`` (none if None) in the components while the block runs."""
    st = _state
    saved = (st.limits, st.deadline, st.ceiling, st.next_memory)
    st.limits = limits if limits is not None and (limits.seconds or limits.mb) else None
    renew()
    try:
        yield
    finally:
        st.limits, st.deadline, st.ceiling, st.next_memory = saved


def check() -> None:
    """Raise ``Stopped`` when the armed budget is spent."""
    st = _state
    if st.limits is None:
        return
    now = time.monotonic()
    if now > st.deadline:
        raise Stopped(f"over {st.limits.seconds:g} s")
    if now >= st.next_memory:
        st.next_memory = now + _MEMORY_EVERY
        if rss_mb() > st.ceiling:
            raise Stopped(f"over {st.limits.mb:g} MB")
