"""Writes the demo SIE file and mapping for Linköping's Arbetsmarknadsnämnd (see ../README.md). Deterministic."""
import pathlib
import random
from decimal import Decimal, ROUND_HALF_UP

random.seed(20220831)
D = Decimal
DEMO = pathlib.Path(__file__).resolve().parents[5] / "src/main/resources/demo"
ORE = D("0.01")

objekt = [
    ("1000", "Arbetsmarknadsnämnden", "NAMND_STYRELSE"),
    ("1100", "Ekonomiskt bistånd", "EKONOMISKT_BISTAND"),
    ("1110", "Försörjningsstöd, vuxna", "EKONOMISKT_BISTAND"),
    ("1120", "Försörjningsstöd, unga vuxna", "EKONOMISKT_BISTAND"),
    ("1200", "Flyktingmottagande", "FLYKTINGMOTTAGANDE"),
    ("1210", "Introduktion för nyanlända", "FLYKTINGMOTTAGANDE"),
    ("1300", "Arbetsmarknadsåtgärder", "ARBETSMARKNADSATGARDER"),
    ("1310", "Feriearbeten för ungdomar", "ARBETSMARKNADSATGARDER"),
    ("1400", "Förvaltningsledning IAF", "FORVALTNINGEN"),
    ("1500", "Arbetsmarknadscentrum", "NAMNDENS_ENHETER"),
    ("1510", "Arbetsmarknadsservice (Leanlink)", "NAMNDENS_ENHETER"),
]
konton = {
    3410: "Statsbidrag från Migrationsverket",
    3440: "Bidrag från Arbetsförmedlingen",
    3610: "Interna intäkter, försäljning av tjänster",
    3730: "Återbetalt ekonomiskt bistånd",
    3790: "Övriga bidrag och ersättningar",
    4540: "Köp av arbetsmarknadsåtgärder",
    4560: "Köp av introduktionsinsatser",
    4610: "Försörjningsstöd",
    4620: "Bistånd till boende",
    5010: "Löner månadsavlönade",
    5410: "Sociala avgifter enligt lag och avtal",
    5810: "Arvoden till förtroendevalda",
    6110: "Lokalhyror",
    6410: "Förbrukningsmaterial",
}
# (account, object, share) of a verksamhet's costs / income
komponenter = {
    "NAMND_STYRELSE": ([(5810, "1000", 0.62), (5410, "1000", 0.2), (6410, "1000", 0.18)], []),
    "EKONOMISKT_BISTAND": ([(4610, "1110", 0.55), (4610, "1120", 0.2), (4620, "1110", 0.13), (5010, "1100", 0.09),
                            (5410, "1100", 0.03)], [(3730, "1110", 0.8), (3730, "1120", 0.2)]),
    "FLYKTINGMOTTAGANDE": ([(4560, "1210", 0.5), (4610, "1200", 0.25), (5010, "1200", 0.18), (6110, "1200", 0.07)],
                           [(3410, "1200", 0.85), (3410, "1210", 0.15)]),
    "ARBETSMARKNADSATGARDER": ([(4540, "1300", 0.6), (5010, "1310", 0.15), (5010, "1300", 0.2), (5410, "1300", 0.05)],
                               [(3440, "1300", 0.9), (3790, "1310", 0.1)]),
    "FORVALTNINGEN": ([(5010, "1400", 0.7), (5410, "1400", 0.2), (6110, "1400", 0.1)], [(3790, "1400", 1.0)]),
    "NAMNDENS_ENHETER": ([(5010, "1500", 0.45), (5010, "1510", 0.3), (5410, "1500", 0.1), (6110, "1500", 0.15)],
                         [(3610, "1500", 0.6), (3610, "1510", 0.4)]),
}
# tkr (kostnader, intakter) per year
mal = {
    2022: {"NAMND_STYRELSE": (908, 0), "EKONOMISKT_BISTAND": (212500, -7416), "FLYKTINGMOTTAGANDE": (38000, -7280),
           "ARBETSMARKNADSATGARDER": (71000, -5298), "FORVALTNINGEN": (8223, -699), "NAMNDENS_ENHETER": (40000, -49509)},
    2021: {"NAMND_STYRELSE": (734, 0), "EKONOMISKT_BISTAND": (221400, -7819), "FLYKTINGMOTTAGANDE": (36500, -7896),
           "ARBETSMARKNADSATGARDER": (62900, -4942), "FORVALTNINGEN": (3776, -256), "NAMNDENS_ENHETER": (38000, -39158)},
}
netto = {2022: [908, 205084, 30720, 65702, 7524, -9509], 2021: [734, 213581, 28604, 57958, 3520, -1158]}
varav = {2022: (330631, -20693), 2021: (325310, -20913)}
ORDNING = ["NAMND_STYRELSE", "EKONOMISKT_BISTAND", "FLYKTINGMOTTAGANDE", "ARBETSMARKNADSATGARDER", "FORVALTNINGEN",
           "NAMNDENS_ENHETER"]

def tkr(x):
    return (x / 1000).quantize(D(1), rounding=ROUND_HALF_UP)

def offset():
    return D(random.randint(-24000, 24000)) / 100

