"""Head words of organisation names: "Human Rights Commission", "the Chicago Tribune".

General knowledge of English usage. The one place for them: the entity rules
(``extract``) and the entity resolver (``resolve``) read them from here.
"""

from __future__ import annotations

from .wordlist import words as _words

# Last words of organisation names ("Human Rights Commission", "Peruvian Army").
ORG_HEADS = _words("""
commission committee council department ministry agency institute institution party army navy force forces
university college school academy bank association organisation organization union court assembly congress
parliament senate government administration directorate bureau office service corporation company group
foundation federation league alliance front movement network
review press television radio church society club team fund authority board police guard guards
bloc coalition regime junta cabinet embassy consulate legation mission legion newsroom newsdesk
""")

# Last words of newspaper names ("the Chicago Tribune"): their first word is mostly the paper's city.
NEWSPAPER_HEADS = _words("times post herald journal tribune gazette news courier chronicle telegraph dispatch "
                         "inquirer courant")
ORG_HEADS |= NEWSPAPER_HEADS

# What only a company or a body has, said of its name: "X shares", "X's profits", "X chairman Y"
# (general knowledge of business news; "spokesman", "staff", "chairman" are left out: a person has them too).
CORPORATE_NOUNS = _words("""
shares stock stocks shareholder shareholders stockholder stockholders profits earnings revenue revenues
turnover subsidiary subsidiaries ceo cfo boardroom gdrs adrs dividend dividends
""")
