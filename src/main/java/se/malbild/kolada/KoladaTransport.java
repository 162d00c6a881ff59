package se.malbild.kolada;

import java.net.URI;

/** Fetches one page from Kolada; behind an interface so tests serve fixture files instead of the network. */
public interface KoladaTransport {

    /** The body of the page; throws {@link KoladaException} when unreachable, too slow or answering an HTTP error. */
    String hamta(URI url);
}
