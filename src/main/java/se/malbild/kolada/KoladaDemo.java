package se.malbild.kolada;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.stereotype.Component;
import se.malbild.mal.Indikator;
import se.malbild.mal.IndikatorRepository;
import se.malbild.organisation.Namnd;

/**
 * The demo's Kolada data: illustrative (not real) values for the R9 municipalities 2018–2022 from the fixture files in
 * {@code demo/kolada/}, Linköping's peer group R9, and two of Linköping AN's indicators linked to KPIs.
 */
@Component
public class KoladaDemo {

    /** The files of each KPI, pages in order. */
    static final List<List<String>> FILER = List.of(
            List.of("n31807-sida-1.json", "n31807-sida-2.json"),
            List.of("u31462-sida-1.json"),
            List.of("n02280-sida-1.json"));

    static final String R9 = """
            0580;Linköping
            0581;Norrköping
            0484;Eskilstuna
            1980;Västerås
            0181;Södertälje
            1880;Örebro
            0380;Uppsala
            0680;Jönköping
            1283;Helsingborg
            """;

    private final KoladaImport importer;
    private final Jamforelsegrupper grupper;
    private final KoladaUtfall utfall;
    private final IndikatorRepository indikatorer;

    KoladaDemo(KoladaImport importer, Jamforelsegrupper grupper, KoladaUtfall utfall, IndikatorRepository indikatorer) {
        this.importer = importer;
        this.grupper = grupper;
        this.utfall = utfall;
        this.indikatorer = indikatorer;
    }

    /** Loads the fixtures, sets Linköping's peer group and links AN's indicators; call inside the demo's transaction. */
    public void lasIn(Namnd linkopingAn) {
        for (List<String> filer : FILER) {
            importer.importera(filer.stream().map(f -> new Sida(KoladaJamforelse.DEMOKALLA + f, las("/demo/kolada/" + f)))
                    .toList());
        }
        grupper.spara("0580", "R9", R9);
        koppla(linkopingAn, "VANTETID_BESLUT_EKB", "U31462");
        // Demo only: the closest AN indicator to the cost of ekonomiskt bistånd per invånare.
        koppla(linkopingAn, "HUSHALL_EKB", "N31807");
    }

    private void koppla(Namnd namnd, String kod, String kpi) {
        Indikator indikator = indikatorer.findGallande(namnd, 2022).stream()
                .filter(i -> i.getKod().equals(kod))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("Demoindikatorn " + kod + " saknas"));
        utfall.koppla(indikator.getId(), kpi);
    }

    private static String las(String resurs) {
        try (InputStream in = KoladaDemo.class.getResourceAsStream(resurs)) {
            if (in == null) {
                throw new IllegalStateException("Resursen " + resurs + " saknas");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
