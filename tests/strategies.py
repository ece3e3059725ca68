"""Hypothesis strategies for transcripts, shared by every property test."""

from __future__ import annotations

from hypothesis import strategies as st

from csskills import Transcript, Turn

PHRASES = [
    "I'm so sorry about that.",
    "Thank you for waiting.",
    "Could you tell me the model number?",
    "So if I understand correctly, the router drops every evening?",
    "You could either restart it or I can send a technician.",
    "Unfortunately we can't refund that.",
    "What I can do is offer a credit.",
    "I'll email you the label within the hour.",
    "That's not true, you're wrong.",
    "As I already said, it's simple.",
    "This is ridiculous, nobody ever calls back!!",
    "You people are useless idiots.",
    "What do you mean?",
    "Thanks, that fixed it.",
    "My internet has been down since Monday.",
    "ok",
    "",
]

texts = st.one_of(
    st.sampled_from(PHRASES),
    st.text(min_size=0, max_size=120),
    st.lists(st.sampled_from(PHRASES), min_size=1, max_size=4).map(" ".join),
)
roles = st.sampled_from(["agent", "customer", "bot", "system"])


@st.composite
def turns(draw: st.DrawFn) -> Turn:
    return Turn(role=draw(roles), text=draw(texts))


@st.composite
def transcripts(draw: st.DrawFn, language: str | None = "en") -> Transcript:
    """Valid transcripts: at least one agent turn, any mix of other turns and texts."""
    body = draw(st.lists(turns(), min_size=0, max_size=8))
    agent = Turn(role="agent", text=draw(texts), speaker_id="agent-1")
    position = draw(st.integers(min_value=0, max_value=len(body)))
    body.insert(position, agent)
    return Transcript(
        id=draw(st.text(alphabet="abcdef0123456789-", min_size=1, max_size=12)),
        language=language,
        turns=tuple(body),
    )


# --- timed transcripts (voice start/end seconds, chat timestamps) -------------------------------

_HALF_SECONDS = st.integers(min_value=0, max_value=400).map(lambda n: n / 2)  # exact in binary


@st.composite
def voice_transcripts(draw: st.DrawFn, language: str | None = "en") -> Transcript:
    """Voice transcripts with ordered ``start``s (overlaps allowed), times in half seconds."""
    body = draw(st.lists(turns(), min_size=0, max_size=8))
    body.insert(draw(st.integers(0, len(body))), Turn(role="agent", text=draw(texts)))
    clock = draw(_HALF_SECONDS)
    timed = []
    for turn in body:
        clock += draw(_HALF_SECONDS)
        start = clock
        end = start + draw(_HALF_SECONDS)
        timed.append(turn.model_copy(update={"start": start, "end": end}))
    return Transcript(id="voice", language=language, channel="voice", turns=tuple(timed))


@st.composite
def chat_transcripts(draw: st.DrawFn, language: str | None = "en") -> Transcript:
    """Chat transcripts with non-decreasing timestamps (UTC-aware)."""
    from datetime import datetime, timedelta, timezone

    body = draw(st.lists(turns(), min_size=0, max_size=8))
    body.insert(draw(st.integers(0, len(body))), Turn(role="agent", text=draw(texts)))
    clock = datetime(2026, 1, 5, 8, 0, tzinfo=timezone.utc) + timedelta(
        minutes=draw(st.integers(0, 60 * 24 * 7))
    )
    timed = []
    for turn in body:
        clock += timedelta(seconds=draw(st.integers(0, 4 * 3600)))
        timed.append(turn.model_copy(update={"timestamp": clock}))
    return Transcript(id="chat", language=language, channel="chat", turns=tuple(timed))


# -- personal data, labelled (for csskills.redact: tests and benchmarks/redaction.py) ----------

_LOWER = "abcdefghijklmnopqrstuvwxyz"
_DIGITS = "0123456789"


def _luhn_complete(body: str) -> str:
    """``body`` plus the check digit that makes it pass the Luhn test."""
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return body + str((10 - total % 10) % 10)


def _iban_complete(country: str, bban: str) -> str:
    """A valid IBAN: the check digits that make ``country + ?? + bban`` pass mod 97."""
    rearranged = bban + country + "00"
    number = int("".join(str(int(ch, 36)) for ch in rearranged))
    return f"{country}{98 - number % 97:02d}{bban}"


def _grouped(draw: st.DrawFn, compact: str, size: int = 4) -> str:
    sep = draw(st.sampled_from(["", " ", "-"]))
    return sep.join(compact[i : i + size] for i in range(0, len(compact), size))


@st.composite
def pii_emails(draw: st.DrawFn) -> str:
    first = draw(st.text(_LOWER, min_size=1, max_size=10))
    rest = draw(st.text(_LOWER + _DIGITS + "._+-", max_size=10).filter(lambda s: ".." not in s))
    local = (first + rest).rstrip(".")
    labels = draw(
        st.lists(st.text(_LOWER + _DIGITS, min_size=1, max_size=12), min_size=1, max_size=3)
    )
    tld = draw(st.sampled_from(["com", "org", "co.uk", "de", "es", "io", "com.tr", "hu", "lv"]))
    return f"{local}@{'.'.join(labels)}.{tld}"


