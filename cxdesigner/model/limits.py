"""Caps on sizes, so that an absurd or hostile file is refused instead of exhausting memory."""

MAX_FILE_BYTES = 64 * 1024 * 1024
"""A project file larger than this is refused before it is parsed (embedded photos included)."""

MAX_ID_CHARS = 64
MAX_NAME_CHARS = 500
MAX_TEXT_CHARS = 20_000
MAX_LIST_ITEMS = 100_000
MAX_PHOTO_CHARS = 4 * 1024 * 1024
"""An embedded persona photo, base64 text, after downscaling."""
MAX_IMAGE_CHARS = 4 * 1024 * 1024
"""A picture on the map, base64 text: 3 MB of PNG or JPEG (CX Designer stores far less)."""
MAX_IMAGE_SIDE = 2048
"""A picture on the map is at most this many pixels a side (CX Designer stores 1,600)."""

EMOTION_MIN = -3
EMOTION_MAX = 3
