package io.opsledger.kernel.limits;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;

/**
 * What {@link CommandLimits} needs of one record class, looked up by reflection once per class
 * instead of on every command: its components with their limit annotations, how to read each, and
 * how to build the record again. Reading annotations and record components on every request took
 * about 7% of the request threads' CPU (docs/performance.md).
 */
record RecordShape(List<Component> components, MethodHandle canonical) {

    /** One record component and the limits declared on it; absent annotations are null. */
    record Component(String name, MethodHandle accessor, boolean notInput, Text text, Items items,
                     boolean calendarDate, Range range, boolean clientTime, Span span) {

        Object read(Object record) {
            try {
                return accessor.invoke(record);
            } catch (Throwable e) {
                throw new IllegalStateException("cannot read " + name, e);
            }
        }
    }

    private static final ClassValue<RecordShape> SHAPES = new ClassValue<>() {
        @Override
        protected RecordShape computeValue(Class<?> type) {
            return of(type);
        }
    };

    static RecordShape of(Object record) {
        return SHAPES.get(record.getClass());
    }

    /** A new record of the same class with these component values, through its canonical constructor. */
    Object rebuild(Object[] values) {
        try {
            return canonical.invokeWithArguments(values);
        } catch (RuntimeException e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException("cannot rebuild a record", e);
        }
    }

    private static RecordShape of(Class<?> type) {
        RecordComponent[] components = type.getRecordComponents();
        try {
            MethodHandles.Lookup lookup = MethodHandles.privateLookupIn(type, MethodHandles.lookup());
            List<Component> described = Arrays.stream(components).map(component -> describe(lookup, component)).toList();
            Class<?>[] types = Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
            MethodHandle canonical = lookup.findConstructor(type, MethodType.methodType(void.class, types));
            return new RecordShape(described, canonical);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot inspect the record " + type.getSimpleName(), e);
        }
    }

    private static Component describe(MethodHandles.Lookup lookup, RecordComponent component) {
        try {
            return new Component(component.getName(), lookup.unreflect(component.getAccessor()),
                    component.isAnnotationPresent(NotInput.class), component.getAnnotation(Text.class),
                    component.getAnnotation(Items.class), component.isAnnotationPresent(CalendarDate.class),
                    component.getAnnotation(Range.class), component.isAnnotationPresent(ClientTime.class),
                    component.getAnnotation(Span.class));
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("cannot read " + component.getName(), e);
        }
    }
}
