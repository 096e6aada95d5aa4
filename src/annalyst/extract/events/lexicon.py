"""Which words name an event, and of which class.

A small hand-kept lexicon of event classes (in the spirit of FrameNet frames or
the ACE/ERE event types, cut down to what political history reports): the
class is a short lower-case label written to ``Event.type``. No name or phrase
of any corpus belongs here, only general English: verbs and nouns that denote
the event, the light verbs that carry an event noun ("stage a coup", "go on
strike"), and the few multi-word predicates whose meaning is not their head
verb's ("take power", "come to power", "rise to become").

Hand-written rather than taken from a library: WordNet or FrameNet would need
a data download at run time, and their senses are far broader than the classes
a historian files events under.
"""

from __future__ import annotations

from ...language.diplomatic_acts import ACT_NOUNS, ACT_VERBS, CALL_FOR, INTRANSITIVE_ACTS, MESSAGES, OBJECT_VERBS

#: verb lemma -> event class
VERBS: dict[str, str] = {
    # meeting
    "meet": "meeting", "summon": "meeting", "confer": "meeting", "negotiate": "meeting", "visit": "meeting",
    # coup
    "overthrow": "coup", "topple": "coup", "oust": "coup", "depose": "coup", "overturn": "coup",
    # killing and death
    "kill": "killing", "murder": "killing", "assassinate": "killing", "bomb": "killing", "execute": "killing",
    "massacre": "killing", "slay": "killing", "die": "death",
    # appointment
    "appoint": "appointment", "nominate": "appointment", "promote": "appointment", "install": "appointment",
    "designate": "appointment", "swear": "appointment",
    # election
    "elect": "election", "vote": "election", "reelect": "election", "re-elect": "election",
    # statement
    "say": "statement", "announce": "statement", "declare": "statement", "speak": "statement",
    "proclaim": "statement", "state": "statement",
    # sale
    "sell": "sale", "export": "sale", "buy": "sale", "purchase": "sale", "acquire": "sale",
    # strike, arrest, publication, release, agreement, attack
    "strike": "strike",
    "arrest": "arrest", "detain": "arrest", "imprison": "arrest", "jail": "arrest",
    "publish": "publication",
    "release": "release", "declassify": "release", "free": "release",
    "sign": "agreement", "ratify": "agreement",
    "invade": "invasion", "attack": "attack",
    "resign": "resignation", "abdicate": "resignation",
    # dissolution of a body, ban of an activity ("ban"/"outlaw" of an organisation is its dissolution)
    "dissolve": "dissolution", "disband": "dissolution", "liquidate": "dissolution",
    "ban": "ban", "outlaw": "ban", "prohibit": "ban", "proscribe": "ban", "forbid": "ban",
    # shooting ("fire on/at" is decided in verb_class)
    "shoot": "shooting",
    "bury": "funeral",
    # arrival of a ship, a delegation, troops ("tie up" is decided in verb_class)
    "arrive": "arrival", "dock": "arrival", "berth": "arrival", "land": "arrival",
    # military occupation of a place; a raid on one ("clear" is decided in verb_class)
    "occupy": "occupation", "raid": "raid", "storm": "raid",
    # borrowing
    "borrow": "loan",
    # legislation ("pass"/"adopt" a law is decided in verb_class)
    "enact": "legislation", "legislate": "legislation",
}

#: noun lemma -> event class
NOUNS: dict[str, str] = {
    "meeting": "meeting", "summit": "meeting", "conversation": "meeting", "talk": "meeting",
    "conference": "meeting", "assembly": "meeting", "session": "meeting", "visit": "meeting",
    "coup": "coup", "putsch": "coup", "overthrow": "coup", "takeover": "coup",
    "murder": "killing", "assassination": "killing", "killing": "killing", "bombing": "killing",
    "massacre": "killing", "execution": "killing",
    "death": "death",
    "appointment": "appointment", "nomination": "appointment", "promotion": "appointment",
    "election": "election", "vote": "election", "referendum": "election", "ballot": "election",
    "statement": "statement", "speech": "statement", "announcement": "statement", "declaration": "statement",
    "remark": "statement",
    "sale": "sale", "purchase": "sale", "acquisition": "sale", "privatisation": "sale", "privatization": "sale",
    "strike": "strike", "walkout": "strike",
    "arrest": "arrest", "detention": "arrest",
    "release": "release", "declassification": "release",
    "treaty": "agreement",
    "invasion": "invasion", "attack": "attack",
    "resignation": "resignation", "abdication": "resignation",
    "dissolution": "dissolution", "disbandment": "dissolution",
    "ban": "ban", "prohibition": "ban", "proscription": "ban",
    "shooting": "shooting",
    "revolution": "revolution", "uprising": "revolution", "mutiny": "revolution", "rebellion": "revolution",
    "funeral": "funeral", "burial": "funeral", "interment": "funeral",
    "arrival": "arrival", "occupation": "occupation", "raid": "raid", "loan": "loan", "legislation": "legislation",
}

