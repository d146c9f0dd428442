package org.unionaid.persistence.migration;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.unionaid.persistence.testsupport.TestPostgres;

/**
 * V39 on a database that already holds files: every active file claims its card, and where files written
 * before the claims share a card, only the oldest one claims it. Specifies R-CARD-01 (docs/rules.md).
 */
class CardClaimBackfillTest {

    private static final Instant FIRST = Instant.parse("2025-03-01T02:00:00Z");

    // R-CARD-01
    @Test
    void activeFilesClaimTheirCardsAndASharedCardStaysWithTheOldestFile() {
        String url = TestPostgres.createEmptyDatabase("unionaid_card_backfill_test");
        TestPostgres.Server server = TestPostgres.server();
        DriverManagerDataSource dataSource = new DriverManagerDataSource(url, server.username(), server.password());
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").target("38").load().migrate();
        JdbcClient jdbc = JdbcClient.create(dataSource);
        jdbc.sql("""
                insert into organisation (id, code, name, type, path, region_code)
                values (1, 'ZJ', '浙江省总工会', 'PROVINCE', '/1/', '330000'),
                       (2, 'ZJ-A', '甲公司工会', 'BASE', '/1/2/', '330106'),
                       (3, 'ZJ-B', '乙公司工会', 'BASE', '/1/3/', '330106')""").update();
        jdbc.sql("""
                insert into user_account (id, login_name, display_name, organisation_id, password_hash)
                values (1, 'clerk', '录入员', 1, 'x')""").update();
        // A shared card: on an approved file of B, on two files of A filed a day later, and on an exited file of B
        // filed before them all (closed: no claim). The approved file is the oldest active one.
        file(jdbc, 10, 3, "APPROVED", "shared", 1);
        file(jdbc, 12, 2, "DRAFT", "shared", 2);
        file(jdbc, 11, 2, "RETURNED", "shared", 2);
        file(jdbc, 9, 3, "EXITED", "shared", 0);
        // Another, on two files filed at the same moment (one import): the lower id was filed first.
        file(jdbc, 31, 2, "DRAFT", "tied", 4);
        file(jdbc, 30, 3, "DRAFT", "tied", 4);
        // Cards of one file each, a closed file's card, and a file without a card.
        file(jdbc, 20, 2, "SUBMITTED", "own-1", 3);
        file(jdbc, 21, 3, "NOTICE_PASSED", "own-2", 3);
        file(jdbc, 22, 2, "CANCELLED", "closed", 3);
        file(jdbc, 23, 2, "DRAFT", null, 3);

        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").target("39").load().migrate();

        Map<String, Long> claims = new TreeMap<>();
        jdbc.sql("select convert_from(card_index, 'UTF8'), file_id from active_card_claim")
                .query(rs -> {
                    claims.put(rs.getString(1), rs.getLong(2));
                });
        assertThat(claims).containsExactlyInAnyOrderEntriesOf(Map.of("shared", 10L, "tied", 30L, "own-1", 20L,
                "own-2", 21L));
    }

    /** A file with the card {@code card} (its blind index stands in as text), filed {@code days} after the first. */
    private static void file(JdbcClient jdbc, long id, long union, String status, String card, int days) {
        Instant filed = FIRST.plusSeconds(86_400L * days);
        jdbc.sql("""
                insert into hardship_file (id, organisation_id, status, worker_name, worker_id_sealed, worker_id_index,
                                           worker_id_masked, gender, birth_date, created_by, created_at, updated_at,
                                           bank, bank_card_sealed, bank_card_index, bank_card_masked, bank_holder)
                values (:id, :union, :status, '职工' || :id, '\\x00', convert_to('person-' || :id, 'UTF8'),
                        '330106********0000', 'MALE', date '1980-01-01', 1, :filed, :filed,
                        :bank, :sealed, convert_to(cast(:card as text), 'UTF8'), :masked, :holder)""")
                .param("id", id).param("union", union).param("status", status)
                .param("filed", java.sql.Timestamp.from(filed))
                .param("bank", card == null ? null : "ICBC")
                .param("sealed", card == null ? null : new byte[] {1})
                .param("card", card)
                .param("masked", card == null ? null : "622202******0000")
                .param("holder", card == null ? null : "职工" + id)
                .update();
    }
}
