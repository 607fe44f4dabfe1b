"""The one error a project file raises: what file, what is wrong, where."""

from __future__ import annotations

from pathlib import Path


class ProjectFileError(Exception):
    """A project file could not be read or written.

    Attributes:
        path: the file concerned (None for text that came from elsewhere).
        problems: one sentence per problem, each saying where it is and what to fix.
    """

    def __init__(self, path: Path | None, problems: list[str], verb: str = "open") -> None:
        self.path = path
        self.problems = problems
        self.verb = verb
        super().__init__(self.message())

    def message(self, limit: int = 12) -> str:
        """The problems as a readable paragraph, cut after ``limit`` lines."""
        name = f"'{self.path}'" if self.path is not None else "the project"
        head = f"Cannot {self.verb} {name}:"
        if len(self.problems) == 1:
            return f"{head} {self.problems[0]}"
        shown = [f"- {problem}" for problem in self.problems[:limit]]
        if len(self.problems) > limit:
            shown.append(f"- … and {len(self.problems) - limit} more problems")
        return "\n".join([head, *shown])
