"""Public pydantic models: what crosses a boundary (JSON, HTTP, UI, Python API)."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_serializer, model_validator

_FROZEN = ConfigDict(extra="forbid", frozen=True)


class SourceLink(BaseModel):
    """One link of a quote's source chain and what the publishing outlet does with it."""

    model_config = _FROZEN

    name: str
    role: Literal["relaying", "quoting", "disputing"] = Field(
        description="relaying: another outlet's report passed on; quoting: a person or body's words; "
        "disputing: the outlet reports this source's claim in order to reject it ('X claimed …, which is not true').",
    )


def chain_label(outlet: str, links: list[SourceLink]) -> str:
    """The label a quote is shown under: 'Rasa News Agency, relaying Al Jazeera, quoting Hassan Heyrani'."""
    return ", ".join([outlet, *(f"{link.role} {link.name}" for link in links)])


class Citation(BaseModel):
    """A verbatim quote from one stored document, labelled with the outlet that published it.

    `quote == document_text[start:end]` always holds for the cleaned document `doc_id`.
    """

    model_config = _FROZEN

    id: str = Field(description="Marker used in the answer text, e.g. '1' for '[1]'.")
    outlet: str
    stance: str | None = None
    doc_id: str
    title: str | None = None
    url: str | None = None
    date: str | None = None
    quote: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    chain: list[str] = Field(
        default_factory=list,
        description="The names of `links`, outermost first, e.g. ['Al Jazeera', 'Hassan Heyrani'] (kept for older "
            "clients).",
    )
    links: list[SourceLink] = Field(
        default_factory=list, description="The source chain with each link's role, outermost first.",
    )
    label: str = Field(
        default="", description="What the quote is shown under, the same on every surface: "
        "'Iran News Update, disputing Al Jazeera'. Filled from `outlet` and `links` when not given; "
        "left out of JSON (with `links`) when the quote has no chain: it is then the outlet.",
    )

    @model_validator(mode="before")
    @classmethod
    def _label_from_links(cls, data):
        """A citation made or read without a label (an older record) gets the one its links give."""
        if isinstance(data, dict) and not data.get("label") and data.get("outlet"):
            links = [SourceLink.model_validate(link) for link in data.get("links") or []]
            data = {**data, "label": chain_label(str(data["outlet"]), links)}
        return data

    @model_serializer(mode="wrap")
    def _contract_unchanged_without_a_chain(self, handler):
        """A quote in the outlet's own voice serialises exactly the issue-3 contract: `links` and `label`
        (then just the outlet) are left out and filled again when read back."""
        data = handler(self)
        if isinstance(data, dict) and not self.links:
            data.pop("links", None)
            data.pop("label", None)
        return data


class Perspective(BaseModel):
    """What one outlet says about a question (`view="perspectives"`), or that it does not address it."""

    model_config = _FROZEN

    outlet: str
    stance: str | None = None
    stance_label: str | None = None
    addresses: bool
    citations: list[str] = Field(default_factory=list, description="Ids of this outlet's citations in the answer.")
    summary: str = Field(description="The outlet's labelled quotes, or 'this outlet does not address it'.")


class FollowUp(BaseModel):
    """How a follow-up question was read against the earlier turns of a conversation."""

    model_config = _FROZEN

    note: str = Field(description="Shown as 'Reading this as: …', e.g. what do X say about “the last question”?")
    question: str = Field(description="The standalone question that was searched.")
    outlets: list[str] = Field(default_factory=list, description="Outlets the follow-up asked about.")
    stances: list[str] = Field(default_factory=list, description="Stance groups the follow-up asked about.")


class Scope(BaseModel):
    """The filters an answer was made with: only these outlets and stance groups were searched."""

    model_config = _FROZEN

    outlets: list[str] = Field(default_factory=list)
    stances: list[str] = Field(default_factory=list)


class SentenceVerdict(BaseModel):
    """One sentence of an LLM-written answer and what the verifier found."""

    model_config = _FROZEN

    text: str = Field(description="The sentence as the model wrote it.")
    verified: bool = Field(description="Neutral framing, or an attributed claim its cited quote supports.")
    why: str
    citations: list[str] = Field(default_factory=list, description="The [n] ids the sentence cites.")
    replaced_by: str | None = Field(default=None, description="The labelled quote shown instead of a failing sentence.")


class Synthesis(BaseModel):
    """An optional LLM-written paragraph; only verified sentences (and labelled quotes) reach `text`."""

    model_config = _FROZEN

    model: str
    text: str | None = Field(default=None,
                             description="The verified answer; None when falling back to the extractive one.")
    sentences: list[SentenceVerdict] = Field(default_factory=list)
    raw: str = Field(default="", description="What the model wrote, before verification.")
    fallback: bool = False
    notice: str | None = Field(default=None, description="Why the extractive answer is shown instead, when it is.")


class NotCoveredPart(BaseModel):
    """One part of a two-part question that no source answers, while the answer quotes the other part."""

    model_config = _FROZEN

    part: str = Field(description="The part, as a question of its own: 'When will the lake thaw?'.")
    missing: str = Field(description="What no source reports, in neutral words: 'the date asked for'.")
    line: str = Field(description="The line that says so at the end of `answer`: 'Not covered: none of the "
                      "indexed sources reports the date asked for (“When will the lake thaw?”).'")


