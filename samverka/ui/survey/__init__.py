"""The safety-survey part of the Lägesbild step: panel, import dialogs, projection view and heat map.

Nothing here imports pyqtgraph until a chart is built.
"""

from __future__ import annotations

from samverka.ui.survey.heatmap_widget import ObservationHeatmap
from samverka.ui.survey.panel import SurveyPanel
from samverka.ui.survey.projection import SurveyProjectionView, make_projection_view

__all__ = ["ObservationHeatmap", "SurveyPanel", "SurveyProjectionView", "make_projection_view"]
