package se.malbild.bedomning.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import se.malbild.bedomning.Avsnitt;
import se.malbild.bedomning.RapporttextService;

/** The report texts page's form: one row per section (and per verksamhet), as typed. */
public class TextForm {

    private List<Rad> rader = new ArrayList<>();

    static TextForm av(RapporttextService.Sida sida) {
        TextForm form = new TextForm();
        sida.texter().forEach(t -> form.rader.add(Rad.av(t)));
        return form;
    }

    /** Puts the rows in the page's order, one per section, so a re-rendered page pairs each section with its row. */
    void ordna(RapporttextService.Sida sida) {
        List<Rad> ordnade = new ArrayList<>();
        for (RapporttextService.Text text : sida.texter()) {
            ordnade.add(rader.stream()
                    .filter(r -> r != null && r.avsnitt == text.avsnitt() && Objects.equals(r.verksamhetId, text.verksamhetId()))
                    .findFirst().orElseGet(() -> Rad.av(text)));
        }
        rader = ordnade;
    }

    List<RapporttextService.TextInmatning> inmatningar() {
        return rader.stream()
                .map(r -> new RapporttextService.TextInmatning(r.avsnitt, r.verksamhetId, r.text, r.version,
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
        private Avsnitt avsnitt;
        private Long verksamhetId;
        private Integer version;
        private String text;
        private String val;

        static Rad av(RapporttextService.Text text) {
            Rad rad = new Rad();
            rad.avsnitt = text.avsnitt();
            rad.verksamhetId = text.verksamhetId();
            rad.version = text.version();
            rad.text = text.text();
            return rad;
        }

        public Avsnitt getAvsnitt() {
            return avsnitt;
        }

        public void setAvsnitt(Avsnitt avsnitt) {
            this.avsnitt = avsnitt;
        }

        public Long getVerksamhetId() {
            return verksamhetId;
        }

        public void setVerksamhetId(Long verksamhetId) {
            this.verksamhetId = verksamhetId;
        }

        public Integer getVersion() {
            return version;
        }

        public void setVersion(Integer version) {
            this.version = version;
        }

        public String getText() {
            return text;
        }

        public void setText(String text) {
            this.text = text;
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
