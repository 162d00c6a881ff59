package se.malbild.bedomning.web;

import java.util.ArrayList;
import java.util.List;
import se.malbild.bedomning.BedomningInmatning;
import se.malbild.bedomning.BedomningService;
import se.malbild.bedomning.Textregler;
import se.malbild.mal.Malstatus;

/** The assessment page's form: one row per nämndmål, as typed. */
public class BedomningForm {

    private List<Rad> rader = new ArrayList<>();

    static BedomningForm av(BedomningService.Sida sida) {
        BedomningForm form = new BedomningForm();
        sida.mal().forEach(m -> form.rader.add(Rad.av(m)));
        return form;
    }

    /** Puts the rows in the page's order, one per nämndmål, so a re-rendered page pairs each goal with its row. */
    void ordna(BedomningService.Sida sida) {
        List<Rad> ordnade = new ArrayList<>();
        for (BedomningService.Mal mal : sida.mal()) {
            ordnade.add(rader.stream().filter(r -> r != null && Long.valueOf(mal.namndmalId()).equals(r.namndmalId))
                    .findFirst().orElseGet(() -> Rad.av(mal)));
        }
        rader = ordnade;
    }

    List<BedomningInmatning> inmatningar() {
        return rader.stream()
                .map(r -> new BedomningInmatning(r.namndmalId, r.status, r.motivering, r.analys, r.urvalResultat,
                        r.avvikelser, r.version, "SPARAT".equals(r.val)))
                .toList();
    }

    public List<Rad> getRader() {
        return rader;
    }

    public void setRader(List<Rad> rader) {
        this.rader = rader;
    }

    public static class Rad {
        private Long namndmalId;
        private Integer version;
        private Malstatus status;
        private String motivering;
        private String analys;
        private String urvalResultat;
        private String avvikelser;
        private String val;

        static Rad av(BedomningService.Mal mal) {
            Rad rad = new Rad();
            rad.namndmalId = mal.namndmalId();
            rad.version = mal.version();
            rad.status = mal.status();
            rad.motivering = mal.motivering();
            rad.analys = mal.analys();
            rad.urvalResultat = Textregler.somRader(mal.urvalResultat());
            rad.avvikelser = Textregler.somRader(mal.avvikelser());
            return rad;
        }

        public Long getNamndmalId() {
            return namndmalId;
        }

        public void setNamndmalId(Long namndmalId) {
            this.namndmalId = namndmalId;
        }

        public Integer getVersion() {
            return version;
        }

        public void setVersion(Integer version) {
            this.version = version;
        }

        public Malstatus getStatus() {
            return status;
        }

        public void setStatus(Malstatus status) {
            this.status = status;
        }

        public String getMotivering() {
            return motivering;
        }

        public void setMotivering(String motivering) {
            this.motivering = motivering;
        }

        public String getAnalys() {
            return analys;
        }

        public void setAnalys(String analys) {
            this.analys = analys;
        }

        public String getUrvalResultat() {
            return urvalResultat;
        }

        public void setUrvalResultat(String urvalResultat) {
            this.urvalResultat = urvalResultat;
        }

        public String getAvvikelser() {
            return avvikelser;
        }

        public void setAvvikelser(String avvikelser) {
            this.avvikelser = avvikelser;
        }

        /** On the conflict page: MITT (keep what I typed) or SPARAT (keep what is stored). */
        public String getVal() {
            return val;
        }

        public void setVal(String val) {
            this.val = val;
        }
    }
}
