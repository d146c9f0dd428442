package org.unionaid.domain.recipient;

/**
 * Who besides hardship files is visited and given money or goods by name (seed 000: 点对点的精准式慰问, 困难党员、
 * 老党员; seed 002: 劳模, 一线职工, 困难农民工). Each group is a row of its own in the 送温暖 table.
 */
public enum RecipientGroup {
    /** 劳动模范 */
    MODEL_WORKER,
    /** 一线职工 */
    FRONTLINE_WORKER,
    /** 困难农民工 */
    MIGRANT_WORKER,
    /** 困难党员、老党员 */
    PARTY_MEMBER
}
