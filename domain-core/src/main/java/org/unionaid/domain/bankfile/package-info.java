/**
 * Paying by bank card (domain.md §7.1, §7.4): the bank's file of an approved batch laid out by a union's
 * template, the return file read back row by row and reconciled against the lines, each payee checked against
 * the template before approval (R-PAY-13).
 * <p>Use cases: {@link BankFileDownload}, {@link BankFileGeneration}, {@link BankFileInspection},
 * {@link BankReturnImport}, {@link TemplateAdministration}. Ports: {@link BankFileStore}, {@link BankFileTemplates}.
 */
package org.unionaid.domain.bankfile;
