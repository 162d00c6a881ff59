package se.malbild.rapport;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import se.malbild.common.SvenskFormat;
import se.malbild.ekonomi.Beloppsenhet;
import se.malbild.mal.Malvarde;
import se.malbild.mal.MalvardeText;
import se.malbild.mal.MalvardeTyp;
import se.malbild.mal.Utfall;

/** How amounts, outcomes and targets read in a report: the one place that turns them into Swedish text. */
@Component
class VardeFormat {

    private final Texter texter;
    private final MalvardeText malvardeText;

    VardeFormat(Texter texter, MalvardeText malvardeText) {
        this.texter = texter;
        this.malvardeText = malvardeText;
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
            text = SvenskFormat.somSkrivet(utfall.getVarde());
        }
        if (utfall.getKommentar() != null && !utfall.getKommentar().isBlank()) {
            text += " (" + utfall.getKommentar() + ")";
        }
        return new InternbudgetVy.Cell(text, fotnoter.referera(noter), true);
    }

    /** A target in the words of the seeds, with its footnotes ("I.U." points to its explanation). */
    InternbudgetVy.Cell malvarde(Malvarde malvarde, Fotnoter fotnoter) {
        List<String> noter = new ArrayList<>(malvarde.getFotnoter());
        if (malvarde.getTyp() == MalvardeTyp.EJ_FASTSTALLT && malvarde.getForklaring() != null) {
            noter.add(0, malvarde.getForklaring());
        }
        return new InternbudgetVy.Cell(malvardeText.text(malvarde), fotnoter.referera(noter), MalvardeText.arTal(malvarde));
    }

    /** A key-figure value, or its anmärkning as a footnote when the value is missing. */
    InternbudgetVy.Cell nyckeltal(BigDecimal varde, int decimaler, String anmarkning, Fotnoter fotnoter) {
        if (varde == null) {
            return new InternbudgetVy.Cell(texter.t("rapport.nyckeltal.saknas"),
                    fotnoter.referera(anmarkning == null ? List.of() : List.of(anmarkning)), false);
        }
        return InternbudgetVy.Cell.av(SvenskFormat.tal(varde, decimaler));
    }
}
