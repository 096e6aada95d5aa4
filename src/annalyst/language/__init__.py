"""The neutral language layer: what more than one stage knows about English and the world.

Word lists and small grammars, not rules about a document. ``extract`` and
``resolve`` both read them, so neither has to import the other; modules here
import nothing from the stages (``tests/test_architecture.py`` checks it). Each
module's docstring says where its words come from.

    dates.py          month and weekday names, the written shapes of a calendar date, reading one to ISO
    names.py          normalising a name to a comparison key; what counts as an acronym
    titles.py         titles, ranks and offices before a name, and the sex a courtesy title tells
    given_names.py    common given names              nicknames.py      familiar forms of given names
    places.py         kinds of place, country and region names (pycountry)
    organisations.py  head nouns of organisation names
    abbreviations.py  cable abbreviations of governments and offices (USG, SYG)
    event_labels.py   how an event reads as one line
    reporting.py      verbs of saying and believing, attitude adjectives
    diplomatic.py     the conventions of cables and memoranda: apparatus, footnotes
    senses.py         near-synonyms folded when claims are compared in other words
    armed.py          words of armed forces and their weapons (a strike by them is an attack)
"""
