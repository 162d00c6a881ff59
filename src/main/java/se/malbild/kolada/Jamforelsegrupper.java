package se.malbild.kolada;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.malbild.common.NotFoundException;
import se.malbild.organisation.Kommun;
import se.malbild.organisation.KommunRepository;
import se.malbild.revision.Revisionslogg;

/** A municipality's peer group: set by an administrator as a name and "scb;namn" lines. Audited. */
@Service
@Transactional
public class Jamforelsegrupper {

    private final JamforelsegruppRepository grupper;
    private final KommunRepository kommuner;
    private final Revisionslogg revision;

    Jamforelsegrupper(JamforelsegruppRepository grupper, KommunRepository kommuner, Revisionslogg revision) {
        this.grupper = grupper;
        this.kommuner = kommuner;
        this.revision = revision;
    }

    @Transactional(readOnly = true)
    public Optional<Jamforelsegrupp> grupp(String scbKod) {
        return grupper.findByKommun(scbKod);
    }

    /** Sets the group from its name and member lines "scb;namn"; every line error is reported, nothing saved then. */
    public Jamforelsegrupp spara(String scbKod, String namn, String rader) {
        Kommun kommun = kommuner.findByScbKod(scbKod)
                .orElseThrow(() -> new NotFoundException("Kommunen " + scbKod + " finns inte"));
        List<KoladaFel> fel = new ArrayList<>();
        if (namn == null || namn.isBlank()) {
            fel.add(KoladaFel.av("kolada.grupp.fel.namn"));
        }
        List<Jamforelsegrupp.Medlem> medlemmar = medlemmar(rader == null ? "" : rader, fel);
        if (!fel.isEmpty()) {
            throw new KoladaException(fel);
        }
        Jamforelsegrupp grupp = grupper.findByKommun(scbKod).orElseGet(() -> new Jamforelsegrupp(kommun));
        String fore = grupp.getId() == null ? null : beskriv(grupp.getNamn(), grupp.getMedlemmar());
        grupp.andra(namn.strip(), medlemmar);
        grupp = grupper.saveAndFlush(grupp);
        revision.registrera("Jamforelsegrupp", grupp.getId(), "medlemmar", fore, beskriv(grupp.getNamn(), medlemmar), null);
        return grupp;
    }

    static List<Jamforelsegrupp.Medlem> medlemmar(String rader, List<KoladaFel> fel) {
        List<Jamforelsegrupp.Medlem> medlemmar = new ArrayList<>();
        Set<String> koder = new HashSet<>();
        String[] lista = rader.split("\\R");
        for (int i = 0; i < lista.length; i++) {
            String rad = lista[i].strip();
            if (rad.isEmpty()) {
                continue;
            }
            String[] delar = rad.split(";", 2);
            String kod = delar[0].strip();
            String namn = delar.length == 2 ? delar[1].strip() : "";
            if (!kod.matches("\\d{4}") || namn.isEmpty()) {
                fel.add(KoladaFel.av("kolada.grupp.fel.rad", i + 1, rad));
            } else if (!koder.add(kod)) {
                fel.add(KoladaFel.av("kolada.grupp.fel.dubblett", i + 1, kod));
            } else {
                medlemmar.add(new Jamforelsegrupp.Medlem(kod, namn));
            }
        }
        return medlemmar;
    }

    static String somRader(List<Jamforelsegrupp.Medlem> medlemmar) {
        StringBuilder text = new StringBuilder();
        medlemmar.forEach(m -> text.append(m.scbKod()).append(';').append(m.namn()).append('\n'));
        return text.toString();
    }

    private static String beskriv(String namn, List<Jamforelsegrupp.Medlem> medlemmar) {
        return namn + ": " + String.join(", ", medlemmar.stream().map(m -> m.scbKod() + " " + m.namn()).toList());
    }
}
