"""Key findings: the strongest competing claims quoted side by side, then corroborations.

Claims the analyst dismissed never appear among the findings; they are listed apart, with
the analyst's note, so the reader sees what was set aside and why.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Spacer

from analysis.brief.context import Context
from analysis.brief.doc import Para
from analysis.brief.records import Finding
from analysis.brief.styles import MUTED_HEX
from analysis.brief.tables import cells, finding_pair, grid
from analysis.brief.text import abridge, esc

KEEP_WITH_TABLE = 160
"""Points a section heading needs below it, or it starts on the next page with its table."""
DECISION_LABELS = {
    "confirmed": "confirmed by the analyst",
    "open": "not yet reviewed",
    "dismissed": "dismissed",
}


def key_findings(ctx: Context) -> list[Flowable]:
    """Return the key findings chapter."""
    data, top = ctx.data, ctx.options.max_findings
    story: list[Flowable] = [ctx.heading("Key findings", 0, "findings")]
    conflicts = data.conflicts
    if conflicts:
        shown = min(len(conflicts), top)
        story.append(
            ctx.text(
                f"The sources compete on {len(conflicts)} point{'s' if len(conflicts) != 1 else ''}. "
                f"The {shown} strongest are quoted in full below (claims the analyst confirmed first); "
                "each side is given verbatim with its speaker, how the outlet framed it and where it stands."
            )
        )
    else:
        story.append(ctx.text("No competing claims were found between these sources."))
    for number, finding in enumerate(conflicts[:top], start=1):
        story += _finding_block(ctx, number, finding)
    story += _corroborations(ctx)
    if len(conflicts) > top:
        story += _other_claims(ctx, conflicts[top:], top + 1)
    if data.dismissed:
        story += _dismissed(ctx, data.dismissed)
    return story


def _finding_block(ctx: Context, number: int, finding: Finding) -> list[Flowable]:
    """Return one competing claim: heading, explanation, both sides, the analyst's note."""
    a, b = finding.a.source, finding.b.source
    head = ctx.heading(
        f"{number}. {finding.kind_label}: {a.label} {a.name} vs {b.label} {b.name}", 1, f"finding-{number}"
    )
    for side in (finding.a, finding.b):
        ctx.cites.mark(side.id, number, head.key)
    status = DECISION_LABELS.get(finding.decision, finding.decision)
    why = esc(_sentence(finding.explanation)) or "The two statements are incompatible."
    line = f"{why} <font color='{MUTED_HEX}'>(strength {finding.score:.2f}; {esc(status)})</font>"
    block: list[Flowable] = [
        head,
        ctx.para(line),
        finding_pair(finding, ctx.styles, ctx.audit, ctx.cites, ctx.width),
    ]
    block += [*_note(ctx, finding), Spacer(1, 6)]
    # A finding reads as one unit; quotes are capped (MAX_QUOTE_CHARS), so it fits a page.
    return [KeepTogether(block)]


def _sentence(text: str) -> str:
    """Return ``text`` starting with a capital, as the sentence it is printed as."""
    text = text.strip()
    return text[:1].upper() + text[1:]


def _note(ctx: Context, finding: Finding) -> list[Flowable]:
    """Return the analyst's note on a pair, if any."""
    return [ctx.para(f"<b>Analyst’s note:</b> {esc(finding.note)}", "note")] if finding.note else []


def _corroborations(ctx: Context) -> list[Flowable]:
    found = ctx.data.corroborations
    story: list[Flowable] = [
        CondPageBreak(KEEP_WITH_TABLE),
        ctx.heading("Corroborations across sides", 1, "corroborations"),
    ]
    if not found:
        story.append(ctx.text("No statement was corroborated by a source on another side."))
        return story
    story.append(
        ctx.text(
            f"{len(found)} statement{'s are' if len(found) != 1 else ' is'} confirmed by a source on "
            "another side; these are the points the sides agree on."
        )
    )
    top = ctx.options.max_findings
    for finding in found[:top]:
        explanation = esc(_sentence(finding.explanation)) or "Both sources report the same."
        block: list[Flowable] = [
            ctx.para(f"<b>{esc(finding.kind_label)}.</b> {explanation}", "small"),
            finding_pair(finding, ctx.styles, ctx.audit, ctx.cites, ctx.width),
            *_note(ctx, finding),
        ]
        story += [KeepTogether(block), Spacer(1, 6)]
    if len(found) > top:
        intro = f"{len(found) - top} further corroborations, listed by strength."
        story += _listed(
            ctx, "Further corroborations", "more-agreements", intro, found[top:], top + 1, "agree"
        )
    return story


def _claim_rows(ctx: Context, findings: Sequence[tuple[int, Finding]], verb: str) -> list[list[Para]]:
    st = ctx.styles
    rows = [cells(["#", "Kind", "One side", "Other side", f"Why they {verb}"], st.cell_head)]
    for i, f in findings:
        rows.append(
            [
                ctx.para(str(i), "cell"),
                ctx.para(esc(f.kind_label), "cell"),
                ctx.para(f"{ctx.audit.quote(abridge(f.a.text, 280))} {ctx.cites.cite(f.a)}", "cell"),
                ctx.para(f"{ctx.audit.quote(abridge(f.b.text, 280))} {ctx.cites.cite(f.b)}", "cell"),
                ctx.para(esc(f.explanation) + (f"<br/><i>Note: {esc(f.note)}</i>" if f.note else ""), "cell"),
            ]
        )
    return rows


def _listed(
    ctx: Context,
    title: str,
    key: str,
    intro: str,
    findings: Sequence[Finding],
    first: int,
    verb: str = "compete",
) -> list[Flowable]:
    """Return a titled table of pairs, at most ``max_listed`` rows, saying how many were left out."""
    most = ctx.options.max_listed
    w = ctx.width
    story: list[Flowable] = [
        CondPageBreak(KEEP_WITH_TABLE),
        ctx.heading(title, 1, key),
        ctx.text(intro, "small"),
    ]
    numbered = list(enumerate(findings, start=first))
    # The analyst's decisions and notes are never cut, however weak the pair.
    shown = [(i, f) for n, (i, f) in enumerate(numbered) if n < most or _reviewed(f)]
    rows = _claim_rows(ctx, shown, verb)
    story.append(grid(rows, [w * 0.05, w * 0.13, w * 0.29, w * 0.29, w * 0.24]))
    if len(findings) > len(shown):
        left = len(findings) - len(shown)
        story.append(
            ctx.text(
                f"{left} more, weaker still, are not listed here; they can be reviewed in Parallax "
                "(Claims panel) or in the analysis export.",
                "muted",
            )
        )
    return story


def _reviewed(finding: Finding) -> bool:
    """Return whether the analyst decided on the pair or wrote a note on it."""
    return finding.decision != "open" or bool(finding.note)


def _other_claims(ctx: Context, findings: Sequence[Finding], first: int) -> list[Flowable]:
    intro = f"{len(findings)} weaker or unreviewed competing claims, listed by strength."
    return _listed(ctx, "Further competing claims", "more-claims", intro, findings, first)


def _dismissed(ctx: Context, findings: Sequence[Finding]) -> list[Flowable]:
    intro = (
        "The analyst reviewed these flagged pairs and dismissed them; they are not findings "
        "and are listed only so that nothing is hidden."
    )
    return _listed(ctx, "Set aside by the analyst", "dismissed", intro, findings, 1)
