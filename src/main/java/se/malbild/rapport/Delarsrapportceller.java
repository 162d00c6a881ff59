package se.malbild.rapport;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import se.malbild.bedomning.Textformat;
import se.malbild.dokument.Block;
import se.malbild.dokument.Status;
import se.malbild.dokument.Tabell;
import se.malbild.dokument.Talformat;
import se.malbild.ekonomi.Ekonomitabeller;
import se.malbild.mal.Maluppfyllelse;
import se.malbild.mal.Malstatus;
import se.malbild.mal.Matenhet;
import se.malbild.uppfoljning.Uppfoljningspunkt;
import se.malbild.uppfoljning.Uppfoljningstyp;

/**
 * The small pieces every part of the delårsrapport is made of: amounts in tkr as number cells, statuses with icon and
 * words, typed report texts as paragraphs and lists, the name of the point's period.
 */
@Component
class Delarsrapportceller {

    private final Texter texter;
    private final Ekonomitabeller ekonomitabeller;

    Delarsrapportceller(Texter texter, Ekonomitabeller ekonomitabeller) {
        this.texter = texter;
        this.ekonomitabeller = ekonomitabeller;
    }

    String t(String nyckel, Object... argument) {
        return texter.t(nyckel, argument);
    }

    /** Kronor as a whole number of tkr, the exact tkr in the cell; an unknown amount as a dash. */
    Tabell.Cell tkr(BigDecimal kronor) {
        return kronor == null ? Tabell.Cell.text(ekonomitabeller.tkr(null))
                : Tabell.Cell.tal(Ekonomitabeller.iTkr(kronor), Talformat.HELTAL);
    }

    /** A number with a fixed number of decimals, or a percentage for {@code procent}; empty when null. */
    static Tabell.Cell tal(BigDecimal tal, int decimaler, boolean procent) {
        return Tabell.Cell.tal(tal, format(decimaler, procent));
    }

    static Talformat format(int decimaler, boolean procent) {
        return switch (decimaler) {
            case 0 -> procent ? Talformat.PROCENT0 : Talformat.HELTAL;
            case 1 -> procent ? Talformat.PROCENT1 : Talformat.DECIMAL1;
            case 2 -> procent ? Talformat.PROCENT2 : Talformat.DECIMAL2;
            default -> Talformat.SOM_SKRIVET;
        };
    }

    /** The final assessment of a nämndmål: Uppfylls (green tick), Uppfylls delvis, Uppfylls ej, Kan ej bedömas. */
    Status status(Malstatus status) {
        Status.Ikon ikon = switch (status) {
            case UPPFYLLS -> Status.Ikon.UPPFYLLS;
            case UPPFYLLS_DELVIS -> Status.Ikon.DELVIS;
            case UPPFYLLS_EJ -> Status.Ikon.EJ;
            case KAN_EJ_BEDOMAS -> Status.Ikon.KAN_EJ_BEDOMAS;
        };
        return new Status(ikon, t(status.nyckel()));
    }

    /** Whether an indicator's target is met: Ja, Delvis, Nej, Kan ej bedömas. */
    Status status(Maluppfyllelse uppfyllelse) {
        Status.Ikon ikon = switch (uppfyllelse) {
            case UPPFYLLS -> Status.Ikon.UPPFYLLS;
            case DELVIS -> Status.Ikon.DELVIS;
            case UPPFYLLS_EJ -> Status.Ikon.EJ;
            case KAN_EJ_BEDOMAS -> Status.Ikon.KAN_EJ_BEDOMAS;
        };
        return new Status(ikon, t(uppfyllelse.nyckel()));
    }

    /** A report text as typed: paragraphs and bullet lists. */
    static List<Block> block(List<Textformat.Block> text) {
        List<Block> block = new ArrayList<>();
        for (Textformat.Block b : text) {
            block.add(b.isLista() ? new Block.Punktlista(null, b.punkter()) : new Block.Stycke(b.stycke()));
        }
        return block;
    }

    /**
     * A typed text under a lead ("Ekonomiskt bistånd"): its first paragraph carries the lead in bold, or a list that
     * comes first has it as its lead-in.
     */
    static List<Block> block(String rubrik, List<Textformat.Block> text) {
        List<Block> block = block(text);
        if (!block.isEmpty() && block.get(0) instanceof Block.Stycke forsta) {
            block.set(0, new Block.Stycke(rubrik, forsta.text()));
        } else if (!block.isEmpty() && block.get(0) instanceof Block.Punktlista lista) {
            block.set(0, new Block.Punktlista(rubrik, lista.punkter()));
        }
        return block;
    }

    /** The column heading of the point's period: "Augusti 2022"; the year alone for a full-year point. */
    String period(Uppfoljningspunkt punkt) {
        return period(punkt, punkt.getAr());
    }

    /** The same period of another year: "Augusti 2021". */
    String period(Uppfoljningspunkt punkt, int ar) {
        if (punkt.getTyp() == Uppfoljningstyp.HELAR) {
            return String.valueOf(ar);
        }
        String manad = ekonomitabeller.manad(punkt.getManad());
        return manad.substring(0, 1).toUpperCase(Texter.SVENSKA) + manad.substring(1) + " " + ar;
    }

    /** The unit of an indicator in words: "%", "antal", "dagar". */
    String enhet(Matenhet matenhet) {
        return t("dokument.matenhet." + matenhet.name());
    }
}
