"""Command modules; each defines ``NAME``, ``configure(parser)`` and ``run(args)``.

``HELP`` is the one place that lists the commands with their one-line help, so that
``--help`` and a mistyped command are answered without importing any command (the heavy
libraries of PDF briefings and the ORM load only for the command that needs them). A
module's name is its command's name (``import_cmd`` for ``import``).
"""

HELP: dict[str, str] = {
    "backup": "back up the database (or list backups, or restore one)",
    "briefing": "write a PDF briefing of the incidents a query selects",
    "capture": "propose count reports and incidents from a published statement (ru, uk, en)",
    "copy": "copy a whole database between a file and a team database (either way), checked",
    "check": "check the database's integrity and schema version",
    "demo": "add synthetic incidents, places, sources and count reports (for trying the app)",
    "export": "export incidents (all, or a search) as JSON, CSV, GeoJSON or ACLED CSV",
    "import": "import incidents from the app's JSON or CSV, or from an ACLED event CSV",
    "salvage": "copy what a damaged database still holds into a new database or JSON file",
    "search": "print incidents matching a query in the search language",
    "synonyms": "list, add or remove the groups of words a search treats as one",
    "team": "set up a team database on PostgreSQL (schema, editors' and viewers' roles)",
}


def module_name(command: str) -> str:
    """The module of ``command`` (``import`` is a keyword, so its module is ``import_cmd``)."""
    return f"{__name__}.{command}_cmd" if command == "import" else f"{__name__}.{command}"
