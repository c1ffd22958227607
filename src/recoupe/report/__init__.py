"""Ways to show the ledger: JSON (the scored contract) and terminal tables."""
