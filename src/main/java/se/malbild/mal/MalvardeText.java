package se.malbild.mal;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import se.malbild.common.SvenskFormat;

/** A target in the words of the seeds: "88 %", "<1 %", "Ska öka", "Inga signifikanta skillnader", "Budget i balans". */
@Component
public class MalvardeText {

    private static final Locale SVENSKA = Locale.forLanguageTag("sv-SE");

    private final MessageSource meddelanden;

    MalvardeText(MessageSource meddelanden) {
        this.meddelanden = meddelanden;
    }

    public String text(Malvarde malvarde) {
        Indikator indikator = malvarde.getIndikator();
        return switch (malvarde.getTyp()) {
            case VARDE -> SvenskFormat.somSkrivet(malvarde.getVarde()) + enhet(indikator.getMatenhet());
            case JAMFORELSE -> t("rapport.jamforelse." + malvarde.getOperator())
                    + SvenskFormat.somSkrivet(malvarde.getVarde()) + enhet(indikator.getMatenhet());
            case RIKTNING -> {
                String storlek = malvarde.getVarde() == null ? "" : SvenskFormat.somSkrivet(malvarde.getVarde()) + enhet(indikator.getMatenhet());
                yield malvarde.getText() != null
                        ? malvarde.getText() + (storlek.isEmpty() ? "" : ": " + storlek)
                        : t("rapport.riktning." + malvarde.getRiktning()) + (storlek.isEmpty() ? "" : " " + storlek);
            }
            case KVALITATIVT -> malvarde.getText();
            case BUDGET_I_BALANS -> (malvarde.getText() == null ? "" : malvarde.getText() + ": ") + t("rapport.malvarde.budgetIBalans");
            case EJ_FASTSTALLT -> t("rapport.malvarde.iu");
        };
    }

    /** Whether the target reads as a number (aligned right in tables) rather than words. */
    public static boolean arTal(Malvarde malvarde) {
        return switch (malvarde.getTyp()) {
            case VARDE, JAMFORELSE, EJ_FASTSTALLT -> true;
            case RIKTNING, KVALITATIVT, BUDGET_I_BALANS -> false;
        };
    }

    private String enhet(Matenhet matenhet) {
        return switch (matenhet) {
            case PROCENT, TKR, KR, MNKR -> t("rapport.matenhet." + matenhet);
            default -> "";
        };
    }


    private String t(String nyckel) {
        return meddelanden.getMessage(nyckel, null, SVENSKA);
    }
}
