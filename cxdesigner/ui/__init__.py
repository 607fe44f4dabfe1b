"""The editor's window, docks, dialogs and menus (Qt widgets on top of the map canvas)."""
