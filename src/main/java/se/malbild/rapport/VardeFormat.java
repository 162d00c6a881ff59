package se.malbild.rapport;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import se.malbild.common.SvenskFormat;
import se.malbild.dokument.Talformat;
import se.malbild.dokument.Tabell.Cell;
import se.malbild.ekonomi.Beloppsenhet;
import se.malbild.mal.Malvarde;
import se.malbild.mal.MalvardeText;
import se.malbild.mal.MalvardeTyp;
import se.malbild.mal.Matenhet;
import se.malbild.mal.Utfall;

/**
 * How amounts, outcomes and targets read in a report: the one place that turns them into table cells, the text as
 * printed together with the exact number behind it.
 */
@Component
class VardeFormat {

    private final Texter texter;
    private final MalvardeText malvardeText;

    VardeFormat(Texter texter, MalvardeText malvardeText) {
        this.texter = texter;
        this.malvardeText = malvardeText;
    }

    /**
     * An exact amount in kronor, in the document's unit: {@code 462 147} tkr, {@code 87,8} mnkr. The cell holds the
     * unrounded amount in that unit.
     */
    Cell belopp(BigDecimal kronor, Beloppsenhet enhet) {
        BigDecimal iEnheten = enhet.franKronor(kronor);
        int decimaler = Math.max(enhet.minstaDecimaler(), Math.min(enhet.flestaDecimaler(),
                iEnheten.setScale(enhet.flestaDecimaler(), RoundingMode.HALF_UP).stripTrailingZeros().scale()));
        return Cell.tal(iEnheten, medDecimaler(decimaler));
    }

    /** "78", "5,71", "I.U.", "78 (hela UAF febr)" with the outcome's footnotes. */
    Cell utfall(Utfall utfall, Fotnoter fotnoter) {
        List<String> noter = new ArrayList<>(utfall.getFotnoter());
        String kommentar = utfall.getKommentar() == null || utfall.getKommentar().isBlank()
                ? "" : " (" + utfall.getKommentar() + ")";
        if (utfall.isIngetUtfall()) {
            if (utfall.getForklaring() != null) {
                noter.add(0, utfall.getForklaring());
            }
            return Cell.text(texter.t("rapport.utfall.iu") + kommentar).medFotnoter(fotnoter.referera(noter));
        }
        BigDecimal varde = utfall.getVarde();
        Talformat format = somSkrivet(varde);
        return new Cell(format.text(varde) + kommentar, varde, format, fotnoter.referera(noter), null);
    }

    /**
     * A target in the words of the seeds, with its footnotes ("I.U." points to its explanation). A plain figure also
     * carries its number; a comparison ("&lt;1 %"), a direction or words are text.
     */
    Cell malvarde(Malvarde malvarde, Fotnoter fotnoter) {
        List<String> noter = new ArrayList<>(malvarde.getFotnoter());
        if (malvarde.getTyp() == MalvardeTyp.EJ_FASTSTALLT && malvarde.getForklaring() != null) {
            noter.add(0, malvarde.getForklaring());
        }
        String text = malvardeText.text(malvarde);
        if (malvarde.getTyp() != MalvardeTyp.VARDE || malvarde.getVarde() == null) {
            return Cell.text(text).medFotnoter(fotnoter.referera(noter));
        }
        BigDecimal varde = malvarde.getVarde();
        Talformat format = malvarde.getIndikator().getMatenhet() == Matenhet.PROCENT ? procent(varde) : somSkrivet(varde);
        return new Cell(text, varde, format, fotnoter.referera(noter), null);
    }

    /** A key-figure value with its decimals, or its anmärkning as a footnote when the value is missing. */
    Cell nyckeltal(BigDecimal varde, int decimaler, String anmarkning, Fotnoter fotnoter) {
        if (varde == null) {
            return Cell.text(texter.t("rapport.nyckeltal.saknas"))
                    .medFotnoter(fotnoter.referera(anmarkning == null ? List.of() : List.of(anmarkning)));
        }
        Talformat format = medDecimaler(decimaler);
        return format == Talformat.SOM_SKRIVET
                ? new Cell(SvenskFormat.tal(varde, decimaler), varde, format, List.of(), null)
                : Cell.tal(varde, format);
    }

    /** The format that prints a reported figure with the decimals it was reported with. */
    private static Talformat somSkrivet(BigDecimal varde) {
        return medDecimaler(Math.max(0, varde.scale()));
    }

    private static Talformat procent(BigDecimal varde) {
        return switch (Math.max(0, varde.scale())) {
            case 0 -> Talformat.PROCENT0;
            case 1 -> Talformat.PROCENT1;
            case 2 -> Talformat.PROCENT2;
            default -> Talformat.SOM_SKRIVET;
        };
    }

    private static Talformat medDecimaler(int decimaler) {
        return switch (decimaler) {
            case 0 -> Talformat.HELTAL;
            case 1 -> Talformat.DECIMAL1;
            case 2 -> Talformat.DECIMAL2;
            default -> Talformat.SOM_SKRIVET;
        };
    }
}
