"""The timer's logic with an injected clock: counting, colour states, overtime, presets and ±1 minute."""

from __future__ import annotations

from samverka.ui.presenter.countdown import Countdown


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_counts_down_through_the_colour_states_into_overtime() -> None:
    clock = FakeClock()
    timer = Countdown(120, clock)
    assert (timer.text(), timer.phase(), timer.touched) == ("2:00", "normal", False)
    timer.start()
    clock.now += 59.5
    assert (timer.text(), timer.phase()) == ("1:01", "normal")
    clock.now += 1
    assert (timer.text(), timer.phase()) == ("1:00", "last_minute")
    clock.now += 50
    assert (timer.text(), timer.phase()) == ("0:10", "last_seconds")
    clock.now += 9.5
    assert timer.text() == "0:00"
    # Nothing happens at zero: it keeps counting, now as overtime.
    clock.now += 42.5
    assert (timer.text(), timer.phase(), timer.running) == ("+0:42", "overtime", True)


def test_pause_add_and_remove_minutes() -> None:
    clock = FakeClock()
    timer = Countdown(300, clock)
    timer.toggle()
    clock.now += 100
    timer.toggle()
    clock.now += 500  # paused: no time passes
    assert timer.text() == "3:20" and not timer.running and timer.touched
    timer.add(60)
    assert timer.text() == "4:20"
    timer.add(-600)
    assert timer.duration == 1
    timer.reset(600)
    assert (timer.text(), timer.touched) == ("10:00", False)
