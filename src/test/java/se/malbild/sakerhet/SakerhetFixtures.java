package se.malbild.sakerhet;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.security.crypto.password.PasswordEncoder;
import se.malbild.organisation.Kommun;
import se.malbild.organisation.KommunRepository;
import se.malbild.organisation.Namnd;
import se.malbild.organisation.NamndRepository;

/** Users and committees with names of their own, for tests sharing one database that is never emptied. */
final class SakerhetFixtures {

    static final String LOSENORD = "korrekt hast batteri";

    private SakerhetFixtures() {
    }

    static String unikt(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** An active user with {@link #LOSENORD} that must change it before doing anything else. */
    static Anvandare masteByta(AnvandareRepository repository, PasswordEncoder encoder, String anvandarnamn,
            Roll roll) {
        Anvandare anvandare = new Anvandare(anvandarnamn, "Test " + anvandarnamn, encoder.encode(LOSENORD), roll);
        anvandare.kravLosenordsbyte();
        return repository.save(anvandare);
    }

    /**
     * A committee in a test municipality with a free SCB code in 8000–8999: other tests build their municipalities
     * under fixed codes in 97xx–99xx, and a random code there could take one before them.
     */
    static Namnd namnd(KommunRepository kommuner, NamndRepository namnder) {
        String scbKod;
        do {
            scbKod = String.valueOf(8000 + ThreadLocalRandom.current().nextInt(1000));
        } while (kommuner.findByScbKod(scbKod).isPresent());
        Kommun kommun = kommuner.save(new Kommun(scbKod, "Testkommun " + scbKod));
        Namnd namnd = new Namnd(kommun, "TN");
        namnd.beskriv("Testnämnden", null, null, null, List.of());
        return namnder.save(namnd);
    }
}