# the acts of diplomacy (see :mod:`annalyst.language.diplomatic_acts`): a word already filed above keeps its class
for _lemma, _cls in ACT_VERBS.items():
    VERBS.setdefault(_lemma, _cls)
for _lemma, _cls in ACT_NOUNS.items():
    NOUNS.setdefault(_lemma, _cls)

#: classes whose noun says little by itself ("incident"): the words before it name the kind, and the mention's
#: span takes them in ("the road-mining incident", "a border clash")
KIND_NAMING_CLASSES = frozenset({"incident"})
#: classes of acts about another act, named by their infinitive ("refused to pass the message to X")
COMPLEMENT_CLASSES = frozenset({"refusal", "request", "order", "decision"})

#: nouns of a gathering where people speak to each other: a verb inside one ("at the lunch X told Y") has its
#: addressee among the gathering's participants
GATHERINGS = frozenset(lemma for lemma, cls in NOUNS.items() if cls == "meeting")

#: classes of acts of speech and will: a mention of one with no party (no one who asks, refuses, decides, or
#: is asked) names nothing a reader could check, however well dated
PARTY_CLASSES = frozenset({"refusal", "request", "protest", "complaint", "decision", "order", "message"})

#: adjectives of a will to act: denied ("not willing to", "not prepared to") they say a refusal
UNWILLING = frozenset({"willing", "prepared", "ready", "disposed", "inclined"})

#: predicative adjective lemma -> event class ("X was dead")
ADJECTIVES: dict[str, str] = {"dead": "death"}

#: nouns that turn the event noun they modify into an attempt ("a coup attempt", "an assassination plot")
ATTEMPT_NOUNS = frozenset({"attempt", "plot", "try", "bid"})
#: verbs whose clausal complement is only attempted ("tried to seize power")
ATTEMPT_VERBS = frozenset({"attempt", "try"})

#: verbs that carry an event noun as object (or via a preposition) without adding an event of their own;
#: their subject is the event's agent and their date, place and arguments are the event's.
LIGHT_VERBS = frozenset({
    "make", "stage", "launch", "mount", "hold", "carry", "conduct", "lead", "organise", "organize",
    "orchestrate", "attempt", "plan", "plot", "foment", "engineer", "go", "call", "begin", "start",
    "give", "deliver", "have", "take", "attend", "host", "perpetrate", "commit", "win", "pay",
    "occur", "happen", "follow", "end",
    "set", "schedule", "postpone", "reschedule", "arrange", "fix",  # "the funeral is set for 13 May"
    "issue", "lodge", "file", "voice", "submit", "send", "renew", "reiterate",  # "lodged a protest", "issued a call"
})
#: light verbs whose subject does not act in the event (it happened, it took place)
NON_AGENTIVE = frozenset({"take", "occur", "happen", "follow", "end", "begin", "start", "attend", "set", "schedule"})

#: objects that make "sell/supply/provide" an arms sale and "open/release" a release of records
ARMS = frozenset({"weapon", "arm", "training", "aircraft", "tank", "missile", "ammunition", "equipment",
                  "gun", "rifle", "plane", "jet", "helicopter", "munition", "armament"})
RECORDS = frozenset({"document", "archive", "file", "record", "paper", "cable"})
#: what a funeral carries: a verb with one of these as object is a funeral ("followed his coffin")
BIERS = frozenset({"coffin", "casket", "hearse", "bier", "cortege", "cortège"})
#: what a parliament passes or adopts
LAWS = frozenset({"law", "act", "bill", "decree", "statute", "amendment", "constitution", "code"})
#: what ties up at a quay
VESSELS = frozenset({"ship", "boat", "vessel", "freighter", "tanker", "steamer", "ferry", "yacht", "cruiser",
                     "destroyer", "frigate", "submarine", "liner", "barge", "trawler", "warship", "schooner"})
#: places whose taking is an occupation, not a coup
SITES = frozenset({"port", "harbour", "harbor", "dock", "airport", "berth", "station", "building", "quay",
                   "bridge", "base", "town", "city", "square", "factory", "mine", "border", "plant", "field",
                   "mill", "works", "yard", "shipyard", "campus", "university", "embassy", "camp", "parliament"})
#: objects that make "write" a publication
WRITINGS = frozenset({"article", "book", "report", "letter", "column", "essay", "op", "memoir", "editorial",
                      "paper", "piece", "memo", "study"})

_REFLEXIVES = frozenset({"itself", "themselves", "himself", "herself"})

#: entity types whose ban is a dissolution ("banned the party", "the union was outlawed")
BODIES = frozenset({"ORG", "NORP"})


