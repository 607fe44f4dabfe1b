"""The persona editor and the personas' emotion curves on the map."""

from cxdesigner.ui.personas.install import PersonaTools, install_persona_editor

__all__ = ["PersonaTools", "install_persona_editor"]
