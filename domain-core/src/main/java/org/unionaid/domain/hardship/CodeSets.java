package org.unionaid.domain.hardship;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * Small sets of codes (causes, needs, exclusion flags) stored as a PostgreSQL text array on the
 * file's own row: a handful of values per file, read and written with the file, so no join tables —
 * an import of 100,000 files writes 100,000 rows fewer per set.
 */
final class CodeSets {

    private CodeSets() {
    }

    /** A set of one enum type as a sorted array of its names, and back. */
    abstract static class EnumSetConverter<E extends Enum<E>> implements AttributeConverter<Set<E>, String[]> {

        private final Class<E> type;

        EnumSetConverter(Class<E> type) {
            this.type = type;
        }

        @Override
        public String[] convertToDatabaseColumn(Set<E> values) {
            return values == null ? new String[0] : values.stream().map(Enum::name).sorted().toArray(String[]::new);
        }

        @Override
        public Set<E> convertToEntityAttribute(String[] names) {
            Set<E> values = EnumSet.noneOf(type);
            if (names != null) {
                Arrays.stream(names).map(name -> Enum.valueOf(type, name)).forEach(values::add);
            }
            return values;
        }
    }

    @Converter
    static final class Causes extends EnumSetConverter<HardshipCause> {
        Causes() {
            super(HardshipCause.class);
        }
    }

    @Converter
    static final class Needs extends EnumSetConverter<Need> {
        Needs() {
            super(Need.class);
        }
    }

    @Converter
    static final class Exclusions extends EnumSetConverter<ExclusionFlag> {
        Exclusions() {
            super(ExclusionFlag.class);
        }
    }
}
