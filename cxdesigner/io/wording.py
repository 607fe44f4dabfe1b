"""What a project file error says, in English and in French side by side.

Each sentence is a template whose {fields} are filled in by :func:`say`. English is the
default; French follows French typography (« », ’, no-break spaces before : ; ? !).
"""

from __future__ import annotations

from typing import Any

from cxdesigner.model.wording import NBSP, quoted

LANGUAGES = ("en", "fr")

MESSAGES: dict[str, dict[str, str]] = {
    # ------------------------------------------------------------------ the head
    "head_open": {"en": "Cannot open {name}:", "fr": f"Impossible d’ouvrir {{name}}{NBSP}:"},
    "head_save": {"en": "Cannot save {name}:",
                  "fr": f"Impossible d’enregistrer {{name}}{NBSP}:"},
    "the_project": {"en": "the project", "fr": "le projet"},
    "save_failed": {"en": "{reason}. The file on disk was left as it was.",
                    "fr": "{reason}. Le fichier sur le disque n’a pas été modifié."},
    "more_problems": {"en": "… and {count} more problems",
                      "fr": "… et {count} autres problèmes"},
    "colon": {"en": ":", "fr": f"{NBSP}:"},
    "template_journeys": {
        "en": "a template holds exactly one journey, and this file holds {count}; "
              "choose a file made with Journey ▸ Export Journey as Template.",
        "fr": "un modèle contient exactement un parcours, et ce fichier en contient {count}"
              f"{NBSP}; choisissez un fichier fait avec Parcours ▸ Exporter le parcours "
              "comme modèle."},
    # ------------------------------------------------------------------ reading the file
    "no_file": {"en": "there is no such file.", "fr": "ce fichier n’existe pas."},
    "folder": {"en": "it is a folder, not a project file.",
               "fr": "c’est un dossier, pas un fichier de projet."},
    "not_a_file": {"en": "it is not a file (a device or a pipe?).",
                   "fr": f"ce n’est pas un fichier (un périphérique ou un tube{NBSP}?)."},
    "unreadable": {"en": "it cannot be read: {reason}.",
                   "fr": f"il ne peut pas être lu{NBSP}: {{reason}}."},
    "too_large": {"en": "it is {size} MB, more than the {cap} MB a project may be.",
                  "fr": "il fait {size} Mo, plus que les {cap} Mo permis pour un projet."},
    "too_large_unknown": {"en": "it is more than the {cap} MB a project may be.",
                          "fr": "il dépasse les {cap} Mo permis pour un projet."},
    "not_utf8": {"en": "it is not a UTF-8 text file (byte {byte} cannot be read); "
                       "is it really a .cxd project?",
                 "fr": "ce n’est pas un fichier texte UTF-8 (l’octet {byte} est illisible)"
                       f"{NBSP}; est-ce vraiment un projet .cxd{NBSP}?"},
    # ------------------------------------------------------------------ JSON
    "not_json_at": {"en": "it is not valid JSON (line {line}, column {column}: {detail}). "
                          "The file may be truncated or was edited by hand; {advice}",
                    "fr": "ce n’est pas du JSON valide (ligne {line}, colonne {column}). "
                          "Le fichier est peut-être tronqué ou a été modifié à la "
                          f"main{NBSP}; {{advice}}"},
    "not_json": {"en": "it is not valid JSON ({detail}).",
                 "fr": "ce n’est pas du JSON valide ({detail})."},
    "too_deep": {"en": "its data is nested too deeply to be a project.",
                 "fr": "ses données sont imbriquées trop profondément pour être un projet."},
    "no_backup": {"en": "it has no backup beside it to go back to.",
                  "fr": "il n’a pas de copie de sauvegarde à côté de lui pour revenir en "
                        "arrière."},
    "one_backup": {"en": "try its backup {names} (newest first).",
                   "fr": "essayez sa copie de sauvegarde {names} (la plus récente d’abord)."},
    "backups": {"en": "try its backups {names} (newest first).",
                "fr": "essayez ses copies de sauvegarde {names} (la plus récente d’abord)."},
    "unusable_number": {"en": "{subject} is {text}, which is not a number a project may "
                              "contain",
                        "fr": "{subject} vaut {text}, ce qui n’est pas un nombre qu’un projet "
                              "peut contenir"},
    "a_value": {"en": "a value", "fr": "une valeur"},
    "repeated_key": {"en": "the key \"{name}\" is given more than once; keep only the value "
                           "meant (the file may have been edited by hand or merged)",
                     "fr": f"la clé «{NBSP}{{name}}{NBSP}» est donnée plusieurs fois{NBSP}; "
                           "ne gardez que la bonne valeur (le fichier a peut-être été modifié à "
                           "la main ou fusionné)"},
    # ------------------------------------------------------------------ two versions
    "differs": {"en": "{where}different {subject}", "fr": "{where}autre valeur pour {subject}"},
    "only_here": {"en": "{where}{item} is only in this window",
                  "fr": "{where}{item} n’existe que dans cette fenêtre"},
    "only_on_disk": {"en": "{where}{item} is only in the file on disk",
                     "fr": "{where}{item} n’existe que dans le fichier sur le disque"},
    "other_order": {"en": "{where}the items ({item}) are in another order",
                    "fr": "{where}les éléments ({item}) sont dans un autre ordre"},
    "more_differences": {"en": "… and {count} more differences",
                         "fr": "… et {count} autres différences"},
    # ------------------------------------------------------------------ format
    "not_project": {"en": "it is not a CX Designer project (the marker \"format\": "
                          "\"{marker}\" is missing).",
                    "fr": f"ce n’est pas un projet CX Designer (le marqueur «{NBSP}\"format\": "
                          f"\"{{marker}}\"{NBSP}» est absent)."},
    "bad_version": {"en": "its format version is missing or not a whole number from 1 up.",
                    "fr": "sa version de format est absente ou n’est pas un nombre entier à "
                          "partir de 1."},
    "newer": {"en": "it was saved by a newer CX Designer (file format {version}; this "
                    "version reads formats up to {current}). Update CX Designer to open it; "
                    "the file was not changed.",
              "fr": "il a été enregistré par une version plus récente de CX Designer (format "
                    f"de fichier {{version}}{NBSP}; cette version lit les formats 1 à "
                    f"{{current}}). Mettez CX Designer à jour pour l’ouvrir{NBSP}; le fichier "
                    "n’a pas été modifié."},
    "migration_failed": {"en": "it could not be brought up to the current format: {detail}.",
                         "fr": "il n’a pas pu être mis au format actuel"
                               f"{NBSP}: {{detail}}."},
    # ------------------------------------------------------------------ validation
    "found": {"en": "found {found}", "fr": f"trouvé{NBSP}: {{found}}"},
    "emotion": {"en": "{subject} must be a whole number between {low} and +{high} ({found})",
                "fr": "{subject} doit être un nombre entier entre \u2212{low_abs} et +{high} "
                      "({found})"},
    "missing": {"en": "{subject} is missing", "fr": "{subject} manque"},
    "unknown_field": {"en": "unknown field '{field}' (misspelt, or written by another "
                            "program?)",
                      "fr": "champ inconnu {field_quoted} (faute de frappe, ou écrit par un "
                            f"autre programme{NBSP}?)"},
    "key_persona": {"en": "{subject}: the persona id", "fr": f"{{subject}}{NBSP}: l’identifiant "
                                                            "de persona"},
    "key_name": {"en": "{subject}: the name", "fr": f"{{subject}}{NBSP}: le nom"},
    "too_long": {"en": "{subject} is too long ({detail})",
                 "fr": "{subject} est trop long (au plus {max_length})"},
    "pattern_id": {"en": "{subject} must use only letters, digits and _ . : - ({found})",
                   "fr": "{subject} ne doit contenir que des lettres, des chiffres et _ . : - "
                         "({found})"},
    "pattern_colour": {"en": "{subject} must be a colour written #rrggbb ({found})",
                       "fr": "{subject} doit être une couleur écrite #rrggbb ({found})"},
    "invalid": {"en": "{subject}: {detail} ({found})", "fr": "{subject} {detail} ({found})"},
    "invalid_alone": {"en": "{detail} ({found})", "fr": "la valeur {detail} ({found})"},
}

