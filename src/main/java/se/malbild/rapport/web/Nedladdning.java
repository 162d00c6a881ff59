package se.malbild.rapport.web;

import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;

/** A download: its media type and a file name to save it under. */
final class Nedladdning {

    static final String PDF = "application/pdf";
    static final String WORD = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    static final String EXCEL = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private Nedladdning() {
    }

    /** Sets the headers of a file the browser saves rather than shows; call before writing the body. */
    static void bilaga(HttpServletResponse svar, String mediatyp, String filnamn) {
        svar.setContentType(mediatyp);
        svar.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(filnamn, StandardCharsets.UTF_8).build().toString());
    }
}
