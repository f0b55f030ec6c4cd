"""Language codes as film files write them, made one form: ISO 639-2/B ("fre", "ger", "eng").

Kodi, Jellyfin and the video files they read name a stream's language by
ISO 639-1 ("fr"), 639-2/B ("fre", as Matroska does) or 639-2/T ("fra"); the
same language written two ways is one language. Names and codes no table
knows are kept as they are written. (Qt names the codes where they are
shown; this module is Qt-free, for the readers.)
"""

from __future__ import annotations

from typing import Final

_PAIRS: Final = (
    "aa:aar ab:abk ae:ave af:afr ak:aka am:amh an:arg ar:ara as:asm av:ava ay:aym az:aze "
    "ba:bak be:bel bg:bul bi:bis bm:bam bn:ben bo:tib br:bre bs:bos ca:cat ce:che ch:cha "
    "co:cos cr:cre cs:cze cu:chu cv:chv cy:wel da:dan de:ger dv:div dz:dzo ee:ewe el:gre "
    "en:eng eo:epo es:spa et:est eu:baq fa:per ff:ful fi:fin fj:fij fo:fao fr:fre fy:fry "
    "ga:gle gd:gla gl:glg gn:grn gu:guj gv:glv ha:hau he:heb hi:hin ho:hmo hr:hrv ht:hat "
    "hu:hun hy:arm hz:her ia:ina id:ind ie:ile ig:ibo ii:iii ik:ipk io:ido is:ice it:ita "
    "iu:iku ja:jpn jv:jav ka:geo kg:kon ki:kik kj:kua kk:kaz kl:kal km:khm kn:kan ko:kor "
    "kr:kau ks:kas ku:kur kv:kom kw:cor ky:kir la:lat lb:ltz lg:lug li:lim ln:lin lo:lao "
    "lt:lit lu:lub lv:lav mg:mlg mh:mah mi:mao mk:mac ml:mal mn:mon mr:mar ms:may mt:mlt "
    "my:bur na:nau nb:nob nd:nde ne:nep ng:ndo nl:dut nn:nno no:nor nr:nbl nv:nav ny:nya "
    "oc:oci oj:oji om:orm or:ori os:oss pa:pan pi:pli pl:pol ps:pus pt:por qu:que rm:roh "
    "rn:run ro:rum ru:rus rw:kin sa:san sc:srd sd:snd se:sme sg:sag si:sin sk:slo sl:slv "
    "sm:smo sn:sna so:som sq:alb sr:srp ss:ssw st:sot su:sun sv:swe sw:swa ta:tam te:tel "
    "tg:tgk th:tha ti:tir tk:tuk tn:tsn to:ton tr:tur ts:tso tt:tat ty:tah ug:uig uk:ukr "
    "ur:urd uz:uzb ve:ven vi:vie vo:vol wa:wln wo:wol xh:xho yi:yid yo:yor za:zha zh:chi "
    "zu:zul iw:heb in:ind ji:yid"
)
_PART1: Final = dict(pair.split(":") for pair in _PAIRS.split(" "))
"""ISO 639-1 (and three withdrawn codes still written: iw, in, ji) to 639-2/B."""

_TERMINOLOGY: Final = {
    "sqi": "alb",
    "hye": "arm",
    "eus": "baq",
    "mya": "bur",
    "zho": "chi",
    "ces": "cze",
    "nld": "dut",
    "fra": "fre",
    "kat": "geo",
    "deu": "ger",
    "ell": "gre",
    "isl": "ice",
    "mkd": "mac",
    "msa": "may",
    "mri": "mao",
    "fas": "per",
    "ron": "rum",
    "slk": "slo",
    "bod": "tib",
    "cym": "wel",
}
"""The twenty languages whose 639-2/T code is not their 639-2/B code."""


def language_code(text: str) -> str:
    """``text`` as one code per language: "fra", "fre" and "fr" are all "fre".

    Region suffixes go ("pt-BR" is "por") and three-letter codes are written
    in lower case; anything else (a name such as "English") is returned as
    written.
    """
    code = text.strip()
    base = code.split("-", 1)[0].split("_", 1)[0].lower()
    if not (base.isascii() and base.isalpha()):
        return code
    if len(base) == 2:
        return _PART1.get(base, code)
    if len(base) == 3:
        return _TERMINOLOGY.get(base, base)
    return code
