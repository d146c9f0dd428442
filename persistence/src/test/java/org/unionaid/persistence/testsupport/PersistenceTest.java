package org.unionaid.persistence.testsupport;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.test.context.ContextConfiguration;

/**
 * A persistence slice on the shared real PostgreSQL: JPA, JDBC, Flyway and the adapters of this
 * module; each test runs in a transaction that is rolled back.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@DataJpaTest(properties = {
        "unionaid.personal-data.encryption-key=" + TestKeys.ENCRYPTION,
        "unionaid.personal-data.index-key=" + TestKeys.INDEX})
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
public @interface PersistenceTest {
}
