"""Jinja2 templates for update reports (quarterly summary, project history, board update),
rendered from the database's facts; a user folder can override any template by name."""
