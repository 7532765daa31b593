"""Small reusable widgets and delegates the panels compose: colours, badges, cards, bars."""
