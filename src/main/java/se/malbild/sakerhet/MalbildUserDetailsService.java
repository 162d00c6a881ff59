package se.malbild.sakerhet;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Loads a user with its committees for login; an inactive user is disabled and cannot log in. */
@Service
class MalbildUserDetailsService implements UserDetailsService {

    private final AnvandareRepository anvandare;

    MalbildUserDetailsService(AnvandareRepository anvandare) {
        this.anvandare = anvandare;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String anvandarnamn) {
        return anvandare.findMedNamnderByAnvandarnamn(anvandarnamn)
                .map(MalbildAnvandare::av)
                .orElseThrow(() -> new UsernameNotFoundException("Ingen användare heter " + anvandarnamn));
    }
}
