package org.unionaid.domain.shared;

/** The requested object does not exist. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String type, Object id) {
        super(type + " " + id + " not found");
    }
}
