package se.malbild.redovisning;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The hand-made files under src/test/resources/redovisning and the demo files under src/main/resources/demo. */
final class Fixturer {

    static final String PC8 = "/redovisning/pc8-med-aao.se";
    static final String UTF8 = "/redovisning/utf8-med-aao.se";
    static final String LATIN1 = "/redovisning/latin1-med-aao.se";
    static final String CSV = "/redovisning/redovisat.csv";
    static final String TRASIG_SIE = "/redovisning/trasig.se";
    static final String TRASIG_CSV = "/redovisning/trasig.csv";
    static final String MAPPNING = "/redovisning/mappning.csv";
    static final String DEMO_SIE = "/demo/linkoping-an-redovisat-2022-jan-aug.se";
    static final String DEMO_MAPPNING = "/demo/linkoping-an-mappning.csv";

    private Fixturer() {
    }

    static byte[] las(String resurs) {
        try (InputStream in = Fixturer.class.getResourceAsStream(resurs)) {
            if (in == null) {
                throw new IllegalArgumentException("Ingen resurs " + resurs);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
