# ruff: noqa: RUF001 - letters of other scripts that look like Latin ones are the point here
"""Build ``parcours-multilingue.cxd``: one journey written in many scripts, to try printing.

An airline's international customer service, each touchpoint in the language of the
customer who lived it: French, Greek, Russian, Chinese (simplified and traditional),
Japanese, Korean, Arabic, Hebrew, Vietnamese typed with combining accents, a French
sentence quoting an Arabic one, symbols, arrows and emoji. Open it in the editor and export
it to PDF: every script is drawn with the bundled fonts, the same on screen and on paper.

The same file is kept in ``tests/data/multilingual.cxd`` for the tests. Every id and date is
fixed, so running the script again writes the same bytes.

Usage (from the project's virtualenv)::

    python resources/demo/build_multilingual.py [OUTPUT.cxd ...]
"""

from __future__ import annotations

import datetime as dt
import importlib.util
import itertools
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TARGETS = (Path(__file__).resolve().parent / "parcours-multilingue.cxd",
           ROOT / "tests" / "data" / "multilingual.cxd")

if importlib.util.find_spec("cxdesigner") is None:  # a checkout that was not pip-installed
    sys.path.insert(0, str(ROOT))

from cxdesigner.io import save_project  # noqa: E402
from cxdesigner.model import (  # noqa: E402
    Channel,
    Flow,
    FlowKind,
    Interlocutor,
    Irritant,
    Journey,
    JourneyKind,
    MomentOfTruth,
    Opportunity,
    Persona,
    Project,
    Stage,
    StickyNote,
    Touchpoint,
    Verbatim,
    VerbatimSource,
)

MIXED = "Le client écrit : « مرحبا، أريد استرداد المبلغ » puis rappelle le 12 mai."
"""A French sentence quoting an Arabic one: both directions on one line."""
VIETNAMESE = "Tie\u0302\u0301ng Vie\u0323\u0302t : kha\u0301ch ha\u0300ng ha\u0300i lo\u0300ng"
"""Typed with combining accents (as some keyboards and PDFs give them): NFC composes them."""
STACKED = "Combining: q\u0307 x\u0302 (no precomposed letter)"
"""Accents that have no precomposed letter: the mark itself is drawn."""

# (stage, [(id, title, description, channel, emotion, moment)])
STAGES: list[tuple[str, str, list[tuple[str, str, str, str, int, MomentOfTruth]]]] = [
    ("st-fr", "Réservation — Europe", [
        ("tp-fr", "Réclamation « Œuvre » d’été",
         "La cliente compare les offres, hésite, puis réserve en ligne.", "ch-web", 1,
         MomentOfTruth.ESSENTIAL),
        ("tp-el", "Κράτηση εισιτηρίου",
         "Ο πελάτης κλείνει εισιτήριο για την Αθήνα μέσω της εφαρμογής.", "ch-app", 2,
         MomentOfTruth.NONE),
        ("tp-ru", "Бронирование билета",
         "Клиент звонит в службу поддержки и ждёт двадцать минут.", "ch-phone", -2,
         MomentOfTruth.CRITICAL),
    ]),
    ("st-asia", "预订 · 予約 · 예약", [
        ("tp-zh", "预订机票",
         "客户在网站上预订了去上海的机票，但是没有收到确认邮件，于是打电话给客服中心。",
         "ch-web", -1, MomentOfTruth.CRITICAL),
        ("tp-zh-tw", "預訂機票",
         "客戶致電客服中心，服務人員很快地解決了問題。", "ch-phone", 2, MomentOfTruth.WOW),
        ("tp-ja", "チケットの予約",
         "お客様はアプリで予約しましたが、支払いの画面でエラーが出ました。", "ch-app", -2,
         MomentOfTruth.CRITICAL),
        ("tp-ko", "항공권 예약",
         "고객이 고객센터에 전화해서 예약을 변경했습니다.", "ch-phone", 1,
         MomentOfTruth.ESSENTIAL),
    ]),
    ("st-me", "الشرق الأوسط · המזרח התיכון", [
        ("tp-ar", "حجز تذكرة",
         "اتصل العميل بمركز خدمة العملاء لتغيير موعد الرحلة.", "ch-phone", -1,
         MomentOfTruth.ESSENTIAL),
        ("tp-he", "הזמנת כרטיס",
         "הלקוח התקשר למוקד השירות וקיבל תשובה מהירה.", "ch-phone", 2, MomentOfTruth.WOW),
        ("tp-mixed", "Avis mixte : français et العربية", MIXED, "ch-mail", 0,
         MomentOfTruth.NONE),
    ]),
    ("st-after", "Après le voyage ✈", [
        ("tp-vi", VIETNAMESE, STACKED, "ch-mail", 2, MomentOfTruth.WOW),
        ("tp-emoji", "Avis client 😀 👍 ⭐",
         "Très content ✓ → fidèle ⇒ recommande ★ ❤ ☎ € ≤ ∞ ½", "ch-app", 3,
         MomentOfTruth.WOW),
    ]),
]


