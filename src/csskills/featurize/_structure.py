"""Structural detectors: what a sentence *does*, read from its form, speaker and target.

Phrase rules find wording; these functions combine weak signals of structure into behaviours
that wording alone misses or gets wrong. Each rule is documented where it is computed and
named in its evidence (``en.paraphrase:reflection``), so a QA analyst sees why it fired.

Agent side:

* **question** (``question:interrogative|declarative|tag``): every sentence typed as a question
  (see :mod:`csskills.featurize._turn`), unless it is a formulaic closing ("anything else?"); a
  suggestion put as a question ("Have you tried ...?") is a question and ``options_offered``;
  a bare tag ("OK?", "Right?") is a question that restates nothing (never a paraphrase);
* **paraphrase** (``paraphrase:declarative?``): a declarative question that reuses the
  customer's words checks the agent's understanding ("So the modem is upstairs?");
* **paraphrase** (``paraphrase:reflection``): a statement about the customer ("you" is its
  subject) that is no instruction, offer or promise, and is supported by the customer's own
  words (a shared content word) or names a feeling ("You've been without internet for a week
  and you work from home.");
* **follow_up_check** (``follow_up_check:question``): a question about whether something the
  service does happened or worked ("Did the reset link reach you?", "Is it working now?");
* **options_offered** (``options_offered:imperative``): a sentence that opens with an advice verb;
* **impatience** (``shouting:caps``): three or more words in capitals in a row;
* **jargon** (``jargon:acronym``): an acronym the pack does not list as plain, not explained in
  brackets next to it;
* **long_sentence**: a sentence longer than the pack's norm (``long_sentence_words``);
* **specific_detail**: a number, an amount, a time or date, a quoted label or a reference code;
* **instruction_step** and **numbered_steps**: a sentence opening with a verb of a step to follow;
  list items numbered "1." or "2)".

Customer side:

* **customer_frustration** (``:unmet_expectation``): a service verb negated or with a
  persistence word ("still", "again") in a sentence that is not positive ("Ordered on the 3rd,
  tracking still says dispatched"); (``:shouting``) capitals or repeated exclamation marks only
  with negative content ("GOT THE NEW PHONE TODAY!!" is joy); (``:sarcasm``) a positive opener
  followed by a complaint ("Oh great, another delay");
* **customer_abuse** (``:aimed_insult``): an evaluation of a person aimed at the listener ("you"
  within five words before it: "you're an embarrassment to this company"), or alone as a short
  sentence; (``:angry_profanity``) swearing in a sentence that is negative or aimed at the
  listener, not "damn, that was fast"; an insulting gesture emoji.

Target checks drop a phrase match whose speaker or target is wrong: impatience and
condescension said about oneself ("I should calm down about it"), an empathy phrase in a report
of the agent's own feelings ("I felt awful"), a positive-framing phrase that opens a sarcastic
sentence.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable

from csskills._assessment import Evidence
from csskills.featurize._turn import (
    Intervals,
    Sentence,
    TurnText,
    make_evidence,
    sentence_of,
    valence_besides,
)
from csskills.lang import Language, Match
from csskills.lang import WordClass as W

Found = dict[str, list[Evidence]]
Add = Callable[[str, int, int, str, str], None]

_INSULT_GESTURES = frozenset("🖕🤬💩")
# Swearing is praise only when the rest of its sentence is clearly positive ("damn, that was
# fast" is; "lol" alone, or a negated swear word's flip, is not)
PRAISE_AROUND_SWEARING = 0.3
# A customer statement this negative (the pack's sentiment lexicon, after negation) is a
# complaint even with no unmet expectation in it ("customer service sucks", "a total joke")
NEGATIVE_STATEMENT = -0.3
_CODE_MIN = 5
_SELF_REPORT_DROPS = ("impatience", "condescension", "hurrying")


def _span_of(t: TurnText, t0: int, t1: int) -> tuple[int, int]:
    return t.starts[t0], t.ends[t1 - 1]


def _sentence_span(s: Sentence) -> tuple[int, int]:
    return s.start, s.end


def overlaps(found: Found, behaviours: tuple[str, ...], start: int, end: int) -> bool:
    """Does any evidence of ``behaviours`` overlap ``[start, end)``?"""
    return any(e.start < end and start < e.end for b in behaviours for e in found.get(b, ()))


def _by_sentence(t: TurnText, found: Found) -> dict[int, Found]:
    """The evidence of ``found`` by the sentences it overlaps (index in ``t.sentences``): one
    bisection per span."""
    sentences = t.sentences
    ends = [x.end for x in sentences]
    out: dict[int, Found] = {}
    for behaviour, spans in found.items():
        for e in spans:
            i = bisect_right(ends, e.start)  # the first sentence ending after the span starts
            while i < len(sentences) and sentences[i].start < e.end:
                out.setdefault(i, {}).setdefault(behaviour, []).append(e)
                i += 1
    return out


def content_stems(t: TurnText, t0: int = 0, t1: int | None = None) -> set[str]:
    """Stems of the content words (no stop words; words of three letters or more, numbers)."""
    content, stems = t.content, t.stems
    end = len(content) if t1 is None else t1
    return {stems[k] for k in range(t0, end) if content[k]}


# -- agent --------------------------------------------------------------------------------


def agent_structure(
    pack: Language,
    turn: int,
    t: TurnText,
    found: Found,
    previous_customer: set[str] | None,
    acted: bool = False,
) -> None:
    """Add the agent-side structural behaviours of one turn to ``found`` (see the module doc)."""
    text = t.text
    code = pack.code
    _target_checks(t, found)
    _self_repairs(t, found)
    _opening_softeners(t, found)
    # What each sentence is checked against is the evidence that overlaps it: bucketed once,
    # so that the checks cost the sentence's own matches, not every match of the turn
    buckets = _by_sentence(t, found)
    here: Found = {}

    def add(behaviour: str, start: int, end: int, rule: str, polarity: str) -> None:
        e = make_evidence(turn, start, end, text, rule, behaviour, polarity)
        found.setdefault(behaviour, []).append(e)
        here.setdefault(behaviour, []).append(e)

    numbered = 0
    times = pack.time_matcher.scan(t.tokens, t.is_word)  # once per turn, split by sentence
    facts = _MAY_HOLD_FACTS.search(text) is not None
    no_echo: list[Evidence] = []  # paraphrases that a bare tag question turns out to be
    for index, s in enumerate(t.sentences):
        here = buckets.pop(index, {})
        start, end = s.start, s.end
        lead_open = s.lead
        if s.kind == "question":
            _agent_question(pack, t, s, here, previous_customer, add, acted, no_echo)
        elif s.kind == "imperative":
            if not overlaps(here, ("closing", "greeting"), start, end):
                if pack.advice_matcher is not None and pack.advice_matcher.match_at(
                    t.tokens, t.is_word, lead_open, s.t1
                ):
                    add("options_offered", start, end, f"{code}.options_offered:imperative",
                        "positive")
                if t.flags[lead_open] & W.INSTRUCTION:
                    add("instruction_step", start, end, f"{code}.instruction_step:imperative",
                        "positive")
        elif s.person == 2 and s.kind == "statement":
            _reflection(pack, t, s, here, previous_customer, add)
        elif s.kind in ("statement", "exclamation") and previous_customer:
            _restatement(t, s, here, previous_customer, add, code)
        if s.t0 < lead_open and t.tokens[s.t0].isdigit() and s.t0 + 1 < s.t1 and t.tokens[
            s.t0 + 1
        ] in (".", ")"):
            numbered += 1
            add("numbered_steps", start, end, f"{code}.numbered_steps:item", "positive")
        if s.words > pack.long_sentence_words:
            add("long_sentence", start, end, f"{code}.long_sentence:>{pack.long_sentence_words}",
                "negative")
        _specifics(pack, turn, t, s, found, times, facts)
    if numbered == 1:  # one numbered line is no list of steps
        found.pop("numbered_steps", None)
    if no_echo:  # a bare tag restates nothing
        dropped = {id(e) for e in no_echo}
        kept = [e for e in found.get("paraphrase", ()) if id(e) not in dropped]
        if kept:
            found["paraphrase"] = kept
        else:
            found.pop("paraphrase", None)
    _acronyms(pack, t, found, add)
    _shouting(t, add, "impatience", "negative")


def _agent_question(
    pack: Language,
    t: TurnText,
    s: Sentence,
    found: Found,
    previous_customer: set[str] | None,
    add: Add,
    acted: bool,
    no_echo: list[Evidence],
) -> None:
    """``found`` holds the evidence overlapping sentence ``s``; paraphrases that start in a
    bare tag question go to ``no_echo``, for the caller to drop."""
    code = pack.code
    start, end = s.start, s.end
    if overlaps(found, ("closing",), start, end):
        return
    if s.form == "bare_tag":  # "Right?", "Is that right?": checks the listener follows
        add("question", start, end, f"{code}.question:tag", "positive")
        no_echo.extend(e for e in found.get("paraphrase", ()) if start <= e.start < end)
        return
    suggestion = _suggestion(t, s, found)
    if s.form == "declarative" and s.words >= 3 and previous_customer:
        shared = s.stems & previous_customer
        if shared:
            add("paraphrase", start, end, f"{code}.paraphrase:declarative?", "positive")
    if suggestion:  # "Have you tried restarting it?" suggests: an option, not a question
        return
    add("question", start, end, f"{code}.question:{s.form}", "positive")
    # a question about whether what the service does happened or worked, once the agent has
    # done or proposed something: "Did the reset link reach you?", "Is it working now?"
    if (
        acted
        and any(t.flags[k] & W.SERVICE_VERB for k in range(s.first, s.t1))
        and not overlaps(found, ("options_offered", "info_request", "paraphrase",
                                 "follow_up_check"), start, end)
    ):
        add("follow_up_check", start, end, f"{code}.follow_up_check:question", "positive")


def _suggestion(t: TurnText, s: Sentence, found: Found) -> bool:
    """A suggestion put as a question: a suggestion phrase starts within its first three words."""
    limit = s.first
    seen = 0
    while limit < s.t1 and seen < 3:
        if t.is_word[limit]:
            seen += 1
        limit += 1
    edge = t.ends[limit - 1] if limit > s.t0 else s.end
    return any(s.start <= e.start < edge for e in found.get("options_offered", ()))


RESTATEMENT_MAX_WORDS = 20
RESTATEMENT_SHARE = 0.5


def _restatement(
    t: TurnText, s: Sentence, found: Found, previous_customer: set[str], add: Add, code: str
) -> None:
    """A short statement that is mostly the customer's own words ("Four miles every second.",
    "So the parcel never came."): the listener giving back what they heard. Short (three to
    ``RESTATEMENT_MAX_WORDS`` words: "Dear Tom," echoes a name, nothing heard) and at least
    ``RESTATEMENT_SHARE`` of its content words taken from the customer's last turn; a promise,
    an instruction or an offer is no echo."""
    stems = s.stems
    if not stems or not 3 <= s.words <= RESTATEMENT_MAX_WORDS or s.person == 1:
        return
    shared = len(stems & previous_customer)
    if shared and shared >= RESTATEMENT_SHARE * len(stems) and not overlaps(
        found, ("commitment", "instruction_step", "options_offered", "specific_detail",
                "greeting", "closing", "thanks", "courtesy"), s.start, s.end,
    ):
        add("paraphrase", s.start, s.end, f"{code}.paraphrase:restatement", "positive")


def _reflection(
    pack: Language,
    t: TurnText,
    s: Sentence,
    found: Found,
    previous_customer: set[str] | None,
    add: Add,
) -> None:
    """A statement about the customer, supported by their words or naming a feeling."""
    start, end = s.start, s.end
    if s.words < 4 or overlaps(
        found,
        ("commitment", "options_offered", "courtesy", "thanks", "closing", "greeting",
         "positive_framing", "paraphrase", "info_request", "over_promise", "instruction_step"),
        start,
        end,
    ):
        return
    flags = t.flags
    feeling = any(flags[k] & W.EMOTION for k in range(s.first, s.t1))
    shared = bool(previous_customer and s.stems & previous_customer)
    if feeling or shared:
        add("paraphrase", start, end, f"{pack.code}.paraphrase:reflection", "positive")


# A number, a currency sign or a quote mark: without one, a turn holds no number, amount, code
# or quoted label (times are found by the time matcher)
_MAY_HOLD_FACTS = re.compile(r"[\d\"'£$€¥₺₹₽¢₩₪]")


def _specifics(
    pack: Language,
    turn: int,
    t: TurnText,
    s: Sentence,
    found: Found,
    times: list[Match],
    facts: bool,
) -> None:
    """Concrete facts: numbers, amounts, times and dates, quoted labels, reference codes.
    ``times`` are the time matcher's matches over the turn; ``facts`` is False when the turn
    has no digit, currency sign or quote mark (the token loop is then skipped)."""
    text, tokens, is_word = t.text, t.tokens, t.is_word
    code = pack.code
    items: list[tuple[int, int, str]] = []
    k = s.first if facts else s.t1
    while k < s.t1:
        tok = tokens[k]
        if tok in _CURRENCY_MARKS:
            stop = k + 1 if k + 1 < s.t1 and tokens[k + 1][:1].isdigit() else k
            items.append((t.starts[k], t.ends[stop], "amount"))
            k = stop + 1
            continue
        if is_word[k] and tok[0].isdigit():
            # a phone, card or account number written in groups ("+44 20 7946 0958") is one
            # fact, and one span: redaction must see it whole
            stop = k
            while stop + 2 <= s.t1 and (
                (stop + 1 < s.t1 and tokens[stop + 1][:1].isdigit()
                 and t.starts[stop + 1] - t.ends[stop] <= 1)
                or (stop + 2 < s.t1 and tokens[stop + 1] in _GROUP_JOINERS
                    and tokens[stop + 2][:1].isdigit())
            ):
                stop += 1 if tokens[stop + 1][:1].isdigit() else 2
            start = t.starts[k - 1] if k > s.t0 and tokens[k - 1] in ("+", "(") else t.starts[k]
            kind = "code" if t.codes[k] or stop > k else "number"
            items.append((start, t.ends[stop], kind))
            k = stop + 1
            continue
        elif t.codes[k]:
            items.append((t.starts[k], t.ends[k], "code"))
        elif tok in ("'", '"') and k + 1 < s.t1:
            close = next((j for j in range(k + 1, min(s.t1, k + 7)) if tokens[j] == tok), None)
            if close is not None and close > k + 1 and all(
                is_word[j] or tokens[j] in "&-" for j in range(k + 1, close)
            ):
                items.append((t.starts[k + 1], t.ends[close - 1], "label"))
                k = close + 1
                continue
        k += 1
    for x in range(bisect_left(times, (s.t0,)), len(times)):  # matches are sorted by start
        m = times[x]
        first = m.start
        if first >= s.t1:
            break
        if m.end > s.t1:
            continue
        meaning = m.rules[0].id
        counted = meaning.startswith("unit") and first > s.t0 and (
            tokens[first - 1][:1].isdigit() or (first - 2 >= s.t0 and tokens[first - 2].isdigit())
        )
        if counted or meaning.startswith(("weekday", "relative", "end_of_week")):
            a, b = _span_of(t, first, m.end)
            items.append((a, b, "time"))
    for a, b, kind in sorted(set(items)):
        found.setdefault("specific_detail", []).append(
            make_evidence(turn, a, b, text, f"{code}.specific_detail:{kind}", "specific_detail",
                          "positive")
        )


_CURRENCY_MARKS = frozenset("£$€¥₺₹₽¢₩₪")
_GROUP_JOINERS = frozenset("-)(")


def _acronyms(pack: Language, t: TurnText, found: Found, add: Add) -> None:
    """Capitalised abbreviations the customer may not know, unless explained in brackets (or
    already in the pack's jargon list); a run of capitals is shouting, not an acronym."""
    capitals = t.capitals
    if not capitals:
        return
    text = t.text
    plain = pack.plain_acronyms
    n = len(t.tokens)
    upper = set(capitals)
    listed = Intervals.of(found.get("jargon", ()))  # the pack's jargon phrases, found before
    for k in capitals:
        raw = text[t.starts[k] : t.ends[k]]
        if len(raw) > 6 or raw in plain or k - 1 in upper or k + 1 in upper:
            continue
        if _beside_capitals(t, k, -1, upper) or _beside_capitals(t, k, 1, upper):
            continue  # "ENVIEI O CÓDIGO", "E O BOLETO": one-letter words inside shouting
        before = t.tokens[k - 1] if k else ""
        after = t.tokens[k + 1] if k + 1 < n else ""
        if after == "(" or (before == "(" and k >= 2 and t.is_word[k - 2]):
            continue  # "PIN (the four digits...)" or "... personal number (PIN)"
        if not listed.overlaps(t.starts[k], t.ends[k]):
            add("jargon", t.starts[k], t.ends[k], f"{pack.code}.jargon:acronym", "negative")


def _capital_letter(t: TurnText, k: int) -> bool:
    """A one-letter word in capitals ("O", "Y", "A"): part of a shouted run, no acronym."""
    return t.is_word[k] and t.ends[k] - t.starts[k] == 1 and t.text[t.starts[k]].isupper()


def _waits(pack: Language, t: TurnText) -> set[int]:
    """Indices (in ``t.sentences``) of the sentences that hold a waiting word and a length of
    time ("on hold 50 minutes", "I've waited three days"): a complaint about the wait. Empty
    (and no scan) when the turn has no waiting word."""
    flags = t.flags
    if not any(f & W.WAIT for f in flags):
        return set()
    tokens = t.tokens
    counted: list[int] = []  # token indices where a counted unit of time starts
    numbers: set[int] = set()  # token index right after a number word or article
    for m in pack.time_matcher.scan(tokens, t.is_word):
        meaning = m.rules[0].id
        if meaning.startswith("num:") or meaning in ("one", "range"):
            numbers.add(m.end)
        elif meaning.startswith("unit:") and m.start and (
            tokens[m.start - 1][:1].isdigit() or m.start in numbers
        ):
            counted.append(m.start)
    if not counted:
        return set()
    out = set()
    for index, s in enumerate(t.sentences):  # one pass: sentences and units are both in order
        lo = bisect_left(counted, s.t0)
        if lo < len(counted) and counted[lo] < s.t1 and any(
            flags[k] & W.WAIT for k in range(s.t0, s.t1)
        ):
            out.add(index)
    return out


def _sarcastic(t: TurnText, s: Sentence, e: Evidence, previous: Sentence | None) -> bool:
    """Praise said as sarcasm: a phrase that goes on past the praise ("great, another", "thanks
    for nothing"), something negative after it in its sentence ("Oh great, it broke again") or
    the praise word said twice ("Great. Just great."); after a complaint in the same turn any
    praise opener is (the caller checks that)."""
    k = t.token_at(e.end)
    last = k - 1
    if t.valences[last] <= 0:  # the phrase ends past the praise: "great, another", "for nothing"
        return True
    marks = W.NEGATOR | W.PERSISTENCE
    if any(t.valences[j] < 0 or t.flags[j] & marks for j in range(k, s.t1)):
        return True
    return previous is not None and t.tokens[last] in t.tokens[previous.t0 : previous.t1]


def _beside_capitals(t: TurnText, k: int, step: int, upper: set[int]) -> bool:
    """Past one-letter capitals from word ``k`` in direction ``step``, a word in capitals?"""
    j = k + step
    while 0 <= j < len(t.tokens) and _capital_letter(t, j):
        j += step
    return j != k + step and j in upper


def _shouting(t: TurnText, add: Add, behaviour: str, polarity: str) -> bool:
    """Three or more words in capitals in a row (any script with case); punctuation inside
    the run other than a sentence end does not break it."""
    capitals = t.capitals
    if len(capitals) < 3:
        return False
    shouted = False
    run = [capitals[0]]
    for k in (*capitals[1:], -1):
        previous = run[-1]
        if k > previous and all(
            (not t.is_word[j] and t.tokens[j] not in ".!?\n") or _capital_letter(t, j)
            for j in range(previous + 1, k)
        ):
            run.append(k)
            continue
        if len(run) >= 3:
            add(behaviour, t.starts[run[0]], t.ends[run[-1]], "shouting:caps", polarity)
            shouted = True
        run = [k]
    return shouted


def _target_checks(t: TurnText, found: Found) -> None:
    """Drop matches whose speaker or target is wrong (see the module docstring)."""
    for behaviour in _SELF_REPORT_DROPS:
        spans = found.get(behaviour)
        if spans:
            kept = [e for e in spans if not _about_self(t, e)]
            if kept:
                found[behaviour] = kept
            else:
                del found[behaviour]
    spans = found.get("empathy_statement")
    if spans:
        kept = [e for e in spans if not _self_report(t, e)]
        if kept:
            found["empathy_statement"] = kept
        else:
            del found["empathy_statement"]


def _self_repairs(t: TurnText, found: Found) -> None:
    """A bare apology word dropped into the middle of a sentence ("we have to, excuse me, set
    a date") repairs the speaker's own speech; it apologises for nothing. Bare: at most two
    words; in the middle: two words or more before it and one after it in its sentence."""
    spans = found.get("apology")
    if not spans:
        return
    kept = []
    for e in spans:
        k = t.token_at(e.start)
        stop = t.token_at(e.end)
        if stop - k <= 3 and sum(t.is_word[j] for j in range(k, stop)) <= 2:
            sent = sentence_of(t, k)
            if sent is not None and _words_before(t, k, sent.t0, 2) and _words_after(
                t, stop, sent.t1, 1
            ):
                continue  # dropped in the middle of a sentence: a self-repair
        kept.append(e)
    if kept:
        found["apology"] = kept
    else:
        del found["apology"]


def _opening_softeners(t: TurnText, found: Found) -> None:
    """A courtesy word opening a sentence ("Please send the invoice.") only softens it; it is
    counted as neither courtesy nor rudeness (Danescu-Niculescu-Mizil et al., 2013, find a
    sentence-initial "please" slightly impolite and "please" inside a request polite)."""
    spans = found.get("courtesy")
    if not spans:
        return
    openers = {t.starts[s.first] for s in t.sentences}
    kept = [e for e in spans if not (e.start in openers and e.end - e.start <= 8
                                      and len(e.text.split()) == 1)]
    if kept:
        found["courtesy"] = kept
    else:
        del found["courtesy"]


def _words_before(t: TurnText, k: int, t0: int, need: int) -> bool:
    """Are there ``need`` words in ``[t0, k)``? Counted from ``k`` back, stopping at ``need``."""
    j = k - 1
    while j >= t0 and need:
        need -= t.is_word[j]
        j -= 1
    return not need


def _words_after(t: TurnText, k: int, t1: int, need: int) -> bool:
    """Are there ``need`` words in ``[k, t1)``? Counted from ``k`` on, stopping at ``need``."""
    while k < t1 and need:
        need -= t.is_word[k]
        k += 1
    return not need



def _about_self(t: TurnText, e: Evidence) -> bool:
    """A first-person subject right before the phrase, no "you" in it: the speaker's self-talk."""
    k = t.token_at(e.start)
    inside = range(k, t.token_at(e.end))
    if any(t.flags[j] & (W.FIRST_PERSON | W.SECOND_PERSON) for j in inside):
        return False
    seen = 0
    j = k - 1
    while j >= 0 and seen < 3:
        if not t.is_word[j]:
            if t.tokens[j] in ".!?\n;":
                return False
            j -= 1
            continue
        if t.flags[j] & W.FIRST_PERSON:
            return True
        if t.flags[j] & W.SECOND_PERSON:
            return False
        seen += 1
        j -= 1
    return False


def _self_report(t: TurnText, e: Evidence) -> bool:
    """An empathy phrase naming a feeling, inside a sentence about the speaker's own feelings
    ("I felt awful"): no "you" anywhere in it and an emotion word in the phrase; "sorry" is
    no emotion word, so "I'm so sorry that happened" stays sympathy."""
    k = t.token_at(e.start)
    stop = t.token_at(e.end)
    feeling = any(t.flags[j] & W.EMOTION for j in range(k, stop))
    if not feeling:
        return False
    s = sentence_of(t, k)
    if s is None or s.person != 1:
        return False
    return not any(t.flags[j] & W.SECOND_PERSON for j in range(s.t0, s.t1))


# -- customer -----------------------------------------------------------------------------


def customer_structure(pack: Language, turn: int, t: TurnText, found: Found) -> None:
    """Add the customer-side structural behaviours of one turn to ``found``."""
    text = t.text
    code = pack.code

    def add(behaviour: str, start: int, end: int, rule: str, polarity: str) -> None:
        found.setdefault(behaviour, []).append(
            make_evidence(turn, start, end, text, rule, behaviour, polarity)
        )

    sarcastic = sorted(found.pop("_sarcasm", []), key=lambda e: e.start)
    next_sarcasm = 0
    _praise_is_no_complaint(t, found)
    waits = _waits(pack, t)
    emotions = Intervals.of(found.get("customer_emotion", ()))
    negative_turn = False
    previous: Sentence | None = None
    for index, s in enumerate(t.sentences):
        start, end = s.start, s.end
        complaint = _unmet_expectation(t, s)
        if complaint and s.valence <= 0.3:
            add("customer_frustration", start, end,
                f"{code}.customer_frustration:unmet_expectation", "context")
        elif s.valence <= NEGATIVE_STATEMENT and s.kind != "question" and not emotions.overlaps(
            start, end
        ):  # sadness or worry ("my mother died") is an emotion, not a complaint
            add("customer_frustration", start, end,
                f"{code}.customer_frustration:negative_statement", "context")
        elif index in waits and s.valence <= 0:
            add("customer_frustration", start, end,
                f"{code}.customer_frustration:elapsed_time", "context")
        while next_sarcasm < len(sarcastic) and sarcastic[next_sarcasm].start < end:
            e = sarcastic[next_sarcasm]  # in text order, like the sentences: one pass
            next_sarcasm += 1
            if start <= e.start and (complaint or negative_turn or _sarcastic(t, s, e, previous)):
                add("customer_frustration", start, end, f"{code}.customer_frustration:sarcasm",
                    "context")
        if s.valence < 0 or complaint:
            negative_turn = True
        previous = s
        _aimed_insults(pack, t, s, add)
    negative_turn = negative_turn or bool(found.get("customer_frustration")) or bool(
        found.get("customer_abuse")
    )
    if negative_turn:
        _shouting(t, add, "customer_frustration", "context")
        for k, tok in enumerate(t.tokens):
            if tok == "!" and k + 1 < len(t.tokens) and t.tokens[k + 1] in "!?":
                add("customer_frustration", t.starts[k], t.ends[k + 1],
                    "shouting:exclamations", "context")
                break
    for k, tok in enumerate(t.tokens):
        if tok in _INSULT_GESTURES:
            add("customer_abuse", t.starts[k], t.ends[k], f"{code}.customer_abuse:gesture",
                "context")


def _praise_is_no_complaint(t: TurnText, found: Found) -> None:
    """A broken-promise phrase in a positive sentence reports a kept one ("thanks for emailing
    when you said you would"): dropped."""
    spans = found.get("broken_promise")
    if not spans:
        return
    kept = []
    for e in spans:
        k = t.token_at(e.start)
        sentence = sentence_of(t, k)
        if sentence is None or sentence.valence <= 0:
            kept.append(e)
    if kept:
        found["broken_promise"] = kept
    else:
        del found["broken_promise"]


def _unmet_expectation(t: TurnText, s: Sentence) -> bool:
    """A service verb, negated or with a persistence word, in the same clause.

    In a question only a negation counts ("Why hasn't it arrived?"): "Will it happen again?"
    is a worry, not a report of a failure.
    """
    flags = t.flags
    marks = W.NEGATOR if s.kind == "question" else W.NEGATOR | W.PERSISTENCE
    for k in range(s.t0, s.t1):
        if not flags[k] & W.SERVICE_VERB:
            continue
        j = k - 1
        seen = 0
        while j >= s.t0 and seen < 4:
            if not t.is_word[j]:
                if t.tokens[j] in ".!?;\n":
                    break
                j -= 1
                continue
            if flags[j] & marks:
                return True
            seen += 1
            j -= 1
        after = k + 1
        seen = 0
        while after < s.t1 and seen < 3:
            if t.is_word[after]:
                if flags[after] & marks:
                    return True
                seen += 1
            after += 1
    return False


def _aimed_insults(pack: Language, t: TurnText, s: Sentence, add: Add) -> None:
    """An evaluation of a person aimed at the listener, or swearing that is not praise (in a
    sentence whose other words are not clearly positive: "where the hell is my order", not
    "damn, that was fast")."""
    flags = t.flags
    code = pack.code
    aimed_from = -1
    for k in range(s.t0, s.t1):
        f = flags[k]
        if f & W.SECOND_PERSON:
            aimed_from = k
        if not f & (W.INSULT | W.PROFANITY):
            continue
        near = aimed_from >= 0 and k - aimed_from <= 5
        alone = s.words <= 3
        if f & W.INSULT and (near or alone):
            add("customer_abuse", t.starts[k], t.ends[k], f"{code}.customer_abuse:aimed_insult",
                "context")
        elif f & W.PROFANITY and not f & W.INSULT and (
            near or valence_besides(t, s, k) < PRAISE_AROUND_SWEARING
        ):
            add("customer_abuse", t.starts[k], t.ends[k],
                f"{code}.customer_abuse:angry_profanity", "context")


__all__ = ["agent_structure", "content_stems", "customer_structure", "overlaps"]
