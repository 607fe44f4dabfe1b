"""Render a journey map as the editor shows it, to a PNG.

Usage: python tools/screenshot_map.py PROJECT.cxd OUT.png [--journey N] [--zoom Z]
       [--size WxH] [--persona ID] [--highlights] [--select N] [--dark]

Without a display the offscreen platform is used. ``--zoom fit`` (the default) shows the
whole map; a number zooms around the top-left of the map.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("project", type=Path)
    parser.add_argument("out", type=Path)
    parser.add_argument("--journey", type=int, default=0, help="index of the journey (0: first)")
    parser.add_argument("--zoom", default="fit", help="'fit' or a factor such as 0.8")
    parser.add_argument("--size", default="1600x1000", help="window size, WxH")
    parser.add_argument("--persona", default=None, help="persona id whose values to show")
    parser.add_argument("--highlights", action="store_true",
                        help="highlight channel switches and hand-offs")
    parser.add_argument("--select", type=int, default=None,
                        help="select the touchpoint at this map index")
    parser.add_argument("--dark", action="store_true", help="dark window chrome")
    parser.add_argument("--at", type=float, default=0.0,
                        help="with a zoom factor: scroll to this fraction of the map width")
    args = parser.parse_args(argv)
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    from PySide6.QtCore import QPointF
    from PySide6.QtWidgets import QApplication

    from cxdesigner.canvas import JourneyView
    from cxdesigner.document import JourneyDocument
    from cxdesigner.io import load_project

    app = QApplication.instance() or QApplication(sys.argv[:1])
    project = load_project(args.project)
    if not project.journeys:
        print("the project has no journey", file=sys.stderr)
        return 1
    journey = project.journeys[args.journey]
    document = JourneyDocument(project, args.project)
    view = JourneyView(document, journey.id)
    width, height = (int(v) for v in args.size.lower().split("x"))
    view.resize(width, height)
    view.set_persona(args.persona)
    view.set_highlights(args.highlights, args.highlights)
    view.set_dark_chrome(args.dark)
    view.show()
    app.processEvents()
    if args.select is not None:
        ids = [tp.id for _, tp in journey.touchpoints()]
        view.select_touchpoint(ids[args.select])
    if args.zoom == "fit":
        view.fit_to_window()
    else:
        view.set_zoom(float(args.zoom))
        layout = view.map_scene.map_layout
        assert layout is not None
        visible = view.mapToScene(view.viewport().rect()).boundingRect()
        x = max(0.0, args.at * layout.width - 0) + visible.width() / 2 - 20
        view.centerOn(QPointF(x, visible.height() / 2 - 40))
    app.processEvents()
    image = view.grab()
    image.save(str(args.out))
    print(f"{args.out}: {image.width()}x{image.height()}, zoom {view.zoom():.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
