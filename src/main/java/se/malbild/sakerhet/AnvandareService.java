package se.malbild.sakerhet;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.malbild.common.NotFoundException;
import se.malbild.organisation.Namnd;

/** Users for the other modules: creating them (demo data) and knowing who is logged in. */
@Service
public class AnvandareService {

    public static final int MINSTA_LOSENORDSLANGD = 12;

    private static final Logger log = LoggerFactory.getLogger(AnvandareService.class);

    private final AnvandareRepository anvandare;
    private final PasswordEncoder passwordEncoder;

    AnvandareService(AnvandareRepository anvandare, PasswordEncoder passwordEncoder) {
        this.anvandare = anvandare;
        this.passwordEncoder = passwordEncoder;
    }

    /**
     * Creates an active user unless one with this user name exists; an existing user is left exactly as it is. The
     * committees matter for a registrator only.
     */
    @Transactional
    public void skapaOmSaknas(String anvandarnamn, String namn, String losenordKlartext, Roll roll,
            Collection<Namnd> namnder) {
        if (anvandare.existsByAnvandarnamn(anvandarnamn)) {
            return;
        }
        Anvandare ny = new Anvandare(anvandarnamn, namn, passwordEncoder.encode(losenordKlartext), roll);
        ny.bindTill(namnder);
        anvandare.save(ny);
        log.info("Användaren {} skapades med rollen {}", anvandarnamn, roll);
    }

    /** The user of the current request, if someone is logged in. */
    public Optional<MalbildAnvandare> inloggad() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof MalbildAnvandare inloggad
                ? Optional.of(inloggad)
                : Optional.empty();
    }

    /**
     * Replaces the password when the current one is given correctly and the new one is long enough and different,
     * and lifts the demand to change it. Returns the user as it now is, for the session.
     */
    @Transactional
    public MalbildAnvandare bytLosenord(long anvandareId, String nuvarandeLosenord, String nyttLosenord) {
        Anvandare konto = anvandare.findMedNamnderById(anvandareId)
                .orElseThrow(() -> new NotFoundException("Ingen användare med id " + anvandareId));
        Set<LosenordsbyteException.Fel> fel = EnumSet.noneOf(LosenordsbyteException.Fel.class);
        if (!passwordEncoder.matches(nuvarandeLosenord, konto.getLosenordHash())) {
            fel.add(LosenordsbyteException.Fel.NUVARANDE_STAMMER_INTE);
        }
        if (nyttLosenord.length() < MINSTA_LOSENORDSLANGD) {
            fel.add(LosenordsbyteException.Fel.FOR_KORT);
        } else if (passwordEncoder.matches(nyttLosenord, konto.getLosenordHash())) {
            fel.add(LosenordsbyteException.Fel.SAMMA_SOM_NUVARANDE);
        }
        if (!fel.isEmpty()) {
            throw new LosenordsbyteException(fel);
        }
        konto.bytLosenord(passwordEncoder.encode(nyttLosenord));
        log.info("Användaren {} bytte lösenord", konto.getAnvandarnamn());
        MalbildAnvandare uppdaterad = MalbildAnvandare.av(konto);
        uppdaterad.eraseCredentials();
        return uppdaterad;
    }
}
