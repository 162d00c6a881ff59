package se.malbild.ekonomi;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import se.malbild.organisation.Namnd;
import se.malbild.sakerhet.AnvandareService;
import se.malbild.sakerhet.MalbildAnvandare;
import se.malbild.sakerhet.Roll;
import se.malbild.uppfoljning.FelStatusException;
import se.malbild.uppfoljning.UppfoljningAtkomst;
import se.malbild.uppfoljning.UppfoljningStatus;

/**
 * Who may change the economy follow-up, on top of the follow-up's read check ({@link UppfoljningAtkomst#forLasning}):
 * the follow-up budget is the controllers' and administrators'; forecasts may also be made by the committee's own
 * registrators. Either only while the committee's follow-up at that point is open.
 */
@Component
class Ekonomibehorighet {

    private final AnvandareService anvandare;

    Ekonomibehorighet(AnvandareService anvandare) {
        this.anvandare = anvandare;
    }

    MalbildAnvandare inloggad() {
        return anvandare.inloggad().orElseThrow(() -> new AccessDeniedException("Inte inloggad"));
    }

    boolean farImporteraBudget() {
        Roll roll = inloggad().getRoll();
        return roll == Roll.ADMIN || roll == Roll.CONTROLLER;
    }

    boolean farSkrivaPrognos(Namnd namnd) {
        MalbildAnvandare vem = inloggad();
        return vem.getRoll() == Roll.CONTROLLER || vem.farRedigera(namnd.getId());
    }

    /** 403 unless a controller or an administrator; then the follow-up must be open. */
    UppfoljningAtkomst.Ratt kravBudget(UppfoljningAtkomst.Ratt ratt) {
        if (!farImporteraBudget()) {
            throw new AccessDeniedException(inloggad().getUsername() + " får inte läsa in uppföljningsbudget");
        }
        return oppen(ratt);
    }

    /** 403 unless a controller, the committee's registrator or an administrator; then the follow-up must be open. */
    UppfoljningAtkomst.Ratt kravPrognos(UppfoljningAtkomst.Ratt ratt) {
        if (!farSkrivaPrognos(ratt.namnd())) {
            throw new AccessDeniedException(inloggad().getUsername() + " får inte lämna prognos för "
                    + ratt.namnd().getNamn());
        }
        return oppen(ratt);
    }

    private static UppfoljningAtkomst.Ratt oppen(UppfoljningAtkomst.Ratt ratt) {
        if (ratt.status() != UppfoljningStatus.OPPEN) {
            throw new FelStatusException(ratt.status());
        }
        return ratt;
    }
}
