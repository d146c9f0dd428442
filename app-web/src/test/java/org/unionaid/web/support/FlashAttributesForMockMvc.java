package org.unionaid.web.support;

import java.util.List;

import jakarta.servlet.http.HttpSession;

import org.springframework.boot.webmvc.test.autoconfigure.MockMvcBuilderCustomizer;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.setup.ConfigurableMockMvcBuilder;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.SessionFlashMapManager;

/**
 * Keeps MockMvc's {@code flashAttr(…)} working now that sessions live in PostgreSQL: MockMvc puts the given
 * flash attributes into the mock request's own session, which Spring Session's filter replaces by the
 * stored one, so the page would never see them. This hands them to the DispatcherServlet as the request's
 * input flash map instead, which is what {@code flashAttr} means. Flash attributes a real request leaves
 * go through the stored session as in production (tests follow them with the {@code SESSION} cookie).
 */
@Component
class FlashAttributesForMockMvc implements MockMvcBuilderCustomizer {

    private static final String FLASH_MAPS = SessionFlashMapManager.class.getName() + ".FLASH_MAPS";

    @Override
    public void customize(ConfigurableMockMvcBuilder<?> builder) {
        builder.defaultRequest(MockMvcRequestBuilders.get("/").with(request -> {
            HttpSession session = request.getSession(false);
            if (session != null && session.getAttribute(FLASH_MAPS) instanceof List<?> maps) {
                FlashMap input = new FlashMap();
                maps.stream().filter(FlashMap.class::isInstance).map(FlashMap.class::cast).forEach(input::putAll);
                session.removeAttribute(FLASH_MAPS);
                request.setAttribute(DispatcherServlet.INPUT_FLASH_MAP_ATTRIBUTE, input);
            }
            return request;
        }));
    }
}
