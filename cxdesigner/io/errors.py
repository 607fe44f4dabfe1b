"""The one error a project file raises: what file, what is wrong, where."""

from __future__ import annotations

from pathlib import Path

from cxdesigner.io.wording import file_name, say


class ProjectFileError(Exception):
    """A project file could not be read or written.

    Attributes:
        path: the file concerned (None for text that came from elsewhere).
        problems: one sentence per problem, each saying where it is and what to fix.
        language: the language of ``problems`` (``en`` or ``fr``), and of :meth:`message`.
    """

    def __init__(self, path: Path | None, problems: list[str], verb: str = "open",
                 language: str = "en") -> None:
        self.path = path
        self.problems = problems
        self.verb = verb
        self.language = language
        super().__init__(self.message())

    def message(self, limit: int = 12) -> str:
        """The problems as a readable paragraph, cut after ``limit`` lines."""
        language = self.language
        name = file_name(self.path, language) if self.path is not None \
            else say("the_project", language)
        head = say(f"head_{self.verb}", language, name=name)
        if len(self.problems) == 1:
            return f"{head} {self.problems[0]}"
        shown = [f"- {problem}" for problem in self.problems[:limit]]
        if len(self.problems) > limit:
            shown.append(f"- {say('more_problems', language, count=len(self.problems) - limit)}")
        return "\n".join([head, *shown])