# A mapping's key and what it is the key of.
KEYED_WORDS: dict[str, dict[str, str]] = {
    "persona_emotions": {"en": "emotion for persona", "fr": "l’émotion pour la persona"},
    "persona_criticality": {"en": "criticality for persona",
                            "fr": "la criticité pour la persona"},
    "inputs": {"en": "input", "fr": "l’entrée"},
    "pieces": {"en": "snapshot piece", "fr": "le morceau d’instantané"},
    "fields": {"en": "field", "fr": "le champ"},
    "lists": {"en": "list", "fr": "la liste"},
}

# French for pydantic's own complaints, by error type ({ctx} fields filled in).
VALIDATION_FR: dict[str, str] = {
    "int_type": "doit être un nombre entier",
    "int_parsing": "doit être un nombre entier",
    "int_from_float": "doit être un nombre entier",
    "float_type": "doit être un nombre",
    "float_parsing": "doit être un nombre",
    "string_type": "doit être un texte",
    "bool_type": "doit être vrai ou faux",
    "bool_parsing": "doit être vrai ou faux",
    "list_type": "doit être une liste",
    "dict_type": "doit être un objet",
    "model_type": "doit être un objet",
    "model_attributes_type": "doit être un objet",
    "date_type": "doit être une date AAAA-MM-JJ",
    "date_parsing": "doit être une date AAAA-MM-JJ",
    "date_from_datetime_parsing": "doit être une date AAAA-MM-JJ",
    "enum": "doit valoir {expected}",
    "literal_error": "doit valoir {expected}",
    "greater_than_equal": "doit être supérieur ou égal à {ge}",
    "greater_than": "doit être supérieur à {gt}",
    "less_than_equal": "doit être inférieur ou égal à {le}",
    "less_than": "doit être inférieur à {lt}",
    "too_short": "est trop court (au moins {min_length})",
    "string_too_short": "est trop court (au moins {min_length})",
}
VALIDATION_FR_OTHER = "n’est pas une valeur acceptée ({detail})"


def say(key: str, language: str = "en", **params: Any) -> str:
    """The message ``key`` in ``language`` (English when it is not known)."""
    wordings = MESSAGES[key]
    return wordings.get(language, wordings["en"]).format(**params)


def file_name(path: object, language: str = "en") -> str:
    """A file name between quotes, as the head of a message shows it."""
    return quoted(str(path), language)
