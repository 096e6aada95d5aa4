"""Direct quotations of one document, with speaker, cue, addressee and reporting source.

The stage runs in three steps: :mod:`.marks` finds the quoted passages in the
raw text (and :mod:`.transcripts` the labelled turns of a transcript);
:mod:`.speakers` attributes each one from the cue in its sentence; what has no
cue of its own is attributed through a footnote (:mod:`.references`) or to the
speaker of the quotation just before it, the way a reader follows an
exchange. Names in quotation marks ("the “Harlow Amendment”") and scare
quotes are recognised and not emitted: they are nobody's words.

Speakers, addressees and reporters are *local* entity ids of this document;
the resolver maps them to global ids.
"""

from __future__ import annotations

import re

from ...language.titles import FEMALE_GENDERED, HONORIFICS, MALE_GENDERED, MILITARY_RANKS
from ...model import Quote
from ..context import DocContext
from ..references import paragraph_spans
from .marks import Quotation, find_quotations, nest
from .references import citation_after, leading_name, marker_after, reference_span, signature_after
from .speakers import Attribution, Attributor
from .transcripts import QUESTIONER_LABELS, Participant, find_participants, find_turns, legend_spans, match_label

__all__ = ["extract_quotes"]

EXTRACTOR = "quotes.v1"
# How far each way of finding the speaker is trusted (``Quote.attribution`` names the way).
_CONFIDENCE = {"cue": 0.9, "transcript": 0.85, "pronoun": 0.8, "footnote": 0.75, "citation": 0.75,
               "continuation": 0.7,
               "lead-in": 0.65, "author": 0.6, None: 0.5}
# Function words that may stay lower case inside a title ("Bay of Pigs", "Party for Freedom").
_TITLE_SMALL = frozenset({"of", "the", "and", "for", "in", "on", "at", "to", "a", "an", "de", "la", "del", "von",
                          "van", "da", "di", "y", "its", "their", "with", "by", "from", "or", "as", "into", "upon",
                          "under", "between", "against", "over"})
# Titles that say nothing about a role: a label made of them alone names nobody.
_PERSONAL_TITLES = MALE_GENDERED | FEMALE_GENDERED | frozenset({"dr", "prof"})
# Words that announce a name or a scare quote right before the opening mark.
_NAMING = re.compile(r"\b(?:so-called|so called|dubbed|nicknamed|known as|termed|labell?ed|branded|christened|"
                     r"referred to as|self-styled|self-proclaimed|titled|entitled|headlined|code-?named|"
                     r"(?:the|a|this|that|of)\s+(?:\w+\s+)?(?:word|words|term|terms|phrase|phrases|expression|"
                     r"title|heading|caption|slogan|motto|code ?word|code name|designation|label|formula|"
                     r"film|book|article|pamphlet|series|program|programme|operation|project|exercise))\s*$",
                     re.IGNORECASE)
# A determiner right before the opening mark: the quoted words are a noun phrase of the writer's sentence.
_DETERMINED = re.compile(r"\b(?:the|a|an|our|their|its|his|my|your)\s*$", re.IGNORECASE)
# A note or reference: a paragraph that starts with a footnote marker.
_REFERENCE_LINE = re.compile(r"[ \t]*(?:\[(?:[ivxlcdm]{1,6}|\d{1,3})\]|[¹²³⁴⁵⁶⁷⁸⁹⁰]+)[ \t]", re.IGNORECASE)
# A continuation crosses no more than this much narration between two quotations.
_CONTINUATION_GAP = 400


