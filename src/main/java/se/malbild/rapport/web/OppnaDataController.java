package se.malbild.rapport.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import se.malbild.dokument.OppnaDataExport;
import se.malbild.rapport.faststallelse.PubliceradeVarden;

/**
 * Open data, without login: the values of a municipality's adopted and published reports, read from the documents
 * stored at adoption (never from live data), as CSV and JSON. The format is described in docs/oppna-data.md.
 */
@RestController
class OppnaDataController {

    /** Published reports never change, but a new one may be published: an hour in caches is fresh enough. */
    private static final String CACHE = CacheControl.maxAge(1, TimeUnit.HOURS).cachePublic().getHeaderValue();
    private static final String CSV = "text/csv;charset=UTF-8";
    private static final String JSON = "application/json";

    private final PubliceradeVarden publicerade;
    private final OppnaDataExport export;

    OppnaDataController(PubliceradeVarden publicerade, OppnaDataExport export) {
        this.publicerade = publicerade;
        this.export = export;
    }

    @GetMapping("/oppna-data/kommuner/{scbKod}/indikatorer.csv")
    void indikatorerCsv(@PathVariable String scbKod, HttpServletResponse svar) throws IOException {
        List<OppnaDataExport.Rapport> rapporter = publicerade.kommun(scbKod);
        huvud(svar, CSV, "indikatorer-" + scbKod + ".csv");
        export.indikatorerCsv(rapporter, svar.getOutputStream());
    }

    @GetMapping("/oppna-data/kommuner/{scbKod}/indikatorer.json")
    void indikatorerJson(@PathVariable String scbKod, HttpServletResponse svar) throws IOException {
        List<OppnaDataExport.Rapport> rapporter = publicerade.kommun(scbKod);
        huvud(svar, JSON, "indikatorer-" + scbKod + ".json");
        export.indikatorerJson(rapporter, svar.getOutputStream());
    }

    @GetMapping("/oppna-data/kommuner/{scbKod}/ekonomi.csv")
    void ekonomiCsv(@PathVariable String scbKod, HttpServletResponse svar) throws IOException {
        List<OppnaDataExport.Rapport> rapporter = publicerade.kommun(scbKod);
        huvud(svar, CSV, "ekonomi-" + scbKod + ".csv");
        export.ekonomiCsv(rapporter, svar.getOutputStream());
    }

    private static void huvud(HttpServletResponse svar, String mediatyp, String filnamn) {
        svar.setContentType(mediatyp);
        svar.setHeader(HttpHeaders.CACHE_CONTROL, CACHE);
        svar.setHeader(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"" + filnamn + "\"");
    }
}
