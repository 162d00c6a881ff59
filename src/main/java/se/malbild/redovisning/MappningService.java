package se.malbild.redovisning;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.malbild.common.NotFoundException;
import se.malbild.organisation.Namnd;
import se.malbild.organisation.NamndRepository;
import se.malbild.organisation.Verksamhet;
import se.malbild.organisation.VerksamhetRepository;

/**
 * A nämnd's mapping from accounts and objects to its verksamheter: the settings (dimension, income and cost
 * accounts) and the rules, one at a time or replaced in bulk from a CSV file (see {@link MappningLasare}).
 */
@Service
public class MappningService {

    private static final Logger log = LoggerFactory.getLogger(MappningService.class);

    private final NamndRepository namnder;
    private final VerksamhetRepository verksamheter;
    private final MappningsinstallningRepository installningar;
    private final MappningsregelRepository regler;

    MappningService(NamndRepository namnder, VerksamhetRepository verksamheter,
            MappningsinstallningRepository installningar, MappningsregelRepository regler) {
        this.namnder = namnder;
        this.verksamheter = verksamheter;
        this.installningar = installningar;
        this.regler = regler;
    }

    /** A stored rule for display; {@code verksamhetKod} and {@code verksamhetNamn} are null for "not this nämnd". */
    public record RegelVy(long id, int kontoFran, int kontoTill, String objekt, String verksamhetKod,
            String verksamhetNamn) {
    }

    /** A verksamhet a rule can point to. */
    public record VerksamhetVal(long id, String kod, String namn) {
    }

    /** Everything the mapping page shows. */
    public record Oversikt(long namndId, String namnd, String kommun, Installning installning,
            boolean standardinstallning, List<RegelVy> regler, List<VerksamhetVal> verksamheter) {
    }

    /** A new rule; {@code objekt} null or blank for any object; {@code verksamhetId} null for "not this nämnd". */
    public record NyRegel(int kontoFran, int kontoTill, String objekt, Long verksamhetId) {
    }

    /** Which nämnd a page is about. */
    public record Namnduppgifter(long id, String namnd, String kommun) {
    }

    /** @throws NotFoundException when there is no such nämnd */
    @Transactional(readOnly = true)
    public Namnduppgifter namnduppgifter(long namndId) {
        Namnd namnd = namnd(namndId);
        return new Namnduppgifter(namnd.getId(), namnd.getNamn(), namnd.getKommun().getNamn());
    }

    /** @throws NotFoundException when there is no such nämnd */
    @Transactional(readOnly = true)
    public Oversikt oversikt(long namndId) {
        Namnd namnd = namnd(namndId);
        var installning = installningar.findByNamnd(namnd);
        List<RegelVy> regelvyer = regler.findByNamnd(namnd).stream()
                .map(r -> new RegelVy(r.getId(), r.getKontoFran(), r.getKontoTill(), r.getObjekt(),
                        r.getVerksamhet() == null ? null : r.getVerksamhet().getKod(),
                        r.getVerksamhet() == null ? null : r.getVerksamhet().getNamn()))
                .toList();
        List<VerksamhetVal> val = verksamheter.findByNamndOrderByOrdning(namnd).stream()
                .map(v -> new VerksamhetVal(v.getId(), v.getKod(), v.getNamn()))
                .toList();
        return new Oversikt(namnd.getId(), namnd.getNamn(), namnd.getKommun().getNamn(),
                installning.map(Mappningsinstallning::installning).orElse(Installning.STANDARD), installning.isEmpty(),
                regelvyer, val);
    }

    @Transactional
    public void sparaInstallning(long namndId, Installning installning) {
        Namnd namnd = namnd(namndId);
        if (!installning.arGiltig()) {
            throw new MappningException(MappningException.Orsak.OGILTIG_INSTALLNING);
        }
        installningar.findByNamnd(namnd).ifPresentOrElse(befintlig -> befintlig.andra(installning),
                () -> installningar.save(new Mappningsinstallning(namnd, installning)));
        log.info("Mappningens inställningar för nämnd {} ändrades till {}", namndId, installning);
    }

