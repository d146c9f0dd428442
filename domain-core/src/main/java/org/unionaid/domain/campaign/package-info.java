/**
 * The 送温暖 campaign (domain.md §6.1): its period, standards and permitted sources per purpose, and its closing
 * after every batch is settled, which freezes its money (R-FUND-03).
 * <p>Use cases: {@link CampaignAdministration}, {@link CampaignClosing}. Ports: {@link Campaigns}. Rules:
 * {@link CampaignRules}.
 */
package org.unionaid.domain.campaign;
