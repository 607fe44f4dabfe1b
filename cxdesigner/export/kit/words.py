"""The words printed on the workshop kit, in French and English."""

from __future__ import annotations

from cxdesigner.drawing.words import Words

NBSP = "\u00a0"

# key -> (French, English). French typography: ’, « », a no-break space before : ; ! ?
_WORDS: dict[str, tuple[str, str]] = {
    "kit": ("Kit d’atelier", "Workshop kit"),
    "subject": ("Kit d’atelier pour le mur", "Workshop kit for the wall"),
    "channel": ("Canal", "Channel"),
    "interlocutor": ("Interlocuteur", "Interlocutor"),
    "moment": ("Moment", "Moment"),
    "emotion": ("Émotion", "Emotion"),
    "new_step": ("Nouvelle étape", "New step"),
    "write_here": ("Écrivez l’étape ici, en capitales", "Write the step here, in capitals"),
    "stage_of": ("Étape {n} sur {total}", "Stage {n} of {total}"),
    "strip_top": ("Bande des émotions · haut", "Emotion strip · top"),
    "strip_bottom": ("Bande des émotions · bas", "Emotion strip · bottom"),
    "glue": ("Collez ici, sous le niveau 0", "Glue here, under level 0"),
    "level_line": ("centre des cartes sur cette ligne", "card centres on this line"),
    "tally": ("Vote par gommettes", "Dot voting"),
    "tally_stage": ("Vote par gommettes · {stage}", "Dot voting · {stage}"),
    "tally_code": ("Code", "Code"),
    "tally_item": ("Point de contact · irritant", "Touchpoint · pain point"),
    "tally_dots": ("Gommettes", "Dots"),
    "tally_total": ("Total", "Total"),
    "tally_other": ("Autre irritant\u00a0:", "Other pain point:"),
    "page": ("page", "page"),
    "guide": ("Guide de l’animateur", "Facilitator guide"),
    "guide_for": ("{journey} · {project}", "{journey} · {project}"),
    "contents": ("Dans ce kit\u00a0: {banners} bandeaux d’étape, la bande des émotions, "
                 "{cards} cartes et {blanks} cartes vierges, {tallies} feuilles de vote.",
                 "In this kit: {banners} stage banners, the emotion strip, {cards} cards and "
                 "{blanks} blank cards, {tallies} dot-voting sheets."),
    "g_prepare": ("Préparer", "Prepare"),
    "g_prepare_text": (
        "Imprimez à 100\u00a0% («\u00a0taille réelle\u00a0»). Découpez le long des "
        "pointillés. Collez le bas de la bande des émotions sous son haut, le niveau \u22121 "
        "juste sous le niveau 0.",
        "Print at 100 % (“actual size”). Cut along the dashed lines. Glue the bottom of the "
        "emotion strip under its top, level \u22121 right under level 0."),
    "g_wall": ("Le mur", "The wall"),
    "g_wall_text": (
        "Posez les bandeaux d’étape en haut, de gauche à droite. Chaque étape occupe la "
        "largeur qui va de son bandeau au suivant. Collez la bande des émotions à gauche, "
        "sous les bandeaux (sur un mur de plus de 2\u00a0m, une seconde bande à droite).",
        "Put the stage banners in a row at the top, left to right. Each stage runs from its "
        "banner to the next one. Stick the emotion strip at the left, below the banners (on "
        "a wall longer than 2 m, a second strip at the right end)."),
    "g_cards": ("Les cartes", "The cards"),
    "g_cards_text": (
        "Placez chaque carte sous le bandeau de son étape, dans l’ordre du parcours, de "
        "gauche à droite. Faute de place, empilez-les\u00a0: une pile se lit de haut en bas.",
        "Put each card under the banner of its stage, in the order of the journey, left to "
        "right. Short of room, stack them: a pile reads from top to bottom."),
    "g_emotion": ("Les émotions", "Emotions"),
    "g_emotion_text": (
        "Pour donner une émotion à une étape, descendez sa carte dans la bande des émotions, "
        "son centre à la hauteur du niveau voulu. Une carte hors de la bande garde son "
        "émotion.",
        "To give a step an emotion, move its card down into the emotion band, its centre at "
        "the height of the level. A card outside the band keeps its emotion."),
    "g_new": ("Nouvelles étapes", "New steps"),
    "g_new_text": (
        "Écrivez-les sur une carte vierge, lisiblement, et placez-la comme les autres. Elle "
        "devient un point de contact, avec la photo de ce que vous avez écrit.",
        "Write them on a blank card, legibly, and place it like the others. It becomes a "
        "touchpoint, with a picture of what you wrote."),
    "g_votes": ("Vote par gommettes", "Dot voting"),
    "g_votes_text": (
        "Chacun place quelques gommettes sur les irritants qui comptent le plus. Reportez "
        "les totaux sur les feuilles de vote.",
        "Each participant places a few dots on the pain points that matter most. Write the "
        "totals on the dot-voting sheets."),
    "g_photo": ("Photographier", "Take the photos"),
    "g_photo_text": (
        "Face au mur, bien éclairé, net. Une photo couvre au plus 1,5\u00a0m de mur\u00a0; "
        "un mur plus long se prend en plusieurs photos qui se recouvrent d’au moins deux "
        "cartes. Ne cachez pas les codes (mains, autres feuillets).",
        "Face the wall, in good light, in focus. One photo covers at most 1.5 m of wall; "
        "take a longer wall in several photos that overlap by two cards at least. Keep the "
        "codes clear of hands and other notes."),
    "g_read": ("Relire le mur", "Read the wall back"),
    "g_read_text": (
        "Dans CX Designer\u00a0: Fichier ▸ Importer ▸ Photo du mur…, ou «\u00a0cxdesigner "
        "read-wall projet.cxd photo.jpg\u00a0». Rien n’est changé sans votre accord\u00a0: "
        "vous acceptez chaque changement de la liste. Les codes illisibles sont listés, "
        "jamais devinés.",
        "In CX Designer: File ▸ Import ▸ Photo of the Wall…, or “cxdesigner read-wall "
        "project.cxd photo.jpg”. Nothing changes until you agree: you accept each change of "
        "the list. Codes that cannot be read are listed, never guessed."),
    "g_codes": ("Chaque pièce porte un code QR et, dessous, le même code en clair.",
                "Every piece carries a QR code and, under it, the same code in plain letters."),
}


class KitWords(Words):
    """The kit's words in one language."""

    _table = _WORDS

    def colon(self, key: str) -> str:
        """The word followed by a colon, spaced the French way in French."""
        return f"{self[key]}{NBSP}:" if self.language == "fr" else f"{self[key]}:"
