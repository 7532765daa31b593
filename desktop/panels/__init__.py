"""The views an analyst reads: one panel a module, each ``XPanel(session, parent=None)``.

A panel takes the :class:`~desktop.session.Session`, listens to its signals and changes it
only through its methods; the main window composes the panels and nothing else.
"""
