package org.unionaid.domain.bankfile;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/** The character encodings banks accept for payment files. */
public enum BankFileEncoding {
    GBK(Charset.forName("GBK")),
    UTF_8(StandardCharsets.UTF_8);

    private final Charset charset;

    BankFileEncoding(Charset charset) {
        this.charset = charset;
    }

    public Charset charset() {
        return charset;
    }

    /** As written in messages: GBK, UTF-8. */
    public String label() {
        return charset.name();
    }
}
