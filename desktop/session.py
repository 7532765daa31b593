"""The one mutable state of the application: articles, edits, the current analysis.

Panels take the session and listen to its signals; they change it only through its
methods, which record an edit, mark the project dirty and schedule a re-analysis. Loading
and analysis run on :class:`~desktop.tasks.TaskRunner` s, in worker processes (see
:mod:`desktop.worker`), never on the GUI thread. The worker keeps the statements of every
article it saw, so adding one article re-analyses without re-reading the others.
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from analysis import worker
from analysis.model import Article, Decision, Edits, LoadError
from desktop.tasks import TaskRunner

if TYPE_CHECKING:
    # Imported where used: pandas and scikit-learn load in the worker, after the window shows.
    from analysis import ingest
    from analysis.pipeline import Analysis

WARM_UP_MS = 500
"""The worker processes start this long after the session (the window shows first)."""


@dataclass(frozen=True)
class Filters:
    """What every view shows: statements matching all the set fields."""

    text: str = ""
    speaker_ids: frozenset[str] = field(default_factory=frozenset)
    article_ids: frozenset[str] = field(default_factory=frozenset)
    commitments: frozenset[str] = field(default_factory=frozenset)
    kinds: frozenset[str] = field(default_factory=frozenset)

    @property
    def active(self) -> bool:
        """Whether any filter is set."""
        return bool(self.text or self.speaker_ids or self.article_ids or self.commitments or self.kinds)


def claim_key(a: str, b: str) -> str:
    """Return the order-free key of a claim pair as stored in :class:`Edits`."""
    return "|".join(sorted((a, b)))


class Session(QObject):
    """Application state with signals; see the module docstring."""

    articlesChanged = Signal()
    analysisChanged = Signal()
    editsChanged = Signal()
    problemsAdded = Signal(list)  # list[LoadError]
    noticesAdded = Signal(list)  # list[str]
    filtersChanged = Signal()
    statementSelected = Signal(str)
    topicSelected = Signal(int)
    claimSelected = Signal(str)
    busyChanged = Signal(bool)
    progressChanged = Signal(float, str)
    dirtyChanged = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.articles: list[Article] = []
        self.problems: list[LoadError] = []
        self.edits = Edits()
        self.analysis: Analysis | None = None
        self.prepare: list[Callable[[Analysis], object]] = []
        """Qt-free callables run on each new analysis in the worker, before it is delivered."""
        self.filters = Filters()
        self.selected_statement = ""
        self.selected_topic = -1
        self._dirty = False
        self.last_run: worker.CaseResult | None = None
        """The last analysis delivered with its cost (articles whose statements were new)."""
        self.loader = TaskRunner(parent=self)
        self.analyzer = TaskRunner(parent=self)
        self.loader.succeeded.connect(self._on_loaded)
        self.analyzer.succeeded.connect(self._on_analyzed)
        for runner in (self.loader, self.analyzer):
            runner.progressed.connect(self.progressChanged)
            runner.started.connect(self._emit_busy)
            runner.finished.connect(self._emit_busy)
            runner.failed.connect(self._on_failed)
        # Edits arrive in bursts (typing a name, merging several topics): analyse once after.
        self._reanalyze = QTimer(self, singleShot=True, interval=150)
        self._reanalyze.timeout.connect(self.analyze)
        QTimer.singleShot(WARM_UP_MS, self, _warm_up)

    # -- state -------------------------------------------------------------------------
    @property
    def busy(self) -> bool:
        """Whether loading or analysis is running."""
        return self.loader.busy or self.analyzer.busy

    @property
    def dirty(self) -> bool:
        """Whether there is work not yet saved to the project file."""
        return self._dirty

    def set_dirty(self, dirty: bool) -> None:
        """Mark the project as changed (or saved)."""
        if dirty != self._dirty:
            self._dirty = dirty
            self.dirtyChanged.emit(dirty)

    def _emit_busy(self) -> None:
        self.busyChanged.emit(self.busy)

    def reset(self, articles: Sequence[Article] = (), edits: Edits | None = None) -> None:
        """Replace the whole state (new or opened project) and analyse it."""
        self.loader.cancel()
        self.analyzer.cancel()
        self.articles = list(articles)
        self.edits = edits or Edits()
        self.problems = []
        self.analysis = None
        self.selected_statement, self.selected_topic = "", -1
        self.articlesChanged.emit()
        self.analysisChanged.emit()
        self.editsChanged.emit()
        self.set_dirty(False)
        if self.articles:
            self.analyze()

    # -- loading -----------------------------------------------------------------------
    def load(self, inputs: Sequence[str], encoding: str | None = None) -> None:
        """Load files, folders or URLs in the background, then re-analyse."""
        known = _kept(self.articles)  # for duplicates; they travel to the worker once
        self.loader.start_remote(worker.load, list(inputs), encoding, known, lane="load")

    def add_pasted(self, text: str, name: str = "") -> None:
        """Add pasted or dragged text as an article."""
        from analysis import ingest

        try:
            article = ingest.load_text(text, name)
        except ingest.LoadFailure as exc:
            self._problems([LoadError(name or "pasted text", str(exc))])
            return
        self._add([article])

    def _on_loaded(self, result: ingest.LoadResult) -> None:
        if result.errors:
            self._problems(result.errors)
        if result.notices:
            self.noticesAdded.emit(list(result.notices))
        self._add(result.articles)

    def _add(self, articles: Sequence[Article]) -> None:
        known = {a.id for a in self.articles}
        fresh = [a for a in articles if a.id not in known]
        skipped = [a for a in articles if a.id in known]
        if skipped:
            names = ", ".join(a.title or a.path for a in skipped)
            self.noticesAdded.emit([f"Already loaded, skipped: {names}"])
        if not fresh:
            return
        self.articles.extend(fresh)
        self.articlesChanged.emit()
        self.set_dirty(True)
        self.analyze()

    def add_problems(self, errors: Sequence[LoadError]) -> None:
        """Report inputs that could not be loaded (listed, never blocking)."""
        self.problems.extend(errors)
        self.problemsAdded.emit(list(errors))

    _problems = add_problems

    def _on_failed(self, message: str, details: str) -> None:
        self._problems([LoadError("analysis", message)])

    # -- analysis ----------------------------------------------------------------------
    def analyze(self) -> None:
        """(Re-)analyse the loaded articles in the background; a new run cancels the old."""
        self._reanalyze.stop()
        # The task gets its own copy of the edits so later GUI edits never race it.
        edits = copy.deepcopy(self.edits)
        prepare = list(self.prepare)

        def finish(result: worker.CaseResult) -> worker.CaseResult:
            for step in prepare:  # e.g. the views' index, built off the GUI thread
                step(result.analysis)
            return result

        articles = _kept(self.articles)
        self.analyzer.start_remote(worker.analyze_case, articles, edits, lane="analysis", finish=finish)

    def schedule_analysis(self) -> None:
        """Re-analyse shortly, folding a burst of edits into one run."""
        self._reanalyze.start()

    def _on_analyzed(self, result: worker.CaseResult | Analysis) -> None:
        if isinstance(result, worker.CaseResult):
            self.last_run, result = result, result.analysis
        self.analysis = result
        self.analysisChanged.emit()

    def cancel(self) -> None:
        """Stop loading and analysis (and a re-analysis waiting for a burst of edits to end)."""
        self._reanalyze.stop()
        self.loader.cancel()
        self.analyzer.cancel()

    # -- edits -------------------------------------------------------------------------
    def _edited(self) -> None:
        self.editsChanged.emit()
        self.set_dirty(True)
        self.schedule_analysis()

    def remove_article(self, article_id: str) -> None:
        """Remove an article from the case."""
        self.articles = [a for a in self.articles if a.id != article_id]
        self.edits.sources.pop(article_id, None)
        self.articlesChanged.emit()
        self._edited()

    def set_source_field(self, article_id: str, name: str, value: str) -> None:
        """Override an article's ``source``, ``date``, ``side`` or ``title``."""
        self.edits.sources.setdefault(article_id, {})[name] = value
        self._edited()

    def reorder(self, article_ids: Sequence[str]) -> None:
        """Put the sources in the analyst's order."""
        self.edits.order = list(article_ids)
        self._edited()

    def decide_claim(self, a: str, b: str, decision: Decision) -> None:
        """Confirm or dismiss a claim pair (or reopen it)."""
        self.edits.claim_decisions[claim_key(a, b)] = str(decision)
        self._edited()

    def set_claim_note(self, a: str, b: str, note: str) -> None:
        """Attach the analyst's note to a claim pair."""
        self.edits.claim_notes[claim_key(a, b)] = note
        self._edited()

    def apply_edit(self, change: str, **values: object) -> None:
        """Record a speaker or topic edit by name (see :class:`Edits` for the fields).

        ``change`` is one of ``merge_speakers`` (source, target), ``rename_speaker``
        (speaker_id, name), ``split_speaker`` (mention, new_id), ``rename_topic``
        (anchor, label), ``merge_topics`` (anchors), ``split_topic`` (statement_ids),
        ``move_statement`` (statement_id, anchor), ``set_topic_count`` (count).
        """
        e = self.edits
        if change == "merge_speakers":
            e.speaker_merges[str(values["source"])] = str(values["target"])
        elif change == "rename_speaker":
            e.speaker_renames[str(values["speaker_id"])] = str(values["name"])
        elif change == "split_speaker":
            e.speaker_splits[str(values["mention"])] = str(values["new_id"])
        elif change == "rename_topic":
            e.topic_renames[str(values["anchor"])] = str(values["label"])
        elif change == "merge_topics":
            e.topic_merges.append([str(a) for a in values["anchors"]])  # type: ignore[attr-defined]
        elif change == "split_topic":
            e.topic_splits.append([str(s) for s in values["statement_ids"]])  # type: ignore[attr-defined]
        elif change == "move_statement":
            e.statement_moves[str(values["statement_id"])] = str(values["anchor"])
        elif change == "set_topic_count":
            count = values.get("count")
            e.n_topics = int(count) if count else None  # type: ignore[call-overload]
        else:
            raise ValueError(f"unknown edit: {change}")
        self._edited()

    # -- selection and filters ---------------------------------------------------------
    def select_statement(self, statement_id: str) -> None:
        """Make a statement current; the reader scrolls to it, views highlight it."""
        if statement_id != self.selected_statement:
            self.selected_statement = statement_id
            self.statementSelected.emit(statement_id)

    def select_topic(self, topic_id: int) -> None:
        """Make a topic current; the compare view shows it."""
        if topic_id != self.selected_topic:
            self.selected_topic = topic_id
            self.topicSelected.emit(topic_id)

    def select_claim(self, a: str, b: str) -> None:
        """Make a claim pair current."""
        self.claimSelected.emit(claim_key(a, b))

    def set_filters(self, filters: Filters) -> None:
        """Change what every view shows."""
        if filters != self.filters:
            self.filters = filters
            self.filtersChanged.emit()


def _kept(articles: Sequence[Article]) -> list[worker.Keep]:
    """Wrap articles so each travels to a worker once (keyed by id and content)."""
    return [worker.Keep((a.id, hash(a)), a) for a in articles]


def _warm_up() -> None:
    from desktop import worker as workers

    workers.warm_up()
