"""Word lists the quote rules consult, read once from ``data/rule_words.tsv``.

Each list is one ``class`` of that file, with the source of its words there; the
names here are the constants the rule modules import. Numbers that bound the rules'
work stay in code.
"""

from __future__ import annotations

from ..lexicon import data_path, read_tsv


def _load() -> dict[str, frozenset[str]]:
    lists: dict[str, set[str]] = {}
    for row in read_tsv(data_path("rule_words.tsv"), ("word", "class", "source")):
        lists.setdefault(row["class"], set()).add(row["word"])
    return {cls: frozenset(words) for cls, words in lists.items()}


_LISTS = _load()

OPEN_MARKS = _LISTS["open_marks"]
CLOSE_MARKS = _LISTS["close_marks"]
COMPLEMENTIZERS = _LISTS["complementizers"]
BE_FORMS = _LISTS["be_forms"]
DO_FORMS = _LISTS["do_forms"]
# Words inside a verb group between an auxiliary and its verb ("wouldn't comment",
# "have long called", "have all characterized").
VERB_GROUP_FILLERS = _LISTS["verb_group_fillers"]
ADJUNCT_PREPS = _LISTS["adjunct_preps"]
# Prepositions whose object is the topic of a report ("spoke about X", "warned of X").
TOPIC_PREPS = _LISTS["topic_preps"]
# And those a predicative adjective takes besides ("confident in X", "pleased with X").
ADJECTIVE_PREPS = TOPIC_PREPS | _LISTS["adjective_preps"]
MEDIUM_WORDS = _LISTS["medium_words"]  # "said on Twitter": the medium, not the topic
# Speaker-lexicon classes whose words may head a source ("Police:", "said an aide").
SOURCE_CLASSES = ("role", "title", "org_head", "media_head", "doc_head", "anon_marker")
# Time nouns that open the reported clause right after a cue ("said night trains …").
BARE_TIME_NOUNS = _LISTS["bare_time_nouns"]
# Words before a cue that make a wh-clause after it what was not said.
REFUSALS = _LISTS["refusals"]
# Nouns of an appositive that sums up the report in the writer's words ("…, a swipe at
# the recent disturbances", "…, an acknowledgment that …"): the report ends before it.
SUMMARY_NOUNS = _LISTS["summary_nouns"]
# Base forms of cues that are also nouns: after a singular noun they are the head of a
# compound ("TV show", "news report", "tax plan"), as a verb would agree ("shows").
NOUN_HOMOGRAPHS = _LISTS["noun_homographs"]
COLLECTIVE_NOUNS = _LISTS["collective_nouns"]
CLAUSE_BREAKERS = _LISTS["clause_breakers"]
PARTICIPLE_SAY = _LISTS["participle_say"]
TERMINAL = _LISTS["terminal"]
DASH_TOKENS = _LISTS["dash_tokens"]
BULLETS = _LISTS["bullets"]  # a list item's bullet, never part of a content
NEW_REPORT_PRONOUNS = _LISTS["new_report_pronouns"]
SHIFTED_AUX = _LISTS["shifted_aux"]  # "said X would fight … and would ask …"
PARTICIPLE_PREPS = _LISTS["participle_preps"]
OCCASIONS = _LISTS["occasions"]
REFLEXIVES = _LISTS["reflexives"]
SPEECH_PRONOUNS = _LISTS["speech_pronouns"]  # "I", "we", "you": a speaker's own words
ADDRESSEES = _LISTS["addressees"]
# Entity labels of a statistical pipeline that never name a source.
NOT_SOURCE_ENTS = _LISTS["not_source_ents"]
# "went on to call", "continued to insist": the subject is further left.
ASPECT_BEFORE_TO = _LISTS["aspect_before_to"]
SUBORDINATORS = _LISTS["subordinators"]
# Words that open an adverbial clause or phrase ("as", "after", "despite"): a reported
# clause has its verb before the first of them ("reported a profit | as rates rose" has
# none, so it is no clause).
CLAUSE_OPENERS = _LISTS["clause_openers"]
SINGULAR_QUANTIFIERS = _LISTS["singular_quantifiers"]
PARTICIPLE_LEADS = _LISTS["participle_leads"]
# Words that open a raising verb's complement besides an infinitive or an adjective.
RAISING_OPENERS = _LISTS["raising_openers"]
QUESTION_AUX = _LISTS["question_aux"]
# Words an object never starts with: a passive's agent ("supported by"), an adjunct
# ("signed on", "backed in 2012"), the particle "off" ("called off the deal").
NOT_OBJECT = _LISTS["not_object"]
# Infinitives after "continued to" that still report ("continued to question Cruz's
# temperament"); the cue lexicon lists their other forms.
REPORTING_INFINITIVES = _LISTS["reporting_infinitives"]
# Past tenses that differ from their base form and do not end in "-ed".
IRREGULAR_PAST = _LISTS["irregular_past"]
PLAIN_PARTICIPLES = _LISTS["plain_participles"]  # ", set for June 3": a participle
# What a reporter writes: "declined to comment for this story".
PIECES = _LISTS["pieces"]
NAMING_LEMMAS = _LISTS["naming_lemmas"]
# Verbs that take an object and then "as" what it is ("portrayed him as a fighter").
AS_LEMMAS = _LISTS["as_lemmas"]
BASE_ING = _LISTS["base_ing"]
WEEKDAYS = _LISTS["weekdays"]
TIME_ADVERBS = _LISTS["time_adverbs"]
TIME_UNITS = _LISTS["time_units"]
LEADING_SUBORDINATORS = _LISTS["leading_subordinators"]
# What may open a clause before its subject's description: "And Florida’s attorney
# general, Pam Bondi, vowed", "When the F.B.I. director, James B. Comey, said".
CLAUSE_STARTERS = LEADING_SUBORDINATORS | {"and", "but"}
RELATIVES = _LISTS["relatives"]
FINITE_AUX = _LISTS["finite_aux"]
# What opens a comment on the sentence rather than its continuation after ", according
# to X,": "..., where 475 delegates are at stake", "..., compared with 25 percent".
RUN_ON_STOPS = _LISTS["run_on_stops"]
DASHES = _LISTS["dashes"]
SPEECH_PAST = _LISTS["speech_past"]
# Number words: a score, a measure or an amount opening a cue's object.
NUMBER_WORDS = _LISTS["number_words"]
# Cue lemmas whose measure, score or time object is another sense: a change of quantity
# ("added 2 per cent") or a reply in play ("answered 40 seconds later"), no speech act.
QUANTITY_SENSES = _LISTS["quantity_senses"]
# Ordinals: between a determiner and its noun ("the Bulls' first try").
ORDINALS = _LISTS["ordinals"]
# Currencies: after a number, a noun, whatever else the word is ("412 billion won").
CURRENCIES = _LISTS["currencies"]
# Units between a number and its noun: "a 12 percent drop", "a 3.5 per cent rise".
MEASURE_UNITS = _LISTS["measure_units"]
# Participles that head a prepositional phrase, not a clause ("four points compared with
# 2021", "six people including a child"); two-word entries name the preposition.
MARGINAL_PREPOSITIONS = _LISTS["marginal_prepositions"]
# Present tenses of "be": "is asked to call police" is an appeal to the reader.
PRESENT_BE = _LISTS["present_be"]
REQUEST_LEMMAS = _LISTS["request_lemmas"]
# What an order to move says ("told protesters to leave"): no words reported.
MOVEMENT_ORDERS = _LISTS["movement_orders"]
# What shows and says nothing: "footage shows the moment …" is a perception.
VISUAL_SOURCES = _LISTS["visual_sources"]
# "Q:" and "A:" heading an interview's turns: no source, but a sign of an interview.
QUESTION_LABELS = _LISTS["question_labels"]
ANSWER_LABELS = _LISTS["answer_labels"]
# ", though one of them said …": a contrasting report ends the reported clause.
CONTRAST_LINKS = _LISTS["contrast_links"]
# Lower-case particles inside names of many origins ("Hamid al-Tayeb", "von der Leyen").
NAME_PARTICLES = _LISTS["name_particles"]

# The longest reported clause (in tokens) read without quote marks; keeps every cue's
# work bounded however long a sentence runs.
MAX_CLAUSE = 150
# Prepositions that open a post-modifier of a clause-initial subject ("residents near the
# plant", "people briefed on the move").
POSTMODIFIER_PREPS = _LISTS["postmodifier_preps"]
