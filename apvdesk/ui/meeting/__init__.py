"""The dialogue meeting for small teams: the facilitator's window and the presentation screen."""
