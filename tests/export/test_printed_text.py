"""The smallest text of each part of a page, followed as the canvas prints."""

from __future__ import annotations

import math
import random

from cxdesigner.export.legibility import PrintedText, TextMeasure


def test_each_measure_keeps_the_smallest_text_drawn_while_it_measured() -> None:
    randomly = random.Random(7)
    for _ in range(200):
        texts = PrintedText()
        shared = TextMeasure()
        seen: dict[int, list[float]] = {id(shared): []}
        measures = [shared]

        def draw(count: int, open_measures: list[TextMeasure], texts: PrintedText = texts,
                 seen: dict[int, list[float]] = seen) -> None:
            for _ in range(count):
                size = randomly.choice([4.0, 5.5, 6.0, 6.0, 8.0, 12.0, math.inf])
                texts.noted(size)
                for measure in open_measures:
                    seen[id(measure)].append(size)

        draw(3, [])  # nothing measures: nothing counts
        with texts.measuring(shared):
            draw(randomly.randrange(4), [shared])
            with texts.measuring() as inner:
                seen[id(inner)] = []
                measures.append(inner)
                draw(randomly.randrange(4), [shared, inner])
            draw(randomly.randrange(4), [shared])
        draw(2, [])
        with texts.measuring(shared):  # measured again later, from what it already holds
            draw(randomly.randrange(3), [shared])
        for measure in measures:
            assert measure.smallest == min(seen[id(measure)], default=math.inf)


def test_a_placed_form_counts_its_smallest_text_where_it_lands() -> None:
    texts = PrintedText()
    texts.form_drawn("words", 5.0)
    texts.form_drawn("shape", math.inf)
    with texts.measuring() as page:
        texts.form_placed("shape")
        assert page.smallest == math.inf
        texts.noted(7.0)
        texts.form_placed("words")
    assert page.smallest == 5.0
