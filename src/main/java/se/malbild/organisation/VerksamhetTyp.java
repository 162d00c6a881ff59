package se.malbild.organisation;

/** How a budget row counts in the driftsammandrag. */
public enum VerksamhetTyp {
    /** Part of "summa nettokostnader". */
    VERKSAMHET,
    /** The committee's own internal units ("kommunala enheter"), outside the sum and inside "inkl kommunala enheter". */
    KOMMUNAL_ENHET,
    /** A planned change counted against the frame after the sum (Tranås "Målprognos minskat försörjningsstöd"). */
    MALPROGNOS
}
