package se.malbild.dokument;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.springframework.stereotype.Component;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * A {@link Dokument} as JSON and back, byte for byte the same for the same document, and its SHA-256.
 *
 * <p>The form is canonical, so that the fingerprint of an adopted report can be checked again at any time: one line,
 * properties in a fixed order (record components in declaration order, every other property alphabetically), every
 * property written even when null, numbers written plain ({@code 2.0}, {@code -4400.00}, never {@code 4.4E+3}) with the
 * scale they have, and read back as exactly that {@link java.math.BigDecimal}.
 */
@Component
public class DokumentJson {

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .enable(MapperFeature.SORT_CREATOR_PROPERTIES_FIRST)
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .disable(SerializationFeature.INDENT_OUTPUT)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    public String json(Dokument dokument) {
        return JSON.writeValueAsString(dokument);
    }

    public Dokument las(String json) {
        return JSON.readValue(json, Dokument.class);
    }

    /** The SHA-256 of the UTF-8 bytes of {@code text}, as 64 lower-case hex digits. */
    public static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Java saknar SHA-256", e);
        }
    }
}
