package se.malbild.rapport;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.malbild.dokument.Dokument;

/** Assembles a committee's delårsrapport at a follow-up point from the live follow-up data, as seed 001 presents it. */
@Service
@Transactional(readOnly = true)
public class DelarsrapportService {

    /** The live delårsrapport: 404 for an unknown committee or point, 403 when the user may not read it. */
    public Dokument las(long namndId, long punktId) {
        throw new UnsupportedOperationException("Inte byggt ännu");
    }
}
