package se.malbild.uppfoljning;

import se.malbild.mal.Kon;

/**
 * One outcome as typed on the entry page: which indicator and breakdown, the value as text, or "I.U." with its
 * explanation, source and comment, and the version the person saw (null for an outcome that did not exist).
 * {@code behallSparat} is the choice on the conflict page to keep the stored value instead of this one.
 */
public record Inmatning(Long indikatorId, Long enhetId, Kon kon, String varde, boolean ingetUtfall, String forklaring,
        String kalla, String kommentar, Integer version, boolean behallSparat) {
}
