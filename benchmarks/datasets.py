"""Loaders for the labelled research data sets used to validate csskills.

Every loader takes the data folder (``../shared/data`` in CI) and yields small
plain records. Nothing here is part of the library: the data sets are only read
at benchmark time and never copied into the repository.

Run ``python benchmarks/datasets.py --data ../shared/data`` to print item counts
and label distributions (to compare with each folder's ``PROVENANCE.md``).
"""

from __future__ import annotations

import argparse
import collections
import csv
import json
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import numpy as np

csv.field_size_limit(sys.maxsize)

SWDA_APOLOGY = "fa"
SWDA_THANKING = "ft"
ESCONV_STRATEGIES = ("Question", "Restatement or Paraphrasing", "Providing Suggestions")
TYDIP_LANGUAGES = ("en", "es", "hu")


@dataclass(frozen=True, slots=True)
class Utterance:
    """One labelled utterance with the previous utterance by the other party."""

    id: str
    context: str | None
    text: str
    label: str


@dataclass(frozen=True, slots=True)
class PostResponse:
    """An EPITOME (seeker post, response) pair with its mechanism level 0/1/2."""

    id: str
    seeker: str
    response: str
    level: int


@dataclass(frozen=True, slots=True)
class ScoredText:
    """A request with a continuous politeness score; ``polite`` is None outside the quartiles."""

    id: str
    text: str
    score: float
    polite: bool | None


@dataclass(frozen=True, slots=True)
class LabelledText:
    """A single text (tweet) with a raw class label and a binary positive flag."""

    id: str
    text: str
    label: str
    positive: bool


@dataclass(frozen=True, slots=True)
class Dialogue:
    """A whole dialogue as (role, text) turns, role in {"customer", "agent"}, with mean scores."""

    id: str
    turns: tuple[tuple[str, str], ...]
    scores: dict[str, float]


@dataclass(frozen=True, slots=True)
class TaggedTweet:
    """An ERICSSON labelled tweet: agent actions (outbound) or customer topics (inbound)."""

    id: str
    company: str
    role: str
    text: str
    tags: frozenset[str]


