package se.malbild.bedomning;

import java.util.List;

/**
 * Something typed that cannot be saved: which row of the page (its index), what it is called (a nämndmål, a section,
 * an activity), which field, and why as a message key with arguments.
 */
public record Fel(int rad, String vad, String falt, String nyckel, List<Object> argument) {

    public Fel {
        argument = List.copyOf(argument);
    }
}
