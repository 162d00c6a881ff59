package se.malbild.bedomning.web;

import se.malbild.bedomning.Listtyp;

/** A new activity or kontrollmoment. */
public class PlanpostForm {

    private Listtyp slag;
    private String text;

    public Listtyp getSlag() {
        return slag;
    }

    public void setSlag(Listtyp slag) {
        this.slag = slag;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
