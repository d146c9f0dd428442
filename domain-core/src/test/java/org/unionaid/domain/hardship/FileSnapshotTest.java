package org.unionaid.domain.hardship;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

class FileSnapshotTest {

    @Test
    void changesListChangedAddedAndRemovedFieldsButNotUnchangedOnes() {
        Map<String, String> before = new LinkedHashMap<>();
        before.put("workerName", "王建华");
        before.put("phone", "13812345678");
        before.put("bankCard", "622202*********0128");
        Map<String, String> after = new LinkedHashMap<>();
        after.put("workerName", "王建华");
        after.put("bankCard", "622848*********2341");
        after.put("address", "文三路 100 号");

        assertThat(FileSnapshot.changes(before, after)).containsExactly(
                new FieldChange("bankCard", "622202*********0128", "622848*********2341"),
                new FieldChange("address", null, "文三路 100 号"),
                new FieldChange("phone", "13812345678", null));
        assertThat(FileSnapshot.changes(before, before)).isEmpty();
    }

    @Test
    void onlyBankFieldsCountAsBankAccountChanges() {
        assertThat(new FieldChange("bank", "ICBC", "ABC").bankAccount()).isTrue();
        assertThat(new FieldChange("bankHolder", null, "王建华").bankAccount()).isTrue();
        assertThat(new FieldChange("workerName", "王建华", "王建国").bankAccount()).isFalse();
    }

    @Test
    void codeSetsAreStoredSortedAndReadBackAsTheSameSet() {
        CodeSets.Causes causes = new CodeSets.Causes();
        Set<HardshipCause> set = EnumSet.of(HardshipCause.WORK_INJURY, HardshipCause.DISABILITY);

        String[] stored = causes.convertToDatabaseColumn(set);

        assertThat(stored).containsExactly("DISABILITY", "WORK_INJURY");
        assertThat(causes.convertToEntityAttribute(stored)).isEqualTo(set);
        assertThat(causes.convertToEntityAttribute(new String[0])).isEmpty();
        assertThat(causes.convertToDatabaseColumn(null)).isEmpty();
    }
}
