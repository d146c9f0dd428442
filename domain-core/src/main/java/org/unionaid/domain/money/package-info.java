/**
 * Amounts in yuan with two decimals, never floating point.
 */
package org.unionaid.domain.money;
