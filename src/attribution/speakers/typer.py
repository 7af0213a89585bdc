"""Mention typing: what a speaker mention is, before it is resolved.

A mention ("he", "the military expert", "Ukrainian presidential adviser Oleksiy
Arestovych") is read for its shape (pronoun, name, description, relative pronoun), name,
head, kind (person, organisation, media, document, anonymous source), number and the
gender it states ("Ms.", "spokeswoman", "her daughter"), from the mention itself only:
closed-class words, the speaker lexicon (``data/speakers.tsv``), capitalisation, the
phrase's structure and a statistical pipeline's entity labels. A given name never
decides anything: "Kwame Mensah" and "Mason Clark" are typed and gendered alike (by what
the text says of them), as the Gender Gap Tracker and Cao & Daumé III (2020) ask."""

from __future__ import annotations

from ..phrases import (
    NP_LINKS,
    PARTITIVE_HEADS,
    PLURAL_QUANTIFIERS,
    SHARE_NUMBERS,
    SINGULAR_PARTITIVES,
    is_pronoun_case,
    percent_of,
    share_at,
)
from .mention import Mention
from .name_reader import HEAD_PREPS, NameReader
from .name_shapes import acronym_of, after_possessor, camel_case, outlet_name, placed, region
from .names import POSSESSIVE, clean_name, okina, stool_name
from .possessive_names import possessive_name
from .typer_words import (
    DETERMINERS,
    MANY,
    NAME_SUFFIXES,
    NOT_NAMES,
    OFFICE_ENDS,
    ORDINALS,
    ORG_ENTS,
    PERSON_ENTS,
    POST_NOMINALS,
    PRONOUN_CLASSES,
    QUANTIFIERS_BEFORE,
    RANK,
    UNNAMED_DETS,
    gloss_cut,
    masthead,
    quantity,
    title_reach,
    without_role_suffix,
)


