package se.malbild.bedomning.web;

import java.util.ArrayList;
import java.util.List;
import se.malbild.bedomning.Genomforande;
import se.malbild.bedomning.Listtyp;
import se.malbild.bedomning.StatuslistaService;

/** The status page's form: one row per assignment, activity and kontrollmoment, in that order, as typed. */
public class StatuslistaForm {

    private List<Rad> rader = new ArrayList<>();

    static StatuslistaForm av(StatuslistaService.Sida sida) {
        StatuslistaForm form = new StatuslistaForm();
        allaRader(sida).forEach(r -> form.rader.add(Rad.av(r)));
        return form;
    }

    /** Puts the rows in the page's order, so a re-rendered page pairs each row with its assignment or activity. */
    void ordna(StatuslistaService.Sida sida) {
        List<Rad> ordnade = new ArrayList<>();
        for (StatuslistaService.Rad rad : allaRader(sida)) {
            ordnade.add(rader.stream()
                    .filter(r -> r != null && r.listtyp == rad.listtyp() && Long.valueOf(rad.id()).equals(r.id))
                    .findFirst().orElseGet(() -> Rad.av(rad)));
        }
        rader = ordnade;
    }

    static List<StatuslistaService.Rad> allaRader(StatuslistaService.Sida sida) {
        List<StatuslistaService.Rad> alla = new ArrayList<>(sida.uppdrag());
        alla.addAll(sida.aktiviteter());
        alla.addAll(sida.kontrollmoment());
        return alla;
    }

    List<StatuslistaService.StatusInmatning> inmatningar() {
        return rader.stream()
                .map(r -> new StatuslistaService.StatusInmatning(r.listtyp, r.id, r.status, r.kommentar, r.version,
                        "SPARAT".equals(r.val)))
                .toList();
    }

    public List<Rad> getRader() {
        return rader;
    }

    public void setRader(List<Rad> rader) {
        this.rader = rader;
    }

    public static class Rad {
        private Listtyp listtyp;
        private Long id;
        private Integer version;
        private Genomforande status;
        private String kommentar;
        private String val;

        static Rad av(StatuslistaService.Rad rad) {
            Rad form = new Rad();
            form.listtyp = rad.listtyp();
            form.id = rad.id();
            form.version = rad.version();
            form.status = rad.status();
            form.kommentar = rad.kommentar();
            return form;
        }

        public Listtyp getListtyp() {
            return listtyp;
        }

        public void setListtyp(Listtyp listtyp) {
            this.listtyp = listtyp;
        }

        public Long getId() {
            return id;
        }

        public void setId(Long id) {
            this.id = id;
        }

        public Integer getVersion() {
            return version;
        }

        public void setVersion(Integer version) {
            this.version = version;
        }

        public Genomforande getStatus() {
            return status;
        }

        public void setStatus(Genomforande status) {
            this.status = status;
        }

        public String getKommentar() {
            return kommentar;
        }

        public void setKommentar(String kommentar) {
            this.kommentar = kommentar;
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
