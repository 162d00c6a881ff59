package se.malbild.kolada;

/** One page of a Kolada v3 response and where it came from (a file name or a URL). */
public record Sida(String kalla, String text) {
}
