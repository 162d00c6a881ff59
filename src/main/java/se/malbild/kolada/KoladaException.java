package se.malbild.kolada;

import java.util.List;

/** A Kolada response that cannot be imported, or a source that cannot be reached. Nothing has been written then. */
public class KoladaException extends RuntimeException {

    private final List<KoladaFel> fel;

    public KoladaException(List<KoladaFel> fel) {
        super(fel.toString());
        this.fel = List.copyOf(fel);
    }

    KoladaException(String nyckel, Object... argument) {
        this(List.of(KoladaFel.av(nyckel, argument)));
    }

    public List<KoladaFel> getFel() {
        return fel;
    }
}
