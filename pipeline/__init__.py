"""wirearchive's pipeline: one module per stage, each a function over one :class:`Article` record.

decode → extract → language → translate → people → dates → conferences → dedupe → store
"""

from pipeline.record import Article, DateMention, Person

__all__ = ["Article", "DateMention", "Person"]
__version__ = "0.1.0"
