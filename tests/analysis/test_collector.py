"""The shared collector pause: whoever closes last turns the collector back on."""

from __future__ import annotations

import gc

from analysis import collector


def test_overlapping_pauses_resume_only_at_the_last() -> None:
    assert gc.isenabled()
    collector.pause()  # an analysis on a thread
    with collector.paused():  # the window unpickling a result meanwhile
        assert not gc.isenabled()
    assert not gc.isenabled(), "the analysis is still running: its pause holds"
    collector.resume()
    assert gc.isenabled()


def test_a_collector_that_was_off_stays_off() -> None:
    gc.disable()
    try:
        with collector.paused():
            assert not gc.isenabled()
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_resumed_when_the_body_raises() -> None:
    try:
        with collector.paused():
            raise ValueError("cancelled")
    except ValueError:
        pass
    assert gc.isenabled()