def extract_quotes(ctx: DocContext) -> list[Quote]:
    """Every direct quotation of the document, in text order, with its attribution.

    Quotations are attributed in text order so that a later one can lean on an
    earlier one (a continuation, "said the report" after "the report by X").
    """
    text = ctx.text
    paragraphs = paragraph_spans(text) or [(0, len(text))]
    quotations = find_quotations(text)
    turns = find_turns(text, _name_test(ctx))
    if turns:
        top = [q for q in quotations if q.parent is None]
        extra = [Quotation(t.start, t.end, None, None, "transcript") for t in turns
                 if not any(q.start < t.start < q.end for q in top)]
        quotations = nest([*quotations, *extra])
    turn_labels = {t.start: t for t in turns}
    participants = find_participants(text) if turns else []
    attributor = Attributor(ctx, quotations, paragraphs)
    results: dict[int, Attribution] = {}
    kept: dict[int, Quote] = {}
    for n, q in enumerate(quotations):
        if q.parent is not None and q.parent not in kept:
            continue  # inside a dropped quotation
        if q.kind == "transcript":
            attr = _transcript_speaker(attributor, turn_labels[q.start], participants)
        else:
            attr = attributor.attribute(n, results)
            if attr.cue is None:
                attr = _footnote_speaker(attributor, q) or attr
        if _is_name_or_scare_quote(attributor, q, attr):
            continue
        if attr.cue is None and attr.how is None:
            # a quotation that opens its sentence, or whose only cue is hypothetical ("if they do not act,
            # others might conclude that it was “…”"), goes on in the voice of the one before it
            carried = _opens_sentence(attributor, n) or attributor.hypothetical_cue(n)
            continued = _continued(attributor, q, kept, results) if carried else None
            attr = continued or attributor.lead_in(n, results) or attr
        if _is_unattributed_fragment(attributor, q, attr) or _in_reference_list(attributor, q) \
                or _in_title(ctx, q):
            continue
        results[n] = attr
        reported_by = kept[q.parent].speaker if q.parent is not None else attr.reporter
        if q.parent is not None and reported_by is None:
            reported_by = kept[q.parent].reported_by
        addressee = attr.addressee
        if q.kind == "transcript" and attr.speaker:  # a turn answers the previous speaker
            earlier = [k.speaker for k in kept.values() if k.kind == "transcript" and k.speaker
                       and k.speaker != attr.speaker]
            addressee = earlier[-1] if earlier else None
        elif addressee is None and attr.speaker and attributor.speaker_kind(attr.speaker) == "PERSON":
            addressee = attributor.other_party(q, attr.speaker)
        kept[n] = Quote(
            id=f"{ctx.doc_id}:Q{q.start}", doc=ctx.doc_id, start=q.start, end=q.end, text=text[q.start:q.end],
            speaker=attr.speaker, speaker_text=attr.speaker_text, cue=attr.cue, addressee=addressee,
            reported_by=reported_by if reported_by != attr.speaker else None, attribution=attr.how,
            kind=q.kind, cue_start=attr.cue_start, cue_end=attr.cue_end, extractor=EXTRACTOR,
            confidence=_CONFIDENCE.get(attr.how, 0.5) if (attr.speaker or attr.speaker_text) else 0.5)
    return list(kept.values())


def _is_name_or_scare_quote(attributor: Attributor, q: Quotation, attr: Attribution) -> bool:
    """A title-cased name ("the “Harlow Amendment”"), or two words or less with no cue of their own."""
    if q.kind != "inline":
        return False
    words = attributor.text[q.start:q.end].split()
    if not words or len(words) > 15:
        return False
    if _is_title(attributor, q, words):
        return True
    if _NAMING.search(attributor.text[max(0, (q.open or q.start) - 40):q.open or q.start]):
        return True  # "the so-called “experts”", "known as “the Butcher”", "the word “regular”"
    ends = attributor.text[q.start:q.end].rstrip("”’\"') ").endswith((".", "!", "?"))
    if len(words) == 1 and not ends:
        return True  # one word in marks is a term or a scare quote ("to delete “regular”"), not speech
    before = attributor.text[max(0, (q.open or q.start) - 12):q.open or q.start]
    if (len(words) <= 3 or (attr.cue is None and len(words) <= 8)) and not ends and _DETERMINED.search(before):
        return True  # "the “host district”", "a “good year”": a phrase used as a term, not words said
        # (a longer one a cue governs is words said: 'mentions the “worldwide campaign by the X”')
    return len(words) <= 2 and attr.cue is None and attr.how not in ("footnote", "citation")


def _opens_sentence(attributor: Attributor, n: int) -> bool:
    """Does quotation ``n`` stand as a sentence of its own (nothing of its sentence before the mark)?"""
    (lo, hi), _ = attributor.frame(n)
    return not attributor.text[lo:hi].strip(" \t\n([—–-")


