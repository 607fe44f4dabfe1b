"""The indicator panel: NPS, CSAT and CES with their n, answers typed or imported, the
barometer, and indicator chips on the map's cards."""

from cxdesigner.ui.indicators.install import install_indicators

__all__ = ["install_indicators"]
