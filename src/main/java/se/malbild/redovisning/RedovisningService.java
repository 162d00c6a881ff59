package se.malbild.redovisning;

import java.time.YearMonth;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.malbild.organisation.Kommun;
import se.malbild.organisation.Namnd;

/** Actuals for the other modules: what a nämnd's verksamheter cost and earned, summed or month by month. */
@Service
@Transactional(readOnly = true)
public class RedovisningService {

    private final RedovisatRepository redovisat;

    RedovisningService(RedovisatRepository redovisat) {
        this.redovisat = redovisat;
    }

    /**
     * Every verksamhet of the nämnd (in the plan's order, with zeros where nothing is recorded) with its actuals for
     * January to {@code tillManad} of {@code ar}; one query.
     */
    public List<RedovisatPerVerksamhet> redovisat(Namnd namnd, int ar, int tillManad) {
        if (tillManad < 1 || tillManad > 12) {
            throw new IllegalArgumentException("tillManad ska vara 1–12, inte " + tillManad);
        }
        return redovisat.summaPerVerksamhet(namnd, ar, tillManad);
    }

    /**
     * The nämnd's actuals per verksamhet and month from {@code fran} to {@code till}, both included, ordered by
     * verksamhet and month; months without actuals are absent. For rolling 12-month series; one query.
     */
    public List<RedovisatPerManad> perManad(Namnd namnd, YearMonth fran, YearMonth till) {
        return redovisat.perManad(namnd, period(fran), period(till));
    }

    /** {@link #perManad(Namnd, YearMonth, YearMonth)} for every nämnd of the municipality at once; one query. */
    public List<RedovisatPerManad> perManad(Kommun kommun, YearMonth fran, YearMonth till) {
        return redovisat.perManadIKommun(kommun, period(fran), period(till));
    }

    static int period(YearMonth manad) {
        return manad.getYear() * 100 + manad.getMonthValue();
    }
}
