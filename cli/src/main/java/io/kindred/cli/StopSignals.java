package io.kindred.cli;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;

/**
 * SIGTERM and SIGINT as a request to stop, for a long-running command: the JVM's own handlers start the shutdown at
 * once and end with exit 143 or 130, but a server asked to stop has not failed, so it stops itself and exits 0. Uses
 * {@code sun.misc.Signal} (module jdk.unsupported, present in every OpenJDK build) reflectively, as javac's
 * proprietary-API warning cannot be suppressed under {@code -Werror}; where it is missing, the JVM's handlers stay and
 * the command's shutdown hook still stops it gracefully. Thread-safe.
 */
final class StopSignals {

    private StopSignals() {}

    /**
     * Calls {@code onStop} (on the JVM's signal thread: it must return quickly) at SIGTERM or SIGINT.
     *
     * @param onStop what to do
     * @return whether the handlers are installed
     */
    static boolean install(Runnable onStop) {
        try {
            Class<?> signal = Class.forName("sun.misc.Signal");
            Class<?> handler = Class.forName("sun.misc.SignalHandler");
            InvocationHandler call = (proxy, method, args) -> dispatch(proxy, method, args, onStop);
            Object h = Proxy.newProxyInstance(StopSignals.class.getClassLoader(), new Class<?>[] {handler}, call);
            Method handle = signal.getMethod("handle", signal, handler);
            for (String name : new String[] {"TERM", "INT"}) {
                handle.invoke(null, signal.getConstructor(String.class).newInstance(name), h);
            }
            return true;
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            return false;
        }
    }

    private static Object dispatch(Object proxy, Method method, Object[] args, Runnable onStop) {
        return switch (method.getName()) {
            case "handle" -> {
                onStop.run();
                yield null;
            }
            case "hashCode" -> System.identityHashCode(proxy);
            case "equals" -> proxy == args[0];
            default -> "StopSignals";
        };
    }
}
