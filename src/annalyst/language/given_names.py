"""Common given names from many cultures: light evidence that "X Y" is a person.

Read by the entity rules (``extract``) and the surname resolver (``resolve``).

A curated list of general knowledge, written for this project (no name list
under a copyleft licence is used, and nothing is downloaded). It is short on
purpose: it only adds one vote to a name that already looks like a person's
("Willy Brandt" before a verb), so a missing name costs little and the context
rules still decide. Names that are mostly places or common words ("Jordan",
"Georgia", "Chad", "Will", "Hope") are left out: they would vote for a person
in "Jordan Valley" or "Hope Street".
"""

from __future__ import annotations

from functools import cache

_NAMES = """
# English and Irish
aaron adam alan albert alexander alfred alice amanda amy andrew angela ann anna anne anthony arthur barbara
benjamin bernard betty brian carol caroline catherine charles christopher clara clare claire colin daniel david
deborah dennis diana donald dorothy douglas edward eleanor elizabeth ellen emily emma eric ernest evelyn frances
francis frank frederick gary geoffrey george gerald gordon graham harold harriet harry helen henry howard hugh
ian jack james jane janet jean jennifer jeremy joan john jonathan joseph joyce judith julia karen katherine
kenneth laura lawrence leonard linda louise margaret martha martin mary matthew michael nancy neil nicholas
norman oliver pamela patricia patrick paul peter philip rachel ralph raymond rebecca richard robert roger
ronald ruth samuel sandra sarah simon stanley stephen steven susan thomas timothy walter william
# French
alain andre antoine bernadette christiane claude dominique etienne francois francoise gerard guillaume henri
jacques jean-paul jean-pierre juliette laurent louis marcel marguerite michel nathalie nicolas pierre rene
sylvie thierry yves
# German, Dutch and Scandinavian
anke dieter erich ernst fritz gerhard gunter gunther hans heinrich helmut hermann ingrid johann jurgen karl
klaus konrad kurt lars manfred olaf otto rolf sigrid sven ulrich ulrike walther werner wilhelm willem willy
wolfgang bjorn erik gustav henrik johan magnus nils
# Spanish, Portuguese and Italian
alejandro alfonso alvaro antonio beatriz carlos carmen diego eduardo enrique ernesto esteban fernando gabriel
gonzalo guillermo gustavo ignacio javier joao jorge jose juan julio luis manuel marco marcos mario miguel
orlando pablo paolo pedro rafael ramon ricardo roberto rodrigo salvatore sergio vicente alessandro francesco
giovanni giuseppe luca luigi massimo matteo pietro sofia giulia lucia
# Slavic, Baltic, Hungarian and Greek
aleksandr alexei anatoly andrei boris dmitri dmitry grigory igor ivan leonid mikhail nikita nikolai oleg
pavel sergei svetlana tatiana vladimir vladislav yuri zbigniew tadeusz wojciech jerzy lech stanislaw
miroslav vaclav janos laszlo istvan dimitrios georgios konstantinos nikos yannis
# Arabic, Persian and Turkish
abdul abdullah ahmad ahmed ali amir anwar fatima faisal farid gamal hamid hassan hosni hussein ibrahim ismail
jamal karim khalid mahmoud mohamed mohammad mohammed muhammad mustafa omar rashid saddam salim
samir tariq yasser youssef yusuf zainab hamza layla leila mahmud mehmet recep kemal ahmet
reza ruhollah
# African
abiodun adebayo adewale akua ama chidi chinedu chinua chukwuemeka emeka folake funmilayo ifeoma kofi kwabena
kwaku kwame kwesi nnamdi obinna oluwaseun seun tunde wole yaw amadou aminata fatou mamadou moussa ousmane
sekou jomo uhuru wanjiru thabo sipho nelson desmond julius patrice kwasi
# South and East Asian
amit anil arjun ashok deepak indira jawaharlal lakshmi manmohan narendra priya rahul rajesh rajiv ravi sanjay
sonia sunil vijay akira hiroshi kenji takeshi yoshiro haruki yuki mei wei
# Hebrew and Yiddish
avraham ehud golda menachem moshe shimon yitzhak yosef ariel chaim
"""


@cache
def given_names() -> frozenset[str]:
    """The list above as lower-case, accent-free names."""
    return frozenset(w for line in _NAMES.splitlines() if not line.startswith("#") for w in line.split())
