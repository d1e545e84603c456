"""The analysis pillar (source 001): figures of a period, from the per-case facts.

- :mod:`.period`: Solar Hijri months, quarters, years and ranges of local days.
- :mod:`.facts`: the per-case facts (business-hours durations, breaches, calls,
  arrivals), kept up to date from the case events by :func:`.facts.refresh`.
- :mod:`.figures`: the figures, computed in SQL; each defined once, in its docstring and
  in the management report's glossary.
"""
