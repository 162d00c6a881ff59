package se.malbild.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The demo plans transcribed from the seed documents, as import files. */
public final class Demofiler {

    public static final String LINKOPING = "/demo/linkoping-arbetsmarknadsnamnden-2022.json";
    public static final String TRANAS = "/demo/tranas-kommunstyrelsen-2023.json";

    private Demofiler() {
    }

    public static byte[] las(String resurs) {
        try (InputStream in = Demofiler.class.getResourceAsStream(resurs)) {
            if (in == null) {
                throw new IllegalArgumentException("Ingen resurs " + resurs);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String text(String resurs) {
        return new String(las(resurs), StandardCharsets.UTF_8);
    }
}
