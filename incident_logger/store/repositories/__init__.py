"""One repository per aggregate: each owns its SQL and its row <-> object mapping.

The services, the import, the demo generator and the briefing read and write records through
these modules; the bulk paths use the same statements in batches (``executemany``).
"""
