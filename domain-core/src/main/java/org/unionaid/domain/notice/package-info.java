/**
 * Public notice and approval (审核、公示、审批, domain.md §4): notices of at least the minimum working days, objections
 * and their outcomes, and the approval gates a file passes only after its notice has closed (ApprovalRules,
 * NoticeRules).
 * <p>Use cases: {@link FileApproval}, {@link NoticeAdministration}. Ports: {@link Objections}, {@link PublicNotices}.
 * Aggregates (JPA): {@link Objection}, {@link PublicNotice}. Rules: {@link ApprovalRules}, {@link NoticeRules}.
 */
package org.unionaid.domain.notice;
