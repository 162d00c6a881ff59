package se.malbild.dokument;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Component;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes the adopted reports' values as open data: indicator values as CSV and as JSON shaped like Kolada's v3
 * response, with Kolada's field names, and budget against actuals as CSV. The formats are described field by field in
 * {@code docs/oppna-data.md}.
 *
 * <p>CSV is machine format, as Kolada's consumers expect: UTF-8 without byte order mark, comma between fields, a point
 * before decimals, no thousands separator, CRLF line ends and RFC 4180 quoting, with a header row. A text field that a
 * spreadsheet could take for a formula (starting with {@code = + - @}, tab or carriage return) gets a leading
 * apostrophe. JSON is exact: numbers as plain JSON numbers, nothing neutralised.
 */
@Component
public class OppnaDataExport {

    /** The header of the indicator CSV: Kolada's fields first, then ours. */
    public static final List<String> INDIKATORFALT = List.of("kpi", "municipality", "period", "gender", "value", "status",
            "title", "unit", "month", "organisational_unit", "type", "committee", "committee_name", "municipality_name",
            "report", "adopted");

    /** The header of the budget CSV. */
    public static final List<String> EKONOMIFALT = List.of("municipality", "municipality_name", "committee",
            "committee_name", "year", "month", "report", "adopted", "verksamhet", "name", "budget_year", "budget_period",
            "actual_period", "deviation_period", "forecast_year", "deviation_year");

    private static final String RADSLUT = "\r\n";

    private final JsonMapper json = JsonMapper.builder()
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build();

    /**
     * An adopted report's open data with what names it.
     *
     * @param data       the values, as stored with the adopted report
     * @param kommun     the municipality's name
     * @param namnd      the committee's name
     * @param rapport    the report's identifier, the same in every row of the report
     * @param faststalld the date the committee adopted the report
     */
    public record Rapport(OppnaData data, String kommun, String namnd, String rapport, LocalDate faststalld) {
    }

    /** Indicator values, one row per value, in the order of the reports and their values. */
    public void indikatorerCsv(List<Rapport> rapporter, OutputStream ut) {
        skrivCsv(ut, INDIKATORFALT, w -> {
            for (Rapport r : rapporter) {
                for (OppnaData.Indikatorvarde v : r.data().indikatorer()) {
                    rad(w, text(v.kpi()), text(r.data().scbKod()), tal(v.period()), text(v.gender()), tal(v.value()),
                            text(v.status()), text(v.titel()), text(v.enhet()), tal(v.manad()), text(v.enhetsnamn()),
                            text(v.typ()), text(r.data().namndKod()), text(r.namnd()), text(r.kommun()),
                            text(r.rapport()), datum(r.faststalld()));
                }
            }
        });
    }

    /** Budget against actuals, one row per verksamhet (and the committee's sum) and report. */
    public void ekonomiCsv(List<Rapport> rapporter, OutputStream ut) {
        skrivCsv(ut, EKONOMIFALT, w -> {
            for (Rapport r : rapporter) {
                OppnaData d = r.data();
                for (OppnaData.Ekonomirad e : d.ekonomi()) {
                    rad(w, text(d.scbKod()), text(r.kommun()), text(d.namndKod()), text(r.namnd()), tal(d.ar()),
                            tal(d.manad()), text(r.rapport()), datum(r.faststalld()), text(e.verksamhet()), text(e.namn()),
                            tal(e.budgetHelar()), tal(e.budgetPeriod()), tal(e.redovisatPeriod()),
                            tal(e.avvikelsePeriod()), tal(e.prognosHelar()), tal(e.avvikelseHelar()));
                }
            }
        });
    }

