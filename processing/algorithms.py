"""The ClearSKY Processing algorithms, one family per module: one area (``composite_algorithms``),
large areas in grid cells (``cell_algorithms``), orders (``order_algorithms``) and watched areas
(``watch_algorithms``)."""

from __future__ import annotations

from .cell_algorithms import DownloadTilesAlgorithm, ProposeCellsAlgorithm, SearchTilesAlgorithm
from .composite_algorithms import (
    AvailabilityAlgorithm,
    AvailableDatesAlgorithm,
    DownloadCompositeAlgorithm,
    EstimateAlgorithm,
)
from .order_algorithms import EstimateOrderAlgorithm, PlaceOrderAlgorithm
from .watch_algorithms import NewDatesAlgorithm

ALGORITHMS = [
    AvailabilityAlgorithm,
    AvailableDatesAlgorithm,
    EstimateAlgorithm,
    DownloadCompositeAlgorithm,
    SearchTilesAlgorithm,
    ProposeCellsAlgorithm,
    DownloadTilesAlgorithm,
    EstimateOrderAlgorithm,
    PlaceOrderAlgorithm,
    NewDatesAlgorithm,
]
