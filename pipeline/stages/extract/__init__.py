"""Extract stage: from decoded page text to title, time, credits, dateline and clean body paragraphs.

``extract(record)`` is the stage API (engine.py); the DOM side is dom.py, text metadata meta.py, and the site
rules and noise lists (data in pipeline/data/sites.toml and noise.toml) are loaded by rules.py.
"""

from pipeline.stages.extract.engine import extract

__all__ = ["extract"]
