package io.reelstorm.infra.faults;

/** A fault request that cannot be carried out as written; names the offending field. */
public class InvalidFaultException extends RuntimeException {

    private final String field;

    public InvalidFaultException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
