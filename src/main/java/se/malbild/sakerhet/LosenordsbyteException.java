package se.malbild.sakerhet;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/** A new password was refused; carries every reason, so the form can show them all at once. */
public class LosenordsbyteException extends RuntimeException {

    public enum Fel {
        NUVARANDE_STAMMER_INTE,
        FOR_KORT,
        SAMMA_SOM_NUVARANDE
    }

    private final Set<Fel> fel;

    LosenordsbyteException(Set<Fel> fel) {
        super("Lösenordet byttes inte: " + fel);
        this.fel = Collections.unmodifiableSet(EnumSet.copyOf(fel));
    }

    public Set<Fel> getFel() {
        return fel;
    }
}
