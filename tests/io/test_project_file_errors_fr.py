"""A project file that cannot be opened is explained in French when asked for."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from cxdesigner.io import ProjectFileError, load_project, loads_project
from cxdesigner.model import FORMAT_VERSION

FULL = Path(__file__).parent / "golden" / "v1-full.cxd"
FULL_TEXT = FULL.read_text(encoding="utf-8")

S = "\u00a0"  # the no-break space of French typography


def q(text: str) -> str:
    return f"«{S}{text}{S}»"


CALL = (f"parcours {q('Achat en ligne — parcours actuel')}, étape 3 {q('Commande')}, "
        f"point de contact {q('Appel au support')}")


def _changed(change: Callable[[dict[str, Any]], Any]) -> str:
    data: dict[str, Any] = json.loads(FULL_TEXT)
    change(data)
    return json.dumps(data, ensure_ascii=False, indent=1)


def _call(data: dict[str, Any]) -> dict[str, Any]:
    touchpoint: dict[str, Any] = data["journeys"][0]["stages"][2]["touchpoints"][1]
    return touchpoint


def _refused(text: str, tmp_path: Path) -> ProjectFileError:
    path = tmp_path / "atelier.cxd"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ProjectFileError) as info:
        load_project(path, language="fr")
    assert info.value.language == "fr"
    assert info.value.message().startswith(f"Impossible d’ouvrir {q(str(path))}{S}: ")
    return info.value


def test_a_truncated_file(tmp_path: Path) -> None:
    (problem,) = _refused(FULL_TEXT[: len(FULL_TEXT) // 2], tmp_path).problems
    assert problem.startswith("ce n’est pas du JSON valide (ligne ")
    assert problem.endswith(
        f"). Le fichier est peut-être tronqué ou a été modifié à la main{S}; il n’a pas de "
        "copie de sauvegarde à côté de lui pour revenir en arrière.")


def test_a_newer_format_version(tmp_path: Path) -> None:
    newer = FORMAT_VERSION + 1
    error = _refused(_changed(lambda d: d.update(format_version=newer)), tmp_path)
    assert error.problems == [
        "il a été enregistré par une version plus récente de CX Designer (format de fichier "
        f"{newer}{S}; cette version lit les formats 1 à {FORMAT_VERSION}). Mettez CX Designer "
        f"à jour pour l’ouvrir{S}; le fichier n’a pas été modifié."]


def test_an_emotion_out_of_range_says_where_in_french(tmp_path: Path) -> None:
    error = _refused(_changed(lambda d: _call(d).update(emotion=7)), tmp_path)
    assert error.problems == [
        f"{CALL}{S}: l’émotion doit être un nombre entier entre \u22123 et +3 (trouvé{S}: 7)"]


def test_a_dangling_channel(tmp_path: Path) -> None:
    error = _refused(_changed(lambda d: _call(d).update(channel_id="ch-fax")), tmp_path)
    assert error.problems == [
        f"{CALL}, canal{S}: désigne un canal qui n’existe pas (id {q('ch-fax')})"]


def test_an_unknown_field(tmp_path: Path) -> None:
    error = _refused(_changed(lambda d: _call(d).update(couleur="#ff0000")), tmp_path)
    assert error.problems == [
        f"{CALL}{S}: champ inconnu {q('couleur')} (faute de frappe, ou écrit par un autre "
        f"programme{S}?)"]


def test_a_missing_file(tmp_path: Path) -> None:
    path = tmp_path / "absent.cxd"
    with pytest.raises(ProjectFileError) as info:
        load_project(path, language="fr")
    assert info.value.message() == f"Impossible d’ouvrir {q(str(path))}{S}: ce fichier " \
                                   "n’existe pas."


def test_english_stays_the_default() -> None:
    with pytest.raises(ProjectFileError) as info:
        loads_project(_changed(lambda d: _call(d).update(channel_id="ch-fax")))
    assert info.value.language == "en"
    assert info.value.message().startswith("Cannot open the project: journey 'Achat en ligne")
    assert info.value.message().endswith(
        "channel: points to a channel that does not exist (id 'ch-fax')")


def test_several_problems_are_counted_in_french() -> None:
    def many(data: dict[str, Any]) -> None:
        for stage in data["journeys"][0]["stages"]:
            for touchpoint in stage["touchpoints"]:
                touchpoint["emotion"] = 9

    with pytest.raises(ProjectFileError) as info:
        loads_project(_changed(many), language="fr")
    message = info.value.message(limit=1)
    assert message.startswith(f"Impossible d’ouvrir le projet{S}:\n- parcours ")
    assert message.splitlines()[-1].startswith("- … et ")
    assert message.endswith(" autres problèmes")
