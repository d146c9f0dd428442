package org.unionaid.domain.enterprise;

import java.time.LocalDate;

/** A visit to an enterprise as typed: amounts as text, blank meaning nothing given in that form. */
public record NewEnterpriseVisit(LocalDate visitedOn, String visitors, String cash, String goods, String goodsValue,
        String notes) {
}
