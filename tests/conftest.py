"""Shared fixtures: the demo case, the real data folder, and the stress switch."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
SHARED_DATA = ROOT.parent / "shared" / "data"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--run-stress", action="store_true", help="run the long stress tests")
    parser.addoption("--screenshots", action="store_true", help="save window screenshots under Xvfb")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if config.getoption("--run-stress"):
        return
    skip = pytest.mark.skip(reason="stress test: run with make stress")
    for item in items:
        if "stress" in item.keywords:
            item.add_marker(skip)


@pytest.fixture(autouse=True)
def _private_parallax_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Keep every test's settings, autosaves and backups out of the real home folder."""
    monkeypatch.setenv("PARALLAX_HOME", str(tmp_path_factory.mktemp("parallax_home")))


@pytest.fixture(scope="session")
def sample_paths() -> list[Path]:
    """The bundled demo articles."""
    import resources

    return resources.samples()


@pytest.fixture(scope="session")
def shared_data() -> Path:
    """The real evaluation data beside the repo; skips when absent."""
    if not SHARED_DATA.is_dir():
        pytest.skip("../shared/data is absent")
    return SHARED_DATA
