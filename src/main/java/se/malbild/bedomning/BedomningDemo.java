package se.malbild.bedomning;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.malbild.mal.Malstatus;
import se.malbild.organisation.Namnd;
import se.malbild.organisation.VerksamhetRepository;
import se.malbild.sakerhet.MalbildAnvandare;
import se.malbild.sakerhet.Roll;
import se.malbild.uppfoljning.Uppfoljningspunkt;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The demo's assessments, report texts and statuses of seed 001 (Linköping Arbetsmarknadsnämnden, per 31 augusti
 * 2022), read from {@value #FIL} and entered through the same services as the pages, so the access checks, the
 * motivation rule and the audit trail apply as for a person. Runs as the logged-in user, or as the demo administrator
 * "demodata" when no one is logged in. Loading twice changes nothing the second time.
 */
@Component
public class BedomningDemo {

    public static final String FIL = "/demo/linkoping-an-bedomning-2022-08.json";
    private static final MalbildAnvandare DEMO = new MalbildAnvandare(0, "demodata", "Demodata", Roll.ADMIN, Set.of());

    /** The demo file's format: its parts, each entered the way a person enters them on the pages. */
    record Fil(String format, String beskrivning, List<FilBedomning> bedomningar, List<FilText> texter, List<FilStatus> strategiskaUppdrag,
            List<FilStatus> aktiviteter, List<FilStatus> kontrollmoment) {
    }

    /** A nämndmål (by code) and its assessment. */
    record FilBedomning(String namndmal, Malstatus status, String motivering, String analys, List<String> urvalResultat,
            List<String> avvikelser) {
    }

    /** A section's text; for {@link Avsnitt#VERKSAMHET} the verksamhet's code. */
    record FilText(Avsnitt avsnitt, String verksamhet, String text) {
    }

    /**
     * A status: for an assignment, {@code text} is the start of the plan's text; for an activity or kontrollmoment, its
     * whole text (added when missing).
     */
    record FilStatus(String text, Genomforande status, String kommentar) {
    }

    private final BedomningService bedomningar;
    private final RapporttextService texter;
    private final StatuslistaService listor;
    private final VerksamhetRepository verksamheter;
    private final JsonMapper json = JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    BedomningDemo(BedomningService bedomningar, RapporttextService texter, StatuslistaService listor,
            VerksamhetRepository verksamheter) {
        this.bedomningar = bedomningar;
        this.texter = texter;
        this.listor = listor;
        this.verksamheter = verksamheter;
    }

    /**
     * Enters the demo's assessments, texts and statuses for the committee at the point. Call after the plan is
     * imported, the point exists and its outcomes are entered: the proposals are computed from them.
     *
     * @throws IllegalStateException when the file does not fit the plan (an unknown nämndmål, assignment or
     *         verksamhet) or a service refuses it; nothing is then saved
     */
    @Transactional
    public void lasIn(Namnd namnd, Uppfoljningspunkt punkt) {
        Fil fil = las(FIL);
        somDemoanvandare(() -> {
            bedomningar(fil, namnd.getId(), punkt.getId());
            texter(fil, namnd, punkt.getId());
            statusar(fil, namnd.getId(), punkt.getId());
        });
    }

    private void bedomningar(Fil fil, long namndId, long punktId) {
        BedomningService.Sida sida = bedomningar.las(namndId, punktId);
        Map<String, BedomningService.Mal> perKod = new HashMap<>();
        sida.mal().forEach(m -> perKod.put(m.kod(), m));
        List<BedomningInmatning> inmatningar = new ArrayList<>();
        for (FilBedomning b : fil.bedomningar()) {
            BedomningService.Mal mal = perKod.get(b.namndmal());
            if (mal == null) {
                throw new IllegalStateException("Demodata: nämndmålet " + b.namndmal() + " finns inte i planen");
            }
            inmatningar.add(new BedomningInmatning(mal.namndmalId(), b.status(), b.motivering(), b.analys(),
                    Textregler.somRader(b.urvalResultat()), Textregler.somRader(b.avvikelser()), mal.version(), false));
        }
        BedomningService.Resultat resultat = bedomningar.spara(namndId, punktId, inmatningar);
        krav(resultat.lyckades(), "bedömningarna", resultat.fel());
    }

    private void texter(Fil fil, Namnd namnd, long punktId) {
        Map<String, Long> verksamhetPerKod = new HashMap<>();
        verksamheter.findByNamndOrderByOrdning(namnd).forEach(v -> verksamhetPerKod.put(v.getKod(), v.getId()));
        RapporttextService.Sida sida = texter.las(namnd.getId(), punktId);
        List<RapporttextService.TextInmatning> inmatningar = new ArrayList<>();
        for (FilText t : fil.texter()) {
            Long verksamhetId = t.verksamhet() == null ? null : verksamhetPerKod.get(t.verksamhet());
            if (t.verksamhet() != null && verksamhetId == null) {
                throw new IllegalStateException("Demodata: verksamheten " + t.verksamhet() + " finns inte i planen");
            }
            Integer version = sida.texter().stream()
                    .filter(s -> s.avsnitt() == t.avsnitt() && Objects.equals(s.verksamhetId(), verksamhetId))
                    .findFirst().map(RapporttextService.Text::version).orElse(null);
            inmatningar.add(new RapporttextService.TextInmatning(t.avsnitt(), verksamhetId, t.text(), version, false));
        }
        RapporttextService.Resultat resultat = texter.spara(namnd.getId(), punktId, inmatningar);
        krav(resultat.lyckades(), "rapporttexterna", resultat.fel());
    }

    private void statusar(Fil fil, long namndId, long punktId) {
        StatuslistaService.Sida fore = listor.las(namndId, punktId);
        laggTillSaknade(fore.aktiviteter(), fil.aktiviteter(), Listtyp.AKTIVITET, namndId, punktId);
        laggTillSaknade(fore.kontrollmoment(), fil.kontrollmoment(), Listtyp.KONTROLLMOMENT, namndId, punktId);
        StatuslistaService.Sida sida = listor.las(namndId, punktId);
        List<StatuslistaService.StatusInmatning> inmatningar = new ArrayList<>();
        for (FilStatus s : fil.strategiskaUppdrag()) {
            List<StatuslistaService.Rad> traffar = sida.uppdrag().stream().filter(r -> r.text().startsWith(s.text())).toList();
            if (traffar.size() != 1) {
                throw new IllegalStateException("Demodata: " + traffar.size() + " strategiska uppdrag börjar med '"
                        + s.text() + "'");
            }
            inmatningar.add(inmatning(traffar.get(0), s));
        }
        for (FilStatus s : fil.aktiviteter()) {
            inmatningar.add(inmatning(hitta(sida.aktiviteter(), s.text()), s));
        }
        for (FilStatus s : fil.kontrollmoment()) {
            inmatningar.add(inmatning(hitta(sida.kontrollmoment(), s.text()), s));
        }
        StatuslistaService.Resultat resultat = listor.spara(namndId, punktId, inmatningar);
        krav(resultat.lyckades(), "statusarna", resultat.fel());
    }

    private void laggTillSaknade(List<StatuslistaService.Rad> finns, List<FilStatus> ska, Listtyp slag, long namndId,
            long punktId) {
        for (FilStatus s : ska) {
            if (finns.stream().noneMatch(r -> r.text().equals(s.text()))) {
                listor.laggTill(namndId, punktId, slag, s.text());
            }
        }
    }

    private static StatuslistaService.Rad hitta(List<StatuslistaService.Rad> rader, String text) {
        return rader.stream().filter(r -> r.text().equals(text)).findFirst()
                .orElseThrow(() -> new IllegalStateException("Demodata: '" + text + "' lades inte till"));
    }

    private static StatuslistaService.StatusInmatning inmatning(StatuslistaService.Rad rad, FilStatus s) {
        return new StatuslistaService.StatusInmatning(rad.listtyp(), rad.id(), s.status(), s.kommentar(), rad.version(),
                false);
    }

    Fil las(String resurs) {
        try (InputStream in = BedomningDemo.class.getResourceAsStream(resurs)) {
            if (in == null) {
                throw new IllegalStateException("Resursen " + resurs + " saknas i applikationen");
            }
            Fil fil = json.readValue(in, Fil.class);
            if (!"malbild-bedomning/1".equals(fil.format())) {
                throw new IllegalStateException(resurs + " har formatet " + fil.format() + ", inte malbild-bedomning/1");
            }
            return fil;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void somDemoanvandare(Runnable arbete) {
        Authentication fore = SecurityContextHolder.getContext().getAuthentication();
        if (fore != null && fore.isAuthenticated() && fore.getPrincipal() instanceof MalbildAnvandare) {
            arbete.run();
            return;
        }
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(DEMO, null, DEMO.getAuthorities()));
        try {
            arbete.run();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(fore);
        }
    }

    private static void krav(boolean lyckades, String vad, List<Fel> fel) {
        if (!lyckades) {
            throw new IllegalStateException("Demodata: " + vad + " kunde inte sparas: " + fel.stream()
                    .map(f -> f.vad() + " " + f.falt() + " " + f.nyckel()).toList());
        }
    }
}
