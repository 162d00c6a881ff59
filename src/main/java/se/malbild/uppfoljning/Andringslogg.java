package se.malbild.uppfoljning;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.malbild.common.NotFoundException;
import se.malbild.organisation.Namnd;
import se.malbild.revision.Andring;
import se.malbild.revision.Revisionslogg;

/**
 * The history of a committee's data for those who may read it: one object's changes, or all the committee's latest
 * changes of a kind (budget, actuals, forecasts …). Records of another committee are never shown through this one.
 */
@Service
@Transactional(readOnly = true)
public class Andringslogg {

    private static final DateTimeFormatter TID = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Europe/Stockholm"));

    public record Sida(long namndId, String namnd, String objekttyp, List<Rad> andringar) {
    }

    public record Rad(String tidpunkt, String anvandare, String objekttyp, long objektId, String falt, String gammalt,
            String nytt) {
    }

    private final UppfoljningAtkomst atkomst;
    private final Revisionslogg revision;

    Andringslogg(UppfoljningAtkomst atkomst, Revisionslogg revision) {
        this.atkomst = atkomst;
        this.revision = revision;
    }

    public Sida forNamnd(long namndId, String objekttyp) {
        Namnd namnd = atkomst.namndForLasning(namndId);
        return new Sida(namndId, namnd.getNamn(), objekttyp, rader(revision.andringar(namndId, objekttyp)));
    }

    public Sida forObjekt(long namndId, String objekttyp, long objektId) {
        Namnd namnd = atkomst.namndForLasning(namndId);
        List<Andring> andringar = revision.historik(objekttyp, objektId);
        if (andringar.stream().anyMatch(a -> a.getNamndId() == null || a.getNamndId() != namndId)) {
            throw new NotFoundException(objekttyp + " " + objektId + " hör inte till " + namnd.getNamn());
        }
        return new Sida(namndId, namnd.getNamn(), objekttyp, rader(andringar));
    }

    private static List<Rad> rader(List<Andring> andringar) {
        return andringar.stream()
                .map(a -> new Rad(TID.format(a.getTidpunkt()), a.getAnvandare(), a.getObjekttyp(), a.getObjektId(),
                        a.getFalt(), a.getGammalt(), a.getNytt()))
                .toList();
    }
}
