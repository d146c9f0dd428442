package org.unionaid.web.shared;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.springframework.stereotype.Component;
import org.unionaid.domain.money.Money;

/** Formats instants and amounts for people: instants always in Beijing time, whatever the server's zone. */
@Component("formats")
public class DisplayFormats {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZONE);

    public String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant);
    }

    /** An amount as a ledger prints it: thousands separated, two decimals, a minus sign when negative. */
    public String amount(Money money) {
        return money == null ? "" : String.format(Locale.ROOT, "%,.2f", money.toBigDecimal());
    }
}
