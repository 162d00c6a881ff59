package se.malbild.bedomning;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import se.malbild.common.SvenskFormat;
import se.malbild.mal.Indikator;
import se.malbild.mal.Malutvardering;
import se.malbild.mal.Malutvardering.Indikatorprofil;
import se.malbild.mal.Malutvardering.Malangivelse;
import se.malbild.mal.Malutvardering.Utfallsvarde;
import se.malbild.mal.Malvarde;
import se.malbild.mal.Skal;
import se.malbild.mal.Utfall;
import se.malbild.mal.Utvardering;

/**
 * Feeds one indicator into {@link Malutvardering}: its total outcome at the follow-up point against the year's target,
 * and the previous full year's total outcome for targets relative to it.
 *
 * <p>Träffsäkerhet i ekonomiprognos measures a forecast's miss in either direction, so its targets ("&lt;1 %") bound the
 * size of the outcome ({@link Indikatorprofil#absolutbelopp()}). Such an indicator is recognised by its code
 * ({@code TRAFFSAKERHET…}) or by its name or group starting with "Träffsäkerhet"; there is no other property of an
 * indicator that tells it.
 */
public final class Indikatorbedomning {

    private Indikatorbedomning() {
    }

    /** Whether the indicator's outcome is compared by its size, regardless of sign. */
    public static boolean arAbsolutbelopp(String kod, String grupp, String namn) {
        return borjarMed(kod, "TRAFFSAKERHET") || borjarMed(grupp, "TRÄFFSÄKERHET") || borjarMed(namn, "TRÄFFSÄKERHET");
    }

    /**
     * @param malvarde the year's target, null when the plan has none
     * @param utfall the total outcome at the point, null when not entered
     * @param foregaende the previous year's total full-year outcome, null when none
     */
    public static Utvardering utvardera(Indikator indikator, Malvarde malvarde, Utfall utfall, Utfall foregaende) {
        return utvardera(indikator, malvarde, Utfallsvarde.av(utfall), foregaende);
    }

    /** As above, for an outcome that is not stored but computed (an indicator derived from the economy). */
    public static Utvardering utvardera(Indikator indikator, Malvarde malvarde, Utfallsvarde utfall, Utfall foregaende) {
        Indikatorprofil profil = Indikatorprofil.av(indikator,
                arAbsolutbelopp(indikator.getKod(), indikator.getGrupp(), indikator.getNamn()));
        return Malutvardering.utvardera(Malangivelse.av(malvarde), profil, utfall, Utfallsvarde.av(foregaende));
    }

    /**
     * The reason's message arguments as the report shows them: numbers the Swedish way with the indicator's decimals
     * and unit ({@code enhet}, e.g. "\u00a0%", or empty); the margin of {@link Skal#NARA_MALVARDE} is a plain percentage.
     */
    public static Object[] argument(Utvardering utvardering, int decimaler, String enhet) {
        List<Object> argument = new ArrayList<>();
        for (int i = 0; i < utvardering.argument().size(); i++) {
            Object varde = utvardering.argument().get(i);
            if (varde instanceof BigDecimal tal) {
                boolean marginal = utvardering.skal() == Skal.NARA_MALVARDE && i == 2;
                argument.add(marginal ? SvenskFormat.tal(tal, 0, 2) : SvenskFormat.tal(tal, decimaler) + enhet);
            } else {
                argument.add(varde);
            }
        }
        return argument.toArray();
    }

    private static boolean borjarMed(String text, String prefix) {
        return text != null && text.strip().toUpperCase(Locale.ROOT).startsWith(prefix);
    }
}
