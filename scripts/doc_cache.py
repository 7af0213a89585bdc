"""Parsed Docs kept on disk between runs (spaCy's DocBin), for iterating on the rules
and features of the model backend without parsing PolNeAR again each time.

``CachedNlp(nlp, path)`` is called like ``nlp``: a text parsed before (same text, same
pipeline name) comes back from the cache; a new one is parsed and added, and ``save()``
writes the cache. Only the Doc's annotations are kept (tokens, tags, lemmas, morphology,
dependencies, sentences, entities), which is all the library reads.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, DocBin


class CachedNlp:
    def __init__(self, nlp: Language, path: Path) -> None:
        self.nlp = nlp
        self.path = path
        self.docs: dict[str, Doc] = {}
        self.dirty = False
        if path.exists():
            bin_ = DocBin().from_bytes(path.read_bytes())
            for doc in bin_.get_docs(nlp.vocab):
                self.docs[self._key(doc.text)] = doc

    def _key(self, text: str) -> str:
        return hashlib.sha1(f"{self.nlp.meta.get('name')}\0{text}".encode()).hexdigest()

    def __call__(self, text: str) -> Doc:
        key = self._key(text)
        doc = self.docs.get(key)
        if doc is None:
            doc = self.nlp(text)
            self.docs[key] = doc
            self.dirty = True
        return doc

    def save(self) -> None:
        if not self.dirty:
            return
        bin_ = DocBin(attrs=["ORTH", "TAG", "HEAD", "DEP", "ENT_IOB", "ENT_TYPE", "ENT_KB_ID",
                             "LEMMA", "MORPH", "POS", "SENT_START", "SPACY"])
        for doc in self.docs.values():
            bin_.add(doc)
        self.path.write_bytes(bin_.to_bytes())
        self.dirty = False
