"""The template library in the editor: choosing, saving, sharing and importing templates."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTreeWidgetItem
from pytestqt.qtbot import QtBot
from ui_support import WindowFactory, small_project

from cxdesigner.io import load_project
from cxdesigner.io.project_file import save_project
from cxdesigner.io.templates import (
    bundled_template,
    bundled_templates,
    export_template,
    read_template,
    save_user_template,
)
from cxdesigner.model import Journey, JourneyKind, Project
from cxdesigner.model.journey_template import template_from_journey
from cxdesigner.ui.dialogs import JourneyDialog, NewProjectDialog
from cxdesigner.ui.i18n import LanguageInstaller
from cxdesigner.ui.main_window import MainWindow
from cxdesigner.ui.project_factory import new_project
from cxdesigner.ui.prompts import Prompts
from cxdesigner.ui.template_chooser import TemplateChooser
from cxdesigner.ui.template_library import TemplateDetailsDialog


@pytest.fixture
def french() -> Iterator[LanguageInstaller]:
    installer = LanguageInstaller()
    assert installer.install("fr")
    yield installer
    installer.remove()


def _click_template(qtbot: QtBot, chooser: TemplateChooser, item: QTreeWidgetItem) -> None:
    chooser.tree.scrollToItem(item)
    rect = chooser.tree.visualItemRect(item)
    qtbot.mouseClick(chooser.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert chooser.tree.currentItem() is item


def _find(chooser: TemplateChooser, text: str) -> QTreeWidgetItem:
    found = chooser.tree.findItems(text, Qt.MatchFlag.MatchExactly | Qt.MatchFlag.MatchRecursive)
    assert len(found) == 1, [chooser.tree.topLevelItem(i).text(0)  # type: ignore[union-attr]
                             for i in range(chooser.tree.topLevelItemCount())]
    return found[0]


def _click_ok(qtbot: QtBot, dialog: QDialog) -> None:
    box = dialog.findChild(QDialogButtonBox)
    assert box is not None
    ok = box.button(QDialogButtonBox.StandardButton.Ok)
    assert ok is not None and ok.isEnabled()
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)


def _drive(monkeypatch: pytest.MonkeyPatch, qtbot: QtBot, *steps: object) -> None:
    """Replace the modal run of dialogs: each dialog in turn is shown and driven by a step."""
    pending = list(steps)

    def run(self: Prompts, dialog: QDialog) -> bool:
        dialog.show()
        qtbot.waitExposed(dialog)
        pending.pop(0)(dialog)  # type: ignore[operator]
        dialog.hide()
        return dialog.result() == QDialog.DialogCode.Accepted

    monkeypatch.setattr(Prompts, "run", run)


def _shape(journey: Journey) -> tuple[object, ...]:
    """What a template keeps of a journey, without ids."""
    names = {stage.id: stage.name for stage in journey.stages}
    return ([(s.name, s.description) for s in journey.stages], journey.lanes,
            journey.show_blueprint,
            [(i.layer, i.title, i.owner, names[i.stage_id]) for i in journey.blueprint])


def test_the_new_project_dialog_offers_templates_by_sector_with_a_preview(
        qtbot: QtBot, tmp_path: Path) -> None:
    dialog = NewProjectDialog("en", tmp_path / "templates")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    chooser = dialog.templates
    sectors = [chooser.tree.topLevelItem(i).text(0)  # type: ignore[union-attr]
               for i in range(chooser.tree.topLevelItemCount())]
    assert sectors == ["General", "Retail", "Telecoms", "Banking", "Insurance",
                       "Public service", "B2B software", "Hospitality", "Healthcare",
                       "Empty (no stages)"]
    _click_template(qtbot, chooser, _find(chooser, "Healthcare appointment"))
    preview = chooser.preview.text()
    assert "Book, be seen" in preview
    assert "Stages: Need for care → Booking → Arrival → Consultation → Results and follow-up" \
        in preview and "Interlocutors: Medical secretary" in preview

    # A sector is not a template: OK waits for one.
    _click_template(qtbot, chooser, _find(chooser, "Healthcare"))
    box = dialog.findChild(QDialogButtonBox)
    assert box is not None and not box.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    assert chooser.preview.text() == "Choose a template in this sector."

    # The content in French: the preview shows the stages the project will have.
    _click_template(qtbot, chooser, _find(chooser, "Insurance claim"))
    dialog.language.setFocus()
    qtbot.keyClick(dialog.language, Qt.Key.Key_Up)
    assert dialog.chosen_language() == "fr"
    assert "Sinistre → Déclaration → Expertise" in chooser.preview.text()
    assert chooser.template() == bundled_template("insurance/claim", "fr")
    _click_ok(qtbot, dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_the_templates_are_named_in_the_interface_language(
        french: LanguageInstaller, qtbot: QtBot, tmp_path: Path) -> None:
    dialog = JourneyDialog("en", [], True, tmp_path / "templates")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    chooser = dialog.templates
    _click_template(qtbot, chooser, _find(chooser, "Rendez-vous médical"))
    assert _find(chooser, "Santé").childCount() == 1
    # Named in French, the stages in the project's language (English here).
    assert "Prendre rendez-vous" in chooser.preview.text()
    assert "Étapes\u00a0: Need for care → Booking" in chooser.preview.text()


@pytest.mark.parametrize("language", ["fr", "en"])
def test_a_new_project_from_each_template(language: str, tmp_path: Path) -> None:
    for template in bundled_templates(language):
        project = new_project("Atelier", language, template.project)
        journey = project.journeys[0]
        assert _shape(journey) == _shape(template.project.journeys[0])
        assert journey.name == ("Parcours actuel" if language == "fr" else "Current journey")
        channels = {c.name for c in project.channels}
        assert {c.name for c in template.project.channels} <= channels
        assert len(channels) == len(project.channels)  # each channel once
        assert [p.name for p in project.interlocutors] == \
            [p.name for p in template.project.interlocutors]
        path = tmp_path / f"{template.key.replace('/', '-')}.{language}.cxd"
        save_project(project, path)
        assert load_project(path) == project


def test_new_project_from_a_template_through_the_window(
        window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    def choose(dialog: QDialog) -> None:
        assert isinstance(dialog, NewProjectDialog)
        dialog.title.selectAll()
        qtbot.keyClicks(dialog.title, "Hotel du port")
        _click_template(qtbot, dialog.templates, _find(dialog.templates, "Hotel stay"))
        _click_ok(qtbot, dialog)

    _drive(monkeypatch, qtbot, choose)
    window.editor_actions.new_project.trigger()
    project = window.document.project
    assert project.title == "Hotel du port"
    assert _shape(project.journeys[0]) == _shape(
        bundled_template("hospitality/hotel_stay", "en").project.journeys[0])
    assert "Receptionist" in [p.name for p in project.interlocutors]
    assert window.tabs.current_journey_id() == project.journeys[0].id


def test_a_new_project_from_my_template_names_its_journey_as_the_template_does(
        window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    banking = new_project("Banque", "fr", bundled_template("banking/account_opening", "fr").project)
    save_user_template(template_from_journey(banking, banking.journeys[0].id, "Ouverture agence"),
                       window.manager.templates_folder)

    def choose(dialog: QDialog) -> None:
        assert isinstance(dialog, NewProjectDialog)
        _click_template(qtbot, dialog.templates,
                        _find(dialog.templates, "My templates").child(0))  # type: ignore[arg-type]
        _click_ok(qtbot, dialog)

    def choose_blank(dialog: QDialog) -> None:
        assert isinstance(dialog, NewProjectDialog)
        dialog.language.setCurrentIndex(dialog.language.findData("fr"))
        _click_template(qtbot, dialog.templates, _find(dialog.templates, "Empty (no stages)"))
        _click_ok(qtbot, dialog)

    _drive(monkeypatch, qtbot, choose, choose_blank)
    window.editor_actions.new_project.trigger()
    journey = window.document.project.journeys[0]
    assert (journey.name, journey.kind) == ("Ouverture agence", JourneyKind.CURRENT)
    assert [s.name for s in journey.stages] == [s.name for s in banking.journeys[0].stages]
    window.document.undo_stack.setClean()
    window.editor_actions.new_project.trigger()  # no template: the default, in its language
    assert [j.name for j in window.document.project.journeys] == ["Parcours actuel"]


def test_save_a_journey_as_template_and_start_a_new_journey_from_it(
        make_window: WindowFactory, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    window = make_window(project=new_project(
        "Banque", "fr", bundled_template("banking/account_opening", "fr").project))
    manager = window.manager
    original = window.document.project.journeys[0]

    def name_it(dialog: QDialog) -> None:
        assert isinstance(dialog, TemplateDetailsDialog)
        dialog.name.selectAll()
        qtbot.keyClicks(dialog.name, "Ouverture agence")
        qtbot.keyClicks(dialog.description, "Notre parcours type en agence")
        _click_ok(qtbot, dialog)

    def use_it(dialog: QDialog) -> None:
        assert isinstance(dialog, JourneyDialog)
        dialog.name.selectAll()
        qtbot.keyClicks(dialog.name, "Agence de Lyon")
        mine = _find(dialog.templates, "My templates")
        assert mine.childCount() == 1
        _click_template(qtbot, dialog.templates, mine.child(0))  # type: ignore[arg-type]
        assert "Notre parcours type en agence" in dialog.templates.preview.text()
        _click_ok(qtbot, dialog)

    _drive(monkeypatch, qtbot, name_it, use_it)
    window.editor_actions.save_journey_template.trigger()
    saved = list(manager.templates_folder.iterdir())
    assert [p.name for p in saved] == ["ouverture-agence.cxd"]
    template = read_template(saved[0])
    assert (template.title, template.description) == (
        "Ouverture agence", "Notre parcours type en agence")

    document = window.document
    before = document.project
    window.editor_actions.new_journey_from_template.trigger()
    after = document.project
    journey = after.journeys[-1]
    assert journey.name == "Agence de Lyon"
    assert _shape(journey) == _shape(original)
    assert {s.id for s in journey.stages}.isdisjoint(s.id for s in original.stages)
    assert window.tabs.current_journey_id() == journey.id
    # Nothing new to add but the journey (same channels and people): one undo step.
    assert (after.channels, after.interlocutors) == (before.channels, before.interlocutors)
    document.undo_stack.undo()
    assert document.project == before
    document.undo_stack.redo()
    assert document.project == after


def test_undo_a_new_journey_that_brought_its_channels(
        make_window: WindowFactory, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    window = make_window(project=small_project())
    document = window.document
    before = document.project

    def choose(dialog: QDialog) -> None:
        assert isinstance(dialog, JourneyDialog)
        _click_template(qtbot, dialog.templates, _find(dialog.templates, "Telecom support"))
        _click_ok(qtbot, dialog)

    _drive(monkeypatch, qtbot, choose)
    window.editor_actions.new_journey_from_template.trigger()
    after = document.project
    journey = after.journeys[-1]
    # The project is French: the journey speaks French whatever the interface.
    assert journey.stages[0].name == "Panne constatée" and journey.kind is JourneyKind.CURRENT
    assert "Technicien" in [p.name for p in after.interlocutors]
    assert [c.name for c in after.channels].count("Téléphone") == 1
    assert document.undo_stack.undoText() == "Add journey"
    document.undo_stack.undo()
    assert document.project == before
    assert journey.id not in {view.journey_id for view in window.tabs.views()}
    document.undo_stack.redo()
    assert document.project == after


def test_export_a_journey_as_a_template_file(
        make_window: WindowFactory, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch,
        tmp_path: Path) -> None:
    window = make_window(project=small_project())
    target = tmp_path / "shared" / "atelier"
    target.parent.mkdir()

    def name_it(dialog: QDialog) -> None:
        _click_ok(qtbot, dialog)

    _drive(monkeypatch, qtbot, name_it)
    asked: list[Path] = []
    monkeypatch.setattr(Prompts, "template_save_path",
                        lambda self, suggested: asked.append(suggested) or
                        target.with_suffix(".cxd"))
    window.editor_actions.export_journey_template.trigger()
    assert asked[0].name == "Parcours actuel.cxd"
    template = read_template(target.with_suffix(".cxd"))
    assert template.title == "Parcours actuel"
    assert [c.name for c in template.channels] == ["Site web", "Téléphone"]
    assert not window.manager.templates_folder.exists()  # shared, not kept


def test_import_a_template_file_and_refuse_a_broken_one(
        window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    good = tmp_path / "good.cxd"
    export_template(bundled_template("retail/purchase", "fr").project, good)
    broken = tmp_path / "broken.cxd"
    broken.write_text('{"format": "cxdesigner-project", "format_version": 6, "title": "x",'
                      ' "journeys": [{"name": "a"}, {"name": "b"}]}', encoding="utf-8")
    chosen = [good, broken]
    monkeypatch.setattr(Prompts, "template_open_path", lambda self: chosen.pop(0))
    told: list[tuple[str, str]] = []
    monkeypatch.setattr(Prompts, "inform", lambda self, title, text: told.append((title, text)))
    errors: list[tuple[str, str, str]] = []
    monkeypatch.setattr(Prompts, "show_error",
                        lambda self, title, text, details="": errors.append((title, text, details)))

    window.editor_actions.import_template.trigger()
    folder = window.manager.templates_folder
    assert [p.name for p in folder.iterdir()] == ["achat-en-magasin-et-en-ligne.cxd"]
    assert told and "My templates" in told[0][1]

    window.editor_actions.import_template.trigger()
    assert [p.name for p in folder.iterdir()] == ["achat-en-magasin-et-en-ligne.cxd"]
    (title, text, details), = errors
    assert title == "Import template file"
    assert text == "The template was not imported; your templates are unchanged."
    assert "broken.cxd" in details and "exactly one journey" in details and "holds 2" in details
    assert isinstance(window.document.project, Project)


def test_add_stages_from_a_template_of_the_library(make_window: WindowFactory) -> None:
    window = make_window(project=new_project("Assureur", "fr", None))
    assert window.menus.templates.actions() == []  # the library is read when the menu opens
    window.menus.templates.aboutToShow.emit()
    actions = window.menus.templates.actions()
    assert [a.text() for a in actions] == [t.name for t in bundled_templates("en")]
    claim = next(a for a in actions if a.text() == "Insurance claim")
    claim.trigger()
    journey = window.document.project.journeys[0]
    assert [s.name for s in journey.stages] == \
        bundled_template("insurance/claim", "fr").stage_names()
    window.document.undo_stack.undo()
    assert not window.document.project.journeys[0].stages
    window.menus.templates.aboutToShow.emit()  # opened again: the same entries, once
    assert window.menus.template_actions() == actions


def test_a_broken_file_among_my_templates_is_shown_with_what_is_wrong(
        qtbot: QtBot, tmp_path: Path) -> None:
    folder = tmp_path / "templates"
    folder.mkdir()
    export_template(bundled_template("general/support", "en").project, folder / "mine.cxd")
    (folder / "damaged.cxd").write_text("{ half a file", encoding="utf-8")
    dialog = JourneyDialog("en", [], True, folder)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    mine = _find(dialog.templates, "My templates")
    assert [mine.child(i).text(0) for i in range(mine.childCount())] == [  # type: ignore[union-attr]
        "Customer support", "damaged.cxd (cannot be read)"]
    damaged = mine.child(1)
    assert damaged is not None and not damaged.flags() & Qt.ItemFlag.ItemIsSelectable
    assert "damaged.cxd" in damaged.toolTip(0) and "JSON" in damaged.toolTip(0)
    _click_template(qtbot, dialog.templates, mine.child(0))  # type: ignore[arg-type]
    assert dialog.templates.template() is not None
    assert dialog.templates.template().name == "Customer support"  # type: ignore[union-attr]


def test_a_double_click_on_a_template_chooses_it(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = NewProjectDialog("en", tmp_path / "templates")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    tree = dialog.templates.tree
    for text in ("Banking", "Bank account opening"):  # a sector is no choice
        assert dialog.isVisible()
        centre = tree.visualItemRect(_find(dialog.templates, text)).center()
        # A double click, as Qt receives it: a click, then a second press.
        qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=centre)
        qtbot.mouseDClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.templates.template() == bundled_template("banking/account_opening", "en")


def test_a_new_journey_from_my_template_is_named_as_the_template_names_it(
        make_window: WindowFactory, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    window = make_window(project=new_project(
        "Banque", "fr", bundled_template("banking/account_opening", "fr").project))
    original = window.document.project.journeys[0]
    save_user_template(template_from_journey(window.document.project, original.id,
                                             "Ouverture agence"),
                       window.manager.templates_folder)
    names: list[str] = []

    def use_it(dialog: QDialog) -> None:
        assert isinstance(dialog, JourneyDialog)
        names.append(dialog.name.text())
        _click_template(qtbot, dialog.templates,
                        _find(dialog.templates, "My templates").child(0))  # type: ignore[arg-type]
        names.append(dialog.name.text())
        _click_template(qtbot, dialog.templates, _find(dialog.templates, "Empty (no stages)"))
        names.append(dialog.name.text())
        _click_template(qtbot, dialog.templates,
                        _find(dialog.templates, "My templates").child(0))  # type: ignore[arg-type]
        _click_ok(qtbot, dialog)

    _drive(monkeypatch, qtbot, use_it)
    window.editor_actions.new_journey_from_template.trigger()

    assert names == ["Parcours actuel", "Ouverture agence", "Parcours actuel"]
    assert window.document.project.journeys[-1].name == "Ouverture agence"
