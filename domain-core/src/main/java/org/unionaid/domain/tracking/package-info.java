/**
 * Month-by-month household income after approval (domain.md §3.12): six months above 低保 propose the household
 * for exit (R-PAY-10).
 */
package org.unionaid.domain.tracking;
