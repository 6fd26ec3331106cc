package io.opsledger.query.rebuild;

import org.springframework.beans.factory.BeanFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.ClassUtils;

import javax.sql.DataSource;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Second instances of a projection's handler classes, wired like the live ones except that every
 * database access goes to the shadow schema: JDBC helpers are made over the shadow data source, the
 * query side's own collaborators (repositories) are made again the same way, anything else is the
 * live bean. The handlers are thereby the projection's code itself, not a copy of it.
 */
final class ShadowProjections {

    private static final String QUERY_SIDE = "io.opsledger.query.";

    private final BeanFactory beans;
    private final DataSource shadow;
    private final Map<Class<?>, Object> made = new HashMap<>();

    ShadowProjections(BeanFactory beans, DataSource shadow) {
        this.beans = beans;
        this.shadow = shadow;
    }

    List<Object> instancesOf(List<Object> liveHandlers) {
        return liveHandlers.stream().map(handler -> make(ClassUtils.getUserClass(handler))).toList();
    }

    private Object make(Class<?> type) {
        Object existing = made.get(type);
        if (existing != null) {
            return existing;
        }
        Constructor<?> constructor = Arrays.stream(type.getDeclaredConstructors())
                .max(Comparator.comparingInt(Constructor::getParameterCount))
                .orElseThrow();
        Object[] arguments = Arrays.stream(constructor.getParameterTypes()).map(this::argument).toArray();
        try {
            constructor.setAccessible(true);
            Object instance = constructor.newInstance(arguments);
            made.put(type, instance);
            return instance;
        } catch (InstantiationException | IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot make a shadow instance of " + type.getSimpleName(), e);
        }
    }

    private Object argument(Class<?> type) {
        if (type == JdbcClient.class) {
            return JdbcClient.create(shadow);
        }
        if (type == DataSource.class) {
            return shadow;
        }
        if (type == JdbcTemplate.class) {
            return new JdbcTemplate(shadow);
        }
        if (type == NamedParameterJdbcTemplate.class) {
            return new NamedParameterJdbcTemplate(shadow);
        }
        if (type.getName().startsWith(QUERY_SIDE) && !type.isInterface()) {
            return make(type);
        }
        return beans.getBean(type);
    }
}
