"""The workshop wall: the codes of the printed kit, and where its pieces sit on a photo."""
