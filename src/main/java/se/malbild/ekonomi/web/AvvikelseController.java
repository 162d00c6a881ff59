package se.malbild.ekonomi.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import se.malbild.dokument.Avsnitt;
import se.malbild.dokument.Dokument;
import se.malbild.dokument.DokumentExcel;
import se.malbild.dokument.Talformat;
import se.malbild.dokument.Tabell;
import se.malbild.ekonomi.Avvikelseoversikt;

/**
 * The controllers' deviation view of a municipality at a point, as a page and as Excel (the same rows, filters and
 * order; exact amounts in tkr).
 */
@Controller
class AvvikelseController {

    static final String AVVIKELSER = "ekonomi/avvikelser";
    private static final String EXCEL = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final Locale SVENSKA = Locale.forLanguageTag("sv-SE");

    private final Avvikelseoversikt oversikt;
    private final DokumentExcel excel;
    private final MessageSource meddelanden;

    AvvikelseController(Avvikelseoversikt oversikt, DokumentExcel excel, MessageSource meddelanden) {
        this.oversikt = oversikt;
        this.excel = excel;
        this.meddelanden = meddelanden;
    }

    @GetMapping("/kommuner/{scbKod}/avvikelser")
    String showAvvikelser(@PathVariable String scbKod, @RequestParam(name = "punkt", required = false) Long punkt,
            @RequestParam(name = "troskel", defaultValue = "") String troskel,
            @RequestParam(name = "bara", defaultValue = "false") boolean bara,
            @RequestParam(name = "sortera", defaultValue = "") String sortera,
            @RequestParam(name = "ordning", defaultValue = "") String ordning, Model model) {
        Avvikelseoversikt.Oversikt sida = oversikt.oversikt(scbKod, punkt, troskel, bara, sortera,
                "fallande".equals(ordning));
        model.addAttribute("sida", sida);
        model.addAttribute("rubriker", rubriker(sida));
        model.addAttribute("period", text("avvikelser.period", text("ekonomi.manadKort." + sida.manad())));
        return AVVIKELSER;
    }

    /**
     * A sortable column heading: its text, the query value, {@code aria-sort} when the table is sorted on it, and the
     * order its link asks for (ascending first, then the other way).
     */
    record Rubrik(String text, String parameter, String ariaSort, String lankordning, String lanktext) {
    }

    private List<Rubrik> rubriker(Avvikelseoversikt.Oversikt sida) {
        String period = text("avvikelser.period", text("ekonomi.manadKort." + sida.manad()));
        List<Rubrik> rubriker = new ArrayList<>();
        for (Avvikelseoversikt.Kolumn k : Avvikelseoversikt.Kolumn.values()) {
            String rubrik = switch (k) {
                case NAMN -> text("avvikelser.kolumn.namn");
                case ARSBUDGET -> text("avvikelser.kolumn.arsbudget", sida.ar());
                case PERIODBUDGET -> text("avvikelser.kolumn.periodbudget", period);
                case REDOVISAT -> text("avvikelser.kolumn.redovisat", period);
                case PERIODAVVIKELSE -> text("avvikelser.kolumn.periodavvikelse", period);
                case PROGNOS -> text("avvikelser.kolumn.prognos", sida.ar());
                case ARSAVVIKELSE -> text("avvikelser.kolumn.arsavvikelse", sida.ar());
                case FORRA -> sida.forraPunkt() == null ? null : text("avvikelser.kolumn.forra", sida.forraPunkt());
            };
            if (rubrik == null) {
                continue;
            }
            boolean sorterad = k == sida.sortering();
            String ariaSort = !sorterad ? null : sida.fallande() ? "descending" : "ascending";
            boolean nastaFallande = sorterad && !sida.fallande();
            rubriker.add(new Rubrik(rubrik, k.parameter(), ariaSort, nastaFallande ? "fallande" : "stigande",
                    text("avvikelser.sortering.lank", text(nastaFallande ? "avvikelser.sortering.fallande"
                            : "avvikelser.sortering.stigande"))));
        }
        return rubriker;
    }

