"""What the UI and the command line share above the store.

The shipped resources, the demo file, gathering a report's data, the report registry and
the user-facing messages about files.
"""
