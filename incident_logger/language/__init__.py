"""The language layer: words, scripts, lemmas and name keys for Russian, Ukrainian and English.

Everything that matches words in their grammatical forms (the gazetteer, statement capture,
search) goes through this package. It imports neither Qt nor the store nor services. The
morphological dictionaries (pymorphy3, Russian and Ukrainian) load lazily on first use, once,
under a lock; call ``warm_up()`` from a worker thread at start-up so no GUI action waits.
"""

from incident_logger.language.analysis import (
    WordForms,
    analyse,
    lemmas,
)
from incident_logger.language.keys import lemma_key, lemma_keys, text_lemmas
from incident_logger.language.morph import is_loaded, load_seconds, warm_up
from incident_logger.language.scripts import Script, guess_language, script_of
from incident_logger.language.stem import stem_english
from incident_logger.language.tokens import Token, tokenize

__all__ = [
    "Script",
    "Token",
    "WordForms",
    "analyse",
    "guess_language",
    "is_loaded",
    "lemma_key",
    "lemma_keys",
    "lemmas",
    "load_seconds",
    "script_of",
    "stem_english",
    "text_lemmas",
    "tokenize",
    "warm_up",
]
