package se.malbild.dokument;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * What differs between an adopted report and the live one, said so that a reader finds each place: the section path,
 * the table's caption, the row (with its group and what it belongs to) and the column heading ("Ekonomi › Resultat
 * jan–aug › Flyktingmottagande › Avvikelse"), or the section path and the position of a text ("Samlad bedömning och
 * analys › stycke 2").
 *
 * <p>Sections, tables, rows, columns and facts are matched by their names, so that an added row does not make every
 * later row differ; paragraphs, lists and list items by their position. Cells are compared as printed (and by their
 * exact value, so that a change hidden by rounding is still reported).
 */
@Component
public class Jamforelse {

    private static final Locale SVENSKA = Locale.forLanguageTag("sv-SE");
    private static final String PIL = " › ";

    /**
     * One difference.
     *
     * @param var   where it is, as a reader finds it
     * @param fore  what the adopted report says; null when it had nothing there
     * @param efter what the live report says; null when it has nothing there any more
     */
    public record Skillnad(String var, String fore, String efter) {
    }

    private final MessageSource meddelanden;

    public Jamforelse(MessageSource meddelanden) {
        this.meddelanden = meddelanden;
    }

    /** The differences from {@code faststalld} to {@code levande}, in the order of the report; empty when none. */
    public List<Skillnad> skillnader(Dokument faststalld, Dokument levande) {
        List<Skillnad> ut = new ArrayList<>();
        text(ut, t("faststallelse.jamforelse.titel"), faststalld.titel(), levande.titel());
        text(ut, t("faststallelse.jamforelse.namnd"), faststalld.namnd(), levande.namnd());
        avsnitt(ut, List.of(), faststalld.avsnitt(), levande.avsnitt());
        parvis(faststalld.fotnoter(), levande.fotnoter(), f -> String.valueOf(f.nummer()),
                (f, e) -> text(ut, t("faststallelse.jamforelse.fotnot", f.nummer()), f.text(), e.text()),
                f -> ut.add(new Skillnad(t("faststallelse.jamforelse.fotnot", f.nummer()), f.text(), null)),
                e -> ut.add(new Skillnad(t("faststallelse.jamforelse.fotnot", e.nummer()), null, e.text())));
        return ut;
    }

    private void avsnitt(List<Skillnad> ut, List<String> vag, List<Avsnitt> fore, List<Avsnitt> efter) {
        parvis(fore, efter, Avsnitt::rubrik, (f, e) -> {
            List<String> har = med(vag, f.rubrik());
            block(ut, har, f.block(), e.block());
            avsnitt(ut, har, f.underavsnitt(), e.underavsnitt());
        }, f -> ut.add(new Skillnad(plats(med(vag, f.rubrik())), t("faststallelse.jamforelse.helaAvsnittet"), null)),
                e -> ut.add(new Skillnad(plats(med(vag, e.rubrik())), null, t("faststallelse.jamforelse.helaAvsnittet"))));
    }

    private void block(List<Skillnad> ut, List<String> vag, List<Block> fore, List<Block> efter) {
        parvisEfterPlats(av(fore, Block.Stycke.class), av(efter, Block.Stycke.class), (nr, f, e) -> {
            String var = plats(med(vag, t("faststallelse.jamforelse.stycke", nr)));
            text(ut, var, f == null ? null : f.text(), e == null ? null : e.text());
        });
        parvisEfterPlats(av(fore, Block.Punktlista.class), av(efter, Block.Punktlista.class), (nr, f, e) -> {
            List<String> lista = med(vag, t("faststallelse.jamforelse.punktlista", nr));
            text(ut, plats(med(lista, t("faststallelse.jamforelse.ingress"))), f == null ? null : f.ingress(),
                    e == null ? null : e.ingress());
            parvisEfterPlats(f == null ? List.of() : f.punkter(), e == null ? List.of() : e.punkter(),
                    (punkt, pf, pe) -> text(ut, plats(med(lista, t("faststallelse.jamforelse.punkt", punkt))), pf, pe));
        });
        parvis(av(fore, Block.Statusrad.class), av(efter, Block.Statusrad.class), Block.Statusrad::etikett, (f, e) -> {
            text(ut, plats(med(vag, f.etikett())), statustext(f.status()), statustext(e.status()));
            text(ut, plats(med(vag, f.etikett(), t("faststallelse.jamforelse.forklaring"))), f.forklaring(), e.forklaring());
        }, f -> ut.add(new Skillnad(plats(med(vag, f.etikett())), statustext(f.status()), null)),
                e -> ut.add(new Skillnad(plats(med(vag, e.etikett())), null, statustext(e.status()))));
        parvis(fakta(fore), fakta(efter), Block.Faktum::etikett,
                (f, e) -> cell(ut, plats(med(vag, f.etikett())), f.varde(), f.tal(), e.varde(), e.tal()),
                f -> ut.add(new Skillnad(plats(med(vag, f.etikett())), f.varde(), null)),
                e -> ut.add(new Skillnad(plats(med(vag, e.etikett())), null, e.varde())));
        parvis(tabeller(fore), tabeller(efter), Tabell::rubrik, (f, e) -> tabell(ut, vag, f, e),
                f -> ut.add(new Skillnad(plats(tabellvag(vag, f)), t("faststallelse.jamforelse.helaTabellen"), null)),
                e -> ut.add(new Skillnad(plats(tabellvag(vag, e)), null, t("faststallelse.jamforelse.helaTabellen"))));
    }

