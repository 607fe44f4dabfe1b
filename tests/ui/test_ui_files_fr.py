"""A French window explains in French why a file cannot be opened."""

from __future__ import annotations

import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from openpyxl import Workbook
from PySide6.QtCore import QSettings
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from cxdesigner.ui import spreadsheet_import
from cxdesigner.ui.benchmark import importing as scores_module
from cxdesigner.ui.indicators import answers as answers_module
from cxdesigner.ui.indicators.answers import ProblemsDialog
from cxdesigner.ui.main_window import MainWindow
from cxdesigner.ui.prompts import Prompts
from cxdesigner.ui.recovery import RecoveryStore
from cxdesigner.ui.segments.prompts import SegmentPrompts
from cxdesigner.ui.settings import Preferences
from cxdesigner.ui.spreadsheet_import import SpreadsheetPreview
from cxdesigner.ui.windows import WindowManager

S = "\u00a0"


@pytest.fixture
def french_window(tmp_path: Path, qtbot: QtBot) -> Iterator[MainWindow]:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    manager = WindowManager(Preferences(settings), RecoveryStore(tmp_path / "recovery"), "fr")
    window = manager.new_window()
    window.show()
    qtbot.waitExposed(window)
    yield window
    for each in list(manager.windows):
        each.document.undo_stack.setClean()
        each.close()


