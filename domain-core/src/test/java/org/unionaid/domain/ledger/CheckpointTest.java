package org.unionaid.domain.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.unionaid.domain.shared.DomainException;

/**
 * A checkpoint file reads back as written only under the key that sealed it, and not at all once a byte of it
 * changed. Specifies R-LEDGER-07 (docs/rules.md).
 */
class CheckpointTest {

    private static final CheckpointSeal SEAL = new CheckpointSeal("k".repeat(32).getBytes(StandardCharsets.UTF_8));

    private static final Checkpoint CHECKPOINT = new Checkpoint(Instant.parse("2026-12-03T01:00:00Z"), "auditor", 12,
            List.of(new Checkpoint.Head(12, 57, ChainHash.ofHex("3f".repeat(32)), "杭州市总工会"),
                    new Checkpoint.Head(15, 0, ChainHash.GENESIS, "西湖区 总工会")));

    // R-LEDGER-07
    @Test
    void aSealedFileReadsBackAsTheCheckpointItWasWrittenFrom() {
        byte[] file = CHECKPOINT.sealedWith(SEAL);

        assertThat(new String(file, StandardCharsets.UTF_8)).startsWith("UnionAid ledger checkpoint v1\n")
                .contains("\nhead=12 57 " + "3f".repeat(32) + " 杭州市总工会\n").contains("\nhmac-sha256=");
        assertThat(Checkpoint.read(file, SEAL)).isEqualTo(CHECKPOINT);
    }

    // R-LEDGER-07
    @Test
    void aFileChangedAfterItWasSealedOrSealedWithAnotherKeyIsRefused() {
        String file = new String(CHECKPOINT.sealedWith(SEAL), StandardCharsets.UTF_8);
        String rewound = file.replace("head=12 57 ", "head=12 55 ");
        CheckpointSeal other = new CheckpointSeal("o".repeat(32).getBytes(StandardCharsets.UTF_8));

        for (byte[] refused : List.of(rewound.getBytes(StandardCharsets.UTF_8), CHECKPOINT.sealedWith(other),
                "not a checkpoint".getBytes(StandardCharsets.UTF_8), new byte[0])) {
            assertThatThrownBy(() -> Checkpoint.read(refused, SEAL)).isInstanceOfSatisfying(DomainException.class,
                    e -> assertThat(e.messageKey()).isEqualTo("ledger.checkpoint.invalid"));
        }
    }

    @Test
    void aKeyShorterThanTheHashIsRefused() {
        assertThatThrownBy(() -> new CheckpointSeal(new byte[31])).isInstanceOf(IllegalArgumentException.class);
    }
}
