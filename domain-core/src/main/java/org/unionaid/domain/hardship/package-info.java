/**
 * The hardship file (建档立卡, domain.md §3): registration by form or spreadsheet import, the household, its income
 * and the suggested category, documents, history, review, exclusions and the file level, each change a revision
 * with its reason.
 * <p>Use cases: {@link CategoryReview}, {@link FileDocumentation}, {@link FileExport}, {@link FileImport},
 * {@link FileRegistration}, {@link ImportUploadErasure}. Ports: {@link Attachments}, {@link FileHistory},
 * {@link HardshipFiles}, {@link ImportUploads}. Aggregates (JPA): {@link FileHousehold}, {@link HardshipFile}. Rules:
 * {@link CategoryRules}.
 */
package org.unionaid.domain.hardship;
