"""The claim rules: each reads one sentence of the parse and adds claims through a shared builder.

The package docstring says what each rule reads; ``RULES`` at the foot of this module gives their
order (some live in their own modules: quoted.py, voiced.py, verdicts.py, assessments.py).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...language.modality import DENIAL_VERBS, DOUBT_VERBS
from ...language.reporting import CLAIM_VERBS, ESTIMATE_ADVERBS, HYPOTHETICAL_MODALS, RELAY_REQUESTS, RELAY_VERBS
from .assessments import assessed, revoice
from .builder import Builder, question_before
from .clauses import (
    clause_range,
    negative_subject,
    noun_range,
    polarity_of,
    predicate_class,
    predicate_of,
    trim,
)
from .cues import (
    ACCEPT_VERBS,
    BACKING_NOUNS,
    CLAIM_NOUNS,
    DIFFICULTY_ADJECTIVES,
    DOUBT_ADJECTIVES,
    EVIDENCE_NOUNS,
    FALSE_ADJECTIVES,
    FALSE_FRAMES,
    HEDGES,
    PLAIN_ADJECTIVES,
    PREDICATE_CLASSES,
    PREDICATE_NOUNS,
    REFUTING_VERBS,
    TRUE_ADJECTIVES,
)
from .holders import entity_of, holder_of, quote_at
from .quoted import quoted_statements
from .verdicts import disbelieved, insisted, target_before, verdict_after
from .voiced import denied_charges, own_voice

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Span, Token

_CLASS_RANK = {cls: n for n, cls in enumerate(PREDICATE_CLASSES)}
_ADMISSION_VERBS = frozenset({"admit", "acknowledge", "confirm", "concede"})
# Words by which the author attests an actor's part: "X's role in Y is well documented".
_ATTESTED = frozenset({"documented", "document", "established", "establish", "proven", "prove", "known", "clear",
                       "undeniable", "undisputed", "indisputable", "evident", "obvious", "certain", "beyond",
                       "confirmed", "confirm", "fact"})
_UNPROVEN = frozenset({"proven", "prove", "confirm", "confirmed", "establish", "established", "substantiate",
                       "substantiated", "verify", "verified", "corroborate", "corroborated"})
_BELIEF_VERBS = frozenset({"believe", "think", "accept", "buy"})
_POINTERS = frozenset({"this", "that"})  # demonstrative subjects pointing back at the last claim
_WH = frozenset({"WP", "WDT", "WRB", "WP$"})
# "For them, ...": words for people whose view a sentence-initial "for" phrase introduces
_VIEWERS = frozenset({"them", "him", "her", "many", "most", "some", "others", "critics", "supporters"})


# unions made once, not at every token they test
_REPORT_HEADS = CLAIM_VERBS | DENIAL_VERBS | DOUBT_VERBS | {"make"} | RELAY_VERBS
_AGAINST = DENIAL_VERBS | DOUBT_VERBS
_CLAIM_FRAMES = CLAIM_NOUNS | FALSE_FRAMES




def _known_matter(b: Builder, verb: Token) -> bool:
    """Whether "know" says what is known: an object or clause of its own, or the question it answers."""
    if any(c.dep_ in ("dobj", "prep", "ccomp", "attr") for c in verb.children):
        return True
    quote = quote_at(b.ctx, verb)
    return quote is not None and question_before(b, quote) is not None


def _that_clause(tok: Token) -> Token | None:
    """The first clause after ``tok`` introduced by "that" and governed, however remotely, by ``tok``.

    Looser than a ``ccomp`` child because the parser often hangs "the myth —
    which ... — that ..." on the relative clause instead of the noun.
    """
    for cand in tok.sent:
        if cand.i <= tok.i:
            continue
        if any(c.dep_ == "mark" and c.lower_ == "that" for c in cand.children) and tok in cand.ancestors:
            return cand
    content = _content_relcl(tok)
    if content is not None:
        return content
    # Or hung elsewhere, but right after the noun and what belongs to it ("the fable—repeated
    # everywhere—that ..."): nothing but the noun's own modifiers and punctuation in between.
    own = {t.i for t in tok.subtree}
    for mark in tok.doc[tok.i + 1: min(tok.i + 15, tok.sent.end)]:
        if mark.dep_ == "mark" and mark.lower_ == "that" and mark.head.i > mark.i:
            between = tok.doc[tok.i + 1: mark.i]
            if all(t.i in own or t.is_punct for t in between):
                return mark.head
            break
        if mark.i not in own and not mark.is_punct:
            break
    return None


def _content_relcl(noun: Token) -> Token | None:
    """ "the story that Britain planned the coup": a content clause the parser read as a relative clause.

    After a noun that takes a content clause ("story", "myth"), a "that" the parser
    made a pronoun is no relative pronoun when the clause already has what it would
    stand for: a subject of its own and another token in the same slot ("planned"
    has "coup" as object, so "that" is not its object).
    """
    if noun.lemma_ not in _CLAIM_FRAMES and noun.lower_ not in FALSE_FRAMES:
        return None
    for clause in noun.children:
        if clause.dep_ not in ("relcl", "acl") or clause.i < noun.i:
            continue
        that = next((c for c in clause.children if c.lower_ == "that" and c.i < clause.i), None)
        if that is None or that.i != clause.left_edge.i:
            continue
        others = [c for c in clause.children if c.i != that.i and c.dep_ in ("nsubj", "nsubjpass", that.dep_)]
        has_subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in others)
        if has_subject and (that.dep_ in ("nsubj", "nsubjpass") or any(c.dep_ == that.dep_ for c in others)):
            return clause
        if that.dep_ in ("dobj", "pobj") and any(c.dep_ == "nsubjpass" for c in clause.children):
            return clause  # "the story that X were shot": a passive verb takes no object, so "that" is no pronoun
    return None


def _complement(verb: Token) -> Token | None:
    """The reported clause of a reporting verb; "made it plain that X" -> X.

    An indirect question ("knew what X would do", "asked whether ...") puts no
    proposition forward. A that-clause the parser hung on an adverbial noun
    ("warned for months that ...") is still the verb's.
    """
    for child in verb.children:
        if child.dep_ == "ccomp" and (child.left_edge.tag_ in _WH or any(
                c.dep_ == "mark" and c.lower_ in ("whether", "if") for c in child.children)):
            return None
        if child.dep_ == "ccomp" and child.pos_ in ("VERB", "AUX"):
            return child
        if child.dep_ == "ccomp" and child.lemma_ in PLAIN_ADJECTIVES:
            return _that_clause(child)
    for child in verb.children:  # "inform X as appropriate that ...": a that-clause the parser made adverbial
        if child.dep_ == "advcl" and child.i > verb.i and child.pos_ in ("VERB", "AUX"):
            mark = child.left_edge
            before = verb.doc[mark.i - 1] if mark.i > 0 else None
            if mark.lower_ == "that" and mark.dep_ == "mark" and (before is None or before.lower_ not in _SO_THAT):
                return child
    for child in verb.children:
        if child.dep_ in ("prep", "npadvmod") and child.i > verb.i:
            for clause in child.subtree:
                if clause.dep_ in ("relcl", "acl") and clause.pos_ in ("VERB", "AUX") and any(
                        c.dep_ == "mark" and c.lower_ == "that" for c in clause.children):
                    return clause
    return None


def _according(b: Builder, sent: Span) -> None:
    """ "According to X, Y happened": X holds the clause."""
    for tok in sent:
        if tok.lower_ != "according" or b.quoted(tok) or tok.head.i == tok.i:
            continue
        source = next((p for c in tok.children if c.lower_ == "to" for p in c.children if p.dep_ == "pobj"), None)
        head = tok.head
        if source is None or head.pos_ not in ("VERB", "AUX"):
            continue
        holder = entity_of(b.ctx, source)
        if holder is None and source.lemma_ in _MEASURES:
            continue  # "did not go according to plan": a measure, not a source
        lo, hi = clause_range(head)
        if tok.i < head.i:
            lo = max(lo, tok.right_edge.i + 1)
        else:
            hi = min(hi, tok.left_edge.i - 1)
        polarity = polarity_of(head)
        stance = "reports" if holder is None else ("denies" if polarity < 0 else "asserts")
        b.add(lo, hi, head, holder=holder, stance=stance, cue=f"according to {source.text}", confidence=0.75)


def _denied_role(b: Builder, verb: Token) -> None:
    """ "X denied any involvement in Y", "X admitted its role in Y": a stance on X's own part in Y."""
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.lemma_ in {*PREDICATE_NOUNS, *CLAIM_NOUNS}), None)
    if obj is not None and obj.lemma_ in CLAIM_NOUNS:  # "rejected allegations of British involvement"
        obj = next((p for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"
                    for p in c.children if p.dep_ == "pobj" and p.lemma_ in PREDICATE_NOUNS), None)
    if obj is None or verb.lemma_ not in DENIAL_VERBS | _ADMISSION_VERBS:
        return
    if verb.lemma_ in _ADMISSION_VERBS and polarity_of(verb) < 0:
        return  # "has never admitted its role": no stance of the subject, only the author's insinuation
    holder, _ = holder_of(b.ctx, verb)
    flip = -1 if verb.lemma_ in DENIAL_VERBS else 1
    lo, hi = clause_range(verb)
    stance = "reports" if holder is None else ("denies" if flip * polarity_of(verb) < 0 else "asserts")
    b.add(lo, hi, verb, holder=holder, stance=stance, cue=verb.text, flip=flip, confidence=0.75,
          predicate=PREDICATE_NOUNS[obj.lemma_], agents=_role_owner(obj))


