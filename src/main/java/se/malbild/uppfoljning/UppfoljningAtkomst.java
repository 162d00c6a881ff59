package se.malbild.uppfoljning;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.malbild.organisation.Namnd;

/**
 * For other modules that keep data per committee and follow-up point: finds the committee and a point of its own
 * municipality (else "not found"), and checks that the current user may read or write it. A write also requires the
 * committee's follow-up at that point to be open.
 */
@Service
@Transactional(readOnly = true)
public class UppfoljningAtkomst {

    /** A committee and one of its municipality's follow-up points, with the follow-up's status. */
    public record Ratt(Namnd namnd, Uppfoljningspunkt punkt, UppfoljningStatus status, boolean farSkriva) {

        public boolean redigerbar() {
            return farSkriva && status == UppfoljningStatus.OPPEN;
        }
    }

    private final UppfoljningService uppfoljningar;
    private final Behorighet behorighet;

    UppfoljningAtkomst(UppfoljningService uppfoljningar, Behorighet behorighet) {
        this.uppfoljningar = uppfoljningar;
        this.behorighet = behorighet;
    }

    /** For a page that shows the data: 404 for an unknown committee or another municipality's point, 403 if not allowed. */
    public Ratt forLasning(long namndId, long punktId) {
        Namnd namnd = uppfoljningar.namnd(namndId);
        behorighet.kontrolleraLasning(namnd);
        Uppfoljningspunkt punkt = uppfoljningar.punkt(namnd, punktId);
        return new Ratt(namnd, punkt, uppfoljningar.status(namnd, punkt), behorighet.farSkriva(namnd));
    }

    /**
     * For a change: as {@link #forLasning} and the user must be the committee's registrator or an admin
     * ({@code AccessDeniedException}, 403), and the follow-up must be open ({@link FelStatusException}).
     */
    public Ratt forSkrivning(long namndId, long punktId) {
        Ratt ratt = forLasning(namndId, punktId);
        behorighet.kontrolleraSkrivning(ratt.namnd());
        if (ratt.status() != UppfoljningStatus.OPPEN) {
            throw new FelStatusException(ratt.status());
        }
        return ratt;
    }

    /** The committee with a read check, for pages not tied to one point. */
    public Namnd namndForLasning(long namndId) {
        Namnd namnd = uppfoljningar.namnd(namndId);
        behorighet.kontrolleraLasning(namnd);
        return namnd;
    }
}
