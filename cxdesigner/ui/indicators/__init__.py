"""The indicator panel: NPS, CSAT and CES with their n, answers typed or imported, the
barometer, and indicator chips on the map's cards."""

from cxdesigner.ui.indicators.dock import IndicatorsDock, install_indicators

__all__ = ["IndicatorsDock", "install_indicators"]
