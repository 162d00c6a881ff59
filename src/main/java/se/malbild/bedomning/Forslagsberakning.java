package se.malbild.bedomning;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import se.malbild.common.SvenskFormat;
import se.malbild.ekonomi.EkonomiskUppfoljningService;
import se.malbild.mal.Harledning;
import se.malbild.mal.Indikator;
import se.malbild.mal.IndikatorRepository;
import se.malbild.mal.Kon;
import se.malbild.mal.Malutvardering.Utfallsvarde;
import se.malbild.mal.Malutvardering;
import se.malbild.mal.Malvarde;
import se.malbild.mal.MalvardeRepository;
import se.malbild.mal.MalvardeText;
import se.malbild.mal.Matenhet;
import se.malbild.mal.Namndmal;
import se.malbild.mal.NamndmalRepository;
import se.malbild.mal.StatusForslag;
import se.malbild.mal.Utfall;
import se.malbild.mal.UtfallRepository;
import se.malbild.mal.Utvardering;
import se.malbild.organisation.Namnd;
import se.malbild.uppfoljning.Uppfoljningspunkt;
import se.malbild.uppfoljning.UppfoljningspunktRepository;

/**
 * The status the indicators propose for each of a committee's nämndmål at a follow-up point, with each indicator's
 * result and reason in Swedish. Reads in a fixed number of queries, whatever the number of goals and indicators: the
 * economy behind the indicators derived from it is read once per point it is needed at, not once per indicator.
 */
@Component
class Forslagsberakning {

    private static final Locale SVENSKA = Locale.forLanguageTag("sv-SE");

    /** A nämndmål, its indicators and the status they propose. */
    record Malforslag(Namndmal mal, List<BedomningService.Indikatorrad> indikatorer, StatusForslag forslag, String skal) {
    }

    private final NamndmalRepository namndmal;
    private final IndikatorRepository indikatorer;
    private final UtfallRepository utfall;
    private final MalvardeRepository malvarden;
    private final MalvardeText malvardeText;
    private final MessageSource meddelanden;
    private final EkonomiskUppfoljningService ekonomi;
    private final UppfoljningspunktRepository punkter;

    Forslagsberakning(NamndmalRepository namndmal, IndikatorRepository indikatorer, UtfallRepository utfall,
            MalvardeRepository malvarden, MalvardeText malvardeText, MessageSource meddelanden,
            EkonomiskUppfoljningService ekonomi, UppfoljningspunktRepository punkter) {
        this.ekonomi = ekonomi;
        this.punkter = punkter;
        this.namndmal = namndmal;
        this.indikatorer = indikatorer;
        this.utfall = utfall;
        this.malvarden = malvarden;
        this.malvardeText = malvardeText;
        this.meddelanden = meddelanden;
    }

    /** The committee's nämndmål of the point's year, in the plan's order, each with its proposal. */
    List<Malforslag> berakna(Namnd namnd, Uppfoljningspunkt punkt) {
        return berakna(namnd, punkt, null);
    }

    /**
     * As {@link #berakna(Namnd, Uppfoljningspunkt)}, with the economy at the point when the caller has already read it
     * (null when not), so that it is not read again.
     */
    List<Malforslag> berakna(Namnd namnd, Uppfoljningspunkt punkt, EkonomiskUppfoljningService.Uppfoljning ekonomiVidPunkten) {
        int ar = punkt.getAr();
        Ekonomier ekonomier = new Ekonomier(namnd, punkt, ekonomiVidPunkten);
        Map<Long, List<Indikator>> perMal = new LinkedHashMap<>();
        for (Indikator indikator : indikatorer.findGallande(namnd, ar)) {
            perMal.computeIfAbsent(indikator.getNamndmal().getId(), id -> new ArrayList<>()).add(indikator);
        }
        Map<Long, Utfall> nu = totaler(utfall.findByNamndAndPeriod(namnd, ar, punkt.utfallsmanad()));
        Map<Long, Utfall> ifjol = totaler(utfall.findHelarByNamnd(namnd, ar - 1, ar - 1));
        Map<Long, Malvarde> malPerIndikator = new HashMap<>();
        malvarden.findByNamndAndPlanAr(namnd, ar).stream().filter(m -> m.getAr() == ar)
                .forEach(m -> malPerIndikator.put(m.getIndikator().getId(), m));

        List<Malforslag> forslag = new ArrayList<>();
        for (Namndmal mal : namndmal.findGallande(namnd, ar)) {
            List<Utvardering> utvarderingar = new ArrayList<>();
            List<BedomningService.Indikatorrad> rader = new ArrayList<>();
            for (Indikator indikator : perMal.getOrDefault(mal.getId(), List.of())) {
                Malvarde malvarde = malPerIndikator.get(indikator.getId());
                Utfall utfallet = nu.get(indikator.getId());
                Utfall foregaende = ifjol.get(indikator.getId());
                Optional<BigDecimal> harlett = harlett(indikator, punkt, ekonomier);
                Utvardering utvardering = indikator.getHarledning() == null
                        ? Indikatorbedomning.utvardera(indikator, malvarde, utfallet, foregaende)
                        : Indikatorbedomning.utvardera(indikator, malvarde,
                                harlett.map(Utfallsvarde::varde).orElse(Utfallsvarde.saknas()), foregaende);
                utvarderingar.add(utvardering);
                String utfallstext = indikator.getHarledning() == null ? visa(utfallet, indikator)
                        : harlett.map(v -> SvenskFormat.procent(v, 1)).orElse(t("bedomning.utfall.saknas"));
                rader.add(new BedomningService.Indikatorrad(indikator.getId(), namn(indikator), utfallstext,
                        harlett.orElse(null), visa(foregaende, indikator),
                        malvarde == null ? t("bedomning.malvarde.saknas") : malvardeText.text(malvarde),
                        utvardering.resultat(), t(utvardering.skal().nyckel(), Indikatorbedomning.argument(utvardering,
                                indikator.getDecimaler(), enhet(indikator.getMatenhet())))));
            }
            StatusForslag statusForslag = Malutvardering.foreslaStatus(utvarderingar);
            forslag.add(new Malforslag(mal, rader, statusForslag,
                    t(statusForslag.skal().nyckel(), statusForslag.argument().toArray())));
        }
        return forslag;
    }

