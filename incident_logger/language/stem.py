"""English word stems (Snowball), for the words no morphological dictionary here covers."""

from __future__ import annotations

import threading
from functools import lru_cache

import snowballstemmer

_local = threading.local()  # a Snowball stemmer keeps state while it works: one per thread


def _stemmer() -> snowballstemmer.stemmer:
    stemmer = getattr(_local, "stemmer", None)
    if stemmer is None:
        stemmer = _local.stemmer = snowballstemmer.stemmer("english")
    return stemmer


@lru_cache(maxsize=65536)
def stem_english(word: str) -> str:
    """The Snowball (Porter 2) stem of a lower-cased English word: 'regions' -> 'region'."""
    return str(_stemmer().stemWord(word.lower()))
