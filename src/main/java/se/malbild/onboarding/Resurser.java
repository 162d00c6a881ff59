package se.malbild.onboarding;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

final class Resurser {

    private Resurser() {
    }

    static byte[] las(String resurs) {
        try (InputStream in = Resurser.class.getResourceAsStream(resurs)) {
            if (in == null) {
                throw new IllegalStateException("Resursen " + resurs + " saknas i applikationen");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
