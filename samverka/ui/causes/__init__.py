"""The cause-analysis canvases: triangle, fishbone, five whys and tree over one cause graph (see steps/step05)."""
