package se.huset.housing.alert;

/** Where an alert is on the worklist, in the order the list shows them: open first, closed last. */
public enum AlertState {
    /** Raised, nobody has confirmed seeing it. */
    OPEN,
    /** Someone confirmed it and is working on it. */
    ACKNOWLEDGED,
    /** Done, with the reason written down. */
    CLOSED;

    public static AlertState of(boolean acknowledged, boolean closed) {
        return closed ? CLOSED : acknowledged ? ACKNOWLEDGED : OPEN;
    }

    int rank() {
        return ordinal();
    }
}