def _role_owner(noun: Token) -> list[Token] | None:
    """Whose part a role noun names: "the CIA's role", "the involvement of the CIA"; None for the subject's own."""
    for child in noun.children:
        if child.dep_ == "poss" and child.pos_ != "PRON":
            return [child]
        if child.dep_ == "prep" and child.lower_ in ("of", "by"):
            return [p for p in child.children if p.dep_ == "pobj"] or None
    # "British involvement", "CIA support": a state or agency named before the noun
    named = [c for c in noun.children if c.dep_ in ("amod", "compound") and c.ent_type_ in ("NORP", "GPE", "ORG")]
    return named or None


def _judged_role(b: Builder, sent: Span) -> None:
    """ "The CIA's role in the coup is well documented / a myth": the author's verdict on an actor's part."""
    for subject in sent:
        if subject.pos_ != "NOUN" or subject.dep_ not in ("nsubj", "nsubjpass"):
            continue
        noun = subject
        if subject.lemma_ in CLAIM_NOUNS:  # "Claims of British involvement in the coup are baseless"
            noun = next((p for c in subject.children if c.dep_ == "prep" and c.lower_ == "of"
                         for p in c.children if p.dep_ == "pobj" and p.lemma_ in PREDICATE_NOUNS), subject)
        if noun.lemma_ not in PREDICATE_NOUNS:
            continue
        owner = _role_owner(noun)
        if not owner or b.covered(noun) or b.quoted(noun):
            continue
        verb = subject.head
        words = [verb, *(c for c in verb.children if c.dep_ in ("acomp", "attr", "advmod"))]
        lemmas = {w.lemma_ for w in words} | {w.lower_ for w in words}
        if lemmas & (FALSE_ADJECTIVES | FALSE_FRAMES):
            stance, flip = "denies", -1
        elif lemmas & DOUBT_ADJECTIVES:
            stance, flip = "doubts", -1
        elif lemmas & _ATTESTED:
            stance, flip = "asserts", 1
        else:
            continue
        if polarity_of(verb) < 0:  # "is not a myth": the proposition's polarity already carries the "not"
            stance = "asserts" if flip < 0 else "denies"
            if lemmas & _UNPROVEN:  # "has never been proven": not shown false, only not shown
                stance = "doubts"
        lo, hi = clause_range(verb)
        b.add(lo, hi, verb, holder="author", stance=stance, cue=" ".join(w.text for w in words[1:]) or verb.text,
              flip=flip, confidence=0.7, predicate=PREDICATE_NOUNS[noun.lemma_], agents=owner)


