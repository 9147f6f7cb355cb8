"""When a survey value rests on too few answers to be read with confidence."""

from __future__ import annotations

# domain.md (d): cells with fewer than 30 respondents are flagged as uncertain (a common convention).
UNCERTAIN_BELOW = 30


def is_uncertain(n_respondents: int | None) -> bool:
    """True when the number of respondents is known and below 30; unknown n is not flagged."""
    return n_respondents is not None and n_respondents < UNCERTAIN_BELOW
