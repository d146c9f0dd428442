package org.unionaid.domain.security;

/** What a user may do. Roles combine; the organisation decides where. */
public enum Role {
    /** 录入员: enters files, visits, disbursement lists. */
    CLERK,
    /** 审核: reviews files of the own union, runs the public notice. */
    REVIEWER,
    /** 审批: approves files, allocates funds, accepts statistics of child unions. */
    APPROVER,
    /** 财务: donations, allocations, disbursement batches, bank files. */
    FINANCE,
    /** 审计: read-only over the subtree, ledgers and the audit log. */
    AUDITOR,
    /** 系统管理员: organisations, users and reference data of the own subtree. */
    ADMIN,
    /**
     * 查看完整身份信息: a permission rather than a job, granted like a role — may reveal one full ID
     * number at a time, with a reason, and every reveal is logged.
     */
    PERSONAL_DATA_REVEAL
}