    @GetMapping("/kommuner/{scbKod}/avvikelser.xlsx")
    void exportExcel(@PathVariable String scbKod, @RequestParam(name = "punkt", required = false) Long punkt,
            @RequestParam(name = "troskel", defaultValue = "") String troskel,
            @RequestParam(name = "bara", defaultValue = "false") boolean bara,
            @RequestParam(name = "sortera", defaultValue = "") String sortera,
            @RequestParam(name = "ordning", defaultValue = "") String ordning, HttpServletResponse svar)
            throws IOException {
        Avvikelseoversikt.Oversikt sida = oversikt.oversikt(scbKod, punkt, troskel, bara, sortera,
                "fallande".equals(ordning));
        Dokument dokument = dokument(sida);
        svar.setContentType(EXCEL);
        svar.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename("avvikelser-" + sida.scbKod() + "-" + sida.punktId() + ".xlsx", StandardCharsets.UTF_8)
                .build().toString());
        excel.skriv(dokument, svar.getOutputStream());
    }

    /** The table as a document of one table: row names, exact tkr with their format, and the threshold in words. */
    Dokument dokument(Avvikelseoversikt.Oversikt sida) {
        String period = text("avvikelser.period", text("ekonomi.manadKort." + sida.manad()));
        List<String> kolumner = new ArrayList<>(List.of(text("avvikelser.kolumn.namn"),
                text("avvikelser.kolumn.arsbudget", sida.ar()), text("avvikelser.kolumn.periodbudget", period),
                text("avvikelser.kolumn.redovisat", period), text("avvikelser.kolumn.periodavvikelse", period),
                text("avvikelser.kolumn.prognos", sida.ar()), text("avvikelser.kolumn.arsavvikelse", sida.ar())));
        if (sida.forraPunkt() != null) {
            kolumner.add(text("avvikelser.kolumn.forra", sida.forraPunkt()));
        }
        kolumner.add(text("avvikelser.kolumn.troskel", sida.troskelText()));
        List<Tabell.Rad> rader = new ArrayList<>();
        for (Avvikelseoversikt.Namndgrupp g : sida.grupper()) {
            for (Avvikelseoversikt.Rad r : g.rader()) {
                List<Tabell.Cell> celler = new ArrayList<>(List.of(tal(r.arsbudget()), tal(r.periodbudget()),
                        tal(r.redovisat()), tal(r.periodavvikelse()), tal(r.prognos()), tal(r.arsavvikelse())));
                if (sida.forraPunkt() != null) {
                    celler.add(tal(r.forra()));
                }
                celler.add(Tabell.Cell.text(r.overTroskeln() ? text("avvikelser.over") : text("avvikelser.inom")));
                boolean summa = r.slag() == Avvikelseoversikt.Radslag.SUMMA;
                rader.add(new Tabell.Rad(summa ? text("avvikelser.summa", g.namn()) : r.namn(),
                        summa ? Tabell.Radslag.SUMMA : Tabell.Radslag.RAD, celler, List.of(), g.namn(), null));
            }
        }
        String rubrik = text("avvikelser.caption", sida.kommun(), sida.punkt());
        Tabell tabell = new Tabell("avvikelser", rubrik, kolumner, rader);
        return new Dokument("avvikelser", text("avvikelser.titel", sida.kommun()), sida.kommun(),
                text("avvikelser.allaNamnder"), List.of(new Avsnitt("avvikelser", rubrik, List.of(tabell))), List.of(),
                null);
    }

    private static Tabell.Cell tal(Avvikelseoversikt.Belopp belopp) {
        BigDecimal tkr = belopp.tkr();
        return Tabell.Cell.tal(tkr, Talformat.HELTAL);
    }

    private String text(String nyckel, Object... argument) {
        return meddelanden.getMessage(nyckel, argument, SVENSKA);
    }
}
