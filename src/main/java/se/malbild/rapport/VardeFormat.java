package se.malbild.rapport;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import se.malbild.common.SvenskFormat;
import se.malbild.ekonomi.Beloppsenhet;
import se.malbild.mal.Indikator;
import se.malbild.mal.Malvarde;
import se.malbild.mal.Matenhet;
import se.malbild.mal.Utfall;

/** How amounts, outcomes and targets read in a report: the one place that turns them into Swedish text. */
@Component
class VardeFormat {

    private final Texter texter;

    VardeFormat(Texter texter) {
        this.texter = texter;
    }

    /** An exact amount in kronor, in the document's unit: {@code 462 147} tkr, {@code 87,8} mnkr. */
    String belopp(BigDecimal kronor, Beloppsenhet enhet) {
        return SvenskFormat.tal(enhet.franKronor(kronor), enhet.minstaDecimaler(), enhet.flestaDecimaler());
    }

    /** "78", "5,71", "I.U.", "78 (hela UAF febr)" with the outcome's footnotes. */
    InternbudgetVy.Cell utfall(Utfall utfall, Fotnoter fotnoter) {
        List<String> noter = new ArrayList<>(utfall.getFotnoter());
        String text;
        if (utfall.isIngetUtfall()) {
            text = texter.t("rapport.utfall.iu");
            if (utfall.getForklaring() != null) {
                noter.add(0, utfall.getForklaring());
            }
        } else {
            text = SvenskFormat.tal(utfall.getVarde(), utfall.getIndikator().getDecimaler());
        }
        if (utfall.getKommentar() != null && !utfall.getKommentar().isBlank()) {
            text += " (" + utfall.getKommentar() + ")";
        }
        return new InternbudgetVy.Cell(text, fotnoter.referera(noter), true);
    }

    /** A target in the words of the seeds: "88,0 %", "<1 %", "Ska öka", "Inga signifikanta skillnader", "Budget i balans". */
    InternbudgetVy.Cell malvarde(Malvarde malvarde, Fotnoter fotnoter) {
        Indikator indikator = malvarde.getIndikator();
        List<String> noter = new ArrayList<>(malvarde.getFotnoter());
        String text = switch (malvarde.getTyp()) {
            case VARDE -> somSkrivet(malvarde.getVarde()) + enhet(indikator.getMatenhet());
            case JAMFORELSE -> texter.t("rapport.jamforelse." + malvarde.getOperator())
                    + somSkrivet(malvarde.getVarde()) + enhet(indikator.getMatenhet());
            case RIKTNING -> {
                String storlek = malvarde.getVarde() == null ? "" : somSkrivet(malvarde.getVarde()) + enhet(indikator.getMatenhet());
                yield malvarde.getText() != null
                        ? malvarde.getText() + (storlek.isEmpty() ? "" : ": " + storlek)
                        : texter.t("rapport.riktning." + malvarde.getRiktning()) + (storlek.isEmpty() ? "" : " " + storlek);
            }
            case KVALITATIVT -> malvarde.getText();
            case BUDGET_I_BALANS -> (malvarde.getText() == null ? "" : malvarde.getText() + ": ")
                    + texter.t("rapport.malvarde.budgetIBalans");
            case EJ_FASTSTALLT -> {
                if (malvarde.getForklaring() != null) {
                    noter.add(0, malvarde.getForklaring());
                }
                yield texter.t("rapport.malvarde.iu");
            }
        };
        boolean tal = switch (malvarde.getTyp()) {
            case VARDE, JAMFORELSE, EJ_FASTSTALLT -> true;
            case RIKTNING, KVALITATIVT, BUDGET_I_BALANS -> false;
        };
        return new InternbudgetVy.Cell(text, fotnoter.referera(noter), tal);
    }

    /** A key-figure value, or its anmärkning as a footnote when the value is missing. */
    InternbudgetVy.Cell nyckeltal(BigDecimal varde, int decimaler, String anmarkning, Fotnoter fotnoter) {
        if (varde == null) {
            return new InternbudgetVy.Cell(texter.t("rapport.nyckeltal.saknas"),
                    fotnoter.referera(anmarkning == null ? List.of() : List.of(anmarkning)), false);
        }
        return InternbudgetVy.Cell.av(SvenskFormat.tal(varde, decimaler));
    }

    private String enhet(Matenhet matenhet) {
        return switch (matenhet) {
            case PROCENT, TKR, KR, MNKR -> texter.t("rapport.matenhet." + matenhet);
            default -> "";
        };
    }

    /** A target with the decimals it was written with: 88, 6,0, 0,5. */
    private static String somSkrivet(BigDecimal varde) {
        return SvenskFormat.tal(varde, Math.min(4, Math.max(0, varde.scale())));
    }
}
