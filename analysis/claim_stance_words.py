"""Word lists of :mod:`analysis.claim_stance`: judgement words, goods and bads, and acts.

Written by us for English argument and news; kept apart so the rules in
:mod:`analysis.claim_stance` read as rules. Every entry is a crude lemma
(:func:`analysis.claim_words.lemma`) so that "harms", "harmed" and "harming" share one.

- *judgements* call their subject good or bad by themselves ("harmful", "protects");
  strong ones weigh 1, mild ones ("costly", "useful") 0.5;
- *goods* and *bads* are things whose growth is welcome or unwelcome ("crime",
  "jobs"): they judge nothing alone, but "reduces crime" and "loses jobs" do;
- *raisers* and *lowerers* move a good or a bad up or down ("increase", "cut");
- *allowing* and *stopping* acts are what a recommendation asks for: "should be
  banned" and "should be allowed" take opposite sides.
"""

from __future__ import annotations

from analysis.claim_words import lemma


def lemmas(words: str) -> frozenset[str]:
    """Return the crude lemmas of the space-separated ``words``."""
    return frozenset(lemma(w) for w in words.split())


STRONG_GOOD = lemmas(
    """
    good great excellent best benefit benefits beneficial help helps helpful improve improves improved
    improvement protect protects protection safe safer fair fairer effective essential success successful
    advantage advantages boost boosts empower empowers enable enables justified justice moral ethical
    legitimate deserve deserves valuable vital crucial necessary save saves saved solve solves solution
    progress prosper prosperity thrive thrives worthwhile healthy healthier heal cure cures respect
    respects worth fix fixes
    """
)
MILD_GOOD = lemmas(
    """
    better useful positive efficient efficiency promote promotes encourage encourages opportunity
    opportunities strengthen strengthens stronger stable stability secure security sustainable affordable
    accessible reasonable rational lawful praise welcome welcomed commend fun enjoyable happy happier
    important support supports allow allows ensure ensures choice choose educate educates educational inform
    informed innovation innovative creative develop development growth contribute contributes easier
    cheaper freely free independent independence responsible wise peaceful trust reliable accurate aid
    facilitate facilitates friendly nutritious appropriate appropriately needed cooperate
    """
)
STRONG_BAD = lemmas(
    """
    bad worse worst harm harms harmful hurt hurts damage damages damaging dangerous danger unsafe unfair
    ineffective useless threat threatens threaten undermine undermines violate violates violation abuse
    abuses exploit exploits exploitation discriminate discrimination discriminatory unjust injustice
    immoral unethical illegitimate irresponsible corrupt corruption cruel cruelty unhealthy addictive
    fail fails failure wrong destroy destroys destructive devastating disastrous disaster kill kills
    deadly toxic suffer suffering oppress oppression oppressive endanger endangers jeopardise jeopardize
    infringe infringes inhumane degrading racist sexist unconstitutional illegal reckless
    severe offence offensive evil exploitative die dies death
    """
)
MILD_BAD = lemmas(
    """
    costly expensive burden burdensome waste wasteful unnecessary problem problems problematic negative
    disadvantage disadvantages weaken weakens hamper hampers hinder hinders overreaching flawed biased
    unjustified condemn condemned criticise criticised criticize criticized risk risky difficult
    inefficient controversial lack lacks lose loses loss limit limits restrict restricts restrictive
    impossible unfairly poor poorly distract distracts distraction excessive inappropriate dependent
    dependency conflict divisive unpopular unreliable inaccurate vulnerable pressure stress isolate
    concern concerns unproductive
    """
)
GOODS = lemmas(
    """
    health safety security economy economic growth job jobs employment income wage wages revenue saving
    savings productivity education learning knowledge freedom liberty rights equality trust peace
    stability quality wellbeing welfare innovation competition investment tourism democracy transparency
    accountability participation access choice opportunity opportunities standard standards life lives
    happiness confidence cooperation diversity awareness efficiency right rights freedom freedoms dignity
    autonomy privacy integrity welfare wellbeing environment
    """
)
BADS = lemmas(
    """
    crime crimes violence cost costs risk risks harm death deaths disease diseases poverty unemployment
    pollution emission emissions waste debt deficit inflation war wars terrorism terror corruption abuse
    inequality discrimination obesity addiction suffering fraud conflict conflicts tension tensions
    stress crime bullying accidents accident injury injuries illness famine hunger racism tax taxes
    burden pain fear censorship dependence dependency cancer offence extinction
    """
)
RAISERS = lemmas(
    """
    increase increases increased raise raises boost boosts grow grows more higher greater rise rises
    create creates add adds expand expands encourage encourages promote promotes cause causes lead leads
    bring brings generate generates fuel fuels spur spurs foster fosters maximise maximize improve
    improves enhance enhances strengthen strengthens ensure ensures guarantee guarantees respect respects
    uphold upholds preserve preserves protect protects save saves facilitate facilitates enable enables
    allow allows
    """
)
LOWERERS = lemmas(
    """
    reduce reduces reduced decrease decreases lower lowers less fewer cut cuts curb curbs limit limits
    prevent prevents stop stops end ends eliminate eliminates avoid avoids minimise minimize fight
    fights combat combats tackle tackles deter deters discourage discourages lose loses fall falls violate
    violates undermine undermines threaten threatens restrict restricts curtail curtails infringe
    infringes deny denies erode erodes damage damages harm harms hurt hurts destroy destroys weaken
    weakens eradicate eradicates remove removes
    """
)
ALLOWING = lemmas(
    """
    allow allowed permit permitted legalise legalised legalize legalized legal keep kept continue
    support supported fund funded introduce introduced adopt adopted accept accepted encourage
    encouraged expand expanded maintain maintained embrace embraced
    """
)
STOPPING = lemmas(
    """
    ban banned prohibit prohibited forbid forbidden outlaw outlawed abolish abolished stop stopped end
    ended restrict restricted limit limited scrap scrapped remove removed reject rejected abandon
    abandoned criminalise criminalised criminalize criminalized illegal censor censored
    """
)
MODALS = frozenset(["should", "must", "ought", "need", "needs", "have", "has"])
NEGATIVE_MODALS = frozenset(["shouldn't", "mustn't", "cannot", "can't"])
NEGATORS = frozenset(["not", "no", "never", "n't", "nothing", "none", "neither", "nor", "without", "hardly"])
CONTRASTS = frozenset(["but", "however", "although", "though", "yet", "whereas", "while"])
# Verbs that charge someone: what follows is the charge, the act of the one accused
# ("accused the senators of capitulating to protect colleagues" praises no one).
CHARGES = lemmas(
    "accuse accuses accused blame blames blamed denounce denounced castigate castigated fault faulted"
)


_CHARGE_WORDS = """accuse accuses accused accusing blame blames blamed blaming denounce denounces denounced
    denouncing castigate castigates castigated castigating fault faults faulted faulting"""
_CHARGE_FORMS = frozenset(_CHARGE_WORDS.split())


def charges(words: frozenset[str]) -> bool:
    """Whether one of ``words`` charges someone (``accused``, ``blames``)."""
    return not words.isdisjoint(_CHARGE_FORMS)
