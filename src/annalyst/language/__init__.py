"""Language knowledge shared by the stages: word lists and small grammars that no one stage owns.

    dates.py   month and weekday names, the written shapes of a calendar date, reading one to ISO
"""