def verb_class(token) -> str | None:
    """The event class a verb token denotes, looking at its particles and objects where the lemma alone is vague."""
    lemma = token.lemma_.lower()
    objects = {c.lemma_.lower() for c in token.children if c.dep_ in ("dobj", "obj", "dative")}
    preps = {(c.lemma_.lower(), g.lemma_.lower()) for c in token.children if c.dep_ in ("prep", "dative")
             for g in c.children if g.dep_ == "pobj"}
    if objects & BIERS:
        return "funeral"  # "thousands followed his coffin", "carried the casket"
    if lemma in ("declare", "proclaim", "impose", "decree") and (
            _emergency(token) or (token.dep_ == "acl" and noun_class(token.head) == "emergency")):
        return "emergency"  # "declared a state of emergency", "imposed martial law", "the curfew imposed on X"
    if lemma == "clear" and any(o.lemma_.lower() in SITES or o.ent_type_ in ("FAC", "LOC")
                                for o in token.children if o.dep_ in ("dobj", "obj", "nsubjpass")):
        return "raid"  # "police cleared the mill / the square": a site emptied by force
    if (lemma in ("pass", "deliver", "send", "transmit", "relay") and objects & MESSAGES) or \
            (lemma in ("give", "hand") and objects & MESSAGES - {"word"}):
        return "message"  # "passed the message to X", "delivered a note"; "gave X the final word" is a power
    if lemma in INTRANSITIVE_ACTS and any(c.dep_ in ("dobj", "obj", "ccomp", "xcomp") for c in token.children):
        return None  # "demonstrated its independence": a showing, no demonstration
    if lemma == "ask" and any(c.dep_ == "ccomp" and _question(c) for c in token.children):
        return None  # "asked whether there was any evidence": a question, no request
    if lemma in OBJECT_VERBS:
        # "declined to comment", "rejected the offer", "asked for arms": an act; "exports declined" is none
        if objects or any(c.dep_ in ("xcomp", "ccomp") for c in token.children) or \
                (lemma in ("ask", "demand") and any(p == "for" for p, _ in preps)):
            return OBJECT_VERBS[lemma]
        return None
    if lemma in ("pass", "adopt", "approve", "enact") and (
            (objects | {c.lemma_.lower() for c in token.children if c.dep_ == "nsubjpass"
                        or (c.dep_ == "nsubj" and token.tag_ == "VBN")}) & LAWS
            or (token.dep_ in ("acl", "amod") and token.head.lemma_.lower() in LAWS)):
        return "legislation"  # "parliament passed the act", "the act was adopted", "Press Act adopted"
    if lemma == "pay" and any(p == "for" for p, _ in preps) and objects:
        return "sale"  # "X paid $62 million for the works": a purchase
    if lemma in ("take", "seize", "assume") and objects & {"control"} and _of_site(token):
        return "occupation"  # "took control of the port": a site is occupied, a state is seized
    if lemma in ("take", "seize", "grab", "assume") and objects & {"power", "control"}:
        return "coup"
    if lemma in ("come", "rise", "bring", "return", "sweep") and ("to", "power") in preps:
        return "coup"
    if lemma == "rise" and any(c.dep_ in ("xcomp", "advcl") and c.lemma_ == "become" for c in token.children):
        return "appointment"
    if lemma in ("name", "make") and any(c.dep_ in ("oprd", "xcomp") for c in token.children) and objects:
        return "appointment"
    if lemma == "tie" and any(c.dep_ == "prt" and c.lower_ == "up" for c in token.children) and (
            not objects or objects & VESSELS):
        return "arrival"  # "the ship tied up at the quay", "they tied up the freighter"; not "tied up funds"
    if lemma == "call" and any(c.dep_ == "prep" and c.lower_ == "on" and c.i == token.i + 1
                               for c in token.children) and \
            not any(c.dep_ in ("xcomp", "ccomp") for c in token.children):
        return "meeting"  # "called on the minister" (a visit); "called on them to resign" is an appeal; the "on"
        # follows the verb: "On 6 May X called Y a liar" is no visit
    if lemma in ("call", "telephone", "phone", "ring") and not any(
            c.dep_ in ("oprd", "ccomp", "prt") for c in token.children) and any(
            c.ent_type_ == "PERSON" for c in token.children if c.dep_ in ("dobj", "obj")):
        return "meeting"  # "called Alvar Kestrel (to warn him)"; "called him a liar", "called up troops" are not
    if lemma == "walk" and ("off", "job") in preps:
        return "strike"
    if lemma in ("sell", "supply", "provide", "ship", "deliver", "transfer"):
        withs = {g for p, g in preps if p == "with"}
        if lemma == "sell" or (objects | withs) & ARMS:
            return "sale"
        return None
    if lemma in ("open", "release", "declassify", "publish") and objects & RECORDS:
        return "release"
    if lemma == "write":
        return "publication" if objects & WRITINGS else None
    if lemma == "release" and objects & RECORDS:
        return "release"
    if lemma == "strike" and objects:  # "strike a deal", "struck the city": not a work stoppage
        return None
    if lemma == "speak" and any(p == "for" and g in _REFLEXIVES for p, g in preps):
        return None  # "the record speaks for itself": an idiom, no one speaks
    if lemma == "shoot" and any(c.lower_ == "dead" for c in token.children):
        return "killing"  # "was shot dead": the shooting killed
    if lemma == "gun" and any(c.dep_ == "prt" and c.lower_ == "down" for c in token.children):
        return "killing"  # "gunned down"
    if lemma == "fire":  # "fired on the crowd", "fired at the marchers"; "fired the minister" is no shooting
        return "shooting" if {p for p, _ in preps} & {"on", "at", "into", "upon"} else None
    cls = VERBS.get(lemma)
    if cls == "ban":
        bodies = [c for c in token.children if c.dep_ in ("dobj", "obj", "nsubjpass")]
        if any(c.ent_type_ in BODIES for c in bodies):
            return "dissolution"
    return cls


