"""Tell how a spreadsheet's bytes are encoded, and read them without changing a character.

Excel and LibreOffice save CSV as UTF-8 (with or without a byte-order mark), or as
Windows-1252 on a French or English Windows. A file put together from both (rows pasted
from another file, a column added by another program) is read a character at a time:
what is valid UTF-8 as UTF-8, each other byte as Windows-1252, and the rows read that way
are named, so that nobody is surprised.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from charset_normalizer import from_bytes

from cxdesigner.io.csv_wording import CsvMessage, csv_message

UTF8 = "UTF-8"
WINDOWS_1252 = "Windows-1252"
MIXED = "UTF-8 and Windows-1252"

_ESCAPED = re.compile("[\udc80-\udcff]")
"""What ``surrogateescape`` leaves for each byte that is not valid UTF-8."""


class UnreadableTextError(ValueError):
    """The bytes cannot be read as text; the message says why and what to do."""

    def __init__(self, said: CsvMessage) -> None:
        super().__init__(str(said))
        self.said = said


@dataclass(frozen=True)
class DecodedText:
    """A spreadsheet's text, its encoding, and the lines read as Windows-1252 in a mixed file.

    Attributes:
        text: the text.
        encoding: its name, as shown to the user.
        windows_lines: in a file of :data:`MIXED` encoding, the lines (from 1) holding
            characters read as Windows-1252.
    """

    text: str
    encoding: str
    windows_lines: tuple[int, ...] = ()


def _read_mixed(raw: bytes) -> DecodedText | None:
    """The text of a file mixing UTF-8 and Windows-1252; None when it holds no UTF-8 at all
    beyond ASCII (then it is plain Windows-1252)."""
    escaped = raw.decode("utf-8", errors="surrogateescape")
    bytes_found = len(_ESCAPED.findall(escaped))
    non_ascii = len(escaped) - len(escaped.encode("ascii", errors="ignore"))
    if non_ascii == bytes_found:
        return None
    lines: list[int] = []
    pieces: list[str] = []
    last = 0
    line = 1
    for match in _ESCAPED.finditer(escaped):
        line += escaped.count("\n", last, match.start())
        byte = bytes([ord(match.group()) - 0xDC00])
        try:
            character = byte.decode("cp1252")
        except UnicodeDecodeError as error:
            raise UnreadableTextError(csv_message("byte_unknown", line=line,
                                                  byte=f"0x{byte[0]:02X}")) from error
        pieces.extend((escaped[last:match.start()], character))
        last = match.end()
        if not lines or lines[-1] != line:
            lines.append(line)
    pieces.append(escaped[last:])
    return DecodedText("".join(pieces), MIXED, tuple(lines))


def decode_text(raw: bytes) -> DecodedText:
    """The text of a CSV file.

    UTF-8 (with or without a byte-order mark) is tried strictly first, since a
    Windows-1252 reading of UTF-8 bytes would silently produce "Ã©" for "é"; then a mix of
    UTF-8 and Windows-1252; then Windows-1252 alone; then a guess.

    Raises:
        UnreadableTextError: the file is not text, or in no encoding that can be told.
    """
    if raw.startswith(b"PK\x03\x04"):
        raise UnreadableTextError(csv_message("zip_archive"))
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return DecodedText(raw.decode("utf-16"), "UTF-16")
        except UnicodeDecodeError as error:
            raise UnreadableTextError(csv_message("utf16_damaged")) from error
    if b"\x00" in raw:
        raise UnreadableTextError(csv_message("binary"))
    try:
        return DecodedText(raw.decode("utf-8-sig"), UTF8)
    except UnicodeDecodeError:
        pass
    mixed = _read_mixed(raw.removeprefix(b"\xef\xbb\xbf"))
    if mixed is not None:
        return mixed
    try:
        return DecodedText(raw.decode("cp1252"), WINDOWS_1252)
    except UnicodeDecodeError:
        pass
    guess = from_bytes(raw).best()
    if guess is None:
        raise UnreadableTextError(csv_message("encoding_unknown"))
    return DecodedText(str(guess), guess.encoding)
