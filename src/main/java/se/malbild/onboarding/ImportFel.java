package se.malbild.onboarding;

/** One problem in an import file: where it is (a path such as {@code namndmal[1].indikatorer[3].utfall[0]}) and why. */
public record ImportFel(String sokvag, String meddelande) {

    @Override
    public String toString() {
        return sokvag.isEmpty() ? meddelande : sokvag + ": " + meddelande;
    }
}
