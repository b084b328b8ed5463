"""Dialogs that change a participant: admit, edit, level change, leave, consents, notes."""
