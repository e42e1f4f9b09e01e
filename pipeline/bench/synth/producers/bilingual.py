"""A bilingual statement as a federal agency of a two-language country publishes it.

The page is split in two columns of equal width, English on the left and French on the right,
each paragraph set beside its translation (the next pair starts below the longer of the two),
as Canadian federal documents are laid out; both columns are running text (``docs/contract.md``
leaves out no language), so the truth holds the sentences of both, the French with its
accents, its guillemets and its spaces before colons. The text layer: a TrueType face, every
line one ``Tj`` justified by word spacing; the title in both languages at the top of page 1,
the agency's name in both languages as the running head of every page and the page number
centred at the foot. The text is the project's own, in the register of a statement on a
lunar cooperation arrangement."""

from __future__ import annotations

from pathlib import Path

from pipeline.bench.synth.genres import Genre
from pipeline.bench.synth.producers.layer import Flow, Pages, Style, sentences, width

TITLE = "Statement on the Lunar Gateway Cooperation Arrangement"
TITLE_FR = "Déclaration sur l\u2019arrangement de coopération relatif à la station Gateway"
DATE = "Longueuil, Quebec, March 3, 2026"
DATE_FR = "Longueuil (Québec), le 3 mars 2026"
HEAD = "Canadian Space Agency  |  Agence spatiale canadienne"
BODY = Style("Vera", 9.5, justify="tw")
L0, L1, R0, R1, TOP, BOTTOM = 60.0, 292.0, 320.0, 552.0, 700.0, 80.0

#: (English paragraph, French paragraph)
PAIRS: list[tuple[str, str]] = [
    (
        "Canada has signed an arrangement with the United States that sets out its role in the "
        "lunar station known as Gateway. Under the arrangement, Canada will provide the "
        "station\u2019s robotic arm and its maintenance over the life of the programme.",
        "Le Canada a signé avec les États-Unis un arrangement qui précise son rôle dans la "
        "station lunaire appelée Gateway. Aux termes de l\u2019arrangement, le Canada fournira le "
        "bras robotique de la station et en assurera l\u2019entretien pendant toute la durée du "
        "programme.",
    ),
    (
        "In return, a Canadian astronaut will fly on a crewed mission around the Moon, and a "
        "second Canadian will later work aboard the station. Canadian scientists will also have "
        "access to the data gathered by the station\u2019s instruments.",
        "En contrepartie, un astronaute canadien prendra part à une mission habitée autour de "
        "la Lune, et un deuxième Canadien travaillera plus tard à bord de la station. Les "
        "scientifiques canadiens auront aussi accès aux données recueillies par les instruments "
        "de la station.",
    ),
    (
        "The Minister said that the arrangement builds on four decades of work with American, "
        "European and Japanese partners on the International Space Station. She added that it "
        "gives Canadian firms a place in the supply chains of the next generation of "
        "exploration.",
        "La ministre a déclaré que l\u2019arrangement prolonge quarante ans de travail avec les "
        "partenaires américains, européens et japonais à bord de la Station spatiale "
        "internationale. Elle a ajouté qu\u2019il donne aux entreprises canadiennes une place "
        "dans les chaînes d\u2019approvisionnement de la prochaine génération d\u2019exploration.",
    ),
    (
        "The arrangement does not create new obligations under international law. It is "
        "carried out under the framework agreement on space station cooperation, to which "
        "Canada has been a party since 1998.",
        "L\u2019arrangement ne crée aucune nouvelle obligation en droit international. Il est "
        "mis en œuvre dans le cadre de l\u2019accord sur la coopération relative à la station "
        "spatiale, auquel le Canada est partie depuis 1998.",
    ),
    (
        "Some observers have asked whether Canada should also seek a role in the lunar "
        "programme led by China and Russia. Officials said that no such talks are planned, "
        "and that Canada\u2019s commitments to its current partners come first.",
        "Certains observateurs se sont demandé si le Canada devrait aussi chercher un rôle dans "
        "le programme lunaire dirigé par la Chine et la Russie. Selon les responsables, aucune "
        "discussion de ce genre n\u2019est prévue, et les engagements du Canada envers ses "
        "partenaires actuels passent en premier.",
    ),
    (
        "The robotic arm will be built in Ontario and Quebec. About 1,200 jobs are expected to "
        "be supported during the design and construction phases.",
        "Le bras robotique sera construit en Ontario et au Québec. Quelque 1 200 emplois "
        "devraient être soutenus pendant les phases de conception et de construction.",
    ),
    (
        "The agency will publish a progress report each year. The first report is due in the "
        "spring of 2027.",
        "L\u2019Agence publiera un rapport d\u2019étape chaque année. Le premier rapport est attendu "
        "au printemps 2027.",
    ),
]


def make(path: Path) -> Genre:
    pages = Pages(
        path,
        (612.0, 792.0),
        seed=23,
        made=(2026, 3, 3),
        info={"creator": "Microsoft Word", "producer": "Microsoft Word for Microsoft 365"},
    )

    def furniture(p: Pages, number: int) -> None:
        small = Style("Vera", 8.0, gray=0.3)
        p.line(HEAD, (612 - width(HEAD, small)) / 2, 750, small)
        folio = str(number)
        p.line(folio, (612 - width(folio, small)) / 2, 40, small)

    pages.furniture = furniture
    # the pairs are kept together by hand (below): a column never breaks on its own
    left = Flow(pages, L0, L1, TOP, 0.0)
    right = Flow(pages, R0, R1, TOP, 0.0)
    bold = Style("VeraBd", 13.0)
    left.paragraph(TITLE, bold, justify=False, leading=1.2, gap=8)
    right.paragraph(TITLE_FR, bold, justify=False, leading=1.2, gap=8)
    italic = Style("VeraIt", 9.5)
    left.paragraph(DATE, italic, justify=False, gap=10)
    right.paragraph(DATE_FR, italic, justify=False, gap=10)
    y = min(left.y, right.y)
    for en, fr in PAIRS:
        lead = BODY.size * 1.3
        need = (max(len(en), len(fr)) / 40 + 1) * lead + 10
        if y - need < BOTTOM:
            pages.finish_page()
            y = TOP
        left.y = right.y = y
        left.paragraph(en, BODY, leading=1.3, gap=10)
        right.paragraph(fr, BODY, leading=1.3, gap=10)
        y = min(left.y, right.y)
    pages.save()
    truth = [s for en, _ in PAIRS for s in sentences(en)]
    truth += [s for _, fr in PAIRS for s in sentences(fr)]
    return Genre(
        "bilingual_statement",
        path.read_bytes(),
        truth,
        excluded=[("header", HEAD)],
        absent=[HEAD, "Agence spatiale canadienne"],
        title=TITLE,
        date_line=DATE,
    )