@st.composite
def pii_phones(draw: st.DrawFn) -> str:
    digits = st.text(_DIGITS, min_size=1, max_size=1)
    shape = draw(st.sampled_from(["intl", "intl00", "us", "dots", "national", "dashes"]))
    n = lambda k: "".join(draw(digits) for _ in range(k))  # noqa: E731
    if shape == "intl":
        code = draw(st.sampled_from(["44", "1", "33", "49", "34", "90", "36", "371"]))
        return f"+{code} {n(2)} {n(4)} {n(4)}"
    if shape == "intl00":
        return f"00{draw(st.sampled_from(['44', '34', '90']))} {n(3)} {n(3)} {n(3)}"
    if shape == "us":
        return f"({n(3)}) {n(3)}-{n(4)}"
    if shape == "dots":
        return f"{n(3)}.{n(3)}.{n(4)}"
    if shape == "national":
        return f"0{n(2)} {n(4)} {n(4)}"
    return f"+{n(2)}-{n(2)}-{n(7)}"


@st.composite
def pii_cards(draw: st.DrawFn) -> str:
    prefix, length = draw(st.sampled_from([("4", 16), ("51", 16), ("55", 16), ("6011", 16),
                                           ("34", 15), ("37", 15), ("4", 13)]))  # fmt: skip
    body = prefix + "".join(draw(st.text(_DIGITS, min_size=length - len(prefix) - 1,
                                         max_size=length - len(prefix) - 1)))  # fmt: skip
    return _grouped(draw, _luhn_complete(body))


@st.composite
def pii_ibans(draw: st.DrawFn) -> str:
    countries = [("DE", 22), ("GB", 22), ("ES", 24), ("FR", 27), ("TR", 26), ("HU", 28),
                 ("LV", 21), ("NL", 18)]  # fmt: skip
    country, length = draw(st.sampled_from(countries))
    alphabet = (
        _DIGITS
        if country in ("DE", "ES", "HU", "TR", "FR")
        else _DIGITS + "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    )
    bban = draw(st.text(alphabet, min_size=length - 4, max_size=length - 4))
    iban = _iban_complete(country, bban)
    return (
        iban if draw(st.booleans()) else " ".join(iban[i : i + 4] for i in range(0, len(iban), 4))
    )


@st.composite
def pii_lookalikes(draw: st.DrawFn) -> str:
    """Text that looks like personal data but is not: it must be left alone."""
    kinds = ["order", "price", "date", "time", "badcard", "badiban", "version", "mention",
             "count", "ticket", "reference"]  # fmt: skip
    kind = draw(st.sampled_from(kinds))
    d = lambda k: draw(st.text(_DIGITS, min_size=k, max_size=k))  # noqa: E731
    if kind == "order":
        return f"order {d(draw(st.integers(3, 6)))}"
    if kind == "price":
        return f"${d(2)}.{d(2)}"
    if kind == "date":
        return f"20{d(2)}-{draw(st.integers(1, 12)):02d}-{draw(st.integers(1, 28)):02d}"
    if kind == "time":
        return f"{draw(st.integers(0, 23)):02d}:{d(2)}"
    if kind == "badcard":
        good = _luhn_complete("4" + d(14))
        return good[:-1] + str((int(good[-1]) + 1) % 10)
    if kind == "badiban":
        iban = _iban_complete("DE", d(18))
        return iban[:2] + f"{(int(iban[2:4]) + 1) % 100:02d}" + iban[4:]
    if kind == "version":
        return f"v{draw(st.integers(1, 9))}.{draw(st.integers(0, 20))}.{draw(st.integers(0, 9))}"
    if kind == "mention":
        return "@" + draw(st.text(_LOWER, min_size=2, max_size=10))
    if kind == "count":
        return f"{draw(st.integers(1, 99))} items"
    if kind == "reference":  # a long bare number: the hardest look-alike (a phone? no)
        return f"reference {draw(st.sampled_from('123456789'))}{d(9)}"
    return f"ticket #{d(5)}"


PII_KINDS = {"EMAIL": pii_emails, "PHONE": pii_phones, "CARD": pii_cards, "IBAN": pii_ibans}

_CONTEXTS = ["my {} please", "It's {}.", "{}", "reach me at {}, thanks", "(see: {})", "{}!"]


@st.composite
def pii_labelled(draw: st.DrawFn) -> tuple[str, str | None, int, int]:
    """A sentence with one value in it: ``(text, kind or None for a look-alike, start, end)``."""
    kind = draw(st.sampled_from([*PII_KINDS, None]))
    value = draw(PII_KINDS[kind]() if kind else pii_lookalikes())
    template = draw(st.sampled_from(_CONTEXTS))
    start = template.index("{}")
    return template.format(value), kind, start, start + len(value)