def build_multilingual_project() -> Project:
    """The multilingual project, built from the model classes."""
    channels = [Channel(id="ch-web", name="Site web / 网站", digital=True),
                Channel(id="ch-app", name="Application / アプリ", digital=True),
                Channel(id="ch-phone", name="Téléphone / 전화 / هاتف"),
                Channel(id="ch-mail", name="E-mail / דוא״ל", digital=True)]
    people = [Interlocutor(id="i-agent", name="Conseillère / 客服人员"),
              Interlocutor(id="i-bot", name="Chatbot 🤖", human=False)]
    stages: list[Stage] = []
    for stage_id, stage_name, rows in STAGES:
        touchpoints = [
            Touchpoint(id=tp_id, title=title, description=description, channel_id=channel,
                       interlocutor_id={"ch-phone": "i-agent", "ch-app": "i-bot"}.get(channel),
                       emotion=emotion, moment=moment)
            for tp_id, title, description, channel, emotion, moment in rows]
        stages.append(Stage(id=stage_id, name=stage_name, touchpoints=touchpoints))
    by_id = {tp.id: tp for stage in stages for tp in stage.touchpoints}
    by_id["tp-ja"].verbatims = [Verbatim(id="v-ja", text="「支払いができません」と言われました。",
                                         source=VerbatimSource.ADVISER_CALL, author="お客様",
                                         date=dt.date(2025, 5, 12))]
    by_id["tp-ar"].verbatims = [Verbatim(id="v-ar", text="الخدمة كانت ممتازة، شكراً لكم!",
                                         source=VerbatimSource.REVIEW, author="عميل")]
    by_id["tp-ko"].irritants = [Irritant(id="irr-ko", text="대기 시간이 너무 깁니다", severity=3)]
    by_id["tp-he"].opportunities = [Opportunity(id="op-he", text="שירות בצ׳אט בעברית")]
    by_id["tp-ru"].irritants = [Irritant(id="irr-ru", text="Долгое ожидание на линии",
                                         severity=4)]
    order = [tp_id for _, _, rows in STAGES for tp_id, *_ in rows]
    flows = [Flow(id=f"f-{index}", source_id=source, target_id=target)
             for index, (source, target) in enumerate(itertools.pairwise(order))]
    flows.append(Flow(id="f-back", source_id="tp-ja", target_id="tp-zh", kind=FlowKind.BACK,
                      label="再次致电 → retour"))
    flows.append(Flow(id="f-transfer", source_id="tp-ar", target_id="tp-he",
                      kind=FlowKind.TRANSFER, label="העברה / تحويل"))
    persona = Persona(id="p-amal", name="أمل — Amal, voyageuse", colour="#2a6f97",
                      quote="أريد حلاً سريعاً — je veux une solution rapide.",
                      description="Voyage entre Paris, Tokyo et Séoul ; écrit en français, "
                                  "en arabe et en japonais.",
                      needs=["一次解决问题", "Une réponse dans sa langue"],
                      frustrations=["Répéter son histoire 😤", "待ち時間が長い"])
    journey = Journey(id="j-intl", name="Parcours international 国际 · دولي",
                      kind=JourneyKind.CURRENT, persona_ids=[persona.id], stages=stages,
                      flows=flows,
                      notes=[StickyNote(id="n-zh", text="检查翻译 — vérifier les traductions",
                                        stage_id="st-asia")])
    return Project(title="Service client international — 多语言 · متعدد اللغات",
                   client="Compagnie aérienne Ἀθηνᾶ", language="fr",
                   created=dt.date(2025, 5, 1), modified=dt.date(2025, 5, 20),
                   personas=[persona], channels=channels, interlocutors=people,
                   journeys=[journey])


def main(argv: list[str]) -> int:
    """Write the project to the paths given, or to both of its usual places."""
    targets = [Path(arg) for arg in argv[1:]] or list(TARGETS)
    project = build_multilingual_project()
    for target in targets:
        save_project(project, target, backups=0)
        print(target)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
