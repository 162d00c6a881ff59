package se.malbild.mal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;

/**
 * Goal fulfilment: whether an indicator's target is met ({@link #utvardera}), the status this proposes for a nämndmål
 * ({@link #foreslaStatus}), and when the person's final status needs a written motivation ({@link #kraverMotivering}).
 * Plain rules on plain values; the rules and their message keys are written out for users in
 * {@code docs/malutvardering.md}.
 *
 * <p>Two values count as equal when they are equal rounded (half up) to the indicator's decimals, as the report shows
 * them; otherwise they are compared exactly.
 */
public final class Malutvardering {

    /** A number target not reached by at most this share of the target (in percent) is partly met. */
    public static final BigDecimal DELVIS_MARGINAL_PROCENT = new BigDecimal("3");

    /** "Stabiliseras" without a stated size allows a change of at most this share of the previous outcome (percent). */
    public static final BigDecimal STABIL_TOLERANS_PROCENT = new BigDecimal("5");

    private static final BigDecimal HUNDRA = BigDecimal.valueOf(100);

    private Malutvardering() {
    }

    /**
     * The target of an indicator for a year, in one of the forms of {@link MalvardeTyp}. A missing type means no target.
     * For {@link MalvardeTyp#RIKTNING} the value, when given, is the size of the change (its sign is ignored): the
     * required increase or decrease, the allowed increase ("Ej öka"), or the tolerance ("Stabiliseras").
     */
    public record Malangivelse(MalvardeTyp typ, BigDecimal varde, Jamforelse operator, RelativRiktning riktning,
            String text) {

        public Malangivelse {
            typ = typ == null ? MalvardeTyp.EJ_FASTSTALLT : typ;
        }

        /** The target as stored; null (no target for the year) gives {@link #saknas()}. */
        public static Malangivelse av(Malvarde malvarde) {
            if (malvarde == null) {
                return saknas();
            }
            return new Malangivelse(malvarde.getTyp(), malvarde.getVarde(), malvarde.getOperator(),
                    malvarde.getRiktning(), malvarde.getText());
        }

        public static Malangivelse saknas() {
            return new Malangivelse(MalvardeTyp.EJ_FASTSTALLT, null, null, null, null);
        }

        /** A number read with the indicator's direction: 120, 88 %, 7 dagar. */
        public static Malangivelse varde(BigDecimal varde) {
            return new Malangivelse(MalvardeTyp.VARDE, varde, null, null, null);
        }

        /** A number with a comparator: ≥0, &lt;1 %. */
        public static Malangivelse jamforelse(Jamforelse operator, BigDecimal varde) {
            return new Malangivelse(MalvardeTyp.JAMFORELSE, varde, operator, null, null);
        }

        /** A direction against the previous outcome: "Ska öka", "Minska", "Ej öka", "Stabiliseras". */
        public static Malangivelse riktning(RelativRiktning riktning) {
            return new Malangivelse(MalvardeTyp.RIKTNING, null, null, riktning, null);
        }

        /** A direction with the size of the change: "Minska med 7 mnkr". */
        public static Malangivelse riktning(RelativRiktning riktning, BigDecimal storlek) {
            return new Malangivelse(MalvardeTyp.RIKTNING, storlek, null, riktning, null);
        }

        /** A target a person judges: "Inga signifikanta skillnader". */
        public static Malangivelse kvalitativt(String text) {
            return new Malangivelse(MalvardeTyp.KVALITATIVT, null, null, null, text);
        }

        public static Malangivelse budgetIBalans() {
            return new Malangivelse(MalvardeTyp.BUDGET_I_BALANS, null, null, null, null);
        }

        boolean arFullstandig() {
            return switch (typ) {
                case VARDE -> varde != null;
                case JAMFORELSE -> varde != null && operator != null;
                case RIKTNING -> riktning != null;
                case KVALITATIVT, BUDGET_I_BALANS, EJ_FASTSTALLT -> true;
            };
        }
    }

