"""A typed speaker mention: what :class:`~.typer.MentionTyper` reads from a phrase."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(slots=True)
class Mention:
    """A typed mention: offsets, the name it gives, kind, shape ("pronoun", "name",
    "description", "relative"), head word, and the gender ("m", "f", "") it states."""

    start: int
    end: int
    name: str
    kind: str
    shape: str
    head: str = ""
    modifiers: tuple[str, ...] = ()
    description: str | None = None
    gender: str = ""
    plural: bool = False
    surname: str = ""
    title_only: bool = False  # an honorific or title with no name ("Ms.")
    weak: bool = False  # an organisation only by the word lexicon's guess: may be a person

    def moved(self, start: int, end: int) -> Mention:
        """The same mention at other offsets (a name the text repeats)."""
        return Mention(start, end, self.name, self.kind, self.shape, self.head, self.modifiers,
                       self.description, self.gender, self.plural, self.surname,
                       self.title_only, self.weak)
