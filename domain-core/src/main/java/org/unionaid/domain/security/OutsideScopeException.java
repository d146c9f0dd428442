package org.unionaid.domain.security;

/**
 * The actor asked for something outside its role or its organisation subtree. The web layer
 * answers 403 and writes the denial to the audit log.
 */
public class OutsideScopeException extends RuntimeException {

    public OutsideScopeException(String what) {
        super(what);
    }
}
