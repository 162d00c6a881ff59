package se.malbild.uppfoljning;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import se.malbild.organisation.Namnd;
import se.malbild.sakerhet.AnvandareService;
import se.malbild.sakerhet.MalbildAnvandare;
import se.malbild.sakerhet.Roll;

/**
 * Object-level access to a committee's follow-up: everyone who reads reports may read (a registrator only their own
 * committees); only a registrator bound to the committee, or an admin, may write.
 */
@Component
class Behorighet {

    private final AnvandareService anvandare;

    Behorighet(AnvandareService anvandare) {
        this.anvandare = anvandare;
    }

    void kontrolleraLasning(Namnd namnd) {
        MalbildAnvandare inloggad = inloggad();
        if (inloggad.getRoll() == Roll.REGISTRATOR && !inloggad.getNamndIds().contains(namnd.getId())) {
            throw new AccessDeniedException("Registratorn " + inloggad.getUsername() + " hör inte till " + namnd.getNamn());
        }
    }

    void kontrolleraSkrivning(Namnd namnd) {
        MalbildAnvandare inloggad = inloggad();
        if (!inloggad.farRedigera(namnd.getId())) {
            throw new AccessDeniedException(inloggad.getUsername() + " får inte ändra uppgifter för " + namnd.getNamn());
        }
    }

    boolean farSkriva(Namnd namnd) {
        return inloggad().farRedigera(namnd.getId());
    }

    void kontrolleraAdministrator() {
        if (inloggad().getRoll() != Roll.ADMIN) {
            throw new AccessDeniedException("Bara en administratör får göra detta");
        }
    }

    /** Only a politician (for the committee) or an admin records that a report is adopted. */
    void kontrolleraFaststallelse() {
        Roll roll = inloggad().getRoll();
        if (roll != Roll.POLITIKER && roll != Roll.ADMIN) {
            throw new AccessDeniedException("Bara en politiker eller administratör får fastställa");
        }
    }

    boolean arAdministrator() {
        return inloggad().getRoll() == Roll.ADMIN;
    }

    private MalbildAnvandare inloggad() {
        return anvandare.inloggad().orElseThrow(() -> new AccessDeniedException("Inte inloggad"));
    }
}
