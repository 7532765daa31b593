"""Qt item models over the :class:`~analysis.pipeline.Analysis` tables.

Every model builds its rows in bulk from a precomputed :class:`~desktop.models.index.AnalysisIndex`
(``beginResetModel`` / ``endResetModel``); ``data()`` only reads plain Python rows, never pandas.
"""
