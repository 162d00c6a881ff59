package se.malbild.dokument;

import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLogger;
import java.util.logging.Level;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The PDF renderer's log through the application's logging, by category ({@code com.openhtmltopdf.load}, …): its
 * warnings (a missing alternative text, a font without a glyph) as warnings, its chatter about every font it loads and
 * every stylesheet it parses only at debug level.
 */
final class PdfLogg implements XRLogger {

    @Override
    public void log(String var, Level niva, String meddelande) {
        log(var, niva, meddelande, null);
    }

    @Override
    public void log(String var, Level niva, String meddelande, Throwable fel) {
        Logger logg = LoggerFactory.getLogger(var);
        if (niva.intValue() >= Level.SEVERE.intValue()) {
            logg.error(meddelande, fel);
        } else if (niva.intValue() >= Level.WARNING.intValue()) {
            logg.warn(meddelande, fel);
        } else if (niva.intValue() >= Level.INFO.intValue()) {
            logg.debug(meddelande, fel);
        } else {
            logg.trace(meddelande, fel);
        }
    }

    @Override
    public void setLevel(String var, Level niva) {
        // the application's logging configuration decides
    }

    @Override
    public boolean isLogLevelEnabled(Diagnostic diagnos) {
        Logger logg = LoggerFactory.getLogger(diagnos.getLogMessageId().getWhere());
        int niva = diagnos.getLevel().intValue();
        return niva >= Level.WARNING.intValue() ? logg.isWarnEnabled()
                : niva >= Level.INFO.intValue() ? logg.isDebugEnabled() : logg.isTraceEnabled();
    }
}