def _is_unattributed_fragment(attributor: Attributor, q: Quotation, attr: Attribution) -> bool:
    """A few words in marks that no rule could give to anyone: a scare quote, not speech."""
    if q.kind != "inline" or attr.how is not None or attr.speaker_text or attr.cue:
        return False
    words = attributor.text[q.start:q.end].split()
    return len(words) <= 4 and not attributor.text[q.start:q.end].rstrip("”’\"')").endswith((".", "!", "?"))


def _in_title(ctx: DocContext, q: Quotation) -> bool:
    """A quotation in the headline: a teaser for a quote of the body, with no cue to attribute it."""
    title = (ctx.document.title or "").strip()
    if not title or q.kind == "transcript":
        return False
    head = ctx.text.find(title, 0, len(title) + 200)
    return head >= 0 and head <= q.start and q.end <= head + len(title)


def _in_reference_list(attributor: Attributor, q: Quotation) -> bool:
    """A quoted article title inside a note or reference ("[3] Smith, “Title,” Journal, 1999")."""
    start = attributor.paragraph(q.start)[0]
    return bool(_REFERENCE_LINE.match(attributor.text, start))


def _is_title(attributor: Attributor, q: Quotation, words: list[str]) -> bool:
    quoted = attributor.text[q.start:q.end]
    if quoted.rstrip("”’\"')").endswith((".", "!")) or len(words) > 15:
        return False
    alpha = [w for w in words if w[:1].isalpha()]
    if not alpha or not all(w[:1].isupper() or w.lower() in _TITLE_SMALL for w in alpha):
        return False
    if sum(w.lower() not in _TITLE_SMALL for w in alpha) >= 2:
        return True
    tokens = [t for t in attributor.tokens_in(q.start, q.end) if t.is_alpha]
    return bool(tokens) and all(t.pos_ == "PROPN" for t in tokens)


def _footnote_speaker(attributor: Attributor, q: Quotation) -> Attribution | None:
    if q.close is None:
        return None
    text = attributor.text
    signed = signature_after(text, q.close + 1)
    if signed is not None:
        mentions = [m for m in attributor.mentions_in(*signed) if attributor.mention_type(m) == "PERSON"]
        entity = mentions[0].entity if mentions else attributor.by_name(text[signed[0]:signed[1]], before=len(text))
        if entity and attributor.speaker_kind(entity) == "PERSON":
            return Attribution(speaker=entity, speaker_text=text[signed[0]:signed[1]], how="citation")
    cited = citation_after(text, q.close + 1)
    if cited is not None:
        entity = attributor.by_name(text[cited[0]:cited[1]].split(" and ")[0].split(" & ")[0], before=len(text))
        return Attribution(speaker=entity, speaker_text=text[cited[0]:cited[1]], how="citation")
    marker = marker_after(text, q.close + 1)
    if marker is None:
        return None
    span = reference_span(text, marker, q.close + 1)
    if span is None:
        return None
    mentions = attributor.mentions_in(*span)
    persons = [m for m in mentions if attributor.mention_type(m) == "PERSON"]
    if persons or mentions:
        m = (persons or mentions)[0]
        if m.start - span[0] < 40:
            return Attribution(speaker=m.entity, speaker_text=m.text, how="footnote")
    name = leading_name(text, *span)
    if name is None:
        return None
    words = list(re.finditer(r"\S+", text[name[0]:name[1]]))
    for k in range(min(len(words), 4), 0, -1):
        end = name[0] + words[k - 1].end()
        entity = attributor.by_name(text[name[0]:end], before=len(text))
        if entity:
            return Attribution(speaker=entity, speaker_text=text[name[0]:end], how="footnote")
    return None


