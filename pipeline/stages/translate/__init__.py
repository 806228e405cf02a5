"""Translate stage: English text for every article, offline, with installed argostranslate models.

``translate(record)`` for one article, ``translate_many(records, workers=N, cache=...)`` for a batch (the
runner's path). models.py manages the installed models, cache.py the translations already made.
"""

from pipeline.stages.translate.translator import TranslationStats, translate, translate_many

__all__ = ["TranslationStats", "translate", "translate_many"]
