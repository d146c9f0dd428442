package org.unionaid.web.shared;

import java.sql.SQLException;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * R-PRIV-04 — the last fence of "a text fits its column": where a form field is not checked before it reaches
 * PostgreSQL, the column's {@code varchar(n)} refuses it (SQLSTATE 22001) and the transaction rolls back; this
 * turns that refusal into the refusal page naming the limit, instead of a 500. The fields people type most
 * (names, addresses, notes of the file form) are checked before, next to the field ({@code TextRules}).
 */
@Component
class InputTooLongResolver implements HandlerExceptionResolver, Ordered {

    /** PostgreSQL's message, which the driver keeps without the row's values (R-PRIV-03). */
    private static final Pattern LIMIT = Pattern.compile("character varying\\((\\d+)\\)");

    @Override
    public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
            Exception exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && "22001".equals(sql.getSQLState())) {
                Matcher limit = LIMIT.matcher(String.valueOf(sql.getMessage()));
                ModelAndView page = new ModelAndView("error/409", Map.of("refusalKey", "text.tooLongSomewhere",
                        "refusalArgs", new Object[] {limit.find() ? Integer.parseInt(limit.group(1)) : 0}));
                page.setStatus(HttpStatus.CONFLICT);
                return page;
            }
        }
        return null;
    }

    /** Before Spring's own resolvers, which would hand a data access exception on as a 500. */
    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
