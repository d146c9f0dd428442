package org.unionaid.persistence.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.unionaid.domain.organisation.Organisation;
import org.unionaid.domain.organisation.OrganisationFilter;
import org.unionaid.domain.organisation.OrganisationType;
import org.unionaid.domain.organisation.Organisations;
import org.unionaid.domain.organisation.TreeFixtures;
import org.unionaid.persistence.testsupport.PersistenceTest;

@PersistenceTest
class OrganisationRepositoryTest {

    @Autowired
    Organisations organisations;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    EntityManager entityManager;

    @Test
    void subtreeHoldsExactlyTheNodeAndItsDescendants() {
        var tree = new TreeFixtures(organisations);
        Organisation province = tree.root("P", OrganisationType.PROVINCE, "330000");
        Organisation cityA = tree.child(province, "CA", OrganisationType.CITY, "330100");
        Organisation cityB = tree.child(province, "CB", OrganisationType.CITY, "330200");
        Organisation countyA = tree.child(cityA, "KA", OrganisationType.COUNTY, "330106");
        Organisation baseA = tree.child(countyA, "BA", OrganisationType.BASE, "330106");
        Organisation baseB = tree.child(tree.child(cityB, "KB", OrganisationType.COUNTY, "330203"), "BB",
                OrganisationType.BASE, "330203");
        entityManager.flush();

        assertThat(organisations.subtree(cityA.path())).extracting(Organisation::getId)
                .containsExactly(cityA.getId(), countyA.getId(), baseA.getId());
        assertThat(organisations.subtree(province.path())).hasSize(7);
        assertThat(organisations.countSubtree(cityB.path())).isEqualTo(3);
        assertThat(organisations.subtree(baseB.path())).extracting(Organisation::getId).containsExactly(baseB.getId());
    }

    @Test
    void searchFiltersByTextAndTypeWithinTheScopeOnly() {
        var tree = new TreeFixtures(organisations);
        Organisation province = tree.root("P", OrganisationType.PROVINCE, "330000");
        Organisation cityA = tree.child(province, "CA", OrganisationType.CITY, "330100");
        Organisation cityB = tree.child(province, "CB", OrganisationType.CITY, "330200");
        tree.child(cityA, "BA1", OrganisationType.BASE, "330100");
        tree.child(cityB, "BB1", OrganisationType.BASE, "330200");
        entityManager.flush();

        var bases = organisations.search(cityA.path(), new OrganisationFilter(null, OrganisationType.BASE),
                PageRequest.of(0, 10));
        assertThat(bases.getContent()).extracting(Organisation::getCode).containsExactly(tree.code("BA1"));

        var byText = organisations.search(province.path(), new OrganisationFilter("bb1", null),
                PageRequest.of(0, 10));
        assertThat(byText.getContent()).extracting(Organisation::getCode).containsExactly(tree.code("BB1"));

        var percent = organisations.search(province.path(), new OrganisationFilter("%", null), PageRequest.of(0, 10));
        assertThat(percent.getContent()).as("a typed %% is searched for, not a wildcard").isEmpty();
    }

    @Test
    void movingANodeMovesItsWholeSubtree() {
        var tree = new TreeFixtures(organisations);
        Organisation province = tree.root("P", OrganisationType.PROVINCE, "330000");
        Organisation cityA = tree.child(province, "CA", OrganisationType.CITY, "330100");
        Organisation cityB = tree.child(province, "CB", OrganisationType.CITY, "330200");
        Organisation county = tree.child(cityA, "K", OrganisationType.COUNTY, "330106");
        Organisation base = tree.child(county, "B", OrganisationType.BASE, "330106");
        entityManager.flush();

        var to = cityB.path().child(county.getId());
        int moved = tree.move(county, cityB);
        entityManager.clear();

        assertThat(moved).as("descendants rewritten besides the node").isEqualTo(1);
        assertThat(organisations.subtree(cityA.path())).extracting(Organisation::getId).containsExactly(cityA.getId());
        assertThat(organisations.subtree(cityB.path())).extracting(Organisation::getId)
                .containsExactly(cityB.getId(), county.getId(), base.getId());
        assertThat(organisations.findById(base.getId()).orElseThrow().path().value())
                .isEqualTo(to.value() + base.getId() + "/");
    }

    @Test
    void ancestorsRunFromTheRootDown() {
        var tree = new TreeFixtures(organisations);
        Organisation province = tree.root("P", OrganisationType.PROVINCE, "330000");
        Organisation city = tree.child(province, "C", OrganisationType.CITY, "330100");
        Organisation county = tree.child(city, "K", OrganisationType.COUNTY, "330106");
        entityManager.flush();

        assertThat(organisations.ancestorsOf(county.path())).extracting(Organisation::getId)
                .containsExactly(province.getId(), city.getId(), county.getId());
    }

    @Test
    void subtreeQueryIsAnIndexRangeScan() {
        // Enough rows that a sequential scan would be the planner's choice without a usable index.
        jdbc.sql("""
                insert into organisation (id, code, name, type, path, region_code)
                select 900000000 + n, 'IDX' || n, 'bulk ' || n, 'BASE', '/900000000/' || (900000000 + n) || '/', '330000'
                  from generate_series(1, 20000) n
                """).update();
        jdbc.sql("analyze organisation").update();
        String lower = "/900000000/900000042/";
        String upper = "/900000000/9000000420";

        List<String> plan = jdbc.sql("explain select * from organisation where path >= :lower and path < :upper")
                .param("lower", lower).param("upper", upper)
                .query(String.class).list();

        assertThat(String.join("\n", plan)).contains("organisation_path_key").containsIgnoringCase("index");
    }
}
