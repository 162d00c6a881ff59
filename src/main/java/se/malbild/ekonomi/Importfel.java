package se.malbild.ekonomi;

import java.util.List;

/** What is wrong on a line of an imported file: the line number (0 for the file as a whole) and a message key. */
public record Importfel(int rad, String nyckel, List<Object> argument) {

    public Importfel {
        argument = List.copyOf(argument);
    }

    static Importfel av(int rad, String nyckel, Object... argument) {
        return new Importfel(rad, nyckel, List.of(argument));
    }
}