def _nominal(b: Builder, sent: Span) -> None:
    """ "Dorn's claim that the U.S. was not involved", "his denial that ...": a report held by the possessor."""
    for noun in sent:
        if noun.pos_ != "NOUN" or noun.lemma_ not in CLAIM_NOUNS or b.quoted(noun):
            continue
        owner = next((c for c in noun.children if c.dep_ == "poss"), None)
        comp = _that_clause(noun) if owner is not None else None
        if comp is None:
            continue
        holder = entity_of(b.ctx, owner)
        if owner.lower_ in ("my", "our"):
            holder = "author"
        if holder is None:
            continue
        flip = -1 if noun.lemma_ in ("denial", "rejection") else 1
        lo, hi = clause_range(comp)
        stance = "denies" if flip * polarity_of(comp) < 0 else "asserts"
        b.add(lo, hi, comp, holder=holder, stance=stance, cue=f"{owner.text} {noun.text} that", flip=flip,
              confidence=0.75)


def _reported(b: Builder, sent: Span) -> None:
    _according(b, sent)
    _nominal(b, sent)
    for verb in sent:
        lemma = verb.lemma_
        if verb.pos_ != "VERB" or lemma not in _REPORT_HEADS:
            continue
        relayed = _relayed_for(verb)  # "asked me to convey that ...": the asker's message
        if relayed is None and (lemma in RELAY_VERBS or any(c.dep_ == "aux" and c.tag_ == "TO"
                                                            for c in verb.children)):
            continue  # "hard to believe that", "wanted to say that": nobody reports anything yet
        if any(c.dep_ == "aux" and c.lower_ in HYPOTHETICAL_MODALS for c in verb.children) and not any(
                c.dep_ == "nsubj" and c.lower_ == "you" for c in verb.children):
            continue  # "others might conclude that ...": nobody has concluded anything ("you may tell X" is an order)
        comp = _complement(verb)
        if comp is None and lemma in DENIAL_VERBS:  # "X rejected the claim that ..."
            obj = next((c for c in verb.children if c.dep_ == "dobj" and c.lemma_ in CLAIM_NOUNS), None)
            comp = _that_clause(obj) if obj is not None else None
        if comp is None and not b.quoted(verb):
            _denied_role(b, verb)
        disbelief = lemma in _BELIEF_VERBS and any(c.dep_ == "neg" for c in verb.children)
        if comp is None or b.quoted(verb) or (any(c.dep_ == "neg" for c in verb.children) and not disbelief):
            continue  # "X did not say that ..." puts nothing forward
        if comp.lemma_ in CLAIM_VERBS and _complement(comp) is not None:
            continue  # "X says he thinks that ...": the inner report holds the proposition
        direct = not any(c.dep_ == "mark" for c in comp.children) and b.quoted(comp)
        if direct:  # 'X says, "..."': the quotes layer owns direct speech
            continue
        holder, _ = holder_of(b.ctx, relayed if relayed is not None else verb)
        flip = -1 if lemma in _AGAINST or disbelief else 1
        lo, hi = clause_range(comp)
        prop_sign = flip * polarity_of(comp)
        estimated = b.diplomatic and any(c.dep_ == "advmod" and c.lower_ in ESTIMATE_ADVERBS for c in verb.children)
        relayed_view = holder is None and b.diplomatic
        if estimated or relayed_view:  # "X probably feels that ..." (the writer's estimate of X's view), or a
            holder = "author"  # view the writer relays from people he does not name ("many leaders doubt")
        if relayed_view and not estimated:
            stance = "asserts" if _evidence_subject(verb) else "reports"
        elif holder is None:
            stance = "reports"
        elif lemma in DOUBT_VERBS or disbelief:  # "I do not believe that ...": the holder doubts it
            stance = "doubts"
        else:
            stance = "denies" if prop_sign < 0 else "asserts"
        b.add(lo, hi, comp, holder=holder, stance=stance, cue=verb.text, flip=flip, confidence=0.8)
        b.reserve(comp)
        # "... was not involved in the coup but financed the strikes": each conjunct is the holder's too
        for conj in comp.conjuncts:
            if conj.i > comp.i and conj.pos_ in ("VERB", "AUX") and (predicate_class(predicate_of(conj)) or (
                    b.diplomatic and any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in conj.children))):
                sign = flip * polarity_of(conj)
                clo, chi = clause_range(conj)
                b.add(clo, chi, conj, holder=holder, cue=verb.text, flip=flip, confidence=0.7,
                      stance="reports" if holder is None else ("denies" if sign < 0 else "asserts"))