    /**
     * Indicator values as Kolada's v3 data response: {@code {"count": n, "values": [{"kpi", "municipality", "period",
     * …our fields, "values": [{"gender", "count", "status", "value"}]}]}}, one entry per indicator, municipality,
     * period and what else tells values apart (month, unit, type, report), with its values per gender.
     */
    public void indikatorerJson(List<Rapport> rapporter, OutputStream ut) {
        Map<Nyckel, List<OppnaData.Indikatorvarde>> poster = new LinkedHashMap<>();
        for (Rapport r : rapporter) {
            for (OppnaData.Indikatorvarde v : r.data().indikatorer()) {
                poster.computeIfAbsent(new Nyckel(r, v.kpi(), v.period(), v.manad(), v.enhetsnamn(), v.typ()),
                        n -> new ArrayList<>()).add(v);
            }
        }
        try (JsonGenerator g = json.createGenerator(ut)) {
            g.writeStartObject();
            g.writeNumberProperty("count", poster.size());
            g.writeArrayPropertyStart("values");
            for (Map.Entry<Nyckel, List<OppnaData.Indikatorvarde>> post : poster.entrySet()) {
                Nyckel n = post.getKey();
                OppnaData.Indikatorvarde forsta = post.getValue().get(0);
                g.writeStartObject();
                g.writeStringProperty("kpi", n.kpi());
                g.writeStringProperty("municipality", n.rapport().data().scbKod());
                g.writeNumberProperty("period", n.period());
                g.writeStringProperty("title", forsta.titel());
                g.writeStringProperty("unit", forsta.enhet());
                g.writeName("month");
                if (n.manad() == null) {
                    g.writeNull();
                } else {
                    g.writeNumber(n.manad());
                }
                g.writeStringProperty("organisational_unit", n.enhetsnamn());
                g.writeStringProperty("type", n.typ());
                g.writeStringProperty("committee", n.rapport().data().namndKod());
                g.writeStringProperty("committee_name", n.rapport().namnd());
                g.writeStringProperty("municipality_name", n.rapport().kommun());
                g.writeStringProperty("report", n.rapport().rapport());
                g.writeStringProperty("adopted", n.rapport().faststalld() == null ? null : n.rapport().faststalld().toString());
                g.writeArrayPropertyStart("values");
                for (OppnaData.Indikatorvarde v : post.getValue()) {
                    g.writeStartObject();
                    g.writeStringProperty("gender", v.gender());
                    g.writeNumberProperty("count", v.value() == null ? 0 : 1);
                    g.writeStringProperty("status", v.status() == null ? "" : v.status());
                    g.writeName("value");
                    if (v.value() == null) {
                        g.writeNull();
                    } else {
                        g.writeNumber(v.value());
                    }
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
    }

    /** What makes an entry of the JSON: everything but the gender. The report is compared by identity. */
    private record Nyckel(Rapport rapport, String kpi, int period, Integer manad, String enhetsnamn, String typ) {

        @Override
        public boolean equals(Object o) {
            return o instanceof Nyckel n && rapport == n.rapport && Objects.equals(kpi, n.kpi) && period == n.period
                    && Objects.equals(manad, n.manad) && Objects.equals(enhetsnamn, n.enhetsnamn)
                    && Objects.equals(typ, n.typ);
        }

        @Override
        public int hashCode() {
            return Objects.hash(System.identityHashCode(rapport), kpi, period, manad, enhetsnamn, typ);
        }
    }

    /** A CSV field, already quoted as needed. */
    record Falt(String csv) {
    }

    private interface Rader {
        void skriv(Writer w) throws IOException;
    }

    private static void skrivCsv(OutputStream ut, List<String> rubriker, Rader rader) {
        try {
            Writer w = new BufferedWriter(new OutputStreamWriter(ut, StandardCharsets.UTF_8));
            w.write(String.join(",", rubriker));
            w.write(RADSLUT);
            rader.skriv(w);
            w.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void rad(Writer w, Falt... falt) throws IOException {
        for (int i = 0; i < falt.length; i++) {
            if (i > 0) {
                w.write(',');
            }
            w.write(falt[i].csv());
        }
        w.write(RADSLUT);
    }

    /** A text field: neutralised if a spreadsheet could take it for a formula, quoted if it has to be (RFC 4180). */
    static Falt text(String text) {
        if (text == null || text.isEmpty()) {
            return new Falt("");
        }
        String varde = DokumentExcel.kanTolkasSomFormel(text) ? "'" + text : text;
        boolean citat = varde.indexOf(',') >= 0 || varde.indexOf('"') >= 0 || varde.indexOf('\n') >= 0
                || varde.indexOf('\r') >= 0 || varde.startsWith(" ") || varde.endsWith(" ");
        return new Falt(citat ? '"' + varde.replace("\"", "\"\"") + '"' : varde);
    }

    /** A number in machine format: point before decimals, no exponent, no thousands separator; empty for none. */
    static Falt tal(BigDecimal tal) {
        return new Falt(tal == null ? "" : tal.toPlainString());
    }

    private static Falt tal(Integer tal) {
        return new Falt(tal == null ? "" : tal.toString());
    }

    private static Falt datum(LocalDate datum) {
        return new Falt(datum == null ? "" : datum.toString());
    }
}
