package se.malbild.sakerhet;

/** What a user may do: administer, follow up, register outcomes for bound committees, or read. */
public enum Roll {
    ADMIN,
    CONTROLLER,
    REGISTRATOR,
    POLITIKER;

    /** The Spring Security authority, as used by {@code hasRole(...)}. */
    public String authority() {
        return "ROLE_" + name();
    }
}