# words before a "that" of purpose or condition ("so that", "now that", "given that"), not of report
_SO_THAT = frozenset({"so", "such", "now", "given", "provided", "except", "in", "save", "considering"})
# "according to plan / schedule / the rules": a measure things go by, not a source that says them
_MEASURES = frozenset({"plan", "schedule", "design", "expectation", "rule", "law", "custom", "tradition",
                       "script", "procedure", "protocol", "agreement", "instruction"})
# Subjects that are evidence, not people: "Conversation confirms that ...", "these reports indicate ...".
_EVIDENCE = frozenset({"conversation", "talk", "meeting", "report", "reporting", "evidence", "information",
                       "message", "telegram", "cable", "intelligence", "record", "situation", "experience"})


def _relayed_for(verb: Token) -> Token | None:
    """ "He asked me to convey that ...": the asking verb, whose subject holds what is to be conveyed."""
    if verb.dep_ != "xcomp" or verb.head.lemma_ not in RELAY_REQUESTS:
        return None
    if verb.lemma_ not in RELAY_VERBS and verb.lemma_ not in ("tell", "say", "inform", "assure"):
        return None
    return verb.head


def _evidence_subject(verb: Token) -> bool:
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subject is not None and subject.lemma_.lower() in _EVIDENCE


def _framed(b: Builder, sent: Span) -> None:
    for tok in sent:
        if b.quoted(tok):
            continue
        verdict = _verdict_on(tok)
        # the tagger sometimes reads a rarer frame noun as an adjective ("the fable—...—that")
        frame = tok.lower_ in FALSE_FRAMES or tok.lemma_ in FALSE_FRAMES
        false_noun = (frame and tok.pos_ in ("NOUN", "ADJ", "PROPN") and tok.dep_ != "acomp") or (
            tok.pos_ == "NOUN" and (verdict is not None or (
                tok.lemma_ in CLAIM_NOUNS and any(c.lemma_ in FALSE_ADJECTIVES for c in tok.children))))
        adjective = tok.pos_ == "ADJ" and tok.dep_ == "acomp" and (
            tok.lemma_ in FALSE_ADJECTIVES or tok.lemma_ in TRUE_ADJECTIVES)
        if not (false_noun or adjective):
            continue
        anchor = tok.head if adjective else tok
        # "That X planned the coup is a myth / false": the clause is the copula's subject
        subject = next((c for c in tok.head.children if c.dep_ == "csubj" and any(
            m.dep_ == "mark" and m.lower_ == "that" for m in c.children)), None) if tok.dep_ in (
            "attr", "acomp") else None
        comp = subject or _that_clause(anchor)
        if comp is None:
            continue
        negated = (adjective or subject is not None) and any(c.dep_ == "neg" for c in tok.head.children)
        says_false = false_noun or tok.lemma_ in FALSE_ADJECTIVES
        flip = -1 if says_false != negated else 1
        lo = tok.left_edge.i if false_noun else anchor.left_edge.i
        _, hi = clause_range(comp)
        hi = max(hi, comp.i, verdict.i if verdict is not None else 0)
        if subject is not None:
            lo, hi = subject.left_edge.i, tok.i
        stance = "denies" if flip * polarity_of(comp) < 0 else "asserts"
        cue = f"the {tok.text} that" if false_noun else f"{tok.head.text} {tok.text} that"
        if verdict is not None:
            cue = f"the {tok.text} that … {verdict.text}"
        if subject is not None:
            cue = f"that … {tok.head.text} {tok.text}"
        if verdict is not None and (verdict.lemma_ in DOUBT_ADJECTIVES or verdict.lemma_ in EVIDENCE_NOUNS
                                    or verdict.lemma_ in _UNPROVEN):
            stance = "doubts"
            cue = f"no {tok.text} that" if verdict.i == tok.i else cue
        # "Dorn's claim that X is hard to accept": the verdict takes a stance on Dorn's claim
        held = next((c for c in b.claims if c.holder != "author" and c.start >= b.doc[lo].idx and
                     c.end <= b.doc[hi].idx + len(b.doc[hi]) and c.cue and c.cue.endswith(" that")), None)
        if held is not None:  # the stance is on the held claim: false -> denies it, doubtful -> doubts it
            stance = "doubts" if stance == "doubts" else "denies"
        b.add(lo, hi, comp, holder="author", stance=stance, cue=cue, flip=flip, confidence=0.85, target=held)