    /**
     * What the rules need to know about the indicator. {@code absolutbelopp}: the indicator measures a deviation that
     * can go either way and its target bounds the size ("Träffsäkerhet i ekonomiprognos", &lt;1 %: −9,0 is 9 % off), so
     * the outcome's absolute value is compared. A missing direction means {@link Riktning#INGEN}.
     */
    public record Indikatorprofil(Riktning riktning, int decimaler, boolean absolutbelopp) {

        public Indikatorprofil {
            riktning = riktning == null ? Riktning.INGEN : riktning;
            if (decimaler < 0) {
                throw new IllegalArgumentException("decimaler < 0: " + decimaler);
            }
        }

        public static Indikatorprofil av(Indikator indikator) {
            return av(indikator, false);
        }

        public static Indikatorprofil av(Indikator indikator, boolean absolutbelopp) {
            return new Indikatorprofil(indikator.getRiktning(), indikator.getDecimaler(), absolutbelopp);
        }
    }

    /** An outcome: a value, I.U. (inget utfall, with its explanation), or nothing entered yet. */
    public record Utfallsvarde(BigDecimal varde, boolean ingetUtfall, String forklaring) {

        public Utfallsvarde {
            if (ingetUtfall && varde != null) {
                throw new IllegalArgumentException("I.U. har inget värde");
            }
        }

        public static Utfallsvarde varde(BigDecimal varde) {
            return new Utfallsvarde(Objects.requireNonNull(varde, "varde"), false, null);
        }

        public static Utfallsvarde ingetUtfall(String forklaring) {
            return new Utfallsvarde(null, true, forklaring);
        }

        public static Utfallsvarde saknas() {
            return new Utfallsvarde(null, false, null);
        }

        /** The outcome as stored; null (not entered) gives {@link #saknas()}. */
        public static Utfallsvarde av(Utfall utfall) {
            if (utfall == null) {
                return saknas();
            }
            if (utfall.isIngetUtfall()) {
                return ingetUtfall(utfall.getForklaring());
            }
            return utfall.getVarde() == null ? saknas() : varde(utfall.getVarde());
        }

        public boolean harVarde() {
            return varde != null;
        }
    }

    /** Evaluates a target that does not look at the previous outcome. */
    public static Utvardering utvardera(Malangivelse mal, Indikatorprofil indikator, Utfallsvarde utfall) {
        return utvardera(mal, indikator, utfall, Utfallsvarde.saknas());
    }

    /**
     * Evaluates one indicator's target for one period.
     *
     * @param foregaende the previous outcome the report shows beside it; only directions ({@link MalvardeTyp#RIKTNING})
     *        use it
     */
    public static Utvardering utvardera(Malangivelse mal, Indikatorprofil indikator, Utfallsvarde utfall,
            Utfallsvarde foregaende) {
        Objects.requireNonNull(mal, "mal");
        Objects.requireNonNull(indikator, "indikator");
        Objects.requireNonNull(utfall, "utfall");
        Objects.requireNonNull(foregaende, "foregaende");
        if (mal.typ() == MalvardeTyp.EJ_FASTSTALLT) {
            return kanEjBedomas(Skal.SAKNAR_MALVARDE);
        }
        if (!mal.arFullstandig()) {
            return kanEjBedomas(Skal.OFULLSTANDIGT_MALVARDE);
        }
        if (utfall.ingetUtfall()) {
            return kanEjBedomas(Skal.INGET_UTFALL, utfall.forklaring() == null ? "" : utfall.forklaring());
        }
        if (mal.typ() == MalvardeTyp.KVALITATIVT) {
            return kanEjBedomas(Skal.KVALITATIVT, mal.text() == null ? "" : mal.text());
        }
        if (!utfall.harVarde()) {
            return kanEjBedomas(Skal.UTFALL_SAKNAS);
        }
        return switch (mal.typ()) {
            case VARDE -> varde(mal.varde(), indikator, utfall.varde());
            case JAMFORELSE -> jamforelse(mal.operator(), mal.varde(), indikator, utfall.varde());
            case RIKTNING -> riktning(mal, indikator, utfall.varde(), foregaende);
            case BUDGET_I_BALANS -> budgetIBalans(indikator, utfall.varde());
            case KVALITATIVT, EJ_FASTSTALLT -> throw new IllegalStateException("hanterat ovan: " + mal.typ());
        };
    }

