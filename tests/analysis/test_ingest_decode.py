"""Decoding: legacy code pages are told apart by how plausible the result reads."""

from __future__ import annotations

import pytest

from analysis.ingest import LoadFailure
from analysis.ingest.decode import decode

SAMPLES = [
    ("Cumhurbaşkanı Yılmaz, hastaneye yapılan saldırının kabul edilemez olduğunu söyledi.", "cp1254"),
    ("Işık söndü.", "cp1254"),
    ("Çağrı ışığı", "iso8859_9"),
    ("Ölüm sayısı 34'e yükseldi.", "cp1254"),
    ("Президент заявил, что удар по больнице недопустим.", "cp1251"),
    ("Президент заявил, что удар по больнице недопустим.", "koi8_r"),
    ("Президент заявил, что удар по больнице недопустим.", "cp866"),
    ("Привет, мир!", "cp1251"),
    ("Мир", "cp1251"),
    ("Президент заявив, що удар по лікарні є неприпустимим і її треба відбудувати.", "cp1251"),
    ("Die Straße wird über Nacht geräumt, sagte der Bürgermeister.", "cp1252"),
    ("Le ministère a déclaré que la frappe était « inacceptable ».", "cp1252"),
    ("Minister powiedział, że szpital został zniszczony przez ostrzał.", "cp1250"),
    ("Ministr řekl, že nemocnice byla zničena při útoku.", "cp1250"),
    ("Ο υπουργός δήλωσε ότι το νοσοκομείο καταστράφηκε.", "cp1253"),
    ("Café", "cp1252"),
]


@pytest.mark.parametrize(("text", "encoding"), SAMPLES)
def test_legacy_code_page_is_recognised(text: str, encoding: str) -> None:
    assert decode(text.encode(encoding)).text == text


def test_utf8_and_boms() -> None:
    text = "Şehirde ağır hasar var — «очень»."
    assert decode(text.encode("utf-8")).encoding == "utf-8"
    for codec in ("utf-8-sig", "utf-16", "utf-32"):
        assert decode(text.encode(codec)).text == text
    assert decode(text.encode("utf-16-le")).text == text  # no BOM: NUL bytes give it away


def test_utf8_with_stray_code_page_bytes() -> None:
    data = "Müller sagte, die Brücke sei sicher. ".encode() + "Das Café bleibt geöffnet.".encode("cp1252")
    decoded = decode(data)
    assert decoded.text == "Müller sagte, die Brücke sei sicher. Das Café bleibt geöffnet."
    assert decoded.encoding == "utf-8+cp1252"


def test_declared_charset_breaks_ties_only() -> None:
    assert decode("Crème".encode("cp1252")).text == "Crème"
    assert decode("Crème".encode("cp1252"), declared="windows-1250").text == "Crčme"
    turkish = "Cumhurbaşkanı Yılmaz saldırının kabul edilemez olduğunu söyledi."
    assert decode(turkish.encode("cp1254"), declared="iso-8859-1").text == turkish  # a wrong header loses


def test_override_is_strict() -> None:
    assert decode("Straße".encode("cp1252"), override="latin-1").text == "Straße"
    with pytest.raises(LoadFailure, match="not valid utf-8"):
        decode(b"Stra\xdfe", override="utf-8")
    with pytest.raises(LoadFailure, match="Unknown text encoding"):
        decode(b"x", override="klingon")