def _verdict_on(noun: Token) -> Token | None:
    """ "The claim that X is false / a lie / doubtful", "there is no evidence that X": the word that judges X."""
    if noun.pos_ != "NOUN":
        return None
    if noun.lemma_ in EVIDENCE_NOUNS:
        no = any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children)
        return noun if no or polarity_of(noun.head) < 0 else None
    if noun.lemma_ not in CLAIM_NOUNS or noun.dep_ not in ("nsubj", "nsubjpass"):
        return None
    if noun.head.lemma_ in _UNPROVEN and polarity_of(noun.head) < 0:  # "the claim that X has never been proven"
        return noun.head
    for word in noun.head.children:
        if word.dep_ == "acomp" and (word.lemma_ in FALSE_ADJECTIVES or word.lemma_ in DOUBT_ADJECTIVES):
            return word
        if word.dep_ in ("attr", "acomp") and word.lemma_ in FALSE_FRAMES:  # "is a myth", "is nonsense"
            return word
    return None


def _judged_claim(b: Builder, tok: Token) -> bool:
    """ "This claim is doubtful", "His account is exaggerated", "That story is false": a verdict on a claim."""
    word = tok.lower_
    false_noun = tok.dep_ == "attr" and tok.lemma_ in FALSE_FRAMES  # "That is propaganda", "This is a lie"
    if word not in DOUBT_ADJECTIVES and word not in FALSE_ADJECTIVES and tok.lemma_ not in DOUBT_ADJECTIVES \
            and not false_noun:
        return False
    clause = tok.head if tok.dep_ in ("acomp", "attr") else tok
    subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or (subject.lemma_ not in CLAIM_NOUNS and subject.lower_ not in _POINTERS):
        return False
    if subject.lemma_ in CLAIM_NOUNS and not any(c.dep_ in ("det", "poss") and c.lower_ != "a"
                                                 for c in subject.children):
        return False  # "a claim is doubtful" points back at nothing
    target = target_before(b, subject)
    if target is None:
        return False
    lo, hi = clause_range(clause, stop=tok if tok.i > clause.i else None)
    false = word in FALSE_ADJECTIVES or false_noun
    b.add(lo, hi, clause, holder="author", stance="denies" if false else "doubts", cue=tok.text, flip=-1,
          confidence=0.7, target=target)
    return True


