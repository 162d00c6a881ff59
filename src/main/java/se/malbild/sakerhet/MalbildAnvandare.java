package se.malbild.sakerhet;

import java.io.Serial;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import se.malbild.organisation.Namnd;

/**
 * The logged-in user as Spring Security keeps it in the session: who it is, its role and the committees it is bound
 * to, so that features can check access to one committee's data without reading the database.
 */
public final class MalbildAnvandare implements UserDetails, CredentialsContainer {

    @Serial
    private static final long serialVersionUID = 1L;

    private final long id;
    private final String anvandarnamn;
    private final String namn;
    private final Roll roll;
    private final Set<Long> namndIds;
    private final boolean aktiv;
    private final boolean masteBytaLosenord;
    private String losenordHash;

    /** An active user that need not change its password; for tests that act as a given user. */
    public MalbildAnvandare(long id, String anvandarnamn, String namn, Roll roll, Set<Long> namndIds) {
        this(id, anvandarnamn, namn, roll, namndIds, true, false, null);
    }

    private MalbildAnvandare(long id, String anvandarnamn, String namn, Roll roll, Set<Long> namndIds, boolean aktiv,
            boolean masteBytaLosenord, String losenordHash) {
        this.id = id;
        this.anvandarnamn = Objects.requireNonNull(anvandarnamn);
        this.namn = namn;
        this.roll = Objects.requireNonNull(roll);
        this.namndIds = Set.copyOf(namndIds);
        this.aktiv = aktiv;
        this.masteBytaLosenord = masteBytaLosenord;
        this.losenordHash = losenordHash;
    }

    /** Needs the committees loaded. */
    static MalbildAnvandare av(Anvandare anvandare) {
        Set<Long> namndIds = anvandare.getNamnder().stream().map(Namnd::getId).collect(Collectors.toUnmodifiableSet());
        return new MalbildAnvandare(anvandare.getId(), anvandare.getAnvandarnamn(), anvandare.getNamn(),
                anvandare.getRoll(), namndIds, anvandare.isAktiv(), anvandare.isMasteBytaLosenord(),
                anvandare.getLosenordHash());
    }

    /** May this user change the data of the committee: an admin always, a registrator only for its own committees. */
    public boolean farRedigera(long namndId) {
        return switch (roll) {
            case ADMIN -> true;
            case REGISTRATOR -> namndIds.contains(namndId);
            case CONTROLLER, POLITIKER -> false;
        };
    }

    public long getId() {
        return id;
    }

    public String getNamn() {
        return namn;
    }

    public Roll getRoll() {
        return roll;
    }

    /** The committees a registrator is bound to; empty for the other roles. */
    public Set<Long> getNamndIds() {
        return namndIds;
    }

    public boolean isMasteBytaLosenord() {
        return masteBytaLosenord;
    }

    @Override
    public String getUsername() {
        return anvandarnamn;
    }

    @Override
    public String getPassword() {
        return losenordHash;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(roll.authority()));
    }

    @Override
    public boolean isEnabled() {
        return aktiv;
    }

    @Override
    public void eraseCredentials() {
        losenordHash = null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof MalbildAnvandare that && anvandarnamn.equals(that.anvandarnamn);
    }

    @Override
    public int hashCode() {
        return anvandarnamn.hashCode();
    }

    @Override
    public String toString() {
        return "MalbildAnvandare[" + anvandarnamn + ", " + roll + "]";
    }
}