    private void tabell(List<Skillnad> ut, List<String> vag, Tabell fore, Tabell efter) {
        List<String> tabellvag = tabellvag(vag, fore);
        List<String> foreKolumner = datakolumner(fore);
        List<String> efterKolumner = datakolumner(efter);
        List<String> gemensamma = nycklar(foreKolumner).stream().filter(nycklar(efterKolumner)::contains).toList();
        parvis(foreKolumner, efterKolumner, Function.identity(), (f, e) -> {
        }, f -> ut.add(new Skillnad(plats(med(tabellvag, f)), t("faststallelse.jamforelse.helaKolumnen"), null)),
                e -> ut.add(new Skillnad(plats(med(tabellvag, e)), null, t("faststallelse.jamforelse.helaKolumnen"))));
        Map<String, Integer> foreIndex = index(nycklar(foreKolumner));
        Map<String, Integer> efterIndex = index(nycklar(efterKolumner));
        parvis(fore.rader(), efter.rader(), Jamforelse::radnyckel, (f, e) -> {
            List<String> radvag = radvag(tabellvag, f);
            for (String kolumn : gemensamma) {
                Tabell.Cell cf = cellPa(f, foreIndex.get(kolumn));
                Tabell.Cell ce = cellPa(e, efterIndex.get(kolumn));
                cell(ut, plats(med(radvag, utanNummer(kolumn))), cf.text(), cf.tal(), ce.text(), ce.tal());
            }
        }, f -> ut.add(new Skillnad(plats(radvag(tabellvag, f)), radtext(f, foreKolumner), null)),
                e -> ut.add(new Skillnad(plats(radvag(tabellvag, e)), null, radtext(e, efterKolumner))));
    }

    private void cell(List<Skillnad> ut, String var, String foreText, BigDecimal foreTal, String efterText,
            BigDecimal efterTal) {
        if (!Objects.equals(foreText, efterText)) {
            ut.add(new Skillnad(var, foreText, efterText));
        } else if (!sammaTal(foreTal, efterTal)) {
            ut.add(new Skillnad(var, exakt(foreText, foreTal), exakt(efterText, efterTal)));
        }
    }

    private void text(List<Skillnad> ut, String var, String fore, String efter) {
        if (!Objects.equals(fore, efter)) {
            ut.add(new Skillnad(var, fore, efter));
        }
    }

    private String exakt(String text, BigDecimal tal) {
        return tal == null ? text : t("faststallelse.jamforelse.exakt", text, tal.toPlainString());
    }

