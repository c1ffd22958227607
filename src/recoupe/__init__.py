"""recoupe: cross-check sourced claims across French news and intelligence reports.

    import recoupe
    result = recoupe.analyze(["examples/"], db="recoupe.db")
    with recoupe.open_ledger("recoupe.db") as ledger:
        for claim in ledger.claims():
            ...
"""

from recoupe.api import DEFAULT_DB, AnalyzeResult, analyze, reanalyze
from recoupe.store import Ledger, LedgerError, open_ledger

__all__ = ["analyze", "reanalyze", "open_ledger", "Ledger", "LedgerError", "AnalyzeResult", "DEFAULT_DB"]
__version__ = "0.1.0"