    /**
     * The status proposed for a nämndmål from its indicators' results (one per indicator, for the total). Indicators
     * without a target do not count. When fewer than half of the rest are assessable: Kan ej bedömas. Of the
     * assessable ones: all met → Uppfylls; all not met → Uppfylls ej; anything else (a mix, or any partly) → Uppfylls
     * delvis.
     */
    public static StatusForslag foreslaStatus(List<Utvardering> indikatorer) {
        int uppfylls = 0;
        int delvis = 0;
        int uppfyllsEj = 0;
        int kanEj = 0;
        int utanMalvarde = 0;
        for (Utvardering utvardering : indikatorer) {
            if (!utvardering.harMalvarde()) {
                utanMalvarde++;
                continue;
            }
            switch (utvardering.resultat()) {
                case UPPFYLLS -> uppfylls++;
                case DELVIS -> delvis++;
                case UPPFYLLS_EJ -> uppfyllsEj++;
                case KAN_EJ_BEDOMAS -> kanEj++;
            }
        }
        int bedombara = uppfylls + delvis + uppfyllsEj;
        int medMalvarde = bedombara + kanEj;
        Malstatus status;
        Skal skal;
        if (medMalvarde == 0) {
            status = Malstatus.KAN_EJ_BEDOMAS;
            skal = Skal.INGA_MALVARDEN;
        } else if (2 * bedombara < medMalvarde) {
            status = Malstatus.KAN_EJ_BEDOMAS;
            skal = Skal.FOR_FA_BEDOMBARA;
        } else if (uppfylls == bedombara) {
            status = Malstatus.UPPFYLLS;
            skal = Skal.ALLA_UPPFYLLS;
        } else if (uppfyllsEj == bedombara) {
            status = Malstatus.UPPFYLLS_EJ;
            skal = Skal.INGA_UPPFYLLS;
        } else {
            status = Malstatus.UPPFYLLS_DELVIS;
            skal = Skal.BLANDAT;
        }
        return new StatusForslag(status, skal, uppfylls, delvis, uppfyllsEj, kanEj, utanMalvarde);
    }

    /** A final status that differs from the proposed one needs a written motivation. */
    public static boolean kraverMotivering(Malstatus forslag, Malstatus slutlig) {
        return Objects.requireNonNull(forslag, "forslag") != Objects.requireNonNull(slutlig, "slutlig");
    }

    /** True when a motivation is required and none (or only blanks) is written. */
    public static boolean saknarMotivering(Malstatus forslag, Malstatus slutlig, String motivering) {
        return kraverMotivering(forslag, slutlig) && (motivering == null || motivering.isBlank());
    }

    private static Utvardering varde(BigDecimal mal, Indikatorprofil indikator, BigDecimal utfall) {
        BigDecimal jamfort = indikator.absolutbelopp() ? utfall.abs() : utfall;
        int jamforelse = jamfor(jamfort, mal, indikator.decimaler());
        return switch (indikator.riktning()) {
            case HOGRE_AR_BATTRE -> jamforelse >= 0
                    ? resultat(Maluppfyllelse.UPPFYLLS, Skal.MINST_MALVARDE, jamfort, mal)
                    : ejNatt(jamfort, mal, Skal.UNDER_MALVARDE);
            case LAGRE_AR_BATTRE -> jamforelse <= 0
                    ? resultat(Maluppfyllelse.UPPFYLLS, Skal.HOGST_MALVARDE, jamfort, mal)
                    : ejNatt(jamfort, mal, Skal.OVER_MALVARDE);
            case INGEN -> jamforelse == 0
                    ? resultat(Maluppfyllelse.UPPFYLLS, Skal.LIKA_MALVARDE, jamfort, mal)
                    : resultat(Maluppfyllelse.KAN_EJ_BEDOMAS, Skal.RIKTNING_SAKNAS, jamfort, mal);
        };
    }

