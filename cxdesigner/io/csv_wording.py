"""What a spreadsheet import says about its file, columns, rows and cells, in English and French.

A problem is kept as a :class:`CsvMessage` (a key and its values) and worded when it is
shown: the command line speaks English, the editor its interface's language. Values named
``q_…`` are quoted the way the language quotes (``'9'``, « 9 »); numbers named ``n_…``
are grouped by thousands the way it groups them (``131,072``, ``131 072``).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any, NamedTuple

from cxdesigner.model.wording import NBSP, quoted

NARROW_NBSP = "\u202f"
"""What French puts between groups of three digits."""

CSV_MESSAGES: dict[str, dict[str, str]] = {
    # ------------------------------------------------------------------ where
    "sheet": {"en": "sheet {q_name}", "fr": "feuille {q_name}"},
    "row": {"en": "row {number}", "fr": "ligne {number}"},
    "column": {"en": "column {q_name}", "fr": "colonne {q_name}"},
    "cell": {"en": "column {q_name} ({cell})", "fr": "colonne {q_name} ({cell})"},
    "at": {"en": "{where}: {message}", "fr": f"{{where}}{NBSP}: {{message}}"},
    # ------------------------------------------------------------------ the whole file
    "formula_not_computed": {"en": "the formula of this cell was never computed (open the "
                                   "workbook in Excel or LibreOffice and save it, then import "
                                   "it again)",
                             "fr": "la formule de cette cellule n’a jamais été calculée "
                                   "(ouvrez le classeur dans Excel ou LibreOffice, "
                                   "enregistrez-le, puis importez-le de nouveau)"},
    "cell_shows_error": {"en": "the cell shows the error {value}",
                         "fr": "la cellule affiche l’erreur {value}"},
    "empty": {"en": "the file is empty", "fr": "le fichier est vide"},
    "workbook_empty": {"en": "the workbook is empty", "fr": "le classeur est vide"},
    "too_many_rows": {"en": "the file has more than {limit} rows",
                      "fr": "le fichier a plus de {limit} lignes"},
    "too_many_data_rows": {"en": "the file has {count} rows of data, more than the {limit} it "
                                 "may have",
                           "fr": "le fichier a {count} lignes de données, plus que les {limit} "
                                 "permises"},
    "too_many_cells": {"en": "line {line}: more than {limit} cells; a workshop sheet has a few "
                             "dozen columns at most",
                       "fr": "ligne {line} du fichier{NBSP}: plus de {limit} cellules{NBSP}; "
                             "une feuille d’atelier a au plus quelques dizaines de colonnes"},
    "cell_too_big": {"en": "row {row}: a cell holds more than {n_found} characters, far more "
                           "than the {n_limit} a text may have; shorten it",
                     "fr": "ligne {row}{NBSP}: une cellule contient plus de {n_found} "
                           "caractères, bien plus que les {n_limit} permis pour un "
                           "texte{NBSP}; raccourcissez-la"},
    "quote_unclosed": {"en": "row {row}: a cell opens with a quote (\") that is never closed, "
                             "so the rest of the file would be read into it; close the quote, "
                             "or remove it",
                       "fr": "ligne {row}{NBSP}: une cellule s’ouvre par un guillemet (\") "
                             "jamais refermé, et tout le reste du fichier y serait lu{NBSP}; "
                             "refermez le guillemet ou supprimez-le"},
    "quote_closed_late": {"en": "row {row}: a cell opens with a quote (\") that closes only on "
                                "line {line} of the file, with more text after it; close the "
                                "quote on its own row, or remove it",
                          "fr": "ligne {row}{NBSP}: une cellule s’ouvre par un guillemet (\") "
                                "qui ne se referme qu’à la ligne {line} du fichier, suivi "
                                "d’autre texte{NBSP}; refermez le guillemet sur sa propre ligne "
                                "ou supprimez-le"},
    "quote_trailing": {"en": "row {row}: a quoted cell goes on after its closing quote; inside "
                             "quotes, write a quote twice (\"\")",
                       "fr": "ligne {row}{NBSP}: une cellule entre guillemets continue après "
                             "son guillemet fermant{NBSP}; entre guillemets, doublez chaque "
                             "guillemet (\"\")"},
    "malformed": {"en": "row {row}: the CSV text is malformed ({detail})",
                  "fr": "ligne {row}{NBSP}: le texte CSV est mal formé ({detail})"},
    "missing": {"en": "there is no such file", "fr": "ce fichier n’existe pas"},
    "folder": {"en": "it is a folder; give the path of a spreadsheet file (CSV or .xlsx)",
               "fr": "c’est un dossier{NBSP}; donnez le chemin d’un fichier de tableur (CSV ou "
                     ".xlsx)"},
    "not_a_file": {"en": "it is not an ordinary file (a device or a pipe?); give the path of a "
                         "spreadsheet file (CSV or .xlsx)",
                   "fr": "ce n’est pas un fichier ordinaire (un périphérique ou un tube{NBSP}?)"
                         "{NBSP}; donnez le chemin d’un fichier de tableur (CSV ou .xlsx)"},
    "too_large": {"en": "the file is {size} MB, more than the {cap} MB it may be",
                  "fr": "le fichier fait {size}{NBSP}Mo, plus que les {cap}{NBSP}Mo permis"},
    "unreadable": {"en": "it cannot be read: {reason}",
                   "fr": "il ne peut pas être lu{NBSP}: {reason}"},
    "zip_archive": {"en": "this is a zip archive (an Office or OpenDocument file?), not CSV "
                          "text: save the table as .xlsx or CSV",
                    "fr": "c’est une archive zip (un fichier Office ou OpenDocument{NBSP}?), pas "
                          "du texte CSV{NBSP}: enregistrez le tableau en .xlsx ou en CSV"},
    "utf16_damaged": {"en": "the file starts as UTF-16 text but is damaged further on; save it "
                            "as 'CSV UTF-8' from the spreadsheet",
                      "fr": "le fichier commence en texte UTF-16 mais est abîmé plus loin"
                            "{NBSP}; enregistrez-le au format «{NBSP}CSV UTF-8{NBSP}» depuis le "
                            "tableur"},
    "office_document": {"en": "it is {kind}, not a workbook Excel can have written (nor CSV "
                               "text); save the table as .xlsx or CSV",
                        "fr": "c’est {kind}, pas un classeur qu’Excel a pu écrire (ni du texte "
                              "CSV){NBSP}; enregistrez le tableau en .xlsx ou en CSV"},
    "binary": {"en": "the file holds binary data; it is not a CSV file",
               "fr": "le fichier contient des données binaires{NBSP}; ce n’est pas un fichier "
                     "CSV"},
    "byte_unknown": {"en": "line {line}: the byte {byte} is neither UTF-8 nor Windows-1252 "
                           "text; save the file as 'CSV UTF-8' from the spreadsheet",
                     "fr": "ligne {line} du fichier{NBSP}: l’octet {byte} n’est du texte ni en "
                           "UTF-8 ni en Windows-1252{NBSP}; enregistrez le fichier au format "
                           "«{NBSP}CSV UTF-8{NBSP}» depuis le tableur"},
    "encoding_unknown": {"en": "the text encoding cannot be recognised; save the file as "
                               "'CSV UTF-8' from the spreadsheet",
                         "fr": "l’encodage du texte n’est pas reconnu{NBSP}; enregistrez le "
                               "fichier au format «{NBSP}CSV UTF-8{NBSP}» depuis le tableur"},
    "workbook_damaged": {"en": "the workbook cannot be read ({detail}); open it in Excel or "
                               "LibreOffice and save it as .xlsx again",
                         "fr": "le classeur ne peut pas être lu ({detail}){NBSP}; ouvrez-le "
                               "dans Excel ou LibreOffice et enregistrez-le de nouveau en "
                               ".xlsx"},
    "sheet_too_many_rows": {"en": "sheet {q_name} has more than {limit} rows",
                            "fr": "la feuille {q_name} a plus de {limit} lignes"},
    "no_such_sheet": {"en": "the workbook has no sheet {q_name} (its sheets: {q_names})",
                      "fr": "le classeur n’a pas de feuille {q_name} (ses feuilles{NBSP}: "
                            "{q_names})"},
    "mixed_row": {"en": "the file mixes UTF-8 and Windows-1252: row {rows} was read as "
                        "Windows-1252 (check its accents), the rest as UTF-8; save the file as "
                        "'CSV UTF-8' to avoid this",
                  "fr": "le fichier mélange UTF-8 et Windows-1252{NBSP}: la ligne {rows} a été "
                        "lue en Windows-1252 (vérifiez ses accents), le reste en UTF-8{NBSP}; "
                        "enregistrez le fichier au format «{NBSP}CSV UTF-8{NBSP}» pour "
                        "l’éviter"},
    "mixed_rows": {"en": "the file mixes UTF-8 and Windows-1252: rows {rows}{more} were read "
                         "as Windows-1252 (check their accents), the rest as UTF-8; save the "
                         "file as 'CSV UTF-8' to avoid this",
                   "fr": "le fichier mélange UTF-8 et Windows-1252{NBSP}: les lignes "
                         "{rows}{more} ont été lues en Windows-1252 (vérifiez leurs accents), "
                         "le reste en UTF-8{NBSP}; enregistrez le fichier au format «{NBSP}CSV "
                         "UTF-8{NBSP}» pour l’éviter"},
    "and_more": {"en": " and {count} more", "fr": " et {count} autres"},
    "sheets_unnamed": {"en": "sheets not read (do not name the columns to import): {q_names}",
                       "fr": "feuilles non lues (elles ne nomment pas les colonnes à "
                             "importer){NBSP}: {q_names}"},
    "sheets_left": {"en": "sheets not read (were left aside: name the sheet to read with "
                          "--sheet): {q_names}",
                    "fr": "feuilles non lues (laissées de côté{NBSP}: nommez la feuille à lire "
                          "avec --sheet){NBSP}: {q_names}"},
    # ------------------------------------------------------------------ column names
    "column_missing": {"en": "the column {q_name} is missing (row 1 should name it: {q_names})",
                       "fr": "la colonne {q_name} manque (la ligne 1 doit la nommer{NBSP}: "
                             "{q_names})"},
    "column_twice": {"en": "the columns {q_first} and {q_second} both give the {name}; keep one",
                     "fr": "les colonnes {q_first} et {q_second} donnent la même "
                           "information ({name}){NBSP}; gardez-en une"},
    "column_unknown": {"en": "unknown column {q_name} was ignored",
                       "fr": "colonne inconnue {q_name} ignorée"},
    "column_unnamed": {"en": "column {number} has no name; its cells were ignored",
                       "fr": "la colonne {number} n’a pas de nom{NBSP}; ses cellules ont été "
                             "ignorées"},
    "row_above": {"en": "row 1 above the column names was ignored",
                  "fr": "la ligne 1, au-dessus des noms de colonnes, a été ignorée"},
    "rows_above": {"en": "rows 1-{last} above the column names were ignored",
                   "fr": "les lignes 1 à {last}, au-dessus des noms de colonnes, ont été "
                         "ignorées"},
    "stray_cell": {"en": "row {row}: 1 cell beyond the last named column ignored",
                   "fr": "ligne {row}{NBSP}: 1 cellule après la dernière colonne nommée "
                         "ignorée"},
    "stray_cells": {"en": "row {row}: {count} cells beyond the last named column ignored",
                    "fr": "ligne {row}{NBSP}: {count} cellules après la dernière colonne "
                          "nommée ignorées"},
    # ------------------------------------------------------------------ cells
    "emotion": {"en": "an emotion is a whole number from {low} to +{high} (found {q_found})",
                "fr": "une émotion est un nombre entier de {low} à +{high} (trouvé{NBSP}: "
                      "{q_found})"},
    "not_number": {"en": "{q_text} is not a number",
                   "fr": "{q_text} n’est pas un nombre"},
    "id_too_long": {"en": "the id {q_start} is longer than {limit} characters",
                    "fr": "l’identifiant {q_start} dépasse {limit} caractères"},
    "id_characters": {"en": "the id {q_text} may only hold letters, digits and _ . : - "
                            "(no spaces or accents)",
                      "fr": "l’identifiant {q_text} ne peut contenir que des lettres, des "
                            "chiffres et _ . : - (ni espaces ni accents)"},
    "unknown_word": {"en": "unknown {what} {q_text} (expected {allowed}, in English or French)",
                     "fr": "{what} inconnu{e} {q_text} (attendu{NBSP}: {allowed}, en français "
                           "ou en anglais)"},
    "unknown_layer": {"en": "unknown layer {q_text} (expected customer, front stage, back "
                            "stage or support, in English or French)",
                      "fr": "couche inconnue {q_text} (attendu{NBSP}: client, front-office, "
                            "back-office ou support, en français ou en anglais)"},
    "kpi_format": {"en": "{q_text} is not a KPI written 'name: value unit' "
                         "(e.g. Taux d'abandon: 38 %)",
                   "fr": "{q_text} n’est pas un KPI écrit «{NBSP}nom{NBSP}: valeur "
                         "unité{NBSP}» (par exemple Taux d’abandon{NBSP}: 38{NBSP}%)"},
    "kpi_too_long": {"en": "the KPI {q_start} has a name or unit longer than {limit} characters",
                     "fr": "le KPI {q_start} a un nom ou une unité de plus de {limit} "
                           "caractères"},
    # ------------------------------------------------------------------ answers and scores
    "date_not_in_calendar": {"en": "{q_text} is not a date of the calendar",
                             "fr": "{q_text} n’est pas une date du calendrier"},
    "not_date": {"en": "{q_text} is not a date written 2024-03-12 or 12/03/2024",
                 "fr": "{q_text} n’est pas une date écrite 12/03/2024 ou 2024-03-12"},
    "unknown_indicator": {"en": "unknown indicator {q_text} (expected nps, csat or ces)",
                          "fr": "indicateur inconnu {q_text} (attendu{NBSP}: nps, csat ou ces)"},
    "not_scale": {"en": "{q_text} is not a scale written like 1-5 (or 1-7 inverse when lower "
                        "is better)",
                  "fr": "{q_text} n’est pas une échelle écrite comme 1-5 (ou 1-7 inverse quand "
                        "plus bas vaut mieux)"},
    "scale_after": {"en": "{q_text}: after the scale only 'inverse' may follow",
                    "fr": "{q_text}{NBSP}: après l’échelle, seul «{NBSP}inverse{NBSP}» peut "
                          "suivre"},
    "scale_order": {"en": "the scale {q_text} must go from its low end to its high end, as in "
                          "1-5",
                    "fr": "l’échelle {q_text} doit aller de sa borne basse à sa borne haute, "
                          "comme 1-5"},
    "nps_scale": {"en": "an NPS answer is always on the 0-10 scale (found {q_text})",
                  "fr": "une réponse NPS est toujours sur l’échelle 0-10 (trouvé{NBSP}: "
                        "{q_text})"},
    "scope_needed": {"en": "say which journey or stage is scored (its name or id): the project "
                           "has several journeys",
                     "fr": "indiquez le parcours ou l’étape évalué (son nom ou son "
                           "identifiant){NBSP}: le projet a plusieurs parcours"},
    "no_scope": {"en": "no journey or stage is called {q_text}",
                 "fr": "aucun parcours ni aucune étape ne s’appelle {q_text}"},
    "not_method": {"en": "{q_text} is not a method: write mystery visit, living the "
                         "experience, customer round table or other (or the French words)",
                   "fr": "{q_text} n’est pas une méthode{NBSP}: écrivez visite mystère, "
                         "vivre l’expérience, table ronde clients ou autre (ou les mots anglais)"},
    # ------------------------------------------------------------------ contacts
    "not_yes_no": {"en": "{q_text} is not yes or no (oui/non, yes/no, 1/0, vrai/faux)",
                   "fr": "{q_text} n’est ni oui ni non (oui/non, yes/no, 1/0, vrai/faux)"},
    "not_duration": {"en": "{q_text} is not a duration: write minutes (4,5 or 4 min 30) or "
                           "hours:minutes:seconds (00:04:30)",
                     "fr": "{q_text} n’est pas une durée{NBSP}: écrivez des minutes (4,5 ou "
                           "4 min 30) ou heures:minutes:secondes (00:04:30)"},
    "duration_ambiguous": {"en": "{q_text} is ambiguous: write minutes (4,5 or 4 min 30) or "
                                 "hours:minutes:seconds (00:04:30)",
                           "fr": "{q_text} est ambigu{NBSP}: écrivez des minutes (4,5 ou "
                                 "4 min 30) ou heures:minutes:secondes (00:04:30)"},
    "duration_unit": {"en": "unknown unit {q_word} in {q_text}: write minutes (4,5 or "
                            "4 min 30) or hours:minutes:seconds (00:04:30)",
                      "fr": "unité inconnue {q_word} dans {q_text}{NBSP}: écrivez des minutes "
                            "(4,5 ou 4 min 30) ou heures:minutes:secondes (00:04:30)"},
    "duration_negative": {"en": "a duration cannot be negative (found {q_text})",
                          "fr": "une durée ne peut pas être négative (trouvé{NBSP}: {q_text})"},
    "duration_too_long": {"en": "{minutes} minutes is longer than a contact can last ({limit} "
                                "at most)",
                          "fr": "{minutes}{NBSP}minutes, c’est plus long qu’un contact ne peut "
                                "durer ({limit} au plus)"},
    "not_count": {"en": "a count is a whole number from 1 to {n_limit} (found {q_text})",
                  "fr": "un nombre de contacts est un nombre entier de 1 à {n_limit} "
                        "(trouvé{NBSP}: {q_text})"},
    "no_stage": {"en": "no stage has the id or name {q_text}",
                 "fr": "aucune étape n’a pour identifiant ou nom {q_text}"},
    "no_touchpoint": {"en": "no touchpoint has the id or title {q_text}",
                      "fr": "aucun point de contact n’a pour identifiant ou titre {q_text}"},
    # ------------------------------------------------------------------ rows of a journey
    "too_long": {"en": "longer than {limit} characters",
                      "fr": "plus de {limit} caractères"},
    "stage_empty": {"en": "the stage is empty (and the row above is not in the same journey "
                          "to take it from)",
                    "fr": "l’étape est vide (et la ligne du dessus n’est pas du même parcours "
                          "pour la reprendre)"},
    "title_missing": {"en": "the title is missing", "fr": "le titre manque"},
    "id_used": {"en": "the id {q_id} is already used on row {row}",
                "fr": "l’identifiant {q_id} est déjà pris à la ligne {row}"},
    "one_value": {"en": "a touchpoint has one {what}; '|' separates several values",
                  "fr": "un point de contact a un{e} seul{e} {what}{NBSP}; «{NBSP}|{NBSP}» "
                        "sépare plusieurs valeurs"},
    "tag_too_long": {"en": "a tag is longer than {limit} characters",
                     "fr": "une étiquette dépasse {limit} caractères"},
    "no_rows": {"en": "the file has column names but no touchpoint rows",
                "fr": "le fichier a des noms de colonnes mais aucune ligne de point de contact"},
    "next_without_ids": {"en": "lists ids, but the file has no 'id' column",
                         "fr": "donne des identifiants, mais le fichier n’a pas de colonne "
                               "«{NBSP}id{NBSP}»"},
    "next_unknown": {"en": "{q_id} is not the id of any row",
                     "fr": "{q_id} n’est l’identifiant d’aucune ligne"},
    "next_blueprint": {"en": "{q_id} (row {row}) is an item of the service blueprint, not a "
                             "touchpoint",
                       "fr": "{q_id} (ligne {row}) est un élément du blueprint de service, pas "
                             "un point de contact"},
    "next_other_journey": {"en": "{q_id} (row {row}) is in another journey, {q_journey}",
                           "fr": "{q_id} (ligne {row}) est dans un autre parcours, "
                                 "{q_journey}"},
}

# What a cell names, for "unknown …" and "one … per touchpoint": (English, French, whether
# the French noun is feminine).
CELL_WORDS: dict[str, tuple[str, str, bool]] = {
    "moment of truth": ("moment of truth", "moment de vérité", False),
    "evidence level": ("evidence level", "niveau de preuve", False),
    "criticality": ("criticality", "criticité", True),
    "channel": ("channel", "canal", False),
    "interlocutor": ("interlocutor", "interlocuteur", False),
    "stage": ("stage", "étape", True),
    "journey": ("journey", "parcours", False),
}


class Words(NamedTuple):
    """A value said differently in each language (a column's name, say)."""

    en: str
    fr: str


@dataclass(frozen=True)
class CsvMessage:
    """A problem or a part of one, worded in any language on demand."""

    key: str
    values: dict[str, Any] = field(default_factory=dict)

    def text(self, language: str = "en") -> str:
        words = CSV_MESSAGES[self.key]
        values = {name: self._shown(value, name, language)
                  for name, value in self.values.items()}
        what = self.values.get("what")
        if isinstance(what, str) and what in CELL_WORDS:
            english, french, feminine = CELL_WORDS[what]
            values["what"] = french if language == "fr" else english
            values["e"] = "e" if language == "fr" and feminine else ""
        values.setdefault("e", "")
        return words.get(language, words["en"]).format(NBSP=NBSP, **values)

    @staticmethod
    def _shown(value: Any, name: str, language: str) -> Any:
        if isinstance(value, CsvMessage):
            return value.text(language)
        if isinstance(value, Words):
            return CsvMessage._shown(value.fr if language == "fr" else value.en, name, language)
        if isinstance(value, tuple):  # parts of a place: sheet, row, column
            return ", ".join(str(CsvMessage._shown(part, name, language)) for part in value)
        if name.startswith("n_") and isinstance(value, int):
            grouped = f"{value:,}"
            return grouped.replace(",", NARROW_NBSP) if language == "fr" else grouped
        return quoted(str(value), language) if name.startswith("q_") else value

    def __str__(self) -> str:
        return self.text()


Said = str | CsvMessage
"""A problem or warning: worded already (in English), or worded when shown."""


def worded(said: Iterable[Said], language: str = "en") -> list[str]:
    """Each problem or warning worded in ``language`` (English where no other wording exists)."""
    return [each.text(language) if isinstance(each, CsvMessage) else each for each in said]


def csv_message(key: str, **values: Any) -> CsvMessage:
    """The message ``key`` with its values (see :data:`CSV_MESSAGES`)."""
    return CsvMessage(key, values)
