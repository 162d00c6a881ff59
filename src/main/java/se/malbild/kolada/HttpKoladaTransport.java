package se.malbild.kolada;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Kolada over HTTP with connect and read timeouts. */
@Component
class HttpKoladaTransport implements KoladaTransport {

    private final HttpClient klient;
    private final Duration lasTidsgrans;

    HttpKoladaTransport(@Value("${malbild.kolada.anslutning-timeout:5s}") Duration anslutning,
            @Value("${malbild.kolada.las-timeout:30s}") Duration las) {
        this.klient = HttpClient.newBuilder()
                .connectTimeout(anslutning)
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
        this.lasTidsgrans = las;
    }

    @Override
    public String hamta(URI url) {
        HttpRequest begaran = HttpRequest.newBuilder(url)
                .timeout(lasTidsgrans)
                .header("Accept", "application/json")
                .GET()
                .build();
        try {
            HttpResponse<String> svar = klient.send(begaran, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (svar.statusCode() / 100 != 2) {
                throw new KoladaException("kolada.fel.http", url.toString(), svar.statusCode());
            }
            return svar.body();
        } catch (HttpTimeoutException e) {
            throw new KoladaException("kolada.fel.tidsgrans", url.toString());
        } catch (IOException e) {
            throw new KoladaException("kolada.fel.nas", url.toString(),
                    e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new KoladaException("kolada.fel.nas", url.toString(), e.getClass().getSimpleName());
        }
    }
}
