package org.unionaid.domain.audit;

/** What was done. Later features add their business actions here. */
public enum AuditAction {
    LOGIN,
    LOGOUT,
    ACCESS,
    ORGANISATION_CREATE,
    ORGANISATION_UPDATE,
    ORGANISATION_MOVE,
    USER_CREATE,
    USER_UPDATE,
    USER_RESET_PASSWORD,
    PASSWORD_CHANGE,
    REFERENCE_DATA_CHANGE,
    FILE_OPEN,
    FILE_REVISE,
    FILE_EXPORT,
    FILE_IMPORT,
    NOTICE_OPEN,
    NOTICE_CLOSE,
    FILE_APPROVE,
    FILE_SUBMIT,
    FILE_RETURN,
    PERSONAL_DATA_REVEAL,
    ATTACHMENT_UPLOAD,
    ATTACHMENT_OPEN
}
