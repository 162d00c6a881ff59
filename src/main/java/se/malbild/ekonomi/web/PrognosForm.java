package se.malbild.ekonomi.web;

import java.util.ArrayList;
import java.util.List;
import se.malbild.ekonomi.PrognosService;

/** The forecast page's form as typed: the month, one row per verksamhet (and the whole nämnd), one per investment. */
public class PrognosForm {

    private int manad;
    private List<Rad> rader = new ArrayList<>();
    private List<Investering> investeringar = new ArrayList<>();

    public int getManad() {
        return manad;
    }

    public void setManad(int manad) {
        this.manad = manad;
    }

    public List<Rad> getRader() {
        return rader;
    }

    public void setRader(List<Rad> rader) {
        this.rader = rader;
    }

    public List<Investering> getInvesteringar() {
        return investeringar;
    }

    public void setInvesteringar(List<Investering> investeringar) {
        this.investeringar = investeringar;
    }

    List<PrognosService.Inmatning> inmatningar() {
        return rader.stream().map(r -> new PrognosService.Inmatning(r.verksamhetId, r.prognos, r.kostnader, r.intakter,
                r.kommentar, r.lopnummer, "SPARAT".equals(r.val))).toList();
    }

    List<PrognosService.Investeringsinmatning> investeringsinmatningar() {
        return investeringar.stream().map(i -> new PrognosService.Investeringsinmatning(i.objektId, i.redovisatUtgifter,
                i.redovisatInkomster, i.prognosUtgifter, i.prognosInkomster, i.kommentar, i.lopnummer,
                "SPARAT".equals(i.val))).toList();
    }

    /** A verksamhet's forecast; {@code verksamhetId} empty for the whole nämnd. */
    public static class Rad {
        private Long verksamhetId;
        private Integer lopnummer;
        private String prognos;
        private String kostnader;
        private String intakter;
        private String kommentar;
        private String val;

        public Long getVerksamhetId() {
            return verksamhetId;
        }

        public void setVerksamhetId(Long verksamhetId) {
            this.verksamhetId = verksamhetId;
        }

        public Integer getLopnummer() {
            return lopnummer;
        }

        public void setLopnummer(Integer lopnummer) {
            this.lopnummer = lopnummer;
        }

        public String getPrognos() {
            return prognos;
        }

        public void setPrognos(String prognos) {
            this.prognos = prognos;
        }

        public String getKostnader() {
            return kostnader;
        }

        public void setKostnader(String kostnader) {
            this.kostnader = kostnader;
        }

        public String getIntakter() {
            return intakter;
        }

        public void setIntakter(String intakter) {
            this.intakter = intakter;
        }

        public String getKommentar() {
            return kommentar;
        }

        public void setKommentar(String kommentar) {
            this.kommentar = kommentar;
        }

        /** On the conflict page: MITT (keep what I typed) or SPARAT (keep the stored forecast). */
        public String getVal() {
            return val;
        }

        public void setVal(String val) {
            this.val = val;
        }
    }

    /** An investment's actuals so far and forecast. */
    public static class Investering {
        private Long objektId;
        private Integer lopnummer;
        private String redovisatUtgifter;
        private String redovisatInkomster;
        private String prognosUtgifter;
        private String prognosInkomster;
        private String kommentar;
        private String val;

        public Long getObjektId() {
            return objektId;
        }

        public void setObjektId(Long objektId) {
            this.objektId = objektId;
        }

        public Integer getLopnummer() {
            return lopnummer;
        }

        public void setLopnummer(Integer lopnummer) {
            this.lopnummer = lopnummer;
        }

        public String getRedovisatUtgifter() {
            return redovisatUtgifter;
        }

        public void setRedovisatUtgifter(String redovisatUtgifter) {
            this.redovisatUtgifter = redovisatUtgifter;
        }

        public String getRedovisatInkomster() {
            return redovisatInkomster;
        }

        public void setRedovisatInkomster(String redovisatInkomster) {
            this.redovisatInkomster = redovisatInkomster;
        }

        public String getPrognosUtgifter() {
            return prognosUtgifter;
        }

        public void setPrognosUtgifter(String prognosUtgifter) {
            this.prognosUtgifter = prognosUtgifter;
        }

        public String getPrognosInkomster() {
            return prognosInkomster;
        }

        public void setPrognosInkomster(String prognosInkomster) {
            this.prognosInkomster = prognosInkomster;
        }

        public String getKommentar() {
            return kommentar;
        }

        public void setKommentar(String kommentar) {
            this.kommentar = kommentar;
        }

        public String getVal() {
            return val;
        }

        public void setVal(String val) {
            this.val = val;
        }
    }
}
