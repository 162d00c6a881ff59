package se.malbild.bedomning;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.malbild.common.NotFoundException;
import se.malbild.mal.Malstatus;
import se.malbild.organisation.Namnd;
import se.malbild.revision.Andring;
import se.malbild.revision.Revisionslogg;
import se.malbild.uppfoljning.UppfoljningAtkomst;
import se.malbild.uppfoljning.Uppfoljningspunkt;

/**
 * The history of an assessment, a report text or a status, for those who may read the committee's follow-up. The
 * object must belong to the committee and point in the address; otherwise it is "not found".
 */
@Service
@Transactional(readOnly = true)
public class BedomningHistorik {

    private static final DateTimeFormatter TID = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.of("Europe/Stockholm"));
    private static final Locale SVENSKA = Locale.forLanguageTag("sv-SE");

    /** What kind of object, as written in the address. */
    public enum Objekt {
        BEDOMNING("bedomning"), TEXT("texter"), UPPDRAG("uppdrag-och-kontroll"), PLANPOST("uppdrag-och-kontroll");

        private final String sida;

        Objekt(String sida) {
            this.sida = sida;
        }

        /** The page the object is edited on, under the follow-up's address. */
        public String sida() {
            return sida;
        }

        /** From the address: bedomning, text, uppdrag, planpost; anything else is "not found". */
        public static Objekt av(String text) {
            return Arrays.stream(values()).filter(o -> o.name().equalsIgnoreCase(text)).findFirst()
                    .orElseThrow(() -> new NotFoundException("Ingen historik för " + text));
        }
    }

    public record Sida(long namndId, String namnd, long punktId, String punkt, String rubrik, String sida,
            List<Rad> andringar) {
    }

    /** One change; old and new values as lines (a list of points is one line per point). */
    public record Rad(String tidpunkt, String anvandare, String falt, List<String> gammalt, List<String> nytt) {
    }

    private final UppfoljningAtkomst atkomst;
    private final BedomningRepository bedomningar;
    private final RapporttextRepository texter;
    private final UppdragStatusRepository uppdragStatus;
    private final PlanpostStatusRepository planpostStatus;
    private final RapporttextService rapporttexter;
    private final Revisionslogg revision;
    private final MessageSource meddelanden;

    BedomningHistorik(UppfoljningAtkomst atkomst, BedomningRepository bedomningar, RapporttextRepository texter,
            UppdragStatusRepository uppdragStatus, PlanpostStatusRepository planpostStatus,
            RapporttextService rapporttexter, Revisionslogg revision, MessageSource meddelanden) {
        this.atkomst = atkomst;
        this.bedomningar = bedomningar;
        this.texter = texter;
        this.uppdragStatus = uppdragStatus;
        this.planpostStatus = planpostStatus;
        this.rapporttexter = rapporttexter;
        this.revision = revision;
        this.meddelanden = meddelanden;
    }

    public Sida las(long namndId, long punktId, Objekt objekt, long id) {
        UppfoljningAtkomst.Ratt ratt = atkomst.forLasning(namndId, punktId);
        Namnd namnd = ratt.namnd();
        Uppfoljningspunkt punkt = ratt.punkt();
        return switch (objekt) {
            case BEDOMNING -> {
                Bedomning b = bedomningar.findById(id)
                        .filter(x -> x.getNamndmal().getNamnd().getId().equals(namnd.getId())
                                && x.getPunkt().getId().equals(punkt.getId()))
                        .orElseThrow(() -> saknas(objekt, id));
                yield sida(ratt, t("bedomning.historik.rubrik.BEDOMNING", b.getNamndmal().getTitel()), objekt,
                        BedomningService.OBJEKTTYP, id, this::malstatus);
            }
            case TEXT -> {
                Rapporttext r = texter.findById(id)
                        .filter(x -> x.getNamnd().getId().equals(namnd.getId()) && x.getPunkt().getId().equals(punkt.getId()))
                        .orElseThrow(() -> saknas(objekt, id));
                yield sida(ratt, t("bedomning.historik.rubrik.TEXT", rapporttexter.rubrik(r.getAvsnitt(), r.getVerksamhet())),
                        objekt, RapporttextService.OBJEKTTYP, id, v -> v);
            }
            case UPPDRAG -> {
                UppdragStatus s = uppdragStatus.findById(id)
                        .filter(x -> x.getNamnd().getId().equals(namnd.getId()) && x.getPunkt().getId().equals(punkt.getId()))
                        .orElseThrow(() -> saknas(objekt, id));
                yield sida(ratt, t("bedomning.historik.rubrik.STATUS", s.getUppdragText()), objekt,
                        StatuslistaService.UPPDRAG_OBJEKTTYP, id, v -> genomforande(Listtyp.UPPDRAG, v));
            }
            case PLANPOST -> {
                PlanpostStatus s = planpostStatus.findById(id)
                        .filter(x -> x.getPlanpost().getNamnd().getId().equals(namnd.getId())
                                && x.getPunkt().getId().equals(punkt.getId()))
                        .orElseThrow(() -> saknas(objekt, id));
                Listtyp listtyp = s.getPlanpost().getSlag();
                yield sida(ratt, t("bedomning.historik.rubrik.STATUS", s.getPlanpost().getText()), objekt,
                        StatuslistaService.PLANPOST_OBJEKTTYP, id, v -> genomforande(listtyp, v));
            }
        };
    }

    private Sida sida(UppfoljningAtkomst.Ratt ratt, String rubrik, Objekt objekt, String objekttyp, long id,
            Function<String, String> statustext) {
        List<Rad> rader = revision.historik(objekttyp, id).stream()
                .map(a -> rad(a, statustext))
                .toList();
        return new Sida(ratt.namnd().getId(), ratt.namnd().getNamn(), ratt.punkt().getId(), ratt.punkt().getNamn(),
                rubrik, objekt.sida(), rader);
    }

    private Rad rad(Andring a, Function<String, String> statustext) {
        boolean status = a.getFalt().equals("status") || a.getFalt().equals("forslag");
        Function<String, List<String>> rader = v -> v == null ? List.of()
                : status ? List.of(statustext.apply(v)) : List.of(v.split("\n"));
        return new Rad(TID.format(a.getTidpunkt()), a.getAnvandare(), t("bedomning.historik.falt." + a.getFalt()),
                rader.apply(a.getGammalt()), rader.apply(a.getNytt()));
    }

    private String malstatus(String varde) {
        return Arrays.stream(Malstatus.values()).filter(s -> s.name().equals(varde)).findFirst()
                .map(s -> t(s.nyckel())).orElse(varde);
    }

    private String genomforande(Listtyp listtyp, String varde) {
        return Arrays.stream(Genomforande.values()).filter(s -> s.name().equals(varde)).findFirst()
                .map(s -> t(listtyp.nyckel(s))).orElse(varde);
    }

    private static NotFoundException saknas(Objekt objekt, long id) {
        return new NotFoundException("Ingen " + objekt + " " + id + " för den här nämnden och uppföljningen");
    }

    private String t(String nyckel, Object... argument) {
        return meddelanden.getMessage(nyckel, argument, SVENSKA);
    }
}
