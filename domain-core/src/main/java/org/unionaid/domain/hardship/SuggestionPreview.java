package org.unionaid.domain.hardship;

import org.unionaid.domain.money.Money;

/**
 * The category the system would suggest for figures still being typed, with what it rests on:
 * income per head per month, the 低保标准 of the union's division for {@code year}, and the reason.
 * {@code category}, {@code monthlyPerHead} and {@code standard} are {@code null} when they cannot
 * be worked out yet ({@code reasonKey} says why).
 */
public record SuggestionPreview(HardshipCategory category, Money monthlyPerHead, Money standard, int year,
        String reasonKey) {
}
