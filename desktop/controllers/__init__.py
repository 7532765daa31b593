"""Controllers: the main window's behaviour (projects, loading, export, panels), one concern a file."""
