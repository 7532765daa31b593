"""Word lists of :mod:`analysis.polarity`: negators, refuting words, frames and their exceptions.

Written by us for English news; kept apart so the rules in :mod:`analysis.polarity`
read as rules.
"""

from __future__ import annotations

NEGATORS = frozenset(
    ["not", "no", "never", "none", "nobody", "nothing", "neither", "nor", "cannot", "without",
     # Contractions typed without the apostrophe ("I cant speak for the first death").
     "cant", "dont", "didnt", "doesnt", "isnt", "wasnt", "arent", "werent", "couldnt", "wouldnt",
     "shouldnt", "havent", "hasnt", "hadnt"]
)  # fmt: skip
# Negators a word reader that keeps hyphens sees whole ("No-one was injured").
HYPHENED_NEGATORS = frozenset(["no-one"])
# Words that make what follows a possibility ("might be alive"), and that open a condition.
MODALS = frozenset(["could", "might", "may", "would", "possibly", "perhaps"])
CONDITIONS = frozenset(["if", "unless"])
# Words that call the content itself untrue ("the report is false").
REFUTERS = frozenset(
    [
        "false", "untrue", "baseless", "groundless", "fabricated", "fabrication", "hoax", "fake", "bogus",
        "myth", "unfounded", "debunked", "incorrect", "inaccurate", "lie", "lies", "nonsense", "nope",
        "falsified", "falsehood", "fictitious", "doctored", "photoshopped", "misleading", "rubbish",
        "debunk", "debunks", "hoaxes", "hoaxer", "fakes", "bullshit", "exaggerated", "fraud", "scam", "sham",
        "concocted", "fabricating", "hoaxed", "untruth", "untruths", "misinformation", "disinformation",
        "unsubstantiated", "spurious", "debunking", "disproven",
    ]
)  # fmt: skip
DENY_FRAMES = frozenset(
    [
        "deny", "denies", "denied", "denying", "denial", "rejected", "rejects", "reject", "refuted",
        "refutes", "refute", "dismissed", "dismisses", "disputed", "disputes", "contradicted",
        "contradicts", "rebuffed", "rebuts", "rebutted", "doubt", "doubts", "doubted", "doubting",
        "sceptical", "skeptical", "retract", "retracts", "retracted", "retraction", "disproved", "disproves",
        "discredited", "discredits", "repudiated", "repudiates",
    ]
)  # fmt: skip
CONFIRM_FRAMES = frozenset(
    [
        "confirm", "confirms", "confirmed", "confirming", "confirmation", "acknowledged", "acknowledges",
        "admitted", "admits", "admit", "verified", "verifies", "corroborated", "corroborates", "proved",
        "proves",
    ]
)  # fmt: skip
# Negators that do not negate the claim: "not only", "no doubt", "nothing but".
IDIOMS = frozenset(
    {
        ("not", "only"),
        ("not", "least"),
        ("not", "just"),
        ("no", "doubt"),
        ("no", "matter"),
        ("nothing", "but"),
        ("none", "other"),
        ("none", "more"),
        ("no", "less"),
        ("or", "not"),
        ("whether", "not"),
        ("not", "whether"),  # "the question was not whether Wal-Mart … but whether …"
        ("if", "not"),
        ("not", "to"),
        # "better late than never", "in skimpy clothing or none at all", "I never dreamed I'd be here".
        ("than", "never"),
        ("or", "none"),
        ("never", "dreamed"),
        ("never", "imagined"),
    }
)


# Refuting nouns call something untrue even after "a" ("the video is a hoax"); others
# ("the myth predicts", "the scam involved") name a thing and count only at a clause end.
REFUTING_NOUNS = frozenset(["hoax", "hoaxes", "fabrication", "falsehood", "nonsense", "rubbish"])
# Things a refuting adjective calls untrue ("a doctored photo", "a falsified story").
REPORTED = frozenset(
    [
        "story", "stories", "report", "reports", "claim", "claims", "news", "photo", "photos", "picture",
        "video", "image", "images", "account", "tweet", "quote", "rumour", "rumor", "document", "letter",
        "footage",
    ]
)  # fmt: skip
# Refuting nouns that call something untrue only as a predicate ("is a fraud", "was a lie").
PREDICATIVE_ONLY = frozenset(["fraud", "scam", "sham", "lie", "lies", "myth", "fake", "fakes", "nonsense"])
PREDICATE_LEAD = frozenset(
    ["a", "an", "is", "was", "are", "were", "be", "all", "total", "complete", "elaborate"]
)
# Frame verbs that dispute a claim only when their object is one ("rejected claims that ...").
NEEDS_CLAIM = frozenset(
    [
        "rejected",
        "rejects",
        "reject",
        "dismissed",
        "dismisses",
        "rebuffed",
        "retract",
        "retracts",
        "retracted",
    ]
)
CLAIM_OBJECTS = frozenset(
    [
        "that", "as", "report", "reports", "claim", "claims", "allegation", "allegations", "accusation",
        "accusations", "story", "stories", "suggestion", "suggestions", "idea", "notion", "rumour", "rumours",
        "rumor", "rumors", "charge", "charges", "assertion", "assertions", "possibility", "speculation",
        "it", "this", "them", "criticism", "findings", "figures", "account", "version", "theory",
    ]
)  # fmt: skip
# "denied bail", "denied entry": refused a thing, disputed nothing.
DENIED_THINGS = frozenset(
    [
        "bail", "service", "services", "entry", "access", "permission", "request", "requests", "visa",
        "visas", "asylum", "parole", "appeal", "treatment", "care", "admission", "benefits", "a", "an",
    ]
)  # fmt: skip
DETERMINERS = frozenset(["the", "any", "his", "her", "their", "its", "all", "these", "those", "such"])
PASSIVE = frozenset(["was", "were", "been", "be", "being", "is", "are"])
OBJECT_REACH = 4
# Words before a frame that cancel it: "did not deny", "no doubt", "beyond doubt".
FRAME_NEGATORS = NEGATORS | {"little", "beyond", "never", "nor"}
FRAME_REACH = 3

# "was not immediately available", "could not be reached", "no comment": news boilerplate
# about the reporting, not a negated claim.
NOT_YET = frozenset(
    ["immediately", "yet", "be", "been", "publicly", "officially", "independently", "directly"]
)
NO_NEWS = frozenset(
    [
        "available", "clear", "known", "reached", "identified", "released", "disclosed", "confirmed",
        "comment", "commented", "respond", "responded", "return", "returned", "say", "elaborate", "verify",
        "verified", "specify", "give", "provide", "details", "immediate", "further", "word", "response",
        "specified", "determined", "answer", "answered",
    ]
)  # fmt: skip
# What a refutation points back at instead of restating it.
REPORT_NOUNS = frozenset(
    [
        "story", "report", "claim", "rumour", "rumor", "allegation", "account", "news", "possibility",
        "photo", "video", "image", "picture", "footage", "article", "speculation", "suggestion", "it",
        "this", "tweet", "post", "reports", "claims", "stories", "rumours", "rumors", "figures",
        "allegations",
    ]
)  # fmt: skip
