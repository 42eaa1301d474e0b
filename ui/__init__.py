"""The Qt layer: windows, item models, undo commands and workers over storage/ and parsing/."""
