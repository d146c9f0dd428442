package org.unionaid.web.support;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ValueConstants;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The application's own endpoints, read from its request mappings — so that a new controller method is an
 * endpoint here without anyone listing it — and how to call one with what it requires: its path variables, its
 * required request parameters (a plausible value of their type), a file for a required upload, and the
 * parameter its mapping's condition names ({@code addMember}).
 */
@Component
public class Endpoints {

    /** One handler method at one method and path: {@code "POST /files/{id} [addMember]"}. */
    public record Endpoint(String key, HttpMethod method, String pattern, List<String> conditionParams,
            HandlerMethod handler) {

        public boolean isGet() {
            return method == HttpMethod.GET;
        }

        /** The String values the handler binds: its String request parameters and its forms' String properties. */
        public List<String> textParameters() {
            List<String> names = new ArrayList<>();
            for (MethodParameter parameter : handler.getMethodParameters()) {
                RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
                if (param != null && parameter.getParameterType() == String.class) {
                    names.add(name(param, parameter));
                } else if (parameter.hasParameterAnnotation(ModelAttribute.class)) {
                    collectText("", parameter.getParameterType(), names, 0);
                }
            }
            return names;
        }
    }

    private final RequestMappingHandlerMapping mappings;

    Endpoints(@Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings) {
        this.mappings = mappings;
    }

    /** Every endpoint of the application's own controllers, in key order. */
    public List<Endpoint> all() {
        List<Endpoint> endpoints = new ArrayList<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> mapping : mappings.getHandlerMethods().entrySet()) {
            HandlerMethod handler = mapping.getValue();
            if (!handler.getBeanType().getName().startsWith("org.unionaid.")) {
                continue;
            }
            RequestMappingInfo info = mapping.getKey();
            List<String> params = info.getParamsCondition().getExpressions().stream().map(Object::toString).toList();
            Collection<org.springframework.web.bind.annotation.RequestMethod> methods =
                    info.getMethodsCondition().getMethods();
            for (String pattern : info.getPatternValues()) {
                for (var method : methods.isEmpty() ? List.of(org.springframework.web.bind.annotation.RequestMethod.GET)
                        : methods) {
                    String key = method.name() + " " + pattern + (params.isEmpty() ? "" : " " + params);
                    endpoints.add(new Endpoint(key, HttpMethod.valueOf(method.name()), pattern, params, handler));
                }
            }
        }
        endpoints.sort(Comparator.comparing(Endpoint::key));
        return endpoints;
    }

    /**
     * A request to {@code endpoint} with {@code variables} in its path, every required parameter given (by
     * {@code value}, or a plausible value of its type), and {@code text} put into every String parameter when it
     * is not {@code null}.
     */
    public AbstractMockHttpServletRequestBuilder<?> request(Endpoint endpoint, Map<String, ?> variables,
            Function<String, String> value, String text) {
        String uri = UriComponentsBuilder.fromPath(endpoint.pattern()).buildAndExpand(variables).encode().toUriString();
        boolean upload = endpoint.handler().getMethodParameters().length > 0 && java.util.Arrays
                .stream(endpoint.handler().getMethodParameters())
                .anyMatch(p -> MultipartFile.class.isAssignableFrom(p.getParameterType()));
        MockMultipartHttpServletRequestBuilder multipart = upload
                ? MockMvcRequestBuilders.multipart(endpoint.method(), uri) : null;
        AbstractMockHttpServletRequestBuilder<?> request = upload ? multipart
                : MockMvcRequestBuilders.request(endpoint.method(), uri);
        for (String condition : endpoint.conditionParams()) {
            if (!condition.startsWith("!")) {
                request.param(condition.split("=")[0], condition.contains("=") ? condition.split("=")[1] : "0");
            }
        }
        for (MethodParameter parameter : endpoint.handler().getMethodParameters()) {
            RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
            if (param == null || Map.class.isAssignableFrom(parameter.getParameterType())) {
                continue;
            }
            String name = name(param, parameter);
            Class<?> type = parameter.getParameterType();
            if (MultipartFile.class.isAssignableFrom(type)) {
                if (param.required() && multipart != null) {
                    multipart.file(new MockMultipartFile(name, "材料.pdf", "application/pdf",
                            "%PDF-1.4 matrix".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
                }
            } else if (text != null && type == String.class) {
                request.param(name, text);
            } else if (param.required() && ValueConstants.DEFAULT_NONE.equals(param.defaultValue())
                    && !endpoint.conditionParams().contains(name)) {
                String given = value.apply(name);
                request.param(name, given != null ? given : plausible(type));
            }
        }
        if (text != null) {
            endpoint.textParameters().forEach(name -> request.param(name, text));
        }
        return request;
    }

    private static String plausible(Class<?> type) {
        if (type.isEnum()) {
            return ((Enum<?>) type.getEnumConstants()[0]).name();
        }
        if (type == LocalDate.class) {
            return "2026-12-03";
        }
        if (type == UUID.class) {
            return UUID.randomUUID().toString();
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true";
        }
        return "1";
    }

    private static String name(RequestParam param, MethodParameter parameter) {
        String name = !param.name().isEmpty() ? param.name() : param.value();
        return name.isEmpty() ? parameter.getParameterName() : name;
    }

    /** A form's String properties (nested rows of a list as {@code rows[0].name}), two levels deep. */
    private static void collectText(String prefix, Class<?> type, List<String> names, int depth) {
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                if (Modifier.isStatic(field.getModifiers())) {
                    continue;
                }
                if (field.getType() == String.class) {
                    names.add(prefix + field.getName());
                } else if (List.class.isAssignableFrom(field.getType()) && depth == 0
                        && field.getGenericType() instanceof java.lang.reflect.ParameterizedType list
                        && list.getActualTypeArguments()[0] instanceof Class<?> row
                        && row.getName().startsWith("org.unionaid.")) {
                    collectText(prefix + field.getName() + "[0].", row, names, depth + 1);
                }
            }
        }
    }
}