def test_a_broken_file_is_explained_in_french(
        french_window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    broken = tmp_path / "abîmé.cxd"
    broken.write_bytes(b'{"format": "cxdesigner-project", "format_version": 99, "title": "x"}')
    errors: list[str] = []
    monkeypatch.setattr(Prompts, "show_error",
                        lambda self, title, text, details="": errors.append(details))

    assert not french_window.files.open_path(broken)

    (details,) = errors
    assert details.startswith(f"Impossible d’ouvrir «{S}{broken}{S}»{S}: il a été enregistré "
                              "par une version plus récente de CX Designer")
    assert "Cannot" not in details


def test_a_spreadsheet_with_problems_is_explained_in_french(
        french_window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    sheet = tmp_path / "faux.csv"
    sheet.write_text("Étape;Point de contact;Émotion;Canal\nAchat;Commande;9;Web\n"
                     ";Sans étape;-1;\nLivraison;Livré;abc;SMS\nLivraison;;1;|\n",
                     encoding="utf-8")
    monkeypatch.setattr(spreadsheet_import, "choose_spreadsheet", lambda parent, folder: sheet)
    shown: list[SpreadsheetPreview] = []

    def run(self: Prompts, dialog: QDialog) -> bool:
        assert isinstance(dialog, SpreadsheetPreview)
        shown.append(dialog)
        return False

    monkeypatch.setattr(Prompts, "run", run)
    action = french_window.spreadsheet_import.action
    action.trigger()

    (preview,) = shown
    # The text box gives no-break spaces back as spaces.
    assert preview.changes.toPlainText().splitlines() == [
        "• ligne 2, colonne « Émotion » : une émotion est un nombre entier de -3 à +3 "
        "(trouvé : « 9 »)",
        "• ligne 4, colonne « Émotion » : une émotion est un nombre entier de -3 à +3 "
        "(trouvé : « abc »)",
        "• ligne 5, colonne « Point de contact » : le titre manque"]
    assert french_window.document.undo_stack.count() == 0


def _problems_shown(window: MainWindow, sheet: Path,
                    monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The lines of the preview File ▸ Import ▸ Journey from Spreadsheet shows for ``sheet``."""
    monkeypatch.setattr(spreadsheet_import, "choose_spreadsheet", lambda parent, folder: sheet)
    shown: list[SpreadsheetPreview] = []

    def run(self: Prompts, dialog: QDialog) -> bool:
        assert isinstance(dialog, SpreadsheetPreview)
        shown.append(dialog)
        return False

    monkeypatch.setattr(Prompts, "run", run)
    window.spreadsheet_import.action.trigger()
    (preview,) = shown
    return preview.changes.toPlainText().splitlines()


def test_a_spreadsheet_without_its_columns_is_explained_in_french(
        french_window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    sheet = tmp_path / "colonnes.csv"
    sheet.write_text("Étape;Remarque\nAchat;à revoir\n", encoding="utf-8")

    # The text box gives no-break spaces back as spaces.
    assert _problems_shown(french_window, sheet, monkeypatch) == [
        "• la colonne « titre » manque (la ligne 1 doit la nommer : « title », « titre », "
        "« point de contact », « touchpoint »)",
        "• colonne inconnue « Remarque » ignorée"]
    assert french_window.document.undo_stack.count() == 0


def test_a_malformed_csv_is_explained_in_french(
        french_window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    sheet = tmp_path / "guillemet.csv"
    sheet.write_text('Étape;Point de contact\nAchat;"Commande\nLivraison;Livré\n',
                     encoding="utf-8")

    assert _problems_shown(french_window, sheet, monkeypatch) == [
        "• ligne 2 : une cellule s’ouvre par un guillemet (\") jamais refermé, et tout le "
        "reste du fichier y serait lu ; refermez le guillemet ou supprimez-le"]


def _trigger_import(window: MainWindow, name: str) -> None:
    """Click File ▸ Import ▸ the entry named ``name``."""
    action = window.findChild(QAction, name)
    assert isinstance(action, QAction) and action in window.menus.import_menu.actions()
    action.trigger()


def _problems_dialog(window: MainWindow, name: str, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The problems the import ``name`` lists in its dialog."""
    shown: list[ProblemsDialog] = []

    def run(self: Prompts, dialog: QDialog) -> bool:
        assert isinstance(dialog, ProblemsDialog)
        shown.append(dialog)
        return False

    monkeypatch.setattr(Prompts, "run", run)
    _trigger_import(window, name)
    (dialog,) = shown
    # The text box gives no-break spaces back as spaces.
    assert dialog.text.toPlainText().splitlines() == \
        [f"• {line}".replace(S, " ") for line in dialog.problems]
    return dialog.problems


def test_a_survey_answers_file_with_problems_is_explained_in_french(
        french_window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    answers = tmp_path / "réponses.csv"
    answers.write_text("point de contact;valeur\nAppel;8\n", encoding="utf-8")
    monkeypatch.setattr(answers_module, "choose_answers_file", lambda parent, folder: answers)

    assert _problems_dialog(french_window, "importSurveyAnswers", monkeypatch) == [
        f"la colonne «{S}indicateur{S}» manque (la ligne 1 doit la nommer{S}: "
        f"«{S}indicator{S}», «{S}indicateur{S}»)"]
    assert french_window.document.undo_stack.count() == 0


def test_a_scores_file_with_problems_is_explained_in_french(
        french_window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    scores = tmp_path / "notes.csv"
    scores.write_text("Acteur;Critère;Commentaire\nCastor;Fonctionnel;bien\n", encoding="utf-8")
    monkeypatch.setattr(scores_module, "choose_scores_file", lambda parent, folder: scores)

    assert _problems_dialog(french_window, "importPlayersScores", monkeypatch) == [
        f"la colonne «{S}note{S}» manque (la ligne 1 doit la nommer{S}: «{S}score{S}», "
        f"«{S}note{S}», «{S}note /10{S}», «{S}score /10{S}»)"]
    assert french_window.document.undo_stack.count() == 0


def test_a_contact_log_with_problems_is_explained_in_french(
        french_window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    log = tmp_path / "contacts.csv"
    log.write_text("segment;canal;Durée moyenne\nSeniors;Téléphone;3\n", encoding="utf-8")
    shown: list[str] = []
    monkeypatch.setattr(SegmentPrompts, "contact_log_path", lambda self, folder: log)
    monkeypatch.setattr(SegmentPrompts, "show_import_problems",
                        lambda self, path, problems, warnings: shown.extend(
                            [*problems, *warnings]))

    _trigger_import(french_window, "importContactLog")

    assert shown == [
        f"la colonne «{S}date{S}» manque (la ligne 1 doit la nommer{S}: «{S}date{S}», "
        f"«{S}jour{S}», «{S}date du contact{S}», «{S}contact date{S}»)",
        f"colonne inconnue «{S}Durée moyenne{S}» ignorée"]
    assert french_window.document.undo_stack.count() == 0


def test_a_file_that_is_no_spreadsheet_is_explained_in_french(
        french_window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    binary = tmp_path / "image.csv"
    binary.write_bytes(b"\x89PNG\r\n\x00\x00\x00IHDR")
    damaged = tmp_path / "abîmé.xlsx"
    with zipfile.ZipFile(damaged, "w") as archive:
        archive.writestr("xl/workbook.xml", "pas un classeur")

    assert _problems_shown(french_window, binary, monkeypatch) == [
        "• le fichier contient des données binaires ; ce n’est pas un fichier CSV"]
    (line,) = _problems_shown(french_window, damaged, monkeypatch)
    assert line.startswith("• le classeur ne peut pas être lu (")
    assert line.endswith("ouvrez-le dans Excel ou LibreOffice et enregistrez-le de nouveau "
                         "en .xlsx")


def test_a_contact_log_with_wrong_cells_is_explained_in_french(
        french_window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    log = tmp_path / "contacts.csv"
    log.write_text("date;résolu;durée;nombre\n2025-07-01;peut-être;4 jours;0\n",
                   encoding="utf-8")
    shown: list[str] = []
    monkeypatch.setattr(SegmentPrompts, "contact_log_path", lambda self, folder: log)
    monkeypatch.setattr(SegmentPrompts, "show_import_problems",
                        lambda self, path, problems, warnings: shown.extend(problems))

    _trigger_import(french_window, "importContactLog")

    assert shown == [
        f"ligne 2, colonne «{S}résolu{S}»{S}: «{S}peut-être{S}» n’est ni oui ni non "
        "(oui/non, yes/no, 1/0, vrai/faux)",
        f"ligne 2, colonne «{S}durée{S}»{S}: unité inconnue «{S}jours{S}» dans «{S}4 jours{S}»"
        f"{S}: écrivez des minutes (4,5 ou 4 min 30) ou heures:minutes:secondes (00:04:30)",
        f"ligne 2, colonne «{S}nombre{S}»{S}: un nombre de contacts est un nombre entier de 1 à "
        f"10\u202f000\u202f000 (trouvé{S}: «{S}0{S}»)"]
    assert french_window.document.undo_stack.count() == 0


def test_survey_answers_and_scores_with_wrong_cells_are_explained_in_french(
        french_window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    answers = tmp_path / "réponses.csv"
    answers.write_text("point de contact;indicateur;valeur;échelle;date\n"
                       "Appel;note;8;5-1;2025-02-30\n",
                       encoding="utf-8")
    monkeypatch.setattr(answers_module, "choose_answers_file", lambda parent, folder: answers)
    scores = tmp_path / "notes.csv"
    scores.write_text("Acteur;Critère;Note;Méthode\nCastor;Fonctionnel;8;sondage\n",
                      encoding="utf-8")

    assert _problems_dialog(french_window, "importSurveyAnswers", monkeypatch) == [
        f"ligne 2, colonne «{S}point de contact{S}»{S}: aucun point de contact n’a pour "
        f"identifiant ou titre «{S}Appel{S}»",
        f"ligne 2, colonne «{S}indicateur{S}»{S}: indicateur inconnu «{S}note{S}» "
        f"(attendu{S}: nps, csat ou ces)",
        f"ligne 2, colonne «{S}date{S}»{S}: «{S}2025-02-30{S}» n’est pas une date du "
        "calendrier"]
    monkeypatch.undo()
    monkeypatch.setattr(scores_module, "choose_scores_file", lambda parent, folder: scores)
    assert _problems_dialog(french_window, "importPlayersScores", monkeypatch) == [
        f"ligne 2, colonne «{S}Méthode{S}»{S}: «{S}sondage{S}» n’est pas une méthode{S}: "
        "écrivez visite mystère, vivre l’expérience, table ronde clients ou autre (ou les mots "
        "anglais)"]
    assert french_window.document.undo_stack.count() == 0


def test_a_workbook_cell_showing_an_error_is_explained_in_french(
        french_window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = "Parcours"
    sheet.append(["Étape", "Point de contact", "Émotion"])
    sheet.append(["Achat", "Commande", "#DIV/0!"])
    path = tmp_path / "parcours.xlsx"
    workbook.save(path)

    assert _problems_shown(french_window, path, monkeypatch) == [
        "• feuille « Parcours », ligne 2, colonne « Émotion » (C2) : la cellule affiche "
        "l’erreur #DIV/0!"]


def test_a_spreadsheet_mixing_encodings_is_warned_about_in_french(
        french_window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    sheet = tmp_path / "mélange.csv"
    sheet.write_bytes("Étape;Point de contact\nAchat;Commande\n".encode()
                      + "Livraison;Livré\n".encode("cp1252"))

    lines = _problems_shown(french_window, sheet, monkeypatch)

    assert lines[-1] == (
        "• le fichier mélange UTF-8 et Windows-1252 : la ligne 3 a été lue en Windows-1252 "
        "(vérifiez ses accents), le reste en UTF-8 ; enregistrez le fichier au format "
        "« CSV UTF-8 » pour l’éviter")


def test_an_office_document_given_as_a_spreadsheet_is_explained_in_french(
        french_window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    slides = tmp_path / "atelier.xlsx"
    with zipfile.ZipFile(slides, "w") as archive:
        archive.writestr("ppt/presentation.xml", "<p/>")

    assert _problems_shown(french_window, slides, monkeypatch) == [
        "• c’est une présentation PowerPoint, pas un classeur qu’Excel a pu écrire (ni du "
        "texte CSV) ; enregistrez le tableau en .xlsx ou en CSV"]
