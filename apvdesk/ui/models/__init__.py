"""Qt item models that show domain objects in tables."""
