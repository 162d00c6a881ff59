package se.malbild.onboarding;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.malbild.bedomning.BedomningDemo;
import se.malbild.ekonomi.EkonomiDemo;
import se.malbild.mal.Indikator;
import se.malbild.mal.IndikatorRepository;
import se.malbild.mal.Kon;
import se.malbild.nyckeltal.Nyckeltal;
import se.malbild.nyckeltal.NyckeltalRepository;
import se.malbild.organisation.Enhet;
import se.malbild.organisation.Namnd;
import se.malbild.organisation.Verksamhet;
import se.malbild.organisation.VerksamhetRepository;
import se.malbild.organisation.VerksamhetTyp;
import se.malbild.redovisning.MappningService;
import se.malbild.redovisning.RedovisningImportService;
import se.malbild.redovisning.Teckenkodning;
import se.malbild.sakerhet.MalbildAnvandare;
import se.malbild.sakerhet.Roll;
import se.malbild.uppfoljning.Inmatning;
import se.malbild.uppfoljning.NyckeltalUppfoljning;
import se.malbild.uppfoljning.UppfoljningService;
import se.malbild.uppfoljning.Uppfoljningspunkt;
import se.malbild.uppfoljning.Uppfoljningstyp;
import se.malbild.uppfoljning.UtfallService;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Seed 001's follow-up per 31 augusti 2022 for the demo, entered through the same services as the entry pages, as
 * a demo administrator: the indicator outcomes of August 2022 and the volumes and personnel of August 2022 and 2021.
 * Indicators computed from the economy (Avvikelse mot budget, Träffsäkerhet) are not typed in.
 */
@Component
public class UppfoljningDemo {

    static final String UTFALL = "/demo/linkoping-an-utfall-2022-08.json";
    static final MalbildAnvandare DEMO = new MalbildAnvandare(0, "demodata", "Demodata", Roll.ADMIN, Set.of());

    /** The budget lines seed 001 follows up, which the 2022 plan (seed 004) does not have. */
    private static final List<String[]> VERKSAMHETER_2022 = List.of(
            new String[] {"NAMND_STYRELSE", "Nämnd- och styrelseverksamhet", "VERKSAMHET"},
            new String[] {"FLYKTINGMOTTAGANDE", "Flyktingmottagande", "VERKSAMHET"},
            new String[] {"ARBETSMARKNADSATGARDER", "Arbetsmarknadsåtgärder", "VERKSAMHET"},
            new String[] {"NAMNDENS_ENHETER", "Nämndens enheter", "KOMMUNAL_ENHET"});

    private final UtfallService utfall;
    private final NyckeltalUppfoljning nyckeltal;
    private final IndikatorRepository indikatorer;
    private final NyckeltalRepository nyckeltalRepository;
    private final VerksamhetRepository verksamheter;
    private final MappningService mappning;
    private final RedovisningImportService redovisning;
    private final EkonomiDemo ekonomi;
    private final UppfoljningService uppfoljningar;
    private final BedomningDemo bedomningar;

    UppfoljningDemo(UtfallService utfall, NyckeltalUppfoljning nyckeltal, IndikatorRepository indikatorer,
            NyckeltalRepository nyckeltalRepository, VerksamhetRepository verksamheter, MappningService mappning,
            RedovisningImportService redovisning, EkonomiDemo ekonomi, UppfoljningService uppfoljningar,
            BedomningDemo bedomningar) {
        this.uppfoljningar = uppfoljningar;
        this.bedomningar = bedomningar;
        this.utfall = utfall;
        this.nyckeltal = nyckeltal;
        this.indikatorer = indikatorer;
        this.nyckeltalRepository = nyckeltalRepository;
        this.verksamheter = verksamheter;
        this.mappning = mappning;
        this.redovisning = redovisning;
        this.ekonomi = ekonomi;
    }

    /**
     * Seed 001's whole follow-up for a committee with Linköping's demo plan: Linköping's follow-up points of 2021 and
     * 2022 in the committee's municipality, then the outcomes, volumes and personnel, the economy, and the
     * assessments, texts and statuses per 31 augusti 2022, all entered as the demo administrator. For the demo, and for
     * tests that need the demo under a municipality code of their own. Run once, on a committee without follow-up.
     *
     * @return the point per 31 augusti 2022
     */
    @Transactional
    public Uppfoljningspunkt lasInAugusti2022(Namnd namnd) {
        String kommun = namnd.getKommun().getScbKod();
        Uppfoljningspunkt augusti2021 = uppfoljningar.skapaPunkt(kommun, 2021, 8, Uppfoljningstyp.DELAR,
                "per 31 augusti 2021", LocalDate.of(2021, 9, 13));
        uppfoljningar.skapaPunkt(kommun, 2022, 3, Uppfoljningstyp.DELAR, "per 31 mars 2022", LocalDate.of(2022, 4, 12));
        Uppfoljningspunkt augusti2022 = uppfoljningar.skapaPunkt(kommun, 2022, 8, Uppfoljningstyp.DELAR,
                "per 31 augusti 2022", LocalDate.of(2022, 9, 12));
        uppfoljningar.skapaPunkt(kommun, 2022, 10, Uppfoljningstyp.PROGNOS, "prognos per 31 oktober 2022",
                LocalDate.of(2022, 11, 10));
        uppfoljningar.skapaPunkt(kommun, 2022, 12, Uppfoljningstyp.HELAR, "helår 2022", LocalDate.of(2023, 2, 1));
        somDemoanvandare(() -> {
            lasIn(namnd, augusti2022, augusti2021);
            lasInEkonomi(namnd, augusti2022);
            bedomningar.lasIn(namnd, augusti2022);
        });
        return augusti2022;
    }