class MentionTyper(NameReader):
    """Types mentions of one document (token ranges of its :class:`DocView`)."""

    def type_mention(self, a: int, b: int, appositive: tuple[int, int] | None) -> Mention:
        view = self.view
        lex = self.lex
        text, words, lower = view.text, view.words, view.lower
        if okina(view, a):
            a -= 1  # "'Ana Latu said": the ʻokina opens the name
        s, e = view.starts[a], view.ends[b - 1]
        desc = None
        desc_gender = ""
        desc_range = appositive
        if appositive is not None:
            desc = clean_name(text[view.starts[appositive[0]] : view.ends[appositive[1] - 1]])
            desc_gender = self.phrase_gender(appositive[0], appositive[1])
        b = without_role_suffix(lower, words, a, b)  # "MP-elect", "nominee-in-waiting"
        if b - a == 1 and is_pronoun_case(words[a]):
            w = lower[a]
            for cls, gender, plural, kind in PRONOUN_CLASSES:
                if lex.has(cls, w):
                    return Mention(s, e, words[a], kind, "pronoun", head=cls, gender=gender,
                                   plural=plural, description=desc)
            if w in ("who", "which", "that"):
                return Mention(s, e, words[a], "unknown", "relative", description=desc)
        if (owned := possessive_name(self, a, b, appositive)) is not None:
            return owned  # "McDonald's", "Donald J. Trump's"
        if b - a > 1 and lower[a] == "those" and self.words.pos.get(lower[a + 1]) not in (
            "NOUN", "PROPN", "ADJ", "NUM"
        ):
            # "Those who attended", "those close to the senator": people, "those" their head
            return Mention(s, e, clean_name(text[s:e]), "anonymous", "description",
                           head="those", description=desc, plural=True)
        if b - a == 1 and lower[a] in self.sets.role and sum(ch.isupper() for ch in words[a]) > 1:
            # "MSPs told", "MPs said": a post-nominal title's plural is a group of people
            return Mention(s, e, words[a], "anonymous", "description", head=lower[a],
                           description=desc, plural=lower[a].endswith("s"))
        if b - a == 2 and len(words[a + 1]) == 1 and words[a + 1].isupper() and (
                lower[a] in self.sets.role or self.words.pos.get(lower[a]) == "NOUN"):
            # "Witness C", "Patient A": a designation, no name; "Gate B": a place's
            return Mention(s, e, clean_name(text[s:e]), "anonymous" if lower[a] in (
                self.sets.role) else "unknown", "description", head=lower[a], description=desc)
        if b - a == 1 and lower[a] in self.sets.indefinite:  # "Someone called it …"
            return Mention(s, e, words[a], "anonymous", "description", head=lower[a],
                           description=desc, plural=lower[a] in PLURAL_QUANTIFIERS)
        if b > a + 2 and lower[a + 1] == "of" and (
            lower[a] in PARTITIVE_HEADS or lower[a] in SHARE_NUMBERS or lower[a][:1].isdigit()
        ):
            # "one of them", "two of the delegates": members of a group ("both of whom")
            return Mention(s, e, text[s:e], self._partitive_kind(a + 2, b), "relative" if (
                lower[b - 1] in ("whom", "which")) else "description",
                           head=lower[a], description=desc, gender=desc_gender,
                           plural=lower[a] not in SINGULAR_PARTITIVES)
        if RANK.match(text[s:e]):  # "the world No 2 said": a player by rank, someone
            return Mention(s, e, clean_name(text[view.starts[a + (lower[a] == "the")] : e]),
                           "anonymous", "description", head="number", description=desc)
        held = self._held_document(a, b)
        if held is not None:  # "A copy of the bill seen by Reuters": the bill speaks
            return held.moved(s, e)
        if b - a > 2 and lower[a] in MANY and lower[a + 1] == "of":
            # "Hundreds of Quechua farmers": the farmers, however many
            return self.type_mention(a + 2, b, appositive).moved(s, e)
        if self._office_of_title(a, b):
            # "The Texas Secretary of State's office": a body named for an office, no one
            c0 = a + 1 if lower[a] in DETERMINERS else a
            return Mention(s, e, clean_name(text[view.starts[c0] : e]), "organization",
                           "description", head=lower[b - 1], description=desc)
        if (b > a + 2 and share_at(view, a + 2)) or (b > a + 3 and share_at(view, a + 3)) or (
                percent_of(view, a, b)):  # "Four in 10 (voters)", "40% of residents"
            return Mention(s, e, text[s:e], "anonymous", "description", head=lower[b - 1],
                           plural=True, description=desc)
        split = self.split_apposition(a, b)
        if split is not None and desc is None:
            # "Matthew Prince, chief executive of CloudFlare": the name, then what he is.
            b, (d0, d1) = split
            desc = clean_name(text[view.starts[d0] : view.ends[d1 - 1]])
            desc_gender = self.phrase_gender(d0, d1)
            desc_range = (d0, d1)
        b = gloss_cut(words, a, b)
        if b - a > 4 and words[b - 2] == ")" and words[b - 1][:1].isupper():
            b -= 1  # "the … Authority (PDMA) Sindh": a region (not "(SRC) Sanjukta Behera")
        acronym = False
        if b - a > 2 and words[b - 1] == ")":  # "Rep. Trey Gowdy (R-S.C.)": no name's part
            for o in range(b - 2, max(a, b - 9), -1):
                if words[o] == "(":
                    # "The Coordination Paysanne Nationale (CPN)": an organisation's acronym
                    acronym = o == b - 3 and acronym_of(words[o + 1], words[a:o])
                    if o > a:
                        b = o
                        while b > a + 1 and view.is_space[b - 1]:
                            b -= 1
                    break
        full_end = b
        c0 = a + 1 if lower[a] == "the" else a
        if self.cause_name(c0, b):
            # "Mothers Against Drunk Driving": a group named for its members and cause
            return Mention(s, e, clean_name(text[view.starts[c0] : view.ends[b - 1]]),
                           "organization", "name", head=lower[b - 1], description=desc)
        b = self._head_end(a, b)
        k = a  # leading determiners and status words are no part of the name
        while k < b - 1 and (
            lower[k] in DETERMINERS
            or (lower[k] in self.sets.status_modifier
                and (words[k].islower() or k == view.sents[view.sent_of[k]][0]))
        ):
            k += 1
        name_run = self._name_run(k, b)
        if name_run and lower[a] in ("a", "an") and self.person_noun(b - 1):
            name_run = []  # "an American Muslim", "a Democrat": one of many, no name
        elif name_run == [b - 1] and b - 1 > a and words[b - 1].isupper() and (
                lower[b - 1] in self.sets.role):
            name_run = []  # "The hospital's CEO", "its CFO": a role's initials, no name
        elif (
            lower[a] == "the" and name_run and name_run[-1] == b - 1 and len(name_run) <= 2
            and self.lex.phrase("nationality", tuple(words[name_run[0] : b]))
            and not self.known_name(name_run)  # "the Kremlin", "the Pentagon": names
            and all(not self.is_cap(i) for i in range(a + 1, name_run[0]))  # "The 23-year-old"
        ):
            name_run = []  # "The Zimbabwean, appointed in October, said": a description
        if name_run:
            person = desc_range is not None and self.phrase_person(*desc_range)
            company = "" if desc_range is None else self.phrase_company(*desc_range)
            return self._name_mention(a, k, b, name_run, s, e, desc, desc_gender, person,
                                      company, acronym)
        # A description ("the US official"), named without quantifier ("three people …").
        if lower[k] in ("more", "fewer", "less") and k + 3 < b and lower[k + 1] == "than":
            k += 3 if lower[k + 2][:1].isdigit() else 2  # "More than 2,000 residents …"
        while k < b - 1 and words[k + 1] != "-" and quantity(lower, k):  # not "three-month"
            k += 1
        toks = list(range(k, b))
        head_low = lower[b - 1]
        mods = tuple(lower[i] for i in toks[:-1])
        kind = self.description_kind(head_low, mods, toks)
        if b - k > 2 and words[b - 2] == "-" and lex.phrase("role", tuple(lower[b - 3 : b])):
            # "a passer-by": no "by"; "its secretary-general": no secretary
            head_low, kind, mods = f"{lower[b - 3]}-{head_low}", "anonymous", mods[:-2]
        name_end = self.name_end(b, full_end, kind)  # "official who asked not to be named"
        name = clean_name(text[view.starts[k] : view.ends[name_end - 1]]) if toks else text[s:e]
        stop = min(len(lower), full_end + 16)  # "A cutter …, who declined to give his name,"
        if (kind == "unknown" or (kind == "organization" and head_low not in self.sets.org_head)
                ) and ((b < full_end and lower[b] == "who") or (  # "A theatre-maker who"
                lower[full_end : full_end + 2] == [",", "who"]
                and self.unnamed_clause(full_end + 1, stop) < stop)):
            kind = "anonymous"
        if kind == "organization" and all(self.is_cap(i) for i in toks) and lex.phrase(
            "nationality", tuple(words[k:b])
        ) and not self.known_name(toks):  # a demonym, not "the campaign"
            kind = "anonymous"  # "The Sri Lankan": a person of that nation
        if kind == "media":  # "the state-run Lao Động newspaper": "Lao Động"
            name = outlet_name(view, self.is_cap, k, b, lex) or name
        gender = self.gender_word(b - 1) or desc_gender
        plural = head_low.endswith("s") and not head_low.endswith("ss") and not (
            head_low in self.sets.gendered_male or head_low in self.sets.gendered_female)
        if head_low in self.sets.people_group:
            plural = True  # "her family … they": never "she"
        if plural:
            gender = ""
        return Mention(s, e, name, kind, "description", head=head_low, modifiers=mods,
                       description=desc, gender=gender, plural=plural)

    def _offices(self, a: int, b: int) -> bool:
        """Is ``a .. b`` "and" and a title: "Office of the President [and Vice President]"?"""
        return b - a > 1 and self.view.lower[a] in ("and", "&") and self.titled(b - 1) and (
            all(self.is_cap(i) for i in range(a + 1, b)))

    def _partitive_kind(self, a: int, b: int) -> str:
        """The kind of the members a partitive picks ("one of them", "one of the firms")."""
        if b - a == 1 and self.view.lower[a] in ("them", "us", "those", "these", "you"):
            return "anonymous"
        kind = self.type_mention(a, b, None).kind
        return kind if kind in ("organization", "media", "document") else "anonymous"

    def _office_of_title(self, a: int, b: int) -> bool:
        """Is ``a .. b`` the body of an office no name holds ("The Texas Secretary of State's
        office", "the Attorney General's office"; not "Senator Warren's office")?"""
        lower, words = self.view.lower, self.view.words
        if b - a < 3 or words[b - 2] not in POSSESSIVE or lower[b - 1] not in self.sets.org_head:
            return False
        owner = range(a + 1 if lower[a] in DETERMINERS else a, b - 2)
        # (the owner ends with the office, not a holder's name: "… State's office")
        return all(self.is_cap(i) or lower[i] == "of" for i in owner) and (
            self.is_title(b - 3) or (lower[b - 3] in self.sets.nationality and any(
                self.is_title(i) and lower[i + 1] == "of" for i in owner)))

    def _held_document(self, a: int, b: int) -> Mention | None:
        """The document a copy or part of it holds ("a copy of the bill"), or None."""
        lower = self.view.lower
        c = a + 1 if lower[a] in DETERMINERS else a
        if b - c < 3 or lower[c] not in self.sets.doc_container or lower[c + 1] != "of":
            return None
        held = self.type_mention(c + 2, b, None)
        return held if held.kind == "document" else None

    def _head_end(self, a: int, b: int) -> int:
        """Where the head phrase ends: before a prepositional phrase ("a spokesman for the
        campaign"), unless a body's ("Institute for the Study of War") or person's name ends."""
        view = self.view
        words, lower = view.words, view.lower
        tail = b  # (a name after a lower-case title: "former secretary of state H. Clinton")
        while tail > a and (self.is_cap(tail - 1) or words[tail - 1] in (".", "-")):
            tail -= 1
        first = a + 1 if lower[a] in DETERMINERS and a + 1 < b else a
        if tuple(words[first:b]) in self.sets.known_names:
            return b  # "The Times of India", "Lloyd's of London": a name the lexicon knows
        while first + 1 < b and words[first].islower() and lower[first] in self.sets.nationality:
            first += 1  # a modifier of the title: "former Secretary of State Hillary Clinton"
        if (
            self.is_cap(first)
            and (
                (self.is_title(first) and first + 1 < b and lower[first + 1] == "of"
                 and b - tail >= 2)
                or self.office_end(list(range(first, b))) > 0
            )
            and lower[b - 1] not in self.sets.org_head
        ):
            # "Secretary of State John Kerry", "Minister of Finance Ama Owusu"
            return b
        if (
            b - tail >= 2
            and tail > a
            and lower[tail - 1] not in HEAD_PREPS
            and lower[tail - 1] not in DETERMINERS
            and words[tail - 1][:1].isalpha()
            and lower[b - 1] not in self.sets.org_head
            and not self.lex.phrase("org_head", tuple(lower[tail - 2 : tail]))  # "think tank X"
            and words[b - 1] not in self.sets.media_suffix
            # "A spokesman for … candidate Hillary Clinton": a role or post-modifier: the head
            and not any(
                (lower[p] in HEAD_PREPS and lower[p - 1] in self.sets.role
                 and not self.is_title(p - 1)) or self.postmodifier_at(p)
                for p in range(a + 1, tail)
            )
        ):
            return b
        if any(self.is_courtesy(c) for c in range(max(tail + 1, a + 1), b - 1)):
            return b  # "Member of Parliament Ms Prudence Musonda": a name after its titles
        inside_org, org_tail = False, lower[b - 1] in self.sets.org_head
        for p in range(a + 1, b - 1):
            if self.postmodifier_at(p):
                return p  # "a woman who lives near …", "lawyers representing the family"
            if lower[p] not in HEAD_PREPS:
                continue
            if self.is_cap(p - 1) and (
                inside_org or lower[p - 1] in self.sets.org_head or self._org_general(p - 1) or (
                    org_tail and lower[p] in ("to", "by") and all(map(self.is_cap, range(p + 1, b)))
            )) and (self.is_cap(p + 1) or (  # ("Right to Life …", "Citizenship by Investment Unit")
                    lower[p + 1] == "the" and p + 2 < b and self.is_cap(p + 2))):
                inside_org = True
                continue  # "Bureau of Meteorology", "Institute for the Study of War"
            if (
                self.is_cap(p - 1)
                # "a German user from Hanover": a common noun heads the phrase
                or (p - 1 > a and lower[p - 1].isalpha() and lower[p - 1] not in NP_LINKS)
                or lower[p - 1] in self.sets.role
                or lower[p - 1] in self.sets.title
                or lower[p - 1] in self.sets.doc_head
                or lower[p - 1] in self.sets.anon_marker
            ):  # "data compiled by X": the participle is no head
                return p - 1 if lower[p] == "by" and lower[p - 1].endswith("ed") else p
            if lower[p - 1] in NP_LINKS and p - 1 > a:  # "close to", "(a nurse) still at"
                return p - 1
        return b

    def _unnamed_member(self, a: int, run: list[int]) -> list[int] | None:
        """The tokens of "Labour MP" in "a Labour MP", "One Government TD": a body and
        a member's title after an indefinite determiner name an unnamed member."""
        view = self.view
        lower, words = view.lower, view.words
        body = run[1:] if lower[run[0]] in UNNAMED_DETS else run
        det = lower[run[0]] if body is not run else (lower[run[0] - 1] if run[0] > a else "")
        if det not in UNNAMED_DETS or len(body) < 2 or not (
                words[body[-1]] in POST_NOMINALS or self.is_title(body[-1])):
            return None
        if any(self.is_title(i) or self.ent_label(i) == "PERSON" for i in body[:-1]):
            return None  # "a Senator Tim Kaine …", "an Ann Smith MP"
        return body

    def _name_mention(
        self, a: int, k: int, b: int, run: list[int], s: int, e: int,
        desc: str | None, desc_gender: str, desc_person: bool = False,
        desc_company: str = "", acronym: bool = False,
    ) -> Mention:
        view = self.view
        text, words, lower = view.text, view.words, view.lower
        name_toks = run
        member = self._unnamed_member(a, run)
        if member is not None:
            return Mention(s, e, clean_name(text[view.starts[member[0]] : view.ends[member[-1]]]),
                           "anonymous", "description", head=lower[member[-1]],
                           modifiers=tuple(lower[i] for i in member[:-1]), description=desc)
        while len(name_toks) > 2 and words[name_toks[-1]] in POST_NOMINALS:
            name_toks = name_toks[:-1]  # "Olumide Adebayo-Clarke KC": letters, no name
        office = self.office_end(list(range(k, name_toks[-1] + 1)))
        if office > 0:
            name_toks = list(range(k + office, name_toks[-1] + 1))  # "Minister for Health
            # Stephen Donnelly": the portfolio is no part of the name
        after_body = self.name_after_body(name_toks)  # "[Sindh Assembly] Faraz Ahmed …"
        body = after_body is not name_toks
        name_toks = after_body
        org_like = office < 0 and not body and (
            lower[name_toks[-1]] in self.sets.org_head
            or words[name_toks[-1]] in self.sets.media_suffix
            or self._local(name_toks[-1] + 1)
            # "Ministry of Foreign Affairs": an organisation head and "of" inside; not
            # "Bank of Japan Governor Hiroshi Kadowaki", a title and a name after it
            or (self._org_name(name_toks[0], name_toks[-1] + 1)
                # (a title's name follows it, not common nouns: "Department of Player Safety";
                # a title before the head: "General Confederation of Labour"; nor its
                # portfolio: "Office of the Director of National Intelligence")
                and not any(self.titled(i) and not self._org_general(i)
                            and any(lower[j] in self.sets.org_head for j in range(k, i))
                            and not all(self.words.pos.get(lower[j]) in ("NOUN", "ADJ")
                                        or lower[j] in ("of", "for", "the", "and")
                                        for j in range(i + 1, name_toks[-1] + 1))
                            and not self._offices(i + 1, name_toks[-1] + 1)
                            for i in name_toks[1:-1]))
        )
        gender = ""
        title_only = False
        if not org_like:
            # Titles and roles before the name are no part of it: "Sen. Ted Cruz".
            last = title_reach(lower, name_toks)
            cut = -1
            for n in range(last):
                i = name_toks[n]
                if words[name_toks[n + 1]] in POSSESSIVE or words[name_toks[n + 1]] == "-":
                    continue  # "Women's Aid", "Expert-Grup": the name's possessor, compound
                if (
                    self.titled(i) or lower[i] in self.sets.nationality or self.gender_word(i) or (
                        # "Tongan PM", not "Western Journalism"
                        words[i] in self.sets.nationality and self.titled(name_toks[n + 1]))
                    or self.demonym_before(name_toks, n)  # "South African Riaan Pieterse"
                    # "Mayor-elect Zohran Mamdani", "Prime Minister-designate …"
                    or (lower[i] in ("elect", "designate") and words[i - 1] == "-")
                    # "Oscar-winner Sarandon": a compound of a common noun, no given name
                    or (words[i][:1].islower() and words[i - 1] == "-" and (
                        self.words.pos.get(lower[i]) in ("NOUN", "ADJ") or (
                            self.words.pos.get(lower[i]) == "VERB"  # not "Jae-won Lim"
                            and lower[i].endswith(("ing", "ed", "en", "born", "made", "led")))))
                ):
                    cut = n
            rest = [lower[i] for i in name_toks[cut + 1 :]]
            if ((len(rest) == 1 and (self.lex.phrase("gpe", (words[name_toks[-1]],))
                    or rest[0] in self.sets.org_head)) or (len(rest) > 1 and cut >= 0 and all(
                    self.words.pos.get(w) in ("NOUN", "ADJ") for w in rest))) and (
                    rest[-1] in self.sets.doc_name_head or not any(self.titled(i) or (
                        self.gender_word(i)) for i in name_toks[: cut + 1])):
                cut = -1  # "Public Health Scotland", "Regular Economic Report": one name
            if tuple(words[i] for i in name_toks) in self.sets.known_names:
                cut = -1  # "Federal Reserve": a name the lexicon knows whole
            if cut >= 0 and cut + 1 < len(name_toks) and words[name_toks[cut + 1]] == ".":
                cut += 1  # "Lt" "." : the abbreviation's full stop goes with it
            if cut >= 0:
                # "Tongan PM", "Senators GM": a demonym or a team and a title: no name
                title_only = (
                    words[name_toks[0]] in self.sets.nationality
                    or words[name_toks[-1]].isupper()
                    or (k > a and lower[k - 1] == "the")  # "the Deputy Minister said"
                    or lower[name_toks[-1]] in OFFICE_ENDS  # "Britain's Health Secretary"
                ) and all(self.is_title(i) for i in name_toks[cut + 1 :])
                name_toks = name_toks[cut + 1 :]
            elif all(self.is_title(i) or words[i] == "." for i in name_toks) or (
                len(name_toks) > 1 and lower[name_toks[-1]] in OFFICE_ENDS
            ):
                title_only = True  # "Ms." alone; "Scotland's Rural Affairs Secretary"
        if title_only and k > a and lower[k - 1] == "the" and not self.is_courtesy(b - 1) and (
                not any(words[i].isupper() for i in range(k, b))):  # "the MP": salience
            return Mention(  # "The Lord Mayor said": an office's definite description
                s, e, clean_name(text[view.starts[k] : view.ends[b - 1]]), "anonymous",
                "description", head=lower[b - 1], description=desc,
                modifiers=tuple(lower[i] for i in range(k, b - 1)))
        pre = list(range(k, name_toks[0]))
        name = stool_name(clean_name(text[view.starts[name_toks[0]] : view.ends[name_toks[-1]]]),
                          self.sets.stool_title, text)  # "Nana Ama Serwaa II": a chief's
        kind = self.name_kind(name_toks, pre)
        plural = False
        if (
            k > a
            and lower[k - 1] == "the"
            and name_toks[0] == k
            and words[name_toks[-1]].endswith("s")
            and not words[name_toks[-1]].endswith("ss")
            and kind == "person"
        ):
            # "the Flames", "the Democrats": a plural name after "the" is no one person
            kind, plural = "organization", True
        if k > a and lower[k - 1] == "the" and name_toks[0] == k and kind == "person":
            kind = "unknown"  # "The Great Debate Debate": "the" before no one's name
        last_low = lower[name_toks[-1]]
        if (
            kind == "person" and last_low.endswith("s") and not title_only
            and last_low in self.sets.role and last_low[:-1] in self.sets.role
        ):
            # "Conservative Christians were upset": a plural role noun ends no one's name
            kind, plural = "anonymous", True
        weak = (
            kind == "organization"
            and not any(lower[i] in self.sets.org_head for i in name_toks)
            and not self.known_name(name_toks)
            and self.ent_label(name_toks[-1]) in ("ORG", "")
        )
        if (
            desc_person and kind == "organization"
            and not any(lower[i] in self.sets.org_head for i in name_toks)
            # (but "Ana Lima" only ends in a known name; "R-Ky." is one)
            and (not self.known_name(name_toks) or self._given_first(name_toks))
        ):
            kind, weak = "person", False  # "Neera Tanden, a Clinton supporter and …"
        # the word before the name, outside the mention: "the family firm Ardoch Spirits"
        outer = name_toks[0] - 1 if not pre and name_toks[0] == a and a > 0 else -1
        outer_org = outer >= 0 and words[outer].islower() and (
            lower[outer] in self.sets.company_noun or lower[outer] in self.sets.org_head)
        if (kind == "person" or (kind == "unknown" and not (  # "Blue Harbour, a charity,"
                {desc_company, lower[outer] if outer >= 0 else ""} & self.sets.place_head))
                ) and not title_only and (  # (but "X, a town")
                (desc_company and not pre) or outer_org
                or (pre and lower[pre[-1]] in self.sets.company_noun)):
            kind = "organization"  # "app maker Pulsewise", "Pulsewise, the … maker of …"
        if pre and kind in ("person", "unknown") and not title_only and not body and (
                office <= 0 and lower[pre[-1]] in self.sets.org_head) and not (  # (not
                kind == "unknown" and lower[pre[-1]] in self.sets.place_head):  # "the town X")
            kind = "organization"  # "the traffic information service Bison Futé"
        if acronym and kind in ("person", "unknown") and len(name_toks) > 1 and (
                self.words.ent.get(words[name_toks[0]]) != "PERSON"):  # no given name first
            kind = "organization"
        if pre and kind == "person" and lower[pre[-1]] in QUANTIFIERS_BEFORE:
            kind = "unknown"  # "more Olympic champions": a quantity of something, no name
        if title_only:
            kind = "person"
        elif pre and kind in ("person", "organization") and any(
            lower[i] in self.sets.media_head and lower[i] not in self.sets.role
            for i in pre[after_possessor(words, pre):]
        ) and not self.titled(pre[-1]):
            # "the Cairo daily Al-Misriyya" (not "Fox News’ Sean Hannity": its presenter)
            kind = "media"
        if desc is None and pre and kind == "person" and any(self.titled(i) for i in pre):
            desc = clean_name(text[view.starts[pre[0]] : view.ends[pre[-1]]])
        if kind == "person":
            for i in range(a, name_toks[0]):
                if words[i + 1] not in POSSESSIVE and (  # not "Court of King's Bench Justice …"
                        self.is_courtesy(i) or not self.is_title(i + 1)):  # nor "Lord Mayor"
                    gender = self.gender_word(i) or gender
            gender = gender or desc_gender
        surname = ""
        if kind == "person" and not title_only:
            parts = name.split()
            while len(parts) > 1 and parts[-1].lower() in NAME_SUFFIXES:
                parts.pop()
            surname = parts[-1]
        mods = tuple(lower[i] for i in pre) + ((lower[outer],) if outer_org else ())
        return Mention(s, e, name, kind, "name", head=lower[b - 1], modifiers=mods,
                       description=desc, gender=gender, surname=surname, title_only=title_only,
                       weak=weak, plural=plural)

    def _given_first(self, toks: list[int]) -> bool:
        """Does a name open with a capitalised word the word lexicon gives no other entity
        ("Ana" of "Ana Lima")?"""
        w = self.view.words[toks[0]]
        return len(toks) > 1 and len(w) > 2 and w.isalpha() and w[1:].islower() and (
            tuple(self.view.words[i] for i in toks) not in self.sets.known_names
            and self.words.ent.get(w, "PERSON") == "PERSON")

    def name_kind(self, toks: list[int], pre: list[int]) -> str:
        view = self.view
        known = self.sets.known_names
        words = tuple(view.words[i] for i in toks)
        lows = [view.lower[i] for i in toks]
        if len(words) > 1 and (words[0] in ("Radio", "Radyo", "Rádio", "Television") or (
            "News" in words[:-1] and lows[-1] in self.sets.org_head
        )):
            return "media"  # "Radio New Zealand", "Yonhap News Agency"
        if any(w in POSSESSIVE or w == "&" for w in words[1:-1]):
            return "organization"  # "Women's Aid", "Procter & Gamble": no one's name
        if region(words, self.lex):
            return "unknown"  # "West Greenland": a place
        titled = bool(pre) and any(self.titled(i) for i in pre)
        if pre and view.lower[pre[-1]] == "based" and not titled and not any(  # "Zurich-based
                view.lower[i] in self.sets.person_noun for i in pre):  # Limmat Privatbank"
            return "organization"
        # The longest known name the run ends with, if any.
        for n in range(min(len(words), self.sets.max_len), 0, -1):
            kind = known.get(words[len(words) - n :])
            if kind is not None and not (
                n == 1 and len(words) > 1 and (
                    all(self.words.ent.get(w) == "PERSON" for w in words[:-1])
                    or (titled and kind == "organization")  # "Director … Fernanda Rocha Lima"
                    # "Ana Lima": a word the lexicon lacks before a place's name
                    or (len(words) == 2 and self._given_first(toks)
                        and lows[0] not in self.words.pos and self.lex.phrase("gpe", words[1:]))
                )
            ):
                return kind  # but "Sean Hannity", "Tom Forbes": a given name first
        if masthead(words, lows, self.sets.media_suffix):
            return "media"  # "Chicago Tribune"; "Gazzetta dello Sport", "Folha de S.Paulo"
        heads = [n for n, w in enumerate(lows[:-1]) if w in self.sets.org_head]
        if heads and self.lex.phrase("gpe", tuple(words[heads[-1] + 1 :])):
            return "organization"  # "Woodland Trust Cymru", "Save the Children UK"
        if len(toks) > 1 and self._org_name(toks[0], toks[-1] + 1):
            return "organization"  # "Bureau of Meteorology", "Northwind Logistics"
        if len(toks) > 2 and any(w in self.sets.org_head for w in lows[:-1]) and (
            self.words.ent.get(words[0]) != "PERSON" and not (pre and self.titled(pre[-1]))
        ):
            return "organization"  # "Esporte Clube Serrano", "Banco Nacional Ultramarino"
        low = lows
        if low[-1] in self.sets.place_head or (len(low) > 1 and low[0] in self.sets.place_head):
            return "unknown"  # "Portland Street", "Mt Ruapehu": a place
        if all(w in self.sets.time for w in low):
            return "unknown"  # "Monday", "September"
        if len(toks) > 1 and low[-1] in self.sets.doc_name_head:
            return "document"  # "Heat Action Plan", "National Climate Strategy"
        if len(toks) > 1 and low[-1] in self.sets.doc_head and any(
            known.get(words[len(words) - 1 - n : -1]) in ("media", "organization")
            for n in range(1, min(len(words) - 1, self.sets.max_len) + 1)
        ):
            return "document"  # "Washington Post Poll", an outlet's or a body's document
        if len(toks) > 1 and any(
            known.get(words[:n]) == "media"
            and all(self.words.pos.get(w) == "NOUN" for w in low[n:])
            for n in range(1, len(words))
        ):
            return "media"  # "BBC Sport", "CNN Politics": an outlet's desk
        if (
            len(words) > 1 and self.lex.phrase("gpe", words[:-1])
            and self.words.pos.get(low[-1]) in ("NOUN", "ADJ")  # (and "England Open")
            and self.words.ent.get(words[-1], "") != "PERSON"
        ):
            return "organization"  # "Sri Lanka Cricket", "Kenya Athletics": a national body
        if len(toks) > 1 and low[0] in ORDINALS:
            return "unknown"  # "the Fourteenth Amendment", "The Ninth Circle"
        if pre and any(self.titled(i) for i in pre):
            return "person"  # "presidential adviser Oleksiy Arestovych", whatever its words' labels
        labels = [self.ent_label(i) for i in toks]
        w = view.words[toks[-1] + 1 : toks[-1] + 4]
        if any(lab in PERSON_ENTS for lab in labels) or w[:2] == [",", "who"] or (
            len(w) == 3 and w[0] == "," and w[1].isdigit() and len(w[1]) <= 3 and w[2] in ",."
        ):  # ", 29,": an age; ", who": someone; whatever the words' labels
            return "person"
        # A name's head's label ("San Diego"), no given name's ("Diego Salcedo Ríos").
        if labels[-1] in ORG_ENTS:
            return "organization"
        if len(words) == 1 and words[0].isupper() and len(words[0]) <= 6:
            return "organization"  # an acronym: ISW, NATO, FBI, PAGASA
        if len(toks) == 1 and self.words.pos.get(words[0]) in NOT_NAMES:
            return "unknown"  # "Born", "Story": a word capitalised where a line starts
        if any(camel_case(w) or any(ch.isdigit() for ch in w) for w in words):
            return "organization"  # "EgyptAir", "PayPal", "BlackRock"; "S4C", "3M": no person
        return "unknown" if placed(view, toks, pre, self.words.ent) else "person"
