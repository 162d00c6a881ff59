package se.malbild.rapport;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.malbild.organisation.Kommun;
import se.malbild.organisation.Namnd;
import se.malbild.organisation.NamndRepository;
import se.malbild.rapport.faststallelse.FaststallelseService;

/** The start page: municipalities, their committees and the reports each has. */
@Service
@Transactional(readOnly = true)
public class StartService {

    public record KommunRad(String namn, String scbKod, List<NamndRad> namnder) {
    }

    public record NamndRad(long id, String namn, String kod, String forvaltning, List<Dokument> internbudgetar) {
    }

    /** A report of the committee: its year (for the address) and its title. */
    public record Dokument(int ar, String titel) {
    }

    /** The decision that adopted a committee's delårsrapport at a follow-up point. */
    public record Delarsbeslut(long namndId, long punktId, LocalDate beslutsdatum, String paragraf) {
    }

    private final NamndRepository namnder;
    private final InternbudgetRepository internbudgetar;
    private final FaststallelseService faststallelser;

    StartService(NamndRepository namnder, InternbudgetRepository internbudgetar, FaststallelseService faststallelser) {
        this.namnder = namnder;
        this.internbudgetar = internbudgetar;
        this.faststallelser = faststallelser;
    }

    /** Every adopted delårsrapport of the municipality, in one query, for the politicians' overview. */
    public List<Delarsbeslut> delarsbeslut(Kommun kommun) {
        return faststallelser.delarsbeslut(kommun);
    }

    public List<KommunRad> kommuner() {
        Map<Long, List<Dokument>> arPerNamnd = new LinkedHashMap<>();
        internbudgetar.findAllWithNamnd().forEach(i ->
                arPerNamnd.computeIfAbsent(i.getNamnd().getId(), id -> new ArrayList<>()).add(new Dokument(i.getAr(), i.getTitel())));
        Map<Long, KommunRad> perKommun = new LinkedHashMap<>();
        for (Namnd namnd : namnder.findAllWithKommun()) {
            Kommun kommun = namnd.getKommun();
            perKommun.computeIfAbsent(kommun.getId(), id -> new KommunRad(kommun.getNamn(), kommun.getScbKod(), new ArrayList<>()))
                    .namnder().add(new NamndRad(namnd.getId(), namnd.getNamn(), namnd.getKod(), namnd.getForvaltning(),
                            arPerNamnd.getOrDefault(namnd.getId(), List.of())));
        }
        return List.copyOf(perKommun.values());
    }
}
