"""The bundled sample résumés (fictional people) and the generator that writes them."""