    private static boolean sammaTal(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    private static String statustext(Status status) {
        return status == null ? null : status.text();
    }

    private String radtext(Tabell.Rad rad, List<String> kolumner) {
        return IntStream.range(0, Math.min(kolumner.size(), rad.celler().size()))
                .filter(i -> !rad.celler().get(i).text().isBlank())
                .mapToObj(i -> kolumner.get(i) + " " + rad.celler().get(i).text())
                .collect(Collectors.joining("; "));
    }

    private static Tabell.Cell cellPa(Tabell.Rad rad, int index) {
        return index < rad.celler().size() ? rad.celler().get(index) : Tabell.Cell.text("");
    }

    private static List<String> tabellvag(List<String> vag, Tabell tabell) {
        return !vag.isEmpty() && vag.get(vag.size() - 1).equals(tabell.rubrik()) ? vag : med(vag, tabell.rubrik());
    }

    private static List<String> radvag(List<String> tabellvag, Tabell.Rad rad) {
        List<String> vag = new ArrayList<>(tabellvag);
        if (rad.grupp() != null && !rad.grupp().isBlank()) {
            vag.add(rad.grupp());
        }
        if (rad.kontext() != null && !rad.kontext().isBlank()) {
            vag.add(rad.kontext());
        }
        vag.add(rad.namn());
        return vag;
    }

    private static String radnyckel(Tabell.Rad rad) {
        return rad.grupp() + "\u0000" + rad.kontext() + "\u0000" + rad.namn();
    }

    /** The headings of the value columns (the first heads the row names), one per cell. */
    private static List<String> datakolumner(Tabell tabell) {
        return tabell.kolumner().isEmpty() ? List.of() : tabell.kolumner().subList(1, tabell.kolumner().size());
    }

    /** Tables, including a chart's data table under the chart's title. */
    private static List<Tabell> tabeller(List<Block> block) {
        List<Tabell> tabeller = new ArrayList<>();
        for (Block b : block) {
            if (b instanceof Tabell tabell) {
                tabeller.add(tabell);
            } else if (b instanceof Diagram diagram && diagram.tabell() != null) {
                Tabell data = diagram.tabell();
                tabeller.add(new Tabell(data.id(), diagram.rubrik(), data.kolumner(), data.rader()));
            }
        }
        return tabeller;
    }

    private static List<Block.Faktum> fakta(List<Block> block) {
        return av(block, Block.Fakta.class).stream().flatMap(f -> f.fakta().stream()).toList();
    }

    private static <T> List<T> av(List<Block> block, Class<T> slag) {
        return block.stream().filter(slag::isInstance).map(slag::cast).toList();
    }

    /**
     * Pairs the elements of two lists by name; a name that occurs more than once is paired by its occurrence (the
     * second "Kvinnor" with the second "Kvinnor"). Visits pairs and removed elements in the adopted order, then the
     * added ones in the live order.
     */
    private static <T> void parvis(List<T> fore, List<T> efter, Function<T, String> namn, Par<T> bada,
            Consumer<T> borttagen, Consumer<T> tillagd) {
        List<String> foreNycklar = nycklar(fore.stream().map(namn).toList());
        List<String> efterNycklar = nycklar(efter.stream().map(namn).toList());
        Map<String, Integer> efterIndex = index(efterNycklar);
        for (int i = 0; i < fore.size(); i++) {
            Integer j = efterIndex.get(foreNycklar.get(i));
            if (j == null) {
                borttagen.accept(fore.get(i));
            } else {
                bada.accept(fore.get(i), efter.get(j));
            }
        }
        Map<String, Integer> foreIndex = index(foreNycklar);
        for (int j = 0; j < efter.size(); j++) {
            if (!foreIndex.containsKey(efterNycklar.get(j))) {
                tillagd.accept(efter.get(j));
            }
        }
    }

    /** Pairs two lists by position (numbered from 1); the longer list's extra elements are paired with null. */
    private static <T> void parvisEfterPlats(List<T> fore, List<T> efter, Platspar<T> par) {
        for (int i = 0; i < Math.max(fore.size(), efter.size()); i++) {
            par.accept(i + 1, i < fore.size() ? fore.get(i) : null, i < efter.size() ? efter.get(i) : null);
        }
    }

    @FunctionalInterface
    private interface Par<T> {
        void accept(T fore, T efter);
    }

    @FunctionalInterface
    private interface Platspar<T> {
        void accept(int nummer, T fore, T efter);
    }

    /** Names made unique by their occurrence: "Kvinnor", "Kvinnor\u00002". */
    private static List<String> nycklar(List<String> namn) {
        Map<String, Integer> antal = new HashMap<>();
        return namn.stream().map(n -> {
            int nr = antal.merge(String.valueOf(n), 1, Integer::sum);
            return nr == 1 ? String.valueOf(n) : n + "\u0000" + nr;
        }).toList();
    }

    private static String utanNummer(String nyckel) {
        int slut = nyckel.indexOf('\u0000');
        return slut < 0 ? nyckel : nyckel.substring(0, slut);
    }

    private static Map<String, Integer> index(List<String> nycklar) {
        Map<String, Integer> index = new LinkedHashMap<>();
        for (int i = 0; i < nycklar.size(); i++) {
            index.put(nycklar.get(i), i);
        }
        return index;
    }

    private static List<String> med(List<String> vag, String... delar) {
        List<String> ny = new ArrayList<>(vag);
        ny.addAll(List.of(delar));
        return ny;
    }

    private static String plats(List<String> vag) {
        return String.join(PIL, vag);
    }

    private String t(String nyckel, Object... argument) {
        return meddelanden.getMessage(nyckel, argument, SVENSKA);
    }
}
