"""Writes the hand-made test fixtures in ../ (see ../README.md)."""
import pathlib
D = str(pathlib.Path(__file__).resolve().parents[1]) + "/"
sie = r'''#FLAGGA 0
#PROGRAM "Testekonomi" 4.2
#FORMAT PC8
#GEN 20220905 "Åsa Öberg"
#SIETYP 4
#FNAMN "Testkommunens arbetsmarknadsnämnd"
#ORGNR 212000-9999
#RAR 0 20220101 20221231
#RAR -1 20210101 20211231
#KONTO 1930 "Bank"
#KONTO 3010 "Försäljning av tjänster"
#KONTO 3730 "Återbetalt ekonomiskt bistånd"
#KONTO 4610 "Försörjningsstöd"
#KONTO 5010 "Löner, månadsavlönade"
#KONTO 6110 "Lokalhyra \"Kvarteret Ödlan\""
#KTYP 3730 I
#KTYP 4610 K
#DIM 1 "Ansvar"
#DIM 6 "Projekt"
#OBJEKT 1 "10" "Nämnd och styrelse"
#OBJEKT 1 "20" "Ekonomiskt bistånd"
#OBJEKT 1 "30" "Arbetsmarknadsåtgärder"
#OBJEKT 1 "40" "Nämndens enheter"
#OBJEKT 1 "90" "Övriga nämnder"
#OBJEKT 6 "P1" "Projekt Språkstöd på arbetsplatsen"
#IB 0 1930 1000.00
#UB 0 1930 2000.00
#RES 0 3730 -3000.00
#RES 0 4610 314999.25
#PSALDO 0 202201 4610 {} 150000.00
#PSALDO 0 202201 4610 {1 "20"} 140000.00
#PSALDO 0 202201 4610 {1 "30"} 10000.00
#PSALDO 0 202201 4610 {6 "P1"} 10000.00
#PSALDO 0 202201 4610 {1 "30" 6 "P1"} 10000.00
#PSALDO 0 202201 3730 {1 "20"} -1500.50
#PSALDO 0 202201 5010 {} 50000.00
#PSALDO 0 202201 1930 {} 1000.00
#PSALDO 0 202202 4610 {1 "20"} 145000.25
#PSALDO 0 202202 3730 {1 "20"} -1499.50
#PSALDO 0 202202 4610 {1 "40"} 20000
#PSALDO 0 202202 3010 {1 "40"} -35000.00
#PSALDO 0 202202 4610 {1 "90"} 99999.00
#PSALDO -1 202112 4610 {1 "20"} 130000.00
#PBUDGET 0 202201 4610 {1 "20"} 141000.00
#VER A 1 20220115 "Utbetalning \"januari\""
{
#TRANS 4610 {1 "20"} 140000.00
#TRANS 1930 {} -140000.00
}
'''
open(D + "pc8-med-aao.se", "wb").write(sie.replace("\n", "\r\n").encode("cp437"))
open(D + "utf8-med-aao.se", "wb").write(sie.encode("utf-8"))
# a writer that says PC8 but writes ISO-8859-1, a common fault
open(D + "latin1-med-aao.se", "wb").write(sie.encode("iso-8859-1"))

csv = '''ar;manad;konto;objekt;belopp
2022;1;4610;20;140 000
2022;1;3730;20;\u22121 500,50
2022;1;4610;30;10000
2022;1;5010;;50 000,00
2022;2;4610;20;"145 000,25"
2022;2;3730;20;-1499,5
2022;2;4610;40;20\u00a0000
2022;2;3010;40;-35 000
2022;2;4610;90;99 999
2021;12;4610;20;130 000
'''
open(D + "redovisat.csv", "wb").write(b"\xef\xbb\xbf" + csv.replace("\n", "\r\n").encode("utf-8"))

trasig = '''#FLAGGA 0
#FORMAT PC8
#SIETYP 4
#RAR 0 20220101 20221231
#KONTO 4610 "Försörjningsstöd
#PSALDO 0 202213 4610 {1 "20"} 100.00
#PSALDO 0 202201 4610 {1 "20"} 100,50
#PSALDO 0 202201 4610 {1 "20" 6} 100.00
#PSALDO -1 202101 4610 {1 "20"} 100.00
#PSALDO 0 202201 4610 {1 "20"} 100.00
#PSALDO 0 202201 4610 {1 "20"} 200.00
detta är ingen etikett
#PSALDO 0 202201 46A0 {} 1.00
#PSALDO 0 202201 4610 {1 "20" 100.00
#RAR 0 20220101 20221231
#PSALDO 0 202201 {} 5.00
'''
open(D + "trasig.se", "wb").write(trasig.encode("cp437"))

trasigcsv = '''ar;manad;konto;objekt;belopp
2022;1;4610;20;140 000
2022;13;4610;20;100
2022;2;46x0;20;100
2022;2;4610;20;1.234,50
22;2;4610;20;100
2022;3;4610;20;
'''
open(D + "trasig.csv", "wb").write(trasigcsv.encode("iso-8859-1"))

mappning = '''# Testnämndens mappning: ansvar i dimension 1.
konto_fran;konto_till;objekt;verksamhet
3000;8999;10;NAMND
3000;8999;20;BISTAND
3000;8999;30;ATGARDER
3000;8999;40;ENHETER
5000;5999;;NAMND
3000;8999;90;-
'''
open(D + "mappning.csv", "wb").write(mappning.encode("utf-8"))
