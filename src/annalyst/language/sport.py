"""Words of sports reporting that tell a team from the place it is named after.

Hand-written from general knowledge of English news style (agency sports pages,
results services); no word here comes from a particular text. A club or a county
side is named after its town or county, and the words around the name say which
is meant: a place does not beat anybody, has no captain and no fans.
"""

from __future__ import annotations

from .wordlist import words as _words

# Verbs of a contest between two sides: "X beat Y", "Y were routed by X" (lemmas).
CONTEST_VERBS = _words("""
beat defeat thrash rout edge overcome trounce outclass outplay overpower overwhelm whip hammer crush
draw tie eliminate knock oust dethrone
""")

# Nouns of a side's people and parts: "X captain Y", "X fans", "X's coach", "the X squad".
TEAM_ROLES = _words("""
captain skipper coach striker midfielder defender goalkeeper keeper winger batsman bowler pitcher
quarterback playmaker fullback halfback fly-half scrum-half teammate team-mate fans supporters squad line-up
lineup
""")

# Nouns of a contest a side plays: "X's home defeat", "X's win over Y".
CONTEST_NOUNS = _words("""
win victory defeat loss draw match game fixture innings
""")