def _continued(attributor: Attributor, q: Quotation, kept: dict[int, Quote],
               results: dict[int, Attribution]) -> Attribution | None:
    """The speaker of the previous quotation carries on when no one else is named in between."""
    siblings = [(n, quote) for n, quote in kept.items() if attributor.quotations[n].parent == q.parent]
    if not siblings:
        return None
    n, prev = siblings[-1]
    if not (prev.speaker or prev.speaker_text):
        return None
    gap_start = (attributor.quotations[n].close or prev.end) + 1
    gap_end = q.open if q.open is not None else q.start
    if gap_end - gap_start > _CONTINUATION_GAP:
        return None
    prev_paragraph = attributor.paragraph(prev.start)
    here = attributor.paragraph(gap_end)
    if prev_paragraph != here:
        following = [p for p in attributor.paragraphs if p[0] > prev_paragraph[0]][:1]
        if following != [here] or attributor.text[here[0]:gap_end].strip():
            return None
    for m in attributor.mentions_in(gap_start, gap_end):
        if m.entity != prev.speaker and attributor.mention_type(m) == "PERSON":
            return None
    before = results.get(n)
    return Attribution(speaker=prev.speaker, speaker_text=prev.speaker_text, how="continuation",
                       addressee=prev.addressee, head_noun=before.head_noun if before else None)


def _name_test(ctx: DocContext):
    """Does a title-case transcript label name an entity of the text ("Marr" for Ezra Marr)?"""
    forms: set[str] = set()
    for e in ctx.entities:
        if e.type not in ("PERSON", "ORG"):
            continue
        for form in (e.name, *e.aliases):
            forms.add(form.lower())
            if e.type == "PERSON":
                forms.add(form.split()[-1].lower())
    return lambda label: label.lower() in forms


def _transcript_speaker(attributor: Attributor, turn, participants: list[Participant]) -> Attribution:
    """Who a turn label stands for: a legend ("Name (K)"), the participants list, or the label as a name."""
    label = turn.label
    text = attributor.text
    if label.rstrip(".") in QUESTIONER_LABELS:
        return Attribution(speaker_text=label, how="transcript")
    for lo, hi in legend_spans(text, label):
        mentions = attributor.mentions_in(lo, hi)
        persons = [m for m in mentions if attributor.mention_type(m) == "PERSON"] or mentions
        if persons:
            return Attribution(speaker=persons[-1].entity, speaker_text=label, how="transcript")
        entity = attributor.by_name(text[lo:hi], before=len(text)) or _by_descriptor(attributor, text[lo:hi])
        if entity:
            return Attribution(speaker=entity, speaker_text=label, how="transcript")
    listed = match_label(label, participants, text)
    entity = _participant_entity(attributor, listed) if listed else None
    if entity is None and re.fullmatch(r"[A-Z]{2,4}", label):  # initials before the label as a name of its own
        entity = _by_initials(attributor, label)
    if entity is None:
        named = attributor.by_name(label.title(), before=len(text))
        entry = _entry_name(text, listed) if listed else ""
        entity = named if named and _may_bear(attributor, named, f"{label} {entry}") else None
    entity = entity or _by_label(attributor, label)
    return Attribution(speaker=entity, speaker_text=label, how="transcript")


def _participant_entity(attributor: Attributor, p: Participant) -> str | None:
    """The person a participants-list entry names: the name found there, else the entry's name part
    (in any case, without a note such as "(in the chair)")."""
    mentions = [m for m in attributor.mentions_in(p.start, p.end) if m.start >= p.start]
    persons = [m for m in mentions if attributor.mention_type(m) == "PERSON"]
    if persons:
        return persons[0].entity
    entry = _entry_name(attributor.text, p)
    words = entry.split()
    for k in range(max(len(words) - 1, 1)):  # "Chairman Otto Kern": the name after a role word
        entity = attributor.by_name(" ".join(words[k:]), before=len(attributor.text))
        if entity and attributor.speaker_kind(entity) == "PERSON" and _may_bear(attributor, entity, entry):
            return entity
    return _by_descriptor(attributor, entry)


def _entry_name(text: str, p: Participant) -> str:
    """The name part of an entry without a note in brackets ("Chairman Otto Kern (presiding)")."""
    return re.sub(r"\s*\([^()]*\)", "", text[p.start:p.end]).strip()


