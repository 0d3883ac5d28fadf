"""boardkb: board papers in, a searchable SQLite knowledge base out, served by Datasette."""

__version__ = "0.1.0"
