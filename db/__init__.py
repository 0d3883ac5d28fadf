"""SQLite storage for boardkb, through sqlite-utils: the schema (a public API, see
``docs/schema.md``), writing parsed papers, searching passages, and serving with Datasette."""
