package org.unionaid.domain.ledger;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.unionaid.domain.shared.DomainException;

/**
 * A ledger checkpoint (台账检查点, R-LEDGER-07): every union's chain head in a subtree at one moment, as a text
 * file an auditor downloads and keeps, sealed with {@link CheckpointSeal}. One line per field, one per union
 * ({@code head=<union id> <postings> <hash> <name>}), and the seal last over every byte before it:
 *
 * <pre>
 * UnionAid ledger checkpoint v1
 * issued-at=2026-12-03T01:00:00Z
 * issued-by=auditor
 * scope=12
 * head=12 57 3f0a… 杭州市总工会
 * hmac-sha256=9c1e…
 * </pre>
 */
public record Checkpoint(Instant issuedAt, String issuedBy, long scopeUnionId, List<Head> heads) {

    private static final String TITLE = "UnionAid ledger checkpoint v1";
    private static final String SEAL = "hmac-sha256=";

    /** One union's chain head: how many postings its chain held and their last hash. */
    public record Head(long unionId, long seq, ChainHash hash, String unionName) {
    }

    public Checkpoint {
        heads = List.copyOf(heads);
    }

    /** The file: the checkpoint's lines and the seal over them. */
    public byte[] sealedWith(CheckpointSeal seal) {
        StringBuilder text = new StringBuilder(TITLE).append('\n')
                .append("issued-at=").append(issuedAt).append('\n')
                .append("issued-by=").append(oneLine(issuedBy)).append('\n')
                .append("scope=").append(scopeUnionId).append('\n');
        for (Head head : heads) {
            text.append("head=").append(head.unionId()).append(' ').append(head.seq()).append(' ')
                    .append(head.hash().hex()).append(' ').append(oneLine(head.unionName())).append('\n');
        }
        byte[] body = text.toString().getBytes(StandardCharsets.UTF_8);
        return (text + SEAL + seal.sign(body) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Reads a file {@link #sealedWith} wrote; refuses ({@code ledger.checkpoint.invalid}) anything else, and a
     * file whose seal is not the seal of its content under this installation's key.
     */
    public static Checkpoint read(byte[] file, CheckpointSeal seal) {
        String text = new String(file, StandardCharsets.UTF_8);
        int sealAt = text.lastIndexOf("\n" + SEAL);
        if (!text.startsWith(TITLE + "\n") || sealAt < 0) {
            throw invalid();
        }
        byte[] body = text.substring(0, sealAt + 1).getBytes(StandardCharsets.UTF_8);
        if (!seal.verifies(body, text.substring(sealAt + 1 + SEAL.length()).strip())) {
            throw invalid();
        }
        try {
            String[] lines = text.substring(0, sealAt).split("\n");
            Instant issuedAt = Instant.parse(value(lines[1], "issued-at="));
            String issuedBy = value(lines[2], "issued-by=");
            long scope = Long.parseLong(value(lines[3], "scope="));
            List<Head> heads = new ArrayList<>();
            for (int i = 4; i < lines.length; i++) {
                String[] parts = value(lines[i], "head=").split(" ", 4);
                heads.add(new Head(Long.parseLong(parts[0]), Long.parseLong(parts[1]), ChainHash.ofHex(parts[2]),
                        parts.length > 3 ? parts[3] : ""));
            }
            return new Checkpoint(issuedAt, issuedBy, scope, heads);
        } catch (DateTimeParseException | IllegalArgumentException | ArrayIndexOutOfBoundsException malformed) {
            // Sealed by this key but not in this form: not a checkpoint this version wrote.
            throw invalid();
        }
    }

    private static String value(String line, String prefix) {
        if (!line.startsWith(prefix)) {
            throw new IllegalArgumentException("expected " + prefix);
        }
        return line.substring(prefix.length());
    }

    private static String oneLine(String text) {
        return text == null ? "" : text.replaceAll("[\\r\\n]", " ");
    }

    private static DomainException invalid() {
        return new DomainException("ledger.checkpoint.invalid");
    }
}