    /** @return the new rule's id */
    @Transactional
    public long laggTillRegel(long namndId, NyRegel ny) {
        Namnd namnd = namnd(namndId);
        if (ny.kontoFran() > ny.kontoTill() || ny.kontoFran() < 0) {
            throw new MappningException(MappningException.Orsak.KONTON_I_FEL_ORDNING);
        }
        Verksamhet verksamhet = null;
        if (ny.verksamhetId() != null) {
            verksamhet = verksamheter.findById(ny.verksamhetId())
                    .filter(v -> v.getNamnd().getId().equals(namnd.getId()))
                    .orElseThrow(() -> new MappningException(MappningException.Orsak.OKAND_VERKSAMHET));
        }
        String objekt = ny.objekt() == null || ny.objekt().isBlank() ? null : ny.objekt().strip();
        boolean finns = regler.findByNamnd(namnd).stream().anyMatch(r -> r.getKontoFran() == ny.kontoFran()
                && r.getKontoTill() == ny.kontoTill() && Objects.equals(r.getObjekt(), objekt));
        if (finns) {
            throw new MappningException(MappningException.Orsak.REGELN_FINNS_REDAN);
        }
        return regler.save(new Mappningsregel(namnd, ny.kontoFran(), ny.kontoTill(), objekt, verksamhet)).getId();
    }

    /** @throws NotFoundException when the nämnd has no such rule (also when the rule belongs to another nämnd) */
    @Transactional
    public void taBortRegel(long namndId, long regelId) {
        Namnd namnd = namnd(namndId);
        regler.delete(regler.findByIdAndNamnd(regelId, namnd)
                .orElseThrow(() -> new NotFoundException("Nämnd " + namndId + " har ingen regel " + regelId)));
    }

    /**
     * Replaces all the nämnd's rules with those in the file, all or nothing.
     *
     * @return the number of rules read
     * @throws RedovisningImportException with line numbers when the file has errors; nothing is changed then
     */
    @Transactional
    public int lasInRegler(long namndId, byte[] innehall, Teckenkodning teckenkodning) {
        Namnd namnd = namnd(namndId);
        Map<String, Verksamhet> perKod = verksamheter.findByNamndOrderByOrdning(namnd).stream()
                .collect(Collectors.toMap(Verksamhet::getKod, Function.identity()));
        List<Mappning.Regel> nya = MappningLasare.las(innehall, teckenkodning, Set.copyOf(perKod.keySet()));
        regler.deleteByNamnd(namnd);
        regler.flush();
        for (Mappning.Regel r : nya) {
            regler.save(new Mappningsregel(namnd, r.kontoFran(), r.kontoTill(), r.objekt(),
                    r.verksamhet() == null ? null : perKod.get(r.verksamhet())));
        }
        log.info("Mappningen för nämnd {} ersattes med {} regler från fil", namndId, nya.size());
        return nya.size();
    }

    /** The nämnd's rules in the bulk format, ready to edit and load again. */
    @Transactional(readOnly = true)
    public String reglerSomCsv(long namndId) {
        StringBuilder csv = new StringBuilder(MappningLasare.RUBRIK).append("\r\n");
        for (Mappningsregel r : regler.findByNamnd(namnd(namndId))) {
            csv.append(r.getKontoFran()).append(';').append(r.getKontoTill()).append(';')
                    .append(r.getObjekt() == null ? "" : csvFalt(r.getObjekt())).append(';')
                    .append(r.getVerksamhet() == null ? MappningLasare.INTE_NAMNDEN : r.getVerksamhet().getKod())
                    .append("\r\n");
        }
        return csv.toString();
    }

    private static String csvFalt(String text) {
        return text.contains(";") || text.contains("\"") ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }

    Mappning mappning(Namnd namnd) {
        Installning installning = installningar.findByNamnd(namnd).map(Mappningsinstallning::installning)
                .orElse(Installning.STANDARD);
        return new Mappning(installning, regler.findByNamnd(namnd).stream().map(Mappningsregel::regel).toList());
    }

    private Namnd namnd(long namndId) {
        return namnder.findById(namndId).orElseThrow(() -> new NotFoundException("Ingen nämnd med id " + namndId));
    }
}
