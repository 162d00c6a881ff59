package se.malbild.uppfoljning;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.malbild.common.SvenskFormat;
import se.malbild.common.SvenskTal;
import se.malbild.mal.Indikator;
import se.malbild.mal.IndikatorRader;
import se.malbild.mal.IndikatorRader.Uppdelning;
import se.malbild.mal.IndikatorRepository;
import se.malbild.mal.Kon;
import se.malbild.mal.Malvarde;
import se.malbild.mal.MalvardeRepository;
import se.malbild.mal.MalvardeText;
import se.malbild.mal.Utfall;
import se.malbild.mal.UtfallRepository;
import se.malbild.organisation.Namnd;

/** Reads the entry page: every indicator of the committee's goals, one row per breakdown, with what was before. */
@Service
@Transactional(readOnly = true)
public class UtfallFormular {

    /** The page: whose follow-up, whether it can be edited, and its rows. */
    public record Sida(long namndId, String namnd, String kommun, long punktId, String punkt, int ar,
            UppfoljningStatus status, boolean redigerbar, List<Rad> rader) {
    }

    /**
     * A row: the indicator and breakdown it is for, the two previous years' outcomes and this year's target to
     * compare with, and the stored outcome (as typed text) with its version for conflict detection.
     */
    public record Rad(Long indikatorId, Long enhetId, Kon kon, String grupp, String indikator, String uppdelning,
            boolean forstaRaden, String enhet, List<String> tidigare, String malvarde, Long utfallId, Integer version,
            String varde, boolean ingetUtfall, String forklaring, String kalla, String kommentar, boolean harledd) {
    }

    private final UppfoljningService uppfoljningar;
    private final IndikatorRepository indikatorer;
    private final UtfallRepository utfall;
    private final MalvardeRepository malvarden;
    private final MalvardeText malvardeText;
    private final Behorighet behorighet;
    private final Uppdelningstext uppdelningstext;

    UtfallFormular(UppfoljningService uppfoljningar, IndikatorRepository indikatorer, UtfallRepository utfall,
            MalvardeRepository malvarden, MalvardeText malvardeText, Behorighet behorighet,
            Uppdelningstext uppdelningstext) {
        this.uppdelningstext = uppdelningstext;
        this.uppfoljningar = uppfoljningar;
        this.indikatorer = indikatorer;
        this.utfall = utfall;
        this.malvarden = malvarden;
        this.malvardeText = malvardeText;
        this.behorighet = behorighet;
    }

    public Sida las(long namndId, long punktId) {
        Namnd namnd = uppfoljningar.namnd(namndId);
        behorighet.kontrolleraLasning(namnd);
        Uppfoljningspunkt punkt = uppfoljningar.punkt(namnd, punktId);
        UppfoljningStatus status = uppfoljningar.status(namnd, punkt);
        int ar = punkt.getAr();

        Map<String, Utfall> nu = new HashMap<>();
        utfall.findByNamndAndPeriod(namnd, ar, punkt.utfallsmanad())
                .forEach(u -> nu.put(UtfallService.nyckel(u.getIndikator().getId(), u.getEnhet(), u.getKon()), u));
        Map<Long, List<Utfall>> tidigare = new HashMap<>();
        utfall.findHelarByNamnd(namnd, ar - 2, ar - 1)
                .forEach(u -> tidigare.computeIfAbsent(u.getIndikator().getId(), id -> new ArrayList<>()).add(u));
        Map<Long, Malvarde> malPerIndikator = new HashMap<>();
        malvarden.findByNamndAndPlanAr(namnd, ar).stream().filter(m -> m.getAr() == ar)
                .forEach(m -> malPerIndikator.put(m.getIndikator().getId(), m));

        List<Rad> rader = new ArrayList<>();
        for (Indikator indikator : indikatorer.findGallande(namnd, ar)) {
            List<Utfall> alla = new ArrayList<>(tidigare.getOrDefault(indikator.getId(), List.of()));
            nu.values().stream().filter(u -> u.getIndikator().getId().equals(indikator.getId())).forEach(alla::add);
            Malvarde mal = malPerIndikator.get(indikator.getId());
            boolean forsta = true;
            for (Uppdelning uppdelning : IndikatorRader.uppdelningar(indikator, alla)) {
                Utfall sparat = nu.get(UtfallService.nyckel(indikator.getId(), uppdelning.enhet(), uppdelning.kon()));
                List<String> foregaende = new ArrayList<>();
                for (int a = ar - 2; a < ar; a++) {
                    int aret = a;
                    tidigare.getOrDefault(indikator.getId(), List.of()).stream()
                            .filter(u -> u.getAr() == aret && IndikatorRader.galler(uppdelning, u))
                            .findFirst()
                            .ifPresent(u -> foregaende.add(aret + ": " + (u.isIngetUtfall() ? "I.U."
                                    : SvenskFormat.somSkrivet(u.getVarde()))));
                }
                rader.add(new Rad(indikator.getId(), uppdelning.enhet() == null ? null : uppdelning.enhet().getId(),
                        uppdelning.kon(), indikator.getGrupp(), indikator.getNamn(),
                        uppdelningstext.text(uppdelning.enhet(), uppdelning.kon()),
                        forsta, indikator.getMatenhet().name(), foregaende,
                        forsta && mal != null ? malvardeText.text(mal) : null,
                        sparat == null ? null : sparat.getId(), sparat == null ? null : sparat.getVersion(),
                        sparat == null || sparat.getVarde() == null ? "" : SvenskTal.somInmatning(sparat.getVarde()),
                        sparat != null && sparat.isIngetUtfall(), sparat == null ? null : sparat.getForklaring(),
                        sparat == null ? indikator.getKalla() : sparat.getKalla(),
                        sparat == null ? null : sparat.getKommentar(), indikator.getHarledning() != null));
                forsta = false;
            }
        }
        boolean redigerbar = status == UppfoljningStatus.OPPEN && behorighet.farSkriva(namnd);
        return new Sida(namnd.getId(), namnd.getNamn(), namnd.getKommun().getNamn(), punkt.getId(), punkt.getNamn(), ar,
                status, redigerbar, rader);
    }
}
