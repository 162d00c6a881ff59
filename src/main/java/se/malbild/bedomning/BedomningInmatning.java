package se.malbild.bedomning;

import se.malbild.mal.Malstatus;

/**
 * The assessment of one nämndmål as typed: the final status, motivation, analysis, and the two lists of points as
 * typed (one per line); the version the person saw (null when there was no assessment), and
 * {@code behallSparat}, the choice on the conflict page to keep what someone else stored.
 */
public record BedomningInmatning(Long namndmalId, Malstatus status, String motivering, String analys,
        String urvalResultat, String avvikelser, Integer version, boolean behallSparat) {
}
