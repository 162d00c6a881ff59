package se.malbild.rapport;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import se.malbild.dokument.Avsnitt;
import se.malbild.dokument.Block;
import se.malbild.dokument.Tabell;
import se.malbild.nyckeltal.Nyckeltal;
import se.malbild.nyckeltal.NyckeltalKategori;
import se.malbild.uppfoljning.NyckeltalUppfoljning;
import se.malbild.uppfoljning.Uppfoljningspunkt;

/**
 * "Volymutveckling" and "Personal" of the delårsrapport (seed 001): each volume beside its full-year forecast, and each
 * personnel key figure beside its target for the year, at the point's month this year and last year, with the
 * comments entered. A key figure without any of these values is left out.
 */
@Component
class DelarsrapportNyckeltal {

    private final Delarsrapportceller celler;

    DelarsrapportNyckeltal(Delarsrapportceller celler) {
        this.celler = celler;
    }

    /** The section of one category's key figures; null when none has a value or a comment. */
    Avsnitt avsnitt(String id, String rubrik, NyckeltalKategori kategori, List<NyckeltalUppfoljning.Varde> varden,
            Uppfoljningspunkt punkt, Fotnoter fotnoter) {
        boolean volym = kategori == NyckeltalKategori.VOLYM;
        List<Tabell.Rad> rader = new ArrayList<>();
        List<Block> kommentarer = new ArrayList<>();
        for (NyckeltalUppfoljning.Varde v : varden) {
            if (v.nyckeltal().getKategori() != kategori) {
                continue;
            }
            Nyckeltal n = v.nyckeltal();
            String namn = n.getEnhet() == null ? n.getNamn() : n.getNamn() + ", " + n.getEnhet().getNamn();
            BigDecimal forsta = volym ? v.prognosHelar() : v.budget();
            if (forsta != null || v.varde() != null || v.foregaendeAr() != null) {
                rader.add(new Tabell.Rad(namn, Tabell.Radslag.RAD,
                        List.of(cell(forsta, n), cell(v.varde(), n), cell(v.foregaendeAr(), n)),
                        fotnoter.referera(n.getFotnoter()), null, null));
            }
            if (v.kommentar() != null && !v.kommentar().isBlank()) {
                kommentarer.add(new Block.Stycke(namn, v.kommentar()));
            }
        }
        if (rader.isEmpty() && kommentarer.isEmpty()) {
            return null;
        }
        List<Block> block = new ArrayList<>();
        if (!rader.isEmpty()) {
            block.add(new Tabell(id + "-tabell", celler.t(rubrik + ".tabell", punkt.getNamn()),
                    List.of(celler.t(rubrik + ".kolumn"),
                            celler.t(volym ? "delarsrapport.kolumn.prognosHelar" : "delarsrapport.kolumn.malvardeHelar"),
                            celler.period(punkt), celler.period(punkt, punkt.getAr() - 1)),
                    rader));
        }
        block.addAll(kommentarer);
        return new Avsnitt(id, celler.t(rubrik), block);
    }

    private static Tabell.Cell cell(BigDecimal varde, Nyckeltal n) {
        return Delarsrapportceller.tal(varde, n.getDecimaler(), "%".equals(n.getMatenhet()));
    }
}
