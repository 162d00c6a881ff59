package se.malbild.onboarding;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads an import file in three steps, stopping at the first that fails: JSON syntax (with line and column), the
 * JSON Schema (structure, types, allowed values), and the cross-checks in {@link PlanValidering}.
 */
@Component
class PlanLasare {

    static final String SCHEMA = "/import/malbild-plan.schema.json";
    private static final int FLEST_FEL = 100;
    private static final Locale SVENSKA = Locale.forLanguageTag("sv");

    private final JsonMapper mapper = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();
    private final Schema schema;

    PlanLasare() {
        try (InputStream in = PlanLasare.class.getResourceAsStream(SCHEMA)) {
            schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parses and validates; throws {@link ImportException} with every problem found. */
    PlanFil las(byte[] innehall, Set<String> kandaKommunovergripandeMal) {
        JsonNode json = tolka(innehall);
        List<ImportFel> schemafel = schema.validate(json, ctx -> ctx.executionConfig(c -> c.locale(SVENSKA))).stream()
                .limit(FLEST_FEL)
                .map(PlanLasare::schemafel)
                .toList();
        if (!schemafel.isEmpty()) {
            throw new ImportException(schemafel);
        }
        PlanFil fil = mapper.treeToValue(json, PlanFil.class);
        List<ImportFel> fel = new PlanValidering(fil, kandaKommunovergripandeMal).kontrollera();
        if (!fel.isEmpty()) {
            throw new ImportException(fel.stream().limit(FLEST_FEL).toList());
        }
        return fil;
    }

    /** Reads only the municipality code, for looking up what the file may refer to; empty when unreadable. */
    String kommunkod(byte[] innehall) {
        try {
            return mapper.readTree(innehall).path("kommun").path("scbKod").asString("");
        } catch (JacksonException e) {
            return "";
        }
    }

    private JsonNode tolka(byte[] innehall) {
        if (innehall.length == 0) {
            throw new ImportException(List.of(new ImportFel("", "filen är tom")));
        }
        try {
            return mapper.readTree(innehall);
        } catch (JacksonException e) {
            TokenStreamLocation plats = e.getLocation();
            String var = plats == null ? "" : "rad " + plats.getLineNr() + ", kolumn " + plats.getColumnNr();
            throw new ImportException(List.of(new ImportFel(var, "filen är inte giltig JSON (" + e.getOriginalMessage() + ")")));
        }
    }

    private static ImportFel schemafel(Error error) {
        NodePath plats = error.getInstanceLocation();
        StringBuilder sokvag = new StringBuilder();
        for (int i = 0; i < plats.getNameCount(); i++) {
            Object del = plats.getElement(i);
            if (del instanceof Integer index) {
                sokvag.append('[').append(index).append(']');
            } else {
                sokvag.append(sokvag.isEmpty() ? "" : ".").append(del);
            }
        }
        return new ImportFel(sokvag.toString(), error.getMessage());
    }
}
