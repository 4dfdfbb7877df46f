"""Interactive, self-contained HTML pages of the network views (see :mod:`kg.render.html`)."""
