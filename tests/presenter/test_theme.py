"""Projection theme: every text colour pair at 7:1 or better, no red/green, type at least 28 px on 1080 lines."""

from __future__ import annotations

import pytest

from samverka.ui.presenter import theme


@pytest.mark.parametrize(("foreground", "background"), theme.TEXT_PAIRS)
def test_contrast_is_at_least_seven_to_one(foreground: str, background: str) -> None:
    assert theme.contrast(foreground, background) >= 7.0


def test_contrast_formula() -> None:
    assert theme.contrast("#000000", "#FFFFFF") == pytest.approx(21.0)
    assert theme.contrast("#777777", "#777777") == pytest.approx(1.0)
    assert theme.is_red_or_green("#FF0000") and theme.is_red_or_green("#00A000")


def test_no_red_or_green_anywhere() -> None:
    colours = {colour for pair in theme.TEXT_PAIRS for colour in pair} | {theme.BAR, theme.ACCENT, theme.CARD}
    assert not [colour for colour in colours if theme.is_red_or_green(colour)]


def test_timer_states_differ_in_lightness_not_only_hue() -> None:
    backgrounds = [theme.luminance(bg) for _, bg in theme.TIMER_COLOURS.values()]
    # The last ten seconds and the overtime are solid light badges on the dark screen.
    assert backgrounds[2] > 0.3 and backgrounds[3] > 0.3 and backgrounds[0] < 0.05


def test_type_sizes_scale_with_the_screen() -> None:
    full_hd = theme.sizes(1080)
    assert min(full_hd.detail, full_hd.body, full_hd.question, full_hd.heading) >= 28
    assert theme.sizes(2160).body == 2 * full_hd.body
    assert theme.sizes(540).body < full_hd.body
