"""Dialogs: adding a place or a source quickly, choosing what to do with a likely duplicate."""
