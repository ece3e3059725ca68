"""Importers: roles mapped from what each export says, timings/ids/channel kept, errors located."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from csskills import Failure, InputFormatError, Transcript
from csskills.io.formats import (
    FORMATS,
    ColumnMapping,
    detect_format,
    read,
    read_ccai,
    read_contact_lens,
    read_freshdesk,
    read_intercom,
    read_mapped,
    read_transcribe,
    read_twcs,
    read_vcon,
    read_zendesk,
)
from csskills.io.formats._common import html_to_text

FIX = Path(__file__).parent / "fixtures" / "formats"
GENERIC_MAP = (
    "id=ticket,role=sender,text=body,timestamp=sent_at,speaker_id=who,"
    "role.agent=Staff,role.customer=Client"
)


def one(items: Any) -> Transcript:
    out = list(items)
    assert len(out) == 1, out
    assert isinstance(out[0], Transcript), out[0]
    return out[0]


def roles(t: Transcript) -> list[str]:
    return [turn.role for turn in t.turns]


def write(tmp_path: Path, name: str, data: Any) -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(data) if not isinstance(data, str) else data, encoding="utf-8")
    return path


# -- sniffing ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("fixture", "expected"),
    [
        ("transcribe_call.json", "transcribe"),
        ("contact_lens_voice.json", "contact-lens"),
        ("contact_lens_chat.json", "contact-lens"),
        ("ccai_conversation.json", "ccai"),
        ("zendesk_ticket.json", "zendesk"),
        ("zendesk_tickets.jsonl", "zendesk"),
        ("intercom_conversation.json", "intercom"),
        ("freshdesk_ticket.json", "freshdesk"),
        ("twcs_threads.csv", "twcs"),
        ("vcon_chat.json", "vcon"),
        ("vcon_call.json", "vcon"),
    ],
)
def test_auto_detection_names_the_format_and_why(fixture: str, expected: str) -> None:
    guess = detect_format(FIX / fixture)
    assert guess.name == expected
    assert guess.reason
    assert expected in str(guess)


def test_native_jsonl_is_detected() -> None:
    path = Path(__file__).parents[1] / "examples" / "data" / "support_chat.jsonl"
    assert detect_format(path).name == "csskills"
    assert all(isinstance(t, Transcript) for t in read(path))


def test_unknown_json_lists_every_format(tmp_path: Path) -> None:
    path = write(tmp_path, "x.json", {"foo": 1, "bar": []})
    with pytest.raises(InputFormatError, match="cannot tell the format") as info:
        detect_format(path)
    for name in FORMATS:
        assert name in str(info.value)
    assert "bar, foo" in str(info.value)


def test_unknown_csv_asks_for_a_mapping() -> None:
    with pytest.raises(InputFormatError, match="--map"):
        detect_format(FIX / "generic_turns.csv")


def test_unknown_extension_is_an_error(tmp_path: Path) -> None:
    path = write(tmp_path, "x.xml", "<a/>")
    with pytest.raises(InputFormatError, match="unknown extension"):
        list(read(path))


def test_unknown_option_names_the_accepted_ones() -> None:
    with pytest.raises(TypeError, match="agent_ids"):
        list(read(FIX / "zendesk_ticket.json", agent_id="x"))


def test_unknown_format_name_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown format 'salesforce'"):
        read(FIX / "zendesk_ticket.json", "salesforce")


# -- Amazon ------------------------------------------------------------------------------------


def test_transcribe_roles_and_offsets() -> None:
    t = one(read_transcribe(FIX / "transcribe_call.json", agent_id="agent-sam"))
    assert t.id == "nw-call-0412"
    assert t.channel == "voice"
    assert t.language == "en-US"
    assert t.agent_id == "agent-sam"
    assert roles(t) == ["agent", "customer", "agent"]
    assert (t.turns[1].start, t.turns[1].end) == (4.8, 11.35)
    assert t.turns[1].metadata == {"Id": "seg-2", "Sentiment": "NEGATIVE"}


def test_transcribe_unknown_role_is_refused_with_its_place(tmp_path: Path) -> None:
    doc = json.loads((FIX / "transcribe_call.json").read_text())
    doc["Transcript"][2]["ParticipantRole"] = "SPEAKER_2"
    path = write(tmp_path, "call.json", doc)
    with pytest.raises(InputFormatError) as info:
        list(read_transcribe(path))
    message = str(info.value)
    assert "$.Transcript[2].ParticipantRole" in message
    assert "SPEAKER_2" in message and "does not guess" in message
    t = one(read_transcribe(path, roles={"SPEAKER_2": "agent"}))
    assert roles(t)[2] == "agent"


def test_transcribe_unfinished_job_is_an_error(tmp_path: Path) -> None:
    doc = json.loads((FIX / "transcribe_call.json").read_text())
    doc["JobStatus"] = "IN_PROGRESS"
    with pytest.raises(InputFormatError, match="IN_PROGRESS"):
        list(read_transcribe(write(tmp_path, "c.json", doc)))


def test_contact_lens_voice() -> None:
    t = one(read_contact_lens(FIX / "contact_lens_voice.json"))
    assert t.id == "c0ffee00-0000-4000-8000-000000000001"
    assert t.channel == "voice"
    assert roles(t) == ["agent", "customer", "agent"]
    assert t.turns[0].start == 0.2 and t.turns[2].end == 15.6
    assert t.turns[0].speaker_id is None  # "AGENT" is a label, not a person


def test_contact_lens_chat_bot_system_and_events() -> None:
    t = one(read_contact_lens(FIX / "contact_lens_chat.json"))
    assert t.channel == "chat"
    assert roles(t) == ["bot", "customer", "system", "agent"]
    # the agent item has no ParticipantRole: it is resolved through Participants
    assert t.turns[3].speaker_id == "p-agent-ana"
    assert t.agent_id == "p-agent-ana"
    assert t.turns[3].metadata["display_name"] == "Ana"
    assert t.metadata["dropped_events"] == 2
    assert t.turns[1].timestamp is not None and t.turns[1].timestamp.microsecond == 500000


def test_contact_lens_supervisor_is_refused_unless_named(tmp_path: Path) -> None:
    doc = json.loads((FIX / "contact_lens_chat.json").read_text())
    doc["Transcript"].append(
        {"Id": "m6", "Type": "MESSAGE", "ParticipantId": "p-sup", "ParticipantRole": "SUPERVISOR",
         "Content": "Supervisor here, I'm listening in.", "AbsoluteTime": "2026-03-02T10:02:00Z"}
    )  # fmt: skip
    path = write(tmp_path, "chat.json", doc)
    with pytest.raises(InputFormatError, match=r"Transcript\[6\]\.ParticipantRole.*SUPERVISOR"):
        list(read_contact_lens(path))
    t = one(read_contact_lens(path, roles={"SUPERVISOR": "system"}))
    assert roles(t)[-1] == "system"


# -- Google CCAI -------------------------------------------------------------------------------


def test_ccai_roles_user_ids_and_timestamps() -> None:
    t = one(read_ccai(FIX / "ccai_conversation.json", channel="voice", language="en"))
    assert t.id == "ccai_conversation"
    assert roles(t) == ["customer", "agent", "customer", "bot"]
    assert t.customer_id == "1" and t.agent_id == "2"
    assert t.turns[1].timestamp is not None
    assert (t.turns[1].timestamp - t.turns[0].timestamp).total_seconds() == 4
    assert t.metadata["categories"] == ["Billing"]
    assert t.channel == "voice"


def test_ccai_any_agent_is_refused(tmp_path: Path) -> None:
    doc = json.loads((FIX / "ccai_conversation.json").read_text())
    doc["entries"][1]["role"] = "ANY_AGENT"
    with pytest.raises(InputFormatError, match=r"entries\[1\]\.role.*ANY_AGENT"):
        list(read_ccai(write(tmp_path, "c.json", doc)))


def test_ccai_records_in_jsonl_need_ids(tmp_path: Path) -> None:
    doc = json.loads((FIX / "ccai_conversation.json").read_text())
    path = write(tmp_path, "c.jsonl", json.dumps(doc) + "\n" + json.dumps({**doc, "id": "c2"}))
    items = list(read_ccai(path, errors="collect"))
    assert isinstance(items[0], Failure) and items[0].line == 1
    assert "no id" in items[0].message
    assert isinstance(items[1], Transcript) and items[1].id == "c2"


# -- help desks --------------------------------------------------------------------------------


def test_zendesk_roles_from_side_loaded_users_and_internal_notes_dropped() -> None:
    t = one(read_zendesk(FIX / "zendesk_ticket.json"))
    assert t.id == "35436"
    assert t.channel == "email"
    assert roles(t) == ["customer", "agent", "customer"]
    assert t.customer_id == "20978392" and t.agent_id == "7001"
    assert t.metadata["dropped_internal_notes"] == 1
    assert all("Internal" not in turn.text for turn in t.turns)
    # html_body became text, entities decoded
    assert t.turns[1].text.startswith("Hi Dana,\nThanks for letting us know & sorry")


def test_zendesk_internal_notes_can_be_kept_as_system_turns() -> None:
    t = one(read_zendesk(FIX / "zendesk_ticket.json", internal_notes="system"))
    assert roles(t) == ["customer", "system", "agent", "customer"]
    assert t.turns[1].metadata["internal_note"] is True


def test_zendesk_unknown_author_is_refused_not_guessed() -> None:
    items = list(read_zendesk(FIX / "zendesk_tickets.jsonl", errors="collect"))
    assert all(isinstance(i, Failure) for i in items)
    assert items[0].line == 1 and "$.comments[1].author_id" in items[0].message
    assert "'90'" in items[0].message and "agent_ids" in items[0].message
    # naming the agent fixes ticket 501; ticket 502 has a CC'd stranger (555): still refused
    items = list(read_zendesk(FIX / "zendesk_tickets.jsonl", agent_ids=["90"], errors="collect"))
    assert isinstance(items[0], Transcript) and roles(items[0]) == ["customer", "agent"]
    assert items[0].channel is None  # a web form says nothing about the channel
    assert isinstance(items[1], Failure) and items[1].line == 2 and "'555'" in items[1].message


def test_zendesk_raise_mode_stops_at_the_first_bad_record() -> None:
    with pytest.raises(InputFormatError, match=r"zendesk_tickets\.jsonl:1: "):
        list(read_zendesk(FIX / "zendesk_tickets.jsonl"))


def test_intercom_bot_ai_notes_and_events() -> None:
    t = one(read_intercom(FIX / "intercom_conversation.json"))
    assert t.id == "1911149811"
    assert t.channel == "chat"
    # source (user), Fin (bot), user, Rita (admin), Rita's AI-generated answer (bot)
    assert roles(t) == ["customer", "bot", "customer", "agent", "bot"]
    assert t.agent_id == "991267"
    assert t.customer_id == "5310d8e7598c9a0b24000002"
    assert t.metadata["dropped_internal_notes"] == 1
    assert t.metadata["dropped_events"] == 1
    assert (
        t.turns[1].text == "You can change it under Account > Plan. Want me to walk you through it?"
    )
    assert [turn.metadata["part_id"] for turn in t.turns] == ["403918330", "p1", "p2", "p5", "p6"]


def test_intercom_team_author_is_refused(tmp_path: Path) -> None:
    doc = json.loads((FIX / "intercom_conversation.json").read_text())
    doc["conversation_parts"]["conversation_parts"][4]["author"]["type"] = "team"
    with pytest.raises(InputFormatError, match=r"conversation_parts\[4\]\.author\.type.*team"):
        list(read_intercom(write(tmp_path, "i.json", doc)))


def test_freshdesk_description_replies_and_private_notes() -> None:
    t = one(read_freshdesk(FIX / "freshdesk_ticket.json"))
    assert t.id == "20"
    assert t.channel == "email"
    assert roles(t) == ["customer", "agent", "customer"]
    assert t.turns[0].text == "The download button does nothing."
    assert t.agent_id == "2002" and t.customer_id == "1001"
    assert t.metadata["dropped_internal_notes"] == 1


def test_freshdesk_public_note_by_a_stranger_is_refused(tmp_path: Path) -> None:
    doc = json.loads((FIX / "freshdesk_ticket.json").read_text())
    doc["conversations"].append(
        {"id": 9, "body_text": "FYI", "incoming": False, "private": False, "user_id": 77,
         "source": 2, "created_at": "2026-05-10T11:00:00Z"}
    )  # fmt: skip
    path = write(tmp_path, "f.json", doc)
    with pytest.raises(InputFormatError, match=r"conversations\[3\]\.user_id.*'77'"):
        list(read_freshdesk(path))
    t = one(read_freshdesk(path, agent_ids=[77]))
    assert roles(t)[-1] == "agent"


def test_freshdesk_outbound_ticket_opens_with_the_agent(tmp_path: Path) -> None:
    doc = json.loads((FIX / "freshdesk_ticket.json").read_text())
    doc["source"] = 10
    t = one(read_freshdesk(write(tmp_path, "f.json", doc)))
    assert t.turns[0].role == "agent" and t.turns[0].speaker_id == "2002"


# -- Twitter -----------------------------------------------------------------------------------


def test_twcs_threads_rebuilt_from_reply_links() -> None:
    items = list(read_twcs(FIX / "twcs_threads.csv", errors="collect"))
    ts = [i for i in items if isinstance(i, Transcript)]
    fails = [i for i in items if isinstance(i, Failure)]
    assert [t.id for t in ts] == ["twcs-1001", "twcs-3001"]
    first = ts[0]
    assert roles(first) == ["customer", "agent", "customer", "agent"]
    assert first.agent_id == "NorthwindCares" and first.customer_id == "900001"
    assert first.channel == "social"
    assert [turn.metadata["tweet_id"] for turn in first.turns] == ["1001", "1002", "1003", "1004"]
    assert first.turns[1].timestamp is not None and first.turns[1].timestamp.minute == 4
    assert ts[1].metadata["partial"] is True  # 3001 answers a tweet not in the file
    assert len(fails) == 1 and fails[0].line == 6 and "twcs-2001" in fails[0].message


def test_twcs_unanswered_threads_can_be_dropped_on_request() -> None:
    ts = list(read_twcs(FIX / "twcs_threads.csv", unanswered="drop"))
    assert [t.id for t in ts if isinstance(t, Transcript)] == ["twcs-1001", "twcs-3001"]
    with pytest.raises(InputFormatError, match="no reply from a company"):
        list(read_twcs(FIX / "twcs_threads.csv"))


def test_twcs_bad_inbound_value_is_located(tmp_path: Path) -> None:
    text = (FIX / "twcs_threads.csv").read_text().replace("1003,900001,True", "1003,900001,maybe")
    path = write(tmp_path, "t.csv", text)
    items = list(read_twcs(path, errors="collect", unanswered="drop"))
    bad = [i for i in items if isinstance(i, Failure)]
    assert len(bad) == 1 and bad[0].line == 4 and "'maybe'" in bad[0].message


def test_twcs_missing_columns_are_named(tmp_path: Path) -> None:
    path = write(tmp_path, "t.csv", "tweet_id,author_id,text\n1,a,hi\n")
    with pytest.raises(InputFormatError, match="inbound"):
        list(read_twcs(path))


# -- vCon --------------------------------------------------------------------------------------


def test_vcon_text_dialogs() -> None:
    t = one(read_vcon(FIX / "vcon_chat.json"))
    assert t.id == "018f0000-0000-8000-8000-00000000c0a1"
    assert t.channel == "chat"
    assert roles(t) == ["customer", "agent"]
    # contact addresses become stable pseudonyms, never ids that carry PII
    assert t.agent_id is not None and t.agent_id.startswith("party-")
    assert t.customer_id is not None and t.customer_id.startswith("party-")
    assert "northwind" not in t.model_dump_json() and "5555550100" not in t.model_dump_json()
    assert t.metadata["dropped_dialogs"] == 1
    again = one(read_vcon(FIX / "vcon_chat.json"))
    assert (again.agent_id, again.customer_id) == (t.agent_id, t.customer_id)


def test_vcon_party_ids_are_pseudonyms_of_contacts() -> None:
    from csskills.io.formats.vcon import party_id

    assert party_id({"uuid": "agent-noor", "mailto": "noor@x.example"}) == "agent-noor"
    assert party_id({"tel": "+1 (555) 555-0100"}) == party_id({"tel": "tel:+15555550100"})
    assert party_id({"mailto": "Jo@X.example"}) == party_id({"mailto": "mailto:jo@x.example"})
    assert party_id({"mailto": "jo@x.example"}) != party_id({"tel": "jo@x.example"})
    assert party_id({"name": "Jo"}) == "Jo" and party_id({}) is None


def test_vcon_recording_needs_speaker_labels_mapped_to_parties() -> None:
    with pytest.raises(InputFormatError, match="diarisation label"):
        list(read_vcon(FIX / "vcon_call.json"))
    t = one(read_vcon(FIX / "vcon_call.json", speaker_parties={"A": 0, "B": 1}))
    assert t.channel == "voice"
    assert roles(t) == ["customer", "agent"]
    assert (t.turns[1].start, t.turns[1].end) == (3.6, 9.9)
    assert t.agent_id == "agent-noor"


def test_vcon_party_without_role_is_refused(tmp_path: Path) -> None:
    doc = json.loads((FIX / "vcon_chat.json").read_text())
    del doc["parties"][1]["role"]
    path = write(tmp_path, "v.json", doc)
    with pytest.raises(InputFormatError, match=r"parties\[1\]\.role"):
        list(read_vcon(path))
    assert roles(one(read_vcon(path, party_roles={1: "agent"}))) == ["customer", "agent"]
    assert roles(one(read_vcon(path, party_roles={"Max Agent": "agent"}))) == [
        "customer",
        "agent",
    ]


def test_vcon_recording_without_transcript_is_an_error(tmp_path: Path) -> None:
    doc = json.loads((FIX / "vcon_call.json").read_text())
    doc["analysis"] = []
    with pytest.raises(InputFormatError, match="does not transcribe audio"):
        list(read_vcon(write(tmp_path, "v.json", doc)))


def test_vcon_base64url_body(tmp_path: Path) -> None:
    import base64

    doc = json.loads((FIX / "vcon_chat.json").read_text())
    body = "Yes — roaming is included."
    doc["dialog"][1]["encoding"] = "base64url"
    doc["dialog"][1]["body"] = base64.urlsafe_b64encode(body.encode()).decode().rstrip("=")
    t = one(read_vcon(write(tmp_path, "v.json", doc)))
    assert t.turns[1].text == body


# -- generic mapping ---------------------------------------------------------------------------


def test_generic_csv_with_mapping_groups_rows_by_id() -> None:
    ts = [t for t in read(FIX / "generic_turns.csv", mapping=GENERIC_MAP)]
    assert [t.id for t in ts if isinstance(t, Transcript)] == ["T-1", "T-2"]
    t1 = ts[0]
    assert isinstance(t1, Transcript)
    assert roles(t1) == ["customer", "agent", "customer"]  # non-adjacent rows joined in order
    assert t1.agent_id == "s-7"
    assert t1.turns[2].text == "Thank you!"


def test_generic_unmapped_role_value_is_located() -> None:
    mapping = "id=ticket,role=sender,text=body,role.customer=Client"
    items = list(read_mapped(FIX / "generic_turns.csv", mapping, errors="collect"))
    assert all(isinstance(i, Failure) for i in items)
    assert items[0].transcript_id == "T-1" and items[0].line == 3
    assert "'Staff'" in items[0].message and "role.agent=Staff" in items[0].message


def test_generic_mapping_parse_and_errors() -> None:
    m = ColumnMapping.parse("id=t, role=r, text=b, role.agent=Staff|Agent, role.bot=Nori")
    assert (m.id, m.role, m.text) == ("t", "r", "b")
    table = m.role_table()
    assert table["staff"] == "agent" and table["agent"] == "agent" and table["nori"] == "bot"
    with pytest.raises(ValueError, match="unknown field 'foo'"):
        ColumnMapping.parse("id=a,foo=b")
    with pytest.raises(ValueError, match="'boss' is not a role"):
        ColumnMapping.parse("role.boss=X")
    with pytest.raises(ValueError, match="NAME=COLUMN"):
        ColumnMapping.parse("id")


def test_generic_missing_column_is_named() -> None:
    with pytest.raises(InputFormatError, match="'speaker' not in the header"):
        list(read_mapped(FIX / "generic_turns.csv", "id=ticket,role=speaker,text=body"))


def test_generic_jsonl(tmp_path: Path) -> None:
    rows = [
        {"conv": "a", "who": "agent", "msg": "Hello, how can I help?", "t0": 0, "t1": 2.5},
        {"conv": "a", "who": "customer", "msg": "My bill is wrong.", "t0": 3, "t1": 5},
    ]
    path = write(tmp_path, "x.jsonl", "\n".join(json.dumps(r) for r in rows))
    t = one(
        read(path, mapping=ColumnMapping(id="conv", role="who", text="msg", start="t0", end="t1"))
    )
    assert roles(t) == ["agent", "customer"] and t.turns[0].end == 2.5


def test_generic_needs_a_mapping() -> None:
    with pytest.raises(ValueError, match="needs a column mapping"):
        read(FIX / "generic_turns.csv", "generic")


# -- shared behaviour --------------------------------------------------------------------------


def test_broken_json_is_located(tmp_path: Path) -> None:
    path = write(tmp_path, "x.jsonl", '{"ticket": {"id": 1}, "comments": []}\n{"ticket": \n')
    items = list(read_zendesk(path, errors="collect"))
    assert [i.line for i in items if isinstance(i, Failure)] == [1, 2]
    assert "not valid JSON" in items[1].message  # type: ignore[union-attr]


def test_missing_file_is_a_located_error(tmp_path: Path) -> None:
    with pytest.raises(InputFormatError, match="no such file"):
        list(read_intercom(tmp_path / "nope.json"))


@pytest.mark.parametrize(
    ("markup", "text"),
    [
        ("<p>Hi</p><p>there</p>", "Hi\nthere"),
        ("a&amp;b &lt;c&gt;", "a&b <c>"),
        ("line<br/>break", "line\nbreak"),
        ("<div>  spaced   out </div>", "spaced out"),
    ],
)
def test_html_to_text(markup: str, text: str) -> None:
    assert html_to_text(markup) == text


def test_every_importer_output_is_scorable() -> None:
    import csskills

    options: dict[str, dict[str, Any]] = {"vcon_call.json": {"speaker_parties": {"A": 0, "B": 1}}}
    for path in sorted(FIX.glob("*.json")):
        for t in read(path, **options.get(path.name, {})):
            assert isinstance(t, Transcript)
            a = csskills.evaluate(t)
            assert a.transcript_id == t.id
            for score in a.scores.values():
                for e in score.evidence:
                    assert t.turns[e.turn].text[e.start : e.end] == e.text


def test_fields_over_the_csv_modules_limit_are_read(tmp_path: Path) -> None:
    """csv refuses fields over 131,072 characters by default; a long tweet thread or e-mail
    is longer. Both CSV importers read them (turn limits still apply afterwards)."""
    import csv

    before = csv.field_size_limit()
    long_text = "Sorry about that. " * 10_000  # 180,000 characters
    twcs = tmp_path / "twcs.csv"
    twcs.write_text(
        "tweet_id,author_id,inbound,created_at,text,response_tweet_id,in_response_to_tweet_id\n"
        "1,900001,True,Mon Jan 05 09:00:00 +0000 2026,help,2,\n"
        f'2,Acme,False,Mon Jan 05 09:04:10 +0000 2026,"{long_text}",,1\n'
    )
    (thread,) = read_twcs(twcs)
    assert isinstance(thread, Transcript) and len(thread.turns[1].text) == len(long_text)
    generic = tmp_path / "turns.csv"
    generic.write_text(f'id,role,text\nc1,customer,help\nc1,agent,"{long_text}"\n')
    (mapped,) = read_mapped(generic, "id=id,role=role,text=text")
    assert isinstance(mapped, Transcript) and len(mapped.turns[1].text) == len(long_text)
    assert csv.field_size_limit() == before, "the csv module's limit is restored"
