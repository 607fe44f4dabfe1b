"""What every part of the map looks like, as primitives the screen and the PDF both paint."""
