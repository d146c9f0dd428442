package org.unionaid.web.support;

import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Fresh valid resident ID numbers for tests (GB 11643 check character computed here), so that tests
 * sharing one database never claim the same person by accident.
 */
public final class TestIds {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK = "10X98765432";

    private TestIds() {
    }

    public static String next() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        LocalDate birth = LocalDate.of(1960, 1, 1).plusDays(random.nextInt(15_000));
        String body = "330106" + birth.toString().replace("-", "") + String.format("%03d", random.nextInt(1000));
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (body.charAt(i) - '0') * WEIGHTS[i];
        }
        return body + CHECK.charAt(sum % 11);
    }
}
