package se.malbild.uppfoljning.web;

import java.util.ArrayList;
import java.util.List;
import se.malbild.uppfoljning.NyckeltalUppfoljning;

/** The key-figure page's form: one row per volymmått or personal figure. */
public class NyckeltalForm {

    private List<Rad> rader = new ArrayList<>();

    public List<Rad> getRader() {
        return rader;
    }

    public void setRader(List<Rad> rader) {
        this.rader = rader;
    }

    List<NyckeltalUppfoljning.Inmatning> inmatningar() {
        return rader.stream()
                .map(r -> new NyckeltalUppfoljning.Inmatning(r.nyckeltalId, r.varde, r.prognosHelar, r.kommentar, r.version))
                .toList();
    }

    static NyckeltalForm av(NyckeltalUppfoljning.Sida sida) {
        NyckeltalForm form = new NyckeltalForm();
        sida.rader().forEach(r -> {
            Rad rad = new Rad();
            rad.nyckeltalId = r.nyckeltalId();
            rad.varde = r.varde();
            rad.prognosHelar = r.prognosHelar();
            rad.kommentar = r.kommentar();
            rad.version = r.version();
            form.rader.add(rad);
        });
        return form;
    }

    public static class Rad {
        private Long nyckeltalId;
        private String varde;
        private String prognosHelar;
        private String kommentar;
        private Integer version;

        public Long getNyckeltalId() {
            return nyckeltalId;
        }

        public void setNyckeltalId(Long nyckeltalId) {
            this.nyckeltalId = nyckeltalId;
        }

        public String getVarde() {
            return varde;
        }

        public void setVarde(String varde) {
            this.varde = varde;
        }

        public String getPrognosHelar() {
            return prognosHelar;
        }

        public void setPrognosHelar(String prognosHelar) {
            this.prognosHelar = prognosHelar;
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
    }
}