    /**
     * Seed 001's economy: its budget lines, the account mapping and the finance system's actuals (SIE 4, January to
     * August 2022 and 2021), then the follow-up budget, the forecasts of March, July and August and the investments.
     */
    void lasInEkonomi(Namnd namnd, Uppfoljningspunkt augusti) {
        List<Verksamhet> befintliga = verksamheter.findByNamndOrderByOrdning(namnd);
        int ordning = befintliga.size();
        for (String[] v : VERKSAMHETER_2022) {
            if (befintliga.stream().noneMatch(b -> b.getKod().equals(v[0]))) {
                Verksamhet ny = new Verksamhet(namnd, v[0]);
                ny.beskriv(v[1], VerksamhetTyp.valueOf(v[2]), ++ordning);
                verksamheter.save(ny);
            }
        }
        mappning.lasInRegler(namnd.getId(), Resurser.las("/demo/linkoping-an-mappning.csv"), Teckenkodning.AUTOMATISK);
        redovisning.importera(namnd.getId(), Resurser.las(REDOVISAT), REDOVISAT.substring(REDOVISAT.lastIndexOf('/') + 1),
                Teckenkodning.AUTOMATISK, DEMO.getUsername());
        ekonomi.lasIn(namnd, augusti);
    }

    private static final String REDOVISAT = "/demo/linkoping-an-redovisat-2022-jan-aug.se";

    /** Runs {@code arbete} as the demo administrator, so the entry services' access checks apply as for a person. */
    static void somDemoanvandare(Runnable arbete) {
        var fore = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(DEMO, null, DEMO.getAuthorities()));
        try {
            arbete.run();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(fore);
        }
    }

    void lasIn(Namnd namnd, Uppfoljningspunkt augusti, Uppfoljningspunkt augustiForegaendeAr) {
        JsonNode fil = JsonMapper.builder().build().readTree(Resurser.las(UTFALL));
        Set<String> harledda = new HashSet<>();
        fil.path("harleddaIndikatorer").forEach(k -> harledda.add(k.asString()));
        Map<String, Indikator> perKod = new HashMap<>();
        indikatorer.findGallande(namnd, augusti.getAr()).forEach(i -> perKod.put(i.getKod(), i));
        List<Inmatning> inmatningar = new ArrayList<>();
        for (JsonNode u : fil.get("utfall")) {
            Indikator indikator = perKod.get(u.get("indikator").asString());
            if (indikator == null || harledda.contains(indikator.getKod())) {
                continue;
            }
            Long enhet = u.has("enhet") ? indikator.getEnheter().stream()
                    .filter(e -> e.getKod().equals(u.get("enhet").asString())).map(Enhet::getId).findFirst().orElseThrow()
                    : null;
            boolean iu = u.path("ingetUtfall").asBoolean(false);
            inmatningar.add(new Inmatning(indikator.getId(), enhet, Kon.valueOf(u.path("kon").asString("T")),
                    iu ? null : u.get("varde").asString(), iu, iu ? u.path("forklaring").asString(null) : null,
                    indikator.getKalla(), null, null, false));
        }
        kravLyckat(utfall.spara(namnd.getId(), augusti.getId(), inmatningar).lyckades(), "utfallen");

        List<NyckeltalUppfoljning.Inmatning> iAr = new ArrayList<>();
        List<NyckeltalUppfoljning.Inmatning> ifjol = new ArrayList<>();
        for (JsonNode n : fil.get("nyckeltal")) {
            Nyckeltal tal = nyckeltalRepository.findByNamnd(namnd).stream()
                    .filter(t -> t.getNamn().equals(n.get("namn").asString())
                            && (n.has("enhet") ? t.getEnhet() != null && t.getEnhet().getKod().equals(n.get("enhet").asString())
                                    : t.getEnhet() == null))
                    .findFirst().orElseThrow(() -> new IllegalStateException("Nyckeltalet " + n + " finns inte i planen"));
            if (n.has("utfall") || n.has("prognosHelar")) {
                iAr.add(new NyckeltalUppfoljning.Inmatning(tal.getId(), n.path("utfall").asString(null),
                        n.path("prognosHelar").asString(null), null, null));
            }
            if (n.has("foregaendeAr")) {
                ifjol.add(new NyckeltalUppfoljning.Inmatning(tal.getId(), n.get("foregaendeAr").asString(), null, null, null));
            }
        }
        kravLyckat(nyckeltal.spara(namnd.getId(), augusti.getId(), iAr).lyckades(), "nyckeltalen för " + augusti.getAr());
        kravLyckat(nyckeltal.spara(namnd.getId(), augustiForegaendeAr.getId(), ifjol).lyckades(),
                "nyckeltalen för " + augustiForegaendeAr.getAr());
    }

    private static void kravLyckat(boolean lyckades, String vad) {
        if (!lyckades) {
            throw new IllegalStateException("Demodata: " + vad + " kunde inte sparas");
        }
    }
}
