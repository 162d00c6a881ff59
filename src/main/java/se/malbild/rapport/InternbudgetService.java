package se.malbild.rapport;

import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.malbild.common.NotFoundException;
import se.malbild.ekonomi.BudgetpostRepository;
import se.malbild.ekonomi.BudgetramRepository;
import se.malbild.ekonomi.DriftbudgetVaravRepository;
import se.malbild.ekonomi.InvesteringRepository;
import se.malbild.ekonomi.InvesteringsramRepository;
import se.malbild.mal.IndikatorRepository;
import se.malbild.mal.MalvardeRepository;
import se.malbild.mal.NamndmalRepository;
import se.malbild.mal.StrategisktUppdrag;
import se.malbild.mal.StrategisktUppdragRepository;
import se.malbild.mal.UppdragTyp;
import se.malbild.mal.UtfallRepository;
import se.malbild.nyckeltal.Nyckeltal;
import se.malbild.nyckeltal.NyckeltalKategori;
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
    private final EkonomiTabeller ekonomiTabeller;
    private final MalTabeller malTabeller;
    private final Texter texter;

    InternbudgetService(NamndRepository namnder, InternbudgetRepository internbudgetar,
            VerksamhetRepository verksamheter, BudgetpostRepository budgetposter, DriftbudgetVaravRepository varav,
            BudgetramRepository ramar, InvesteringRepository investeringar,
            InvesteringsramRepository investeringsramar, NyckeltalRepository nyckeltal, NamndmalRepository namndmal,
            IndikatorRepository indikatorer, MalvardeRepository malvarden, UtfallRepository utfall,
            StrategisktUppdragRepository uppdrag, EkonomiTabeller ekonomiTabeller, MalTabeller malTabeller,
            Texter texter) {
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
        this.ekonomiTabeller = ekonomiTabeller;
        this.malTabeller = malTabeller;
        this.texter = texter;
    }

    public InternbudgetVy las(String scbKod, String namndKod, int ar) {
        Namnd namnd = namnder.findByKommunAndKod(scbKod, namndKod)
                .orElseThrow(() -> new NotFoundException("Nämnden " + namndKod + " finns inte i kommun " + scbKod));
        Internbudget internbudget = internbudgetar.findByNamndAndAr(namnd, ar)
                .orElseThrow(() -> new NotFoundException(namnd.getNamn() + " har ingen internbudget för " + ar));
        Fotnoter fotnoter = new Fotnoter();

        var ekonomi = new EkonomiTabeller.Underlag(verksamheter.findByNamndOrderByOrdning(namnd),
                budgetposter.findByNamndAndPlanAr(namnd, ar), varav.findByNamndAndPlanAr(namnd, ar),
                internbudget.getForandringar(), ramar.findByNamndAndPlanAr(namnd, ar));
        var driftsammandrag = ekonomiTabeller.driftsammandrag(internbudget, ekonomi, fotnoter);
        var investeringstabell = ekonomiTabeller.investeringar(internbudget, investeringar.findByNamnd(namnd),
                investeringsramar.findByNamndAndPlanArOrderByAr(namnd, ar));
        List<Nyckeltal> allaNyckeltal = nyckeltal.findByNamnd(namnd);
        var volymer = malTabeller.nyckeltal(NyckeltalKategori.VOLYM, texter.t("rapport.ib.volymtabell"), ar, allaNyckeltal, fotnoter);
        var personal = malTabeller.nyckeltal(NyckeltalKategori.PERSONAL, texter.t("rapport.ib.personaltabell"), ar, allaNyckeltal, fotnoter);
        var mal = new MalTabeller.Underlag(namndmal.findGallande(namnd, ar), indikatorer.findGallande(namnd, ar),
                malvarden.findByNamndAndPlanAr(namnd, ar), utfall.findHelarByNamnd(namnd, ar - 2, ar - 1));
        var malomraden = malTabeller.malomraden(internbudget, mal, fotnoter);
        List<StrategisktUppdrag> allaUppdrag = uppdrag.findByNamndAndArOrderByTypAscOrdningAsc(namnd, ar);

        return new InternbudgetVy(namnd.getKommun().getNamn(), namnd.getNamn(), namnd.getForvaltning(),
                namnd.getOrdforande(), namnd.getForvaltningschef(), namnd.getUppdrag(), internbudget.getTitel(),
                internbudget.getSammanfattning(),
                internbudget.getKommentarEkonomi(), driftsammandrag, investeringstabell, volymer,
                internbudget.getKommentarVolym(), personal, internbudget.getKommentarPersonal(), malomraden,
                texterAv(allaUppdrag, UppdragTyp.KOMMUNGEMENSAMT), texterAv(allaUppdrag, UppdragTyp.NAMNDSPECIFIKT),
                fotnoter.alla());
    }

    private static List<String> texterAv(List<StrategisktUppdrag> uppdrag, UppdragTyp typ) {
        return uppdrag.stream().filter(u -> u.getTyp() == typ).map(StrategisktUppdrag::getText).toList();
    }
}
