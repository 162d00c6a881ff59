package se.malbild.uppfoljning.web;

import java.util.ArrayList;
import java.util.List;
import se.malbild.mal.Kon;
import se.malbild.uppfoljning.Inmatning;

/** The entry page's form: one row per indicator and breakdown, as typed. */
public class UtfallForm {

    private List<Rad> rader = new ArrayList<>();

    public List<Rad> getRader() {
        return rader;
    }

    public void setRader(List<Rad> rader) {
        this.rader = rader;
    }

    List<Inmatning> inmatningar() {
        return rader.stream()
                .map(r -> new Inmatning(r.indikatorId, r.enhetId, r.kon, r.varde, r.ingetUtfall, r.forklaring, r.kalla,
                        r.kommentar, r.version, "SPARAT".equals(r.val)))
                .toList();
    }

    public static class Rad {
        private Long indikatorId;
        private Long enhetId;
        private Kon kon;
        private String varde;
        private boolean ingetUtfall;
        private String forklaring;
        private String kalla;
        private String kommentar;
        private Integer version;
        private String val;

        public Long getIndikatorId() {
            return indikatorId;
        }

        public void setIndikatorId(Long indikatorId) {
            this.indikatorId = indikatorId;
        }

        public Long getEnhetId() {
            return enhetId;
        }

        public void setEnhetId(Long enhetId) {
            this.enhetId = enhetId;
        }

        public Kon getKon() {
            return kon;
        }

        public void setKon(Kon kon) {
            this.kon = kon;
        }

        public String getVarde() {
            return varde;
        }

        public void setVarde(String varde) {
            this.varde = varde;
        }

        public boolean isIngetUtfall() {
            return ingetUtfall;
        }

        public void setIngetUtfall(boolean ingetUtfall) {
            this.ingetUtfall = ingetUtfall;
        }

        public String getForklaring() {
            return forklaring;
        }

        public void setForklaring(String forklaring) {
            this.forklaring = forklaring;
        }

        public String getKalla() {
            return kalla;
        }

        public void setKalla(String kalla) {
            this.kalla = kalla;
        }

        public String getKommentar() {
            return kommentar;
        }

        public void setKommentar(String kommentar) {
            this.kommentar = kommentar;
        }

        public Integer getVersion() {
            return version;
        }

        public void setVersion(Integer version) {
            this.version = version;
        }

        /** On the conflict page: MITT (keep what I typed) or SPARAT (keep the stored value). */
        public String getVal() {
            return val;
        }

        public void setVal(String val) {
            this.val = val;
        }
    }
}
