package org.unionaid.domain.scope;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

class OrganisationPathTest {

    private final OrganisationPath county = new OrganisationPath("/1/5/");

    @Test
    void subtreeRangeHoldsTheNodeAndItsDescendantsOnly() {
        List<String> paths = List.of("/1/", "/1/5/", "/1/5/7/", "/1/5/70/9/", "/1/50/", "/1/50/5/", "/1/4/", "/1/6/",
                "/15/");
        List<String> inRange = paths.stream()
                .filter(p -> p.compareTo(county.lowerBound()) >= 0 && p.compareTo(county.upperBound()) < 0)
                .toList();

        assertThat(inRange).as("byte-order range, as the 'C' collation compares")
                .containsExactlyInAnyOrder("/1/5/", "/1/5/7/", "/1/5/70/9/");
        assertThat(Stream.of(paths.toArray(String[]::new)).map(OrganisationPath::new).filter(county::contains)
                .map(OrganisationPath::value).toList()).isEqualTo(inRange);
    }

    @Test
    void childAndDepth() {
        assertThat(county.child(42)).isEqualTo(new OrganisationPath("/1/5/42/"));
        assertThat(county.child(42).depth()).isEqualTo(3);
        assertThat(county.child(42).ids()).containsExactly(1L, 5L, 42L);
        assertThat(OrganisationPath.root(9).value()).isEqualTo("/9/");
    }

    @Test
    void rebaseMovesTheSuffixUnderTheNewPrefix() {
        OrganisationPath base = new OrganisationPath("/1/5/7/");
        assertThat(base.rebase(county, new OrganisationPath("/1/6/5/"))).isEqualTo(new OrganisationPath("/1/6/5/7/"));
        assertThatThrownBy(() -> new OrganisationPath("/1/6/").rebase(county, new OrganisationPath("/2/")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void malformedPathsAreRefused() {
        for (String bad : new String[] {"", "/", "1/2/", "/1/2", "/a/", "/1//2/"}) {
            assertThatThrownBy(() -> new OrganisationPath(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
        }
    }
}
