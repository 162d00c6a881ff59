package se.malbild.resultat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.malbild.dokument.Diagram;
import se.malbild.dokument.DiagramSvg;
import se.malbild.dokument.Tabell;
import se.malbild.dokument.Talformat;
import se.malbild.kolada.KoladaJamforelse;

/**
 * Comparison with the municipality's peer group for the published indicators linked to a Kolada KPI: per KPI a bar
 * chart of the latest year with values (the own municipality first), drawn as SVG, and a table of every year. Three
 * statements however many committees and indicators: the links, the peer group and the values.
 */
@Component
@Transactional(readOnly = true)
class Jamforelser {

    private static final String TOTALT = "T";

    /** One KPI compared: the chart's id, title and SVG, and its data as a table. */
    record Jamforelse(String id, String kpi, String rubrik, String svg, Tabell tabell, boolean illustrativ) {
    }

    private final Koladakopplingar kopplingar;
    private final KoladaJamforelse kolada;
    private final DiagramSvg diagramSvg;
    private final MessageSource meddelanden;

    Jamforelser(Koladakopplingar kopplingar, KoladaJamforelse kolada, DiagramSvg diagramSvg, MessageSource meddelanden) {
        this.kopplingar = kopplingar;
        this.kolada = kolada;
        this.diagramSvg = diagramSvg;
        this.meddelanden = meddelanden;
    }

    List<Jamforelse> av(ResultatService.Kommunsida sida) {
        if (sida.namnder().isEmpty()) {
            return List.of();
        }
        Map<String, String> publicerade = new LinkedHashMap<>();
        sida.namnder().forEach(n -> n.mal().forEach(m -> m.indikatorer()
                .forEach(i -> publicerade.putIfAbsent(n.kod() + "/" + i.kpi(), i.namn()))));
        Map<String, String> kpiNamn = new LinkedHashMap<>();
        for (Koladakopplingar.Koppling k : kopplingar.findByKommun(sida.scbKod())) {
            String namn = publicerade.get(k.namndKod() + "/" + k.indikatorKod());
            if (namn != null) {
                kpiNamn.putIfAbsent(k.kpi(), namn);
            }
        }
        if (kpiNamn.isEmpty()) {
            return List.of();
        }
        KoladaJamforelse.Jamforelse data = kolada.jamfor(sida.scbKod(), sida.kommun(), kpiNamn.keySet());
        List<Jamforelse> ut = new ArrayList<>();
        kpiNamn.forEach((kpi, namn) -> {
            Jamforelse j = jamforelse(kpi, namn, data);
            if (j != null) {
                ut.add(j);
            }
        });
        return ut;
    }

    private Jamforelse jamforelse(String kpi, String namn, KoladaJamforelse.Jamforelse data) {
        List<KoladaJamforelse.Punkt> punkter = data.varden(kpi).stream()
                .filter(p -> TOTALT.equals(p.kon()) && p.varde() != null).toList();
        if (punkter.isEmpty()) {
            return null;
        }
        TreeSet<Integer> aren = new TreeSet<>();
        punkter.forEach(p -> aren.add(p.ar()));
        int senaste = aren.last();
        String grupp = data.grupp() == null ? t("resultat.jamforelse.ingenGrupp") : data.grupp();
        String rubrik = t("resultat.jamforelse.rubrikDiagram", namn, senaste, grupp, kpi);

        List<String> kategorier = new ArrayList<>();
        List<BigDecimal> staplar = new ArrayList<>();
        List<Tabell.Rad> rader = new ArrayList<>();
        for (KoladaJamforelse.Kommun kommun : data.kommuner()) {
            Map<Integer, BigDecimal> perAr = new LinkedHashMap<>();
            punkter.stream().filter(p -> p.kommun().equals(kommun.scbKod())).forEach(p -> perAr.put(p.ar(), p.varde()));
            if (perAr.isEmpty()) {
                continue;
            }
            String kommunnamn = kommun.egen() ? t("resultat.jamforelse.egen", kommun.namn()) : kommun.namn();
            if (perAr.get(senaste) != null) {
                kategorier.add(kommunnamn);
                staplar.add(perAr.get(senaste));
            }
            List<Tabell.Cell> celler = aren.stream().map(ar -> perAr.get(ar) == null ? Tabell.Cell.text("–")
                    : Tabell.Cell.tal(perAr.get(ar), Talformat.SOM_SKRIVET)).toList();
            rader.add(new Tabell.Rad(kommunnamn, kommun.egen() ? Tabell.Radslag.SUMMA : Tabell.Radslag.RAD, celler));
        }
        List<String> kolumner = new ArrayList<>();
        kolumner.add(t("resultat.jamforelse.kommun"));
        aren.forEach(ar -> kolumner.add(String.valueOf(ar)));
        Tabell tabell = new Tabell("jamforelse-" + kpi.toLowerCase(java.util.Locale.ROOT) + "-tabell",
                t("resultat.jamforelse.tabell", namn, kpi), kolumner, rader);
        String id = "jamforelse-" + kpi.toLowerCase(java.util.Locale.ROOT);
        Diagram diagram = new Diagram(id, rubrik, Diagram.Typ.STAPEL, null, kategorier,
                List.of(new Diagram.Serie(String.valueOf(senaste), staplar)), tabell);
        return new Jamforelse(id, kpi, rubrik, diagramSvg.svg(diagram), tabell, data.illustrativ(kpi));
    }

    private String t(String nyckel, Object... argument) {
        return meddelanden.getMessage(nyckel, Objects.requireNonNullElse(argument, new Object[0]),
                ResultatService.SVENSKA);
    }
}
