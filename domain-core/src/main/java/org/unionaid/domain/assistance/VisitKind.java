package org.unionaid.domain.assistance;

/** What kind of visit: at home, at the workers' post, the New Year's Eve meal at a site, other. */
public enum VisitKind {
    /** 入户走访 */
    HOME,
    /** 送慰问到岗位 */
    AT_POST,
    /** 送年夜饭到工地 */
    MEAL_AT_SITE,
    /** 其他 */
    OTHER
}
