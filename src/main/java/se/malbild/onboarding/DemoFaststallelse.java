package se.malbild.onboarding;

import java.time.LocalDate;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import se.malbild.organisation.Namnd;
import se.malbild.organisation.NamndRepository;
import se.malbild.rapport.faststallelse.Beslut;
import se.malbild.rapport.faststallelse.FaststallelseService;
import se.malbild.uppfoljning.UppfoljningService;

/**
 * So that the public results site shows something in the demo: Linköping's Arbetsmarknadsnämnd submits its follow-up
 * per 31 augusti 2022, and the politician adopts (2022-09-22, AN § 87) and publishes the delårsrapport, through the
 * same services as the pages. Off with {@code malbild.demo.faststall=false} (the follow-up then stays open).
 */
@Component
class DemoFaststallelse {

    private static final Logger log = LoggerFactory.getLogger(DemoFaststallelse.class);

    private final boolean pa;
    private final NamndRepository namnder;
    private final UppfoljningService uppfoljningar;
    private final FaststallelseService faststallelser;
    private final UserDetailsService anvandare;
    private final TransactionTemplate transaktion;

    DemoFaststallelse(@Value("${malbild.demo.faststall:true}") boolean pa, NamndRepository namnder,
            UppfoljningService uppfoljningar, FaststallelseService faststallelser, UserDetailsService anvandare,
            TransactionTemplate transaktion) {
        this.pa = pa;
        this.namnder = namnder;
        this.uppfoljningar = uppfoljningar;
        this.faststallelser = faststallelser;
        this.anvandare = anvandare;
        this.transaktion = transaktion;
    }

    /** Submits, adopts and publishes the demo delårsrapport per 31 augusti 2022. */
    void faststallOchPublicera() {
        if (!pa) {
            return;
        }
        Namnd an = namnder.findByKommunAndKod("0580", "AN").orElseThrow();
        long punktId = uppfoljningar.skapaPunkt("0580", 2022, 8, se.malbild.uppfoljning.Uppfoljningstyp.DELAR,
                "per 31 augusti 2022", null).getId();
        som("registrator", () -> {
            transaktion.executeWithoutResult(t -> uppfoljningar.lamnaIn(an.getId(), punktId));
            return null;
        });
        long id = som("politiker", () -> transaktion.execute(t -> faststallelser.faststallDelarsrapport(an.getId(), punktId,
                new Beslut(LocalDate.of(2022, 9, 22), "AN § 87", null))));
        som("politiker", () -> {
            transaktion.executeWithoutResult(t -> faststallelser.publicera(id));
            return null;
        });
        log.info("Demodata: Linköpings delårsrapport per 31 augusti 2022 är fastställd och publicerad (/resultat/0580).");
    }

    private <T> T som(String anvandarnamn, Supplier<T> arbete) {
        UserDetails vem = anvandare.loadUserByUsername(anvandarnamn);
        var fore = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(vem, null, vem.getAuthorities()));
        try {
            return arbete.get();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(fore);
        }
    }
}