def _doubted(b: Builder, sent: Span) -> None:
    for tok in sent:
        if b.quoted(tok) or _judged_claim(b, tok) or tok.pos_ != "ADJ":
            continue
        # "hard to accept": the parser hangs the infinitive on the adjective or on the copula
        siblings = [*tok.children, *(tok.head.children if tok.dep_ == "acomp" else ())]
        accept = next((c for c in siblings if c.dep_ == "xcomp" and c.lemma_ in ACCEPT_VERBS), None)
        if not (tok.lemma_ in DIFFICULTY_ADJECTIVES and accept is not None) and tok.lemma_ not in DOUBT_ADJECTIVES:
            continue
        cue = f"{tok.text} to {accept.text}" if accept is not None else tok.text
        obj = next((c for c in accept.children if c.dep_ == "dobj"), None) if accept is not None else None
        subject = next((c for c in tok.head.children if c.dep_ == "nsubj"), None) if tok.dep_ == "acomp" else None
        if obj is None and subject is not None and (subject.lower_ in _POINTERS or (
                subject.lemma_ in CLAIM_NOUNS and any(c.dep_ in ("det", "poss") and c.lower_ != "a"
                                                      for c in subject.children))):
            obj = subject  # "This is hard to believe", "His account is hard to accept": it points back
        if obj is not None and (obj.lemma_ in CLAIM_NOUNS or obj.lower_ in _POINTERS):
            target = target_before(b, obj)
            if target is not None:
                lo, hi = clause_range(tok.head, stop=obj if obj.i > tok.i else (accept or tok))
                b.add(lo, hi, tok.head, holder="author", stance="doubts", cue=cue, flip=-1, confidence=0.75,
                      target=target)
                continue
        comp = _that_clause(tok.head if tok.dep_ == "acomp" else tok)
        if comp is not None:
            lo, _ = clause_range(tok.head, stop=tok)
            _, hi = clause_range(comp)
            b.add(lo, hi, comp, holder="author", stance="doubts", cue=cue, flip=-1, confidence=0.7)


def _hedged(b: Builder, sent: Span) -> None:
    for tok in sent:
        if tok.lower_ not in HEDGES or b.quoted(tok):
            continue
        head = tok.head
        while head.pos_ not in ("VERB", "AUX") and head.head.i != head.i:  # tokens compare by index
            head = head.head
        if head.pos_ not in ("VERB", "AUX"):
            continue  # a hedge with no clause to doubt
        lo, hi = clause_range(head)
        b.add(lo, hi, head, holder="author", stance="doubts", cue=tok.text, flip=-1, confidence=0.6)


