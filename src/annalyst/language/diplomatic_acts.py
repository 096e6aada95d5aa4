"""Acts of diplomacy and the incidents diplomats report, as event words: what cables and memoranda tell.

A cable reports fewer battles than acts of speech and procedure: a government
protests or deplores, asks for arms, refuses to relay a message, decides,
instructs its envoy; a council debates a complaint; a lunch or a telephone call
is where two officials meet; a border incident, a demonstration or a riot is
what they talk about. The classes are those of the speech-act and
communication frames of FrameNet (Request, Judgment_communication, Respond_to_
proposal, Deciding, Request/Commitment, Discussion, Social_event) and the
ACE/ERE ``Contact`` and ``Conflict:Demonstrate`` types, cut down to what a
historian files an exchange of notes under. General English only, chosen from
those frames' lexical units; no phrase of any document.

The nouns are the verbs' nominalisations ("refuse" -> "refusal", "decide" ->
"decision", "deliberate" -> "deliberation"): a cable says "the request for
arms" as often as "asked for arms".
"""

from __future__ import annotations

#: verb lemma -> event class (verbs whose sense depends on their object are decided in the events lexicon)
ACT_VERBS: dict[str, str] = {
    "refuse": "refusal",
    "request": "request", "appeal": "request", "plead": "request",
    "protest": "protest", "deplore": "protest", "condemn": "protest", "censure": "protest",
    "complain": "complaint",
    "decide": "decision",
    "instruct": "order", "order": "order",
    "inform": "message", "notify": "message", "relay": "message", "convey": "message", "cable": "message",
    "telephone": "meeting", "phone": "meeting", "consult": "meeting", "lunch": "meeting", "dine": "meeting",
    "debate": "debate", "deliberate": "debate",
    "demonstrate": "demonstration", "riot": "demonstration",
}

#: verbs that are a refusal or a request only with an object or an infinitive ("declined to comment",
#: "rejected the offer", "asked for arms", "asked him to wait"); "sales declined" is no refusal
OBJECT_VERBS: dict[str, str] = {"decline": "refusal", "reject": "refusal", "ask": "request", "demand": "request"}

#: verbs that are a protest in the street only without an object: "demonstrated in the square", but
#: "demonstrated its independence" and "demonstrated that ..." only show something
INTRANSITIVE_ACTS = frozenset({"demonstrate", "rally"})

#: what is passed, delivered or sent when the verb is a message ("passed the message to X")
MESSAGES = frozenset({"message", "word", "note", "letter", "essence", "text", "reply", "answer", "protest",
                      "warning", "views", "explanation", "assurance", "assurances", "request"})

#: noun lemma -> event class
ACT_NOUNS: dict[str, str] = {
    "refusal": "refusal", "rejection": "refusal",
    "request": "request", "appeal": "request", "plea": "request",
    "protest": "protest", "condemnation": "protest", "censure": "protest", "demarche": "protest",
    "démarche": "protest",
    "decision": "decision",
    "instruction": "order", "directive": "order",
    "message": "message",
    "debate": "debate", "deliberation": "debate", "hearing": "debate", "complaint": "complaint",
    "lunch": "meeting", "luncheon": "meeting", "dinner": "meeting", "breakfast": "meeting",
    "consultation": "meeting", "discussion": "meeting", "call": "meeting",
    "mtg": "meeting", "telcon": "meeting",  # a cable's abbreviations: "in mtg this afternoon"
    "demonstration": "demonstration", "riot": "demonstration", "disturbance": "demonstration",
    "unrest": "demonstration", "rally": "demonstration",
    "incident": "incident", "explosion": "incident", "sabotage": "incident", "clash": "incident",
}

#: what a call is when it is no telephone call: "a call for restraint" is a request
CALL_FOR = "request"
