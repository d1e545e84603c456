"""The HQ server: FastAPI over SQLAlchemy Core; SQLite by default, PostgreSQL in production.

Run it with ``python -m sync.hq serve``; administer it with the other commands of
:mod:`sync.hq.cli`. It reuses the desktop's pure rules (``desktop.models``) and never
imports Qt or the views.
"""
