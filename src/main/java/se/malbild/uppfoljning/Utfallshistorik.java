package se.malbild.uppfoljning;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.malbild.common.NotFoundException;
import se.malbild.mal.Utfall;
import se.malbild.mal.UtfallRepository;
import se.malbild.revision.Revisionslogg;

/** The history of one outcome, for those who may read its committee. */
@Service
@Transactional(readOnly = true)
public class Utfallshistorik {

    private static final DateTimeFormatter TID = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Europe/Stockholm"));

    public record Sida(long namndId, String namnd, String indikator, List<Rad> andringar) {
    }

    public record Rad(String tidpunkt, String anvandare, String falt, String gammalt, String nytt) {
    }

    private final UtfallRepository utfall;
    private final Revisionslogg revision;
    private final Behorighet behorighet;

    Utfallshistorik(UtfallRepository utfall, Revisionslogg revision, Behorighet behorighet) {
        this.utfall = utfall;
        this.revision = revision;
        this.behorighet = behorighet;
    }

    public Sida las(long utfallId) {
        Utfall rad = utfall.findById(utfallId).orElseThrow(() -> new NotFoundException("Utfallet " + utfallId + " finns inte"));
        var namnd = rad.getIndikator().getNamndmal().getNamnd();
        behorighet.kontrolleraLasning(namnd);
        List<Rad> andringar = revision.historik("Utfall", utfallId).stream()
                .map(a -> new Rad(TID.format(a.getTidpunkt()), a.getAnvandare(), a.getFalt(), a.getGammalt(), a.getNytt()))
                .toList();
        return new Sida(namnd.getId(), namnd.getNamn(), rad.getIndikator().getNamn(), andringar);
    }
}
