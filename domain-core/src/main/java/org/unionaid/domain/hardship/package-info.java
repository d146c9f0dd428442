/**
 * The hardship file (建档立卡, domain.md §3): registration by form or spreadsheet import, the household, its income
 * and the suggested category, documents, history, review, exclusions and the file level, each change a revision
 * with its reason.
 */
package org.unionaid.domain.hardship;
