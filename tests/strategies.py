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