def _may_bear(attributor: Attributor, entity_id: str, naming: str) -> bool:
    """Can the entity be the person ``naming`` calls by title and name ("Col. Ivo Marek", "COL. MAREK")?
    A label with a title names a person, never a place; a person the text calls by a title of the
    other sex, or by a civil title where the label has a military rank ("Mrs. Marek" for "COL.
    MAREK"), or by another first name ("Anna Marek"), is someone else of that surname."""
    words = [w.strip(".,").lower() for w in naming.split()]
    titles = {w for w in words if w in _TITLES}
    if titles and attributor.speaker_kind(entity_id) != "PERSON":
        return False
    entity = attributor.entity(entity_id)
    if entity is None:
        return True
    names = [w for w in words if w not in _TITLES]
    first = names[-2] if len(names) > 1 else None  # "ivo" of "Col. Ivo Marek"
    own_titles, first_names = set(), set()
    for form in (entity.name, *entity.aliases, *(d for d in entity.descriptors if len(d.split()) == 1)):
        form_words = [w.strip(".").lower() for w in form.split()]
        if form_words[:1] and form_words[0] in _TITLES:
            own_titles.add(form_words[0])
            form_words = form_words[1:]
        if len(form_words) > 1 and names and form_words[-1] == names[-1]:
            first_names.add(form_words[-2])
    if _titles_clash(titles, own_titles):
        return False
    return first is None or not first_names or first in first_names


def _titles_clash(one: set[str], other: set[str]) -> bool:
    """ "Mr." and "Mrs.", or a rank ("Col.") and only civil titles ("Mrs."): not one person's titles.
    Offices ("President", "Dr.") go with any title."""
    for a, b in ((one, other), (other, one)):
        if a & MALE_GENDERED and b & FEMALE_GENDERED and not a & FEMALE_GENDERED:
            return True
        if a & MILITARY_RANKS and b & (MALE_GENDERED | FEMALE_GENDERED) and not b & MILITARY_RANKS:
            return True
    return False


_TITLES = HONORIFICS | MILITARY_RANKS


def _by_label(attributor: Attributor, label: str) -> str | None:
    """A label no list explains: a role ("THE PRESIDENT") one person of the text is described by,
    or an honorific with a first name ("SIR GEOFFREY") one person of the text has."""
    words = [w.strip(".").lower() for w in label.split()]
    if all(w in _PERSONAL_TITLES for w in words):
        return None  # "MR.", or initials that spell one ("DR" for Dana Rolle): no role to look up
    if words[:1] == ["the"] or all(w in HONORIFICS for w in words):
        return _by_descriptor(attributor, label)
    name = [w for w in words if w not in HONORIFICS]
    if len(name) != 1 or len(name) == len(words):
        return None
    found = {e.id for e in attributor.ctx.entities if e.type == "PERSON"
             and any(form.split()[:1] and form.split()[0].lower() == name[0] for form in (e.name, *e.aliases)
                     if len(form.split()) > 1)}
    return found.pop() if len(found) == 1 else None


def _by_initials(attributor: Attributor, label: str) -> str | None:
    """The one person whose full name has these initials ("RSM" for Robert S. McNamara), as
    telephone transcripts label their speakers."""
    found = set()
    for e in attributor.ctx.entities:
        if e.type != "PERSON" and attributor.speaker_kind(e.id) != "PERSON":
            continue
        for form in (e.name, *e.aliases):
            words = [w for w in re.findall(r"[\w’'-]+", form) if w.lower() not in HONORIFICS]
            if len(words) >= 2 and "".join(w[0] for w in words).upper() == label:
                found.add(e.id)
    return found.pop() if len(found) == 1 else None


def _by_descriptor(attributor: Attributor, phrase: str) -> str | None:
    """ "the Secretary" in a participants list: the one person with that title."""
    words = [w.lower() for w in re.findall(r"\w+", phrase) if w.lower() not in ("the", "a", "an")]
    if not words:
        return None
    persons = [e for e in attributor.ctx.entities if e.type == "PERSON"]
    exact = [e.id for e in persons if " ".join(words) in {d.lower() for d in e.descriptors}]
    if len(exact) == 1:
        return exact[0]
    found = []
    for e in persons:
        described = " ".join(e.descriptors).lower()
        before = {attributor.text[max(0, m.start - 25):m.start].rsplit("\n", 1)[-1].lower() for m in e.mentions}
        if all(_has_word(described, w) or any(_has_word(b, w) for b in before) for w in words):
            found.append(e.id)
    return found[0] if len(found) == 1 else None


def _has_word(text: str, word: str) -> bool:
    """Whole words only: "dr" is not in "address", "minister" not in "administer"."""
    return re.search(r"(?<!\w)" + re.escape(word) + r"(?!\w)", text) is not None
