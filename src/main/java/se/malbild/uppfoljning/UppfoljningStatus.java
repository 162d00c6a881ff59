package se.malbild.uppfoljning;

/** Where a committee's follow-up stands: open for entry, submitted by its staff, adopted by the committee. */
public enum UppfoljningStatus {
    OPPEN, INLAMNAD, FASTSTALLD
}
