package org.unionaid.web.shared;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.springframework.boot.autoconfigure.web.WebProperties;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;
import org.unionaid.web.security.ActorArgumentResolver;

/**
 * Simplified Chinese first: every page is Chinese unless the user picks English with
 * {@code ?lang=en}; the choice is kept in a cookie. Any other language falls back to Chinese.
 * Static files are served from their own folders only (see {@link #addResourceHandlers}).
 */
@Configuration
class WebConfiguration implements WebMvcConfigurer {

    static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

    /** The folders of {@code static/}; each is served under its own name. */
    private static final List<String> STATIC_FOLDERS = List.of("css", "js");

    /** The offline visit app's service worker, manifest and icon; its page and API are controllers. */
    private static final String[] OFFLINE_FILES = {"/offline/*.js", "/offline/*.webmanifest", "/offline/*.svg"};

    private final WebProperties web;

    WebConfiguration(WebProperties web) {
        this.web = web;
    }

    @Bean
    MessageSource messageSource() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setDefaultLocale(CHINESE);
        messages.setFallbackToSystemLocale(false);
        return messages;
    }

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver("unionaid-lang");
        resolver.setDefaultLocale(CHINESE);
        resolver.setCookieMaxAge(Duration.ofDays(365));
        return resolver;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
        interceptor.setParamName("lang");
        registry.addInterceptor(interceptor);
    }

    /**
     * Webjars and the folders of {@code static/}, in place of Spring Boot's catch-all {@code /**} mapping
     * ({@code spring.web.resources.add-mappings=false}). Thymeleaf passes every link of a page through the
     * resource chain so that {@code /webjars/bootstrap/…} gets its version; under {@code /**} each page link
     * ({@code /files/42}) was looked up as a static file in every jar of the application, a miss the chain does
     * not cache: most of a page's time. Links outside these paths now match no mapping and stay as written.
     */
    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/webjars/**").addResourceLocations("classpath:/META-INF/resources/webjars/")
                .resourceChain(true);
        String[] locations = web.getResources().getStaticLocations();
        for (String folder : STATIC_FOLDERS) {
            registry.addResourceHandler("/" + folder + "/**").addResourceLocations(
                    Arrays.stream(locations).map(location -> location + folder + "/").toArray(String[]::new))
                    .resourceChain(true);
        }
        // The offline visit app's own files (issue 22), by their kinds: under /offline/** the nav's link to the
        // page /offline/visits was looked up in every jar on each page a clerk opened (45 % of a clerk's home page).
        registry.addResourceHandler(OFFLINE_FILES)
                .addResourceLocations(Arrays.stream(locations).map(location -> location + "offline/")
                        .toArray(String[]::new));
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new ActorArgumentResolver());
    }
}
