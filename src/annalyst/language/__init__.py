"""General knowledge of language that more than one stage consults: word lists, not rules.

Modules here import nothing from the rest of the package, so that ``extract``
and ``resolve`` can both use them without depending on each other.
"""