    private static Utvardering ejNatt(BigDecimal utfall, BigDecimal mal, Skal skal) {
        boolean nara = utfall.subtract(mal).abs().multiply(HUNDRA)
                .compareTo(DELVIS_MARGINAL_PROCENT.multiply(mal.abs())) <= 0;
        return nara
                ? resultat(Maluppfyllelse.DELVIS, Skal.NARA_MALVARDE, utfall, mal, DELVIS_MARGINAL_PROCENT)
                : resultat(Maluppfyllelse.UPPFYLLS_EJ, skal, utfall, mal);
    }

    private static Utvardering jamforelse(Jamforelse operator, BigDecimal mal, Indikatorprofil indikator,
            BigDecimal utfall) {
        BigDecimal jamfort = indikator.absolutbelopp() ? utfall.abs() : utfall;
        int jamforelse = jamfor(jamfort, mal, indikator.decimaler());
        boolean uppfylld = switch (operator) {
            case GE -> jamforelse >= 0;
            case GT -> jamforelse > 0;
            case LE -> jamforelse <= 0;
            case LT -> jamforelse < 0;
            case EQ -> jamforelse == 0;
        };
        Maluppfyllelse resultat = uppfylld ? Maluppfyllelse.UPPFYLLS : Maluppfyllelse.UPPFYLLS_EJ;
        if (indikator.absolutbelopp()) {
            return resultat(resultat, uppfylld ? Skal.BELOPP_INOM_GRANS : Skal.BELOPP_UTANFOR_GRANS, utfall, jamfort,
                    symbol(operator), mal);
        }
        return resultat(resultat, uppfylld ? Skal.JAMFORELSE_UPPFYLLD : Skal.JAMFORELSE_EJ_UPPFYLLD, utfall,
                symbol(operator), mal);
    }

    private static Utvardering riktning(Malangivelse mal, Indikatorprofil indikator, BigDecimal utfallet,
            Utfallsvarde foregaende) {
        if (!foregaende.harVarde()) {
            return kanEjBedomas(Skal.FOREGAENDE_SAKNAS);
        }
        BigDecimal utfall = indikator.absolutbelopp() ? utfallet.abs() : utfallet;
        BigDecimal tidigare = indikator.absolutbelopp() ? foregaende.varde().abs() : foregaende.varde();
        BigDecimal forandring = utfall.subtract(tidigare);
        int jamforelse = jamfor(utfall, tidigare, indikator.decimaler());
        BigDecimal storlek = mal.varde() == null ? null : mal.varde().abs();
        return switch (mal.riktning()) {
            case SKA_OKA, OKA -> forandringAt(1, jamforelse, storlek, indikator, utfall, tidigare, forandring);
            case MINSKA -> forandringAt(-1, jamforelse, storlek, indikator, utfall, tidigare, forandring);
            case EJ_OKA, SKA_INTE_OKA -> ejOka(jamforelse, storlek, indikator, utfall, tidigare, forandring);
            case STABILISERAS -> stabil(jamforelse, storlek, indikator, utfall, tidigare, forandring);
        };
    }

    /** Should move the way of {@code tecken} (+1 up, −1 down), optionally by at least {@code storlek}. */
    private static Utvardering forandringAt(int tecken, int jamforelse, BigDecimal storlek, Indikatorprofil indikator,
            BigDecimal utfall, BigDecimal tidigare, BigDecimal forandring) {
        int atRattHall = jamforelse * tecken;
        if (atRattHall < 0) {
            return resultat(Maluppfyllelse.UPPFYLLS_EJ, Skal.MOTSATT_RIKTNING, utfall, tidigare, forandring);
        }
        if (atRattHall == 0) {
            return resultat(Maluppfyllelse.UPPFYLLS_EJ, Skal.OFORANDRAT, utfall, tidigare);
        }
        if (storlek == null) {
            return resultat(Maluppfyllelse.UPPFYLLS, tecken > 0 ? Skal.OKAT : Skal.MINSKAT, utfall, tidigare,
                    forandring);
        }
        return jamfor(forandring.abs(), storlek, indikator.decimaler()) >= 0
                ? resultat(Maluppfyllelse.UPPFYLLS, Skal.FORANDRING_NADD, utfall, tidigare, forandring, storlek)
                : resultat(Maluppfyllelse.DELVIS, Skal.FORANDRING_OTILLRACKLIG, utfall, tidigare, forandring, storlek);
    }

