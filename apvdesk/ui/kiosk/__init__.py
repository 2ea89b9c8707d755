"""Kiosk mode: anonymous answering of a round's questionnaire on the shared office PC."""
