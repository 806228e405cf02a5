"""The stages, in the order the runner applies them (pipeline/runner.py holds the list):

decode → extract → language → translate → people → dates → conferences (then dedupe across the archive).

Each stage is one function over one :class:`pipeline.record.Article`; none writes SQLite, none calls another.
"""
