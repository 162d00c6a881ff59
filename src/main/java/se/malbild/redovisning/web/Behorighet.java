package se.malbild.redovisning.web;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import se.malbild.sakerhet.Roll;

/** Actuals and their mapping are for controllers and administrators; registrators and politicians get 403. */
final class Behorighet {

    private Behorighet() {
    }

    static void kravControllerEllerAdmin(Authentication inloggning) {
        boolean far = inloggning != null && inloggning.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .anyMatch(a -> a.equals(Roll.CONTROLLER.authority()) || a.equals(Roll.ADMIN.authority()));
        if (!far) {
            throw new AccessDeniedException("Bara controller och administratör får läsa in redovisat och ändra mappningen");
        }
    }
}
