"""Small services of the machine the program runs on: paths, settings, the safe file writer.

Nothing here knows a workplace; everything above may use it.
"""