    /**
     * The value of an indicator computed from the economy, when it can be computed: "Avvikelse mot budget, %" at the
     * point, "Träffsäkerhet i ekonomiprognos" of the forecast made at its month of the year.
     */
    private static Optional<BigDecimal> harlett(Indikator indikator, Uppfoljningspunkt punkt, Ekonomier ekonomier) {
        Harledning harledning = indikator.getHarledning();
        if (harledning == null) {
            return Optional.empty();
        }
        if (harledning == Harledning.AVVIKELSE_MOT_BUDGET) {
            return ekonomier.vid(punkt).avvikelseMotBudgetProcent();
        }
        return ekonomier.punkt(harledning.prognosmanad())
                .map(prognospunkt -> ekonomier.vid(prognospunkt).traffsakerhet())
                .filter(t -> t.status() == EkonomiskUppfoljningService.TraffsakerhetStatus.BERAKNAD)
                .map(EkonomiskUppfoljningService.Traffsakerhet::procent);
    }

    /** The committee's economy at each point one calculation needs it, each read once, and the points by month. */
    private final class Ekonomier {

        private final Namnd namnd;
        private final Uppfoljningspunkt punkt;
        private final Map<Long, EkonomiskUppfoljningService.Uppfoljning> perPunkt = new HashMap<>();
        private final Map<Integer, Optional<Uppfoljningspunkt>> perManad = new HashMap<>();

        Ekonomier(Namnd namnd, Uppfoljningspunkt punkt, EkonomiskUppfoljningService.Uppfoljning vidPunkten) {
            this.namnd = namnd;
            this.punkt = punkt;
            perManad.put(punkt.getManad(), Optional.of(punkt));
            if (vidPunkten != null) {
                perPunkt.put(punkt.getId(), vidPunkten);
            }
        }

        EkonomiskUppfoljningService.Uppfoljning vid(Uppfoljningspunkt p) {
            return perPunkt.computeIfAbsent(p.getId(), id -> ekonomi.las(namnd, p));
        }

        /** The point of the same year at the month. */
        Optional<Uppfoljningspunkt> punkt(int manad) {
            return perManad.computeIfAbsent(manad,
                    m -> punkter.findByKommunAndArAndManad(namnd.getKommun(), punkt.getAr(), m));
        }
    }

    /** Each indicator's total outcome (not per gender or enhet). */
    private static Map<Long, Utfall> totaler(List<Utfall> alla) {
        Map<Long, Utfall> totaler = new HashMap<>();
        alla.stream().filter(u -> u.getEnhet() == null && u.getKon() == Kon.T)
                .forEach(u -> totaler.put(u.getIndikator().getId(), u));
        return totaler;
    }

    private static String namn(Indikator indikator) {
        return indikator.getGrupp() == null ? indikator.getNamn() : indikator.getGrupp() + " – " + indikator.getNamn();
    }

    private String visa(Utfall utfall, Indikator indikator) {
        if (utfall == null || (!utfall.isIngetUtfall() && utfall.getVarde() == null)) {
            return t("bedomning.utfall.saknas");
        }
        if (utfall.isIngetUtfall()) {
            return t("bedomning.utfall.iu");
        }
        return SvenskFormat.tal(utfall.getVarde(), indikator.getDecimaler()) + enhet(indikator.getMatenhet());
    }

    private String enhet(Matenhet matenhet) {
        return switch (matenhet) {
            case PROCENT, TKR, KR, MNKR -> t("rapport.matenhet." + matenhet);
            default -> "";
        };
    }

    private String t(String nyckel, Object... argument) {
        return meddelanden.getMessage(nyckel, argument, SVENSKA);
    }
}
