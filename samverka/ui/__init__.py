"""The Qt layer: windows, pages, canvases, the audience window, undo commands, charts. The only importer of Qt."""
