package se.malbild.kolada;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Fetches KPI values from Kolada's API, page by page through {@code next_url}. Off unless
 * {@code malbild.kolada.aktiverad=true}. The path is {@code {bas}/data/kpi/{kpi}/municipality/{kommuner}/year/{år}}
 * with comma-separated lists, as in Kolada's v2 API and, as we understand it, v3.
 */
@Component
public class KoladaKlient {

    static final int FLEST_SIDOR = 200;

    private final KoladaTransport transport;
    private final boolean aktiverad;
    private final String bas;

    KoladaKlient(KoladaTransport transport, @Value("${malbild.kolada.aktiverad:false}") boolean aktiverad,
            @Value("${malbild.kolada.bas-url:https://api.kolada.se/v3}") String bas) {
        this.transport = transport;
        this.aktiverad = aktiverad;
        this.bas = bas.endsWith("/") ? bas.substring(0, bas.length() - 1) : bas;
    }

    public boolean isAktiverad() {
        return aktiverad;
    }

    URI adress(Collection<String> kpier, Collection<String> kommuner, Collection<Integer> ar) {
        return URI.create(bas + "/data/kpi/" + lista(kpier) + "/municipality/" + lista(kommuner) + "/year/"
                + ar.stream().map(String::valueOf).collect(Collectors.joining(",")));
    }

    /** Every page of the answer, in order; a page that is not valid JSON ends the paging (the import reports it). */
    List<Sida> hamta(Collection<String> kpier, Collection<String> kommuner, Collection<Integer> ar) {
        if (!aktiverad) {
            throw new KoladaException("kolada.fel.avstangd");
        }
        URI start = adress(kpier, kommuner, ar);
        List<Sida> sidor = new ArrayList<>();
        Set<String> sedda = new HashSet<>();
        String url = start.toString();
        sedda.add(url);
        while (url != null) {
            if (sidor.size() == FLEST_SIDOR) {
                throw new KoladaException("kolada.fel.forMangaSidor", start.toString(), FLEST_SIDOR);
            }
            String text = transport.hamta(URI.create(url));
            sidor.add(new Sida(url, text));
            String nasta = KoladaLasare.nastaUrl(text);
            if (nasta != null && !sedda.add(nasta)) {
                throw new KoladaException("kolada.fel.slinga", sidor.size(), url, nasta);
            }
            url = nasta;
        }
        return sidor;
    }

    private static String lista(Collection<String> delar) {
        return delar.stream().map(d -> URLEncoder.encode(d.strip(), StandardCharsets.UTF_8))
                .collect(Collectors.joining(","));
    }
}
