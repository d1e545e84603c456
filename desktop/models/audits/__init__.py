"""Mystery-shopper audits: templates, covert visits filled offline, scoring, release, appeals.

- :mod:`template`, :mod:`expr`, :mod:`xlsform`: XLSForm-style templates and expressions
- :mod:`answers`, :mod:`scoring`: answer rules, skip logic and the scoring (pure; HQ reuses them)
- :mod:`library`: template versions on this device
- :mod:`visits`, :mod:`drafts`: assigned and unplanned visits, drafts saved on every answer
- :mod:`records`: finalised audits (covert stream ``audit``) and amendments
- :mod:`release`: reports released to the dealership, appeals (stream ``audit_release``)
- :mod:`access`: who sees what; :mod:`ranking`: HQ's ranking of dealerships
- :mod:`published`: templates and visits HQ publishes as reference data
"""

from desktop.models.audits import (
    access,
    answers,
    drafts,
    expr,
    library,
    published,
    ranking,
    records,
    release,
    scoring,
    template,
    visits,
    xlsform,
)

__all__ = [
    "access",
    "answers",
    "drafts",
    "expr",
    "library",
    "published",
    "ranking",
    "records",
    "release",
    "scoring",
    "template",
    "visits",
    "xlsform",
]
