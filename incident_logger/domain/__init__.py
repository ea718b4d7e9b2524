"""Plain-Python domain: enums, value objects, validation and the search language."""
