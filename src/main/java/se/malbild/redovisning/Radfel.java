package se.malbild.redovisning;

/** One problem in an uploaded file: the line it is on (1-based; 0 when it concerns the whole file) and what is wrong. */
public record Radfel(int rad, String meddelande) {

    @Override
    public String toString() {
        return rad == 0 ? meddelande : "Rad " + rad + ": " + meddelande;
    }
}
