package se.malbild.rapport;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import se.malbild.dokument.Avsnitt;
import se.malbild.dokument.Block;
import se.malbild.dokument.Dokument;
import se.malbild.dokument.Tabell;
import se.malbild.ekonomi.EkonomiFixturer;
import se.malbild.onboarding.PlanImportService;
import se.malbild.onboarding.UppfoljningDemo;
import se.malbild.organisation.Namnd;
import se.malbild.organisation.NamndRepository;
import se.malbild.sakerhet.MalbildAnvandare;
import se.malbild.uppfoljning.UppfoljningService;
import se.malbild.uppfoljning.Uppfoljningspunkt;
import se.malbild.uppfoljning.Uppfoljningstyp;

/**
 * The demo's Linköping Arbetsmarknadsnämnd with seed 001's whole follow-up per 31 augusti 2022, loaded as the demo
 * loads it, under a municipality code of its own (the test database is shared and never reset); and ways to find
 * sections, tables and rows in a {@link Dokument}.
 */
final class Delarsrapportfixtur {

    /** The committee and its point per 31 augusti 2022. */
    record Linkoping(Namnd namnd, Uppfoljningspunkt augusti) {

        long namndId() {
            return namnd.getId();
        }

        long punktId() {
            return augusti.getId();
        }
    }

    private Delarsrapportfixtur() {
    }

    /** Created on first use for each municipality code. */
    static synchronized Linkoping linkoping(ApplicationContext context, String scbKod) {
        NamndRepository namnder = context.getBean(NamndRepository.class);
        if (namnder.findByKommunAndKod(scbKod, "AN").isEmpty()) {
            context.getBean(PlanImportService.class).importera(EkonomiFixturer.plan(scbKod), "linkoping-" + scbKod + ".json",
                    "test");
            context.getBean(UppfoljningDemo.class).lasInAugusti2022(namnder.findByKommunAndKod(scbKod, "AN").orElseThrow());
        }
        Namnd namnd = namnder.findByKommunAndKod(scbKod, "AN").orElseThrow();
        Uppfoljningspunkt augusti = context.getBean(UppfoljningService.class)
                .skapaPunkt(scbKod, 2022, 8, Uppfoljningstyp.DELAR, "per 31 augusti 2022", null);
        return new Linkoping(namnd, augusti);
    }

    /** Runs {@code arbete} logged in as {@code vem}. */
    static <T> T som(MalbildAnvandare vem, Supplier<T> arbete) {
        var fore = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(vem, null, vem.getAuthorities()));
        try {
            return arbete.get();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(fore);
        }
    }

    /** Every section and subsection, depth first in document order. */
    static List<Avsnitt> allaAvsnitt(Dokument dokument) {
        List<Avsnitt> alla = new ArrayList<>();
        dokument.avsnitt().forEach(a -> samla(a, alla));
        return alla;
    }

    private static void samla(Avsnitt avsnitt, List<Avsnitt> alla) {
        alla.add(avsnitt);
        avsnitt.underavsnitt().forEach(u -> samla(u, alla));
    }

    static Avsnitt avsnitt(Dokument dokument, String id) {
        return allaAvsnitt(dokument).stream().filter(a -> a.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("Inget avsnitt " + id));
    }

    static Avsnitt avsnittMedRubrik(Dokument dokument, String rubrik) {
        return allaAvsnitt(dokument).stream().filter(a -> a.rubrik().equals(rubrik)).findFirst()
                .orElseThrow(() -> new AssertionError("Inget avsnitt med rubriken " + rubrik));
    }

    /** Every block of every section, with the tables inside charts. */
    static List<Block> allaBlock(Dokument dokument) {
        List<Block> block = new ArrayList<>();
        for (Avsnitt a : allaAvsnitt(dokument)) {
            block.addAll(a.block());
        }
        return block;
    }

    static Tabell tabell(Dokument dokument, String id) {
        return allaBlock(dokument).stream().filter(b -> b instanceof Tabell t && t.id().equals(id)).map(Tabell.class::cast)
                .findFirst().orElseThrow(() -> new AssertionError("Ingen tabell " + id));
    }

    static Tabell.Rad rad(Tabell tabell, String namn) {
        return tabell.rader().stream().filter(r -> Objects.equals(r.namn(), namn)).findFirst()
                .orElseThrow(() -> new AssertionError("Ingen rad " + namn + " i " + tabell.id() + ": "
                        + tabell.rader().stream().map(Tabell.Rad::namn).toList()));
    }

    /** A row's cells as printed, with ordinary spaces for the non-breaking ones. */
    static List<String> texter(Tabell.Rad rad) {
        return rad.celler().stream().map(c -> c.text().replace('\u00a0', ' ')).toList();
    }

    static List<String> texter(Tabell tabell, String rad) {
        return texter(rad(tabell, rad));
    }

    static String text(String text) {
        return text == null ? null : text.replace('\u00a0', ' ');
    }
}