def _speaker(b: Builder, tok: Token) -> str | None:
    """The speaker of the direct quotation around ``tok``, when the quotes stage named one."""
    for quote in b.ctx.quotes:
        if quote.start <= tok.idx < quote.end:
            return quote.speaker
    return None


def _asserted(b: Builder, sent: Span) -> None:
    if sent.text.rstrip().endswith("?"):
        return  # a question puts nothing forward
    found: list[tuple[int, int, Token, str]] = []
    for tok in sent:
        if not (tok.pos_ in ("VERB", "ADJ", "AUX") or (tok.pos_ == "NOUN" and tok.dep_ == "attr")):
            continue  # nouns only as "X was the architect of Y"
        if not predicate_class(tok) or b.covered(tok):
            continue
        if tok.lemma_ in CLAIM_VERBS and _complement(tok) is not None:
            continue  # "I know that ...": a report, whose clause the rule for reports holds
        if predicate_class(tok) == "knowledge" and not _known_matter(b, tok):
            continue  # "you know": nothing known
        holder = "author"
        if b.quoted(tok) or any(q.start <= tok.idx < q.end for q in b.ctx.quotes):
            holder = _speaker(b, tok)  # inside a quotation the words are the speaker's, not the author's
            if holder is None:
                continue
        host = tok.head if tok.dep_ in ("acomp", "attr") else tok  # "if there had been a plan": on the copula
        if any(c.dep_ == "mark" and c.lower_ in ("if", "whether", "that", "unless") for c in (
                *tok.children, *host.children)):
            continue  # a condition, or a content clause ("the rumour that X") no rule above claimed
        if tok.dep_ in ("relcl", "acl") and tok.head.lemma_ in _CLAIM_FRAMES:
            continue  # the same, when the parser reads "that" as a relative pronoun
        if any(c.dep_ == "aux" and c.tag_ == "TO" for c in tok.children):  # "a plan to overthrow": no claim yet
            continue
        clause = tok
        if tok.dep_ in ("acl", "relcl", "amod") and tok.head.pos_ in ("NOUN", "PROPN"):
            lo, hi = noun_range(tok.head, tok)
            if tok.dep_ == "amod":  # "a U.S.-backed coup": the whole noun phrase
                hi = max(hi, tok.head.i)
        else:
            if tok.dep_ in ("acomp", "attr") and tok.head.pos_ == "AUX":  # "X was not responsible for Y"
                clause = tok.head
            if clause.dep_ == "relcl" and clause.head.pos_ in ("NOUN", "PROPN"):  # "Varnland, that was a backer of Y"
                lo, hi = noun_range(clause.head, clause)
            else:
                lo, hi = clause_range(clause)
        found.append((lo, hi, clause, holder))
    # one claim per span, named by its most specific predicate ("backed" over "overthrown")
    found.sort(key=lambda f: (f[0], f[1], _CLASS_RANK.get(predicate_class(f[2]) or "", 99)))
    for lo, hi, tok, holder in found:
        modal = any(c.dep_ == "aux" and c.lower_ in ("may", "might", "could") for c in tok.children)
        none = tok.pos_ == "NOUN" and negative_subject(tok)  # "there was no secret fund"
        stance = "asserts" if polarity_of(tok) > 0 and not none else "denies"
        cue, first, who = tok.text, lo, holder
        frame = _viewpoint(tok) if holder == "author" else None
        if frame is not None:  # "For them the coup was organised from outside": their view, relayed
            who = entity_of(b.ctx, frame)
            stance = stance if who is not None else "reports"
            cue = f"for {frame.text}"
            first = max(lo, frame.head.right_edge.i + 1)
        if not trim(b.doc, first, hi)[0] <= tok.i:
            continue  # the predicate sits in a title or note the parser glued on: the span would miss it
        b.add(first, hi, tok, holder=who, stance=stance, cue=cue, confidence=0.4 if modal else 0.6,
              flip=-1 if none else 1)


def _viewpoint(verb: Token) -> Token | None:
    """Whose view a sentence-initial "For X, ..." makes the clause: the pronoun or name X, if any.

    "For years, ..." and "For the army, the coup was a rescue" differ only in
    what X is: a person, group or pronoun makes the clause their view.
    """
    clause = verb.head if verb.dep_ in ("acomp", "attr") else verb
    for prep in clause.children:
        if prep.dep_ != "prep" or prep.lower_ != "for" or prep.i != clause.sent.start:
            continue
        for obj in prep.children:
            if obj.dep_ == "pobj" and (obj.lower_ in _VIEWERS or obj.ent_type_ in ("PERSON", "NORP", "ORG")):
                return obj
    return None


