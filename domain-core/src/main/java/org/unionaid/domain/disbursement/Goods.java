package org.unionaid.domain.disbursement;

import org.unionaid.domain.shared.DomainException;

/**
 * R-HAND-04 — what each household of a goods batch (实物) receives: the item, how many, of what unit (大米 2 袋).
 * The value of each household's share is its line's amount, to the fen, and is what the statistics count.
 * <p>
 * Stated once per batch, not per line: a union buys one package for a round of visits (one invoice, so many
 * bags at so much each) and every household on the roster signs for the same share; a household that gets
 * another package belongs on another batch and roster. The value stays per line, since it is the money the
 * line commits (the campaign's standard for the household's category, or less with a written reason).
 *
 * @param quantity {@code null} (with {@code unit}) only for a batch recorded before the quantity was asked for
 */
public record Goods(String item, Integer quantity, String unit) {

    public static final int MAX_ITEM = 200;
    public static final int MAX_QUANTITY = 9999;
    public static final int MAX_UNIT = 10;

    /** What a form gave, refused with the field to fix when a part is missing or out of range. */
    public static Goods of(String item, Integer quantity, String unit) {
        if (item == null || item.isBlank() || item.strip().length() > MAX_ITEM) {
            throw DomainException.onField("goods", "goods.item.required", MAX_ITEM);
        }
        if (quantity == null || quantity < 1 || quantity > MAX_QUANTITY) {
            throw DomainException.onField("goodsQuantity", "goods.quantity.invalid", MAX_QUANTITY);
        }
        if (unit == null || unit.isBlank() || unit.strip().length() > MAX_UNIT) {
            throw DomainException.onField("goodsUnit", "goods.unit.required", MAX_UNIT);
        }
        return new Goods(item.strip(), quantity, unit.strip());
    }

    /** Whether the share is stated in full; batches created since R-HAND-04 always are. */
    public boolean complete() {
        return item != null && !item.isBlank() && quantity != null && quantity >= 1 && unit != null && !unit.isBlank();
    }
}
