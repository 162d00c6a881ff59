package se.malbild.onboarding;

import java.math.BigDecimal;
import java.util.List;
import se.malbild.ekonomi.Beloppsenhet;
import se.malbild.ekonomi.Kolumntyp;
import se.malbild.mal.Harledning;
import se.malbild.mal.Jamforelse;
import se.malbild.mal.Kon;
import se.malbild.mal.Matenhet;
import se.malbild.mal.MalvardeTyp;
import se.malbild.mal.RelativRiktning;
import se.malbild.mal.Riktning;
import se.malbild.mal.UppdragTyp;
import se.malbild.nyckeltal.NyckeltalKategori;
import se.malbild.nyckeltal.VardeTyp;
import se.malbild.organisation.VerksamhetTyp;

/**
 * An import file in the format {@code malbild-plan/1}, as documented by {@code import/malbild-plan.schema.json}.
 * Bound only after the file has passed the schema, so required parts are present; optional lists may be null.
 */
record PlanFil(String format, KommunDel kommun, List<MalomradeDel> malomraden, NamndDel namnd,
        InternbudgetDel internbudget, DriftbudgetDel driftbudget, List<RamDel> budgetramar,
        InvesteringarDel investeringar, List<NyckeltalDel> nyckeltal, List<NamndmalDel> namndmal,
        List<UppdragDel> strategiskaUppdrag) {

    static <T> List<T> lista(List<T> lista) {
        return lista == null ? List.of() : lista;
    }

    record KommunDel(String scbKod, String namn) {
    }

    record MalomradeDel(String kod, String namn, String beskrivning, int franAr, int tillAr,
            List<KommunovergripandeMalDel> kommunovergripandeMal) {
    }

    record KommunovergripandeMalDel(String kod, String namn, String beskrivning) {
    }

    record NamndDel(String kod, String namn, String forvaltning, String ordforande, String forvaltningschef,
            List<String> uppdrag, List<EnhetDel> enheter, List<VerksamhetDel> verksamheter) {
    }

    record EnhetDel(String kod, String namn) {
    }

    record VerksamhetDel(String kod, String namn, VerksamhetTyp typ) {
    }

    record InternbudgetDel(int ar, int planTillAr, String titel, Beloppsenhet beloppsenhet, List<KolumnDel> kolumner,
            List<String> sammanfattning, String kommentarEkonomi, String kommentarVolym, String kommentarPersonal) {
    }

    record KolumnDel(int ar, Kolumntyp typ) {
    }

    record DriftbudgetDel(List<PostDel> poster, List<VaravDel> varav) {
    }

    record PostDel(String verksamhet, List<DriftbeloppDel> belopp, List<ForandringDel> forandringar) {
    }

    record DriftbeloppDel(int ar, Kolumntyp typ, BigDecimal belopp, BigDecimal intakter, BigDecimal kostnader) {
    }

    record KolumnbeloppDel(int ar, Kolumntyp typ, BigDecimal belopp) {
    }

    record ForandringDel(String text, String fotnot, List<ArsbeloppDel> belopp) {
    }

    record ArsbeloppDel(int ar, BigDecimal belopp) {
    }

    record VaravDel(int ar, Kolumntyp typ, BigDecimal intakter, BigDecimal kostnader) {
    }

    record RamDel(int ar, String beslut, BigDecimal belopp, List<JusteringDel> justeringar) {
    }

    record JusteringDel(String text, BigDecimal belopp) {
    }

    record InvesteringarDel(List<InvesteringDel> objekt, List<InvesteringsramDel> ramar) {
    }

    record InvesteringDel(String namn, List<KolumnbeloppDel> belopp) {
    }

    record InvesteringsramDel(int ar, String beslut, BigDecimal belopp) {
    }

    record NyckeltalDel(NyckeltalKategori kategori, String namn, String enhet, String matenhet, Integer decimaler,
            List<String> fotnoter, List<NyckeltalVardeDel> varden) {
    }

    record NyckeltalVardeDel(int ar, VardeTyp typ, BigDecimal varde, String anmarkning) {
    }

    record NamndmalDel(String kod, String titel, String beskrivning, String kommunovergripandeMal,
            List<String> fotnoter, List<IndikatorDel> indikatorer) {
    }

    record IndikatorDel(String kod, String grupp, String namn, Matenhet matenhet, Integer decimaler,
            Riktning riktning, String kalla, Boolean obligatorisk, Boolean konsuppdelning, List<String> enheter,
            String koladaKpi, Harledning harledning, List<String> fotnoter, List<MalvardeDel> malvarden, List<UtfallDel> utfall) {
    }

    record MalvardeDel(int ar, MalvardeTyp typ, BigDecimal varde, Jamforelse operator, RelativRiktning riktning,
            String text, String forklaring, List<String> fotnoter) {
    }

    record UtfallDel(int ar, Integer manad, Kon kon, String enhet, BigDecimal varde, Boolean ingetUtfall,
            String forklaring, String kommentar, List<String> fotnoter) {

        Kon konEllerTotal() {
            return kon == null ? Kon.T : kon;
        }
    }

    record UppdragDel(UppdragTyp typ, String text) {
    }
}
