"""Folding text for comparison: case, accents and spacing are ignored."""

import pytest

from cxdesigner.analysis import fold


@pytest.mark.parametrize(("text", "folded"), [
    ("Étape", "etape"),
    ("  Appel   au\tSUPPORT ", "appel au support"),
    ("Point\u00a0de contact", "point de contact"),  # a non-breaking space from a spreadsheet
    ("Criticité très sensible", "criticite tres sensible"),
    ("Straße", "strasse"),
    ("", ""),
])
def test_fold(text: str, folded: str) -> None:
    assert fold(text) == folded
