package org.unionaid.domain.hardship;

import java.util.Arrays;

import jakarta.persistence.Embeddable;

import org.unionaid.domain.person.PersonalDataProtector;
import org.unionaid.domain.person.PersonalDataProtector.Purpose;
import org.unionaid.domain.person.ResidentId;

/**
 * A resident ID number as stored: sealed, blind-indexed and masked. The clear number exists only
 * while a use case holds it; lists use the mask, searches and de-duplication the index.
 */
@Embeddable
public class ProtectedId {

    private byte[] sealed;

    private byte[] blindIndex;

    private String masked;

    protected ProtectedId() {
        // for JPA
    }

    private ProtectedId(byte[] sealed, byte[] blindIndex, String masked) {
        this.sealed = sealed;
        this.blindIndex = blindIndex;
        this.masked = masked;
    }

    public static ProtectedId of(ResidentId id, PersonalDataProtector protector) {
        return new ProtectedId(protector.seal(Purpose.RESIDENT_ID, id.value()),
                protector.blindIndex(Purpose.RESIDENT_ID, id.value()), id.masked());
    }

    public byte[] blindIndex() {
        return blindIndex.clone();
    }

    /** The sealed number as stored (for bulk writers); opening it needs the key and a reason. */
    public byte[] sealedBytes() {
        return sealed.clone();
    }

    public String masked() {
        return masked;
    }

    /** The clear number; callers that show it must hold the reveal permission and log the reveal. */
    public String reveal(PersonalDataProtector protector) {
        return protector.open(Purpose.RESIDENT_ID, sealed);
    }

    public boolean sameAs(ProtectedId other) {
        return Arrays.equals(blindIndex, other.blindIndex);
    }

    @Override
    public String toString() {
        return masked;
    }
}
