"""Versions of a project: what changed, three-way merges and named snapshots (no Qt)."""
