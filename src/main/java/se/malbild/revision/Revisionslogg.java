package se.malbild.revision;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records changes. Must be called inside the transaction that makes the change ({@link Propagation#MANDATORY}), so
 * a change that is rolled back leaves no record, and a record never exists without its change.
 */
@Service
public class Revisionslogg {

    private final AndringRepository andringar;
    private final Clock klocka;

    Revisionslogg(AndringRepository andringar) {
        this.andringar = andringar;
        this.klocka = Clock.systemUTC();
    }

    /**
     * Records that {@code falt} of the object {@code objekttyp}/{@code objektId} changed from {@code gammalt} to
     * {@code nytt}, by the logged-in user (or {@code system} outside a request). Nothing is recorded when the value did
     * not change.
     *
     * @param namndId the committee the object belongs to, for per-committee history; may be null
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void registrera(String objekttyp, long objektId, String falt, Object gammalt, Object nytt, Long namndId) {
        registrera(inloggad(), objekttyp, objektId, falt, gammalt, nytt, namndId);
    }

    /** As {@link #registrera(String, long, String, Object, Object, Long)} by a named actor (imports, commands). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void registrera(String anvandare, String objekttyp, long objektId, String falt, Object gammalt, Object nytt,
            Long namndId) {
        String fore = text(gammalt);
        String efter = text(nytt);
        if (Objects.equals(fore, efter)) {
            return;
        }
        andringar.save(new Andring(klocka.instant(), anvandare, objekttyp, objektId, falt, fore, efter, namndId));
    }

    /** The history of one object, newest first. */
    @Transactional(readOnly = true)
    public List<Andring> historik(String objekttyp, long objektId) {
        return andringar.findByObjekttypAndObjektIdOrderByTidpunktDescIdDesc(objekttyp, objektId);
    }

    /** A committee's latest changes (at most 500), newest first, optionally of one kind of object only. */
    @Transactional(readOnly = true)
    public List<Andring> andringar(long namndId, String objekttyp) {
        return objekttyp == null || objekttyp.isBlank()
                ? andringar.findTop500ByNamndIdOrderByTidpunktDescIdDesc(namndId)
                : andringar.findTop500ByNamndIdAndObjekttypOrderByTidpunktDescIdDesc(namndId, objekttyp);
    }

    private static String text(Object varde) {
        if (varde == null) {
            return null;
        }
        if (varde instanceof BigDecimal tal) {
            return tal.stripTrailingZeros().toPlainString();
        }
        return varde.toString();
    }

    private static String inloggad() {
        Authentication inloggning = SecurityContextHolder.getContext().getAuthentication();
        return inloggning == null || !inloggning.isAuthenticated() ? "system" : inloggning.getName();
    }
}
