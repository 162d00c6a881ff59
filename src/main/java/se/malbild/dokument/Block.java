package se.malbild.dokument;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.math.BigDecimal;
import java.util.List;

/** A piece of a section's content. Serialised with its kind in the property {@code slag}. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "slag")
@JsonSubTypes({
        @JsonSubTypes.Type(value = Block.Stycke.class, name = "stycke"),
        @JsonSubTypes.Type(value = Block.Punktlista.class, name = "punktlista"),
        @JsonSubTypes.Type(value = Block.Fakta.class, name = "fakta"),
        @JsonSubTypes.Type(value = Block.Statusrad.class, name = "status"),
        @JsonSubTypes.Type(value = Tabell.class, name = "tabell"),
        @JsonSubTypes.Type(value = Diagram.class, name = "diagram")})
public sealed interface Block permits Block.Stycke, Block.Punktlista, Block.Fakta, Block.Statusrad, Tabell, Diagram {

    /** A paragraph of text; {@code rubrik}, when given, is printed in bold before it ("Kommentar"). */
    record Stycke(String rubrik, String text) implements Block {

        public Stycke(String text) {
            this(null, text);
        }
    }

    /** A bulleted list, with an optional lead-in sentence. */
    record Punktlista(String ingress, List<String> punkter) implements Block {

        public Punktlista {
            punkter = List.copyOf(punkter);
        }
    }

    /** Facts as label–value pairs ("Förvaltning: Arbetsmarknadsförvaltningen"). */
    record Fakta(List<Faktum> fakta) implements Block {

        public Fakta {
            fakta = List.copyOf(fakta);
        }
    }

    /** One fact; {@code tal} is the exact number behind {@code varde} when it is one. */
    record Faktum(String etikett, String varde, BigDecimal tal) {
    }

    /** A labelled status ("Status: Uppfylls delvis") with an optional explanation under it. */
    record Statusrad(String etikett, Status status, String forklaring) implements Block {
    }
}
