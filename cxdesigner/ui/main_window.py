"""The main window: journeys as tabs, the inspector and people docks, menus and status."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import (
    QCloseEvent,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QKeySequence,
    QShowEvent,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDockWidget,
    QLabel,
    QMainWindow,
    QUndoView,
    QWidget,
)
from typing_extensions import override

from cxdesigner import __version__
from cxdesigner.document import JourneyDocument
from cxdesigner.io import PROJECT_SUFFIX
from cxdesigner.model import Project
from cxdesigner.ui.accessibility import name_shown_controls, watch_accessible_names
from cxdesigner.ui.action_plan import install_action_plan, install_point_values
from cxdesigner.ui.actions import EditorActions
from cxdesigner.ui.backstage import install_backstage
from cxdesigner.ui.benchmark import install_benchmark
from cxdesigner.ui.comparison import install_comparison
from cxdesigner.ui.export_menu import install_export
from cxdesigner.ui.file_banner import install_lock_banner
from cxdesigner.ui.file_controller import FileController
from cxdesigner.ui.i18n import translate
from cxdesigner.ui.icons import application_icon, themed_icon
from cxdesigner.ui.indicators import install_indicators
from cxdesigner.ui.inspector import InspectorDock
from cxdesigner.ui.journey_controller import JourneyController
from cxdesigner.ui.journey_tabs import JourneyTabs
from cxdesigner.ui.map_link import link_maps
from cxdesigner.ui.menus import Menus, build_toolbar
from cxdesigner.ui.numbers import format_number
from cxdesigner.ui.office_export import install_office_exports
from cxdesigner.ui.outline import install_outline
from cxdesigner.ui.pain_points import install_pain_points
from cxdesigner.ui.panel_context import PanelContext
from cxdesigner.ui.personas import install_persona_editor
from cxdesigner.ui.personas_dock import PeopleDock
from cxdesigner.ui.presentation import install_presentation
from cxdesigner.ui.prompts import Prompts
from cxdesigner.ui.recovery import RecoverySession
from cxdesigner.ui.segments import install_segments
from cxdesigner.ui.spreadsheet_import import install_spreadsheet_import
from cxdesigner.ui.target_journey import install_target_journey
from cxdesigner.ui.template_library import TemplateLibraryController
from cxdesigner.ui.theme import icon_colours
from cxdesigner.ui.versions import install_versions
from cxdesigner.ui.view_bridge import ViewBridge
from cxdesigner.ui.voice import install_voice
from cxdesigner.ui.wall_import import install_wall
from cxdesigner.ui.workshop import install_workshop_panels

if TYPE_CHECKING:
    from cxdesigner.ui.windows import WindowManager


def project_files(event: QDropEvent) -> list[Path]:
    """The local project files dragged onto the window."""
    data = event.mimeData()
    if data is None or not data.hasUrls():
        return []
    paths = [Path(url.toLocalFile()) for url in data.urls() if url.isLocalFile()]
    return [path for path in paths if path.suffix.lower() == PROJECT_SUFFIX]


_EDITING_EVENTS = frozenset({
    QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease,
    QEvent.Type.MouseButtonDblClick, QEvent.Type.MouseMove, QEvent.Type.ContextMenu,
    QEvent.Type.DragEnter, QEvent.Type.DragMove, QEvent.Type.Drop})
"""What a map in a read-only window does not receive (the wheel still scrolls and zooms;
no picture is dropped on a card)."""


class MainWindow(QMainWindow):
    """One project being edited (or, read-only, one shown for comparison)."""

    def __init__(self, manager: WindowManager, project: Project, read_only: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.manager = manager
        self.read_only = read_only
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowIcon(application_icon())
        self.setAcceptDrops(not read_only)
        self.setDockNestingEnabled(True)
        self.document = JourneyDocument(project, None, parent=self)
        self.prompts = Prompts(self)
        preferences = manager.preferences
        self.recovery = RecoverySession(self.document, manager.store,
                                        preferences.autosave_seconds, self)
        self.files = FileController(self.document, self.prompts, preferences, self.recovery,
                                    manager.language, self)
        self.tabs = JourneyTabs(self.document, self)
        self.setCentralWidget(self.tabs)
        self.context = PanelContext(self.document, self, prompts=self.prompts,
                                    preferences=preferences, language=manager.language,
                                    read_only=read_only)
        """What the panels of this window are given."""
        link_maps(self.context, self.tabs)
        self.context.message_posted.connect(self.statusBar().showMessage)
        self.inspector = InspectorDock(self.document, self)
        self.inspector.journey_requested.connect(self.context.journey_requested)
        self.inspector.told.connect(lambda text: self.statusBar().showMessage(text, 5000))
        self.people = PeopleDock(self.document, self.prompts, self, self.context.journey_id)
        self.history = QDockWidget(translate("MainWindow", "Undo History"), self)
        self.history.setObjectName("historyDock")
        undo_view = QUndoView(self.document.undo_stack, self.history)
        undo_view.setEmptyLabel(translate("MainWindow", "Project as opened"))
        self.history.setWidget(undo_view)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.inspector)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.people)
        self.tabifyDockWidget(self.inspector, self.people)
        self.inspector.raise_()
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.history)
        self.history.hide()

        self._shortcut_sheet: QDialog | None = None
        self.editor_actions = EditorActions(self)
        self._make_undo_actions(self.document.undo_stack)
        self.menus = Menus(self, self.editor_actions)
        for dock in (self.inspector, self.people, self.history):
            self.menus.panels.addAction(dock.toggleViewAction())
        self.persona_combo = QComboBox(self)
        self.persona_combo.setMinimumContentsLength(18)
        self.persona_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.toolbar = build_toolbar(self, self.editor_actions, self.persona_combo)
        self.views = ViewBridge(self)
        self.journeys = JourneyController(self)
        self.template_library = TemplateLibraryController(self)
        actions = self.editor_actions
        undo = (actions.undo, actions.redo) if actions.undo and actions.redo else None
        self.persona_tools = install_persona_editor(self.context, self.menus, undo)
        self.people.open_persona_editor.connect(self.persona_tools.open_editor)
        self.persona_combo.currentIndexChanged.connect(
            lambda _i: self.persona_tools.repaint_curves())
        rename = actions.rename_journey
        self.target_journeys = install_target_journey(self.context, self.menus.journey, rename)
        self.comparisons = install_comparison(self.context, self.menus.journey, rename)
        self.voice = install_voice(self, self.context, self.menus.panels)
        self.pain_points = install_pain_points(self, self.context, self.menus.panels)
        self.backstage = install_backstage(self, self.context, self.menus.panels)
        self.action_plan = install_action_plan(self, self.context, self.menus.panels,
                                               self.menus.export_menu)
        self.point_values = install_point_values(self, self.context, self.menus.panels)
        self.indicators = install_indicators(self, self.context, self.menus.panels,
                                             self.menus.import_menu)
        self.segments = install_segments(self, self.context, self.menus.panels,
                                         self.menus.import_menu)
        self.benchmark = install_benchmark(self, self.context, self.menus.panels,
                                           self.menus.import_menu)
        self.parking_lot = install_workshop_panels(self, self.context, self.menus.panels)
        self.outline = install_outline(self, self.context, self.menus.panels)
        self.exports = install_export(self.context, self.menus.export_menu)
        self.office_exports = install_office_exports(self.context, self.menus.export_menu)
        self.spreadsheet_import = install_spreadsheet_import(self.context,
                                                             self.menus.import_menu)
        self.wall = install_wall(self.context, self.menus.import_menu, self.menus.export_menu)
        self.versions = install_versions(self, self.context, self.menus.file, self.menus.panels,
                                         self.menus.import_menu.menuAction())
        self.presentation = install_presentation(self.context, self.menus.view,
                                                 actions.fit_to_window)
        self.lock_banner = install_lock_banner(self)

        self.zoom_label = QLabel(self)
        self.count_label = QLabel(self)
        for label in (self.count_label, self.zoom_label):
            label.setContentsMargins(8, 0, 8, 0)
            self.statusBar().addPermanentWidget(label)
        self.recovery.failed.connect(self._on_recovery_failed)
        self._connect_file_actions()
        self.document.undo_stack.cleanChanged.connect(self._update_title)
        self.versions.conflicts_changed.connect(lambda _count: self._update_title())
        self.document.path_changed.connect(self._update_title)
        self.document.structure_changed.connect(lambda _j: self.update_count())
        self.document.project_replaced.connect(self.update_count)
        self.files.replacing.connect(self.tabs.rebuild)
        self.files.recent_changed.connect(self.manager.refresh_recent_menus)
        self.menus.recent.aboutToShow.connect(self.refresh_recent_menu)
        self.views.refresh()
        self._update_title()
        self.update_count()
        if read_only:
            self._make_read_only()

    def _make_undo_actions(self, stack: QUndoStack) -> None:
        # Qt's own translations name them ("Undo %1", "Annuler %1").
        undo = stack.createUndoAction(self)
        redo = stack.createRedoAction(self)
        undo.setShortcuts(QKeySequence.keyBindings(QKeySequence.StandardKey.Undo))
        redo.setShortcuts(QKeySequence.keyBindings(QKeySequence.StandardKey.Redo))
        self.editor_actions.undo, self.editor_actions.redo = undo, redo

    def _connect_file_actions(self) -> None:
        actions = self.editor_actions
        actions.new_project.triggered.connect(self.journeys.new_project)
        actions.open.triggered.connect(self.files.open_dialog)
        actions.save.triggered.connect(self.files.save)
        actions.save_as.triggered.connect(self.files.save_as)
        actions.recover.triggered.connect(lambda: self.manager.offer_recovery(self, True))
        actions.clear_recent.triggered.connect(self._clear_recent)
        actions.preferences.triggered.connect(lambda: self.manager.edit_preferences(self))
        actions.close_window.triggered.connect(self.close)
        actions.quit.triggered.connect(self.manager.quit)
        actions.about.triggered.connect(self._about)
        actions.keyboard_shortcuts.triggered.connect(self.show_shortcuts)
        actions.theme_light.triggered.connect(lambda: self.manager.set_theme("light"))
        actions.theme_dark.triggered.connect(lambda: self.manager.set_theme("dark"))

    # ------------------------------------------------------------------ look

    def apply_theme(self, theme: str) -> None:
        """Icons and the map's surroundings follow the window theme."""
        actions = self.editor_actions
        (actions.theme_dark if theme == "dark" else actions.theme_light).setChecked(True)
        colour, disabled = icon_colours(theme)
        actions.set_icons(colour, disabled)
        if actions.undo is not None and actions.redo is not None:
            actions.undo.setIcon(themed_icon("undo", colour, disabled))
            actions.redo.setIcon(themed_icon("redo", colour, disabled))
        self.views.set_dark(theme == "dark")

    def _update_title(self) -> None:
        name = self.files.display_name()
        if self.read_only:
            name = translate("MainWindow", "%1 (on disk, read-only)").replace("%1", name)
        conflicts = len(self.document.project.conflicts)
        if conflicts:
            name = translate("MainWindow", "%1 (merge conflicts: %2)").replace(
                "%1", name).replace("%2", str(conflicts))
        self.setWindowTitle(translate("MainWindow", "%1[*] — CX Designer").replace("%1", name))
        self.setWindowModified(self.files.is_modified() and not self.read_only)

    def update_count(self) -> None:
        journey = self.context.journey()
        # Counted by stage: an add or a removal recounts the stages, not every card.
        count = sum(len(stage.touchpoints) for stage in journey.stages) \
            if journey is not None else 0
        self.count_label.setText(translate("MainWindow", "Touchpoints: %1").replace(
            "%1", str(count)))

    def show_zoom(self, factor: float) -> None:
        percent = factor * 100
        # A whole long map fitted to the window is well under 1 %: keep a figure that says so.
        shown = format_number(percent, 0 if percent >= 10 else 2 if percent < 1 else 1)
        self.zoom_label.setText(translate("MainWindow", "Zoom: %1 %").replace("%1", shown))

    def _on_recovery_failed(self, message: str) -> None:
        self.statusBar().showMessage(translate(
            "MainWindow", "The recovery copy could not be written: %1").replace("%1", message),
            10000)

    def _make_read_only(self) -> None:
        for action in self.editor_actions.editing():
            action.setEnabled(False)
        for undo_redo in (self.editor_actions.undo, self.editor_actions.redo):
            if undo_redo is not None:
                undo_redo.setVisible(False)
        self.inspector.setEnabled(False)
        self.people.setEnabled(False)
        self.menus.recent.setEnabled(False)
        self.menus.templates.setEnabled(False)
        self.views.read_only = True
        self.views.refresh()

    def is_pristine(self) -> bool:
        """An untouched, never saved project: another one may take its place silently."""
        return (not self.read_only and self.document.path is None
                and self.document.undo_stack.isClean() and self.document.undo_stack.count() == 0)

    # ------------------------------------------------------------------ recent files

    def refresh_recent_menu(self) -> None:
        menu = self.menus.recent
        menu.clear()
        paths = self.manager.preferences.recent_files()
        for number, path in enumerate(paths, start=1):
            action = menu.addAction(f"&{number % 10}  {path.name}")
            action.setToolTip(str(path))
            action.setStatusTip(str(path))
            action.triggered.connect(lambda _c=False, p=path: self.files.open_path(p))
        if paths:
            menu.addSeparator()
        menu.addAction(self.editor_actions.clear_recent)
        self.editor_actions.clear_recent.setEnabled(bool(paths))

    def _clear_recent(self) -> None:
        self.manager.preferences.clear_recent_files()
        self.manager.refresh_recent_menus()

    # ------------------------------------------------------------------ events

    def _accept_files(self, event: QDragMoveEvent) -> None:
        if not self.read_only and project_files(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    @override
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        self._accept_files(event)

    @override
    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        self._accept_files(event)

    @override
    def dropEvent(self, event: QDropEvent) -> None:
        files = project_files(event)
        if self.read_only or not files:
            event.ignore()
            return
        event.acceptProposedAction()
        self.files.open_path(files[0])

    @override
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Project files dropped on a map open here; a read-only map takes no edits."""
        if self.read_only and event.type() in _EDITING_EVENTS:
            return True
        if isinstance(event, QDropEvent) and project_files(event):
            if isinstance(event, QDragMoveEvent):  # an enter event is a move event too
                self._accept_files(event)
            else:
                self.dropEvent(event)
            return True
        return super().eventFilter(watched, event)

    @override
    def setVisible(self, visible: bool) -> None:
        layout = self.layout()
        if visible and self.windowHandle() is None and layout is not None:
            # The layout gives the window its minimum size; given before the system window
            # exists, that size goes with it rather than being sent after (which some
            # platforms, such as offscreen, do not support and say so).
            layout.activate()
        super().setVisible(visible)

    @override
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # The application's watcher names controls as they are shown; it starts with the
        # first window shown, not before it is built: it sees every event of the
        # application, and building a window sends thousands.
        name_shown_controls(self)
        watch_accessible_names(QApplication.instance())  # type: ignore[arg-type]

    @override
    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.read_only and not self.files.maybe_save():
            event.ignore()
            return
        self.recovery.close()
        self.files.close()
        self.manager.window_closing(self)
        event.accept()

    def show_shortcuts(self) -> QDialog:
        """Help ▸ Keyboard Shortcuts (F1): the sheet of keys, beside the window."""
        if self._shortcut_sheet is None:
            from cxdesigner.ui.shortcut_sheet import ShortcutSheet

            self._shortcut_sheet = ShortcutSheet(self)
        self._shortcut_sheet.show()
        self._shortcut_sheet.raise_()
        self._shortcut_sheet.activateWindow()
        return self._shortcut_sheet

    def _about(self) -> None:
        self.prompts.about(
            translate("MainWindow", "About CX Designer"),
            translate("MainWindow",
                      "<h3>CX Designer %1</h3><p>Customer-journey maps for workshops and "
                      "service design, entirely offline: personas, current and target "
                      "journeys, moments of truth, emotion curve, verbatims, pain points and "
                      "print-ready wall maps.</p><p>Text set in Noto Sans (SIL Open Font "
                      "License 1.1).</p>").replace("%1", __version__))