def _question(clause) -> bool:
    """An embedded question: a clause opened by "whether", "if" or a wh-word ("asked what had happened")."""
    first = clause.left_edge
    return first.lower_ in ("whether", "if") or first.tag_ in ("WDT", "WP", "WP$", "WRB") or any(
        c.dep_ == "mark" and c.lower_ in ("whether", "if") for c in clause.children)


def _emergency(verb) -> bool:
    """The verb's object, or its subject ("martial law was declared", and the parser's reading of "the state
    of emergency proclaimed on X"), is a state of emergency, martial law or a curfew."""
    for obj in (c for c in verb.children if c.dep_ in ("dobj", "obj", "nsubjpass", "nsubj")):
        lemma = obj.lemma_.lower()
        if lemma in ("emergency", "curfew", "siege") or (
                lemma == "law" and any(c.lower_ == "martial" for c in obj.children)):
            return True
        if lemma == "state" and any(c.dep_ == "prep" and any(g.lemma_.lower() in ("emergency", "siege")
                                                             for g in c.children) for c in obj.children):
            return True
    return False


def _of_site(verb) -> bool:
    """ "took control of the port / of the airport": the object's "of" phrase names a site, not a state."""
    for obj in (c for c in verb.children if c.dep_ in ("dobj", "obj") and c.lemma_.lower() == "control"):
        for prep in (c for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"):
            if any(g.ent_type_ in ("FAC", "LOC") or g.lemma_.lower() in SITES for g in prep.children):
                return True
    return False


_NAMED_THINGS = frozenset({"ORG", "WORK_OF_ART", "LAW", "FAC", "GPE", "LOC", "PERSON", "NORP", "PRODUCT"})


def noun_class(token) -> str | None:
    """The event class of an event noun, or None; "coup attempt" and "assassination plot" are attempts."""
    if token.ent_type_ in _NAMED_THINGS:  # "the General Assembly", "the Foreign Assistance Act": names, not events
        return None
    lemma = token.lemma_.lower()
    if lemma in ATTEMPT_NOUNS and any(c.dep_ == "compound" and NOUNS.get(c.lemma_.lower()) for c in token.children):
        return "attempt"
    if (lemma == "state" and any(c.dep_ == "prep" and c.lower_ == "of" and any(
            g.lemma_.lower() in ("emergency", "siege") for g in c.children) for c in token.children)) or (
            lemma == "law" and any(c.lower_ == "martial" for c in token.children)):
        return "emergency"  # "the state of emergency proclaimed on 4 June", "martial law"
    if lemma == "host" and any(c.dep_ == "prep" and c.lower_ == "to" for c in token.children):
        return "meeting"  # "is host to the President": a visit received; "a host of problems" is none
    cls = NOUNS.get(lemma)
    if cls is None:
        return None
    if token.dep_ == "compound" and token.text[:1].isupper() and token.head.text[:1].isupper() \
            and not token.is_sent_start:
        return None  # "the Election Commission", "the Privatisation Act": part of a name
    if token.dep_ == "compound" and token.head.lemma_.lower() in ATTEMPT_NOUNS:
        return None  # the head noun ("attempt") carries the event
    if lemma == "call" and any(c.dep_ == "prep" and c.lower_ == "for" for c in token.children):
        return CALL_FOR  # "a call for restraint": an appeal, not a telephone call
    if lemma == "talk" and token.tag_ != "NNS":  # "talks" are a meeting, "talk" mostly is not
        return None
    if lemma in ("vote", "release", "strike", "attack", "state", "call", "order", "request") and token.pos_ != "NOUN":
        return None
    return cls
