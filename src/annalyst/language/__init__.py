"""Word lists and text conventions shared by stages that must not import one another.

``extract/`` and ``resolve/`` both read diplomatic prose; what they need to know
about its conventions (which verbs report speech or belief, which lines are an
editor's apparatus) lives here, in plain data and small functions.
"""
