package se.malbild.bedomning;

/** A text section of the follow-up report; {@link #VERKSAMHET} is a comment on one verksamhet (budget line). */
public enum Avsnitt {

    SAMLAD_BEDOMNING(Textregler.RAPPORTTEXT),
    HANDELSER(Textregler.RAPPORTTEXT),
    FORVANTAD_UTVECKLING(Textregler.RAPPORTTEXT),
    VERKSAMHET(Textregler.VERKSAMHETSKOMMENTAR);

    private final int langst;

    Avsnitt(int langst) {
        this.langst = langst;
    }

    /** The longest text the section takes, in characters. */
    public int langst() {
        return langst;
    }
}
