package org.unionaid.web.support;

import java.util.List;

import javax.sql.DataSource;

import net.ttddyy.dsproxy.ExecutionInfo;
import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.listener.QueryExecutionListener;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Counts the SQL statements the current thread sends to PostgreSQL (datasource-proxy around the application's
 * data source), so that a page's tests can hold it to its budget: an N+1 query or a per-row lookup shows as a
 * count that grows with the rows. MockMvc serves a request on the test's own thread.
 */
@TestConfiguration(proxyBeanMethods = false)
public class StatementCounter {

    private static final ThreadLocal<int[]> COUNT = ThreadLocal.withInitial(() -> new int[1]);

    /** Starts counting from zero on this thread. */
    public static void reset() {
        COUNT.get()[0] = 0;
    }

    /** The statements executed on this thread since {@link #reset()}. */
    public static int count() {
        return COUNT.get()[0];
    }

    @Bean
    static BeanPostProcessor countingDataSource() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof DataSource dataSource && "dataSource".equals(beanName)) {
                    return ProxyDataSourceBuilder.create(dataSource).name("counted").listener(new Counting()).build();
                }
                return bean;
            }
        };
    }

    private static final class Counting implements QueryExecutionListener {

        @Override
        public void beforeQuery(ExecutionInfo execution, List<QueryInfo> queries) {
            // counted after, once per round trip
        }

        @Override
        public void afterQuery(ExecutionInfo execution, List<QueryInfo> queries) {
            // The session store's reads and writes (Spring Session JDBC) come with every request whatever the
            // page, a fixed cost of keeping nodes stateless; the budget is the page's own statements.
            boolean sessionStore = !queries.isEmpty() && queries.stream()
                    .allMatch(query -> query.getQuery().toUpperCase(java.util.Locale.ROOT).contains("SPRING_SESSION"));
            if (!sessionStore) {
                COUNT.get()[0]++;
            }
        }
    }
}
