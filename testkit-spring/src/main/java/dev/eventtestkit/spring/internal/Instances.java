package dev.eventtestkit.spring.internal;

import org.springframework.beans.BeanUtils;
import org.springframework.util.ClassUtils;

/** Builds a Kafka (de)serializer named in client configuration, as a Class or a class name. */
final class Instances {

    private Instances() {}

    static Object create(Object configured, Class<?> expected, String what) {
        try {
            Class<?> type = configured instanceof Class<?> given ? given
                    : ClassUtils.forName(configured.toString().trim(), Instances.class.getClassLoader());
            if (!expected.isAssignableFrom(type)) {
                throw new IllegalStateException(what + " is " + type.getName() + ", not a " + expected.getName());
            }
            return BeanUtils.instantiateClass(type);
        } catch (ClassNotFoundException | LinkageError e) {
            throw new IllegalStateException(what + ": no class " + configured + " on the classpath", e);
        }
    }
}