class Answer(BaseModel):
    """The answer contract of `byline ask --json` and `Assistant.ask`."""

    model_config = _FROZEN

    question: str
    answer: str
    abstained: bool
    contested: bool = False
    citations: list[Citation] = Field(default_factory=list)
    not_covered: str | None = Field(
        default=None, description="Set when the sources are about what was asked but none reports it: what is "
        "missing, in neutral words (e.g. 'the figure asked for'). `abstained` is then true and `citations` "
        "hold only related quotes, not an answer. Left out otherwise.",
    )
    not_covered_parts: list[NotCoveredPart] = Field(
        default_factory=list, description="A question of two parts, one answered and one not: per part no source "
        "answers, its words and the line saying so. `abstained` is false and `citations` answer the other part. "
        "Left out when empty.",
    )
    perspectives: list[Perspective] | None = Field(
        default=None, description="Per outlet, grouped by stance; only in the perspectives view (else left out).",
    )
    followup: FollowUp | None = Field(default=None, description="How a follow-up was read (left out otherwise).")
    scope: Scope | None = Field(default=None, description="The filters in effect (left out when none).")
    synthesis: Synthesis | None = Field(
        default=None,
            description="An LLM-written answer, verified sentence by sentence; only when an LLM is used (else left "
                "out).",
    )
    stale_index: str | None = Field(
        default=None, description="Set when the index was built by an older byline and reading cannot bring it "
        "current (its speaker labels): one line saying what is stale and the command that rebuilds it "
        "(`byline ingest`). The answer is the stale index's until then. Left out otherwise.",
    )

    @model_serializer(mode="wrap")
    def _default_view_unchanged(self, handler):
        """A plain question serialises exactly the issue-3 contract: optional parts left out when unset."""
        data = handler(self)
        if isinstance(data, dict):
            for key in ("not_covered", "perspectives", "followup", "scope", "synthesis", "stale_index"):
                if data.get(key) is None:
                    data.pop(key, None)
            if not data.get("not_covered_parts"):
                data.pop("not_covered_parts", None)
        return data


class SourceInfo(BaseModel):
    """One indexed document as listed by `byline sources`."""

    model_config = _FROZEN

    doc_id: str
    source: str
    outlet: str
    stance: str | None = None
    title: str | None = None
    url: str | None = None
    date: str | None = None
    author: str | None = None
    chunks: int
    chars: int
    outlet_source: str | None = Field(
        default=None,
            description="Which rule decided the outlet: registry, metadata, site_name, domain, signature, unknown."
    )
    format: str | None = None
    pages: int | None = Field(default=None, description="Page count, for PDFs.")
    copy_of: str | None = Field(default=None, description="doc_id of the original this document is a near copy of.")
    copies: list[str] = Field(default_factory=list, description="doc_ids of near copies of this document.")
    conflicts: list[str] = Field(default_factory=list,
                                 description="Other registered outlets the document's own metadata names.")


class IngestReport(BaseModel):
    """What one ingest did; `summary()` is the line the CLI prints."""

    model_config = _FROZEN

    new: list[str] = Field(default_factory=list)
    changed: list[str] = Field(default_factory=list)
    unchanged: list[str] = Field(default_factory=list)
    removed: list[str] = Field(default_factory=list)
    skipped: dict[str, str] = Field(default_factory=dict)
    failed: dict[str, str] = Field(default_factory=dict)
    warnings: list[str] = Field(default_factory=list)
    conflicts: dict[str, str] = Field(default_factory=dict,
                                      description="source -> provenance conflict (metadata vs registry, site_name, "
                                      "domain, or another file with the same text)")
    copies: dict[str, str] = Field(default_factory=dict, description="source -> source of the original it copies")
    outlet_rules: dict[str, int] = Field(default_factory=dict, description="documents per outlet detection rule")
    chunks_added: int = 0

    def summary(self) -> str:
        parts = [
            f"{len(self.new)} new",
            f"{len(self.changed)} changed",
            f"{len(self.unchanged)} unchanged",
        ]
        if self.removed:
            parts.append(f"{len(self.removed)} removed")
        if self.skipped:
            parts.append(f"{len(self.skipped)} skipped")
        if self.failed:
            parts.append(f"{len(self.failed)} failed")
        if self.conflicts:
            parts.append(f"{len(self.conflicts)} provenance conflict{'s' if len(self.conflicts) > 1 else ''}")
        if self.copies:
            parts.append(f"{len(self.copies)} linked as {'copy' if len(self.copies) == 1 else 'copies'}")
        return ", ".join(parts)

    def detection(self) -> str:
        """How each document's outlet was found, e.g. 'outlets by registry 5, site_name 2'."""
        counts = sorted(self.outlet_rules.items(), key=lambda kv: (-kv[1], kv[0]))
        return "outlets by " + ", ".join(f"{rule} {n}" for rule, n in counts) if counts else ""
