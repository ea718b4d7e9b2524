"""Everything Qt: the main window, table models, views, dialogs, widgets, icons and tasks."""