def _csv_rows(path: Path, **kwargs: object) -> Iterator[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        yield from csv.DictReader(fh, **kwargs)  # type: ignore[arg-type]


def swda(data_dir: Path | str) -> Iterator[Utterance]:
    """Switchboard DA utterances, one file per conversation (``Speaker|text|tag``).

    In this processed copy (NathanDuran/Switchboard-Corpus) the tag is the last
    ``|`` field and is already collapsed to the 41 SWBD-DAMSL classes of
    ``metadata/label_map.txt`` (no ``^`` / ``(`` suffix variants such as
    ``fa^r``), so apology is exactly ``fa`` and thanking exactly ``ft``.
    ``context`` is the most recent earlier utterance by the other speaker (None
    at the start of a conversation).
    """
    folder = Path(data_dir) / "swda" / "conversations"
    for path in sorted(folder.glob("*.txt")):
        last: dict[str, str] = {}
        with path.open(encoding="utf-8") as fh:
            for i, line in enumerate(fh):
                speaker, text, tag = line.rstrip("\n").rsplit("|", 2)
                other = "B" if speaker == "A" else "A"
                if text.strip():
                    yield Utterance(f"swda-{path.stem}-{i}", last.get(other), text, tag.strip())
                    last[speaker] = text


def esconv(data_dir: Path | str) -> Iterator[Utterance]:
    """ESConv supporter turns (train+valid+test) with the most recent seeker turn as context."""
    folder = Path(data_dir) / "esconv"
    for split in ("train", "valid", "test"):
        with (folder / f"{split}.jsonl").open(encoding="utf-8") as fh:
            for n, line in enumerate(fh):
                conv = json.loads(line)
                seeker: str | None = None
                for i, turn in enumerate(conv["dialog"]):
                    text = turn["text"].strip()
                    if turn["speaker"] == "usr":
                        seeker = text or seeker
                    elif text and turn.get("strategy"):
                        yield Utterance(f"esconv-{split}-{n}-{i}", seeker, text, turn["strategy"])


def epitome(data_dir: Path | str, mechanism: str = "emotional-reactions") -> Iterator[PostResponse]:
    """EPITOME Reddit pairs for one mechanism file (default: emotional reactions)."""
    path = Path(data_dir) / "epitome" / f"{mechanism}-reddit.csv"
    for row in _csv_rows(path):
        yield PostResponse(
            f"epitome-{row['sp_id']}-{row['rp_id']}",
            row["seeker_post"].strip(),
            row["response_post"].strip(),
            int(row["level"]),
        )


def _quartile_labelled(rows: list[tuple[str, str, float]]) -> Iterator[ScoredText]:
    scores = np.array([s for _, _, s in rows])
    q1, q3 = np.percentile(scores, [25, 75])
    for id_, text, score in rows:
        polite = True if score >= q3 else False if score <= q1 else None
        yield ScoredText(id_, text, score, polite)


def politeness(data_dir: Path | str, community: str = "wikipedia") -> Iterator[ScoredText]:
    """Stanford Politeness requests; top vs bottom quartile of Normalized Score over the file.

    As in Danescu-Niculescu-Mizil et al. (2013): ``polite`` is True for the top
    25%, False for the bottom 25%, None in between.
    """
    name = "wikipedia" if community == "wikipedia" else "stack-exchange"
    path = Path(data_dir) / "stanford-politeness" / f"{name}.annotated.csv"
    rows = [
        (f"politeness-{name}-{r['Id']}", r["Request"].strip(), float(r["Normalized Score"]))
        for r in _csv_rows(path)
    ]
    yield from _quartile_labelled(rows)


def tydip(data_dir: Path | str, language: str = "en") -> Iterator[ScoredText]:
    """TyDiP binary test file of one language (``polite`` = score > 0, as in the paper)."""
    path = Path(data_dir) / "tydip" / "binary" / f"{language}_test_binary.csv"
    for i, row in enumerate(_csv_rows(path)):
        score = float(row["score"])
        yield ScoredText(f"tydip-{language}-{i}", row["sentence"].strip(), score, score > 0)


def _stc3_dialogues(path: Path, split: str) -> Iterator[Dialogue]:
    roles = {"customer": "customer", "helpdesk": "agent"}
    with path.open(encoding="utf-8") as fh:
        data = json.load(fh)
    for dialog in data:
        turns = tuple(
            (roles[t["sender"]], " ".join(u.strip() for u in t["utterances"]).strip())
            for t in dialog["turns"]
        )
        scores: dict[str, float] = {}
        annotations = dialog.get("annotations") or []
        for key in ("A", "S", "E"):
            values = [a["quality"][key] for a in annotations]
            if values:
                scores[key] = float(np.mean(values))
        yield Dialogue(f"stc3-{split}-{dialog['id']}", turns, scores)


def stc3(data_dir: Path | str, split: str = "train") -> Iterator[Dialogue]:
    """STC-3 English dialogues; scores = mean A, S, E over the annotators (train only).

    ``helpdesk`` turns become ``agent`` turns; a turn's utterances are joined with a space.
    """
    yield from _stc3_dialogues(Path(data_dir) / "stc3-dch" / f"{split}_data_en.json", split)


def davidson(data_dir: Path | str) -> Iterator[LabelledText]:
    """Davidson et al. tweets; positive = offensive (1) or hate (0), negative = neither (2)."""
    path = Path(data_dir) / "davidson-offensive" / "labeled_data.csv"
    for row in _csv_rows(path):
        yield LabelledText(f"davidson-{row['']}", row["tweet"], row["class"], row["class"] != "2")


def offenseval_turkish(data_dir: Path | str) -> Iterator[LabelledText]:
    """OffensEval 2020 Turkish training TSV (no header): id, tweet, OFF|NOT."""
    path = Path(data_dir) / "offenseval2020-turkish" / "offenseval-tr-training-v1.tsv"
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            id_, text, label = line.rstrip("\n").split("\t")
            yield LabelledText(f"offenseval-tr-{id_}", text, label, label == "OFF")


def ericsson(data_dir: Path | str) -> Iterator[TaggedTweet]:
    """ERICSSON labelled tweets: outbound = agent (actions), inbound = customer (topics).

    Tags are the multi-hot columns after ``company`` whose value is 1.
    """
    folder = Path(data_dir) / "ericsson-twcs-labeled" / "csv" / "labeled"
    for path in sorted(folder.glob("twcs-*.csv")):
        role = "agent" if path.stem.endswith("outbound") else "customer"
        with path.open(encoding="utf-8", newline="") as fh:
            reader = csv.DictReader(fh)
            fields = reader.fieldnames or []
            tag_cols = fields[fields.index("company") + 1 :]
            for row in reader:
                tags = frozenset(c for c in tag_cols if row[c].strip() not in ("", "0", "0.0"))
                yield TaggedTweet(
                    f"ericsson-{row['tweet_id']}", row["company"], role, row["text"], tags
                )


def tweetsumm(data_dir: Path | str) -> Iterator[Dialogue]:
    """TweetSumm dialogues as reconstructed in ``with_text_laradji/twitter.json`` (no labels)."""
    path = Path(data_dir) / "tweetsumm" / "with_text_laradji" / "twitter.json"
    with path.open(encoding="utf-8") as fh:
        documents = json.load(fh)["document"]
    roles = {"Customer": "customer", "Agent": "agent"}
    for doc in documents:
        head, *parts = doc.split("\n\t")
        turns = []
        for part in parts:
            role, _, text = part.partition(":\t")
            if role in roles and text.strip():
                turns.append((roles[role], text.strip()))
        yield Dialogue(f"tweetsumm-{head.strip()}", tuple(turns), {})


def _summary(data_dir: Path) -> None:
    """Print counts and label distributions for every loader."""

    def show(name: str, counter: collections.Counter[object]) -> None:
        total = sum(counter.values())
        top = ", ".join(f"{k}: {v}" for k, v in counter.most_common(12))
        print(f"{name:28s} n={total:<7d} {top}")

    sw = collections.Counter(u.label for u in swda(data_dir))
    show(
        "swda (fa/ft/other)",
        collections.Counter(
            {"fa": sw["fa"], "ft": sw["ft"], "other": sum(sw.values()) - sw["fa"] - sw["ft"]}
        ),
    )
    show("esconv strategies", collections.Counter(u.label for u in esconv(data_dir)))
    show("epitome emotional level", collections.Counter(p.level for p in epitome(data_dir)))
    show("politeness wiki quartile", collections.Counter(s.polite for s in politeness(data_dir)))
    for lang in TYDIP_LANGUAGES:
        show(f"tydip {lang} polite", collections.Counter(s.polite for s in tydip(data_dir, lang)))
    train = list(stc3(data_dir, "train"))
    s_mean = np.mean([d.scores["S"] for d in train])
    show(
        f"stc3 train (turns; mean S {s_mean:.2f})",
        collections.Counter(r for d in train for r, _ in d.turns),
    )
    show(
        "stc3 test (turns)",
        collections.Counter(r for d in stc3(data_dir, "test") for r, _ in d.turns),
    )
    show("davidson class", collections.Counter(t.label for t in davidson(data_dir)))
    show("offenseval-tr", collections.Counter(t.label for t in offenseval_turkish(data_dir)))
    er = list(ericsson(data_dir))
    show("ericsson roles", collections.Counter(t.role for t in er))
    show(
        "ericsson agent tags",
        collections.Counter(g for t in er if t.role == "agent" for g in t.tags),
    )
    show(
        "tweetsumm (turns)", collections.Counter(r for d in tweetsumm(data_dir) for r, _ in d.turns)
    )


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data", type=Path, required=True, help="the shared data folder")
    _summary(parser.parse_args().data)
