package org.unionaid.domain.bankfile;

import java.io.Serializable;

import org.unionaid.domain.money.Money;

/** How many lines, and how much money. */
public record Figure(int count, Money amount) implements Serializable {

    public static final Figure NONE = new Figure(0, Money.ZERO);

    public Figure plus(Figure other) {
        return new Figure(count + other.count, amount.plus(other.amount));
    }
}
