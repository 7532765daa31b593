"""Status-bar progress with a Cancel button for every background task.

The widget watches :class:`~desktop.tasks.TaskRunner` s (loading, analysis, project files,
exports): it shows while any of them runs, with the latest message and fraction, and its
Cancel button stops them all cooperatively.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QToolButton, QWidget

from desktop import theme
from desktop.tasks import TaskRunner


class ProgressWidget(QWidget):
    """A compact ``[message] [====    ] [x]`` strip for the status bar."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._runners: list[TaskRunner] = []
        self.label = QLabel(self)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setMinimumWidth(120)
        self.label.setMaximumWidth(420)
        self.bar = QProgressBar(self)
        self.bar.setRange(0, 1000)
        self.bar.setTextVisible(False)
        self.bar.setFixedWidth(160)
        self.bar.setAccessibleName("Progress")
        self.cancel_button = QToolButton(self)
        theme.set_icon(self.cancel_button, "cancel")
        self.cancel_button.setText("Cancel")
        self.cancel_button.setToolTip("Cancel (Esc)")
        self.cancel_button.setAccessibleName("Cancel the running task")
        self.cancel_button.clicked.connect(self.cancel)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        layout.addWidget(self.cancel_button)
        self.hide()

    @property
    def busy(self) -> bool:
        """Whether any watched task is running."""
        return any(r.busy for r in self._runners)

    def watch(self, runner: TaskRunner, title: str) -> None:
        """Show ``runner``'s progress; ``title`` is shown until its first message."""
        self._runners.append(runner)
        runner.started.connect(lambda: self._started(title))
        runner.progressed.connect(self._progressed)
        runner.finished.connect(self._finished)

    def cancel(self) -> None:
        """Ask every running task to stop."""
        for runner in self._runners:
            runner.cancel()

    def _started(self, title: str) -> None:
        self.label.setText(f"{title}…")
        self.bar.setValue(0)
        self.show()

    def _progressed(self, fraction: float, message: str) -> None:
        self.bar.setValue(round(1000 * min(max(fraction, 0.0), 1.0)))
        if message:
            # Long titles would push the bar around; elide to the label's room.
            metrics = self.label.fontMetrics()
            self.label.setText(metrics.elidedText(message, Qt.TextElideMode.ElideMiddle, 400))
            self.label.setToolTip(message)

    def _finished(self) -> None:
        if not self.busy:
            self.hide()
