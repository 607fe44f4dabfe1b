"""What is wrong with a picture the user gave the map, and what to do, in the interface
language."""

from __future__ import annotations

from cxdesigner.interface_language import translate
from cxdesigner.io.images import MAX_PHOTO_PIXELS
from cxdesigner.io.pictures import MAX_FILE_BYTES, PictureError, PictureProblem


def _advice() -> str:
    return translate("Pictures", "Choose a PNG or JPEG picture, or open this one in an image "
                                 "editor and save a smaller copy (2,000 pixels a side is "
                                 "plenty).")


def picture_problem_text(error: PictureError) -> str:
    """Why ``error``'s picture was refused and what to do; nothing on the map changed."""
    name = error.name or translate("Pictures", "picture")
    problem = error.problem
    if problem is PictureProblem.MISSING:
        return translate("Pictures", "The file “%1” was not found. It may have been moved or "
                                     "renamed: choose it again.").replace("%1", name)
    if problem is PictureProblem.FOLDER:
        return translate("Pictures", "“%1” is a folder, not a picture.").replace("%1", name)
    if problem is PictureProblem.NOT_A_FILE:
        return translate("Pictures", "“%1” is not a file (a device or a pipe?). Choose a "
                                     "picture file.").replace("%1", name)
    if problem is PictureProblem.UNREADABLE_FILE:
        return translate("Pictures", "“%1” could not be read: %2.").replace(
            "%1", name).replace("%2", error.reason)
    if problem is PictureProblem.TOO_LARGE_FILE:
        return translate("Pictures", "The file “%1” is %2 MB; a picture may be at most %3 MB.") \
            .replace("%1", name).replace("%2", str(round(error.size / 2**20))) \
            .replace("%3", str(MAX_FILE_BYTES // 2**20)) + " " + _advice()
    pixels = error.pixels
    if problem is PictureProblem.TOO_MANY_PIXELS and pixels is not None and not pixels.width:
        return translate("Pictures", "“%1” has more than the %2 megapixels a picture may "
                                     "have.").replace("%1", name) \
            .replace("%2", str(pixels.megapixels)) + " " + _advice()
    if problem is PictureProblem.TOO_MANY_PIXELS and pixels is not None:
        if pixels.whole_format:
            text = translate("Pictures", "“%1” is %2 \u00d7 %3 pixels: more than the %4 "
                                         "megapixels a %5 picture may have (a JPEG photo may "
                                         "have %6).").replace("%5", pixels.format_name.upper()) \
                .replace("%6", str(MAX_PHOTO_PIXELS // 1_000_000))
        else:
            text = translate("Pictures", "“%1” is %2 \u00d7 %3 pixels: more than the %4 "
                                         "megapixels a picture may have.")
        return text.replace("%1", name).replace("%2", str(pixels.width)) \
            .replace("%3", str(pixels.height)).replace("%4", str(pixels.megapixels)) \
            + " " + _advice()
    if problem is PictureProblem.NOT_AN_IMAGE:
        return translate("Pictures", "“%1” is not a picture CX Designer can read.").replace(
            "%1", name) + " " + _advice()
    return translate("Pictures", "“%1” could not be read: the file may be damaged.").replace(
        "%1", name) + " " + _advice()
