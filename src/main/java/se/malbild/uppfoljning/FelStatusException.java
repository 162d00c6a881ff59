package se.malbild.uppfoljning;

/** The follow-up is not in a status that allows what was asked (e.g. entering outcomes after submission). */
public class FelStatusException extends RuntimeException {

    private final UppfoljningStatus status;

    public FelStatusException(UppfoljningStatus status) {
        super("Uppföljningen har status " + status);
        this.status = status;
    }

    public UppfoljningStatus getStatus() {
        return status;
    }
}
