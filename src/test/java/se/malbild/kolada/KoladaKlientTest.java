package se.malbild.kolada;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static se.malbild.kolada.Koladafiler.del;
import static se.malbild.kolada.Koladafiler.post;
import static se.malbild.kolada.Koladafiler.sida;
import static se.malbild.kolada.Koladafiler.texter;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Fetching from Kolada against a local stub server: paging, timeouts, unreachable, HTTP errors. No internet. */
class KoladaKlientTest {

    private final List<HttpServer> servrar = new ArrayList<>();

    @AfterEach
    void stoppa() {
        servrar.forEach(s -> s.stop(0));
    }

    @Test
    void followsNextUrlFromTheFirstPageToTheLast() throws IOException {
        HttpServer server = server();
        String bas = "http://127.0.0.1:" + server.getAddress().getPort() + "/v3";
        List<String> fragade = new ArrayList<>();
        svara(server, Map.of(
                "/v3/data/kpi/N31807/municipality/0580,0581/year/2021,2022",
                sida(post("N31807", "0580", 2021, del("T", "1450")), bas + "/sida2"),
                "/v3/sida2", sida(post("N31807", "0581", 2021, del("T", "2350")), null)), fragade);

        KoladaKlient klient = new KoladaKlient(transport(Duration.ofSeconds(2)), true, bas);
        List<Sida> sidor = klient.hamta(List.of("N31807"), List.of("0580", "0581"), List.of(2021, 2022));

        assertThat(fragade).containsExactly("/v3/data/kpi/N31807/municipality/0580,0581/year/2021,2022", "/v3/sida2");
        assertThat(sidor).extracting(Sida::kalla).containsExactly(
                bas + "/data/kpi/N31807/municipality/0580,0581/year/2021,2022", bas + "/sida2");
        assertThat(KoladaLasare.las(sidor)).extracting(KoladaLasare.Post::kommun).containsExactly("0580", "0581");
    }

    @Test
    void aLoopInThePagingStopsTheFetch() throws IOException {
        HttpServer server = server();
        String bas = "http://127.0.0.1:" + server.getAddress().getPort();
        svara(server, Map.of("/data/kpi/N1/municipality/9800/year/2021",
                sida(post("N1", "9800", 2021, del("T", "1")), bas + "/data/kpi/N1/municipality/9800/year/2021")), new ArrayList<>());

        KoladaException fel = catchThrowableOfType(KoladaException.class,
                () -> new KoladaKlient(transport(Duration.ofSeconds(2)), true, bas).hamta(List.of("N1"), List.of("9800"), List.of(2021)));

        assertThat(texter(fel)).singleElement().asString().contains("sidorna bildar en slinga");
    }

    @Test
    void anHttpErrorIsAClearMessage() throws IOException {
        HttpServer server = server();
        server.createContext("/", utbyte -> {
            utbyte.sendResponseHeaders(500, -1);
            utbyte.close();
        });
        URI url = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/data");

        KoladaException fel = catchThrowableOfType(KoladaException.class, () -> transport(Duration.ofSeconds(2)).hamta(url));

        assertThat(texter(fel)).containsExactly("Kolada svarade med HTTP 500 på " + url + ".");
    }

    @Test
    void aSlowAnswerTimesOut() throws IOException {
        HttpServer server = server();
        server.createContext("/", utbyte -> {
            try {
                Thread.sleep(2_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            utbyte.close();
        });
        URI url = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/data");

        KoladaException fel = catchThrowableOfType(KoladaException.class, () -> transport(Duration.ofMillis(300)).hamta(url));

        assertThat(texter(fel)).containsExactly("Kolada svarade inte i tid på " + url + ".");
    }

    @Test
    void anUnreachableServerIsAClearMessage() throws IOException {
        HttpServer server = server();
        int port = server.getAddress().getPort();
        server.stop(0);
        URI url = URI.create("http://127.0.0.1:" + port + "/data");

        KoladaException fel = catchThrowableOfType(KoladaException.class, () -> transport(Duration.ofSeconds(2)).hamta(url));

        assertThat(texter(fel)).singleElement().asString().startsWith("Kolada gick inte att nå på " + url + ":");
    }

    @Test
    void fetchingIsOffUnlessEnabled() {
        KoladaKlient klient = new KoladaKlient(url -> {
            throw new AssertionError("ingen hämtning när Kolada är avstängt");
        }, false, "https://api.kolada.se/v3");

        KoladaException fel = catchThrowableOfType(KoladaException.class,
                () -> klient.hamta(List.of("N31807"), List.of("0580"), List.of(2022)));

        assertThat(texter(fel)).containsExactly("Hämtning från Kolada är avstängd (malbild.kolada.aktiverad=false).");
    }

    private static HttpKoladaTransport transport(Duration las) {
        return new HttpKoladaTransport(Duration.ofSeconds(1), las);
    }

    private HttpServer server() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.start();
        servrar.add(server);
        return server;
    }

    private static void svara(HttpServer server, Map<String, String> sidor, List<String> fragade) {
        server.createContext("/", utbyte -> {
            String sokvag = utbyte.getRequestURI().getPath();
            fragade.add(sokvag);
            String svar = sidor.get(sokvag);
            byte[] kropp = svar == null ? new byte[0] : svar.getBytes(StandardCharsets.UTF_8);
            utbyte.getResponseHeaders().add("Content-Type", "application/json");
            utbyte.sendResponseHeaders(svar == null ? 404 : 200, kropp.length == 0 ? -1 : kropp.length);
            try (OutputStream ut = utbyte.getResponseBody()) {
                ut.write(kropp);
            }
        });
    }
}
