"""Dialogs and small windows of the application shell (Open URL, Export Brief, About, ...)."""