exakt = {}
for ar, m in mal.items():
    while True:
        e = {}
        for v in ORDNING:
            k, i = m[v]
            e[v] = (D(k) * 1000 + offset(), (D(i) * 1000 + offset()) if i else D(0))
        fem = ORDNING[:5]
        ok = all(tkr(e[v][0] + e[v][1]) == netto[ar][n] for n, v in enumerate(ORDNING))
        ok &= tkr(sum(e[v][0] for v in fem)) == varav[ar][0]
        ok &= tkr(sum(e[v][1] for v in fem)) == varav[ar][1]
        ok &= tkr(sum(e[v][0] + e[v][1] for v in fem)) == sum(netto[ar][:5])
        ok &= tkr(sum(e[v][0] + e[v][1] for v in ORDNING)) == sum(netto[ar])
        # keep clear of rounding edges
        ok &= all(abs((x % 1000) - 500) > 50 for v in ORDNING for x in (abs(e[v][0]), abs(e[v][1])) if x)
        if ok:
            break
    exakt[ar] = e

PROFIL = [1.0, 0.97, 1.04, 1.0, 1.03, 1.08, 0.82, 1.06]

def fordela(total, andelar):
    """Splits total over components and 8 months, each cell in öre, summing exactly to total."""
    celler = []
    for (konto, obj, andel) in andelar:
        for manad in range(8):
            vikt = andel * PROFIL[manad] * random.uniform(0.93, 1.07)
            celler.append([konto, obj, manad + 1, vikt])
    summa_vikt = sum(c[3] for c in celler)
    resultat = []
    for c in celler:
        resultat.append([c[0], c[1], c[2], (total * D(c[3] / summa_vikt)).quantize(ORE)])
    rest = total - sum(r[3] for r in resultat)
    resultat[0][3] += rest
    assert sum(r[3] for r in resultat) == total
    return resultat

saldon = {}  # (ar, manad, konto, obj) -> amount
for ar in (2021, 2022):
    for v in ORDNING:
        k, i = exakt[ar][v]
        kost, intakt = komponenter[v]
        for konto, obj, manad, belopp in fordela(k, kost) + (fordela(i, intakt) if i else []):
            nyckel = (ar, manad, konto, obj)
            saldon[nyckel] = saldon.get(nyckel, D(0)) + belopp

def sie_text(s):
    return '"' + s.replace('\\', '\\\\').replace('"', '\\"') + '"'

rader = [
    "#FLAGGA 0",
    '#PROGRAM "Målbild demodata" 1.0',
    "#FORMAT PC8",
    '#GEN 20220909 "controller"',
    "#SIETYP 3",
    '#FNAMN "Linköpings kommun"',
    "#RAR 0 20220101 20221231",
    "#RAR -1 20210101 20211231",
    '#DIM 1 "Ansvar"',
]
for kod, namn, _ in objekt:
    rader.append(f"#OBJEKT 1 {sie_text(kod)} {sie_text(namn)}")
for konto, namn in konton.items():
    rader.append(f"#KONTO {konto} {sie_text(namn)}")
for konto in konton:
    rader.append(f"#KTYP {konto} {'I' if konto < 4000 else 'K'}")
for arsnr, ar in ((0, 2022), (-1, 2021)):
    for konto in konton:
        total = sum(b for (a, m, k, o), b in saldon.items() if a == ar and k == konto)
        if total:
            rader.append(f"#RES {arsnr} {konto} {total:.2f}")
for arsnr, ar in ((0, 2022), (-1, 2021)):
    for manad in range(1, 9):
        for konto in konton:
            celler = sorted((o, b) for (a, m, k, o), b in saldon.items() if a == ar and m == manad and k == konto)
            if not celler:
                continue
            rader.append(f"#PSALDO {arsnr} {ar}{manad:02d} {konto} {{}} {sum(b for _, b in celler):.2f}")
            for o, b in celler:
                rader.append(f'#PSALDO {arsnr} {ar}{manad:02d} {konto} {{1 "{o}"}} {b:.2f}')
open(DEMO / "linkoping-an-redovisat-2022-jan-aug.se", "wb").write(
    ("\r\n".join(rader) + "\r\n").encode("cp437"))

mappning = ["# Linköping, Arbetsmarknadsnämnden: ansvar (SIE-dimension 1) till verksamheter.",
            "# Kommun-Bas: intäkter 3000-3999, kostnader 4000-8999 (standardinställningen).",
            "konto_fran;konto_till;objekt;verksamhet"]
for kod, namn, v in objekt:
    mappning.append(f"3000;8999;{kod};{v}")
open(DEMO / "linkoping-an-mappning.csv", "w", encoding="utf-8", newline="").write(
    "\r\n".join(mappning) + "\r\n")

# report
for ar in (2022, 2021):
    e = exakt[ar]
    print(ar)
    for v in ORDNING:
        k, i = e[v]
        print(f"  {v:24} kost {k:>14} int {i:>14} netto {k+i:>14} tkr {tkr(k+i)}")
    fem = ORDNING[:5]
    print("  kostnader fem", tkr(sum(e[v][0] for v in fem)), "intäkter fem", tkr(sum(e[v][1] for v in fem)),
          "netto fem", tkr(sum(e[v][0] + e[v][1] for v in fem)), "inkl enheter", tkr(sum(e[v][0] + e[v][1] for v in ORDNING)))
print(len(rader), "rader")
