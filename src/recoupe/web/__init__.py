"""Looking at a ledger: the pages of ``recoupe serve`` and the pieces the HTML report shares.

``recoupe.web.app`` (FastAPI, imported only by ``recoupe serve``) serves server-rendered
Jinja2 pages; ``views``, ``chart`` and ``highlight`` have no web dependency and are used by
``recoupe.report.html`` as well. Every string that comes from a document (its text, title,
path, url, and whatever the pipeline took from it) is escaped where it is written: Jinja2
autoescape in templates, ``markupsafe.escape`` for each slice in the SVG and highlighting
code. Nothing here marks document text safe.
"""