def _refuted(b: Builder, sent: Span) -> None:
    """ "The files show nothing of the kind", "There is no evidence of this": the author denies what was just said.

    The object points back ("of the kind", "of this"), so the denial is of the last
    claim put forward by someone else, as with "this claim is false".
    """
    for verb in sent:
        if verb.pos_ not in ("VERB", "AUX") or b.quoted(verb) or b.covered(verb):
            continue
        obj = next((c for c in verb.children if c.dep_ in ("dobj", "attr") and _points_back(c)), None)
        if obj is None:
            continue
        evidence = obj.lemma_ in EVIDENCE_NOUNS
        if not evidence and (verb.lemma_ not in REFUTING_VERBS or obj.lower_ not in ("nothing", "none")):
            continue
        if evidence and not any(c.dep_ == "det" and c.lower_ == "no" for c in obj.children):
            continue
        target = target_before(b, verb)
        if target is None:
            continue
        lo, hi = clause_range(verb)
        stance = "doubts" if evidence else "denies"
        cue = f"no {obj.text}" if evidence else f"{verb.text} {obj.text}"
        b.add(lo, hi, verb, holder="author", stance=stance, cue=cue, flip=-1,
              confidence=0.65, target=target)


def _points_back(noun: Token) -> bool:
    """ "nothing of the kind / sort", "no evidence of this / it / that": an object about what came before."""
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ in ("of", "for"):
            for obj in prep.children:
                if obj.lower_ in ("this", "that", "it", "them") or (
                        obj.lemma_ in ("kind", "sort") and any(d.lower_ in ("the", "that") for d in obj.children)):
                    return True
                if obj.lemma_ in CLAIM_NOUNS and any(d.lower_ in _POINTERS for d in obj.children):
                    return True
    return False


def _name_end(noun: Token) -> int:
    """Where a noun phrase's naming part ends: "the French government, which had ..." ends at "government"."""
    cut = [c.left_edge.i for c in noun.children if c.dep_ in ("relcl", "acl", "appos") and c.i > noun.i]
    return max(t.i for t in noun.subtree if not cut or t.i < min(cut))


def _backed(b: Builder, sent: Span) -> None:
    """ "Ruiz seized power with the blessing of the French government": the backer's part in the event.

    A claim of its own, spanning the prepositional phrase, so that the backer is
    an actor even when the main clause names only the one who acted.
    """
    for prep in sent:
        if prep.lower_ != "with" or prep.dep_ != "prep":  # the cheap test first
            continue
        verb = prep.head if prep.head.pos_ in ("VERB", "AUX") else prep.head.head  # "seized power with ..."
        if verb.pos_ not in ("VERB", "AUX"):
            continue
        noun = next((c for c in prep.children if c.dep_ == "pobj" and c.lemma_ in BACKING_NOUNS), None)
        if noun is None or b.covered(noun):
            continue
        backers = [p for c in noun.children if c.dep_ == "prep" and c.lower_ in ("of", "from")
                   for p in c.children if p.dep_ == "pobj"]
        backers += [c for c in noun.children if c.dep_ in ("poss", "amod", "compound") and c.pos_ in ("PROPN", "ADJ")
                    and c.ent_type_ in ("GPE", "NORP", "ORG")]  # "with British backing"
        if not backers:
            continue
        holder = "author"
        if b.quoted(prep) or any(q.start <= prep.idx < q.end for q in b.ctx.quotes):
            holder = _speaker(b, prep)
            if holder is None:
                continue
        hi = max(noun.i, *(_name_end(backer) for backer in backers))
        b.add(prep.i, hi, verb, holder=holder, cue=f"with … {noun.text}", confidence=0.6,
              stance="asserts" if polarity_of(verb) > 0 else "denies", predicate="involvement", agents=backers)


# In this order: reports first, so that "this claim" and verdicts find the claim they point back to;
# the author's plain assertions last, so that they skip what an earlier rule already attributed.
RULES = (_reported, _framed, _judged_role, _doubted, verdict_after, disbelieved, insisted, _hedged, _refuted,
         _backed, denied_charges, _asserted, quoted_statements, assessed, own_voice, revoice)
