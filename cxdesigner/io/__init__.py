"""Project files: atomic save with backups, safe load with migrations and clear errors (no Qt)."""

from cxdesigner.io.errors import ProjectFileError
from cxdesigner.io.project_file import (
    PROJECT_SUFFIX,
    backup_paths,
    dumps_project,
    load_project,
    loads_project,
    read_project,
    save_project,
)

__all__ = [
    "PROJECT_SUFFIX",
    "ProjectFileError",
    "backup_paths",
    "dumps_project",
    "load_project",
    "loads_project",
    "read_project",
    "save_project",
]
