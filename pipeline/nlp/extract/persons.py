"""Persons in policy prose: which of the statistical NER's PERSON names are actors, and their
canonical form.

Policy texts name officials who sign, speak or announce ("NASA Administrator Bill Nelson",
"Guy Parmelin, Swiss Federal Councillor", "said Persson"), crew members and historical figures.
They also name people who are not actors of the text: authors of cited works ("Smith et al.
(2019)", "(Jones, 2020)") and photographers ("Credit: NASA/Jane Doe"). The functions here are
pure; the component ``spaceclaims_persons`` applies them to a ``Doc``.

- :func:`clean_name` strips titles and honorifics the NER sometimes includes ("President",
  "Dr.") and a possessive, and says whether a title preceded the name;
- :func:`is_citation` recognises an author of a cited work or a photo credit;
- :func:`surname` gives the word a later mention uses ("Persson" for "Mats Persson");
- :func:`acting_surnames` finds the capitalised words that stand alone before a verb.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import numpy as np
    from spacy.tokens import Doc, Span


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


#: Titles and roles written before a name ("NASA Administrator Bill Nelson", "President Moon");
#: honorifics also without their period, as British style writes them ("Dr Anna Berg").
#: A single-word PERSON (a surname) is an actor only after one of these, after "said" / "says",
#: or when it is the surname of a person named in full elsewhere in the document.
DEFAULT_TITLES = sorted(
    _words("""
    President Vice Prime Minister Secretary Administrator Ambassador Director Deputy
    Chairman Chairwoman Chair Chancellor King Queen Emperor Premier Governor Senator
    Representative Rep. Sen. Gov. Mr. Mrs. Ms. Dr. Prof. Professor General Gen. Admiral Adm.
    Colonel Col. Lieutenant Lt. Major Maj. Captain Capt. Commander Astronaut astronaut
    cosmonaut taikonaut Cosmonaut Councillor Councilor Commissioner Minister-President
    Chief Officer Advisor Adviser Spokesperson spokesperson spokesman spokeswoman Envoy
    Administrator-designate Head head director administrator minister secretary ambassador
    engineer designer scientist pilot commander founder manager Judge Justice Pope
    Amb. Member Madam Sheikh Sheikha Congressman Congresswoman Councilman Councilwoman
    Mr Mrs Ms Dr Prof Hon. Hon
    """)
)
_HONORIFICS = _words("""
    Mr. Mrs. Ms. Dr. Prof. Mr Mrs Ms Dr Prof Sir Dame H.E. Amb. Sheikh Sheikha Excellency
    Hon. Hon
    Eng. Eng Engr. Engr
    """)
_SPEECH = _words("said says told stated added noted announced explained")
_CREDIT = re.compile(r"\b(?:credit|credits|photo|photograph|image|courtesy)\s*[:/]", re.I)
_YEAR = re.compile(r"^(?:1[5-9]|20)\d\d[a-z]?$")


def clean_name(words: Sequence[str], titles: frozenset[str]) -> tuple[int, int]:
    """``[start, end)`` of the name inside ``words`` (a PERSON entity's words): leading titles,
    honorifics and lower-case words, and a trailing possessive or punctuation, left out."""
    start, end = 0, len(words)
    while start < end and (
        words[start] in titles or words[start] in _HONORIFICS or not words[start][:1].isupper()
    ):
        start += 1
    while end > start and (
        words[end - 1] in ("'s", "’s", "'", "’") or not words[end - 1][:1].isalnum()
    ):
        end -= 1
    return start, end


#: Words that do not occur in a person's name but do in the names of places, craft, documents
#: and bodies the NER sometimes takes for persons ("Outer Space", "Amazonis Planitia").
NOT_NAME_WORDS = _words("""
    Space Outer Station Module Node Vehicle Lander Rover Orbiter Mission Program Programme
    Project Planitia Mons Crater Basin Sea Mare Moon Mars Earth Lunar Jupiter Venus Saturn
    Dialogue Framework Summit Forum Tests Test Initiative Partnership Agreement Treaty Accords
    Act Order Policy Strategy Plan Report Register Convention Council Committee Agency Office
    Center Centre Institute Laboratory University Foundation Department Ministry Group Fund
    Launch Rocket Satellite Telescope Observatory Capsule Spacecraft Service Services
    Branch Division Directorate Section Bureau Command Headquarters Administration Unit
    Theorem Lemma Corollary Proposition Conjecture Definition Remark Figure Fig Table Equation
    Eq Appendix Model Let
    """)

#: Particles inside names: Dutch and German ("van der", "von", "zu"), Romance ("de", "da",
#: "dos", "del", "della"), Arabic ("bin", "ibn", "al", "el").
PARTICLES = _words("""
    de da das do dos del della di du la le van von der den ter ten zu bin ibn bint al el y
    ní nic ó uí
    """)  # the last: Irish patronymic particles ("Aoife Ní Bhriain" is "Ní Bhriain")

#: What a word of a name is made of: letters (with diacritics), apostrophes, hyphens, periods.
_NAME_WORD = re.compile(r"^[^\W\d_]+(?:['’.-][^\W\d_]*)*\.?$|^-$")
#: Letters of the Greek block: a symbol in scholarly prose ("Gα"), not a name in English text.
_GREEK = re.compile("[\u0370-\u03ff]")
#: Vowels of Latin-script names, with diacritics; a word of three letters or more has one.
_VOWELS = set("aeiouyAEIOUYàáâãäåæèéêëìíîïòóôõöøœùúûüýÿāēīōūăąęěıőűøÀÁÂÄÅÆÈÉÊËÌÍÎÏÒÓÔÖØÙÚÛÜÝ")

#: Initials before a surname ("D.K.", "P.K."); one initial ("V.") passes as a short word.
_INITIALS = re.compile(r"^(?:[A-Z]\.){2,3}$")


def is_name(words: Sequence[str]) -> bool:
    """Whether ``words`` can be a person's name: each word capitalised (particles such as "de",
    "van" and "bin" aside, and a hyphen inside a double name, "Vikmanis - Keller"), no digits,
    none all upper case beyond two letters (an acronym) but initials ("D.K.")."""
    if not words or words[0] == "-" or words[-1] == "-":
        return False
    if not _letters_shape(words):
        return False
    for k, w in enumerate(words):
        if w == "-" or _INITIALS.match(w):
            continue
        if w in NOT_NAME_WORDS:
            return False
        if any(c.isdigit() for c in w):
            return False
        if w.lower() in PARTICLES:
            continue
        if k and words[k - 1] == "-" and w.isalpha() and w.islower():
            continue  # "Ji - won": a Korean given name of two syllables joined by a hyphen
        if not w[:1].isupper() or (w.isupper() and len(w) > 2 and w != "III"):
            return False
    return True


def _letters_shape(words: Sequence[str]) -> bool:
    """Whether ``words`` are shaped like a name rather than the symbols of scholarly prose:
    each word letters only (no math signs, no Greek letters: "M−q Hneck", "Gα"), a word of
    three letters or more with a vowel ("Crn"), a word of two letters or more besides
    initials ("C. D."), and no bare capital letter opening or closing it ("R Nb", "Model C";
    "Harry S Truman" keeps its middle one)."""
    if any(not _NAME_WORD.match(w) or _GREEK.search(w) for w in words):
        return False
    letters = [w.replace(".", "").replace("-", "") for w in words if w != "-"]
    if any(len(w) >= 3 and not _VOWELS.intersection(w) for w in letters):
        return False
    if not any(len(w) >= 2 for w in letters):
        return False
    bare = [len(w) == 1 and w.isupper() for w in words]
    return not (bare[0] or bare[-1])


def is_citation(before: Sequence[str], after: Sequence[str], sentence: str) -> bool:
    """Whether a name with these neighbouring words is a cited author or a photo credit:
    "et al." or a year after it ("Smith (2019)", "Smith, 2019", "Smith 2019"), inside
    parentheses with a year, or in a sentence carrying a credit line ("Credit: ...")."""
    if _CREDIT.search(sentence):
        return True
    nxt = [w for w in after[:3]]
    if nxt[:1] == ["et"] or (nxt and nxt[0] in ("(", ",") and len(nxt) > 1 and _YEAR.match(nxt[1])):
        return True
    if nxt and _YEAR.match(nxt[0]):
        return True
    # "Schwartz and Hearst (2003)", "Smith & Jones, 2020", "Wang Chen and Liu Yang (2019)": a
    # second author of one to three words, then the year.
    if after[:1] in (["and"], ["&"]):
        k = 1
        while k < min(len(after), 4) and after[k][:1].isupper():
            k += 1
        if k > 1 and len(after) > k + 1 and after[k] in ("(", ",") and _YEAR.match(after[k + 1]):
            return True
    return bool(before and before[-1] == "(" and any(_YEAR.match(w) for w in after[:6]))


#: Nouns of an appositive that gives a person's role (", deputy director of the CNSA").
ROLE_NOUNS = _words("""
    official officials minister president director administrator astronaut cosmonaut
    taikonaut engineer commander pilot chair chairman chairwoman head chief spokesperson
    spokesman spokeswoman ambassador secretary scientist designer founder manager officer
    adviser advisor member deputy councillor councilor governor senator representative envoy
    leader premier chancellor king queen general admiral colonel captain specialist researcher
    professor veteran cofounder co-founder ceo crew physicist filmmaker journalist reporter
    correspondent surgeon physician biologist chemist geologist astronomer astrophysicist
    mathematician inventor entrepreneur businessman businesswoman diplomat politician economist
    analyst lawyer attorney historian expert executive
    """)


def tied_after(after: Sequence[str], actor_after: Sequence[bool]) -> bool:
    """Whether the words after a name tie it to a role: a verb of speech ("Persson said") or
    an appositive naming a role or an organisation (", deputy director of the CNSA", ", a
    former State Department official"). ``actor_after[i]`` tells whether ``after[i]`` is part
    of an actor."""
    if after and after[0] in _SPEECH:
        return True
    if after and after[0] in DEED_VERBS:
        return True  # "Ken Storm resigned in 1992", "Anna Berg flew twice"
    if len(after) >= 3 and after[0] == "(" and actor_after[1] and after[2] == ")":
        return True  # "Anna Berg (Norway)": a national named with the country
    if (
        len(after) >= 2
        and after[0] == "of"
        and (actor_after[1] or after[1] == "the" and any(actor_after[2:3]))
    ):
        return True  # "Anna Berg of the CNES said": a person of a body
    if after and after[0] in LEAD_AFTER:
        return True  # "Anna Berg headed the office", "Anna Berg directed him to ..."
    if after and after[0] in _BECOME:
        # "Anna Berg became the first Director General"; "became the first Austrian in
        # space": a record of a person's own, told in narrative
        return _role_clause(after[1:6]) or after[1:3] == ["the", "first"]
    if not after or after[0] != ",":
        return False
    if after[1:2] == ["who"]:
        return _role_clause(after[2:10])
    for word, is_actor in zip(after[1:9], actor_after[1:9], strict=False):
        if word in (",", ".", ";", ":", "and", "who", "which"):
            return False
        if is_actor or word.lower() in ROLE_NOUNS:
            return True
    return False


#: Verbs of deeds in space affairs right after a name: a person who flies, lands, docks,
#: signs, resigns or dies is a person of the story, an actor ("Ken Storm resigned in 1992"),
#: unlike one who writes, interviews or argues (an author or a researcher of a study).
DEED_VERBS = _words("""
    flew flies launched landed docked undocked walked orbited arrived departed returned
    resigned retired died perished signed visited commanded piloted spent trained served
    succeeded superseded replaced joined
    """)

#: Verbs of leading right after a name: the name holds a role.
LEAD_AFTER = _words("heads headed leads led chairs chaired directs directed commands commanded")

#: Verbs after a name that lead to the role it holds ("became the first director").
_BECOME = _words("became becomes remained remains")

#: Verbs of a relative clause that give a person's role (", who heads the institute").
_ROLE_VERBS = _words("""
    heads headed leads led chairs chaired directs directed commands commanded founded
    co-founded serves served oversees oversaw runs ran manages managed
    """)


def _role_clause(words: Sequence[str]) -> bool:
    """Whether a relative clause after a name gives a role: a verb of leading or serving, or a
    role noun, before the clause ends (", who heads the institute", ", who had served as the
    head of the forces"); ", who said" or ", who flew twice" gives none."""
    for w in words:
        if w in (",", ".", ";", ":", "(", ")"):
            return False
        if w.lower() in _ROLE_VERBS or w.lower() in ROLE_NOUNS:
            return True
    return False


#: Verbs of leading before "by" ("led by", "headed by"): the name after them holds a role.
_LEAD_VERBS = _words("led headed chaired directed commanded founded co-founded co-chaired")
#: The same, for the component's lists of names the NER missed.
LEAD_BY = _LEAD_VERBS
#: Participles before "by" whose agent is a person taking part in a deed ("assisted by Anna
#: Berg", "carried out by Anna Berg", "replaced by"), unlike "written by" (an author).
_DEED_BY = _words("""
    assisted accompanied joined piloted flown replaced succeeded relieved signed out
    """)


def role_before(before: Sequence[str]) -> bool:
    """Whether a role noun comes just before a name ("NASA astronauts Jasmin Moghbeli", "Mir
    veteran Sergei Krikalev", "the president of the CSA is Lisa Campbell"), or a phrase of
    leading ("a project led by Anna Berg", "under the leadership of John Smith")."""
    low = [w.lower() for w in before[-4:]]
    if low[-2:-1] and low[-1] == "by" and (low[-2] in _LEAD_VERBS or low[-2] in _DEED_BY):
        return True
    if low[-2:] in (["leadership", "of"], ["direction", "of"]):
        return True
    if long_title(before) or appositive_to_title(before):
        return True
    words = [w.lower() for w in before[-3:]]
    if words[-1:] and words[-1] in ("is", "was", "became", "as"):
        words = [w.lower() for w in before[-6:-1]]
    return any(w in ROLE_NOUNS or w.rstrip("s") in ROLE_NOUNS for w in words)


_TITLE_LINKS = _words("for of and the on")


def appositive_to_title(before: Sequence[str]) -> bool:
    """Whether the name stands in apposition after a capitalised title and a comma ("The
    Italian Minister with responsibility for space policy, Carlo Benedetti, and ...",
    "Kenya's Cabinet Secretary for Defence, Wanjiru Kamau, met"): the words between the
    comma and the one before it (or the sentence's start), at most eight, hold a role noun
    with a capital."""
    if not before or before[-1] != ",":
        return False
    phrase: list[str] = []
    for w in reversed(before[:-1]):
        if w in (",", ";", ":", "(", ")") or len(phrase) == 8:
            break
        phrase.append(w)
    return any(w[:1].isupper() and w.lower() in ROLE_NOUNS for w in phrase)


def long_title(before: Sequence[str]) -> bool:
    """Whether a capitalised title of several words ends just before the name ("Minister for
    Climate Change and Energy", "Secretary of State for Science"): walking back over
    capitalised words and the links of a title, a role noun with a capital."""
    for w in reversed(before[-9:]):
        if w[:1].isupper() and w.lower() in ROLE_NOUNS:
            return True
        if not (w[:1].isupper() or w in _TITLE_LINKS):
            return False
    return False


def said_before(before: Sequence[str]) -> bool:
    """Whether the name follows a verb of speech ("said Persson", "says Dr. Suresh")."""
    words = [w for w in before[-3:] if w not in _HONORIFICS]
    return bool(words) and words[-1] in _SPEECH


#: The honorific of address that Commonwealth governments give ministers and members before
#: the full name ("The Honourable Anna Berg, Minister of Foreign Affairs"): a name follows it.
ADDRESS_HONORIFICS = _words("Honourable Honorable")


def spoken_or_honoured(before: Sequence[str], after: str) -> bool:
    """Whether a run of capitalised words the NER did not take for a person is a name by what
    stands around it: a verb of speech before it and a word that closes the name after it
    ('..." said Anders Lindqvist of the agency.'), or an honorific of address before it ("The
    Honourable Élise Roy, Minister of ..."), which only a person's name follows."""
    if before and before[-1] in ADDRESS_HONORIFICS:
        return True
    return said_before(before) and after in ("of", ",", ".", ";")


#: Heads of the names of things named after a person ("Gagarin Research Centre", "Nancy Grace
#: Roman Space Telescope", "the Yuri Gagarin ship", "Tsiolkovsky crater").
_NAMED_AFTER_HEADS = _words("""
    space station module node centre center crater institute university laboratory telescope
    observatory mission spacecraft probe ship vessel satellite rover lander capsule prize award
    medal street avenue airport park hall building lecture fellowship scholarship bridge square
    memorial school college museum cosmodrome spaceport field base library foundation
    """)
#: Words before a vessel's or a craft's name ("the research vessel Akademik Fedorov").
_CRAFT_BEFORE = _words("ship vessel spacecraft probe module RV USNS HMS MV SS USS")


def named_after(before: Sequence[str], after: Sequence[str]) -> bool:
    """Whether a name is that of a thing named after a person: a place, a craft or a prize
    ("Gagarin Research Centre", "the Yuri Gagarin ship", "the vessel Akademik Fedorov")."""
    if before and before[-1] in _CRAFT_BEFORE:
        return True
    for w in after[:3]:
        if w.lower() in _NAMED_AFTER_HEADS:
            return True
        if not w[:1].isupper():
            return False
    return False


#: Words a parliament calls a member by before the seat they hold ("the hon. Member for
#: Fenwick North", "the MP for Leeds East"): the name after "for" is a constituency, a place.
_SEAT_HOLDERS = frozenset({"Member", "member", "MP", "Members", "members", "MPs"})


def constituency(before: Sequence[str]) -> bool:
    """Whether a name follows "Member for" or "MP for": a parliamentary seat, not a person
    (a Westminster-style transcript names members by their seats)."""
    return len(before) >= 2 and before[-1] == "for" and before[-2] in _SEAT_HOLDERS


def particle_surname(name: str) -> str | None:
    """The family name with its particle (``PARTICLES``) that a later mention uses ("Al
    Hosani" of "Mariam Al Hosani", "de Souza" of "Ana de Souza"), when the name's second-last
    word is a particle and a given name goes before it; else None."""
    words = name.split()
    if len(words) >= 3 and words[-2].lower() in PARTICLES and words[0].lower() not in PARTICLES:
        return " ".join(words[-2:])
    return None


def particle_key(family: str) -> str:
    """A family name with its particle in lower case, so that "De Souza" opening a sentence
    is the "de Souza" of a full name."""
    first, _, rest = family.partition(" ")
    return f"{first.lower()} {rest}"


def double_surname(name: str) -> str | None:
    """The last two words of a name of three words or more when both are capitalised words
    of letters ("Carvalho Mota" of "Inês Carvalho Mota", "García Ruiz" of "Ana García Ruiz"):
    the double family name that Portuguese and Spanish names carry and a later mention uses
    whole ("Dr. Carvalho Mota said"); None otherwise."""
    words = name.split()
    if len(words) >= 3 and all(name_word(w) for w in words[-3:]):
        return " ".join(words[-2:])
    return None


def particle_names(names: Sequence[str]) -> dict[str, str]:
    """``particle_key`` of each family name with a particle (``particle_surname``) or of a
    double family name (``double_surname``) -> the first of ``names`` (full names) that ends
    in it; a double family name two persons share is left out (neither is meant)."""
    out: dict[str, str] = {}
    shared: set[str] = set()
    for name in names:
        family = particle_surname(name)
        if family is not None:
            out.setdefault(particle_key(family), name)
            continue
        double = double_surname(name)
        if double is None:
            continue
        key = particle_key(double)
        if out.get(key, name) != name:
            shared.add(key)
        out.setdefault(key, name)
    return {k: v for k, v in out.items() if k not in shared}


def surname(name: str) -> str:
    """The word a later mention of the person uses: the last word of the name, without a
    generational suffix ("Jr.", "III")."""
    words = [w for w in name.split() if w.rstrip(".,") not in ("Jr", "Sr", "II", "III", "IV")]
    return words[-1] if words else name


#: Common family names of Chinese (pinyin, and the Cantonese and Wade-Giles spellings of Hong
#: Kong and Taiwan: "Leung", "Tsai") and Korean names, which English news writes family name
#: first ("Wang Lixin", "Kim Min-jun") and then refers to by that first word ("Wang said").
#: A Vietnamese name, also family name first, is referred to by its last word ("Hieu said"),
#: as a Western one is, so its family names are not listed.
FAMILY_FIRST = _words("""
    Wang Li Zhang Liu Chen Yang Zhao Huang Zhou Wu Xu Sun Hu Zhu Gao Lin He Guo Ma Luo Liang
    Song Zheng Xie Han Tang Feng Yu Dong Xiao Cheng Cao Yuan Deng Fu Shen Zeng Peng Lu Su
    Jiang Cai Jia Ding Wei Xue Ye Yan Pan Du Dai Xia Zhong Tian Ren Fan Fang Shi Yao Tan Liao
    Zou Xiong Jin Hao Kong Bai Cui Kang Mao Qiu Qin Gu Hou Shao Meng Long Wan Duan Qian Yin
    Qiao Lai Gong Wen Bian Pang Geng Hong Ouyang Sima Zhuge
    Leung Wong Chan Cheung Lau Ng Tse Yeung Tsang Chow Kwok Yip Tsui Chiu Kwan Tsai Hsu Chang
    Kim Lee Park Choi Jung Cho Yoon Jang Lim Oh Seo Shin Kwon Hwang Ahn Yoo Jeon Ko Moon Son
    Bae Baek Heo Nam Noh Ha
    """)


def family_name(name: str) -> str | None:
    """The word a later mention uses for a name written family name first: the first word of
    a name of two or three words when it is a listed family name and the last word is not
    (a given name: "Bian Zhiqiang" is "Bian"; "Lin Jian" is "Lin"); None otherwise."""
    words = name.split()
    if 2 <= len(words) <= 3 and words[0] in FAMILY_FIRST and words[-1] not in FAMILY_FIRST:
        return words[0]
    return None


#: Titles that open a speaker label naming a person.
SPEAKER_TITLES = _words("""
    PRESIDENT PREMIER CHANCELLOR ADMINISTRATOR SECRETARY AMBASSADOR DIRECTOR MINISTER
    CHAIRMAN CHAIRWOMAN CHAIR SENATOR REPRESENTATIVE GOVERNOR GENERAL ASTRONAUT COMMANDER
    DEPUTY PRIME VICE MR. MS. MRS. DR. SEN. REP. GEN. PROF.
    """)


def capitals_family_first(words: Sequence[str], titled: bool) -> tuple[str, str] | None:
    """``(family name, name)`` of a name written family name first with the family name in
    capitals ("YAMAMOTO Kenji", "SAKURAI Ayumi"), as Japanese official records and minutes in
    English write them: the name as written with the family name in title case, and the word
    a later mention uses ("President Yamamoto"); None for any other shape, or with no title
    before it (``titled``: "Mr.", "Ms."), as an acronym before a name ("NASA Bill") has none."""
    if len(words) != 2 or not titled:
        return None
    family, given = words
    if not (family.isalpha() and family.isupper() and len(family) >= 2):
        return None
    if not (given.isalpha() and given[:1].isupper() and given[1:].islower() and len(given) > 1):
        return None
    family = family.capitalize()
    return family, f"{family} {given}"


def family_keys(people: Sequence[tuple[str, str, str]]) -> dict[str, tuple[str, str, str]]:
    """``family name -> person`` for the persons (``(name, organisation, country)``) named
    family name first, leaving out a family name two of them share (two Wangs: neither)."""
    by_first: dict[str, set[str]] = {}  # every name that opens with the word
    for name, *_ in people:
        by_first.setdefault(name.split()[0], set()).add(name)
    out = {}
    for person in people:
        family = family_name(person[0])
        if family is not None and len(by_first[family]) == 1:
            out[family] = person
    return out


#: One to three initials ("V.", "D.K."): a word after them is a surname of another person.
_ONE_OR_MORE_INITIALS = re.compile(r"^(?:[A-Z]\.){1,3}$")


#: Verbs after a bare surname that cite a work rather than tell what its bearer did ("Smith
#: argues"): they do not make the name one of an actor.
_CITING_BASES = _words("""
    argue note write suggest find show claim observe contend propose describe report conclude
    estimate define discuss
    """)
_CITING_VERBS = (
    _CITING_BASES
    | {b + "s" for b in _CITING_BASES}
    | {b + "d" if b.endswith("e") else b + "ed" for b in _CITING_BASES}
    | _words("wrote found shown")
)


def acting_surnames(doc: Doc, covered: np.ndarray) -> frozenset[str]:
    """Capitalised words standing alone before a verb ("Lindqvist spent 119 days aboard"): a
    full name whose surname acts so elsewhere in the document is a person of its story, an
    actor even where no role ties it ("carried Peter Lindqvist to the station"; rule 3). Not
    after another capitalised word or initials, nor before a verb that cites a work, nor a word
    ``covered`` by an actor already found (a craft or station named after a person: "Columbus
    was attached")."""
    out = set()
    for token in doc[:-1]:
        nxt = doc[token.i + 1]
        prev = doc[token.i - 1] if token.i > 0 else None
        if (
            name_word(token.text)
            and not covered[token.i]
            and nxt.pos_ in ("VERB", "AUX")
            and nxt.lower_ not in _CITING_VERBS
            and not (prev is not None and prev.is_title and not token.is_sent_start)
            and not (prev is not None and _ONE_OR_MORE_INITIALS.match(prev.text))
        ):
            out.add(token.text)
    return frozenset(out)


#: Given names written abbreviated before the rest of a name: "Ma." (María), as Philippine
#: official texts write it ("Ma. Teresa Cruz"); the sentence splitter keeps its period
#: (``sentences.DEFAULT_ABBREVIATIONS``), so it is one word.
GIVEN_ABBREVIATIONS = _words("Ma.")


def given_abbreviation(text: str) -> bool:
    """Whether ``text`` is a given name written abbreviated (``GIVEN_ABBREVIATIONS``)."""
    return text in GIVEN_ABBREVIATIONS


def name_word(text: str) -> bool:
    """A capitalised word of letters, an apostrophe inside allowed ("O’Hara")."""
    return text.istitle() and text.replace("’", "").replace("'", "").isalpha()


def named_after_person(doc: Doc, actor: Span) -> bool:
    """Whether a person of the gazetteer names a place, a craft or a prize here ("Gagarin
    Research Centre", "the vessel Akademik Fedorov"), or a cited author who bears the same
    name ("Liu Yang (2019)")."""
    if actor.label_ != "person" or actor._.sc_actor_method != "gazetteer":
        return False
    sent = actor.sent
    before = [t.text for t in doc[max(sent.start, actor.start - 7) : actor.start]]
    after = [t.text for t in doc[actor.end : min(sent.end, actor.end + 6)]]
    # "Liu Yang (2019)": a listed person's name borne by the author of a cited work
    return named_after(before[-2:], after[:3]) or is_citation(before, after, sent.text)


def tied_elsewhere(doc: Doc, found: list[tuple]) -> list[tuple]:
    """A full name tied to a role in one place of the document is tied wherever it stands
    ("Japanese astronaut Takao Doi" earlier makes "Takao Doi" a person in a bare list of
    names later, and so the names listed beside it), as is a name a record's head or a
    speaker's label gives with a title (``Metadata.names``: "Mrs. Anne-Marie Tremblay:")."""
    tied = {doc[a:b].text for a, b, _, t in found if t and b - a >= 2}
    tied |= set(getattr(doc._.sc_metadata, "names", None) or ())
    return [(a, b, c, t or (b - a >= 2 and doc[a:b].text in tied)) for a, b, c, t in found]


def with_lists(
    doc: Doc, found: list[tuple], anchors: Sequence[tuple[int, int]] = ()
) -> list[tuple]:
    """A name listed beside a tied one is tied too ("astronauts Jasmin Moghbeli and Loral
    O'Hara", "Korolev, Langemak, Ivan Kleymyonov and ..."); ``anchors``, the persons the
    gazetteer found, are tied ("Roberta Bondar, Marc Garneau, Robert Thirsk and ...")."""
    own = {(f[0], f[1]) for f in found}
    found = sorted([*found, *((a, b, False, True) for a, b in anchors if (a, b) not in own)])
    tied = [f[3] for f in found]
    changed = True
    while changed:  # a tie passes along a list of any length
        changed = False
        for k in range(len(found)):
            for j in (k - 1, k + 1):
                if tied[k] or not 0 <= j < len(found) or not tied[j]:
                    continue
                a, b = sorted((found[k], found[j]))
                between = [t.text for t in doc[a[1] : b[0]]]
                if 0 < len(between) <= 2 and set(between) <= {",", "and", "or"}:
                    tied[k] = changed = True
    return [(*f[:3], t) for f, t in zip(found, tied, strict=True) if (f[0], f[1]) in own]