    private static Utvardering ejOka(int jamforelse, BigDecimal tillaten, Indikatorprofil indikator, BigDecimal utfall,
            BigDecimal tidigare, BigDecimal forandring) {
        if (jamforelse <= 0) {
            return resultat(Maluppfyllelse.UPPFYLLS, Skal.EJ_OKAT, utfall, tidigare);
        }
        if (tillaten != null && jamfor(forandring, tillaten, indikator.decimaler()) <= 0) {
            return resultat(Maluppfyllelse.UPPFYLLS, Skal.INOM_TILLATEN_OKNING, utfall, tidigare, forandring, tillaten);
        }
        return resultat(Maluppfyllelse.UPPFYLLS_EJ, Skal.HAR_OKAT, utfall, tidigare, forandring);
    }

    private static Utvardering stabil(int jamforelse, BigDecimal storlek, Indikatorprofil indikator, BigDecimal utfall,
            BigDecimal tidigare, BigDecimal forandring) {
        BigDecimal tolerans = storlek != null ? storlek
                : tidigare.abs().multiply(STABIL_TOLERANS_PROCENT).divide(HUNDRA);
        if (jamforelse == 0 || jamfor(forandring.abs(), tolerans, indikator.decimaler()) <= 0) {
            return resultat(Maluppfyllelse.UPPFYLLS, Skal.STABILT, utfall, tidigare, forandring, tolerans);
        }
        boolean onskad = indikator.riktning() == Riktning.HOGRE_AR_BATTRE && forandring.signum() > 0
                || indikator.riktning() == Riktning.LAGRE_AR_BATTRE && forandring.signum() < 0;
        return onskad
                ? resultat(Maluppfyllelse.UPPFYLLS, Skal.FORANDRING_I_ONSKAD_RIKTNING, utfall, tidigare, forandring,
                        tolerans)
                : resultat(Maluppfyllelse.UPPFYLLS_EJ, Skal.EJ_STABILT, utfall, tidigare, forandring, tolerans);
    }

    private static Utvardering budgetIBalans(Indikatorprofil indikator, BigDecimal avvikelse) {
        if (indikator.riktning() != Riktning.HOGRE_AR_BATTRE) {
            return kanEjBedomas(Skal.BALANS_KRAVER_AVVIKELSE);
        }
        return jamfor(avvikelse, BigDecimal.ZERO, indikator.decimaler()) >= 0
                ? resultat(Maluppfyllelse.UPPFYLLS, Skal.BUDGET_I_BALANS, avvikelse)
                : resultat(Maluppfyllelse.UPPFYLLS_EJ, Skal.BUDGET_EJ_I_BALANS, avvikelse);
    }

    /** 0 when a and b look the same at the indicator's decimals, otherwise the exact comparison. */
    static int jamfor(BigDecimal a, BigDecimal b, int decimaler) {
        if (a.setScale(decimaler, RoundingMode.HALF_UP).compareTo(b.setScale(decimaler, RoundingMode.HALF_UP)) == 0) {
            return 0;
        }
        return a.compareTo(b);
    }

    private static String symbol(Jamforelse operator) {
        return switch (operator) {
            case GE -> "≥";
            case GT -> ">";
            case LE -> "≤";
            case LT -> "<";
            case EQ -> "=";
        };
    }

    private static Utvardering kanEjBedomas(Skal skal, Object... argument) {
        return resultat(Maluppfyllelse.KAN_EJ_BEDOMAS, skal, argument);
    }

    private static Utvardering resultat(Maluppfyllelse resultat, Skal skal, Object... argument) {
        return new Utvardering(resultat, skal, List.of(argument));
    }
}
