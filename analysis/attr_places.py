"""Countries and their adjectives: a country that speaks is its government.

``COUNTRIES`` holds folded country names; ``DEMONYMS`` maps a folded adjective to the
country (``"turkish" -> "Turkey"``) so that ``Turkish officials`` are linked to Turkey and
``the Turkish president`` can be checked against a president's affiliation. Fictional
or missing countries are recognised from the text itself (see :func:`places_in`).
"""

from __future__ import annotations

import re

_COUNTRY_LIST = """afghanistan albania algeria andorra angola argentina armenia australia austria azerbaijan
bahamas bahrain bangladesh barbados belarus belgium belize benin bhutan bolivia bosnia botswana brazil
brunei bulgaria burkina burundi cambodia cameroon canada chad chile china colombia comoros congo
croatia cuba cyprus czechia denmark djibouti dominica ecuador egypt eritrea estonia eswatini ethiopia
fiji finland france gabon gambia georgia germany ghana greece grenada guatemala guinea guyana haiti
honduras hungary iceland india indonesia iran iraq ireland israel italy jamaica japan jordan kazakhstan
kenya kiribati kosovo kuwait kyrgyzstan laos latvia lebanon lesotho liberia libya liechtenstein
lithuania luxembourg madagascar malawi malaysia maldives mali malta mauritania mauritius mexico
micronesia moldova monaco mongolia montenegro morocco mozambique myanmar namibia nauru nepal
netherlands nicaragua niger nigeria norway oman pakistan palau palestine panama paraguay peru
philippines poland portugal qatar romania russia rwanda samoa senegal serbia seychelles singapore
slovakia slovenia somalia spain sudan suriname sweden switzerland syria taiwan tajikistan tanzania
thailand togo tonga tunisia turkey turkmenistan tuvalu uganda ukraine uruguay uzbekistan vanuatu
venezuela vietnam yemen zambia zimbabwe britain england scotland wales america"""
_MULTI = [
    "united states", "united kingdom", "south africa", "south korea", "north korea", "saudi arabia",
    "new zealand", "sri lanka", "south sudan", "costa rica", "el salvador", "ivory coast", "east timor",
    "united arab emirates", "dominican republic", "czech republic", "central african republic",
    "sierra leone", "papua new guinea", "burkina faso", "cape verde", "equatorial guinea", "vatican city",
    "the u.s.", "u.s.", "u.k.", "us", "uk", "usa",
]  # fmt: skip
COUNTRIES: frozenset[str] = frozenset(_COUNTRY_LIST.split()) | frozenset(_MULTI)
# US states (folded): a state that speaks is its government ("California and New York
# announced they will sue"). Washington and Georgia are left out: a surname, a country.
_STATE_LIST = """alabama alaska arizona arkansas california colorado connecticut delaware florida hawaii idaho
    illinois indiana iowa kansas kentucky louisiana maine maryland massachusetts michigan minnesota
    mississippi missouri montana nebraska nevada ohio oklahoma oregon pennsylvania tennessee texas utah
    vermont virginia wisconsin wyoming"""
US_STATES: frozenset[str] = frozenset(_STATE_LIST.split()) | frozenset(
    ["new hampshire", "new jersey", "new mexico", "new york", "north carolina", "south carolina",
     "north dakota", "south dakota", "rhode island", "west virginia"]
)  # fmt: skip

_DEMONYM_PAIRS = """american:United States british:United Kingdom russian:Russia turkish:Turkey chinese:China
french:France german:Germany syrian:Syria israeli:Israel iranian:Iran iraqi:Iraq ukrainian:Ukraine
palestinian:Palestine egyptian:Egypt saudi:Saudi Arabia indian:India pakistani:Pakistan afghan:Afghanistan
japanese:Japan korean:Korea mexican:Mexico canadian:Canada italian:Italy spanish:Spain polish:Poland
greek:Greece dutch:Netherlands swedish:Sweden norwegian:Norway danish:Denmark finnish:Finland
belarusian:Belarus georgian:Georgia armenian:Armenia azerbaijani:Azerbaijan lebanese:Lebanon
jordanian:Jordan libyan:Libya yemeni:Yemen sudanese:Sudan somali:Somalia ethiopian:Ethiopia
kenyan:Kenya nigerian:Nigeria brazilian:Brazil argentine:Argentina venezuelan:Venezuela cuban:Cuba
australian:Australia irish:Ireland hungarian:Hungary romanian:Romania serbian:Serbia croatian:Croatia
bulgarian:Bulgaria qatari:Qatar emirati:United Arab Emirates kuwaiti:Kuwait taiwanese:Taiwan
vietnamese:Vietnam thai:Thailand indonesian:Indonesia filipino:Philippines malaysian:Malaysia
kazakh:Kazakhstan uzbek:Uzbekistan moldovan:Moldova lithuanian:Lithuania latvian:Latvia
estonian:Estonia swiss:Switzerland austrian:Austria belgian:Belgium portuguese:Portugal
chilean:Chile colombian:Colombia peruvian:Peru"""
DEMONYMS: dict[str, str] = dict(
    pair.split(":", 1) for pair in re.sub(r"\s+(?=[a-z]+:)", "\n", _DEMONYM_PAIRS).split("\n")
)

_PROPER = re.compile(r"\b[A-Z][a-z]{3,}\b")


def places_in(text: str) -> frozenset[str]:
    """Return folded names the text uses as places, recognised by their adjective.

    A capitalised word ``Kersia`` is a place when the text also says ``Kersian``
    (``Valdoria``/``Valdorian``, ``Korea``/``Korean``): people's names have no adjective.

    Parameters
    ----------
    text : str
        An article text.

    Returns
    -------
    frozenset of str
        Folded place names, e.g. ``{"kersia", "valdoria"}``.
    """
    proper = set(_PROPER.findall(text))
    return frozenset(w.lower() for w in proper if w.endswith("a") and w + "n" in proper)
