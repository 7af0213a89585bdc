"""Descriptions: "the military expert", "the league commissioner", "A Halifax ferry
captain" to the entity they describe.

A description joins a named entity, as news writing links them:

* **title-noun match**: a definite description whose head is a title or role the entity
  was given ("the league commissioner" → "Commissioner Gordon Belliveau"; "the senator"
  → "Sen. Bernie Sanders"), unless its modifiers contradict what the entity was called
  ("Sudan's irrigation minister" is not "Ethiopia's water minister");
* **elegant variation**: a definite role noun with no antecedent of its own refers to
  the named person who stands out ("Boakye-Ansah made 31 saves. The 24-year-old
  goaltender said …"), unless someone was just introduced with that noun ("an
  organizer … the organizer told them"), the description is relational ("the store's
  owner") or says its source is unnamed;
* **cataphora**: an unnamed description is the person named as a subject within the
  next two sentences ("A Halifax ferry captain …" … "Aidan MacNeil, 52, said"), or named
  later with its title ("Egypt's foreign minister" … "Foreign Minister Layla Haddad");
* apposition and copula are read where the text has them (``reader.py``).

Otherwise a description is an entity of its own, named by its most informative form
(Poesio & Vieira 1998; Lee et al. 2013; the Gender Gap Tracker for news).
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Sequence

import regex

from ..candidates import Candidate
from ..phrases import POSSESSIVES, Tagger
from ..resources import SpeakerLexicon
from ..segment import DocView
from .appositions import DATA_NOUNS, apposition_after, copula_after, data_source
from .businesses import Businesses
from .cataphora import CATAPHORA_WINDOW, TITLE_WINDOW, Cataphora
from .description_words import (
    DEFINITE,
    conflict,
    head_words,
    informative,
    modifiers,
    possessor,
    role_kinds,
    serves_other,
)
from .entities import ANIMATE, GENDERED_NOUN, Cluster, Registry, find
from .mention import Mention
from .org_types import OrgTypes
from .owners import other_complement, other_owner
from .subjects import addressed_words, follows_quotation, quotation_sent
from .text import report_gender
from .typer import MentionTyper
from .typer_words import RANK
from .unlisted import stood_beside, unlisted_antecedent
from .unnamed import anonymous, said_unnamed

# Heads that fit any organisation ("the company" for "Northwind Logistics").
GENERIC_ORGS = frozenset(["company", "firm", "group", "organization", "organisation",
                          "business", "corporation", "outfit", "operator"])
# Generic heads only a business takes: "the company" is no council (org_types.tsv types).
COMPANY_NOUNS = frozenset(["company", "firm", "business", "corporation"])
RECALLED = frozenset(["anonymous", "organization"])  # kinds a description recalls from afar
PUBLIC_BODIES = frozenset(["body", "authority", "force", "regulator", "agency"])
TEAM_NOUNS = frozenset(["club", "team", "side", "franchise"])
RETYPING = GENERIC_ORGS | TEAM_NOUNS  # "Leeds Rhinos … the club"
PAPERS = frozenset(["paper"])  # "the paper": a newspaper, or the study just named
# "the 22-year-old", "The 27-year-old from Eindhoven": a person by age (and origin)
_AGE_NOUN = regex.compile(r"\d+-year-old(?: from (?:the )?\p{Lu}[\w'’-]*(?: \p{Lu}[\w'’-]*)*)?\Z")
PERSON_NOUNS = frozenset(["man", "woman", "boy", "girl"])  # a person by sex alone
_AGE_OF = regex.compile(r"(\d+)-year-old")
_AGED = regex.compile(r"\d+-year-old\s")  # "the 34-year-old mother": one by age and noun
_COUNTRY_OWNER = regex.compile(r"(\p{Lu}\w+(?: \p{Lu}\w+)?)['’]s\s+\Z")  # "Indonesia's "
_COUNTRY_LEAD = regex.compile(r"(\p{Lu}\w+(?: \p{Lu}\w+)?)['’]s\s+\p{Lu}")
_BORN = regex.compile(r"\p{Lu}[\w'’.]*(?:-[\w'’.]+)*-born\s")  # "the Leicester-born …"
# "the father of three": a parent by the children's count, as news varies on a named one
_PARENT_OF = regex.compile(
    r"(?:\d+-year-old\s+)?(?:father|mother|grandfather|grandmother|mum|mom|dad) of "
    r"(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\Z", regex.IGNORECASE)
_NAME_AFTER = regex.compile(r"[ \t]+\p{Lu}")  # "commissioner Gordon …": a title
# The determiner of a noun phrase that introduces someone, up to two words before its
# head ("an organizer", "its first witness", "a local business owner").
_INTRODUCING = regex.compile(
    r"(?i)(?<![\w-])(?:a|an|another|one|its|their|his|her|our)(?:[ \t]+[\w'’-]+){0,2}[ \t]+\Z"
)
HEADLINE_CLUSTERS = 8  # the first unnamed entities made, among which a headline's are
# Abbreviated titles and the role nouns they stand for ("Sen." → "the senator").
TITLE_NOUNS = {
    "sen": "senator", "rep": "representative", "gov": "governor", "gen": "general",
    "lt": "lieutenant", "col": "colonel", "sgt": "sergeant", "capt": "captain",
    "prof": "professor", "dr": "doctor", "supt": "superintendent", "insp": "inspector",
    "const": "constable", "pres": "president", "atty": "attorney", "cmdr": "commander",
    "adm": "admiral", "maj": "major", "det": "detective", "cllr": "councillor",
    "cr": "councillor", "coun": "councillor",
}


class Descriptions(Cataphora):
    """Links the descriptions of one article to its entities."""

    def __init__(
        self, view: DocView, lex: SpeakerLexicon, reg: Registry, typer: MentionTyper,
        tag: Tagger,
    ) -> None:
        self.view = view
        # the numbers of the prose sentences (``scan.TextScan.sent_rank``), set by the reader
        self.sent_rank: Sequence[int] = ()
        self.lex = lex
        self.reg = reg
        self.typer = typer
        self.tag = tag
        self.org_types = OrgTypes(view)
        self.businesses = Businesses(view, reg, typer, self.org_types)

    def said_of(self, c: Cluster, b: int) -> None:
        """What an apposition or copula after a name (ending before token ``b``) says
        the entity is: "Huang Xiaoling, a 31-year-old software engineer, …"; "… is a
        44-year-old teacher"."""
        view = self.view
        hi = view.sents[view.sent_of[b - 1]][1]
        span = apposition_after(view, self.tag, b, hi)
        if span is not None:
            self.describe_span(c, span)
            b = span[1] + 1
        if b < hi:
            cop = copula_after(view, self.tag, b, hi)
            if cop is not None:
                self.describe_span(c, cop)

    def describe_span(self, c: Cluster, span: tuple[int, int]) -> None:
        """Tokens ``span`` describe ``c``: its heads, and the gender a noun there states."""
        view = self.view
        a, b = span
        if view.words[a][:1].isdigit():
            return  # an age
        text = view.text[view.starts[a] : view.ends[b - 1]]
        c.describe(text.strip(), self.said_heads(c, text))
        gender = self.typer.phrase_gender(a, b)
        if gender and c.kind in ANIMATE:
            c.vote(gender, GENDERED_NOUN)

    def heads(self, words: Iterable[str], kind: str = "person") -> list[str]:
        """The title and role nouns among ``words`` ("Sen." counts as "senator"); those
        of a possessor are someone else's ("the former vice president's spokeswoman" is
        no president); an organisation's nouns for an organisation ("Serie B club")."""
        lex = self.lex
        out: list[str] = []
        for w in words:
            if possessor(w):
                out = []
                continue
            w = w.rstrip(".").rstrip(",")
            w = TITLE_NOUNS.get(w, w)
            if kind == "organization":  # "Serie B club Vicenza Berica"
                if lex.has("org_head", w) or lex.has("company_noun", w):
                    out.append(w)
            elif lex.has("role", w) or lex.has("title", w) or lex.has("media_head", w):
                out.append(w)
                if w.endswith("s") and lex.has("role", w[:-1]):
                    out.append(w[:-1])
                out.extend(role_kinds().get(w, ()))  # an oncologist is also "the doctor"
        return out

    def describe(self, c: Cluster, m: Mention) -> None:
        """Add what mention ``m`` says the entity is (its title, its apposition)."""
        heads = self.heads(m.modifiers)
        text = m.description
        if text and c.named and c.name in text:
            text = None  # the apposition that named it: "the study's lead author, Dr …"
        if text:
            heads += self.said_heads(c, text)
        c.describe(text, heads)

    def said_heads(self, c: Cluster, text: str) -> list[str]:
        """The heads by which a description said of ``c`` refers back: its title and
        role nouns, and for a person its head noun, listed or not (“the customer, a
        retired mail carrier …” is later “The mail carrier”)."""
        words = head_words(text)
        heads = self.heads(words)
        if c.kind in ANIMATE and words and words[-1].isalpha():
            heads.append(words[-1])
        return heads

    def resolve(
        self, m: Mention, sent: int, asker: Cluster | None = None, vary: bool = True
    ) -> Cluster:
        """The entity of description ``m`` in sentence ``sent``: the one it describes, or
        a new one. ``asker`` asked the question the mention's quote may answer: it is not
        the one who answers; ``vary``: it may be an elegant variation on a name."""
        found = self.antecedent(m, sent, asker, vary)
        if found is None:
            found = self.headline_antecedent(m)
            if found is not None:
                found.name = m.name  # the lead introduces it: "decade-long study" is it
        if found is not None:
            if not found.named and found.kind == m.kind:
                self.rename(found, m.name)
            if m.kind == "organization":
                found.weak = False  # "The company, which …": no "he" takes it now
            return found
        c = self.reg.new(m.kind, m.name, plural=m.plural)
        c.descriptors.add(m.head)
        c.descriptors.update(role_kinds().get(m.head, ()))
        c.descriptors.update(self.heads(m.modifiers))
        return c

    def unsaid(self, m: Mention, ent: Cluster | None, c: Candidate, sent: int,
               asker: Cluster | None) -> Cluster | None:
        """``ent``, the named entity description ``m`` of report ``c`` was resolved to,
        unless the "he" or "she" opening the report's clause is of the other gender
        stated for it ("The 26-year-old from Iten said he had not known", after a woman
        named before): then the description is someone it does not vary on."""
        if ent is None or m.shape != "description" or not find(ent).named:
            return ent
        said = report_gender(self.view, c)
        told = {g for s, e in find(ent).mentions for g, cls in (("m", "pron_he"), ("f", "pron_she"))
                if self.lex.has(cls, self.view.text[s:e].casefold())}  # its pronouns' genders
        own = find(ent).gender or (told.pop() if len(told) == 1 else said)
        return ent if said in ("", own) else self.resolve(m, sent, asker, vary=False)

    def antecedent(
        self, m: Mention, sent: int, asker: Cluster | None = None, vary: bool = True,
        retype: bool = True,
    ) -> Cluster | None:
        """The entity a definite description ("the military expert", "the paper", "the
        bureau") or a possessed one ("Egypt's foreign minister") describes, if any;
        ``retype``: "the company" may make an organisation of a name taken for a
        person's (``businesses.py``)."""
        view = self.view
        first = view.token_at(m.start)
        det = view.lower[first]
        head = m.head
        if det in ("a", "an", "one", "another") or not (
            det in DEFINITE or det in POSSESSIVES or view.words[first][:1].isupper()
        ):
            return None  # "A potential vice president pick, Haley …", "One TD": someone new
        # "The same court ruled in 2024": one mentioned before, however long ago
        window = 10**6 if "same" in m.modifiers else TITLE_WINDOW

        def fits(c: Cluster) -> bool:
            if m.kind == "media":
                return c.kind == "media" or (head in PAPERS and c.kind == "document")
            if m.kind == "organization" and head == "network" and c.kind == "media":
                return True  # "CNN reported … The network said": a broadcaster
            if m.kind in ("organization", "document"):
                return c.kind == m.kind and (
                    (head in GENERIC_ORGS and m.kind == "organization"
                     and not (head in COMPANY_NOUNS and PUBLIC_BODIES & self.org_types.of(c.name)))
                    or head in c.descriptors
                    or head in c.name.lower().split()
                    or head in self.org_types.of(c.name)  # "the airline", "the regulator"
                    # "The city water utility, the Sistema de Aguas …" … "the agency"
                    or head in self.org_types.of(" ".join(sorted(c.descriptors)))
                    or any(head in d.lower().split() for d in c.descriptions)
                ) and not conflict(modifiers(m.name, head), c, head) and not (
                    c.named and m.kind == "organization" and other_owner(m.name, c.name)
                ) and not (head in GENERIC_ORGS and serves_other(m.name, c.name))
            if m.plural != c.plural or head not in c.descriptors:
                return False
            if conflict(modifiers(m.name, head), c, head, self.mention_texts(c)):
                return False  # "Sudan's irrigation minister" is not Ethiopia's
            return c.kind in ANIMATE and c.takes(m.gender)

        def headed(c: Cluster) -> bool:
            return fits(c) and c.name.lower().split()[-1:] == [head]

        # "The university" is first the one whose name it heads ("Severn Valley
        # University"), then one it is only a word of ("University and College Union").
        found = None
        if m.kind == "organization" and head not in GENERIC_ORGS:
            # (but "the company" is the salient one: "Salar Minerals … said … The
            # company, which …, said", not "a National Lithium Company" before it)
            found = self.reg.most_salient(sent, headed, window=window)
        if m.kind == "anonymous" and det in DEFINITE and self.introduced(head, m):
            # "An elderly woman appears … The woman": the one just introduced (or named)
            found = next((c for c in self.reg.by_recency(6) if fits(c) and not c.named),
                         None) or self.introduced_then_named(head, m)
        if found is None:
            found = self.reg.most_salient(sent, fits, window=window)
        if found is None and m.kind in RECALLED and det in DEFINITE and not m.plural and (
            view.lower[view.token_at(m.end - 1) + 1 :][:1] != ["of"]
        ):
            # "the mayor" long after "Mayor Brenda Schaal": the article's one so described
            # (a bare title: not "the Vermont senator", "the chief executive of a rival …";
            # or one whose every word they were described with: "the director general")
            bare = not modifiers(m.name, head)
            holders = {find(c) for c in self.reg.by_recency() if c.named and fits(c) and (
                bare or set(m.name.casefold().split()) <= find(c).descriptors)}
            found = holders.pop() if len(holders) == 1 else None
        if found is None and retype and m.kind == "organization" and head in RETYPING:
            found = self.businesses.untold_subject(sent)
        if found is None and m.kind == "organization" and head in TEAM_NOUNS:
            found = self.businesses.team_subject(sent)
        if found is None and m.kind == "organization" and self.lex.has("company_noun", head):
            found = self.businesses.of_kind(sent, anywhere=True)
        if found is None and det in DEFINITE and m.kind == "anonymous" and (
                _AGE_NOUN.match(m.name) or m.name.casefold() in PERSON_NOUNS):
            # "A teenager … said. The 16-year-old, Liam Tremblay, said": the subject
            # before; "a regular studied the board. “…?” the man asked"
            last = self.reg.subjects.get(self.reg.previous(sent))
            if last is None and m.name.casefold() in PERSON_NOUNS:
                last = self.introduced_before(sent)
            last = None if last is None else find(last)
            if last is not None and not last.named and last.kind == "anonymous" and (
                not last.plural and last.takes(m.gender)
            ):
                found = last
            elif m.gender and m.name.casefold() in ("man", "woman"):  # "a 46-year-old
                # plucker set her basket down …", an exchange, then "The woman, M. R., said"
                same = {find(c) for c in self.reg.by_recency(8) if sent - c.sent <= 6
                        and not c.named and c.kind == "anonymous" and not c.plural
                        and (c.female if m.gender == "f" else c.male)}
                found = same.pop() if len(same) == 1 else None
        if found is None and det in DEFINITE and m.kind == "anonymous" and not m.plural and (
                not m.gender) and self.lex.has("role", head):
            # "The miner said" after "Tanami Ridge Resources": a role noun that is also
            # what an organisation named before is (org_types.tsv)
            found = self.reg.most_salient(sent, lambda c: c.kind == "organization" and (
                head in self.org_types.of(c.name)), window=window)
        if found is None and det in DEFINITE and m.kind == "anonymous" and self._source(head):
            # "a White House official who spoke anonymously … said …. The aide declined":
            # an unnamed source, the subject before, taken up by another source noun
            found = self.source_before(m, sent)
        if found is None and vary and det in DEFINITE and not m.plural and m.kind == "anonymous":
            found = self.variation(m, sent)
            if found is not None and asker is not None and found is find(asker):
                found = None  # "“Can you hear me?” she called. “Barely,” the climber …"
        if found is None and m.kind == "unknown" and det in DEFINITE and not m.plural:
            found = unlisted_antecedent(view, self.reg, m, sent, self.typer.words.pos)
        return found

    def introduced_before(self, sent: int) -> Cluster | None:
        """The one an indefinite description introduced in the sentence before, when it
        has no subject of its own ("At the counter Tuesday, a regular studied …")."""
        if self.reg.subjects.get(sent - 1) is not None:
            return None
        view = self.view
        return next((c for c in self.reg.by_recency(4) if c.first_sent == sent - 1 and (
            c.mentions and view.lower[view.token_at(min(c.mentions)[0])] in ("a", "an")
        )), None)

    def source_before(self, m: Mention, sent: int) -> Cluster | None:
        """The unnamed source ("official", "aide": a noun news leaves unnamed) that is the
        subject of the sentence before, if description ``m`` could be it."""
        last = self.reg.subjects.get(self.reg.previous(sent))
        last = None if last is None else find(last)
        if last is None or last.named or last.kind != "anonymous" or last.plural != m.plural:
            return None
        if not last.takes(m.gender) or not any(self._source(d) for d in last.descriptors):
            return None
        return last

    def mention_texts(self, c: Cluster) -> list[str]:
        """The texts of named ``c``'s mentions, titles and all ("Vice President Joe Biden")."""
        return [self.view.text[s:e] for s, e in c.mentions] if c.named else []

    def title_alone(self, m: Mention) -> Cluster:
        """A headline's speaker named by a title alone ("Tongan PM: '…'"): someone the
        title describes, whom the body may name (``echoes.py``)."""
        c = self.reg.new("person", m.name)
        title = m.name.casefold().rstrip(".")
        c.descriptors.update((title, title.split()[-1]))  # "Lands Minister": a minister
        c.descriptors.update(role_kinds().get(title, ()))
        return c

    def headline_antecedent(self, m: Mention) -> Cluster | None:
        """The unnamed document or organisation a headline mentioned that an indefinite
        description in the prose introduces ("…, study finds" … "according to a study
        published on Monday"): a headline refers ahead to the lead."""
        view = self.view
        if view.lower[view.token_at(m.start)] not in ("a", "an") or m.kind not in (
            "document", "organization"
        ):
            return None
        for c in self.headline_unnamed():
            if (c.kind == m.kind and not c.plural
                    and m.head in c.descriptors and c.mentions):
                return c
        return None

    def headline_unnamed(self) -> list[Cluster]:
        """The unnamed entities of the headline, among the first unnamed ones made."""
        unnamed = (c for c in map(find, self.reg.clusters) if not c.named)
        return [c for c in itertools.islice(unnamed, HEADLINE_CLUSTERS) if c.sent < 0]

    def variation(self, m: Mention, sent: int) -> Cluster | None:
        """The named person a definite role noun varies on: the subject of the sentence
        before, else who stands out in the last three, unless they hold another title."""
        lex = self.lex
        head = m.head
        aged = bool(_AGED.match(m.name)) or bool(_PARENT_OF.match(m.name))
        unaged = _AGED.sub("", m.name, count=1)  # "The 23-year-old Swede": a Swede
        if (
            # a role, a title, a demonym alone ("The Zimbabwean, appointed in October,")
            not (lex.has("role", head) or lex.has("title", head) or (
                all(w[:1].isupper() for w in unaged.split())  # a demonym, not "campaign"
                and lex.phrase("nationality", tuple(unaged.split()))
            ) or _AGE_NOUN.match(m.name) or RANK.match(m.name)  # an age, a rank alone
            or _BORN.match(m.name)  # "The Leicester-born goal attack": a birthplace
            or (aged and m.gender))  # "The 34-year-old mother said": an age and a gender
            or self.introduced(head, m)
            or any(w in ("'s", "’s") for w in m.modifiers)  # "the store's owner": new
            # "The first witness, a 38-year-old winch operator who …,": someone new
            or (SEQUENCE & set(m.modifiers) and _INDEFINITE_APPOSITION.match(self.view.text, m.end))
            # "The owner of a sober-living house in New Boston": a definite description
            # its own indefinite complement establishes is someone new (Poesio & Vieira),
            # as is one placed where the scene is ("The nurse at the desk")
            or _ESTABLISHING.search(m.name)
            or self.anonymous(m.description)
        ):
            return None

        demonym = unaged if lex.phrase("nationality", tuple(unaged.split())) else None
        pos = self.typer.words.pos
        beside = addressed_words(self.view, m.start)  # "the judge asked Mensah", "… her"
        told = {g for w, g in (("her", "f"), ("him", "m")) if w in beside}

        def common(w: str) -> bool:  # "Secretary of State": an office's noun, no name
            return pos.get(w.casefold()) in ("NOUN", "ADJ")

        def fits(c: Cluster) -> bool:
            # a gendered noun ("the woman") varies only on someone known to be so; a
            # demonym not on someone the text gives another ("The 24-year-old Japanese
            # player" is no "the Kazakh"; "the Irishman" may state a named one's, as "he")
            return c.kind == "person" and c.named and (
                True if not m.gender
                else c.takes(m.gender) if demonym or aged else c.gender == m.gender
            ) and (demonym is None or not self.other_nation(c, demonym)) and not (
                other_complement(m.name, " ".join([c.name, *c.descriptions]), common)
            ) and not beside.intersection(c.name.split()) and not (any(map(  # "… asked her":
                c.takes, told)) and not stood_beside(self.view, c, head, m.start)) and not (
                self.other_age(m.name, c)) and not (  # "Sustainable Development Fee"
                c.kind == "person" and not c.descriptors and len(c.words) > 1
                and all(pos.get(w.casefold()) in ("NOUN", "ADJ") for w in c.words))

        # An age or a demonym alone is no title another title rivals: "The film's
        # director, Kemi Adeyemi-Cole, told …" … "the 44-year-old said".
        untitled = demonym is not None or bool(_AGE_NOUN.match(m.name) or RANK.match(m.name))

        def titled_else(c: Cluster) -> bool:
            """Does ``c`` hold a title, not this noun ("Mayor Bill de Blasio" is not "the
            Republican presidential candidate" after him)?"""
            if untitled:
                return False
            titles = {d for d in c.descriptors  # a courtesy ("Mr.") is no office
                      if lex.has("title", d) and not lex.has("courtesy", d.rstrip("."))}
            return bool(titles) and head not in titles

        last = self.reg.subjects.get(before := self.reg.previous(sent))
        if last is None and follows_quotation(self.view, m.start):  # “…. …,” the 24-year-old said
            # (the sentence before the quotation, however many it runs over)
            opened = quotation_sent(self.view, self.sent_rank, self.view.token_at(m.start)) if (
                self.sent_rank) else None
            last = self.reg.subjects.get(self.reg.previous(
                before if opened is None else min(before, opened)))
        if last is not None and fits(find(last)) and (
            not titled_else(find(last))
            or lex.has("title", head)
            or find(last).first_sent < sent - CATAPHORA_WINDOW  # no newcomer: the topic
        ):
            best = find(last)
        else:
            top, score, second = self.reg.ranked(sent, lambda c: fits(c) and not titled_else(c), 3)
            if top is None or score < 2 * second:
                return None
            best = top
        if lex.has("title", head) and titled_else(best):
            return None
        return best

    def data_source(self, m: Mention, a: int, b: int) -> tuple[int, int] | None:
        """The organisation, named or described, that released the data an "according
        to" names ("the latest figures from the Residential Tenancies Board", "figures
        released by the trust that runs it"): the data speaks for it; data a sentence's
        subject ("Data from the agency show …") stays it."""
        if m.kind != "document":
            return None
        view = self.view
        data = next((k for k in range(a, b) if view.lower[k] in DATA_NOUNS), None)
        made = None if data is None else data_source(view, self.tag, data + 1)
        first = a + 1 if view.lower[a] in DEFINITE else a
        if made is None and data is not None and first < data and all(
            self.typer.is_cap(k) for k in range(first, data)
        ):
            made = (first, data)  # "according to NEA figures": the agency's
        owner = None if made is not None or data is None else next(
            (k for k in range(first + 1, data) if view.words[k] in ("'s", "’s")), None)
        if owner is not None:
            made = (a, owner)  # "the ministry’s own figures": the ministry's
        source = None if made is None else self.typer.type_mention(*made, None)
        if source is None or source.kind not in ("organization", "media"):
            return None
        return made if source.shape in ("description", "name") else None

    def named_by_copula(self, named: Cluster, a: int, sent: int) -> Cluster:
        """The person named at token ``a`` after "is"/"was" whose subject, a definite
        description opening the sentence, refers back to someone unnamed: "The mail
        carrier is Walter Przybylski" after "the customer, a retired mail carrier"."""
        view = self.view
        k = a - 2
        while k > a - 6 and k > 0 and view.words[k].isalpha() and view.words[k].islower():
            k -= 1
        if (k == a - 2 or k < 0 or view.lower[a - 1] not in ("is", "was")
                or view.words[k] != "The" or view.sents[view.sent_of[a]][0] != k):
            return named
        head = view.lower[a - 2]
        found = self.reg.most_salient(
            sent, lambda x: not x.named and x.kind in ANIMATE and not x.plural
            and head in x.descriptors, window=TITLE_WINDOW)
        return named if found is None else self.join_named(found, named)

    def other_age(self, name: str, c: Cluster) -> bool:
        """Does the text give ``c`` only ages other than the one ``name`` says ("The
        27-year-old" is no one called "the 29-year-old" before)?"""
        age = _AGE_OF.match(name)
        if age is None:
            return False
        text = self.view.text
        said = {x for s, e in c.mentions for x in _AGE_OF.findall(text[s:e])}
        said.update(x for d in c.descriptions for x in _AGE_OF.findall(d))
        return bool(said) and age.group(1) not in said

    def other_nation(self, c: Cluster, demonym: str) -> bool:
        """Does a mention of ``c`` give it another nationality than ``demonym``, or another
        country's possessive ("Indonesia's A. Nugroho" is no "the Japanese"; on two letters)?"""
        text = self.view.text
        if any(demonym in text[s:e].split() for s, e in c.mentions):
            return False  # "Norway's Austrian head coach": the team's country, his nation
        if any(w != demonym and w[:1].isupper() and self.lex.phrase("nationality", (w,))
               for s, e in c.mentions for w in text[s:e].split()):
            return True
        owners = [_COUNTRY_OWNER.search(text, max(0, s - 40), s) or _COUNTRY_LEAD.match(
            text, s, e) for s, e in c.mentions]  # "Indonesia's [Ardiansyah Nugroho]"
        return any(o is not None and self.lex.phrase("gpe", tuple(o.group(1).split()))
                   and o.group(1)[:2] != demonym[:2] for o in owners)

    def possessed_role(
        self, a: int, owned: int, name_of: dict[tuple[int, int], list[Cluster]]
    ) -> None:
        """ "Ji-woo's mother, Kang Mi-sook,": the role (tokens ``a .. owned-1``) and the
        name set off after it are one person, whom the role describes."""
        view = self.view
        span = apposition_after(view, self.tag, owned, view.sents[view.sent_of[a]][1])
        cands = name_of.get(span) if span is not None else None
        if span is None or not cands or len(cands) != 1 or find(cands[0]).kind != "person":
            return
        c = find(cands[0])
        c.mentions[(view.starts[a], view.ends[span[1] - 1])] = None
        self.describe_span(c, (a, owned))

    def titled(self, modifiers: Iterable[str]) -> bool:
        """Do a name's ``modifiers`` give a title or role, beyond a title of courtesy
        ("Dr Kenneth Ballantyne" may be "The chief executive of …" named just before)?"""
        return any(not self.lex.has("courtesy", w.rstrip(".")) for w in modifiers)

    def join_named(self, c: Cluster, named: Cluster) -> Cluster:
        """``Registry.join_named``, unless the description's entity says its source is
        unnamed ("A nurse …, who asked not to be named,"): no later name is hers, "The
        trust's chief nurse, Dr Gábor Szentesi" is someone else."""
        if self.said_unnamed(find(c)):
            return find(named)
        return self.reg.join_named(c, named)

    def said_unnamed(self, c: Cluster) -> bool:
        return said_unnamed(self.lex, self.view, c)  # (``unnamed.py``)

    def anonymous(self, text: str | None) -> bool:
        return anonymous(self.lex, text)

    def introduced(self, head: str, m: Mention) -> bool:
        """Was someone introduced with this noun not long before, unnamed ("greeted by an
        organizer … the organizer told them"; "The Crown called its first witness … The
        first witness …")? An indefinite or possessed noun introduces; a definite one
        ("the candidate - who has chafed …") refers, as this one does, and a noun a name
        follows ("commissioner Gordon …") is a title."""
        view, end = self.view, self.view.token_at(m.start)
        first = view.sents[max(0, view.sent_of[end] - TITLE_WINDOW)][0]
        before = view.text[view.starts[first] : m.start] if first < end else ""
        if head not in before:  # (the search below finds the noun only where it stands)
            return False
        return any(
            not _NAME_AFTER.match(before, found.end())
            and _INTRODUCING.search(before, max(0, found.start() - 40), found.start())
            for found in regex.finditer(rf"(?<![\w-]){regex.escape(head)}(?![\w-])", before)
        )

    def rename(self, c: Cluster, name: str) -> None:
        """An unnamed entity takes the more informative of its descriptions as its name
        (:func:`.description_words.informative`)."""
        if informative(name, self.lex) > informative(c.name, self.lex):
            c.name = name


# Modifiers that make a description the next one of a sequence ("The first witness").
SEQUENCE = frozenset(["first", "second", "third", "next", "latest", "another"])
# A complement with an indefinite that makes a definite description discourse-new.
_ESTABLISHING = regex.compile(r"\b(?:of|at|from|with|for) (?:a|an)\b|\b(?:at|behind) the\b")
# An apposition that introduces someone (", a 38-year-old winch operator").
_INDEFINITE_APPOSITION = regex.compile(r",\s+(?:a|an)\s")
