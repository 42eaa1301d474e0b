"""The library: models, migrations, search, the import use-case and exporters (no Qt)."""
