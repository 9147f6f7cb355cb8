"""Step 10 on the projector: the indicator chart and how the promises and measures stand."""

from samverka.ui.followup.projection import FollowUpProjectionView, make_projection_view

__all__ = ["FollowUpProjectionView", "make_projection_view"]
