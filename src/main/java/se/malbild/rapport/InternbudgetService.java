package se.malbild.rapport;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.malbild.common.NotFoundException;
import se.malbild.dokument.Dokument;
import se.malbild.ekonomi.BudgetpostRepository;
import se.malbild.ekonomi.BudgetramRepository;
import se.malbild.ekonomi.DriftbudgetVaravRepository;
import se.malbild.ekonomi.InvesteringRepository;
import se.malbild.ekonomi.InvesteringsramRepository;
import se.malbild.mal.IndikatorRepository;
import se.malbild.mal.MalvardeRepository;
import se.malbild.mal.NamndmalRepository;
import se.malbild.mal.StrategisktUppdragRepository;
import se.malbild.mal.UtfallRepository;
import se.malbild.nyckeltal.NyckeltalRepository;
import se.malbild.organisation.Namnd;
import se.malbild.organisation.NamndRepository;
import se.malbild.organisation.VerksamhetRepository;

/**
 * Reads a committee's internbudget for display. Every part is fetched with one query whatever its size, so the page
 * costs the same number of statements for a small or a large committee.
 */
@Service
@Transactional(readOnly = true)
public class InternbudgetService {

    private final NamndRepository namnder;
    private final InternbudgetRepository internbudgetar;
    private final VerksamhetRepository verksamheter;
    private final BudgetpostRepository budgetposter;
    private final DriftbudgetVaravRepository varav;
    private final BudgetramRepository ramar;
    private final InvesteringRepository investeringar;
    private final InvesteringsramRepository investeringsramar;
    private final NyckeltalRepository nyckeltal;
    private final NamndmalRepository namndmal;
    private final IndikatorRepository indikatorer;
    private final MalvardeRepository malvarden;
    private final UtfallRepository utfall;
    private final StrategisktUppdragRepository uppdrag;
    private final InternbudgetDokument internbudgetDokument;

    InternbudgetService(NamndRepository namnder, InternbudgetRepository internbudgetar,
            VerksamhetRepository verksamheter, BudgetpostRepository budgetposter, DriftbudgetVaravRepository varav,
            BudgetramRepository ramar, InvesteringRepository investeringar,
            InvesteringsramRepository investeringsramar, NyckeltalRepository nyckeltal, NamndmalRepository namndmal,
            IndikatorRepository indikatorer, MalvardeRepository malvarden, UtfallRepository utfall,
            StrategisktUppdragRepository uppdrag, InternbudgetDokument internbudgetDokument) {
        this.namnder = namnder;
        this.internbudgetar = internbudgetar;
        this.verksamheter = verksamheter;
        this.budgetposter = budgetposter;
        this.varav = varav;
        this.ramar = ramar;
        this.investeringar = investeringar;
        this.investeringsramar = investeringsramar;
        this.nyckeltal = nyckeltal;
        this.namndmal = namndmal;
        this.indikatorer = indikatorer;
        this.malvarden = malvarden;
        this.utfall = utfall;
        this.uppdrag = uppdrag;
        this.internbudgetDokument = internbudgetDokument;
    }

    /**
     * The committee's internbudget for the year as a document, read from live data: 404 when the committee or its plan
     * for the year does not exist.
     */
    public Dokument dokument(String scbKod, String namndKod, int ar) {
        Namnd namnd = namnder.findByKommunAndKod(scbKod, namndKod)
                .orElseThrow(() -> new NotFoundException("Nämnden " + namndKod + " finns inte i kommun " + scbKod));
        Internbudget internbudget = internbudgetar.findByNamndAndAr(namnd, ar)
                .orElseThrow(() -> new NotFoundException(namnd.getNamn() + " har ingen internbudget för " + ar));
        var ekonomi = new EkonomiTabeller.Underlag(verksamheter.findByNamndOrderByOrdning(namnd),
                budgetposter.findByNamndAndPlanAr(namnd, ar), varav.findByNamndAndPlanAr(namnd, ar),
                internbudget.getForandringar(), ramar.findByNamndAndPlanAr(namnd, ar));
        var mal = new MalTabeller.Underlag(namndmal.findGallande(namnd, ar), indikatorer.findGallande(namnd, ar),
                malvarden.findByNamndAndPlanAr(namnd, ar), utfall.findHelarByNamnd(namnd, ar - 2, ar - 1));
        return internbudgetDokument.bygg(new InternbudgetDokument.Underlag(namnd, internbudget, ekonomi,
                investeringar.findByNamnd(namnd), investeringsramar.findByNamndAndPlanArOrderByAr(namnd, ar),
                nyckeltal.findByNamnd(namnd), mal, uppdrag.findByNamndAndArOrderByTypAscOrdningAsc(namnd, ar)));
    }
}
