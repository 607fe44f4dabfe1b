"""What differs between two versions of a project, in a consultant's words.

Shown before a save would replace a file someone else changed: items are matched by id,
so a touchpoint renamed elsewhere reads "touchpoint 'Appel': title differs", not as one
removed and one added.
"""

from __future__ import annotations

from typing import Any

from cxdesigner.io.messages import split_location
from cxdesigner.io.wording import say
from cxdesigner.model import Project
from cxdesigner.model.locations import describe_location, touchpoint_titles
from cxdesigner.model.wording import ITEM_NOUNS, flow_name, quoted

_Location = tuple[str | int, ...]
_NAMES = ("name", "title", "lane", "criterion", "reason", "text", "description")


def _is_entity_list(value: Any) -> bool:
    return isinstance(value, list) and bool(value) and all(
        isinstance(item, dict) and "id" in item for item in value)


def _label(item: dict[str, Any], key: str, language: str, titles: dict[str, str]) -> str:
    """``touchpoint 'Appel'``; a flow by its ends, ``flow 'Panier → Paiement'``."""
    noun = ITEM_NOUNS.get(key, {}).get(language, key)
    if key == "flows":
        name = flow_name(titles.get(item.get("source_id", "")),
                         titles.get(item.get("target_id", "")))
    else:
        name = next((item[field] for field in _NAMES
                     if isinstance(item.get(field), str) and item[field].strip()), item["id"])
    text = " ".join(str(name).split())
    return f"{noun} {quoted(text if len(text) <= 40 else text[:37] + '…', language)}"


class _Comparison:
    def __init__(self, mine: dict[str, Any], theirs: dict[str, Any], language: str) -> None:
        self.mine, self.theirs, self.language = mine, theirs, language
        self.found: list[str] = []
        self.titles = {tp_id: title for project in (theirs, mine)
                       for journey in project.get("journeys") or []
                       for tp_id, title in touchpoint_titles(journey).items()}
        """Every touchpoint's title, by id, to name flows (this window's when both have it)."""

    def _where(self, loc: _Location) -> str:
        """Where ``loc`` is, ready to go before a sentence (empty at the top)."""
        where = describe_location(self.theirs, loc, self.language, flow_ends=True)
        return f"{where}{say('colon', self.language)} " if where else ""

    def compare(self, mine: Any, theirs: Any, loc: _Location) -> None:
        if mine == theirs:
            return
        if isinstance(mine, dict) and isinstance(theirs, dict):
            for key in [*mine, *(k for k in theirs if k not in mine)]:
                self.compare(mine.get(key), theirs.get(key), (*loc, key))
            return
        key = loc[-1] if loc else ""
        if isinstance(key, str) and (_is_entity_list(mine) or _is_entity_list(theirs)):
            self._compare_items(mine or [], theirs or [], loc, key)
            return
        where, subject, _ = split_location(self.theirs, loc, self.language, flow_ends=True)
        colon = say("colon", self.language)
        self.found.append(say("differs", self.language,
                              where=f"{where}{colon} " if where else "",
                              subject=subject or describe_location(
                                  self.theirs, loc, self.language, flow_ends=True)))

    def _compare_items(self, mine: list[dict[str, Any]], theirs: list[dict[str, Any]],
                       loc: _Location, key: str) -> None:
        theirs_by_id = {item["id"]: index for index, item in enumerate(theirs)}
        mine_ids = {item["id"] for item in mine}
        where = self._where(loc[:-1])
        for item in mine:
            if item["id"] not in theirs_by_id:
                self.found.append(say("only_here", self.language, where=where,
                                      item=_label(item, key, self.language, self.titles)))
        for item in theirs:
            if item["id"] not in mine_ids:
                self.found.append(say("only_on_disk", self.language, where=where,
                                      item=_label(item, key, self.language, self.titles)))
        for item in mine:
            index = theirs_by_id.get(item["id"])
            if index is not None:
                self.compare(item, theirs[index], (*loc, index))
        if [i["id"] for i in mine if i["id"] in theirs_by_id] \
                != [i["id"] for i in theirs if i["id"] in mine_ids]:
            self.found.append(say("other_order", self.language, where=where,
                                  item=ITEM_NOUNS.get(key, {}).get(self.language, key)))


def project_differences(mine: Project, theirs: Project, language: str = "en",
                        limit: int = 15) -> list[str]:
    """One line per difference between ``mine`` and ``theirs`` (at most ``limit``, then how
    many more), in ``language``."""
    comparison = _Comparison(mine.model_dump(mode="json"), theirs.model_dump(mode="json"),
                             language)
    comparison.compare(comparison.mine, comparison.theirs, ())
    found = list(dict.fromkeys(comparison.found))
    if len(found) > limit:
        return [*found[:limit], say("more_differences", language, count=len(found) - limit)]
    return found
